"""Writer Z, round 12: Maldives (MV). Country pack (an invented national university's Faculty of
Health Sciences: "Bachelor of Medical Laboratory Science", four years, eight semesters; a Bachelor of
Science in Biological Sciences; a Bachelor of Nursing) and the "ACADEMIC TRANSCRIPT": A4 landscape,
two semesters side by side on each page (the year's first semester in the left half, its second in
the right half, each half with its own column labels on the same line), `Module Code | Module Title |
Credit | Grade | GP`, "Credits: 60   GPA: 3.41" under each half; a Dhivehi line (Thaana, drawn as a
picture) under the university's English name; the student box (Name, Student ID, National ID,
Programme, Mode, Intake); "Total Credits: 480   CGPA: 3.38   Classification: Second Class Upper",
the Registrar's signature and an embossed seal drawn as a picture.

Credit basis: the local credit is 10 notional hours, 120 a full-time year, the UK scheme: system
"uk" (x 1/4, 120 credits = 30 SH), `credits` = the printed 15 / 30."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Page
from .r6_l_common import parse
from .r12_z_common import (EN_MONTHS, FAMILY, add_department_phrases, by_reading_order, course_truth, embossed_seal,
                           k, r2, sign_block, thaana_line)

MV_BMLS = """
## 1 S1
MLS 101 | Human Anatomy and Physiology I | 15 | B
MLS 102 | General Chemistry | 15 | C
MLS 103 | Introduction to Medical Laboratory Science | 15 | P
ENG 101 | English for Academic Purposes | 15 | O
## 1 S2
MLS 111 | Human Anatomy and Physiology II | 15 | B
MLS 112 | Organic and Biological Chemistry | 15 | C
MLS 113 | Cell Biology and Genetics | 15 | B
MTH 110 | Biostatistics | 15 | M
## 2 S1
MLS 201 | Biochemistry | 15 | C
MLS 202 | General Microbiology | 15 | B
MLS 203 | Haematology I | 15 | P
MLS 204 | Phlebotomy and Specimen Management | 15 | P
## 2 S2
MLS 211 | Clinical Chemistry I | 15 | P
MLS 212 | Immunology and Serology | 15 | ?B
MLS 213 | Medical Parasitology | 15 | P
DHI 101 | Dhivehi Language and Islamic Studies | 15 | O
## 3 S1
MLS 301 | Clinical Chemistry II | 15 | P
MLS 302 | Medical Bacteriology | 15 | P
MLS 303 | Haematology II and Haemostasis | 15 | P
MLS 304 | Histopathology and Cytology Techniques | 15 | P
## 3 S2
MLS 311 | Transfusion Science | 15 | ?P
MLS 312 | Urinalysis and Body Fluids | 15 | P
MLS 313 | Molecular Diagnostics | 15 | ?P
MLS 314 | Research Methods | 15 | O
## 4 S1
MLS 401 | Laboratory Management and Quality Assurance | 15 | P
MLS 402 | Clinical Attachment I | 30 | P | chemistry,hematology,urinalysis
MLS 403 | Research Project I | 15 | O
## 4 S2
MLS 411 | Clinical Attachment II | 30 | P | microbiology,blood_bank,immunology
MLS 412 | Research Project II | 15 | O
MLS 413 | Professional Practice and Ethics | 15 | O
"""

MV_BIO = """
## 1 S1
BIO 101 | Principles of Biology | 15 | B
CHM 101 | General Chemistry | 15 | C
MTH 101 | Calculus | 15 | M
ENG 101 | English for Academic Purposes | 15 | O
## 1 S2
BIO 111 | Plant Biology | 15 | B
BIO 112 | Animal Biology | 15 | B
CHM 111 | Organic Chemistry | 15 | C
MTH 110 | Statistics | 15 | M
## 2 S1
BIO 201 | Genetics | 15 | B
BIO 202 | Microbiology | 15 | B
CHM 201 | Biochemistry | 15 | C
DHI 101 | Dhivehi Language and Islamic Studies | 15 | O
## 2 S2
BIO 211 | Marine Biology | 15 | B
BIO 212 | Ecology | 15 | ?B
BIO 213 | Cell Biology | 15 | B
CHM 211 | Analytical Chemistry | 15 | C
## 3 S1
BIO 301 | Molecular Biology | 15 | B
BIO 302 | Physiology | 15 | B
BIO 303 | Immunology | 15 | ?B
## 3 S2
BIO 311 | Coral Reef Ecology | 15 | ?B
BIO 312 | Research Methods | 15 | O
## 4 S1
BIO 401 | Biotechnology | 15 | B
BIO 402 | Research Project I | 15 | O
## 4 S2
BIO 411 | Research Project II | 30 | O
"""

MV_BN = """
## 1 S1
NUR 101 | Fundamentals of Nursing | 30 | O
NUR 102 | Anatomy and Physiology | 15 | B
## 1 S2
NUR 111 | Adult Health Nursing I | 30 | O
## 2 S1
NUR 201 | Maternal and Child Health Nursing | 30 | O
## 2 S2
NUR 211 | Mental Health Nursing | 30 | O
## 3 S1
NUR 301 | Community Health Nursing | 30 | O
## 3 S2
NUR 311 | Adult Health Nursing II | 30 | O
## 4 S1
NUR 401 | Nursing Leadership | 15 | O
## 4 S2
NUR 411 | Clinical Practicum | 30 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "MV", title, level, years, field, "uk", parse(text), 3, 9, clinical_training=clin)


MV_INST = [
    Institution("Dhivehi National University", "Malé", "Kaafu", "MV", "Violet Magu, Henveiru",
                ("mv_bmls", "mv_bio", "mv_bn"), "university",
                extra={"dv": "ދިވެހި ޤައުމީ ޔުނިވަރސިޓީ", "fac": "Faculty of Health Sciences"}),
]

PACK = K.CountryPack(
    code="MV", name="Maldives",
    given={"F": ["Aishath", "Mariyam", "Fathimath", "Hawwa", "Aminath", "Shiuna", "Mausooma", "Nazeera", "Raufa",
                 "Shifa"],
           "M": ["Mohamed", "Ahmed", "Ibrahim", "Hussain", "Ali", "Hassan", "Abdulla", "Ismail", "Shiham", "Yoosuf"]},
    surnames=["Rasheed", "Naseer", "Shareef", "Waheed", "Zahir", "Latheef", "Saeed", "Adam", "Hameed", "Manik",
              "Didi", "Fahmy"],
    middle={"F": [], "M": []},
    institutions=MV_INST,
    employers=[
        Employer("Addu Southern Regional Hospital", "Hithadhoo", "Addu City", "MV", "Hithadhoo, Addu City",
                 "+960 688 0000", "hr.asrh@health.example"),
        Employer("Kulhudhuffushi Northern Regional Hospital", "Kulhudhuffushi", "Haa Dhaalu", "MV",
                 "Kulhudhuffushi", "+960 652 0000", "admin.knrh@health.example"),
        Employer("Gan Atoll Regional Hospital", "Gan", "Laamu", "MV", "Gan, Laamu Atoll", "+960 680 0000",
                 "hr.garh@health.example"),
        Employer("Maldives Diagnostic Laboratory Centre", "Malé", "Kaafu", "MV", "Majeedhee Magu", "+960 330 0000",
                 "info@mdlc.example", "lab"),
    ],
    signers=["Dr. Aminath Shiuna", "Mr. Ahmed Zahir", "Ms. Fathimath Raufa"],
    curricula=[_cur("mv_bmls", "Bachelor of Medical Laboratory Science", "bachelor", 4, "medical_laboratory_science",
                    MV_BMLS, True),
               _cur("mv_bio", "Bachelor of Science in Biological Sciences", "bachelor", 4, "biology", MV_BIO),
               _cur("mv_bn", "Bachelor of Nursing", "bachelor", 4, "nursing", MV_BN)],
    mls_curriculum="mv_bmls", science_curricula=["mv_bio"], nonqualifying_curricula=["mv_bn"],
    positions_mls=["Medical Laboratory Technologist", "Senior Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"S{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("MV", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urine Analysis"],
    "molecular": ["Molecular Laboratory"], "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

GRADES = [("A", 4.0), ("A-", 3.7), ("B+", 3.3), ("B", 3.0), ("B-", 2.7), ("C+", 2.3), ("C", 2.0)]


def grade(s, i, j, r):
    idx = max(0, min(6, (92 - r.score) // 7 + (k(s, f"g{i}.{j}") % 3) - 1))
    return GRADES[idx]


def classification(cgpa):
    return ("First Class" if cgpa >= 3.6 else "Second Class Upper" if cgpa >= 3.0 else
            "Second Class Lower" if cgpa >= 2.5 else "Third Class")


def mv_figures(s):
    rows = []
    for i, t in enumerate(s.terms):
        rows.append([(r, int(r.spec.credits)) + grade(s, i, j, r) for j, r in enumerate(t.results)])
    tc = sum(x[1] for rr in rows for x in rr)
    cg = r2(sum(x[1] * x[3] for rr in rows for x in rr) / tc)
    return rows, tc, cg


def intake(s):
    a = s.admitted
    return f"{EN_MONTHS[a.month - 1]} {a.year}"


def mv_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = LANDSCAPE_A4
    L, R = 36, W - 36
    mid = W / 2
    nm = person.full
    rows, tc, cg = mv_figures(s)
    out, pages = [], []
    pairs = [(i, i + 1 if i + 1 < len(s.terms) else None) for i in range(0, len(s.terms), 2)]
    per_page = 2
    chunks = [pairs[q:q + per_page] for q in range(0, len(pairs), per_page)]
    for pn, chunk in enumerate(chunks):
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        p.text(W / 2, 40, inst.name.upper(), FB, 14, "center")
        thaana_line(p, W / 2, 58, inst.extra["dv"], 11)
        p.text(W / 2, 76, "Faculty of Health Sciences" if cur.id != "mv_bio" else "Faculty of Science", F, 9.5,
               "center")
        p.text(W / 2, 94, "ACADEMIC TRANSCRIPT", FB, 13, "center")
        if pn == 0:
            p.rect(L, 104, R - L, 44, 0.7, 0)
            p.pieces(118, [(L + 8, "Name:", "left", FB, 9), (L + 70, nm, "left"),
                           (L + 300, "Student ID:", "left", FB, 9), (L + 370, s.student_no, "left"),
                           (L + 520, "National ID:", "left", FB, 9), (L + 590, nid(s), "left")], F, 9)
            p.pieces(136, [(L + 8, "Programme:", "left", FB, 9), (L + 70, cur.title, "left"),
                           (L + 300 + 220, "Mode:", "left", FB, 9), (L + 555, "Full Time", "left"),
                           (L + 635, "Intake:", "left", FB, 9), (L + 675, intake(s), "left")], F, 9)
            y = 166
        else:
            p.text(L, 116, f"Name: {nm} - Student ID: {s.student_no} (continued)", F, 9)
            y = 136
        for a, b in chunk:
            caps = []
            for half, ti in ((0, a), (1, b)):
                if ti is None:
                    continue
                t = s.terms[ti]
                caps.append((L if half == 0 else mid + 8,
                             f"Year {t.year} Semester {1 if t.key == 'S1' else 2} ({sem_dates(t)})", "left"))
            p.pieces(y, caps, FB, 9)
            # labels on one baseline for both halves
            y += 14
            items = []
            for half, ti in ((0, a), (1, b)):
                if ti is None:
                    continue
                x0 = L if half == 0 else mid + 8
                x1 = mid - 8 if half == 0 else R
                items += [(x0, "Module Code", "left"), (x0 + 58, "Module Title", "left"),
                          (x1 - 90, "Credit", "center"), (x1 - 52, "Grade", "center"), (x1 - 16, "GP", "center")]
            p.pieces(y, items, FB, 8.5)
            p.hline(L, mid - 8, y + 4, 0.6)
            if b is not None:
                p.hline(mid + 8, R, y + 4, 0.6)
            y += 16
            ra = rows[a]
            rb = rows[b] if b is not None else []
            for q in range(max(len(ra), len(rb))):
                items = []
                for half, rr, ti in ((0, ra, a), (1, rb, b)):
                    if q >= len(rr):
                        continue
                    x0 = L if half == 0 else mid + 8
                    x1 = mid - 8 if half == 0 else R
                    r, cr, g, gp = rr[q]
                    title = r.spec.title
                    items += [(x0, r.spec.code, "left"), (x0 + 58, title, "left"), (x1 - 90, str(cr), "center"),
                              (x1 - 52, g, "center"), (x1 - 16, f"{gp:.1f}", "center")]
                p.pieces(y, items, F, 8.5)
                y += 13
            y += 2
            items = []
            for half, rr, ti in ((0, ra, a), (1, rb, b)):
                if ti is None:
                    continue
                x0 = L if half == 0 else mid + 8
                c = sum(x[1] for x in rr)
                g = r2(sum(x[1] * x[3] for x in rr) / c)
                items += [(x0 + 58, f"Credits: {c}", "left", FB, 8.5), (x0 + 140, f"GPA: {g:.2f}", "left", FB, 8.5)]
            p.pieces(y, items, F, 8.5)
            p.vline(mid, y - 13 * max(len(ra), len(rb)) - 34, y + 4, 0.4)
            y += 26
            for ti in (a, b):
                if ti is None:
                    continue
                t = s.terms[ti]
                term = f"Year {t.year} Semester {1 if t.key == 'S1' else 2} ({sem_dates(t)})"
                for r, cr, g, gp in rows[ti]:
                    out.append(course_truth(r, term, cr, g, "uk", code=r.spec.code, grade_point=gp))
        if pn == len(chunks) - 1:
            y += 6
            p.hline(L, R, y - 12, 0.8)
            p.pieces(y + 4, [(L, f"Total Credits: {tc}", "left"), (L + 150, f"CGPA: {cg:.2f}", "left"),
                             (L + 260, f"Classification: {classification(cg)}", "left")], FB, 10)
            p.text(L, y + 22, "Grading: A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, D 1.0, F 0.0. "
                   "One credit represents 10 notional learning hours.", F, 7.5)
            p.text(L, y + 34, f"Date of issue: {s.conferred.day} {EN_MONTHS[s.conferred.month - 1]} {s.conferred.year}",
                   F, 8.5)
            sy = min(y + 80, H - 50)
            sign_block(p, rng, R - 110, sy, "Registrar", FB, 9.5, 170)
            embossed_seal(p, R - 250, sy - 18, 34, k(s, "seal"))
        p.text(R, H - 22, f"Page {pn + 1} of {len(chunks)}", F, 7.5, "right")
    return LayoutResult("transcript", "z_mv_side_by_side", FAMILY, by_reading_order(pages), [nm], out, "uk",
                        {"prints_totals": True})


def sem_dates(t):
    y = t.start_year
    return f"Mar - Jul {y}" if t.key == "S1" else f"Aug - Dec {y}"


def nid(s):
    return f"A{k(s, 'nid') % 900000 + 100000}"


TRANSCRIPT_LAYOUTS = {"z_mv_side_by_side": (mv_transcript, FAMILY, ("MV",))}
