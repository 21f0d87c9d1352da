"""A tiny page model that records every printed line while drawing it.

Layouts draw onto `Page` objects (coordinates in PDF points, y measured from the top) instead
of straight onto a reportlab canvas. Every call that prints text also appends the printed
line, exactly as printed, to `page.lines` in reading order; that list becomes the truth's
`page_text` (used for OCR character-error-rate and by the self-check against pdftotext).
A table row or a "label: value" pair drawn as several pieces on one baseline is recorded as
one line, the pieces joined by single spaces. Graphics (rules, borders, seals, signatures,
logos) never contain text, so the text truth is complete.
"""

import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)
LEGAL_PH = (612.0, 936.0)     # Philippine "long bond" 8.5 x 13 in
LANDSCAPE_LETTER = (792.0, 612.0)
LANDSCAPE_A4 = (841.89, 595.28)


def width(s, font, size):
    """Printed width of s: a standard font name is measured in the embedded font that stands
    for it in the current scheme (fonts.use_scheme), at the size it is drawn at."""
    real, real_size = fonts.resolve(font, size)
    return stringWidth(s, real, real_size)


def wrap(s, font, size, max_w):
    """Greedy word wrap; returns the printed lines."""
    out, cur = [], ""
    for word in s.split():
        trial = word if not cur else cur + " " + word
        if width(trial, font, size) <= max_w or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out



def center_wrapped(p, y, s, font, size, max_w, leading):
    """s word-wrapped to max_w and centred on the page, a line every `leading` points from y; the
    y below the last line (diplomas' running text)."""
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading
    return y

def fit_size(s, font, size, max_w, min_size=6.5):
    """Largest font size <= size at which s fits in max_w (tables shrink long titles)."""
    while size > min_size and width(s, font, size) > max_w:
        size -= 0.25
    if width(s, font, size) > max_w:
        raise ValueError(f"text does not fit ({max_w:.0f}pt): {s!r}")
    return size


class Page:
    def __init__(self, size):
        self.w, self.h = size
        self.ops = []
        self.lines = []
        self.line_y = []         # baseline of each recorded line (for reading-order checks)

    # --- text -------------------------------------------------------------------------------
    def text(self, x, y, s, font="Helvetica", size=10, align="left", gray=0.0, record=True):
        """Draw one string with its baseline at y (from top). Returns its width."""
        if not s:
            return 0.0
        assert s == s.strip() and "  " not in s, repr(s)
        w = width(s, font, size)
        x0 = {"left": x, "center": x - w / 2, "right": x - w}[align]
        real, real_size = fonts.resolve(font, size)
        self.ops.append(("text", x0, y, s, real, real_size, gray))
        if record:
            self.lines.append(s)
            self.line_y.append(y)
        return w

    def pieces(self, y, items, font="Helvetica", size=10, gray=0.0):
        """Several pieces on one baseline, recorded as one line.

        items: (x, text, align) or (x, text, align, font, size)."""
        printed = []
        for it in items:
            x, s, align = it[:3]
            f = it[3] if len(it) > 3 else font
            sz = it[4] if len(it) > 4 else size
            if s:
                self.text(x, y, s, f, sz, align, gray, record=False)
                printed.append(s)
        if printed:
            self.lines.append(" ".join(printed))
            self.line_y.append(y)

    def spaced(self, x, y, parts, font="Helvetica", size=10, gap=16, align="left"):
        """Parts on one baseline separated by a wide gap; recorded as one line."""
        parts = [q for q in parts if q]
        ws = [width(q, font, size) for q in parts]
        total = sum(ws) + gap * (len(parts) - 1)
        x0 = {"left": x, "center": x - total / 2, "right": x - total}[align]
        items = []
        for q, w in zip(parts, ws):
            items.append((x0, q, "left"))
            x0 += w + gap
        self.pieces(y, items, font, size)

    def paragraph(self, x, y, s, font, size, max_w, leading=None, align="left"):
        """Wrapped paragraph; returns the y below it."""
        leading = leading or size * 1.4
        for ln in wrap(s, font, size, max_w):
            xx = {"left": x, "center": x + max_w / 2}[align]
            self.text(xx, y, ln, font, size, align)
            y += leading
        return y

    # --- graphics (no text) ----------------------------------------------------------------
    def hline(self, x1, x2, y, lw=0.6, gray=0.0):
        self.ops.append(("line", x1, y, x2, y, lw, gray))

    def vline(self, x, y1, y2, lw=0.6, gray=0.0):
        self.ops.append(("line", x, y1, x, y2, lw, gray))

    def rect(self, x, y, w, h, lw=0.8, gray=0.0, fill=None):
        self.ops.append(("rect", x, y, w, h, lw, gray, fill))

    def circle(self, cx, cy, r, lw=0.8, gray=0.0, fill=None):
        self.ops.append(("circle", cx, cy, r, lw, gray, fill))

    def polyline(self, pts, lw=0.8, gray=0.0):
        self.ops.append(("poly", pts, lw, gray))

    def signature(self, x, y, w, rng, lw=0.9):
        """A scribble (an invented, illegible signature) drawn entirely above the line y."""
        pts, n = [], 60
        a1, a2 = rng.uniform(2, 5), rng.uniform(6, 11)
        h = rng.uniform(7, 13)
        for i in range(n + 1):
            t = i / n
            px = x + w * t + 6 * math.sin(a2 * t * math.pi)
            py = -h * math.sin(a1 * t * math.pi) * (1 - 0.6 * t) - 4 * math.cos(a2 * t * 3)
            pts.append((px, py))
        low = max(py for _, py in pts)          # keep the whole scribble above y
        k = min(1.0, 22.0 / max(1e-6, low - min(py for _, py in pts)))   # at most 22 pt tall
        self.polyline([(px, y + (py - low) * k) for px, py in pts], lw, 0.15)

    def seal(self, cx, cy, r, gray=0.55):
        """Embossed-seal look: rings and rays, no lettering."""
        self.circle(cx, cy, r, 1.2, gray)
        self.circle(cx, cy, r * 0.82, 0.6, gray)
        self.circle(cx, cy, r * 0.45, 0.8, gray)
        for i in range(24):
            a = 2 * math.pi * i / 24
            self.ops.append(("line", cx + r * 0.5 * math.cos(a), cy + r * 0.5 * math.sin(a),
                             cx + r * 0.78 * math.cos(a), cy + r * 0.78 * math.sin(a), 0.5, gray))

    def logo(self, cx, cy, r, kind=0, gray=0.25):
        """Simple letterhead emblem (cross, shield or flask outline)."""
        if kind == 0:
            self.circle(cx, cy, r, 1.2, gray)
            self.rect(cx - r * 0.18, cy - r * 0.6, r * 0.36, r * 1.2, 0, gray, fill=gray)
            self.rect(cx - r * 0.6, cy - r * 0.18, r * 1.2, r * 0.36, 0, gray, fill=gray)
        elif kind == 1:
            pts = [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy), (cx, cy + r * 1.2),
                   (cx - r, cy), (cx - r, cy - r)]
            self.polyline(pts, 1.4, gray)
            self.circle(cx, cy - r * 0.2, r * 0.35, 1.0, gray)
        else:
            pts = [(cx - r * 0.3, cy - r), (cx - r * 0.3, cy - r * 0.2), (cx - r, cy + r),
                   (cx + r, cy + r), (cx + r * 0.3, cy - r * 0.2), (cx + r * 0.3, cy - r)]
            self.polyline(pts, 1.3, gray)
            self.hline(cx - r * 0.45, cx + r * 0.45, cy - r, 1.3, gray)

    def border(self, inset, lw=1.5, gray=0.2, double=True, corners=True):
        x, y, w, h = inset, inset, self.w - 2 * inset, self.h - 2 * inset
        self.rect(x, y, w, h, lw, gray)
        if double:
            self.rect(x + 5, y + 5, w - 10, h - 10, lw * 0.4, gray)
        if corners:
            for cx, cy in ((x + 14, y + 14), (x + w - 14, y + 14), (x + 14, y + h - 14),
                           (x + w - 14, y + h - 14)):
                self.circle(cx, cy, 5, 0.8, gray)
                self.circle(cx, cy, 2, 0.8, gray, fill=gray)

    def wave_band(self, x1, x2, y, amp, periods, lw=0.4, gray=0.5, phase=0.0):
        n = 120
        pts = [(x1 + (x2 - x1) * i / n,
                y + amp * math.sin(phase + periods * 2 * math.pi * i / n)) for i in range(n + 1)]
        self.polyline(pts, lw, gray)


class Flow:
    """Vertical cursor with automatic page breaks for long tables."""

    def __init__(self, new_page, bottom_margin):
        self.new_page = new_page        # callable(page_number) -> (Page, y_start)
        self.pages = []
        self.bottom_margin = bottom_margin
        self.page, self.y = None, 0.0
        self.break_page()

    def break_page(self):
        self.page, self.y = self.new_page(len(self.pages) + 1)
        self.pages.append(self.page)

    def need(self, h):
        if self.y + h > self.page.h - self.bottom_margin:
            self.break_page()
            return True
        return False
