"""Writer D, round 2: diplomas and letters.

et_za_bilingual_certificate (ET, ZA): ET English certificate with the university's Amharic name
    and degree line, "Given on this 10th day of July 2019 (Hamle 3, 2011 E.C.)"; ZA English /
    Afrikaans "The Council of the University hereby certifies that ... / Die Raad van die
    Universiteit sertifiseer hiermee dat ...", cum laude, ISO date.
co_us_diploma (CO, US): CO "DIPLOMA ... confiere el título de BACTERIÓLOGA Y LABORATORISTA
    CLÍNICA ... a los quince (15) días del mes de ... de dos mil diecinueve (2019)", Acta de
    grado, Libro, Folio; US landscape "has conferred upon ... the degree of ... Given at City,
    State this twelfth day of May, two thousand eighteen".
attestation_letter (NG, ET, ZA): hospital letterhead, "Our Ref:" / "Your Ref:" / date,
    "ATTESTATION LETTER" / "LETTER OF SERVICE", "from 2nd January 2018 to date", rotated units,
    "For: Chief Medical Director".
us_co_verification (US, CO): US HR "Employment Verification" form with labelled boxes and
    tick boxes (status, benches: only the job's own areas ticked); CO "CERTIFICACIÓN LABORAL".
"""

from .. import dates as D
from ..layouts_letter import DEPARTMENT_PHRASES, hours_sentence, join_and
from ..layouts_transcript import LayoutResult
from ..names import COUNTRY_NAMES, name_form
from ..pagekit import A4, LANDSCAPE_LETTER, LETTER, Page, wrap
from .r2_d_common import FAMILY, ring_seal
from .r2_d_co import MESES, TITLES, acta, cedula
from .r2_d_et import amharic_font, et_distinction, cgpa_of, eth_str
from .r2_d_za import za_average

AM_DEG = {"et_bsc_mls": "የሳይንስ ባችለር ዲግሪ በሕክምና ላቦራቶሪ ሳይንስ", "et_bsc_bio": "የሳይንስ ባችለር ዲግሪ በባዮሎጂ",
          "et_bsc_nurs": "የሳይንስ ባችለር ዲግሪ በነርሲንግ"}
AF_DEG = {"za_bhsc_mls": "Baccalaureus in Gesondheidswetenskappe: Mediese Laboratoriumwetenskap",
          "za_bsc_micro": "Baccalaureus Scientiae (Mikrobiologie en Biochemie)",
          "za_bnurs": "Baccalaureus in Verpleegkunde"}
ES_NUM = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
          "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
          "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
          "veintiséis", "veintisiete", "veintiocho", "veintinueve", "treinta", "treinta y uno"]


def es_year(y):
    r = y - 2000
    if r < 30:
        return "dos mil" + (" " + ES_NUM[r] if r else "")
    t = {3: "treinta", 4: "cuarenta"}[r // 10]
    return f"dos mil {t}" + (f" y {ES_NUM[r % 10]}" if r % 10 else "")


def _c(p, y, s, font, size, max_w=None, leading=None):
    max_w = max_w or p.w - 160
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading or size * 1.35
    return y


def et_za_certificate(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(24, 1.6, 0.3)
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    ring_seal(p, p.w / 2, 100, 38, 0.35, 8)
    y = 170
    if inst.country == "ET":
        AM, _ = amharic_font()
        name = name_form(person, "natural")
        p.text(p.w / 2, y, inst.extra["am"], AM, 18, "center"); y += 26
        p.text(p.w / 2, y, inst.name.upper(), FB, 20, "center"); y += 46
        p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 36
        p.text(p.w / 2, y, name, FBI, 22, "center"); y += 32
        y = _c(p, y, "having satisfactorily completed the prescribed course of study and passed the required "
               "examinations, is hereby awarded the degree of", FI, 13) + 14
        p.text(p.w / 2, y, cur.title, FB, 16, "center"); y += 24
        p.text(p.w / 2, y, AM_DEG[cur.id], AM, 13, "center"); y += 26
        dist = et_distinction(cgpa_of(s))
        if dist:
            p.text(p.w / 2, y, f"with {dist}", FI, 14, "center"); y += 30
        d = s.conferred
        printed = f"{D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]} {d.year}"
        y = _c(p, y + 10, f"Given on this {printed} ({eth_str(d)})", FI, 13)
        titles = ["President", "University Registrar"]
        info = f"Given on this {printed} ({eth_str(d)})"
    else:
        name = name_form(person, "caps")
        p.text(p.w / 2, y, inst.name.upper(), FB, 19, "center"); y += 20
        p.text(p.w / 2, y, inst.extra["af"].upper(), FB, 15, "center"); y += 44
        p.text(p.w / 2, y, "The Council of the University hereby certifies that", FI, 13, "center"); y += 17
        p.text(p.w / 2, y, "Die Raad van die Universiteit sertifiseer hiermee dat", FI, 12, "center"); y += 36
        p.text(p.w / 2, y, name, FB, 20, "center"); y += 34
        p.text(p.w / 2, y, "was admitted to the degree", FI, 13, "center"); y += 17
        p.text(p.w / 2, y, "toegelaat is tot die graad", FI, 12, "center"); y += 32
        y = _c(p, y, cur.title, FB, 16, leading=20) + 2
        y = _c(p, y, AF_DEG[cur.id], FI, 13, leading=17) + 8
        if za_average(s) >= 75:
            p.text(p.w / 2, y, "cum laude", FBI, 15, "center"); y += 26
        p.text(p.w / 2, y + 10, f"on / op {D.iso(s.conferred)}", F, 13, "center")
        titles = ["Vice-Chancellor / Visekanselier", "Registrar / Registrateur"]
        info = D.iso(s.conferred)
    yb = p.h - 110
    for x, t in ((150, titles[0]), (p.w - 150, titles[1])):
        p.signature(x - 55, yb - 6, 110, rng)
        p.hline(x - 80, x + 80, yb - 2, 0.5)
        p.text(x, yb + 12, t, F, 10.5, "center")
    p.text(p.w / 2, p.h - 52, f"Certificate No. {s.student_no.replace('/', '-')}", F, 8.5, "center")
    return LayoutResult("diploma", "et_za_bilingual_certificate", FAMILY, [p], [name],
                        info={"conferred_printed": info})


def co_us_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_LETTER)
    p.border(22, 2.0, 0.25)
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    d = s.conferred
    if inst.country == "CO":
        name = name_form(person, "caps")
        ident = "identificada" if person.sex == "F" else "identificado"
        y = 70
        p.text(p.w / 2, y, "REPÚBLICA DE COLOMBIA", F, 11, "center"); y += 30
        p.text(p.w / 2, y, inst.name.upper(), FB, 22, "center"); y += 16
        p.text(p.w / 2, y, "Institución de Educación Superior sujeta a inspección y vigilancia por el "
               "Ministerio de Educación Nacional", FI, 9, "center"); y += 34
        p.text(p.w / 2, y, f"En atención a que {'la señora' if person.sex == 'F' else 'el señor'}", FI, 13, "center"); y += 30
        p.text(p.w / 2, y, name, FB, 22, "center"); y += 22
        p.text(p.w / 2, y, f"{ident} con cédula de ciudadanía No. {cedula(person)}", F, 11, "center"); y += 22
        y = _c(p, y, "cumplió satisfactoriamente los requisitos académicos exigidos por la ley y los "
               "reglamentos de la Universidad, le confiere el título de", FI, 13, 560) + 12
        p.text(p.w / 2, y, TITLES[cur.id][person.sex == "F"], FB, 20, "center"); y += 32
        printed = (f"a los {ES_NUM[d.day]} ({d.day}) días del mes de {MESES[d.month - 1]} de "
                   f"{es_year(d.year)} ({d.year})")
        y = _c(p, y, f"En testimonio de ello se expide el presente diploma en {inst.city}, {printed}.",
               FI, 12, 600)
        titles = ["Rector", "Secretario General"]
    else:
        name = name_form(person, "natural")
        deg, subject = cur.title.split(" in ", 1)
        y = 96
        p.text(p.w / 2, y, "The Board of Trustees of", FI, 14, "center"); y += 40
        p.text(p.w / 2, y, inst.name, FB, 30, "center"); y += 36
        p.text(p.w / 2, y, "upon the recommendation of the Faculty has conferred upon", FI, 14, "center"); y += 44
        p.text(p.w / 2, y, name, FBI, 28, "center"); y += 38
        p.text(p.w / 2, y, "the degree of", FI, 14, "center"); y += 32
        p.text(p.w / 2, y, deg, FB, 22, "center"); y += 24
        p.text(p.w / 2, y, subject, FB, 16, "center"); y += 28
        p.text(p.w / 2, y, "with all the rights, privileges and honors thereunto appertaining.", FI, 13, "center"); y += 22
        printed = (f"this {D.ordinal_words(d.day)} day of {D.MONTHS[d.month - 1]}, {D.year_words(d.year)}")
        p.text(p.w / 2, y, f"Given at {inst.city}, {inst.region} {printed}.", FI, 13, "center")
        titles = ["President of the University", "Chair, Board of Trustees"]
    yb = p.h - 72
    ring_seal(p, p.w / 2, yb - 26, 32, 0.45)
    for x, t in ((170, titles[0]), (p.w - 170, titles[1])):
        p.signature(x - 55, yb - 8, 110, rng)
        p.hline(x - 85, x + 85, yb - 4, 0.5)
        p.text(x, yb + 9, t, F, 10.5, "center")
    if inst.country == "CO":
        rec = acta(s)
        p.text(p.w / 2, p.h - 40, f"Acta de grado No. {rec} - Libro {int(rec) % 17 + 3} - Folio "
               f"{int(rec) % 240 + 10} - Registro de diploma No. {s.student_no[-5:]}", F, 8.5, "center")
    return LayoutResult("diploma", "co_us_diploma", FAMILY, [p], [name], info={"conferred_printed": printed})


def dmy_ord(d):
    return f"{D.ordinal_suffix(d.day)} {D.MONTHS[d.month - 1]} {d.year}"


def attestation_letter(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p.logo(70, 60, 20, rng.randrange(3))
    p.text(p.w / 2 + 20, 52, emp.name.upper(), FB, 15 if len(emp.name) < 40 else 12.5, "center")
    p.text(p.w / 2 + 20, 66, f"{emp.street}, {emp.city}, {emp.region}, {COUNTRY_NAMES[c]}", F, 9.5, "center")
    p.text(p.w / 2 + 20, 78, f"Tel: {emp.phone} | E-mail: {emp.email}", F, 9.5, "center")
    p.hline(48, p.w - 48, 88, 1.5); p.hline(48, p.w - 48, 91, 0.4)
    y = 118
    ref = {"NG": f"Our Ref: {emp.name.split()[0][:3].upper()}/MLS/PF.{rng.randint(100, 999)}/{rng.randint(10, 99)}",
           "ET": f"Our Ref: HR/{rng.randint(100, 999)}/{eth_year(job.letter_date)}",
           "ZA": f"Our Ref: PERS/{job.letter_date.year}/{rng.randint(1000, 9999)}"}[c]
    p.text(48, y, ref, F, 11); y += 15
    dline = dmy_ord(job.letter_date)
    if c == "ET":
        dline = f"Date: {dline} ({eth_str(job.letter_date)})"
    p.pieces(y, [(48, "Your Ref:", "left"), (p.w - 48, dline, "right")], F, 11); y += 34
    p.text(48, y, "TO WHOM IT MAY CONCERN", FB, 11.5); y += 28
    title = {"NG": rng.choice(["ATTESTATION LETTER", "LETTER OF SERVICE"]), "ET": "WORK EXPERIENCE LETTER",
             "ZA": "CONFIRMATION OF SERVICE"}[c]
    p.text(p.w / 2, y, title, FB, 13, "center")
    p.hline(p.w / 2 - 90, p.w / 2 + 90, y + 4, 0.8); y += 30
    hon = person.honorific("Miss" if c == "NG" else "Ms.")
    nm = job.name_override or name_form(person, "natural")
    period = (f"from {dmy_ord(job.start)} to date" if job.end is None
              else f"from {dmy_ord(job.start)} to {dmy_ord(job.end)}")
    verb = "has been employed" if job.end is None else "was employed"
    he = person.pronoun("subj").capitalize()
    pars = [f"This is to attest that {hon} {nm} {verb} in our laboratory as a {job.position} {period}.",
            hours_sentence(job, person, "present" if job.end is None else "past"),
            (f"{he} rotated through the following units: {join_and(job.departments)}." if job.departments else ""),
            f"{person.pronoun('poss').capitalize()} conduct during the period was satisfactory. This letter "
            "is issued at the request of the officer for whatever purpose it may serve.",
            "Thank you."]
    for par in pars:
        if not par:
            continue
        for ln in wrap(par, F, 12, p.w - 100):
            p.text(48, y, ln, F, 12); y += 17
        y += 9
    y += 44
    p.signature(52, y - 16, 120, rng)
    ring_seal(p, p.w - 140, y - 10, 38, 0.5)
    p.text(48, y, job.signer, FB, 11.5); y += 15
    p.text(48, y, {"NG": "Head of Department, Medical Laboratory Services", "ET": "Laboratory Service Head",
                   "ZA": "Laboratory Manager"}[c], F, 11); y += 15
    p.text(48, y, {"NG": "For: Chief Medical Director", "ET": "For: Chief Executive Director",
                   "ZA": "For: Chief Executive Officer"}[c], FI, 11)
    return LayoutResult("employment_letter", "attestation_letter", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "ordinal_dmy_nocomma"})


def eth_year(d):
    return eth_str(d).split(", ")[1].split()[0]


BENCHES = [("chemistry", "Chemistry"), ("hematology", "Hematology"), ("microbiology", "Microbiology"),
           ("blood_bank", "Blood Bank"), ("urinalysis", "Urinalysis"), ("immunology", "Immunology/Serology"),
           ("molecular", "Molecular"), ("phlebotomy", "Phlebotomy"), ("other", "Other")]


def area_of(phrase, country):
    for area, table in DEPARTMENT_PHRASES.items():
        if phrase in (table.get(country) or table.get("*") or []):
            return area
    return None


def _box(p, x, y, ticked, F):
    """A tick box; returns the piece to print inside it ("X") when ticked."""
    p.rect(x, y - 8, 9, 9, 0.7, 0.0)
    return [(x + 1.8, "X", "left")] if ticked else []


def us_co_verification(job, person, rng, as_of):
    if job.employer.country == "CO":
        return co_certificacion(job, person, rng, as_of)
    emp = job.employer
    p = Page(LETTER)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 46, LETTER[0] - 46
    p.logo(L + 16, 52, 14, rng.randrange(3))
    p.text(L + 40, 48, emp.name, FB, 14)
    p.text(L + 40, 61, f"Human Resources - {emp.street}, {emp.city}, {emp.region} - {emp.phone}", F, 8.5)
    p.text(p.w / 2, 96, "EMPLOYMENT VERIFICATION", FB, 14, "center")
    p.text(p.w / 2, 110, "This form is completed by Human Resources from the employee's personnel file.",
           "Helvetica-Oblique", 8.5, "center")
    nm = job.name_override or name_form(person, "natural")
    ft = job.hours_style != "parttime_hours" and (job.hours >= 35 or job.hours_style != "hours")
    hours = None if job.hours_style == "fulltime_only" else job.hours
    y = 128

    def field(y, x1, x2, label, value, h=30):
        p.rect(x1, y, x2 - x1, h, 0.6, 0.2)
        p.text(x1 + 4, y + 9, label, F, 7)
        if value:
            p.text(x1 + 6, y + 23, value, F, 10.5)

    # two boxes on one baseline: record as one line each (label line, value line)
    def pair(y, a, b):
        p.rect(L, y, (R - L) / 2, 30, 0.6, 0.2); p.rect(L + (R - L) / 2, y, (R - L) / 2, 30, 0.6, 0.2)
        p.pieces(y + 9, [(L + 4, a[0], "left"), (L + (R - L) / 2 + 4, b[0], "left")], F, 7)
        p.pieces(y + 23, [(L + 6, a[1], "left"), (L + (R - L) / 2 + 6, b[1], "left")], F, 10.5)
    pair(y, ("Employee name", nm), ("Employee ID", f"E{rng.randint(100000, 999999)}")); y += 30
    pair(y, ("Job title", job.position), ("Department", "Clinical Laboratory")); y += 30
    end = "Present" if job.end is None else D.mdy_slash(job.end)
    field(y, L, R, "Dates of employment", f"from {D.mdy_slash(job.start)} to {end}"); y += 30
    p.rect(L, y, R - L, 30, 0.6, 0.2)
    p.text(L + 4, y + 9, "Status", F, 7)
    xs = [L + 8, L + 100, L + 192]
    items = []
    for x, on, lab in zip(xs, (ft, not ft, False), ("Full-time", "Part-time", "PRN / Per diem")):
        items += _box(p, x, y + 24, on, F) + [(x + 13, lab, "left")]
    p.pieces(y + 23, items, F, 10)
    y += 30
    field(y, L, R, "Scheduled hours per week", str(hours) if hours else ""); y += 30
    ticked = {}
    for ph in job.departments:
        a = area_of(ph, emp.country)
        if a and a not in ticked:
            ticked[a] = ph
    wards = [d for d in job.departments if area_of(d, emp.country) is None]
    rows = (len(BENCHES) + 2) // 3
    hbox = 14 + 16 * rows + (14 if wards else 0)
    p.rect(L, y, R - L, hbox, 0.6, 0.2)
    p.text(L + 4, y + 9, "Departments/benches worked (check all that apply)", F, 7)
    yy = y + 26
    for i in range(rows):
        items = []
        for j in range(3):
            k = i * 3 + j
            if k >= len(BENCHES):
                break
            area, lab = BENCHES[k]
            x = L + 8 + j * 170
            on = area in ticked
            items += _box(p, x, yy, on, F)
            text = ticked[area] if on else lab
            if on and area == "other":
                text = f"Other: {ticked[area]}"
            items.append((x + 13, text, "left"))
        p.pieces(yy, items, F, 9.5)
        yy += 16
    if wards:
        p.text(L + 8, yy, f"Unit(s): {', '.join(wards)}", F, 9.5)
    y += hbox
    field(y, L, R, "Eligible for rehire", "Yes"); y += 48
    p.text(L, y, "I certify that the above information is correct according to our records.", F, 9.5); y += 44
    p.signature(L + 4, y - 14, 120, rng)
    p.pieces(y, [(L, job.signer, "left"), (R, D.mdy_slash(job.letter_date), "right")], F, 10); y += 12
    p.pieces(y, [(L, f"{job.signer_title}, Human Resources", "left"), (R, "Date", "right")], F, 8)
    return LayoutResult("employment_letter", "us_co_verification", FAMILY, [p], [nm],
                        info={"date_style": "mdy_slash", "hours_facts": (hours, ft, not ft)})


def co_certificacion(job, person, rng, as_of):
    emp = job.employer
    p = Page(LETTER)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 64, LETTER[0] - 64
    fem_signer = job.signer.split()[0] in ("Martha", "Gloria", "Diana")
    p.logo(L + 18, 60, 18, rng.randrange(3))
    p.text(p.w / 2 + 20, 54, emp.name.upper(), FB, 13 if len(emp.name) < 44 else 11, "center")
    p.text(p.w / 2 + 20, 68, f"NIT {rng.randint(800, 900)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.randint(1, 9)}",
           F, 9, "center")
    p.text(p.w / 2 + 20, 80, f"{emp.street} - {emp.city} - Tel. {emp.phone}", F, 9, "center")
    y = 140
    p.text(p.w / 2, y, "CERTIFICACIÓN LABORAL", FB, 14, "center"); y += 34
    y = p.paragraph(L, y, f"{'LA SUSCRITA DIRECTORA' if fem_signer else 'EL SUSCRITO DIRECTOR'} DE TALENTO "
                    f"HUMANO DE {emp.name.upper()}", FB, 10.5, R - L, 14,
                    "center") + 6
    p.text(p.w / 2, y, "CERTIFICA QUE:", FB, 10.5, "center"); y += 30
    nm = job.name_override or name_form(person, "natural")
    se = "La señora" if person.sex == "F" else "El señor"
    ident = "identificada" if person.sex == "F" else "identificado"
    ced = cedula(person)

    def fecha(d):
        return f"{'1°' if d.day == 1 else d.day} de {MESES[d.month - 1]} de {d.year}"
    if job.end is None:
        per = f"labora en esta institución desde el {fecha(job.start)}"
    else:
        per = f"laboró en esta institución desde el {fecha(job.start)} hasta el {fecha(job.end)}"
    st, h = job.hours_style, job.hours
    jornada = {"hours": f"con una intensidad de {h} horas semanales",
               "fulltime_only": "en jornada de tiempo completo",
               "fulltime_hours": f"en jornada de tiempo completo ({h} horas semanales)",
               "parttime_hours": f"en jornada de medio tiempo ({h} horas semanales)",
               "daily": f"en jornada de tiempo completo, 8 horas diarias, {h // 8} días a la semana"}[st]
    pars = [f"{se} {nm}, {ident} con cédula de ciudadanía No. {ced}, {per}, desempeñando el cargo de "
            f"{job.position}, con contrato a término indefinido, {jornada}.",
            (f"Durante este tiempo {'se ha desempeñado' if job.end is None else 'se desempeñó'} en las secciones de {join_and(job.departments).replace(' and ', ' y ')}."
             if job.departments else ""),
            f"La presente certificación se expide a solicitud {'de la interesada' if person.sex == 'F' else 'del interesado'} en {emp.city}, a los "
            f"{job.letter_date.day} días del mes de {MESES[job.letter_date.month - 1]} de {job.letter_date.year}."]
    for par in pars:
        if par:
            y = p.paragraph(L, y, par, F, 11, R - L, 16) + 12
    y += 20
    p.text(L, y, "Cordialmente,", F, 11); y += 50
    p.signature(L + 4, y - 14, 120, rng)
    p.text(L, y, job.signer.upper(), FB, 10.5); y += 14
    p.text(L, y, "Directora de Talento Humano" if fem_signer else "Director de Talento Humano", F, 10.5)
    p.text(p.w / 2, p.h - 40, "Para verificar esta certificación comuníquese con la Dirección de Talento Humano.",
           "Helvetica-Oblique", 8, "center")
    return LayoutResult("employment_letter", "us_co_verification", FAMILY, [p], [f"{se} {nm}"],
                        info={"date_style": "es_long"})


DIPLOMA_LAYOUTS = {"et_za_bilingual_certificate": (et_za_certificate, FAMILY, ("ET", "ZA")),
                   "co_us_diploma": (co_us_diploma, FAMILY, ("CO", "US"))}
LETTER_LAYOUTS = {"attestation_letter": (attestation_letter, FAMILY, ("NG", "ET", "ZA")),
                  "us_co_verification": (us_co_verification, FAMILY, ("US", "CO"))}
