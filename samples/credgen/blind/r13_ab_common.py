"""Writer AB, round 13: helpers shared by the TG, AE, GT, NL and MD designs (stable per-candidate
numbers, comma decimals, French / Spanish / Dutch / Romanian / Russian months, Spanish number words
for marks 0-100, Romanian grade words). Course truth, seals, stamps, signature blocks, the
Arabic-as-picture line, the Hijri date and the Cyrillic-safe font switch are earlier rounds' helpers,
reused unchanged. No layouts here."""

import math
import zlib

from .r1_b_common import hijri  # noqa: F401
from .r4_g_arabic import arabic_line  # noqa: F401
from .r4_h_common import cyrillic_safe  # noqa: F401
from .r6_l_common import add_department_phrases, dry_seal, parse, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import EN_MONTHS, ES_MONTHS, FR_MONTHS, cwrap, es_date_words, ordinal_en  # noqa: F401

FAMILY = "blind_r13"

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
             "octombrie", "noiembrie", "decembrie"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
RO_GRADE = {10: "zece", 9: "nouă", 8: "opt", 7: "șapte", 6: "șase", 5: "cinci"}
RU_GRADE = {10: "десять", 9: "девять", 8: "восемь", 7: "семь", 6: "шесть", 5: "пять"}


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r13ab:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r13ab:{salt}:{job.employer.name}:{job.start}".encode())


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def es_date(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def nl_date(d):
    return f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


_ES_U = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
         "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
         "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
         "veintinueve"]
_ES_T = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}


def es_words(n):
    """0..100 in Spanish words: 85 -> 'ochenta y cinco'."""
    if n == 100:
        return "cien"
    if n < 30:
        return _ES_U[n]
    t, u = divmod(n, 10)
    return _ES_T[t] + ("" if u == 0 else " y " + _ES_U[u])


def es_day_words(n):
    return "un" if n == 1 else "veintiún" if n == 21 else "treinta y un" if n == 31 else es_words(n)


def es_year_words(y):
    return "dos mil" + ("" if y == 2000 else " " + es_words(y - 2000))


def gt_date_words(d):
    """'a los doce días del mes de marzo de dos mil diecinueve'"""
    dia = "al primer día" if d.day == 1 else f"a los {es_day_words(d.day)} días"
    return f"{dia} del mes de {ES_MONTHS[d.month - 1]} de {es_year_words(d.year)}"


def es_date_words_de(d):
    """'el uno de febrero de dos mil diecinueve'"""
    return f"el {es_words(d.day)} de {ES_MONTHS[d.month - 1]} de {es_year_words(d.year)}"
