"""Writer AF, round 15: Israel (IL). Country pack (invented universities' "B.Sc. in Medical Laboratory
Sciences", three years plus a clinical year, Faculty of Medicine; a B.Sc. in Biology, three years; a
B.A. in Nursing, four years) and the Student Administration's English "TRANSCRIPT OF ACADEMIC
RECORD": A4 portrait, the university's Hebrew name drawn as a picture above its English name,
"I.D. No.", "Faculty:", "Department:", then one block per academic year captioned "Academic Year
2014/15 (5775)" holding the courses of both semesters, the semester given in a column: Course No.
("0101-1207"; "71-107" in older records) | Course Name | Sem. (A, B, Summer, Annual) | Type (Lecture,
Lab, Seminar, Lect.+Lab) | Weekly Hrs ("3+2") | Credits ("3.5") | Grade (0-100, "Pass", "Exempt" with
its credits, "Not Completed" with no credits). The clinical year is printed as the rotations of
"Clinical Training in Hospital Laboratories" (each a row, "Pass"). End: Total Credits, Weighted
Average, the degree with its distinction, the date of eligibility (day.month.year), the validity
note and the Head of Student Administration's signature.

Credit basis: the Israeli credit point ("nekudat zchut") is one weekly lecture hour through a
semester of about 13-14 weeks (a laboratory or exercise hour counts half), the same definition as
the US semester credit hour (one class hour a week through a semester); evaluators take one point as
one semester hour. Truth: credit_system "semester", semester_hours = the points as printed.
A course "Not Completed" is a row with credits null, passed False and semester_hours 0; "Exempt"
rows count their credits. The totals and the average are computed from the printed rows: Total
Credits = all passed rows' credits (Exempt included); Weighted Average = credit-weighted mean of the
numeric grades, one decimal.
"""

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r15_af_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, cur, dmy, dry_seal,
                            fake_result, hebrew_line, k, natural, r1, sign_block, tags_of)

IL_MLS = """
## 1 Y
0101-1101 | General Chemistry | 5 | C | | A | Lect.+Lab | 3+2
0101-1102 | General Biology | 4.5 | B | | A | Lect.+Lab | 3+2
0101-1103 | Calculus for Life Sciences | 3.5 | M | | A | Lecture | 3+1
0101-1104 | Physics for Life Sciences | 4 | O | | A | Lect.+Lab | 3+2
0101-1105 | English for Academic Purposes | 2 | O | | A | Lecture | 4
0101-1111 | Organic Chemistry | 5 | C | | B | Lect.+Lab | 3+2
0101-1112 | Cell Biology | 3 | B | | B | Lecture | 3
0101-1113 | Introduction to Statistics | 3 | M | | B | Lecture | 2+1
0101-1114 | Human Anatomy and Histology | 4 | B | | B | Lect.+Lab | 3+2
0101-1115 | First Aid | 0.5 | O | | Summer | Lab | 1 | P
## 2 Y
0101-1201 | Biochemistry | 5 | C | | A | Lect.+Lab | 4+2
0101-1202 | Human Physiology | 4 | B | | A | Lecture | 4
0101-1203 | General Microbiology | 4.5 | B | | A | Lect.+Lab | 3+3
0101-1204 | Analytical Chemistry | 3.5 | C | | A | Lect.+Lab | 2+3
0101-1205 | Genetics | 3 | B | | A | Lecture | 3
0101-1207 | Immunology | 3.5 | ?B | | B | Lecture | 3+1
0101-1208 | Pathophysiology | 3 | O | | B | Lecture | 3
0101-1209 | Molecular Biology | 3.5 | B | | B | Lect.+Lab | 2+3
0101-1210 | Instrumental Analysis in the Laboratory | 3 | P | | B | Lab | 6
0101-1211 | Medical Ethics and Law | 1 | O | | B | Seminar | 1
## 3 Y
0101-1301 | Clinical Biochemistry | 5 | ?P | | A | Lect.+Lab | 3+4
0101-1302 | Hematology | 5 | P | | A | Lect.+Lab | 3+4
0101-1303 | Clinical Microbiology | 5 | ?P | | A | Lect.+Lab | 3+4
0101-1304 | Parasitology and Mycology | 2.5 | P | | A | Lect.+Lab | 1+3
0101-1305 | Blood Bank and Transfusion Medicine | 4 | P | | B | Lect.+Lab | 2+4
0101-1306 | Clinical Immunology and Serology | 3.5 | ?P | | B | Lect.+Lab | 2+3
0101-1307 | Coagulation and Hemostasis | 2.5 | P | | B | Lect.+Lab | 2+1
0101-1308 | Molecular Diagnostics | 3 | P | | B | Lect.+Lab | 2+2
0101-1309 | Urinalysis and Body Fluids | 1.5 | P | | B | Lab | 3
0101-1310 | Laboratory Management and Quality Control | 2 | P | | Annual | Seminar | 1
## 4 Y
0101-1401 | Clinical Training in Hospital Laboratories: Biochemistry | 8 | P | chemistry,urinalysis | Annual | Lab | 32 | P
0101-1402 | Clinical Training in Hospital Laboratories: Hematology | 8 | P | hematology | Annual | Lab | 32 | P
0101-1403 | Clinical Training in Hospital Laboratories: Microbiology | 8 | P | microbiology | Annual | Lab | 32 | P
0101-1404 | Clinical Training in Hospital Laboratories: Blood Bank | 5 | P | blood_bank | Annual | Lab | 32 | P
0101-1405 | Clinical Case Seminar | 2 | P | | Annual | Seminar | 2
"""

IL_BIO = """
## 1 Y
0455-1101 | General Chemistry | 5 | C | | A | Lect.+Lab | 3+2
0455-1102 | Introduction to Biology | 4.5 | B | | A | Lect.+Lab | 3+2
0455-1103 | Calculus I | 4 | M | | A | Lecture | 3+2
0455-1104 | English for Academic Purposes | 2 | O | | A | Lecture | 4
0455-1111 | Organic Chemistry | 5 | C | | B | Lect.+Lab | 3+2
0455-1112 | Physics for Biologists | 4 | O | | B | Lect.+Lab | 3+2
0455-1113 | Biostatistics | 3 | M | | B | Lecture | 2+1
0455-1114 | Botany | 3 | B | | B | Lect.+Lab | 2+2
## 2 Y
0455-1201 | Biochemistry | 5 | C | | A | Lect.+Lab | 4+2
0455-1202 | Genetics | 4 | B | | A | Lecture | 3+2
0455-1203 | Microbiology | 4.5 | B | | A | Lect.+Lab | 3+3
0455-1204 | Zoology | 3 | B | | A | Lecture | 3
0455-1211 | Cell Biology | 3.5 | B | | B | Lecture | 3+1
0455-1212 | Animal Physiology | 4 | B | | B | Lect.+Lab | 3+2
0455-1213 | Ecology | 3 | B | | B | Lecture | 3
0455-1214 | Physical Chemistry for Biologists | 3 | C | | B | Lecture | 3
## 3 Y
0455-1301 | Molecular Biology | 4 | B | | A | Lect.+Lab | 3+2
0455-1302 | Immunology | 3 | ?B | | A | Lecture | 3
0455-1303 | Virology | 2.5 | ?B | | A | Lecture | 2+1
0455-1304 | Developmental Biology | 3 | B | | A | Lecture | 3
0455-1311 | Evolution | 2 | B | | B | Lecture | 2
0455-1312 | Advanced Laboratory in Biology | 4 | B | | B | Lab | 8
0455-1313 | Bioinformatics | 2.5 | O | | B | Lect.+Lab | 2+1
0455-1314 | Research Seminar | 2 | O | | Annual | Seminar | 2
"""

IL_NURS = """
## 1 Y
0180-1101 | Anatomy and Physiology | 5 | B | | A | Lecture | 5
0180-1102 | Chemistry and Biochemistry for Nurses | 3 | C | | A | Lecture | 3
0180-1103 | Foundations of Nursing | 4 | O | | A | Lect.+Lab | 3+2
0180-1104 | Psychology | 2 | O | | A | Lecture | 2
0180-1111 | Microbiology for Nurses | 2.5 | B | | B | Lecture | 2+1
0180-1112 | Pharmacology | 3 | O | | B | Lecture | 3
0180-1113 | Clinical Practice: Basic Nursing Care | 4 | O | | B | Lab | 16 | P
## 2 Y
0180-1201 | Adult Nursing: Internal Medicine | 5 | O | | A | Lecture | 5
0180-1202 | Statistics and Research Methods | 3 | M | | A | Lecture | 2+1
0180-1203 | Clinical Practice: Internal Medicine Wards | 6 | O | | A | Lab | 24 | P
0180-1211 | Adult Nursing: Surgery | 5 | O | | B | Lecture | 5
0180-1212 | Clinical Practice: Surgical Wards | 6 | O | | B | Lab | 24 | P
## 3 Y
0180-1301 | Maternal and Child Nursing | 5 | O | | A | Lecture | 5
0180-1302 | Clinical Practice: Pediatrics | 6 | O | | A | Lab | 24 | P
0180-1311 | Mental Health Nursing | 4 | O | | B | Lecture | 4
0180-1312 | Clinical Practice: Psychiatry | 5 | O | | B | Lab | 20 | P
## 4 Y
0180-1401 | Community Health Nursing | 4 | O | | A | Lecture | 4
0180-1402 | Nursing Management | 3 | O | | A | Seminar | 3
0180-1403 | Clinical Practice: Intensive Care | 8 | O | | Annual | Lab | 32 | P
0180-1404 | Final Seminar in Nursing | 2 | O | | Annual | Seminar | 2
"""

TAGS = {**tags_of(IL_MLS), **tags_of(IL_BIO), **tags_of(IL_NURS)}
FACULTY = {"il_mls": ("Medicine", "Medical Laboratory Sciences", "Bachelor of Science (B.Sc.) in Medical Laboratory "
                                                                 "Sciences"),
           "il_bio": ("Life Sciences", "Biology", "Bachelor of Science (B.Sc.) in Biology"),
           "il_nurs": ("Medicine", "Nursing", "Bachelor of Arts (B.A.) in Nursing")}

IL_INST = [
    Institution("Jerusalem Hills University", "Jerusalem", "Jerusalem District", "IL", "Givat Ram Campus",
                ("il_mls", "il_bio", "il_nurs"), "university", extra={"he": "האוניברסיטה של הרי ירושלים"}),
    Institution("Sharon Valley University", "Kfar Saba", "Central District", "IL", "12 Hadar Road",
                ("il_mls", "il_bio", "il_nurs"), "university", extra={"he": "אוניברסיטת עמק השרון"}),
]

PACK = K.CountryPack(
    code="IL", name="Israel",
    given={"F": ["Noa", "Tamar", "Maya", "Shira", "Yael", "Michal", "Rina", "Adi", "Lior", "Hila"],
           "M": ["Itai", "Yonatan", "Omer", "Eitan", "Amit", "Daniel", "Noam", "Yosef", "Ariel", "Ronen"]},
    surnames=["Ben-Haim", "Mizrahi", "Peretz", "Azoulay", "Friedman", "Shapira", "Katz", "Levinson", "Dahan",
              "Gabay", "Halevi", "Rosenthal"],
    middle={"F": [], "M": []},
    institutions=IL_INST,
    employers=[
        Employer("Har Tavor Medical Center", "Afula", "Northern District", "IL", "1 HaRofim Street",
                 "+972 4 650 1000", "hr@hartavor-mc.example"),
        Employer("Shfela Regional Medical Center", "Rehovot", "Central District", "IL", "8 Herzl Street",
                 "+972 8 944 2000", "personnel@shfela-mc.example"),
        Employer("Kinneret Shores Hospital", "Tiberias", "Northern District", "IL", "22 HaGalil Street",
                 "+972 4 671 3000", "hr@kinneret-h.example"),
        Employer("Yarkon Diagnostic Laboratories Ltd.", "Petah Tikva", "Central District", "IL",
                 "5 HaMelacha Street", "+972 3 915 4000", "office@yarkon-lab.example", "lab"),
    ],
    signers=["Dr. Orna Weissman", "Mr. Avi Biton", "Ms. Ruth Elbaz", "Dr. Moshe Gurevich"],
    curricula=[cur("il_mls", "IL", "Bachelor of Science in Medical Laboratory Sciences", "bachelor", 4,
                   "medical_technology", "semester", IL_MLS, 10, 9, True),
               cur("il_bio", "IL", "Bachelor of Science in Biology", "bachelor", 3, "biology", "semester", IL_BIO,
                   10, 9),
               cur("il_nurs", "IL", "Bachelor of Arts in Nursing", "bachelor", 4, "nursing", "semester", IL_NURS,
                   10, 9)],
    mls_curriculum="il_mls", science_curricula=["il_bio"], nonqualifying_curricula=["il_nurs"],
    positions_mls=["Medical Laboratory Worker", "Medical Laboratory Scientist"],
    positions_science=["Medical Laboratory Worker", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"0{rng.randint(10 ** 7, 10 ** 8 - 1)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("IL", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry Laboratory", "Clinical Biochemistry"],
    "hematology": ["Hematology Laboratory"], "microbiology": ["Microbiology Laboratory"],
    "immunology": ["Immunology Laboratory"], "urinalysis": ["Urinalysis"], "molecular": ["Molecular Genetics"],
    "phlebotomy": ["Blood Drawing Unit"], "other": ["Pathology Institute"]})


def old_code(code):
    """Older records print a short "71-107"-style number."""
    a, b = code.split("-")
    return f"{int(a[2:]) + 70}-{b[1:]}"


def grade_of(s, i, r):
    return max(60, min(99, 62 + round((r.score - 45) * 0.78) + (k(s, f"g{i}") % 7) - 3))


def distinction(avg):
    if avg >= 93:
        return "With Great Distinction"
    if avg >= 86:
        return "With Distinction"
    return ""


def il_transcript(s, person, rng):
    inst, cu = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    nm = natural(person)
    fac, dep, deg = FACULTY[cu.id]
    old = s.terms[0].start_year <= 2014 and k(s, "old") % 2 == 0
    W, H = A4
    L, R = 40, W - 40
    wd = [56, 208, 42, 50, 46, 40, R - L - 442]
    xs = [L]
    for w in wd:
        xs.append(xs[-1] + w)
    fz = 7.8
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        hebrew_line(p, W / 2, 42, inst.extra["he"], 12, bold=True)
        p.text(W / 2, 62, inst.name.upper(), SB, 12, "center")
        p.text(W / 2, 75, "Student Administration", S, 8.5, "center")
        p.hline(L, R, 82, 0.8)
        st["y"] = 96
        return p

    def head(caption):
        p = st["p"]
        y = st["y"]
        p.text(L, y, caption, SB, 9)
        y += 5
        p.hline(L, R, y, 0.6)
        hs = ["Course No.", "Course Name", "Sem.", "Type", "Weekly Hrs", "Credits", "Grade"]
        p.pieces(y + 10, [(xs[i] + 2, h, "left") for i, h in enumerate(hs)], SB, 7.6)
        p.hline(L, R, y + 14, 0.4)
        st["y"] = y + 25

    p = new_page()
    p.text(W / 2, st["y"] + 8, "TRANSCRIPT OF ACADEMIC RECORD", SB, 13, "center")
    y = st["y"] + 30
    p.pieces(y, [(L, f"Name: {nm}", "left"), (W / 2 + 20, f"I.D. No. {s.student_no}", "left")], S, 9)
    p.pieces(y + 13, [(L, f"Faculty: {fac}", "left"), (W / 2 + 20, f"Department: {dep}", "left")], S, 9)
    p.pieces(y + 26, [(L, f"Degree Program: {deg}", "left")], S, 9)
    p.pieces(y + 39, [(L, f"Date of Birth: {dmy(s.dob)}", "left"),
                      (W / 2 + 20, f"Year of Admission: {s.terms[0].start_year}/{(s.terms[0].start_year + 1) % 100:02d}",
                       "left")], S, 9)
    st["y"] = y + 60
    # special rows: one course recognised from earlier studies, one elective abandoned
    exempt = None
    if k(s, "ex") % 3 == 0:
        pool = [r for r in s.terms[0].results if r.spec.category in ("other", "mathematics")
                and len(TAGS[r.spec.code]) < 4]
        if pool:
            exempt = pool[k(s, "exc") % len(pool)].spec.code
    abandon = k(s, "ab") % 3 == 1
    out = []
    tot = ws = wc = 0.0
    for ti, t in enumerate(s.terms):
        ay = t.start_year
        caption = f"Academic Year {ay}/{(ay + 1) % 100:02d} ({ay + 3761})"
        if st["y"] + 70 > H - 60:
            new_page()
        head(caption)
        rows = list(t.results)
        order = {"A": 0, "B": 1, "Summer": 2, "Annual": 3}
        rows.sort(key=lambda r: order[TAGS[r.spec.code][0]])
        extra_rows = []
        if abandon and ti == 1:
            like = rows[0]
            extra_rows.append(fake_result(like, cu.terms[1].courses[0].code[:5] + "1299",
                                          "Introduction to Bioinformatics", 2.0, "other"))
        for j, r in enumerate(rows + extra_rows):
            if r in extra_rows:
                tg = ["B", "Lecture", "2"]
            else:
                tg = TAGS[r.spec.code]
            sem, typ, hrs = tg[0], tg[1], tg[2]
            code = old_code(r.spec.code) if old else r.spec.code
            cr = r.spec.credits
            crs = f"{cr:.1f}"
            if r in extra_rows:
                g, crs, ok = "Not Completed", "", False
            elif r.spec.code == exempt:
                g, ok = "Exempt", True
            elif len(tg) > 3 and tg[3] == "P":
                g, ok = "Pass", True
            else:
                gv = grade_of(s, f"{ti}.{j}", r)
                g, ok = str(gv), True
                ws += gv * cr
                wc += cr
            lines = wrap(r.spec.title, S, fz, wd[1] - 4)
            if st["y"] + 10 * len(lines) > H - 60:
                new_page()
                head(caption + " (cont.)")
            p, y = st["p"], st["y"]
            p.pieces(y, [(xs[0] + 2, code, "left"), (xs[1] + 2, lines[0], "left"), (xs[2] + 2, sem, "left"),
                         (xs[3] + 2, typ, "left"), (xs[5] - 12, hrs, "right"), (xs[6] - 10, crs, "right"),
                         (xs[6] + 4, g, "left")], S, fz)
            for ln in lines[1:]:
                y += 9.5
                p.text(xs[1] + 2, y, ln, S, fz)
            st["y"] = y + 12
            extra = {"semester": sem, "type": typ, "weekly_hours": hrs}
            if ok:
                tot += cr
                out.append(course_truth(r, caption, cr, g, "semester", code=code, **extra))
            else:
                d = course_truth(r, caption, None, g, "semester", code=code, passed=False, **extra)
                d["semester_hours"] = 0
                out.append(d)
        st["y"] += 10
    if st["y"] + 200 > H - 50:
        new_page()
    p, y = st["p"], st["y"] + 4
    p.hline(L, R, y, 0.8)
    y += 16
    avg = r1(ws / wc)
    p.text(L, y, f"Total Credits: {tot:g}" if tot % 1 == 0 else f"Total Credits: {tot:.1f}", SB, 9.5)
    p.text(L, y + 14, f"Weighted Average: {avg:.1f}", SB, 9.5)
    dist = distinction(avg)
    dd = f", awarded '{dist}'" if dist else ""
    y = p.paragraph(L, y + 32, f"Degree: {deg}{dd}", S, 9.5, R - L, 13)
    p.text(L, y + 2, f"Date of Eligibility for the Degree: {dmy(s.conferred)}", S, 9.5)
    p.text(L, y + 22, "Grading scale: 0-100; passing grade 60. Credits: one credit point = one weekly lecture hour "
                      "during one semester.", S, 7.2)
    p.text(L, y + 32, "Sem.: A = first semester, B = second semester, Annual = year-long course.", S, 7.2)
    p.text(L, y + 52, "This transcript is valid only with the seal of the University", SI, 8.5)
    issue = s.conferred.replace(day=min(s.conferred.day, 28))
    p.text(L, y + 66, f"Date of Issue: {dmy(issue)}", S, 8.5)
    yb = y + 120
    sign_block(p, rng, R - 110, yb, "Head of Student Administration", S, 8.5, 180)
    dry_seal(p, R - 250, yb - 14, 30, 0.6)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 24, f"Page {q} of {n}", S, 7, "center")
    return LayoutResult("transcript", "af_il_academic_record", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True, "distinction": dist})


TRANSCRIPT_LAYOUTS = {"af_il_academic_record": (il_transcript, FAMILY, ("IL",))}
