"""Writer I, round 5: Guyana. Country pack (BSc Medical Technology, 4 years; BSc Biology; BSc
Nursing) and a university "OFFICIAL TRANSCRIPT" in the US/Caribbean registrar style: a faint
repeated security text behind everything; "TRANSFER CREDIT ACCEPTED" first (courses taken at a
community college, grade "TR", credits earned, no quality points); then per term "Semester I
2015/2016" with `Course No. | Course Title | Att. | Earned | Grade | Q.Pts` (A 4.0, B+ 3.5, B 3.0,
C+ 2.5, C 2.0, D 1.0, F 0; an F earns nothing and the course is repeated the next term); after
each term ONE line "TERM: ATT 15.00 EARNED 15.00 QP 48.00 GPA 3.20   CUM: ATT ... GPA 3.25"
(institution courses only); totals, the degree conferred, and "*** END OF TRANSCRIPT ***".
Codes "MLT 1101", "BIO 1201". Credits are semester credits (system `semester`)."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LETTER, Page, fit_size
from .r5_i_common import FAMILY, add_department_phrases, course_truth, k, parse, security_text, star_seal

GY_MT = """
## 1 S1
ENG 1101 | English Composition I | 3 | O
MTH 1101 | College Algebra | 3 | M
FDN 1101 | Introduction to Caribbean Society | 3 | O
BIO 1101 | General Biology I | 4 | B
CHM 1101 | General Chemistry I | 4 | C
## 1 S2
ENG 1202 | English Composition II | 3 | O
BIO 1201 | General Biology II | 4 | B
CHM 1201 | General Chemistry II | 4 | C
MLT 1201 | Introduction to Medical Technology | 2 | ?O
STA 1201 | Introductory Statistics | 3 | M
## 2 S1
BIO 2101 | Human Anatomy and Physiology I | 4 | B
CHM 2101 | Organic Chemistry I | 4 | C
MLT 2101 | Medical Terminology and Laboratory Safety | 2 | ?O
MLT 2102 | Phlebotomy and Specimen Processing | 2 | ?P
BIO 2102 | General Microbiology | 4 | B
## 2 S2
BIO 2201 | Human Anatomy and Physiology II | 4 | B
CHM 2201 | Biochemistry | 4 | C
MLT 2201 | Clinical Parasitology | 3 | P
MLT 2202 | Urinalysis and Body Fluids | 3 | ?P
BIO 2202 | Immunology | 3 | B
## 3 S1
MLT 3101 | Clinical Chemistry I | 4 | P
MLT 3102 | Hematology I | 4 | P
MLT 3103 | Clinical Microbiology I | 4 | P
MLT 3104 | Serology | 3 | ?B
## 3 S2
MLT 3201 | Clinical Chemistry II | 4 | P
MLT 3202 | Hematology II and Hemostasis | 4 | P
MLT 3203 | Clinical Microbiology II | 4 | P
MLT 3204 | Immunohematology | 4 | P
## 4 S1
MLT 4101 | Histotechnology | 3 | ?P
MLT 4102 | Laboratory Management and Quality Assurance | 3 | P
MLT 4103 | Clinical Practicum I (Chemistry and Hematology) | 6 | P | chemistry,hematology
MLT 4104 | Research Methods | 3 | O
## 4 S2
MLT 4201 | Clinical Practicum II (Microbiology and Blood Bank) | 6 | P | microbiology,blood_bank
MLT 4202 | Clinical Practicum III (Urinalysis and Serology) | 3 | P | urinalysis,immunology
MLT 4203 | Research Project | 3 | O
MLT 4204 | Molecular Diagnostics | 3 | ?P
"""

GY_BIO = """
## 1 S1
ENG 1101 | English Composition I | 3 | O
MTH 1101 | College Algebra | 3 | M
BIO 1101 | General Biology I | 4 | B
CHM 1101 | General Chemistry I | 4 | C
## 1 S2
BIO 1201 | General Biology II | 4 | B
CHM 1201 | General Chemistry II | 4 | C
MTH 1201 | Calculus I | 3 | M
## 2 S1
BIO 2101 | Genetics | 4 | B
CHM 2101 | Organic Chemistry I | 4 | C
## 2 S2
BIO 2201 | Cell Biology | 4 | B
BIO 2202 | Botany | 4 | B
## 3 S1
BIO 3101 | Microbiology | 4 | B
BIO 3102 | Ecology of Guiana Shield Forests | 3 | ?B
## 3 S2
BIO 3201 | Animal Physiology | 4 | B
CHM 3201 | Biochemistry | 4 | C
## 4 S1
BIO 4101 | Molecular Biology | 3 | B
## 4 S2
BIO 4201 | Research Project | 6 | O
"""

GY_NUR = """
## 1 S1
ENG 1101 | English Composition I | 3 | O
NUR 1101 | Fundamentals of Nursing I | 4 | O
BIO 1103 | Anatomy and Physiology for Nurses | 4 | B
## 1 S2
NUR 1201 | Fundamentals of Nursing II | 4 | O
## 2 S1
NUR 2101 | Medical-Surgical Nursing I | 6 | O
## 2 S2
NUR 2201 | Pharmacology | 3 | O
## 3 S1
NUR 3101 | Maternal and Child Health Nursing | 6 | O
## 3 S2
NUR 3201 | Mental Health Nursing | 4 | O
## 4 S1
NUR 4101 | Community Health Nursing | 6 | O
## 4 S2
NUR 4201 | Nursing Leadership and Management | 4 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "GY", title, "bachelor", 4, field, "semester", parse(table), 9, 11,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="GY", name="Guyana",
    given={"F": ["Shondel", "Keisha", "Natasha", "Alicia", "Devika", "Shanice", "Rohini", "Tamika", "Ria"],
           "M": ["Ravindra", "Jermaine", "Kevon", "Deon", "Anil", "Shawn", "Rajesh", "Tyrone", "Omar"]},
    surnames=["Persaud", "Singh", "Ramdass", "Williams", "Benjamin", "Narine", "Adams", "Hinds", "Baptiste",
              "Mohamed", "Chung", "DeSouza", "Fraser", "Seepersaud"],
    middle={"F": ["Anne", "Marie", "Devi", "Elizabeth", ""], "M": ["Anthony", "Kumar", "Andre", "Mark", ""]},
    institutions=[
        Institution("University of the Demerara Coast", "Georgetown", "Demerara-Mahaica", "GY",
                    "Turkeyen Road, Greater Georgetown", ("gy_bsmt", "gy_bio", "gy_nur"),
                    extra={"prev": "Essequibo Community College"}),
        Institution("Berbice River University", "New Amsterdam", "East Berbice-Corentyne", "GY",
                    "Main Street, New Amsterdam", ("gy_bsmt", "gy_nur"),
                    extra={"prev": "Corentyne Technical Institute"}),
    ],
    employers=[
        Employer("Georgetown Seawall General Hospital", "Georgetown", "Demerara-Mahaica", "GY",
                 "14 New Market Street, North Cummingsburg", "+592 000 0142", "hr@seawall-gh.example"),
        Employer("Linden Bauxite Valley Hospital", "Linden", "Upper Demerara-Berbice", "GY",
                 "Republic Avenue, Mackenzie", "+592 000 0178", "personnel@lbvh.example"),
        Employer("Caribbean Reference Diagnostics Inc.", "Georgetown", "Demerara-Mahaica", "GY",
                 "77 Camp Street", "+592 000 0193", "hr@crd-gy.example", "lab"),
        Employer("Berbice Regional Medical Centre", "New Amsterdam", "East Berbice-Corentyne", "GY",
                 "Vryman's Erven", "+592 000 0121", "admin@brmc.example"),
    ],
    signers=["Ms. Andrea Bollers", "Mr. Compton Ramsaroop", "Dr. Leslyn Chase", "Mrs. Indira Harripaul"],
    curricula=[_cur("gy_bsmt", "Bachelor of Science in Medical Technology", "medical_technology", GY_MT, True),
               _cur("gy_bio", "Bachelor of Science in Biology", "biology", GY_BIO),
               _cur("gy_nur", "Bachelor of Science in Nursing", "nursing", GY_NUR)],
    mls_curriculum="gy_bsmt", science_curricula=["gy_bio"], nonqualifying_curricula=["gy_nur"],
    positions_mls=["Medical Technologist", "Medical Technologist II", "Senior Medical Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(100, 999)}{rng.randint(10, 99)}",
)
K.register(PACK)
add_department_phrases("GY", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology/Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histology"]})

POINTS = {"A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D": 1.0, "F": 0.0}
ROM = {"S1": "I", "S2": "II"}


def gy_grade(score):
    for lo, g in ((80, "A"), (72, "B+"), (65, "B"), (58, "C+"), (50, "C"), (45, "D")):
        if score >= lo:
            return g
    return "F"


def gy_plan(s):
    """(transferred results, [(term, [(result, grade)])]) with one failed course repeated the next
    term for some students."""
    t0 = s.terms[0]
    transfer = [r for r in t0.results if r.code.split()[0] in ("ENG", "MTH", "FDN")][:3]
    key = k(s.student_no, "gyf")
    fail = None
    if key % 4 == 0:
        opts = [(i, j) for i, t in enumerate(s.terms[:-1]) for j, r in enumerate(t.results)
                if not r.spec.areas and r not in transfer]
        fail = opts[key % len(opts)]
    terms = [[] for _ in s.terms]
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            if r in transfer:
                continue
            if (i, j) == fail:
                terms[i].append((r, "F"))
                terms[i + 1].insert(0, (r, gy_grade(max(r.score, 60))))
            else:
                terms[i].append((r, gy_grade(r.score)))
    return transfer, list(zip(s.terms, terms))


def f2(x):
    return f"{x:.2f}"


def gy_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = LETTER
    L, R = 44, W - 44
    fs, lh = 8.2, 10.6
    name = name_form(person, "surname_first")
    xs = {"no": L + 2, "title": L + 62, "att": L + 350, "earn": L + 396, "gr": L + 432, "qp": R - 8}
    pages, st = [], {}

    def new_page():
        p = Page(LETTER)
        pages.append(p)
        security_text(p, f"{inst.name.upper()} \u2022 OFFICIAL TRANSCRIPT")
        star_seal(p, L + 22, 52, 22, 0.35)
        p.text(W / 2 + 14, 42, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 14, 430), "center")
        p.text(W / 2 + 14, 55, f"{inst.street}, {inst.city}, Guyana, South America", F, 8.5, "center")
        p.text(W / 2 + 14, 66, "Office of the Registrar", F, 8.5, "center")
        p.text(W / 2, 86, "OFFICIAL TRANSCRIPT", FB, 12, "center")
        y = 104
        p.pieces(y, [(L, "Student Name:", "left", FB, 8.5), (L + 70, name, "left"),
                     (L + 330, "Student ID:", "left", FB, 8.5), (L + 390, s.student_no, "left")], F, 8.5)
        y += 11
        if len(pages) == 1:
            p.pieces(y, [(L, "Date of Birth:", "left", FB, 8.5), (L + 70, D.mdy_slash(s.dob), "left"),
                         (L + 330, "Admitted:", "left", FB, 8.5), (L + 390, D.long_mdy(s.admitted), "left")], F, 8.5)
            y += 11
            p.pieces(y, [(L, "Program:", "left", FB, 8.5), (L + 70, cur.title, "left")], F, 8.5)
            y += 11
        p.hline(L, R, y - 3, 0.8)
        y += 11
        p.pieces(y, [(xs["no"], "Course No.", "left"), (xs["title"], "Course Title", "left"), (xs["att"], "Att.", "right"),
                     (xs["earn"], "Earned", "right"), (xs["gr"], "Grade", "center"), (xs["qp"], "Q.Pts", "right")], FB, 8)
        p.hline(L, R, y + 4, 0.5)
        st.update(page=p, y=y + 18)

    def row(p, y, r, att, earned, grade, qp):
        p.pieces(y, [(xs["no"], r.code, "left"),
                     (xs["title"], r.spec.title, "left", F, fit_size(r.spec.title, F, fs, xs["att"] - 40 - xs["title"])),
                     (xs["att"], att, "right"), (xs["earn"], earned, "right"), (xs["gr"], grade, "center"),
                     (xs["qp"], qp, "right")], F, fs)

    new_page()
    transfer, terms = gy_plan(s)
    out = []
    p, y = st["page"], st["y"]
    t0 = s.terms[0]
    tlabel = "TRANSFER CREDIT ACCEPTED"
    p.text(L, y, tlabel, FB, 8.8)
    y += lh
    p.text(L + 10, y, f"From: {inst.extra['prev']}, {t0.start_year - 1}/{t0.start_year}", F, fs)
    y += lh + 1
    tr_earned = 0
    for r in transfer:
        c = r.spec.credits
        row(p, y, r, "", f2(c), "TR", "")
        out.append(course_truth(r, tlabel, c, "TR", "semester", transfer=True))
        tr_earned += c
        y += lh
    p.text(L + 10, y, f"TRANSFER TOTALS: EARNED {f2(tr_earned)} QP 0.00", FB, fs)
    st["y"] = y + 2 * lh
    catt = cearn = cqp = 0.0
    for t, rows in terms:
        if not rows:
            continue
        if st["y"] + (len(rows) + 3) * lh > H - 70:
            new_page()
        p, y = st["page"], st["y"]
        label = f"Semester {ROM[t.key]} {t.start_year}/{t.start_year + 1}"
        p.text(L, y, label, FB, 8.8)
        y += lh + 1
        att = earn = qp = 0.0
        for r, g in rows:
            c = r.spec.credits
            e = 0.0 if g == "F" else c
            q = c * POINTS[g]
            row(p, y, r, f2(c), f2(e), g, f2(q))
            out.append(course_truth(r, label, c, g, "semester", passed=g != "F", quality_points=q))
            att, earn, qp = att + c, earn + e, qp + q
            y += lh
        catt, cearn, cqp = catt + att, cearn + earn, cqp + qp
        p.pieces(y + 2, [(xs["title"], f"TERM: ATT {f2(att)} EARNED {f2(earn)} QP {f2(qp)} GPA {f2(qp / att)}", "left"),
                         (xs["title"] + 250, f"CUM: ATT {f2(catt)} EARNED {f2(cearn)} QP {f2(cqp)} GPA {f2(cqp / catt)}",
                          "left")], FB, 6.9)
        st["y"] = y + 2 + 2 * lh
    if st["y"] + 130 > H - 50:
        new_page()
    p, y = st["page"], st["y"]
    p.hline(L, R, y - 8, 0.6)
    y += 4
    for a, b in (("TOTAL INSTITUTION:", f"ATT {f2(catt)} EARNED {f2(cearn)} QP {f2(cqp)} GPA {f2(cqp / catt)}"),
                 ("TOTAL TRANSFER:", f"EARNED {f2(tr_earned)}"),
                 ("OVERALL:", f"EARNED {f2(cearn + tr_earned)} GPA {f2(cqp / catt)}")):
        p.pieces(y, [(L, a, "left", FB, 8.5), (L + 110, b, "left")], F, 8.5)
        y += 11
    y += 8
    conf = D.long_mdy(s.conferred)
    p.pieces(y, [(L, "DEGREE CONFERRED:", "left", FB, 8.5), (L + 110, f"{cur.title}, {conf}", "left")], F, 8.5)
    y += 22
    p.text(L, y, "Grading: A 4.0; B+ 3.5; B 3.0; C+ 2.5; C 2.0; D 1.0; F 0.0; TR Transfer credit (no quality points).",
           F, 7)
    y += 26
    p.text(W / 2, y, "*** END OF TRANSCRIPT ***", FB, 9, "center")
    for i, pg in enumerate(pages, 1):
        yb = pg.h - 40
        pg.signature(R - 150, yb - 12, 110, rng)
        pg.pieces(yb, [(L, f"Page {i} of {len(pages)}", "left"), (R - 95, "University Registrar", "center")], F, 8)
    return LayoutResult("transcript", "gy_official_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": conf, "prints_totals": True})


TRANSCRIPT_LAYOUTS = {"gy_official_transcript": (gy_transcript, FAMILY, ("GY",))}
