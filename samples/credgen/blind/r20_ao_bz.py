"""Writer AO, round 20: Belize (BZ), a new country pack (names, invented institutions and employers,
curricula: the Associate of Science in Medical Laboratory Technology, the Bachelor of Science in Medical
Laboratory Science, the Bachelor of Science in Biology, the Bachelor of Science in Nursing), and its
transcript design: a university's US-style "OFFICIAL ACADEMIC TRANSCRIPT" printed from the student
system. US Letter portrait, the header in a serif font (the university, "Office of the Registrar",
"Belmopan, Belize, Central America"), the body in a MONOSPACE font with fixed-width columns and no ruling.
Student block (Student, ID "2014-0328", DOB "03-APR-1996", Program). A TRANSFER CREDIT block first
("Sixth Form: St. ... Junior College", grade TR, credits counted), then terms "FALL 2014", "SPRING 2015",
"SUMMER 2015" with course lines "BIOL 1014  General Biology I w/Lab   A-  4.00  14.68" (title truncated at 28
characters, credits, quality points), "TERM: ATT ... EARN ... GPA" and "CUM: ...". A repeated course: the
first attempt marked "E" (excluded) after its grade, the repeat "R". End: "DEGREE AWARDED: ...",
"*** END OF TRANSCRIPT ***", the Registrar's signature; the grading key on a back page.

Truth: every course line (code, title as printed i.e. truncated, credits "semester", grade letter without
the E/R mark, term "FALL 2014"; transfer rows term "TRANSFER CREDIT", grade "TR"); the excluded first
attempt passed false.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..model import us_points
from ..names import Employer, Institution
from ..pagekit import LETTER, Page
from .r6_l_common import add_department_phrases, fake_result
from .r20_ao_common import FAMILY, course_truth, k

BZ_AS_MLT = """
## 1 S1
BIOL 1014 | General Biology I w/Lab | 4 | B
CHEM 1014 | General Chemistry I w/Lab | 4 | C
MATH 1013 | College Algebra | 3 | M
ENGL 1013 | English Composition I | 3 | O
MLTC 1012 | Introduction to Medical Laboratory | 2 | P
## 1 S2
BIOL 1024 | Human Anatomy and Physiology w/Lab | 4 | B
CHEM 1024 | General Chemistry II w/Lab | 4 | C
MLTC 1024 | Hematology and Coagulation | 4 | P
MLTC 1033 | Urinalysis and Body Fluids | 3 | P
ENGL 1023 | English Composition II | 3 | O
## 1 SU
MLTC 1042 | Phlebotomy and Specimen Processing | 2 | P
BLZE 1013 | Belizean Studies | 3 | O
## 2 S1
MLTC 2014 | Clinical Chemistry | 4 | P
MLTC 2024 | Clinical Microbiology | 4 | P
MLTC 2033 | Immunology and Serology | 3 | ?B
MLTC 2043 | Immunohematology | 3 | P
MLTC 2006 | Clinical Practicum I | 6 | P | chemistry,hematology
## 2 S2
MLTC 2052 | Clinical Parasitology | 2 | P
MLTC 2062 | Laboratory Management | 2 | P
MLTC 2016 | Clinical Practicum II | 6 | P | microbiology,blood_bank
"""

BZ_BS_MLS = """
## 1 S1
BIOL 1014 | General Biology I w/Lab | 4 | B
CHEM 1014 | General Chemistry I w/Lab | 4 | C
MATH 1013 | College Algebra | 3 | M
ENGL 1013 | English Composition I | 3 | O
## 1 S2
BIOL 1024 | General Biology II w/Lab | 4 | B
CHEM 1024 | General Chemistry II w/Lab | 4 | C
MATH 1023 | Introductory Statistics | 3 | M
ENGL 1023 | English Composition II | 3 | O
## 2 S1
BIOL 2014 | Human Anatomy and Physiology I w/Lab | 4 | B
CHEM 2014 | Organic Chemistry I w/Lab | 4 | C
BIOL 2034 | Microbiology w/Lab | 4 | B
BLZE 1013 | Belizean Studies | 3 | O
## 2 S2
BIOL 2024 | Human Anatomy and Physiology II w/Lab | 4 | B
CHEM 2034 | Biochemistry w/Lab | 4 | C
MLSC 2013 | Introduction to Medical Laboratory Science | 3 | P
## 3 S1
MLSC 3014 | Clinical Chemistry I | 4 | P
MLSC 3024 | Hematology I | 4 | P
MLSC 3034 | Clinical Microbiology I | 4 | P
MLSC 3043 | Immunology | 3 | ?B
## 3 S2
MLSC 3054 | Clinical Chemistry II | 4 | P
MLSC 3064 | Hematology and Hemostasis | 4 | P
MLSC 3074 | Clinical Microbiology II | 4 | P
MLSC 3083 | Immunohematology | 3 | P
## 4 S1
MLSC 4013 | Urinalysis and Body Fluids | 3 | P
MLSC 4023 | Molecular Diagnostics | 3 | ?B
MLSC 4033 | Laboratory Management and Education | 3 | P
MLSC 4043 | Research Methods | 3 | O
## 4 S2
MLSC 4106 | Clinical Practicum I | 6 | P | chemistry,hematology,urinalysis
MLSC 4116 | Clinical Practicum II | 6 | P | microbiology,blood_bank
"""

BZ_BS_BIO = """
## 1 S1
BIOL 1014 | General Biology I w/Lab | 4 | B
CHEM 1014 | General Chemistry I w/Lab | 4 | C
MATH 1013 | College Algebra | 3 | M
ENGL 1013 | English Composition I | 3 | O
## 1 S2
BIOL 1024 | General Biology II w/Lab | 4 | B
CHEM 1024 | General Chemistry II w/Lab | 4 | C
MATH 1034 | Calculus I | 4 | M
ENGL 1023 | English Composition II | 3 | O
## 2 S1
BIOL 2014 | Genetics w/Lab | 4 | B
CHEM 2014 | Organic Chemistry I w/Lab | 4 | C
BIOL 2034 | Microbiology w/Lab | 4 | B
BLZE 1013 | Belizean Studies | 3 | O
## 2 S2
BIOL 2044 | Botany w/Lab | 4 | B
CHEM 2024 | Organic Chemistry II w/Lab | 4 | C
BIOL 2053 | Tropical Ecology | 3 | B
## 3 S1
BIOL 3014 | Cell and Molecular Biology w/Lab | 4 | B
CHEM 3014 | Biochemistry w/Lab | 4 | C
BIOL 3023 | Marine Biology of the Barrier Reef | 3 | B
## 3 S2
BIOL 3034 | Invertebrate Zoology w/Lab | 4 | B
BIOL 3043 | Immunology | 3 | B
MATH 2013 | Biostatistics | 3 | M
## 4 S1
BIOL 4013 | Evolution | 3 | B
BIOL 4024 | Parasitology w/Lab | 4 | ?B
BIOL 4033 | Research Methods | 3 | O
## 4 S2
BIOL 4043 | Conservation Biology | 3 | B
BIOL 4096 | Senior Research Project | 6 | O
"""

BZ_BSN = """
## 1 S1
BIOL 1014 | General Biology I w/Lab | 4 | B
ENGL 1013 | English Composition I | 3 | O
NURS 1013 | Foundations of Nursing | 3 | O
MATH 1013 | College Algebra | 3 | M
## 1 S2
BIOL 1024 | Human Anatomy and Physiology w/Lab | 4 | B
NURS 1024 | Fundamentals of Nursing Practice | 4 | O
ENGL 1023 | English Composition II | 3 | O
## 2 S1
NURS 2014 | Adult Health Nursing I | 4 | O
NURS 2023 | Pharmacology | 3 | O
BIOL 2034 | Microbiology w/Lab | 4 | B
## 2 S2
NURS 2034 | Maternal and Child Nursing | 4 | O
NURS 2043 | Health Assessment | 3 | O
## 3 S1
NURS 3014 | Adult Health Nursing II | 4 | O
NURS 3023 | Mental Health Nursing | 3 | O
## 3 S2
NURS 3034 | Pediatric Nursing | 4 | O
NURS 3043 | Community Health Nursing | 3 | O
## 4 S1
NURS 4014 | Critical Care Nursing | 4 | O
NURS 4023 | Nursing Research | 3 | O
## 4 S2
NURS 4036 | Nursing Practicum | 6 | O
NURS 4043 | Leadership in Nursing | 3 | O
"""

CURRICULA = [
    C.Curriculum("bz_as_mlt", "BZ", "Associate of Science in Medical Laboratory Technology", "associate", 2,
                 "medical_technology", "semester", C._parse(BZ_AS_MLT), 8, 5, clinical_training=True),
    C.Curriculum("bz_bs_mls", "BZ", "Bachelor of Science in Medical Laboratory Science", "bachelor", 4,
                 "medical_laboratory_science", "semester", C._parse(BZ_BS_MLS), 8, 5, clinical_training=True),
    C.Curriculum("bz_bs_bio", "BZ", "Bachelor of Science in Biology", "bachelor", 4, "biology", "semester",
                 C._parse(BZ_BS_BIO), 8, 5),
    C.Curriculum("bz_bsn", "BZ", "Bachelor of Science in Nursing", "bachelor", 4, "nursing", "semester",
                 C._parse(BZ_BSN), 8, 5),
]
ALL = ("bz_as_mlt", "bz_bs_mls", "bz_bs_bio", "bz_bsn")
INSTITUTIONS = [
    Institution("University of the Maya Mountains", "Belmopan", "Cayo District", "BZ", "Hummingbird Avenue", ALL),
    Institution("Central Belize Polytechnic University", "Belmopan", "Cayo District", "BZ",
                "Constitution Drive", ("bz_as_mlt", "bz_bs_mls", "bz_bs_bio")),
]
EMPLOYERS = [
    Employer("Cayo West Regional Hospital", "San Ignacio", "Cayo District", "BZ", "Eve Street",
             "(501) 824-0142", "cwrh.lab@health.example", "hospital"),
    Employer("Stann Creek Southern Regional Hospital", "Dangriga", "Stann Creek District", "BZ",
             "Stann Creek Valley Road", "(501) 522-0188", "scsrh@health.example", "hospital"),
    Employer("Corozal Northern Regional Hospital", "Orange Walk Town", "Orange Walk District", "BZ",
             "Northern Highway, Mile 55", "(501) 322-0175", "cnrh.admin@health.example", "hospital"),
    Employer("Belize Harbour Diagnostic Laboratory", "Belize City", "Belize District", "BZ",
             "Princess Margaret Drive", "(501) 223-0163", "info@harbourdx.example", "lab"),
]


def _student_no(rng, start_year, inst):
    return f"{start_year}-{rng.randint(100, 9999):04d}"


PACK = K.CountryPack(
    code="BZ", name="Belize",
    given={"F": ["Shanice", "Marisol", "Keisha", "Yesenia", "Tanisha", "Gabriela", "Delmy", "Jolene", "Arlette"],
           "M": ["Dwayne", "Jairo", "Kareem", "Marvin", "Esteban", "Delroy", "Kenrick", "Wilmer"]},
    surnames=["Cus", "Usher", "Castellanos", "Flowers", "Chan", "Tillett", "Pech", "Gentle", "Arzu", "Requena",
              "Bodden", "Sho"],
    middle={"F": ["Ann", "Marie", "Lucia", "Esther", ""], "M": ["Alan", "Jose", "Ricardo", "Lee", ""]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Mrs. Dorla M. Usher-Gentle", "Mr. Rodel Chan", "Dr. Marlene E. Pott", "Ms. Ingrid Tillett"],
    curricula=CURRICULA, mls_curriculum="bz_bs_mls", science_curricula=["bz_bs_bio"],
    nonqualifying_curricula=["bz_bsn"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Technician"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="space", student_no=_student_no, honours=[])
K.register(PACK)
add_department_phrases("BZ", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular (PCR)"], "phlebotomy": ["Phlebotomy"], "other": ["Histology"]})

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
SEM = {"S1": "FALL", "S2": "SPRING", "SU": "SUMMER"}
SIXTH = ["St. Augustine Junior College", "St. Columba Sixth Form", "Our Lady of Guadalupe Junior College"]
TRANSFER = [("ENGL 1013", "English Composition I", 3, "other"), ("MATH 1013", "College Algebra", 3, "mathematics"),
            ("SOCI 1013", "Introduction to Sociology", 3, "other"), ("HIST 1013", "Caribbean History", 3, "other")]


def ddmon(d):
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def bz20_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, M, MB = "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"
    W, H = LETTER
    L = 44
    nm = f"{person.surname}, {person.given}{(' ' + person.middle) if person.middle else ''}"
    pages, out = [], []
    lines = []   # (text, bold)
    deg = {"associate": "Associate of Science"}.get(cur.level, "Bachelor of Science")
    lines += [(f"Student: {nm}", False), ([(0, f"ID: {s.student_no}"), (24, f"DOB: {ddmon(s.dob)}")], False),
              (f"Program: {cur.title}", False), ("", False)]
    # transfer credit from sixth form: some courses the curriculum lists are credited instead
    tr_codes = set()
    if k(s, "tr") % 2 == 0:
        sch = SIXTH[k(s, "six") % len(SIXTH)]
        lines += [("TRANSFER CREDIT", True), (f"Sixth Form: {sch}", False)]
        n = 2 + k(s, "trn") % 2
        for code, title, cr, cat in TRANSFER[:n]:
            fr = fake_result(None, code, title, cr, cat)
            lines.append(([(0, code), (11, title[:28]), (40, "TR"), (45, f"{cr:.2f}"), (52, "0.00")], False))
            out.append(course_truth(fr, "TRANSFER CREDIT", cr, "TR", "semester", code=code, title=title[:28],
                                    transfer=True))
            tr_codes.add(code)
        lines.append((f"TRANSFER TOTAL: {sum(c for _, _, c, _ in TRANSFER[:n]):.2f}", False))
        lines.append(("", False))
    rep = None
    opts = [(i, r) for i, t in enumerate(s.terms[:-2]) for r in t.results if r.code not in tr_codes and not r.spec.areas]
    if k(s, "rep") % 3 == 0 and opts:
        rep = opts[k(s, "repi") % len(opts)]
    cum_a = cum_e = cum_q = 0.0
    tr_total = sum(c for _, _, c, _ in TRANSFER[:(2 + k(s, "trn") % 2)]) if tr_codes else 0
    for i, t in enumerate(s.terms):
        term = f"{SEM.get(t.key, t.key)} {t.start_year + (0 if t.key == 'S1' else 1)}"
        lines.append((term, True))
        ta = te = tq = 0.0
        rows = [(r, r.letter, "") for r in t.results if r.code not in tr_codes]
        if rep and rep[0] == i:
            rows = [(r, "F", " E") if r is rep[1] else (r, g, m) for r, g, m in rows]
        if rep and rep[0] == i - 1:
            rows.append((rep[1], "B", " R"))
        for r, g, mark in rows:
            cr = float(r.spec.credits)
            pts = us_points(g) if g != "F" else 0.0
            q = cr * pts
            title = r.spec.title[:28]
            lines.append(([(0, r.code), (11, title), (40, g + mark), (45, f"{cr:.2f}"), (52 + (1 if q < 10 else 0), f"{q:.2f}")], False))
            extra = {}
            if mark == " E":
                extra = {"passed": False, "repeat": "excluded"}
            elif mark == " R":
                extra = {"repeat": "repeated"}
            out.append(course_truth(r, term, cr, g, "semester", code=r.code, title=title, **extra))
            if mark != " E":
                ta += cr
                te += cr
                tq += q
            else:
                ta += cr
        cum_a += ta
        cum_e += te
        cum_q += tq
        gpa = tq / te if te else 0
        lines.append(([(2, "TERM: ATT"), (12, f"{ta:.2f}"), (19, "EARN"), (24, f"{te:.2f}"), (31, "GPA"), (35, f"{gpa:.2f}")], False))
        lines.append(([(2, "CUM:"), (8, "ATT"), (12, f"{cum_a + tr_total:.2f}"), (19, "EARN"),
                       (24, f"{cum_e + tr_total:.2f}"), (31, "GPA"), (35, f"{cum_q / cum_e:.2f}")], False))
        lines.append(("", False))
    lines += [([(0, f"DEGREE AWARDED: {deg}"), (40, ddmon(s.conferred))], True), ([(2, cur.title)], False), ("", False),
              ("*** END OF TRANSCRIPT ***", True)]

    def new_page():
        p = Page(LETTER)
        pages.append(p)
        p.logo(L + 22, 46, 20, 1, 0.3)
        p.text(W / 2 + 10, 40, inst.name, TB, 15, "center")
        p.text(W / 2 + 10, 55, "Office of the Registrar", T, 10.5, "center")
        p.text(W / 2 + 10, 68, "Belmopan, Belize, Central America", T, 9.5, "center")
        p.text(W / 2 + 10, 88, "OFFICIAL ACADEMIC TRANSCRIPT", TB, 12, "center")
        p.text(W - L, 104, f"Issued: {ddmon(s.conferred + dt.timedelta(days=30 + k(s, 'iss') % 200))}", M, 8,
               "right")
        return p

    p = new_page()
    y = 124
    for txt, bold in lines:
        if y > H - 90:
            p = new_page()
            y = 124
        if isinstance(txt, list):
            p.pieces(y, [(L + c * 5.16, f, "left") for c, f in txt if f], MB if bold else M, 8.6)
        elif txt:
            p.text(L, y, " ".join(txt.split()), MB if bold else M, 8.6)
        y += 11
    p.signature(W - 220, y + 10, 120, rng)
    p.hline(W - 230, W - 80, y + 22, 0.5)
    p.text(W - 155, y + 33, "University Registrar", T, 9, "center")
    n = len(pages)
    for i, q in enumerate(pages, 1):
        q.text(W / 2, H - 30, f"Page {i} of {n + 1}", M, 8, "center")
    back = Page(LETTER)
    pages.append(back)
    back.text(W / 2, 60, "GRADING KEY AND EXPLANATION OF TRANSCRIPT", TB, 11, "center")
    key = ["A   4.00  Excellent", "A-  3.70", "B+  3.30", "B   3.00  Good", "B-  2.70", "C+  2.30", "C   2.00  Satisfactory",
           "D   1.00  Poor", "F   0.00  Failure", "TR  Transfer credit (not in GPA)", "W   Withdrawn",
           "E   Attempt excluded from GPA (course repeated)", "R   Repeated course, grade included in GPA",
           "ATT Credits attempted   EARN Credits earned", "Quality points = credits x grade points"]
    for i, kk in enumerate(key):
        back.pieces(90 + 13 * i, [(L + 20, kk.split()[0], "left"), (L + 56, " ".join(kk.split()[1:]), "left")], M, 9)
    back.text(W / 2, H - 30, f"Page {n + 1} of {n + 1}", M, 8, "center")
    return LayoutResult("transcript", "ao_bz_transcript", FAMILY, pages, [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ao_bz_transcript": (bz20_transcript, FAMILY, ("BZ",))}
