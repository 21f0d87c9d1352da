"""Writer AP, round 20: Ghana (GH), a university's "STATEMENT OF RESULTS" with marks and weighted
averages.

Round 1's Ghanaian pack (schools, curricula, names) is reused as it stands. The design: A4 portrait,
"OFFICE OF THE REGISTRAR - ACADEMIC AFFAIRS", "STATEMENT OF RESULTS"; Name, Index No. (7 digits),
Student ID, Programme ("BSc. Medical Laboratory Science"), College, Year of Admission. One table per
semester headed "YEAR 1 SEMESTER 1 (2013/2014)": COURSE CODE | COURSE NAME | CREDIT | MARK | GRADE
(A >= 70, B 60-69, C 50-59, D 40-49, F < 40). Each semester ends with two rows of three figures:
"Credits Registered / Credits Passed / Semester Weighted Average" and "Cumulative Credits / Cumulative
Credits Passed / Cumulative Weighted Average" (credit-weighted means of all marks registered, an F
included). A failed course is registered again a year later with "(R)" after its code. At the end the
class, the congregation date, the grading key and the Deputy Registrar's signature; every page carries
the university's name as a pale diagonal watermark (text) across the table.

Truth: one course per row (code as printed, "(R)" included on a retake; credits in semester hours,
credit_system "semester"; grade the letter; mark kept as `mark`; the failed attempt passed False).
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Flow, Page, fit_size
from .r20_ap_common import (FAMILY, EN_MONTHS, by_year, course_truth, diagonal_watermark, en_ord, k, pct,
                            sign_block)

PROG = {"gh_bsc_mls": "BSc. Medical Laboratory Science", "gh_bsc_biochem": "BSc. Biochemistry",
        "gh_bsc_nursing": "BSc. Nursing"}
COLLEGE = {"gh_bsc_biochem": "College of Science"}


def letter(m):
    return "A" if m >= 70 else "B" if m >= 60 else "C" if m >= 50 else "D" if m >= 40 else "F"


def klass(cwa):
    if cwa >= 70:
        return "FIRST CLASS"
    if cwa >= 60:
        return "SECOND CLASS (UPPER DIVISION)"
    if cwa >= 50:
        return "SECOND CLASS (LOWER DIVISION)"
    if cwa >= 45:
        return "THIRD CLASS"
    return "PASS"


def semesters(s):
    """[(year, sem, start_year, [(r, code, mark)])]: a failed course's repeat goes to the same semester of
    the next year with "(R)" after its code."""
    sems = []
    for t in s.terms:
        sem = 1 if t.key == "S1" else 2
        rows = []
        for j, r in enumerate(t.results):
            rows.append([r, r.code, pct(s, r, f"m{t.year}{sem}.{j}", 41, 94)])
        sems.append([t.year, sem, t.start_year, rows])
    fail = k(s, "fail") % 3 == 0
    if fail:
        cand = [(i, j) for i, sm in enumerate(sems) if sm[0] <= 2 and i + 2 < len(sems)
                for j, row in enumerate(sm[3]) if row[0].spec.category != "other"]
        if cand:
            i, j = cand[k(s, "which") % len(cand)]
            row = sems[i][3][j]
            pass_mark = max(50, min(68, row[2] - 6))
            row[2] = 31 + k(s, "fm") % 8
            sems[i + 2][3].append([row[0], f"{row[0].code} (R)", pass_mark])
    return sems


def gh_statement(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 50, W - 50
    X = [L, L + 82, L + 326, L + 376, L + 430, R]
    name = " ".join(x for x in (person.given, person.middle, person.surname.upper()) if x)
    index_no = f"{(k(s, 'idx') % 9000000) + 1000000}"

    def new_page(n):
        p = Page(A4)
        diagonal_watermark(p, inst.name.upper(), SB, fit_size(inst.name.upper(), SB, 34, 640), 0.88, 38)
        p.logo(L + 24, 58, 20, 2)
        p.text(W / 2, 50, inst.name.upper(), SB, 14, "center")
        p.text(W / 2, 64, f"{inst.street}, {inst.city}, Ghana", S, 8.5, "center")
        p.text(W / 2, 80, "OFFICE OF THE REGISTRAR - ACADEMIC AFFAIRS", SB, 9.5, "center")
        p.text(W / 2, 102, "STATEMENT OF RESULTS", SB, 13, "center")
        p.hline(L, R, 110, 1.0)
        p.text(R, H - 26, f"Page {n}", S, 7.5, "right")
        if n > 1:
            p.pieces(126, [(L, f"Name: {name}", "left"), (R, f"Student ID: {s.student_no}", "right")], S, 8.5)
            return p, 140
        rows = [("Name", name, "Index No.", index_no), ("Programme", PROG.get(cur.id, cur.title), "Student ID", s.student_no),
                ("College", COLLEGE.get(cur.id, "College of Health Sciences"), "Year of Admission",
                 str(s.admitted.year))]
        y = 128
        for a, b, c, d in rows:
            p.pieces(y, [(L, a, "left", SB, 9), (L + 68, f": {b}", "left"), (L + 300, c, "left", SB, 9),
                         (L + 390, f": {d}", "left")], S, 9)
            y += 14
        return p, y + 6

    f = Flow(new_page, 60)
    out = []
    cum_reg = cum_pass = 0
    cum_wm = 0.0
    for yr, sem, sy, rows in semesters(s):
        f.need(14 + 15 + 14 * len(rows) + 30)
        p = f.page
        p.text(L, f.y + 8, f"YEAR {yr} SEMESTER {sem} ({sy}/{sy + 1})", SB, 9.5)
        f.y += 14
        top = f.y
        p.rect(L, f.y, R - L, 15, 0.6, 0, fill=0.9)
        p.pieces(f.y + 10.5, [(X[0] + 4, "COURSE CODE", "left"), (X[1] + 4, "COURSE NAME", "left"),
                              ((X[2] + X[3]) / 2, "CREDIT", "center"), ((X[3] + X[4]) / 2, "MARK", "center"),
                              ((X[4] + X[5]) / 2, "GRADE", "center")], SB, 8)
        f.y += 15
        reg = psd = 0
        wm = 0.0
        label = f"YEAR {yr} SEMESTER {sem} ({sy}/{sy + 1})"
        for r, code, m in rows:
            cr = int(r.spec.credits)
            g = letter(m)
            t = r.spec.title
            f.page.pieces(f.y + 10, [(X[0] + 4, code, "left"), (X[1] + 4, t, "left", S, fit_size(t, S, 8.5, X[2] - X[1] - 8)),
                                     ((X[2] + X[3]) / 2, str(cr), "center"), ((X[3] + X[4]) / 2, str(m), "center"),
                                     ((X[4] + X[5]) / 2, g, "center")], S, 8.5)
            f.y += 14
            reg += cr
            wm += cr * m
            extra = {"mark": m}
            if g == "F":
                extra["passed"] = False
            else:
                psd += cr
            out.append(course_truth(r, label, cr, g, "semester", code=code, **extra))
        for x in X[1:-1]:
            f.page.vline(x, top, f.y, 0.4)
        f.page.rect(L, top, R - L, f.y - top, 0.6)
        cum_reg += reg
        cum_pass += psd
        cum_wm += wm
        swa, cwa = wm / reg, cum_wm / cum_reg
        f.y += 13
        f.page.pieces(f.y, [(L, f"Credits Registered {reg}", "left"), (L + 170, f"Credits Passed {psd}", "left"),
                            (L + 320, f"Semester Weighted Average {swa:.2f}", "left")], SB, 8)
        f.y += 12
        f.page.pieces(f.y, [(L, f"Cumulative Credits {cum_reg}", "left"),
                            (L + 170, f"Cumulative Credits Passed {cum_pass}", "left"),
                            (L + 320, f"Cumulative Weighted Average {cwa:.2f}", "left")], SB, 8)
        f.y += 16
    f.need(150)
    p = f.page
    y = f.y + 8
    d = s.conferred
    p.text(L, y, f"CLASS: {klass(cum_wm / cum_reg)}", SB, 10)
    p.text(L, y + 15, f"CONGREGATION: {en_ord(d.day).upper()} {EN_MONTHS[d.month - 1].upper()}, {d.year}", SB, 10)
    y += 34
    p.text(L, y, "GRADING SYSTEM", SB, 8)
    for i, ln in enumerate(["A 70 - 100 Excellent", "B 60 - 69 Very Good", "C 50 - 59 Good", "D 40 - 49 Pass",
                            "F 0 - 39 Fail"]):
        p.text(L, y + 11 + i * 10, ln, S, 7.5)
    p.text(L, y + 66, "(R) Course repeated. Weighted averages include every course registered.", S, 7.5)
    sign_block(p, rng, R - 95, y + 50, "Deputy Registrar (Academic Affairs)", S, 8.5, 180)
    p.text(R - 95, y + 74, f"Date: {s.conferred.day + 2 if s.conferred.day < 27 else 2:02d}/"
           f"{s.conferred.month:02d}/{s.conferred.year}", S, 8, "center")
    return LayoutResult("transcript", "ap_gh_statement", FAMILY, f.pages, [name], out, "semester",
                        {"prints_totals": True, "class": klass(cum_wm / cum_reg)})


TRANSCRIPT_LAYOUTS = {"ap_gh_statement": (gh_statement, FAMILY, ("GH",))}
