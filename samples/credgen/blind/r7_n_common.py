"""Writer N, round 7: helpers shared by the NG, RW, HT, KW and SL designs (family name, stable
per-candidate numbers, comma decimals, a round seal with a star, a Courier rule). No layouts."""

import math
import zlib

from .r6_l_common import add_department_phrases, coat_of_arms, course_truth, dry_seal, fmt_num, parse, rubber_stamp  # noqa: F401

FAMILY = "blind_r7"


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r7n:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(*parts):
    return zlib.crc32(":".join(str(x) for x in parts).encode())


def comma(x, nd=2):
    """13.456 -> '13,46' (French decimal comma)."""
    return f"{x:.{nd}f}".replace(".", ",")


def r2(x):
    """Round half up to 2 decimals (what a registry's spreadsheet prints)."""
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def star_seal(page, cx, cy, r, gray=0.45, points=5):
    """A round seal: serrated ring, beaded middle ring, a star in the centre (no lettering)."""
    page.circle(cx, cy, r, 1.3, gray)
    page.circle(cx, cy, r * 0.93, 0.5, gray)
    for i in range(40):
        a = 2 * math.pi * i / 40
        page.circle(cx + r * 0.8 * math.cos(a), cy + r * 0.8 * math.sin(a), r * 0.025, 0.4, gray, fill=gray)
    page.circle(cx, cy, r * 0.66, 0.8, gray)
    pts = []
    for i in range(2 * points + 1):
        a = -math.pi / 2 + math.pi * i / points
        rr = r * (0.42 if i % 2 == 0 else 0.17)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    page.polyline(pts, 0.9, gray)
