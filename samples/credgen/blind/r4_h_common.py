"""Writer H, round 4: helpers shared by the PE, BR, UA, TR and IN designs (family name, Spanish
and Portuguese number and date words, a rubber stamp drawn as boxed text, a photo box, a table
grid helper, a font guard for Cyrillic). The curriculum parser, course truth, red seal and
hologram come from round 3's helpers (r3_f_common), reused unchanged. No layouts here."""

import contextlib

from .. import fonts
from .r3_f_common import (add_department_phrases, course_truth, fmt_cr, hologram,  # noqa: F401
                          parse, place_image, red_seal)

FAMILY = "blind_r4"
__all__ = ["FAMILY", "add_department_phrases", "course_truth", "fmt_cr", "hologram", "parse", "place_image",
           "red_seal", "es_number", "es_year", "es_date_words", "es_long", "pt_long", "stamp", "photo_box", "grid",
           "cyrillic_safe"]

ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
            "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
            "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
            "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
ES_TENS = {30: "treinta"}
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre",
             "octubre", "noviembre", "diciembre"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"]


def es_number(n):
    if n < 30:
        return ES_UNITS[n]
    if n == 30:
        return "treinta"
    if n == 31:
        return "treinta y uno"
    raise ValueError(n)


def es_year(y):
    """2020 -> 'dos mil veinte'."""
    assert 2000 <= y < 2030
    r = y - 2000
    return "dos mil" + ("" if r == 0 else " " + es_number(r))


def es_date_words(d):
    """'a los veinte días del mes de marzo de dos mil veinte' (Peruvian diploma style)."""
    day = "primer día" if d.day == 1 else f"{es_number(d.day)} días"
    return f"a los {day} del mes de {ES_MONTHS[d.month - 1]} de {es_year(d.year)}"


def es_long(d):
    return f"{d.day:02d} de {ES_MONTHS[d.month - 1]} de {d.year}"


def pt_long(d):
    return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


def stamp(p, x, y, lines, font="Helvetica-Bold", size=7.5, gray=0.35, pad=5):
    """A rectangular rubber stamp (double frame) with its words as printed text."""
    from ..pagekit import width
    w = max(width(s, font, size) for s in lines) + 2 * pad
    h = len(lines) * (size + 2.5) + 2 * pad - 2
    p.rect(x, y, w, h, 1.1, gray)
    p.rect(x + 2, y + 2, w - 4, h - 4, 0.5, gray)
    yy = y + pad + size - 1
    for s in lines:
        p.text(x + w / 2, yy, s, font, size, "center", gray)
        yy += size + 2.5
    return w, h


def photo_box(p, x, y, w, h):
    """A passport photo pasted on the document: grey box with a head-and-shoulders silhouette."""
    p.rect(x, y, w, h, 0.6, 0.2, fill=0.82)
    p.circle(x + w / 2, y + h * 0.40, w * 0.20, 0, 0.55, fill=0.55)
    p.rect(x + w * 0.18, y + h * 0.66, w * 0.64, h * 0.34, 0, 0.55, fill=0.55)


def grid(p, xs, y_top, y_bot, lw=0.5, gray=0.0):
    for x in xs:
        p.vline(x, y_top, y_bot, lw, gray)


@contextlib.contextmanager
def cyrillic_safe():
    """Caladea has no Cyrillic: while a Ukrainian page is drawn, let Liberation Serif stand in."""
    sch = dict(fonts._scheme)
    if sch.get("serif") == "Caladea":
        sch["serif"] = "LiberationSerif"
    with fonts.use_scheme(sch):
        yield
