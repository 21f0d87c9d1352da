"""Writer G, round 4: Sudan. Country pack (B.Sc. (Honours) in Medical Laboratory Sciences, 5 years,
10 semesters, 182 credit hours; B.Sc. (Honours) in Microbiology; B.Sc. (Honours) in Nursing
Sciences) and a university "ACADEMIC TRANSCRIPT": the two semesters of one academic year side by
side (left "Semester I 2014/2015", right "Semester II"), each block `Course Code | Course Title |
Cr. Hrs | Grade | Points` (Points = credit hours x grade point; A+ 4.00, A 3.75, B+ 3.50, B 3.00,
C+ 2.75, C 2.50, D 2.00, F 0), long titles wrapped to two lines inside the narrow title column,
"Semester GPA 3.21" under each block and "CGPA 3.18 (Very Good)" under each pair, then "Total
Credit Hours Completed: 182" and "Division: Second Class Division One". The university's name in
Arabic above the English one (drawn as a picture: r4_g_arabic). Credit hours are semester credits
(system `semester`)."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r4_g_arabic import arabic_line
from .r4_g_common import FAMILY, add_department_phrases, course_truth, parse

SD_MLS = """
## 1 S1
ARB 1101 | Arabic Language I | 2 | O
ISL 1101 | Islamic Studies I | 2 | O
ENG 1101 | English Language I | 2 | O
CHM 1101 | General Chemistry | 3 | C
BIO 1101 | General Biology | 3 | B
PHY 1101 | Physics for Health Sciences | 3 | O
MTH 1101 | Mathematics | 3 | M
## 1 S2
ARB 1202 | Arabic Language II | 2 | O
ENG 1202 | English Language II | 2 | O
CHM 1202 | Organic Chemistry | 3 | C
CHM 1203 | Analytical and Physical Chemistry | 3 | C
BIO 1202 | Introduction to Human Anatomy and Histology | 3 | B
CSC 1201 | Introduction to Computer Science | 2 | O
SDS 1201 | Sudanese Studies | 1 | O
STA 1201 | Biostatistics | 2 | M
## 2 S1
MLS 2101 | Human Physiology I | 3 | B
MLS 2102 | Biochemistry I: Structure of Biomolecules | 3 | C
MLS 2103 | General Microbiology | 3 | B
MLS 2104 | Introduction to Medical Laboratory Sciences and Laboratory Safety | 2 | ?O
MLS 2105 | General Histology | 3 | B
ISL 2101 | Islamic Studies II | 2 | O
ENG 2101 | Scientific English and Medical Terminology | 2 | O
## 2 S2
MLS 2206 | Human Physiology II | 3 | B
MLS 2207 | Biochemistry II: Metabolism and Bioenergetics | 3 | C
MLS 2208 | Basic Immunology | 3 | B
MLS 2209 | General Pathology | 3 | ?B
MLS 2210 | Medical Parasitology I | 3 | P
MLS 2211 | Principles of Haematology | 3 | P
## 3 S1
MLS 3101 | Clinical Chemistry I | 3 | P
MLS 3102 | Systematic Bacteriology | 3 | ?P
MLS 3103 | Haematology I: Red Cell Disorders | 3 | P
MLS 3104 | Medical Parasitology II | 3 | P
MLS 3105 | Histopathological Techniques | 3 | ?P
MLS 3106 | Molecular Biology | 3 | ?B
## 3 S2
MLS 3207 | Clinical Chemistry II | 3 | P
MLS 3208 | Diagnostic Medical Microbiology | 3 | P
MLS 3209 | Haematology II: White Cells and Haemostasis | 3 | P
MLS 3210 | Immunohaematology and Blood Transfusion | 3 | P
MLS 3211 | Medical Mycology | 2 | ?B
MLS 3212 | Epidemiology and Public Health | 2 | O
MLS 3213 | Research Methodology | 2 | O
## 4 S1
MLS 4101 | Clinical Chemistry III: Endocrinology and Toxicology | 3 | P
MLS 4102 | Medical Virology | 3 | ?B
MLS 4103 | Cytopathology | 3 | ?P
MLS 4104 | Clinical Immunology and Serology | 3 | ?P
MLS 4105 | Quality Assurance and Laboratory Management | 3 | P
MLS 4106 | Instrumentation in the Medical Laboratory | 3 | ?P
## 4 S2
MLS 4207 | Advanced Haematology and Haemato-oncology | 3 | P
MLS 4208 | Advanced Medical Microbiology and Antimicrobial Resistance | 3 | P
MLS 4209 | Molecular Diagnostics | 3 | ?P
MLS 4210 | Hospital Training I (Clinical Chemistry and Haematology) | 6 | P | chemistry,hematology
MLS 4211 | Seminar in Medical Laboratory Sciences | 3 | O
## 5 S1
MLS 5101 | Hospital Training II (Microbiology and Parasitology) | 6 | P | microbiology
MLS 5102 | Hospital Training III (Blood Bank and Immunology) | 6 | P | blood_bank,immunology
MLS 5103 | Laboratory Informatics | 2 | O
MLS 5104 | Professional Ethics | 2 | ?O
MLS 5105 | Advanced Clinical Biochemistry | 3 | P
## 5 S2
MLS 5206 | Graduation Research Project | 6 | O
MLS 5207 | Specialization Course (Advanced Laboratory Practice) | 6 | P
MLS 5208 | Histopathology and Cytology Practice | 3 | P | other
MLS 5209 | Entrepreneurship and Health Economics | 2 | O
MLS 5210 | Comprehensive Examination | 2 | O
"""

SD_MIC = """
## 1 S1
ARB 1101 | Arabic Language I | 2 | O
CHM 1101 | General Chemistry | 3 | C
BIO 1101 | General Biology | 3 | B
## 1 S2
CHM 1202 | Organic Chemistry | 3 | C
MTH 1201 | Calculus | 3 | M
## 2 S1
MIC 2101 | General Microbiology | 3 | B
BCH 2101 | General Biochemistry | 3 | C
## 2 S2
MIC 2202 | Microbial Physiology | 3 | B
MIC 2203 | Microbial Genetics | 3 | B
## 3 S1
MIC 3101 | Bacteriology | 3 | B
MIC 3102 | Immunology | 3 | B
## 3 S2
MIC 3203 | Virology | 3 | B
MIC 3204 | Mycology | 3 | B
## 4 S1
MIC 4101 | Food and Dairy Microbiology | 3 | B
## 4 S2
MIC 4202 | Industrial Microbiology | 3 | B
## 5 S1
MIC 5101 | Environmental Microbiology | 3 | B
## 5 S2
MIC 5202 | Graduation Research Project | 6 | O
"""

SD_NUR = """
## 1 S1
ARB 1101 | Arabic Language I | 2 | O
NUR 1101 | Anatomy and Physiology | 4 | B
## 1 S2
NUR 1202 | Fundamentals of Nursing | 4 | O
## 2 S1
NUR 2101 | Pharmacology | 3 | O
## 2 S2
NUR 2202 | Medical-Surgical Nursing I | 4 | O
## 3 S1
NUR 3101 | Paediatric Nursing | 4 | O
## 3 S2
NUR 3202 | Obstetric and Gynaecological Nursing | 4 | O
## 4 S1
NUR 4101 | Community Health Nursing | 4 | O
## 4 S2
NUR 4202 | Psychiatric Nursing | 3 | O
## 5 S1
NUR 5101 | Nursing Administration | 3 | O
## 5 S2
NUR 5202 | Graduation Research Project | 6 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "SD", title, "bachelor", 5, field, "semester", parse(table), 7, 3,
                        clinical_training=clin)


FATHERS = ["Osman Ahmed", "Mohamed Ali", "Abdelrahman Hassan", "Elamin Yousif", "Babiker Idris", "Salih Omer",
           "Ibrahim Musa", "Abdalla Elhaj"]

PACK = K.CountryPack(
    code="SD", name="Sudan",
    given={"F": ["Amna", "Sara", "Hiba", "Reem", "Tasneem", "Mawada", "Safaa", "Rania", "Nafisa", "Alaa",
                 "Duaa", "Samah"],
           "M": ["Mohamed", "Ahmed", "Mujtaba", "Osman", "Elfatih", "Hamza", "Musab", "Khalid", "Ayman",
                 "Mutasim", "Abubakr", "Yasir"]},
    surnames=["Elhassan", "Abdelgadir", "Elsheikh", "Mustafa", "Elnour", "Hamid", "Eltayeb", "Suliman",
              "Babiker", "Elbashir", "Ismail", "Adam", "Elmahdi", "Karrar"],
    middle={"F": FATHERS, "M": FATHERS},
    institutions=[
        Institution("University of Blue Nile Valley", "Wad Madani", "Gezira State", "SD",
                    "P.O. Box 20, Nile Street", ("sd_bsc_mls", "sd_bsc_mic", "sd_bsc_nur"),
                    extra={"faculty": "Faculty of Medical Laboratory Sciences", "ar": "جامعة وادي النيل الأزرق"}),
        Institution("Omdurman Al-Nahda University for Medical Sciences", "Omdurman", "Khartoum State", "SD",
                    "Al-Arda Street, Block 3", ("sd_bsc_mls", "sd_bsc_nur"),
                    extra={"faculty": "Faculty of Medical Laboratory Sciences",
                           "ar": "جامعة أم درمان النهضة للعلوم الطبية"}),
        Institution("Kordofan Savannah University", "El Obeid", "North Kordofan State", "SD",
                    "University Road, El Obeid", ("sd_bsc_mls", "sd_bsc_mic"),
                    extra={"faculty": "Faculty of Health Sciences", "ar": "جامعة سافنا كردفان"}),
    ],
    employers=[
        Employer("Khartoum Teaching Hospital Annex", "Khartoum", "Khartoum State", "SD",
                 "Al-Qasr Avenue", "+249 183 000 142", "hr@kth-annex.example"),
        Employer("Wad Madani Gezira Hospital", "Wad Madani", "Gezira State", "SD",
                 "Hospital Street, Block 12", "+249 511 000 178", "admin@wmgh.example"),
        Employer("Nile Crest Medical Laboratories", "Khartoum", "Khartoum State", "SD",
                 "Street 35, Amarat", "+249 183 000 193", "hr@nilecrest-labs.example", "lab"),
        Employer("El Obeid Teaching Hospital", "El Obeid", "North Kordofan State", "SD",
                 "Al-Souq Street", "+249 611 000 121", "personnel@eoth.example"),
    ],
    signers=["Dr. Ehab Osman Elhaj", "Mrs. Nahla Abdelmoneim", "Dr. Tarig Elamin Karrar", "Mr. Hisham Babiker"],
    curricula=[_cur("sd_bsc_mls", "Bachelor of Science (Honours) in Medical Laboratory Sciences",
                    "medical_laboratory_science", SD_MLS, True),
               _cur("sd_bsc_mic", "Bachelor of Science (Honours) in Microbiology", "biology", SD_MIC),
               _cur("sd_bsc_nur", "Bachelor of Science (Honours) in Nursing Sciences", "nursing", SD_NUR)],
    mls_curriculum="sd_bsc_mls", science_curricula=["sd_bsc_mic"], nonqualifying_curricula=["sd_bsc_nur"],
    positions_mls=["Medical Laboratory Scientist", "Medical Laboratory Specialist", "Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Teaching Assistant"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}-1-{rng.randint(1, 12):02d}-{rng.randint(1, 300):04d}",
)
K.register(PACK)
add_department_phrases("SD", {
    "blood_bank": ["Blood Bank", "Blood Transfusion"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology", "Haematology and Blood Transfusion"], "microbiology": ["Microbiology"],
    "immunology": ["Immunology"], "urinalysis": ["Urine and Stool Analysis"], "molecular": ["Molecular Biology"],
    "phlebotomy": ["Sample Collection"], "other": ["Histopathology and Cytology", "Parasitology"]})

GP = {"A+": 4.0, "A": 3.75, "B+": 3.5, "B": 3.0, "C+": 2.75, "C": 2.5, "D": 2.0, "F": 0.0}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def sd_grade(r):
    for lo, g in ((84, "A+"), (78, "A"), (72, "B+"), (65, "B"), (59, "C+"), (53, "C")):
        if r.score >= lo:
            return g
    return "D"


def gpa(rs):
    cr = sum(r.spec.credits for r in rs)
    return int(sum(r.spec.credits * GP[sd_grade(r)] for r in rs) / cr * 100 + 0.5) / 100


def sd_cgpa(s):
    return gpa([r for t in s.terms for r in t.results])


def rating(g):
    return "Excellent" if g >= 3.5 else "Very Good" if g >= 3.0 else "Good" if g >= 2.5 else "Pass"


def sd_division(s):
    g = sd_cgpa(s)
    return ("First Class" if g >= 3.5 else "Second Class Division One" if g >= 3.0 else
            "Second Class Division Two" if g >= 2.5 else "Third Class")


def sd_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R, gap = 30, A4[0] - 30, 10
    cw = (R - L - gap) / 2
    fs, lh = 7.2, 8.6
    ox = {"code": 3, "title": 42, "cr": cw - 68, "gr": cw - 42, "pt": cw - 4}
    tw = ox["cr"] - 12 - ox["title"]
    name = name_form(person, "caps")
    pages, st = [], {}

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.seal(L + 30, 60, 24, 0.4)
        y = 34
        arabic_line(p, p.w / 2, y, inst.extra["ar"], 12.5, bold=True); y += 20
        p.text(p.w / 2, y, inst.name.upper(), FB, 13, "center"); y += 13
        p.text(p.w / 2, y, inst.extra["faculty"], F, 9.5, "center"); y += 12
        p.text(p.w / 2, y, "Deanship of Admission, Registration and Records", FI, 8.5, "center"); y += 20
        p.text(p.w / 2, y, "ACADEMIC TRANSCRIPT", FB, 12, "center"); y += 8
        p.hline(L, R, y, 0.9); y += 14
        if len(pages) == 1:
            for a, b, c, d in (("Name", name, "Index No.", s.student_no),
                               ("Programme", cur.title, "Nationality", "Sudanese"),
                               ("Date of Admission", D.long_dmy(s.admitted), "Date of Birth", D.long_dmy(s.dob)),
                               ("Study Duration", "Five Years (Ten Semesters)", "Medium of Instruction", "English")):
                p.pieces(y, [(L, f"{a}:", "left", F, 8), (L + 84, b, "left"), (L + 372, f"{c}:", "left", F, 8),
                             (L + 462, d, "left")], FB, 8.5)
                y += 11.5
        else:
            p.pieces(y, [(L, "Name:", "left", F, 8), (L + 30, name, "left"), (R, f"Index No.: {s.student_no}", "right")],
                     FB, 8.5); y += 11
        st.update(page=p, y=y + 10)

    def block_head(p, x, y, label):
        p.text(x + 3, y, label, FB, 8.5)
        y += 4
        p.rect(x, y, cw, 19, 0.5, 0.0, fill=0.9)
        p.pieces(y + 8, [(x + ox["code"], "Course", "left"), (x + ox["title"] + 8, "Course Title", "left"),
                         (x + ox["cr"], "Cr.", "center"), (x + ox["gr"], "Grade", "center"),
                         (x + ox["pt"], "Points", "right")], FB, 6.8)
        p.pieces(y + 16, [(x + ox["code"], "Code", "left"), (x + ox["cr"], "Hrs", "center")], FB, 6.8)
        return y + 19

    def block_height(rs):
        return sum(lh * len(wrap(r.spec.title, F, fs, tw)) + 2 for r in rs)

    new_page()
    out, cum = [], []
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    for yr in sorted(years):
        ts = years[yr]
        h = max(block_height(t.results) for t in ts) + 70
        if st["y"] + h > A4[1] - 120:
            new_page()
        p, y0 = st["page"], st["y"]
        bottoms = []
        for side, t in enumerate(ts):
            x = L + side * (cw + gap)
            sem = 2 * (yr - 1) + side
            label = (f"Semester {ROMAN[sem]} {t.start_year}/{t.start_year + 1}" if side == 0 else
                     f"Semester {ROMAN[sem]}")
            y = block_head(p, x, y0, label) + 9
            for r in t.results:
                lines = wrap(r.spec.title, F, fs, tw)
                g = sd_grade(r)
                pts = r.spec.credits * GP[g]
                p.pieces(y, [(x + ox["code"], r.code, "left"), (x + ox["title"], lines[0], "left"),
                             (x + ox["cr"], f"{int(r.spec.credits)}", "center"), (x + ox["gr"], g, "center"),
                             (x + ox["pt"], f"{pts:.2f}", "right")], F, fs)
                for ln in lines[1:]:
                    y += lh
                    p.text(x + ox["title"], y, ln, F, fs)
                y += lh + 2
                out.append(course_truth(r, label, r.spec.credits, g, "semester", title=" ".join(lines)))
            bottoms.append((x, t, y))
        yb = max(b[2] for b in bottoms)
        for x, t, _ in bottoms:
            p.rect(x, y0 + 4, cw, yb - y0 - 4, 0.5, 0.0)
            p.vline(x + ox["title"] - 3, y0 + 4, yb, 0.3)
            for k in ("cr", "gr"):
                p.vline(x + ox[k] - 13, y0 + 4, yb, 0.3)
            p.vline(x + ox["gr"] + 13, y0 + 4, yb, 0.3)
            p.pieces(yb + 11, [(x + ox["title"], "Semester GPA", "left", FB, 7.5),
                               (x + ox["pt"], f"{gpa(t.results):.2f}", "right", FB, 7.5)], FB, 7.5)
            cum += t.results
        cg = gpa(cum)
        p.text(p.w / 2, yb + 26, f"CGPA {cg:.2f} ({rating(cg)})", FB, 8.5, "center")
        st["y"] = yb + 48
    if st["y"] + 110 > A4[1] - 70:
        new_page()
    p, y = st["page"], st["y"]
    total = int(sum(r.spec.credits for r in cum))
    cg = sd_cgpa(s)
    conf = D.long_dmy(s.conferred)
    for ln in (f"Total Credit Hours Completed: {total}", f"Cumulative Grade Point Average (CGPA): {cg:.2f}",
               f"Division: {sd_division(s)}", f"Date of Award: {conf}"):
        p.text(L, y, ln, FB, 9)
        y += 12.5
    y += 4
    p.text(L, y, "Grading: A+ (4.00) 85-100, A (3.75) 78-84, B+ (3.50) 72-77, B (3.00) 65-71, C+ (2.75) 59-64, "
           "C (2.50) 53-58, D (2.00) 50-52, F (0) below 50.", F, 6.8); y += 9
    p.text(L, y, "Division: First Class 3.50-4.00; Second Class Division One 3.00-3.49; Second Class Division Two "
           "2.50-2.99; Third Class 2.00-2.49.", F, 6.8)
    for i, pg in enumerate(pages, 1):
        yb = pg.h - 52
        pg.signature(R - 150, yb - 12, 100, rng)
        pg.circle(R - 200, yb - 18, 24, 0.9, 0.5)
        pg.pieces(yb, [(L, "Prepared by: ........................", "left"), (L + 190, "Checked by: ......................", "left"),
                       (R - 100, "Registrar", "center")], F, 8)
        pg.text(pg.w / 2, pg.h - 24, f"Page {i} of {len(pages)} - Any erasure or alteration invalidates this transcript",
                FI, 7, "center")
    return LayoutResult("transcript", "sd_side_by_side_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": conf, "prints_totals": True, "cgpa": cg})


TRANSCRIPT_LAYOUTS = {"sd_side_by_side_transcript": (sd_transcript, FAMILY, ("SD",))}
