"""Writer W, round 11: helpers shared by the SY, CD, MG, PG and AZ designs (family name, stable
per-candidate numbers, comma decimals, English and French number words, a font scheme safe for
Azerbaijani ə/Ə, a diagonal watermark drawn as a picture, a hand-written curriculum table with
per-course extra fields). Course truth, seals, stamps, signature blocks and the Arabic-as-picture
line come from earlier rounds' helpers, reused unchanged. No layouts here."""

import contextlib
import math
import os
import zlib

from PIL import Image, ImageDraw, ImageFont

from .. import courses as C
from .. import fonts
from .r4_g_arabic import arabic_line
from .r6_l_common import add_department_phrases, dry_seal, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401

FAMILY = "blind_r11"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r11w:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r11w:{salt}:{job.employer.name}:{job.start}".encode())


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def num_s(x):
    x = float(x)
    return str(int(x)) if x.is_integer() else f"{x:g}"


_ONES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def en_words(n):
    """74 -> 'Seventy Four', 100 -> 'One Hundred' (Syrian mark-in-words style, no hyphen)."""
    if n >= 100:
        return "One Hundred"
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + (" " + _ONES[o] if o else "")


FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et un",
            "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit",
            "vingt-neuf", "trente", "trente et un"]


def fr_date(d, first="1er"):
    return f"{first if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def arabic(page, x, y, s, size, bold=False, gray=0, align="center"):
    return arabic_line(page, x, y, s, size, bold=bold, gray=gray, align=align)


# Liberation and Caladea have no ə/Ə: while an Azerbaijani page is drawn, a family with them stands in.
_NO_SCHWA = {"LiberationSans": "FreeSans", "LiberationSansNarrow": "DejaVuSansCondensed",
             "LiberationSerif": "FreeSerif", "Caladea": "DejaVuSerif", "LiberationMono": "DejaVuSansMono"}


@contextlib.contextmanager
def az_safe():
    sch = dict(fonts._scheme)
    for role, fam in sch.items():
        if fam in _NO_SCHWA:
            sch[role] = _NO_SCHWA[fam]
    with fonts.use_scheme(sch):
        yield


def diagonal_watermark(page, text, size=46, gray=215, angle=32):
    """Large pale words across the page, drawn as a rotated picture (not in the text layer)."""
    kk = 3
    font = ImageFont.truetype(os.path.join(fonts.TT, "dejavu/DejaVuSerif-Bold.ttf"), int(size * kk))
    x0, y0, x1, y1 = font.getbbox(text)
    im = Image.new("RGBA", (x1 - x0 + 8, y1 - y0 + 8), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((4 - x0, 4 - y0), text, font=font, fill=(gray, gray, gray, 255))
    im = im.rotate(angle, expand=True, resample=Image.BICUBIC)
    w, h = im.size[0] / kk, im.size[1] / kk
    f = min(1.0, page.w * 0.86 / w, page.h * 0.8 / h)
    w, h = w * f, h * f
    page.ops.insert(0, ("image", page.w / 2 - w / 2, page.h / 2 - h / 2, w, h, im))


def table(text, ncols):
    """Curriculum rows "code | title | f1 | ... | cat [| areas]" under "## year key" headings, where the
    number fields f1.. (ncols of them) are kept per course in EXTRA; the first number is the credit.
    Returns (terms, extra) with extra[(year, key, title)] = [numbers]."""
    terms, extra = [], {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            y, key = line[2:].split()
            terms.append(C.TermSpec(int(y), key))
            continue
        parts = [p.strip() for p in line.split("|")]
        code, title = parts[0], parts[1]
        nums = [float(x) for x in parts[2:2 + ncols]]
        cat = parts[2 + ncols]
        areas = tuple(a for a in parts[3 + ncols].split(",") if a) if len(parts) > 3 + ncols else ()
        amb = cat.startswith("?")
        cat = cat.lstrip("?")
        t = terms[-1]
        extra[(t.year, t.key, title)] = nums
        terms[-1].courses.append(C.CourseSpec(code, title, nums[0], C.CATEGORY[cat], amb, areas))
    return terms, extra


_AZ_LAT = {"ə": "a", "Ə": "A", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh", "Ğ": "Gh", "ı": "i", "İ": "I",
           "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "x": "kh", "X": "Kh", "q": "g", "Q": "G", "c": "j", "C": "J"}


def az_latin(s):
    """An English translator's spelling of an Azerbaijani name: 'Rəşad Cəfərli' -> 'Rashad Jafarli'."""
    return "".join(_AZ_LAT.get(ch, ch) for ch in s)
