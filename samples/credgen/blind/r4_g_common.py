"""Writer G, round 4: helpers shared by the ZW, ID, MM, SD and PH designs (family name, a
curriculum parser that may keep a local-language title beside the English one, course truth,
department phrases, a rubber stamp and a photo box). No layouts here."""

import math

from .. import courses as C
from ..layouts_letter import DEPARTMENT_PHRASES
from ..layouts_transcript import num

FAMILY = "blind_r4"


def parse(text, local=None):
    """Table "code | title | credits | cat [| areas]" or, with `local` (a dict to fill),
    "code | local title | english title | credits | cat [| areas]"."""
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
        if local is not None:
            local[parts[0]] = parts[1]
            parts = [parts[0]] + parts[2:]
        code, title, cred, cat = parts[:4]
        areas = tuple(a for a in parts[4].split(",") if a) if len(parts) > 4 else ()
        terms[-1].courses.append(C.CourseSpec(code, title, float(cred), C.CATEGORY[cat.lstrip("?")],
                                              cat.startswith("?"), areas))
    return terms


def course_truth(r, term, credits, grade, system, title=None, code="", **extra):
    d = {"code": r.code if code == "" else code, "title": title or r.spec.title, "term": term,
         "credits": num(credits), "semester_hours": C.semester_hours(credits, system),
         "grade": grade, "category": r.spec.category,
         "category_ambiguous": C.is_ambiguous(r.spec)}
    if d["semester_hours"] is not None:
        d["semester_hours"] = num(d["semester_hours"])
    d.update(extra)
    return d


def add_department_phrases(country, table):
    for area, phrases in table.items():
        DEPARTMENT_PHRASES[area][country] = list(phrases)


def fmt_num(x):
    x = float(x)
    return str(int(x)) if x.is_integer() else f"{x:.1f}"


def rubber_stamp(page, cx, cy, rx, ry, gray=0.45):
    """An oval office stamp (double ring, a bar across the middle); no lettering."""
    for k in (1.0, 0.86):
        pts = [(cx + rx * k * math.cos(2 * math.pi * i / 48), cy + ry * k * math.sin(2 * math.pi * i / 48))
               for i in range(49)]
        page.polyline(pts, 1.0 if k == 1.0 else 0.5, gray)
    page.hline(cx - rx * 0.6, cx + rx * 0.6, cy - ry * 0.18, 0.6, gray)
    page.hline(cx - rx * 0.6, cx + rx * 0.6, cy + ry * 0.18, 0.6, gray)


def photo_box(page, x, y, w, h):
    """A passport photograph: a grey rectangle with a head-and-shoulders outline."""
    page.rect(x, y, w, h, 0.6, 0.3, fill=0.72)
    cx = x + w / 2
    page.circle(cx, y + h * 0.38, w * 0.2, 0.6, 0.5, fill=0.6)
    page.polyline([(x + w * 0.12, y + h), (x + w * 0.2, y + h * 0.7), (x + w * 0.8, y + h * 0.7),
                   (x + w * 0.88, y + h)], 0.6, 0.5)
