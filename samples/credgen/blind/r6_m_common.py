"""Writer M, round 6: helpers shared by the IN, DZ, AR, TW and UZ designs (family name, number
words in English (Indian style), Spanish and French, comma decimals, a block of CJK-looking
strokes drawn as a picture for the Taiwanese headings (this machine has no CJK font, so the
Chinese is never text), a stable per-candidate number). Course truth, the curriculum parser,
seals, stamps and the Arabic line drawer come from earlier rounds' helpers, reused unchanged.
No layouts here."""

import math
import random
import zlib

from PIL import Image, ImageDraw

from .r3_f_common import (add_department_phrases, course_truth, hologram, parse,  # noqa: F401
                          place_image, red_seal)
from .r4_h_common import grid, photo_box, stamp  # noqa: F401

FAMILY = "blind_r6"

_ONES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
         "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"{salt}:{s.student_no}:{s.conferred}".encode())


def words_in(n):
    """Indian mark-sheet style: 2845 -> 'Two Thousand Eight Hundred Forty Five' (no 'and')."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + (" " + _ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return _ONES[h] + " Hundred" + (" " + words_in(r) if r else "")
    th, r = divmod(n, 1000)
    return words_in(th) + " Thousand" + (" " + words_in(r) if r else "")


ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
            "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
            "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
            "veintisiete", "veintiocho", "veintinueve", "treinta", "treinta y uno"]
ES_MONTHS_AR = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def es_date_words_ar(d):
    """'a los quince días del mes de diciembre de dos mil dieciocho' (Argentine títulos)."""
    day = "primer día" if d.day == 1 else f"{ES_UNITS[d.day]} días"
    r = d.year - 2000
    yr = "dos mil" + (" " + ES_UNITS[r] if r else "")
    return f"a los {day} del mes de {ES_MONTHS_AR[d.month - 1]} de {yr}"


def fr_long(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def thousands_dot(n):
    return f"{n:,}".replace(",", ".")


def cjk_block(page, cx, y, nchars, size, rng_seed, gray=30, bold=False):
    """A row of square CJK-looking glyphs drawn as a picture centred on cx, baseline near y (no
    text layer: there is no CJK font to embed). Each glyph is a few strokes in a square cell."""
    kx = 5
    cell = int(size * kx)
    gap = int(cell * 0.12)
    W = nchars * cell + (nchars - 1) * gap
    im = Image.new("RGBA", (W + 4, cell + 4), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    rr = random.Random(rng_seed)
    lw = max(2, int(cell * (0.09 if bold else 0.065)))
    col = (gray, gray, gray, 255)
    for i in range(nchars):
        x0 = 2 + i * (cell + gap)
        m = cell * 0.1
        # a radical on the left half of some glyphs
        if rr.random() < 0.5:
            xr = x0 + cell * rr.uniform(0.25, 0.38)
            dr.line((xr, 2 + m, xr, 2 + cell - m), fill=col, width=lw)
            dr.line((x0 + m, 2 + cell * 0.35, xr + cell * 0.05, 2 + cell * 0.3), fill=col, width=lw)
            xs = xr + cell * 0.08
        else:
            xs = x0 + m
        for _ in range(rr.randint(3, 5)):
            t = rr.random()
            if t < 0.45:
                yy = 2 + m + rr.random() * (cell - 2 * m)
                dr.line((xs, yy, x0 + cell - m, yy), fill=col, width=lw)
            elif t < 0.8:
                xx = xs + rr.random() * (x0 + cell - m - xs)
                dr.line((xx, 2 + m + rr.random() * cell * 0.3, xx, 2 + cell - m - rr.random() * cell * 0.2),
                        fill=col, width=lw)
            else:
                a = rr.uniform(0.3, 1.2)
                x1, y1 = xs + rr.random() * cell * 0.4, 2 + m + rr.random() * cell * 0.3
                dr.line((x1, y1, x1 + cell * 0.45 * math.cos(a), y1 + cell * 0.45 * math.sin(a)), fill=col, width=lw)
        if rr.random() < 0.4:
            dr.rectangle((xs + cell * 0.1, 2 + cell * 0.45, x0 + cell - m * 1.5, 2 + cell - m * 1.3), outline=col,
                         width=lw)
    w, h = im.size[0] / kx, im.size[1] / kx
    page.ops.append(("image", cx - w / 2, y - h * 0.85, w, h, im))
    return w
