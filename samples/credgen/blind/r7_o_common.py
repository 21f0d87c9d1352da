"""Writer O, round 7: helpers shared by the DO, CL, JP, KH and IN designs (family name, a stable
per-candidate number, Spanish number words, the Japanese era, Khmer script drawn as a picture
(this machine has no Khmer font, so the Khmer is never text), a guilloche security background,
a working-hours schedule in Spanish). The curriculum parser, course truth, red seals and stamps
come from earlier rounds' helpers, reused unchanged. No layouts here."""

import datetime as dt
import math
import random
import zlib

from PIL import Image, ImageDraw

from .r3_f_common import (add_department_phrases, course_truth, hologram, parse,  # noqa: F401
                          place_image, red_seal)
from .r4_h_common import grid, photo_box, stamp  # noqa: F401
from .r6_m_common import ES_UNITS, cjk_block  # noqa: F401

FAMILY = "blind_r7"
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"{salt}:{job.employer.name}:{job.start}".encode())


def es_num(n):
    if n <= 31:
        return ES_UNITS[n]
    raise ValueError(n)


def es_year_words(y):
    r = y - 2000
    return "dos mil" + (" " + es_num(r) if r else "")


def es_long(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def era(d):
    """Japanese era year: ('Reiwa', 2) for 2020; Heisei until 30 April 2019."""
    if d >= dt.date(2019, 5, 1):
        return "Reiwa", d.year - 2018
    return "Heisei", d.year - 1988


def jp_date(d):
    """'Reiwa 2 (2020) March 20' as Japanese translations print it."""
    e, n = era(d)
    return f"{e} {n if n > 1 else '1 (Gannen)' if False else n} ({d.year}) {EN_MONTHS[d.month - 1]} {d.day}"


def khmer_line(page, x, y, nglyph, size, seed, align="left", gray=25, bold=False):
    """A run of Khmer-looking letters (round bodies with a hair stroke on top, some with a foot
    below the line) drawn as one picture; y is the baseline. Returns the width in points."""
    kx = 5
    h = int(size * kx)
    cell = int(h * 0.62)
    W = nglyph * cell + 6
    im = Image.new("RGBA", (W, int(h * 1.7)), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    rr = random.Random(seed)
    col = (gray, gray, gray, 255)
    lw = max(2, int(h * (0.1 if bold else 0.07)))
    top, base = int(h * 0.35), int(h * 1.0)
    xg = 3
    for i in range(nglyph):
        if rr.random() < 0.12 and i and i < nglyph - 1:      # a word gap
            xg += cell * 0.5
            continue
        w = cell * rr.uniform(0.75, 1.0)
        kind = rr.random()
        if kind < 0.4:       # ក-like: open bowl with a curl
            dr.arc((xg, top, xg + w, base), 180, 360 + 180 * 0.0, fill=col, width=lw)
            dr.line((xg, (top + base) / 2, xg, base), fill=col, width=lw)
            dr.line((xg + w, (top + base) / 2, xg + w, base), fill=col, width=lw)
        elif kind < 0.7:     # ន-like: two humps
            dr.arc((xg, top, xg + w / 2, base), 180, 360, fill=col, width=lw)
            dr.arc((xg + w / 2, top, xg + w, base), 180, 360, fill=col, width=lw)
            dr.line((xg, (top + base) / 2, xg, base), fill=col, width=lw)
            dr.line((xg + w, (top + base) / 2, xg + w, base), fill=col, width=lw)
        else:                # ល-like: a loop and a stem
            dr.ellipse((xg, top + (base - top) * 0.35, xg + w * 0.45, base), outline=col, width=lw)
            dr.arc((xg + w * 0.3, top, xg + w, base), 270, 90, fill=col, width=lw)
        # the "hair" on top
        dr.line((xg + w * 0.25, top, xg + w * 0.25, top - h * 0.18), fill=col, width=lw)
        if rr.random() < 0.3:   # a vowel sign above
            dr.arc((xg + w * 0.2, top - h * 0.38, xg + w * 0.9, top - h * 0.05), 180, 360, fill=col, width=lw)
        if rr.random() < 0.25:  # a subscript consonant below
            dr.arc((xg + w * 0.1, base + h * 0.05, xg + w * 0.8, base + h * 0.5), 0, 180, fill=col, width=lw)
        xg += w + cell * 0.12
    im = im.crop((0, 0, int(xg) + 4, im.size[1]))
    wpt, hpt = im.size[0] / kx, im.size[1] / kx
    x0 = {"left": x, "center": x - wpt / 2, "right": x - wpt}[align]
    page.ops.append(("image", x0, y - base / kx, wpt, hpt, im))
    return wpt


def guilloche(page, x0, y0, x1, y1, gray=0.86, n=9, seed=1):
    """A security-paper background: interlaced sine bands across the whole sheet (no text)."""
    rr = random.Random(seed)
    y = y0
    step = (y1 - y0) / n
    while y < y1:
        ph = rr.uniform(0, 6.28)
        for j in range(3):
            page.wave_band(x0, x1, y + j * 3, 5 + j, 14 + j * 2, 0.25, gray, ph + j)
        y += step / 2


def rosette(page, cx, cy, r, gray=0.8):
    for i in range(18):
        a = math.pi * i / 9
        page.circle(cx + r * 0.45 * math.cos(a), cy + r * 0.45 * math.sin(a), r * 0.55, 0.25, gray)


def es_schedule(job):
    """A Dominican-style schedule for the weekly hours: (phrase, hours, full_time, part_time)."""
    h = job.hours
    if h == 48:
        return "con un horario de 7:00 a.m. a 3:00 p.m. de lunes a sábado", 48, True, False
    if h >= 40:
        return ("con un horario de 8:00 a.m. a 4:00 p.m. de lunes a viernes (tiempo completo)"
                if job.hours_style != "hours" else "con un horario de 8:00 a.m. a 4:00 p.m. de lunes a viernes"), 40, \
            job.hours_style != "hours", False
    days = {16: ("lunes a jueves", 4), 20: ("lunes a viernes", 4), 24: ("lunes a sábado", 4)}.get(h)
    if days is None:
        return f"a medio tiempo, {h} horas semanales", h, False, True
    return (f"a medio tiempo, con un horario de 8:00 a.m. a 12:00 m. de {days[0]}", h, False, True)


_DOB = {}


def remember_dob(person, dob):
    """Letters receive no studies: the birth date a transcript or diploma of the same candidate
    printed is kept here so a letter can repeat it (a letter drawn without one leaves it out)."""
    _DOB[(person.given, person.surname, person.sex, person.country)] = dob


def dob_of(person):
    return _DOB.get((person.given, person.surname, person.sex, person.country))
