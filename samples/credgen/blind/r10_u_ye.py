"""Writer U, round 10: Yemen (YE). Country pack (Bachelor of Medical Laboratory Sciences of an
invented university's Faculty of Medicine and Health Sciences, 4 years = four Levels of two semesters;
BSc Biology of a Faculty of Science; Bachelor of Nursing) and the "ACADEMIC TRANSCRIPT": English with
the Arabic headings above the English ones (Arabic drawn as pictures); the TABLE IS MIRRORED as in
Arabic documents, columns read from the RIGHT `No. | Course Code | Course Title | Cr. Hrs | Marks |
Grade` (No. the rightmost column, Grade the leftmost, English left-to-right inside the cells); four
"Level" blocks headed "Level One — 1436/1437 H — 2015/2016" (Hijri and Gregorian academic years),
each with "First Semester" and "Second Semester" sub-blocks; marks out of 100, grades in words
(Excellent 90+, Very Good 80-89, Good 65-79, Pass 50-64, Fail); a line under each semester
"Semester Hours: 18   Semester Average: 81.25%" (hour-weighted mean of the marks) and at the end
"Total Credit Hours: 142   Cumulative Average: 79.64%   General Grade: Very Good".

Truth: every row, term "Level One — First Semester", grade = the word, marks as an extra; credit hours
are semester credit hours (system "semester")."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r10_u_common import (FAMILY, add_department_phrases, arabic, by_reading_order, course_truth, hijri_slash,
                           hijri_year, k, parse, r2, sign_block, star_seal)

YE_MLS = """
## 1 S1
ARB 101 | Arabic Language I | 2 | O
ISL 101 | Islamic Culture | 2 | O
ENG 101 | English Language I | 3 | O
BIO 101 | General Biology | 4 | B
CHM 101 | General Chemistry | 4 | C
MTH 101 | Mathematics for Health Sciences | 3 | M
## 1 S2
ARB 102 | Arabic Language II | 2 | O
ENG 102 | English Language II | 3 | O
CHM 102 | Organic Chemistry | 4 | C
PHY 102 | Medical Physics | 3 | O
BIO 102 | Cell Biology | 3 | B
CMP 102 | Computer Skills | 2 | O
## 2 S1
ANA 201 | Human Anatomy | 3 | B
PHS 201 | Human Physiology I | 3 | B
BCH 201 | Biochemistry I | 4 | C
MLS 201 | Introduction to Laboratory Sciences | 2 | ?P
STA 201 | Biostatistics | 3 | M
YMS 201 | Yemeni Society | 2 | O
## 2 S2
PHS 202 | Human Physiology II | 3 | B
BCH 202 | Biochemistry II | 4 | C
MLS 202 | General Microbiology | 4 | B
MLS 204 | Histology | 3 | B
MLS 206 | Laboratory Instrumentation | 3 | P
## 3 S1
MLS 301 | Medical Bacteriology | 4 | P
MLS 303 | Haematology I | 4 | P
MLS 305 | Clinical Chemistry I | 4 | P
MLS 307 | Medical Parasitology | 3 | P
MLS 309 | Immunology | 3 | ?P
## 3 S2
MLS 302 | Medical Mycology and Virology | 3 | P
MLS 304 | Haematology II | 4 | P
MLS 306 | Clinical Chemistry II | 4 | P
MLS 308 | Serology | 3 | P
MLS 310 | Histopathological Techniques | 3 | P
## 4 S1
MLS 401 | Blood Bank and Immunohaematology | 4 | P
MLS 403 | Molecular Biology and Diagnostics | 3 | ?P
MLS 405 | Clinical Microbiology | 4 | P
MLS 407 | Urine and Body Fluids Analysis | 3 | P
MLS 409 | Research Methodology | 2 | O
## 4 S2
MLS 402 | Laboratory Management and Quality Control | 3 | P
MLS 404 | Cytogenetics | 2 | P
MLS 406 | Clinical Training in Hospital Laboratories | 8 | P | chemistry,hematology,microbiology,blood_bank
MLS 408 | Graduation Project | 4 | O
"""

YE_BIO = """
## 1 S1
ARB 101 | Arabic Language I | 2 | O
ISL 101 | Islamic Culture | 2 | O
ENG 101 | English Language I | 3 | O
BIO 101 | General Zoology | 4 | B
CHM 101 | General Chemistry | 4 | C
MTH 101 | Calculus | 3 | M
## 1 S2
BIO 102 | General Botany | 4 | B
CHM 102 | Organic Chemistry | 4 | C
PHY 101 | General Physics | 4 | O
ENG 102 | English Language II | 3 | O
## 2 S1
BIO 201 | Invertebrates | 4 | B
BIO 203 | Plant Anatomy | 3 | B
CHM 201 | Analytical Chemistry | 4 | C
STA 201 | Biostatistics | 3 | M
YMS 201 | Yemeni Society | 2 | O
## 2 S2
BIO 202 | Vertebrates | 4 | B
BIO 204 | Microbiology | 4 | B
BIO 206 | Genetics | 3 | B
CHM 202 | Biochemistry | 4 | C
## 3 S1
BIO 301 | Animal Physiology | 4 | B
BIO 303 | Plant Physiology | 3 | B
BIO 305 | Histology | 3 | B
BIO 307 | Ecology | 3 | B
## 3 S2
BIO 302 | Molecular Biology | 3 | B
BIO 304 | Immunology | 3 | ?B
BIO 306 | Parasitology | 3 | B
BIO 308 | Entomology | 3 | B
## 4 S1
BIO 401 | Biotechnology | 3 | B
BIO 403 | Embryology | 3 | B
BIO 405 | Virology | 3 | B
BIO 407 | Research Methods | 2 | O
## 4 S2
BIO 402 | Evolution | 3 | B
BIO 404 | Environmental Pollution | 3 | B
BIO 406 | Graduation Project | 4 | O
"""

YE_NUR = """
## 1 S1
NUR 101 | Fundamentals of Nursing I | 6 | O
ANA 101 | Anatomy | 4 | B
## 1 S2
NUR 102 | Fundamentals of Nursing II | 8 | O
## 2 S1
NUR 201 | Medical-Surgical Nursing I | 8 | O
## 2 S2
NUR 202 | Medical-Surgical Nursing II | 8 | O
## 3 S1
NUR 301 | Maternity Nursing | 8 | O
## 3 S2
NUR 302 | Paediatric Nursing | 8 | O
## 4 S1
NUR 401 | Community Health Nursing | 8 | O
## 4 S2
NUR 402 | Nursing Internship | 10 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "YE", title, "bachelor", 4, field, "semester", parse(table), 9, 6, clinical_training=clin)


YE_INST = [
    Institution("Al-Sahwa University", "Sana'a", "Amanat Al-Asimah", "YE", "Sixty Meter Street",
                ("ye_mls", "ye_nur"), "university",
                extra={"ar": "جامعة الصحوة", "fac": "Faculty of Medicine and Health Sciences",
                       "far": "كلية الطب والعلوم الصحية"}),
    Institution("Hadramout Coast University", "Mukalla", "Hadramout", "YE", "Fuwah District",
                ("ye_mls", "ye_nur"), "university",
                extra={"ar": "جامعة ساحل حضرموت", "fac": "Faculty of Medicine and Health Sciences",
                       "far": "كلية الطب والعلوم الصحية"}),
    Institution("Dhamar Highlands University", "Dhamar", "Dhamar", "YE", "Sana'a-Taiz Road", ("ye_bio",),
                "university", extra={"ar": "جامعة مرتفعات ذمار", "fac": "Faculty of Science", "far": "كلية العلوم"}),
]

PACK = K.CountryPack(
    code="YE", name="Yemen",
    given={"F": ["Amal", "Fatima", "Arwa", "Bilqis", "Huda", "Nada", "Samah", "Afrah", "Eman", "Raghda"],
           "M": ["Mohammed", "Abdulrahman", "Fuad", "Waleed", "Hisham", "Nabil", "Ammar", "Yasser", "Bassam", "Adel"]},
    surnames=["Al-Hakimi", "Al-Ansi", "Al-Sharabi", "Bamatraf", "Al-Maqtari", "Al-Eryani", "Ba-Wazir", "Al-Kibsi",
              "Al-Absi", "Al-Hamdani", "Al-Sanabani", "Al-Wesabi"],
    middle={"F": ["Ali Abdullah", "Ahmed Saleh", "Mohammed Qasim", "Abdo Hassan", "Saeed Nasser"],
            "M": ["Ali Abdullah", "Ahmed Saleh", "Mohammed Qasim", "Abdo Hassan", "Saeed Nasser"]},
    institutions=YE_INST,
    employers=[
        Employer("Al-Thawra Modern General Hospital", "Sana'a", "Amanat Al-Asimah", "YE", "Bab Al-Yemen Area",
                 "+967 1 000 241", "admin@thawra-hospital.example"),
        Employer("Al-Jumhori Teaching Hospital", "Aden", "Aden", "YE", "Khormaksar", "+967 2 000 318",
                 "hr@jumhori-aden.example"),
        Employer("Ibn Sina Hospital Mukalla", "Mukalla", "Hadramout", "YE", "Al-Sharj Street", "+967 5 000 127",
                 "personnel@ibnsina-mukalla.example"),
        Employer("Al-Borg Medical Laboratories Branch Sana'a", "Sana'a", "Amanat Al-Asimah", "YE", "Hadda Street",
                 "+967 1 000 990", "sanaa@alborg-labs.example", "lab"),
    ],
    signers=["Dr. Abdulkarim Al-Ansi", "Dr. Nabil Al-Sharabi", "Mr. Fuad Bamatraf", "Dr. Huda Al-Eryani"],
    curricula=[_cur("ye_mls", "Bachelor of Medical Laboratory Sciences", "medical_laboratory_science", YE_MLS, True),
               _cur("ye_bio", "Bachelor of Science in Biology", "biology", YE_BIO),
               _cur("ye_nur", "Bachelor of Nursing", "nursing", YE_NUR)],
    mls_curriculum="ye_mls", science_curricula=["ye_bio"], nonqualifying_curricula=["ye_nur"],
    positions_mls=["Laboratory Specialist", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("YE", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology and Immunology"], "urinalysis": ["Urine Analysis"],
    "molecular": ["PCR Unit"], "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

LEVELS = ["One", "Two", "Three", "Four"]
AR_LEVELS = ["المستوى الأول", "المستوى الثاني", "المستوى الثالث", "المستوى الرابع"]


def word(m):
    return "Excellent" if m >= 90 else "Very Good" if m >= 80 else "Good" if m >= 65 else "Pass" if m >= 50 else "Fail"


def ye_rows(s):
    """[(level, key, start_year, [(r, marks, word)], hours, avg)] and (total hours, cumulative average)."""
    out, th, tm = [], 0, 0
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            m = max(52, min(98, r.score + 9 + k(s, f"m{i}.{j}") % 9 - 4))
            rows.append((r, m, word(m)))
        h = int(sum(r.spec.credits for r, _, _ in rows))
        sm = sum(m * r.spec.credits for r, m, _ in rows)
        out.append((t.year, t.key, t.start_year, rows, h, r2(sm / h)))
        th += h
        tm += sm
    return out, th, r2(tm / th)


def ye_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 36, W - 36
    nm = name_form(person, "natural")
    sems, th, cavg = ye_rows(s)
    # mirrored: Grade | Marks | Cr. Hrs | Course Title | Course Code | No.  (left to right)
    xs = [L, L + 70, L + 112, L + 152, L + 400, L + 494, R]
    heads = [("التقدير", "Grade"), ("الدرجة", "Marks"), ("الساعات", "Cr. Hrs"), ("اسم المقرر", "Course Title"),
             ("رمز المقرر", "Course Code"), ("م", "No.")]
    out = []

    def new_page(n):
        p = Page(A4)
        p.text(L, 40, "Republic of Yemen", FB, 9)
        p.text(L, 51, "Ministry of Higher Education and Scientific Research", F, 8)
        p.text(L, 62, inst.name, FB, 9)
        p.text(L, 73, inst.extra["fac"], F, 8)
        arabic(p, R, 40, "الجمهورية اليمنية", 10, bold=True, align="right")
        arabic(p, R, 54, "وزارة التعليم العالي والبحث العلمي", 8.5, align="right")
        arabic(p, R, 68, inst.extra["ar"], 9.5, bold=True, align="right")
        arabic(p, R, 81, inst.extra["far"], 8.5, align="right")
        star_seal(p, W / 2, 58, 22, 0.3, points=12)
        p.hline(L, R, 88, 1.0)
        p.hline(L, R, 90.5, 0.4)
        y = 104
        if n == 1:
            arabic(p, W / 2, y, "كشف درجات أكاديمي", 11, bold=True)
            p.text(W / 2, y + 15, "ACADEMIC TRANSCRIPT", FB, 13, "center")
            y += 30
            p.pieces(y, [(L, "Student Name:", "left", FB, 8.5), (L + 82, nm, "left"),
                         (W / 2 + 30, "Student No.:", "left", FB, 8.5), (W / 2 + 100, s.student_no, "left")], F, 8.5)
            y += 12
            p.pieces(y, [(L, "Programme:", "left", FB, 8.5), (L + 82, cur.title, "left"),
                         (W / 2 + 30, "Nationality:", "left", FB, 8.5), (W / 2 + 100, "Yemeni", "left")], F, 8.5)
            y += 12
            p.pieces(y, [(L, "Date of Birth:", "left", FB, 8.5), (L + 82, s.dob.strftime("%d/%m/%Y"), "left"),
                         (W / 2 + 30, "Date of Graduation:", "left", FB, 8.5),
                         (W / 2 + 118, f"{s.conferred.strftime('%d/%m/%Y')} — {hijri_slash(s.conferred)} H", "left")],
                     F, 8.5)
            y += 18
        else:
            p.pieces(y, [(L, f"Student Name: {nm}", "left"), (R, f"Student No.: {s.student_no}", "right")], F, 8.5)
            y += 16
        return p, y

    fl = Flow(new_page, 60)
    for i, (yr, key, sy, rows, h, avg) in enumerate(sems):
        tls = [wrap(r.spec.title, F, 7.8, xs[4] - xs[3] - 6) for r, _, _ in rows]
        hgt = 13 + 22 + sum(10 * len(t) + 1 for t in tls) + 16 + (22 if key == "S1" else 0)
        fl.need(hgt)
        p, y = fl.page, fl.y
        if key == "S1":
            p.rect(L, y - 2, R - L, 18, 0.5, 0, fill=0.85)
            p.text(L + 6, y + 10, f"Level {LEVELS[yr - 1]} — {hijri_year(sy)} H — {sy}/{sy + 1}", FB, 9.5)
            arabic(p, R - 6, y + 10, AR_LEVELS[yr - 1], 9, bold=True, align="right")
            y += 24
        sem = "First Semester" if key == "S1" else "Second Semester"
        p.text(R, y, sem, FB, 8.5, "right")
        arabic(p, L, y, "الفصل الدراسي الأول" if key == "S1" else "الفصل الدراسي الثاني", 8, align="left")
        y += 5
        top = y
        p.rect(L, y, R - L, 22, 0.5, 0, fill=0.93)
        for c, (ar, en) in enumerate(heads):
            cx = (xs[c] + xs[c + 1]) / 2
            arabic(p, cx, y + 9, ar, 6.8)
        p.pieces(y + 19, [((xs[c] + xs[c + 1]) / 2, en, "center") for c, (_, en) in enumerate(heads)], FB, 7.2)
        y += 22
        label = f"Level {LEVELS[yr - 1]} — {sem}"
        for n, ((r, m, g), tl) in enumerate(zip(rows, tls), 1):
            b = y + 8.5
            p.pieces(b, [((xs[0] + xs[1]) / 2, g, "center"), ((xs[1] + xs[2]) / 2, str(m), "center"),
                         ((xs[2] + xs[3]) / 2, str(int(r.spec.credits)), "center"), (xs[3] + 4, tl[0], "left"),
                         ((xs[4] + xs[5]) / 2, r.code, "center"), ((xs[5] + xs[6]) / 2, str(n), "center")], F, 7.8)
            for q, ln in enumerate(tl[1:], 1):
                p.text(xs[3] + 4, b + 10 * q, ln, F, 7.8)
            y += 10 * len(tl) + 1
            p.hline(L, R, y, 0.25, 0.4)
            out.append(course_truth(r, label, r.spec.credits, g, "semester", title=" ".join(tl), marks=m))
        y += 1
        for x in xs:
            p.vline(x, top, y, 0.4)
        p.hline(L, R, y, 0.6)
        p.spaced(R, y + 10, [f"Semester Hours: {h}", f"Semester Average: {avg:.2f}%"], FB, 8, gap=24, align="right")
        fl.y = y + 24
    fl.need(140)
    p, y = fl.page, fl.y + 4
    p.rect(L, y - 10, R - L, 20, 0.8, 0)
    p.spaced(L + 8, y + 4, [f"Total Credit Hours: {th}", f"Cumulative Average: {cavg:.2f}%",
                            f"General Grade: {word(cavg)}"], FB, 9, gap=30)
    p.text(L, y + 24, "Grading: Excellent 90-100, Very Good 80-89, Good 65-79, Pass 50-64, Fail below 50.", FI, 7)
    yb = y + 86
    sign_block(p, rng, L + 80, yb, "Registrar", FB, 8.5, 130)
    arabic(p, L + 80, yb + 24, "مسجل الكلية", 8)
    sign_block(p, rng, R - 80, yb, "Dean of the Faculty", FB, 8.5, 130)
    arabic(p, R - 80, yb + 24, "عميد الكلية", 8)
    star_seal(p, W / 2, yb - 12, 30, 0.45, points=12)
    p.text(W / 2, yb + 44, f"E-mail: registrar@{inst.name.split()[0].lower().replace('-', '')}-univ.example", F, 7,
           "center")
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 24, f"Page {i} of {len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "ye_mirrored_levels", FAMILY, by_reading_order(fl.pages), [nm], out, "semester",
                        {"prints_totals": True, "cumulative_average": f"{cavg:.2f}", "general_grade": word(cavg)})


TRANSCRIPT_LAYOUTS = {"ye_mirrored_levels": (ye_transcript, FAMILY, ("YE",))}
