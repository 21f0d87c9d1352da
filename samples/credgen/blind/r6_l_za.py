"""Writer L, round 6: South Africa (variant; the round-2 ZA pack and schools). A distance-learning
university's "ACADEMIC RECORD" (UNISA-like), printed by the student system in a monospace face:
"Open Distance Learning" under the university's name, student number, "Surname / Initials /
Full names" fields, then ONE chronological list of modules `Year | Module | Description | NQF
Level | Credits | Result | Symbol` with no term headings (the Year column carries the year of
registration): Result a percentage, Symbol "Distinction" (75 and over), "Pass" (50-74), "Fail"
(under 50; the module is registered again the next year and listed again) or "Exempted"
(recognised prior learning: no mark, credits granted). Modules are the school's own 12- and
24-credit modules (NQF level 5 in the first year .. 8 in the fourth), not the round-2 pack's
semester modules: the pack's curriculum only decides the degree, the areas of clinical training
and the candidate's level of marks. At the end "Total credits: 480", "Qualification: Bachelor of
Health Sciences in Medical Laboratory Science - Completed 2019-12-10" and "Conferred at a
graduation ceremony on 2020-04-10", an explanation of symbols, the Registrar's facsimile
signature and "Page 1 of 2". All dates ISO.

Credits: SAQA credits, 1 credit = 10 notional hours, 120 a year: the same measure as UK CATS
credits, so credit system `uk` (criteria.md: x 1/4; 480 credits = 120 SH; a 12-credit module =
3 SH, a 24-credit module = 6 SH), as round 2 recorded this pack. A failed attempt earned no
credit: its Credits column prints 0 (truth credits 0)."""

import datetime as dt

from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Flow, Page, wrap
from . import r2_d_za as ZAPACK
from .r6_l_common import FAMILY, course_truth, fake_result, k

MODULES = {"za_bhsc_mls": """
## 1 Y
CHE1501 | General Chemistry I | 12 | C
CHE1502 | General Chemistry II | 12 | C
BLG1501 | Molecular and Cell Biology | 12 | B
BLG1502 | Diversity of Life | 12 | B
MAT1503 | Mathematics for Life Sciences | 12 | M
PHY1505 | Physics for Life Sciences | 12 | O
HSY1501 | Human Anatomy | 12 | B
HSY1502 | Human Physiology | 12 | B
ENG1516 | English for Academic Purposes | 12 | O
MLS1501 | Introduction to Medical Laboratory Science | 12 | ?O
## 2 Y
BCH2601 | Biochemistry: Biomolecules | 12 | C
BCH2602 | Biochemistry: Metabolism | 12 | C
MIC2601 | General Microbiology | 12 | B
MLS2601 | Haematology I | 24 | P
MLS2602 | Clinical Chemistry I | 24 | P
MLS2603 | Immunology | 12 | B
MLS2604 | Histotechnology | 12 | ?P
STA2610 | Biostatistics | 12 | M
## 3 Y
MLS3701 | Clinical Chemistry II | 24 | P
MLS3702 | Haematology II | 24 | P
MLS3703 | Medical Microbiology | 24 | P
MLS3704 | Immunohaematology and Blood Banking | 24 | P
MLS3705 | Cytology and Histopathology | 12 | P
MLS3706 | Medical Parasitology | 12 | P
## 4 Y
MLS4801 | Work-Integrated Learning: Clinical Chemistry and Haematology | 24 | P | chemistry,hematology
MLS4802 | Work-Integrated Learning: Microbiology and Blood Transfusion | 24 | ?P | microbiology,blood_bank
MLS4803 | Laboratory Management and Quality Assurance | 12 | P
MLS4804 | Molecular Diagnostics | 12 | ?B
MLS4805 | Research Methodology | 12 | O
MLS4806 | Research Project | 24 | O
MLS4807 | Professional Ethics and Medical Law | 12 | O
""", "za_bsc_micro": """
## 1 Y
CHE1501 | General Chemistry I | 12 | C
CHE1502 | General Chemistry II | 12 | C
BLG1501 | Molecular and Cell Biology | 12 | B
BLG1502 | Diversity of Life | 12 | B
MAT1503 | Mathematics for Life Sciences | 12 | M
STA1501 | Statistics I | 12 | M
PHY1505 | Physics for Life Sciences | 12 | O
ENG1516 | English for Academic Purposes | 12 | O
BCH1501 | Introductory Biochemistry | 12 | C
MIC1501 | Introductory Microbiology | 12 | B
## 2 Y
BCH2601 | Biochemistry: Biomolecules | 12 | C
BCH2602 | Biochemistry: Metabolism | 12 | C
MIC2601 | General Microbiology | 12 | B
MIC2602 | Microbial Physiology | 12 | B
GEN2601 | Genetics | 24 | B
CHE2601 | Organic Chemistry | 24 | C
CHE2602 | Analytical Chemistry | 24 | C
## 3 Y
BCH3701 | Metabolic Regulation | 24 | ?C
BCH3702 | Molecular Biology | 24 | B
MIC3701 | Medical and Applied Microbiology | 24 | ?B
MIC3702 | Immunology | 24 | B
MIC3703 | Virology | 24 | ?B
""", "za_bnurs": """
## 1 Y
NUR1501 | Fundamentals of Nursing | 24 | O
ANP1501 | Anatomy and Physiology I | 12 | B
ANP1502 | Anatomy and Physiology II | 12 | B
SOC1501 | Sociology for Health Care | 12 | O
PSY1501 | Psychology for Health Care | 12 | O
NUR1502 | Nursing Practice I | 24 | O
ENG1516 | English for Academic Purposes | 12 | O
PHA1501 | Pharmacology I | 12 | O
## 2 Y
NUR2601 | General Nursing Science I | 24 | O
NUR2602 | General Nursing Science II | 24 | O
NUR2603 | Nursing Practice II | 24 | O
PHA2601 | Pharmacology II | 12 | O
MIC2605 | Microbiology for Nurses | 12 | ?B
NUR2604 | Nursing Ethics and Professional Practice | 24 | O
## 3 Y
NUR3701 | Community Health Nursing | 24 | O
NUR3702 | Psychiatric Nursing | 24 | O
NUR3703 | Midwifery I | 24 | O
NUR3704 | Nursing Practice III | 24 | O
NUR3705 | Research Methods | 24 | O
## 4 Y
NUR4801 | Midwifery II | 24 | O
NUR4802 | Nursing Management | 24 | O
NUR4803 | Nursing Practice IV | 24 | O
NUR4804 | Research Project | 24 | O
NUR4805 | Advanced Clinical Nursing | 24 | O
"""}
CATALOGUE = {cid: C._parse(t) for cid, t in MODULES.items()}
EXEMPTABLE = ("ENG1516", "PHY1505", "MAT1503", "SOC1501", "PSY1501")


def za_rows(s):
    """[(year, result, nqf, credits_printed, result_printed, symbol)] in chronological order."""
    scores = [r.score for t in s.terms for r in t.results]
    mean = sum(scores) / len(scores)
    first = s.terms[0].start_year
    last_year = max(ts.year for ts in CATALOGUE[s.curriculum.id])
    exempt = set()
    if k(s, "rpl") % 3 == 0:
        exempt = {EXEMPTABLE[k(s, "rpl1") % 2], EXEMPTABLE[2 + k(s, "rpl2") % 3]}
    early = [c.code for ts in CATALOGUE[s.curriculum.id] if ts.year < last_year for c in ts.courses
             if c.code not in exempt]
    forced = early[k(s, "zafail1") % len(early)] if k(s, "zafail") % 2 == 0 else None
    out, carry = [], []
    for ts in CATALOGUE[s.curriculum.id]:
        year = first + ts.year - 1
        nqf = str(4 + ts.year)
        rows = []
        for r, n in carry:
            sc = 50 + k(s, "re" + r.code) % 24
            rows.append((year, r, n, str(int(r.spec.credits)), str(sc), "Distinction" if sc >= 75 else "Pass"))
        carry = []
        for spec in ts.courses:
            r = fake_result(None, spec.code, spec.title, spec.credits, spec.category, spec.areas, spec.ambiguous)
            if spec.code in exempt:
                rows.append((year, r, nqf, str(int(spec.credits)), "", "Exempted"))
                continue
            sc = int(max(40, min(93, mean + (k(s, spec.code) % 27) - 13)))
            if spec.code == forced:
                sc = 38 + k(s, "zafail2") % 12
            if ts.year == last_year:
                sc = max(sc, 50)
            if sc < 50:
                rows.append((year, r, nqf, "0", str(sc), "Fail"))
                carry.append((r, nqf))
            else:
                rows.append((year, r, nqf, str(int(spec.credits)), str(sc), "Distinction" if sc >= 75 else "Pass"))
        out += rows
    return out


def za_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    M, MB = "Courier", "Courier-Bold"
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 40, W - 40
    fs = 7.8
    initials = " ".join(x[0] + "." for x in (person.given + " " + person.middle).split())
    full = " ".join(x for x in (person.given, person.middle) if x)
    xs = {"yr": L + 2, "mod": L + 34, "desc": L + 84, "nqf": R - 162, "cr": R - 126, "res": R - 90, "sym": R - 62}
    rows = za_rows(s)
    completed = dt.date(s.conferred.year - 1, 12, 3 + k(s, "done") % 12)
    name = f"{person.surname.upper()}, {full.upper()}"

    def new_page(n):
        p = Page(A4)
        p.logo(L + 18, 44, 16, 0, 0.35)
        y = 38
        p.pieces(y, [(L + 44, inst.name.upper(), "left"), (R, "ACADEMIC RECORD", "right", FB, 12)], FB, 13); y += 12
        p.pieces(y, [(L + 44, "Open Distance Learning - Student Administration and Registration", "left"),
                     (R, f"Date: {D.iso(D.add_months(s.conferred, 1 + k(s, 'd') % 5))}", "right", M, 8)], F, 8.5)
        y += 10
        p.text(L + 44, y, inst.street, F, 8.5)
        y += 8
        p.hline(L, R, y, 1.0)
        y += 16
        p.pieces(y, [(L, "Student number:", "left"), (L + 100, s.student_no, "left", MB, 8.5)], M, 8.5); y += 11
        if n == 1:
            p.pieces(y, [(L, "Surname:", "left"), (L + 100, person.surname.upper(), "left", MB, 8.5)], M, 8.5); y += 11
            p.pieces(y, [(L, "Initials:", "left"), (L + 100, initials, "left", MB, 8.5)], M, 8.5); y += 11
            p.pieces(y, [(L, "Full names:", "left"), (L + 100, full.upper(), "left", MB, 8.5)], M, 8.5); y += 11
            p.pieces(y, [(L, "Date of birth:", "left"), (L + 100, D.iso(s.dob), "left", MB, 8.5)], M, 8.5); y += 11
        y += 6
        p.hline(L, R, y, 0.6, 0.3)
        p.pieces(y + 10, [(xs["yr"], "Year", "left"), (xs["mod"], "Module", "left"), (xs["desc"], "Description", "left"),
                          (xs["nqf"], "NQF", "center"), (xs["cr"], "Credits", "center"), (xs["res"], "Result", "center"),
                          (xs["sym"], "Symbol", "left")], MB, 7.8)
        p.pieces(y + 19, [(xs["nqf"], "Level", "center"), (xs["res"], "%", "center")], MB, 7.8)
        p.hline(L, R, y + 23, 0.6, 0.3)
        return p, y + 36

    fl = Flow(new_page, 60)
    out = []
    prev = None
    for year, r, nqf, crp, res, sym in rows:
        lines = wrap(r.spec.title, M, fs, xs["nqf"] - 14 - xs["desc"])
        fl.need(10.5 * len(lines))
        if prev is not None and year != prev:
            fl.y += 3
        prev = year
        fl.page.pieces(fl.y, [(xs["yr"], str(year), "left"), (xs["mod"], r.code, "left"),
                              (xs["desc"], lines[0], "left"), (xs["nqf"], nqf, "center"), (xs["cr"], crp, "center"),
                              (xs["res"], res, "center"), (xs["sym"], sym, "left")], M, fs)
        for ln in lines[1:]:
            fl.y += 9.5
            fl.page.text(xs["desc"], fl.y, ln, M, fs)
        fl.y += 10.5
        out.append(course_truth(r, str(year), float(crp), res or sym, "uk", title=" ".join(lines),
                                symbol=sym))
    total = sum(float(c) for _, _, _, c, _, _ in rows)
    fl.need(140)
    p = fl.page
    p.hline(L, R, fl.y - 6, 0.6, 0.3)
    y = fl.y + 8
    p.text(L, y, f"Total credits: {int(total)}", MB, 9); y += 14
    comp = D.iso(completed)
    y = p.paragraph(L, y, f"Qualification: {cur.title} — Completed {comp}", MB, 9, R - L, 12)
    p.text(L, y, f"Conferred at a graduation ceremony on {D.iso(s.conferred)}", M, 9); y += 20
    p.text(L, y, "Symbols: Distinction = 75% and above; Pass = 50% - 74%; Fail = below 50%;", M, 7.5); y += 9.5
    p.text(L, y, "Exempted = credit granted for recognised prior learning (no mark). 1 credit = 10 notional hours.", M, 7.5)
    y += 40
    p.signature(R - 160, y - 6, 100, rng)
    p.hline(R - 180, R, y, 0.5)
    p.text(R - 90, y + 10, "Registrar", F, 8.5, "center")
    p.text(L, y + 10, "This record is issued without alteration or erasure.", F, 8)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(R, H - 30, f"Page {i} of {n}", M, 7.5, "right")
    return LayoutResult("transcript", "za_odl_academic_record", FAMILY, fl.pages, [name],
                        out, "uk", {"conferred_printed": D.iso(s.conferred), "completed_printed": comp,
                                    "prints_totals": True})


TRANSCRIPT_LAYOUTS = {"za_odl_academic_record": (za_record, FAMILY, ("ZA",))}
assert ZAPACK.PACK.code == "ZA"
