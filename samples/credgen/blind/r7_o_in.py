"""Writer O, round 7: India (variant; the IN pack and curricula are the core ones). A Kerala-style
"CONSOLIDATED GRADE CARD" for the CBCSS (Choice Based Credit and Semester System) B.Sc. programmes:
ONE table for the whole programme, `Semester | Course Code | Course Title | Credit | Grade | Grade
Point | Credit Point | Month & Year of Passing` under a two-line header, the Semester printed only
on the first row of each semester (blank below, a rule between semesters); the 10-point scale (O
10, A+ 9, A 8, B+ 7, B 6, C 5, P 4, F 0); a course cleared at a supplementary examination shows a
later month-year ("NOV 2017") than the rest of its semester; the SGPA per semester in a separate
small table at the bottom (Semester | Credits | Credit Points | SGPA), "CGPA 7.86 — Grade A";
narrow title column so long titles wrap; a guilloche security-paper background with rosettes and
a hologram sticker; Controller of Examinations' signature. A two-year D.M.L.T. prints "Year" for
"Semester" (annual scheme).

Credit system: a credit on an Indian statement = 1 SH as printed (criteria.md): "semester"."""

from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, Page, wrap
from .r7_o_common import FAMILY, course_truth, guilloche, hologram, k, rosette

PROG = {"in_bsc_mlt": "B.Sc. Medical Laboratory Technology", "in_bsc_micro": "B.Sc. Microbiology",
        "in_dmlt": "Diploma in Medical Laboratory Technology"}
SCALE = [(90, "O", 10), (80, "A+", 9), (70, "A", 8), (60, "B+", 7), (50, "B", 6), (45, "C", 5), (40, "P", 4)]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def grade(pc):
    for lo, g, gp in SCALE:
        if pc >= lo:
            return g, gp
    return "F", 0


def cgpa_grade(x):
    for lo, g, _ in SCALE:
        if x >= lo / 10:
            return g
    return "F"


def sem_index(t):
    if t.key == "Y":
        return t.year
    return int(t.key[1:])


def exam(t):
    """Regular examination: odd semesters in November, even ones (and annual) in April."""
    if t.key == "Y" or sem_index(t) % 2 == 0:
        return "APR", t.start_year + 1
    return "NOV", t.start_year


def in_grade_card(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    L, R = 32, A4[0] - 32
    annual = any(t.key == "Y" for t in s.terms)
    guilloche(p, L - 10, 30, R + 10, p.h - 30, 0.86, 14, k(s, "gui") % 1000)
    rosette(p, p.w / 2, p.h / 2, 120, 0.88)
    hologram(p, R - 52, 30, 44)
    name = name_form(person, "caps")
    p.text(L, 36, f"Sl. No. {chr(65 + k(s, 'ser') % 26)}{k(s, 'sl') % 900000 + 100000}", "Courier-Bold", 9)
    p.logo(p.w / 2, 64, 18, 0)
    p.text(p.w / 2, 100, inst.name.upper(), FB, 13, "center")
    p.text(p.w / 2, 113, f"{inst.city}, {inst.region}", F, 8.5, "center")
    p.text(p.w / 2, 132, "CONSOLIDATED GRADE CARD", FB, 12.5, "center")
    p.text(p.w / 2, 144, "Choice Based Credit and Semester System (CBCSS) - Under Graduate Programme", F, 8,
           "center")
    y = 164
    p.pieces(y, [(L, "Name of Candidate :", "left", FB, 8.5), (L + 96, name, "left"),
                 (R - 182, "Register No. :", "left", FB, 8.5), (R - 96, s.student_no, "left")], F, 8.5); y += 12
    p.pieces(y, [(L, "Programme :", "left", FB, 8.5), (L + 96, PROG.get(cur.id, cur.title), "left"),
                 (R - 182, "Admission Year :", "left", FB, 8.5), (R - 96, str(s.admitted.year), "left")], F, 8.5)
    y += 14
    cx = [L, L + 44, L + 104, L + 276, L + 312, L + 346, L + 390, L + 440, R]
    top = y
    p.hline(L, R, y, 0.8)
    h1 = [(cx[0], cx[1], "Year" if annual else "Semester", None), (cx[1], cx[2], "Course", "Code"),
          (cx[2], cx[3], "Course Title", None), (cx[3], cx[4], "Credit", None), (cx[4], cx[5], "Grade", None),
          (cx[5], cx[6], "Grade", "Point"), (cx[6], cx[7], "Credit", "Point"), (cx[7], cx[8], "Month & Year", "of Passing")]
    p.pieces(y + 10, [((a + b) / 2, t1, "center") for a, b, t1, t2 in h1], FB, 7.5)
    p.pieces(y + 19, [((a + b) / 2, t2, "center") for a, b, t1, t2 in h1 if t2], FB, 7.5)
    y += 24
    p.hline(L, R, y, 0.6)
    y += 10
    out = []
    sg = []
    supp_on = k(s, "supp") % 5 < 3
    allrows = [(t, r) for t in s.terms for r in t.results]
    supp = allrows[k(s, "supp-which") % len(allrows)][1].code if supp_on else None
    tcr = tcp = 0
    for t in s.terms:
        si = sem_index(t)
        mon, yr = exam(t)
        label = ROMAN[si - 1]
        cr = cp = 0
        for i, r in enumerate(t.results):
            pc = min(98, r.score + 3)
            m, yy_ = mon, yr
            if r.code == supp:
                pc = 40 + k(s, "supp-g") % 9
                yy_ = yr + 1
            g, gp = grade(pc)
            c = int(r.spec.credits)
            lines = wrap(r.spec.title, F, 7.5, cx[3] - cx[2] - 6)
            p.pieces(y, [((cx[0] + cx[1]) / 2, label if i == 0 else "", "center"), (cx[1] + 3, r.code, "left"),
                         (cx[2] + 3, lines[0], "left"), ((cx[3] + cx[4]) / 2, str(c), "center"),
                         ((cx[4] + cx[5]) / 2, g, "center"), ((cx[5] + cx[6]) / 2, str(gp), "center"),
                         ((cx[6] + cx[7]) / 2, str(c * gp), "center"), ((cx[7] + cx[8]) / 2, f"{m} {yy_}", "center")],
                     F, 7.5)
            for ln in lines[1:]:
                y += 8.5
                p.text(cx[2] + 3, y, ln, F, 7.5)
            y += 10
            cr += c
            cp += c * gp
            term = f"{'Year' if annual else 'Semester'} {label}"
            out.append(course_truth(r, term, c, g, "semester", title=" ".join(lines), grade_point=gp,
                                    passing=f"{m} {yy_}"))
        p.hline(L, R, y - 7, 0.3)
        y += 2
        sg.append((label, cr, cp))
        tcr += cr
        tcp += cp
    for x in cx:
        p.vline(x, top, y - 9, 0.4)
    p.hline(L, R, y - 9, 0.8)
    y += 10
    # the SGPA table
    sx = [L, L + 60, L + 110, L + 170, L + 220]
    p.text(L, y, "SEMESTER GRADE POINT AVERAGE" if not annual else "YEARLY GRADE POINT AVERAGE", FB, 8)
    y += 5
    t0 = y
    p.hline(sx[0], sx[-1], y, 0.6)
    p.pieces(y + 9, [((sx[0] + sx[1]) / 2, "Year" if annual else "Semester", "center"),
                     ((sx[1] + sx[2]) / 2, "Credits", "center"), ((sx[2] + sx[3]) / 2, "Credit Points", "center"),
                     ((sx[3] + sx[4]) / 2, "SGPA", "center")], FB, 7.2)
    y += 13
    p.hline(sx[0], sx[-1], y, 0.4)
    y += 9
    for label, cr, cp in sg:
        p.pieces(y, [((sx[0] + sx[1]) / 2, label, "center"), ((sx[1] + sx[2]) / 2, str(cr), "center"),
                     ((sx[2] + sx[3]) / 2, str(cp), "center"), ((sx[3] + sx[4]) / 2, f"{cp / cr:.2f}", "center")],
                 F, 7.5)
        y += 10
    p.hline(sx[0], sx[-1], y - 6, 0.6)
    for x in sx:
        p.vline(x, t0, y - 6, 0.4)
    cg = tcp / tcr
    y += 8
    p.rect(L, y - 11, 330, 16, 0.7)
    p.spaced(L + 8, y, [f"Total Credits: {tcr}", f"CGPA: {cg:.2f}", f"Grade: {cgpa_grade(cg)}"], FB, 9, 30)
    y += 18
    p.text(L, y, "Grades: O (Outstanding) 10; A+ (Excellent) 9; A (Very Good) 8; B+ (Good) 7; B (Above Average) 6; "
           "C (Average) 5; P (Pass) 4; F (Fail) 0.", F, 6.8)
    y += 9
    p.text(L, y, "Credit Point = Credit x Grade Point; SGPA = Credit Points / Credits; CGPA = Total Credit Points / "
           "Total Credits.", F, 6.8)
    yb = p.h - 56
    if y > yb - 40:
        raise ValueError("IN grade card does not fit on one page")
    p.text(L, yb - 12, f"Place: {inst.city}", F, 8.5)
    last = s.conferred
    p.text(L, yb, f"Date: {last.day:02d}-{last.month:02d}-{last.year}", F, 8.5)
    p.signature(R - 150, yb - 16, 110, rng)
    p.text(R - 90, yb, "Controller of Examinations", FB, 8.5, "center")
    p.seal(p.w / 2, yb - 10, 26, 0.55)
    return LayoutResult("transcript", "in_grade_card", FAMILY, [p], [name], out, "semester",
                        {"prints_totals": True, "total_credits": tcr, "cgpa": round(cg, 2)})


TRANSCRIPT_LAYOUTS = {"in_grade_card": (in_grade_card, FAMILY, ("IN",))}
