"""Writer AF, round 15: Puerto Rico (PR). Country pack (invented universities' medical sciences campus,
School of Health Professions, "Certificado Post Bachillerato en Tecnología Médica", a 12-month
programme after a bachelor's in biology; a "Bachillerato en Ciencias en Biología", four years; a
"Bachillerato en Ciencias de Enfermería") and the Registrar's "TRANSCRIPCIÓN DE CRÉDITOS OFICIAL",
printed in a monospace font as from an old registrar system on security paper (the university's
initials repeated in pale print behind the text, drawn as a picture). Header: "Núm. Estudiante:
801-12-3456", "Programa: ...", for the certificate "Grado previo: B.S. Biología, Universidad ...,
mayo 2014"; the certificate's first block "CRÉDITOS TRANSFERIDOS" lists the prerequisite science
courses accepted from the bachelor's (grade printed, "T" in the points column, no points); then the
terms "PRIMER SEMESTRE 2014-2015", "SEGUNDO SEMESTRE 2014-2015", "VERANO 2015": CURSO ("TMED 4031")
| SEC ("001") | TITULO (upper case, at most 25 characters) | CR | NOTA (A-F, P, NP) | PH (honour
points). Each term ends with "CRED. INTENT.: 18 APROB.: 18 PUNTOS: 61 PROMEDIO: 3.39" and a
cumulative line. The second semester and the summer hold the PRACTICA CLINICA rotations (TMED
4095-4099, graded P). End: "CERTIFICADO OTORGADO: 30 DE JUNIO DE 2015", "PROMEDIO GENERAL: 3.42",
the validity note and the Registrar's signature.

Credit basis: US semester credit hours (credit_system "semester"). Transferred rows are course rows
(term "CRÉDITOS TRANSFERIDOS", grade as printed, `transfer: true`). Term figures: CRED. INTENT. =
credits of the term's rows, APROB. = credits passed, PUNTOS = honour points (A 4 ... F 0 x credits),
PROMEDIO = PUNTOS / credits of letter-graded rows; the cumulative line sums the program's terms
(transferred credits are counted in "TOTAL CREDITOS TRANSFERIDOS" and not in the averages).
The certificate's truth level is "diploma" (a post-baccalaureate certificate, one year); the
bachelor's it builds on appears only as the "Grado previo" line.
"""

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LETTER, Page
from .r15_af_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, cur, es_date, k,
                            natural, pattern_paper, r2, sign_block, dry_seal, ES_MONTHS)

PR_MT = """
## 1 TR
BIOL 3101 | BIOLOGIA GENERAL I | 4 | B
BIOL 3102 | BIOLOGIA GENERAL II | 4 | B
QUIM 3001 | QUIMICA GENERAL I | 4 | C
QUIM 3002 | QUIMICA GENERAL II | 4 | C
QUIM 3031 | QUIMICA ORGANICA I | 4 | C
QUIM 3032 | QUIMICA ORGANICA II | 4 | C
FISI 3011 | FISICA UNIVERSITARIA I | 3 | O
MATE 3018 | PRECALCULO | 3 | M
BIOL 3770 | MICROBIOLOGIA GENERAL | 4 | B
BIOL 3349 | GENETICA | 3 | B
## 1 S1
TMED 4011 | QUIMICA CLINICA I | 4 | P
TMED 4021 | HEMATOLOGIA Y COAGULAC | 4 | P
TMED 4031 | MICROBIOLOGIA CLINICA I | 4 | P
TMED 4041 | INMUNOLOGIA Y SEROLOGIA | 3 | ?B
TMED 4051 | URINALISIS Y FLUIDOS CORP | 2 | P
TMED 4061 | GERENCIA DE LAB CLINICO | 1 | P
## 1 S2
TMED 4012 | QUIMICA CLINICA II | 3 | P
TMED 4032 | MICROBIOLOGIA CLINICA II | 3 | P
TMED 4071 | INMUNOHEMATOLOGIA | 4 | P
TMED 4081 | PARASITOLOGIA CLINICA | 2 | P
TMED 4095 | PRACTICA CLINICA QUIMICA | 4 | P | chemistry,urinalysis
TMED 4096 | PRACTICA CLINICA HEMATOL | 3 | P | hematology
## 1 SU
TMED 4097 | PRACTICA CLINICA MICROBIO | 4 | P | microbiology
TMED 4098 | PRACTICA CLIN BANCO SANGR | 3 | P | blood_bank
TMED 4099 | PRACTICA CLIN INMUNOLOGIA | 2 | P | immunology
"""

PR_BIO = """
## 1 S1
BIOL 3101 | BIOLOGIA GENERAL I | 4 | B
QUIM 3001 | QUIMICA GENERAL I | 4 | C
MATE 3018 | PRECALCULO | 3 | M
INGL 3101 | INGLES BASICO I | 3 | O
ESPA 3101 | ESPANOL BASICO I | 3 | O
## 1 S2
BIOL 3102 | BIOLOGIA GENERAL II | 4 | B
QUIM 3002 | QUIMICA GENERAL II | 4 | C
MATE 3021 | CALCULO I | 4 | M
INGL 3102 | INGLES BASICO II | 3 | O
ESPA 3102 | ESPANOL BASICO II | 3 | O
## 2 S1
QUIM 3031 | QUIMICA ORGANICA I | 4 | C
BIOL 3349 | GENETICA | 3 | B
FISI 3011 | FISICA UNIVERSITARIA I | 4 | O
CISO 3121 | INTROD CIENCIAS SOCIALES | 3 | O
## 2 S2
QUIM 3032 | QUIMICA ORGANICA II | 4 | C
BIOL 3770 | MICROBIOLOGIA GENERAL | 4 | B
FISI 3012 | FISICA UNIVERSITARIA II | 4 | O
HUMA 3111 | INTROD HUMANIDADES | 3 | O
## 3 S1
BIOL 4015 | BIOLOGIA CELULAR | 3 | B
QUIM 3450 | BIOQUIMICA | 4 | C
BIOL 3300 | ECOLOGIA GENERAL | 3 | B
ESTA 3041 | ESTADISTICA | 3 | M
## 3 S2
BIOL 4365 | INMUNOLOGIA | 3 | ?B
BIOL 3710 | FISIOLOGIA ANIMAL | 4 | B
BIOL 4990 | INVESTIGACION SUBGRADUADA | 3 | O
ECON 3021 | PRINCIPIOS DE ECONOMIA | 3 | O
## 4 S1
BIOL 4350 | BIOLOGIA MOLECULAR | 3 | B
BIOL 4405 | EMBRIOLOGIA | 4 | B
BIOL 3425 | ZOOLOGIA | 4 | B
LITE 3011 | LITERATURA UNIVERSAL | 3 | O
## 4 S2
BIOL 4550 | EVOLUCION | 3 | B
BIOL 4556 | PARASITOLOGIA | 3 | B
BIOL 4991 | SEMINARIO EN BIOLOGIA | 1 | O
HIST 3241 | HISTORIA DE PUERTO RICO | 3 | O
"""

PR_NURS = """
## 1 S1
BIOL 3101 | BIOLOGIA GENERAL I | 4 | B
QUIM 3001 | QUIMICA GENERAL I | 4 | C
ENFE 3001 | INTROD A LA ENFERMERIA | 3 | O
INGL 3101 | INGLES BASICO I | 3 | O
## 1 S2
BIOL 3711 | ANATOMIA Y FISIOLOGIA I | 4 | B
MATE 3001 | MATEMATICA GENERAL | 3 | M
ENFE 3005 | FUNDAMENTOS ENFERMERIA | 4 | O
PSIC 3001 | PSICOLOGIA GENERAL | 3 | O
## 2 S1
BIOL 3712 | ANATOMIA Y FISIOLOGIA II | 4 | B
BIOL 3713 | MICROBIOLOGIA ENFERMERIA | 3 | B
ENFE 3015 | FARMACOLOGIA | 3 | O
ENFE 3016 | PRACTICA ENFERMERIA I | 3 | O
## 2 S2
ENFE 3020 | ENFERMERIA ADULTO I | 4 | O
ENFE 3021 | PRACTICA ADULTO I | 4 | O
ESTA 3041 | ESTADISTICA | 3 | M
## 3 S1
ENFE 4010 | ENFERMERIA MATERNO INFANT | 4 | O
ENFE 4011 | PRACTICA MATERNO INFANTIL | 4 | O
ENFE 4015 | SALUD MENTAL | 3 | O
## 3 S2
ENFE 4020 | ENFERMERIA PEDIATRICA | 4 | O
ENFE 4021 | PRACTICA PEDIATRICA | 4 | O
ENFE 4030 | INVESTIGACION ENFERMERIA | 3 | O
## 4 S1
ENFE 4040 | ENFERMERIA ADULTO II | 4 | O
ENFE 4041 | PRACTICA ADULTO II | 4 | O
ENFE 4050 | SALUD DE LA COMUNIDAD | 3 | O
## 4 S2
ENFE 4060 | LIDERAZGO EN ENFERMERIA | 3 | O
ENFE 4061 | INTERNADO ENFERMERIA | 6 | O
"""

PROG = {"pr_mt": ("Tecnología Médica (Post Bachillerato)", "CERTIFICADO OTORGADO"),
        "pr_bio": ("Bachillerato en Ciencias en Biología", "GRADO OTORGADO"),
        "pr_nurs": ("Bachillerato en Ciencias de Enfermería", "GRADO OTORGADO")}
PRIOR = ["Universidad Borincana, Recinto de Arecibo", "Universidad de la Cordillera Central, Recinto de Cayey",
         "Colegio Universitario del Oeste, Recinto de Mayagüez", "Universidad Borincana, Recinto de Humacao"]

PR_INST = [
    Institution("Universidad Borincana", "San Juan", "Puerto Rico", "PR", "Recinto de Ciencias Médicas, Apartado 36500",
                ("pr_mt", "pr_bio", "pr_nurs"), "university",
                extra={"ini": "UB", "recinto": "RECINTO DE CIENCIAS MEDICAS"}),
    Institution("Universidad de la Cordillera Central", "San Juan", "Puerto Rico", "PR",
                "Recinto de Ciencias de la Salud, Calle Barbosa 400", ("pr_mt", "pr_bio", "pr_nurs"), "university",
                extra={"ini": "UCC", "recinto": "RECINTO DE CIENCIAS DE LA SALUD"}),
]

PACK = K.CountryPack(
    code="PR", name="Puerto Rico",
    given={"F": ["Yarimar", "Keishla", "Nilda", "Glorimar", "Zuleika", "María", "Coral", "Yesenia", "Natalia",
                 "Aixa"],
           "M": ["Jomar", "Luis", "Ángel", "Héctor", "Edwin", "José", "Yadiel", "Carlos", "Xavier", "Orlando"]},
    surnames=["Rivera Colón", "Santiago Ortiz", "Rodríguez Vélez", "Cruz Maldonado", "Ortiz Quiñones",
              "Torres Figueroa", "Vázquez Medina", "Negrón Rosado", "Pagán Acevedo", "Colón Berríos",
              "Díaz Irizarry", "Meléndez Soto"],
    middle={"F": [], "M": []},
    institutions=PR_INST,
    employers=[
        Employer("Hospital Metropolitano del Yunque", "Río Grande", "Puerto Rico", "PR", "Carr. 3 Km 24.1",
                 "(787) 888-1200", "recursoshumanos@hmyunque.example"),
        Employer("Hospital San Rafael Arcángel de Ponce", "Ponce", "Puerto Rico", "PR", "Ave. Las Américas 2500",
                 "(787) 842-3000", "rrhh@hsraponce.example"),
        Employer("Centro Médico del Noroeste", "Aguadilla", "Puerto Rico", "PR", "Carr. 2 Km 129.5",
                 "(787) 891-4400", "empleo@cmnoroeste.example"),
        Employer("Laboratorio Clínico Borinquen Inc.", "Bayamón", "Puerto Rico", "PR", "Ave. Main 45, Santa Rosa",
                 "(787) 786-0101", "admin@labborinquen.example", "lab"),
    ],
    signers=["Lcda. Ivelisse Ramos Cintrón", "Sr. Rafael Torres Ayala", "Lcda. Migdalia Pérez Rosa"],
    curricula=[cur("pr_mt", "PR", "Certificado Post Bachillerato en Tecnología Médica", "diploma", 1,
                   "medical_technology", "semester", PR_MT, 8, 6, True),
               cur("pr_bio", "PR", "Bachillerato en Ciencias en Biología", "bachelor", 4, "biology", "semester",
                   PR_BIO, 8, 5),
               cur("pr_nurs", "PR", "Bachillerato en Ciencias de Enfermería", "bachelor", 4, "nursing", "semester",
                   PR_NURS, 8, 5)],
    mls_curriculum="pr_mt", science_curricula=["pr_bio"], nonqualifying_curricula=["pr_nurs"],
    positions_mls=["Tecnólogo Médico I", "Tecnólogo Médico II"],
    positions_science=["Tecnólogo Médico I", "Técnico de Laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"8{rng.randint(0, 9)}{rng.randint(0, 9)}-{sy % 100:02d}-{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("PR", {
    "blood_bank": ["Banco de Sangre"], "chemistry": ["Química Clínica"], "hematology": ["Hematología"],
    "microbiology": ["Microbiología"], "immunology": ["Inmunología"], "urinalysis": ["Urinálisis"],
    "molecular": ["Biología Molecular"], "phlebotomy": ["Flebotomía"], "other": ["Patología"]})

PTS = {"A": 4, "B": 3, "C": 2, "D": 1, "F": 0}


def nota(s, salt, r):
    base = r.letter[0]
    if k(s, salt) % 9 == 0 and base == "A":
        base = "B"
    return base


def pr_transcript(s, person, rng):
    inst, cu = s.institution, s.curriculum
    M, MB = "Courier", "Courier-Bold"
    nm = natural(person)
    prog, otorg = PROG[cu.id]
    W, H = LETTER
    L = 46
    fz = 8.4
    cw = 8.4 * 0.6        # the mono face's advance: columns by character positions
    col = [0, 11, 16, 43, 47, 53]
    pages = []
    st = {"p": None, "y": 0}

    def at(c):
        return L + col[c] * cw

    def line(p, y, cells, font=M):
        p.pieces(y, [(at(i), v, "left") for i, v in enumerate(cells) if v], font, fz)

    def new_page():
        p = Page(LETTER)
        pages.append(p)
        st["p"] = p
        pattern_paper(p, inst.extra["ini"] + " " + inst.extra["ini"], 7, 0.9)
        p.text(W / 2, 42, inst.name.upper(), MB, 10, "center")
        p.text(W / 2, 54, inst.extra["recinto"], M, 9, "center")
        p.text(W / 2, 66, "OFICINA DEL REGISTRADOR", M, 9, "center")
        p.text(W / 2, 84, "TRANSCRIPCIÓN DE CRÉDITOS OFICIAL", MB, 10, "center")
        y = 104
        p.text(L, y, f"Nombre: {nm.upper()}", M, fz)
        p.text(W / 2 + 20, y, f"Núm. Estudiante: {s.student_no}", M, fz)
        y += 11
        p.text(L, y, f"Programa: {prog}", M, fz)
        y += 11
        if cu.id == "pr_mt":
            p.text(L, y, "Escuela: Escuela de Profesiones de la Salud", M, fz)
            y += 11
            prev = PRIOR[k(s, "prior") % len(PRIOR)]
            p.text(L, y, f"Grado previo: B.S. Biología, {prev}, {ES_MONTHS[4]} {s.terms[0].start_year}", M, fz)
            y += 11
        p.hline(L, W - L, y - 4, 0.5)
        y += 8
        line(p, y, ["CURSO", "SEC", "TITULO", "CR", "NOTA", "PH"], MB)
        p.hline(L, W - L, y + 4, 0.5)
        st["y"] = y + 18
        return p

    def need(n):
        if st["y"] + n * 11 > H - 70:
            new_page()

    new_page()
    out = []
    cum = {"i": 0.0, "a": 0.0, "p": 0.0, "g": 0.0}
    trans = 0.0
    for ti, t in enumerate(s.terms):
        sy = t.start_year
        if t.key == "TR":
            caption = "CRÉDITOS TRANSFERIDOS"
        elif t.key == "S1":
            caption = f"PRIMER SEMESTRE {sy}-{sy + 1}"
        elif t.key == "S2":
            caption = f"SEGUNDO SEMESTRE {sy}-{sy + 1}"
        else:
            caption = f"VERANO {sy + 1}"
        need(3 + len(t.results))
        p = st["p"]
        p.text(L, st["y"], caption, MB, fz)
        st["y"] += 12
        ti_ = ta = tp = tg = 0.0
        for j, r in enumerate(t.results):
            cr = r.spec.credits
            need(1)
            p = st["p"]
            if t.key == "TR":
                g = nota(s, f"t{j}", r)
                line(p, st["y"], [r.spec.code, "", r.spec.title, f"{cr:g}", g, "T"])
                trans += cr
                out.append(course_truth(r, caption, cr, g, "semester", code=r.spec.code, transfer=True))
            else:
                sec = f"{1 + k(s, f's{ti}.{j}') % 3:03d}"
                practica = r.spec.areas or "PRACTICA" in r.spec.title
                g = "P" if practica else nota(s, f"n{ti}.{j}", r)
                pts = None if g == "P" else PTS[g] * cr
                line(p, st["y"], [r.spec.code, sec, r.spec.title, f"{cr:g}", g,
                                  "" if pts is None else f"{pts:g}"])
                ti_ += cr
                ta += cr
                if pts is not None:
                    tp += pts
                    tg += cr
                out.append(course_truth(r, caption, cr, g, "semester", code=r.spec.code, section=sec,
                                        honor_points=pts))
            st["y"] += 11
        p = st["p"]
        if t.key == "TR":
            p.text(at(2), st["y"] + 2, f"TOTAL CREDITOS TRANSFERIDOS: {trans:g}", M, fz)
            st["y"] += 22
            continue
        cum["i"] += ti_
        cum["a"] += ta
        cum["p"] += tp
        cum["g"] += tg
        prom = f"{r2(tp / tg):.2f}" if tg else "0.00"
        cprom = f"{r2(cum['p'] / cum['g']):.2f}" if cum["g"] else "0.00"
        p.text(at(2), st["y"] + 2, f"CRED. INTENT.: {ti_:g} APROB.: {ta:g} PUNTOS: {tp:g} PROMEDIO: {prom}", M, fz)
        p.text(at(2), st["y"] + 13, f"ACUMULADO: CRED. INTENT.: {cum['i']:g} APROB.: {cum['a']:g} "
                                    f"PUNTOS: {cum['p']:g} PROMEDIO: {cprom}", M, fz)
        st["y"] += 32
    need(12)
    p, y = st["p"], st["y"] + 4
    p.text(L, y, "*" * 30 + " FIN DE EXPEDIENTE " + "*" * 30, M, fz)
    y += 18
    p.text(L, y, f"{otorg}: {es_date(s.conferred).upper()}", MB, fz)
    y += 12
    p.text(L, y, f"PROMEDIO GENERAL: {r2(cum['p'] / cum['g']):.2f}", MB, fz)
    y += 12
    tot = cum["a"] + trans
    p.text(L, y, f"TOTAL CREDITOS APROBADOS: {cum['a']:g}" + (f" TRANSFERIDOS: {trans:g} TOTAL: {tot:g}"
                                                               if trans else ""), M, fz)
    y += 16
    p.text(L, y, "ESCALA: A=4 B=3 C=2 D=1 F=0 P=APROBADO NP=NO APROBADO T=TRANSFERIDO W=BAJA", M, 7.4)
    y += 16
    p.text(L, y, "Esta transcripción no es válida sin el sello de la Universidad ni con alteraciones", M, 7.6)
    y += 60
    sign_block(p, rng, W - 160, y, "Registrador(a)", M, 8.5, 180)
    dry_seal(p, W - 310, y - 16, 30, 0.6)
    issue = s.conferred
    p.text(L, y, f"Fecha: {issue.strftime('%m/%d/%Y')}", M, 8)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(W - L, H - 30, f"PAGINA {q} DE {n}", M, 7.5, "right")
    return LayoutResult("transcript", "af_pr_transcripcion", FAMILY, by_reading_order(pages), [nm.upper()], out,
                        "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"af_pr_transcripcion": (pr_transcript, FAMILY, ("PR",))}
