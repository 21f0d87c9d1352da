"""Writer AI, round 17: Estonia (EE). Country pack (invented schools: two state health care colleges
giving the professional higher education programme "Bioanalüütik", 3.5 years, 210 EAP, and the
nursing programme "Õde"; a university's bachelor "Bioloogia", 3 years, 180 EAP) and the
"AKADEEMILINE ÕIEND" printed from the study information system: A4 portrait, small sans-serif,
Estonian only, a header block (Nimi, masked Isikukood, Õppekava with its code and volume,
Õppevorm) over a thin rule. The courses are grouped under the curriculum's modules, NOT by term:
a bold module line with its volume in brackets ("Erialane põhimoodul (103,5 EAP)"), then its
courses, then a right-aligned "Mooduli maht kokku: 103,5 EAP". Columns: Ainekood ("TKB.02.021") |
Õppeaine nimetus | Maht (EAP) (comma decimals) | Hinne (A-E or "arvestatud") | Kuupäev (date of
the assessment) | Õppejõud (sometimes empty) | Märkus ("VÕTA" for a course recognised from earlier
studies, graded "arvestatud"). At the end: Läbitud kokku, the weighted average (A=5 ... E=1, over
graded courses only), the thesis line, the scale, "1 EAP vastab 26 tunnile üliõpilase tööd", the
registrar and "allkirjastatud digitaalselt", "Lk 1/3" at every page foot.

Truth: credit_system "ects" (EAP = ECTS, 60 a year; 2 = 1 SH, the existing factor). term = null
(the page prints no term; the module is recorded as `module`). grade = as printed. Module lines are
not courses. The program lasts 3.5 years: the curriculum is registered as 4 years with 7 terms
(the generator's years are whole numbers; the truth's degree.years says 4), conferral in
January of the fourth year.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r17_ai_common import (FAMILY, add_department_phrases, cnum, comma, course_truth, dmy, k, keep_dob,
                            natural, parse_tagged)

EE_BA = """
## 1 S1
UDA.01.001 | Sissejuhatus erialasse | 3 | ?O | =U
BIO.01.101 | Inimese anatoomia ja füsioloogia | 6 | B | =E
KEM.01.102 | Üld- ja anorgaaniline keemia | 4.5 | C | =E
BIO.01.103 | Rakubioloogia | 4.5 | B | =E
UDA.01.002 | Erialane inglise keel | 3 | O | =U
TKB.01.012 | Laboratoorse töö alused | 6 | P | =E
VAL.01.201 | Eesti viipekeel | 3 | O | =V
## 1 S2
KEM.01.104 | Orgaaniline ja bioorgaaniline keemia | 4.5 | C | =E
BIO.02.114 | Biokeemia | 6 | C | =E
BIO.01.105 | Mikrobioloogia alused | 4.5 | B | =E
UDA.01.003 | Biostatistika | 3 | M | =U
UDA.01.004 | Psühholoogia ja suhtlemine | 3 | O | =U
PRA.01.301 | Praktika: proovivõtt ja laboratoorse töö alused | 6 | P | phlebotomy | P
TKB.01.013 | Laboriinfosüsteemid | 3 | ?P | =E
## 2 S1
TKB.02.021 | Kliiniline keemia I | 6 | P | =E
TKB.02.022 | Hematoloogia ja vereülekanne | 6 | P | =E
TKB.02.023 | Kliiniline mikrobioloogia | 6 | ?P | =E
TKB.02.024 | Immunoloogia | 4.5 | ?B | =E
UDA.01.005 | Eetika ja õigus tervishoius | 3 | O | =U
VAL.02.202 | Farmakoloogia alused | 4.5 | O | =V
## 2 S2
PRA.02.302 | Praktika: kliiniline keemia | 12 | P | chemistry,urinalysis | P
PRA.02.303 | Praktika: hematoloogia | 9 | P | hematology | P
TKB.02.025 | Kliiniline keemia II | 4.5 | P | =E
TKB.02.026 | Uriini ja kehavedelike analüüs | 4.5 | P | =E
## 3 S1
TKB.03.031 | Parasitoloogia ja mükoloogia | 4.5 | P | =E
TKB.03.032 | Molekulaardiagnostika | 6 | ?P | =E
TKB.03.033 | Tsütoloogia ja histoloogia meetodid | 6 | P | =E
TKB.03.034 | Immunohematoloogia | 4.5 | P | =E
VAL.03.203 | Geneetika | 6 | B | =V
TKB.03.037 | Teadustöö metoodika | 3 | O | =E
## 3 S2
PRA.03.304 | Praktika: kliiniline mikrobioloogia | 12 | P | microbiology | P
PRA.03.305 | Praktika: vereülekanne ja immunoloogia | 9 | P | blood_bank,immunology | P
TKB.03.035 | Kvaliteedijuhtimine laboris | 3 | P | =E
TKB.03.036 | Kliiniline hematoloogia | 6 | P | =E
## 4 S1
PRA.04.306 | Praktika: lõpupraktika | 18 | P | chemistry,hematology,microbiology | P
LOP.04.401 | Lõputöö | 9 | O | =L
VAL.04.204 | Toksikoloogia | 3 | ?O | =V
"""

EE_BIO = """
## 1 S1
BIO.01.001 | Sissejuhatus bioloogiasse | 6 | B | =E
KEM.01.001 | Üldkeemia | 6 | C | =E
MAT.01.001 | Kõrgem matemaatika | 6 | M | =U
BIO.01.002 | Botaanika | 6 | B | =E
UDA.01.001 | Akadeemiline kirjutamine | 6 | O | =U
## 1 S2
BIO.01.003 | Zooloogia | 6 | B | =E
KEM.01.002 | Orgaaniline keemia | 6 | C | =E
MAT.01.002 | Biostatistika | 6 | M | =U
BIO.01.004 | Rakubioloogia | 6 | B | =E
FYS.01.001 | Füüsika | 6 | O | =U
## 2 S1
BIO.02.001 | Biokeemia | 6 | C | =E
BIO.02.002 | Geneetika | 6 | B | =E
BIO.02.003 | Mikrobioloogia | 6 | B | =E
BIO.02.004 | Taimefüsioloogia | 6 | B | =E
VAL.02.001 | Keskkonnaõigus | 6 | O | =V
## 2 S2
BIO.02.005 | Loomafüsioloogia | 6 | B | =E
BIO.02.006 | Ökoloogia | 6 | ?B | =E
KEM.02.001 | Analüütiline keemia | 6 | C | =E
BIO.02.007 | Välipraktika | 6 | O | =P
VAL.02.002 | Teadusfilosoofia | 6 | O | =V
## 3 S1
BIO.03.001 | Molekulaarbioloogia | 6 | B | =E
BIO.03.002 | Immunoloogia | 6 | ?B | =E
BIO.03.003 | Evolutsioonibioloogia | 6 | B | =E
VAL.03.001 | Bioinformaatika | 6 | O | =V
BIO.03.004 | Erialaseminar | 6 | O | =E
## 3 S2
LOP.03.001 | Bakalaureusetöö | 12 | O | =L
BIO.03.005 | Viroloogia | 6 | ?B | =E
BIO.03.006 | Parasitoloogia | 6 | ?B | =E
VAL.03.002 | Teaduskommunikatsioon | 6 | O | =V
"""

EE_OE = """
## 1 S1
OEN.01.001 | Õenduse alused | 9 | O | =E
BIO.01.101 | Inimese anatoomia ja füsioloogia | 9 | B | =E
UDA.01.002 | Erialane inglise keel | 3 | O | =U
UDA.01.004 | Psühholoogia ja suhtlemine | 3 | O | =U
PRA.01.001 | Praktika: õendustoimingud | 6 | O | =P
## 1 S2
OEN.01.002 | Kliinilised õendustoimingud | 9 | O | =E
BIO.01.102 | Mikrobioloogia ja infektsioonikontroll | 6 | ?B | =E
OEN.01.003 | Farmakoloogia | 6 | O | =E
PRA.01.002 | Praktika: üldõendus | 9 | O | =P
## 2 S1
OEN.02.001 | Sisehaigete õendus | 9 | O | =E
OEN.02.002 | Kirurgiliste haigete õendus | 9 | O | =E
PRA.02.001 | Praktika: sisehaigete õendus | 12 | O | =P
## 2 S2
OEN.02.003 | Lapse õendus | 6 | O | =E
OEN.02.004 | Vaimse tervise õendus | 6 | O | =E
PRA.02.002 | Praktika: kirurgiline õendus | 12 | O | =P
VAL.02.001 | Eesti viipekeel | 6 | O | =V
## 3 S1
OEN.03.001 | Kogukonna õendus | 9 | O | =E
OEN.03.002 | Intensiivõendus | 6 | O | =E
PRA.03.001 | Praktika: lapse õendus | 12 | O | =P
UDA.01.003 | Uurimistöö alused | 3 | O | =U
## 3 S2
OEN.03.003 | Eakate õendus | 6 | O | =E
PRA.03.002 | Praktika: intensiivõendus | 18 | O | =P
VAL.03.001 | Tervisepsühholoogia | 6 | O | =V
## 4 S1
PRA.04.001 | Praktika: lõpupraktika | 18 | O | =P
LOP.04.001 | Lõputöö | 9 | O | =L
VAL.04.001 | Terviseedendus | 3 | O | =V
"""

_T1, G1 = parse_tagged(EE_BA)
_T2, G2 = parse_tagged(EE_BIO)
_T3, G3 = parse_tagged(EE_OE)
MODULE = {"ee_ba": G1, "ee_bio": G2, "ee_oe": G3}
MODULE_NAMES = {"ee_ba": {"U": "Üldained", "E": "Erialane põhimoodul", "P": "Praktika", "V": "Valikained",
                          "L": "Lõputöö"},
                "ee_oe": {"U": "Üldained", "E": "Õenduse põhimoodul", "P": "Praktika", "V": "Valikained",
                          "L": "Lõputöö"},
                "ee_bio": {"U": "Üldained", "E": "Põhiõpingute moodul", "P": "Praktika", "V": "Valikained",
                           "L": "Lõputöö"}}
# programme name, curriculum code, volume, level words
PROGRAM = {"ee_ba": ("Bioanalüütik", "80112", 210, "rakenduskõrgharidusõpe"),
           "ee_oe": ("Õde", "80107", 210, "rakenduskõrgharidusõpe"),
           "ee_bio": ("Bioloogia", "1529", 180, "bakalaureuseõpe")}

EE_INST = [
    Institution("Emajõe Tervishoiu Kõrgkool", "Tartu", "Tartumaa", "EE", "Nooruse 7, 50411 Tartu",
                ("ee_ba", "ee_oe"), "college",
                extra={"rector": "Kersti Virkus", "town": "Tartu", "town_loc": "Tartus"}),
    Institution("Põhjaranniku Tervishoiu Kõrgkool", "Tallinn", "Harjumaa", "EE", "Kännu 67, 13418 Tallinn",
                ("ee_ba", "ee_oe"), "college",
                extra={"rector": "Marika Lõhmus", "town": "Tallinn", "town_loc": "Tallinnas"}),
    Institution("Peipsimaa Ülikool", "Tartu", "Tartumaa", "EE", "Ülikooli 30, 50090 Tartu",
                ("ee_bio",), "university",
                extra={"rector": "Toomas Kivisild", "town": "Tartu", "town_loc": "Tartus"}),
]


def _cur(cid, title, field, terms, years, start, grad, clin=False):
    return C.Curriculum(cid, "EE", title, "bachelor", years, field, "ects", terms, start, grad,
                        clinical_training=clin)


def _sn(rng, sy, inst):
    return f"{sy % 100:02d}{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="EE", name="Estonia",
    given={"F": ["Kadri", "Liis", "Kristiina", "Triin", "Maarja", "Kertu", "Helen", "Merilin", "Anu", "Piret"],
           "M": ["Martin", "Rasmus", "Siim", "Kristjan", "Tanel", "Priit", "Marko", "Indrek", "Karl", "Ott"]},
    surnames=["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik",
              "Kuusk", "Oja", "Raudsepp", "Vaher", "Laur"],
    middle={"F": [], "M": []},
    institutions=EE_INST,
    employers=[
        Employer("Emajõe Kliinikum SA", "Tartu", "Tartumaa", "EE", "Puusepa 8, 50406 Tartu", "+372 731 0000",
                 "personal@emajoekliinikum.example"),
        Employer("Lääneranna Regionaalhaigla SA", "Pärnu", "Pärnumaa", "EE", "Ristiku 1, 80010 Pärnu",
                 "+372 447 0000", "personal@laaneranna-haigla.example"),
        Employer("Põhja-Tallinna Keskhaigla AS", "Tallinn", "Harjumaa", "EE", "Ravi 18, 10138 Tallinn",
                 "+372 622 0000", "personal@ptkh.example"),
        Employer("LaborDiagnostika OÜ", "Tallinn", "Harjumaa", "EE", "Tervise 40, 10617 Tallinn",
                 "+372 650 0000", "info@labordiagnostika.example", "lab"),
    ],
    signers=["Kaire Põldmaa", "Riina Kallas", "Andres Jõgi"],
    curricula=[_cur("ee_ba", "Rakenduskõrghariduse diplom, õppekava Bioanalüütik", "medical_laboratory_science",
                    _T1, 4, 9, 1, True),
               _cur("ee_bio", "Loodusteaduste bakalaureus (bioloogia)", "biology", _T2, 3, 9, 6),
               _cur("ee_oe", "Rakenduskõrghariduse diplom, õppekava Õde", "nursing", _T3, 4, 9, 1)],
    mls_curriculum="ee_ba", science_curricula=["ee_bio"], nonqualifying_curricula=["ee_oe"],
    positions_mls=["bioanalüütik"],
    positions_science=["laborant"],
    code_style="keep",
    student_no=_sn,
    honours=[],
)
K.register(PACK)
add_department_phrases("EE", {
    "blood_bank": ["vereülekande osakond"], "chemistry": ["kliinilise keemia osakond"],
    "hematology": ["hematoloogia osakond"], "microbiology": ["mikrobioloogia osakond"],
    "immunology": ["immunoloogia osakond"], "urinalysis": ["uriini ja kehavedelike labor"],
    "molecular": ["molekulaardiagnostika osakond"], "phlebotomy": ["proovivõtu punkt"],
    "other": ["patoloogia osakond"]})

LETTERS = "ABCDE"
VALUE = {"A": 5, "B": 4, "C": 3, "D": 2, "E": 1}
TEACHERS = ["Ülle Parm", "Tiina Lepp", "Aivar Orav", "Kaja Hein", "Margit Kuusk", "Sirje Luik", "Jaan Meri",
            "Eve Karu", "Mari-Liis Org", "Ruth Sild", "Peeter Vaino", "Helve Tali"]
THESES = ["Glükeeritud hemoglobiini määramise meetodite võrdlus",
          "Uriini sademe automaatanalüüsi usaldusväärsus",
          "Antibiootikumiresistentsuse levik kliinilistes isolaatides",
          "Preanalüütiliste vigade esinemine erakorralise meditsiini osakonna proovides",
          "Trombotsüütide arvu määramise meetodite võrdlus"]


def ee_isikukood(person, dob):
    first = ("4" if person.sex == "F" else "3") if dob.year < 2000 else ("6" if person.sex == "F" else "5")
    return f"{first}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}xxxx"


def ee_rows(s):
    """[(module, [(r, grade, date, teacher, vota, term index)])] in the printed order."""
    cur = s.curriculum
    mods = {m: [] for m in "UEPVL"}
    vota = None
    opts = [(i, j) for i, t in enumerate(s.terms) for j, r in enumerate(t.results)
            if MODULE[cur.id][r.spec.code] in "UV"]
    if opts and k(s, "vota") % 3 == 0:
        vota = opts[k(s, "votaw") % len(opts)]
    for i, t in enumerate(s.terms):
        base = dt.date(t.start_year + 1, 1, 8) if t.key == "S1" else dt.date(t.start_year + 1, 5, 20)
        for j, r in enumerate(t.results):
            m = MODULE[cur.id][r.spec.code]
            d = base + dt.timedelta(days=k(s, f"d{i}.{j}") % 26)
            teacher = TEACHERS[k(s, f"t{r.spec.code}") % len(TEACHERS)]
            if k(s, f"te{i}.{j}") % 5 == 0:
                teacher = ""
            if (i, j) == vota:
                mods[m].append((r, "arvestatud", dt.date(t.start_year, 9, 20 + k(s, "vd") % 9), "", True, i))
                continue
            if m == "P" or r.spec.title.startswith(("Sissejuhatus", "Erialaseminar")):
                g = "arvestatud"
            else:
                sc = r.score + (k(s, f"g{i}.{j}") % 9) - 3
                g = "A" if sc >= 82 else "B" if sc >= 74 else "C" if sc >= 66 else "D" if sc >= 58 else "E"
            if m == "L":
                d = s.conferred - dt.timedelta(days=7 + k(s, "lt") % 10)
            mods[m].append((r, g, d, teacher, False, i))
    return [(m, rows) for m, rows in mods.items() if rows]


def ee_transcript(s, person, rng):
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 36, W - 36
    X = [L, L + 60, L + 240, L + 282, L + 334, L + 390, L + 488, R]
    prog, code, vol, lvl = PROGRAM[cur.id]
    nm = natural(person)
    fz = 7.0
    pages = []
    st = {"p": None, "y": 0}

    def header(p, y):
        p.pieces(y, [(X[0], "Ainekood", "left"), (X[1], "Õppeaine nimetus", "left"), (X[3] - 4, "Maht (EAP)", "right"),
                     (X[3] + 4, "Hinne", "left"), (X[4] + 2, "Kuupäev", "left"), (X[5] + 2, "Õppejõud", "left"),
                     (X[6] + 2, "Märkus", "left")], SB, 6.8)
        p.hline(L, R, y + 3, 0.4)
        return y + 13

    def new_page(with_header=True):
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 40, inst.name, SB, 10)
        p.text(R, 40, "Õppeinfosüsteem", S, 7, "right")
        if len(pages) == 1:
            p.text(L, 66, "AKADEEMILINE ÕIEND", SB, 13)
            y = 86
            for line in (f"Nimi: {nm}", f"Isikukood: {ee_isikukood(person, s.dob)}",
                         f"Õppekava: {prog} (kood {code}), maht {vol} EAP, {lvl}", "Õppevorm: päevane õpe",
                         f"Üliõpilaskood: {s.student_no}"):
                p.text(L, y, line, S, 8)
                y += 11
            p.hline(L, R, y - 4, 0.5)
            st["y"] = header(p, y + 10)
        else:
            p.text(L, 56, f"{nm} – akadeemiline õiend (järg)", S, 7)
            p.hline(L, R, 62, 0.5)
            st["y"] = header(p, 76) if with_header else 82

    new_page()
    out = []
    graded_w = graded_c = 0.0
    total = 0.0
    thesis = None
    names = MODULE_NAMES[cur.id]
    for m, rows in ee_rows(s):
        mvol = sum(r.spec.credits for r, *_ in rows)
        total += mvol
        if st["y"] + 40 > H - 50:
            new_page()
        p = st["p"]
        st["y"] += 3
        p.text(L, st["y"], f"{names[m]} ({cnum(mvol)} EAP)", SB, 8)
        st["y"] += 12
        for r, g, d, teacher, vota, i in rows:
            if st["y"] > H - 52:
                new_page()
            p, y = st["p"], st["y"]
            title = r.spec.title
            p.pieces(y, [(X[0], r.spec.code, "left"),
                         (X[1], title, "left", S, fit_size(title, S, fz, X[2] - X[1] + 20, 5)),
                         (X[3] - 10, cnum(r.spec.credits), "right"), (X[3] + 4, g, "left"),
                         (X[4] + 2, dmy(d), "left"), (X[5] + 2, teacher, "left"),
                         (X[6] + 2, "VÕTA" if vota else "", "left")], S, fz)
            st["y"] = y + 10
            extra = {"module": names[m], "date": dmy(d)}
            if vota:
                extra["remark"] = "VÕTA"
            out.append(course_truth(r, None, r.spec.credits, g, "ects", code=r.spec.code, **extra))
            if g in VALUE:
                graded_w += VALUE[g] * r.spec.credits
                graded_c += r.spec.credits
            if m == "L":
                thesis = g
        p = st["p"]
        p.text(R, st["y"] + 1, f"Mooduli maht kokku: {cnum(mvol)} EAP", SB, 7.2, "right")
        st["y"] += 16
    avg = round(graded_w / graded_c + 1e-9, 2) if graded_c else 0
    if st["y"] + 150 > H - 40:
        new_page(False)
    p, y = st["p"], st["y"] + 6
    p.hline(L, R, y - 9, 0.5)
    p.text(L, y, f"Läbitud kokku: {cnum(total)} EAP", SB, 8.2)
    p.text(L, y + 12, f"Kaalutud keskmine hinne: {comma(avg)}", SB, 8.2)
    y += 24
    if thesis:
        tt = THESES[k(s, "thesis") % len(THESES)] if cur.id == "ee_ba" else \
            ("Geneetilise mitmekesisuse hindamine Eesti metsades" if cur.id == "ee_bio"
             else "Patsientide teadlikkus kukkumiste ennetamisest")
        p.text(L, y, f"Lõputöö: {tt}, hinne {thesis}", S, 7.8)
        y += 12
    p.text(L, y + 4, "Hindamisskaala: A – suurepärane, B – väga hea, C – hea, D – rahuldav, E – kasin, F – puudulik; "
                     "arvestatud / mittearvestatud", S, 6.8)
    p.text(L, y + 14, "VÕTA – varasemate õpingute ja töökogemuse arvestamine. 1 EAP vastab 26 tunnile üliõpilase tööd.",
           S, 6.8)
    issued = s.conferred + dt.timedelta(days=3 + k(s, "iss") % 10)
    reg = ["Kätlin Kangur", "Signe Mänd", "Reet Aru"][k(s, "reg") % 3]
    p.text(L, y + 36, f"{inst.extra['town']}, {dmy(issued)}", S, 7.8)
    p.text(L, y + 48, f"Õppeosakonna spetsialist {reg}", S, 7.8)
    p.text(L, y + 60, "/allkirjastatud digitaalselt/", S, 7.8)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.hline(L, R, H - 32, 0.3)
        pg.text(R, H - 22, f"Lk {q}/{n}", S, 6.8, "right")
    return LayoutResult("transcript", "ai_ee_oiend", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ai_ee_oiend": (ee_transcript, FAMILY, ("EE",))}
