"""Writer AE, round 15: Qatar (QA). Country pack (invented national universities: the College of
Health Sciences' "Bachelor of Science in Biomedical Sciences", four years, 128 US-style credit
hours with a clinical internship over the two terms of the fourth year; the College of Arts and
Sciences' "Bachelor of Science in Biological Sciences"; a "Bachelor of Science in Nursing") and the
"OFFICIAL TRANSCRIPT": English with an Arabic header (a picture), A4 portrait, a faint "OFFICIAL"
pattern behind the text (a picture too); Student ID "201412345", College, Major; a transfer block at
the top (some students: "ENGL 101 English Composition 3.00 TR" from a community college); terms in
order captioned "Fall 2014", "Spring 2015", "Summer 2015"; the first term holds the FOUNDATION
PROGRAM courses FPEL 120 / FPMA 102 at 0 credit hours, grade "P"; columns Course | Course Title
(abbreviated, upper case) | Grade (A, B+, B, C+, C, D+, D, F, P, W) | Cr Hrs ("3.00") | Qlty Pts |
R (repeat flag: "E" excluded, on the first attempt of a repeated course; "I" included, on the
second). Each term closes with "Term: Att Hrs ... Earn Hrs ... GPA Hrs ... Pts ... GPA ..." and
"Cumulative: ..." and sometimes "Dean's List" or "Academic Standing: Good Standing". The end:
"Degree Awarded: ..., Conferred 15-Jun-2018", "Overall Cr Hrs Earned 128.00 Cumulative GPA 3.31",
the Registrar's signature.

Truth: credit_system "semester" (US semester credit hours, 1 = 1 SH). Every printed row is a course
row: the excluded first attempt (F, flag E) and a W carry `passed: false`; the transfer row has
term "Transfer Credit" and grade "TR"; foundation rows have credits 0. Att Hrs = every row but W;
Earn Hrs = passed rows (P, TR and letter grades above F) not flagged E; GPA Hrs and Pts = letter-graded
rows not flagged E; GPA = Pts / GPA Hrs rounded to two decimals. The transfer hours
count in the cumulative Earn Hrs only.
"""

import os

from PIL import Image, ImageDraw, ImageFont

from .. import countries as K
from .. import courses as C
from .. import fonts
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r15_ae_common import (EN_MONTHS, FAMILY, add_department_phrases, ar_line, by_reading_order, course_truth, k,
                            r2, sign_block, dry_seal)

QA_BMS = """
## 1 FA
FPEL 120 | FOUNDATION ENGLISH II | 0 | O
FPMA 102 | FOUNDATION MATH | 0 | M
ENGL 203 | ENGLISH FOR HEALTH SCI | 3 | O
CHEM 101 | GENERAL CHEMISTRY I | 3 | C
CHEM 103 | GENERAL CHEMISTRY I LAB | 1 | C
BIOL 101 | GENERAL BIOLOGY I | 3 | B
BIOL 103 | GENERAL BIOLOGY I LAB | 1 | B
ARAB 100 | ARABIC LANGUAGE I | 3 | O
## 1 SP
CHEM 102 | GENERAL CHEMISTRY II | 3 | C
CHEM 104 | GENERAL CHEMISTRY II LAB | 1 | C
BIOL 102 | GENERAL BIOLOGY II | 3 | B
BIOL 104 | GENERAL BIOLOGY II LAB | 1 | B
MATH 101 | CALCULUS I | 3 | M
ISLA 111 | ISLAMIC CULTURE | 3 | O
PHYS 191 | GEN PHYSICS FOR HLTH SCI | 3 | O
## 1 SU
HIST 121 | HISTORY OF QATAR | 3 | O
STAT 151 | INTRO TO STATISTICS | 3 | M
## 2 FA
CHEM 211 | ORGANIC CHEMISTRY I | 3 | C
CHEM 213 | ORGANIC CHEM I LAB | 1 | C
BIOL 240 | HUMAN ANAT & PHYSIOL I | 4 | B
BIOM 210 | INTRO TO BIOMEDICAL SCI | 3 | ?P
BIOL 230 | GENERAL MICROBIOLOGY | 3 | B
BIOL 232 | GENERAL MICROBIOLOGY LAB | 1 | B
## 2 SP
CHEM 351 | BIOCHEMISTRY I | 3 | C
BIOL 241 | HUMAN ANAT & PHYSIOL II | 4 | B
BIOM 220 | CELL & MOLECULAR BIOLOGY | 3 | B
BIOM 230 | IMMUNOLOGY | 3 | ?B
SOCI 201 | SOCIOLOGY OF HEALTH | 3 | O
## 3 FA
BIOM 310 | CLIN CHEMISTRY I | 3 | P
BIOM 311 | CLIN CHEMISTRY I LAB | 1 | P
BIOM 320 | CLIN HEMATOLOGY I | 3 | P
BIOM 321 | CLIN HEMATOLOGY I LAB | 1 | P
BIOM 330 | MED MICROBIOLOGY | 3 | P
BIOM 331 | MED MICROBIOLOGY LAB | 1 | P
BIOM 340 | HISTOTECHNOLOGY | 3 | P
## 3 SP
BIOM 312 | CLIN CHEMISTRY II | 3 | P
BIOM 322 | CLIN HEMATOLOGY II & HEMOSTASIS | 3 | P
BIOM 350 | IMMUNOHEMATOLOGY | 3 | P
BIOM 351 | IMMUNOHEMATOLOGY LAB | 1 | P
BIOM 332 | MED PARASITOLOGY & MYCOLOGY | 3 | P
BIOM 360 | URINALYSIS & BODY FLUIDS | 2 | P
## 4 FA
BIOM 490 | CLINICAL INTERNSHIP | 6 | P | chemistry,hematology,urinalysis
BIOM 410 | MOLECULAR DIAGNOSTICS | 3 | P
BIOM 420 | LAB MANAGEMENT & QUALITY | 3 | P
BIOM 430 | RESEARCH METHODS IN HLTH SCI | 3 | O
## 4 SP
BIOM 490 | CLINICAL INTERNSHIP | 6 | P | microbiology,blood_bank
BIOM 440 | CLIN CORRELATION SEMINAR | 3 | P
BIOM 499 | SENIOR RESEARCH PROJECT | 3 | O
PHIL 250 | ETHICS IN HEALTH CARE | 3 | O
"""

QA_BIO = """
## 1 FA
FPEL 120 | FOUNDATION ENGLISH II | 0 | O
FPMA 102 | FOUNDATION MATH | 0 | M
CHEM 101 | GENERAL CHEMISTRY I | 3 | C
CHEM 103 | GENERAL CHEMISTRY I LAB | 1 | C
BIOL 101 | GENERAL BIOLOGY I | 3 | B
BIOL 103 | GENERAL BIOLOGY I LAB | 1 | B
ARAB 100 | ARABIC LANGUAGE I | 3 | O
ENGL 203 | ENGLISH FOR SCIENCES | 3 | O
## 1 SP
CHEM 102 | GENERAL CHEMISTRY II | 3 | C
BIOL 102 | GENERAL BIOLOGY II | 3 | B
BIOL 104 | GENERAL BIOLOGY II LAB | 1 | B
MATH 101 | CALCULUS I | 3 | M
ISLA 111 | ISLAMIC CULTURE | 3 | O
PHYS 101 | GENERAL PHYSICS I | 3 | O
## 2 FA
CHEM 211 | ORGANIC CHEMISTRY I | 3 | C
BIOL 210 | GENETICS | 3 | B
BIOL 230 | GENERAL MICROBIOLOGY | 4 | B
STAT 151 | INTRO TO STATISTICS | 3 | M
HIST 121 | HISTORY OF QATAR | 3 | O
## 2 SP
CHEM 351 | BIOCHEMISTRY I | 3 | C
BIOL 250 | PLANT BIOLOGY | 4 | B
BIOL 260 | ANIMAL PHYSIOLOGY | 4 | B
BIOL 270 | MARINE ECOLOGY | 3 | ?B
SOCI 201 | SOCIOLOGY | 3 | O
## 3 FA
BIOL 310 | CELL BIOLOGY | 4 | B
BIOL 320 | MOLECULAR BIOLOGY | 4 | B
BIOL 330 | IMMUNOLOGY | 3 | ?B
BIOL 340 | DESERT ECOLOGY | 3 | ?B
## 3 SP
BIOL 350 | DEVELOPMENTAL BIOLOGY | 4 | B
BIOL 360 | VIROLOGY | 3 | ?B
BIOL 370 | BIOINFORMATICS | 3 | O
PHIL 250 | ETHICS | 3 | O
## 4 FA
BIOL 410 | EVOLUTION | 3 | B
BIOL 420 | BIOTECHNOLOGY | 4 | B
BIOL 430 | ENVIRONMENTAL MICROBIOLOGY | 4 | B
BIOL 480 | SENIOR SEMINAR | 3 | O
## 4 SP
BIOL 440 | HUMAN GENETICS | 3 | B
BIOL 450 | PARASITOLOGY | 3 | B
BIOL 499 | SENIOR RESEARCH PROJECT | 4 | O
GEOG 210 | GEOGRAPHY OF THE GULF | 3 | O
"""

QA_NUR = """
## 1 FA
FPEL 120 | FOUNDATION ENGLISH II | 0 | O
FPMA 102 | FOUNDATION MATH | 0 | M
BIOL 101 | GENERAL BIOLOGY I | 3 | B
CHEM 101 | GENERAL CHEMISTRY I | 3 | C
ARAB 100 | ARABIC LANGUAGE I | 3 | O
ENGL 203 | ENGLISH FOR HEALTH SCI | 3 | O
## 1 SP
BIOL 240 | HUMAN ANAT & PHYSIOL I | 4 | B
NURS 101 | INTRO TO NURSING | 3 | O
ISLA 111 | ISLAMIC CULTURE | 3 | O
PSYC 101 | GENERAL PSYCHOLOGY | 3 | O
STAT 151 | INTRO TO STATISTICS | 3 | M
## 2 FA
BIOL 241 | HUMAN ANAT & PHYSIOL II | 4 | B
NURS 210 | HEALTH ASSESSMENT | 4 | O
NURS 220 | FUNDAMENTALS OF NURSING | 5 | O
HIST 121 | HISTORY OF QATAR | 3 | O
## 2 SP
BIOL 230 | MICROBIOLOGY FOR NURSING | 3 | ?B
NURS 230 | PHARMACOLOGY | 3 | O
NURS 240 | ADULT HEALTH NURSING I | 6 | O
SOCI 201 | SOCIOLOGY OF HEALTH | 3 | O
## 3 FA
NURS 310 | ADULT HEALTH NURSING II | 7 | O
NURS 320 | MATERNAL NEWBORN NURSING | 5 | O
NURS 330 | NURSING RESEARCH | 3 | O
## 3 SP
NURS 340 | CHILD HEALTH NURSING | 5 | O
NURS 350 | MENTAL HEALTH NURSING | 5 | O
PHIL 250 | ETHICS IN HEALTH CARE | 3 | O
## 4 FA
NURS 410 | COMMUNITY HEALTH NURSING | 6 | O
NURS 420 | CRITICAL CARE NURSING | 6 | O
NURS 430 | LEADERSHIP IN NURSING | 3 | O
## 4 SP
NURS 490 | NURSING INTERNSHIP | 12 | O
NURS 480 | NURSING SEMINAR | 3 | O
"""

AR = {"Al-Dafna National University": "جامعة الدفنة الوطنية", "Lusail Gulf University": "جامعة لوسيل الخليجية"}
AR_COLLEGE = {"Health Sciences": "كلية العلوم الصحية", "Arts and Sciences": "كلية الآداب والعلوم",
              "Nursing": "كلية التمريض"}
MAJOR = {"qa_bms": ("Health Sciences", "Biomedical Sciences"), "qa_bio": ("Arts and Sciences", "Biological Sciences"),
         "qa_nur": ("Nursing", "Nursing")}

QA_INST = [
    Institution("Al-Dafna National University", "Doha", "Ad Dawhah", "QA", "P.O. Box 20713, Al Tarfa Street",
                ("qa_bms", "qa_bio", "qa_nur"), "university",
                extra={"cc": "Doha Community College", "reg": "Dr. Hamad Al-Kuwari", "pres": "Dr. Maryam Al-Sulaiti"}),
    Institution("Lusail Gulf University", "Lusail", "Al Daayen", "QA", "P.O. Box 8830, Lusail Marina District",
                ("qa_bms", "qa_bio", "qa_nur"), "university",
                extra={"cc": "Qatar College of Applied Studies", "reg": "Mr. Khalid Al-Mohannadi",
                       "pres": "Dr. Abdulla Al-Thani"}),
]


def _cur(cid, title, field, terms, clin=False):
    return C.Curriculum(cid, "QA", title, "bachelor", 4, field, "semester", C._parse(terms), 8, 6,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="QA", name="Qatar",
    given={"F": ["Noora", "Maryam", "Aisha", "Fatima", "Hessa", "Sara", "Shaikha", "Amna", "Reem", "Latifa"],
           "M": ["Mohammed", "Abdulla", "Hamad", "Khalid", "Ali", "Jassim", "Saud", "Nasser", "Faisal", "Ahmed"]},
    surnames=["Al-Kuwari", "Al-Marri", "Al-Sulaiti", "Al-Mannai", "Al-Emadi", "Al-Naimi", "Al-Hajri", "Al-Mohannadi",
              "Al-Khater", "Al-Obaidli", "Al-Jaber", "Al-Dosari"],
    middle={"F": ["Mohammed", "Abdulla", "Ali", "Hamad", "Khalifa", "Jassim"],
            "M": ["Mohammed", "Abdulla", "Ali", "Hamad", "Khalifa", "Jassim"]},
    institutions=QA_INST,
    employers=[
        Employer("Al-Bidda Medical Corporation", "Doha", "Ad Dawhah", "QA",
                 "P.O. Box 3050, Al Rayyan Road", "+974 4439 0000", "hr@albidda-medical.example"),
        Employer("Al-Wakra Public Health Corporation", "Al Wakrah", "Al Wakrah", "QA", "P.O. Box 82228, Al Wukair Road",
                 "+974 4011 4000", "hr@alwakra-phc.example"),
        Employer("Gulf Pearl Diagnostic Laboratories W.L.L.", "Doha", "Ad Dawhah", "QA", "C-Ring Road, Building 42",
                 "+974 4436 7000", "careers@gulfpearl-labs.example", "lab"),
    ],
    signers=["Mr. Yousef Al-Hammadi", "Ms. Dana Al-Attiyah", "Mr. Rajesh Menon"],
    curricula=[_cur("qa_bms", "Bachelor of Science in Biomedical Sciences", "medical_laboratory_science", QA_BMS, True),
               _cur("qa_bio", "Bachelor of Science in Biological Sciences", "biology", QA_BIO),
               _cur("qa_nur", "Bachelor of Science in Nursing", "nursing", QA_NUR)],
    mls_curriculum="qa_bms", science_curricula=["qa_bio"], nonqualifying_curricula=["qa_nur"],
    positions_mls=["Lab Technologist II", "Medical Laboratory Technologist", "Lab Technologist I"],
    positions_science=["Laboratory Technician", "Research Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("QA", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Pathology"], "phlebotomy": ["Phlebotomy"], "other": ["Cytopathology"]})

POINTS = {"A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0, "F": 0.0}


def letter(s, salt, r):
    sc = r.score + (k(s, salt) % 7) - 3
    for lim, g in ((84, "A"), (78, "B+"), (70, "B"), (63, "C+"), (56, "C"), (50, "D+")):
        if sc >= lim:
            return g
    return "D"


def term_name(t):
    return {"FA": f"Fall {t.start_year}", "SP": f"Spring {t.start_year + 1}", "SU": f"Summer {t.start_year + 1}"}[t.key]


def official_pattern(p):
    """The faint 'OFFICIAL' pattern of the transcript paper, a picture behind the text."""
    kk = 2
    w, h = int(p.w * kk), int(p.h * kk)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf")
    font = ImageFont.truetype(path, 11 * kk)
    tile = Image.new("RGBA", (70 * kk, 18 * kk), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((2, 0), "OFFICIAL", font=font, fill=(200, 205, 215, 70))
    tile = tile.rotate(25, expand=True, resample=Image.BICUBIC)
    for yy in range(0, h, 60 * kk):
        for xx in range((yy // (60 * kk)) % 2 * 40 * kk, w, 90 * kk):
            im.alpha_composite(tile, (xx, yy))
    p.ops.insert(0, ("image", 0, 0, p.w, p.h, im))


def plan_rows(s):
    """[(term, [(r, grade, flag, passed)])]: a failed course's first attempt (flag E) and its repeat
    in the next fall/spring term (flag I); sometimes a W."""
    terms = s.terms
    plan = [(t, []) for t in terms]
    carry = []
    failed = 0
    for i, t in enumerate(terms):
        rows = plan[i][1]
        for r0 in carry:
            g = letter(s, f"rp{i}.{r0.spec.code}", r0)
            rows.append((r0, g if g not in ("D", "D+") else "C", "I", True))
        carry = []
        for j, r in enumerate(t.results):
            if r.spec.credits == 0:
                rows.append((r, "P", "", True))
                continue
            if "INTERNSHIP" in r.spec.title:
                rows.append((r, "P", "", True))
                continue
            if (failed == 0 and t.key != "SU" and t.year <= 2 and k(s, f"f{i}.{j}") % 13 == 0
                    and i + 1 < len(terms)):
                failed += 1
                rows.append((r, "F", "E", False))
                carry.append(r)
                continue
            rows.append((r, letter(s, f"g{i}.{j}", r), "", True))
        if t.key == "SP" and t.year == 2 and k(s, "w") % 4 == 0:
            w = fake_result(None, "FREN 101", "FRENCH LANGUAGE I", 3, "other")
            rows.append((w, "W", "", False))
    return plan


def qa_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, M = "Helvetica", "Helvetica-Bold", "Courier"
    W, H = A4
    L, R = 44, W - 44
    X = [L, L + 62, L + 262, L + 300, L + 350, L + 400, R]
    college, major = MAJOR[cur.id]
    pages = []
    st = {"p": None, "y": 0}
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    fz = 7.6

    def new_page():
        p = Page(A4)
        official_pattern(p)
        pages.append(p)
        st["p"] = p
        ar_line(p, W / 2, 36, AR[inst.name], 13, bold=True)
        ar_line(p, W / 2, 52, AR_COLLEGE[college] + " - كشف الدرجات الرسمي", 9)
        p.text(W / 2, 70, inst.name.upper(), SB, 12, "center")
        p.text(W / 2, 82, f"{inst.street}, {inst.city}, State of Qatar", S, 7, "center")
        p.text(W / 2, 100, "OFFICIAL TRANSCRIPT", SB, 11, "center")
        p.hline(L, R, 106, 0.8)
        y = 118
        p.pieces(y, [(L, f"Name: {nm}", "left"), (L + 300, f"Student ID: {s.student_no}", "left")], S, 8)
        if len(pages) == 1:
            p.pieces(y + 11, [(L, f"College: {college}", "left"), (L + 300, f"Major: {major}", "left")], S, 8)
            p.pieces(y + 22, [(L, f"Date of Birth: {s.dob.day:02d}-{EN_MONTHS[s.dob.month - 1][:3]}-{s.dob.year}",
                               "left"), (L + 300, "Degree Sought: Bachelor of Science", "left")], S, 8)
            st["y"] = y + 40
        else:
            st["y"] = y + 18

    def colhead(p, y):
        p.pieces(y, [(X[0], "Course", "left"), (X[1], "Course Title", "left"), (X[2], "Grade", "left"),
                     (X[3] + 36, "Cr Hrs", "right"), (X[4] + 38, "Qlty Pts", "right"), (X[5] + 6, "R", "left")],
                 SB, fz)
        p.hline(L, X[5] + 20, y + 3, 0.4)

    new_page()
    out = []
    plan = plan_rows(s)
    has_tr = k(s, "tr") % 3 == 0
    cum = {"att": 0.0, "earn": 0.0, "gh": 0.0, "pts": 0.0}
    if has_tr:
        p, y = st["p"], st["y"]
        p.text(L, y, f"Transfer Credit from {inst.extra['cc']}", SB, 8.2)
        tr = fake_result(None, "ENGL 101", "English Composition", 3, "other")
        p.pieces(y + 12, [(X[0], "ENGL 101", "left"), (X[1], "English Composition", "left"),
                          (X[3] + 36, "3.00", "right"), (X[2], "TR", "left")], M, fz)
        cum["earn"] += 3
        out.append(course_truth(tr, "Transfer Credit", 3, "TR", "semester", code="ENGL 101"))
        st["y"] = y + 30
    p = st["p"]
    p.text(L, st["y"], "Institution Credit", SB, 8.2)
    st["y"] += 12
    for i, (t, rows) in enumerate(plan):
        need = 12 * len(rows) + 60
        if st["y"] + need > H - 50:
            new_page()
        p, y = st["p"], st["y"]
        tn = term_name(t)
        p.text(L, y, tn + (" - Foundation Program" if i == 0 else ""), SB, 8.6)
        y += 12
        colhead(p, y)
        y += 12
        tt = {"att": 0.0, "earn": 0.0, "gh": 0.0, "pts": 0.0}
        for r, g, flag, ok in rows:
            cr = r.spec.credits
            qp = POINTS.get(g, 0.0) * cr if g in POINTS else 0.0
            p.pieces(y, [(X[0], r.spec.code, "left"), (X[1], r.spec.title, "left", M, fit_size(r.spec.title, M, fz, X[2] - X[1] - 4, 5)),
                         (X[2], g, "left"), (X[3] + 36, f"{cr:.2f}", "right"), (X[4] + 38, f"{qp:.2f}", "right"),
                         (X[5] + 6, flag, "left")], M, fz)
            y += 11
            if g != "W":
                tt["att"] += cr
            if ok and g != "F":
                tt["earn"] += cr
            if g in POINTS and flag != "E":
                tt["gh"] += cr
                tt["pts"] += qp
            tr = course_truth(r, tn, cr, g, "semester", code=r.spec.code, quality_points=round(qp, 2),
                              repeat=flag or None)
            if not ok:
                tr["passed"] = False
            out.append(tr)
        for kk in cum:
            cum[kk] += tt[kk]
        gpa = r2(tt["pts"] / tt["gh"]) if tt["gh"] else 0.0
        cgpa = r2(cum["pts"] / cum["gh"]) if cum["gh"] else 0.0
        y += 3
        p.pieces(y, [(X[1] - 40, "Term:", "left"), (X[1] + 20, f"Att Hrs {tt['att']:.2f}", "left"),
                     (X[1] + 100, f"Earn Hrs {tt['earn']:.2f}", "left"), (X[1] + 185, f"GPA Hrs {tt['gh']:.2f}", "left"),
                     (X[1] + 268, f"Pts {tt['pts']:.2f}", "left"), (X[1] + 338, f"GPA {gpa:.2f}", "left")], M, fz)
        p.pieces(y + 10, [(X[1] - 40, "Cumulative:", "left"), (X[1] + 20, f"Att Hrs {cum['att']:.2f}", "left"),
                          (X[1] + 100, f"Earn Hrs {cum['earn']:.2f}", "left"),
                          (X[1] + 185, f"GPA Hrs {cum['gh']:.2f}", "left"),
                          (X[1] + 268, f"Pts {cum['pts']:.2f}", "left"), (X[1] + 338, f"GPA {cgpa:.2f}", "left")], M, fz)
        y += 10
        if tt["gh"] >= 12 and gpa >= 3.5:
            y += 10
            p.text(X[1] - 40, y, "Dean's List", SB, fz)
        elif t.key != "SU" and k(s, f"as{i}") % 3 == 0:
            y += 10
            p.text(X[1] - 40, y, "Academic Standing: Good Standing", S, fz)
        st["y"] = y + 18
    if st["y"] + 120 > H - 40:
        new_page()
    p, y = st["p"], st["y"] + 4
    p.hline(L, R, y - 10, 0.8)
    cd = s.conferred
    p.text(L, y + 2, f"Degree Awarded: {cur.title}, Conferred {cd.day:02d}-{EN_MONTHS[cd.month - 1][:3]}-{cd.year}",
           SB, 8.6)
    cgpa = r2(cum["pts"] / cum["gh"])
    p.spaced(L, y + 16, [f"Overall Cr Hrs Earned {cum['earn']:.2f}", f"Cumulative GPA {cgpa:.2f}"], SB, 8.6, 30)
    p.text(L, y + 34, "Grading: A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D+ 1.5, D 1.0, F 0.0; P pass, W withdrawn, "
                      "TR transfer credit. R: E excluded from GPA, I included.", S, 6.8)
    p.text(L, y + 44, "*** END OF TRANSCRIPT ***", S, 7)
    sign_block(p, rng, R - 110, y + 90, "Registrar", S, 8.5, 160, inst.extra["reg"])
    dry_seal(p, R - 250, y + 76, 30)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.pieces(H - 24, [(L, f"Issued: {(cd.day):02d}-{EN_MONTHS[cd.month - 1][:3]}-{cd.year}", "left"),
                           (R, f"Page {q} of {n}", "right")], S, 6.8)
    return LayoutResult("transcript", "ae_qa_transcript", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ae_qa_transcript": (qa_transcript, FAMILY, ("QA",))}
