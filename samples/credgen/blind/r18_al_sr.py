"""Writer AL, round 18: Suriname (SR). Country pack (an invented polytechnic's "Bachelor Medisch
Laboratoriumonderzoek", 4 years, 240 studiepunten; an invented university's "Bachelor Biologie", 3
years, 180 SP; the polytechnic's "Bachelor Verpleegkunde", nursing) and the polytechnic's
"CIJFERLIJST": A4 portrait, Dutch only, the logo as a coloured shape (a picture), Studentnummer, Naam,
Geboortedatum, Opleiding, Cohort. The courses grouped by study year under bold captions "Studiejaar 1
(2014-2015)", each a ruled table Periode ("Blok 1" ... "Blok 4", "Blok 3-4" for a long stage) |
Vakcode | Vak | SP | Cijfer (1-10, one decimal, comma; pass 5,5) | Resultaat ("V" voldoende, "G" goed
from 7,5, "VR" vrijstelling: no grade, the SP count) | Datum. A course failed and passed at the resit
keeps ONE row with the later grade and date and a small "(h)" (herkansing) after the grade. After each
year "Behaalde studiepunten studiejaar: 60"; at the end the total, "Gemiddeld cijfer" (the mean of the
printed numeric grades), the graduation date, "Hoofd Studentenadministratie", a stamp and "Dit
document is zonder doorhalingen of wijzigingen".

Credit basis: studiepunten (1 SP = 28 hours of study, 60 a year) are used like ECTS: credit_system
"ects" (x 1/2). Truth term "Studiejaar 1 (2014-2015) Blok 2"; grade as printed ("7,4", "VR"), with
`result`, `resit` and `date` beside.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r18_al_common import (FAMILY, add_department_phrases, colour_logo, comma, course_truth, grid, k, keep_dob,
                            natural, nl_date, round_stamp, sign_block)

SR_MLO = """
## 1 S1
ALG1.01 | Algemene chemie | 5 | C
ALG1.02 | Celbiologie | 5 | B
ALG1.03 | Wiskunde en statistiek | 4 | M
MLO1.01 | Laboratoriumtechnieken 1 | 5 | ?P
ALG1.04 | Anatomie en fysiologie 1 | 5 | B
ALG1.05 | Nederlands en communicatie | 3 | O
ALG1.06 | Engels | 3 | O
## 1 S2
ALG1.07 | Organische chemie | 5 | C
ALG1.08 | Anatomie en fysiologie 2 | 5 | B
MLO1.02 | Klinische chemie 1 | 5 | P
MLO1.03 | Hematologie | 5 | P
ALG1.09 | Fysica voor het laboratorium | 4 | O
MLO1.04 | Laboratoriumveiligheid en kwaliteit | 3 | ?P
ALG1.10 | Informatica | 3 | O
## 2 S1
MLO2.01 | Biochemie | 5 | C
MLO2.02 | Medische microbiologie | 5 | P
MLO2.03 | Immunologie | 5 | ?B
MLO2.04 | Klinische chemie 2 | 5 | P
MLO2.05 | Analytische chemie | 5 | C
ALG2.01 | Statistiek 2 | 3 | M
ALG2.02 | Beroepsethiek | 2 | O
## 2 S2
MLO2.06 | Hematologie en hemostase | 5 | P
MLO2.07 | Bacteriologie en mycologie | 5 | ?P
MLO2.08 | Parasitologie | 4 | P
MLO2.09 | Genetica | 4 | B
MLO2.10 | Histologie en pathologie | 4 | ?O
MLO2.11 | Stage oriëntatie laboratorium | 8 | P | phlebotomy,urinalysis
## 3 S1
MLO3.01 | Klinische chemie 3 | 5 | P
MLO3.02 | Immunohematologie en bloedtransfusie | 5 | P
MLO3.03 | Moleculaire diagnostiek | 5 | ?B
MLO3.04 | Urine- en lichaamsvochtenonderzoek | 4 | P
MLO3.05 | Virologie en serologie | 4 | ?P
MLO3.06 | Onderzoeksmethodologie | 4 | O
MLO3.07 | Kwaliteitszorg in het laboratorium | 3 | ?P
## 3 S2
MLO3.08 | Stage Klinisch Laboratorium 1 | 20 | P | chemistry,hematology
MLO3.09 | Histotechniek en cytologie | 5 | ?P
MLO3.10 | Laboratoriummanagement | 5 | P
## 4 S1
MLO4.01 | Stage Klinisch Laboratorium 2 | 25 | P | microbiology,blood_bank,immunology
MLO4.02 | Beroepsvorming en intervisie | 5 | O
## 4 S2
MLO4.03 | Afstudeeronderzoek | 20 | O
MLO4.04 | Epidemiologie en volksgezondheid | 5 | ?O
MLO4.05 | Toxicologie | 5 | ?C
"""

SR_BIO = """
## 1 S1
BIO1.01 | Algemene biologie | 6 | B
CHE1.01 | Algemene chemie | 6 | C
WIS1.01 | Wiskunde | 6 | M
NAT1.01 | Natuurkunde | 6 | O
ALG1.01 | Wetenschappelijk Engels | 6 | O
## 1 S2
BIO1.02 | Plantkunde | 6 | B
BIO1.03 | Dierkunde | 6 | B
CHE1.02 | Organische chemie | 6 | C
WIS1.02 | Statistiek | 6 | M
BIO1.04 | Ecologie van de tropen | 6 | ?B
## 2 S1
BIO2.01 | Microbiologie | 6 | B
BIO2.02 | Genetica | 6 | B
CHE2.01 | Biochemie | 6 | C
BIO2.03 | Fysiologie van de mens | 6 | B
CHE2.02 | Analytische chemie | 6 | C
## 2 S2
BIO2.04 | Moleculaire biologie | 6 | B
BIO2.05 | Immunologie | 6 | B
BIO2.06 | Plantenfysiologie | 6 | B
BIO2.07 | Evolutie en biodiversiteit | 6 | ?B
ALG2.01 | Onderzoeksmethoden | 6 | O
## 3 S1
BIO3.01 | Celbiologie | 6 | B
BIO3.02 | Biotechnologie | 6 | ?B
BIO3.03 | Mariene biologie | 6 | B
BIO3.04 | Toxicologie | 6 | ?O
ALG3.01 | Wetenschapsfilosofie | 6 | O
## 3 S2
BIO3.05 | Veldwerk | 12 | O
BIO3.06 | Bachelorscriptie | 18 | O
"""

SR_VPK = """
## 1 S1
VPK1.01 | Anatomie en fysiologie | 6 | B
VPK1.02 | Basisverpleegkunde 1 | 10 | O
VPK1.03 | Communicatie in de zorg | 6 | O
VPK1.04 | Microbiologie en hygiëne | 8 | ?B
## 1 S2
VPK1.05 | Basisverpleegkunde 2 | 10 | O
VPK1.06 | Farmacologie | 6 | O
VPK1.07 | Stage verpleegafdeling 1 | 14 | O
## 2 S1
VPK2.01 | Interne geneeskunde en verpleegkunde | 12 | O
VPK2.02 | Chirurgische verpleegkunde | 12 | O
VPK2.03 | Voedingsleer | 6 | O
## 2 S2
VPK2.04 | Stage verpleegafdeling 2 | 20 | O
VPK2.05 | Psychologie | 5 | O
VPK2.06 | Statistiek | 5 | M
## 3 S1
VPK3.01 | Kindergeneeskunde en verpleegkunde | 12 | O
VPK3.02 | Verloskunde | 12 | O
VPK3.03 | Ethiek en recht | 6 | O
## 3 S2
VPK3.04 | Stage kind en moeder | 20 | O
VPK3.05 | Geestelijke gezondheidszorg | 10 | O
## 4 S1
VPK4.01 | Wijkverpleegkunde | 10 | O
VPK4.02 | Stage wijkverpleging | 20 | O
## 4 S2
VPK4.03 | Afstudeeropdracht | 20 | O
VPK4.04 | Management in de zorg | 10 | O
"""

PROG = {"sr_mlo": "Bachelor Medisch Laboratoriumonderzoek", "sr_bio": "Bachelor Biologie",
        "sr_vpk": "Bachelor Verpleegkunde"}

SR_INST = [
    Institution("Polytechnisch Instituut Saramacca", "Paramaribo", "Paramaribo", "SR",
                "Jaggernath Lachmonstraat 118, Paramaribo", ("sr_mlo", "sr_vpk"), "institute",
                extra={"head": "drs. Marlies Vreedzaam-Panka", "dir": "dr. ir. Rudi Sitaldin", "logo": (0, 110, 70)}),
    Institution("Hogeschool voor Gezondheid en Techniek Nickerie", "Nieuw Nickerie", "Nickerie", "SR",
                "Gouverneurstraat 22, Nieuw Nickerie", ("sr_mlo", "sr_vpk"), "institute",
                extra={"head": "Ingrid Karijopawiro, BSc", "dir": "dr. Henk Ramautar", "logo": (180, 40, 40)}),
    Institution("Universiteit van Commewijne", "Paramaribo", "Paramaribo", "SR",
                "Leysweg 91, Paramaribo", ("sr_bio",), "university",
                extra={"head": "drs. Rita Ameerali", "dir": "prof. dr. Eddy Wongsokarto", "logo": (20, 60, 150)}),
]


def _sn(rng, start_year, inst):
    return f"{start_year % 100:02d}-{rng.randint(1, 999):04d}"


PACK = K.CountryPack(
    code="SR", name="Suriname",
    given={"F": ["Sharmila", "Roshni", "Anjali", "Melissa", "Gracia", "Priscilla", "Sri", "Chantal", "Nadia",
                 "Reshma", "Esther", "Wendy"],
           "M": ["Ravi", "Rajesh", "Dennis", "Marciano", "Gerold", "Sunil", "Kenneth", "Ashwin", "Romano", "Stanley",
                 "Orlando", "Vikash"]},
    surnames=["Ramdin", "Sewdien", "Karijomenggolo", "Pinas", "Wong A Foe", "Mangal", "Bhagwandin", "Kasanpawiro",
              "Sabajo", "Liauw Kie Fa", "Rozenblad", "Jagessar", "Panday", "Tjon Sie Fat"],
    middle={"F": [], "M": []},
    institutions=SR_INST,
    employers=[
        Employer("Stichting Ziekenhuis Zuid-Paramaribo", "Paramaribo", "Paramaribo", "SR",
                 "Dr. Sophie Redmondstraat 240, Paramaribo", "+597 442 100", "personeelszaken@szzp.example"),
        Employer("Regionaal Ziekenhuis Coronie-Nickerie", "Nieuw Nickerie", "Nickerie", "SR",
                 "Annastraat 14, Nieuw Nickerie", "+597 231 555", "hrm@rzcn.example"),
        Employer("Medisch Laboratorium Cultuurtuin N.V.", "Paramaribo", "Paramaribo", "SR",
                 "Cultuurtuinlaan 7, Paramaribo", "+597 498 300", "info@mlcultuurtuin.example", "lab"),
    ],
    signers=["Ruth Kromodimedjo", "Carlo Doekhie", "Monique Alexander-Tjin"],
    curricula=[C.Curriculum("sr_mlo", "SR", PROG["sr_mlo"], "bachelor", 4, "medical_laboratory_science", "ects",
                            C._parse(SR_MLO), 9, 7, clinical_training=True),
               C.Curriculum("sr_bio", "SR", PROG["sr_bio"], "bachelor", 3, "biology", "ects",
                            C._parse(SR_BIO), 9, 7),
               C.Curriculum("sr_vpk", "SR", PROG["sr_vpk"], "bachelor", 4, "nursing", "ects",
                            C._parse(SR_VPK), 9, 7)],
    mls_curriculum="sr_mlo", science_curricula=["sr_bio"], nonqualifying_curricula=["sr_vpk"],
    positions_mls=["medisch laboratoriummedewerker", "analist klinisch laboratorium"],
    positions_science=["laboratoriumassistent", "analist"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("SR", {
    "blood_bank": ["Bloedbank"], "chemistry": ["Klinische Chemie"], "hematology": ["Hematologie"],
    "microbiology": ["Medische Microbiologie"], "immunology": ["Immunologie en Serologie"],
    "urinalysis": ["Urine-analyse"], "molecular": ["Moleculaire Diagnostiek"], "phlebotomy": ["Bloedafname"],
    "other": ["Pathologie"]})

BLOK_END = {1: (11, 12), 2: (1, 28), 3: (4, 10), 4: (6, 26)}


def sr_rows(s):
    """[(year, start_year, [(blok, r, grade_txt, result, resit, date)])]."""
    vr = k(s, "vr") % 4 == 0
    out = []
    for i, t in enumerate(s.terms):
        if not out or out[-1][0] != t.year:
            out.append((t.year, t.start_year, []))
        n = len(t.results)
        base = 1 if t.key == "S1" else 3
        for j, r in enumerate(t.results):
            if r.spec.credits >= 15:
                blok = f"Blok {base}-{base + 1}"
                b = base + 1
            else:
                b = base + (0 if j < (n + 1) // 2 else 1)
                blok = f"Blok {b}"
            m, d = BLOK_END[b]
            y = t.start_year + (0 if b == 1 else 1)
            date = dt.date(y, m, d) - dt.timedelta(days=k(s, f"d{i}{j}") % 9)
            if vr and t.year == 1 and r.spec.code.startswith("ALG1.0") and r.spec.code[-1] in "56":
                out[-1][2].append((blok, r, "VR", "VR", False, date))
                continue
            g = max(5.5, min(9.6, r.score / 10 + 0.6 + (k(s, f"g{i}{j}") % 9) / 10))
            resit = k(s, f"h{i}{j}") % 11 == 0 and r.spec.credits < 15
            if resit:
                g = min(g, 6.0 + (k(s, f"hg{i}{j}") % 12) / 10)
                date = date + dt.timedelta(days=42 + k(s, f"hd{i}{j}") % 10)
            while date.weekday() >= 5:
                date -= dt.timedelta(days=1)
            g = round(g, 1)
            out[-1][2].append((blok, r, comma(g, 1), "G" if g >= 7.5 else "V", resit, date))
    return out


def sr_cijferlijst(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 46, W - 46
    X = [L, L + 56, L + 110, L + 322, L + 352, L + 398, L + 452, R]
    nm = natural(person)
    pages = []
    years = sr_rows(s)
    cohort = s.terms[0].start_year

    def new_page(first):
        p = Page(A4)
        pages.append(p)
        if first:
            colour_logo(p, L, 34, 46, 40, inst.extra["logo"], 0)
            p.text(L + 56, 50, inst.name, SB, 12)
            p.text(L + 56, 63, inst.street, S, 8.5)
            p.text(L + 56, 74, "Afdeling Studentenadministratie", S, 8.5)
            p.text(W / 2, 112, "CIJFERLIJST", SB, 16, "center")
            y = 136
            for a, b in ((f"Naam: {nm}", f"Studentnummer: {s.student_no}"),
                         (f"Geboortedatum: {s.dob.day:02d}-{s.dob.month:02d}-{s.dob.year}", f"Cohort {cohort}"),
                         (f"Opleiding: {cur.title}", f"Studieduur: {cur.years} jaar")):
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], S, 9)
                y += 13
            return p, y + 8
        p.pieces(40, [(L, f"Cijferlijst {nm}", "left"), (R, f"Studentnummer {s.student_no} – blad {len(pages)}",
                                                                "right")], S, 8)
        return p, 56

    def head(p, y):
        p.rect(L, y, R - L, 15, 0, 0, fill=0.86)
        hs = ["Periode", "Vakcode", "Vak", "SP", "Cijfer", "Resultaat", "Datum"]
        p.pieces(y + 11, [((X[c] + X[c + 1]) / 2 if c != 2 else X[2] + 3, h, "center" if c != 2 else "left")
                          for c, h in enumerate(hs)], SB, 8)
        return y + 15

    p, y = new_page(True)
    out = []
    nums = []
    total = 0
    for yr, sy, rows in years:
        if y + 40 + 14 * min(len(rows), 6) > H - 50:
            p, y = new_page(False)
        cap = f"Studiejaar {yr} ({sy}-{sy + 1})"
        p.text(L, y + 12, cap, SB, 10.5)
        y = head(p, y + 18)
        top = y - 15
        ysum = 0
        for blok, r, g, res, resit, date in rows:
            if y + 14 > H - 50:
                grid(p, X, top, y)
                p, y = new_page(False)
                y = head(p, y)
                top = y - 15
            title = r.spec.title
            items = [((X[0] + X[1]) / 2, blok, "center"), ((X[1] + X[2]) / 2, r.code, "center"),
                     (X[2] + 3, title, "left", S, fit_size(title, S, 8.3, X[3] - X[2] - 6)),
                     ((X[3] + X[4]) / 2, str(int(r.spec.credits)), "center"),
                     ((X[4] + X[5]) / 2 - (6 if resit else 0), g if g != "VR" else "–", "center"),
                     ((X[5] + X[6]) / 2, res, "center"),
                     ((X[6] + X[7]) / 2, f"{date.day:02d}-{date.month:02d}-{date.year}", "center")]
            if resit:
                items.insert(5, ((X[4] + X[5]) / 2 + 10, "(h)", "left", S, 6.5))
            p.pieces(y + 10, items, S, 8.3)
            y += 14
            p.hline(L, R, y, 0.25)
            cr = int(r.spec.credits)
            ysum += cr
            if g != "VR":
                nums.append(float(g.replace(",", ".")))
            out.append(course_truth(r, f"{cap} {blok}", cr, g, "ects", result=res, resit=resit,
                                    date=f"{date.day:02d}-{date.month:02d}-{date.year}"))
        grid(p, X, top, y)
        total += ysum
        p.text(R, y + 13, f"Behaalde studiepunten studiejaar: {ysum}", SB, 8.5, "right")
        y += 26
    if y + 170 > H - 30:
        p, y = new_page(False)
    mean = sum(nums) / len(nums) if nums else 0
    y += 6
    p.text(L, y, f"Totaal behaalde studiepunten: {total}", SB, 10)
    p.text(L, y + 15, f"Gemiddeld cijfer: {comma(mean, 1)}", SB, 10)
    p.text(L, y + 30, f"Afstudeerdatum: {nl_date(s.conferred)}", SB, 10)
    p.text(L, y + 48, "V = voldoende (5,5 - 7,4); G = goed (7,5 en hoger); VR = vrijstelling; "
                      "(h) = behaald bij herkansing. 1 SP = 28 uur studiebelasting.", S, 7.5)
    p.text(L, y + 66, f"Paramaribo, {nl_date(s.conferred + dt.timedelta(days=7 + k(s, 'iss') % 20))}", S, 9)
    sign_block(p, rng, R - 110, y + 120, "Hoofd Studentenadministratie", S, 8.5, 180, inst.extra["head"])
    round_stamp(p, R - 220, y + 108, 30, 0.45)
    p.text(W / 2, H - 40, "Dit document is zonder doorhalingen of wijzigingen", "Helvetica-Oblique", 8, "center")
    return LayoutResult("transcript", "al_sr_cijferlijst", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"al_sr_cijferlijst": (sr_cijferlijst, FAMILY, ("SR",))}
