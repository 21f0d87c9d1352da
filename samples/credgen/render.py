"""Text-layer PDF output: replays recorded `Page` operations on a reportlab canvas.

Text is drawn in the TrueType fonts the layouts resolved (credgen.fonts), which reportlab
embeds as subsets; the canvas's initial font is one of them too, so no font in the file is left
to the reader's machine. `invariant=1` makes the output
byte-identical for the same input, and each page keeps its own size (a bundle can mix an A4
transcript with a landscape diploma).
"""

from reportlab.pdfgen import canvas as rl_canvas

from . import fonts


def _first_font(pages):
    for p in pages:
        for op in p.ops:
            if op[0] == "text":
                return op[4], op[5]
    return fonts.resolve("Helvetica", 10)


def render_pdf(pages, path, title="document"):
    font, size = _first_font(pages)
    c = rl_canvas.Canvas(str(path), pagesize=(pages[0].w, pages[0].h), invariant=1,
                         pageCompression=1, initialFontName=font, initialFontSize=size)
    c.setTitle(title)
    c.setAuthor("credcheck synthetic generator")
    c.setCreator("credgen")
    for p in pages:
        c.setPageSize((p.w, p.h))
        H = p.h
        for op in p.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, gray = op
                c.setFillGray(gray)
                c.setFont(font, size)
                c.drawString(x, H - y, s)
            elif kind == "line":
                _, x1, y1, x2, y2, lw, gray = op
                c.setStrokeGray(gray)
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == "rect":
                _, x, y, w, h, lw, gray, fill = op
                c.setStrokeGray(gray)
                c.setLineWidth(max(lw, 0.01))
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, H - y - h, w, h, stroke=1 if lw > 0 else 0,
                       fill=1 if fill is not None else 0)
            elif kind == "circle":
                _, cx, cy, r, lw, gray, fill = op
                c.setStrokeGray(gray)
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.circle(cx, H - cy, r, stroke=1, fill=1 if fill is not None else 0)
            elif kind == "poly":
                _, pts, lw, gray = op
                c.setStrokeGray(gray)
                c.setLineWidth(lw)
                path_ = c.beginPath()
                path_.moveTo(pts[0][0], H - pts[0][1])
                for x, y in pts[1:]:
                    path_.lineTo(x, H - y)
                c.drawPath(path_, stroke=1, fill=0)
            elif kind == "rtext":       # text turned `angle` degrees anticlockwise about (x, y)
                _, x, y, s, font, size, gray, angle = op
                c.saveState()
                c.setFillGray(gray)
                c.setFont(font, size)
                c.translate(x, H - y)
                c.rotate(angle)
                c.drawCentredString(0, 0, s)
                c.restoreState()
            elif kind == "image":       # a picture with no text layer (seal, watermark): PIL RGBA
                _, x, y, w, h, img = op
                from reportlab.lib.utils import ImageReader
                c.drawImage(ImageReader(img), x, H - y - h, w, h, mask="auto")
            else:
                raise ValueError(kind)
        c.showPage()
    c.save()
