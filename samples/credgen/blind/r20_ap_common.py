"""Writer AP, round 20: helpers shared by the KE, GH, ZW, DJ and BN designs (stable per-candidate
numbers, English / French / Malay dates, percentage marks from a course's score, letter grades).
Course truth, seals, stamps, signature blocks, grids and the diagonal text watermark are earlier
rounds' helpers, reused unchanged. No layouts."""

import zlib

from .r6_l_common import coat_of_arms, dry_seal, fake_result, rubber_stamp  # noqa: F401
from .r8_q_common import sign_block, watermark_crest  # noqa: F401
from .r9_s_common import diagonal_watermark, round_stamp  # noqa: F401
from .r19_an_common import (EN_MONTHS, FR_MONTHS, comma, course_truth, dmy, en_date, en_ord, fr_date,  # noqa: F401
                            grid, join, nat_job, natural)

FAMILY = "blind_r20"
MS_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
             "November", "Disember"]
YEAR_WORDS = ["FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r20ap:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r20ap:{salt}:{job.employer.name}:{job.start}".encode())


def pct(s, r, salt, lo=40, hi=95):
    """A whole-number percentage mark from the course's score, jittered per candidate."""
    return max(lo, min(hi, r.score + k(s, salt) % 11 - 4))


def by_year(s):
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    return [years[y] for y in sorted(years)]


def en_dmy(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def ms_date(d):
    return f"{d.day} {MS_MONTHS[d.month - 1]} {d.year}"


def parttime(job):
    return job.hours < 35


def ward(job):
    return not job.areas and bool(job.departments)
