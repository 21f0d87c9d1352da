"""Writer C, round 2: layouts for two existing countries.

in_cbcs_grade_cards (IN): one CBCS "GRADE CARD" per semester, several cards in one PDF;
    candidate block (Name, Enrolment No., Father's Name), Course Code | Course Title | L | T | P |
    Credits | Grade | Grade Point | Credit Points on a 10-point scale, credits registered/earned,
    SGPA and CGPA, a QR-code-like block in the corner.
ph_tor_legal (PH): state university "OFFICIAL TRANSCRIPT OF RECORDS" on legal paper: photo box,
    Entrance Data, Date of Graduation, NSTP Serial No.; TERM | COURSE NO. | DESCRIPTIVE TITLE |
    GRADES (Final / Re-Ex.) | CREDITS with each term written once in the first column over two
    rows; "NOTHING FOLLOWS"; grading legend and BOR remarks on the last page.
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult, ROMAN, ph_grade_str
from ..names import MIDDLE, SIGNERS
from ..pagekit import A4, LEGAL_PH, Flow, Page, fit_size, wrap
from .r2_c_common import FAMILY, course_truth, qr_block

# =============================================================================================
# IN: CBCS semester grade cards

IN_SCALE = [(90, "O", 10), (80, "A+", 9), (70, "A", 8), (60, "B+", 7), (55, "B", 6), (50, "C", 5),
            (0, "P", 4)]
IN_PROG = {"in_bsc_mlt": "B.Sc. (Medical Laboratory Technology)", "in_bsc_micro": "B.Sc. (Microbiology)",
           "in_dmlt": "Diploma in Medical Laboratory Technology (D.M.L.T.)"}


def in_grade(r):
    for lo, g, gp in IN_SCALE:
        if r.score >= lo:
            return g, gp


def ltp(spec):
    c = int(spec.credits)
    t = spec.title
    if spec.practical or "Internship" in t or "Training" in t:
        return 0, 0, 2 * c
    if c == 4:
        return 3, 1, 0
    return c, 0, 0


def in_grade_cards(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    name = " ".join(x for x in (person.surname, person.given, person.middle) if x).upper()
    father = person.middle or MIDDLE["IN"][int(s.student_no[-1]) % len(MIDDLE["IN"])]
    father = f"{father} {person.surname}".upper()
    prog = IN_PROG.get(cur.id, cur.title)
    L, R = 40, A4[0] - 40
    cols = [(L + 4, "left", 58), (L + 66, "left", 196), (L + 276, "center", 14), (L + 296, "center", 14),
            (L + 316, "center", 16), (L + 348, "center", 30), (L + 390, "center", 26),
            (L + 436, "center", 34), (R - 26, "center", 40)]
    pages, out = [], []
    cum_c = cum_cp = 0
    for k, t in enumerate(s.terms):
        p = Page(A4)
        p.rect(24, 24, p.w - 48, p.h - 48, 1.2, 0.3)
        p.logo(L + 26, 62, 20, 1)
        qr_block(p, R - 62, 40, 60, f"{s.student_no}:{k}")
        p.text(p.w / 2, 52, inst.name.upper(), FB, 14 if len(inst.name) < 36 else 12, "center")
        p.text(p.w / 2, 65, f"{inst.street}, {inst.city} - {inst.region}", F, 8.5, "center")
        p.text(p.w / 2, 77, "Office of the Controller of Examinations", F, 9, "center")
        p.text(p.w / 2, 104, "GRADE CARD", FB, 16, "center")
        if t.key == "Y":
            label = f"Year - {ROMAN[t.year - 1]} (Annual)"
            exam = f"April/May {t.start_year + 1}"
        else:
            n = int(t.key[1:])
            label = f"Semester - {ROMAN[n - 1]} (CBCS)"
            exam = f"November/December {t.start_year}" if n % 2 else f"April/May {t.start_year + 1}"
        p.text(p.w / 2, 120, label, FB, 11.5, "center")
        p.text(p.w / 2, 133, f"{prog} - Examination held in {exam}", F, 9, "center")
        y = 154
        p.rect(L, y - 12, R - L, 54, 0.6, 0.3)
        p.pieces(y, [(L + 8, f"Name: {name}", "left"), (L + 330, f"Sr. No.: GC{rng.randint(100000, 999999)}", "left")], F, 9); y += 14
        p.pieces(y, [(L + 8, f"Enrolment No.: {s.student_no}", "left"), (L + 330, f"Seat No.: {rng.randint(100000, 999999)}", "left")], F, 9); y += 14
        p.pieces(y, [(L + 8, f"Father's Name: {father}", "left"), (L + 330, "Medium: English", "left")], F, 9)
        y += 34
        hdr_top = y - 12
        p.hline(L, R, hdr_top, 0.8)
        p.pieces(y, [(cols[0][0], "Course", "left"), (cols[7][0], "Grade", "center"),
                     (cols[8][0], "Credit", "center")], FB, 8)
        y += 10
        p.pieces(y, [(cols[0][0], "Code", "left"), (cols[1][0], "Course Title", "left"),
                     (cols[2][0], "L", "center"), (cols[3][0], "T", "center"), (cols[4][0], "P", "center"),
                     (cols[5][0], "Credits", "center"), (cols[6][0], "Grade", "center"),
                     (cols[7][0], "Point", "center"),
                     (cols[8][0], "Points", "center")], FB, 8)
        p.hline(L, R, y + 5, 0.6)
        y += 20
        tc = tcp = 0
        for r in t.results:
            g, gp = in_grade(r)
            c = int(r.spec.credits)
            l_, t_, p_ = ltp(r.spec)
            title_lines = wrap(r.spec.title, F, 8.5, cols[1][2])
            vals = [r.code, title_lines[0], str(l_), str(t_), str(p_), str(c), g, str(gp), str(c * gp)]
            p.pieces(y, [(x, v, a) for (x, a, _), v in zip(cols, vals)], F, 8.5)
            for ln in title_lines[1:]:
                y += 10
                p.text(cols[1][0], y, ln, F, 8.5)
            out.append(course_truth(r, label, c, g, "semester", grade_point=gp, credit_points=c * gp,
                                    ltp=[l_, t_, p_]))
            tc += c
            tcp += c * gp
            y += 14
        p.hline(L, R, y - 6, 0.6)
        p.vline(L, hdr_top, y - 6, 0.6)
        p.vline(R, hdr_top, y - 6, 0.6)
        for x in (cols[1][0] - 4, cols[2][0] - 10, cols[5][0] - 20, cols[6][0] - 18, cols[7][0] - 22, cols[8][0] - 24):
            p.vline(x, hdr_top, y - 6, 0.5)
        cum_c += tc
        cum_cp += tcp
        y += 12
        p.pieces(y, [(L + 4, f"Total Credits Registered: {tc}", "left"), (L + 200, f"Earned: {tc}", "left"),
                     (R - 4, f"Total Credit Points: {tcp}", "right")], FB, 9); y += 16
        p.pieces(y, [(L + 4, f"SGPA: {tcp / tc:.2f}", "left"), (L + 200, f"CGPA: {cum_cp / cum_c:.2f}", "left"),
                     (R - 4, "Result: PASS", "right")], FB, 10); y += 26
        p.text(L + 4, y, "Grade: O = 10 (Outstanding), A+ = 9 (Excellent), A = 8 (Very Good), B+ = 7 (Good), "
               "B = 6 (Above Average), C = 5 (Average),", F, 7); y += 9
        p.text(L + 4, y, "P = 4 (Pass), F = 0 (Fail), Ab = Absent. SGPA = total credit points / total credits. "
               "L-T-P: lecture, tutorial, practical hours per week.", F, 7); y += 9
        yb = p.h - 70
        odd = t.key in ("S1", "S3", "S5")
        declared = D.parse_iso(f"{t.start_year + 1}-{1 if odd else 7:02d}-{18 + k % 9}")
        p.signature(R - 160, yb - 12, 100, rng)
        p.pieces(yb, [(L + 4, f"Date of Declaration: {D.dmy_dot(declared)}", "left", F, 8.5),
                      (R - 90, "Controller of Examinations", "center", F, 9)])
        p.text(L + 4, yb + 11, f"Place: {inst.city}", F, 8.5)
        p.text(p.w / 2, p.h - 36, "Any alteration in this grade card will render it invalid. Verify at the university portal.",
               "Helvetica-Oblique", 7, "center")
        pages.append(p)
    return LayoutResult("transcript", "in_cbcs_grade_cards", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": None, "father": father})


# =============================================================================================
# PH: state university TOR on legal paper

def ph_term_two_lines(t):
    ay = f"{t.start_year}-{t.start_year + 1}"
    if t.key == "SU":
        return "Summer", str(t.start_year + 1)
    return ("1st Semester" if t.key == "S1" else "2nd Semester"), ay


def ph_tor_legal(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 36, LEGAL_PH[0] - 36
    name = f"{person.surname.upper()}, {person.given.upper()} {person.middle.upper()}".strip()
    # x positions: term | course no | title | final | re-ex | credits
    xs = [L, L + 74, L + 146, R - 120, R - 82, R - 44, R]
    allr = [r for t in s.terms for r in t.results]
    inc_code = allr[int(s.student_no[-1]) * 3 % len(allr)].code if int(s.student_no[-2]) % 2 == 0 else None
    grad = D.long_mdy(s.conferred)
    bor = f"BOR Res. No. {int(s.student_no[-2:]) % 60 + 12} s. {s.conferred.year}"
    nstp = f"R{rng.randint(1, 12):02d}-{s.admitted.year}-{rng.randint(10000, 99999)}"

    def new_page(n):
        p = Page(LEGAL_PH)
        p.seal(L + 40, 64, 28, 0.45)
        p.text(p.w / 2, 44, "Republic of the Philippines", F, 10, "center")
        p.text(p.w / 2, 60, inst.name.upper(), FB, 14 if len(inst.name) < 40 else 12, "center")
        p.text(p.w / 2, 73, f"{inst.street}, {inst.city}, {inst.region}", F, 9, "center")
        p.text(p.w / 2, 86, "OFFICE OF THE UNIVERSITY REGISTRAR", FB, 9.5, "center")
        p.text(p.w / 2, 106, "OFFICIAL TRANSCRIPT OF RECORDS", FB, 13, "center")
        y = 126
        if n == 1:
            p.rect(R - 96, 118, 96, 96, 0.8, 0.3)
            rows = [f"Name: {name}", f"Student No.: {s.student_no}",
                    f"Date of Birth: {D.long_mdy(s.dob)}", f"Place of Birth: {inst.city}, {inst.region}",
                    f"Sex: {'Female' if person.sex == 'F' else 'Male'}", "Citizenship: Filipino"]
            for ln in rows:
                p.text(L, y, ln, F, 9.5); y += 12.5
            y += 4
            p.text(L, y, "ENTRANCE DATA", FB, 9.5); y += 12.5
            p.text(L, y, "Admission Credentials: Form 138 (Senior High School Report Card)", F, 9.5); y += 12.5
            p.text(L, y, f"Date of Admission: {D.month_year(s.admitted)}", F, 9.5); y += 12.5
            p.text(L, y, f"Degree/Course: {cur.title}", F, 9.5); y += 12.5
            p.pieces(y, [(L, f"Date of Graduation: {grad}", "left"), (L + 300, f"NSTP Serial No.: {nstp}", "left")], F, 9.5)
            y += 12
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (R, f"Student No.: {s.student_no}", "right")], F, 9.5)
            y += 4
        top = y + 6
        if state["done"]:
            return p, top + 20
        p.hline(L, R, top, 1.0)
        y = top + 12
        p.text((xs[3] + xs[5]) / 2, y, "GRADES", FB, 8.5, "center")
        p.hline(xs[3], xs[5], y + 3, 0.4)
        y += 12
        p.pieces(y, [(xs[0] + 4, "TERM", "left"), (xs[1] + 4, "COURSE NO.", "left"),
                     (xs[2] + 4, "DESCRIPTIVE TITLE", "left"), ((xs[3] + xs[4]) / 2, "Final", "center"),
                     ((xs[4] + xs[5]) / 2, "Re-Ex.", "center"), ((xs[5] + xs[6]) / 2, "CREDITS", "center")], FB, 8.5)
        p.hline(L, R, y + 5, 0.8)
        p._tbl_top = top
        return p, y + 18

    state = {"done": False}
    fl = Flow(new_page, 90)
    out = []
    bottoms = {}

    def close(page, ybot):
        for x in xs:
            page.vline(x, page._tbl_top, ybot, 0.5)
        page.hline(L, R, ybot, 1.0)

    for t in s.terms:
        a, b = ph_term_two_lines(t)
        label = f"{a} {b}"
        fl.need(13 * min(3, len(t.results)) + 4)
        j = 0
        for r in t.results:
            if fl.need(13):
                j = 0
            term_cell = a if j == 0 else (b if j == 1 else "")
            j += 1
            g = ph_grade_str(r.ph_grade, 1)
            final, reex = (("INC", g) if r.code == inc_code else (g, ""))
            title = r.spec.title
            tsize = fit_size(title, F, 9.5, xs[3] - xs[2] - 8)
            cr = str(int(r.spec.credits)) if r.spec.credits == int(r.spec.credits) else str(r.spec.credits)
            items = [(xs[0] + 4, term_cell, "left", FB, 8.5), (xs[1] + 4, r.code, "left"),
                     (xs[2] + 4, title, "left", F, tsize), ((xs[3] + xs[4]) / 2, final, "center"),
                     ((xs[4] + xs[5]) / 2, reex, "center"), ((xs[5] + xs[6]) / 2, cr, "center")]
            fl.page.pieces(fl.y, items, F, 9.5)
            extra = {"final_grade": "INC", "reexam_grade": g} if final == "INC" else {}
            out.append(course_truth(r, label, r.spec.credits, g, "units", **extra))
            fl.y += 13
            bottoms[id(fl.page)] = fl.y - 9
        if j == 1:
            fl.page.text(xs[0] + 4, fl.y, b, FB, 8.5); fl.y += 13
        fl.page.hline(L, R, fl.y - 9, 0.3, 0.4)
        fl.y += 2
    fl.need(30)
    fl.page.text(fl.page.w / 2, fl.y + 2, "xxxxxxxxx NOTHING FOLLOWS xxxxxxxxx", FB, 9, "center")
    fl.y += 12
    for pg in fl.pages:
        close(pg, fl.y if pg is fl.page else bottoms.get(id(pg), pg.h - 90))
    fl.y += 16
    state["done"] = True
    fl.need(190)
    p = fl.page
    y = fl.y
    p.text(L, y, "REMARKS:", FB, 9.5)
    rem = wrap(f"Graduated with the degree of {cur.title} on {grad} per {bor}.", F, 9.5, R - L - 70)
    for ln in rem:
        p.text(L + 62, y, ln, F, 9.5); y += 12
    y += 10
    p.rect(L, y - 10, R - L, 64, 0.6, 0.3)
    p.text(L + 6, y + 2, "GRADING SYSTEM", FB, 8.5); y += 13
    for ln in ("1.0 = 99-100 Excellent; 1.25 = 96-98; 1.5 = 93-95 Very Good; 1.75 = 90-92; 2.0 = 87-89 Good;",
               "2.25 = 84-86; 2.5 = 81-83 Satisfactory; 2.75 = 78-80; 3.0 = 75-77 Passing; 5.0 Failed;",
               "INC Incomplete; DRP Dropped. One unit of credit is one hour of lecture or three hours of"):
        p.text(L + 6, y, ln, F, 8.5); y += 11
    p.text(L + 6, y, "laboratory work per week for one semester.", F, 8.5)
    s1, s2 = rng.sample(SIGNERS["PH"], 2)
    yb = p.h - 62
    p.signature(L + 20, yb - 12, 100, rng)
    p.signature(R - 170, yb - 12, 100, rng)
    p.pieces(yb, [(L + 70, s1.upper(), "center"), (R - 110, s2.upper(), "center")], FB, 9)
    p.pieces(yb + 11, [(L + 70, "Records Officer", "center"), (R - 110, "University Registrar", "center")], FI, 9)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(R, pg.h - 38, f"Page {i} of {n}", F, 8, "right")
        pg.text(pg.w / 2, pg.h - 26, "Not valid without the University dry seal. Any erasure or alteration renders this document void.",
                FI, 7.5, "center")
    return LayoutResult("transcript", "ph_tor_legal", FAMILY, fl.pages, [name], out, "units",
                        {"conferred_printed": grad})


TRANSCRIPT_LAYOUTS = {
    "in_cbcs_grade_cards": (in_grade_cards, FAMILY, ("IN",)),
    "ph_tor_legal": (ph_tor_legal, FAMILY, ("PH",)),
}
