"""Writer P, round 8: Liberia. Country pack (B.Sc. in Medical Laboratory Science, 4 years of two
semesters, US-style semester credits; B.Sc. in Biology; B.Sc. in Nursing) and the university's
"OFFICIAL TRANSCRIPT" in the old US manner: each academic year is a row of two boxes side by side,
"1st Semester 2014/2015" on the left and "2nd Semester 2014/2015" on the right, each with
`Course No. | Course Title | Cr. | Gr. | QP` (credits 1-4, the practicum 9; letter grades A 4,
B 3, C 2, D 1, F 0; QP = credits x points), and under each box "Sem. Hrs 17 QP 52 GPA 3.06" and
"Cum Hrs 34 QP 101 CGPA 2.97". About half the candidates have one "I/B" grade: an Incomplete
removed later, the final grade after the slash (counted with that grade; a footnote says so).
Titles like "General Biology I (Lab)" (lecture and laboratory in one course) wrap inside the
narrow title column; the last year has "Practicum: Clinical Laboratory Rotation"; dates
month-first ("Date of Birth: 03/14/1996", "Date Degree Conferred: December 14, 2019"); an
embossed seal (a pale ring) pressed over the last lines; signed "Registrar".

Truth: every course row, credits as printed, system "semester" (1 credit = 1 SH)."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LETTER, Page, wrap
from .r8_p_common import EN_MONTHS, FAMILY, add_department_phrases, course_truth, k, parse

LR_MLS = """
## 1 S1
ENGL 101 | Freshman English I | 3 | O
MATH 101 | College Algebra | 3 | M
BIOL 101 | General Biology I (Lab) | 4 | B
CHEM 101 | General Chemistry I (Lab) | 4 | C
SOCS 101 | Introduction to Social Science | 3 | O
PHED 101 | Physical Education I | 1 | O
## 1 S2
ENGL 102 | Freshman English II | 3 | O
MATH 102 | Trigonometry | 3 | M
BIOL 102 | General Biology II (Lab) | 4 | B
CHEM 102 | General Chemistry II (Lab) | 4 | C
HIST 101 | History of Liberia | 3 | O
PHED 102 | Physical Education II | 1 | O
## 2 S1
CHEM 201 | Organic Chemistry I (Lab) | 4 | C
BIOL 205 | Human Anatomy and Physiology I (Lab) | 4 | B
MATH 201 | Introductory Statistics | 3 | M
ENGL 201 | Introduction to Literature | 3 | O
MLS 201 | Introduction to Medical Laboratory Science | 2 | ?O
PHYS 201 | General Physics I | 3 | O
## 2 S2
CHEM 202 | Organic Chemistry II (Lab) | 4 | C
BIOL 206 | Human Anatomy and Physiology II (Lab) | 4 | B
BIOL 210 | General Microbiology (Lab) | 4 | B
COMP 201 | Computer Applications | 3 | O
PHIL 201 | Introduction to Philosophy | 3 | O
## 3 S1
CHEM 301 | Biochemistry (Lab) | 4 | C
MLS 301 | Clinical Chemistry I | 4 | P
MLS 303 | Hematology I | 4 | P
MLS 305 | Medical Microbiology I | 4 | P
MLS 307 | Urinalysis and Body Fluids | 2 | P
## 3 S2
MLS 302 | Clinical Chemistry II | 4 | P
MLS 304 | Hematology II and Coagulation | 4 | P
MLS 306 | Medical Microbiology II | 4 | P
MLS 308 | Parasitology | 3 | P
BIOL 310 | Immunology | 3 | B
## 4 S1
MLS 401 | Immunohematology (Blood Banking) | 4 | P
MLS 403 | Serology | 3 | ?P
MLS 405 | Histopathology and Cytology | 3 | P
MLS 407 | Laboratory Management | 2 | P
MLS 409 | Research Methods | 3 | O
PUBH 401 | Epidemiology | 2 | O
## 4 S2
MLS 410 | Practicum: Clinical Laboratory Rotation | 9 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
MLS 412 | Senior Seminar | 2 | O
MLS 414 | Senior Research Project | 3 | O
"""

LR_BIO = """
## 1 S1
ENGL 101 | Freshman English I | 3 | O
MATH 101 | College Algebra | 3 | M
BIOL 101 | General Biology I (Lab) | 4 | B
CHEM 101 | General Chemistry I (Lab) | 4 | C
SOCS 101 | Introduction to Social Science | 3 | O
## 1 S2
ENGL 102 | Freshman English II | 3 | O
MATH 103 | Pre-Calculus | 3 | M
BIOL 102 | General Biology II (Lab) | 4 | B
CHEM 102 | General Chemistry II (Lab) | 4 | C
HIST 101 | History of Liberia | 3 | O
## 2 S1
BIOL 201 | Botany (Lab) | 4 | B
BIOL 203 | Invertebrate Zoology (Lab) | 4 | B
CHEM 201 | Organic Chemistry I (Lab) | 4 | C
MATH 201 | Introductory Statistics | 3 | M
PHYS 201 | General Physics I | 3 | O
## 2 S2
BIOL 204 | Vertebrate Zoology (Lab) | 4 | B
BIOL 210 | General Microbiology (Lab) | 4 | B
CHEM 202 | Organic Chemistry II (Lab) | 4 | C
PHIL 201 | Introduction to Philosophy | 3 | O
COMP 201 | Computer Applications | 3 | O
## 3 S1
BIOL 301 | Genetics | 4 | B
BIOL 303 | Cell Biology | 3 | B
CHEM 301 | Biochemistry (Lab) | 4 | C
BIOL 305 | Ecology | 3 | O
BIOL 307 | Plant Physiology | 3 | B
## 3 S2
BIOL 302 | Animal Physiology | 4 | B
BIOL 310 | Immunology | 3 | B
BIOL 304 | Parasitology | 3 | B
BIOL 306 | Entomology | 3 | B
BIOL 308 | Biostatistics | 3 | M
## 4 S1
BIOL 401 | Molecular Biology | 4 | B
BIOL 403 | Evolution | 3 | B
BIOL 405 | Research Methods | 3 | O
BIOL 407 | Environmental Biology | 3 | O
## 4 S2
BIOL 402 | Senior Seminar | 2 | O
BIOL 404 | Senior Research Project | 4 | O
BIOL 406 | Conservation Biology | 3 | O
"""

LR_NUR = """
## 1 S1
ENGL 101 | Freshman English I | 3 | O
MATH 101 | College Algebra | 3 | M
BIOL 101 | General Biology I (Lab) | 4 | B
CHEM 101 | General Chemistry I (Lab) | 4 | C
NURS 101 | Introduction to Nursing | 3 | O
## 1 S2
ENGL 102 | Freshman English II | 3 | O
BIOL 205 | Human Anatomy and Physiology I (Lab) | 4 | B
NURS 102 | Fundamentals of Nursing (Lab) | 4 | O
PSYC 101 | General Psychology | 3 | O
## 2 S1
BIOL 206 | Human Anatomy and Physiology II (Lab) | 4 | B
NURS 201 | Medical-Surgical Nursing I | 5 | O
NURS 203 | Pharmacology | 3 | O
BIOL 210 | Microbiology for Nurses | 3 | B
## 2 S2
NURS 202 | Medical-Surgical Nursing II | 5 | O
NURS 204 | Nutrition and Diet Therapy | 3 | O
NURS 206 | Health Assessment | 3 | O
## 3 S1
NURS 301 | Maternal and Newborn Nursing | 5 | O
NURS 303 | Pediatric Nursing | 5 | O
NURS 305 | Nursing Research | 3 | O
## 3 S2
NURS 302 | Mental Health Nursing | 5 | O
NURS 304 | Community Health Nursing | 5 | O
## 4 S1
NURS 401 | Nursing Leadership and Management | 4 | O
NURS 403 | Clinical Practicum I | 6 | O
## 4 S2
NURS 402 | Clinical Practicum II | 6 | O
NURS 404 | Senior Seminar | 2 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "LR", title, "bachelor", 4, field, "semester", parse(table), 9, 12,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="LR", name="Liberia",
    given={"F": ["Josephine", "Comfort", "Musu", "Hawa", "Princess", "Decontee", "Mercy", "Fatu", "Teta", "Garmai",
                 "Yassah"],
           "M": ["Emmanuel", "Prince", "Varney", "Momo", "Samuel", "Augustine", "Jerome", "Alfred", "Kollie",
                 "Morris", "Abraham"]},
    surnames=["Flomo", "Kpoto", "Kromah", "Tarr", "Dolo", "Sumo", "Karnga", "Pewee", "Zogbaye", "Gbessay",
              "Wolokollie", "Toe", "Massaquoi", "Nyemah"],
    middle={"F": ["Tete", "Musu", "Korto", "Ellen", "Bendu"], "M": ["Tokpa", "Saye", "Nyan", "Boima", "Kerkula"]},
    institutions=[
        Institution("St. Paul River University", "Monrovia", "Montserrado County", "LR",
                    "Capitol Hill, P.O. Box 9020", ("lr_mls", "lr_bio", "lr_nur"),
                    extra={"college": "College of Health Sciences"}),
        Institution("Cuttington Heights Christian College", "Gbarnga", "Bong County", "LR",
                    "Suakoko Road, P.O. Box 277", ("lr_mls", "lr_nur"), kind="college",
                    extra={"college": "School of Allied Health Sciences"}),
        Institution("Mano River Baptist University", "Buchanan", "Grand Bassa County", "LR",
                    "Tubman Street, P.O. Box 11", ("lr_mls", "lr_bio"),
                    extra={"college": "T. J. Faulkner College of Science and Health"}),
    ],
    employers=[
        Employer("Sinkor Memorial Medical Center", "Monrovia", "Montserrado County", "LR",
                 "Tubman Boulevard, 12th Street, Sinkor", "+231 77 555 0142", "hr@sinkormemorial.example"),
        Employer("Phebe Valley Hospital", "Suakoko", "Bong County", "LR", "Gbarnga-Suakoko Highway",
                 "+231 88 555 0117", "admin@phebevalley.example"),
        Employer("Bassa Coast Diagnostic Laboratory, Inc.", "Buchanan", "Grand Bassa County", "LR",
                 "Front Street, Fairground", "+231 77 555 0166", "info@bassalab.example", "lab"),
        Employer("Redemption Heights Community Clinic", "Paynesville", "Montserrado County", "LR",
                 "Duport Road Junction", "+231 88 555 0190", "clinic@redemptionheights.example", "clinic"),
    ],
    signers=["Mrs. Roseline K. Dorley", "Mr. J. Boakai Fahnbulleh", "Dr. Beatrice W. Tokpah", "Mr. Isaac S. Gonkarnue"],
    curricula=[_cur("lr_mls", "Bachelor of Science in Medical Laboratory Science", "medical_laboratory_science",
                    LR_MLS, True),
               _cur("lr_bio", "Bachelor of Science in Biology", "biology", LR_BIO),
               _cur("lr_nur", "Bachelor of Science in Nursing", "nursing", LR_NUR)],
    mls_curriculum="lr_mls", science_curricula=["lr_bio"], nonqualifying_curricula=["lr_nur"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
    honours=["Cum Laude", "", "", "Magna Cum Laude"],
)
K.register(PACK)
add_department_phrases("LR", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry", "Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology", "Bacteriology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular (GeneXpert)"], "phlebotomy": ["Phlebotomy"], "other": ["Parasitology"]})

PTS = {"A": 4, "B": 3, "C": 2, "D": 1, "F": 0}


def letter(r):
    sc = r.score
    return "A" if sc >= 78 else "B" if sc >= 64 else "C" if sc >= 52 else "D"


def incomplete_code(s):
    if k(s, "lr-i") % 2:
        return None
    c = [r for t in s.terms[1:6] for r in t.results if r.spec.credits >= 3]
    return c[k(s, "lr-iw") % len(c)].code


def student_name(person):
    return f"{person.surname.upper()}, {' '.join(x for x in (person.given, person.middle) if x)}"


def long_date(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def lr_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    T, TB = "Helvetica", "Helvetica-Bold"
    L, R = 34, LETTER[0] - 34
    gap = 10
    bw = (R - L - gap) / 2
    name = student_name(person)
    inc = incomplete_code(s)
    pages = []

    def new_page(n):
        p = Page(LETTER)
        p.logo(L + 26, 52, 22, 1)
        p.text(p.w / 2, 42, inst.name.upper(), FB, 15, "center")
        p.text(p.w / 2, 55, f"{inst.street}, {inst.city}, {inst.region}, Republic of Liberia", F, 8.5, "center")
        p.text(p.w / 2, 67, "OFFICE OF THE REGISTRAR", FB, 9, "center")
        p.text(p.w / 2, 86, "OFFICIAL TRANSCRIPT", FB, 13, "center")
        p.hline(L, R, 93, 1.2)
        y = 106
        p.pieces(y, [(L, "Name:", "left", FB, 8.5), (L + 34, name, "left"), (L + 300, "ID No.:", "left", FB, 8.5),
                     (L + 340, s.student_no, "left")], F, 8.5)
        y += 11
        if n == 1:
            p.pieces(y, [(L, "Date of Birth:", "left", FB, 8.5), (L + 64, D.mdy_slash(s.dob), "left"),
                         (L + 300, "Date Admitted:", "left", FB, 8.5), (L + 370, D.mdy_slash(s.admitted), "left")],
                     F, 8.5)
            y += 11
            p.pieces(y, [(L, "College:", "left", FB, 8.5), (L + 64, inst.extra["college"], "left"),
                         (L + 300, "Major:", "left", FB, 8.5),
                         (L + 370, cur.title.replace("Bachelor of Science in ", ""), "left")], F, 8.5)
            y += 11
        else:
            p.text(R, y - 11, f"Page {n}", F, 8.5, "right")
        pages.append(p)
        return p, y + 8

    cx_off = [0, 44, bw - 52, bw - 34, bw - 16, bw]
    heads = ["Course No.", "Course Title", "Cr.", "Gr.", "QP"]

    def block(p, x, y, t, label, cum):
        p.rect(x, y, bw, 13, 0.5, 0, fill=0.88)
        p.text(x + bw / 2, y + 9.5, label, TB, 8, "center")
        y += 13
        p.pieces(y + 9, [(x + 3, heads[0], "left"), (x + cx_off[1] + 3, heads[1], "left")] +
                 [(x + (cx_off[i] + cx_off[i + 1]) / 2, heads[i], "center") for i in (2, 3, 4)], TB, 7)
        p.hline(x, x + bw, y + 12, 0.5)
        y0 = y
        y += 21
        hrs = qp = 0
        rows = []
        for r in t.results:
            c = int(r.spec.credits)
            g = letter(r)
            shown = f"I/{g}" if r.code == inc else g
            q = c * PTS[g]
            lines = wrap(r.spec.title, T, 7, cx_off[2] - cx_off[1] - 5)
            p.pieces(y, [(x + 3, r.code, "left"), (x + cx_off[1] + 3, lines[0], "left"),
                         (x + (cx_off[2] + cx_off[3]) / 2, str(c), "center"),
                         (x + (cx_off[3] + cx_off[4]) / 2, shown, "center"),
                         (x + (cx_off[4] + cx_off[5]) / 2, str(q), "center")], T, 7)
            for ln in lines[1:]:
                y += 8.5
                p.text(x + cx_off[1] + 8, y, ln, T, 7)
            y += 9.5
            hrs += c
            qp += q
            rows.append(course_truth(r, label, c, shown, "semester", quality_points=q))
        for xo in cx_off[1:-1]:
            p.vline(x + xo, y0, y - 6, 0.3, 0.4)
        p.rect(x, y0 - 13, bw, y - 6 - y0 + 13, 0.6)
        cum[0] += hrs
        cum[1] += qp
        y += 4
        p.text(x + 3, y, f"Sem. Hrs {hrs} QP {qp} GPA {qp / hrs:.2f}", TB, 7.2)
        y += 9.5
        p.text(x + 3, y, f"Cum Hrs {cum[0]} QP {cum[1]} CGPA {cum[1] / cum[0]:.2f}", T, 7.2)
        return y + 6, rows

    out = []
    cum = [0, 0]
    p, y = new_page(1)
    years = sorted({t.year for t in s.terms})
    for yr in years:
        ts = [t for t in s.terms if t.year == yr]
        est = 13 + 21 + max(sum(9.5 + 8.5 * (len(wrap(r.spec.title, T, 7, cx_off[2] - cx_off[1] - 5)) - 1)
                                for r in t.results) for t in ts) + 30
        if y + est > p.h - 60:
            p, y = new_page(len(pages) + 1)
        ybot = y
        for j, t in enumerate(ts):
            ay = f"{t.start_year}/{t.start_year + 1}"
            label = f"{'1st' if t.key == 'S1' else '2nd'} Semester {ay}"
            yy, rows = block(p, L + j * (bw + gap), y, t, label, cum)
            out += rows
            ybot = max(ybot, yy)
        y = ybot + 10
    if y + 118 > p.h - 24:
        p, y = new_page(len(pages) + 1)
    p.hline(L, R, y - 4, 0.8)
    y += 8
    p.pieces(y, [(L, "Total Hours Earned:", "left", FB, 9), (L + 100, str(cum[0]), "left"),
                 (L + 170, "Total QP:", "left", FB, 9), (L + 220, str(cum[1]), "left"),
                 (L + 290, "Cumulative GPA:", "left", FB, 9), (L + 370, f"{cum[1] / cum[0]:.2f}", "left")], F, 9)
    y += 12
    p.pieces(y, [(L, "Degree Awarded:", "left", FB, 9), (L + 100, cur.title, "left")], F, 9)
    y += 12
    p.pieces(y, [(L, "Date Degree Conferred:", "left", FB, 9), (L + 120, long_date(s.conferred), "left")] +
             ([(L + 300, "Honors:", "left", FB, 9), (L + 340, s.honours, "left")] if s.honours else []), F, 9)
    y += 14
    p.text(L, y, "Grading: A (90-100) 4 points; B (80-89) 3; C (70-79) 2; D (60-69) 1; F (below 60) 0. "
           "I = Incomplete; I/B: incomplete removed, final grade B.", FI, 7.5)
    y += 9
    p.text(L, y, "This transcript is not valid without the signature of the Registrar and the embossed seal of the "
           "University.", FI, 7.5)
    y += 44
    p.signature(R - 170, y - 14, 110, rng)
    p.hline(R - 200, R - 40, y - 10, 0.5)
    p.text(R - 120, y, "Registrar", FB, 9, "center")
    p.text(R - 120, y + 10, f"Date Issued: {long_date(s.conferred.replace(day=min(28, s.conferred.day)))}", F, 8,
           "center")
    p.seal(R - 150, y - 30, 38, 0.82)
    p.seal(R - 150, y - 30, 30, 0.86)
    return LayoutResult("transcript", "lr_two_column_transcript", FAMILY, pages, [name], out, "semester",
                        {"prints_totals": True, "total_credits": cum[0], "gpa": round(cum[1] / cum[0], 2)})


TRANSCRIPT_LAYOUTS = {"lr_two_column_transcript": (lr_transcript, FAMILY, ("LR",))}
