"""Writer Y, round 12: Uruguay (UY). Country pack (the public university's School of Medical Technology:
"Licenciatura en Laboratorio Clínico", four years, 360 credits; Licenciatura en Ciencias Biológicas;
Licenciatura en Enfermería) and the "ESCOLARIDAD": every activity of the student in date order,
including failed and abandoned ones, not grouped by semester, printed in a monospace face. Columns
Fecha | Actividad | Tipo (Curso, Examen, Reválida) | Nota (0-12, digit and word: "9 (nueve)"; pass 3;
"Abandono" for an abandoned course) | Créditos (only on the row that earns the course's credits).
Most courses show a "Curso" row (the course grade, no credits) and a later "Examen" row with the final
grade and the credits; a course passed by its course grade ("exonerado") has one "Curso" row with the
credits; a failed examination ("2 (dos)", no credits) is followed by a later sitting; an abandoned
course is taken again a year later; one candidate in five has a course validated from another
programme ("Reválida", credits, no grade). At the end "Créditos aprobados: 360 de 360 exigidos",
"Promedio con aplazos" (all final grades: examinations passed and failed and the credit-bearing
course rows), "Promedio sin aplazos" (the credit-bearing graded rows) and "1 crédito = 15 horas de
trabajo del estudiante".

Credit basis: the Uruguayan university credit, 15 hours of student work; the programme is 360 credits
over four years, 90 a full-time year. A full-time year is 30 SH (as for ECTS 60 and UK 120), so
1 credit = 1/3 SH: system "credits90" (added to courses.SH_FACTOR by r12_y_common). Rows that print no
credits (a course grade before the examination, a failed examination, an abandonment) are truth rows
with credits 0, credits_printed False (failed / abandoned ones passed False)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page
from .r12_y_common import (CalendarYears, ES_UNITS, FAMILY, add_department_phrases, by_reading_order, comma, course_truth, k, parse,
                           round_stamp, sign_block)

UY_MLS = """
## 1 S1
LC101 | Química General | 10 | C
LC102 | Biología Celular y Molecular | 10 | B
LC103 | Matemática y Bioestadística | 8 | M
LC104 | Introducción a la Salud Pública | 6 | O
LC105 | Anatomía | 11 | B
## 1 S2
LC111 | Química Orgánica | 10 | C
LC112 | Fisiología | 12 | B
LC113 | Física Aplicada | 8 | O
LC114 | Histología | 9 | B
LC115 | Inglés Técnico | 6 | O
## 2 S1
LC201 | Bioquímica | 12 | C
LC202 | Microbiología General | 12 | B
LC203 | Introducción al Laboratorio Clínico | 9 | ?P
LC204 | Química Analítica | 12 | C
## 2 S2
LC211 | Inmunología | 10 | ?B
LC212 | Fisiopatología | 10 | ?B
LC213 | Hematología I | 13 | P
LC214 | Ética y Legislación | 6 | O
LC215 | Metodología Científica | 6 | O
## 3 S1
LC301 | Química Clínica I | 14 | P
LC302 | Bacteriología Clínica | 14 | P
LC303 | Hematología II | 12 | P
LC304 | Gestión de Calidad en el Laboratorio | 5 | P
## 3 S2
LC311 | Química Clínica II | 12 | P
LC312 | Parasitología y Micología | 12 | P
LC313 | Inmunohematología y Medicina Transfusional | 12 | P
LC314 | Virología y Biología Molecular | 9 | ?P
## 4 S1
LC401 | Endocrinología y Marcadores | 10 | P
LC402 | Uroanálisis y Líquidos Biológicos | 10 | P
LC403 | Pasantía Hospitalaria I | 25 | P | chemistry,hematology,urinalysis
## 4 S2
LC411 | Pasantía Hospitalaria II | 25 | P | microbiology,blood_bank,immunology
LC412 | Trabajo Final de Grado | 20 | O
"""

UY_BIO = """
## 1 S1
CB101 | Química General | 12 | C
CB102 | Biología General | 12 | B
CB103 | Matemática | 12 | M
CB104 | Física | 9 | O
## 1 S2
CB111 | Química Orgánica | 12 | C
CB112 | Botánica | 12 | B
CB113 | Zoología de Invertebrados | 12 | B
CB114 | Bioestadística | 9 | M
## 2 S1
CB201 | Bioquímica | 15 | C
CB202 | Genética | 15 | B
CB203 | Zoología de Vertebrados | 15 | B
## 2 S2
CB211 | Microbiología | 15 | B
CB212 | Fisiología Vegetal | 15 | B
CB213 | Ecología | 15 | B
## 3 S1
CB301 | Biología Molecular | 15 | B
CB302 | Fisiología Animal | 15 | B
CB303 | Evolución | 15 | B
## 3 S2
CB311 | Inmunología | 15 | B
CB312 | Biología del Desarrollo | 15 | B
CB313 | Limnología | 15 | B
## 4 S1
CB401 | Optativa: Biotecnología | 15 | B
CB402 | Optativa: Parasitología | 15 | B
CB403 | Taller de Investigación | 15 | O
## 4 S2
CB411 | Pasantía de Investigación | 45 | O
"""

UY_NUR = """
## 1 S1
EN101 | Fundamentos de Enfermería | 25 | O
EN102 | Anatomía y Fisiología | 20 | B
## 1 S2
EN111 | Enfermería Comunitaria I | 45 | O
## 2 S1
EN201 | Farmacología | 15 | O
EN202 | Enfermería del Adulto I | 30 | O
## 2 S2
EN211 | Enfermería del Adulto II | 45 | O
## 3 S1
EN301 | Enfermería Materno-Infantil | 45 | O
## 3 S2
EN311 | Enfermería en Salud Mental | 45 | O
## 4 S1
EN401 | Administración de Servicios de Enfermería | 45 | O
## 4 S2
EN411 | Internado de Enfermería | 45 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "UY", title, "bachelor", CalendarYears(4), field, "credits90", parse(table), 3, 12,
                        clinical_training=clin)


UY_INST = [
    Institution("Universidad Nacional de Montevideo", "Montevideo", "Montevideo", "UY", "Avenida Italia 2870",
                ("uy_mls", "uy_bio", "uy_nur"), "university",
                extra={"school": "Escuela de Tecnologías Médicas", "school_bio": "Facultad de Ciencias Naturales",
                       "school_nur": "Facultad de Enfermería", "city": "Montevideo"}),
    Institution("Universidad Nacional de Montevideo - Sede Salto", "Salto", "Salto",
                "UY", "Rivera 1350", ("uy_mls", "uy_bio", "uy_nur"), "university",
                extra={"school": "Escuela de Tecnologías Médicas", "school_bio": "Departamento de Ciencias Biológicas",
                       "school_nur": "Facultad de Enfermería", "city": "Salto"}),
]

PACK = K.CountryPack(
    code="UY", name="Uruguay",
    given={"F": ["María", "Lucía", "Valentina", "Florencia", "Camila", "Sofía", "Natalia", "Carolina", "Agustina",
                 "Micaela"],
           "M": ["Martín", "Santiago", "Diego", "Federico", "Nicolás", "Gonzalo", "Sebastián", "Matías", "Pablo"]},
    surnames=["Rodríguez Pereira", "González Silva", "Fernández Suárez", "Martínez Olivera", "López Acosta",
              "Pérez Núñez", "Sosa Cabrera", "García Viera", "Méndez Castro", "Ferreira Techera", "Correa Píriz",
              "Da Silva Moreira"],
    middle={"F": ["Inés", "Andrea", "Belén", "", ""], "M": ["Andrés", "Javier", "Ignacio", "", ""]},
    institutions=UY_INST,
    employers=[
        Employer("Asociación Médica Mutual del Centro", "Montevideo", "Montevideo", "UY", "Av. 18 de Julio 1872",
                 "+598 2400 0412", "rrhh@ammc.example.uy", "mutual"),
        Employer("Cooperativa Asistencial Médica del Litoral", "Paysandú", "Paysandú", "UY", "Leandro Gómez 1020",
                 "+598 4722 0190", "personal@camlit.example.uy", "mutual"),
        Employer("Sanatorio Mutual Círculo del Este", "Maldonado", "Maldonado", "UY", "Av. Roosevelt 845",
                 "+598 4222 0177", "gestionhumana@cmeste.example.uy", "mutual"),
        Employer("Hospital Regional de Tacuarembó", "Tacuarembó", "Tacuarembó", "UY", "Treinta y Tres 444",
                 "+598 4632 0066", "rrhh.tacuarembo@asse.example.uy"),
    ],
    signers=["Lic. Mónica Ferrari", "Cr. Alejandro Bentancor", "Dra. Silvia Larrañaga", "Lic. Gabriel Echeverría"],
    curricula=[_cur("uy_mls", "Licenciatura en Laboratorio Clínico", "medical_laboratory_science", UY_MLS, True),
               _cur("uy_bio", "Licenciatura en Ciencias Biológicas", "biology", UY_BIO),
               _cur("uy_nur", "Licenciatura en Enfermería", "nursing", UY_NUR)],
    mls_curriculum="uy_mls", science_curricula=["uy_bio"], nonqualifying_curricula=["uy_nur"],
    positions_mls=["Licenciado en Laboratorio Clínico"],
    positions_science=["Técnico de Laboratorio", "Auxiliar de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(3, 5)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-"
                                     f"{rng.randint(0, 9)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("UY", {
    "blood_bank": ["Hemoterapia"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología"], "immunology": ["Inmunología"], "urinalysis": ["Uroanálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Extracciones"], "other": ["Citología"]})


def nota(n):
    return f"{n} ({ES_UNITS[n]})"


def uy_grade(s, r, salt):
    g = 4 + (r.score - 45) / 47.0 * 7.5 + (k(s, salt) % 5 - 2) * 0.6
    return max(3, min(12, int(round(g))))


def _end(t, last):
    """Course end (result date) and the first examination date of a term."""
    y = t.start_year
    if t.key == "S1":
        return dt.date(y, 7, 4), dt.date(y, 7, 18)
    if last:
        return dt.date(y, 11, 20), dt.date(y, 11, 25)
    return dt.date(y, 11, 24), dt.date(y + 1, 2, 10)


def uy_rows(s):
    """[(date, r, kind, nota text, grade int or None, credits or None, failed)] in date order."""
    ev = []
    n = len(s.terms)
    reval = k(s, "rv") % 5 == 0
    for i, t in enumerate(s.terms):
        last = i == n - 1
        c_end, ex = _end(t, last)
        for j, r in enumerate(t.results):
            h = k(s, f"x{i}.{j}")
            cd = c_end + dt.timedelta(days=h % 6)
            ed = ex + dt.timedelta(days=(h >> 4) % 12)
            g = uy_grade(s, r, f"g{i}.{j}")
            cr = int(r.spec.credits)
            if reval and i == 0 and j == n % len(t.results):
                ev.append((dt.date(t.start_year, 4, 20 + h % 8), r, "Reválida", "", None, cr, False))
                continue
            if r.spec.areas or "Trabajo" in r.spec.title or "Pasantía" in r.spec.title or "Internado" in r.spec.title:
                ev.append((cd, r, "Curso", nota(g), g, cr, False))
                continue
            if not last and i + 2 < n and h % 23 == 0:
                # abandoned, taken again the next year
                ev.append((cd - dt.timedelta(days=40 + h % 20), r, "Curso", "Abandono", None, None, True))
                t2 = s.terms[i + 2]
                cd, _ = _end(t2, i + 2 == n - 1)
                cd += dt.timedelta(days=h % 6)
                ev.append((cd, r, "Curso", nota(g), g, cr, False))
                continue
            if h % 3 == 0 and g >= 6:
                ev.append((cd, r, "Curso", nota(g), g, cr, False))        # exonerated by the course grade
                continue
            cg = max(3, min(8, g - 1 + (h >> 8) % 3))
            ev.append((cd, r, "Curso", nota(cg), cg, None, False))
            if not last and (h >> 12) % 9 == 0:
                bad = (h >> 16) % 3
                ev.append((ed, r, "Examen", nota(bad), bad, None, True))
                ed = ed + dt.timedelta(days=150 if ed.month >= 6 else 150)
            ev.append((ed, r, "Examen", nota(g), g, cr, False))
    ev.sort(key=lambda e: (e[0], e[1].code, e[2] != "Curso"))
    return ev


def uy_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    M, MB = "Courier", "Courier-Bold"
    W, H = A4
    L = 46
    sz = 7.8
    cw = sz * 0.6
    school = {"uy_mls": "school", "uy_bio": "school_bio", "uy_nur": "school_nur"}[cur.id]
    nm = name_form(person, "caps")
    ev = uy_rows(s)
    courses = []
    cols = [0, 12, 66, 76, 89]          # character columns: Fecha, Actividad, Tipo, Nota, Créditos (right edge 94)

    def line(p, y, parts, font=M):
        items = []
        for c, (txt, right) in zip(cols, parts):
            if right:
                items.append((L + 94 * cw, txt, "right"))
            else:
                items.append((L + c * cw, txt, "left"))
        p.pieces(y, items, font, sz)

    def new_page(n):
        p = Page(A4)
        p.text(L, 40, inst.name.upper(), MB, 9)
        p.text(L, 51, inst.extra[school], M, 8.5)
        p.text(L, 62, "Sección Bedelía", M, 8.5)
        p.text(L + 94 * cw, 40, f"Hoja {n}", M, 8.5, "right")
        y = 86
        if n == 1:
            p.text(L + 47 * cw, y, "ESCOLARIDAD", MB, 11, "center")
            y += 20
            for a, b in (("Nombre:", nm), ("Documento:", s.student_no), ("Carrera:", cur.title.upper()),
                         ("Plan:", f"{s.admitted.year - (s.admitted.year % 4)}"),
                         ("Fecha de ingreso:", s.admitted.strftime("%d/%m/%Y"))):
                p.pieces(y, [(L, a, "left"), (L + 19 * cw, b, "left")], M, sz + 0.4)
                y += 11
            y += 8
        line(p, y, [("Fecha", False), ("Actividad", False), ("Tipo", False), ("Nota", False), ("Créditos", True)], MB)
        p.text(L, y + 9, "-" * 94, M, sz)
        return p, y + 20

    fl = Flow(new_page, 70)
    total, con, sin = 0, [], []
    for d, r, kind, nt, g, cr, failed in ev:
        fl.need(10.5)
        title = r.spec.title
        act = f"{title} ({kind})" if kind in ("Curso", "Examen") and r.code and not r.spec.areas and \
            "Trabajo" not in title and "Pasantía" not in title and (k(s, 'par' + r.code) % 2 == 0) else title
        line(fl.page, fl.y, [(d.strftime("%d/%m/%Y"), False), (act, False), (kind, False), (nt, False),
                             (str(cr) if cr else "", True)])
        fl.y += 10.5
        term = d.strftime("%d/%m/%Y")
        if cr:
            total += cr
            if g is not None:
                con.append(g)
                sin.append(g)
            if kind == "Reválida":
                courses.append(course_truth(r, term, cr, None, "credits90", code=None, title=act, transfer=True,
                                            activity=kind))
            else:
                courses.append(course_truth(r, term, cr, nt, "credits90", code=None, title=act, activity=kind))
        else:
            if kind == "Examen" and failed:
                con.append(g)
            extra = {"passed": False} if failed else {}
            courses.append(course_truth(r, term, 0, nt, "credits90", code=None, title=act, activity=kind,
                                        credits_printed=False, semester_hours=0, **extra))
    req = int(sum(c.credits for ts in cur.terms for c in ts.courses))
    fl.need(130)
    p, y = fl.page, fl.y
    p.text(L, y, "-" * 94, M, sz)
    y += 14
    p.text(L, y, f"Créditos aprobados: {total} de {req} exigidos", MB, sz + 0.4)
    y += 11
    p.text(L, y, f"Promedio con aplazos: {comma(sum(con) / len(con))}", M, sz + 0.4)
    y += 11
    p.text(L, y, f"Promedio sin aplazos: {comma(sum(sin) / len(sin))}", M, sz + 0.4)
    y += 11
    p.text(L, y, "1 crédito = 15 horas de trabajo del estudiante. Escala de notas: 0 a 12; aprobación: 3 (tres).", M,
           sz - 0.4)
    y += 16
    issued = s.conferred + dt.timedelta(days=10 + k(s, "iss") % 60)
    p.text(L, y, f"{inst.extra['city']}, {issued.strftime('%d/%m/%Y')}", M, sz + 0.4)
    y += 50
    sign_block(p, rng, L + 320, y, "Jefe de Sección Bedelía", M, 8, 170)
    round_stamp(p, L + 180, y - 14, 28, 0.45)
    return LayoutResult("transcript", "uy_escolaridad", FAMILY, by_reading_order(fl.pages), [nm], courses, "credits90",
                        {"prints_totals": True, "total_credits": total,
                         "promedio_con": comma(sum(con) / len(con)), "promedio_sin": comma(sum(sin) / len(sin))})


TRANSCRIPT_LAYOUTS = {"uy_escolaridad": (uy_transcript, FAMILY, ("UY",))}
