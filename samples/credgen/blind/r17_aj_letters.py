"""Writer AJ, round 17: employment letters for SE, XK, CH, NG and BB (four designs, the second and
fourth drawn per country).

aj_se_anstallningsintyg: SE "ANSTÄLLNINGSINTYG" ("Härmed intygas att <name>, 950412-1234, är
    tillsvidareanställd som biomedicinsk analytiker vid Klinisk kemi, Region ..., sedan 2018-09-01.
    Tjänstgöringsgrad: 75 %. Arbetsuppgifterna omfattar ..."), signed by an HR officer.
aj_xk_ch_letter: XK "VËRTETIM PUNE" ("Vërtetohet se <name> është në marrëdhënie pune në QKUK /
    Laboratori Qendror në pozitën Laborant i mjekësisë prej datës 01.03.2019 e deri më sot, me orar të
    plotë pune (40 orë në javë)"); CH "CERTIFICAT DE TRAVAIL" (a full Swiss reference: "Madame <name>,
    née le ..., originaire de ..., a travaillé dans notre laboratoire ... du 1er novembre 2017 au 31
    mars 2021 en qualité de technicienne en analyses biomédicales ES, à un taux d'activité de 80 %",
    tasks, appraisal, the closing sentence; the head of laboratory and HR sign).
aj_ng_bb_letter: NG teaching hospital "LETTER OF ATTESTATION" / "TO WHOM IT MAY CONCERN" ("... is a
    staff of this hospital, employed as Medical Laboratory Scientist II (CONHESS 08) in the Department of
    Medical Microbiology and Parasitology with effect from 3rd April 2019 to date"; the internship year
    when the job's position is a scientist's), Ref. No., Director of Administration; BB hospital HR
    letter ("... has been employed at the ... Hospital as a Medical Laboratory Technician in the
    Haematology and Blood Bank sections since January 8, 2018, on a permanent full-time basis (40 hours
    per week)"), Human Resource Manager.

Hours: Swedish letters print the "tjänstgöringsgrad", a percentage of the 40-hour full-time week
(the truth's week = percent x 40: 75 % = 30 h; a part-time job is printed at the nearest quarter);
"heltid" alone has no number (40, the dossier's rule). Swiss letters print the "taux d'activité" of a
42-hour week ("à 100 %" = 42 h, "80 %" = 33.6 h; part-time jobs at the nearest tenth), sometimes with
the hours; Kosovar, Nigerian and Barbadian letters print hours per week or "full-time" alone. Positions
and ward names the profile gives in English are printed in the letter's language, and the job's
position / department phrases are set to the printed forms before the truth is written.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r17_aj_common import (EN_MONTHS, FAMILY, by_reading_order, dmy, fr_date, iso, join, kept_dob, kj,
                            ordinal_en, round_stamp, rubber_stamp, sign_block)

WARDS = {"SE": {"Medical-Surgical Ward": "medicinsk-kirurgisk vårdavdelning", "Emergency Room": "akutmottagningen",
                "Pediatric Ward": "barnavdelningen", "Operating Room": "operationsavdelningen"},
         "XK": {"Medical-Surgical Ward": "Reparti i Kirurgjisë", "Emergency Room": "Emergjenca",
                "Pediatric Ward": "Klinika e Pediatrisë", "Operating Room": "Salla e Operacionit"},
         "CH": {"Medical-Surgical Ward": "service de médecine et de chirurgie", "Emergency Room": "service des urgences",
                "Pediatric Ward": "service de pédiatrie", "Operating Room": "bloc opératoire"},
         "NG": {}, "BB": {}}
WARD_ALL = {v for c in WARDS.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                              "Pediatric Ward", "Operating Room"}
POS = {"SE": {"Staff Nurse": ("sjuksköterska", "sjuksköterska"),
              "Laboratory Aide": ("laboratorieassistent", "laboratorieassistent")},
       "XK": {"Staff Nurse": ("Infermiere", "Infermier"), "Laboratory Aide": ("Ndihmëse laboratori",
                                                                              "Ndihmës laboratori")},
       "CH": {"Staff Nurse": ("infirmière", "infirmier"), "Laboratory Aide": ("aide de laboratoire",
                                                                             "aide de laboratoire"),
              "technicien·ne en analyses biomédicales ES": ("technicienne en analyses biomédicales ES",
                                                            "technicien en analyses biomédicales ES"),
              "laborantin·e": ("laborantine", "laborantin")},
       "NG": {}, "BB": {}}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    wards = WARDS.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def nat(job, person):
    sn = job.surname_override or person.surname
    return " ".join(x for x in (person.given, person.middle, sn) if x)


def kind_hours(job):
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


# --- SE -------------------------------------------------------------------------------------------
SE_TASKS = {"biomedicinsk analytiker": "analyser inom {d}, kvalitetskontroll, validering av metoder och "
                                       "provhantering",
            "laboratorieassistent": "provhantering, provtagning och enklare analyser inom {d}",
            "undersköterska på laboratoriet": "provtagning och provhantering inom {d}",
            "sjuksköterska": "omvårdnad av patienter vid {d}"}


def se_letter(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat(job, person)
    pnr = getattr(person, "_aj_pnr", None)
    who = f"{nm}, {pnr}," if pnr else nm
    kind, h = kind_hours(job)
    if kind == "part":
        pct = max(25, min(75, int(round(h / 40 * 4)) * 25))
        job.hours = 40 * pct // 100
        grad, facts = f"Tjänstgöringsgrad: {pct} %.", (job.hours, False, True)
    elif h is None:
        grad, facts = "Anställningen avser heltid.", (None, True, False)
    else:
        job.hours = 40
        grad, facts = "Tjänstgöringsgrad: 100 % (heltid, 40 timmar per vecka).", (40, True, False)
    ward = is_ward(job)
    unit = emp.name.split(",")[0]
    if len(job.departments) == 1 and not ward:
        vid = f"vid {job.departments[0][0].upper() + job.departments[0][1:]}, {unit}"
    elif job.departments and not ward:
        vid = f"vid Laboratoriemedicin ({join(job.departments, 'och')}), {unit}"
    elif ward:
        vid = f"vid {join(job.departments, 'och')}, {unit}"
    else:
        vid = f"vid {unit}"
    form = "tillsvidareanställd" if kj(job, "form") % 4 else "anställd"
    if job.end is None:
        body = f"Härmed intygas att {who} är {form} som {job.position} {vid}, sedan {iso(job.start)}."
    else:
        body = (f"Härmed intygas att {who} har varit anställd som {job.position} {vid} under perioden "
                f"{iso(job.start)} – {iso(job.end)}.")
    tasks = SE_TASKS.get(job.position, "laboratoriearbete inom {d}")
    dd = join(job.departments, "och") if job.departments else "laboratoriet"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    p.rect(L, 46, 22, 22, 0, 0.25, fill=0.25)
    p.text(L + 30, 62, unit, SB, 13)
    p.text(R, 62, iso(job.letter_date), S, 10, "right")
    p.text(L, 150, "ANSTÄLLNINGSINTYG", SB, 16)
    y = p.paragraph(L, 190, body, S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, grad, S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, f"Arbetsuppgifterna omfattar {tasks.format(d=dd)}.", S, 10.5, R - L, 16) + 8
    if job.end is not None:
        y = p.paragraph(L, y, "Anställningen har upphört på egen begäran.", S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, "Intyget är utfärdat på begäran av den anställde.", S, 10.5, R - L, 16) + 20
    p.text(L, y, f"{emp.city} {iso(job.letter_date)}", S, 10.5)
    sig = job.signer
    sign_block(p, rng, L + 90, y + 60, sig, S, 9.5, 170, "HR-specialist")
    p.hline(L, R, H - 60, 0.4, 0.5)
    p.text(L, H - 48, f"{emp.name} | {emp.street} | Tel {emp.phone} | {emp.email}", S, 7.5, gray=0.3)
    return LayoutResult("employment_letter", "aj_se_anstallningsintyg", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "iso", "hours_facts": facts})


# --- XK and CH -------------------------------------------------------------------------------------
def _xk(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat(job, person)
    kind, h = kind_hours(job)
    if kind == "part":
        orar, facts = f"me orar të shkurtuar pune ({h} orë në javë)", (h, False, True)
    elif h is None:
        orar, facts = "me orar të plotë pune", (None, True, False)
    else:
        job.hours = 40
        orar, facts = "me orar të plotë pune (40 orë në javë)", (40, True, False)
    if is_ward(job):
        where = f"{emp.name} / {join(job.departments, 'dhe')}"
    elif job.departments:
        where = f"{emp.name} / Laboratori Qendror ({join(job.departments, 'dhe')})"
    else:
        where = f"{emp.name} / Laboratori Qendror"
    if job.end is None:
        body = (f"Vërtetohet se {nm} është në marrëdhënie pune në {where} në pozitën {job.position} prej datës "
                f"{dmy(job.start)} e deri më sot, {orar}.")
    else:
        body = (f"Vërtetohet se {nm} ka qenë në marrëdhënie pune në {where} në pozitën {job.position} prej datës "
                f"{dmy(job.start)} deri më datën {dmy(job.end)}, {orar}.")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    from .r17_aj_common import kosovo_emblem
    kosovo_emblem(p, W / 2, 58, 30)
    p.text(W / 2, 94, "Republika e Kosovës", SB, 11, "center")
    p.text(W / 2, 108, emp.name, SB, 12, "center")
    p.text(W / 2, 121, f"{emp.street} – Tel. {emp.phone}", S, 8.5, "center")
    p.hline(L, R, 128, 0.6)
    p.text(L, 150, f"Nr. prot. {kj(job, 'prot') % 9000 + 1000}/{job.letter_date.year}", S, 9.5)
    p.text(L, 164, f"Data: {dmy(job.letter_date)}", S, 9.5)
    p.text(W / 2, 214, "VËRTETIM PUNE", SB, 16, "center")
    y = p.paragraph(L, 256, body, S, 11, R - L, 17) + 12
    y = p.paragraph(L, y, "Ky vërtetim lëshohet me kërkesë të punëtorit dhe mund të përdoret për qëllime të "
                          "punësimit jashtë vendit.", S, 11, R - L, 17) + 30
    sign_block(p, rng, R - 110, y + 50, "Drejtori i Burimeve Njerëzore", S, 9.5, 190, job.signer)
    round_stamp(p, R - 200, y + 36, 30, 0.45)
    return LayoutResult("employment_letter", "aj_xk_ch_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dots", "hours_facts": facts})


CH_TASKS = ["la réception et la préparation des échantillons", "la réalisation des analyses de routine et "
            "d'urgence", "la maintenance des automates et le contrôle de qualité interne et externe",
            "la validation technique des résultats", "la formation des stagiaires"]


def _ch(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    civ = "Madame" if fem else "Monsieur"
    il, elle = ("elle", "Elle") if fem else ("il", "Il")
    la = "la" if fem else "le"
    dob = kept_dob(person)
    orig = getattr(person, "_aj_origin", None)
    who = f"{civ} {nm}"
    if dob:
        who += f", {'née' if fem else 'né'} le {fr_date(dob)}"
    if orig:
        who += f", {'originaire' if True else ''} de {orig}"
    kind, h = kind_hours(job)
    if kind == "part":
        pct = max(20, min(90, int(round(h / 42 * 10)) * 10))
        job.hours = round(42 * pct / 100, 1)
        hs = f"{job.hours:.1f}".replace(".", ",").replace(",0", "")
        taux = f"à un taux d'activité de {pct} %" + (f" ({hs} heures par semaine)" if kj(job, "hs") % 2 else "")
        facts = (job.hours, False, True)
    elif h is None:
        taux, facts = "à plein temps", (None, True, False)
    else:
        job.hours = 42
        taux, facts = "à un taux d'activité de 100 % (42 heures par semaine)", (42, True, False)
    if is_ward(job):
        where = f"dans notre {join(job.departments, 'et')}"
    elif job.departments:
        where = f"dans notre laboratoire, secteurs {join(job.departments, 'et')},"
    else:
        where = "dans notre laboratoire"
    if job.end is None:
        body = (f"{who}, travaille {where} depuis le {fr_date(job.start)} en qualité de {job.position}, {taux}.")
    else:
        body = (f"{who}, a travaillé {where} du {fr_date(job.start)} au {fr_date(job.end)} en qualité de "
                f"{job.position}, {taux}.")
    tasks = [CH_TASKS[i] for i in range(len(CH_TASKS)) if (kj(job, f"t{i}") % 3) or i < 2]
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    p.text(L, 58, emp.name, SB, 13)
    p.text(L, 71, emp.street, S, 8.5)
    p.text(L, 82, f"Ressources humaines – {emp.phone} – {emp.email}", S, 8.5)
    p.text(R, 130, f"{emp.city}, le {fr_date(job.letter_date)}", S, 10, "right")
    head = "CERTIFICAT DE TRAVAIL" if job.end is not None else "CERTIFICAT DE TRAVAIL INTERMÉDIAIRE"
    p.text(L, 176, head, SB, 14)
    y = p.paragraph(L, 208, body, S, 10, R - L, 15) + 8
    y = p.paragraph(L, y, f"Ses principales tâches comprenaient {join(tasks, 'et')}." if job.end is not None else
                    f"Ses principales tâches comprennent {join(tasks, 'et')}.", S, 10, R - L, 15) + 8
    y = p.paragraph(L, y, f"{civ} {person.surname if not job.surname_override else job.surname_override} a fait "
                          f"preuve d'une grande rigueur et d'un excellent sens de l'organisation. {elle} a "
                          f"toujours accompli ses tâches à notre entière satisfaction. Son comportement envers "
                          f"ses supérieurs, ses collègues et les patients a toujours été irréprochable.",
                    S, 10, R - L, 15) + 8
    if job.end is not None:
        close = (f"{civ} {nm} nous quitte de son plein gré, libre de tout engagement. Nous {'la' if fem else 'le'} "
                 f"remercions de son précieux engagement et lui adressons nos meilleurs vœux pour son avenir "
                 f"professionnel.")
    else:
        close = (f"Le présent certificat intermédiaire est établi à la demande de {civ} {nm}. Nous {'la' if fem else 'le'} "
                 f"remercions de son précieux engagement et nous réjouissons de poursuivre notre collaboration.")
    y = p.paragraph(L, y, close, S, 10, R - L, 15) + 40
    sign_block(p, rng, L + 90, y + 30, "Responsable du laboratoire", S, 9, 170, job.signer)
    sign_block(p, rng, R - 90, y + 30, "Ressources humaines", S, 9, 170, None)
    _ = (il, la)
    return LayoutResult("employment_letter", "aj_xk_ch_letter", FAMILY, by_reading_order([p]), [f"{civ} {nm}"],
                        info={"date_style": "fr_long", "hours_facts": facts})


def xk_ch_letter(job, person, rng, as_of):
    return (_xk if job.employer.country == "XK" else _ch)(job, person, rng, as_of)


# --- NG and BB -------------------------------------------------------------------------------------
def en_long(d):
    return f"{ordinal_en(d.day)} {EN_MONTHS[d.month - 1]} {d.year}"


def _ng(job, person, rng, as_of):
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    nm = nat(job, person)
    hon = person.honorific("Mrs." if job.surname_override else "Miss")
    he, his = person.pronoun("subj").capitalize(), person.pronoun("poss")
    kind, h = kind_hours(job)
    if kind == "part":
        hrs, facts = f" on a part-time basis ({h} hours per week)", (h, False, True)
    elif h is None:
        hrs, facts = " on a full-time basis", (None, True, False)
    else:
        hrs, facts = f" on a full-time basis ({h} hours per week)", (h, True, False)
    pos = job.position + (" (CONHESS 08)" if job.position.endswith("Scientist II") else "")
    if len(job.departments) > 1:
        dept = f"in the Departments of {join(job.departments, 'and')}"
    elif job.departments:
        dept = f"in the Department of {job.departments[0]}"
    else:
        dept = "in the Department of Medical Laboratory Services"
    intern = None
    phases = None
    end = job.end or as_of
    if job.position.startswith("Medical Laboratory Scientist") and (end - job.start).days > 500 and kj(job, "int") % 2:
        ie = dt.date(job.start.year + 1, job.start.month, min(job.start.day, 28)) - dt.timedelta(days=1)
        intern = (job.start, ie)
        emp_from = ie + dt.timedelta(days=1)
        phases = [(job.start, ie, facts), (emp_from, job.end, facts)]
    else:
        emp_from = job.start
    if job.end is None:
        body = (f"This is to certify that {hon} {nm} is a staff of this hospital, employed as {pos} {dept} with "
                f"effect from {en_long(emp_from)} to date{hrs}.")
    else:
        body = (f"This is to certify that {hon} {nm} was a staff of this hospital, employed as {pos} {dept} from "
                f"{en_long(emp_from)} to {en_long(job.end)}{hrs}.")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 66, W - 66
    from .r17_aj_common import crest
    crest(p, W / 2, 50, 16, 0.3)
    p.text(W / 2, 90, emp.name.upper(), TB, 15, "center")
    p.text(W / 2, 104, f"{emp.street}, {emp.city}, {emp.region}", T, 9, "center")
    p.text(W / 2, 116, f"Tel: {emp.phone} – E-mail: {emp.email}", T, 9, "center")
    p.hline(L, R, 124, 1.0)
    ref = f"Ref. No. {emp.name.split()[0][:3].upper()}/HR/P.{kj(job, 'ref') % 9000 + 1000}/II/{job.letter_date.year % 100:02d}"
    p.text(L, 146, ref, T, 10)
    p.text(R, 146, en_long(job.letter_date), T, 10, "right")
    p.text(W / 2, 186, "LETTER OF ATTESTATION", TB, 13, "center")
    p.text(W / 2, 202, "TO WHOM IT MAY CONCERN", TB, 11, "center")
    y = p.paragraph(L, 236, body, T, 11, R - L, 17) + 10
    if intern:
        y = p.paragraph(L, y, f"{he} completed the mandatory one-year internship in this hospital from "
                              f"{en_long(intern[0])} to {en_long(intern[1])}.", T, 11, R - L, 17) + 10
    y = p.paragraph(L, y, f"During {his} service {person.pronoun('subj')} has been found hardworking, honest and "
                          f"dedicated to duty. This letter is issued at {his} request for whatever purpose it may "
                          f"serve.", T, 11, R - L, 17) + 30
    sign_block(p, rng, L + 100, y + 40, "Director of Administration", TB, 10, 180, job.signer)
    round_stamp(p, L + 260, y + 26, 30, 0.45)
    info = {"date_style": "ordinal_long", "hours_facts": facts}
    if phases:
        info["phases"] = phases
    return LayoutResult("employment_letter", "aj_ng_bb_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info=info)


def us_date(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _bb(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat(job, person)
    hon = person.honorific("Ms.")
    kind, h = kind_hours(job)
    perm = "permanent " if kj(job, "perm") % 3 else ""
    if kind == "part":
        basis, facts = f"on a {perm}part-time basis ({h} hours per week)", (h, False, True)
    elif h is None:
        basis, facts = f"on a {perm}full-time basis", (None, True, False)
    else:
        basis, facts = f"on a {perm}full-time basis ({h} hours per week)", (h, True, False)
    if is_ward(job):
        sec = f" on the {join(job.departments, 'and')}"
    elif job.departments:
        sec = f" in the {join(job.departments, 'and')} section{'s' if len(job.departments) > 1 else ''}"
    else:
        sec = ""
    art = "an" if job.position[0] in "AEIOU" else "a"
    if job.end is None:
        body = (f"This is to confirm that {hon} {nm} has been employed at the {emp.name} as {art} {job.position}{sec} "
                f"since {us_date(job.start)}, {basis}.")
    else:
        body = (f"This is to confirm that {hon} {nm} was employed at the {emp.name} as {art} {job.position}{sec} "
                f"from {us_date(job.start)} to {us_date(job.end)}, {basis}.")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 72, W - 72
    p.rect(L, 46, 26, 26, 1.0, 0.3)
    p.text(L + 36, 60, emp.name, SB, 13)
    p.text(L + 36, 73, f"{emp.street}, Barbados – Tel. {emp.phone}", S, 8.5)
    p.text(L, 120, us_date(job.letter_date), S, 10)
    p.text(L, 150, "TO WHOM IT MAY CONCERN", SB, 11)
    y = p.paragraph(L, 180, body, S, 10.5, R - L, 16) + 10
    y = p.paragraph(L, y, f"{person.pronoun('poss').capitalize()} duties include specimen processing, analysis and "
                          f"quality control in the sections named above. Should you require further information, "
                          f"please contact the undersigned.", S, 10.5, R - L, 16) + 16
    p.text(L, y, "Yours faithfully,", S, 10.5)
    sign_block(p, rng, L + 90, y + 56, "Human Resource Manager", S, 9.5, 180, job.signer)
    return LayoutResult("employment_letter", "aj_ng_bb_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "long_mdy", "hours_facts": facts})


def ng_bb_letter(job, person, rng, as_of):
    return (_ng if job.employer.country == "NG" else _bb)(job, person, rng, as_of)


LETTER_LAYOUTS = {"aj_se_anstallningsintyg": (se_letter, FAMILY, ("SE",)),
                  "aj_ng_bb_letter": (ng_bb_letter, FAMILY, ("NG", "BB")),
                  "aj_xk_ch_letter": (xk_ch_letter, FAMILY, ("XK", "CH"))}
