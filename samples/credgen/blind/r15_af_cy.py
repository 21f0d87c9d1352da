"""Writer AF, round 15: Cyprus (CY). Country pack (invented private universities' "BSc in Medical
Laboratory Science", four years, 240 ECTS, School of Health Sciences; a BSc in Biological Sciences; a
BSc in Nursing) and the Registrar's "TRANSCRIPT OF RECORDS / ΑΝΑΛΥΤΙΚΗ ΒΑΘΜΟΛΟΓΙΑ": A4 landscape,
English with the Greek heading in small capitals above each English one (Greek as text), one block
per semester captioned "FALL SEMESTER 2013" / "SPRING SEMESTER 2014" (Greek above): Course Code
("MLS-201") | Course Title | US Credits | ECTS | Grade (A ... F, P) | Grade Points (the grade's points
times the US credits, "11.10"). Both credit columns are printed for every course. Each semester
closes with "Semester: Credits 16  ECTS 30  GPA 3.12" and "Cumulative: Credits 47  ECTS 90  CGPA
3.05". A course failed and repeated shows both rows, the first marked "(R)" after its title. The
fourth year carries "Clinical Practicum I" / "II" in hospital laboratories (6 US credits, 12 ECTS,
P). End: "Total Credits Earned: 130 US / 240 ECTS", "CGPA: 3.21 / 4.00", the degree and its date,
the Cypriot classification (Excellent 3.50-4.00, Very Good 3.00-3.49, Good 2.50-2.99, Pass
2.00-2.49), the Registrar's signature and the seal.

Credit basis: the US semester credits (credit_system "semester"); the ECTS beside them is kept per
row as `ects`. A failed first attempt is a row with passed False and semester_hours 0 (its credits
printed). Semester figures: Credits and ECTS earned (passed rows), GPA over the semester's graded
rows (F included); cumulative figures over all rows so far with the "(R)" rows left out of the CGPA
(the repeat replaces them). Grade points are printed with two decimals.
"""

import unicodedata

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Page
from .r15_af_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, cur, en_date,
                            natural, k, r2, round_stamp, sign_block, tags_of, watermark_crest)

CY_MLS = """
## 1 FA
BIO-111 | General Biology I | 4 | B | | 7.5
CHE-111 | General Chemistry I | 4 | C | | 7.5
MTH-115 | College Algebra | 3 | M | | 6
ENG-101 | Academic English I | 3 | O | | 6
CSC-100 | Computer Applications | 2 | O | | 3
## 1 SP
BIO-112 | General Biology II | 4 | B | | 7.5
CHE-112 | General Chemistry II | 4 | C | | 7.5
MTH-120 | Introduction to Statistics | 3 | M | | 6
ENG-102 | Academic English II | 3 | O | | 6
MLS-100 | Introduction to Medical Laboratory Science | 2 | P | | 3
## 2 FA
CHE-211 | Organic Chemistry | 4 | C | | 7.5
BIO-201 | Human Anatomy and Physiology I | 4 | B | | 7.5
BIO-210 | Microbiology | 4 | B | | 7.5
PHY-110 | Physics for Health Sciences | 4 | O | | 7.5
## 2 SP
CHE-220 | Biochemistry | 4 | C | | 7.5
BIO-202 | Human Anatomy and Physiology II | 4 | B | | 7.5
BIO-230 | Genetics | 3 | B | | 6
MLS-201 | Laboratory Safety and Phlebotomy | 2 | P | | 3
MLS-210 | Laboratory Instrumentation | 3 | P | | 6
## 3 FA
MLS-301 | Clinical Chemistry I | 4 | P | | 7.5
MLS-310 | Haematology I | 4 | P | | 7.5
MLS-320 | Clinical Microbiology I | 4 | ?P | | 7.5
BIO-320 | Immunology | 3 | ?B | | 6
MLS-330 | Urinalysis and Body Fluids | 1 | P | | 1.5
## 3 SP
MLS-302 | Clinical Chemistry II | 4 | P | | 7.5
MLS-311 | Haematology II and Haemostasis | 4 | P | | 7.5
MLS-321 | Clinical Microbiology II | 4 | ?P | | 7.5
MLS-340 | Immunohaematology | 3 | P | | 6
MLS-350 | Research Methods | 1 | O | | 1.5
## 4 FA
MLS-450 | Clinical Practicum I | 6 | P | chemistry,urinalysis,hematology | 12 | P
MLS-410 | Molecular Diagnostics | 3 | P | | 6
MLS-420 | Laboratory Management and Quality Assurance | 3 | P | | 6
MLS-430 | Histotechnology and Cytology | 3 | P | | 6
## 4 SP
MLS-451 | Clinical Practicum II | 6 | P | microbiology,blood_bank,immunology | 12 | P
MLS-440 | Medical Parasitology and Mycology | 3 | P | | 6
MLS-460 | Senior Thesis | 4 | O | | 9
ETH-401 | Bioethics | 2 | O | | 3
"""

CY_BIO = """
## 1 FA
BIO-111 | General Biology I | 4 | B | | 7.5
CHE-111 | General Chemistry I | 4 | C | | 7.5
MTH-115 | College Algebra | 3 | M | | 6
ENG-101 | Academic English I | 3 | O | | 6
CSC-100 | Computer Applications | 2 | O | | 3
## 1 SP
BIO-112 | General Biology II | 4 | B | | 7.5
CHE-112 | General Chemistry II | 4 | C | | 7.5
MTH-120 | Introduction to Statistics | 3 | M | | 6
ENG-102 | Academic English II | 3 | O | | 6
BIO-115 | Plant Biology | 2 | B | | 3
## 2 FA
CHE-211 | Organic Chemistry | 4 | C | | 7.5
BIO-210 | Microbiology | 4 | B | | 7.5
BIO-220 | Zoology | 4 | B | | 7.5
PHY-110 | General Physics | 4 | O | | 7.5
## 2 SP
CHE-220 | Biochemistry | 4 | C | | 7.5
BIO-230 | Genetics | 4 | B | | 7.5
BIO-240 | Ecology | 4 | B | | 7.5
BIO-250 | Cell Biology | 4 | B | | 7.5
## 3 FA
BIO-310 | Molecular Biology | 4 | B | | 7.5
BIO-320 | Immunology | 4 | ?B | | 7.5
BIO-330 | Animal Physiology | 4 | B | | 7.5
BIO-340 | Biostatistics | 4 | M | | 7.5
## 3 SP
BIO-350 | Developmental Biology | 4 | B | | 7.5
BIO-360 | Virology | 4 | ?B | | 7.5
BIO-370 | Marine Biology | 4 | B | | 7.5
CHE-310 | Analytical Chemistry | 4 | C | | 7.5
## 4 FA
BIO-410 | Biotechnology | 4 | B | | 7.5
BIO-420 | Evolutionary Biology | 4 | B | | 7.5
BIO-430 | Bioinformatics | 4 | O | | 7.5
BIO-440 | Research Methods in Biology | 4 | O | | 7.5
## 4 SP
BIO-450 | Senior Research Project | 8 | O | | 15
BIO-460 | Environmental Toxicology | 4 | O | | 7.5
ETH-401 | Bioethics | 4 | O | | 7.5
"""

CY_NURS = """
## 1 FA
NUR-101 | Fundamentals of Nursing I | 4 | O | | 7.5
BIO-105 | Anatomy for Nurses | 4 | B | | 7.5
CHE-105 | Chemistry for Health Sciences | 3 | C | | 6
ENG-101 | Academic English I | 3 | O | | 6
PSY-101 | Introduction to Psychology | 2 | O | | 3
## 1 SP
NUR-102 | Fundamentals of Nursing II | 4 | O | | 7.5
BIO-106 | Physiology for Nurses | 4 | B | | 7.5
BIO-107 | Microbiology for Nurses | 3 | B | | 6
MTH-120 | Introduction to Statistics | 3 | M | | 6
NUR-110 | Clinical Practice I | 2 | O | | 3 | P
## 2 FA
NUR-201 | Medical-Surgical Nursing I | 4 | O | | 7.5
NUR-210 | Pharmacology | 4 | O | | 7.5
NUR-220 | Clinical Practice II | 8 | O | | 15 | P
## 2 SP
NUR-202 | Medical-Surgical Nursing II | 4 | O | | 7.5
NUR-230 | Paediatric Nursing | 4 | O | | 7.5
NUR-240 | Clinical Practice III | 8 | O | | 15 | P
## 3 FA
NUR-301 | Maternal Health Nursing | 4 | O | | 7.5
NUR-310 | Mental Health Nursing | 4 | O | | 7.5
NUR-320 | Clinical Practice IV | 8 | O | | 15 | P
## 3 SP
NUR-302 | Community Health Nursing | 4 | O | | 7.5
NUR-330 | Nursing Research | 4 | O | | 7.5
NUR-340 | Clinical Practice V | 8 | O | | 15 | P
## 4 FA
NUR-401 | Critical Care Nursing | 4 | O | | 7.5
NUR-410 | Nursing Management | 4 | O | | 7.5
NUR-420 | Clinical Practice VI | 8 | O | | 15 | P
## 4 SP
NUR-430 | Clinical Practice VII | 12 | O | | 22.5 | P
NUR-440 | Senior Thesis | 4 | O | | 7.5
"""

TAGS = {"cy_mls": tags_of(CY_MLS), "cy_bio": tags_of(CY_BIO), "cy_nurs": tags_of(CY_NURS)}
PTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "C-": 1.7, "D+": 1.3, "D": 1.0,
       "F": 0.0}
LETTERS = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+"]
TITLE = {"cy_mls": "BSc in Medical Laboratory Science", "cy_bio": "BSc in Biological Sciences",
         "cy_nurs": "BSc in Nursing"}
TITLE_GR = {"cy_mls": "Πτυχίο στην Ιατρική Εργαστηριακή Επιστήμη", "cy_bio": "Πτυχίο στις Βιολογικές Επιστήμες",
            "cy_nurs": "Πτυχίο στη Νοσηλευτική"}

CY_INST = [
    Institution("University of Mesaoria", "Nicosia", "Nicosia District", "CY", "46 Makedonitissis Avenue",
                ("cy_mls", "cy_bio", "cy_nurs"), "university",
                extra={"gr": "Πανεπιστήμιο Μεσαορίας", "gr_gen": "Πανεπιστημίου Μεσαορίας", "school": "School of Health Sciences",
                       "school_gr": "Σχολή Επιστημών Υγείας"}),
    Institution("Troodos European University", "Limassol", "Limassol District", "CY", "18 Archiepiskopou Kyprianou",
                ("cy_mls", "cy_bio", "cy_nurs"), "university",
                extra={"gr": "Ευρωπαϊκό Πανεπιστήμιο Τροόδους", "gr_gen": "Ευρωπαϊκού Πανεπιστημίου Τροόδους",
                       "school": "School of Health Sciences",
                       "school_gr": "Σχολή Επιστημών Υγείας"}),
]

PACK = K.CountryPack(
    code="CY", name="Cyprus",
    given={"F": ["Maria", "Eleni", "Andri", "Christina", "Georgia", "Despina", "Stella", "Marina", "Katerina",
                 "Anthi"],
           "M": ["Andreas", "Christos", "Giorgos", "Michalis", "Panayiotis", "Constantinos", "Nikos", "Stelios",
                 "Marios", "Savvas"]},
    surnames=["Georgiou", "Constantinou", "Charalambous", "Ioannou", "Christodoulou", "Nicolaou", "Panayiotou",
              "Savva", "Kyriakou", "Demetriou", "Papadopoulos", "Antoniou"],
    middle={"F": [], "M": []},
    institutions=CY_INST,
    employers=[
        Employer("Kyrenia Gate Medical Diagnostic Centre Ltd", "Nicosia", "Nicosia District", "CY",
                 "12 Stasinou Street, 1060 Nicosia", "+357 22 456 789", "info@kgmdc.example", "lab"),
        Employer("Akamas Biomedical Laboratories Ltd", "Paphos", "Paphos District", "CY",
                 "5 Apostolou Pavlou Avenue, 8046 Paphos", "+357 26 912 345", "office@akamaslabs.example", "lab"),
        Employer("Amathus Private Hospital", "Limassol", "Limassol District", "CY",
                 "21 Franklin Roosevelt Avenue, 3011 Limassol", "+357 25 208 000", "hr@amathus-hospital.example"),
    ],
    signers=["Dr Andreas Michaelides", "Ms Elena Hadjioannou", "Dr Sotiris Pavlides"],
    curricula=[cur("cy_mls", "CY", "Bachelor of Science in Medical Laboratory Science", "bachelor", 4,
                   "medical_technology", "semester", CY_MLS, 9, 6, True),
               cur("cy_bio", "CY", "Bachelor of Science in Biological Sciences", "bachelor", 4, "biology",
                   "semester", CY_BIO, 9, 6),
               cur("cy_nurs", "CY", "Bachelor of Science in Nursing", "bachelor", 4, "nursing", "semester", CY_NURS,
                   9, 6)],
    mls_curriculum="cy_mls", science_curricula=["cy_bio"], nonqualifying_curricula=["cy_nurs"],
    positions_mls=["Medical Laboratory Scientist", "Biomedical Scientist"],
    positions_science=["Medical Laboratory Scientist", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"U{sy % 100:02d}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("CY", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})


def gr_caps(s):
    """Greek in capitals drops its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(c))


def letter_of(s, salt, r):
    i = LETTERS.index(r.letter) if r.letter in LETTERS else 3
    return LETTERS[max(0, min(len(LETTERS) - 1, i + (k(s, salt) % 3) - 1))]


def classification(g):
    if g >= 3.5:
        return "Excellent"
    if g >= 3.0:
        return "Very Good"
    if g >= 2.5:
        return "Good"
    return "Pass"


def cy_transcript(s, person, rng):
    inst, cu = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = natural(person)
    TG = TAGS[cu.id]
    W, H = LANDSCAPE_A4
    L, R = 44, W - 44
    xs = [L, L + 86, L + 420, L + 500, L + 560, L + 630, R]
    fz = 8
    pages = []
    st = {"p": None, "y": 0}

    def gr(p, x, y, s_, size=6.2, align="left"):
        p.text(x, y, s_, S, size, align, gray=0.3)

    def new_page():
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        st["p"] = p
        watermark_crest(p, W / 2, H / 2, 110, 0.93)
        p.text(L, 40, inst.name.upper(), SB, 13)
        gr(p, L, 52, gr_caps(inst.extra["gr"]), 7)
        p.text(R, 34, "ΑΝΑΛΥΤΙΚΗ ΒΑΘΜΟΛΟΓΙΑ", S, 7.5, "right", gray=0.3)
        p.text(R, 48, "TRANSCRIPT OF RECORDS", SB, 13, "right")
        p.hline(L, R, 60, 0.9)
        st["y"] = 76
        return p

    def head(caption, caption_gr):
        p, y = st["p"], st["y"]
        gr(p, L, y, caption_gr, 6.5)
        p.text(L, y + 10, caption, SB, 9)
        y += 15
        p.rect(L, y, R - L, 22, 0.4, 0.0, fill=0.9)
        heads = [("ΚΩΔΙΚΟΣ", "Course Code"), ("ΤΙΤΛΟΣ ΜΑΘΗΜΑΤΟΣ", "Course Title"), ("ΜΟΝΑΔΕΣ ΗΠΑ", "US Credits"),
                 ("ECTS", "ECTS"), ("ΒΑΘΜΟΣ", "Grade"), ("ΒΑΘΜΟΙ", "Grade Points")]
        p.pieces(y + 8, [(xs[i] + 3, h[0], "left") for i, h in enumerate(heads)], S, 6.2, gray=0.3)
        p.pieces(y + 18, [(xs[i] + 3, h[1], "left") for i, h in enumerate(heads)], SB, 7.8)
        st["y"] = y + 33

    p = new_page()
    y = st["y"]
    fields = [("ΟΝΟΜΑΤΕΠΩΝΥΜΟ", f"Student Name: {nm}"), ("ΑΡΙΘΜΟΣ ΦΟΙΤΗΤΗ", f"Student ID: {s.student_no}"),
              ("ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ", f"Date of Birth: {s.dob.strftime('%d/%m/%Y')}")]
    fields2 = [("ΣΧΟΛΗ", f"School: {inst.extra['school']}"), ("ΠΡΟΓΡΑΜΜΑ", f"Programme: {TITLE[cu.id]}"),
               ("ΗΜΕΡΟΜΗΝΙΑ ΕΓΓΡΑΦΗΣ", f"Date of Admission: {s.admitted.strftime('%d/%m/%Y')}")]
    for i, ((ga, a), (gb, b)) in enumerate(zip(fields, fields2)):
        p.pieces(y, [(L, ga, "left"), (W / 2, gb, "left")], S, 6, gray=0.3)
        p.pieces(y + 10, [(L, a, "left"), (W / 2, b, "left")], S, 9)
        y += 24
    st["y"] = y + 6
    # one course failed at the first attempt and repeated the next semester
    fail = None
    if k(s, "f") % 3 == 0:
        pool = [(i, r) for i, t in enumerate(s.terms[:4]) for r in t.results if len(TG[r.spec.code]) < 2]
        if pool:
            fail = pool[k(s, "fc") % len(pool)]
    out = []
    cum_c = cum_e = 0.0
    cum_gp = cum_gc = 0.0
    for ti, t in enumerate(s.terms):
        fall = t.key == "FA"
        yr = t.start_year if fall else t.start_year + 1
        caption = f"{'FALL' if fall else 'SPRING'} SEMESTER {yr}"
        caption_gr = f"{'ΧΕΙΜΕΡΙΝΟ' if fall else 'ΕΑΡΙΝΟ'} ΕΞΑΜΗΝΟ {yr}"
        rows = []
        for j, r in enumerate(t.results):
            tg = TG[r.spec.code]
            ects = float(tg[0])
            if len(tg) > 1 and tg[1] == "P":
                rows.append((r, ects, "P", True, False))
            elif fail and fail[1] is r:
                rows.append((r, ects, "F", False, True))
            else:
                rows.append((r, ects, letter_of(s, f"{ti}.{j}", r), True, False))
        if fail and fail[0] == ti - 1:
            r = fail[1]
            rows.append((r, float(TG[r.spec.code][0]), LETTERS[2 + k(s, "rep") % 5], True, False))
        need = 52 + 12 * len(rows) + 30
        if st["y"] + need > H - 40:
            new_page()
        head(caption, caption_gr)
        sc = se = 0.0
        sgp = sgc = 0.0
        for r, ects, g, ok, rep in rows:
            p, y = st["p"], st["y"]
            cr = r.spec.credits
            title = r.spec.title + (" (R)" if rep else "")
            gp = None if g == "P" else PTS[g] * cr
            p.pieces(y, [(xs[0] + 3, r.spec.code, "left"), (xs[1] + 3, title, "left"),
                         (xs[3] - 30, f"{cr:g}", "right"), (xs[4] - 24, f"{ects:g}", "right"),
                         (xs[4] + 10, g, "left"), (xs[6] - 30, "" if gp is None else f"{gp:.2f}", "right")], S, fz)
            p.hline(L, R, y + 3.5, 0.2, 0.7)
            st["y"] = y + 12
            extra = {"ects": ects}
            if gp is not None:
                extra["grade_points"] = round(gp, 2)
                sgp += gp
                sgc += cr
                if not rep:
                    cum_gp += gp
                    cum_gc += cr
            if ok:
                sc += cr
                se += ects
                out.append(course_truth(r, caption, cr, g, "semester", code=r.spec.code, title=title, **extra))
            else:
                out.append(course_truth(r, caption, cr, g, "semester", code=r.spec.code, title=title, passed=False,
                                        semester_hours=0, **extra))
        cum_c += sc
        cum_e += se
        p, y = st["p"], st["y"] + 2
        sg = f"{r2(sgp / sgc):.2f}" if sgc else "-"
        cg = f"{r2(cum_gp / cum_gc):.2f}" if cum_gc else "-"
        p.spaced(xs[1] + 3, y + 6, ["Semester:", f"Credits {sc:g}", f"ECTS {se:g}", f"GPA {sg}"], SB, 8, gap=14)
        p.spaced(xs[1] + 3, y + 18, ["Cumulative:", f"Credits {cum_c:g}", f"ECTS {cum_e:g}", f"CGPA {cg}"], S, 8,
                 gap=14)
        st["y"] = y + 36
    if st["y"] + 150 > H - 30:
        new_page()
    p, y = st["p"], st["y"] + 4
    p.hline(L, R, y, 0.8)
    cg = r2(cum_gp / cum_gc)
    p.text(L, y + 16, f"Total Credits Earned: {cum_c:g} US / {cum_e:g} ECTS", SB, 9.5)
    p.text(L, y + 30, f"CGPA: {cg:.2f} / 4.00", SB, 9.5)
    p.text(L, y + 44, f"Degree awarded: {TITLE[cu.id]}, Date: {en_date(s.conferred)}", S, 9.5)
    p.text(L, y + 58, f"Classification: {classification(cg)}", S, 9.5)
    p.text(L, y + 74, "Grading: A 4.00, A- 3.70, B+ 3.30, B 3.00, B- 2.70, C+ 2.30, C 2.00, C- 1.70, D+ 1.30, "
                      "D 1.00, F 0.00; P Pass; I Incomplete; W Withdrawal; (R) course repeated.", S, 7)
    p.text(L, y + 84, "Classification: Excellent 3.50-4.00; Very Good 3.00-3.49; Good 2.50-2.99; Pass 2.00-2.49. "
                      "1 US credit = 15 contact hours; 1 ECTS = 25-30 hours of student workload.", S, 7)
    yb = y + 130
    sign_block(p, rng, R - 130, yb, "Registrar", S, 9, 190)
    round_stamp(p, R - 290, yb - 16, 32, 0.45)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.pieces(H - 22, [(L, f"Issued: {en_date(s.conferred)}", "left"), (R, f"Page {q} of {n}", "right")], S, 7)
    return LayoutResult("transcript", "af_cy_transcript_of_records", FAMILY, by_reading_order(pages), [nm], out,
                        "semester", {"prints_totals": True, "classification": classification(cg)})


TRANSCRIPT_LAYOUTS = {"af_cy_transcript_of_records": (cy_transcript, FAMILY, ("CY",))}
