"""The `pages` command: single scanned pages with their exact text, for OCR error rates.

Writes OUT/page-NN.{png,jpg,tif} at 300 dpi, OUT/page-NN.txt (the printed lines of the
page, one per line, in reading order; two-column transcripts: left column block, then right
column block) and OUT/pages.json describing each file (dpi, skew, rotation, noise, blur,
JPEG quality, layout). Every page carries JPEG artefacts (PNG/TIFF pages went through a JPEG
round trip first), skew is within +-3 degrees, at least one page is rotated 90 degrees
(content turned clockwise; turn it back to read), and one file is a multi-page TIFF whose
frames are listed in "frames" with a text file each (page-NN.txt then holds all frames'
lines, frames separated by a form-feed line "\\f").
"""

import json
import os
import random
import tempfile
from concurrent.futures import ProcessPoolExecutor

from . import dates as D
from . import profiles as P
from . import render, scan
from .layouts_diploma import DIPLOMA_LAYOUTS
from .layouts_letter import LETTER_LAYOUTS
from .layouts_transcript import TRANSCRIPT_LAYOUTS

DPI = 300
# (document kind, profile) cycle; transcripts twice as often as the rest
PLAN = [("transcript", "mls_recent"), ("letter", "mls_experienced"), ("diploma", "mls_recent"),
        ("transcript", "three_year_bachelor"), ("transcript", "science_experienced"),
        ("letter", "part_time"), ("transcript", "mls_experienced"), ("diploma", "mlt_diploma")]
FORMATS = ["png", "jpg", "tif", "jpg"]


def _one(task):
    seed, i, out = task
    rng = random.Random(f"credgen-pages:{seed}:{i}")
    kind, prof = PLAN[i % len(PLAN)]
    country = rng.choice(P.PROFILES[prof])
    as_of = D.parse_iso("2026-11-01")
    cand = P.build(rng, prof, country, as_of, f"page-{i}")
    multi = (i == 3)                          # page-04 is the multi-page TIFF
    if (kind == "letter" and not cand.jobs) or multi:
        kind = "transcript"
    if multi:
        # a transcript layout that runs to two pages or more
        for name in sorted(k for k, v in TRANSCRIPT_LAYOUTS.items() if country in v[2]):
            lr = TRANSCRIPT_LAYOUTS[name][0](cand.studies, cand.person, rng)
            if len(lr.pages) >= 2:
                break
    elif kind == "transcript":
        # cycle through every transcript layout that fits the country
        opts = sorted(k for k, v in TRANSCRIPT_LAYOUTS.items() if country in v[2])
        name = opts[(i // len(PLAN)) % len(opts)] if i >= len(PLAN) else rng.choice(opts)
        lr = TRANSCRIPT_LAYOUTS[name][0](cand.studies, cand.person, rng)
    elif kind == "diploma":
        name = rng.choice(sorted(k for k, v in DIPLOMA_LAYOUTS.items() if country in v[2]))
        lr = DIPLOMA_LAYOUTS[name][0](cand.studies, cand.person, rng)
    else:
        job = cand.jobs[-1]
        name = rng.choice(sorted(k for k, v in LETTER_LAYOUTS.items() if job.employer.country in v[2]))
        lr = LETTER_LAYOUTS[name][0](job, cand.person, rng, as_of)
    fmt = "tif" if multi else FORMATS[i % len(FORMATS)]
    if fmt == "tif" and not multi and len(lr.pages) > 1:
        fmt = "png"
    if multi:
        chosen = list(range(min(3, len(lr.pages)))) or [0]
    else:
        chosen = [rng.randrange(len(lr.pages))]
    frames = []
    imgs = []
    stem = f"page-{i + 1:02d}"
    with tempfile.TemporaryDirectory() as td:
        pdf = os.path.join(td, "p.pdf")
        render.render_pdf([lr.pages[k] for k in chosen], pdf)
        arrays = scan.rasterize(pdf, DPI)
    for fi, (k, arr) in enumerate(zip(chosen, arrays)):
        rot = 0
        if i == 1 and fi == 0:
            rot = 90
        elif i == 6 and fi == 0:
            rot = 270
        elif multi and fi == 1:
            rot = 90
        prm = scan.scan_params(rng, rot, None, strength=0.8)
        q = rng.randint(60, 90)
        im = scan.degrade(arr, DPI, prm)
        if fmt != "jpg":
            im = scan.jpeg_roundtrip(im, q)
        imgs.append(im)
        fr = {k2: prm[k2] for k2 in ("skew_deg", "rotation", "noise_sigma", "blur_radius")}
        fr.update({"jpeg_quality": q, "source_page": k + 1, "lines": len(lr.pages[k].lines)})
        if multi:
            fr["text"] = f"{stem}-f{fi + 1}.txt"
            with open(os.path.join(out, fr["text"]), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lr.pages[k].lines) + "\n")
        frames.append(fr)
    fname = f"{stem}.{fmt}"
    path = os.path.join(out, fname)
    if fmt == "jpg":
        imgs[0].save(path, "JPEG", quality=frames[0]["jpeg_quality"], dpi=(DPI, DPI))
    elif fmt == "png":
        imgs[0].save(path, "PNG", dpi=(DPI, DPI), optimize=True)
    else:
        imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="tiff_lzw",
                     dpi=(DPI, DPI))
    text = "\n\f\n".join("\n".join(lr.pages[k].lines) for k in chosen) + "\n"
    with open(os.path.join(out, f"{stem}.txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    entry = {"file": fname, "text": f"{stem}.txt", "format": fmt, "dpi": DPI,
             "doc_type": lr.doc_type, "layout": lr.layout, "family": lr.family,
             "columns": 2 if lr.layout.startswith("two_column") else 1,
             "frames": frames}
    entry.update({k: frames[0][k] for k in ("skew_deg", "rotation", "noise_sigma", "blur_radius",
                                            "jpeg_quality")})
    return entry


def run(out, seed=1, count=12, jobs=None):
    os.makedirs(out, exist_ok=True)
    tasks = [(seed, i, out) for i in range(count)]
    if (jobs or os.cpu_count() or 1) == 1 or count == 1:
        entries = [_one(t) for t in tasks]
    else:
        with ProcessPoolExecutor(max_workers=jobs or os.cpu_count()) as ex:
            entries = list(ex.map(_one, tasks))
    info = {"generator": "credgen/1", "synthetic": True, "seed": seed, "dpi": DPI,
            "rotation_meaning": "clockwise degrees the content was turned; rotate back to read",
            "skew_meaning": "degrees, positive = counter-clockwise",
            "pages": entries}
    with open(os.path.join(out, "pages.json"), "w", encoding="utf-8") as fh:
        json.dump(info, fh, indent=1)
        fh.write("\n")
    return info
