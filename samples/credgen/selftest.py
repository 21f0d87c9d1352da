"""`generate.py selftest`: generate a few packets and check them with poppler.

Checks, per candidate:
  * every file opens: `pdfinfo` for PDFs (page count = truth pages), PIL for images
    (frame count = truth pages);
  * text PDFs: every truth page_text line appears, whitespace-normalised, in
    `pdftotext -layout` output of that page, and the page holds no words the truth lacks;
  * layouts: no two printed strings overlap, no signature scribble crosses text, nothing
    is printed outside the page;
  * truth: required keys present, semester-hour totals add up, dates are ISO.
Also runs the `pages` command on a couple of pages and checks its files.
"""

import collections
import json
import os
import re
import subprocess
import sys
import tempfile

from PIL import Image

from . import packets, pages
from .pagekit import width

WS = re.compile(r"\s+")


def norm(s):
    return WS.sub(" ", s).strip()


def pdftotext_pages(path, n):
    out = []
    for i in range(1, n + 1):
        r = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                           capture_output=True, text=True, check=True)
        out.append(r.stdout)
    return out


def pdf_pages(path):
    r = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError(f"pdfinfo failed on {path}: {r.stderr.strip()}")
    m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
    return int(m.group(1))


def text_boxes(page):
    boxes = []
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, font, size, _ = op
            boxes.append((x, y - size * 0.72, x + width(s, font, size), y + size * 0.2, s))
    return boxes


def check_page_geometry(page, where):
    errs = []
    boxes = text_boxes(page)
    for b in boxes:
        if b[0] < 0 or b[2] > page.w or b[1] < 0 or b[3] > page.h:
            errs.append(f"{where}: off page: {b[4]!r}")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                errs.append(f"{where}: overlap {a[4]!r} / {b[4]!r}")
    if "two_column" not in where:          # single-column pages read top to bottom
        for k in range(1, len(page.line_y)):
            if page.line_y[k] < page.line_y[k - 1] - 0.01:
                errs.append(f"{where}: reading order: {page.lines[k]!r} is above {page.lines[k - 1]!r}")
    for op in page.ops:
        if op[0] == "poly" and op[3] < 0.2:          # signatures are drawn at gray 0.15
            xs = [p[0] for p in op[1]]
            ys = [p[1] for p in op[1]]
            for b in boxes:
                if min(xs) < b[2] and b[0] < max(xs) and min(ys) < b[3] and b[1] < max(ys):
                    errs.append(f"{where}: signature crosses {b[4]!r}")
    return errs


def check_truth(t):
    errs = []
    for k in ("id", "profile", "as_of", "candidate", "documents", "degree", "coursework",
              "experience", "expected"):
        if k not in t:
            errs.append(f"{t.get('id')}: missing key {k}")
    cw = t["coursework"]
    if cw["courses"] and cw["credit_system"] != "marks":
        tot = collections.Counter()
        for c in cw["courses"]:
            tot[c["category"]] += c["semester_hours"]
        for k, v in cw["totals_semester_hours"].items():
            if abs(tot[k] - v) > 0.05 * max(1, len([c for c in cw["courses"] if c["category"] == k])):
                errs.append(f"{t['id']}: totals {k} {v} != {tot[k]}")
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for e in t["experience"]:
        for k in ("start", "end"):
            if e[k] is not None and not iso.match(e[k]):
                errs.append(f"{t['id']}: bad date {e[k]}")
    return errs


def check_packet_dir(out, rebuild_pages=True):
    """Check every candidate under out/ (files + truth). Returns a list of error strings."""
    errs = []
    index = json.load(open(os.path.join(out, "index.json")))
    for c in index["candidates"]:
        t = json.load(open(os.path.join(out, c["truth"])))
        errs += check_truth(t)
        pdir = os.path.join(out, c["packet"])
        listed = sorted(d["file"] for d in t["documents"])
        present = sorted(os.listdir(pdir))
        if listed != present:
            errs.append(f"{t['id']}: files {present} != truth {listed}")
        for d in t["documents"]:
            path = os.path.join(pdir, d["file"])
            if d["file"].endswith(".pdf"):
                n = pdf_pages(path)
            else:
                with Image.open(path) as im:
                    n = getattr(im, "n_frames", 1)
            if n != d["pages"] or n != len(d["page_text"]):
                errs.append(f"{t['id']}/{d['file']}: {n} pages, truth {d['pages']}")
                continue
            if d["rendering"] != "text_pdf":
                continue
            texts = pdftotext_pages(path, n)
            for i, (lines, txt) in enumerate(zip(d["page_text"], texts), 1):
                got = [norm(x) for x in txt.splitlines() if x.strip()]
                blob = "\n".join(got)
                for ln in lines:
                    if norm(ln) not in blob:
                        errs.append(f"{t['id']}/{d['file']} p{i}: line not found: {ln!r}")
                want = collections.Counter(w for ln in lines for w in ln.split())
                have = collections.Counter(w for g in got for w in g.split())
                extra = have - want
                if extra:
                    errs.append(f"{t['id']}/{d['file']} p{i}: untracked words {list(extra)[:8]}")
    return errs


def check_layout_geometry(seed=7, count=30):
    """Build candidates without rendering and check every page's geometry."""
    import random
    from . import dates as D
    from . import profiles as P
    errs = []
    for fam in ("train", "heldout"):
        for i in range(count):
            rng = random.Random(f"geom:{seed}:{fam}:{i}")
            prof = P.PROFILE_ORDER[i % len(P.PROFILE_ORDER)]
            country = rng.choice(P.PROFILES[prof])
            cand = P.build(rng, prof, country, D.parse_iso("2026-11-01"), f"x-{i}")
            for f in packets.plan(rng, cand, fam, ("text",)):
                for lr, _ in f.parts:
                    for k, pg in enumerate(lr.pages, 1):
                        errs += check_page_geometry(pg, f"{fam}/{cand.id}/{lr.layout} p{k}")
    return errs


def run(keep=None):
    td_obj = None
    if keep:
        out = keep
        os.makedirs(out, exist_ok=True)
    else:
        td_obj = tempfile.TemporaryDirectory(prefix="credgen-selftest-")
        out = td_obj.name
    errs = []
    print("layout geometry ...", flush=True)
    errs += check_layout_geometry()
    for fam, seed in (("train", 11), ("heldout", 12)):
        d = os.path.join(out, fam)
        print(f"packets ({fam}) ...", flush=True)
        packets.run(d, seed=seed, count=10, family=fam)
        errs += check_packet_dir(d)
    d = os.path.join(out, "two_credentials")
    print("packets (bachelor_plus_mlt_diploma) ...", flush=True)
    packets.run(d, seed=13, count=3, profiles=["bachelor_plus_mlt_diploma"])
    errs += check_packet_dir(d)
    print("pages ...", flush=True)
    pd = os.path.join(out, "pages")
    info = pages.run(pd, seed=3, count=4)
    for p in info["pages"]:
        if not os.path.exists(os.path.join(pd, p["file"])) or not os.path.exists(os.path.join(pd, p["text"])):
            errs.append(f"pages: missing {p['file']}")
        with Image.open(os.path.join(pd, p["file"])) as im:
            if getattr(im, "n_frames", 1) != len(p["frames"]):
                errs.append(f"pages: {p['file']} frame count")
    for e in errs:
        print("FAIL", e)
    print("selftest:", "OK" if not errs else f"{len(errs)} problem(s)", f"(files in {out})" if keep else "")
    if td_obj:
        td_obj.cleanup()
    return 0 if not errs else 1


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
