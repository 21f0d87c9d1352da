"""Writer AN, round 19: helpers shared by the TD, WS, MR, PH and CV designs (stable per-candidate
numbers, date forms in French, Portuguese and English, a ruled-grid drawer, number words for the
Cabo Verdean "15 (quinze)" marks). Course truth, seals, stamps, signature blocks and Arabic lines
drawn as pictures are earlier rounds' helpers, reused unchanged. No layouts."""

import zlib

from .r6_l_common import add_department_phrases, coat_of_arms, dry_seal, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth as _course_truth
from .r8_q_common import sign_block, watermark_crest  # noqa: F401
from .r9_s_common import round_stamp  # noqa: F401
from .r12_z_common import arabic  # noqa: F401
from .r18_al_common import ar_fix  # noqa: F401

FAMILY = "blind_r19"

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]
PT_NUM = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
          "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove", "vinte"]


def course_truth(r, term, credits, grade, system, code=None, **extra):
    """Round 8's course truth; `code` "" records a row printed without a code as every earlier round's
    truth does (code null: tools/score_packets.py's contract), None keeps the course's own code."""
    d = _course_truth(r, term, credits, grade, system, **extra)
    if code is not None:
        d["code"] = code or None
    return d


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r19an:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r19an:{salt}:{job.employer.name}:{job.start}".encode())


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def nat_job(job, person):
    """The name a letter prints: a married surname replaces the surname (full given and middle names)."""
    return natural(person, job.surname_override or None)


def join(xs, word):
    xs = list(xs)
    if not xs:
        return ""
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def pt_date(d):
    return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


def en_ord(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date(d):
    return f"{en_ord(d.day)} {EN_MONTHS[d.month - 1]} {d.year}"


def mdy(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def grid(p, X, top, bottom, lw=0.4):
    for x in X[1:-1]:
        p.vline(x, top, bottom, lw)
    p.rect(X[0], top, X[-1] - X[0], bottom - top, 0.7)


def mark20(r, s, salt, lo=8.0, hi=18.5):
    """A mark out of 20 (quarter points) from the course's score, stable per candidate."""
    m = 6 + r.score * 0.14 + (k(s, salt) % 9 - 4) * 0.25
    return max(lo, min(hi, round(m * 4) / 4))
