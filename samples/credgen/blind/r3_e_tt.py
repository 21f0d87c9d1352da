"""Writer E, round 3: Trinidad and Tobago. Country pack (BSc Medical Laboratory Technology, 4
years; BSc Biology; BSc Nursing; semester credits) and the university "ACADEMIC RECORD" printed by
the registrar's student system: plain fixed-pitch rows WITHOUT any column headers
("MEDT 1001  Introduction to Medical Laboratory Science    3  B+"), term captions "2015/2016
Semester I", "GPA 3.10  Credits 15" under each term, the degree GPA and class of degree at the end,
and a raised (embossed) seal area."""

from .. import countries as K
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..model import us_points
from ..names import Employer, Institution, name_form
from ..pagekit import LETTER, Flow, Page, fit_size
from .r3_e_common import FAMILY, add_department_phrases, course_truth, curriculum, embossed_seal, wavg

TT_MLT = """
## 1 S1
FOUN 1001 | English for Academic Purposes | 3 | O
BIOC 1020 | Cellular Biochemistry | 3 | C
CHEM 1066 | Introductory Chemistry | 3 | C
BIOL 1262 | Living Organisms I | 3 | B
MEDT 1001 | Introduction to Medical Laboratory Science | 3 | P
## 1 S2
FOUN 1101 | Caribbean Civilisation | 3 | O
BIOC 1021 | Introductory Biochemistry II | 3 | C
CHEM 1067 | Organic Chemistry for Health Sciences | 3 | C
ANAT 1010 | Human Anatomy and Physiology | 3 | B
MATH 1115 | Fundamental Mathematics and Statistics | 3 | M
## 2 S1
MEDT 2001 | Medical Microbiology I | 3 | P
MEDT 2002 | Haematology I | 3 | P
MEDT 2003 | Clinical Chemistry I | 3 | P
MICR 2251 | Immunology I | 3 | ?B
FOUN 1301 | Law, Governance, Economy and Society | 3 | O
## 2 S2
MEDT 2011 | Medical Microbiology II | 3 | P
MEDT 2012 | Haematology II and Haemostasis | 3 | P
MEDT 2013 | Clinical Chemistry II | 3 | P
MEDT 2014 | Medical Parasitology | 3 | P
PATH 2010 | General Pathology | 3 | ?B
## 3 S1
MEDT 3001 | Immunohaematology and Blood Transfusion | 3 | P
MEDT 3002 | Histotechnology and Cytotechnology | 3 | ?P
MEDT 3003 | Clinical Immunology and Serology | 3 | ?P
MEDT 3004 | Molecular Diagnostics | 3 | ?B
MEDT 3005 | Laboratory Management and Quality Systems | 3 | P
## 3 S2
MEDT 3011 | Medical Virology and Mycology | 3 | ?P
MEDT 3012 | Urinalysis and Body Fluids | 3 | P
MEDT 3013 | Research Methods and Biostatistics | 3 | ?M
MEDT 3014 | Clinical Biochemistry of Endocrine Disorders | 3 | P
MEDT 3015 | Professional Ethics for Laboratory Practice | 3 | O
## 4 S1
MEDT 4001 | Clinical Practicum I: Haematology and Blood Bank | 6 | P | hematology,blood_bank
MEDT 4002 | Clinical Practicum II: Clinical Chemistry | 6 | P | chemistry,urinalysis
MEDT 4003 | Research Project I | 3 | O
## 4 S2
MEDT 4011 | Clinical Practicum III: Microbiology | 6 | P | microbiology
MEDT 4012 | Clinical Practicum IV: Immunology and Molecular | 3 | ?P | immunology,molecular
MEDT 4013 | Research Project II | 3 | O
"""

TT_BIO = """
## 1 S1
FOUN 1001 | English for Academic Purposes | 3 | O
BIOL 1262 | Living Organisms I | 3 | B
BIOL 1263 | Living Organisms II | 3 | B
CHEM 1066 | Introductory Chemistry | 3 | C
## 1 S2
BIOL 1364 | Genetics and Evolution | 3 | B
BIOC 1020 | Cellular Biochemistry | 3 | C
CHEM 1067 | Organic Chemistry | 3 | C
MATH 1115 | Fundamental Mathematics | 3 | M
## 2 S1
BIOL 2163 | Biostatistics | 3 | M
BIOL 2261 | Animal Physiology | 3 | B
MICR 2211 | Microbiology | 3 | B
FOUN 1101 | Caribbean Civilisation | 3 | O
## 2 S2
BIOL 2362 | Plant Physiology | 3 | B
BIOL 2461 | Ecology | 3 | ?B
BIOC 2351 | Molecular Biology | 3 | B
## 3 S1
BIOL 3161 | Parasitology | 3 | B
BIOL 3261 | Developmental Biology | 3 | B
MICR 3251 | Immunology | 3 | B
## 3 S2
BIOL 3462 | Marine Biology | 3 | ?B
BIOL 3861 | Research Project | 6 | O
## 4 S1
BIOL 4161 | Applied Microbiology | 3 | B
## 4 S2
BIOL 4261 | Biology Seminar | 3 | O
"""

TT_NURS = """
## 1 S1
FOUN 1001 | English for Academic Purposes | 3 | O
NURS 1101 | Anatomy and Physiology for Nurses | 4 | B
NURS 1102 | Foundations of Nursing Practice | 4 | O
## 1 S2
NURS 1201 | Health Assessment | 3 | O
NURS 1202 | Pharmacology for Nurses | 3 | O
## 2 S1
NURS 2101 | Adult Health Nursing I | 6 | O
## 2 S2
NURS 2201 | Maternal and Child Nursing | 6 | O
## 3 S1
NURS 3101 | Mental Health Nursing | 4 | O
## 3 S2
NURS 3201 | Community Health Nursing | 4 | O
## 4 S1
NURS 4101 | Nursing Leadership | 3 | O
## 4 S2
NURS 4201 | Clinical Internship | 6 | O
"""


def _sn(rng, sy, inst):
    return f"8{inst.extra['campus']}{sy % 10}{rng.randint(100000, 999999)}"


PACK = K.CountryPack(
    code="TT", name="Trinidad and Tobago",
    given={"F": ["Anushka", "Kimberly", "Shivani", "Keisha", "Candice", "Renee", "Alana", "Nisha", "Simone",
                 "Danielle", "Aaliyah", "Vanessa"],
           "M": ["Ravi", "Kevon", "Jason", "Marlon", "Kerwin", "Adrian", "Darren", "Rishi", "Nikhil", "Jerome",
                 "Shane", "Akeem"]},
    surnames=["Ramdass", "Mohammed", "Baptiste", "Charles", "Joseph", "Maharaj", "Ali", "Persad", "Rampersad",
              "Phillip", "Seepersad", "Alexander", "Williams", "De Silva", "Boodoo", "Ragoonanan"],
    middle={"F": ["Marie", "Ann", "Devi", "Nicole", ""], "M": ["Anthony", "Kumar", "Michael", "", ""]},
    institutions=[
        Institution("Northern Range University", "St. Augustine", "Tunapuna-Piarco", "TT",
                    "Eastern Main Road, St. Augustine", ("tt_bsc_mlt", "tt_bsc_bio", "tt_bsc_nurs"),
                    extra={"campus": "1", "grad": 61}),
        Institution("University of the Caroni Plains", "Chaguanas", "Chaguanas", "TT",
                    "Caroni Savannah Road, Chaguanas", ("tt_bsc_mlt", "tt_bsc_nurs"),
                    extra={"campus": "3", "grad": 14}),
    ],
    employers=[
        Employer("San Fernando Hillside General Hospital", "San Fernando", "San Fernando", "TT",
                 "Independence Avenue", "+1 868 555 0142", "hr@sfhillside.example"),
        Employer("Port of Spain Savannah Hospital", "Port of Spain", "Port of Spain", "TT",
                 "14 Queen's Park West", "+1 868 555 0177", "personnel@savannahhospital.example"),
        Employer("Arima Valley Health Facility", "Arima", "Arima", "TT", "Tumpuna Road, Arima",
                 "+1 868 555 0193", "admin@arimavalley-health.example"),
        Employer("Caribbean Diagnostic Laboratories Ltd", "Port of Spain", "Port of Spain", "TT",
                 "22 Ariapita Avenue, Woodbrook", "+1 868 555 0121", "info@caribdiag.example", "lab"),
    ],
    signers=["Dr. Marcia Ramkissoon", "Mr. Trevor Mc Intosh", "Ms. Sharda Boodram", "Dr. Kendall Noel"],
    curricula=[
        curriculum("tt_bsc_mlt", "TT", "Bachelor of Science in Medical Laboratory Technology", 4,
                   "medical_laboratory_science", "semester", TT_MLT, 9, 10, True),
        curriculum("tt_bsc_bio", "TT", "Bachelor of Science in Biology", 4, "biology", "semester", TT_BIO, 9, 10),
        curriculum("tt_bsc_nurs", "TT", "Bachelor of Science in Nursing", 4, "nursing", "semester", TT_NURS, 9, 10),
    ],
    mls_curriculum="tt_bsc_mlt", science_curricula=["tt_bsc_bio"], nonqualifying_curricula=["tt_bsc_nurs"],
    positions_mls=["Medical Technologist I", "Medical Laboratory Technologist", "Medical Technologist II"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep", student_no=_sn, honours=[],
)
K.register(PACK)
add_department_phrases("TT", {
    "blood_bank": ["Blood Bank", "Transfusion Medicine"], "chemistry": ["Clinical Chemistry", "Chemical Pathology"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology/Serology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"],
    "other": ["Histopathology", "Cytology"]})

CLASSES = [(3.60, "First Class Honours"), (3.00, "Upper Second Class Honours"),
           (2.50, "Lower Second Class Honours"), (2.00, "Pass")]
SEM = {"S1": "Semester I", "S2": "Semester II", "SU": "Summer"}


def tt_letter(r):
    return "A+" if r.letter == "A" and r.score >= 85 else r.letter


def tt_points(g):
    return 4.3 if g == "A+" else us_points(g)


def tt_gpa(s):
    return round(wavg([(r.spec.credits, tt_points(tt_letter(r))) for t in s.terms for r in t.results]) + 1e-9, 2)


def tt_class(gpa):
    return next(c for lo, c in CLASSES if gpa >= lo)


def tt_term_label(t):
    return f"{t.start_year}/{t.start_year + 1} {SEM[t.key]}"


def tt_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    M, MB = "Courier", "Courier-Bold"
    L, R = 54, LETTER[0] - 54
    name = name_form(person, "surname_first_mixed")
    xs = [L + 14, L + 84, L + 392, L + 422]

    def new_page(n):
        p = Page(LETTER)
        p.pieces(48, [(L, inst.name.upper(), "left"), (R, "ACADEMIC RECORD", "right")], MB, 11)
        p.pieces(60, [(L, f"OFFICE OF THE CAMPUS REGISTRAR, {inst.street.upper()}", "left"),
                      (R, f"Printed: {D.dmon_y(s.conferred).upper()}", "right")], M, 8)
        p.hline(L, R, 68, 0.6)
        y = 84
        if n == 1:
            for ln in (f"Student ID: {s.student_no}", f"Name: {name}",
                       f"Date of Birth: {D.dmon_y(s.dob).upper()}",
                       f"Programme: {cur.title}",
                       f"Faculty: {'Science and Technology' if 'Biology' in cur.title else 'Medical Sciences'}",
                       f"Admit Term: {s.admitted.year}/{s.admitted.year + 1} Semester I"):
                p.text(L, y, ln, M, 8.5); y += 11
        else:
            p.spaced(L, y, [f"Student ID: {s.student_no}", f"Name: {name}"], M, 8.5, 30); y += 11
        return p, y + 6

    fl = Flow(new_page, 110)
    out = []
    cum = []
    for t in s.terms:
        label = tt_term_label(t)
        fl.need(14 + 11 * 2 + 14)
        fl.page.text(L, fl.y + 10, label, MB, 9)
        fl.y += 24
        pts = []
        for r in t.results:
            fl.need(11)
            g = tt_letter(r)
            title = r.spec.title
            fl.page.pieces(fl.y, [(xs[0], r.code, "left"),
                                  (xs[1], title, "left", M, fit_size(title, M, 8.5, xs[2] - xs[1] - 22, 6.5)),
                                  (xs[2] + 6, f"{r.spec.credits:g}", "right"), (xs[3], g, "left")], M, 8.5)
            fl.y += 11
            pts.append((r.spec.credits, tt_points(g)))
            out.append(course_truth(r, label, r.spec.credits, g, "semester", grade_point=tt_points(g)))
        cum += pts
        fl.need(14)
        fl.page.spaced(xs[1], fl.y + 2, [f"GPA {wavg(pts) + 1e-9:.2f}", f"Credits {sum(c for c, _ in pts):g}"],
                       M, 8.5, 18)
        fl.y += 18
    gpa = tt_gpa(s)
    fl.need(170)
    p = fl.page
    y = fl.y + 4
    p.text(L, y, "DEGREE AWARDED", MB, 9); y += 12
    p.text(xs[0], y, cur.title, M, 8.5); y += 11
    p.text(xs[0], y, f"Date Conferred: {D.long_dmy(s.conferred)}", M, 8.5); y += 11
    p.spaced(xs[0], y, [f"Degree GPA {gpa:.2f}", f"Credits Earned {sum(c for c, _ in cum):g}"], M, 8.5, 18); y += 11
    p.text(xs[0], y, f"Class of Degree: {tt_class(gpa)}", M, 8.5); y += 18
    p.text(L, y, "*** END OF RECORD ***", MB, 8.5); y += 16
    p.text(L, y, "Grade points: A+ 4.3 A 4.0 A- 3.7 B+ 3.3 B 3.0 B- 2.7 C+ 2.3 C 2.0 F1 1.7 F2 1.3 F3 0.0", M, 7)
    y += 9
    p.text(L, y, "This record is not valid unless it bears the raised seal of the University.", M, 7)
    embossed_seal(p, R - 90, p.h - 130, 48)
    p.signature(L + 10, p.h - 100, 120, rng)
    p.text(L, p.h - 88, "Campus Registrar", M, 8.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(R, pg.h - 36, f"Page {i} of {n}", M, 7.5, "right")
    return LayoutResult("transcript", "tt_academic_record", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": D.long_dmy(s.conferred)})


TRANSCRIPT_LAYOUTS = {"tt_academic_record": (tt_transcript, FAMILY, ("TT",))}
