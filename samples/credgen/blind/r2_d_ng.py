"""Writer D, round 2: Nigeria (existing country data). Federal-university "STUDENT'S ACADEMIC
TRANSCRIPT": "2015/2016 SESSION - FIRST SEMESTER (100 LEVEL)" captions, `S/N | COURSE CODE |
COURSE TITLE | CREDIT UNITS | GRADE | GRADE POINTS` with two-line headers, grade points = units x
point (5-point scale), "TCU / TGP / GPA" and "CTCU / CTGP / CGPA" under each semester, wrapped
titles, class of degree and a round seal on the last page."""

from .. import dates as D
from ..layouts_transcript import LayoutResult, num
from ..model import ng_grade
from ..names import SIGNERS, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r2_d_common import FAMILY, course_truth, ring_seal

DEPT = {"ng_bmls": ("College of Medicine", "Medical Laboratory Science"),
        "ng_bsc_micro": ("Faculty of Science", "Microbiology"),
        "ng_bsc_biochem": ("Faculty of Science", "Biochemistry"),
        "ng_bnsc": ("College of Medicine", "Nursing Science")}


def ng_fed_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 38, A4[0] - 38
    name = name_form(person, "surname_first_full")
    fac, dept = DEPT.get(cur.id, ("Faculty of Science", cur.title))
    # S/N | COURSE CODE | COURSE TITLE | CREDIT UNITS | GRADE | GRADE POINTS
    cols = [(L + 4, "left"), (L + 30, "left"), (L + 96, "left"), (L + 368, "center"),
            (L + 420, "center"), (R - 30, "center")]

    def new_page(n):
        p = Page(A4)
        p.logo(L + 26, 58, 18, 1, 0.3)
        p.text(p.w / 2 + 14, 46, inst.name.upper(), FB, 15, "center")
        p.text(p.w / 2 + 14, 60, f"{inst.street}, {inst.city}, {inst.region}, Nigeria", F, 9, "center")
        p.text(p.w / 2 + 14, 72, "ACADEMIC AFFAIRS DIVISION (EXAMINATIONS AND RECORDS)", F, 9, "center")
        p.hline(L, R, 80, 1.2)
        y = 98
        p.text(p.w / 2, y, "STUDENT'S ACADEMIC TRANSCRIPT", FB, 12.5, "center"); y += 18
        if n == 1:
            rows = [(f"NAME: {name}", f"MATRIC NO.: {s.student_no}"),
                    (f"FACULTY/COLLEGE: {fac}", f"DEPARTMENT: {dept}"),
                    (f"DEGREE: {cur.title}", f"SEX: {'FEMALE' if person.sex == 'F' else 'MALE'}"),
                    (f"YEAR OF ADMISSION: {s.admitted.year}/{s.admitted.year + 1}",
                     f"MODE OF ENTRY: {'UTME' if rng_mode else 'DIRECT ENTRY'}")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 320, b, "left")], F, 9); y += 12
        else:
            p.pieces(y, [(L, f"NAME: {name}", "left"), (L + 320, f"MATRIC NO.: {s.student_no}", "left")], F, 9)
            y += 12
        return p, y + 8

    rng_mode = rng.random() < 0.85
    fl = Flow(new_page, 100)
    out = []
    ctcu = ctgp = 0
    for t in s.terms:
        ses = f"{t.start_year}/{t.start_year + 1}"
        label = f"{ses} SESSION - {'FIRST' if t.key == 'S1' else 'SECOND'} SEMESTER ({t.year}00 LEVEL)"
        fl.need(60 + 12 * 3)
        p = fl.page
        p.text(L, fl.y + 6, label, FB, 9.5)
        y = fl.y + 12
        p.rect(L, y, R - L, 24, 0.6, 0.0)
        p.pieces(y + 10, [(cols[1][0], "COURSE", "left"), (cols[3][0], "CREDIT", "center"),
                          (cols[5][0], "GRADE", "center")], FB, 8)
        p.pieces(y + 20, [(cols[0][0], "S/N", "left"), (cols[1][0], "CODE", "left"),
                          (cols[2][0], "COURSE TITLE", "left"), (cols[3][0], "UNITS", "center"),
                          (cols[4][0], "GRADE", "center"), (cols[5][0], "POINTS", "center")], FB, 8)
        fl.y = y + 36
        tcu = tgp = 0
        for i, r in enumerate(t.results, 1):
            title = r.spec.title.upper()
            lines = wrap(title, F, 9, 190)
            fl.need(11 * len(lines) + 2)
            letter, pts = ng_grade(r.score)
            u = num(r.spec.credits)
            gp = int(u * pts)
            tcu += u; tgp += gp
            fl.page.pieces(fl.y, [(cols[0][0], str(i), "left"), (cols[1][0], r.code, "left"),
                                  (cols[2][0], lines[0], "left"), (cols[3][0], str(u), "center"),
                                  (cols[4][0], letter, "center"), (cols[5][0], str(gp), "center")], F, 9)
            for extra in lines[1:]:
                fl.y += 10.5
                fl.page.text(cols[2][0], fl.y, extra, F, 9)
            out.append(course_truth(r, label, r.spec.credits, letter, "semester", title=" ".join(lines),
                                    grade_point=gp))
            fl.y += 12
        ctcu += tcu; ctgp += tgp
        fl.need(28)
        fl.page.hline(L, R, fl.y - 8, 0.4)
        fl.page.spaced(L + 96, fl.y + 2, [f"TCU: {tcu}", f"TGP: {tgp}", f"GPA: {tgp / tcu:.2f}"], FB, 8.5, 22)
        fl.y += 12
        fl.page.spaced(L + 96, fl.y + 2, [f"CTCU: {ctcu}", f"CTGP: {ctgp}", f"CGPA: {ctgp / ctcu:.2f}"], FB, 8.5, 18)
        fl.y += 22
    fl.need(150)
    p = fl.page
    y = fl.y + 4
    hon = s.honours or "Second Class (Upper Division)"
    cls = hon if hon.startswith("First") else hon.replace("Second Class", "Second Class Honours")
    p.text(L, y, f"Class of Degree: {cls}", FB, 10); y += 14
    p.text(L, y, f"Final CGPA: {ctgp / ctcu:.2f}", FB, 10); y += 14
    p.text(L, y, f"Date of Award: {D.ordinal_dmy(s.conferred)}", FB, 10); y += 16
    p.text(L, y, "KEY: A = 70-100 (5 points), B = 60-69 (4), C = 50-59 (3), D = 45-49 (2), E = 40-44 (1), "
           "F = 0-39 (0)", F, 7.5); y += 10
    p.text(L, y, "TCU = Total Credit Units; TGP = Total Grade Points; CTCU/CTGP = cumulative totals; "
           "CGPA = Cumulative Grade Point Average.", F, 7.5); y += 10
    p.text(L, y, "Classes: First Class 4.50-5.00; Second Class Upper 3.50-4.49; Second Class Lower "
           "2.40-3.49; Third Class 1.50-2.39.", F, 7.5)
    ring_seal(p, L + 80, p.h - 96, 40, 0.5, 12)
    sig = rng.choice(SIGNERS["NG"])
    p.signature(R - 170, p.h - 80, 110, rng)
    p.text(R - 115, p.h - 68, sig, F, 9, "center")
    p.text(R - 115, p.h - 57, "For: Registrar", F, 9, "center")
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 30, f"Page {i} of {n}", F, 8, "center")
    return LayoutResult("transcript", "ng_fed_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": D.ordinal_dmy(s.conferred)})


TRANSCRIPT_LAYOUTS = {"ng_fed_transcript": (ng_fed_transcript, FAMILY, ("NG",))}
