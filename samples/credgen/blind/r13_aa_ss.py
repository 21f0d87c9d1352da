"""Writer AA, round 13: South Sudan (SS). Country pack (an invented public university's College of
Medicine: "Diploma in Medical Laboratory Sciences", three academic years of two semesters; its
College of Science "Bachelor of Science in Biology"; a "Diploma in Nursing and Midwifery") and the
"ACADEMIC TRANSCRIPT" typed in a typewriter-like monospace face on A4: "YEAR I (2013/2014)" then
"Semester One" / "Semester Two" sub-captions, columns aligned with spaces and no rules at all:
`Code | Course Title | C.H. | Marks % | Grade | Remarks` (A 80-100, B+ 75-79, B 70-74, C+ 65-69,
C 60-64, D 50-59, F below 50; "Pass", "Supp." for a course passed at the supplementary
examination, "Repeat" for a failed course taken again the next year); after each year "Annual
Average: 67.8% Cumulative Credit Hours: 38 Decision: PASS - PROCEED TO YEAR II"; for one candidate
in three a year "Academic year 2015/2016: FROZEN (insecurity)" between two years; at the end
"Classification: CREDIT", "Date of completion: 14 March 2017" and the key to grades; a purple
"CERTIFIED TRUE COPY" rubber stamp at an angle over the text (a picture: ink, not text) and a
handwritten-looking signature.

Truth: credit_system "semester" (the C.H. are semester credit hours, 1 C.H. = 1 SH); grade = the
letter printed, the mark and the remark are kept as `marks` and `remark`. A "Repeat" row is a failed
attempt (`passed: false`, its C.H. printed but not earned); the course passed the next year is its
own row. "Cumulative Credit Hours" counts earned hours only; the annual average is the C.H.-weighted
mean of every mark printed that year (failed attempts included), to one decimal.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page
from .r13_aa_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, en_date, k, parse,
                            purple_stamp, r1)

SS_DMLS = """
## 1 S1
MLS 101 | Human Anatomy | 3 | B
MLS 102 | General Chemistry | 3 | C
MLS 103 | Cell Biology | 3 | B
MLS 104 | Introduction to Medical Laboratory Sciences | 2 | P
ENG 101 | English for Health Sciences | 2 | O
MTH 101 | Basic Mathematics and Statistics | 2 | M
## 1 S2
MLS 111 | Human Physiology | 3 | B
MLS 112 | Organic Chemistry | 3 | C
MLS 113 | Laboratory Instrumentation and Safety | 3 | ?P
MLS 114 | General Microbiology | 3 | B
CSC 111 | Computer Applications | 2 | O
DEV 111 | Development Studies | 2 | O
## 2 S1
MLS 201 | Biochemistry | 4 | C
MLS 202 | Haematology I | 3 | P
MLS 203 | Medical Bacteriology | 4 | P
MLS 204 | Medical Parasitology | 3 | P
MLS 205 | Immunology and Serology | 3 | ?B
## 2 S2
MLS 211 | Clinical Chemistry I | 4 | P
MLS 212 | Haematology II | 3 | P
MLS 213 | Blood Transfusion Science | 3 | ?P
MLS 214 | Mycology and Virology | 3 | ?P
MLS 215 | Urinalysis and Body Fluids | 2 | P
## 3 S1
MLS 301 | Clinical Chemistry II | 4 | P
MLS 302 | Histopathology and Cytology | 3 | P
MLS 303 | Clinical Microbiology | 4 | ?P
MLS 304 | Laboratory Management and Quality Assurance | 2 | P
MLS 305 | Research Methods | 2 | ?O
## 3 S2
MLS 311 | Clinical Attachment (Teaching Hospital) | 8 | P | chemistry,hematology,microbiology,blood_bank
MLS 312 | Research Project | 4 | O
MLS 313 | Medical Ethics and Professional Conduct | 2 | O
"""

SS_BIO = """
## 1 S1
BIO 101 | General Biology I | 4 | B
CHM 101 | General Chemistry I | 4 | C
MTH 101 | Calculus I | 3 | M
ENG 101 | English Language | 2 | O
## 1 S2
BIO 102 | General Biology II | 4 | B
CHM 102 | General Chemistry II | 4 | C
MTH 102 | Statistics | 3 | M
DEV 101 | Development Studies | 2 | O
## 2 S1
BIO 201 | Zoology | 4 | B
BIO 202 | Botany | 4 | B
CHM 201 | Organic Chemistry | 4 | C
## 2 S2
BIO 211 | Genetics | 4 | B
BIO 212 | Microbiology | 4 | B
CHM 211 | Analytical Chemistry | 3 | C
## 3 S1
BIO 301 | Cell and Molecular Biology | 4 | B
BIO 302 | Animal Physiology | 4 | B
BIO 303 | Biochemistry | 4 | C
## 3 S2
BIO 311 | Ecology | 4 | ?B
BIO 312 | Parasitology | 3 | B
BIO 313 | Immunology | 3 | ?B
## 4 S1
BIO 401 | Plant Physiology | 4 | B
BIO 402 | Entomology | 3 | B
BIO 403 | Research Methods | 3 | O
## 4 S2
BIO 411 | Research Project | 6 | O
BIO 412 | Evolution | 3 | B
"""

SS_NUR = """
## 1 S1
NUR 101 | Fundamentals of Nursing I | 4 | O
NUR 102 | Anatomy and Physiology | 4 | B
NUR 103 | Communication Skills | 2 | O
## 1 S2
NUR 111 | Fundamentals of Nursing II | 4 | O
NUR 112 | Community Health Nursing | 3 | O
NUR 113 | Microbiology and Parasitology | 3 | ?B
## 2 S1
NUR 201 | Medical-Surgical Nursing I | 4 | O
NUR 202 | Pharmacology | 3 | O
NUR 203 | Midwifery I | 4 | O
## 2 S2
NUR 211 | Medical-Surgical Nursing II | 4 | O
NUR 212 | Midwifery II | 4 | O
NUR 213 | Paediatric Nursing | 3 | O
## 3 S1
NUR 301 | Mental Health Nursing | 3 | O
NUR 302 | Midwifery III | 4 | O
NUR 303 | Nursing Management | 3 | O
## 3 S2
NUR 311 | Clinical Practice (Hospital) | 8 | O
NUR 312 | Research Project | 3 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "SS", title, level, years, field, "semester", parse(text), 9, 3, clinical_training=clin)


SS_INST = [
    Institution("Equatoria Nile University", "Juba", "Central Equatoria", "SS", "Airport Road, P.O. Box 82",
                ("ss_dmls", "ss_bio", "ss_nur"), "university", extra={"short": "ENU"}),
    Institution("Bahr el Jebel University of Health Sciences", "Juba", "Central Equatoria", "SS",
                "Munuki Block B, P.O. Box 417", ("ss_dmls", "ss_bio", "ss_nur"), "university", extra={"short": "BJU"}),
]

PACK = K.CountryPack(
    code="SS", name="South Sudan",
    given={"F": ["Nyandeng", "Achol", "Abuk", "Akuol", "Nyakim", "Rebecca", "Grace", "Mary", "Ajak", "Nyibol"],
           "M": ["Deng", "Garang", "Mabior", "Lual", "Majok", "James", "Peter", "Kuol", "Ladu", "Wani"]},
    surnames=["Akech", "Malual", "Ayuen", "Lado", "Wani", "Bol", "Chol", "Deng", "Kenyi", "Majok", "Makuei", "Lomoro"],
    middle={"F": ["Mabior", "Deng", "Garang", "Lual", "Kuol"], "M": ["Mabior", "Deng", "Garang", "Lual", "Kuol"]},
    institutions=SS_INST,
    employers=[
        Employer("Kator Teaching Hospital", "Juba", "Central Equatoria", "SS", "Kator Road, P.O. Box 211",
                 "+211 920 000 111", "hr.kth@moh-ss.example"),
        Employer("Malakia Teaching Hospital", "Malakal", "Upper Nile", "SS", "Hospital Road, Malakal Town",
                 "+211 920 000 222", "admin.mth@moh-ss.example"),
        Employer("Yei River State Hospital", "Yei", "Central Equatoria", "SS", "Hospital Street, Yei",
                 "+211 920 000 333", "yrsh@moh-ss.example"),
        Employer("Hai Cinema Diagnostic Laboratory", "Juba", "Central Equatoria", "SS", "Hai Cinema, Juba",
                 "+211 920 000 444", "info@hcdl.example", "lab"),
    ],
    signers=["Dr. Michael Lado Kenyi", "Dr. Rebecca Achol Deng", "Mr. Samuel Wani Lomoro"],
    curricula=[_cur("ss_dmls", "Diploma in Medical Laboratory Sciences", "diploma", 3, "medical_laboratory_science",
                    SS_DMLS, True),
               _cur("ss_bio", "Bachelor of Science in Biology", "bachelor", 4, "biology", SS_BIO),
               _cur("ss_nur", "Diploma in Nursing and Midwifery", "diploma", 3, "nursing", SS_NUR)],
    mls_curriculum="ss_dmls", science_curricula=["ss_bio"], nonqualifying_curricula=["ss_nur"],
    positions_mls=["Medical Laboratory Technologist", "Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{inst.extra['short']}/CM/{sy}/{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SS", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["GeneXpert (Molecular)"], "phlebotomy": ["Sample Collection"], "other": ["Parasitology"]})

ROMAN = ["I", "II", "III", "IV", "V"]
BANDS = [(80, "A"), (75, "B+"), (70, "B"), (65, "C+"), (60, "C"), (50, "D"), (0, "F")]


def letter(m):
    for lo, g in BANDS:
        if m >= lo:
            return g


def marks(s, i, j, r):
    m = 48 + (r.score - 45) * 0.75 + (k(s, f"m{i}.{j}") % 11) - 4
    return int(max(50, min(93, m)))


def year_plan(s):
    """{study year: first calendar year}, and the frozen calendar year (or None)."""
    years = sorted({t.year for t in s.terms})
    sy0 = s.terms[0].start_year
    frz_after = None
    if len(years) >= 3 and k(s, "frz") % 3 == 0:
        frz_after = years[k(s, "frza") % (len(years) - 1)]
    out = {}
    for y in years:
        out[y] = sy0 + y - 1 - (1 if frz_after is not None and y <= frz_after else 0)
    frozen = out[frz_after] + 1 if frz_after is not None else None
    return out, frozen, frz_after


def rows_by_year(s):
    """{study year: {'S1'|'S2': [(result, marks, grade, remark, passed)]}}; a Repeat moves a course."""
    years = sorted({t.year for t in s.terms})
    out = {y: {"S1": [], "S2": []} for y in years}
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            m = marks(s, i, j, r)
            rem = "Pass"
            if k(s, f"sp{i}.{j}") % 13 == 0 and not r.spec.areas:
                m, rem = 50 + k(s, f"sv{i}.{j}") % 4, "Supp."
            out[t.year][t.key].append((r, m, letter(m), rem, True))
    rep = k(s, "rep") % 4 == 0 and len(years) >= 3
    if rep:
        y = years[k(s, "repy") % (len(years) - 1)]
        key = "S1" if k(s, "repk") % 2 else "S2"
        cands = [x for x in out[y][key] if not x[0].spec.areas and x[3] == "Pass"]
        if cands:
            x = cands[k(s, "repc") % len(cands)]
            idx = out[y][key].index(x)
            fm = 31 + k(s, "repm") % 17
            out[y][key][idx] = (x[0], fm, "F", "Repeat", False)
            out[y + 1][key].append((x[0], x[1], x[2], "Pass", True))
    return out


def classification(s):
    """Distinction / Credit / Pass from the C.H.-weighted mean of every mark printed."""
    data = rows_by_year(s)
    ms = [(int(r.spec.credits), m) for y in data for key in data[y] for r, m, _, _, _ in data[y][key]]
    fin = sum(c * m for c, m in ms) / sum(c for c, _ in ms)
    return "DISTINCTION" if fin >= 75 else "CREDIT" if fin >= 65 else "PASS"


def ss_name(person):
    return person.full.upper()


def ss_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Courier", "Courier-Bold"
    nm = ss_name(person)
    W, H = A4
    L = 56
    cols = [L, L + 62, L + 300, L + 336, L + 386, L + 428]
    pages, out = [], []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        if len(pages) == 1:
            p.text(W / 2, 48, inst.name.upper(), FB, 12, "center")
            p.text(W / 2, 62, "COLLEGE OF MEDICINE" if cur.id != "ss_bio" else "COLLEGE OF SCIENCE", FB, 10, "center")
            p.text(W / 2, 74, "OFFICE OF THE ACADEMIC REGISTRAR", F, 9, "center")
            p.text(W / 2, 74 + 12, f"{inst.street}, {inst.city}, SOUTH SUDAN", F, 8, "center")
            p.text(W / 2, 112, "ACADEMIC TRANSCRIPT", FB, 13, "center")
            p.text(L, 136, f"NAME OF STUDENT : {nm}", F, 9)
            p.text(L, 148, f"REG. NO. : {s.student_no}", F, 9)
            p.text(L, 160, f"PROGRAMME : {cur.title.upper()}", F, 9)
            adm = s.admitted.replace(year=year_plan(s)[0][s.terms[0].year])
            p.text(L, 172, f"DATE OF ADMISSION : {adm.strftime('%d/%m/%Y')}", F, 9)
            st["y"] = 196
        else:
            p.text(L, 50, f"ACADEMIC TRANSCRIPT (CONT.) - {nm} - {s.student_no}", F, 8.5)
            st["y"] = 74
        return p

    def need(h):
        if st["y"] + h > H - 50:
            new_page()

    new_page()
    plan, frozen, frz_after = year_plan(s)
    data = rows_by_year(s)
    cum = 0
    all_marks = []
    sem_names = {"S1": "Semester One", "S2": "Semester Two"}
    years = sorted(data)
    for y in years:
        sy = plan[y]
        need(60)
        p = st["p"]
        p.text(L, st["y"], f"YEAR {ROMAN[y - 1]} ({sy}/{sy + 1})", FB, 9.5)
        st["y"] += 16
        ymarks = []
        for key in ("S1", "S2"):
            rows = data[y][key]
            if not rows:
                continue
            need(28 + 11 * len(rows))
            p = st["p"]
            p.text(L, st["y"], sem_names[key], FB, 9)
            st["y"] += 12
            p.pieces(st["y"], [(cols[0], "Code", "left"), (cols[1], "Course Title", "left"),
                               (cols[2] + 22, "C.H.", "right"), (cols[3] + 36, "Marks %", "right"),
                               (cols[4] + 10, "Grade", "left"), (cols[5] + 8, "Remarks", "left")], F, 8.5)
            st["y"] += 12
            term = f"Year {ROMAN[y - 1]} ({sy}/{sy + 1}) - {sem_names[key]}"
            for r, m, g, rem, ok in rows:
                ch = int(r.spec.credits)
                p.pieces(st["y"], [(cols[0], r.code, "left"), (cols[1], r.spec.title, "left"),
                                   (cols[2] + 22, str(ch), "right"), (cols[3] + 36, str(m), "right"),
                                   (cols[4] + 10, g, "left"), (cols[5] + 8, rem, "left")], F, 8.5)
                st["y"] += 11
                extra = {"marks": m, "remark": rem}
                if not ok:
                    extra["passed"] = False
                out.append(course_truth(r, term, ch, g, "semester", **extra))
                ymarks.append((ch, m))
                if ok:
                    cum += ch
            st["y"] += 6
        avg = r1(sum(c * m for c, m in ymarks) / sum(c for c, _ in ymarks))
        all_marks += ymarks
        last = y == years[-1]
        dec = "PASS - RECOMMENDED FOR THE AWARD" if last else f"PASS - PROCEED TO YEAR {ROMAN[y]}"
        need(30)
        p = st["p"]
        p.pieces(st["y"], [(L, f"Annual Average: {avg:.1f}%", "left"),
                           (L + 128, f"Cumulative Credit Hours: {cum}", "left"),
                           (L + 280, f"Decision: {dec}", "left")], FB, 7.8)
        st["y"] += 20
        if frz_after == y:
            need(24)
            st["p"].text(L, st["y"], f"Academic year {frozen}/{frozen + 1}: FROZEN (insecurity)", FB, 9)
            st["y"] += 22
    need(150)
    p = st["p"]
    cls = classification(s)
    y = st["y"] + 4
    p.text(L, y, f"Classification: {cls}", FB, 9.5)
    p.text(L, y + 13, f"Date of completion: {en_date(s.conferred)}", F, 9)
    p.text(L, y + 26, f"Total Credit Hours Earned: {cum}", F, 9)
    p.text(L, y + 46, "KEY TO GRADES:", FB, 8)
    p.text(L, y + 57, "A 80-100 B+ 75-79 B 70-74 C+ 65-69 C 60-64 D 50-59 F below 50", F, 8)
    p.text(L, y + 68, "Supp. = passed at supplementary examination; Repeat = course to be repeated.", F, 8)
    p.text(L, y + 79, "Classification: Distinction 75% and above; Credit 65-74%; Pass 50-64%.", F, 8)
    p.signature(W - 220, y + 122, 110, rng, 1.1)
    p.hline(W - 230, W - 80, y + 124, 0.5)
    p.text(W - 155, y + 135, "ACADEMIC REGISTRAR", FB, 8.5, "center")
    purple_stamp(p, W - 200, y + 40 + (k(s, "stp") % 30), ["CERTIFIED TRUE COPY", f"{inst.extra['short']} - REGISTRY",
                                                          "DATE ......................"],
                 10, 12 + k(s, "ang") % 14, k(s, "sd"))
    for n, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 24, f"Page {n} of {len(pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "aa_ss_typed", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True, "pass_mark": 50})


TRANSCRIPT_LAYOUTS = {"aa_ss_typed": (ss_transcript, FAMILY, ("SS",))}
