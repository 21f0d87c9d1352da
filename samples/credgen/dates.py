"""Date formatting the way real documents print dates.

Transcripts, diplomas and letters from different countries print the same date in many
ways (month names, day-first or month-first numbers, dotted, ordinal, spelled out in words).
The extractors must read all of them, so every layout picks one of these formatters and the
ground truth always stores the ISO date.
"""

import datetime as _dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.",
               "Oct.", "Nov.", "Dec."]

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_ONES = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
             "nine": "ninth", "twelve": "twelfth"}


def parse_iso(s):
    return _dt.date.fromisoformat(s)


def iso(d):
    return None if d is None else d.isoformat()


def number_words(n):
    """Cardinal number in words, 0..9999 (enough for days and years)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return _ONES[h] + " hundred" + (" and " + number_words(r) if r else "")
    th, r = divmod(n, 1000)
    out = _ONES[th] + " thousand"
    if r:
        out += (" and " if r < 100 else " ") + number_words(r)
    return out


def ordinal_words(n):
    """'fifteenth', 'twenty-first', 'thirtieth'."""
    w = number_words(n)
    head, sep, last = w.rpartition("-")
    if last in _ORD_ONES:
        last = _ORD_ONES[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last = last + "th"
    return head + sep + last


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y, style="plain"):
    """2019 -> 'two thousand nineteen' (plain) or 'two thousand and nineteen' (british)."""
    w = number_words(y)
    if style == "plain":
        w = w.replace(" and ", " ")
    return w


# --- formatters: each takes a date and returns the printed string -----------------------------

def long_mdy(d):          # March 1, 2018
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def long_dmy(d):          # 1 March 2018
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ordinal_dmy(d):       # 1st March, 2018
    return f"{ordinal_suffix(d.day)} {MONTHS[d.month - 1]}, {d.year}"


def abbr_mdy(d):          # Mar. 1, 2018
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"


def dmy_slash(d):         # 01/03/2018
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def dmy_dash(d):          # 01-03-2018
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def dmy_dot(d):           # 01.03.2018
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def mdy_slash(d):         # 03/01/2018
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmon_y(d):            # 01-Mar-2018
    return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"


def words_day_of(d):      # fifteenth day of June, two thousand nineteen
    return f"{ordinal_words(d.day)} day of {MONTHS[d.month - 1]}, {year_words(d.year)}"


def month_year(d):        # June 2019
    return f"{MONTHS[d.month - 1]} {d.year}"


FORMATTERS = {
    "long_mdy": long_mdy, "long_dmy": long_dmy, "ordinal_dmy": ordinal_dmy,
    "abbr_mdy": abbr_mdy, "dmy_slash": dmy_slash, "dmy_dash": dmy_dash, "dmy_dot": dmy_dot,
    "mdy_slash": mdy_slash, "dmon_y": dmon_y, "words_day_of": words_day_of,
}


def fmt(d, style):
    return FORMATTERS[style](d)


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:          # 29 February
        return d.replace(year=d.year + n, day=28)


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31,
                      30, 31, 31, 30, 31, 30, 31][m - 1])
    return _dt.date(y, m, day)
