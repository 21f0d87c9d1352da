"""Writer U, round 10: Paraguay (PY). Country pack (Licenciatura en Bioquímica of an invented national
university's Facultad de Ciencias Químicas, 5 years of annual courses, March to December; Licenciatura
en Ciencias Biológicas; Licenciatura en Enfermería) and the "CERTIFICADO DE ESTUDIOS": the years as
blocks "PRIMER CURSO", "SEGUNDO CURSO"..., columns `Asignatura | Carga horaria | Calificación | Letras
| Fecha de examen | Período | Acta N°`: the 1-5 scale (1 = reprobado, 2 aceptable, 3 bueno, 4 muy
bueno, 5 sobresaliente), the grade again in words ("cuatro"), the exam date per row (dd/mm/yyyy),
Período "Ordinario" / "Complementario" / "Extraordinario", Acta numbers (3-4 digits, not credits);
carga horaria in hours per subject (64-160; the supervised practice 320); a failed subject printed
twice (1 in the Ordinario, then 2-4 in a later período); the closing line "Promedio general: 3,86 —
Total de horas cátedra: 4.320" (dot thousands, comma decimals; the mean of every grade printed, the
hours of the subjects passed), "Es copia fiel del original que obra en los archivos de esta
Facultad", the signatures of the Secretario General and the Decano, and a "Legalizado por el
Ministerio de Educación y Ciencias" box on the last page.

Truth: every printed row (the failed attempt with passed False); credit system "hours" (contact
hours, 15 h = 1 SH: criteria.md's contact-hour rate)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r10_u_common import (FAMILY, ES_UNITS, add_department_phrases, by_reading_order, comma, course_truth, dots, k,
                           parse, r2, rubber_stamp, sign_block)

PY_BQ = """
## 1 Y
Q101 | Matemática I | 128 | M
Q102 | Física I | 128 | O
Q103 | Química General | 160 | C
Q104 | Biología General | 128 | B
Q105 | Química Inorgánica | 128 | C
Q106 | Introducción a la Bioquímica | 64 | ?P
Q107 | Metodología de la Investigación | 64 | O
Q108 | Inglés Técnico I | 64 | O
## 2 Y
Q201 | Química Orgánica I | 160 | C
Q202 | Química Analítica Cualitativa | 128 | C
Q203 | Fisicoquímica | 128 | C
Q204 | Bioestadística | 96 | M
Q205 | Anatomía e Histología | 128 | B
Q206 | Física II | 96 | O
Q207 | Inglés Técnico II | 64 | O
## 3 Y
Q301 | Química Orgánica II | 128 | C
Q302 | Química Analítica Cuantitativa | 128 | C
Q303 | Química Biológica I | 160 | C
Q304 | Fisiología Humana | 128 | B
Q305 | Microbiología General | 128 | B
Q306 | Parasitología | 96 | P
Q307 | Salud Pública | 64 | O
## 4 Y
Q401 | Química Biológica II | 128 | C
Q402 | Bacteriología Clínica | 160 | P
Q403 | Inmunología | 128 | ?P
Q404 | Hematología | 160 | P
Q405 | Virología y Micología | 96 | P
Q406 | Farmacología | 96 | O
Q407 | Bioquímica Clínica I | 160 | P
## 5 Y
Q501 | Bioquímica Clínica II | 160 | P
Q502 | Hemoterapia e Inmunohematología | 96 | P
Q503 | Toxicología | 96 | ?C
Q504 | Biología Molecular | 96 | ?P
Q505 | Control de Calidad y Gestión del Laboratorio | 64 | P
Q506 | Deontología y Legislación Bioquímica | 64 | O
Q507 | Práctica Profesional Supervisada | 320 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
"""

PY_BIO = """
## 1 Y
B101 | Matemática | 128 | M
B102 | Química General | 160 | C
B103 | Biología Celular | 128 | B
B104 | Física | 128 | O
## 2 Y
B201 | Química Orgánica | 160 | C
B202 | Botánica Sistemática | 128 | B
B203 | Zoología de Invertebrados | 128 | B
B204 | Bioestadística | 96 | M
## 3 Y
B301 | Genética | 128 | B
B302 | Microbiología | 128 | B
B303 | Zoología de Vertebrados | 128 | B
B304 | Bioquímica | 128 | C
## 4 Y
B401 | Ecología | 128 | B
B402 | Fisiología Animal | 128 | B
B403 | Fisiología Vegetal | 128 | B
B404 | Biología Molecular | 96 | B
## 5 Y
B501 | Evolución | 96 | B
B502 | Biología de la Conservación | 96 | B
B503 | Trabajo Final de Grado | 160 | O
"""

PY_ENF = """
## 1 Y
E101 | Fundamentos de Enfermería | 320 | O
E102 | Anatomía y Fisiología | 160 | B
## 2 Y
E201 | Enfermería Médico-Quirúrgica I | 480 | O
## 3 Y
E301 | Enfermería Materno-Infantil | 480 | O
## 4 Y
E401 | Enfermería en Salud Comunitaria | 480 | O
## 5 Y
E501 | Internado Rotatorio | 640 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "PY", title, "bachelor", 5, field, "hours", parse(table), 3, 12, clinical_training=clin)


PY_INST = [
    Institution("Universidad Nacional de Ybytyruzú", "Villarrica", "Guairá", "PY", "Avda. Mcal. López 1240",
                ("py_bq", "py_enf"), "university", extra={"fac": "Facultad de Ciencias Químicas"}),
    Institution("Universidad Nacional del Tebicuary", "San Juan Bautista", "Misiones", "PY", "Calle Mariscal Estigarribia 455",
                ("py_bq", "py_bio"), "university", extra={"fac": "Facultad de Ciencias Químicas"}),
    Institution("Universidad Nacional del Chaco Boreal", "Filadelfia", "Boquerón", "PY", "Avda. Hindenburg 310",
                ("py_bio", "py_enf"), "university", extra={"fac": "Facultad de Ciencias Exactas y Naturales"}),
]

PACK = K.CountryPack(
    code="PY", name="Paraguay",
    given={"F": ["María José", "Liz Carolina", "Rocío", "Nilda", "Gabriela", "Mirian", "Fátima", "Lourdes", "Natalia"],
           "M": ["Juan Carlos", "Osvaldo", "Derlis", "Hugo", "Rodrigo", "Aníbal", "Fabián", "Néstor", "Víctor"]},
    surnames=["Benítez Ortiz", "González Duarte", "Cáceres Ayala", "Ramírez Giménez", "Villalba Acosta",
              "Martínez Aquino", "Fernández Insfrán", "Báez Sanabria", "Riveros Cabrera", "Ojeda Florentín"],
    middle={"F": [], "M": []},
    institutions=PY_INST,
    employers=[
        Employer("Hospital Regional de Villarrica", "Villarrica", "Guairá", "PY", "Calle Carlos A. López esq. Ybytyruzú",
                 "(0541) 000 412", "rrhh@hrvillarrica.example"),
        Employer("Hospital Distrital de Coronel Oviedo Sur", "Coronel Oviedo", "Caaguazú", "PY", "Ruta PY02 km 132",
                 "(0521) 000 218", "personal@hdcos.example"),
        Employer("Sanatorio Privado San Blas", "Asunción", "Capital", "PY", "Avda. España 2233", "(021) 000 5510",
                 "rrhh@sanatoriosanblas.example"),
        Employer("Laboratorio de Análisis Clínicos Biotest S.R.L.", "Encarnación", "Itapúa", "PY",
                 "Calle Mcal. Estigarribia 1020", "(071) 000 344", "administracion@biotest.example", "lab"),
    ],
    signers=["Dra. Liz Ramírez de Benítez", "Lic. Osvaldo Cáceres", "Dr. Hugo Villalba", "Abog. Nilda Báez"],
    curricula=[_cur("py_bq", "Licenciatura en Bioquímica", "medical_laboratory_science", PY_BQ, True),
               _cur("py_bio", "Licenciatura en Ciencias Biológicas", "biology", PY_BIO),
               _cur("py_enf", "Licenciatura en Enfermería", "nursing", PY_ENF)],
    mls_curriculum="py_bq", science_curricula=["py_bio"], nonqualifying_curricula=["py_enf"],
    positions_mls=["Bioquímica", "Bioquímico"],
    positions_science=["Técnico de Laboratorio", "Auxiliar de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(3000000, 5999999):,}".replace(",", "."),
    honours=[],
)
K.register(PACK)
add_department_phrases("PY", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología"], "immunology": ["Inmunología"], "urinalysis": ["Uroanálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Extracción"], "other": ["Parasitología"]})

CURSOS = ["PRIMER CURSO", "SEGUNDO CURSO", "TERCER CURSO", "CUARTO CURSO", "QUINTO CURSO"]


def grade(score):
    return 2 if score < 58 else 3 if score < 70 else 4 if score < 83 else 5


def py_rows(s):
    """[(course index, [(r, grade, date, período, acta, passed)])], mean of every grade, hours passed."""
    out, gs, hrs = [], [], 0
    fail_i = k(s, "fail") % 3 + 1 if k(s, "hasfail") % 3 else None
    for i, t in enumerate(s.terms):
        rows = []
        yr = t.start_year
        for j, r in enumerate(t.results):
            g = grade(r.score + k(s, f"g{i}.{j}") % 9 - 4)
            d1 = dt.date(yr, 11, 20) + dt.timedelta(days=(k(s, f"d{i}.{j}") % 20))
            acta = k(s, f"a{i}.{j}") % 9000 + 120
            if i == fail_i and j == 1:
                rows.append((r, 1, d1, "Ordinario", acta, False))
                gs.append(1)
                d2 = dt.date(yr + 1, 2, 10) + dt.timedelta(days=k(s, f"e{i}") % 12)
                g = max(2, min(4, g))
                rows.append((r, g, d2, "Complementario", acta + 37 + k(s, "x") % 300, True))
            elif (k(s, f"p{i}.{j}") % 10) == 0:
                d2 = dt.date(yr + 1, 2, 10) + dt.timedelta(days=k(s, f"e{i}.{j}") % 12)
                rows.append((r, g, d2, "Complementario", acta, True))
            elif (k(s, f"p{i}.{j}") % 17) == 3:
                d2 = dt.date(yr + 1, 7, 5) + dt.timedelta(days=k(s, f"e{i}.{j}") % 12)
                rows.append((r, g, d2, "Extraordinario", acta, True))
            else:
                rows.append((r, g, d1, "Ordinario", acta, True))
            gs.append(g)
            hrs += int(r.spec.credits)
        out.append((i, rows))
    return out, r2(sum(gs) / len(gs)), hrs


def py_certificado(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 40, W - 40
    nm = f"{person.given} {person.surname}"
    years, avg, hrs = py_rows(s)
    xs = [L, L + 200, L + 246, L + 292, L + 340, L + 400, L + 468, R]
    heads = [("Asignatura",), ("Carga", "horaria"), ("Califi-", "cación"), ("Letras",), ("Fecha de", "examen"),
             ("Período",), ("Acta N°",)]
    out = []

    def new_page(n):
        p = Page(A4)
        p.logo(L + 24, 56, 22, 1)
        p.text(W / 2, 44, inst.name.upper(), FB, 12, "center")
        p.text(W / 2, 58, inst.extra["fac"].upper(), FB, 10.5, "center")
        p.text(W / 2, 70, f"{inst.street} — {inst.city}, Paraguay", F, 8.5, "center")
        p.hline(L, R, 78, 1.2)
        y = 98
        if n == 1:
            p.text(W / 2, y, "CERTIFICADO DE ESTUDIOS", FB, 14, "center")
            y += 24
            y = p.paragraph(L, y, f"El Secretario General de la {inst.extra['fac']} de la {inst.name} certifica que "
                            f"{'la señorita' if person.sex == 'F' else 'el señor'} {nm.upper()}, con Cédula de Identidad "
                            f"N° {s.student_no}, ha cursado y aprobado en esta Facultad las asignaturas correspondientes "
                            f"a la carrera de BIOQUÍMICA" if cur.id == "py_bq" else
                            f"El Secretario General de la {inst.extra['fac']} de la {inst.name} certifica que "
                            f"{'la señorita' if person.sex == 'F' else 'el señor'} {nm.upper()}, con Cédula de Identidad "
                            f"N° {s.student_no}, ha cursado en esta Facultad las asignaturas de la carrera de "
                            f"{cur.title.replace('Licenciatura en ', '').upper()}", F, 10, R - L, 14)
            y = p.paragraph(L, y, f"(Plan de estudios {s.admitted.year - 3}), con las calificaciones que a continuación "
                            "se detallan:", F, 10, R - L, 14) + 6
        else:
            p.pieces(y, [(L, f"Certificado de Estudios de: {nm}", "left"), (R, f"C.I. N° {s.student_no}", "right")],
                     F, 9)
            y += 14
        return p, y

    fl = Flow(new_page, 64)
    for i, rows in years:
        tls = [wrap(r.spec.title, F, 8.4, xs[1] - xs[0] - 6) for r, *_ in rows]
        fl.need(40 + sum(11 * len(t) for t in tls))
        p, y = fl.page, fl.y
        p.text(L, y + 4, f"{CURSOS[i]} — Año lectivo {s.terms[i].start_year}", FB, 10)
        y += 9
        top = y
        p.rect(L, y, R - L, 22, 0.6, 0, fill=0.9)
        for c, hd in enumerate(heads):
            cx = (xs[c] + xs[c + 1]) / 2
            for m, t in enumerate(hd):
                p.text(cx, y + (13 if len(hd) == 1 else 9 + 8 * m), t, FB, 7.8, "center")
        y += 22
        for (r, g, d, per, acta, ok), tl in zip(rows, tls):
            b = y + 8.5
            p.pieces(b, [(xs[0] + 3, tl[0], "left"), ((xs[1] + xs[2]) / 2, str(int(r.spec.credits)), "center"),
                         ((xs[2] + xs[3]) / 2, str(g), "center"), ((xs[3] + xs[4]) / 2, ES_UNITS[g], "center"),
                         ((xs[4] + xs[5]) / 2, d.strftime("%d/%m/%Y"), "center"), (xs[5] + 3, per, "left"),
                         ((xs[6] + xs[7]) / 2, str(acta), "center")], F, 8.4)
            for m, ln in enumerate(tl[1:], 1):
                p.text(xs[0] + 3, b + 10 * m, ln, F, 8.4)
            y += 10 * len(tl) + 2
            extra = {} if ok else {"passed": False, "semester_hours": 0}
            out.append(course_truth(r, CURSOS[i].title(), r.spec.credits, str(g), "hours", title=" ".join(tl),
                                    code=None, grade_words=ES_UNITS[g], exam_date=d.isoformat(), period=per,
                                    acta=str(acta), **extra))
        y += 2
        for x in xs:
            p.vline(x, top, y, 0.4)
        p.hline(L, R, y, 0.6)
        fl.y = y + 16
    fl.need(250)
    p, y = fl.page, fl.y
    p.text(L, y, f"Promedio general: {comma(avg)} — Total de horas cátedra: {dots(hrs)}", FB, 10)
    p.text(L, y + 14, "Escala de calificaciones: 1 (uno) reprobado; 2 (dos) aceptable; 3 (tres) bueno; 4 (cuatro) muy "
           "bueno; 5 (cinco) sobresaliente.", FI, 7.5)
    p.text(L, y + 30, "Es copia fiel del original que obra en los archivos de esta Facultad.", F, 9.5)
    d = s.conferred + dt.timedelta(days=20 + k(s, "cd") % 60)
    p.text(L, y + 44, f"{inst.city}, {d.day} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][d.month - 1]} de {d.year}.", F, 9.5)
    yb = y + 110
    sign_block(p, rng, L + 110, yb, "Secretario General", FB, 9, 160)
    sign_block(p, rng, R - 110, yb, "Decano", FB, 9, 160)
    rubber_stamp(p, W / 2, yb - 14, 40, 26, 0.45)
    bx, by = R - 220, yb + 36
    p.rect(bx, by, 220, 80, 0.8, 0.2)
    p.text(bx + 110, by + 14, "Legalizado por el Ministerio de", FB, 8.5, "center")
    p.text(bx + 110, by + 25, "Educación y Ciencias", FB, 8.5, "center")
    p.text(bx + 8, by + 40, f"Registro N° {k(s, 'mec') % 90000 + 10000} — Fecha: {(d + dt.timedelta(days=30)).strftime('%d/%m/%Y')}", F, 7.5)
    p.signature(bx + 60, by + 50, 90, rng)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 26, f"Hoja {i} de {len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "py_certificado_estudios", FAMILY, by_reading_order(fl.pages), [nm.upper(), nm],
                        out, "hours", {"prints_totals": True, "promedio": comma(avg)})


TRANSCRIPT_LAYOUTS = {"py_certificado_estudios": (py_certificado, FAMILY, ("PY",))}
