"""Writer AP, round 20: Kenya (KE), a public university's "ACADEMIC TRANSCRIPT" with no credits.

Round 1's Kenyan pack (schools, curricula, names) is reused as it stands. The design: A4 portrait,
the university's name and logo, "OFFICE OF THE REGISTRAR (ACADEMIC AFFAIRS)", "ACADEMIC TRANSCRIPT";
NAME / REG. NO. / DEGREE / FACULTY/SCHOOL labels; one block per year of study headed "FIRST YEAR -
2013/2014 ACADEMIC YEAR", a ruled "UNIT CODE | UNIT TITLE | GRADE" table (titles in capitals, long ones
wrapped onto a second line inside the cell), grades A-E and "C*" for a unit passed at a supplementary
examination; no credit units, hours or marks anywhere. Under each year "RECOMMENDATION: PASS - PROCEED
TO SECOND YEAR" (or "PASS - SUPPLEMENTARY PASSED"). At the end the degree classification, the award
date, a KEY TO GRADING box, the no-erasures sentence, the Registrar's signature and a round seal pressed
over the last rows of the table. Continues on further pages when the years do not fit.

Truth: one course per unit row (code as printed, the title in capitals as printed with a wrapped title's
two lines joined by a space, grade as printed, term "FIRST YEAR - 2013/2014"); credit_system "marks"
(nothing to count hours from), credits null.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Flow, Page, wrap
from .r20_ap_common import FAMILY, YEAR_WORDS, by_year, course_truth, en_ord, EN_MONTHS, k, round_stamp, sign_block

SCHOOL = {"ke_bsc_mls": "School of Medicine", "ke_bsc_biochem": "School of Pure and Applied Sciences",
          "ke_bsc_nursing": "School of Nursing Sciences"}


def grade(sc):
    return "A" if sc >= 70 else "B" if sc >= 60 else "C" if sc >= 50 else "D" if sc >= 40 else "E"


def classification(avg):
    if avg >= 70:
        return "FIRST CLASS HONOURS"
    if avg >= 60:
        return "SECOND CLASS HONOURS (UPPER DIVISION)"
    if avg >= 50:
        return "SECOND CLASS HONOURS (LOWER DIVISION)"
    return "PASS"


def ke_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 52, W - 52
    X = [L, L + 78, L + 330, L + 392]
    TR = X[-1]
    name = " ".join(x for x in (person.surname.upper(), person.given.upper(), (person.middle or "").upper()) if x)

    def new_page(n):
        p = Page(A4)
        p.logo(W / 2, 52, 22, 1)
        p.text(W / 2, 92, inst.name.upper(), SB, 13, "center")
        p.text(W / 2, 105, f"{inst.street}, {inst.city.upper()}, KENYA", S, 8, "center")
        p.text(W / 2, 120, "OFFICE OF THE REGISTRAR (ACADEMIC AFFAIRS)", SB, 10, "center")
        p.hline(L, R, 127, 1.2)
        p.text(W / 2, 146, "ACADEMIC TRANSCRIPT", SB, 13, "center")
        y = 168
        if n == 1:
            p.pieces(y, [(L, f"NAME: {name}", "left"), (R, f"REG. NO.: {s.student_no}", "right")], SB, 9.5)
            p.text(L, y + 15, f"DEGREE: {cur.title.upper()}", SB, 9.5)
            p.text(L, y + 30, f"FACULTY/SCHOOL: {SCHOOL.get(cur.id, 'School of Medicine')}", SB, 9.5)
            y += 50
        else:
            p.pieces(y, [(L, f"NAME: {name}", "left"), (R, f"REG. NO.: {s.student_no} (continued)", "right")],
                     S, 8.5)
            y += 18
        p.text(W / 2, H - 28, f"Page {n}", S, 7.5, "center")
        return p, y

    f = Flow(new_page, 70)
    out, marks, last_rows = [], [], None
    years = by_year(s)
    for yi, terms in enumerate(years):
        ay = f"{terms[0].start_year}/{terms[0].start_year + 1}"
        rows = [r for t in terms for r in t.results]
        f.need(60)
        p = f.page
        p.text(L, f.y + 4, f"{YEAR_WORDS[yi]} YEAR - {ay} ACADEMIC YEAR", SB, 10)
        f.y += 12
        label = f"{YEAR_WORDS[yi]} YEAR - {ay}"

        def head():
            pg = f.page
            pg.rect(L, f.y, TR - L, 16, 0.8)
            pg.pieces(f.y + 11, [(X[0] + 5, "UNIT CODE", "left"), (X[1] + 5, "UNIT TITLE", "left"),
                                 ((X[2] + X[3]) / 2, "GRADE", "center")], SB, 8.5)
            f.y += 16
            return f.y

        top = head()
        supp = False
        for j, r in enumerate(rows):
            title = r.spec.title.upper()
            lines = wrap(title, S, 8.5, X[2] - X[1] - 10)
            h = 4 + 10.5 * len(lines)
            if f.need(h):
                top = head()
            pg = f.page
            sc = r.score + k(s, f"m{yi}.{j}") % 9 - 4
            g = grade(sc)
            if (g == "D" and k(s, f"d{yi}.{j}") % 3 == 0) or (k(s, f"sp{yi}.{j}") % 97 == 0 and yi < 3):
                g, sc = "C*", 50
                supp = True
            marks.append(sc)
            pg.pieces(f.y + 11, [(X[0] + 5, r.code, "left"), (X[1] + 5, lines[0], "left"),
                                 ((X[2] + X[3]) / 2, g, "center")], S, 8.5)
            for ln in lines[1:]:
                pg.text(X[1] + 5, f.y + 21.5, ln, S, 8.5)
            f.y += h
            pg.hline(L, TR, f.y, 0.3)
            for x in X[1:-1]:
                pg.vline(x, top, f.y, 0.4)
            pg.vline(L, top, f.y, 0.8)
            pg.vline(TR, top, f.y, 0.8)
            last_rows = (pg, f.y)
            out.append(course_truth(r, label, None, g, "marks", code=r.code, title=" ".join(lines)))
        f.page.hline(L, TR, f.y, 0.8)
        f.y += 14
        if yi == len(years) - 1:
            rec = "PASS"
        elif supp:
            rec = "PASS - SUPPLEMENTARY PASSED"
        else:
            rec = f"PASS - PROCEED TO {YEAR_WORDS[yi + 1]} YEAR"
        f.page.text(L, f.y, f"RECOMMENDATION: {rec}", SB, 9)
        f.y += 18
    avg = sum(marks) / len(marks)
    f.need(150)
    p = f.page
    y = f.y + 4
    d = s.conferred
    p.text(L, y, f"DEGREE CLASSIFICATION: {classification(avg)}", SB, 9.5)
    p.text(L, y + 15, f"AWARDED: {en_ord(d.day).upper()} {EN_MONTHS[d.month - 1].upper()} {d.year}", SB, 9.5)
    y += 32
    p.rect(L, y, 190, 84, 0.6)
    p.text(L + 6, y + 12, "KEY TO GRADING", SB, 8.5)
    for i, ln in enumerate(["A 70 - 100", "B 60 - 69", "C 50 - 59", "D 40 - 49", "E 0 - 39 FAIL"]):
        p.text(L + 10, y + 25 + i * 11, ln, S, 8)
    p.text(L + 100, y + 25, "* Supplementary pass", S, 7.5)
    p.text(L, y + 100, "This transcript is issued without any erasures or alterations whatsoever.", S, 8.5)
    sign_block(p, rng, R - 90, y + 70, "REGISTRAR (ACADEMIC AFFAIRS)", SB, 8.5, 170)
    # the seal overlaps the last rows of the table when they are on this page
    lp, ly = last_rows
    if lp is p:
        round_stamp(p, R - 150, min(ly - 6, y + 30), 36, 0.45)
    else:
        round_stamp(p, R - 150, y + 40, 36, 0.45)
    return LayoutResult("transcript", "ap_ke_transcript", FAMILY, f.pages, [name], out, "marks",
                        {"prints_totals": False, "class": classification(avg)})


TRANSCRIPT_LAYOUTS = {"ap_ke_transcript": (ke_transcript, FAMILY, ("KE",))}
