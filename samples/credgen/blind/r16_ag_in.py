"""Writer AG, round 16: India (IN), a variant for the existing IN pack (B.Sc. Medical Laboratory
Technology, B.Sc. Microbiology, the two-year DMLT). A state university's "CONSOLIDATED STATEMENT OF
MARKS" for the annual scheme: A4 portrait on security paper (a light guilloche drawn as a picture),
the university's name in capitals with "(Established by the State Act ...)" beneath, "Register No.:
14BMT0123", "Name of the Candidate", "Month & Year of Passing: APRIL 2017", a photo box. ONE table for
all the years: Year ("I", "II", "III" on the first row of each year only) | Part ("Part I Language",
"Part II English", "Part III Main & Allied") | Subject (capitals: "MEDICAL BIOCHEMISTRY - I",
"PRACTICAL - II: ...") | Max. Marks (100 theory; 50 or 100 practical) | Min. Marks (40 for theory,
50% of the maximum for practicals) | Marks Secured, under one spanning header, In Figures ("072") and In
Words ("SEVEN TWO", digit by digit) | Month & Year of Passing ("APR 2015"; a subject cleared at the
supplementary examination shows the later "NOV 2015") | Result ("P"; a consolidated sheet never prints
RA). Under the table: "Total Marks: 1842 / 2600", "Percentage: 70.85", "Classification: FIRST CLASS",
the result of each Part, the Controller of Examinations' printed signature, "Date of Publication:
12.06.2017" and the hologram note. The language papers (Part I) and the general English papers (Part
II) of years I and II are printed rows the pack's curricula do not list: they are in the truth like
any other row (category other).

Truth: credit_system "marks", as the core `in_marks_annual` and round 6's statement of marks: no
credits are printed, so credits null and semester_hours null (criteria.md: marks without credits give
no semester hours; the coursework goes to review); grade = the marks in figures as printed ("072"),
with `max_marks`, `min_marks`, `marks_obtained` (int), `marks_words`, `part`, `passing` (month and
year) and `result`. code null (no subject code printed); term = "Year I" ...
"""

import datetime as dt
import re

from ..layouts_transcript import LayoutResult, ROMAN
from ..model import marks_obtained
from ..names import name_form
from ..pagekit import A4, Page, fit_size, wrap
from .r3_f_common import hologram
from .r6_l_common import fake_result
from .r6_m_common import photo_box
from .r16_ag_common import FAMILY, course_truth, guilloche_picture, k

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DIGITS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
LANG = {"Maharashtra": "MARATHI", "Tamil Nadu": "TAMIL", "Kerala": "MALAYALAM", "Karnataka": "KANNADA"}
PROG = {"in_bsc_mlt": ("B.Sc. MEDICAL LABORATORY TECHNOLOGY", "BMT"),
        "in_bsc_micro": ("B.Sc. MICROBIOLOGY", "BMB"),
        "in_dmlt": ("DIPLOMA IN MEDICAL LABORATORY TECHNOLOGY", "DML")}
ACT = {"Maharashtra": "Maharashtra Act No. XXIII of 1994", "Tamil Nadu": "Tamil Nadu Act No. 31 of 1985",
       "Kerala": "Kerala Act No. 14 of 1991"}


def words(n):
    return " ".join(DIGITS[int(c)] for c in str(n))


def caps_title(t):
    m = re.match(r"^(.*) Practical ([IVX]+)$", t)
    if m:
        return f"PRACTICAL - {m.group(2)}: {m.group(1).upper()}"
    m = re.match(r"^Practical ([IVX]+): (.*)$", t)
    if m:
        return f"PRACTICAL - {m.group(1)}: {m.group(2).upper()}"
    m = re.match(r"^(.*) Practical$", t)
    if m:
        return f"PRACTICAL: {m.group(1).upper()}"
    t = re.sub(r" ([IVX]+):", r" - \1:", t)
    t = re.sub(r" ([IVX]+)$", r" - \1", t)
    return t.upper()


def is_practical(r):
    t = r.spec.title
    return r.spec.practical or "Internship" in t or "Training" in t


def in_rows(s):
    """[(year, [(part, r, title, max, min, obtained, passing)])]."""
    lang = LANG.get(s.institution.region, "HINDI")
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    sup = None
    if k(s, "sup") % 3 == 0:
        theory = [(t.year, r.spec.code) for t in s.terms for r in t.results if not is_practical(r)]
        sup = theory[k(s, "supw") % len(theory)]
    out = []
    for yr, terms in sorted(years.items()):
        ey = terms[-1].start_year + 1
        rows = []
        like = terms[0].results[0]
        if yr <= 2 and len(years) >= 2:
            lg = fake_result(like, f"LANG{yr}", f"{lang} - {ROMAN[yr - 1]}", 0, "other")
            rows.append(("Part I Language", lg, lg.spec.title, 100, 40, 52 + k(s, f"lang{yr}") % 30, f"APR {ey}"))
            en = fake_result(like, f"ENG{yr}", f"GENERAL ENGLISH - {ROMAN[yr - 1]}", 0, "other")
            rows.append(("Part II English", en, en.spec.title, 100, 40, 50 + k(s, f"eng{yr}") % 32, f"APR {ey}"))
        for t in terms:
            for r in t.results:
                part = "Part II English" if "English" in r.spec.title else "Part III Main & Allied"
                title = caps_title(r.spec.title)
                if is_practical(r):
                    mx = 100 if (r.spec.credits >= 4 or "Internship" in r.spec.title or "Training" in r.spec.title) \
                        else 50
                    mn = mx // 2
                else:
                    mx, mn = 100, 40
                ob = int(round(r.score * mx / 100.0)) if mx != r.max_marks else marks_obtained(r)
                if ob < mn:
                    ob = mn + k(s, f"bump{r.spec.code}") % 8
                passing = f"APR {ey}"
                if sup == (yr, r.spec.code):
                    passing = f"NOV {ey}"
                    ob = max(mn, min(ob, 40 + k(s, "supm") % 12))
                rows.append((part, r, title, mx, mn, ob, passing))
        out.append((yr, rows))
    return out, sup


def classification(pct, sup):
    if pct >= 75 and not sup:
        return "FIRST CLASS WITH DISTINCTION"
    return "FIRST CLASS" if pct >= 60 else "SECOND CLASS" if pct >= 50 else "THIRD CLASS"


def result_summary(s):
    rows, sup = in_rows(s)
    ob = sum(x[5] for _, rr in rows for x in rr)
    mx = sum(x[3] for _, rr in rows for x in rr)
    pct = round(100.0 * ob / mx + 1e-9, 2)
    return ob, mx, pct, classification(pct, sup), rows, sup


def reg_no(s):
    return f"{s.terms[0].start_year % 100:02d}{PROG.get(s.curriculum.id, ('', 'BSC'))[1]}{k(s, 'reg') % 9000 + 100:04d}"


def in_consolidated(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 34, W - 34
    X = [L, L + 24, L + 96, L + 270, L + 302, L + 334, L + 372, L + 456, L + 504, R]
    name = name_form(person, "surname_first_nocomma")
    ob, mx, pct, cls, rows, sup = result_summary(s)
    prog = PROG.get(cur.id, (cur.title.upper(), "BSC"))[0]
    last = rows[-1][1][-1][6]
    passing_long = {"APR": "APRIL", "NOV": "NOVEMBER"}[last[:3]] + last[3:]
    p = Page(A4)
    guilloche_picture(p, k(s, "gui"))
    p.rect(18, 18, W - 36, H - 36, 1.2, 0.3)
    p.text(L + 2, 36, f"Sl. No.: {k(s, 'sl') % 900000 + 100000}", "Courier-Bold", 8.5, gray=0.3)
    p.logo(W / 2, 52, 15, 0, 0.3)
    p.text(W / 2, 84, inst.name.upper(), FB, 14.5, "center")
    p.text(W / 2, 96, f"(Established by the State Act: {ACT.get(inst.region, 'State Act No. 7 of 1982')})", F, 8,
           "center")
    p.text(W / 2, 108, f"{inst.city.upper()} - {inst.region.upper()}", F, 8.5, "center")
    p.text(W / 2, 128, "CONSOLIDATED STATEMENT OF MARKS", FB, 12.5, "center")
    p.text(W / 2, 142, prog, FB, 10, "center")
    photo_box(p, R - 58, 118, 52, 62)
    y = 166
    for a, b in ((f"Name of the Candidate: {name}", f"Register No.: {reg_no(s)}"),
                 (f"Month & Year of Passing: {passing_long}", "Medium of Instruction: ENGLISH")):
        p.pieces(y, [(L + 2, a, "left"), (L + 300, b, "left")], F, 9)
        y += 13
    y += 6
    top = y
    p.hline(L, R, top, 0.9)
    c = lambda i: (X[i] + X[i + 1]) / 2  # noqa: E731
    hs = 7
    p.pieces(y + 11, [(c(0), "Year", "center"), (c(1), "Part", "center"), (c(2), "Subject", "center"),
                      (c(3), "Max.", "center"), (c(4), "Min.", "center"), ((X[5] + X[7]) / 2, "Marks Secured", "center"),
                      (c(7), "Month & Year", "center"), (c(8), "Result", "center")], FB, hs)
    p.hline(X[5], X[7], y + 15, 0.4)
    p.pieces(y + 24, [(c(3), "Marks", "center"), (c(4), "Marks", "center"), (c(5), "In Figures", "center"),
                      (c(6), "In Words", "center"), (c(7), "of Passing", "center")], FB, hs)
    y += 30
    p.hline(L, R, y, 0.9)
    y += 10
    out = []
    fz = 7
    for yr, rr in rows:
        first = True
        for part, r, title, m, mn, o, passing in rr:
            lines = wrap(title, F, fz, X[3] - X[2] - 5)
            fig = f"{o:03d}"
            wd = words(o)
            p.pieces(y, [(c(0), ROMAN[yr - 1] if first else "", "center"),
                         (X[1] + 2, part, "left", F, fit_size(part, F, 6.4, X[2] - X[1] - 4, 5)),
                         (X[2] + 3, lines[0], "left"), (c(3), str(m), "center"), (c(4), str(mn), "center"),
                         (c(5), fig, "center"), (X[6] + 3, wd, "left", F, fit_size(wd, F, 6.4, X[7] - X[6] - 5, 5)),
                         (c(7), passing, "center"), (c(8), "P", "center")], F, fz)
            for ln in lines[1:]:
                y += 8.5
                p.text(X[2] + 8, y, ln, F, fz)
            y += 11
            first = False
            out.append(course_truth(r, f"Year {ROMAN[yr - 1]}", None, fig, "marks", title=title, code=None,
                                    max_marks=m, min_marks=mn, marks_obtained=o, marks_words=wd, part=part,
                                    passing=passing, result="P"))
        p.hline(L, R, y - 7, 0.3)
    bottom = y - 7
    for i, x in enumerate(X):
        p.vline(x, top + (15 if i == 6 else 0), bottom, 0.4)
    y += 8
    p3 = [x for _, rr in rows for x in rr if x[0].startswith("Part III")]
    pct3 = 100.0 * sum(x[5] for x in p3) / sum(x[3] for x in p3)
    cls3 = classification(round(pct3, 2), sup).title().replace("With", "with")
    p.pieces(y, [(L + 2, f"Total Marks: {ob} / {mx}", "left"), (L + 170, f"Percentage: {pct:.2f}", "left"),
                 (L + 300, f"Classification: {cls}", "left")], FB, 9)
    y += 14
    parts = "Part I: Passed Part II: Passed" if any(x[0].startswith("Part I ") for _, rr in rows for x in rr) else \
        "Part II: Passed"
    p.spaced(L + 2, y, parts.replace(" Part", "|Part").split("|") + [f"Part III: {cls3}"], F, 9, 20)
    y += 14
    if sup:
        p.text(L + 2, y, "Subjects passed at a supplementary examination show the month and year of that examination.",
               F, 7.5)
        y += 10
    pub = dt.date(s.conferred.year, 5, 25) + dt.timedelta(days=k(s, "pub") % 10)
    if pub >= s.conferred:
        pub = s.conferred - dt.timedelta(days=3)
    y = max(y + 20, H - 130)
    p.text(L + 2, y, f"Date of Publication: {pub.day:02d}.{pub.month:02d}.{pub.year}", F, 9)
    p.text(L + 2, y + 13, f"Place: {inst.city}", F, 9)
    p.signature(R - 150, y + 14, 100, rng)
    p.text(R - 100, y + 26, "Controller of Examinations", FB, 9, "center")
    hologram(p, W / 2 - 20, y - 10, 40)
    p.text(W / 2, H - 44, "This statement is valid only if it bears the University's hologram.", F, 7.5, "center")
    p.text(W / 2, H - 34, "Max. - Maximum; Min. - Minimum marks for a pass; P - Passed.", F, 7, "center")
    return LayoutResult("transcript", "ag_in_consolidated", FAMILY, [p], [name], out, "marks",
                        {"prints_totals": True, "aggregate": [ob, mx], "percentage": pct, "classification": cls})


TRANSCRIPT_LAYOUTS = {"ag_in_consolidated": (in_consolidated, FAMILY, ("IN",))}
