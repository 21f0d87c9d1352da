"""Writer AP, round 20: Zimbabwe (ZW), a university's "TRANSCRIPT OF ACADEMIC RECORD" in Parts, marks
and classes, no credits.

Round 4's Zimbabwean pack (schools, year curricula, names) is reused as it stands; this school prints
module codes as three letters and three digits without a space (the pack's HMLS101 as MLS101, HBC as
BCH, HCS as CSK, HNS as NUR). The design: A4 portrait, "ACADEMIC REGISTRY", "TRANSCRIPT OF ACADEMIC
RECORD", Surname / First Names / Registration Number / Degree Programme. The record is in parts, "PART I
(2013)", "PART II (2014)", "PART III (2015) - INDUSTRIAL ATTACHMENT" (one row "MLS301 Industrial
Attachment (12 months)", class SAT, no mark), "PART IV (2016)"; the third year's taught modules are
split between Parts II and IV. Columns CODE | MODULE | MARK % | CLASS (1 = 75-100, 2.1 = 65-74, 2.2 =
60-64, 3 = 50-59, F = 0-49). Each part ends "PART DECISION: PROCEED", or "PROCEED WITH CARRY: MLS205"
when a module failed; it is taken again in the next part as "MLS205 (C)". At the end the overall
classification, the date of award, the Senior Assistant Registrar's signature and "Marks are rounded to
the nearest whole number". A programme without an attachment year (nursing) has four taught parts.

Truth: one course per row (code and title as printed, "(C)" included; grade the class as printed,
the mark kept as `mark`; the failed first attempt passed False); credit_system "marks", credits null.
"""

import re

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Flow, Page, fit_size
from .r20_ap_common import FAMILY, EN_MONTHS, course_truth, dry_seal, k, pct, sign_block

PREFIX = {"HMLS": "MLS", "HBC": "BCH", "HCS": "CSK", "HNS": "NUR"}
ROMAN = ["I", "II", "III", "IV", "V"]


def pcode(code):
    m = re.match(r"^([A-Z]+)(\d+)$", code)
    if not m:
        return code
    return PREFIX.get(m.group(1), m.group(1)[-3:]) + m.group(2)


def klass(m):
    return "1" if m >= 75 else "2.1" if m >= 65 else "2.2" if m >= 60 else "3" if m >= 50 else "F"


def overall(m):
    if m >= 75:
        return "FIRST CLASS (1)"
    if m >= 65:
        return "UPPER SECOND (2.1)"
    if m >= 60:
        return "LOWER SECOND (2.2)"
    return "THIRD CLASS (3)"


def is_attach(r):
    return "Attachment" in r.spec.title


def parts(s):
    """[(roman, year, heading suffix, [(r, code, title, mark-or-None, class)], decision)]."""
    ts = sorted(s.terms, key=lambda t: t.year)
    y3 = ts[2].results if len(ts) > 3 else []
    att = [r for r in y3 if is_attach(r)]
    out = []
    if att:
        rest = [r for r in y3 if not is_attach(r)]
        h = (len(rest) + 1) // 2
        groups = [(ts[0].results, ts[0].start_year, ""), (ts[1].results + rest[:h], ts[1].start_year, ""),
                  (att[:1], ts[2].start_year, " - INDUSTRIAL ATTACHMENT"), (rest[h:] + ts[3].results, ts[3].start_year, "")]
    else:
        groups = [(t.results, t.start_year, "") for t in ts]
    carry = None
    fail_part = (0 if att else k(s, "carry") % 2) if k(s, "cf") % 3 == 0 else -1
    for i, (rs, yr, suf) in enumerate(groups):
        rows = []
        if carry is not None:
            r, m = carry
            rows.append((r, f"{pcode(r.code)} (C)", r.spec.title, m, klass(m)))
            carry = None
        for j, r in enumerate(rs):
            if suf:
                taken = {pcode(x.code) for x in y3}
                code = f"{pcode(r.code)[:3]}301"
                code = code if code not in taken else f"{pcode(r.code)[:3]}300"
                rows.append((r, code, "Industrial Attachment (12 months)", None, "SAT"))
                continue
            m = pct(s, r, f"z{i}.{j}", 50, 88)
            rows.append((r, pcode(r.code), r.spec.title, m, klass(m)))
        dec = "PROCEED"
        if i == fail_part and i + 1 < len(groups) and not suf and not groups[i + 1][2]:
            j = k(s, "cw") % len(rows)
            r, code, title, m, _ = rows[j]
            if m is not None and not code.endswith("(C)"):
                fm = 38 + k(s, "fm") % 11
                rows[j] = (r, code, title, fm, "F")
                carry = (r, max(50, min(66, m - 5)))
                dec = f"PROCEED WITH CARRY: {code}"
        if i == len(groups) - 1:
            dec = "AWARD"
        out.append((ROMAN[i], yr, suf, rows, dec))
    return out


def zw_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 56, W - 56
    X = [L, L + 80, L + 350, L + 410, R]

    def new_page(n):
        p = Page(A4)
        p.logo(W / 2, 48, 18, 1)
        p.text(W / 2, 84, inst.name.upper(), SB, 13.5, "center")
        p.text(W / 2, 98, "ACADEMIC REGISTRY", SB, 10, "center")
        p.text(W / 2, 110, f"{inst.street}, {inst.city}, Zimbabwe", S, 8.5, "center")
        p.text(W / 2, 132, "TRANSCRIPT OF ACADEMIC RECORD", SB, 12.5, "center")
        p.hline(L, R, 138, 0.8)
        if n > 1:
            p.text(L, 154, f"{person.surname.upper()}, {person.given} - {s.student_no} (continued)", SI, 9)
            return p, 166
        y = 156
        for a, b in (("Surname", person.surname.upper()),
                     ("First Names", " ".join(x for x in (person.given, person.middle) if x)),
                     ("Registration Number", s.student_no), ("Degree Programme", cur.title)):
            p.pieces(y, [(L, a, "left", SB, 10), (L + 118, f": {b}", "left")], S, 10)
            y += 14
        p.text(L, y, f"Faculty : {inst.extra.get('faculty', '')}", S, 10)
        return p, y + 14

    f = Flow(new_page, 70)
    out, allm = [], []
    for roman, yr, suf, rows, dec in parts(s):
        f.need(15 + 16 + 15 * min(3, len(rows)) + 20)
        p = f.page
        head = f"PART {roman} ({yr}){suf}"
        p.text(L, f.y + 10, head, SB, 10.5)
        f.y += 16
        top = f.y
        p.pieces(f.y + 11, [(X[0] + 4, "CODE", "left"), (X[1] + 4, "MODULE", "left"),
                            ((X[2] + X[3]) / 2, "MARK %", "center"), ((X[3] + X[4]) / 2, "CLASS", "center")], SB, 9)
        f.y += 15
        p.hline(L, R, f.y, 0.6)
        for r, code, title, m, c in rows:
            if f.need(15):
                top = f.y
            pg = f.page
            pg.pieces(f.y + 11, [(X[0] + 4, code, "left"), (X[1] + 4, title, "left", S, fit_size(title, S, 10, X[2] - X[1] - 8)),
                                 ((X[2] + X[3]) / 2, "" if m is None else str(m), "center"),
                                 ((X[3] + X[4]) / 2, c, "center")], S, 10)
            f.y += 15
            extra = {} if m is None else {"mark": m}
            if c == "F":
                extra["passed"] = False
            if m is not None and c != "F":
                allm.append(m)
            out.append(course_truth(r, f"PART {roman} ({yr})", None, c, "marks", code=code, title=title, **extra))
        pg = f.page
        pg.hline(L, R, f.y + 2, 0.6)
        f.y += 16
        if dec != "AWARD":
            pg.text(L, f.y, f"PART DECISION: {dec}", SB, 9.5)
            f.y += 20
    f.need(140)
    p = f.page
    y = f.y + 10
    avg = sum(allm) / len(allm)
    d = s.conferred
    p.text(L, y, f"OVERALL CLASSIFICATION: {overall(avg)}", SB, 10.5)
    p.text(L, y + 15, f"DATE OF AWARD: {d.day} {EN_MONTHS[d.month - 1]} {d.year}", SB, 10.5)
    p.text(L, y + 40, "Key: 1 = 75-100; 2.1 = 65-74; 2.2 = 60-64; 3 = 50-59; F = 0-49; SAT = Satisfactory", S, 8.5)
    p.text(L, y + 52, "Marks are rounded to the nearest whole number.", SI, 8.5)
    sign_block(p, rng, R - 90, y + 100, "Senior Assistant Registrar", S, 9.5, 160, "(Academic Records)")
    dry_seal(p, R - 190, y + 92, 30)
    n = len(f.pages)
    for i, pg in enumerate(f.pages, 1):
        pg.text(W / 2, H - 26, f"Page {i} of {n}", S, 8, "center")
    return LayoutResult("transcript", "ap_zw_record", FAMILY, f.pages,
                        [f"{person.surname.upper()}, {person.given}"], out, "marks", {"prints_totals": False, "class": overall(avg)})


TRANSCRIPT_LAYOUTS = {"ap_zw_record": (zw_record, FAMILY, ("ZW",))}
