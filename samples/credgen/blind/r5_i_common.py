"""Writer I, round 5: helpers shared by the NG, LB, CU, GY and KE designs (family name, course
truth with failed attempts, department phrases, a deterministic key, stamps, a faint repeated
security text, the Nigerian 5-point CGPA and class of degree that transcript and diploma share).
No layouts here.

Failed attempts: a row printed with its credits but failed (Nigerian F carried over, Lebanese
"Ajourné", Cuban "2 (Desaprobado)") is in the truth with the credits as printed, `passed: false`
and `semester_hours: 0`; courses.totals skips it, so a course counts once, when it was passed."""

import math
import zlib

from .. import courses as C
from ..layouts_letter import DEPARTMENT_PHRASES
from ..layouts_transcript import num
from ..model import ng_grade

FAMILY = "blind_r5"


def k(*parts):
    """A stable number from the candidate's facts (the same for transcript and diploma)."""
    return zlib.crc32(":".join(str(x) for x in parts).encode())


def parse(text):
    """Curriculum table "code | title | credits | cat [| areas]" grouped by "## year key"."""
    terms = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            y, key = line[2:].split()
            terms.append(C.TermSpec(int(y), key))
            continue
        parts = [p.strip() for p in line.split("|")]
        code, title, cred, cat = parts[:4]
        areas = tuple(a for a in parts[4].split(",") if a) if len(parts) > 4 else ()
        terms[-1].courses.append(C.CourseSpec(code, title, float(cred), C.CATEGORY[cat.lstrip("?")],
                                              cat.startswith("?"), areas))
    return terms


def course_truth(r, term, credits, grade, system, title=None, code="", passed=True, **extra):
    d = {"code": r.code if code == "" else code, "title": title or r.spec.title, "term": term,
         "credits": num(credits), "semester_hours": C.semester_hours(credits, system),
         "grade": grade, "category": r.spec.category,
         "category_ambiguous": C.is_ambiguous(r.spec)}
    if d["semester_hours"] is not None:
        d["semester_hours"] = num(d["semester_hours"])
    if not passed:
        d["passed"] = False
        if d["semester_hours"] is not None:
            d["semester_hours"] = 0
    d.update(extra)
    return d


def add_department_phrases(country, table):
    for area, phrases in table.items():
        DEPARTMENT_PHRASES[area][country] = list(phrases)


def rubber_stamp(page, cx, cy, rx, ry, gray=0.45):
    """An oval office stamp (double ring, two bars); no lettering."""
    for f in (1.0, 0.84):
        pts = [(cx + rx * f * math.cos(2 * math.pi * i / 48), cy + ry * f * math.sin(2 * math.pi * i / 48))
               for i in range(49)]
        page.polyline(pts, 1.0 if f == 1.0 else 0.5, gray)
    page.hline(cx - rx * 0.6, cx + rx * 0.6, cy - ry * 0.2, 0.6, gray)
    page.hline(cx - rx * 0.6, cx + rx * 0.6, cy + ry * 0.2, 0.6, gray)


def star_seal(page, cx, cy, r, gray=0.5):
    """A round embossed seal with a five-pointed star (Cuban / Guyanese offices)."""
    page.circle(cx, cy, r, 1.1, gray)
    page.circle(cx, cy, r * 0.78, 0.5, gray)
    pts = []
    for i in range(11):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.5 if i % 2 == 0 else r * 0.2
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    page.polyline(pts, 0.8, gray)


def security_text(page, words, gray=222, size=7.0, step_y=20, dpi=100):
    """A faint repeated line of words over the whole page (security paper), drawn as one picture
    behind the text: it has no text layer, like the printed background of real security paper."""
    import os
    from PIL import Image, ImageDraw, ImageFont
    from .. import fonts
    f = dpi / 72.0
    im = Image.new("RGBA", (int(page.w * f), int(page.h * f)), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    font = ImageFont.truetype(os.path.join(fonts.TT, "dejavu/DejaVuSans.ttf"), int(size * f))
    line = (words + "   ") * 12
    y, row = 30 * f, 0
    while y < im.size[1] - 20 * f:
        dr.text((-((row * 41) % 120) * f, y), line, font=font, fill=(gray, gray, gray, 255))
        y += step_y * f
        row += 1
    page.ops.insert(0, ("image", 0, 0, page.w, page.h, im))


# --- Nigeria: 5-point scale, carry-over, CGPA and class (transcript and diploma agree) ----------

def ng_carry(s):
    """(term index, course index) of a course failed and carried over to the same semester of the
    next session, or None; decided from the student's facts."""
    key = k(s.student_no, s.dob, "co")
    if key % 5 >= 3:
        return None
    opts = [(i, j) for i, t in enumerate(s.terms) if t.year < s.curriculum.years - 1
            for j, r in enumerate(t.results) if not r.spec.areas and not r.code.startswith("GST")]
    if not opts:
        return None
    return opts[key % len(opts)]


def ng_rows(s):
    """Per term: [(result, score, carried_over)] as printed, the failed attempt included."""
    carry = ng_carry(s)
    rows = [[] for _ in s.terms]
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            if carry == (i, j):
                rows[i].append((r, 30 + k(s.student_no, "f") % 10, False))
                nxt = next((m for m in range(i + 1, len(s.terms)) if s.terms[m].key == t.key), None)
                if nxt is None:
                    nxt = i + 1
                rows[nxt].append((r, 45 + k(s.student_no, "p") % 14, True))
            else:
                rows[i].append((r, r.score, False))
    for i in range(len(rows)):     # the carried-over course comes first in its new semester
        rows[i].sort(key=lambda x: not x[2])
    return rows


def ng_cgpa(s):
    tnu = tcp = 0
    for term in ng_rows(s):
        for r, score, _ in term:
            tnu += int(r.spec.credits)
            tcp += int(r.spec.credits) * ng_grade(score)[1]
    return tcp / tnu


def ng_class(s):
    g = round(ng_cgpa(s) + 1e-9, 2)
    if g >= 4.5:
        return "First Class Honours"
    if g >= 3.5:
        return "Second Class Honours (Upper Division)"
    if g >= 2.4:
        return "Second Class Honours (Lower Division)"
    if g >= 1.5:
        return "Third Class Honours"
    return "Pass"
