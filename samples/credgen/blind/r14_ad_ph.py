"""Writer AD, round 14: Philippines (PH), a new design for the existing PH pack (not changed): a
university's "OFFICIAL TRANSCRIPT OF RECORDS" on legal-size paper (8.5 x 13 in), Times, with a 2x2 ID
photo box top-right and a personal data block (name "DELA CRUZ, MARIA SANTOS", date and place of
birth, parents' names, "Entrance Data: F-138", "Admission Date: June 2013", the degree). The record
table has a TERM COLUMN at the left: the term is written once ("1st Sem. 2013-2014", "2nd Sem.
2013-2014", "Summer 2014") in a cell merged over all its rows (printed top-aligned, on its first row's
baseline); columns `Term | Course No. | Descriptive Title | Final Grade | Re-Exam/Completion |
Credit`. Course numbers in the school's mixed case ("Chem 11", "Bio 101", "MT 301", "PE 1", "NSTP
1"); grades "1.25", "2.0"; PE and NSTP credits in parentheses ("(2)", "(3)": they do not count toward
the degree). Now and then a course is "INC" with its completion grade in the Re-Exam/Completion column,
or "DRP" (dropped) and taken again the next regular semester. For the BS Medical Technology the
internship year prints "MT 401 Clinical Laboratory Internship I" and "MT 402 ... II", 12 units each
(one row for the two 6-unit internships of the curriculum's semester), the affiliated hospital named
in a remark below the table. At the end "xxx NOTHING FOLLOWS xxx", the grading-system legend, "Graduated
with the degree of ... on April 5, 2018 per Board Resolution / Special Order (B) No. 50-123456-0012 s.
2018", "Remarks: For evaluation purposes", "Prepared by / Checked by / University Registrar" with a dry
seal. Each page: the name repeated at the top, "Page 1 of 3".

Credit basis: semester units (system "units", x 1). Truth: `grade` is the grade that counts (the
completion grade for an INC row, kept with `final_grade_printed: "INC"` and `completion`); a DRP row is
printed with its credit and recorded with passed False and semester_hours 0; PE / NSTP rows keep their
credit number (`credits`: 2 for "(2)") with semester_hours 0 and `non_credit: true`, because the
transcript says they do not count. No totals are printed (prints_totals False)."""

from ..layouts_transcript import LayoutResult
from ..pagekit import LEGAL_PH, Page, fit_size
from .r14_ad_common import (FAMILY, by_reading_order, course_truth, dry_seal, k, latin_pic, sign_block)
from .r6_l_common import fake_result

MIXED = {"CHEM": "Chem", "BIO": "Bio", "MATH": "Math", "ENG": "Eng", "PHYS": "Phys", "STAT": "Stat",
         "ACCTG": "Acctg", "ECO": "Eco", "MKTG": "Mktg", "FIN": "Fin", "PHARMA": "Pharma"}
FATHERS = ["Rogelio", "Ernesto", "Danilo", "Romeo", "Eduardo", "Leonardo", "Arnel", "Reynaldo"]
MOTHERS = ["Marites", "Rosalinda", "Corazon", "Evangeline", "Lourdes", "Teresita", "Gloria", "Nenita"]
MAIDEN = ["Villanueva", "Bautista", "Mendoza", "Ramos", "Aquino", "Garcia", "Castillo", "Navarro"]
HOSP = ["Visayan Doctors' Medical Center", "San Rafael Provincial Hospital", "Mount Carmel Regional Medical Center",
        "Holy Trinity General Hospital"]
UNIV = {"default": ("Universidad de San Lorenzo", "Iloilo City", "College of Medical Technology")}
GRAD_LEGEND = ["1.0 = 99-100 Excellent", "1.25 = 96-98", "1.5 = 93-95", "1.75 = 90-92", "2.0 = 87-89",
               "2.25 = 84-86", "2.5 = 81-83", "2.75 = 78-80", "3.0 = 75-77 Passed", "5.0 = Failed",
               "INC = Incomplete", "DRP = Dropped"]


def pcode(code):
    m = code.replace("-", " ").split(" ")
    if len(m) == 2 and m[0] in MIXED:
        return f"{MIXED[m[0]]} {m[1]}"
    if len(m) == 1:
        import re
        g = re.match(r"^([A-Z]+)(\d+[A-Z]?)$", code)
        if g and g.group(1) in MIXED:
            return f"{MIXED[g.group(1)]} {g.group(2)}"
    return code


def gstr(g):
    s = f"{g:.2f}"
    return s[:-1] if s.endswith("0") else s


def term_label(t):
    if t.key == "SU":
        return f"Summer {t.start_year + 1}"
    return f"{'1st' if t.key == 'S1' else '2nd'} Sem. {t.start_year}-{t.start_year + 1}"


def non_credit(r):
    return r.code.upper().startswith(("PE", "NSTP"))


def ph_rows(s):
    """[(term, [(r, final, completion, kind)])]; kind: ok / inc / drp / retake."""
    terms = [(t, [[r, gstr(r.ph_grade), "", "ok"] for r in t.results]) for t in s.terms]
    if s.curriculum.id == "ph_bsmt":
        for t, rows in terms:
            if t.year == 4:
                by = {r.spec.code: (r, f, c, kd) for r, f, c, kd in rows}
                for a, b, title in (("MT 401", "MT 403", "Clinical Laboratory Internship I"),
                                    ("MT 402", "MT 404", "Clinical Laboratory Internship II")):
                    if a in by and b in by:
                        ra, rb = by[a][0], by[b][0]
                        fr = fake_result(ra, ra.code, title, ra.spec.credits + rb.spec.credits, "mls_professional",
                                         tuple(ra.spec.areas) + tuple(rb.spec.areas))
                        fr.code = ra.code
                        rows[:] = [x for x in rows if x[0] is not rb]
                        for x in rows:
                            if x[0] is ra:
                                x[0] = fr
    regular = [i for i, (t, _) in enumerate(terms) if t.key != "SU" and t.year <= 2]
    n = k(s, "odd") % 6
    if n in (0, 1) and regular:                     # an INC completed
        i = regular[k(s, "inci") % len(regular)]
        rows = terms[i][1]
        js = [j for j, x in enumerate(rows) if not non_credit(x[0])]
        j = js[k(s, "incj") % len(js)]
        rows[j][2] = rows[j][1]
        rows[j][1] = "INC"
        rows[j][3] = "inc"
    elif n == 2 and len(regular) > 1:                # a DRP retaken the next regular semester
        i = regular[k(s, "drpi") % (len(regular) - 1)]
        nxt = next(x for x in range(i + 1, len(terms)) if terms[x][0].key != "SU")
        rows = terms[i][1]
        js = [j for j, x in enumerate(rows) if not non_credit(x[0])]
        j = js[k(s, "drpj") % len(js)]
        r = rows[j][0]
        terms[nxt][1].append([r, rows[j][1], "", "retake"])
        rows[j][1] = "DRP"
        rows[j][3] = "drp"
    return terms


def ph_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm_caps = f"{person.surname.upper()}, {' '.join(x for x in (person.given, person.middle) if x).upper()}"
    W, H = LEGAL_PH
    L, R = 42, W - 42
    X = {"term": L + 3, "no": L + 76, "title": L + 132, "fg": L + 378, "re": L + 436, "cr": R - 20}
    V = [L + 72, L + 128, L + 352, L + 404, L + 470]
    courses, pages = [], []
    college = "College of Medical Technology" if cur.id == "ph_bsmt" else \
        {"ph_bsbio": "College of Arts and Sciences", "ph_bsn": "College of Nursing",
         "ph_bsba": "College of Business and Accountancy"}.get(cur.id, "College of Arts and Sciences")
    sz = 8.2

    def header(p, first):
        p.logo(L + 24, 52, 22, 1, 0.25)
        p.text(W / 2, 44, inst.name.upper(), TB, 13, "center")
        p.text(W / 2, 57, f"{inst.street}, {inst.city}", T, 8.5, "center")
        p.text(W / 2, 68, "OFFICE OF THE UNIVERSITY REGISTRAR", TB, 9, "center")
        p.text(W / 2, 88, "OFFICIAL TRANSCRIPT OF RECORDS", TB, 14, "center")
        if not first:
            p.pieces(108, [(L, f"Name: {nm_caps}", "left", TB, 9), (R, f"Student No.: {s.student_no}", "right", T, 9)])
            return 118
        # 2x2 photo box top-right
        p.rect(R - 72, 100, 72, 72, 0.8)
        latin_pic(p, R - 36, 140, "2x2 ID", 6, gray=140)
        y = 112
        dob = f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][s.dob.month - 1]} {s.dob.day}, {s.dob.year}"
        kk = k(s, "par")
        fa = f"{FATHERS[kk % 8]} {person.surname}"
        mo = f"{MOTHERS[(kk // 8) % 8]} {person.middle or MAIDEN[(kk // 64) % 8]} {person.surname}"
        adm = s.admitted
        info = [f"Name: {nm_caps}", f"Student No.: {s.student_no}", f"Date of Birth: {dob}",
                f"Place of Birth: {inst.city}, {inst.region}", f"Father's Name: {fa}", f"Mother's Name: {mo}",
                "Entrance Data: F-138", f"Admission Date: {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][adm.month - 1]} {adm.year}",
                f"Degree: {cur.title}", f"College: {college}"]
        for i in range(0, len(info), 2):
            p.pieces(y, [(L, info[i], "left"), (L + 250, info[i + 1], "left")], T, 8.8)
            y += 12
        return max(y + 4, 180)

    def table_head(p, y):
        p.rect(L, y, R - L, 22, 0.8, 0.0, fill=0.9)
        p.pieces(y + 9, [(X["term"], "Term", "left"), (X["no"], "Course No.", "left"),
                         (X["title"], "Descriptive Title", "left"), ((V[2] + V[3]) / 2, "Final", "center"),
                         ((V[3] + V[4]) / 2, "Re-Exam/", "center"), ((V[4] + R) / 2, "Credit", "center")], TB, 8)
        p.pieces(y + 18, [((V[2] + V[3]) / 2, "Grade", "center"), ((V[3] + V[4]) / 2, "Completion", "center")], TB, 8)
        return y + 22

    terms = ph_rows(s)
    p = Page(LEGAL_PH)
    pages.append(p)
    y = table_head(p, header(p, True))
    top = y
    for t, rows in terms:
        h = 12 * len(rows) + 4
        if y + h > H - 70:
            p.rect(L, top, R - L, y - top, 0.8)
            for x in V:
                p.vline(x, top, y, 0.4)
            p.text(W / 2, y + 14, "(continued on next page)", TI, 8, "center")
            p = Page(LEGAL_PH)
            pages.append(p)
            y = table_head(p, header(p, False))
            top = y
        lab = term_label(t)
        y0 = y
        for n, (r, fin, comp, kind) in enumerate(rows):
            y += 12
            nc = non_credit(r)
            cr = int(r.spec.credits)
            crs = f"({cr})" if nc else str(cr)
            code = pcode(r.code)
            ts = fit_size(r.spec.title, T, sz, V[2] - X["title"] - 4, 6.0)
            items = ([(X["term"], lab, "left", TB, fit_size(lab, TB, 7.6, V[0] - X["term"] - 2, 5.5))] if n == 0 else []) + [
                (X["no"], code, "left"), (X["title"], r.spec.title, "left", T, ts),
                ((V[2] + V[3]) / 2, fin, "center"), ((V[3] + V[4]) / 2, comp, "center"), ((V[4] + R) / 2, crs, "center")]
            p.pieces(y, items, T, sz)
            extra = {}
            if nc:
                extra = {"non_credit": True, "semester_hours": 0}
            if kind == "inc":
                courses.append(course_truth(r, lab, cr, comp, "units", code=code, final_grade_printed="INC",
                                            completion=comp, **extra))
            elif kind == "drp":
                courses.append(course_truth(r, lab, cr, "DRP", "units", code=code, passed=False, semester_hours=0))
            else:
                courses.append(course_truth(r, lab, cr, fin, "units", code=code, **extra))
        y += 4
        p.hline(L, R, y, 0.5)
        p.hline(V[0], R, y0, 0.3)
    p.rect(L, top, R - L, y - top, 0.8)
    for x in V:
        p.vline(x, top, y, 0.4)
    y += 14
    need = 220
    if y + need > H - 50:
        p = Page(LEGAL_PH)
        pages.append(p)
        y = header(p, False) + 16
    p.text(W / 2, y, "xxx NOTHING FOLLOWS xxx", TB, 9, "center")
    y += 16
    if cur.id == "ph_bsmt":
        hosp = HOSP[k(s, "hosp") % len(HOSP)]
        p.text(L, y, f"Internship (MT 401, MT 402) completed at {hosp}, affiliated training laboratory.", TI, 8.5)
        y += 14
    p.text(L, y, "GRADING SYSTEM:", TB, 8.5)
    y += 11
    for i in range(0, len(GRAD_LEGEND), 4):
        p.spaced(L + 10, y, GRAD_LEGEND[i:i + 4], T, 8, 22)
        y += 11
    p.text(L + 10, y, "Credits in parentheses (PE, NSTP) are not counted toward the degree.", T, 8)
    y += 18
    d = s.conferred
    so = f"50-{k(s, 'so') % 900000 + 100000}-{k(s, 'so2') % 9000 + 1000:04d}"
    dtxt = f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]} {d.day}, {d.year}"
    y = p.paragraph(L, y, f"Graduated with the degree of {cur.title} on {dtxt} per Board Resolution / Special Order (B) "
                          f"No. {so} s. {d.year}.", TB, 9, R - L, 12) + 4
    p.text(L, y, "Remarks: For evaluation purposes", T, 9)
    y += 50
    sign_block(p, rng, L + 80, y, "Prepared by", T, 8.5, 130)
    sign_block(p, rng, W / 2, y, "Checked by", T, 8.5, 130)
    sign_block(p, rng, R - 90, y, "University Registrar", TB, 8.5, 150)
    dry_seal(p, R - 170, y - 10, 32)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.pieces(H - 28, [(L, "Not valid without the University seal.", "left", TI, 7.5),
                           (R, f"Page {i} of {n}", "right", T, 8)], T, 8)
    return LayoutResult("transcript", "ad_ph_term_column_tor", FAMILY, by_reading_order(pages), [nm_caps], courses,
                        "units", {"prints_totals": False})


TRANSCRIPT_LAYOUTS = {"ad_ph_term_column_tor": (ph_transcript, FAMILY, ("PH",))}
