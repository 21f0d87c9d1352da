"""Writer AO, round 20: the Philippines (PH), the core country (no pack). A college's "Official
Transcript of Records" on legal paper (8.5 x 13 in) with a faint security pattern and an oval photo box top
right. Header block: Name, Date of Birth, Place of Birth, Entrance Data ("Graduated from ... High School,
2012"), Degree, Date of Graduation, Special Order No. ("Exempted" or a CHED S.O. number). The record area is
TWO COLUMN PANELS per page (the left panel fills first, then the right one continues), each headed COURSE
NO. | DESCRIPTIVE TITLE | FINAL GRADE | RE-EX | CREDIT; term headings underlined inside the panel ("1st
Semester, SY 2013-2014", "Summer 2014", "2nd Sem. SY 2015-2016"). A lecture-and-laboratory course prints
as two rows, the lecture ("Chem 11") and its laboratory ("Chem 11L", 1-2 units). Grades 1.0-5.0 in quarter
steps, "INC" with the completion grade in RE-EX, "DRP" (dropped: an earlier attempt, no credit). The
internship rows: "MT Internship I (Clinical Chemistry)" ... At the end "- - - NOTHING FOLLOWS - - -",
then a GRADING SYSTEM box, "Remarks: For Board Examination purposes only", Prepared by / Checked by /
Registrar, "Not valid without the college dry seal", "Page 1 of 3".

Truth: every printed row (code as printed, title as printed, units "units", grade that counts (the RE-EX
grade after INC), term "1st Semester, SY 2013-2014" as printed); DRP rows passed false, NSTP in_total
false as in earlier PH designs.
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import LEGAL_PH, Page, wrap
from .r6_l_common import fake_result
from .r19_an_ph import gstr, ph_code
from .r20_ao_common import FAMILY, course_truth, dry_seal, k, mdy, sign_block

ROM = ["I", "II", "III", "IV", "V", "VI"]
AREA = {"chemistry": "Clinical Chemistry", "hematology": "Hematology", "urinalysis": "Clinical Microscopy",
        "microbiology": "Microbiology", "blood_bank": "Blood Banking", "other": "Histopathology",
        "immunology": "Serology"}
HS = ["Rizal National High School", "San Roque National High School", "Immaculate Heart Academy",
      "Mabini Memorial High School"]


def term_head(t, s):
    ay = f"{t.start_year}-{t.start_year + 1}"
    if t.key == "SU":
        return f"Summer {t.start_year + 1}"
    v = k(s, f"th{t.year}{t.key}") % 3
    n = "1st" if t.key == "S1" else "2nd"
    return [f"{n} Semester, SY {ay}", f"{n} Sem. SY {ay}", f"{n} Semester, SY {ay}"][v]


def ph20_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = LEGAL_PH
    L, R = 34, W - 34
    nm = name_form(person, "surname_first")
    inc = k(s, "inc") % 3 == 0
    drp = k(s, "drp") % 3 == 1
    items = []   # ("head", text) / ("row", code, lines, fg, rx, crs)
    ni = 0
    out = []
    allrows = [(t, r) for t in s.terms for r in t.results]
    inc_pick = drp_pick = None
    gen = [i for i, (t, r) in enumerate(allrows) if r.spec.category == "other" and "NSTP" not in r.code
           and not r.spec.areas]
    if inc and gen:
        inc_pick = gen[k(s, "inci") % len(gen)]
    late = [i for i in gen if allrows[i][0].year >= 2 and i != inc_pick]
    if drp and late:
        drp_pick = late[k(s, "drpi") % len(late)]
    for ti, t in enumerate(s.terms):
        head = term_head(t, s)
        items.append(("head", head))
        rows = []
        for r in t.results:
            i = allrows.index((t, r))
            code = ph_code(r.code)
            if r.spec.areas:
                ni += 1
                title = f"MT Internship {ROM[ni - 1]} ({', '.join(AREA.get(a, a.title()) for a in r.spec.areas)})"
                rows.append((r, code, title, int(r.spec.credits), gstr(r.ph_grade), "", {}))
                continue
            cr = int(r.spec.credits)
            if cr >= 4 and r.spec.category in ("chemistry", "biology", "mls_professional"):
                lab = 2 if cr >= 5 else 1
                rows.append((r, code, r.spec.title, cr - lab, gstr(r.ph_grade), "", {}))
                lr = fake_result(r, r.code + "L", r.spec.title + " (Laboratory)", lab, r.spec.category,
                                 ambiguous=r.spec.ambiguous)
                lr.ph_grade = max(1.0, r.ph_grade - 0.25)
                rows.append((lr, code + "L", lr.spec.title, lab, gstr(lr.ph_grade), "", {}))
                continue
            extra = {}
            fg, rx = gstr(r.ph_grade), ""
            if "NSTP" in r.code:
                extra["in_total"] = False
            if i == inc_pick:
                fg, rx = "INC", gstr(min(3.0, r.ph_grade + 0.25))
                extra.update(final_grade="INC", re_exam=rx)
            rows.append((r, code, r.spec.title, cr, fg, rx, extra))
        # a course dropped in the term before it was passed
        if drp_pick is not None and ti + 1 < len(s.terms) and allrows[drp_pick][0] is s.terms[ti + 1]:
            dr = allrows[drp_pick][1]
            rows.append((dr, ph_code(dr.code), dr.spec.title, int(dr.spec.credits), "DRP", "", {"passed": False}))
        for r, code, title, cr, fg, rx, extra in rows:
            crs = f"({cr})" if "NSTP" in code else str(cr)
            items.append(("row", code, title, fg, rx, crs))
            grade = rx or fg
            out.append(course_truth(r, head, cr, grade, "units", code=code, title=title, **extra))
    items.append(("end", "- - - NOTHING FOLLOWS - - -"))

    pages = []
    PW = (R - L - 10) / 2
    COLS = [0, 46, 46 + 120, 46 + 150, 46 + 175, PW]

    def new_page():
        p = Page(LEGAL_PH)
        pages.append(p)
        for j in range(0, int(H), 14):        # faint security pattern
            p.wave_band(20, W - 20, j + 7, 3, 18, 0.25, 0.9, phase=(j % 28) / 28.0)
        p.logo(L + 34, 52, 24, 1, 0.3)
        p.text(W / 2, 44, inst.name.upper(), FB, 14, "center")
        p.text(W / 2, 58, f"{inst.street}, {inst.city}, {inst.region}", F, 8.5, "center")
        p.text(W / 2, 70, "OFFICE OF THE REGISTRAR", FB, 9, "center")
        p.text(W / 2, 92, "OFFICIAL TRANSCRIPT OF RECORDS", FB, 14, "center")
        return p

    p = new_page()
    # oval photo box
    import math
    p.polyline([(R - 45 + 32 * math.cos(a / 20 * math.pi), 150 + 42 * math.sin(a / 20 * math.pi))
                for a in range(41)], 0.6)
    so = "Exempted" if k(s, "so") % 3 == 0 else \
        f"No. 50-{k(s, 'so1') % 900000 + 100000}-{k(s, 'so2') % 900 + 100} s. {s.conferred.year}"
    info = [("Name", nm), ("Date of Birth", mdy(s.dob)), ("Place of Birth", f"{inst.city}, {inst.region}"),
            ("Entrance Data", f"Graduated from {HS[k(s, 'hs') % len(HS)]}, {s.admitted.year}"),
            ("Degree", cur.title), ("Date of Graduation", mdy(s.conferred)), ("Special Order No.", so)]
    y = 118
    for a, b in info:
        p.text(L + 4, y, a, FB, 9)
        p.text(L + 110, y, ": " + b, F, 9.5)
        y += 14
    y += 4

    def panels(p, top):
        for side in range(2):
            x0 = L + side * (PW + 10)
            p.rect(x0, top, PW, 18, 0.6, fill=0.9)
            for c, hd in enumerate(["COURSE NO.", "DESCRIPTIVE TITLE", "FINAL GRADE", "RE-EX", "CREDIT"]):
                cx = x0 + (COLS[c] + COLS[c + 1]) / 2
                if hd == "FINAL GRADE":
                    p.text(cx, top + 8, "FINAL", FB, 6, "center")
                    p.text(cx, top + 15, "GRADE", FB, 6, "center")
                else:
                    p.text(cx, top + 12, hd, FB, 6.5 if c != 1 else 7.5, "center")
        return top + 18

    top = panels(p, y)
    bottom = H - 70
    side, cy = 0, top + 4

    def close(p, top, yb):
        for sd in range(2):
            x0 = L + sd * (PW + 10)
            p.rect(x0, top, PW, yb - top, 0.6)
            for c in COLS[1:-1]:
                p.vline(x0 + c, top - 18, yb, 0.3)

    for it in items:
        if it[0] == "row":
            lines = wrap(it[2], F, 8, COLS[2] - COLS[1] - 4)
            h = 10.5 * len(lines)
        else:
            lines, h = [], 14
        if cy + h > bottom - 20:
            if side == 0:
                side, cy = 1, top + 4
            else:
                close(p, top, bottom - 20)
                p = new_page()
                top = panels(p, 110)
                side, cy = 0, top + 4
        x0 = L + side * (PW + 10)
        if it[0] == "head":
            p.text(x0 + COLS[1] + 3, cy + 10, it[1], FB, 8.5)
            from ..pagekit import width
            p.hline(x0 + COLS[1] + 3, x0 + COLS[1] + 3 + width(it[1], FB, 8.5), cy + 12, 0.5)
        elif it[0] == "row":
            p.pieces(cy + 9, [(x0 + 3, it[1], "left"), (x0 + COLS[1] + 3, lines[0], "left"),
                              (x0 + (COLS[2] + COLS[3]) / 2, it[3], "center"),
                              (x0 + (COLS[3] + COLS[4]) / 2, it[4], "center"),
                              (x0 + (COLS[4] + COLS[5]) / 2, it[5], "center")], F, 8)
            for j, ln in enumerate(lines[1:], 1):
                p.text(x0 + COLS[1] + 7, cy + 9 + 10.5 * j, ln, F, 8)
        else:
            p.text(x0 + PW / 2, cy + 10, it[1], FI, 8.5, "center")
        cy += h
    close(p, top, bottom - 20 if side == 1 else max(cy + 4, top + 30) if False else bottom - 20)
    # grading system / remarks / signatures: on the last page, bottom area, or a new page
    if side == 1 and cy > bottom - 200 or True:
        p = new_page()
        y = 120
    p.rect(L, y, 280, 90, 0.6)
    p.text(L + 6, y + 12, "GRADING SYSTEM", FB, 8.5)
    key = ["1.0 = 99-100", "1.25 = 96-98", "1.5 = 93-95", "1.75 = 90-92", "2.0 = 87-89", "2.25 = 84-86",
           "2.5 = 81-83", "2.75 = 78-80", "3.0 = 75-76", "5.0 = Failed", "INC = Incomplete", "DRP = Dropped"]
    for i, kk in enumerate(key):
        p.text(L + 8 + 90 * (i % 3), y + 26 + 11 * (i // 3), kk, F, 7.5)
    p.text(L, y + 112, "Remarks: For Board Examination purposes only", FB, 9.5)
    yy = y + 180
    sign_block(p, rng, L + 70, yy, "Prepared by", F, 8.5, 120)
    sign_block(p, rng, L + 230, yy, "Checked by", F, 8.5, 120)
    sign_block(p, rng, R - 80, yy, "Registrar", FB, 9, 150)
    dry_seal(p, R - 190, yy - 20, 34)
    p.text(W / 2, yy + 40, "Not valid without the college dry seal", FI, 9, "center")
    n = len(pages)
    for i, q in enumerate(pages, 1):
        q.text(R, H - 30, f"Page {i} of {n}", F, 8.5, "right")
    return LayoutResult("transcript", "ao_ph_tor", FAMILY, pages, [nm], out, "units", {"prints_totals": False})


TRANSCRIPT_LAYOUTS = {"ao_ph_tor": (ph20_transcript, FAMILY, ("PH",))}
