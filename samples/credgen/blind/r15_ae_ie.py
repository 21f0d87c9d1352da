"""Writer AE, round 15: Ireland (IE). Country pack (invented technological universities: the
"Bachelor of Science (Honours) in Biomedical Science", four years, 240 ECTS, with a 24-week clinical
placement in stage 3; a "Bachelor of Science (Honours) in Applied Biology"; a "Bachelor of Science
(Honours) in General Nursing") and the "Academic Transcript": English, A4 portrait, the university's
name in Irish above the English one; ONE BLOCK PER STAGE ("Stage 1 — Academic Year 2014/15"),
columns Module Code ("BIOL H1001": subject letters, a space, the level letter H and four digits) |
Module Title | Credits (ECTS 5, 10, 30 for the placement) | Mark % | Grade (band A 70+, B 60-69,
C 50-59, D 45-49, E 40-44, F fail) | Attempt ("1", or "2 (Repeat)" for a module passed at the
August repeat sitting: both attempts are printed, the first with its F and "Fail") | Outcome
("Pass", "Pass by Compensation" for a mark of 35-39 inside a passed stage, "Fail", "Exempt"). Each
stage closes with "Stage Result: Pass Stage Credits: 60 Stage Average: 61.4%". Stage 3's "Clinical
Placement (Hospital Laboratory, 24 weeks)" has 30 credits and "Pass" with no mark. The last block:
Award, Award Classification ("Second Class Honours, Grade 1 (2.1)"), Award Mark, Date of Award, NFQ
Level 8, the grading bands, the Registrar's signature over an embossed seal.

Truth: credit_system "ects" (2 ECTS = 1 SH). Every printed attempt is a row; a failed first attempt
carries `passed: false` (its credits are not earned: the truth's totals skip it) and the repeat row
`attempt: "2 (Repeat)"`; a repeat pass is capped at 40 (grade E), the Irish repeat rule. The
placement and an exempted module have no mark: grade records the outcome printed ("Pass",
"Exempt"). Stage Average = credit-weighted mean of the marks that count (passing attempts,
placement and exemptions left out), to one decimal; the Award Mark = 30 % stage 3 + 70 % stage 4.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r15_ae_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, dry_seal, en_date, k,
                            r1, sign_block)

IE_BMS = """
## 1 Y
BIOL H1001 | Cell Biology | 5 | B
BIOL H1002 | Human Anatomy and Physiology I | 5 | B
CHEM H1105 | General Chemistry I | 5 | C
CHEM H1106 | General Chemistry II | 5 | C
MATH H1010 | Mathematics for Science | 5 | M
PHYS H1020 | Physics for Life Sciences | 5 | O
BIOL H1003 | Introduction to Microbiology | 5 | B
BMED H1001 | Introduction to Biomedical Science | 5 | ?P
BIOL H1004 | Human Anatomy and Physiology II | 5 | B
CHEM H1107 | Organic Chemistry I | 5 | C
COMP H1001 | Information Technology and Scientific Communication | 5 | O
BMED H1002 | Laboratory Skills and Safety | 5 | O
## 2 Y
CHEM H2101 | Biochemistry I | 5 | C
CHEM H2102 | Analytical Chemistry | 5 | C
BIOL H2001 | Genetics | 5 | B
BIOL H2002 | Immunology | 5 | ?B
MATH H2010 | Biostatistics | 5 | M
BMED H2001 | Haematology I | 5 | P
BMED H2002 | Clinical Chemistry I | 10 | P
BMED H2003 | Medical Microbiology I | 10 | P
BMED H2004 | Histology and Cytology | 5 | P
CHEM H2103 | Biochemistry II | 5 | C
## 3 Y
BMED H3001 | Haematology and Transfusion Science | 5 | P
BMED H3002 | Clinical Chemistry II | 5 | P
BMED H3003 | Medical Microbiology II | 5 | P
BMED H3004 | Cellular Pathology | 5 | P
BMED H3005 | Quality Management in the Medical Laboratory | 5 | P
BIOL H3001 | Molecular Biology | 5 | B
BMED H3090 | Clinical Placement (Hospital Laboratory, 24 weeks) | 30 | P | chemistry,hematology,microbiology,blood_bank,other
## 4 Y
BMED H4001 | Advanced Haematology and Haemostasis | 10 | P
BMED H4002 | Advanced Clinical Biochemistry | 10 | ?P
BMED H4003 | Clinical Immunology and Virology | 5 | ?P
BMED H4004 | Transfusion Science and Transplantation | 5 | P
BMED H4005 | Molecular Diagnostics | 5 | P
MATH H4010 | Research Methods and Statistics | 5 | M
BMED H4099 | Research Project | 20 | O
"""

IE_BIO = """
## 1 Y
BIOL H1001 | Cell Biology | 5 | B
BIOL H1011 | Plant and Animal Biology | 10 | B
CHEM H1105 | General Chemistry I | 5 | C
CHEM H1106 | General Chemistry II | 5 | C
MATH H1010 | Mathematics for Science | 10 | M
PHYS H1020 | Physics for Life Sciences | 5 | O
BIOL H1003 | Introduction to Microbiology | 5 | B
CHEM H1107 | Organic Chemistry I | 5 | C
COMP H1001 | Information Technology and Scientific Communication | 5 | O
BIOL H1012 | Field and Laboratory Skills | 5 | O
## 2 Y
CHEM H2101 | Biochemistry I | 10 | C
BIOL H2001 | Genetics | 10 | B
BIOL H2011 | Microbiology | 10 | B
BIOL H2012 | Ecology | 10 | ?B
MATH H2010 | Biostatistics | 10 | M
BIOL H2013 | Animal Physiology | 10 | B
## 3 Y
BIOL H3011 | Work Placement (Industry, 16 weeks) | 30 | O
BIOL H3001 | Molecular Biology | 10 | B
BIOL H3012 | Environmental Microbiology | 10 | B
CHEM H3101 | Instrumental Analysis | 10 | C
## 4 Y
BIOL H4011 | Applied Molecular Biology | 10 | B
BIOL H4012 | Immunology and Infection | 10 | ?B
BIOL H4013 | Bioinformatics | 10 | O
BIOL H4014 | Environmental Biotechnology | 10 | B
BIOL H4099 | Research Project | 20 | O
"""

IE_NUR = """
## 1 Y
NURS H1001 | Foundations of Nursing Practice | 10 | O
BIOL H1021 | Anatomy and Physiology for Nursing | 10 | B
NURS H1002 | Psychology and Sociology for Nursing | 10 | O
NURS H1003 | Clinical Practice Placement I | 30 | O
## 2 Y
NURS H2001 | Medical and Surgical Nursing I | 10 | O
BIOL H2021 | Pharmacology and Microbiology for Nursing | 10 | ?B
NURS H2002 | Mental Health and Nursing | 10 | O
NURS H2003 | Clinical Practice Placement II | 30 | O
## 3 Y
NURS H3001 | Medical and Surgical Nursing II | 10 | O
NURS H3002 | Maternal and Child Health | 10 | O
NURS H3003 | Clinical Practice Placement III | 40 | O
## 4 Y
NURS H4001 | Nursing Management and Leadership | 10 | O
NURS H4099 | Dissertation | 10 | O
NURS H4003 | Internship Placement (36 weeks) | 40 | O
"""

NOMARK = ("Placement", "Internship Placement")


def _cur(cid, title, field, terms, clin=False):
    return C.Curriculum(cid, "IE", title, "bachelor", 4, field, "ects", C._parse(terms), 9, 11, clinical_training=clin)


IE_INST = [
    Institution("Boyne Valley Technological University", "Drogheda", "Co. Louth", "IE", "Dublin Road",
                ("ie_bms", "ie_bio", "ie_nur"), "university",
                extra={"ga": "Ollscoil Teicneolaíochta Ghleann na Bóinne", "school": "Faculty of Science and Health",
                       "pres": "Professor Siobhán Ní Bhriain", "reg": "Dr Declan Moran"}),
    Institution("Corrib Technological University", "Galway", "Co. Galway", "IE", "Dublin Road, Ballybrit",
                ("ie_bms", "ie_bio", "ie_nur"), "university",
                extra={"ga": "Ollscoil Teicneolaíochta na Coiribe", "school": "School of Science and Computing",
                       "pres": "Professor Fergal Ó Catháin", "reg": "Ms Gráinne Kelleher"}),
]

PACK = K.CountryPack(
    code="IE", name="Ireland",
    given={"F": ["Aoife", "Ciara", "Niamh", "Sinéad", "Orla", "Róisín", "Emma", "Sarah", "Clodagh", "Aisling"],
           "M": ["Conor", "Seán", "Cian", "Darragh", "Eoin", "Ciarán", "Oisín", "Patrick", "Niall", "Kevin"]},
    surnames=["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "McCarthy",
              "Doyle", "Gallagher", "Kennedy", "Lynch", "Brennan"],
    middle={"F": [], "M": []},
    institutions=IE_INST,
    employers=[
        Employer("Midland Regional University Hospital", "Tullamore", "Co. Offaly", "IE", "Arden Road",
                 "+353 57 932 1501", "hr.mruh@hse-west-midlands.example"),
        Employer("Saint Brigid's University Hospital Galway", "Galway", "Co. Galway", "IE", "Newcastle Road",
                 "+353 91 544 000", "recruitment.sbuh@saolta-west.example"),
        Employer("Louth County Hospital Group (Our Lady of Lourdes Campus)", "Drogheda", "Co. Louth", "IE",
                 "Windmill Road", "+353 41 983 7601", "hr.ololcampus@rcsi-northeast.example"),
        Employer("Eurofins-Clonmel Diagnostic Laboratories", "Clonmel", "Co. Tipperary", "IE", "Cahir Road",
                 "+353 52 617 7000", "careers@clonmeldiagnostics.example", "lab"),
    ],
    signers=["Mary Fitzgerald", "John Cleary", "Deirdre Nolan"],
    curricula=[_cur("ie_bms", "Bachelor of Science (Honours) in Biomedical Science", "medical_laboratory_science",
                    IE_BMS, True),
               _cur("ie_bio", "Bachelor of Science (Honours) in Applied Biology", "biology", IE_BIO),
               _cur("ie_nur", "Bachelor of Science (Honours) in General Nursing", "nursing", IE_NUR)],
    mls_curriculum="ie_bms", science_curricula=["ie_bio"], nonqualifying_curricula=["ie_nur"],
    positions_mls=["Medical Scientist", "Medical Scientist (Staff Grade)"],
    positions_science=["Laboratory Technician", "Laboratory Analyst"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"B00{rng.randint(100000, 999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("IE", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})


def band(m):
    return "A" if m >= 70 else "B" if m >= 60 else "C" if m >= 50 else "D" if m >= 45 else "E" if m >= 40 else "F"


def classification(m):
    if m >= 70:
        return "First Class Honours"
    if m >= 60:
        return "Second Class Honours, Grade 1 (2.1)"
    if m >= 50:
        return "Second Class Honours, Grade 2 (2.2)"
    return "Third Class Honours"


def attempts(s, i, j, r):
    """[(mark or None, grade, attempt, outcome, passed)] for one module."""
    t = r.spec.title
    if any(w in t for w in NOMARK):
        return [(None, "", "1", "Pass", True)]
    if i == 0 and j == 4 and k(s, "ex") % 5 == 0:
        return [(None, "", "1", "Exempt", True)]
    m = max(40, min(88, r.score + (k(s, f"m{i}.{j}") % 9) - 4))
    if i < 3 and k(s, f"f{i}.{j}") % 19 == 0:
        f = 22 + k(s, f"fm{i}.{j}") % 12
        return [(f, "F", "1", "Fail", False), (40, "E", "2 (Repeat)", "Pass", True)]
    if i in (1, 2) and k(s, f"c{i}.{j}") % 23 == 0:
        return [(35 + k(s, f"cm{i}.{j}") % 5, "F", "1", "Pass by Compensation", True)]
    return [(m, band(m), "1", "Pass", True)]


def award_mark(s):
    """The Award Mark the transcript prints (the diploma prints its classification)."""
    avgs = []
    for i, t in enumerate(s.terms):
        wsum = csum = 0.0
        for j, r in enumerate(t.results):
            for m, g, att, outc, ok in attempts(s, i, j, r):
                if ok and m is not None:
                    wsum += m * r.spec.credits
                    csum += r.spec.credits
        avgs.append(r1(wsum / csum))
    return r1(0.3 * avgs[2] + 0.7 * avgs[3])


def ie_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 48, W - 48
    X = [L, L + 64, L + 282, L + 318, L + 354, L + 386, L + 432, R]
    pages = []
    st = {"p": None, "y": 0}
    nm = f"{person.given}{' ' + person.middle if person.middle else ''} {person.surname}"

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.logo(L + 16, 50, 16, 1, 0.3)
        p.pieces(44, [(L + 40, inst.extra["ga"], "left", SI, 9), (R, "Academic Transcript", "right", SB, 11)])
        p.pieces(58, [(L + 40, inst.name, "left", SB, 12), (R, inst.extra["school"], "right", S, 7.5)])
        p.hline(L, R, 68, 0.9)
        if len(pages) == 1:
            y = 88
            for a, b in ((f"Student Name: {nm}", f"Student Number: {s.student_no}"),
                         (f"Date of Birth: {en_date(s.dob)}", f"Programme Code: {'ABC'[k(s, 'pc') % 3]}"
                          f"{'BMS' if cur.id == 'ie_bms' else 'BIO' if cur.id == 'ie_bio' else 'NUR'}8"),
                         (f"Programme: {cur.title}", "")):
                p.pieces(y, [(L, a, "left"), (L + 330, b, "left")], S, 8.8)
                y += 13
            st["y"] = y + 10
        else:
            p.text(L, 84, f"{nm} - {s.student_no} (continued)", S, 7.5)
            st["y"] = 100

    def colhead(p, y):
        p.rect(L, y - 9, R - L, 13, 0.4, 0.0, fill=0.86)
        p.pieces(y, [(X[0] + 2, "Module Code", "left"), (X[1] + 2, "Module Title", "left"),
                     (X[3] - 4, "Credits", "right"), (X[4] - 4, "Mark %", "right"), (X[4] + 8, "Grade", "left"),
                     (X[5] + 4, "Attempt", "left"), (X[6] + 4, "Outcome", "left")], SB, 7.6)

    new_page()
    out = []
    avgs = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            for a in attempts(s, i, j, r):
                rows.append((r, a))
        need = 44 + 12 * len(rows)
        if st["y"] + need > H - 60:
            new_page()
        p, y = st["p"], st["y"]
        ay = f"{t.start_year}/{(t.start_year + 1) % 100:02d}"
        p.text(L, y, f"Stage {t.year} — Academic Year {ay}" if i == 0 else f"Stage {t.year} — {ay}", SB, 10)
        y += 16
        colhead(p, y)
        y += 14
        wsum = csum = cred = 0.0
        for r, (m, g, att, outc, ok) in rows:
            title = r.spec.title
            ts = fit_size(title, S, 7.8, X[2] - X[1] + 4, 5.5)
            p.pieces(y, [(X[0] + 2, r.spec.code, "left"), (X[1] + 2, title, "left", S, ts),
                         (X[3] - 4, str(int(r.spec.credits)), "right"),
                         (X[4] - 4, str(m) if m is not None else "", "right"), (X[4] + 14, g, "center"),
                         (X[5] + 4, att, "left"), (X[6] + 4, outc, "left", S, fit_size(outc, S, 7.8, R - X[6] - 4, 5))],
                     S, 7.8)
            y += 12
            if ok:
                cred += r.spec.credits
                if m is not None:
                    wsum += m * r.spec.credits
                    csum += r.spec.credits
            tr = course_truth(r, f"Stage {t.year} — {ay}", r.spec.credits, g if m is not None else outc, "ects",
                              code=r.spec.code, mark=m, attempt=att, outcome=outc)
            if not ok:
                tr["passed"] = False
            out.append(tr)
        p.hline(L, R, y - 8, 0.5)
        sa = r1(wsum / csum)
        avgs.append(sa)
        p.spaced(L, y + 5, ["Stage Result: Pass", f"Stage Credits: {int(cred)}", f"Stage Average: {sa:.1f}%"], SB, 8.6,
                 26)
        st["y"] = y + 30
    award = r1(0.3 * avgs[2] + 0.7 * avgs[3])
    assert award == award_mark(s)
    if st["y"] + 250 > H - 40:
        new_page()
    p, y = st["p"], st["y"] + 6
    p.hline(L, R, y - 10, 0.9)
    for ln in (f"Award: {cur.title}", f"Award Classification: {classification(award)}", f"Award Mark: {award:.1f}%",
               f"Date of Award: {en_date(s.conferred)}", "NFQ Level 8"):
        p.text(L, y + 4, ln, SB if ln.startswith("Award:") else S, 9.2)
        y += 14
    y += 8
    p.text(L, y, "Grading bands:", SB, 7.8)
    for ln in ("A 70-100% Excellent; B 60-69% Very Good; C 50-59% Good; D 45-49% Satisfactory; E 40-44% Acceptable; "
               "F 0-39% Fail.",
               "Pass by Compensation: a mark of 35-39% in a module of a stage passed overall. Repeat attempts are "
               "capped at 40%. Exempt: credit for prior learning, no mark.",
               "Award Mark: 30% of the Stage 3 average and 70% of the Stage 4 average. Classification: First Class "
               "Honours 70%+; Second Class Honours Grade 1 60-69%;",
               "Second Class Honours Grade 2 50-59%; Third Class Honours 40-49%. One ECTS credit represents 25 hours "
               "of student effort; a full-time year is 60 credits."):
        y = p.paragraph(L, y + 11, ln, S, 7, R - L, 9.5) - 9.5
    y += 60
    sign_block(p, rng, L + 110, y, "Academic Affairs / Registrar", S, 8.5, 170, inst.extra["reg"])
    dry_seal(p, L + 260, y - 14, 32)
    p.text(R, y - 30, f"Date of issue: {en_date(s.conferred)}", S, 8, "right")
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 26, f"Page {q} of {n}", S, 7, "center")
    return LayoutResult("transcript", "ae_ie_transcript", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ae_ie_transcript": (ie_transcript, FAMILY, ("IE",))}
