"""Writer H, round 4: India, a variant for the existing IN pack. An Indian state university's
"CONSOLIDATED MARKS MEMORANDUM" (CBCS) on one table for all semesters: `Sem | Paper Code | Title
of the Paper | Max Marks | Marks Secured (Internal / External / Total under a two-line group
header) | Credits | Grade | Grade Points`, the semester (I..VI) as a column, practical papers
printed "Practical - II: Biochemistry and Haematology Lab", grand total of marks, a small SGPA
table at the foot, "CGPA", "Division: First Class with Distinction", a photo, a hologram and a
serial number (printed in a lighter ink: the generator draws in grey only). Credits = 1 SH as
the existing Indian CBCS designs (`semester`)."""

from .. import dates as D
from ..model import marks_obtained
from ..layouts_transcript import LayoutResult, ROMAN
from ..names import MIDDLE
from ..pagekit import A4, Flow, Page, wrap
from .r4_h_common import FAMILY, course_truth, hologram, photo_box

SCALE = [(90, "O", 10), (80, "A+", 9), (70, "A", 8), (60, "B+", 7), (55, "B", 6), (50, "C", 5), (40, "P", 4)]
PROG = {"in_bsc_mlt": "B.Sc. Medical Laboratory Technology", "in_bsc_micro": "B.Sc. Microbiology",
        "in_dmlt": "Diploma in Medical Laboratory Technology"}


def split_marks(r, rng):
    """(max, internal max, internal, external, total) for one paper."""
    mx = r.max_marks
    imax = 20 if mx == 50 else 30
    tot = marks_obtained(r)
    internal = max(0, min(imax, round(tot * imax / mx) + rng.randint(-1, 3)))
    ext = tot - internal
    if ext > mx - imax:
        internal, ext = tot - (mx - imax), mx - imax
    return mx, imax, internal, ext, tot


def grade_of(tot, mx):
    pct = 100.0 * tot / mx
    for lo, g, gp in SCALE:
        if pct >= lo:
            return g, gp
    return "F", 0


def printed_titles(s):
    """Practical papers renamed as the memo prints them, numbered through the programme."""
    out, k = {}, 0
    for t in s.terms:
        for r in t.results:
            if r.spec.practical:
                base = r.spec.title.replace("Practical", "").strip()
                words = [w for w in base.split() if w not in ROMAN]
                out[r.spec.code] = f"Practical - {ROMAN[k]}: {' '.join(words)} Lab"
                k += 1
    return out


def division(cgpa):
    if cgpa >= 7.5:
        return "First Class with Distinction"
    if cgpa >= 6.0:
        return "First Class"
    if cgpa >= 5.0:
        return "Second Class"
    return "Pass Class"


def cgpa_of(s):
    pts = cr = 0
    for t in s.terms:
        for r in t.results:
            g, gp = grade_of(marks_obtained(r), r.max_marks)
            pts += gp * r.spec.credits
            cr += r.spec.credits
    return pts / cr


def sem_no(t):
    return t.year if t.key == "Y" else int(t.key[1:])


def in_consolidated_memo(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 30, A4[0] - 30
    name = " ".join(x for x in (person.given, person.middle, person.surname) if x).upper()
    father = person.middle or MIDDLE["IN"][len(s.student_no) % len(MIDDLE["IN"])]
    father = f"{father} {person.surname}".upper()
    titles = printed_titles(s)
    annual = s.terms[0].key == "Y"
    xs = [L, L + 26, L + 80, L + 300, L + 334, L + 366, L + 398, L + 432, L + 468, L + 498, R]
    last = s.terms[-1]
    passing = f"{'May' if last.key != 'S5' else 'December'} {last.start_year + 1}"
    serial = f"No. CMM {rng.randint(100000, 999999)}"

    def new_page(n):
        p = Page(A4)
        p.rect(18, 18, p.w - 36, p.h - 36, 1.4, 0.3)
        p.rect(22, 22, p.w - 44, p.h - 44, 0.5, 0.3)
        p.text(L + 4, 40, serial, "Courier-Bold", 10, "left", gray=0.4)
        p.logo(p.w / 2, 52, 16, 1)
        p.text(p.w / 2, 84, inst.name.upper(), FB, 15, "center")
        p.text(p.w / 2, 97, f"{inst.city}, {inst.region} (A State University established by Act of the Legislature)", F, 8.5, "center")
        p.text(p.w / 2, 118, "CONSOLIDATED MARKS MEMORANDUM", FB, 13, "center")
        p.text(p.w / 2, 131, "(Choice Based Credit System)" if not annual else "(Annual Scheme)", F, 9, "center")
        y = 150
        if n == 1:
            photo_box(p, R - 62, 28, 58, 70)
            rows = [(f"Name of the Candidate: {name}", f"Hall Ticket No.: {s.student_no}"),
                    (f"Father's Name: {father}", "Medium: English"),
                    (f"Programme: {PROG.get(cur.id, cur.title)}", f"Month & Year of Passing: {passing}"),
                    (f"College: {inst.name}", f"Regulation: R{s.admitted.year % 100:02d} (CBCS)")]
            for a, b in rows:
                p.pieces(y, [(L + 4, a, "left"), (L + 360, b, "left")], F, 9)
                y += 13
            y += 4
        else:
            p.pieces(y, [(L + 4, f"Name: {name}", "left"), (L + 360, f"Hall Ticket No.: {s.student_no}", "left")], F, 9)
            y += 16
        top = y - 10
        p.hline(L, R, top, 0.9)
        mid = (xs[4] + xs[7]) / 2
        p.pieces(y, [((xs[0] + xs[1]) / 2, "Year" if annual else "Sem", "center"), ((xs[1] + xs[2]) / 2, "Paper", "center"),
                     (xs[2] + 4, "Title of the Paper", "left"), ((xs[3] + xs[4]) / 2, "Max", "center"),
                     (mid, "Marks Secured", "center"), ((xs[7] + xs[8]) / 2, "Credits", "center"),
                     ((xs[8] + xs[9]) / 2, "Grade", "center"), ((xs[9] + xs[10]) / 2, "Grade", "center")], FB, 7.8)
        p.hline(xs[4], xs[7], y + 3, 0.5)
        y += 11
        p.pieces(y, [((xs[1] + xs[2]) / 2, "Code", "center"), ((xs[3] + xs[4]) / 2, "Marks", "center"),
                     ((xs[4] + xs[5]) / 2, "Internal", "center"), ((xs[5] + xs[6]) / 2, "External", "center"),
                     ((xs[6] + xs[7]) / 2, "Total", "center"), ((xs[9] + xs[10]) / 2, "Points", "center")], FB, 7)
        p.hline(L, R, y + 4, 0.9)
        p._in_top = top
        return p, y + 15

    def close(pg, yb):
        for i, x in enumerate(xs):
            if i in (5, 6):
                pg.vline(x, pg._in_top + 13, yb, 0.5)
            else:
                pg.vline(x, pg._in_top, yb, 0.5)
        pg.hline(L, R, yb, 0.9)

    fl = Flow(new_page, 70)
    out, sg = [], []
    gmax = gtot = 0
    for t in s.terms:
        n = sem_no(t)
        label = ROMAN[n - 1]
        cr_sum = pts = 0
        for j, r in enumerate(t.results):
            mx, imax, i_, e_, tot = split_marks(r, rng)
            g, gp = grade_of(tot, mx)
            title = titles.get(r.spec.code, r.spec.title)
            lines = wrap(title, F, 8.5, xs[3] - xs[2] - 6)
            pg0, y0 = fl.page, fl.y
            if fl.need(11 * len(lines) + 2):
                close(pg0, y0 - 8)
            c = int(r.spec.credits)
            fl.page.pieces(fl.y, [((xs[0] + xs[1]) / 2, label if j == 0 else "", "center"),
                                  (xs[1] + 3, r.code, "left"), (xs[2] + 4, lines[0], "left"),
                                  ((xs[3] + xs[4]) / 2, str(mx), "center"), ((xs[4] + xs[5]) / 2, str(i_), "center"),
                                  ((xs[5] + xs[6]) / 2, str(e_), "center"), ((xs[6] + xs[7]) / 2, str(tot), "center"),
                                  ((xs[7] + xs[8]) / 2, str(c), "center"), ((xs[8] + xs[9]) / 2, g, "center"),
                                  ((xs[9] + xs[10]) / 2, str(gp), "center")], F, 8.5)
            for ln in lines[1:]:
                fl.y += 10
                fl.page.text(xs[2] + 10, fl.y, ln, F, 8.5)
            fl.y += 12.5
            out.append(course_truth(r, label, c, g, "semester", title=" ".join(lines), grade_point=gp,
                                    max_marks=mx, internal=i_, external=e_, marks=tot))
            cr_sum += c
            pts += c * gp
            gmax += mx
            gtot += tot
        fl.page.hline(L, R, fl.y - 8, 0.3, 0.4)
        sg.append((label, cr_sum, pts / cr_sum))
    fl.page.pieces(fl.y, [(xs[2] + 4, "GRAND TOTAL", "left"), ((xs[3] + xs[4]) / 2, str(gmax), "center"),
                          ((xs[6] + xs[7]) / 2, str(gtot), "center"),
                          ((xs[7] + xs[8]) / 2, str(sum(c for _, c, _ in sg)), "center")], FB, 8.5)
    fl.y += 5
    close(fl.page, fl.y)
    if fl.y + 190 > fl.page.h - 40:
        fl.break_page()
    p, y = fl.page, fl.y + 20
    # SGPA table
    cw = 52
    x0 = L + 70
    p.rect(L, y - 10, 70 + cw * len(sg), 42, 0.6)
    p.pieces(y, [(L + 4, "Year" if annual else "Semester", "left")] + [(x0 + cw * i + cw / 2, lab, "center")
                                                                      for i, (lab, _, _) in enumerate(sg)], FB, 8.5)
    p.pieces(y + 13, [(L + 4, "Credits", "left")] + [(x0 + cw * i + cw / 2, str(c), "center")
                                                     for i, (_, c, _) in enumerate(sg)], F, 8.5)
    p.pieces(y + 26, [(L + 4, "SGPA", "left")] + [(x0 + cw * i + cw / 2, f"{v:.2f}", "center")
                                                  for i, (_, _, v) in enumerate(sg)], F, 8.5)
    for i in range(len(sg) + 1):
        p.vline(x0 + cw * i, y - 10, y + 32, 0.5)
    p.hline(L, x0 + cw * len(sg), y + 3, 0.4)
    p.hline(L, x0 + cw * len(sg), y + 16, 0.4)
    y += 52
    cg = cgpa_of(s)
    p.spaced(L, y, [f"CGPA: {cg:.2f}", f"Division: {division(cg)}",
                    f"Percentage of Marks: {100.0 * gtot / gmax:.2f}%"], FB, 10, 30)
    y += 16
    p.text(L, y, "Grades: O-10 (90-100%), A+-9 (80-89), A-8 (70-79), B+-7 (60-69), B-6 (55-59), C-5 (50-54), "
           "P-4 (40-49), F-0 (below 40), Ab-Absent.", F, 7.5)
    y += 10
    p.text(L, y, "Division: CGPA 7.5 and above with first attempt - First Class with Distinction; 6.0 to 7.49 - First Class; "
           "5.0 to 5.99 - Second Class.", F, 7.5)
    yb = p.h - 60
    hologram(p, L + 4, yb - 52, 46)
    p.text(L + 70, yb - 18, f"Date: {D.dmy_dot(s.conferred)}", F, 9)
    p.text(L + 70, yb - 6, f"Place: {inst.city}", F, 9)
    p.signature(R - 160, yb - 14, 110, rng)
    p.text(R - 100, yb, "Controller of Examinations", FB, 9, "center")
    p.seal(p.w / 2 + 20, yb - 24, 28, 0.5)
    if len(fl.pages) > 1:
        for i, pg in enumerate(fl.pages, 1):
            pg.text(pg.w / 2, pg.h - 26, f"Page {i} of {len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "in_consolidated_memo", FAMILY, fl.pages, [name], out, "semester",
                        {"prints_totals": True, "father": father, "division": division(cg)})


TRANSCRIPT_LAYOUTS = {"in_consolidated_memo": (in_consolidated_memo, FAMILY, ("IN",))}
