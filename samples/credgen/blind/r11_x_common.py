"""Writer X, round 11: helpers shared by the SV, PT, ER, BJ and TJ designs (family name, stable
per-candidate numbers, Spanish / Portuguese / French number words, Ge'ez lines drawn as pictures, a
font scheme that carries the Tajik Cyrillic letters, and a registry's printed table scanned and
pasted as a picture). Course truth, seals, stamps and signature blocks are earlier rounds' helpers,
reused unchanged. No layouts here."""

import contextlib
import math
import os
import random
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .. import fonts
from .r4_g_arabic import arabic_line  # noqa: F401
from .r6_l_common import add_department_phrases, dry_seal, fake_result, parse, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401

FAMILY = "blind_r11"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r11x:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r11x:{salt}:{job.employer.name}:{job.start}".encode())


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
            "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
            "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
            "veintinueve", "treinta", "treinta y uno"]
PT_UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
            "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove", "vinte"]


def es_day(n):
    return "un" if n == 1 else ("veintiún" if n == 21 else "treinta y un" if n == 31 else ES_UNITS[n])


def es_year(y):
    return "dos mil " + ES_UNITS[y - 2000] if y > 2000 else "dos mil"


def es_date_words(d):
    """'a los quince días del mes de marzo de dos mil veinte'"""
    dia = "al primer día" if d.day == 1 else f"a los {es_day(d.day)} días"
    return f"{dia} del mes de {ES_MONTHS[d.month - 1]} de {es_year(d.year)}"


def es_date(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def es_grade_words(g):
    """7.5 -> 'SIETE PUNTO CINCO' (Salvadoran certificación)."""
    a, b = divmod(int(round(g * 10)), 10)
    return f"{ES_UNITS[a].upper()} PUNTO {ES_UNITS[b].upper()}"


def pt_date(d):
    return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def ordinal_en(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def cwrap(p, cx, y, s, font, size, max_w, leading):
    """Lines of s centred on cx; returns the y after the last line."""
    from ..pagekit import wrap
    for ln in wrap(s, font, size, max_w):
        p.text(cx, y, ln, font, size, "center")
        y += leading
    return y


# --- Tajik Cyrillic (ӣ ӯ ҳ ҷ қ ғ) -----------------------------------------------------------

@contextlib.contextmanager
def tajik_safe():
    """Liberation, Caladea and DejaVu Sans Mono lack some Tajik letters (ҳ ҷ қ ғ ӣ ӯ): while a Tajik
    page is drawn, DejaVu / Free faces stand in for them (the rest of the scheme is kept)."""
    sch = dict(fonts._scheme)
    if sch.get("sans", "").startswith("Liberation"):
        sch["sans"] = "DejaVuSans" if sch["sans"] == "LiberationSans" else "DejaVuSansCondensed"
    if sch.get("serif") in ("LiberationSerif", "Caladea"):
        sch["serif"] = "FreeSerif" if sch["serif"] == "Caladea" else "DejaVuSerif"
    if sch.get("mono") in ("LiberationMono", "DejaVuSansMono"):
        sch["mono"] = "FreeMono"
    with fonts.use_scheme(sch):
        yield


# --- Ge'ez (Tigrinya) and Arabic lines as pictures ---------------------------------------------

def geez_line(page, x, y, s, size, bold=False, gray=20, align="center"):
    """Tigrinya s drawn as a picture (FreeSerif carries the Ethiopic block) with its baseline near y;
    never in the text layer. Returns its width in points."""
    path = os.path.join(fonts.TT, "freefont/FreeSerif.ttf")     # the bold face has no Ethiopic
    kx = 5
    font = ImageFont.truetype(path, int(size * kx), layout_engine=ImageFont.Layout.BASIC)
    x0, y0, x1, y1 = font.getbbox(s)
    im = Image.new("RGBA", (x1 - x0 + 4, int(size * kx * 1.5)), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2 - x0, 0), s, font=font, fill=(gray, gray, gray, 255))
    w, h = im.size[0] / kx, im.size[1] / kx
    asc = font.getmetrics()[0] / kx
    left = {"center": x - w / 2, "right": x - w, "left": x}[align]
    page.ops.append(("image", left, y - asc, w, h, im))
    return w


# --- a printed table, scanned and pasted ------------------------------------------------------

def _ttf(std, size_px):
    real, _ = fonts.resolve(std, 10)
    fam = real.split("-")[0]
    style = real[len(fam) + 1:] if "-" in real else ""
    rel = fonts.FAMILIES[fam][1][style]
    return ImageFont.truetype(os.path.join(fonts.TT, rel), size_px)


class PastedTable:
    """A table drawn at `dpi` on grey paper as a PIL image (the registry's printout, scanned),
    then skewed a little and pasted into the page with no text layer.

    Coordinates are in points inside the table (x from its left edge, y from its top)."""

    def __init__(self, w_pt, h_pt, dpi, seed, font="Helvetica"):
        self.k = dpi / 72.0
        self.w_pt, self.h_pt = w_pt, h_pt
        self.rs = random.Random(seed)
        self.font_std, self.bold_std = font, font + "-Bold" if "-" not in font else font
        self.im = Image.new("L", (int(w_pt * self.k), int(h_pt * self.k)), 236 + self.rs.randint(-6, 6))
        self.dr = ImageDraw.Draw(self.im)
        self._fonts = {}

    def _font(self, size, bold):
        key = (size, bold)
        if key not in self._fonts:
            self._fonts[key] = _ttf(self.bold_std if bold else self.font_std, max(6, int(round(size * self.k))))
        return self._fonts[key]

    def text(self, x, y, s, size, align="left", bold=False):
        f = self._font(size, bold)
        w = f.getlength(s) / self.k
        x0 = {"left": x, "center": x - w / 2, "right": x - w}[align]
        asc = f.getmetrics()[0]
        self.dr.text((x0 * self.k, y * self.k - asc), s, font=f, fill=28 + self.rs.randint(0, 18))
        return w

    def width(self, s, size, bold=False):
        return self._font(size, bold).getlength(s) / self.k

    def hline(self, x1, x2, y, lw=0.6):
        self.dr.line((x1 * self.k, y * self.k, x2 * self.k, y * self.k), fill=40, width=max(1, int(lw * self.k)))

    def vline(self, x, y1, y2, lw=0.6):
        self.dr.line((x * self.k, y1 * self.k, x * self.k, y2 * self.k), fill=40, width=max(1, int(lw * self.k)))

    def fill(self, x, y, w, h, shade=214):
        self.dr.rectangle((x * self.k, y * self.k, (x + w) * self.k, (y + h) * self.k), fill=shade)

    def paste(self, page, x, y, skew_deg=None):
        """Skew, soften, add paper noise, and place the picture at (x, y) points on the page."""
        import numpy as np
        rs = self.rs
        ang = skew_deg if skew_deg is not None else rs.uniform(-0.7, 0.7)
        im = self.im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=236)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype("float32")
        a += np.random.RandomState(rs.randint(0, 2 ** 31 - 1)).normal(0, 5.0, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"), "L").convert("RGB")
        w, h = im.size[0] / self.k, im.size[1] / self.k
        page.ops.append(("image", x - (w - self.w_pt) / 2, y - (h - self.h_pt) / 2, w, h, im))
        return h
