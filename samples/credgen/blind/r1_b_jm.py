"""Writer B, round 1: Jamaica (JM). Country pack, curricula, the transcript design
`jm_official_transcript` (University-of-Technology style "Official Transcript": monospace body on
a pale security background of thin lines, `Course Code | Course Name | Credits | Grade | Quality
Points`, "Semester 1 2016/2017" / "Summer 2017", per-term "Semester GPA  Credits Attempted
Credits Earned", final "Cumulative GPA  Total Credits" and "Degree Awarded: ..., Second Class
Honours (Upper Division), conferred November 10, 2019"; continuation pages repeat the name and ID
but not the column header) and the diploma `jm_parchment`.
"""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult, cells, course_truth
from ..model import us_points
from ..names import SIGNERS, Employer, Institution, name_form
from ..pagekit import LETTER, Flow, Page, wrap
from . import r1_b_common as B

JM_BSMT = """
## 1 S1
COM1024 | Academic Writing I | 3 | O
BIO1001 | General Biology I | 4 | B
CHY1001 | General Chemistry I | 4 | C
MTH1002 | College Mathematics | 3 | M
MLS1001 | Introduction to Medical Technology | 2 | O
## 1 S2
COM1025 | Academic Writing II | 3 | O
BIO1002 | General Biology II | 4 | B
CHY1002 | General Chemistry II | 4 | C
PHY1001 | Physics for Health Sciences | 3 | O
INT1001 | Information Technology | 3 | O
## 1 SU
CUL1001 | Caribbean Cultural Studies | 3 | O
## 2 S1
ANP2001 | Human Anatomy and Physiology I | 4 | B
CHY2001 | Organic Chemistry | 4 | C
MLS2001 | Biochemistry I | 3 | C
MLS2003 | General Microbiology | 4 | B
STA2001 | Biostatistics | 3 | M
## 2 S2
ANP2002 | Human Anatomy and Physiology II | 4 | B
MLS2002 | Biochemistry II | 3 | C
MLS2004 | Immunology and Serology | 3 | ?B
MLS2006 | Medical Parasitology | 3 | P
PSY2001 | Psychology for Health Professionals | 3 | O
## 2 SU
ENT2001 | Entrepreneurship | 3 | O
## 3 S1
MLS3001 | Clinical Chemistry I | 4 | P
MLS3003 | Haematology I | 4 | P
MLS3005 | Medical Microbiology I | 4 | P
MLS3007 | Histotechnology | 3 | ?P
MLS3009 | Research Methods | 3 | O
## 3 S2
MLS3002 | Clinical Chemistry II | 4 | P
MLS3004 | Haematology II and Haemostasis | 4 | P
MLS3006 | Medical Microbiology II | 4 | P
MLS3008 | Immunohaematology and Blood Transfusion | 4 | P
MLS3010 | Urinalysis and Body Fluids | 2 | P
## 4 S1
MLS4001 | Clinical Practicum I: Chemistry and Urinalysis | 6 | P | chemistry,urinalysis
MLS4003 | Clinical Practicum II: Haematology | 5 | P | hematology
MLS4005 | Laboratory Management | 3 | P
MLS4007 | Molecular Diagnostics | 3 | ?B
## 4 S2
MLS4002 | Clinical Practicum III: Microbiology | 6 | P | microbiology
MLS4004 | Clinical Practicum IV: Blood Bank | 5 | P | blood_bank
MLS4006 | Research Project | 3 | O
MLS4008 | Professional Ethics and Medical Law | 2 | O
"""

JM_BSC_BIOCHEM = """
## 1 S1
COM1024 | Academic Writing I | 3 | O
BIO1001 | General Biology I | 4 | B
CHY1001 | General Chemistry I | 4 | C
MTH1002 | College Mathematics | 3 | M
## 1 S2
COM1025 | Academic Writing II | 3 | O
BIO1002 | General Biology II | 4 | B
CHY1002 | General Chemistry II | 4 | C
MTH1003 | Calculus I | 3 | M
## 2 S1
CHY2001 | Organic Chemistry I | 4 | C
BCH2001 | Introductory Biochemistry | 4 | C
BIO2003 | Cell Biology | 3 | B
STA2001 | Biostatistics | 3 | M
## 2 S2
CHY2002 | Organic Chemistry II | 4 | C
BCH2002 | Metabolism | 4 | C
BIO2004 | Genetics | 3 | B
## 3 S1
BCH3001 | Enzymology | 3 | ?C
BCH3003 | Molecular Biology | 3 | B
CHY3001 | Physical Chemistry | 4 | C
## 3 S2
BCH3002 | Clinical Biochemistry | 3 | ?C
BCH3004 | Microbiology | 4 | B
CHY3002 | Analytical Chemistry | 4 | C
## 4 S1
BCH4001 | Immunology | 3 | B
BCH4003 | Bioinformatics | 3 | ?B
## 4 S2
BCH4002 | Research Project | 6 | O
"""

JM_BSN = """
## 1 S1
COM1024 | Academic Writing I | 3 | O
NUR1001 | Fundamentals of Nursing I | 4 | O
ANP1001 | Human Anatomy and Physiology I | 4 | B
## 1 S2
NUR1002 | Fundamentals of Nursing II | 4 | O
ANP1002 | Human Anatomy and Physiology II | 4 | B
## 2 S1
NUR2001 | Medical-Surgical Nursing I | 6 | O
NUR2003 | Pharmacology | 3 | O
## 2 S2
NUR2002 | Medical-Surgical Nursing II | 6 | O
NUR2004 | Microbiology for Nurses | 3 | B
## 3 S1
NUR3001 | Maternal and Child Health Nursing | 6 | O
## 3 S2
NUR3002 | Mental Health Nursing | 6 | O
## 4 S1
NUR4001 | Community Health Nursing | 6 | O
## 4 S2
NUR4002 | Nursing Leadership and Management | 6 | O
"""

CURRICULA = [
    C.Curriculum("jm_bsc_mt", "JM", "Bachelor of Science in Medical Technology", "bachelor", 4,
                 "medical_technology", "semester", C._parse(JM_BSMT), 9, 11, clinical_training=True),
    C.Curriculum("jm_bsc_biochem", "JM", "Bachelor of Science in Biochemistry", "bachelor", 4,
                 "chemistry", "semester", C._parse(JM_BSC_BIOCHEM), 9, 11),
    C.Curriculum("jm_bsn", "JM", "Bachelor of Science in Nursing", "bachelor", 4, "nursing",
                 "semester", C._parse(JM_BSN), 9, 11),
]
FACULTY = {"jm_bsc_mt": "College of Health Sciences", "jm_bsc_biochem": "Faculty of Science and Sport",
           "jm_bsn": "College of Health Sciences"}

INSTITUTIONS = [
    Institution("Blue Mountain University of Technology", "Kingston 6", "St. Andrew", "JM",
                "14 Hope Pastures Avenue", ("jm_bsc_mt", "jm_bsc_biochem", "jm_bsn")),
    Institution("Liguanea University", "Kingston 10", "St. Andrew", "JM",
                "52 Barbican Heights Road", ("jm_bsc_mt", "jm_bsn")),
]

EMPLOYERS = [
    Employer("Liguanea Medical Centre", "Kingston 5", "St. Andrew", "JM",
             "9 Trafalgar Crescent", "(876) 555-0142", "hr@liguanea-mc.example"),
    Employer("Westmoreland Bay Hospital", "Savanna-la-Mar", "Westmoreland", "JM",
             "Great George Street", "(876) 555-0176", "personnel@westbay-hosp.example"),
    Employer("Blue Hills Diagnostic Laboratory", "Montego Bay", "St. James", "JM",
             "27 Fairview Drive", "(876) 555-0163", "admin@bluehills-lab.example", "lab"),
    Employer("Mandeville Heights Hospital", "Mandeville", "Manchester", "JM",
             "4 Caledonia Road", "(876) 555-0119", "hr@mandeville-heights.example"),
]

JM_PHRASES = {
    "blood_bank": ["Blood Bank", "Blood Bank and Transfusion Services"],
    "chemistry": ["Clinical Chemistry", "Chemical Pathology"], "hematology": ["Haematology", "Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology", "Immunology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Diagnostics"],
    "phlebotomy": ["Phlebotomy"], "other": ["Histopathology", "Cytology"]}


def _student_no(rng, start_year, inst):
    return f"{start_year % 100:02d}{rng.randint(10000, 99999)}"


PACK = K.CountryPack(
    code="JM", name="Jamaica",
    given={"F": ["Tanisha", "Kimberley", "Shanique", "Tameka", "Simone", "Kerry-Ann", "Shantel", "Nadine"],
           "M": ["Andre", "Kemar", "Damion", "Oneil", "Ricardo", "Jermaine", "Dwayne"]},
    surnames=["Campbell", "Brown", "Williams", "Clarke", "McKenzie", "Grant", "Reid", "Thompson",
              "Gordon", "Francis", "Bailey", "Stewart"],
    middle={"F": ["Marie", "Andrea", "Nicole", "Elaine", "Patrice"],
            "M": ["Anthony", "Orlando", "Marlon", "Everton"]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Mrs. Paulette A. Morrison", "Mr. Clive R. Henry", "Dr. Sonia E. Walters",
             "Ms. Yvonne M. Lindo"],
    curricula=CURRICULA, mls_curriculum="jm_bsc_mt", science_curricula=["jm_bsc_biochem"],
    nonqualifying_curricula=["jm_bsn"],
    positions_mls=["Medical Technologist", "Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep", student_no=_student_no, honours=[])
K.register(PACK)
B.add_department_phrases("JM", JM_PHRASES)


def jm_term_label(t):
    ay = f"{t.start_year}/{t.start_year + 1}"
    return {"S1": f"Semester 1 {ay}", "S2": f"Semester 2 {ay}", "SU": f"Summer {t.start_year + 1}"}[t.key]


def jm_totals(s):
    h = p = 0
    for t in s.terms:
        for r in t.results:
            h += int(r.spec.credits); p += int(r.spec.credits) * int(round(us_points(r.letter) * 100))
    return h, p


def jm_class(s):
    h, p = jm_totals(s)
    g = B.tenths(p / h)
    if g >= 360:
        return "First Class Honours"
    if g >= 300:
        return "Second Class Honours (Upper Division)"
    if g >= 250:
        return "Second Class Honours (Lower Division)"
    return "Pass"


def jm_official_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Courier", "Courier-Bold"
    name = f"{person.surname.upper()}, {' '.join(q for q in (person.given, person.middle) if q)}"
    x0, x1 = 46, LETTER[0] - 46
    cols = [(x0, "left", 60), (x0 + 66, "left", 290), (x0 + 372, "right", 40), (x0 + 420, "center", 30),
            (x1, "right", 60)]
    fs = rng.choice([8, 8.5])
    lh = fs + 3.5
    step = rng.choice([5, 6, 7])

    def new_page(n):
        p = Page(LETTER)
        B.security_lines(p, 0.88, step)
        y = 42
        p.text(p.w / 2, y, inst.name.upper() + ", JAMAICA", "Times-Bold", 13, "center"); y += 12
        p.text(p.w / 2, y, f"Office of the Registrar - {inst.street}, {inst.city}, Jamaica, W.I.", "Times-Roman", 8.5, "center"); y += 16
        if n == 1:
            p.text(p.w / 2, y, "OFFICIAL TRANSCRIPT", FB, 12, "center"); y += 16
            rows = [(f"Name: {name}", f"ID: {s.student_no}"),
                    (f"Date of Birth: {D.dmon_y(s.dob)}", f"Admitted: {D.month_year(s.admitted)}"),
                    (f"Programme: {cur.title}", ""), (f"Faculty: {FACULTY[cur.id]}", "")]
            for a, b_ in rows:
                p.pieces(y, [(x0, a, "left")] + ([(x0 + 330, b_, "left")] if b_ else []), F, 8.5); y += 11
            p.hline(x0, x1, y - 4, 0.6); y += 8
            cells(p, y, cols, ["Course Code", "Course Name", "Credits", "Grade", "Quality Points"], FB, 8)
            p.hline(x0, x1, y + 3, 0.6)
            y += 6
        else:
            p.spaced(x0, y, [f"Name: {name}", f"ID: {s.student_no}"], F, 8.5, 40); y += 4
            p.hline(x0, x1, y, 0.6)
        return p, y + 16

    fl = Flow(new_page, 66)
    out = []
    cum_h = cum_p = 0
    for t in s.terms:
        label = jm_term_label(t)
        fl.need(lh * (len(t.results) + 3))
        p = fl.page
        p.text(x0, fl.y, label, FB, 9); fl.y += lh + 1
        th = tp = 0
        for r in t.results:
            cr = int(r.spec.credits)
            qp = cr * int(round(us_points(r.letter) * 100))
            cells(p, fl.y, cols, [r.code, r.spec.title, f"{cr}.00", r.letter, f"{qp // 100}.{qp % 100:02d}"], F, fs)
            out.append(course_truth(r, label, cr, r.letter, "semester", quality_points=qp / 100))
            th += cr; tp += qp
            fl.y += lh
        cum_h += th; cum_p += tp
        p.spaced(x0 + 66, fl.y + 1, [f"Semester GPA: {B.gpa_str(tp, th)}", f"Credits Attempted: {th}",
                                    f"Credits Earned: {th}"], F, 8, 18)
        fl.y += lh + 9
    fl.need(120)
    p = fl.page
    p.hline(x0, x1, fl.y - 8, 0.6)
    p.spaced(x0, fl.y + 4, [f"Cumulative GPA {B.gpa_str(cum_p, cum_h)}", f"Total Credits {cum_h}"], FB, 9.5, 30)
    fl.y += 20
    award = (f"Degree Awarded: {cur.title}, {jm_class(s)}, conferred {D.long_mdy(s.conferred)}")
    for ln in wrap(award, FB, 9, x1 - x0):
        p.text(x0, fl.y, ln, FB, 9); fl.y += 12
    fl.y += 4
    p.text(p.w / 2, fl.y, "*** END OF TRANSCRIPT ***", F, 9, "center"); fl.y += 14
    p.text(x0, fl.y, "Grades: A 4.00, A- 3.70, B+ 3.30, B 3.00, B- 2.70, C+ 2.30, C 2.00, D 1.00, F 0.00", F, 7)
    yb = p.h - 48
    p.seal(x0 + 50, yb - 14, 24)
    p.signature(x1 - 150, yb - 12, 100, rng)
    p.text(x1 - 100, yb, "University Registrar", F, 8.5, "center")
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 26, f"Page {i} of {len(fl.pages)} - not valid without the University seal", F, 7, "center")
    return LayoutResult("transcript", "jm_official_transcript", "blind_r1", fl.pages, [name], out,
                        "semester", {"conferred_printed": D.long_mdy(s.conferred)})


def jm_parchment(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LETTER)
    p.border(26, 1.6, 0.3)
    FI, FB, FR = "Times-Italic", "Times-Bold", "Times-Roman"
    name = name_form(person, "caps")
    y = 110
    p.logo(p.w / 2, 60, 15, 1)
    p.text(p.w / 2, y, inst.name, FB, 22 if len(inst.name) < 32 else 18, "center"); y += 20
    p.text(p.w / 2, y, "Jamaica, West Indies", FI, 12, "center"); y += 50
    p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 36
    p.text(p.w / 2, y, name, FB, 20, "center"); y += 34
    for ln in wrap("having satisfactorily completed the approved programme of study and having passed "
                   "the prescribed examinations was admitted to the degree of", FI, 14, 420):
        p.text(p.w / 2, y, ln, FI, 14, "center"); y += 19
    y += 14
    p.text(p.w / 2, y, cur.title.upper(), FB, 14 if len(cur.title) < 44 else 12, "center"); y += 26
    p.text(p.w / 2, y, "with " + jm_class(s), FI, 14, "center"); y += 40
    when = f"{D.ordinal_words(s.conferred.day)} day of {D.MONTHS[s.conferred.month - 1]}, {D.year_words(s.conferred.year, 'british')}"
    for ln in wrap(f"Given under the Seal of the University this {when}.", FI, 13, 440):
        p.text(p.w / 2, y, ln, FI, 13, "center"); y += 18
    yb = p.h - 96
    s1, s2 = rng.sample(SIGNERS["JM"], 2)
    p.seal(p.w / 2, yb - 20, 34)
    p.signature(70, yb - 14, 110, rng)
    p.signature(p.w - 200, yb - 14, 110, rng)
    p.pieces(yb, [(125, "President", "center"), (p.w - 125, "Registrar", "center")], FI, 11)
    return LayoutResult("diploma", "jm_parchment", "blind_r1", [p], [name],
                        info={"conferred_printed": when})


TRANSCRIPT_LAYOUTS = {"jm_official_transcript": (jm_official_transcript, "blind_r1", ("JM",))}
DIPLOMA_LAYOUTS = {"jm_parchment": (jm_parchment, "blind_r1", ("JM",))}
