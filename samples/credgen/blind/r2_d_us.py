"""Writer D, round 2: United States, a semester-hour registrar transcript in the classic Banner
style: monospace on security paper, "INSTITUTION CREDIT:", "Term: Fall 2015" blocks of
`SUBJ NO. COURSE TITLE CRED GRD PTS R` (upper-case titles cut at 30 characters, as Banner
stores them), "Ehrs: .. GPA-Hrs: .. QPts: .. GPA: .." after each term, "TRANSCRIPT TOTALS
(UNDERGRADUATE)" with Total Institution / Total Transfer / Overall rows, and "*****
CONTINUED ON NEXT PAGE *****".

The existing US curricula are quarter-based; this design is a semester school, so when it
prints a quarter-based candidate it first gives the studies their semester twin (same degree
title, level, field and length; grades re-drawn from a seed of the student number). It is the
only document that prints courses, and the truth is built after all documents are drawn, so
the truth's coursework and clinical areas are those of the twin."""

import random

from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..model import Term, grade_results, us_points
from ..pagekit import LETTER, Flow, Page
from .r2_d_common import FAMILY, course_truth, security_pattern

US_BS_CLS_SEM = """
## 1 FA
BIOL 1406 | Biology for Science Majors I | 4 | B
CHEM 1411 | General Chemistry I | 4 | C
MATH 1314 | College Algebra | 3 | M
ENGL 1301 | Composition I | 3 | O
HIST 1301 | United States History I | 3 | O
## 1 SP
BIOL 1407 | Biology for Science Majors II | 4 | B
CHEM 1412 | General Chemistry II | 4 | C
ENGL 1302 | Composition II | 3 | O
MATH 1342 | Elementary Statistical Methods | 3 | M
GOVT 2305 | Federal Government | 3 | O
## 2 FA
BIOL 2401 | Anatomy and Physiology I | 4 | B
CHEM 2423 | Organic Chemistry I | 4 | C
PSYC 2301 | General Psychology | 3 | O
COMM 1315 | Public Speaking | 3 | O
## 2 SP
BIOL 2402 | Anatomy and Physiology II | 4 | B
CHEM 2425 | Organic Chemistry II | 4 | C
BIOL 2421 | Microbiology for Science Majors | 4 | B
PHIL 2306 | Introduction to Ethics | 3 | O
## 3 FA
BIOC 3410 | Biochemistry | 4 | C
MLS 3310 | Clinical Chemistry I | 3 | P
MLS 3320 | Hematology I | 3 | P
MLS 3330 | Clinical Immunology and Serology | 3 | ?B
MLS 3201 | Urinalysis and Body Fluids | 2 | P
## 3 SP
MLS 3311 | Clinical Chemistry II | 3 | P
MLS 3321 | Hematology II and Coagulation | 3 | P
MLS 3440 | Immunohematology | 4 | P
MLS 3450 | Clinical Microbiology I | 4 | P
MLS 3260 | Clinical Parasitology and Mycology | 2 | P
## 4 FA
MLS 4351 | Clinical Microbiology II | 3 | P
MLS 4370 | Molecular Diagnostics | 3 | ?P
MLS 4380 | Laboratory Management and Education | 3 | P
MLS 4190 | Senior Seminar in Laboratory Science | 1 | O
## 4 SP
MLS 4410 | Clinical Practicum: Chemistry and Urinalysis | 4 | P | chemistry,urinalysis
MLS 4420 | Clinical Practicum: Hematology | 4 | P | hematology
MLS 4430 | Clinical Practicum: Microbiology | 4 | P | microbiology
MLS 4440 | Clinical Practicum: Blood Bank | 4 | P | blood_bank
"""

US_BS_BIO_SEM = """
## 1 FA
BIOL 1406 | Biology for Science Majors I | 4 | B
CHEM 1411 | General Chemistry I | 4 | C
MATH 1314 | College Algebra | 3 | M
ENGL 1301 | Composition I | 3 | O
## 1 SP
BIOL 1407 | Biology for Science Majors II | 4 | B
CHEM 1412 | General Chemistry II | 4 | C
MATH 2413 | Calculus I | 4 | M
ENGL 1302 | Composition II | 3 | O
## 2 FA
BIOL 2416 | Genetics | 4 | B
CHEM 2423 | Organic Chemistry I | 4 | C
PHYS 1401 | College Physics I | 4 | O
## 2 SP
BIOL 2421 | Microbiology for Science Majors | 4 | B
CHEM 2425 | Organic Chemistry II | 4 | C
PHYS 1402 | College Physics II | 4 | O
## 3 FA
BIOL 3310 | Cell Biology | 3 | B
BIOC 3410 | Biochemistry | 4 | C
BIOL 3340 | General Ecology | 3 | ?B
## 3 SP
BIOL 3420 | Animal Physiology | 4 | B
BIOL 3350 | Immunology | 3 | B
MATH 1342 | Elementary Statistical Methods | 3 | M
## 4 FA
BIOL 4310 | Molecular Biology | 3 | B
BIOL 4320 | Evolution | 3 | ?B
## 4 SP
BIOL 4330 | Virology | 3 | ?B
BIOL 4395 | Undergraduate Research | 3 | O
"""

US_AAS_MLT_SEM = """
## 1 FA
BIOL 2401 | Anatomy and Physiology I | 4 | B
CHEM 1406 | Introductory Chemistry | 4 | C
MATH 1314 | College Algebra | 3 | M
MLAB 1201 | Introduction to Clinical Laboratory Science | 2 | ?O
## 1 SP
BIOL 2402 | Anatomy and Physiology II | 4 | B
MLAB 1311 | Urinalysis and Body Fluids | 3 | P
MLAB 1415 | Hematology | 4 | P
PLAB 1223 | Phlebotomy | 2 | ?O
## 1 SU
MLAB 1235 | Immunology and Serology | 2 | ?B
## 2 FA
MLAB 2434 | Clinical Chemistry | 4 | P
MLAB 2401 | Immunohematology | 4 | P
MLAB 2431 | Clinical Microbiology | 4 | P
## 2 SP
MLAB 2460 | Clinical Practicum I: Chemistry and Urinalysis | 4 | P | chemistry,urinalysis
MLAB 2461 | Clinical Practicum II: Hematology and Blood Bank | 4 | P | hematology,blood_bank
MLAB 2462 | Clinical Practicum III: Microbiology | 3 | P | microbiology
"""


def _twin(orig_id, table):
    o = C.CURRICULA[orig_id]
    return C.Curriculum(orig_id + "_sem", "US", o.title, o.level, o.years, o.field, "semester",
                        C._parse(table), 8, 5, clinical_training=o.clinical_training)


TWINS = {"us_bs_cls": _twin("us_bs_cls", US_BS_CLS_SEM), "us_bs_bio": _twin("us_bs_bio", US_BS_BIO_SEM),
         "us_aas_mlt": _twin("us_aas_mlt", US_AAS_MLT_SEM)}
for _c in TWINS.values():
    C.CURRICULA.setdefault(_c.id, _c)


def semesterize(s):
    if s.curriculum.credit_system != "quarter" or s.curriculum.id not in TWINS:
        return
    twin = TWINS[s.curriculum.id]
    rng = random.Random(f"credgen-semester-twin:{s.student_no}")
    results = grade_results(rng, twin, s.code_style, rng.uniform(0.3, 0.95))
    y0 = s.terms[0].start_year
    s.terms = [Term(ts.year, ts.key, y0 + ts.year - 1, rs) for ts, rs in zip(twin.terms, results)]
    s.curriculum = twin


def term_name(t):
    return {"FA": f"Fall {t.start_year}", "SP": f"Spring {t.start_year + 1}",
            "SU": f"Summer {t.start_year + 1}", "WI": f"Winter {t.start_year + 1}"}[t.key]


MAJOR = {"us_bs_cls_sem": ("Bachelor of Science", "Clinical Laboratory Science", "College of Health Professions"),
         "us_bs_bio_sem": ("Bachelor of Science", "Biology", "College of Science and Mathematics"),
         "us_aas_mlt_sem": ("Associate of Applied Science", "Medical Laboratory Technology",
                            "Division of Allied Health")}


def dmon(d):
    return f"{d.day:02d}-{D.MONTHS[d.month - 1][:3].upper()}-{d.year}"


def us_banner(s, person, rng):
    semesterize(s)
    inst, cur = s.institution, s.curriculum
    M, MB = "Courier", "Courier-Bold"
    L, R = 40, LETTER[0] - 40
    name = f"{person.surname}, {' '.join(x for x in (person.given, person.middle) if x)}"
    deg, major, college = MAJOR[cur.id]
    cols = [(L, "left"), (L + 40, "left"), (L + 78, "left"), (L + 330, "right"), (L + 350, "left"),
            (L + 430, "right"), (L + 446, "left")]
    fs = 8.2

    def new_page(n):
        p = Page(LETTER)
        security_pattern(p)
        p.rect(L - 6, 30, R - L + 12, 48, 0.6, 0.3, fill=1.0)
        p.pieces(44, [(L, inst.name.upper(), "left", MB, 11), (R, f"Page: {n}", "right", M, 8.5)])
        p.pieces(56, [(L, "Office of the Registrar - OFFICIAL TRANSCRIPT", "left", M, 8.5),
                      (R, f"Date Issued: {dmon(s.conferred)}", "right", M, 8.5)])
        p.text(L, 68, f"{inst.street}, {inst.city}, {inst.region}", M, 8.5)
        y = 94
        p.pieces(y, [(L, f"Record of: {name}", "left"), (L + 300, f"Student ID: {s.student_no}", "left")], M, 8.5); y += 11
        if n == 1:
            p.pieces(y, [(L, "Course Level: Undergraduate", "left"),
                         (L + 300, f"Birth Date: {s.dob.month:02d}-{s.dob.day:02d}", "left")], M, 8.5); y += 11
            p.text(L, y, f"Admit Term: {term_name(s.terms[0])}", M, 8.5); y += 16
            p.text(L, y, f"DEGREE AWARDED: {deg.upper()}", MB, 8.5); y += 11
            p.pieces(y, [(L, "Primary Degree", "left"), (L + 300, f"Date Conferred: {dmon(s.conferred)}", "left")], M, 8.5); y += 11
            p.text(L, y, f"College: {college}", M, 8.5); y += 11
            p.text(L, y, f"Major: {major}", M, 8.5); y += 16
            p.text(L, y, "INSTITUTION CREDIT:", MB, 9); y += 6
        else:
            y += 4
        p.hline(L, R, y, 0.6)
        return p, y + 14

    fl = Flow(new_page, 64)
    out = []
    cum = [0.0, 0.0, 0.0, 0.0]       # attempted, earned, gpa hours, quality points
    for t in s.terms:
        label = term_name(t)
        fl.need(44 + 11 * 3)
        p = fl.page
        p.text(L, fl.y, f"Term: {label}", MB, 8.5); fl.y += 11
        p.text(L, fl.y, f"Major: {major}", M, 8.5); fl.y += 13
        p.pieces(fl.y, [(cols[0][0], "SUBJ", "left"), (cols[1][0], "NO.", "left"),
                        (cols[2][0], "COURSE TITLE", "left"), (cols[3][0], "CRED", "right"),
                        (cols[4][0], "GRD", "left"), (cols[5][0], "PTS", "right"), (cols[6][0], "R", "left")],
                 M, fs)
        fl.y += 11
        ehrs = qp = 0.0
        for r in t.results:
            fl.need(11)
            subj, no = r.code.split(" ")
            title = r.spec.title.upper()[:30].strip()
            pts = us_points(r.letter) * r.spec.credits
            ehrs += r.spec.credits; qp += pts
            fl.page.pieces(fl.y, [(cols[0][0], subj, "left"), (cols[1][0], no, "left"),
                                  (cols[2][0], title, "left"), (cols[3][0], f"{r.spec.credits:.3f}", "right"),
                                  (cols[4][0], r.letter, "left"), (cols[5][0], f"{pts:.3f}", "right")], M, fs)
            out.append(course_truth(r, label, r.spec.credits, r.letter, "semester", title=title,
                                    quality_points=round(pts, 3)))
            fl.y += 11
        for i, v in enumerate((ehrs, ehrs, ehrs, qp)):
            cum[i] += v
        fl.need(36)
        for lab, (e, q) in (("Current Term:", (ehrs, qp)), ("Cumulative:", (cum[1], cum[3]))):
            fl.page.pieces(fl.y + 2, [(L, lab, "left"), (L + 78, f"Ehrs: {e:.3f}", "left"),
                                      (L + 170, f"GPA-Hrs: {e:.3f}", "left"), (L + 280, f"QPts: {q:.3f}", "left"),
                                      (L + 380, f"GPA: {int(q / e * 1000) / 1000:.3f}", "left")], M, fs)
            fl.y += 11
        fl.page.text(L, fl.y, "Academic Standing: " +
                     ("Dean's List" if qp / ehrs >= 3.5 else "Good Standing"), M, fs)
        fl.y += 18
    fl.need(110)
    p = fl.page
    p.text(L, fl.y, "TRANSCRIPT TOTALS (UNDERGRADUATE)", MB, 9); fl.y += 6
    p.hline(L, R, fl.y, 0.6); fl.y += 12
    tc = [L + 150, L + 210, L + 266, L + 322, L + 392, L + 440]
    p.pieces(fl.y, [(tc[0], "Attempt", "right"), (tc[1], "Passed", "right"), (tc[2], "Earned", "right"),
                    (tc[3], "GPA", "right"), (tc[4], "Quality", "right"), (tc[5], "GPA", "right")], M, fs)
    fl.y += 10
    p.pieces(fl.y, [(tc[0], "Hours", "right"), (tc[1], "Hours", "right"), (tc[2], "Hours", "right"),
                    (tc[3], "Hours", "right"), (tc[4], "Points", "right")], M, fs)
    fl.y += 12
    gpa = int(cum[3] / cum[2] * 1000) / 1000
    for lab, vals in (("Total Institution:", cum), ("Total Transfer:", [0, 0, 0, 0]), ("Overall:", cum)):
        g = gpa if vals is cum else 0.0
        p.pieces(fl.y, [(L, lab, "left")] + [(x, f"{v:.3f}", "right") for x, v in
                                              zip(tc, [vals[0], vals[1], vals[1], vals[2], vals[3], g])], M, fs)
        fl.y += 11
    fl.y += 8
    p.text(L, fl.y, "***** END OF TRANSCRIPT *****", MB, 8.5); fl.y += 14
    p.text(L, fl.y, "Credit is in semester hours. Grades: A=4 A-=3.7 B+=3.3 B=3 B-=2.7 C+=2.3 C=2 D=1 F=0.",
           M, 7.5)
    p.signature(R - 190, p.h - 62, 120, rng)
    p.text(R - 130, p.h - 50, "University Registrar", M, 8.5, "center")
    for pg in fl.pages[:-1]:
        pg.text(pg.w / 2, pg.h - 40, "***** CONTINUED ON NEXT PAGE *****", MB, 8.5, "center")
    return LayoutResult("transcript", "us_banner_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": dmon(s.conferred)})


TRANSCRIPT_LAYOUTS = {"us_banner_transcript": (us_banner, FAMILY, ("US",))}
