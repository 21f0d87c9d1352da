#!/usr/bin/python3
"""Builds the fixed benchmark set from the samples generator (all data invented).

    /usr/bin/python3 bench/make_set.py --out DIR [--count 58] [--seed 7] [--group 6]

Runs the generator's `pages` command (samples/credgen/pages.py) unchanged, except that the
text-layer PDF each page is rasterised from is kept, so the scanned set and the text-layer set
hold the same pages. Writes:

    DIR/pages/           the generator's output: page-NN.{png,jpg,tif} at 300 dpi, page-NN.txt, pages.json
    DIR/scan-in/bNN/     the page images, `group` per candidate folder (credcheck's input)
    DIR/text-in/bNN/     the same pages as text-layer PDFs, same grouping
    DIR/scan.pdf         every page image in order in one PDF (img2pdf, no re-encoding): OCRmyPDF's input
    DIR/manifest.tsv     stem, image file, candidate, page count (frames), truth file
"""

import argparse
import json
import os
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "samples"))

from credgen import pages, render  # noqa: E402

_keep_dir = None
_original_render = render.render_pdf


def _render_and_keep(page_list, path, title="document"):
    _original_render(page_list, path, title)
    shutil.copyfile(path, _keep_dir)


def _one(task):
    global _keep_dir
    seed, i, out = task
    _keep_dir = os.path.join(out, "text-pdf", f"page-{i + 1:02d}.pdf")
    return pages._one((seed, i, out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=58)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--group", type=int, default=6, help="pages per candidate folder")
    ap.add_argument("--jobs", type=int, default=None)
    a = ap.parse_args()

    render.render_pdf = _render_and_keep  # pages.py calls render.render_pdf at run time
    pdir = os.path.join(a.out, "pages")
    os.makedirs(os.path.join(pdir, "text-pdf"), exist_ok=True)
    tasks = [(a.seed, i, pdir) for i in range(a.count)]
    with ProcessPoolExecutor(max_workers=a.jobs or os.cpu_count()) as ex:  # fork: the patch is inherited
        entries = list(ex.map(_one, tasks))
    with open(os.path.join(pdir, "pages.json"), "w", encoding="utf-8") as fh:
        json.dump({"generator": "credgen/1 via bench/make_set.py", "synthetic": True, "seed": a.seed,
                   "dpi": pages.DPI, "pages": entries}, fh, indent=1)
        fh.write("\n")

    images = []
    rows = []
    for i, e in enumerate(entries):
        stem = os.path.splitext(e["file"])[0]
        cand = f"b{i // a.group + 1:02d}"
        for kind, src in (("scan-in", e["file"]), ("text-in", os.path.join("text-pdf", stem + ".pdf"))):
            d = os.path.join(a.out, kind, cand)
            os.makedirs(d, exist_ok=True)
            shutil.copyfile(os.path.join(pdir, src), os.path.join(d, os.path.basename(src)))
        images.append(os.path.join(pdir, e["file"]))
        rows.append((stem, e["file"], cand, len(e["frames"]), e["text"]))

    import img2pdf
    with open(os.path.join(a.out, "scan.pdf"), "wb") as fh:
        fh.write(img2pdf.convert(images))
    with open(os.path.join(a.out, "manifest.tsv"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} files, {sum(r[3] for r in rows)} pages in {a.out}")


if __name__ == "__main__":
    main()
