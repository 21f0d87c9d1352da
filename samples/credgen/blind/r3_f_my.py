"""Writer F, round 3: Malaysia. Country pack (Bachelor of Biomedical Science (Hons), 4 years,
8 semesters; BSc Microbiology; Bachelor of Nursing; credit hours = semester credits) and the
university's "ACADEMIC TRANSCRIPT": semester blocks two per row side by side, `Course Code |
Course Name | Credit Hours | Grade | Grade Point` (two-line header), grades A..C on 4.00, per
block "Credits Earned 18 GPA 3.67 CGPA 3.59", codes "BBS1013" (last digit = credit hours),
English titles only, a hologram sticker square, class of degree from the CGPA."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r3_f_common import FAMILY, add_department_phrases, course_truth, hologram, parse

MY_BBS = """
## 1 S1
BBS1013 | Human Anatomy | 3 | B
BBS1023 | Cell Biology | 3 | B
BBS1033 | General Chemistry | 3 | C
BBS1042 | Introduction to Biomedical Science | 2 | ?O
ULE1012 | Academic English I | 2 | O
MPU3113 | Ethnic Relations | 3 | O
## 1 S2
BBS1053 | Human Physiology | 3 | B
BBS1063 | Organic Chemistry | 3 | C
BBS1073 | Biostatistics | 3 | M
BBS1082 | Medical Terminology | 2 | O
ULE1022 | Academic English II | 2 | O
MPU3123 | Islamic and Asian Civilisations (TITAS) | 3 | O
## 2 S1
BBS2013 | Biochemistry I | 3 | C
BBS2023 | General Microbiology | 3 | B
BBS2033 | Histology | 3 | ?B
BBS2043 | Analytical Chemistry | 3 | C
BBS2052 | Genetics | 2 | B
MPU3141 | Co-curriculum: Community Service | 1 | O
## 2 S2
BBS2063 | Biochemistry II: Metabolism | 3 | C
BBS2073 | Basic Immunology | 3 | B
BBS2083 | Medical Parasitology and Entomology | 3 | ?P
BBS2093 | Pathophysiology of Human Diseases | 3 | ?B
BBS2102 | Biomedical Laboratory Instrumentation | 2 | P
MPU3222 | Entrepreneurship | 2 | O
## 3 S1
BBS3013 | Clinical Biochemistry I | 3 | P
BBS3023 | Haematology I | 3 | P
BBS3033 | Medical Bacteriology | 3 | ?P
BBS3043 | Molecular Biology | 3 | B
BBS3052 | Research Methodology | 2 | O
## 3 S2
BBS3063 | Clinical Biochemistry II | 3 | P
BBS3073 | Haematology II and Haemostasis | 3 | P
BBS3083 | Medical Virology and Mycology | 3 | ?P
BBS3093 | Transfusion Science | 3 | P
BBS3103 | Histopathology and Cytology Techniques | 3 | ?P
## 4 S1
BBS4016 | Clinical Attachment I (Chemical Pathology, Haematology, Urinalysis) | 6 | P | chemistry,hematology,urinalysis
BBS4023 | Quality Management in the Medical Laboratory | 3 | P
BBS4033 | Diagnostic Molecular Pathology | 3 | ?P
BBS4042 | Final Year Project I | 2 | O
## 4 S2
BBS4056 | Clinical Attachment II (Medical Microbiology, Transfusion Medicine) | 6 | P | microbiology,blood_bank
BBS4064 | Final Year Project II | 4 | O
BBS4072 | Laboratory Management and Professional Ethics | 2 | P
"""

MY_MIC = """
## 1 S1
SBM1013 | Principles of Biology | 3 | B
SBM1023 | General Chemistry | 3 | C
SBM1033 | Calculus for Life Sciences | 3 | M
ULE1012 | Academic English I | 2 | O
MPU3113 | Ethnic Relations | 3 | O
## 1 S2
SBM1043 | Organic Chemistry | 3 | C
SBM1053 | Cell and Molecular Biology | 3 | B
SBM1063 | Biostatistics | 3 | M
MPU3123 | Islamic and Asian Civilisations (TITAS) | 3 | O
## 2 S1
SBM2013 | General Microbiology | 3 | B
SBM2023 | Biochemistry | 3 | C
SBM2033 | Genetics | 3 | B
SBM2042 | Microbial Physiology | 2 | B
## 2 S2
SBM2053 | Bacteriology | 3 | B
SBM2063 | Mycology | 3 | B
SBM2073 | Analytical Chemistry | 3 | C
## 3 S1
SBM3013 | Virology | 3 | B
SBM3023 | Immunology | 3 | B
SBM3033 | Food Microbiology | 3 | B
## 3 S2
SBM3043 | Industrial Microbiology | 3 | B
SBM3053 | Environmental Microbiology | 3 | ?B
SBM3062 | Research Methodology | 2 | O
## 4 S1
SBM4014 | Industrial Training | 4 | O
SBM4023 | Medical Microbiology | 3 | B
## 4 S2
SBM4036 | Final Year Project | 6 | O
SBM4043 | Microbial Biotechnology | 3 | B
"""

MY_NUR = """
## 1 S1
BNS1013 | Anatomy and Physiology I | 3 | B
BNS1024 | Fundamentals of Nursing | 4 | O
MPU3113 | Ethnic Relations | 3 | O
## 1 S2
BNS1033 | Anatomy and Physiology II | 3 | B
BNS1044 | Medical-Surgical Nursing I | 4 | O
## 2 S1
BNS2013 | Pharmacology | 3 | O
BNS2024 | Medical-Surgical Nursing II | 4 | O
## 2 S2
BNS2034 | Maternity Nursing | 4 | O
BNS2043 | Community Health Nursing I | 3 | O
## 3 S1
BNS3014 | Paediatric Nursing | 4 | O
BNS3023 | Mental Health Nursing | 3 | O
## 3 S2
BNS3034 | Critical Care Nursing | 4 | O
BNS3042 | Nursing Research | 2 | O
## 4 S1
BNS4016 | Clinical Nursing Practice I | 6 | O
## 4 S2
BNS4026 | Clinical Nursing Practice II | 6 | O
BNS4033 | Nursing Management and Leadership | 3 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "MY", title, "bachelor", 4, field, "semester", parse(table), 9, 10,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="MY", name="Malaysia",
    given={"F": ["Mei Ling", "Hui Min", "Siew Yen", "Pei Shan", "Jia Hui", "Li Wen", "Xin Yi",
                 "Wei Ting", "Kar Mun", "Yee Ling"],
           "M": ["Wei Jie", "Chee Keong", "Kok Leong", "Jun Hao", "Zhi Hao", "Kah Wai", "Yong Sheng",
                 "Boon Hock", "Wai Kit", "Jia Wei"]},
    surnames=["Tan", "Lim", "Wong", "Ng", "Lee", "Chong", "Teh", "Ooi", "Goh", "Yap", "Khoo", "Loh"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universiti Teknologi Perdana Selatan", "Johor Bahru", "Johor", "MY",
                    "Jalan Skudai Lama, 81310", ("my_bbs", "my_mic", "my_nur"),
                    extra={"faculty": "Faculty of Health Sciences", "conv": 45}),
        Institution("Universiti Sains Kesihatan Pantai Timur", "Kuantan", "Pahang", "MY",
                    "Jalan Sultan Ahmad Shah, Bandar Indera Mahkota, 25200", ("my_bbs", "my_nur"),
                    extra={"faculty": "Kulliyyah of Allied Health Sciences", "conv": 33}),
        Institution("Meridian University College of Medical Sciences", "Petaling Jaya", "Selangor", "MY",
                    "No. 3, Jalan Universiti, Seksyen 13, 46200", ("my_bbs", "my_mic"),
                    extra={"faculty": "School of Biomedical Sciences", "conv": 21}),
    ],
    employers=[
        Employer("Hospital Pakar Seri Harmoni", "Kuala Lumpur", "Wilayah Persekutuan", "MY",
                 "No. 12, Jalan Tun Razak, 50400", "+60 3-5550 0142", "hr@seriharmoni.example"),
        Employer("Pusat Perubatan Bukit Cahaya Sdn. Bhd.", "Shah Alam", "Selangor", "MY",
                 "Lot 8, Persiaran Kayangan, Seksyen 9, 40100", "+60 3-5550 0178", "hrd@bukitcahaya.example"),
        Employer("Lablink Diagnostics (M) Sdn. Bhd.", "Penang", "Pulau Pinang", "MY",
                 "21-A, Lebuh Farquhar, 10200 George Town", "+60 4-555 0193", "people@lablink-my.example", "lab"),
        Employer("Hospital Pakar Tanjung Aman", "Johor Bahru", "Johor", "MY",
                 "Jalan Abdul Samad, 80100", "+60 7-555 0121", "hr@tanjungaman.example"),
    ],
    signers=["Norhayati binti Ismail", "Lim Siew Kuan", "Rajesh a/l Muniandy", "Azlan bin Hashim",
             "Chan Pui Yee"],
    curricula=[_cur("my_bbs", "Bachelor of Biomedical Science (Hons)", "medical_laboratory_science", MY_BBS, True),
               _cur("my_mic", "Bachelor of Science (Hons) Microbiology", "biology", MY_MIC),
               _cur("my_nur", "Bachelor of Nursing (Hons)", "nursing", MY_NUR)],
    mls_curriculum="my_bbs", science_curricula=["my_mic"], nonqualifying_curricula=["my_nur"],
    positions_mls=["Medical Laboratory Technologist", "Scientific Officer (Biomedical)", "Biomedical Scientist"],
    positions_science=["Laboratory Assistant", "Research Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"A{sy % 100:02d}{rng.choice(['BB', 'SB', 'HS'])}{rng.randint(1000, 9999)}",
)
K.register(PACK)
add_department_phrases("MY", {
    "blood_bank": ["Transfusion Medicine", "Blood Bank"], "chemistry": ["Chemical Pathology", "Clinical Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Medical Microbiology", "Microbiology"],
    "immunology": ["Immunology", "Serology"], "urinalysis": ["Urinalysis", "Clinical Microscopy"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

MY_POINTS = {"A": 4.0, "A-": 3.67, "B+": 3.33, "B": 3.0, "B-": 2.67, "C+": 2.33, "C": 2.0}
SCALE = [("A", "80-100", "4.00"), ("A-", "75-79", "3.67"), ("B+", "70-74", "3.33"), ("B", "65-69", "3.00"),
         ("B-", "60-64", "2.67"), ("C+", "55-59", "2.33"), ("C", "50-54", "2.00"), ("C-", "45-49", "1.67"),
         ("D+", "40-44", "1.33"), ("D", "35-39", "1.00"), ("F", "0-34", "0.00")]


def credit_hours(r):
    return int(r.spec.credits)


def gpa(rs):
    return sum(round(MY_POINTS[r.letter], 2) * credit_hours(r) for r in rs) / sum(credit_hours(r) for r in rs)


def my_class(cg):
    if cg >= 3.67:
        return "First Class Honours"
    if cg >= 3.0:
        return "Second Class Honours (Upper Division)"
    if cg >= 2.5:
        return "Second Class Honours (Lower Division)"
    return "Third Class Honours"


def my_cgpa(s):
    return gpa([r for t in s.terms for r in t.results])


def my_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 36, A4[0] - 36
    gap = 12
    bw = (R - L - gap) / 2
    name = person.surname.upper() + " " + person.given.upper()
    ic = f"{s.dob.strftime('%y%m%d')}-{rng.choice(['01', '07', '10', '14'])}-{rng.randint(1000, 9999)}"
    # block columns (offsets inside a block)
    cx = [3, 40, 166, 198, 230]
    tw = 122

    def new_page(n):
        p = Page(A4)
        p.logo(L + 20, 44, 17, 1, 0.3)
        p.pieces(40, [(L + 46, inst.name.upper(), "left", FB, 12), (R, "ACADEMIC TRANSCRIPT", "right", FB, 11)])
        p.pieces(52, [(L + 46, f"{inst.street} {inst.city}, {inst.region}, Malaysia", "left", F, 7.5),
                      (R, "Office of the Registrar", "right", F, 7.5)])
        p.hline(L, R, 60, 1.2)
        y = 74
        p.pieces(y, [(L, "Name", "left"), (L + 70, f": {name}", "left"), (L + 300, "Matric No.", "left"),
                     (L + 370, f": {s.student_no}", "left")], F, 7.5); y += 10
        p.pieces(y, [(L, "IC / Passport No.", "left"), (L + 70, f": {ic}", "left"), (L + 300, "Date of Admission", "left"),
                     (L + 370, f": {D.long_dmy(s.admitted)}", "left")], F, 7.5); y += 10
        if n == 1:
            p.pieces(y, [(L, "Programme", "left"), (L + 70, f": {cur.title}", "left"),
                         (L + 300, "Faculty", "left"), (L + 370, f": {inst.extra['faculty']}", "left")], F, 7.5)
            y += 10
            p.pieces(y, [(L, "Mode of Study", "left"), (L + 70, ": Full-time", "left"),
                         (L + 300, "Date of Award", "left"), (L + 370, f": {D.long_dmy(s.conferred)}", "left")], F, 7.5)
            y += 10
        p.hline(L, R, y - 4, 0.5)
        return p, y + 10

    def block(p, x, y, label, rs, cum):
        p.rect(x, y - 9, bw, 12, 0, 0.85, fill=0.85)
        p.text(x + 3, y, label, FB, 7.5)
        y += 11
        p.pieces(y, [(x + cx[0], "Course", "left"), (x + cx[1], "Course Name", "left"), (x + cx[2] + 8, "Credit", "center"),
                     (x + cx[3] + 8, "Grade", "center"), (x + cx[4] + 10, "Grade", "center")], FB, 6.5)
        y += 7.5
        p.pieces(y, [(x + cx[0], "Code", "left"), (x + cx[2] + 8, "Hours", "center"), (x + cx[4] + 10, "Point", "center")], FB, 6.5)
        p.hline(x, x + bw, y + 3, 0.4)
        y += 11
        out = []
        for r in rs:
            lines = wrap(r.spec.title.upper(), F, 6.8, tw)
            p.pieces(y, [(x + cx[0], r.code, "left"), (x + cx[1], lines[0], "left"),
                         (x + cx[2] + 8, str(credit_hours(r)), "center"), (x + cx[3] + 8, r.letter, "center"),
                         (x + cx[4] + 10, f"{MY_POINTS[r.letter]:.2f}", "center")], F, 6.8)
            for ln in lines[1:]:
                y += 8
                p.text(x + cx[1], y, ln, F, 6.8)
            out.append(course_truth(r, label, credit_hours(r), r.letter, "semester", title=" ".join(lines),
                                    grade_point=MY_POINTS[r.letter]))
            y += 9
        p.hline(x, x + bw, y - 5, 0.3)
        earned = sum(credit_hours(r) for r in rs)
        p.spaced(x + 3, y + 4, [f"Credits Earned {earned}", f"GPA {gpa(rs):.2f}", f"CGPA {gpa(cum):.2f}"], FB, 6.8, 14)
        return y + 12, out

    fl = Flow(new_page, 70)
    out, cum = [], []
    terms = s.terms
    for i in range(0, len(terms), 2):
        pair = terms[i:i + 2]
        est = max(40 + 9 * len(t.results) + 8 * sum(len(wrap(r.spec.title.upper(), F, 6.8, tw)) - 1 for r in t.results)
                  for t in pair)
        fl.need(est + 8)
        p, y0 = fl.page, fl.y
        ys = []
        for j, t in enumerate(pair):
            label = f"Semester {1 if t.key == 'S1' else 2} {t.start_year}/{t.start_year + 1}"
            cum = cum + list(t.results)
            yb, o = block(p, L + j * (bw + gap), y0, label, t.results, cum)
            out += o
            ys.append(yb)
        fl.y = max(ys) + 8
    allr = [r for t in terms for r in t.results]
    cg = gpa(allr)
    fl.need(150)
    p, y = fl.page, fl.y + 4
    p.hline(L, R, y - 8, 0.8)
    p.spaced(L, y, [f"Total Credits Earned: {sum(credit_hours(r) for r in allr)}", f"CGPA: {cg:.2f}",
                    "Status: Graduated"], FB, 8.5, 28); y += 12
    p.text(L, y, f"Award: {cur.title.upper().replace('(HONS)', 'WITH HONOURS')}", FB, 8.5); y += 11
    p.text(L, y, f"Classification: {my_class(cg)}", F, 8.5); y += 16
    p.text(L, y, "GRADING SYSTEM", FB, 7); y += 9
    for k in range(0, len(SCALE), 6):
        p.spaced(L, y, [f"{g} ({m}) {pt}" for g, m, pt in SCALE[k:k + 6]], F, 6.5, 12); y += 8.5
    p.text(L, y, "One credit hour is equivalent to 40 notional student learning hours. GPA: Grade Point "
           "Average for the semester. CGPA: Cumulative Grade Point Average.", F, 6.5); y += 8.5
    p.text(L, y, "This transcript is not valid without the university hologram and the Registrar's signature.",
           "Helvetica-Oblique", 6.5)
    yb = p.h - 70
    hologram(p, R - 62, yb - 52, 56)
    p.signature(L + 10, yb - 4, 110, rng)
    p.hline(L, L + 170, yb, 0.5)
    p.pieces(yb + 10, [(L, rng.choice(["Deputy Registrar", "Registrar"]), "left", FB, 7.5),
                       (L + 220, f"Date of Issue: {D.long_dmy(s.conferred)}", "left", F, 7.5)])
    p.text(L, yb + 19, "Academic Management Division", F, 7)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 24, f"Page {i} of {n}", F, 6.5, "center")
    return LayoutResult("transcript", "my_two_column_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": D.long_dmy(s.conferred)})


TRANSCRIPT_LAYOUTS = {"my_two_column_transcript": (my_transcript, FAMILY, ("MY",))}
