"""Writer AL, round 18: Cameroon (CM), the existing country pack (r3_e_cm) reused. An anglophone
higher institute's bilingual "RELEVÉ DE NOTES / ACADEMIC TRANSCRIPT": A4 portrait, headings French /
English separated by a slash, Matricule, Level, Option. One ruled table per semester captioned
"FIRST SEMESTER / PREMIER SEMESTRE – 2016/2017 – LEVEL 200" (year of study 1-3 = levels 200-400: direct
entry at level 200). Columns Course Code | Course Title / Intitulé | Credit Value | CA /30 | Exam /70 |
Total /100 | Grade (A ... F) | GP (4.0 scale) | Remark (CV credit validated, CVC validated by
compensation, CNV not validated). A course not validated (about one candidate in three, in the first
or second year) is printed with its credits, GP 0 and CNV, and repeated the next year in the same
semester with its code followed by "(R)". Under each table "Credits attempted / Credits earned / GPA";
under each year "Cumulative credits earned / CGPA". Last: total credits earned, CGPA, the class of
degree, the grading system, "The Registrar / Le Chef de la Scolarité" and a stamp. The pack's
curriculum gives the programme title and the courses (printed as the pack names them).

Credit basis: the credit value (about 15 contact hours, 30 a semester, 60 a year) is read like the
pack's LMD credits: credit_system "ects" (60 a full-time year = 30 SH, x 1/2), the value earlier
rounds used for Cameroonian credits. A CNV row carries `passed: false` (its credits earn nothing);
the printed "Total credits earned" is the sum of the validated rows.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size
from .r18_al_common import FAMILY, course_truth, dmy, grid, k, keep_dob, natural, rubber_stamp, sign_block, \
    watermark_crest

BANDS = [(80, "A", 4.0), (70, "B+", 3.5), (60, "B", 3.0), (55, "C+", 2.5), (50, "C", 2.0), (45, "D+", 1.5),
         (40, "D", 1.0), (0, "F", 0.0)]
SEM = {"S1": "FIRST SEMESTER / PREMIER SEMESTRE", "S2": "SECOND SEMESTER / DEUXIÈME SEMESTRE"}


def band(t):
    for lo, g, gp in BANDS:
        if t >= lo:
            return g, gp
    return "F", 0.0


def klass(g):
    return ("First Class" if g >= 3.6 else "Second Class Upper" if g >= 3.0 else "Second Class Lower" if g >= 2.5
            else "Third Class" if g >= 2.0 else "Pass")


def cm_rows(s):
    """[(term, [(r, code, total, ca, remark)])] in printed order, with the repeats."""
    fail = None
    if k(s, "fail") % 3 == 0:
        cands = [(i, j) for i, t in enumerate(s.terms) if t.year < 3 for j, r in enumerate(t.results)
                 if not r.spec.areas]
        if cands:
            fail = cands[k(s, "which") % len(cands)]
    out = []
    pending = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            tot = max(44, min(94, r.score + k(s, f"t{i}.{j}") % 9 - 1))
            if fail == (i, j):
                tot = 30 + k(s, "ft") % 8
                pending.append((t.year + 1, t.key, r))
            rows.append((r, r.code, tot))
        for (yy, kk, r) in [x for x in pending if x[0] == t.year and x[1] == t.key]:
            rows.append((r, f"{r.code} (R)", max(50, min(80, r.score + 4))))
        out.append((t, rows))
    return out


def cm_cgpa(s):
    pts = att = 0.0
    for t, rows in cm_rows(s):
        for r, code, tot in rows:
            pts += band(tot)[1] * r.spec.credits
            att += r.spec.credits
    return pts / att


def cm_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 34, W - 34
    X = [L, L + 56, L + 256, L + 298, L + 330, L + 366, L + 404, L + 436, L + 466, R]
    nm = natural(person).upper()
    pages = []
    fr = inst.extra.get("fr", inst.name)
    fac = inst.extra.get("fac", ("Faculté des Sciences de la Santé", "Faculty of Health Sciences"))

    def new_page(first):
        p = Page(A4)
        pages.append(p)
        if first:
            p.text(L, 36, "RÉPUBLIQUE DU CAMEROUN", SB, 8)
            p.text(L, 46, "Paix – Travail – Patrie", S, 7.5)
            p.text(R, 36, "REPUBLIC OF CAMEROON", SB, 8, "right")
            p.text(R, 46, "Peace – Work – Fatherland", S, 7.5, "right")
            watermark_crest(p, W / 2, 52, 22, 0.3)
            p.text(W / 2, 90, f"{fr} / {inst.name}", SB, 10, "center")
            p.text(W / 2, 102, f"{fac[0]} / {fac[1]}", S, 8.5, "center")
            p.text(W / 2, 124, "RELEVÉ DE NOTES / ACADEMIC TRANSCRIPT", SB, 13, "center")
            y = 146
            lines = [(f"Nom / Name: {nm}", f"Matricule: {s.student_no}"),
                     (f"Né(e) le / Date of birth: {dmy(s.dob)}", "Level: 200 – 400"),
                     (f"Programme: {cur.title}", "Option: Medical Laboratory Science"
                      if cur.field == "medical_laboratory_science" else f"Option: {cur.title.split(' in ')[-1]}")]
            for a, b in lines:
                p.pieces(y, [(L, a, "left", S, fit_size(a, S, 8.5, 350)), (L + 370, b, "left")], S, 8.5)
                y += 12
            return p, y + 6
        p.text(L, 34, f"{nm} — Matricule {s.student_no} — RELEVÉ DE NOTES / ACADEMIC TRANSCRIPT", S, 7.5)
        return p, 48

    def head(p, y):
        p.rect(L, y, R - L, 20, 0, 0, fill=0.88)
        hs = [("Course Code", "", 0), ("Course Title / Intitulé", "", 1), ("Credit", "Value", 2), ("CA", "/30", 3),
              ("Exam", "/70", 4), ("Total", "/100", 5), ("Grade", "", 6), ("GP", "", 7), ("Remark", "", 8)]
        for a, b, c in hs:
            x = (X[c] + X[c + 1]) / 2 if c != 1 else X[1] + 3
            al = "center" if c != 1 else "left"
            p.text(x, y + (8 if b else 13), a, SB, 7, al)
            if b:
                p.text(x, y + 17, b, SB, 7, al)
        return y + 20

    p, y = new_page(True)
    out = []
    cum_e, cum_pts, cum_att = 0, 0.0, 0
    blocks = cm_rows(s)
    for idx, (t, rows) in enumerate(blocks):
        need = 16 + 20 + 12 * len(rows) + 20 + (16 if t.key == "S2" else 0)
        if y + need > H - 40:
            p, y = new_page(False)
        ay = f"{t.start_year}/{t.start_year + 1}"
        cap = f"{SEM.get(t.key, SEM['S1'])} – {ay} – LEVEL {100 + 100 * t.year}"
        p.text(L, y + 10, cap, SB, 8.5)
        y = head(p, y + 14)
        top = y - 20
        att = ern = 0
        pts = 0.0
        for r, code, tot in rows:
            cr = int(r.spec.credits)
            ca = min(30, max(8, int(round(tot * 0.3)) + k(s, f"ca{code}{t.year}") % 5 - 2))
            ex = tot - ca
            g, gp = band(tot)
            rem = "CV" if tot >= 50 else "CVC" if tot >= 40 else "CNV"
            title = r.spec.title
            p.pieces(y + 8.5, [(X[0] + 3, code, "left"), (X[1] + 3, title, "left", S, fit_size(title, S, 7.5, 194)),
                               ((X[2] + X[3]) / 2, str(cr), "center"), ((X[3] + X[4]) / 2, str(ca), "center"),
                               ((X[4] + X[5]) / 2, str(ex), "center"), ((X[5] + X[6]) / 2, str(tot), "center"),
                               ((X[6] + X[7]) / 2, g, "center"), ((X[7] + X[8]) / 2, f"{gp:.1f}", "center"),
                               ((X[8] + X[9]) / 2, rem, "center")], S, 7.5)
            y += 12
            p.hline(L, R, y, 0.25)
            att += cr
            pts += gp * cr
            extra = {"ca": ca, "exam": ex, "total": tot, "grade_points": gp, "remark": rem}
            if rem == "CNV":
                extra["passed"] = False
            else:
                ern += cr
            out.append(course_truth(r, cap, cr, g, "ects", code=code, **extra))
        grid(p, X, top, y)
        cum_e += ern
        cum_att += att
        cum_pts += pts
        p.spaced(L + 4, y + 12, [f"Credits attempted: {att}", f"Credits earned: {ern}", f"GPA: {pts / att:.2f}"], SB, 8)
        y += 18
        if t.key == "S2" or idx == len(blocks) - 1:
            p.spaced(L + 4, y + 8, [f"Cumulative credits earned: {cum_e}", f"CGPA: {cum_pts / cum_att:.2f}"], SB, 8.5)
            y += 14
        y += 8
    if y + 190 > H - 30:
        p, y = new_page(False)
    cg = cum_pts / cum_att
    y += 6
    p.text(L, y, f"Total credits earned / Total des crédits capitalisés: {cum_e}", SB, 9.5)
    p.text(L, y + 14, f"CGPA: {cg:.2f}", SB, 9.5)
    p.text(L, y + 28, f"Class of Degree / Mention: {klass(cg)}", SB, 9.5)
    p.text(L, y + 48, "GRADING SYSTEM / SYSTÈME DE NOTATION", SB, 8)
    gs = "A 80-100 (4.0) | B+ 70-79 (3.5) | B 60-69 (3.0) | C+ 55-59 (2.5) | C 50-54 (2.0) | D+ 45-49 (1.5) | " \
         "D 40-44 (1.0) | F 0-39 (0)"
    p.text(L, y + 60, gs, S, 7.5)
    p.text(L, y + 71, "CV: Credit validated | CVC: Credit validated by compensation | CNV: Credit not validated", S, 7.5)
    p.text(L, y + 82, "First Class 3.60-4.00 | Second Class Upper 3.00-3.59 | Second Class Lower 2.50-2.99 | "
                      "Third Class 2.00-2.49", S, 7.5)
    iss = s.conferred
    p.text(L, y + 104, f"Fait à {inst.city}, le / Done at {inst.city} on {dmy(iss)}", S, 8.5)
    sign_block(p, rng, R - 110, y + 150, "The Registrar / Le Chef de la Scolarité", S, 8.5, 200)
    rubber_stamp(p, R - 190, y + 132, 44, 28, 0.45)
    return LayoutResult("transcript", "al_cm_transcript", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"al_cm_transcript": (cm_transcript, FAMILY, ("CM",))}
