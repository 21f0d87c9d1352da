"""Writer E, round 3: Uganda. Country pack (Bachelor of Biomedical Laboratory Technology, 3
years plus a recess-term field attachment; BSc Biochemistry; Bachelor of Nursing Science; credit
units = semester credits) and the public-university "ACADEMIC TRANSCRIPT": `COURSE CODE | COURSE
NAME | CU | MARK | GRADE | GP` on light grey zebra bands with no ruling at all, "YEAR ONE
SEMESTER ONE" captions, "CUs: 20  GPA: 4.12  CGPA: 4.05" under each semester, the final CGPA and
CLASS of degree on the last page, and a footer naming the Academic Registrar on every page."""

from .. import countries as K
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, fit_size
from .r3_e_common import FAMILY, add_department_phrases, course_truth, crest, curriculum, tweak, wavg

UG_BLT = """
## 1 S1
BLT 1101 | Human Anatomy | 4 | B
BLT 1102 | General Chemistry for Laboratory Sciences | 4 | C
BLT 1103 | Cell Biology and Genetics | 3 | B
BLT 1104 | Introduction to Biomedical Laboratory Technology | 3 | P
BLT 1105 | Communication Skills | 2 | O
BLT 1106 | Basic Mathematics and Biostatistics | 3 | M
## 1 S2
BLT 1201 | Human Physiology | 4 | B
BLT 1202 | Organic and Analytical Chemistry | 4 | C
BLT 1203 | General Microbiology | 4 | B
BLT 1204 | Laboratory Instrumentation and Safety | 3 | P
BLT 1205 | Computer Applications | 2 | O
BLT 1206 | Medical Entomology | 3 | ?B
## 2 S1
BLT 2101 | Biochemistry I | 4 | C
BLT 2102 | Haematology I | 4 | P
BLT 2103 | Medical Bacteriology | 5 | P
BLT 2104 | Medical Parasitology | 4 | P
BLT 2105 | Immunology | 3 | ?B
BLT 2106 | Epidemiology and Public Health | 2 | ?M
## 2 S2
BLT 2201 | Clinical Chemistry I | 4 | P
BLT 2202 | Haematology II and Coagulation | 4 | P
BLT 2203 | Medical Mycology and Virology | 4 | ?P
BLT 2204 | Blood Transfusion Science | 4 | P
BLT 2205 | Histology and Histotechniques | 3 | ?P
BLT 2206 | Research Methods | 2 | O
## 2 SU
BLT 2301 | Field Attachment I | 5 | P | chemistry,hematology,microbiology
## 3 S1
BLT 3101 | Clinical Chemistry II | 4 | P
BLT 3102 | Diagnostic Microbiology and Antimicrobial Testing | 4 | P
BLT 3103 | Molecular Biology and Diagnostics | 4 | ?B
BLT 3104 | Cytopathology | 3 | ?P
BLT 3105 | Laboratory Management and Quality Assurance | 3 | P
BLT 3106 | Serology and Immunodiagnostics | 3 | ?P
## 3 S2
BLT 3201 | Clinical Laboratory Placement | 5 | P | chemistry,hematology,blood_bank,microbiology
BLT 3202 | Urinalysis and Body Fluid Analysis | 3 | P
BLT 3203 | Health Ethics and Professionalism | 2 | O
BLT 3204 | Research Project | 4 | O
BLT 3205 | Entrepreneurship for Laboratory Professionals | 2 | O
"""

UG_BCH = """
## 1 S1
BCH 1101 | Introductory Biochemistry | 4 | C
CHM 1101 | Inorganic Chemistry | 4 | C
BIO 1101 | Cell Biology | 3 | B
MTH 1101 | Mathematics for Life Sciences | 3 | M
COM 1101 | Communication Skills | 2 | O
## 1 S2
BCH 1201 | Biomolecules | 4 | C
CHM 1201 | Organic Chemistry | 4 | C
BIO 1201 | Genetics | 3 | B
STA 1201 | Biostatistics | 3 | M
## 2 S1
BCH 2101 | Enzymology | 4 | C
BCH 2102 | Intermediary Metabolism I | 4 | C
MIC 2101 | General Microbiology | 4 | B
CHM 2101 | Physical Chemistry | 3 | C
## 2 S2
BCH 2201 | Intermediary Metabolism II | 4 | C
BCH 2202 | Molecular Biology | 4 | B
BCH 2203 | Immunochemistry | 3 | ?B
BCH 2204 | Analytical Biochemistry | 4 | C
## 3 S1
BCH 3101 | Clinical Biochemistry | 4 | ?C
BCH 3102 | Nutritional Biochemistry | 3 | C
BCH 3103 | Plant Biochemistry | 3 | C
BCH 3104 | Genetic Engineering | 4 | B
## 3 S2
BCH 3201 | Pharmacological Biochemistry | 3 | ?C
BCH 3202 | Industrial Biochemistry | 3 | C
BCH 3203 | Research Project | 5 | O
"""

UG_NURS = """
## 1 S1
NUR 1101 | Anatomy and Physiology | 5 | B
NUR 1102 | Foundations of Nursing | 5 | O
NUR 1103 | Communication Skills | 2 | O
## 1 S2
NUR 1201 | Microbiology for Nurses | 3 | B
NUR 1202 | Pharmacology | 4 | O
NUR 1203 | Medical-Surgical Nursing I | 5 | O
## 2 S1
NUR 2101 | Medical-Surgical Nursing II | 5 | O
NUR 2102 | Midwifery I | 5 | O
## 2 S2
NUR 2201 | Paediatric Nursing | 5 | O
NUR 2202 | Community Health Nursing | 4 | O
## 3 S1
NUR 3101 | Mental Health Nursing | 5 | O
NUR 3102 | Nursing Leadership and Management | 3 | O
## 3 S2
NUR 3201 | Research Project | 4 | O
NUR 3202 | Clinical Placement | 5 | O
"""


def _sn(rng, sy, inst):
    return f"{sy % 100:02d}/U/{rng.randint(1000, 29999)}/{rng.choice(['PS', 'PS', 'EVE'])}"


PACK = K.CountryPack(
    code="UG", name="Uganda",
    given={"F": ["Sarah", "Brenda", "Grace", "Esther", "Patience", "Joan", "Sharon", "Winnie", "Doreen",
                 "Irene", "Rebecca", "Prossy"],
           "M": ["Brian", "Ivan", "Ronald", "Isaac", "Emmanuel", "Denis", "Joseph", "Moses", "Allan", "Samuel",
                 "Geoffrey", "Robert"]},
    surnames=["Ssemwanga", "Okello", "Mugisha", "Tumusiime", "Byaruhanga", "Kato", "Opio", "Wasswa",
              "Nsubuga", "Akena", "Twesigye", "Kiggundu", "Muwonge", "Ainomugisha", "Odongo"],
    middle={"F": ["Nakato", "Namubiru", "Akello", "Kyomugisha", "Atim", "", ""],
            "M": ["Mukasa", "Ochieng", "Kaggwa", "Ogwang", "", ""]},
    institutions=[
        Institution("Rwenzori Mountains University", "Fort Portal", "Western Region", "UG",
                    "P.O. Box 1174, Fort Portal", ("ug_bblt", "ug_bsc_bch", "ug_bns"), extra={"grad": 18}),
        Institution("Kigezi Highlands University", "Kabale", "Western Region", "UG",
                    "P.O. Box 3120, Kabale", ("ug_bblt", "ug_bns"), extra={"grad": 9}),
        Institution("Lake Kyoga University", "Soroti", "Eastern Region", "UG", "P.O. Box 277, Soroti",
                    ("ug_bblt", "ug_bsc_bch"), extra={"grad": 12}),
    ],
    employers=[
        Employer("Lake Victoria Regional Referral Hospital", "Entebbe", "Wakiso", "UG",
                 "Plot 14, Kampala Road, P.O. Box 29", "+256 414 555 142", "hr@lvrrh.example"),
        Employer("Kabale Hillside Hospital", "Kabale", "Kigezi", "UG", "Plot 3-5, Makanga Hill Road",
                 "+256 486 555 178", "admin@kabalehillside.example"),
        Employer("Gulu Peace Hospital", "Gulu", "Acholi", "UG", "Plot 22, Awich Road, P.O. Box 611",
                 "+256 471 555 193", "personnel@gulupeace.example"),
        Employer("Pearl Diagnostics Laboratory Ltd", "Kampala", "Central", "UG", "Plot 47, Bukoto Street, Kamwokya",
                 "+256 414 555 121", "info@pearldiagnostics.example", "lab"),
    ],
    signers=["Dr. Florence Namukasa", "Mr. Patrick Ochwo", "Dr. Godfrey Ssekitoleko", "Ms. Juliet Kobusingye"],
    curricula=[
        curriculum("ug_bblt", "UG", "Bachelor of Biomedical Laboratory Technology", 3,
                   "medical_laboratory_science", "semester", UG_BLT, 8, 1, True),
        curriculum("ug_bsc_bch", "UG", "Bachelor of Science in Biochemistry", 3, "biochemistry", "semester",
                   UG_BCH, 8, 1),
        curriculum("ug_bns", "UG", "Bachelor of Nursing Science", 3, "nursing", "semester", UG_NURS, 8, 1),
    ],
    mls_curriculum="ug_bblt", science_curricula=["ug_bsc_bch"], nonqualifying_curricula=["ug_bns"],
    positions_mls=["Laboratory Technologist", "Medical Laboratory Technologist", "Senior Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep", student_no=_sn, honours=[],
)
K.register(PACK)
add_department_phrases("UG", {
    "blood_bank": ["Blood Transfusion", "Blood Bank"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology", "Bacteriology"],
    "immunology": ["Serology", "Immunology"], "urinalysis": ["Parasitology and Urinalysis"],
    "molecular": ["Molecular Biology (GeneXpert/PCR)"], "phlebotomy": ["Sample Reception and Phlebotomy"],
    "other": ["Histopathology", "Cytology"]})

BANDS = [(80, "A", 5.0), (75, "B+", 4.5), (70, "B", 4.0), (65, "C+", 3.5), (60, "C", 3.0), (55, "D+", 2.5),
         (50, "D", 2.0), (45, "E", 1.5), (0, "F", 0.0)]
CLASSES = [(4.40, "FIRST CLASS"), (3.60, "SECOND CLASS (UPPER DIVISION)"), (2.80, "SECOND CLASS (LOWER DIVISION)"),
           (2.00, "PASS")]
NUMW = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR"}


def ug_mark(r):
    return max(50, min(94, r.score + tweak(r.code, 5)))


def ug_grade(mark):
    for lo, g, gp in BANDS:
        if mark >= lo:
            return g, gp


def ug_cgpa(s):
    return round(wavg([(r.spec.credits, ug_grade(ug_mark(r))[1]) for t in s.terms for r in t.results]) + 1e-9, 2)


def ug_class(cgpa):
    return next(c for lo, c in CLASSES if cgpa >= lo)


def ug_term_label(t):
    if t.key == "SU":
        return f"YEAR {NUMW[t.year]} RECESS TERM"
    return f"YEAR {NUMW[t.year]} SEMESTER {'ONE' if t.key == 'S1' else 'TWO'}"


def ug_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 42, A4[0] - 42
    name = name_form(person, "caps")
    registrar = rng.choice(["MUHWEZI ALFRED K.", "NAKIYINGI ROSE M.", "OKURUT JOHN BOSCO", "BAGUMA SYLVIA"])
    xs = [(L + 6, "left"), (L + 72, "left"), (L + 352, "center"), (L + 392, "center"), (L + 436, "center"),
          (R - 20, "center")]

    def new_page(n):
        p = Page(A4)
        crest(p, p.w / 2, 44, 16)
        p.text(p.w / 2, 80, inst.name.upper(), FB, 14, "center")
        p.text(p.w / 2, 93, f"OFFICE OF THE ACADEMIC REGISTRAR - {inst.street.upper()}", F, 8, "center")
        p.text(p.w / 2, 112, "ACADEMIC TRANSCRIPT", FB, 12, "center")
        y = 130
        if n == 1:
            rows = [(f"NAME: {name}", f"REG. NO.: {s.student_no}"),
                    (f"SEX: {'FEMALE' if person.sex == 'F' else 'MALE'}",
                     f"DATE OF BIRTH: {D.dmy_slash(s.dob)}"),
                    (f"PROGRAMME: {cur.title.upper()}", ""),
                    (f"YEAR OF ENTRY: {s.admitted.year}", "NATIONALITY: UGANDAN")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], F, 8.5); y += 12
        else:
            p.pieces(y, [(L, f"NAME: {name}", "left"), (L + 330, f"REG. NO.: {s.student_no}", "left")], F, 8.5)
            y += 12
        return p, y + 6

    def header(p, y):
        p.pieces(y + 8, [(xs[0][0], "COURSE CODE", "left"), (xs[1][0], "COURSE NAME", "left"),
                         (xs[2][0], "CU", "center"), (xs[3][0], "MARK", "center"), (xs[4][0], "GRADE", "center"),
                         (xs[5][0], "GP", "center")], FB, 8)
        return y + 14

    fl = Flow(new_page, 96)
    out = []
    cum = []
    for t in s.terms:
        label = ug_term_label(t)
        fl.need(16 + 14 + 13 * 2 + 16)
        p = fl.page
        p.text(L, fl.y + 10, label, FB, 9)
        fl.y = header(p, fl.y + 14)
        pts = []
        for i, r in enumerate(t.results):
            if fl.need(13):
                fl.y = header(fl.page, fl.y)
            p = fl.page
            m = ug_mark(r)
            g, gp = ug_grade(m)
            if i % 2 == 0:
                p.rect(L, fl.y, R - L, 13, 0, 0.9, fill=0.9)
            nm = r.spec.title.upper()
            p.pieces(fl.y + 9.3, [(xs[0][0], r.code, "left"),
                                  (xs[1][0], nm, "left", F, fit_size(nm, F, 8, xs[2][0] - xs[1][0] - 20)),
                                  (xs[2][0], f"{r.spec.credits:g}", "center"), (xs[3][0], str(m), "center"),
                                  (xs[4][0], g, "center"), (xs[5][0], f"{gp:.1f}", "center")], F, 8)
            fl.y += 13
            pts.append((r.spec.credits, gp))
            out.append(course_truth(r, label, r.spec.credits, g, "semester", title=nm, mark=m,
                                    grade_point=gp))
        cum += pts
        fl.need(18)
        fl.page.spaced(xs[1][0], fl.y + 11, [f"CUs: {sum(c for c, _ in pts):g}", f"GPA: {wavg(pts) + 1e-9:.2f}",
                                             f"CGPA: {wavg(cum) + 1e-9:.2f}"], FB, 8.5, 26)
        fl.y += 26
    cg = ug_cgpa(s)
    fl.need(90)
    p = fl.page
    y = fl.y + 8
    p.spaced(L, y, [f"CGPA: {cg:.2f}", f"CLASS: {ug_class(cg)}"], FB, 10.5, 30); y += 16
    p.text(L, y, f"TOTAL CREDIT UNITS: {sum(c for c, _ in cum):g}", FB, 9); y += 13
    p.text(L, y, f"DATE OF AWARD: {D.ordinal_dmy(s.conferred).upper()}", FB, 9); y += 16
    p.text(L, y, "GRADING: A 80-100 (5.0), B+ 75-79 (4.5), B 70-74 (4.0), C+ 65-69 (3.5), C 60-64 (3.0), "
           "D+ 55-59 (2.5), D 50-54 (2.0), E 45-49 (1.5), F 0-44 (0.0)", F, 6.8); y += 9
    p.text(L, y, "CLASSIFICATION: First Class 4.40-5.00; Second Class Upper 3.60-4.39; Second Class Lower "
           "2.80-3.59; Pass 2.00-2.79. Pass mark 50%.", F, 6.8)
    crest(p, R - 200, p.h - 100, 24, 0.55)
    p.signature(R - 150, p.h - 86, 110, rng)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.hline(L, R, pg.h - 54, 0.4, 0.5)
        pg.pieces(pg.h - 42, [(L, f"{registrar}", "left"), (R, f"Page {i} of {n}", "right")], FB, 8)
        pg.text(L, pg.h - 32, "ACADEMIC REGISTRAR", F, 7.5)
    return LayoutResult("transcript", "ug_academic_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": D.ordinal_dmy(s.conferred).upper(), "class": ug_class(cg)})


TRANSCRIPT_LAYOUTS = {"ug_academic_transcript": (ug_transcript, FAMILY, ("UG",))}
