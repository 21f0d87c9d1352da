#!/usr/bin/python3
"""Score credcheck's dossiers against the generator's truth, area by area and design by design.

    /usr/bin/python3 tools/score_packets.py PACKETS_DIR OUT_DIR [--by-layout] [--misses N] [--json FILE]

PACKETS_DIR is a folder written by `samples/generate.py packets` (truth/<id>.json); OUT_DIR the
`credcheck run` output over PACKETS_DIR/packets. This is the figure the blind protocol records
(samples/README.md, "Blind rounds"): it reads only the product's output, never its internals.

Areas (each a right/total tally; a missed or spurious item counts as wrong):
  rows          course rows found and right: a truth course matched by a dossier row whose code,
                title and credits are right (semester hours too when the truth has them); a
                title printed in two languages (the truth's `title` and `title_en`) is right
                in either: the truths of bilingual title cells take one language or the other
                (round 14 LT the original line, rounds 8 and 10 the English one);
                denominator = truth courses + spurious dossier rows
  courses.*     the same matching, field by field (code, title, term, credits, semester_hours,
                grade, category where the truth's category is not ambiguous)
  totals        transcripts whose every per-category semester-hour total is within 1 SH (the
                sum only, where a course's category is one criteria.md does not settle)
  classification  each document's segments (pages and type) exactly as the truth's
  degree        level, title, field, institution, country, conferred
  experience    employer, position, start, end, hours_per_week, departments of each letter's job
  identity      the candidate's name
  flags         candidates whose flags include every required one and nothing outside the
                required and optional ones
Decisions need the validators run on the true facts: see tests/e2e/accuracy_test.cpp
(CC_ACCURACY_PACKETS=DIR prints them for any generated folder).
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

CATEGORIES = ["biology", "chemistry", "mathematics", "mls_professional", "other"]


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", str(s))
    return re.sub(r"\s+", " ", s).strip().lower()


def code_key(s):
    return re.sub(r"[^0-9A-Za-z]", "", s or "").upper()


def same(got, want):
    if want is None:
        return got is None
    if got is None:
        return False
    if isinstance(want, bool) or isinstance(got, bool):
        return got == want
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) < 0.011
    if isinstance(want, str) and isinstance(got, str):
        return norm(got) == norm(want)
    if isinstance(want, list) and isinstance(got, list):
        return sorted(json.dumps(x, sort_keys=True) for x in got) == \
            sorted(json.dumps(x, sort_keys=True) for x in want)
    return got == want


class Tally:
    def __init__(self):
        self.right = 0
        self.total = 0
        self.misses = []

    def add(self, ok, what):
        self.total += 1
        self.right += bool(ok)
        if not ok:
            self.misses.append(what)

    def rate(self):
        return self.right / self.total if self.total else None


def same_title(got, want):
    """The dossier's title is the truth's, in the original language or, where the truth records
    the English name beside it (`title_en`), in English."""
    return same(got.get("title"), want.get("title")) or \
        (want.get("title_en") is not None and same(got.get("title"), want.get("title_en")))


def match_courses(want_courses, got_courses):
    """Truth course -> dossier course index (by code, else by title), and unused dossier rows."""
    used = [False] * len(got_courses)
    pairs = []
    for w in want_courses:
        hit = None
        wk = code_key(w.get("code"))
        if wk:
            hit = next((i for i, g in enumerate(got_courses)
                        if not used[i] and code_key(g.get("code")) == wk), None)
        if hit is None:
            hit = next((i for i, g in enumerate(got_courses)
                        if not used[i] and same_title(g, w)), None)
        if hit is not None:
            used[hit] = True
        pairs.append((w, got_courses[hit] if hit is not None else None))
    spurious = [g for i, g in enumerate(got_courses) if not used[i]]
    return pairs, spurious


def score_coursework(cid, truth, dossier, t):
    tc = truth.get("coursework")
    if not isinstance(tc, dict) or not tc.get("courses"):
        return
    gc = dossier.get("coursework") if isinstance(dossier.get("coursework"), dict) else {}
    got = gc.get("courses") or []
    pairs, spurious = match_courses(tc["courses"], got)
    for w, g in pairs:
        g = g or {}
        what = f"{cid} {w.get('code')} {w.get('title')}"
        ok = all(same(g.get(k), w.get(k)) for k in ("code", "credits")) and same_title(g, w) and \
            (w.get("semester_hours") is None or same(g.get("semester_hours"), w.get("semester_hours")))
        t["rows"].add(ok and bool(g), what + (" (missed)" if not g else
                                               f" got {g.get('code')!r} {g.get('title')!r} {g.get('credits')!r}"))
        for k in ("code", "title", "term", "credits", "semester_hours", "grade"):
            right = same_title(g, w) if k == "title" else same(g.get(k), w.get(k))
            t["courses." + k].add(bool(g) and right,
                                  f"{what}.{k}: got {g.get(k)!r} want {w.get(k)!r}")
        if not w.get("category_ambiguous"):
            t["courses.category"].add(bool(g) and same(g.get("category"), w.get("category")),
                                      f"{what}.category: got {g.get('category')!r} want {w.get('category')!r}")
    for g in spurious:
        t["rows"].add(False, f"{cid} spurious {g.get('code')!r} {g.get('title')!r}")
    t["credit_system"].add(same(gc.get("credit_system"), tc.get("credit_system")),
                           f"{cid} credit_system got {gc.get('credit_system')!r} want {tc.get('credit_system')!r}")
    want_totals = tc.get("totals_semester_hours") or {}
    got_totals = gc.get("totals_semester_hours") or {}
    if want_totals and all(v is not None for v in want_totals.values()):
        if any(c.get("category_ambiguous") for c in tc["courses"]):
            # criteria.md does not settle some course's category: the sum must still be right
            got_sum = sum(v for v in got_totals.values() if v is not None)
            ok = bool(got_totals) and abs(got_sum - sum(want_totals.values())) <= 1.0
        else:
            ok = all(got_totals.get(c) is not None and abs(got_totals[c] - want_totals.get(c, 0)) <= 1.0
                     for c in CATEGORIES if c in want_totals)
        t["totals"].add(ok, f"{cid} totals got {got_totals} want {want_totals}")


def score_candidate(cid, truth, dossier, t):
    t["identity"].add(same(dossier.get("candidate", {}).get("name"), truth["candidate"]["name"]),
                      f"{cid} name got {dossier.get('candidate', {}).get('name')!r} want {truth['candidate']['name']!r}")
    docs = {d.get("file"): d for d in dossier.get("documents", [])}
    for td in truth.get("documents", []):
        want = [[s["pages"], s["type"]] for s in td.get("segments", [])]
        got = [[s.get("pages"), s.get("type")] for s in docs.get(td["file"], {}).get("segments", [])]
        t["classification"].add(got == want, f"{cid} {td['file']} segments {got} want {want}")
    if isinstance(truth.get("degree"), dict):
        g = dossier.get("degree") if isinstance(dossier.get("degree"), dict) else {}
        for k in ("level", "title", "field", "institution", "country", "conferred"):
            t["degree"].add(same(g.get(k), truth["degree"].get(k)),
                            f"{cid} degree.{k} got {g.get(k)!r} want {truth['degree'].get(k)!r}")
    score_coursework(cid, truth, dossier, t)
    jobs = dossier.get("experience") or []
    for w in truth.get("experience", []):
        same_file = [j for j in jobs if j.get("file") == w.get("file")]
        g = next((j for j in same_file if j.get("start") == w.get("start")), None) or \
            (same_file[-1] if same_file else {})
        for k in ("employer", "position", "start", "end", "hours_per_week", "departments"):
            t["experience"].add(same(g.get(k), w.get(k)),
                                f"{cid} job in {w.get('file')}.{k} got {g.get(k)!r} want {w.get(k)!r}")
    exp = truth.get("expected", {})
    required = set(exp.get("flags_required", []))
    allowed = required | set(exp.get("flags_optional", []))
    raised = {f.get("code") for f in dossier.get("flags", [])}
    ok = required <= raised and raised <= allowed
    t["flags"].add(ok, f"{cid} flags raised {sorted(raised)} required {sorted(required)} allowed {sorted(allowed)}")


def layouts_of(truth, doc_type):
    return sorted({s.get("layout") for d in truth.get("documents", []) for s in d.get("segments", [])
                   if s.get("type") == doc_type and s.get("layout")})


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("packets")
    ap.add_argument("out")
    ap.add_argument("--by-layout", action="store_true", help="also a table per transcript layout")
    ap.add_argument("--misses", type=int, default=0, help="print up to N misses per area")
    ap.add_argument("--json", default=None, help="write the figures as JSON here")
    a = ap.parse_args()

    overall = defaultdict(Tally)
    per_layout = defaultdict(lambda: defaultdict(Tally))
    missing = []
    truth_dir = os.path.join(a.packets, "truth")
    for name in sorted(os.listdir(truth_dir)):
        truth = json.load(open(os.path.join(truth_dir, name), encoding="utf-8"))
        cid = truth["id"]
        path = os.path.join(a.out, cid, "dossier.json")
        dossier = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
        if not dossier:
            missing.append(cid)
        score_candidate(cid, truth, dossier, overall)
        if a.by_layout:
            for lay in layouts_of(truth, "transcript") or ["(no transcript)"]:
                score_coursework(cid, truth, dossier, per_layout[lay])

    def line(name, t):
        r = t.rate()
        return f"  {name:<22} {t.right:>5}/{t.total:<5} {'-' if r is None else f'{r:.3f}'}"

    print(f"{a.packets}: {len(os.listdir(truth_dir))} candidates, {len(missing)} without a dossier")
    for k in sorted(overall):
        print(line(k, overall[k]))
        for m in overall[k].misses[:a.misses]:
            print("      miss", m)
    if a.by_layout:
        print("per transcript layout (rows / totals / credit_system):")
        for lay in sorted(per_layout):
            t = per_layout[lay]
            print(f"  {lay:<28} rows {t['rows'].right}/{t['rows'].total}"
                  f"  totals {t['totals'].right}/{t['totals'].total}"
                  f"  system {t['credit_system'].right}/{t['credit_system'].total}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump({"overall": {k: [v.right, v.total] for k, v in overall.items()},
                       "layouts": {lay: {k: [v.right, v.total] for k, v in t.items()}
                                   for lay, t in per_layout.items()},
                       "missing": missing}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
