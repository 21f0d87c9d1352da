"""Writer AK, round 18: Nepal (NP), a new design on round 1's pack (its universities, hospitals and
curricula are reused unchanged). A private health-science college's "TRANSCRIPT" for the Bachelor in
Medical Laboratory Technology under the semester system (four years, eight semesters, credit hours):
A4 landscape, the university's name and a round logo at top centre, the affiliated college under it,
"<abbr> Regd. No. 5-2-19-123-2014", "Exam Roll No.", "Campus Roll No.", "Level: Bachelor",
"Programme: BMLT". Each page holds TWO semesters side by side (left First, right Second; page 2 Third
and Fourth ...), each a small ruled table captioned "First Semester (Year of Exam: 2072 B.S. / 2015
A.D.)": S.N. | Course Code | Course Title | Cr. Hrs. | Grade | Grade Point. Theory and practical
parts of a subject are separate rows with their own codes ("MLT 211" / "MLT 211P") and credits.
Under each table "Total Credit Hours: 19   SGPA: 3.52". Semesters 7 and 8 hold the hospital
postings (6 and 8 credits) and "MLT 492 Research Project" (4). The last page ends with "Cumulative
Credit Hours: 143   CGPA: 3.48   Division/Remarks: Distinction", the grading table, "Date of Issue:
2075/04/12 B.S. (2018/07/28 A.D.)", Prepared by / Verified by / Controller of Examinations and the
college's round stamp.

Round 1's NP curricula are annual and in marks; this college teaches the same degrees in the
semester system, so the printed rows come from this module's semester catalogues (one per NP
curriculum: BMLT, B.Sc. Microbiology, B.Sc. Nursing), each row's grade drawn from the candidate's
result of the same year (`fake_result`). The BMLT postings cover the same laboratory areas as round
1's curriculum (chemistry, hematology, blood bank, microbiology), so the degree's clinical areas in
the truth hold.

Truth: credit_system "semester" (Nepali credit hours are semester credit hours, x 1). Each printed
row is a course: code as printed, title as printed (with "(Theory)" / "(Practical)"), term "First
Semester 2072 B.S. / 2015 A.D." (the caption), credits the Cr. Hrs., grade the letter, `grade_point`
beside. SGPA / CGPA = sum(credits x grade point) / sum(credits), two decimals.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import LANDSCAPE_A4, Page, fit_size
from .. import courses as C
from .r18_ak_common import FAMILY, ad_slash, bs, bs_str, crest, fake_result, k, keep_dob, natural, round_stamp, \
    sign_block, course_truth

# code | title | Cr. Hrs. | category [| areas]; "+" after a title = a Theory row and a Practical row
# (code + "P", 1 credit hour) of the same subject
BMLT = """
## 1 S1
ANA 111 | Human Anatomy+ | 3 | B
PHY 112 | Human Physiology+ | 3 | B
BCH 113 | Basic Biochemistry+ | 3 | C
ENG 101 | Communicative English | 3 | O
CSC 102 | Computer Fundamentals | 2 | O
MLT 114 | Laboratory Safety and Instrumentation | 2 | ?P
## 1 S2
MIC 121 | General Microbiology+ | 3 | B
MLT 122 | Basic Haematology+ | 3 | P
CHE 123 | Analytical Chemistry+ | 3 | C
STA 124 | Biostatistics | 3 | M
PHA 125 | Basic Pharmacology | 2 | O
HED 126 | Health Education and Community Health | 2 | O
## 2 S1
MLT 211 | Clinical Biochemistry I+ | 3 | ?P
MLT 212 | Medical Bacteriology+ | 3 | ?P
MLT 213 | Haematology I+ | 3 | P
MLT 214 | Medical Parasitology+ | 3 | P
PAT 215 | General Pathology | 2 | ?P
## 2 S2
MLT 221 | Clinical Biochemistry II+ | 3 | ?P
MLT 222 | Immunology and Serology+ | 3 | ?B
MLT 223 | Haematology II+ | 3 | P
MLT 224 | Medical Mycology and Virology+ | 3 | ?B
EPI 225 | Epidemiology | 2 | O
## 3 S1
MLT 311 | Blood Banking and Transfusion Science+ | 3 | P
MLT 312 | Histopathology and Cytology+ | 3 | P
MLT 313 | Clinical Microbiology+ | 3 | ?P
MLT 314 | Urinalysis and Body Fluids+ | 2 | P
MOL 315 | Molecular Biology and Genetics | 3 | B
## 3 S2
MLT 321 | Clinical Biochemistry III+ | 3 | ?P
MLT 322 | Diagnostic Molecular Techniques+ | 3 | ?B
MLT 323 | Laboratory Management and Quality Assurance | 3 | P
MLT 324 | Toxicology and Endocrinology | 3 | ?P
RES 325 | Research Methodology | 2 | O
MLT 326 | Medical Ethics and Laboratory Laws | 2 | ?P
## 4 S1
MLT 481 | Clinical Laboratory Posting I (Hospital) | 6 | P | chemistry,hematology
MLT 482 | Advanced Clinical Biochemistry | 3 | ?P
MLT 483 | Advanced Haematology and Coagulation | 3 | P
MLT 484 | Cytogenetics | 2 | ?B
MLT 485 | Seminar | 2 | O
## 4 S2
MLT 491 | Clinical Laboratory Posting II (Hospital) | 8 | P | blood_bank,microbiology
MLT 492 | Research Project | 4 | O
MLT 493 | Public Health Laboratory | 3 | ?P
MLT 494 | Infection Control and Waste Management | 2 | O
"""

MICRO = """
## 1 S1
MIC 111 | Introductory Microbiology+ | 3 | B
CHE 112 | General Chemistry+ | 3 | C
ZOO 113 | Zoology+ | 3 | B
ENG 101 | Communicative English | 3 | O
## 1 S2
MIC 121 | Microbial Diversity+ | 3 | B
CHE 122 | Organic Chemistry+ | 3 | C
BOT 123 | Botany+ | 3 | B
MTH 124 | Mathematics | 3 | M
## 2 S1
MIC 211 | Microbial Physiology+ | 3 | B
BCH 212 | Biochemistry+ | 3 | C
STA 213 | Biostatistics | 3 | M
NEP 214 | Nepali | 3 | O
## 2 S2
MIC 221 | Bacteriology+ | 3 | B
MIC 222 | Mycology+ | 3 | B
BCH 223 | Enzymology | 3 | ?C
CSC 224 | Computer Application | 3 | O
## 3 S1
MIC 311 | Immunology+ | 3 | B
MIC 312 | Virology+ | 3 | ?B
MIC 313 | Microbial Genetics | 3 | B
## 3 S2
MIC 321 | Food and Dairy Microbiology+ | 3 | B
MIC 322 | Molecular Biology+ | 3 | B
MIC 323 | Environmental Microbiology | 3 | B
## 4 S1
MIC 411 | Medical Microbiology+ | 3 | ?B
MIC 412 | Industrial Microbiology+ | 3 | B
MIC 413 | Research Methodology | 3 | O
## 4 S2
MIC 421 | Agricultural Microbiology | 3 | B
MIC 492 | Dissertation | 6 | O
"""

BSN = """
## 1 S1
ANA 111 | Anatomy and Physiology+ | 3 | B
NUR 112 | Fundamentals of Nursing+ | 4 | O
ENG 101 | Communicative English | 3 | O
## 1 S2
MIC 121 | Microbiology and Parasitology+ | 3 | ?B
PHA 122 | Pharmacology | 3 | O
NUR 123 | Nursing Concepts and Theories | 3 | O
## 2 S1
NUR 211 | Medical-Surgical Nursing I+ | 4 | O
NUR 212 | Community Health Nursing I+ | 3 | O
## 2 S2
NUR 221 | Medical-Surgical Nursing II+ | 4 | O
NUR 222 | Mental Health Nursing+ | 3 | O
## 3 S1
NUR 311 | Child Health Nursing+ | 4 | O
NUR 312 | Midwifery I+ | 4 | O
## 3 S2
NUR 321 | Midwifery II+ | 4 | O
STA 322 | Biostatistics | 3 | M
## 4 S1
NUR 411 | Community Health Nursing II+ | 4 | O
NUR 412 | Nursing Research | 3 | O
## 4 S2
NUR 421 | Nursing Leadership and Management | 3 | O
NUR 492 | Research Project | 4 | O
"""

CAT = {"np_bmlt": (C._parse(BMLT), "BMLT"), "np_bsc_micro": (C._parse(MICRO), "B.Sc. Microbiology"),
       "np_bsc_nursing": (C._parse(BSN), "B.Sc. Nursing")}
COLLEGES = ["Himalayan College of Health Sciences", "Sagarmatha Institute of Allied Health Sciences",
            "Janakpur College of Medical Technology", "Lumbini Valley Health Science College"]
SEM = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"]
SCALE = [(90, "A", 4.0, "Outstanding", "90 and above"), (80, "A-", 3.7, "Excellent", "80-89.9"),
         (70, "B+", 3.3, "Very Good", "70-79.9"), (65, "B", 3.0, "Good", "65-69.9"),
         (60, "B-", 2.7, "Satisfactory", "60-64.9"), (57, "C+", 2.3, "Acceptable", "57-59.9"),
         (54, "C", 2.0, "Fair", "54-56.9"), (50, "D", 1.0, "Pass", "50-53.9"), (0, "F", 0.0, "Fail", "below 50")]


def letter(score):
    for lo, g, gp, _, _ in SCALE:
        if score >= lo:
            return g, gp


def gp_str(gp):
    return f"{gp:.1f}"


def college(s):
    inst = s.institution
    if inst.kind == "university":
        return COLLEGES[k(s, "col") % len(COLLEGES)] + f", {inst.city}"
    return None


def semesters(s):
    """[(n 1-8, exam date, [(code, title, credits, letter, gp, result)])] from the semester catalogue."""
    cat, _ = CAT.get(s.curriculum.id, CAT["np_bmlt"])
    likes = {}
    for t in s.terms:
        likes.setdefault(t.year, []).extend(t.results)
    start = s.terms[0].start_year
    out = []
    for n, ts in enumerate(cat):
        y0 = start + ts.year - 1
        exam = dt.date(y0 + 1, 2, 18) if ts.key == "S1" else dt.date(y0 + 1, 8, 4)
        exam += dt.timedelta(days=k(s, f"ex{n}") % 12)
        pool = likes.get(ts.year) or [r for t in s.terms for r in t.results]
        rows = []
        for j, spec in enumerate(ts.courses):
            like = pool[j % len(pool)]
            parts = [(spec.code, spec.title.rstrip("+") + (" (Theory)" if spec.title.endswith("+") else ""),
                      int(spec.credits))]
            if spec.title.endswith("+"):
                parts.append((spec.code + "P", spec.title.rstrip("+") + " (Practical)", 1))
            for q, (code, title, cr) in enumerate(parts):
                sc = max(52, min(96, like.score + k(s, f"g{n}.{j}.{q}") % 15 - 3 + (4 if q else 0)))
                g, gp = letter(sc)
                r = fake_result(like, code, title, cr, spec.category, spec.areas if q == 0 else (),
                                C.is_ambiguous(spec))
                rows.append((code, title, cr, g, gp, r))
        out.append((n + 1, exam, rows))
    return out


def gpa(rows):
    cr = sum(r[2] for r in rows)
    return cr, round(sum(r[2] * r[4] for r in rows) / cr + 1e-9, 2)


def cgpa(s):
    allr = [r for _, _, rows in semesters(s) for r in rows]
    return gpa(allr)


def division(c):
    return "Distinction" if c >= 3.6 else "First Division" if c >= 3.0 else "Second Division" if c >= 2.5 else \
        "Pass Division"


def np_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = LANDSCAPE_A4
    L, R, MID = 30, W - 30, W / 2
    nm = natural(person).upper()
    _, prog = CAT.get(cur.id, CAT["np_bmlt"])
    abbr = inst.extra.get("abbr", "U")
    col = college(s)
    sems = semesters(s)
    exam_roll = f"{(s.terms[0].start_year % 100) + 57:02d}{k(s, 'er') % 9000 + 1000}"
    campus_roll = f"{k(s, 'cr') % 60 + 1:02d}/{bs(dt.date(s.terms[0].start_year, 9, 1))[0]}"
    pages, out = [], []

    def header(p, first):
        crest(p, MID, 38, 18, 0.35)
        p.circle(MID, 40, 24, 1.0, 0.3)
        p.text(MID, 80, inst.name.upper(), SB, 15, "center")
        if col:
            p.text(MID, 96, col, SB, 11.5, "center")
            p.text(MID, 108, f"(Affiliated to {inst.name})", SI, 8.5, "center")
        else:
            p.text(MID, 96, inst.extra.get("faculty", "School of Allied Health Sciences"), SB, 11.5, "center")
        p.text(MID, 128, "TRANSCRIPT", SB, 14, "center")
        y = 146
        if first:
            p.pieces(y, [(L, f"Name: {nm}", "left"), (L + 300, f"{abbr} Regd. No. {s.student_no}", "left"),
                         (L + 560, f"Exam Roll No.: {exam_roll}", "left")], S, 9.5)
            p.pieces(y + 13, [(L, f"Campus Roll No.: {campus_roll}", "left"), (L + 300, "Level: Bachelor", "left"),
                              (L + 560, f"Programme: {prog}", "left")], S, 9.5)
            return y + 30
        p.pieces(y, [(L, f"Name: {nm}", "left"), (L + 300, f"{abbr} Regd. No. {s.student_no}", "left"),
                     (L + 560, f"Programme: {prog}", "left")], S, 9)
        return y + 16

    def table(p, x0, x1, y, n, exam, rows):
        cap = f"{SEM[n - 1]} Semester (Year of Exam: {bs(exam)[0]} B.S. / {exam.year} A.D.)"
        p.text((x0 + x1) / 2, y + 10, cap, SB, 9.5, "center")
        y += 16
        X = [x0, x0 + 24, x0 + 78, x1 - 120, x1 - 80, x1 - 40, x1]
        p.rect(x0, y, x1 - x0, 14, 0.6, 0.0, fill=0.9)
        hd = ["S.N.", "Course Code", "Course Title", "Cr. Hrs.", "Grade", "Grade Point"]
        p.pieces(y + 10, [((X[i] + X[i + 1]) / 2 if i != 2 else X[2] + 3, t, "center" if i != 2 else "left",
                           SB, fit_size(t, SB, 7.6, X[i + 1] - X[i] - 3)) for i, t in enumerate(hd)], SB, 7.6)
        top = y
        y += 14
        term = f"{SEM[n - 1]} Semester {bs(exam)[0]} B.S. / {exam.year} A.D."
        for i, (code, title, cr, g, gp, r) in enumerate(rows, 1):
            p.pieces(y + 9.5, [((X[0] + X[1]) / 2, str(i), "center"), (X[1] + 3, code, "left"),
                               (X[2] + 3, title, "left", S, fit_size(title, S, 8, X[3] - X[2] - 6)),
                               ((X[3] + X[4]) / 2, str(cr), "center"), ((X[4] + X[5]) / 2, g, "center"),
                               ((X[5] + X[6]) / 2, gp_str(gp), "center")], S, 8)
            y += 13
            p.hline(x0, x1, y, 0.3)
            out.append(course_truth(r, term, cr, g, "semester", code=code, grade_point=gp))
        p.rect(x0, top, x1 - x0, y - top, 0.7)
        for x in X[1:-1]:
            p.vline(x, top, y, 0.4)
        cr, sg = gpa(rows)
        p.spaced(x0 + 4, y + 13, [f"Total Credit Hours: {cr}", f"SGPA: {sg:.2f}"], SB, 9, gap=18)
        return y + 20

    for i in range(0, len(sems), 2):
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        y = header(p, i == 0)
        ya = table(p, L, MID - 12, y, *sems[i])
        yb = table(p, MID + 12, R, y, *sems[i + 1]) if i + 1 < len(sems) else y
        yend = max(ya, yb)
    # last page foot
    p = pages[-1]
    y = yend + 10
    if y + 185 > H:
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        y = header(p, False)
    cc, cg = cgpa(s)
    p.spaced(L, y + 8, [f"Cumulative Credit Hours: {cc}", f"CGPA: {cg:.2f}", f"Division/Remarks: {division(cg)}"],
             SB, 10.5, gap=20)
    y += 22
    p.text(L, y, "Grading System:", SB, 8.5)
    gx = [L, L + 40, L + 80, L + 150]
    for j, (lo, g, gp, word, rng_s) in enumerate(SCALE):
        yy = y + 11 + 10 * (j % 5)
        xo = 0 if j < 5 else 240
        p.pieces(yy, [(gx[0] + xo, g, "left"), (gx[1] + xo, gp_str(gp), "left"), (gx[2] + xo, word, "left"),
                      (gx[3] + xo, rng_s, "left")], S, 8)
    issue = s.conferred - dt.timedelta(days=40 + k(s, "iss") % 50)
    p.text(R, y, f"Date of Issue: {bs_str(issue)} B.S. ({ad_slash(issue)} A.D.)", S, 9, "right")
    ys = min(H - 34, y + 100)
    sign_block(p, rng, L + 80, ys, "Prepared by", S, 9, 130)
    sign_block(p, rng, L + 260, ys, "Verified by", S, 9, 130)
    sign_block(p, rng, R - 90, ys, "Controller of Examinations", S, 9, 160)
    round_stamp(p, R - 250, ys - 20, 30, 0.45)
    for i, q in enumerate(pages):
        q.text(R, H - 14, f"Page {i + 1} of {len(pages)}", S, 7.5, "right")
    return LayoutResult("transcript", "ak_np_semester_transcript", FAMILY, pages, [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ak_np_semester_transcript": (np_transcript, FAMILY, ("NP",))}
