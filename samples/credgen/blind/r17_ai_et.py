"""Writer AI, round 17: Ethiopia (ET), on round 2's pack (curricula, universities, hospitals). A public
university's "OFFICIAL TRANSCRIPT": A4 portrait, the university's name in English with its Amharic
name above it (drawn as a picture), "ID No.", "Sex", "Date of Admission", "Date of Graduation". The
page is split into TWO running columns, each holding academic-year/semester blocks one after the
other (left column first, then the right, then the next page); a block's caption "Academic Year:
2007 E.C. (2014/15) Year I Semester I"; columns Course No. | Course Title (short, abbreviated:
"Gen. Microbiology", "Intro. to Hematology") | Cr.Hr | ECTS | Grade (A+ ... D) | Grade Pt. (grade
value x Cr.Hr, "12.0"). Each block ends with "Semester: Cr.Hr 18 Grade Pt. 57.0 SGPA 3.17",
"Cumulative: Cr.Hr 36 Grade Pt. 112.5 CGPA 3.13" and a status word ("Promoted", "Warning"). After
the last block: "Total Cr.Hr ... CGPA", "Great Distinction" / "Distinction" where it applies,
"Medium of instruction: English", the grading legend, the registrar's signature under a round
seal.

Truth: credit_system "semester" (the harmonised curriculum counts credit hours, US-style semester
credits, 1 = 1 SH; the ECTS printed beside them, about 1.7 x Cr.Hr, are recorded as `ects` and not
used for the hours). title = the abbreviated title as printed; `grade_points` as printed. Reading
order of the page text: header, the left column's blocks, the right column's, then the foot.
"""

import datetime as dt
import re

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size
from .r2_d_et import ECTS, eth_date
from .r17_ai_common import FAMILY, course_truth, dmy, geez_line, k, keep_dob, natural, ring_stamp, sign_block

ROMAN = ["I", "II", "III", "IV", "V", "VI"]
GRADES = [(90, "A+", 4.0), (85, "A", 4.0), (80, "A-", 3.75), (75, "B+", 3.5), (70, "B", 3.0), (65, "B-", 2.75),
          (60, "C+", 2.5), (50, "C", 2.0), (0, "D", 1.0)]
ABBR = [("Introduction to ", "Intro. to "), ("Introduction ", "Intro. "), ("General ", "Gen. "),
        ("Laboratory", "Lab."), ("Clinical ", "Clin. "), ("Medical ", "Med. "), ("Hematology", "Hematol."),
        ("Immunohematology", "Immunohem."), ("Chemistry", "Chem."), ("Microbiology", "Microbiol."),
        ("Parasitology", "Parasit."), ("Management", "Mgmt."), (" and ", " & "), ("Techniques", "Tech."),
        ("Communicative ", "Comm. "), ("Mathematics", "Math."), ("Psychology", "Psych."),
        ("Natural Sciences", "Nat. Sci."), ("Health Sciences", "Health Sci."), ("Program", "Prog."),
        ("Diagnostic", "Diag."), ("Molecular", "Molec."), ("Biostatistics", "Biostat."), ("Education", "Educ."),
        ("Methodology", "Method."), ("Fundamentals of ", "Fund. of "), ("Nursing", "Nurs.")]
RENAME = {"MLS 4011": ("MLS 4092", "Clin. Lab. Practice I (Hematol. & Immunohem.)"),
          "MLS 4013": ("MLS 4094", "Clin. Lab. Practice II (Clin. Chem. & Urinalysis)"),
          "MLS 4012": ("MLS 4096", "Clin. Lab. Practice III (Microbiol. & Parasit.)"),
          "MLS 4016": ("MLS 4102", "Research Project")}


def short(title):
    t = title
    for a, b in ABBR:
        t = t.replace(a, b)
    return re.sub(r"\s+", " ", t).strip()


def grade_of(s, salt, r):
    sc = r.score + k(s, salt) % 9 - 2
    for lo, g, v in GRADES:
        if sc >= lo:
            return g, v


def fmt1(x):
    return f"{x:.1f}"


def et_transcript(s, person, rng):
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    T, TB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 28, W - 28
    gap = 14
    cw = (R - L - gap) / 2
    nm = natural(person)
    fz = 6.3
    # offsets inside a column: No. | Title | Cr.Hr | ECTS | Grade | Grade Pt.
    OX = [0, 40, cw - 94, cw - 72, cw - 50, cw - 26]
    pages = []
    st = {"p": None, "col": 0, "y": 0, "top": 0}
    bottom = H - 46

    def new_page(divider=True):
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        geez_line(p, W / 2, 40, inst.extra.get("am", "ዩኒቨርሲቲ"), 13)
        p.text(W / 2, 60, inst.name.upper(), TB, 14, "center")
        p.text(W / 2, 72, "Office of the Registrar", T, 9, "center")
        p.hline(L, R, 80, 1.2)
        if len(pages) == 1:
            p.text(W / 2, 98, "OFFICIAL TRANSCRIPT", TB, 12, "center")
            y = 116
            for a, b in ((f"Name: {nm}", f"ID No. {s.student_no}"),
                         (f"Sex: {person.sex}", f"Date of Birth: {dmy(s.dob, '/')}"),
                         (f"Date of Admission: {dmy(s.admitted, '/')}", f"Date of Graduation: {dmy(s.conferred, '/')}"),
                         (f"Program: {cur.title}", "")):
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], S, 7.8)
                y += 10.5
            p.hline(L, R, y - 3, 0.5)
            st["top"] = y + 10
        else:
            p.text(L, 96, f"Name: {nm} ID No. {s.student_no} (continued)", S, 7.5)
            st["top"] = 112
        st["col"], st["y"], st["lefty"] = 0, st["top"], 0
        if divider:
            p.vline(W / 2, st["top"] - 6, bottom, 0.4)

    new_page()
    out = []
    cum_cr = cum_gp = 0.0
    last = len(s.terms) - 1
    for i, t in enumerate(s.terms):
        rows = t.results
        need = 30 + 9 * len(rows) + 30
        if st["y"] + need > bottom:
            if st["col"] == 0:
                st["lefty"] = st["y"]
                st["col"], st["y"] = 1, st["top"]
            else:
                new_page()
        p = st["p"]
        x0 = L + st["col"] * (cw + gap)
        y = st["y"]
        ay = f"{t.start_year}/{(t.start_year + 1) % 100:02d}"
        cap = (f"Academic Year: {t.start_year - 7} E.C. ({ay}) Year {ROMAN[t.year - 1]} "
               f"Semester {'I' if t.key == 'S1' else 'II'}")
        p.text(x0, y, cap, SB, fit_size(cap, SB, 7, cw, 5.5))
        y += 10
        p.hline(x0, x0 + cw, y - 7, 0.4)
        p.pieces(y, [(x0 + OX[0], "Course No.", "left"), (x0 + OX[1], "Course Title", "left"),
                     (x0 + OX[2] + 10, "Cr.Hr", "center"), (x0 + OX[3] + 10, "ECTS", "center"),
                     (x0 + OX[4] + 10, "Grade", "center"), (x0 + cw, "Grade Pt.", "right")], SB, 6.1)
        p.hline(x0, x0 + cw, y + 2.5, 0.4)
        y += 10
        cr = gp = 0.0
        for j, r in enumerate(rows):
            code, title = RENAME.get(r.spec.code, (r.code, short(r.spec.title)))
            g, v = grade_of(s, f"g{i}.{j}", r)
            c = int(r.spec.credits)
            e = ECTS.get(c, round(c * 1.7))
            gpt = v * c
            p.pieces(y, [(x0 + OX[0], code, "left"),
                         (x0 + OX[1], title, "left", S, fit_size(title, S, fz, OX[2] - OX[1] - 2, 4.6)),
                         (x0 + OX[2] + 10, str(c), "center"), (x0 + OX[3] + 10, str(e), "center"),
                         (x0 + OX[4] + 10, g, "center"), (x0 + cw - 2, fmt1(gpt), "right")], S, fz)
            y += 9
            out.append(course_truth(r, cap, c, g, "semester", title=title, code=code, ects=e, grade_points=gpt))
            cr += c
            gp += gpt
        cum_cr += cr
        cum_gp += gp
        sgpa, cgpa = gp / cr, cum_gp / cum_cr
        p.hline(x0, x0 + cw, y - 6, 0.4)
        p.text(x0, y + 2, f"Semester: Cr.Hr {int(cr)} Grade Pt. {fmt1(gp)} SGPA {sgpa:.2f}", SB, 6.3)
        p.text(x0, y + 11, f"Cumulative: Cr.Hr {int(cum_cr)} Grade Pt. {fmt1(cum_gp)} CGPA {cgpa:.2f}", SB, 6.3)
        status = "Warning" if sgpa < 2.0 or cgpa < 2.0 else "Promoted"
        if i == last:
            status = "Graduated"
        p.text(x0 + cw, y + 11, status, S, 6.3, "right")
        st["y"] = y + 30
    cgpa = cum_gp / cum_cr
    p = st["p"]
    foot = max(st["y"], st.get("lefty", 0)) if st["col"] == 1 else st["y"]
    if foot + 120 > H - 20:
        new_page(False)
        p = st["p"]
        foot = st["top"]
    y = foot + 4
    p.hline(L, R, y - 8, 0.8)
    p.text(L, y + 2, f"Total Cr.Hr {int(cum_cr)} Total Grade Pt. {fmt1(cum_gp)} CGPA {cgpa:.2f}", SB, 8)
    dist = "Very Great Distinction" if cgpa >= 3.75 else "Great Distinction" if cgpa >= 3.25 else \
        "Distinction" if cgpa >= 2.75 else ""
    if dist:
        p.text(L, y + 13, dist, SB, 8)
    p.text(L, y + 25, "Medium of instruction: English", S, 7.3)
    p.text(L, y + 35, "Grading: A+ 4.00, A 4.00, A- 3.75, B+ 3.50, B 3.00, B- 2.75, C+ 2.50, C 2.00, C- 1.75, D 1.00, "
                      "Fx 0.00, F 0.00. Grade Pt. = grade value x Cr.Hr.", S, 6.6)
    ey, em, ed = eth_date(s.conferred)
    p.text(L, y + 45, f"Date of issue: {dmy(s.conferred + dt.timedelta(days=10), '/')}", S, 7.3)
    sign_block(p, rng, R - 90, y + 84, "University Registrar", S, 7.5, 140)
    ring_stamp(p, R - 110, y + 72, 27, f"{inst.name.upper()} * OFFICE OF THE REGISTRAR *")
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 14, f"Page {q} of {n}", S, 6.5, "right")
    return LayoutResult("transcript", "ai_et_official", FAMILY, pages, [nm], out, "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ai_et_official": (et_transcript, FAMILY, ("ET",))}
