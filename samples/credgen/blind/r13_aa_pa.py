"""Writer AA, round 13: Panama (PA). Country pack (an invented national university's Facultad de
Medicina: "Licenciatura en Tecnología Médica", five years; its Facultad de Ciencias Naturales
"Licenciatura en Biología"; a "Licenciatura en Enfermería") and the registry's "CRÉDITOS OFICIALES"
printed from the system: landscape A4, tiny font, ONE continuous table of every course with no
section lines, the term given by the two leftmost columns: `Año | Sem. | Abrev. | Número |
Asignatura | Hrs. T-L | Cr. | Calif. | P.` (Sem. "I", "II" or "V" for the summer session "verano";
Abrev. the department "BIOQ.", "MICRO.", "T.MED."; Número "210", "315a"; course names in capitals;
Hrs. T-L the weekly theory-lab hours "3-2"; Cr. 2-10; Calif. A B C D F, "R"; P. the points,
credits x (A=3, B=2, C=1, D=0)); every page but the last ends with "Pasan..." and the next begins
with "Vienen..." carrying the credits and points so far; the last page prints "Total de créditos:
212 Total de puntos: 437 Índice académico: 2.06" (0-3 scale) and the registrar's certification
paragraph with the seal.

Truth: code = "<Abrev.> <Número>" ("BIOQ. 210"), grade = the letter printed, points kept as
`points`. Credit basis: Panamanian semester credits (one credit = one weekly hour of theory, or two
to three of laboratory, over a 16-week semester), the US semester credit: system "semester", 1 Cr. =
1 SH; the summer session's credits are the same credits. A course failed and taken again later is
printed twice: the first attempt with Calif. "R" (repeated: replaced by the later grade), its credits
printed but not counted in the totals or the index (`passed: false`, `points` 0); Pasan / Vienen and
the totals count every other row.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Page
from .r13_aa_common import (ES_MONTHS, FAMILY, add_department_phrases, by_reading_order, course_truth, dry_seal, k,
                            parse, r2, sign_block)

PA_TM = """
## 1 S1
QUIM. 100 | QUÍMICA GENERAL I | 5 | C
BIOL. 101 | BIOLOGÍA GENERAL | 4 | B
MAT. 131 | MATEMÁTICA PARA CIENCIAS DE LA SALUD | 3 | M
ESP. 110 | ESPAÑOL | 3 | O
ING. 100 | INGLÉS I | 3 | O
HUM. 105 | HISTORIA DE PANAMÁ | 3 | O
## 1 S2
QUIM. 110 | QUÍMICA GENERAL II | 5 | C
BIOL. 115 | ZOOLOGÍA GENERAL | 4 | B
FIS. 120 | FÍSICA PARA CIENCIAS DE LA SALUD | 4 | O
ING. 101 | INGLÉS II | 3 | O
EST. 160 | BIOESTADÍSTICA | 3 | M
## 1 SU
HUM. 200 | ÉTICA Y VALORES | 2 | O
## 2 S1
QUIM. 210 | QUÍMICA ORGÁNICA I | 5 | C
ANAT. 200 | ANATOMÍA HUMANA | 5 | B
BIOL. 220 | BIOLOGÍA CELULAR Y MOLECULAR | 4 | B
T.MED. 200 | INTRODUCCIÓN A LA TECNOLOGÍA MÉDICA | 2 | P
PSIC. 205 | PSICOLOGÍA GENERAL | 3 | O
## 2 S2
QUIM. 215 | QUÍMICA ORGÁNICA II | 5 | C
FISIO. 210 | FISIOLOGÍA HUMANA | 5 | B
QUIM. 230 | QUÍMICA ANALÍTICA CUANTITATIVA | 4 | C
GEN. 240 | GENÉTICA HUMANA | 3 | B
SAL. 250 | SALUD PÚBLICA | 3 | O
## 2 SU
ING. 200 | INGLÉS TÉCNICO | 3 | O
## 3 S1
BIOQ. 310 | BIOQUÍMICA GENERAL | 5 | C
MICRO. 315a | MICROBIOLOGÍA GENERAL | 5 | B
INMU. 320 | INMUNOLOGÍA | 4 | ?B
T.MED. 300 | INSTRUMENTACIÓN Y CONTROL DE CALIDAD | 3 | ?P
EPID. 305 | EPIDEMIOLOGÍA | 3 | O
## 3 S2
BIOQ. 315 | BIOQUÍMICA CLÍNICA I | 5 | ?P
MICRO. 330 | BACTERIOLOGÍA MÉDICA | 5 | P
PARA. 335 | PARASITOLOGÍA MÉDICA | 5 | P
HEMA. 340 | HEMATOLOGÍA I | 4 | P
## 3 SU
T.MED. 350 | BIOSEGURIDAD EN EL LABORATORIO | 2 | P
## 4 S1
BIOQ. 410 | BIOQUÍMICA CLÍNICA II | 5 | ?P
HEMA. 420 | HEMATOLOGÍA II Y COAGULACIÓN | 5 | P
INMU. 425 | INMUNOHEMATOLOGÍA Y BANCO DE SANGRE | 5 | P
MICRO. 430 | MICOLOGÍA Y VIROLOGÍA MÉDICA | 4 | ?P
INV. 400 | METODOLOGÍA DE LA INVESTIGACIÓN | 3 | O
## 4 S2
T.MED. 440 | URIANÁLISIS Y LÍQUIDOS CORPORALES | 4 | P
INMU. 445 | SEROLOGÍA E INMUNOLOGÍA CLÍNICA | 4 | ?P
PAT. 450 | CITOHISTOTECNOLOGÍA | 4 | P
T.MED. 455 | ADMINISTRACIÓN DE LABORATORIO CLÍNICO | 3 | P
T.MED. 460 | BIOLOGÍA MOLECULAR DIAGNÓSTICA | 4 | ?P
TOX. 470 | TOXICOLOGÍA | 3 | ?P
## 5 S1
T.MED. 500 | PRÁCTICA PROFESIONAL I (QUÍMICA CLÍNICA Y URIANÁLISIS) | 10 | P | chemistry,urinalysis
T.MED. 505 | PRÁCTICA PROFESIONAL II (HEMATOLOGÍA Y BANCO DE SANGRE) | 10 | P | hematology,blood_bank
## 5 S2
T.MED. 510 | PRÁCTICA PROFESIONAL III (MICROBIOLOGÍA E INMUNOLOGÍA) | 10 | P | microbiology,immunology
T.MED. 520 | TRABAJO DE GRADUACIÓN | 6 | O
T.MED. 525 | LEGISLACIÓN Y DEONTOLOGÍA EN TECNOLOGÍA MÉDICA | 2 | ?P
"""

PA_BIO = """
## 1 S1
QUIM. 100 | QUÍMICA GENERAL I | 5 | C
BIOL. 101 | BIOLOGÍA GENERAL | 4 | B
MAT. 135 | CÁLCULO I | 4 | M
ESP. 110 | ESPAÑOL | 3 | O
## 1 S2
QUIM. 110 | QUÍMICA GENERAL II | 5 | C
BIOL. 115 | ZOOLOGÍA GENERAL | 4 | B
BOT. 120 | BOTÁNICA GENERAL | 4 | B
EST. 160 | BIOESTADÍSTICA | 3 | M
## 2 S1
QUIM. 210 | QUÍMICA ORGÁNICA I | 5 | C
BIOL. 220 | BIOLOGÍA CELULAR | 4 | B
ECOL. 230 | ECOLOGÍA GENERAL | 4 | ?B
## 2 S2
QUIM. 215 | QUÍMICA ORGÁNICA II | 5 | C
GEN. 240 | GENÉTICA | 4 | B
MICRO. 250 | MICROBIOLOGÍA GENERAL | 4 | B
## 3 S1
BIOQ. 310 | BIOQUÍMICA | 5 | C
FISIO. 320 | FISIOLOGÍA ANIMAL | 4 | B
BOT. 330 | FISIOLOGÍA VEGETAL | 4 | B
## 3 S2
BIOL. 340 | BIOLOGÍA MOLECULAR | 4 | B
BIOL. 350 | EVOLUCIÓN | 3 | B
PARA. 360 | PARASITOLOGÍA | 4 | B
## 4 S1
BIOL. 410 | INMUNOLOGÍA | 4 | ?B
BIOL. 420 | BIOLOGÍA MARINA | 4 | B
## 4 S2
BIOL. 450 | SEMINARIO DE INVESTIGACIÓN | 3 | O
BIOL. 460 | TRABAJO DE GRADUACIÓN | 6 | O
"""

PA_ENF = """
## 1 S1
ENF. 100 | FUNDAMENTOS DE ENFERMERÍA | 6 | O
ANAT. 100 | ANATOMÍA Y FISIOLOGÍA | 5 | B
ESP. 110 | ESPAÑOL | 3 | O
## 1 S2
ENF. 110 | ENFERMERÍA COMUNITARIA | 5 | O
FARM. 120 | FARMACOLOGÍA | 4 | O
## 2 S1
ENF. 200 | ENFERMERÍA MÉDICO-QUIRÚRGICA I | 8 | O
## 2 S2
ENF. 210 | ENFERMERÍA MATERNO-INFANTIL | 8 | O
## 3 S1
ENF. 300 | ENFERMERÍA MÉDICO-QUIRÚRGICA II | 8 | O
## 3 S2
ENF. 310 | ENFERMERÍA EN SALUD MENTAL | 6 | O
## 4 S1
ENF. 400 | ADMINISTRACIÓN DE SERVICIOS DE ENFERMERÍA | 6 | O
## 4 S2
ENF. 410 | INTERNADO DE ENFERMERÍA | 10 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "PA", title, level, years, field, "semester", parse(text), 3, 3, clinical_training=clin)


PA_INST = [
    Institution("Universidad Nacional del Istmo de Panamá", "Panamá", "Panamá", "PA",
                "Ciudad Universitaria Octavio Méndez Pereira Norte, Estafeta Universitaria",
                ("pa_tm", "pa_bio", "pa_enf"), "university", extra={"short": "UNIP"}),
    Institution("Universidad Autónoma de Azuero y Veraguas", "Santiago de Veraguas", "Veraguas", "PA",
                "Vía Interamericana, Santiago", ("pa_tm", "pa_bio", "pa_enf"), "university", extra={"short": "UNAAV"}),
]

PACK = K.CountryPack(
    code="PA", name="Panama",
    given={"F": ["Yaritza", "Itzel", "Anel", "Yessenia", "Katherine", "Lineth", "Dayana", "Marisol", "Ana Gabriela",
                 "Arelys"],
           "M": ["Luis Carlos", "Jorge Luis", "Eric", "Abdiel", "Edwin", "Rolando", "Juan Carlos", "Ricardo",
                 "Omar", "Iván"]},
    surnames=["González", "Rodríguez", "Castillo", "Batista", "Pinzón", "Ortega", "Saavedra", "Villarreal",
              "Domínguez", "Cedeño", "Quintero", "Barría"],
    middle={"F": [], "M": []},
    institutions=PA_INST,
    employers=[
        Employer("Complejo Hospitalario Metropolitano Dr. Ernesto Arosemena Lindo", "Panamá", "Panamá", "PA",
                 "Vía Simón Bolívar, Transístmica", "+507 503-0000", "rrhh.chmeal@css-pa.example"),
        Employer("Hospital Regional Dr. Manuel Brea Tejeira", "David", "Chiriquí", "PA", "Avenida Central, David",
                 "+507 775-0000", "lab.hrmbt@css-pa.example"),
        Employer("Policlínica Dr. Horacio Lasso Díaz", "Colón", "Colón", "PA", "Calle 13 y Avenida Bolívar",
                 "+507 475-0000", "policlinica.colon@css-pa.example", "clinic"),
        Employer("Laboratorio Clínico Istmeño", "Panamá", "Panamá", "PA", "Calle 50, Edificio Plaza Azul",
                 "+507 264-0000", "info@labistmeno.example", "lab"),
    ],
    signers=["Licda. Itzel Barría de Quintero", "Mgtr. Rolando Cedeño Pinzón", "Dra. Marisol Ortega"],
    curricula=[_cur("pa_tm", "Licenciatura en Tecnología Médica", "bachelor", 5, "medical_technology", PA_TM, True),
               _cur("pa_bio", "Licenciatura en Biología", "bachelor", 4, "biology", PA_BIO),
               _cur("pa_enf", "Licenciatura en Enfermería", "bachelor", 4, "nursing", PA_ENF)],
    mls_curriculum="pa_tm", science_curricula=["pa_bio"], nonqualifying_curricula=["pa_enf"],
    positions_mls=["Tecnólogo Médico", "Tecnólogo Médico I"],
    positions_science=["Asistente de Laboratorio", "Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"8-{800 + rng.randint(0, 199)}-{rng.randint(100, 2400)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("PA", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología"], "immunology": ["Inmunología"], "urinalysis": ["Urinálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"], "other": ["Parasitología"]})

SEM = {"S1": "I", "S2": "II", "SU": "V"}
PTS = {"A": 3, "B": 2, "C": 1, "D": 0, "F": 0}


def t_l(r):
    cr = int(r.spec.credits)
    if r.spec.areas:
        return f"0-{2 * cr}"
    if r.spec.category in ("biology", "chemistry", "mls_professional") and cr >= 3 and "ADMINISTR" not in r.spec.title:
        return f"{cr - 1}-3"
    return f"{cr}-0"


def calif(s, i, j, r):
    v = (r.score - 45) / 47.0 + ((k(s, f"c{i}.{j}") % 7) - 3) * 0.12
    return "A" if v > 0.62 else "B" if v > 0.3 else "C" if v > 0.05 else "D" if v > -0.05 else "C"


def pa_rows(s):
    """[(año, sem, result, credits, calif, points, passed)] in printed order."""
    rows = []
    for i, t in enumerate(s.terms):
        yr = t.start_year + (1 if t.key == "SU" else 0)     # March-July I, August-December II, January V
        for j, r in enumerate(t.results):
            g = calif(s, i, j, r)
            cr = int(r.spec.credits)
            rows.append([yr, SEM[t.key], r, cr, g, cr * PTS[g], True, i])
    # a course failed and taken again in the same term of the next year ("R" on the first attempt)
    if k(s, "rep") % 3 == 0 and len(s.terms) > 4:
        cands = [x for x in rows if x[7] < len(s.terms) - 4 and not x[2].spec.areas and x[1] != "V"]
        if cands:
            x = cands[k(s, "repc") % len(cands)]
            idx = rows.index(x)
            later = [n for n, y in enumerate(rows) if y[1] == x[1] and y[0] == x[0] + 1]
            if later:
                again = [x[0] + 1, x[1], x[2], x[3], x[4], x[5], True, x[7]]
                rows[idx] = [x[0], x[1], x[2], x[3], "R", 0, False, x[7]]
                rows.insert(later[-1] + 1, again)
    return rows


def pa_name(person):
    return person.full.upper()


def pa_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = pa_name(person)
    W, H = LANDSCAPE_A4
    L, R = 40, W - 40
    X = {"ano": L, "sem": L + 34, "abr": L + 62, "num": L + 106, "asig": L + 146, "hrs": L + 560, "cr": L + 625,
         "cal": L + 672, "p": L + 725}
    fz = 6.6
    lead = 8.6
    rows = pa_rows(s)
    pages, out = [], []
    per_page = 46
    chunks = [rows[n:n + per_page] for n in range(0, len(rows), per_page)]
    if len(chunks[-1]) > 30:            # room for the totals and the certification on the last page
        chunks.append([])
    cr_sum = pt_sum = 0
    for pn, chunk in enumerate(chunks):
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        p.text(W / 2, 30, inst.name.upper(), SB, 10, "center")
        p.text(W / 2, 42, "SECRETARÍA GENERAL - DEPARTAMENTO DE ADMISIÓN Y REGISTROS ACADÉMICOS", S, 7.5, "center")
        p.text(W / 2, 58, "CRÉDITOS OFICIALES", SB, 11, "center")
        p.pieces(74, [(L, f"NOMBRE: {nm}", "left"), (L + 330, f"CÉDULA: {s.student_no}", "left"),
                      (L + 480, f"FACULTAD: {'MEDICINA' if cur.id == 'pa_tm' else 'CIENCIAS NATURALES, EXACTAS Y TECNOLOGÍA' if cur.id == 'pa_bio' else 'ENFERMERÍA'}", "left")], S, 7)
        p.pieces(84, [(L, f"CARRERA: {cur.title.upper()}", "left"),
                      (L + 330, f"AÑO DE INGRESO: {s.terms[0].start_year}", "left"),
                      (L + 480, f"PÁGINA {pn + 1} DE {len(chunks)}", "left")], S, 7)
        y = 100
        p.hline(L, R, y - 8, 0.6)
        p.pieces(y, [(X["ano"], "Año", "left"), (X["sem"], "Sem.", "left"), (X["abr"], "Abrev.", "left"),
                     (X["num"], "Número", "left"), (X["asig"], "Asignatura", "left"), (X["hrs"], "Hrs. T-L", "left"),
                     (X["cr"] + 10, "Cr.", "right"), (X["cal"] + 8, "Calif.", "center"), (X["p"] + 10, "P.", "right")],
                 SB, fz)
        p.hline(L, R, y + 3, 0.6)
        y += lead + 4
        if pn > 0:
            p.pieces(y, [(X["asig"], "Vienen...", "left"), (X["cr"] + 10, str(cr_sum), "right"),
                         (X["p"] + 10, str(pt_sum), "right")], S, fz)
            y += lead
        for ano, sem, r, cr, g, pts, ok, ti in chunk:
            abr, numero = r.spec.code.split(" ", 1)
            p.pieces(y, [(X["ano"], str(ano), "left"), (X["sem"] + 6, sem, "center"), (X["abr"], abr, "left"),
                         (X["num"], numero, "left"), (X["asig"], r.spec.title, "left"), (X["hrs"] + 10, t_l(r), "left"),
                         (X["cr"] + 10, str(cr), "right"), (X["cal"] + 8, g, "center"), (X["p"] + 10, str(pts), "right")],
                     S, fz)
            y += lead
            term = f"{ano} {sem}"
            extra = {"points": pts, "hours_t_l": t_l(r)}
            if not ok:
                extra["passed"] = False
            else:
                cr_sum += cr
                pt_sum += pts
            out.append(course_truth(r, term, cr, g, "semester", code=r.spec.code, **extra))
        if pn < len(chunks) - 1:
            p.pieces(y + 2, [(X["asig"], "Pasan...", "left"), (X["cr"] + 10, str(cr_sum), "right"),
                             (X["p"] + 10, str(pt_sum), "right")], S, fz)
    p = pages[-1]
    y = max(y + 14, 120)
    idx = r2(pt_sum / cr_sum)
    p.hline(L, R, y - 8, 0.6)
    p.spaced(L, y + 2, [f"Total de créditos: {cr_sum}", f"Total de puntos: {pt_sum}", f"Índice académico: {idx:.2f}"],
             SB, 7.5, gap=30)
    p.text(L, y + 14, "Escala: A = 3 puntos, B = 2, C = 1, D = 0, F = 0 (fracaso). R = asignatura repetida, no se "
           "computa. Sem.: I primer semestre, II segundo semestre, V verano.", S, 6.5)
    d = s.conferred
    txt = (f"El suscrito Secretario General de la {inst.name}, CERTIFICA: que los créditos que anteceden son fiel copia "
           f"de los que reposan en los archivos de esta Universidad, correspondientes a {nm}, con cédula "
           f"{s.student_no}, quien terminó los requisitos de la carrera de {cur.title} el {d.day} de "
           f"{ES_MONTHS[d.month - 1]} de {d.year}. Se expide la presente certificación en la ciudad de {inst.city}, "
           f"a solicitud de parte interesada.")
    y = p.paragraph(L, y + 34, txt, S, 7.5, R - L - 200, 10)
    sign_block(p, rng, L + 140, y + 50, "Secretario General", SB, 7.5, 170)
    dry_seal(p, L + 320, y + 30, 30)
    p.text(R, H - 26, "Documento no válido con borrones o enmiendas.", S, 6.5, "right")
    return LayoutResult("transcript", "aa_pa_creditos", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aa_pa_creditos": (pa_transcript, FAMILY, ("PA",))}
