"""Writer F, round 3: Mexico. Country pack (Químico Bacteriólogo Parasitólogo, 5 years, 10
semesters; Licenciatura en Biología; Licenciatura en Enfermería; Mexican credits, 2 credits per
weekly lecture hour = credit system "mx", SH = credits / 2) and the "CERTIFICADO DE ESTUDIOS /
KARDEX" in Spanish: `Clave | Asignatura | Créditos | Calificación | (con letra) | Periodo | Tipo
de examen` (ORD / EXT), grades 5-10 (pass >= 6) or "AC" (acreditada), semester captions,
"Promedio general: 8.9", "Créditos cubiertos: 420 de 420 (100%)", CURP, legal text."""

import zlib

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LETTER, Flow, Page, wrap
from .r3_f_common import FAMILY, add_department_phrases, course_truth, parse

MX_QBP = """
## 1 S1
QB101 | Química General | General Chemistry | 10 | C
QB102 | Biología Celular | Cell Biology | 8 | B
QB103 | Matemáticas I | Mathematics I | 8 | M
QB104 | Física I | Physics I | 8 | O
QB105 | Metodología de la Investigación | Research Methodology | 4 | O
## 1 S2
QB106 | Química Orgánica I | Organic Chemistry I | 10 | C
QB107 | Matemáticas II (Cálculo) | Calculus | 8 | M
QB108 | Física II | Physics II | 8 | O
QB109 | Anatomía Humana | Human Anatomy | 8 | B
QB110 | Inglés Técnico I | Technical English I | 4 | O
## 2 S1
QB201 | Química Orgánica II | Organic Chemistry II | 10 | C
QB202 | Química Analítica Cualitativa | Qualitative Analytical Chemistry | 10 | C
QB203 | Fisiología Humana | Human Physiology | 8 | B
QB204 | Bioestadística | Biostatistics | 6 | M
## 2 S2
QB205 | Química Analítica Cuantitativa | Quantitative Analytical Chemistry | 10 | C
QB206 | Bioquímica General | Biochemistry | 10 | C
QB207 | Histología | Histology | 8 | ?B
QB208 | Fisicoquímica | Physical Chemistry | 8 | C
## 3 S1
QB301 | Microbiología General | General Microbiology | 10 | B
QB302 | Bioquímica Metabólica | Metabolic Biochemistry | 8 | C
QB303 | Análisis Instrumental | Instrumental Analysis | 8 | C
QB304 | Genética | Genetics | 8 | B
## 3 S2
QB305 | Bacteriología Médica | Medical Bacteriology | 10 | ?P
QB306 | Inmunología General | Immunology | 8 | B
QB307 | Farmacología | Pharmacology | 6 | O
QB308 | Fisiopatología | Pathophysiology | 8 | ?B
## 4 S1
QB401 | Parasitología Médica | Medical Parasitology | 10 | ?P
QB402 | Química Clínica I | Clinical Chemistry I | 10 | P
QB403 | Hematología I | Hematology I | 10 | P
QB404 | Micología Médica | Medical Mycology | 6 | ?P
## 4 S2
QB405 | Química Clínica II | Clinical Chemistry II | 10 | P
QB406 | Hematología II | Hematology II | 10 | P
QB407 | Inmunología Clínica | Clinical Immunology | 8 | ?P
QB408 | Virología | Virology | 6 | ?B
## 5 S1
QB501 | Inmunohematología y Banco de Sangre | Immunohematology and Blood Bank | 10 | P
QB502 | Uroanálisis y Líquidos Corporales | Urinalysis and Body Fluids | 8 | P
QB503 | Biología Molecular Diagnóstica | Molecular Diagnostics | 8 | ?P
QB504 | Control de Calidad en el Laboratorio Clínico | Laboratory Quality Control | 6 | P
## 5 S2
QB505 | Práctica Profesional en Laboratorio Clínico | Clinical Laboratory Practicum | 20 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
QB506 | Administración del Laboratorio | Laboratory Management | 6 | P
QB507 | Servicio Social | Social Service | 12 | O
QB508 | Seminario de Titulación | Thesis Seminar | 6 | O
"""

MX_BIO = """
## 1 S1
BI101 | Química General | General Chemistry | 10 | C
BI102 | Biología General | General Biology | 10 | B
BI103 | Matemáticas I | Mathematics I | 8 | M
## 1 S2
BI104 | Química Orgánica | Organic Chemistry | 10 | C
BI105 | Zoología de Invertebrados | Invertebrate Zoology | 10 | B
## 2 S1
BI201 | Botánica | Botany | 10 | B
BI202 | Bioestadística | Biostatistics | 8 | M
## 2 S2
BI203 | Bioquímica | Biochemistry | 10 | C
BI204 | Genética | Genetics | 10 | B
## 3 S1
BI301 | Microbiología | Microbiology | 10 | B
BI302 | Ecología | Ecology | 8 | ?B
## 3 S2
BI303 | Biología Molecular | Molecular Biology | 10 | B
BI304 | Fisiología Animal | Animal Physiology | 10 | B
## 4 S1
BI401 | Evolución | Evolution | 8 | ?B
BI402 | Inmunología | Immunology | 8 | B
## 4 S2
BI403 | Biología del Desarrollo | Developmental Biology | 8 | B
## 5 S1
BI501 | Servicio Social | Social Service | 12 | O
## 5 S2
BI502 | Seminario de Tesis | Thesis Seminar | 10 | O
"""

MX_ENF = """
## 1 S1
EN101 | Anatomía y Fisiología I | Anatomy and Physiology I | 10 | B
EN102 | Fundamentos de Enfermería | Foundations of Nursing | 10 | O
## 1 S2
EN103 | Anatomía y Fisiología II | Anatomy and Physiology II | 10 | B
## 2 S1
EN201 | Farmacología | Pharmacology | 8 | O
## 2 S2
EN202 | Enfermería Médico-Quirúrgica I | Medical-Surgical Nursing I | 12 | O
## 3 S1
EN301 | Enfermería Materno Infantil | Maternal and Child Nursing | 12 | O
## 3 S2
EN302 | Enfermería en Salud Mental | Mental Health Nursing | 10 | O
## 4 S1
EN401 | Enfermería Comunitaria | Community Nursing | 10 | O
## 4 S2
EN402 | Administración de los Servicios de Enfermería | Nursing Management | 10 | O
## 5 S1
EN501 | Práctica Clínica Integral | Integrated Clinical Practice | 20 | O
## 5 S2
EN502 | Servicio Social | Social Service | 12 | O
"""

LOCAL = {}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "MX", title, "bachelor", 5, field, "mx", parse(table, LOCAL), 8, 6,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="MX", name="Mexico",
    given={"F": ["María Fernanda", "Ana Karen", "Guadalupe", "Daniela", "Mariana", "Itzel", "Ximena",
                 "Alejandra", "Brenda", "Paola"],
           "M": ["José Luis", "Luis Ángel", "Jesús", "Juan Carlos", "Diego Armando", "Ricardo", "Emiliano",
                 "Fernando", "Alan", "Miguel Ángel"]},
    surnames=["Hernández López", "García Martínez", "Ramírez Cruz", "Sánchez Flores", "González Reyes",
              "Pérez Morales", "Torres Jiménez", "Rodríguez Vázquez", "Mendoza Castillo", "Ortiz Guzmán",
              "Chávez Ruiz", "Aguilar Salinas"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad Autónoma del Valle de Anáhuac", "Ciudad de México", "CDMX", "MX",
                    "Av. Insurgentes Sur 3200, Coyoacán, C.P. 04510", ("mx_qbp", "mx_bio", "mx_enf"),
                    extra={"fac": "Facultad de Ciencias Químico-Biológicas"}),
        Institution("Universidad Autónoma de la Sierra Tarahumara", "Chihuahua", "Chihuahua", "MX",
                    "Circuito Universitario 1, Campus II, C.P. 31125", ("mx_qbp", "mx_enf"),
                    extra={"fac": "Facultad de Ciencias Químicas"}),
        Institution("Universidad Veracruzana del Golfo", "Xalapa", "Veracruz", "MX",
                    "Circuito Gonzalo Aguirre Beltrán s/n, Zona Universitaria, C.P. 91090", ("mx_qbp", "mx_bio"),
                    extra={"fac": "Facultad de Bioanálisis"}),
    ],
    employers=[
        Employer("Laboratorio de Análisis Clínicos Biomédica del Centro, S.A. de C.V.", "Ciudad de México", "CDMX", "MX",
                 "Av. Cuauhtémoc 1120, Col. Narvarte, C.P. 03020", "55 5550 0142", "rh@biomedicacentro.example", "lab"),
        Employer("Hospital General Regional Santa Fe de Occidente", "Guadalajara", "Jalisco", "MX",
                 "Av. Federalismo Norte 2600, C.P. 44270", "33 5550 0178", "recursoshumanos@hgrsfo.example"),
        Employer("Laboratorios Clínicos Diagnóstica del Norte", "Chihuahua", "Chihuahua", "MX",
                 "Calle Ojinaga 815, Col. Centro, C.P. 31000", "614 555 0193", "personal@diagnorte.example", "lab"),
        Employer("Clínica Hospital San Rafael de Xalapa", "Xalapa", "Veracruz", "MX",
                 "Av. Ávila Camacho 431, C.P. 91000", "228 555 0121", "rh@sanrafaelxalapa.example"),
    ],
    signers=["Q.F.B. Laura Patricia Gómez Ríos", "Lic. Jorge Alberto Medina Soto", "Dra. Silvia Elena Navarro Paz",
             "Lic. Rosa María Cortés Ibarra"],
    curricula=[_cur("mx_qbp", "Químico Bacteriólogo Parasitólogo", "medical_laboratory_science", MX_QBP, True),
               _cur("mx_bio", "Licenciatura en Biología", "biology", MX_BIO),
               _cur("mx_enf", "Licenciatura en Enfermería", "nursing", MX_ENF)],
    mls_curriculum="mx_qbp", science_curricula=["mx_bio"], nonqualifying_curricula=["mx_enf"],
    positions_mls=["Químico Analista", "Químico Bacteriólogo Parasitólogo", "Químico Clínico"],
    positions_science=["Auxiliar de Laboratorio", "Laboratorista"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10000, 99999)}",
)
K.register(PACK)
add_department_phrases("MX", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología", "Bacteriología"], "immunology": ["Inmunología"],
    "urinalysis": ["Uroanálisis"], "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"],
    "other": ["Parasitología"]})

LETRA = {5: "CINCO", 6: "SEIS", 7: "SIETE", 8: "OCHO", 9: "NUEVE", 10: "DIEZ"}
ORD = ["PRIMER", "SEGUNDO", "TERCER", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO", "DÉCIMO"]
AC_TITLES = ("Servicio Social", "Inglés Técnico I", "Seminario de Titulación")


def mx_result(r):
    """(printed grade, words, exam type); AC courses have no numeric grade."""
    if LOCAL[r.spec.code] in AC_TITLES:
        return "AC", "ACREDITADA", "ORD"
    g = max(6, min(10, 6 + round((r.score - 45) * 4.7 / 47)))
    ext = zlib.crc32(f"{r.spec.code}{r.score}".encode()) % 9 == 0 and g <= 7
    return str(g), LETRA[g], "EXT" if ext else "ORD"


def mx_promedio(s):
    gs = [int(mx_result(r)[0]) for t in s.terms for r in t.results if mx_result(r)[0] != "AC"]
    return sum(gs) / len(gs)


def periodo(t):
    return f"AGO-DIC {t.start_year}" if t.key == "S1" else f"ENE-JUN {t.start_year + 1}"


def curp(person, s):
    a = "".join(c for c in person.surname.upper() if c.isalpha())
    n = zlib.crc32(person.full.encode())
    return (f"{a[:2]}X{person.given[0].upper()}{s.dob.strftime('%y%m%d')}{'M' if person.sex == 'F' else 'H'}"
            f"DF{'RLNTS'[n % 5]}{'ABCDE'[n // 5 % 5]}{n % 10}{n // 10 % 10}{n // 100 % 10}").replace("Á", "A")


def mx_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 40, LETTER[0] - 40
    name = f"{person.surname.upper()} {person.given.upper()}"
    cols = [L + 2, L + 44, L + 268, L + 310, L + 340, L + 392, R - 20]

    def new_page(n):
        p = Page(LETTER)
        p.logo(L + 20, 48, 20, 1, 0.3)
        p.text(p.w / 2 + 10, 40, inst.name.upper(), FB, 12, "center")
        p.text(p.w / 2 + 10, 53, inst.extra["fac"], F, 9, "center")
        p.text(p.w / 2 + 10, 64, "Dirección de Administración Escolar", F, 8.5, "center")
        p.text(p.w / 2 + 10, 82, "CERTIFICADO DE ESTUDIOS (KARDEX)", FB, 11.5, "center")
        y = 100
        p.pieces(y, [(L, f"Nombre: {name}", "left"), (R, f"Matrícula: {s.student_no}", "right")], F, 8.5); y += 11
        p.pieces(y, [(L, f"CURP: {curp(person, s)}", "left"), (R, "Plan de estudios: 2012", "right")], F, 8.5); y += 11
        p.text(L, y, f"Carrera: {cur.title.upper()} (Nivel Licenciatura)", F, 8.5); y += 8
        p.hline(L, R, y, 0.8); y += 11
        p.pieces(y, [(cols[0], "Clave", "left"), (cols[1], "Asignatura", "left"), (cols[2] + 10, "Créditos", "center"),
                     (cols[3] + 18, "Calificación", "center"), (cols[5] + 4, "Periodo", "left"), (cols[6], "Tipo de", "center")], FB, 7.5)
        y += 8.5
        p.pieces(y, [(cols[3] + 18, "Núm. / Letra", "center"), (cols[6], "examen", "center")], FB, 7.5)
        p.hline(L, R, y + 3, 0.5)
        return p, y + 15

    fl = Flow(new_page, 64)
    out = []
    for i, t in enumerate(s.terms):
        label = f"{ORD[i]} SEMESTRE"
        fl.need(24 + 10 * 2)
        fl.page.text(cols[1], fl.y, label, FB, 8)
        fl.y += 11
        for r in t.results:
            loc = LOCAL[r.spec.code].upper()
            lines = wrap(loc, F, 7.5, cols[2] - cols[1] - 14)
            fl.need(10 * len(lines))
            g, letra, tipo = mx_result(r)
            fl.page.pieces(fl.y, [(cols[0], r.code, "left"), (cols[1], lines[0], "left"),
                                  (cols[2] + 10, str(int(r.spec.credits)), "center"), (cols[3] + 4, g, "center"),
                                  (cols[4], letra, "left"), (cols[5] + 4, periodo(t), "left"), (cols[6], tipo, "center")],
                           F, 7.5)
            for ln in lines[1:]:
                fl.y += 9
                fl.page.text(cols[1] + 6, fl.y, ln, F, 7.5)
            fl.y += 10
            out.append(course_truth(r, label, r.spec.credits, g, "mx", title=" ".join(lines),
                                    grade_words=letra, exam_type=tipo, period=periodo(t)))
        fl.y += 4
    tot = int(sum(r.spec.credits for t in s.terms for r in t.results))
    fl.need(200)
    p, y = fl.page, fl.y + 6
    p.hline(L, R, y - 10, 0.8)
    p.spaced(L, y, [f"Promedio general: {mx_promedio(s):.1f}", f"Créditos cubiertos: {tot} de {tot} (100%)"], FB, 9, 40)
    y += 13
    p.text(L, y, f"Situación: {'EGRESADA - TITULADA' if person.sex == 'F' else 'EGRESADO - TITULADO'}", F, 8.5); y += 14
    for ln in ["Escala de calificaciones de 5 (cinco) a 10 (diez); la mínima aprobatoria es 6 (seis). AC: Acreditada. "
               "ORD: examen ordinario; EXT: examen extraordinario.",
               "El presente certificado ampara la totalidad de los créditos del plan de estudios y no es válido si "
               "presenta raspaduras o enmendaduras."]:
        for w in wrap(ln, F, 7.5, R - L):
            p.text(L, y, w, F, 7.5); y += 9.5
    y += 8
    m = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"][s.conferred.month - 1]
    p.text(L, y, f"Se extiende el presente en {inst.city}, a los {s.conferred.day} días del mes de {m} de "
           f"{s.conferred.year}.", F, 8.5)
    yb = p.h - 80
    p.signature(L + 20, yb - 4, 120, rng)
    p.hline(L, L + 200, yb, 0.5)
    p.text(L + 100, yb + 10, rng.choice(PACK.signers[1:]), F, 8, "center")
    p.text(L + 100, yb + 20, "Director(a) de Administración Escolar", F, 8, "center")
    p.rect(R - 90, yb - 80, 70, 88, 0.6, 0.3)
    p.seal(R - 150, yb - 30, 34, 0.45)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 26, f"Hoja {i} de {len(fl.pages)}", F, 7, "center")
    return LayoutResult("transcript", "mx_certificado_kardex", FAMILY, fl.pages, [name], out, "mx",
                        {"conferred_printed": f"{s.conferred.day} de {m} de {s.conferred.year}"})


TRANSCRIPT_LAYOUTS = {"mx_certificado_kardex": (mx_transcript, FAMILY, ("MX",))}
