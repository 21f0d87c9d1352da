"""Writer AD, round 14: Singapore (SG). Country pack (a polytechnic's School of Applied Science:
"Diploma in Biomedical Science", three years, six semesters, 120 credit units; the "Diploma in
Chemical & Life Sciences"; the School of Health Sciences' "Diploma in Nursing") and the polytechnic's
"ACADEMIC TRANSCRIPT": English, A4 portrait, the logo top-left, a light security background of tiny
repeated words (a picture, no text layer), the student's name in capitals and the NRIC/FIN partly
masked "S****123A". Per semester a caption "Academic Year 2015/2016 Semester 1" and a table
`Module Code | Module Title | Credit Units | Grade | Grade Point` (codes "LS1021", "BS2105A"; "4.0";
grades DIST, A, B+, B, C+, C, D+, D, P, EX; grade point blank for P / EX), under each semester on one
line "Semester GPA: 3.412   Cumulative GPA: 3.287   Credit Units Earned: 20.0". Year 3 ends with
"LS3901 Internship (22 weeks)" 20.0 CU, grade P. Final block: "Total Credit Units Earned: 120.0",
"Cumulative Grade Point Average: 3.29", "Awarded: Diploma in Biomedical Science with Merit on 04 May
2018" (Merit for a CGPA of 3.50 or more), the Registrar's printed name, "This is a computer-generated
document. No signature is required.", a QR code (a picture). A module is now and then "EX"
(exempted on a prior qualification: its units are earned, no grade point).

Credit basis: polytechnic credit units, 1 CU = 15 hours of curriculum time, i.e. one hour a week over a
15-week semester: the US credit-hour definition, so 1 CU = 1 semester hour (system "semester", x 1;
a full-time semester carries 20 CU, near a US semester's 15-18 SH plus the polytechnic's longer
practical hours). GPA is weighted by credit units over graded modules (P and EX excluded); "Credit
Units Earned" counts every row of the semester. Truth rows add `grade_point` (null for P / EX)."""

import random
import zlib

from PIL import Image, ImageDraw, ImageFont

from .. import countries as K
from .. import courses as C
from .. import fonts
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r14_ad_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, k, parse)

SG_DBS = """
## 1 S1
LS1001 | Cell Biology | 4 | B
LS1002 | General Chemistry | 4 | C
MA1003 | Mathematics for Life Sciences | 4 | M
CM1004 | Communication Skills | 3 | O
LS1005 | Laboratory Skills and Safety | 3 | ?P
GS1006 | Sport and Wellness | 2 | O
## 1 S2
LS1021 | Human Anatomy and Physiology | 4 | B
LS1022 | Organic Chemistry | 4 | C
LS1023 | General Microbiology | 4 | B
MA1024 | Biostatistics | 3 | M
LS1025 | Analytical Chemistry | 3 | C
GS1026 | Innovation and Enterprise | 2 | O
## 2 S1
BS2101 | Biochemistry | 5 | C
BS2102 | Haematology | 5 | P
BS2103 | Medical Microbiology | 5 | P
BS2104 | Histology and Histopathology | 3 | P
GS2105 | Singapore Studies | 2 | O
## 2 S2
BS2105A | Clinical Biochemistry | 5 | ?P
BS2106 | Immunology and Serology | 4 | ?B
BS2107 | Blood Transfusion Science | 4 | ?P
BS2108 | Molecular Diagnostics | 4 | ?P
BS2109 | Clinical Parasitology | 3 | P
## 3 S1
BS3101 | Cytotechnology | 4 | P
BS3102 | Laboratory Quality Management | 4 | P
BS3103 | Urinalysis and Body Fluids | 3 | P
BS3104 | Advanced Haematology and Haemostasis | 4 | P
BS3105 | Major Project | 5 | O
## 3 S2
LS3901 | Internship (22 weeks) | 20 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
"""

SG_CLS = """
## 1 S1
LS1001 | Cell Biology | 4 | B
LS1002 | General Chemistry | 4 | C
MA1003 | Mathematics for Life Sciences | 4 | M
CM1004 | Communication Skills | 3 | O
LS1007 | Physics for Applied Science | 3 | O
GS1006 | Sport and Wellness | 2 | O
## 1 S2
LS1022 | Organic Chemistry | 4 | C
LS1023 | General Microbiology | 4 | B
LS1025 | Analytical Chemistry | 4 | C
MA1024 | Biostatistics | 4 | M
GS1026 | Innovation and Enterprise | 4 | O
## 2 S1
CL2101 | Physical Chemistry | 5 | C
CL2102 | Biochemistry | 5 | C
CL2103 | Genetics | 5 | B
CL2104 | Instrumental Analysis | 5 | C
## 2 S2
CL2201 | Food Microbiology | 5 | B
CL2202 | Cell Culture Technology | 5 | B
CL2203 | Environmental Chemistry | 5 | C
CL2204 | Molecular Biology | 5 | B
## 3 S1
CL3101 | Bioprocess Technology | 5 | ?O
CL3102 | Quality Control and GMP | 5 | ?O
CL3103 | Pharmaceutical Analysis | 5 | C
CL3104 | Major Project | 5 | O
## 3 S2
LS3902 | Internship (22 weeks) | 20 | O
"""

SG_NUR = """
## 1 S1
HN1001 | Fundamentals of Nursing | 6 | O
HN1002 | Anatomy and Physiology | 5 | B
CM1004 | Communication Skills | 3 | O
HN1003 | Health Psychology | 4 | O
GS1006 | Sport and Wellness | 2 | O
## 1 S2
HN1011 | Nursing Practice I | 8 | O
HN1012 | Pharmacology | 6 | O
HN1013 | Infection Control | 6 | O
## 2 S1
HN2001 | Medical Nursing | 10 | O
HN2002 | Surgical Nursing | 10 | O
## 2 S2
HN2011 | Maternal and Child Health Nursing | 10 | O
HN2012 | Mental Health Nursing | 10 | O
## 3 S1
HN3001 | Community Health Nursing | 10 | O
HN3002 | Gerontological Nursing | 10 | O
## 3 S2
HN3901 | Clinical Attachment (22 weeks) | 20 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "SG", title, "diploma", 3, field, "semester", parse(table), 4, 5, clinical_training=clin)


SG_INST = [
    Institution("Straits Polytechnic", "Singapore", "Singapore", "SG", "51 Jurong West Avenue 7, Singapore 648912",
                ("sg_dbs", "sg_dcls", "sg_dnur"), "polytechnic",
                extra={"school": "School of Applied Science", "hs": "School of Health Sciences",
                       "reg": "Ms Tan Li Ping", "ceo": "Mr Lim Boon Keng Wilson", "short": "SP"}),
    Institution("Kallang River Polytechnic", "Singapore", "Singapore", "SG", "21 Tampines Street 88, Singapore 529703",
                ("sg_dbs", "sg_dcls", "sg_dnur"), "polytechnic",
                extra={"school": "School of Chemical & Life Sciences", "hs": "School of Health & Social Sciences",
                       "reg": "Mr Ong Wei Jie", "ceo": "Mrs Goh-Chua Mei Ling", "short": "KRP"}),
]

PACK = K.CountryPack(
    code="SG", name="Singapore",
    given={"F": ["Hui Min", "Jia Yi", "Shu Ting", "Nur Aisyah", "Siti Nurhaliza", "Priya", "Kavitha", "Wei Ling"],
           "M": ["Wei Jie", "Jun Hao", "Zhi Hao", "Muhammad Hafiz", "Ahmad Faris", "Arjun", "Ravi", "Kai Xiang"]},
    surnames=["Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Koh", "Teo", "Ong", "Chong", "Yeo"],
    middle={"F": [""], "M": [""]},
    institutions=SG_INST,
    employers=[
        Employer("Tanjong Rhu General Hospital", "Singapore", "Singapore", "SG", "2 Tanjong Rhu Road, Singapore 436884",
                 "+65 6000 4210", "hr@trgh.example"),
        Employer("Bukit Timah Regional Hospital", "Singapore", "Singapore", "SG", "88 Dunearn Road, Singapore 309437",
                 "+65 6000 7731", "careers@btrh.example"),
        Employer("Serangoon Community Hospital", "Singapore", "Singapore", "SG", "10 Upper Serangoon Road, Singapore 347693",
                 "+65 6000 2287", "hr@sch-serangoon.example"),
        Employer("Pasir Panjang Diagnostics Pte Ltd", "Singapore", "Singapore", "SG",
                 "31 Science Park Road, #03-12, Singapore 117611", "+65 6000 9046", "people@ppdiag.example", "lab"),
    ],
    signers=["Ms Jennifer Koh", "Mr Daniel Seah", "Ms Nurul Huda Binte Rahman", "Mr Edwin Chandran"],
    curricula=[_cur("sg_dbs", "Diploma in Biomedical Science", "medical_laboratory_science", SG_DBS, True),
               _cur("sg_dcls", "Diploma in Chemical & Life Sciences", "biology", SG_CLS),
               _cur("sg_dnur", "Diploma in Nursing", "nursing", SG_NUR)],
    mls_curriculum="sg_dbs", science_curricula=["sg_dcls"], nonqualifying_curricula=["sg_dnur"],
    positions_mls=["Medical Technologist", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Officer"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10000, 99999)}{rng.choice('ABCDEFGHJ')}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SG", {
    "blood_bank": ["Blood Bank", "Blood Transfusion Service"], "chemistry": ["Clinical Biochemistry", "Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"],
    "other": ["Histopathology", "Cytology"]})

GP = {"DIST": 4.0, "A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0}
SCHOOL = {"sg_dbs": "school", "sg_dcls": "school", "sg_dnur": "hs"}


def sg_name(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x).upper()


def masked_id(person):
    """The NRIC/FIN as both the transcript and the employer's letter mask it."""
    n = zlib.crc32(f"r14ad:nric:{person.given}:{person.surname}:{person.sex}".encode())
    return f"{'ST'[n % 2]}****{n % 900 + 100}{'ABCDEFGHIZJ'[n % 11]}"


def grade_of(score, bump):
    v = score + bump
    return ("DIST" if v >= 82 else "A" if v >= 74 else "B+" if v >= 68 else "B" if v >= 62 else
            "C+" if v >= 56 else "C" if v >= 50 else "D+" if v >= 45 else "D")


def term_label(t):
    return f"Academic Year {t.start_year}/{t.start_year + 1} Semester {1 if t.key == 'S1' else 2}"


def sg_rows(s):
    """[(term, [(r, grade, gp)])]; the internship is P, one first-year module may be EX."""
    ex = None
    if k(s, "ex") % 4 == 0:
        t0 = s.terms[0]
        js = [j for j, r in enumerate(t0.results) if r.spec.category == "other"]
        ex = js[k(s, "exj") % len(js)] if js else None
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            if "Internship" in r.spec.title or "Attachment" in r.spec.title:
                rows.append((r, "P", None))
            elif i == 0 and j == ex:
                rows.append((r, "EX", None))
            else:
                g = grade_of(r.score, (k(s, f"g{i}.{j}") % 9) - 3)
                rows.append((r, g, GP[g]))
        out.append((t, rows))
    return out


def sg_totals(s):
    """(total CU, CGPA) as the transcript prints them."""
    cu = gp = gh = 0.0
    for t, rows in sg_rows(s):
        for r, g, p in rows:
            cu += r.spec.credits
            if p is not None:
                gp += p * r.spec.credits
                gh += r.spec.credits
    return cu, gp / gh


def merit(s):
    return sg_totals(s)[1] >= 3.5


def security_background(page, words):
    """Tiny repeated words across the page, as one light picture (no text layer)."""
    if words not in _BG:
        sc = 1.5
        W, H = int(page.w * sc), int(page.h * sc)
        im = Image.new("RGB", (W, H), (255, 255, 255))
        dr = ImageDraw.Draw(im)
        font = ImageFont.truetype(fonts.TT + "/dejavu/DejaVuSans.ttf", int(4 * sc))
        line = (words + "  ") * 30
        for n, yy in enumerate(range(0, H, int(6 * sc))):
            dr.text((-(n % 5) * 9 * sc, yy), line, font=font, fill=(222, 228, 238))
        _BG[words] = im
    page.ops.append(("image", 0, 0, page.w, page.h, _BG[words]))


_BG = {}


def qr_box(page, x, y, size, seed):
    r = random.Random(seed)
    n = 21
    c = size / n
    im = Image.new("RGBA", (n, n), (255, 255, 255, 255))
    px = im.load()
    for i in range(n):
        for j in range(n):
            if r.random() < 0.5:
                px[i, j] = (0, 0, 0, 255)
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(7):
            for j in range(7):
                edge = i in (0, 6) or j in (0, 6)
                core = 2 <= i <= 4 and 2 <= j <= 4
                px[ox + i, oy + j] = (0, 0, 0, 255) if edge or core else (255, 255, 255, 255)
    im = im.resize((n * 6, n * 6), Image.NEAREST)
    page.ops.append(("image", x, y, size, size, im))


def sg_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    nm = sg_name(person)
    courses, pages = [], []
    rows_all = sg_rows(s)
    W, H = A4
    L, R = 48, W - 48
    X = {"code": L + 4, "title": L + 76, "cu": L + 340, "gr": L + 398, "gp": R - 8}

    def new_page():
        p = Page(A4)
        security_background(p, f"{inst.extra['short']} OFFICIAL TRANSCRIPT")
        p.logo(L + 20, 52, 20, 2, 0.2)
        p.text(L + 48, 46, inst.name.upper(), FB, 13)
        p.text(L + 48, 59, inst.street, F, 7.5)
        p.text(R, 46, "ACADEMIC TRANSCRIPT", FB, 12, "right")
        p.hline(L, R, 80, 1.0)
        y = 96
        p.pieces(y, [(L, f"Name: {nm}", "left", FB, 9), (R, f"NRIC/FIN: {masked_id(person)}", "right", F, 9)])
        y += 13
        p.pieces(y, [(L, f"Course: {cur.title}", "left", F, 9), (R, f"Student ID: {s.student_no}", "right", F, 9)])
        y += 13
        p.pieces(y, [(L, f"School: {inst.extra[SCHOOL[cur.id]]}", "left", F, 9),
                     (R, f"Date of Birth: {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}", "right", F, 9)])
        y += 8
        p.hline(L, R, y, 0.5)
        pages.append(p)
        return p, y + 18

    p, y = new_page()
    cu_cum = gp_cum = gh_cum = 0.0
    for t, rows in rows_all:
        need = 14 + 14 + 13 * len(rows) + 26
        if y + need > H - 70:
            p, y = new_page()
        lab = term_label(t)
        p.text(L, y, lab, FB, 9.5)
        y += 6
        p.rect(L, y, R - L, 14, 0.5, 0.0, fill=0.88)
        p.pieces(y + 10, [(X["code"], "Module Code", "left"), (X["title"], "Module Title", "left"),
                          (X["cu"], "Credit Units", "center"), (X["gr"], "Grade", "center"),
                          (X["gp"], "Grade Point", "right")], FB, 8)
        y += 14
        cu = gp = gh = 0.0
        for r, g, gpt in rows:
            y += 12
            ts = fit_size(r.spec.title, F, 8.6, X["cu"] - X["title"] - 30, 6.5)
            items = [(X["code"], r.code, "left"), (X["title"], r.spec.title, "left"),
                     (X["cu"], f"{r.spec.credits:.1f}", "center"), (X["gr"], g, "center")]
            if gpt is not None:
                items.append((X["gp"], f"{gpt:.1f}", "right"))
            for x, v, al in items:
                p.text(x, y, v, F, ts if v == r.spec.title else 8.6, al, record=False)
            p.lines.append(" ".join(v for _, v, _ in items))
            p.line_y.append(y)
            cu += r.spec.credits
            if gpt is not None:
                gp += gpt * r.spec.credits
                gh += r.spec.credits
            courses.append(course_truth(r, lab, r.spec.credits, g, "semester", grade_point=gpt))
        y += 5
        p.hline(L, R, y, 0.4)
        cu_cum += cu
        gp_cum += gp
        gh_cum += gh
        y += 12
        sg = f"{gp / gh:.3f}" if gh else "-"
        p.spaced(L, y, [f"Semester GPA: {sg}", f"Cumulative GPA: {gp_cum / gh_cum:.3f}",
                        f"Credit Units Earned: {cu:.1f}"], FB, 8.4, 24)
        y += 24
    cgpa = gp_cum / gh_cum
    if y + 150 > H - 60:
        p, y = new_page()
    y += 6
    p.hline(L, R, y, 0.8)
    y += 16
    p.text(L, y, f"Total Credit Units Earned: {cu_cum:.1f}", FB, 9.5)
    y += 14
    p.text(L, y, f"Cumulative Grade Point Average: {cgpa:.2f}", FB, 9.5)
    y += 14
    d = s.conferred
    p.text(L, y, f"Awarded: {cur.title}{' with Merit' if cgpa >= 3.5 else ''} on {d.day:02d} "
                 f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]} {d.year}",
           FB, 9.5)
    y += 22
    p.text(L, y, "Grading: DIST/A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D+ 1.5, D 1.0, F 0.0; P Pass and EX Exempted "
                 "are not counted in the GPA.", F, 7.2)
    y += 34
    p.text(L, y, inst.extra["reg"], FB, 9)
    p.text(L, y + 12, "Registrar", F, 8.5)
    p.text(L, y + 24, inst.name, F, 8.5)
    y += 42
    p.text(L, y, "This is a computer-generated document. No signature is required.", "Helvetica-Oblique", 8)
    qr_box(p, R - 66, y - 64, 62, f"qr:{s.student_no}")
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.pieces(H - 30, [(L, f"Issued on {s.conferred.day:02d}/{s.conferred.month:02d}/{s.conferred.year}", "left"),
                           (R, f"Page {i} of {n}", "right")], F, 7.5)
    return LayoutResult("transcript", "ad_sg_poly_transcript", FAMILY, by_reading_order(pages), [nm], courses,
                        "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ad_sg_poly_transcript": (sg_transcript, FAMILY, ("SG",))}
