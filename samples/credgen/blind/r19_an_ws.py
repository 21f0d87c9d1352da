"""Writer AN, round 19: Samoa (WS). Country pack (an invented national university's "Bachelor of Science
(Biology)", 3 years, 360 points; its school of nursing and health science's "Diploma in Medical
Laboratory Science", 2 years, 240 points, MLT-level; its "Bachelor of Nursing") and the university's
"Academic Transcript": A4 portrait, the crest at the top left, the university name and "Office of the
Registrar" on the right; Student ID, Name, Date of Birth (DD/MM/YYYY), Programme. Rows by year and
semester under a line "2015 Semester 1": Course Code (BIO151: 3 letters, 3 digits; the foundation
English course has none) | Course Title | Credit (points: 15, a project or placement 30) | Grade (A+ ...
E fail, CR credit from the foundation year, RP restricted pass) | a note column ("#" = repeated). The
first-year foundation courses count 0 points and say "(non-credit)". After the last year: "Total Credit
Points", "Award", "Date Awarded", the Registrar's signature over a printed name, and the grade key.

Truth: every row, failed attempts with `passed: false` (their points earn nothing), non-credit rows with
0 points. Points: 120 a full-time year = 30 SH, x 1/4: credit_system "uk" (the factor earlier rounds
use for 120-credit years).
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, fit_size
from .r19_an_common import FAMILY, add_department_phrases, course_truth, dmy, grid, k, natural, sign_block, \
    watermark_crest

WS_BSC = """
## 1 S1
FOUNDATION | Foundation English | 0 | O
HPE100 | Health and Physical Education | 0 | O
BIO151 | Cell Biology | 15 | B
CHE151 | General Chemistry I | 15 | C
MAT151 | Mathematics for Science | 15 | M
HSA100 | Samoan Language and Culture | 15 | O
## 1 S2
BIO152 | Diversity of Life | 15 | B
CHE152 | General Chemistry II | 15 | C
STA152 | Introductory Statistics | 15 | M
PHY152 | Physics for Life Sciences | 15 | O
## 2 S1
BIO251 | Genetics | 15 | B
BIO252 | Microbiology | 15 | B
CHE251 | Organic Chemistry | 15 | C
BIO253 | Plant Physiology | 15 | B
## 2 S2
BIO254 | Animal Physiology | 15 | B
CHE252 | Biochemistry | 15 | C
BIO255 | Ecology of Pacific Islands | 15 | ?B
BIO256 | Laboratory Techniques in Biology | 15 | B
## 3 S1
BIO351 | Molecular Biology | 15 | B
BIO352 | Immunology | 15 | B
BIO353 | Marine Biology | 15 | B
BIO354 | Research Methods in Science | 15 | O
## 3 S2
BIO355 | Medical Parasitology | 15 | ?B
BIO356 | Biology Research Project | 30 | O
BIO357 | Environmental Biology | 15 | ?B
"""

WS_DMLS = """
## 1 S1
FOUNDATION | Foundation English | 0 | O
HPE100 | Health and Physical Education | 0 | O
MLS101 | Human Anatomy and Physiology | 15 | B
CHE101 | Chemistry for Health Sciences | 15 | C
MLS102 | Introduction to Medical Laboratory Science | 15 | P
HSA100 | Samoan Language and Culture | 15 | O
## 1 S2
MLS103 | Basic Microbiology | 15 | B
MLS104 | Clinical Biochemistry I | 15 | P
MLS105 | Haematology I | 15 | P
MLS106 | Laboratory Safety and Quality Management | 15 | P
## 2 S1
MLS201 | Clinical Biochemistry II | 15 | P
MLS202 | Haematology II | 15 | P
MLS203 | Medical Microbiology | 15 | P
MLS204 | Blood Transfusion Science | 15 | P
## 2 S2
MLS205 | Clinical Placement | 30 | P | chemistry,hematology,microbiology,blood_bank
MLS206 | Parasitology and Urinalysis | 15 | P
MLS207 | Immunology and Serology | 15 | ?B
"""

WS_BN = """
## 1 S1
FOUNDATION | Foundation English | 0 | O
HPE100 | Health and Physical Education | 0 | O
NUR151 | Foundations of Nursing Practice | 15 | O
BIO150 | Human Biology | 15 | B
NUR152 | Communication in Health Care | 15 | O
HSA100 | Samoan Language and Culture | 15 | O
## 1 S2
NUR153 | Clinical Nursing Skills | 30 | O
NUR154 | Health Assessment | 15 | O
NUR155 | Pharmacology for Nurses | 15 | O
## 2 S1
NUR251 | Medical-Surgical Nursing I | 30 | O
NUR252 | Maternal and Child Health | 15 | O
NUR253 | Mental Health Nursing | 15 | O
## 2 S2
NUR254 | Medical-Surgical Nursing II | 30 | O
NUR255 | Community Health Nursing | 15 | O
NUR256 | Nursing Research | 15 | O
## 3 S1
NUR351 | Clinical Practicum I | 30 | O
NUR352 | Leadership and Management in Nursing | 15 | O
NUR353 | Professional Practice and Ethics | 15 | O
## 3 S2
NUR354 | Clinical Practicum II | 30 | O
NUR355 | Public Health in the Pacific | 15 | O
NUR356 | Transition to Practice | 15 | O
"""

PROG = {"ws_bsc": "Bachelor of Science (Biology)", "ws_dmls": "Diploma in Medical Laboratory Science",
        "ws_bn": "Bachelor of Nursing"}
WS_INST = [Institution("Va'a-o-Fonoti National University", "Apia", "Upolu", "WS", "P.O. Box 1822, Toomatagi, Apia",
                       ("ws_bsc", "ws_dmls", "ws_bn"), "university",
                       extra={"registrar": "Leota Faamanu Siaosi", "vc": "Tuiletufuga Sione Aiono"})]


def _sn(rng, start_year, inst):
    return f"{start_year}00{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="WS", name="Samoa",
    given={"F": ["Faafetai", "Lusia", "Seini", "Malia", "Losa", "Talalelei", "Fiapaipai", "Mele", "Sina", "Lagi"],
           "M": ["Tavita", "Ioane", "Sione", "Pule", "Fetu", "Manaia", "Tasi", "Vaiola", "Lafaele", "Peniamina"]},
    surnames=["Tuilagi", "Leota", "Faleolo", "Aiono", "Sapolu", "Toleafoa", "Mulitalo", "Lauina", "Fonoti",
              "Saena", "Taulealo", "Pouono"],
    middle={"F": ["Aolele", "Fiafia", ""], "M": ["Falaniko", "Tupe", ""]},
    institutions=WS_INST,
    employers=[
        Employer("Motootua National Referral Hospital", "Apia", "Upolu", "WS", "Ifiifi Street, Motootua, Apia",
                 "+685 66 100", "hr@mnrh.example"),
        Employer("Savaii Malietoa Memorial Hospital", "Tuasivi", "Savaii", "WS", "Main Road, Tuasivi, Savaii",
                 "+685 53 510", "admin@smmh.example"),
        Employer("Pacific Pathology Services Samoa", "Apia", "Upolu", "WS", "Level 1, Lotemau Centre, Apia",
                 "+685 28 440", "office@pps-samoa.example", "lab"),
    ],
    signers=["Leausa Tamasese Faleolo", "Afamasaga Lusia Mulitalo", "Tofilau Ioane Sapolu"],
    curricula=[C.Curriculum("ws_bsc", "WS", PROG["ws_bsc"], "bachelor", 3, "biology", "uk", C._parse(WS_BSC), 2, 4),
               C.Curriculum("ws_dmls", "WS", PROG["ws_dmls"], "diploma", 2, "medical_laboratory_science", "uk",
                            C._parse(WS_DMLS), 2, 4, clinical_training=True),
               C.Curriculum("ws_bn", "WS", PROG["ws_bn"], "bachelor", 3, "nursing", "uk", C._parse(WS_BN), 2, 4)],
    mls_curriculum="ws_dmls", science_curricula=["ws_bsc"], nonqualifying_curricula=["ws_bn"],
    positions_mls=["Laboratory Technician", "Medical Laboratory Technician"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("WS", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular (GeneXpert)"], "phlebotomy": ["Specimen Collection"], "other": ["Histology"]})

KEY = [(85, "A+"), (80, "A"), (75, "A-"), (70, "B+"), (65, "B"), (60, "B-"), (55, "C+"), (50, "C"), (40, "D"),
       (0, "E")]


def letter(sc):
    for lo, g in KEY:
        if sc >= lo:
            return g
    return "E"


def ws_rows(s):
    """[(term, [(r, grade, note, passed)])] with at most one failed course repeated a year later."""
    fail = None
    if k(s, "fail") % 3 == 0:
        opts = [(i, j) for i, t in enumerate(s.terms) if t.year < len(set(x.year for x in s.terms))
                for j, r in enumerate(t.results) if r.spec.credits and r.code != "HSA100"]
        fail = opts[k(s, "which") % len(opts)] if opts else None
    out, pend = [], []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            sc = max(45, min(95, r.score + k(s, f"g{i}.{j}") % 11 - 3))
            g = letter(sc)
            if r.code == "HSA100" and k(s, "cr") % 4 == 0:
                g = "CR"
            elif sc < 50 and k(s, f"rp{i}{j}") % 2 == 0:
                g = "RP"
            elif sc < 50:
                g = "D"
            if not r.spec.credits:
                g = "P" if r.code == "HPE100" else letter(max(55, sc))
            if (i, j) == fail:
                rows.append((r, "E", "", False))
                pend.append((t.year + 1, t.key, r))
                continue
            rows.append((r, g, "", g != "E"))
        for yy, kk, r in [x for x in pend if x[0] == t.year and x[1] == t.key]:
            rows.append((r, letter(max(55, min(78, r.score + 2))), "#", True))
        out.append((t, rows))
    return out


def ws_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 44, W - 44
    X = [L, L + 70, L + 342, L + 400, L + 452, R]
    nm = natural(person)
    out = []

    def new_page(n):
        p = Page(A4)
        if n == 1:
            watermark_crest(p, L + 30, 62, 24, 0.25)
            p.text(R, 46, inst.name.upper(), SB, 13, "right")
            p.text(R, 60, "Office of the Registrar", S, 10, "right")
            p.text(R, 72, f"{inst.street} | Samoa", S, 8, "right")
            p.hline(L, R, 98, 1.2)
            p.text(W / 2, 120, "ACADEMIC TRANSCRIPT", SB, 14, "center")
            y = 144
            for a, b in ((f"Student ID: {s.student_no}", f"Date of Birth: {dmy(s.dob)}"),
                         (f"Name: {nm.upper()}", ""), (f"Programme: {cur.title}", "")):
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], S, 10)
                y += 14
            y += 6
        else:
            p.text(L, 40, f"{inst.name} - Academic Transcript - {nm.upper()} ({s.student_no})", S, 8)
            y = 56
        p.rect(L, y, R - L, 18, 0, 0, fill=0.85)
        p.pieces(y + 12, [(X[0] + 4, "Course Code", "left"), (X[1] + 4, "Course Title", "left"),
                          ((X[2] + X[3]) / 2, "Credit", "center"), ((X[3] + X[4]) / 2, "Grade", "center"),
                          ((X[4] + X[5]) / 2, "Note", "center")], SB, 9)
        return p, y + 18

    fl = Flow(new_page, 150)
    tops = {}
    total = 0
    for t, rows in ws_rows(s):
        fl.need(16 + 14 * len(rows))
        p = fl.page
        tops.setdefault(id(p), fl.y)
        lab = f"{t.start_year} Semester {1 if t.key == 'S1' else 2}"
        p.text(X[1] + 4, fl.y + 13, lab, SB, 9.5)
        fl.y += 18
        for r, g, note, ok in rows:
            code = "" if r.code == "FOUNDATION" else r.code
            title = r.spec.title.upper() if not code else r.spec.title
            cr = int(r.spec.credits)
            if not cr:
                title += " (non-credit)"
            crs = str(cr)
            p.pieces(fl.y + 10, [(X[0] + 4, code, "left"), (X[1] + 4, title, "left", S, fit_size(title, S, 9, 264)),
                                 ((X[2] + X[3]) / 2, crs, "center", S, fit_size(crs, S, 9, 56)),
                                 ((X[3] + X[4]) / 2, g, "center"), ((X[4] + X[5]) / 2, note, "center")], S, 9)
            fl.y += 14
            extra = {"title": title}
            if note:
                extra["note"] = "#"
            if not ok:
                extra["passed"] = False
            elif cr:
                total += cr
            out.append(course_truth(r, lab, cr, g, "uk", code=code, **extra))
        fl.y += 4
        grid(p, X, tops[id(p)] - 18, fl.y)
    fl.need(130)
    p, y = fl.page, fl.y + 22
    p.text(L, y, f"Total Credit Points: {total}", SB, 10.5)
    p.text(L, y + 15, f"Award: {cur.title}", SB, 10.5)
    p.text(L, y + 30, f"Date Awarded: {dmy(s.conferred)}", SB, 10.5)
    p.text(L, y + 48, "*** End of Record ***", SI, 9)
    sign_block(p, rng, R - 100, y + 92, inst.extra["registrar"], S, 9.5, 170, "Registrar")
    for q in fl.pages:
        q.hline(L, R, H - 78, 0.4)
        q.text(L, H - 66, "Grade key: A+ 85-100 | A 80-84 | A- 75-79 | B+ 70-74 | B 65-69 | B- 60-64 | C+ 55-59 | "
                          "C 50-54 | D 40-49 | E 0-39 (fail)", S, 7.5)
        q.text(L, H - 56, "CR Credit given (foundation year) | RP Restricted pass | P Pass (non-credit) | "
                          "# Course repeated", S, 7.5)
        q.text(L, H - 46, "This transcript is not valid unless it bears the signature of the Registrar and the "
                          "University seal.", SI, 7.5)
    return LayoutResult("transcript", "an_ws_transcript", FAMILY, fl.pages, [nm.upper()], out, "uk",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"an_ws_transcript": (ws_transcript, FAMILY, ("WS",))}
