"""Writer J, round 5: helpers shared by the EG, VN, IQ, EC and PK designs (family name, a
curriculum parser that keeps a local-language title beside the English one, course truth,
numbers in English words, day/month/year without zero padding, hours phrases for the letters).
No layouts here."""

import zlib

# The parser, course truth and department phrases are round 4's (writer G), word for word.
from .r4_g_common import add_department_phrases, course_truth, parse  # noqa: F401 (re-exported)

FAMILY = "blind_r5"


def key(s, salt):
    """A deterministic number per student and salt (so transcript and diploma agree)."""
    return zlib.crc32(f"{salt}:{s.student_no}".encode())


_ONES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
         "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def words(n):
    """78 -> 'Seventy Eight' (Iraqi certificates: capitals, no hyphen)."""
    if n == 100:
        return "One Hundred"
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("" if o == 0 else " " + _ONES[o])


def dmy(d):
    """1/10/2019: day and month without zero padding."""
    return f"{d.day}/{d.month}/{d.year}"


def comma(x, nd=2):
    """8.5 -> '8,50' (nd decimals, comma)."""
    return f"{x:.{nd}f}".replace(".", ",")


def hours_facts(job):
    st = job.hours_style
    return {"hours": (job.hours, False, False), "fulltime_only": (None, True, False),
            "fulltime_hours": (job.hours, True, False), "parttime_hours": (job.hours, False, True),
            "daily": (job.hours, True, False)}[st]


def whole_months(a, b):
    """Whole months from a to b inclusive (1/9/2019 .. 31/8/2021 = 24)."""
    import datetime as dt
    e = b + dt.timedelta(days=1)
    return max(0, (e.year - a.year) * 12 + (e.month - a.month) - (1 if e.day < a.day else 0))


NUM_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]


def duration_words(a, b):
    """'two years', 'one year and three months', 'seven months'."""
    y, mo = divmod(whole_months(a, b), 12)
    parts = []
    if y:
        parts.append(f"{NUM_WORDS[y] if y < 12 else y} year{'s' if y > 1 else ''}")
    if mo:
        parts.append(f"{NUM_WORDS[mo]} month{'s' if mo > 1 else ''}")
    return " and ".join(parts) or "less than one month"
