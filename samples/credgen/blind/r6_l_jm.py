"""Writer L, round 6: Jamaica (variant; the round-1 JM pack and schools). A technology university's
"ACADEMIC TRANSCRIPT" (UTech-like), Letter paper, sans type: a registrar's header, student
particulars (Name surname first, ID No., Date of Birth dd-Mon-yyyy), then per term a title bar
"Semester 1 2016/2017" followed by two lines repeating the programme and the faculty
("Programme: Bachelor of Science in Medical Technology" / "Faculty: College of Health Sciences"),
the table `Module Code | Module Name | Attempted | Earned | Grade | Grade Pts` (credits attempted
and earned; grade points = attempted x grade value, two decimals) and under it one line
"Sem GPA 3.12   Cum GPA 3.05   Academic Standing: Good Standing" ("Good Standing - Dean's List"
from 3.70). Summer terms "Summer 2017". The final year's clinical rotations are printed as two
"Practicum" modules of 9 credits each (the school's catalogue groups the four rotations into two
practicum blocks; the grade of each block is that of its first rotation). At the end the totals
("Total Credits Attempted 141  Total Credits Earned 138  Cumulative GPA 3.21": one candidate in
three failed a module, printed "Attempted 3.00 Earned 0.00 F 0.00" and passed it the next term;
truth credits are the credits earned, 0 for the F row), "Degree Awarded",
"Award: Second Class Honours (Upper Division)", "Date Awarded: November 9, 2019" and the grading
legend on the 4.3 scale (A+ 4.30 ... F 0.00, class bands). Every page's footer: "This
transcript is not official unless embossed" and "Page 1 of 3".

Credits are semester credit hours (system `semester`, 1 credit = 1 SH)."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import LETTER, Flow, Page, wrap
from . import r1_b_jm as JMPACK
from .r6_l_common import FAMILY, course_truth, fake_result, fmt_num, k

SCALE = [("A+", 4.30, "90-100"), ("A", 4.00, "80-89"), ("A-", 3.70, "75-79"), ("B+", 3.30, "70-74"),
         ("B", 3.00, "65-69"), ("B-", 2.70, "60-64"), ("C+", 2.30, "55-59"), ("C", 2.00, "50-54"),
         ("D+", 1.30, "45-49"), ("D", 1.00, "40-44"), ("F", 0.00, "0-39")]
GP = {g: v for g, v, _ in SCALE}
FACULTY = {"jm_bsc_mt": "College of Health Sciences", "jm_bsc_biochem": "Faculty of Science and Sport",
           "jm_bsn": "College of Health Sciences"}


def grade(r):
    g = r.letter
    if g == "A" and r.score >= 84:
        return "A+"
    if g in ("C", "C+") and r.score < 50:
        return "D+"
    return g


def term_label(t):
    ay = f"{t.start_year}/{t.start_year + 1}"
    return {"S1": f"Semester 1 {ay}", "S2": f"Semester 2 {ay}", "SU": f"Summer {t.start_year + 1}"}[t.key]


def modules(s, t):
    """The term's printed rows (result objects); rotations grouped into 9-credit practicums."""
    rows, prac = [], [r for r in t.results if r.spec.areas]
    for r in t.results:
        if r.spec.areas and s.curriculum.id == "jm_bsc_mt":
            if r is prac[0]:
                n = 1 if t.key == "S1" else 2
                areas = tuple(a for x in prac for a in x.spec.areas)
                rows.append(fake_result(r, f"MLS401{n}", f"Practicum {'I' * n}", 9, "mls_professional", areas))
            continue
        rows.append(r)
    return rows


def jm_terms(s):
    """[(label, [(r, grade, points, earned)], attempted, sem GPA, cum GPA)], attempted, earned, cum GPA.
    About one candidate in three fails (F) one first- or second-year module and passes it in the
    next term; the F counts in the GPA (attempted, 0 points) and earns nothing."""
    early = [(i, r.code) for i, t in enumerate(s.terms[:-1]) if t.year <= 2 for r in t.results]
    fail = early[k(s, "jmF1") % len(early)] if early and k(s, "jmF") % 3 == 0 else None
    out, ca, ce, cp, carry = [], 0.0, 0.0, 0.0, None
    for i, t in enumerate(s.terms):
        rows, a, p = [], 0.0, 0.0
        todo = [(r, False) for r in modules(s, t)]
        if carry is not None:
            todo.append((carry, True))
            carry = None
        for r, retake in todo:
            g = grade(r)
            if fail and (i, r.code) == fail and not retake:
                g, carry = "F", r
            pts = r.spec.credits * GP[g]
            earned = 0.0 if g == "F" else r.spec.credits
            rows.append((r, g, pts, earned))
            a += r.spec.credits
            ce += earned
            p += pts
        ca += a
        cp += p
        out.append((term_label(t), rows, a, round(p / a + 1e-9, 2), round(cp / ca + 1e-9, 2)))
    return out, ca, ce, round(cp / ca + 1e-9, 2)


def jm_class(s):
    gpa = jm_terms(s)[3]
    if gpa >= 3.60:
        return "First Class Honours"
    if gpa >= 3.00:
        return "Second Class Honours (Upper Division)"
    if gpa >= 2.50:
        return "Second Class Honours (Lower Division)"
    return "Pass"


def jm_utech(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = LETTER
    L, R = 42, W - 42
    fs = 8.5
    name = name_form(person, "surname_first_mixed")
    xs = {"code": L + 4, "name": L + 74, "att": R - 190, "earn": R - 140, "gr": R - 92, "pts": R - 30}
    terms, tot, earned_tot, cum = jm_terms(s)
    fac = FACULTY.get(cur.id, "College of Health Sciences")

    def new_page(n):
        p = Page(LETTER)
        p.logo(L + 20, 46, 18, 2, 0.3)
        y = 36
        p.pieces(y, [(L + 48, inst.name.upper(), "left"), (R, "ACADEMIC TRANSCRIPT", "right")], FB, 13); y += 12
        p.text(L + 48, y, f"{inst.street}, {inst.city}, Jamaica W.I.", F, 8.5); y += 11
        p.text(L + 48, y, "Office of the University Registrar - Student Records Unit", F, 8.5)
        y += 10
        p.hline(L, R, y, 1.5)
        y += 16
        if n == 1:
            p.pieces(y, [(L, "Name:", "left", F, 9), (L + 70, name, "left", FB, 9),
                         (R - 170, "ID No.:", "left", F, 9), (R - 100, s.student_no, "left", FB, 9)], F, 9); y += 12
            p.pieces(y, [(L, "Date of Birth:", "left", F, 9), (L + 70, D.dmon_y(s.dob), "left", FB, 9),
                         (R - 170, "Admitted:", "left", F, 9), (R - 100, D.dmon_y(s.admitted), "left", FB, 9)], F, 9)
            y += 16
        else:
            p.pieces(y, [(L, "Name:", "left", F, 9), (L + 34, name, "left", FB, 9),
                         (R, f"ID No. {s.student_no}", "right", F, 9)], F, 9); y += 16
        p.hline(L, R, y - 4, 0.5)
        p.pieces(y + 7, [(xs["code"], "Module Code", "left"), (xs["name"], "Module Name", "left"),
                         (xs["att"], "Attempted", "center"), (xs["earn"], "Earned", "center"),
                         (xs["gr"], "Grade", "center"), (xs["pts"], "Grade Pts", "center")], FB, 8)
        p.hline(L, R, y + 12, 0.5)
        return p, y + 28

    fl = Flow(new_page, 62)
    out = []
    for label, rows, a, sg, cg in terms:
        fl.need(50 + 11.5 * min(3, len(rows)))
        p = fl.page
        p.rect(L, fl.y - 9, R - L, 12, 0, 0.0, fill=0.86)
        p.text(xs["code"], fl.y, label, FB, 9)
        fl.y += 12
        p.pieces(fl.y, [(xs["code"], "Programme:", "left", F, 8), (xs["code"] + 52, cur.title, "left")], FI, 8)
        fl.y += 10
        p.pieces(fl.y, [(xs["code"], "Faculty:", "left", F, 8), (xs["code"] + 52, fac, "left")], FI, 8)
        fl.y += 13
        for r, g, pts, earned in rows:
            lines = wrap(r.spec.title, F, fs, xs["att"] - 28 - xs["name"])
            fl.need(11.5 * len(lines) + 16)
            fl.page.pieces(fl.y, [(xs["code"], r.code, "left"), (xs["name"], lines[0], "left"),
                                  (xs["att"], f"{r.spec.credits:.2f}", "center"),
                                  (xs["earn"], f"{earned:.2f}", "center"), (xs["gr"], g, "center"),
                                  (xs["pts"], f"{pts:.2f}", "center")], F, fs)
            for ln in lines[1:]:
                fl.y += 10
                fl.page.text(xs["name"], fl.y, ln, F, fs)
            fl.y += 11.5
            out.append(course_truth(r, label, earned, g, "semester", title=" ".join(lines),
                                    credits_attempted=r.spec.credits, credits_printed=f"{earned:.2f}"))
        standing = ("Good Standing - Dean's List" if sg >= 3.70 else "Good Standing" if sg >= 2.0 else
                    "Academic Warning")
        fl.page.spaced(xs["name"], fl.y + 1, [f"Sem GPA {sg:.2f}", f"Cum GPA {cg:.2f}",
                                              f"Academic Standing: {standing}"], FB, 8.2, gap=22)
        fl.y += 20
    fl.need(170)
    p = fl.page
    p.hline(L, R, fl.y - 8, 1.0)
    y = fl.y + 6
    p.spaced(L, y, [f"Total Credits Attempted {fmt_num(tot)}", f"Total Credits Earned {fmt_num(earned_tot)}",
                    f"Cumulative GPA {cum:.2f}"], FB, 9, gap=26); y += 16
    p.pieces(y, [(L, "Degree Awarded:", "left", F, 9), (L + 92, cur.title, "left")], FB, 9); y += 12
    p.pieces(y, [(L, "Award:", "left", F, 9), (L + 92, jm_class(s), "left")], FB, 9); y += 12
    conf = D.long_mdy(s.conferred)
    p.pieces(y, [(L, "Date Awarded:", "left", F, 9), (L + 92, conf, "left")], FB, 9); y += 20
    p.text(L, y, "GRADING SCALE", FB, 7.5); y += 10
    for part in (SCALE[:6], SCALE[6:]):
        p.spaced(L, y, [f"{g} {v:.2f} ({m})" for g, v, m in part], F, 7.5, gap=12); y += 9.5
    p.spaced(L, y, ["First Class Honours 3.60-4.30", "Second Class Upper 3.00-3.59", "Second Class Lower 2.50-2.99",
                    "Pass 2.00-2.49"], F, 7.5, gap=12); y += 36
    p.signature(R - 150, y - 6, 100, rng)
    p.hline(R - 170, R, y, 0.5)
    p.text(R - 85, y + 10, "University Registrar", F, 8.5, "center")
    p.text(L, y + 10, f"Date printed: {D.dmon_y(D.add_months(s.conferred, 1 + k(s, 'pr') % 6))}", F, 8.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.hline(L, R, H - 44, 0.5)
        pg.pieces(H - 32, [(L, "This transcript is not official unless embossed with the seal of the University.",
                            "left", FB, 7.5), (R, f"Page {i} of {n}", "right")], F, 7.5)
    return LayoutResult("transcript", "jm_utech_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": conf, "prints_totals": True})


TRANSCRIPT_LAYOUTS = {"jm_utech_transcript": (jm_utech, FAMILY, ("JM",))}
assert JMPACK.PACK.code == "JM"
