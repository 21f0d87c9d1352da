"""Helpers shared by writer C's round-2 designs (GB, PL, LK, IN, PH): truth of a printed
course (code / title as printed), curricula given as tables with local titles and contact
hours, department phrases for the new countries, a QR-like block and a crest box.
No layouts here."""

import random

from .. import courses as C
from ..layouts_letter import DEPARTMENT_PHRASES
from ..layouts_transcript import num

FAMILY = "blind_r2"


def course_truth(r, term, credits, grade, system, code="", title=None, **extra):
    """Like layouts_transcript.course_truth, but the code and title are the ones printed
    (code None when the document prints none)."""
    d = {"code": r.code if code == "" else code, "title": title or r.spec.title, "term": term,
         "credits": num(credits), "semester_hours": C.semester_hours(credits, system),
         "grade": grade, "category": r.spec.category,
         "category_ambiguous": C.is_ambiguous(r.spec)}
    if d["semester_hours"] is not None:
        d["semester_hours"] = num(d["semester_hours"])
    d.update(extra)
    return d


def parse_table(text, local=None, hours=None):
    """Curriculum table "code | title | credits | cat [| areas]" with optional local titles
    and contact hours: "code | local title | title | credits | cat | hours [| areas]" when
    local/hours dicts are given (filled here)."""
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
            code, loc, title, cred, cat, hrs = parts[:6]
            rest = parts[6:]
            local[code] = loc
            hours[code] = int(hrs)
        else:
            code, title, cred, cat = parts[:4]
            rest = parts[4:]
        areas = tuple(a for a in rest[0].split(",") if a) if rest else ()
        amb = cat.startswith("?")
        terms[-1].courses.append(C.CourseSpec(code, title, float(cred), C.CATEGORY[cat.lstrip("?")],
                                              amb, areas))
    return terms


def add_department_phrases(country, table):
    """table: area -> [phrases] for one new country (letters print these)."""
    for area, phrases in table.items():
        DEPARTMENT_PHRASES[area][country] = list(phrases)


def qr_block(p, x, y, size, seed, cells=25):
    """A QR-code-like square: three finder squares and a seeded module pattern (no text)."""
    rng = random.Random(seed)
    m = size / cells
    p.rect(x - 2, y - 2, size + 4, size + 4, 0.4, 0.3)
    for fx, fy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        p.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, 0, 0.0, fill=0.0)
        p.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, 0, 1.0, fill=1.0)
        p.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, 0, 0.0, fill=0.0)
    for i in range(cells):
        for j in range(cells):
            in_finder = ((i < 8 and j < 8) or (i >= cells - 8 and j < 8) or (i < 8 and j >= cells - 8))
            if not in_finder and rng.random() < 0.48:
                p.rect(x + i * m, y + j * m, m, m, 0, 0.0, fill=0.0)


def crest_box(p, cx, cy, w, h, gray=0.3):
    """A university crest: shield with a chevron, a book and three stars, in a box."""
    p.rect(cx - w / 2, cy - h / 2, w, h, 0.6, gray)
    r = min(w, h) * 0.36
    pts = [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.1), (cx, cy + r * 1.05),
           (cx - r, cy + r * 0.1), (cx - r, cy - r)]
    p.polyline(pts, 1.2, gray)
    p.polyline([(cx - r * 0.8, cy + r * 0.2), (cx, cy - r * 0.35), (cx + r * 0.8, cy + r * 0.2)], 1.0, gray)
    p.rect(cx - r * 0.35, cy + r * 0.3, r * 0.7, r * 0.4, 0.8, gray)
    p.vline(cx, cy + r * 0.3, cy + r * 0.7, 0.6, gray)
    for k in (-1, 0, 1):
        p.circle(cx + k * r * 0.5, cy - r * 0.65, r * 0.09, 0.6, gray, fill=gray)


def grade_band(score, bands):
    """bands: [(min score, value...)], first match."""
    for b in bands:
        if score >= b[0]:
            return b[1:]
    return bands[-1][1:]
