"""Writer L, round 6: Philippines (variant; the existing PH tables and schools). A STATE college's
"TRANSCRIPT OF SCHOLASTIC RECORDS" on long bond paper, as a provincial SUC registrar prints it:
"Republic of the Philippines" over the school's name, a personal-data block (Name, Student No.,
Sex, Date and Place of Birth, Home Address, Entrance Credential, Course, Major), then one table
`Course No. | Descriptive Title | Final Grade | Completion | Credit` under a two-line header.
Each term is introduced by a line naming the school AND the term ("CENTRAL LUZON STATE COLLEGE
— 1st Semester, SY 2014-2015", "... - Summer 2017"). Grades 1.0-5.0 in quarter steps printed
without the trailing zero ("1.25", "1.5", "2.0"); an "INC" whose Completion column holds the
grade that replaced it; now and then a 5.0 (Credit 0) taken again the next term. PE and NSTP
credits are printed in PARENTHESES "(2)" / "(3)": non-academic units the school leaves out of
the GWA. Internship rotations are renumbered as courses "MT 411 Clinical Chemistry
(Internship)". At the end "- NOTHING FOLLOWS -", a Grading System legend, "Remarks: Graduated
... Special Order No. ...", "Not valid without the school seal" and the registrar's signature
with a dry-seal circle pressed over it; "Page 1 of 2" and the name on continued pages.

Truth: units = 1 SH (system `units`). The parenthesised PE/NSTP units are courses either way:
criteria.md counts every unit as 1 SH and has no rule leaving non-academic units out of the
semester hours (only the school's GWA leaves them out), so their truth credits are the number
inside the parentheses, category `other`, with credits_printed "(2)". A failed 5.0 row earned
no credit: truth credits 0 (printed "0"). An INC row's grade is its Completion grade
(final_printed "INC")."""

from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import LEGAL_PH, Flow, Page, wrap
from .r6_l_common import FAMILY, course_truth, dry_seal, fmt_num, k

PLACES = ["Cabanatuan City", "Munoz, Nueva Ecija", "Tarlac City", "San Jose City", "Gapan City",
          "Guimba, Nueva Ecija", "Malolos City", "Baler, Aurora", "Palayan City"]
STREETS = ["Purok 3, Brgy. Bantug", "Zone 2, Brgy. Sto. Nino", "Sitio Malinis, Brgy. Rizal",
           "Blk 4 Lot 12, Villa Aurora Subd.", "Purok 6, Brgy. San Isidro"]
REGISTRARS = ["LEONORA P. DUMLAO, MAEd", "ARSENIO C. BALMACEDA, MPA", "MA. VICTORIA S. ESPIRITU, MM"]
EVALUATORS = ["Jocelyn R. Tabudlo", "Ernesto V. Galang", "Marites D. Ancheta"]


def gstr(g):
    """1.0, 1.25, 1.5, 1.75, 2.0 ... 5.0: quarter steps without the trailing zero."""
    s = f"{g:.2f}"
    return s[:-1] if s.endswith("0") else s


def non_academic(code):
    return code.replace("-", " ").split()[0].startswith(("PE", "NSTP")) or code.startswith(("PE", "NSTP"))


def term_word(t):
    ay = f"SY {t.start_year}-{t.start_year + 1}"
    return {"S1": f"1st Semester, {ay}", "S2": f"2nd Semester, {ay}",
            "SU": f"Summer {t.start_year + 1}"}[t.key]


def rows_of(s):
    """Per term: (term label, [(result, code, title, final, completion, credit_printed, credits)])."""
    terms = s.terms
    flat = [(i, j, r) for i, t in enumerate(terms) for j, r in enumerate(t.results)
            if t.year < 4 and not r.spec.areas and i + 1 < len(terms)]
    acad = [x for x in flat if not non_academic(x[2].code) and x[2].spec.category in ("other", "mathematics")]
    ev = k(s, "ph-event") % 3
    inc = flat[k(s, "inc") % len(flat)] if ev in (0, 2) else None
    fail = acad[k(s, "fail") % len(acad)] if ev in (1, 2) and acad else None
    if fail and inc and fail[:2] == inc[:2]:
        inc = None
    out, carry, intern = [], None, 0
    for i, t in enumerate(terms):
        rows = []
        for j, r in enumerate(t.results):
            code, title = r.code, r.spec.title
            if title.startswith("Internship in "):
                intern += 1
                code = C.style_code(f"MT {410 + intern}", s.code_style)
                title = title[len("Internship in "):] + " (Internship)"
            cr = r.spec.credits
            crp = f"({fmt_num(cr)})" if non_academic(code) else fmt_num(cr)
            if fail and (i, j) == fail[:2]:
                rows.append((r, code, title, "5.0", "", "0", 0))
                carry = (r, code, title)
                continue
            if inc and (i, j) == inc[:2]:
                rows.append((r, code, title, "INC", gstr(r.ph_grade), crp, cr))
                continue
            rows.append((r, code, title, gstr(r.ph_grade), "", crp, cr))
        if carry and (i > fail[0]) and carry[0] not in [x[0] for x in rows]:
            r, code, title = carry
            rows.append((r, code, title, gstr(min(3.0, r.ph_grade)), "", fmt_num(r.spec.credits), r.spec.credits))
            carry = None
        out.append((term_word(t), rows))
    return out


def ph_state_tor(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    SB = "Helvetica-Bold"
    W, H = LEGAL_PH
    L, R = 40, W - 40
    fs = 9
    name = name_form(person, "surname_first_mixed")
    xs = {"code": L + 4, "title": L + 74, "final": R - 142, "comp": R - 84, "cr": R - 28}
    reg = REGISTRARS[k(s, "reg") % len(REGISTRARS)]
    tops = {}

    def new_page(n):
        p = Page(LEGAL_PH)
        p.logo(L + 34, 58, 26, 1, 0.3)
        p.circle(R - 34, 58, 26, 1.0, 0.35)
        p.circle(R - 34, 58, 19, 0.5, 0.35)
        y = 36
        p.text(W / 2, y, "Republic of the Philippines", F, 10, "center"); y += 15
        p.text(W / 2, y, inst.name.upper(), FB, 14 if len(inst.name) < 38 else 12, "center"); y += 13
        p.text(W / 2, y, f"{inst.street}, {inst.city}, {inst.region}", F, 9, "center"); y += 12
        p.text(W / 2, y, "OFFICE OF THE REGISTRAR", SB, 8.5, "center"); y += 24
        p.text(W / 2, y, "TRANSCRIPT OF SCHOLASTIC RECORDS", FB, 15, "center"); y += 20
        if n == 1:
            sex = "Female" if person.sex == "F" else "Male"
            data = [
                (("Name", name), ("Student No.", s.student_no)),
                (("Date of Birth", D.long_mdy(s.dob)), ("Sex", sex)),
                (("Place of Birth", PLACES[k(s, "pob") % len(PLACES)]), ("Citizenship", "Filipino")),
                (("Home Address", f"{STREETS[k(s, 'st') % len(STREETS)]}, {inst.city}"), None),
                (("Entrance Credential", "Form 138 (High School Report Card)"),
                 ("Date Admitted", D.long_mdy(s.admitted))),
                (("Course", cur.title), None),
                (("Major", "-"), ("Date of Graduation", D.long_mdy(s.conferred))),
            ]
            for a, b in data:
                items = [(L, f"{a[0]}:", "left", F, 9), (L + 98, a[1], "left", FB, 9)]
                if b:
                    items += [(L + 330, f"{b[0]}:", "left", F, 9), (L + 420, b[1], "left", FB, 9)]
                p.pieces(y, items, F, 9)
                y += 13
        else:
            p.pieces(y, [(L, "Name:", "left", F, 9), (L + 40, name, "left", FB, 9),
                         (R, f"Student No. {s.student_no}", "right", F, 9)], F, 9)
            y += 13
        y += 4
        p.hline(L, R, y, 1.2)
        p.hline(L, R, y + 2.2, 0.5)
        p.pieces(y + 12, [(xs["code"], "Course", "left"), (xs["title"] + 90, "Descriptive Title", "left"),
                          (xs["final"], "Final", "center"), (xs["comp"], "Completion", "center"),
                          (xs["cr"], "Credit", "center")], SB, 8)
        p.pieces(y + 22, [(xs["code"], "No.", "left"), (xs["final"], "Grade", "center")], SB, 8)
        p.hline(L, R, y + 27, 0.8)
        tops[n] = y
        return p, y + 40

    fl = Flow(new_page, 86)
    out = []
    terms = rows_of(s)
    for label, rows in terms:
        fl.need(15 + 12 * min(3, len(rows)))
        fl.page.text(xs["code"], fl.y, f"{inst.name.upper()} — {label}", FB, 9)
        fl.y += 13
        for r, code, title, fin, comp, crp, cr in rows:
            lines = wrap(title, F, fs, xs["final"] - 30 - xs["title"])
            fl.need(12 * len(lines))
            fl.page.pieces(fl.y, [(xs["code"], code, "left"), (xs["title"], lines[0], "left"),
                                  (xs["final"], fin, "center"), (xs["comp"], comp, "center"),
                                  (xs["cr"], crp, "center")], F, fs)
            for ln in lines[1:]:
                fl.y += 10.5
                fl.page.text(xs["title"] + 6, fl.y, ln, F, fs)
            fl.y += 12
            extra = {}
            if crp.startswith("("):
                extra["credits_printed"] = crp
            if fin == "INC":
                extra["final_printed"] = "INC"
            out.append(course_truth(r, label, cr, comp if fin == "INC" else fin, "units",
                                    title=" ".join(lines), code=code, **extra))
        fl.y += 4
    fl.need(190)
    p = fl.page
    p.text(W / 2, fl.y, "- NOTHING FOLLOWS -", FI, 9, "center"); fl.y += 14
    p.hline(L, R, fl.y - 6, 0.8)
    y = fl.y + 6
    p.text(L, y, "GRADING SYSTEM", SB, 8); y += 11
    legend = [["1.0 (97-100) Excellent", "1.25 (94-96)", "1.5 (91-93) Very Good", "1.75 (88-90)", "2.0 (85-87) Good"],
              ["2.25 (82-84)", "2.5 (79-81) Satisfactory", "2.75 (76-78)", "3.0 (75) Passing", "5.0 (below 75) Failure"],
              ["INC - Incomplete (must be completed within one year; the grade obtained is entered under Completion)"],
              ["Credit in parentheses, e.g. (2) or (3): Physical Education / NSTP units, not included in the GWA."],
              ["One unit of credit is one hour of lecture or three hours of laboratory work a week for one semester."]]
    for parts in legend:
        p.spaced(L + 6, y, parts, F, 7.8, gap=14); y += 10
    y += 8
    conf = D.long_mdy(s.conferred)
    so = f"Special Order No. {k(s, 'so') % 90 + 10}-{k(s, 'so2') % 9000 + 1000}-{s.conferred.year}"
    y = p.paragraph(L, y, f"Remarks: Graduated with the degree of {cur.title.upper()} on {conf} per Board of "
                    f"Regents Resolution No. {k(s, 'bor') % 80 + 11}, s. {s.conferred.year}; {so}.",
                    FB, 9, R - L, 12)
    y += 4
    p.text(L, y, f"Date issued: {D.long_mdy(D.add_months(s.conferred, 1 + k(s, 'iss') % 5))}", F, 9)
    y += 38
    p.pieces(y, [(L + 80, EVALUATORS[k(s, 'ev') % len(EVALUATORS)].upper(), "center"),
                 (R - 110, reg, "center")], FB, 9)
    p.pieces(y + 11, [(L + 80, "Records Evaluator", "center"), (R - 110, "College Registrar", "center")], F, 8.5)
    p.signature(R - 160, y - 9, 100, rng)
    p.signature(L + 40, y - 9, 80, rng)
    dry_seal(p, R - 120, y - 16, 28)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        top = tops[i]
        for x in (xs["title"] - 4, xs["final"] - 26, xs["comp"] - 30, xs["cr"] - 24):
            pg.vline(x, top, top + 27, 0.4)
        pg.hline(L, R, H - 58, 0.5)
        pg.pieces(H - 46, [(L, "Not valid without the school seal. Any erasure or alteration renders this "
                               "transcript void.", "left", FI, 7.5), (R, f"Page {i} of {n}", "right")], F, 8)
    return LayoutResult("transcript", "ph_state_scholastic", FAMILY, fl.pages, [name], out, "units",
                        {"conferred_printed": conf})


TRANSCRIPT_LAYOUTS = {"ph_state_scholastic": (ph_state_tor, FAMILY, ("PH",))}
