"""Writer A, round 1 -- Pakistan: country pack, HEC-semester curricula and the
"Detailed Marks Certificate / Transcript" of a BS Medical Laboratory Technology.

Design (described, not copied): A4 portrait; university name in large capitals, "Office of the
Controller of Examinations"; label/value block (Name, Father's Name, Registration No., Roll No.,
Session, Degree); per semester a caption "Semester-I (Fall 2016)" over a ruled table
`Sr. No. | Course Code | Course Title | Cr. Hrs | Marks Obtained | Grade | GP`, credit hours
written 3(2-1) (total, theory-lab); under each table "Semester Credit Hours / Semester GPA /
Cumulative CGPA"; two semesters a page; at the end the total and CGPA, a grading legend box,
the Controller's signature with a round stamp over it, and "Errors and omissions excepted".
"""

import datetime as dt

from .. import courses as C
from .. import dates as D
from ..countries import CountryPack, register
from ..courses import Curriculum, _parse
from ..layouts_transcript import LayoutResult, course_truth, fit_size, num
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page
from . import r1_a_kit as K

PK_BSMLT = """
## 1 S1
ENG 101 | Functional English | 3 | O
ISL 101 | Islamic Studies / Ethics | 2 | O
MLT 101 | Human Anatomy-I | 3 | B
MLT 103 | Human Physiology-I | 3 | B
MLT 105 | Biochemistry-I | 3 | C
CS 101 | Introduction to Computer | 3 | O
## 1 S2
ENG 102 | Communication Skills | 3 | O
PKS 102 | Pakistan Studies | 2 | O
MLT 102 | Human Anatomy-II | 3 | B
MLT 104 | Human Physiology-II | 3 | B
MLT 106 | Biochemistry-II | 3 | C
STA 102 | Biostatistics | 3 | M
## 2 S1
ENG 201 | Technical Writing and Presentation Skills | 3 | O
MLT 201 | General Pathology | 3 | ?P
MLT 203 | General Microbiology | 3 | B
MLT 205 | Pharmacology | 3 | O
MLT 207 | Basic Haematology | 3 | P
MLT 209 | Medical Ethics and Laboratory Safety | 2 | ?O
## 2 S2
MLT 202 | Systemic Bacteriology | 3 | ?P
MLT 204 | Clinical Chemistry-I | 4 | P
MLT 206 | Haematology-II | 3 | P
MLT 208 | Immunology and Serology | 3 | ?B
MLT 210 | Molecular Biology | 3 | B
MLT 212 | Parasitology | 2 | P
## 3 S1
MLT 301 | Clinical Chemistry-II | 4 | P
MLT 303 | Medical Parasitology and Entomology | 3 | P
MLT 305 | Histopathology Techniques | 3 | P
MLT 307 | Blood Banking and Transfusion Medicine | 4 | P
MLT 309 | Virology and Mycology | 3 | ?B
## 3 S2
MLT 302 | Diagnostic Microbiology | 4 | ?P
MLT 304 | Cytopathology and Cytogenetics | 3 | ?P
MLT 306 | Clinical Haematology and Coagulation | 4 | P
MLT 308 | Urine and Body Fluid Analysis | 3 | ?P
MLT 310 | Research Methodology | 3 | O
## 4 S1
MLT 401 | Laboratory Management and Quality Assurance | 3 | P
MLT 403 | Molecular Diagnostics | 3 | ?P
MLT 405 | Clinical Rotation-I (Chemical Pathology and Haematology) | 6 | P | chemistry,hematology
MLT 407 | Advanced Immunology | 3 | ?B
MLT 409 | Biosafety and Infection Control | 2 | O
## 4 S2
MLT 402 | Clinical Rotation-II (Microbiology and Blood Bank) | 6 | P | microbiology,blood_bank
MLT 404 | Research Project | 6 | O
MLT 406 | Seminar in Laboratory Medicine | 2 | ?O
MLT 408 | Phlebotomy and Specimen Handling | 2 | ?P
"""

PK_BSMICRO = """
## 1 S1
ENG 101 | Functional English | 3 | O
ISL 101 | Islamic Studies / Ethics | 2 | O
MIC 101 | Introduction to Microbiology | 3 | B
CHE 101 | Inorganic Chemistry | 3 | C
ZOO 101 | Principles of Animal Life | 3 | B
MTH 101 | Mathematics-I | 3 | M
## 1 S2
ENG 102 | Communication Skills | 3 | O
PKS 102 | Pakistan Studies | 2 | O
MIC 102 | Microbial Diversity | 3 | B
CHE 102 | Organic Chemistry | 3 | C
BOT 102 | Plant Diversity | 3 | B
STA 102 | Biostatistics | 3 | M
## 2 S1
MIC 201 | Bacterial Physiology | 3 | B
MIC 203 | Cell Biology | 3 | B
CHE 201 | Biochemistry-I | 3 | C
CS 201 | Introduction to Computing | 3 | O
## 2 S2
MIC 202 | Microbial Genetics | 3 | B
MIC 204 | Mycology | 3 | B
CHE 202 | Biochemistry-II | 3 | C
MIC 206 | Basic Immunology | 3 | B
## 3 S1
MIC 301 | Virology | 3 | ?B
MIC 303 | Medical Bacteriology | 3 | ?B
MIC 305 | Environmental Microbiology | 3 | B
MIC 307 | Molecular Biology | 3 | B
## 3 S2
MIC 302 | Food Microbiology | 3 | B
MIC 304 | Industrial Microbiology | 3 | B
MIC 306 | Medical Parasitology | 3 | ?B
MIC 308 | Research Methodology | 3 | O
## 4 S1
MIC 401 | Microbial Biotechnology | 3 | B
MIC 403 | Epidemiology and Public Health | 3 | O
MIC 405 | Pharmaceutical Microbiology | 3 | B
## 4 S2
MIC 402 | Research Project | 6 | O
MIC 404 | Seminar | 1 | O
"""

PK_BSN = """
## 1 S1
ENG 101 | Functional English | 3 | O
NUR 101 | Fundamentals of Nursing-I | 4 | O
NUR 103 | Anatomy and Physiology-I | 3 | B
NUR 105 | Biochemistry for Nurses | 2 | C
## 1 S2
NUR 102 | Fundamentals of Nursing-II | 4 | O
NUR 104 | Anatomy and Physiology-II | 3 | B
NUR 106 | Microbiology | 2 | B
ISL 102 | Islamic Studies / Ethics | 2 | O
## 2 S1
NUR 201 | Adult Health Nursing-I | 8 | O
NUR 203 | Pathophysiology-I | 3 | ?B
NUR 205 | Health Assessment | 3 | O
## 2 S2
NUR 202 | Adult Health Nursing-II | 8 | O
NUR 204 | Pharmacology | 3 | O
PKS 202 | Pakistan Studies | 2 | O
## 3 S1
NUR 301 | Pediatric Health Nursing | 6 | O
NUR 303 | Community Health Nursing-I | 5 | O
## 3 S2
NUR 302 | Mental Health Nursing | 5 | O
NUR 304 | Epidemiology | 2 | O
## 4 S1
NUR 401 | Critical Care Nursing | 7 | O
NUR 403 | Leadership and Management in Nursing | 3 | O
## 4 S2
NUR 402 | Clinical Practicum | 5 | O
NUR 404 | Research Project | 3 | O
"""

CURRICULA = [
    Curriculum("pk_bs_mlt", "PK", "Bachelor of Science in Medical Laboratory Technology",
               "bachelor", 4, "medical_technology", "semester", _parse(PK_BSMLT), 10, 11,
               clinical_training=True),
    Curriculum("pk_bs_micro", "PK", "Bachelor of Science in Microbiology", "bachelor", 4,
               "biology", "semester", _parse(PK_BSMICRO), 10, 11),
    Curriculum("pk_bsn", "PK", "Bachelor of Science in Nursing (Generic)", "bachelor", 4,
               "nursing", "semester", _parse(PK_BSN), 10, 11),
]

INSTITUTIONS = [
    Institution("Indus Valley University of Health Sciences", "Lahore", "Punjab", "PK",
                "Jail Road, Shadman", ("pk_bs_mlt", "pk_bsn"), extra={"abbr": "IVUHS"}),
    Institution("Potohar University of Medical and Allied Sciences", "Rawalpindi", "Punjab",
                "PK", "Murree Road, Satellite Town", ("pk_bs_mlt", "pk_bs_micro", "pk_bsn"),
                extra={"abbr": "PUMAS"}),
    Institution("Sindh Coastal University of Health Sciences", "Hyderabad", "Sindh", "PK",
                "Jamshoro Link Road", ("pk_bs_mlt", "pk_bs_micro"), extra={"abbr": "SCUHS"}),
]

EMPLOYERS = [
    Employer("Ravi Riverside Teaching Hospital", "Lahore", "Punjab", "PK",
             "Ferozepur Road, Ichhra", "+92 42 000 0142", "hr@ravi-riverside.example"),
    Employer("Margalla Diagnostic Laboratories", "Islamabad", "ICT", "PK",
             "Plot 14, Blue Area", "+92 51 000 0177", "admin@margalla-labs.example", "lab"),
    Employer("Harbour View General Hospital", "Karachi", "Sindh", "PK",
             "Shahrah-e-Faisal, Block 6", "+92 21 000 0118", "personnel@harbourview-gh.example"),
    Employer("Chenab Valley District Hospital", "Gujranwala", "Punjab", "PK",
             "G.T. Road, Peoples Colony", "+92 55 000 0163", "ms@chenab-dh.example"),
]


def _student_no(rng, start_year, inst):
    return f"{start_year}-{inst.extra.get('abbr', 'UHS')}-{rng.randint(1000, 9999)}"


PACK = CountryPack(
    code="PK", name="Pakistan",
    given={"F": ["Ayesha", "Sana", "Hira", "Maryam", "Iqra", "Fatima", "Rabia", "Amna", "Mehwish"],
           "M": ["Muhammad Usman", "Ali Raza", "Hamza", "Bilal Ahmed", "Hassan", "Waqas",
                 "Muhammad Faisal", "Zeeshan", "Adnan"]},
    surnames=["Khan", "Qureshi", "Chaudhry", "Malik", "Butt", "Siddiqui", "Javed", "Abbasi",
              "Shah", "Rana", "Mirza", "Awan"],
    middle={"F": [], "M": []},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Dr. Farah Naz Qureshi", "Mr. Imran Shahid", "Dr. Tahir Mehmood Bhatti",
             "Ms. Saima Rafiq"],
    curricula=CURRICULA, mls_curriculum="pk_bs_mlt", science_curricula=["pk_bs_micro"],
    nonqualifying_curricula=["pk_bsn"],
    positions_mls=["Medical Technologist", "Medical Laboratory Technologist",
                   "Senior Medical Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="dash", student_no=_student_no)
register(PACK)

# HEC uniform grading (marks out of 100)
HEC_SCALE = [(85, "A", 4.00), (80, "A-", 3.66), (75, "B+", 3.33), (71, "B", 3.00),
             (68, "B-", 2.66), (64, "C+", 2.33), (61, "C", 2.00), (58, "C-", 1.66),
             (54, "D+", 1.30), (50, "D", 1.00), (0, "F", 0.00)]
LEGEND = ["85 - 100", "80 - 84", "75 - 79", "71 - 74", "68 - 70", "64 - 67", "61 - 63",
          "58 - 60", "54 - 57", "50 - 53", "Below 50"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def pk_mark(r):
    return max(50, min(97, r.score + 4))


def hec_grade(mark):
    for lo, g, gp in HEC_SCALE:
        if mark >= lo:
            return g, gp


def cr_split(r):
    """Credit hours as printed: total(theory-lab)."""
    c, t = int(r.spec.credits), r.spec.title
    if "Rotation" in t or "Project" in t:
        th = 0
    elif r.spec.category == "other" and "Computer" not in t and "Computing" not in t:
        th = c
    elif c == 2 and r.spec.category == "mls_professional":
        th = 1
    elif c == 1:
        th = 0
    else:
        th = c - 1
    return f"{c}({th}-{c - th})"


def term_caption(t, n):
    season = "Fall" if t.key == "S1" else "Spring"
    yr = t.start_year if t.key == "S1" else t.start_year + 1
    return f"Semester-{ROMAN[n]} ({season} {yr})"


def pk_detailed_marks(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = rng.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
    name = name_form(person, rng.choice(["caps", "natural"]))
    father = K.father_name(person)
    if rng.random() < 0.5:
        father = father.upper() if name.isupper() else father
    title = rng.choice(["DETAILED MARKS CERTIFICATE", "TRANSCRIPT",
                        "DETAILED MARKS CERTIFICATE / TRANSCRIPT"])
    start = s.terms[0].start_year
    roll = f"{rng.randint(1, 60):02d}{rng.choice(['', '-M', '-E'])}"
    two_line = rng.random() < 0.6
    lh = rng.choice([13.0, 14.0, 15.0])
    m = 42
    W = A4[0]
    cols = [(m + 4, "left", 24), (m + 34, "left", 52), (m + 92, "left", 230),
            (m + 352, "center", 44), (m + 406, "center", 46), (m + 452, "center", 30),
            (W - m - 6, "right", 30)]
    edges = [m, m + 30, m + 88, m + 328, m + 376, m + 432, m + 474, W - m]
    issue = s.conferred + dt.timedelta(days=rng.randint(20, 120))
    pages, out = [], []

    def header(p, first):
        y = 46
        sz = fit_size(inst.name.upper(), FB, 16, W - 2 * m)
        p.text(W / 2, y, inst.name.upper(), FB, sz, "center"); y += 16
        p.text(W / 2, y, f"{inst.city}, Pakistan", F, 9.5, "center"); y += 14
        p.text(W / 2, y, "Office of the Controller of Examinations", FB, 10.5, "center"); y += 20
        if not first:
            p.pieces(y, [(m, f"Name: {name}", "left"),
                         (W - m, f"Registration No.: {s.student_no}", "right")], F, 9)
            y += 8
            p.hline(m, W - m, y, 0.8)
            return y + 22
        p.text(W / 2, y, title, FB, 12.5, "center")
        y += 22
        rows = [(rng.choice(["Name", "Name of Student"]), name),
                (rng.choice(["Father's Name", "Father Name"]), father),
                (rng.choice(["Registration No.", "Regd. No."]), s.student_no),
                ("Roll No.", roll), ("Session", f"{start}-{start + cur.years}"),
                (rng.choice(["Degree", "Programme"]), cur.title)]
        if rng.random() < 0.4:
            rows[2], rows[3] = rows[3], rows[2]
        for lab, val in rows:
            p.pieces(y, [(m, f"{lab}", "left"), (m + 104, ":", "left"), (m + 114, val, "left")],
                     F, 9.5)
            y += 13
        K.photo_box(p, W - m - 70, 118, 66, 80)
        p.hline(m, W - m, y - 4, 0.8)
        return y + 14

    cum = []
    n_terms = len(s.terms)
    p, y = None, 0
    for n, t in enumerate(s.terms):
        if n % 2 == 0:
            p = Page(A4)
            pages.append(p)
            y = header(p, n == 0)
        cap = term_caption(t, n)
        p.text(m, y, cap, FB, 10); y += 8
        top = y
        p.hline(m, W - m, y, 0.9)
        if two_line:
            y += 11
            p.pieces(y, [(cols[0][0], "Sr.", "left"), (cols[1][0], "Course", "left"),
                         (cols[3][0], "Cr.", "center"), (cols[4][0], "Marks", "center")], FB, 8.5)
            y += 10
            p.pieces(y, [(cols[0][0], "No.", "left"), (cols[1][0], "Code", "left"),
                         (cols[2][0], "Course Title", "left"), (cols[3][0], "Hrs", "center"),
                         (cols[4][0], "Obtained", "center"), (cols[5][0], "Grade", "center"),
                         (cols[6][0], "GP", "right")], FB, 8.5)
        else:
            y += 12
            p.pieces(y, [(cols[0][0], "Sr. No.", "left", FB, 7.5), (cols[1][0], "Course Code", "left", FB, 7.5),
                         (cols[2][0], "Course Title", "left"), (cols[3][0], "Cr. Hrs", "center"),
                         (cols[4][0], "Marks Obt.", "center", FB, 7.5), (cols[5][0], "Grade", "center"),
                         (cols[6][0], "GP", "right")], FB, 8.5)
        y += 5
        p.hline(m, W - m, y, 0.6)
        pairs = []
        for k, r in enumerate(t.results, 1):
            y += lh
            mk = pk_mark(r)
            g, gp = hec_grade(mk)
            vals = [str(k), r.code, r.spec.title, cr_split(r), str(mk), g, K.f2(gp)]
            items = []
            for (x, al, w), v in zip(cols, vals):
                items.append((x, v, al, F, fit_size(v, F, 9, w)))
            p.pieces(y, items, F, 9)
            pairs.append((gp, r.spec.credits))
            out.append(course_truth(r, cap, r.spec.credits, g, "semester",
                                    grade_point=float(K.f2(gp)), score=mk,
                                    credits_printed=cr_split(r)))
        y += 6
        p.hline(m, W - m, y, 0.9)
        for x in edges:
            p.vline(x, top, y, 0.5)
        cum += pairs
        y += 14
        sem_cr = num(sum(c for _, c in pairs))
        p.spaced(m, y, [f"Semester Credit Hours: {sem_cr}", f"Semester GPA: {K.f2(K.gpa(pairs))}",
                        f"Cumulative CGPA: {K.f2(K.gpa(cum))}"], FB, 9, gap=26)
        y += 30
    # closing block on the last page
    total = num(sum(c for _, c in cum))
    y += 2
    p.spaced(m, y, [f"Total Credit Hours Earned: {total}", f"CGPA: {K.f2(K.gpa(cum))}"], FB, 10.5, gap=30)
    y += 14
    p.text(m, y, f"Result Notification Date: {D.dmy_dash(s.conferred)}", F, 9); y += 16
    # legend box (left) and signature (right)
    bx, bw, rh = m, 170, 10.5
    p.rect(bx, y, bw, rh * (len(LEGEND) + 1.6), 0.6, 0.2)
    yy = y + 10
    p.pieces(yy, [(bx + 6, "Marks", "left"), (bx + 88, "Grade", "center"), (bx + bw - 8, "Grade Point", "right")], FB, 7.5)
    p.hline(bx, bx + bw, yy + 3, 0.4)
    for rng_txt, (lo, g, gp) in zip(LEGEND, HEC_SCALE):
        yy += rh
        p.pieces(yy, [(bx + 6, rng_txt, "left"), (bx + 88, g, "center"), (bx + bw - 8, K.f2(gp), "right")], F, 7.5)
    sx = W - m - 90
    sy = y + 124
    p.signature(sx - 60, sy - 4, 110, rng)
    p.hline(sx - 75, sx + 75, sy, 0.6)
    p.text(sx, sy + 12, "Controller of Examinations", FB, 9.5, "center")
    p.text(sx, sy + 24, f"Date of Issue: {D.dmy_dash(issue)}", F, 8.5, "center")
    abbr = inst.extra.get("abbr", "")
    seal = K.seal_image(inst.name, f"{inst.city} * {abbr}", ["CONTROLLER OF", "EXAMINATIONS"],
                        92, rng)
    K.place_seal(p, sx - 40 + rng.uniform(-12, 12), sy - 20 + rng.uniform(-8, 8), 92, seal)
    yb = max(y + rh * (len(LEGEND) + 1.6) + 20, sy + 40)
    p.pieces(yb, [(m, "Prepared by: ____________", "left"), (m + 190, "Checked by: ____________", "left")], F, 8.5)
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, A4[1] - 40, "Errors and omissions excepted. Any alteration renders this document invalid.",
                "Times-Italic", 8, "center")
        pg.text(W - m, A4[1] - 26, f"Page {i} of {len(pages)}", F, 7.5, "right")
    return LayoutResult("transcript", "pk_detailed_marks", "blind_r1", pages, [name], out,
                        "semester", {"conferred_printed": D.dmy_dash(s.conferred)})


TRANSCRIPT_LAYOUTS = {"pk_detailed_marks": (pk_detailed_marks, "blind_r1", ("PK",))}
