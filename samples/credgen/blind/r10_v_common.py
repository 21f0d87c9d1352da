"""Writer V, round 10: helpers shared by the RS, SO, HN, MU and BT designs (family name, stable
per-candidate numbers, Serbian Latin -> Cyrillic transliteration, a Dzongkha (Tibetan-script) line
drawn as a PICTURE of strokes because no embedded font covers the Tibetan script, comma decimals).
Course truth, department phrases, seals and signature blocks come from earlier rounds' helpers,
reused unchanged. No layouts here."""

import math
import zlib

from .r4_h_common import cyrillic_safe  # noqa: F401
from .r6_l_common import add_department_phrases, dry_seal, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401

FAMILY = "blind_r10"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r10v:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r10v:{salt}:{job.employer.name}:{job.start}".encode())


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


_LAT = [("Lj", "Љ"), ("LJ", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("NJ", "Њ"), ("nj", "њ"), ("Dž", "Џ"), ("DŽ", "Џ"),
        ("dž", "џ")]
_ONE = dict(zip("ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
                "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш"))


def sr_cyr(s):
    """Serbian Latin -> Serbian Cyrillic (the two scripts map one to one; lj, nj, dž are letters)."""
    for a, b in _LAT:
        s = s.replace(a, b)
    return "".join(_ONE.get(c, c) for c in s)


def dzongkha_line(page, cx, y, n, size, gray=0.1, seed=0):
    """A Dzongkha line drawn as a picture (no embedded font has the Tibetan script): syllables of
    hanging strokes under a head line, each followed by the tsheg dot; a shad bar at the end.
    Nothing goes into the text layer. Returns the drawn width."""
    rnd = zlib.crc32(f"dz{seed}".encode())
    sy = []
    for i in range(n):
        rnd = (rnd * 1103515245 + 12345) & 0x7FFFFFFF
        sy.append(1 + rnd % 3)
    w = sum(c * size * 0.62 + size * 0.35 for c in sy) + size * 0.5
    x = cx - w / 2
    lw = max(0.5, size * 0.08)
    top = y - size * 0.75
    for j, c in enumerate(sy):
        for g in range(c):
            rnd = (rnd * 1103515245 + 12345) & 0x7FFFFFFF
            gx = x + g * size * 0.62
            page.ops.append(("line", gx, top, gx + size * 0.5, top, lw, gray))
            kind = rnd % 4
            if kind == 0:
                page.polyline([(gx + size * 0.05, top), (gx + size * 0.1, y), (gx + size * 0.45, y - size * 0.1)], lw, gray)
            elif kind == 1:
                page.polyline([(gx + size * 0.25, top), (gx + size * 0.25, y + size * 0.15)], lw, gray)
                page.polyline([(gx + size * 0.05, y - size * 0.35), (gx + size * 0.45, y - size * 0.3)], lw, gray)
            elif kind == 2:
                page.polyline([(gx + size * 0.45, top), (gx + size * 0.45, y), (gx + size * 0.1, y - size * 0.2)], lw, gray)
            else:
                page.polyline([(gx + size * 0.1, top), (gx + size * 0.4, y - size * 0.3), (gx + size * 0.15, y)], lw, gray)
            if (rnd >> 5) % 3 == 0:
                page.polyline([(gx + size * 0.1, top - size * 0.1), (gx + size * 0.3, top - size * 0.35)], lw, gray)
        x += c * size * 0.62
        page.circle(x + size * 0.08, top + size * 0.05, size * 0.06, lw, gray, fill=gray)
        x += size * 0.35
    page.ops.append(("line", x, top, x, y + size * 0.1, lw * 1.2, gray))
    return w
