"""Curricula (course lists per term), course categories and semester-hour arithmetic.

Each curriculum is a small text table: one course per line, "code | title | credits |
category [| internship areas]", grouped by term. Category letters follow criteria.md's
course-category paragraph: B biology, C chemistry, M mathematics, P mls_professional,
O other. A leading "?" marks a course whose category criteria.md does not settle by its
wording (e.g. "Immunology and Serology" inside an MT program); those also get
`category_ambiguous: true` in the truth, and so does any title where our catalog category
differs from the literal keyword reading (`literal_category`), e.g. Nigerian "Chemical
Pathology" (= clinical chemistry) or "Blood Transfusion Science" (= blood banking).

Semester hours (criteria.md): PH units and semester credits = 1 SH, quarter credits x 2/3,
Indian/Nigerian credits = 1 SH as printed, marks without credits = no SH (null).
"""

import re
from dataclasses import dataclass, field

CATEGORY = {"B": "biology", "C": "chemistry", "M": "mathematics", "P": "mls_professional",
            "O": "other"}
CATEGORIES = ["biology", "chemistry", "mathematics", "mls_professional", "other"]


@dataclass
class CourseSpec:
    code: str
    title: str
    credits: float
    category: str
    ambiguous: bool = False
    areas: tuple = ()           # lab areas of an internship / practicum course
    practical: bool = False     # Indian practical paper (max marks 50)


@dataclass
class TermSpec:
    year: int                   # year of study, 1-based
    key: str                    # S1 S2 SU (semesters), FA WI SP SU (quarters), Y (annual)
    courses: list = field(default_factory=list)


@dataclass
class Curriculum:
    id: str
    country: str
    title: str                  # formal degree title
    level: str                  # bachelor / associate / diploma
    years: int
    field: str                  # normalised field (criteria.md)
    credit_system: str          # units / semester / quarter
    terms: list
    start_month: int            # month the program starts
    grad_month: int             # usual month of conferral
    clinical_training: bool = False


def _parse(text):
    terms = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            y, key = line[2:].split()
            terms.append(TermSpec(int(y), key))
            continue
        parts = [p.strip() for p in line.split("|")]
        code, title, cred, cat = parts[:4]
        areas = tuple(a for a in parts[4].split(",") if a) if len(parts) > 4 else ()
        amb = cat.startswith("?")
        cat = cat.lstrip("?")
        terms[-1].courses.append(CourseSpec(code, title, float(cred), CATEGORY[cat], amb, areas,
                                            practical=("Practical" in title)))
    return terms


# ------------------------------------------------------------------------------------------
# Philippines: units (1 unit = 1 SH). Two semesters a year plus a summer term.

PH_BSMT = """
## 1 S1
GE 1 | Understanding the Self | 3 | O
GE 2 | Readings in Philippine History | 3 | O
MATH 101 | College Algebra | 3 | M
CHEM 11 | General Chemistry I | 5 | C
BIO 101 | General Zoology | 5 | B
PE 1 | Physical Fitness and Wellness | 2 | O
NSTP 1 | National Service Training Program 1 | 3 | O
## 1 S2
GE 3 | The Contemporary World | 3 | O
GE 4 | Mathematics in the Modern World | 3 | M
CHEM 12 | General Chemistry II | 5 | C
BIO 102 | General Botany | 4 | B
ENG 102 | Purposive Communication | 3 | O
PE 2 | Rhythmic Activities | 2 | O
NSTP 2 | National Service Training Program 2 | 3 | O
## 2 S1
CHEM 21 | Organic Chemistry I | 5 | C
BIO 201 | Human Anatomy and Physiology | 5 | B
STAT 201 | Biostatistics | 3 | M
MT 201 | Introduction to Medical Technology | 2 | ?O
GE 5 | Ethics | 3 | O
PE 3 | Individual and Dual Sports | 2 | O
## 2 S2
CHEM 22 | Organic Chemistry II | 5 | C
CHEM 24 | Biochemistry | 5 | C
CHEM 23 | Analytical Chemistry | 4 | C
BIO 204 | Genetics | 3 | B
BIO 206 | Cell and Molecular Biology | 3 | B
PHYS 201 | General Physics | 4 | O
PE 4 | Team Sports | 2 | O
## 3 S1
MT 301 | Clinical Chemistry 1 | 4 | P
MT 303 | Hematology 1 | 4 | P
MT 305 | General Microbiology | 4 | B
MT 307 | Clinical Parasitology | 3 | P
MT 309 | Medical Technology Laws and Bioethics | 2 | P
MT 311 | Immunology and Serology | 4 | ?B
## 3 S2
MT 302 | Clinical Chemistry 2 | 4 | P
MT 304 | Hematology 2 | 4 | P
MT 306 | Medical Microbiology | 4 | P
MT 308 | Clinical Microscopy | 3 | P
MT 310 | Histopathologic and Cytologic Techniques | 3 | P
MT 312 | Immunohematology | 4 | P
## 3 SU
MT 314 | Laboratory Management | 2 | P
MT 316 | Molecular Biology and Diagnostics | 3 | ?B
## 4 S1
MT 401 | Internship in Clinical Chemistry | 6 | P | chemistry
MT 403 | Internship in Hematology | 6 | P | hematology
MT 405 | Internship in Clinical Microscopy | 3 | P | urinalysis
MT 407 | Seminar in Medical Technology 1 | 1 | O
## 4 S2
MT 402 | Internship in Microbiology | 6 | P | microbiology
MT 404 | Internship in Blood Banking | 6 | P | blood_bank
MT 406 | Internship in Histopathology | 3 | P | other
MT 408 | Seminar in Medical Technology 2 | 1 | O
"""

PH_BSBIO = """
## 1 S1
GE 1 | Understanding the Self | 3 | O
GE 2 | Readings in Philippine History | 3 | O
MATH 101 | College Algebra | 3 | M
CHEM 11 | General Chemistry I | 5 | C
BIO 101 | General Biology | 5 | B
PE 1 | Physical Fitness and Wellness | 2 | O
NSTP 1 | National Service Training Program 1 | 3 | O
## 1 S2
MATH 102 | Plane Trigonometry | 3 | M
CHEM 12 | General Chemistry II | 5 | C
BIO 102 | General Zoology | 5 | B
ENG 102 | Purposive Communication | 3 | O
PE 2 | Rhythmic Activities | 2 | O
NSTP 2 | National Service Training Program 2 | 3 | O
## 2 S1
CHEM 21 | Organic Chemistry I | 5 | C
BIO 201 | General Botany | 5 | B
BIO 203 | Comparative Vertebrate Anatomy | 4 | B
MATH 201 | Calculus I | 4 | M
PHYS 201 | General Physics 1 | 4 | O
## 2 S2
CHEM 22 | Organic Chemistry II | 5 | C
BIO 202 | Genetics | 4 | B
BIO 204 | General Microbiology | 4 | B
STAT 202 | Statistics for the Life Sciences | 3 | M
PHYS 202 | General Physics 2 | 4 | O
GE 5 | Ethics | 3 | O
## 3 S1
CHEM 31 | Biochemistry | 5 | C
BIO 301 | Cell and Molecular Biology | 4 | B
BIO 303 | General Ecology | 4 | ?B
BIO 305 | Animal Physiology | 4 | B
GE 6 | Art Appreciation | 3 | O
## 3 S2
BIO 302 | Developmental Biology | 4 | B
BIO 304 | Immunology | 3 | B
BIO 306 | Plant Physiology | 4 | B
CHEM 32 | Analytical Chemistry | 4 | C
BIO 308 | Research Methods in Biology | 3 | ?O
## 4 S1
BIO 401 | Evolutionary Biology | 3 | B
BIO 403 | Systematic Botany | 4 | B
BIO 405 | Undergraduate Thesis 1 | 3 | O
GE 7 | Science, Technology and Society | 3 | O
## 4 S2
BIO 402 | Molecular Genetics | 3 | B
BIO 406 | Undergraduate Thesis 2 | 3 | O
BIO 408 | Biology Seminar | 1 | O
"""

PH_BSN = """
## 1 S1
GE 1 | Understanding the Self | 3 | O
NCM 100 | Theoretical Foundations of Nursing | 3 | O
CHEM 10 | General Chemistry | 5 | C
BIO 10 | Anatomy and Physiology | 5 | B
PE 1 | Physical Fitness and Wellness | 2 | O
NSTP 1 | National Service Training Program 1 | 3 | O
## 1 S2
CHEM 20 | Biochemistry | 5 | C
BIO 20 | Microbiology and Parasitology | 4 | ?B
NCM 101 | Health Assessment | 4 | O
NCM 102 | Nutrition and Diet Therapy | 3 | O
NSTP 2 | National Service Training Program 2 | 3 | O
## 2 S1
NCM 103 | Fundamentals of Nursing Practice | 5 | O
NCM 104 | Community Health Nursing | 4 | O
PHARMA 1 | Pharmacology | 3 | O
STAT 1 | Biostatistics | 3 | M
## 2 S2
NCM 105 | Care of Mother and Child | 5 | O
NCM 106 | Care of Older Adults | 3 | O
NCM 107 | Related Learning Experience 1 | 4 | O
## 3 S1
NCM 108 | Medical-Surgical Nursing 1 | 6 | O
NCM 109 | Psychiatric Nursing | 4 | O
NCM 110 | Nursing Research 1 | 3 | O
## 3 S2
NCM 111 | Medical-Surgical Nursing 2 | 6 | O
NCM 112 | Related Learning Experience 2 | 4 | O
## 4 S1
NCM 113 | Nursing Leadership and Management | 4 | O
NCM 114 | Intensive Nursing Practicum 1 | 6 | ?O
## 4 S2
NCM 115 | Intensive Nursing Practicum 2 | 6 | ?O
NCM 116 | Nursing Research 2 | 3 | O
"""

PH_BSBA = """
## 1 S1
GE 1 | Understanding the Self | 3 | O
BA 101 | Principles of Management | 3 | O
MATH 100 | Business Mathematics | 3 | M
ACCTG 101 | Financial Accounting 1 | 6 | O
PE 1 | Physical Fitness and Wellness | 2 | O
## 1 S2
ECO 101 | Basic Microeconomics | 3 | O
ACCTG 102 | Financial Accounting 2 | 6 | O
MKTG 101 | Principles of Marketing | 3 | O
BIO 100 | Environmental Science | 3 | ?O
## 2 S1
STAT 101 | Business Statistics | 3 | M
BA 201 | Human Resource Management | 3 | O
BA 203 | Business Law and Taxation | 3 | O
## 2 S2
BA 202 | Operations Management | 3 | O
FIN 201 | Financial Management | 3 | O
## 3 S1
BA 301 | Strategic Management | 3 | O
MKTG 301 | Consumer Behavior | 3 | O
## 3 S2
BA 302 | Entrepreneurial Management | 3 | O
BA 304 | Business Research | 3 | O
## 4 S1
BA 401 | Practicum (300 hours) | 6 | ?O
## 4 S2
BA 402 | Feasibility Study | 3 | O
"""

# ------------------------------------------------------------------------------------------
# Nigeria: course units (= 1 SH), sessions of two semesters, 100L..500L.

NG_BMLS = """
## 1 S1
GST 101 | Use of English I | 2 | O
CHM 101 | General Chemistry I | 3 | C
BIO 101 | General Biology I | 3 | B
MTH 101 | Elementary Mathematics I | 3 | M
PHY 101 | General Physics I | 3 | O
CHM 107 | General Chemistry Practical I | 1 | C
## 1 S2
GST 102 | Use of English II | 2 | O
CHM 102 | General Chemistry II | 3 | C
BIO 102 | General Biology II | 3 | B
MTH 102 | Elementary Mathematics II | 3 | M
PHY 102 | General Physics II | 3 | O
## 2 S1
ANA 201 | Gross Anatomy I | 3 | B
PHS 201 | Human Physiology I | 3 | B
BCH 201 | General Biochemistry I | 3 | C
CHM 211 | Organic Chemistry I | 3 | C
MLS 201 | Introduction to Medical Laboratory Science | 2 | ?O
## 2 S2
ANA 202 | Gross Anatomy II | 3 | B
PHS 202 | Human Physiology II | 3 | B
BCH 202 | General Biochemistry II | 3 | C
STA 202 | Statistics for Health Sciences | 2 | M
GST 202 | Peace and Conflict Resolution | 2 | O
## 3 S1
MLS 301 | Chemical Pathology I | 3 | P
MLS 303 | Haematology I | 3 | P
MLS 305 | Medical Microbiology I | 3 | P
MLS 307 | Histopathology I | 3 | P
MLS 309 | Medical Parasitology | 2 | P
## 3 S2
MLS 302 | Chemical Pathology II | 3 | P
MLS 304 | Haematology II | 3 | P
MLS 306 | Medical Microbiology II | 3 | P
MLS 308 | Histopathology II | 3 | P
MLS 310 | Immunology and Immunochemistry | 3 | ?B
## 4 S1
MLS 401 | Blood Transfusion Science | 3 | P
MLS 403 | Chemical Pathology III | 3 | P
MLS 405 | Medical Virology | 2 | ?P
MLS 409 | Medical Laboratory Management | 2 | P
## 4 S2
MLS 402 | Haematology III | 3 | P
MLS 404 | Research Methods | 2 | O
MLS 406 | Diagnostic Cytology | 3 | ?P
## 5 S1
MLS 501 | Clinical Posting: Haematology and Blood Bank | 6 | P | hematology,blood_bank
MLS 503 | Clinical Posting: Chemical Pathology | 6 | P | chemistry
## 5 S2
MLS 502 | Clinical Posting: Medical Microbiology | 6 | P | microbiology
MLS 599 | Research Project | 6 | O
MLS 504 | Seminar | 1 | O
"""

NG_BSC_MICRO = """
## 1 S1
GST 101 | Use of English I | 2 | O
CHM 101 | General Chemistry I | 3 | C
BIO 101 | General Biology I | 3 | B
MTH 101 | Elementary Mathematics I | 3 | M
PHY 101 | General Physics I | 3 | O
## 1 S2
CHM 102 | General Chemistry II | 3 | C
BIO 102 | General Biology II | 3 | B
MTH 102 | Elementary Mathematics II | 3 | M
GST 102 | Use of English II | 2 | O
## 2 S1
MCB 201 | Introductory Microbiology | 3 | B
CHM 211 | Organic Chemistry I | 3 | C
BCH 201 | General Biochemistry I | 3 | C
BIO 203 | Genetics I | 2 | B
## 2 S2
MCB 202 | Microbial Physiology and Metabolism | 3 | ?B
CHM 212 | Organic Chemistry II | 3 | C
STA 202 | Statistics for Biologists | 2 | M
BIO 204 | Cell Biology | 2 | B
## 3 S1
MCB 301 | Bacteriology | 3 | ?B
MCB 303 | Virology | 3 | ?B
MCB 305 | Immunology | 2 | B
BCH 301 | Enzymology | 3 | ?C
## 3 S2
MCB 302 | Mycology | 3 | ?B
MCB 304 | Industrial Microbiology | 3 | B
MCB 306 | Food Microbiology | 2 | B
MCB 308 | SIWES Industrial Attachment | 6 | ?O
## 4 S1
MCB 401 | Molecular Biology | 3 | B
MCB 403 | Environmental Microbiology | 3 | B
MCB 405 | Pathogenic Microbiology | 3 | ?B
## 4 S2
MCB 402 | Microbial Genetics | 3 | B
MCB 499 | Research Project | 6 | O
"""

NG_BSC_BIOCHEM = """
## 1 S1
GST 101 | Use of English I | 2 | O
CHM 101 | General Chemistry I | 3 | C
BIO 101 | General Biology I | 3 | B
MTH 101 | Elementary Mathematics I | 3 | M
PHY 101 | General Physics I | 3 | O
## 1 S2
CHM 102 | General Chemistry II | 3 | C
BIO 102 | General Biology II | 3 | B
MTH 102 | Elementary Mathematics II | 3 | M
## 2 S1
BCH 201 | General Biochemistry I | 3 | C
CHM 211 | Organic Chemistry I | 3 | C
CHM 221 | Physical Chemistry I | 3 | C
BIO 203 | Genetics I | 2 | B
## 2 S2
BCH 202 | General Biochemistry II | 3 | C
CHM 212 | Organic Chemistry II | 3 | C
CHM 214 | Analytical Chemistry I | 3 | C
STA 202 | Statistics for Biologists | 2 | M
## 3 S1
BCH 301 | Enzymology | 3 | ?C
BCH 303 | Metabolism of Carbohydrates | 3 | ?C
BCH 305 | Molecular Biology I | 2 | B
## 3 S2
BCH 302 | Metabolism of Lipids | 3 | ?C
BCH 304 | Biochemical Methods | 3 | ?C
BCH 308 | SIWES Industrial Attachment | 6 | ?O
## 4 S1
BCH 401 | Clinical Biochemistry | 3 | ?C
BCH 403 | Nutritional Biochemistry | 3 | C
## 4 S2
BCH 402 | Pharmacological Biochemistry | 3 | C
BCH 499 | Research Project | 6 | O
"""

NG_BNSC = """
## 1 S1
GST 101 | Use of English I | 2 | O
CHM 101 | General Chemistry I | 3 | C
BIO 101 | General Biology I | 3 | B
NSC 101 | Introduction to Nursing | 2 | O
## 1 S2
CHM 102 | General Chemistry II | 3 | C
BIO 102 | General Biology II | 3 | B
NSC 102 | History of Nursing | 2 | O
## 2 S1
ANA 201 | Gross Anatomy I | 3 | B
PHS 201 | Human Physiology I | 3 | B
NSC 201 | Foundations of Nursing I | 3 | O
## 2 S2
BCH 202 | General Biochemistry II | 3 | C
NSC 202 | Foundations of Nursing II | 3 | O
## 3 S1
NSC 301 | Medical-Surgical Nursing I | 4 | O
NSC 303 | Pharmacology for Nurses | 3 | O
## 3 S2
NSC 302 | Maternal and Child Health Nursing | 4 | O
NSC 304 | Clinical Practice I | 3 | ?O
## 4 S1
NSC 401 | Community Health Nursing | 4 | O
NSC 403 | Mental Health Nursing | 3 | O
## 4 S2
NSC 402 | Clinical Practice II | 3 | ?O
## 5 S1
NSC 501 | Nursing Management | 3 | O
NSC 503 | Research Methods in Nursing | 3 | O
## 5 S2
NSC 599 | Research Project | 6 | O
"""

# ------------------------------------------------------------------------------------------
# India: semester credits (CBCS) with marks; theory papers out of 100, practicals out of 50.

IN_BSC_MICRO = """
## 1 S1
BMB-101 | Microbiology I: Introduction to Microbiology | 4 | B
BMB-101P | Microbiology Practical I | 2 | B
BCH-101 | Chemistry I: Inorganic Chemistry | 4 | C
BCH-101P | Chemistry Practical I | 2 | C
BZO-101 | Zoology I: Animal Diversity | 4 | B
AEC-101 | English Communication | 2 | O
## 1 S2
BMB-102 | Microbiology II: Microbial Physiology | 4 | B
BMB-102P | Microbiology Practical II | 2 | B
BCH-102 | Chemistry II: Organic Chemistry | 4 | C
BCH-102P | Chemistry Practical II | 2 | C
BZO-102 | Zoology II: Cell Biology | 4 | B
AEC-102 | Environmental Studies | 2 | O
## 2 S3
BMB-201 | Microbiology III: Immunology | 4 | B
BMB-201P | Microbiology Practical III | 2 | B
BCH-201 | Chemistry III: Physical Chemistry | 4 | C
BZO-201 | Zoology III: Genetics | 4 | B
SEC-201 | Biostatistics | 2 | M
## 2 S4
BMB-202 | Microbiology IV: Molecular Biology | 4 | B
BMB-202P | Microbiology Practical IV | 2 | B
BCH-202 | Chemistry IV: Analytical Chemistry | 4 | C
BZO-202 | Zoology IV: Animal Physiology | 4 | B
## 3 S5
BMB-301 | Microbiology V: Industrial Microbiology | 4 | B
BMB-302 | Microbiology VI: Microbial Genetics | 4 | B
BMB-301P | Microbiology Practical V | 2 | B
BCH-301 | Chemistry V: Biochemistry | 4 | C
## 3 S6
BMB-303 | Microbiology VII: Environmental Microbiology | 4 | B
BMB-304 | Microbiology VIII: Food and Dairy Microbiology | 4 | B
BMB-303P | Microbiology Practical VI | 2 | B
BMB-305 | Project Work | 4 | O
"""

IN_BSC_MLT = """
## 1 S1
MLT-101 | Human Anatomy | 4 | B
MLT-102 | Human Physiology | 4 | B
MLT-103 | Biochemistry I | 4 | C
MLT-101P | Anatomy and Physiology Practical | 2 | B
AEC-101 | English Communication | 2 | O
## 1 S2
MLT-104 | Biochemistry II | 4 | C
MLT-105 | General Microbiology | 4 | B
MLT-106 | Haematology I | 4 | P
MLT-104P | Biochemistry and Haematology Practical | 2 | ?P
AEC-102 | Environmental Studies | 2 | O
## 2 S3
MLT-201 | Clinical Biochemistry I | 4 | P
MLT-202 | Haematology II | 4 | P
MLT-203 | Medical Microbiology I | 4 | P
MLT-201P | Clinical Biochemistry Practical | 2 | P
SEC-201 | Biostatistics | 2 | M
## 2 S4
MLT-204 | Clinical Biochemistry II | 4 | P
MLT-205 | Medical Microbiology II | 4 | P
MLT-206 | Clinical Pathology | 4 | ?P
MLT-207 | Parasitology | 2 | P
## 3 S5
MLT-301 | Immunohematology and Blood Banking | 4 | P
MLT-302 | Histopathology and Cytology | 4 | P
MLT-303 | Immunology and Serology | 4 | ?B
MLT-301P | Blood Banking Practical | 2 | P
## 3 S6
MLT-304 | Laboratory Management and Quality Control | 4 | P
MLT-305 | Hospital Internship: Biochemistry and Haematology | 6 | P | chemistry,hematology
MLT-306 | Hospital Internship: Microbiology and Blood Bank | 6 | P | microbiology,blood_bank
"""

IN_DMLT = """
## 1 Y
DMLT-11 | Fundamentals of Anatomy and Physiology | 4 | B
DMLT-12 | Basic Biochemistry | 4 | C
DMLT-13 | Basic Haematology | 4 | P
DMLT-14 | Basic Microbiology | 4 | ?B
DMLT-15 | Practical I: Biochemistry and Haematology | 4 | ?P
## 2 Y
DMLT-21 | Clinical Biochemistry | 4 | P
DMLT-22 | Haematology and Blood Banking | 4 | P
DMLT-23 | Medical Microbiology and Parasitology | 4 | P
DMLT-24 | Histopathology and Cytology | 4 | P
DMLT-25 | Hospital Training: Biochemistry and Haematology | 3 | P | chemistry,hematology
DMLT-26 | Hospital Training: Microbiology and Blood Bank | 3 | P | microbiology,blood_bank
"""

# ------------------------------------------------------------------------------------------
# United States: quarter credits (x 2/3 = SH), Fall/Winter/Spring quarters.

US_BS_CLS = """
## 1 FA
CHEM 121 | General Chemistry I | 5 | C
MATH 141 | College Algebra | 5 | M
ENGL 101 | English Composition | 5 | O
## 1 WI
CHEM 122 | General Chemistry II | 5 | C
BIOL 211 | Principles of Biology I | 5 | B
PSYC 101 | General Psychology | 5 | O
## 1 SP
CHEM 123 | General Chemistry III | 5 | C
BIOL 212 | Principles of Biology II | 5 | B
STAT 211 | Elementary Statistics | 5 | M
## 2 FA
CHEM 231 | Organic Chemistry I | 4 | C
BIOL 241 | Human Anatomy and Physiology I | 5 | B
COMM 110 | Public Speaking | 4 | O
## 2 WI
CHEM 232 | Organic Chemistry II | 4 | C
BIOL 242 | Human Anatomy and Physiology II | 5 | B
HIST 150 | World Civilizations | 5 | O
## 2 SP
CHEM 233 | Organic Chemistry III | 4 | C
BIOL 260 | Microbiology | 5 | B
BIOL 350 | Genetics | 4 | B
## 3 FA
BIOC 301 | Biochemistry I | 4 | C
CLS 301 | Clinical Chemistry I | 4 | P
CLS 311 | Hematology I | 4 | P
## 3 WI
CLS 302 | Clinical Chemistry II | 4 | P
CLS 312 | Hematology II and Coagulation | 4 | P
CLS 321 | Clinical Immunology | 4 | ?B
CLS 331 | Urinalysis and Body Fluids | 3 | P
## 3 SP
CLS 341 | Immunohematology | 4 | P
CLS 351 | Clinical Microbiology I | 4 | P
CLS 361 | Clinical Parasitology and Mycology | 3 | P
## 4 FA
CLS 352 | Clinical Microbiology II | 4 | P
CLS 401 | Laboratory Management and Education | 3 | P
CLS 411 | Molecular Diagnostics | 3 | ?P
## 4 WI
CLS 491 | Clinical Practicum: Chemistry | 6 | P | chemistry
CLS 492 | Clinical Practicum: Hematology | 6 | P | hematology
## 4 SP
CLS 493 | Clinical Practicum: Microbiology | 6 | P | microbiology
CLS 494 | Clinical Practicum: Immunohematology | 6 | P | blood_bank
"""

US_AAS_MLT = """
## 1 FA
CHEM 110 | Introduction to Chemistry | 5 | C
BIOL 160 | General Biology | 5 | B
MATH 107 | College Algebra | 5 | M
## 1 WI
BIOL 241 | Human Anatomy and Physiology I | 5 | B
MLT 101 | Introduction to Medical Laboratory Technology | 3 | ?O
MLT 110 | Phlebotomy | 3 | ?O
## 1 SP
BIOL 242 | Human Anatomy and Physiology II | 5 | B
MLT 120 | Urinalysis and Body Fluids | 4 | P
MLT 130 | Hematology | 5 | P
## 2 FA
MLT 140 | Clinical Chemistry | 5 | P
MLT 150 | Immunology and Serology | 4 | ?B
MLT 160 | Immunohematology | 5 | P
## 2 WI
MLT 170 | Clinical Microbiology | 5 | P
MLT 210 | Clinical Practicum I: Chemistry and Urinalysis | 6 | P | chemistry,urinalysis
## 2 SP
MLT 220 | Clinical Practicum II: Hematology and Blood Bank | 6 | P | hematology,blood_bank
MLT 230 | Clinical Practicum III: Microbiology | 5 | P | microbiology
"""

US_BS_BIO = """
## 1 FA
CHEM 121 | General Chemistry I | 5 | C
BIOL 211 | Principles of Biology I | 5 | B
ENGL 101 | English Composition | 5 | O
## 1 WI
CHEM 122 | General Chemistry II | 5 | C
BIOL 212 | Principles of Biology II | 5 | B
MATH 141 | College Algebra | 5 | M
## 1 SP
CHEM 123 | General Chemistry III | 5 | C
BIOL 213 | Principles of Biology III | 5 | B
MATH 251 | Calculus I | 5 | M
## 2 FA
CHEM 231 | Organic Chemistry I | 4 | C
BIOL 320 | Cell Biology | 4 | B
STAT 211 | Elementary Statistics | 5 | M
## 2 WI
CHEM 232 | Organic Chemistry II | 4 | C
BIOL 330 | Genetics | 4 | B
PHYS 121 | General Physics I | 5 | O
## 2 SP
CHEM 233 | Organic Chemistry III | 4 | C
BIOL 340 | Ecology | 4 | ?B
PHYS 122 | General Physics II | 5 | O
## 3 FA
BIOC 301 | Biochemistry I | 4 | C
BIOL 350 | Microbiology | 5 | B
HIST 150 | World Civilizations | 5 | O
## 3 WI
BIOL 360 | Animal Physiology | 4 | B
BIOL 370 | Immunology | 4 | B
## 3 SP
BIOL 380 | Molecular Biology | 4 | B
BIOL 385 | Comparative Anatomy | 5 | B
## 4 FA
BIOL 410 | Developmental Biology | 4 | B
BIOL 420 | Evolution | 4 | ?B
## 4 WI
BIOL 430 | Virology | 4 | ?B
BIOL 490 | Senior Capstone | 3 | O
## 4 SP
BIOL 495 | Undergraduate Research | 4 | O
"""

CURRICULA = {c.id: c for c in [
    Curriculum("ph_bsmt", "PH", "Bachelor of Science in Medical Technology", "bachelor", 4,
               "medical_technology", "units", _parse(PH_BSMT), 6, 4, clinical_training=True),
    Curriculum("ph_bsbio", "PH", "Bachelor of Science in Biology", "bachelor", 4, "biology",
               "units", _parse(PH_BSBIO), 6, 4),
    Curriculum("ph_bsn", "PH", "Bachelor of Science in Nursing", "bachelor", 4, "nursing",
               "units", _parse(PH_BSN), 6, 4),
    Curriculum("ph_bsba", "PH", "Bachelor of Science in Business Administration", "bachelor", 4,
               "other", "units", _parse(PH_BSBA), 6, 4),
    Curriculum("ng_bmls", "NG", "Bachelor of Medical Laboratory Science", "bachelor", 5,
               "medical_laboratory_science", "semester", _parse(NG_BMLS), 10, 11,
               clinical_training=True),
    Curriculum("ng_bsc_micro", "NG", "Bachelor of Science in Microbiology", "bachelor", 4,
               "biology", "semester", _parse(NG_BSC_MICRO), 10, 11),
    Curriculum("ng_bsc_biochem", "NG", "Bachelor of Science in Biochemistry", "bachelor", 4,
               "chemistry", "semester", _parse(NG_BSC_BIOCHEM), 10, 11),
    Curriculum("ng_bnsc", "NG", "Bachelor of Nursing Science", "bachelor", 5, "nursing",
               "semester", _parse(NG_BNSC), 10, 11),
    Curriculum("in_bsc_micro", "IN", "Bachelor of Science (Microbiology)", "bachelor", 3,
               "biology", "semester", _parse(IN_BSC_MICRO), 7, 6),
    Curriculum("in_bsc_mlt", "IN", "Bachelor of Science in Medical Laboratory Technology",
               "bachelor", 3, "medical_technology", "semester", _parse(IN_BSC_MLT), 7, 6,
               clinical_training=True),
    Curriculum("in_dmlt", "IN", "Diploma in Medical Laboratory Technology", "diploma", 2,
               "medical_technology", "semester", _parse(IN_DMLT), 7, 6, clinical_training=True),
    Curriculum("us_bs_cls", "US", "Bachelor of Science in Clinical Laboratory Science",
               "bachelor", 4, "medical_laboratory_science", "quarter", _parse(US_BS_CLS), 9, 6,
               clinical_training=True),
    Curriculum("us_aas_mlt", "US", "Associate of Applied Science in Medical Laboratory Technology",
               "associate", 2, "medical_technology", "quarter", _parse(US_AAS_MLT), 9, 6,
               clinical_training=True),
    Curriculum("us_bs_bio", "US", "Bachelor of Science in Biology", "bachelor", 4, "biology",
               "quarter", _parse(US_BS_BIO), 9, 6),
]}

# --- literal keyword reading of criteria.md's category paragraph -----------------------------

_MLS_WORDS = ["clinical chemistry", "hematology", "haematology", "immunohematology",
              "blood bank", "clinical microscopy", "urinalysis", "medical microbiology",
              "parasitology", "histopatholog", "medical technology laws", "laboratory management",
              "internship", "practicum"]
_CHEM_WORDS = ["chemistry", "biochemistry"]
_BIO_WORDS = ["biology", "zoology", "botany", "anatomy", "physiology", "genetics",
              "microbiology", "immunology"]
_MATH_WORDS = ["mathematics", "algebra", "calculus", "statistics", "trigonometry"]


def literal_category(title):
    t = title.lower()
    for cat, words in (("mls_professional", _MLS_WORDS), ("chemistry", _CHEM_WORDS),
                       ("biology", _BIO_WORDS), ("mathematics", _MATH_WORDS)):
        # word start for most keywords ("Hematology" is not inside "Immunohematology");
        # mathematics words may be inside a longer word ("Biostatistics")
        pre = "" if cat == "mathematics" else r"\b"
        if any(re.search(pre + w, t) for w in words):
            return cat
    return "other"


def is_ambiguous(spec):
    return spec.ambiguous or literal_category(spec.title) != spec.category


def semester_hours(credits, system):
    """criteria.md: units/semester credits = 1 SH, quarter x 2/3, ECTS x 1/2, UK credits
    x 1/4, marks only -> None."""
    if credits is None or system == "marks":
        return None
    if system in SH_FACTOR:
        return round(credits * SH_FACTOR[system], 2)
    return credits


# "mx": Mexican credits (ANUIES/SATCA: 2 credits per weekly lecture hour per semester) = SH x 2
# "hours": contact hours printed per course (Argentine certificado analítico, Haitian relevé):
# 15 h = 1 SH, the product's ruleset rate (rules/boards-2026.12 semester_hours_per_credit.hours:
# one class hour a week through a 15-week semester, the US credit-hour definition)
# "points": credit points of a 64-point full-time year (Fiji, round 9: a course 8 or 16 points):
# one full-time year = 30 SH, as for ECTS (60) and UK credits (120), so x 30/64
# "points80": credit points of an 80-point full-time year (Papua New Guinea, round 11: a course 10
# points, a placement block 20): one full-time year = 30 SH as for "points", so x 30/80
SH_FACTOR = {"quarter": 2.0 / 3.0, "ects": 0.5, "uk": 0.25, "mx": 0.5, "hours": 1.0 / 15, "points": 30.0 / 64,
             "points80": 30.0 / 80}


def totals(courses, system):
    if system == "marks" or not courses:
        return None if system == "marks" else {c: 0 for c in CATEGORIES}
    out = {c: 0.0 for c in CATEGORIES}
    for c in courses:
        if c.get("passed") is False:       # a failed attempt printed with its credits earns no SH
            continue
        out[c["category"]] += c["credits"] * SH_FACTOR.get(system, 1.0)
    return {k: (int(round(v)) if abs(v - round(v)) < 1e-9 else round(v, 2)) for k, v in out.items()}


def style_code(code, style):
    """Institution-specific code printing: 'MT 301', 'MT301', 'MT-301'."""
    m = re.match(r"^([A-Z]+)[ -]?(\d+[A-Z]?)$", code)
    if not m or style == "keep":
        return code
    pre, num = m.groups()
    return {"space": f"{pre} {num}", "nospace": f"{pre}{num}", "dash": f"{pre}-{num}"}[style]
