"""Writer AE, round 15: helpers shared by the FR, IE, CZ, QA and BA designs (stable per-candidate
numbers, month names, Bosnian grade words, a round stamp whose ring lettering is a picture).
Course truth, seals, stamps, signature blocks, the Arabic-as-picture line, Hijri dates and the
reading-order helper are earlier rounds' helpers, reused unchanged. No layouts here.
"""

import math
import os
import zlib

from PIL import Image, ImageDraw, ImageFont

from .. import fonts
from .r1_b_common import hijri  # noqa: F401
from .r6_l_common import add_department_phrases, dry_seal, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import EN_MONTHS, FR_MONTHS, cwrap, ordinal_en  # noqa: F401
from .r12_z_common import comma, r1, r2  # noqa: F401
from .r14_ad_common import ar_fit, ar_line  # noqa: F401

FAMILY = "blind_r15"

CZ_MONTHS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                 "listopadu", "prosince"]
BA_WORDS = {5: "pet", 6: "šest", 7: "sedam", 8: "osam", 9: "devet", 10: "deset"}


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r15ae:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r15ae:{salt}:{job.employer.name}:{job.start}".encode())


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def join(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def ring_stamp(page, cx, cy, r, outer, inner="", gray=70, bold=True):
    """A round ink stamp with its lettering around the ring, drawn as a picture (the lettering of a
    stamp is not part of the text layer); `outer` runs clockwise from the top-left, `inner` is a
    short line across the middle. Coordinates in points, (cx, cy) its centre from the top."""
    kk = 4
    size = int(2 * r * kk) + 8
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    col = (gray, gray, int(gray * 1.6) if gray < 150 else gray, 200)
    d.ellipse([c - r * kk, c - r * kk, c + r * kk, c + r * kk], outline=col, width=int(1.2 * kk))
    d.ellipse([c - r * kk * 0.72, c - r * kk * 0.72, c + r * kk * 0.72, c + r * kk * 0.72], outline=col,
              width=int(0.7 * kk))
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf" if bold else "dejavu/DejaVuSans.ttf")
    fs = max(6, int(r * kk * 0.17))
    font = ImageFont.truetype(path, fs, layout_engine=ImageFont.Layout.BASIC)
    rr = r * kk * 0.86
    n = max(1, len(outer))
    span = 2 * math.pi * 0.92
    for i, ch in enumerate(outer):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.35), ch, font=font, fill=col)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fs), int(y - fs)))
    if inner:
        f2 = ImageFont.truetype(path, int(fs * 1.05), layout_engine=ImageFont.Layout.BASIC)
        w = d.textlength(inner, font=f2)
        d.text((c - w / 2, c - fs * 0.6), inner, font=f2, fill=col)
    for i in range(5):
        a = -math.pi / 2 + 2 * math.pi * i / 5
        b = a + 4 * math.pi / 5
        d.line([(c + r * kk * 0.28 * math.cos(a), c - r * kk * 0.3 + r * kk * 0.28 * math.sin(a)),
                (c + r * kk * 0.28 * math.cos(b), c - r * kk * 0.3 + r * kk * 0.28 * math.sin(b))], fill=col,
               width=kk)
    w = size / kk
    page.ops.append(("image", cx - w / 2, cy - w / 2, w, w, im))
