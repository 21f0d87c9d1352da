"""Writer Z, round 12: The Gambia (GM). Country pack (an invented college's School of Nursing and
Public Health / allied health: "Higher National Diploma in Medical Laboratory Sciences", three years,
six semesters; a university's BSc in Biology; the college's Higher National Diploma in Nursing) and
the typewriter-style "ACADEMIC TRANSCRIPT": letter size, Courier, all upper case, each semester a
block "FIRST SEMESTER 2016/2017" with `COURSE NO. | DESCRIPTIVE TITLE | UNITS | GRADE | Q.P.` (long
titles wrapped on a second line indented under the title), an "R" in a small column before the code
for a repeated course, one summary line per semester "SEM. UNITS 18  SEM. Q.P. 54.0  GPA 3.00  CUM.
UNITS 36  CUM. Q.P. 110.5  CGPA 3.07", typed "====" and "----" rules only, "TRANSCRIPT OF <NAME> -
CONTINUED" on later pages, "TOTAL UNITS EARNED: 104  CGPA: 3.12", "**END OF TRANSCRIPT**".

Credit basis: semester units, system "semester" (1 unit = 1 SH). A failed first attempt (F, 0 Q.P.)
is printed with its units and counts in SEM./CUM. UNITS and the GPAs (units attempted); it earns no
units (truth `passed: false`, 0 SH); the repeat in the next semester carries the "R"."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LETTER, Page
from .r6_l_common import parse
from .r12_z_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, failed_then_passed, k, r2,
                           sign_block, round_stamp)

GM_HND = """
## 1 S1
MLS 111 | Human Anatomy and Physiology I | 3 | B
MLS 112 | General Chemistry | 3 | C
MLS 113 | Introduction to Medical Laboratory Science | 3 | P
GST 111 | Communication Skills in English | 3 | O
MTH 111 | Basic Mathematics | 3 | M
MLS 114 | Laboratory Safety and First Aid | 2 | P
## 1 S2
MLS 121 | Human Anatomy and Physiology II | 3 | B
MLS 122 | Organic Chemistry | 3 | C
MLS 123 | General Microbiology | 3 | B
MLS 124 | Cell Biology | 3 | B
GST 121 | Introduction to Computing | 2 | O
MTH 121 | Biostatistics | 3 | M
## 2 S1
MLS 211 | Biochemistry | 3 | C
MLS 212 | Haematology I | 3 | P
MLS 213 | Medical Parasitology | 3 | P
MLS 214 | Medical Bacteriology | 3 | P
MLS 215 | Immunology and Serology | 3 | ?B
PHC 211 | Primary Health Care and Epidemiology | 2 | O
## 2 S2
MLS 221 | Clinical Chemistry I | 3 | P
MLS 222 | Haematology II and Blood Coagulation | 3 | P
MLS 223 | Blood Transfusion Science | 3 | ?P
MLS 224 | Histopathology and Cytology Techniques | 3 | P
MLS 225 | Mycology and Virology | 3 | ?P
PHC 221 | Health Education and Communication | 2 | O
## 3 S1
MLS 311 | Clinical Chemistry II | 3 | P
MLS 312 | Clinical Microbiology | 3 | ?P
MLS 313 | Urinalysis and Body Fluids | 3 | P
MLS 314 | Laboratory Management and Quality Assurance | 3 | P
MLS 315 | Research Methodology | 3 | O
## 3 S2
MLS 321 | Molecular Biology Techniques | 3 | ?P
MLS 322 | Clinical Attachment (Hospital) | 6 | P | hematology,blood_bank,microbiology,chemistry
MLS 323 | Research Project | 4 | O
"""

GM_BIO = """
## 1 S1
BIO 111 | General Biology I | 3 | B
CHM 111 | General Chemistry I | 3 | C
MTH 111 | College Algebra | 3 | M
ENG 111 | English Composition | 3 | O
## 1 S2
BIO 121 | General Biology II | 3 | B
CHM 121 | General Chemistry II | 3 | C
MTH 121 | Statistics | 3 | M
## 2 S1
BIO 211 | Genetics | 3 | B
BIO 212 | Microbiology | 3 | B
CHM 211 | Organic Chemistry I | 3 | C
## 2 S2
BIO 221 | Ecology | 3 | ?B
BIO 222 | Botany | 3 | B
CHM 221 | Organic Chemistry II | 3 | C
## 3 S1
BIO 311 | Cell Biology | 3 | B
BIO 312 | Animal Physiology | 3 | B
CHM 311 | Biochemistry | 3 | C
## 3 S2
BIO 321 | Immunology | 3 | ?B
BIO 322 | Parasitology | 3 | B
## 4 S1
BIO 411 | Molecular Biology | 3 | B
BIO 412 | Research Methods | 3 | O
## 4 S2
BIO 421 | Research Project | 6 | O
BIO 422 | Evolution | 3 | B
"""

GM_NUR = """
## 1 S1
NUR 111 | Fundamentals of Nursing I | 4 | O
NUR 112 | Anatomy and Physiology | 3 | B
## 1 S2
NUR 121 | Fundamentals of Nursing II | 4 | O
## 2 S1
NUR 211 | Medical-Surgical Nursing I | 4 | O
## 2 S2
NUR 221 | Maternal and Child Health Nursing | 4 | O
## 3 S1
NUR 311 | Community Health Nursing | 4 | O
## 3 S2
NUR 321 | Clinical Nursing Practice (Hospital) | 6 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "GM", title, level, years, field, "semester", parse(text), 9, 11, clinical_training=clin)


GM_INST = [
    Institution("Kombo Coast College of Health Sciences", "Brikama", "West Coast", "GM", "Brikama Highway",
                ("gm_hnd", "gm_nur"), "college", extra={"school": "SCHOOL OF NURSING, PUBLIC HEALTH AND ALLIED HEALTH"}),
    Institution("University of the Gambia River Basin", "Serekunda", "Kanifing", "GM", "Kanifing Institutional Layout",
                ("gm_bio",), "university", extra={"school": "SCHOOL OF ARTS AND SCIENCES"}),
]

PACK = K.CountryPack(
    code="GM", name="The Gambia",
    given={"F": ["Fatou", "Isatou", "Mariama", "Awa", "Haddy", "Kaddy", "Binta", "Ndey", "Oumie", "Sainabou"],
           "M": ["Lamin", "Ebrima", "Modou", "Omar", "Alieu", "Momodou", "Bakary", "Ousman", "Saikou", "Pa"]},
    surnames=["Jallow", "Ceesay", "Touray", "Sanneh", "Darboe", "Njie", "Bojang", "Jammeh", "Sowe", "Camara", "Manneh",
              "Jobe"],
    middle={"F": ["Yassin", "Amie"], "M": ["Abdoulie", "Musa"]},
    institutions=GM_INST,
    employers=[
        Employer("Kotu Creek Teaching Hospital", "Banjul", "Banjul", "GM", "Independence Drive",
                 "+220 422 0000", "hr@kcth.example"),
        Employer("Bansang Riverside Regional Hospital", "Bansang", "Central River", "GM", "Hospital Road",
                 "+220 567 0000", "admin@brrh.example"),
        Employer("Farafenni North Bank General Hospital", "Farafenni", "North Bank", "GM", "Trans-Gambia Highway",
                 "+220 573 0000", "hr@fnbgh.example"),
        Employer("Kairaba Medical Diagnostics", "Serekunda", "Kanifing", "GM", "Kairaba Avenue", "+220 446 0000",
                 "info@kairabadiag.example", "lab"),
    ],
    signers=["Dr. Momodou L. Jallow", "Mrs. Isatou Ceesay-Touray", "Mr. Ebrima Sanneh"],
    curricula=[_cur("gm_hnd", "Higher National Diploma in Medical Laboratory Sciences", "diploma", 3,
                    "medical_laboratory_science", GM_HND, True),
               _cur("gm_bio", "Bachelor of Science in Biology", "bachelor", 4, "biology", GM_BIO),
               _cur("gm_nur", "Higher National Diploma in Nursing", "diploma", 3, "nursing", GM_NUR)],
    mls_curriculum="gm_hnd", science_curricula=["gm_bio"], nonqualifying_curricula=["gm_nur"],
    positions_mls=["Medical Laboratory Scientist", "Medical Laboratory Technician"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("GM", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology"], "phlebotomy": ["Phlebotomy"], "other": ["Parasitology"]})

GP = {"A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D": 1.0, "F": 0.0}
ORD = ["FIRST", "SECOND"]


def grade(s, i, j, r):
    idx = max(0, min(5, (90 - r.score) // 8 + (k(s, f"g{i}.{j}") % 3) - 1))
    return ["A", "B+", "B", "C+", "C", "D"][idx]


def gm_name(person):
    return " ".join(x for x in (person.given, person.middle or "", person.surname) if x).upper()


def gm_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Courier", "Courier-Bold"
    W, H = LETTER
    L = 54
    sz = 9
    cw = 5.4     # Courier 9 pt advance
    nm = gm_name(person)
    rows = failed_then_passed(s, s.terms, "gmrep", every=3)
    pages, out = [], []
    p, y = None, 0

    def new_page(first):
        nonlocal p, y
        p = Page(LETTER)
        pages.append(p)
        if first:
            p.text(W / 2, 50, inst.name.upper(), FB, 11, "center")
            p.text(W / 2, 63, inst.extra["school"], F, sz, "center")
            p.text(W / 2, 76, f"{inst.city.upper()}, THE GAMBIA", F, sz, "center")
            p.text(W / 2, 100, "ACADEMIC TRANSCRIPT", FB, 11, "center")
            p.text(L, 122, f"NAME: {nm}", F, sz)
            p.text(L, 134, f"STUDENT NO.: {s.student_no}", F, sz)
            p.text(L, 146, f"PROGRAMME: {cur.title.upper()}", F, sz)
            p.text(L, 158, f"DATE OF BIRTH: {s.dob.strftime('%d/%m/%Y')}", F, sz)
            y = 178
        else:
            p.text(L, 50, f"TRANSCRIPT OF {nm} - CONTINUED", F, sz)
            y = 70
        p.text(L, y, "=" * 92, F, sz)
        y += 11
        p.pieces(y, [(L + 2 * cw, "COURSE NO.", "left"), (L + 13 * cw, "DESCRIPTIVE TITLE", "left"),
                     (L + 66 * cw, "UNITS", "left"), (L + 74 * cw, "GRADE", "left"), (L + 83 * cw, "Q.P.", "left")],
                 F, sz)
        y += 11
        p.text(L, y, "=" * 92, F, sz)
        y += 16

    new_page(True)
    cu = cq = 0.0
    earned = 0
    for i, t in enumerate(s.terms):
        block = 12 * (len(rows[i]) + 4) + 20
        if y + block > H - 60:
            new_page(False)
        sy = t.start_year
        lab = f"{ORD[0 if t.key == 'S1' else 1]} SEMESTER {sy}/{sy + 1}"
        p.text(L + 2 * cw, y, lab, FB, sz)
        y += 14
        su = sq = 0.0
        for j, (r, failed, repeat) in enumerate(rows[i]):
            u = int(r.spec.credits)
            g = "F" if failed else grade(s, i, j, r)
            qp = u * GP[g]
            su += u
            sq += qp
            if not failed:
                earned += u
            title = r.spec.title.upper()
            lines = [title] if len(title) <= 40 else _split(title, 40)
            items = [(L + 2 * cw, r.spec.code, "left"), (L + 13 * cw, lines[0], "left"), (L + 68 * cw, str(u), "left"),
                     (L + 75 * cw, g, "left"), (L + 88 * cw, f"{qp:.1f}", "right")]
            if repeat:
                items.insert(0, (L, "R", "left"))
            p.pieces(y, items, F, sz)
            for ln in lines[1:]:
                y += 11
                p.text(L + 15 * cw, y, ln, F, sz)
            y += 12
            extra = {"passed": False, "semester_hours": 0} if failed else {}
            if repeat:
                extra["repeated"] = True
            out.append(course_truth(r, lab, u, g, "semester", title=" ".join(lines), code=r.spec.code,
                                    quality_points=qp, **extra))
        cu += su
        cq += sq
        p.text(L + 2 * cw, y, "-" * 88, F, sz)
        y += 11
        p.text(L + 2 * cw, y, f"SEM. UNITS {int(su)} SEM. Q.P. {sq:.1f} GPA {r2(sq / su):.2f} CUM. UNITS {int(cu)} "
               f"CUM. Q.P. {cq:.1f} CGPA {r2(cq / cu):.2f}", F, sz)
        y += 22
    if y + 130 > H - 40:
        new_page(False)
    p.text(L, y, "=" * 92, F, sz)
    y += 14
    p.text(L + 2 * cw, y, f"TOTAL UNITS EARNED: {earned} CGPA: {r2(cq / cu):.2f}", FB, sz)
    y += 14
    p.text(L + 2 * cw, y, f"AWARD: {cur.title.upper()}", F, sz)
    y += 12
    p.text(L + 2 * cw, y, f"DATE OF AWARD: {s.conferred.strftime('%d/%m/%Y')}", F, sz)
    y += 20
    p.text(W / 2, y, "**END OF TRANSCRIPT**", FB, sz, "center")
    y += 56
    sign_block(p, rng, W - 160, y, "REGISTRAR", F, sz, 170)
    round_stamp(p, W - 260, y - 16, 30, 0.45)
    p.text(L, y + 10, "GRADING: A=4.0 B+=3.5 B=3.0 C+=2.5 C=2.0 D=1.0 F=0.0", F, 7.5)
    p.text(L, y + 20, "R = REPEATED COURSE. NOT VALID WITHOUT THE COLLEGE SEAL.", F, 7.5)
    for n, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 30, f"PAGE {n} OF {len(pages)}", F, 8, "center")
    return LayoutResult("transcript", "z_gm_typed", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True})


def _split(title, n):
    words, lines, cur = title.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


TRANSCRIPT_LAYOUTS = {"z_gm_typed": (gm_transcript, FAMILY, ("GM",))}
