"""Writer AJ, round 17: Nigeria (NG), a new design for the existing NG pack (not changed): a state
university's "STUDENT'S ACADEMIC TRANSCRIPT", A4 landscape, the crest as a shape, "Matric. No.:
MLS/2012/045", "Faculty: Basic Medical Sciences", "Department: Medical Laboratory Science", "Mode of
Entry: UTME". One table per SESSION, captioned "2012/2013 SESSION — 100 LEVEL", in which the semester is
a COLUMN: Sem ("1st", "2nd") | Course Code | Course Title | Units | Score (0-100) | Grade (A-F) | GP
(A=5 ... E=1, F=0) | WGP (units x GP). A course failed is printed again, passed, in the same semester
of the next session with "(CO)" after its code (carry-over); the failed attempt keeps its row with F and
0 WGP. Under each session a four-cell box "TUR 42 | TUP 40 | TWGP 176 | GPA 4.40" and the cumulative
"CTUR 84 | CTUP 82 | CWGP 338 | CGPA 4.12" (TUR = units registered, F included; TUP = units passed;
GPA = TWGP / TUR, two decimals). The 500 level holds the clinical postings and MLS 599 Research
Project. Last: "Class of Degree" (from the final CGPA: First Class >= 4.50, Second Class (Honours) Upper
Division 3.50-4.49, Lower Division 2.40-3.49, Third Class 1.50-2.39, Pass 1.00-1.49), "Date of
Graduation: 2018-02-27", "Final CGPA", the grading key, "Registrar", "NOT VALID IF ALTERED".

Credit basis: units (Nigerian course units are semester credits: system "semester", x 1, as earlier
Nigerian rounds). Truth rows: code as printed without the "(CO)" mark (`carry_over: true` on the
repeated row), term "2012/2013 Session, 1st Semester", credits the units, grade the letter, `score`,
`grade_point` (the GP) and `wgp` beside; the failed attempt has passed false and semester_hours 0.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import LANDSCAPE_A4, Page, fit_size
from .r17_aj_common import FAMILY, course_truth, crest, k, keep_dob

BANDS = [(70, "A", 5), (60, "B", 4), (50, "C", 3), (45, "D", 2), (40, "E", 1)]
DEPT = {"ng_bmls": ("Basic Medical Sciences", "Medical Laboratory Science", "MLS"),
        "ng_bnsc": ("Basic Medical Sciences", "Nursing Science", "NSC"),
        "ng_bsc_micro": ("Life Sciences", "Microbiology", "MCB"),
        "ng_bsc_biochem": ("Life Sciences", "Biochemistry", "BCH")}
SHORT = {"ng_bmls": "B.MLS", "ng_bnsc": "B.NSc", "ng_bsc_micro": "B.Sc.", "ng_bsc_biochem": "B.Sc."}


def grade(score):
    for lo, g, pt in BANDS:
        if score >= lo:
            return g, pt
    return "F", 0


def sessions(s):
    """[(year, start_year, [(sem 1/2, r, score, carry_over)])]: every course once; now and then one
    course of 100-300 level failed and carried over to the same semester of the next session."""
    by = {}
    for i, t in enumerate(s.terms):
        sem = 1 if t.key == "S1" else 2
        rows = by.setdefault(t.year, (t.start_year, []))[1]
        for j, r in enumerate(t.results):
            sc = max(41, min(90, r.score + (k(s, f"s{i}.{j}") % 13) - 3))
            rows.append([sem, r, sc, False])
    if k(s, "co") % 3 != 0:
        yrs = [y for y in sorted(by) if y <= 3 and y + 1 in by]
        y = yrs[k(s, "coy") % len(yrs)]
        rows = by[y][1]
        q = k(s, "coq") % len(rows)
        sem, r, _, _ = rows[q]
        rows[q][2] = 25 + k(s, "cof") % 15
        nxt = by[y + 1][1]
        pos = max([n for n, row in enumerate(nxt) if row[0] == sem], default=-1) + 1
        nxt.insert(pos, [sem, r, 50 + k(s, "cop") % 18, True])
    return [(y, by[y][0], [tuple(x) for x in by[y][1]]) for y in sorted(by)]


def figures(rows):
    tur = sum(int(r.spec.credits) for _, r, _, _ in rows)
    tup = sum(int(r.spec.credits) for _, r, sc, _ in rows if grade(sc)[0] != "F")
    twgp = sum(int(r.spec.credits) * grade(sc)[1] for _, r, sc, _ in rows)
    return tur, tup, twgp


def final_cgpa(s):
    tur = twgp = 0
    for _, _, rows in sessions(s):
        a, _, c = figures(rows)
        tur += a
        twgp += c
    return round(twgp / tur + 1e-9, 2)


def degree_class(cgpa):
    if cgpa >= 4.5:
        return "First Class (Honours)"
    if cgpa >= 3.5:
        return "Second Class (Honours) Upper Division"
    if cgpa >= 2.4:
        return "Second Class (Honours) Lower Division"
    if cgpa >= 1.5:
        return "Third Class (Honours)"
    return "Pass"


def matric(s):
    return f"{DEPT[s.curriculum.id][2]}/{s.terms[0].start_year}/{k(s, 'matric') % 180 + 1:03d}"


def ng_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB = "Helvetica", "Helvetica-Bold"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    L, R = 40, W - 40
    X = [L, L + 40, L + 120, L + 470, L + 520, L + 570, L + 620, L + 670, R]
    fac, dept, _ = DEPT[cur.id]
    nm = f"{person.surname.upper()}, {' '.join(x for x in (person.given, person.middle) if x)}"
    pages = []
    st = {"p": None, "y": 0}

    def new_page(first):
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        st["p"] = p
        if first:
            crest(p, W / 2, 48, 18, 0.3)
            p.text(W / 2, 88, inst.name.upper(), SB, 15, "center")
            p.text(W / 2, 101, f"{inst.street}, {inst.city}, {inst.region}", S, 8.5, "center")
            p.text(W / 2, 118, "OFFICE OF THE REGISTRAR (EXAMINATIONS AND RECORDS)", S, 9, "center")
            p.text(W / 2, 136, "STUDENT'S ACADEMIC TRANSCRIPT", SB, 13, "center")
            y = 158
            for a, b in ((f"Name: {nm}", f"Matric. No.: {matric(s)}"),
                         (f"Faculty: {fac}", f"Department: {dept}"),
                         (f"Programme: {cur.title} ({SHORT[cur.id]})", "Mode of Entry: UTME")):
                p.pieces(y, [(L, a, "left"), (L + 430, b, "left")], S, 9.5)
                y += 13
            st["y"] = y + 8
        else:
            p.text(L, 36, f"{inst.name.upper()} – STUDENT'S ACADEMIC TRANSCRIPT – {nm} – {matric(s)} (continued)",
                   S, 8)
            st["y"] = 52

    def colhead(p, y):
        p.rect(L, y, R - L, 14, 0.6, 0.0, fill=0.85)
        p.pieces(y + 10, [((X[0] + X[1]) / 2, "Sem", "center"), (X[1] + 4, "Course Code", "left"),
                          (X[2] + 4, "Course Title", "left"), ((X[3] + X[4]) / 2, "Units", "center"),
                          ((X[4] + X[5]) / 2, "Score", "center"), ((X[5] + X[6]) / 2, "Grade", "center"),
                          ((X[6] + X[7]) / 2, "GP", "center"), ((X[7] + X[8]) / 2, "WGP", "center")], SB, 8)
        return y + 14

    def box(p, y, labels):
        w = (R - L) / 4
        for n, t in enumerate(labels):
            p.rect(L + n * w, y, w, 14, 0.5)
        p.pieces(y + 10, [(L + n * w + w / 2, t, "center") for n, t in enumerate(labels)], SB, 8.5)
        return y + 14

    new_page(True)
    out = []
    rh = 12
    ctur = ctup = cwgp = 0
    for yr, sy, rows in sessions(s):
        need = 16 + 14 + rh * len(rows) + 40
        if st["y"] + need > H - 36:
            new_page(False)
        p, y = st["p"], st["y"]
        cap = f"{sy}/{sy + 1} SESSION — {yr}00 LEVEL"
        p.text(L, y + 10, cap, SB, 9.5)
        y = colhead(p, y + 14)
        top = y
        for sem, r, sc, co in rows:
            g, gp = grade(sc)
            u = int(r.spec.credits)
            code = r.code + (" (CO)" if co else "")
            p.pieces(y + 9, [((X[0] + X[1]) / 2, "1st" if sem == 1 else "2nd", "center"), (X[1] + 4, code, "left"),
                             (X[2] + 4, r.spec.title, "left", S, fit_size(r.spec.title, S, 8, X[3] - X[2] - 8)),
                             ((X[3] + X[4]) / 2, str(u), "center"), ((X[4] + X[5]) / 2, str(sc), "center"),
                             ((X[5] + X[6]) / 2, g, "center"), ((X[6] + X[7]) / 2, str(gp), "center"),
                             ((X[7] + X[8]) / 2, str(u * gp), "center")], S, 8)
            y += rh
            p.hline(L, R, y, 0.25, 0.4)
            term = f"{sy}/{sy + 1} Session, {'1st' if sem == 1 else '2nd'} Semester"
            extra = {"score": sc, "grade_point": gp, "wgp": u * gp}
            if co:
                extra["carry_over"] = True
            if g == "F":
                out.append(course_truth(r, term, u, g, "semester", code=r.code, passed=False, semester_hours=0,
                                        **extra))
            else:
                out.append(course_truth(r, term, u, g, "semester", code=r.code, **extra))
        for x in X:
            p.vline(x, top, y, 0.4)
        p.hline(L, R, y, 0.6)
        tur, tup, twgp = figures(rows)
        ctur, ctup, cwgp = ctur + tur, ctup + tup, cwgp + twgp
        y = box(p, y + 4, [f"TUR {tur}", f"TUP {tup}", f"TWGP {twgp}", f"GPA {twgp / tur + 1e-9:.2f}"])
        y = box(p, y, [f"CTUR {ctur}", f"CTUP {ctup}", f"CWGP {cwgp}", f"CGPA {cwgp / ctur + 1e-9:.2f}"])
        st["y"] = y + 14
    if st["y"] + 150 > H - 20:
        new_page(False)
    p, y = st["p"], st["y"] + 6
    cg = final_cgpa(s)
    p.text(L, y, f"Class of Degree: {degree_class(cg)}", SB, 10)
    p.text(L, y + 14, f"Date of Graduation: {s.conferred.isoformat()}", SB, 10)
    p.text(L, y + 28, f"Final CGPA: {cg:.2f}", SB, 10)
    # grading key
    kx, ky = L + 330, y - 8
    p.text(kx, ky, "GRADING KEY", SB, 8)
    keys = [("70-100", "A", "5"), ("60-69", "B", "4"), ("50-59", "C", "3"), ("45-49", "D", "2"), ("40-44", "E", "1"),
            ("0-39", "F", "0")]
    for n, (a, b, c) in enumerate(keys):
        p.pieces(ky + 11 + 9.5 * n, [(kx, a, "left"), (kx + 50, b, "left"), (kx + 70, c, "left")], S, 7.5)
    p.text(kx + 110, ky + 11, "TUR: Total Units Registered; TUP: Total Units Passed;", S, 7.5)
    p.text(kx + 110, ky + 20.5, "TWGP: Total Weighted Grade Points; GPA = TWGP / TUR;", S, 7.5)
    p.text(kx + 110, ky + 30, "(CO): carry-over course.", S, 7.5)
    from .r17_aj_common import sign_block
    sign_block(p, rng, L + 90, y + 86, "Registrar", SB, 9, 160)
    p.text(W / 2, y + 100, "NOT VALID IF ALTERED", SB, 9, "center")
    return LayoutResult("transcript", "aj_ng_session_transcript", FAMILY, pages, [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aj_ng_session_transcript": (ng_transcript, FAMILY, ("NG",))}
