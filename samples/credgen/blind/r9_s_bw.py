"""Writer S, round 9: Botswana (BW). Country pack (BSc Medical Laboratory Sciences, 4 years, 480
Botswana credits; BSc Biological Sciences; BSc Nursing Science) and the Registrar's "ACADEMIC
TRANSCRIPT": a dark band per academic year ("ACADEMIC YEAR 2015/2016 — YEAR 1"), "Semester 1" and
"Semester 2" sub-captions, the column header repeated under every year band `Course Code | Course
Title | Credits | Mark % | Grade | Status`, codes with a space "MLS 211", credits 6/12/18 (a year
120), percentage marks, grades A (80-100) B+ (70-79) B (65-69) C+ (60-64) C (55-59) D (50-54) E
(<50), Status P / F / S: a course failed narrowly gets "S" (supplementary examination) and the
passed supplementary is the NEXT row, same code and title with "(Supp.)", grade capped at "C"; a
failed course "F" in a year ends that year with "PROCEED WITH CARRY" and is repeated at the end of
the next year's first semester ("(Carried)"). Each year ends with "Credits Registered 120 Credits
Earned 108 Year GPA 3.12 Decision: PROCEED"; the end "Cumulative GPA 3.21" and "Degree awarded:
Bachelor of Science in Medical Laboratory Sciences (Second Class, Upper Division), 2019", the key
to grades, the Deputy Registrar's signature and the seal. A DIAGONAL WATERMARK "OFFICIAL
TRANSCRIPT" is written as ROTATED TEXT IN THE TEXT LAYER, light grey, across the middle of every
page (crossing the table).

GPA: grade points A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D 1.0, E 0; year and cumulative GPA are
credit-weighted over every printed row except an attempt superseded by its supplementary (S).
Truth: every printed row; the S and F attempts with passed false. Credits: Botswana credits are 10
notional hours (120 a year, like UK CATS): x 1/4 (criteria.md's UK rate)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r6_l_common import parse
from .r9_s_common import FAMILY, by_reading_order, add_department_phrases, course_truth, diagonal_watermark, dry_seal, k, r2, sign_block

BW_MLS = """
## 1 S1
BIO 101 | Cell Biology | 12 | B
CHE 101 | General Chemistry I | 12 | C
PHY 101 | Physics for Health Sciences | 12 | O
MAT 101 | Mathematics for Life Sciences | 12 | M
GEC 121 | Academic Literacy and Communication Skills | 6 | O
CSI 101 | Computer Skills Fundamentals | 6 | O
## 1 S2
BIO 102 | Diversity of Life | 12 | B
CHE 102 | General Chemistry II | 12 | C
CHE 104 | Introductory Organic Chemistry | 12 | C
STA 102 | Introductory Statistics | 12 | M
MLS 102 | Introduction to Medical Laboratory Sciences | 6 | ?P
GEC 122 | Ethics and Society | 6 | O
## 2 S1
ANA 201 | Human Anatomy | 12 | B
PHS 201 | Human Physiology I | 12 | B
BCH 201 | Biochemistry I | 12 | C
MLS 211 | Laboratory Instrumentation and Safety | 12 | P
MIC 201 | General Microbiology | 12 | B
## 2 S2
PHS 202 | Human Physiology II | 12 | B
BCH 202 | Biochemistry II | 12 | C
MLS 212 | Basic Haematology | 12 | P
MLS 214 | Histology and Histotechniques | 12 | P
MLS 216 | Immunology | 12 | ?B
## 3 S1
MLS 311 | Clinical Chemistry I | 12 | P
MLS 313 | Haematology and Haemostasis | 12 | P
MLS 315 | Medical Bacteriology | 12 | P
MLS 317 | Medical Parasitology | 6 | P
MLS 319 | Research Methods and Biostatistics | 6 | ?M
MLS 321 | Blood Transfusion Science I | 12 | P
## 3 S2
MLS 312 | Clinical Chemistry II | 12 | P
MLS 314 | Medical Virology and Mycology | 12 | ?P
MLS 316 | Cytopathology | 12 | P
MLS 318 | Blood Transfusion Science II | 12 | P
MLS 322 | Molecular Diagnostics | 12 | ?P
## 4 S1
MLS 411 | Clinical Attachment I (Chemistry and Haematology) | 18 | P | chemistry,hematology
MLS 413 | Laboratory Quality Management | 12 | P
MLS 415 | Research Project I | 6 | O
MLS 417 | Public Health Laboratory Practice | 12 | P
MLS 419 | Immunohaematology and Transfusion Practice | 12 | P | blood_bank
## 4 S2
MLS 412 | Clinical Attachment II (Microbiology and Urinalysis) | 18 | P | microbiology,urinalysis
MLS 414 | Research Project II | 12 | O
MLS 416 | Laboratory Management and Professional Ethics | 12 | P
MLS 418 | Advanced Clinical Chemistry and Endocrinology | 18 | P
"""

BW_BIO = """
## 1 S1
BIO 101 | Cell Biology | 12 | B
CHE 101 | General Chemistry I | 12 | C
MAT 101 | Mathematics for Life Sciences | 12 | M
PHY 101 | General Physics I | 12 | O
GEC 121 | Academic Literacy and Communication Skills | 12 | O
## 1 S2
BIO 102 | Diversity of Life | 12 | B
CHE 102 | General Chemistry II | 12 | C
STA 102 | Introductory Statistics | 12 | M
PHY 102 | General Physics II | 12 | O
CHE 104 | Introductory Organic Chemistry | 12 | C
## 2 S1
BIO 201 | Genetics | 12 | B
BIO 203 | Plant Biology | 12 | B
BIO 205 | Animal Biology | 12 | B
BCH 201 | Biochemistry I | 12 | C
MIC 201 | General Microbiology | 12 | B
## 2 S2
BIO 202 | Ecology | 12 | B
BIO 204 | Evolution | 12 | B
BIO 206 | Vertebrate Zoology | 12 | B
BCH 202 | Biochemistry II | 12 | C
BIO 208 | Plant Physiology | 12 | B
## 3 S1
BIO 301 | Molecular Biology | 18 | B
BIO 303 | Animal Physiology | 18 | B
BIO 305 | Entomology | 12 | B
BIO 307 | Biometry | 12 | M
## 3 S2
BIO 302 | Immunology | 18 | ?B
BIO 304 | Conservation Biology | 18 | B
BIO 306 | Range Ecology | 12 | B
BIO 308 | Mycology | 12 | B
## 4 S1
BIO 401 | Biotechnology | 18 | B
BIO 403 | Wildlife Management | 18 | B
BIO 405 | Research Project I | 24 | O
## 4 S2
BIO 402 | Environmental Microbiology | 18 | B
BIO 404 | Freshwater Biology | 18 | B
BIO 406 | Research Project II | 24 | O
"""

BW_NUR = """
## 1 S1
NUR 101 | Foundations of Nursing I | 30 | O
ANA 101 | Anatomy for Nurses | 30 | B
## 1 S2
NUR 102 | Foundations of Nursing II | 30 | O
PHS 102 | Physiology for Nurses | 30 | B
## 2 S1
NUR 201 | Medical-Surgical Nursing I | 60 | O
## 2 S2
NUR 202 | Medical-Surgical Nursing II | 60 | O
## 3 S1
NUR 301 | Maternal and Child Health Nursing | 60 | O
## 3 S2
NUR 302 | Community Health Nursing | 60 | O
## 4 S1
NUR 401 | Mental Health Nursing | 60 | O
## 4 S2
NUR 402 | Nursing Leadership and Research | 60 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BW", title, "bachelor", 4, field, "uk", parse(table), 8, 10, clinical_training=clin)


BW_INST = [
    Institution("University of Southern Botswana", "Lobatse", "South-East District", "BW", "Private Bag 0055",
                ("bw_mls", "bw_bio", "bw_nur")),
    Institution("Francistown University of Health Sciences", "Francistown", "North-East District", "BW",
                "Private Bag F318", ("bw_mls", "bw_nur")),
]

PACK = K.CountryPack(
    code="BW", name="Botswana",
    given={"F": ["Boitumelo", "Onalenna", "Lesego", "Masego", "Keneilwe", "Tshepiso", "Gaone", "Naledi", "Lorato",
                 "Kelebogile"],
           "M": ["Kabelo", "Thato", "Tumelo", "Oratile", "Mpho", "Tebogo", "Katlego", "Onkemetse", "Kagiso", "Bakang"]},
    surnames=["Mosweu", "Molefe", "Kgosietsile", "Modise", "Motsamai", "Sebego", "Tau", "Kebonang", "Mokgweetsi",
              "Gaolathe", "Dintwe", "Morake", "Ntshole", "Tshekiso", "Moeng", "Sechele"],
    middle={"F": [], "M": []},
    institutions=BW_INST,
    employers=[
        Employer("Lobatse Referral Hospital", "Lobatse", "South-East District", "BW", "Plot 1421, Hospital Way",
                 "+267 530 0141", "hr@lobatse-referral.example"),
        Employer("Nyangabgwe North Regional Hospital", "Francistown", "North-East District", "BW", "Plot 77, Blue Jacket Street",
                 "+267 241 0177", "personnel@nnrh.example"),
        Employer("Maun District Hospital", "Maun", "North-West District", "BW", "Private Bag 0012, Boseja Ward",
                 "+267 686 0119", "admin@maun-dh.example"),
        Employer("Kalahari Diagnostic Laboratories (Pty) Ltd", "Gaborone", "South-East District", "BW",
                 "Plot 54372, CBD", "+267 390 0163", "info@kalahari-diagnostics.example", "lab"),
    ],
    signers=["Dr. Neo Kgosietsile", "Mrs. Kelebogile Modise", "Mr. Tebogo Sebego", "Dr. Masego Ntshole"],
    curricula=[_cur("bw_mls", "Bachelor of Science in Medical Laboratory Sciences", "medical_laboratory_science", BW_MLS,
                    True),
               _cur("bw_bio", "Bachelor of Science in Biological Sciences", "biology", BW_BIO),
               _cur("bw_nur", "Bachelor of Nursing Science", "nursing", BW_NUR)],
    mls_curriculum="bw_mls", science_curricula=["bw_bio"], nonqualifying_curricula=["bw_nur"],
    positions_mls=["Medical Laboratory Scientist", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BW", {
    "blood_bank": ["Haematology and Blood Transfusion"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology and Serology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Biology (PCR)"], "phlebotomy": ["Phlebotomy"],
    "other": ["Histopathology and Cytology"]})

BANDS = [(80, "A", 4.0), (70, "B+", 3.5), (65, "B", 3.0), (60, "C+", 2.5), (55, "C", 2.0), (50, "D", 1.0), (0, "E", 0.0)]
PTS = {g: p for _, g, p in BANDS}


def grade(m):
    for lo, g, _ in BANDS:
        if m >= lo:
            return g


def bw_class(gpa):
    if gpa >= 3.6:
        return "First Class"
    if gpa >= 3.0:
        return "Second Class, Upper Division"
    if gpa >= 2.5:
        return "Second Class, Lower Division"
    return "Pass"


def bw_rows(s):
    """Per year: {'S1': [...], 'S2': [...]} of (r, mark, grade, status, suffix, counts, passed); decisions."""
    years = {}
    carry = None
    supp_done = False
    fail_year = (k(s, "fy") % 3) + 1 if k(s, "carry") % 3 == 0 else None
    for i, t in enumerate(s.terms):
        y = years.setdefault(t.year, {"S1": [], "S2": []})
        rows = y[t.key]
        for j, r in enumerate(t.results):
            m = max(50, min(94, r.score + (k(s, f"m{i}.{j}") % 9 - 4)))
            if not supp_done and t.year < 4 and k(s, f"sp{i}.{j}") % 23 == 0:
                supp_done = True
                m0 = 40 + k(s, f"s0{i}.{j}") % 10
                rows.append((r, m0, "E", "S", "", False, False))
                m1 = max(56, m)
                rows.append((r, m1, "C", "P", " (Supp.)", True, True))
                continue
            if t.year == fail_year and t.key == "S2" and carry is None and r.spec.code.startswith("MLS") is False:
                m0 = 30 + k(s, f"f0{i}.{j}") % 14
                rows.append((r, m0, "E", "F", "", True, False))
                carry = (r, t.year, max(55, m))
                continue
            rows.append((r, m, grade(m), "P", "", True, True))
        if carry and t.year == carry[1] + 1 and t.key == "S1":
            r, _, m = carry
            rows.append((r, m, grade(m), "P", " (Carried)", True, True))
    return years, (carry[1] if carry else None)


def gpa(rows):
    cnt = [(x[0].spec.credits, PTS[x[2]]) for x in rows if x[5]]
    return r2(sum(c * p for c, p in cnt) / sum(c for c, _ in cnt))


def bw_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 40, W - 40
    nm = f"{person.surname.upper()}, {person.given}"
    years, carry_year = bw_rows(s)
    xs = {"code": L + 6, "title": L + 66, "cr": L + 330, "mk": L + 378, "gr": L + 428, "st": L + 480}

    def new_page(n):
        p = Page(A4)
        diagonal_watermark(p, "OFFICIAL TRANSCRIPT", "Helvetica-Bold", 50, 0.88, 36)
        p.logo(L + 22, 56, 20, 1)
        p.text(W / 2, 50, inst.name.upper(), FB, 14, "center")
        p.text(W / 2, 63, "OFFICE OF THE REGISTRAR — ACADEMIC RECORDS", F, 8.5, "center")
        p.text(W / 2, 74, f"{inst.street}, {inst.city}, Botswana", F, 8, "center")
        p.hline(L, R, 82, 1.0)
        y = 100
        if n == 1:
            p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 13, "center")
            y += 20
            for a, b, c, d in (("Name:", nm, "Student ID:", s.student_no),
                               ("Date of Birth:", s.dob.strftime("%d/%m/%Y"), "Nationality:", "Motswana"),
                               ("Programme:", cur.title, "", ""),
                               ("Faculty:", "Faculty of Health Sciences" if cur.id != "bw_bio" else "Faculty of Science",
                                "Date of Entry:", s.admitted.strftime("%B %Y"))):
                p.pieces(y, [(L, a, "left", FB, 8.5), (L + 72, b, "left"), (L + 330, c, "left", FB, 8.5),
                             (L + 410, d, "left")], F, 8.5)
                y += 11.5
            y += 6
        else:
            p.pieces(y, [(L, f"Name: {nm}", "left"), (R, f"Student ID: {s.student_no}", "right")], F, 8.5)
            y += 14
        return p, y

    def colhead(fl):
        p, y = fl.page, fl.y
        p.hline(L, R, y - 9, 0.5)
        p.pieces(y, [(xs["code"], "Course Code", "left"), (xs["title"], "Course Title", "left"),
                     (xs["cr"] + 16, "Credits", "center"), (xs["mk"] + 20, "Mark %", "center"),
                     (xs["gr"] + 20, "Grade", "center"), (xs["st"] + 18, "Status", "center")], FB, 8)
        p.hline(L, R, y + 4, 0.5)
        fl.y += 16

    fl = Flow(new_page, 64)
    out = []
    allrows = []
    for yr in sorted(years):
        sy = s.admitted.year + yr - 1
        fl.need(90)
        p = fl.page
        p.rect(L, fl.y - 10, R - L, 14, 0, 0, fill=0.25)
        p.text(L + 6, fl.y, f"ACADEMIC YEAR {sy}/{sy + 1} — YEAR {yr}", FB, 9, gray=1.0)
        fl.y += 20
        colhead(fl)
        yrows = []
        for key, cap in (("S1", "Semester 1"), ("S2", "Semester 2")):
            if fl.need(30):
                colhead(fl)
            fl.page.text(xs["title"], fl.y, cap, FB, 8.5)
            fl.page.hline(xs["title"], xs["title"] + 56, fl.y + 2, 0.4)
            fl.y += 13
            for r, m, g, st, suf, counts, passed in years[yr][key]:
                tl = wrap(r.spec.title + suf, F, 8, xs["cr"] - xs["title"] - 8)
                if fl.need(11 * len(tl)):
                    colhead(fl)
                fl.page.pieces(fl.y, [(xs["code"], r.code, "left"), (xs["title"], tl[0], "left"),
                                      (xs["cr"] + 16, str(int(r.spec.credits)), "center"),
                                      (xs["mk"] + 20, str(m), "center"), (xs["gr"] + 20, g, "center"),
                                      (xs["st"] + 18, st, "center")], F, 8)
                for ln in tl[1:]:
                    fl.y += 10
                    fl.page.text(xs["title"], fl.y, ln, F, 8)
                fl.y += 11.5
                out.append(course_truth(r, f"Academic Year {sy}/{sy + 1} Semester {key[1]}", r.spec.credits, g, "uk",
                                        title=" ".join(tl), mark=m, status=st, passed=passed))
                yrows.append((r, m, g, st, suf, counts, passed))
        allrows += yrows
        reg = int(sum(x[0].spec.credits for x in yrows if x[4] != " (Supp.)"))
        earned = int(sum(x[0].spec.credits for x in yrows if x[6]))
        dec = "PROCEED WITH CARRY" if carry_year == yr else "PROCEED" if yr < cur.years else "COMPLETED"
        fl.need(20)
        fl.page.hline(L, R, fl.y - 7, 0.5)
        fl.page.spaced(xs["title"], fl.y + 2, [f"Credits Registered {reg}", f"Credits Earned {earned}",
                                              f"Year GPA {gpa(yrows):.2f}", f"Decision: {dec}"], FB, 8, 16)
        fl.y += 26
    cg = gpa(allrows)
    cls = bw_class(cg)
    fl.need(200)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 8, 1.0)
    p.text(L, y + 6, f"Total Credits Earned: {int(sum(x[0].spec.credits for x in allrows if x[6]))}     "
           f"Cumulative GPA: {cg:.2f}".replace("     ", " — "), FB, 9)
    y += 22
    y = p.paragraph(L, y, f"Degree awarded: {cur.title} ({cls}), {s.conferred.year}", FB, 9.5, R - L, 12) + 6
    p.text(L, y, "KEY: A 80-100 (4.0); B+ 70-79 (3.5); B 65-69 (3.0); C+ 60-64 (2.5); C 55-59 (2.0); D 50-54 (1.0); "
           "E 0-49 (0).", F, 7)
    p.text(L, y + 9, "Status: P Pass; F Fail; S Supplementary examination granted (grade of a passed supplementary "
           "capped at C).", F, 7)
    p.text(L, y + 18, "One credit = 10 notional hours of learning. GPA excludes attempts superseded by a supplementary.",
           F, 7)
    y += 70
    sign_block(p, rng, R - 110, y, "Deputy Registrar (Academic Records)", F, 8, 170)
    dry_seal(p, R - 250, y - 14, 30)
    p.text(L, y, f"Date of issue: {s.conferred.strftime('%d %B %Y')}", F, 8.5)
    p.text(L, y + 12, "Not valid without the University seal.", FI, 7.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 30, f"Page {i} of {n}", F, 7.5, "center")
    return LayoutResult("transcript", "bw_academic_transcript", FAMILY, by_reading_order(fl.pages), [nm], out, "uk",
                        {"prints_totals": True, "cgpa": cg, "class": cls})


TRANSCRIPT_LAYOUTS = {"bw_academic_transcript": (bw_transcript, FAMILY, ("BW",))}
