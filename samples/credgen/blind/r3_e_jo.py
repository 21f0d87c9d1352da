"""Writer E, round 3: Jordan. Country pack (BSc Medical Laboratory Sciences, 4 years with summer
semesters; BSc Biological Sciences; BSc Nursing; credit hours = semester credits; 7-digit course
numbers whose digits carry faculty / department / level) and the university "Official
Transcript": term blocks set two to a row (left column, then right column), each `Course No. |
Course Name | Cr. Hrs | Mark | Grade Point`, marks 0-100 with grade points on the 4.2 scale
(A+ = 4.2) or the 4.0 scale depending on the university, "First Semester 2016/2017" and "Summer
Semester 2017" captions, "Semester Hours .. Semester Average .." and "Cumulative Hours ..
Cumulative Average .." (averages of marks, not GPA) under each block."""

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, fit_size, wrap
from .r3_e_common import FAMILY, add_department_phrases, course_truth, crest, curriculum, tweak, wavg

JO_MLS = """
## 1 S1
0100101 | Arabic Language Skills | 3 | O
0110101 | English Language Skills | 3 | O
0303101 | General Chemistry (1) | 3 | C
0303111 | General Chemistry Lab (1) | 1 | C
0304101 | General Biology (1) | 3 | B
0304111 | General Biology Lab (1) | 1 | B
0301131 | Calculus (1) | 3 | M
## 1 S2
0303102 | General Chemistry (2) | 3 | C
0304102 | General Biology (2) | 3 | B
0302101 | General Physics (1) | 3 | O
0100103 | Military Sciences | 3 | O
0303231 | Organic Chemistry (1) | 3 | C
## 1 SU
0100104 | National Education | 3 | O
0301151 | Principles of Statistics | 3 | M
## 2 S1
0501201 | Human Anatomy | 3 | B
0501203 | Human Physiology | 3 | B
0503201 | Introduction to Medical Laboratory Sciences | 2 | P
0303241 | Analytical Chemistry | 3 | C
0503211 | General Microbiology | 3 | B
0503212 | General Microbiology Lab | 1 | B
## 2 S2
0503221 | Biochemistry (1) | 3 | C
0503231 | Medical Parasitology | 3 | P
0503232 | Medical Parasitology Lab | 1 | P
0503241 | Basic Immunology | 3 | ?B
0503251 | Hematology (1) | 3 | P
0503252 | Hematology (1) Lab | 1 | P
## 2 SU
0100105 | Islamic Culture | 3 | O
0503261 | Medical Terminology and Ethics | 2 | O
## 3 S1
0503321 | Clinical Chemistry (1) | 3 | P
0503322 | Clinical Chemistry (1) Lab | 1 | P
0503311 | Medical Bacteriology | 3 | P
0503312 | Medical Bacteriology Lab | 1 | P
0503351 | Hematology (2) and Coagulation | 3 | P
0503341 | Serology and Immunodiagnosis | 3 | ?P
0503361 | Histotechniques | 2 | ?P
## 3 S2
0503323 | Clinical Chemistry (2) | 3 | P
0503371 | Immunohematology and Blood Banking | 3 | P
0503372 | Immunohematology Lab | 1 | P
0503313 | Medical Mycology and Virology | 3 | ?P
0503381 | Molecular Diagnostics | 3 | ?B
0503391 | Urine and Body Fluids Analysis | 2 | P
## 3 SU
0503399 | Field Training | 3 | P | chemistry,hematology
## 4 S1
0503471 | Clinical Training in Hematology and Blood Bank | 6 | P | hematology,blood_bank
0503472 | Clinical Training in Clinical Chemistry | 5 | P | chemistry,urinalysis
0503481 | Laboratory Management and Quality Control | 2 | P
0503491 | Research Methods | 2 | O
## 4 S2
0503473 | Clinical Training in Microbiology | 6 | P | microbiology
0503474 | Clinical Training in Immunology and Serology | 4 | ?P | immunology
0503492 | Graduation Project | 2 | O
0503493 | Seminar in Medical Laboratory Sciences | 1 | O
"""

JO_BIO = """
## 1 S1
0100101 | Arabic Language Skills | 3 | O
0110101 | English Language Skills | 3 | O
0304101 | General Biology (1) | 3 | B
0304111 | General Biology Lab (1) | 1 | B
0303101 | General Chemistry (1) | 3 | C
0301131 | Calculus (1) | 3 | M
## 1 S2
0304102 | General Biology (2) | 3 | B
0303102 | General Chemistry (2) | 3 | C
0302101 | General Physics (1) | 3 | O
0100103 | Military Sciences | 3 | O
0304112 | General Biology Lab (2) | 1 | B
0303112 | General Chemistry Lab (2) | 1 | C
## 1 SU
0100104 | National Education | 3 | O
0100105 | Islamic Culture | 3 | O
## 2 S1
0304211 | Invertebrate Zoology | 3 | B
0304221 | Plant Morphology | 3 | B
0303231 | Organic Chemistry (1) | 3 | C
0301151 | Principles of Statistics | 3 | M
0304212 | Invertebrate Zoology Lab | 1 | B
0302102 | General Physics (2) | 3 | O
## 2 S2
0304231 | Cell Biology | 3 | B
0304241 | Microbiology | 3 | B
0304242 | Microbiology Lab | 1 | B
0304251 | Vertebrate Zoology | 3 | B
0303232 | Organic Chemistry (2) | 3 | C
## 2 SU
0304299 | Field Biology | 3 | B
## 3 S1
0304331 | Genetics | 3 | B
0304341 | Biochemistry | 3 | C
0304351 | Animal Physiology | 3 | B
0304352 | Animal Physiology Lab | 1 | B
0304321 | Plant Physiology | 3 | B
0304381 | Biostatistics | 3 | M
## 3 S2
0304332 | Molecular Biology | 3 | B
0304361 | Ecology | 3 | ?B
0304371 | Immunology | 3 | B
0304342 | Biochemistry Lab | 1 | C
0304372 | Virology | 3 | B
## 4 S1
0304441 | Developmental Biology | 3 | B
0304451 | Parasitology | 3 | B
0304461 | Histology | 3 | B
0304471 | Evolution | 3 | ?B
0304481 | Entomology | 3 | B
## 4 S2
0304491 | Research Project | 3 | O
0304492 | Seminar | 1 | O
0304442 | Endocrinology | 3 | B
0304462 | Biotechnology | 3 | B
0110102 | Scientific Writing in English | 3 | O
"""

JO_NURS = """
## 1 S1
0100101 | Arabic Language Skills | 3 | O
0701101 | Anatomy and Physiology for Nurses | 3 | B
0701111 | Fundamentals of Nursing (1) | 3 | O
## 1 S2
0701112 | Fundamentals of Nursing (2) | 4 | O
0701121 | Pharmacology for Nurses | 3 | O
## 2 S1
0701211 | Adult Health Nursing (1) | 6 | O
## 2 S2
0701212 | Adult Health Nursing (2) | 6 | O
## 3 S1
0701311 | Maternity Nursing | 5 | O
0701321 | Child Health Nursing | 5 | O
## 3 S2
0701331 | Mental Health Nursing | 5 | O
## 4 S1
0701411 | Community Health Nursing | 5 | O
## 4 S2
0701421 | Nursing Leadership and Management | 3 | O
0701491 | Clinical Internship | 6 | O
"""


def _sn(rng, sy, inst):
    return f"{inst.extra['sn']}{sy % 100:02d}{rng.randint(10000, 99999)}"


MALE = ["Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Ibrahim", "Laith", "Zaid", "Hamza", "Anas",
        "Tareq", "Bashar", "Mahmoud", "Saleh", "Hasan", "Faisal"]
PACK = K.CountryPack(
    code="JO", name="Jordan",
    given={"F": ["Lina", "Rania", "Dana", "Sara", "Hala", "Reem", "Noor", "Aya", "Ruba", "Tasneem", "Farah",
                 "Layan", "Haneen", "Asma"],
           "M": MALE[:12]},
    surnames=["Al-Khatib", "Haddad", "Al-Masri", "Obeidat", "Al-Zoubi", "Khasawneh", "Al-Momani",
              "Abu Hammad", "Nasser", "Al-Shami", "Qasem", "Bani Hani", "Al-Rawashdeh", "Smadi"],
    middle={"F": MALE, "M": MALE},
    institutions=[
        Institution("Ajloun Highlands University", "Ajloun", "Ajloun", "JO", "P.O. Box 43, Ajloun 26810",
                    ("jo_bsc_mls", "jo_bsc_bio", "jo_bsc_nurs"), extra={"scale": 4.2, "sn": "1"}),
        Institution("Eastern Desert University of Science and Technology", "Mafraq", "Mafraq", "JO",
                    "P.O. Box 130, Mafraq 25110", ("jo_bsc_mls", "jo_bsc_nurs"), extra={"scale": 4.0, "sn": "2"}),
        Institution("Balqa Hills University", "Salt", "Balqa", "JO", "P.O. Box 206, Salt 19117",
                    ("jo_bsc_mls", "jo_bsc_bio"), extra={"scale": 4.2, "sn": "3"}),
    ],
    employers=[
        Employer("Al-Rayyan Specialty Hospital", "Amman", "Amman", "JO", "Wasfi Al-Tal Street, Khalda",
                 "+962 6 555 0142", "hr@alrayyan-hospital.example"),
        Employer("Al-Yasmeen Hospital", "Irbid", "Irbid", "JO", "Al-Hashmi Street, P.O. Box 3120",
                 "+962 2 555 0177", "personnel@alyasmeen-hosp.example"),
        Employer("Al-Karmel Medical Laboratories", "Amman", "Amman", "JO", "Mecca Street, Building 58",
                 "+962 6 555 0193", "info@alkarmel-labs.example", "lab"),
        Employer("Zarqa Crescent Hospital", "Zarqa", "Zarqa", "JO", "Army Street, New Zarqa",
                 "+962 5 555 0120", "admin@zarqacrescent.example"),
    ],
    signers=["Dr. Ziad Al-Hourani", "Dr. Maysoon Haddadin", "Mr. Nabil Abu Rumman", "Dr. Suha Al-Tarawneh"],
    curricula=[
        curriculum("jo_bsc_mls", "JO", "Bachelor of Science in Medical Laboratory Sciences", 4,
                   "medical_laboratory_science", "semester", JO_MLS, 9, 6, True),
        curriculum("jo_bsc_bio", "JO", "Bachelor of Science in Biological Sciences", 4, "biology", "semester",
                   JO_BIO, 9, 6),
        curriculum("jo_bsc_nurs", "JO", "Bachelor of Science in Nursing", 4, "nursing", "semester", JO_NURS, 9, 6),
    ],
    mls_curriculum="jo_bsc_mls", science_curricula=["jo_bsc_bio"], nonqualifying_curricula=["jo_bsc_nurs"],
    positions_mls=["Medical Laboratory Technologist", "Laboratory Specialist", "Senior Medical Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep", student_no=_sn, honours=[],
)
K.register(PACK)
add_department_phrases("JO", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry", "Biochemistry"],
    "hematology": ["Hematology", "Hematology and Coagulation"], "microbiology": ["Microbiology"],
    "immunology": ["Immunology and Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics (PCR)"], "phlebotomy": ["Sample Collection"],
    "other": ["Histopathology"]})

SCALE_42 = [(90, "4.20"), (85, "4.00"), (80, "3.75"), (76, "3.50"), (72, "3.25"), (68, "3.00"), (64, "2.75"),
            (60, "2.50"), (56, "2.25"), (53, "2.00"), (50, "1.75"), (0, "0.00")]
SCALE_40 = [(90, "4.0"), (85, "3.7"), (80, "3.3"), (75, "3.0"), (70, "2.7"), (65, "2.3"), (60, "2.0"),
            (55, "1.7"), (53, "1.3"), (50, "1.0"), (0, "0.0")]


def mark_of(r):
    return max(50, min(98, r.score + 6 + tweak(r.code, 5)))


def gp_of(mark, scale):
    for lo, g in (SCALE_42 if scale == 4.2 else SCALE_40):
        if mark >= lo:
            return g


def jo_term_label(t):
    if t.key == "SU":
        return f"Summer Semester {t.start_year + 1}"
    return f"{'First' if t.key == 'S1' else 'Second'} Semester {t.start_year}/{t.start_year + 1}"


def rating(avg):
    return "Excellent" if avg >= 84 else "Very Good" if avg >= 76 else "Good" if avg >= 68 else "Satisfactory"


def jo_avg(s):
    return wavg([(r.spec.credits, mark_of(r)) for t in s.terms for r in t.results])


def jo_grad_term(s):
    t = s.terms[-1]
    return f"{'First' if t.key == 'S1' else 'Second'} Semester {t.start_year}/{t.start_year + 1}"


def jo_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 30, A4[0] - 30
    name = name_form(person, "natural")
    scale = inst.extra["scale"]
    GAP = 12
    CW = (R - L - GAP) / 2
    pages = []

    def new_page():
        p = Page(A4)
        crest(p, L + 22, 52, 16)
        p.text(p.w / 2, 44, inst.name, FB, 14, "center")
        p.text(p.w / 2, 58, "Admission and Registration Unit", F, 9, "center")
        p.text(p.w / 2, 70, inst.street, F, 8, "center")
        p.text(p.w / 2, 90, "OFFICIAL TRANSCRIPT", FB, 12, "center")
        p.hline(L, R, 96, 0.8)
        rows = [(f"Student Name: {name}", f"Student No.: {s.student_no}"),
                ("Faculty: Applied Medical Sciences" if cur.id != "jo_bsc_bio" else "Faculty: Science",
                 f"Major: {cur.title.split(' in ', 1)[1]}"),
                ("Nationality: Jordanian", f"Degree: Bachelor ({'4.2' if scale == 4.2 else '4.0'} point scale)")]
        y = 108
        for a, b in rows:
            p.pieces(y, [(L, a, "left"), (L + 300, b, "left")], F, 8); y += 10
        p.hline(L, R, y - 4, 0.8)
        pages.append(p)
        return p, y + 6

    p, ytop = new_page()
    col, y = 0, ytop
    low = ytop          # lowest point used on the current page
    out = []
    cum_h, cum = 0.0, []
    # x offsets inside a column: No. | Name | Cr.Hrs | Mark | GP
    offs = [2, 40, CW - 72, CW - 44, CW - 14]
    for t in s.terms:
        label = jo_term_label(t)
        h = 12 + 12 + 9.5 * len(t.results) + 24
        if y + h > p.h - 96:
            if col == 0:
                col, y = 1, ytop
            else:
                p, ytop = new_page()
                col, y, low = 0, ytop, ytop
        x0 = L + col * (CW + GAP)
        yb = y
        p.rect(x0, y, CW, 11, 0.5, 0.0, fill=0.88)
        p.text(x0 + 3, y + 8.3, label, FB, 7.8)
        y += 11
        p.pieces(y + 8.5, [(x0 + offs[0], "Course No.", "left"), (x0 + offs[1] + 4, "Course Name", "left"),
                           (x0 + offs[2], "Cr. Hrs", "center"), (x0 + offs[3], "Mark", "center"),
                           (x0 + offs[4], "G.P.", "center")], FB, 7)
        p.hline(x0, x0 + CW, y + 11.5, 0.4)
        y += 12 + 8.5
        th, marks = 0.0, []
        for r in t.results:
            m = mark_of(r)
            gp = gp_of(m, scale)
            nm = r.spec.title
            p.pieces(y, [(x0 + offs[0], r.code, "left"),
                         (x0 + offs[1] + 4, nm, "left", F, fit_size(nm, F, 7, offs[2] - offs[1] - 20, 5.5)),
                         (x0 + offs[2], f"{r.spec.credits:g}", "center"), (x0 + offs[3], str(m), "center"),
                         (x0 + offs[4], gp, "center")], F, 7)
            th += r.spec.credits
            marks.append((r.spec.credits, m))
            out.append(course_truth(r, label, r.spec.credits, str(m), "semester", grade_point=gp))
            y += 9.5
        cum_h += th
        cum += marks
        p.hline(x0, x0 + CW, y - 6, 0.3)
        p.spaced(x0 + 3, y + 2, [f"Semester Hours {th:g}", f"Semester Average {wavg(marks):.1f}"], F, 7, 14)
        p.spaced(x0 + 3, y + 11, [f"Cumulative Hours {cum_h:g}", f"Cumulative Average {wavg(cum):.1f}"], F, 7, 14)
        p.rect(x0, yb, CW, y + 14.5 - yb, 0.5, 0.0)
        y += 22
        low = max(low, y)
    avg = jo_avg(s)
    legend = ("Grade points (4.2 scale): A+ 4.20, A 4.00, A- 3.75, B+ 3.50, B 3.25, B- 3.00, C+ 2.75, C 2.50, "
              "C- 2.25, D+ 2.00, D 1.75, F 0.50" if scale == 4.2 else
              "Grade points (4.0 scale): A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, C- 1.7, D+ 1.3, "
              "D 1.0, F 0.0")
    note = "Passing mark: 50 out of 100. Averages are the credit-weighted averages of the marks."
    if col == 1 and y + 104 <= p.h - 110:
        # the summary closes the right-hand column, as on a one-page record
        x0 = L + CW + GAP
        p.rect(x0, y, CW, 1, 0.0, 0.0, fill=0.0)
        y += 14
        for ln in (f"Total Hours Passed: {cum_h:g}", f"Cumulative Average: {avg:.1f}", f"Rating: {rating(avg)}",
                   f"Graduated: {jo_grad_term(s)}"):
            p.text(x0 + 3, y, ln, FB, 8.5); y += 12
        y += 2
        for ln in wrap(legend, F, 6.5, CW - 6) + wrap(note, F, 6.5, CW - 6):
            p.text(x0 + 3, y, ln, F, 6.5); y += 8.5
    else:
        y = low
        if y + 110 > p.h - 90:
            p, ytop = new_page()
            y = ytop
        y += 6
        p.hline(L, R, y - 6, 1.0)
        p.spaced(L, y + 6, [f"Total Hours Passed: {cum_h:g}", f"Cumulative Average: {avg:.1f}",
                            f"Rating: {rating(avg)}"], FB, 9, 28); y += 18
        p.text(L, y + 4, f"Graduated: {jo_grad_term(s)}", FB, 9); y += 18
        p.text(L, y, legend, F, 6.8); y += 9
        p.text(L, y, note, F, 6.8)
    sig = rng.choice(PACK.signers)
    p.signature(R - 150, p.h - 78, 110, rng)
    p.text(R - 95, p.h - 66, sig, F, 8.5, "center")
    p.text(R - 95, p.h - 55, "Director of Admission and Registration", F, 8, "center")
    crest(p, L + 60, p.h - 86, 20, 0.5)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(pg.w / 2, pg.h - 26, f"Page {i} of {n} - This transcript is not valid without the seal of the "
                "University", F, 6.8, "center")
    return LayoutResult("transcript", "jo_two_column_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": jo_grad_term(s)})


TRANSCRIPT_LAYOUTS = {"jo_two_column_transcript": (jo_transcript, FAMILY, ("JO",))}
