"""Writer M, round 6: India, a variant for the existing IN pack. An affiliating state
university's "STATEMENT OF MARKS" for the annual scheme ("B.Sc. MLT Part I Examination, 2016"),
ONE PAGE PER YEAR of study, no credits at all: `Sl. | Subject Code | Subject | Theory (Max / Min /
Obt.) | Practical (Max / Min / Obt.) | Total Obt. | Result` under a two-line group header
(Theory and Practical each spanning Max, Min, Obt.); a theory paper leaves the practical cells
"--" and a practical paper the theory cells; per year "Grand Total 845 / 1100", the total in
words "(Eight Hundred Forty Five Only)" and "Result: PASSED IN FIRST DIVISION"; one subject may
be "ABS" (absent) at the annual examination and passed at the "Supplementary Examination,
September 2017" printed below the table (both rows are printed, so both are in the truth: the
absent one with grade "ABS"); the last page adds the aggregate of all parts in figures and words.
Serial number, photo, university seal, Controller of Examinations. Credit system `marks` (as the
core `in_marks_annual`: credits null, SH null, grade = marks obtained, max/min/obtained extra)."""

from .. import dates as D
from ..layouts_transcript import LayoutResult, ROMAN, course_truth
from ..model import marks_obtained
from ..names import MIDDLE, name_form
from ..pagekit import A4, Page, wrap
from .r6_m_common import FAMILY, k, photo_box, words_in

SHORT = {"in_bsc_mlt": "B.Sc. MLT", "in_bsc_micro": "B.Sc. (Microbiology)", "in_dmlt": "D.M.L.T."}
FULL = {"in_bsc_mlt": "Bachelor of Science (Medical Laboratory Technology)",
        "in_bsc_micro": "Bachelor of Science (Microbiology)",
        "in_dmlt": "Diploma in Medical Laboratory Technology"}


def years_of(s):
    out = {}
    for t in s.terms:
        out.setdefault(t.year, []).append(t)
    return sorted(out.items())


def min_of(mx):
    return int(mx * 0.4)


def aggregate(s):
    mx = sum(r.max_marks for t in s.terms for r in t.results)
    ob = sum(marks_obtained(r) for t in s.terms for r in t.results)
    return ob, mx


def division_words(ob, mx):
    pct = 100.0 * ob / mx
    return "FIRST" if pct >= 60 else "SECOND" if pct >= 45 else "THIRD"


def absent_paper(s):
    """(year, code) of the theory paper the candidate missed, or None (stable per candidate)."""
    if k(s, "in-abs") % 10 < 3:
        return None
    theory = [(t.year, r.code) for t in s.terms for r in t.results if not r.spec.practical
              and "Internship" not in r.spec.title and "Training" not in r.spec.title]
    return theory[k(s, "in-abs-which") % len(theory)]


def in_statement_of_marks(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 36, A4[0] - 36
    name = name_form(person, "surname_first_nocomma")
    father = MIDDLE["IN"][k(s, "father") % len(MIDDLE["IN"])] if not person.middle else person.middle
    father = f"{father} {person.surname}".upper()
    short = SHORT.get(cur.id, cur.title)
    # Sl | Code | Subject | Th Max Min Obt | Pr Max Min Obt | Total | Result
    xs = [L, L + 22, L + 80, L + 250, L + 282, L + 314, L + 346, L + 378, L + 410, L + 442, L + 482, R]
    absent = absent_paper(s)
    roll = f"{s.student_no[-6:]}"
    pages, out = [], []
    agg_ob = agg_mx = 0
    years = years_of(s)
    for yr, terms in years:
        exam_year = terms[-1].start_year + 1
        label = f"{short} Part {ROMAN[yr - 1]} Examination, {exam_year}"
        p = Page(A4)
        pages.append(p)
        p.rect(20, 20, p.w - 40, p.h - 40, 1.6, 0.25)
        p.rect(25, 25, p.w - 50, p.h - 50, 0.5, 0.25)
        p.text(L + 4, 42, f"Sl. No. {k(s, 'serial') % 900000 + 100000 + yr}", "Courier-Bold", 9, gray=0.35)
        p.logo(p.w / 2, 58, 17, 0)
        y = 92
        p.text(p.w / 2, y, inst.name.upper(), FB, 15, "center"); y += 13
        p.text(p.w / 2, y, f"{inst.street}, {inst.city} ({inst.region})", F, 8.5, "center"); y += 20
        p.text(p.w / 2, y, "STATEMENT OF MARKS", FB, 13.5, "center")
        p.hline(p.w / 2 - 74, p.w / 2 + 74, y + 3, 0.7); y += 16
        p.text(p.w / 2, y, label, FB, 10.5, "center"); y += 20
        photo_box(p, R - 62, 34, 56, 68)
        rows = [(f"Name of the Candidate: {name}", f"Roll No.: {roll}"),
                (f"Father's / Husband's Name: {father}", f"Enrolment No.: {s.student_no}"),
                (f"College / Centre: {inst.name}", "Status: Regular")]
        for a, b in rows:
            p.pieces(y, [(L + 4, a, "left"), (L + 372, b, "left")], F, 9)
            y += 13
        y += 4
        top = y
        p.hline(L, R, top, 0.9)
        y += 11
        mid_t, mid_p = (xs[3] + xs[6]) / 2, (xs[6] + xs[9]) / 2
        c = lambda i: (xs[i] + xs[i + 1]) / 2  # noqa: E731
        p.pieces(y + 5, [(c(0), "Sl.", "center"), (c(1), "Subject", "center"), (xs[2] + 4, "Subject", "left"),
                         (mid_t, "Theory", "center"), (mid_p, "Practical", "center"), (c(9), "Total", "center"),
                         (c(10), "Result", "center")], FB, 8.5)
        p.hline(xs[3], xs[9], y + 9, 0.5)
        y += 20
        p.pieces(y, [(c(1), "Code", "center"), (c(3), "Max", "center"), (c(4), "Min", "center"),
                     (c(5), "Obt.", "center"), (c(6), "Max", "center"), (c(7), "Min", "center"),
                     (c(8), "Obt.", "center"), (c(9), "Obt.", "center")], FB, 8)
        y += 5
        p.hline(L, R, y, 0.9)
        y += 12
        ob = mx = 0
        sup = None
        sn = 0
        for t in terms:
            for r in t.results:
                sn += 1
                m, mn, mo = r.max_marks, min_of(r.max_marks), marks_obtained(r)
                is_abs = absent == (yr, r.code)
                got = "ABS" if is_abs else str(mo)
                th = ["--", "--", "--"] if r.spec.practical else [str(m), str(mn), got]
                pr = [str(m), str(mn), got] if r.spec.practical else ["--", "--", "--"]
                lines = wrap(r.spec.title, F, 8.5, xs[3] - xs[2] - 6)
                p.pieces(y, [(c(0), str(sn), "center"), (xs[1] + 3, r.code, "left"), (xs[2] + 4, lines[0], "left")]
                         + [(c(3 + i), v, "center") for i, v in enumerate(th + pr)]
                         + [(c(9), got, "center"), (c(10), "Fail" if is_abs else "Pass", "center")], F, 8.5)
                for ln in lines[1:]:
                    y += 10
                    p.text(xs[2] + 10, y, ln, F, 8.5)
                y += 13
                mx += m
                if is_abs:
                    out.append(course_truth(r, label, None, "ABS", "marks", max_marks=m, marks_obtained=None,
                                            min_marks=mn, result="Fail"))
                    sup = (r, m, mn, mo)
                else:
                    ob += mo
                    out.append(course_truth(r, label, None, str(mo), "marks", max_marks=m, marks_obtained=mo,
                                            min_marks=mn, result="Pass"))
        bottom = y - 8
        p.hline(L, R, bottom, 0.9)
        for i, x in enumerate(xs):
            p.vline(x, top + (20 if i in (4, 5, 7, 8) else 0), bottom, 0.5)
        y += 6
        if sup:
            r, m, mn, mo = sup
            slabel = f"Supplementary Examination, September {exam_year}"
            p.text(L + 4, y, slabel, FB, 9); y += 13
            th = ["--", "--", "--"] if r.spec.practical else [str(m), str(mn), str(mo)]
            pr = [str(m), str(mn), str(mo)] if r.spec.practical else ["--", "--", "--"]
            lines = wrap(r.spec.title, F, 8.5, xs[3] - xs[2] - 6)
            p.pieces(y, [(c(0), "1", "center"), (xs[1] + 3, r.code, "left"), (xs[2] + 4, lines[0], "left")]
                     + [(c(3 + i), v, "center") for i, v in enumerate(th + pr)]
                     + [(c(9), str(mo), "center"), (c(10), "Pass*", "center")], F, 8.5)
            for ln in lines[1:]:
                y += 10
                p.text(xs[2] + 10, y, ln, F, 8.5)
            y += 8
            p.hline(L, R, y, 0.5)
            y += 14
            ob += mo
            out.append(course_truth(r, slabel, None, str(mo), "marks", max_marks=m, marks_obtained=mo,
                                    min_marks=mn, result="Pass*"))
        agg_ob += ob
        agg_mx += mx
        div = division_words(ob, mx)
        p.pieces(y, [(xs[2] + 4, "Grand Total", "left"), (c(9), f"{ob} / {mx}", "center")], FB, 10); y += 14
        p.text(L + 4, y, f"Marks in words: {words_in(ob)} Only", "Times-Italic", 9.5); y += 14
        res = f"Result: PASSED IN {div} DIVISION" + (" (at the Supplementary Examination)" if sup else "")
        p.text(L + 4, y, res, FB, 10); y += 16
        if yr == years[-1][0]:
            parts = ", ".join(ROMAN[i] for i in range(len(years) - 1)) + f" and {ROMAN[len(years) - 1]}"
            p.text(L + 4, y, f"Aggregate of Part {parts}: {agg_ob} / {agg_mx} "
                   f"({100.0 * agg_ob / agg_mx:.2f}%)", FB, 10); y += 14
            p.text(L + 4, y, f"Aggregate in words: {words_in(agg_ob)} Only", "Times-Italic", 9.5); y += 14
            p.text(L + 4, y, f"Final Result: PASSED IN {division_words(agg_ob, agg_mx)} DIVISION", FB, 10); y += 16
        y += 4
        p.text(L + 4, y, "ABS - Absent; * Passed at the Supplementary Examination; -- Not applicable. Minimum pass marks "
               "40% in each head of passing.", F, 7.5); y += 10
        p.text(L + 4, y, "First Division: 60% and above; Second Division: 45% and above; Third Division: 40% and above "
               "of the aggregate.", F, 7.5)
        yb = p.h - 58
        decl = terms[-1].start_year + 1
        p.text(L + 4, yb - 14, f"Date of Declaration of Result: {D.dmy_dot(D.parse_iso(f'{decl}-07-{10 + yr:02d}'))}",
               F, 9)
        p.pieces(yb, [(L + 4, f"Place: {inst.city}", "left"), (R - 90, "Controller of Examinations", "center", FB, 9.5)],
                 F, 9)
        p.pieces(yb + 14, [(L + 4, "Prepared by", "left"), (L + 110, "Checked by", "left")], F, 8)
        p.seal(p.w / 2 + 40, yb - 20, 27, 0.5)
        p.signature(R - 150, yb - 12, 100, rng)
    return LayoutResult("transcript", "in_statement_of_marks", FAMILY, pages, [name], out, "marks",
                        {"prints_totals": True, "father": father, "aggregate": [agg_ob, agg_mx]})


TRANSCRIPT_LAYOUTS = {"in_statement_of_marks": (in_statement_of_marks, FAMILY, ("IN",))}
