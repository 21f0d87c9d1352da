#!/usr/bin/python3
"""Check-box fixtures: employment verification forms with a box per laboratory area.

What and why: a form that prints every area with a box ("check all that apply") must give only
the ticked areas as departments, on a text layer and on a scan. The forms are made here from
nothing (no real person's data), in several ways of printing a box: text-layer glyphs (☒ / ☐),
brackets ("[X]" / "[ ]"), boxes drawn as graphics holding a ✓ glyph, and, for scans, boxes drawn
with an X, a check mark or a filled square in them. `truth.json` lists, per file, the ticked areas
(lab-area ids) and how the form was printed.

Usage: /usr/bin/python3 samples/checkbox_fixtures.py --out DIR [--count N] [--seed S]
"""
import argparse
import json
import os
import random
import sys

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from credgen import scan as S  # noqa: E402

AREAS = [("Clinical Chemistry", "chemistry"), ("Hematology", "hematology"), ("Microbiology", "microbiology"),
         ("Blood Bank", "blood_bank"), ("Urinalysis", "urinalysis"), ("Serology", "immunology")]
EMPLOYERS = ["Riverside Diagnostic Laboratory", "Sunrise Medical Center", "Lakeview General Hospital",
             "Northgate Clinical Laboratories"]
NAMES = ["Rosa M. Lim", "Kwame Osei", "Priya R. Nair", "Ana T. Reyes"]
TEXT_STYLES = ["glyph", "bracket", "drawn_check_glyph"]
SCAN_STYLES = ["glyph", "bracket", "drawn_x", "drawn_check", "drawn_fill"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def draw_form(path, style, ticked, rng):
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
    c.drawString(72, y, "Laboratory areas worked (check all that apply):")
    y -= 30
    for i, (name, area) in enumerate(AREAS):
        x = 90 + (i % 3) * 170
        row_y = y - (i // 3) * 30
        on = area in ticked
        if style == "glyph":
            c.drawString(x, row_y, ("\u2612 " if on else "\u2610 ") + name)
            continue
        if style == "bracket":
            c.drawString(x, row_y, ("[X] " if on else "[ ] ") + name)
            continue
        c.setLineWidth(1)
        c.rect(x, row_y - 2, 11, 11, stroke=1, fill=0)
        if on and style == "drawn_check_glyph":
            c.drawString(x + 1.5, row_y, "\u2713")
        elif on and style == "drawn_x":
            c.setLineWidth(1.4)
            c.line(x + 2, row_y, x + 9, row_y + 7)
            c.line(x + 9, row_y, x + 2, row_y + 7)
        elif on and style == "drawn_check":
            c.setLineWidth(1.4)
            c.line(x + 2, row_y + 4, x + 5, row_y + 1)
            c.line(x + 5, row_y + 1, x + 10, row_y + 9)
        elif on and style == "drawn_fill":
            c.rect(x + 2.5, row_y + 0.5, 6, 6, stroke=0, fill=1)
        c.drawString(x + 18, row_y, name)
    y -= 90
    c.drawString(72, y, "Supervisor signature: ____________________     Date: 05/02/2024")
    c.showPage()
    c.save()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=3, help="forms per style and source")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    truth = {}
    for source, styles in (("text", TEXT_STYLES), ("scan", SCAN_STYLES)):
        for style in styles:
            for n in range(a.count):
                ticked = sorted(rng.sample([x[1] for x in AREAS], rng.randint(1, 4)))
                name = f"{source}-{style}-{n}.pdf"
                path = os.path.join(a.out, name)
                draw_form(path, style, ticked, rng)
                if source == "scan":
                    pages = S.rasterize(path, 300)
                    prm = S.scan_params(rng, strength=0.5)
                    prm["skew_deg"] = round(rng.uniform(-0.8, 0.8), 2)
                    S.save_pdf([S.degrade(p, 300, prm) for p in pages], path, 300, 85)
                truth[name] = {"source": source, "style": style, "ticked": ticked}
    with open(os.path.join(a.out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1, sort_keys=True)
    print(f"wrote {len(truth)} forms to {a.out}")


if __name__ == "__main__":
    main()
