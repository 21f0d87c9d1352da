"""Writer AL, round 18: Egypt (EG), the existing country pack (r1_b_eg) reused. The faculty's
"ACADEMIC TRANSCRIPT" on the credit-hour system: A4 LANDSCAPE, the English heading block at the left,
the same in Arabic at the right (drawn as pictures), the crest in the middle; Student ID, a masked
National ID, Nationality, Date of Enrollment. The record runs in TWO columns of semester blocks, year
by year: the Fall semester at the left, the Spring semester at the right, a Summer block (one or two
courses) under them when the year has one. Each block: caption "Fall Semester 2018/2019", columns
Code | Course Title | Cr. | Grade | Points (grade points x credits), and a grey strip
"Reg. Hrs | Earned Hrs | Sem. GPA | Cum. Hrs | CGPA". University requirements (codes "UNR") are
graded "P", earn their hours and count nothing toward the GPA. The last page: total earned credit
hours, CGPA with the general estimate, the internship year (12 months, Pass, no credits; printed for
programmes with clinical training, not a course row), the grading scale, three signatures, the
faculty's stamp and the "Any erasure or alteration" line.

Truth: credit_system "semester" (credit hours = 1 SH). One row per printed course, term as its block
caption, credits as printed, grade as printed ("P" for UNR rows). Totals printed: Total Earned Credit
Hours = the sum of every row's credits.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size
from .r5_j_eg import AR_NAMES
from .r18_al_common import (FAMILY, arabic, course_truth, dmy, k, keep_dob, natural, round_stamp, sign_block,
                            watermark_crest)

LANDSCAPE = (A4[1], A4[0])
SCALE = [("A+", 96, 4.0), ("A", 92, 3.7), ("A-", 88, 3.4), ("B+", 84, 3.2), ("B", 80, 3.0), ("C+", 76, 2.7),
         ("C", 72, 2.4), ("D+", 68, 2.2), ("D", 60, 2.0), ("F", 0, 0.0)]
SCALE_TXT = ["A+ 4.0 (>=96%)", "A 3.7 (92-95%)", "A- 3.4 (88-91%)", "B+ 3.2 (84-87%)", "B 3.0 (80-83%)",
             "C+ 2.7 (76-79%)", "C 2.4 (72-75%)", "D+ 2.2 (68-71%)", "D 2.0 (60-64%)", "F 0 (<60%)"]


def letter(pct):
    for g, lo, pts in SCALE:
        if pct >= lo:
            return g, pts
    return "F", 0.0


FAC = {"eg_bams_mlt": ("Faculty of Applied Health Sciences Technology", "كلية تكنولوجيا العلوم الصحية التطبيقية"),
       "eg_bsc_micro_chem": ("Faculty of Science", "كلية العلوم"), "eg_bnurs": ("Faculty of Nursing", "كلية التمريض")}


def caption(t):
    ay = f"{t.start_year}/{t.start_year + 1}"
    return {"S1": f"Fall Semester {ay}", "S2": f"Spring Semester {ay}", "SU": f"Summer {t.start_year + 1}"}[t.key]


def estimate(g):
    return "Excellent" if g >= 3.6 else "Very Good" if g >= 3.0 else "Good" if g >= 2.5 else "Pass"


def f1(x):
    return f"{x:.1f}"


def pct_of(s, t, j, r):
    return max(60, min(99, r.score + 9 + k(s, f"p{t.year}{t.key}{j}") % 7))


def eg_cgpa(s):
    pts = hrs = 0.0
    for t in s.terms:
        for j, r in enumerate(t.results):
            if not r.code.startswith("UNR"):
                pts += letter(pct_of(s, t, j, r))[1] * r.spec.credits
                hrs += r.spec.credits
    return pts / hrs if hrs else 0.0


def eg_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = LANDSCAPE
    L, R = 30, W - 30
    mid = W / 2
    colw = (R - L - 16) / 2
    nm = natural(person)
    c = 2 if s.dob.year < 2000 else 3
    nid = f"{c}{s.dob.year % 100:02d}{s.dob.month:02d}"[:4] + "x" * 10
    pages = []
    fac, fac_ar = FAC.get(cur.id, FAC["eg_bams_mlt"])

    def new_page(first):
        p = Page(LANDSCAPE)
        pages.append(p)
        if first:
            p.text(L, 40, "Arab Republic of Egypt", S, 9)
            p.text(L, 54, inst.name, SB, 12)
            p.text(L, 68, fac, S, 10)
            p.text(L, 82, "Student Affairs Administration", S, 9)
            arabic(p, R, 42, "جمهورية مصر العربية", 10, align="right")
            arabic(p, R, 58, AR_NAMES.get(inst.name, "الجامعة"), 13, bold=True, align="right")
            arabic(p, R, 74, fac_ar, 11, align="right")
            arabic(p, R, 90, "إدارة شئون الطلاب", 10, align="right")
            watermark_crest(p, mid, 62, 28, 0.3)
            p.text(mid, 112, "ACADEMIC TRANSCRIPT", SB, 14, "center")
            arabic(p, mid, 126, "بيان تقديرات الطالب", 10)
            p.text(mid, 140, cur.title, S, 9.5, "center")
            enr = s.admitted
            p.pieces(158, [(L, f"Student Name: {nm}", "left"), (L + 300, f"Student ID: {s.student_no}", "left"),
                           (L + 480, f"National ID: {nid}", "left")], S, 9)
            p.pieces(171, [(L, "Nationality: Egyptian", "left"), (L + 300, f"Date of Birth: {dmy(s.dob)}", "left"),
                           (L + 480, f"Date of Enrollment: {dmy(enr)}", "left")], S, 9)
            p.hline(L, R, 178, 0.8)
            return p, 192
        p.pieces(30, [(L, f"{inst.name} — {fac} — Academic Transcript", "left"),
                      (R, f"Student: {nm} — ID {s.student_no} — Page {len(pages)}", "right")], S, 8)
        p.hline(L, R, 36, 0.5)
        return p, 50

    X0 = [0, 46, colw - 86, colw - 62, colw - 34, colw]
    state = {"cum_hrs": 0, "cum_pts": 0.0, "cum_gpa_hrs": 0, "rows": []}

    def block_height(t):
        return 14 + 12 + 11 * len(t.results) + 16

    def draw_block(p, x, y, t):
        p.text(x, y + 9, caption(t), SB, 9)
        y += 13
        X = [x + v for v in X0]
        p.rect(X[0], y, colw, 12, 0, 0, fill=0.9)
        p.pieces(y + 9, [(X[0] + 3, "Code", "left"), (X[1] + 3, "Course Title", "left"),
                         ((X[2] + X[3]) / 2, "Cr.", "center"), ((X[3] + X[4]) / 2, "Grade", "center"),
                         ((X[4] + X[5]) / 2, "Points", "center")], SB, 7.8)
        top = y
        y += 12
        reg = earned = gh = 0
        pts = 0.0
        for j, r in enumerate(t.results):
            cr = int(r.spec.credits)
            unr = r.code.startswith("UNR")
            if unr:
                g, gp, ptxt = "P", None, "—"
            else:
                pct = pct_of(s, t, j, r)
                g, gp = letter(pct)
                ptxt = f1(gp * cr)
            title = r.spec.title
            p.pieces(y + 8.5, [(X[0] + 3, r.code, "left"),
                               (X[1] + 3, title, "left", S, fit_size(title, S, 7.8, X[2] - X[1] - 6)),
                               ((X[2] + X[3]) / 2, str(cr), "center"), ((X[3] + X[4]) / 2, g, "center"),
                               ((X[4] + X[5]) / 2, ptxt, "center")], S, 7.8)
            y += 11
            reg += cr
            earned += cr
            if gp is not None:
                gh += cr
                pts += gp * cr
            state["rows"].append(course_truth(r, caption(t), cr, g, "semester"))
        for xx in X[1:-1]:
            p.vline(xx, top, y, 0.3)
        p.rect(X[0], top, colw, y - top, 0.6)
        state["cum_hrs"] += earned
        state["cum_pts"] += pts
        state["cum_gpa_hrs"] += gh
        sg = pts / gh if gh else 0.0
        cg = state["cum_pts"] / state["cum_gpa_hrs"] if state["cum_gpa_hrs"] else 0.0
        p.rect(X[0], y + 1, colw, 12, 0, 0, fill=0.82)
        sgt = f"{sg:.2f}" if gh else "—"
        strip = (f"Reg. Hrs {reg} | Earned Hrs {earned} | Sem. GPA {sgt} | Cum. Hrs {state['cum_hrs']} | "
                 f"CGPA {cg:.2f}")
        p.text(X[0] + 4, y + 10, strip, S, fit_size(strip, S, 7.6, colw - 8))
        return y + 16

    p, y = new_page(True)
    years = sorted({t.year for t in s.terms})
    for yr in years:
        ts = [t for t in s.terms if t.year == yr]
        fall = [t for t in ts if t.key == "S1"]
        spring = [t for t in ts if t.key == "S2"]
        summer = [t for t in ts if t.key == "SU"]
        hh = max([block_height(t) for t in fall + spring] or [0])
        if y + hh > H - 30:
            p, y = new_page(False)
        y0 = y
        yl = draw_block(p, L, y0, fall[0]) if fall else y0
        yr_ = draw_block(p, L + colw + 16, y0, spring[0]) if spring else y0
        y = max(yl, yr_) + 8
        for t in summer:
            if y + block_height(t) > H - 30:
                p, y = new_page(False)
            y = draw_block(p, L, y, t) + 8
    rows = state["rows"]
    if y + 210 > H - 20:
        p, y = new_page(False)
    cg = state["cum_pts"] / state["cum_gpa_hrs"] if state["cum_gpa_hrs"] else 0.0
    tot = sum(int(r["credits"]) for r in rows)
    y += 8
    p.text(L, y, f"Total Earned Credit Hours: {tot}", SB, 10)
    p.text(L + 230, y, f"CGPA: {cg:.2f} ({estimate(cg)})", SB, 10)
    if cur.clinical_training:
        done = s.conferred - dt.timedelta(days=20 + k(s, "intern") % 30)
        p.text(L, y + 15, f"Internship year: 12 months, completed {dmy(done)} (Pass)", S, 9)
    p.text(L, y + 30, "Grading scale: " + ", ".join(SCALE_TXT[:5]) + ",", S, 8)
    p.text(L, y + 41, ", ".join(SCALE_TXT[5:]) + ". UNR courses: P (Pass), not included in the GPA.", S, 8)
    y += 100
    sign_block(p, rng, L + 90, y, "Faculty Registrar", S, 9, 150)
    sign_block(p, rng, mid, y, "Vice Dean for Education and Students' Affairs", S, 9, 200)
    sign_block(p, rng, R - 90, y, "Dean", S, 9, 150)
    round_stamp(p, mid + 150, y - 22, 30, 0.45)
    p.text(mid, y + 34, "Any erasure or alteration renders this transcript void", "Helvetica-Oblique", 8, "center")
    return LayoutResult("transcript", "al_eg_transcript", FAMILY, pages, [nm], rows, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"al_eg_transcript": (eg_transcript, FAMILY, ("EG",))}
