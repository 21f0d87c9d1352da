"""Writer AD, round 14: Nigeria (NG), a new design for the existing NG pack (not changed): a university
College of Health Sciences' "STUDENT'S ACADEMIC TRANSCRIPT", landscape A4, the crest centre-top, one
page per level (100L-500L). TWO SEMESTERS SIDE BY SIDE: "HARMATTAN SEMESTER 2012/2013" on the left
half and "RAIN SEMESTER 2012/2013" on the right half, each with "LEVEL: 100" and its own table
`Course Code | Course Title | Units | Score | Grade | GP` (score 0-100; A 70-100, B 60-69, C 50-59,
D 45-49, E 40-44, F 0-39; GP = grade point x units, "15"); under each half "TNU: 21  TCP: 84  GPA:
4.00"; under both halves one line "CUMULATIVE: TNU 42  TCP 160  CGPA 3.81". A course failed (F) is
taken again in the same semester of the next session and appears there again; the first attempt stays
printed with F (its units count in TNU, as Nigerian registered units do). The B.MLS 400L rain semester
adds "MLS 400 Industrial Training (SIWES)" 6 units (a row the school prints that the pack's
curriculum does not list). The last page: "CLASS OF DEGREE: SECOND CLASS UPPER DIVISION" (First Class
>= 4.50, Second Class Upper 3.50-4.49, Second Class Lower 2.40-3.49, Third Class 1.50-2.39, Pass
1.00-1.49), "Date of Graduation: 14th December 2017", the grading key box, the Registrar's signature
and "Not valid if it bears any alteration".

Credit basis: units (Nigerian course units are semester credits: system "semester", x 1). Truth rows
carry `score` and `grade_point` (the GP column); an F row has passed False and semester_hours 0.
Page text: the header, then the left half (rows and its totals), then the right half, then the
cumulative line and the rest (two-column convention)."""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import LANDSCAPE_A4, Page, fit_size
from .r14_ad_common import (FAMILY, course_truth, k, ordinal_en, round_stamp, sign_block, watermark_crest)
from .r6_l_common import fake_result

EXTRA = {"ng_bmls": {(4, "S2"): ("MLS 400", "Industrial Training (SIWES)", 6, "mls_professional")}}
BANDS = [(70, "A", 5), (60, "B", 4), (50, "C", 3), (45, "D", 2), (40, "E", 1)]
COLLEGE = {"ng_bmls": "College of Health Sciences", "ng_bnsc": "College of Health Sciences",
           "ng_bsc_micro": "Faculty of Science", "ng_bsc_biochem": "Faculty of Science"}
DEPT = {"ng_bmls": "Medical Laboratory Science", "ng_bnsc": "Nursing Science", "ng_bsc_micro": "Microbiology",
        "ng_bsc_biochem": "Biochemistry"}


def grade(score):
    for lo, g, pt in BANDS:
        if score >= lo:
            return g, pt
    return "F", 0


def ng_name(person, surname=None):
    return f"{(surname or person.surname).upper()}, {' '.join(x for x in (person.given, person.middle) if x)}"


def sem_label(t):
    return f"{'HARMATTAN' if t.key == 'S1' else 'RAIN'} SEMESTER {t.start_year}/{t.start_year + 1}"


def ng_rows(s):
    """{term index: [(r, score)]}: every course once, the SIWES row, and now and then one F in 100L-300L
    retaken in the same semester of the next session."""
    out = {}
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            sc = max(40, min(88, r.score + (k(s, f"s{i}.{j}") % 11) - 3))
            rows.append((r, sc))
        ex = EXTRA.get(s.curriculum.id, {}).get((t.year, t.key))
        if ex:
            like = t.results[0]
            fr = fake_result(like, ex[0], ex[1], ex[2], ex[3])
            rows.append((fr, 60 + k(s, "siwes") % 20))
        out[i] = rows
    if k(s, "f") % 3 == 0:
        cands = [i for i, t in enumerate(s.terms) if t.year <= 3]
        i = cands[k(s, "fi") % len(cands)]
        t = s.terms[i]
        nxt = next((x for x in range(i + 1, len(s.terms)) if s.terms[x].key == t.key), None)
        if nxt is not None:
            j = k(s, "fj") % len(out[i])
            r, sc = out[i][j]
            out[i][j] = (r, 28 + k(s, "fs") % 11)
            out[nxt].append((r, 52 + k(s, "rs") % 15))
    return out


def ng_cgpa(s):
    rows = ng_rows(s)
    tnu = sum(int(r.spec.credits) for i in rows for r, sc in rows[i])
    tcp = sum(int(r.spec.credits) * grade(sc)[1] for i in rows for r, sc in rows[i])
    return tcp / tnu


def ng_class(cgpa):
    return ("FIRST CLASS" if cgpa >= 4.5 else "SECOND CLASS UPPER DIVISION" if cgpa >= 3.5 else
            "SECOND CLASS LOWER DIVISION" if cgpa >= 2.4 else "THIRD CLASS" if cgpa >= 1.5 else "PASS")


def ng_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    nm = ng_name(person)
    rows = ng_rows(s)
    courses, pages = [], []
    years = sorted({t.year for t in s.terms})
    cum_u = cum_p = 0
    sz = 7.2
    W, H = LANDSCAPE_A4
    L, R = 30, W - 30

    def new_page():
        p = Page(LANDSCAPE_A4)
        watermark_crest(p, W / 2, H / 2 + 20, 110, 0.93)
        p.logo(W / 2, 40, 18, 1, 0.25)
        p.text(W / 2, 74, inst.name.upper(), FB, 12.5, "center")
        p.text(W / 2, 86, f"{COLLEGE.get(cur.id, 'College of Health Sciences')} - Department of "
                          f"{DEPT.get(cur.id, 'Medical Laboratory Science')}", F, 8.5, "center")
        p.text(W / 2, 100, "STUDENT'S ACADEMIC TRANSCRIPT", FB, 11.5, "center")
        p.pieces(118, [(L, f"NAME: {nm}", "left", FB, 8.5), (W / 2, f"MATRIC. NO.: {s.student_no}", "center", F, 8.5),
                       (R, f"PROGRAMME: {cur.title}", "right", F, 8.5)])
        pages.append(p)
        return p, 132

    p, y = new_page()
    for yr in years:
        idx = [i for i, t in enumerate(s.terms) if t.year == yr]
        nmax = max(len(rows[i]) for i in idx)
        if y + 14 + 12 + 11.5 * nmax + 13 + 36 > H - 36:
            p, y = new_page()
        y0 = y
        half = (R - L - 18) / 2
        ybot = y0
        for side, i in enumerate(idx):
            t = s.terms[i]
            x0 = L + side * (half + 18)
            X = {"code": x0 + 3, "title": x0 + 52, "u": x0 + 236, "sc": x0 + 266, "gr": x0 + 296, "gp": x0 + half - 4}
            lab = sem_label(t)
            yy = y0
            p.rect(x0, yy, half, 14, 0.6, 0.0, fill=0.85)
            p.pieces(yy + 10, [(x0 + 4, lab, "left"), (x0 + half - 4, f"LEVEL: {yr}00", "right")], FB, 8)
            yy += 14
            p.rect(x0, yy, half, 12, 0.5)
            p.pieces(yy + 8.5, [(X["code"], "Course Code", "left"), (X["title"], "Course Title", "left"),
                                (X["u"], "Units", "center"), (X["sc"], "Score", "center"), (X["gr"], "Grade", "center"),
                                (X["gp"], "GP", "right")], FB, 6.8)
            top = yy
            yy += 12
            tnu = tcp = 0
            for r, sc in rows[i]:
                u = int(r.spec.credits)
                g, pt = grade(sc)
                gp = u * pt
                ts = fit_size(r.spec.title, F, sz, X["u"] - X["title"] - 16, 5.4)
                items = [(X["code"], r.code, "left"), (X["title"], r.spec.title, "left", F, ts),
                         (X["u"], str(u), "center"), (X["sc"], str(sc), "center"), (X["gr"], g, "center"),
                         (X["gp"], str(gp), "right")]
                p.pieces(yy + 8.5, items, F, sz)
                p.hline(x0, x0 + half, yy + 11.5, 0.25)
                yy += 11.5
                tnu += u
                tcp += gp
                if g == "F":
                    courses.append(course_truth(r, lab, u, g, "semester", code=r.code, score=sc, grade_point=gp,
                                                passed=False, semester_hours=0))
                else:
                    courses.append(course_truth(r, lab, u, g, "semester", code=r.code, score=sc, grade_point=gp))
            p.rect(x0, top, half, yy - top, 0.6)
            for xv in (X["title"] - 4, X["u"] - 14, X["sc"] - 15, X["gr"] - 15, X["gr"] + 15):
                p.vline(xv, top, yy, 0.35)
            yy += 13
            p.text(x0 + 4, yy, f"TNU: {tnu} TCP: {tcp} GPA: {tcp / tnu:.2f}", FB, 8)
            cum_u += tnu
            cum_p += tcp
            ybot = max(ybot, yy)
        y = ybot + 18
        p.rect(L, y - 11, R - L, 16, 0.6)
        p.text(W / 2, y, f"CUMULATIVE: TNU {cum_u} TCP {cum_p} CGPA {cum_p / cum_u:.2f}", FB, 8.5, "center")
        y += 22
    if y + 100 > H - 36:
        p, y = new_page()
    cg = cum_p / cum_u
    d = s.conferred
    p.text(L, y, f"CLASS OF DEGREE: {ng_class(cg)}", FB, 9.5)
    y += 13
    p.text(L, y, f"Date of Graduation: {ordinal_en(d.day)} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]} {d.year}", FB, 9)
    y += 10
    bx = L
    p.rect(bx, y, 330, 52, 0.6)
    p.text(bx + 6, y + 11, "GRADING KEY", FB, 7.5)
    p.spaced(bx + 6, y + 22, ["A 70-100 (5 points)", "B 60-69 (4)", "C 50-59 (3)", "D 45-49 (2)", "E 40-44 (1)",
                              "F 0-39 (0)"], F, 6.8, 10)
    p.text(bx + 6, y + 33, "TNU = Total Number of Units; TCP = Total Credit Points; GP = Grade Point x Units", F, 6.8)
    p.text(bx + 6, y + 44, "First Class 4.50-5.00; 2nd Class Upper 3.50-4.49; 2nd Class Lower 2.40-3.49; "
                           "Third Class 1.50-2.39", F, 6.8)
    sign_block(p, rng, R - 110, y + 38, "Registrar", F, 8.5, 170)
    round_stamp(p, R - 230, y + 24, 26, 0.42)
    for n, pg in enumerate(pages, 1):
        pg.pieces(H - 22, [(L, "Not valid if it bears any alteration.", "left", "Helvetica-Oblique", 7.5),
                           (R, f"Page {n} of {len(pages)}", "right", F, 7.5)])
    return LayoutResult("transcript", "ad_ng_harmattan_rain", FAMILY, pages, [nm], courses, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ad_ng_harmattan_rain": (ng_transcript, FAMILY, ("NG",))}
