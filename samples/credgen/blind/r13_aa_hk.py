"""Writer AA, round 13: Hong Kong (HK). Country pack (an invented polytechnic university's
"Bachelor of Science (Honours) in Medical Laboratory Science", four years, credit-based; its
"Bachelor of Science (Honours) in Applied Biology with Biotechnology"; its "Bachelor of Science
(Honours) in Nursing") and the "TRANSCRIPT OF STUDIES" on security paper: the university's name
repeated diagonally across the whole page in small light-grey letters (the dense pattern a
picture, a sparse grid of copies real rotated text in the text layer; recorded once per page in the
page text); the student's name in English ("CHAN Wing Yan") and in Chinese
characters (drawn as a picture: no CJK font is embedded); per term a caption "2016/17 Semester 1",
columns `Subject Code | Subject Title | Credit Value | Grade` (codes "ABCT1D04"-like, credit values
with one decimal, grades A+ A B+ B C+ C D+ D F and "P" for pass/fail subjects), no grade-point
column; "Term GPA: 3.21 Cumulative GPA: 3.05 Credits Earned: 18.0" under each term; a "Summer Term"
with "Work-Integrated Education (WIE)" showing "Hours: 240", 0.0 credits and "P"; a "Clinical
Placement" subject with credits and "P"; at the end the award with its honours class, "Date of
Award", "Total Credits Earned: 124.0".

Credit basis: the university's credit is one contact hour a week through a 13-14-week semester with
its self-study (about 40 hours of student work), the US semester credit hour; a full-time year is
30-33 credits and the degree 120-128, as a US bachelor's: system "semester", 1 credit = 1 SH. The
WIE row prints 0.0 credits and is recorded with credits 0 (its hours kept as `wie_hours`). GPA:
A+ 4.5, A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D+ 1.5, D 1.0, F 0; "P" subjects are left out of the
GPA and count in Credits Earned. The honours class follows the final cumulative GPA (>= 3.7 First,
>= 3.2 Second Class Division I, >= 2.7 Division II, else Third), the same on the diploma.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page
from .r13_aa_common import (FAMILY, add_department_phrases, by_reading_order, cjk_block, course_truth, en_date, k,
                            parse, r2, security_background, sign_block, star_seal)

HK_MLS = """
## 1 S1
ABCT1D01 | General Chemistry | 3 | C
HTI1001 | Foundations of Human Biology | 3 | B
AMA1110 | Basic Mathematics and Statistics | 3 | M
ELC1011 | English for University Studies | 3 | O
CAR1D02 | Healthy Lifestyle | 3 | O
## 1 S2
ABCT1D04 | Organic Chemistry | 3 | C
HTI1002 | Human Anatomy and Physiology | 3 | B
HTI1003 | Cell Biology | 3 | B
CBS1151 | Chinese Communication for University Students | 3 | O
LCR1001 | Leadership and Intra-Personal Development | 3 | O
ELC1012 | English for Academic Purposes | 3 | O
## 2 S1
ABCT2D11 | Biochemistry | 3 | C
HTI2101 | Introduction to Medical Laboratory Science | 2 | P
HTI2102 | Medical Microbiology I | 3 | P
HTI2103 | Haematology I | 3 | P
HTI2104 | Immunology | 3 | ?B
SL2H01 | Service-Learning: Community Health | 3 | O
## 2 S2
HTI2201 | Clinical Biochemistry I | 3 | ?P
HTI2202 | Medical Microbiology II | 3 | P
HTI2203 | Haematology II | 3 | P
HTI2204 | Molecular Biology | 3 | B
HTI2205 | Laboratory Instrumentation | 2 | ?P
CAR2E03 | Technology and Society | 3 | O
## 3 S1
HTI3101 | Clinical Biochemistry II | 3 | ?P
HTI3102 | Blood Transfusion Science | 3 | ?P
HTI3103 | Histopathology and Cytology | 3 | P
HTI3104 | Medical Parasitology and Mycology | 3 | P
APSS2S01 | Psychology and Health | 3 | O
## 3 S2
HTI3201 | Clinical Immunology | 3 | ?P
HTI3202 | Molecular Diagnostics | 3 | ?P
HTI3203 | Urinalysis and Body Fluid Analysis | 2 | P
HTI3204 | Research Methods and Biostatistics | 3 | ?M
HTI3205 | Medical Virology | 2 | ?P
## 3 SU
HTI3W01 | Work-Integrated Education (WIE) | 0 | O
## 4 S1
HTI4101 | Clinical Placement | 9 | P | chemistry,hematology,microbiology,blood_bank
HTI4102 | Laboratory Management and Quality Assurance | 3 | P
HTI4103 | Professional Practice and Ethics | 2 | O
## 4 S2
HTI4201 | Capstone Project | 6 | O
HTI4202 | Advanced Topics in Medical Laboratory Science | 3 | P
HTI4203 | Cytogenetics | 3 | ?P
HTI4204 | Advanced Haematology and Haemostasis | 3 | P
"""

HK_BIO = """
## 1 S1
ABCT1D01 | General Chemistry | 3 | C
ABCT1101 | Introductory Biology | 3 | B
AMA1110 | Basic Mathematics and Statistics | 3 | M
ELC1011 | English for University Studies | 3 | O
## 1 S2
ABCT1D04 | Organic Chemistry | 3 | C
ABCT1102 | Diversity of Life | 3 | B
CBS1151 | Chinese Communication for University Students | 3 | O
## 2 S1
ABCT2101 | Biochemistry | 3 | C
ABCT2102 | Cell Biology | 3 | B
ABCT2103 | Genetics | 3 | B
## 2 S2
ABCT2201 | Microbiology | 3 | B
ABCT2202 | Ecology and Environment | 3 | ?B
ABCT2203 | Analytical Chemistry | 3 | C
## 3 S1
ABCT3101 | Molecular Biology | 3 | B
ABCT3102 | Immunology | 3 | ?B
ABCT3103 | Plant Biotechnology | 3 | B
## 3 S2
ABCT3201 | Bioprocess Technology | 3 | O
ABCT3202 | Animal Physiology | 3 | B
## 3 SU
ABCT3W01 | Work-Integrated Education (WIE) | 0 | O
## 4 S1
ABCT4101 | Bioinformatics | 3 | B
ABCT4102 | Capstone Project I | 3 | O
## 4 S2
ABCT4201 | Capstone Project II | 3 | O
ABCT4202 | Food Biotechnology | 3 | O
"""

HK_NUR = """
## 1 S1
SN1001 | Fundamentals of Nursing | 3 | O
SN1002 | Human Anatomy and Physiology | 3 | B
ELC1011 | English for University Studies | 3 | O
## 1 S2
SN1003 | Health Assessment | 3 | O
SN1004 | Microbiology and Infection Control | 3 | ?B
## 2 S1
SN2001 | Adult Health Nursing I | 4 | O
SN2002 | Pharmacology | 3 | O
## 2 S2
SN2003 | Adult Health Nursing II | 4 | O
SN2004 | Community Health Nursing | 3 | O
## 3 S1
SN3001 | Paediatric Nursing | 4 | O
SN3002 | Mental Health Nursing | 4 | O
## 3 S2
SN3003 | Maternal and Child Health Nursing | 4 | O
## 4 S1
SN4001 | Clinical Nursing Practicum | 9 | O
## 4 S2
SN4002 | Nursing Leadership and Management | 3 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "HK", title, level, years, field, "semester", parse(text), 9, 11, clinical_training=clin)


HK_INST = [
    Institution("Victoria Harbour Polytechnic University", "Hong Kong", "Kowloon", "HK", "11 Hung Lok Road, Hung Hom",
                ("hk_mls", "hk_bio", "hk_nur"), "university", extra={"short": "VHPU", "zh": 8}),
    Institution("Lion Rock Polytechnic University", "Hong Kong", "New Territories", "HK", "28 Tat Chee Crescent, Sha Tin",
                ("hk_mls", "hk_bio", "hk_nur"), "university", extra={"short": "LRPU", "zh": 7}),
]

PACK = K.CountryPack(
    code="HK", name="Hong Kong",
    given={"F": ["Wing Yan", "Hoi Ting", "Ka Yan", "Tsz Kwan", "Man Yee", "Pui Shan", "Sze Wing", "Hiu Tung"],
           "M": ["Chi Hang", "Ka Chun", "Ho Yin", "Wai Lun", "Tsz Hin", "Kwok Wai", "Chun Kit", "Yiu Fai"]},
    surnames=["Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Leung", "Ho", "Tsang", "Yip", "Lam", "Chow"],
    middle={"F": [], "M": []},
    institutions=HK_INST,
    employers=[
        Employer("Kowloon Bay Eastern Hospital", "Hong Kong", "Kowloon", "HK", "9 Sheung Yee Road, Kowloon Bay",
                 "+852 3500 0000", "hr.kbeh@ha-hk.example"),
        Employer("Tuen Mun Riverside Hospital", "Hong Kong", "New Territories", "HK", "23 Tsing Chung Koon Road, Tuen Mun",
                 "+852 2468 0000", "hr.tmrh@ha-hk.example"),
        Employer("Happy Valley Sanatorium and Hospital", "Hong Kong", "Hong Kong Island", "HK", "2 Village Road, Happy Valley",
                 "+852 2572 0000", "hr@hvsh.example"),
        Employer("Harbourview Pathology Laboratories Limited", "Hong Kong", "Kowloon", "HK",
                 "Unit 12, 8/F, 700 Nathan Road, Mong Kok", "+852 2388 0000", "admin@hvpath.example", "lab"),
    ],
    signers=["Dr. LAU Kwok Keung", "Ms. CHEUNG Mei Ling", "Mr. NG Siu Ming"],
    curricula=[_cur("hk_mls", "Bachelor of Science (Honours) in Medical Laboratory Science", "bachelor", 4,
                    "medical_laboratory_science", HK_MLS, True),
               _cur("hk_bio", "Bachelor of Science (Honours) in Applied Biology with Biotechnology", "bachelor", 4,
                    "biology", HK_BIO),
               _cur("hk_nur", "Bachelor of Science (Honours) in Nursing", "bachelor", 4, "nursing", HK_NUR)],
    mls_curriculum="hk_mls", science_curricula=["hk_bio"], nonqualifying_curricula=["hk_nur"],
    positions_mls=["Medical Technologist", "Associate Medical Technologist"],
    positions_science=["Laboratory Assistant", "Research Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(100000, 999999)}D",
    honours=[],
)
K.register(PACK)
add_department_phrases("HK", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Pathology"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

GP = {"A+": 4.5, "A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0, "F": 0.0}
GRADES = ["A+", "A", "B+", "B", "C+", "C", "D+"]
SEMS = {"S1": "Semester 1", "S2": "Semester 2", "SU": "Summer Term"}


def is_pf(r):
    return r.spec.credits == 0 or "Placement" in r.spec.title or "Practicum" in r.spec.title


def grade(s, i, j, r):
    if is_pf(r):
        return "P"
    v = int(6.5 - (r.score - 45) / 8.0 + (k(s, f"g{i}.{j}") % 5) - 2)
    return GRADES[max(0, min(len(GRADES) - 1, v))]


def hk_terms(s):
    """[(label, [(result, credit value, grade)], term gpa, cum gpa, credits earned)], and totals."""
    out = []
    qp = qc = 0.0
    tot = 0.0
    for i, t in enumerate(s.terms):
        rows = [(r, float(r.spec.credits), grade(s, i, j, r)) for j, r in enumerate(t.results)]
        tq = sum(cv * GP[g] for _, cv, g in rows if g in GP)
        tc = sum(cv for _, cv, g in rows if g in GP)
        qp += tq
        qc += tc
        earned = sum(cv for _, cv, _ in rows)
        tot += earned
        ay = f"{t.start_year}/{(t.start_year + 1) % 100:02d}"
        out.append((f"{ay} {SEMS[t.key]}", rows, r2(tq / tc) if tc else None, r2(qp / qc) if qc else None, earned))
    return out, tot, (r2(qp / qc) if qc else 0.0)


def honours(cgpa):
    return ("First Class Honours" if cgpa >= 3.7 else "Second Class Honours (Division I)" if cgpa >= 3.2 else
            "Second Class Honours (Division II)" if cgpa >= 2.7 else "Third Class Honours")


def hk_name(person):
    return f"{person.surname.upper()} {person.given}"


def wie_hours(s):
    return [240, 200, 320][k(s, "wie") % 3]


def hk_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, T, TB = "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"
    nm = hk_name(person)
    W, H = A4
    L, R = 56, W - 56
    xs = [L, L + 82, L + 380, L + 450]
    terms, tot, cgpa = hk_terms(s)
    pages, out = [], []
    st = {"p": None, "y": 0}
    bg = f"{inst.name.upper()} {inst.extra['short']}"

    def new_page():
        p = Page(A4)
        pages.append(p)
        security_background(p, bg, "Helvetica", 5.5, 0.88, 30, 30)
        st["p"] = p
        star_seal(p, L + 18, 52, 18, 0.35, points=6)
        p.text(L + 44, 48, inst.name, TB, 14)
        p.text(L + 44, 62, f"{inst.street}, {inst.region}, Hong Kong", S, 8)
        p.text(R, 48, "TRANSCRIPT OF STUDIES", SB, 11, "right")
        p.text(R, 62, f"Page {len(pages)}", S, 8, "right")
        p.hline(L, R, 72, 0.8)
        if len(pages) == 1:
            p.text(L, 92, f"Name: {nm}", SB, 9.5)
            w = p.text(L + 230, 92, "Chinese Name:", S, 9)
            cjk_block(p, L + 230 + w + 26, 94, 3, 11, k(s, "zh"), 15)
            p.pieces(105, [(L, f"Student No.: {s.student_no}", "left"),
                           (L + 230, f"Date of Birth: {s.dob.strftime('%d/%m/%Y')}", "left")], S, 9)
            p.text(L, 118, f"Programme: {cur.title}", S, 9)
            p.pieces(131, [(L, "Mode of Study: Full-time", "left"),
                           (L + 230, f"Date of Admission: {s.admitted.strftime('%d/%m/%Y')}", "left")], S, 9)
            st["y"] = 154
        else:
            p.text(L, 90, f"Name: {nm}    Student No.: {s.student_no}".replace("    ", " "), S, 8.5)
            st["y"] = 110

    def head(y):
        p = st["p"]
        p.pieces(y, [(xs[0], "Subject Code", "left"), (xs[1], "Subject Title", "left"),
                     (xs[2] + 40, "Credit Value", "right"), (xs[3] + 16, "Grade", "center")], SB, 8)
        p.hline(L, R, y + 3, 0.4, 0.3)

    new_page()
    for label, rows, tg, cg, earned in terms:
        need = 40 + 11 * len(rows) + (10 if any(r.spec.credits == 0 for r, _, _ in rows) else 0)
        if st["y"] + need > H - 60:
            new_page()
        p = st["p"]
        p.text(L, st["y"], label, TB, 10)
        head(st["y"] + 13)
        y = st["y"] + 26
        for r, cv, g in rows:
            p.pieces(y, [(xs[0], r.spec.code, "left"), (xs[1], r.spec.title, "left"),
                         (xs[2] + 40, f"{cv:.1f}", "right"), (xs[3] + 16, g, "center")], S, 8.5)
            extra = {}
            if r.spec.credits == 0:
                y += 10
                p.text(xs[1] + 8, y, f"Hours: {wie_hours(s)}", S, 7.5)
                extra["wie_hours"] = wie_hours(s)
            y += 11
            out.append(course_truth(r, label, cv, g, "semester", code=r.spec.code, **extra))
        parts = [f"Term GPA: {tg:.2f}" if tg is not None else "Term GPA: --",
                 f"Cumulative GPA: {cg:.2f}" if cg is not None else "Cumulative GPA: --",
                 f"Credits Earned: {earned:.1f}"]
        p.spaced(xs[1], y + 2, parts, SB, 8, gap=26)
        st["y"] = y + 22
    if st["y"] + 130 > H - 40:
        new_page()
    p = st["p"]
    y = st["y"] + 6
    p.hline(L, R, y - 10, 0.6)
    award = f"Award: {cur.title}, {honours(cgpa)}"
    y = p.paragraph(L, y + 2, award, TB, 9.5, R - L, 12)
    p.text(L, y + 2, f"Date of Award: {en_date(s.conferred)}", S, 9)
    p.text(L, y + 15, f"Total Credits Earned: {tot:.1f}", S, 9)
    p.text(L, y + 28, f"Final Cumulative GPA: {cgpa:.2f}", S, 9)
    p.text(L, y + 46, "Grade points: A+ 4.5, A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D+ 1.5, D 1.0, F 0. "
           "P: pass in a pass/fail subject (not included in the GPA).", S, 6.8)
    sign_block(p, rng, R - 100, y + 100, "Academic Registrar", S, 8.5, 160)
    p.text(L, y + 100, f"Date of Issue: {en_date(s.conferred.replace(day=min(28, s.conferred.day)))}", S, 8)
    p.text(L, H - 28, "This transcript is printed on security paper and is not valid if altered. "
           "The university name appears in the background.", S, 6.5)
    return LayoutResult("transcript", "aa_hk_security", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aa_hk_security": (hk_transcript, FAMILY, ("HK",))}
