"""Writer Q, round 8: Venezuela (VE). Country pack (Licenciatura en Bioanálisis, 5 years, 10
semesters; Licenciatura en Biología; Licenciatura en Enfermería) and a university's "CERTIFICACIÓN
DE CALIFICACIONES": "REPÚBLICA BOLIVARIANA DE VENEZUELA" over the university, its Secretaría and
Dirección de Control de Estudios; the legal opening "Quien suscribe, Secretario(a) de la
Universidad ..., CERTIFICA: que el(la) ciudadano(a) ..., titular de la cédula de identidad
N° V-18.234.567, cursó y aprobó ..."; ONE long table `Código | Asignatura | U.C. | Calif. | Lapso |
Observación` with no term headings, only a thin shaded row "SEMESTRE: PRIMERO" ... "DÉCIMO" between
semesters; the lapso on every row ("I-2014" / "II-2014", or "2014-I" at some universities);
Observación "Aprobada", "Equivalencia" (a subject credited from earlier studies) or "Reparación"
(passed at the make-up exam after failing the lapso); grades 01-20 (pass 10); "Pasantías
Hospitalarias" of 10 U.C. in the tenth semester; at the end "Total U.C. aprobadas: 182" and
"Índice académico: 15,42" (U.C.-weighted mean of all printed grades, decimal comma), the scale, the
closing "Certificación que se expide a petición de la parte interesada en Caracas, a los ... días
del mes de ...", the Secretary's signature, a round stamp, a "Timbre fiscal" box, and a footer
with the page count in words ("Página uno de tres").

Credits: the unidad de crédito (U.C.) is one weekly class hour through a 16-week semester, the
US semester credit: credit system `semester` (1 U.C. = 1 SH). Titles are printed in Spanish; the
English title of each subject (in the table below) decides its category."""

import zlib

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LETTER, Flow, Page, wrap
from .r3_f_common import parse as parse_local
from .r4_h_common import es_number, es_year
from .r8_q_common import FAMILY, add_department_phrases, course_truth, k, r2, rubber_stamp, sign_block, star_seal

ES = {}

VE_BIOA = """
## 1 S1
MAT-1101 | Matemática I | Mathematics I | 4 | M
QUI-1102 | Química General I | General Chemistry I | 5 | C
BIO-1103 | Biología General | General Biology | 5 | B
LEN-1104 | Lenguaje y Comunicación | Language and Communication | 2 | O
BIA-1105 | Introducción al Bioanálisis | Introduction to Clinical Laboratory Science | 2 | ?O
## 1 S2
MAT-1201 | Matemática II | Mathematics II | 4 | M
QUI-1202 | Química General II | General Chemistry II | 5 | C
FIS-1203 | Física | Physics | 4 | O
BIO-1204 | Biología Celular | Cell Biology | 4 | B
ING-1205 | Inglés Instrumental | English for Specific Purposes | 2 | O
## 2 S1
QUI-2101 | Química Orgánica I | Organic Chemistry I | 5 | C
BIO-2102 | Anatomía Humana | Human Anatomy | 4 | B
MAT-2103 | Bioestadística | Biostatistics | 3 | M
BIO-2104 | Histología | Histology | 4 | B
QUI-2105 | Química Analítica | Analytical Chemistry | 4 | C
## 2 S2
QUI-2201 | Química Orgánica II | Organic Chemistry II | 5 | C
BIO-2202 | Fisiología Humana | Human Physiology | 5 | B
QUI-2203 | Análisis Instrumental | Instrumental Analysis | 4 | C
BIO-2204 | Genética | Genetics | 3 | B
MET-2205 | Metodología de la Investigación | Research Methodology | 2 | O
## 3 S1
BQU-3101 | Bioquímica I | Biochemistry I | 5 | C
MIC-3102 | Microbiología General | General Microbiology | 5 | B
PAR-3103 | Parasitología I | Medical Parasitology I | 4 | P
INM-3104 | Inmunología | Immunology | 4 | B
## 3 S2
BQU-3201 | Bioquímica II | Biochemistry II | 5 | C
MIC-3202 | Bacteriología Médica | Medical Bacteriology | 5 | ?P
PAR-3203 | Parasitología II | Medical Parasitology II | 4 | P
HEM-3204 | Hematología I | Hematology I | 4 | P
## 4 S1
BQC-4101 | Bioquímica Clínica I | Clinical Chemistry I | 5 | P
HEM-4102 | Hematología II | Hematology II | 4 | P
MIC-4103 | Micología y Virología | Mycology and Virology | 4 | ?B
INM-4104 | Inmunología Clínica y Serología | Clinical Immunology and Serology | 4 | ?B
SPU-4105 | Salud Pública | Public Health | 2 | O
## 4 S2
BQC-4201 | Bioquímica Clínica II | Clinical Chemistry II | 5 | P
HEM-4202 | Banco de Sangre e Inmunohematología | Blood Bank and Immunohematology | 4 | P
BQC-4203 | Uroanálisis y Líquidos Biológicos | Urinalysis and Body Fluids | 3 | P
CIT-4204 | Citología e Histotecnología | Cytology and Histotechnology | 3 | P
GER-4205 | Control de Calidad y Gerencia de Laboratorio | Laboratory Management and Quality Control | 3 | P
## 5 S1
TOX-5101 | Toxicología | Toxicology | 3 | ?O
BQC-5102 | Endocrinología Clínica | Clinical Endocrinology | 3 | ?P
BMO-5103 | Biología Molecular Diagnóstica | Diagnostic Molecular Biology | 4 | ?B
MIC-5104 | Bacteriología Clínica | Clinical Bacteriology | 4 | ?P
SEM-5105 | Seminario de Investigación | Research Seminar | 2 | O
DEO-5106 | Deontología Profesional | Professional Ethics | 2 | O
## 5 S2
PAS-5201 | Pasantías Hospitalarias | Hospital Internship | 10 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
TGR-5202 | Trabajo de Grado | Degree Thesis | 5 | O
"""

VE_BIO = """
## 1 S1
MAT-1111 | Matemática I | Mathematics I | 5 | M
QUI-1112 | Química General | General Chemistry | 5 | C
BIO-1113 | Biología General | General Biology | 5 | B
## 1 S2
MAT-1211 | Matemática II | Mathematics II | 5 | M
QUI-1212 | Química Orgánica | Organic Chemistry | 5 | C
BIO-1213 | Biología Celular | Cell Biology | 5 | B
## 2 S1
BIO-2111 | Botánica General | General Botany | 5 | B
BIO-2112 | Zoología de Invertebrados | Invertebrate Zoology | 5 | B
FIS-2113 | Física General | General Physics | 5 | O
## 2 S2
BIO-2211 | Zoología de Vertebrados | Vertebrate Zoology | 5 | B
BQU-2212 | Bioquímica | Biochemistry | 5 | C
MAT-2213 | Bioestadística | Biostatistics | 4 | M
## 3 S1
BIO-3111 | Genética | Genetics | 5 | B
MIC-3112 | Microbiología | Microbiology | 5 | B
## 3 S2
BIO-3211 | Ecología General | General Ecology | 5 | ?B
BIO-3212 | Fisiología Animal | Animal Physiology | 5 | B
## 4 S1
BIO-4111 | Biología Molecular | Molecular Biology | 5 | B
BIO-4112 | Fisiología Vegetal | Plant Physiology | 5 | B
## 4 S2
BIO-4211 | Evolución | Evolution | 4 | B
BIO-4212 | Inmunología | Immunology | 4 | B
## 5 S1
BIO-5111 | Seminario | Seminar | 3 | O
BIO-5112 | Biotecnología | Biotechnology | 4 | B
## 5 S2
BIO-5211 | Trabajo Especial de Grado | Degree Thesis | 8 | O
"""

VE_ENF = """
## 1 S1
ENF-1121 | Anatomía y Fisiología | Anatomy and Physiology | 5 | B
ENF-1122 | Fundamentos de Enfermería I | Fundamentals of Nursing I | 5 | O
## 1 S2
ENF-1221 | Fundamentos de Enfermería II | Fundamentals of Nursing II | 5 | O
ENF-1222 | Microbiología y Parasitología | Microbiology and Parasitology | 4 | ?B
## 2 S1
ENF-2121 | Farmacología | Pharmacology | 4 | O
ENF-2122 | Enfermería Médico-Quirúrgica I | Medical-Surgical Nursing I | 6 | O
## 2 S2
ENF-2221 | Enfermería Médico-Quirúrgica II | Medical-Surgical Nursing II | 6 | O
ENF-2222 | Nutrición | Nutrition | 3 | O
## 3 S1
ENF-3121 | Enfermería Materno-Infantil | Maternal and Child Nursing | 6 | O
## 3 S2
ENF-3221 | Enfermería Pediátrica | Paediatric Nursing | 6 | O
## 4 S1
ENF-4121 | Enfermería Comunitaria | Community Nursing | 6 | O
## 4 S2
ENF-4221 | Enfermería en Salud Mental | Mental Health Nursing | 6 | O
## 5 S1
ENF-5121 | Gerencia en Enfermería | Nursing Management | 4 | O
## 5 S2
ENF-5221 | Internado Rotatorio | Rotating Internship | 10 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "VE", title, "bachelor", 5, field, "semester", parse_local(table, ES), 3, 7,
                        clinical_training=clin)


VE_INST = [
    Institution("Universidad Nacional del Ávila", "Caracas", "Distrito Capital", "VE",
                "Av. Los Ilustres, Ciudad Universitaria", ("ve_bioa", "ve_bio", "ve_enf"),
                extra={"fac": "Facultad de Ciencias de la Salud — Escuela de Bioanálisis", "lapso": "I-2014"}),
    Institution("Universidad del Lago de Maracaibo", "Maracaibo", "Estado Zulia", "VE",
                "Av. Universidad, Sector Grano de Oro", ("ve_bioa", "ve_bio"),
                extra={"fac": "Facultad de Medicina — Escuela de Bioanálisis", "lapso": "2014-I"}),
    Institution("Universidad de Los Llanos Centrales", "Valencia", "Estado Carabobo", "VE",
                "Campus Bárbula, Naguanagua", ("ve_bioa", "ve_enf"),
                extra={"fac": "Facultad de Ciencias de la Salud — Escuela de Bioanálisis", "lapso": "I-2014"}),
]

PACK = K.CountryPack(
    code="VE", name="Venezuela",
    given={"F": ["María Gabriela", "Andreína", "Yusmary", "Daniela", "Génesis", "Carolina", "Yelitza", "Oriana",
                 "María José", "Rosángela", "Marielys", "Anabel"],
           "M": ["José Gregorio", "Luis Alfredo", "Carlos Eduardo", "Jesús", "Jhonny", "Ángel David", "Rafael",
                 "Yohandry", "Miguel Ángel", "Franklin", "Gustavo", "Wilmer"]},
    surnames=["González Pérez", "Rodríguez Mora", "Hernández Silva", "Pérez Rondón", "Martínez Urdaneta",
              "García Colmenares", "Ramírez Briceño", "Mendoza Lugo", "Torres Villasmil", "Rojas Chacón",
              "Díaz Paredes", "Contreras Parra", "Marcano Salazar", "Quintero Peña"],
    middle={"F": [], "M": []},
    institutions=VE_INST,
    employers=[
        Employer("Hospital General del Este Dr. Ramón Irazábal", "Caracas", "Distrito Capital", "VE",
                 "Av. Principal de La Urbina", "+58 212 000 0141", "rrhh@hgeste.example"),
        Employer("Hospital Universitario de Cabimas", "Cabimas", "Estado Zulia", "VE", "Av. Intercomunal, Sector Las 40",
                 "+58 264 000 0177", "talento@huc-cabimas.example"),
        Employer("Laboratorio Clínico Bioanalítica del Centro, C.A.", "Valencia", "Estado Carabobo", "VE",
                 "Av. Bolívar Norte, Torre Stratos, PB", "+58 241 000 0119", "admin@bioanalitica-centro.example", "lab"),
        Employer("Ambulatorio Urbano Tipo III La Pastora", "Caracas", "Distrito Capital", "VE",
                 "Esquina de Puente Moreno, Parroquia La Pastora", "+58 212 000 0163", "direccion@aut-pastora.example",
                 "clinic"),
    ],
    signers=["Lcda. Yelitza Marcano", "Dr. Rafael Contreras", "Lcdo. Gustavo Rojas", "Dra. Carolina Urdaneta"],
    curricula=[_cur("ve_bioa", "Licenciatura en Bioanálisis", "medical_laboratory_science", VE_BIOA, True),
               _cur("ve_bio", "Licenciatura en Biología", "biology", VE_BIO),
               _cur("ve_enf", "Licenciatura en Enfermería", "nursing", VE_ENF)],
    mls_curriculum="ve_bioa", science_curricula=["ve_bio"], nonqualifying_curricula=["ve_enf"],
    positions_mls=["Bioanalista I", "Bioanalista II", "Bioanalista"],
    positions_science=["Técnico de Laboratorio", "Asistente de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("VE", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Bacteriología"], "immunology": ["Inmunología"], "urinalysis": ["Uroanálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"], "other": ["Parasitología"]})

SEM = ["PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO", "DÉCIMO"]
WORDS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis"]


def cedula(person):
    """The cédula de identidad printed on every Venezuelan document of the person (stable per person)."""
    n = zlib.crc32(f"ve-ci:{person.given}:{person.surname}".encode()) % 12000000 + 14000000
    return "V-" + f"{n:,}".replace(",", ".")


def lapso(inst, t):
    n = "I" if t.key == "S1" else "II"
    return f"{t.start_year}-{n}" if inst.extra.get("lapso", "").startswith("2") else f"{n}-{t.start_year}"


def ve_rows(s):
    """[(semester index, r, grade, lapso, observación)]: one subject of the first year credited
    by equivalence (one candidate in three), one passed at the reparación (one in two)."""
    eq = (0, k(s, "eq") % len(s.terms[0].results)) if k(s, "eq?") % 3 == 0 else None
    rp = None
    if k(s, "rp?") % 2 == 0:
        i = 1 + k(s, "rpi") % (len(s.terms) - 2)
        rp = (i, k(s, "rpj") % len(s.terms[i].results))
    out = []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            g = min(19, max(11, round(10 + (r.score - 45) * 9 / 47) + k(s, f"g{i}{j}") % 3 - 1))
            obs = "Aprobada"
            if (i, j) == eq:
                obs = "Equivalencia"
            elif (i, j) == rp:
                g, obs = 10 + k(s, "rpg") % 3, "Reparación"
            out.append((i, r, g, lapso(s.institution, t), obs))
    return out


def ve_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    T, TB = "Times-Roman", "Times-Bold"
    W, H = LETTER
    L, R = 50, W - 50
    nm = name_form(person, "caps")
    fem = person.sex == "F"
    xs = {"cod": L + 4, "asig": L + 66, "uc": L + 318, "cal": L + 360, "lap": L + 396, "obs": L + 450}
    rows = ve_rows(s)
    tot_uc = sum(int(r.spec.credits) for _, r, *_ in rows)
    ind = r2(sum(r.spec.credits * g for _, r, g, _, _ in rows) / tot_uc)

    def new_page(n):
        p = Page(LETTER)
        star_seal(p, L + 26, 56, 24, 0.3, points=7)
        p.text(W / 2, 42, "REPÚBLICA BOLIVARIANA DE VENEZUELA", TB, 10, "center")
        p.text(W / 2, 56, inst.name.upper(), TB, 13, "center")
        p.text(W / 2, 69, "SECRETARÍA — DIRECCIÓN DE CONTROL DE ESTUDIOS", T, 9, "center")
        p.text(W / 2, 80, inst.extra["fac"], T, 8.5, "center")
        p.hline(L, R, 88, 0.9)
        y = 108
        if n == 1:
            p.text(W / 2, y, "CERTIFICACIÓN DE CALIFICACIONES", TB, 13, "center"); y += 22
            sec = "Secretario(a)"
            ciud = "la ciudadana" if fem else "el ciudadano"
            body = (f"Quien suscribe, {sec} de la {inst.name}, CERTIFICA: que {ciud} {nm}, titular de la cédula de "
                    f"identidad N° {cedula(person)}, cursó y aprobó en esta Universidad las asignaturas que a "
                    f"continuación se especifican, correspondientes al plan de estudios de la carrera conducente al "
                    f"título de {'Licenciada' if fem else 'Licenciado'} en {cur.title.split(' en ', 1)[-1]}, con las "
                    f"calificaciones siguientes:")
            y = p.paragraph(L, y, body, T, 10.5, R - L, 14) + 4
        else:
            p.pieces(y, [(L, f"C.I. {cedula(person)}", "left"), (R, nm, "right")], T, 9)
            y += 12
        return p, y

    def head(fl):
        p, y = fl.page, fl.y
        p.hline(L, R, y, 0.9)
        p.pieces(y + 11, [(xs["cod"], "Código", "left"), (xs["asig"], "Asignatura", "left"), (xs["uc"] + 10, "U.C.", "center"),
                          (xs["cal"] + 12, "Calif.", "center"), (xs["lap"], "Lapso", "left"),
                          (xs["obs"], "Observación", "left")], FB, 8.5)
        p.hline(L, R, y + 15, 0.9)
        fl.y = y + 26

    fl = Flow(new_page, 64)
    head(fl)
    out = []
    last = None
    for i, r, g, lap, obs in rows:
        if i != last:
            if fl.need(26):
                head(fl)
            fl.page.rect(L, fl.y - 8.5, R - L, 11, 0, 0, fill=0.9)
            fl.page.text(xs["asig"], fl.y, f"SEMESTRE: {SEM[i]}", FB, 7.5)
            fl.y += 12
            last = i
        title = ES[r.spec.code]
        lines = wrap(title, F, 8.5, xs["uc"] - 6 - xs["asig"])
        if fl.need(11 * len(lines)):
            head(fl)
        fl.page.pieces(fl.y, [(xs["cod"], r.code, "left"), (xs["asig"], lines[0], "left"),
                              (xs["uc"] + 10, str(int(r.spec.credits)), "center"), (xs["cal"] + 12, f"{g:02d}", "center"),
                              (xs["lap"], lap, "left"), (xs["obs"], obs, "left")], F, 8.5)
        for ln in lines[1:]:
            fl.y += 10
            fl.page.text(xs["asig"], fl.y, ln, F, 8.5)
        fl.y += 11.5
        out.append(course_truth(r, f"Semestre {SEM[i].title()} ({lap})", r.spec.credits, f"{g:02d}", "semester",
                                title=" ".join(lines), title_en=r.spec.title, observacion=obs))
    fl.need(210)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 6, 0.9)
    p.spaced(L + 4, y + 8, [f"Total U.C. aprobadas: {tot_uc}", f"Índice académico: {ind:.2f}".replace(".", ",")], FB, 10,
             gap=40)
    y += 22
    p.text(L, y, "Escala de calificaciones: del 01 al 20. Mínima aprobatoria: 10 (diez). U.C.: unidades de crédito.", FI, 8)
    y += 18
    d = s.conferred
    MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
    issue = d.replace(day=min(28, d.day + 5))
    y = p.paragraph(L, y, f"Certificación que se expide a petición de la parte interesada en {inst.city}, a los "
                    f"{es_number(issue.day)} días del mes de {MESES[issue.month - 1]} de {es_year(issue.year)}.",
                    T, 10.5, R - L, 14) + 52
    # timbre fiscal
    p.rect(R - 92, y - 44, 86, 50, 0.8, 0.3)
    p.text(R - 49, y - 30, "TIMBRE FISCAL", FB, 7.5, "center")
    p.text(R - 49, y - 19, f"Bs. {k(s, 'tf') % 9 + 1},00", F, 7.5, "center")
    p.text(R - 49, y - 8, f"N° {k(s, 'tfn') % 900000 + 100000}", F, 6.5, "center")
    sign_block(p, rng, W / 2, y, "Secretario(a) de la Universidad", TB, 9.5, 190)
    rubber_stamp(p, W / 2 - 150, y - 20, 46, 30, 0.45)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(H - 30, [(L, f"Control de Estudios — Exp. {k(s, 'exp') % 90000 + 10000}", "left"),
                           (R, f"Página {WORDS[i]} de {WORDS[n]}", "right")], FI, 7.5)
    return LayoutResult("transcript", "ve_certificacion", FAMILY, fl.pages, [nm], out, "semester",
                        {"prints_totals": True, "indice": ind})


TRANSCRIPT_LAYOUTS = {"ve_certificacion": (ve_transcript, FAMILY, ("VE",))}
