"""Writer P, round 8: helpers shared by the SN, MZ, BO, GE and LR designs (family name, stable
per-candidate numbers, French / Portuguese / Spanish dates and number words, Georgian lines drawn
in DejaVu Sans (the one embedded family with Mkhedruli letters), a round ink seal picture).
The curriculum parser, course truth, stamps and seals come from earlier rounds' helpers, reused
unchanged. No layouts here."""

import zlib

from .. import fonts
from .r3_f_common import add_department_phrases, course_truth, fmt_cr, parse, place_image, red_seal  # noqa: F401
from .r4_h_common import grid, photo_box, stamp  # noqa: F401
from .r5_k_common import round_seal  # noqa: F401

FAMILY = "blind_r8"

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PT_MONTHS = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro",
             "Outubro", "Novembro", "Dezembro"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

PT_UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
            "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove", "vinte"]
ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
            "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
            "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
            "veintisiete", "veintiocho", "veintinueve"]
ES_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"{salt}:{job.employer.name}:{job.start}".encode())


def comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def fr_long(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def pt_long(d):
    return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


def es_long(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def pt_num(n):
    return PT_UNITS[n]


def es_num(n):
    """0..100 in Spanish words (Bolivian 'Literal' column)."""
    if n < 30:
        return ES_UNITS[n]
    if n == 100:
        return "cien"
    t, u = divmod(n, 10)
    return ES_TENS[t] + (f" y {ES_UNITS[u]}" if u else "")


def es_year_words(y):
    r = y - 2000
    return "dos mil" + (" " + es_num(r) if r else "")


# --- Georgian -------------------------------------------------------------------------------
KA_FONT, KA_BOLD = "DejaVuSans", "DejaVuSans-Bold"


def _ka_register():
    fonts._register(KA_FONT, "dejavu/DejaVuSans.ttf")
    fonts._register(KA_BOLD, "dejavu/DejaVuSans-Bold.ttf")


def ka(p, x, y, s, size=8, align="left", bold=False, gray=0.0):
    """One Georgian (Mkhedruli) line, always in DejaVu Sans (recorded like any printed line)."""
    _ka_register()
    return p.text(x, y, s, KA_BOLD if bold else KA_FONT, size, align, gray)


def ka_font(bold=False):
    _ka_register()
    return KA_BOLD if bold else KA_FONT
