#!/usr/bin/python3
"""Intake fixtures: small synthetic files that exercise every branch of reading a document.

What and why: the reading stage must tell a usable text layer from a scan, a header stamped over
a scan, a blank page, a rotated page; and refuse encrypted, truncated, corrupt, empty, foreign and
oversized inputs with a specific error. These files are made here, from nothing, so the tests
never depend on real people's documents. `expected.json` says what each must yield.

Usage: /usr/bin/python3 samples/intake_fixtures.py --out DIR
"""
import argparse
import io
import json
import os
import random
import struct
import subprocess
import tempfile
import zlib

from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib import pdfencrypt

LINES = [
    "NORTHERN LUZON COLLEGE OF HEALTH SCIENCES",
    "Office of the Registrar - Official Transcript of Records",
    "Name: DELA PAZ, ANGELICA R.    Student No. 2015-04417",
    "Course Code  Descriptive Title                 Grade  Units",
    "CHEM 11      General Chemistry                  1.75   4",
    "CHEM 12      Organic Chemistry                  2.00   4",
    "BIO 101      Zoology                            1.50   3",
    "MT 201       Clinical Chemistry 1               1.25   4",
    "MT 202       Hematology 2                       1.75   4",
    "MT 305       Immunohematology and Blood Banking 1.50   3",
    "MATH 10      College Algebra                    2.25   3",
    "Date of Graduation: April 15, 2019",
]

# Rows of a grade table: code, title, credits, grade, grade point. Read by the reader test.
GRADE_ROWS = [
    ("MLS 1113", "Human Anatomy", "3", "B-", "2.70"),
    ("MLS 1132", "Basic Biochemistry", "2", "A-", "3.70"),
    ("MLS 1213", "Human Physiology II", "3", "B", "3.00"),
    ("MLS 2142", "Immunology", "2", "C-", "1.70"),
    ("MLS 2242", "Medical Parasitology", "3", "A", "4.00"),
    ("MLS 3113", "Blood Transfusion Science", "3", "B-", "2.70"),
    ("MLS 3142", "Clinical Immunology", "2", "C+", "2.30"),
    ("MLS 4232", "Professional Ethics", "1", "A-", "3.70"),
    ("MLS 4240", "Research Project", "4", "B", "3.00"),
]


# The text PDF is also rasterised into the scan fixtures, so its font is embedded (DejaVu Sans
# Mono, the face a bare Debian drew for Courier before): the scans are the same on every machine.
MONO_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def mono_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if not os.path.isfile(MONO_TTF):
        raise SystemExit(f"intake_fixtures: {MONO_TTF} is missing (Debian package fonts-dejavu-core)")
    if "DejaVuSansMono" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSansMono", MONO_TTF))
    return "DejaVuSansMono"


def text_pdf(path, rotate=0, lines=LINES, page_size=letter):
    c = canvas.Canvas(path, pagesize=page_size)
    if rotate:
        c.setPageRotation(rotate)
    y = page_size[1] - 72
    for line in lines:
        c.setFont(mono_font(), 10)
        c.drawString(60, y, line)
        y -= 40  # spread over the page so the text layer spans it
    c.showPage()
    c.save()


def rasterise(pdf_path, dpi):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_path, os.path.join(tmp, "p")], check=True)
        names = sorted(os.listdir(tmp))
        return [Image.open(os.path.join(tmp, n)).copy() for n in names]


def degrade(img, rng, skew):
    img = img.convert("L").rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):  # sparse salt-and-pepper noise
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.choice((40, 230))
    return img


def image_pdf(path, img, dpi, header_text=None):
    """A PDF page showing `img`; optionally a text layer holding only a header line."""
    w_pt, h_pt = img.size[0] * 72.0 / dpi, img.size[1] * 72.0 / dpi
    buf = io.BytesIO()
    img.convert("L").save(buf, format="JPEG", quality=80)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=(w_pt, h_pt))
    c.drawImage(ImageReader(buf), 0, 0, w_pt, h_pt)
    if header_text:
        c.setFont("Helvetica", 8)
        c.drawString(36, h_pt - 20, header_text)
    c.showPage()
    c.save()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(path, width, height):
    """A valid PNG header claiming width x height 1-bit pixels, with almost no data behind it."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b""))


def raw_pdf(path, content):
    """A one-page PDF around a raw content stream, with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open(path, "wb").write(bytes(out))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = args.out
    os.makedirs(out, exist_ok=True)
    expected = {}

    def p(name):
        return os.path.join(out, name)

    text_pdf(p("text.pdf"))
    expected["text.pdf"] = {"source": "text_layer", "pages": 1, "contains": "Clinical Chemistry"}
    c = canvas.Canvas(p("multi-page.pdf"), pagesize=letter)
    for n in range(3):
        c.setFont("Helvetica", 11)
        for k, line in enumerate(LINES):
            c.drawString(60, 720 - 40 * k, f"{line} (page {n + 1})")
        c.showPage()
    c.save()
    expected["multi-page.pdf"] = {"source": "text_layer", "pages": 3, "contains": "General Chemistry"}
    text_pdf(p("rotated.pdf"), rotate=90)
    expected["rotated.pdf"] = {"source": "text_layer", "pages": 1, "contains": "Hematology", "landscape": True}

    page = rasterise(p("text.pdf"), 200)[0]
    scan = degrade(page, rng, 1.5)
    image_pdf(p("scan.pdf"), scan, 200)
    expected["scan.pdf"] = {"source": "ocr", "pages": 1, "contains": "Clinical Chemistry"}
    image_pdf(p("header-over-scan.pdf"), scan, 200, header_text="Scanned by the Registrar - page 1 of 1")
    expected["header-over-scan.pdf"] = {"source": "ocr", "pages": 1, "contains": "Organic Chemistry"}
    scan.save(p("scan.png"), dpi=(200, 200))
    expected["scan.png"] = {"source": "ocr", "pages": 1, "contains": "Zoology"}
    scan.save(p("scan.jpg"), quality=75, dpi=(200, 200))
    expected["scan.jpg"] = {"source": "ocr", "pages": 1, "contains": "Zoology"}
    scan.save(p("two-pages.tif"), save_all=True, append_images=[scan.rotate(90, expand=True)], dpi=(200, 200),
              compression="tiff_deflate")
    expected["two-pages.tif"] = {"source": "ocr", "pages": 2, "contains": "Hematology"}

    # Letter grades with minus signs on a small 200 dpi scan (the reader puts back the minus that
    # Tesseract's noise removal drops, pipeline/reader/lost_signs.h); bare grades and a dash a word
    # space away must stay as printed.
    grades_pdf = p("grades.tmp.pdf")
    c = canvas.Canvas(grades_pdf, pagesize=letter)
    y = 720
    for cells in GRADE_ROWS:
        c.setFont("Helvetica", 10)
        for x, cell in zip((40, 110, 330, 390, 450), cells):
            c.drawString(x, y, cell)
        y -= 18
    c.setFont("Helvetica", 10)
    c.drawString(40, y, "Part A - Theory, Part B - Practical")
    c.showPage()
    c.save()
    grades = degrade(rasterise(grades_pdf, 250)[0], rng, 0.8)
    os.remove(grades_pdf)
    grades.save(p("grades-scan.png"), dpi=(250, 250))
    expected["grades-scan.png"] = {"source": "ocr", "pages": 1, "contains": "Anatomy"}

    c = canvas.Canvas(p("blank.pdf"), pagesize=letter)
    c.showPage()
    c.save()
    expected["blank.pdf"] = {"source": "none", "pages": 1}

    c = canvas.Canvas(p("encrypted.pdf"), pagesize=letter,
                      encrypt=pdfencrypt.StandardEncryption("s3cret", ownerPassword="owner", strength=128))
    c.drawString(72, 700, "Certificate of Employment")
    c.showPage()
    c.save()
    expected["encrypted.pdf"] = {"error": "encrypted"}

    data = open(p("text.pdf"), "rb").read()
    open(p("truncated.pdf"), "wb").write(data[: len(data) * 2 // 5])
    expected["truncated.pdf"] = {"error_any": ["truncated", "corrupt"]}
    open(p("corrupt.pdf"), "wb").write(b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(2000)) + b"\n%%EOF\n")
    expected["corrupt.pdf"] = {"error_any": ["corrupt", "no_pages"]}
    open(p("empty.pdf"), "wb").close()
    expected["empty.pdf"] = {"error": "empty_file"}
    open(p("notes.pdf"), "w").write("This is a note from the recruiter, not a document.\n")
    expected["notes.pdf"] = {"error": "not_a_document"}
    open(p("letter.docx"), "wb").write(b"PK\x03\x04" + bytes(200))
    expected["letter.docx"] = {"error": "unsupported_format"}
    bomb_png(p("bomb.png"), 100000, 100000)
    expected["bomb.png"] = {"error": "page_too_large"}
    png = open(p("scan.png"), "rb").read()
    open(p("cut.png"), "wb").write(png[: len(png) // 3])
    expected["cut.png"] = {"error_any": ["corrupt", "truncated"]}
    text_pdf(p("tiny-page.pdf"), lines=["x"], page_size=(4, 4))
    expected["tiny-page.pdf"] = {"error": "page_size_invalid"}
    # A content stream of 20,000 unknown operators: Poppler reports each one.
    raw_pdf(p("error-flood.pdf"), b"BT /F1 12 Tf ET\n" + b"qq1 " * 20000)
    expected["error-flood.pdf"] = {"error": "parse_error_flood"}
    # Never treated as documents.
    open(p(".DS_Store"), "wb").write(b"\x00\x00\x00\x01Bud1")
    open(p("transcript.pdf.crdownload"), "wb").write(data[:100])
    open(p("~$letter.docx"), "wb").write(b"lock")

    with open(p("expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
