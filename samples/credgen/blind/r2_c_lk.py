"""Writer C, round 2: Sri Lanka. Country pack (4-year BSc Honours in Medical Laboratory
Sciences at a state university, BSc Honours in Microbiology, BSc Honours in Nursing; course
units coded "MLS 1113" whose last digit is the credit value, semester credits) and the state
university "Academic Transcript": "Level I Semester I 2015/2016" blocks, Course Unit Code |
Course Unit Title | Credits | Grade | Grade Point, "(NGPA)" units outside the GPA, final GPA
and class."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r2_c_common import FAMILY, add_department_phrases, course_truth, crest_box, parse_table

LK_MLS = """
## 1 S1
MLS 1113 | Human Anatomy | 3 | B
MLS 1123 | Human Physiology I | 3 | B
MLS 1132 | Basic Biochemistry | 2 | C
MLS 1143 | General Chemistry | 3 | C
MLS 1152 | Introduction to Medical Laboratory Sciences | 2 | ?O
ENG 1112 | English Language I (NGPA) | 2 | O
## 1 S2
MLS 1213 | Human Physiology II | 3 | B
MLS 1223 | Metabolic Biochemistry | 3 | C
MLS 1232 | Organic and Analytical Chemistry | 2 | C
MLS 1242 | Cell and Molecular Biology | 2 | B
MLS 1252 | Basic Mathematics and Biostatistics | 2 | M
ITC 1212 | Information Technology (NGPA) | 2 | O
## 2 S1
MLS 2113 | General Microbiology | 3 | B
MLS 2123 | Basic Haematology | 3 | P
MLS 2133 | Clinical Chemistry I | 3 | P
MLS 2142 | Immunology | 2 | B
MLS 2152 | General Pathology | 2 | ?B
ENG 2112 | English Language II (NGPA) | 2 | O
## 2 S2
MLS 2213 | Medical Bacteriology | 3 | P
MLS 2223 | Haematology II | 3 | P
MLS 2233 | Clinical Chemistry II | 3 | P
MLS 2242 | Medical Parasitology | 2 | P
MLS 2252 | Pharmacology | 2 | O
## 3 S1
MLS 3113 | Blood Transfusion Science | 3 | P
MLS 3123 | Histopathology and Cytology Techniques | 3 | P
MLS 3133 | Medical Mycology and Virology | 3 | ?P
MLS 3142 | Clinical Immunology | 2 | ?B
MLS 3152 | Research Methodology | 2 | O
## 3 S2
MLS 3213 | Molecular Diagnostics | 3 | ?P
MLS 3223 | Laboratory Management and Quality Assurance | 3 | P
MLS 3232 | Epidemiology and Public Health | 2 | O
MLS 3242 | Medical Statistics | 2 | M
MLS 3252 | Toxicology and Therapeutic Drug Monitoring | 2 | ?C
## 4 S1
MLS 4116 | Clinical Training I: Clinical Chemistry and Haematology | 6 | P | chemistry,hematology
MLS 4126 | Clinical Training II: Microbiology and Blood Banking | 6 | P | microbiology,blood_bank
MLS 4132 | Seminar in Medical Laboratory Sciences | 2 | O
## 4 S2
MLS 4218 | Research Project | 8 | O
MLS 4223 | Advanced Clinical Biochemistry | 3 | P
MLS 4232 | Professional Ethics and Laboratory Law | 2 | O
"""

LK_MICRO = """
## 1 S1
MCB 1113 | Introductory Microbiology | 3 | B
CHE 1123 | General Chemistry | 3 | C
BIO 1133 | Cell Biology | 3 | B
MAT 1142 | Mathematics for Biologists | 2 | M
ENG 1112 | English Language I (NGPA) | 2 | O
## 1 S2
MCB 1213 | Microbial Diversity | 3 | ?B
CHE 1223 | Organic Chemistry | 3 | C
BIO 1232 | Genetics | 2 | B
STA 1242 | Biostatistics | 2 | M
## 2 S1
MCB 2113 | Microbial Physiology | 3 | B
BCH 2123 | Biochemistry | 3 | C
MCB 2132 | Immunology | 2 | B
CHE 2142 | Analytical Chemistry | 2 | C
## 2 S2
MCB 2213 | Bacteriology | 3 | ?B
MCB 2223 | Virology | 3 | ?B
MCB 2232 | Mycology | 2 | ?B
ITC 2212 | Information Technology (NGPA) | 2 | O
## 3 S1
MCB 3113 | Molecular Biology | 3 | B
MCB 3123 | Food Microbiology | 3 | B
MCB 3132 | Environmental Microbiology | 2 | B
## 3 S2
MCB 3213 | Medical Microbiology | 3 | ?B
MCB 3223 | Industrial Microbiology | 3 | B
MCB 3232 | Research Methodology | 2 | O
## 4 S1
MCB 4113 | Microbial Genetics | 3 | B
MCB 4126 | Industrial Training | 6 | ?O
## 4 S2
MCB 4218 | Research Project | 8 | O
MCB 4222 | Seminar | 2 | O
"""

LK_NURS = """
## 1 S1
NUR 1113 | Fundamentals of Nursing I | 3 | O
NUR 1123 | Anatomy and Physiology for Nurses | 3 | B
NUR 1132 | Biochemistry for Nurses | 2 | C
ENG 1112 | English Language I (NGPA) | 2 | O
## 1 S2
NUR 1213 | Fundamentals of Nursing II | 3 | O
NUR 1222 | Microbiology and Parasitology | 2 | ?B
NUR 1232 | Psychology | 2 | O
## 2 S1
NUR 2114 | Medical Nursing | 4 | O
NUR 2123 | Pharmacology for Nurses | 3 | O
## 2 S2
NUR 2214 | Surgical Nursing | 4 | O
NUR 2223 | Community Health Nursing | 3 | O
## 3 S1
NUR 3114 | Maternal and Child Nursing | 4 | O
NUR 3123 | Mental Health Nursing | 3 | O
## 3 S2
NUR 3216 | Clinical Nursing Practice | 6 | ?O
NUR 3222 | Research Methodology | 2 | O
## 4 S1
NUR 4114 | Nursing Management | 4 | O
NUR 4126 | Advanced Clinical Practice | 6 | ?O
## 4 S2
NUR 4218 | Research Project | 8 | O
"""


def _cur(cid, title, field, table, clinical=False):
    return C.Curriculum(cid, "LK", title, "bachelor", 4, field, "semester", parse_table(table),
                        10, 7, clinical_training=clinical)


PACK = K.CountryPack(
    code="LK", name="Sri Lanka",
    given={"F": ["Nadeesha", "Dilini", "Tharushi", "Kaushalya", "Sanduni", "Ishara", "Nirosha",
                 "Thilini", "Kavitha"],
           "M": ["Kasun", "Chamara", "Dinesh", "Tharindu", "Ruwan", "Lahiru", "Nuwan", "Sivakumar",
                 "Isuru"]},
    surnames=["Perera", "Fernando", "Wickramasinghe", "Jayasuriya", "Bandara", "Rathnayake",
              "Gunawardena", "Senanayake", "Herath", "Dissanayake", "Karunaratne", "Wijesinghe",
              "Ekanayake", "Samarakoon"],
    middle={"F": ["Madushani", "Kumari", "Sewwandi", "Nilmini", "Hansika"],
            "M": ["Lakmal", "Prasad", "Chathuranga", "Sampath", "Madusanka"]},
    institutions=[
        Institution("University of Walawe", "Embilipitiya", "Sabaragamuwa Province", "LK",
                    "P.O. Box 12, New Town Road, Embilipitiya", ("lk_bsc_mls", "lk_bsc_micro", "lk_bsc_nurs")),
        Institution("University of Kelani Valley", "Avissawella", "Western Province", "LK",
                    "Ratnapura Road, Avissawella", ("lk_bsc_mls", "lk_bsc_nurs")),
        Institution("University of Dambadeniya", "Dambadeniya", "North Western Province", "LK",
                    "Kurunegala Road, Dambadeniya", ("lk_bsc_mls", "lk_bsc_micro")),
    ],
    employers=[
        Employer("Ceylon Lotus Hospitals (Pvt) Ltd", "Colombo 05", "Western Province", "LK",
                 "No. 42, Havelock Gardens", "+94 11 000 0142", "hr@ceylonlotus-hospitals.example"),
        Employer("Southern Palms General Hospital", "Galle", "Southern Province", "LK",
                 "No. 18, Wakwella Road", "+94 91 000 0178", "admin@southernpalms-gh.example"),
        Employer("Lanka Medilab Diagnostics (Pvt) Ltd", "Kandy", "Central Province", "LK",
                 "No. 7, Peradeniya Road", "+94 81 000 0193", "hr@lankamedilab.example", "lab"),
        Employer("Kurunegala Lakeview Hospital (Pvt) Ltd", "Kurunegala", "North Western Province", "LK",
                 "No. 220, Negombo Road", "+94 37 000 0121", "office@lakeview-kurunegala.example"),
    ],
    signers=["Dr. W. M. Kumarasinghe", "Mr. R. A. Jayalath", "Dr. (Mrs.) S. N. Ekanayake",
             "Mrs. K. P. Liyanage", "Prof. H. D. Wanniarachchi"],
    curricula=[
        _cur("lk_bsc_mls", "Bachelor of Science Honours in Medical Laboratory Sciences",
             "medical_laboratory_science", LK_MLS, clinical=True),
        _cur("lk_bsc_micro", "Bachelor of Science Honours in Microbiology", "biology", LK_MICRO),
        _cur("lk_bsc_nurs", "Bachelor of Science Honours in Nursing", "nursing", LK_NURS),
    ],
    mls_curriculum="lk_bsc_mls", science_curricula=["lk_bsc_micro"],
    nonqualifying_curricula=["lk_bsc_nurs"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"AHS/{sy % 100:02d}/{rng.randint(1, 140):03d}",
    honours=[],
)
K.register(PACK)
add_department_phrases("LK", {
    "blood_bank": ["Blood Bank", "Transfusion Medicine"], "chemistry": ["Biochemistry", "Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Serology"],
    "urinalysis": ["Clinical Pathology (urine and body fluids)"], "molecular": ["Molecular Biology (PCR)"],
    "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

BANDS = [(85, "A+", 4.0), (75, "A", 4.0), (70, "A-", 3.7), (65, "B+", 3.3), (60, "B", 3.0),
         (55, "B-", 2.7), (50, "C+", 2.3), (0, "C", 2.0)]
ROMAN = ["I", "II", "III", "IV"]


def lk_grade(r):
    for lo, g, gp in BANDS:
        if r.score >= lo:
            return g, gp


def is_ngpa(r):
    return r.spec.title.endswith("(NGPA)")


def lk_result(s):
    """(GPA, class) over the GPA units, as the transcript prints and the diploma repeats."""
    num = den = 0.0
    for t in s.terms:
        for r in t.results:
            if not is_ngpa(r):
                num += lk_grade(r)[1] * r.spec.credits
                den += r.spec.credits
    gpa = round(num / den + 1e-9, 2)
    cls = ("First Class" if gpa >= 3.70 else "Second Class (Upper Division)" if gpa >= 3.30 else
           "Second Class (Lower Division)" if gpa >= 3.00 else "Pass")
    return gpa, cls


def lk_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 44, A4[0] - 44
    full = person.full.upper()
    initials = " ".join(x[0] + "." for x in (person.given, person.middle) if x) + " " + person.surname
    faculty = "Faculty of Allied Health Sciences" if cur.id != "lk_bsc_micro" else "Faculty of Applied Sciences"
    cols = [(L + 4, "left", 70), (L + 84, "left", 290), (L + 392, "center", 36), (L + 438, "center", 30),
            (R - 24, "center", 40)]

    def new_page(n):
        p = Page(A4)
        crest_box(p, L + 26, 60, 46, 50)
        p.text(p.w / 2, 46, inst.name.upper(), FB, 15, "center")
        p.text(p.w / 2, 60, faculty, F, 10, "center")
        p.text(p.w / 2, 72, f"{inst.street}, {inst.region}, Sri Lanka", F, 8.5, "center")
        p.hline(L, R, 92, 1.0)
        y = 110
        if n == 1:
            p.text(p.w / 2, y, "ACADEMIC TRANSCRIPT", FB, 13, "center"); y += 20
            for a, b in ((f"Name in Full: {full}", None), (f"Name with Initials: {initials}", f"Registration No.: {s.student_no}"),
                         (f"Degree: {cur.title}", None),
                         (f"Date of Admission: {D.dmy_dot(s.admitted)}", f"Effective Date of Degree: {D.dmy_dot(s.conferred)}")):
                p.pieces(y, [(L, a, "left")] + ([(L + 300, b, "left")] if b else []), F, 9); y += 13
        else:
            p.pieces(y, [(L, f"Name with Initials: {initials}", "left"),
                         (L + 300, f"Registration No.: {s.student_no}", "left")], F, 9); y += 6
        p.hline(L, R, y, 0.5)
        y += 14
        p.pieces(y, [(cols[0][0], "Course Unit", "left"), (cols[4][0], "Grade", "center")], FB, 8.5)
        y += 10
        p.pieces(y, [(cols[0][0], "Code", "left"), (cols[1][0], "Course Unit Title", "left"),
                     (cols[2][0], "Credits", "center"), (cols[3][0], "Grade", "center"),
                     (cols[4][0], "Point", "center")], FB, 8.5)
        p.hline(L, R, y + 5, 0.5)
        return p, y + 20

    fl = Flow(new_page, 100)
    out = []
    for t in s.terms:
        sem = 1 if t.key == "S1" else 2
        label = f"Level {ROMAN[t.year - 1]} Semester {ROMAN[sem - 1]} {t.start_year}/{t.start_year + 1}"
        fl.need(16 + 12 * 3)
        fl.page.text(L + 4, fl.y, label, FB, 9.5)
        fl.page.hline(L + 4, L + 4 + 200, fl.y + 2.5, 0.4)
        fl.y += 15
        for r in t.results:
            lines = wrap(r.spec.title, F, 9, cols[1][2])
            fl.need(12 * len(lines))
            g, gp = lk_grade(r)
            ng = is_ngpa(r)
            gps = "-" if ng else f"{gp:.2f}"
            cr = int(r.spec.credits)
            fl.page.pieces(fl.y, [(cols[0][0], r.code, "left"), (cols[1][0], lines[0], "left"),
                                  (cols[2][0], str(cr), "center"), (cols[3][0], g, "center"),
                                  (cols[4][0], gps, "center")], F, 9)
            for ln in lines[1:]:
                fl.y += 11
                fl.page.text(cols[1][0], fl.y, ln, F, 9)
            out.append(course_truth(r, label, cr, g, "semester", title=r.spec.title.replace(" (NGPA)", ""),
                                    grade_point=None if ng else gp,
                                    ngpa=ng))
            fl.y += 12.5
        fl.y += 8
    gpa, cls = lk_result(s)
    fl.need(130)
    p = fl.page
    p.hline(L, R, fl.y - 6, 0.8)
    tot = sum(int(r.spec.credits) for t in s.terms for r in t.results)
    ngt = sum(int(r.spec.credits) for t in s.terms for r in t.results if is_ngpa(r))
    p.text(L + 4, fl.y + 8, f"Total Credits: {tot} (GPA credits: {tot - ngt}, NGPA credits: {ngt})", F, 9)
    fl.y += 24
    p.spaced(L + 4, fl.y, [f"Final GPA: {gpa:.2f}", f"Class: {cls}"], FB, 10.5, 30)
    fl.y += 22
    for ln in ("Grading: A+, A 4.00; A- 3.70; B+ 3.30; B 3.00; B- 2.70; C+ 2.30; C 2.00; C- 1.70; D+ 1.30; D 1.00; E 0.00",
               "Course unit code: the last digit is the credit value of the unit (one credit = 15 hours of lectures",
               "or 30 hours of practicals). NGPA: unit not counted in the Grade Point Average."):
        p.text(L + 4, fl.y, ln, F, 7.5); fl.y += 10
    reg = rng.choice(PACK.signers)
    p.signature(R - 180, p.h - 86, 110, rng)
    p.pieces(p.h - 72, [(L + 4, "Prepared by: ..............", "left"), (R - 110, reg, "center")], F, 9)
    p.pieces(p.h - 61, [(L + 4, "Checked by: ..............", "left"), (R - 110, "Senior Assistant Registrar / Examinations", "center")], F, 8.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(pg.h - 34, [(L, "Any alteration renders this transcript invalid.", "left", "Helvetica-Oblique", 7.5),
                              (R, f"Page {i} of {n}", "right", F, 7.5)])
    return LayoutResult("transcript", "lk_academic_transcript", FAMILY, fl.pages, [full, initials], out,
                        "semester", {"conferred_printed": D.dmy_dot(s.conferred), "gpa": gpa, "class": cls})


TRANSCRIPT_LAYOUTS = {"lk_academic_transcript": (lk_transcript, FAMILY, ("LK",))}
