"""Writer B, round 1: Saudi Arabia (SA). Country pack, curricula and the transcript design
`sa_academic_record`: a Saudi "Academic Record" (College of Applied Medical Sciences), terms
named with Hijri and Gregorian years, a 5.00 grade scale (A+ 5.00 ... D 2.00), a per-term box
"Semester: Hrs Pts GPA | Cumulative: Hrs Pts GPA", graduation date in both calendars and the
internship year as one course "CLS 499 Internship (12 months)" with 0 or a few credit hours.
"""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult, cells, course_truth
from ..names import SIGNERS, Employer, Institution, name_form
from ..pagekit import A4, Flow, Page
from . import r1_b_common as B

SA_CLS = """
## 1 S1
ENG 101 | English Language I | 4 | O
MATH 101 | Pre-Calculus | 3 | M
CHEM 101 | General Chemistry | 4 | C
CT 101 | Computer Skills | 3 | O
IC 101 | Islamic Culture I | 2 | O
LS 101 | Learning and Communication Skills | 2 | O
## 1 S2
ENG 102 | English Language II | 4 | O
BIOL 101 | General Biology | 4 | B
PHYS 101 | General Physics | 4 | O
STAT 101 | Biostatistics | 3 | M
ARAB 101 | Arabic Language Skills | 2 | O
## 2 S1
BCH 201 | Biochemistry I | 3 | C
MICR 211 | General Microbiology | 3 | B
ANAT 201 | Human Anatomy | 3 | B
PHSL 201 | Human Physiology | 3 | B
CHEM 221 | Organic Chemistry | 3 | C
IC 102 | Islamic Culture II | 2 | O
## 2 S2
BCH 202 | Biochemistry II | 3 | C
CLS 221 | Introduction to Clinical Laboratory Sciences | 2 | O
CLS 222 | Medical Terminology | 2 | O
HSTL 202 | Histology | 3 | B
IMMU 202 | Basic Immunology | 3 | ?B
CLS 224 | Laboratory Safety and Instrumentation | 2 | O
## 3 S1
CLS 321 | Clinical Chemistry I | 3 | P
CLS 331 | Hematology I | 3 | P
CLS 341 | Diagnostic Microbiology I | 3 | ?P
CLS 351 | Clinical Parasitology | 2 | P
CLS 361 | Immunohematology I | 3 | P
IC 103 | Islamic Culture III | 2 | O
## 3 S2
CLS 322 | Clinical Chemistry II | 3 | P
CLS 332 | Hematology II | 3 | P
CLS 342 | Diagnostic Microbiology II | 3 | ?P
CLS 362 | Immunohematology II | 3 | P
CLS 372 | Clinical Immunology and Serology | 3 | ?B
## 4 S1
CLS 421 | Clinical Chemistry III (Endocrinology and Toxicology) | 3 | P
CLS 431 | Hemostasis and Coagulation | 3 | ?P
CLS 441 | Medical Mycology and Virology | 3 | ?P
CLS 451 | Molecular Diagnostics | 3 | ?B
CLS 461 | Urinalysis and Body Fluids | 2 | P
## 4 S2
CLS 432 | Histotechnology and Cytotechnology | 3 | ?P
CLS 472 | Laboratory Management and Quality Assurance | 2 | P
CLS 482 | Research Project | 3 | O
IC 104 | Islamic Culture IV | 2 | O
## 5 IN
CLS 499 | Internship (12 months) | 0 | P | chemistry,hematology,microbiology,blood_bank,immunology
"""

SA_MICRO = """
## 1 S1
ENG 101 | English Language I | 4 | O
MATH 101 | Pre-Calculus | 3 | M
CHEM 101 | General Chemistry | 4 | C
CT 101 | Computer Skills | 3 | O
IC 101 | Islamic Culture I | 2 | O
## 1 S2
ENG 102 | English Language II | 4 | O
BIOL 101 | General Biology | 4 | B
PHYS 101 | General Physics | 4 | O
STAT 101 | Biostatistics | 3 | M
## 2 S1
MICR 211 | General Microbiology | 4 | B
BOT 201 | General Botany | 3 | B
ZOOL 201 | General Zoology | 3 | B
CHEM 221 | Organic Chemistry | 3 | C
IC 102 | Islamic Culture II | 2 | O
## 2 S2
MICR 222 | Microbial Physiology | 3 | B
BCH 202 | General Biochemistry | 3 | C
CHEM 241 | Analytical Chemistry | 3 | C
MICR 224 | Mycology | 3 | ?B
ARAB 101 | Arabic Language Skills | 2 | O
## 3 S1
MICR 311 | Bacteriology | 4 | ?B
MICR 313 | Virology | 3 | ?B
MICR 315 | Microbial Genetics | 3 | B
BCH 301 | Metabolism | 3 | C
## 3 S2
MICR 322 | Immunology | 3 | B
MICR 324 | Food Microbiology | 3 | B
MICR 326 | Environmental Microbiology | 3 | B
IC 103 | Islamic Culture III | 2 | O
## 4 S1
MICR 411 | Medical Microbiology | 4 | P
MICR 413 | Molecular Biology | 3 | B
MICR 415 | Industrial Microbiology | 3 | B
## 4 S2
MICR 422 | Applied Immunology | 3 | ?B
MICR 424 | Microbial Biotechnology | 3 | ?B
MICR 498 | Graduation Project | 3 | O
IC 104 | Islamic Culture IV | 2 | O
"""

SA_NURS = """
## 1 S1
ENG 101 | English Language I | 4 | O
CHEM 101 | General Chemistry | 4 | C
MATH 101 | Pre-Calculus | 3 | M
IC 101 | Islamic Culture I | 2 | O
## 1 S2
ENG 102 | English Language II | 4 | O
BIOL 101 | General Biology | 4 | B
CT 101 | Computer Skills | 3 | O
## 2 S1
NURS 211 | Fundamentals of Nursing | 5 | O
ANAT 201 | Human Anatomy | 3 | B
PHSL 201 | Human Physiology | 3 | B
## 2 S2
NURS 222 | Health Assessment | 4 | O
PHCL 202 | Pharmacology | 3 | O
MICR 202 | Microbiology for Nurses | 3 | B
## 3 S1
NURS 311 | Adult Health Nursing I | 6 | O
NURS 313 | Nursing Ethics | 2 | O
## 3 S2
NURS 322 | Adult Health Nursing II | 6 | O
NURS 324 | Maternity Nursing | 5 | O
## 4 S1
NURS 411 | Pediatric Nursing | 5 | O
NURS 413 | Critical Care Nursing | 5 | O
## 4 S2
NURS 422 | Community Health Nursing | 5 | O
NURS 424 | Nursing Leadership and Management | 3 | O
## 5 IN
NURS 499 | Internship (12 months) | 0 | O
"""

COLLEGE = {"sa_bsc_cls": ("College of Applied Medical Sciences", "Clinical Laboratory Sciences"),
           "sa_bsc_micro": ("College of Science", "Microbiology"),
           "sa_bsn": ("College of Nursing", "Nursing")}

CURRICULA = [
    C.Curriculum("sa_bsc_cls", "SA", "Bachelor of Science in Clinical Laboratory Sciences",
                 "bachelor", 5, "medical_laboratory_science", "semester", C._parse(SA_CLS), 9, 5,
                 clinical_training=True),
    C.Curriculum("sa_bsc_micro", "SA", "Bachelor of Science in Microbiology", "bachelor", 4,
                 "biology", "semester", C._parse(SA_MICRO), 9, 6),
    C.Curriculum("sa_bsn", "SA", "Bachelor of Science in Nursing", "bachelor", 5, "nursing",
                 "semester", C._parse(SA_NURS), 9, 5),
]

INSTITUTIONS = [
    Institution("Al-Wadi Al-Akhdar University", "Abha", "Asir Region", "SA",
                "King Fahd Road, Al-Mahalah District", ("sa_bsc_cls", "sa_bsc_micro", "sa_bsn"),
                extra={"intern_hrs": 0}),
    Institution("Najd Plateau University", "Buraydah", "Al-Qassim Region", "SA",
                "Al-Malida, Prince Sultan Road", ("sa_bsc_cls", "sa_bsc_micro"),
                extra={"intern_hrs": 2}),
    Institution("Red Sea Coast University", "Yanbu", "Al-Madinah Region", "SA",
                "Al-Sumairi District, King Abdulaziz Road", ("sa_bsc_cls", "sa_bsn"),
                extra={"intern_hrs": 0}),
]

EMPLOYERS = [
    Employer("Al-Rawdah Specialist Hospital", "Riyadh", "Riyadh Region", "SA",
             "Al-Takhassusi Street, Al-Rawdah District", "+966 11 700 0142", "hr@alrawdah-sh.example"),
    Employer("Asir Highlands Medical City", "Abha", "Asir Region", "SA",
             "Al-Hazm Road", "+966 17 700 0188", "personnel@asirhighlands.example"),
    Employer("Qassim Palms General Hospital", "Buraydah", "Al-Qassim Region", "SA",
             "King Abdulaziz Road", "+966 16 700 0131", "hr@qassimpalms-gh.example"),
    Employer("Gulf Shore Reference Laboratories", "Dammam", "Eastern Province", "SA",
             "Prince Mohammed bin Fahd Road, Al-Faisaliyah", "+966 13 700 0179",
             "info@gulfshore-labs.example", "lab"),
]


def _student_no(rng, start_year, inst):
    hy = B.hijri_year_pair(start_year)[0] % 1000
    return f"{hy}{rng.randint(100000, 999999)}"


PACK = K.CountryPack(
    code="SA", name="Saudi Arabia",
    given={"F": ["Nora", "Reem", "Amal", "Hessa", "Maha", "Lama", "Abeer", "Ghadah", "Wejdan"],
           "M": ["Abdullah", "Faisal", "Turki", "Khalid", "Saad", "Nasser", "Majed", "Bandar"]},
    surnames=["Al-Qahtani", "Al-Harbi", "Al-Ghamdi", "Al-Otaibi", "Al-Zahrani", "Al-Shehri",
              "Al-Dosari", "Al-Mutairi", "Al-Shammari", "Al-Anazi", "Asiri"],
    middle={"F": ["Abdullah", "Mohammed", "Saad", "Nasser", "Ali", "Fahad", "Saleh"],
            "M": ["Abdullah", "Mohammed", "Saad", "Nasser", "Ali", "Fahad", "Saleh"]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Dr. Abdulaziz M. Al-Rashed", "Dr. Huda S. Al-Otaibi", "Mr. Fahad N. Al-Mutlaq",
             "Dr. Sami A. Bakhsh", "Mrs. Nawal H. Al-Subaie"],
    curricula=CURRICULA, mls_curriculum="sa_bsc_cls", science_curricula=["sa_bsc_micro"],
    nonqualifying_curricula=["sa_bsn"],
    positions_mls=["Laboratory Specialist", "Clinical Laboratory Specialist",
                   "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Specialist"],
    code_style="space", student_no=_student_no, honours=[])
K.register(PACK)
B.add_department_phrases("SA", B.ARABIC_LAB_PHRASES)

SEM_WORD = {"S1": "First Semester", "S2": "Second Semester", "SU": "Summer Semester"}


def sa_term_label(t):
    h1, h2 = B.hijri_year_pair(t.start_year)
    if t.key == "IN":
        return f"Internship Year {h1}/{h2} H ({t.start_year}/{t.start_year + 1})"
    return f"{SEM_WORD[t.key]} {h1}/{h2} H ({t.start_year}/{t.start_year + 1})"


def sa_grades(s):
    """[(term, [(result, hrs, letter, gp_x100)])] as every SA document prints them."""
    out = []
    for t in s.terms:
        rows = []
        for r in t.results:
            if t.key == "IN":
                hrs = s.institution.extra.get("intern_hrs", 0)
                if hrs == 0:
                    rows.append((r, 0, "P", None))
                    continue
                letter, gp = B.band(B.SA_BANDS, max(90, B.pct(r)))
            else:
                hrs = int(r.spec.credits)
                letter, gp = B.band(B.SA_BANDS, min(99, B.pct(r) + 6))
            rows.append((r, hrs, letter, int(round(gp * 100))))
        out.append((t, rows))
    return out


def cumulative(s):
    h = p = 0
    for _, rows in sa_grades(s):
        for _, hrs, _, gp in rows:
            if gp is not None:
                h += hrs
                p += hrs * gp
    return h, p


def sa_estimate(gpa_x100):
    if gpa_x100 >= 450:
        return "Excellent"
    if gpa_x100 >= 375:
        return "Very Good"
    if gpa_x100 >= 275:
        return "Good"
    return "Pass"


def sa_honours(gpa_x100):
    if gpa_x100 >= 475:
        return "First Class Honours"
    if gpa_x100 >= 425:
        return "Second Class Honours"
    return ""


def money(x100):
    return f"{x100 // 100}.{x100 % 100:02d}"


def sa_academic_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    college, dept = COLLEGE[cur.id]
    F, FB = "Helvetica", "Helvetica-Bold"
    name = name_form(person, rng.choice(["natural", "caps"]))
    x0, x1 = 40, A4[0] - 40
    cols = [(x0 + 4, "left", 56), (x0 + 68, "left", 300), (x0 + 392, "center", 40),
            (x0 + 446, "center", 34), (x1 - 8, "right", 44)]
    fs = rng.choice([8.5, 9])
    lh = rng.choice([12, 12.5, 13])
    grad_h = f"{B.hijri_dmy(s.conferred)} H - {D.dmy_slash(s.conferred)}"
    h1, h2 = B.hijri_year_pair(s.terms[0].start_year)
    nid = f"1{rng.randint(0, 999999999):09d}"
    tot_h, tot_p = cumulative(s)
    gpa = B.tenths(tot_p / tot_h) if tot_h else 0

    def new_page(n):
        p = Page(A4)
        y = 40
        p.pieces(y, [(x0, "Kingdom of Saudi Arabia", "left", FB, 9),
                     (x1, "Academic Record", "right", FB, 13)]); y += 12
        p.pieces(y, [(x0, "Ministry of Education", "left", F, 8.5),
                     (x1, "Not valid without the Deanship seal", "right", F, 7.5)]); y += 11
        p.text(x0, y, inst.name, FB, 10); y += 11
        p.text(x0, y, "Deanship of Admission and Registration", F, 8.5); y += 11
        p.logo(p.w / 2, 58, 18, 0)
        y += 8
        p.hline(x0, x1, y, 1.2); y += 14
        if n == 1:
            rows = [(f"Student Name: {name}", f"Student No.: {s.student_no}"),
                    (f"National ID: {nid}", "Nationality: Saudi"),
                    (f"College: {college}", f"Department: {dept}"),
                    (f"Degree: {cur.title}", ""),
                    (f"Admission: First Semester {h1}/{h2} H", f"Graduation date: {grad_h}"),
                    (f"Cumulative GPA: {money(gpa)} out of 5.00", f"General Grade: {sa_estimate(gpa)}")]
            top = y - 10
            for a, b in rows:
                items = [(x0 + 6, a, "left")] + ([(x0 + 300, b, "left")] if b else [])
                p.pieces(y, items, F, 8.5); y += 11.5
            p.rect(x0, top, x1 - x0, y - top - 6, 0.6)
            y += 6
        else:
            p.spaced(x0, y, [f"Student Name: {name}", f"Student No.: {s.student_no}"], F, 8.5, 30)
            y += 12
        return p, y + 6

    fl = Flow(new_page, 64)
    out = []
    cum_h = cum_p = 0
    for t, rows in sa_grades(s):
        label = sa_term_label(t)
        fl.need(30 + lh * (len(rows) + 1) + 24)
        p = fl.page
        p.text(x0, fl.y, label, FB, 9.5); fl.y += 13
        cells(p, fl.y, cols, ["Course No.", "Course Title", "Cr. Hrs", "Grade", "Points"], FB, 8.5)
        p.hline(x0, x1, fl.y - 10, 0.5); p.hline(x0, x1, fl.y + 3.5, 0.5); fl.y += lh
        th = tp = 0
        for r, hrs, letter, gp in rows:
            pts = "-" if gp is None else money(hrs * gp)
            cells(p, fl.y, cols, [r.code, r.spec.title, str(hrs), letter, pts], F, fs)
            extra = {"grade_point": gp / 100 if gp is not None else None,
                     "quality_points": (hrs * gp) / 100 if gp is not None else None}
            out.append(course_truth(r, label, hrs, letter, "semester", **extra))
            if gp is not None:
                th += hrs; tp += hrs * gp
            fl.y += lh
        cum_h += th; cum_p += tp
        bx = fl.y - 6
        p.rect(x0, bx, x1 - x0, 15, 0.5, 0.2, fill=0.93)
        p.vline(p.w / 2, bx, bx + 15, 0.5)
        tg = money(B.tenths(tp / th)) if th else "-"
        cg = money(B.tenths(cum_p / cum_h)) if cum_h else "-"
        p.pieces(fl.y + 4.5, [(x0 + 6, f"Semester: Hrs {th} Pts {money(tp)} GPA {tg}", "left"),
                              (p.w / 2 + 8, f"Cumulative: Hrs {cum_h} Pts {money(cum_p)} GPA {cg}", "left")],
                 FB, 8)
        fl.y += 30
    fl.need(130)
    p = fl.page
    p.text(x0, fl.y, f"Total Credit Hours Earned: {cum_h}", FB, 9.5); fl.y += 12
    hon = sa_honours(gpa)
    p.text(x0, fl.y, f"Cumulative GPA: {money(gpa)} / 5.00 - General Grade: {sa_estimate(gpa)}"
           + (f" with {hon}" if hon else ""), FB, 9.5); fl.y += 12
    p.text(x0, fl.y, f"Graduation date: {grad_h}", FB, 9.5); fl.y += 16
    p.text(x0, fl.y, "Grading scale: A+ 5.00 (95-100), A 4.75 (90-94), B+ 4.50 (85-89), B 4.00 (80-84), "
           "C+ 3.50 (75-79), C 3.00 (70-74),", F, 7.5); fl.y += 9.5
    p.text(x0, fl.y, "D+ 2.50 (65-69), D 2.00 (60-64), F 1.00 (below 60). P = Pass (not counted in the GPA).",
           F, 7.5)
    yb = p.h - 56
    sg = rng.choice(SIGNERS["SA"])
    p.seal(x0 + 60, yb - 18, 26)
    p.signature(x1 - 170, yb - 12, 100, rng)
    p.text(x1 - 110, yb, sg, F, 8.5, "center")
    p.text(x1 - 110, yb + 11, "Dean of Admission and Registration", F, 8.5, "center")
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 24, f"Page {i} of {len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "sa_academic_record", "blind_r1", fl.pages, [name], out,
                        "semester", {"conferred_printed": grad_h})


TRANSCRIPT_LAYOUTS = {"sa_academic_record": (sa_academic_record, "blind_r1", ("SA",))}
