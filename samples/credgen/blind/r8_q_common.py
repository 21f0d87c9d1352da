"""Writer Q, round 8: helpers shared by the AF, MW, VE, GR and MN designs (family name, stable
per-candidate numbers, the Solar Hijri calendar, Dari (Persian-script) lines drawn as pictures,
font guards for Greek and Mongolian Cyrillic, a square stamp, a watermark crest, number words).
The curriculum parser, course truth and rubber stamps come from earlier rounds' helpers, reused
unchanged. No layouts here."""

import contextlib
import math
import zlib

from .. import fonts
from .r4_g_arabic import FORMS as _AR_FORMS
from .r4_g_arabic import arabic_line
from .r4_h_common import photo_box, stamp  # noqa: F401
from .r6_l_common import add_department_phrases, dry_seal, parse, rubber_stamp  # noqa: F401
from .r6_l_common import course_truth as _course_truth
from .r7_n_common import star_seal  # noqa: F401

FAMILY = "blind_r8"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def course_truth(r, term, credits, grade, system, title=None, code="", **extra):
    """Round 6's course truth; code=None records a row printed without a code."""
    d = _course_truth(r, term, credits, grade, system, title=title, **extra)
    if code != "":
        d["code"] = code
    return d


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r8q:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r8q:{salt}:{job.employer.name}:{job.start}".encode())


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


# --- Solar Hijri (Afghanistan) ----------------------------------------------------------------

def jalali(d):
    """Gregorian date -> (year, month, day) of the Solar Hijri calendar."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy, gm, gd = d.year, d.month, d.day
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def sh_slash(d):
    y, m, dd = jalali(d)
    return f"{y}/{m:02d}/{dd:02d}"


# --- Dari lines (Persian letters added to round 4's Arabic shaper) ------------------------------

FORMS = dict(_AR_FORMS)
for _ch, _cp in (("پ", 0xFB56), ("چ", 0xFB7A), ("ک", 0xFB8E), ("گ", 0xFB92), ("ی", 0xFBFC)):
    FORMS[_ch] = [chr(_cp + i) for i in range(4)]
FORMS["ژ"] = ["\ufb8a", "\ufb8b"]


def dari_line(page, cx, y, s, size, bold=False, gray=0, align="center"):
    """Dari s drawn as a picture (no text layer), centred on cx (or right-aligned at cx)."""
    return arabic_line(page, cx, y, s, size, bold=bold, gray=gray, align=align, forms=FORMS)


# --- font guards --------------------------------------------------------------------------------

_NO_MN = {"LiberationSans": "FreeSans", "LiberationSansNarrow": "DejaVuSansCondensed",
          "LiberationSerif": "FreeSerif", "Caladea": "DejaVuSerif", "LiberationMono": "FreeMono"}


@contextlib.contextmanager
def script_safe(kind):
    """Greek: Caladea has no Greek, Liberation Serif stands in. Mongolian: the Liberation families
    and Caladea have no Ү/Ө, FreeSans / FreeSerif / DejaVu stand in."""
    sch = dict(fonts._scheme)
    for role, fam in sch.items():
        if kind == "greek" and fam == "Caladea":
            sch[role] = "LiberationSerif"
        elif kind == "mongolian" and fam in _NO_MN:
            sch[role] = _NO_MN[fam]
    with fonts.use_scheme(sch):
        yield


# --- graphics -------------------------------------------------------------------------------------

def square_stamp(page, x, y, s, gray=0.4):
    """A square office stamp (Mongolian style): double square frame, a round emblem inside."""
    page.rect(x, y, s, s, 1.3, gray)
    page.rect(x + 4, y + 4, s - 8, s - 8, 0.5, gray)
    page.circle(x + s / 2, y + s / 2, s * 0.26, 0.8, gray)
    page.circle(x + s / 2, y + s / 2, s * 0.1, 0.6, gray, fill=gray)
    for i in range(12):
        a = 2 * math.pi * i / 12
        page.ops.append(("line", x + s / 2 + s * 0.13 * math.cos(a), y + s / 2 + s * 0.13 * math.sin(a),
                         x + s / 2 + s * 0.24 * math.cos(a), y + s / 2 + s * 0.24 * math.sin(a), 0.5, gray))


def watermark_crest(page, cx, cy, r, gray=0.88):
    """A faint crest behind a table: shield, book, torch, laurel arcs (no lettering)."""
    page.polyline([(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.15), (cx, cy + r * 1.2),
                   (cx - r, cy + r * 0.15), (cx - r, cy - r)], 1.6, gray)
    page.polyline([(cx - r * 0.6, cy - r * 0.1), (cx, cy + r * 0.05), (cx + r * 0.6, cy - r * 0.1)], 1.6, gray)
    page.polyline([(cx - r * 0.6, cy + r * 0.25), (cx, cy + r * 0.4), (cx + r * 0.6, cy + r * 0.25)], 1.6, gray)
    page.vline(cx, cy - r * 0.75, cy + r * 0.4, 1.6, gray)
    page.circle(cx, cy - r * 0.8, r * 0.12, 1.4, gray)
    for sx in (-1, 1):
        for i in range(7):
            a = math.pi / 2 + sx * (0.5 + i * 0.22)
            page.circle(cx + r * 1.45 * math.cos(a), cy + r * 0.2 + r * 1.3 * math.sin(a), r * 0.07, 0.7, gray)


def fingerprint_box(page, x, y, w, h, gray=0.45):
    """A box for a thumbprint, with a few concentric loops in it."""
    page.rect(x, y, w, h, 0.6, 0.2)
    cx, cy = x + w / 2, y + h / 2
    for i in range(1, 6):
        pts = [(cx + w * 0.07 * i * math.cos(t / 20 * 2 * math.pi), cy + h * 0.075 * i * math.sin(t / 20 * 2 * math.pi))
               for t in range(21)]
        page.polyline(pts, 0.5, gray)


def sign_block(page, rng, x, y, title, font, size, width=130, sub=None):
    """A scribble over a rule, the title centred under it."""
    page.signature(x - width / 2 + 10, y - 4, width - 30, rng)
    page.hline(x - width / 2, x + width / 2, y, 0.5)
    page.text(x, y + size + 2, title, font, size, "center")
    if sub:
        page.text(x, y + 2 * size + 4, sub, font, size - 1, "center")
