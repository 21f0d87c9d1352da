#!/usr/bin/python3
"""Character accuracy of one system's output on the benchmark set, against the generator's text.

    /usr/bin/python3 bench/score.py TEXT_ACCURACY_BIN SET_DIR credcheck|tesseract|ocrmypdf OUTPUT [PER_PAGE.tsv]

Scores every file of SET_DIR/manifest.tsv with the project's `text-accuracy` tool (flexible
character error rate, as in tests/pipeline/ocr_accuracy_test.cpp) and prints one line:
"flexible_cer mean_page_cer errors reference files_missing". OUTPUT is:

  credcheck  the --out folder: OUTPUT/<candidate>/text/<file>.txt (its page dump)
  tesseract  a folder of <stem>.txt (the CLI's output; form feeds between TIFF frames)
  ocrmypdf   the --sidecar file of SET_DIR/scan.pdf (pages separated by form feeds)

A file with no output counts every printed character as an error.
"""

import os
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        return 2
    tool, set_dir, system, output = sys.argv[1:5]
    per_page = open(sys.argv[5], "w", encoding="utf-8") if len(sys.argv) == 6 else None
    rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(set_dir, "manifest.tsv"), encoding="utf-8")]

    sidecar_pages = None
    if system == "ocrmypdf" and os.path.exists(output):
        sidecar_pages = open(output, encoding="utf-8", errors="replace").read().split("\f")

    errors = reference = missing = 0
    cers = []
    page_index = 0
    with tempfile.TemporaryDirectory() as td:
        for stem, image, cand, frames, truth in rows:
            frames = int(frames)
            text = None
            if system == "credcheck":
                p = os.path.join(output, cand, "text", image + ".txt")
                text = open(p, encoding="utf-8", errors="replace").read() if os.path.exists(p) else None
            elif system == "tesseract":
                p = os.path.join(output, stem + ".txt")
                text = open(p, encoding="utf-8", errors="replace").read().replace("\f", "\n") if os.path.exists(p) else None
            elif system == "ocrmypdf":
                if sidecar_pages is not None and page_index + frames <= len(sidecar_pages):
                    text = "\n".join(sidecar_pages[page_index:page_index + frames])
                page_index += frames
            else:
                print(f"unknown system {system}", file=sys.stderr)
                return 2
            ocr = os.path.join(td, "ocr.txt")
            with open(ocr, "w", encoding="utf-8") as fh:
                fh.write(text or "")
            missing += text is None
            out = subprocess.run([tool, os.path.join(set_dir, "pages", truth), ocr], capture_output=True, text=True, check=True)
            flex, _strict, e, r = out.stdout.split()
            errors += int(e)
            reference += int(r)
            cers.append(float(flex))
            if per_page:
                per_page.write(f"{stem}\t{float(flex):.4f}\t{e}\t{r}\n")
    print(f"{errors / max(reference, 1):.4f} {sum(cers) / max(len(cers), 1):.4f} {errors} {reference} {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
