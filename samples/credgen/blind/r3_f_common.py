"""Writer F, round 3: helpers shared by the MY, TH, CN, MX and RO designs (family name, a
curriculum parser that keeps a printed local-language title beside the English one, course
truth with the printed title, a red ink seal drawn as a picture, a hologram sticker, department
phrases). No layouts here."""

import math
import random

from PIL import Image, ImageDraw

from .. import courses as C
from ..layouts_letter import DEPARTMENT_PHRASES
from ..layouts_transcript import num

FAMILY = "blind_r3"


def parse(text, local=None):
    """Table "code | title | credits | cat [| areas]" or, with `local`, "code | printed title |
    english title | credits | cat [| areas]" (the English title decides the category)."""
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
            code, loc = parts[0], parts[1]
            parts = [code] + parts[2:]
            local[code] = loc
        code, title, cred, cat = parts[:4]
        areas = tuple(a for a in parts[4].split(",") if a) if len(parts) > 4 else ()
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


def fmt_cr(x):
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}"


def red_seal(rng, diameter_pt, ink=(200, 30, 35), alpha=190, star=True, square=False):
    """A red ink seal as a picture (no text layer): ring(s), a five-pointed star, and a band of
    stroke marks where the (here unrenderable) characters run round the rim."""
    k = 4
    D = int(diameter_pt * k)
    im = Image.new("RGBA", (D, D), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    col = ink + (alpha,)
    c = D / 2
    lw = max(3, int(D * 0.03))
    if square:
        dr.rectangle((lw, lw, D - lw, D - lw), outline=col, width=lw)
    else:
        dr.ellipse((lw, lw, D - lw, D - lw), outline=col, width=lw)
    rr = random.Random(rng.random())
    # glyph-like stroke clusters on the arc (upper 240 degrees)
    n = 14
    for i in range(n):
        a = math.radians(150 + 240 * i / (n - 1))
        gx, gy = c + D * 0.36 * math.cos(a), c + D * 0.36 * math.sin(a)
        s = D * 0.045
        for _ in range(4):
            x1, y1 = gx + rr.uniform(-s, s), gy + rr.uniform(-s, s)
            if rr.random() < 0.5:
                dr.line((x1 - s * 0.7, y1, x1 + s * 0.7, y1), fill=col, width=max(2, lw // 2))
            else:
                dr.line((x1, y1 - s * 0.7, x1, y1 + s * 0.7), fill=col, width=max(2, lw // 2))
    if star:
        pts = []
        for i in range(10):
            a = -math.pi / 2 + math.pi * i / 5
            r = D * 0.16 if i % 2 == 0 else D * 0.065
            pts.append((c + r * math.cos(a), c - D * 0.02 + r * math.sin(a)))
        dr.polygon(pts, fill=col)
    # a short bar of strokes under the star (the office's name)
    for j in range(5):
        x = c - D * 0.2 + j * D * 0.09
        dr.line((x, c + D * 0.2, x + D * 0.05, c + D * 0.2), fill=col, width=max(2, lw // 2))
        dr.line((x + D * 0.025, c + D * 0.17, x + D * 0.025, c + D * 0.25), fill=col, width=max(2, lw // 2))
    px = im.load()
    for _ in range(int(D * D * 0.03)):
        x, y = rr.randrange(D), rr.randrange(D)
        r0, g0, b0, a0 = px[x, y]
        if a0:
            px[x, y] = (r0, g0, b0, int(a0 * rr.uniform(0.1, 0.6)))
    return im.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)


def place_image(page, cx, cy, w, h, img):
    page.ops.append(("image", cx - w / 2, cy - h / 2, w, h, img))


def hologram(page, x, y, size):
    """A silver hologram sticker: a grey square with a sheen of rings (no text)."""
    page.rect(x, y, size, size, 0.6, 0.35, fill=0.78)
    cx, cy = x + size / 2, y + size / 2
    for i in range(1, 6):
        page.circle(cx, cy, size * 0.08 * i, 0.4, 0.6)
    for i in range(8):
        a = math.pi * i / 4
        page.ops.append(("line", cx, cy, cx + size * 0.45 * math.cos(a), cy + size * 0.45 * math.sin(a),
                         0.3, 0.62))
