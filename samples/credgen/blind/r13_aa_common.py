"""Writer AA, round 13: helpers shared by the ML, SS, PA, HK and HR designs (family name, stable
per-candidate numbers, comma decimals, French / Spanish / Croatian months, a purple "CERTIFIED TRUE
COPY" rubber stamp drawn at an angle as a picture, a security-paper background of a repeated name
in pale diagonal text, a tick-box). Course truth, seals, stamps, signature blocks and the CJK picture
line are earlier rounds' helpers, reused unchanged. No layouts here."""

import math
import os
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

from .. import fonts
from ..pagekit import width
from .r6_l_common import add_department_phrases, dry_seal, fake_result, parse, rubber_stamp  # noqa: F401
from .r6_m_common import cjk_block  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r11_w_letters import facts, hours_en, hours_fr  # noqa: F401
from .r12_z_common import r1, r2, comma, ordinal_en  # noqa: F401  (shared number formatting)

FAMILY = "blind_r13"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
HR_MONTHS_GEN = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
                 "listopada", "studenoga", "prosinca"]


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r13aa:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r13aa:{salt}:{job.employer.name}:{job.start}".encode())


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def es_date(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def hr_date(d):
    return f"{d.day}. {HR_MONTHS_GEN[d.month - 1]} {d.year}."


def hr_num(d):
    return d.strftime("%d.%m.%Y.")


def purple_stamp(page, cx, cy, lines, size=11, angle=17, seed=0):
    """A rectangular rubber stamp in purple ink, turned `angle` degrees, its words part of the
    picture (ink on paper, not in the text layer), partly faded; centred on (cx, cy)."""
    kx = 4
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf")
    font = ImageFont.truetype(path, int(size * kx))
    ws = [font.getbbox(s)[2] for s in lines]
    pad = int(size * kx * 0.6)
    lh = int(size * kx * 1.3)
    w = max(ws) + 2 * pad
    h = lh * len(lines) + 2 * pad
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ink = (112, 48, 160, 200)
    d.rectangle((2, 2, w - 3, h - 3), outline=ink, width=int(kx * 1.4))
    d.rectangle((int(kx * 3), int(kx * 3), w - int(kx * 3) - 1, h - int(kx * 3) - 1), outline=ink, width=kx // 2 + 1)
    for i, s in enumerate(lines):
        d.text(((w - ws[i]) / 2, pad + i * lh), s, font=font, fill=ink)
    rs = random.Random(seed)
    px = im.load()
    for _ in range(w * h // 9):                      # worn ink: random pale specks
        x, y = rs.randrange(w), rs.randrange(h)
        r_, g_, b_, a_ = px[x, y]
        if a_:
            px[x, y] = (r_, g_, b_, a_ // 3)
    im = im.rotate(angle, expand=True, resample=Image.BICUBIC)
    W, H = im.size[0] / kx, im.size[1] / kx
    page.ops.append(("image", cx - W / 2, cy - H / 2, W, H, im))


def security_background(page, s, font="Helvetica", size=6, gray=0.86, angle=30, step_y=42, text_every=4):
    """Security paper: `s` repeated diagonally across the whole page, drawn as a pale picture, and
    every `text_every`-th row also written as pale rotated TEXT in the text layer (a few copies, as
    on the printed form); the text is recorded once in the page text, as one line."""
    from .. import fonts as F
    kx = 2
    real, real_size = F.resolve(font, size)
    wd = width(s, font, size) + 18
    # the picture: rows of the name on a square canvas, turned, cut to the page
    D = int(math.hypot(page.w, page.h) * kx) + 40
    im = Image.new("L", (D, D), 0)
    d = ImageDraw.Draw(im)
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans.ttf")
    f = ImageFont.truetype(path, int(size * kx))
    row = 0
    for yy in range(0, D, int(step_y * kx)):
        x0 = -((row % 2) * wd * kx / 2)
        while x0 < D:
            d.text((x0, yy), s, font=f, fill=255)
            x0 += wd * kx
        row += 1
    im = im.rotate(angle, resample=Image.BICUBIC)
    left, top = (D - page.w * kx) / 2, (D - page.h * kx) / 2
    im = im.crop((int(left), int(top), int(left + page.w * kx), int(top + page.h * kx)))
    g = int(gray * 255)
    rgba = Image.merge("RGBA", (Image.new("L", im.size, g),) * 3 + (im,))
    page.ops.insert(0, ("image", 0, 0, page.w, page.h, rgba))
    # the text copies: a sparse grid of rotated strings
    n = 0
    yy, row = step_y * 2, 0
    while yy < page.h - 20:
        if row % text_every == 0:
            xx = 60 + (row // text_every % 2) * wd
            while xx < page.w - 60:
                page.ops.insert(1 + n, ("rtext", xx, yy, s, real, real_size, gray, angle))
                n += 1
                xx += wd * 2.2
        yy += step_y
        row += 1
    page.lines.append(s)
    page.line_y.append(page.h / 2)
    return n


def tick_box(page, x, y, ticked, size=8):
    """A small square box, its top-left at (x, y - size), with an X in it when ticked."""
    page.rect(x, y - size, size, size, 0.6, 0.1)
    if ticked:
        page.ops.append(("line", x + 1.5, y - size + 1.5, x + size - 1.5, y - 1.5, 0.9, 0.05))
        page.ops.append(("line", x + 1.5, y - 1.5, x + size - 1.5, y - size + 1.5, 0.9, 0.05))
