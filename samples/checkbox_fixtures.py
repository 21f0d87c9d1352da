#!/usr/bin/python3
"""Check-box fixtures: employment verification forms with a box per laboratory area.

What and why: a form that prints every area with a box ("check all that apply") must give only
the ticked areas as departments, on a text layer and on a scan. The forms are made here from
nothing (no real person's data), with the marks people and programs make:

- text layers: box glyphs (☒/☐, ☑/☐), brackets ("[X]"/"[ ]"), boxes drawn as graphics holding a
  ✓ glyph or a ZapfDingbats ✔ (a flattened PDF form's check box), the label left or right of its box;
- scans, faint scans and phone photos (perspective, uneven light, skew, JPEG): the same, and boxes
  drawn as graphics marked by hand: a check mark, an X, a filled square, a dot, a scribble, a
  circle round the box, a tick that overruns the box. On some hand-marked forms a ring is drawn
  round the name of an area whose box is left empty: no mark in the box, the area is not ticked.

Three designs: a list (one column, a box before each area), a grid (two or three columns) and
boxes after the labels (right after, or in a column of their own); the area names vary
("Clinical Chemistry", "Biochemistry", "Haematology", ...) and an "Other" box may sit among them.
Scans are made at 225 dpi, the size the reader scales 11 pt text to for Tesseract (a 300 dpi scan
is scaled down before reading; a faint one, whose text height cannot be measured, was read at 300
dpi, twice the pixels), which keeps the files small and their reading quick.
`truth.json` lists, per file, the ticked areas (lab-area ids), how the form was printed (style,
side, design, capture) and every box: its area (null for "Other"), label, whether it is ticked,
its mark and whether its label is ringed.

Usage: /usr/bin/python3 samples/checkbox_fixtures.py --out DIR [--count N] [--scan-count N] [--seed S] [--jobs N]
"""
import argparse
import json
import math
import multiprocessing
import os
import random
import sys

import numpy as np
from PIL import Image, ImageFilter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from credgen import scan as S  # noqa: E402

# Each area with the names forms print it under (one is picked per form).
AREAS = [("chemistry", ["Clinical Chemistry", "Biochemistry", "Chemistry"]),
         ("hematology", ["Hematology", "Haematology"]),
         ("microbiology", ["Microbiology", "Medical Microbiology", "Bacteriology"]),
         ("blood_bank", ["Blood Bank", "Immunohematology", "Transfusion Medicine"]),
         ("urinalysis", ["Urinalysis", "Clinical Microscopy"]),
         ("immunology", ["Serology", "Immunology"]),
         ("molecular", ["Molecular Diagnostics"]),
         ("other", ["Histopathology"])]
EMPLOYERS = ["Riverside Diagnostic Laboratory", "Sunrise Medical Center", "Lakeview General Hospital",
             "Northgate Clinical Laboratories"]
NAMES = ["Rosa M. Lim", "Kwame Osei", "Priya R. Nair", "Ana T. Reyes"]
CUES = ["Laboratory areas worked (check all that apply):", "Sections rotated through (tick the appropriate boxes):",
        "Departments - mark all that apply:", "Areas of work (check the box for each):"]
# (style, label side) per source; the styles' marks are drawn by `draw_mark`.
TEXT_STYLES = [("glyph_x", "before"), ("glyph_check", "before"), ("bracket", "before"), ("glyph_x", "after"),
               ("bracket", "after"), ("drawn_check_glyph", "before"), ("drawn_zapf", "before"),
               ("drawn_zapf", "after")]
SCAN_STYLES = [("glyph_x", "before"), ("bracket", "before"), ("drawn_check_glyph", "before"),
               ("drawn_x", "before"), ("drawn_check", "before"), ("drawn_fill", "before"), ("drawn_dot", "before"),
               ("drawn_circle", "before"), ("drawn_overrun", "before"), ("drawn_x", "after"), ("drawn_check", "after"),
               ("drawn_scribble", "before")]
CAPTURES = ["scan", "faint", "photo"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCAN_DPI = 225


def pen(c, rng, width):
    c.setLineWidth(width * rng.uniform(0.85, 1.3))
    c.setLineCap(1)
    c.setLineJoin(1)


def draw_mark(c, style, x, y, s, rng):
    """The mark inside (or over) a box drawn with its lower left corner at (x, y), side s."""
    j = lambda: rng.uniform(-0.06, 0.06) * s  # noqa: E731  (a hand's wobble)
    if style == "drawn_check_glyph":
        c.setFont("DejaVuSans", s * 0.95)
        c.drawString(x + 0.12 * s, y + 0.15 * s, "\u2713")
    elif style == "drawn_zapf":
        c.setFont("ZapfDingbats", s * 0.8)
        c.drawString(x + 0.12 * s, y + 0.2 * s, "4")
    elif style == "drawn_x":
        pen(c, rng, 1.4)
        c.line(x + 0.18 * s + j(), y + 0.18 * s + j(), x + 0.82 * s + j(), y + 0.82 * s + j())
        c.line(x + 0.82 * s + j(), y + 0.18 * s + j(), x + 0.18 * s + j(), y + 0.82 * s + j())
    elif style == "drawn_check":
        pen(c, rng, 1.4)
        p = c.beginPath()
        p.moveTo(x + 0.18 * s + j(), y + 0.5 * s + j())
        p.lineTo(x + 0.42 * s + j(), y + 0.18 * s + j())
        p.lineTo(x + 0.88 * s + j(), y + 0.85 * s + j())
        c.drawPath(p, stroke=1, fill=0)
    elif style == "drawn_overrun":  # a quick tick that starts in the box and runs far above it
        pen(c, rng, 1.6)
        p = c.beginPath()
        p.moveTo(x + 0.15 * s + j(), y + 0.55 * s + j())
        p.lineTo(x + 0.4 * s + j(), y + 0.15 * s + j())
        p.lineTo(x + 1.3 * s + j(), y + 1.7 * s + j())
        c.drawPath(p, stroke=1, fill=0)
    elif style == "drawn_fill":
        m = 0.2 * s
        c.rect(x + m, y + m, s - 2 * m, s - 2 * m, stroke=0, fill=1)
    elif style == "drawn_scribble":  # a quick back-and-forth scrawl over the box's inside
        pen(c, rng, 1.1)
        p = c.beginPath()
        p.moveTo(x + 0.2 * s + j(), y + 0.75 * s + j())
        for k in range(rng.randint(3, 5)):
            p.lineTo(x + (0.8 if k % 2 == 0 else 0.2) * s + j(), y + (0.65 - 0.12 * k) * s + j())
        c.drawPath(p, stroke=1, fill=0)
    elif style == "drawn_dot":
        c.circle(x + s / 2 + j(), y + s / 2 + j(), 0.2 * s, stroke=0, fill=1)
    elif style == "drawn_circle":  # a ring drawn round the box
        pen(c, rng, 1.2)
        r = 0.95 * s
        c.ellipse(x + s / 2 - r + j(), y + s / 2 - r * 0.9 + j(), x + s / 2 + r + j(), y + s / 2 + r * 0.9 + j(),
                  stroke=1, fill=0)


def box_token(style, on):
    if style == "glyph_x":
        return "\u2612" if on else "\u2610"
    if style == "glyph_check":
        return "\u2611" if on else "\u2610"
    if style == "bracket":
        return "[X]" if on else "[ ]"
    return None  # a box drawn as a graphic


def ring_label(c, x, y, label, rng):
    """A ring drawn round a label printed at (x, y) in 11 pt: someone circled the name, not the box."""
    w = pdfmetrics.stringWidth(label, "DejaVuSans", 11)
    pen(c, rng, 1.0)
    c.ellipse(x - 4 + rng.uniform(-1, 1), y - 6 + rng.uniform(-1, 1), x + w + 5 + rng.uniform(-1, 1),
              y + 15 + rng.uniform(-1, 1), stroke=1, fill=0)
    c.setLineWidth(1)


def draw_item(c, style, side, x, y, label, on, col_width, rng, ringed=False):
    token = box_token(style, on)
    c.setFont("DejaVuSans", 11)
    if token is not None:
        if side == "before":
            c.drawString(x, y, token + " " + label)
        else:
            c.drawString(x, y, label + " " + token)
        return
    s = 11
    label_w = pdfmetrics.stringWidth(label, "DejaVuSans", 11)
    if side == "before":
        bx, lx = x, x + s + 7
    else:  # the box after the label, right after it or in a column of its own
        lx = x
        # (never over a label longer than its column: a form is laid out so its labels clear their boxes)
        bx = x + label_w + 8 if rng.random() < 0.5 else x + max(label_w + 8, col_width - s - 22)
    c.setLineWidth(1)
    c.rect(bx, y - 2, s, s, stroke=1, fill=0)
    c.drawString(lx, y, label)
    if on:
        draw_mark(c, style, bx, y - 2, s, rng)
    if ringed:
        ring_label(c, lx, y, label, rng)
    c.setFont("DejaVuSans", 11)


def draw_form(path, style, side, items, rng, columns, ringed=None):
    """items: (label, area id or None, ticked); `ringed`: the index of the item whose label is ringed."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    W, H = 612, 792
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, initialFontName="DejaVuSans")
    c.setFont("DejaVuSans", 16)
    c.drawString(72, H - 80, "EMPLOYMENT VERIFICATION FORM")
    c.setFont("DejaVuSans", 11)
    y = H - 120
    start = rng.randint(2015, 2019)
    fields = [("Employee Name:", rng.choice(NAMES)), ("Employer:", rng.choice(EMPLOYERS)),
              ("Position:", "Medical Technologist"),
              ("Dates of employment:", f"01/03/{start} to 31/01/{start + 4}"), ("Hours per week:", "40")]
    for label, value in fields:
        c.drawString(72, y, label)
        c.drawString(230, y, value)
        y -= 22
    y -= 10
    c.drawString(72, y, rng.choice(CUES))
    y -= 30
    col_width = (W - 160) / columns
    rows = math.ceil(len(items) / columns)
    for i, (label, _, on) in enumerate(items):
        col, row = i % columns, i // columns
        draw_item(c, style, side, 90 + col * col_width, y - row * 26, label, on, col_width, rng, i == ringed)
    y -= rows * 26 + 40
    c.drawString(72, y, "Supervisor signature: ____________________     Date: 05/02/2024")
    c.showPage()
    c.save()


def faint(img):
    """A pale scan: ink at a third to a half of its darkness (a light pencil or a tired toner)."""
    a = np.asarray(img).astype(np.float32)
    return Image.fromarray((255 - (255 - a) * 0.42).clip(0, 255).astype(np.uint8), "L")


def phone_photo(arr, rng):
    """A phone photo of the page: smaller, turned a little, seen at an angle (perspective), lit
    unevenly, slightly blurred, JPEG."""
    img = Image.fromarray(arr, "L")
    w, h = img.size
    d = lambda: rng.uniform(0.0, 0.035)  # noqa: E731
    # Where the page's corners land (a keystone: the top seen a little narrower).
    quad = [(w * d(), h * d()), (w * d(), h * (1 - d())), (w * (1 - d()), h * (1 - d())), (w * (1 - d()), h * d())]
    img = img.transform((w, h), Image.QUAD, [c for p in quad for c in p], resample=Image.BICUBIC, fillcolor=235)
    img = img.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=False, fillcolor=235)
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.78 + 0.22 * (0.6 * xx / w + 0.4 * yy / h) if rng.random() < 0.5 else 0.8 + 0.2 * (1 - xx / w)
    a = a * light + np.random.default_rng(rng.randrange(2 ** 31)).standard_normal(a.shape).astype(np.float32) * 3
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.8))
    scale = rng.uniform(0.83, 0.96)  # ~200 dpi of the page
    return img.resize((int(w * scale), int(h * scale)), Image.BILINEAR), round(SCAN_DPI * scale)


def capture(path, capture_kind, rng):
    """The text PDF at `path` replaced by its scan; returns the file's new path."""
    pages = S.rasterize(path, SCAN_DPI)
    if capture_kind == "photo":
        photo, dpi = phone_photo(pages[0], rng)
        os.remove(path)
        path = path[:-4] + ".jpg"
        photo.save(path, "JPEG", quality=82, dpi=(dpi, dpi))
        return path
    prm = S.scan_params(rng, strength=0.5)
    prm["skew_deg"] = round(rng.uniform(-1.2, 1.2), 2)
    images = [S.degrade(p, SCAN_DPI, prm) for p in pages]
    if capture_kind == "faint":
        images = [faint(im) for im in images]
    S.save_pdf(images, path, SCAN_DPI, 85)
    return path


def pick_items(rng, fewest=5):
    areas = rng.sample(AREAS, rng.randint(fewest, 8))
    items = [(rng.choice(names), area) for area, names in areas]
    if rng.random() < 0.3:
        items.append(("Other", None))
    ticked = set(rng.sample([a for _, a in items if a], rng.randint(1, 4)))
    if rng.random() < 0.05:
        ticked = set()
    return [(label, area, area in ticked) for label, area in items], sorted(ticked)


def make_form(job):
    """One form of the plan (main): drawn, then scanned or photographed for a scan; its file's name."""
    out, name, source, style, side, items, form_seed, kind, columns, ringed = job
    form_rng = random.Random(form_seed)
    path = os.path.join(out, name)
    draw_form(path, style, side, items, form_rng, columns, ringed)
    if source == "scan":
        path = capture(path, kind, form_rng)
    return os.path.basename(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=4, help="forms per style and source")
    ap.add_argument("--scan-count", type=int, default=None,
                    help="forms per style for scans (default --count); 3 gives each style once per capture")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--only", default="", help="make only the forms whose name contains this")
    ap.add_argument("--jobs", type=int, default=1, help="forms made at once (the same files whatever the number)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    # The plan first, drawn from one generator in a fixed order, so the forms do not depend on --jobs.
    plan, kinds = [], {}
    made = 0
    for source, styles in (("text", TEXT_STYLES), ("scan", SCAN_STYLES)):
        count = a.count if source == "text" or a.scan_count is None else a.scan_count
        for style, side in styles:
            for n in range(count):
                # (A scan costs a page of OCR whatever it holds: scanned forms list 7-8 areas.)
                items, ticked = pick_items(rng, 5 if source == "text" else 7)
                form_seed = rng.randrange(2 ** 31)
                columns = rng.choice([1, 2, 3])
                # A ring round an unticked area's name, on some forms marked by hand.
                empty = [i for i, (_, _, on) in enumerate(items) if not on]
                ringed = rng.choice(empty) if source == "scan" and style.startswith("drawn_") and empty and rng.random() < 0.5 else None
                design = "after" if side == "after" else "list" if columns == 1 else "grid"
                made += 1
                kind = CAPTURES[made % len(CAPTURES)] if source == "scan" else "text"
                name = f"{source}-{style}-{side}-{n}" + (f"-{kind}" if source == "scan" else "") + ".pdf"
                if a.only and a.only not in name:
                    continue
                plan.append((a.out, name, source, style, side, items, form_seed, kind, columns, ringed))
                mark = style[len("drawn_"):] if style.startswith("drawn_") else style
                boxes = [{"area": area, "label": label, "ticked": on, "mark": mark if on else None, "ringed_label": i == ringed}
                         for i, (label, area, on) in enumerate(items)]
                kinds[name] = {"source": source, "style": style, "side": side, "design": design, "capture": kind,
                               "ticked": ticked, "boxes": boxes}
    if a.jobs > 1:
        with multiprocessing.Pool(a.jobs) as pool:
            files = pool.map(make_form, plan, chunksize=1)
    else:
        files = [make_form(job) for job in plan]
    truth = {file: kinds[job[1]] for file, job in zip(files, plan)}
    with open(os.path.join(a.out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1, sort_keys=True)
    print(f"wrote {len(truth)} forms to {a.out}")


if __name__ == "__main__":
    main()
