"""Writer K, round 5: Ghana (variant; the round-1 pack, its schools and curricula).

`gh_weighted_average_transcript`: a public university's transcript (KNUST-like) with marks and
weighted averages, no letter grades: per semester "YEAR 2 SEMESTER 1 (2016/2017)", the table
`Course Code | Course Name | Credits | Mark | Remark` (marks 0-100, remark Pass / Fail / Resit),
a failed course re-sat a year later with "(Resit)" after its name, under each semester "Semester
Weighted Average (SWA): 68.42  Cumulative Weighted Average (CWA): 66.10  Credits Registered: 18
Credits Passed: 18", at the end "Class: Second Class (Upper Division)", a key to the remarks. The
failed attempt keeps its printed credits with `passed: false` (writer I's convention). Credits = SH.

`gh_ceremonial_degree`: "... having satisfied the examiners ... has this day been admitted to the
degree of BACHELOR OF SCIENCE (MEDICAL LABORATORY SCIENCE) with Second Class Honours (Upper
Division) ... Given at Kumasi this 26th day of November, 2019"; the class from the same CWA.

`gh_staff_confirmation`: a hospital letter with "Our Ref." / "Your Ref." and the quote-the-number
note, "... is a staff of the Laboratory Department since 1st September, 2018 on a part-time basis
(24 hours a week)"."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Flow, Page, fit_size, wrap
from .r5_k_common import FAMILY, course_truth, key, round_seal

NUM = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR"}


def gh_rows(s):
    """[(term, label, [(result, title, credits, mark, remark, passed)])]: one course of years 1-3 failed
    (in about half of the transcripts) and re-sat in the same semester of the next year."""
    k = key(s, "gh-resit")
    flat = [(i, r) for i, t in enumerate(s.terms) if t.year < 4 for r in t.results if not r.spec.areas]
    fail = flat[k % len(flat)] if k % 2 == 0 and flat else None
    extra = {}
    out = []
    for i, t in enumerate(s.terms):
        label = f"YEAR {t.year} SEMESTER {1 if t.key == 'S1' else 2} ({t.start_year}/{t.start_year + 1})"
        rows = []
        for r in t.results:
            if fail and fail[1] is r:
                mark = 28 + k % 12
                rows.append((r, r.spec.title, r.spec.credits, mark, "Fail" if k % 4 == 0 else "Resit", False))
                j = i + 2 if i + 2 < len(s.terms) else i + 1
                extra[j] = (r, r.spec.title + " (Resit)", r.spec.credits, max(50, min(62, r.score)), "Pass", True)
            else:
                rows.append((r, r.spec.title, r.spec.credits, r.score, "Pass", True))
        if i in extra:
            rows.append(extra[i])
        out.append((t, label, rows))
    return out


def gh_class(cwa):
    return ("First Class" if cwa >= 70 else "Second Class (Upper Division)" if cwa >= 60 else
            "Second Class (Lower Division)" if cwa >= 50 else "Pass")


def gh_cwa(s):
    cum = [(c, m) for _, _, rows in gh_rows(s) for _, _, c, m, _, _ in rows]
    return sum(c * m for c, m in cum) / sum(c for c, _ in cum)


def gh_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = rng.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")])
    W, H = A4
    L, R = 44, W - 44
    name = name_form(person, "surname_first_full")
    xs = [L + 4, L + 74, R - 150, R - 95, R - 40]
    idx = f"{(key(s, 'gh-idx') % 9000000) + 1000000}"

    def new_page(n):
        p = Page(A4)
        y = 46
        p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 14, R - L), "center"); y += 14
        p.text(W / 2, y, f"{inst.street}, {inst.city}, Ghana", F, 8.5, "center"); y += 12
        p.text(W / 2, y, "OFFICE OF THE REGISTRAR - ACADEMIC AFFAIRS DIVISION", F, 8.5, "center"); y += 20
        if n == 1:
            p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 13, "center"); y += 20
            p.pieces(y, [(L, f"Name: {name}", "left"), (R, f"Student ID: {s.student_no}", "right")], F, 9); y += 12
            p.pieces(y, [(L, f"Programme: {cur.title}", "left"), (R, f"Index No.: {idx}", "right")], F, 9); y += 12
            p.pieces(y, [(L, f"Date of Admission: {D.ordinal_dmy(s.admitted)}", "left"),
                         (R, f"Date of Completion: {D.ordinal_dmy(s.conferred)}", "right")], F, 9); y += 12
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (R, f"Index No.: {idx}, Page {n}", "right")], F, 8.5); y += 12
        return p, y + 14

    fl = Flow(new_page, 64)
    out, cum = [], []
    for t, label, rows in gh_rows(s):
        fl.need(46 + 12.5 * len(rows))
        p = fl.page
        p.text(L, fl.y, label, FB, 9.5); fl.y += 6
        p.hline(L, R, fl.y, 0.6)
        p.pieces(fl.y + 10, [(xs[0], "Course Code", "left"), (xs[1], "Course Name", "left"),
                             ((xs[2] + xs[2]) / 2 + 18, "Credits", "center"), (xs[3] + 18, "Mark", "center"),
                             (xs[4] + 14, "Remark", "center")], FB, 8.5)
        p.hline(L, R, fl.y + 14, 0.6)
        fl.y += 26
        sem = []
        for r, title, cr, mark, remark, ok in rows:
            p.pieces(fl.y, [(xs[0], r.code, "left"), (xs[1], title, "left", F, fit_size(title, F, 9, xs[2] - xs[1] - 6)),
                            (xs[2] + 18, f"{cr:g}", "center"), (xs[3] + 18, str(mark), "center"),
                            (xs[4] + 14, remark, "center")], F, 9)
            fl.y += 12.5
            sem.append((cr, mark, ok))
            out.append(course_truth(r, label, cr, str(mark), "semester", title=title, passed=ok, score=mark,
                                    remark=remark))
        cum += sem
        swa = sum(c * m for c, m, _ in sem) / sum(c for c, _, _ in sem)
        cwa = sum(c * m for c, m, _ in cum) / sum(c for c, _, _ in cum)
        reg = sum(c for c, _, _ in sem)
        pas = sum(c for c, _, ok in sem if ok)
        p.hline(L, R, fl.y - 7, 0.3)
        p.spaced(L, fl.y + 3, [f"Semester Weighted Average (SWA): {swa:.2f}", f"Cumulative Weighted Average (CWA): {cwa:.2f}"],
                 FB, 8.5, 24); fl.y += 12
        p.spaced(L, fl.y + 3, [f"Credits Registered: {reg:g}", f"Credits Passed: {pas:g}",
                               f"Cumulative Credits Passed: {sum(c for c, _, ok in cum if ok):g}"], F, 8.5, 24)
        fl.y += 24
    fl.need(150)
    p = fl.page
    cwa = sum(c * m for c, m, _ in cum) / sum(c for c, _, _ in cum)
    p.text(L, fl.y, f"Final CWA: {cwa:.2f}", FB, 10.5); fl.y += 14
    p.text(L, fl.y, f"Class: {gh_class(cwa)}", FB, 10.5); fl.y += 14
    p.text(L, fl.y, f"Degree awarded: {cur.title} on {D.ordinal_dmy(s.conferred)}", F, 9.5); fl.y += 18
    for ln in ("KEY: Pass - mark of 40 and above; Fail - mark below 40, course to be repeated; Resit - to be re-sat at the",
               "next available examination; (Resit) after a course name marks the re-sat paper. SWA/CWA: sum of (credits x mark)",
               "divided by total credits registered. Class: 70+ First Class; 60-69.99 Second Class (Upper Division);",
               "50-59.99 Second Class (Lower Division); 40-49.99 Pass."):
        p.text(L, fl.y, ln, F, 7.5); fl.y += 9.5
    fl.y += 50
    p.signature(R - 170, fl.y - 14, 110, rng)
    p.hline(R - 180, R, fl.y - 8, 0.5)
    p.text(R - 90, fl.y + 4, "Deputy Registrar (Academic Affairs)", F, 9, "center")
    round_seal(p, rng, L + 90, fl.y - 16, 64, inst.name[:40], "REGISTRAR", ink=(30, 40, 120))
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 28, "Not valid without the University seal and signature", F, 7, "center")
    return LayoutResult("transcript", "gh_weighted_average_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"prints_totals": True, "cwa_printed": f"{cwa:.2f}", "class": gh_class(cwa)})


def _degree_caps(title):
    if " in " in title:
        a, b = title.split(" in ", 1)
        return f"{a.upper()} ({b.upper()})"
    return title.upper()


def gh_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 2.2, 0.25)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = name_form(person, "natural")
    y = 90
    p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 24, W - 160), "center"); y += 22
    p.text(W / 2, y, f"{inst.city.upper()}, GHANA", F, 11, "center"); y += 40
    p.text(W / 2, y, "This is to certify that", FI, 14, "center"); y += 34
    p.text(W / 2, y, name, "Times-BoldItalic", 24, "center"); y += 30
    for ln in wrap("having satisfied the examiners and having fulfilled all the requirements of the University, "
                   "has this day been admitted to the degree of", FI, 13.5, W - 240):
        p.text(W / 2, y, ln, FI, 13.5, "center"); y += 18
    y += 10
    deg = _degree_caps(cur.title)
    p.text(W / 2, y, deg, FB, fit_size(deg, FB, 17, W - 140), "center"); y += 24
    cls = gh_class(gh_cwa(s))
    hon = {"First Class": "with First Class Honours", "Second Class (Upper Division)": "with Second Class Honours (Upper Division)",
           "Second Class (Lower Division)": "with Second Class Honours (Lower Division)", "Pass": "with a Pass"}[cls]
    p.text(W / 2, y, hon, FI, 14, "center"); y += 30
    given = f"Given at {inst.city} this {D.ordinal_suffix(s.conferred.day)} day of {D.MONTHS[s.conferred.month - 1]}, {s.conferred.year}"
    p.text(W / 2, y, given + " under the Common Seal of the University.", FI, 12.5, "center")
    round_seal(p, rng, W / 2, H - 105, 76, inst.name[:42], "GHANA", ink=(120, 30, 30))
    yb = H - 84
    p.signature(110, yb - 22, 120, rng)
    p.signature(W - 240, yb - 22, 120, rng)
    p.hline(90, 270, yb - 12, 0.6)
    p.hline(W - 270, W - 90, yb - 12, 0.6)
    p.pieces(yb, [(180, "Vice-Chancellor", "center"), (W - 180, "Registrar", "center")], FB, 11)
    p.text(60, H - 40, f"No. {s.conferred.year}/{key(s, 'gh-cert') % 90000 + 10000}", F, 8)
    return LayoutResult("diploma", "gh_ceremonial_degree", FAMILY, [p], [name],
                        info={"conferred_printed": given, "class": cls})


def gh_letter(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Times-Roman", "Times-Bold"
    p = Page(A4)
    L, R = 60, p.w - 60
    y = 52
    p.logo(p.w / 2, y + 10, 18, 0)
    y += 40
    p.text(p.w / 2, y, emp.name.upper(), FB, 15, "center"); y += 14
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}", F, 9.5, "center"); y += 12
    p.text(p.w / 2, y, f"Tel: {emp.phone} | Email: {emp.email}", F, 9.5, "center"); y += 8
    p.hline(L, R, y, 1.0)
    y += 16
    p.text(L, y, "In case of reply the number and date of this letter should be quoted.", "Times-Italic", 8); y += 18
    ref = f"{''.join(w[0] for w in emp.name.split() if w[0].isupper())}/LAB/{job.letter_date.year}/{rng.randint(10, 99)}"
    p.pieces(y, [(L, f"Our Ref.: {ref}", "left"), (R, D.ordinal_dmy(job.letter_date), "right")], F, 10.5); y += 14
    p.text(L, y, "Your Ref.: ..................", F, 10.5); y += 34
    p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 11.5); y += 22
    sn = job.surname_override or person.surname
    hon = "Mr." if person.sex == "M" else rng.choice(["Ms.", "Mrs.", "Miss"])
    nm = f"{person.given} {person.middle} {sn}".replace("  ", " ")
    p.text(L, y, f"CONFIRMATION OF EMPLOYMENT: {hon.upper()} {nm.upper()}", FB, 11)
    p.hline(L, R - 40, y + 3, 0.6); y += 26
    he = person.pronoun("subj")
    if job.hours >= 35:
        basis, facts = rng.choice([("on a full-time basis", (None, True, False)),
                                   ("on a full-time basis (40 hours a week)", (40, True, False))])
    else:
        basis, facts = f"on a part-time basis ({job.hours} hours a week)", (job.hours, False, True)
    dept = "Laboratory Department" if job.position != "Staff Nurse" else "Nursing Department"
    if job.end is None:
        s1 = (f"This is to confirm that {hon} {nm} is a staff of the {dept} of this hospital since "
              f"{D.ordinal_dmy(job.start)} {basis}.")
    else:
        s1 = (f"This is to confirm that {hon} {nm} was a staff of the {dept} of this hospital from "
              f"{D.ordinal_dmy(job.start)} to {D.ordinal_dmy(job.end)} {basis}.")
    pars = [s1, f"{he.capitalize()} {'is' if job.end is None else 'was'} employed as {job.position}"
            + (f" and {'works' if job.end is None else 'worked'} in the {', '.join(job.departments[:-1]) + ' and ' if len(job.departments) > 1 else ''}"
               f"{job.departments[-1]} {'units' if len(job.departments) > 1 else 'unit'}." if job.departments else "."),
            f"We have found {person.pronoun('obj')} to be hardworking, punctual and of good conduct.",
            "Any assistance given to " + person.pronoun("obj") + " would be appreciated."]
    for par in pars:
        for ln in wrap(par, F, 11.5, R - L):
            p.text(L, y, ln, F, 11.5); y += 16.5
        y += 8
    y += 12
    p.text(L, y, "Yours faithfully,", F, 11.5); y += 48
    p.signature(L + 4, y - 14, 110, rng)
    p.text(L, y, job.signer.upper(), FB, 11); y += 14
    p.text(L, y, rng.choice(["HOSPITAL ADMINISTRATOR", "LABORATORY MANAGER", "HEAD, HUMAN RESOURCE UNIT"]), F, 10.5); y += 13
    p.text(L, y, "For: MEDICAL DIRECTOR", F, 10.5)
    round_seal(p, rng, R - 90, y - 20, 70, emp.name[:38], "GHANA", ink=(40, 40, 140))
    return LayoutResult("employment_letter", "gh_staff_confirmation", FAMILY, [p], [f"{hon} {nm}", nm.upper()],
                        info={"date_style": "ordinal_dmy", "hours_facts": facts})


TRANSCRIPT_LAYOUTS = {"gh_weighted_average_transcript": (gh_transcript, FAMILY, ("GH",))}
DIPLOMA_LAYOUTS = {"gh_ceremonial_degree": (gh_degree, FAMILY, ("GH",))}
LETTER_LAYOUTS = {"gh_staff_confirmation": (gh_letter, FAMILY, ("GH",))}
