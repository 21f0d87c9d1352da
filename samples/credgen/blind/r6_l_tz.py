"""Writer L, round 6: Tanzania (TZ). Country pack (BSc Medical Laboratory Sciences, 3 years; BSc
Microbiology, 3 years; BSc Nursing, 4 years) and a public university's "ACADEMIC TRANSCRIPT":
coat of arms, "THE UNITED REPUBLIC OF TANZANIA" over the university, a particulars block
(Registration No. "2016-04-05123", Name surname first, Sex, Date of Birth dd/mm/yyyy,
Nationality, Programme, Year of Admission, Date of Award), then per semester a shaded band
"YEAR ONE - SEMESTER I (2016/2017)" and `Course Code | Course Title | Credits | Grade | Points`,
credits of the national scheme (7.5, 10, 12, 15; a year about 120), grades A=5, B+=4, B=3, C=2
(D=1, E=0 fail), Points = credits x grade point ("37.5"); under each semester "Semester Credits
57  Semester Points 221.5  Semester GPA 3.9"; at the end "Total Credits Earned: 347.5",
"Overall GPA: 3.8 - Classification: Upper Second Class", a key to grades and classes, the
Deputy Vice Chancellor's signature over a round seal, "This transcript is issued without any
erasure or alteration" and a serial number.

Credits: the Tanzanian (TCU) credit is 10 notional hours of learning, the same measure as a UK
CATS credit (120 a year), so it is recorded as credit system `uk` (criteria.md: x 1/4, 120 a
year = 30 SH): a 12-credit course = 3 SH, a 7.5-credit course = 1.875 SH rounded to 1.88."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r6_l_common import FAMILY, add_department_phrases, coat_of_arms, course_truth, fmt_num, k, parse

TZ_MLS = """
## 1 S1
MLS 111 | Human Anatomy | 10 | B
MLS 112 | Human Physiology | 10 | B
CHE 113 | General and Inorganic Chemistry | 12 | C
BIO 114 | Cell Biology and Genetics | 10 | B
MAT 115 | Basic Mathematics and Biostatistics | 7.5 | M
CS 116 | Communication Skills | 7.5 | O
## 1 S2
CHE 121 | Organic Chemistry | 10 | C
MLS 122 | Basic Biochemistry | 12 | C
MLS 123 | General Microbiology | 12 | B
MLS 124 | Laboratory Safety, Instrumentation and Quality Control | 10 | O
DS 125 | Development Studies | 7.5 | O
MLS 126 | Introduction to Medical Laboratory Sciences | 7.5 | ?O
## 2 S1
MLS 211 | Clinical Chemistry I | 12 | P
MLS 212 | Haematology I | 12 | P
MLS 213 | Medical Bacteriology | 12 | ?P
MLS 214 | Medical Parasitology and Entomology | 10 | P
MLS 215 | Immunology and Serology | 10 | ?B
## 2 S2
MLS 221 | Clinical Chemistry II | 12 | P
MLS 222 | Haematology II and Haemostasis | 12 | P
MLS 223 | Medical Mycology and Virology | 10 | ?P
MLS 224 | Histopathology and Cytology Techniques | 12 | P
EPI 225 | Epidemiology and Research Methods | 7.5 | O
MLS 226 | Clinical Laboratory Rotation I | 7.5 | ?P | chemistry,hematology
## 3 S1
MLS 311 | Clinical Chemistry III | 10 | P
MLS 312 | Blood Transfusion Science | 10 | ?P
MLS 313 | Diagnostic Molecular Biology | 10 | ?B
MLS 314 | Laboratory Management and Quality Assurance | 10 | P
MLS 315 | Clinical Laboratory Rotation II | 15 | ?P | microbiology,blood_bank,urinalysis
## 3 S2
MLS 321 | Clinical Microbiology | 10 | ?P
MLS 322 | Medical Laboratory Ethics and Law | 7.5 | O
MLS 323 | Public Health Laboratory Practice | 10 | ?O
MLS 324 | Field Attachment (Clinical Practicum) | 15 | P | chemistry,hematology,microbiology,blood_bank
MLS 399 | Research Project | 15 | O
"""

TZ_MICRO = """
## 1 S1
MB 111 | Introduction to Microbiology | 12 | B
CH 111 | General Chemistry | 12 | C
BL 111 | Cell Biology | 12 | B
MT 111 | Calculus I | 10 | M
CL 111 | Communication Skills | 7.5 | O
## 1 S2
MB 121 | Microbial Diversity | 12 | B
CH 121 | Organic Chemistry | 12 | C
BL 121 | Genetics | 12 | B
ST 121 | Biostatistics | 10 | M
DS 121 | Development Studies | 7.5 | O
## 2 S1
MB 211 | Bacteriology | 12 | ?B
BC 211 | Biochemistry I | 12 | C
MB 212 | Microbial Physiology | 12 | B
MB 213 | Immunology | 10 | B
CH 211 | Analytical Chemistry | 10 | C
## 2 S2
BC 221 | Biochemistry II | 12 | C
MB 221 | Virology | 10 | ?B
MB 222 | Mycology | 10 | ?B
MB 223 | Microbial Genetics | 12 | B
MB 224 | Laboratory Techniques in Microbiology | 10 | ?B
## 3 S1
MB 311 | Medical Microbiology | 15 | ?B
MB 312 | Food and Industrial Microbiology | 12 | B
MB 313 | Environmental Microbiology | 12 | B
MB 314 | Industrial Practical Training | 15 | O
## 3 S2
MB 321 | Molecular Biology | 12 | B
MB 322 | Research Methods | 7.5 | O
MB 323 | Microbial Biotechnology | 12 | ?B
MB 399 | Research Project | 15 | O
"""

TZ_NURS = """
## 1 S1
NS 111 | Human Anatomy and Physiology | 15 | B
NS 112 | Fundamentals of Nursing | 15 | O
CS 111 | Communication Skills | 7.5 | O
## 1 S2
NS 121 | Microbiology and Parasitology for Nurses | 10 | ?B
NS 122 | Pharmacology | 12 | O
NS 123 | Nursing Practice I | 15 | O
## 2 S1
NS 211 | Medical-Surgical Nursing I | 15 | O
NS 212 | Nutrition and Dietetics | 10 | O
## 2 S2
NS 221 | Medical-Surgical Nursing II | 15 | O
NS 222 | Paediatric Nursing | 12 | O
## 3 S1
NS 311 | Midwifery I | 15 | O
NS 312 | Mental Health Nursing | 12 | O
## 3 S2
NS 321 | Community Health Nursing | 15 | O
NS 322 | Midwifery II | 12 | O
## 4 S1
NS 411 | Nursing Management and Leadership | 12 | O
NS 412 | Research Methods in Nursing | 10 | O
## 4 S2
NS 421 | Nursing Internship | 15 | O
NS 499 | Research Project | 15 | O
"""


def _cur(cid, title, years, field, table, clin=False):
    return C.Curriculum(cid, "TZ", title, "bachelor", years, field, "uk", parse(table), 10, 11,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="TZ", name="Tanzania",
    given={"F": ["Neema", "Rehema", "Zawadi", "Upendo", "Mwanaisha", "Happiness", "Joyce", "Esther",
                 "Halima", "Agnes", "Witness", "Salome"],
           "M": ["Baraka", "Juma", "Emmanuel", "Godfrey", "Idrisa", "Frank", "Elia", "Salum", "Daudi",
                 "Erasto", "Hamisi", "Gasper"]},
    surnames=["Mushi", "Lyimo", "Kimaro", "Massawe", "Mwakyusa", "Mrisho", "Swai", "Mollel", "Ngowi",
              "Mwakalinga", "Kisanga", "Chande", "Haule", "Shirima", "Mbwambo", "Temba"],
    # the middle name is the father's given name
    middle={"F": ["Joseph", "Hassani", "Petro", "Ally", "Charles", "Yohana", "Saidi"],
            "M": ["Joseph", "Hassani", "Petro", "Ally", "Charles", "Yohana", "Saidi"]},
    institutions=[
        Institution("Rufiji University of Health and Allied Sciences", "Dar es Salaam", "Dar es Salaam", "TZ",
                    "P.O. Box 65901, Kinondoni", ("tz_bsc_mls", "tz_bsc_nurs"),
                    extra={"abbr": "RUHAS", "school": "School of Medical Laboratory Sciences"}),
        Institution("Usambara Mountains University", "Lushoto", "Tanga", "TZ",
                    "P.O. Box 1144, Magamba Road", ("tz_bsc_mls", "tz_bsc_micro", "tz_bsc_nurs"),
                    extra={"abbr": "UMU", "school": "Faculty of Health and Life Sciences"}),
        Institution("Lake Victoria University of Science", "Mwanza", "Mwanza", "TZ",
                    "P.O. Box 3021, Capri Point", ("tz_bsc_mls", "tz_bsc_micro"),
                    extra={"abbr": "LVUS", "school": "College of Health and Biomedical Sciences"}),
    ],
    employers=[
        Employer("Mbezi Regional Referral Hospital", "Dar es Salaam", "Dar es Salaam", "TZ",
                 "P.O. Box 90112, Mbezi Beach", "+255 22 000 0142", "hr@mbezi-rrh.example"),
        Employer("Kibo Zonal Hospital", "Moshi", "Kilimanjaro", "TZ",
                 "P.O. Box 3010, Kilimanjaro Road", "+255 27 000 0178", "admin@kibo-zh.example"),
        Employer("Nyanza Lakeside Diagnostic Laboratory Ltd", "Mwanza", "Mwanza", "TZ",
                 "Plot 14, Kenyatta Road", "+255 28 000 0193", "lab@nyanza-dx.example", "lab"),
        Employer("Uhuru Mission Hospital", "Dodoma", "Dodoma", "TZ",
                 "P.O. Box 771, Area D", "+255 26 000 0121", "personnel@uhuru-mh.example"),
    ],
    signers=["Dr. Halima S. Mrisho", "Mr. Baraka J. Lyimo", "Ms. Rehema A. Kimaro", "Dr. Emmanuel P. Massawe"],
    curricula=[
        _cur("tz_bsc_mls", "Bachelor of Science in Medical Laboratory Sciences", 3,
             "medical_laboratory_science", TZ_MLS, True),
        _cur("tz_bsc_micro", "Bachelor of Science in Microbiology", 3, "biology", TZ_MICRO),
        _cur("tz_bsc_nurs", "Bachelor of Science in Nursing", 4, "nursing", TZ_NURS),
    ],
    mls_curriculum="tz_bsc_mls", science_curricula=["tz_bsc_micro"], nonqualifying_curricula=["tz_bsc_nurs"],
    positions_mls=["Laboratory Technologist", "Medical Laboratory Scientist", "Laboratory Scientist II"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}-04-{rng.randint(1000, 9999):04d}{rng.randint(0, 9)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("TZ", {
    "blood_bank": ["Blood Transfusion", "Blood Bank"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology", "Bacteriology"],
    "immunology": ["Serology", "Immunology"], "urinalysis": ["Urinalysis and Body Fluids"],
    "molecular": ["Molecular Biology (PCR)"], "phlebotomy": ["Sample Collection"],
    "other": ["Histopathology", "Parasitology"]})

GRADES = [(70, "A", 5), (60, "B+", 4), (50, "B", 3), (40, "C", 2), (35, "D", 1), (0, "E", 0)]
YEAR_WORD = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR", 5: "FIVE"}
SEM_ROMAN = {"S1": "I", "S2": "II"}


def grade_of(score):
    for lo, g, p in GRADES:
        if score >= lo:
            return g, p


def classify(gpa):
    if gpa >= 4.4:
        return "First Class"
    if gpa >= 3.5:
        return "Upper Second Class"
    if gpa >= 2.7:
        return "Lower Second Class"
    return "Pass"


def tz_blocks(s):
    """[(label, [(r, grade, gp, points)], credits, points, gpa)] and overall (credits, points, gpa)."""
    out, tc, tp = [], 0.0, 0.0
    for t in s.terms:
        ay = f"{t.start_year}/{t.start_year + 1}"
        label = f"YEAR {YEAR_WORD[t.year]} — SEMESTER {SEM_ROMAN[t.key]} ({ay})"
        rows, c, p = [], 0.0, 0.0
        for r in t.results:
            g, gp = grade_of(max(40, r.score - 10))
            pts = r.spec.credits * gp
            rows.append((r, g, gp, pts))
            c += r.spec.credits
            p += pts
        out.append((label, rows, c, p, round(p / c + 1e-9, 1)))
        tc += c
        tp += p
    return out, (tc, tp, round(tp / tc + 1e-9, 1))


def tz_class(s):
    return classify(tz_blocks(s)[1][2])


def tz_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 44, W - 44
    fs = 8.6
    name = name_form(person, "surname_first_mixed")
    xs = {"code": L + 6, "title": L + 74, "cr": R - 128, "gr": R - 76, "pt": R - 22}
    blocks, (tc, tp, gpa) = tz_blocks(s)
    serial = f"No. {k(s, 'serial') % 900000 + 100000}"

    def new_page(n):
        p = Page(A4)
        coat_of_arms(p, W / 2, 46, 17)
        y = 84
        p.text(W / 2, y, "THE UNITED REPUBLIC OF TANZANIA", F, 8.5, "center"); y += 15
        p.text(W / 2, y, inst.name.upper(), FB, 13.5 if len(inst.name) < 44 else 12, "center"); y += 13
        p.text(W / 2, y, f"{inst.street}, {inst.city}, Tanzania", F, 8.5, "center"); y += 11
        p.text(W / 2, y, "OFFICE OF THE DEPUTY VICE CHANCELLOR (ACADEMIC)", F, 8, "center"); y += 22
        p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 14, "center")
        p.text(R, y, serial, F, 8, "right"); y += 20
        if n == 1:
            rows = [(("Registration No.", s.student_no), ("Sex", "Female" if person.sex == "F" else "Male")),
                    (("Name", name), ("Date of Birth", D.dmy_slash(s.dob))),
                    (("Programme", cur.title), None),
                    (("Year of Admission", str(s.admitted.year)), ("Nationality", "Tanzanian")),
                    (("Date of Award", D.ordinal_dmy(s.conferred).replace(",", "")), None)]
            for a, b in rows:
                it = [(L, f"{a[0]}:", "left", F, 8.8), (L + 100, a[1], "left", FB, 8.8)]
                if b:
                    it += [(L + 340, f"{b[0]}:", "left", F, 8.8), (L + 420, b[1], "left", FB, 8.8)]
                p.pieces(y, it, F, 8.8)
                y += 12.5
        else:
            p.pieces(y, [(L, "Name:", "left", F, 8.8), (L + 36, name, "left", FB, 8.8),
                         (R, f"Reg. No. {s.student_no}", "right", F, 8.8)], F, 8.8)
            y += 12.5
        y += 6
        p.hline(L, R, y, 1.0)
        p.pieces(y + 11, [(xs["code"], "Course Code", "left"), (xs["title"], "Course Title", "left"),
                          (xs["cr"], "Credits", "center"), (xs["gr"], "Grade", "center"),
                          (xs["pt"], "Points", "center")], FB, 8.5)
        p.hline(L, R, y + 16, 1.0)
        return p, y + 30

    fl = Flow(new_page, 70)
    out = []
    for label, rows, c, pts, g in blocks:
        fl.need(16 + 11.5 * min(4, len(rows)))
        fl.page.rect(L, fl.y - 9, R - L, 12.5, 0, 0.0, fill=0.88)
        fl.page.text(xs["code"], fl.y, label, FB, 8.6)
        fl.y += 15
        for r, gr, gp, pp in rows:
            lines = wrap(r.spec.title, F, fs, xs["cr"] - 26 - xs["title"])
            fl.need(11.5 * len(lines) + 14)
            fl.page.pieces(fl.y, [(xs["code"], r.code, "left"), (xs["title"], lines[0], "left"),
                                  (xs["cr"], fmt_num(r.spec.credits), "center"), (xs["gr"], gr, "center"),
                                  (xs["pt"], fmt_num(pp), "center")], F, fs)
            for ln in lines[1:]:
                fl.y += 10
                fl.page.text(xs["title"], fl.y, ln, F, fs)
            fl.y += 11.5
            out.append(course_truth(r, label, r.spec.credits, gr, "uk", title=" ".join(lines)))
        fl.page.hline(xs["cr"] - 30, R, fl.y - 7, 0.4)
        fl.page.spaced(R, fl.y + 3, [f"Semester Credits {fmt_num(c)}", f"Semester Points {fmt_num(pts)}",
                                     f"Semester GPA {g:.1f}"], FB, 8.2, gap=18, align="right")
        fl.y += 20
    fl.need(150)
    p = fl.page
    p.hline(L, R, fl.y - 6, 1.0)
    y = fl.y + 8
    p.text(L, y, f"Total Credits Earned: {fmt_num(tc)}", FB, 9.5); y += 14
    p.text(L, y, f"Overall GPA: {gpa:.1f} — Classification: {classify(gpa)}", FB, 9.5); y += 18
    p.text(L, y, "KEY TO GRADES", FB, 7.5); y += 10
    p.spaced(L, y, ["A = 70-100 (5)", "B+ = 60-69 (4)", "B = 50-59 (3)", "C = 40-49 (2)", "D = 35-39 (1)",
                    "E = 0-34 (0)"], F, 7.5, gap=12); y += 10
    p.text(L, y, "Points = Credits x Grade Point; GPA = Total Points / Total Credits. One credit = 10 notional "
                 "hours of learning.", F, 7.5); y += 10
    p.spaced(L, y, ["CLASSIFICATION: First Class 4.4-5.0", "Upper Second Class 3.5-4.3", "Lower Second Class 2.7-3.4",
                    "Pass 2.0-2.6"], F, 7.5, gap=12); y += 58
    p.signature(R - 170, y - 6, 120, rng)
    p.seal(R - 200, y - 14, 26, 0.55)
    p.hline(R - 190, R, y, 0.5)
    p.text(R - 95, y + 11, "DEPUTY VICE CHANCELLOR (ACADEMIC)", FB, 8, "center")
    p.text(L, y + 11, f"Date of issue: {D.dmy_slash(D.add_months(s.conferred, 2))}", F, 8.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(H - 30, [(L, "This transcript is issued without any erasure or alteration whatsoever.",
                            "left", FI, 7.5), (R, f"Page {i} of {n}", "right")], F, 7.5)
    return LayoutResult("transcript", "tz_academic_transcript", FAMILY, fl.pages, [name], out, "uk",
                        {"conferred_printed": D.ordinal_dmy(s.conferred).replace(",", ""), "prints_totals": True})


TRANSCRIPT_LAYOUTS = {"tz_academic_transcript": (tz_transcript, FAMILY, ("TZ",))}
