"""Writer AC, round 14: Spain (ES). Country pack (invented universities' "Grado en Biología Sanitaria"
and "Grado en Bioquímica", four years, 240 ECTS; a "Grado en Enfermería") and the faculty
Secretaría's "CERTIFICACIÓN ACADÉMICA PERSONAL" printed from the records system: A4 portrait, a grey
band with the university's name, the secretary's "CERTIFICA: Que D./Dª ..., con D.N.I. ..., ha
cursado en esta Facultad los estudios de GRADO EN ..., con los resultados siguientes:", then one
ruled table per ACADEMIC year captioned "Curso académico 2014-15": Código (six digits) | Asignatura
(wrapping) | Tipo (FB/OB/OP/PE/TFG) | Curso (the course year the subject belongs to; a subject taken
late shows its own course year under a later academic year) | Créd. ("6,0") | Conv. ("Ord. Jun
2015", "Extr. Jul 2015", "Ord. Ene 2016") | Calificación ("NOTABLE 7,8"; a failed sitting "SUSPENSO
3,2" is printed and followed by the passing sitting). Subjects recognised from earlier studies come
first under "Créditos reconocidos" with "RECONOCIDA" and no number. Footer: the summary box of
credits passed by type and TOTAL, "Nota media del expediente (escala 0-10)", the grading key, "Y
para que conste, expido la presente certificación en ..., a ...", the secretary's signature under a
dry seal, "Página x de n" and a "CSV:" verification code in the bottom margin.

Truth: credit_system "ects" (x 1/2 SH); code = the six digits; term "Curso académico 2014-15" (the
table's caption; "Créditos reconocidos" for recognised rows); grade as printed ("NOTABLE 7,8",
"RECONOCIDA"); the failed sitting is its own row with passed False and semester_hours 0; the type,
course year and sitting are kept as `tipo`, `curso`, `convocatoria`. The summary box and the total
are the sums of the passed rows' credits; the average is the credit-weighted mean of the passed
numeric grades (recognised subjects left out), two decimals.
"""

import datetime as dt

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r14_ac_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, dry_seal,
                            es_date, k, parse_tagged, r2, sign_block)
from .. import courses as C

ES_BS = """
## 1 S1
800101 | Biología celular | 6 | B
800102 | Química general | 6 | C
800103 | Matemáticas | 6 | M
800104 | Física aplicada a las ciencias de la salud | 6 | O
800105 | Bioestadística | 6 | M
## 1 S2
800111 | Química orgánica | 6 | C
800112 | Anatomía e histología humanas | 6 | B
800113 | Genética | 6 | B
800114 | Bioquímica | 6 | C
800115 | Fisiología humana | 6 | B
## 2 S1
800201 | Microbiología general | 6 | B
800202 | Inmunología | 6 | ?B
800203 | Biología molecular | 6 | B
800204 | Química analítica instrumental | 6 | C
800205 | Fisiopatología | 6 | O
## 2 S2
800211 | Bioquímica clínica y patología molecular | 6 | ?P
800212 | Hematología | 6 | P
800213 | Parasitología sanitaria | 6 | P
800214 | Farmacología y toxicología | 6 | O
800215 | Epidemiología y salud pública | 6 | O
## 3 S1
800301 | Microbiología clínica | 6 | ?P
800302 | Análisis clínicos I | 6 | P
800303 | Técnicas de diagnóstico molecular | 6 | P
800304 | Citología e histopatología | 6 | P
800305 | Inmunología clínica | 6 | ?P
## 3 S2
800311 | Análisis clínicos II | 6 | P
800312 | Inmunohematología y medicina transfusional | 6 | P
800313 | Genética humana y diagnóstico prenatal | 4.5 | ?B
800314 | Gestión de la calidad en el laboratorio clínico | 4.5 | P
800315 | Virología | 4.5 | ?B | =OP
800316 | Micología médica | 4.5 | P | =OP
## 4 S1
800401 | Bioética y legislación sanitaria | 4.5 | O
800402 | Gestión de laboratorio y bioseguridad | 4.5 | P
800403 | Biología del desarrollo y reproducción asistida | 6 | B | =OP
800404 | Nutrición y dietética | 4.5 | O | =OP
800405 | Toxicología clínica y forense | 4.5 | ?P | =OP
800406 | Inglés científico | 6 | O
## 4 S2
800411 | Prácticas externas en laboratorio de análisis clínicos | 12 | P | chemistry,hematology,microbiology,blood_bank,urinalysis | PE
800412 | Trabajo Fin de Grado | 6 | O | =TFG
800413 | Técnicas instrumentales avanzadas | 6 | C
800414 | Diagnóstico por imagen y medicina nuclear | 6 | O
"""

ES_BQ = """
## 1 S1
803101 | Química general | 9 | C
803102 | Biología celular e histología | 9 | B
803103 | Matemáticas para biociencias | 6 | M
803104 | Física | 6 | O
## 1 S2
803111 | Química orgánica | 9 | C
803112 | Bioestadística | 6 | M
803113 | Fisiología | 9 | B
803114 | Genética | 6 | B
## 2 S1
803201 | Bioquímica estructural | 9 | C
803202 | Química física | 6 | C
803203 | Microbiología | 9 | B
803204 | Química analítica | 6 | C
## 2 S2
803211 | Enzimología | 6 | ?C
803212 | Metabolismo y su regulación | 9 | C
803213 | Biología molecular | 9 | B
803214 | Inmunología | 6 | ?B
## 3 S1
803301 | Bioquímica clínica | 6 | ?P
803302 | Ingeniería genética | 9 | B
803303 | Biofísica | 6 | O
803304 | Señalización celular | 9 | B
## 3 S2
803311 | Genómica y proteómica | 9 | B
803312 | Virología | 6 | ?B | =OP
803313 | Farmacología molecular | 6 | O | =OP
803314 | Bioinformática | 9 | O
## 4 S1
803401 | Patología molecular | 9 | ?B
803402 | Biotecnología | 6 | B | =OP
803403 | Neuroquímica | 6 | C | =OP
803404 | Inglés científico | 9 | O
## 4 S2
803411 | Prácticas externas | 12 | O | | PE
803412 | Trabajo Fin de Grado | 12 | O | =TFG
803413 | Métodos en bioquímica | 6 | C
"""

ES_ENF = """
## 1 S1
806101 | Anatomía humana | 9 | B
806102 | Bioquímica | 6 | C
806103 | Fundamentos de enfermería | 9 | O
806104 | Psicología | 6 | O
## 1 S2
806111 | Fisiología humana | 9 | B
806112 | Estadística y TIC | 6 | M
806113 | Enfermería comunitaria I | 9 | O
806114 | Nutrición | 6 | O
## 2 S1
806201 | Farmacología | 9 | O
806202 | Enfermería del adulto I | 9 | O
806203 | Prácticum I | 12 | O | | PE
## 2 S2
806211 | Enfermería del adulto II | 9 | O
806212 | Enfermería materno-infantil | 9 | O
806213 | Prácticum II | 12 | O | | PE
## 3 S1
806301 | Enfermería en salud mental | 9 | O
806302 | Enfermería geriátrica | 9 | O
806303 | Prácticum III | 12 | O | | PE
## 3 S2
806311 | Cuidados paliativos | 6 | O | =OP
806312 | Gestión de servicios de enfermería | 6 | O
806313 | Prácticum IV | 18 | O | | PE
## 4 S1
806401 | Prácticum V | 24 | O | | PE
806402 | Ética y legislación | 6 | O
## 4 S2
806411 | Prácticum VI | 24 | O | | PE
806412 | Trabajo Fin de Grado | 6 | O | =TFG
"""

_T1, TIPO_BS = parse_tagged(ES_BS)
_T2, TIPO_BQ = parse_tagged(ES_BQ)
_T3, TIPO_ENF = parse_tagged(ES_ENF)
TIPOS = {**TIPO_BS, **TIPO_BQ, **TIPO_ENF}

ES_INST = [
    Institution("Universidad Miguel de Olmedo", "Madrid", "Comunidad de Madrid", "ES", "Avenida de Séneca 14",
                ("es_bs", "es_bq", "es_enf"), "university",
                extra={"fac": {"es_bs": "Facultad de Biología Sanitaria", "es_bq": "Facultad de Ciencias Químicas",
                               "es_enf": "Facultad de Enfermería"}}),
    Institution("Universidad del Turia", "Valencia", "Comunitat Valenciana", "ES", "Calle del Doctor Moliner 40",
                ("es_bs", "es_bq", "es_enf"), "university",
                extra={"fac": {"es_bs": "Facultad de Ciencias de la Salud", "es_bq": "Facultad de Ciencias Biológicas",
                               "es_enf": "Facultad de Enfermería y Podología"}}),
]


def _cur(cid, title, field, terms, clin=False):
    return C.Curriculum(cid, "ES", title, "bachelor", 4, field, "ects", terms, 9, 9, clinical_training=clin)


PACK = K.CountryPack(
    code="ES", name="Spain",
    given={"F": ["Lucía", "María", "Paula", "Laura", "Marta", "Elena", "Carmen", "Irene", "Sara", "Andrea"],
           "M": ["Pablo", "Javier", "Daniel", "Alejandro", "Sergio", "David", "Jorge", "Álvaro", "Adrián", "Rubén"]},
    surnames=["García Moreno", "Fernández Ruiz", "López Navarro", "Martín Serrano", "Sánchez Iglesias",
              "Gómez Cabrera", "Díaz Herrero", "Romero Vidal", "Torres Molina", "Jiménez Ortega", "Castro Medina",
              "Rubio Prieto"],
    middle={"F": [], "M": []},
    institutions=ES_INST,
    employers=[
        Employer("Hospital Universitario Puerta de Castilla", "Madrid", "Comunidad de Madrid", "ES",
                 "Calle de Arganda 101", "+34 913 300 000", "rrhh@hupc.example"),
        Employer("Hospital General de la Albufera", "Valencia", "Comunitat Valenciana", "ES",
                 "Avenida del Saler 22", "+34 961 970 000", "personal@hgalbufera.example"),
        Employer("Hospital Comarcal del Jarama", "Arganda del Rey", "Comunidad de Madrid", "ES",
                 "Calle Real 8", "+34 918 710 000", "rrhh@hcjarama.example"),
        Employer("Laboratorio de Análisis Clínicos Levante", "Alicante", "Comunitat Valenciana", "ES",
                 "Calle de Pintor Aparicio 3", "+34 965 120 000", "administracion@lablevante.example", "lab"),
    ],
    signers=["Dª Pilar Navarro Requena", "D. Francisco Gil Ramos", "Dª Rosa María Alonso Vega"],
    curricula=[_cur("es_bs", "Grado en Biología Sanitaria", "biology", _T1, True),
               _cur("es_bq", "Grado en Bioquímica", "chemistry", _T2),
               _cur("es_enf", "Grado en Enfermería", "nursing", _T3)],
    mls_curriculum="es_bs", science_curricula=["es_bq"], nonqualifying_curricula=["es_enf"],
    positions_mls=["Técnico Superior Sanitario de Laboratorio", "Facultativo Especialista de Área (Análisis Clínicos)"],
    positions_science=["Técnico Superior Sanitario de Laboratorio", "Técnico de laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10 ** 7, 10 ** 8 - 1)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("ES", {
    "blood_bank": ["Banco de Sangre", "Inmunohematología"], "chemistry": ["Bioquímica Clínica"],
    "hematology": ["Hematología"], "microbiology": ["Microbiología"], "immunology": ["Inmunología"],
    "urinalysis": ["Orinas"], "molecular": ["Genética Molecular"], "phlebotomy": ["Extracciones"],
    "other": ["Anatomía Patológica"]})

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(s):
    n = k(s, "dni") % 10 ** 8
    return f"{n:08d}-{DNI_L[n % 23]}"


def es_name(person):
    return " ".join(x for x in (person.given, person.middle, person.surname) if x)


def tipo(s, t, r):
    tg = TIPOS.get(r.spec.code)
    if tg:
        return tg
    return "FB" if t.year == 1 else "OB"


def nota(s, salt, r):
    v = 5.0 + (r.score - 45) / 47 * 4.6 + ((k(s, salt) % 9) - 4) * 0.12
    return max(5.0, min(9.9, round(v, 1)))


def calif(v):
    if v < 5:
        return f"SUSPENSO {comma(v, 1)}"
    if v < 7:
        return f"APROBADO {comma(v, 1)}"
    if v < 9:
        return f"NOTABLE {comma(v, 1)}"
    return f"SOBRESALIENTE {comma(v, 1)}" if v < 9.5 else f"MATRÍCULA DE HONOR {comma(v, 1)}"


def conv(t, late, extra):
    """The sitting: first-semester subjects in January, second in June; the extraordinary one in July."""
    y = t.start_year + 1
    if extra:
        return f"Extr. Jul {y}"
    return f"Ord. Ene {y}" if t.key == "S1" else f"Ord. Jun {y}"


def plan(s):
    """[(caption, [(r, curso, tipo, conv, grade, value or None, passed)])] in print order."""
    terms = s.terms
    recog, years = [], {}
    nrec = k(s, "rec") % 4          # 0-1 recognised subjects (a quarter of the candidates: one)
    rec_code = None
    if nrec == 0:
        t0 = terms[0]
        cand = [r for r in t0.results if r.spec.category in ("other", "mathematics")]
        if cand:
            rec_code = cand[k(s, "rc") % len(cand)].spec.code
    late = None                        # one OB/OP subject of year 3 taken in year 4
    if k(s, "late") % 3 == 0:
        t3 = [t for t in terms if t.year == 3]
        pool = [(t, r) for t in t3 for r in t.results if tipo(s, t, r) in ("OB", "OP")]
        if pool:
            late = pool[k(s, "lt") % len(pool)][1].spec.code
    failed = set()
    allr = [(t, r) for t in terms for r in t.results if tipo(s, t, r) in ("FB", "OB") and t.year < 4]
    for j in range(k(s, "nf") % 3):
        t, r = allr[k(s, f"f{j}") % len(allr)]
        failed.add(r.spec.code)
    last_year = max(t.start_year for t in terms)
    for i, t in enumerate(terms):
        for j, r in enumerate(t.results):
            tp = tipo(s, t, r)
            if r.spec.code == rec_code:
                recog.append((r, t.year, tp, "", "RECONOCIDA", None, True))
                continue
            ay = t.start_year
            if r.spec.code == late:
                ay = last_year
            tt = dict(t.__dict__)
            tt["start_year"] = ay
            from types import SimpleNamespace
            tn = SimpleNamespace(**tt)
            v = nota(s, f"n{i}.{j}", r)
            if r.spec.code in failed:
                fv = round(2.0 + (k(s, f"fv{i}.{j}") % 28) / 10, 1)
                years.setdefault(ay, []).append((r, t.year, tp, conv(tn, False, False), calif(fv), fv, False))
                v = min(v, 6.8)
                years[ay].append((r, t.year, tp, conv(tn, False, True), calif(v), v, True))
            else:
                years.setdefault(ay, []).append((r, t.year, tp, conv(tn, False, False), calif(v), v, True))
    out = []
    if recog:
        out.append(("Créditos reconocidos", recog))
    for ay in sorted(years):
        out.append((f"Curso académico {ay}-{(ay + 1) % 100:02d}", years[ay]))
    return out


def es_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    nm = es_name(person)
    fem = person.sex == "F"
    fac = inst.extra["fac"][cur.id]
    W, H = A4
    L, R = 42, W - 42
    wd = [40, 196, 28, 30, 32, 62, R - L - 388]
    xs = [L]
    for w in wd:
        xs.append(xs[-1] + w)
    fz = 7.6
    pages = []
    st = {"p": None, "y": 0}
    sec_f = k(s, "secf") % 2 == 0
    secretary = ("Dª Inmaculada Prieto Salas" if sec_f else "D. Ignacio Barrios Lozano")
    csv = "-".join(f"{(k(s, f'csv{i}') % 36 ** 4):04X}"[:4] for i in range(4))

    def band(p):
        p.rect(L - 6, 30, R - L + 12, 30, 0.0, 0.0, fill=0.82)
        p.text(L, 50, inst.name.upper(), SB, 13)
        p.text(R, 44, fac, S, 8, "right")
        p.text(R, 55, "Secretaría", S, 8, "right")

    def new_page(cont=True):
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        band(p)
        if cont:
            p.text(L, 78, f"Certificación académica personal de {nm} (continuación)", SI, 8)
            st["y"] = 96
        return p

    def head(p, y, caption):
        p.text(L, y, caption, SB, 9)
        y += 6
        p.rect(L, y, R - L, 13, 0.4, 0.0, fill=0.9)
        hs = ["Código", "Asignatura", "Tipo", "Curso", "Créd.", "Conv.", "Calificación"]
        p.pieces(y + 9.5, [(xs[i] + 2, h, "left") for i, h in enumerate(hs)], SB, 7.4)
        return y + 23

    p = new_page(False)
    p.text(W / 2, 90, "CERTIFICACIÓN ACADÉMICA PERSONAL", SB, 13, "center")
    sec_w = "Secretaria" if sec_f else "Secretario"
    dd = "Dª" if fem else "D."
    txt = (f"{secretary}, {sec_w} de la {fac} de la {inst.name}, CERTIFICA: Que {dd} {nm}, con D.N.I. {dni(s)}, "
           f"ha cursado en esta Facultad los estudios de {cur.title.upper()} (Plan {s.terms[0].start_year - 5}), "
           f"con los resultados siguientes:")
    y = p.paragraph(L, 114, txt, S, 9, R - L, 12.5) + 10
    st["y"] = y
    out = []
    sums = {"FB": 0.0, "OB": 0.0, "OP": 0.0, "PE": 0.0, "TFG": 0.0}
    ws = wc = 0.0
    for caption, rows in plan(s):
        if st["y"] + 60 > H - 70:
            new_page()
        st["y"] = head(st["p"], st["y"], caption)
        for r, curso, tp, cv, g, v, ok in rows:
            lines = wrap(r.spec.title, S, fz, wd[1] - 4)
            if st["y"] + 10 * len(lines) > H - 70:
                new_page()
                st["y"] = head(st["p"], st["y"], caption + " (cont.)")
            p, y = st["p"], st["y"]
            cr = r.spec.credits
            p.pieces(y, [(xs[0] + 2, r.spec.code, "left"), (xs[1] + 2, lines[0], "left"), (xs[2] + 4, tp, "left"),
                         (xs[3] + 12, str(curso), "left"), (xs[5] - 6, comma(cr, 1), "right"),
                         (xs[5] + 2, cv, "left"), (xs[6] + 2, g, "left")], S, fz)
            for ln in lines[1:]:
                y += 9
                p.text(xs[1] + 2, y, ln, S, fz)
            p.hline(L, R, y + 3.5, 0.2, 0.6)
            st["y"] = y + 12
            extra = {"tipo": tp, "curso": curso, "convocatoria": cv or None}
            if ok:
                sums[tp] += cr
                if v is not None:
                    ws += v * cr
                    wc += cr
                out.append(course_truth(r, caption, cr, g, "ects", code=r.spec.code, **extra))
            else:
                out.append(course_truth(r, caption, cr, g, "ects", code=r.spec.code, passed=False, semester_hours=0,
                                        **extra))
        st["y"] += 8
    if st["y"] + 190 > H - 60:
        new_page()
    p, y = st["p"], st["y"] + 4
    tot = sum(sums.values())
    p.rect(L, y, R - L, 34, 0.6, 0.0)
    p.text(L + 6, y + 12, "Créditos superados:", SB, 8.5)
    p.spaced(L + 6, y + 26, [f"{t} {comma(v, 1)}" for t, v in sums.items()] + [f"TOTAL {comma(tot, 1)}"], S, 8.5,
             gap=22)
    y += 50
    avg = r2(ws / wc)
    p.text(L, y, f"Nota media del expediente (escala 0-10): {comma(avg)}", SB, 9)
    y += 13
    p.text(L, y, "Escala de calificaciones: 0-4,9 Suspenso; 5-6,9 Aprobado; 7-8,9 Notable; 9-10 Sobresaliente "
                 "(Real Decreto 1125/2003).", S, 7.4)
    y += 11
    p.text(L, y, "Tipo: FB formación básica; OB obligatoria; OP optativa; PE prácticas externas; TFG trabajo fin "
                 "de grado.", S, 7.4)
    y += 11
    p.text(L, y, f"Fecha de finalización de estudios: {s.conferred.strftime('%d/%m/%Y')}", S, 8)
    y += 22
    issue = s.conferred + dt.timedelta(days=20 + k(s, "iss") % 40)
    y = p.paragraph(L, y, f"Y para que conste, a petición de {'la interesada' if fem else 'el interesado'}, expido "
                          f"la presente certificación en {inst.city}, a {es_date(issue)}.", S, 9, R - L, 12) + 60
    sign_block(p, rng, L + 110, y, f"{'La' if sec_f else 'El'} {sec_w}", S, 8.5, 170, secretary)
    dry_seal(p, L + 250, y - 16, 30, 0.8)
    p.text(L + 310, y - 24, "Vº Bº", S, 8.5)
    sign_block(p, rng, R - 80, y, "El Decano" if k(s, "dec") % 2 else "La Decana", S, 8.5, 140)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(L, H - 26, f"CSV: {csv} - Verificable en https://sede.{inst.name.split()[-1].lower()}.example/csv",
                S, 6.5)
        pg.text(R, H - 26, f"Página {q} de {n}", S, 7, "right")
    return LayoutResult("transcript", "ac_es_certificacion", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ac_es_certificacion": (es_transcript, FAMILY, ("ES",))}
