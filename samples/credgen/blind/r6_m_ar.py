"""Writer M, round 6: Argentina. Country pack (Licenciatura en Análisis Clínicos, 5 years, the
MLS-field degree with the Práctica Profesional Supervisada in the hospital laboratory;
Licenciatura en Ciencias Biológicas; Licenciatura en Enfermería; courses counted in HOURS, no
credits) and the "CERTIFICADO ANALÍTICO" on oficio paper: a certifying paragraph, then
`Asignatura | Año | Horas | Fecha | Nota | Condición | Libro/Folio` with no codes, the year of
the plan as "1°".."5°", hours per course (64, 96, 128...), the exam date "12/07/2016", the grade
in figures and words "8 (ocho)", Condición "Promocionado", "Regular", "Libre" or "Equivalencia"
(a course passed elsewhere, with the resolution instead of the book and folio); failed final
exams ("2 (dos)", Condición "Aplazado", no hours) printed as their own rows before the passing
one; at the end "Total de asignaturas aprobadas: 38 (treinta y ocho)", "Promedio general con
aplazos: 7,12 - sin aplazos: 7,58", "Carga horaria total: 3.840 horas", the graduation date.
Credit system `hours` (credits = the hours printed; criteria.md names no rate for contact hours,
so courses.SH_FACTOR took 16 h = 1 SH when this was written; it now follows the product's
ruleset, 15 h = 1 SH). An aplazo row prints no hours: credits 0 in the truth."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LEGAL_PH, Flow, Page, wrap
from .r6_m_common import (ES_UNITS, FAMILY, add_department_phrases, comma, course_truth, k, parse,
                          thousands_dot)

AR_LAC = """
## 1 Y
ARQ1 | Química General e Inorgánica | General and Inorganic Chemistry | 128 | C
ARQ2 | Biología Celular y Molecular | Cell and Molecular Biology | 96 | B
ARQ3 | Matemática I (Análisis Matemático) | Mathematics I (Calculus) | 96 | M
ARQ4 | Física | Physics | 96 | O
ARQ5 | Introducción a los Análisis Clínicos | Introduction to Clinical Analysis | 64 | ?O
ARQ6 | Inglés Técnico | Technical English | 64 | O
## 2 Y
ARQ7 | Química Orgánica | Organic Chemistry | 128 | C
ARQ8 | Química Analítica | Analytical Chemistry | 128 | C
ARQ9 | Anatomía e Histología | Anatomy and Histology | 96 | B
ARQ10 | Fisiología Humana | Human Physiology | 96 | B
ARQ11 | Matemática II (Estadística y Bioestadística) | Mathematics II (Statistics and Biostatistics) | 64 | M
ARQ12 | Salud Pública y Epidemiología | Public Health and Epidemiology | 64 | O
## 3 Y
ARQ13 | Química Biológica (Bioquímica) | Biological Chemistry (Biochemistry) | 128 | C
ARQ14 | Microbiología General | General Microbiology | 96 | B
ARQ15 | Inmunología Básica | Basic Immunology | 96 | B
ARQ16 | Genética Humana | Human Genetics | 64 | B
ARQ17 | Fisiopatología | Pathophysiology | 96 | ?B
ARQ18 | Análisis Instrumental | Instrumental Analysis | 96 | ?C
## 4 Y
ARQ19 | Química Clínica I | Clinical Chemistry I | 128 | P
ARQ20 | Hematología | Hematology | 128 | P
ARQ21 | Bacteriología Clínica | Clinical Bacteriology | 128 | P
ARQ22 | Parasitología Clínica | Clinical Parasitology | 96 | P
ARQ23 | Virología y Micología Clínicas | Clinical Virology and Mycology | 96 | ?P
ARQ24 | Inmunoserología Clínica | Clinical Immunoserology | 64 | ?P
## 5 Y
ARQ25 | Química Clínica II (Endocrinología y Toxicología) | Clinical Chemistry II (Endocrinology and Toxicology) | 96 | P
ARQ26 | Inmunohematología y Medicina Transfusional | Immunohematology and Transfusion Medicine | 96 | P
ARQ27 | Análisis de Orina y Líquidos Biológicos | Urinalysis and Body Fluids | 64 | P
ARQ28 | Gestión de la Calidad en el Laboratorio | Laboratory Quality Management | 64 | P
ARQ29 | Biología Molecular Aplicada al Diagnóstico | Molecular Biology Applied to Diagnosis | 64 | ?P
ARQ30 | Bioética y Deontología Profesional | Bioethics and Professional Deontology | 32 | O
ARQ31 | Práctica Profesional Supervisada I (Química Clínica y Hematología) | Supervised Professional Practice I (Clinical Chemistry and Hematology) | 320 | P | chemistry,hematology
ARQ32 | Práctica Profesional Supervisada II (Microbiología e Inmunohematología) | Supervised Professional Practice II (Microbiology and Immunohematology) | 320 | P | microbiology,blood_bank
ARQ33 | Trabajo Final Integrador | Final Integrative Project | 128 | O
"""

AR_BIO = """
## 1 Y
ABQ1 | Introducción a la Biología | Introduction to Biology | 128 | B
ABQ2 | Química General e Inorgánica | General and Inorganic Chemistry | 128 | C
ABQ3 | Matemática | Mathematics | 128 | M
ABQ4 | Física General | General Physics | 96 | O
ABQ20 | Introducción a la Biología Celular | Introduction to Cell Biology | 96 | B
ABQ21 | Química Analítica | Analytical Chemistry | 96 | C
## 2 Y
ABQ5 | Química Orgánica | Organic Chemistry | 128 | C
ABQ6 | Diversidad Vegetal | Plant Diversity | 128 | B
ABQ7 | Diversidad Animal I (Invertebrados) | Animal Diversity I (Invertebrates) | 128 | B
ABQ8 | Bioestadística | Biostatistics | 96 | M
ABQ22 | Física Biológica | Biological Physics | 96 | O
## 3 Y
ABQ9 | Química Biológica | Biological Chemistry | 128 | C
ABQ10 | Diversidad Animal II (Vertebrados) | Animal Diversity II (Vertebrates) | 128 | B
ABQ11 | Genética | Genetics | 128 | B
ABQ12 | Microbiología | Microbiology | 96 | B
ABQ23 | Histología y Embriología | Histology and Embryology | 128 | ?B
## 4 Y
ABQ13 | Fisiología Animal | Animal Physiology | 128 | B
ABQ14 | Ecología | Ecology | 128 | ?B
ABQ15 | Biología Molecular | Molecular Biology | 96 | B
ABQ16 | Evolución | Evolution | 96 | ?B
ABQ24 | Biología del Desarrollo | Developmental Biology | 96 | B
ABQ25 | Inglés Técnico | Technical English | 64 | O
## 5 Y
ABQ17 | Inmunología | Immunology | 96 | B
ABQ18 | Metodología de la Investigación | Research Methodology | 64 | O
ABQ26 | Biotecnología | Biotechnology | 96 | ?B
ABQ27 | Seminario de Biología Aplicada | Applied Biology Seminar | 64 | O
ABQ19 | Tesina de Licenciatura | Licentiate Thesis | 320 | O
"""

AR_ENF = """
## 1 Y
AEQ1 | Anatomía y Fisiología | Anatomy and Physiology | 128 | B
AEQ2 | Fundamentos de Enfermería | Fundamentals of Nursing | 192 | O
AEQ3 | Química Biológica | Biological Chemistry | 96 | C
AEQ12 | Psicología General | General Psychology | 64 | O
AEQ13 | Microbiología y Parasitología | Microbiology and Parasitology | 96 | ?B
## 2 Y
AEQ4 | Enfermería del Adulto y del Anciano | Adult and Elderly Nursing | 256 | O
AEQ5 | Farmacología | Pharmacology | 96 | O
AEQ14 | Nutrición y Dietoterapia | Nutrition and Diet Therapy | 64 | O
AEQ15 | Inglés Técnico | Technical English | 64 | O
## 3 Y
AEQ6 | Enfermería Materno Infantil | Maternal and Child Nursing | 256 | O
AEQ7 | Enfermería en Salud Mental | Mental Health Nursing | 128 | O
AEQ16 | Enfermería Comunitaria | Community Nursing | 192 | O
AEQ17 | Ética y Legislación Profesional | Professional Ethics and Legislation | 64 | O
## 4 Y
AEQ8 | Enfermería en Cuidados Críticos | Critical Care Nursing | 256 | O
AEQ9 | Gestión de Servicios de Enfermería | Nursing Services Management | 96 | O
AEQ18 | Investigación en Enfermería | Nursing Research | 128 | O
AEQ19 | Epidemiología | Epidemiology | 96 | O
## 5 Y
AEQ10 | Práctica Integrada de Enfermería | Integrated Nursing Practice | 384 | O
AEQ11 | Taller de Trabajo Final | Final Project Workshop | 96 | O
"""


ES = {}     # code -> Spanish title as printed (the English title in the spec decides the category)


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "AR", title, "bachelor", 5, field, "hours", parse(table, ES), 3, 12,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="AR", name="Argentina",
    given={"F": ["María Florencia", "Camila", "Agustina", "Luciana Belén", "Micaela", "Sofía", "Carolina Andrea",
                 "Valeria Soledad", "Rocío", "Julieta"],
           "M": ["Juan Manuel", "Santiago", "Matías", "Lucas Ezequiel", "Federico", "Nicolás", "Facundo",
                 "Gonzalo Martín", "Maximiliano", "Leandro"]},
    surnames=["González", "Rodríguez", "Fernández", "Pereyra", "Gómez", "Romero", "Sosa", "Álvarez", "Benítez",
              "Acosta", "Ferreyra", "Giménez", "Villalba", "Quiroga", "Bustos", "Ledesma"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad Nacional del Suquía", "Córdoba", "Córdoba", "AR",
                    "Av. Haya de la Torre s/n, Ciudad Universitaria", ("ar_lic_ac", "ar_lic_bio", "ar_lic_enf"),
                    extra={"fac": "Facultad de Ciencias Químicas", "plan": "2008", "res": "HCS N° 214/08"}),
        Institution("Universidad Nacional de la Llanura Pampeana", "Santa Rosa", "La Pampa", "AR",
                    "Av. Uruguay 151", ("ar_lic_ac", "ar_lic_enf"),
                    extra={"fac": "Facultad de Ciencias Exactas y Naturales", "plan": "2010", "res": "CS N° 088/10"}),
        Institution("Universidad Católica del Litoral Norte", "Santa Fe", "Santa Fe", "AR",
                    "Echagüe 7151", ("ar_lic_ac", "ar_lic_bio"),
                    extra={"fac": "Facultad de Bioquímica y Ciencias Biológicas", "plan": "2007",
                           "res": "Rectoral N° 1120/07"}),
    ],
    employers=[
        Employer("Hospital Provincial de Alta Complejidad del Suquía", "Córdoba", "Córdoba", "AR",
                 "Av. Patria 656, B° Pueyrredón", "(0351) 555-0142", "rrhh@hpac-suquia.example"),
        Employer("Sanatorio Parque de las Sierras", "Villa Carlos Paz", "Córdoba", "AR",
                 "Av. San Martín 1850", "(03541) 555-0178", "personal@sanatorioparque.example"),
        Employer("Laboratorio de Análisis Clínicos Bioquímica del Centro S.R.L.", "Santa Rosa", "La Pampa", "AR",
                 "Pellegrini 455", "(02954) 555-0193", "administracion@bqcentro.example", "lab"),
        Employer("Clínica Privada Nueva Santa Fe", "Santa Fe", "Santa Fe", "AR",
                 "Bv. Gálvez 2260", "(0342) 555-0121", "rrhh@clinicanuevasf.example"),
    ],
    signers=["Bioq. Marcela Inés Carranza", "Dr. Héctor Raúl Funes", "Lic. Andrea Verónica Toledo",
             "Cdor. Jorge Alberto Peralta"],
    curricula=[_cur("ar_lic_ac", "Licenciatura en Análisis Clínicos", "medical_laboratory_science", AR_LAC, True),
               _cur("ar_lic_bio", "Licenciatura en Ciencias Biológicas", "biology", AR_BIO),
               _cur("ar_lic_enf", "Licenciatura en Enfermería", "nursing", AR_ENF)],
    mls_curriculum="ar_lic_ac", science_curricula=["ar_lic_bio"], nonqualifying_curricula=["ar_lic_enf"],
    positions_mls=["Licenciado en Análisis Clínicos", "Técnico de Laboratorio de Análisis Clínicos"],
    positions_science=["Analista de Laboratorio", "Auxiliar de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(30, 42)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
)
K.register(PACK)
add_department_phrases("AR", {
    "blood_bank": ["Hemoterapia", "Inmunohematología y Banco de Sangre"], "chemistry": ["Química Clínica"],
    "hematology": ["Hematología"], "microbiology": ["Bacteriología", "Microbiología"],
    "immunology": ["Inmunoserología"], "urinalysis": ["Orina y Líquidos de Punción"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Extracciones"],
    "other": ["Endocrinología", "Citología"]})

TITLE_UP = {"ar_lic_ac": "LICENCIATURA EN ANÁLISIS CLÍNICOS", "ar_lic_bio": "LICENCIATURA EN CIENCIAS BIOLÓGICAS",
            "ar_lic_enf": "LICENCIATURA EN ENFERMERÍA"}
TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta"}


def es_count(n):
    if n < 30:
        return ES_UNITS[n]
    t, o = divmod(n, 10)
    return TENS[t] + (f" y {ES_UNITS[o]}" if o else "")


def nota_of(r):
    return max(4, min(10, round(4 + (r.score - 45) * 6.4 / 47)))


def history(s, rng):
    """[(r, year, date, nota, condición, libro/folio or resolution, hours printed)] in plan order."""
    rows = []
    libro = 10 + k(s, "libro") % 20
    equiv = set()
    if k(s, "ar-eq") % 10 < 4:
        first = [r.code for r in s.terms[0].results if r.spec.category != "mls_professional"]
        equiv = {first[k(s, "ar-eq2") % len(first)]}
    last_day = s.conferred - dt.timedelta(days=3)
    for t in s.terms:
        y0 = t.start_year
        for j, r in enumerate(t.results):
            n = nota_of(r)
            hrs = int(r.spec.credits)
            if r.code in equiv:
                when = dt.date(y0, 4, rng.randint(5, 28))
                res = f"Res. {rng.randint(100, 999)}/{y0 % 100:02d}"
                rows.append((r, t.year, when, n, "Equivalencia", res, hrs))
                continue
            if n >= 8 and "Practice" not in r.spec.title and "Project" not in r.spec.title and rng.random() < 0.45:
                cond = "Promocionado"
                when = dt.date(y0, rng.choice([7, 11]), rng.randint(1, 28))
            else:
                cond = "Libre" if rng.random() < 0.06 and hrs <= 64 else "Regular"
                when = rng.choice([dt.date(y0, 7, rng.randint(1, 28)), dt.date(y0, 12, rng.randint(1, 20)),
                                   dt.date(y0 + 1, 2, rng.randint(10, 28))])
            if t.year == s.curriculum.years and when > last_day:
                when = last_day - dt.timedelta(days=rng.randint(0, 120))
            if t is s.terms[-1] and j == len(t.results) - 1:   # the final work closes the degree
                when = last_day - dt.timedelta(days=rng.randint(0, 20))
            if cond == "Regular" and hrs < 300 and rng.random() < 0.14:       # an aplazo before the pass
                first = when - dt.timedelta(days=rng.choice([21, 28, 63, 140]))
                rows.append((r, t.year, first, rng.randint(1, 3), "Aplazado", f"{libro}/{rng.randint(1, 199):03d}",
                             None))
            rows.append((r, t.year, when, n, cond, f"{libro}/{rng.randint(1, 199):03d}", hrs))
            libro += 1 if rng.random() < 0.1 else 0
    return rows


def ar_certificado_analitico(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 46, LEGAL_PH[0] - 46
    name = f"{person.surname.upper()}, {person.given}"
    fem = person.sex == "F"
    xs = [L, L + 222, L + 250, L + 284, L + 340, L + 400, L + 462, R]
    rows = history(s, rng)
    serial = f"N° {k(s, 'ar-serial') % 90000 + 10000}"

    def new_page(n):
        p = Page(LEGAL_PH)
        p.text(R, 40, serial, "Courier-Bold", 10, "right")
        p.logo(L + 22, 60, 20, 1)
        y = 50
        p.text(p.w / 2, y, inst.name.upper(), FB, 13, "center"); y += 14
        p.text(p.w / 2, y, inst.extra["fac"], F, 10.5, "center"); y += 12
        p.text(p.w / 2, y, "Departamento de Alumnos - Área de Certificaciones", F, 9, "center"); y += 12
        y += 12
        if n == 1:
            p.text(p.w / 2, y, "CERTIFICADO ANALÍTICO", FB, 16, "center"); y += 22
            body = (f"{'La' if k(s, 'ar-sig') % 2 else 'El'} que suscribe CERTIFICA que "
                    f"{'la señorita' if fem else 'el señor'} {person.surname.upper()}, {person.given}, "
                    f"D.N.I. N° {s.student_no}, {'nacida' if fem else 'nacido'} el {D.dmy_slash(s.dob)}, "
                    f"ha aprobado las asignaturas que a continuación se detallan, correspondientes a la carrera de "
                    f"{TITLE_UP.get(cur.id, cur.title.upper())}, Plan de Estudios {inst.extra['plan']} "
                    f"(Res. {inst.extra['res']}), con las calificaciones y en las fechas que se indican:")
            y = p.paragraph(L, y, body, F, 10, R - L, 13.5) + 6
        else:
            p.text(L, y, f"CERTIFICADO ANALÍTICO {serial} (continuación) - {name}", F, 9); y += 14
        top = y - 10
        p.hline(L, R, top, 0.8)
        c = lambda i: (xs[i] + xs[i + 1]) / 2  # noqa: E731
        p.pieces(y, [(xs[0] + 4, "Asignatura", "left"), (c(1), "Año", "center"), (c(2), "Horas", "center"),
                     (c(3), "Fecha", "center"), (c(4), "Nota", "center"), (c(5), "Condición", "center"),
                     (c(6), "Libro/Folio", "center")], FB, 8.5)
        p.hline(L, R, y + 4, 0.8)
        p._top = top
        return p, y + 16

    def close(pg, yb):
        for x in xs:
            pg.vline(x, pg._top, yb, 0.5)
        pg.hline(L, R, yb, 0.8)

    fl = Flow(new_page, 60)
    out = []
    c = lambda i: (xs[i] + xs[i + 1]) / 2  # noqa: E731
    for r, yr, when, n, cond, lf, hrs in rows:
        lines = wrap(ES[r.spec.code], F, 8.5, xs[1] - xs[0] - 8)
        pg0, y0 = fl.page, fl.y
        if fl.need(11 * len(lines) + 2):
            close(pg0, y0 - 8)
        nota = f"{n} ({ES_UNITS[n]})"
        fl.page.pieces(fl.y, [(xs[0] + 4, lines[0], "left"), (c(1), f"{yr}°", "center"),
                              (c(2), str(hrs) if hrs else "-", "center"), (c(3), D.dmy_slash(when), "center"),
                              (c(4), nota, "center"), (c(5), cond, "center"), (c(6), lf, "center")], F, 8.5)
        for ln in lines[1:]:
            fl.y += 10
            fl.page.text(xs[0] + 10, fl.y, ln, F, 8.5)
        fl.y += 12
        out.append(course_truth(r, f"{yr}°", hrs or 0, nota, "hours", title=" ".join(lines), code=None,
                                condition=cond, exam_date=D.iso(when), hours_printed=hrs, title_en=r.spec.title))
    close(fl.page, fl.y - 8)
    passed = [x for x in rows if x[4] != "Aplazado"]
    con = sum(x[3] for x in rows) / len(rows)
    sin = sum(x[3] for x in passed) / len(passed)
    total_h = sum(x[6] for x in passed)
    fl.need(200)
    p, y = fl.page, fl.y + 8
    p.text(L, y, f"Total de asignaturas aprobadas: {len(passed)} ({es_count(len(passed))})", FB, 10); y += 14
    p.text(L, y, f"Promedio general con aplazos: {comma(con)} - sin aplazos: {comma(sin)}", FB, 10); y += 14
    p.text(L, y, f"Carga horaria total: {thousands_dot(total_h)} horas", FB, 10); y += 14
    p.text(L, y, f"Fecha de egreso: {D.dmy_slash(s.conferred - dt.timedelta(days=2))}", F, 10); y += 16
    y = p.paragraph(L, y, "Escala de calificaciones: 0 a 3 (aplazado); 4 (cuatro) aprobado; 10 (diez) sobresaliente. "
                    "Condición: Promocionado (sin examen final), Regular (examen final), Libre (examen libre), "
                    "Equivalencia (aprobada en otra carrera o institución, por resolución).", F, 8, R - L, 10) + 6
    issued = s.conferred + dt.timedelta(days=rng.randint(20, 60))
    y = p.paragraph(L, y, f"A pedido {'de la interesada' if fem else 'del interesado'} y para ser presentado ante "
                    f"quien corresponda, se extiende el presente en la ciudad de {inst.city}, el "
                    f"{D.dmy_slash(issued)}.", F, 10, R - L, 13.5)
    yb = min(p.h - 60, y + 80)
    for x, t in ((L + 90, "Jefe/a Departamento Alumnos"), (R - 90, "Secretario/a Académico/a")):
        p.signature(x - 50, yb - 12, 100, rng)
        p.hline(x - 80, x + 80, yb - 8, 0.5)
    p.pieces(yb, [(L + 90, "Jefe/a Departamento Alumnos", "center"), (R - 90, "Secretario/a Académico/a", "center")],
             F, 9)
    p.seal(p.w / 2, yb - 20, 28, 0.5)
    if len(fl.pages) > 1:
        for i, pg in enumerate(fl.pages, 1):
            pg.text(pg.w / 2, pg.h - 28, f"Hoja {i} de {len(fl.pages)}", F, 8, "center")
    return LayoutResult("transcript", "ar_certificado_analitico", FAMILY, fl.pages, [name], out, "hours",
                        {"prints_totals": True, "promedio": [round(con, 2), round(sin, 2)], "total_hours": total_h})


TRANSCRIPT_LAYOUTS = {"ar_certificado_analitico": (ar_certificado_analitico, FAMILY, ("AR",))}
