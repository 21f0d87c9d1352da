"""Helpers shared by writer D's round-2 designs (NG, ET, ZA, CO, US): family name, a table
parser with printed (local-language) titles, a seal drawn as rings with a star and a beaded
circle, and a security-paper background. No layouts here."""

import math

from .. import courses as C
from ..layouts_letter import DEPARTMENT_PHRASES
from ..layouts_transcript import num

FAMILY = "blind_r2"


def parse_local(text, local):
    """Curriculum table "code | printed title | english title | credits | cat [| areas]": the
    English title decides the category (criteria.md's paragraph is in English); the printed
    title goes into `local[code]`."""
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
        code, loc, title, cred, cat = parts[:5]
        areas = tuple(a for a in parts[5].split(",") if a) if len(parts) > 5 else ()
        local[code] = loc
        terms[-1].courses.append(C.CourseSpec(code, title, float(cred), C.CATEGORY[cat.lstrip("?")],
                                              cat.startswith("?"), areas))
    return terms


def course_truth(r, term, credits, grade, system, title=None, **extra):
    d = {"code": r.code, "title": title or r.spec.title, "term": term,
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


def ring_seal(p, cx, cy, r, gray=0.5, points=5):
    """A round rubber-stamp / embossed seal: two rings, a beaded circle between them (where the
    lettering would run), an inner ring and a star. No text."""
    p.circle(cx, cy, r, 1.3, gray)
    p.circle(cx, cy, r * 0.93, 0.5, gray)
    p.circle(cx, cy, r * 0.62, 0.9, gray)
    for i in range(40):
        a = 2 * math.pi * i / 40
        p.circle(cx + r * 0.78 * math.cos(a), cy + r * 0.78 * math.sin(a), r * 0.035, 0.3, gray,
                 fill=gray)
    pts = []
    for i in range(2 * points + 1):
        a = -math.pi / 2 + math.pi * i / points
        rr = r * 0.42 if i % 2 == 0 else r * 0.17
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p.polyline(pts, 0.9, gray)


def security_pattern(p, gray=0.86, step=18):
    """Banner-style security paper: a faint diagonal lattice of fine waves over the page."""
    for k in range(int((p.w + p.h) / step) + 1):
        x0 = -p.h + k * step
        pts = []
        for i in range(0, 41):
            t = i / 40.0
            x = x0 + t * p.h + 3 * math.sin(t * 18)
            y = t * p.h
            pts.append((x, y))
        pts = [(min(max(x, 0), p.w), y) for x, y in pts if -5 <= x <= p.w + 5]
        if len(pts) > 1:
            p.polyline(pts, 0.25, gray)
    for k in range(int((p.w + p.h) / step) + 1):
        x0 = k * step
        pts = []
        for i in range(0, 41):
            t = i / 40.0
            x = x0 - t * p.h + 3 * math.sin(t * 18 + 1)
            pts.append((x, t * p.h))
        pts = [(x, y) for x, y in pts if 0 <= x <= p.w]
        if len(pts) > 1:
            p.polyline(pts, 0.25, gray)
