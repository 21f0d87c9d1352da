"""Writer J, round 5: Ecuador. Country pack (Licenciatura en Laboratorio Clínico, nine levels; Licenciatura
en Biología; Licenciatura en Enfermería) and a university's "RÉCORD ACADÉMICO": ONE landscape table
`Periodo | Código | Asignatura | Nivel | Créditos | Horas | Nota Final | Asist. % | Estado | Matrícula` with
the period ("ABR 2016 - AGO 2016", "OCT 2016 - FEB 2017") on every row, the level 1..9, grades over 10 with
comma decimals (pass mark 7,00), "APROBADA"/"REPROBADA", the enrolment "1ra"/"2da" (one course failed and
passed in its second enrolment the next period, under its own level), and at the end "Créditos aprobados:
216 — Promedio general: 8,47" (credit-weighted mean of the approved grades). Spanish titles only (the truth
title is the Spanish one; the English is kept as `title_en`). 1 crédito = 16 hours = 1 SH (system
`semester`); the failed attempt earned no credit: truth credits 0 with `credits_printed`."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LANDSCAPE_A4, Page, fit_size
from .r5_j_common import FAMILY, add_department_phrases, comma, course_truth, key, parse

ES = {}

EC_LAB = """
## 1 S1
LCL0101 | Biología Celular y Molecular | Cell and Molecular Biology | 5 | B
LCL0102 | Química General | General Chemistry | 5 | C
LCL0103 | Matemática | Mathematics | 4 | M
LCL0104 | Física Aplicada | Applied Physics | 3 | O
LCL0105 | Lenguaje y Comunicación | Language and Communication | 3 | O
LCL0106 | Realidad Nacional | National Reality | 2 | O
## 1 S2
LCL0201 | Química Orgánica | Organic Chemistry | 5 | C
LCL0202 | Anatomía Humana | Human Anatomy | 5 | B
LCL0203 | Bioestadística | Biostatistics | 4 | M
LCL0204 | Histología | Histology | 4 | B
LCL0205 | Informática Aplicada | Applied Computing | 3 | O
LCL0206 | Inglés I | English I | 3 | O
## 2 S1
LCL0301 | Bioquímica I | Biochemistry I | 5 | C
LCL0302 | Fisiología Humana | Human Physiology | 5 | B
LCL0303 | Microbiología General | General Microbiology | 5 | B
LCL0304 | Genética Humana | Human Genetics | 4 | B
LCL0305 | Inglés II | English II | 3 | O
LCL0306 | Epidemiología | Epidemiology | 3 | O
## 2 S2
LCL0401 | Bioquímica II | Biochemistry II | 5 | C
LCL0402 | Química Analítica | Analytical Chemistry | 4 | C
LCL0403 | Parasitología I | Parasitology I | 4 | P
LCL0404 | Inmunología | Immunology | 4 | ?B
LCL0405 | Bioseguridad | Biosafety | 3 | O
LCL0406 | Fisiopatología | Pathophysiology | 3 | O
## 3 S1
LCL0501 | Hematología I | Hematology I | 5 | P
LCL0502 | Bacteriología Clínica | Clinical Bacteriology | 5 | ?P
LCL0503 | Parasitología II | Parasitology II | 4 | P
LCL0504 | Química Clínica I | Clinical Chemistry I | 5 | P
LCL0505 | Metodología de la Investigación | Research Methodology | 3 | O
LCL0506 | Ética Profesional | Professional Ethics | 2 | O
## 3 S2
LCL0601 | Hematología II | Hematology II | 5 | P
LCL0602 | Química Clínica II | Clinical Chemistry II | 5 | P
LCL0603 | Micología | Mycology | 4 | ?B
LCL0604 | Virología | Virology | 4 | ?B
LCL0605 | Uroanálisis y Líquidos Biológicos | Urinalysis and Body Fluids | 4 | P
LCL0606 | Control de Calidad en el Laboratorio | Laboratory Quality Control | 3 | ?P
## 4 S1
LCL0701 | Inmunohematología y Banco de Sangre | Immunohematology and Blood Bank | 5 | P
LCL0702 | Inmunología Clínica | Clinical Immunology | 4 | ?P
LCL0703 | Biología Molecular Aplicada | Applied Molecular Biology | 4 | B
LCL0704 | Citología e Histotecnología | Cytology and Histotechnology | 4 | ?P
LCL0705 | Gestión de Laboratorio | Laboratory Management | 3 | P
LCL0706 | Diseño de Proyectos de Investigación | Research Project Design | 3 | O
## 4 S2
LCL0801 | Internado Rotativo I (Química Clínica y Hematología) | Rotating Internship I (Clinical Chemistry and Hematology) | 12 | P | chemistry,hematology
LCL0802 | Toxicología Clínica | Clinical Toxicology | 4 | ?P
LCL0803 | Seminario de Titulación | Degree Seminar | 3 | O
## 5 S1
LCL0901 | Internado Rotativo II (Microbiología y Banco de Sangre) | Rotating Internship II (Microbiology and Blood Bank) | 12 | P | microbiology,blood_bank
LCL0902 | Trabajo de Titulación | Degree Thesis | 8 | O
LCL0903 | Vinculación con la Sociedad | Community Outreach | 3 | O
"""

EC_BIO = """
## 1 S1
BIO0101 | Biología General | General Biology | 5 | B
BIO0102 | Química General | General Chemistry | 5 | C
BIO0103 | Matemática | Mathematics | 4 | M
## 1 S2
BIO0201 | Química Orgánica | Organic Chemistry | 5 | C
BIO0202 | Botánica General | General Botany | 5 | B
BIO0203 | Bioestadística | Biostatistics | 4 | M
## 2 S1
BIO0301 | Zoología de Invertebrados | Invertebrate Zoology | 5 | B
BIO0302 | Bioquímica | Biochemistry | 5 | C
## 2 S2
BIO0401 | Microbiología | Microbiology | 5 | B
BIO0402 | Genética | Genetics | 5 | B
## 3 S1
BIO0501 | Fisiología Animal | Animal Physiology | 5 | B
BIO0502 | Ecología | Ecology | 4 | ?B
## 3 S2
BIO0601 | Biología Molecular | Molecular Biology | 5 | B
BIO0602 | Evolución | Evolution | 4 | ?B
## 4 S1
BIO0701 | Inmunología | Immunology | 4 | B
BIO0702 | Biotecnología | Biotechnology | 4 | ?B
## 4 S2
BIO0801 | Trabajo de Titulación | Degree Thesis | 8 | O
"""

EC_ENF = """
## 1 S1
ENF0101 | Anatomía y Fisiología | Anatomy and Physiology | 5 | B
ENF0102 | Fundamentos de Enfermería | Fundamentals of Nursing | 5 | O
## 1 S2
ENF0201 | Bioquímica | Biochemistry | 4 | C
ENF0202 | Enfermería Básica | Basic Nursing | 6 | O
## 2 S1
ENF0301 | Farmacología | Pharmacology | 4 | O
ENF0302 | Enfermería Médico Quirúrgica I | Medical-Surgical Nursing I | 6 | O
## 2 S2
ENF0401 | Enfermería Médico Quirúrgica II | Medical-Surgical Nursing II | 6 | O
## 3 S1
ENF0501 | Enfermería Materno Infantil | Maternal and Child Nursing | 6 | O
## 3 S2
ENF0601 | Enfermería Pediátrica | Pediatric Nursing | 6 | O
## 4 S1
ENF0701 | Enfermería Comunitaria | Community Nursing | 6 | O
## 4 S2
ENF0801 | Internado de Enfermería | Nursing Internship | 12 | O
"""

CARRERA = {"ec_lic_labclin": "LABORATORIO CLÍNICO", "ec_lic_bio": "BIOLOGÍA", "ec_lic_enf": "ENFERMERÍA"}
FACULTAD = {"ec_lic_labclin": "FACULTAD DE CIENCIAS MÉDICAS", "ec_lic_bio": "FACULTAD DE CIENCIAS BIOLÓGICAS",
            "ec_lic_enf": "FACULTAD DE CIENCIAS DE LA SALUD"}


def _cur(cid, title, fld, table, clin=False):
    return C.Curriculum(cid, "EC", title, "bachelor", 4, fld, "semester", parse(table, ES), 4, 9,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="EC", name="Ecuador",
    given={"F": ["María", "Gabriela", "Andrea", "Daniela", "Karina", "Estefanía", "Verónica", "Paola", "Lorena"],
           "M": ["Juan", "Carlos", "Luis", "Diego", "Andrés", "Santiago", "Jorge", "Fernando", "Byron"]},
    surnames=["Guamán Pillajo", "Quishpe Toapanta", "Chiriboga Salazar", "Andrade Villacís", "Cevallos Mora",
              "Paredes Yánez", "Tipán Simbaña", "Benalcázar Ruiz", "Castillo Loor", "Zambrano Intriago",
              "Morocho Sanmartín", "Vélez Cedeño"],
    middle={"F": ["José", "Fernanda", "Alejandra", "Belén", "Elizabeth", "Cristina"],
            "M": ["Pablo", "Sebastián", "Javier", "Xavier", "Patricio", "Marcelo"]},
    institutions=[
        Institution("Universidad Andina del Pichincha", "Quito", "Pichincha", "EC",
                    "Av. de las Américas N34-120 y Mañosca", ("ec_lic_labclin", "ec_lic_bio", "ec_lic_enf"),
                    extra={"short": "UAP"}),
        Institution("Universidad Estatal del Litoral Sur", "Guayaquil", "Guayas", "EC",
                    "Km 4,5 vía a la Costa", ("ec_lic_labclin", "ec_lic_enf"), extra={"short": "UELS"}),
        Institution("Universidad Técnica de los Volcanes", "Riobamba", "Chimborazo", "EC",
                    "Av. Antonio José de Sucre, Km 1,5", ("ec_lic_labclin", "ec_lic_bio"), extra={"short": "UTV"}),
    ],
    employers=[
        Employer("Hospital General Quitumbe Sur", "Quito", "Pichincha", "EC",
                 "Av. Cóndor Ñan S39-55 y Guayanay Ñan", "+593 2 700 0142", "talentohumano@hgqs.example"),
        Employer("Laboratorio Clínico Pichincha Diagnóstica", "Quito", "Pichincha", "EC",
                 "Av. 10 de Agosto N21-88 y Carrión", "+593 2 700 0177", "rrhh@pichincha-dx.example", "lab"),
        Employer("Hospital del Río Guayas", "Guayaquil", "Guayas", "EC",
                 "Av. Pedro Menéndez Gilbert s/n", "+593 4 700 0133", "personal@hriog.example"),
        Employer("Clínica Chimborazo Andina", "Riobamba", "Chimborazo", "EC",
                 "Av. Daniel León Borja 33-14", "+593 3 700 0160", "administracion@chimborazo-andina.example",
                 "clinic"),
    ],
    signers=["Dra. Patricia Eugenia Salvador Recalde", "Mgs. Wilson Patricio Ortiz Coello",
             "Lcda. Mónica Alexandra Vaca Endara", "Dr. Hernán Gustavo Carrera Lasso"],
    curricula=[_cur("ec_lic_labclin", "Licenciatura en Laboratorio Clínico", "medical_laboratory_science",
                    EC_LAB, True),
               _cur("ec_lic_bio", "Licenciatura en Biología", "biology", EC_BIO),
               _cur("ec_lic_enf", "Licenciatura en Enfermería", "nursing", EC_ENF)],
    mls_curriculum="ec_lic_labclin", science_curricula=["ec_lic_bio"], nonqualifying_curricula=["ec_lic_enf"],
    positions_mls=["Licenciado en Laboratorio Clínico", "Tecnólogo Médico de Laboratorio", "Analista de Laboratorio"],
    positions_science=["Auxiliar de Laboratorio", "Analista de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.choice([17, 17, 9, 6, 5, 10])}{rng.randint(10 ** 7, 10 ** 8 - 1)}",
)
K.register(PACK)
add_department_phrases("EC", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica", "Bioquímica"],
    "hematology": ["Hematología"], "microbiology": ["Microbiología"], "immunology": ["Inmunología"],
    "urinalysis": ["Uroanálisis"], "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"],
    "other": ["Parasitología", "Citología"]})

MON = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def period(t):
    return f"ABR {t.start_year} - AGO {t.start_year}" if t.key == "S1" else f"OCT {t.start_year} - FEB {t.start_year + 1}"


def nota(r):
    """Grade over 10 in hundredths (7,00 .. 10,00)."""
    return min(1000, 700 + (r.score - 45) * 260 // 47 + (r.score * 7) % 9)


def ec_rows(s):
    """Rows in print order: (term, level, result, grade_hundredths, attendance, approved, enrolment)."""
    terms = list(s.terms)
    cand = [(r.score, i, j) for i, t in enumerate(terms[:-2]) if i >= 1 for j, r in enumerate(t.results)]
    fail = min(cand) if cand and min(cand)[0] < 60 else None
    rows = []
    carry = None
    for i, t in enumerate(terms):
        if carry:
            r, lvl = carry
            rows.append((t, lvl, r, 700 + key(s, r.code) % 60, 85 + key(s, "a" + r.code) % 12, True, "2da"))
            carry = None
        for j, r in enumerate(t.results):
            att = 80 + key(s, "att" + r.code) % 21
            if fail and (i, j) == fail[1:]:
                rows.append((t, i + 1, r, 400 + key(s, r.code) % 290, 70 + key(s, r.code) % 15, False, "1ra"))
                carry = (r, i + 1)
                continue
            rows.append((t, i + 1, r, nota(r), att, True, "1ra"))
    return rows


def ec_totals(s):
    ok = [(int(r.spec.credits), n) for _, _, r, n, _, a, _ in ec_rows(s) if a]
    cr = sum(c for c, _ in ok)
    return cr, (sum(c * n for c, n in ok) * 2 + cr) // (2 * cr)


def ec_name(person):
    return name_form(person, "surname_first_nocomma")


def ec_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = LANDSCAPE_A4
    L, R = 30, W - 30
    # column: (x, align, width)
    cols = [(L + 3, "left", 76), (L + 84, "left", 48), (L + 136, "left", 282), (L + 436, "center", 26),
            (L + 478, "center", 36), (L + 522, "center", 36), (L + 574, "center", 44), (L + 626, "center", 40),
            (L + 690, "center", 58), (L + 752, "center", 40)]
    heads = ["Periodo", "Código", "Asignatura", "Nivel", "Créditos", "Horas", "Nota Final", "Asist. %", "Estado",
             "Matrícula"]
    name = ec_name(person)
    fs, lh = 7.6, 11.2
    pages = []

    def new_page():
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        y = 36
        p.logo(L + 30, 52, 20, 1)
        p.text(W / 2, y, inst.name.upper(), FB, 13, "center"); y += 13
        p.text(W / 2, y, FACULTAD[cur.id], FB, 9.5, "center"); y += 11
        p.text(W / 2, y, f"CARRERA DE {CARRERA[cur.id]}", F, 9, "center"); y += 11
        p.text(W / 2, y, "SECRETARÍA GENERAL", F, 8.5, "center"); y += 18
        p.text(W / 2, y, "RÉCORD ACADÉMICO", FB, 12, "center"); y += 16
        p.pieces(y, [(L, f"Estudiante: {name}", "left"), (L + 380, f"Cédula: {s.student_no}", "left"),
                     (R, f"Modalidad: Presencial", "right")], F, 8.5); y += 11
        if len(pages) == 1:
            p.pieces(y, [(L, f"Carrera: {CARRERA[cur.id]}", "left"),
                         (L + 380, f"Fecha de ingreso: {s.admitted.day:02d}/{s.admitted.month:02d}/{s.admitted.year}",
                          "left")], F, 8.5); y += 11
        y += 6
        p.rect(L, y - 9, R - L, 13, 0.6, 0.0, fill=0.85)
        p.pieces(y, [(c[0], h, c[1]) for c, h in zip(cols, heads)], FB, 7.8)
        return p, y + 14

    p, y = new_page()
    top = y - 23
    out, lines_y = [], []
    rows = ec_rows(s)
    prev = None
    for t, lvl, r, n, att, ok, mat in rows:
        if y > H - 52:
            p.rect(L, top, R - L, y - top - 8, 0.6)
            p, y = new_page()
            top = y - 23
            prev = None
        per = period(t)
        if prev and prev != per:
            p.hline(L, R, y - 8.5, 0.3, 0.4)
        prev = per
        title = ES[r.spec.code]
        vals = [per, r.code, title, str(lvl), str(int(r.spec.credits)), str(int(r.spec.credits) * 16), comma(n / 100),
                str(att), "APROBADA" if ok else "REPROBADA", mat]
        p.pieces(y, [(c[0], v, c[1], F, fit_size(v, F, fs, c[2], 5.5)) for c, v in zip(cols, vals)], F, fs)
        extra = {"title_en": r.spec.title, "level": lvl, "attendance": att, "enrolment": mat,
                 "status": vals[8]}
        if ok:
            out.append(course_truth(r, per, r.spec.credits, comma(n / 100), "semester", title=title, **extra))
        else:
            out.append(course_truth(r, per, 0, comma(n / 100), "semester", title=title,
                                    credits_printed=int(r.spec.credits), **extra))
        y += lh
    p.rect(L, top, R - L, y - top - 8, 0.6)
    cr, prom = ec_totals(s)
    if y > H - 120:
        p, y = new_page()
    y += 8
    p.text(L, y, f"Créditos aprobados: {cr} — Promedio general: {comma(prom / 100)}", FB, 10); y += 14
    d = s.conferred
    p.text(L, y, f"Título obtenido: {'LICENCIADA' if person.sex == 'F' else 'LICENCIADO'} EN {CARRERA[cur.id]}"
           f" — Fecha de grado: {d.day:02d}/{d.month:02d}/{d.year}", F, 8.5); y += 11
    p.text(L, y, "Escala de calificaciones: 0,00 a 10,00; nota mínima de aprobación 7,00; asistencia mínima 70 %. "
           "1 crédito = 16 horas.", F, 7.5)
    yb = H - 40
    p.signature(L + 60, yb - 12, 90, rng)
    p.signature(R - 200, yb - 12, 90, rng)
    p.circle(W / 2, yb - 16, 24, 0.9, 0.5)
    p.pieces(yb, [(L + 100, "SECRETARIA GENERAL", "center"), (R - 150, "DECANO DE LA FACULTAD", "center")], FB, 8)
    for i, pg in enumerate(pages, 1):
        pg.text(R, H - 16, f"Pág. {i} de {len(pages)}", F, 7.5, "right")
    return LayoutResult("transcript", "ec_record_academico", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": f"{d.day:02d}/{d.month:02d}/{d.year}", "prints_totals": True,
                         "promedio": prom / 100})


TRANSCRIPT_LAYOUTS = {"ec_record_academico": (ec_transcript, FAMILY, ("EC",))}
