"""Writer AG, round 16: New Zealand (NZ). Country pack (invented universities: the Bachelor of Medical
Laboratory Science, BMLSc, four years, 480 points; a Bachelor of Science in Microbiology, three years,
360 points; a Bachelor of Nursing) and the university's "ACADEMIC RECORD": A4 portrait, a serif face,
the crest at the top left drawn as a shape, "Student ID 4123456", "Date of issue 14 February 2020";
ONE continuous list by year and teaching period, the year printed only on the first row of each year,
the period in its own column: Year | Period (S1, S2, SS summer school, FY full year) | Paper ("BIOC
192") | Title | Points (18 for most first-year papers, 20 later, 60 for the full-year clinical
placement "MELS 401") | Grade (A+ ... C-, D and E fail, "CR" credit without a grade, "P" pass, "W"
withdrawn). A paper failed (D / E) is taken again at the next summer school, printed under the next
calendar year with period SS. Each year closes with an indented "Points passed 2014: 126"; the
record ends with "Total points passed: 480", the degree box ("Bachelor of Medical Laboratory Science,
conferred 14 May 2018 (in absentia)", "Major: ...", "Endorsement: with Distinction" when given) and a
key to points and grades.

Credit basis: New Zealand points, 120 a full-time year (one point is about 10 hours of student
learning). A full-time year = 30 US semester hours, so semester_hours = points / 4. The generator's
credit system "points" means a 64-point year (round 9's Fiji, x 30/64), so these records use the
existing system with the same 120-point year, "uk" (x 1/4, criteria.md's UK-credit rate; round 10's
Namibia did the same), rather than a new name. `credits` = the points printed. A failed paper (D, E)
and a withdrawn one (W) are rows with `passed: false` (no points passed: the truth's totals skip
them); their repeat is a row of its own. CR and P rows earn their points.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r16_ag_common import (FAMILY, add_department_phrases, course_truth, crest, en_date, k, sign_block)

NZ_BMLSC = """
## 1 S1
CELS 191 | Cell and Molecular Biology | 18 | B
CHEM 191 | The Chemical Basis of Biology and Human Health | 18 | C
HUBS 191 | Human Body Systems 1 | 18 | B
POPH 192 | Population Health | 18 | O
## 1 S2
BIOC 192 | Foundations of Biochemistry | 18 | C
HUBS 192 | Human Body Systems 2 | 18 | B
PHSI 191 | Biological Physics | 18 | O
## 2 S1
BIOC 221 | Molecular Biology | 18 | B
MICR 221 | Microbes and Disease | 18 | B
MELS 201 | Introduction to Medical Laboratory Science | 20 | ?P
## 2 S2
PATH 201 | Pathology and Disease Mechanisms | 18 | ?O
MELS 202 | Clinical Biochemistry 1 | 20 | ?P
MELS 203 | Haematology 1 | 20 | P
## 3 S1
MELS 301 | Clinical Biochemistry 2 | 20 | ?P
MELS 302 | Haematology and Haemostasis | 20 | P
MELS 303 | Diagnostic Microbiology | 20 | ?P
## 3 S2
MELS 304 | Transfusion Science | 20 | ?P
MELS 305 | Histotechnology and Cytology | 20 | P
MICR 335 | Immunology | 20 | ?B
## 4 FY
MELS 401 | Clinical Placement (Diagnostic Laboratory) | 60 | P | chemistry,hematology,microbiology,blood_bank
## 4 S1
MELS 402 | Molecular Diagnostics | 20 | ?B
MELS 403 | Laboratory Quality and Management | 20 | P
## 4 S2
MELS 404 | Research Methods in Laboratory Science | 20 | O
"""

NZ_BSC = """
## 1 S1
BIOL 111 | Cell and Molecular Biology | 18 | B
CHEM 111 | Chemical Principles | 18 | C
MATH 160 | Mathematics for Scientists | 18 | M
BIOL 112 | Animal Biology | 18 | B
## 1 S2
CHEM 112 | Organic Chemistry | 18 | C
BIOL 113 | Plant Biology | 18 | B
STAT 110 | Statistical Methods | 18 | M
## 2 S1
MICR 221 | Microbes and Disease | 18 | B
BIOC 221 | Molecular Biology | 18 | B
GENE 221 | Genetics | 18 | B
## 2 S2
MICR 222 | Microbial Physiology | 18 | B
BIOC 222 | Metabolic Biochemistry | 18 | C
ECOL 211 | Ecology | 18 | ?B
## 3 S1
MICR 335 | Immunology | 18 | ?B
MICR 336 | Virology | 18 | ?B
MICR 337 | Bacterial Pathogenesis | 18 | ?B
BIOC 351 | Molecular Genetics | 18 | B
## 3 S2
MICR 338 | Applied and Environmental Microbiology | 18 | B
MICR 339 | Microbial Genomics | 18 | B
MICR 390 | Research Project in Microbiology | 18 | O
"""

NZ_BN = """
## 1 S1
NURS 101 | Foundations of Nursing Practice | 30 | O
NURS 102 | Bioscience for Nursing 1 | 30 | ?B
## 1 S2
NURS 103 | Health and Wellbeing | 30 | O
NURS 104 | Clinical Practice 1 | 30 | O
## 2 S1
NURS 201 | Acute Care Nursing | 30 | O
NURS 202 | Pharmacology for Nurses | 30 | O
## 2 S2
NURS 203 | Mental Health Nursing | 30 | O
NURS 204 | Clinical Practice 2 | 30 | O
## 3 FY
NURS 301 | Transition to Registered Nurse Practice | 60 | O
## 3 S1
NURS 302 | Community and Primary Health Care Nursing | 30 | O
## 3 S2
NURS 303 | Leadership in Nursing | 30 | O
"""

DEGREE = {"nz_bmlsc": ("Bachelor of Medical Laboratory Science", "BMLSc"),
          "nz_bsc": ("Bachelor of Science", "BSc"),
          "nz_bn": ("Bachelor of Nursing", "BN")}
MAJORS = {"nz_bmlsc": ["Clinical Biochemistry and Haematology", "Medical Microbiology and Transfusion Science",
                       "Haematology and Transfusion Science"],
          "nz_bsc": ["Microbiology"], "nz_bn": [""]}

NZ_INST = [
    Institution("Tasman Southern University", "Dunedin", "Otago", "NZ", "Leith Street North",
                ("nz_bmlsc", "nz_bsc", "nz_bn"), "university",
                extra={"motto": "Sapientia et Labore", "chancellor": "Dame Helen Whitcombe",
                       "vc": "Professor Richard Ashworth", "reg": "Margaret Kells"}),
    Institution("Hauraki Harbour University", "Auckland", "Auckland", "NZ", "12 Princes Terrace",
                ("nz_bmlsc", "nz_bsc", "nz_bn"), "university",
                extra={"motto": "Lux Scientiae Mare Illuminat", "chancellor": "Sir Graham Tūhoe-Nash",
                       "vc": "Professor Aroha Whitfield", "reg": "David Penrose"}),
]

PACK = K.CountryPack(
    code="NZ", name="New Zealand",
    given={"F": ["Emma", "Olivia", "Sophie", "Charlotte", "Aroha", "Mereana", "Grace", "Hannah", "Priya", "Mei"],
           "M": ["James", "Liam", "Oliver", "Hamish", "Tane", "Nikau", "Samuel", "Lachlan", "Rohan", "Daniel"]},
    surnames=["Thompson", "Wilson", "Smith", "Walker", "Ngata", "Parata", "Robertson", "Campbell", "MacDonald",
              "Harris", "Te Whata", "Chen", "Patel", "Mitchell"],
    middle={"F": ["Louise", "Jane", "Kate", "Ruth", ""], "M": ["James", "John", "Michael", "Wiremu", ""]},
    institutions=NZ_INST,
    employers=[
        Employer("Southern District Health Board", "Dunedin", "Otago", "NZ", "201 Great King Street",
                 "+64 3 555 0140", "hr@southerndhb.example"),
        Employer("Waitematā Coast District Health Board", "Auckland", "Auckland", "NZ", "124 Shakespeare Road",
                 "+64 9 555 0162", "recruitment@wcdhb.example"),
        Employer("Canterbury Plains District Health Board", "Christchurch", "Canterbury", "NZ", "2 Riccarton Avenue",
                 "+64 3 555 0118", "people@cpdhb.example"),
        Employer("Aotearoa Community Laboratories Ltd", "Hamilton", "Waikato", "NZ", "33 Anglesea Street",
                 "+64 7 555 0190", "careers@aotealabs.example", "lab"),
    ],
    signers=["Karen Mulholland", "Stephen Ruru", "Angela Fitzgerald"],
    curricula=[C.Curriculum("nz_bmlsc", "NZ", "Bachelor of Medical Laboratory Science", "bachelor", 4,
                            "medical_laboratory_science", "uk", C._parse(NZ_BMLSC), 2, 5, clinical_training=True),
               C.Curriculum("nz_bsc", "NZ", "Bachelor of Science in Microbiology", "bachelor", 3, "biology",
                            "uk", C._parse(NZ_BSC), 2, 5),
               C.Curriculum("nz_bn", "NZ", "Bachelor of Nursing", "bachelor", 3, "nursing", "uk", C._parse(NZ_BN),
                            2, 5)],
    mls_curriculum="nz_bmlsc", science_curricula=["nz_bsc"], nonqualifying_curricula=["nz_bn"],
    positions_mls=["Medical Laboratory Scientist"],
    positions_science=["Medical Laboratory Technician", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(1000000, 9999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("NZ", {
    "blood_bank": ["Blood Bank", "Transfusion Medicine"], "chemistry": ["Biochemistry", "Clinical Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"],
    "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Specimen Collection"],
    "other": ["Anatomical Pathology"]})

GRADES = [(88, "A+"), (83, "A"), (78, "A-"), (73, "B+"), (68, "B"), (63, "B-"), (58, "C+"), (53, "C"), (0, "C-")]


def grade_of(s, salt, r):
    sc = r.score + (k(s, salt) % 7) - 3
    for lo, g in GRADES:
        if sc >= lo:
            return g


def nz_rows(s):
    """[(calendar year, [(period, r, points, grade, passed)])] as printed."""
    cur = s.curriculum
    years = {}
    fail = None
    if k(s, "fail") % 4 == 0:
        opts = [(i, j) for i, t in enumerate(s.terms) if t.year in (1, 2) and t.key in ("S1", "S2")
                for j in range(len(t.results))]
        fail = opts[k(s, "failw") % len(opts)]
    cr = None
    if k(s, "cr") % 5 == 0:
        cr = (0, k(s, "crw") % len(s.terms[0].results))
    wd = k(s, "wd") % 6 == 0
    for i, t in enumerate(s.terms):
        y = t.start_year
        rows = years.setdefault(y, [])
        for j, r in enumerate(t.results):
            pts = int(r.spec.credits)
            if "Placement" in r.spec.title or "Transition" in r.spec.title:
                rows.append((t.key, r, pts, "P", True))
            elif cr == (i, j):
                rows.append((t.key, r, pts, "CR", True))
            elif fail == (i, j):
                rows.append((t.key, r, pts, "DE"[k(s, "fg") % 2], False))
                again = years.setdefault(y + 1, [])
                again.insert(0, ("SS", r, pts, ["C", "C+", "B-", "B"][k(s, "rg") % 4], True))
            else:
                rows.append((t.key, r, pts, grade_of(s, f"g{i}.{j}", r), True))
        if wd and t.year == 2 and t.key == "S1" and cur.id != "nz_bn":
            like = t.results[0]
            w = fake_result(like, "GEOG 102", "Geography of Aotearoa New Zealand", 18, "other")
            rows.append((t.key, w, 18, "W", False))
            wd = False
    return sorted(years.items())


def distinction(s):
    sc = [r.score for t in s.terms if t.year >= s.curriculum.years - 1 for r in t.results]
    return sum(sc) / len(sc) >= 76


def in_absentia(s):
    return k(s, "abs") % 3 == 0


def major_of(s):
    ms = MAJORS[s.curriculum.id]
    return ms[k(s, "major") % len(ms)]


def nz_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 50, W - 50
    X = [L, L + 40, L + 84, L + 146, L + 400, L + 428, R]
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    issued = s.conferred + dt.timedelta(days=20 + k(s, "iss") % 200)
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        crest(p, L + 22, 58, 18)
        p.text(L + 56, 52, inst.name.upper(), TB, 13)
        p.text(L + 56, 66, "ACADEMIC RECORD", TB, 10.5)
        p.text(R, 52, f"Student ID {s.student_no}", T, 9.5, "right")
        p.text(R, 66, f"Date of issue {en_date(issued)}", T, 9.5, "right")
        p.hline(L, R, 90, 0.8)
        y = 106
        if len(pages) == 1:
            p.text(L, y, f"Name: {nm}", TB, 10)
            p.text(L, y + 13, f"Date of birth: {en_date(s.dob)}", T, 9.5)
            p.text(L, y + 26, f"Programme: {DEGREE[cur.id][0]} ({DEGREE[cur.id][1]})", T, 9.5)
            y += 46
        else:
            p.text(L, y, f"{nm} (continued)", TI, 9)
            y += 18
        p.pieces(y, [(X[0], "Year", "left"), (X[1], "Period", "left"), (X[2], "Paper", "left"),
                     (X[3], "Title", "left"), (X[5] - 6, "Points", "right"), (X[5] + 4, "Grade", "left")], TB, 9)
        p.hline(L, R, y + 4, 0.5)
        st["y"] = y + 18

    new_page()
    out = []
    total = 0
    for year, rows in nz_rows(s):
        if st["y"] + 13 * len(rows) + 20 > H - 60:
            new_page()
        first = True
        passed = 0
        for period, r, pts, g, ok in rows:
            if st["y"] > H - 70:
                new_page()
                first = True
            p, y = st["p"], st["y"]
            title = r.spec.title
            p.pieces(y, [(X[0], str(year) if first else "", "left"), (X[1] + 6, period, "left"),
                         (X[2], r.spec.code, "left"),
                         (X[3], title, "left", T, fit_size(title, T, 9, X[4] - X[3] - 4, 6.5)),
                         (X[5] - 6, str(pts), "right"), (X[5] + 10, g, "left")], T, 9)
            first = False
            st["y"] = y + 13
            tr = course_truth(r, f"{year} {period}", pts, g, "uk", code=r.spec.code, period=period)
            if not ok:
                tr["passed"] = False
            else:
                passed += pts
            out.append(tr)
        p = st["p"]
        p.text(X[3] + 20, st["y"], f"Points passed {year}: {passed}", TI, 9)
        total += passed
        st["y"] += 20
    if st["y"] + 250 > H - 40:
        new_page()
    p, y = st["p"], st["y"] + 2
    p.hline(L, R, y - 10, 0.5)
    p.text(L, y + 2, f"Total points passed: {total}", TB, 10)
    y += 22
    box_h = 54 if (distinction(s) and cur.id == "nz_bmlsc") else 42
    major = major_of(s)
    if not major:
        box_h -= 13
    p.rect(L, y - 4, R - L, box_h, 0.8, 0.0)
    abs_ = " (in absentia)" if in_absentia(s) else ""
    p.text(L + 8, y + 9, f"{DEGREE[cur.id][0]}, conferred {en_date(s.conferred)}{abs_}", TB, 10)
    yy = y + 9
    if major:
        yy += 13
        p.text(L + 8, yy, f"Major: {major}", T, 9.5)
    if distinction(s) and cur.id == "nz_bmlsc":
        yy += 13
        p.text(L + 8, yy, "Endorsement: with Distinction", T, 9.5)
    y += box_h + 16
    p.text(L, y, "Key", TB, 9.5)
    y += 12
    for ln in ("Points: a full-time year of study is 120 points; one point represents about 10 hours of student "
               "learning.",
               "Periods: S1 first semester; S2 second semester; SS summer school; FY full year.",
               "Grades: A+ 90-100; A 85-89; A- 80-84; B+ 75-79; B 70-74; B- 65-69; C+ 60-64; C 55-59; C- 50-54 (pass);",
               "D 40-49 fail; E 0-39 fail. CR credit awarded without a grade; P pass (ungraded paper); W withdrawn, "
               "no points earned.",
               "This record is not valid unless it bears the University seal and the signature of the Registrar."):
        y = p.paragraph(L, y, ln, T, 8, R - L, 10)
    y += 40
    sign_block(p, rng, R - 100, y, "Registrar", T, 9, 160, inst.extra["reg"])
    p.seal(L + 120, y - 14, 26)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 30, f"Page {q} of {n}", T, 8, "center")
    return LayoutResult("transcript", "ag_nz_record", FAMILY, pages, [nm], out, "uk", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ag_nz_record": (nz_record, FAMILY, ("NZ",))}
