"""Writer AG, round 16: helpers shared by the SK, LV, NZ, FI and IN designs (stable per-candidate
numbers, month names, Slovak and Latvian women's family names, a round stamp with the state emblem
(a double cross on three hills) drawn as a picture, a university crest, a guilloche security pattern
drawn as a picture, an Indian state-language line drawn as a picture). Course truth, seals, stamps,
signature blocks and the reading-order helper are earlier rounds' helpers, reused unchanged.
No layouts here.
"""

import math
import os
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

from .. import fonts
from .r6_l_common import add_department_phrases, dry_seal, rubber_stamp  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r12_z_common import comma, r1, r2  # noqa: F401
from .r14_ac_common import parse_tagged  # noqa: F401
from .r15_ae_common import ring_stamp  # noqa: F401

FAMILY = "blind_r16"

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SK_MONTHS_GEN = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
                 "novembra", "decembra"]
LV_MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
                 "oktobrī", "novembrī", "decembrī"]
LV_MONTHS_GEN = ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra",
                 "oktobra", "novembra", "decembra"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r16ag:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r16ag:{salt}:{job.employer.name}:{job.start}".encode())


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def natural(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def join(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def lv_date(d):
    """"2019. gada 28. jūnijā"."""
    return f"{d.year}. gada {d.day}. {LV_MONTHS_LOC[d.month - 1]}"


def keep_dob(person, dob, pk=None):
    """Letters receive no studies: a transcript or diploma of the same candidate keeps the birth date
    (and the Latvian personal code) it printed on the person, so a letter can repeat them; a letter
    drawn without them leaves them out."""
    person._ag_dob = dob
    if pk:
        person._ag_pk = pk


def kept_dob(person):
    return getattr(person, "_ag_dob", None), getattr(person, "_ag_pk", None)


# --- women's family names (the packs list the man's form) ----------------------------------------

SK_FEM = {"Kováč": "Kováčová", "Horváth": "Horváthová", "Varga": "Vargová", "Tóth": "Tóthová", "Nagy": "Nagyová",
          "Baláž": "Balážová", "Szabó": "Szabóová", "Molnár": "Molnárová", "Lukáč": "Lukáčová", "Novák": "Nováková",
          "Kollár": "Kollárová", "Polák": "Poláková", "Hudák": "Hudáková", "Mikula": "Mikulová",
          "Krajčír": "Krajčírová", "Šimko": "Šimková", "Oravec": "Oravcová", "Benko": "Benková"}
LV_FEM = {"Bērziņš": "Bērziņa", "Kalniņš": "Kalniņa", "Ozoliņš": "Ozoliņa", "Jansons": "Jansone",
          "Liepiņš": "Liepiņa", "Krūmiņš": "Krūmiņa", "Zariņš": "Zariņa", "Vītols": "Vītola", "Kļaviņš": "Kļaviņa",
          "Eglītis": "Eglīte", "Pētersons": "Pētersone", "Lapiņš": "Lapiņa", "Siliņš": "Siliņa",
          "Grīnbergs": "Grīnberga", "Rozenbergs": "Rozenberga", "Ābols": "Ābola"}


def fem_fix(person, job=None):
    """Slovak and Latvian family names take the woman's form. Every SK / LV layout calls this first,
    so the person (and the truth built after the documents) carries the printed form."""
    table = {"SK": SK_FEM, "LV": LV_FEM}.get(person.country)
    if table is None or person.sex != "F":
        return
    person.surname = table.get(person.surname, person.surname)
    if person.married_surname:
        person.married_surname = table.get(person.married_surname, person.married_surname)
    if getattr(person, "maiden", None):
        person.maiden = table.get(person.maiden, person.maiden)
    if job is not None:
        if job.surname_override:
            job.surname_override = table.get(job.surname_override, job.surname_override)
        if job.name_override:
            for m, f in table.items():
                if job.name_override.endswith(" " + m):
                    job.name_override = job.name_override[:-len(m)] + f


# --- pictures --------------------------------------------------------------------------------------

def _emblem(d, cx, cy, s, col, width):
    """The double cross on three hills inside a shield (Slovak state emblem as a simple outline)."""
    sh = [(cx - s, cy - s * 1.1), (cx + s, cy - s * 1.1), (cx + s, cy + s * 0.2), (cx, cy + s * 1.2),
          (cx - s, cy + s * 0.2), (cx - s, cy - s * 1.1)]
    d.line(sh, fill=col, width=width)
    d.line([(cx, cy - s * 0.85), (cx, cy + s * 0.35)], fill=col, width=width)
    d.line([(cx - s * 0.45, cy - s * 0.55), (cx + s * 0.45, cy - s * 0.55)], fill=col, width=width)
    d.line([(cx - s * 0.62, cy - s * 0.2), (cx + s * 0.62, cy - s * 0.2)], fill=col, width=width)
    for dx, r in ((-0.5, 0.32), (0.0, 0.4), (0.5, 0.32)):
        d.arc([cx + dx * s - r * s, cy + s * 0.35, cx + dx * s + r * s, cy + s * 1.0], 180, 360, fill=col,
              width=width)


def emblem(page, cx, cy, s, gray=0.25):
    """The state emblem outline in vector strokes (top of a diploma)."""
    g = gray
    page.polyline([(cx - s, cy - s * 1.1), (cx + s, cy - s * 1.1), (cx + s, cy + s * 0.2), (cx, cy + s * 1.2),
                   (cx - s, cy + s * 0.2), (cx - s, cy - s * 1.1)], 1.4, g)
    page.vline(cx, cy - s * 0.85, cy + s * 0.35, 1.6, g)
    page.hline(cx - s * 0.45, cx + s * 0.45, cy - s * 0.55, 1.6, g)
    page.hline(cx - s * 0.62, cx + s * 0.62, cy - s * 0.2, 1.6, g)
    for dx, r in ((-0.5, 0.32), (0.0, 0.4), (0.5, 0.32)):
        pts = [(cx + dx * s + r * s * math.cos(math.pi + math.pi * i / 16),
                cy + s * 0.68 + s * 0.33 * math.sin(math.pi + math.pi * i / 16)) for i in range(17)]
        page.polyline(pts, 1.2, g)


def emblem_stamp(page, cx, cy, r, outer, gray=60):
    """A round office stamp: lettering round the ring and the state emblem in the middle, all one
    picture (a stamp's lettering is not part of the text layer)."""
    kk = 4
    size = int(2 * r * kk) + 8
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    col = (gray, gray, int(gray * 1.7), 200)
    d.ellipse([c - r * kk, c - r * kk, c + r * kk, c + r * kk], outline=col, width=int(1.2 * kk))
    d.ellipse([c - r * kk * 0.7, c - r * kk * 0.7, c + r * kk * 0.7, c + r * kk * 0.7], outline=col,
              width=int(0.7 * kk))
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf")
    fs = max(6, int(r * kk * 0.17))
    font = ImageFont.truetype(path, fs, layout_engine=ImageFont.Layout.BASIC)
    rr = r * kk * 0.85
    n = max(1, len(outer))
    span = 2 * math.pi * 0.94
    for i, ch in enumerate(outer):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.35), ch, font=font, fill=col)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fs), int(y - fs)))
    _emblem(d, c, c - r * kk * 0.05, r * kk * 0.36, col, kk)
    w = size / kk
    page.ops.append(("image", cx - w / 2, cy - w / 2, w, w, im))


def crest(page, cx, cy, r, gray=0.25):
    """A university crest: shield quartered by a cross, an open book, three stars, a scroll below."""
    g = gray
    page.polyline([(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.2), (cx, cy + r * 1.25),
                   (cx - r, cy + r * 0.2), (cx - r, cy - r)], 1.4, g)
    page.vline(cx, cy - r, cy + r * 1.2, 0.8, g)
    page.hline(cx - r, cx + r, cy - r * 0.1, 0.8, g)
    for dx in (-0.5, 0.5):
        page.circle(cx + dx * r, cy - r * 0.55, r * 0.15, 0.7, g, fill=g)
    page.polyline([(cx - r * 0.8, cy + r * 0.2), (cx - r * 0.45, cy + r * 0.1), (cx - r * 0.1, cy + r * 0.2),
                   (cx - r * 0.1, cy + r * 0.55), (cx - r * 0.45, cy + r * 0.45), (cx - r * 0.8, cy + r * 0.55),
                   (cx - r * 0.8, cy + r * 0.2)], 0.8, g)
    page.circle(cx + r * 0.45, cy + r * 0.35, r * 0.2, 0.8, g)
    page.polyline([(cx - r * 1.3, cy + r * 1.35), (cx - r * 1.1, cy + r * 1.5), (cx + r * 1.1, cy + r * 1.5),
                   (cx + r * 1.3, cy + r * 1.35)], 0.9, g)


def guilloche_picture(page, seed, tone=234):
    """Security paper: a light guilloche of interlaced sine waves and rosettes over the whole sheet,
    drawn as one picture behind the text."""
    kk = 1.5
    W, H = int(page.w * kk), int(page.h * kk)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    rr = random.Random(seed)
    col = (tone, tone, min(255, tone + 14), 255)
    y = 12
    while y < H:
        ph, amp, per = rr.uniform(0, 6.28), rr.uniform(5, 11), rr.uniform(5, 9)
        for off in (0, 2.1):
            pts = [(x, y + amp * math.sin(ph + off + per * 2 * math.pi * x / W)) for x in range(0, W + 4, 4)]
            d.line(pts, fill=col, width=1)
        y += 24
    for _ in range(3):
        cx, cy, r = rr.uniform(0.2, 0.8) * W, rr.uniform(0.2, 0.8) * H, rr.uniform(50, 90)
        for i in range(24):
            a = math.pi * i / 12
            d.ellipse([cx + r * 0.45 * math.cos(a) - r * 0.55, cy + r * 0.45 * math.sin(a) - r * 0.55,
                       cx + r * 0.45 * math.cos(a) + r * 0.55, cy + r * 0.45 * math.sin(a) + r * 0.55],
                      outline=col, width=1)
    page.ops.insert(0, ("image", 0, 0, page.w, page.h, im))


def indic_line(page, x, y, nglyph, size, seed, align="left", gray=20, bold=False):
    """A run of letters hanging from a head stroke (a state-language line in a Devanagari-like
    script), drawn as one picture; y is the baseline. Returns the width in points."""
    kx = 5
    h = int(size * kx)
    cell = int(h * 0.6)
    W = nglyph * cell + 10
    im = Image.new("RGBA", (W, int(h * 1.8)), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    rr = random.Random(seed)
    col = (gray, gray, gray, 255)
    lw = max(2, int(h * (0.1 if bold else 0.075)))
    top, base = int(h * 0.45), int(h * 1.1)
    xg = 3
    word_start = xg
    for i in range(nglyph):
        gap = rr.random() < 0.17 and 0 < i < nglyph - 1
        if gap:
            dr.line((word_start, top, xg, top), fill=col, width=lw)
            xg += cell * 0.55
            word_start = xg
            continue
        w = cell * rr.uniform(0.7, 1.0)
        kind = rr.random()
        if kind < 0.35:
            dr.line((xg + w * 0.8, top, xg + w * 0.8, base), fill=col, width=lw)
            dr.arc((xg, top + (base - top) * 0.25, xg + w * 0.8, base), 90, 270, fill=col, width=lw)
        elif kind < 0.65:
            dr.line((xg + w * 0.85, top, xg + w * 0.85, base), fill=col, width=lw)
            dr.ellipse((xg, top + (base - top) * 0.3, xg + w * 0.55, top + (base - top) * 0.75), outline=col,
                       width=lw)
        else:
            dr.arc((xg, top, xg + w, base), 300, 240, fill=col, width=lw)
        if rr.random() < 0.25:
            dr.arc((xg + w * 0.1, top - h * 0.4, xg + w * 0.9, top + h * 0.05), 200, 340, fill=col, width=lw)
        xg += w + cell * 0.05
    dr.line((word_start, top, xg, top), fill=col, width=lw)
    im = im.crop((0, 0, int(xg) + 4, im.size[1]))
    wpt, hpt = im.size[0] / kx, im.size[1] / kx
    x0 = {"left": x, "center": x - wpt / 2, "right": x - wpt}[align]
    page.ops.append(("image", x0, y - base / kx, wpt, hpt, im))
    return wpt
