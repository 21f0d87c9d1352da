"""Writer AN, round 19: the Philippines (PH), the core country (no pack: the PH institutions and
curricula are drawn as before, so no other design's draws change). A private medical college's
"OFFICIAL TRANSCRIPT OF RECORDS" (new design): legal size (8.5 x 13 in) portrait; the logo left of the
college name, "Office of the Registrar", the address with a ZIP code; a ruled personal block (Name as
SURNAME, Given M.; Date of Birth; Place of Birth; Sex; Citizenship; Parent/Guardian; Entrance Data; the
elementary and secondary schools; Degree with its abbreviation; Date of Graduation; the Special Order
number or "Exempted"). The table: TERM (a cell spanning the term's rows: "1st Sem" over "2014-2015") |
COURSE NO. ("MT 111", "Chem 11", "NSTP 1") | DESCRIPTIVE TITLE (long titles wrap to two lines; "(with
Laboratory)" on lecture+laboratory courses; a course credited from another school carries "(Credited
from ...)" on a second line and that school's grade) | FINAL GRADE (1.0-3.0 in quarter steps, "INC",
"P" for internship) | RE-EXAM (the grade that completed an INC) | CREDIT (units; NSTP "(3)", not counted).
The BSMT internship rows are titled by section and followed by an italic remark naming the training
hospital, the months and the hours. Last: "***nothing follows***", the grading system in a box,
"Remarks: For evaluation purposes", Prepared by / Checked by / the Registrar, the dry seal, "Not valid
without the school's seal" and "Page i of n" at every page's foot.

Truth: every row: code and title as printed, units, the grade that counts (the re-exam grade after an
INC, "P", or the other school's grade), term "1st Sem 2014-2015". NSTP rows keep their 3 units with
`in_total: false`. Units: credit_system "units".
"""

import math

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import LEGAL_PH, Page, wrap
from .r19_an_common import FAMILY, course_truth, dry_seal, k, mdy, sign_block

ABBR = {"ph_bsmt": "BSMT", "ph_bsbio": "BS Bio", "ph_bsn": "BSN", "ph_bsba": "BSBA"}
HOSP = ["Sta. Clarita del Valle Medical Center", "Our Lady of the Hills Medical Center",
        "Bayview Doctors' Hospital and Medical Center", "San Teodoro Regional Medical Center"]
OTHER = ["Colegio de Sta. Lucila", "Northbay Institute of Technology", "St. Brendan's College of Dumaguete"]
ELEM = ["Rizal Central Elementary School", "San Isidro Elementary School", "Poblacion Elementary School"]
SEC = ["Juan Luna National High School", "Holy Rosary Academy", "Mabini National High School"]
PARENTS = ["Rodolfo", "Ernesto", "Corazon", "Remedios", "Danilo", "Leticia"]
ZIPS = {"Laoag City": "2900", "Dagupan City": "2400", "Iloilo City": "5000", "Tacloban City": "6500",
        "Batangas City": "4200"}
CAP = {"CHEM", "BIO", "ENG", "MATH", "PHYS", "STAT"}


def ph_code(code):
    pre, _, num = code.partition(" ")
    if not num:
        for i, ch in enumerate(code):
            if ch.isdigit():
                pre, num = code[:i].rstrip("-"), code[i:]
                break
    return f"{pre.capitalize() if pre in CAP else pre} {num}" if num else code


def ph_title(spec):
    t = spec.title
    if t.startswith("Internship in "):
        return t[len("Internship in "):] + " Internship"
    if spec.credits >= 4 and spec.category in ("biology", "chemistry") and "Laboratory" not in t:
        return t + " (with Laboratory)"
    return t


def gstr(g):
    return f"{g:.2f}".rstrip("0") if g * 4 % 2 else f"{g:.1f}"


def term_label(t):
    ay = f"{t.start_year}-{t.start_year + 1}"
    return {"S1": ("1st Sem", ay), "S2": ("2nd Sem", ay), "SU": (f"Summer {t.start_year + 1}", "")}[t.key]


def ph19_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = LEGAL_PH
    L, R = 40, W - 40
    X = [L, L + 78, L + 140, L + 345, L + 412, L + 472, R]
    nm = name_form(person, "surname_first")
    mt = cur.id == "ph_bsmt"
    inc = None
    if k(s, "inc") % 3 == 0:
        opts = [(i, j) for i, t in enumerate(s.terms) for j, r in enumerate(t.results) if "NSTP" not in r.code]
        inc = opts[k(s, "inci") % len(opts)]
    cred = None
    if k(s, "cred") % 4 == 0:
        opts = [j for j, r in enumerate(s.terms[0].results) if r.spec.category in ("other", "mathematics")
                and "NSTP" not in r.code and "PE" not in r.code]
        cred = (0, opts[k(s, "credj") % len(opts)]) if opts else None
    p_intern = k(s, "pint") % 2 == 0
    pages, out = [], []

    def new_page():
        p = Page(LEGAL_PH)
        pages.append(p)
        p.logo(L + 40, 62, 26, 1, 0.3)
        p.text(W / 2 + 20, 48, inst.name.upper(), SB, 14.5, "center")
        p.text(W / 2 + 20, 62, "Office of the Registrar", SI, 10, "center")
        p.text(W / 2 + 20, 74, f"{inst.street}, {inst.city} {ZIPS.get(inst.city, '1000')}, {inst.region}, Philippines",
               S, 8.5, "center")
        p.text(W / 2, 104, "OFFICIAL TRANSCRIPT OF RECORDS", SB, 14, "center")
        return p

    p = new_page()
    so = ("Exempted" if k(s, "so") % 3 == 0 else
          f"(B)(R-{['I', 'III', 'IV-A', 'VI', 'VIII'][k(s, 'reg') % 5]})No. 50-{100000 + k(s, 'so1') % 900000}-"
          f"{k(s, 'so2') % 9000 + 100:04d} s. {s.conferred.year}")
    par = f"{PARENTS[k(s, 'par') % len(PARENTS)]} {person.middle[0]}. {person.surname}"
    hs = s.admitted.year
    info = [[f"Name: {nm}", f"Student No.: {s.student_no}"],
            [f"Date of Birth: {mdy(s.dob)}", f"Place of Birth: {inst.city}, {inst.region}"],
            [f"Sex: {'Female' if person.sex == 'F' else 'Male'}", "Citizenship: Filipino"],
            [f"Parent/Guardian: {par}", "Entrance Data: Form 138"],
            [f"Elementary: {ELEM[k(s, 'el') % 3]} ({hs - 10}-{hs - 4})", ""],
            [f"Secondary: {SEC[k(s, 'se') % 3]} ({hs - 4}-{hs})", ""],
            [f"Degree: {cur.title} ({ABBR[cur.id]})", ""],
            [f"Date of Graduation: {mdy(s.conferred)}", f"Special Order No.: {so}"]]
    y = 118
    for a, b in info:
        p.pieces(y + 11, [(L + 4, a, "left"), (L + 290, b, "left")], S, 9.5)
        p.hline(L, R, y + 15, 0.3)
        y += 15
    p.rect(L, 118, R - L, y - 118, 0.7)
    p.vline(L + 286, 118, y, 0.3)
    y += 10

    def head(p, y):
        p.rect(L, y, R - L, 20, 0.7, 0, fill=0.9)
        for i, h in enumerate(["TERM", "COURSE NO.", "DESCRIPTIVE TITLE", "FINAL GRADE", "RE-EXAM", "CREDIT"]):
            p.text((X[i] + X[i + 1]) / 2, y + 13, h, SB, 7.5 if i in (3, 4) else 8.5, "center")
        return y + 20

    y = head(p, y)
    top = y
    bottom = H - 60
    remark = None
    if mt:
        st = [t for t in s.terms if t.year == 4]
        a = D.add_months(s.conferred, -10).replace(day=1)
        b = D.add_months(s.conferred, -1)
        remark = (f"Internship at {HOSP[k(s, 'hosp') % len(HOSP)]}, {D.MONTHS[a.month - 1]} {a.year} - "
                  f"{D.MONTHS[b.month - 1]} {b.year} (1,664 hours)")
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            title = ph_title(r.spec)
            lines = wrap(title, S, 9.5, X[3] - X[2] - 8)
            fg, rx = gstr(r.ph_grade), ""
            grade = fg
            extra = {}
            if (i, j) == inc:
                fg, rx = "INC", gstr(min(3.0, r.ph_grade + 0.25))
                grade = rx
                extra["final_grade"] = "INC"
                extra["re_exam"] = rx
            if (i, j) == cred:
                sch = OTHER[k(s, "oth") % len(OTHER)]
                lines = lines + [f"(Credited from {sch})"]
                fg = grade = str(80 + k(s, "og") % 15)
                extra["credited_from"] = sch
            if r.spec.areas and p_intern:
                fg = grade = "P"
            cr = int(r.spec.credits)
            crs = f"({cr})" if "NSTP" in r.code else str(cr)
            if "NSTP" in r.code:
                extra["in_total"] = False
            code = ph_code(r.code)
            rows.append((code, lines, fg, rx, crs))
            out.append(course_truth(r, " ".join(x for x in term_label(t) if x), cr, grade, "units", code=code,
                                    title=title, **extra))
        need = sum(13 * len(x[1]) + 3 for x in rows) + (16 if (remark and t.key == "S2" and t.year == 4) else 0)
        if y + need > bottom - 40:
            p.vline(X[1], top, y, 0.4)
            p.rect(L, top, R - L, y - top, 0.7)
            p = new_page()
            y = head(p, 120)
            top = y
        y0 = y
        for code, lines, fg, rx, crs in rows:
            p.pieces(y + 11, [((X[1] + X[2]) / 2, code, "center"), (X[2] + 4, lines[0], "left"),
                              ((X[3] + X[4]) / 2, fg, "center"), ((X[4] + X[5]) / 2, rx, "center"),
                              ((X[5] + X[6]) / 2, crs, "center")], S, 9.5)
            for ln in lines[1:]:
                y += 13
                p.text(X[2] + 14 if ln.startswith("(Credited") else X[2] + 4, y + 11, ln,
                       SI if ln.startswith("(Credited") else S, 9.5)
            y += 16
        if remark and t.year == 4 and t.key == "S2":
            p.text(X[2] + 4, y + 10, remark, SI, 9)
            y += 16
        a, b = term_label(t)
        p.text((X[0] + X[1]) / 2, y0 + 11, a, SB, 9, "center")
        if b:
            p.text((X[0] + X[1]) / 2, y0 + 23, b, S, 8.5, "center")
        p.hline(L, R, y, 0.5)
    p.text(W / 2, y + 14, "***nothing follows***", SI, 9.5, "center")
    y += 20
    p.vline(X[1], top, y - 20, 0.4)
    p.rect(L, top, R - L, y - 20 - top, 0.7)
    if y + 200 > bottom:
        p = new_page()
        y = 120
    by = y + 6
    p.rect(L, by, 300, 78, 0.6)
    p.text(L + 6, by + 12, "GRADING SYSTEM", SB, 8.5)
    key = ["1.0 = 97-100 Excellent", "1.25 = 94-96 Excellent", "1.5 = 91-93 Very Good", "1.75 = 88-90 Very Good",
           "2.0 = 85-87 Good", "2.25 = 82-84 Good", "2.5 = 79-81 Satisfactory", "2.75 = 76-78 Satisfactory",
           "3.0 = 75 Passing", "5.0 = Failure", "INC = Incomplete", "DRP = Dropped"]
    for i in range(0, len(key), 2):
        p.pieces(by + 24 + 9 * (i // 2), [(L + 6, key[i], "left"), (L + 150, key[i + 1], "left")], S, 7.5)
    p.text(L, by + 96, "Remarks: For evaluation purposes", SB, 9.5)
    y = by + 150
    sign_block(p, rng, L + 80, y, "Prepared by", S, 8.5, 130, "Records Clerk")
    sign_block(p, rng, L + 250, y, "Checked by", S, 8.5, 130, "Records Evaluator")
    sign_block(p, rng, R - 90, y, "University Registrar" if inst.kind == "university" else "College Registrar", S,
               9, 160)
    dry_seal(p, R - 170, y - 10, 34)
    n = len(pages)
    for i, q in enumerate(pages, 1):
        q.text(L, H - 30, "Not valid without the school's seal", SI, 8.5)
        q.text(R, H - 30, f"Page {i} of {n}", S, 8.5, "right")
    return LayoutResult("transcript", "an_ph19_tor", FAMILY, pages, [nm], out, "units", {"prints_totals": False})


TRANSCRIPT_LAYOUTS = {"an_ph19_tor": (ph19_transcript, FAMILY, ("PH",))}
