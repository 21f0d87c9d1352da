"""Writer I, round 5: Nigeria (existing pack). A private university's "STUDENT ACADEMIC RECORD":
per semester a shaded caption "2016/2017 SESSION — HARMATTAN SEMESTER (100 LEVEL)" (or RAIN
SEMESTER), columns `Course Code | Course Title | Status | Unit | Score | Grade | GP | WGP`
(Status C compulsory / R required / E elective; 5-point scale A 70-100 = 5 ... F 0-39 = 0,
WGP = Unit x GP); a failed course is carried over to the same semester of the next session and
printed there first with "(CO)" after its code; under each semester a small ruled grid
`Previous | Current | Cumulative` x `TNU | TCP | GPA` whose figures add up (TNU counts the failed
units, as Nigerian GPAs do); at the end "Class of Degree: Second Class Honours (Upper Division)
CGPA 4.02", the date of graduation, the keys and the Registrar's signature. Unit = 1 SH."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..model import ng_grade
from ..names import name_form
from ..pagekit import A4, Page, fit_size, wrap
from .r5_i_common import FAMILY, course_truth, k, ng_cgpa, ng_class, ng_rows, rubber_stamp

ABBR = {"ng_bmls": ("Bachelor of Medical Laboratory Science (B.MLS)", "Medical Laboratory Science",
                    "Faculty of Basic Medical and Allied Health Sciences"),
        "ng_bsc_micro": ("Bachelor of Science (B.Sc.) Microbiology", "Microbiology", "Faculty of Natural Sciences"),
        "ng_bsc_biochem": ("Bachelor of Science (B.Sc.) Biochemistry", "Biochemistry", "Faculty of Natural Sciences"),
        "ng_bnsc": ("Bachelor of Nursing Science (B.N.Sc.)", "Nursing Science",
                    "Faculty of Basic Medical and Allied Health Sciences")}
ELECTIVE_WORDS = ("Virology", "Cytology", "Seminar", "Statistics", "Peace", "Enzymology", "Food")


def status(r):
    if r.code.startswith("GST"):
        return "R"
    if any(w in r.spec.title for w in ELECTIVE_WORDS):
        return "E"
    return "C"


def caption(t):
    sem = "HARMATTAN SEMESTER" if t.key == "S1" else "RAIN SEMESTER"
    return f"{t.start_year}/{t.start_year + 1} SESSION \u2014 {sem} ({t.year}00 LEVEL)"


def ng_student_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 34, W - 34
    fs, lh = 7.8, 10.4
    name = name_form(person, "surname_first_mixed")
    prog, dept, fac = ABBR.get(cur.id, (cur.title, cur.title, "Faculty of Science"))
    xs = {"code": L + 3, "title": L + 74, "st": L + 322, "unit": L + 356, "score": L + 392,
          "grade": L + 428, "gp": L + 462, "wgp": R - 16}
    tw = xs["st"] - 14 - xs["title"]
    pages, st = [], {}

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.logo(L + 24, 52, 20, 1, 0.3)
        p.text(W / 2 + 16, 42, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 14.5, 420), "center")
        p.text(W / 2 + 16, 55, f"{inst.street}, {inst.city}, {inst.region}, Nigeria", F, 8.5, "center")
        p.text(W / 2 + 16, 66, "OFFICE OF THE REGISTRAR \u2014 EXAMINATIONS AND RECORDS UNIT", F, 8, "center")
        p.hline(L, R, 74, 1.4)
        p.hline(L, R, 76.5, 0.4)
        y = 92
        p.text(W / 2, y, "STUDENT ACADEMIC RECORD", FB, 12.5, "center")
        y += 16
        if len(pages) == 1:
            sex = "Female" if person.sex == "F" else "Male"
            rows = [("Name of Student", name, "Matric. No.", s.student_no),
                    ("Programme", prog, "Sex", sex),
                    ("Department", dept, "Date of Birth", D.ordinal_dmy(s.dob)),
                    ("Faculty", fac, "Mode of Entry", "UTME"),
                    ("Session of Entry", f"{s.terms[0].start_year}/{s.terms[0].start_year + 1}",
                     "Duration", f"{cur.years} Years")]
            for a, b, c, d in rows:
                p.pieces(y, [(L, f"{a}:", "left", FB, 8), (L + 82, b, "left"),
                             (L + 360, f"{c}:", "left", FB, 8), (L + 430, d, "left")], F, 8)
                y += 11
        else:
            p.pieces(y, [(L, "Name of Student:", "left", FB, 8), (L + 82, name, "left"),
                         (R, f"Matric. No.: {s.student_no}", "right")], F, 8)
            y += 11
        st.update(page=p, y=y + 8)

    def block_height(rows):
        return sum(lh * len(wrap(r.spec.title, F, fs, tw)) for r, _, _ in rows) + 36 + 4 * lh + 14

    new_page()
    out = []
    ctnu = ctcp = 0
    all_rows = ng_rows(s)
    for t, rows in zip(s.terms, all_rows):
        if st["y"] + block_height(rows) > H - 70:
            new_page()
        p, y = st["page"], st["y"]
        label = caption(t)
        p.rect(L, y - 9, R - L, 13, 0, 0.0, fill=0.86)
        p.text(L + 4, y, label, FB, 8.4)
        y += 15
        p.pieces(y, [(xs["code"], "Course Code", "left"), (xs["title"], "Course Title", "left"),
                     (xs["st"], "Status", "center"), (xs["unit"], "Unit", "center"),
                     (xs["score"], "Score", "center"), (xs["grade"], "Grade", "center"),
                     (xs["gp"], "GP", "center"), (xs["wgp"], "WGP", "center")], FB, 7.6)
        p.hline(L, R, y + 3.5, 0.6)
        top = y - 9
        y += 13
        tnu = tcp = 0
        for r, score, co in rows:
            g, gp = ng_grade(score)
            u = int(r.spec.credits)
            code = f"{r.code} (CO)" if co else r.code
            lines = wrap(r.spec.title, F, fs, tw)
            p.pieces(y, [(xs["code"], code, "left"), (xs["title"], lines[0], "left"),
                         (xs["st"], status(r), "center"), (xs["unit"], str(u), "center"),
                         (xs["score"], str(score), "center"), (xs["grade"], g, "center"),
                         (xs["gp"], str(gp), "center"), (xs["wgp"], str(u * gp), "center")], F, fs)
            for ln in lines[1:]:
                y += lh
                p.text(xs["title"], y, ln, F, fs)
            y += lh
            tnu += u
            tcp += u * gp
            extra = {"score": score, "grade_point": gp, "status": status(r)}
            if co:
                extra["carry_over"] = True
            out.append(course_truth(r, label, u, g, "semester", title=" ".join(lines), passed=g != "F", **extra))
        p.hline(L, R, y - 7, 0.4)
        for x in (xs["title"] - 4, xs["st"] - 16, xs["unit"] - 14, xs["score"] - 18, xs["grade"] - 16,
                  xs["gp"] - 16, xs["gp"] + 16):
            p.vline(x, top + 13, y - 7, 0.25)
        # summary grid: Previous | Current | Cumulative  x  TNU | TCP | GPA
        gx = [R - 250, R - 180, R - 120, R - 60, R]
        gy = y + 1
        p.rect(gx[0], gy, gx[-1] - gx[0], 4 * 11, 0.5, 0.0)
        for x in gx[1:-1]:
            p.vline(x, gy, gy + 44, 0.4)
        for i in range(1, 4):
            p.hline(gx[0], gx[-1], gy + 11 * i, 0.3)
        prev_gpa = f"{ctcp / ctnu:.2f}" if ctnu else "0.00"
        vals = [("TNU", str(ctnu), str(tnu), str(ctnu + tnu)),
                ("TCP", str(ctcp), str(tcp), str(ctcp + tcp)),
                ("GPA", prev_gpa, f"{tcp / tnu:.2f}", f"{(ctcp + tcp) / (ctnu + tnu):.2f}")]
        mid = [(gx[i] + gx[i + 1]) / 2 for i in range(4)]
        p.pieces(gy + 8, [(mid[1], "Previous", "center"), (mid[2], "Current", "center"),
                          (mid[3], "Cumulative", "center")], FB, 7)
        for i, row in enumerate(vals):
            p.pieces(gy + 19 + 11 * i, [(gx[0] + 5, row[0], "left", FB, 7)] +
                     [(mid[j + 1], v, "center") for j, v in enumerate(row[1:])], F, 7)
        ctnu += tnu
        ctcp += tcp
        st["y"] = gy + 44 + 24
    if st["y"] + 150 > H - 60:
        new_page()
    p, y = st["page"], st["y"]
    cg = ng_cgpa(s)
    p.pieces(y, [(L, "Class of Degree:", "left", FB, 9.5), (L + 86, ng_class(s), "left", FB, 9.5),
                 (L + 330, f"CGPA {cg:.2f}", "left", FB, 9.5)], FB, 9.5)
    y += 13
    grad = D.ordinal_dmy(s.conferred)
    p.pieces(y, [(L, "Date of Graduation:", "left", FB, 8.5), (L + 86, grad, "left")], F, 8.5)
    y += 11
    p.pieces(y, [(L, "Total Units Passed:", "left", FB, 8.5),
                 (L + 86, str(int(sum(c["credits"] for c in out if c.get("passed") is not False))), "left")], F, 8.5)
    y += 18
    for ln in ("Grading: A (70-100) = 5; B (60-69) = 4; C (50-59) = 3; D (45-49) = 2; E (40-44) = 1; F (0-39) = 0.",
               "Status: C = Compulsory; R = Required; E = Elective. (CO) = Carry-over course.",
               "TNU = Total Number of Units; TCP = Total Credit Points; WGP = Unit x GP; GPA = TCP / TNU.",
               "Class of Degree: First Class 4.50-5.00; Second Class (Upper) 3.50-4.49; Second Class (Lower) "
               "2.40-3.49; Third Class 1.50-2.39."):
        p.text(L, y, ln, FI, 7)
        y += 9.5
    for i, pg in enumerate(pages, 1):
        yb = pg.h - 44
        pg.signature(R - 160, yb - 12, 110, rng)
        rubber_stamp(pg, R - 230, yb - 16, 34, 22)
        pg.pieces(yb, [(L, "Checked by: ........................", "left"), (R - 105, "Registrar", "center")], F, 8)
        pg.text(W / 2, pg.h - 22, f"Page {i} of {len(pages)} \u2014 Not valid without the University seal "
                f"and the Registrar's signature", FI, 6.8, "center")
    return LayoutResult("transcript", "ng_student_academic_record", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": grad, "prints_totals": True, "cgpa": round(cg, 2)})


TRANSCRIPT_LAYOUTS = {"ng_student_academic_record": (ng_student_record, FAMILY, ("NG",))}
