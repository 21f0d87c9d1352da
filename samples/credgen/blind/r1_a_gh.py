"""Writer A, round 1 -- Ghana: country pack, semester curricula and a public university's
"Statement of Results".

Design (described, not copied): a line per term "YEAR ONE SEMESTER ONE 2015/2016", columns
`COURSE | COURSE TITLE | CREDIT | MARK | GRADE` (codes "MLAB 151", "CHEM 151"), under each
semester "Sem. Credits: 18 Cum. Credits: 36 CWA: 68.42 Cum. CWA: 66.90" (credit-weighted
average of marks); the column header is printed once, continuation pages just go on under the
next term line; "Class of Degree: Second Class Upper Division"; the university's short name as
a pale diagonal watermark on every page.
"""

from .. import dates as D
from ..countries import CountryPack, register
from ..courses import Curriculum, _parse
from ..layouts_transcript import LayoutResult, course_truth, fit_size, num
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page
from . import r1_a_kit as K

GH_BSC_MLS = """
## 1 S1
MLAB 151 | Introduction to Medical Laboratory Science | 2 | ?P
CHEM 151 | General Chemistry I | 3 | C
BIOL 151 | General Biology I | 3 | B
PHYS 151 | Physics for Health Sciences | 2 | O
MATH 151 | Algebra | 2 | M
ENGL 157 | Communication Skills I | 2 | O
ANAT 151 | Human Anatomy I | 3 | B
## 1 S2
CHEM 152 | Organic Chemistry | 3 | C
BIOL 152 | General Biology II | 3 | B
PHSL 152 | Human Physiology I | 3 | B
ANAT 152 | Human Anatomy II | 3 | B
STAT 152 | Introductory Statistics | 2 | M
ENGL 158 | Communication Skills II | 2 | O
AFRI 152 | African Studies | 1 | O
## 2 S1
BCHM 251 | General Biochemistry I | 3 | C
PHSL 251 | Human Physiology II | 3 | B
MLAB 251 | Basic Haematology | 3 | P
MLAB 253 | General Microbiology | 3 | B
MLAB 255 | Laboratory Instrumentation | 2 | ?P
CSM 251 | Computer Literacy | 2 | O
## 2 S2
BCHM 252 | General Biochemistry II | 3 | C
MLAB 252 | Systemic Bacteriology | 3 | ?P
MLAB 254 | Medical Parasitology | 3 | P
MLAB 256 | Immunology | 3 | B
MLAB 258 | Histology and Histotechniques | 3 | ?P
## 3 S1
MLAB 351 | Clinical Chemistry I | 3 | P
MLAB 353 | Haematology I | 3 | P
MLAB 355 | Medical Bacteriology | 3 | ?P
MLAB 357 | Immunohaematology and Blood Transfusion | 3 | ?P
MLAB 359 | Virology | 2 | ?B
MLAB 361 | Research Methods | 2 | O
## 3 S2
MLAB 352 | Clinical Chemistry II | 3 | P
MLAB 354 | Haematology II | 3 | P
MLAB 356 | Mycology | 2 | B
MLAB 358 | Histopathology and Cytology | 3 | P
MLAB 362 | Molecular Biology | 3 | B
MLAB 364 | Quality Assurance in Laboratory Medicine | 2 | ?P
## 4 S1
MLAB 451 | Clinical Attachment: Chemical Pathology | 4 | ?P | chemistry
MLAB 453 | Clinical Attachment: Haematology and Blood Transfusion | 4 | P | hematology,blood_bank
MLAB 455 | Clinical Attachment: Microbiology | 4 | ?P | microbiology
MLAB 457 | Laboratory Management | 2 | P
## 4 S2
MLAB 452 | Project Work | 6 | O
MLAB 454 | Seminar | 2 | O
MLAB 456 | Public Health Microbiology | 3 | B
"""

GH_BSC_BIOCHEM = """
## 1 S1
CHEM 151 | General Chemistry I | 3 | C
BIOL 151 | General Biology I | 3 | B
MATH 151 | Algebra | 3 | M
ENGL 157 | Communication Skills I | 2 | O
## 1 S2
CHEM 152 | Organic Chemistry | 3 | C
BIOL 152 | General Biology II | 3 | B
MATH 152 | Calculus I | 3 | M
AFRI 152 | African Studies | 1 | O
## 2 S1
BCHM 251 | General Biochemistry I | 3 | C
CHEM 251 | Physical Chemistry | 3 | C
BIOL 251 | Cell Biology | 3 | B
## 2 S2
BCHM 252 | General Biochemistry II | 3 | C
BCHM 254 | Enzymology | 3 | ?C
STAT 252 | Biostatistics | 3 | M
## 3 S1
BCHM 351 | Metabolism I | 3 | ?C
BCHM 353 | Molecular Biology | 3 | B
BCHM 355 | Nutritional Biochemistry | 3 | C
## 3 S2
BCHM 352 | Metabolism II | 3 | ?C
BCHM 354 | Clinical Biochemistry | 3 | ?P
BCHM 356 | Immunology | 3 | B
## 4 S1
BCHM 451 | Research Methods | 2 | O
BCHM 453 | Plant Biochemistry | 3 | C
## 4 S2
BCHM 452 | Project Work | 6 | O
BCHM 454 | Seminar | 2 | O
"""

GH_BSC_NURSING = """
## 1 S1
NURS 151 | Foundations of Nursing I | 3 | O
ANAT 151 | Human Anatomy I | 3 | B
ENGL 157 | Communication Skills I | 2 | O
## 1 S2
NURS 152 | Foundations of Nursing II | 3 | O
PHSL 152 | Human Physiology I | 3 | B
AFRI 152 | African Studies | 1 | O
## 2 S1
NURS 251 | Medical Nursing I | 4 | O
NURS 253 | Pharmacology for Nurses | 3 | O
## 2 S2
NURS 252 | Surgical Nursing I | 4 | O
NURS 254 | Microbiology and Parasitology | 3 | ?B
## 3 S1
NURS 351 | Paediatric Nursing | 4 | O
NURS 353 | Community Health Nursing | 3 | O
## 3 S2
NURS 352 | Mental Health Nursing | 4 | O
NURS 354 | Maternal Health Nursing | 3 | O
## 4 S1
NURS 451 | Nursing Administration | 3 | O
NURS 453 | Clinical Practice | 4 | O
## 4 S2
NURS 452 | Research Project | 6 | O
"""

CURRICULA = [
    Curriculum("gh_bsc_mls", "GH", "Bachelor of Science in Medical Laboratory Science",
               "bachelor", 4, "medical_laboratory_science", "semester", _parse(GH_BSC_MLS), 8, 11,
               clinical_training=True),
    Curriculum("gh_bsc_biochem", "GH", "Bachelor of Science in Biochemistry", "bachelor", 4,
               "chemistry", "semester", _parse(GH_BSC_BIOCHEM), 8, 11),
    Curriculum("gh_bsc_nursing", "GH", "Bachelor of Science in Nursing", "bachelor", 4, "nursing",
               "semester", _parse(GH_BSC_NURSING), 8, 11),
]

INSTITUTIONS = [
    Institution("Volta Basin University", "Ho", "Volta Region", "GH", "PMB 31, Sokode Road",
                ("gh_bsc_mls", "gh_bsc_biochem", "gh_bsc_nursing"), extra={"abbr": "VBU"}),
    Institution("Ashanti Highlands University of Science", "Kumasi", "Ashanti Region", "GH",
                "Private Mail Bag, Ejisu Road", ("gh_bsc_mls", "gh_bsc_biochem"),
                extra={"abbr": "AHUS"}),
    Institution("Cape Coast Atlantic University", "Cape Coast", "Central Region", "GH",
                "University Post Office, Amamoma", ("gh_bsc_mls", "gh_bsc_nursing"),
                extra={"abbr": "CCAU"}),
]

EMPLOYERS = [
    Employer("Korle Lagoon Teaching Hospital", "Accra", "Greater Accra Region", "GH",
             "P.O. Box KB 700, Guggisberg Avenue", "+233 30 000 0142", "hr@korlelagoon-th.example"),
    Employer("Kumasi Garden City Regional Hospital", "Kumasi", "Ashanti Region", "GH",
             "P.O. Box 1944, Bantama", "+233 32 000 0177", "admin@gardencity-rh.example"),
    Employer("Accra Ridge Diagnostic Laboratories", "Accra", "Greater Accra Region", "GH",
             "14 Castle Road, Ridge", "+233 30 000 0118", "lab@ridge-dx.example", "lab"),
    Employer("Tamale Savannah Municipal Hospital", "Tamale", "Northern Region", "GH",
             "P.O. Box TL 16, Bolgatanga Road", "+233 37 000 0163", "ms@savannah-mh.example"),
]


def _student_no(rng, start_year, inst):
    return f"{rng.randint(10, 20)}{start_year % 100:02d}{rng.randint(1000, 9999)}"


PACK = CountryPack(
    code="GH", name="Ghana",
    given={"F": ["Akosua", "Abena", "Efua", "Ama", "Adwoa", "Yaa", "Esi", "Gifty", "Priscilla"],
           "M": ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Emmanuel", "Kwesi", "Nana"]},
    surnames=["Mensah", "Boateng", "Owusu", "Asante", "Agyeman", "Osei", "Addo", "Appiah",
              "Darko", "Ofori", "Amoah", "Quaye"],
    middle={"F": ["Serwaa", "Achiaa", "Nyarko", "Dufie"], "M": ["Opoku", "Adjei", "Kyei", "Ansah"]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Dr. Kwaku Adomako-Bonsu", "Mrs. Comfort A. Tetteh", "Mr. Samuel K. Aidoo",
             "Dr. Rita Ampofo"],
    curricula=CURRICULA, mls_curriculum="gh_bsc_mls", science_curricula=["gh_bsc_biochem"],
    nonqualifying_curricula=["gh_bsc_nursing"],
    positions_mls=["Medical Laboratory Scientist", "Senior Medical Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Technical Officer (Laboratory)"],
    code_style="space", student_no=_student_no)
register(PACK)

GH_BANDS = [(70, "A"), (60, "B"), (50, "C"), (40, "D"), (0, "F")]
NUM_WORD = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR"}


def gh_grade(mark):
    for lo, g in GH_BANDS:
        if mark >= lo:
            return g


def gh_class(cwa):
    return ("First Class" if cwa >= 70 else "Second Class Upper Division" if cwa >= 60 else
            "Second Class Lower Division" if cwa >= 50 else "Pass")


def gh_statement_of_results(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = rng.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"),
                        ("Courier", "Courier-Bold")])
    name = name_form(person, rng.choice(["surname_first_full", "caps"]))
    W, H = A4
    m = 46
    cols = [(m + 2, "left", 60), (m + 76, "left", 290), (m + 388, "center", 40),
            (m + 440, "center", 40), (W - m - 14, "center", 30)]
    rh = rng.choice([12.5, 13.0, 14.0])
    fs = 9 if F != "Courier" else 8.5
    abbr = inst.extra.get("abbr", inst.name.split()[0].upper())
    idx_no = f"{rng.randint(10 ** 6, 10 ** 7 - 1)}"

    def new_page(first):
        p = Page(A4)
        K.watermark(p, abbr, FB, 35)
        y = 48
        p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 15, W - 2 * m), "center"); y += 14
        p.text(W / 2, y, f"{inst.street}, {inst.city}, Ghana", F, 8.5, "center"); y += 12
        p.text(W / 2, y, "OFFICE OF THE REGISTRAR - ACADEMIC AFFAIRS", F, 9, "center"); y += 18
        if first:
            p.text(W / 2, y, "STATEMENT OF RESULTS", FB, 13, "center"); y += 20
            for a, b in ((f"NAME: {name}", f"STUDENT ID: {s.student_no}"),
                         (f"PROGRAMME: {cur.title.upper()}", f"INDEX NO.: {idx_no}")):
                p.pieces(y, [(m, a, "left", F, fit_size(a, F, 9, 330)), (W - m, b, "right")], F, 9)
                y += 13
        p.hline(m, W - m, y - 5, 1.0)
        return p, y + 10

    pages = []
    p, y = new_page(True)
    pages.append(p)
    y += 2
    p.pieces(y, [(cols[0][0], "COURSE", "left"), (cols[1][0], "COURSE TITLE", "left"),
                 (cols[2][0], "CREDIT", "center"), (cols[3][0], "MARK", "center"),
                 (cols[4][0], "GRADE", "center")], FB, 8.5)
    y += 5
    p.hline(m, W - m, y, 0.6)
    y += 8
    out, cum = [], []
    for t in s.terms:
        if y + 28 + rh * 2 > H - 70:
            p, y = new_page(False)
            pages.append(p)
        sem = "ONE" if t.key == "S1" else "TWO"
        label = f"YEAR {NUM_WORD[t.year]} SEMESTER {sem} {t.start_year}/{t.start_year + 1}"
        y += 8
        p.text(m, y, label, FB, 9.5)
        pairs = []
        for r in t.results:
            y += rh
            if y > H - 80:
                p, y = new_page(False)
                pages.append(p)
                y += rh
            mk = r.score
            g = gh_grade(mk)
            vals = [r.code, r.spec.title, str(num(r.spec.credits)), str(mk), g]
            p.pieces(y, [(x, v, al, F, fit_size(v, F, fs, w)) for (x, al, w), v in zip(cols, vals)], F, fs)
            pairs.append((mk, r.spec.credits))
            out.append(course_truth(r, label, r.spec.credits, g, "semester", score=mk))
        cum += pairs
        y += rh + 2
        if y > H - 72:
            p, y = new_page(False)
            pages.append(p)
        p.spaced(m + 2, y, [f"Sem. Credits: {num(sum(c for _, c in pairs))}",
                            f"Cum. Credits: {num(sum(c for _, c in cum))}",
                            f"CWA: {K.f2(K.gpa(pairs))}", f"Cum. CWA: {K.f2(K.gpa(cum))}"], FB, 8.5, gap=22)
        y += 8
        p.hline(m, W - m, y, 0.3)
        y += 6
    if y + 130 > H - 50:
        p, y = new_page(False)
        pages.append(p)
    y += 14
    cwa = K.gpa(cum)
    p.text(m, y, f"Class of Degree: {gh_class(cwa)}", FB, 10.5); y += 14
    p.text(m, y, f"Date of Award: {D.ordinal_dmy(s.conferred)}", F, 9.5); y += 14
    p.text(m, y, "GRADING: A (70-100) Excellent; B (60-69) Very Good; C (50-59) Good; D (40-49) Pass; F (0-39) Fail", F, 7.5); y += 11
    p.text(m, y, "CWA = sum of (credit x mark) / sum of credits. This statement is not valid if it bears any alteration.", F, 7.5)
    y += 60
    p.signature(W - m - 170, y - 12, 110, rng)
    p.hline(W - m - 180, W - m, y, 0.6)
    p.text(W - m - 90, y + 12, "For: Registrar", FB, 9, "center")
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 26, f"Page {i} of {len(pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "gh_statement_of_results", "blind_r1", pages, [name], out,
                        "semester", {"conferred_printed": D.ordinal_dmy(s.conferred)})


TRANSCRIPT_LAYOUTS = {"gh_statement_of_results": (gh_statement_of_results, "blind_r1", ("GH",))}
