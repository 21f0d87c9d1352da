"""Writer AH, round 16: helpers shared by the MK, BE, TL, SZ and KE designs (stable per-candidate
numbers, Macedonian Latin <-> Cyrillic names and the feminine family name, number words in
Macedonian and Portuguese, rotated column headings written as text). Course truth, seals, stamps,
signature blocks, the ring stamp and the reading-order helper are earlier rounds' helpers, reused
unchanged. No layouts here.
"""

import zlib

from .. import fonts
from .r6_l_common import add_department_phrases, coat_of_arms, dry_seal, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_x_common import EN_MONTHS, cwrap, ordinal_en  # noqa: F401
from .r12_z_common import comma, r1, r2  # noqa: F401
from .r13_aa_common import tick_box  # noqa: F401
from .r15_ae_common import ring_stamp  # noqa: F401

FAMILY = "blind_r16"

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]
PT_WORDS = {0: "zero", 1: "um", 2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito",
            9: "nove", 10: "dez", 11: "onze", 12: "doze", 13: "treze", 14: "catorze", 15: "quinze", 16: "dezasseis",
            17: "dezassete", 18: "dezoito", 19: "dezanove", 20: "vinte"}
MK_WORDS = {5: "пет", 6: "шест", 7: "седум", 8: "осум", 9: "девет", 10: "десет"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r16ah:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r16ah:{salt}:{job.employer.name}:{job.start}".encode())


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def join(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


# --- Macedonian ---------------------------------------------------------------------------------
_MK_DI = [("Dž", "Џ"), ("dž", "џ"), ("Lj", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("nj", "њ"), ("Kj", "Ќ"), ("kj", "ќ"),
          ("Gj", "Ѓ"), ("gj", "ѓ"), ("Dz", "Ѕ"), ("dz", "ѕ")]
_MK_1 = dict(zip("abvgdežzijklmnoprstufhcčšABVGDEŽZIJKLMNOPRSTUFHCČŠ",
                 "абвгдежзијклмнопрстуфхцчшАБВГДЕЖЗИЈКЛМНОПРСТУФХЦЧШ"))


def mk_cyr(s):
    """Macedonian Latin (official romanisation) -> Cyrillic."""
    for a, b in _MK_DI:
        s = s.replace(a, b)
    return "".join(_MK_1.get(c, c) for c in s)


def mk_fem(sn):
    if sn.endswith("ski"):
        return sn[:-1] + "a"
    if sn.endswith(("ov", "ev")):
        return sn + "a"
    return sn


def mk_fix(person, job=None):
    """Macedonian family names take the feminine form for women (Stojanovski -> Stojanovska). The pack
    lists the masculine form; every Macedonian layout calls this first (idempotent), so the person and
    the truth built after the documents carry the printed form."""
    if person.country != "MK" or person.sex != "F":
        return
    person.surname = mk_fem(person.surname)
    if person.married_surname:
        person.married_surname = mk_fem(person.married_surname)
    if getattr(person, "maiden", None):
        person.maiden = mk_fem(person.maiden)
    if job is not None and job.surname_override:
        job.surname_override = mk_fem(job.surname_override)
    if job is not None and job.name_override:
        job.name_override = " ".join(mk_fem(w) for w in job.name_override.split())


def rot_text(page, x, y, s, font, size, angle=90, gray=0.0):
    """Text turned `angle` degrees anticlockwise, centred on (x, y) (y from the top), written in the
    text layer; not recorded in the page text (the caller records the heading row as one line)."""
    real, real_size = fonts.resolve(font, size)
    page.ops.append(("rtext", x, y, s, real, real_size, gray, angle))


def record(page, y, s):
    """Record one line of page text at baseline y (for text drawn without recording)."""
    page.lines.append(s)
    page.line_y.append(y)


def rect_stamp(page, x, y, w, h, lines, gray=80):
    """A rectangular ink stamp (double frame, its lines of lettering, e.g. an office and a date) drawn as
    a picture: the lettering of a stamp is not part of the text layer. (x, y) its top-left, points."""
    import os

    from PIL import Image, ImageDraw, ImageFont
    kk = 4
    im = Image.new("RGBA", (int(w * kk), int(h * kk)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = (gray, gray, int(gray * 1.7), 210)
    d.rectangle([2, 2, w * kk - 3, h * kk - 3], outline=col, width=int(1.6 * kk))
    d.rectangle([4 * kk, 4 * kk, w * kk - 4 * kk, h * kk - 4 * kk], outline=col, width=int(0.6 * kk))
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf")
    n = len(lines)
    for i, (s, size) in enumerate(lines):
        f = ImageFont.truetype(path, int(size * kk))
        tw = d.textlength(s, font=f)
        if tw > (w - 10) * kk:
            f = ImageFont.truetype(path, int(size * kk * (w - 10) * kk / tw))
            tw = d.textlength(s, font=f)
        cy = h * kk * (i + 1) / (n + 1)
        d.text(((w * kk - tw) / 2, cy - size * kk * 0.6), s, font=f, fill=col)
    page.ops.append(("image", x, y, w, h, im))


def cyrillic_safe(fn):
    """Caladea has no Cyrillic: while a Macedonian page is drawn, Liberation Serif stands in (round 8's
    script_safe, whose Greek guard makes exactly that swap)."""
    import functools

    from .r8_q_common import script_safe

    @functools.wraps(fn)
    def wrapped(*a, **kw):
        with script_safe("greek"):
            return fn(*a, **kw)
    return wrapped
