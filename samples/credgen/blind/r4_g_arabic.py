"""Writer G, round 4: Arabic lines for the Sudanese designs, drawn as pictures (no text layer).
reportlab does not shape Arabic, and poppler reads RTL text back in logical order with embedding
marks, so a text-layer line could never match the truth's page text. Here a tiny shaper picks
each letter's presentation form (isolated, final, initial, medial; block FE70-FEFF, which DejaVu
Sans carries), lays the line out right to left, and PIL draws it into an image placed on the page,
like the scanned Arabic letterhead of a real certificate. Only plain letters and spaces."""

import os

from PIL import Image, ImageDraw, ImageFont

from .. import fonts

_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
_NFORMS = [1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 2, 4]
FORMS = {}
_cp = 0xFE80
for _ch, _n in zip(_LETTERS, _NFORMS):
    FORMS[_ch] = [chr(_cp + i) for i in range(_n)]
    _cp += _n
LAM_ALEF = {"آ": ("\ufef5", "\ufef6"), "أ": ("\ufef7", "\ufef8"), "إ": ("\ufef9", "\ufefa"), "ا": ("\ufefb", "\ufefc")}


def shape(s, forms=None):
    """Logical-order Arabic -> presentation forms in visual (left-to-right drawing) order.
    `forms` replaces the letter table (e.g. with Persian letters added)."""
    FORMS = forms or globals()["FORMS"]
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch not in FORMS:
            out.append(ch)
            i += 1
            continue
        prev = s[i - 1] if i > 0 else ""
        jp = prev in FORMS and len(FORMS[prev]) == 4 and len(FORMS[ch]) > 1
        if ch == "ل" and i + 1 < len(s) and s[i + 1] in LAM_ALEF:
            out.append(LAM_ALEF[s[i + 1]][1 if jp else 0])
            i += 2
            continue
        nxt = s[i + 1] if i + 1 < len(s) else ""
        jn = len(FORMS[ch]) == 4 and nxt in FORMS and len(FORMS[nxt]) > 1
        f = FORMS[ch]
        out.append(f[3] if jp and jn else f[1] if jp else f[2] if jn else f[0])
        i += 1
    return "".join(reversed(out))


def arabic_line(page, cx, y, s, size, bold=False, gray=0, align="center", forms=None):
    """Draw Arabic s centred on cx (or right- or left-aligned at it) with its baseline near y (from
    top), as an image, shaped with `forms` (see shape). Returns width."""
    path = os.path.join(fonts.TT, "dejavu/DejaVuSans-Bold.ttf" if bold else "dejavu/DejaVuSans.ttf")
    k = 5
    font = ImageFont.truetype(path, int(size * k), layout_engine=ImageFont.Layout.BASIC)   # shaped here, not by raqm
    vis = shape(s, forms)
    x0, y0, x1, y1 = font.getbbox(vis)
    im = Image.new("RGBA", (x1 - x0 + 4, int(size * k * 1.5)), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2 - x0, 0), vis, font=font, fill=(gray, gray, gray, 255))
    w, h = im.size[0] / k, im.size[1] / k
    asc = font.getmetrics()[0] / k
    left = {"center": cx - w / 2, "right": cx - w, "left": cx}[align]
    page.ops.append(("image", left, y - asc, w, h, im))
    return w
