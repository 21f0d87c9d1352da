"""Writer O, round 7: Spanish-language diploma and letter for DO and CL.

do_cl_titulo (DO, CL): DO "LA UNIVERSIDAD ... POR CUANTO: ... ha cumplido los requisitos
    académicos y legales ... POR TANTO: le confiere el título de LICENCIADA EN BIOANÁLISIS con todos
    los derechos y prerrogativas ... Dado en Santo Domingo de Guzmán, Distrito Nacional, a los veinte
    (20) días del mes de octubre del año dos mil diecinueve (2019)" (number words with digits in
    parentheses), Rector / Decano / Secretario General, registry "Libro / Folio / Número"; CL
    landscape: "... confiere el Título Profesional de TECNÓLOGA MÉDICA con mención en ... y el Grado
    Académico de Licenciada en Tecnología Médica ... Santiago, 15 de enero de 2020 ... Registrado bajo
    el N° ...".
do_cl_certificacion (DO, CL): DO "CERTIFICACIÓN — A quien pueda interesar: Por medio de la presente
    certificamos que ... labora en esta institución desde el 3 de marzo de 2018 hasta la fecha,
    desempeñando el cargo de Bioanalista en el Departamento de Laboratorio Clínico, con un horario
    de 8:00 a.m. a 4:00 p.m. de lunes a viernes"; CL "CERTIFICADO — ... se desempeñó como Tecnólogo
    Médico en la Unidad de ... desde el 01-04-2020 hasta el 31-07-2022, con jornada de 44 horas
    semanales" (DD-MM-YYYY). Positions and wards are put in Spanish and the job updated so the
    truth says what is printed.
"""

from .. import dates as D
from ..layouts_letter import join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, LETTER, Page, center_wrapped
from .r7_o_common import ES_MONTHS, FAMILY, es_long, es_num, es_schedule, es_year_words, k, kj, stamp
from .r7_o_cl import MENCION  # noqa: F401  (registers the CL pack)
from .r7_o_do import honor  # noqa: F401  (registers the DO pack)

DO_TITLE = {"do_bioa": ("LICENCIADO EN BIOANÁLISIS", "LICENCIADA EN BIOANÁLISIS"),
            "do_bio": ("LICENCIADO EN BIOLOGÍA", "LICENCIADA EN BIOLOGÍA"),
            "do_enf": ("LICENCIADO EN ENFERMERÍA", "LICENCIADA EN ENFERMERÍA")}
CL_TITLE = {"cl_tm": ("TECNÓLOGO MÉDICO", "TECNÓLOGA MÉDICA",
                      "con mención en Bioanálisis Clínico, Inmunohematología y Medicina Transfusional",
                      "Licenciado en Tecnología Médica", "Licenciada en Tecnología Médica"),
            "cl_bq": ("BIOQUÍMICO", "BIOQUÍMICA", "", "Licenciado en Bioquímica", "Licenciada en Bioquímica"),
            "cl_enf": ("ENFERMERO", "ENFERMERA", "", "Licenciado en Enfermería", "Licenciada en Enfermería")}


def _sign(p, rng, items, y, font="Times-Bold", size=9.5):
    for x, _ in items:
        p.signature(x - 45, y - 13, 90, rng)
        p.hline(x - 75, x + 75, y - 9, 0.5)
    p.pieces(y, [(x, t, "center") for x, t in items], font, size)


def do_cl_titulo(s, person, rng):
    return (_do if s.institution.country == "DO" else _cl)(s, person, rng)


def _do(s, person, rng):
    inst, cur = s.institution, s.curriculum
    fem = person.sex == "F"
    p = Page((LETTER[1], LETTER[0]))
    p.border(20, 2.2, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w - 180
    name = name_form(person, "caps")
    d = s.conferred
    when = (f"a los {es_num(d.day)} ({d.day}) días del mes de {ES_MONTHS[d.month - 1]} del año "
            f"{es_year_words(d.year)} ({d.year})")
    p.logo(p.w / 2, 66, 22, 1)
    y = 116
    p.text(p.w / 2, y, "LA " + inst.name.upper(), FB, 20, "center"); y += 24
    p.text(p.w / 2, y, "Reconocida por el Poder Ejecutivo — Ministerio de Educación Superior, Ciencia y Tecnología",
           FI, 9.5, "center"); y += 30
    p.text(p.w / 2, y, "POR CUANTO:", FB, 12, "center"); y += 22
    p.text(p.w / 2, y, name, FB, 19, "center"); y += 22
    y = center_wrapped(p, y, f"ha cumplido los requisitos académicos y legales establecidos en los reglamentos de esta "
                f"Universidad para optar por el título correspondiente a la carrera de {cur.title},", FI, 12.5, W, 16)
    y += 6
    p.text(p.w / 2, y, "POR TANTO: le confiere el título de", FB, 12, "center"); y += 30
    p.text(p.w / 2, y, DO_TITLE.get(cur.id, (cur.title.upper(),) * 2)[fem], FB, 20, "center"); y += 26
    y = center_wrapped(p, y, "con todos los derechos, honores y prerrogativas que las leyes y reglamentos le conceden.",
                FI, 12, W, 16) + 4
    y = center_wrapped(p, y, f"Dado en {inst.city}, {inst.region}, República Dominicana, {when}.", FI, 12, W, 16)
    yb = p.h - 78
    _sign(p, rng, [(170, "Secretario(a) General"), (p.w / 2, "Rector(a)"), (p.w - 170, "Decano(a)")], yb)
    p.seal(p.w / 2 + 110, yb - 36, 30, 0.45)
    p.text(46, p.h - 40, f"Registrado en el Libro {k(s, 'do-l') % 30 + 1}, Folio {k(s, 'do-f') % 300 + 1}, "
           f"Número {k(s, 'do-n') % 9000 + 1000}. Matrícula {s.student_no}.", F, 7.5)
    return LayoutResult("diploma", "do_cl_titulo", FAMILY, [p], [name], info={"conferred_printed": when})


def _cl(s, person, rng):
    inst, cur = s.institution, s.curriculum
    fem = person.sex == "F"
    p = Page(LANDSCAPE_A4)
    p.border(18, 2.0, 0.35)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w - 170
    name = name_form(person, "caps")
    tm, tf, men, gm, gf = CL_TITLE.get(cur.id, (cur.title.upper(),) * 2 + ("", cur.title, cur.title))
    when = es_long(s.conferred)
    y = 64
    p.logo(p.w / 2, y, 20, 0); y += 46
    p.text(p.w / 2, y, inst.name.upper(), FB, 21, "center"); y += 20
    p.text(p.w / 2, y, "REPÚBLICA DE CHILE", F, 10, "center"); y += 34
    y = center_wrapped(p, y, f"El Rector de la {inst.name}, en virtud de las atribuciones que le confieren los Estatutos "
                f"y considerando que", FI, 12.5, W, 16) + 6
    p.text(p.w / 2, y, name, FB, 19, "center"); y += 20
    p.text(p.w / 2, y, f"RUN {s.student_no}", F, 10, "center"); y += 22
    y = center_wrapped(p, y, "ha cumplido todos los requisitos exigidos por el plan de estudios de la carrera, le confiere "
                f"el Título Profesional de", FI, 12.5, W, 16) + 10
    p.text(p.w / 2, y, tf if fem else tm, FB, 20, "center"); y += 18
    if men:
        p.text(p.w / 2, y, men, FI, 12, "center"); y += 18
    y = center_wrapped(p, y, f"y el Grado Académico de {gf if fem else gm}.", FI, 12.5, W, 16) + 6
    p.text(p.w / 2, y, f"{inst.city}, {when}.", F, 12, "center")
    yb = p.h - 84
    _sign(p, rng, [(190, "Secretario General"), (p.w - 190, "Rector")], yb)
    p.seal(p.w / 2, yb - 24, 30, 0.45)
    p.text(50, p.h - 44, f"Registrado bajo el N° {k(s, 'cl-reg') % 90000 + 10000} del Libro de Títulos y Grados, "
           f"{inst.city}, {when}.", F, 8)
    return LayoutResult("diploma", "do_cl_titulo", FAMILY, [p], [name], info={"conferred_printed": when})


POS = {"Staff Nurse": ("Enfermero", "Enfermera"), "Laboratory Aide": ("Auxiliar de Laboratorio",) * 2,
       "Técnico de Laboratorio": ("Técnico de Laboratorio", "Técnica de Laboratorio"),
       "Tecnólogo Médico": ("Tecnólogo Médico", "Tecnóloga Médica"), "Bioquímico": ("Bioquímico", "Bioquímica"),
       "Ayudante de Investigación": ("Ayudante de Investigación",) * 2,
       "Auxiliar de Investigación": ("Auxiliar de Investigación",) * 2}
WARDS = {"Medical-Surgical Ward": "Medicina Interna y Cirugía", "Emergency Room": "Emergencia",
         "Pediatric Ward": "Pediatría", "Operating Room": "Quirófano"}


def _localise(job, fem):
    if job.position in POS:
        job.position = POS[job.position][fem]
    job.departments = [WARDS.get(d, d) for d in job.departments]


def _head(p, emp, F, FB):
    p.logo(76, 60, 20, kj_kind(emp))
    p.text(p.w / 2, 52, emp.name.upper(), FB, 13 if len(emp.name) < 44 else 11, "center")
    p.text(p.w / 2, 66, f"{emp.street}, {emp.city}", F, 8.5, "center")
    p.text(p.w / 2, 77, f"Tel. {emp.phone} — {emp.email}", F, 8.5, "center")
    p.hline(50, p.w - 50, 85, 1.0)


def kj_kind(emp):
    return len(emp.name) % 3


def do_cl_certificacion(job, person, rng, as_of):
    emp = job.employer
    fem = person.sex == "F"
    _localise(job, fem)
    F, FB = "Helvetica", "Helvetica-Bold"
    name = printed_name(job, person, "caps")
    ced = f"{kj(job, 'c1') % 400 + 1:03d}-{kj(job, 'c2') % 9000000 + 1000000:07d}-{kj(job, 'c3') % 10}"
    present = job.end is None
    lab = "Laboratorio Clínico" if job.areas else "Enfermería"
    secc = (f", en las áreas de {join_and(job.departments).replace(' and ', ' y ')}" if job.departments else "")
    if emp.country == "DO":
        p = Page(LETTER)
        L, W = 72, p.w - 144
        _head(p, emp, F, FB)
        y = 120
        p.text(p.w - 72, y, f"{emp.city}, {es_long(job.letter_date)}", F, 10.5, "right"); y += 40
        p.text(p.w / 2, y, "CERTIFICACIÓN", FB, 15, "center"); y += 34
        p.text(L, y, "A quien pueda interesar:", FB, 11); y += 26
        sched, h, ft, pt = es_schedule(job)
        sr = "la señora" if fem else "el señor"
        per = (f"labora en esta institución desde el {es_long(job.start)} hasta la fecha" if present else
               f"laboró en esta institución desde el {es_long(job.start)} hasta el {es_long(job.end)}")
        body = (f"Por medio de la presente certificamos que {sr} {name}, portador(a) de la cédula de identidad y "
                f"electoral No. {ced}, {per}, desempeñando el cargo de {job.position} en el Departamento de {lab}"
                f"{secc}, {sched}.")
        y = p.paragraph(L, y, body, F, 11, W, 17) + 10
        y = p.paragraph(L, y, "Durante su permanencia ha demostrado responsabilidad, honestidad y buen desempeño en "
                        "las labores asignadas.", F, 11, W, 17) + 10
        y = p.paragraph(L, y, "La presente certificación se expide a solicitud de la parte interesada, para los fines "
                        "que estime convenientes.", F, 11, W, 17) + 60
        p.signature(L + 10, y - 14, 120, rng)
        p.hline(L, L + 200, y - 10, 0.5)
        p.text(L, y, job.signer, FB, 10.5); y += 13
        p.text(L, y, "Encargado(a) de Recursos Humanos", F, 10.5)
        p.seal(L + 280, y - 24, 32, 0.5)
        return LayoutResult("employment_letter", "do_cl_certificacion", FAMILY, [p], [name],
                            info={"date_style": "es_long", "hours_facts": (h, ft, pt)})
    p = Page(A4)
    L, W = 70, p.w - 140
    _head(p, emp, F, FB)
    y = 130
    p.text(p.w / 2, y, "CERTIFICADO", FB, 15, "center"); y += 36
    h = job.hours
    ft = job.hours_style in ("fulltime_only", "fulltime_hours", "daily")
    pt = job.hours_style == "parttime_hours"
    if job.hours_style == "fulltime_only":
        h, jorn = None, "con jornada completa"
    elif pt:
        jorn = f"con jornada parcial de {h} horas semanales"
    else:
        jorn = f"con jornada {'completa ' if ft else ''}de {h} horas semanales"
    rut = f"{kj(job, 'r1') % 10 + 12}.{kj(job, 'r2') % 900 + 100}.{kj(job, 'r3') % 900 + 100}-{kj(job, 'r4') % 10}"
    unit = f"la Unidad de {join_and(job.departments).replace(' and ', ' y ')}" if job.departments else "la institución"
    if job.areas and job.departments:
        unit = f"la Unidad de {job.departments[0]} y Laboratorio Clínico" if len(job.departments) == 1 else unit
    d1 = D.dmy_dash(job.start)
    body = (f"{emp.name}, RUT {kj(job, 'e1') % 90 + 76}.{kj(job, 'e2') % 900 + 100}.{kj(job, 'e3') % 900 + 100}-"
            f"{kj(job, 'e4') % 10}, certifica que {'doña' if fem else 'don'} {name}, cédula de identidad N° {rut}, "
            + (f"se desempeña como {job.position} en {unit} desde el {d1} a la fecha, {jorn}." if present else
               f"se desempeñó como {job.position} en {unit} desde el {d1} hasta el {D.dmy_dash(job.end)}, {jorn}."))
    y = p.paragraph(L, y, body, F, 11, W, 17) + 10
    y = p.paragraph(L, y, "Se extiende el presente certificado a petición del (de la) interesado(a), para los fines "
                    "que estime pertinentes.", F, 11, W, 17) + 50
    p.text(p.w - 70, y - 24, f"{emp.city}, {D.dmy_dash(job.letter_date)}", F, 10.5, "right")
    y += 30
    p.signature(p.w / 2 - 60, y - 14, 120, rng)
    p.hline(p.w / 2 - 110, p.w / 2 + 110, y - 10, 0.5)
    p.text(p.w / 2, y, job.signer, FB, 10.5, "center"); y += 13
    p.text(p.w / 2, y, "Jefe(a) Subdepartamento de Gestión de las Personas", F, 10, "center")
    stamp(p, 80, y + 30, ["GESTIÓN DE LAS PERSONAS", emp.name.upper()[:40]], size=7, gray=0.4)
    return LayoutResult("employment_letter", "do_cl_certificacion", FAMILY, [p], [name],
                        info={"date_style": "dmy_dash", "hours_facts": (h, ft, pt)})


DIPLOMA_LAYOUTS = {"do_cl_titulo": (do_cl_titulo, FAMILY, ("DO", "CL"))}
LETTER_LAYOUTS = {"do_cl_certificacion": (do_cl_certificacion, FAMILY, ("DO", "CL"))}
