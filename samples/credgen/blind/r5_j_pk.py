"""Writer J, round 5: Pakistan (variant; the round-1 PK pack and schools). A university "RESULT CARD /
TRANSCRIPT" of the BS Medical Laboratory Technology (8 semesters, HEC scheme), A4 portrait: per semester
a caption "1st Semester (Fall 2015)" over a block `Course Code | Course Title | Cr.Hrs | Mid (30) |
Sessional (20) | Final (50) | Total (100) | Grade | G.P | Q.P` (a two-line header: the maxima under the
component names), credit hours written theory+lab ("3+1": the course's credit is the sum, 4), long
titles wrapped to two lines, grades A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D+ 1.5, D 1.0, Q.P = credit
hours x G.P; under each block "Semester Cr.Hrs: 18   SGPA: 3.21   CGPA: 3.15"; at the end "Total Cr. Hrs
Earned: 136", "CGPA: 3.15", the Controller's signature and, at the foot, "Notification No. ... dated
...". Credit hours = semester credits (system `semester`); truth credits = theory + lab, with the
printed form kept as `credits_printed`."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, Page, wrap
from . import r1_a_kit as KIT
from .r5_j_common import FAMILY, course_truth, key

SCALE = [(80, "A", 40), (75, "B+", 35), (70, "B", 30), (65, "C+", 25), (60, "C", 20), (55, "D+", 15),
         (50, "D", 10), (0, "F", 0)]
ORD = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"]


def split(r):
    """'3+1' theory+lab for the course's credit hours."""
    c = int(r.spec.credits)
    t = r.spec.title.lower()
    if any(w in t for w in ("rotation", "project", "practicum", "internship")):
        return f"0+{c}"
    if r.spec.category in ("biology", "chemistry", "mls_professional") or "comput" in t:
        return f"{c - 1}+1" if c > 1 else "0+1"
    return f"{c}+0"


def pk_marks(s, r):
    """(mid, sessional, final, total, grade, gp in tenths)."""
    tot = min(97, r.score + 4)
    k = key(s, r.code)
    mid = min(30, max(0, tot * 30 // 100 + k % 5 - 2))
    ses = min(20, max(0, tot * 20 // 100 + (k // 5) % 3 - 1))
    fin = tot - mid - ses
    if fin > 50:
        mid, fin = mid + fin - 50, 50
    g, gp = next((g, gp) for lo, g, gp in SCALE if tot >= lo)
    return mid, ses, fin, tot, g, gp


def gpa(qp10, cr):
    v = (qp10 * 10 * 2 + cr) // (2 * cr)
    return f"{v // 100}.{v % 100:02d}"


def pk_cgpa(s):
    cr = qp = 0
    for t in s.terms:
        for r in t.results:
            c = int(r.spec.credits)
            cr += c; qp += c * pk_marks(s, r)[5]
    return cr, gpa(qp, cr)


def pk_result_card(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 30, A4[0] - 30
    xs = {"code": L + 3, "title": L + 52, "cr": L + 254, "mid": L + 291, "ses": L + 333, "fin": L + 375,
          "tot": L + 414, "gr": L + 451, "gp": L + 484, "qp": L + 518}
    tw = xs["cr"] - 18 - xs["title"]
    name = name_form(person, "caps")
    father = KIT.father_name(person)
    fs, lh = 7.6, 9.6
    pages, st = [], {}
    notif = f"Notification No. {inst.extra.get('abbr', 'UHS')}/Exams/BS-MLT/{s.conferred.year}/{key(s, 'n') % 9000 + 1000}"

    def new_page():
        p = Page(A4)
        pages.append(p)
        y = 36
        p.logo(L + 28, 48, 20, 0)
        p.text(p.w / 2, y, inst.name.upper(), FB, 12.5, "center"); y += 13
        p.text(p.w / 2, y, f"{inst.city}, Pakistan", F, 9, "center"); y += 11
        p.text(p.w / 2, y, "Office of the Controller of Examinations", FI, 9, "center"); y += 17
        p.text(p.w / 2, y, "RESULT CARD / TRANSCRIPT", FB, 12.5, "center"); y += 15
        if len(pages) == 1:
            rows = [(f"Name: {name}", f"Registration No.: {s.student_no}"),
                    (f"{KIT.so_do(person)} (Father's Name): {father.upper()}", f"Roll No.: {key(s, 'roll') % 90000 + 10000}"),
                    ("Program: BS Medical Laboratory Technology (4 Years)" if cur.id == "pk_bs_mlt" else f"Program: {cur.title}",
                     f"Session: {s.admitted.year}-{s.conferred.year}")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], F, 8.8); y += 11
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (R, f"Registration No.: {s.student_no}", "right")], F, 8.8)
            y += 11
        st.update(page=p, y=y + 10)

    def head(p, y):
        p.rect(L, y - 9, R - L, 21, 0.5, 0.0, fill=0.9)
        p.pieces(y, [(xs["code"], "Course Code", "left"), (xs["title"], "Course Title", "left"), (xs["cr"], "Cr.Hrs", "center"),
                     (xs["mid"], "Mid", "center"), (xs["ses"], "Sessional", "center"), (xs["fin"], "Final", "center"),
                     (xs["tot"], "Total", "center"), (xs["gr"], "Grade", "center"), (xs["gp"], "G.P", "center"),
                     (xs["qp"], "Q.P", "center")], FB, 7.2)
        p.pieces(y + 9, [(xs["mid"], "(30)", "center"), (xs["ses"], "(20)", "center"), (xs["fin"], "(50)", "center"),
                         (xs["tot"], "(100)", "center")], FB, 7)
        return y + 22

    new_page()
    out = []
    ccr = cqp = 0
    for i, t in enumerate(s.terms):
        season = f"Fall {t.start_year}" if t.key == "S1" else f"Spring {t.start_year + 1}"
        label = f"{ORD[i]} Semester ({season})"
        hts = [len(wrap(r.spec.title, F, fs, tw)) for r in t.results]
        need = 40 + lh * sum(hts) + 4 * len(hts) + 20
        if st["y"] + need > A4[1] - 70:
            new_page()
        p, y = st["page"], st["y"]
        p.text(L, y, label, FB, 9.5); y += 13
        top = y - 9
        y = head(p, y)
        cr = qp = 0
        for r, n in zip(t.results, hts):
            mid, ses, fin, tot, g, gp = pk_marks(s, r)
            c = int(r.spec.credits)
            lines = wrap(r.spec.title, F, fs, tw)
            p.pieces(y, [(xs["code"], r.code, "left"), (xs["title"], lines[0], "left"), (xs["cr"], split(r), "center"),
                         (xs["mid"], str(mid), "center"), (xs["ses"], str(ses), "center"), (xs["fin"], str(fin), "center"),
                         (xs["tot"], str(tot), "center"), (xs["gr"], g, "center"), (xs["gp"], f"{gp // 10}.{gp % 10}", "center"),
                         (xs["qp"], f"{c * gp // 10}.{c * gp % 10}", "center")], F, fs)
            for ln in lines[1:]:
                y += lh
                p.text(xs["title"], y, ln, F, fs)
            out.append(course_truth(r, label, c, g, "semester", title=" ".join(lines), credits_printed=split(r),
                                    grade_point=gp / 10, quality_points=c * gp / 10, marks=tot))
            y += lh + 3
            cr += c; qp += c * gp
        ccr += cr; cqp += qp
        p.rect(L, top, R - L, y - top - lh + 1, 0.6)
        for k in ("title", "cr", "mid", "ses", "fin", "tot", "gr", "gp", "qp"):
            off = {"title": -4, "cr": -19, "ses": -23, "mid": -19}.get(k, -17)
            p.vline(xs[k] + off, top, y - lh + 1, 0.3)
        y += 3
        p.spaced(xs["title"], y, [f"Semester Cr.Hrs: {cr}", f"SGPA: {gpa(qp, cr)}", f"CGPA: {gpa(cqp, ccr)}"], FB, 8.2, 30)
        st["y"] = y + 20
    if st["y"] + 130 > A4[1] - 50:
        new_page()
    p, y = st["page"], st["y"]
    p.hline(L, R, y - 8, 0.9)
    p.spaced(L, y + 6, [f"Total Cr. Hrs Earned: {ccr}", f"CGPA: {gpa(cqp, ccr)} / 4.00"], FB, 10, 40); y += 20
    p.text(L, y, f"Result: PASS — Degree awarded: Bachelor of Science (Hons) in "
           f"{'Medical Laboratory Technology' if cur.id == 'pk_bs_mlt' else cur.title.split(' in ')[-1]}", F, 8.8); y += 13
    p.text(L, y, "Grading: A 80-100 (4.0), B+ 75-79 (3.5), B 70-74 (3.0), C+ 65-69 (2.5), C 60-64 (2.0), "
           "D+ 55-59 (1.5), D 50-54 (1.0), F below 50 (0.0). Q.P = Cr.Hrs x G.P.", F, 7.2); y += 10
    p.text(L, y, "Cr.Hrs are written Theory+Lab (3+1 = 4 credit hours). Errors and omissions excepted.", FI, 7.2)
    yb = A4[1] - 62
    p.signature(R - 150, yb - 12, 100, rng)
    p.circle(R - 190, yb - 20, 24, 1.0, 0.5)
    p.pieces(yb, [(L, "Prepared by: ____________", "left"), (L + 170, "Checked by: ____________", "left"),
                  (R - 100, "Controller of Examinations", "center")], F, 8.2)
    for i, pg in enumerate(pages, 1):
        pg.pieces(pg.h - 28, [(L, f"{notif} dated {D.dmy_dash(s.conferred)}", "left", F, 7.5),
                              (R, f"Page {i} of {len(pages)}", "right")], F, 7.5)
    return LayoutResult("transcript", "pk_result_card", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": D.dmy_dash(s.conferred), "prints_totals": True, "cgpa": gpa(cqp, ccr)})


TRANSCRIPT_LAYOUTS = {"pk_result_card": (pk_result_card, FAMILY, ("PK",))}
