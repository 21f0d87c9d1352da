"""Writer X, round 11: Eritrea (ER). Country pack (Bachelor of Science in Clinical Laboratory Sciences
of an invented college of health sciences, 4 years = eight semesters; BSc in Biology of an invented
college of natural sciences; BSc in Nursing) and the English "STUDENT ACADEMIC RECORD" on ONE dense
portrait page: the header carries a Tigrinya (Ge'ez script) line and an Arabic line drawn as
pictures above the English name; the eight semesters are laid out as four tables in a 2x2 grid
(left: Year I over Year II; right: Year III over Year IV), each table holding its two semesters one
under the other; columns `Course No.` ("CLS 312") | `Course Title` (heavily abbreviated: "Intro to
Clin Chem", "Parasit & Entomol", "Hemat II (Coag)") | `Cr. Hr` | `Grade` (A ... D) | `Grade Pts`;
under each semester inside the table a line in small type "Sem. Cr. 18  GP 57.4  SGPA 3.19"; Year
IV second semester is hospital "Clinical Attachment" courses of 5-6 credit hours. Font about 7 pt.
Bottom: "Total Credit Hours Earned: 164   CGPA: 3.12", the grading-system key, "Medium of
Instruction: English", the registrar's signature.

Credit basis: semester credit hours (system "semester"). Grade points per course = Cr. Hr x points
(A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, D 1.0), printed with one decimal; SGPA and CGPA
= grade points / credit hours, two decimals. The truth title is the abbreviated title as printed."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, fit_size
from .r11_x_common import (FAMILY, add_department_phrases, arabic_line, by_reading_order, course_truth, geez_line, k,
                           parse, r2, sign_block, star_seal)

ER_MLS = """
## 1 S1
ENGL 101 | Basic English Skills I | 3 | O
BIOL 101 | General Biology I | 4 | B
CHEM 101 | General Chem I | 4 | C
MATH 101 | Pre-Calculus Math | 3 | M
PHYS 101 | Gen Physics | 3 | O
HIST 101 | Hist of Eritrea | 2 | O
## 1 S2
ENGL 102 | Basic English Skills II | 3 | O
BIOL 102 | General Biology II | 4 | B
CHEM 102 | General Chem II | 4 | C
MATH 102 | Intro to Statistics | 3 | M
COMP 102 | Intro to Computers | 2 | O
ANAT 102 | Hum Anat & Histol | 4 | B
## 2 S1
PHYL 201 | Hum Physiol | 4 | B
CHEM 201 | Organic Chem | 4 | C
CLS 201 | Intro to Med Lab Sci | 2 | ?P
MICR 201 | Gen Microbiol | 4 | B
BCHM 201 | Biochem I | 3 | C
ENGL 201 | Sci & Tech Writing | 2 | O
## 2 S2
BCHM 202 | Biochem II | 3 | C
CLS 212 | Lab Instrum & Safety | 3 | P
CLS 214 | Immunol & Serol | 4 | ?B
CLS 216 | Basic Hemat | 4 | P
CHEM 202 | Analyt Chem | 3 | C
EPID 202 | Princ of Epidemiol | 2 | O
## 3 S1
CLS 311 | Intro to Clin Chem | 4 | P
CLS 312 | Hemat II (Coag) | 4 | P
CLS 313 | Med Bacteriol | 4 | P
CLS 315 | Parasit & Entomol | 4 | P
BIOS 301 | Biostat | 2 | M
## 3 S2
CLS 321 | Clin Chem II | 4 | P
CLS 322 | Immunohemat & Bld Bank | 4 | P
CLS 323 | Med Mycol & Virol | 3 | P
CLS 324 | Urinal & Body Fluids | 3 | P
CLS 326 | Histopath Techn | 3 | P
RSCH 302 | Research Methods | 2 | O
## 4 S1
CLS 411 | Molec Diagn | 3 | ?P
CLS 412 | Lab Mgmt & QA | 3 | P
CLS 413 | Clin Bacteriol II | 3 | P
CLS 415 | Cytogen & Cytol | 3 | P
CLS 417 | Senior Project I | 2 | O
PHCE 401 | Prof Ethics | 2 | O
## 4 S2
CLS 421 | Clin Attach I (Chem/Urin) | 6 | P | chemistry,urinalysis
CLS 422 | Clin Attach II (Hem/BB) | 6 | P | hematology,blood_bank
CLS 423 | Clin Attach III (Micro) | 5 | P | microbiology
CLS 428 | Senior Project II | 2 | O
"""

ER_BIO = """
## 1 S1
ENGL 101 | Basic English Skills I | 3 | O
BIOL 101 | General Biology I | 4 | B
CHEM 101 | General Chem I | 4 | C
MATH 101 | Calculus I | 4 | M
HIST 101 | Hist of Eritrea | 2 | O
## 1 S2
ENGL 102 | Basic English Skills II | 3 | O
BIOL 102 | General Biology II | 4 | B
CHEM 102 | General Chem II | 4 | C
MATH 102 | Calculus II | 4 | M
PHYS 102 | Gen Physics | 3 | O
## 2 S1
BIOL 211 | Invert Zool | 4 | B
BIOL 213 | Plant Morph & Anat | 4 | B
CHEM 201 | Organic Chem | 4 | C
STAT 201 | Biometry | 3 | M
## 2 S2
BIOL 212 | Vert Zool | 4 | B
BIOL 214 | Gen Microbiol | 4 | B
BIOL 216 | Genetics | 4 | B
CHEM 202 | Biochemistry | 4 | C
## 3 S1
BIOL 311 | Animal Physiol | 4 | B
BIOL 313 | Plant Physiol | 4 | B
BIOL 315 | Cell & Molec Biol | 4 | B
BIOL 317 | Gen Ecology | 3 | B
## 3 S2
BIOL 312 | Parasitology | 3 | B
BIOL 314 | Immunology | 3 | ?B
BIOL 316 | Entomology | 3 | B
BIOL 318 | Evolution | 3 | B
## 4 S1
BIOL 411 | Biotechnology | 3 | B
BIOL 413 | Developmental Biol | 3 | B
BIOL 415 | Conservation Biol | 3 | B
BIOL 417 | Senior Seminar | 2 | O
## 4 S2
BIOL 412 | Freshwater Ecol | 3 | B
BIOL 414 | Virology | 3 | B
BIOL 418 | Senior Project | 4 | B
"""

ER_NUR = """
## 1 S1
ENGL 101 | Basic English Skills I | 3 | O
NURS 101 | Fund of Nursing I | 5 | O
ANAT 101 | Anat & Physiol I | 4 | B
## 1 S2
NURS 102 | Fund of Nursing II | 6 | O
ANAT 102 | Anat & Physiol II | 4 | B
## 2 S1
NURS 201 | Med-Surg Nursing I | 8 | O
## 2 S2
NURS 202 | Med-Surg Nursing II | 8 | O
## 3 S1
NURS 301 | Maternal & Child Hlth Nurs | 8 | O
## 3 S2
NURS 302 | Pediatric Nursing | 8 | O
## 4 S1
NURS 401 | Community Hlth Nurs | 8 | O
## 4 S2
NURS 402 | Nursing Practicum | 10 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "ER", title, "bachelor", 4, field, "semester", parse(table), 9, 7,
                        clinical_training=clin)


ER_INST = [
    Institution("Sembel College of Health Sciences", "Asmara", "Maekel", "ER", "Sembel Road, P.O. Box 8566",
                ("er_mls", "er_nur"), "college",
                extra={"ti": "ኮሌጅ ሳይንስ ጥዕና ሰምበል", "ar": "كلية سمبل للعلوم الصحية"}),
    Institution("Embatkala College of Natural Sciences", "Asmara", "Maekel", "ER", "Mai Nefhi Road, P.O. Box 1220",
                ("er_bio",), "college",
                extra={"ti": "ኮሌጅ ተፈጥሮኣዊ ሳይንስ እምባትካላ", "ar": "كلية إمباتكلا للعلوم الطبيعية"}),
]

PACK = K.CountryPack(
    code="ER", name="Eritrea",
    given={"F": ["Senait", "Helen", "Saba", "Rahel", "Luwam", "Winta", "Freweyni", "Selam", "Yordanos", "Ruth"],
           "M": ["Yohannes", "Tesfaldet", "Daniel", "Filmon", "Amanuel", "Biniam", "Samuel", "Henok", "Robel", "Kidane"]},
    surnames=["Gebremedhin", "Tesfamariam", "Habtemariam", "Woldemichael", "Ghebreyesus", "Berhane", "Kahsay",
              "Tekle", "Andemariam", "Zerai", "Asmerom", "Ghirmay"],
    middle={"F": ["Tesfay", "Mehari", "Yemane", "Haile", "Solomon"],
            "M": ["Tesfay", "Mehari", "Yemane", "Haile", "Solomon"]},
    institutions=ER_INST,
    employers=[
        Employer("Halibet National Referral Hospital", "Asmara", "Maekel", "ER", "Halibet Street, P.O. Box 212",
                 "+291 1 000 417", "admin@halibet-nrh.example"),
        Employer("Keren Zonal Referral Hospital", "Keren", "Anseba", "ER", "Keren Hospital Road", "+291 1 000 318",
                 "personnel@keren-zrh.example"),
        Employer("Mendefera Zonal Referral Hospital", "Mendefera", "Debub", "ER", "Hospital Street", "+291 1 000 129",
                 "admin@mendefera-zrh.example"),
        Employer("National Health Laboratory", "Asmara", "Maekel", "ER", "Sematat Avenue, P.O. Box 1686",
                 "+291 1 000 980", "nhl@moh-er.example", "lab"),
    ],
    signers=["Dr. Berhane Debru", "Mr. Tesfay Kahsay", "Ms. Azieb Ghebreab", "Mr. Goitom Andemariam"],
    curricula=[_cur("er_mls", "Bachelor of Science in Clinical Laboratory Sciences", "medical_laboratory_science",
                    ER_MLS, True),
               _cur("er_bio", "Bachelor of Science in Biology", "biology", ER_BIO),
               _cur("er_nur", "Bachelor of Science in Nursing", "nursing", ER_NUR)],
    mls_curriculum="er_mls", science_curricula=["er_bio"], nonqualifying_curricula=["er_nur"],
    positions_mls=["Clinical Laboratory Technologist", "Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"CHS/{sy % 100:02d}/{rng.randint(1000, 9999)}",
    honours=["Great Distinction", "Distinction", "Very Great Distinction", ""],
)
K.register(PACK)
add_department_phrases("ER", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Bacteriology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis and Parasitology"],
    "molecular": ["Molecular Laboratory"], "phlebotomy": ["Sample Collection Room"], "other": ["Histopathology"]})

POINTS = [("A", 4.0), ("A-", 3.7), ("B+", 3.3), ("B", 3.0), ("B-", 2.7), ("C+", 2.3), ("C", 2.0), ("D", 1.0)]
PTS = dict(POINTS)
ROMAN = ["I", "II", "III", "IV"]


def er_grade(s, r, salt):
    i = int((92 - r.score) / 6.0 + (k(s, salt) % 3) - 1)
    return POINTS[max(0, min(7, i))][0]


def er_rows(s):
    """[(year, key, start_year, [(r, grade, gp)], cr, gp, sgpa)], total cr, total gp, cgpa."""
    out, tc, tg = [], 0, 0.0
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            g = er_grade(s, r, f"g{i}.{j}")
            cr = int(r.spec.credits)
            rows.append((r, g, round(cr * PTS[g], 1)))
        cr = sum(int(r.spec.credits) for r, _, _ in rows)
        gp = round(sum(x for _, _, x in rows), 1)
        out.append((t.year, t.key, t.start_year, rows, cr, gp, r2(gp / cr)))
        tc += cr
        tg += gp
    return out, tc, round(tg, 1), r2(tg / tc)


def cgpa_of(s):
    return er_rows(s)[3]


def er_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 26, W - 26
    nm = name_form(person, "caps")
    sems, tc, tg, cgpa = er_rows(s)
    out = []
    p = Page(A4)
    star_seal(p, L + 30, 52, 24, 0.35, points=12)
    geez_line(p, W / 2, 34, "ሃገረ ኤርትራ", 8.5, bold=True)
    arabic_line(p, W / 2, 46, "دولة إرتريا", 8)
    p.text(W / 2, 58, "STATE OF ERITREA", FB, 8, "center")
    geez_line(p, W / 2, 71, inst.extra["ti"], 9)
    arabic_line(p, W / 2, 84, inst.extra["ar"], 8.5)
    p.text(W / 2, 98, inst.name.upper(), FB, 12, "center")
    p.text(W / 2, 109, f"Office of the Registrar — {inst.street}, {inst.city}", F, 7, "center")
    p.hline(L, R, 114, 1.0)
    p.text(W / 2, 127, "STUDENT ACADEMIC RECORD", FB, 11, "center")
    y = 140
    p.pieces(y, [(L, "Name:", "left", FB, 7.5), (L + 30, nm, "left"), (W / 2 - 20, "ID No.:", "left", FB, 7.5),
                 (W / 2 + 12, s.student_no, "left"), (R - 118, "Sex:", "left", FB, 7.5),
                 (R - 98, "Female" if person.sex == "F" else "Male", "left")], F, 7.5)
    y += 10
    p.pieces(y, [(L, "Program:", "left", FB, 7.5), (L + 38, cur.title, "left"),
                 (R - 118, "Admitted:", "left", FB, 7.5), (R - 80, s.admitted.strftime("%d/%m/%Y"), "left")], F, 7.5)
    y += 10
    p.pieces(y, [(L, "Date of Birth:", "left", FB, 7.5), (L + 56, s.dob.strftime("%d/%m/%Y"), "left"),
                 (W / 2 - 20, "Nationality:", "left", FB, 7.5), (W / 2 + 26, "Eritrean", "left"),
                 (R - 118, "Graduated:", "left", FB, 7.5), (R - 76, s.conferred.strftime("%d/%m/%Y"), "left")], F, 7.5)
    top = y + 10
    gw = (R - L - 10) / 2
    sz = 7

    def table(x0, y, yr):
        xs = [x0, x0 + 42, x0 + gw - 80, x0 + gw - 56, x0 + gw - 30, x0 + gw]
        ys = [t for t in sems if t[0] == yr]
        sy = ys[0][2]
        p.rect(x0, y, gw, 11, 0.5, 0, fill=0.8)
        p.text(x0 + gw / 2, y + 8, f"YEAR {ROMAN[yr - 1]} — {sy}/{sy + 1}", FB, 7.5, "center")
        y += 11
        p.rect(x0, y, gw, 10, 0.5, 0, fill=0.93)
        p.pieces(y + 7.5, [(xs[0] + 2, "Course No.", "left"), (xs[1] + 2, "Course Title", "left"),
                           ((xs[2] + xs[3]) / 2, "Cr. Hr", "center"), ((xs[3] + xs[4]) / 2, "Grade", "center"),
                           ((xs[4] + xs[5]) / 2, "Grade Pts", "center")], FB, 6.3)
        t0 = y
        y += 10
        for x in xs:
            p.vline(x, t0, y, 0.4)
        for _, key, _, rows, cr, gp, sgpa in ys:
            seg = y
            sem = "First Semester" if key == "S1" else "Second Semester"
            p.text(xs[1] + 2, y + 7.5, sem, FI, 6.6)
            y += 9.5
            for r, g, x in rows:
                p.pieces(y + 7.2, [(xs[0] + 2, r.code, "left"),
                                   (xs[1] + 2, r.spec.title, "left", F, fit_size(r.spec.title, F, sz, xs[2] - xs[1] - 4)),
                                   ((xs[2] + xs[3]) / 2, str(int(r.spec.credits)), "center"),
                                   ((xs[3] + xs[4]) / 2, g, "center"), (xs[5] - 4, f"{x:.1f}", "right")], F, sz)
                y += 9
                out.append(course_truth(r, f"Year {ROMAN[yr - 1]} — {sem}", int(r.spec.credits), g, "semester",
                                        grade_points=x))
            for x in xs:
                p.vline(x, seg, y + 1, 0.4)
            p.hline(x0, x0 + gw, y + 1, 0.3, 0.4)
            p.spaced(x0 + gw - 4, y + 8, [f"Sem. Cr. {cr}", f"GP {gp:.1f}", f"SGPA {sgpa:.2f}"], FB, 6, gap=7,
                     align="right")
            y += 11
            p.hline(x0, x0 + gw, y, 0.4)
        p.rect(x0, t0 - 11, gw, y - t0 + 11, 0.7, 0)
        return y + 8

    ya = table(L, top, 1)
    ya = table(L, ya, 2)
    yb = table(L + gw + 10, top, 3)
    yb = table(L + gw + 10, yb, 4)
    y = max(ya, yb) + 4
    p.hline(L, R, y, 1.0)
    p.spaced(L, y + 13, [f"Total Credit Hours Earned: {tc}", f"CGPA: {cgpa:.2f}"], FB, 9, gap=28)
    p.text(R, y + 13, "Medium of Instruction: English", FB, 7.5, "right")
    y += 26
    p.text(L, y, "Grading System: A = 4.0, A- = 3.7, B+ = 3.3, B = 3.0, B- = 2.7, C+ = 2.3, C = 2.0, D = 1.0, "
           "F = 0.0 (Fail), I = Incomplete, W = Withdrawn", F, 6.5)
    p.text(L, y + 9, "Sem. Cr. = credit hours of the semester; GP = grade points (credit hours x grade value); "
           "SGPA/CGPA = semester/cumulative grade point average", F, 6.5)
    yy = max(y + 70, H - 74)
    sign_block(p, rng, R - 100, yy, "Registrar", FB, 8, 140)
    p.text(L, yy, f"Date of issue: {s.conferred.strftime('%d/%m/%Y')}", F, 7.5)
    p.text(L, yy + 10, "Not valid without the College seal and the Registrar's signature.", FI, 6.5)
    star_seal(p, R - 200, yy - 10, 26, 0.45, points=12)
    return LayoutResult("transcript", "er_grid_record", FAMILY, by_reading_order([p]), [nm], out, "semester",
                        {"prints_totals": True, "cgpa": f"{cgpa:.2f}", "total_credit_hours": tc})


TRANSCRIPT_LAYOUTS = {"er_grid_record": (er_transcript, FAMILY, ("ER",))}
