"""Writer S, round 9: Oman (OM). Country pack (BSc in Medical Laboratory Sciences of an invented
Ministry of Health college of health sciences: a Foundation Program, seven semesters of courses and
a 40-week internship, 5 years from admission; BSc in Biology; BSc in Nursing) and the college's
"ACADEMIC TRANSCRIPT": an English body under an Arabic letterhead (pictures) beside the English
one; the student block with English labels on the left and Arabic labels (pictures) on the right,
"Date of Graduation: 15/06/2019 (12/10/1440 H)" with the tabular Hijri date; a "Foundation Program"
block first (General English, Mathematics, Information Technology) graded "NC" with 0 credit hours;
then one block per term "Spring 2015 (First Semester)", "Fall 2015 (Second Semester)"..., each a
table with BILINGUAL header cells (Arabic over English, the Arabic drawn as pictures) `Course Code |
Course Title | Cr. Hrs | Grade | Points` and, to the RIGHT of the table, a small summary box
"Attempted 16 | Earned 16 | Points 52.0 | SGPA 3.25 | CGPA 3.18"; grades A, A-, B+, B, B-, C+, C,
C-, D+, D, F on a 4.0 scale (A- 3.7); the last block "Internship in Clinical Laboratory (40
weeks)" with 12 credit hours and grade "P" (not in the GPA: its box shows SGPA "—").

Truth: every printed row; the foundation rows with credits 0 and grade "NC". Credits: semester
credit hours = 1 SH (criteria.md)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r6_l_common import parse
from .r9_s_common import FAMILY, by_reading_order, add_department_phrases, arabic, course_truth, hijri_slash, k, r2, sign_block, star_seal

FP = """
## 1 FP
FPEN 001 | General English | 0 | O
FPMA 002 | Mathematics | 0 | M
FPIT 003 | Information Technology | 0 | O
"""

OM_MLS = FP + """
## 1 S2
BIOL 1101 | General Biology | 4 | B
CHEM 1101 | General Chemistry I | 4 | C
MATH 1105 | Pre-Calculus for Health Sciences | 3 | M
ENGL 1110 | English for Health Sciences I | 3 | O
ISLM 1100 | Islamic Culture | 2 | O
## 2 S1
CHEM 1102 | General Chemistry II | 4 | C
BIOL 1210 | Human Anatomy and Physiology I | 4 | B
PHYS 1101 | Physics for Health Sciences | 3 | O
ENGL 1120 | English for Health Sciences II | 3 | O
OMAN 1100 | Oman Society | 2 | O
## 2 S2
BIOL 1220 | Human Anatomy and Physiology II | 4 | B
CHEM 2101 | Organic Chemistry | 4 | C
STAT 2101 | Biostatistics | 3 | M
MLSC 2101 | Introduction to Medical Laboratory Sciences | 2 | ?P
MLSC 2103 | Laboratory Safety and Instrumentation | 3 | P
## 3 S1
CHEM 2201 | Biochemistry | 4 | C
MLSC 2201 | General Microbiology | 4 | B
MLSC 2203 | Haematology I | 4 | P
MLSC 2205 | Immunology and Serology | 3 | ?B
MLSC 2207 | Histology and Histotechniques | 3 | P
## 3 S2
MLSC 3101 | Clinical Chemistry I | 4 | P
MLSC 3103 | Medical Bacteriology | 4 | P
MLSC 3105 | Haematology II | 4 | P
MLSC 3107 | Medical Parasitology | 3 | P
MLSC 3109 | Research Methods | 2 | ?O
## 4 S1
MLSC 3201 | Clinical Chemistry II | 4 | P
MLSC 3203 | Blood Banking and Immunohaematology | 4 | P
MLSC 3205 | Medical Virology and Mycology | 3 | ?P
MLSC 3207 | Urinalysis and Body Fluids | 3 | P
MLSC 3209 | Cytotechnology | 3 | P
## 4 S2
MLSC 4101 | Molecular Diagnostics | 3 | ?P
MLSC 4103 | Laboratory Management and Quality Assurance | 3 | P
MLSC 4105 | Coagulation and Haemostasis | 3 | P
MLSC 4107 | Clinical Toxicology and Therapeutic Drug Monitoring | 3 | P
MLSC 4109 | Research Project | 3 | O
## 5 IN
MLSC 4200 | Internship in Clinical Laboratory (40 weeks) | 12 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
"""

OM_BIO = FP + """
## 1 S2
BIOL 1101 | General Biology I | 4 | B
CHEM 1101 | General Chemistry I | 4 | C
MATH 1101 | Calculus I | 3 | M
ENGL 1110 | Academic English I | 3 | O
## 2 S1
BIOL 1102 | General Biology II | 4 | B
CHEM 1102 | General Chemistry II | 4 | C
STAT 2101 | Biostatistics | 3 | M
PHYS 1101 | General Physics | 4 | O
## 2 S2
BIOL 2101 | Genetics | 4 | B
BIOL 2103 | Cell Biology | 4 | B
CHEM 2101 | Organic Chemistry | 4 | C
BIOL 2105 | Botany | 3 | B
## 3 S1
BIOL 2201 | Microbiology | 4 | B
BIOL 2203 | Zoology | 4 | B
CHEM 2201 | Biochemistry | 4 | C
BIOL 2205 | Ecology | 3 | B
## 3 S2
BIOL 3101 | Molecular Biology | 4 | B
BIOL 3103 | Animal Physiology | 4 | B
BIOL 3105 | Marine Biology | 4 | B
BIOL 3107 | Plant Physiology | 3 | B
## 4 S1
BIOL 3201 | Immunology | 3 | ?B
BIOL 3203 | Developmental Biology | 4 | B
BIOL 3205 | Biotechnology | 4 | B
BIOL 3207 | Arid Land Ecology | 3 | B
## 4 S2
BIOL 4101 | Evolution | 3 | B
BIOL 4103 | Environmental Biology | 3 | B
BIOL 4105 | Senior Project | 4 | O
BIOL 4107 | Seminar | 2 | O
## 5 IN
BIOL 4200 | Field Training (16 weeks) | 6 | O
"""

OM_NUR = FP + """
## 1 S2
NURS 1101 | Fundamentals of Nursing I | 6 | O
BIOL 1210 | Anatomy and Physiology | 6 | B
## 2 S1
NURS 1102 | Fundamentals of Nursing II | 8 | O
## 2 S2
NURS 2101 | Adult Health Nursing I | 8 | O
## 3 S1
NURS 2201 | Adult Health Nursing II | 8 | O
## 3 S2
NURS 3101 | Maternal Health Nursing | 8 | O
## 4 S1
NURS 3201 | Child Health Nursing | 8 | O
## 4 S2
NURS 4101 | Community Health Nursing | 8 | O
## 5 IN
NURS 4200 | Nursing Internship (40 weeks) | 12 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "OM", title, "bachelor", 5, field, "semester", parse(table), 9, 6, clinical_training=clin)


OM_INST = [
    Institution("Al Dakhiliyah College of Health Sciences", "Nizwa", "Ad Dakhiliyah", "OM", "P.O. Box 118, P.C. 611",
                ("om_mls", "om_nur"), "college", extra={"ar": "كلية الداخلية للعلوم الصحية"}),
    Institution("Sur College of Allied Health Sciences", "Sur", "South Ash Sharqiyah", "OM", "P.O. Box 402, P.C. 411",
                ("om_mls", "om_nur"), "college", extra={"ar": "كلية صور للعلوم الصحية المساندة"}),
    Institution("Al Wusta University College", "Haima", "Al Wusta", "OM", "P.O. Box 77, P.C. 811",
                ("om_bio",), "college", extra={"ar": "كلية الوسطى الجامعية"}),
]

PACK = K.CountryPack(
    code="OM", name="Oman",
    given={"F": ["Aisha", "Maryam", "Fatma", "Shamsa", "Muna", "Badriya", "Zuwaina", "Thuraya", "Asma", "Huda"],
           "M": ["Ahmed", "Salim", "Khalfan", "Said", "Hamood", "Sultan", "Nasser", "Yousuf", "Talal", "Hilal"]},
    surnames=["Al Balushi", "Al Hinai", "Al Harthy", "Al Rawahi", "Al Kindi", "Al Maamari", "Al Saadi", "Al Shukaili",
              "Al Habsi", "Al Riyami", "Al Wahaibi", "Al Jabri"],
    middle={"F": ["Salim", "Khalfan", "Said", "Hamood", "Nasser", "Mohammed", "Rashid", "Ali"],
            "M": ["Salim", "Khalfan", "Said", "Hamood", "Nasser", "Mohammed", "Rashid", "Ali"]},
    institutions=OM_INST,
    employers=[
        Employer("Bahla Hospital", "Bahla", "Ad Dakhiliyah", "OM", "P.O. Box 61, P.C. 612", "+968 2400 0141",
                 "hr@bahla-hospital.example"),
        Employer("Sohar North Regional Hospital", "Sohar", "North Al Batinah", "OM", "P.O. Box 205, P.C. 311",
                 "+968 2600 0177", "personnel@snrh.example"),
        Employer("Al Rustaq Health Complex", "Rustaq", "South Al Batinah", "OM", "P.O. Box 33, P.C. 329",
                 "+968 2600 0119", "admin@rustaq-complex.example"),
        Employer("Muscat Gulf Diagnostics LLC", "Muscat", "Muscat", "OM", "Way 2731, Al Khuwair", "+968 2400 0163",
                 "info@muscatgulfdx.example", "lab"),
    ],
    signers=["Dr. Hilal Al Harthy", "Ms. Badriya Al Saadi", "Mr. Talal Al Kindi", "Dr. Asma Al Riyami"],
    curricula=[_cur("om_mls", "Bachelor of Science in Medical Laboratory Sciences", "medical_laboratory_science", OM_MLS,
                    True),
               _cur("om_bio", "Bachelor of Science in Biology", "biology", OM_BIO),
               _cur("om_nur", "Bachelor of Science in Nursing", "nursing", OM_NUR)],
    mls_curriculum="om_mls", science_curricula=["om_bio"], nonqualifying_curricula=["om_nur"],
    positions_mls=["Medical Laboratory Technologist", "Laboratory Specialist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("OM", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

LETTERS = [(90, "A", 4.0), (85, "A-", 3.7), (80, "B+", 3.3), (75, "B", 3.0), (70, "B-", 2.7), (65, "C+", 2.3),
           (60, "C", 2.0), (55, "C-", 1.7), (50, "D+", 1.3), (45, "D", 1.0), (0, "F", 0.0)]
PTS = {g: p for _, g, p in LETTERS}
ORD = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"]


def letter(sc):
    for lo, g, _ in LETTERS:
        if sc >= lo:
            return g


def om_terms(s):
    """[(label, [(r, grade, points or None)], box dict)] in print order."""
    out, n, cum_pts, cum_h = [], 0, 0.0, 0
    for i, t in enumerate(s.terms):
        if t.key == "FP":
            label = f"Foundation Program — Fall {s.admitted.year}"
        elif t.key == "IN":
            label = f"Internship — Academic Year {t.start_year}/{t.start_year + 1}"
        else:
            yr = t.start_year + (1 if t.key == "S2" else 0)
            label = f"{'Fall' if t.key == 'S1' else 'Spring'} {yr} ({ORD[n]} Semester)"
            n += 1
        rows = []
        for j, r in enumerate(t.results):
            if t.key == "FP":
                rows.append((r, "NC", None))
            elif t.key == "IN" or r.spec.title.startswith(("Field Training", "Nursing Internship")):
                rows.append((r, "P", None))
            else:
                g = letter(min(99, r.score + 6 + k(s, f"g{i}.{j}") % 7 - 3))
                rows.append((r, g, r2(PTS[g] * r.spec.credits)))
        att = int(sum(r.spec.credits for r, _, _ in rows))
        gh = int(sum(r.spec.credits for r, _, p in rows if p is not None))
        pts = r2(sum(p for _, _, p in rows if p is not None))
        cum_pts += pts
        cum_h += gh
        box = None
        if t.key != "FP":
            box = {"Attempted": str(att), "Earned": str(att), "Points": f"{pts:.1f}",
                   "SGPA": f"{pts / gh:.2f}" if gh else "—", "CGPA": f"{cum_pts / cum_h:.2f}"}
        out.append((label, rows, box))
    return out


def om_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 36, W - 36
    nm = name_form(person, "natural")
    terms = om_terms(s)
    xs = [L, L + 62, L + 268, L + 310, L + 350, L + 398]
    bx = L + 412
    out = []

    def new_page(n):
        p = Page(A4)
        p.text(L, 42, "Sultanate of Oman", FB, 9)
        p.text(L, 53, "Ministry of Health", F, 8.5)
        p.text(L, 64, "Directorate General of Education and Training", F, 8)
        p.text(L, 75, inst.name, FB, 8.5)
        arabic(p, R, 42, "سلطنة عمان", 10, bold=True, align="right")
        arabic(p, R, 56, "وزارة الصحة", 9, align="right")
        arabic(p, R, 70, "المديرية العامة للتعليم والتدريب", 8, align="right")
        arabic(p, R, 84, inst.extra["ar"], 8.5, bold=True, align="right")
        star_seal(p, W / 2, 58, 20, 0.3, points=8)
        p.hline(L, R, 92, 1.0)
        y = 108
        if n == 1:
            arabic(p, W / 2, y, "كشف الدرجات", 11, bold=True)
            p.text(W / 2, y + 15, "ACADEMIC TRANSCRIPT", FB, 13, "center")
            y += 32
            for en, ar, v in (("Student Name", "اسم الطالب", nm), ("Student ID", "الرقم الجامعي", s.student_no),
                              ("Nationality", "الجنسية", "Omani"),
                              ("Date of Birth", "تاريخ الميلاد", s.dob.strftime("%d/%m/%Y")),
                              ("Program", "البرنامج", cur.title),
                              ("Date of Admission", "تاريخ الالتحاق", s.admitted.strftime("%d/%m/%Y")),
                              ("Date of Graduation", "تاريخ التخرج",
                               f"{s.conferred.strftime('%d/%m/%Y')} ({hijri_slash(s.conferred)} H)")):
                p.pieces(y, [(L, f"{en}:", "left", FB, 8.5), (L + 110, v, "left")], F, 8.5)
                arabic(p, R, y, ar, 8.5, align="right")
                y += 12
            y += 8
        else:
            p.pieces(y, [(L, f"Student Name: {nm}", "left"), (R, f"Student ID: {s.student_no}", "right")], F, 8.5)
            y += 16
        return p, y

    fl = Flow(new_page, 70)
    heads = [("رمز المقرر", "Course Code"), ("اسم المقرر", "Course Title"), ("الساعات", "Cr. Hrs"),
             ("التقدير", "Grade"), ("النقاط", "Points")]
    for label, rows, box in terms:
        tls = [wrap(r.spec.title, F, 8, xs[2] - xs[1] - 6) for r, _, _ in rows]
        hgt = 14 + 24 + sum(10.5 * len(t) + 2 for t in tls) + 8
        fl.need(max(hgt, 96))
        p, y = fl.page, fl.y
        p.text(L, y, label, FB, 9)
        y += 5
        top = y
        p.rect(L, y, xs[-1] - L, 24, 0.5, 0, fill=0.9)
        for i, (ar, en) in enumerate(heads):
            cx = (xs[i] + xs[i + 1]) / 2
            arabic(p, cx, y + 10, ar, 7)
        p.pieces(y + 20, [((xs[i] + xs[i + 1]) / 2, en, "center") for i, (_, en) in enumerate(heads)], FB, 7.5)
        y += 24
        for (r, g, pt), tl in zip(rows, tls):
            b = y + 9
            p.pieces(b, [(xs[0] + 4, r.code, "left"), (xs[1] + 4, tl[0], "left"),
                         ((xs[2] + xs[3]) / 2, str(int(r.spec.credits)), "center"), ((xs[3] + xs[4]) / 2, g, "center"),
                         ((xs[4] + xs[5]) / 2, f"{pt:.1f}" if pt is not None else "—", "center")], F, 8)
            for m, ln in enumerate(tl[1:], 1):
                p.text(xs[1] + 4, b + 10.5 * m, ln, F, 8)
            y += 10.5 * len(tl) + 2
            out.append(course_truth(r, label, r.spec.credits, g, "semester", title=" ".join(tl),
                                    points=pt))
        y += 2
        for x in xs:
            p.vline(x, top, y, 0.4)
        p.hline(L, xs[-1], y, 0.5)
        ybox = top
        if box:
            p.rect(bx, ybox, R - bx, 62, 0.6, 0)
            for m, (a, v) in enumerate(box.items()):
                p.pieces(ybox + 11 + m * 11.5, [(bx + 6, a, "left", FB, 7.5), (R - 6, v, "right")], F, 7.5)
            y = max(y, ybox + 62)
        else:
            p.text(bx, ybox + 10, "Non-credit courses (NC):", FI, 7.5)
            p.text(bx, ybox + 20, "not counted in GPA", FI, 7.5)
        fl.y = y + 20
    fl.need(150)
    p, y = fl.page, fl.y
    last = terms[-1][2]
    tot = int(sum(r.spec.credits for _, rows, _ in terms for r, _, _ in rows))
    p.hline(L, R, y - 8, 1.0)
    p.text(L, y + 4, f"Total Credit Hours Earned: {tot}", FB, 9)
    p.text(L, y + 17, f"Cumulative GPA: {last['CGPA']}", FB, 9)
    p.text(L, y + 30, f"Degree Awarded: {cur.title}", FB, 9)
    p.text(L, y + 46, "Grading: A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, C- 1.7, D+ 1.3, D 1.0, F 0.0; "
           "P Pass; NC Non-credit.", F, 7)
    sign_block(p, rng, R - 100, y + 100, "Registrar", FB, 8.5, 150)
    arabic(p, R - 100, y + 124, "المسجل", 8)
    star_seal(p, R - 230, y + 86, 26, 0.45, points=8)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 26, f"Page {i} of {n}", F, 7.5, "center")
    return LayoutResult("transcript", "om_transcript_box", FAMILY, by_reading_order(fl.pages), [nm], out, "semester",
                        {"prints_totals": True, "cgpa": last["CGPA"]})


TRANSCRIPT_LAYOUTS = {"om_transcript_box": (om_transcript, FAMILY, ("OM",))}
