"""Make scans and photos out of the text PDFs.

Pipeline per page: `pdftoppm -gray -r DPI` rasterises the clean PDF; then optional security
paper (light guilloche waves, grey or tinted), slight blur, skew (rotation by a small angle,
positive = counter-clockwise), gaussian noise plus a few dust specks, scanner white-point
clipping (keeps files small), optional 90/180/270 degree page rotation, and finally JPEG
compression (inside the PDF, or as the image file). `rotation` is the clockwise angle by
which the page content was turned: a reader must turn the page back by that much.

Outputs: scanned PDF (one grayscale JPEG per page, page size = pixels * 72 / dpi so Letter
stays Letter), PNG, JPEG, multi-page TIFF (LZW grayscale or Group 4 bilevel).
"""

import glob
import io
import os
import subprocess
import tempfile
import time

import numpy as np
from PIL import Image, ImageFilter

FIXED_TIME = time.struct_time((2026, 1, 1, 0, 0, 0, 3, 1, 0))


def rasterize(pdf_path, dpi, first=None, last=None):
    """Pages of a PDF as 8-bit grayscale numpy arrays."""
    with tempfile.TemporaryDirectory() as td:
        cmd = ["pdftoppm", "-gray", "-r", str(dpi)]
        if first:
            cmd += ["-f", str(first)]
        if last:
            cmd += ["-l", str(last)]
        subprocess.run(cmd + [str(pdf_path), os.path.join(td, "p")], check=True)
        files = sorted(glob.glob(os.path.join(td, "p-*.pgm")),
                       key=lambda f: int(f.rsplit("-", 1)[1].split(".")[0]))
        return [np.asarray(Image.open(f).convert("L")) for f in files]


def scan_params(rng, rotation=0, background=None, strength=1.0, color=False):
    """Random but seeded degradation settings for one page."""
    return {
        "skew_deg": round(rng.uniform(-3.0, 3.0) * strength, 2),
        "rotation": rotation,
        "noise_sigma": round(rng.uniform(3.0, 9.0) * strength, 1),
        "blur_radius": round(rng.uniform(0.3, 0.9), 2),
        "specks": rng.randint(20, 200),
        "background": background,      # None | "guilloche"
        "color": color,                # tinted paper (RGB) for photos of diplomas
        "seed": rng.randrange(2 ** 31),
    }


def _guilloche(h, w, dpi, rs):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    s = 300.0 / dpi
    f1, f2 = rs.uniform(0.010, 0.018) * s, rs.uniform(0.004, 0.008) * s
    a = rs.uniform(25, 45) / s
    v = np.sin(xx * f1 + np.sin(yy * f2) * a * f1 * 6) * np.cos(yy * f1 * 0.7 + np.sin(xx * f2) * 2)
    lines = (np.abs(v) > 0.96).astype(np.float32)
    tint = 240 - 12 * (0.5 + 0.5 * np.sin(xx * f2 * 0.5 + yy * f2 * 0.3))
    return np.minimum(tint, 255 - lines * 38)


def degrade(arr, dpi, prm):
    """Apply one page's degradation; returns a PIL image (L, or RGB when tinted)."""
    rs = np.random.default_rng(prm["seed"])
    img = arr.astype(np.float32)
    h, w = img.shape
    if prm["background"]:
        bg = _guilloche(h, w, dpi, rs)
        img = np.minimum(img, bg)
    pil = Image.fromarray(img.clip(0, 255).astype(np.uint8), "L")
    pil = pil.filter(ImageFilter.GaussianBlur(prm["blur_radius"] * dpi / 300.0))
    if prm["skew_deg"]:
        pil = pil.rotate(prm["skew_deg"], resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = np.asarray(pil).astype(np.float32)
    # sensor noise: full strength on ink and edges, faint on paper (keeps JPEGs small)
    sigma = np.where(img < 200, prm["noise_sigma"], min(1.5, prm["noise_sigma"])).astype(np.float32)
    img += rs.standard_normal(img.shape, dtype=np.float32) * sigma
    # dust specks
    n = prm["specks"]
    ys, xs = rs.integers(0, h - 3, n), rs.integers(0, w - 3, n)
    for y, x, r in zip(ys, xs, rs.integers(1, 3, n)):
        img[y:y + r, x:x + r] = rs.uniform(40, 140)
    if not prm["background"]:
        img[img > 228] = 255          # scanner white point: clean paper stays white
    img = img.clip(0, 255).astype(np.uint8)
    if prm["color"]:
        tint = np.array(prm["color"], dtype=np.float32) / 255.0
        rgb = np.stack([img.astype(np.float32) * t for t in tint], axis=-1)
        out = Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB")
    else:
        out = Image.fromarray(img, "L")
    rot = prm["rotation"] % 360
    if rot:
        out = out.rotate(-rot, expand=True)     # content turned clockwise by `rot`
    return out


def jpeg_roundtrip(img, quality):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    b.seek(0)
    return Image.open(b).convert(img.mode)


def save_pdf(images, path, dpi, quality):
    """Scanned PDF: each page a JPEG (grayscale unless tinted) at `dpi`."""
    first, rest = images[0], images[1:]
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi),
               quality=quality, title="scan", creationDate=FIXED_TIME, modDate=FIXED_TIME)


def save_image(images, path, dpi, fmt, quality=85, tiff_compression="tiff_lzw"):
    if fmt == "png":
        assert len(images) == 1
        images[0].save(path, "PNG", dpi=(dpi, dpi), optimize=True)
    elif fmt == "jpeg":
        assert len(images) == 1
        images[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    elif fmt == "tiff":
        ims = images
        if tiff_compression == "group4":
            ims = [im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for im in images]
        ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:],
                    compression=tiff_compression, dpi=(dpi, dpi))
    else:
        raise ValueError(fmt)
