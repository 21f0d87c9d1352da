"""Writer Q, round 8: employment letters for AF, MW, VE (q_service_letter) and GR, MN
(q_bilingual_service).

q_service_letter: AF English "EXPERIENCE LETTER" from a provincial hospital under a Dari letterhead
    (pictures), every date in the Solar Hijri calendar with the Gregorian in brackets ("from
    1396/07/01 (23 Sep 2017) to 1399/06/31 (21 Sep 2020)", "till now"), the holder as "son/daughter
    of"; MW "TO WHOM IT MAY CONCERN" from a district hospital of the Ministry of Health: "... has been
    working at our District Hospital laboratory as a Laboratory Technician since 1st July 2018 to
    date. His duties include haematology, blood transfusion and TB microscopy"; VE Spanish
    "CONSTANCIA DE TRABAJO — Quien suscribe ... hace constar que el(la) ciudadano(a) ..., titular de
    la cédula de identidad N° V-..., presta sus servicios en esta institución desde el 15/01/2018
    como Bioanalista I, en el Laboratorio de Bacteriología, devengando un salario mensual de ...
    Constancia que se expide a petición de la parte interesada ...".
q_bilingual_service: GR two pages, the Greek "ΒΕΒΑΙΩΣΗ ΠΡΟΥΠΗΡΕΣΙΑΣ" and its English translation
    stamped "TRANSLATION" ("worked as Medical Laboratory Technologist, full-time, from 1/3/2017 to
    31/8/2020 at the Biochemistry Laboratory ... Total service: 3 years, 6 months"); MN bilingual
    "АЖЛЫН ТОДОРХОЙЛОЛТ / EMPLOYMENT REFERENCE" with a table of positions and periods (a trainee
    period first for one holder in two, then the post), the total and the working hours.
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r4_h_common import es_number, es_year
from .r8_q_af import father_name
from .r8_q_common import FAMILY, dari_line, kj, rubber_stamp, script_safe, sh_slash, sign_block, square_stamp, star_seal
from .r8_q_gr import GIVEN_EL, SUR_EL, caps_el
from .r8_q_mn import GIVEN_MN, SUR_MN
from .r8_q_ve import cedula

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def _af_date(d):
    return f"{sh_slash(d)} ({d.day} {d.strftime('%b')} {d.year})"


def _hours_en(job, person, tense):
    he = person.pronoun("subj").capitalize()
    st = job.hours_style
    was = "is" if tense == "present" else "was"
    works = "works" if tense == "present" else "worked"
    return {"hours": f"{he} {works} {job.hours} hours per week.",
            "fulltime_only": f"{he} {was} a full-time employee.",
            "fulltime_hours": f"{he} {was} a full-time employee ({job.hours} hours per week).",
            "parttime_hours": f"{he} {works} part-time, {job.hours} hours per week.",
            "daily": f"{he} {works} full-time, 8 hours a day, {job.hours // 8} days a week."}[st]


def q_service_letter(job, person, rng, as_of):
    return {"AF": _af, "MW": _mw, "VE": _ve}[job.employer.country](job, person, rng, as_of)


def _af(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 60, p.w - 60
    name = printed_name(job, person, "natural")
    star_seal(p, L + 20, 62, 24, 0.3, points=8)
    dari_line(p, p.w / 2, 44, "جمهوری اسلامی افغانستان", 11, bold=True)
    dari_line(p, p.w / 2, 62, "وزارت صحت عامه", 10)
    p.text(p.w / 2, 82, "Islamic Republic of Afghanistan — Ministry of Public Health", F, 10, "center")
    p.text(p.w / 2, 98, emp.name.upper(), FB, 14, "center")
    p.text(p.w / 2, 111, f"{emp.street}, {emp.city}, {emp.region} — Tel. {emp.phone} — {emp.email}", F, 8.5, "center")
    p.hline(L, R, 118, 1.2)
    y = 138
    p.pieces(y, [(L, f"Ref. No.: {kj(job, 'ref') % 900 + 100}/HR", "left"),
                 (R, f"Date: {_af_date(job.letter_date)}", "right")], F, 10)
    y += 40
    p.text(p.w / 2, y, "EXPERIENCE LETTER", FB, 15, "center")
    p.hline(p.w / 2 - 80, p.w / 2 + 80, y + 4, 0.8)
    y += 36
    rel = "daughter" if person.sex == "F" else "son"
    he, his = person.pronoun("subj"), person.pronoun("poss")
    title = "Ms." if person.sex == "F" else "Mr."
    if job.end is None:
        per = f"has been working in this hospital as {job.position} from {_af_date(job.start)} till now"
        tense = "present"
    else:
        per = f"has worked in this hospital as {job.position} from {_af_date(job.start)} to {_af_date(job.end)}"
        tense = "past"
    body = f"This is to certify that {title} {name}, {rel} of {father_name(person)}, {per}."
    y = p.paragraph(L, y, body, F, 12, R - L, 18) + 8
    if job.departments and job.areas:
        y = p.paragraph(L, y, f"During this period {he} performed laboratory tests in the {join_and(job.departments)} "
                        f"sections of the hospital laboratory.", F, 12, R - L, 18) + 8
    elif job.departments:
        y = p.paragraph(L, y, f"During this period {he} served in the {join_and(job.departments)} of the hospital.",
                        F, 12, R - L, 18) + 8
    y = p.paragraph(L, y, _hours_en(job, person, tense), F, 12, R - L, 18) + 8
    y = p.paragraph(L, y, f"{his.capitalize()} conduct and performance were satisfactory. This letter is issued on "
                    f"{his} request for whatever purpose it may serve.", F, 12, R - L, 18) + 60
    sign_block(p, rng, L + 90, y, job.signer, FB, 10.5, 180, "Medical Director")
    star_seal(p, L + 250, y - 16, 32, 0.45, points=8)
    return LayoutResult("employment_letter", "q_service_letter", FAMILY, [p], [f"{title} {name}"],
                        info={"date_style": "solar_hijri_gregorian", "hours_facts": hours_facts(job)})


def _mw(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 64, p.w - 64
    name = printed_name(job, person, "caps")
    p.logo(p.w / 2, 50, 20, 1)
    p.text(p.w / 2, 88, "MINISTRY OF HEALTH", FB, 11, "center")
    p.text(p.w / 2, 103, emp.name.upper(), FB, 13, "center")
    p.text(p.w / 2, 116, f"{emp.street}, {emp.city}, Malawi", F, 9, "center")
    p.text(p.w / 2, 127, f"Telephone: {emp.phone}   E-mail: {emp.email}".replace("   ", " — "), F, 9, "center")
    p.hline(L, R, 134, 0.9)
    y = 156
    p.text(L, y, f"Ref. No. {emp.name.split()[0][:3].upper()}/HR/{kj(job, 'mwr') % 90 + 10}/{kj(job, 'mwn') % 400 + 1}",
           F, 10)
    p.text(R, y, D.ordinal_dmy(job.letter_date), F, 10, "right")
    y += 44
    p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 12)
    p.hline(L, L + 170, y + 3, 0.8)
    y += 30
    he, his = person.pronoun("subj"), person.pronoun("poss")
    title = "Ms." if person.sex == "F" else "Mr."
    lab = ("District Hospital laboratory" if "District" in emp.name else "hospital laboratory" if emp.kind == "hospital"
           else "laboratory") if job.areas else "hospital"
    if job.end is None:
        per = f"has been working at our {lab} as a {job.position} since {D.ordinal_dmy(job.start)} to date"
        tense, dut = "present", "include"
    else:
        per = (f"worked at our {lab} as a {job.position} from {D.ordinal_dmy(job.start)} to "
               f"{D.ordinal_dmy(job.end)}")
        tense, dut = "past", "included"
    y = p.paragraph(L, y, f"This is to confirm that {title} {name} {per}.", F, 11, R - L, 17) + 6
    if job.departments and job.areas:
        y = p.paragraph(L, y, f"{his.capitalize()} duties {dut} {join_and(job.departments)}.", F, 11, R - L, 17) + 6
    elif job.departments:
        y = p.paragraph(L, y, f"{he.capitalize()} {'is' if tense == 'present' else 'was'} assigned to the "
                        f"{join_and(job.departments)}.", F, 11, R - L, 17) + 6
    y = p.paragraph(L, y, _hours_en(job, person, tense), F, 11, R - L, 17) + 6
    y = p.paragraph(L, y, f"We have found {person.pronoun('obj')} hardworking and reliable. Any assistance rendered to "
                    f"{person.pronoun('obj')} will be greatly appreciated.", F, 11, R - L, 17) + 56
    sign_block(p, rng, L + 90, y, job.signer, FB, 10, 180, "Hospital Administrator")
    rubber_stamp(p, R - 90, y - 24, 56, 32, 0.45)
    return LayoutResult("employment_letter", "q_service_letter", FAMILY, [p], [f"{title} {name}"],
                        info={"date_style": "ordinal_dmy", "hours_facts": hours_facts(job)})


VE_POS = {"Staff Nurse": ("Enfermero", "Enfermera"), "Laboratory Aide": ("Auxiliar de Laboratorio",) * 2,
          "Técnico de Laboratorio": ("Técnico de Laboratorio", "Técnica de Laboratorio"),
          "Asistente de Laboratorio": ("Asistente de Laboratorio",) * 2}
VE_WARDS = {"Medical-Surgical Ward": "Servicio de Medicina Interna y Cirugía", "Emergency Room": "Servicio de Emergencia",
            "Pediatric Ward": "Servicio de Pediatría", "Operating Room": "Quirófano"}


def _ve(job, person, rng, as_of):
    emp = job.employer
    fem = person.sex == "F"
    if job.position in VE_POS:
        job.position = VE_POS[job.position][fem]
    job.departments = [VE_WARDS.get(d, d) for d in job.departments]
    p = Page((612.0, 792.0))
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 72, p.w - 72
    name = printed_name(job, person, "caps")
    p.logo(L + 20, 58, 20, 0)
    p.text(p.w / 2, 50, "REPÚBLICA BOLIVARIANA DE VENEZUELA", FB, 9.5, "center")
    p.text(p.w / 2, 64, emp.name.upper(), FB, 12 if len(emp.name) < 44 else 10, "center")
    p.text(p.w / 2, 77, f"{emp.street}, {emp.city} — RIF J-{kj(job, 'rif') % 90000000 + 10000000}-{kj(job, 'rd') % 10}",
           F, 8.5, "center")
    p.text(p.w / 2, 88, "Departamento de Recursos Humanos", F, 8.5, "center")
    p.hline(L, R, 96, 0.9)
    y = 140
    p.text(p.w / 2, y, "CONSTANCIA DE TRABAJO", FB, 14, "center"); y += 40
    ciud = "la ciudadana" if fem else "el ciudadano"
    area = (f"en el {_y([_lab(d) for d in job.departments])}" if job.areas and job.departments else
            f"en el {_y(job.departments)}" if job.departments else "en esta institución")
    h = job.hours
    st = job.hours_style
    jor = {"hours": f"con una jornada de {h} horas semanales",
           "fulltime_only": "a tiempo completo",
           "fulltime_hours": f"a tiempo completo ({h} horas semanales)",
           "parttime_hours": f"a tiempo parcial, {h} horas semanales",
           "daily": f"a tiempo completo, 8 horas diarias, {h // 8} días a la semana"}[st]
    sal = f"Bs. {kj(job, 'sal') % 900 + 100},00"
    if job.end is None:
        per = (f"presta sus servicios en esta institución desde el {D.dmy_slash(job.start)} como {job.position}, "
               f"{area}, {jor}, devengando un salario mensual de {sal}")
    else:
        per = (f"prestó sus servicios en esta institución desde el {D.dmy_slash(job.start)} hasta el "
               f"{D.dmy_slash(job.end)} como {job.position}, {area}, {jor}, devengando un último salario mensual de {sal}")
    body = (f"Quien suscribe, {job.signer}, Jefe(a) del Departamento de Recursos Humanos {_del(emp.name)}, hace constar "
            f"por medio de la presente que {ciud} {name}, titular de la cédula de identidad N° {cedula(person)}, {per}.")
    y = p.paragraph(L, y, body, F, 11, R - L, 17) + 12
    d = job.letter_date
    y = p.paragraph(L, y, f"Constancia que se expide a petición de la parte interesada en {emp.city}, a los "
                    f"{es_number(d.day)} días del mes de {MESES[d.month - 1]} de {es_year(d.year)}.",
                    F, 11, R - L, 17) + 70
    sign_block(p, rng, p.w / 2, y, job.signer, FB, 10, 200, "Jefe(a) de Recursos Humanos")
    rubber_stamp(p, p.w / 2 + 150, y - 20, 50, 30, 0.45)
    p.text(p.w / 2, p.h - 40, "Esta constancia tiene una validez de tres (3) meses a partir de su fecha de emisión.",
           F, 8, "center")
    facts = {"hours": (h, False, False), "fulltime_only": (None, True, False), "fulltime_hours": (h, True, False),
             "parttime_hours": (h, False, True), "daily": (h, True, False)}[st]
    return LayoutResult("employment_letter", "q_service_letter", FAMILY, [p], [name],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def _y(items, conj="y"):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conj} " + items[-1]


def _del(name):
    return ("del " if name.split()[0] in ("Hospital", "Laboratorio", "Ambulatorio") else "de ") + name


def _lab(d):
    return d if d.lower().startswith(("laboratorio", "servicio", "quir")) else f"Laboratorio de {d}"


# --- GR / MN ------------------------------------------------------------------------------------

GR_POS = {"Medical Laboratory Technologist": "Τεχνολόγος Ιατρικών Εργαστηρίων",
          "Biomedical Scientist": "Βιοϊατρικός Επιστήμονας", "Laboratory Assistant": "Βοηθός Εργαστηρίου",
          "Research Assistant": "Ερευνητικός Βοηθός", "Staff Nurse": "Νοσηλευτής/Νοσηλεύτρια",
          "Laboratory Aide": "Βοηθός Εργαστηρίου"}
GR_DEP = {"Blood Donation Unit": "Υπηρεσία Αιμοδοσίας", "Biochemistry Laboratory": "Βιοχημικό Εργαστήριο",
          "Haematology Laboratory": "Αιματολογικό Εργαστήριο", "Microbiology Laboratory": "Μικροβιολογικό Εργαστήριο",
          "Immunology Laboratory": "Ανοσολογικό Εργαστήριο", "Urinalysis": "Τμήμα Ανάλυσης Ούρων",
          "Molecular Biology Unit": "Μονάδα Μοριακής Βιολογίας", "Blood Sampling": "Αιμοληψίες",
          "Cytology Laboratory": "Κυτταρολογικό Εργαστήριο", "Medical-Surgical Ward": "Παθολογική-Χειρουργική Κλινική",
          "Emergency Room": "Τμήμα Επειγόντων", "Pediatric Ward": "Παιδιατρική Κλινική", "Operating Room": "Χειρουργείο"}


def span(a, b):
    """(years, months, days) from a to b inclusive, as a personnel office counts it."""
    b = b + dt.timedelta(days=1)
    m = (b.year - a.year) * 12 + b.month - a.month
    dd = b.day - a.day
    if dd < 0:
        m -= 1
        dd += 30
    return m // 12, m % 12, dd


def _dmy(d):
    return f"{d.day}/{d.month}/{d.year}"


def q_bilingual_service(job, person, rng, as_of):
    if job.employer.country == "GR":
        with script_safe("greek"):
            return _gr(job, person, rng, as_of)
    with script_safe("mongolian"):
        return _mn(job, person, rng, as_of)


def _gr(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    name = printed_name(job, person, "caps")
    sur = job.surname_override or person.surname
    nm_el = f"{caps_el(SUR_EL.get(sur, sur))} {caps_el(GIVEN_EL.get(person.given, person.given))}"
    end = job.end or job.letter_date
    yy, mm, dd = span(job.start, end)
    st = job.hours_style
    h = job.hours
    ft_el = {"hours": f"με {h} ώρες εβδομαδιαίως", "fulltime_only": "με πλήρη απασχόληση",
             "fulltime_hours": f"με πλήρη απασχόληση ({h} ώρες εβδομαδιαίως)",
             "parttime_hours": f"με μερική απασχόληση ({h} ώρες εβδομαδιαίως)",
             "daily": f"με πλήρη απασχόληση, 8 ώρες ημερησίως, {h // 8} ημέρες την εβδομάδα"}[st]
    ft_en = {"hours": f"{h} hours per week", "fulltime_only": "full-time",
             "fulltime_hours": f"full-time ({h} hours per week)", "parttime_hours": f"part-time ({h} hours per week)",
             "daily": f"full-time, 8 hours a day, {h // 8} days a week"}[st]
    deps_en = join_and(job.departments) if job.departments else ""
    deps_el = _y([GR_DEP.get(d, d) for d in job.departments], "και") if job.departments else ""
    pages = []
    for lang in ("el", "en"):
        p = Page(A4)
        L, R = 64, p.w - 64
        star_seal(p, L + 24, 62, 24, 0.3, points=12)
        if lang == "el":
            p.text(p.w / 2, 50, "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", FB, 10, "center")
            p.text(p.w / 2, 64, "ΥΠΟΥΡΓΕΙΟ ΥΓΕΙΑΣ", F, 9.5, "center")
            p.text(p.w / 2, 80, emp.name.upper(), FB, 11, "center")
            p.text(p.w / 2, 93, "ΔΙΕΥΘΥΝΣΗ ΔΙΟΙΚΗΤΙΚΟΥ — ΤΜΗΜΑ ΠΡΟΣΩΠΙΚΟΥ", F, 8.5, "center")
            p.hline(L, R, 102, 0.8)
            p.pieces(124, [(L, f"Αρ. Πρωτ.: {kj(job, 'gp') % 9000 + 1000}", "left"),
                           (R, f"{emp.city}, {_dmy(job.letter_date)}", "right")], F, 10)
            p.text(p.w / 2, 168, "ΒΕΒΑΙΩΣΗ ΠΡΟΥΠΗΡΕΣΙΑΣ", FB, 15, "center")
            verb = "υπηρετεί" if job.end is None else "υπηρέτησε"
            to = "μέχρι σήμερα" if job.end is None else f"έως {_dmy(job.end)}"
            body = (f"Βεβαιώνεται ότι {'η' if person.sex == 'F' else 'ο'} {nm_el} {verb} στο Νοσοκομείο μας ως {GR_POS.get(job.position, job.position)}, "
                    f"{ft_el}, από {_dmy(job.start)} {to}" + (f", στο {deps_el}" if deps_el else "") + ".")
            y = p.paragraph(L, 210, body, F, 11, R - L, 17) + 8
            tot = f"{yy} έτη, {mm} μήνες και {dd} ημέρες" if dd else f"{yy} έτη και {mm} μήνες"
            y = p.paragraph(L, y, f"Συνολική προϋπηρεσία: {tot}.", FB, 11, R - L, 17) + 8
            y = p.paragraph(L, y, f"Η βεβαίωση χορηγείται ύστερα από αίτηση {'της ενδιαφερόμενης' if person.sex == 'F' else 'του ενδιαφερόμενου'} "
                            "για κάθε νόμιμη χρήση.", F, 11, R - L, 17) + 60
            sign_block(p, rng, R - 110, y, "Ο/Η Διοικητής/τρια", FB, 10, 180, job.signer)
        else:
            p.text(R, 40, "TRANSLATION", FB, 11, "right", gray=0.35)
            p.rect(R - 96, 26, 100, 20, 1.0, 0.35)
            p.text(p.w / 2, 64, "HELLENIC REPUBLIC — MINISTRY OF HEALTH", FB, 10, "center")
            p.text(p.w / 2, 80, emp.name.upper(), FB, 11, "center")
            p.text(p.w / 2, 93, "Administrative Directorate — Personnel Department", F, 8.5, "center")
            p.hline(L, R, 102, 0.8)
            p.pieces(124, [(L, f"Prot. No.: {kj(job, 'gp') % 9000 + 1000}", "left"),
                           (R, f"{emp.city}, {_dmy(job.letter_date)}", "right")], F, 10)
            p.text(p.w / 2, 168, "SERVICE CERTIFICATE", FB, 15, "center")
            verb = "has been working" if job.end is None else "worked"
            to = "to date" if job.end is None else f"to {_dmy(job.end)}"
            body = (f"It is hereby certified that {name} {verb} at our Hospital as {job.position}, {ft_en}, from "
                    f"{_dmy(job.start)} {to}" + (f" at the {deps_en}" if deps_en else "") + ".")
            y = p.paragraph(L, 210, body, F, 11, R - L, 17) + 8
            tot = f"{yy} years, {mm} months and {dd} days" if dd else f"{yy} years, {mm} months"
            y = p.paragraph(L, y, f"Total service: {tot}.", FB, 11, R - L, 17) + 8
            y = p.paragraph(L, y, "This certificate is issued at the request of the person concerned for any lawful "
                            "use.", F, 11, R - L, 17) + 60
            sign_block(p, rng, R - 110, y, "The Governor", FB, 10, 180, job.signer)
            p.text(p.w / 2, p.h - 50, "Translated from the Greek original. Certified true translation.", FI, 8.5,
                   "center")
        pages.append(p)
    return LayoutResult("employment_letter", "q_bilingual_service", FAMILY, pages, [name],
                        info={"date_style": "dmy_slash_nopad", "hours_facts": hours_facts(job)})


MN_POS = {"Medical Laboratory Technologist": "Эмнэлгийн лаборант", "Laboratory Physician Assistant": "Лабораторийн их эмчийн туслах",
          "Medical Technologist": "Лабораторийн технологич", "Laboratory Assistant": "Лабораторийн туслах",
          "Laboratory Technician": "Лабораторийн техникч", "Staff Nurse": "Сувилагч", "Laboratory Aide": "Лабораторийн туслах"}
MN_DEP = {"Blood Bank": "Цусны банк", "Clinical Biochemistry": "Клиник биохими", "Haematology": "Гематологи",
          "Microbiology": "Микробиологи", "Immunology": "Иммунологи", "Clinical Microscopy": "Клиник микроскопи",
          "Molecular Diagnostics (PCR)": "Молекул оношилгоо (PCR)", "Blood Collection": "Цус авах хэсэг",
          "Cytology": "Цитологи", "Medical-Surgical Ward": "Дотор-мэс заслын тасаг", "Emergency Room": "Яаралтай тусламж",
          "Pediatric Ward": "Хүүхдийн тасаг", "Operating Room": "Мэс заслын өрөө"}


def _mdot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def _mn(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    L, R = 50, p.w - 50
    sur = job.surname_override or person.surname
    name = f"{sur.upper()} {person.given}"
    nm_mn = f"{SUR_MN.get(sur, sur)} {GIVEN_MN.get(person.given, person.given)}"
    p.logo(L + 22, 56, 20, 0)
    p.text(p.w / 2, 48, "ЭРҮҮЛ МЭНДИЙН ЯАМ / MINISTRY OF HEALTH", F, 9, "center")
    p.text(p.w / 2, 64, emp.name.upper(), FB, 12 if len(emp.name) < 46 else 10, "center")
    p.text(p.w / 2, 77, f"{emp.street}, {emp.city} — {emp.phone} — {emp.email}", F, 8, "center")
    p.hline(L, R, 86, 1.0)
    p.pieces(104, [(L, f"№ {kj(job, 'mn') % 900 + 100}", "left"), (R, _mdot(job.letter_date), "right")], F, 9.5)
    p.text(p.w / 2, 132, "АЖЛЫН ТОДОРХОЙЛОЛТ", FB, 14, "center")
    p.text(p.w / 2, 148, "EMPLOYMENT REFERENCE", FB, 11, "center")
    y = 176
    y = p.paragraph(L, y, f"{nm_mn} нь манай байгууллагад доорх албан тушаалд ажилласан болохыг тодорхойлов.", F, 10,
                    R - L, 14)
    y = p.paragraph(L, y, f"This is to certify that {name} has been employed by our organisation in the positions "
                    "below.", F, 10, R - L, 14) + 10
    # the table: № | Албан тушаал / Position | Тасаг / Department | Эхэлсэн / From | Дууссан / To
    xs = [L, L + 22, L + 170, L + 356, L + 420, R]
    p.rect(L, y, R - L, 26, 0.6, 0, fill=0.88)
    p.pieces(y + 10, [(xs[0] + 4, "№", "left"), (xs[1] + 4, "Албан тушаал", "left"), (xs[2] + 4, "Тасаг", "left"),
                      (xs[3] + 4, "Эхэлсэн", "left"), (xs[4] + 4, "Дууссан", "left")], FB, 8.5)
    p.pieces(y + 21, [(xs[1] + 4, "Position", "left"), (xs[2] + 4, "Department", "left"), (xs[3] + 4, "From", "left"),
                      (xs[4] + 4, "To", "left")], FB, 8.5)
    top = y
    y += 26
    dep_en = ", ".join(job.departments) if job.departments else "—"
    dep_mn = ", ".join(MN_DEP.get(d, d) for d in job.departments) if job.departments else "—"
    rows = []
    end_s = "одоог хүртэл / to date" if job.end is None else _mdot(job.end)
    if kj(job, "trainee") % 2 == 0 and job.areas:
        t_end = D.add_months(job.start, 3) - dt.timedelta(days=1)
        rows.append(("Дадлагажигч", "Trainee", dep_mn, dep_en, _mdot(job.start), _mdot(t_end)))
        rows.append((MN_POS.get(job.position, job.position), job.position, dep_mn, dep_en,
                     _mdot(t_end + dt.timedelta(days=1)), end_s))
    else:
        rows.append((MN_POS.get(job.position, job.position), job.position, dep_mn, dep_en, _mdot(job.start), end_s))
    for i, (pm, pe, dm, de, a, b) in enumerate(rows, 1):
        b1, b2 = (b.split(" / ") + [""])[:2] if "/" in b else (b, "")
        dl = wrap(dm, F, 7.5, xs[3] - xs[2] - 8) + wrap(de, F, 7.5, xs[3] - xs[2] - 8)
        n = max(2, len(dl))
        for li in range(n):
            it = [(xs[0] + 4, str(i), "left")] if li == 0 else []
            it.append((xs[1] + 4, [pm, pe][li] if li < 2 else "", "left"))
            it.append((xs[2] + 4, dl[li] if li < len(dl) else "", "left", F, 7.5))
            it.append((xs[3] + 4, a if li == 0 else "", "left"))
            it.append((xs[4] + 4, [b1, b2][li] if li < 2 else "", "left"))
            p.pieces(y + 11 + li * 10.5, it, F, 8.5)
        y += 8 + n * 10.5
        p.hline(L, R, y, 0.4)
    p.rect(L, top, R - L, y - top, 0.7)
    for x in xs[1:-1]:
        p.vline(x, top, y, 0.4)
    y += 22
    end = job.end or job.letter_date
    yy, mm, _ = span(job.start, end)
    p.text(L, y, f"Нийт ажилласан хугацаа / Total: {yy} жил {mm} сар / {yy} years {mm} months", FB, 9.5); y += 16
    st, h = job.hours_style, job.hours
    wk = {"hours": f"Долоо хоногт {h} цаг / {h} hours per week",
          "fulltime_only": "Бүтэн цагаар / Full-time",
          "fulltime_hours": f"Бүтэн цагаар, долоо хоногт {h} цаг / Full-time, {h} hours per week",
          "parttime_hours": f"Хагас цагаар, долоо хоногт {h} цаг / Part-time, {h} hours per week",
          "daily": f"Бүтэн цагаар, өдөрт 8 цаг, долоо хоногт {h // 8} өдөр / Full-time, 8 hours a day, {h // 8} days a week"}[st]
    p.text(L, y, f"Ажлын цаг / Working hours: {wk}", F, 9.5); y += 70
    sign_block(p, rng, R - 120, y, "Хүний нөөцийн менежер / HR Manager", FB, 9, 200, job.signer)
    square_stamp(p, L + 40, y - 50, 70, 0.42)
    return LayoutResult("employment_letter", "q_bilingual_service", FAMILY, [p], [name],
                        info={"date_style": "ymd_dot", "hours_facts": hours_facts(job)})


LETTER_LAYOUTS = {"q_service_letter": (q_service_letter, FAMILY, ("AF", "MW", "VE")),
                  "q_bilingual_service": (q_bilingual_service, FAMILY, ("GR", "MN"))}
