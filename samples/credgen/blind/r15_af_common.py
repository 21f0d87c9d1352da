"""Writer AF, round 15: helpers shared by the IL, CY, PR, CG and AU designs (stable per-candidate
numbers, dates in the languages printed, Hebrew lines drawn as pictures, a picture-only security
pattern, the per-row tags of a curriculum). Course truth, seals, stamps, signature blocks, the QR
box and the reading-order helper are earlier rounds' helpers, reused unchanged. No layouts here.
"""

import math
import os
import zlib

from PIL import Image, ImageDraw, ImageFont

from .. import fonts
from .. import courses as _C
from .r6_l_common import add_department_phrases, dry_seal, fake_result, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r12_z_common import r1, r2, comma  # noqa: F401
from .r14_ad_sg import qr_box  # noqa: F401

FAMILY = "blind_r15"

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
GR_MONTHS_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
                 "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
# the Hebrew month most of a Gregorian month falls in (a diploma prints both; close enough for print)
HEB_MONTHS = ["Shevat", "Adar", "Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Heshvan", "Kislev",
              "Tevet"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r15af:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r15af:{salt}:{job.employer.name}:{job.start}".encode())


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ordinal_en(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def es_date(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def fr_date(d):
    day = "1er" if d.day == 1 else f"{d.day:02d}"
    return f"{day} {FR_MONTHS[d.month - 1]} {d.year}"


def hebrew_year(d):
    """The Hebrew year a Gregorian date falls in (its new year taken as 1 September)."""
    return d.year + 3761 if d.month >= 9 else d.year + 3760


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def hebrew_line(page, x, y, s, size, bold=False, gray=0, align="center"):
    """Hebrew (right to left) drawn as a picture with DejaVu Sans, laid out by raqm; never in the
    text layer. Returns its width in points."""
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf" if bold else "dejavu/DejaVuSans.ttf")
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


def pattern_paper(page, s, size=7, gray=0.9, angle=25, step=26):
    """Security paper: the initials `s` repeated across the page as one pale picture behind
    everything (no text layer)."""
    kx = 2
    D = int(math.hypot(page.w, page.h) * kx) + 40
    im = Image.new("L", (D, D), 0)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf"), int(size * kx))
    wd = (f.getlength(s) + 14 * kx)
    row = 0
    for yy in range(0, D, int(step * kx)):
        x0 = -((row % 2) * wd / 2)
        while x0 < D:
            d.text((x0, yy), s, font=f, fill=255)
            x0 += wd
        row += 1
    im = im.rotate(angle, resample=Image.BICUBIC)
    left, top = (D - page.w * kx) / 2, (D - page.h * kx) / 2
    im = im.crop((int(left), int(top), int(left + page.w * kx), int(top + page.h * kx)))
    g = int(gray * 255)
    rgba = Image.merge("RGBA", (Image.new("L", im.size, g),) * 3 + (im,))
    page.ops.insert(0, ("image", 0, 0, page.w, page.h, rgba))


def crest_paper(page, gray=0.93, step=120):
    """A university crest printed very light and repeated over the page (vector, no text); call it
    first, so it lies under everything."""
    y = 70
    row = 0
    while y < page.h - 40:
        x = 70 + (row % 2) * step / 2
        while x < page.w - 30:
            watermark_crest(page, x, y, 16, gray)
            x += step
        y += step * 0.8
        row += 1


def tags_of(text):
    """Per-code extra fields of a curriculum table: 'code | title | credits | cat | areas | x | y ...'
    -> {code: [x, y, ...]} (courses._parse reads the first five fields only)."""
    out = {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("##"):
            continue
        parts = [p.strip() for p in line.split("|")]
        out[parts[0]] = parts[5:]
    return out


def cur(cid, country, title, level, years, field, system, text, start_month, grad_month, clin=False):
    return _C.Curriculum(cid, country, title, level, years, field, system, _C._parse(text), start_month, grad_month,
                         clinical_training=clin)
