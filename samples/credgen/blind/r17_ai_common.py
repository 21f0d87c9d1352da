"""Writer AI, round 17: helpers shared by the EE, SI, AT, PK and ET designs (stable per-candidate
numbers, day.month.year dates, a coloured logo shape drawn as a picture, a Ge'ez line as a picture).
Course truth, seals, stamps, signature blocks and the reading-order helper are earlier rounds'
helpers, reused unchanged. No layouts here.
"""

import zlib

from PIL import Image, ImageDraw

from .r6_l_common import add_department_phrases, dry_seal, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import geez_line  # noqa: F401
from .r12_z_common import comma, r1, r2  # noqa: F401
from .r14_ac_common import parse_tagged  # noqa: F401
from .r15_ae_common import ring_stamp  # noqa: F401

FAMILY = "blind_r17"

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r17ai:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r17ai:{salt}:{job.employer.name}:{job.start}".encode())


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def nat_job(job, person):
    return job.name_override or natural(person, job.surname_override or None)


def join(xs, word):
    xs = list(xs)
    if not xs:
        return ""
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def cnum(x):
    """3 -> "3", 4.5 -> "4,5" (comma decimals)."""
    x = float(x)
    return str(int(x)) if x.is_integer() else comma(x, 1)


def keep_dob(person, dob):
    person._ai_dob = dob


def kept_dob(person):
    return getattr(person, "_ai_dob", None)


def colour_logo(page, x, y, w, h, rgb, kind=0):
    """A coloured logo shape (a picture): kind 0 = three stacked bars and a quarter circle, kind 1 = a
    hexagon with a cut."""
    kk = 4
    im = Image.new("RGBA", (int(w * kk), int(h * kk)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    W, H = im.size
    col = rgb + (255,)
    light = tuple(min(255, c + 90) for c in rgb) + (255,)
    if kind == 0:
        d.pieslice([-W * 0.6, -H * 0.1, W * 0.6, H * 1.1], 270, 360, fill=light)
        for i in range(3):
            d.rectangle([W * 0.55, H * (0.1 + 0.3 * i), W, H * (0.3 + 0.3 * i)], fill=col)
    else:
        cx, cy, r = W / 2, H / 2, min(W, H) / 2
        import math
        pts = [(cx + r * math.cos(math.pi / 6 + i * math.pi / 3), cy + r * math.sin(math.pi / 6 + i * math.pi / 3))
               for i in range(6)]
        d.polygon(pts, fill=col)
        d.polygon([(cx, cy), (cx + r, cy - r * 0.2), (cx + r, cy + r * 0.6)], fill=light)
    page.ops.append(("image", x, y, w, h, im))
