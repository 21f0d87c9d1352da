"""Transcript layouts: Philippine term tables, two-column semester blocks, Indian marks
statements, Nigerian course-unit tables and US quarter-hour transcripts.

Every layout is registered in TRANSCRIPT_LAYOUTS with its family: `train` layouts are the
ones extraction rules may be tuned on; `heldout` layouts deliberately change column order,
header words ("Subject", "Descriptive Title", "Credit Units"), fonts, spacing, term wording
and date formats, to measure how the rules generalise. A layout returns the pages it drew
and, for the truth, each course exactly as it printed it (code, title, term label, credits,
grade string).
"""

from dataclasses import dataclass, field

from . import courses as C
from . import dates as D
from .model import marks_obtained, ng_grade, us_points
from .names import COUNTRY_NAMES, name_form
from .pagekit import A4, LEGAL_PH, LETTER, Flow, Page, fit_size

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
ORD_WORD = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth"}
ORD_NUM = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}


@dataclass
class LayoutResult:
    doc_type: str
    layout: str
    family: str
    pages: list
    name_printed: list = field(default_factory=list)
    courses: list = field(default_factory=list)
    credit_system: str = None
    info: dict = field(default_factory=dict)


def num(x):
    if x is None:
        return None
    x = float(x)
    return int(x) if x.is_integer() else round(x, 2)


def course_truth(r, term_label, credits, grade, system, **extra):
    d = {"code": r.code, "title": r.spec.title, "term": term_label,
         "credits": num(credits), "semester_hours": C.semester_hours(credits, system),
         "grade": grade, "category": r.spec.category,
         "category_ambiguous": C.is_ambiguous(r.spec)}
    if d["semester_hours"] is not None:
        d["semester_hours"] = num(d["semester_hours"])
    d.update(extra)
    return d


def cells(page, y, cols, values, font, size, min_size=6.5):
    """Draw a table row: cols = [(x, align, max_width)], long cells shrink to fit."""
    items = []
    for (x, align, w), s in zip(cols, values):
        if s:
            items.append((x, s, align, font, fit_size(s, font, size, w, min_size)))
    page.pieces(y, items, font, size)


def add_page_numbers(pages, x_of, y_from_bottom, font, size, fmt="Page {i} of {n}"):
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(x_of(p), p.h - y_from_bottom, fmt.format(i=i, n=n), font, size, "center")


# --- term labels -----------------------------------------------------------------------------

def ph_term_label(t, style):
    ay = f"{t.start_year}-{t.start_year + 1}"
    if style == "train":
        return {"S1": f"First Semester {ay}", "S2": f"Second Semester {ay}",
                "SU": f"Summer {t.start_year + 1}"}[t.key]
    return {"S1": f"1st Sem., A.Y. {ay}", "S2": f"2nd Sem., A.Y. {ay}",
            "SU": f"Summer, A.Y. {ay}"}[t.key]


def ng_term_label(t, style):
    ses = f"{t.start_year}/{t.start_year + 1}"
    if style == "train":
        return f"{ses} Session - {'First' if t.key == 'S1' else 'Second'} Semester"
    return f"{'Harmattan' if t.key == 'S1' else 'Rain'} Semester, {ses}"


def in_term_label(t):
    if t.key == "Y":
        return f"{ORD_WORD[t.year]} Year Examination, May {t.start_year + 1}"
    n = int(t.key[1:])
    exam = f"November/December {t.start_year}" if n % 2 else f"April/May {t.start_year + 1}"
    return f"Semester {ROMAN[n - 1]} (Examination: {exam})"


def us_term_label(t, style):
    yr = t.start_year if t.key == "FA" else t.start_year + 1
    name = {"FA": "Fall", "WI": "Winter", "SP": "Spring", "SU": "Summer"}[t.key]
    if style == "train":
        return f"{name} Quarter {yr}"
    return f"{'Autumn' if t.key == 'FA' else name} {yr}"


def term_label_for(country, t, style):
    return {"PH": ph_term_label, "NG": ng_term_label, "US": us_term_label}[country](t, style)


def ph_grade_str(g, decimals):
    return f"{g:.2f}" if decimals == 2 else (f"{g:.2f}".rstrip("0").rstrip(".") if g != int(g)
                                             else f"{g:.1f}")


# =============================================================================================
# (a) Philippine term-by-term table -- train

def ph_term_table(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = rng.choice([LETTER, LEGAL_PH])
    name = name_form(person, rng.choice(["surname_first", "surname_first_full"]))
    F, FB = "Helvetica", "Helvetica-Bold"
    cols = [(50, "left", 72), (128, "left", 300), (468, "center", 50), (540, "center", 40)]

    def new_page(n):
        p = Page(size)
        y = 46
        if n == 1:
            p.logo(82, 66, 20, 0)
            p.text(p.w / 2, y, "Republic of the Philippines", F, 9, "center"); y += 17
            p.text(p.w / 2, y, inst.name.upper(), FB, 14, "center"); y += 13
            p.text(p.w / 2, y, f"{inst.street}, {inst.city}, {inst.region}", F, 9, "center"); y += 18
            p.text(p.w / 2, y, "OFFICE OF THE REGISTRAR", FB, 10, "center"); y += 18
            p.text(p.w / 2, y, "OFFICIAL TRANSCRIPT OF RECORDS", FB, 13, "center"); y += 8
            p.hline(40, p.w - 40, y, 1.0); y += 16
            p.pieces(y, [(50, f"Name: {name}", "left"), (380, f"Student No.: {s.student_no}", "left")], F, 9.5); y += 14
            p.pieces(y, [(50, f"Date of Birth: {D.long_mdy(s.dob)}", "left"),
                         (380, f"Place of Birth: {inst.city}", "left")], F, 9.5); y += 14
            p.text(50, y, f"Course: {cur.title}", F, 9.5); y += 14
            p.pieces(y, [(50, f"Date Admitted: {D.month_year(s.admitted)}", "left"),
                         (380, "Admission Credential: Form 138", "left")], F, 9.5); y += 14
            p.text(50, y, f"Date of Graduation: {D.long_mdy(s.conferred)}", FB, 9.5); y += 10
        else:
            p.text(p.w / 2, y, inst.name.upper(), FB, 11, "center"); y += 14
            p.text(p.w / 2, y, "OFFICIAL TRANSCRIPT OF RECORDS (continuation)", F, 9, "center"); y += 14
            p.text(50, y, f"Name: {name}", F, 9.5); y += 6
        p.hline(40, p.w - 40, y + 2, 0.8); y += 14
        cells(p, y, cols, ["Course Code", "Descriptive Title", "Final Grade", "Units"], FB, 9)
        p.hline(40, p.w - 40, y + 5, 0.6)
        return p, y + 18

    fl = Flow(new_page, 120)
    out = []
    for t in s.terms:
        label = ph_term_label(t, "train")
        fl.need(14 + 13 * min(3, len(t.results)))
        fl.page.text(50, fl.y, label, FB, 9.5); fl.y += 14
        for r in t.results:
            fl.need(13)
            g = ph_grade_str(r.ph_grade, 2)
            u = num(r.spec.credits)
            cells(fl.page, fl.y, cols, [r.code, r.spec.title, g, str(u)], F, 9)
            out.append(course_truth(r, label, r.spec.credits, g, "units"))
            fl.y += 13
        fl.y += 5
    gwa = sum(r.ph_grade * r.spec.credits for t in s.terms for r in t.results) / sum(
        r.spec.credits for t in s.terms for r in t.results)
    fl.need(90)
    p = fl.page
    p.text(p.w / 2, fl.y, "xxx Nothing Follows xxx", F, 9, "center"); fl.y += 18
    p.text(50, fl.y, f"Total Units Earned: {num(sum(r.spec.credits for t in s.terms for r in t.results))}", F, 9)
    p.text(380, fl.y, f"General Weighted Average: {gwa:.2f}", F, 9); fl.y += 16
    p.text(50, fl.y, "Grading System: 1.00-1.25 Excellent; 1.50-1.75 Very Good; 2.00-2.25 Good;", F, 7.5); fl.y += 10
    p.text(50, fl.y, "2.50-2.75 Fair; 3.00 Passed; 5.00 Failed; INC Incomplete; DRP Dropped", F, 7.5); fl.y += 10
    p.text(50, fl.y, "One unit of credit is one hour of lecture or three hours of laboratory work per week for one semester.", F, 7.5)
    # signatures at the bottom of the last page
    yb = p.h - 78
    p.signature(90, yb - 12, 90, rng)
    p.signature(400, yb - 12, 90, rng)
    from .names import SIGNERS
    s1, s2 = rng.sample(SIGNERS["PH"], 2)
    p.pieces(yb, [(60, "Prepared by: " + s1, "left"), (370, "Certified correct: " + s2, "left")], F, 8.5)
    p.pieces(yb + 11, [(60, "Records Officer", "left"), (370, "University Registrar", "left")], F, 8.5)
    for pg in fl.pages:
        pg.text(pg.w - 40, pg.h - 44, "Not valid without the school seal", "Helvetica-Oblique", 7, "right")
    add_page_numbers(fl.pages, lambda pg: pg.w / 2, 30, F, 8)
    return LayoutResult("transcript", "ph_term_table", "train", fl.pages, [name], out, "units",
                        {"conferred_printed": D.long_mdy(s.conferred), "prints_totals": True})


# =============================================================================================
# (a') Philippine table, heldout: Times, split name fields, Units before Grade, Re-Exam column,
# "1st Sem., A.Y." terms, day-first numeric dates.

def ph_term_table_alt(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = rng.choice([LEGAL_PH, A4])
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    cols = [(44, "left", 64), (112, "left", 320), (462, "center", 30), (505, "center", 40),
            (555, "center", 40)]
    printed = f"{person.surname.upper()}, {person.given.upper()} {person.middle.upper()}".strip()

    def new_page(n):
        p = Page(size)
        y = 52
        if n == 1:
            p.seal(p.w - 80, 70, 26)
            p.text(44, y, inst.name, FB, 17); y += 15
            p.text(44, y, f"{inst.city}, {inst.region}, {COUNTRY_NAMES[inst.country]}", FI, 10); y += 13
            p.text(44, y, "Office of the University Registrar", F, 10); y += 22
            p.text(p.w / 2, y, "TRANSCRIPT OF SCHOLASTIC RECORD", FB, 12, "center"); y += 6
            p.hline(40, p.w - 40, y, 0.5); p.hline(40, p.w - 40, y + 2.5, 0.5); y += 18
            p.pieces(y, [(44, f"Surname: {person.surname.upper()}", "left"),
                         (230, f"Given Name: {person.given.upper()}", "left"),
                         (410, f"Middle Name: {person.middle.upper()}", "left")], F, 10); y += 14
            p.pieces(y, [(44, f"Date of Birth: {D.dmy_slash(s.dob)}", "left"),
                         (330, f"ID Number: {s.student_no}", "left")], F, 10); y += 14
            p.text(44, y, f"Degree: {cur.title}", F, 10); y += 14
            p.text(44, y, f"Degree conferred on {D.dmy_slash(s.conferred)}", F, 10); y += 14
            p.text(44, y, f"Entrance Credentials: SF10 - Senior High School; admitted {D.dmy_slash(s.admitted)}", F, 10); y += 8
        else:
            p.text(44, y, f"{inst.name} - Transcript of Scholastic Record", FI, 10); y += 14
            p.text(44, y, f"Student: {printed}", F, 10); y += 6
        p.hline(40, p.w - 40, y + 3, 0.5); y += 16
        cells(p, y, cols, ["Subject", "Descriptive Title", "Units", "Grade", "Re-Exam"], FB, 10)
        p.hline(40, p.w - 40, y + 5, 0.5)
        return p, y + 19

    fl = Flow(new_page, 110)
    out = []
    for t in s.terms:
        label = ph_term_label(t, "heldout")
        fl.need(16 + 14 * min(3, len(t.results)))
        fl.page.text(p_center(fl.page), fl.y, label, FI, 10.5, "center"); fl.y += 15
        for r in t.results:
            fl.need(14)
            g = ph_grade_str(r.ph_grade, 2)
            u = num(r.spec.credits)
            cells(fl.page, fl.y, cols, [r.code, r.spec.title, str(u), g, ""], F, 10)
            out.append(course_truth(r, label, r.spec.credits, g, "units"))
            fl.y += 14
        fl.y += 6
    fl.need(80)
    p = fl.page
    p.text(p.w / 2, fl.y, "- - - Entries below this line are not valid - - -", FI, 9, "center"); fl.y += 20
    p.text(44, fl.y, "GRADING SYSTEM: 1.0 (97-100), 1.25 (94-96), 1.5 (91-93), 1.75 (88-90), 2.0 (85-87),", F, 8); fl.y += 10
    p.text(44, fl.y, "2.25 (82-84), 2.5 (79-81), 2.75 (76-78), 3.0 (75), 5.0 Failure. Credit: one unit per hour per week.", F, 8); fl.y += 10
    from .names import SIGNERS
    reg = rng.choice(SIGNERS["PH"])
    yb = p.h - 70
    p.signature(p.w - 230, yb - 12, 110, rng)
    p.text(p.w - 200, yb, reg.upper(), FB, 10, "center")
    p.text(p.w - 200, yb + 12, "Registrar", FI, 10, "center")
    add_page_numbers(fl.pages, lambda pg: pg.w - 80, 36, FI, 9, "p. {i}/{n}")
    return LayoutResult("transcript", "ph_term_table_alt", "heldout", fl.pages, [printed], out,
                        "units", {"conferred_printed": D.dmy_slash(s.conferred)})


def p_center(p):
    return p.w / 2


# =============================================================================================
# (b) Two-column semester blocks -- train (PH units or NG course units)

def two_column_terms(s, person, rng):
    inst, cur = s.institution, s.curriculum
    country = inst.country
    size = LETTER if country == "PH" else A4
    F, FB = "Helvetica", "Helvetica-Bold"
    name = name_form(person, "natural_initial")
    system = cur.credit_system
    margin = 34
    colw = (size[0] - 2 * margin - 16) / 2

    def col_spec(x0):
        return [(x0 + 2, "left", 44), (x0 + 50, "left", colw - 110),
                (x0 + colw - 40, "center", 26), (x0 + colw - 12, "center", 20)]

    def new_page(n):
        p = Page(size)
        y = 40
        p.text(p.w / 2, y, inst.name.upper(), FB, 12.5, "center"); y += 12
        p.text(p.w / 2, y, f"{inst.city}, {inst.region}, {COUNTRY_NAMES[country]}", F, 8.5, "center"); y += 16
        if n == 1:
            p.text(p.w / 2, y, "TRANSCRIPT OF RECORDS", FB, 11, "center"); y += 16
            p.pieces(y, [(margin, f"Name of Student: {name}", "left"),
                         (p.w - margin, f"Student Number: {s.student_no}", "right")], F, 8.5); y += 12
            p.pieces(y, [(margin, f"Degree: {cur.title}", "left"),
                         (p.w - margin, f"Date of Graduation: {D.long_mdy(s.conferred)}", "right")], F, 8.5); y += 8
        else:
            p.text(margin, y, f"Name of Student: {name} (continued)", F, 8.5); y += 6
        p.hline(margin, p.w - margin, y, 0.8)
        return p, y + 16

    fl = Flow(new_page, 70)
    out = []
    grade_of = (lambda r: ph_grade_str(r.ph_grade, 2)) if system == "units" else \
        (lambda r: ng_grade(r.score)[0])
    terms = list(s.terms)
    pairs = [terms[i:i + 2] for i in range(0, len(terms), 2)]
    lh = 10.5
    for pair in pairs:
        rows = max(len(t.results) for t in pair) + 1  # the term's total under its rows
        h = 26 + rows * lh + 12
        fl.need(h)
        y0 = fl.y
        for ci, t in enumerate(pair):
            x0 = margin + ci * (colw + 16)
            p = fl.page
            label = term_label_for(country, t, "train")
            p.rect(x0, y0 - 10, colw, h - 6, 0.5, 0.3)
            p.text(x0 + 4, y0, label, FB, 8)
            y = y0 + 12
            cs = col_spec(x0 + 2)
            cells(p, y, cs, ["Code", "Title", "Grade", "Units"], FB, 7)
            y += lh
            for r in t.results:
                g = grade_of(r)
                cells(p, y, cs, [r.code, r.spec.title, g, str(num(r.spec.credits))], F, 7.5)
                extra = {"grade_point": ng_grade(r.score)[1]} if system != "units" else {}
                out.append(course_truth(r, label, r.spec.credits, g, system, **extra))
                y += lh
            term_total = num(sum(r.spec.credits for r in t.results))
            p.text(x0 + 52, y, f"Total {'Units' if system == 'units' else 'Credit Units'}: {term_total}", FB, 7)
        fl.y = y0 + h
    p = fl.page
    fl.need(60)
    p = fl.page
    p.text(margin, fl.y, f"Total credits earned: {num(sum(r.spec.credits for t in terms for r in t.results))}", FB, 8.5)
    fl.y += 12
    p.text(margin, fl.y, "This transcript is issued for evaluation purposes. Erasures or alterations invalidate it.", F, 7.5)
    p.signature(p.w - 170, p.h - 62, 90, rng)
    p.text(p.w - 130, p.h - 48, "Registrar", F, 8.5, "center")
    add_page_numbers(fl.pages, lambda pg: margin + 30, 24, F, 7)
    system_out = system
    return LayoutResult("transcript", "two_column_terms", "train", fl.pages, [name], out,
                        system_out, {"conferred_printed": D.long_mdy(s.conferred), "prints_totals": True})


# =============================================================================================
# (b') Two-column heldout: Times, title first ("Descriptive Title | Subject | Cr. | Gr."),
# PH "A.Y." terms or US "Autumn 2016" quarters, dates day-first (PH) / month-first (US).

def two_column_terms_alt(s, person, rng):
    inst, cur = s.institution, s.curriculum
    country = inst.country
    size = LETTER
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = name_form(person, "surname_first_full" if country == "PH" else "surname_first_mixed")
    system = cur.credit_system
    margin = 40
    colw = (size[0] - 2 * margin - 22) / 2
    conf = D.dmy_dash(s.conferred) if country != "US" else D.mdy_slash(s.conferred)

    def col_spec(x0):
        return [(x0 + 2, "left", colw - 100), (x0 + colw - 92, "left", 50),
                (x0 + colw - 30, "right", 20), (x0 + colw - 4, "right", 20)]

    def new_page(n):
        p = Page(size)
        y = 50
        p.text(margin, y, inst.name, FB, 15); y += 13
        p.text(margin, y, "Record of Academic Work", FI, 11); y += 18
        if n == 1:
            dob = D.dmy_dash(s.dob) if country != "US" else D.mdy_slash(s.dob)
            p.pieces(y, [(margin, f"Student: {name}", "left"),
                         (p.w - margin, f"Date of birth: {dob}", "right")], F, 10)
            y += 13
            p.text(margin, y, f"Program: {cur.title}", F, 10); y += 13
            p.text(margin, y, f"Conferred: {conf}", F, 10); y += 6
        p.hline(margin, p.w - margin, y, 0.4); y += 2
        p.hline(margin, p.w - margin, y, 0.4)
        return p, y + 18

    fl = Flow(new_page, 60)
    out = []
    terms = list(s.terms)
    pairs = [terms[i:i + 2] for i in range(0, len(terms), 2)]
    lh = 12
    for pair in pairs:
        rows = max(len(t.results) for t in pair)
        h = 28 + rows * lh + 10
        fl.need(h)
        y0 = fl.y
        for ci, t in enumerate(pair):
            x0 = margin + ci * (colw + 22)
            p = fl.page
            if country == "US":
                label = us_term_label(t, "heldout")
            else:
                label = ph_term_label(t, "heldout")
            p.text(x0 + colw / 2, y0, label, FB, 9.5, "center")
            y = y0 + 13
            cs = col_spec(x0)
            cells(p, y, cs, ["Descriptive Title", "Subject", "Cr.", "Gr."], FI, 8.5)
            p.hline(x0, x0 + colw, y + 3, 0.3)
            y += lh
            for r in t.results:
                if system == "quarter":
                    g = r.letter
                else:
                    g = ph_grade_str(r.ph_grade, 1)
                cr = str(num(r.spec.credits))
                cells(p, y, cs, [r.spec.title, r.code, cr, g], F, 9)
                out.append(course_truth(r, label, r.spec.credits, g, system))
                y += lh
        fl.y = y0 + h
    fl.need(40)
    p = fl.page
    note = ("Credit is given in quarter hours." if system == "quarter"
            else "Credit is given in units; one unit equals one hour of class per week.")
    p.text(margin, fl.y, note, FI, 8.5)
    add_page_numbers(fl.pages, lambda pg: pg.w / 2, 28, FI, 8.5, "Leaf {i} of {n}")
    return LayoutResult("transcript", "two_column_terms_alt", "heldout", fl.pages, [name], out,
                        system, {"conferred_printed": conf})


# =============================================================================================
# (c) Indian consolidated marks statement -- train (paper code, title, max, obtained, credits)

def in_marks_statement(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = A4
    F, FB = "Helvetica", "Helvetica-Bold"
    name = name_form(person, "surname_first_nocomma")
    cols = [(40, "left", 62), (106, "left", 276), (412, "center", 46), (474, "center", 66),
            (536, "center", 40)]

    def new_page(n):
        p = Page(size)
        y = 44
        p.logo(70, 62, 18, 1)
        p.text(p.w / 2, y, inst.name.upper(), FB, 13, "center"); y += 13
        p.text(p.w / 2, y, f"{inst.street}, {inst.city} ({inst.region})", F, 8.5, "center"); y += 18
        p.text(p.w / 2, y, "CONSOLIDATED STATEMENT OF MARKS", FB, 12, "center"); y += 16
        if n == 1:
            p.text(40, y, f"Name of the Candidate: {name}", FB, 9.5); y += 13
            p.pieces(y, [(40, f"PRN: {s.student_no}", "left"),
                         (300, f"Seat No.: {s.student_no[-6:]}", "left")], F, 9.5); y += 13
            p.text(40, y, f"Programme: {cur.title}", F, 9.5); y += 13
            p.pieces(y, [(40, f"Duration: {cur.years} Years", "left"),
                         (300, "Medium of Instruction: English", "left")], F, 9.5); y += 6
        else:
            p.text(40, y, f"Name of the Candidate: {name}", F, 9.5); y += 6
        p.hline(36, p.w - 36, y + 2, 0.8)
        return p, y + 18

    fl = Flow(new_page, 110)
    out = []
    for t in s.terms:
        label = in_term_label(t)
        fl.need(44 + 13 * min(4, len(t.results)))
        p = fl.page
        p.text(40, fl.y, label, FB, 9.5); fl.y += 14
        cells(p, fl.y, cols, ["Paper Code", "Paper Title", "Max. Marks", "Marks Obtained", "Credits"], FB, 8)
        p.hline(36, p.w - 36, fl.y + 4, 0.5); fl.y += 14
        tot_m = tot_o = 0
        for r in t.results:
            fl.need(13)
            mo = marks_obtained(r)
            tot_m += r.max_marks
            tot_o += mo
            cells(fl.page, fl.y, cols, [r.code, r.spec.title, str(r.max_marks), str(mo),
                                        str(num(r.spec.credits))], F, 8.5)
            out.append(course_truth(r, label, r.spec.credits, str(mo), "semester",
                                    max_marks=r.max_marks, marks_obtained=mo))
            fl.y += 13
        fl.need(16)
        fl.page.spaced(40, fl.y, [f"Total: {tot_o} / {tot_m}", "Result: PASS"], F, 8.5, 24)
        fl.y += 18
    fl.need(80)
    p = fl.page
    total_credits = num(sum(r.spec.credits for t in s.terms for r in t.results))
    p.text(40, fl.y, f"Total Credits Earned: {total_credits}", FB, 9.5); fl.y += 13
    p.text(40, fl.y, f"Result: {s.honours or 'First Class'}", FB, 9.5); fl.y += 13
    p.text(40, fl.y, f"Degree conferred on {D.dmy_slash(s.conferred)}", FB, 9.5); fl.y += 13
    issue = D.add_months(s.conferred, 2)
    p.text(40, fl.y, f"Date of Issue: {D.dmy_slash(issue)}", F, 9.5)
    from .names import SIGNERS
    sig = rng.choice(SIGNERS["IN"])
    p.signature(p.w - 200, p.h - 80, 100, rng)
    p.text(p.w - 150, p.h - 66, sig, F, 9, "center")
    p.text(p.w - 150, p.h - 55, "Controller of Examinations", F, 9, "center")
    add_page_numbers(fl.pages, lambda pg: 70, 40, F, 8)
    return LayoutResult("transcript", "in_marks_statement", "train", fl.pages, [name], out,
                        "semester", {"conferred_printed": D.dmy_slash(s.conferred), "prints_totals": True})


# =============================================================================================
# (c') Indian annual marks memorandum -- heldout: Courier, marks only (no credits), years
# merged into annual examinations, S.No. column, min marks, dotted dates.

def in_marks_annual(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = A4
    F, FB = "Courier", "Courier-Bold"
    name = name_form(person, "caps")
    cols = [(40, "left", 24), (70, "left", 66), (142, "left", 262), (430, "right", 34),
            (480, "right", 34), (540, "right", 40)]
    # merge semesters into annual examinations (year of study)
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    deg_short = {"in_bsc_micro": "B.Sc.", "in_bsc_mlt": "B.Sc. (MLT)", "in_dmlt": "D.M.L.T."}[cur.id]

    def new_page(n):
        p = Page(size)
        y = 50
        p.text(p.w / 2, y, inst.name, FB, 12, "center"); y += 14
        p.text(p.w / 2, y, f"{inst.city}, {inst.region}", F, 9, "center"); y += 20
        p.text(p.w / 2, y, "MARKS MEMORANDUM", FB, 12, "center"); y += 18
        p.text(40, y, f"Candidate: {name}", F, 9); y += 12
        if n == 1:
            p.text(40, y, f"Enrolment No.: {s.student_no}", F, 9); y += 12
            p.text(40, y, f"Course: {cur.title}", F, 9); y += 6
        p.hline(36, p.w - 36, y, 0.6)
        return p, y + 16

    fl = Flow(new_page, 100)
    out = []
    sn = 0
    for yr, terms in sorted(years.items()):
        exam_year = terms[-1].start_year + 1
        label = f"{deg_short} Part {ROMAN[yr - 1]} Examination held in April {exam_year}"
        fl.need(40 + 12 * 3)
        p = fl.page
        p.text(40, fl.y, label, FB, 9); fl.y += 14
        cells(p, fl.y, cols, ["S.No.", "Code", "Title of the Paper", "Max.", "Min.", "Obtained"], FB, 8)
        fl.y += 13
        for t in terms:
            for r in t.results:
                fl.need(12)
                sn += 1
                mo = marks_obtained(r)
                mn = int(r.max_marks * 0.4)
                cells(fl.page, fl.y, cols, [str(sn), r.code, r.spec.title, str(r.max_marks),
                                            str(mn), str(mo)], F, 8)
                out.append(course_truth(r, label, None, str(mo), "marks",
                                        max_marks=r.max_marks, marks_obtained=mo, min_marks=mn))
                fl.y += 12
        fl.y += 8
    fl.need(70)
    p = fl.page
    p.text(40, fl.y, f"Division: {s.honours or 'First Division'}", FB, 9); fl.y += 13
    p.text(40, fl.y, f"Degree awarded at the Convocation held on {D.dmy_dot(s.conferred)}", F, 9); fl.y += 13
    p.text(40, fl.y, "Marks only; this memorandum does not state credits.", F, 8)
    p.signature(p.w - 210, p.h - 74, 100, rng)
    p.text(p.w - 160, p.h - 60, "Registrar (Evaluation)", F, 9, "center")
    add_page_numbers(fl.pages, lambda pg: pg.w / 2, 30, F, 8, "Sheet {i} of {n}")
    return LayoutResult("transcript", "in_marks_annual", "heldout", fl.pages, [name], out,
                        "marks", {"conferred_printed": D.dmy_dot(s.conferred)})


# =============================================================================================
# (d) Nigerian course-unit table -- train

def ng_course_units(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = A4
    F, FB = "Helvetica", "Helvetica-Bold"
    name = name_form(person, "surname_first_mixed")
    cols = [(40, "left", 60), (104, "left", 290), (420, "center", 30), (470, "center", 30),
            (530, "center", 40)]
    dept = {"ng_bmls": "Medical Laboratory Science", "ng_bsc_micro": "Microbiology",
            "ng_bsc_biochem": "Biochemistry", "ng_bnsc": "Nursing Science"}[cur.id]

    def new_page(n):
        p = Page(size)
        y = 44
        p.logo(p.w / 2, 56, 14, 1)
        y = 88
        p.text(p.w / 2, y, inst.name.upper(), FB, 13, "center"); y += 12
        p.text(p.w / 2, y, f"{inst.street}, {inst.city}, {inst.region}, Nigeria", F, 8.5, "center"); y += 14
        p.text(p.w / 2, y, "OFFICE OF THE REGISTRAR (Academic Affairs Division)", F, 9, "center"); y += 16
        p.text(p.w / 2, y, "STUDENT ACADEMIC TRANSCRIPT", FB, 11.5, "center"); y += 18
        if n == 1:
            p.pieces(y, [(40, f"Name: {name}", "left"), (360, f"Matric. No.: {s.student_no}", "left")], F, 9); y += 12
            p.pieces(y, [(40, f"Department: {dept}", "left"), (360, f"Sex: {'Female' if person.sex == 'F' else 'Male'}", "left")], F, 9); y += 12
            p.text(40, y, f"Degree in View: {cur.title}", F, 9); y += 12
            p.pieces(y, [(40, f"Year of Entry: {s.admitted.year}", "left"),
                         (360, f"Date of Award: {D.ordinal_dmy(s.conferred)}", "left")], F, 9); y += 6
        else:
            p.spaced(40, y, [f"Name: {name}", f"Matric. No.: {s.student_no}"], F, 9, 24); y += 6
        p.hline(36, p.w - 36, y + 2, 0.8)
        return p, y + 18

    fl = Flow(new_page, 100)
    out = []
    cum_u = cum_gp = 0
    for t in s.terms:
        label = ng_term_label(t, "train")
        fl.need(44 + 12 * 3)
        p = fl.page
        p.text(40, fl.y, label, FB, 9.5); fl.y += 13
        cells(p, fl.y, cols, ["Course Code", "Course Title", "Units", "Grade", "Grade Point"], FB, 8.5)
        p.hline(36, p.w - 36, fl.y + 4, 0.4); fl.y += 14
        tu = tgp = 0
        for r in t.results:
            fl.need(12)
            letter, pts = ng_grade(r.score)
            u = num(r.spec.credits)
            gp = int(u * pts)
            tu += u; tgp += gp
            cells(fl.page, fl.y, cols, [r.code, r.spec.title, str(u), letter, str(gp)], F, 9)
            out.append(course_truth(r, label, r.spec.credits, letter, "semester", grade_point=gp))
            fl.y += 12
        cum_u += tu; cum_gp += tgp
        fl.need(14)
        fl.page.spaced(40, fl.y, [f"Total Units: {tu}", f"Total Grade Points: {tgp}", f"GPA: {tgp / tu:.2f}",
                                 f"CGPA: {cum_gp / cum_u:.2f}"], F, 8.5, 18)
        fl.y += 18
    fl.need(70)
    p = fl.page
    p.text(40, fl.y, f"Class of Degree: {s.honours or 'Second Class (Upper Division)'}", FB, 9.5); fl.y += 13
    p.text(40, fl.y, "Grading: A (70-100) = 5, B (60-69) = 4, C (50-59) = 3, D (45-49) = 2, E (40-44) = 1, F (0-39) = 0", F, 7.5)
    from .names import SIGNERS
    sig = rng.choice(SIGNERS["NG"])
    p.signature(p.w - 210, p.h - 72, 100, rng)
    p.text(p.w - 160, p.h - 58, sig, F, 9, "center")
    p.text(p.w - 160, p.h - 47, "for: Registrar", F, 9, "center")
    add_page_numbers(fl.pages, lambda pg: 80, 40, F, 8)
    return LayoutResult("transcript", "ng_course_units", "train", fl.pages, [name], out,
                        "semester", {"conferred_printed": D.ordinal_dmy(s.conferred), "prints_totals": True})


# =============================================================================================
# (d') Nigerian heldout: Times, S/N first, title before code, "Credit Units", score + grade,
# Harmattan/Rain semesters, split "Surname / Other Names", day-first numeric date.

def ng_course_units_alt(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = A4
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    cols = [(44, "left", 20), (70, "left", 290), (370, "left", 60), (458, "center", 40),
            (505, "center", 30), (548, "center", 30)]
    other = " ".join(x for x in (person.given, person.middle) if x)
    printed = f"{person.surname.upper()}, {other}"

    def new_page(n):
        p = Page(size)
        y = 54
        p.text(44, y, inst.name, FB, 16); y += 14
        p.text(44, y, f"{inst.city}, {inst.region}", FI, 10); y += 20
        p.text(44, y, "TRANSCRIPT OF ACADEMIC RECORD", FB, 11); y += 16
        if n == 1:
            p.pieces(y, [(44, f"Surname: {person.surname.upper()}", "left"),
                         (300, f"Other Names: {other}", "left")], F, 10); y += 13
            p.pieces(y, [(44, f"Registration Number: {s.student_no}", "left"),
                         (300, f"Mode of Entry: UTME {s.admitted.year}", "left")], F, 10); y += 13
            p.text(44, y, f"Programme: {cur.title}", F, 10); y += 13
            p.text(44, y, f"Degree conferred on {D.dmy_slash(s.conferred)}", F, 10); y += 6
        else:
            p.spaced(44, y, [f"Surname: {person.surname.upper()}", f"Other Names: {other}"], F, 10, 20); y += 6
        p.hline(40, p.w - 40, y + 2, 0.5)
        return p, y + 20

    fl = Flow(new_page, 80)
    out = []
    for t in s.terms:
        label = ng_term_label(t, "heldout")
        fl.need(40 + 13 * 3)
        p = fl.page
        p.text(p.w / 2, fl.y, label, FB, 10.5, "center"); fl.y += 14
        cells(p, fl.y, cols, ["S/N", "Course Description", "Code", "Credit Units", "Score", "Grade"], FI, 9.5)
        fl.y += 13
        tcu = tgp = 0
        for i, r in enumerate(t.results, 1):
            fl.need(13)
            letter, pts = ng_grade(r.score)
            u = num(r.spec.credits)
            tcu += u; tgp += u * pts
            cells(fl.page, fl.y, cols, [str(i), r.spec.title, r.code, str(u), str(r.score), letter], F, 10)
            out.append(course_truth(r, label, r.spec.credits, letter, "semester", score=r.score))
            fl.y += 13
        fl.need(14)
        fl.page.spaced(70, fl.y, [f"TCU: {num(tcu)}", f"TGP: {num(tgp)}", f"GPA: {tgp / tcu:.2f}"], F, 9.5, 22)
        fl.y += 8 + 13
    fl.need(40)
    p = fl.page
    p.text(44, fl.y, f"Class of Degree: {s.honours or 'Second Class Honours (Lower Division)'}", FB, 10)
    p.signature(p.w - 200, p.h - 58, 90, rng)
    p.text(p.w - 150, p.h - 44, "Deputy Registrar (Exams and Records)", FI, 9, "center")
    add_page_numbers(fl.pages, lambda pg: 70, 28, FI, 8.5, "Page {i}")
    return LayoutResult("transcript", "ng_course_units_alt", "heldout", fl.pages, [printed], out,
                        "semester", {"conferred_printed": D.dmy_slash(s.conferred), "prints_totals": True})


# =============================================================================================
# (e) US quarter-hour transcript -- train

def us_quarter(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = LETTER
    F, FB = "Helvetica", "Helvetica-Bold"
    name = f"{person.surname}, {' '.join(x for x in (person.given, person.middle) if x)}"
    cols = [(48, "left", 62), (116, "left", 290), (430, "center", 30), (490, "right", 36),
            (560, "right", 40)]

    def new_page(n):
        p = Page(size)
        y = 44
        p.pieces(y, [(48, inst.name.upper(), "left", FB, 13),
                     (p.w - 48, "OFFICIAL ACADEMIC TRANSCRIPT", "right", FB, 10)]); y += 12
        p.text(48, y, f"Office of the Registrar - {inst.street}, {inst.city}, {inst.region}", F, 8.5); y += 16
        if n == 1:
            p.pieces(y, [(48, f"Student: {name}", "left"), (360, f"Student ID: {s.student_no}", "left")], F, 9); y += 12
            p.pieces(y, [(48, f"Birth Date: {D.mdy_slash(s.dob)}", "left"),
                         (360, f"Entered: {us_term_label(s.terms[0], 'train')}", "left")], F, 9); y += 12
            p.text(48, y, f"Degree Awarded: {cur.title}", FB, 9); y += 12
            p.text(48, y, f"Date Conferred: {D.long_mdy(s.conferred)}", FB, 9); y += 6
        else:
            p.spaced(48, y, [f"Student: {name}", f"Student ID: {s.student_no}"], F, 9, 20); y += 6
        p.hline(44, p.w - 44, y + 2, 0.8); y += 16
        cells(p, y, cols, ["Course", "Title", "Grade", "Credits", "Points"], FB, 8.5)
        p.hline(44, p.w - 44, y + 4, 0.4)
        return p, y + 16

    fl = Flow(new_page, 90)
    out = []
    cum_c = cum_p = 0.0
    for t in s.terms:
        label = us_term_label(t, "train")
        fl.need(30 + 12 * 3)
        fl.page.text(48, fl.y, label, FB, 9); fl.y += 13
        tc = tp = 0.0
        for r in t.results:
            fl.need(12)
            pts = us_points(r.letter) * r.spec.credits
            tc += r.spec.credits; tp += pts
            cells(fl.page, fl.y, cols, [r.code, r.spec.title, r.letter, f"{r.spec.credits:.1f}",
                                        f"{pts:.1f}"], F, 8.5)
            out.append(course_truth(r, label, r.spec.credits, r.letter, "quarter",
                                    quality_points=round(pts, 1)))
            fl.y += 12
        cum_c += tc; cum_p += tp
        fl.need(14)
        fl.page.spaced(116, fl.y, [f"Term: {tc:.1f} credits, GPA {tp / tc:.2f}",
                                  f"Cumulative: {cum_c:.1f} credits, GPA {cum_p / cum_c:.2f}"],
                       "Helvetica-Oblique", 8, 20)
        fl.y += 17
    fl.need(50)
    p = fl.page
    p.text(48, fl.y, "***** END OF TRANSCRIPT *****", FB, 9); fl.y += 14
    p.text(48, fl.y, "Credits are quarter hours. One quarter hour equals two-thirds of a semester hour.", F, 8)
    p.signature(p.w - 200, p.h - 64, 90, rng)
    p.text(p.w - 150, p.h - 50, "University Registrar", F, 8.5, "center")
    add_page_numbers(fl.pages, lambda pg: pg.w / 2, 30, F, 8)
    return LayoutResult("transcript", "us_quarter", "train", fl.pages, [name], out, "quarter",
                        {"conferred_printed": D.long_mdy(s.conferred), "prints_totals": True})


# =============================================================================================
# (e') US heldout: Times, title first, Dept and No. split, "Qtr Hrs", "Autumn 2015" terms,
# month-first numeric dates.

def us_quarter_alt(s, person, rng):
    inst, cur = s.institution, s.curriculum
    size = LETTER
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = name_form(person, "natural")
    cols = [(50, "left", 250), (310, "left", 44), (360, "left", 36), (430, "right", 40),
            (480, "center", 30), (560, "right", 44)]

    def new_page(n):
        p = Page(size)
        y = 50
        p.text(p.w / 2, y, inst.name, FB, 16, "center"); y += 14
        p.text(p.w / 2, y, f"{inst.city}, {inst.region}", FI, 10, "center"); y += 18
        if n == 1:
            p.text(50, y, f"Name: {name}", F, 10.5); y += 13
            p.text(50, y, f"Record No.: {s.student_no}", F, 10.5); y += 13
            p.text(50, y, f"Program: {cur.title}", F, 10.5); y += 13
            p.text(50, y, f"Conferred {D.mdy_slash(s.conferred)}", F, 10.5); y += 6
        else:
            p.text(50, y, f"Name: {name} (continued)", FI, 10); y += 6
        p.hline(46, p.w - 46, y + 2, 0.5); y += 16
        cells(p, y, cols, ["Course Title", "Dept", "No.", "Qtr Hrs", "Grade", "Grade Pts"], FI, 9.5)
        return p, y + 16

    fl = Flow(new_page, 70)
    out = []
    for t in s.terms:
        label = us_term_label(t, "heldout")
        fl.need(28 + 13 * 3)
        fl.page.text(50, fl.y, label, FB, 10); fl.y += 13
        th = tp = 0.0
        for r in t.results:
            fl.need(13)
            pts = us_points(r.letter) * r.spec.credits
            th += r.spec.credits; tp += pts
            dept, no = r.code.split(" ") if " " in r.code else (r.code, "")
            cells(fl.page, fl.y, cols, [r.spec.title, dept, no, f"{r.spec.credits:.2f}", r.letter,
                                        f"{pts:.2f}"], F, 10)
            out.append(course_truth(r, label, r.spec.credits, r.letter, "quarter",
                                    quality_points=round(pts, 2)))
            fl.y += 13
        fl.need(13)
        fl.page.spaced(300, fl.y, [f"Term Hrs {th:.2f}", f"Points {tp:.2f}", f"GPA {tp / th:.2f}"], FI, 9.5, 18)
        fl.y += 7 + 13
    add_page_numbers(fl.pages, lambda pg: pg.w - 70, 30, FI, 9, "page {i} of {n}")
    return LayoutResult("transcript", "us_quarter_alt", "heldout", fl.pages, [name], out,
                        "quarter", {"conferred_printed": D.mdy_slash(s.conferred), "prints_totals": True})


# name -> (function, family, countries)
TRANSCRIPT_LAYOUTS = {
    "ph_term_table": (ph_term_table, "train", ("PH",)),
    "ph_term_table_alt": (ph_term_table_alt, "heldout", ("PH",)),
    "two_column_terms": (two_column_terms, "train", ("PH", "NG")),
    "two_column_terms_alt": (two_column_terms_alt, "heldout", ("PH", "US")),
    "in_marks_statement": (in_marks_statement, "train", ("IN",)),
    "in_marks_annual": (in_marks_annual, "heldout", ("IN",)),
    "ng_course_units": (ng_course_units, "train", ("NG",)),
    "ng_course_units_alt": (ng_course_units_alt, "heldout", ("NG",)),
    "us_quarter": (us_quarter, "train", ("US",)),
    "us_quarter_alt": (us_quarter_alt, "heldout", ("US",)),
}
