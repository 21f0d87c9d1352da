"""Writer R, round 9: Nicaragua. Country pack (Licenciatura en Bioanálisis Clínico, 5 years, 212
credits; Licenciatura en Microbiología; Licenciatura en Enfermería) and the public university's
"CERTIFICADO DE NOTAS" on LANDSCAPE legal paper: the plan of study as TWO TABLES SIDE BY SIDE,
each with its own header `No. | Código | Asignatura | Créditos | Nota | Conv.`; the numbering runs
from the left table into the right one, and the split falls wherever the left half is full (a
year may continue on the right without its caption); the years are thin spanning rows "PRIMER
AÑO", "SEGUNDO AÑO" ...; grades 0-100 (pass 60); Conv. = convocatoria "1ra", "2da", "Esp." (a
failed subject is printed twice: first attempt, e.g. 48 "1ra", then the passing 71 "2da" or
"Esp."); "Prácticas de Profesionalización" 10 credits; under both halves a closing summary table
`Créditos del plan | Créditos aprobados | Promedio general | Modalidad de graduación` (212 | 212 |
81.62 | Monografía; the average is the arithmetic mean of the approved grades, as the Registro
computes it); "Y para los fines que estime conveniente el interesado se extiende la presente en la
ciudad de León, a los ... días del mes de ... del año dos mil ..."; "Secretario General" and
"Registro Académico" signatures and a revenue-stamp box "Timbres fiscales".

Credits: Nicaraguan university credits (1 crédito = 15 class hours in a semester, CNU norm) are
taken at 1 SH each (criteria.md: semester credits = 1 SH): system "semester". The failed attempt
is in the truth with passed false and 0 SH."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import Page, width, wrap
from .r9_r_common import (FAMILY, add_department_phrases, course_truth, es_days_words, k, parse)

LEGAL_LAND = (1008.0, 612.0)

NI_BA = """
## 1 S1
BIOL101 | Biología General | 5 | B
QUIM101 | Química General I | 5 | C
MATE101 | Matemática General | 4 | M
LENG101 | Lengua y Literatura | 3 | O
FILO101 | Filosofía | 2 | O
GEOG101 | Geografía e Historia de Nicaragua | 2 | O
DEPO101 | Deporte y Cultura | 2 | O
## 1 S2
BIOL102 | Biología Celular | 4 | B
QUIM102 | Química General II | 5 | C
FISI101 | Física Médica | 4 | O
INFO101 | Computación Básica | 3 | O
INGL101 | Inglés I | 3 | O
ESTA101 | Bioestadística | 4 | M
## 2 S1
QUIM201 | Química Orgánica | 5 | C
ANAT201 | Anatomía Humana | 4 | B
HIST201 | Histología | 4 | B
QUIM202 | Química Analítica | 4 | C
INGL201 | Inglés II | 3 | O
METO201 | Metodología de la Investigación | 3 | O
## 2 S2
BIOQ201 | Bioquímica General | 5 | C
FISO201 | Fisiología Humana | 4 | B
MICR201 | Microbiología General | 5 | B
GENE201 | Genética | 3 | B
FISQ201 | Fisicoquímica | 4 | C
SALU201 | Salud Pública | 3 | O
## 3 S1
BIOQ301 | Bioquímica Clínica I | 5 | P
HEMA301 | Hematología I | 5 | P
PARA301 | Parasitología Clínica I | 4 | P
INMU301 | Inmunología General | 4 | B
EPID301 | Epidemiología | 3 | O
FARM301 | Farmacología | 3 | O
## 3 S2
BIOQ302 | Bioquímica Clínica II | 5 | P
HEMA302 | Hematología II | 5 | P
PARA302 | Parasitología Clínica II | 4 | P
BACT301 | Bacteriología Clínica I | 5 | P
ETIC301 | Ética Profesional | 2 | O
NUTR301 | Nutrición Clínica | 3 | O
## 4 S1
BACT401 | Bacteriología Clínica II | 5 | P
INMU401 | Inmunología Clínica | 4 | ?P
BSAN401 | Banco de Sangre | 5 | P
MICO401 | Micología Médica | 3 | P
URIN401 | Uroanálisis y Líquidos Corporales | 3 | P
## 4 S2
VIRO401 | Virología Clínica | 4 | ?P
CITO401 | Citología Exfoliativa | 4 | P
BIOM401 | Biología Molecular Diagnóstica | 4 | ?P
CONT401 | Control de Calidad en el Laboratorio | 3 | P
ADMI401 | Administración de Laboratorios | 3 | P
ESTA401 | Estadística Aplicada a la Investigación | 3 | M
## 5 S1
TOXI501 | Toxicología Clínica | 4 | P
ENDO501 | Endocrinología de Laboratorio | 3 | P
SEMI501 | Seminario de Investigación | 4 | O
OPTA501 | Optativa: Bioseguridad Hospitalaria | 2 | P
GEST501 | Gestión de la Calidad y Acreditación | 3 | P
## 5 S2
PRAC501 | Prácticas de Profesionalización | 10 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
TALL501 | Taller de Graduación | 4 | O
"""

NI_MIC = """
## 1 S1
BIOL101 | Biología General | 5 | B
QUIM101 | Química General I | 5 | C
MATE101 | Matemática General | 4 | M
LENG101 | Lengua y Literatura | 3 | O
## 1 S2
BIOL103 | Zoología General | 4 | B
QUIM102 | Química General II | 5 | C
ESTA101 | Bioestadística | 4 | M
INGL101 | Inglés I | 3 | O
## 2 S1
QUIM201 | Química Orgánica | 5 | C
MICR201 | Microbiología General | 5 | B
BOTA201 | Botánica | 4 | B
## 2 S2
BIOQ201 | Bioquímica | 5 | C
GENE201 | Genética Microbiana | 4 | B
ECOL201 | Ecología Microbiana | 4 | O
## 3 S1
MICR301 | Bacteriología | 5 | B
MICR302 | Micología | 4 | B
INMU301 | Inmunología | 4 | B
## 3 S2
MICR303 | Virología | 4 | B
MICR304 | Microbiología de Alimentos | 4 | B
METO301 | Metodología de la Investigación | 3 | O
## 4 S1
MICR401 | Microbiología Industrial | 5 | B
BIOM401 | Biología Molecular | 4 | B
## 4 S2
MICR402 | Microbiología Ambiental | 4 | B
BIOT401 | Biotecnología | 4 | ?B
## 5 S1
SEMI501 | Seminario de Graduación | 6 | O
## 5 S2
PRAC501 | Prácticas Profesionales | 8 | O
"""

NI_ENF = """
## 1 S1
ANAT101 | Anatomía y Fisiología | 5 | B
ENFE101 | Fundamentos de Enfermería | 6 | O
## 1 S2
ENFE102 | Enfermería Básica | 6 | O
MICR101 | Microbiología y Parasitología | 4 | ?B
## 2 S1
ENFE201 | Enfermería Médico Quirúrgica I | 6 | O
FARM201 | Farmacología | 4 | O
## 2 S2
ENFE202 | Enfermería Médico Quirúrgica II | 6 | O
## 3 S1
ENFE301 | Enfermería Materno Infantil | 6 | O
## 3 S2
ENFE302 | Enfermería Pediátrica | 6 | O
## 4 S1
ENFE401 | Salud Comunitaria | 6 | O
## 4 S2
ENFE402 | Administración en Enfermería | 5 | O
## 5 S1
ENFE501 | Internado Rotatorio I | 8 | O
## 5 S2
ENFE502 | Internado Rotatorio II | 8 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "NI", title, "bachelor", 5, field, "semester", parse(table), 3, 3,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="NI", name="Nicaragua",
    given={"F": ["Ana Isabel", "Claudia", "Fátima", "Heydi", "Indira", "Jessenia", "Karla", "María José",
                 "Meyling", "Scarleth", "Yahoska", "Zeneyda"],
           "M": ["Álvaro", "Carlos", "Denis", "Erick", "Francisco", "Harold", "Jairo", "Juan Carlos", "Marlon",
                 "Norman", "Róger", "Wilmer"]},
    surnames=["Aráuz", "Blandón", "Castellón", "Chavarría", "Dávila", "Espinoza", "Gutiérrez", "Hernández",
              "Jirón", "Lacayo", "Mendoza", "Obando", "Palacios", "Rivas", "Sandino", "Zeledón"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad Nacional de Occidente Rubén Darío", "León", "Departamento de León", "NI",
                    "Costado norte de la Iglesia La Merced, 1 c. al este", ("ni_ba", "ni_mic", "ni_enf")),
        Institution("Universidad Pública del Norte de Nicaragua", "Estelí", "Departamento de Estelí", "NI",
                    "Del parque central 3 c. al sur, 1/2 c. al oeste", ("ni_ba", "ni_enf")),
    ],
    employers=[
        Employer("Hospital Escuela Oscar Danilo Rosales-Occidente", "León", "Departamento de León", "NI",
                 "Frente al Parque Jerez, 2 c. al sur", "+505 2311 5501", "rrhh@heodro-occ.example"),
        Employer("Hospital Regional San Juan de Dios de Estelí-Norte", "Estelí", "Departamento de Estelí", "NI",
                 "Salida sur, carretera Panamericana km 148", "+505 2713 5502", "direccion@hrsjd-norte.example"),
        Employer("Laboratorio Clínico Centroamericano Las Colinas", "Managua", "Departamento de Managua", "NI",
                 "Rotonda Jean Paul Genie 200 m al este", "+505 2270 5503", "info@labcolinas.example", "lab"),
        Employer("Hospital Primario Villa El Carmen", "Villa El Carmen", "Departamento de Managua", "NI",
                 "Km 32 carretera vieja a León", "+505 2265 5504", "hpvec@minsa-ni.example", "clinic"),
    ],
    signers=["Lic. Martha Lorena Obando Rivas", "Dr. Francisco José Lacayo Jirón", "MSc. Indira Palacios Dávila",
             "Dr. Róger Antonio Zeledón"],
    curricula=[_cur("ni_ba", "Licenciatura en Bioanálisis Clínico", "medical_laboratory_science", NI_BA, True),
               _cur("ni_mic", "Licenciatura en Microbiología", "biology", NI_MIC),
               _cur("ni_enf", "Licenciatura en Enfermería", "nursing", NI_ENF)],
    mls_curriculum="ni_ba", science_curricula=["ni_mic"], nonqualifying_curricula=["ni_enf"],
    positions_mls=["Bioanalista Clínico", "Licenciado en Bioanálisis Clínico"],
    positions_science=["Microbiólogo", "Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}-{rng.randint(10000, 99999)}-0",
)
K.register(PACK)
add_department_phrases("NI", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología", "Bacteriología"], "immunology": ["Inmunología", "Serología"],
    "urinalysis": ["Uroanálisis"], "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"],
    "other": ["Parasitología", "Citología"]})

YEARS = ["PRIMER AÑO", "SEGUNDO AÑO", "TERCER AÑO", "CUARTO AÑO", "QUINTO AÑO"]
MODAL = ["Monografía", "Monografía", "Examen de Grado", "Seminario de Graduación"]


def nota(r):
    return max(60, min(98, 60 + int((r.score - 45) * 38 / 47 + 0.5)))


def ni_certificado(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p = Page(LEGAL_LAND)
    L, R, M = 36, p.w - 36, p.w / 2
    name = name_form(person, "caps")
    fem = person.sex == "F"
    # rows: ("y", caption) / ("c", r, grade, conv, ok)
    allc = [(t, r) for t in s.terms for r in t.results if not r.code.startswith("PRAC")]
    fail = allc[k(s, "ni-f") % len(allc)][1] if k(s, "ni-f2") % 3 else None
    conv2 = "2da" if k(s, "ni-c") % 3 else "Esp."
    rows, yr = [], 0
    for t in s.terms:
        if t.year != yr:
            yr = t.year
            rows.append(("y", YEARS[yr - 1], yr))
        for r in t.results:
            if r is fail:
                rows.append(("c", r, 38 + k(s, "ni-fg") % 20, "1ra", False, yr))
                rows.append(("c", r, max(62, nota(r) - 8), conv2, True, yr))
            else:
                rows.append(("c", r, nota(r), "1ra", True, yr))
    half = (len(rows) + 1) // 2
    # header
    p.logo(L + 26, 50, 22, 1)
    p.text(M, 40, inst.name.upper(), FB, 13, "center")
    p.text(M, 54, "SECRETARÍA GENERAL — REGISTRO ACADÉMICO", FB, 9, "center")
    p.text(M, 65, f"{inst.street}, {inst.city}, Nicaragua, C.A. — Tel. (505) 2311 {1000 + k(s, 'ni-t') % 8999}",
           F, 7.5, "center")
    p.text(M, 88, "CERTIFICADO DE NOTAS", FB, 15, "center")
    p.text(R, 40, f"Certificado No. {k(s, 'ni-no') % 90000 + 10000}", F, 8, "right")
    intro = (f"El suscrito Secretario General de la {inst.name} certifica que {'la' if fem else 'el'} "
             f"Br. {name}, carné No. {s.student_no}, estudiante de la carrera de {cur.title} de la Facultad de "
             f"Ciencias Médicas, cursó y aprobó las asignaturas del plan de estudio con las calificaciones siguientes:")
    y = p.paragraph(L, 106, intro, F, 8.8, R - L, 11.5)
    top = y + 2
    wh = (R - L - 20) / 2
    out, nrow = [], 0
    lh = 9.0
    ybot = top

    def cols(x0):
        return [x0, x0 + 22, x0 + 72, x0 + wh - 124, x0 + wh - 80, x0 + wh - 40, x0 + wh]

    for side, chunk in ((0, rows[:half]), (1, rows[half:])):
        cx = cols(L if side == 0 else L + wh + 20)
        yy = top
        p.rect(cx[0], yy, wh, 14, 0.7, 0, fill=0.86)
        p.pieces(yy + 10, [((cx[0] + cx[1]) / 2, "No.", "center"), ((cx[1] + cx[2]) / 2, "Código", "center"),
                           (cx[2] + 4, "Asignatura", "left"), ((cx[3] + cx[4]) / 2, "Créditos", "center"),
                           ((cx[4] + cx[5]) / 2, "Nota", "center"), ((cx[5] + cx[6]) / 2, "Conv.", "center")], FB, 7.4)
        yy += 14
        t0 = yy
        for row in chunk:
            if row[0] == "y":
                p.rect(cx[0], yy, wh, lh, 0.5, 0, fill=0.95)
                p.text((cx[0] + cx[-1]) / 2, yy + 7, row[1], FB, 6.8, "center")
                yy += lh
                continue
            _, r, g, cv, ok, yrn = row
            nrow += 1
            title = r.spec.title
            fs = 7.2
            while fs > 6.0 and width(title, F, fs) > cx[3] - cx[2] - 6:
                fs -= 0.2
            lines = wrap(title, F, fs, cx[3] - cx[2] - 6)
            y0 = yy
            p.pieces(yy + 7, [((cx[0] + cx[1]) / 2, str(nrow), "center"), (cx[1] + 4, r.code, "left"),
                              (cx[2] + 4, lines[0], "left", F, fs), ((cx[3] + cx[4]) / 2, str(int(r.spec.credits)), "center"),
                              ((cx[4] + cx[5]) / 2, str(g), "center"), ((cx[5] + cx[6]) / 2, cv, "center")], F, 7.2)
            for ln in lines[1:]:
                yy += lh - 1
                p.text(cx[2] + 4, yy + 7, ln, F, fs)
            yy += lh
            p.hline(cx[0], cx[-1], yy, 0.2, 0.5)
            for x in cx[1:-1]:
                p.vline(x, y0, yy, 0.5)
            extra = {} if ok else {"passed": False, "semester_hours": 0}
            out.append(course_truth(r, YEARS[yrn - 1], r.spec.credits, str(g), "semester", title=" ".join(lines),
                                    convocatoria=cv, **extra))
        for x in cx:
            p.vline(x, t0 - 14, t0, 0.5)
        for x in (cx[0], cx[-1]):
            p.vline(x, t0, yy, 0.5)
        p.hline(cx[0], cx[-1], yy, 0.7)
        ybot = max(ybot, yy)
    plan = int(sum(sp.credits for ts in cur.terms for sp in ts.courses))
    appr = int(sum(c["credits"] for c in out if c.get("passed", True)))
    gs = [int(c["grade"]) for c in out if c.get("passed", True)]
    prom = sum(gs) / len(gs)
    modal = MODAL[k(s, "ni-m") % len(MODAL)]
    y = ybot + 10
    sw = [150, 150, 150, 200]
    x = M - sum(sw) / 2
    heads = ["Créditos del plan", "Créditos aprobados", "Promedio general", "Modalidad de graduación"]
    vals = [str(plan), str(appr), f"{prom:.2f}", modal]
    p.rect(x, y, sum(sw), 13, 0.6, 0, fill=0.9)
    p.rect(x, y, sum(sw), 26, 0.7, 0)
    p.pieces(y + 9.5, [(x + sum(sw[:i]) + sw[i] / 2, h, "center") for i, h in enumerate(heads)], FB, 7.6)
    p.pieces(y + 22.5, [(x + sum(sw[:i]) + sw[i] / 2, v, "center") for i, v in enumerate(vals)], FB, 8.4)
    for i in range(1, 4):
        p.vline(x + sum(sw[:i]), y, y + 26, 0.5)
    y += 38
    c = s.conferred
    closing = ("Y para los fines que estime conveniente el interesado se extiende la presente en la ciudad de "
               f"{inst.city}, {es_days_words(c)}.")
    y = p.paragraph(L, y, closing, F, 8.8, R - L, 11.5)
    ys = min(p.h - 30, y + 46)
    for xx, role, who in ((M - 230, "Secretario General", PACK.signers[k(s, "ni-sg") % 4]),
                          (M + 60, "Registro Académico", PACK.signers[(k(s, "ni-sg") + 1) % 4])):
        p.signature(xx - 55, ys - 16, 110, rng)
        p.hline(xx - 80, xx + 80, ys - 12, 0.5)
        p.text(xx, ys - 3, who, F, 8, "center")
        p.text(xx, ys + 7, role, FB, 8, "center")
    p.seal(M - 90, ys - 22, 24, 0.45)
    p.rect(R - 130, ys - 56, 110, 62, 0.6, 0.3)
    p.text(R - 75, ys - 46, "Timbres fiscales", FI, 7, "center")
    for i in range(2):
        p.rect(R - 118 + 50 * i, ys - 38, 38, 38, 0.5, 0.5, fill=0.93)
    p.text(L, p.h - 14, "Nota: la escala de calificaciones es de 0 a 100 puntos; la nota mínima de aprobación es 60. "
           "Conv.: 1ra = primera convocatoria; 2da = segunda convocatoria; Esp. = convocatoria especial.", FI, 6.6)
    return LayoutResult("transcript", "ni_certificado_notas", FAMILY, [p], [name], out, "semester",
                        {"prints_totals": True, "total_credits": appr, "average": round(prom, 2)})


TRANSCRIPT_LAYOUTS = {"ni_certificado_notas": (ni_certificado, FAMILY, ("NI",))}
