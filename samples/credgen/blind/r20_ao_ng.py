"""Writer AO, round 20: Nigeria (NG), the core country (no pack). A federal university's "STATEMENT OF
RESULT": A4 landscape, one page per academic session ("2014/2015 SESSION - 200 LEVEL"); the university's
name, "OFFICE OF THE REGISTRAR (EXAMINATIONS AND RECORDS)", one line "NAME: SURNAME, Given Middle  MATRIC
NO: 2013/MLS/0147  FACULTY: ...  DEPT: ...". Two panels side by side, HARMATTAN SEMESTER left and RAIN
SEMESTER right, each headed COURSE CODE | COURSE TITLE | UNITS | STATUS | SCORE | GRADE | GP (GP = units x
grade point); long titles wrap in the narrow panel. STATUS C (core), E (elective), R (required university
course: GST/ENT), CO (a course failed the session before, carried over into the same semester of the next
session). Under each panel "TNU  TCP  GPA", under the right one also "CTNU  CTCP  CGPA". The panels are of
different lengths. Last page: CLASS OF DEGREE, DATE OF GRADUATION, the Deputy Registrar, a grading key box
at the bottom right.

Truth: every printed row, code as printed, title, units (credit_system "semester"), grade letter, term
"2014/2015 Harmattan Semester"; the failed first attempt of a carried-over course has passed false.
"""

from ..layouts_transcript import LayoutResult
from ..model import ng_grade
from ..names import name_form
from ..pagekit import LANDSCAPE_A4, Page, wrap
from .r20_ao_common import FAMILY, course_truth, en_ord, k, EN_MONTHS

FAC = {"ng_bmls": ("Allied Health Sciences", "Medical Laboratory Science", "MLS"),
       "ng_bsc_micro": ("Science", "Microbiology", "MCB"),
       "ng_bsc_biochem": ("Science", "Biochemistry", "BCH"),
       "ng_bnsc": ("Allied Health Sciences", "Nursing Science", "NSC")}
SEM = {"S1": "Harmattan", "S2": "Rain"}


def status(code, spec):
    pre = code.split()[0] if " " in code else code[:3]
    if pre in ("GST", "ENT"):
        return "R"
    if pre in ("STA", "PHY", "CSC") and int(code[-3]) > 1:
        return "E"
    return "C"


def ng20_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = LANDSCAPE_A4
    L, R = 28, W - 28
    mid = W / 2
    fac, dept, abbr = FAC.get(cur.id, ("Science", cur.title.split(" in ")[-1], "SCI"))
    matric = f"{s.terms[0].start_year}/{abbr}/{k(s, 'mat') % 900 + 100:04d}"
    mname = person.middle if isinstance(person.middle, str) else ""
    nm = f"{person.surname.upper()}, {person.given}{(' ' + mname) if mname else ''}"
    # one failure, carried over to the same semester of the next session
    fail = None
    if k(s, "fail") % 3 == 0:
        opts = [(i, j) for i, t in enumerate(s.terms) for j, r in enumerate(t.results)
                if t.year < cur.years - 1 and not r.spec.areas]
        fail = opts[k(s, "fj") % len(opts)]
    sessions = {}
    for i, t in enumerate(s.terms):
        sessions.setdefault(t.year, []).append((i, t))
    pages, out = [], []
    ctnu = ctcp = 0
    carry = {}
    for yr, terms in sorted(sessions.items()):
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        sy = terms[0][1].start_year
        p.logo(L + 30, 44, 20, 1, 0.3)
        p.text(mid, 36, inst.name.upper(), FB, 15, "center")
        p.text(mid, 50, f"{inst.city.upper()}, {inst.region.upper()}, NIGERIA", F, 8.5, "center")
        p.text(mid, 64, "OFFICE OF THE REGISTRAR (EXAMINATIONS AND RECORDS)", FB, 10, "center")
        p.text(mid, 80, f"STATEMENT OF RESULT: {sy}/{sy + 1} SESSION - {yr}00 LEVEL", FB, 10.5, "center")
        p.pieces(100, [(L, f"NAME: {nm}", "left"), (L + 285, f"MATRIC NO: {matric}", "left"),
                       (L + 440, f"FACULTY: {fac}", "left"), (L + 600, f"DEPT: {dept}", "left")], F, 8.5)
        ybot = 0
        for side, (i, t) in enumerate(terms[:2]):
            x0 = L if side == 0 else mid + 6
            x1 = mid - 6 if side == 0 else R
            Xc = [x0, x0 + 54, x0 + 214, x0 + 246, x0 + 280, x0 + 313, x0 + 345, x1]
            p.text((x0 + x1) / 2, 122, f"{SEM.get(t.key, t.key).upper()} SEMESTER", FB, 9.5, "center")
            y = 128
            p.rect(x0, y, x1 - x0, 16, 0.6, fill=0.88)
            for c, hdr in enumerate(["COURSE CODE", "COURSE TITLE", "UNITS", "STATUS", "SCORE", "GRADE", "GP"]):
                p.text((Xc[c] + Xc[c + 1]) / 2, y + 11, hdr, FB, 6.6, "center")
            y += 16
            top = y
            rows = [(r, status(r.code, r.spec), j) for j, r in enumerate(t.results)]
            rows = [(cr, "CO", None) for cr in carry.pop(t.key, [])] + rows
            tnu = tcp = 0
            term = f"{sy}/{sy + 1} {SEM.get(t.key, t.key)} Semester"
            for r, st, j in rows:
                sc = r.score
                if st == "CO":
                    sc = max(52, sc)
                if (i, j) == fail:
                    sc = 30 + k(s, "fsc") % 10
                g, gp = ng_grade(sc)
                u = int(r.spec.credits)
                lines = wrap(r.spec.title, F, 7.8, Xc[2] - Xc[1] - 6)
                p.pieces(y + 10, [(Xc[0] + 3, r.code, "left"), (Xc[1] + 3, lines[0], "left"),
                                  ((Xc[2] + Xc[3]) / 2, str(u), "center"), ((Xc[3] + Xc[4]) / 2, st, "center"),
                                  ((Xc[4] + Xc[5]) / 2, str(sc), "center"), ((Xc[5] + Xc[6]) / 2, g, "center"),
                                  ((Xc[6] + Xc[7]) / 2, str(u * gp), "center")], F, 7.8)
                for ln in lines[1:]:
                    y += 9
                    p.text(Xc[1] + 3, y + 10, ln, F, 7.8)
                y += 13
                p.hline(x0, x1, y, 0.2)
                tnu += u
                tcp += u * gp
                extra = {"status": st, "score": sc}
                if g == "F":
                    extra["passed"] = False
                    carry.setdefault(t.key, []).append(r)
                out.append(course_truth(r, term, u, g, "semester", code=r.code, **extra))
            p.rect(x0, top, x1 - x0, y - top, 0.6)
            for xx in Xc[1:-1]:
                p.vline(xx, top - 16, y, 0.3)
            ctnu += tnu
            ctcp += tcp
            gpa = tcp / tnu if tnu else 0
            p.spaced(x0 + 3, y + 14, [f"TNU: {tnu}", f"TCP: {tcp}", f"GPA: {gpa:.2f}"], FB, 8.5, 14)
            if side == 1 or len(terms) == 1:
                p.spaced(x0 + 3, y + 27, [f"CTNU: {ctnu}", f"CTCP: {ctcp}", f"CGPA: {ctcp / ctnu:.2f}"], FB, 8.5, 14)
            ybot = max(ybot, y + 30)
        if yr == max(sessions):
            y = max(ybot + 24, H - 130)
            d = s.conferred
            p.text(L, y, f"CLASS OF DEGREE: {s.honours.upper() or 'SECOND CLASS (UPPER DIVISION)'}", FB, 9.5)
            p.text(L, y + 15, f"DATE OF GRADUATION: {en_ord(d.day).upper()} {EN_MONTHS[d.month - 1].upper()}, "
                   f"{d.year}", FB, 9.5)
            p.signature(L + 300, y + 10, 110, rng)
            p.hline(L + 290, L + 430, y + 22, 0.5)
            p.text(L + 360, y + 32, "Deputy Registrar (Exams & Records)", F, 8, "center")
            bx, by = R - 170, H - 100
            p.rect(bx, by, 170, 72, 0.5)
            p.text(bx + 85, by + 10, "GRADING KEY", FB, 7, "center")
            for n, ln in enumerate(["A 70-100 = 5", "B 60-69 = 4", "C 50-59 = 3", "D 45-49 = 2", "E 40-44 = 1",
                                    "F 0-39 = 0"]):
                p.text(bx + 8 + 80 * (n % 2), by + 22 + 10 * (n // 2), ln, F, 6.5)
            p.spaced(bx + 8, by + 62, ["C Core", "E Elective", "R Required", "CO Carry-over"], F, 6, 8)
    return LayoutResult("transcript", "ao_ng_result", FAMILY, pages, [nm], out, "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ao_ng_result": (ng20_transcript, FAMILY, ("NG",))}
