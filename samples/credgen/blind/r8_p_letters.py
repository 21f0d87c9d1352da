"""Writer P, round 8: employment letters.

sn_mz_certificat (SN, MZ):
  SN "CERTIFICAT DE TRAVAIL" (a job that ended) or "ATTESTATION DE TRAVAIL" (a current job), as
    Senegalese employers distinguish them: "Je soussigné(e), <signer>, Directeur de l'Hôpital ...,
    certifie que M./Mme NAME a été employé(e) dans notre établissement du 2 novembre 2016 au 31
    décembre 2020 en qualité de Technicien Supérieur de Laboratoire au service de
    Bactériologie-Virologie et d'Hématologie, à temps plein (40 heures par semaine). L'intéressé(e)
    nous quitte libre de tout engagement." / "... est employé(e) ... depuis le ... à ce jour";
    "En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit.",
    "Fait à Mbour, le ...", matricule, a boxed stamp.
  MZ Portuguese "DECLARAÇÃO — Para os devidos efeitos declara-se que NAME, portador(a) do B.I. n.º
    ..., exerce as funções de Técnico de Laboratório no Laboratório de Hematologia do Hospital ...
    desde 3 de Março de 2017 até à presente data, em regime de tempo inteiro" (a job that ended:
    "exerceu ... de 3 de Março de 2017 a 31 de Agosto de 2021"); "Por ser verdade ..."; a round
    stamp (picture). "até à presente data" is the letter's date: the truth's end is null (to present).
bo_ge_lr_trabajo (BO, GE, LR):
  BO "CERTIFICADO DE TRABAJO" with a table `Gestión | Cargo | Ítem | Unidad | Meses` (one row per
    calendar year, the months worked in it; "a la fecha" for a current job), the exact dates in the
    prose above it, the weekly hours below it.
  GE English "EMPLOYMENT VERIFICATION" with Georgian lines above the headings, an HR table
    `Position | Department | From | To` with two rows when the job lasted long enough (a promotion:
    "Laboratory Assistant" then the final position; dates DD.MM.YYYY, "present"), and the schedule.
  LR a short US-style letter "This is to verify that Ms. NAME was employed by ... from March 2016
    through August 2019 as a Medical Laboratory Technologist (part-time, 24 hours per week) in the
    Blood Bank and Hematology sections." (month and year only; the truth keeps the exact dates).
Positions and wards of the generic profiles are put in the letter's language and the job updated,
so the truth says what is printed.
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LETTER, Page, wrap
from .r8_p_bo import PACK as BO_PACK  # noqa: F401  (registers BO)
from .r8_p_common import (EN_MONTHS, ES_MONTHS, FAMILY, PT_MONTHS, fr_long, ka, kj, round_seal, stamp)
from .r8_p_ge import PACK as GE_PACK  # noqa: F401
from .r8_p_lr import PACK as LR_PACK  # noqa: F401
from .r8_p_mz import PACK as MZ_PACK  # noqa: F401
from .r8_p_sn import PACK as SN_PACK  # noqa: F401

POS = {
    "SN": {"Staff Nurse": ("Infirmier d'État", "Infirmière d'État"),
           "Laboratory Aide": ("Aide de laboratoire", "Aide de laboratoire"),
           "Technicien Supérieur de Laboratoire": ("Technicien Supérieur de Laboratoire",
                                                   "Technicienne Supérieure de Laboratoire"),
           "Technicien Supérieur en Analyses Biomédicales": ("Technicien Supérieur en Analyses Biomédicales",
                                                             "Technicienne Supérieure en Analyses Biomédicales"),
           "Technicien de Laboratoire": ("Technicien de Laboratoire", "Technicienne de Laboratoire"),
           "Assistant de Recherche": ("Assistant de Recherche", "Assistante de Recherche")},
    "MZ": {"Staff Nurse": ("Enfermeiro", "Enfermeira"), "Laboratory Aide": ("Auxiliar de Laboratório",) * 2,
           "Técnico Superior de Laboratório": ("Técnico Superior de Laboratório", "Técnica Superior de Laboratório"),
           "Técnico de Laboratório": ("Técnico de Laboratório", "Técnica de Laboratório"),
           "Assistente de Investigação": ("Assistente de Investigação",) * 2},
    "BO": {"Staff Nurse": ("Enfermero", "Enfermera"), "Laboratory Aide": ("Auxiliar de Laboratorio",) * 2,
           "Bioquímico de Laboratorio": ("Bioquímico de Laboratorio", "Bioquímica de Laboratorio"),
           "Bioquímico Clínico": ("Bioquímico Clínico", "Bioquímica Clínica"),
           "Técnico de Laboratorio": ("Técnico de Laboratorio", "Técnica de Laboratorio")},
}
WARDS = {"SN": {"Medical-Surgical Ward": "Médecine-Chirurgie", "Emergency Room": "Urgences",
                "Pediatric Ward": "Pédiatrie", "Operating Room": "Bloc opératoire"},
         "MZ": {"Medical-Surgical Ward": "Enfermaria de Medicina", "Emergency Room": "Serviço de Urgência",
                "Pediatric Ward": "Pediatria", "Operating Room": "Bloco Operatório"},
         "BO": {"Medical-Surgical Ward": "Medicina Interna y Cirugía", "Emergency Room": "Emergencias",
                "Pediatric Ward": "Pediatría", "Operating Room": "Quirófano"}}


def _localise(job, fem, c):
    if job.position in POS.get(c, {}):
        job.position = POS[c][job.position][fem]
    job.departments = [WARDS.get(c, {}).get(d, d) for d in job.departments]


def _join(items, word):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def _fr_services(depts):
    """'au service d'Hématologie' / 'aux services de Biochimie, de Banque de Sang et d'Hématologie'."""
    de = [("d'" if d[0] in "AEIOUHÉÈ" else "de ") + d for d in depts]
    if len(de) == 1:
        return "au service " + de[0]
    return "aux services " + ", ".join(de[:-1]) + " et " + de[-1]


def _hours(job, lang):
    """(phrase, (hours, full_time_stated, part_time_stated))."""
    h, st = job.hours, job.hours_style
    T = {"fr": ("à raison de {h} heures par semaine", "à temps plein", "à temps plein ({h} heures par semaine)",
                "à temps partiel, {h} heures par semaine", "à temps plein, 8 heures par jour, {d} jours par semaine"),
         "pt": ("com uma carga horária de {h} horas semanais", "em regime de tempo inteiro",
                "em regime de tempo inteiro ({h} horas semanais)", "em regime de tempo parcial, {h} horas semanais",
                "em regime de tempo inteiro, 8 horas por dia, {d} dias por semana"),
         "es": ("con una carga horaria de {h} horas semanales", "a tiempo completo",
                "a tiempo completo ({h} horas semanales)", "a medio tiempo, {h} horas semanales",
                "a tiempo completo, 8 horas diarias, {d} días a la semana"),
         "en": ("{h} hours per week", "full-time", "full-time, {h} hours per week", "part-time, {h} hours per week",
                "full-time, 8 hours a day, {d} days a week")}[lang]
    i = ["hours", "fulltime_only", "fulltime_hours", "parttime_hours", "daily"].index(st)
    facts = [(h, False, False), (None, True, False), (h, True, False), (h, False, True), (h, True, False)][i]
    return T[i].format(h=h, d=h // 8), facts


def _letterhead(p, emp, L, R, F, FB):
    p.logo(L + 22, 56, 20, len(emp.name) % 3)
    p.text(L + 52, 50, emp.name.upper(), FB, 12 if len(emp.name) < 46 else 10)
    p.text(L + 52, 63, f"{emp.street} — {emp.city}", F, 8.5)
    p.text(L + 52, 74, f"Tél. {emp.phone} — {emp.email}" if emp.country == "SN" else
           f"Tel. {emp.phone} — {emp.email}", F, 8.5)
    p.hline(L, R, 84, 1.0)


def sn_mz_certificat(job, person, rng, as_of):
    emp = job.employer
    fem = person.sex == "F"
    c = emp.country
    _localise(job, fem, c)
    F, FB = "Times-Roman", "Times-Bold"
    p = Page(A4)
    L, R = 68, A4[0] - 68
    _letterhead(p, emp, L, R, F, FB)
    name = printed_name(job, person, "caps" if c == "MZ" else "natural")
    present = job.end is None
    depts = list(job.departments)
    hp, facts = _hours(job, "fr" if c == "SN" else "pt")
    ref = f"N° {kj(job, 'ref') % 900 + 100}/{emp.name.split()[0][:3].upper()}/DRH/{job.letter_date.year}"
    p.text(L, 108, ref, F, 9.5)
    if c == "SN":
        title = "ATTESTATION DE TRAVAIL" if present else "CERTIFICAT DE TRAVAIL"
        p.text(p.w / 2, 150, title, FB, 16, "center")
        p.hline(p.w / 2 - 100, p.w / 2 + 100, 155, 0.8)
        y = 196
        hon = "Mme" if fem else "M."
        e = "e" if fem else ""
        where = _fr_services(depts) if depts else "au sein de notre établissement"
        if emp.kind == "lab":
            boss = "Directeur du Laboratoire"
        elif emp.kind == "clinic":
            boss = "Médecin-Chef du Centre de Santé"
        else:
            boss = "Directeur de l'Hôpital"
        per = (f"est employé{e} dans notre établissement depuis le {fr_long(job.start)} à ce jour" if present else
               f"a été employé{e} dans notre établissement du {fr_long(job.start)} au {fr_long(job.end)}")
        qd = "d'" if job.position[0] in "AEIOUÉ" else "de "
        body = (f"Je soussigné{'e' if job.signer.startswith('Mme') else ''}, {job.signer}, {boss}, certifie que {hon} {name}, matricule "
                f"{kj(job, 'mat') % 900000 + 100000}, {per} en qualité {qd}{job.position} {where}, {hp}.")
        y = p.paragraph(L, y, body, F, 12, R - L, 19) + 8
        if not present:
            y = p.paragraph(L, y, f"L'intéressé{e} nous quitte libre de tout engagement.", F, 12, R - L, 19) + 8
        y = p.paragraph(L, y, f"En foi de quoi, {'le présent certificat' if not present else 'la présente attestation'}"
                        f" lui est délivré{'e' if present else ''} pour servir et valoir ce que de droit.", F, 12,
                        R - L, 19) + 30
        p.text(R, y, f"Fait à {emp.city}, le {fr_long(job.letter_date)}", F, 11.5, "right")
        y += 26
        p.text(R - 90, y, f"Le {boss}", FB, 11, "center")
        p.signature(R - 150, y + 36, 110, rng)
        p.text(R - 90, y + 50, job.signer, F, 11, "center")
        stamp(p, L, y + 60, [emp.name.upper()[:38], "LA DIRECTION", emp.city.upper()], size=7.5, gray=0.35)
        return LayoutResult("employment_letter", "sn_mz_certificat", FAMILY, [p], [name],
                            info={"date_style": "fr_long", "hours_facts": facts})
    o = "a" if fem else "o"
    p.text(p.w / 2, 150, "DECLARAÇÃO", FB, 16, "center")
    y = 196
    bi = f"1101{kj(job, 'bi') % 10 ** 8:08d}{'ABCDFGIJMNPQ'[kj(job, 'bil') % 12]}"
    lab = ("no Laboratório de " + _join(depts, "e") if len(depts) == 1 else
           "nas secções de " + _join(depts, "e") + " do Laboratório Clínico") if depts and job.areas else (
        ("nos serviços de " + _join(depts, "e")) if depts else "no Laboratório Clínico")
    ds = lambda d: f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"  # noqa: E731
    per = (f"exerce as funções de {job.position} {lab} do {emp.name}, desde {ds(job.start)} até à presente data"
           if present else
           f"exerceu as funções de {job.position} {lab} do {emp.name}, de {ds(job.start)} a {ds(job.end)}")
    body = (f"Para os devidos efeitos declara-se que {name}, portador{'a' if fem else ''} do B.I. n.º {bi}, {per}, "
            f"{hp}.")
    y = p.paragraph(L, y, body, F, 12, R - L, 19) + 8
    y = p.paragraph(L, y, f"Durante o período referido, {'a' if fem else 'o'} declarad{o} demonstrou competência, "
                    "assiduidade e bom relacionamento com os colegas.", F, 12, R - L, 19) + 8
    y = p.paragraph(L, y, "Por ser verdade e me ter sido solicitada, passa-se a presente declaração, que vai por mim "
                    "assinada e autenticada com o carimbo em uso nesta instituição.", F, 12, R - L, 19) + 30
    p.text(L, y, f"{emp.city}, aos {ds(job.letter_date)}", F, 11.5)
    y += 40
    p.text(p.w / 2, y, "O Director de Recursos Humanos" if emp.kind != "lab" else "A Direcção", FB, 11, "center")
    p.signature(p.w / 2 - 55, y + 34, 110, rng)
    p.hline(p.w / 2 - 90, p.w / 2 + 90, y + 38, 0.5)
    p.text(p.w / 2, y + 50, job.signer, F, 11, "center")
    round_seal(p, rng, p.w / 2 + 140, y + 22, 66, emp.name.upper()[:40], "RECURSOS HUMANOS", (emp.city.upper(),))
    return LayoutResult("employment_letter", "sn_mz_certificat", FAMILY, [p], [name],
                        info={"date_style": "pt_long", "hours_facts": facts})


# --- BO / GE / LR -----------------------------------------------------------------------------

def _months_by_year(start, end):
    out = []
    for y in range(start.year, end.year + 1):
        m0 = start.month if y == start.year else 1
        m1 = end.month if y == end.year else 12
        out.append((y, m1 - m0 + 1))
    return out


def bo_ge_lr_trabajo(job, person, rng, as_of):
    return {"BO": _bo, "GE": _ge, "LR": _lr}[job.employer.country](job, person, rng)


def _bo(job, person, rng):
    emp = job.employer
    fem = person.sex == "F"
    _localise(job, fem, "BO")
    F, FB = "Helvetica", "Helvetica-Bold"
    p = Page(LETTER)
    L, R = 64, LETTER[0] - 64
    _letterhead(p, emp, L, R, F, FB)
    name = printed_name(job, person, "caps")
    present = job.end is None
    stop = job.end or job.letter_date
    hp, facts = _hours(job, "es")
    ds = lambda d: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"  # noqa: E731
    p.text(p.w / 2, 130, "CERTIFICADO DE TRABAJO", FB, 15, "center")
    y = 166
    per = (f"trabaja en esta institución desde el {ds(job.start)} a la fecha" if present else
           f"trabajó en esta institución desde el {ds(job.start)} hasta el {ds(job.end)}")
    unit = "Laboratorio Clínico" if job.areas else "Servicio de Enfermería"
    secc = (f" en las secciones de {_join(list(job.departments), 'y')}" if len(job.departments) > 1 else
            f" en la sección de {job.departments[0]}" if job.departments else "")
    body = (f"La Jefatura de Recursos Humanos del {emp.name} certifica que {'la' if fem else 'el'} "
            f"{'Dra.' if job.areas and 'Bioquím' in job.position else 'Sr(a).'} {name} {per}, en el cargo de "
            f"{job.position}{secc}, {hp}, según el siguiente detalle:")
    y = p.paragraph(L, y, body, F, 10.5, R - L, 15) + 8
    item = kj(job, "item") % 9000 + 1000
    cx = [L, L + 56, L + 200, L + 250, R - 50, R]
    p.rect(L, y, R - L, 16, 0.6, 0, fill=0.88)
    p.pieces(y + 11, [((cx[0] + cx[1]) / 2, "Gestión", "center"), (cx[1] + 4, "Cargo", "left"),
                      ((cx[2] + cx[3]) / 2, "Ítem", "center"), (cx[3] + 4, "Unidad", "left"),
                      ((cx[4] + cx[5]) / 2, "Meses", "center")], FB, 8.5)
    y0 = y
    y += 28
    rows = _months_by_year(job.start, stop)
    for g, m in rows:
        ul = unit
        mtxt = f"{m} (a la fecha)" if present and g == stop.year else str(m)
        p.pieces(y, [((cx[0] + cx[1]) / 2, str(g), "center"), (cx[1] + 4, job.position, "left", F, 8),
                     ((cx[2] + cx[3]) / 2, str(item), "center"), (cx[3] + 4, ul, "left", F, 7.5),
                     ((cx[4] + cx[5]) / 2, mtxt, "center", F, 7.5 if present else 8.5)], F, 8.5)
        p.hline(L, R, y + 4, 0.25, 0.5)
        y += 14
    for x in cx:
        p.vline(x, y0, y - 10, 0.5)
    p.hline(L, R, y - 10, 0.6)
    y += 4
    p.text(L, y, f"Total meses: {sum(m for _, m in rows)}", FB, 9.5)
    y += 22
    y = p.paragraph(L, y, "Es cuanto se certifica en honor a la verdad, para fines que al (a la) interesado(a) "
                    "convengan.", F, 10.5, R - L, 15) + 16
    p.text(R, y, f"{emp.city}, {ds(job.letter_date)}", F, 10.5, "right")
    y += 70
    stamp(p, L, y - 30, ["RECURSOS HUMANOS", emp.name.upper()[:36]], size=7, gray=0.4)
    p.signature(p.w / 2 - 55, y - 14, 110, rng)
    p.hline(p.w / 2 - 100, p.w / 2 + 100, y - 10, 0.5)
    p.text(p.w / 2, y, job.signer, FB, 10, "center")
    p.text(p.w / 2, y + 12, "JEFE DE RECURSOS HUMANOS", F, 9, "center")
    return LayoutResult("employment_letter", "bo_ge_lr_trabajo", FAMILY, [p], [name],
                        info={"date_style": "es_long", "hours_facts": facts})


def _ge(job, person, rng):
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    L, R = 60, A4[0] - 60
    _letterhead(p, emp, L, R, F, FB)
    name = printed_name(job, person, "natural")
    stop = job.end
    hp, facts = _hours(job, "en")
    p.text(R, 104, f"N {kj(job, 'ge-n') % 90 + 10}-{kj(job, 'ge-m') % 900 + 100}/{job.letter_date.year}", F, 9,
           "right")
    p.text(R, 116, job.letter_date.strftime("%d.%m.%Y"), F, 9, "right")
    ka(p, p.w / 2, 144, "დასაქმების დადასტურება", 8, "center", gray=0.3)
    p.text(p.w / 2, 160, "EMPLOYMENT VERIFICATION", FB, 14, "center")
    ka(p, L, 190, "ვისაც ეს ეხება", 7.5, gray=0.3)
    p.text(L, 202, "To whom it may concern", FB, 11)
    y = 226
    verb = "is employed" if stop is None else "was employed"
    y = p.paragraph(L, y, f"This is to confirm that {name} (personal number {kj(job, 'pn') % 10 ** 11:011d}) {verb} "
                    f"at {emp.name} as set out below. Working schedule: {hp}.", F, 10.5, R - L, 15) + 10
    total = ((stop or job.letter_date).year - job.start.year) * 12 + (stop or job.letter_date).month - job.start.month
    depts = list(job.departments) or ["Clinical Laboratory"]
    if total >= 18:
        mid = D.add_months(job.start, total // 3)
        pos = job.position
        first = ("Junior Nurse" if "Nurse" in pos else "Trainee" if ("Assistant" in pos or "Aide" in pos) else
                 "Laboratory Assistant")
        rows = [(first, depts[0], job.start, mid - dt.timedelta(days=1)),
                (job.position, ", ".join(depts[1:] or depts), mid, stop)]
    else:
        rows = [(job.position, ", ".join(depts), job.start, stop)]
    cx = [L, L + 150, L + 330, L + 405, R]
    p.rect(L, y, R - L, 26, 0.6, 0, fill=0.9)
    p.pieces(y + 10, [(cx[0] + 4, "თანამდებობა", "left"), (cx[1] + 4, "განყოფილება", "left"),
                      (cx[2] + 4, "დან", "left"), (cx[3] + 4, "მდე", "left")], ka_font_(), 6.5, 0.3)
    p.pieces(y + 21, [(cx[0] + 4, "Position", "left"), (cx[1] + 4, "Department", "left"),
                      (cx[2] + 4, "From", "left"), (cx[3] + 4, "To", "left")], FB, 9)
    y0 = y
    y += 40
    for pos, dep, a, b in rows:
        dl = wrap(dep, F, 8.5, cx[2] - cx[1] - 8)
        p.pieces(y, [(cx[0] + 4, pos, "left"), (cx[1] + 4, dl[0], "left"),
                     (cx[2] + 4, a.strftime("%d.%m.%Y"), "left"),
                     (cx[3] + 4, b.strftime("%d.%m.%Y") if b else "present", "left")], F, 8.5)
        for ln in dl[1:]:
            y += 11
            p.text(cx[1] + 4, y, ln, F, 8.5)
        p.hline(L, R, y + 5, 0.3, 0.5)
        y += 16
    for x in cx:
        p.vline(x, y0, y - 11, 0.5)
    p.hline(L, R, y - 11, 0.6)
    y += 14
    y = p.paragraph(L, y, "The verification is issued at the employee's request for submission to the relevant "
                    "authorities.", F, 10.5, R - L, 15) + 40
    ka(p, L, y - 12, "ადამიანური რესურსების მართვის სამსახური", 7, gray=0.3)
    p.text(L, y, "Head of Human Resources", FB, 10)
    p.signature(L + 10, y + 30, 110, rng)
    p.hline(L, L + 190, y + 34, 0.5)
    p.text(L, y + 46, job.signer, F, 10)
    p.seal(L + 280, y + 20, 28, 0.5)
    return LayoutResult("employment_letter", "bo_ge_lr_trabajo", FAMILY, [p], [name],
                        info={"date_style": "dmy_dot", "hours_facts": facts, "promotion": len(rows) == 2})


def ka_font_():
    from .r8_p_common import ka_font
    return ka_font()


def _lr(job, person, rng):
    emp = job.employer
    F, FB = "Times-Roman", "Times-Bold"
    p = Page(LETTER)
    L, R = 72, LETTER[0] - 72
    p.text(p.w / 2, 60, emp.name, FB, 15, "center")
    p.text(p.w / 2, 74, f"{emp.street}, {emp.city}, {emp.region}, Liberia", F, 9.5, "center")
    p.text(p.w / 2, 86, f"Tel: {emp.phone} | Email: {emp.email}", F, 9.5, "center")
    p.hline(L, R, 94, 0.8)
    p.text(L, 130, f"{EN_MONTHS[job.letter_date.month - 1]} {job.letter_date.day}, {job.letter_date.year}", F, 11)
    p.text(L, 164, "To Whom It May Concern:", F, 11.5)
    hon = "Ms." if person.sex == "F" else "Mr."
    nm = job.name_override or name_form(person, "natural_initial")
    hp, facts = _hours(job, "en")
    my = D.month_year
    depts = list(job.departments)
    where = f" in the {join_and(depts)} section{'s' if len(depts) > 1 else ''}" if depts else ""
    role = job.position
    if job.end is None:
        s1 = (f"This is to verify that {hon} {nm} has been employed by {emp.name} since {my(job.start)} as a {role} "
              f"({hp}){where}.")
    else:
        s1 = (f"This is to verify that {hon} {nm} was employed by {emp.name} from {my(job.start)} through "
              f"{my(job.end)} as a {role} ({hp}){where}.")
    y = p.paragraph(L, 194, s1, F, 11.5, R - L, 17) + 10
    y = p.paragraph(L, y, "Should you require further information, please contact the Human Resources Office at the "
                    "number above.", F, 11.5, R - L, 17) + 24
    p.text(L, y, "Sincerely,", F, 11.5)
    y += 44
    p.signature(L + 4, y - 12, 110, rng)
    p.text(L, y, job.signer, FB, 11.5)
    p.text(L, y + 14, "Human Resources Manager", F, 11.5)
    return LayoutResult("employment_letter", "bo_ge_lr_trabajo", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "month_year", "hours_facts": facts})


LETTER_LAYOUTS = {"sn_mz_certificat": (sn_mz_certificat, FAMILY, ("SN", "MZ")),
                  "bo_ge_lr_trabajo": (bo_ge_lr_trabajo, FAMILY, ("BO", "GE", "LR"))}
