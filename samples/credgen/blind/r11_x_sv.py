"""Writer X, round 11: El Salvador (SV). Country pack (Licenciatura en Laboratorio Clínico of an
invented national university's Faculty of Medicine, five years = ten ciclos; Licenciatura en Biología;
Licenciatura en Enfermería) and the "CERTIFICACIÓN DE NOTAS": a notarial text, not a ruled table.
"El infrascrito Secretario de la Facultad de Medicina CERTIFICA: que en los registros académicos ...
ha cursado y aprobado las asignaturas que a continuación se detallan:", then per ciclo a caption
"CICLO I - 2013" and one typewriter line per subject in a monospaced face with dot leaders:
"BIO114 Biología General ........ 4 U.V. ...... 7.5 (SIETE PUNTO CINCO)"; no header row, no rule.
A subject failed once shows its attempt with "REPROBADA" and the pass in a later ciclo. After the
list "Total de Unidades Valorativas: 176 - Coeficiente de Unidades de Mérito (CUM): 7.8" (UV of the
subjects passed; CUM = sum of grade x UV over the passed subjects / their UV), "Servicio Social: 500
horas, cumplido" (no U.V., not a course) and the closing formula with the date in words.

Grades 0-10 with one decimal, pass 6.0. Credit basis: the unidad valorativa. The Ley de Educación
Superior defines 1 U.V. as at least 20 hours of teacher-attended work in a 16-week ciclo, i.e. about
one class hour a week through a term, the US semester-hour definition: 1 U.V. = 1 semester hour,
system "semester" (as round 10 did for the Honduran UV). A failed attempt is a truth row with
passed False and semester_hours 0."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LETTER, Flow, Page, width
from .r11_x_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, es_date_words,
                           es_grade_words, k, parse, r1, round_stamp, sign_block)

SV_MLS = """
## 1 S1
BIO114 | Biología General | 4 | B
QUI115 | Química General I | 4 | C
MAT115 | Matemática I | 4 | M
PSI114 | Psicología General | 3 | O
IDI114 | Inglés Técnico I | 3 | O
## 1 S2
QUI215 | Química General II | 4 | C
MAT215 | Matemática II | 4 | M
BCE214 | Biología Celular | 4 | B
SOC214 | Sociología de la Salud | 3 | O
IDI214 | Inglés Técnico II | 3 | O
## 2 S1
ANA314 | Anatomía Humana | 5 | B
QOR315 | Química Orgánica | 5 | C
FIS314 | Física Aplicada | 4 | O
EST314 | Bioestadística | 3 | M
## 2 S2
FIS415 | Fisiología Humana | 5 | B
BQM415 | Bioquímica | 5 | C
HIS414 | Histología | 4 | B
ILC414 | Introducción al Laboratorio Clínico | 3 | ?P
## 3 S1
MIC515 | Microbiología General | 5 | B
QAN515 | Química Analítica | 4 | C
HEM515 | Hematología I | 5 | P
EPI514 | Epidemiología | 3 | O
## 3 S2
BAC615 | Bacteriología Clínica | 5 | P
HEM615 | Hematología II | 5 | P
PAR615 | Parasitología Clínica | 4 | P
INM614 | Inmunología | 4 | ?P
## 4 S1
QCL715 | Química Clínica I | 5 | P
MIC715 | Micología y Virología Clínica | 4 | P
URO714 | Uroanálisis y Líquidos Corporales | 4 | P
INV713 | Metodología de la Investigación | 3 | O
## 4 S2
QCL815 | Química Clínica II | 5 | P
BSA815 | Banco de Sangre | 5 | P
BMO814 | Biología Molecular Diagnóstica | 4 | ?P
ADM813 | Administración de Laboratorios | 3 | P
## 5 S1
PHC916 | Práctica Hospitalaria I | 8 | P | chemistry,hematology,urinalysis
CAL914 | Control de Calidad | 4 | P
CIT914 | Citología Exfoliativa | 4 | P
## 5 S2
PHC016 | Práctica Hospitalaria II | 8 | P | microbiology,blood_bank,immunology
SEM014 | Seminario de Graduación | 4 | O
DEO013 | Deontología Profesional | 3 | O
"""

SV_BIO = """
## 1 S1
BIO114 | Biología General | 4 | B
QUI115 | Química General I | 4 | C
MAT115 | Matemática I | 4 | M
IDI114 | Inglés I | 3 | O
## 1 S2
QUI215 | Química General II | 4 | C
MAT215 | Matemática II | 4 | M
BOT214 | Botánica General | 4 | B
ZOO214 | Zoología General | 4 | B
## 2 S1
QOR315 | Química Orgánica | 5 | C
FIS314 | Física General | 4 | O
BCE314 | Biología Celular | 4 | B
EST314 | Bioestadística | 4 | M
## 2 S2
BQM415 | Bioquímica | 5 | C
GEN414 | Genética | 4 | B
ZIN414 | Zoología de Invertebrados | 4 | B
BOS414 | Botánica Sistemática | 4 | B
## 3 S1
MIC515 | Microbiología | 5 | B
ECO514 | Ecología General | 4 | B
ZVE514 | Zoología de Vertebrados | 4 | B
FIV514 | Fisiología Vegetal | 4 | B
## 3 S2
FAN615 | Fisiología Animal | 5 | B
EVO614 | Evolución | 4 | B
LIM614 | Limnología | 4 | B
INV613 | Metodología de la Investigación | 3 | O
## 4 S1
BMO715 | Biología Molecular | 5 | B
ENT714 | Entomología | 4 | B
PAR714 | Parasitología | 4 | B
BIG714 | Biogeografía | 4 | B
## 4 S2
INM815 | Inmunología | 4 | ?B
BTC814 | Biotecnología | 4 | B
ECM814 | Ecología Marina | 4 | B
EMB814 | Embriología | 4 | B
## 5 S1
CON914 | Biología de la Conservación | 4 | B
ETO914 | Etología | 4 | B
SEM913 | Seminario I | 3 | O
## 5 S2
TDG018 | Trabajo de Graduación | 8 | O
SEM013 | Seminario II | 3 | O
"""

SV_NUR = """
## 1 S1
ENF114 | Fundamentos de Enfermería I | 6 | O
ANA114 | Anatomía y Fisiología | 5 | B
PSI114 | Psicología General | 3 | O
## 1 S2
ENF214 | Fundamentos de Enfermería II | 6 | O
MIC214 | Microbiología y Parasitología | 4 | ?B
NUT214 | Nutrición | 3 | O
## 2 S1
ENF314 | Enfermería Médico-Quirúrgica I | 8 | O
FAR314 | Farmacología | 4 | O
## 2 S2
ENF414 | Enfermería Médico-Quirúrgica II | 8 | O
EST414 | Bioestadística | 3 | M
## 3 S1
ENF514 | Enfermería Materno-Infantil | 8 | O
## 3 S2
ENF614 | Enfermería Pediátrica | 8 | O
## 4 S1
ENF714 | Enfermería en Salud Mental | 8 | O
## 4 S2
ENF814 | Enfermería Comunitaria | 8 | O
## 5 S1
ENF914 | Administración en Enfermería | 8 | O
## 5 S2
INT018 | Internado Rotatorio | 12 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "SV", title, "bachelor", 5, field, "semester", parse(table), 2, 3,
                        clinical_training=clin)


SV_INST = [
    Institution("Universidad Nacional de Cuscatlán", "San Salvador", "San Salvador", "SV",
                "Ciudad Universitaria, Final Av. Los Próceres", ("sv_mls", "sv_nur", "sv_bio"), "university",
                extra={"fac": "Facultad de Medicina", "fac_bio": "Facultad de Ciencias Naturales y Matemática",
                       "sec": "Lic. Mauricio Ernesto Flores Cañas", "city": "la Ciudad Universitaria, San Salvador"}),
    Institution("Universidad Estatal de Occidente Izalco", "Santa Ana", "Santa Ana", "SV",
                "Final Avenida Fray Felipe de Jesús Moraga Sur", ("sv_mls", "sv_nur", "sv_bio"), "university",
                extra={"fac": "Facultad Multidisciplinaria de Occidente",
                       "fac_bio": "Facultad Multidisciplinaria de Occidente",
                       "sec": "Licda. Rosa Amelia Guardado de Paz", "city": "la ciudad de Santa Ana"}),
]

PACK = K.CountryPack(
    code="SV", name="El Salvador",
    given={"F": ["María", "Ana", "Karla", "Gabriela", "Sonia", "Claudia", "Wendy", "Jacqueline", "Evelyn", "Roxana"],
           "M": ["José", "Carlos", "Mario", "Luis", "Óscar", "Edwin", "Rodrigo", "Francisco", "Walter", "Nelson"]},
    surnames=["Hernández Martínez", "López Rivera", "Rodríguez Flores", "Martínez Ayala", "Pérez Guardado",
              "Ramírez Portillo", "Menjívar Cruz", "Alvarado Mejía", "Quintanilla Rosales", "Orellana Castro",
              "Aguilar Henríquez", "Chávez Romero"],
    middle={"F": ["Elizabeth", "Guadalupe", "Beatriz", "Marisol", "Alejandra"],
            "M": ["Antonio", "Alberto", "Ernesto", "Enrique", "Armando"]},
    institutions=SV_INST,
    employers=[
        Employer("Hospital Nacional General Dr. Julio César Ayala", "San Salvador", "San Salvador", "SV",
                 "Calle Arce y 25 Avenida Norte", "+503 2200-0417", "rrhh@hnjcayala.example"),
        Employer("Hospital Nacional Regional de Sonsonate", "Sonsonate", "Sonsonate", "SV", "Final 4a Calle Oriente",
                 "+503 2400-0123", "talentohumano@hnrsonsonate.example"),
        Employer("Hospital Nacional de Usulután San Pedro", "Usulután", "Usulután", "SV", "Barrio La Merced",
                 "+503 2600-0388", "personal@hnusulutan.example"),
        Employer("Laboratorio Clínico Central Biomédica S.A. de C.V.", "San Salvador", "San Salvador", "SV",
                 "Colonia Escalón, Paseo General Escalón 3901", "+503 2260-0940", "rrhh@biomedica-sv.example", "lab"),
    ],
    signers=["Licda. Patricia Elena Rivas de Molina", "Lic. Julio Roberto Cañas Pineda", "Licda. Marta Lidia Ventura",
             "Lic. Fernando Antonio Saca Cruz"],
    curricula=[_cur("sv_mls", "Licenciatura en Laboratorio Clínico", "medical_laboratory_science", SV_MLS, True),
               _cur("sv_bio", "Licenciatura en Biología", "biology", SV_BIO),
               _cur("sv_nur", "Licenciatura en Enfermería", "nursing", SV_NUR)],
    mls_curriculum="sv_mls", science_curricula=["sv_bio"], nonqualifying_curricula=["sv_nur"],
    positions_mls=["Profesional en Laboratorio Clínico", "Laboratorista Clínico"],
    positions_science=["Auxiliar de Laboratorio", "Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{chr(65 + rng.randrange(26))}{chr(65 + rng.randrange(26))}{sy % 100:02d}"
                                     f"{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SV", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Bacteriología"], "immunology": ["Inmunología"], "urinalysis": ["Uroanálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"], "other": ["Citología"]})

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def sv_grade(s, r, salt):
    """0-10 with one decimal, passing (6.0-9.8)."""
    g = 6.0 + (r.score - 45) / 47.0 * 3.6 + (k(s, salt) % 7 - 3) / 10.0
    return max(6.0, min(9.8, r1(g)))


def sv_rows(s):
    """[(ciclo number, calendar year, [(r, grade, failed)])]: one subject in about every eight
    candidates' ciclos is failed once and passed two ciclos later (or in the next one)."""
    cic = []
    for i, t in enumerate(s.terms):
        cic.append([i + 1, t.start_year, []])
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            g = sv_grade(s, r, f"g{i}.{j}")
            fail = (k(s, f"f{i}.{j}") % 23 == 0 and i < len(s.terms) - 2 and not r.spec.areas)
            if fail:
                bad = r1(3.5 + (k(s, f"b{i}.{j}") % 24) / 10.0)
                cic[i][2].append((r, bad, True))
                cic[i + 2][2].insert(0, (r, g, False))
            else:
                cic[i][2].append((r, g, False))
    return cic


def sv_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    M, MB = "Courier", "Courier-Bold"
    W, H = LETTER
    L, R = 54, W - 50
    nm = name_form(person, "caps")
    fac = inst.extra["fac"] if cur.id != "sv_bio" else inst.extra["fac_bio"]
    cic = sv_rows(s)
    out = []
    sz = 8.2

    def new_page(n):
        p = Page(LETTER)
        p.logo(L + 18, 52, 20, 1, 0.3)
        p.text(W / 2 + 14, 46, inst.name.upper(), TB, 13, "center")
        p.text(W / 2 + 14, 60, fac.upper(), TB, 10, "center")
        p.text(W / 2 + 14, 72, "SECRETARÍA DE LA FACULTAD", T, 9, "center")
        p.text(R, 90, f"Ref. SF-{k(s, 'ref') % 9000 + 1000}/{s.conferred.year + 1}", T, 8.5, "right")
        y = 112
        if n == 1:
            p.text(W / 2, y, "CERTIFICACIÓN DE NOTAS", TB, 14, "center")
            y += 26
            sec = "El infrascrito Secretario" if not inst.extra["sec"].startswith("Licda") else "La infrascrita Secretaria"
            body = (f"{sec} de la {fac} de la {inst.name} CERTIFICA: que en los registros académicos de esta "
                    f"Facultad aparece que {'la' if person.sex == 'F' else 'el'} estudiante {nm}, con carné número "
                    f"{s.student_no}, de la carrera de {cur.title.upper()}, plan de estudios {s.admitted.year}, ha "
                    f"cursado y aprobado las asignaturas que a continuación se detallan:")
            y = p.paragraph(L, y, body, T, 11, R - L, 15.5) + 8
        else:
            p.text(L, y, f"...continuación de la certificación de notas de {nm}, carné {s.student_no}", TI, 9.5)
            y += 22
        return p, y

    fl = Flow(new_page, 70)
    x_code, x_title, x_uv = L + 4, L + 50, L + 280
    dotw = width(".", M, sz)
    total_uv, um = 0, 0.0
    for n, yr, rows in cic:
        fl.need(24 + 12 * min(3, len(rows)))
        fl.page.text(L + 8, fl.y, f"CICLO {ROMAN[n - 1]} - {yr}", MB, 9.2)
        fl.y += 14
        term = f"CICLO {ROMAN[n - 1]} - {yr}"
        for r, g, failed in rows:
            fl.need(12)
            p, y = fl.page, fl.y
            title = r.spec.title
            tw = width(title, M, sz)
            uv = int(r.spec.credits)
            nd1 = max(3, int((x_uv - (x_title + tw) - dotw) / dotw))
            uvs = f"{uv} U.V."
            x_g = x_uv + width(uvs, M, sz) + dotw * 7
            nd2 = 5
            gs = f"{g:.1f} ({es_grade_words(g)})"
            items = [(x_code, r.code, "left"), (x_title, title, "left"),
                     (x_title + tw + dotw * 0.5, "." * nd1, "left"), (x_uv + dotw * 0.5, uvs, "left"),
                     (x_uv + width(uvs, M, sz) + dotw * 1.5, "." * nd2, "left"), (x_g, gs, "left")]
            if failed:
                items.append((x_g + width(gs, M, sz) + dotw, "REPROBADA", "left"))
            p.pieces(y, items, M, sz)
            fl.y += 11.5
            if failed:
                out.append(course_truth(r, term, uv, f"{g:.1f}", "semester", passed=False, semester_hours=0,
                                        grade_words=es_grade_words(g)))
            else:
                total_uv += uv
                um += g * uv
                out.append(course_truth(r, term, uv, f"{g:.1f}", "semester", grade_words=es_grade_words(g)))
        fl.y += 7
    cum = r1(um / total_uv)
    fl.need(200)
    p, y = fl.page, fl.y + 6
    p.text(L + 8, y, f"Total de Unidades Valorativas: {total_uv} - Coeficiente de Unidades de Mérito (CUM): {cum:.1f}",
           MB, 9)
    y += 15
    p.text(L + 8, y, "Servicio Social: 500 horas, cumplido", M, 9)
    y += 15
    p.text(L + 8, y, "Escala de calificaciones: 0.0 a 10.0; nota mínima de aprobación: 6.0", M, 8.5)
    y += 22
    d = s.conferred
    from ..dates import add_months
    d = add_months(d, 1 + k(s, "ext") % 4)
    y = p.paragraph(L, y, "Y para los usos que " + ("la interesada" if person.sex == "F" else "el interesado") +
                    f" estime convenientes se extiende la presente en {inst.extra['city']}, {es_date_words(d)}.",
                    T, 11, R - L, 15.5) + 56
    sec_t = "Secretaria de la Facultad" if inst.extra["sec"].startswith("Licda") else "Secretario de la Facultad"
    sign_block(p, rng, W / 2 - 110, y, inst.extra["sec"], TB, 9.5, 190, sec_t)
    sign_block(p, rng, W / 2 + 130, y, "Vo. Bo. Decano", TB, 9.5, 150)
    round_stamp(p, W / 2 + 10, y - 16, 30, 0.45)
    pages = fl.pages
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 30, f"Página {i} de {len(pages)}", T, 8, "center")
    return LayoutResult("transcript", "sv_certificacion_notas", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True, "cum": f"{cum:.1f}", "uv_total": total_uv})


TRANSCRIPT_LAYOUTS = {"sv_certificacion_notas": (sv_transcript, FAMILY, ("SV",))}
