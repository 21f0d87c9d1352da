"""Writer AL, round 18: helpers shared by the EG, CM, SR, TM and GA designs (stable per-candidate
numbers, date forms, a table drawer). Course truth, seals, stamps, signature blocks, Arabic lines drawn
as pictures and the reading-order helper are earlier rounds' helpers, reused unchanged. No layouts."""

import zlib

from .r6_l_common import add_department_phrases, dry_seal, fake_result, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r12_z_common import arabic, comma, r1, r2  # noqa: F401
from .r17_ai_common import colour_logo  # noqa: F401

FAMILY = "blind_r18"

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]


def ar_fix(s):
    """The Arabic line helper reverses the whole string: pre-reverse digit runs and mirror brackets so
    numbers read left to right and parentheses close the right way."""
    import re
    s = s.translate(str.maketrans("()", ")("))
    return re.sub(r"[0-9][0-9/]*[0-9]|[0-9]", lambda m: m.group(0)[::-1], s)


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r18al:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r18al:{salt}:{job.employer.name}:{job.start}".encode())


def dmy(d, sep="/"):
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


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def nl_date(d):
    return f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def num_s(x, dec=","):
    x = float(x)
    return str(int(x)) if x.is_integer() else f"{x:.1f}".replace(".", dec)


def keep_dob(person, dob):
    person._al_dob = dob


def kept_dob(person):
    return getattr(person, "_al_dob", None)


def grid(p, X, top, bottom, lw=0.4):
    for x in X[1:-1]:
        p.vline(x, top, bottom, lw)
    p.rect(X[0], top, X[-1] - X[0], bottom - top, 0.7)
