"""Writer V, round 10: Honduras (HN). Country pack (Licenciatura en Microbiología y Química Clínica,
5 years of three academic periods (I, II, III PAC) a year; Licenciatura en Biología; Licenciatura en
Enfermería) and the Secretaría General's "CERTIFICACIÓN DE CALIFICACIONES".

A certification paragraph first ("El infrascrito Secretario General de la Universidad ... CERTIFICA:
que ..., número de cuenta ..., ha aprobado las asignaturas siguientes ..."), then ONE long list
sorted ALPHABETICALLY BY CODE (not by time) `Código | Asignatura | UV | Período | Año | Calificación
| Obs.`: codes "BQ-101", "MF-212", "QQ-110"; UV (unidades valorativas) 2-5; Período "I PAC" / "II
PAC" / "III PAC" with the calendar year; grades 0-100 (pass 65); Obs. "APR", "RPB" (reprobado: the
failed attempt is printed, then the course again in a later period, the two rows adjacent because
of the code order) or "NSP" (no se presentó, grade 0). At the end "Total de UV aprobadas: 173
Índice académico: 78%" (the UV-weighted mean of EVERY attempt printed, failed and NSP rows
included, as the national university computes its índice), and "... se extiende la presente en la
ciudad de Tegucigalpa, M.D.C., a los veinte días del mes de marzo de dos mil veinte."

Credit system: 1 UV = one class hour a week through a 15-week academic period, i.e. a US semester
credit hour: `semester`, x 1 (criteria.md). Truth: every printed row, failed ones with
`passed: false`; term "I PAC 2016"."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r3_f_common import parse as parse_local
from .r10_v_common import FAMILY, add_department_phrases, by_reading_order, course_truth, k, round_stamp, sign_block

ES = {}     # code -> printed Spanish title (the English gloss in the table decides the category)

HN_MQC = """
## 1 P1
EG-011 | Español General | General Spanish | 4 | O
MM-110 | Matemática I | Mathematics I | 5 | M
BI-121 | Biología General | General Biology | 5 | B
## 1 P2
QQ-110 | Química General I | General Chemistry I | 5 | C
SC-101 | Sociología | Sociology | 4 | O
FS-100 | Física General | General Physics | 4 | O
## 1 P3
QQ-111 | Química General II | General Chemistry II | 5 | C
MM-201 | Estadística I | Statistics I | 4 | M
FF-101 | Filosofía | Philosophy | 4 | O
## 2 P1
QQ-210 | Química Orgánica I | Organic Chemistry I | 5 | C
BI-210 | Biología Celular y Molecular | Cell and Molecular Biology | 4 | B
HH-101 | Historia de Honduras | History of Honduras | 4 | O
## 2 P2
QQ-211 | Química Orgánica II | Organic Chemistry II | 5 | C
MF-100 | Anatomía y Fisiología Humana | Human Anatomy and Physiology | 5 | B
IN-101 | Inglés I | English I | 4 | O
## 2 P3
QQ-220 | Química Analítica Cuantitativa | Quantitative Analytical Chemistry | 5 | C
BI-220 | Genética | Genetics | 4 | B
## 3 P1
BQ-101 | Bioquímica I | Biochemistry I | 5 | C
MF-210 | Microbiología General | General Microbiology | 5 | B
MF-211 | Inmunología General | General Immunology | 4 | ?B
## 3 P2
BQ-102 | Bioquímica II | Biochemistry II | 4 | C
MF-212 | Bacteriología Médica | Medical Bacteriology | 5 | P | microbiology
MF-213 | Parasitología Médica | Medical Parasitology | 4 | P
## 3 P3
MF-214 | Micología Médica | Medical Mycology | 3 | P
QQ-230 | Análisis Instrumental | Instrumental Analysis | 4 | C
## 4 P1
BQ-301 | Química Clínica I | Clinical Chemistry I | 5 | P | chemistry
MF-310 | Virología Médica | Medical Virology | 4 | ?P
MF-311 | Hematología I | Hematology I | 4 | P | hematology
## 4 P2
BQ-302 | Química Clínica II | Clinical Chemistry II | 5 | P
MF-312 | Hematología II | Hematology II | 4 | P
MF-313 | Inmunohematología y Banco de Sangre | Immunohematology and Blood Bank | 4 | P | blood_bank
## 4 P3
MF-314 | Uroanálisis y Líquidos Corporales | Urinalysis and Body Fluids | 3 | P | urinalysis
BQ-303 | Toxicología | Toxicology | 3 | P
MF-315 | Biología Molecular Diagnóstica | Diagnostic Molecular Biology | 4 | P | molecular
## 5 P1
MF-410 | Bacteriología Clínica | Clinical Bacteriology | 5 | P
MF-411 | Inmunología Clínica | Clinical Immunology | 4 | ?P
BQ-401 | Control de Calidad en el Laboratorio Clínico | Quality Control in the Clinical Laboratory | 3 | P
## 5 P2
MF-412 | Microbiología de Alimentos y Aguas | Food and Water Microbiology | 4 | ?B
BQ-402 | Endocrinología Clínica | Clinical Endocrinology | 3 | P
MF-413 | Seminario de Investigación | Research Seminar | 3 | O
## 5 P3
MF-420 | Práctica Profesional Supervisada | Supervised Professional Practice | 5 | P | chemistry,hematology,microbiology,urinalysis,blood_bank
"""

HN_BIO = """
## 1 P1
EG-011 | Español General | General Spanish | 4 | O
MM-110 | Matemática I | Mathematics I | 5 | M
BI-121 | Biología General | General Biology | 5 | B
## 1 P2
QQ-110 | Química General I | General Chemistry I | 5 | C
SC-101 | Sociología | Sociology | 4 | O
## 1 P3
QQ-111 | Química General II | General Chemistry II | 5 | C
BI-130 | Botánica General | General Botany | 4 | B
## 2 P1
QQ-210 | Química Orgánica I | Organic Chemistry I | 5 | C
BI-140 | Zoología General | General Zoology | 4 | B
## 2 P2
BI-210 | Biología Celular y Molecular | Cell and Molecular Biology | 4 | B
MM-201 | Estadística I | Statistics I | 4 | M
## 2 P3
BI-220 | Genética | Genetics | 4 | B
FS-100 | Física General | General Physics | 4 | O
## 3 P1
BI-301 | Ecología General | General Ecology | 4 | ?B
BQ-101 | Bioquímica I | Biochemistry I | 5 | C
## 3 P2
BI-310 | Fisiología Animal | Animal Physiology | 4 | B
BI-311 | Fisiología Vegetal | Plant Physiology | 4 | B
## 3 P3
BI-320 | Microbiología | Microbiology | 4 | B
HH-101 | Historia de Honduras | History of Honduras | 4 | O
## 4 P1
BI-401 | Biología Evolutiva | Evolutionary Biology | 4 | B
BI-402 | Entomología | Entomology | 4 | B
## 4 P2
BI-410 | Biología Marina | Marine Biology | 4 | B
BI-411 | Seminario de Investigación | Research Seminar | 3 | O
## 4 P3
BI-420 | Práctica Profesional | Professional Practice | 5 | O
"""

HN_ENF = """
## 1 P1
EG-011 | Español General | General Spanish | 4 | O
MF-100 | Anatomía y Fisiología Humana | Human Anatomy and Physiology | 5 | B
## 1 P2
EF-110 | Fundamentos de Enfermería I | Fundamentals of Nursing I | 5 | O
SC-101 | Sociología | Sociology | 4 | O
## 1 P3
EF-111 | Fundamentos de Enfermería II | Fundamentals of Nursing II | 5 | O
QQ-100 | Química para Ciencias de la Salud | Chemistry for Health Sciences | 4 | C
## 2 P1
EF-210 | Enfermería Médico-Quirúrgica I | Medical-Surgical Nursing I | 6 | O
MF-110 | Microbiología y Parasitología | Microbiology and Parasitology | 4 | ?B
## 2 P2
EF-211 | Enfermería Médico-Quirúrgica II | Medical-Surgical Nursing II | 6 | O
EF-212 | Farmacología | Pharmacology | 4 | O
## 2 P3
EF-220 | Nutrición y Dietética | Nutrition and Dietetics | 3 | O
## 3 P1
EF-310 | Enfermería Materno Infantil | Maternal and Child Nursing | 6 | O
## 3 P2
EF-311 | Enfermería Pediátrica | Paediatric Nursing | 6 | O
## 3 P3
EF-320 | Salud Mental y Psiquiatría | Mental Health and Psychiatry | 4 | O
## 4 P1
EF-410 | Enfermería en Salud Comunitaria | Community Health Nursing | 6 | O
## 4 P2
EF-411 | Administración en Enfermería | Nursing Administration | 4 | O
## 4 P3
EF-420 | Internado Rotatorio | Rotating Internship | 8 | O
"""


def _cur(cid, title, field, years, table, clin=False):
    return C.Curriculum(cid, "HN", title, "bachelor", years, field, "semester", parse_local(table, ES), 2, 2,
                        clinical_training=clin)


HN_INST = [
    Institution("Universidad Nacional de Ciencias de la Salud de Honduras", "Tegucigalpa", "Francisco Morazán", "HN",
                "Bulevar Suyapa, Ciudad Universitaria", ("hn_mqc", "hn_bio", "hn_enf"),
                extra={"lugar": "Tegucigalpa, M.D.C.", "sec": "Secretario General"}),
    Institution("Universidad Nacional del Litoral Atlántico", "La Ceiba", "Atlántida", "HN",
                "Carretera a Tela, km 5", ("hn_mqc", "hn_bio"),
                extra={"lugar": "La Ceiba, Atlántida", "sec": "Secretario General"}),
    Institution("Universidad Nacional del Valle de Sula", "San Pedro Sula", "Cortés", "HN",
                "Bulevar del Norte, 27 calle", ("hn_mqc", "hn_enf"),
                extra={"lugar": "San Pedro Sula, Cortés", "sec": "Secretaria General"}),
]

_PAT = ["Mejía", "Zelaya", "Flores", "Rodríguez", "Martínez", "López", "Hernández", "Cruz", "Reyes", "Andino",
        "Banegas", "Padilla", "Sierra", "Maradiaga", "Ordóñez", "Turcios"]
PACK = K.CountryPack(
    code="HN", name="Honduras",
    given={"F": ["Daniela", "Karla", "Gabriela", "Fernanda", "Andrea", "Sofía", "Paola", "Jessica", "Lesly", "Yessenia"],
           "M": ["José", "Carlos", "Luis", "Jorge", "Kevin", "Óscar", "Fernando", "Marvin", "Erick", "Denis"]},
    surnames=[f"{a} {b}" for i, a in enumerate(_PAT) for b in _PAT[i + 3::5]],
    middle={"F": ["María", "Alejandra", "Lucía", "Isabel", ""], "M": ["Antonio", "Alberto", "Manuel", "David", ""]},
    institutions=HN_INST,
    employers=[
        Employer("Hospital Regional Lempa Alto", "Gracias", "Lempira", "HN", "Barrio El Centro, salida a Santa Rosa",
                 "+504 2000-0143", "rrhh@hrlempaalto.example"),
        Employer("Hospital General del Distrito Oriente", "Tegucigalpa", "Francisco Morazán", "HN",
                 "Colonia Kennedy, Bulevar Centroamérica", "+504 2000-0288", "recursoshumanos@hgdo.example"),
        Employer("Policlínica Ceibeña de Atlántida", "La Ceiba", "Atlántida", "HN", "Avenida San Isidro, 8 calle",
                 "+504 2000-0415", "administracion@policeibena.example", "clinic"),
        Employer("Laboratorio Clínico Biomédica Morazán S. de R.L.", "Comayagüela", "Francisco Morazán", "HN",
                 "Barrio Concepción, 6 avenida", "+504 2000-0532", "gerencia@biomedica-morazan.example", "lab"),
    ],
    signers=["Lic. Norma Patricia Zelaya", "Abog. Carlos Roberto Banegas", "Lic. Iris Marina Andino", "Dr. Mario Turcios"],
    curricula=[_cur("hn_mqc", "Licenciatura en Microbiología y Química Clínica", "medical_laboratory_science", 5, HN_MQC, True),
               _cur("hn_bio", "Licenciatura en Biología", "biology", 4, HN_BIO),
               _cur("hn_enf", "Licenciatura en Enfermería", "nursing", 4, HN_ENF)],
    mls_curriculum="hn_mqc", science_curricula=["hn_bio"], nonqualifying_curricula=["hn_enf"],
    positions_mls=["Microbiólogo(a) y Químico(a) Clínico(a)", "Técnico de Laboratorio Clínico"],
    positions_science=["Auxiliar de Laboratorio", "Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.choice([1, 2, 3])}{rng.randint(0, 99999):06d}",
    honours=[],
)
K.register(PACK)
add_department_phrases("HN", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Bacteriología"], "immunology": ["Inmunología"], "urinalysis": ["Uroanálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"], "other": ["Parasitología"]})

PAC = {"P1": "I PAC", "P2": "II PAC", "P3": "III PAC"}
ORDER = ["P1", "P2", "P3"]


def hn_rows(s):
    """[(code, title, uv, pac, year, grade, obs, r)] sorted by code (attempts of one course in
    time order)."""
    periods = [(t.start_year, t.key) for t in s.terms]
    rows = []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            kk = k(s, f"a{i}.{j}")
            g = max(65, min(98, 65 + (r.score - 45) * 30 // 47 + kk % 5))
            when = (t.start_year, t.key)
            if kk % 11 == 0 and i + 1 < len(periods) and "Práctica" not in ES[r.spec.code]:
                bad = (kk >> 4) % 3 == 0
                rows.append((r.code, ES[r.spec.code], r.spec.credits, PAC[t.key], t.start_year, 0 if bad else 40 + (kk >> 6) % 24,
                             "NSP" if bad else "RPB", r))
                when = periods[i + 1]
            rows.append((r.code, ES[r.spec.code], r.spec.credits, PAC[when[1]], when[0], g, "APR", r))
    rows.sort(key=lambda x: (x[0], x[4], ORDER.index([kk for kk, v in PAC.items() if v == x[3]][0])))
    return rows


def hn_index(rows):
    return round(sum(g * uv for _, _, uv, _, _, g, _, _ in rows) / sum(uv for _, _, uv, *_ in rows))


NUM = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
       "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiún", "veintidós",
       "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
       "treinta", "treinta y un"]


def hn_transcript(s, person, rng):
    from .r10_v_diplomas2 import MESES, year_es
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 46, W - 46
    fem = person.sex == "F"
    nm = person.full.upper()
    rows = hn_rows(s)
    xs = [L, L + 52, L + 282, L + 310, L + 362, L + 398, L + 460, R]
    heads = ["Código", "Asignatura", "UV", "Período", "Año", "Calificación", "Obs."]
    out = []
    issued = s.conferred + dt.timedelta(days=12 + k(s, "iss") % 20)
    if issued.day in (1, 21, 31):
        issued += dt.timedelta(days=1)

    def head(p, y):
        p.rect(L, y, R - L, 16, 0.6, 0, fill=0.9)
        p.pieces(y + 11, [(xs[0] + 3, heads[0], "left"), (xs[1] + 3, heads[1], "left")] +
                 [((xs[i] + xs[i + 1]) / 2, heads[i], "center") for i in range(2, 7)], FB, 8.5)
        return y + 28

    def new_page(n):
        p = Page(A4)
        p.logo(L + 18, 52, 18, 1)
        p.text(W / 2, 46, inst.name.upper(), FB, 11, "center")
        p.text(W / 2, 59, "SECRETARÍA GENERAL", FB, 10, "center")
        p.text(W / 2, 71, "Dirección de Ingreso, Permanencia y Promoción", F, 8.5, "center")
        p.hline(L, R, 80, 0.8)
        y = 100
        if n == 1:
            p.text(W / 2, y, "CERTIFICACIÓN DE CALIFICACIONES", FB, 13, "center")
            y += 22
            sec = inst.extra["sec"]
            el = "La infrascrita" if sec.startswith("Secretaria") else "El infrascrito"
            txt = (f"{el} {sec} de la {inst.name}, CERTIFICA: que {'la estudiante' if fem else 'el estudiante'} {nm}, "
                   f"con número de cuenta {s.student_no}, de la carrera de {cur.title}, ha cursado y aprobado las "
                   f"asignaturas siguientes, según consta en los registros académicos que para tal efecto lleva esta "
                   f"Secretaría, con las calificaciones que a continuación se detallan:")
            y = p.paragraph(L, y, txt, F, 9.5, R - L, 13) + 6
        else:
            p.pieces(y - 4, [(L, f"{nm} — Cuenta No. {s.student_no}", "left"), (R, "(continuación)", "right")], FI, 8.5)
            y += 6
        return p, head(p, y)

    fl = Flow(new_page, 70)
    for code, title, uv, pac, yr, g, obs, r in rows:
        tl = wrap(title, F, 8.5, xs[2] - xs[1] - 6)
        fl.need(11 * len(tl) + 2)
        p, y = fl.page, fl.y
        p.pieces(y, [(xs[0] + 3, code, "left"), (xs[1] + 3, tl[0], "left"), ((xs[2] + xs[3]) / 2, str(int(uv)), "center"),
                     ((xs[3] + xs[4]) / 2, pac, "center"), ((xs[4] + xs[5]) / 2, str(yr), "center"),
                     ((xs[5] + xs[6]) / 2, str(g), "center"), ((xs[6] + xs[7]) / 2, obs, "center")], F, 8.5)
        for ln in tl[1:]:
            y += 10
            p.text(xs[1] + 3, y, ln, F, 8.5)
        fl.y = y + 12
        extra = {} if obs == "APR" else {"passed": False}
        out.append(course_truth(r, f"{pac} {yr}", uv, str(g), "semester", title=title, obs=obs, **extra))
    tot = int(sum(uv for _, _, uv, _, _, _, obs, _ in rows if obs == "APR"))
    idx = hn_index(rows)
    fl.need(200)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 6, 0.8)
    p.pieces(y + 8, [(L + 3, f"Total de UV aprobadas: {tot}", "left"), (L + 250, f"Índice académico: {idx}%", "left")], FB, 9.5)
    y += 22
    p.text(L + 3, y, "APR: Aprobado   RPB: Reprobado   NSP: No se presentó   Nota mínima de aprobación: 65%".replace("   ", " — "), FI, 7.5)
    y += 18
    d = issued
    lugar = inst.extra["lugar"]
    y = p.paragraph(L, y, f"Y para los fines que {'a la interesada' if fem else 'al interesado'} convengan, se extiende "
                    f"la presente en la ciudad de {lugar}, a los {NUM[d.day]} días del mes de {MESES[d.month - 1]} de "
                    f"{year_es(d.year)}.", F, 9.5, R - L, 13) + 60
    sign_block(p, rng, W / 2, y, inst.extra["sec"], F, 9, 190)
    round_stamp(p, W / 2 - 150, y - 14, 32, 0.45)
    p.text(L, y + 30, "Cotejado por: ____________", F, 8)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(R, H - 24, f"Hoja {i} de {len(fl.pages)}", F, 8, "right")
    return LayoutResult("transcript", "hn_certificacion_alfabetica", FAMILY, by_reading_order(fl.pages), [nm], out,
                        "semester", {"prints_totals": True, "indice": idx, "uv_aprobadas": tot})


TRANSCRIPT_LAYOUTS = {"hn_certificacion_alfabetica": (hn_transcript, FAMILY, ("HN",))}
