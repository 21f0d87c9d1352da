"""Writer D, round 2: South Africa. Country pack (BHSc Medical Laboratory Science, 4 years,
480 SAQA credits; BSc Microbiology and Biochemistry, 3 years; Bachelor of Nursing; SAQA
credits, 1 credit = 10 notional hours, recorded like UK credits, credit system `uk`) and the
university "ACADEMIC RECORD": name in English and Afrikaans, `Year | Module Code | Module
Description | NQF Level | Credits | Final Mark % | Result` (PASS / PASS WITH DISTINCTION /
CREDIT), yearly credit totals and "Qualification obtained: 2019-04-12 (cum laude)"."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r2_d_common import FAMILY, add_department_phrases, course_truth, ring_seal

ZA_MLS = """
## 1 S1
CHE1A11 | General Chemistry 1A | 16 | C
BIO1A01 | Cell Biology | 16 | B
MAT1A01 | Mathematics for Health Sciences | 12 | M
PHY1A01 | Physics for Health Sciences | 8 | O
MLS1A01 | Introduction to Medical Laboratory Science | 8 | ?O
## 1 S2
CHE1B11 | General Chemistry 1B | 16 | C
ANA1B01 | Human Anatomy | 16 | B
PHS1B01 | Human Physiology | 16 | B
CIS1B01 | Computer Literacy and Information Skills | 6 | O
COM1B01 | Communication in Health Sciences | 6 | O
## 2 S1
BCH2A01 | Biochemistry 2A | 16 | C
MIC2A01 | General Microbiology | 16 | B
HAE2A01 | Haematology I | 14 | P
CPA2A01 | Chemical Pathology I | 14 | P
## 2 S2
BCH2B01 | Biochemistry 2B | 16 | C
MMB2B01 | Medical Microbiology I | 16 | P
IMM2B01 | Immunology I | 14 | B
HIS2B01 | Histology and Cytology Techniques | 14 | ?P
## 3 S1
CPA3A01 | Chemical Pathology II | 16 | P
HAE3A01 | Haematology II | 16 | P
MMB3A01 | Medical Microbiology II | 16 | P
TRA3A01 | Transfusion Science | 12 | P
## 3 S2
CPA3B01 | Chemical Pathology III | 16 | P
HAE3B01 | Haematology III and Haemostasis | 16 | P
MMB3B01 | Medical Virology and Mycology | 14 | ?P
LMQ3B01 | Laboratory Management and Quality Assurance | 14 | P
## 4 S1
WIL4A01 | Work-Integrated Learning: Chemical Pathology and Haematology | 30 | P | chemistry,hematology
RES4A01 | Research Methodology | 10 | O
MDX4A01 | Molecular Diagnostics | 12 | ?P
ETH4A01 | Professional Practice, Ethics and Medical Law | 8 | O
## 4 S2
WIL4B01 | Work-Integrated Learning: Medical Microbiology and Transfusion Science | 30 | P | microbiology,blood_bank
RES4B01 | Research Project | 30 | O
"""

ZA_BSC = """
## 1 S1
CHE1A11 | General Chemistry 1A | 16 | C
BIO1A01 | Cell Biology | 16 | B
MAT1A01 | Mathematics 1A | 16 | M
PHY1A01 | Physics for Life Sciences | 12 | O
## 1 S2
CHE1B11 | General Chemistry 1B | 16 | C
BIO1B01 | Diversity of Life | 16 | B
STA1B01 | Statistics for Life Sciences | 16 | M
CIS1B01 | Computer Literacy and Information Skills | 12 | O
## 2 S1
BCH2A01 | Biochemistry 2A: Biomolecules | 20 | C
MIC2A01 | Microbiology 2A: Bacterial Diversity | 20 | B
GEN2A01 | Genetics | 20 | B
## 2 S2
BCH2B01 | Biochemistry 2B: Enzymes and Metabolism | 20 | C
MIC2B01 | Microbial Physiology | 20 | B
CHE2B01 | Organic Chemistry | 20 | C
## 3 S1
BCH3A01 | Biochemistry 3A: Metabolic Regulation | 30 | ?C
MIC3A01 | Medical and Applied Microbiology | 30 | B
## 3 S2
BCH3B01 | Molecular Biology | 30 | B
MIC3B01 | Immunology | 30 | B
"""

ZA_NURS = """
## 1 S1
NUR1A01 | Fundamentals of Nursing Science | 24 | O
ANA1A01 | Anatomy and Physiology for Nursing | 24 | B
SOC1A01 | Sociology for Health Care | 12 | O
## 1 S2
NUR1B01 | Nursing Practice I | 36 | O
PSY1B01 | Psychology for Health Care | 24 | O
## 2 S1
NUR2A01 | General Nursing Science | 30 | O
PHA2A01 | Pharmacology | 30 | O
## 2 S2
NUR2B01 | Nursing Practice II | 60 | O
## 3 S1
NUR3A01 | Community Health Nursing | 30 | O
NUR3A02 | Psychiatric Nursing Science | 30 | O
## 3 S2
NUR3B01 | Nursing Practice III | 60 | O
## 4 S1
NUR4A01 | Midwifery | 30 | O
NUR4A02 | Nursing Management | 30 | O
## 4 S2
NUR4B01 | Nursing Practice IV | 60 | O
"""


def _cur(cid, title, years, field, table, clin=False):
    return C.Curriculum(cid, "ZA", title, "bachelor", years, field, "uk", C._parse(table), 2, 4,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="ZA", name="South Africa",
    given={"F": ["Thandeka", "Lerato", "Nomvula", "Anika", "Chantelle", "Zanele", "Refilwe", "Naledi",
                 "Priyanka", "Marelize"],
           "M": ["Sipho", "Thabo", "Pieter", "Johannes", "Lwazi", "Kagiso", "Bongani", "Tshepo",
                 "Riaan", "Yusuf"]},
    surnames=["Dlamini", "Nkosi", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Pillay", "Ndlovu",
              "Khumalo", "Steyn", "Mahlangu", "Venter", "Mabaso", "Fourie"],
    middle={"F": ["Lindiwe", "Marie", "Palesa", "Anne", "Nosipho"],
            "M": ["Mandla", "Jacobus", "Themba", "Andries", "Lebogang"]},
    institutions=[
        Institution("University of the Highveld", "Vanderbijlpark", "Gauteng", "ZA",
                    "Private Bag X2021, Vanderbijlpark, 1900", ("za_bhsc_mls", "za_bsc_micro", "za_bnurs"),
                    extra={"af": "Universiteit van die Hoëveld"}),
        Institution("Boland Cape University", "Paarl", "Western Cape", "ZA",
                    "Private Bag X3, Paarl, 7620", ("za_bhsc_mls", "za_bsc_micro"),
                    extra={"af": "Bolandkaap Universiteit"}),
        Institution("Eastern Karoo University", "Graaff-Reinet", "Eastern Cape", "ZA",
                    "PO Box 77000, Graaff-Reinet, 6280", ("za_bhsc_mls", "za_bnurs"),
                    extra={"af": "Oos-Karoo Universiteit"}),
    ],
    employers=[
        Employer("Mooirivier Provincial Hospital", "Potchefstroom", "North West", "ZA",
                 "Private Bag X1012, Potchefstroom, 2520", "+27 18 555 0142", "hr@mooirivier-hosp.example"),
        Employer("Table Bay Academic Hospital", "Cape Town", "Western Cape", "ZA",
                 "Main Road, Observatory, 7925", "+27 21 555 0178", "nhls.hr@tablebay-hosp.example"),
        Employer("Umgeni Valley Pathology Laboratories (Pty) Ltd", "Durban", "KwaZulu-Natal", "ZA",
                 "41 Umgeni Business Park, Durban, 4001", "+27 31 555 0193", "people@umgenipath.example",
                 "lab"),
        Employer("Lowveld Regional Hospital", "Mbombela", "Mpumalanga", "ZA",
                 "Private Bag X11290, Mbombela, 1200", "+27 13 555 0121", "lab.admin@lowveld-rh.example"),
    ],
    signers=["Dr N.P. Mthembu", "Mr J.H. Coetzee", "Ms R. Govender", "Dr A.M. Olivier",
             "Mrs T.S. Mokgadi"],
    curricula=[
        _cur("za_bhsc_mls", "Bachelor of Health Sciences in Medical Laboratory Science", 4,
             "medical_laboratory_science", ZA_MLS, True),
        _cur("za_bsc_micro", "Bachelor of Science (Microbiology and Biochemistry)", 3, "biology", ZA_BSC),
        _cur("za_bnurs", "Bachelor of Nursing", 4, "nursing", ZA_NURS),
    ],
    mls_curriculum="za_bhsc_mls", science_curricula=["za_bsc_micro"],
    nonqualifying_curricula=["za_bnurs"],
    positions_mls=["Medical Technologist", "Medical Technologist (Chemical Pathology)",
                   "Senior Medical Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("ZA", {
    "blood_bank": ["Blood Transfusion", "Transfusion Medicine"], "chemistry": ["Chemical Pathology"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Biology"], "phlebotomy": ["Phlebotomy"],
    "other": ["Histopathology", "Cytology"]})


def za_mark(r):
    return int(round(50 + (r.score - 45) * 40 / 47.0))


def credited_code(s):
    """About one record in three shows a module credited from earlier studies (no mark)."""
    if int(s.student_no[-1]) % 3 == 0:
        return s.terms[-1 if len(s.terms) < 2 else 1].results[-1].code
    return None


def za_average(s):
    cc = credited_code(s)
    rs = [r for t in s.terms for r in t.results if r.code != cc]
    return sum(za_mark(r) * r.spec.credits for r in rs) / sum(r.spec.credits for r in rs)


def za_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 34, A4[0] - 34
    name = name_form(person, "surname_first_full")
    cols = [(L + 2, "left"), (L + 34, "left"), (L + 92, "left"), (L + 346, "center"),
            (L + 380, "center"), (L + 416, "center"), (R - 2, "right")]
    cc = credited_code(s)
    avg = za_average(s)
    cum = " (cum laude)" if avg >= 75 else ""

    def header_row(p, y):
        p.pieces(y, [(cols[1][0], "Module", "left"), (cols[3][0], "NQF", "center"),
                     (cols[5][0], "Final", "center")], FB, 7.5)
        p.pieces(y + 9, [(cols[0][0], "Year", "left"), (cols[1][0], "Code", "left"),
                         (cols[2][0], "Module Description", "left"), (cols[3][0], "Level", "center"),
                         (cols[4][0], "Credits", "center"), (cols[5][0], "Mark %", "center"),
                         (cols[6][0], "Result", "right")], FB, 7.5)
        p.hline(L, R, y + 13, 0.6)
        return y + 25

    def new_page(n):
        p = Page(A4)
        p.rect(L, 30, 46, 52, 0.8, 0.3)
        p.logo(L + 23, 54, 15, 1, 0.3)
        p.pieces(46, [(L + 58, inst.name.upper(), "left", FB, 13), (R, "ACADEMIC RECORD", "right", FB, 12)])
        p.pieces(60, [(L + 58, inst.extra["af"].upper(), "left", FB, 11),
                      (R, "AKADEMIESE REKORD", "right", FI, 9)])
        p.text(L + 58, 73, f"{inst.street} | Student Administration / Studente-administrasie", F, 7.5)
        p.hline(L, R, 90, 1.2)
        y = 106
        if n == 1:
            p.pieces(y, [(L, f"Student number: {s.student_no}", "left"),
                         (L + 300, f"Date of birth: {D.iso(s.dob)}", "left")], F, 8.5); y += 12
            p.pieces(y, [(L, f"Name: {name}", "left"),
                         (L + 300, f"First registration: {D.iso(s.admitted)}", "left")], F, 8.5); y += 12
            p.text(L, y, f"Qualification: {cur.title}", FB, 8.5); y += 12
            p.pieces(y, [(L, f"Faculty: {'Health Sciences' if cur.id != 'za_bsc_micro' else 'Natural and Agricultural Sciences'}", "left"),
                         (L + 300, "Language of tuition: English", "left")], F, 8.5); y += 16
        else:
            p.pieces(y, [(L, f"Student number: {s.student_no}", "left"), (L + 300, f"Name: {name}", "left")],
                     F, 8.5); y += 14
        return p, header_row(p, y)

    fl = Flow(new_page, 96)
    out = []
    years = []
    for t in s.terms:
        if not years or years[-1][0] != t.start_year:
            years.append((t.start_year, t.year, []))
        years[-1][2].extend(t.results)
    total = 0
    for cal, ys, rs in years:
        lvl = ys + 4
        ytot = 0
        for r in rs:
            lines = wrap(r.spec.title, F, 8, 246)
            fl.need(10 * len(lines) + 2)
            credited = r.code == cc
            mark = "-" if credited else str(za_mark(r))
            res = ("CREDIT" if credited else
                   "PASS WITH DISTINCTION" if za_mark(r) >= 75 else "PASS")
            cr = int(r.spec.credits)
            fl.page.pieces(fl.y, [(cols[0][0], str(cal), "left"), (cols[1][0], r.code, "left"),
                                  (cols[2][0], lines[0], "left"), (cols[3][0], str(lvl), "center"),
                                  (cols[4][0], str(cr), "center"), (cols[5][0], mark, "center"),
                                  (cols[6][0], res, "right", F, 7)], F, 8)
            for extra in lines[1:]:
                fl.y += 9.5
                fl.page.text(cols[2][0] + 6, fl.y, extra, F, 8)
            out.append(course_truth(r, str(cal), cr, "CREDIT" if credited else mark, "uk",
                                    title=" ".join(lines), result=res, nqf_level=lvl,
                                    mark=None if credited else za_mark(r)))
            ytot += cr
            fl.y += 11
        total += ytot
        fl.need(14)
        fl.page.hline(L + 300, R, fl.y - 7, 0.3)
        fl.page.text(R - 2, fl.y + 1, f"Credits obtained {cal}: {ytot}", FB, 7.5, "right")
        fl.y += 16
    fl.need(130)
    p = fl.page
    y = fl.y + 4
    p.hline(L, R, y - 8, 0.8)
    p.spaced(L, y, [f"Total credits obtained: {total}", f"Weighted average: {avg:.1f}%"], FB, 8.5, 30); y += 13
    p.text(L, y, "Status: Qualification requirements met / Kwalifikasievereistes nagekom", F, 8.5); y += 13
    p.text(L, y, f"Qualification obtained: {D.iso(s.conferred)}{cum}", FB, 9.5); y += 16
    p.text(L, y, "Key: PASS = 50-74%; PASS WITH DISTINCTION = 75% and above; CREDIT = module credited "
           "on the basis of prior studies (no mark).", F, 6.8); y += 8.5
    p.text(L, y, "NQF = National Qualifications Framework level; 1 credit = 10 notional hours of "
           "learning; 120 credits = one academic year of full-time study.", F, 6.8); y += 8.5
    p.text(L, y, "This record is not valid unless it bears the official stamp of the University and "
           "the signature of the Registrar.", FI, 6.8)
    ring_seal(p, R - 230, p.h - 100, 32, 0.45)
    p.signature(R - 165, p.h - 84, 110, rng)
    p.text(R - 110, p.h - 72, rng.choice(PACK.signers), F, 8.5, "center")
    p.text(R - 110, p.h - 61, "Registrar / Registrateur", F, 8.5, "center")
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.hline(L, R, pg.h - 44, 0.4)
        pg.pieces(pg.h - 32, [(L, f"Date issued: {D.iso(s.conferred)}", "left"),
                              (R, f"Page {i} of {n}", "right")], F, 7.5)
    return LayoutResult("transcript", "za_academic_record", FAMILY, fl.pages, [name], out, "uk",
                        {"conferred_printed": D.iso(s.conferred)})


TRANSCRIPT_LAYOUTS = {"za_academic_record": (za_transcript, FAMILY, ("ZA",))}
