"""Writer O, round 7: Dominican Republic. Country pack (Licenciatura en Bioanálisis, 4 years of
three four-month "cuatrimestres" each, ending with the 8-credit Pasantía Hospitalaria; Licenciatura
en Biología; Licenciatura en Enfermería) and the "RÉCORD DE CALIFICACIONES" (Spanish only): per
cuatrimestre a caption "Septiembre-Diciembre 2015", the columns `Clave | Asignatura | Cr. | Calif.
| Lit.` (numeric grade 0-100 and its letter: A 90+, B 80-89, C 70-79, D 60-69, F below 60), then
"Créditos del período 17 / Índice del período 3.25 / Índice acumulado 3.18"; a final block "Total
créditos aprobados: 201 — Índice general: 3.21 — Cum Laude"; "Pág. 1/3" and a rubber stamp
"CONFORME AL ORIGINAL" on every page.

Credit system: a Dominican credit is one class hour a week over a 15-week cuatrimestre (15 class
hours; MESCYT's Reglamento de Instituciones de Educación Superior), the same contact time as a US
semester credit hour, so criteria.md's "semester credits = 1 SH" applies: system "semester"
(a cuatrimestre is not a US quarter: 15 weeks, not 10)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LETTER, Flow, Page, wrap
from .r7_o_common import FAMILY, ES_MONTHS, add_department_phrases, course_truth, k, parse, stamp

DO_BIOA = """
## 1 C1
ORI-100 | Orientación Institucional | 1 | O
LET-101 | Lengua Española I | 3 | O
MAT-101 | Matemática Básica | 4 | M
BIO-101 | Biología General I | 4 | B
QUI-101 | Química General I | 4 | C
SOC-101 | Introducción a las Ciencias Sociales | 2 | O
## 1 C2
LET-102 | Lengua Española II | 3 | O
MAT-102 | Precálculo | 4 | M
BIO-102 | Biología General II | 4 | B
QUI-102 | Química General II | 4 | C
HIS-101 | Historia Social Dominicana | 2 | O
## 1 C3
FIL-101 | Introducción a la Filosofía | 2 | O
FIS-101 | Física General | 4 | O
QUI-211 | Química Orgánica I | 4 | C
BIO-211 | Zoología General | 3 | B
EDF-101 | Educación Física | 1 | O
ING-101 | Inglés I | 3 | O
## 2 C1
QUI-212 | Química Orgánica II | 4 | C
BIO-231 | Anatomía y Fisiología Humana I | 4 | B
EST-201 | Bioestadística | 3 | M
ING-102 | Inglés II | 3 | O
QUI-221 | Química Analítica Cualitativa | 3 | C
## 2 C2
BIO-232 | Anatomía y Fisiología Humana II | 4 | B
QUI-222 | Química Analítica Cuantitativa | 4 | C
BIO-241 | Histología | 3 | B
BIA-201 | Introducción al Bioanálisis | 2 | ?P
PSI-101 | Psicología General | 2 | O
SOC-201 | Sociología de la Salud | 2 | O
## 2 C3
BQM-301 | Bioquímica General I | 4 | C
BIO-251 | Microbiología General | 4 | B
BIO-261 | Genética | 3 | B
BIO-271 | Embriología | 2 | B
INF-101 | Informática Básica | 2 | O
ETI-201 | Ética y Deontología Profesional | 2 | O
## 3 C1
BQM-302 | Bioquímica General II | 4 | C
BIA-301 | Técnicas de Laboratorio y Bioseguridad | 2 | P
BIA-311 | Bacteriología Médica | 4 | P
BIA-321 | Parasitología Clínica | 4 | P
BIA-331 | Hematología I | 4 | P
## 3 C2
BIA-312 | Micología Médica | 3 | P
BIA-332 | Hematología II | 4 | P
BIA-341 | Química Clínica I | 4 | P
BIA-351 | Inmunología | 4 | ?B
FAR-301 | Farmacología | 3 | ?O
## 3 C3
BIA-313 | Virología | 3 | ?P
BIA-342 | Química Clínica II | 4 | P
BIA-352 | Inmunología Clínica y Serología | 4 | P
BIA-361 | Uroanálisis y Líquidos Corporales | 3 | P
BIA-365 | Salud Pública | 2 | O
## 4 C1
BIA-371 | Inmunohematología y Banco de Sangre | 4 | P
BIA-381 | Biología Molecular Aplicada al Diagnóstico | 3 | ?P
BIA-391 | Control de Calidad en el Laboratorio Clínico | 3 | P
MET-401 | Metodología de la Investigación | 3 | O
BIA-362 | Endocrinología Clínica | 3 | P
## 4 C2
BIA-401 | Toxicología Clínica | 3 | P
BIA-411 | Citología Exfoliativa | 3 | P
BIA-421 | Administración de Laboratorios | 3 | O
BIA-431 | Epidemiología | 2 | ?O
BIA-441 | Electiva Profesional: Hemostasia y Coagulación | 2 | P
BIA-491 | Seminario de Investigación | 3 | O
## 4 C3
BIA-500 | Pasantía Hospitalaria | 8 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
BIA-499 | Trabajo de Grado | 6 | O
"""

_GE1 = """
ORI-100 | Orientación Institucional | 1 | O
LET-101 | Lengua Española I | 3 | O
MAT-101 | Matemática Básica | 4 | M
SOC-101 | Introducción a las Ciencias Sociales | 2 | O
"""

DO_BIO = """
## 1 C1
""" + _GE1 + """
BIO-101 | Biología General I | 4 | B
QUI-101 | Química General I | 4 | C
## 1 C2
LET-102 | Lengua Española II | 3 | O
BIO-102 | Biología General II | 4 | B
QUI-102 | Química General II | 4 | C
HIS-101 | Historia Social Dominicana | 2 | O
## 1 C3
FIS-101 | Física General | 4 | O
QUI-211 | Química Orgánica I | 4 | C
BIO-211 | Zoología General | 3 | B
ING-101 | Inglés I | 3 | O
## 2 C1
QUI-212 | Química Orgánica II | 4 | C
BIO-221 | Botánica General | 4 | B
EST-201 | Bioestadística | 3 | M
ING-102 | Inglés II | 3 | O
## 2 C2
BIO-241 | Histología | 3 | B
BIO-251 | Microbiología General | 4 | B
MAT-201 | Cálculo Diferencial | 4 | M
FIL-101 | Introducción a la Filosofía | 2 | O
## 2 C3
BQM-301 | Bioquímica General I | 4 | C
BIO-261 | Genética | 4 | B
BIO-281 | Ecología General | 3 | B
INF-101 | Informática Básica | 2 | O
## 3 C1
BIO-311 | Biología Celular y Molecular | 4 | B
BIO-321 | Fisiología Animal | 4 | B
BIO-331 | Invertebrados | 3 | B
## 3 C2
BIO-312 | Fisiología Vegetal | 4 | B
BIO-332 | Vertebrados | 3 | B
BIO-341 | Biología Marina del Caribe | 3 | B
## 3 C3
BIO-351 | Evolución | 3 | B
BIO-361 | Microbiología Ambiental | 3 | ?B
BIO-371 | Inmunología General | 3 | B
## 4 C1
BIO-411 | Biotecnología | 3 | ?B
MET-401 | Metodología de la Investigación | 3 | O
BIO-421 | Flora de la Hispaniola | 3 | B
## 4 C2
BIO-431 | Conservación de la Biodiversidad | 3 | B
BIO-491 | Seminario de Investigación | 3 | O
## 4 C3
BIO-499 | Trabajo de Grado | 6 | O
"""

DO_ENF = """
## 1 C1
""" + _GE1 + """
BIO-101 | Biología General I | 4 | B
ENF-101 | Fundamentos de Enfermería I | 4 | O
## 1 C2
LET-102 | Lengua Española II | 3 | O
QUI-105 | Química para Ciencias de la Salud | 3 | C
BIO-231 | Anatomía y Fisiología Humana I | 4 | B
ENF-102 | Fundamentos de Enfermería II | 4 | O
## 1 C3
BIO-232 | Anatomía y Fisiología Humana II | 4 | B
PSI-101 | Psicología General | 2 | O
ENF-111 | Práctica de Fundamentos | 3 | O
## 2 C1
BIO-251 | Microbiología y Parasitología | 4 | B
FAR-201 | Farmacología I | 3 | O
ENF-201 | Enfermería Médico-Quirúrgica I | 4 | O
## 2 C2
FAR-202 | Farmacología II | 3 | O
ENF-202 | Enfermería Médico-Quirúrgica II | 4 | O
NUT-201 | Nutrición y Dietoterapia | 2 | O
## 2 C3
ENF-211 | Práctica Médico-Quirúrgica | 4 | O
EST-201 | Bioestadística | 3 | M
## 3 C1
ENF-301 | Enfermería Materno-Infantil | 4 | O
ENF-302 | Enfermería Pediátrica | 4 | O
## 3 C2
ENF-311 | Práctica Materno-Infantil | 4 | O
ENF-321 | Enfermería en Salud Mental | 3 | O
## 3 C3
ENF-331 | Enfermería Comunitaria | 4 | O
ETI-201 | Ética y Legislación en Enfermería | 2 | O
## 4 C1
ENF-401 | Administración de los Servicios de Enfermería | 3 | O
MET-401 | Metodología de la Investigación | 3 | O
## 4 C2
ENF-411 | Internado Rotatorio I | 6 | O
## 4 C3
ENF-412 | Internado Rotatorio II | 6 | O
ENF-499 | Trabajo de Grado | 4 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "DO", title, "bachelor", 4, field, "semester", parse(table), 9, 10,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="DO", name="Dominican Republic",
    given={"F": ["Yokasta", "Rosanna", "Nathaly", "Yamilet", "Scarlet", "Wendy Esther", "Ana Mercedes", "Yudelka",
                 "Franchesca", "Carolina", "Massiel", "Leidy Laura"],
           "M": ["José Miguel", "Juan Carlos", "Wilkin", "Rafael Antonio", "Yunior", "Starlin", "Luis Manuel",
                 "Frandy", "Ramón Emilio", "Héctor Julio", "Enmanuel"]},
    surnames=["Pérez Almonte", "Rodríguez Santana", "Peña Batista", "De la Cruz Mejía", "Báez Tavárez",
              "Jiménez Polanco", "Reyes Féliz", "Martínez Ureña", "Cabrera Vásquez", "Núñez Rosario",
              "Guzmán Paulino", "Taveras Encarnación"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad Duartiana de Ciencias de la Salud", "Santo Domingo de Guzmán", "Distrito Nacional",
                    "DO", "Av. Independencia No. 1512, Gazcue", ("do_bioa", "do_bio", "do_enf"),
                    extra={"short": "UDCS"}),
        Institution("Universidad del Yaque Las Palmas", "Santiago de los Caballeros", "Santiago", "DO",
                    "Av. Estrella Sadhalá No. 88", ("do_bioa", "do_enf"), extra={"short": "UNIYAQUE"}),
        Institution("Universidad Católica de la Altagracia", "Salvaleón de Higüey", "La Altagracia", "DO",
                    "Calle Agustín Guerrero No. 41", ("do_bioa", "do_bio"), extra={"short": "UCALT"}),
    ],
    employers=[
        Employer("Hospital Regional Docente San Vicente del Ozama", "Santo Domingo Este", "Santo Domingo", "DO",
                 "Av. San Vicente de Paúl No. 230", "+1 809-555-0142", "rrhh@hrdsanvicente.example"),
        Employer("Laboratorio Clínico Referencia Caribe, S.R.L.", "Santo Domingo de Guzmán", "Distrito Nacional",
                 "DO", "Av. 27 de Febrero No. 415, Naco", "+1 809-555-0167", "talento@refcaribe.example", "lab"),
        Employer("Centro Médico Cibao Las Palmas", "Santiago de los Caballeros", "Santiago", "DO",
                 "Calle del Sol No. 72", "+1 829-555-0181", "personal@cmcibaopalmas.example"),
        Employer("Clínica Corazones del Este", "La Romana", "La Romana", "DO",
                 "Av. Padre Abreu No. 19", "+1 809-555-0125", "administracion@corazonesdeleste.example", "clinic"),
    ],
    signers=["Lcda. Marisol Almánzar Peña", "Dr. Julio César Fermín", "Lic. Ramona Durán Castillo",
             "Dra. Altagracia Morel Santos"],
    curricula=[_cur("do_bioa", "Licenciatura en Bioanálisis", "medical_laboratory_science", DO_BIOA, True),
               _cur("do_bio", "Licenciatura en Biología", "biology", DO_BIO),
               _cur("do_enf", "Licenciatura en Enfermería", "nursing", DO_ENF)],
    mls_curriculum="do_bioa", science_curricula=["do_bio"], nonqualifying_curricula=["do_enf"],
    positions_mls=["Bioanalista", "Bioanalista Clínico"],
    positions_science=["Técnico de Laboratorio", "Auxiliar de Investigación"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}-{rng.randint(1000, 9999)}",
)
K.register(PACK)
add_department_phrases("DO", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología"], "immunology": ["Inmunología"], "urinalysis": ["Uroanálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"], "other": ["Parasitología"]})

LIT = [(90, "A", 4), (80, "B", 3), (70, "C", 2), (60, "D", 1), (0, "F", 0)]


def calif(r):
    """Numeric grade 0-100 (passing grades only: the record keeps what was approved)."""
    return max(66, min(99, round(35 + r.score * 0.68)))


def lit(n):
    for lo, letter, pts in LIT:
        if n >= lo:
            return letter, pts


def term_caption(t):
    sy = t.start_year
    return {"C1": f"Septiembre-Diciembre {sy}", "C2": f"Enero-Abril {sy + 1}", "C3": f"Mayo-Agosto {sy + 1}"}[t.key]


def honor(ix):
    return "Summa Cum Laude" if ix >= 3.8 else "Magna Cum Laude" if ix >= 3.5 else "Cum Laude" if ix >= 3.2 else ""


def do_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 48, LETTER[0] - 48
    name = name_form(person, "caps")
    ced = f"{k(s, 'ced') % 400 + 1:03d}-{k(s, 'ced2') % 9000000 + 1000000:07d}-{k(s, 'ced3') % 10}"
    cx = [L, L + 62, R - 110, R - 76, R - 38, R]      # Clave | Asignatura | Cr. | Calif. | Lit.

    def new_page(n):
        p = Page(LETTER)
        p.logo(L + 22, 58, 20, 1)
        p.text(p.w / 2, 48, inst.name.upper(), FB, 12.5, "center")
        p.text(p.w / 2, 61, "Vicerrectoría Académica — Departamento de Registro", F, 8.5, "center")
        p.text(p.w / 2, 72, f"{inst.street}, {inst.city}, República Dominicana", F, 7.5, "center")
        p.text(p.w / 2, 94, "RÉCORD DE CALIFICACIONES", FB, 13, "center")
        y = 114
        p.pieces(y, [(L, "Nombre:", "left", FB, 8.5), (L + 52, name, "left"), (R - 150, "Matrícula:", "left", FB, 8.5),
                     (R - 100, s.student_no, "left")], F, 8.5); y += 12
        if n == 1:
            p.pieces(y, [(L, "Carrera:", "left", FB, 8.5), (L + 52, cur.title, "left"),
                         (R - 150, "Cédula:", "left", FB, 8.5), (R - 100, ced, "left")], F, 8.5); y += 12
            p.pieces(y, [(L, "Plan:", "left", FB, 8.5), (L + 52, f"{cur.id[3:].upper()}-{s.admitted.year}", "left"),
                         (R - 150, "Ingreso:", "left", FB, 8.5),
                         (R - 100, f"{ES_MONTHS[s.admitted.month - 1].capitalize()} {s.admitted.year}", "left")], F, 8.5)
            y += 12
        p.hline(L, R, y - 4, 1.0)
        return p, y + 12

    fl = Flow(new_page, 70)
    out = []
    cum_cr = cum_pts = 0
    for t in s.terms:
        rows = []
        for r in t.results:
            n = calif(r)
            rows.append((r, wrap(r.spec.title, F, 8, cx[2] - cx[1] - 6), n, *lit(n)))
        h = 44 + sum(10 * len(x[1]) for x in rows)
        fl.need(h + (150 if t is s.terms[-1] else 0))     # the last term stays with the final block
        p, y = fl.page, fl.y
        cap = term_caption(t)
        p.text(L, y, cap, FB, 9)
        y += 5
        p.hline(L, R, y, 0.6)
        y += 9
        p.pieces(y, [(cx[0] + 2, "Clave", "left"), (cx[1] + 2, "Asignatura", "left"),
                     ((cx[2] + cx[3]) / 2, "Cr.", "center"), ((cx[3] + cx[4]) / 2, "Calif.", "center"),
                     ((cx[4] + cx[5]) / 2, "Lit.", "center")], FB, 8)
        y += 3
        p.hline(L, R, y, 0.4)
        y += 10
        tcr = tpts = 0
        for r, lines, n, letter, pts in rows:
            c = int(r.spec.credits)
            p.pieces(y, [(cx[0] + 2, r.code, "left"), (cx[1] + 2, lines[0], "left"),
                         ((cx[2] + cx[3]) / 2, str(c), "center"), ((cx[3] + cx[4]) / 2, str(n), "center"),
                         ((cx[4] + cx[5]) / 2, letter, "center")], F, 8)
            for ln in lines[1:]:
                y += 9.5
                p.text(cx[1] + 8, y, ln, F, 8)
            y += 10
            tcr += c
            tpts += c * pts
            out.append(course_truth(r, cap, c, str(n), "semester", title=" ".join(lines), letter=letter))
        cum_cr += tcr
        cum_pts += tpts
        p.hline(cx[2], R, y - 7, 0.3)
        p.spaced(R, y + 1, [f"Créditos del período: {tcr}", f"Índice del período: {tpts / tcr:.2f}",
                            f"Índice acumulado: {cum_pts / cum_cr:.2f}"], F, 7.8, 18, "right")
        fl.y = y + 18
    ix = cum_pts / cum_cr
    hon = honor(ix)
    fl.need(150)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 6, 1.0)
    y += 8
    p.spaced(L, y, [f"Total créditos aprobados: {cum_cr}", f"Índice general: {ix:.2f}"] +
             ([hon] if hon else []), FB, 9.5, 12)
    y += 14
    p.text(L, y, f"Condición: EGRESADO(A) — Fecha de graduación: {s.conferred.day} de "
           f"{ES_MONTHS[s.conferred.month - 1]} de {s.conferred.year}", F, 8.5); y += 12
    p.text(L, y, "Escala: A (90-100) = 4 puntos; B (80-89) = 3; C (70-79) = 2; D (60-69) = 1; F (0-59) = 0. "
           "Un crédito equivale a 15 horas de clase.", F, 7); y += 9
    p.text(L, y, "Honores: Cum Laude 3.20-3.49; Magna Cum Laude 3.50-3.79; Summa Cum Laude 3.80-4.00.", F, 7)
    yb = fl.page.h - 84
    p.signature(R - 190, yb - 12, 120, rng)
    p.hline(R - 210, R - 40, yb - 8, 0.5)
    p.text(R - 125, yb, "Encargado(a) de Registro", FB, 8.5, "center")
    p.text(L, yb, f"Expedido en {inst.city}, {s.conferred.day:02d}/{s.conferred.month:02d}/{s.conferred.year}",
           F, 8)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        stamp(pg, 60 + (k(s, f"st{i}") % 60), pg.h - 70, ["CONFORME AL ORIGINAL", inst.extra["short"] + " — REGISTRO"],
              size=7, gray=0.4)
        pg.text(pg.w - 48, pg.h - 30, f"Pág. {i}/{n}", F, 7.5, "right")
    return LayoutResult("transcript", "do_record", FAMILY, fl.pages, [name], out, "semester",
                        {"prints_totals": True, "total_credits": cum_cr, "index": round(ix, 2), "honours": hon})


TRANSCRIPT_LAYOUTS = {"do_record": (do_record, FAMILY, ("DO",))}
