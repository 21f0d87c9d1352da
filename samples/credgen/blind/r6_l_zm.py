"""Writer L, round 6: Zambia (ZM). Country pack (BSc Biomedical Sciences, 5 years; BSc Biological
Sciences, 4 years; BSc Nursing, 4 years) and a public university's "STATEMENT OF RESULTS": the
Registrar's office header, "Computer No." and name, then one block per academic year headed
"2015 ACADEMIC YEAR - YEAR OF STUDY 2" with `Course Code | Course Title | Value | Grade`, Value
"Full" (a year-long course) or "Half" (a one-semester course), letter grades A+, A, B+, B, C+, C
(pass), D+ and D (fail); under each year a "Comment:" - "CLEAR PASS", or "PROCEED - REPEAT
COURSE BMS 3141" when a course was failed (it comes back in the next year's block). No GPA, no
credit totals; at the end "Degree Awarded: BSc Biomedical Sciences - Merit", the key to grades
and course values, "Issued without alteration or erasure" and the Assistant Registrar's
signature with an oval stamp. Codes are four-digit: full courses end in 0, half courses in 1
(first semester) or 2 (second).

Semester hours: criteria.md has no rule for Zambian course values. A full course runs both
semesters at about three lecture hours a week plus laboratory, a half course one semester, and
a normal year is four full-course equivalents (~24-30 SH a year of a US load), so a Full course
is recorded as 6 SH and a Half course as 3 SH (credit system `semester`, truth credits 6 / 3 with
credits_printed "Full" / "Half"). A failed attempt (D+ / D) earned nothing: credits 0."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r6_l_common import FAMILY, add_department_phrases, course_truth, parse, rubber_stamp

ZM_BMS = """
## 1 Y
MAT 1100 | Foundation Mathematics | 6 | M
CHE 1000 | Introductory Chemistry | 6 | C
BIO 1400 | Introductory Biology | 6 | B
PHY 1010 | Introductory Physics | 6 | O
## 2 Y
BMS 2010 | Human Anatomy | 6 | B
BMS 2020 | Human Physiology | 6 | B
BMS 2030 | Biochemistry | 6 | C
BMS 2041 | Introduction to Biomedical Sciences | 3 | ?O
BMS 2052 | Biostatistics | 3 | M
## 3 Y
BMS 3110 | Clinical Chemistry I | 6 | P
BMS 3120 | Haematology | 6 | P
BMS 3130 | Medical Microbiology I | 6 | P
BMS 3141 | Immunology | 3 | B
BMS 3152 | Medical Parasitology | 3 | P
## 4 Y
BMS 4110 | Clinical Chemistry II | 6 | P
BMS 4120 | Blood Transfusion Science and Immunohaematology | 6 | P
BMS 4130 | Medical Microbiology II | 6 | P
BMS 4141 | Histopathology and Cytology | 3 | P
BMS 4152 | Molecular Biology | 3 | ?B
## 5 Y
BMS 5110 | Clinical Laboratory Attachment | 6 | ?P | chemistry,hematology,microbiology,blood_bank
BMS 5121 | Laboratory Management and Quality Assurance | 3 | P
BMS 5131 | Public Health Laboratory Practice | 3 | ?O
BMS 5142 | Ethics and Professional Practice | 3 | O
BMS 5150 | Research Project | 6 | O
"""

ZM_BIO = """
## 1 Y
MAT 1100 | Foundation Mathematics | 6 | M
CHE 1000 | Introductory Chemistry | 6 | C
BIO 1400 | Introductory Biology | 6 | B
PHY 1010 | Introductory Physics | 6 | O
## 2 Y
BIO 2010 | Cell and Molecular Biology | 6 | B
BIO 2021 | Genetics | 3 | B
CHE 2010 | Organic Chemistry | 6 | C
BIO 2032 | Plant Diversity | 3 | B
BIO 2040 | Animal Diversity | 6 | B
## 3 Y
BIO 3010 | Microbiology | 6 | B
BIO 3020 | Biochemistry | 6 | C
BIO 3031 | Ecology | 3 | ?B
BIO 3042 | Immunology | 3 | B
STA 3011 | Statistics for Biologists | 3 | M
## 4 Y
BIO 4010 | Research Project | 6 | O
BIO 4020 | Applied Microbiology | 6 | B
BIO 4031 | Molecular Genetics | 3 | B
BIO 4042 | Evolution | 3 | ?B
"""

ZM_NURS = """
## 1 Y
NUR 1010 | Fundamentals of Nursing | 6 | O
BMS 1010 | Anatomy and Physiology | 6 | B
CHE 1000 | Introductory Chemistry | 6 | C
PSY 1011 | Psychology | 3 | O
SOC 1012 | Sociology | 3 | O
## 2 Y
NUR 2010 | Medical-Surgical Nursing I | 6 | O
NUR 2020 | Pharmacology | 6 | O
NUR 2031 | Microbiology for Nurses | 3 | ?B
NUR 2042 | Nutrition | 3 | O
## 3 Y
NUR 3010 | Midwifery | 6 | O
NUR 3020 | Community Health Nursing | 6 | O
NUR 3031 | Mental Health Nursing | 3 | O
## 4 Y
NUR 4010 | Nursing Management | 6 | O
NUR 4020 | Research Project | 6 | O
NUR 4031 | Paediatric Nursing | 3 | O
"""


def _cur(cid, title, years, field, table, clin=False):
    return C.Curriculum(cid, "ZM", title, "bachelor", years, field, "semester", parse(table), 2, 5,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="ZM", name="Zambia",
    given={"F": ["Chanda", "Mwila", "Natasha", "Bwalya", "Mutinta", "Chileshe", "Thandiwe", "Precious",
                 "Namakau", "Mapalo", "Chipo", "Towela"],
           "M": ["Mwewa", "Kabwe", "Lubinda", "Kelvin", "Moses", "Mwape", "Chisanga", "Chiti", "Musonda",
                 "Bright", "Mutale", "Given"]},
    surnames=["Banda", "Phiri", "Mwale", "Zulu", "Tembo", "Mulenga", "Lungu", "Sakala", "Mwansa", "Ngoma",
              "Sichone", "Siame", "Hamweemba", "Chilufya", "Kasonde", "Nkhata"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Kafue River University", "Lusaka", "Lusaka Province", "ZM",
                    "P.O. Box 32379, Great East Road", ("zm_bsc_bms", "zm_bsc_bio", "zm_bsc_nurs"),
                    extra={"school": "School of Health Sciences"}),
        Institution("Luapula Lakes University", "Mansa", "Luapula Province", "ZM",
                    "P.O. Box 710092, Samfya Road", ("zm_bsc_bms", "zm_bsc_bio"),
                    extra={"school": "School of Natural and Health Sciences"}),
        Institution("Zambezi Plateau University", "Choma", "Southern Province", "ZM",
                    "Private Bag E 891, Livingstone Road", ("zm_bsc_bms", "zm_bsc_nurs"),
                    extra={"school": "School of Medicine and Health Sciences"}),
    ],
    employers=[
        Employer("Lusaka Eastgate General Hospital", "Lusaka", "Lusaka Province", "ZM",
                 "Plot 4410, Chilimbulu Road", "+260 211 000 142", "hr@eastgate-gh.example"),
        Employer("Kitwe Copper Hills Hospital", "Kitwe", "Copperbelt Province", "ZM",
                 "P.O. Box 20178, Freedom Avenue", "+260 212 000 178", "admin@copperhills.example"),
        Employer("Chipata Sunrise Provincial Hospital", "Chipata", "Eastern Province", "ZM",
                 "P.O. Box 510046, Hospital Road", "+260 216 000 193", "personnel@sunrise-ph.example"),
        Employer("Zambezi Valley Diagnostics Ltd", "Livingstone", "Southern Province", "ZM",
                 "Plot 88, Mosi-oa-Tunya Road", "+260 213 000 121", "lab@zv-dx.example", "lab"),
    ],
    signers=["Dr. Mwansa K. Chilufya", "Mr. Joseph B. Tembo", "Mrs. Ruth N. Sakala", "Dr. Peter M. Kasonde"],
    curricula=[
        _cur("zm_bsc_bms", "Bachelor of Science in Biomedical Sciences", 5, "medical_laboratory_science",
             ZM_BMS, True),
        _cur("zm_bsc_bio", "Bachelor of Science in Biological Sciences", 4, "biology", ZM_BIO),
        _cur("zm_bsc_nurs", "Bachelor of Science in Nursing", 4, "nursing", ZM_NURS),
    ],
    mls_curriculum="zm_bsc_bms", science_curricula=["zm_bsc_bio"], nonqualifying_curricula=["zm_bsc_nurs"],
    positions_mls=["Biomedical Scientist", "Medical Laboratory Scientist", "Senior Biomedical Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("ZM", {
    "blood_bank": ["Blood Transfusion", "Blood Bank"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology", "Serology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Biology"], "phlebotomy": ["Phlebotomy"],
    "other": ["Histopathology", "Parasitology"]})

SHORT = {"zm_bsc_bms": "BSc Biomedical Sciences", "zm_bsc_bio": "BSc Biological Sciences",
         "zm_bsc_nurs": "BSc Nursing"}
BANDS = [(86, "A+"), (76, "A"), (68, "B+"), (62, "B"), (56, "C+"), (50, "C"), (40, "D+"), (0, "D")]


def letter(score):
    for lo, g in BANDS:
        if score >= lo:
            return g


def value(r):
    return "Full" if r.spec.credits >= 6 else "Half"


def zm_years(s):
    """[(label, [(r, grade, passed)], comment)] and the class of the degree."""
    out, carry, marks = [], [], []
    last = s.terms[-1].year
    for t in s.terms:
        rows = []
        for r in carry:
            sc = 50 + (r.score * 7) % 19
            rows.append((r, letter(sc), True))
            marks.append((sc, r.spec.credits))
        carry = []
        for r in t.results:
            sc = r.score - 4 if t.year < last else max(50, r.score - 4)
            ok = sc >= 50
            rows.append((r, letter(sc), ok))
            if ok:
                marks.append((sc, r.spec.credits))
            else:
                carry.append(r)
        if carry:
            comment = "PROCEED - REPEAT COURSE " + ", ".join(r.code for r in carry)
        else:
            comment = "CLEAR PASS"
        out.append((f"{t.start_year} ACADEMIC YEAR — YEAR OF STUDY {t.year}", rows, comment))
    avg = sum(m * w for m, w in marks) / sum(w for _, w in marks)
    cls = "Distinction" if avg >= 76 else "Merit" if avg >= 68 else "Credit" if avg >= 62 else "Pass"
    return out, cls


def zm_class(s):
    return zm_years(s)[1]


def zm_statement(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 54, W - 54
    fs = 9.5
    name = name_form(person, "caps")
    xs = {"code": L + 4, "title": L + 78, "val": R - 92, "gr": R - 30}
    years, cls = zm_years(s)

    def new_page(n):
        p = Page(A4)
        p.logo(L + 22, 52, 20, 1, 0.3)
        y = 42
        p.text(W / 2, y, inst.name.upper(), FB, 15, "center"); y += 14
        p.text(W / 2, y, f"{inst.street}, {inst.city}, Zambia", F, 9.5, "center"); y += 12
        p.text(W / 2, y, "OFFICE OF THE REGISTRAR - ACADEMIC OFFICE", F, 9, "center"); y += 8
        p.hline(L, R, y, 1.4)
        y += 22
        p.text(W / 2, y, "STATEMENT OF RESULTS", FB, 14, "center"); y += 22
        if n == 1:
            p.pieces(y, [(L, "Name:", "left", F, 10), (L + 88, name, "left", FB, 10),
                         (R - 150, "Computer No.:", "left", F, 10), (R, s.student_no, "right", FB, 10)], F, 10)
            y += 14
            p.pieces(y, [(L, "Programme:", "left", F, 10), (L + 88, cur.title, "left", FB, 10)], F, 10); y += 14
            p.pieces(y, [(L, "School:", "left", F, 10), (L + 88, inst.extra.get("school", ""), "left", FB, 10),
                         (R - 150, "Year of Entry:", "left", F, 10), (R, str(s.admitted.year), "right", FB, 10)], F, 10)
            y += 14
        else:
            p.pieces(y, [(L, "Name:", "left", F, 10), (L + 40, name, "left", FB, 10),
                         (R, f"Computer No. {s.student_no}", "right", F, 10)], F, 10)
            y += 14
        return p, y + 14

    fl = Flow(new_page, 64)
    out = []
    for label, rows, comment in years:
        fl.need(46 + 12 * min(4, len(rows)))
        p = fl.page
        p.text(L, fl.y, label, FB, 10)
        fl.y += 6
        p.rect(L, fl.y, R - L, 14, 0.7)
        p.pieces(fl.y + 10, [(xs["code"], "Course Code", "left"), (xs["title"], "Course Title", "left"),
                             (xs["val"], "Value", "center"), (xs["gr"], "Grade", "center")], FB, 9)
        fl.y += 26
        for r, g, ok in rows:
            lines = wrap(r.spec.title, F, fs, xs["val"] - 30 - xs["title"])
            fl.need(12.5 * len(lines) + 14)
            fl.page.pieces(fl.y, [(xs["code"], r.code, "left"), (xs["title"], lines[0], "left"),
                                  (xs["val"], value(r), "center"), (xs["gr"], g, "center")], F, fs)
            for ln in lines[1:]:
                fl.y += 11
                fl.page.text(xs["title"], fl.y, ln, F, fs)
            fl.y += 12.5
            out.append(course_truth(r, label, r.spec.credits if ok else 0, g, "semester",
                                    title=" ".join(lines), credits_printed=value(r)))
        fl.page.pieces(fl.y + 2, [(xs["title"], "Comment:", "left", F, 9.5), (xs["title"] + 52, comment, "left")],
                       FB, 9.5)
        fl.y += 26
    fl.need(150)
    p = fl.page
    p.hline(L, R, fl.y - 8, 0.8)
    y = fl.y + 8
    p.text(L, y, f"Degree Awarded: {SHORT[cur.id]} — {cls}", FB, 11); y += 14
    conf = f"{D.ordinal_suffix(s.conferred.day)} {D.MONTHS[s.conferred.month - 1]} {s.conferred.year}"
    p.text(L, y, f"Date of Award: {conf}", F, 10); y += 22
    p.text(L, y, "KEY", FB, 8.5); y += 11
    p.spaced(L, y, ["A+ 86-100 Distinction", "A 76-85 Distinction", "B+ 68-75 Meritorious", "B 62-67 Very Satisfactory",
                    "C+ 56-61 Definite Pass"], F, 8, gap=10); y += 10
    p.spaced(L, y, ["C 50-55 Bare Pass", "D+ 40-49 Bare Fail", "D 0-39 Definite Fail",
                    "Full = full-year course", "Half = one-semester course"], F, 8, gap=10); y += 58
    p.signature(R - 150, y - 8, 110, rng)
    rubber_stamp(p, R - 210, y - 14, 40, 24)
    p.hline(R - 170, R, y, 0.5)
    p.text(R - 85, y + 11, "Assistant Registrar (Academic)", F, 9, "center")
    p.text(L, y + 11, "Issued without alteration or erasure.", FI, 9)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 30, f"Page {i} of {n}", F, 8, "center")
    return LayoutResult("transcript", "zm_statement_of_results", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": conf})


TRANSCRIPT_LAYOUTS = {"zm_statement_of_results": (zm_statement, FAMILY, ("ZM",))}
