"""Writer AO, round 20: helpers shared by the IN, NG, PH, SA and BZ designs (stable per-candidate
numbers, date forms, a table drawer). Course truth (code None/"" -> null), seals, stamps and signature
blocks are round 19's helpers, reused unchanged. No layouts."""

import zlib

from .r19_an_common import (EN_MONTHS, course_truth, dmy, dry_seal, en_date, en_ord, mdy, natural,  # noqa: F401
                            nat_job, join, round_stamp, rubber_stamp, sign_block, watermark_crest, coat_of_arms)

FAMILY = "blind_r20"

ORD_WORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
             "thirtieth", "thirty-first"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r20ao:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r20ao:{salt}:{job.employer.name}:{job.start}".encode())


def year_words(y):
    """2017 -> 'two thousand seventeen'."""
    r = y - 2000
    w = UNITS[r] if r < 20 else TENS[r // 10] + ("-" + UNITS[r % 10] if r % 10 else "")
    return "two thousand " + w if r else "two thousand"


def pronouns(person):
    return ("she", "her") if person.sex == "F" else ("he", "his")
