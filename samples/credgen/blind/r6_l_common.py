"""Writer L, round 6: helpers shared by the PH, TZ, ZM, JM and ZA designs (family name, course
truth, department phrases, a dry seal pressed over a signature, a rubber stamp, number
formatting, per-candidate stable choices). No layouts here."""

import math
import zlib

from .. import courses as C
from ..layouts_letter import DEPARTMENT_PHRASES
from ..layouts_transcript import num
from ..model import CourseResult

FAMILY = "blind_r6"


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"{salt}:{s.student_no}:{s.conferred}".encode())


def parse(text):
    """Table "code | title | credits | cat [| areas]" grouped by "## year key" lines."""
    return C._parse(text)


def course_truth(r, term, credits, grade, system, title=None, code=None, **extra):
    d = {"code": r.code if code is None else code, "title": title or r.spec.title, "term": term,
         "credits": num(credits), "semester_hours": C.semester_hours(credits, system),
         "grade": grade, "category": r.spec.category,
         "category_ambiguous": C.is_ambiguous(r.spec)}
    if d["semester_hours"] is not None:
        d["semester_hours"] = num(d["semester_hours"])
    d.update(extra)
    return d


def fake_result(like, code, title, credits, category, areas=(), ambiguous=False):
    """A printed row that the school's catalogue names differently from the pack's curriculum
    (e.g. one 9-credit Practicum for two practicum modules); grades are copied from `like`."""
    spec = C.CourseSpec(code, title, float(credits), category, ambiguous, tuple(areas))
    r = CourseResult(spec, code)
    if like is not None:
        r.ph_grade, r.score, r.letter = like.ph_grade, like.score, like.letter
    return r


def add_department_phrases(country, table):
    for area, phrases in table.items():
        DEPARTMENT_PHRASES[area][country] = list(phrases)


def fmt_num(x):
    x = float(x)
    if x.is_integer():
        return str(int(x))
    return f"{x:.1f}" if abs(x * 10 - round(x * 10)) < 1e-9 else f"{x:.2f}"


def dry_seal(page, cx, cy, r, gray=0.62):
    """An embossed dry seal pressed over a signature: serrated outer edge, two rings, a star
    of short rays; no lettering (the lettering of a dry seal does not print as ink)."""
    pts = []
    for i in range(73):
        a = 2 * math.pi * i / 72
        rr = r * (1.0 if i % 2 == 0 else 0.94)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    page.polyline(pts, 0.7, gray)
    page.circle(cx, cy, r * 0.8, 0.6, gray)
    page.circle(cx, cy, r * 0.55, 0.9, gray)
    for i in range(16):
        a = 2 * math.pi * i / 16
        page.ops.append(("line", cx + r * 0.15 * math.cos(a), cy + r * 0.15 * math.sin(a),
                         cx + r * 0.45 * math.cos(a), cy + r * 0.45 * math.sin(a), 0.5, gray))


def rubber_stamp(page, cx, cy, rx, ry, gray=0.45):
    """An oval office stamp (double ring, a bar across the middle); no lettering."""
    for kk in (1.0, 0.86):
        pts = [(cx + rx * kk * math.cos(2 * math.pi * i / 48), cy + ry * kk * math.sin(2 * math.pi * i / 48))
               for i in range(49)]
        page.polyline(pts, 1.0 if kk == 1.0 else 0.5, gray)
    page.hline(cx - rx * 0.6, cx + rx * 0.6, cy - ry * 0.18, 0.6, gray)
    page.hline(cx - rx * 0.6, cx + rx * 0.6, cy + ry * 0.18, 0.6, gray)


def coat_of_arms(page, cx, cy, r, gray=0.3):
    """A shield with a torch and two supporters' outlines (no lettering)."""
    page.polyline([(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.1), (cx, cy + r * 1.15),
                   (cx - r, cy + r * 0.1), (cx - r, cy - r)], 1.2, gray)
    page.vline(cx, cy - r * 0.7, cy + r * 0.6, 1.6, gray)
    page.circle(cx, cy - r * 0.78, r * 0.16, 0.9, gray)
    page.hline(cx - r * 0.8, cx + r * 0.8, cy - r * 0.1, 0.6, gray)
    for sx in (-1, 1):
        page.polyline([(cx + sx * r * 1.15, cy + r), (cx + sx * r * 1.35, cy), (cx + sx * r * 1.2, cy - r),
                       (cx + sx * r * 1.45, cy - r * 1.2)], 0.9, gray)
