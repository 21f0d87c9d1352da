"""Writer AE, round 15: Czech Republic (CZ). Country pack (invented universities: a Faculty of Health
Sciences' bachelor programme "Specializace ve zdravotnictví", obor "Zdravotní laborant", three
years, 180 kreditů; a Faculty of Science's bachelor "Biologie"; the nursing bachelor "Všeobecná
sestra") and the "VÝPIS STUDIJNÍCH VÝSLEDKŮ" printed from the study information system: A4
LANDSCAPE, small sans-serif, Czech only; the head "Jméno a příjmení", "Datum narození", "Studijní
program", "Studijní obor", "Forma studia: prezenční", "Osobní číslo: R14123"; ONE continuous table
sorted by academic year then semester, the year and the semester as COLUMNS and no captions:
Ak. rok | Sem. (ZS / LS) | Zkratka ("KBI/BIOCH1") | Název předmětu | Stat. (A / B / C) | Kr. |
Ukon. (Zk, Zp, Kz, Zp+Zk) | Zápočet (date and "Z") | Zkouška (date and "výborně (1)"...; a failed
exam and its retake in the same cell on two lines) | Pokus. The end: "Celkem získaných kreditů",
"Vážený studijní průměr", the Státní závěrečná zkouška with its graded parts and date, the study
department's stamp and signature.

Truth: credit_system "ects" (Czech credits are ECTS credits: 60 a year; 2 = 1 SH). Every subject is
one row (its failed attempts live in the same cell): grade = the result that counted ("dobře (3)";
"Z" for a subject completed by zápočet only), `attempt` = Pokus, `attempts` lists the printed exam
lines. The weighted average is Σ(credits × grade) / Σ credits over the graded subjects' counted
grades, to two decimals (failed attempts left out). The SZZ parts are not course rows (no credits).
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Page, fit_size
from .r15_ae_common import FAMILY, add_department_phrases, comma, course_truth, dmy, k, ring_stamp, sign_block

# "code | title | credits | cat [| areas] | status;form"
CZ_ZL = """
## 1 S1
KBI/BIOL1 | Biologie člověka | 5 | B | A;Zp+Zk
KCH/OCH1 | Obecná a anorganická chemie | 5 | C | A;Zp+Zk
KAN/ANAT | Anatomie | 4 | B | A;Zk
KFY/BFYZ | Biofyzika | 3 | O | A;Zk
UKL/ZLAB1 | Základy laboratorní techniky | 4 | ?P | A;Kz
KOS/PRVP | První pomoc | 2 | O | A;Zp
KJA/ANG1 | Anglický jazyk 1 | 2 | O | A;Zp
UKL/ODPR1 | Odborná praxe 1 | 3 | P | A;Zp
KOS/ETIK | Etika ve zdravotnictví | 2 | O | B;Zp
## 1 S2
KCH/OCH2 | Organická chemie | 4 | C | A;Zp+Zk
KBI/BIOCH1 | Biochemie 1 | 5 | C | A;Zp+Zk
KFZ/FYZ | Fyziologie | 5 | B | A;Zk
KMI/MIKR1 | Obecná mikrobiologie | 4 | B | A;Zp+Zk
KMA/BSTA | Biostatistika | 3 | M | A;Kz
KJA/ANG2 | Anglický jazyk 2 | 2 | O | A;Zp
UKL/ODPR2 | Odborná praxe 2 | 4 | P | A;Zp
KOS/PSYC | Psychologie a komunikace ve zdravotnictví | 3 | O | B;Zk
## 2 S1
KBI/BIOCH2 | Biochemie 2 | 4 | C | A;Zp+Zk
UKL/KBIO1 | Klinická biochemie 1 | 5 | ?P | A;Zp+Zk
UKL/HEM1 | Hematologie 1 | 5 | P | A;Zp+Zk
KMI/MIKR2 | Lékařská mikrobiologie 1 | 5 | P | A;Zp+Zk
KPA/PATO | Obecná patologie | 3 | P | A;Zk
UKL/ODPR3 | Odborná praxe 3 | 4 | P | A;Zp
KVZ/VZDR | Veřejné zdravotnictví a epidemiologie | 2 | O | B;Kz
KJA/ANG3 | Odborná angličtina pro zdravotní laboranty | 2 | O | C;Zp
## 2 S2
UKL/KBIO2 | Klinická biochemie 2 | 5 | ?P | A;Zp+Zk
UKL/HEM2 | Hematologie 2 | 5 | P | A;Zp+Zk
KMI/MIKR3 | Lékařská mikrobiologie 2 | 4 | P | A;Zp+Zk
KIM/IMUN | Imunologie | 4 | ?B | A;Zk
UKL/ODPR4 | Odborná praxe 4 | 8 | P | chemistry,hematology,microbiology | A;Zp
KBI/GENE | Genetika | 2 | B | B;Zk
KOS/LEGI | Zdravotnická legislativa | 2 | O | A;Zp
## 3 S1
UKL/TRAN | Transfuzní služba a imunohematologie | 5 | P | A;Zp+Zk
UKL/HIST | Histologické a cytologické vyšetřovací metody | 4 | P | A;Zp+Zk
UKL/MOLB | Molekulárně biologické metody v laboratorní diagnostice | 4 | P | A;Zk
UKL/TOXI | Toxikologie a analýza léčiv | 3 | ?P | B;Kz
UKL/KVAL | Řízení kvality v klinické laboratoři | 3 | P | A;Kz
UKL/SEM1 | Seminář k bakalářské práci 1 | 3 | O | A;Zp
UKL/ODPR5 | Odborná praxe 5 | 6 | P | blood_bank,other | A;Zp
KOS/INFO | Zdravotnická informatika | 2 | O | C;Zp
## 3 S2
UKL/BPRA | Bakalářská práce | 10 | O | A;Zp
UKL/SEM2 | Seminář k bakalářské práci 2 | 4 | O | A;Zp
UKL/ODPR6 | Odborná praxe 6 | 10 | P | chemistry,hematology,microbiology,blood_bank | A;Zp
UKL/PARA | Parazitologie a mykologie | 3 | P | A;Zp+Zk
UKL/MANA | Management zdravotnické laboratoře | 3 | P | B;Kz
"""

CZ_BIO = """
## 1 S1
KBO/OBIO | Obecná biologie | 6 | B | A;Zp+Zk
KAC/OCH | Obecná chemie | 6 | C | A;Zp+Zk
KMA/MAT1 | Matematika pro biology | 5 | M | A;Zk
KBO/BOT1 | Morfologie a anatomie rostlin | 5 | B | A;Zp+Zk
KZO/ZOO1 | Zoologie bezobratlých | 6 | B | A;Zp+Zk
KJA/ANG1 | Anglický jazyk 1 | 2 | O | A;Zp
## 1 S2
KOC/ORG | Organická chemie | 6 | C | A;Zp+Zk
KBO/BOT2 | Systematika rostlin | 5 | B | A;Zp+Zk
KZO/ZOO2 | Zoologie obratlovců | 6 | B | A;Zp+Zk
KFY/FYZ | Fyzika pro biology | 5 | O | A;Zk
KMA/BSTA | Biostatistika | 4 | M | A;Kz
KJA/ANG2 | Anglický jazyk 2 | 4 | O | A;Zp
## 2 S1
KBC/BCH1 | Biochemie | 6 | C | A;Zp+Zk
KGE/GEN | Genetika | 6 | B | A;Zp+Zk
KMI/MIKR | Mikrobiologie | 6 | B | A;Zp+Zk
KFR/FYZR | Fyziologie rostlin | 6 | B | A;Zk
KEK/EKO | Ekologie | 6 | ?B | B;Zk
## 2 S2
KFZ/FYZZ | Fyziologie živočichů | 6 | B | A;Zp+Zk
KBB/BCB | Buněčná biologie | 6 | B | A;Zp+Zk
KAC/ANCH | Analytická chemie | 6 | C | A;Zp+Zk
KIM/IMUN | Imunologie | 6 | ?B | B;Zk
KEK/TERP | Terénní praxe | 6 | O | A;Zp
## 3 S1
KBB/MOLB | Molekulární biologie | 6 | B | A;Zp+Zk
KZO/ETOL | Etologie | 6 | B | B;Zk
KGE/EVOL | Evoluční biologie | 6 | B | A;Zk
KBO/SEM1 | Seminář k bakalářské práci 1 | 6 | O | A;Zp
KIN/BINF | Bioinformatika | 6 | O | C;Kz
## 3 S2
KBO/BPRA | Bakalářská práce | 20 | O | A;Zp
KBO/SEM2 | Seminář k bakalářské práci 2 | 4 | O | A;Zp
KMI/VIR | Virologie | 6 | ?B | B;Zk
"""

CZ_NUR = """
## 1 S1
KOS/OSE1 | Ošetřovatelství 1 | 6 | O | A;Zp+Zk
KAN/ANAT | Anatomie | 5 | B | A;Zk
KOS/OPE1 | Ošetřovatelské postupy 1 | 6 | O | A;Kz
KOS/PSYC | Psychologie | 3 | O | A;Zk
KOS/KLP1 | Klinická praxe 1 | 10 | O | A;Zp
## 1 S2
KFZ/FYZ | Fyziologie | 5 | B | A;Zk
KOS/OSE2 | Ošetřovatelství 2 | 6 | O | A;Zp+Zk
KMI/MIKR | Mikrobiologie a epidemiologie | 4 | ?B | A;Zk
KOS/FARM | Farmakologie | 5 | O | A;Zk
KOS/KLP2 | Klinická praxe 2 | 10 | O | A;Zp
## 2 S1
KOS/INT1 | Ošetřovatelská péče ve vnitřním lékařství | 8 | O | A;Zp+Zk
KOS/CHIR | Ošetřovatelská péče v chirurgii | 8 | O | A;Zp+Zk
KOS/KLP3 | Klinická praxe 3 | 14 | O | A;Zp
## 2 S2
KOS/PED | Ošetřovatelská péče v pediatrii | 8 | O | A;Zp+Zk
KOS/GER | Ošetřovatelská péče v geriatrii | 8 | O | A;Zk
KOS/KLP4 | Klinická praxe 4 | 14 | O | A;Zp
## 3 S1
KOS/PSY | Ošetřovatelská péče v psychiatrii | 8 | O | A;Zk
KOS/MAN | Management v ošetřovatelství | 6 | O | A;Kz
KOS/KLP5 | Klinická praxe 5 | 16 | O | A;Zp
## 3 S2
KOS/BPRA | Bakalářská práce | 10 | O | A;Zp
KOS/KLP6 | Klinická praxe 6 | 20 | O | A;Zp
"""


def parse_cz(text):
    lines, tags = [], {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("##"):
            lines.append(line)
            continue
        parts = [p.strip() for p in line.split("|")]
        tags[parts[0]] = parts[-1]
        lines.append(" | ".join(parts[:-1]))
    return C._parse("\n".join(lines)), tags


_T1, G1 = parse_cz(CZ_ZL)
_T2, G2 = parse_cz(CZ_BIO)
_T3, G3 = parse_cz(CZ_NUR)
TAGS = {"cz_zl": G1, "cz_bio": G2, "cz_vs": G3}

PROGRAM = {"cz_zl": ("Specializace ve zdravotnictví", "Zdravotní laborant", "fzv"),
           "cz_bio": ("Biologie", "Biologie", "prf"),
           "cz_vs": ("Ošetřovatelství", "Všeobecná sestra", "fzv")}
SZZ = {"cz_zl": ["Obhajoba bakalářské práce", "Klinická biochemie", "Hematologie a transfuzní služba",
                 "Klinická mikrobiologie"],
       "cz_bio": ["Obhajoba bakalářské práce", "Obecná biologie", "Biochemie a genetika"],
       "cz_vs": ["Obhajoba bakalářské práce", "Ošetřovatelství", "Klinické obory"]}

CZ_INST = [
    Institution("Hanácká univerzita v Olomouci", "Olomouc", "Olomoucký kraj", "CZ", "Křížkovského 14",
                ("cz_zl", "cz_bio", "cz_vs"), "university",
                extra={"fzv": "Fakulta zdravotnických věd", "prf": "Přírodovědecká fakulta",
                       "rector": "prof. RNDr. Pavel Hradil, CSc.", "dean": "doc. MUDr. Jana Kolaříková, Ph.D.",
                       "dean_prf": "prof. RNDr. Tomáš Vyhnálek, Ph.D.", "loc": "Olomouci"}),
    Institution("Polabská univerzita v Kolíně", "Kolín", "Středočeský kraj", "CZ", "Havlíčkova 640",
                ("cz_zl", "cz_bio", "cz_vs"), "university",
                extra={"fzv": "Fakulta zdravotnických studií", "prf": "Fakulta přírodních věd",
                       "rector": "prof. Ing. Milan Beneš, CSc.", "dean": "doc. PhDr. Ilona Šťastná, Ph.D.",
                       "dean_prf": "doc. RNDr. Karel Sýkora, Ph.D.", "loc": "Kolíně"}),
]


def _cur(cid, title, field, terms, clin=False):
    return C.Curriculum(cid, "CZ", title, "bachelor", 3, field, "ects", terms, 9, 6, clinical_training=clin)


PACK = K.CountryPack(
    code="CZ", name="Czech Republic",
    given={"F": ["Tereza", "Kateřina", "Lucie", "Veronika", "Michaela", "Barbora", "Petra", "Markéta", "Eliška",
                 "Klára"],
           "M": ["Jakub", "Tomáš", "Lukáš", "Martin", "Ondřej", "Petr", "Jan", "Vojtěch", "David", "Filip"]},
    surnames=["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný",
              "Marek", "Pospíšil", "Hájek", "Král"],
    middle={"F": [], "M": []},
    institutions=CZ_INST,
    employers=[
        Employer("Fakultní nemocnice Haná", "Olomouc", "Olomoucký kraj", "CZ", "I. P. Pavlova 185/6",
                 "+420 588 441 111", "personalni@fnhana.example"),
        Employer("Oblastní nemocnice Polabí, a.s.", "Kolín", "Středočeský kraj", "CZ", "Žižkova 146",
                 "+420 321 756 111", "personalni@onpolabi.example"),
        Employer("Krajská nemocnice Vysočina", "Jihlava", "Kraj Vysočina", "CZ", "Vrchlického 59",
                 "+420 567 157 111", "pers@knvysocina.example"),
        Employer("Laboratoře MEDILAB Morava s.r.o.", "Přerov", "Olomoucký kraj", "CZ", "Dvořákova 75",
                 "+420 581 292 400", "kariera@medilab-morava.example", "lab"),
    ],
    signers=["Ing. Hana Zemanová", "Mgr. Pavel Růžička", "Bc. Lenka Dostálová"],
    curricula=[_cur("cz_zl", "Bakalář (Bc.), studijní program Specializace ve zdravotnictví, obor Zdravotní laborant",
                    "medical_laboratory_science", _T1, True),
               _cur("cz_bio", "Bakalář (Bc.), studijní program Biologie", "biology", _T2),
               _cur("cz_vs", "Bakalář (Bc.), studijní program Ošetřovatelství, obor Všeobecná sestra", "nursing", _T3)],
    mls_curriculum="cz_zl", science_curricula=["cz_bio"], nonqualifying_curricula=["cz_vs"],
    positions_mls=["zdravotní laborant"],
    positions_science=["laborant", "odborný pracovník v laboratorních metodách"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"R{sy % 100:02d}{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("CZ", {
    "blood_bank": ["Transfuzní oddělení"], "chemistry": ["Oddělení klinické biochemie"],
    "hematology": ["Hematologicko-transfuzní oddělení"], "microbiology": ["Oddělení klinické mikrobiologie"],
    "immunology": ["Oddělení alergologie a klinické imunologie"], "urinalysis": ["Laboratoř močového sedimentu"],
    "molecular": ["Laboratoř molekulární genetiky"], "phlebotomy": ["Odběrové centrum"],
    "other": ["Oddělení patologie"]})

FEM = {"Novák": "Nováková", "Svoboda": "Svobodová", "Dvořák": "Dvořáková", "Černý": "Černá",
       "Procházka": "Procházková", "Kučera": "Kučerová", "Veselý": "Veselá", "Horák": "Horáková",
       "Němec": "Němcová", "Pokorný": "Pokorná", "Marek": "Marková", "Pospíšil": "Pospíšilová", "Hájek": "Hájková",
       "Král": "Králová"}


def cz_fix(person, job=None):
    """Czech family names take the woman's form (-ová, -á; the pack lists the man's). Every CZ layout
    calls this first, so the person (and the truth built after the documents) carries the printed form."""
    if person.country != "CZ" or person.sex != "F":
        return
    person.surname = FEM.get(person.surname, person.surname)
    if person.married_surname:
        person.married_surname = FEM.get(person.married_surname, person.married_surname)
    if getattr(person, "maiden", None):
        person.maiden = FEM.get(person.maiden, person.maiden)
    if job is not None and job.surname_override:
        job.surname_override = FEM.get(job.surname_override, job.surname_override)


WORDS = {1: "výborně (1)", 2: "velmi dobře (2)", 3: "dobře (3)", 4: "nevyhověl (4)"}


def grade_of(s, salt, r):
    g = 1 if r.score >= 78 else 2 if r.score >= 62 else 3
    d = k(s, salt) % 7
    if d == 0 and g > 1:
        g -= 1
    elif d == 1 and g < 3:
        g += 1
    return g


def cz_transcript(s, person, rng):
    cz_fix(person)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = LANDSCAPE_A4
    L, R = 30, W - 30
    X = [L, L + 50, L + 76, L + 150, L + 428, L + 454, L + 478, L + 520, L + 600, L + 752, R]
    prog, obor, fac = PROGRAM[cur.id]
    fz = 6.9
    pages = []
    st = {"p": None, "y": 0}
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)

    def header(p, y):
        p.hline(L, R, y - 9, 0.7)
        p.pieces(y, [(X[0] + 1, "Ak. rok", "left"), (X[1] + 1, "Sem.", "left"), (X[2] + 1, "Zkratka", "left"),
                     (X[3] + 1, "Název předmětu", "left"), (X[4] + 1, "Stat.", "left"), (X[5] + 1, "Kr.", "left"),
                     (X[6] + 1, "Ukon.", "left"), (X[7] + 1, "Zápočet", "left"), (X[8] + 1, "Zkouška", "left"),
                     (X[9] + 1, "Pokus", "left")], SB, fz)
        p.hline(L, R, y + 3, 0.5)
        return y + 12

    def new_page():
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        st["p"] = p
        p.pieces(30, [(L, f"{inst.name} - {inst.extra[fac]}", "left", SB, 8),
                      (R, f"Tisk: {dmy(s.conferred + dt.timedelta(days=9))}", "right", S, 6.5)])
        if len(pages) == 1:
            p.text(W / 2, 56, "VÝPIS STUDIJNÍCH VÝSLEDKŮ", SB, 12, "center")
            y = 76
            for a, b in ((f"Jméno a příjmení: {nm}", f"Osobní číslo: {s.student_no}"),
                         (f"Datum narození: {dmy(s.dob)}", "Forma studia: prezenční"),
                         (f"Studijní program: {prog}", f"Studijní obor: {obor}")):
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], S, 7.8)
                y += 10.5
            st["y"] = header(p, y + 12)
        else:
            p.text(L, 44, f"{nm}, {s.student_no} - pokračování", S, 6.5)
            st["y"] = header(p, 62)

    new_page()
    out = []
    wsum = csum = 0.0
    tot = 0
    tags = TAGS[cur.id]
    for i, t in enumerate(s.terms):
        ay = f"{t.start_year}/{t.start_year + 1}"
        sem = "ZS" if t.key == "S1" else "LS"
        base = dt.date(t.start_year + 1, 1, 6) if sem == "ZS" else dt.date(t.start_year + 1, 5, 20)
        for j, r in enumerate(t.results):
            stat, form = tags[r.spec.code].split(";")
            zap = ""
            dz = base - dt.timedelta(days=8 + k(s, f"dz{i}.{j}") % 18)
            if "Zp" in form:
                zap = f"{dmy(dz)} Z"
            exam_lines = []
            grade = "Z"
            pokus = 1
            if form != "Zp":
                g = grade_of(s, f"g{i}.{j}", r)
                d = base + dt.timedelta(days=k(s, f"de{i}.{j}") % 24)
                nf = 0
                if form != "Kz" and k(s, f"f{i}.{j}") % 9 == 0:
                    nf = 2 if k(s, f"ff{i}.{j}") % 6 == 0 else 1
                for q in range(nf):
                    exam_lines.append(f"{dmy(d)} {WORDS[4]}")
                    d += dt.timedelta(days=10 + k(s, f"dd{i}.{j}.{q}") % 9)
                g = min(3, g + (1 if nf else 0))
                exam_lines.append(f"{dmy(d)} {WORDS[g]}")
                pokus = nf + 1
                grade = WORDS[g]
                wsum += g * r.spec.credits
                csum += r.spec.credits
            hgt = 10 * max(1, len(exam_lines)) + 1
            if st["y"] + hgt > H - 40:
                new_page()
            p, y = st["p"], st["y"]
            title = r.spec.title
            p.pieces(y, [(X[0] + 1, ay, "left"), (X[1] + 1, sem, "left"), (X[2] + 1, r.spec.code, "left"),
                         (X[3] + 1, title, "left", S, fit_size(title, S, fz, X[4] - X[3] - 4, 5)),
                         (X[4] + 8, stat, "center"), (X[5] + 10, str(int(r.spec.credits)), "right"),
                         (X[6] + 1, form, "left"), (X[7] + 1, zap, "left"),
                         (X[8] + 1, exam_lines[0] if exam_lines else "", "left"),
                         (X[9] + 10, str(pokus) if exam_lines else "", "center")], S, fz)
            for q, ln in enumerate(exam_lines[1:], 1):
                p.text(X[8] + 1, y + 10 * q, ln, S, fz)
            y += hgt
            p.hline(L, R, y - 7.5, 0.15, 0.6)
            st["y"] = y
            tot += r.spec.credits
            out.append(course_truth(r, f"{ay} {sem}", r.spec.credits, grade, "ects", code=r.spec.code,
                                    status=stat, completion=form, attempt=pokus if exam_lines else None,
                                    attempts=exam_lines, zapocet=zap or None))
    avg = round(wsum / csum + 1e-9, 2)
    if st["y"] + 150 > H - 30:
        new_page()
    p, y = st["p"], st["y"] + 10
    p.hline(L, R, y - 8, 0.7)
    p.text(L, y + 4, f"Celkem získaných kreditů: {int(tot)}", SB, 8.5)
    p.text(L, y + 17, f"Vážený studijní průměr: {comma(avg)}", SB, 8.5)
    szz = s.conferred - dt.timedelta(days=12 + k(s, "szz") % 10)
    y += 38
    p.text(L, y, f"Státní závěrečná zkouška - vykonána dne {dmy(szz)}", SB, 8.5)
    tot_g = 0
    for q, part in enumerate(SZZ[cur.id]):
        g = 1 + k(s, f"szz{q}") % 3
        tot_g += g
        p.pieces(y + 12 + 10 * q, [(L + 12, part, "left"), (L + 230, WORDS[g], "left")], S, 7.5)
    y += 12 + 10 * len(SZZ[cur.id])
    res = "prospěl(a) s vyznamenáním" if tot_g / len(SZZ[cur.id]) <= 1.5 and avg <= 1.5 else "prospěl(a)"
    p.text(L + 12, y + 2, f"Celkový výsledek státní závěrečné zkoušky: {res}", S, 7.5)
    sign_block(p, rng, R - 120, y + 26, "za studijní oddělení", S, 7.5, 150)
    ring_stamp(p, R - 260, y + 8, 28, f"{inst.name.upper()} * {inst.extra[fac].upper()} *", "Studijní oddělení")
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 18, f"Strana {q}/{n}", S, 6.5, "right")
    return LayoutResult("transcript", "ae_cz_vypis", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ae_cz_vypis": (cz_transcript, FAMILY, ("CZ",))}
