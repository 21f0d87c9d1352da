"""Writer K, round 5: Morocco's diploma and work attestation.

`ma_diplome_licence`: A4 landscape, "ROYAUME DU MAROC", the ministry, the institute, "DIPLÔME DE
LICENCE", the legal references ("Vu le décret n° ..."), "est délivré à", split Nom / Prénom, date
and place of birth, CIN, "Diplôme : Licence", "Filière : ...", "Option : ...", "Session : Juin 2019 -
Mention : Assez Bien" (the transcript's mention), "Délivré à Rabat le 15 octobre 2019", the
Director's signature, a seal and a registration number.

`ma_attestation_travail`: "ATTESTATION DE TRAVAIL": "Je soussigné(e), ..., Directeur de ..., atteste
que Mme ... titulaire de la CIN n° ... exerce en qualité de technicien de laboratoire au sein de
notre ... depuis le 02/01/2019 à ce jour" (or "a exercé ... du ... au ..."), "à temps plein" or "à
temps partiel (20 heures par semaine)", the units, "La présente attestation est délivrée à
l'intéressé(e) sur sa demande pour servir et valoir ce que de droit.", "Fait à ..., le ...";
CNSS affiliation number; cachet."""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from .r5_k_common import FAMILY, FR_MONTHS, key, round_seal, stamp
from .r5_k_ma import PACK, PROG, ma_overall


def fr_long(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def ma_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.6, 0.3)
    deg, fil, opt = PROG[cur.id]
    _, men = ma_overall(s)
    issued = s.conferred + dt.timedelta(days=60 + key(s, "ma-issue") % 60)
    k = key(s, "ma-dip")
    y = 70
    p.text(W / 2, y, "ROYAUME DU MAROC", FB, 14, "center"); y += 16
    p.text(W / 2, y, inst.extra["ministry"], F, 11, "center"); y += 15
    p.text(W / 2, y, inst.name, FB, 12, "center"); y += 36
    p.text(W / 2, y, "DIPLÔME DE LICENCE" if deg == "Licence" else "DIPLÔME DE LICENCE FONDAMENTALE", FB, 24, "center"); y += 26
    for ln in wrap("Vu le décret n° 2-13-658 relatif à la formation dans les établissements de formation des cadres de santé "
                   "et le cahier des normes pédagogiques de la filière ; vu le procès-verbal du jury de délibération,",
                   FI, 10, W - 220):
        p.text(W / 2, y, ln, FI, 10, "center"); y += 13
    y += 10
    p.text(W / 2, y, "Le diplôme de " + deg + " est délivré à :", F, 12, "center"); y += 26
    x1, x2 = 150, W / 2 + 30
    p.pieces(y, [(x1, f"Nom : {person.surname.upper()}", "left"), (x2, f"Prénom : {person.given}", "left")], FB, 13); y += 20
    p.pieces(y, [(x1, f"Né{'e' if person.sex == 'F' else ''} le : {s.dob.strftime('%d/%m/%Y')}", "left"),
                 (x2, f"CNE : {s.student_no}", "left")], F, 11.5); y += 26
    p.pieces(y, [(x1, f"Diplôme : {deg}", "left"), (x2, f"Filière : {fil}", "left")], F, 12); y += 18
    p.text(x1, y, f"Option : {opt}", F, 12); y += 24
    p.text(W / 2, y, f"Session : Juin {s.conferred.year} - Mention : {men}", FB, 13, "center"); y += 30
    p.text(W - 150, y, f"Délivré à {inst.city} le {fr_long(issued)}", F, 11.5, "center"); y += 16
    p.text(W - 150, y, "Le Directeur", FB, 11.5, "center"); y += 44
    p.signature(W - 210, y - 14, 110, rng)
    p.text(W - 150, y, rng.choice(PACK.signers), F, 11, "center")
    round_seal(p, rng, W / 2, y - 20, 70, inst.name.split(",")[0][:42], "ROYAUME DU MAROC", ink=(30, 80, 60))
    p.text(70, H - 44, f"N° d'enregistrement : {s.conferred.year}/{k % 9000 + 1000}", F, 9)
    return LayoutResult("diploma", "ma_diplome_licence", FAMILY, [p], [f"{person.surname.upper()}, {person.given}"],
                        info={"conferred_printed": f"Juin {s.conferred.year}", "issued_printed": fr_long(issued),
                              "mention": men})


POS_FR = {"Staff Nurse": "Infirmière polyvalente", "Laboratory Aide": "Aide de laboratoire"}
WARD_FR = {"Medical-Surgical Ward": "Service de chirurgie", "Emergency Room": "Service des urgences",
           "Pediatric Ward": "Service de pédiatrie", "Operating Room": "Bloc opératoire"}


def ma_attestation(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    # the letter is in French: the position and ward names it prints are the truth
    job.position = POS_FR.get(job.position, job.position)
    job.departments = [WARD_FR.get(d, d) for d in job.departments]
    p = Page(A4)
    L, R = 60, p.w - 60
    y = 56
    p.logo(L + 14, y + 4, 16, 2 if emp.kind == "lab" else 0)
    p.text(L + 40, y, emp.name, FB, 13); y += 13
    p.text(L + 40, y, f"{emp.street} - {emp.city}", F, 9); y += 11
    p.text(L + 40, y, f"Tél. : {emp.phone} - E-mail : {emp.email}", F, 9); y += 11
    ice = rng.randint(10 ** 8, 10 ** 9 - 1)
    p.text(L + 40, y, f"ICE : 00{ice}000{rng.randint(10, 99)} - CNSS : {rng.randint(10 ** 6, 10 ** 7 - 1)}", F, 8); y += 8
    p.hline(L, R, y, 0.8)
    y += 60
    p.text(p.w / 2, y, "ATTESTATION DE TRAVAIL", FB, 16, "center")
    p.hline(p.w / 2 - 110, p.w / 2 + 110, y + 5, 0.8)
    y += 50
    fem = person.sex == "F"
    hon = "Mme" if fem else "M."
    sn = (job.surname_override or person.surname).upper()
    nm = f"{hon} {sn} {person.given}"
    cin = f"{rng.choice(['A', 'AB', 'C', 'CD', 'G', 'JA'])}{rng.randint(10000, 999999)}"
    signer_fem = job.signer.startswith("Mme")
    role = rng.choice(["la Directrice" if signer_fem else "le Directeur", "Responsable des Ressources Humaines"])
    pos = job.position[0].lower() + job.position[1:]
    where = {"lab": "notre laboratoire", "hospital": "notre établissement"}.get(emp.kind, "notre établissement")
    if job.end is None:
        period = f"exerce en qualité de {pos} au sein de {where} depuis le {job.start.strftime('%d/%m/%Y')} à ce jour"
    else:
        period = (f"a exercé en qualité de {pos} au sein de {where} du {job.start.strftime('%d/%m/%Y')} au "
                  f"{job.end.strftime('%d/%m/%Y')}")
    if job.hours >= 35:
        hrs, facts = rng.choice([("à temps plein", (None, True, False)),
                                 ("à temps plein (44 heures par semaine)", (44, True, False))])
        if "44" in hrs:
            job.hours = 44
    else:
        hrs, facts = f"à temps partiel ({job.hours} heures par semaine)", (job.hours, False, True)
    deps = job.departments
    dep_txt = ""
    if deps:
        dep_txt = (" Au cours de cette période, " + ("elle" if fem else "il") + " a été affecté" + ("e" if fem else "")
                   + " aux unités suivantes : " + ", ".join(deps) + ".")
    pars = [f"Je soussigné{'e' if signer_fem else ''}, {job.signer}, {role} de {emp.name}, atteste que {nm}, "
            f"titulaire de la CIN n° {cin}, {period}, {hrs}.{dep_txt}",
            f"La présente attestation est délivrée à l'intéressé{'e' if fem else ''} sur sa demande pour servir et "
            "valoir ce que de droit."]
    for par in pars:
        for ln in wrap(par, F, 11.5, R - L):
            p.text(L, y, ln, F, 11.5); y += 18
        y += 12
    y += 20
    p.text(R, y, f"Fait à {emp.city}, le {job.letter_date.strftime('%d/%m/%Y')}", F, 11, "right"); y += 22
    p.text(R, y, role.split(" ", 1)[1] if role.startswith(("le ", "la ")) else role, FB, 11, "right"); y += 50
    p.signature(R - 150, y - 14, 100, rng)
    p.text(R, y, job.signer, F, 11, "right")
    stamp(p, L, y + 16, [" ".join(emp.name.upper().split()[:4]), emp.city.upper(), f"Tél. {emp.phone}"], size=7, gray=0.3)
    return LayoutResult("employment_letter", "ma_attestation_travail", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


DIPLOMA_LAYOUTS = {"ma_diplome_licence": (ma_diploma, FAMILY, ("MA",))}
LETTER_LAYOUTS = {"ma_attestation_travail": (ma_attestation, FAMILY, ("MA",))}
