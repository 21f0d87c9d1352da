"""Writer Y, round 12: Lesotho (LS). Country pack (a college of health sciences: "Diploma in Medical
Laboratory Sciences", three years, year-based; a university's Bachelor of Science in Biology; Diploma in
General Nursing) and the typed "STATEMENT OF ACADEMIC RECORD": one table per academic year with the
caption "YEAR ONE - 2014/2015", columns Course Code ("MLS 112") | Course Name | Credits (10, 12, 15, 20;
120 a year) | Mark % | Symbol (A, B, C, D, F) | Decision (P pass, SP pass after a supplementary
examination with the mark capped at 50, F fail, EX exempted); no gridlines; the table runs on from page
1 to page 2 with neither the year caption nor the column header repeated. Under each year "Year
Decision: PROCEED" (or "PROCEED WITH CARRY-OVER" when a course failed, which is taken again the next
year); under the final year "AWARD: Diploma in Medical Laboratory Sciences - Merit" (the credit-weighted
mean of the passing marks: Distinction 75, Merit 65, else Pass). A key to symbols and decisions at the
very bottom in small type; a round stamp over the Registrar's signature.

Credit basis: 10-notional-hour credits, 120 a full-time year: the existing "uk" system (x 1/4 SH,
120 = 30 SH), which is the same definition. A failed row is a truth row with passed False and
semester_hours 0; an exempted row has grade "EX" and transfer True (its credits count)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page
from .r12_y_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, k, parse, round_stamp,
                           sign_block)

LS_MLS = """
## 1 Y
MLS 111 | Human Anatomy and Physiology | 20 | B
MLS 112 | General Chemistry | 15 | C
MLS 113 | Cell Biology and Genetics | 15 | B
MLS 114 | Introduction to Medical Laboratory Practice | 15 | ?P
MLS 115 | Biostatistics | 10 | M
MLS 116 | Biochemistry I | 15 | C
GEN 111 | Communication Skills | 10 | O
GEN 112 | Computer Literacy | 10 | O
MLS 117 | Laboratory Safety and Ethics | 10 | O
## 2 Y
MLS 211 | Clinical Chemistry I | 15 | P
MLS 212 | Haematology I | 15 | P
MLS 213 | Medical Microbiology I | 15 | P
MLS 214 | Immunology and Serology | 12 | ?P
MLS 215 | Parasitology | 12 | P
MLS 216 | Biochemistry II | 12 | C
MLS 217 | Histopathology and Cytology Techniques | 12 | P
MLS 218 | Blood Transfusion Science | 15 | P
MLS 219 | Primary Health Care | 12 | O
## 3 Y
MLS 311 | Clinical Chemistry II | 15 | P
MLS 312 | Haematology II | 15 | P
MLS 313 | Medical Microbiology II | 15 | P
MLS 314 | Laboratory Management and Quality Assurance | 10 | P
MLS 315 | Research Project | 15 | O
MLS 316 | Clinical Attachment I | 20 | P | chemistry,hematology,urinalysis
MLS 318 | Clinical Attachment II | 20 | P | microbiology,blood_bank
MLS 317 | Molecular Diagnostics | 10 | ?P
"""

LS_BIO = """
## 1 Y
BIO 1501 | General Biology | 20 | B
CHE 1501 | General Chemistry | 20 | C
MAT 1501 | Mathematics for Scientists | 20 | M
PHY 1501 | Physics for Life Sciences | 20 | O
LAN 1501 | Communication and Study Skills | 20 | O
BIO 1502 | Introduction to Ecology | 20 | B
## 2 Y
BIO 2501 | Genetics | 20 | B
BIO 2502 | Microbiology | 20 | B
CHE 2501 | Organic Chemistry | 20 | C
BIO 2503 | Plant Biology | 20 | B
BIO 2504 | Animal Biology | 20 | B
STA 2501 | Biometry | 20 | M
## 3 Y
BIO 3501 | Molecular Biology | 20 | B
BIO 3502 | Animal Physiology | 20 | B
CHE 3501 | Biochemistry | 20 | C
BIO 3503 | Immunology | 20 | B
BIO 3504 | Plant Physiology | 20 | B
BIO 3505 | Evolution | 20 | B
## 4 Y
BIO 4501 | Research Project | 40 | O
BIO 4502 | Parasitology | 20 | B
BIO 4503 | Conservation Biology | 20 | B
BIO 4504 | Biotechnology | 20 | B
BIO 4505 | Entomology | 20 | B
"""

LS_NUR = """
## 1 Y
GNS 111 | Fundamentals of Nursing | 20 | O
GNS 112 | Anatomy and Physiology | 20 | B
GNS 113 | Nursing Practice I | 20 | O
GNS 114 | Psychology | 20 | O
GNS 115 | Microbiology for Nurses | 20 | ?B
GNS 116 | Communication Skills | 20 | O
## 2 Y
GNS 211 | Medical-Surgical Nursing | 20 | O
GNS 212 | Pharmacology | 20 | O
GNS 213 | Nursing Practice II | 40 | O
GNS 214 | Community Health Nursing | 20 | O
GNS 215 | Mental Health Nursing | 20 | O
## 3 Y
GNS 311 | Paediatric Nursing | 20 | O
GNS 312 | Midwifery Principles | 20 | O
GNS 313 | Nursing Practice III | 40 | O
GNS 314 | Nursing Management | 20 | O
GNS 315 | Research in Nursing | 20 | O
"""


def _cur(cid, title, field, table, level, years, clin=False):
    return C.Curriculum(cid, "LS", title, level, years, field, "uk", parse(table), 8, 11, clinical_training=clin)


LS_INST = [
    Institution("Thaba-Bosiu College of Health Sciences", "Maseru", "Maseru District", "LS", "Private Bag A112, Maseru 100",
                ("ls_mls", "ls_nur"), "college", extra={"short": "TBCHS"}),
    Institution("Leribe Institute of Health Sciences", "Hlotse", "Leribe District", "LS", "P.O. Box 288, Hlotse 300",
                ("ls_mls", "ls_nur"), "college", extra={"short": "LIHS"}),
    Institution("Maloti National University", "Roma", "Maseru District", "LS", "P.O. Roma 180",
                ("ls_bio",), "university", extra={"short": "MNU"}),
]

PACK = K.CountryPack(
    code="LS", name="Lesotho",
    given={"F": ["Palesa", "Lineo", "Mpho", "Nthabiseng", "Refiloe", "Lerato", "Mamello", "Tsepiso", "Puleng", "Limpho"],
           "M": ["Thabo", "Teboho", "Lehlohonolo", "Tumelo", "Katleho", "Rethabile", "Motlatsi", "Tšepo", "Khotso"]},
    surnames=["Mokoena", "Mohapi", "Letsie", "Molapo", "Ramakatsa", "Sekhesa", "Thamae", "Mofokeng", "Nthako",
              "Makhetha", "Posholi", "Khoabane"],
    middle={"F": [], "M": []},
    institutions=LS_INST,
    employers=[
        Employer("Senqu Valley District Hospital", "Quthing", "Quthing District", "LS", "Private Bag 7, Moyeni 700",
                 "+266 2275 0000", "senquhospital@health.example.ls"),
        Employer("Makhaleng District Hospital", "Mafeteng", "Mafeteng District", "LS", "P.O. Box 12, Mafeteng 900",
                 "+266 2270 0011", "makhaleng@health.example.ls"),
        Employer("St. Bernadette Mission Hospital", "Butha-Buthe", "Butha-Buthe District", "LS",
                 "P.O. Box 41, Butha-Buthe 400", "+266 2246 0045", "admin@stbernadette.example.ls", "mission"),
        Employer("Lesotho Diagnostic Laboratory Services", "Maseru", "Maseru District", "LS",
                 "Kingsway, Maseru 100", "+266 2232 0070", "hr@ldls.example.ls", "lab"),
    ],
    signers=["Mrs. 'Mamotšelisi Ntšekhe", "Mr. Lebohang Tlali", "Dr. Moeketsi Sefali", "Ms. Nthati Rapapa"],
    curricula=[_cur("ls_mls", "Diploma in Medical Laboratory Sciences", "medical_laboratory_science", LS_MLS, "diploma", 3,
                    True),
               _cur("ls_bio", "Bachelor of Science in Biology", "biology", LS_BIO, "bachelor", 4),
               _cur("ls_nur", "Diploma in General Nursing", "nursing", LS_NUR, "diploma", 3)],
    mls_curriculum="ls_mls", science_curricula=["ls_bio"], nonqualifying_curricula=["ls_nur"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Technician"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{inst.extra['short']}/{sy}/{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("LS", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology", "TB Laboratory"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["HIV Viral Load (PCR)"], "phlebotomy": ["Specimen Reception and Phlebotomy"],
    "other": ["Histology"]})

YEARS = ["ONE", "TWO", "THREE", "FOUR"]


def symbol(m):
    return "A" if m >= 75 else "B" if m >= 65 else "C" if m >= 55 else "D" if m >= 50 else "F"


def ls_mark(s, r, salt):
    m = 50 + (r.score - 45) / 47.0 * 34 + (k(s, salt) % 9 - 4)
    return max(50, min(88, int(round(m))))


def award_class(avg):
    return "Distinction" if avg >= 75 else "Merit" if avg >= 65 else "Pass"


def ls_rows(s):
    """[(caption, [(r, mark text, symbol, decision, passed, credits counted)])]"""
    out = []
    exempt = k(s, "ex") % 5 == 0
    n = len(s.terms)
    for i, t in enumerate(s.terms):
        out.append([f"YEAR {YEARS[i]} - {t.start_year}/{t.start_year + 1}", []])
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            if exempt and i == 0 and r.code.startswith(("GEN", "LAN")) and j == len(t.results) - 3:
                out[i][1].append((r, "-", "-", "EX", True))
                continue
            m = ls_mark(s, r, f"m{i}.{j}")
            f = k(s, f"f{i}.{j}")
            if not r.spec.areas and i + 1 < n and f % 19 == 0:
                bad = 35 + f % 14
                out[i][1].append((r, str(bad), "F", "F", False))
                out[i + 1][1].append((r, str(m), symbol(m), "P", True))
            elif not r.spec.areas and f % 11 == 3:
                out[i][1].append((r, "50", "D", "SP", True))
            else:
                out[i][1].append((r, str(m), symbol(m), "P", True))
    return out


def award_of(s):
    rows = ls_rows(s)
    pts = sum(int(m) * r.spec.credits for _, rs in rows for r, m, _, d, ok in rs if ok and d != "EX")
    cr = sum(r.spec.credits for _, rs in rows for r, m, _, d, ok in rs if ok and d != "EX")
    return award_class(pts / cr)


def ls_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    M, MB = "Courier", "Courier-Bold"
    T, TB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 50, W - 50
    nm = name_form(person, "caps")
    rows = ls_rows(s)
    courses = []
    X = [L, L + 62, L + 318, L + 372, L + 418, L + 462]
    sz, rh = 9, 16

    def new_page(n):
        p = Page(A4)
        if n == 1:
            p.logo(W / 2, 52, 20, 0, 0.3)
            p.text(W / 2, 92, inst.name.upper(), TB, 13, "center")
            p.text(W / 2, 105, inst.street, T, 9, "center")
            p.text(W / 2, 117, "OFFICE OF THE REGISTRAR", T, 9, "center")
            p.text(W / 2, 142, "STATEMENT OF ACADEMIC RECORD", MB, 12, "center")
            y = 166
            for a, b in (("NAME:", nm), ("STUDENT NUMBER:", s.student_no), ("PROGRAMME:", cur.title.upper()),
                         ("DATE OF FIRST REGISTRATION:", s.admitted.strftime("%d %B %Y").lstrip("0"))):
                p.pieces(y, [(L, a, "left", MB, 9), (L + 170, b, "left", M, 9)])
                y += 12
            y += 10
            p.pieces(y, [(X[0], "Course Code", "left"), (X[1], "Course Name", "left"), (X[2] + 34, "Credits", "right"),
                         (X[3] + 30, "Mark %", "right"), (X[4], "Symbol", "left"), (X[5], "Decision", "left")], MB, sz)
            return p, y + 16
        return p, 60

    fl = Flow(new_page, 56)
    all_pts, all_cr = 0.0, 0
    for i, (cap, rs) in enumerate(rows):
        fl.need(rh * 2)
        fl.page.text(L, fl.y, cap, MB, 9)
        fl.y += rh + 2
        carry = False
        for r, m, sym, dec, ok in rs:
            fl.need(rh)
            cr = int(r.spec.credits)
            fl.page.pieces(fl.y, [(X[0], r.code, "left"), (X[1], r.spec.title, "left"), (X[2] + 34, str(cr), "right"),
                                  (X[3] + 30, m, "right"), (X[4] + 14, sym, "center"), (X[5] + 20, dec, "center")],
                           M, sz)
            fl.y += rh
            if dec == "EX":
                courses.append(course_truth(r, cap, cr, "EX", "uk", transfer=True, decision=dec))
            elif not ok:
                carry = True
                courses.append(course_truth(r, cap, cr, m, "uk", passed=False, semester_hours=0, decision=dec))
            else:
                all_pts += int(m) * cr
                all_cr += cr
                courses.append(course_truth(r, cap, cr, m, "uk", symbol=sym, decision=dec))
        fl.need(rh * 2)
        fl.y += 4
        if i == len(rows) - 1:
            fl.page.text(L, fl.y, f"AWARD: {cur.title} - {award_class(all_pts / all_cr)}", MB, 9.2)
        else:
            fl.page.text(L, fl.y, f"Year Decision: {'PROCEED WITH CARRY-OVER' if carry else 'PROCEED'}", MB, 8.8)
        fl.y += rh + 8
    avg = all_pts / all_cr
    award = award_class(avg)
    fl.need(170)
    p, y = fl.page, fl.y
    y += 14
    p.text(L, y, f"Date of Award: {s.conferred.day} {s.conferred.strftime('%B %Y')}", M, 8.8)
    y += 60
    sign_block(p, rng, R - 110, y, "REGISTRAR", TB, 9, 160)
    round_stamp(p, R - 110, y - 8, 32, 0.42)
    p.text(L, y, f"Date of issue: {(s.conferred + __import__('datetime').timedelta(days=14 + k(s, 'iss') % 200)).strftime('%d/%m/%Y')}", M, 8.4)
    ky = H - 62
    p.hline(L, R, ky - 10, 0.4)
    p.text(L, ky, "KEY: Symbols: A 75-100%; B 65-74%; C 55-64%; D 50-54%; F 0-49%.", T, 6.8)
    p.text(L, ky + 8, "Decisions: P - Pass; SP - Pass after supplementary examination (mark capped at 50%); F - Fail; "
                      "EX - Exempted.", T, 6.8)
    p.text(L, ky + 16, "One credit represents ten notional hours of learning; a full academic year carries 120 credits.",
           T, 6.8)
    pages = fl.pages
    return LayoutResult("transcript", "ls_statement_academic_record", FAMILY, by_reading_order(pages), [nm], courses,
                        "uk", {"prints_totals": False, "award": award})


TRANSCRIPT_LAYOUTS = {"ls_statement_academic_record": (ls_transcript, FAMILY, ("LS",))}
