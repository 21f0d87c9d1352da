"""Writer AI, round 17: Pakistan (PK), on round 1's pack (curricula, universities, hospitals). The
university's "DETAILED MARKS CERTIFICATE / TRANSCRIPT" for an affiliated college's BS Medical
Laboratory Technology (8 semesters): A4 portrait, the university's name in serif capitals over a
crest shape (no crescent), "Registration No.", "Roll No.", "Name", "Father's Name", "College". One
block per semester captioned "1st Semester (Fall 2014)", columns Sr.# | Course Code ("MLT-101") |
Course Title | Credit Hours split into Th | Pr | Total under one header cell | Max. Marks | Marks
Obt. | Grade (A, B+, B, C+, C, D, F) | Grade Point | Q.P. (grade point x total credit hours). A
non-credit "Arabic (Non-Credit)" row in the first semester with 0 credit hours and grade "S". A
course repeated to improve its grade shows "(R)" after its title in the semester of the repeat
(two semesters later); the earlier attempt stays printed with a grey line struck through it and is
not counted. Each block ends with "Credit Hours: 18 Q.P.: 62.10 GPA: 3.45 CGPA: 3.38"; the last
lines "Total Credit Hours Earned ... CGPA ... / 4.00 Result: PASS", the grading scheme, "Prepared
by / Checked by / Controller of Examinations", "Errors and omissions excepted".

Truth: credit_system "semester" (Pakistani credit hours are US-style semester credit hours, 1 = 1
SH). credits = the Total column; `th`, `pr`, `max_marks`, `marks_obtained`, `grade_point`,
`quality_points` as printed. The struck-through first attempt carries `passed: false` (its credits
are not counted: the truth's totals skip it); the non-credit row is a row with credits 0.
GPA / CGPA: Σ Q.P. / Σ credit hours over counted rows, two decimals.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size
from . import r1_a_kit as KIT
from .r6_l_common import fake_result
from .r17_ai_common import FAMILY, course_truth, k, keep_dob, natural, ring_stamp, sign_block

SCALE = [(85, "A", 4.0), (80, "B+", 3.5), (75, "B", 3.0), (70, "C+", 2.5), (60, "C", 2.0), (50, "D", 1.0),
         (0, "F", 0.0)]
ORD = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"]
COLLEGES = ["Allied Health Sciences College, {city}", "Institute of Medical Technology, {city}",
            "Shifa-e-Noor College of Allied Health Sciences, {city}", "Government College of Medical "
            "Technology, {city}"]


def grade_of(mark):
    for lo, g, gp in SCALE:
        if mark >= lo:
            return g, gp


def split(r):
    c, t = int(r.spec.credits), r.spec.title
    if c == 0:
        return 0, 0
    if "Rotation" in t or "Practicum" in t:
        return 0, c
    if r.spec.category == "other" or any(w in t for w in ("Statistics", "Ethics", "Management", "Methodology",
                                                          "Pharmacology", "Seminar")):
        return c, 0
    if c >= 4:
        return c - 2, 2
    if c == 1:
        return 0, 1
    return c - 1, 1


def pk_blocks(s):
    """[(term index, [(r, mark, struck, repeat)])]."""
    rep = None
    opts = [(i, j) for i, t in enumerate(s.terms[:4]) for j, r in enumerate(t.results)
            if r.spec.category != "other" and int(r.spec.credits) >= 2]
    if opts and k(s, "rep") % 2 == 0:
        rep = opts[k(s, "repw") % len(opts)]
    blocks = []
    carry = None
    for i, t in enumerate(s.terms):
        rows = []
        if i == 0:
            nc = fake_result(None, "ARB-100", "Arabic (Non-Credit)", 0, "other")
            rows.append((nc, None, False, False))
        for j, r in enumerate(t.results):
            mark = max(50, min(96, r.score + k(s, f"m{i}.{j}") % 9 - 1))
            if (i, j) == rep:
                rows.append((r, 44 + k(s, "rm") % 15, True, False))
                carry = (i + 2, r, max(68, mark + 8))
                continue
            rows.append((r, mark, False, False))
        if carry and carry[0] == i:
            rows.append((carry[1], min(96, carry[2]), False, True))
        blocks.append((i, rows))
    return blocks


def pk_transcript(s, person, rng):
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    T, TB = "Times-Roman", "Times-Bold"
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 30, W - 30
    # Sr | Code | Title | Th | Pr | Total | Max | Obt | Grade | GP | QP
    X = [L, L + 22, L + 72, L + 262, L + 286, L + 310, L + 340, L + 376, L + 412, L + 446, L + 490, R]
    nm = natural(person).upper()
    father = KIT.father_name(person).upper()
    college = COLLEGES[k(s, "col") % len(COLLEGES)].format(city=inst.city)
    roll = f"{k(s, 'roll') % 90000 + 10000}"
    fz = 7.0
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        from .r16_ag_common import crest
        crest(p, W / 2, 44, 16, 0.3)
        p.text(W / 2, 86, inst.name.upper(), TB, 14, "center")
        p.text(W / 2, 100, f"{inst.city.upper()}, PAKISTAN", T, 9, "center")
        if len(pages) == 1:
            p.text(W / 2, 122, "DETAILED MARKS CERTIFICATE / TRANSCRIPT", TB, 12, "center")
            y = 144
            for a, b in ((f"Registration No.: {s.student_no}", f"Roll No.: {roll}"),
                         (f"Name: {nm}", f"Father's Name: {father}"),
                         (f"College: {college}", "")):
                p.pieces(y, [(L, a, "left"), (L + 300, b, "left")], S, 8)
                y += 12
            p.text(L, y, f"Degree: BS {cur.title.replace('Bachelor of Science in ', '')} (4 Years, Semester System)",
                   S, 8)
            st["y"] = y + 20
        else:
            p.text(L, 118, f"Registration No.: {s.student_no} Name: {nm} (continued)", S, 7.5)
            st["y"] = 136

    def header(p, y):
        top = y - 9
        p.hline(L, R, top, 0.6)
        p.text((X[3] + X[6]) / 2, y, "Credit Hours", SB, 6.6, "center")
        p.hline(X[3], X[6], y + 3, 0.4)
        y2 = y + 11
        p.pieces(y + 5, [(X[0] + 2, "Sr.#", "left"), (X[1] + 2, "Course Code", "left"),
                         (X[2] + 2, "Course Title", "left"), (X[6] + 18, "Max. Marks", "center", SB, 5.6),
                         (X[7] + 18, "Marks Obt.", "center", SB, 5.6), (X[8] + 17, "Grade", "center"),
                         (X[9] + 22, "Grade Point", "center", SB, 5.6), (X[10] + 20, "Q.P.", "center")], SB, 6.6)
        p.pieces(y2 + 2, [(X[3] + 12, "Th", "center"), (X[4] + 12, "Pr", "center"), (X[5] + 15, "Total", "center")],
                 SB, 6.6)
        p.hline(L, R, y2 + 6, 0.6)
        for x in X:
            p.vline(x, y + 3 if x in (X[4], X[5]) else top, y2 + 6, 0.3)
        return y2 + 16, top

    new_page()
    out = []
    cum_cr = cum_qp = 0.0
    for i, rows in pk_blocks(s):
        t = s.terms[i]
        season = "Fall" if t.key == "S1" else "Spring"
        yr = t.start_year if t.key == "S1" else t.start_year + 1
        cap = f"{ORD[i]} Semester ({season} {yr})"
        need = 50 + 11 * len(rows)
        if st["y"] + need > H - 50:
            new_page()
        p, y = st["p"], st["y"]
        p.text(L, y, cap, TB, 9.5)
        y, top = header(p, y + 16)
        cr = qp = 0.0
        for n, (r, mark, struck, repeat) in enumerate(rows, 1):
            th, pr = split(r)
            tot = th + pr
            title = r.spec.title + (" (R)" if repeat else "")
            code = r.code if r.spec.code != "ARB-100" else "ARB-100"
            if mark is None:
                mx, mo, g, gp, q = "100", "-", "S", "-", "-"
                gpv = qpv = None
            else:
                g, gpv = grade_of(mark)
                qpv = round(gpv * tot, 2)
                mx, mo, gp, q = ("100" if tot >= 2 else "50"), str(mark if tot >= 2 else mark // 2), \
                    f"{gpv:.2f}", f"{qpv:.2f}"
            p.pieces(y, [(X[0] + 10, str(n), "center"), (X[1] + 2, code, "left"),
                         (X[2] + 2, title, "left", S, fit_size(title, S, fz, X[3] - X[2] - 4, 5)),
                         (X[3] + 12, str(th), "center"), (X[4] + 12, str(pr), "center"),
                         (X[5] + 15, str(tot), "center"), (X[6] + 18, mx, "center"), (X[7] + 18, mo, "center"),
                         (X[8] + 17, g, "center"), (X[9] + 22, gp, "center"), (X[10] + 20, q, "center")], S, fz)
            if struck:
                p.hline(X[1], R - 4, y - 2.5, 0.7, 0.55)
            extra = {"th": th, "pr": pr, "max_marks": int(mx), "marks_obtained": None if mo == "-" else int(mo),
                     "grade_point": gpv, "quality_points": qpv}
            if repeat:
                extra["repeat"] = True
            d = course_truth(r, cap, tot, g, "semester", title=title, code=code, **extra)
            if struck:
                d["passed"] = False
            out.append(d)
            if not struck and mark is not None:
                cr += tot
                qp += qpv
            y += 11
        for x in X:
            p.vline(x, top, y - 7, 0.3)
        p.hline(L, R, y - 7, 0.6)
        cum_cr += cr
        cum_qp += qp
        gpa = qp / cr if cr else 0
        cgpa = cum_qp / cum_cr if cum_cr else 0
        p.pieces(y + 5, [(L + 60, f"Credit Hours: {int(cr)}", "left"), (L + 170, f"Q.P.: {qp:.2f}", "left"),
                         (L + 280, f"GPA: {gpa:.2f}", "left"), (L + 380, f"CGPA: {cgpa:.2f}", "left")], SB, 7.6)
        st["y"] = y + 28
    if st["y"] + 160 > H - 30:
        new_page()
    p, y = st["p"], st["y"] + 4
    cgpa = cum_qp / cum_cr
    p.hline(L, R, y - 8, 0.8)
    p.pieces(y + 4, [(L, f"Total Credit Hours Earned: {int(cum_cr)}", "left"),
                     (L + 200, f"CGPA: {cgpa:.2f} / 4.00", "left"), (L + 360, "Result: PASS", "left")], TB, 9.5)
    p.text(L, y + 24, "Grading Scheme: A 85-100 4.00; B+ 80-84 3.50; B 75-79 3.00; C+ 70-74 2.50; C 60-69 2.00; "
                      "D 50-59 1.00; F below 50 0.00", S, 7)
    p.text(L, y + 34, "S = Satisfactory (non-credit course). (R) = course repeated to improve the grade; the earlier "
                      "attempt is struck through and not counted.", S, 7)
    issued = s.conferred - dt.timedelta(days=20 + k(s, "iss") % 30)
    p.text(L, y + 50, f"Date of Issue: {issued.day:02d}-{issued.month:02d}-{issued.year}", S, 8)
    yb = y + 100
    sign_block(p, rng, L + 70, yb, "Prepared by", S, 8, 110)
    sign_block(p, rng, W / 2, yb, "Checked by", S, 8, 110)
    sign_block(p, rng, R - 80, yb, "Controller of Examinations", S, 8, 140)
    ring_stamp(p, R - 170, yb - 20, 28, f"{inst.name.upper()} * EXAMINATIONS *")
    p.text(L, yb + 34, "Errors and omissions excepted.", T, 8)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 20, f"Page {q} of {n}", S, 6.8, "right")
    return LayoutResult("transcript", "ai_pk_dmc", FAMILY, pages, [nm], out, "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ai_pk_dmc": (pk_transcript, FAMILY, ("PK",))}
