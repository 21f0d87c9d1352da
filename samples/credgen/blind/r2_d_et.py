"""Writer D, round 2: Ethiopia. Country pack (BSc Medical Laboratory Science, 4 years; BSc
Biology; BSc Nursing; credit hours = semester credits, ECTS printed beside them) and the
public-university "Student Academic Record": Amharic and English university name, "Year I
Semester I 2015/16 (2008 E.C.)" captions, `Course Title | Course No. | Cr.Hr | ECTS | Grade |
Grade Point`, per-semester "Semester: Cr.Hr .. GP .. ANG .. | Cumulative: Cr.Hr .. GP .. CGPA .."
and the award line with the Ethiopian-calendar date beside the Gregorian one."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from .. import fonts
from ..layouts_transcript import ROMAN, LayoutResult, num
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, fit_size, wrap
from .r2_d_common import FAMILY, add_department_phrases, course_truth, ring_seal

ET_MONTHS = ["Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazia",
             "Ginbot", "Sene", "Hamle", "Nehase", "Pagume"]


def eth_date(d):
    """Gregorian -> Ethiopian (year, month, day)."""
    jdn = d.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    y = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return y, n // 30 + 1, n % 30 + 1


def eth_str(d):
    y, m, dd = eth_date(d)
    return f"{ET_MONTHS[m - 1]} {dd}, {y} E.C."


def amharic_font():
    """FreeSerif carries the Ethiopic block; the document's own fonts do not."""
    fonts._register("FreeSerif", "freefont/FreeSerif.ttf")
    return "FreeSerif", "FreeSerif"


ET_MLS = """
## 1 S1
FLEn 1011 | Communicative English Skills | 3 | O
Chem 1011 | General Chemistry | 4 | C
Biol 1011 | General Biology | 3 | B
Math 1011 | Mathematics for Natural Sciences | 3 | M
Psch 1011 | General Psychology and Life Skills | 3 | O
CvEt 1012 | Civic and Ethical Education | 2 | O
## 1 S2
FLEn 1012 | Basic Writing Skills | 3 | O
Chem 1012 | Analytical Chemistry | 3 | C
Chem 1014 | Organic Chemistry | 3 | C
Anat 1022 | Human Anatomy | 4 | B
Phys 1012 | Introduction to Physics for Health Sciences | 2 | O
Stat 1012 | Introduction to Statistics | 3 | M
## 2 S1
Phsl 2011 | Human Physiology | 4 | B
Bioc 2011 | Biochemistry I | 3 | C
MLS 2011 | Introduction to Medical Laboratory Science | 2 | ?O
MLS 2013 | General Microbiology | 3 | B
MLS 2015 | Medical Parasitology I | 3 | P
MLS 2017 | Laboratory Quality Management and Biosafety | 2 | P
## 2 S2
Bioc 2012 | Biochemistry II | 3 | C
MLS 2012 | Immunology and Serology | 3 | ?B
MLS 2014 | Hematology I | 4 | P
MLS 2016 | Medical Parasitology II | 3 | P
MLS 2018 | Medical Bacteriology I | 4 | P
Epid 2012 | Epidemiology and Biostatistics | 3 | ?M
## 3 S1
MLS 3011 | Clinical Chemistry I | 4 | P
MLS 3013 | Hematology II | 4 | P
MLS 3015 | Medical Bacteriology II | 3 | P
MLS 3017 | Medical Virology | 2 | ?P
MLS 3019 | Urinalysis and Body Fluid Analysis | 3 | P
## 3 S2
MLS 3012 | Clinical Chemistry II | 4 | P
MLS 3014 | Immunohematology and Blood Banking | 4 | P
MLS 3016 | Medical Mycology | 2 | ?P
MLS 3018 | Molecular Biology and Diagnostic Techniques | 3 | ?B
RsMe 3012 | Research Methodology | 2 | O
## 4 S1
MLS 4011 | Clinical Laboratory Practice I (Hematology and Immunohematology) | 6 | P | hematology,blood_bank
MLS 4013 | Clinical Laboratory Practice II (Clinical Chemistry and Urinalysis) | 6 | P | chemistry,urinalysis
MLS 4015 | Histopathology and Cytology Techniques | 3 | P
HSM 4017 | Health Service Management | 2 | O
## 4 S2
MLS 4012 | Clinical Laboratory Practice III (Medical Microbiology and Parasitology) | 6 | P | microbiology
MLS 4014 | Team Training Program / Community-Based Training Program | 3 | O
MLS 4016 | Senior Research Project | 3 | O
"""

ET_BIO = """
## 1 S1
FLEn 1011 | Communicative English Skills | 3 | O
Chem 1011 | General Chemistry | 4 | C
Biol 1011 | General Biology | 3 | B
Math 1011 | Mathematics for Natural Sciences | 3 | M
CvEt 1012 | Civic and Ethical Education | 2 | O
## 1 S2
Biol 1012 | Introduction to Zoology | 3 | B
Biol 1014 | Introduction to Botany | 3 | B
Chem 1014 | Organic Chemistry | 3 | C
Stat 1012 | Introduction to Statistics | 3 | M
FLEn 1012 | Basic Writing Skills | 3 | O
## 2 S1
Biol 2011 | Cell Biology | 3 | B
Biol 2013 | Vertebrate Zoology | 4 | B
Biol 2015 | Plant Anatomy and Morphology | 3 | B
Chem 2011 | Biochemistry | 3 | C
## 2 S2
Biol 2012 | Genetics | 3 | B
Biol 2014 | General Microbiology | 4 | B
Biol 2016 | Principles of Ecology | 3 | ?B
Biol 2018 | Biostatistics | 3 | M
## 3 S1
Biol 3011 | Animal Physiology | 3 | B
Biol 3013 | Molecular Biology | 3 | B
Biol 3015 | Immunology | 3 | B
Biol 3017 | Parasitology | 3 | ?B
## 3 S2
Biol 3012 | Plant Physiology | 3 | B
Biol 3014 | Evolution | 2 | ?B
Biol 3016 | Research Methods in Biology | 2 | ?O
Biol 3018 | Applied Microbiology | 3 | B
## 4 S1
Biol 4011 | Conservation Biology | 3 | ?B
Biol 4013 | Developmental Biology | 3 | B
## 4 S2
Biol 4012 | Senior Research Project | 4 | O
Biol 4014 | Biology Seminar | 1 | O
"""

ET_NURS = """
## 1 S1
FLEn 1011 | Communicative English Skills | 3 | O
Chem 1011 | General Chemistry | 3 | C
Biol 1011 | General Biology | 3 | B
CvEt 1012 | Civic and Ethical Education | 2 | O
## 1 S2
Anat 1022 | Human Anatomy | 4 | B
Phsl 1024 | Human Physiology | 4 | B
Nurs 1012 | Fundamentals of Nursing I | 4 | O
## 2 S1
Nurs 2011 | Fundamentals of Nursing II | 4 | O
Nurs 2013 | Health Assessment | 3 | O
Phar 2011 | Pharmacology for Nurses | 3 | O
## 2 S2
Nurs 2012 | Adult Health Nursing I | 5 | O
Nurs 2014 | Maternal and Newborn Health Nursing | 4 | O
## 3 S1
Nurs 3011 | Adult Health Nursing II | 5 | O
Nurs 3013 | Child Health Nursing | 4 | O
## 3 S2
Nurs 3012 | Mental Health Nursing | 3 | O
Nurs 3014 | Community Health Nursing | 4 | O
## 4 S1
Nurs 4011 | Leadership and Management in Nursing | 3 | O
Nurs 4013 | Clinical Nursing Practice I | 6 | O
## 4 S2
Nurs 4012 | Clinical Nursing Practice II | 6 | O
Nurs 4014 | Senior Research Project | 3 | O
"""

ECTS = {1: 2, 2: 3, 3: 5, 4: 7, 5: 8, 6: 10}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "ET", title, "bachelor", 4, field, "semester", C._parse(table), 10, 7,
                        clinical_training=clin)


def _sn(rng, sy, inst):
    pre = {"Awash": "ARU", "Tana": "TLU", "Simien": "SHU"}.get(inst.name.split()[0], "UGR")
    return f"{pre}/{rng.randint(1000, 9999)}/{(sy - 7) % 100:02d}"


PACK = K.CountryPack(
    code="ET", name="Ethiopia",
    given={"F": ["Hiwot", "Meron", "Selamawit", "Bethlehem", "Tigist", "Mahlet", "Rahel", "Kalkidan",
                 "Eden", "Liya", "Meseret", "Tsion"],
           "M": ["Dawit", "Yonas", "Abel", "Henok", "Biruk", "Samuel", "Natnael", "Kaleb", "Yared",
                 "Ermias", "Mulugeta", "Tewodros"]},
    surnames=["Woldemariam", "Gebremedhin", "Abebe", "Desta", "Negash", "Ayele", "Tefera", "Lemma",
              "Berhanu", "Fikre", "Wondimu", "Gebreyes"],
    middle={"F": ["Tesfaye", "Alemu", "Girma", "Bekele", "Haile", "Mekonnen", "Tadesse", "Worku"],
            "M": ["Getachew", "Assefa", "Kebede", "Demissie", "Tesfaye", "Alemu", "Girma", "Bekele"]},
    institutions=[
        Institution("Awash Valley University", "Adama", "Oromia", "ET",
                    "P.O. Box 1888, Adama", ("et_bsc_mls", "et_bsc_bio", "et_bsc_nurs"),
                    extra={"am": "አዋሽ ሸለቆ ዩኒቨርሲቲ"}),
        Institution("Tana Lakeside University", "Bahir Dar", "Amhara", "ET",
                    "P.O. Box 79, Bahir Dar", ("et_bsc_mls", "et_bsc_nurs"),
                    extra={"am": "ጣና ሐይቅ ዳር ዩኒቨርሲቲ"}),
        Institution("Simien Highlands University", "Debark", "Amhara", "ET",
                    "P.O. Box 312, Debark", ("et_bsc_mls", "et_bsc_bio"),
                    extra={"am": "ስሜን ደጋ ዩኒቨርሲቲ"}),
    ],
    employers=[
        Employer("Entoto Hills Specialized Hospital", "Addis Ababa", "Addis Ababa", "ET",
                 "Gullele Sub-City, Woreda 09", "+251-11-555-0142", "hr@entotohills-hosp.example"),
        Employer("Gibe Valley General Hospital", "Jimma", "Oromia", "ET",
                 "Kebele 03, Hermata Road", "+251-47-555-0178", "personnel@gibevalley-gh.example"),
        Employer("Lake Hawassa Comprehensive Specialized Hospital", "Hawassa", "Sidama", "ET",
                 "Tabor Sub-City, P.O. Box 1560", "+251-46-555-0193", "admin@lakehawassa-hosp.example"),
        Employer("Meskel Flower Diagnostic Laboratory PLC", "Addis Ababa", "Addis Ababa", "ET",
                 "Bole Sub-City, Woreda 03, House No. 418", "+251-11-555-0121",
                 "info@meskelflower-lab.example", "lab"),
    ],
    signers=["Dr. Abebech Mengistu", "Ato Solomon Hailu Desta", "W/ro Almaz Tekle Gebru",
             "Dr. Fasil Mulatu Kassa", "Ato Mesfin Bekele Yimer"],
    curricula=[
        _cur("et_bsc_mls", "Bachelor of Science in Medical Laboratory Science",
             "medical_laboratory_science", ET_MLS, True),
        _cur("et_bsc_bio", "Bachelor of Science in Biology", "biology", ET_BIO),
        _cur("et_bsc_nurs", "Bachelor of Science in Nursing", "nursing", ET_NURS),
    ],
    mls_curriculum="et_bsc_mls", science_curricula=["et_bsc_bio"],
    nonqualifying_curricula=["et_bsc_nurs"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Technologist II",
                   "Senior Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Junior Laboratory Technologist"],
    code_style="keep", student_no=_sn, honours=[],
)
K.register(PACK)
add_department_phrases("ET", {
    "blood_bank": ["Blood Bank", "Blood Bank and Transfusion"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Hematology", "Hematology and Coagulation"],
    "microbiology": ["Microbiology", "Bacteriology"], "immunology": ["Serology", "Immunology"],
    "urinalysis": ["Urinalysis", "Parasitology and Urinalysis"], "molecular": ["Molecular (PCR/Viral Load)"],
    "phlebotomy": ["Sample Collection"], "other": ["Histopathology", "Cytology"]})

GRADES = [(90, "A+", 4.0), (83, "A", 4.0), (80, "A-", 3.75), (75, "B+", 3.5), (68, "B", 3.0),
          (65, "B-", 2.75), (60, "C+", 2.5), (0, "C", 2.0)]


def et_grade(score):
    for lo, g, pt in GRADES:
        if score >= lo:
            return g, pt


def fmt(x):
    return f"{x:.2f}".rstrip("0").rstrip(".")


def et_distinction(cgpa):
    if cgpa >= 3.75:
        return "Very Great Distinction"
    if cgpa >= 3.25:
        return "Great Distinction"
    if cgpa >= 2.75:
        return "Distinction"
    return ""


def cgpa_of(s):
    cr = gp = 0.0
    for t in s.terms:
        for r in t.results:
            cr += r.spec.credits
            gp += r.spec.credits * et_grade(r.score)[1]
    return round(gp / cr, 2)


def et_term_label(t):
    ay = f"{t.start_year}/{(t.start_year + 1) % 100:02d}"
    return f"Year {ROMAN[t.year - 1]} Semester {'I' if t.key == 'S1' else 'II'} {ay} ({t.start_year - 7} E.C.)"


DEPT = {"et_bsc_mls": ("College of Medicine and Health Sciences", "Medical Laboratory Science"),
        "et_bsc_bio": ("College of Natural and Computational Sciences", "Biology"),
        "et_bsc_nurs": ("College of Medicine and Health Sciences", "Nursing")}


def et_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    AM, AMB = amharic_font()
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    name = name_form(person, "natural")
    college, dept = DEPT[cur.id]
    L, R = 36, A4[0] - 36
    # Course Title | Course No. | Cr.Hr | ECTS | Grade | Grade Point
    cols = [(L + 4, "left", 258), (L + 270, "left", 66), (L + 356, "center", 30),
            (L + 398, "center", 30), (L + 442, "center", 30), (R - 26, "center", 44)]
    cgpa = cgpa_of(s)

    def new_page(n):
        p = Page(A4)
        ring_seal(p, L + 34, 56, 26, 0.35, 8)
        p.text(A4[0] / 2 + 20, 46, inst.extra.get("am", ""), AMB, 14, "center")
        p.text(A4[0] / 2 + 20, 64, inst.name.upper(), FB, 14, "center")
        p.text(A4[0] / 2 + 20, 77, f"Office of the Registrar | {inst.street} | {inst.region}, Ethiopia",
               F, 8, "center")
        p.hline(L, R, 88, 1.4); p.hline(L, R, 91, 0.4)
        y = 108
        if n == 1:
            p.text(A4[0] / 2, y, "Student Academic Record", FB, 13, "center"); y += 18
            rows = [(f"Full Name: {name}", f"ID No.: {s.student_no}"),
                    (f"Sex: {'Female' if person.sex == 'F' else 'Male'}",
                     f"Date of Birth: {D.dmy_slash(s.dob)}"),
                    (f"College: {college}", "Program: Regular (Day)"),
                    (f"Department: {dept}", f"Date of Admission: {D.long_dmy(s.admitted)}"),
                    (f"Degree: {cur.title}", "Medium of Instruction: English")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], F, 8.5); y += 11.5
            y += 2
        else:
            p.pieces(y, [(L, f"Full Name: {name}", "left"), (L + 330, f"ID No.: {s.student_no}", "left")],
                     F, 8.5)
            y += 8
        return p, y + 6

    fl = Flow(new_page, 92)
    out = []
    ccr = cgp = 0.0
    for t in s.terms:
        label = et_term_label(t)
        fl.need(54 + 12 * 3)
        p = fl.page
        p.text(L, fl.y + 8, label, FB, 9)
        y = fl.y + 14
        p.rect(L, y, R - L, 22, 0.5, 0.1, fill=0.9)
        p.pieces(y + 9, [(cols[1][0], "Course", "left"), (cols[5][0], "Grade", "center")], FB, 8)
        p.pieces(y + 18, [(cols[0][0], "Course Title", "left"), (cols[1][0], "No.", "left"),
                          (cols[2][0], "Cr.Hr", "center"), (cols[3][0], "ECTS", "center"),
                          (cols[4][0], "Grade", "center"), (cols[5][0], "Point", "center")], FB, 8)
        fl.y = y + 34
        tcr = tgp = 0.0
        for r in t.results:
            lines = wrap(r.spec.title, F, 8.5, cols[0][2])
            fl.need(11 * len(lines) + 2)
            g, pt = et_grade(r.score)
            cr = r.spec.credits
            gp = cr * pt
            tcr += cr; tgp += gp
            ects = ECTS[int(cr)]
            fl.page.pieces(fl.y, [(cols[0][0], lines[0], "left"), (cols[1][0], r.code, "left"),
                                  (cols[2][0], fmt(cr), "center"), (cols[3][0], str(ects), "center"),
                                  (cols[4][0], g, "center"), (cols[5][0], fmt(gp), "center")], F, 8.5)
            for extra in lines[1:]:
                fl.y += 10
                fl.page.text(cols[0][0] + 6, fl.y, extra, F, 8.5)
            out.append(course_truth(r, label, cr, g, "semester", title=" ".join(lines),
                                    ects=ects, grade_point=num(gp)))
            fl.y += 11.5
        ccr += tcr; cgp += tgp
        fl.need(16)
        fl.page.hline(L, R, fl.y - 7, 0.3)
        fl.page.spaced(L + 4, fl.y + 2, [f"Semester: Cr.Hr {fmt(tcr)}", f"GP {fmt(tgp)}",
                                          f"ANG {tgp / tcr:.2f}", "|", f"Cumulative: Cr.Hr {fmt(ccr)}",
                                          f"GP {fmt(cgp)}", f"CGPA {cgp / ccr:.2f}"], FB, 8, 9)
        fl.y += 22
    fl.need(150)
    p = fl.page
    tot_ects = sum(ECTS[int(r.spec.credits)] for t in s.terms for r in t.results)
    dist = et_distinction(cgpa)
    p.hline(L, R, fl.y - 6, 1.0)
    y = fl.y + 8
    p.spaced(L, y, [f"Total Credit Hours: {fmt(ccr)}", f"Total ECTS: {tot_ects}",
                    f"CGPA: {cgp / ccr:.2f}"], FB, 9, 26); y += 13
    p.text(L, y, f"Academic Status: Graduated{' with ' + dist if dist else ''}", FB, 9); y += 13
    p.text(L, y, f"Date of Graduation: {D.long_mdy(s.conferred)} ({eth_str(s.conferred)})", FB, 9); y += 16
    p.text(L, y, "Grading System: A+ = 4.00, A = 4.00, A- = 3.75, B+ = 3.50, B = 3.00, B- = 2.75, "
           "C+ = 2.50, C = 2.00, C- = 1.75, D = 1.00, F = 0.00", F, 7); y += 9
    p.text(L, y, "Cr.Hr = credit hours; ECTS = European Credit Transfer System credits; ANG = semester "
           "average number grade; CGPA = cumulative grade point average.", F, 7); y += 9
    p.text(L, y, "Any erasure or alteration renders this record invalid. Not valid without the "
           "University seal and the Registrar's signature.", FI, 7)
    signer = rng.choice(PACK.signers)
    ring_seal(p, R - 200, p.h - 108, 34, 0.45)
    p.signature(R - 140, p.h - 86, 110, rng)
    p.text(R - 85, p.h - 74, signer, F, 8.5, "center")
    p.text(R - 85, p.h - 63, "University Registrar", F, 8.5, "center")
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(pg.h - 30, [(L, f"Issued: {D.dmy_slash(s.conferred)}", "left"),
                              (R, f"Page {i} of {n}", "right")], F, 7.5)
    return LayoutResult("transcript", "et_student_academic_record", FAMILY, fl.pages, [name], out,
                        "semester", {"conferred_printed": D.long_mdy(s.conferred)})


TRANSCRIPT_LAYOUTS = {"et_student_academic_record": (et_transcript, FAMILY, ("ET",))}
