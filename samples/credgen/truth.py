"""Ground truth per candidate, shaped like the dossier contract (credcheck.dossier/1).

Keys mirror dossier.json so a test can compare field by field: candidate, documents
(+ page_text for OCR error rates), degree, coursework, experience. The truth describes what
the candidate's documents show: with no transcript there is no coursework and clinical
training is unknown (null); with no letter there is no experience entry.

Extra keys (not in the dossier) help tests: per-course `category_ambiguous`, per-letter
`departments_printed` / `hours_stated`, per-document scan settings, and an `expected` block:
flags that must be raised (`flags_required`), flags that may reasonably be raised
(`flags_optional`), and FTE months computed per criteria.md (40 h basis as in the dossier,
35 h basis for ASCPi), end dates inclusive, concurrent jobs capped at 1.0 FTE per day.
"""

import datetime as dt

from . import courses as C
from . import dates as D
from .names import COUNTRY_NAMES, name_form, strip_accents

HONORIFICS = ("Ms. ", "Mr. ", "Mrs. ", "Miss ")


def strip_honorific(s):
    for h in HONORIFICS:
        if s.startswith(h):
            return s[len(h):]
    return s


def fte_months(jobs, as_of, basis, window_years=None):
    """criteria.md: days worked (inclusive) x FTE / 30.4375, capped at 1.0 FTE per day."""
    if not jobs:
        return 0.0
    lo = D.add_years(as_of, -window_years) if window_years else None
    per_day = {}
    for j in jobs:
        s = D.parse_iso(j["start"])
        e = D.parse_iso(j["end"]) if j["end"] else as_of
        e = min(e, as_of)
        if lo:
            s = max(s, lo)
        d = s
        f = j["hours_per_week"] / float(basis)
        while d <= e:
            per_day[d] = per_day.get(d, 0.0) + f
            d += dt.timedelta(days=1)
    return round(sum(min(1.0, v) for v in per_day.values()) / 30.4375, 2)


def experience_summary(exp, as_of, basis):
    return {"basis_hours_per_week": basis,
            "fte_months_total": fte_months(exp, as_of, basis),
            "fte_months_within_5y": fte_months(exp, as_of, basis, 5),
            "fte_months_within_10y": fte_months(exp, as_of, basis, 10)}


LEVEL_RANK = {"doctorate": 5, "master": 4, "bachelor": 3, "associate": 2, "diploma": 1}


def degree_truth(cand, have_transcript, have_diploma):
    return credential_truth(cand.studies, have_transcript, have_diploma)


def degrees_truth(cand, have_transcript, have_diploma):
    """Every credential the documents show, highest first (the first is `degree`)."""
    out = [credential_truth(cand.studies, have_transcript, have_diploma)]
    for extra in cand.extra_credentials:
        out.append(credential_truth(extra.studies, extra.include_transcript, extra.include_diploma))
    out = [d for d in out if d is not None]
    return sorted(out, key=lambda d: -LEVEL_RANK.get(d["level"], 0))


def credential_truth(st, have_transcript, have_diploma):
    cur, inst = st.curriculum, st.institution
    if not (have_transcript or have_diploma):
        return None
    return {"level": cur.level, "years": cur.years, "title": cur.title, "field": cur.field,
            "institution": inst.name, "country": inst.country,
            "conferred": D.iso(st.conferred),
            "clinical_training": (cur.clinical_training if have_transcript else None),
            "clinical_training_areas": (st.clinical_areas if have_transcript else [])}


def coursework_truth(transcript_part):
    if transcript_part is None:
        return {"credit_system": None, "courses": [], "totals_semester_hours": None, "prints_totals": False}
    system = transcript_part.credit_system
    courses = transcript_part.courses
    out = {"credit_system": system, "courses": courses,
           "totals_semester_hours": C.totals(courses, system),
           "prints_totals": bool(transcript_part.info.get("prints_totals"))}
    if transcript_part.info.get("pass_mark") is not None:  # the pass mark the transcript prints
        out["pass_mark"] = transcript_part.info["pass_mark"]
    return out


def experience_truth(letter_parts):
    out = []
    for lr, job, file, pages in letter_parts:
        from .layouts_letter import hours_facts
        # A letter may state consecutive periods of one job with different hours (round 10's
        # "part-time ... from ... to ..., and full-time since ..."): info["phases"] lists them as
        # (start, end, (hours, full_time, part_time)), one experience entry each.
        for start, end, (hs, ft, pt) in lr.info.get("phases") or \
                [(job.start, job.end, lr.info.get("hours_facts") or hours_facts(job))]:
            out.append({
                "employer": job.employer.name, "position": job.position,
                "start": D.iso(start), "end": D.iso(end),
                "hours_per_week": hs if hs is not None else 40,
                "hours_stated": hs, "full_time_stated": ft, "part_time_stated": pt,
                "departments": list(dict.fromkeys(job.areas)),
                "departments_printed": list(job.departments),
                "country": job.employer.country,
                "name_printed": lr.name_printed[0],
                "file": file, "pages": pages, "layout": lr.layout, "family": lr.family,
                "date_style": lr.info.get("date_style")})
    return out


def expected_block(cand, degree, have, exp):
    req, opt = [], ["low_confidence", "unreadable_document"]
    A = cand.as_of
    if not have["diploma"]:
        req.append("missing_diploma")
    if not have["transcript"]:
        req.append("missing_transcript")
    if not have["letter"]:
        (req if cand.withheld_jobs else opt).append("missing_experience_letter")
    # names: a different surname anywhere is a mismatch (criteria.md)
    if any(j.surname_override for j in cand.jobs) and have["letter"]:
        req.append("name_mismatch")
    # overlapping letters
    spans = [(D.parse_iso(e["start"]), D.parse_iso(e["end"]) if e["end"] else A) for e in exp]
    if any(a[0] <= b[1] and b[0] <= a[1] for i, a in enumerate(spans) for b in spans[i + 1:]):
        req.append("overlapping_employment")
    lo5 = D.add_years(A, -5)
    if any(s < lo5 for s, _ in spans):
        req.append("experience_outside_window")
    if any(not e["departments"] for e in exp):
        req.append("departments_not_stated")
    if degree:
        if degree["field"] in ("nursing", "pharmacy", "other"):
            req.append("non_qualifying_degree")
        if degree["level"] in ("diploma", "associate"):
            req.append("not_bachelor_level")
        elif degree["level"] == "bachelor" and degree["years"] < 4:
            opt.append("not_bachelor_level")
    return {"flags_required": req, "flags_optional": opt,
            "experience_summary": experience_summary(exp, A, 40),
            "experience_summary_35h": experience_summary(exp, A, 35)}


def name_as_documents_show(p, docs):
    """The fullest natural-order name the documents print: a middle name that no document spells
    out (only "Jerome D. Santos" anywhere) cannot be known, so the truth is the initial form."""
    natural = name_form(p, "natural")
    if not p.middle:
        return natural
    words = set()
    for d in docs:
        for n in d.get("names_printed", []):
            words.update(w.strip(".,").upper() for w in n.split())
    folded = {strip_accents(w) for w in words}
    if all(strip_accents(m).upper() in folded for m in p.middle.split()):
        return natural
    return name_form(p, "natural_initial")


def candidate_truth(cand, docs, parts_index):
    """docs: list of document dicts (already built by packets.py);
    parts_index: {"transcript": LayoutResult|None, "diploma": ..., "letters": [(lr, job, file, pages)]}"""
    p = cand.person
    natural = name_as_documents_show(p, docs)
    variants = []
    for d in docs:
        for n in d.get("names_printed", []):
            n2 = strip_honorific(n)
            if n2 != natural and n2 not in variants:
                variants.append(n2)
    have = {"transcript": parts_index["transcript"] is not None,
            "diploma": parts_index["diploma"] is not None,
            "letter": bool(parts_index["letters"])}
    degree = degree_truth(cand, have["transcript"], have["diploma"])
    exp = experience_truth(parts_index["letters"])
    t = {
        "id": cand.id, "profile": cand.profile, "traits": cand.traits,
        "as_of": D.iso(cand.as_of),
        "synthetic": True,
        "candidate": {"name": natural, "name_variants": variants,
                      "name_ascii": strip_accents(natural),
                      "married_surname": p.married_surname or None,
                      "country": cand.country, "country_name": COUNTRY_NAMES[cand.country]},
        "documents": docs,
        "degree": degree,
        "degrees": degrees_truth(cand, have["transcript"], have["diploma"]) if degree else [],
        "coursework": coursework_truth(parts_index["transcript"]),
        "experience": exp,
    }
    t["expected"] = expected_block(cand, degree, have, exp)
    return t
