"""Writer AH, round 16: Kenya (KE, round 1's pack). A medical training college's "Diploma in Medical
Laboratory Sciences" (three years) "ACADEMIC TRANSCRIPT": A4 portrait, a Times-like serif, an
invented "Kenya Health Sciences Training College" with "Campus: ...", "Admission No.:
2014/DMLS/0456". One block per YEAR and SEMESTER, captioned in a shaded row "YEAR I SEMESTER I
(SEPTEMBER - DECEMBER 2014)"; columns Unit Code ("DMLS 111") | Unit Title | Hrs (contact hours
"45/30", theory/practical, in ONE cell) | CAT (out of 30) | Exam (out of 70) | Total (out of 100) |
Grade (Distinction 75-100, Credit 60-74, Pass 50-59, Fail below 50, as the word) | Remarks ("Pass",
"Supp. passed", "Retake"). The third year has "Clinical Attachment I/II" (12 weeks each, hours
"0/480", graded "Pass" with no marks). Each semester block ends "Mean Score: 66.4 Grade: Credit"; the
end "Final Qualifying Examination (KMLTTB): Passed, November 2017", "Overall Grade: CREDIT", the
Academic Registrar's signature and a rectangular stamp with the date.

The round-1 Kenyan pack holds university bachelor's degrees. A candidate drawn in this design whose
degree is the pack's MLS bachelor (or nursing bachelor) is given the college's three-year diploma
instead (`ke_college`: a twin curriculum "Diploma in Medical Laboratory Sciences" / "Diploma in
Kenya Registered Community Health Nursing", level diploma, the college as institution, an admission
number, the same conferral date, grades drawn from a seeded RNG of its own); the diploma layout of
this round calls it too, so both documents and the truth (built after them) agree. A science
candidate (the BSc Biochemistry) keeps the university and is printed in the same design, each unit's
credit hours shown as contact hours (3 credits = "30/15", 4 = "45/15").

Truth: credit_system "hours" (credits = theory + practical contact hours as printed, "45/30" = 75).
The generator's SH_FACTOR["hours"] is 1/15 (15 contact hours = 1 SH, the ruleset's rate), applied to
all contact hours alike, practical included, so "45/30" = 5 SH and an attachment "0/480" = 32 SH.
Every printed row is a course row (code "DMLS 111", term "Year I Semester I 2014", grade the word);
a "Retake" row (Fail) is a failed attempt (`passed: false`) printed again, passed, in the same
semester of the next year. "Mean Score" is the mean of the semester's marked units' totals (the
attachments have no marks), one decimal; the overall grade comes from the mean of all marked units.
"""

import datetime as dt
import random
import zlib

from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..model import Term, grade_results
from ..names import Institution
from ..pagekit import A4, Page, fit_size
from .r16_ah_common import EN_MONTHS, FAMILY, ROMAN, course_truth, k, rect_stamp, sign_block

KE_DMLS = """
## 1 S1
DMLS 111 | Human Anatomy and Physiology I | 75 | B | | 45/30
DMLS 112 | General Chemistry | 75 | C | | 45/30
DMLS 113 | Introduction to Medical Laboratory Sciences | 45 | ?P | | 30/15
DMLS 114 | Laboratory Mathematics and Statistics | 45 | M | | 30/15
DMLS 115 | Communication Skills | 30 | O | | 30/0
DMLS 116 | Computer Applications | 45 | O | | 15/30
## 1 S2
DMLS 121 | Human Anatomy and Physiology II | 75 | B | | 45/30
DMLS 122 | Biochemistry | 75 | C | | 45/30
DMLS 123 | General Microbiology | 75 | B | | 45/30
DMLS 124 | Cell Biology and Genetics | 45 | B | | 30/15
DMLS 125 | Health Education and Primary Health Care | 30 | O | | 30/0
## 2 S1
DMLS 211 | Clinical Chemistry I | 90 | P | | 45/45
DMLS 212 | Haematology I | 90 | P | | 45/45
DMLS 213 | Medical Bacteriology | 90 | ?P | | 45/45
DMLS 214 | Medical Parasitology | 60 | P | | 30/30
DMLS 215 | Immunology and Serology | 60 | ?B | | 30/30
## 2 S2
DMLS 221 | Clinical Chemistry II | 90 | P | | 45/45
DMLS 222 | Haematology II | 90 | P | | 45/45
DMLS 223 | Blood Transfusion Science | 75 | ?P | | 45/30
DMLS 224 | Medical Mycology and Virology | 60 | ?P | | 30/30
DMLS 225 | Histology and Cytology | 60 | ?P | | 30/30
## 3 S1
DMLS 311 | Histopathology Techniques | 60 | P | | 30/30
DMLS 312 | Laboratory Management and Quality Assurance | 45 | ?P | | 45/0
DMLS 313 | Research Methods | 45 | O | | 30/15
DMLS 314 | Clinical Attachment I | 480 | P | chemistry,hematology,urinalysis | 0/480
## 3 S2
DMLS 321 | Molecular Biology Techniques | 60 | ?B | | 30/30
DMLS 322 | Medical Ethics and Law | 30 | O | | 30/0
DMLS 323 | Research Project | 60 | O | | 15/45
DMLS 324 | Clinical Attachment II | 480 | P | microbiology,blood_bank | 0/480
"""

KE_KRCHN = """
## 1 S1
KRCHN 111 | Anatomy and Physiology I | 75 | B | | 45/30
KRCHN 112 | Fundamentals of Nursing I | 90 | O | | 45/45
KRCHN 113 | Communication Skills | 30 | O | | 30/0
KRCHN 114 | Clinical Practice I | 240 | O | | 0/240
## 1 S2
KRCHN 121 | Anatomy and Physiology II | 75 | B | | 45/30
KRCHN 122 | Fundamentals of Nursing II | 90 | O | | 45/45
KRCHN 123 | Microbiology and Parasitology | 45 | ?B | | 30/15
KRCHN 124 | Clinical Practice II | 240 | O | | 0/240
## 2 S1
KRCHN 211 | Medical-Surgical Nursing I | 90 | O | | 45/45
KRCHN 212 | Pharmacology | 45 | O | | 45/0
KRCHN 213 | Clinical Practice III | 240 | O | | 0/240
## 2 S2
KRCHN 221 | Medical-Surgical Nursing II | 90 | O | | 45/45
KRCHN 222 | Reproductive Health | 60 | O | | 45/15
KRCHN 223 | Clinical Practice IV | 240 | O | | 0/240
## 3 S1
KRCHN 311 | Community Health Nursing | 90 | O | | 45/45
KRCHN 312 | Paediatric Nursing | 60 | O | | 45/15
KRCHN 313 | Clinical Practice V | 480 | O | | 0/480
## 3 S2
KRCHN 321 | Leadership and Management | 45 | O | | 45/0
KRCHN 322 | Research Project | 60 | O | | 15/45
KRCHN 323 | Clinical Practice VI | 480 | O | | 0/480
"""


def _parse(text):
    lines, hrs = [], {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("##"):
            lines.append(line)
            continue
        parts = [p.strip() for p in line.split("|")]
        hrs[parts[0]] = parts[-1]
        lines.append(" | ".join(parts[:4] + ([parts[4]] if parts[4] else [])))
    return C._parse("\n".join(lines)), hrs


_T1, H1 = _parse(KE_DMLS)
_T2, H2 = _parse(KE_KRCHN)
HOURS = {**H1, **H2}
DMLS = C.Curriculum("ke_dmls_r16", "KE", "Diploma in Medical Laboratory Sciences", "diploma", 3,
                    "medical_laboratory_science", "hours", _T1, 9, 12, clinical_training=True)
KRCHN = C.Curriculum("ke_krchn_r16", "KE", "Diploma in Kenya Registered Community Health Nursing", "diploma", 3,
                     "nursing", "hours", _T2, 9, 12)
for _c in (DMLS, KRCHN):
    C.CURRICULA.setdefault(_c.id, _c)
TWIN = {"ke_bsc_mls": (DMLS, "DMLS"), "ke_bsc_nursing": (KRCHN, "KRCHN")}
CAMPUSES = ["Nakuru", "Kisumu", "Nyeri", "Machakos", "Kakamega", "Embu"]
COLLEGE = Institution("Kenya Health Sciences Training College", "Nairobi", "Nairobi County", "KE",
                      "P.O. Box 30195-00100, Nairobi", ("ke_dmls_r16", "ke_krchn_r16"), "college",
                      extra={"registrar": "Mr. Samuel K. Chepkwony", "principal": "Dr. Agnes W. Mutiso",
                             "chair": "Prof. Joseph M. Odera"})


def ke_college(s):
    """Give the candidate the college's three-year diploma (idempotent; see the module docstring)."""
    if s.curriculum.id not in TWIN:
        return
    cur, tag = TWIN[s.curriculum.id]
    rng = random.Random(f"credgen-r16ah-college:{s.student_no}:{s.conferred}")
    y0 = s.conferred.year - 3
    results = grade_results(rng, cur, "keep", rng.uniform(0.3, 0.95))
    s.terms = [Term(ts.year, ts.key, y0 + ts.year - 1, rs) for ts, rs in zip(cur.terms, results)]
    s.curriculum = cur
    s.institution = COLLEGE
    s.admitted = dt.date(y0, 9, rng.randint(1, 15))
    s.student_no = f"{y0}/{tag}/{rng.randint(1, 999):04d}"
    s.code_style = "keep"


def campus(s):
    return CAMPUSES[zlib.crc32(s.student_no.encode()) % len(CAMPUSES)]


def hours(r):
    if r.spec.code in HOURS:
        return HOURS[r.spec.code]
    c = int(r.spec.credits)
    return {3: "30/15", 4: "45/15", 2: "15/15"}.get(c, f"{15 * c}/0")


def hours_total(h):
    a, b = h.split("/")
    return int(a) + int(b)


def word(total):
    return "Distinction" if total >= 75 else "Credit" if total >= 60 else "Pass" if total >= 50 else "Fail"


def marks(s, salt, target):
    cat = max(10, min(29, round(target * 0.3 + (k(s, salt) % 5) - 2)))
    ex = max(15, min(69, target - cat))
    return cat, ex, cat + ex


def is_attachment(r):
    return r.spec.code in HOURS and HOURS[r.spec.code].startswith("0/")


def blocks(s):
    """[(term, [(result, hrs, cat, exam, total, grade, remark, passed)])], retakes carried."""
    out, carry = [], {}
    for i, t in enumerate(s.terms):
        rows = []
        for r, salt in carry.pop(t.key, []):
            cat, ex, tot = marks(s, salt + "r", 55 + k(s, salt + "rr") % 10)
            rows.append((r, hours(r), cat, ex, tot, word(tot), "Pass", True))
        for j, r in enumerate(t.results):
            salt = f"{i}.{j}"
            h = k(s, "fate" + salt) % 100
            if is_attachment(r):
                rows.append((r, hours(r), None, None, None, "Pass", "Pass", True))
            elif h < 4 and t.year < 3:
                cat, ex, tot = marks(s, salt, 38 + h * 2)
                rows.append((r, hours(r), cat, ex, tot, "Fail", "Retake", False))
                carry.setdefault(t.key, []).append((r, salt))
            elif h < 11:
                rows.append((r, hours(r), None, None, 50, "Pass", "Supp. passed", True))
            else:
                cat, ex, tot = marks(s, salt, max(51, min(90, r.score + 3)))
                rows.append((r, hours(r), cat, ex, tot, word(tot), "Pass", True))
        # a supplementary pass prints its CAT and exam as re-sat: CAT kept, exam making 50
        fixed = []
        for r, hr, cat, ex, tot, g, rem, ok in rows:
            if rem == "Supp. passed":
                cat = 12 + k(s, "sc" + r.spec.code) % 8
                ex = 50 - cat
            fixed.append((r, hr, cat, ex, tot, g, rem, ok))
        out.append((t, fixed))
    return out


def mean(rows):
    ts = [row[4] for row in rows if row[4] is not None]
    return round(sum(ts) / len(ts) + 1e-9, 1) if ts else None


def overall(s):
    allrows = [x for _, rows in blocks(s) for x in rows]
    return word(mean(allrows))


MONTHS = {"S1": ("SEPTEMBER", "DECEMBER", 0), "S2": ("JANUARY", "JULY", 1)}


def ke_transcript(s, person, rng):
    ke_college(s)
    inst, cur = s.institution, s.curriculum
    T, TB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 40, W - 40
    X = [L, L + 58, L + 258, L + 300, L + 330, L + 362, L + 396, L + 456, R]
    fz = 8.6
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x).upper()
    college = inst is COLLEGE
    pages, out = [], []

    def new_page(first):
        p = Page(A4)
        pages.append(p)
        if first:
            p.logo(L + 26, 60, 24, 0, 0.3)
            p.text(W / 2, 52, inst.name.upper(), TB, 14, "center")
            p.text(W / 2, 66, inst.street, T, 9, "center")
            p.text(W / 2, 80, "OFFICE OF THE ACADEMIC REGISTRAR", T, 9.5, "center")
            p.text(W / 2, 104, "ACADEMIC TRANSCRIPT", TB, 13, "center")
            p.hline(W / 2 - 80, W / 2 + 80, 108, 0.7)
            y = 128
            p.pieces(y, [(L, "Name:", "left", TB, 9.5), (L + 90, nm, "left"),
                         (L + 320, "Admission No.:", "left", TB, 9.5), (L + 400, s.student_no, "left")], T, 9.5)
            p.pieces(y + 14, [(L, "Course:", "left", TB, 9.5), (L + 90, cur.title, "left")], T, 9.5)
            p.pieces(y + 28, [(L, "Campus:", "left", TB, 9.5),
                              (L + 90, campus(s) if college else inst.city, "left"),
                              (L + 320, "Year of Admission:", "left", TB, 9.5),
                              (L + 412, str(s.terms[0].start_year), "left")], T, 9.5)
            return p, y + 50
        p.text(L, 40, f"{inst.name} - Academic Transcript - {nm} - {s.student_no} (continued)", T, 8)
        return p, 60

    def colhead(p, y):
        p.rect(L, y, R - L, 15, 0.6, 0.0)
        p.pieces(y + 10.5, [(X[0] + 3, "Unit Code", "left"), (X[1] + 3, "Unit Title", "left"),
                            ((X[2] + X[3]) / 2, "Hrs", "center"), ((X[3] + X[4]) / 2, "CAT", "center"),
                            ((X[4] + X[5]) / 2, "Exam", "center"), ((X[5] + X[6]) / 2, "Total", "center"),
                            (X[6] + 3, "Grade", "left"), (X[7] + 3, "Remarks", "left")], TB, fz)
        return y + 15

    p, y = new_page(True)
    for t, rows in blocks(s):
        need = 15 + 15 + 13 * len(rows) + 24
        if y + need > H - 50:
            p, y = new_page(False)
        m1, m2, off = MONTHS[t.key]
        sem = 1 if t.key == "S1" else 2
        cap = f"YEAR {ROMAN[t.year - 1]} SEMESTER {ROMAN[sem - 1]} ({m1} - {m2} {t.start_year + off})"
        p.rect(L, y, R - L, 15, 0.6, 0.0, fill=0.85)
        p.text(L + 4, y + 11, cap, TB, 9)
        y = colhead(p, y + 15)
        for r, hr, cat, ex, tot, g, rem, ok in rows:
            title = r.spec.title
            p.pieces(y + 9.5, [(X[0] + 3, r.code, "left"),
                               (X[1] + 3, title, "left", T, fit_size(title, T, fz, X[2] - X[1] - 6)),
                               ((X[2] + X[3]) / 2, hr, "center"),
                               ((X[3] + X[4]) / 2, "-" if cat is None else str(cat), "center"),
                               ((X[4] + X[5]) / 2, "-" if ex is None else str(ex), "center"),
                               ((X[5] + X[6]) / 2, "-" if tot is None else str(tot), "center"),
                               (X[6] + 3, g, "left"), (X[7] + 3, rem, "left")], T, fz)
            y += 13
            p.hline(L, R, y, 0.25, 0.5)
            extra = {"hours": hr, "cat": cat, "exam": ex, "total": tot, "remarks": rem}
            if not ok:
                extra["passed"] = False
            out.append(course_truth(r, f"Year {ROMAN[t.year - 1]} Semester {ROMAN[sem - 1]} {t.start_year + off}",
                                    hours_total(hr), g, "hours", code=r.code, **extra))
        p.vline(L, y - 13 * len(rows), y, 0.5)
        p.vline(R, y - 13 * len(rows), y, 0.5)
        p.hline(L, R, y, 0.6)
        mn = mean(rows)
        if mn is not None:
            p.spaced(R - 4, y + 12, [f"Mean Score: {mn:.1f}", f"Grade: {word(mn)}"], TB, 9, gap=20, align="right")
        y += 26
    if y + 190 > H - 30:
        p, y = new_page(False)
    y += 6
    ex_d = dt.date(s.conferred.year, 11, 1) if s.conferred.month >= 11 else s.conferred - dt.timedelta(days=40)
    if college:
        board = "KMLTTB" if cur.id == "ke_dmls_r16" else "NCK"
        p.text(L, y, f"Final Qualifying Examination ({board}): Passed, {EN_MONTHS[ex_d.month - 1]} {ex_d.year}",
               TB, 10)
        y += 15
    p.text(L, y, f"Overall Grade: {overall(s).upper()}", TB, 10)
    p.text(L, y + 15, f"Date of Award: {s.conferred.day} {EN_MONTHS[s.conferred.month - 1]} {s.conferred.year}", T, 10)
    p.text(L, y + 36, "KEY: Distinction 75-100; Credit 60-74; Pass 50-59; Fail 0-49. CAT = Continuous Assessment "
                      "Tests (30); Exam (70).", T, 8)
    p.text(L, y + 47, "Hrs = contact hours, theory/practical.", T, 8)
    y += 110
    sign_block(p, rng, L + 110, y, "ACADEMIC REGISTRAR", TB, 9, 180,
               inst.extra.get("registrar", "Academic Registrar") if college else None)
    # the rectangular stamp with its date (a picture, as ink stamps are)
    issue = s.conferred + dt.timedelta(days=14 + k(s, "stamp") % 60)
    rect_stamp(p, R - 200, y - 58, 170, 62, [(inst.name.upper(), 6.5), ("ACADEMIC REGISTRAR", 8),
                                             (f"{issue.day:02d} {EN_MONTHS[issue.month - 1][:3].upper()} {issue.year}",
                                              10)])
    return LayoutResult("transcript", "ah_ke_college_transcript", FAMILY, pages, [nm], out, "hours",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ah_ke_college_transcript": (ke_transcript, FAMILY, ("KE",))}
