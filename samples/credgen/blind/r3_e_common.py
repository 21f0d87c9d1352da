"""Helpers shared by writer E's round-3 designs (IR, CM, JO, UG, TT): family name, the truth of
a printed course, curricula tables with an extra per-course field (Iranian theory / practical
units, Cameroonian French titles), the Solar Hijri calendar, a translator's stamp and a
raised (embossed) seal area. No layouts here."""

import math

from .. import courses as C
from ..layouts_letter import DEPARTMENT_PHRASES
from ..layouts_transcript import num

FAMILY = "blind_r3"

HIJRI_MONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr",
                "Aban", "Azar", "Dey", "Bahman", "Esfand"]


def course_truth(r, term, credits, grade, system, title=None, code=None, **extra):
    d = {"code": r.code if code is None else code, "title": title or r.spec.title, "term": term,
         "credits": num(credits), "semester_hours": C.semester_hours(credits, system),
         "grade": grade, "category": r.spec.category,
         "category_ambiguous": C.is_ambiguous(r.spec)}
    if d["semester_hours"] is not None:
        d["semester_hours"] = num(d["semester_hours"])
    d.update(extra)
    return d


def parse_table(text, extra=None):
    """"code | title | credits | cat [| areas] [|| extra]": the part after "||" goes into
    extra[code] (a string the country module interprets)."""
    terms = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            y, key = line[2:].split()
            terms.append(C.TermSpec(int(y), key))
            continue
        main, _, tail = line.partition("||")
        parts = [p.strip() for p in main.split("|")]
        code, title, cred, cat = parts[:4]
        areas = tuple(a for a in parts[4].split(",") if a) if len(parts) > 4 and parts[4] else ()
        if extra is not None and tail.strip():
            extra[code] = tail.strip()
        terms[-1].courses.append(C.CourseSpec(code, title, float(cred), C.CATEGORY[cat.lstrip("?")],
                                              cat.startswith("?"), areas))
    return terms


def curriculum(cid, country, title, years, field, system, table, start, grad, clin=False, extra=None):
    return C.Curriculum(cid, country, title, "bachelor", years, field, system,
                        parse_table(table, extra), start, grad, clinical_training=clin)


def add_department_phrases(country, table):
    for area, phrases in table.items():
        DEPARTMENT_PHRASES[area][country] = list(phrases)


def tweak(code, k=4):
    """A stable small integer 0..k-1 from a course code (decimals of marks, no RNG needed, so
    every document of the same candidate prints the same marks)."""
    return sum(ord(c) * (i + 3) for i, c in enumerate(code)) % k


# --- Solar Hijri (Jalali) calendar ------------------------------------------------------------

def g2j(d):
    """Gregorian date -> (Solar Hijri year, month, day)."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd
            + g_d_m[gm - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def sh_slash(d):
    y, m, dd = g2j(d)
    return f"{y}/{m:02d}/{dd:02d}"


def sh_with_greg(d):
    """"1399/04/31 (21 July 2020)": the form Iranian translations print."""
    from .. import dates as D
    return f"{sh_slash(d)} ({D.long_dmy(d)})"


# --- stamps and seals (graphics only) ---------------------------------------------------------

def translator_stamp(p, cx, cy, r=34, gray=0.45):
    """An Iranian official translator's round rubber stamp: double ring, beaded band where the
    lettering would be, a small scales-of-justice mark in the middle. No text."""
    p.circle(cx, cy, r, 1.4, gray)
    p.circle(cx, cy, r * 0.9, 0.5, gray)
    p.circle(cx, cy, r * 0.58, 0.8, gray)
    for i in range(36):
        a = 2 * math.pi * i / 36
        p.circle(cx + r * 0.74 * math.cos(a), cy + r * 0.74 * math.sin(a), r * 0.03, 0.3, gray, fill=gray)
    p.vline(cx, cy - r * 0.4, cy + r * 0.3, 0.9, gray)
    p.hline(cx - r * 0.35, cx + r * 0.35, cy - r * 0.28, 0.9, gray)
    for sx in (-1, 1):
        x = cx + sx * r * 0.35
        p.polyline([(x - r * 0.12, cy), (x, cy - r * 0.28), (x + r * 0.12, cy)], 0.6, gray)
        p.hline(x - r * 0.14, x + r * 0.14, cy, 0.8, gray)
    p.hline(cx - r * 0.2, cx + r * 0.2, cy + r * 0.3, 1.0, gray)


def oval_stamp(p, cx, cy, rx, ry, gray=0.4):
    """An oval office stamp (hospital / registry) with a date bar, no text."""
    n = 72
    for k, lw in ((1.0, 1.3), (0.88, 0.5)):
        pts = [(cx + rx * k * math.cos(2 * math.pi * i / n), cy + ry * k * math.sin(2 * math.pi * i / n))
               for i in range(n + 1)]
        p.polyline(pts, lw, gray)
    p.hline(cx - rx * 0.7, cx + rx * 0.7, cy - ry * 0.2, 0.6, gray)
    p.hline(cx - rx * 0.7, cx + rx * 0.7, cy + ry * 0.25, 0.6, gray)


def embossed_seal(p, cx, cy, r):
    """A raised (dry) seal: only faint relief rings, serrated edge and a crest outline, the way
    an embossing shows on a copy."""
    g = 0.78
    pts = []
    for i in range(121):
        a = 2 * math.pi * i / 120
        rr = r * (1.0 if i % 2 == 0 else 0.95)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p.polyline(pts, 0.7, g)
    p.circle(cx, cy, r * 0.84, 0.5, g)
    p.circle(cx, cy, r * 0.8, 0.3, g)
    p.circle(cx, cy, r * 0.5, 0.6, g)
    shield = [(cx - r * 0.3, cy - r * 0.32), (cx + r * 0.3, cy - r * 0.32), (cx + r * 0.3, cy + r * 0.05),
              (cx, cy + r * 0.36), (cx - r * 0.3, cy + r * 0.05), (cx - r * 0.3, cy - r * 0.32)]
    p.polyline(shield, 0.6, g)
    p.hline(cx - r * 0.3, cx + r * 0.3, cy - r * 0.08, 0.4, g)


def crest(p, cx, cy, r, gray=0.3):
    """A university crest: shield with a book and a torch-like stroke."""
    pts = [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.1), (cx, cy + r * 1.15),
           (cx - r, cy + r * 0.1), (cx - r, cy - r)]
    p.polyline(pts, 1.3, gray)
    p.polyline([(cx - r * 0.6, cy - r * 0.2), (cx, cy - r * 0.05), (cx + r * 0.6, cy - r * 0.2),
                (cx + r * 0.6, cy + r * 0.35), (cx, cy + r * 0.5), (cx - r * 0.6, cy + r * 0.35),
                (cx - r * 0.6, cy - r * 0.2)], 0.8, gray)
    p.vline(cx, cy - r * 0.05, cy + r * 0.5, 0.8, gray)
    p.vline(cx, cy - r * 0.75, cy - r * 0.3, 1.2, gray)
    p.circle(cx, cy - r * 0.8, r * 0.1, 0.8, gray, fill=gray)


def fmt2(x):
    return f"{x:.2f}"


def wavg(pairs):
    """Weighted average of (weight, value) pairs."""
    w = sum(a for a, _ in pairs)
    return sum(a * b for a, b in pairs) / w if w else 0.0


__all__ = ["FAMILY", "course_truth", "curriculum", "add_department_phrases", "g2j", "sh_slash",
           "sh_with_greg", "translator_stamp", "oval_stamp", "embossed_seal", "crest", "num"]
