"""Writer F, round 3: China. Country pack (Bachelor of Medicine in Medical Laboratory
Technology, 4 years; BSc Biotechnology; Bachelor of Nursing) and the official-translation
English transcript: ONE big table for all 8 semesters, two courses per row (left half and right
half each `Course Title | Course Nature | Credits | Score | Semester`), the term a COLUMN
("2016-2017-1"), scores 0-100 or five-level words ("Excellent", "Good", "Pass"), credits with
halves, no course codes, "Total Credits: 178.5 Average Score: 84.2 GPA: 3.52", notes on the
scales and a red university seal drawn as a picture."""

import zlib

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r3_f_common import (FAMILY, add_department_phrases, course_truth, fmt_cr, parse, place_image,
                          red_seal)

# code: C = compulsory, E = elective (not printed: Chinese translations carry no course codes)
CN_MLT = """
## 1 S1
C1101 | Ideological and Moral Cultivation and Legal Basis | 3 | O
C1102 | College English I | 4 | O
C1103 | Physical Education I | 1 | O
C1104 | Military Theory | 2 | O
C1105 | Advanced Mathematics | 4 | M
C1106 | Inorganic Chemistry | 3.5 | C
C1107 | Systematic Anatomy | 4.5 | B
E1108 | Computer Fundamentals | 2 | O
## 1 S2
C1201 | Outline of Modern Chinese History | 2 | O
C1202 | College English II | 4 | O
C1203 | Physical Education II | 1 | O
C1204 | Organic Chemistry | 3.5 | C
C1205 | Medical Physics | 3 | O
C1206 | Histology and Embryology | 3.5 | ?B
C1207 | Medical Statistics | 2.5 | M
## 2 S1
C2101 | Basic Principles of Marxism | 3 | O
C2102 | College English III | 3 | O
C2103 | Physical Education III | 1 | O
C2104 | Analytical Chemistry | 3.5 | C
C2105 | Physiology | 4.5 | B
C2106 | Biochemistry and Molecular Biology | 5.5 | C
E2107 | Medical Psychology | 1.5 | O
## 2 S2
C2201 | Introduction to Mao Zedong Thought and the Theory of Socialism with Chinese Characteristics | 5 | O
C2202 | College English IV | 3 | O
C2203 | Physical Education IV | 1 | O
C2204 | Medical Immunology | 3.5 | B
C2205 | Medical Microbiology | 4 | B
C2206 | Human Parasitology | 2.5 | ?B
C2207 | Pathology | 4 | ?B
## 3 S1
C3101 | Pathophysiology | 3 | ?B
C3102 | Pharmacology | 3.5 | O
C3103 | Diagnostics | 4 | O
C3104 | Clinical Basic Laboratory Examination | 4.5 | ?P
C3105 | Clinical Biochemistry Examination | 5 | P
E3106 | Laboratory Instrumentation | 2 | P
## 3 S2
C3201 | Internal Medicine | 4 | O
C3202 | Clinical Hematology Examination | 5 | P
C3203 | Clinical Microbiology Examination | 5 | ?P
C3204 | Clinical Immunology Examination | 4 | ?P
C3205 | Blood Transfusion Examination | 2 | P
E3206 | Clinical Molecular Biology Examination | 2.5 | ?P
## 4 S1
C4101 | Clinical Laboratory Management | 2 | P
E4102 | Evidence-based Laboratory Medicine | 1.5 | ?P
C4103 | Graduation Internship I (Clinical Laboratory, Hematology, Biochemistry) | 12 | P | urinalysis,hematology,chemistry
## 4 S2
C4201 | Graduation Internship II (Microbiology, Immunology, Blood Transfusion) | 12 | P | microbiology,immunology,blood_bank
C4202 | Graduation Thesis | 4 | O
"""

CN_BIOT = """
## 1 S1
C1101 | Ideological and Moral Cultivation and Legal Basis | 3 | O
C1102 | College English I | 4 | O
C1105 | Advanced Mathematics | 5 | M
C1106 | Inorganic Chemistry | 3.5 | C
## 1 S2
C1202 | College English II | 4 | O
C1204 | Organic Chemistry | 3.5 | C
C1208 | General Biology | 4 | B
## 2 S1
C2104 | Analytical Chemistry | 3.5 | C
C2108 | Biochemistry | 4.5 | C
C2109 | Microbiology | 4 | B
## 2 S2
C2208 | Cell Biology | 3.5 | B
C2209 | Genetics | 3.5 | B
## 3 S1
C3107 | Molecular Biology | 4 | B
C3108 | Genetic Engineering | 3 | B
## 3 S2
C3207 | Fermentation Engineering | 3 | O
E3208 | Immunology | 2.5 | B
## 4 S1
C4104 | Production Practice | 8 | O
## 4 S2
C4202 | Graduation Thesis | 8 | O
"""

CN_NUR = """
## 1 S1
C1102 | College English I | 4 | O
C1107 | Systematic Anatomy | 4.5 | B
## 1 S2
C1202 | College English II | 4 | O
C1209 | Fundamentals of Nursing | 5 | O
## 2 S1
C2105 | Physiology | 4.5 | B
C2110 | Health Assessment | 3 | O
## 2 S2
C2210 | Medical Nursing | 5 | O
## 3 S1
C3109 | Surgical Nursing | 5 | O
C3110 | Obstetric and Gynecologic Nursing | 3 | O
## 3 S2
C3209 | Pediatric Nursing | 3 | O
C3210 | Community Nursing | 2 | O
## 4 S1
C4105 | Nursing Internship I | 12 | O
## 4 S2
C4203 | Nursing Internship II | 12 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "CN", title, "bachelor", 4, field, "semester", parse(table), 9, 6,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="CN", name="China",
    given={"F": ["Xiaoyan", "Jing", "Yuting", "Mengqi", "Lili", "Xinyi", "Jiayi", "Shuang", "Yanan", "Ruoxi"],
           "M": ["Hao", "Zhiqiang", "Wei", "Jianguo", "Yuhang", "Zihao", "Bo", "Lei", "Chenxi", "Junjie"]},
    surnames=["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Jiangnan Medical University", "Suzhou", "Jiangsu Province", "CN",
                    "No. 199 Renai Road, Suzhou Industrial Park", ("cn_mlt", "cn_biot", "cn_nur"),
                    extra={"school": "School of Medical Technology", "code": "10385"}),
        Institution("Western Sichuan Medical College", "Luzhou", "Sichuan Province", "CN",
                    "No. 3-319 Zhongshan Road, Jiangyang District", ("cn_mlt", "cn_nur"),
                    extra={"school": "School of Laboratory Medicine", "code": "10632"}),
        Institution("Huaihai University of Medicine", "Xuzhou", "Jiangsu Province", "CN",
                    "No. 209 Tongshan Road", ("cn_mlt", "cn_biot"),
                    extra={"school": "School of Medical Technology", "code": "10313"}),
    ],
    employers=[
        Employer("Suzhou Kangning People's Hospital", "Suzhou", "Jiangsu Province", "CN",
                 "No. 26 Daoqian Street, Gusu District", "+86 512 5550 0142", "hr@kangning-sz.example"),
        Employer("Chengdu Tianfu Second Hospital", "Chengdu", "Sichuan Province", "CN",
                 "No. 88 Jinxiu Road, Wuhou District", "+86 28 5550 0178", "renshi@tianfu2h.example"),
        Employer("Huaxia Precision Medical Laboratory Co., Ltd.", "Hangzhou", "Zhejiang Province", "CN",
                 "No. 1150 Wenyi West Road, Yuhang District", "+86 571 5550 0193", "hr@huaxia-lab.example", "lab"),
        Employer("Xuzhou Central Maternal and Child Hospital", "Xuzhou", "Jiangsu Province", "CN",
                 "No. 46 Heping Road", "+86 516 5550 0121", "hr@xzmch.example"),
    ],
    signers=["Zhang Hongmei", "Liu Jianhua", "Chen Guoqing", "Wang Lifang"],
    curricula=[_cur("cn_mlt", "Bachelor of Medicine in Medical Laboratory Technology", "medical_laboratory_science", CN_MLT, True),
               _cur("cn_biot", "Bachelor of Science in Biotechnology", "biology", CN_BIOT),
               _cur("cn_nur", "Bachelor of Science in Nursing", "nursing", CN_NUR)],
    mls_curriculum="cn_mlt", science_curricula=["cn_biot"], nonqualifying_curricula=["cn_nur"],
    positions_mls=["Medical Technologist", "Laboratory Technician (Junior Grade)", "Clinical Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Research Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(100, 999)}{rng.randint(1000, 9999)}",
)
K.register(PACK)
add_department_phrases("CN", {
    "blood_bank": ["Blood Transfusion", "Blood Bank"], "chemistry": ["Clinical Biochemistry"],
    "hematology": ["Clinical Hematology", "Hematology"], "microbiology": ["Clinical Microbiology"],
    "immunology": ["Clinical Immunology"], "urinalysis": ["Clinical Basic Laboratory (Body Fluids)"],
    "molecular": ["Molecular Diagnostics (PCR)"], "phlebotomy": ["Outpatient Specimen Collection"],
    "other": ["Emergency Laboratory"]})

WORDS = [(90, "Excellent", 95), (80, "Good", 85), (70, "Medium", 75), (60, "Pass", 65)]


def cn_score(r):
    return min(98, 60 + (r.score - 45) * 38 // 47)


def graded_in_words(r):
    t = r.spec.title
    return (t.startswith(("Physical Education", "Military", "Graduation Internship", "Production", "Nursing Intern"))
            or r.spec.code.startswith("E") and zlib.crc32(t.encode()) % 2 == 0)


def cn_grade(r):
    """(printed score, numeric value for averages)."""
    sc = cn_score(r)
    if graded_in_words(r):
        for lo, w, v in WORDS:
            if sc >= lo:
                return w, v
    return str(sc), sc


def cn_gp(v):
    return min(4.0, (v - 50) / 10.0) if v >= 60 else 0.0


def cn_totals(s):
    rs = [r for t in s.terms for r in t.results]
    tc = sum(r.spec.credits for r in rs)
    avg = sum(cn_grade(r)[1] * r.spec.credits for r in rs) / tc
    gpa = sum(cn_gp(cn_grade(r)[1]) * r.spec.credits for r in rs) / tc
    return tc, avg, gpa


def cn_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    fs = 6.8
    L, R = 32, A4[0] - 32
    half = (R - L) / 2
    name = f"{person.surname} {person.given}"
    # column offsets inside a half: title, nature, credits, score, semester
    ox = [3, 122, 168, 196, 229]
    tw = ox[1] - ox[0] - 4
    pages = []

    def new_page():
        p = Page(A4)
        p.text(p.w / 2, 40, inst.name.upper(), FB, 13, "center")
        p.text(p.w / 2, 56, "ACADEMIC TRANSCRIPT FOR UNDERGRADUATE STUDENTS", FB, 10.5, "center")
        y = 76
        p.pieces(y, [(L, f"Name: {name}", "left"), (L + 170, f"Gender: {'Female' if person.sex == 'F' else 'Male'}", "left"),
                     (L + 290, f"Date of Birth: {s.dob.strftime('%b. %d, %Y')}", "left"),
                     (R, f"Student No.: {s.student_no}", "right")], F, 8); y += 11
        p.pieces(y, [(L, f"School: {inst.extra['school']}", "left"), (L + 290, "Major: Medical Laboratory Technology"
                      if cur.id == "cn_mlt" else f"Major: {cur.title.split(' in ')[-1]}", "left")], F, 8); y += 11
        p.pieces(y, [(L, f"Length of Schooling: {cur.years} years", "left"),
                     (L + 170, f"Enrollment: {s.admitted.strftime('%b. %Y')}", "left"),
                     (L + 290, f"Graduation: {s.conferred.strftime('%b. %Y')}", "left")], F, 8); y += 8
        yh = y + 4
        p.rect(L, yh, R - L, 22, 0.7, 0.0)
        p.vline(L + half, yh, yh + 22, 0.9)
        its, its2 = [], []
        for k in range(2):
            x = L + k * half
            its += [(x + ox[0], "Course Title", "left"), (x + ox[1], "Course", "left"), (x + ox[2], "Credits", "left"),
                    (x + ox[3], "Score", "left"), (x + ox[4], "Semester", "left")]
            its2 += [(x + ox[1], "Nature", "left")]
        p.pieces(yh + 9, its, FB, 7)
        p.pieces(yh + 18, its2, FB, 7)
        pages.append(p)
        return p, yh + 32

    rows = []
    for t in s.terms:
        sem = f"{t.start_year}-{t.start_year + 1}-{1 if t.key == 'S1' else 2}"
        for r in t.results:
            rows.append((r, sem))
    out = []
    p, y = new_page()
    bottom = A4[1] - 150
    ytop = y - 10
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2]
        wrapped = [wrap(r.spec.title, F, fs, tw) for r, _ in pair]
        h = max(len(w) for w in wrapped) * fs * 1.2 + 3
        if y + h > bottom:
            p.rect(L, ytop, R - L, y - ytop - 6, 0.7, 0.0); p.vline(L + half, ytop, y - 6, 0.9)
            p, y = new_page()
            ytop = y - 10
        items = []
        for k, ((r, sem), w) in enumerate(zip(pair, wrapped)):
            x = L + k * half
            g, _ = cn_grade(r)
            items += [(x + ox[0], w[0], "left"), (x + ox[1], "Compulsory" if r.spec.code[0] == "C" else "Elective", "left"),
                      (x + ox[2] + 12, fmt_cr(r.spec.credits), "center"), (x + ox[3] + 10, g, "center"),
                      (x + ox[4], sem, "left")]
            out.append(course_truth(r, sem, r.spec.credits, g, "semester", title=" ".join(w), code=None,
                                    course_nature="Compulsory" if r.spec.code[0] == "C" else "Elective"))
        p.pieces(y, items, F, fs)
        for j in range(1, max(len(w) for w in wrapped)):
            its = [(L + k * half + ox[0] + 5, w[j], "left") for k, w in enumerate(wrapped) if len(w) > j]
            p.pieces(y + j * fs * 1.2, its, F, fs)
        y += h
        p.hline(L, R, y - fs - 1.5, 0.2, 0.5)
    p.rect(L, ytop, R - L, y - ytop - 6, 0.7, 0.0); p.vline(L + half, ytop, y - 6, 0.9)
    tc, avg, gpa = cn_totals(s)
    y += 6
    p.spaced(L, y, [f"Total Credits: {fmt_cr(tc)}", f"Average Score: {avg:.1f}", f"GPA: {gpa:.2f}"], FB, 8.5, 30); y += 14
    for ln in ["Notes: 1. Scores are given on the percentage system (60 is the pass mark) or on the five-level system: "
               "Excellent (90-100), Good (80-89), Medium (70-79), Pass (60-69), Fail (below 60).",
               "2. GPA = Σ(course grade point × credits) / Σcredits; grade point = (score - 50) / 10, maximum 4.0; "
               "five-level grades count as 95, 85, 75 and 65.",
               f"3. The student has completed the {cur.years}-year undergraduate program and has been awarded the "
               f"Bachelor's degree of {'Medicine' if cur.id == 'cn_mlt' else 'Science'}."]:
        for w in wrap(ln, F, 7, R - L):
            p.text(L, y, w, F, 7); y += 9
    yb = A4[1] - 70
    p.text(R - 150, yb - 20, f"Academic Affairs Office, {inst.name}", F, 8, "center")
    p.pieces(yb - 8, [(L, f"Prepared by: {rng.choice(PACK.signers)}", "left"),
                      (R - 150, f"Date: {s.conferred.strftime('%B %d, %Y')}", "center")], F, 8)
    place_image(p, R - 150, yb - 30, 92, 92, red_seal(rng, 92))
    for i, pg in enumerate(pages, 1):
        pg.text(pg.w / 2, pg.h - 22, f"Page {i} of {len(pages)}", F, 7, "center")
    return LayoutResult("transcript", "cn_pair_table_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": s.conferred.strftime("%B %d, %Y")})


TRANSCRIPT_LAYOUTS = {"cn_pair_table_transcript": (cn_transcript, FAMILY, ("CN",))}
