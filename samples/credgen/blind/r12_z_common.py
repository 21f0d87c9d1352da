"""Writer Z, round 12: helpers shared by the BF, CR, MV, GM and LY designs (family name, stable
per-candidate numbers, comma decimals, French / Spanish months, a Dhivehi (Thaana) line drawn as a
picture, an embossed-seal picture, fiscal stamps ("timbres") as small pictures, a failed-then-passed
attempt helper). Course truth, seals, stamps, signature blocks and the Arabic-as-picture line are
earlier rounds' helpers, reused unchanged. No layouts here."""

import math
import os
import random
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .. import fonts
from .r4_g_arabic import arabic_line
from .r6_l_common import add_department_phrases, dry_seal, fake_result, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401

FAMILY = "blind_r12"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r12z:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r12z:{salt}:{job.employer.name}:{job.start}".encode())


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def ordinal_en(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def es_date(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def arabic(page, x, y, s, size, bold=False, gray=0, align="center"):
    return arabic_line(page, x, y, s, size, bold=bold, gray=gray, align=align)


def thaana_line(page, x, y, s, size, gray=20, align="center"):
    """Dhivehi s (Thaana, right to left) drawn as a picture with FreeSerif (which carries the Thaana
    block), laid out by raqm; never in the text layer. Returns its width in points."""
    path = os.path.join(fonts.TT, "freefont/FreeSerif.ttf")
    kx = 5
    font = ImageFont.truetype(path, int(size * kx), layout_engine=ImageFont.Layout.RAQM)
    x0, y0, x1, y1 = font.getbbox(s, direction="rtl")
    im = Image.new("RGBA", (x1 - x0 + 4, int(size * kx * 1.6)), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2 - x0, 0), s, font=font, fill=(gray, gray, gray, 255), direction="rtl")
    w, h = im.size[0] / kx, im.size[1] / kx
    asc = font.getmetrics()[0] / kx
    left = {"center": x - w / 2, "right": x - w, "left": x}[align]
    page.ops.append(("image", left, y - asc, w, h, im))
    return w


def embossed_seal(page, cx, cy, r, seed):
    """A blind-embossed seal as a picture: a raised ring of notches and a crest, light relief only."""
    kx = 4
    n = int(2 * r * kx) + 8
    im = Image.new("L", (n, n), 128)
    d = ImageDraw.Draw(im)
    c = n / 2
    rs = random.Random(seed)
    for off, shade in ((1.5, 170), (-1.5, 86)):
        o = off * kx / 2
        d.ellipse((c - r * kx + o, c - r * kx + o, c + r * kx + o, c + r * kx + o), outline=shade, width=3)
        d.ellipse((c - r * kx * 0.72 + o, c - r * kx * 0.72 + o, c + r * kx * 0.72 + o, c + r * kx * 0.72 + o),
                  outline=shade, width=2)
        for i in range(40):
            a = 2 * math.pi * i / 40
            x1, y1 = c + math.cos(a) * r * kx * 0.78 + o, c + math.sin(a) * r * kx * 0.78 + o
            x2, y2 = c + math.cos(a) * r * kx * 0.94 + o, c + math.sin(a) * r * kx * 0.94 + o
            d.line((x1, y1, x2, y2), fill=shade, width=2)
        pts = []
        for i in range(10):
            rr = r * kx * (0.45 if i % 2 == 0 else 0.2)
            a = -math.pi / 2 + math.pi * i / 5
            pts.append((c + math.cos(a) * rr + o, c + math.sin(a) * rr + o))
        d.polygon(pts, outline=shade)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    # relief only: mid-grey becomes paper (transparent), light and dark become faint strokes
    alpha = Image.eval(im, lambda v: min(255, abs(v - 128) * 3))
    rgba = Image.merge("RGBA", (im, im, im, alpha))
    rs.random()
    page.ops.append(("image", cx - n / kx / 2, cy - n / kx / 2, n / kx, n / kx, rgba))


def fiscal_stamps(page, x_right, y_bottom, count, seed):
    """Small perforated revenue stamps ("timbres") side by side as pictures, their right edge at
    x_right and bottom at y_bottom, partly struck by a cancellation line; no lettering."""
    rs = random.Random(seed)
    kx = 4
    w, h = 38, 46
    x = x_right - count * (w + 4)
    for i in range(count):
        im = Image.new("RGBA", (w * kx, h * kx), (0, 0, 0, 0))
        d = ImageDraw.Draw(im)
        tone = rs.choice([(150, 190, 150), (190, 160, 120), (150, 170, 205), (200, 150, 170)])
        d.rectangle((6, 6, w * kx - 7, h * kx - 7), fill=tone + (255,))
        for q in range(0, w * kx, 10):                    # perforations
            d.ellipse((q, 0, q + 6, 6), fill=(0, 0, 0, 0))
            d.ellipse((q, h * kx - 7, q + 6, h * kx - 1), fill=(0, 0, 0, 0))
        for q in range(0, h * kx, 10):
            d.ellipse((0, q, 6, q + 6), fill=(0, 0, 0, 0))
            d.ellipse((w * kx - 7, q, w * kx - 1, q + 6), fill=(0, 0, 0, 0))
        dk = tuple(int(v * 0.45) for v in tone) + (255,)
        d.rectangle((16, 16, w * kx - 17, h * kx - 17), outline=dk, width=3)
        d.ellipse((w * kx / 2 - 40, h * kx / 2 - 50, w * kx / 2 + 40, h * kx / 2 + 30), outline=dk, width=4)
        for q in range(5):
            yy = h * kx - 46 + q * 6
            d.line((30, yy, w * kx - 30, yy), fill=dk, width=2)
        d.line((0, h * kx * 0.2, w * kx, h * kx * 0.75), fill=(60, 60, 90, 200), width=5)
        page.ops.append(("image", x + i * (w + 4), y_bottom - h, w, h, im))


def failed_then_passed(s, terms, salt, every=3, skip_last=True):
    """For one candidate in `every`, one course of a middle term is printed as a failed attempt in
    that term and passed in the next (the curriculum's credits move to the later term).
    Returns ({term index: [(result, failed, repeat)]} rows per term in printed order)."""
    rows = {i: [(r, False, False) for r in t.results] for i, t in enumerate(terms)}
    if len(terms) < 3 or k(s, salt) % every:
        return rows
    i = 1 + k(s, salt + "t") % (len(terms) - (2 if skip_last else 1))
    cands = [r for r in terms[i].results if not r.spec.areas and r.spec.credits >= 2]
    if not cands:
        return rows
    r = cands[k(s, salt + "c") % len(cands)]
    rows[i] = [(x, x is r, False) for x in terms[i].results]
    rows[i + 1] = rows[i + 1] + [(r, False, True)]
    return rows
