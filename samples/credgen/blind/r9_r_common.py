"""Writer R, round 9: helpers shared by the CI, AO, NI, AM and FJ designs (family name, stable
per-candidate numbers, Portuguese / Spanish numbers and dates in words, Armenian lines drawn in
DejaVu Sans (the embedded family with Armenian letters), a security border). The curriculum
parser, course truth, stamps and seals come from earlier rounds' helpers, reused unchanged.
No layouts here."""

import zlib

from .. import fonts
from .r3_f_common import add_department_phrases, course_truth, fmt_cr, parse, place_image  # noqa: F401
from .r4_h_common import grid, photo_box, stamp  # noqa: F401
from .r5_k_common import round_seal  # noqa: F401
from .r8_p_common import (EN_MONTHS, ES_MONTHS, FR_MONTHS, PT_MONTHS, comma, es_long, es_num,  # noqa: F401
                          fr_long, pt_long)

FAMILY = "blind_r9"

PT_WORDS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
            "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove", "vinte"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r9:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r9:{salt}:{job.employer.name}:{job.start}".encode())


def pt_num(n):
    """0..99 in Portuguese words (Angolan spelling)."""
    if n <= 20:
        return PT_WORDS[n]
    tens = {2: "vinte", 3: "trinta", 4: "quarenta", 5: "cinquenta", 6: "sessenta", 7: "setenta",
            8: "oitenta", 9: "noventa"}
    t, u = divmod(n, 10)
    return tens[t] + (f" e {PT_WORDS[u]}" if u else "")


def pt_year_words(y):
    return "dois mil" + (f" e {pt_num(y - 2000)}" if y > 2000 else "")


def pt_date_words(d):
    """'quinze de Janeiro de dois mil e dezassete'."""
    return f"{pt_num(d.day)} de {PT_MONTHS[d.month - 1]} de {pt_year_words(d.year)}"


def es_year_words(y):
    r = y - 2000
    return "dos mil" + (" " + es_num(r) if r else "")


def es_days_words(d):
    """'a los veinte días del mes de marzo del año dos mil veinte' (the Nicaraguan closing)."""
    if d.day == 1:
        head = "al primer día"
    else:
        w = es_num(d.day).replace("veintiuno", "veintiún")
        head = f"a los {w} días"
    return f"{head} del mes de {ES_MONTHS[d.month - 1]} del año {es_year_words(d.year)}"


# --- Armenian -------------------------------------------------------------------------------
HY_FONT, HY_BOLD = "DejaVuSans", "DejaVuSans-Bold"


def _hy_register():
    fonts._register(HY_FONT, "dejavu/DejaVuSans.ttf")
    fonts._register(HY_BOLD, "dejavu/DejaVuSans-Bold.ttf")


def hy_font(bold=False):
    _hy_register()
    return HY_BOLD if bold else HY_FONT


def hy(p, x, y, s, size=8, align="left", bold=False):
    """One Armenian line, always in DejaVu Sans (recorded like any printed line)."""
    return p.text(x, y, s, hy_font(bold), size, align)


def security_border(p, inset=18, gray=0.55):
    """A guilloche-like security frame: two rules and a running wave between them on each side."""
    x0, y0, x1, y1 = inset, inset, p.w - inset, p.h - inset
    p.rect(x0, y0, x1 - x0, y1 - y0, 0.9, gray)
    p.rect(x0 + 8, y0 + 8, x1 - x0 - 16, y1 - y0 - 16, 0.5, gray)
    for i in range(2):
        ph = i * 3.14159
        p.wave_band(x0 + 4, x1 - 4, y0 + 4, 2.2, 60, 0.3, gray, ph)
        p.wave_band(x0 + 4, x1 - 4, y1 - 4, 2.2, 60, 0.3, gray, ph)
    n = 160
    for side in (x0 + 4, x1 - 4):
        for i in range(2):
            pts = [(side + 2.2 * __import__("math").sin(i * 3.14159 + 80 * 6.28318 * j / n),
                    y0 + 4 + (y1 - y0 - 8) * j / n) for j in range(n + 1)]
            p.polyline(pts, 0.3, gray)
