"""Writer AD, round 14: helpers shared by the BI, SG, BH, PH and NG designs (stable per-candidate
numbers, an Arabic-picture line that keeps digit runs left to right, a Latin string drawn as a
picture for the mirrored Arabic half of a bilingual table). Course truth, seals, stamps, signature
blocks, the Arabic shaper and the Hijri date are earlier rounds' helpers, reused unchanged."""

import math
import os
import re
import zlib

from PIL import Image, ImageDraw, ImageFont

from .. import fonts
from .r1_b_common import hijri  # noqa: F401
from .r4_g_arabic import arabic_line
from .r6_l_common import add_department_phrases, dry_seal, parse, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import EN_MONTHS, FR_MONTHS, cwrap, ordinal_en  # noqa: F401

FAMILY = "blind_r14"


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r14ad:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r14ad:{salt}:{job.employer.name}:{job.start}".encode())


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def en_dmy(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def ar_line(page, x, y, s, size, bold=False, align="center", gray=0):
    """Arabic as a picture; runs of Latin letters / digits keep their left-to-right order."""
    s = re.sub(r"[0-9A-Za-z.+\-/:]+", lambda m: m.group(0)[::-1], s)
    return arabic_line(page, x, y, s, size, bold=bold, gray=gray, align=align)


def latin_pic(page, x, y, s, size, align="center", bold=False, gray=0):
    """A Latin string drawn as a picture (no text layer): the figures of a mirrored Arabic half."""
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf" if bold else "dejavu/DejaVuSans.ttf")
    kk = 5
    font = ImageFont.truetype(path, int(size * kk), layout_engine=ImageFont.Layout.BASIC)
    x0, y0, x1, y1 = font.getbbox(s)
    im = Image.new("RGBA", (x1 - x0 + 4, int(size * kk * 1.5)), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2 - x0, 0), s, font=font, fill=(gray, gray, gray, 255))
    w, h = im.size[0] / kk, im.size[1] / kk
    asc = font.getmetrics()[0] / kk
    left = {"center": x - w / 2, "right": x - w, "left": x}[align]
    page.ops.append(("image", left, y - asc, w, h, im))
    return w


def ar_fit(page, x, y, s, size, max_w, bold=False, align="center", min_size=5.0):
    """ar_line at the largest size (<= size) whose picture is at most max_w wide."""
    class _Probe:
        ops = []
    probe = _Probe()
    probe.ops = []
    w = ar_line(probe, 0, 0, s, size, bold=bold)
    if w > max_w:
        size = max(min_size, size * max_w / w)
    return ar_line(page, x, y, s, size, bold=bold, align=align)
