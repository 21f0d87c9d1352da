"""Writer AM, round 19: helpers shared by the IS, MT, LU, BS and GN designs (stable per-candidate
numbers, date forms in Icelandic, French and English, the ruled-table frame, a repeated watermark
line for security paper). Course truth, seals, stamps, signature blocks and the reading-order helper
are earlier rounds' helpers, reused unchanged. No layouts here.
"""

import zlib

from .r6_l_common import add_department_phrases, coat_of_arms, dry_seal, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401

FAMILY = "blind_r19"

IS_MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
             "nóvember", "desember"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
          9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
          15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
          20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
          25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth",
          29: "twenty-ninth", 30: "thirtieth", 31: "thirty-first"}
EN_YEAR = {y: "two thousand and " + w for y, w in zip(range(2001, 2030), [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two",
    "twenty-three", "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine"])}


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r19am:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r19am:{salt}:{job.employer.name}:{job.start}".encode())


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def is_date(d):
    return f"{d.day}. {IS_MONTHS[d.month - 1]} {d.year}"


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def de_date(d):
    return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def en_ord_date(d):
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {EN_MONTHS[d.month - 1]} {d.year}"


def us_date(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def comma(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def num_c(x):
    """7 / 7,5 (an ECTS value with a decimal comma only when it has a fraction)."""
    x = float(x)
    return str(int(x)) if x.is_integer() else f"{x:.1f}".replace(".", ",")


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def nat_job(job, person):
    return natural(person, job.surname_override or None)


def join(xs, word):
    xs = list(xs)
    if not xs:
        return ""
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def grid(p, X, top, bottom, lw=0.4):
    for x in X[1:-1]:
        p.vline(x, top, bottom, lw)
    p.rect(X[0], top, X[-1] - X[0], bottom - top, 0.7)


def security_watermark(p, text, gray=0.86, size=9, step=46):
    """Security paper: a pale repeated line of text over the whole sheet (not recorded as page text)."""
    W, H = p.w, p.h
    y = 30
    i = 0
    while y < H - 10:
        line = "  ".join([text] * 6).replace("  ", " · ")
        x = -40 + (i % 2) * 60
        p.text(x, y, line, "Helvetica", size, "left", gray, record=False)
        y += step
        i += 1


def keep(person, key, value):
    setattr(person, f"_am_{key}", value)


def kept(person, key):
    return getattr(person, f"_am_{key}", None)
