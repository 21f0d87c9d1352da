"""Writer AJ, round 17: helpers shared by the SE, XK, CH, NG and BB designs (stable per-candidate
numbers, date forms, the Kosovo map emblem with six stars, the Swiss canton shield, number words).
Course truth, seals, stamps, signature blocks and the reading-order helper are earlier rounds'
helpers, reused unchanged. No layouts here.
"""

import zlib

from .r6_l_common import add_department_phrases, coat_of_arms, dry_seal, fake_result, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import EN_MONTHS, cwrap, ordinal_en  # noqa: F401
from .r12_z_common import comma, r1, r2  # noqa: F401
from .r15_ae_common import ring_stamp  # noqa: F401

FAMILY = "blind_r17"

SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december"]
SQ_MONTHS = ["Janar", "Shkurt", "Mars", "Prill", "Maj", "Qershor", "Korrik", "Gusht", "Shtator", "Tetor", "Nëntor",
             "Dhjetor"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r17aj:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r17aj:{salt}:{job.employer.name}:{job.start}".encode())


def iso(d):
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def join(xs, word):
    xs = list(xs)
    if not xs:
        return ""
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def kosovo_emblem(p, cx, cy, w, gray=0.3):
    """The state emblem as a simple shape: a shield, the country's outline inside it (a rough polygon)
    and six small stars arched above (no lettering)."""
    import math
    h = w * 1.05
    p.polyline([(cx - w / 2, cy - h / 2), (cx + w / 2, cy - h / 2), (cx + w / 2, cy + h * 0.15),
                (cx, cy + h / 2), (cx - w / 2, cy + h * 0.15), (cx - w / 2, cy - h / 2)], 1.0, gray)
    m = [(-0.30, 0.05), (-0.22, -0.12), (-0.05, -0.16), (0.10, -0.08), (0.25, -0.05), (0.28, 0.10),
         (0.18, 0.22), (0.05, 0.32), (-0.10, 0.26), (-0.24, 0.20), (-0.30, 0.05)]
    p.polyline([(cx + x * w, cy + 0.08 * h + y * h) for x, y in m], 1.2, gray)
    for i in range(6):
        a = math.pi * (0.2 + 0.6 * i / 5)
        sx, sy = cx - math.cos(a) * w * 0.32, cy - h * 0.1 - math.sin(a) * h * 0.22
        pts = []
        for j in range(11):
            rr = w * 0.035 if j % 2 == 0 else w * 0.014
            b = -math.pi / 2 + math.pi * j / 5
            pts.append((sx + rr * math.cos(b), sy + rr * math.sin(b)))
        p.polyline(pts, 0.6, gray)


def canton_shield(p, cx, cy, w, gray=0.3):
    """A canton's coat of arms as a shape: a shield split in two, the upper half filled (Vaud-like),
    no lettering."""
    h = w * 1.2
    p.polyline([(cx - w / 2, cy - h / 2), (cx + w / 2, cy - h / 2), (cx + w / 2, cy + h * 0.1),
                (cx, cy + h / 2), (cx - w / 2, cy + h * 0.1), (cx - w / 2, cy - h / 2)], 1.1, gray)
    p.rect(cx - w / 2, cy - h / 2, w, h * 0.45, 0, gray, fill=0.55)


def crest(p, cx, cy, r, gray=0.3):
    """A university crest as a shape: a shield with an open book and a torch (no lettering)."""
    watermark_crest(p, cx, cy, r, gray)


def keep_dob(person, dob):
    """Remember the date of birth the transcript or diploma printed, for the letters that print it."""
    person._aj_dob = dob


def kept_dob(person):
    return getattr(person, "_aj_dob", None)
