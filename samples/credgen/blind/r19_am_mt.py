"""Writer AM, round 19: Malta (MT). Country pack (two invented universities giving the "Bachelor of
Science (Honours) in Medical Laboratory Science" (4 years, 240 ECTS), a "Bachelor of Science in Biology
and Chemistry" (3 years) and a "Bachelor of Science (Honours) in Nursing") and the university's
"Transcript of Academic Record", English, A4 portrait.

A crest at top centre, the university, "Office of the Registrar"; a block Name, ID Card No. (Maltese
identity card: digits then a letter, "0123495M"), Course, Faculty, Date of Admission, Date of Award.
One continuous ruled table over the pages, grouped by academic year with a grey row "Year 1 -
2014/5"; columns Unit Code (MLS1001) | Unit Title | Sem (1, 2 or Y) | ECTS | Grade (A-F, or P for
pass/fail units) | Mark (45-100, blank for P) | Status (C compulsory, E elective, R repeated). A unit
failed in a year (about one graduate in three, years 1-3) keeps its F and mark; the repeat follows in
the next year with Status R and a footnote mark "*". A unit failed and passed at the September
supplementary session shows the new grade followed by "(S)" ("E (S)"). After each year a row "ECTS
credits obtained: 60". At the end the total, the classification, the award, the key of grades, the
Registrar's signature and "This transcript is not valid unless it bears the University seal".

Truth: credit_system "ects". Each table row a course: code, title as printed, credits the ECTS, grade
as printed ("B", "P", "E (S)", "F"), term "Year 1 - 2014/5 Sem 1"; `mark` and `status` beside; the
failed first attempt carries `passed: false`.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r19_am_common import (FAMILY, add_department_phrases, course_truth, dmy, en_ord_date, k, keep, natural,
                            sign_block, watermark_crest, coat_of_arms, round_stamp)

MT_MLS = """
## 1 S1
MLS1001 | Introduction to Medical Laboratory Science | 5 | P
PHB1101 | Human Physiology I | 5 | B
CHE1201 | General and Inorganic Chemistry | 6 | C
HSC1010 | Communication Skills for Health Professionals | 4 | O
BIO1105 | Cell Biology | 5 | B
MAT1801 | Mathematics and Statistics for the Health Sciences | 5 | M
## 1 S2
PHB1102 | Human Physiology II | 5 | B
CHE1202 | Organic Chemistry | 6 | C
MLS1002 | Laboratory Safety and Quality | 4 | P
BIO1106 | Introductory Microbiology | 5 | B
ANA1001 | Human Anatomy | 6 | B
MLS1010 | Basic Laboratory Techniques | 4 | P
## 2 S1
MLS2001 | Clinical Biochemistry I | 6 | P
MLS2003 | Haematology I | 6 | P
BCH2101 | Biochemistry | 6 | C
MLS2005 | Medical Microbiology I | 6 | P
IMM2001 | Immunology | 6 | ?P
## 2 S2
MLS2002 | Clinical Biochemistry II | 6 | P
MLS2004 | Haematology II | 6 | P
MLS2006 | Medical Microbiology II | 6 | P
GEN2101 | Human Genetics | 4 | B
MLS2010 | Clinical Placement I | 8 | P | chemistry
## 3 S1
MLS3001 | Blood Transfusion Science | 6 | P
MLS3003 | Histopathology and Cytology | 6 | P
MLS3005 | Molecular Diagnostics | 6 | ?B
RES3001 | Research Methods | 4 | O
MLS3007 | Virology and Parasitology | 8 | P
## 3 S2
MLS3002 | Clinical Immunology | 6 | ?P
MLS3004 | Haemostasis and Thrombosis | 4 | P
MLS3020 | Clinical Placement II | 20 | P | hematology,blood_bank
## 4 S1
MLS4001 | Advanced Clinical Biochemistry | 6 | P
MLS4003 | Laboratory Management and Quality Assurance | 4 | ?M
MLS4005 | Clinical Placement III | 12 | P | microbiology,chemistry
ETH4001 | Ethics and Law in Health Care | 4 | O
MLS4007 | Advanced Haematology | 4 | P
## 4 S2
MLS4030 | Dissertation | 20 | O
MLS4002 | Advanced Medical Microbiology | 6 | P
MLS4004 | Point-of-Care Testing | 4 | P
"""

MT_BIOCHEM = """
## 1 S1
BIO1101 | Cell Biology | 6 | B
BIO1103 | Diversity of Life | 6 | B
CHE1101 | General Chemistry | 8 | C
MAT1101 | Calculus for Scientists | 5 | M
CHE1103 | Chemistry Practical I | 5 | C
## 1 S2
BIO1102 | Principles of Ecology | 6 | B
BIO1104 | Genetics | 6 | B
CHE1102 | Organic Chemistry I | 8 | C
STA1102 | Statistics for Scientists | 5 | M
BIO1110 | Biology Practical I | 5 | B
## 2 S1
BIO2101 | Microbiology | 6 | B
CHE2101 | Physical Chemistry | 8 | C
BIO2103 | Plant Physiology | 6 | B
CHE2103 | Analytical Chemistry | 6 | C
ENV2001 | Environmental Science | 4 | O
## 2 S2
BIO2102 | Animal Physiology | 6 | B
CHE2102 | Organic Chemistry II | 8 | C
BIO2104 | Molecular Biology | 6 | B
CHE2104 | Inorganic Chemistry | 6 | C
HSC2010 | Scientific Writing | 4 | O
## 3 S1
BIO3101 | Immunology | 6 | ?B
CHE3101 | Biochemistry | 8 | C
BIO3103 | Marine Biology | 8 | B
CHE3103 | Spectroscopic Methods | 8 | C
## 3 S2
BIO3102 | Evolutionary Biology | 6 | B
CHE3102 | Environmental Chemistry | 6 | C
BIO3110 | Project | 12 | O
BIO3104 | Biotechnology | 6 | ?B
"""

MT_NUR = """
## 1 S1
NUR1001 | Foundations of Nursing | 8 | O
PHB1101 | Human Physiology I | 5 | B
NUR1003 | Anatomy for Nurses | 5 | B
PSY1001 | Psychology for Health | 4 | O
NUR1005 | Nursing Skills Laboratory | 8 | O
## 1 S2
NUR1002 | Adult Nursing I | 8 | O
NUR1004 | Microbiology and Infection Control | 5 | B
NUR1010 | Clinical Practice I | 12 | O
SOC1002 | Sociology of Health | 5 | O
## 2 S1
NUR2001 | Adult Nursing II | 8 | O
NUR2003 | Pharmacology | 6 | O
NUR2005 | Mental Health Nursing | 6 | O
NUR2007 | Child Health Nursing | 10 | O
## 2 S2
NUR2002 | Community Nursing | 8 | O
NUR2010 | Clinical Practice II | 16 | O
RES2002 | Research Methods | 6 | M
## 3 S1
NUR3001 | Critical Care Nursing | 8 | O
NUR3003 | Care of Older Persons | 6 | O
NUR3005 | Leadership in Nursing | 6 | O
NUR3007 | Palliative Care | 10 | O
## 3 S2
NUR3010 | Clinical Practice III | 16 | O
NUR3020 | Dissertation | 14 | O
"""

YEARLONG = {"ANA1001", "MLS1010", "MLS2010", "MLS3020", "MLS4030", "BIO1110", "BIO3110", "NUR1010", "NUR2010",
            "NUR3010", "NUR3020"}
PASSFAIL = {"HSC1010", "MLS2010", "MLS3020", "MLS4005", "NUR1010", "NUR2010", "NUR3010", "NUR1005"}
ELECTIVE = {"MLS4004", "BIO3103", "BIO3104", "ENV2001", "NUR3007", "MLS3005"}

MT_INST = [
    Institution("University of Marsamxett", "Msida", "Central Region", "MT", "Triq il-Kulleġġ, Msida MSD 2080",
                ("mt_mls", "mt_biochem", "mt_nur"), "university",
                extra={"registrar": "Dr Carmel Abela Xuereb", "rector": "Prof. Emanuel Sammut"}),
    Institution("Grand Harbour University of Health Sciences", "Kalkara", "South Eastern Region", "MT",
                "Triq Santu Rokku, Kalkara KKR 1530", ("mt_mls", "mt_nur"), "university",
                extra={"registrar": "Ms Doreen Psaila", "rector": "Prof. Anthony Bonnici"}),
]


def _student_no(rng, start_year, inst):
    return f"{rng.randint(100, 99999):05d}{(start_year - 18) % 100:02d}{rng.choice('MMMMG')}"


PACK = K.CountryPack(
    code="MT", name="Malta",
    given={"F": ["Maria", "Rebecca", "Francesca", "Nicole", "Elaine", "Kristina", "Martina", "Roberta", "Daniela",
                 "Marija"],
           "M": ["Joseph", "Mark", "Luke", "Matthew", "Daniel", "Kurt", "Clayton", "Karl", "Andre", "Ryan"]},
    surnames=["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri",
              "Cassar", "Azzopardi", "Mifsud", "Agius", "Debono", "Caruana"],
    middle={"F": [], "M": []},
    institutions=MT_INST,
    employers=[
        Employer("St Publius General Hospital", "Msida", "Central Region", "MT", "Triq Dun Karm, Msida MSD 2090",
                 "+356 2545 0000", "hr.stpublius@gov.example"),
        Employer("Xlendi Regional Hospital", "Victoria", "Gozo Region", "MT", "Triq l-Arċisqof Pietru Pace, Victoria VCT 2500",
                 "+356 2156 1600", "people.xrh@gov.example"),
        Employer("Valletta Medical Laboratories Ltd", "Birkirkara", "Central Region", "MT",
                 "45, Triq il-Wied, Birkirkara BKR 9034", "+356 2144 7720", "careers@vml.example", "lab"),
    ],
    signers=["Ms Graziella Bugeja", "Mr Noel Zahra", "Ms Sandra Fenech"],
    curricula=[C.Curriculum("mt_mls", "MT", "Bachelor of Science (Honours) in Medical Laboratory Science", "bachelor", 4,
                            "medical_laboratory_science", "ects", C._parse(MT_MLS), 10, 11, clinical_training=True),
               C.Curriculum("mt_biochem", "MT", "Bachelor of Science in Biology and Chemistry", "bachelor", 3,
                            "biology", "ects", C._parse(MT_BIOCHEM), 10, 11),
               C.Curriculum("mt_nur", "MT", "Bachelor of Science (Honours) in Nursing", "bachelor", 3, "nursing",
                            "ects", C._parse(MT_NUR), 10, 11)],
    mls_curriculum="mt_mls", science_curricula=["mt_biochem"], nonqualifying_curricula=["mt_nur"],
    positions_mls=["Medical Laboratory Scientist", "Senior Medical Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep", student_no=_student_no, honours=[])
K.register(PACK)
add_department_phrases("MT", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

BANDS = [(80, "A"), (70, "B"), (55, "C"), (50, "D"), (45, "E"), (0, "F")]
FACULTY = {"mt_mls": "Faculty of Health Sciences", "mt_biochem": "Faculty of Science",
           "mt_nur": "Faculty of Health Sciences"}


def band(m):
    for lo, g in BANDS:
        if m >= lo:
            return g
    return "F"


def year_cap(y0):
    return f"{y0}/{(y0 + 1) % 10}" if (y0 + 1) % 10 else f"{y0}/{(y0 + 1) % 100:02d}"


def mt_rows(s):
    """[(year, caption, [(r, sem, grade, mark or None, status, passed)])]."""
    fail = sup = None
    graded = [(i, j) for i, t in enumerate(s.terms) if t.year < s.curriculum.years
              for j, r in enumerate(t.results) if r.spec.code not in PASSFAIL]
    if k(s, "fail") % 3 == 0 and graded:
        fail = graded[k(s, "fw") % len(graded)]
    if k(s, "sup") % 4 == 1 and graded:
        sup = graded[k(s, "sw") % len(graded)]
        if sup == fail:
            sup = None
    years = {}
    pending = []
    for i, t in enumerate(s.terms):
        y = years.setdefault(t.year, [])
        for j, r in enumerate(t.results):
            c = r.spec.code
            sem = "Y" if c in YEARLONG else ("1" if t.key == "S1" else "2")
            st = "E" if c in ELECTIVE else "C"
            if c in PASSFAIL:
                y.append((r, sem, "P", None, st, True))
            elif fail == (i, j):
                m = 30 + k(s, "fm") % 14
                y.append((r, sem, "F", m, st, False))
                pending.append((t.year + 1, r, sem))
            elif sup == (i, j):
                m = 45 + k(s, "sm") % 10
                y.append((r, sem, f"{band(m)} (S)", m, st, True))
            else:
                m = max(45, min(96, r.score + k(s, f"m{i}.{j}") % 13 - 4))
                y.append((r, sem, band(m), m, st, True))
        if t.key == "S2":
            for yy, r, sem in [p for p in pending if p[0] == t.year]:
                m = max(50, min(78, r.score + 2))
                y.append((r, sem, band(m), m, "R", True))
    y0 = s.terms[0].start_year
    return [(yr, f"Year {yr} - {year_cap(y0 + yr - 1)}", rows) for yr, rows in sorted(years.items())]


def classification(s):
    num = den = 0.0
    for _, _, rows in mt_rows(s):
        for r, sem, g, m, st, ok in rows:
            if m is not None and ok:
                num += m * r.spec.credits
                den += r.spec.credits
    avg = num / den
    return ("First Class (Honours)" if avg >= 80 else "Second Class (Honours) Upper Division" if avg >= 70
            else "Second Class (Honours) Lower Division" if avg >= 55 else "Third Class (Honours)"), avg


def id_card(s):
    return s.student_no


def mt_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    keep(person, "idno", s.student_no)
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    T, TB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 42, W - 42
    X = [L, L + 64, L + 330, L + 360, L + 396, L + 436, L + 474, R]
    nm = natural(person).upper()
    pages = []
    hon = cur.title.startswith("Bachelor of Science (Honours)")

    def head(p, y):
        p.rect(L, y, R - L, 16, 0.7, 0.0, fill=0.9)
        for i, h in enumerate(["Unit Code", "Unit Title", "Sem", "ECTS", "Grade", "Mark", "Status"]):
            x = X[i] + 4 if i in (0, 1) else (X[i] + X[i + 1]) / 2
            p.text(x, y + 11, h, SB, 8, "left" if i in (0, 1) else "center")
        return y + 16

    def new_page():
        p = Page(A4)
        pages.append(p)
        if len(pages) == 1:
            coat_of_arms(p, W / 2, 56, 20, 0.25)
            p.text(W / 2, 100, inst.name.upper(), TB, 14, "center")
            p.text(W / 2, 114, "Office of the Registrar", T, 10, "center")
            p.text(W / 2, 140, "TRANSCRIPT OF ACADEMIC RECORD", TB, 13, "center")
            y = 164
            rows = [("Name", nm), ("ID Card No.", s.student_no), ("Course", cur.title),
                    ("Faculty", FACULTY.get(cur.id, "Faculty of Health Sciences")),
                    ("Date of Admission", en_ord_date(s.admitted)), ("Date of Award", en_ord_date(s.conferred))]
            for a, b in rows:
                p.pieces(y, [(L, a, "left", SB, 9), (L + 100, b, "left", S, 9)], S, 9)
                y += 13
            return p, head(p, y + 10)
        p.pieces(40, [(L, f"{nm} - ID Card No. {s.student_no}", "left"), (R, "Transcript of Academic Record", "right")],
                 S, 7.5)
        return p, head(p, 54)

    p, y = new_page()
    top = y - 16
    out = []
    foot = False
    total = 0
    for yr, cap, rows in mt_rows(s):
        if y + 16 + 13 * min(3, len(rows)) > H - 60:
            grid(p, X, top, y)
            p, y = new_page()
            top = y - 16
        p.rect(L, y, R - L, 14, 0.4, 0.0, fill=0.82)
        p.text(L + 4, y + 10, cap, SB, 8.5)
        y += 14
        p.hline(L, R, y, 0.3)
        ob = 0
        for r, sem, g, m, st, ok in rows:
            if y + 13 > H - 60:
                grid(p, X, top, y)
                p, y = new_page()
                top = y - 16
            t = r.spec.title
            stp = "R*" if st == "R" else st
            p.pieces(y + 9.5, [(X[0] + 4, r.code, "left"), (X[1] + 4, t, "left", S, fit_size(t, S, 8.5, X[2] - X[1] - 8)),
                               ((X[2] + X[3]) / 2, sem, "center"), ((X[3] + X[4]) / 2, str(int(r.spec.credits)), "center"),
                               ((X[4] + X[5]) / 2, g, "center"), ((X[5] + X[6]) / 2, "" if m is None else str(m), "center"),
                               ((X[6] + X[7]) / 2, stp, "center")], S, 8.5)
            y += 13
            p.hline(L, R, y, 0.2)
            extra = {"status": st, "semester": sem}
            if m is not None:
                extra["mark"] = m
            if not ok:
                extra["passed"] = False
            else:
                ob += r.spec.credits
            if st == "R":
                foot = True
            out.append(course_truth(r, f"{cap} Sem {sem}", int(r.spec.credits), g, "ects", code=r.code, **extra))
        total += ob
        p.text(X[2] - 4, y + 9.5, f"ECTS credits obtained: {int(ob)}", SB, 8.5, "right")
        y += 13
        p.hline(L, R, y, 0.3)
    grid(p, X, top, y)
    if y + 230 > H - 40:
        p, y = new_page()
        y -= 10
    y += 8
    if foot:
        p.text(L, y + 4, "* Unit repeated: the first attempt is shown under the year in which it was taken.", SI, 7.5)
        y += 12
    klass, _ = classification(s)
    p.text(L, y + 12, f"Total ECTS credits: {int(total)}", SB, 9.5)
    if hon:
        p.text(L, y + 26, f"Classification: {klass}", SB, 9.5)
        y += 14
    p.text(L, y + 26, f"Award: {cur.title}", SB, 9.5)
    y += 44
    p.text(L, y, "KEY TO GRADES", SB, 8)
    key = ["A 80-100", "B 70-79", "C 55-69", "D 50-54", "E 45-49 (Pass)", "F 0-44 (Fail)", "P Pass (pass/fail unit)"]
    p.spaced(L, y + 11, key, S, 7.5, 12)
    p.text(L, y + 22, "Sem: 1 first semester, 2 second semester, Y year-long unit. Status: C compulsory, "
                      "E elective, R repeated. (S) supplementary session.", S, 7.5)
    sign_block(p, rng, R - 110, y + 80, "Registrar", T, 10, 170, inst.extra["registrar"])
    round_stamp(p, L + 120, y + 68, 30, 0.55)
    p.text(L, y + 118, "This transcript is not valid unless it bears the University seal.", SI, 8)
    p.text(L, y + 130, f"Issued on {dmy(s.conferred, '/')}", S, 8)
    n = len(pages)
    for i, q in enumerate(pages, 1):
        q.text(W / 2, H - 26, f"Page {i} of {n}", S, 7.5, "center")
        watermark_crest(q, W / 2, H / 2, 90, 0.93)
    return LayoutResult("transcript", "am_mt_academic_record", FAMILY, pages, [nm], out, "ects",
                        {"prints_totals": True})


def grid(p, X, top, bottom):
    for x in X[1:-1]:
        p.vline(x, top, bottom, 0.35)
    p.rect(X[0], top, X[-1] - X[0], bottom - top, 0.7)


TRANSCRIPT_LAYOUTS = {"am_mt_academic_record": (mt_transcript, FAMILY, ("MT",))}
