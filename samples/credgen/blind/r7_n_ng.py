"""Writer N, round 7: Nigeria (existing pack), a federal university's "STUDENT'S ACADEMIC
TRANSCRIPT" for the five-year B.MLS (100 to 500 Level) and the pack's other NG degrees.

Real-world features: the student's particulars block (Name surname first, Matric No., Faculty,
Department, Programme, "Mode of Entry: UTME", Year of Entry) is repeated at the top of EVERY page,
"Page 2 of 4" in the footer; per semester a heading line "2014/2015 SESSION  100 LEVEL FIRST
SEMESTER"; columns `Course Code | Course Title | Status | Units | Score | Grade | GP` (Status C
compulsory, R required, E elective; score 0-100; A 70-100 = 5, B 60-69 = 4, C 50-59 = 3, D 45-49
= 2, E 40-44 = 1, F 0-39 = 0; GP = units x point); a failed course (F) is registered again in the
same semester of the next session with "(CO)" after its title and passed; after each semester a
ruled 2x4 summary box "TNU | TNUP | TCP | GPA" over "CTNU | CTNUP | CTCP | CGPA" (TNU counts
failed units, TNUP only passed ones; GPA = TCP / TNU); a semester may start at the foot of a page
and continue on the next without its heading or column titles repeated; 500 Level clinical
postings printed with the school's own codes ("MLS 521 Clinical Posting in Medical
Microbiology") and "MLS 599 Research Project" (6 units); the last page "CLASS OF DEGREE: SECOND
CLASS (UPPER DIVISION)  FINAL CGPA: 4.12", "Date of Graduation", the Examinations Officer's and
the Registrar's signatures and a round seal. Units = 1 SH (criteria.md: Nigerian units as
printed), credit system `semester`."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..model import ng_grade
from ..names import name_form
from ..pagekit import A4, Flow, Page, wrap
from .r7_n_common import FAMILY, course_truth, k, r2, star_seal

DEPT = {"ng_bmls": ("Faculty of Allied Health Sciences", "Medical Laboratory Science",
                    "Bachelor of Medical Laboratory Science (B.MLS)"),
        "ng_bsc_micro": ("Faculty of Life Sciences", "Microbiology", "Bachelor of Science (B.Sc.) Microbiology"),
        "ng_bsc_biochem": ("Faculty of Life Sciences", "Biochemistry", "Bachelor of Science (B.Sc.) Biochemistry"),
        "ng_bnsc": ("Faculty of Clinical Sciences", "Nursing Science", "Bachelor of Nursing Science (B.N.Sc.)")}
# the school's own catalogue of the 500 Level postings (codes and titles as printed)
RENAME = {"MLS 501": ("MLS 523", "Clinical Posting in Haematology and Blood Transfusion Science"),
          "MLS 503": ("MLS 525", "Clinical Posting in Chemical Pathology"),
          "MLS 502": ("MLS 521", "Clinical Posting in Medical Microbiology")}
ELECTIVE = ("Virology", "Cytology", "Seminar", "Statistics", "Peace", "Enzymology", "Food", "Physics II")
SEM = {"S1": "FIRST", "S2": "SECOND"}


def status_of(code, title):
    if code.startswith("GST"):
        return "R"
    if any(w in title for w in ELECTIVE):
        return "E"
    return "C"


def ng_class(cgpa):
    if cgpa >= 4.5:
        return "FIRST CLASS"
    if cgpa >= 3.5:
        return "SECOND CLASS (UPPER DIVISION)"
    if cgpa >= 2.4:
        return "SECOND CLASS (LOWER DIVISION)"
    if cgpa >= 1.5:
        return "THIRD CLASS"
    return "PASS"


def score_of(s, r):
    """The printed score: a federal university marks harder than the shared model's score."""
    return max(40, r.score - 5 - k(s, r.code) % 9)


def ng_blocks(s):
    """[(label, rows, (tnu, tnup, tcp, gpa), (ctnu, ctnup, ctcp, cgpa))]; a row is
    (code, title, status, units, score, grade, gp, passed, r)."""
    terms = s.terms
    pool = [(i, j) for i, t in enumerate(terms) if t.year < s.curriculum.years - 1 for j in range(len(t.results))]
    fail = pool[k(s, "co") % len(pool)] if pool and k(s, "co?") % 3 else None
    co_for = {}
    if fail:
        ti, ri = fail
        nxt = [i for i, t in enumerate(terms) if t.year == terms[ti].year + 1 and t.key == terms[ti].key]
        if nxt:
            co_for[nxt[0]] = terms[ti].results[ri]
        else:
            fail = None
    out, cum = [], [0, 0, 0]
    for i, t in enumerate(terms):
        rows = []
        if i in co_for:
            r = co_for[i]
            sc = score_of(s, r)
            g, p = ng_grade(sc)
            rows.append((r.code, r.spec.title + " (CO)", status_of(r.code, r.spec.title), r.spec.credits, sc,
                         g, r.spec.credits * p, True, r))
        for j, r in enumerate(t.results):
            code, title = RENAME.get(r.code, (r.code, r.spec.title)) if s.curriculum.id == "ng_bmls" else (r.code, r.spec.title)
            sc = 30 + k(s, "fs") % 10 if fail == (i, j) else score_of(s, r)
            g, p = ng_grade(sc)
            rows.append((code, title, status_of(code, title), r.spec.credits, sc, g, r.spec.credits * p, g != "F", r))
        tnu = sum(x[3] for x in rows)
        tnup = sum(x[3] for x in rows if x[7])
        tcp = sum(x[6] for x in rows)
        cum = [cum[0] + tnu, cum[1] + tnup, cum[2] + tcp]
        label = f"{t.start_year}/{t.start_year + 1} SESSION {t.year}00 LEVEL {SEM.get(t.key, t.key)} SEMESTER"
        out.append((label, rows, (tnu, tnup, tcp, r2(tcp / tnu)), (cum[0], cum[1], cum[2], r2(cum[2] / cum[0]))))
    return out


def ng_final(s):
    b = ng_blocks(s)
    cg = b[-1][3][3]
    return cg, ng_class(cg)


def _n(x):
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def ng_unimatric(s, person, rng):
    inst, cur = s.institution, s.curriculum
    fac, dept, prog = DEPT.get(cur.id, ("Faculty of Science", cur.title, cur.title))
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 40, W - 40
    nm = name_form(person, "surname_first_mixed")
    xs = {"code": L + 4, "title": L + 66, "st": R - 196, "un": R - 158, "sc": R - 118, "gr": R - 78, "gp": R - 30}
    blocks = ng_blocks(s)
    uni = inst.name

    def new_page(n):
        p = Page(A4)
        star_seal(p, L + 26, 52, 22, 0.3)
        p.text(W / 2 + 14, 40, uni.upper(), FB, 14 if len(uni) < 34 else 12, "center")
        p.text(W / 2 + 14, 53, f"{inst.street}, {inst.city}, {inst.region}, Nigeria", F, 8.2, "center")
        p.text(W / 2 + 14, 64, "OFFICE OF THE REGISTRAR — EXAMINATIONS AND RECORDS DIVISION", F, 8, "center")
        p.hline(L, R, 72, 1.2)
        p.text(W / 2, 90, "STUDENT'S ACADEMIC TRANSCRIPT", FB, 13, "center")
        y = 108
        rows = [(("Name:", nm), ("Matric No.:", s.student_no)),
                (("Faculty:", fac), ("Sex:", "Female" if person.sex == "F" else "Male")),
                (("Department:", dept), ("Mode of Entry:", "UTME")),
                (("Programme:", prog), ("Year of Entry:", f"{s.admitted.year}/{s.admitted.year + 1}"))]
        for a, b in rows:
            p.pieces(y, [(L, a[0], "left", FB, 8.6), (L + 62, a[1], "left", F, 8.6),
                         (R - 170, b[0], "left", FB, 8.6), (R - 98, b[1], "left", F, 8.6)], F, 8.6)
            y += 11.5
        p.hline(L, R, y - 4, 0.6)
        return p, y + 14

    fl = Flow(new_page, 62)
    out = []
    for label, rows, (tnu, tnup, tcp, gpa), (ctnu, ctnup, ctcp, cgpa) in blocks:
        fl.need(14 + 16 + 12 * 2)
        fl.page.text(L, fl.y, label, FB, 8.8)
        fl.y += 6
        fl.page.hline(L, R, fl.y, 0.6)
        fl.page.pieces(fl.y + 10, [(xs["code"], "Course Code", "left"), (xs["title"], "Course Title", "left"),
                                   (xs["st"], "Status", "center"), (xs["un"], "Units", "center"),
                                   (xs["sc"], "Score", "center"), (xs["gr"], "Grade", "center"),
                                   (xs["gp"], "GP", "center")], FB, 8.2)
        fl.page.hline(L, R, fl.y + 14, 0.6)
        fl.y += 25
        for code, title, st, un, sc, g, gp, ok, r in rows:
            lines = wrap(title, F, 8.3, xs["st"] - 18 - xs["title"])
            fl.need(11 * len(lines))
            fl.page.pieces(fl.y, [(xs["code"], code, "left"), (xs["title"], lines[0], "left"), (xs["st"], st, "center"),
                                  (xs["un"], _n(un), "center"), (xs["sc"], str(sc), "center"),
                                  (xs["gr"], g, "center"), (xs["gp"], _n(gp), "center")], F, 8.3)
            for ln in lines[1:]:
                fl.y += 9.5
                fl.page.text(xs["title"], fl.y, ln, F, 8.3)
            fl.y += 11
            extra = {"score": sc, "grade_point": gp, "status": st}
            if not ok:
                extra["passed"] = False
            out.append(course_truth(r, label, un, g, "semester", title=" ".join(lines), code=code, **extra))
        fl.need(30)
        bx, bw, ch = R - 300, 300, 12
        p = fl.page
        y0 = fl.y - 6
        p.rect(bx, y0, bw, 2 * ch, 0.6)
        p.hline(bx, bx + bw, y0 + ch, 0.4)
        for i in range(1, 4):
            p.vline(bx + i * bw / 4, y0, y0 + 2 * ch, 0.4)
        for row, vals in ((0, (("TNU", _n(tnu)), ("TNUP", _n(tnup)), ("TCP", _n(tcp)), ("GPA", f"{gpa:.2f}"))),
                          (1, (("CTNU", _n(ctnu)), ("CTNUP", _n(ctnup)), ("CTCP", _n(ctcp)), ("CGPA", f"{cgpa:.2f}")))):
            items = []
            for i, (lab, v) in enumerate(vals):
                items += [(bx + i * bw / 4 + 5, lab, "left", FB, 7.8), (bx + (i + 1) * bw / 4 - 6, v, "right", F, 7.8)]
            p.pieces(y0 + ch * row + 9, items, F, 7.8)
        fl.y += 2 * ch + 14
    cgpa = blocks[-1][3][3]
    cls = ng_class(cgpa)
    fl.need(150)
    p = fl.page
    y = fl.y + 4
    p.hline(L, R, y - 10, 1.0)
    p.spaced(L, y + 4, [f"CLASS OF DEGREE: {cls}", f"FINAL CGPA: {cgpa:.2f}"], FB, 9.6, gap=30); y += 20
    grad = D.ordinal_dmy(s.conferred)
    p.text(L, y, f"Date of Graduation: {grad}", F, 9); y += 14
    p.text(L, y, "KEY: A 70-100 (5), B 60-69 (4), C 50-59 (3), D 45-49 (2), E 40-44 (1), F 0-39 (0). Status: C = "
           "Compulsory, R = Required, E = Elective. (CO) = Carry-over.", F, 6.8); y += 9
    p.text(L, y, "TNU = Total Number of Units; TNUP = Total Number of Units Passed; TCP = Total Credit Points; "
           "C- = Cumulative.", F, 6.8); y += 56
    for x, role in ((L + 80, "Examinations Officer"), (R - 90, "Registrar")):
        p.signature(x - 55, y - 4, 110, rng)
        p.hline(x - 80, x + 80, y, 0.5)
        p.text(x, y + 11, role, FB, 8.6, "center")
    star_seal(p, W / 2, y - 14, 32, 0.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(H - 26, [(L, "Any alteration or erasure renders this transcript invalid.", "left", FI, 7),
                           (R, f"Page {i} of {n}", "right", F, 7.5)], F, 7)
    return LayoutResult("transcript", "ng_unimatric_transcript", FAMILY, fl.pages, [nm], out, "semester",
                        {"conferred_printed": grad, "prints_totals": True, "class_printed": cls})


TRANSCRIPT_LAYOUTS = {"ng_unimatric_transcript": (ng_unimatric, FAMILY, ("NG",))}
