"""Writer AD, round 14: Bahrain (BH). Country pack (a national university's College of Health and Sport
Sciences: "Bachelor of Science in Medical Laboratory Sciences", four years and a clinical internship;
the College of Science's BSc in Biology; the BSc in Nursing) and the bilingual OFFICIAL TRANSCRIPT:
A4 portrait, the page header in English top-left and in Arabic top-right (pictures), then per term a
caption with the English term on the left ("First Semester 2014-2015", "Second Semester", "Summer
Semester 2015") and the Arabic term on the same line at the right ("الفصل الأول 2014-2015"), and one
row per course MIRRORED across the page: English on the left half (`Course No.` "MLS 311" |
`Course Title` | `Cr. Hrs.` | `Grade`), the same course on the right half in Arabic, in mirrored order
from the right edge (course number at the edge, Arabic title, credit hours, grade towards the middle;
the whole Arabic half is drawn as pictures, so the text layer holds the English half only). Under
each term one line "Sem. Cr. Hrs: 17 Points: 55.51 GPA: 3.27 | Cum. Cr. Hrs: 50 Points: 161.13 CGPA:
3.22" (points = credit hours x grade value, A 4.00, A- 3.67, B+ 3.33, B 3.00, B- 2.67, C+ 2.33, C
2.00). The English-language foundation courses come first as the block "Orientation Program" with
grade "S" and 0 credit hours; "MLS 499 Clinical Internship" 12 credit hours, grade "S" (counted in
the credit hours, not in points or GPA). The end: "Major: Medical Laboratory Sciences", "Degree
Conferred: Bachelor of Science, June 2019", the cumulative figures, the registrar's round stamp with
Arabic lettering (picture). Pages numbered, name and ID repeated on each page.

Credit basis: semester credit hours (system "semester", x 1). Truth rows carry `points` (null for
S rows); the orientation rows have credits 0."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r14_ad_common import (FAMILY, add_department_phrases, ar_fit, ar_line, by_reading_order, course_truth, k, latin_pic,
                            parse, r2, round_stamp)

# code | English title | credits | category  ; Arabic titles in AR_T
BH_MLS = """
## 1 OR
ENGL 051 | English Language Skills I | 0 | O
ENGL 052 | English Language Skills II | 0 | O
## 1 S1
BIOLS 101 | General Biology I | 4 | B
CHEMY 101 | General Chemistry I | 4 | C
MATHS 101 | Calculus I | 3 | M
ENGL 111 | English Composition | 3 | O
ARAB 110 | Arabic Language Skills | 3 | O
## 1 S2
BIOLS 102 | General Biology II | 4 | B
CHEMY 102 | General Chemistry II | 4 | C
STAT 273 | Biostatistics | 3 | M
ENGL 112 | Technical Writing | 3 | O
HIST 122 | History of Bahrain | 3 | O
## 1 SU
HUMR 107 | Human Rights | 3 | O
## 2 S1
CHEMY 211 | Organic Chemistry | 4 | C
BIOLS 231 | Human Anatomy and Physiology I | 4 | B
BIOLS 241 | General Microbiology | 4 | B
MLS 201 | Introduction to Medical Laboratory Sciences | 2 | ?P
PHYCS 101 | General Physics | 3 | O
## 2 S2
CHEMY 231 | Biochemistry | 4 | C
BIOLS 232 | Human Anatomy and Physiology II | 4 | B
BIOLS 251 | Genetics | 3 | B
MLS 221 | Histology | 3 | ?B
MLS 231 | Laboratory Safety and Instrumentation | 3 | ?P
## 3 S1
MLS 311 | Clinical Chemistry I | 4 | P
MLS 321 | Hematology I | 4 | P
MLS 331 | Immunology and Serology | 3 | ?B
MLS 341 | Medical Bacteriology | 4 | P
MLS 351 | Urinalysis and Body Fluids | 2 | P
## 3 S2
MLS 312 | Clinical Chemistry II | 4 | P
MLS 322 | Hematology II and Coagulation | 4 | P
MLS 342 | Medical Parasitology and Mycology | 3 | P
MLS 361 | Immunohematology | 4 | P
MLS 371 | Medical Virology | 2 | ?P
## 4 S1
MLS 411 | Molecular Diagnostics | 3 | ?P
MLS 421 | Histopathology and Cytology Techniques | 3 | P
MLS 431 | Laboratory Management and Quality | 3 | P
MLS 441 | Research Methods | 2 | O
MLS 451 | Senior Seminar | 2 | O
## 4 S2
MLS 499 | Clinical Internship | 12 | P | chemistry,hematology,microbiology,blood_bank,urinalysis,immunology
"""

BH_BIO = """
## 1 OR
ENGL 051 | English Language Skills I | 0 | O
ENGL 052 | English Language Skills II | 0 | O
## 1 S1
BIOLS 101 | General Biology I | 4 | B
CHEMY 101 | General Chemistry I | 4 | C
MATHS 101 | Calculus I | 3 | M
ARAB 110 | Arabic Language Skills | 3 | O
## 1 S2
BIOLS 102 | General Biology II | 4 | B
CHEMY 102 | General Chemistry II | 4 | C
STAT 273 | Biostatistics | 3 | M
HIST 122 | History of Bahrain | 3 | O
## 2 S1
BIOLS 211 | Plant Biology | 4 | B
BIOLS 221 | Animal Biology | 4 | B
CHEMY 211 | Organic Chemistry | 4 | C
## 2 S2
BIOLS 241 | General Microbiology | 4 | B
BIOLS 251 | Genetics | 3 | B
CHEMY 231 | Biochemistry | 4 | C
## 3 S1
BIOLS 311 | Cell Biology | 3 | B
BIOLS 321 | Ecology | 3 | ?B
BIOLS 331 | Animal Physiology | 3 | B
## 3 S2
BIOLS 312 | Molecular Biology | 3 | B
BIOLS 322 | Marine Biology | 3 | B
BIOLS 332 | Immunology | 3 | B
## 4 S1
BIOLS 411 | Biotechnology | 3 | ?O
BIOLS 421 | Evolution | 3 | ?B
## 4 S2
BIOLS 499 | Senior Project | 4 | O
"""

BH_NUR = """
## 1 OR
ENGL 051 | English Language Skills I | 0 | O
## 1 S1
BIOLS 101 | General Biology I | 4 | B
NURS 101 | Fundamentals of Nursing | 4 | O
ARAB 110 | Arabic Language Skills | 3 | O
## 1 S2
BIOLS 231 | Human Anatomy and Physiology I | 4 | B
NURS 111 | Health Assessment | 4 | O
## 2 S1
NURS 211 | Adult Health Nursing I | 6 | O
NURS 221 | Pharmacology | 3 | O
## 2 S2
NURS 212 | Adult Health Nursing II | 6 | O
NURS 231 | Maternity Nursing | 5 | O
## 3 S1
NURS 311 | Pediatric Nursing | 5 | O
NURS 321 | Mental Health Nursing | 5 | O
## 3 S2
NURS 331 | Critical Care Nursing | 6 | O
## 4 S1
NURS 411 | Community Health Nursing | 5 | O
NURS 421 | Nursing Leadership | 4 | O
## 4 S2
NURS 499 | Nursing Internship | 12 | O
"""

AR_T = {
    "English Language Skills I": "مهارات اللغة الإنجليزية 1", "English Language Skills II": "مهارات اللغة الإنجليزية 2",
    "General Biology I": "الأحياء العامة 1", "General Biology II": "الأحياء العامة 2",
    "General Chemistry I": "الكيمياء العامة 1", "General Chemistry II": "الكيمياء العامة 2",
    "Calculus I": "التفاضل والتكامل 1", "English Composition": "الإنشاء الإنجليزي", "Arabic Language Skills": "مهارات اللغة العربية",
    "Biostatistics": "الإحصاء الحيوي", "Technical Writing": "الكتابة التقنية", "History of Bahrain": "تاريخ البحرين",
    "Human Rights": "حقوق الإنسان", "Organic Chemistry": "الكيمياء العضوية",
    "Human Anatomy and Physiology I": "تشريح ووظائف أعضاء الإنسان 1",
    "Human Anatomy and Physiology II": "تشريح ووظائف أعضاء الإنسان 2", "General Microbiology": "الأحياء الدقيقة العامة",
    "Introduction to Medical Laboratory Sciences": "مقدمة في علوم المختبرات الطبية", "General Physics": "الفيزياء العامة",
    "Biochemistry": "الكيمياء الحيوية", "Genetics": "علم الوراثة", "Histology": "علم الأنسجة",
    "Laboratory Safety and Instrumentation": "السلامة المخبرية والأجهزة", "Clinical Chemistry I": "الكيمياء السريرية 1",
    "Clinical Chemistry II": "الكيمياء السريرية 2", "Hematology I": "علم الدم 1",
    "Hematology II and Coagulation": "علم الدم 2 والتخثر", "Immunology and Serology": "المناعة والأمصال",
    "Medical Bacteriology": "علم البكتيريا الطبية", "Urinalysis and Body Fluids": "تحليل البول وسوائل الجسم",
    "Medical Parasitology and Mycology": "الطفيليات والفطريات الطبية", "Immunohematology": "علم مناعة الدم",
    "Medical Virology": "علم الفيروسات الطبية", "Molecular Diagnostics": "التشخيص الجزيئي",
    "Histopathology and Cytology Techniques": "تقنيات علم الأمراض النسيجي والخلوي",
    "Laboratory Management and Quality": "إدارة المختبر والجودة", "Research Methods": "مناهج البحث",
    "Senior Seminar": "حلقة نقاش التخرج", "Clinical Internship": "التدريب السريري",
    "Plant Biology": "علم النبات", "Animal Biology": "علم الحيوان", "Cell Biology": "علم الخلية", "Ecology": "علم البيئة",
    "Animal Physiology": "وظائف أعضاء الحيوان", "Molecular Biology": "الأحياء الجزيئية", "Marine Biology": "الأحياء البحرية",
    "Immunology": "علم المناعة", "Biotechnology": "التقنية الحيوية", "Evolution": "علم التطور", "Senior Project": "مشروع التخرج",
    "Fundamentals of Nursing": "أساسيات التمريض", "Health Assessment": "التقييم الصحي",
    "Adult Health Nursing I": "تمريض البالغين 1", "Adult Health Nursing II": "تمريض البالغين 2",
    "Pharmacology": "علم الأدوية", "Maternity Nursing": "تمريض الأمومة", "Pediatric Nursing": "تمريض الأطفال",
    "Mental Health Nursing": "تمريض الصحة النفسية", "Critical Care Nursing": "تمريض الرعاية الحرجة",
    "Community Health Nursing": "تمريض صحة المجتمع", "Nursing Leadership": "القيادة في التمريض",
    "Nursing Internship": "الامتياز في التمريض"}
AR_DEPT = {"ENGL": "انجل", "BIOLS": "احيا", "CHEMY": "كيمي", "MATHS": "رياض", "ARAB": "عربي", "STAT": "احصا",
           "HIST": "تاري", "HUMR": "حقوق", "MLS": "مختب", "PHYCS": "فيزي", "NURS": "تمري"}
AR_TERM = {"S1": "الفصل الأول", "S2": "الفصل الثاني", "SU": "الفصل الصيفي", "OR": "البرنامج التأهيلي"}
AR_NAME = {"Fatima": "فاطمة", "Maryam": "مريم", "Zainab": "زينب", "Noor": "نور", "Sara": "سارة", "Hawra": "حوراء",
           "Amina": "آمنة", "Layla": "ليلى", "Ali": "علي", "Hussain": "حسين", "Ahmed": "أحمد", "Mohamed": "محمد",
           "Hasan": "حسن", "Yusuf": "يوسف", "Jassim": "جاسم", "Abdulla": "عبدالله", "Ebrahim": "إبراهيم",
           "Al Jishi": "الجشي", "Al Khalifa": "آل خليفة", "Al Mahroos": "المحروس", "Al Sayegh": "الصايغ",
           "Al Aradi": "العرادي", "Bukhammas": "بوخماس", "Al Mannai": "المناعي", "Al Dossary": "الدوسري",
           "Fakhro": "فخرو", "Al Qassab": "القصاب", "Kanoo": "كانو", "Al Hashimi": "الهاشمي"}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BH", title, "bachelor", 4, field, "semester", parse(table), 9, 6, clinical_training=clin)


BH_INST = [
    Institution("University of Awal", "Sakhir", "Southern Governorate", "BH", "P.O. Box 32038, Sakhir",
                ("bh_mls", "bh_bio", "bh_nur"), "university",
                extra={"ar": "جامعة أوال", "college": "College of Health and Sport Sciences", "sci": "College of Science",
                       "pres": "Prof. Khalid Y. Al Mahroos", "city": "Sakhir", "ar_city": "الصخير"}),
    Institution("Dilmun National University", "Isa Town", "Southern Governorate", "BH", "P.O. Box 10878, Isa Town",
                ("bh_mls", "bh_bio", "bh_nur"), "university",
                extra={"ar": "جامعة دلمون الوطنية", "college": "College of Health and Sport Sciences",
                       "sci": "College of Science", "pres": "Dr. Mariam A. Fakhro", "city": "Isa Town",
                       "ar_city": "مدينة عيسى"}),
]

PACK = K.CountryPack(
    code="BH", name="Bahrain",
    given={"F": ["Fatima", "Maryam", "Zainab", "Noor", "Sara", "Hawra", "Amina", "Layla"],
           "M": ["Ali", "Hussain", "Ahmed", "Mohamed", "Hasan", "Yusuf", "Jassim", "Ebrahim"]},
    surnames=["Al Jishi", "Al Mahroos", "Al Sayegh", "Al Aradi", "Bukhammas", "Al Mannai", "Al Dossary", "Fakhro",
              "Al Qassab", "Kanoo", "Al Hashimi"],
    middle={"F": ["Ali", "Ahmed", "Mohamed", "Hasan", "Abdulla", "Ebrahim"],
            "M": ["Ali", "Ahmed", "Mohamed", "Hasan", "Abdulla", "Ebrahim"]},
    institutions=BH_INST,
    employers=[
        Employer("Salmaniya Crescent Medical Complex", "Manama", "Capital Governorate", "BH", "Road 2904, Block 329, Manama",
                 "+973 1700 0411", "hr.scmc@health.example"),
        Employer("Muharraq Maternity and General Hospital", "Muharraq", "Muharraq Governorate", "BH",
                 "Road 1503, Block 215, Muharraq", "+973 1700 0762", "hr.mmgh@health.example"),
        Employer("Hamad Town Health Centre Laboratory", "Hamad Town", "Northern Governorate", "BH",
                 "Road 1220, Block 1208, Hamad Town", "+973 1700 0935", "labs.htc@health.example", "clinic"),
        Employer("Sitra Regional Hospital", "Sitra", "Capital Governorate", "BH", "Road 4710, Block 647, Sitra",
                 "+973 1700 0288", "hr.srh@health.example"),
    ],
    signers=["Dr. Huda A. Al Aradi", "Mr. Jaffar M. Al Qassab", "Ms. Eman S. Kanoo", "Dr. Adel H. Bukhammas"],
    curricula=[_cur("bh_mls", "Bachelor of Science in Medical Laboratory Sciences", "medical_laboratory_science",
                    BH_MLS, True),
               _cur("bh_bio", "Bachelor of Science in Biology", "biology", BH_BIO),
               _cur("bh_nur", "Bachelor of Science in Nursing", "nursing", BH_NUR)],
    mls_curriculum="bh_mls", science_curricula=["bh_bio"], nonqualifying_curricula=["bh_nur"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BH", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

VAL = {"A": 4.0, "A-": 3.67, "B+": 3.33, "B": 3.0, "B-": 2.67, "C+": 2.33, "C": 2.0, "C-": 1.67, "D+": 1.33,
       "D": 1.0, "F": 0.0}
TERM_EN = {"S1": "First Semester", "S2": "Second Semester", "SU": "Summer Semester", "OR": "Orientation Program"}
MAJOR = {"bh_mls": "Medical Laboratory Sciences", "bh_bio": "Biology", "bh_nur": "Nursing"}


def bh_name(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def bh_ar_name(person, surname=None):
    return " ".join(AR_NAME.get(x, x) for x in (person.given, person.middle, surname or person.surname) if x)


def college(cur_id, inst):
    return inst.extra["sci"] if cur_id == "bh_bio" else inst.extra["college"]


def term_years(t):
    if t.key == "SU":
        return f"{t.start_year + 1}"
    return f"{t.start_year}-{t.start_year + 1}"


def bh_grade(s, i, j, r):
    if "Internship" in r.spec.title or r.spec.credits == 0:
        return "S"
    return r.letter


def bh_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    nm = bh_name(person)
    courses, pages = [], []
    W, H = A4
    L, R = 34, W - 34
    M = W / 2
    XE = {"no": L + 2, "title": L + 48, "cr": M - 60, "gr": M - 24}
    XA = {"no": R - 2, "title": R - 50, "cr": M + 60, "gr": M + 24}
    sz = 7.4

    def new_page():
        p = Page(A4)
        p.logo(M, 50, 18, 1, 0.3)
        p.text(L, 40, inst.name.upper(), FB, 10)
        p.text(L, 52, "Deanship of Admission and Registration", F, 8)
        p.text(L, 63, "Kingdom of Bahrain", F, 8)
        ar_line(p, R, 41, inst.extra["ar"], 10, bold=True, align="right")
        ar_line(p, R, 54, "عمادة القبول والتسجيل", 8, align="right")
        ar_line(p, R, 66, "مملكة البحرين", 8, align="right")
        p.text(L, 88, "OFFICIAL TRANSCRIPT", FB, 12)
        ar_line(p, R, 88, "كشف الدرجات الرسمي", 12, bold=True, align="right")
        p.hline(L, R, 94, 0.9)
        y = 107
        p.pieces(y, [(L, f"Name: {nm}", "left", FB, 8.5), (M - 10, f"Student ID: {s.student_no}", "right", F, 8.5)])
        ar_line(p, R, y, "الاسم: " + bh_ar_name(person), 8.5, align="right")
        if len(pages) == 0:
            y += 12
            p.text(L, y, f"College: {college(cur.id, inst)}", F, 8)
            ar_line(p, R, y, "الكلية: " + ("كلية العلوم" if cur.id == "bh_bio" else "كلية العلوم الصحية والرياضية"),
                    8, align="right")
            y += 12
            p.text(L, y, f"Program: {cur.title}", F, 8)
            y += 12
            p.pieces(y, [(L, f"Date of Birth: {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}", "left", F, 8),
                         (M - 10, "Nationality: Bahraini", "right", F, 8)])
        y += 7
        p.hline(L, R, y, 0.5)
        y += 11
        p.pieces(y, [(XE["no"], "Course No.", "left"), (XE["title"], "Course Title", "left"),
                     (XE["cr"], "Cr. Hrs.", "center"), (XE["gr"], "Grade", "center")], FB, 7.2)
        for key, txt in (("gr", "التقدير"), ("cr", "الساعات"), ("title", "اسم المقرر"), ("no", "رقم المقرر")):
            ar_line(p, XA[key], y, txt, 6.3, bold=True, align="right" if key in ("no", "title") else "center")
        y += 4
        p.hline(L, R, y, 0.5)
        pages.append(p)
        return p, y + 12

    p, y = new_page()
    cum_h = cum_gh = 0
    cum_pts = 0.0
    for i, t in enumerate(s.terms):
        rows = t.results
        need = 14 + 11 * len(rows) + 20
        if y + need > H - 60:
            p, y = new_page()
        en = TERM_EN[t.key] + ("" if t.key == "OR" else " " + term_years(t))
        ar = AR_TERM[t.key] + ("" if t.key == "OR" else " " + term_years(t))
        p.text(L, y, en, FB, 8.2)
        ar_line(p, R, y, ar, 8.2, bold=True, align="right")
        y += 12
        sh = gh = 0
        pts = 0.0
        for j, r in enumerate(rows):
            g = bh_grade(s, i, j, r)
            cr = int(r.spec.credits)
            ts = fit_size(r.spec.title, F, sz, XE["cr"] - XE["title"] - 16, 5.6)
            items = [(XE["no"], r.code, "left"), (XE["title"], r.spec.title, "left"), (XE["cr"], str(cr), "center"),
                     (XE["gr"], g, "center")]
            for x, v, al in items:
                p.text(x, y, v, F, ts if v == r.spec.title else sz, al, record=False)
            p.lines.append(" ".join(v for _, v, _ in items))
            p.line_y.append(y)
            dept, num = r.code.split(" ")
            ar_line(p, XA["no"], y, f"{AR_DEPT[dept]} {num}", sz, align="right")
            ar_fit(p, XA["title"], y, AR_T[r.spec.title], sz, XA["title"] - XA["cr"] - 16, align="right")
            latin_pic(p, XA["cr"], y, str(cr), sz)
            latin_pic(p, XA["gr"], y, g, sz)
            y += 11
            sh += cr
            if g == "S":
                courses.append(course_truth(r, en, cr, g, "semester", points=None))
            else:
                pt = r2(cr * VAL[g])
                pts += pt
                gh += cr
                courses.append(course_truth(r, en, cr, g, "semester", points=pt))
        cum_h += sh
        cum_gh += gh
        cum_pts += pts
        if t.key != "OR":
            gpa = f"{pts / gh:.2f}" if gh else "-"
            cg = f"{cum_pts / cum_gh:.2f}" if cum_gh else "-"
            p.text(L + 4, y, f"Sem. Cr. Hrs: {sh} Points: {pts:.2f} GPA: {gpa} | Cum. Cr. Hrs: {cum_h} "
                             f"Points: {cum_pts:.2f} CGPA: {cg}", FB, 7.2)
            y += 6
        p.hline(L, R, y, 0.3, 0.4)
        y += 13
    if y + 120 > H - 56:
        p, y = new_page()
    y += 4
    p.hline(L, R, y, 0.9)
    y += 14
    p.text(L, y, f"Major: {MAJOR[cur.id]}", FB, 8.5)
    ar_line(p, R, y, "التخصص: " + {"bh_mls": "علوم المختبرات الطبية", "bh_bio": "علم الأحياء", "bh_nur": "التمريض"}[cur.id],
            8.5, align="right")
    y += 13
    deg = cur.title.split(" in ")[0]
    p.text(L, y, f"Degree Conferred: {deg}, {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][s.conferred.month - 1]} {s.conferred.year}", FB, 8.5)
    y += 13
    p.text(L, y, f"Total Cr. Hrs. Earned: {cum_h} Total Points: {cum_pts:.2f} CGPA: {cum_pts / cum_gh:.2f}", FB, 8.5)
    y += 13
    p.text(L, y, "Grading: A 4.00, A- 3.67, B+ 3.33, B 3.00, B- 2.67, C+ 2.33, C 2.00, C- 1.67, D+ 1.33, D 1.00, "
                 "F 0.00; S Satisfactory (not counted in the GPA).", F, 6.8)
    y += 50
    p.signature(R - 150, y - 18, 110, rng)
    p.hline(R - 170, R - 20, y, 0.5)
    p.text(R - 95, y + 11, "Registrar", F, 8.5, "center")
    round_stamp(p, R - 250, y - 10, 30, 0.4)
    ar_line(p, R - 250, y - 7, "عمادة القبول", 5.5, gray=90)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.pieces(H - 30, [(L, "This transcript is not valid unless it bears the seal of the Registrar.", "left"),
                           (R, f"Page {i} of {n}", "right")], F, 7)
    return LayoutResult("transcript", "ad_bh_bilingual_transcript", FAMILY, by_reading_order(pages), [nm], courses,
                        "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ad_bh_bilingual_transcript": (bh_transcript, FAMILY, ("BH",))}
