"""Writer A, round 1: shared drawing helpers for the PK/BD/NP/GH/KE designs.

Rubber-stamp seals with their lettering set along a circle and diagonal watermarks are pictures
on real documents (a stamp, a pre-printed security word), not text: they are drawn here as PIL
images placed with the page's "image" op, so they are in the picture (and in scans) but not in
the text layer, like a scanned-in stamp. Everything readable stays ordinary recorded text.
"""

import math
import os
import random

from PIL import Image, ImageDraw, ImageFont

from .. import fonts

PX = 4.0            # image pixels per point for seals (288 dpi)


def font_path(std_font):
    """TrueType file standing for a standard font name in the current document's scheme."""
    role, style = fonts.STANDARD[std_font]
    fam = fonts._scheme[role]
    return os.path.join(fonts.TT, fonts.FAMILIES[fam][1][style])


def _char_img(ch, font, ink):
    l, t, r, b = font.getbbox(ch)
    w, h = max(1, r - l + 4), max(1, b - t + 4)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2 - l, 2 - t), ch, font=font, fill=ink)
    return im


def _arc_text(im, text, cx, cy, radius, font, ink, top=True, span_deg=None):
    """Letters placed one by one on a circle: top text reads clockwise, bottom anticlockwise."""
    widths = [font.getlength(c) for c in text]
    total = sum(widths) * 1.08
    span = span_deg if span_deg else math.degrees(total / radius)
    span = min(span, 176)
    step = math.radians(span) / max(1e-6, total)
    a = -math.radians(span) / 2
    for c, w in zip(text, widths):
        mid = a + step * w * 1.08 / 2
        a += step * w * 1.08
        if c == " ":
            continue
        g = _char_img(c, font, ink)
        if top:                             # 0 = straight up, letters' tops outward
            px, py = cx + radius * math.sin(mid), cy - radius * math.cos(mid)
            rot = g.rotate(-math.degrees(mid), resample=Image.BICUBIC, expand=True)
        else:                               # 0 = straight down, letters' tops inward
            px, py = cx + radius * math.sin(mid), cy + radius * math.cos(mid)
            rot = g.rotate(math.degrees(mid), resample=Image.BICUBIC, expand=True)
        im.alpha_composite(rot, (int(px - rot.width / 2), int(py - rot.height / 2)))


def seal_image(top_text, bottom_text, centre_lines, diameter_pt, rng, ink=(52, 60, 140),
               font="Times-Bold", alpha=215):
    """A round rubber-stamp seal: double ring, lettering on the arc, a star and centre words."""
    D = int(diameter_pt * PX)
    im = Image.new("RGBA", (D, D), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    col = ink + (alpha,)
    c = D / 2
    lw = max(2, int(D * 0.014))
    dr.ellipse((lw, lw, D - lw, D - lw), outline=col, width=lw)
    dr.ellipse((D * 0.06, D * 0.06, D * 0.94, D * 0.94), outline=col, width=max(1, lw // 2))
    dr.ellipse((D * 0.25, D * 0.25, D * 0.75, D * 0.75), outline=col, width=max(1, lw // 2))
    fsize = int(D * 0.085)

    def fitted(text, max_deg):
        sz = fsize
        while True:
            f = ImageFont.truetype(font_path(font), sz)
            r = D * 0.5 - D * 0.06 - sz * 0.75
            if sz <= 8 or f.getlength(text) * 1.08 <= r * math.radians(max_deg):
                return f, r
            sz -= 1

    f, r_text = fitted(top_text.upper(), 172)
    _arc_text(im, top_text.upper(), c, c, r_text, f, col, top=True, span_deg=None)
    if bottom_text:
        fb, rb = fitted(bottom_text.upper(), 110)
        _arc_text(im, bottom_text.upper(), c, c, rb, fb, col, top=False)
    # small stars between the two texts
    for side in (-1, 1):
        sx, sy = c + side * r_text * math.cos(math.radians(12)), c + r_text * math.sin(math.radians(12))
        dr.regular_polygon((sx, sy, fsize * 0.28), 5, fill=col)
    # centre: star or words
    fc = ImageFont.truetype(font_path(font), int(D * 0.052))
    if centre_lines:
        n = len(centre_lines)
        for i, ln in enumerate(centre_lines):
            w = fc.getlength(ln)
            dr.text((c - w / 2, c + (i - n / 2) * D * 0.07), ln, font=fc, fill=col)
    else:
        dr.regular_polygon((c, c, D * 0.12), 5, fill=col)
    # uneven stamp ink: knock out a few specks
    rr = random.Random(rng.random())
    px = im.load()
    for _ in range(int(D * D * 0.02)):
        x, y = rr.randrange(D), rr.randrange(D)
        r0, g0, b0, a0 = px[x, y]
        if a0:
            px[x, y] = (r0, g0, b0, int(a0 * rr.uniform(0.1, 0.6)))
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def place_seal(page, cx, cy, diameter_pt, img):
    page.ops.append(("image", cx - diameter_pt / 2, cy - diameter_pt / 2, diameter_pt,
                     diameter_pt, img))


def watermark(page, word, font="Helvetica-Bold", angle=35, gray=200, alpha=150):
    """A large pale word across the page, rotated `angle` degrees anticlockwise."""
    k = 2.0                                   # px per pt, enough for a pale background word
    W, H = int(page.w * k), int(page.h * k)
    size = int(min(W, H) * 0.28)
    f = ImageFont.truetype(font_path(font), size)
    while f.getlength(word) > W * 0.95 and size > 20:
        size = int(size * 0.9)
        f = ImageFont.truetype(font_path(font), size)
    l, t, r, b = f.getbbox(word)
    txt = Image.new("RGBA", (r - l + 20, b - t + 20), (0, 0, 0, 0))
    ImageDraw.Draw(txt).text((10 - l, 10 - t), word, font=f, fill=(gray, gray, gray, alpha))
    rot = txt.rotate(angle, resample=Image.BICUBIC, expand=True)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    im.alpha_composite(rot, (max(0, (W - rot.width) // 2), max(0, (H - rot.height) // 2)))
    # draw first so that every other mark lies above it
    page.ops.insert(0, ("image", 0, 0, page.w, page.h, im))


def photo_box(page, x, y, w, h):
    """The empty frame where a passport photo is pasted."""
    page.rect(x, y, w, h, 0.8, 0.3)
    page.rect(x + 3, y + 3, w - 6, h - 6, 0.3, 0.6)


def tick_box(page, x, y, size, ticked, style="x"):
    """A check box whose top-left corner is (x, y); ticked boxes get an X or a check mark."""
    page.rect(x, y, size, size, 0.7, 0.1)
    if not ticked:
        return
    if style == "x":
        page.ops.append(("line", x + 2, y + 2, x + size - 2, y + size - 2, 1.1, 0.05))
        page.ops.append(("line", x + size - 2, y + 2, x + 2, y + size - 2, 1.1, 0.05))
    else:
        page.polyline([(x + 2, y + size * 0.55), (x + size * 0.4, y + size - 2),
                       (x + size + 2, y - 3)], 1.4, 0.22)


# --- people -----------------------------------------------------------------------------------

FATHER_GIVEN = {
    "PK": ["Muhammad Aslam", "Ghulam Rasool", "Abdul Majeed", "Muhammad Iqbal", "Tariq Mehmood",
           "Zafar Iqbal", "Khalid Mahmood", "Nazir Ahmed", "Muhammad Akram"],
    "BD": ["Abdul Karim", "Mohammad Nurul Islam", "Abdul Halim", "Mizanur Rahman",
           "Shahidul Alam", "Anwar Hossain", "Rafiqul Islam"],
    "NP": ["Ram Bahadur", "Krishna Prasad", "Hari Prasad", "Shyam Kumar", "Gopal Bahadur",
           "Dil Bahadur", "Tek Nath"],
}


def father_name(person):
    """The father's name a South Asian record prints ("S/O Muhammad Aslam Khan"): fixed per
    person so that every document of the candidate agrees."""
    rr = random.Random(f"father:{person.country}:{person.given}:{person.surname}")
    g = rr.choice(FATHER_GIVEN.get(person.country, ["Abdul Karim"]))
    if person.country == "PK" and rr.random() < 0.5:
        return g
    return f"{g} {person.maiden or person.surname}"


def so_do(person, style="S/O"):
    if style == "S/O":
        return "S/O" if person.sex == "M" else "D/O"
    return "son of" if person.sex == "M" else "daughter of"


def gpa(pairs):
    """Credit-weighted mean of (value, credits) pairs, as printed with two decimals."""
    cr = sum(c for _, c in pairs)
    return sum(v * c for v, c in pairs) / cr if cr else 0.0


def f2(x):
    return f"{x + 1e-9:.2f}"


# --- department phrases of the five countries (added to the core table, per country) ---------

_PHRASES = {
    "blood_bank": {"SA": ["Blood Bank", "Blood Transfusion"], "EA": ["Blood Transfusion", "Blood Bank"]},
    "chemistry": {"SA": ["Chemical Pathology", "Clinical Chemistry", "Biochemistry"],
                  "EA": ["Clinical Chemistry", "Chemical Pathology"]},
    "hematology": {"SA": ["Haematology"], "EA": ["Haematology"]},
    "microbiology": {"SA": ["Microbiology"], "EA": ["Microbiology", "Medical Microbiology"]},
    "immunology": {"SA": ["Immunology", "Serology"], "EA": ["Immunology/Serology", "Serology"]},
    "urinalysis": {"SA": ["Clinical Pathology", "Urine Analysis"], "EA": ["Urinalysis"]},
    "molecular": {"SA": ["Molecular Biology (PCR)"], "EA": ["Molecular Diagnostics (PCR)"]},
    "phlebotomy": {"SA": ["Sample Collection"], "EA": ["Phlebotomy"]},
    "other": {"SA": ["Histopathology"], "EA": ["Histology/Cytology", "Histopathology"]},
}


def add_department_phrases():
    from ..layouts_letter import DEPARTMENT_PHRASES
    for area, by in _PHRASES.items():
        for c in ("PK", "BD", "NP"):
            DEPARTMENT_PHRASES[area].setdefault(c, list(by["SA"]))
        for c in ("GH", "KE"):
            DEPARTMENT_PHRASES[area].setdefault(c, list(by["EA"]))


add_department_phrases()


MOTHER_GIVEN = {"BD": ["Rokeya Begum", "Nasima Akter", "Shahana Parvin", "Hasina Khatun",
                       "Selina Akhter", "Mahmuda Begum"],
                "PK": ["Naseem Akhtar", "Shamim Bibi", "Rukhsana Begum", "Parveen Akhtar"],
                "NP": ["Sita Devi", "Gita Kumari", "Radha Devi", "Laxmi Kumari"]}


def mother_name(person):
    rr = random.Random(f"mother:{person.country}:{person.given}:{person.surname}")
    return rr.choice(MOTHER_GIVEN.get(person.country, ["Rokeya Begum"]))


def fonts_width(s, font, size):
    from ..pagekit import width
    return width(s, font, size)
