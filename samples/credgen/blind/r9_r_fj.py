"""Writer R, round 9: Fiji. Country pack (Bachelor of Medical Laboratory Science, 4 years; Bachelor of
Science in Biology and Chemistry; Bachelor of Nursing) and the regional university's "ACADEMIC
RECORD": ONE chronological list across the whole programme with columns `Year | Sem | Course |
Title | Campus | Mode | Credit Points | Grade`, Year and Sem printed only on the first row of each
term and left BLANK below; codes "MLS201", "BIO102", "UU100A"; credit points 8 per course, 16 for
"Clinical Placement I/II" (graded "S", satisfactory, outside the GPA); grades A+ A B+ B C+ C D E on a
4.5 scale (D and E fail: a failed course is repeated the next year); Campus Laucala / Lautoka;
Mode Face to Face / Online / Blended; status lines interspersed in the list ("Admitted to
Programme: Bachelor of Medical Laboratory Science (2015)", "Programme Completed (2018)", "Awarded:
Bachelor of Medical Laboratory Science (2019)"); "GPA 3.62" at the end (credit-point-weighted over
every graded attempt, fails included, S excluded); a guilloche security border, "Not valid without
the University seal", and a key to grades on the back page.

Credits: credit points, a full-time year = 64 points (8 courses of 8). Decided: a full-time year =
30 SH as for ECTS and UK credits, so system "points", x 30/64 (courses.SH_FACTOR; an 8-point course
= 3.75 SH, a 16-point placement = 7.5 SH, the 256-point degree = 120 SH). The failed attempt is in
the truth with passed false and 0 SH."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r9_r_common import (FAMILY, add_department_phrases, course_truth, k, parse, round_seal, security_border)

FJ_MLS = """
## 1 S1
BIO101 | Cell Biology and Genetics | 8 | B
CHM101 | General Chemistry I | 8 | C
MTH101 | Mathematics for the Health Sciences | 8 | M
UU114 | English for Academic Purposes | 8 | O
## 1 S2
BIO102 | Human Anatomy and Physiology | 8 | B
CHM102 | General Chemistry II | 8 | C
STA101 | Introductory Biostatistics | 8 | M
UU100A | Communication and Information Literacy | 8 | O
## 2 S1
CHM201 | Organic Chemistry | 8 | C
BIO201 | Biochemistry | 8 | C
MLS201 | Introduction to Medical Laboratory Science | 8 | P
BIO202 | General Microbiology | 8 | B
## 2 S2
MLS202 | Haematology I | 8 | P
MLS203 | Clinical Chemistry I | 8 | P
BIO203 | Immunology | 8 | B
UU204 | Pacific Worlds | 8 | O
## 3 S1
MLS301 | Haematology II and Haemostasis | 8 | P
MLS302 | Clinical Chemistry II | 8 | P
MLS303 | Medical Bacteriology | 8 | P
MLS304 | Medical Parasitology and Mycology | 8 | P
## 3 S2
MLS305 | Transfusion Science | 8 | P
MLS306 | Histopathology and Cytology Techniques | 8 | P
MLS390 | Clinical Placement I | 16 | P | chemistry,hematology,microbiology
## 4 S1
MLS401 | Molecular Diagnostics | 8 | ?P
MLS402 | Clinical Immunology and Serology | 8 | ?P
MLS403 | Laboratory Management and Quality Systems | 8 | P
MLS404 | Research Methods in Health | 8 | O
## 4 S2
MLS490 | Clinical Placement II | 16 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
MLS405 | Virology and Public Health Microbiology | 8 | ?P
MLS406 | Research Project | 8 | O
"""

FJ_BSC = """
## 1 S1
BIO101 | Cell Biology and Genetics | 8 | B
CHM101 | General Chemistry I | 8 | C
MTH101 | Calculus I | 8 | M
UU114 | English for Academic Purposes | 8 | O
## 1 S2
BIO104 | Plant and Animal Diversity | 8 | B
CHM102 | General Chemistry II | 8 | C
MTH102 | Linear Algebra | 8 | M
UU100A | Communication and Information Literacy | 8 | O
## 2 S1
BIO201 | Biochemistry | 8 | C
BIO202 | General Microbiology | 8 | B
CHM203 | Analytical Chemistry | 8 | C
BIO206 | Ecology | 8 | O
## 2 S2
BIO203 | Immunology | 8 | B
CHM204 | Organic Chemistry II | 8 | C
BIO207 | Molecular Genetics | 8 | B
UU204 | Pacific Worlds | 8 | O
## 3 S1
BIO301 | Marine Biology | 8 | B
CHM301 | Physical Chemistry | 8 | C
BIO302 | Physiology | 8 | B
CHM302 | Environmental Chemistry | 8 | C
## 3 S2
BIO303 | Applied Microbiology | 8 | B
CHM303 | Natural Products Chemistry | 8 | C
BIO304 | Research Project | 16 | O
"""

FJ_NUR = """
## 1 S1
NUR101 | Foundations of Nursing | 16 | O
BIO102 | Human Anatomy and Physiology | 8 | B
UU114 | English for Academic Purposes | 8 | O
## 1 S2
NUR102 | Clinical Nursing Practice I | 16 | O
NUR103 | Pharmacology for Nurses | 8 | O
NUR104 | Health Promotion | 8 | O
## 2 S1
NUR201 | Medical-Surgical Nursing | 16 | O
NUR202 | Maternal and Child Health | 16 | O
## 2 S2
NUR203 | Mental Health Nursing | 16 | O
NUR204 | Community Health Nursing | 16 | O
## 3 S1
NUR301 | Nursing Leadership | 16 | O
NUR302 | Clinical Nursing Practice II | 16 | O
## 3 S2
NUR303 | Transition to Practice | 32 | O
"""


def _cur(cid, title, field, table, years, clin=False):
    return C.Curriculum(cid, "FJ", title, "bachelor", years, field, "points", parse(table), 2, 4,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="FJ", name="Fiji",
    given={"F": ["Adi Litia", "Ana", "Mereani", "Salote", "Losana", "Priya", "Shalini", "Vasemaca", "Sera",
                 "Kesaia", "Anjali", "Ilisapeci"],
           "M": ["Josaia", "Epeli", "Sitiveni", "Ratu Inoke", "Ravinesh", "Vikash", "Tevita", "Samuela", "Ashneel",
                 "Mosese", "Pita", "Rohit"]},
    surnames=["Naivalu", "Tuilagi", "Waqa", "Ravuvu", "Kumar", "Prasad", "Naidu", "Tikoduadua", "Vunibola",
              "Delai", "Sharma", "Raikoti", "Lal", "Matanitobua", "Chand", "Qalo"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("University of the Pacific Islands", "Suva", "Central Division", "FJ",
                    "Laucala Campus, Private Mail Bag, Suva", ("fj_mls", "fj_bsc", "fj_nur")),
        Institution("Western Fiji National University", "Lautoka", "Western Division", "FJ",
                    "Natabua Campus, P.O. Box 5529, Lautoka", ("fj_mls", "fj_nur")),
    ],
    employers=[
        Employer("Colonial War Memorial Hospital (Suva-East Wing)", "Suva", "Central Division", "FJ",
                 "Waimanu Road, Suva", "+679 331 5501", "cwmh.admin@health-fj.example"),
        Employer("Lautoka Divisional Hospital West", "Lautoka", "Western Division", "FJ",
                 "Thomson Crescent, Lautoka", "+679 666 5502", "ldh.hr@health-fj.example"),
        Employer("Labasa Hospital North", "Labasa", "Northern Division", "FJ",
                 "Nasekula Road, Labasa", "+679 881 5503", "labasa.hosp@health-fj.example"),
        Employer("Pacific Pathology Laboratories Pte Ltd", "Nadi", "Western Division", "FJ",
                 "Lot 12, Namaka Industrial Subdivision, Nadi", "+679 672 5504", "info@pacpath.example", "lab"),
    ],
    signers=["Dr. Litia Ravuvu", "Mr. Ravinesh Kumar", "Dr. Josaia Naivalu", "Ms. Shalini Prasad"],
    curricula=[_cur("fj_mls", "Bachelor of Medical Laboratory Science", "medical_laboratory_science", FJ_MLS, 4,
                    True),
               _cur("fj_bsc", "Bachelor of Science in Biology and Chemistry", "biology", FJ_BSC, 3),
               _cur("fj_nur", "Bachelor of Nursing", "nursing", FJ_NUR, 3)],
    mls_curriculum="fj_mls", science_curricula=["fj_bsc"], nonqualifying_curricula=["fj_nur"],
    positions_mls=["Medical Laboratory Scientist", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Scientific Officer"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"S{sy}{rng.randint(1000, 9999)}",
)
K.register(PACK)
add_department_phrases("FJ", {
    "blood_bank": ["Blood Bank", "Transfusion Science"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Serology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular (PCR) Laboratory"], "phlebotomy": ["Phlebotomy"],
    "other": ["Histopathology"]})

POINTS = {"A+": 4.5, "A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D": 1.0, "E": 0.0}
KEY = [("A+", "85 - 100", "4.5", "Pass"), ("A", "78 - 84", "4.0", "Pass"), ("B+", "71 - 77", "3.5", "Pass"),
       ("B", "64 - 70", "3.0", "Pass"), ("C+", "57 - 63", "2.5", "Pass"), ("C", "50 - 56", "2.0", "Pass"),
       ("D", "40 - 49", "1.0", "Fail"), ("E", "0 - 39", "0.0", "Fail"),
       ("S", "-", "-", "Satisfactory (not included in the GPA)")]


def letter(score):
    for g, lo in (("A+", 85), ("A", 78), ("B+", 71), ("B", 64), ("C+", 57), ("C", 50)):
        if score >= lo:
            return g
    return "C"


def campus_mode(s, code):
    if code.startswith("UU"):
        return s.institution.city == "Suva" and "Laucala" or "Lautoka", "Online"
    h = k(s, f"cm{code}") % 10
    home = "Laucala" if s.institution.city == "Suva" else "Lautoka"
    if h == 0:
        return ("Lautoka" if home == "Laucala" else "Laucala"), "Face to Face"
    return home, ("Blended" if h in (1, 2) else "Face to Face")


def fj_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 50, A4[0] - 50
    name = name_form(person, "surname_first_mixed")
    y0 = s.terms[0].start_year
    # one failed course repeated the next year
    pool = [r for t in s.terms if t.year < cur.years - 1 for r in t.results if not r.code.startswith("UU")]
    fail = pool[k(s, "fj-f") % len(pool)] if pool and k(s, "fj-f2") % 3 == 0 else None
    terms = []
    for t in s.terms:
        rows = [(r, "S" if "Placement" in r.spec.title else letter(r.score), True) for r in t.results]
        if fail and any(r is fail for r in t.results):
            rows = [(r, ("D" if k(s, "fj-d") % 2 else "E") if r is fail else g, r is not fail) for r, g, _ in rows]
        terms.append([t.start_year, t.key, rows])
    if fail:
        ft = next(t for t in terms if any(r is fail for r, _, _ in t[2]))
        nt = next(t for t in terms if t[0] == ft[0] + 1 and t[1] == ft[1])
        nt[2].append((fail, letter(max(fail.score, 58)), True))
    p = Page(A4)
    security_border(p)
    p.logo(p.w / 2, 60, 20, 1, 0.2)
    p.text(p.w / 2, 96, inst.name.upper(), FB, 13, "center")
    p.text(p.w / 2, 108, "Student Academic Services", F, 8.5, "center")
    p.text(p.w / 2, 128, "ACADEMIC RECORD", FB, 14, "center")
    p.pieces(148, [(L, "Name:", "left", FB, 8.5), (L + 62, name, "left"),
                   (R - 170, "Student ID:", "left", FB, 8.5), (R - 110, s.student_no, "left")], F, 8.5)
    p.pieces(160, [(L, "Date of Birth:", "left", FB, 8.5), (L + 62, s.dob.strftime("%d/%m/%Y"), "left"),
                   (R - 170, "Date Issued:", "left", FB, 8.5), (R - 110, s.conferred.strftime("%d/%m/%Y"), "left")],
             F, 8.5)
    cx = [L, L + 30, L + 56, L + 106, L + 288, L + 336, L + 398, L + 440, R]
    y = 176
    p.rect(L, y, R - L, 22, 0.6, 0, fill=0.88)
    p.pieces(y + 9, [((cx[6] + cx[7]) / 2, "Credit", "center")], FB, 7.2)
    p.pieces(y + 14, [(cx[0] + 2, "Year", "left"), (cx[1] + 2, "Sem", "left"), (cx[2] + 2, "Course", "left"),
                      (cx[3] + 2, "Title", "left"), (cx[4] + 2, "Campus", "left"), (cx[5] + 2, "Mode", "left"),
                      ((cx[7] + cx[8]) / 2, "Grade", "center")], FB, 7.2)
    p.pieces(y + 19, [((cx[6] + cx[7]) / 2, "Points", "center")], FB, 7.2)
    y += 32
    out = []
    fs = 7.4

    def status(txt):
        nonlocal y
        p.text(cx[2] + 2, y, txt, FB, 7.4)
        y += 12

    status(f"Admitted to Programme: {cur.title} ({y0})")
    gp = gw = 0.0
    for yr, key, rows in terms:
        first = True
        sem = "1" if key == "S1" else "2"
        for r, g, ok in rows:
            camp, mode = campus_mode(s, r.code)
            lines = wrap(r.spec.title, F, fs, cx[4] - cx[3] - 4)
            pts = int(r.spec.credits)
            p.pieces(y, [(cx[0] + 2, str(yr) if first else "", "left"), (cx[1] + 2, sem if first else "", "left"),
                         (cx[2] + 2, r.code, "left"), (cx[3] + 2, lines[0], "left"), (cx[4] + 2, camp, "left"),
                         (cx[5] + 2, mode, "left"), ((cx[6] + cx[7]) / 2, str(pts), "center"),
                         ((cx[7] + cx[8]) / 2, g, "center")], F, fs)
            for ln in lines[1:]:
                y += 9
                p.text(cx[3] + 2, y, ln, F, fs)
            y += 10.5
            first = False
            if g != "S":
                gp += POINTS[g] * pts
                gw += pts
            extra = {} if ok else {"passed": False, "semester_hours": 0}
            out.append(course_truth(r, f"{yr} Semester {sem}", pts, g, "points", title=" ".join(lines), campus=camp,
                                    mode=mode, **extra))
        p.hline(L, R, y - 7, 0.25, 0.6)
        y += 2
    status(f"Programme Completed ({terms[-1][0]})")
    status(f"Awarded: {cur.title} ({s.conferred.year})")
    gpa = gp / gw
    p.hline(L, R, y - 6, 0.8)
    y += 6
    earned = sum(c["credits"] for c in out if c.get("passed", True))
    p.spaced(L, y, [f"Total Credit Points Earned: {earned}", f"GPA {gpa:.2f}"], FB, 9, gap=40)
    y += 16
    p.text(L, y, "*** End of Record ***", F, 8)
    yb = max(y + 30, p.h - 150)
    p.signature(R - 170, yb + 20, 110, rng)
    p.hline(R - 190, R - 40, yb + 24, 0.5)
    p.text(R - 115, yb + 35, PACK.signers[k(s, "fj-reg") % 4], F, 8.5, "center")
    p.text(R - 115, yb + 46, "Registrar", FB, 8.5, "center")
    round_seal(p, rng, L + 70, yb + 30, 70, inst.name.upper()[:40], "REGISTRAR", ("FIJI",), ink=(120, 30, 40))
    p.text(p.w / 2, p.h - 40, "Not valid without the University seal. This record is printed on security paper.",
           FI, 7.5, "center")
    # back page: key to grades
    b = Page(A4)
    security_border(b)
    b.text(b.w / 2, 70, "KEY TO GRADES AND EXPLANATORY NOTES", FB, 12, "center")
    by = 100
    b.rect(L + 40, by, R - L - 80, 16, 0.6, 0, fill=0.88)
    kx = [L + 50, L + 110, L + 200, L + 280]
    b.pieces(by + 11, [(kx[0], "Grade", "left"), (kx[1], "Marks (%)", "left"), (kx[2], "Grade Points", "left"),
                       (kx[3], "Description", "left")], FB, 8.5)
    by += 28
    for g, mk, gpnt, d in KEY:
        b.pieces(by, [(kx[0], g, "left"), (kx[1], mk, "left"), (kx[2], gpnt, "left"), (kx[3], d, "left")], F, 8.5)
        by += 13
    by += 12
    notes = ["GPA: the sum of grade points multiplied by credit points, divided by the credit points attempted; "
             "failed attempts are included, S grades are not.",
             "Credit points: a full-time year of study is 64 credit points; a standard course is 8 credit points.",
             "Campus: Laucala (Suva), Lautoka. Mode: Face to Face, Online, Blended (face to face with online "
             "components).",
             "Year and Sem are shown on the first course of each semester only.",
             "Any alteration or erasure renders this record invalid."]
    for n in notes:
        by = b.paragraph(L + 40, by, n, F, 8.5, R - L - 80, 11.5) + 6
    b.text(b.w / 2, b.h - 40, "Not valid without the University seal.", FI, 7.5, "center")
    return LayoutResult("transcript", "fj_academic_record", FAMILY, [p, b], [name], out, "points",
                        {"prints_totals": True, "total_credits": earned, "gpa": round(gpa, 2)})


TRANSCRIPT_LAYOUTS = {"fj_academic_record": (fj_record, FAMILY, ("FJ",))}
