"""Writer AO, round 20: Saudi Arabia (SA), a new transcript design for round 1's SA pack (its curricula,
institutions and employers, unchanged). A university's English "ACADEMIC RECORD": A4 portrait, the crest,
"Deanship of Admission and Registration"; a boxed student block (Student Name, Student ID (9 digits),
College, Major, Degree, Nationality). Terms as heading lines with the Hijri years and the Gregorian in
brackets ("First Semester 1434/1435 H (2013/2014)"); the preparatory year first as one term "Preparatory
Year 1433/1434 H"; some candidates took one course in a "Summer Session 1436 H". Columns Course Code |
Course Title | Cr. Hrs | Grade | Points (grade points x hours), on the five-point scale A+ 5.00 ... D 2.00,
F 1.00. Under each term "Term: Hrs 17  Pts 72.25  GPA 4.25" and "Cumulative: ...". The internship a last
term, 0 hours, "NP". End: Total Credit Hours Earned, Cumulative GPA "out of 5.00", General Grade,
Graduation Date in Hijri and Gregorian, the Dean's signature and stamp.

Truth: every row, code and title as printed, credits = Cr. Hrs ("semester"), grade letter, term = the
heading as printed.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, Page
from . import r1_b_common as B
from .r1_b_sa import COLLEGE
from .r20_ao_common import EN_MONTHS, FAMILY, course_truth, k, round_stamp

SCALE = [(95, "A+", 5.0), (90, "A", 4.75), (85, "B+", 4.5), (80, "B", 4.0), (75, "C+", 3.5), (70, "C", 3.0),
         (65, "D+", 2.5), (60, "D", 2.0)]
SEMW = {"S1": "First Semester", "S2": "Second Semester"}


def sa_grade(score):
    sc = min(100, score + 15)
    for lo, g, p in SCALE:
        if sc >= lo:
            return g, p
    return "F", 1.0


def general(gpa):
    return "Excellent" if gpa >= 4.5 else "Very Good" if gpa >= 3.75 else "Good" if gpa >= 2.75 else "Pass"


def sa20_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 40, W - 40
    nm = name_form(person, "natural")
    college, major = COLLEGE.get(cur.id, ("College of Applied Medical Sciences", "Clinical Laboratory Sciences"))
    # terms: year 1 merged as the preparatory year; optional summer session
    groups = []
    prep = [r for t in s.terms if t.year == 1 for r in t.results]
    h1, h2 = B.hijri_year_pair(s.terms[0].start_year)
    groups.append((f"Preparatory Year {h1}/{h2} H", prep))
    summer = None
    if k(s, "sum") % 3 == 0:
        cand = [t for t in s.terms if t.year == 3 and t.key == "S2"]
        if cand and len(cand[0].results) > 3:
            summer = (cand[0], cand[0].results[-1])
    for t in s.terms:
        if t.year == 1:
            continue
        a, b = B.hijri_year_pair(t.start_year)
        if t.key == "IN" or any(r.spec.areas for r in t.results) and t.key not in SEMW:
            groups.append((f"Internship {a}/{b} H ({t.start_year}/{t.start_year + 1})", t.results))
            continue
        rs = [r for r in t.results if not (summer and t is summer[0] and r is summer[1])]
        groups.append((f"{SEMW.get(t.key, t.key)} {a}/{b} H ({t.start_year}/{t.start_year + 1})", rs))
        if summer and t is summer[0]:
            groups.append((f"Summer Session {b} H", [summer[1]]))
    pages, out = [], []
    X = [L, L + 70, L + 330, L + 385, L + 440, R]

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.logo(L + 28, 50, 22, 0, 0.3)
        p.text(W / 2 + 20, 42, inst.name.upper(), FB, 13, "center")
        p.text(W / 2 + 20, 56, "Deanship of Admission and Registration", F, 9.5, "center")
        p.text(W / 2 + 20, 74, "ACADEMIC RECORD", FB, 12.5, "center")
        return p

    p = new_page()
    y = 92
    p.rect(L, y, R - L, 50, 0.7)
    blk = [("Student Name", nm, "Student ID", s.student_no), ("College", college, "Major", major),
           ("Degree", "Bachelor", "Nationality", "Saudi")]
    for i, (a, b, c, d) in enumerate(blk):
        p.pieces(y + 13 + 14 * i, [(L + 5, f"{a}: {b}", "left"), (L + 300, f"{c}: {d}", "left")], F, 9)
    y += 62
    cum_h = cum_p = 0.0
    earned = 0
    for head, rs in groups:
        need = 24 + 12 * len(rs) + 26
        if y + need > H - 60:
            p = new_page()
            y = 92
        p.text(L, y + 10, head, FB, 9.5)
        y += 14
        p.rect(L, y, R - L, 13, 0.5, fill=0.9)
        for c, hd in enumerate(["Course Code", "Course Title", "Cr. Hrs", "Grade", "Points"]):
            p.text(X[c] + 4 if c in (0, 1) else (X[c] + X[c + 1]) / 2, y + 9.5, hd, FB, 8,
                   "left" if c in (0, 1) else "center")
        y += 13
        th = tp = 0.0
        for r in rs:
            hrs = int(r.spec.credits)
            if r.spec.areas and hrs == 0:
                g, pts = "NP", None
            else:
                g, gp = sa_grade(r.score)
                pts = gp * hrs
                th += hrs
                tp += pts
            earned += hrs
            p.pieces(y + 9.5, [(X[0] + 4, r.code, "left"), (X[1] + 4, r.spec.title, "left"),
                               ((X[2] + X[3]) / 2, str(hrs), "center"), ((X[3] + X[4]) / 2, g, "center"),
                               (X[5] - 10, "" if pts is None else f"{pts:.2f}", "right")], F, 8.5)
            y += 12
            out.append(course_truth(r, head, hrs, g, "semester", code=r.code, title=r.spec.title))
        cum_h += th
        cum_p += tp
        y += 3
        if th:
            p.spaced(L + 240, y + 8, ["Term:", f"Hrs {th:g}", f"Pts {tp:.2f}", f"GPA {tp / th:.2f}"], F, 7.5, 9)
        p.spaced(L + 240, y + 18, ["Cumulative:", f"Hrs {cum_h:g}", f"Pts {cum_p:.2f}", f"GPA {cum_p / cum_h:.2f}"], F, 7.5, 9)
        y += 28
    if y + 120 > H - 40:
        p = new_page()
        y = 100
    gpa = cum_p / cum_h
    p.hline(L, R, y, 0.8)
    y += 16
    d = s.conferred
    hy, hm, hd = B.hijri(d)
    for ln in (f"Total Credit Hours Earned: {earned}", f"Cumulative GPA: {gpa:.2f} out of 5.00",
               f"General Grade: {general(gpa)}", f"Graduation Date: {hy}/{hm:02d}/{hd:02d} H",
               f"({d.day:02d}/{d.month:02d}/{d.year} G)"):
        p.text(L, y, ln, FB, 9.5)
        y += 14
    p.signature(R - 170, y - 40, 120, rng)
    p.hline(R - 180, R - 30, y - 30, 0.5)
    p.text(R - 105, y - 20, "Dean of Admission and Registration", F, 8.5, "center")
    round_stamp(p, R - 230, y - 40, 28, 0.45)
    return LayoutResult("transcript", "ao_sa_record", FAMILY, pages, [nm], out, "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ao_sa_record": (sa20_transcript, FAMILY, ("SA",))}
