"""Writer I, round 5: Kenya (existing pack, round 1). A public university's academic transcript,
ONE PAGE PER YEAR OF STUDY: "YEAR OF STUDY: THREE   ACADEMIC YEAR: 2017/2018", columns
`Unit Code | Unit Title | Grade` only (no credit column, no semester split), "Mean Grade: B" and
"RECOMMENDATION: PASS" under the year (the last year recommends the award and the class); on
every page the footnote "Each unit is equivalent to 3 credit hours (45 contact hours)" and the
grading key. The truth's credits are the footnote's 3 per unit (system `semester`); the
Kenyan curriculum's own 4-hour units print no number, so the document says 3."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, Page, fit_size
from .r5_i_common import FAMILY, course_truth, k, rubber_stamp

WORDS = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR", 5: "FIVE"}
BANDS = [(70, "A"), (60, "B"), (50, "C"), (40, "D"), (0, "E")]
SCHOOL = {"ke_bsc_mls": "SCHOOL OF MEDICINE AND HEALTH SCIENCES",
          "ke_bsc_biochem": "SCHOOL OF PURE AND APPLIED SCIENCES",
          "ke_bsc_nursing": "SCHOOL OF NURSING SCIENCES"}


def ke_grade(mark):
    for lo, g in BANDS:
        if mark >= lo:
            return g


def ke_average(s):
    ms = [r.score for t in s.terms for r in t.results]
    return sum(ms) / len(ms)


def ke_class(s):
    a = ke_average(s)
    return ("FIRST CLASS HONOURS" if a >= 70 else "SECOND CLASS HONOURS (UPPER DIVISION)" if a >= 60 else
            "SECOND CLASS HONOURS (LOWER DIVISION)" if a >= 50 else "PASS")


def ke_year_pages(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 56, W - 56
    fs, lh = 9, 13.2
    name = name_form(person, "surname_first_nocomma")
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    pages, out = [], []
    issue = s.conferred
    for yr in sorted(years):
        ts = years[yr]
        p = Page(A4)
        pages.append(p)
        p.logo(W / 2, 48, 20, 0, 0.3)
        y = 88
        p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 13.5, R - L), "center"); y += 13
        p.text(W / 2, y, f"{inst.street}, {inst.city.upper()}, KENYA", F, 8.5, "center"); y += 12
        p.text(W / 2, y, "OFFICE OF THE REGISTRAR (ACADEMIC AFFAIRS)", F, 8.5, "center"); y += 20
        p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 12, "center"); y += 6
        p.hline(W / 2 - 70, W / 2 + 70, y, 0.6); y += 18
        for a, b in (("NAME:", name), ("REG. NO.:", s.student_no), ("PROGRAMME:", cur.title.upper()),
                     ("SCHOOL:", SCHOOL.get(cur.id, "SCHOOL OF SCIENCE"))):
            p.pieces(y, [(L, a, "left", FB, fs), (L + 80, b, "left", F, fit_size(b, F, fs, R - L - 80))], F, fs)
            y += 12.5
        y += 8
        ay = f"{ts[0].start_year}/{ts[0].start_year + 1}"
        p.spaced(L, y, [f"YEAR OF STUDY: {WORDS[yr]}", f"ACADEMIC YEAR: {ay}"], FB, 10, gap=60)
        label = f"YEAR OF STUDY: {WORDS[yr]} ACADEMIC YEAR: {ay}"
        y += 14
        top = y
        p.rect(L, y, R - L, 17, 0.6, 0.0, fill=0.88)
        p.pieces(y + 12, [(L + 6, "Unit Code", "left"), (L + 92, "Unit Title", "left"), (R - 36, "Grade", "center")],
                 FB, fs)
        y += 17 + 13
        marks = []
        for t in ts:
            for r in t.results:
                g = ke_grade(r.score)
                p.pieces(y, [(L + 6, r.code, "left"),
                             (L + 92, r.spec.title, "left", F, fit_size(r.spec.title, F, fs, R - L - 160)),
                             (R - 36, g, "center")], F, fs)
                out.append(course_truth(r, label, 3, g, "semester"))
                marks.append(r.score)
                y += lh
        p.rect(L, top, R - L, y - top - 6, 0.6, 0.0)
        p.vline(L + 86, top, y - 6, 0.4)
        p.vline(R - 66, top, y - 6, 0.4)
        y += 10
        mean = ke_grade(sum(marks) / len(marks))
        p.pieces(y, [(L, "Mean Grade:", "left", FB, 10), (L + 70, mean, "left", FB, 10)], FB, 10)
        y += 16
        if yr == max(years):
            rec = f"RECOMMENDATION: PASS \u2014 RECOMMENDED FOR THE AWARD OF THE DEGREE ({ke_class(s)})"
        else:
            rec = "RECOMMENDATION: PASS"
        p.text(L, y, rec, FB, fit_size(rec, FB, 10, R - L))
        y += 46
        p.signature(R - 170, y - 14, 120, rng)
        rubber_stamp(p, R - 250, y + 4, 40, 24)
        p.hline(R - 190, R, y, 0.6)
        p.pieces(y + 12, [(L, f"DATE OF ISSUE: {D.ordinal_dmy(issue)}", "left"),
                          (R - 95, "REGISTRAR (ACADEMIC AFFAIRS)", "center")], F, 8)
        fy = H - 92
        p.hline(L, R, fy - 12, 0.4)
        p.text(L, fy, "Each unit is equivalent to 3 credit hours (45 contact hours).", FB, 7.8)
        p.text(L, fy + 11, "KEY TO GRADES: A 70-100 Excellent, B 60-69 Good, C 50-59 Satisfactory, D 40-49 Pass, "
               "E 0-39 Fail", F, 7.5)
        p.text(L, fy + 22, "This transcript is not valid unless it bears the University seal and the Registrar's "
               "signature.", F, 7.5)
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, pg.h - 30, f"Page {i} of {len(pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "ke_year_per_page", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": None, "credits_from_footnote": 3, "prints_totals": False,
                         "award_class": ke_class(s), "seal_key": k(s.student_no)})


TRANSCRIPT_LAYOUTS = {"ke_year_per_page": (ke_year_pages, FAMILY, ("KE",))}
