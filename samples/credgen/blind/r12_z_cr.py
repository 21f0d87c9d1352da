"""Writer Z, round 12: Costa Rica (CR). Country pack (an invented state university's Escuela de
Microbiología: "Licenciatura en Microbiología y Química Clínica", five years, the profession
"Microbiólogo Químico Clínico"; its Bachillerato en Biología; its Licenciatura en Enfermería) and the
registry's "CERTIFICACIÓN DE CALIFICACIONES": one long unruled chronological list, blocks headed "I
CICLO 2013", "II CICLO 2013", "III CICLO 2014" (III = the short summer cycle), columns `SIGLA |
NOMBRE DEL CURSO | CRED. | NOTA | GRUPO` ("MB-3010", upper-case titles, notes 0-10 with a comma,
"AP" for approved pass/fail activities, "CONV" for courses recognised by equivalence, the 2-digit
class group); "Créditos del ciclo: 18   Promedio ponderado del ciclo: 8,12" under each cycle;
"Total de créditos aprobados: 212   Promedio ponderado acumulado: 8,24"; "Se extiende la presente
certificación a solicitud del interesado ..." with the fiscal stamps drawn as pictures at the bottom
right.

Credit basis: the university's credit is 3 hours a week of student work (class and study) over a
16-week cycle, 48 hours, which is the US semester credit hour (1 contact hour + 2 hours of study a
week for 15-16 weeks): 1 crédito = 1 semester hour, system "semester". AP and CONV rows keep their
credits; the weighted averages use the numeric notes only (AP and CONV rows are left out of them)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LETTER, Page
from .r6_l_common import parse
from .r12_z_common import (ES_MONTHS, FAMILY, add_department_phrases, by_reading_order, comma, course_truth,
                           fiscal_stamps, k, r2, sign_block, rubber_stamp)

CR_LIC = """
## 1 S1
EF-0001 | ACTIVIDAD DEPORTIVA | 0 | O
EG-0124 | CURSO INTEGRADO DE HUMANIDADES I | 6 | O
MA-1001 | CÁLCULO I | 3 | M
QU-0100 | QUÍMICA GENERAL I | 3 | C
QU-0101 | LABORATORIO DE QUÍMICA GENERAL I | 1 | C
B-0106 | BIOLOGÍA GENERAL | 4 | B
## 1 S2
EG-0125 | CURSO INTEGRADO DE HUMANIDADES II | 6 | O
QU-0102 | QUÍMICA GENERAL II | 3 | C
QU-0103 | LABORATORIO DE QUÍMICA GENERAL II | 1 | C
XS-0276 | ESTADÍSTICA PARA CIENCIAS DE LA SALUD | 3 | M
FS-0210 | FÍSICA GENERAL PARA CIENCIAS BIOLÓGICAS | 3 | O
EF-0002 | ACTIVIDAD ARTÍSTICA | 0 | O
## 1 SU
RP-0001 | REPERTORIO | 3 | O
## 2 S1
QU-0210 | QUÍMICA ORGÁNICA I | 3 | C
QU-0211 | LABORATORIO DE QUÍMICA ORGÁNICA I | 1 | C
QU-0300 | QUÍMICA ANALÍTICA CUANTITATIVA | 4 | C
MB-2001 | BIOLOGÍA CELULAR Y MOLECULAR | 4 | B
SR-0001 | SEMINARIO DE REALIDAD NACIONAL I | 2 | O
## 2 S2
QU-0212 | QUÍMICA ORGÁNICA II | 3 | C
QU-0213 | LABORATORIO DE QUÍMICA ORGÁNICA II | 1 | C
MB-2002 | ANATOMÍA Y FISIOLOGÍA HUMANA | 5 | B
MB-2003 | MICROBIOLOGÍA GENERAL | 4 | B
SR-0002 | SEMINARIO DE REALIDAD NACIONAL II | 2 | O
## 3 S1
MB-3010 | BIOQUÍMICA GENERAL | 5 | C
MB-3011 | INMUNOLOGÍA GENERAL | 4 | ?B
MB-3012 | BACTERIOLOGÍA MÉDICA | 5 | P
MB-3013 | PARASITOLOGÍA MÉDICA I | 4 | P
## 3 S2
MB-3020 | QUÍMICA CLÍNICA I | 5 | P
MB-3021 | HEMATOLOGÍA I | 5 | P
MB-3022 | MICOLOGÍA MÉDICA | 4 | P
MB-3023 | VIROLOGÍA MÉDICA | 3 | ?B
## 3 SU
MB-3030 | BIOSEGURIDAD EN EL LABORATORIO CLÍNICO | 2 | P
## 4 S1
MB-4010 | QUÍMICA CLÍNICA II | 5 | P
MB-4011 | HEMATOLOGÍA II | 5 | P
MB-4012 | INMUNOHEMATOLOGÍA Y BANCO DE SANGRE | 5 | ?P
MB-4013 | PARASITOLOGÍA MÉDICA II | 3 | P
## 4 S2
MB-4020 | BACTERIOLOGÍA CLÍNICA | 5 | P
MB-4021 | INMUNOLOGÍA CLÍNICA | 4 | ?P
MB-4022 | URIANÁLISIS Y LÍQUIDOS CORPORALES | 3 | P
MB-4023 | BIOLOGÍA MOLECULAR DIAGNÓSTICA | 4 | ?P
## 5 S1
MB-5010 | INTERNADO EN QUÍMICA CLÍNICA Y URIANÁLISIS | 8 | P | chemistry,urinalysis
MB-5011 | INTERNADO EN HEMATOLOGÍA Y BANCO DE SANGRE | 8 | P | hematology,blood_bank
MB-5012 | GESTIÓN DE CALIDAD EN EL LABORATORIO | 2 | P
## 5 S2
MB-5020 | INTERNADO EN BACTERIOLOGÍA Y PARASITOLOGÍA | 8 | P | microbiology
MB-5021 | INTERNADO EN INMUNOLOGÍA | 6 | P | immunology
MB-5022 | SEMINARIO DE GRADUACIÓN | 4 | O
"""

CR_BIO = """
## 1 S1
EF-0001 | ACTIVIDAD DEPORTIVA | 0 | O
EG-0124 | CURSO INTEGRADO DE HUMANIDADES I | 6 | O
B-0106 | BIOLOGÍA GENERAL | 4 | B
QU-0100 | QUÍMICA GENERAL I | 3 | C
MA-1001 | CÁLCULO I | 3 | M
## 1 S2
EG-0125 | CURSO INTEGRADO DE HUMANIDADES II | 6 | O
B-0107 | BIOLOGÍA GENERAL II | 4 | B
QU-0102 | QUÍMICA GENERAL II | 3 | C
XS-0276 | ESTADÍSTICA | 3 | M
## 2 S1
B-0220 | BOTÁNICA GENERAL | 4 | B
B-0221 | ZOOLOGÍA GENERAL | 4 | B
QU-0210 | QUÍMICA ORGÁNICA I | 3 | C
## 2 S2
B-0230 | GENÉTICA GENERAL | 4 | B
B-0231 | ECOLOGÍA | 4 | ?B
QU-0212 | QUÍMICA ORGÁNICA II | 3 | C
## 3 S1
B-0340 | MICROBIOLOGÍA GENERAL | 4 | B
B-0341 | FISIOLOGÍA ANIMAL | 4 | B
B-0342 | BIOQUÍMICA | 4 | C
## 3 S2
B-0350 | BIOLOGÍA MOLECULAR | 4 | B
B-0351 | EVOLUCIÓN | 3 | B
## 4 S1
B-0460 | INMUNOLOGÍA | 4 | ?B
B-0461 | PARASITOLOGÍA | 4 | B
## 4 S2
B-0470 | SEMINARIO DE INVESTIGACIÓN | 4 | O
B-0471 | BIOLOGÍA CELULAR AVANZADA | 4 | B
"""

CR_ENF = """
## 1 S1
EG-0124 | CURSO INTEGRADO DE HUMANIDADES I | 6 | O
EE-0110 | FUNDAMENTOS DE ENFERMERÍA | 5 | O
## 1 S2
EE-0120 | ANATOMÍA Y FISIOLOGÍA | 5 | B
EE-0121 | ENFERMERÍA COMUNITARIA | 4 | O
## 2 S1
EE-0210 | ENFERMERÍA MÉDICO-QUIRÚRGICA I | 6 | O
## 2 S2
EE-0220 | ENFERMERÍA MATERNO-INFANTIL | 6 | O
## 3 S1
EE-0310 | ENFERMERÍA EN SALUD MENTAL | 5 | O
## 3 S2
EE-0320 | ENFERMERÍA MÉDICO-QUIRÚRGICA II | 6 | O
## 4 S1
EE-0410 | GESTIÓN DE SERVICIOS DE ENFERMERÍA | 4 | O
## 4 S2
EE-0420 | INTERNADO DE ENFERMERÍA | 10 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "CR", title, level, years, field, "semester", parse(text), 3, 7, clinical_training=clin)


CR_INST = [
    Institution("Universidad Nacional de Ciencias de Costa Rica", "San José", "San José", "CR",
                "Ciudad Universitaria Rodrigo Facio Sur, San Pedro de Montes de Oca", ("cr_lic", "cr_bio", "cr_enf"),
                "university", extra={"short": "UNCCR"}),
    Institution("Universidad Estatal del Valle Central", "Heredia", "Heredia", "CR", "Avenida 1, Heredia",
                ("cr_lic", "cr_bio", "cr_enf"), "university", extra={"short": "UEVC"}),
]

PACK = K.CountryPack(
    code="CR", name="Costa Rica",
    given={"F": ["María José", "Daniela", "Valeria", "Andrea", "Mariana", "Natalia", "Fabiola", "Karla", "Sofía",
                 "Raquel"],
           "M": ["José Pablo", "Esteban", "Andrés", "Luis Diego", "Mauricio", "Fabián", "Sergio", "Alonso",
                 "Jorge", "Gabriel"]},
    surnames=["Jiménez", "Vargas", "Rodríguez", "Mora", "Solís", "Araya", "Chacón", "Quesada", "Alfaro", "Zúñiga",
              "Madrigal", "Brenes"],
    middle={"F": [], "M": []},
    institutions=CR_INST,
    employers=[
        Employer("Hospital Dr. Ramón Ugalde Porras", "Alajuela", "Alajuela", "CR", "Avenida 9, Alajuela",
                 "+506 2436 0000", "laboratorio.hrup@icss.example"),
        Employer("Hospital San Vicente de Cartago Norte", "Cartago", "Cartago", "CR", "Barrio Los Ángeles",
                 "+506 2550 0000", "rrhh.hsvcn@icss.example"),
        Employer("Hospital Regional Dr. Esteban Loría Mena", "Liberia", "Guanacaste", "CR", "Barrio La Victoria",
                 "+506 2690 0000", "lab.herlm@icss.example"),
        Employer("Laboratorio Clínico Microlab del Este", "San José", "San José", "CR", "Curridabat, Avenida Central",
                 "+506 2271 0000", "info@microlab-este.example", "lab"),
    ],
    signers=["Dra. Ana Lucía Brenes Mora", "Dr. Carlos Quesada Alfaro", "Licda. Marta Solís Chacón"],
    curricula=[_cur("cr_lic", "Licenciatura en Microbiología y Química Clínica", "bachelor", 5,
                    "medical_laboratory_science", CR_LIC, True),
               _cur("cr_bio", "Bachillerato en Biología", "bachelor", 4, "biology", CR_BIO),
               _cur("cr_enf", "Licenciatura en Enfermería", "bachelor", 4, "nursing", CR_ENF)],
    mls_curriculum="cr_lic", science_curricula=["cr_bio"], nonqualifying_curricula=["cr_enf"],
    positions_mls=["Microbiólogo Químico Clínico", "Microbiólogo 1"],
    positions_science=["Técnico de Laboratorio", "Asistente de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{'ABCD'[rng.randint(0, 3)]}{sy % 100:02d}{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("CR", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Bacteriología"], "immunology": ["Inmunología"], "urinalysis": ["Urianálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"], "other": ["Parasitología"]})

ROMAN = {"S1": "I", "S2": "II", "SU": "III"}


def cycle(t):
    return f"{ROMAN[t.key]} CICLO {t.start_year + (1 if t.key == 'SU' else 0)}"


def nota(s, i, j, r):
    v = 7.0 + (r.score - 45) * 0.06 + (k(s, f"n{i}.{j}") % 5) * 0.5 - 1.0
    return max(7.0, min(10.0, round(v * 2) / 2))


def cr_rows(s):
    """[(cycle label, [(result, credits, nota string, numeric or None, group)])]"""
    out = []
    conv = k(s, "conv") % 3 == 0
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            cr = int(r.spec.credits)
            if cr == 0 or r.spec.code.startswith("RP-"):
                g, v = "AP", None
            elif conv and i == 0 and r.spec.code.startswith(("MA-", "QU-0100")):
                g, v = "CONV", None
            else:
                v = nota(s, i, j, r)
                g = comma(v, 1)
            grp = f"{1 + k(s, f'g{i}.{j}') % 6:02d}" if g != "CONV" else ""
            rows.append((r, cr, g, v, grp))
        out.append((cycle(t), rows))
    return out


def wavg(rows):
    num = [(cr, v) for _, cr, _, v, _ in rows if v is not None and cr > 0]
    c = sum(cr for cr, _ in num)
    return r2(sum(cr * v for cr, v in num) / c) if c else None


def cr_name(person):
    return person.full.upper()


def cr_transcript(s, person, rng):
    inst = s.institution
    F, FB = "Courier", "Courier-Bold"
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = LETTER
    L, R = 50, W - 50
    nm = cr_name(person)
    xs = [L, L + 70, L + 360, L + 410, L + 460]
    data = cr_rows(s)
    pages, out = [], []
    p, y = None, 0

    def new_page():
        nonlocal p, y
        p = Page(LETTER)
        pages.append(p)
        p.text(W / 2, 44, inst.name.upper(), SB, 12, "center")
        p.text(W / 2, 58, "OFICINA DE REGISTRO E INFORMACIÓN", S, 9.5, "center")
        if len(pages) == 1:
            p.text(W / 2, 88, "CERTIFICACIÓN DE CALIFICACIONES", SB, 13, "center")
            p.text(L, 112, f"NOMBRE: {nm}", F, 9)
            p.pieces(124, [(L, f"CARNÉ: {s.student_no}", "left"), (L + 160, f"CÉDULA: {ced(s)}", "left")], F, 9)
            p.text(L, 136, "CARRERA: " + s.curriculum.title.upper(), F, 9)
            p.text(L, 148, "ESCUELA: " + ("MICROBIOLOGÍA" if s.curriculum.id == "cr_lic" else
                                        "BIOLOGÍA" if s.curriculum.id == "cr_bio" else "ENFERMERÍA"), F, 9)
            y = 172
        else:
            p.text(L, 80, f"{nm} - CARNÉ {s.student_no} (CONTINUACIÓN)", F, 8.5)
            y = 100
        p.pieces(y, [(xs[0], "SIGLA", "left"), (xs[1], "NOMBRE DEL CURSO", "left"), (xs[2] + 25, "CRED.", "right"),
                     (xs[3] + 20, "NOTA", "right"), (xs[4] + 20, "GRUPO", "right")], FB, 9)
        y += 16

    new_page()
    tot_cr, all_rows = 0, []
    for lab, rows in data:
        need = 14 * (len(rows) + 3)
        if y + need > H - 60:
            new_page()
        p.text(L, y, lab, FB, 9)
        y += 13
        for r, cr, g, v, grp in rows:
            p.pieces(y, [(xs[0], r.spec.code, "left"), (xs[1], r.spec.title, "left"), (xs[2] + 25, str(cr), "right"),
                         (xs[3] + 20, g, "right"), (xs[4] + 20, grp, "right")], F, 8.5)
            y += 12
            out.append(course_truth(r, lab, cr, g, "semester", code=r.spec.code, group=grp or None))
        ccr = sum(x[1] for x in rows)
        tot_cr += ccr
        all_rows += rows
        av = wavg(rows)
        p.pieces(y + 2, [(xs[1], f"Créditos del ciclo: {ccr}", "left"),
                         (xs[1] + 150, f"Promedio ponderado del ciclo: {comma(av) if av is not None else '---'}",
                          "left")], F, 8.5)
        y += 22
    if y + 150 > H - 30:
        new_page()
    y += 6
    p.pieces(y, [(L, f"Total de créditos aprobados: {tot_cr}", "left"),
                 (L + 240, f"Promedio ponderado acumulado: {comma(wavg(all_rows))}", "left")], FB, 9)
    y += 14
    p.text(L, y, "Escala de calificaciones de 0 a 10; nota mínima de aprobación 7,0. AP: aprobado.", F, 8)
    y += 11
    p.text(L, y, "CONV: curso convalidado por equivalencia.", F, 8)
    y += 24
    d = s.conferred.replace(day=min(28, s.conferred.day))
    import datetime as dt
    d = dt.date(s.conferred.year + (1 if s.conferred.month > 9 else 0) if k(s, "iss") % 2 else s.conferred.year,
                s.conferred.month if k(s, "iss") % 2 == 0 else 3, 1 + k(s, "isd") % 27)
    y = p.paragraph(L, y, "Se extiende la presente certificación a solicitud del interesado, para los fines que estime "
                    f"convenientes, en la ciudad de {inst.city}, a los {d.day} días del mes de "
                    f"{ES_MONTHS[d.month - 1]} de {d.year}.", S, 9.5, R - L, 13)
    sign_block(p, rng, L + 110, y + 60, "Jefe, Oficina de Registro", SB, 9, 190)
    p.text(L + 110, y + 84, ["M.Sc. Rodrigo Araya Vindas", "Licda. Silvia Mora Cordero"][k(s, "reg") % 2], S, 9,
           "center")
    rubber_stamp(p, L + 250, y + 50, 40, 26, 0.45)
    fiscal_stamps(p, R, y + 110, 2 + k(s, "tb") % 2, k(s, "tbs"))
    for n, pg in enumerate(pages, 1):
        pg.text(R, H - 30, f"Página {n} de {len(pages)}", S, 8, "right")
    return LayoutResult("transcript", "z_cr_certificacion", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True, "pass_mark": 7.0})


def ced(s):
    return f"{1 + k(s, 'c1') % 7}-{k(s, 'c2') % 9000 + 1000:04d}-{k(s, 'c3') % 900 + 100:04d}"


TRANSCRIPT_LAYOUTS = {"z_cr_certificacion": (cr_transcript, FAMILY, ("CR",))}
