"""Writer A, round 1 -- Kenya: country pack, semester curricula (units of 3 or 4 credit hours,
clinical attachments) and a "Consolidated Academic Transcript" with a typewritten look.

Design (described, not copied): monospace type; "FIRST YEAR - ACADEMIC YEAR 2017/2018" with
"Semester I" / "Semester II" sub-lines between the rows; columns
`UNIT CODE | UNIT TITLE | CREDIT HRS | GRADE` (units "BML 111", "SCH 101"; A 70-100 ... E
fail); per year a "Mean Grade" and "RECOMMENDATION: PASS"; a key to the grades at the bottom.
"""

from .. import dates as D
from ..countries import CountryPack, register
from ..courses import Curriculum, _parse
from ..layouts_transcript import LayoutResult, course_truth, fit_size, num
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page
from . import r1_a_kit as K

KE_BSC_MLS = """
## 1 S1
SCH 101 | Inorganic Chemistry | 3 | C
SZL 101 | Introduction to Zoology | 3 | B
BML 111 | Human Anatomy I | 3 | B
BML 113 | Human Physiology I | 3 | B
SMA 103 | Mathematics for Science | 3 | M
HCS 101 | Communication Skills | 3 | O
## 1 S2
SCH 102 | Organic Chemistry | 3 | C
SBT 102 | Cell Biology | 3 | B
BML 112 | Human Anatomy II | 3 | B
BML 114 | Human Physiology II | 3 | B
BML 116 | Introduction to Medical Laboratory Science | 3 | ?P
HCS 102 | HIV/AIDS and Society | 3 | O
## 2 S1
BML 211 | Biochemistry I | 3 | C
BML 213 | General Microbiology | 3 | B
BML 215 | Basic Haematology | 3 | P
BML 217 | Histology | 3 | ?B
SST 201 | Biostatistics | 3 | M
BML 219 | Laboratory Safety and Ethics | 3 | ?O
## 2 S2
BML 212 | Biochemistry II | 3 | C
BML 214 | Systematic Bacteriology | 4 | ?P
BML 216 | Medical Parasitology | 4 | P
BML 218 | Immunology | 3 | B
BML 220 | Epidemiology | 3 | O
## 3 S1
BML 311 | Clinical Chemistry I | 4 | P
BML 313 | Haematology I | 4 | P
BML 315 | Medical Bacteriology | 3 | ?P
BML 317 | Blood Transfusion Science | 4 | ?P
BML 319 | Virology | 3 | ?B
## 3 S2
BML 312 | Clinical Chemistry II | 4 | P
BML 314 | Haematology II | 4 | P
BML 316 | Medical Mycology | 3 | B
BML 318 | Histopathology and Cytology | 4 | P
BML 320 | Research Methods | 3 | O
## 4 S1
BML 411 | Clinical Attachment I (Clinical Chemistry and Haematology) | 4 | P | chemistry,hematology
BML 413 | Clinical Attachment II (Microbiology and Parasitology) | 4 | P | microbiology
BML 415 | Molecular Biology and Diagnostics | 3 | ?B
BML 417 | Laboratory Management | 3 | P
## 4 S2
BML 412 | Clinical Attachment III (Blood Transfusion and Immunology) | 4 | ?P | blood_bank,immunology
BML 414 | Research Project | 4 | O
BML 416 | Quality Assurance in the Medical Laboratory | 3 | ?P
BML 418 | Public Health Laboratory Practice | 3 | ?P
"""

KE_BSC_BIOCHEM = """
## 1 S1
SCH 101 | Inorganic Chemistry | 3 | C
SBT 101 | Introduction to Botany | 3 | B
SMA 101 | Basic Mathematics | 3 | M
HCS 101 | Communication Skills | 3 | O
## 1 S2
SCH 102 | Organic Chemistry | 3 | C
SZL 102 | Introduction to Zoology | 3 | B
SMA 104 | Calculus I | 3 | M
## 2 S1
SBC 201 | Structure and Function of Biomolecules | 3 | C
SBC 203 | Cell Biology | 3 | B
SCH 201 | Physical Chemistry | 3 | C
## 2 S2
SBC 202 | Enzymology | 3 | ?C
SBC 204 | Bioenergetics | 3 | ?C
SST 202 | Biostatistics | 3 | M
## 3 S1
SBC 301 | Metabolism of Carbohydrates and Lipids | 3 | ?C
SBC 303 | Molecular Biology | 3 | B
SBC 305 | Immunology | 3 | B
## 3 S2
SBC 302 | Clinical Biochemistry | 3 | ?P
SBC 304 | Nutritional Biochemistry | 3 | C
## 4 S1
SBC 401 | Research Methods | 3 | O
SBC 403 | Genetic Engineering | 3 | B
## 4 S2
SBC 402 | Research Project | 4 | O
SBC 404 | Industrial Biochemistry | 3 | C
"""

KE_BSC_NURSING = """
## 1 S1
BSN 111 | Human Anatomy I | 3 | B
BSN 113 | Fundamentals of Nursing I | 4 | O
HCS 101 | Communication Skills | 3 | O
## 1 S2
BSN 112 | Human Physiology | 3 | B
BSN 114 | Fundamentals of Nursing II | 4 | O
## 2 S1
BSN 211 | Medical-Surgical Nursing I | 4 | O
BSN 213 | Pharmacology | 3 | O
## 2 S2
BSN 212 | Medical-Surgical Nursing II | 4 | O
BSN 214 | Microbiology and Parasitology | 3 | ?B
## 3 S1
BSN 311 | Paediatric Nursing | 4 | O
BSN 313 | Reproductive Health Nursing | 4 | O
## 3 S2
BSN 312 | Community Health Nursing | 4 | O
BSN 314 | Psychiatric Nursing | 4 | O
## 4 S1
BSN 411 | Leadership and Management in Nursing | 3 | O
BSN 413 | Nursing Research | 3 | O
## 4 S2
BSN 412 | Clinical Internship | 4 | O
"""

CURRICULA = [
    Curriculum("ke_bsc_mls", "KE", "Bachelor of Science in Medical Laboratory Science", "bachelor",
               4, "medical_laboratory_science", "semester", _parse(KE_BSC_MLS), 9, 12,
               clinical_training=True),
    Curriculum("ke_bsc_biochem", "KE", "Bachelor of Science in Biochemistry", "bachelor", 4,
               "chemistry", "semester", _parse(KE_BSC_BIOCHEM), 9, 12),
    Curriculum("ke_bsc_nursing", "KE", "Bachelor of Science in Nursing", "bachelor", 4, "nursing",
               "semester", _parse(KE_BSC_NURSING), 9, 12),
]

INSTITUTIONS = [
    Institution("Rift Valley University of Science and Technology", "Nakuru", "Nakuru County",
                "KE", "P.O. Box 1125-20100", ("ke_bsc_mls", "ke_bsc_biochem", "ke_bsc_nursing"),
                extra={"abbr": "RVUST", "reg": "HML"}),
    Institution("Lake Basin University", "Kisumu", "Kisumu County", "KE", "P.O. Box 3900-40100",
                ("ke_bsc_mls", "ke_bsc_nursing"), extra={"abbr": "LBU", "reg": "H31"}),
    Institution("Mount Kenya Highlands University", "Nyeri", "Nyeri County", "KE",
                "P.O. Box 657-10100", ("ke_bsc_mls", "ke_bsc_biochem"),
                extra={"abbr": "MKHU", "reg": "MLS"}),
]

EMPLOYERS = [
    Employer("Nairobi Westlands Hospital", "Nairobi", "Nairobi County", "KE",
             "P.O. Box 40221-00100, Waiyaki Way", "+254 20 000 0142", "hr@westlands-hosp.example"),
    Employer("Kisumu Lakeside County Referral Hospital", "Kisumu", "Kisumu County", "KE",
             "P.O. Box 849-40100, Jomo Kenyatta Highway", "+254 57 000 0177", "hr@lakeside-crh.example"),
    Employer("Coastline Pathology Services Ltd", "Mombasa", "Mombasa County", "KE",
             "P.O. Box 90112-80100, Moi Avenue", "+254 41 000 0118", "lab@coastline-path.example", "lab"),
    Employer("Nakuru Hills Mission Hospital", "Nakuru", "Nakuru County", "KE",
             "P.O. Box 2650-20100, Kenyatta Avenue", "+254 51 000 0163", "admin@nakuruhills-mh.example"),
]


def _student_no(rng, start_year, inst):
    return f"{inst.extra.get('reg', 'HML')}/{rng.randint(1, 999):04d}/{start_year}"


PACK = CountryPack(
    code="KE", name="Kenya",
    given={"F": ["Faith", "Mercy", "Grace", "Purity", "Caroline", "Esther", "Winnie", "Sharon"],
           "M": ["Brian", "Kevin", "Dennis", "Collins", "Peter", "Victor", "Felix", "Evans"]},
    surnames=["Kamau", "Otieno", "Wanjiru", "Mutua", "Odhiambo", "Kiprono", "Njoroge", "Chebet",
              "Omondi", "Wambui", "Kiplagat", "Mwangi"],
    middle={"F": ["Wanjiku", "Achieng", "Nyambura", "Jepkoech", "Mwende"],
            "M": ["Kiprotich", "Ochieng", "Mwangi", "Kipchirchir", "Musyoka"]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Dr. Joseph K. Langat", "Mrs. Lucy W. Ndungu", "Mr. Daniel O. Owino",
             "Dr. Ruth C. Koech"],
    curricula=CURRICULA, mls_curriculum="ke_bsc_mls", science_curricula=["ke_bsc_biochem"],
    nonqualifying_curricula=["ke_bsc_nursing"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Officer",
                   "Senior Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space", student_no=_student_no)
register(PACK)

KE_BANDS = [(70, "A"), (60, "B"), (50, "C"), (40, "D"), (0, "E")]
YEAR_CAPS = {1: "FIRST YEAR", 2: "SECOND YEAR", 3: "THIRD YEAR", 4: "FOURTH YEAR"}


def ke_grade(mark):
    for lo, g in KE_BANDS:
        if mark >= lo:
            return g


def ke_consolidated(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Courier", "Courier-Bold"
    name = name_form(person, rng.choice(["surname_first_nocomma", "caps"]))
    W, H = A4
    m = 44
    fs = rng.choice([8.5, 9.0])
    rh = fs + rng.choice([3.5, 4.5])
    cols = [(m + 2, "left", 64), (m + 80, "left", 300), (m + 404, "center", 50), (W - m - 30, "center", 30)]
    pages, out = [], []

    def new_page(first):
        p = Page(A4)
        y = 46
        p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 12, W - 2 * m), "center"); y += 13
        p.text(W / 2, y, "OFFICE OF THE REGISTRAR (ACADEMIC AFFAIRS)", F, 9, "center"); y += 12
        p.text(W / 2, y, f"{inst.street}, {inst.city.upper()}, KENYA", F, 8.5, "center"); y += 18
        p.text(W / 2, y, "CONSOLIDATED ACADEMIC TRANSCRIPT", FB, 11, "center"); y += 18
        for a, b in ((f"NAME: {name}", f"REG. NO.: {s.student_no}"),
                     (f"PROGRAMME: {cur.title.upper()}", ""),
                     (f"FACULTY: HEALTH SCIENCES", f"YEAR OF ADMISSION: {s.terms[0].start_year}")):
            p.pieces(y, [(m, a, "left", F, fit_size(a, F, fs, 380 if b else W - 2 * m)), (W - m, b, "right")], F, fs)
            y += rh
        y += 2
        p.hline(m, W - m, y - 6, 0.8)
        p.hline(m, W - m, y - 4, 0.8)
        y += 8
        p.pieces(y, [(cols[0][0], "UNIT CODE", "left"), (cols[1][0], "UNIT TITLE", "left"),
                     (cols[2][0], "CREDIT HRS", "center"), (cols[3][0], "GRADE", "center")], FB, fs)
        y += 4
        p.hline(m, W - m, y, 0.6)
        return p, y + rh + 2

    p, y = new_page(True)
    pages.append(p)
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    for yr, terms in sorted(years.items()):
        n_rows = sum(len(t.results) for t in terms) + 2 * len(terms) + 6
        if y + n_rows * rh > H - 120:
            p, y = new_page(False)
            pages.append(p)
        ay = f"{terms[0].start_year}/{terms[0].start_year + 1}"
        p.text(m, y, f"{YEAR_CAPS[yr]} - ACADEMIC YEAR {ay}", FB, fs + 0.5); y += rh + 2
        pairs = []
        for t in terms:
            sem = "Semester I" if t.key == "S1" else "Semester II"
            p.text(m + 80, y, sem, FB, fs); y += rh
            for r in t.results:
                g = ke_grade(r.score)
                vals = [r.code, r.spec.title, str(num(r.spec.credits)), g]
                p.pieces(y, [(x, v, al, F, fit_size(v, F, fs, w)) for (x, al, w), v in zip(cols, vals)], F, fs)
                out.append(course_truth(r, f"{YEAR_CAPS[yr]} - ACADEMIC YEAR {ay} {sem}", r.spec.credits, g,
                                        "semester"))
                pairs.append((r.score, r.spec.credits))
                y += rh
        mean = ke_grade(K.gpa(pairs))
        y += 2
        p.spaced(m + 80, y, [f"Mean Grade: {mean}", "RECOMMENDATION: PASS"], FB, fs, gap=40)
        y += rh
        p.hline(m, W - m, y - 4, 0.3)
        y += rh
    if y + 150 > H - 40:
        p, y = new_page(False)
        pages.append(p)
    p.text(m, y, f"DATE OF COMPLETION: {D.dmy_slash(s.conferred)}", FB, fs); y += rh
    p.text(m, y, f"TOTAL CREDIT HRS: {num(sum(r.spec.credits for t in s.terms for r in t.results))}", F, fs); y += rh * 2
    p.text(m, y, "KEY TO GRADES", FB, fs); y += rh
    for a, b in (("A = 70% - 100% EXCELLENT", "B = 60% - 69% GOOD"),
                 ("C = 50% - 59% SATISFACTORY", "D = 40% - 49% PASS"),
                 ("E = 0% - 39% FAIL", "X = ABSENT, I = INCOMPLETE")):
        p.pieces(y, [(m, a, "left"), (m + 200, b, "left")], F, fs - 0.5); y += rh
    y += 40
    p.signature(W - m - 180, y - 12, 120, rng)
    p.hline(W - m - 200, W - m, y, 0.6)
    p.text(W - m - 100, y + 11, "REGISTRAR (ACADEMIC AFFAIRS)", FB, fs - 0.5, "center")
    p.text(m, y + 11, f"DATE OF ISSUE: {D.dmy_slash(s.conferred)}", F, fs - 0.5)
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 28, f"PAGE {i} OF {len(pages)} - NOT VALID WITHOUT UNIVERSITY SEAL", F, 7, "center")
    return LayoutResult("transcript", "ke_consolidated", "blind_r1", pages, [name], out, "semester",
                        {"conferred_printed": D.dmy_slash(s.conferred)})


TRANSCRIPT_LAYOUTS = {"ke_consolidated": (ke_consolidated, "blind_r1", ("KE",))}
