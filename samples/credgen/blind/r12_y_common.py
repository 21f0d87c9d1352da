"""Writer Y, round 12: helpers shared by the HU, BG, PS, UY and LS designs (stable per-candidate
numbers, Hungarian / Bulgarian / Spanish date and grade words, a half-year programme length, and the
Bulgarian feminine surname). Course truth, seals, stamps, signature blocks and Arabic lines drawn as
pictures are earlier rounds' helpers, reused unchanged. No layouts here."""

import math
import zlib

from .r4_g_arabic import arabic_line  # noqa: F401
from .r6_l_common import add_department_phrases, dry_seal, parse, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import ES_MONTHS, EN_MONTHS, ES_UNITS, cwrap, es_date_words, ordinal_en  # noqa: F401

from .. import courses as _C

FAMILY = "blind_r12"

# Uruguayan university credits: 15 hours of student work, 90 a full-time year; a full-time year is
# 30 SH (as for ECTS 60, UK 120, "points80"), so 1 credit = 1/3 SH (r12_y_uy's docstring).
_C.SH_FACTOR.setdefault("credits90", 1.0 / 3)


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r12y:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r12y:{salt}:{job.employer.name}:{job.start}".encode())


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


class HalfYears(float):
    """A programme length of 3.5 years (seven semesters). The profile computes the year of admission
    as `graduation year - years`; a programme starting in September and ending in January after seven
    semesters starts four calendar years before it ends, so that subtraction gives 4 while the truth
    (json) records 3.5."""

    def __rsub__(self, other):
        return other - int(math.ceil(self))


class CalendarYears(int):
    """A programme of n academic years that starts in March and ends in December (Uruguay): it is
    admitted n - 1 calendar years before its graduation year; the truth (json) records n."""

    def __rsub__(self, other):
        return other - int(self) + 1


# --- Hungarian --------------------------------------------------------------------------------
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
             "október", "november", "december"]
HU_GRADES = {5: "jeles", 4: "jó", 3: "közepes", 2: "elégséges", 1: "elégtelen"}


def hu_date(d):
    """'2019. 06. 28.'"""
    return f"{d.year}. {d.month:02d}. {d.day:02d}."


def hu_date_c(d):
    """'2019.06.28.' (Neptun printouts)"""
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def hu_date_long(d):
    """'2019. június 28.'"""
    return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}."


def hu_suffix_on(d):
    """'2019. március 14-én' (the day with the '-án/-én' suffix)."""
    suf = {1: "-jén", 2: "-án", 3: "-án", 4: "-én", 5: "-én", 6: "-án", 7: "-én", 8: "-án", 9: "-én", 10: "-én",
           11: "-én", 12: "-én", 13: "-án", 14: "-én", 15: "-én", 16: "-án", 17: "-én", 18: "-án", 19: "-én",
           20: "-án", 21: "-én", 22: "-én", 23: "-án", 24: "-én", 25: "-én", 26: "-án", 27: "-én", 28: "-án",
           29: "-én", 30: "-án", 31: "-én"}[d.day]
    return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}{suf}"


def hu_from(d):
    """'2019. szeptember 1-jétől'"""
    suf = {1: "-jétől", 2: "-ától", 3: "-ától", 4: "-étől", 5: "-étől", 6: "-ától", 7: "-étől", 8: "-ától",
           9: "-étől", 10: "-étől", 11: "-étől", 12: "-étől", 13: "-ától", 14: "-étől", 15: "-étől", 16: "-ától",
           17: "-étől", 18: "-ától", 19: "-étől", 20: "-ától", 21: "-étől", 22: "-étől", 23: "-ától", 24: "-étől",
           25: "-étől", 26: "-ától", 27: "-étől", 28: "-ától", 29: "-étől", 30: "-ától", 31: "-étől"}[d.day]
    return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}{suf}"


def hu_name(person, surname=None):
    """Hungarian order: 'KOVÁCS Anna Katalin' (family name first, in capitals)."""
    sn = surname or person.surname
    return " ".join(x for x in (sn.upper(), person.given, person.middle) if x)


# --- Bulgarian --------------------------------------------------------------------------------
BG_GRADE = {6: "Отличен", 5: "Много добър", 4: "Добър", 3: "Среден", 2: "Слаб"}
BG_CYR = {"Maria": "Мария", "Silvia": "Силвия", "Viktoria": "Виктория", "Dimitar": "Димитър"}


def bg_word(w):
    """Latin Bulgarian name -> Cyrillic (streamlined system, reversed)."""
    if w in BG_CYR:
        return BG_CYR[w]
    dig = [("sht", "щ"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я")]
    one = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "y": "й", "k": "к",
           "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
           "h": "х"}
    s, out, i = w.lower(), "", 0
    while i < len(s):
        for a, b in dig:
            if s.startswith(a, i):
                out += b
                i += len(a)
                break
        else:
            out += one.get(s[i], s[i])
            i += 1
    return out[:1].upper() + out[1:]


def bg_fem(sn):
    return sn + "a" if sn.endswith(("ov", "ev", "in")) else sn[:-1] + "ka" if sn.endswith("ski") else sn


def bg_fix(person, job=None):
    """Bulgarian family names take the feminine form for women (Petrov -> Petrova). The pack lists the
    masculine form; every Bulgarian layout calls this first, so the person (and the truth built after
    the documents) carries the form the documents print."""
    if person.country != "BG" or person.sex != "F":
        return
    person.surname = bg_fem(person.surname)
    if person.married_surname:
        person.married_surname = bg_fem(person.married_surname)
    if getattr(person, "maiden", None):
        person.maiden = bg_fem(person.maiden)
    if job is not None:
        if job.surname_override:
            job.surname_override = bg_fem(job.surname_override)
        if job.name_override:
            job.name_override = " ".join(bg_fem(w) if w[:1].isupper() and len(w) > 3 else w
                                         for w in job.name_override.split())


def bg_name_cyr(person, surname=None):
    sn = surname or person.surname
    return " ".join(bg_word(x) for x in (person.given, person.middle, sn) if x)


def bg_grade_avg_word(x):
    return "Отличен" if x >= 5.5 else "Много добър" if x >= 4.5 else "Добър" if x >= 3.5 else "Среден"


# --- Spanish (Uruguay) ------------------------------------------------------------------------
def es_num_word(n):
    return ES_UNITS[n]
