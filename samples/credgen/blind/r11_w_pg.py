"""Writer W, round 11: Papua New Guinea (PG). Country pack (an invented university's School of
Medicine and Health Sciences, "Bachelor of Medical Laboratory Science", four years of two semesters,
80 credit points a year; the School of Natural and Physical Sciences' Bachelor of Science (Biology);
a Bachelor of Nursing) and the English "ACADEMIC TRANSCRIPT" laid out like an Australian record: a
block of student details (Student ID, Name "SURNAME, Given names", Date of birth, Programme, Admitted,
Status "Completed"), then chronological study periods, each a bold line "2015 Semester 1" with the
programme and year level at the right, rows `Course Code | Course Title | Credit Points | Mark |
Grade` (codes "MLS 2103"; 10 points for most courses, 20 for clinical placement blocks, 5 for a few;
marks in per cent; HD, D, C, P, F, "UP" ungraded pass for placements, no mark), and under each period,
right-aligned in small type, "Period Credit Points Attempted 40 Passed 40 GPA 5.25" (7-point scale:
HD 7, D 6, C 5, P 4, F 0, weighted by points; UP outside the GPA). A failed course (F) is taken again
in a later period. Page 2 onward repeat only "Academic Transcript - <name> - <student id> - Page 2 of
3"; a period may start on one page and end on the next. At the end "Total Credit Points 320" and a
small boxed key to grades with the mark ranges. A faint diagonal "UNIVERSITY OF ..." watermark behind
the text, drawn as a picture (not in the text layer).

Credit basis: credit points of an 80-point full-time year. A full-time year is 30 US semester hours,
as criteria.md takes for 60 ECTS and 120 UK credits, so 1 point = 30/80 SH (a 10-point course 3.75 SH,
a placement block 7.5 SH): system "points80" (courses.SH_FACTOR). Failed attempts are rows with
passed False (no SH). Term "2015 Semester 1"; grade = the printed grade ("HD", "UP"), mark beside."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r11_w_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, diagonal_watermark, k,
                           r2, sign_block, star_seal)
from .r6_l_common import parse

PG_MLS = """
## 1 S1
BIO 1101 | Cell Biology | 10 | B
CHM 1101 | General Chemistry I | 10 | C
MTH 1101 | Mathematics for Health Sciences | 10 | M
HSC 1101 | Human Anatomy and Physiology I | 5 | B
LNG 1105 | Academic Communication Skills | 5 | O
## 1 S2
BIO 1202 | Genetics | 10 | B
CHM 1202 | General Chemistry II | 10 | C
HSC 1202 | Human Anatomy and Physiology II | 10 | B
PHY 1202 | Physics for Health Sciences | 10 | O
## 2 S1
CHM 2101 | Organic Chemistry | 10 | C
BCH 2101 | Biochemistry I | 10 | C
MLS 2101 | Introduction to Medical Laboratory Science | 10 | ?P
STA 2105 | Biostatistics | 5 | M
PHC 2105 | Primary Health Care in Papua New Guinea | 5 | O
## 2 S2
BCH 2202 | Biochemistry II | 10 | C
MLS 2103 | General Microbiology | 10 | B
MLS 2204 | Histology and Cytology | 10 | P
MLS 2206 | Immunology | 10 | ?B
## 3 S1
MLS 3101 | Clinical Chemistry I | 10 | P
MLS 3103 | Haematology I | 10 | P
MLS 3105 | Medical Bacteriology | 10 | P
MLS 3107 | Medical Parasitology | 10 | P
## 3 S2
MLS 3202 | Clinical Chemistry II | 10 | P
MLS 3204 | Haematology II | 10 | P
MLS 3206 | Transfusion Science | 10 | P
MLS 3208 | Mycology and Virology | 5 | P
MLS 3210 | Professional Ethics and Laboratory Law | 5 | P
## 4 S1
MLS 4101 | Clinical Placement I (Haematology and Transfusion) | 20 | P | hematology,blood_bank
MLS 4103 | Molecular Diagnostics | 10 | ?P
MLS 4105 | Laboratory Management and Quality | 10 | P
## 4 S2
MLS 4202 | Clinical Placement II (Chemistry and Microbiology) | 20 | P | chemistry,microbiology,urinalysis
MLS 4204 | Research Project | 10 | O
MLS 4206 | Public Health Laboratory Practice | 10 | P
"""

PG_BIO = """
## 1 S1
BIO 1101 | Cell Biology | 10 | B
CHM 1101 | General Chemistry I | 10 | C
MTH 1101 | Calculus I | 10 | M
LNG 1105 | Academic Communication Skills | 10 | O
## 1 S2
BIO 1203 | Plant Diversity | 10 | B
BIO 1205 | Animal Diversity | 10 | B
CHM 1202 | General Chemistry II | 10 | C
PHY 1201 | General Physics | 10 | O
## 2 S1
BIO 2101 | Genetics | 10 | B
BIO 2103 | Microbiology | 10 | B
CHM 2101 | Organic Chemistry | 10 | C
STA 2101 | Statistics for Scientists | 10 | M
## 2 S2
BIO 2202 | Ecology | 10 | B
BIO 2204 | Plant Physiology | 10 | B
BCH 2202 | Biochemistry | 10 | C
BIO 2206 | Invertebrate Zoology | 10 | B
## 3 S1
BIO 3101 | Animal Physiology | 10 | B
BIO 3103 | Molecular Biology | 10 | B
BIO 3105 | Parasitology | 10 | B
BIO 3107 | Tropical Marine Biology | 10 | B
## 3 S2
BIO 3202 | Immunology | 10 | ?B
BIO 3204 | Virology | 10 | ?B
BIO 3206 | Conservation Biology | 10 | B
BIO 3208 | Entomology | 10 | B
## 4 S1
BIO 4101 | Biotechnology | 10 | B
BIO 4103 | Research Methods | 10 | O
BIO 4105 | Evolution | 20 | B
## 4 S2
BIO 4202 | Honours Project | 20 | O
BIO 4204 | Field Biology of New Guinea | 20 | B
"""

PG_NUR = """
## 1 S1
NUR 1101 | Foundations of Nursing | 20 | O
HSC 1101 | Human Anatomy and Physiology I | 20 | B
## 1 S2
NUR 1202 | Clinical Nursing Placement I | 20 | O
NUR 1204 | Health Assessment | 20 | O
## 2 S1
NUR 2101 | Medical-Surgical Nursing | 20 | O
NUR 2103 | Clinical Nursing Placement II | 20 | O
## 2 S2
NUR 2202 | Maternal and Child Health | 20 | O
NUR 2204 | Mental Health Nursing | 20 | O
## 3 S1
NUR 3101 | Community Health Nursing | 20 | O
NUR 3103 | Rural Health Practice | 20 | O
## 3 S2
NUR 3202 | Clinical Nursing Placement III | 20 | O
NUR 3204 | Nursing Leadership | 20 | O
"""


def _cur(cid, title, years, field, text, clin=False):
    return C.Curriculum(cid, "PG", title, "bachelor", years, field, "points80", parse(text), 2, 4,
                        clinical_training=clin)


PG_INST = [
    Institution("University of the Bismarck Coast", "Madang", "Madang Province", "PG", "North Coast Road",
                ("pg_mls", "pg_bio", "pg_nur"), "university",
                extra={"school": "School of Medicine and Health Sciences", "sci": "School of Natural and Physical Sciences"}),
    Institution("University of the Owen Stanley Range", "Port Moresby", "National Capital District", "PG",
                "Waigani Drive", ("pg_mls", "pg_nur"), "university",
                extra={"school": "School of Medicine and Health Sciences", "sci": "School of Natural and Physical Sciences"}),
    Institution("University of the Highlands Plateau", "Goroka", "Eastern Highlands Province", "PG", "Okuk Highway",
                ("pg_bio",), "university",
                extra={"school": "School of Health Sciences", "sci": "School of Natural and Physical Sciences"}),
]

PACK = K.CountryPack(
    code="PG", name="Papua New Guinea",
    given={"F": ["Mary", "Elizabeth", "Grace", "Joycelyn", "Kila", "Dorcas", "Rosemary", "Lydia", "Naomi", "Vanessa"],
           "M": ["John", "Peter", "Michael", "Joseph", "Kila", "Gabriel", "Tony", "Nathan", "Samuel", "Boas"]},
    surnames=["Kaupa", "Namaliu", "Wari", "Tumu", "Kila", "Yandu", "Pokana", "Gima", "Morea", "Tau", "Kapi", "Wenge"],
    middle={"F": ["Anne", "Kepas", "Ruth", "", ""], "M": ["Paul", "Wak", "James", "", ""]},
    institutions=PG_INST,
    employers=[
        Employer("Madang Provincial Health Authority - Modilon General Hospital", "Madang", "Madang Province", "PG",
                 "Modilon Road", "+675 422 0000", "hr@madangpha.example"),
        Employer("Eastern Highlands Provincial Health Authority - Goroka Provincial Hospital", "Goroka",
                 "Eastern Highlands Province", "PG", "Leigh Vial Street", "+675 532 0000", "personnel@ehpha.example"),
        Employer("Morobe Provincial Health Authority - Angau Memorial Provincial Hospital", "Lae", "Morobe Province",
                 "PG", "Air Corps Road", "+675 472 0000", "hr@morobepha.example"),
        Employer("Port Moresby General Hospital", "Port Moresby", "National Capital District", "PG", "Taurama Road",
                 "+675 324 0000", "hrm@pomgen.example"),
    ],
    signers=["Dr. Paul Namaliu", "Mrs. Ruth Kaupa", "Mr. Gabriel Tumu", "Dr. Naomi Pokana"],
    curricula=[_cur("pg_mls", "Bachelor of Medical Laboratory Science", 4, "medical_laboratory_science", PG_MLS, True),
               _cur("pg_bio", "Bachelor of Science (Biology)", 4, "biology", PG_BIO),
               _cur("pg_nur", "Bachelor of Nursing", 3, "nursing", PG_NUR)],
    mls_curriculum="pg_mls", science_curricula=["pg_bio"], nonqualifying_curricula=["pg_nur"],
    positions_mls=["Medical Laboratory Scientist", "Medical Technologist"],
    positions_science=["Laboratory Technician", "Scientific Officer"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(100000, 999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("PG", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["GeneXpert and Molecular"], "phlebotomy": ["Specimen Reception"], "other": ["Histology"]})

GP = {"HD": 7, "D": 6, "C": 5, "P": 4, "F": 0}
YL = ["Year 1", "Year 2", "Year 3", "Year 4", "Year 5"]


def grade(m):
    return "HD" if m >= 85 else "D" if m >= 75 else "C" if m >= 65 else "P" if m >= 50 else "F"


def periods(s):
    """[(label, year level, [(result, mark or None, grade, passed)])]"""
    out, carry = [], []
    for i, t in enumerate(s.terms):
        sem = "Semester 1" if t.key == "S1" else "Semester 2"
        cal = t.start_year if s.curriculum.start_month <= 6 else t.start_year + (1 if t.key == "S2" else 0)
        rows = list(carry)
        carry = []
        for j, r in enumerate(t.results):
            if r.spec.areas:
                rows.append((r, None, "UP", True))
                continue
            m = max(50, min(95, r.score + 2 + k(s, f"m{i}.{j}") % 9 - 4))
            if k(s, f"f{i}.{j}") % 23 == 0 and i + 1 < len(s.terms):
                rows.append((r, 38 + k(s, f"f{i}.{j}") % 11, "F", False))
                m2 = max(50, min(70, m - 5))
                carry.append((r, m2, grade(m2), True))
                continue
            rows.append((r, m, grade(m), True))
        out.append((f"{cal} {sem}", t.year, rows))
    return out


def pg_name(person):
    return f"{person.surname.upper()}, {' '.join(x for x in (person.given, person.middle) if x)}"


def pg_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 48, W - 48
    nm = pg_name(person)
    pers = periods(s)
    xs = [L, L + 74, L + 330, L + 400, L + 450, R]
    out = []
    mark = inst.name.upper()

    def new_page(n):
        p = Page(A4)
        diagonal_watermark(p, mark, 40, 226)
        if n == 1:
            star_seal(p, L + 22, 58, 22, 0.35, points=7)
            p.text(L + 54, 50, inst.name, FB, 14)
            p.text(L + 54, 64, inst.extra["school"] if cur.id != "pg_bio" else inst.extra["sci"], F, 9)
            p.text(L + 54, 76, f"PO Box {100 + k(s, 'pob') % 800}, {inst.city}, {inst.region}, Papua New Guinea", F, 8)
            p.hline(L, R, 88, 0.8)
            p.text(L, 110, "ACADEMIC TRANSCRIPT", FB, 13)
            rows = [("Student ID", s.student_no), ("Name", nm), ("Date of birth", s.dob.strftime("%d/%m/%Y")),
                    ("Programme", cur.title), ("Admitted", f"{s.terms[0].start_year} Semester 1"),
                    ("Status", f"Completed - conferred {s.conferred.strftime('%d/%m/%Y')}")]
            y = 128
            for a, b in rows:
                p.pieces(y, [(L, a, "left", FB, 8.5), (L + 90, b, "left")], F, 8.5)
                y += 11.5
            p.hline(L, R, y - 3, 0.5)
            return p, y + 14
        p.text(L, 40, f"Academic Transcript - {nm} - {s.student_no} - Page {n} of @@", F, 8)
        p.hline(L, R, 46, 0.5)
        return p, 66

    fl = Flow(new_page, 56)

    def colheads(p, y):
        p.pieces(y, [(xs[0], "Course Code", "left"), (xs[1], "Course Title", "left"),
                     ((xs[2] + xs[3]) / 2, "Credit Points", "center"), ((xs[3] + xs[4]) / 2, "Mark", "center"),
                     ((xs[4] + xs[5]) / 2, "Grade", "center")], FI, 7.5)
        return y + 12

    total = 0
    for label, yl, rows in pers:
        fl.need(50)
        p, y = fl.page, fl.y
        p.pieces(y, [(L, label, "left", FB, 9.5), (R, f"{cur.title} - {YL[yl - 1]}", "right", F, 8.5)], F, 9.5)
        y = colheads(p, y + 13)
        att = pas = 0
        gpn = gpd = 0
        for r, m, g, ok in rows:
            tl = wrap(r.spec.title, F, 8.5, xs[2] - xs[1] - 6)
            if y + 11 * len(tl) > H - 56:
                fl.break_page()
                p, y = fl.page, fl.y
                p.text(L, y, f"{label} (continued)", FB, 9)
                y = colheads(p, y + 13)
            cp = int(r.spec.credits)
            p.pieces(y, [(xs[0], r.code, "left"), (xs[1], tl[0], "left"), ((xs[2] + xs[3]) / 2, str(cp), "center"),
                         ((xs[3] + xs[4]) / 2, str(m) if m is not None else "", "center"),
                         ((xs[4] + xs[5]) / 2, g, "center")], F, 8.5)
            for q, ln in enumerate(tl[1:], 1):
                p.text(xs[1], y + 10 * q, ln, F, 8.5)
            y += 11 + 10 * (len(tl) - 1)
            att += cp
            if ok:
                pas += cp
            if g in GP:
                gpn += GP[g] * cp
                gpd += cp
            out.append(course_truth(r, label, cp, g, "points80", title=" ".join(tl), mark=m, passed=ok))
        total += pas
        gpa = r2(gpn / gpd) if gpd else None
        txt = f"Period Credit Points Attempted {att} Passed {pas}" + (f" GPA {gpa:.2f}" if gpa is not None else "")
        if y + 12 > H - 56:
            fl.break_page()
            p, y = fl.page, fl.y
        p.text(R, y + 2, txt, F, 7, "right")
        fl.y = y + 22
    fl.need(120)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 8, 0.6)
    p.text(L, y + 4, f"Total Credit Points {total}", FB, 9.5)
    p.text(L, y + 18, f"{cur.title} conferred {s.conferred.day} {s.conferred.strftime('%B %Y')}", F, 8.5)
    bx, by = L, y + 32
    p.rect(bx, by, 250, 62, 0.5, 0)
    p.text(bx + 5, by + 10, "Key to grades", FB, 7)
    keys = ["HD High Distinction 85-100 (7)", "D Distinction 75-84 (6)", "C Credit 65-74 (5)", "P Pass 50-64 (4)",
            "F Fail 0-49 (0)", "UP Ungraded Pass (not in GPA)"]
    for q, kk in enumerate(keys):
        p.text(bx + 5 + (q % 2) * 122, by + 22 + (q // 2) * 11, kk, F, 6.5)
    sign_block(p, rng, R - 80, y + 70, "Registrar", FB, 8.5, 140)
    p.text(R - 80, y + 92, f"Issued {s.conferred.strftime('%d/%m/%Y')}", F, 7.5, "center")
    n = len(fl.pages)
    for pg in fl.pages[1:]:
        pg.lines = [ln.replace("@@", str(n)) for ln in pg.lines]
        pg.ops = [(o[0], o[1], o[2], o[3].replace("@@", str(n))) + tuple(o[4:]) if o[0] == "text" else o for o in pg.ops]
    p0 = fl.pages[0]
    p0.text(R, 110, f"Page 1 of {n}", F, 8, "right")
    return LayoutResult("transcript", "w_pg_periods", FAMILY, by_reading_order(fl.pages), [nm], out, "points80",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"w_pg_periods": (pg_transcript, FAMILY, ("PG",))}
