#!/usr/bin/python3
"""credcheck synthetic document generator (all data invented).

  /usr/bin/python3 samples/generate.py packets --out DIR [--seed N] [--count N]
        [--family train|heldout|all] [--modes text,scan,image] [--as-of 2026-11-01] [--jobs N]
        [--start N] [--profiles mls_recent,part_time,...]
  /usr/bin/python3 samples/generate.py pages --out DIR [--seed N] [--count N]
  /usr/bin/python3 samples/generate.py selftest [--keep DIR]

Needs Debian's python3-reportlab, python3-pil, python3-numpy and poppler-utils (pdftoppm,
pdftotext, pdfinfo). See samples/README.md.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from credgen import DEFAULT_AS_OF  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)

    pk = sub.add_parser("packets", help="candidate folders + truth JSON")
    pk.add_argument("--out", required=True)
    pk.add_argument("--seed", type=int, default=1)
    pk.add_argument("--count", type=int, default=20)
    pk.add_argument("--start", type=int, default=0, help="first candidate index (default 0)")
    pk.add_argument("--family", default="all",
                    help="train | heldout | all | blind_rN (a blind round's designs, samples/credgen/blind)")
    pk.add_argument("--countries", default=None,
                    help="comma list of country codes candidates are drawn from (e.g. PK,BD); "
                         "default: each profile's own countries")
    pk.add_argument("--countries-file", default=None,
                    help="read the comma list from this file instead (a blind round's countries "
                         "stay out of the process table, where other sessions could see them)")
    pk.add_argument("--modes", default="text,scan,image",
                    help="comma list of text,scan,image (renderings allowed)")
    pk.add_argument("--as-of", default=DEFAULT_AS_OF)
    pk.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    pk.add_argument("--profiles", default=None,
                    help="comma list of profiles to cycle through (default: all ten; the opt-in "
                         "bachelor_plus_mlt_diploma only when named)")

    pg = sub.add_parser("pages", help="single scanned pages + exact text for OCR error rates")
    pg.add_argument("--out", required=True)
    pg.add_argument("--seed", type=int, default=1)
    pg.add_argument("--count", type=int, default=12)
    pg.add_argument("--jobs", type=int, default=None)

    st = sub.add_parser("selftest", help="generate a few packets and check them with poppler")
    st.add_argument("--keep", default=None, help="write into this directory and keep it")

    sub.add_parser("check-fonts", help="fail, naming the packages, if an embedded font is missing")
    a = ap.parse_args(argv)
    from credgen import fonts
    fonts.check()            # every command draws with embedded fonts: never substitute
    if a.cmd == "check-fonts":
        print(f"credgen: all {sum(len(f[1]) for f in fonts.FAMILIES.values())} font files present")
        return 0
    if a.cmd == "packets":
        from credgen import packets
        modes = [m.strip() for m in a.modes.split(",") if m.strip()]
        bad = [m for m in modes if m not in ("text", "scan", "image")]
        if bad or not modes:
            ap.error(f"--modes: unknown {bad}")
        profiles = [p.strip() for p in a.profiles.split(",")] if a.profiles else None
        if a.countries_file:
            with open(a.countries_file, encoding="utf-8") as f:
                a.countries = f.read().strip()
        countries = [c.strip().upper() for c in a.countries.split(",")] if a.countries else None
        try:
            index, secs = packets.run(a.out, a.seed, a.count, a.family, modes, a.as_of, a.jobs,
                                      a.start, profiles, countries)
        except ValueError as e:
            ap.error(str(e))
        print(f"wrote {len(index['candidates'])} candidates to {a.out} in {secs:.1f}s")
        return 0
    if a.cmd == "pages":
        from credgen import pages
        t0 = time.time()
        info = pages.run(a.out, a.seed, a.count, a.jobs)
        print(f"wrote {len(info['pages'])} pages to {a.out} in {time.time() - t0:.1f}s")
        return 0
    if a.cmd == "selftest":
        from credgen import selftest
        return selftest.run(a.keep)
    return 2


if __name__ == "__main__":
    sys.exit(main())
