"""Writer AG, round 16: Slovakia (SK). Country pack (invented universities: a Faculty of Health Care's
bachelor "Laboratórne vyšetrovacie metódy v zdravotníctve", three years, 180 kreditov; a Faculty of
Natural Sciences' bachelor "Biológia"; the nursing bachelor "Ošetrovateľstvo") and the "VÝPIS
VÝSLEDKOV ŠTÚDIA" printed from the academic information system: A4 portrait, small sans-serif,
Slovak only, a grey header band with the university and the faculty, then "Meno a priezvisko",
"Dátum narodenia", "ID študenta", "Študijný program: ... (Bc., denná forma)". One block per academic
year AND semester, captioned in bold "Akademický rok 2014/2015 — Zimný semester" / "— Letný semester",
each with its column header: Kód predmetu ("ZF-LVM/BCH1/14": faculty prefix, subject abbreviation,
year of the syllabus) | Názov predmetu | Typ (P / PV / V) | Kredity | Hodnotenie (A ... E, FX) |
Dátum (the date the result was entered) | Termín ("1. riadny", "1. opravný", "2. opravný") | Stav.
A course failed at the ordinary sitting and passed at a resit is ONE row (the last result, the resit
in Termín). A course failed outright (FX after both resits) is printed in its year with FX and
"neabsolvoval" in Stav, and again the next year in the same semester with its passing grade. Each
block ends with "Získané kredity v semestri: 31   Vážený študijný priemer: 1,72"; the last page holds
the summary (credits earned, the whole-study average), the legend of the scale, "Výpis vyhotovil",
the study department's round stamp (the state emblem drawn in it) and a signature.

Truth: credit_system "ects" (Slovak credits are ECTS credits, 60 a year; 2 = 1 SH). Every printed row
is a course row; the FX row of a course failed outright carries `passed: false` (its credits are not
earned: the truth's totals skip it) and its re-enrolment the next year is a row of its own. grade =
the printed letter; `termin`, `typ`, `date` and `stav` as printed. Averages: Σ(credits × value) /
Σ credits over every row printed in the block (FX = 4 included), two decimals, comma; the earned
credits leave the FX rows out; the whole-study figures are the same over all rows.
"""

import datetime as dt

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r16_ag_common import (FAMILY, SK_FEM, add_department_phrases, comma, course_truth, dmy, emblem_stamp, fem_fix,
                            k, keep_dob, parse_tagged, sign_block)

SK_LVM = """
## 1 S1
ZF-LVM/ANAT1 | Anatómia 1 | 4 | B | =P
ZF-LVM/BIOL | Biológia človeka | 4 | B | =P
ZF-LVM/VACH | Všeobecná a anorganická chémia | 5 | C | =P
ZF-LVM/BFYZ | Biofyzika | 3 | O | =P
ZF-LVM/LATI | Latinský jazyk pre zdravotníkov | 2 | O | =P
ZF-LVM/ULVM | Úvod do laboratórnych vyšetrovacích metód | 4 | ?P | =P
ZF-LVM/PRPO | Prvá pomoc | 2 | O | =P
ZF-LVM/ANJ1 | Anglický jazyk 1 | 2 | O | =PV
ZF-LVM/INFO | Informatika | 2 | O | =PV
ZF-LVM/TV1 | Telesná výchova 1 | 2 | O | =V
## 1 S2
ZF-LVM/ANAT2 | Anatómia 2 | 3 | B | =P
ZF-LVM/FYZ | Fyziológia | 5 | B | =P
ZF-LVM/OCH | Organická chémia | 4 | C | =P
ZF-LVM/BCH1 | Biochémia 1 | 4 | C | =P
ZF-LVM/MIKR1 | Lekárska mikrobiológia 1 | 4 | P | =P
ZF-LVM/OPX1 | Odborná prax 1 (160 h) | 4 | P | chemistry,hematology | P
ZF-LVM/ANJ2 | Anglický jazyk 2 | 2 | O | =PV
ZF-LVM/PSYK | Psychológia a komunikácia | 2 | O | =P
ZF-LVM/TV2 | Telesná výchova 2 | 2 | O | =V
## 2 S1
ZF-LVM/BCH2 | Biochémia 2 | 3 | C | =P
ZF-LVM/KBCH1 | Klinická biochémia 1 | 5 | ?P | =P
ZF-LVM/HEM1 | Hematológia 1 | 5 | P | =P
ZF-LVM/MIKR2 | Lekárska mikrobiológia 2 | 4 | P | =P
ZF-LVM/PATO | Patológia | 3 | ?O | =P
ZF-LVM/BSTA | Bioštatistika | 2 | M | =PV
ZF-LVM/OPX2 | Odborná prax 2 (160 h) | 5 | P | microbiology | P
ZF-LVM/ETIK | Etika v zdravotníctve | 2 | O | =P
ZF-LVM/TV3 | Telesná výchova 3 | 1 | O | =V
## 2 S2
ZF-LVM/KBCH2 | Klinická biochémia 2 | 5 | ?P | =P
ZF-LVM/HEM2 | Hematológia 2 | 5 | P | =P
ZF-LVM/IMUN | Imunológia | 4 | ?B | =P
ZF-LVM/PARA | Parazitológia | 3 | P | =P
ZF-LVM/HIST | Histologické a cytologické metódy | 4 | P | =P
ZF-LVM/OPX3 | Odborná prax 3 (160 h) | 5 | P | blood_bank,hematology | P
ZF-LVM/VZDR | Verejné zdravotníctvo | 2 | O | =PV
ZF-LVM/MANZ | Manažment v zdravotníctve | 2 | O | =V
## 3 S1
ZF-LVM/KBCH3 | Klinická biochémia 3 | 4 | ?P | =P
ZF-LVM/TRAN | Imunohematológia a transfúzna služba | 5 | P | =P
ZF-LVM/MOLB | Molekulárna biológia v laboratórnej diagnostike | 4 | ?B | =P
ZF-LVM/TOXI | Toxikológia | 3 | ?O | =PV
ZF-LVM/KVAL | Manažment kvality v laboratóriu | 3 | P | =P
ZF-LVM/SBP1 | Seminár k bakalárskej práci 1 | 2 | O | =P
ZF-LVM/OPX4 | Odborná prax 4 (240 h) | 6 | P | chemistry,hematology,microbiology,blood_bank | P
ZF-LVM/LEGI | Zdravotnícka legislatíva | 2 | O | =PV
ZF-LVM/ANJ3 | Odborná angličtina | 1 | O | =V
## 3 S2
ZF-LVM/SBP2 | Seminár k bakalárskej práci 2 | 4 | O | =P
ZF-LVM/BPRA | Bakalárska práca s obhajobou | 12 | O | =P
ZF-LVM/VIRO | Virológia | 3 | ?B | =PV
ZF-LVM/CYTG | Cytogenetika | 3 | B | =PV
ZF-LVM/AUTO | Automatizácia v laboratórnej diagnostike | 4 | ?P | =P
ZF-LVM/MOCH | Vyšetrenie moču a telesných tekutín | 4 | P | =P
"""

SK_BIO = """
## 1 S1
PF-BIO/VBIO | Všeobecná biológia | 6 | B | =P
PF-BIO/VCHE | Všeobecná chémia | 6 | C | =P
PF-BIO/MAT1 | Matematika pre biológov | 6 | M | =P
PF-BIO/ZOO1 | Zoológia bezstavovcov | 6 | B | =P
PF-BIO/BOT1 | Morfológia rastlín | 4 | B | =P
PF-BIO/ANJ1 | Anglický jazyk 1 | 2 | O | =PV
## 1 S2
PF-BIO/OCHE | Organická chémia | 6 | C | =P
PF-BIO/ZOO2 | Zoológia stavovcov | 6 | B | =P
PF-BIO/BOT2 | Systematika rastlín | 6 | B | =P
PF-BIO/FYZI | Fyzika pre biológov | 5 | O | =P
PF-BIO/STAT | Štatistika pre biológov | 5 | M | =PV
PF-BIO/ANJ2 | Anglický jazyk 2 | 2 | O | =V
## 2 S1
PF-BIO/BCHE | Biochémia | 6 | C | =P
PF-BIO/GENE | Genetika | 6 | B | =P
PF-BIO/MIKR | Mikrobiológia | 6 | B | =P
PF-BIO/FYZR | Fyziológia rastlín | 6 | B | =P
PF-BIO/EKOL | Ekológia | 6 | ?B | =PV
## 2 S2
PF-BIO/FYZZ | Fyziológia živočíchov | 6 | B | =P
PF-BIO/BUNK | Bunková biológia | 6 | B | =P
PF-BIO/ANCH | Analytická chémia | 6 | C | =P
PF-BIO/IMUN | Imunológia | 6 | ?B | =PV
PF-BIO/TERP | Terénne cvičenia | 6 | O | =P
## 3 S1
PF-BIO/MOLB | Molekulárna biológia | 6 | B | =P
PF-BIO/ETOL | Etológia | 6 | B | =PV
PF-BIO/EVOL | Evolučná biológia | 6 | B | =P
PF-BIO/SBP1 | Seminár k bakalárskej práci 1 | 6 | O | =P
PF-BIO/BINF | Bioinformatika | 6 | O | =V
## 3 S2
PF-BIO/BPRA | Bakalárska práca s obhajobou | 20 | O | =P
PF-BIO/SBP2 | Seminár k bakalárskej práci 2 | 4 | O | =P
PF-BIO/VIRO | Virológia | 6 | ?B | =PV
"""

SK_OSE = """
## 1 S1
ZF-OSE/OSE1 | Ošetrovateľstvo 1 | 6 | O | =P
ZF-OSE/ANAT | Anatómia | 5 | B | =P
ZF-OSE/OTE1 | Ošetrovateľské techniky 1 | 6 | O | =P
ZF-OSE/PSYC | Psychológia | 3 | O | =P
ZF-OSE/KLP1 | Klinická prax 1 (200 h) | 10 | O | =P
## 1 S2
ZF-OSE/FYZ | Fyziológia | 5 | B | =P
ZF-OSE/OSE2 | Ošetrovateľstvo 2 | 6 | O | =P
ZF-OSE/MIKR | Mikrobiológia a epidemiológia | 4 | ?B | =P
ZF-OSE/FARM | Farmakológia | 5 | O | =P
ZF-OSE/KLP2 | Klinická prax 2 (200 h) | 10 | O | =P
## 2 S1
ZF-OSE/VLOS | Ošetrovateľská starostlivosť vo vnútornom lekárstve | 8 | O | =P
ZF-OSE/CHOS | Ošetrovateľská starostlivosť v chirurgii | 8 | O | =P
ZF-OSE/KLP3 | Klinická prax 3 (280 h) | 14 | O | =P
## 2 S2
ZF-OSE/PEOS | Ošetrovateľská starostlivosť v pediatrii | 8 | O | =P
ZF-OSE/GEOS | Ošetrovateľská starostlivosť v geriatrii | 8 | O | =PV
ZF-OSE/KLP4 | Klinická prax 4 (280 h) | 14 | O | =P
## 3 S1
ZF-OSE/PSOS | Ošetrovateľská starostlivosť v psychiatrii | 8 | O | =P
ZF-OSE/MANA | Manažment v ošetrovateľstve | 6 | O | =PV
ZF-OSE/KLP5 | Klinická prax 5 (320 h) | 16 | O | =P
## 3 S2
ZF-OSE/BPRA | Bakalárska práca s obhajobou | 10 | O | =P
ZF-OSE/KLP6 | Klinická prax 6 (400 h) | 20 | O | =P
"""


def _tagged(text):
    # rows with areas carry the tag as a 6th field without "="; rows without areas as "=TAG"
    return parse_tagged(text)


_T1, G1 = _tagged(SK_LVM)
_T2, G2 = _tagged(SK_BIO)
_T3, G3 = _tagged(SK_OSE)
TAGS = {"sk_lvm": G1, "sk_bio": G2, "sk_ose": G3}
PROGRAM = {"sk_lvm": ("Laboratórne vyšetrovacie metódy v zdravotníctve", "Zdravotnícke vedy", "zf"),
           "sk_bio": ("Biológia", "Biológia", "pf"),
           "sk_ose": ("Ošetrovateľstvo", "Ošetrovateľstvo", "zf")}

SK_INST = [
    Institution("Podtatranská univerzita v Poprade", "Poprad", "Prešovský kraj", "SK", "Hviezdoslavova 21",
                ("sk_lvm", "sk_bio", "sk_ose"), "university",
                extra={"zf": "Fakulta zdravotníctva", "pf": "Fakulta prírodných vied",
                       "rector": "prof. MUDr. Ján Štefanko, PhD.", "dean": "doc. PhDr. Mária Hrabovská, PhD.",
                       "dean_pf": "prof. RNDr. Peter Kmeť, CSc.", "loc": "Poprade"}),
    Institution("Univerzita Ponitria v Nitre", "Nitra", "Nitriansky kraj", "SK", "Tr. A. Hlinku 48",
                ("sk_lvm", "sk_bio", "sk_ose"), "university",
                extra={"zf": "Fakulta zdravotníctva a sociálnej práce", "pf": "Fakulta prírodných vied",
                       "rector": "prof. Ing. Milan Šoltés, CSc.", "dean": "doc. MUDr. Eva Krajčovičová, PhD.",
                       "dean_pf": "doc. RNDr. Jozef Baran, PhD.", "loc": "Nitre"}),
]


def _cur(cid, title, field, terms, clin=False):
    from .. import courses as C
    return C.Curriculum(cid, "SK", title, "bachelor", 3, field, "ects", terms, 9, 6, clinical_training=clin)


PACK = K.CountryPack(
    code="SK", name="Slovakia",
    given={"F": ["Zuzana", "Martina", "Lucia", "Katarína", "Jana", "Simona", "Veronika", "Andrea", "Michaela",
                 "Dominika"],
           "M": ["Peter", "Martin", "Tomáš", "Michal", "Lukáš", "Marek", "Juraj", "Matej", "Patrik", "Róbert"]},
    surnames=list(SK_FEM),
    middle={"F": [], "M": []},
    institutions=SK_INST,
    employers=[
        Employer("Nemocnica pod Tatrami, a.s.", "Poprad", "Prešovský kraj", "SK", "Banícka 803/28",
                 "+421 52 555 0111", "personalne@nptatry.example"),
        Employer("Fakultná nemocnica Ponitrie", "Nitra", "Nitriansky kraj", "SK", "Špitálska 6",
                 "+421 37 555 0100", "ludskezdroje@fnponitrie.example"),
        Employer("Všeobecná nemocnica Liptov", "Ružomberok", "Žilinský kraj", "SK", "Gen. Miloša Vesela 21",
                 "+421 44 555 0130", "personalne@vnliptov.example"),
        Employer("LABDIAG Slovensko s.r.o.", "Žilina", "Žilinský kraj", "SK", "Vojtecha Spanyola 43",
                 "+421 41 555 0177", "hr@labdiag-sk.example", "lab"),
    ],
    signers=["Ing. Alena Šimková", "Mgr. Ivana Hrušovská", "Ing. Pavol Gajdoš"],
    curricula=[_cur("sk_lvm", "Bakalár (Bc.), študijný program Laboratórne vyšetrovacie metódy v zdravotníctve",
                    "medical_laboratory_science", _T1, True),
               _cur("sk_bio", "Bakalár (Bc.), študijný program Biológia", "biology", _T2),
               _cur("sk_ose", "Bakalár (Bc.), študijný program Ošetrovateľstvo", "nursing", _T3)],
    mls_curriculum="sk_lvm", science_curricula=["sk_bio"], nonqualifying_curricula=["sk_ose"],
    positions_mls=["zdravotnícky laborant"],
    positions_science=["laborant", "odborný pracovník v laboratóriu"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SK", {
    "blood_bank": ["Oddelenie hematológie a transfuziológie"], "chemistry": ["Oddelenie klinickej biochémie"],
    "hematology": ["Hematologické laboratórium"], "microbiology": ["Oddelenie klinickej mikrobiológie"],
    "immunology": ["Oddelenie klinickej imunológie a alergológie"], "urinalysis": ["Laboratórium analýzy moču"],
    "molecular": ["Laboratórium molekulárnej diagnostiky"], "phlebotomy": ["Odberové pracovisko"],
    "other": ["Oddelenie patológie"]})

VALUE = {"A": 1.0, "B": 1.5, "C": 2.0, "D": 2.5, "E": 3.0, "FX": 4.0}
LETTERS = "ABCDE"


def letter_of(s, salt, r):
    i = 0 if r.score >= 82 else 1 if r.score >= 74 else 2 if r.score >= 66 else 3 if r.score >= 58 else 4
    d = k(s, salt) % 7
    if d == 0 and i > 0:
        i -= 1
    elif d == 1 and i < 4:
        i += 1
    return LETTERS[i]


def failed_course(s):
    """(term index, course index) of a course failed outright and re-enrolled next year, or None."""
    if k(s, "fail") % 3:
        return None
    opts = [(i, j) for i, t in enumerate(s.terms[:2]) for j, r in enumerate(t.results)
            if "prax" not in r.spec.title.lower() and "Telesná" not in r.spec.title and r.spec.credits >= 3]
    return opts[k(s, "failwhich") % len(opts)] if opts else None


def sk_blocks(s):
    """[(term index, [(r, letter, termin, date, failed)])] as printed: a failed course appears in its
    own semester with FX and again two semesters later."""
    fail = failed_course(s)
    blocks = []
    extra = None
    for i, t in enumerate(s.terms):
        winter = t.key == "S1"
        base = dt.date(t.start_year + 1, 1, 12) if winter else dt.date(t.start_year + 1, 5, 25)
        rows = []
        for j, r in enumerate(t.results):
            d = base + dt.timedelta(days=k(s, f"d{i}.{j}") % 24)
            if fail == (i, j):
                rows.append((r, "FX", "2. opravný", d + dt.timedelta(days=24), True))
                extra = (i + 2, r)
                continue
            g = letter_of(s, f"g{i}.{j}", r)
            resit = k(s, f"rs{i}.{j}") % 11
            term = "1. riadny"
            if resit == 0 and "prax" not in r.spec.title.lower():
                term, g, d = "1. opravný", "DE"[k(s, f"rg{i}.{j}") % 2], d + dt.timedelta(days=12)
            elif resit == 1 and "prax" not in r.spec.title.lower() and r.spec.credits >= 4:
                term, g, d = "2. opravný", "E", d + dt.timedelta(days=23)
            rows.append((r, g, term, d, False))
        if extra and extra[0] == i:
            r = extra[1]
            g = "DCE"[k(s, "refail") % 3]
            rows.append((r, g, "1. riadny", base + dt.timedelta(days=5 + k(s, "refd") % 15), False))
        blocks.append((i, rows))
    return blocks


def avg(rows):
    w = sum(VALUE[g] * r.spec.credits for r, g, *_ in rows)
    c = sum(r.spec.credits for r, *_ in rows)
    return round(w / c + 1e-9, 2)


def sk_transcript(s, person, rng):
    fem_fix(person)
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 34, W - 34
    X = [L, L + 82, L + 262, L + 284, L + 318, L + 362, L + 412, L + 462, R]
    prog, odbor, fac = PROGRAM[cur.id]
    faculty = inst.extra[fac]
    sy = s.terms[0].start_year % 100
    fz = 6.8
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.rect(L - 4, 26, R - L + 8, 36, 0, 0.0, fill=0.84)
        p.text(L + 4, 41, inst.name, SB, 11)
        p.text(L + 4, 55, faculty, S, 8.5)
        p.text(R - 4, 55, "Akademický informačný systém", S, 6.5, "right")
        if len(pages) == 1:
            p.text(W / 2, 92, "VÝPIS VÝSLEDKOV ŠTÚDIA", SB, 13, "center")
            y = 114
            for a, b in ((f"Meno a priezvisko: {nm}", f"ID študenta: {s.student_no}"),
                         (f"Dátum narodenia: {dmy(s.dob)}", f"Študijný odbor: {odbor}")):
                p.pieces(y, [(L, a, "left"), (L + 320, b, "left")], S, 8)
                y += 11
            p.text(L, y, f"Študijný program: {prog} (Bc., denná forma)", S, 8)
            st["y"] = y + 22
        else:
            p.text(L, 80, f"{nm}, ID študenta {s.student_no} (pokračovanie)", S, 7)
            st["y"] = 100

    def header(p, y):
        p.hline(L, R, y - 8, 0.6)
        p.pieces(y, [(X[0] + 1, "Kód predmetu", "left"), (X[1] + 1, "Názov predmetu", "left"),
                     (X[2] + 1, "Typ", "left"), (X[4] - 3, "Kredity", "right"), (X[4] + 2, "Hodnotenie", "left"),
                     (X[5] + 2, "Dátum", "left"), (X[6] + 2, "Termín", "left"), (X[7] + 2, "Stav", "left")],
                 SB, 6.6)
        p.hline(L, R, y + 3, 0.4)
        return y + 12

    new_page()
    out = []
    every = []
    earned_total = 0
    for i, rows in sk_blocks(s):
        t = s.terms[i]
        sem = "Zimný semester" if t.key == "S1" else "Letný semester"
        ay = f"{t.start_year}/{t.start_year + 1}"
        need = 40 + 11 * len(rows)
        if st["y"] + need > H - 50:
            new_page()
        p, y = st["p"], st["y"]
        p.text(L, y, f"Akademický rok {ay} — {sem}", SB, 8.5)
        y = header(p, y + 14)
        earned = 0
        for r, g, term, d, failed in rows:
            code = f"{r.spec.code}/{sy:02d}"
            title = r.spec.title
            stav = "neabsolvoval" if failed else ""
            p.pieces(y, [(X[0] + 1, code, "left"),
                         (X[1] + 1, title, "left", S, fit_size(title, S, fz, X[2] - X[1] - 3, 5)),
                         (X[2] + 4, TAGS[cur.id][r.spec.code], "left"), (X[4] - 8, str(int(r.spec.credits)), "right"),
                         (X[4] + 16, g, "center"), (X[5] + 2, dmy(d), "left"), (X[6] + 2, term, "left"),
                         (X[7] + 2, stav, "left")], S, fz)
            y += 10.5
            tr = course_truth(r, f"{ay} {sem}", r.spec.credits, g, "ects", code=code,
                              typ=TAGS[cur.id][r.spec.code], termin=term, date=dmy(d), stav=stav or None)
            if failed:
                tr["passed"] = False
            else:
                earned += int(r.spec.credits)
            out.append(tr)
        p.hline(L, R, y - 7, 0.3)
        a = avg(rows)
        every += rows
        earned_total += earned
        p.pieces(y + 4, [(R - 150, f"Získané kredity v semestri: {earned}", "right"),
                         (R, f"Vážený študijný priemer: {comma(a)}", "right")], SB, 7.2)
        st["y"] = y + 28
    total_avg = avg(every)
    if st["y"] + 190 > H - 40:
        new_page()
    p, y = st["p"], st["y"] + 4
    p.hline(L, R, y - 8, 0.8)
    p.text(L, y + 4, "Súhrn:", SB, 8.5)
    p.pieces(y + 18, [(L + 10, f"Získané kredity spolu: {earned_total}", "left"),
                      (L + 200, f"Vážený študijný priemer za celé štúdium: {comma(total_avg)}", "left")], S, 8.2)
    y += 40
    p.text(L, y, "Klasifikačná stupnica:", SB, 7.5)
    p.text(L, y + 11, "A – výborne – 1; B – veľmi dobre – 1,5; C – dobre – 2; D – uspokojivo – 2,5; "
                      "E – dostatočne – 3; FX – nedostatočne – 4", S, 7.2)
    p.text(L, y + 22, "Typ predmetu: P – povinný, PV – povinne voliteľný, V – voliteľný. Termín: riadny alebo "
                      "opravný termín skúšky.", S, 7.2)
    y += 44
    issued = s.conferred + dt.timedelta(days=6 + k(s, "iss") % 20)
    clerk = ["Bc. Monika Vargová", "Ing. Renáta Fabová", "Mgr. Dana Kollárová"][k(s, "clerk") % 3]
    p.text(L, y, f"V {inst.extra['loc']} dňa {dmy(issued)}", S, 8.2)
    p.text(L, y + 12, f"Výpis vyhotovil: {clerk}", S, 8.2)
    emblem_stamp(p, L + 300, y + 34, 30, f"{inst.name.upper()} * ŠTUDIJNÉ ODDELENIE *")
    sign_block(p, rng, R - 80, y + 50, "Študijné oddelenie", S, 7.8, 140)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 20, f"Strana {q} z {n}", S, 6.5, "right")
    return LayoutResult("transcript", "ag_sk_vypis", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ag_sk_vypis": (sk_transcript, FAMILY, ("SK",))}
