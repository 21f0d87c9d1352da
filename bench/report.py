#!/usr/bin/python3
"""Prints bench/run.sh's table from its raw rows: medians over repetitions, ratios, accuracy, memory.

    /usr/bin/python3 bench/report.py times.tsv [cer.txt]
"""

import os
import statistics
import sys


def main():
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    cer = {}
    if len(sys.argv) > 2 and os.path.exists(sys.argv[2]):
        for line in open(sys.argv[2], encoding="utf-8"):
            name, flex, mean_page, errors, reference, missing = line.split()
            cer[name] = (float(flex), float(mean_page), int(missing))
    by = {}
    for row in rows:
        name, rep, pages, wall, peak, maxp, sumh, rc = row[:8]
        cpu = float(row[8]) if len(row) > 8 else float("nan")
        by.setdefault(name, []).append((int(pages), float(wall), float(peak), float(maxp), float(sumh), int(rc), cpu))

    def pps(name):
        return statistics.median(p / w for p, w, *_ in by[name])

    print(f"{'system':<18} {'pages':>5} {'reps':>4} {'median s':>9} {'pages/s':>8} {'min..max pages/s':>17} "
          f"{'peak tree MB':>12} {'max proc MB':>11} {'CPU s/page':>10} {'CER':>7} {'exit':>5}")
    for name, runs in by.items():
        rates = [p / w for p, w, *_ in runs]
        key = {"tesseract_cli": "tesseract"}.get(name, name)
        c = f"{cer[key][0] * 100:.2f}%" if key in cer else "-"
        print(f"{name:<18} {runs[0][0]:>5} {len(runs):>4} {statistics.median(w for _, w, *_ in runs):>9.2f} "
              f"{pps(name):>8.2f} {min(rates):>8.2f}..{max(rates):<8.2f} {max(r[2] for r in runs):>12.0f} "
              f"{max(r[3] for r in runs):>11.0f} {statistics.median(r[6] / r[0] for r in runs):>10.3f} {c:>7} {','.join(sorted({str(r[5]) for r in runs})):>5}")
    print()
    if "credcheck" in by:
        for other in ("tesseract_cli", "ocrmypdf"):
            if other in by:
                cpu = {n: statistics.median(r[6] / r[0] for r in by[n]) for n in ("credcheck", other)}
                print(f"credcheck / {other}: {pps('credcheck') / pps(other):.2f}x pages/s (ratio of medians, same run); "
                      f"CPU per page {cpu[other] / cpu['credcheck']:.2f}x less")
    if "tesseract_floor" in by and "ocrmypdf" in by:
        floor_cpu = statistics.median(r[6] / r[0] for r in by["tesseract_floor"])
        ocrmypdf_cpu = statistics.median(r[6] / r[0] for r in by["ocrmypdf"])
        print(f"Tesseract's floor (recognition alone, --psm 6, model loaded once per list): "
              f"{pps('tesseract_floor') / pps('ocrmypdf'):.2f}x OCRmyPDF's pages/s; {floor_cpu:.3f} CPU s/page, "
              f"where 3x OCRmyPDF leaves {ocrmypdf_cpu / 3:.3f} s/page for all of a reader's work")
    if "rerun_first" in by and "rerun_again" in by:
        first = statistics.median(w for _, w, *_ in by["rerun_first"])
        again = statistics.median(w for _, w, *_ in by["rerun_again"])
        print(f"rerun of an unchanged batch: {first:.2f} s then {again:.2f} s (median): {first / again:.1f}x faster")
    for name in by:
        if name + "_against" not in by:
            continue
        mine, theirs = name, name + "_against"
        cpu = {n: statistics.median(r[6] / r[0] for r in by[n]) for n in (mine, theirs)}
        print(f"{mine}: {pps(mine):.2f} pages/s against the --against build's {pps(theirs):.2f}: "
              f"{pps(mine) / pps(theirs):.2f}x (ratio of medians, same run); CPU per page {cpu[theirs] / cpu[mine]:.2f}x less")
    return 0


if __name__ == "__main__":
    sys.exit(main())
