"""Writer I, round 5: Cuba. Country pack (Licenciatura en Tecnología de la Salud, perfil
Laboratorio Clínico, 5 years; Licenciatura en Microbiología; Licenciatura en Enfermería) and the
Secretaría General's "CERTIFICACIÓN DE NOTAS" (Spanish only, typewriter face): "La que suscribe
... CERTIFICA:", per "AÑO ACADÉMICO: 2013-2014 — SEMESTRE: I" a table `No. | Asignatura | Horas
| Evaluación Final` with NO course codes, numbered through the whole document, hours = the
course's total class hours (32, 48, 64, 80, 120 ...; the pre-professional practice 240), grades
2-5 printed with words "5 (Excelente)", "4 (Bien)", "3 (Aprobado)", "2 (Desaprobado)"; a failed
course is followed by its "Examen extraordinario" line; the total of hours and the academic index
at the end, "Y para que así conste, se expide la presente ... Doy fe.", the Secretaria General's
signature and "Tomo / Folio / Número".

Credit system: criteria.md converts semester, quarter, Philippine, Indian/Nigerian, ECTS and UK
credits, and for "marks without credits" gives no SH (needs_review). It has no rate for contact
hours. A Cuban certificate prints hours, not credits, so the truth follows that rule: system
`marks`, `credits` null (no credit is printed), `semester_hours` null, totals null; the printed
hours are kept in each course's `hours`. An evaluator may convert them (e.g. 15-16 class hours =
1 SH), but that rate is not in the ruleset, so the truth does not assume it."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LETTER, Page, wrap
from .r5_i_common import FAMILY, add_department_phrases, course_truth, k, parse, star_seal

CU_LC = """
## 1 S1
CU111 | Morfofisiología I | 120 | B
CU112 | Química General | 80 | C
CU113 | Matemática | 64 | M
CU114 | Informática Médica I | 48 | O
CU115 | Historia de Cuba I | 32 | O
CU116 | Inglés I | 64 | O
CU117 | Introducción al Laboratorio Clínico | 48 | ?P
## 1 S2
CU121 | Morfofisiología II | 120 | B
CU122 | Química Orgánica | 80 | C
CU123 | Bioestadística | 48 | M
CU124 | Historia de Cuba II | 32 | O
CU125 | Inglés II | 64 | O
CU126 | Filosofía y Sociedad I | 48 | O
## 2 S1
CU211 | Bioquímica I | 80 | C
CU212 | Microbiología General | 80 | B
CU213 | Genética Médica | 48 | B
CU214 | Inglés III | 64 | O
CU215 | Filosofía y Sociedad II | 48 | O
CU216 | Preparación para la Defensa | 48 | O
## 2 S2
CU221 | Bioquímica II | 80 | C
CU222 | Inmunología | 64 | B
CU223 | Parasitología Médica | 64 | P
CU224 | Química Analítica | 64 | C
CU225 | Inglés IV | 64 | O
CU226 | Economía Política | 48 | O
## 3 S1
CU311 | Hematología I | 96 | P
CU312 | Química Clínica I | 96 | P
CU313 | Bacteriología Clínica | 96 | ?P
CU314 | Metodología de la Investigación | 48 | O
CU315 | Salud Pública | 48 | O
## 3 S2
CU321 | Hematología II | 96 | P
CU322 | Química Clínica II | 96 | P
CU323 | Micología y Virología Clínicas | 80 | ?P
CU324 | Uroanálisis y Líquidos Corporales | 64 | ?P
CU325 | Ética y Bioética | 32 | O
## 4 S1
CU411 | Inmunohematología y Banco de Sangre | 96 | P
CU412 | Inmunología Clínica | 64 | ?P
CU413 | Control de la Calidad en el Laboratorio | 48 | ?P
CU414 | Práctica Laboral I (Hematología y Química Clínica) | 200 | ?P | hematology,chemistry
## 4 S2
CU421 | Biología Molecular | 64 | ?B
CU422 | Gestión del Laboratorio Clínico | 48 | ?P
CU423 | Citología e Histopatología | 64 | ?P
CU424 | Práctica Laboral II (Microbiología) | 200 | ?P | microbiology
## 5 S1
CU511 | Práctica Preprofesional en Banco de Sangre | 240 | ?P | blood_bank
CU512 | Práctica Preprofesional en Laboratorio de Urgencias | 240 | ?P | chemistry,hematology,urinalysis
CU513 | Toxicología Clínica (Curso Electivo) | 48 | ?P
## 5 S2
CU521 | Práctica Preprofesional en Microbiología Clínica | 240 | ?P | microbiology
CU522 | Trabajo de Diploma | 120 | O
"""

CU_MIC = """
## 1 S1
CM111 | Matemática I | 96 | M
CM112 | Química General | 96 | C
CM113 | Biología Celular | 80 | B
## 1 S2
CM121 | Química Orgánica | 96 | C
CM122 | Matemática II | 80 | M
## 2 S1
CM211 | Microbiología General | 120 | B
CM212 | Bioquímica | 96 | C
## 2 S2
CM221 | Genética Microbiana | 80 | B
CM222 | Fisiología Microbiana | 96 | B
## 3 S1
CM311 | Virología | 80 | ?B
CM312 | Inmunología | 80 | B
## 3 S2
CM321 | Micología | 64 | ?B
CM322 | Bacteriología | 96 | ?B
## 4 S1
CM411 | Microbiología Industrial | 80 | B
CM412 | Biología Molecular | 80 | B
## 4 S2
CM421 | Microbiología de Alimentos | 64 | B
## 5 S1
CM511 | Microbiología Ambiental | 64 | B
## 5 S2
CM521 | Trabajo de Diploma | 160 | O
"""

CU_ENF = """
## 1 S1
CE111 | Morfofisiología I | 120 | B
CE112 | Fundamentos de Enfermería I | 96 | O
## 1 S2
CE121 | Morfofisiología II | 120 | B
CE122 | Fundamentos de Enfermería II | 96 | O
## 2 S1
CE211 | Farmacología | 64 | O
CE212 | Enfermería Clínico-Quirúrgica I | 120 | O
## 2 S2
CE221 | Microbiología y Parasitología | 64 | ?B
CE222 | Enfermería Clínico-Quirúrgica II | 120 | O
## 3 S1
CE311 | Enfermería Pediátrica | 120 | O
## 3 S2
CE321 | Enfermería Ginecobstétrica | 120 | O
## 4 S1
CE411 | Enfermería Comunitaria | 120 | O
## 4 S2
CE421 | Enfermería en Urgencias | 96 | O
## 5 S1
CE511 | Práctica Preprofesional | 400 | O
## 5 S2
CE521 | Trabajo de Diploma | 120 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "CU", title, "bachelor", 5, field, "marks", parse(table), 9, 7,
                        clinical_training=clin)


SUR = ["Pérez", "Rodríguez", "González", "Hernández", "Fernández", "Díaz", "Cabrera", "Fonseca",
       "Milián", "Ávila", "Castellanos", "Guerra", "Betancourt", "Leyva"]
PACK = K.CountryPack(
    code="CU", name="Cuba",
    given={"F": ["Yaimara", "Yanelis", "Dayana", "Lisandra", "Yudith", "Mariela", "Yenisleidy", "Arianna",
                 "Odalys", "Daylín"],
           "M": ["Yoandry", "Reinier", "Alexei", "Yosvany", "Raúl", "Osmany", "Dariel", "Yunior", "Ernesto"]},
    surnames=[f"{a} {b}" for i, a in enumerate(SUR) for b in SUR[i + 3:i + 6] if a != b],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidad de Ciencias Médicas del Litoral Habanero", "La Habana", "La Habana", "CU",
                    "Calle 146 No. 2504, Playa", ("cu_lc", "cu_enf"),
                    extra={"fac": "Facultad de Tecnología de la Salud"}),
        Institution("Universidad Médica del Valle de Viñales", "Pinar del Río", "Pinar del Río", "CU",
                    "Carretera Central km 89", ("cu_lc", "cu_enf"),
                    extra={"fac": "Facultad de Tecnología de la Salud"}),
        Institution("Universidad de la Sierra Oriental", "Santiago de Cuba", "Santiago de Cuba", "CU",
                    "Avenida de las Américas s/n", ("cu_lc", "cu_mic"),
                    extra={"fac": "Facultad de Ciencias Médicas y Biológicas"}),
    ],
    employers=[
        Employer("Hospital Clínico Quirúrgico Bahía Norte", "La Habana", "La Habana", "CU",
                 "Calle 31 No. 1202, Marianao", "+53 7 000 0142", "rrhh@hcq-bahianorte.example"),
        Employer("Hospital Provincial Valle del Cauto", "Bayamo", "Granma", "CU", "Carretera a Manzanillo km 2",
                 "+53 23 000 178", "personal@hpvallecauto.example"),
        Employer("Policlínico Docente Las Palmeras", "Santa Clara", "Villa Clara", "CU", "Calle Maceo No. 418",
                 "+53 42 000 193", "direccion@pol-palmeras.example", "clinic"),
        Employer("Laboratorio Provincial de Referencia de Oriente", "Santiago de Cuba", "Santiago de Cuba",
                 "CU", "Avenida Garzón No. 77", "+53 22 000 121", "lab@lpr-oriente.example", "lab"),
    ],
    signers=["Lic. Marisol Torres Quintana", "Dr. Jorge Luis Ramos Pupo", "Lic. Niurka Estévez Sosa",
             "Dra. Idania Cárdenas Vega"],
    curricula=[_cur("cu_lc", "Licenciatura en Tecnología de la Salud, perfil Laboratorio Clínico",
                    "medical_technology", CU_LC, True),
               _cur("cu_mic", "Licenciatura en Microbiología", "biology", CU_MIC),
               _cur("cu_enf", "Licenciatura en Enfermería", "nursing", CU_ENF)],
    mls_curriculum="cu_lc", science_curricula=["cu_mic"], nonqualifying_curricula=["cu_enf"],
    positions_mls=["Tecnólogo de Laboratorio Clínico", "Licenciado en Laboratorio Clínico"],
    positions_science=["Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
)
K.register(PACK)
add_department_phrases("CU", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica", "Bioquímica Clínica"],
    "hematology": ["Hematología"], "microbiology": ["Microbiología"], "immunology": ["Inmunología"],
    "urinalysis": ["Uroanálisis"], "molecular": ["Biología Molecular"], "phlebotomy": ["Toma de Muestras"],
    "other": ["Anatomía Patológica"]})

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
WORDS = {5: "5 (Excelente)", 4: "4 (Bien)", 3: "3 (Aprobado)", 2: "2 (Desaprobado)"}
ROM = ["I", "II"]


def es_date(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def cu_grade(r):
    return 5 if r.score >= 78 else 4 if r.score >= 63 else 3


def carne(s, person):
    d = s.dob
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{k(s.student_no, 'ci') % 90000 + 10000}"


def cu_registry(s):
    n = k(s.student_no, "tomo")
    return 1 + n % 6, 20 + n % 280, 100 + n % 900


def cu_failed(s):
    key = k(s.student_no, "ext")
    if key % 2:
        return None
    opts = [r.code for t in s.terms[:6] for r in t.results if not r.spec.areas]
    return opts[key % len(opts)]


def cu_certificacion(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Courier", "Courier-Bold"
    W, H = LETTER
    L, R = 58, W - 58
    fs, lh = 8.6, 11.2
    name = name_form(person, "caps")
    xs = {"no": L + 14, "asig": L + 36, "horas": L + 352, "ev": L + 392}
    tw = xs["horas"] - 26 - xs["asig"]
    pages, st = [], {}
    secretary = ["Lic. Marisol Torres Quintana", "Lic. Niurka Estévez Sosa"][k(inst.name) % 2]
    fem = person.sex == "F"

    def new_page():
        p = Page(LETTER)
        pages.append(p)
        star_seal(p, L + 24, 58, 22, 0.35)
        y = 44
        for ln, f, sz in (("REPÚBLICA DE CUBA", FB, 10), ("MINISTERIO DE SALUD PÚBLICA", F, 9),
                          (inst.name.upper(), FB, 9.5), (inst.extra["fac"], F, 9), ("SECRETARÍA GENERAL", F, 9)):
            p.text(W / 2 + 16, y, ln, f, sz, "center")
            y += 12
        y += 10
        if len(pages) == 1:
            p.text(W / 2, y, "CERTIFICACIÓN DE NOTAS", FB, 12, "center")
            y += 22
            who = "la estudiante" if fem else "el estudiante"
            intro = (f"La que suscribe, {secretary}, Secretaria General de la {inst.name}, CERTIFICA: Que según "
                     f"consta en los documentos que obran en esta Secretaría, {who} {name}, con Carné de "
                     f"Identidad No. {carne(s, person)}, cursó el plan de estudios de la carrera {cur.title}, "
                     f"con las evaluaciones siguientes:")
            y = p.paragraph(L, y, intro, F, fs, R - L, lh) + 6
        else:
            p.text(L, y, f"CERTIFICACIÓN DE NOTAS (continuación) - {name}", F, fs)
            y += 18
        st.update(page=p, y=y)

    new_page()
    failed = cu_failed(s)
    out, n, hours = [], 0, 0
    gsum = gcount = 0
    for t in s.terms:
        rows = len(t.results) + (1 if any(r.code == failed for r in t.results) else 0)
        if st["y"] + rows * lh + 44 > H - 80:
            new_page()
        p, y = st["page"], st["y"]
        label = f"AÑO ACADÉMICO: {t.start_year}-{t.start_year + 1} \u2014 SEMESTRE: {ROM[0 if t.key == 'S1' else 1]}"
        p.text(L, y, label, FB, fs)
        y += 6
        p.hline(L, R, y, 0.6)
        y += lh
        p.pieces(y, [(xs["no"], "No.", "right"), (xs["asig"], "Asignatura", "left"), (xs["horas"], "Horas", "right"),
                     (xs["ev"], "Evaluación Final", "left")], FB, fs)
        y += 4
        p.hline(L, R, y, 0.6)
        y += lh
        for r in t.results:
            n += 1
            lines = wrap(r.spec.title, F, fs, tw)
            h = int(r.spec.credits)
            g = cu_grade(r)
            first = 2 if r.code == failed else g
            p.pieces(y, [(xs["no"], str(n), "right"), (xs["asig"], lines[0], "left"), (xs["horas"], str(h), "right"),
                         (xs["ev"], WORDS[first], "left")], F, fs)
            for ln in lines[1:]:
                y += lh
                p.text(xs["asig"], y, ln, F, fs)
            y += lh
            title = " ".join(lines)
            out.append(course_truth(r, label, None, WORDS[first], "marks", title=title, code=None,
                                    passed=first != 2, hours=h))
            if first == 2:
                g = 3
                p.pieces(y, [(xs["asig"] + 14, "Examen extraordinario", "left"), (xs["ev"], WORDS[g], "left")], F, fs)
                y += lh
                out.append(course_truth(r, label, None, WORDS[g], "marks", title=title, code=None, hours=h,
                                        printed_as="Examen extraordinario"))
            hours += h
            gsum += g
            gcount += 1
        st["y"] = y + 12
    if st["y"] + 200 > H - 50:
        new_page()
    p, y = st["page"], st["y"]
    p.hline(L, R, y - 8, 0.6)
    y += 4
    idx = gsum / gcount
    grad = es_date(s.conferred)
    for a, b in (("Total de horas del plan de estudios:", f"{hours}"), ("Índice académico:", f"{idx:.2f}"),
                 ("Fecha de graduación:", grad)):
        p.pieces(y, [(L, a, "left", FB, fs), (L + 250, b, "left")], F, fs)
        y += lh
    y += 8
    iss = s.conferred
    from datetime import timedelta
    iss = iss + timedelta(days=20 + k(s.student_no, "iss") % 400)
    city = "La Habana" if inst.city == "La Habana" else inst.city
    close = (f"Y para que así conste, se expide la presente a solicitud de{' la' if fem else 'l'} interesad"
             f"{'a' if fem else 'o'}, en {city}, a los {iss.day} días del mes de {MESES[iss.month - 1]} de "
             f"{iss.year}. Doy fe.")
    y = p.paragraph(L, y, close, F, fs, R - L, lh) + 10
    tomo, folio, num = cu_registry(s)
    p.spaced(L, y, [f"Tomo: {tomo}", f"Folio: {folio}", f"Número: {num}"], F, fs, gap=22)
    y += 52
    p.signature(W / 2 - 60, y - 12, 120, rng)
    star_seal(p, W / 2 + 110, y - 18, 28, 0.45)
    p.hline(W / 2 - 100, W / 2 + 100, y - 8, 0.5)
    p.text(W / 2, y + 2, secretary, F, fs, "center")
    p.text(W / 2, y + 2 + lh, "Secretaria General", F, fs, "center")
    for i, pg in enumerate(pages, 1):
        pg.pieces(pg.h - 34, [(L, "Escala: 5 Excelente, 4 Bien, 3 Aprobado, 2 Desaprobado.", "left"),
                              (R, f"Hoja {i} de {len(pages)}", "right")], F, 7)
    return LayoutResult("transcript", "cu_certificacion_notas", FAMILY, pages, [name], out, "marks",
                        {"conferred_printed": grad, "prints_totals": True, "contact_hours_total": hours})


TRANSCRIPT_LAYOUTS = {"cu_certificacion_notas": (cu_certificacion, FAMILY, ("CU",))}
