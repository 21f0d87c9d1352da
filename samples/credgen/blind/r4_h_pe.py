"""Writer H, round 4: Peru. Country pack (Tecnología Médica, especialidad Laboratorio Clínico y
Anatomía Patológica, 5 years, 10 ciclos, 220 créditos, título de Licenciado; Biología; Enfermería;
Peruvian credits = semester credits) and the "CERTIFICADO DE ESTUDIOS": `Código | Asignatura |
Ciclo | Créditos | Nota (En números / En letras, two-line group header) | Acta / Fecha`, the ciclo
("I" .. "X") a column with no captions, titles in capitals wrapped over two lines, vigesimal
grades 11-20 as "15" and "QUINCE", "Total de créditos aprobados" and "Promedio ponderado
acumulado", photo, "ES COPIA FIEL DEL ORIGINAL" stamp."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r4_h_common import (FAMILY, add_department_phrases, course_truth, es_long, es_number, grid,
                          parse, photo_box, stamp)

PE_TM = """
## 1 S1
TL0101 | Biología Celular y Molecular | Cell and Molecular Biology | 4 | B
TL0102 | Química General e Inorgánica | General and Inorganic Chemistry | 4 | C
TL0103 | Matemática Básica | Basic Mathematics | 3 | M
TL0104 | Lenguaje y Comunicación | Language and Communication | 3 | O
TL0105 | Introducción a la Tecnología Médica | Introduction to Medical Technology | 3 | ?O
TL0106 | Física General | General Physics | 3 | O
TL0107 | Metodología del Trabajo Universitario | University Study Methods | 2 | O
## 1 S2
TL0201 | Química Orgánica | Organic Chemistry | 4 | C
TL0202 | Anatomía Humana | Human Anatomy | 4 | B
TL0203 | Bioestadística | Biostatistics | 3 | M
TL0204 | Física Biomédica | Biomedical Physics | 3 | O
TL0205 | Psicología General | General Psychology | 2 | O
TL0206 | Realidad Nacional | National Reality | 2 | O
TL0207 | Inglés I | English I | 2 | O
TL0208 | Salud Pública | Public Health | 2 | O
## 2 S1
TL0301 | Bioquímica | Biochemistry | 5 | C
TL0302 | Fisiología Humana | Human Physiology | 4 | B
TL0303 | Histología y Embriología | Histology and Embryology | 4 | ?B
TL0304 | Microbiología General | General Microbiology | 4 | B
TL0305 | Epidemiología | Epidemiology | 3 | O
TL0306 | Inglés II | English II | 2 | O
## 2 S2
TL0401 | Bioquímica Clínica y Laboratorio I | Clinical Biochemistry and Laboratory I | 5 | P
TL0402 | Inmunología Básica | Basic Immunology | 4 | B
TL0403 | Parasitología General | General Parasitology | 4 | ?B
TL0404 | Fisiopatología | Pathophysiology | 4 | ?B
TL0405 | Farmacología | Pharmacology | 3 | O
TL0406 | Bioseguridad y Gestión de Residuos Hospitalarios | Biosafety and Hospital Waste Management | 2 | O
## 3 S1
TL0501 | Bioquímica Clínica y Laboratorio II | Clinical Biochemistry and Laboratory II | 5 | P
TL0502 | Hematología I | Hematology I | 5 | P
TL0503 | Bacteriología Clínica | Clinical Bacteriology | 4 | P
TL0504 | Micología y Virología Médica | Medical Mycology and Virology | 4 | ?P
TL0505 | Citología General | General Cytology | 4 | ?B
## 3 S2
TL0601 | Hematología II y Hemostasia | Hematology II and Hemostasis | 5 | P
TL0602 | Inmunología Clínica y Serología | Clinical Immunology and Serology | 4 | ?P
TL0603 | Parasitología Clínica | Clinical Parasitology | 4 | P
TL0604 | Histotecnología | Histotechnology | 5 | P
TL0605 | Metodología de la Investigación | Research Methodology | 2 | O
TL0606 | Ética y Deontología Profesional | Professional Ethics | 2 | O
## 4 S1
TL0701 | Banco de Sangre e Inmunohematología | Blood Bank and Immunohematology | 5 | P
TL0702 | Anatomía Patológica I | Anatomic Pathology I | 5 | P
TL0703 | Uroanálisis y Líquidos Biológicos | Urinalysis and Body Fluids | 4 | P
TL0704 | Biología Molecular Aplicada al Diagnóstico | Molecular Biology Applied to Diagnosis | 4 | ?P
TL0705 | Gestión de la Calidad en el Laboratorio Clínico | Quality Management in the Clinical Laboratory | 2 | P
TL0706 | Investigación en Tecnología Médica | Research in Medical Technology | 2 | O
## 4 S2
TL0801 | Anatomía Patológica II y Citopatología | Anatomic Pathology II and Cytopathology | 5 | P
TL0802 | Toxicología Clínica y Forense | Clinical and Forensic Toxicology | 4 | ?P
TL0803 | Endocrinología de Laboratorio | Laboratory Endocrinology | 3 | P
TL0804 | Gestión de Servicios de Salud | Health Services Management | 3 | O
TL0805 | Seminario de Tesis | Thesis Seminar | 3 | O
TL0806 | Práctica Preprofesional de Laboratorio Clínico | Pre-professional Clinical Laboratory Practice | 4 | P | urinalysis,phlebotomy
## 5 S1
TL0901 | Internado Hospitalario I: Bioquímica y Hematología | Hospital Internship I: Biochemistry and Hematology | 20 | P | chemistry,hematology
TL0902 | Seminario de Casos Clínicos | Clinical Case Seminar | 2 | ?P
## 5 S2
TL1001 | Internado Hospitalario II: Microbiología, Banco de Sangre y Anatomía Patológica | Hospital Internship II: Microbiology, Blood Bank and Anatomic Pathology | 18 | P | microbiology,blood_bank,other
TL1002 | Taller de Tesis | Thesis Workshop | 4 | O
"""

PE_BIO = """
## 1 S1
BL0101 | Biología General | General Biology | 5 | B
BL0102 | Química General | General Chemistry | 5 | C
BL0103 | Matemática I | Mathematics I | 4 | M
BL0104 | Lenguaje y Comunicación | Language and Communication | 3 | O
## 1 S2
BL0201 | Química Orgánica | Organic Chemistry | 5 | C
BL0202 | Botánica General | General Botany | 5 | B
BL0203 | Matemática II | Mathematics II | 4 | M
BL0204 | Física General | General Physics | 4 | O
## 2 S1
BL0301 | Zoología de Invertebrados | Invertebrate Zoology | 5 | B
BL0302 | Bioquímica | Biochemistry | 5 | C
BL0303 | Bioestadística | Biostatistics | 4 | M
## 2 S2
BL0401 | Zoología de Vertebrados | Vertebrate Zoology | 5 | B
BL0402 | Microbiología | Microbiology | 5 | B
BL0403 | Fisicoquímica | Physical Chemistry | 4 | C
## 3 S1
BL0501 | Genética | Genetics | 5 | B
BL0502 | Biología Celular | Cell Biology | 5 | B
BL0503 | Ecología General | General Ecology | 4 | ?B
## 3 S2
BL0601 | Fisiología Animal | Animal Physiology | 5 | B
BL0602 | Fisiología Vegetal | Plant Physiology | 5 | B
BL0603 | Inmunología | Immunology | 4 | B
## 4 S1
BL0701 | Biología Molecular | Molecular Biology | 5 | B
BL0702 | Parasitología | Parasitology | 4 | ?B
BL0703 | Evolución | Evolution | 4 | ?B
## 4 S2
BL0801 | Biotecnología | Biotechnology | 5 | ?B
BL0802 | Metodología de la Investigación | Research Methodology | 3 | O
## 5 S1
BL0901 | Seminario de Tesis I | Thesis Seminar I | 6 | O
BL0902 | Prácticas Preprofesionales | Pre-professional Practice | 8 | O
## 5 S2
BL1001 | Seminario de Tesis II | Thesis Seminar II | 8 | O
"""

PE_ENF = """
## 1 S1
EN0101 | Biología Humana | Human Biology | 5 | B
EN0102 | Química General | General Chemistry | 4 | C
EN0103 | Fundamentos de Enfermería | Fundamentals of Nursing | 5 | O
## 1 S2
EN0201 | Anatomía y Fisiología | Anatomy and Physiology | 6 | B
EN0202 | Enfermería en Salud Comunitaria | Community Health Nursing | 6 | O
## 2 S1
EN0301 | Farmacología | Pharmacology | 4 | O
EN0302 | Enfermería en Salud del Adulto | Adult Health Nursing | 8 | O
## 2 S2
EN0401 | Enfermería en Salud de la Mujer | Maternal Health Nursing | 8 | O
## 3 S1
EN0501 | Enfermería en Salud del Niño | Child Health Nursing | 8 | O
## 3 S2
EN0601 | Enfermería en Salud Mental | Mental Health Nursing | 8 | O
## 4 S1
EN0701 | Enfermería en Emergencias | Emergency Nursing | 8 | O
## 4 S2
EN0801 | Gestión en Enfermería | Nursing Management | 6 | O
## 5 S1
EN0901 | Internado en Enfermería Hospitalaria | Hospital Nursing Internship | 20 | O
## 5 S2
EN1001 | Internado en Enfermería Comunitaria | Community Nursing Internship | 20 | O
"""

LOCAL = {}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "PE", title, "bachelor", 5, field, "semester", parse(table, LOCAL), 3, 3,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="PE", name="Peru",
    given={"F": ["María Elena", "Rosa Luz", "Carmen Julia", "Ana Lucía", "Milagros", "Katherine Paola",
                 "Yesenia", "Flor de María", "Luz Marina", "Diana Carolina"],
           "M": ["José Luis", "Juan Carlos", "Luis Alberto", "Jorge Antonio", "Miguel Ángel", "César Augusto",
                 "Renzo", "Wilfredo", "Christian Omar", "Edwin"]},
    surnames=["Quispe Huamán", "Mamani Condori", "Flores Ramos", "Sánchez Rojas", "García Chávez",
              "Torres Vílchez", "Huamaní Ccopa", "Rodríguez Paredes", "Vásquez Tello", "Castillo Ñahui",
              "Gutiérrez Salazar", "Mendoza Apaza"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad Nacional Mayor de San Fermín", "Lima", "Lima", "PE",
                    "Av. Germán Amézaga N° 375, Cercado de Lima", ("pe_tm_lab", "pe_bio", "pe_enf"),
                    extra={"fac": "Facultad de Ciencias de la Salud"}),
        Institution("Universidad Peruana Los Andes del Sur", "Arequipa", "Arequipa", "PE",
                    "Av. Independencia N° 1240, Cercado", ("pe_tm_lab", "pe_enf"),
                    extra={"fac": "Facultad de Ciencias Médicas"}),
        Institution("Universidad Nacional José Faustino Carrión", "Trujillo", "La Libertad", "PE",
                    "Jr. Diego de Almagro N° 344", ("pe_tm_lab", "pe_bio"),
                    extra={"fac": "Facultad de Tecnología Médica"}),
    ],
    employers=[
        Employer("Hospital Nacional Arzobispo Gregorio Loayza", "Lima", "Lima", "PE",
                 "Av. Alfonso Ugarte N° 848, Cercado de Lima", "(01) 555-0142", "rrhh@hnagl.example"),
        Employer("Hospital Regional Docente Túpac Yupanqui", "Trujillo", "La Libertad", "PE",
                 "Av. Mansiche N° 795", "(044) 555-0178", "personal@hrdty.example"),
        Employer("Laboratorio Clínico Biolab Andino S.A.C.", "Arequipa", "Arequipa", "PE",
                 "Calle Mercaderes N° 212", "(054) 555-0193", "administracion@biolabandino.example", "lab"),
        Employer("Clínica San Bartolomé de Miraflores", "Lima", "Lima", "PE",
                 "Av. José Pardo N° 601, Miraflores", "(01) 555-0121", "talento@clinicasanbartolome.example"),
    ],
    signers=["Dr. Raúl Enrique Ccahuana Soto", "Lic. Gloria Inés Paucar Ríos", "Abog. Víctor Hugo Lazo Peña",
             "Mg. Patricia Rosales Cueva"],
    curricula=[_cur("pe_tm_lab", "Licenciado en Tecnología Médica en la especialidad de Laboratorio Clínico y "
                    "Anatomía Patológica", "medical_technology", PE_TM, clin=True),
               _cur("pe_bio", "Licenciado en Biología", "biology", PE_BIO),
               _cur("pe_enf", "Licenciado en Enfermería", "nursing", PE_ENF)],
    mls_curriculum="pe_tm_lab", science_curricula=["pe_bio"], nonqualifying_curricula=["pe_enf"],
    positions_mls=["Tecnólogo Médico", "Tecnólogo Médico en Laboratorio Clínico"],
    positions_science=["Biólogo", "Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
)
K.register(PACK)
add_department_phrases("PE", {
    "blood_bank": ["Banco de Sangre", "Hemoterapia y Banco de Sangre"], "chemistry": ["Bioquímica"],
    "hematology": ["Hematología"], "microbiology": ["Microbiología"],
    "immunology": ["Inmunología", "Inmunoserología"], "urinalysis": ["Uroanálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"],
    "other": ["Anatomía Patológica", "Citología"]})

CICLO = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
SPECIALTY = {"pe_tm_lab": ("TECNOLOGÍA MÉDICA", "LABORATORIO CLÍNICO Y ANATOMÍA PATOLÓGICA"),
             "pe_bio": ("CIENCIAS BIOLÓGICAS", ""), "pe_enf": ("ENFERMERÍA", "")}


def nota(r):
    return max(11, min(20, round(11 + (r.score - 45) * 8.6 / 47)))


def ciclo_of(t):
    return (t.year - 1) * 2 + (0 if t.key == "S1" else 1)


def promedio(s):
    rs = [r for t in s.terms for r in t.results]
    return sum(nota(r) * r.spec.credits for r in rs) / sum(r.spec.credits for r in rs)


def pe_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 36, A4[0] - 36
    name = f"{person.surname.upper()}, {person.given.upper()}"
    esc, esp = SPECIALTY.get(cur.id, (cur.title.upper(), ""))
    xs = [L, L + 50, L + 244, L + 272, L + 310, L + 350, L + 414, R]
    serial = f"N° {rng.randint(1000, 9999):04d}-{s.conferred.year}-SG"

    def new_page(n):
        p = Page(A4)
        y = 40
        p.logo(L + 24, 56, 20, 1)
        p.text(p.w / 2, y, inst.name.upper(), FB, 12.5, "center"); y += 13
        p.text(p.w / 2, y, "(Universidad del Perú)", "Helvetica-Oblique", 8, "center"); y += 11
        p.text(p.w / 2, y, "SECRETARÍA GENERAL - OFICINA CENTRAL DE REGISTROS ACADÉMICOS", F, 8, "center"); y += 22
        if n == 1:
            photo_box(p, R - 64, 36, 62, 76)
            p.text(p.w / 2, y, "CERTIFICADO DE ESTUDIOS", FB, 16, "center"); y += 13
            p.text(p.w / 2, y, serial, F, 8.5, "center"); y += 18
            body = (f"El Secretario General que suscribe CERTIFICA: Que {'doña' if person.sex == 'F' else 'don'} "
                    f"{person.given.upper()} {person.surname.upper()}, con código de matrícula N° {s.student_no}, "
                    f"ha cursado en la Escuela Profesional de {esc.title()}"
                    + (f", Especialidad de {esp.title().replace(' Y ', ' y ')}" if esp else "")
                    + f", {inst.extra['fac']}, las asignaturas que a continuación se indican, con los "
                      "calificativos siguientes:")
            y = p.paragraph(L, y, body, F, 8.5, R - L - 74, 11.5) + 4
            p.pieces(y, [(L, f"Apellidos y Nombres: {name}", "left"),
                         (R, f"Ingreso: {s.admitted.year}-I", "right")], F, 8.5); y += 11
            p.pieces(y, [(L, f"Escuela Profesional: {esc}", "left"),
                         (R, "Régimen: Semestral - Plan de Estudios 2014", "right")], F, 8.5); y += 11
            if esp:
                p.text(L, y, f"Especialidad: {esp}", F, 8.5); y += 11
            y += 4
        else:
            p.pieces(y, [(L, f"CERTIFICADO DE ESTUDIOS {serial} (continuación)", "left"),
                         (R, name, "right")], F, 8); y += 12
        top = y
        p.hline(L, R, top, 0.9)
        p.hline(xs[4], xs[6], top + 13, 0.5)
        p.pieces(top + 10, [((xs[4] + xs[6]) / 2, "NOTA", "center")], FB, 7.5)
        p.pieces(top + 16, [((xs[0] + xs[1]) / 2, "CÓDIGO", "center"), ((xs[1] + xs[2]) / 2, "ASIGNATURA", "center"),
                            ((xs[2] + xs[3]) / 2, "CICLO", "center"), ((xs[3] + xs[4]) / 2, "CRÉDITOS", "center"),
                            ((xs[6] + xs[7]) / 2, "ACTA / FECHA", "center")], FB, 7)
        p.pieces(top + 22, [((xs[4] + xs[5]) / 2, "En números", "center"),
                            ((xs[5] + xs[6]) / 2, "En letras", "center")], FB, 6.5)
        p.hline(L, R, top + 27, 0.9)
        p._pe_top = top
        return p, top + 38

    fl = Flow(new_page, 150)
    out, total = [], 0

    def close(pg, ybot):
        grid(pg, xs, pg._pe_top, ybot, 0.5)
        pg.hline(L, R, ybot, 0.9)

    acta = rng.randint(100, 400)
    for t in s.terms:
        c = ciclo_of(t)
        per = f"{t.start_year}-{'I' if t.key == 'S1' else 'II'}"
        month = 7 if t.key == "S1" else 12
        for r in t.results:
            title = LOCAL[r.spec.code].upper()
            lines = wrap(title, F, 7.5, xs[2] - xs[1] - 6)
            h = 10 * len(lines) + 3
            pg_before, y_before = fl.page, fl.y
            if fl.need(h):
                close(pg_before, y_before - 7)
            n = nota(r)
            acta += rng.randint(1, 9)
            day = rng.randint(10, 24)
            fl.page.pieces(fl.y, [(xs[0] + 4, r.code, "left"), (xs[1] + 3, lines[0], "left"),
                                  ((xs[2] + xs[3]) / 2, CICLO[c], "center"),
                                  ((xs[3] + xs[4]) / 2, str(int(r.spec.credits)), "center"),
                                  ((xs[4] + xs[5]) / 2, f"{n:02d}", "center"),
                                  (xs[5] + 4, es_number(n).upper(), "left"),
                                  (xs[6] + 4, f"{acta:04d}-{per} {day:02d}/{month:02d}/{t.start_year}", "left")],
                           F, 7.5)
            for ln in lines[1:]:
                fl.y += 10
                fl.page.text(xs[1] + 3, fl.y, ln, F, 7.5)
            fl.y += 13
            total += int(r.spec.credits)
            out.append(course_truth(r, CICLO[c], r.spec.credits, f"{n:02d}", "semester", title=" ".join(lines),
                                    grade_words=es_number(n).upper(), period=per))
    close(fl.page, fl.y - 7)
    fl.need(150)
    p, y = fl.page, fl.y + 8
    p.spaced(L, y, [f"Total de créditos aprobados: {total}",
                    f"Promedio ponderado acumulado: {promedio(s):.2f}"], FB, 9, 40); y += 14
    p.text(L, y, "Escala de calificación: vigesimal de 00 a 20. Nota mínima aprobatoria: 11 (ONCE).", F, 7.5); y += 10
    p.text(L, y, "El presente certificado no es válido si presenta enmendaduras o borrones.", F, 7.5); y += 16
    issued = s.conferred + dt.timedelta(days=rng.randint(10, 60))
    p.text(R, y, f"{inst.city}, {es_long(issued)}", F, 8.5, "right"); y += 50
    p.signature(L + 20, y - 12, 100, rng)
    p.signature(R - 150, y - 12, 100, rng)
    p.hline(L, L + 170, y - 8, 0.5)
    p.hline(R - 170, R, y - 8, 0.5)
    p.pieces(y, [(L + 85, "Jefe de la Oficina de Registros Académicos", "center"),
                 (R - 85, "Secretario General", "center")], F, 7.5)
    p.seal((L + R) / 2, y - 22, 28, 0.5)
    stamp(p, R - 176, p.h - 96, ["ES COPIA FIEL DEL ORIGINAL", "FEDATARIO", "Res. N° 0215-2017-R"], size=7)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 24, f"Página {i} de {len(fl.pages)}", F, 7, "center")
    return LayoutResult("transcript", "pe_certificado_estudios", FAMILY, fl.pages, [name, f"{person.given.upper()} {person.surname.upper()}"],
                        out, "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"pe_certificado_estudios": (pe_transcript, FAMILY, ("PE",))}
