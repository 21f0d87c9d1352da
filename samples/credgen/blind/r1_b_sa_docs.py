"""Writer B, round 1: the Saudi / Egyptian diploma and employment letter.

`arab_degree_certificate` (SA, EG): an Arabic-style university certificate rendered in English
(no Arabic shaping here: one transliterated line stands where the Arabic basmala would be):
"Kingdom of Saudi Arabia / Ministry of Education / <University>", "The University Council
certifies that <Name>, <nationality>, has completed the requirements for the degree of ... with
the grade 'Excellent' (with Honours)", "on 12/09/1441 H corresponding to 05/05/2020 G", a seal
area and two signatures.

`arab_lab_rotations_letter` (EG, SA): a hospital laboratory "TO WHOM IT MAY CONCERN" letter with
Ref. No. and date lines (Hijri + Gregorian in SA), a table of the rotations ("Clinical Chemistry
- 6 months (01/03/2019 - 31/08/2019)") and "She is still working with us as a full-time
Laboratory Specialist (48 hours per week, 6 shifts of 8 hours)".
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import SIGNERS, name_form
from .. import pagekit as pk
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from . import r1_b_common as B
from . import r1_b_eg as EG
from . import r1_b_sa as SA

NATIONALITY = {"SA": "Saudi", "EG": "Egyptian"}


def _grade_word(s):
    """(grade word, honours phrase) as the certificate prints them."""
    if s.institution.country == "SA":
        h, p = SA.cumulative(s)
        g = B.tenths(p / h) if h else 0
        hon = SA.sa_honours(g)
        return SA.sa_estimate(g), (f" with {hon}" if hon else "")
    h = p = 0
    for t in s.terms:
        for r in t.results:
            _, gp = B.band(B.EG_BANDS, B.pct(r))
            h += int(r.spec.credits)
            p += int(r.spec.credits) * int(round(gp * 10))
    g = B.tenths(p * 10 / h) if h else 0
    word = next(w for lo, w in EG.ESTIMATES if g >= lo)
    return word, (" with Honours" if word == "Excellent" else "")


def arab_degree_certificate(s, person, rng):
    inst, cur = s.institution, s.curriculum
    sa = inst.country == "SA"
    p = Page(LANDSCAPE_A4 if rng.random() < 0.5 else A4)
    land = p.w > p.h
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p.border(24, 1.8, 0.35)
    for i in range(4):
        p.wave_band(60, p.w - 60, p.h - 40 - i * 4, 3, 14, 0.3, 0.7, phase=i)
    name = name_form(person, rng.choice(["natural", "caps"]))
    y = 64 if land else 80
    p.text(p.w / 2, y, "Bismillah ir-Rahman ir-Rahim", FI, 11, "center"); y += 20
    head = (["Kingdom of Saudi Arabia", "Ministry of Education", inst.name] if sa else
            ["Arab Republic of Egypt", "Ministry of Higher Education and Scientific Research",
             inst.name, EG.FACULTY[cur.id][0]])
    p.pieces(y, [(60, head[0], "left", FB, 10), (p.w - 60, f"No. {rng.randint(1000, 99999)}", "right", F, 10)])
    y += 13
    for ln in head[1:]:
        p.text(60, y, ln, FB if ln == inst.name else F, 10); y += 13
    p.logo(p.w / 2, y + 4, 20, 1)
    y += 46
    p.text(p.w / 2, y, "BACHELOR'S DEGREE CERTIFICATE", FB, 20 if land else 17, "center"); y += 30
    council = "The University Council" if sa else "The Council of " + inst.name
    word, hon = _grade_word(s)
    nat = NATIONALITY[inst.country]
    maxw = p.w - (200 if land else 130)
    body = (f"{council} certifies that {name}, {nat}, has completed the requirements for the "
            f"degree of {cur.title} with the grade '{word}'{' (' + hon.strip() + ')' if hon else ''}")
    for ln in wrap(body, F, 14, maxw):
        p.text(p.w / 2, y, ln, F, 14, "center"); y += 20
    if sa:
        when = f"on {B.hijri_dmy(s.conferred)} H corresponding to {D.dmy_slash(s.conferred)} G"
    else:
        when = (f"in the {D.MONTHS[s.conferred.month - 1]} {s.conferred.year} round, "
                f"on {D.dmy_slash(s.conferred)}")
    p.text(p.w / 2, y, when + ",", F, 14, "center"); y += 20
    p.text(p.w / 2, y, "and has been granted this certificate with all the rights and privileges "
           "pertaining thereto.", F, 12, "center"); y += 26
    p.text(p.w / 2, y, "Date of birth: " + D.dmy_slash(s.dob), FI, 11, "center")
    yb = p.h - (96 if land else 120)
    s1, s2 = rng.sample(SIGNERS[inst.country], 2)
    t1 = "Dean of Admission and Registration" if sa else "Dean of the Faculty"
    t2 = "President of the University"
    p.circle(p.w / 2, yb - 12, 34, 0.6, 0.6)
    p.seal(p.w / 2, yb - 12, 28)
    p.signature(110, yb - 14, 110, rng)
    p.signature(p.w - 240, yb - 14, 110, rng)
    p.pieces(yb, [(170, s1, "center"), (p.w - 170, s2, "center")], FB, 10)
    p.pieces(yb + 12, [(170, t1, "center"), (p.w - 170, t2, "center")], FI, 10)
    return LayoutResult("diploma", "arab_degree_certificate", "blind_r1", [p], [name],
                        info={"conferred_printed": when})


# --- letter ------------------------------------------------------------------------------------

def _months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month + (1 if b.day >= a.day else 0)


def rotations(job, as_of):
    """[(phrase, months, start, end)] laid over the first part of the job."""
    last = job.end or min(as_of, job.letter_date)
    span = _months_between(job.start, last)
    n = len(job.departments)
    if not n or span < n:
        return None
    want = [6, 4, 4, 3, 3, 2, 2][:n] + [2] * max(0, n - 7)
    while sum(want) > span:
        i = max(range(n), key=lambda k: want[k])
        want[i] -= 1
    out, cur = [], job.start
    for ph, m in zip(job.departments, want):
        nxt = D.add_months(cur, m)
        end = min(nxt - dt.timedelta(days=1), last)
        out.append((ph, m, cur, end))
        cur = nxt
    return out


def arab_lab_rotations_letter(job, person, rng, as_of):
    emp = job.employer
    sa = emp.country == "SA"
    p = Page(A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    x0, x1 = 56, p.w - 56
    y = 50
    p.logo(x1 - 20, 62, 18, 0)
    p.text(x0, y, emp.name, FB, 15); y += 14
    p.text(x0, y, "Department of Pathology and Laboratory Medicine", F, 10); y += 12
    p.text(x0, y, f"{emp.street}, {emp.city}, {'Kingdom of Saudi Arabia' if sa else 'Egypt'}", F, 8.5); y += 11
    p.text(x0, y, f"Tel. {emp.phone} - {emp.email}", F, 8.5); y += 6
    p.hline(x0, x1, y, 1.0); p.hline(x0, x1, y + 2.5, 0.4); y += 26
    ref = f"Ref. No.: {'LAB' if rng.random() < 0.5 else 'HR'}/{job.letter_date.year}/{rng.randint(100, 2999)}"
    ld = job.letter_date
    date = (f"Date: {B.hijri_dmy(ld)} H - {D.dmy_slash(ld)} G" if sa else f"Date: {D.dmy_slash(ld)}")
    p.text(x0, y, ref, F, 10); y += 14
    p.text(x0, y, date, F, 10); y += 34
    p.text(p.w / 2, y, "TO WHOM IT MAY CONCERN", FB, 13, "center")
    p.hline(p.w / 2 - 90, p.w / 2 + 90, y + 3, 0.7); y += 30
    hon = person.honorific("Ms.")
    nm = job.name_override or name_form(person, "natural")
    she, her = person.pronoun("subj"), person.pronoun("poss")
    nat = NATIONALITY.get(person.country, "")
    present = job.end is None
    lead = (f"This is to certify that {hon} {nm}, {nat} national, has been working at {emp.name} "
            f"as {job.position} in the Department of Pathology and Laboratory Medicine since "
            f"{D.dmy_slash(job.start)}." if present else
            f"This is to certify that {hon} {nm}, {nat} national, worked at {emp.name} as "
            f"{job.position} in the Department of Pathology and Laboratory Medicine from "
            f"{D.dmy_slash(job.start)} to {D.dmy_slash(job.end)}.")
    for ln in wrap(lead, F, 10.5, x1 - x0):
        p.text(x0, y, ln, F, 10.5); y += 15
    y += 8
    rots = rotations(job, as_of)
    if rots:
        p.text(x0, y, f"During this period {she} rotated through the following sections:", F, 10.5); y += 20
        texts = [f"{ph} – {m} month{'s' if m > 1 else ''}" for ph, m, _, _ in rots]
        dx = max(244, max(pk.width(t_, F, 10.5) for t_ in texts) + 14)
        for t_, (ph, m, a, b) in zip(texts, rots):
            p.pieces(y, [(x0 + 14, "-", "left"), (x0 + 26, t_, "left"),
                         (x0 + 26 + dx, f"({D.dmy_slash(a)} – {D.dmy_slash(b)})", "left")], F, 10.5)
            y += 15
        y += 8
    elif job.departments:
        s_ = f"{her.capitalize()} work covered the following sections: " + ", ".join(job.departments) + "."
        for ln in wrap(s_, F, 10.5, x1 - x0):
            p.text(x0, y, ln, F, 10.5); y += 15
        y += 8
    st = job.hours_style
    if st == "fulltime_only":
        hours_txt, facts = "as a full-time", (None, True, False)
    elif job.hours >= 35:
        hours_txt, facts = "as a full-time", (48, True, False)
    else:
        hours_txt, facts = "as a part-time", (job.hours, False, True)
    detail = ""
    if facts[0] == 48:
        detail = " (48 hours per week, 6 shifts of 8 hours)"
    elif facts[2]:
        n8 = job.hours // 8 if job.hours % 8 == 0 else 0
        words = {2: "two", 3: "three", 4: "four"}
        detail = (f" ({words[n8]} 8-hour shifts per week, {job.hours} hours)" if n8 in words
                  else f" ({job.hours} hours per week)")
    pos = job.position
    tail = (f"{she.capitalize()} is still working with us {hours_txt} {pos}{detail}." if present else
            f"{she.capitalize()} worked with us {hours_txt} {pos}{detail} until {D.dmy_slash(job.end)}.")
    conduct = (f"During {her} work {she} showed competence in performing and verifying routine "
               "and specialized laboratory tests, operating automated analyzers and applying "
               "internal quality control.")
    close = (f"This certificate has been issued upon {her} request without any responsibility "
             "on the hospital.")
    for par in (tail, conduct, close):
        for ln in wrap(par, F, 10.5, x1 - x0):
            p.text(x0, y, ln, F, 10.5); y += 15
        y += 8
    y += 30
    p.signature(x0 + 4, y - 14, 100, rng)
    B.stamp(p, x1 - 70, y - 4, 34)
    p.text(x0, y, job.signer, FB, 10.5); y += 13
    title = rng.choice(["Director, Laboratory Services", "Head of Laboratory Department",
                        "Medical Director", "Human Resources Manager"])
    p.text(x0, y, title, F, 10.5)
    p.text(p.w / 2, p.h - 30, "Any erasure or alteration renders this certificate void", FI, 7.5, "center")
    return LayoutResult("employment_letter", "arab_lab_rotations_letter", "blind_r1", [p],
                        [f"{hon} {nm}"], info={"date_style": "dmy_slash", "hours_facts": facts})


DIPLOMA_LAYOUTS = {"arab_degree_certificate": (arab_degree_certificate, "blind_r1", ("SA", "EG"))}
LETTER_LAYOUTS = {"arab_lab_rotations_letter": (arab_lab_rotations_letter, "blind_r1", ("EG", "SA"))}
