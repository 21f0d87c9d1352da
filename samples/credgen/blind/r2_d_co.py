"""Writer D, round 2: Colombia. Country pack (Bacteriología y Laboratorio Clínico, 10
semesters; Biología; Enfermería; Colombian academic credits, 1 crédito = 48 hours of work,
recorded as semester credits) and the registrar's "CERTIFICADO DE NOTAS" in Spanish: "EL
SUSCRITO ... CERTIFICA:", semesters "Primer Semestre 2014-1", `Código | Asignatura | Créditos |
Nota | Nota en letras` ("4.3 Cuatro punto tres"), semester average, "Créditos aprobados" and
"Promedio ponderado acumulado", Acta de grado, issued-at line."""

import zlib

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LETTER, Flow, Page, wrap
from .r2_d_common import FAMILY, add_department_phrases, course_truth, parse_local, ring_seal

CO_BAC = """
## 1 S1
510101 | Química General | General Chemistry | 4 | C
510102 | Biología Celular | Cell Biology | 4 | B
510103 | Matemáticas Básicas | Basic Mathematics | 3 | M
510104 | Introducción a la Bacteriología | Introduction to Medical Laboratory Science | 2 | ?O
510105 | Lectura y Escritura Académica | Academic Reading and Writing | 2 | O
510106 | Cátedra Institucional | Institutional Studies | 2 | O
## 1 S2
510201 | Química Orgánica | Organic Chemistry | 4 | C
510202 | Anatomía Humana | Human Anatomy | 3 | B
510203 | Cálculo Diferencial | Differential Calculus | 3 | M
510204 | Física General | General Physics | 3 | O
510205 | Histología y Embriología | Histology and Embryology | 3 | ?B
510206 | Inglés I | English I | 2 | O
## 2 S1
520101 | Bioquímica General | Biochemistry | 4 | C
520102 | Fisiología Humana | Human Physiology | 4 | B
520103 | Bioestadística | Biostatistics | 3 | M
520104 | Química Analítica e Instrumental | Analytical Chemistry | 4 | C
520105 | Inglés II | English II | 2 | O
## 2 S2
520201 | Microbiología General | General Microbiology | 4 | B
520202 | Inmunología Básica | Immunology | 3 | B
520203 | Genética Humana | Human Genetics | 3 | B
520204 | Bioquímica Clínica I | Clinical Chemistry I | 4 | P
520205 | Epidemiología | Epidemiology | 2 | ?O
520206 | Ética y Bioética | Ethics and Bioethics | 2 | O
## 3 S1
530101 | Bacteriología Clínica I | Clinical Bacteriology I | 4 | ?P
530102 | Hematología I | Hematology I | 4 | P
530103 | Parasitología Clínica | Clinical Parasitology | 3 | P
530104 | Bioquímica Clínica II | Clinical Chemistry II | 4 | P
530105 | Investigación I | Research I | 2 | O
## 3 S2
530201 | Bacteriología Clínica II | Clinical Bacteriology II | 4 | ?P
530202 | Hematología II y Hemostasia | Hematology II and Hemostasis | 4 | P
530203 | Inmunohematología y Banco de Sangre | Immunohematology and Blood Bank | 4 | P
530204 | Uroanálisis y Líquidos Corporales | Urinalysis and Body Fluids | 3 | P
530205 | Investigación II | Research II | 2 | O
## 4 S1
540101 | Micología y Virología Clínica | Clinical Mycology and Virology | 3 | ?P
540102 | Inmunología Clínica | Clinical Immunology | 3 | ?B
540103 | Biología Molecular Diagnóstica | Molecular Diagnostics | 3 | ?P
540104 | Citología y Citogenética | Cytology and Cytogenetics | 3 | ?P
540105 | Control de Calidad en el Laboratorio Clínico | Laboratory Quality Control | 3 | P
540106 | Electiva Profesional I | Elective I | 2 | O
## 4 S2
540201 | Microbiología Industrial y de Alimentos | Industrial and Food Microbiology | 3 | B
540202 | Gestión y Administración del Laboratorio Clínico | Laboratory Management | 3 | P
540203 | Salud Pública | Public Health | 3 | O
540204 | Toxicología Clínica | Clinical Toxicology | 3 | ?P
540205 | Trabajo de Grado I | Thesis I | 3 | O
540206 | Electiva Profesional II | Elective II | 2 | O
## 5 S1
550101 | Práctica Profesional I: Química Clínica, Hematología y Uroanálisis | Clinical Practicum I: Clinical Chemistry, Hematology and Urinalysis | 12 | P | chemistry,hematology,urinalysis
550102 | Trabajo de Grado II | Thesis II | 3 | O
550103 | Legislación en Salud | Health Legislation | 2 | O
## 5 S2
550201 | Práctica Profesional II: Microbiología e Inmunohematología | Clinical Practicum II: Microbiology and Immunohematology | 12 | P | microbiology,blood_bank
550202 | Seminario de Actualización | Seminar | 2 | O
550203 | Electiva Profesional III | Elective III | 2 | O
"""

CO_BIO = """
## 1 S1
410101 | Química General | General Chemistry | 4 | C
410102 | Biología General | General Biology | 4 | B
410103 | Matemáticas Básicas | Basic Mathematics | 3 | M
410104 | Lectura y Escritura Académica | Academic Reading and Writing | 2 | O
## 1 S2
410201 | Química Orgánica | Organic Chemistry | 4 | C
410202 | Zoología de Invertebrados | Invertebrate Zoology | 4 | B
410203 | Cálculo Diferencial | Differential Calculus | 3 | M
## 2 S1
420101 | Botánica General | General Botany | 4 | B
420102 | Bioquímica | Biochemistry | 4 | C
420103 | Bioestadística | Biostatistics | 3 | M
## 2 S2
420201 | Genética | Genetics | 4 | B
420202 | Microbiología | Microbiology | 4 | B
420203 | Zoología de Vertebrados | Vertebrate Zoology | 4 | B
## 3 S1
430101 | Ecología General | General Ecology | 4 | ?B
430102 | Fisiología Animal | Animal Physiology | 4 | B
430103 | Biología Molecular | Molecular Biology | 4 | B
## 3 S2
430201 | Fisiología Vegetal | Plant Physiology | 4 | B
430202 | Inmunología | Immunology | 3 | B
430203 | Evolución | Evolution | 3 | ?B
## 4 S1
440101 | Biología del Desarrollo | Developmental Biology | 4 | B
440102 | Metodología de la Investigación | Research Methods | 3 | ?O
## 4 S2
440201 | Biología de la Conservación | Conservation Biology | 3 | ?B
440202 | Electiva Disciplinar | Elective | 3 | O
## 5 S1
450101 | Trabajo de Grado I | Thesis I | 6 | O
## 5 S2
450201 | Trabajo de Grado II | Thesis II | 6 | O
"""

CO_ENF = """
## 1 S1
610101 | Química General | General Chemistry | 3 | C
610102 | Morfofisiología I | Anatomy and Physiology I | 5 | B
610103 | Fundamentos de Enfermería | Foundations of Nursing | 4 | O
## 1 S2
610201 | Morfofisiología II | Anatomy and Physiology II | 5 | B
610202 | Cuidado de Enfermería Básico | Basic Nursing Care | 5 | O
## 2 S1
620101 | Farmacología | Pharmacology | 4 | O
620102 | Enfermería del Adulto I | Adult Nursing I | 6 | O
## 2 S2
620201 | Enfermería Materno Perinatal | Maternal and Perinatal Nursing | 6 | O
620202 | Salud Pública | Public Health | 3 | O
## 3 S1
630101 | Enfermería del Niño y el Adolescente | Child and Adolescent Nursing | 6 | O
630102 | Enfermería en Salud Mental | Mental Health Nursing | 4 | O
## 3 S2
630201 | Enfermería del Adulto II | Adult Nursing II | 6 | O
630202 | Investigación en Enfermería | Nursing Research | 3 | O
## 4 S1
640101 | Gerencia en Enfermería | Nursing Management | 4 | O
640102 | Práctica Integral I | Nursing Practicum I | 8 | O
## 4 S2
640201 | Práctica Integral II | Nursing Practicum II | 10 | O
"""

LOCAL = {}


def _cur(cid, title, years, field, table, clin=False):
    return C.Curriculum(cid, "CO", title, "bachelor", years, field, "semester",
                        parse_local(table, LOCAL), 2, 3, clinical_training=clin)


PACK = K.CountryPack(
    code="CO", name="Colombia",
    given={"F": ["María Camila", "Laura", "Valentina", "Daniela", "Natalia", "Paula Andrea", "Juliana",
                 "Luisa Fernanda", "Ángela María", "Sofía"],
           "M": ["Juan Sebastián", "Andrés Felipe", "Santiago", "Carlos Andrés", "Diego", "Camilo",
                 "Julián", "Mateo", "Jhon Fredy", "Óscar Iván"]},
    surnames=["Rodríguez Gómez", "Martínez Peña", "García Ospina", "López Cárdenas", "Hernández Ruiz",
              "Castaño Muñoz", "Ramírez Quintero", "Vargas Londoño", "Jiménez Salazar", "Patiño Acosta",
              "Moreno Benítez", "Suárez Giraldo"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad Andina del Tequendama", "Bogotá D.C.", "Cundinamarca", "CO",
                    "Carrera 7 No. 40-62", ("co_bac", "co_bio", "co_enf"),
                    extra={"snies": "10342"}),
        Institution("Universidad Santa Lucía de los Andes", "Medellín", "Antioquia", "CO",
                    "Calle 67 No. 53-108", ("co_bac", "co_enf"), extra={"snies": "20817"}),
        Institution("Corporación Universitaria del Caribe Sinú", "Montería", "Córdoba", "CO",
                    "Carrera 6 No. 77-305", ("co_bac", "co_bio"), extra={"snies": "53119"}),
    ],
    employers=[
        Employer("Clínica Nuestra Señora de la Candelaria", "Bogotá D.C.", "Cundinamarca", "CO",
                 "Calle 134 No. 9-51", "+57 601 555 0142", "talentohumano@clinicacandelaria.example"),
        Employer("Hospital Universitario San Rafael del Norte", "Bucaramanga", "Santander", "CO",
                 "Carrera 33 No. 28-126", "+57 607 555 0178", "gestionhumana@husrn.example"),
        Employer("Laboratorio Clínico Bioanálisis del Valle S.A.S.", "Cali", "Valle del Cauca", "CO",
                 "Avenida 6N No. 23-45, Granada", "+57 602 555 0193", "rrhh@bioanalisisvalle.example",
                 "lab"),
        Employer("E.S.E. Hospital Regional La Candelaria del Magdalena", "Santa Marta", "Magdalena", "CO",
                 "Carrera 14 No. 23-08", "+57 605 555 0121", "personal@esecandelaria.example"),
    ],
    signers=["Martha Lucía Pérez Ortiz", "Carlos Eduardo Rincón Mejía", "Gloria Inés Arango Villa",
             "Jorge Enrique Bautista Rey", "Diana Marcela Cuéllar Torres"],
    curricula=[
        _cur("co_bac", "Bacteriología y Laboratorio Clínico", 5, "medical_laboratory_science", CO_BAC, True),
        _cur("co_bio", "Biología", 5, "biology", CO_BIO),
        _cur("co_enf", "Enfermería", 4, "nursing", CO_ENF),
    ],
    mls_curriculum="co_bac", science_curricula=["co_bio"], nonqualifying_curricula=["co_enf"],
    positions_mls=["Bacteriólogo(a)", "Profesional en Bacteriología", "Bacteriólogo(a) de Laboratorio Clínico"],
    positions_science=["Auxiliar de Laboratorio", "Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.choice(['1', '2'])}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("CO", {
    "blood_bank": ["Banco de Sangre", "Inmunohematología y Banco de Sangre"],
    "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología"], "immunology": ["Inmunología", "Serología"],
    "urinalysis": ["Uroanálisis", "Parcial de Orina y Coprológico"], "molecular": ["Biología Molecular"],
    "phlebotomy": ["Toma de Muestras"], "other": ["Citología", "Patología"]})

TITLES = {"co_bac": ("BACTERIÓLOGO Y LABORATORISTA CLÍNICO", "BACTERIÓLOGA Y LABORATORISTA CLÍNICA"),
          "co_bio": ("BIÓLOGO", "BIÓLOGA"), "co_enf": ("ENFERMERO", "ENFERMERA")}
ORD = ["Primer", "Segundo", "Tercer", "Cuarto", "Quinto", "Sexto", "Séptimo", "Octavo", "Noveno",
       "Décimo"]
DIG = ["Cero", "Uno", "Dos", "Tres", "Cuatro", "Cinco", "Seis", "Siete", "Ocho", "Nueve"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def nota(r):
    return round(3.0 + (r.score - 45) * 2.0 / 47.0, 1)


def nota_letras(n):
    a, b = f"{n:.1f}".split(".")
    return f"{DIG[int(a)]} punto {DIG[int(b)].lower()}"


def promedio(results):
    return sum(nota(r) * r.spec.credits for r in results) / sum(r.spec.credits for r in results)


def fecha_larga(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def cedula(person):
    """The person's cédula de ciudadanía: one number on every Colombian document."""
    n = zlib.crc32(f"{person.given}|{person.surname}".encode()) % 90000000 + 1010000000
    return f"{n:,}".replace(",", ".")


def acta(s):
    return f"{int(s.student_no[-4:]) % 900 + 100:04d}"


def co_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 46, LETTER[0] - 46
    name = name_form(person, "surname_first_full")
    ident = "identificada" if person.sex == "F" else "identificado"
    cols = [(L + 4, "left"), (L + 58, "left"), (L + 330, "center"), (L + 372, "center"), (L + 402, "left")]
    title = TITLES[cur.id][person.sex == "F"]

    def new_page(n):
        p = Page(LETTER)
        ring_seal(p, L + 26, 58, 24, 0.3, 6)
        p.text(p.w / 2 + 16, 46, inst.name.upper(), FB, 13, "center")
        p.text(p.w / 2 + 16, 59, "Oficina de Admisiones y Registro Académico", F, 9, "center")
        p.text(p.w / 2 + 16, 70, f"{inst.street} - {inst.city} - Colombia", F, 8, "center")
        p.text(R, 84, "Vigilada Mineducación", FI, 7, "right")
        p.hline(L, R, 90, 0.8)
        y = 110
        if n == 1:
            p.text(p.w / 2, y, "CERTIFICADO DE NOTAS", FB, 13, "center"); y += 20
            p.text(p.w / 2, y, "EL SUSCRITO JEFE DE LA OFICINA DE REGISTRO ACADÉMICO", FB, 9, "center"); y += 12
            p.text(p.w / 2, y, "CERTIFICA:", FB, 9, "center"); y += 18
            par = (f"Que {name}, {ident} con C.C. {cedula(person)}, código estudiantil {s.student_no}, cursó y "
                   f"aprobó en el programa de {cur.title} (Registro SNIES {inst.extra['snies']}, "
                   f"metodología presencial, {cur.years * 2} semestres) las asignaturas que se relacionan "
                   "a continuación, con las siguientes calificaciones:")
            y = p.paragraph(L, y, par, F, 9, R - L, 12) + 6
        else:
            p.text(L, y, f"Estudiante: {name} - Código: {s.student_no} (continuación)", FI, 8.5); y += 14
        return p, y

    fl = Flow(new_page, 90)
    out = []
    allr = []
    for i, t in enumerate(s.terms):
        per = f"{t.start_year}-{1 if t.key == 'S1' else 2}"
        label = f"{ORD[i]} Semestre {per}"
        fl.need(40 + 11 * 3)
        p = fl.page
        p.rect(L, fl.y, R - L, 14, 0, 0.88, fill=0.88)
        p.text(L + 4, fl.y + 10, label, FB, 9)
        y = fl.y + 25
        p.pieces(y, [(cols[0][0], "Código", "left"), (cols[1][0], "Asignatura", "left"),
                     (cols[2][0], "Créditos", "center"), (cols[3][0], "Nota", "center"),
                     (cols[4][0], "Nota en letras", "left")], FB, 8)
        p.hline(L, R, y + 4, 0.4)
        fl.y = y + 15
        for r in t.results:
            loc = LOCAL[r.spec.code]
            lines = wrap(loc, F, 8.5, 236)
            fl.need(10 * len(lines) + 2)
            n_ = nota(r)
            fl.page.pieces(fl.y, [(cols[0][0], r.code, "left"), (cols[1][0], lines[0], "left"),
                                  (cols[2][0], str(int(r.spec.credits)), "center"),
                                  (cols[3][0], f"{n_:.1f}", "center"), (cols[4][0], nota_letras(n_), "left")],
                           F, 8.5)
            for extra in lines[1:]:
                fl.y += 10
                fl.page.text(cols[1][0] + 6, fl.y, extra, F, 8.5)
            out.append(course_truth(r, label, r.spec.credits, f"{n_:.1f}", "semester",
                                    title=" ".join(lines), grade_words=nota_letras(n_)))
            fl.y += 11.5
        allr += t.results
        fl.need(14)
        fl.page.spaced(R - 4, fl.y, [f"Créditos del semestre: {int(sum(r.spec.credits for r in t.results))}",
                                     f"Promedio del semestre: {promedio(t.results):.2f}"], FI, 8, 20, "right")
        fl.y += 18
    fl.need(170)
    p = fl.page
    y = fl.y + 2
    p.hline(L, R, y - 8, 0.8)
    p.text(L, y, f"Créditos aprobados: {int(sum(r.spec.credits for r in allr))}", FB, 9.5); y += 13
    p.text(L, y, f"Promedio ponderado acumulado: {promedio(allr):.2f}", FB, 9.5); y += 13
    p.text(L, y, f"Título otorgado: {title}", FB, 9.5); y += 13
    p.spaced(L, y, [f"Fecha de grado: {fecha_larga(s.conferred)}", f"Acta de grado No. {acta(s)}"], F, 9.5, 24); y += 16
    p.text(L, y, "Escala de calificaciones de 0.0 a 5.0. Nota mínima aprobatoria: 3.0. Un crédito "
           "académico equivale a 48 horas de trabajo del estudiante.", F, 7.5); y += 14
    iss = s.conferred
    y = p.paragraph(L, y, f"Se expide en {inst.city}, a los {iss.day} días del mes de {MESES[iss.month - 1]} "
                    f"de {iss.year}, a solicitud {'de la interesada' if person.sex == 'F' else 'del interesado'}.", F, 9, R - L, 12)
    p.signature(L + 10, p.h - 84, 120, rng)
    p.text(L, p.h - 72, rng.choice(PACK.signers).upper(), FB, 8.5)
    p.text(L, p.h - 61, "Jefe Oficina de Admisiones y Registro Académico", F, 8.5)
    ring_seal(p, R - 60, p.h - 88, 32, 0.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(pg.h - 30, [(L, "Este certificado no es válido con enmendaduras ni tachones.", "left"),
                              (R, f"Página {i} de {n}", "right")], FI, 7)
    return LayoutResult("transcript", "co_certificado_notas", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": fecha_larga(s.conferred)})


TRANSCRIPT_LAYOUTS = {"co_certificado_notas": (co_transcript, FAMILY, ("CO",))}
