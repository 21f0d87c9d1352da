"""Writer O, round 7: the Japanese curricula (Medical Technology, Biological Sciences, Nursing) as
text tables for r7_o_jp.py. The two-letter code prefix is the transcript's category (GE General
Education, SB Specialized Basic, SP Specialized, GR Graduation Research, CP Clinical Practice);
codes are never printed."""

GE = """
## 1 S1
GE01 | English Communication I | 1 | O
GE03 | English Reading I | 1 | O
GE05 | Chinese I | 1 | O
GE07 | Health and Sports Science (Lecture) | 1 | O
GE09 | Introduction to Psychology | 2 | O
GE11 | Information Literacy | 2 | O
GE13 | Calculus | 2 | M
GE17 | Freshman Seminar | 2 | O
"""
GE2 = """
GE02 | English Communication II | 1 | O
GE04 | English Reading II | 1 | O
GE06 | Chinese II | 1 | O
GE08 | Health and Sports Science (Practice) | 1 | O
GE10 | The Constitution of Japan | 2 | O
GE12 | Introduction to Statistics | 2 | M
GE14 | Philosophy and Ethics | 2 | O
"""

JP_MT = """
""" + GE + """
SB01 | General Chemistry | 2 | C
SB02 | Biology | 2 | B
SB09 | Biology Laboratory | 1 | B
## 1 S2
""" + GE2 + """
SB03 | Physics | 2 | O
SB04 | Organic Chemistry | 2 | C
SB05 | Human Anatomy | 2 | B
SB08 | Chemistry Laboratory | 1 | C
## 2 S1
GE15 | Sociology | 2 | O
GE16 | Academic English | 1 | O
SB06 | Human Physiology | 2 | B
SB07 | Biochemistry | 2 | C
SB11 | Introduction to Clinical Medicine | 2 | O
SB14 | Information Science for Medicine | 2 | O
SP01 | Introduction to Medical Technology | 1 | P
## 2 S2
GE18 | Bioethics | 2 | O
SB10 | Pathology | 2 | ?B
SB12 | Public Health | 2 | O
SB13 | Medical Engineering | 2 | ?O
SP02 | Clinical Chemistry I | 2 | P
SP05 | Clinical Hematology I | 2 | P
SP08 | Clinical Microbiology I | 2 | P
SP11 | Immunology | 2 | ?B
SP15 | Medical Zoology | 2 | P
SP16 | General Laboratory Medicine (Urinalysis and Body Fluids) | 2 | P
## 3 S1
SB15 | Pharmacology | 1 | O
SP03 | Clinical Chemistry II | 2 | P
SP04 | Clinical Chemistry Laboratory Practice | 2 | P
SP06 | Clinical Hematology II | 2 | P
SP07 | Hematology Laboratory Practice | 2 | P
SP09 | Clinical Microbiology II | 2 | P
SP12 | Clinical Immunology | 2 | P
SP17 | Histopathological Techniques | 2 | P
SP19 | Clinical Physiology I (Electrophysiology) | 2 | ?P
SP26 | Laws and Regulations for Medical Technologists | 1 | P
SP27 | Radioisotope Testing | 1 | ?P
## 3 S2
SP10 | Microbiology Laboratory Practice | 2 | P
SP13 | Transfusion Medicine and Immunohematology | 2 | P
SP14 | Transfusion Testing Laboratory Practice | 1 | P
SP18 | Cytology Laboratory Practice | 1 | P
SP20 | Clinical Physiology II (Diagnostic Ultrasound) | 2 | ?P
SP21 | Clinical Physiology Laboratory Practice | 2 | ?P
SP22 | Genetic and Molecular Testing | 2 | ?P
SP23 | Laboratory Management and Quality Control | 2 | P
SP24 | Medical Information Science | 1 | O
SP25 | Medical Safety | 1 | O
SP31 | Immunology Laboratory Practice | 2 | P
SP32 | Clinical Biochemistry Seminar | 2 | P
SP35 | Clinical Laboratory English | 1 | O
## 4 S1
CP01 | Clinical Practice | 12 | P | chemistry,hematology,microbiology,blood_bank,immunology,urinalysis
SP29 | Seminar in Medical Technology | 2 | O
## 4 S2
SP28 | Graduation Research | 4 | O
SP30 | Comprehensive Review of Clinical Laboratory Science | 2 | P
SP33 | Infection Control | 1 | ?P
SP34 | Team Medicine | 1 | O
"""

JP_BIO = """
""" + GE + """
SB01 | General Chemistry | 2 | C
SB02 | Biology I | 2 | B
SB09 | Biology Laboratory I | 1 | B
SB20 | Linear Algebra | 2 | M
SB22 | Physics Laboratory | 1 | O
SB23 | Analytical Chemistry | 2 | C
## 1 S2
""" + GE2 + """
SB03 | Physics | 2 | O
SB04 | Organic Chemistry | 2 | C
SB21 | Biology II | 2 | B
SB08 | Chemistry Laboratory | 1 | C
SB24 | Statistics for Biology | 2 | M
SB25 | Earth Science | 2 | O
## 2 S1
GE15 | Sociology | 2 | O
SP41 | Cell Biology | 2 | B
SP42 | Genetics | 2 | B
SP43 | Biochemistry I | 2 | C
SP44 | Plant Physiology | 2 | B
SP45 | Basic Biology Laboratory | 2 | B
GE16 | Academic English | 1 | O
SP64 | Histology | 2 | B
SP65 | Systematic Zoology | 2 | B
## 2 S2
SP46 | Biochemistry II | 2 | C
SP47 | Animal Physiology | 2 | B
SP48 | Microbiology | 2 | B
SP49 | Ecology | 2 | B
SP50 | Molecular Biology | 2 | B
SP51 | Advanced Biology Laboratory I | 2 | B
GE18 | Bioethics | 2 | O
SP66 | Plant Taxonomy | 2 | B
SP67 | Endocrinology | 2 | B
## 3 S1
SP52 | Developmental Biology | 2 | B
SP53 | Immunology | 2 | B
SP54 | Neurobiology | 2 | B
SP55 | Evolutionary Biology | 2 | B
SP56 | Advanced Biology Laboratory II | 4 | B
SP68 | Virology | 2 | B
SP69 | Genome Biology | 2 | B
## 3 S2
SP57 | Marine Biology | 2 | B
SP58 | Bioinformatics | 2 | ?O
SP59 | Structural Biology | 2 | B
SP60 | Field Practice in Biology | 2 | B
SP61 | Scientific Writing in English | 2 | O
SP80 | Biophysics | 2 | ?B
SP81 | Chronobiology | 2 | B
SP82 | Advanced Biology Laboratory III | 4 | B
## 4 S1
SP62 | Seminar in Biology I | 2 | O
GR01 | Graduation Research I | 4 | O
## 4 S2
SP63 | Seminar in Biology II | 2 | O
GR02 | Graduation Research II | 6 | O
"""

JP_NUR = """
""" + GE + """
SB02 | Biology | 2 | B
SB30 | Introduction to Nursing | 2 | O
SB36 | Public Health | 2 | O
CP14 | Fundamentals of Nursing Practicum | 2 | O
## 1 S2
""" + GE2 + """
SB05 | Human Anatomy | 2 | B
SB31 | Fundamentals of Nursing Skills | 2 | O
SB34 | Nutrition | 2 | O
SB35 | Clinical Psychology | 2 | O
SP79 | Fundamental Nursing Skills II | 2 | O
## 2 S1
SB06 | Human Physiology | 2 | B
SB07 | Biochemistry | 2 | C
SP70 | Adult Nursing I | 2 | O
SP71 | Pediatric Nursing | 2 | O
SB32 | Microbiology and Infection | 2 | B
GE15 | Sociology | 2 | O
GE16 | Academic English | 1 | O
SB33 | Pharmacology | 2 | O
SB39 | Pathophysiology I | 2 | ?B
SP83 | Nursing Process | 2 | O
## 2 S2
SB10 | Pathology | 2 | ?B
SP72 | Adult Nursing II | 2 | O
SP73 | Maternal Nursing | 2 | O
SP74 | Gerontological Nursing | 2 | O
SP75 | Psychiatric Nursing | 2 | O
GE18 | Bioethics | 2 | O
SB40 | Pathophysiology II | 2 | ?B
SB37 | Epidemiology | 2 | O
SP87 | Health Assessment | 2 | O
## 3 S1
SP76 | Community Health Nursing | 2 | O
SP77 | Home Care Nursing | 2 | O
CP10 | Clinical Practicum in Adult Nursing | 6 | O
SB38 | Health Statistics | 2 | M
SP86 | Nursing Ethics | 1 | O
SP92 | Child Health | 2 | O
## 3 S2
CP11 | Clinical Practicum in Pediatric Nursing | 2 | O
CP12 | Clinical Practicum in Psychiatric Nursing | 2 | O
CP15 | Gerontological Nursing Practicum | 4 | O
CP18 | Maternal Nursing Practicum | 2 | O
SP88 | Nursing Research Methods | 2 | O
## 4 S1
CP13 | Integrated Nursing Practicum | 2 | O
SP78 | Nursing Management | 2 | O
CP16 | Community Health Nursing Practicum | 2 | O
CP17 | Home Care Nursing Practicum | 2 | O
SP84 | Disaster Nursing | 1 | O
SP85 | Palliative Care Nursing | 1 | O
## 4 S2
GR03 | Graduation Research in Nursing | 4 | O
SP89 | Infection Control Nursing | 1 | O
SP90 | Medical Safety | 1 | O
SP91 | International Nursing | 2 | O
SP93 | Nursing English | 2 | O
"""
