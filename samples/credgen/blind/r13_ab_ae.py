"""Writer AB, round 13: United Arab Emirates (AE). Country pack (a private university's "Bachelor of
Science in Medical Laboratory Sciences", four years of American-style semester credit hours; BS in
Biology; BS in Nursing) and an "OFFICIAL ACADEMIC TRANSCRIPT" printed from a Banner-like student
system: English, A4 portrait, a small sans face, a header block across the page (the English name
with the Arabic name beneath it drawn as a picture, ID "201512345", "Program: BS Medical Laboratory
Sciences", date of birth, "Degree Awarded: Bachelor of Science, Conferred 2019-06-20"), then the
terms in TWO COLUMNS on each page (the left column runs term after term, then the right column):
first "TRANSFER CREDIT ACCEPTED BY THE INSTITUTION" (foundation-programme courses, grade "TR",
counted in earned hours, not in the GPA), then "INSTITUTION CREDIT" per term ("Fall 2015", "Spring
2016", "Summer 2016"): Subject ("MLS") | Course ("210") | Title (abbreviated capitals) | Grade
(A ... C-, W) | Credit Hours ("3.000") | Quality Points ("11.10"); under each term "Term Totals" and
"Cumulative" with Attempt / Passed / Earned / GPA Hours, Quality Points and GPA under a row of
labels; at the end "TRANSCRIPT TOTALS" (Total Institution, Total Transfer, Overall) and
"***END OF TRANSCRIPT***".

A course now and then is withdrawn ("W", 0.000 credit hours, no quality points: a truth row with
credits 0 and passed False) and taken again the next regular term. The code is printed in two
columns; the truth records it joined ("MLS 210"). Credit basis: semester credit hours, system
"semester" (x 1). Page text: the header, the left column, then the right column, per page."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r13_ab_common import (FAMILY, add_department_phrases, arabic_line, course_truth, k, parse, r2,
                            round_stamp, sign_block)

AE_MLS = """
## 1 TR
ENGL 101 | ENGLISH COMPOSITION I | 3 | O
MATH 110 | COLLEGE ALGEBRA | 3 | M
ITEC 100 | COMPUTER APPLICATIONS | 3 | O
## 1 S1
BIOL 111 | GENERAL BIOLOGY I | 3 | B
BIOL 111L | GENERAL BIOLOGY I LAB | 1 | B
CHEM 101 | GENERAL CHEMISTRY I | 3 | C
CHEM 101L | GEN CHEMISTRY I LAB | 1 | C
ENGL 102 | ENGLISH COMPOSITION II | 3 | O
ISLM 101 | ISLAMIC CULTURE | 3 | O
HLTH 101 | INTRO TO HEALTH SCIENCES | 2 | O
## 1 S2
BIOL 112 | GENERAL BIOLOGY II | 3 | B
CHEM 102 | GENERAL CHEMISTRY II | 3 | C
CHEM 102L | GEN CHEMISTRY II LAB | 1 | C
STAT 210 | BIOSTATISTICS | 3 | M
BIOL 220 | HUMAN ANAT & PHYSIOL I | 4 | B
UAES 100 | UAE SOCIETY | 3 | O
## 1 SU
ARAB 101 | ARABIC COMMUNICATION | 3 | O
PSYC 101 | INTRO TO PSYCHOLOGY | 3 | O
## 2 S1
CHEM 211 | ORGANIC CHEMISTRY I | 4 | C
BIOL 221 | HUMAN ANAT & PHYSIOL II | 4 | B
BIOL 230 | GENERAL MICROBIOLOGY | 4 | B
MLS 200 | INTRO TO MED LAB SCIENCES | 2 | ?P
PHYS 101 | GENERAL PHYSICS | 3 | O
## 2 S2
CHEM 230 | BIOCHEMISTRY | 4 | C
BIOL 240 | GENETICS | 3 | B
BIOL 250 | CELL & MOLECULAR BIOLOGY | 3 | B
MLS 210 | LAB OPERATIONS & SAFETY | 2 | ?P
MLS 220 | HISTOLOGY | 3 | ?B
COMM 200 | PROFESSIONAL COMMUNICATION | 2 | O
## 3 S1
MLS 310 | CLINICAL CHEMISTRY I | 4 | P
MLS 320 | HEMATOLOGY I | 4 | P
MLS 330 | CLINICAL IMMUNOLOGY | 3 | ?P
MLS 340 | MEDICAL MICROBIOLOGY I | 4 | P
MLS 350 | URINALYSIS & BODY FLUIDS | 2 | P
## 3 S2
MLS 311 | CLINICAL CHEMISTRY II | 4 | P
MLS 321 | HEMATOLOGY II & HEMOSTASIS | 4 | P
MLS 341 | MEDICAL MICROBIOLOGY II | 4 | P
MLS 360 | IMMUNOHEMATOLOGY | 4 | P
MLS 370 | MEDICAL PARASITOLOGY | 2 | P
## 4 S1
MLS 410 | MOLECULAR DIAGNOSTICS | 3 | ?P
MLS 420 | HISTOPATHOLOGY TECHNIQUES | 3 | P
MLS 430 | LAB MANAGEMENT & QA | 3 | P
MLS 440 | RESEARCH METHODS | 3 | O
MLS 450 | CLINICAL PRACTICUM I | 4 | P | chemistry,hematology,urinalysis
## 4 S2
MLS 451 | CLINICAL PRACTICUM II | 8 | P | microbiology,blood_bank,immunology
MLS 460 | MLS CAPSTONE SEMINAR | 2 | O
MLS 470 | MEDICAL ETHICS & UAE LAW | 2 | ?P
"""

AE_BIO = """
## 1 TR
ENGL 101 | ENGLISH COMPOSITION I | 3 | O
MATH 110 | COLLEGE ALGEBRA | 3 | M
## 1 S1
BIOL 111 | GENERAL BIOLOGY I | 4 | B
CHEM 101 | GENERAL CHEMISTRY I | 4 | C
ENGL 102 | ENGLISH COMPOSITION II | 3 | O
ISLM 101 | ISLAMIC CULTURE | 3 | O
## 1 S2
BIOL 112 | GENERAL BIOLOGY II | 4 | B
CHEM 102 | GENERAL CHEMISTRY II | 4 | C
MATH 201 | CALCULUS I | 3 | M
UAES 100 | UAE SOCIETY | 3 | O
## 2 S1
BIOL 210 | BOTANY | 4 | B
CHEM 211 | ORGANIC CHEMISTRY I | 4 | C
BIOL 230 | GENERAL MICROBIOLOGY | 4 | B
STAT 210 | BIOSTATISTICS | 3 | M
## 2 S2
BIOL 220 | ZOOLOGY | 4 | B
CHEM 230 | BIOCHEMISTRY | 4 | C
BIOL 240 | GENETICS | 3 | B
PHYS 101 | GENERAL PHYSICS | 3 | O
## 3 S1
BIOL 310 | CELL BIOLOGY | 3 | B
BIOL 320 | ANIMAL PHYSIOLOGY | 3 | B
BIOL 330 | ECOLOGY | 3 | ?B
BIOL 340 | IMMUNOLOGY | 3 | B
ARAB 101 | ARABIC COMMUNICATION | 3 | O
## 3 S2
BIOL 311 | MOLECULAR BIOLOGY | 3 | B
BIOL 350 | MARINE BIOLOGY | 3 | B
BIOL 360 | BIOINFORMATICS | 3 | ?O
BIOL 370 | EVOLUTION | 3 | ?B
## 4 S1
BIOL 410 | BIOTECHNOLOGY | 3 | ?O
BIOL 420 | DEVELOPMENTAL BIOLOGY | 3 | B
BIOL 430 | RESEARCH METHODS | 3 | O
## 4 S2
BIOL 490 | SENIOR PROJECT | 4 | O
BIOL 495 | BIOLOGY SEMINAR | 2 | O
"""

AE_NUR = """
## 1 TR
ENGL 101 | ENGLISH COMPOSITION I | 3 | O
## 1 S1
BIOL 111 | GENERAL BIOLOGY I | 4 | B
NURS 101 | FOUNDATIONS OF NURSING | 4 | O
ISLM 101 | ISLAMIC CULTURE | 3 | O
## 1 S2
BIOL 220 | HUMAN ANAT & PHYSIOL | 4 | B
NURS 110 | HEALTH ASSESSMENT | 4 | O
## 2 S1
NURS 210 | ADULT HEALTH NURSING I | 6 | O
NURS 220 | PHARMACOLOGY | 3 | O
## 2 S2
NURS 211 | ADULT HEALTH NURSING II | 6 | O
NURS 230 | MATERNITY NURSING | 5 | O
## 3 S1
NURS 310 | PEDIATRIC NURSING | 5 | O
NURS 320 | MENTAL HEALTH NURSING | 5 | O
## 3 S2
NURS 330 | CRITICAL CARE NURSING | 6 | O
NURS 340 | COMMUNITY HEALTH NURSING | 5 | O
## 4 S1
NURS 410 | NURSING LEADERSHIP | 4 | O
NURS 420 | NURSING RESEARCH | 3 | O
## 4 S2
NURS 490 | NURSING INTERNSHIP | 8 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "AE", title, "bachelor", 4, field, "semester", parse(table), 9, 6, clinical_training=clin)


AE_INST = [
    Institution("Gulf Crescent University", "Dubai", "Dubai", "AE", "Academic City, P.O. Box 345120",
                ("ae_mls", "ae_bio", "ae_nur"), "university",
                extra={"ar": "جامعة الهلال الخليجي", "college": "College of Health Sciences", "emirate": "Dubai",
                       "found": "Crescent Foundation Program"}),
    Institution("Al Qasba University of Medical and Applied Sciences", "Sharjah", "Sharjah", "AE",
                "University City Road, P.O. Box 27310", ("ae_mls", "ae_bio", "ae_nur"), "university",
                extra={"ar": "جامعة القصباء للعلوم الطبية والتطبيقية", "college": "College of Health Sciences",
                       "emirate": "Sharjah", "found": "Al Qasba Foundation Year"}),
]

AR = {"Fatima": "فاطمة", "Mariam": "مريم", "Aisha": "عائشة", "Noura": "نورة", "Hessa": "حصة", "Shamma": "شما",
      "Reem": "ريم", "Latifa": "لطيفة", "Ahmed": "أحمد", "Mohammed": "محمد", "Khalid": "خالد", "Omar": "عمر",
      "Saeed": "سعيد", "Rashid": "راشد", "Hamdan": "حمدان", "Yousef": "يوسف", "Ali": "علي", "Abdullah": "عبدالله",
      "Al Mansoori": "المنصوري", "Al Hashimi": "الهاشمي", "Al Ketbi": "الكتبي", "Al Nuaimi": "النعيمي",
      "Al Shamsi": "الشامسي", "Al Marzooqi": "المرزوقي", "Al Suwaidi": "السويدي", "Al Balushi": "البلوشي",
      "Haddad": "حداد", "Khoury": "خوري", "Al Zaabi": "الزعابي", "Al Mazrouei": "المزروعي"}

PACK = K.CountryPack(
    code="AE", name="United Arab Emirates",
    given={"F": ["Fatima", "Mariam", "Aisha", "Noura", "Hessa", "Shamma", "Reem", "Latifa"],
           "M": ["Ahmed", "Mohammed", "Khalid", "Omar", "Saeed", "Rashid", "Hamdan", "Yousef"]},
    surnames=["Al Mansoori", "Al Hashimi", "Al Ketbi", "Al Nuaimi", "Al Shamsi", "Al Marzooqi", "Al Suwaidi",
              "Al Balushi", "Haddad", "Khoury", "Al Zaabi", "Al Mazrouei"],
    middle={"F": ["Mohammed", "Ahmed", "Ali", "Saeed", "Abdullah", "Rashid"],
            "M": ["Mohammed", "Ahmed", "Ali", "Saeed", "Abdullah", "Rashid"]},
    institutions=AE_INST,
    employers=[
        Employer("Emirates Crescent Hospital Group - Al Barsha Hospital", "Dubai", "Dubai", "AE",
                 "Umm Suqeim Road, Al Barsha 2, P.O. Box 502311", "+971 4 000 6120", "hr@echg.example"),
        Employer("Al Qusais Specialty Hospital", "Dubai", "Dubai", "AE", "Damascus Street, Al Qusais, P.O. Box 88210",
                 "+971 4 000 3371", "people@qusais-specialty.example"),
        Employer("Sharjah Gulf Medical Centre", "Sharjah", "Sharjah", "AE", "King Faisal Street, P.O. Box 61020",
                 "+971 6 000 2245", "hr@sgmc.example"),
        Employer("Corniche Diagnostic Laboratories LLC", "Abu Dhabi", "Abu Dhabi", "AE",
                 "Corniche Road West, P.O. Box 47731", "+971 2 000 9180", "careers@corniche-labs.example", "lab"),
    ],
    signers=["Dr. Huda Al Falasi", "Mr. Sanjay Menon", "Ms. Rania Khalil", "Mr. Obaid Al Dhaheri"],
    curricula=[_cur("ae_mls", "Bachelor of Science in Medical Laboratory Sciences", "medical_laboratory_science",
                    AE_MLS, True),
               _cur("ae_bio", "Bachelor of Science in Biology", "biology", AE_BIO),
               _cur("ae_nur", "Bachelor of Science in Nursing", "nursing", AE_NUR)],
    mls_curriculum="ae_mls", science_curricula=["ae_bio"], nonqualifying_curricula=["ae_nur"],
    positions_mls=["Medical Technologist", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("AE", {
    "blood_bank": ["Blood Bank", "Blood Bank & Transfusion Medicine"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Hematology", "Hematology & Coagulation"], "microbiology": ["Microbiology"],
    "immunology": ["Immunology & Serology"], "urinalysis": ["Urinalysis"], "molecular": ["Molecular Diagnostics"],
    "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

PROGRAM = {"ae_mls": "BS Medical Laboratory Sciences", "ae_bio": "BS Biology", "ae_nur": "BS Nursing"}
COLLEGE = {"ae_mls": "College of Health Sciences", "ae_bio": "College of Arts and Sciences",
           "ae_nur": "College of Nursing"}
POINTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "C-": 1.7}
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ae_arabic_name(person, surname=None):
    return " ".join(AR.get(x, x) for x in (person.given, person.middle, surname or person.surname) if x)


def ae_name(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def banner_date(d):
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def term_label(t):
    return {"S1": f"Fall {t.start_year}", "S2": f"Spring {t.start_year + 1}", "SU": f"Summer {t.start_year + 1}",
            "TR": "Transfer"}[t.key]


def ae_rows(s):
    """[(term, [(r, grade)])] for the institution terms, plus the transfer rows; one course may be
    withdrawn (W) and retaken in the next regular term."""
    inst = [[t, [(r, r.letter) for r in t.results]] for t in s.terms if t.key != "TR"]
    tr = [r for t in s.terms if t.key == "TR" for r in t.results]
    if k(s, "w") % 3 == 0:
        regular = [i for i, (t, _) in enumerate(inst) if t.key != "SU" and t.year <= 2]
        i = regular[k(s, "wi") % (len(regular) - 1)]
        nxt = next(j for j in range(i + 1, len(inst)) if inst[j][0].key != "SU")
        rs = inst[i][1]
        j = k(s, "wj") % len(rs)
        r, g = rs[j]
        rs[j] = (r, "W")
        inst[nxt][1].append((r, g))
    return tr, inst


def ae_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W_, H_ = A4
    L, R, gap = 24, W_ - 24, 14
    colw = (R - L - gap) / 2
    nm = ae_name(person)
    tr, terms = ae_rows(s)
    courses = []
    pages = []
    issued = s.conferred + dt.timedelta(days=12 + k(s, "iss") % 40)
    sz = 6.2

    def header(p, n):
        p.text(W_ / 2, 30, inst.name.upper(), FB, 10.5, "center")
        arabic_line(p, W_ / 2, 44, inst.extra["ar"], 8.5)
        p.text(W_ / 2, 58, f"Office of the Registrar - {inst.street}, {inst.city}, United Arab Emirates", F, 6.8,
               "center")
        p.text(W_ / 2, 72, "OFFICIAL ACADEMIC TRANSCRIPT", FB, 10, "center")
        p.hline(L, R, 77, 0.8)
        if n == 1:
            y = 88
            p.pieces(y, [(L, f"Name: {nm}", "left", FB, 7.6), (W_ / 2 + 10, f"Student ID: {s.student_no}", "left", F, 7.2)])
            arabic_line(p, L + 26, y + 11, ae_arabic_name(person), 7.6, align="left")
            y += 22
            p.pieces(y, [(L, f"Date of Birth: {banner_date(s.dob)}", "left", F, 7.2),
                         (W_ / 2 + 10, f"Program: {PROGRAM[cur.id]}", "left", F, 7.2)])
            y += 10
            p.pieces(y, [(L, f"Admit Term: Fall {s.admitted.year}", "left", F, 7.2),
                         (W_ / 2 + 10, f"College: {COLLEGE[cur.id]}", "left", F, 7.2)])
            y += 10
            p.pieces(y, [(L, "Degree Awarded: Bachelor of Science, Conferred " + s.conferred.isoformat(), "left", FB, 7.2),
                         (W_ / 2 + 10, f"Major: {cur.title.replace('Bachelor of Science in ', '')}", "left", F, 7.2)])
            y += 6
            p.hline(L, R, y, 0.5)
            return y + 12
        p.pieces(88, [(L, f"Name: {nm}", "left", F, 7.2), (W_ / 2 + 10, f"Student ID: {s.student_no}", "left", F, 7.2)])
        p.hline(L, R, 93, 0.5)
        return 104

    state = {"page": None, "col": 0, "y": 0, "top": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        state.update(page=p, col=0, top=header(p, len(pages)))
        state["y"] = state["top"]

    def place(h):
        """x of the column where a block of height h goes; moves to the next column / page."""
        if state["y"] + h > H_ - 44:
            if state["col"] == 0:
                state["col"] = 1
            else:
                new_page()
            state["y"] = state["top"]
        return L + state["col"] * (colw + gap)

    X = lambda x0: {"sub": x0, "crs": x0 + 26, "title": x0 + 52, "grade": x0 + 168, "cr": x0 + 223,
                    "qp": x0 + colw}

    def col_head(p, x0, y):
        x = X(x0)
        p.pieces(y, [(x["sub"], "Subject", "left"), (x["crs"], "Course", "left"), (x["title"], "Title", "left"),
                     (x["grade"], "Grade", "left"), (x["cr"], "Credit Hours", "right"),
                     (x["qp"], "Quality Points", "right")], FB, 5.4)
        p.hline(x0, x0 + colw, y + 2, 0.3)

    def totals_rows(p, x0, y, rows):
        p.pieces(y, [(x0 + 88, "Attempt Hours", "right"), (x0 + 122, "Passed Hours", "right"),
                     (x0 + 156, "Earned Hours", "right"), (x0 + 186, "GPA Hours", "right"),
                     (x0 + 226, "Quality Points", "right"), (x0 + colw, "GPA", "right")], FB, 5.0)
        y += 8
        for lab, v in rows:
            p.pieces(y, [(x0, lab, "left", FB, 5.8), (x0 + 88, f"{v[0]:.3f}", "right"), (x0 + 122, f"{v[1]:.3f}", "right"),
                         (x0 + 156, f"{v[2]:.3f}", "right"), (x0 + 186, f"{v[3]:.3f}", "right"),
                         (x0 + 226, f"{v[4]:.3f}", "right"), (x0 + colw, f"{v[5]:.2f}", "right")], F, 5.8)
            y += 8
        return y

    def gpa(qp, gh):
        return r2(qp / gh) if gh else 0.0

    def row(p, x0, y, r, grade, cr, qp):
        x = X(x0)
        sub, num = r.code.split(" ", 1)
        ts = fit_size(r.spec.title, F, sz, 112, 5.0)
        p.text(x["sub"], y, sub, F, sz, record=False)
        p.text(x["crs"], y, num, F, sz, record=False)
        p.text(x["title"], y, r.spec.title, F, ts, record=False)
        p.text(x["grade"], y, grade, F, sz, record=False)
        p.text(x["cr"], y, f"{cr:.3f}", F, sz, "right", record=False)
        items = [sub, num, r.spec.title, grade, f"{cr:.3f}"]
        if qp is not None:
            p.text(x["qp"], y, f"{qp:.2f}", F, sz, "right", record=False)
            items.append(f"{qp:.2f}")
        p.lines.append(" ".join(items))
        p.line_y.append(y)

    new_page()
    # --- transfer credit -----------------------------------------------------------------------
    tr_hours = sum(r.spec.credits for r in tr)
    if tr:
        h = 12 + 10 + 9 + 8.5 * len(tr) + 6
        x0 = place(h)
        p, y = state["page"], state["y"]
        p.text(x0, y + 8, "TRANSFER CREDIT ACCEPTED BY THE INSTITUTION", FB, 6.8)
        p.hline(x0, x0 + colw, y + 10, 0.6)
        y += 20
        p.text(x0, y, f"Fall {s.admitted.year - 1} - Spring {s.admitted.year}: {inst.extra['found']}", "Helvetica-Oblique",
               6.2)
        y += 9
        col_head(p, x0, y)
        y += 9
        for r in tr:
            row(p, x0, y, r, "TR", r.spec.credits, None)
            courses.append(course_truth(r, "Transfer", r.spec.credits, "TR", "semester"))
            y += 8.5
        state["y"] = y + 6
    # --- institution credit ---------------------------------------------------------------------
    x0 = place(14)
    p = state["page"]
    p.text(x0, state["y"] + 8, "INSTITUTION CREDIT", FB, 6.8)
    p.hline(x0, x0 + colw, state["y"] + 10, 0.6)
    state["y"] += 16
    cum = [0.0] * 5
    for t, rs in terms:
        h = 11 + 9 + 8.5 * len(rs) + 2 + 8 + 16 + 8
        x0 = place(h)
        p, y = state["page"], state["y"]
        lab = term_label(t)
        p.text(x0, y + 7, lab, FB, 6.8)
        y += 16
        col_head(p, x0, y)
        y += 9
        tt = [0.0] * 5     # attempt, passed, earned, gpa hours, quality points
        for r, g in rs:
            if g == "W":
                row(p, x0, y, r, "W", 0.0, 0.0)
                courses.append(course_truth(r, lab, 0, "W", "semester", passed=False))
            else:
                cr = r.spec.credits
                qp = round(cr * POINTS[g], 2)
                row(p, x0, y, r, g, cr, qp)
                courses.append(course_truth(r, lab, cr, g, "semester", quality_points=qp))
                for n, v in enumerate((cr, cr, cr, cr, qp)):
                    tt[n] += v
            y += 8.5
        cum = [a + b for a, b in zip(cum, tt)]
        y += 6
        y = totals_rows(p, x0, y, [("Term Totals", tt + [gpa(tt[4], tt[3])]),
                                   ("Cumulative", cum + [gpa(cum[4], cum[3])])])
        state["y"] = y + 6
    # --- totals --------------------------------------------------------------------------------
    trt = [tr_hours, tr_hours, tr_hours, 0.0, 0.0]
    over = [cum[0] + tr_hours, cum[1] + tr_hours, cum[2] + tr_hours, cum[3], cum[4]]
    h = 14 + 8 + 24 + 14 + 70
    x0 = place(h)
    p, y = state["page"], state["y"]
    p.text(x0, y + 8, "TRANSCRIPT TOTALS", FB, 6.8)
    p.hline(x0, x0 + colw, y + 10, 0.6)
    y += 20
    y = totals_rows(p, x0, y, [("Total Institution", cum + [gpa(cum[4], cum[3])]), ("Total Transfer", trt + [0.0]),
                               ("Overall", over + [gpa(over[4], over[3])])])
    y += 8
    p.text(x0 + colw / 2, y, "***END OF TRANSCRIPT***", FB, 6.8, "center")
    y += 42
    sign_block(p, rng, x0 + colw / 2, y, "Registrar", F, 6.8, 140)
    round_stamp(p, x0 + 30, y - 12, 22, 0.45)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.hline(L, R, H_ - 34, 0.4)
        pg.pieces(H_ - 24, [(L, f"Date Issued: {banner_date(issued)}", "left"),
                            (W_ / 2, "This transcript is not valid without the Registrar's signature and seal",
                             "center"), (R, f"Page {i} of {n}", "right")], F, 6)
    return LayoutResult("transcript", "ab_ae_banner_transcript", FAMILY, pages, [nm], courses, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ab_ae_banner_transcript": (ae_transcript, FAMILY, ("AE",))}
