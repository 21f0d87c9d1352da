"""Writer S, round 9: helpers shared by the TN, IT, BY, BW and OM designs (family name, stable
per-candidate numbers, comma decimals, Arabic lines drawn as pictures (round 4's shaper, right- or
centre-aligned), the tabular Hijri calendar (round 1), a diagonal watermark written as ROTATED TEXT
in the text layer, a round office stamp). Course truth, seals and signature blocks come from
earlier rounds' helpers, reused unchanged. No layouts here."""

import math
import zlib

from .. import fonts
from ..pagekit import width
from .r1_b_common import hijri  # noqa: F401
from .r4_g_arabic import arabic_line
from .r6_l_common import add_department_phrases, dry_seal, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block  # noqa: F401

FAMILY = "blind_r9"
HIJRI_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
                "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r9s:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r9s:{salt}:{job.employer.name}:{job.start}".encode())


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def hijri_slash(d):
    y, m, dd = hijri(d)
    return f"{dd:02d}/{m:02d}/{y}"


def hijri_words(d):
    y, m, dd = hijri(d)
    return f"{dd} {HIJRI_MONTHS[m - 1]} {y} H"


def arabic(page, x, y, s, size, bold=False, gray=0, align="center"):
    """Arabic s drawn as a picture (no text layer), centred on x, or right-aligned at x."""
    return arabic_line(page, x, y, s, size, bold=bold, gray=gray, align=align)


def diagonal_watermark(page, s, font, size, gray=0.86, angle=35):
    """A pale word across the middle of the page, written as rotated TEXT (it is in the text
    layer, so a reader meets it among the table's words); recorded in the page text."""
    real, real_size = fonts.resolve(font, size)
    page.ops.append(("rtext", page.w / 2, page.h / 2 + size * 0.3, s, real, real_size, gray, angle))
    page.lines.append(s)
    page.line_y.append(page.h / 2)
    return width(s, font, size)


def round_stamp(page, cx, cy, r, gray=0.4):
    """A round office stamp: two rings, a small emblem; no lettering."""
    page.circle(cx, cy, r, 1.1, gray)
    page.circle(cx, cy, r * 0.7, 0.6, gray)
    for i in range(5):
        a = -math.pi / 2 + 2 * math.pi * i / 5
        b = a + 2 * math.pi / 5 * 2
        page.ops.append(("line", cx + r * 0.35 * math.cos(a), cy + r * 0.35 * math.sin(a),
                         cx + r * 0.35 * math.cos(b), cy + r * 0.35 * math.sin(b), 0.7, gray))


def by_reading_order(pages):
    """Record each page's lines top to bottom (a cell centred across rows, a box beside a table and
    a watermark are drawn after the rows they sit among); stable for lines on one baseline."""
    for p in pages:
        order = sorted(range(len(p.lines)), key=lambda i: p.line_y[i])
        p.lines = [p.lines[i] for i in order]
        p.line_y = [p.line_y[i] for i in order]
    return pages
