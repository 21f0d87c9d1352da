"""Writer P, round 8: Bolivia. Country pack (Licenciatura en Bioquímica, 5 years with annual and
semester subjects mixed and a one-year Internado Rotatorio; Licenciatura en Biología; Licenciatura en
Enfermería) and the public university's "CERTIFICADO DE CALIFICACIONES" on oficio paper: a "CERTIFICA:
Que ..." preamble by the Jefe de Kardex, then numbered lines `Nº | Sigla | Asignatura | Gestión |
Periodo | Carga Horaria | Nota | Literal` (Sigla "BQM-211"; Gestión the calendar year; Periodo
"1/2014", "2/2014" or "ANUAL"; Carga Horaria = total contact hours 80-240, NO credits; Nota on
1-100, pass 51, Literal the note in capital words "SETENTA Y DOS"); about half the candidates have
a failed subject printed with its failing note and then its retake as a second line, Periodo
"2DA. INST." (second instance, same gestión) or "EX. MESA" (examen de mesa, next gestión); the
"Internado Rotatorio" of the fifth year with Carga Horaria 1600; "Total carga horaria" and
"Promedio general: 72,35" (simple mean of the approved notes, decimal comma); long titles wrap;
signed "Jefe de Kardex" with the Dean's "Vo. Bo."; at the bottom a notary-like "ES CONFORME" block
with the "Valorado universitario" revenue stamp.

Credit system: contact hours ("hours"; courses.SH_FACTOR: 15 h = 1 SH, the ruleset's rate).
The brief wants the Internado as one line of 1600 h (106.67 SH), above criteria.md's 15 SH per
course plausibility bound: the truth keeps what is printed. The failed attempt is a row with
`passed: false` (no SH); its retake row carries the hours.

Field: the Bolivian clinical-laboratory professional is the "Licenciado en Bioquímica"; criteria.md
normalises a biochemistry title to a science degree (chemistry, incl. biochemistry), so the truth's
field is "chemistry" (with clinical_training true: the Internado Rotatorio is in hospital labs)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LEGAL_PH, Flow, Page, wrap
from .r8_p_common import FAMILY, add_department_phrases, comma, course_truth, es_long, es_num, k, parse

BO_BQ = """
## 1 Y
BQM-111 | Química General e Inorgánica | 220 | C
BIO-112 | Biología General | 200 | B
MAT-113 | Matemática | 160 | M
FIS-114 | Física | 160 | O
## 1 S1
LEN-115 | Técnicas de Estudio, Lenguaje y Redacción Científica | 80 | O
## 1 S2
INF-116 | Informática Básica | 80 | O
## 2 Y
BQM-211 | Química Orgánica | 220 | C
BQM-212 | Química Analítica Cualitativa y Cuantitativa | 220 | C
MED-213 | Anatomía y Fisiología Humana | 200 | B
## 2 S1
EST-214 | Bioestadística | 120 | M
BIO-215 | Histología | 120 | B
## 2 S2
FQM-216 | Fisicoquímica | 120 | C
BIO-217 | Genética | 100 | B
## 3 Y
BQM-311 | Bioquímica General | 220 | C
MIC-312 | Microbiología General | 200 | B
INM-313 | Inmunología | 160 | B
## 3 S1
PAR-314 | Parasitología | 160 | P
FAR-315 | Farmacología General | 120 | O
## 3 S2
BQM-316 | Análisis Instrumental | 120 | C
SAL-317 | Salud Pública y Epidemiología | 80 | O
## 4 Y
BQC-411 | Bioquímica Clínica | 220 | P
HEM-412 | Hematología | 200 | P
MIC-413 | Bacteriología Clínica | 200 | P
## 4 S1
INM-414 | Inmunohematología y Banco de Sangre | 120 | P
BQC-415 | Uroanálisis y Líquidos Biológicos | 100 | P
## 4 S2
MIC-416 | Micología y Virología Clínica | 120 | P
BQC-417 | Control de Calidad y Gestión del Laboratorio Clínico | 80 | P
TOX-418 | Toxicología | 100 | O
## 5 Y
INT-511 | Internado Rotatorio | 1600 | P | chemistry,hematology,microbiology,blood_bank,urinalysis,immunology
"""

BO_BIO = """
## 1 Y
BIO-111 | Biología General | 220 | B
QMC-112 | Química General | 220 | C
MAT-113 | Matemática | 160 | M
FIS-114 | Física General | 160 | O
## 2 Y
BIO-211 | Zoología de Invertebrados | 200 | B
BIO-212 | Botánica Sistemática | 200 | B
QMC-213 | Química Orgánica | 200 | C
## 2 S1
EST-214 | Bioestadística | 120 | M
## 2 S2
BIO-215 | Genética | 120 | B
## 3 Y
BIO-311 | Zoología de Vertebrados | 200 | B
BIO-312 | Microbiología | 200 | B
QMC-313 | Bioquímica | 200 | C
## 3 S1
BIO-314 | Fisiología Vegetal | 120 | B
## 3 S2
BIO-315 | Fisiología Animal | 120 | B
## 4 Y
BIO-411 | Ecología | 200 | O
BIO-412 | Biología Molecular | 160 | B
## 4 S1
BIO-413 | Limnología | 120 | O
## 4 S2
BIO-414 | Metodología de la Investigación | 100 | O
## 5 Y
BIO-511 | Trabajo Dirigido | 800 | O
"""

BO_ENF = """
## 1 Y
ENF-111 | Anatomía y Fisiología | 220 | B
ENF-112 | Fundamentos de Enfermería | 220 | O
ENF-113 | Bioquímica | 160 | C
## 2 Y
ENF-211 | Enfermería Médico Quirúrgica | 220 | O
ENF-212 | Microbiología y Parasitología | 160 | ?B
ENF-213 | Farmacología | 160 | O
## 3 Y
ENF-311 | Enfermería Materno Infantil | 220 | O
ENF-312 | Salud Comunitaria | 220 | O
## 4 Y
ENF-411 | Enfermería Pediátrica | 220 | O
ENF-412 | Administración en Enfermería | 200 | O
## 5 Y
ENF-511 | Internado Rotatorio de Enfermería | 1600 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BO", title, "bachelor", 5, field, "hours", parse(table), 2, 5,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="BO", name="Bolivia",
    given={"F": ["Wendy", "Roxana", "Marisol", "Ximena", "Paola", "Gabriela", "Jhoselin", "Nelly", "Carla",
                 "Brenda", "Lourdes"],
           "M": ["Marco Antonio", "Jhonny", "Wilfredo", "Rodrigo", "Álvaro", "Edwin", "Freddy", "Limber", "Sergio",
                 "Gonzalo", "René"]},
    surnames=["Mamani Quispe", "Choque Condori", "Flores Vargas", "Gutiérrez Mendoza", "Quispe Apaza",
              "Rojas Salazar", "Vargas Calle", "Huanca Ticona", "Copa Limachi", "Ortiz Saavedra", "Arce Villca",
              "Cruz Guarachi"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad Mayor de San Ildefonso", "Sucre", "Chuquisaca", "BO", "Calle Junín N° 692",
                    ("bo_bq", "bo_bio", "bo_enf"), extra={"fac": "Facultad de Ciencias Químico Farmacéuticas y Bioquímicas"}),
        Institution("Universidad Pública de los Yungas", "La Paz", "La Paz", "BO", "Av. Villazón N° 1885, Zona Central",
                    ("bo_bq", "bo_enf"), extra={"fac": "Facultad de Ciencias Farmacéuticas y Bioquímicas"}),
        Institution("Universidad Autónoma del Chaco Tarijeño", "Tarija", "Tarija", "BO", "Calle General Trigo N° 544",
                    ("bo_bq", "bo_bio"), extra={"fac": "Facultad de Ciencias de la Salud"}),
    ],
    employers=[
        Employer("Hospital Obrero Nro. 7 de la Caja Andina de Salud", "La Paz", "La Paz", "BO",
                 "Av. Saavedra N° 2245, Miraflores", "+591 2 555 0142", "rrhh@cajaandina.example"),
        Employer("Hospital de Tercer Nivel San Roque del Sur", "Sucre", "Chuquisaca", "BO",
                 "Calle Colón N° 420", "+591 4 555 0163", "direccion@hsanroquesur.example"),
        Employer("Laboratorio de Análisis Clínicos BioAndes S.R.L.", "Cochabamba", "Cochabamba", "BO",
                 "Av. Ballivián N° 771, Edif. Torres, Of. 3", "+591 4 555 0177", "info@bioandes.example", "lab"),
        Employer("Centro de Salud Integral Villa Fátima Norte", "La Paz", "La Paz", "BO",
                 "Calle Tumusla N° 1130", "+591 2 555 0119", "cs.villafatima@salud.example", "clinic"),
    ],
    signers=["Dra. Silvia Patricia Ledezma Rocha", "Lic. Juan Carlos Aramayo Téllez", "Dr. Hugo Fernández Antezana",
             "Lic. Martha Irusta Coca"],
    curricula=[_cur("bo_bq", "Licenciatura en Bioquímica", "chemistry", BO_BQ, True),
               _cur("bo_bio", "Licenciatura en Biología", "biology", BO_BIO),
               _cur("bo_enf", "Licenciatura en Enfermería", "nursing", BO_ENF)],
    mls_curriculum="bo_bq", science_curricula=["bo_bio"], nonqualifying_curricula=["bo_enf"],
    positions_mls=["Bioquímico de Laboratorio", "Bioquímico Clínico"],
    positions_science=["Técnico de Laboratorio", "Auxiliar de Investigación"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(100, 999)}-{rng.randint(10, 99)}{sy % 100:02d}",
)
K.register(PACK)
add_department_phrases("BO", {
    "blood_bank": ["Banco de Sangre", "Inmunohematología"], "chemistry": ["Química Sanguínea", "Bioquímica Clínica"],
    "hematology": ["Hematología"], "microbiology": ["Microbiología", "Bacteriología"],
    "immunology": ["Inmunología", "Serología"], "urinalysis": ["Uroanálisis"], "molecular": ["Biología Molecular"],
    "phlebotomy": ["Toma de Muestras"], "other": ["Parasitología"]})


def nota(r):
    return max(51, min(95, 51 + int((r.score - 45) * 40 / 47)))


def failed(s):
    """(code, kind) of the one subject failed once, or None (about half the candidates)."""
    if k(s, "bo-f") % 2:
        return None
    c = [r for t in s.terms if t.year <= 3 and t.key != "Y" for r in t.results]
    if not c:
        c = [r for t in s.terms if t.year <= 3 for r in t.results]
    return c[k(s, "bo-fw") % len(c)].code, ("2DA. INST." if k(s, "bo-fk") % 2 else "EX. MESA")


def bo_rows(s):
    """[(r, gestion, periodo, hours, nota, passed)] in printed order."""
    f = failed(s)
    rows = []
    for t in s.terms:
        g = t.start_year
        per = "ANUAL" if t.key == "Y" else f"{1 if t.key == 'S1' else 2}/{g}"
        for r in t.results:
            h = int(r.spec.credits)
            if f and r.code == f[0]:
                rows.append((r, g, per, h, 22 + k(s, "bo-bad") % 24, False))
                if f[1] == "2DA. INST.":
                    rows.append((r, g, "2DA. INST.", h, 51 + k(s, "bo-2i") % 12, True))
                else:
                    rows.append((r, g + 1, "EX. MESA", h, 51 + k(s, "bo-me") % 15, True))
                continue
            rows.append((r, g, per, h, nota(r), True))
    rows.sort(key=lambda x: (x[1], {"ANUAL": 0}.get(x[2], 1)))
    return rows


def bo_ci(s):
    return f"{k(s, 'bo-ci') % 9000000 + 1000000} {['L.P.', 'CH.', 'TJA.', 'CBBA.', 'OR.'][k(s, 'bo-cie') % 5]}"


def bo_certificado(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 44, LEGAL_PH[0] - 44
    name = name_form(person, "caps")
    fem = person.sex == "F"
    ci = bo_ci(s)
    cx = [L, L + 22, L + 72, L + 250, L + 290, L + 340, L + 378, L + 406, R]
    heads = ["Nº", "Sigla", "Asignatura", "Gestión", "Periodo", "Carga", "Nota", "Literal"]
    carrera = "Bioquímica" if cur.id == "bo_bq" else ("Biología" if cur.id == "bo_bio" else "Enfermería")

    def head_row(p, y):
        p.rect(L, y, R - L, 22, 0.8, 0, fill=0.88)
        items = []
        for i, h in enumerate(heads):
            items.append(((cx[i] + cx[i + 1]) / 2, h, "center") if i != 2 else (cx[2] + 4, h, "left"))
        p.pieces(y + 9, items, FB, 7.8)
        p.text((cx[5] + cx[6]) / 2, y + 18, "Horaria", FB, 7.8, "center")
        return y + 22

    def new_page(n):
        p = Page(LEGAL_PH)
        p.logo(L + 24, 58, 22, 1)
        p.text(R, 40, f"Nº {k(s, 'bo-cert') % 900000 + 100000:06d}", FB, 10, "right")
        p.text(p.w / 2, 46, inst.name.upper(), FB, 12.5, "center")
        p.text(p.w / 2, 59, inst.extra["fac"].upper(), F, 8.5, "center")
        p.text(p.w / 2, 70, f"CARRERA DE {carrera.upper()} — DIVISIÓN DE KARDEX", F, 8.5, "center")
        p.hline(L, R, 80, 1.2)
        if n == 1:
            p.text(p.w / 2, 104, "CERTIFICADO DE CALIFICACIONES", FB, 15, "center")
            y = 128
            body = (f"El suscrito Jefe de la División de Kardex de la Carrera de {carrera} de la {inst.name}, en "
                    f"uso de sus atribuciones, CERTIFICA: Que, {'la señorita' if fem else 'el señor'} {name}, con "
                    f"C.I. {ci}, Registro Universitario Nº {s.student_no}, ha cursado en esta Carrera las asignaturas "
                    f"correspondientes al Plan de Estudios de la {cur.title}, con las calificaciones que a "
                    f"continuación se detallan:")
            y = p.paragraph(L, y, body, F, 9.5, R - L, 13.5) + 4
            return p, head_row(p, y) + 11
        p.text(L, 96, f"Certificado de calificaciones de {name} (continuación)", F, 8)
        return p, head_row(p, 104) + 11

    fl = Flow(new_page, 84)
    out, hours, notas = [], 0, []
    for i, (r, g, per, h, n, ok) in enumerate(bo_rows(s), 1):
        lines = wrap(r.spec.title, F, 8, cx[3] - cx[2] - 8)
        lit = es_num(n).upper()
        llines = wrap(lit, F, 6.6, cx[8] - cx[7] - 4)
        nl = max(len(lines), len(llines))
        if fl.need(9.5 * nl + 3):
            fl.y = head_row(fl.page, fl.y - 11 + 4) + 11
        p, y = fl.page, fl.y
        p.pieces(y, [((cx[0] + cx[1]) / 2, str(i), "center"), (cx[1] + 3, r.code, "left"),
                     (cx[2] + 4, lines[0], "left"), ((cx[3] + cx[4]) / 2, str(g), "center"),
                     ((cx[4] + cx[5]) / 2, per, "center", F, 7.2), ((cx[5] + cx[6]) / 2, str(h), "center"),
                     ((cx[6] + cx[7]) / 2, str(n), "center", FB, 8), (cx[7] + 3, llines[0], "left", F, 6.6)], F, 8)
        for j in range(1, nl):
            y += 9.5
            p.pieces(y, [(cx[2] + 4, lines[j] if j < len(lines) else "", "left"),
                         (cx[7] + 3, llines[j] if j < len(llines) else "", "left", F, 6.6)], F, 8)
        p.hline(L, R, y + 3.5, 0.25, 0.5)
        fl.y = y + 11
        term = f"{per} {g}" if per in ("ANUAL", "2DA. INST.", "EX. MESA") else per
        d = course_truth(r, term, h, str(n), "hours", title=" ".join(lines), literal=lit)
        if not ok:
            d["passed"] = False
            d["semester_hours"] = 0
        else:
            hours += h
            notas.append(n)
        out.append(d)
    prom = round(sum(notas) / len(notas), 2)
    fl.need(250)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 7, 1.0)
    y += 6
    p.pieces(y, [(L, "Total carga horaria aprobada:", "left", FB, 9.5), (L + 170, f"{hours:,} horas".replace(",", "."), "left"),
                 (L + 300, "Promedio general:", "left", FB, 9.5), (L + 400, comma(prom), "left")], F, 9.5)
    y += 13
    p.text(L, y, "Escala de calificación: 1 a 100 puntos; nota mínima de aprobación: 51 puntos. 2DA. INST.: "
           "segunda instancia; EX. MESA: examen de mesa.", F, 7)
    y += 15
    p.text(L, y, "Es cuanto certifico en honor a la verdad, para fines consiguientes del (de la) interesado(a).", F, 9)
    y += 13
    p.text(R, y, f"{inst.city}, {es_long(s.conferred)}", F, 9.5, "right")
    yb = y + 78
    xs = (L + 110, R - 110)
    for x in xs:
        p.signature(x - 50, yb - 14, 100, rng)
        p.hline(x - 85, x + 85, yb - 10, 0.5)
    p.pieces(yb, [(xs[0], "JEFE DE KARDEX", "center"), (xs[1], "Vo. Bo. DECANO", "center")], FB, 8.5)
    p.pieces(yb + 10, [(xs[0], rng.choice(PACK.signers), "center"), (xs[1], inst.extra["fac"], "center")], F, 7)
    p.seal(p.w / 2, yb - 20, 28, 0.5)
    yc = yb + 30
    p.rect(L, yc, R - L, 62, 0.6, 0.3)
    p.rect(L + 8, yc + 8, 104, 30, 1.1, 0.3)
    p.rect(L + 10, yc + 10, 100, 26, 0.5, 0.3)
    p.rect(R - 70, yc + 6, 60, 50, 0.8, 0.2, fill=0.93)
    p.pieces(yc + 20, [(L + 60, "ES CONFORME", "center", FB, 8),
                       (L + 130, "Refrendado por Secretaría General. Registrado en el Libro de Certificados", "left"),
                       (R - 40, "VALORADO", "center", FB, 6.5)], F, 7.5, gray=0.0)
    p.pieces(yc + 30, [(L + 60, "CON SU ORIGINAL", "center", FB, 8),
                       (L + 130, f"Nº {k(s, 'bo-lib') % 40 + 1}, fojas {k(s, 'bo-foj') % 300 + 1}.", "left"),
                       (R - 40, "UNIVERSITARIO", "center", FB, 6.5)], F, 7.5)
    p.text(R - 40, yc + 44, f"Bs. {[20, 30, 50][k(s, 'bo-bs') % 3]}.-", F, 8, "center")
    np_ = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 26, f"Hoja {i} de {np_}", F, 7, "center")
    return LayoutResult("transcript", "bo_certificado_calificaciones", FAMILY, fl.pages, [name], out, "hours",
                        {"prints_totals": True, "total_hours": hours, "average": prom})


TRANSCRIPT_LAYOUTS = {"bo_certificado_calificaciones": (bo_certificado, FAMILY, ("BO",))}
