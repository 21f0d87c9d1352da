"""Writer AF, round 15: Australia (AU). Country pack (invented universities' "Bachelor of Biomedical Science
(Laboratory Medicine)", three years, 240 units; a Bachelor of Science (Biology); a Bachelor of
Nursing) and the "ACADEMIC TRANSCRIPT": A4 portrait on a background of the university crest repeated
very light, "Page 1 of 3", a document verification number and a QR code at the foot. Head:
"Student Number: c3212345", "Program: ... [10541]", "Career: Undergraduate". An "Advanced Standing"
block at the top for some students ("Unspecified credit granted for prior study at TAFE ...: 20
units", no grade). Blocks per study period captioned "Semester 1, 2015", "Semester 2, 2015",
"Summer Term 2016": Course ("MEDI1001") | Description | Units (10; 20 for the placement) | Mark
("78") | Grade (HD, D, C, P, FF, UP). The third year holds "LABM3500 Clinical Placement in Laboratory
Medicine (Professional Experience)", 20 units, UP. Each period ends "Units attempted: 40   Units
passed: 40   Semester GPA: 5.75" (7-point scale). A failed course (FF) is taken again in the
Summer Term after it. End: Program GPA, Conferred ... with Distinction, dd/mm/yyyy, Total units, the
grading key, the Academic Registrar's signature.

Credit basis: Australian units (credit points) of an 80-unit full-time year (a course 10, the
placement 20): one full-time year = 30 SH as for ECTS (60) and UK credits (120), so x 30/80; the
generator's existing system "points80" (round 11's Papua New Guinea, courses.SH_FACTOR). The
advanced-standing row is a course row with code null, grade null and its 20 units (category
"other"). A failed attempt (FF) is a row with passed False and semester_hours 0. GPA: HD 7, D 6, C 5,
P 4, FF 0, weighted by units, UP and advanced standing left out; two decimals. "with Distinction" is
printed for a program GPA of 5.75 or more.
"""

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page
from .r15_af_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, crest_paper, cur,
                            fake_result, k, natural, qr_box, r2, sign_block)

AU_BBS = """
## 1 S1
BIOL1001 | Molecular and Cell Biology | 10 | B
CHEM1010 | Chemistry for the Life Sciences I | 10 | C
MATH1002 | Statistics for the Life Sciences | 10 | M
MEDI1001 | Foundations of Laboratory Medicine | 10 | P
## 1 S2
BIOL1002 | Human Bioscience | 10 | B
CHEM1020 | Chemistry for the Life Sciences II | 10 | C
MEDI1002 | Health, Society and Culture | 10 | O
PHYS1050 | Physics for Health Sciences | 10 | O
## 2 S1
BIOC2001 | Biochemistry and Metabolism | 10 | C
MICR2001 | Microbiology | 10 | B
LABM2301 | Clinical Biochemistry I | 10 | ?P
HUBS2001 | Human Physiology | 10 | B
## 2 S2
IMMU2002 | Immunology | 10 | ?B
LABM2302 | Haematology I | 10 | P
GENE2001 | Genetics | 10 | B
LABM2303 | Medical Microbiology | 10 | ?P
## 3 S1
LABM3301 | Clinical Biochemistry II | 10 | ?P
LABM3302 | Haematology and Transfusion Science | 10 | ?P
LABM3303 | Diagnostic Microbiology | 10 | ?P
LABM3304 | Molecular Diagnostics | 10 | P
## 3 S2
LABM3500 | Clinical Placement in Laboratory Medicine (Professional Experience) | 20 | P | chemistry,hematology,microbiology,blood_bank
LABM3305 | Histopathology and Cytopathology | 10 | P
LABM3306 | Laboratory Quality Management | 10 | P
"""

AU_BSC = """
## 1 S1
BIOL1001 | Molecular and Cell Biology | 10 | B
CHEM1010 | Chemistry I | 10 | C
MATH1002 | Statistics for the Life Sciences | 10 | M
EART1010 | Earth Systems | 10 | O
## 1 S2
BIOL1040 | Plant and Animal Biology | 10 | B
CHEM1020 | Chemistry II | 10 | C
MATH1120 | Calculus | 10 | M
PHYS1050 | Physics for Life Sciences | 10 | O
## 2 S1
BIOC2001 | Biochemistry and Metabolism | 10 | C
MICR2001 | Microbiology | 10 | B
GENE2001 | Genetics | 10 | B
ECOL2001 | Ecology | 10 | B
## 2 S2
IMMU2002 | Immunology | 10 | ?B
BIOL2050 | Animal Physiology | 10 | B
CHEM2030 | Organic Chemistry | 10 | C
BIOL2060 | Evolution | 10 | B
## 3 S1
BIOL3001 | Molecular Biology | 10 | B
BIOL3020 | Developmental Biology | 10 | B
MICR3002 | Virology | 10 | ?B
BIOL3030 | Conservation Biology | 10 | B
## 3 S2
BIOL3900 | Science Research Project | 20 | O
BIOL3040 | Bioinformatics | 10 | O
BIOL3050 | Marine Biology | 10 | B
"""

AU_BN = """
## 1 S1
NURS1101 | Foundations of Nursing Practice | 10 | O
HUBS1101 | Human Bioscience I | 10 | B
NURS1102 | Communication in Health Care | 10 | O
HLTH1001 | Indigenous Health | 10 | O
## 1 S2
NURS1201 | Nursing Practice: Acute Care | 20 | O
HUBS1102 | Human Bioscience II | 10 | B
NURS1202 | Health Assessment | 10 | O
## 2 S1
NURS2101 | Medical-Surgical Nursing | 10 | O
PHAR2101 | Pharmacology for Nurses | 10 | O
NURS2102 | Clinical Placement: Medical Wards | 20 | O
## 2 S2
NURS2201 | Mental Health Nursing | 10 | O
NURS2202 | Child and Family Health | 10 | O
NURS2203 | Clinical Placement: Mental Health | 20 | O
## 3 S1
NURS3101 | Complex Care Nursing | 10 | O
NURS3102 | Research for Nursing Practice | 10 | O
NURS3103 | Clinical Placement: Complex Care | 20 | O
## 3 S2
NURS3201 | Transition to Professional Practice | 20 | O
NURS3202 | Leadership in Nursing | 10 | O
NURS3203 | Community Nursing | 10 | O
"""

PROG = {"au_bbs": ("Bachelor of Biomedical Science (Laboratory Medicine)", "10541"),
        "au_bsc": ("Bachelor of Science (Biology)", "10220"),
        "au_bn": ("Bachelor of Nursing", "10760")}
GP = {"HD": 7, "D": 6, "C": 5, "P": 4, "FF": 0}
AS_DROP = {"au_bbs": ("MEDI1002", "PHYS1050"), "au_bsc": ("EART1010", "PHYS1050"), "au_bn": ("HLTH1001", "NURS1102")}

AU_INST = [
    Institution("University of the Hunter Coast", "Callaghan", "New South Wales", "AU", "University Drive",
                ("au_bbs", "au_bsc", "au_bn"), "university", extra={"tafe": "TAFE NSW"}),
    Institution("Moreton Bay University", "Brisbane", "Queensland", "AU", "2 Sandgate Road",
                ("au_bbs", "au_bsc", "au_bn"), "university", extra={"tafe": "TAFE Queensland"}),
]

PACK = K.CountryPack(
    code="AU", name="Australia",
    given={"F": ["Chloe", "Emily", "Jessica", "Sophie", "Hannah", "Olivia", "Grace", "Mia", "Ella", "Georgia"],
           "M": ["Lachlan", "Jack", "Thomas", "Liam", "Cooper", "Riley", "Joshua", "Ethan", "Nathan", "Mitchell"]},
    surnames=["Nguyen", "Smith", "Kelly", "O'Brien", "Patel", "Harrison", "Walsh", "Campbell", "Tran", "Murphy",
              "Fraser", "McKenzie"],
    middle={"F": ["Rose", "Jane", "Louise", "Claire"], "M": ["James", "Robert", "Alexander", "John"]},
    institutions=AU_INST,
    employers=[
        Employer("Hunter Valley Pathology Service", "Newcastle", "New South Wales", "AU", "Lookout Road, New Lambton "
                 "Heights NSW 2305", "(02) 4921 3000", "hvps.workforce@health.example", "lab"),
        Employer("Pathology Queensland North", "Townsville", "Queensland", "AU", "100 Angus Smith Drive, Douglas "
                 "QLD 4814", "(07) 4433 1111", "pqn.hr@health.example", "lab"),
        Employer("Riverina Base Hospital", "Wagga Wagga", "New South Wales", "AU", "Edward Street, Wagga Wagga NSW "
                 "2650", "(02) 5943 1000", "rbh.people@health.example"),
    ],
    signers=["Karen Whitfield", "Dr Stephen Lau", "Michelle Doyle"],
    curricula=[cur("au_bbs", "AU", "Bachelor of Biomedical Science (Laboratory Medicine)", "bachelor", 3,
                   "medical_technology", "points80", AU_BBS, 2, 12, True),
               cur("au_bsc", "AU", "Bachelor of Science (Biology)", "bachelor", 3, "biology", "points80", AU_BSC, 2,
                   12),
               cur("au_bn", "AU", "Bachelor of Nursing", "bachelor", 3, "nursing", "points80", AU_BN, 2, 12)],
    mls_curriculum="au_bbs", science_curricula=["au_bsc"], nonqualifying_curricula=["au_bn"],
    positions_mls=["Hospital Scientist", "Medical Scientist"],
    positions_science=["Technical Officer", "Hospital Scientist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"c{rng.randint(3100000, 3399999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("AU", {
    "blood_bank": ["Blood Bank", "Transfusion"], "chemistry": ["Clinical Chemistry", "Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Genetics"], "phlebotomy": ["Specimen Collection"],
    "other": ["Anatomical Pathology"]})


def grade_of(mark):
    if mark >= 85:
        return "HD"
    if mark >= 75:
        return "D"
    if mark >= 65:
        return "C"
    if mark >= 50:
        return "P"
    return "FF"


def mark_of(s, salt, r):
    return max(50, min(96, 50 + round((r.score - 45) * 45 / 47) + (k(s, salt) % 9) - 4))


def au_transcript(s, person, rng):
    inst, cu = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = natural(person)
    prog, pcode = PROG[cu.id]
    W, H = A4
    L, R = 48, W - 48
    xs = [L, L + 70, L + 350, L + 400, L + 445]
    fz = 8.4
    pages = []
    st = {"p": None, "y": 0}
    verif = f"{k(s, 'v1') % 10 ** 4:04d}-{k(s, 'v2') % 10 ** 4:04d}-{k(s, 'v3') % 10 ** 4:04d}"

    def new_page():
        p = Page(A4)
        crest_paper(p)
        pages.append(p)
        st["p"] = p
        p.text(L, 46, inst.name.upper(), SB, 13)
        p.text(R, 46, "ACADEMIC TRANSCRIPT", SB, 11, "right")
        p.hline(L, R, 54, 0.8)
        p.pieces(68, [(L, f"Name: {nm}", "left"), (R, f"Student Number: {s.student_no}", "right")], S, 8.6)
        st["y"] = 88
        return p

    def colhead():
        p, y = st["p"], st["y"]
        p.pieces(y, [(xs[0], "Course", "left"), (xs[1], "Description", "left"), (xs[3] - 8, "Units", "right"),
                     (xs[4] - 10, "Mark", "right"), (xs[4] + 6, "Grade", "left")], SB, 8)
        p.hline(L, R, y + 3, 0.4)
        st["y"] = y + 14

    def row(code, desc, units, mark, grade):
        p, y = st["p"], st["y"]
        p.pieces(y, [(xs[0], code, "left"), (xs[1], desc, "left"), (xs[3] - 8, units, "right"),
                     (xs[4] - 10, mark, "right"), (xs[4] + 6, grade, "left")], S, fz)
        st["y"] = y + 11.5

    p = new_page()
    y = st["y"]
    p.text(L, y, f"Program: {prog} [{pcode}]", S, 9)
    p.text(L, y + 12, "Career: Undergraduate", S, 9)
    p.text(R, y + 12, f"Date of Birth: {s.dob.strftime('%d/%m/%Y')}", S, 9, "right")
    st["y"] = y + 36
    adv = k(s, "adv") % 3 == 0
    drop = AS_DROP[cu.id] if adv else ()
    out = []
    if adv:
        p = st["p"]
        p.text(L, st["y"], "Advanced Standing", SB, 9.5)
        st["y"] += 14
        title = (f"Unspecified credit granted for prior study at {inst.extra['tafe']} "
                 f"({'Diploma of Nursing' if cu.id == 'au_bn' else 'Diploma of Laboratory Technology'})")
        fr = fake_result(None, "", title, 20, "other")
        p.pieces(st["y"], [(xs[1], title + ":", "left"), (xs[3] - 8, "20 units", "right")], S, fz)
        st["y"] += 22
        out.append(course_truth(fr, "Advanced Standing", 20, None, "points80", code=None))
    # one course failed (FF) and taken again in the Summer Term after it
    fail = None
    if k(s, "ff") % 4 == 1:
        pool = [(i, r) for i, t in enumerate(s.terms[:4]) for r in t.results
                if r.spec.code not in drop and not r.spec.areas]
        fail = pool[k(s, "ffc") % len(pool)]
    periods = []
    for i, t in enumerate(s.terms):
        y0 = t.start_year + 1          # the Australian academic year is the calendar year
        cap = f"Semester {1 if t.key == 'S1' else 2}, {y0}"
        rows = []
        for j, r in enumerate(t.results):
            if r.spec.code in drop:
                continue
            if r.spec.areas:
                rows.append((r, "", "UP"))
            elif fail and fail[1] is r:
                m = 30 + k(s, "ffm") % 19
                rows.append((r, str(m), "FF"))
            else:
                m = mark_of(s, f"{i}.{j}", r)
                rows.append((r, str(m), grade_of(m)))
        periods.append((cap, rows))
        if fail and fail[0] == i and t.key == "S2":
            r = fail[1]
            m = mark_of(s, "retake", r)
            m = min(m, 74)
            periods.append((f"Summer Term {y0 + 1}", [(r, str(m), grade_of(m))]))
        elif fail and fail[0] == i:
            r = fail[1]
            m = min(mark_of(s, "retake", r), 74)
            pend = (f"Summer Term {y0 + 1}", [(r, str(m), grade_of(m))])
            periods.append(("__pending__", pend))
    # a pending S1 retake goes after that year's Semester 2
    fixed = []
    pend = None
    for cap, rows in periods:
        if cap == "__pending__":
            pend = rows
            continue
        fixed.append((cap, rows))
        if pend and cap.startswith("Semester 2"):
            fixed.append(pend)
            pend = None
    tgp = tgu = tot = 0.0
    for cap, rows in fixed:
        if st["y"] + 40 + 11.5 * len(rows) > H - 90:
            new_page()
        p = st["p"]
        p.text(L, st["y"], cap, SB, 9.5)
        st["y"] += 13
        colhead()
        att = pas = gp = gu = 0.0
        for r, m, g in rows:
            u = r.spec.credits
            row(r.spec.code, r.spec.title, f"{u:g}", m, g)
            att += u
            if g != "FF":
                pas += u
                out.append(course_truth(r, cap, u, g, "points80", code=r.spec.code, mark=int(m) if m else None))
            else:
                out.append(course_truth(r, cap, u, g, "points80", code=r.spec.code, mark=int(m), passed=False,
                                        semester_hours=0))
            if g in GP:
                gp += GP[g] * u
                gu += u
        tgp += gp
        tgu += gu
        tot += pas
        p = st["p"]
        sg = f"{r2(gp / gu):.2f}" if gu else "-"
        p.spaced(xs[1], st["y"] + 2, [f"Units attempted: {att:g}", f"Units passed: {pas:g}", f"Semester GPA: {sg}"],
                 S, 8.2, gap=24)
        st["y"] += 22
    if adv:
        tot += 20
    if st["y"] + 170 > H - 90:
        new_page()
    p, y = st["p"], st["y"] + 6
    p.hline(L, R, y, 0.8)
    gpa = r2(tgp / tgu)
    dist = " with Distinction" if gpa >= 5.75 else ""
    p.text(L, y + 16, f"Program GPA: {gpa:.2f}", SB, 9.5)
    p.text(L, y + 30, f"Conferred: {prog}{dist}, {s.conferred.strftime('%d/%m/%Y')}", SB, 9.5)
    p.text(L, y + 44, f"Total units: {tot:g}", SB, 9.5)
    p.text(L, y + 62, "Grading key: HD High Distinction (85-100); D Distinction (75-84); C Credit (65-74); P Pass "
                      "(50-64); FF Fail (0-49);", S, 7.2)
    p.text(L, y + 71, "UP Ungraded Pass. GPA on a 7-point scale (HD 7, D 6, C 5, P 4, FF 0). A full-time year "
                      "is 80 units.", S, 7.2)
    sign_block(p, rng, R - 100, y + 120, "Academic Registrar", S, 8.5, 170)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        qr_box(pg, R - 44, H - 78, 44, f"qr:{s.student_no}:{q}")
        pg.text(L, H - 44, f"Document verification number: {verif}", S, 7.4)
        pg.text(L, H - 34, "Verify at https://verify.example/transcripts", S, 7.4)
        pg.text(W / 2 + 30, H - 34, f"Page {q} of {n}", S, 7.4, "center")
    return LayoutResult("transcript", "af_au_academic_transcript", FAMILY, by_reading_order(pages), [nm], out,
                        "points80", {"prints_totals": True, "distinction": bool(dist)})


TRANSCRIPT_LAYOUTS = {"af_au_academic_transcript": (au_transcript, FAMILY, ("AU",))}
