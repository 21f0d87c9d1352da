"""The `packets` command: candidates -> document files + truth JSON.

For each candidate (profile chosen round-robin so every profile is covered, country and
everything else drawn from a seeded RNG) it picks layouts of the requested family, decides
which documents exist, whether they come as one bundled PDF, and how each file is rendered
(text PDF, scanned PDF, PNG/JPEG, multi-page TIFF), writes the files under
OUT/packets/<id>/ and the truth under OUT/truth/<id>.json. Candidates are independent, so
they run in parallel processes; each uses its own RNG seeded from (seed, index), which makes
the output deterministic regardless of the number of workers.
"""

import datetime as dt
import json
import os
import random
import re
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from . import dates as D
from . import profiles as P
from . import blind, fonts, render, scan
from .layouts_diploma import DIPLOMA_LAYOUTS
from .layouts_letter import LETTER_LAYOUTS, cover_note
from .layouts_transcript import TRANSCRIPT_LAYOUTS
from .names import strip_accents
from .truth import candidate_truth

TINTS = [(250, 244, 228), (232, 244, 234), (236, 240, 250)]


@dataclass
class DocFile:
    file: str
    rendering: str                     # text_pdf | scan_pdf | png | jpeg | tiff
    parts: list                        # [(LayoutResult, job-or-None)]
    page_subset: list = None           # indexes into the concatenated pages (split photos)
    dpi: int = None
    jpeg_quality: int = None
    tiff_compression: str = None
    page_params: list = field(default_factory=list)


def choose_layout(rng, registry, country, family):
    # "all" means the core families (train, heldout): blind rounds are drawn only when named,
    # so existing seeds keep their documents whatever rounds are added.
    core = ("train", "heldout")
    opts = [k for k, (_, fam, countries) in registry.items()
            if country in countries and (fam == family or (family == "all" and fam in core))]
    if not opts:       # no layout of that family for this country: fall back to any core one
        opts = [k for k, (_, fam, countries) in registry.items() if country in countries and fam in core]
    if not opts:       # a country only blind rounds know
        opts = [k for k, (_, _, countries) in registry.items() if country in countries]
    return rng.choice(sorted(opts))


def _slug(s):
    return re.sub(r"[^A-Za-z0-9]+", "", strip_accents(s).title())[:18]


def plan(rng, cand, family, modes):
    person, st = cand.person, cand.studies
    country = cand.country
    parts = []          # (kind, LayoutResult, job)

    def lay_out(kind, make):
        # Each document gets its own fonts, from an RNG of its own, so choosing them does not
        # shift any other random choice of the candidate.
        scheme = fonts.choose_scheme(random.Random(f"credgen-fonts:{cand.id}:{len(parts)}"))
        with fonts.use_scheme(scheme):
            return make()

    if cand.include_diploma:
        name = choose_layout(rng, DIPLOMA_LAYOUTS, country, family)
        parts.append(("diploma", lay_out("diploma", lambda: DIPLOMA_LAYOUTS[name][0](st, person, rng)), None))
    if cand.include_transcript:
        name = choose_layout(rng, TRANSCRIPT_LAYOUTS, country, family)
        parts.append(("transcript", lay_out("transcript", lambda: TRANSCRIPT_LAYOUTS[name][0](st, person, rng)), None))
    for extra in cand.extra_credentials:
        # Another credential's papers, in the layouts of the country that issued them.
        ex_st, ex_country = extra.studies, extra.studies.institution.country
        if extra.include_diploma:
            name = choose_layout(rng, DIPLOMA_LAYOUTS, ex_country, family)
            parts.append(("diploma", lay_out("diploma", lambda: DIPLOMA_LAYOUTS[name][0](ex_st, person, rng)), None))
        if extra.include_transcript:
            name = choose_layout(rng, TRANSCRIPT_LAYOUTS, ex_country, family)
            parts.append(("transcript", lay_out("transcript", lambda: TRANSCRIPT_LAYOUTS[name][0](ex_st, person, rng)), None))
    if cand.include_letters:
        for job in cand.jobs:
            name = choose_layout(rng, LETTER_LAYOUTS, job.employer.country, family)
            parts.append(("letter", lay_out("letter", lambda: LETTER_LAYOUTS[name][0](job, person, rng, cand.as_of)), job))

    files = []
    used = set()

    def fname(base, ext):
        n, i = f"{base}.{ext}", 2
        while n in used:
            n, i = f"{base}_{i}.{ext}", i + 1
        used.add(n)
        return n

    pdf_modes = [m for m in ("text", "scan") if m in modes]
    if len(parts) >= 2 and pdf_modes and rng.random() < 0.22:
        bparts = [(lr, job) for _, lr, job in parts]
        if rng.random() < 0.5:
            desc = "transcript of records, diploma and employment certificates"
            bparts.insert(0, (cover_note(person, desc, rng, cand.as_of - dt.timedelta(days=5)), None))
        mode = rng.choice(pdf_modes)
        f = DocFile(fname(rng.choice(["application_documents", "documents_" + _slug(person.surname),
                                      "scan_bundle"]), "pdf"),
                    "text_pdf" if mode == "text" else "scan_pdf", bparts)
        files.append(f)
    else:
        for kind, lr, job in parts:
            weights = [("text", 5), ("scan", 3), ("image", 2)]
            opts = [m for m, w in weights for _ in range(w) if m in modes]
            mode = rng.choice(opts)
            if kind == "diploma":
                base = rng.choice(["diploma", "degree_certificate", "Diploma_scan"])
            elif kind == "transcript":
                base = rng.choice(["transcript", "TOR_" + _slug(person.surname), "academic_record",
                                   "scan0001"])
            else:
                base = rng.choice(["letter", "COE_" + _slug(job.employer.name),
                                   "employment_" + _slug(job.employer.name.split()[0])])
            n_pages = len(lr.pages)
            if mode == "text":
                files.append(DocFile(fname(base, "pdf"), "text_pdf", [(lr, job)]))
            elif mode == "scan":
                files.append(DocFile(fname(base, "pdf"), "scan_pdf", [(lr, job)]))
            else:
                if n_pages == 1:
                    fmt = rng.choice(["jpeg", "jpeg", "png"])
                    files.append(DocFile(fname(base, "jpg" if fmt == "jpeg" else "png"), fmt, [(lr, job)]))
                elif rng.random() < 0.6:
                    files.append(DocFile(fname(base, "tif"), "tiff", [(lr, job)]))
                else:
                    for i in range(n_pages):
                        files.append(DocFile(fname(f"{base}_p{i + 1}", "jpg"), "jpeg", [(lr, job)],
                                             page_subset=[i]))
    # scan settings
    for f in files:
        if f.rendering == "text_pdf":
            continue
        n = len(f.page_subset) if f.page_subset else sum(len(lr.pages) for lr, _ in f.parts)
        kinds = []
        for lr, _ in f.parts:
            kinds += [lr.doc_type] * len(lr.pages)
        if f.page_subset:
            kinds = [kinds[i] for i in f.page_subset]
        f.dpi = {"scan_pdf": rng.choice([200, 200, 250, 300]), "png": 200,
                 "jpeg": rng.choice([200, 250, 300]), "tiff": rng.choice([200, 300])}[f.rendering]
        f.jpeg_quality = rng.randint(60, 90) if f.rendering in ("scan_pdf", "jpeg") else None
        if f.rendering == "tiff":
            f.tiff_compression = rng.choice(["group4", "tiff_lzw"])
        rot_page = rng.randrange(n) if rng.random() < 0.25 else None
        bg = rng.random() < 0.35 and f.rendering in ("scan_pdf", "jpeg")
        tint = rng.choice(TINTS) if (f.rendering == "jpeg" and rng.random() < 0.5) else None
        for i in range(n):
            rot = rng.choice([90, 90, 270, 180]) if i == rot_page else 0
            use_bg = "guilloche" if (bg and kinds[i] in ("diploma", "transcript")) else None
            f.page_params.append(scan.scan_params(rng, rot, use_bg, 1.0, tint))
    return files


def render_file(f, out_dir, tmp_dir):
    pages = [pg for lr, _ in f.parts for pg in lr.pages]
    if f.page_subset:
        pages = [pages[i] for i in f.page_subset]
    path = os.path.join(out_dir, f.file)
    if f.rendering == "text_pdf":
        render.render_pdf(pages, path, title=os.path.splitext(f.file)[0])
        return pages
    clean = os.path.join(tmp_dir, "clean_" + os.path.splitext(f.file)[0] + ".pdf")
    render.render_pdf(pages, clean)
    arrays = scan.rasterize(clean, f.dpi)
    imgs = [scan.degrade(a, f.dpi, prm) for a, prm in zip(arrays, f.page_params)]
    if f.rendering == "scan_pdf":
        scan.save_pdf([im.convert("L") for im in imgs], path, f.dpi, f.jpeg_quality)
    elif f.rendering == "jpeg":
        scan.save_image(imgs, path, f.dpi, "jpeg", f.jpeg_quality)
    elif f.rendering == "png":
        scan.save_image(imgs, path, f.dpi, "png")
    elif f.rendering == "tiff":
        scan.save_image(imgs, path, f.dpi, "tiff", tiff_compression=f.tiff_compression)
    return pages


def doc_entry(f, pages):
    segs, start = [], 1
    all_counts = [(lr, len(lr.pages)) for lr, _ in f.parts]
    if f.page_subset:
        lr = f.parts[0][0]
        segs.append({"pages": [1], "type": lr.doc_type, "layout": lr.layout, "family": lr.family,
                     "part_of_pages": [i + 1 for i in f.page_subset],
                     "part_total_pages": len(lr.pages)})
    else:
        for lr, n in all_counts:
            segs.append({"pages": list(range(start, start + n)), "type": lr.doc_type,
                         "layout": lr.layout, "family": lr.family})
            start += n
    fams = {s["family"] for s in segs if s["type"] != "other"} or {s["family"] for s in segs}
    names = []
    for lr, _ in f.parts:
        for n in lr.name_printed:
            if n not in names:
                names.append(n)
    d = {"file": f.file, "rendering": f.rendering,
         "layout": segs[0]["layout"] if len(segs) == 1 else "bundle",
         "family": fams.pop() if len(fams) == 1 else "mixed",
         "pages": len(pages), "segments": segs,
         "rotated_pages": [i + 1 for i, prm in enumerate(f.page_params) if prm["rotation"]],
         "names_printed": names,
         "page_text": [pg.lines for pg in pages]}
    if f.rendering != "text_pdf":
        d["scan"] = {"dpi": f.dpi, "jpeg_quality": f.jpeg_quality,
                     "tiff_compression": f.tiff_compression,
                     "pages": [{k: prm[k] for k in ("skew_deg", "rotation", "noise_sigma",
                                                    "blur_radius", "background")}
                               | {"tinted": bool(prm["color"])} for prm in f.page_params]}
    return d


def candidate_country(rng, profile, countries):
    """The profile's own countries, or (--countries) one of those named that can have it."""
    if not countries:
        return rng.choice(P.PROFILES[profile])
    from .countries import PACK_PROFILES, PACKS
    opts = [c for c in countries
            if c in P.PROFILES[profile] or (c in PACKS and profile in PACK_PROFILES)]
    if not opts:
        raise ValueError(f"profile {profile} cannot be made for countries {list(countries)}")
    return rng.choice(opts)


def make_candidate(task):
    seed, index, family, modes, as_of_s, out, profiles, countries = task
    blind.load()           # in each worker process: the blind rounds' countries and layouts
    t0 = time.time()
    rng = random.Random(f"credgen:{seed}:{index}")
    as_of = D.parse_iso(as_of_s)
    profile = profiles[index % len(profiles)]
    country = candidate_country(rng, profile, countries)
    cid = f"{country.lower()}-{index + 1:04d}"
    cand = P.build(rng, profile, country, as_of, cid)
    files = plan(rng, cand, family, modes)
    pdir = os.path.join(out, "packets", cid)
    os.makedirs(pdir, exist_ok=True)
    docs = []
    idx = {"transcript": None, "diploma": None, "letters": []}
    with tempfile.TemporaryDirectory() as td:
        for f in files:
            pages = render_file(f, pdir, td)
            docs.append(doc_entry(f, pages))
            # where each part landed (for the truth)
            start = 1
            for lr, job in f.parts:
                n = len(lr.pages)
                pg = list(range(start, start + n)) if not f.page_subset else [1]
                start += n
                if lr.doc_type == "transcript" and idx["transcript"] is None:
                    idx["transcript"] = lr
                elif lr.doc_type == "diploma":
                    idx["diploma"] = lr
                elif lr.doc_type == "employment_letter":
                    idx["letters"].append((lr, job, f.file, pg))
    truth = candidate_truth(cand, docs, idx)
    truth["generator"] = {"seed": seed, "index": index, "family": family, "modes": list(modes)}
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    with open(os.path.join(out, "truth", cid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return {"id": cid, "profile": profile, "country": country,
            "files": [d["file"] for d in docs],
            "renderings": sorted({d["rendering"] for d in docs}),
            "layouts": sorted({s["layout"] for d in docs for s in d["segments"]}),
            "seconds": round(time.time() - t0, 2)}


def run(out, seed=1, count=20, family="all", modes=("text", "scan", "image"),
        as_of="2026-11-01", jobs=None, start=0, profiles=None, countries=None):
    """Generate `count` candidates; profiles cycle through `profiles` (default: all, in
    PROFILE_ORDER), so candidate i gets profiles[i % len(profiles)]."""
    blind.load()
    if countries:
        from .countries import PACK_PROFILES, PACKS
        known = set(P.PROFILES["missing_documents"]) | set(PACKS)
        unknown = [c for c in countries if c not in known]
        if unknown:
            raise ValueError(f"unknown countries {unknown}; known: {sorted(known)}")
        if not profiles:
            profiles = [p for p in P.PROFILE_ORDER if p in PACK_PROFILES]
    profiles = tuple(profiles or P.PROFILE_ORDER)
    unknown = [p for p in profiles if p not in P.PROFILES]
    if unknown:
        raise ValueError(f"unknown profiles {unknown}; known: {P.PROFILE_ORDER}")
    os.makedirs(out, exist_ok=True)
    tasks = [(seed, i, family, tuple(modes), as_of, out, profiles, tuple(countries or ()))
             for i in range(start, start + count)]
    jobs = jobs or os.cpu_count() or 1
    t0 = time.time()
    if jobs == 1 or count == 1:
        rows = [make_candidate(t) for t in tasks]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as ex:
            rows = list(ex.map(make_candidate, tasks))
    index = {"generator": "credgen/1", "synthetic": True, "seed": seed, "count": count,
             "start": start, "family": family, "modes": list(modes), "as_of": as_of,
             "profiles": list(profiles),
             "candidates": [{k: r[k] for k in ("id", "profile", "country", "files", "renderings",
                                                "layouts")} | {"truth": f"truth/{r['id']}.json",
                                                               "packet": f"packets/{r['id']}"}
                            for r in rows]}
    if countries:
        index["countries"] = list(countries)
    with open(os.path.join(out, "index.json"), "w", encoding="utf-8") as fh:
        json.dump(index, fh, indent=1)
        fh.write("\n")
    return index, time.time() - t0
