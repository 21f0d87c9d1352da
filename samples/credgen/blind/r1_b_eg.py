"""Writer B, round 1: Egypt (EG). Country pack, curricula and the transcript design
`eg_fams_transcript`: an Egyptian Faculty of Applied Medical Sciences "Academic Transcript"
(English version) on the credit-hour system, 4.0 scale with A+ .. D, per-term Term / Cumulative
lines, the general estimate ("Very Good") and a grading legend with the Arabic-tradition words.
"""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult, cells, course_truth, num
from ..names import SIGNERS, Employer, Institution, name_form
from ..pagekit import A4, Flow, Page
from . import r1_b_common as B

EG_MLT = """
## 1 S1
UNR 101 | English Language I | 2 | O
UNR 103 | Human Rights and Anti-Corruption | 1 | O
CHM 101 | General Chemistry I | 3 | C
BIO 101 | General Biology | 3 | B
PHY 101 | Medical Physics | 3 | O
MTH 101 | Mathematics for Medical Sciences | 2 | M
ANA 101 | Human Anatomy I | 3 | B
## 1 S2
UNR 102 | English Language II | 2 | O
UNR 104 | Computer Skills | 2 | O
CHM 102 | Organic Chemistry | 3 | C
BIO 102 | Cell Biology | 3 | B
PHS 102 | Human Physiology | 3 | B
ANA 102 | Human Anatomy II | 2 | B
MLT 102 | Introduction to Medical Laboratory Technology | 2 | O
## 1 SU
UNR 106 | Medical Terminology | 2 | O
## 2 S1
BCH 201 | Biochemistry I | 3 | C
MLT 211 | Medical Microbiology I | 3 | P
MLT 213 | Hematology I | 3 | P
HIS 201 | Histology | 2 | B
CHM 203 | Analytical Chemistry | 3 | C
STA 201 | Biostatistics | 2 | M
## 2 S2
BCH 202 | Biochemistry II | 3 | C
MLT 212 | Medical Microbiology II | 3 | P
MLT 214 | Hematology II | 3 | P
MLT 216 | Clinical Parasitology | 3 | P
PTH 202 | General Pathology | 2 | O
IMM 202 | Basic Immunology | 2 | ?B
## 3 S1
MLT 311 | Clinical Chemistry I | 3 | P
MLT 313 | Immunohematology and Blood Banking | 3 | P
MLT 315 | Diagnostic Bacteriology | 3 | P
MLT 317 | Clinical Immunology and Serology | 3 | ?B
MLT 319 | Laboratory Instrumentation | 2 | O
UNR 301 | Research Methodology | 2 | O
## 3 S2
MLT 312 | Clinical Chemistry II | 3 | P
MLT 314 | Medical Mycology and Virology | 3 | ?P
MLT 316 | Coagulation and Hemostasis | 2 | ?P
MLT 318 | Histopathological Techniques | 3 | P
MLT 320 | Urine and Body Fluids Analysis | 2 | ?P
MLT 322 | Laboratory Quality Management | 2 | ?P
## 3 SU
MLT 324 | Phlebotomy and Specimen Handling | 1 | ?P
## 4 S1
MLT 411 | Molecular Diagnostics | 3 | ?B
MLT 413 | Cytogenetics and Cytology | 2 | ?P
MLT 415 | Clinical Training I (Clinical Chemistry and Hematology) | 6 | P | chemistry,hematology
MLT 417 | Seminar in Laboratory Medicine | 1 | O
MLT 419 | Endocrinology and Tumor Markers | 2 | ?P
## 4 S2
MLT 412 | Clinical Training II (Microbiology and Blood Bank) | 6 | P | microbiology,blood_bank
MLT 414 | Clinical Training III (Immunology and Urinalysis) | 4 | P | immunology,urinalysis
MLT 416 | Graduation Project | 3 | O
MLT 418 | Laboratory Management and Ethics | 2 | P
"""

EG_MICRO_CHEM = """
## 1 S1
UNR 101 | English Language I | 2 | O
UNR 103 | Human Rights and Anti-Corruption | 1 | O
CHM 101 | General Chemistry I | 3 | C
BIO 101 | General Biology | 3 | B
PHY 101 | General Physics I | 3 | O
MTH 101 | Calculus I | 3 | M
## 1 S2
UNR 104 | Computer Skills | 2 | O
CHM 102 | General Chemistry II | 3 | C
BIO 104 | General Botany | 3 | B
ZOO 102 | General Zoology | 3 | B
PHY 102 | General Physics II | 3 | O
MTH 102 | Calculus II | 3 | M
## 2 S1
MIC 201 | General Microbiology | 3 | B
CHM 211 | Organic Chemistry I | 3 | C
CHM 213 | Inorganic Chemistry | 3 | C
BOT 201 | Plant Physiology | 3 | B
STA 201 | Statistics | 2 | M
## 2 S2
MIC 202 | Microbial Physiology | 3 | B
CHM 212 | Organic Chemistry II | 3 | C
CHM 214 | Physical Chemistry I | 3 | C
MIC 204 | Mycology | 3 | ?B
UNR 202 | Scientific Writing | 2 | O
## 3 S1
MIC 301 | Bacteriology | 3 | ?B
MIC 303 | Virology | 3 | ?B
CHM 311 | Analytical Chemistry | 3 | C
CHM 313 | Biochemistry I | 3 | C
MIC 305 | Microbial Genetics | 3 | B
## 3 S2
MIC 302 | Immunology | 3 | B
MIC 304 | Industrial Microbiology | 3 | B
CHM 312 | Biochemistry II | 3 | C
CHM 314 | Physical Chemistry II | 3 | C
MIC 306 | Food Microbiology | 2 | B
## 4 S1
MIC 401 | Medical Microbiology | 3 | P
MIC 403 | Environmental Microbiology | 3 | B
CHM 411 | Instrumental Analysis | 3 | C
MIC 405 | Molecular Biology | 3 | B
## 4 S2
MIC 402 | Applied Immunology | 3 | ?B
MIC 404 | Microbial Biotechnology | 3 | ?B
CHM 412 | Spectroscopy | 3 | ?C
MIC 498 | Research Project | 3 | O
"""

EG_NURSING = """
## 1 S1
UNR 101 | English Language I | 2 | O
NUR 101 | Fundamentals of Nursing I | 4 | O
ANA 101 | Human Anatomy | 3 | B
PHS 101 | Human Physiology | 3 | B
CHM 105 | Chemistry for Nurses | 2 | C
## 1 S2
NUR 102 | Fundamentals of Nursing II | 4 | O
BCH 102 | Biochemistry | 2 | C
MIC 102 | Microbiology and Parasitology | 3 | ?B
UNR 104 | Computer Skills | 2 | O
NUT 102 | Nutrition | 2 | O
## 2 S1
NUR 201 | Medical-Surgical Nursing I | 6 | O
PHR 201 | Pharmacology | 3 | O
PTH 201 | Pathology | 2 | O
UNR 103 | Human Rights and Anti-Corruption | 1 | O
## 2 S2
NUR 202 | Medical-Surgical Nursing II | 6 | O
NUR 204 | Health Assessment | 3 | O
STA 202 | Biostatistics | 2 | M
## 3 S1
NUR 301 | Maternity Nursing | 6 | O
NUR 303 | Nursing Ethics | 2 | O
## 3 S2
NUR 302 | Pediatric Nursing | 6 | O
NUR 304 | Psychiatric Nursing | 4 | O
## 4 S1
NUR 401 | Critical Care Nursing | 6 | O
NUR 403 | Nursing Administration | 3 | O
## 4 S2
NUR 402 | Community Health Nursing | 6 | O
NUR 404 | Nursing Research | 3 | O
"""

FACULTY = {"eg_bams_mlt": ("Faculty of Applied Medical Sciences", "Medical Laboratory Technology"),
           "eg_bsc_micro_chem": ("Faculty of Science", "Microbiology and Chemistry"),
           "eg_bnurs": ("Faculty of Nursing", "Nursing")}

CURRICULA = [
    C.Curriculum("eg_bams_mlt", "EG",
                 "Bachelor of Applied Medical Sciences in Medical Laboratory Technology",
                 "bachelor", 4, "medical_technology", "semester", C._parse(EG_MLT), 9, 7,
                 clinical_training=True),
    C.Curriculum("eg_bsc_micro_chem", "EG", "Bachelor of Science in Microbiology and Chemistry",
                 "bachelor", 4, "biology", "semester", C._parse(EG_MICRO_CHEM), 9, 7),
    C.Curriculum("eg_bnurs", "EG", "Bachelor of Nursing Science", "bachelor", 4, "nursing",
                 "semester", C._parse(EG_NURSING), 9, 7),
]

INSTITUTIONS = [
    Institution("Nile Valley Heights University", "Assiut", "Assiut Governorate", "EG",
                "University Street, El-Walidiya", ("eg_bams_mlt", "eg_bsc_micro_chem", "eg_bnurs")),
    Institution("Wadi El-Nakhil University", "Beni Suef", "Beni Suef Governorate", "EG",
                "Salah Salem Road, East Nile", ("eg_bams_mlt", "eg_bsc_micro_chem")),
    Institution("Canal Crescent University", "Ismailia", "Ismailia Governorate", "EG",
                "Ring Road, Km 4.5", ("eg_bams_mlt", "eg_bnurs")),
]

EMPLOYERS = [
    Employer("Nile Corniche Medical Center", "Cairo", "Cairo Governorate", "EG",
             "112 Corniche El-Nil, Maadi", "+20 2 7000 0142", "hr@nilecorniche-mc.example"),
    Employer("Delta Crescent Laboratories", "Tanta", "Gharbia Governorate", "EG",
             "18 El-Geish Street", "+20 40 700 0187", "info@deltacrescent-labs.example", "lab"),
    Employer("Ismailia Lakeside General Hospital", "Ismailia", "Ismailia Governorate", "EG",
             "Tahrir Street, Sheikh Zayed District", "+20 64 700 0133", "personnel@lakeside-gh.example"),
    Employer("Assiut Palm Specialized Hospital", "Assiut", "Assiut Governorate", "EG",
             "Gomhoria Street", "+20 88 700 0160", "hr@assiutpalm.example"),
]


def _student_no(rng, start_year, inst):
    return f"{start_year % 100:02d}{rng.randint(10, 19)}{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="EG", name="Egypt",
    given={"F": ["Mariam", "Nourhan", "Aya", "Esraa", "Yasmin", "Salma", "Hagar", "Shimaa", "Rana"],
           "M": ["Ahmed", "Mohamed", "Mahmoud", "Omar", "Karim", "Mostafa", "Islam", "Hossam"]},
    surnames=["Farouk", "El-Sayed", "Abdel-Rahman", "Hassan", "Mansour", "Shehata", "El-Naggar",
              "Soliman", "Abdel-Aziz", "Ramadan", "Fathy", "Zaki"],
    middle={"F": ["Adel", "Mahmoud", "Ibrahim", "Sayed", "Tarek", "Ashraf", "Gamal"],
            "M": ["Adel", "Mahmoud", "Ibrahim", "Sayed", "Tarek", "Ashraf", "Gamal"]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Dr. Hala M. Abdel-Fattah", "Dr. Sherif A. Mostafa", "Mr. Wael S. Gaber",
             "Dr. Amira K. El-Sherbiny", "Mrs. Dalia F. Younis"],
    curricula=CURRICULA, mls_curriculum="eg_bams_mlt", science_curricula=["eg_bsc_micro_chem"],
    nonqualifying_curricula=["eg_bnurs"],
    positions_mls=["Medical Laboratory Specialist", "Laboratory Specialist", "Medical Technologist"],
    positions_science=["Laboratory Chemist", "Laboratory Technician"],
    code_style="space", student_no=_student_no, honours=[])
K.register(PACK)
B.add_department_phrases("EG", B.ARABIC_LAB_PHRASES)


def eg_term_label(t):
    ay = f"{t.start_year}/{t.start_year + 1}"
    return {"S1": f"Fall Semester {ay}", "S2": f"Spring Semester {ay}",
            "SU": f"Summer {t.start_year + 1}"}[t.key]


def national_id(dob, rng):
    """A fake 14-digit national number shaped like the Egyptian one (century, birth date,
    governorate, sequence, check digit)."""
    c = 2 if dob.year < 2000 else 3
    gov = rng.choice([1, 2, 12, 21, 25, 26])
    return f"{c}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{gov:02d}{rng.randint(0, 9999):04d}{rng.randint(0, 9)}"


ESTIMATES = [(340, "Excellent"), (280, "Very Good"), (240, "Good"), (0, "Pass")]


def eg_fams_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    faculty, program = FACULTY[cur.id]
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    name = name_form(person, rng.choice(["natural", "caps"]))
    nid = national_id(s.dob, rng)
    lh = rng.choice([12.5, 13, 13.5])
    fs = rng.choice([8.5, 9])
    x0, x1 = 42, A4[0] - 42
    cols = [(x0 + 4, "left", 52), (x0 + 62, "left", 290), (x0 + 384, "center", 40),
            (x0 + 436, "center", 36), (x1 - 8, "right", 40)]
    vlines = [x0 + 58, x0 + 360, x0 + 410, x0 + 462]
    serial = f"{rng.randint(100, 9999):05d}"

    def new_page(n):
        p = Page(A4)
        y = 42
        p.logo(x1 - 26, 56, 18, 1)
        p.text(x0, y, inst.name, FB, 12); y += 13
        p.text(x0, y, faculty, F, 9.5); y += 11.5
        p.text(x0, y, "Student Affairs - Graduates Section", F, 9); y += 11.5
        p.text(x0, y, f"{inst.street}, {inst.city}, Egypt", F, 8); y += 20
        p.text(p.w / 2, y, "Academic Transcript", FB, 14, "center"); y += 6
        p.hline(p.w / 2 - 70, p.w / 2 + 70, y, 0.8); y += 16
        if n == 1:
            rows = [[f"Student Name: {name}", f"Serial: {serial}"],
                    [f"Student Code: {s.student_no}", f"National ID: {nid}"],
                    ["Nationality: Egyptian", f"Date of Birth: {D.dmy_slash(s.dob)}"],
                    [f"Faculty: {faculty}", f"Program: {program}"],
                    [f"Degree: {cur.title}"],
                    [f"Date of Enrollment: {s.admitted.month:02d}/{s.admitted.year}",
                     f"Graduation Round: {D.MONTHS[s.conferred.month - 1]} {s.conferred.year}"]]
            for r in rows:
                items = [(x0, r[0], "left")] + ([(x0 + 330, r[1], "left")] if len(r) > 1 else [])
                p.pieces(y, items, F, 9); y += 12
            y += 2
        else:
            p.spaced(x0, y, [f"Student Name: {name}", f"Student Code: {s.student_no}"], F, 9, 30)
            y += 10
        return p, y + 8

    fl = Flow(new_page, 60)
    out = []
    cum_h = cum_p = 0              # points in tenths
    for t in s.terms:
        label = eg_term_label(t)
        need = 16 + lh * (len(t.results) + 1) + 34
        fl.need(need)
        p = fl.page
        p.rect(x0, fl.y - 10, x1 - x0, 14, 0, 0.85, fill=0.88)
        p.text(x0 + 4, fl.y, label, FB, 9.5); fl.y += 14
        top = fl.y - 10
        cells(p, fl.y, cols, ["Code", "Course Title", "Cr. Hrs", "Grade", "Points"], FB, 8.5)
        p.hline(x0, x1, fl.y + 3.5, 0.5); fl.y += lh
        th = tp = 0
        for r in t.results:
            letter, gp = B.band(B.EG_BANDS, B.pct(r))
            hrs = int(r.spec.credits)
            pts = hrs * int(round(gp * 10))
            th += hrs; tp += pts
            cells(p, fl.y, cols, [r.code, r.spec.title, str(hrs), letter, f"{pts // 10}.{pts % 10}"], F, fs)
            out.append(course_truth(r, label, hrs, letter, "semester", grade_point=gp,
                                    quality_points=round(pts / 10, 1)))
            fl.y += lh
        p.rect(x0, top, x1 - x0, fl.y - top - lh + 4, 0.6)
        for vx in vlines:
            p.vline(vx, top, fl.y - lh + 4, 0.4)
        cum_h += th; cum_p += tp
        fl.y += 4
        p.spaced(x0 + 4, fl.y, [f"Term Hours: {th}", f"Term Points: {tp // 10}.{tp % 10}",
                                f"Term GPA: {B.gpa_str(tp * 10, th)}"], F, 8.5, 26); fl.y += 11
        p.spaced(x0 + 4, fl.y, [f"Cumulative Hours: {cum_h}", f"Cumulative Points: {cum_p // 10}.{cum_p % 10}",
                                f"CGPA: {B.gpa_str(cum_p * 10, cum_h)}"], FB, 8.5, 26); fl.y += 18
    cg = B.gpa_str(cum_p * 10, cum_h)
    est = next(w for lo, w in ESTIMATES if int(cg.replace(".", "")) >= lo)
    fl.need(232)
    p = fl.page
    p.hline(x0, x1, fl.y - 8, 1.0)
    p.spaced(x0, fl.y + 4, [f"Total Earned Hours: {cum_h}", f"CGPA: {cg}",
                            f"General Estimate: {est}"], FB, 10, 30); fl.y += 18
    p.text(x0, fl.y, f"The student completed the requirements of the degree in the "
           f"{D.MONTHS[s.conferred.month - 1]} {s.conferred.year} round; date of graduation "
           f"{D.dmy_slash(s.conferred)}.", F, 8.5); fl.y += 16
    legend = [("A+", "4.0", "96% and above"), ("A", "4.0", "92% - less than 96%"),
              ("A-", "3.7", "88% - less than 92%"), ("B+", "3.3", "84% - less than 88%"),
              ("B", "3.0", "80% - less than 84%"), ("B-", "2.7", "76% - less than 80%"),
              ("C+", "2.3", "72% - less than 76%"), ("C", "2.0", "68% - less than 72%"),
              ("C-", "1.7", "64% - less than 68%"), ("D+", "1.3", "60% - less than 64%"),
              ("D", "1.0", "50% - less than 60%"), ("F", "0.0", "less than 50%")]
    words = [("Excellent (Imtiaz)", "85% and above", "CGPA 3.40 - 4.00"),
             ("Very Good (Gayyid Giddan)", "75% - less than 85%", "CGPA 2.80 - 3.39"),
             ("Good (Gayyid)", "65% - less than 75%", "CGPA 2.40 - 2.79"),
             ("Pass (Maqbul)", "50% - less than 65%", "CGPA 2.00 - 2.39"),
             ("Weak (Daeef)", "less than 50%", "CGPA below 2.00")]
    p.pieces(fl.y, [(x0, "Grading System", "left"), (x0 + 312, "General Estimate", "left")], FB, 9)
    fl.y += 11
    for i in range(6):
        a, b = legend[i], legend[i + 6]
        items = [(x0, a[0], "left"), (x0 + 24, a[1], "left"), (x0 + 50, a[2], "left"),
                 (x0 + 150, b[0], "left"), (x0 + 174, b[1], "left"), (x0 + 200, b[2], "left")]
        if i < len(words):
            items += [(x0 + 312, words[i][0], "left"), (x0 + 425, words[i][1], "left")]
        elif i == len(words):
            items += [(x0 + 312, "Estimate by CGPA: 3.40 / 2.80 / 2.40 / 2.00", "left")]
        p.pieces(fl.y, items, F, 7.5)
        fl.y += 9.5
    fl.y += 6
    p.text(x0, fl.y, "Cr. Hrs = credit hours; Points = credit hours x grade point; "
           "GPA = total points / total hours.", FI, 7.5)
    yb = p.h - 58
    sig = rng.sample(SIGNERS["EG"], 2)
    p.seal(p.w / 2, yb - 20, 28)
    p.signature(x0 + 10, yb - 12, 80, rng)
    p.signature(x1 - 120, yb - 12, 80, rng)
    p.pieces(yb, [(x0, "Prepared by", "left"), (x0 + 170, "Revised by", "left"), (x1, sig[0], "right")], F, 8.5)
    p.pieces(yb + 11, [(x1, "Vice-Dean for Education and Student Affairs", "right")], F, 8.5)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(pg.h - 30, [(x0, "Any erasure or alteration cancels this transcript", "left", FI, 7),
                              (x1, f"Page {i} of {len(fl.pages)}", "right")], F, 7.5)
    return LayoutResult("transcript", "eg_fams_transcript", "blind_r1", fl.pages, [name], out,
                        "semester", {"conferred_printed": D.dmy_slash(s.conferred)})


TRANSCRIPT_LAYOUTS = {"eg_fams_transcript": (eg_fams_transcript, "blind_r1", ("EG",))}
