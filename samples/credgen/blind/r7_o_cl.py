"""Writer O, round 7: Chile. Country pack (Tecnología Médica con mención en Bioanálisis Clínico,
Inmunohematología y Medicina Transfusional, 5 years / 10 semesters of 30 SCT, the 30-SCT Internado
Clínico in year 5; Licenciatura en Bioquímica; Enfermería) and the "CONCENTRACIÓN DE NOTAS": one
table `Código | Asignatura | Año | Sem. | Nota | SCT | Estado` where the term is NOT a heading but
two columns on every row (calendar year, semester 1/2); grades on the 1,0-7,0 scale with a decimal
comma (4,0 to pass); a failed course stays as a "Reprobado" row and is retaken a year later (both
rows printed, the failed one earns no SCT); "SCT aprobados: 300", "Promedio ponderado acumulado:
5,62" (weighted by SCT over every graded row, failed ones included, as Chilean registries do); a
footnote on the scale; signed "Director(a) de Registro Académico".

Credit system: SCT-Chile (Sistema de Créditos Transferibles, CRUCh): 1 SCT = 24-31 hours of total
student work, 30 SCT a semester, 60 a year, built on the ECTS model; criteria.md's ECTS rate (x 1/2)
applies: system "ects" (300 SCT = 150 SH)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r7_o_common import FAMILY, add_department_phrases, course_truth, k, parse, es_long

CL_TM = """
## 1 S1
TMED1011 | Introducción a la Tecnología Médica | 4 | ?P
BIOL1021 | Biología Celular | 7 | B
QUIM1031 | Química General | 7 | C
MATE1041 | Matemáticas | 6 | M
FGEN1051 | Comunicación Oral y Escrita | 3 | O
FGEN1061 | Inglés I | 3 | O
## 1 S2
MORF1012 | Anatomía Humana | 7 | B
QUIM1022 | Química Orgánica | 7 | C
FISI1032 | Física para Ciencias de la Salud | 6 | O
BIOL1042 | Histología y Embriología | 5 | B
FGEN1062 | Inglés II | 3 | O
FGEN1072 | Formación Ciudadana | 2 | O
## 2 S1
BIOQ2011 | Bioquímica General | 7 | C
FISI2021 | Fisiología Humana | 7 | B
MICR2031 | Microbiología General | 6 | B
ESTA2041 | Bioestadística | 5 | M
SALP2051 | Salud Pública | 5 | O
## 2 S2
BIOQ2012 | Bioquímica Clínica Básica | 6 | C
INMU2022 | Inmunología | 6 | B
FISI2032 | Fisiopatología | 6 | ?B
GENE2042 | Genética Humana | 5 | B
FARM2052 | Farmacología General | 4 | O
ETIC2062 | Bioética | 3 | O
## 3 S1
TMBC3011 | Hematología I | 7 | P
TMBC3021 | Bioquímica Clínica I | 7 | P
TMBC3031 | Bacteriología Clínica | 7 | P
TMBC3041 | Parasitología Clínica | 5 | P
GEST3051 | Gestión en Salud | 4 | O
## 3 S2
TMBC3012 | Hematología II y Hemostasia | 7 | P
TMBC3022 | Bioquímica Clínica II | 7 | P
TMBC3032 | Micología y Virología Clínica | 6 | P
TMBC3042 | Inmunodiagnóstico | 6 | P
METI3052 | Metodología de la Investigación | 4 | O
## 4 S1
TMIH4011 | Inmunohematología I | 7 | P
TMBC4021 | Biología Molecular Diagnóstica | 6 | ?P
TMBC4031 | Análisis de Orina y Líquidos Biológicos | 5 | P
TMBC4041 | Control de Calidad y Acreditación | 5 | P
TMBC4051 | Citodiagnóstico | 4 | P
FGEN4061 | Electivo de Formación General | 3 | O
## 4 S2
TMIH4012 | Inmunohematología II y Medicina Transfusional | 7 | P
TMBC4022 | Toxicología Clínica | 5 | P
TMBC4032 | Endocrinología Clínica | 5 | P
TMBC4042 | Práctica Integrada de Laboratorio | 8 | P
TMBC4052 | Seminario de Investigación | 5 | O
## 5 S1
TMIN5011 | Internado Clínico | 30 | P | chemistry,hematology,microbiology,blood_bank,immunology,urinalysis
## 5 S2
TMIN5012 | Internado en Banco de Sangre y Medicina Transfusional | 20 | P | blood_bank
TMSE5022 | Seminario de Título | 10 | O
"""

CL_BQ = """
## 1 S1
BIOL1021 | Biología Celular | 7 | B
QUIM1031 | Química General I | 8 | C
MATE1041 | Cálculo I | 8 | M
FGEN1051 | Comunicación Oral y Escrita | 4 | O
FGEN1061 | Inglés I | 3 | O
## 1 S2
QUIM1032 | Química General II | 8 | C
MATE1042 | Cálculo II | 8 | M
FISI1032 | Física General | 8 | O
FGEN1062 | Inglés II | 3 | O
FGEN1072 | Formación Ciudadana | 3 | O
## 2 S1
QUIM2011 | Química Orgánica I | 8 | C
QUIM2021 | Química Analítica | 8 | C
BIOL2031 | Genética | 7 | B
ESTA2041 | Bioestadística | 7 | M
## 2 S2
QUIM2012 | Química Orgánica II | 8 | C
QUIM2022 | Análisis Instrumental | 8 | C
BIOL2032 | Microbiología | 7 | B
FQUI2042 | Fisicoquímica | 7 | C
## 3 S1
BIOQ3011 | Bioquímica I | 8 | C
BIOL3021 | Fisiología | 8 | B
BIOL3031 | Biología Molecular | 8 | B
METI3041 | Metodología de la Investigación | 6 | O
## 3 S2
BIOQ3012 | Bioquímica II | 8 | C
BIOL3022 | Inmunología | 8 | B
BIOQ3032 | Enzimología | 7 | C
BIOQ3042 | Bioinformática | 7 | ?O
## 4 S1
BIOQ4011 | Bioquímica Clínica | 8 | ?P
BIOQ4021 | Biotecnología | 8 | ?B
BIOQ4031 | Seminario de Bioquímica | 6 | O
FGEN4061 | Electivo de Formación General | 8 | O
## 4 S2
BIOQ4012 | Unidad de Investigación | 20 | O
BIOQ4022 | Seminario de Licenciatura | 10 | O
"""

CL_ENF = """
## 1 S1
MORF1011 | Anatomía | 8 | B
BIOL1021 | Biología Celular | 6 | B
ENFE1031 | Fundamentos de Enfermería | 8 | O
QUIM1041 | Química para Ciencias de la Salud | 5 | C
FGEN1061 | Inglés I | 3 | O
## 1 S2
FISI1012 | Fisiología | 8 | B
ENFE1022 | Enfermería en Atención Primaria | 8 | O
PSIC1032 | Psicología del Desarrollo | 6 | O
BIOQ1042 | Bioquímica | 5 | C
FGEN1062 | Inglés II | 3 | O
## 2 S1
MICR2011 | Microbiología | 6 | B
FARM2021 | Farmacología | 8 | O
ENFE2031 | Enfermería Médico-Quirúrgica I | 10 | O
ESTA2041 | Bioestadística | 6 | M
## 2 S2
ENFE2012 | Enfermería Médico-Quirúrgica II | 12 | O
ENFE2022 | Enfermería en Salud Mental | 10 | O
ETIC2032 | Bioética | 8 | O
## 3 S1
ENFE3011 | Enfermería del Niño y Adolescente | 15 | O
ENFE3021 | Enfermería en la Mujer | 15 | O
## 3 S2
ENFE3012 | Enfermería del Adulto Mayor | 15 | O
ENFE3022 | Gestión del Cuidado | 15 | O
## 4 S1
ENFE4011 | Enfermería Comunitaria | 15 | O
METI4021 | Investigación en Enfermería | 15 | O
## 4 S2
ENFE4012 | Gestión en Enfermería | 15 | O
ENFE4022 | Seminario | 15 | O
## 5 S1
ENFE5011 | Internado Hospitalario | 30 | O
## 5 S2
ENFE5012 | Internado en Atención Primaria | 30 | O
"""


def _cur(cid, title, field, table, years, clin=False):
    return C.Curriculum(cid, "CL", title, "bachelor", years, field, "ects", parse(table), 3, 1,
                        clinical_training=clin)


MENCION = ("Tecnología Médica con mención en Bioanálisis Clínico, Inmunohematología y Medicina "
           "Transfusional")
PACK = K.CountryPack(
    code="CL", name="Chile",
    given={"F": ["Catalina", "Javiera", "Constanza", "Francisca", "Valentina", "Camila", "Fernanda", "Daniela",
                 "María José", "Antonia", "Bárbara"],
           "M": ["Matías", "Sebastián", "Nicolás", "Benjamín", "Felipe", "Cristóbal", "Diego", "Ignacio",
                 "Vicente", "Joaquín", "Tomás"]},
    surnames=["González Muñoz", "Rojas Soto", "Díaz Contreras", "Pérez Silva", "Sepúlveda Morales",
              "Fuentes Araya", "Carrasco Tapia", "Espinoza Valenzuela", "Reyes Castillo", "Gutiérrez Vergara",
              "Torres Riquelme", "Núñez Cáceres"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad de La Frontera Austral", "Temuco", "Región de La Araucanía", "CL",
                    "Avenida Francisco Salazar 01370", ("cl_tm", "cl_bq", "cl_enf"), extra={"fac": "Facultad de Medicina"}),
        Institution("Universidad Metropolitana del Maipo", "Santiago", "Región Metropolitana", "CL",
                    "Avenida Libertador Bernardo O'Higgins 3363", ("cl_tm", "cl_enf"),
                    extra={"fac": "Facultad de Ciencias de la Salud"}),
        Institution("Universidad Católica del Elqui", "La Serena", "Región de Coquimbo", "CL",
                    "Calle Larrondo 1281", ("cl_tm", "cl_bq"), extra={"fac": "Facultad de Medicina"}),
    ],
    employers=[
        Employer("Hospital Clínico Regional Dr. Arturo Cifuentes", "Temuco", "Región de La Araucanía", "CL",
                 "Manuel Montt 115", "+56 45 255 0142", "personas@hcrcifuentes.example"),
        Employer("Clínica Los Aromos del Maipo S.A.", "Santiago", "Región Metropolitana", "CL",
                 "Avenida Vicuña Mackenna 4860, Macul", "+56 2 2555 0187", "rrhh@clinicalosaromos.example"),
        Employer("Laboratorio Clínico Andino Limitada", "Concepción", "Región del Biobío", "CL",
                 "Calle O'Higgins 940, oficina 302", "+56 41 255 0163", "contacto@labandino.example", "lab"),
        Employer("Centro de Salud Familiar Las Compañías", "La Serena", "Región de Coquimbo", "CL",
                 "Avenida Cuatro Esquinas 2550", "+56 51 255 0119", "direccion@cesfamcompanias.example", "clinic"),
    ],
    signers=["María Angélica Rivas Henríquez", "Dr. Rodrigo Alarcón Pizarro", "Patricia Lagos Bustos",
             "Jorge Valdés Ortúzar"],
    curricula=[_cur("cl_tm", MENCION, "medical_technology", CL_TM, 5, True),
               _cur("cl_bq", "Licenciatura en Bioquímica", "chemistry", CL_BQ, 4),
               _cur("cl_enf", "Enfermería", "nursing", CL_ENF, 5)],
    mls_curriculum="cl_tm", science_curricula=["cl_bq"], nonqualifying_curricula=["cl_enf"],
    positions_mls=["Tecnólogo Médico"],
    positions_science=["Bioquímico", "Ayudante de Investigación"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(12, 21)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-"
                                     f"{rng.choice('0123456789K')}",
)
K.register(PACK)
add_department_phrases("CL", {
    "blood_bank": ["Banco de Sangre", "Medicina Transfusional"], "chemistry": ["Bioquímica Clínica"],
    "hematology": ["Hematología"], "microbiology": ["Microbiología"], "immunology": ["Inmunología"],
    "urinalysis": ["Orina y Líquidos Biológicos"], "molecular": ["Biología Molecular"],
    "phlebotomy": ["Toma de Muestras"], "other": ["Parasitología"]})


def nota(r):
    """1,0-7,0 with one decimal: model scores 45-92 become 4,1-6,8."""
    return round(4.0 + (r.score - 42) * 2.8 / 50, 1)


def comma(x):
    return f"{x:.1f}".replace(".", ",")


def failed_code(s):
    """At most one course of years 1-3 failed once (about half the candidates)."""
    cands = [r for t in s.terms if t.year <= 3 for r in t.results if r.spec.credits <= 8]
    if not cands or k(s, "cl-fail") % 2:
        return None
    return cands[k(s, "cl-fail-which") % len(cands)].code


def cl_concentracion(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 40, A4[0] - 40
    name = name_form(person, "caps")
    cx = [L, L + 58, R - 168, R - 136, R - 108, R - 80, R - 52, R]
    fail = failed_code(s)

    def new_page(n):
        p = Page(A4)
        p.logo(L + 20, 52, 18, 0)
        p.pieces(46, [(L + 46, inst.name.upper(), "left", FB, 11),
                      (R, f"Folio N° {k(s, 'cl-folio') % 900000 + 100000}", "right", F, 8)])
        p.text(L + 46, 58, inst.extra["fac"], F, 8.5)
        p.text(L + 46, 69, "Dirección de Registro Académico", F, 8.5)
        p.text(p.w / 2, 98, "CONCENTRACIÓN DE NOTAS", FB, 13, "center")
        y = 120
        p.pieces(y, [(L, "Nombre", "left", FB, 8.5), (L + 62, f": {name}", "left")], F, 8.5); y += 11
        p.pieces(y, [(L, "RUN", "left", FB, 8.5), (L + 62, f": {s.student_no}", "left")], F, 8.5); y += 11
        if n == 1:
            p.pieces(y, [(L, "Carrera", "left", FB, 8.5), (L + 62, f": {cur.title}", "left")], F, 8.5); y += 11
            p.pieces(y, [(L, "Año ingreso", "left", FB, 8.5), (L + 62, f": {s.admitted.year}", "left"),
                         (L + 200, "Plan de estudios", "left", FB, 8.5),
                         (L + 285, f": {2010 + k(s, 'plan') % 4}", "left")], F, 8.5); y += 11
        y += 4
        p.rect(L, y, R - L, 14, 0.6, 0, fill=0.88)
        heads = ["Código", "Asignatura", "Año", "Sem.", "Nota", "SCT", "Estado"]
        p.pieces(y + 10, [(cx[0] + 3, heads[0], "left"), (cx[1] + 3, heads[1], "left")] +
                 [((cx[i] + cx[i + 1]) / 2, heads[i], "center") for i in range(2, 7)], FB, 8)
        return p, y + 26

    fl = Flow(new_page, 80)
    out = []
    rows = []
    for t in s.terms:
        sem = 1 if t.key == "S1" else 2
        yr = t.start_year
        for r in t.results:
            n = nota(r)
            if r.code == fail:
                bad = round(2.8 + (k(s, "cl-bad") % 11) / 10, 1)
                rows.append((yr, sem, r, bad, False))
                rows.append((yr + 1, sem, r, n, True))
            else:
                rows.append((yr, sem, r, n, True))
    rows.sort(key=lambda x: (x[0], x[1]))
    sct = pts = wsum = 0
    for i, (yr, sem, r, n, ok) in enumerate(rows):
        lines = wrap(r.spec.title, F, 7.8, cx[2] - cx[1] - 6)
        fl.need(10 * len(lines) + 2 + (150 if i == len(rows) - 1 else 0))   # the last row stays with the totals
        p, y = fl.page, fl.y
        c = int(r.spec.credits)
        p.pieces(y, [(cx[0] + 3, r.code, "left"), (cx[1] + 3, lines[0], "left"),
                     ((cx[2] + cx[3]) / 2, str(yr), "center"), ((cx[3] + cx[4]) / 2, str(sem), "center"),
                     ((cx[4] + cx[5]) / 2, comma(n), "center"), ((cx[5] + cx[6]) / 2, str(c), "center"),
                     (cx[6] + 4, "Aprobado" if ok else "Reprobado", "left")], F, 7.8)
        for ln in lines[1:]:
            y += 9
            p.text(cx[1] + 9, y, ln, F, 7.8)
        fl.y = y + 10.5
        label = f"{yr}-{sem}"
        d = course_truth(r, label, c, comma(n), "ects", title=" ".join(lines))
        if not ok:
            d["passed"] = False
            d["semester_hours"] = 0
        out.append(d)
        wsum += c
        pts += c * n
        if ok:
            sct += c
    prom = pts / wsum
    fl.need(150)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 6, 0.8)
    y += 8
    p.pieces(y, [(L, "SCT aprobados:", "left", FB, 9), (L + 120, str(sct), "left"),
                 (L + 230, "Promedio ponderado acumulado:", "left", FB, 9), (L + 390, f"{prom:.2f}".replace(".", ","), "left")], F, 9)
    y += 13
    p.pieces(y, [(L, "Situación académica:", "left", FB, 9), (L + 120, "Egresado(a) - Titulado(a)", "left"),
                 (L + 230, "Fecha de titulación:", "left", FB, 9), (L + 390, es_long(s.conferred), "left")], F, 9)
    y += 18
    for ln in ["(1) Escala de notas de 1,0 a 7,0; nota mínima de aprobación 4,0. Las asignaturas reprobadas se",
               "registran con su nota y no otorgan créditos; la asignatura se cursa nuevamente en un período posterior.",
               "(2) SCT: Sistema de Créditos Transferibles (SCT-Chile); 1 SCT equivale a 24 a 31 horas de trabajo",
               "académico del estudiante; 30 SCT por semestre. Promedio ponderado por créditos SCT."]:
        p.text(L, y, ln, F, 7)
        y += 9
    yb = p.h - 110
    p.signature(R - 175, yb - 12, 120, rng)
    p.hline(R - 210, R - 30, yb - 8, 0.5)
    p.text(R - 120, yb, "Director(a) de Registro Académico", FB, 8.5, "center")
    p.seal(R - 240, yb - 20, 30, 0.5)
    p.text(L, yb, f"{inst.city}, {es_long(s.conferred)}", F, 8.5)
    p.text(L, yb + 12, f"Verifique este documento en www.{inst.name.split()[-1].lower()}.example/verifica "
           f"con el código {k(s, 'cl-ver') % 10 ** 8:08d}", F, 7)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 30, f"Página {i} de {n}", F, 7.5, "center")
    return LayoutResult("transcript", "cl_concentracion", FAMILY, fl.pages, [name], out, "ects",
                        {"prints_totals": True, "total_credits": sct, "average": round(prom, 2)})


TRANSCRIPT_LAYOUTS = {"cl_concentracion": (cl_concentracion, FAMILY, ("CL",))}
