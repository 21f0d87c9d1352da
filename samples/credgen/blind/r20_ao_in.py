"""Writer AO, round 20: India (IN), the core country (no pack: the IN institutions and curricula are
drawn as before). A state health-sciences university's annual-scheme "STATEMENT OF MARKS": A4 portrait,
one page per year of the course ("... First Year Examination, August 2015"), and for some candidates a
"Supplementary Examination" sheet carrying only the subject failed at the annual examination. The
university's emblem, its name in capitals, the city, "STATEMENT OF MARKS"; a label block (Name of the
Candidate, Register No. "15M0412", College: an affiliated "... Institute of Paramedical Sciences", Course).
The table's header is three lines: Subject | Paper | THEORY (Internal Assessment Max/Secured, University
Exam Max/Secured) | PRACTICAL (the same) | Total (Max/Secured) | Result. A subject written in two papers
(the curriculum's "Biochemistry I" and "II" of one year) prints its name once, spanning both paper rows; a
practical paper fills the practical cells and prints "--" in the theory cells, and vice versa. Marks only:
no credits and no hours anywhere. A grace mark carries "*" ("32*"), an absent paper "AB" (then FAIL). The
last year's sheet has "Internship: Completed / Satisfactory" with no marks. Under the table: Grand Total,
Result (DISTINCTION / FIRST CLASS / SECOND CLASS / PASS / FAIL), the date, the Controller of
Examinations, a round stamp, the footnote.

Truth: credit_system "marks" (credits null, semester hours null); one row per paper printed, code null,
title = the subject name printed ("Biochemistry"), `paper` "I"/"II"/"Practical", grade = the total secured
as printed ("68", "F" when failed), term "First Year" ...; a failed paper's row has passed false and the
supplementary sheet's row its own term "First Year (Supplementary)". Kannada (language, not counted) and
the internship row are in the truth with `in_total` false.
"""

import datetime as dt
import re

from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r20_ao_common import FAMILY, course_truth, k, round_stamp

YEARS = ["First", "Second", "Third", "Fourth"]
COLLEGES = ["Chamundi Hills Institute of Paramedical Sciences, Mysuru",
            "Sri Varadaraja Institute of Paramedical Sciences, Mysuru",
            "Kapila Valley Institute of Paramedical Sciences, Nanjangud",
            "Hoysala Institute of Allied Health Sciences, Hassan"]
UNIV = {"in_bsc_mlt": "B.Sc. Medical Laboratory Technology", "in_bsc_micro": "B.Sc. Microbiology",
        "in_dmlt": "Diploma in Medical Laboratory Technology"}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


def subject_of(title):
    """'Biochemistry II' -> ('Biochemistry', 'II'); 'Microbiology I: Introduction ...' -> ('Microbiology', 'I')."""
    m = re.match(r"^(.*?) (I|II|III|IV|V|VI|VII|VIII)(:.*)?$", title)
    if m and not m.group(3):
        return m.group(1), m.group(2)
    return title, "I"


def rows_for_year(s, yr, terms):
    """[(subject, [(paper, r, kind)])], kind theory / practical / intern / lang."""
    subs = []
    idx = {}
    for t in terms:
        for r in t.results:
            if r.spec.areas:
                continue
            if r.spec.practical or "Practical" in r.spec.title:
                subj = re.sub(r"\s*Practical.*$", "", r.spec.title).replace("Practical ", "").strip(" :") or r.spec.title
                subj = subj if subj else r.spec.title
                subs.append((subj + " (Practical)", [("Practical", r, "practical")]))
                continue
            subj, paper = subject_of(r.spec.title)
            if subj in idx:
                subs[idx[subj]][1].append((paper, r, "theory"))
            else:
                idx[subj] = len(subs)
                subs.append((subj, [(paper, r, "theory")]))
    return subs


def in20_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 30, W - 30
    name = name_form(person, "surname_first_nocomma").upper()
    reg = f"{s.terms[0].start_year % 100:02d}M{k(s, 'reg') % 9000 + 100:04d}"
    college = COLLEGES[k(s, "col") % len(COLLEGES)]
    course = UNIV.get(cur.id, cur.title)
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    nyears = len(years)
    fail_year = None
    if k(s, "fail") % 4 == 0:
        fail_year = 1
    pages, out, names = [], [], [name]
    X = [L, L + 118, L + 150, L + 180, L + 213, L + 243, L + 276, L + 306, L + 339, L + 369, L + 402, L + 432,
         L + 468, R]

    def page(title, exam_date, rows, term, supp=False):
        p = Page(A4)
        pages.append(p)
        p.logo(W / 2, 46, 20, 2, 0.3)
        p.text(W / 2, 82, inst.name.upper(), FB, 14, "center")
        p.text(W / 2, 95, f"{inst.city}, {inst.region}", F, 9.5, "center")
        p.text(W / 2, 116, "STATEMENT OF MARKS", FB, 13, "center")
        p.text(W / 2, 131, title, FB, 10, "center")
        y = 150
        for a, b in (("Name of the Candidate", name), ("Register No.", reg), ("College", college),
                     ("Course", course)):
            p.text(L + 4, y, a, F, 9.5)
            p.text(L + 130, y, ": " + b, FB if a != "College" else F, 9.5)
            y += 13
        y += 6
        top = y
        c = lambda i: (X[i] + X[i + 1]) / 2  # noqa: E731
        p.pieces(top + 10, [((X[3] + X[7]) / 2, "THEORY", "center"), ((X[7] + X[11]) / 2, "PRACTICAL", "center")],
                 FB, 7.5)
        p.hline(X[3], X[11], top + 14, 0.4)
        p.pieces(top + 23, [((X[3] + X[5]) / 2, "Internal Assessment", "center"),
                            ((X[5] + X[7]) / 2, "University Exam", "center"),
                            ((X[7] + X[9]) / 2, "Internal Assessment", "center"),
                            ((X[9] + X[11]) / 2, "University Exam", "center"),
                            (c(11), "Total", "center")], FB, 6.2)
        p.hline(X[3], X[12], top + 27, 0.4)
        p.pieces(top + 36, [(c(0), "Subject", "center"), (c(1) + 8, "Paper", "center")] +
                 [(c(i), "Max" if i % 2 == 1 else "Secured", "center", FB, 5.8) for i in range(3, 13)] +
                 [(c(12) + 6, "Result", "center", FB, 6.5)], FB, 7)
        y = top + 42
        p.hline(L, R, top, 0.9)
        p.hline(L, R, y, 0.7)
        tot_max = tot_sec = 0
        any_fail = False
        for subj, papers in rows:
            y0 = y
            for j, (paper, r, kind, marks) in enumerate(papers):
                y += 13
                cellv = {}
                if kind in ("theory", "practical"):
                    ia_m, ue_m, ia, ue, mark_ue, res = marks
                    base = 3 if kind == "theory" else 7
                    other = 7 if kind == "theory" else 3
                    cellv.update({base: str(ia_m), base + 1: str(ia), base + 2: str(ue_m), base + 3: mark_ue})
                    for i in range(other, other + 4):
                        cellv[i] = "--"
                    tm = ia_m + ue_m
                    ts = ia + (ue if isinstance(ue, int) else 0)
                    failed = res == "F"
                    cellv[11] = str(tm)
                    cellv[12] = str(ts)
                    if not (kind == "lang"):
                        tot_max += tm
                        tot_sec += ts
                    any_fail = any_fail or failed
                    grade = "F" if failed else str(ts)
                    extra = {"paper": paper, "max_marks": tm, "marks_obtained": ts, "result": "F" if failed else "P"}
                    if failed:
                        extra["passed"] = False
                    out.append(course_truth(r, term, None, grade, "marks", code="", title=subj, **extra))
                    items = [(X[1] + 20, paper, "center", F, 8 if len(paper) < 4 else 6)] + \
                            [(X[i + 1] - 3, v, "right") for i, v in cellv.items()] + \
                            [(c(12) + 2, "F" if failed else "P", "center", FB, 8)]
                elif kind == "lang":
                    ia_m, ue_m, ia, ue = marks
                    for i, v in {3: ia_m, 4: ia, 5: ue_m, 6: ue, 11: ia_m + ue_m, 12: ia + ue}.items():
                        cellv[i] = str(v)
                    for i in range(7, 11):
                        cellv[i] = "--"
                    out.append(course_truth(r, term, None, str(ia + ue), "marks", code="", title=subj, paper=paper,
                                            max_marks=ia_m + ue_m, marks_obtained=ia + ue, result="P",
                                            in_total=False))
                    items = [(X[1] + 20, paper, "center")] + [(X[i + 1] - 3, v, "right") for i, v in cellv.items()] \
                        + [(c(12) + 2, "P", "center", FB, 8)]
                else:  # internship
                    out.append(course_truth(r, term, None, "Completed / Satisfactory", "marks", code="",
                                            title="Internship", in_total=False, result="Satisfactory"))
                    items = [(X[3] + 4, "Completed / Satisfactory", "left")]
                p.pieces(y - 3, items, F, 8)
            lines = [subj] if len(subj) < 26 else [subj[:subj.rfind(" ", 0, 26)], subj[subj.rfind(" ", 0, 26) + 1:]]
            for i, ln in enumerate(lines):
                p.text(X[0] + 3, y0 + 10 + i * 9, ln, F, fit_size(ln, F, 8, X[1] - X[0] - 5, 6))
            y = max(y, y0 + 9 * len(lines) + 4) + 3
            p.hline(L, R, y, 0.3)
        for i, x in enumerate(X):
            if i in (0, 1, 2, 3, 7, 11, 12, 13):
                p.vline(x, top + (0 if i in (0, 1, 3, 11, 13) else 14 if i in (7,) else 0), y, 0.5)
            else:
                p.vline(x, top + 27, y, 0.3)
        p.vline(X[5], top + 14, top + 27, 0.3)
        p.vline(X[9], top + 14, top + 27, 0.3)
        y += 18
        if not supp:
            p.text(L + 4, y, f"Grand Total: {tot_sec} / {tot_max}", FB, 10)
            pct = 100.0 * tot_sec / tot_max if tot_max else 0
            res = "FAIL" if any_fail else ("DISTINCTION" if pct >= 75 else "FIRST CLASS" if pct >= 60 else
                                           "SECOND CLASS" if pct >= 50 else "PASS")
        else:
            res = "PASS"
        p.text(L + 240, y, f"Result: {res}", FB, 10)
        y += 40
        p.text(L + 4, y, f"Date: {exam_date.day:02d}-{exam_date.month:02d}-{exam_date.year}", F, 9.5)
        p.signature(R - 150, y - 10, 110, rng)
        p.text(R - 95, y + 4, "Controller of Examinations", FB, 9.5, "center")
        round_stamp(p, R - 220, y - 10, 26, 0.45)
        p.text(L + 4, H - 40, "The marks are subject to revaluation. Errors and omissions excepted.", F, 6.5)
        return res

    sup_row = None
    for yi, (yr, terms) in enumerate(sorted(years.items())):
        ey = terms[-1].start_year + 1
        exam = dt.date(ey, 8, 1)
        title = f"{course} {YEARS[yr - 1]} Year Examination, {MON[exam.month - 1]} {exam.year}"
        rows = []
        failed_done = False
        for subj, papers in rows_for_year(s, yr, terms):
            prs = []
            for paper, r, kind in papers:
                sc = r.score
                if kind == "theory":
                    ia_m, ue_m = 20, 80
                else:
                    ia_m, ue_m = 10, 40
                ia = max(ia_m // 2, min(ia_m, int(round(sc * ia_m / 100.0)) + 2))
                ue = max(int(ue_m * 0.45), min(ue_m - 4, int(round(sc * ue_m / 100.0))))
                mark_ue, res = str(ue), "P"
                key = f"{yr}:{r.spec.code}"
                if kind == "theory" and k(s, "grace" + key) % 11 == 0 and not failed_done:
                    ue = int(ue_m * 0.4)
                    mark_ue = f"{ue}*"
                if kind == "theory" and fail_year == yr and not failed_done and k(s, "fs" + key) % 2 == 0 \
                        and not sup_row:
                    failed_done = True
                    if k(s, "ab") % 3 == 0:
                        ue, mark_ue = "AB", "AB"
                    else:
                        ue = int(ue_m * 0.3) + k(s, "fm") % 5
                        mark_ue = str(ue)
                    res = "F"
                    sup_row = (subj, paper, r, kind, ia_m, ue_m, ia)
                prs.append((paper, r, kind, (ia_m, ue_m, ia, ue, mark_ue, res)))
            rows.append((subj, prs))
        if yr == 1 and cur.id != "in_dmlt":
            like = terms[0].results[0]
            lg = fake_result(like, "", "Kannada", 0, "other")
            rows.append(("Kannada (Language, not counted)", [("I", lg, "lang", (20, 80, 14 + k(s, "kn") % 5,
                                                                                  44 + k(s, "kn2") % 20))]))
        if yi == nyears - 1:
            ints = [r for t in s.terms for r in t.results if r.spec.areas]
            if ints:
                rows.append(("Internship", [("--", ints[0], "intern", None)]))
                for r in ints[1:]:   # one printed row stands for the whole internship
                    pass
        date = dt.date(ey, 9, 20) + dt.timedelta(days=k(s, f"d{yr}") % 12)
        page(title, date, rows, f"{YEARS[yr - 1]} Year")
        if sup_row and yr == 1:
            subj, paper, r, kind, ia_m, ue_m, ia = sup_row
            ue = int(ue_m * 0.4) + 3 + k(s, "su") % 10
            sd = dt.date(ey + 1, 2, 1)
            page(f"{course} {YEARS[yr - 1]} Year Supplementary Examination, February {sd.year}",
                 dt.date(sd.year, 3, 18), [(subj, [(paper, r, kind, (ia_m, ue_m, ia, ue, str(ue), "P"))])],
                 f"{YEARS[yr - 1]} Year (Supplementary)", supp=True)
    # the internship row's truth: areas stay with the curriculum's internship courses
    return LayoutResult("transcript", "ao_in_marks", FAMILY, pages, names, out, "marks", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ao_in_marks": (in20_transcript, FAMILY, ("IN",))}
