"""Writer U, round 10: helpers shared by the KG, YE, PY, NA and LA designs (family name, stable
per-candidate numbers, decimals with a comma, Spanish number words, Lao-looking lines as pictures).
Course truth, seals, stamps, signature blocks, Arabic pictures, the Hijri calendar and the faint
crest come from earlier rounds' helpers, reused unchanged. No layouts here."""

import math
import zlib

from .r1_b_common import hijri  # noqa: F401
from .r4_g_arabic import arabic_line
from .r4_h_common import cyrillic_safe  # noqa: F401
from .r6_l_common import add_department_phrases, dry_seal, fake_result, parse, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r7_o_common import khmer_line
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401

FAMILY = "blind_r10"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
HIJRI_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
                "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r10u:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r10u:{salt}:{job.employer.name}:{job.start}".encode())


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def dots(n):
    """5120 -> '5.120' (Spanish thousands)."""
    return f"{int(n):,}".replace(",", ".")


def arabic(page, x, y, s, size, bold=False, gray=0, align="center"):
    return arabic_line(page, x, y, s, size, bold=bold, gray=gray, align=align)


def lao(page, x, y, nglyph, size, seed, align="left", bold=False):
    """A Lao line: no embedded font covers Lao, so it is drawn as a picture of round letters
    (round 7's Khmer-looking glyph drawer); never in the text layer."""
    return khmer_line(page, x, y - size * 0.45, nglyph, size, seed % 100000, align, bold=bold)


def hijri_words(d):
    y, m, dd = hijri(d)
    return f"{dd} {HIJRI_MONTHS[m - 1]} {y} H"


def hijri_slash(d):
    y, m, dd = hijri(d)
    return f"{dd:02d}/{m:02d}/{y}"


def hijri_year(gy):
    """Hijri years spanned by the academic year starting in September gy: '1436/1437'."""
    import datetime as dt
    a = hijri(dt.date(gy, 9, 15))[0]
    b = hijri(dt.date(gy + 1, 6, 15))[0]
    return f"{a}/{b}" if b != a else f"{a}/{a + 1}"


ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
            "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
            "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
            "veintinueve", "treinta", "treinta y uno"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def es_year(y):
    return "dos mil " + ES_UNITS[y - 2000] if y > 2000 else "dos mil"


def ordinal_en(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def cwrap(p, cx, y, s, font, size, max_w, leading):
    """Lines of s centred on cx (not on the page's middle); returns the y after the last line."""
    from ..pagekit import wrap
    for ln in wrap(s, font, size, max_w):
        p.text(cx, y, ln, font, size, "center")
        y += leading
    return y
