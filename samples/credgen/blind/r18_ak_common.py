"""Writer AK, round 18: helpers shared by the NP, NO, DK, ME and NE designs (stable per-candidate
numbers, date forms, Bikram Sambat dates, the Montenegrin and Nigerien emblems as shapes). Course
truth, seals, stamps, signature blocks, the Devanagari-like picture line and the reading-order helper
are earlier rounds' helpers, reused unchanged. No layouts here.
"""

import datetime as dt
import math
import zlib

from .r6_l_common import add_department_phrases, coat_of_arms, dry_seal, fake_result, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import EN_MONTHS, cwrap, ordinal_en  # noqa: F401
from .r12_y_common import HalfYears  # noqa: F401
from .r12_z_common import comma, r1, r2  # noqa: F401
from .r16_ag_common import indic_line  # noqa: F401

FAMILY = "blind_r18"

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "desember"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
             "november", "december"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r18ak:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r18ak:{salt}:{job.employer.name}:{job.start}".encode())


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


def da_date(d):
    return f"{d.day}. {DA_MONTHS[d.month - 1]} {d.year}"


# --- Bikram Sambat (Nepal) ----------------------------------------------------------------------
# A simple model of the civil calendar: the year begins on 14 April (Baisakh 1) and its months have
# 31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30 days (the real lengths move by a day from year to
# year; these synthetic documents only need a plausible, consistent B.S. date beside the A.D. one).
BS_MONTH_DAYS = [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30]


def bs(d):
    """A.D. date -> (B.S. year, month, day)."""
    ny = dt.date(d.year, 4, 14)
    if d < ny:
        ny = dt.date(d.year - 1, 4, 14)
    y = ny.year + 57
    off = (d - ny).days
    m = 0
    while m < 11 and off >= BS_MONTH_DAYS[m]:
        off -= BS_MONTH_DAYS[m]
        m += 1
    return y, m + 1, off + 1


def bs_str(d):
    y, m, dd = bs(d)
    return f"{y}/{m:02d}/{dd:02d}"


def ad_slash(d):
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def bs_year(d):
    return bs(d)[0]


def me_coat(p, cx, cy, w, gray=0.3):
    """Montenegro's arms as a simple shape: a crown over a double-headed eagle's outline (two heads,
    spread wings) with a small shield on its breast; no lettering."""
    h = w * 1.1
    # crown
    p.polyline([(cx - w * 0.18, cy - h * 0.36), (cx - w * 0.18, cy - h * 0.48), (cx - w * 0.09, cy - h * 0.42),
                (cx, cy - h * 0.52), (cx + w * 0.09, cy - h * 0.42), (cx + w * 0.18, cy - h * 0.48),
                (cx + w * 0.18, cy - h * 0.36), (cx - w * 0.18, cy - h * 0.36)], 0.9, gray)
    for sgn in (-1, 1):
        # head and neck
        p.circle(cx + sgn * w * 0.14, cy - h * 0.26, w * 0.05, 0.9, gray)
        # wing
        p.polyline([(cx + sgn * w * 0.08, cy - h * 0.14), (cx + sgn * w * 0.30, cy - h * 0.30),
                    (cx + sgn * w * 0.48, cy - h * 0.22), (cx + sgn * w * 0.44, cy - h * 0.05),
                    (cx + sgn * w * 0.38, cy + h * 0.08), (cx + sgn * w * 0.16, cy + h * 0.12)], 0.9, gray)
        # legs and tail
        p.polyline([(cx + sgn * w * 0.06, cy + h * 0.22), (cx + sgn * w * 0.18, cy + h * 0.40)], 0.9, gray)
    p.polyline([(cx - w * 0.10, cy + h * 0.28), (cx, cy + h * 0.46), (cx + w * 0.10, cy + h * 0.28)], 0.9, gray)
    # breast shield with the lion's stripe
    p.polyline([(cx - w * 0.11, cy - h * 0.14), (cx + w * 0.11, cy - h * 0.14), (cx + w * 0.11, cy + h * 0.10),
                (cx, cy + h * 0.20), (cx - w * 0.11, cy + h * 0.10), (cx - w * 0.11, cy - h * 0.14)], 0.9, gray)
    p.hline(cx - w * 0.08, cx + w * 0.08, cy + h * 0.02, 0.9, gray)


def ne_emblem(p, cx, cy, r, gray=0.3):
    """Niger's arms as a simple shape: a round shield with a sun in the middle, four flags behind it
    (two lines crossing) and no lettering."""
    for a in (-0.6, 0.6):
        p.polyline([(cx - math.sin(a) * r * 1.5, cy + math.cos(a) * r * 1.5),
                    (cx + math.sin(a) * r * 1.5, cy - math.cos(a) * r * 1.5)], 1.0, gray)
    p.circle(cx, cy, r, 1.0, gray, fill=1.0)
    p.circle(cx, cy, r * 0.28, 0.8, gray, fill=gray)
    for i in range(12):
        a = 2 * math.pi * i / 12
        p.polyline([(cx + math.cos(a) * r * 0.36, cy + math.sin(a) * r * 0.36),
                    (cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55)], 0.7, gray)


def crest(p, cx, cy, r, gray=0.3):
    watermark_crest(p, cx, cy, r, gray)


def keep_dob(person, dob):
    person._ak_dob = dob


def kept_dob(person):
    return getattr(person, "_ak_dob", None)
