"""Writer J, round 5: Egypt (variant; the round-1 EG pack and schools). A "Faculty of Applied Health
Sciences Technology - Medical Laboratories Technology Program" "STATEMENT OF GRADES" in English, the
university's name in Arabic above it (drawn as a picture: r4_g_arabic), credit hours, four academic
years then an internship year: per academic year a caption, then the FIRST TERM and SECOND TERM
(and a SUMMER TERM when the plan has one) as consecutive blocks `Code | Course Title | Cr.H | Max. |
Marks | % | Grade`, the grade a WORD (Excellent, Very Good, Good, Pass, Fail; no letters), the maximum
50 marks per credit hour, "Total Cr.H this year: 36" after each year; after the fourth year the line
"Training (Internship) - 12 months - Passed" with no credit hours; then "Total Credit Hours: 144" and
"Cumulative Grade: Very Good (78.45%)" (total marks over total maximum). Cr.H = semester credits
(system `semester`). The internship line is in the truth as a row with 0 credits (none printed,
`credits_printed` "")."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, Page, fit_size
from . import r1_b_common as B
from .r4_g_arabic import arabic_line
from .r5_j_common import FAMILY, course_truth

AR_NAMES = {"Nile Valley Heights University": "جامعة مرتفعات وادي النيل",
            "Wadi El-Nakhil University": "جامعة وادي النخيل",
            "Canal Crescent University": "جامعة هلال القناة"}
FACULTY = {"eg_bams_mlt": ("Faculty of Applied Health Sciences Technology", "Medical Laboratories Technology Program"),
           "eg_bsc_micro_chem": ("Faculty of Science", "Microbiology and Chemistry Program"),
           "eg_bnurs": ("Faculty of Nursing", "Bachelor of Nursing Science Program")}
LEVELS = ["First", "Second", "Third", "Fourth", "Fifth"]
TERM_NAMES = {"S1": "FIRST TERM", "S2": "SECOND TERM", "SU": "SUMMER TERM"}
WORDS = [(850, "Excellent"), (750, "Very Good"), (650, "Good"), (500, "Pass"), (0, "Fail")]


def eg_marks(r):
    """(max, marks, percent in tenths) of one course."""
    mx = 50 * int(r.spec.credits)
    mk = (B.pct(r) * mx + 50) // 100
    return mx, mk, (mk * 1000 * 2 + mx) // (2 * mx)


def grade_word(tenths):
    return next(w for lo, w in WORDS if tenths >= lo)


def eg_cumulative(s):
    """(total credit hours, cumulative percent in hundredths, general grade word)."""
    hrs = mx = mk = 0
    for t in s.terms:
        for r in t.results:
            a, b, _ = eg_marks(r)
            hrs += int(r.spec.credits); mx += a; mk += b
    pc = (mk * 10000 * 2 + mx) // (2 * mx)
    return hrs, pc, grade_word(pc // 10)


def eg_statement(s, person, rng):
    inst, cur = s.institution, s.curriculum
    faculty, program = FACULTY[cur.id]
    F, FB, FI, H = "Times-Roman", "Times-Bold", "Times-Italic", "Helvetica-Bold"
    L, R = 40, A4[0] - 40
    cx = {"code": L + 4, "title": L + 54, "cr": L + 318, "max": L + 356, "mk": L + 396, "pc": L + 436,
          "gr": L + 466}
    name = name_form(person, rng.choice(["caps", "natural"]))
    fs, lh = 8.6, 11.2
    pages, st = [], {}

    def new_page():
        p = Page(A4)
        pages.append(p)
        arabic_line(p, p.w / 2, 40, AR_NAMES.get(inst.name, "جامعة"), 14, bold=True)
        y = 64
        p.text(p.w / 2, y, inst.name, H, 12, "center"); y += 13
        p.text(p.w / 2, y, faculty, FB, 10.5, "center"); y += 12
        p.text(p.w / 2, y, program, F, 10, "center"); y += 8
        p.hline(L, R, y, 1.1); p.hline(L, R, y + 2, 0.3); y += 20
        p.text(p.w / 2, y, "STATEMENT OF GRADES", H, 13, "center"); y += 16
        if len(pages) == 1:
            for a, b in ((f"Student Name: {name}", f"Student ID: {s.student_no}"),
                         ("Nationality: Egyptian", f"Date of Birth: {D.dmy_slash(s.dob)}"),
                         (f"Date of Enrollment: {D.dmy_slash(s.admitted)}", "Study System: Credit Hours")):
                p.pieces(y, [(L, a, "left"), (L + 300, b, "left")], F, 9.5); y += 12
            y += 4
        else:
            p.pieces(y, [(L, f"Student Name: {name}", "left"), (R, f"Student ID: {s.student_no}", "right")], F, 9.5)
            y += 14
        st.update(page=p, y=y + 4)

    def block(p, y, label, results, out, year_label):
        p.rect(L, y - 9, R - L, 12, 0, 0.0, fill=0.88)
        p.text(L + 4, y, label, H, 8.8); y += 12
        top = y - 9
        p.pieces(y, [(cx["code"], "Code", "left"), (cx["title"], "Course Title", "left"), (cx["cr"], "Cr.H", "center"),
                     (cx["max"], "Max.", "center"), (cx["mk"], "Marks", "center"), (cx["pc"], "%", "center"),
                     (cx["gr"], "Grade", "left")], FB, 8.6)
        p.hline(L, R, y + 3, 0.5); y += lh + 1
        hrs = 0
        for r in results:
            mx, mk, pc = eg_marks(r)
            g = grade_word(pc)
            vals = [(cx["code"], r.code, "left"), (cx["title"], r.spec.title, "left"), (cx["cr"], str(int(r.spec.credits)), "center"),
                    (cx["max"], str(mx), "center"), (cx["mk"], str(mk), "center"), (cx["pc"], f"{pc // 10}.{pc % 10}", "center"),
                    (cx["gr"], g, "left")]
            tsz = fit_size(r.spec.title, F, fs, cx["cr"] - 20 - cx["title"], 6)
            p.pieces(y, [v + (F, tsz if v[0] == cx["title"] else fs) for v in vals], F, fs)
            out.append(course_truth(r, f"{year_label} - {label.title()}", r.spec.credits, g, "semester",
                                    max_marks=mx, marks_obtained=mk, percent=pc / 10))
            hrs += int(r.spec.credits)
            y += lh
        p.rect(L, top, R - L, y - top - lh + 3, 0.6)
        for k in ("title", "cr", "max", "mk", "pc", "gr"):
            off = {"title": -5, "gr": -6}.get(k, -18)
            p.vline(cx[k] + off, top + 12, y - lh + 3, 0.3)
        return y + 3, hrs

    new_page()
    out = []
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    for yr in sorted(years):
        ts = years[yr]
        need = 40 + sum(30 + lh * (len(t.results) + 1) for t in ts)
        if st["y"] + need > A4[1] - 60:
            new_page()
        p, y = st["page"], st["y"]
        ylab = f"Academic Year {ts[0].start_year}/{ts[0].start_year + 1}"
        p.text(L, y, f"{ylab} — {LEVELS[yr - 1]} Level", FB, 10.5); y += 15
        tot = 0
        for t in ts:
            y, h = block(p, y, TERM_NAMES[t.key], t.results, out, ylab)
            tot += h
            y += 8
        p.text(R, y - 2, f"Total Cr.H this year: {tot}", FB, 9.5, "right")
        st["y"] = y + 18
    hrs, pc, word = eg_cumulative(s)
    if st["y"] + 190 > A4[1] - 40:
        new_page()
    p, y = st["page"], st["y"]
    if cur.id != "eg_bsc_micro_chem":
        p.text(L, y, "Internship Year (after the Fourth Level)", FB, 10.5); y += 14
        p.text(L + 4, y, "Training (Internship) — 12 months — Passed", F, 10); y += 20
        out.append({"code": None, "title": "Training (Internship)", "term": "Internship Year",
                    "credits": 0, "semester_hours": 0, "grade": "Passed",
                    "category": "mls_professional" if cur.id == "eg_bams_mlt" else "other",
                    "category_ambiguous": cur.id != "eg_bams_mlt", "credits_printed": ""})
    p.hline(L, R, y - 6, 0.8)
    p.text(L, y + 8, f"Total Credit Hours: {hrs}", FB, 11); y += 24
    p.text(L, y, f"Cumulative Grade: {word} ({pc // 100}.{pc % 100:02d}%)", FB, 11); y += 16
    p.text(L, y, f"Date of graduation (University Council approval): {D.dmy_slash(s.conferred)}", F, 9.5); y += 16
    p.text(L, y, "Grades: Excellent 85% and above; Very Good 75% to less than 85%; Good 65% to less than 75%; "
           "Pass 50% to less than 65%; Fail less than 50%.", FI, 8.2); y += 10
    p.text(L, y, "Max. = 50 marks per credit hour. The cumulative grade is the total of marks over the total "
           "maximum of all courses.", FI, 8.2)
    yb = A4[1] - 62
    p.signature(L + 6, yb - 12, 80, rng)
    p.signature(R - 120, yb - 12, 80, rng)
    p.seal(p.w / 2, yb - 18, 26)
    p.pieces(yb, [(L, "Student Affairs", "left"), (p.w / 2, "Faculty Secretary", "center"),
                  (R, "Dean of the Faculty", "right")], FB, 9)
    for i, pg in enumerate(pages, 1):
        pg.pieces(pg.h - 26, [(L, "Any erasure or alteration renders this statement void.", "left", FI, 7.5),
                              (R, f"Page {i} of {len(pages)}", "right")], F, 7.5)
    return LayoutResult("transcript", "eg_statement_of_grades", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": D.dmy_slash(s.conferred), "prints_totals": True,
                         "cumulative_percent": pc / 100})


TRANSCRIPT_LAYOUTS = {"eg_statement_of_grades": (eg_statement, FAMILY, ("EG",))}
