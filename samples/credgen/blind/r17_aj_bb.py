"""Writer AJ, round 17: Barbados (BB). Country pack (an invented community college's two-year
"Associate Degree in Applied Science — Medical Laboratory Technology" (four semesters, about 70
credits), its "Associate Degree in Natural Sciences (Biology)" and its "Associate Degree in Nursing")
and the college's "OFFICIAL TRANSCRIPT": A4 portrait, US-style registrar layout, a serif heading,
"Student No. 2015-0123", "Programme". First a "TRANSFER CREDIT" block listing two CXC CAPE units
accepted ("BIO 113 General Biology I, Transfer, 3 credits, grade TR"). Then one block per semester,
captioned "Semester I 2015-2016": Course ("MLT 101") | Title | Cr. Att. | Cr. Earned | Grade (A, A-,
B+, B, B-, C+, C, D, F; "W" withdrawn with 0 earned) | Quality Pts (earned x points, 4-point scale).
Each semester closes with "Term: Att 17.0 Earned 17.0 QP 55.40 GPA 3.26" and "Cumulative: Att 34.0
Earned 34.0 QP 110.20 GPA 3.24" (the college's own courses; GPA = QP / graded credits, a W counts in
Att only). The second year holds "MLT 250 Clinical Attachment I (480 hours)". Last: "Award: Associate
Degree in Applied Science, Medical Laboratory Technology, with Merit, conferred 18 November 2017"
(with Distinction from a cumulative GPA of 3.60, with Merit from 3.00), "Total Credits Earned: 71.0
(including 6.0 transfer)", the grade key, "Registrar", "This transcript is not valid without the
College seal" and an embossed-looking round seal.

Credit basis: semester credits (system "semester", x 1). Truth rows: code and title as printed, term
"Semester I 2015-2016" (the transfer rows "Transfer Credit", `transfer: true`), credits = Cr. Att.,
`credits_earned` and `quality_points` beside, grade as printed; a W row has passed false and
semester_hours 0.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r17_aj_common import EN_MONTHS, FAMILY, add_department_phrases, course_truth, dry_seal, k, keep_dob, \
    sign_block

BB_MLT = """
## 1 S1
MLT 101 | Introduction to Medical Laboratory Technology | 3 | ?P
CHEM 111 | General Chemistry I | 4 | C
BIO 121 | Human Anatomy and Physiology I | 4 | B
ENG 101 | English Composition I | 3 | O
MATH 110 | College Algebra | 3 | M
## 1 S2
MLT 102 | Clinical Laboratory Techniques | 3 | P
CHEM 112 | General Chemistry II | 4 | C
BIO 122 | Human Anatomy and Physiology II | 4 | B
BIO 130 | Microbiology | 4 | B
PSY 101 | Introduction to Psychology | 3 | O
## 2 S1
MLT 201 | Clinical Chemistry | 4 | P
MLT 202 | Haematology | 4 | P
MLT 203 | Clinical Microbiology | 4 | ?P
MLT 204 | Immunology and Serology | 3 | ?B
MLT 205 | Urinalysis and Body Fluids | 2 | P
## 2 S2
MLT 206 | Immunohaematology and Blood Banking | 4 | P
MLT 207 | Parasitology | 2 | P
MLT 210 | Laboratory Management and Ethics | 1 | P
MLT 250 | Clinical Attachment I (480 hours) | 6 | P | chemistry,hematology,microbiology,blood_bank
"""

BB_NSC = """
## 1 S1
BIO 111 | General Biology I | 4 | B
CHEM 111 | General Chemistry I | 4 | C
MATH 110 | College Algebra | 3 | M
ENG 101 | English Composition I | 3 | O
PHY 111 | Physics I | 4 | O
## 1 S2
BIO 112 | General Biology II | 4 | B
CHEM 112 | General Chemistry II | 4 | C
MATH 120 | Introductory Statistics | 3 | M
COMP 101 | Computer Applications | 3 | O
BIO 130 | Microbiology | 4 | B
## 2 S1
BIO 210 | Genetics | 4 | B
BIO 220 | Ecology | 3 | ?B
CHEM 211 | Organic Chemistry I | 4 | C
BIO 230 | Cell Biology | 4 | B
## 2 S2
BIO 240 | Human Physiology | 4 | B
CHEM 212 | Organic Chemistry II | 4 | C
BIO 250 | Caribbean Flora and Fauna | 3 | B
BIO 290 | Research Project | 3 | O
"""

BB_NUR = """
## 1 S1
NUR 101 | Fundamentals of Nursing I | 5 | O
BIO 121 | Human Anatomy and Physiology I | 4 | B
ENG 101 | English Composition I | 3 | O
PSY 101 | Introduction to Psychology | 3 | O
## 1 S2
NUR 102 | Fundamentals of Nursing II | 5 | O
BIO 122 | Human Anatomy and Physiology II | 4 | B
BIO 130 | Microbiology | 4 | ?B
NUR 110 | Pharmacology for Nurses | 3 | O
## 2 S1
NUR 201 | Medical-Surgical Nursing I | 6 | O
NUR 202 | Maternal and Child Health Nursing | 5 | O
NUR 203 | Mental Health Nursing | 4 | O
## 2 S2
NUR 204 | Medical-Surgical Nursing II | 6 | O
NUR 205 | Community Health Nursing | 4 | O
NUR 250 | Clinical Practicum (480 hours) | 6 | O
"""

AWARD = {"bb_mlt": ("Associate Degree in Applied Science", "Medical Laboratory Technology"),
         "bb_nsc": ("Associate Degree in Natural Sciences", "Biology"),
         "bb_nur": ("Associate Degree in Nursing", "General Nursing")}
TRANSFER = {"bb_mlt": [("BIO 113", "General Biology I", 3, "biology"), ("CHEM 103", "Chemistry Fundamentals", 3,
                                                                           "chemistry")],
            "bb_nsc": [("MATH 105", "Pure Mathematics Unit 1", 3, "mathematics"),
                       ("ENVS 101", "Environmental Science Unit 1", 3, "other")],
            "bb_nur": [("BIO 113", "General Biology I", 3, "biology"), ("SOC 101", "Sociology Unit 1", 3, "other")]}

BB_INST = [
    Institution("Eyrie Hill Community College", "Bridgetown", "St. Michael", "BB",
                "Eyrie Hill, St. Michael, Barbados", ("bb_mlt", "bb_nsc", "bb_nur"), "college",
                extra={"principal": "Dr. Marcia E. Greaves", "chair": "Mr. Anthony C. Brathwaite",
                       "registrar": "Mrs. Joy A. Bynoe", "place": "St. Michael"}),
    Institution("Windward Coast Community College", "Bathsheba", "St. Joseph", "BB",
                "Coast Road, Bathsheba, St. Joseph, Barbados", ("bb_mlt", "bb_nur"), "college",
                extra={"principal": "Dr. Cedric O. Yearwood", "chair": "Mrs. Paula R. Inniss",
                       "registrar": "Ms. Andrea L. Husbands", "place": "St. Joseph"}),
]


def _student_no(rng, start_year, inst):
    return f"{start_year}-{rng.randint(1, 9999):04d}"


PACK = K.CountryPack(
    code="BB", name="Barbados",
    given={"F": ["Keisha", "Shanice", "Tamara", "Danielle", "Kimberley", "Renee", "Natalie", "Aisha", "Latoya",
                 "Sasha"],
           "M": ["Andre", "Jamal", "Marlon", "Kevin", "Dwayne", "Ryan", "Shane", "Jason", "Damien", "Rasheed"]},
    surnames=["Griffith", "Alleyne", "Clarke", "Worrell", "Holder", "Best", "Gittens", "Layne", "Boyce", "Harewood",
              "Forde", "Jordan", "Cumberbatch", "Small"],
    middle={"F": ["Ann", "Marie", "Nicole", ""], "M": ["Anthony", "Michael", "Everton", ""]},
    institutions=BB_INST,
    employers=[
        Employer("Queen Adelaide General Hospital", "Bridgetown", "St. Michael", "BB", "Martindales Road, St. Michael",
                 "(246) 555-4000", "hr@qagh.example"),
        Employer("Eastbourne Diagnostic Laboratory Inc.", "Bridgetown", "St. Michael", "BB",
                 "Collymore Rock, St. Michael", "(246) 555-2150", "careers@eastbournelab.example", "lab"),
        Employer("St. Philip District Hospital", "Six Roads", "St. Philip", "BB", "Six Roads, St. Philip",
                 "(246) 555-3300", "personnel@spdh.example"),
    ],
    signers=["Mrs. Carla D. Maynard", "Mr. Trevor A. Nurse", "Ms. Sonia B. Callender"],
    curricula=[C.Curriculum("bb_mlt", "BB", "Associate Degree in Applied Science (Medical Laboratory Technology)",
                            "associate", 2, "medical_technology", "semester", C._parse(BB_MLT), 9, 11,
                            clinical_training=True),
               C.Curriculum("bb_nsc", "BB", "Associate Degree in Natural Sciences (Biology)", "associate", 2,
                            "biology", "semester", C._parse(BB_NSC), 9, 11),
               C.Curriculum("bb_nur", "BB", "Associate Degree in Nursing", "associate", 2, "nursing", "semester",
                            C._parse(BB_NUR), 9, 11)],
    mls_curriculum="bb_mlt", science_curricula=["bb_nsc"], nonqualifying_curricula=["bb_nur"],
    positions_mls=["Medical Laboratory Technician"],
    positions_science=["Laboratory Assistant"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("BB", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

POINTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "F": 0.0}
ROMAN = {"S1": "I", "S2": "II"}


def semesters(s):
    """[(caption, [(r, att, earned, grade, qp)])]; now and then an elective withdrawn (W)."""
    out = []
    wsem = k(s, "w") % 6          # 0 or 1: a withdrawn elective in that semester
    for i, t in enumerate(s.terms):
        sy = t.start_year
        cap = f"Semester {ROMAN[t.key]} {sy}-{sy + 1}"
        rows = []
        for r in t.results:
            c = float(r.spec.credits)
            rows.append((r, c, c, r.letter, round(c * POINTS[r.letter], 2)))
        if i == wsem:
            fr = fake_result(t.results[0], "SPAN 101", "Conversational Spanish I", 3, "other")
            rows.append((fr, 3.0, 0.0, "W", 0.0))
        out.append((cap, rows))
    return out


def sums(rows):
    att = sum(a for _, a, _, _, _ in rows)
    earned = sum(e for _, _, e, _, _ in rows)
    qp = round(sum(q for _, _, _, _, q in rows), 2)
    gh = sum(a for _, a, _, g, _ in rows if g in POINTS)
    return att, earned, qp, gh


def cum_gpa(s):
    allrows = [x for _, rows in semesters(s) for x in rows]
    _, _, qp, gh = sums(allrows)
    return qp / gh


def award_class(s):
    g = cum_gpa(s) + 1e-9
    return "with Distinction" if g >= 3.6 else "with Merit" if g >= 3.0 else ""


def award_line(s):
    a, f = AWARD[s.curriculum.id]
    cls = award_class(s)
    d = s.conferred
    return f"{a}, {f}{', ' + cls if cls else ''}, conferred {d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def bb_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB, T, TB = "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 46, W - 46
    X = [L, L + 64, L + 300, L + 350, L + 410, L + 460, R]
    nm = f"{person.surname}, {' '.join(x for x in (person.given, person.middle) if x)}"
    a, f = AWARD[cur.id]
    pages = []
    st = {"p": None, "y": 0}

    def new_page(first):
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(W / 2, 50, inst.name.upper(), TB, 16, "center")
        p.text(W / 2, 64, inst.street, T, 9, "center")
        p.text(W / 2, 80, "OFFICE OF THE REGISTRAR", T, 9.5, "center")
        p.text(W / 2, 100, "OFFICIAL TRANSCRIPT", TB, 13, "center")
        p.hline(L, R, 108, 0.8)
        if first:
            y = 124
            for x1, x2 in ((f"Name: {nm}", f"Student No. {s.student_no}"),
                           (f"Programme: {a} — {f}", f"Date of Birth: {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}"),
                           (f"Admitted: {EN_MONTHS[s.admitted.month - 1]} {s.admitted.year}", "")):
                p.pieces(y, [(L, x1, "left"), (L + 340, x2, "left")], S, 8.6)
                y += 12
            st["y"] = y + 6
        else:
            p.text(L, 122, f"Name: {nm} – Student No. {s.student_no} (continued)", S, 8)
            st["y"] = 138

    def colhead(p, y):
        p.hline(L, R, y, 0.5)
        p.pieces(y + 10, [(X[0], "Course", "left"), (X[1], "Title", "left"), (X[3] - 6, "Cr. Att.", "right"),
                          (X[4] - 6, "Cr. Earned", "right"), ((X[4] + X[5]) / 2, "Grade", "center"),
                          (R, "Quality Pts", "right")], SB, 8)
        p.hline(L, R, y + 14, 0.5)
        return y + 14

    def row(p, y, code, title, att, earned, g, qp, fz=8.4):
        p.pieces(y + 10, [(X[0], code, "left"), (X[1], title, "left", S, fit_size(title, S, fz, X[2] - X[1] + 10)),
                          (X[3] - 6, f"{att:.1f}", "right"), (X[4] - 6, f"{earned:.1f}", "right"),
                          ((X[4] + X[5]) / 2, g, "center"), (R, qp, "right")], S, fz)
        return y + 12

    new_page(True)
    out = []
    p, y = st["p"], st["y"]
    p.text(L, y + 8, "TRANSFER CREDIT", SB, 9)
    p.text(L + 110, y + 8, "Caribbean Examinations Council (CXC) — CAPE units accepted", S, 8)
    y = colhead(p, y + 14)
    tr = 0.0
    for code, title, cr, cat in TRANSFER[cur.id]:
        fr = fake_result(None, code, title, cr, cat)
        y = row(p, y, code, f"{title}, Transfer", cr, cr, "TR", "")
        tr += cr
        out.append(course_truth(fr, "Transfer Credit", cr, "TR", "semester", code=code, title=title, transfer=True,
                                credits_earned=cr))
    st["y"] = y + 12
    catt = cearned = cqp = cgh = 0.0
    for cap, rows in semesters(s):
        need = 30 + 12 * len(rows) + 34
        if st["y"] + need > H - 50:
            new_page(False)
        p, y = st["p"], st["y"]
        p.text(L, y + 8, cap, TB, 10)
        y = colhead(p, y + 13)
        for r, att, earned, g, qp in rows:
            y = row(p, y, r.code, r.spec.title, att, earned, g, f"{qp:.2f}")
            extra = {"credits_earned": earned, "quality_points": qp}
            if g == "W":
                out.append(course_truth(r, cap, att, g, "semester", code=r.code, passed=False, semester_hours=0,
                                        **extra))
            else:
                out.append(course_truth(r, cap, att, g, "semester", code=r.code, **extra))
        att, earned, qp, gh = sums(rows)
        catt, cearned, cqp, cgh = catt + att, cearned + earned, round(cqp + qp, 2), cgh + gh
        p.hline(L, R, y + 2, 0.4)
        p.text(X[1], y + 13, f"Term: Att {att:.1f} Earned {earned:.1f} QP {qp:.2f} GPA {qp / gh + 1e-9:.2f}", SB, 8.2)
        p.text(X[1], y + 24, f"Cumulative: Att {catt:.1f} Earned {cearned:.1f} QP {cqp:.2f} GPA "
                             f"{cqp / cgh + 1e-9:.2f}", SB, 8.2)
        st["y"] = y + 40
    if st["y"] + 200 > H - 30:
        new_page(False)
    p, y = st["p"], st["y"] + 6
    p.hline(L, R, y - 8, 0.8)
    p.text(L, y + 4, f"Award: {award_line(s)}", TB, fit_size(f"Award: {award_line(s)}", TB, 9.6, R - L))
    p.text(L, y + 18, f"Total Credits Earned: {cearned + tr:.1f} (including {tr:.1f} transfer)", TB, 9.6)
    y += 38
    p.text(L, y, "GRADE KEY: A 4.0; A- 3.7; B+ 3.3; B 3.0; B- 2.7; C+ 2.3; C 2.0; D 1.0; F 0.0; W Withdrawn (no "
                 "credit, not in GPA);", S, 7.4)
    p.text(L, y + 9.5, "I Incomplete; TR Transfer credit (not in GPA). Quality Pts = credits earned x grade "
                       "points; GPA = quality points / graded credits.", S, 7.4)
    issue = s.conferred + dt.timedelta(days=20 + k(s, "iss") % 200)
    p.text(L, y + 26, f"Date issued: {issue.day} {EN_MONTHS[issue.month - 1]} {issue.year}", S, 8.5)
    sign_block(p, rng, L + 100, y + 90, "Registrar", T, 10, 170, inst.extra["registrar"])
    dry_seal(p, R - 90, y + 70, 36, 0.72)
    p.text(W / 2, y + 130, "This transcript is not valid without the College seal", TB, 9, "center")
    return LayoutResult("transcript", "aj_bb_official_transcript", FAMILY, pages, [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aj_bb_official_transcript": (bb_transcript, FAMILY, ("BB",))}
