"""Writer AB, round 13: Guatemala (GT). Country pack (the national university's Facultad de Ciencias
Químicas y Farmacia: "Licenciatura en Química Biológica", five years, semester credits; Licenciatura
en Biología; Licenciatura en Enfermería) and the "CERTIFICACIÓN DE CURSOS APROBADOS" in the style of
a notarial certificate, in Spanish: an opening paragraph ("EL INFRASCRITO SECRETARIO ACADÉMICO ...
CERTIFICA: Que en los registros de esta Unidad aparece que el (la) estudiante ..., carné No.
201410234, aprobó los cursos siguientes:"), the course lines CÓDIGO ("028") | CURSO | NOTA (61-100,
pass mark 61) | EN LETRAS ("OCHENTA Y CINCO") | CRÉD. | FECHA ("15/06/2015") | CICLO ("1er. Sem.
2015", "2do. Sem. 2015", "Vacaciones junio 2016"), in the order of the curriculum (pensum), NOT of
the date: a course failed in its semester and passed in a vacation course or a later semester keeps
its place with the later date. One course in two certificates is an equivalence from another
programme: "EQUIV." in the NOTA column, no words. Then "TOTAL DE CRÉDITOS APROBADOS: 252" and the
closing formula with the date in words. Every page has "Hoja No. 1 de 3" at the top right and a dry
seal. Only approved courses are listed (no failed rows).

Credit basis: Guatemalan university credits (one crédito = one hour of theory a week, or two of
laboratory, through a semester) are semester credits, system "semester" (x 1). The truth records
the pass mark 61 (the certificate prints it in its note on the grading scale)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LETTER, Flow, Page, fit_size
from .r13_ab_common import (FAMILY, add_department_phrases, course_truth, dry_seal, es_words, gt_date_words, k,
                            parse, sign_block)

GT_QB = """
## 1 S1
001 | Matemática I | 5 | M
002 | Química General I | 5 | C
003 | Biología General I | 4 | B
004 | Física I | 4 | O
005 | Lenguaje y Redacción | 3 | O
006 | Filosofía de la Ciencia | 3 | O
## 1 S2
011 | Matemática II | 5 | M
012 | Química General II | 5 | C
013 | Biología General II | 4 | B
014 | Física II | 4 | O
015 | Estadística I | 4 | M
016 | Sociología de Guatemala | 3 | O
## 2 S1
021 | Química Orgánica I | 5 | C
022 | Análisis Cuantitativo | 5 | C
023 | Anatomía y Fisiología I | 4 | B
024 | Bioestadística | 4 | M
025 | Zoología General | 4 | B
026 | Metodología de la Investigación | 3 | O
## 2 S2
028 | Química Orgánica II | 5 | C
029 | Análisis Instrumental | 5 | C
030 | Anatomía y Fisiología II | 4 | B
031 | Botánica General | 4 | B
032 | Fisicoquímica | 4 | C
033 | Genética General | 4 | B
## 3 S1
041 | Bioquímica I | 5 | C
042 | Microbiología General | 5 | B
043 | Histología | 4 | B
044 | Biología Celular y Molecular | 4 | B
045 | Inmunología General | 4 | ?B
046 | Epidemiología | 3 | O
## 3 S2
051 | Bioquímica II | 5 | C
052 | Bacteriología I | 5 | ?P
053 | Parasitología I | 4 | P
054 | Fisiopatología | 4 | ?O
055 | Hematología I | 4 | P
056 | Salud Pública I | 3 | O
## 4 S1
061 | Química Clínica I | 5 | P
062 | Bacteriología II | 5 | ?P
063 | Parasitología II | 4 | P
064 | Hematología II | 4 | P
065 | Virología | 4 | ?B
066 | Micología Médica | 3 | P
## 4 S2
071 | Química Clínica II | 5 | P
072 | Inmunología Clínica y Serología | 4 | ?P
073 | Inmunohematología y Banco de Sangre | 4 | P
074 | Uroanálisis y Líquidos Corporales | 4 | P
075 | Citohistología | 4 | P
076 | Control de Calidad y Gestión del Laboratorio | 4 | P
## 5 S1
081 | Biología Molecular Aplicada al Diagnóstico | 4 | ?P
082 | Toxicología Clínica | 4 | ?P
083 | Endocrinología | 4 | ?P
084 | Seminario de Investigación | 4 | O
085 | Legislación y Ética Profesional | 3 | ?P
086 | Administración de Laboratorios | 4 | P
## 5 S2
091 | Ejercicio Profesional Supervisado (EPS) | 15 | P | chemistry,hematology,microbiology,blood_bank,urinalysis,immunology
092 | Seminario de Tesis | 5 | O
"""

GT_BIO = """
## 1 S1
101 | Matemática I | 5 | M
102 | Química General I | 5 | C
103 | Biología General I | 5 | B
104 | Lenguaje y Redacción | 3 | O
## 1 S2
111 | Matemática II | 5 | M
112 | Química General II | 5 | C
113 | Biología General II | 5 | B
114 | Física General | 4 | O
## 2 S1
121 | Química Orgánica | 5 | C
122 | Botánica I | 5 | B
123 | Zoología I | 5 | B
124 | Estadística | 4 | M
## 2 S2
131 | Bioquímica | 5 | C
132 | Botánica II | 5 | B
133 | Zoología II | 5 | B
134 | Ecología General | 4 | ?B
## 3 S1
141 | Genética | 5 | B
142 | Microbiología | 5 | B
143 | Fisiología Animal | 5 | B
144 | Metodología de la Investigación | 4 | O
## 3 S2
151 | Fisiología Vegetal | 5 | B
152 | Biología Celular | 5 | B
153 | Evolución | 4 | ?B
154 | Biogeografía | 4 | ?O
## 4 S1
161 | Ecología de Poblaciones | 5 | ?B
162 | Entomología | 5 | B
163 | Biología Molecular | 5 | B
## 4 S2
171 | Conservación de Recursos Naturales | 5 | O
172 | Ictiología | 5 | B
173 | Seminario de Investigación | 4 | O
## 5 S1
181 | Práctica de Campo | 10 | O
182 | Gestión Ambiental | 5 | O
## 5 S2
191 | Ejercicio Profesional Supervisado | 15 | O
192 | Seminario de Tesis | 5 | O
"""

GT_NUR = """
## 1 S1
201 | Fundamentos de Enfermería I | 6 | O
202 | Anatomía y Fisiología | 5 | B
203 | Lenguaje y Redacción | 3 | O
## 1 S2
211 | Fundamentos de Enfermería II | 6 | O
212 | Microbiología y Parasitología | 4 | ?B
213 | Psicología General | 3 | O
## 2 S1
221 | Enfermería Médico-Quirúrgica I | 8 | O
222 | Farmacología | 4 | O
## 2 S2
231 | Enfermería Médico-Quirúrgica II | 8 | O
232 | Nutrición | 4 | O
## 3 S1
241 | Enfermería Materno Infantil | 8 | O
242 | Epidemiología | 4 | O
## 3 S2
251 | Enfermería Pediátrica | 8 | O
252 | Salud Mental y Psiquiatría | 4 | O
## 4 S1
261 | Enfermería en Salud Pública | 8 | O
262 | Investigación en Enfermería | 4 | O
## 4 S2
271 | Administración de Servicios de Enfermería | 8 | O
272 | Bioética | 4 | O
## 5 S1
281 | Práctica Hospitalaria Integrada | 12 | O
## 5 S2
291 | Ejercicio Profesional Supervisado | 15 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "GT", title, "bachelor", 5, field, "semester", parse(table), 1, 3, clinical_training=clin)


GT_INST = [
    Institution("Universidad Nacional de San Bartolomé de Guatemala", "Ciudad de Guatemala", "Guatemala", "GT",
                "Ciudad Universitaria, zona 12", ("gt_qb", "gt_bio", "gt_nur"), "university",
                extra={"fac": "Facultad de Ciencias Químicas y Farmacia", "city": "la Ciudad de Guatemala",
                       "sec": "Lic. Rodrigo Armando Tepaz Cux", "dean": "Dr. Óscar Eduardo Rac Sincal"}),
    Institution("Universidad del Altiplano Occidental", "Quetzaltenango", "Quetzaltenango", "GT",
                "Calle Rodolfo Robles 29-99, zona 1", ("gt_qb", "gt_bio", "gt_nur"), "university",
                extra={"fac": "Facultad de Ciencias Químicas y Farmacia", "city": "la ciudad de Quetzaltenango",
                       "sec": "Licda. Marta Lidia Xicará Chox", "dean": "Dr. Héctor Rolando Coyoy Tax"}),
]

PACK = K.CountryPack(
    code="GT", name="Guatemala",
    given={"F": ["María", "Ana", "Lucía", "Andrea", "Sofía", "Karla", "Gabriela", "Mónica", "Claudia", "Silvia"],
           "M": ["José", "Luis", "Carlos", "Juan", "Diego", "Mario", "Jorge", "Erick", "Pablo", "Héctor"]},
    surnames=["López García", "Pérez Chávez", "Hernández Ajú", "Morales Xicará", "Castillo Barrios", "Ramírez Coyoy",
              "Méndez Tzul", "Gómez Ordóñez", "Juárez Velásquez", "Estrada Boror", "Cifuentes Monzón",
              "Rodas Tum"],
    middle={"F": ["José", "Fernanda", "Alejandra", "Isabel", "Gabriela", ""],
            "M": ["Antonio", "Fernando", "Alejandro", "Rodrigo", "Enrique", ""]},
    institutions=GT_INST,
    employers=[
        Employer("Hospital Privado Nuestra Señora de la Asunción", "Ciudad de Guatemala", "Guatemala", "GT",
                 "6a. Avenida 8-92, zona 9", "+502 2300 0145", "rrhh@hpasuncion.example"),
        Employer("Sanatorio El Pilar de Occidente", "Quetzaltenango", "Quetzaltenango", "GT",
                 "14 Avenida 3-51, zona 3", "+502 7760 0218", "personal@elpilar-occidente.example"),
        Employer("Hospital Centro Médico Vista Hermosa", "Ciudad de Guatemala", "Guatemala", "GT",
                 "Boulevard Vista Hermosa 20-35, zona 15", "+502 2420 0371", "talento@cmvistahermosa.example"),
        Employer("Laboratorio Clínico Biored, S.A.", "Mixco", "Guatemala", "GT", "Calzada San Juan 14-06, zona 7",
                 "+502 2430 0590", "rrhh@biored.example", "lab"),
    ],
    signers=["Licda. Ingrid Maribel Son Pérez", "Lic. Walter Estuardo Pac Mux", "Licda. Carmen Rosa Ixcot López",
             "Ing. Marco Tulio Solórzano"],
    curricula=[_cur("gt_qb", "Licenciatura en Química Biológica", "medical_laboratory_science", GT_QB, True),
               _cur("gt_bio", "Licenciatura en Biología", "biology", GT_BIO),
               _cur("gt_nur", "Licenciatura en Enfermería", "nursing", GT_NUR)],
    mls_curriculum="gt_qb", science_curricula=["gt_bio"], nonqualifying_curricula=["gt_nur"],
    positions_mls=["Químico Biólogo"],
    positions_science=["Técnico de Laboratorio", "Biólogo"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("GT", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología", "Bacteriología"], "immunology": ["Inmunología", "Serología"],
    "urinalysis": ["Uroanálisis"], "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"],
    "other": ["Citohistología"]})

CARRERA = {"gt_qb": "Química Biológica", "gt_bio": "Biología", "gt_nur": "Enfermería"}
FAC = {"gt_qb": "Facultad de Ciencias Químicas y Farmacia", "gt_bio": "Facultad de Ciencias Químicas y Farmacia",
       "gt_nur": "Facultad de Ciencias Médicas"}


def gt_name(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def sem(t, year):
    return f"1er. Sem. {year}" if t.key == "S1" else f"2do. Sem. {year}"


def gt_rows(s):
    """[(r, nota or None for EQUIV., date, ciclo)] in pensum order."""
    out = []
    equiv = None
    if k(s, "eq") % 2 == 0:
        equiv = (0, k(s, "eqj") % len(s.terms[0].results))
    for i, t in enumerate(s.terms):
        y = t.start_year
        for j, r in enumerate(t.results):
            h = k(s, f"d{i}.{j}")
            nota = int(round(61 + (r.score - 45) / 47.0 * 30 + (h % 11) - 5))
            nota = max(61, min(98, nota))
            if equiv == (i, j):
                out.append((r, None, dt.date(y, 2, 3) + dt.timedelta(days=h % 20), sem(t, y)))
                continue
            if t.key == "S1":
                d = dt.date(y, 6, 2) + dt.timedelta(days=h % 20)
            else:
                d = dt.date(y, 11, 2) + dt.timedelta(days=h % 20)
            cyc = sem(t, y)
            late = k(s, f"late{i}.{j}") % 17
            if not r.spec.areas and i < len(s.terms) - 2:
                if late == 0:          # failed in the semester, passed in the vacation course after it
                    if t.key == "S1":
                        d, cyc = dt.date(y, 7, 8) + dt.timedelta(days=h % 12), f"Vacaciones junio {y}"
                    else:
                        d, cyc = dt.date(y, 12, 9) + dt.timedelta(days=h % 10), f"Vacaciones diciembre {y}"
                    nota = min(nota, 61 + h % 15)
                elif late == 1:        # passed when the course was next given, a year later
                    d = d.replace(year=y + 1)
                    cyc = sem(t, y + 1)
            out.append((r, nota, d, cyc))
    return out


def gt_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB = "Times-Roman", "Times-Bold"
    W, H = LETTER
    L, R = 48, W - 48
    nm = gt_name(person).upper()
    fac = FAC[cur.id]
    rows = gt_rows(s)
    issued = s.conferred + dt.timedelta(days=k(s, "iss") % 20)
    X = {"code": L, "curso": L + 30, "nota": L + 236, "letras": L + 244, "cred": L + 358, "fecha": L + 366,
         "ciclo": L + 414}
    sz = 7.6

    def col_head(p, y):
        p.pieces(y, [(X["code"], "CÓDIGO", "left"), (X["curso"], "CURSO", "left"), (X["nota"], "NOTA", "right"),
                     (X["letras"], "EN LETRAS", "left"), (X["cred"], "CRÉD.", "right"), (X["fecha"], "FECHA", "left"),
                     (X["ciclo"], "CICLO", "left")], TB, 7.2)
        p.hline(L, R, y + 3, 0.5)
        p.hline(L, R, y - 9, 0.5)
        return y + 13

    def new_page(n):
        p = Page(LETTER)
        p.text(W / 2, 46, inst.name.upper(), TB, 11, "center")
        p.text(W / 2, 59, fac.upper(), TB, 9, "center")
        p.text(W / 2, 71, "DEPARTAMENTO DE CONTROL ACADÉMICO", T, 8.5, "center")
        y = 96
        if n == 1:
            p.text(W / 2, y, "CERTIFICACIÓN DE CURSOS APROBADOS", TB, 12.5, "center")
            y += 22
            para = (f"EL INFRASCRITO SECRETARIO ACADÉMICO DE LA {fac.upper()} DE LA {inst.name.upper()}, "
                    f"CERTIFICA: Que en los registros de esta Unidad aparece que el (la) estudiante {nm}, carné No. "
                    f"{s.student_no}, de la carrera de Licenciatura en {CARRERA[cur.id]}, aprobó los cursos "
                    f"siguientes:")
            y = p.paragraph(L, y, para, T, 9.5, R - L, 13.5) + 8
        return p, col_head(p, y + 4)

    fl = Flow(new_page, 64)
    courses, total = [], 0
    for r, nota, d, cyc in rows:
        fl.need(11)
        p, y = fl.page, fl.y
        cr = int(r.spec.credits)
        ts = fit_size(r.spec.title, T, sz, 200, 6.0)
        g = "EQUIV." if nota is None else str(nota)
        words = "" if nota is None else es_words(nota).upper()
        fecha = f"{d.day:02d}/{d.month:02d}/{d.year}"
        p.text(X["code"], y, r.code, T, sz, record=False)
        p.text(X["curso"], y, r.spec.title, T, ts, record=False)
        p.text(X["nota"], y, g, T, sz, "right", record=False)
        if words:
            p.text(X["letras"], y, words, T, 6.6, record=False)
        p.text(X["cred"], y, str(cr), T, sz, "right", record=False)
        p.text(X["fecha"], y, fecha, T, sz, record=False)
        p.text(X["ciclo"], y, cyc, T, 6.8, record=False)
        p.lines.append(" ".join(x for x in (r.code, r.spec.title, g, words, str(cr), fecha, cyc) if x))
        p.line_y.append(y)
        courses.append(course_truth(r, cyc, cr, g, "semester"))
        total += cr
        fl.y += 10.6
    fl.need(150)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 6, 0.5)
    y += 8
    p.text(L, y, f"TOTAL DE CRÉDITOS APROBADOS: {total}", TB, 9.5)
    y += 14
    y = p.paragraph(L, y, "Escala de calificaciones: 0 a 100 puntos; nota mínima de aprobación: 61 puntos. "
                          "EQUIV.: curso aprobado por equivalencia.", T, 7.8, R - L, 10) + 6
    y = p.paragraph(L, y, f"Y para los usos que al interesado convengan, se extiende, firma y sella la presente en "
                          f"{inst.extra['city']}, {gt_date_words(issued)}.", T, 9.5, R - L, 13.5) + 52
    sign_block(p, rng, W * 0.3, y, inst.extra["sec"], T, 8.5, 170, "Secretario Académico")
    sign_block(p, rng, W * 0.72, y, "Vo. Bo. " + inst.extra["dean"], T, 8.5, 190, "Decano")
    pages = fl.pages
    for n, pg in enumerate(pages, 1):
        pg.text(R, 28, f"Hoja No. {n} de {len(pages)}", T, 8.5, "right")
        pg.lines.insert(0, pg.lines.pop())
        pg.line_y.insert(0, pg.line_y.pop())
        dry_seal(pg, W - 92, H - 40 if n < len(pages) else min(H - 80, y - 30), 28)
    return LayoutResult("transcript", "ab_gt_certificacion", FAMILY, pages, [nm], courses, "semester",
                        {"prints_totals": True, "pass_mark": 61})


TRANSCRIPT_LAYOUTS = {"ab_gt_certificacion": (gt_transcript, FAMILY, ("GT",))}
