"""Writer C, round 2: United Kingdom. Country pack (BSc (Hons) Biomedical Science, IBMS
accredited; BSc (Hons) Biochemistry; BSc (Hons) Adult Nursing; UK credits, 120 a year) and
the UK "Academic Transcript" (modules by level, Mark (%), attempt, level credit totals,
award and classification block, embossed-seal footer)."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, fit_size, wrap
from .r2_c_common import FAMILY, add_department_phrases, course_truth, crest_box, parse_table

GB_BMS = """
## 1 Y
BIO4001 | Cell Biology | 20 | B
BIO4002 | Human Anatomy and Physiology | 20 | B
CHE4003 | Chemistry for the Biosciences | 20 | C
BMS4004 | Introduction to Biomedical Science | 20 | ?O
BIO4005 | Genetics and Molecular Biology | 20 | B
MTH4006 | Data Handling and Biostatistics | 20 | M
## 2 Y
BMS5201 | Clinical Biochemistry | 20 | P
BMS5202 | Haematology and Transfusion Science | 20 | P
BMS5203 | Medical Microbiology | 20 | P
BMS5204 | Immunology | 20 | B
BMS5205 | Cellular Pathology | 20 | ?P
BMS5206 | Research Methods, Professional Practice and the IBMS Registration Training Portfolio | 20 | O
## 3 Y
BMS6301 | Advanced Clinical Biochemistry | 20 | P
BMS6302 | Haematology and Haemostasis | 20 | P
BMS6303 | Medical Microbiology and Infection | 20 | P
BMS6304 | Blood Transfusion and Clinical Immunology | 20 | P
BMS6399 | Honours Research Project | 40 | O
"""

GB_BIOCHEM = """
## 1 Y
BIO4001 | Cell Biology | 20 | B
CHE4002 | Foundations of Chemistry | 20 | C
CHE4003 | Organic Chemistry I | 20 | C
BIO4004 | Genetics | 20 | B
MTH4005 | Mathematics and Statistics for Biochemists | 20 | M
BCH4006 | Introductory Biochemistry | 20 | C
## 2 Y
BCH5201 | Metabolism and its Regulation | 20 | ?C
BCH5202 | Proteins and Enzymes | 20 | ?C
CHE5203 | Analytical Chemistry | 20 | C
BIO5204 | Molecular Biology | 20 | B
BIO5205 | Microbiology | 20 | B
BCH5206 | Research Skills in the Biosciences | 20 | O
## 3 Y
BCH6301 | Advanced Biochemistry | 20 | C
BCH6302 | Clinical Biochemistry | 20 | ?C
BCH6303 | Structural Biology | 20 | ?B
BCH6304 | Medical Genetics | 20 | B
BCH6399 | Research Project | 40 | O
"""

GB_NURSING = """
## 1 Y
NUR4001 | Foundations of Nursing Practice | 40 | O
BIO4002 | Anatomy and Physiology for Nursing | 20 | B
NUR4003 | Communication and Relationships in Care | 20 | O
NUR4004 | Practice Learning 1 | 40 | ?O
## 2 Y
NUR5201 | Acute Care Nursing | 40 | O
NUR5202 | Pharmacology and Medicines Management | 20 | O
NUR5203 | Evidence-based Practice | 20 | O
NUR5204 | Practice Learning 2 | 40 | ?O
## 3 Y
NUR6301 | Nursing People with Complex Needs | 40 | O
NUR6302 | Leadership and Management in Nursing | 20 | O
NUR6399 | Dissertation | 20 | O
NUR6304 | Practice Learning 3 | 40 | ?O
"""


def _cur(cid, title, field, table):
    return C.Curriculum(cid, "GB", title, "bachelor", 3, field, "uk", parse_table(table), 9, 7)


PACK = K.CountryPack(
    code="GB", name="United Kingdom",
    given={"F": ["Charlotte", "Emily", "Hannah", "Sophie", "Rebecca", "Amelia", "Priya", "Niamh"],
           "M": ["Oliver", "Thomas", "James", "Daniel", "Callum", "Rhys", "Samuel", "Aaron"]},
    surnames=["Hargreaves", "Whitworth", "Pemberton", "Ashcroft", "Thornley", "Okonjo-Bright",
              "Fairbairn", "Llewellyn", "MacAulay", "Brierley", "Kershaw", "Duckworth",
              "O'Sullivan", "Bainbridge"],
    middle={"F": ["Louise", "Jane", "Elizabeth", "Grace", "Rose"],
            "M": ["James", "Edward", "William", "Robert", "Alexander"]},
    institutions=[
        Institution("University of Northmoor", "Keighley", "West Yorkshire", "GB",
                    "Cavendish Road, Keighley BD21 9QX", ("gb_bsc_bms", "gb_bsc_biochem", "gb_bsc_nursing")),
        Institution("Severnside University", "Gloucester", "Gloucestershire", "GB",
                    "Quayside Campus, Llanthony Wharf, Gloucester GL1 9ZZ", ("gb_bsc_bms", "gb_bsc_nursing")),
        Institution("University of East Wealden", "Tunbridge Wells", "Kent", "GB",
                    "Pembury Park, Tunbridge Wells TN2 9XQ", ("gb_bsc_bms", "gb_bsc_biochem")),
    ],
    employers=[
        Employer("North Pennine Teaching Hospitals NHS Foundation Trust", "Halifax", "West Yorkshire",
                 "GB", "Calder Infirmary, Salterhebble Hill, Halifax HX3 9ZQ", "01632 960142",
                 "pathology.hr@northpennine-nhs.example"),
        Employer("Severn Vale University Hospitals NHS Trust", "Gloucester", "Gloucestershire", "GB",
                 "Great Western Road, Gloucester GL1 9QW", "01632 960178",
                 "workforce@severnvale-nhs.example"),
        Employer("Thames Reach Healthcare NHS Trust", "Reading", "Berkshire", "GB",
                 "Kennet Side, Reading RG1 9XZ", "01632 960193", "hr.references@thamesreach-nhs.example"),
        Employer("Eastmarsh Pathology Partnership", "Canterbury", "Kent", "GB",
                 "Unit 4, Stour Valley Business Park, Canterbury CT1 9YY", "01632 960121",
                 "people@eastmarsh-path.example", "lab"),
    ],
    signers=["Dr Helen M. Ackroyd", "Mr Gareth J. Pryce", "Mrs Susan E. Whitcombe",
             "Dr Anil K. Chaudhry", "Ms Fiona R. Lennox"],
    curricula=[
        _cur("gb_bsc_bms", "Bachelor of Science with Honours in Biomedical Science",
             "medical_laboratory_science", GB_BMS),
        _cur("gb_bsc_biochem", "Bachelor of Science with Honours in Biochemistry", "chemistry", GB_BIOCHEM),
        _cur("gb_bsc_nursing", "Bachelor of Science with Honours in Adult Nursing", "nursing", GB_NURSING),
    ],
    mls_curriculum="gb_bsc_bms", science_curricula=["gb_bsc_biochem"],
    nonqualifying_curricula=["gb_bsc_nursing"],
    positions_mls=["Biomedical Scientist", "Specialist Biomedical Scientist"],
    positions_science=["Medical Laboratory Assistant", "Associate Practitioner"],
    code_style="nospace",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(100000, 999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("GB", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Pathology"],
    "phlebotomy": ["Phlebotomy"], "other": ["Cellular Pathology", "Cytology"]})

DEGREE_SHORT = {"gb_bsc_bms": ("Bachelor of Science with Honours", "Biomedical Science",
                               "BSc (Hons) Biomedical Science (IBMS Accredited)", "B940"),
                "gb_bsc_biochem": ("Bachelor of Science with Honours", "Biochemistry",
                                   "BSc (Hons) Biochemistry", "C700"),
                "gb_bsc_nursing": ("Bachelor of Science with Honours", "Adult Nursing",
                                   "BSc (Hons) Adult Nursing (NMC Registration)", "B740")}
CLASSES = [(70, "First Class", "First Class Honours", "1st"),
           (60, "Upper Second Class", "Second Class (Upper Division)", "2:1"),
           (50, "Lower Second Class", "Second Class (Lower Division)", "2:2"),
           (40, "Third Class", "Third Class", "3rd")]


def marks(s):
    """(mark, attempt) per result: about one transcript in three has a reassessed module,
    whose mark is capped at 40 (decided from the seeded scores, so every layout agrees)."""
    out = {}
    resit = None
    allr = [r for t in s.terms for r in t.results]
    if s.student_no and int(s.student_no[-2:]) % 3 == 0 and len(s.terms) > 1:
        resit = s.terms[0].results[int(s.student_no[-3]) % len(s.terms[0].results)].code
    for r in allr:
        out[r.code] = (40, 2) if r.code == resit else (r.score, 1)
    return out


def level_average(s, m, year):
    rs = [r for t in s.terms if t.year == year for r in t.results]
    return sum(m[r.code][0] * r.spec.credits for r in rs) / sum(r.spec.credits for r in rs)


def classification(s):
    """UK class from the credit-weighted Level 5 (one third) and Level 6 (two thirds) averages;
    GB and LK diplomas print the same class."""
    m = marks(s)
    avg = (level_average(s, m, 2) + 2 * level_average(s, m, 3)) / 3.0
    for lo, cls, divisional, short in CLASSES:
        if avg >= lo - 1e-9:
            return avg, cls, divisional, short
    return avg, "Pass", "Pass", "Pass"


def ac_year(y):
    return f"{y}/{(y + 1) % 100:02d}"


def gb_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    award, subject, prog, ucas = DEGREE_SHORT[cur.id]
    name = " ".join(x for x in (person.given, person.middle) if x) + " " + person.surname.upper()
    m = marks(s)
    avg, cls, _, short = classification(s)
    L, R = 42, A4[0] - 42
    cols = [(L + 4, "left", 62), (L + 72, "left", 250), (L + 340, "center", 40),
            (L + 392, "center", 40), (L + 448, "center", 56), (R - 18, "center", 30)]

    def new_page(n):
        p = Page(A4)
        crest_box(p, L + 28, 62, 52, 56)
        p.text(L + 66, 52, inst.name, "Times-Bold", 17)
        p.text(L + 66, 66, "Academic Registry - Student Records and Examinations", F, 8.5)
        p.text(L + 66, 77, inst.street, F, 8.5)
        y = 112
        if n == 1:
            p.text(A4[0] / 2, y, "ACADEMIC TRANSCRIPT", FB, 14, "center"); y += 8
            p.hline(L, R, y, 1.2); y += 16
            rows = [(f"Student Name: {name}", f"Student Number: {s.student_no}"),
                    (f"Date of Birth: {D.dmy_slash(s.dob)}", "Mode of Study: Full-time"),
                    (f"Programme: {prog}", f"UCAS Code: {ucas}"),
                    (f"Programme Start Date: {D.long_dmy(s.admitted)}", "Status: Completed - Award Conferred")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 340, b, "left")], F, 8.5); y += 12
        else:
            p.pieces(y, [(L, f"Student Name: {name}", "left"),
                         (L + 340, f"Student Number: {s.student_no}", "left")], F, 8.5)
        return p, y + 10

    fl = Flow(new_page, 110)
    out = []
    for t in s.terms:
        lvl = t.year + 3
        label = f"Level {lvl} (Year {t.year}) {ac_year(t.start_year)}"
        fl.need(58 + 13 * 3)
        p = fl.page
        p.rect(L, fl.y, R - L, 15, 0, 0.86, fill=0.86)
        p.text(L + 4, fl.y + 11, label, FB, 9.5)
        y = fl.y + 27
        p.pieces(y, [(cols[0][0], "Module", "left"), (cols[3][0], "Mark", "center"),
                         (cols[4][0], "Grade/", "center")], FB, 8)
        y += 9
        p.pieces(y, [(cols[0][0], "Code", "left"), (cols[1][0], "Module Title", "left"),
                     (cols[2][0], "Credits", "center"), (cols[3][0], "(%)", "center"),
                     (cols[4][0], "Result", "center"), (cols[5][0], "Attempt", "center")], FB, 8)
        p.hline(L, R, y + 4, 0.5)
        fl.y = y + 16
        tot = 0
        for r in t.results:
            lines = wrap(r.spec.title, F, 8.5, cols[1][2])
            fl.need(12 * len(lines) + 2)
            mark, att = m[r.code]
            res = "Pass" if att == 1 else "Pass (R)"
            items = [(cols[0][0], r.code, "left"), (cols[1][0], lines[0], "left"),
                     (cols[2][0], str(int(r.spec.credits)), "center"), (cols[3][0], str(mark), "center"),
                     (cols[4][0], res, "center"), (cols[5][0], str(att), "center")]
            fl.page.pieces(fl.y, items, F, 8.5)
            for extra in lines[1:]:
                fl.y += 10
                fl.page.text(cols[1][0], fl.y, extra, F, 8.5)
            title = " ".join(lines)
            out.append(course_truth(r, label, r.spec.credits, str(mark), "uk", title=title,
                                    result=res, attempt=att, mark=mark))
            tot += int(r.spec.credits)
            fl.y += 12.5
        fl.page.hline(L, R, fl.y - 8, 0.3)
        fl.page.pieces(fl.y + 2, [(L + 4, f"Credits achieved at Level {lvl}: {tot}", "left"),
                                  (R - 4, f"Level {lvl} credit-weighted average: {level_average(s, m, t.year):.1f}%", "right")],
                       FB, 8.5)
        fl.y += 24
    fl.need(120)
    p = fl.page
    total = sum(int(r.spec.credits) for t in s.terms for r in t.results)
    p.rect(L, fl.y - 4, R - L, 74, 0.8, 0.2)
    y = fl.y + 10
    p.text(L + 8, y, f"Total credits achieved: {total} (Level 4: 120, Level 5: 120, Level 6: 120)", F, 8.5); y += 13
    p.text(L + 8, y, f"Award: {award}, {subject}", FB, 9.5); y += 13
    p.text(L + 8, y, f"Classification: {cls} ({short})", FB, 9.5); y += 13
    p.text(L + 8, y, f"Date of award: {D.long_dmy(s.conferred)}", FB, 9.5); y += 13
    p.text(L + 8, y, f"Final weighted average: {avg:.1f}% (Level 5 one third, Level 6 two thirds; "
           "Level 4 does not count towards the classification)", F, 7.5)
    fl.y = y + 22
    p.text(L, fl.y, "Key: Pass (R) = passed at reassessment, module mark capped at 40%. Pass mark 40%. "
           "1 UK credit = 10 notional hours of learning;", F, 7); fl.y += 9
    p.text(L, fl.y, "120 credits = one full-time year. Classification boundaries: First 70%, Upper "
           "Second 60%, Lower Second 50%, Third 40%.", F, 7); fl.y += 9
    p.text(L, fl.y, "*** End of Transcript ***", FI, 8)
    reg = rng.choice(PACK.signers)
    p.signature(R - 170, p.h - 104, 110, rng)
    p.text(R - 115, p.h - 92, reg, F, 8.5, "center")
    p.text(R - 115, p.h - 81, "Academic Registrar", F, 8.5, "center")
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.hline(L, R, pg.h - 60, 0.4)
        pg.rect(L, pg.h - 54, 34, 30, 0.6, 0.35)
        pg.logo(L + 17, pg.h - 39, 9, 1, 0.35)
        pg.text(L + 42, pg.h - 44, "This transcript is only valid bearing the university's embossed seal.", FI, 7.5)
        pg.text(L + 42, pg.h - 34, f"Issued {D.long_dmy(s.conferred)} | {inst.name}, {inst.city}", F, 7)
        pg.text(R, pg.h - 34, f"Page {i} of {n}", F, 7.5, "right")
    return LayoutResult("transcript", "gb_academic_transcript", FAMILY, fl.pages, [name], out, "uk",
                        {"conferred_printed": D.long_dmy(s.conferred)})


TRANSCRIPT_LAYOUTS = {"gb_academic_transcript": (gb_transcript, FAMILY, ("GB",))}
