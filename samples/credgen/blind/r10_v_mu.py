"""Writer V, round 10: Mauritius (MU). Country pack (BSc (Hons) Medical Laboratory Science, 3 years;
BSc (Hons) Biology; BSc (Hons) Nursing) and the university's "ACADEMIC TRANSCRIPT" that is NOT a
table: each module is a small RECORD of two or three lines, line 1 "MLS 1101 Human Anatomy and
Physiology", line 2 indented "Credits: 6 Grade: B+ Grade Point: 3.3 Exam Session: Dec 2015" (label:
value pairs spaced out on one baseline), an optional line 3 "Remark: Resit passed Aug 2016" (the grade
of a resit is capped at C); modules grouped under "Year 1 — Semester 1" captions; "Credits earned
this semester: 30" after each group; at the end "Cumulative Point Average 3.18 — Award: BSc (Hons)
Medical Laboratory Science, Second Class Upper Division" (CPA = credit-weighted mean of the grade
points; classes 3.6 / 3.0 / 2.5 / 2.0).

Credit system: modules of 3, 4.5 or 6 credits, 30 a semester and 60 a full-time year, the European
credit volume (1 credit = 25-30 notional hours), so `ects`: x 1/2 to semester hours (criteria.md).
Truth: term "Year 1 — Semester 1", grade the letter, grade_point, exam session and remark as extras."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page
from .r6_l_common import fmt_num, parse
from .r10_v_common import FAMILY, add_department_phrases, by_reading_order, course_truth, k, r2, round_stamp, sign_block

MU_MLS = """
## 1 S1
MLS 1101 | Human Anatomy and Physiology I | 6 | B
CHEM 1102 | General Chemistry | 6 | C
BIOL 1103 | Cell Biology | 6 | B
MATH 1104 | Biostatistics | 4.5 | M
MLS 1105 | Introduction to Medical Laboratory Practice | 4.5 | P
CSE 1106 | Communication Skills | 3 | O
## 1 S2
MLS 1201 | Human Anatomy and Physiology II | 6 | B
CHEM 1202 | Organic and Biological Chemistry | 6 | C
BIOL 1203 | General Microbiology | 6 | B
BIOL 1204 | Genetics | 4.5 | B
MLS 1205 | Laboratory Safety and Quality Assurance | 4.5 | P
CSE 1206 | Information Technology Skills | 3 | O
## 2 S1
MLS 2101 | Clinical Biochemistry I | 6 | ?P
MLS 2102 | Haematology I | 6 | P
MLS 2103 | Medical Bacteriology | 6 | P
MLS 2104 | Immunology | 4.5 | ?B
MLS 2105 | Histology and Histological Techniques | 4.5 | P
MLS 2106 | Research Methods | 3 | O
## 2 S2
MLS 2201 | Clinical Biochemistry II | 6 | ?P
MLS 2202 | Haematology II and Haemostasis | 6 | P
MLS 2203 | Medical Parasitology and Mycology | 4.5 | P
MLS 2204 | Blood Transfusion Science | 6 | ?P
MLS 2205 | Virology | 4.5 | ?B
MLS 2206 | Professional Ethics and Health Law | 3 | O
## 3 S1
MLS 3101 | Molecular Diagnostics | 6 | P
MLS 3102 | Cytopathology | 4.5 | P
MLS 3103 | Clinical Immunology and Serology | 4.5 | ?P
MLS 3104 | Clinical Laboratory Placement I | 6 | P | chemistry,hematology
MLS 3105 | Laboratory Management | 4.5 | O
MLS 3106 | Urinalysis and Body Fluids | 4.5 | P
## 3 S2
MLS 3201 | Clinical Laboratory Placement II | 6 | P | microbiology,blood_bank,urinalysis
MLS 3202 | Research Project | 6 | O
MLS 3203 | Toxicology and Therapeutic Drug Monitoring | 4.5 | P
MLS 3204 | Diagnostic Microbiology | 6 | P
MLS 3205 | Clinical Endocrinology | 4.5 | P
MLS 3206 | Seminar in Laboratory Medicine | 3 | P
"""

MU_BIO = """
## 1 S1
BIOL 1101 | Cell Biology | 6 | B
CHEM 1102 | General Chemistry | 6 | C
BIOL 1105 | Plant Diversity | 6 | B
MATH 1104 | Biostatistics | 6 | M
CSE 1106 | Communication Skills | 6 | O
## 1 S2
BIOL 1201 | Animal Diversity | 6 | B
CHEM 1202 | Organic and Biological Chemistry | 6 | C
BIOL 1203 | General Microbiology | 6 | B
BIOL 1204 | Genetics | 6 | B
CSE 1206 | Information Technology Skills | 6 | O
## 2 S1
BIOL 2101 | Biochemistry | 6 | C
BIOL 2102 | Plant Physiology | 6 | B
BIOL 2103 | Animal Physiology | 6 | B
BIOL 2104 | Ecology | 6 | ?B
BIOL 2105 | Research Methods | 6 | O
## 2 S2
BIOL 2201 | Molecular Biology | 6 | B
BIOL 2202 | Marine Biology | 6 | B
BIOL 2203 | Immunology | 6 | ?B
BIOL 2204 | Evolution | 6 | B
BIOL 2205 | Field Course | 6 | O
## 3 S1
BIOL 3101 | Biotechnology | 6 | B
BIOL 3102 | Conservation Biology | 6 | ?B
BIOL 3103 | Developmental Biology | 6 | B
BIOL 3104 | Parasitology | 6 | B
BIOL 3105 | Bioinformatics | 6 | O
## 3 S2
BIOL 3201 | Research Project | 12 | O
BIOL 3202 | Environmental Microbiology | 6 | B
BIOL 3203 | Human Biology | 6 | B
BIOL 3204 | Seminar in Biology | 6 | B
"""

MU_NUR = """
## 1 S1
NUR 1101 | Foundations of Nursing | 6 | O
NUR 1102 | Anatomy and Physiology for Nurses | 6 | B
NUR 1103 | Behavioural Sciences | 6 | O
NUR 1104 | Clinical Practice I | 6 | O
NUR 1105 | Communication in Health Care | 6 | O
## 1 S2
NUR 1201 | Microbiology and Infection Control | 6 | ?B
NUR 1202 | Pharmacology for Nurses | 6 | O
NUR 1203 | Adult Nursing I | 6 | O
NUR 1204 | Clinical Practice II | 12 | O
## 2 S1
NUR 2101 | Adult Nursing II | 12 | O
NUR 2102 | Maternal and Child Health Nursing | 12 | O
NUR 2103 | Research Methods | 6 | O
## 2 S2
NUR 2201 | Mental Health Nursing | 12 | O
NUR 2202 | Community Health Nursing | 12 | O
NUR 2203 | Clinical Practice III | 6 | O
## 3 S1
NUR 3101 | Critical Care Nursing | 12 | O
NUR 3102 | Nursing Management | 6 | O
NUR 3103 | Clinical Practice IV | 12 | O
## 3 S2
NUR 3201 | Dissertation | 12 | O
NUR 3202 | Clinical Consolidation | 18 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "MU", title, "bachelor", 3, field, "ects", parse(table), 8, 11, clinical_training=clin)


MU_INST = [
    Institution("Mascarene University of Health Sciences", "Réduit", "Moka", "MU", "Royal Road",
                ("mu_mls", "mu_bio", "mu_nur"), extra={"faculty": "Faculty of Medicine and Health Sciences"}),
    Institution("University of the Central Plateau", "Curepipe", "Plaines Wilhems", "MU", "Avenue des Palmistes",
                ("mu_mls", "mu_nur"), extra={"faculty": "School of Health and Life Sciences"}),
    Institution("Port Louis University of Technology", "Port Louis", "Port Louis", "MU", "La Tour Koenig Road, Pointe aux Sables",
                ("mu_mls", "mu_bio"), extra={"faculty": "School of Sustainable Development and Health Sciences"}),
]

PACK = K.CountryPack(
    code="MU", name="Mauritius",
    given={"F": ["Priya", "Anjali", "Kavita", "Sharmila", "Nadia", "Marie-Claire", "Stéphanie", "Vanessa", "Yasmine", "Deepika"],
           "M": ["Vikash", "Rajiv", "Ashvin", "Yogesh", "Jean-Marc", "Kevin", "Fabrice", "Irfan", "Avinash", "Sanjay"]},
    surnames=["Seebaluck", "Dookhun", "Ramdhany", "Bholah", "Beeharry", "Appadoo", "Moonesamy", "Perrine", "Labonne",
              "Sookun", "Peerbux", "Jhugroo", "Ah-Sing", "Chan Lam", "Ramsurrun", "Goburdhun"],
    middle={"F": [], "M": []},
    institutions=MU_INST,
    employers=[
        Employer("Clinique du Plateau Central Ltée", "Curepipe", "Plaines Wilhems", "MU", "Royal Road, Forest Side",
                 "+230 600 0141", "hr@cliniqueplateau.example", "clinic"),
        Employer("Medilab Mascareignes Ltd", "Rose-Hill", "Plaines Wilhems", "MU", "Vandermeersch Street",
                 "+230 600 0262", "admin@medilab-mascareignes.example", "lab"),
        Employer("Souillac Bay Medical Centre Ltd", "Souillac", "Savanne", "MU", "Coastal Road",
                 "+230 600 0393", "personnel@souillacbay-mc.example", "clinic"),
        Employer("Grand Baie Diagnostics Laboratory Ltd", "Grand Baie", "Rivière du Rempart", "MU", "Sunset Boulevard",
                 "+230 600 0474", "office@gbdiagnostics.example", "lab"),
    ],
    signers=["Mrs. Anita Ramsurrun", "Dr. Jean-Luc Perrine", "Mr. Ravi Goburdhun", "Ms. Laetitia Labonne"],
    curricula=[_cur("mu_mls", "BSc (Hons) Medical Laboratory Science", "medical_laboratory_science", MU_MLS, True),
               _cur("mu_bio", "BSc (Hons) Biology", "biology", MU_BIO),
               _cur("mu_nur", "BSc (Hons) Nursing", "nursing", MU_NUR)],
    mls_curriculum="mu_mls", science_curricula=["mu_bio"], nonqualifying_curricula=["mu_nur"],
    positions_mls=["Medical Laboratory Technologist", "Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("MU", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology and Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

SCALE = [(84, "A", 4.0), (78, "A-", 3.7), (72, "B+", 3.3), (66, "B", 3.0), (60, "B-", 2.7), (55, "C+", 2.3), (0, "C", 2.0)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def mu_rows(s):
    """[(term label, [(r, grade, gp, session, remark)])]."""
    out = []
    for i, t in enumerate(s.terms):
        y = t.start_year if t.key == "S1" else t.start_year + 1
        sess = f"{'Dec' if t.key == 'S1' else 'May'} {y}"
        rows = []
        for j, r in enumerate(t.results):
            kk = k(s, f"g{i}.{j}")
            if kk % 13 == 0 and r.score < 70:
                rows.append((r, "C", 2.0, sess, f"Resit passed {'Feb' if t.key == 'S1' else 'Aug'} {y + (1 if t.key == 'S1' else 0)}"))
                continue
            sc = r.score + kk % 6
            g, gp = next((g, gp) for lo, g, gp in SCALE if sc >= lo)
            rows.append((r, g, gp, sess, ""))
        out.append((f"Year {t.year} — Semester {1 if t.key == 'S1' else 2}", rows))
    return out


def mu_cpa(s):
    rows = [x for _, rs in mu_rows(s) for x in rs]
    return r2(sum(r.spec.credits * gp for r, _, gp, _, _ in rows) / sum(r.spec.credits for r, *_ in rows))


def mu_class(cpa):
    for lo, c, short in ((3.6, "First Class", "First Class Honours"),
                         (3.0, "Second Class Upper Division", "Second Class Honours (Upper Division)"),
                         (2.5, "Second Class Lower Division", "Second Class Honours (Lower Division)"),
                         (2.0, "Third Class", "Third Class Honours")):
        if cpa >= lo:
            return c, short
    return "Pass", "a Pass"


def mu_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 56, W - 56
    nm = f"{person.surname.upper()} {person.given}"
    terms = mu_rows(s)
    out = []

    def new_page(n):
        p = Page(A4)
        p.logo(L + 16, 50, 17, 2)
        p.text(L + 42, 46, inst.name.upper(), FB, 12.5)
        p.text(L + 42, 59, f"{inst.street}, {inst.city}, Mauritius", F, 9)
        p.text(L + 42, 71, "Academic Registry — Examinations Section", FI, 9)
        p.hline(L, R, 80, 0.9)
        if n == 1:
            p.text(W / 2, 104, "ACADEMIC TRANSCRIPT", FB, 14, "center")
            p.pieces(128, [(L, f"Name: {nm}", "left"), (R - 170, f"Student ID: {s.student_no}", "left")], F, 10)
            p.pieces(142, [(L, f"Programme: {cur.title}", "left"), (R - 170, "Mode: Full-Time", "left")], F, 10)
            p.pieces(156, [(L, f"Faculty: {inst.extra['faculty']}", "left"),
                           (R - 170, f"Date of Entry: {s.admitted.day:02d} {MON[s.admitted.month - 1]} {s.admitted.year}", "left")], F, 10)
            p.hline(L, R, 164, 0.4)
            return p, 186
        p.pieces(96, [(L, f"{nm} — {s.student_no}", "left"), (R, f"Page {n}", "right")], FI, 9)
        return p, 118

    fl = Flow(new_page, 80)
    cum = 0.0
    for lab, rows in terms:
        fl.need(60)
        fl.page.text(L, fl.y, lab, FB, 11)
        fl.page.hline(L, L + 150, fl.y + 3, 0.5)
        fl.y += 18
        for r, g, gp, sess, rem in rows:
            fl.need(40 if rem else 28)
            p, y = fl.page, fl.y
            p.pieces(y, [(L + 4, r.code, "left", FB, 10), (L + 72, r.spec.title, "left")], F, 10)
            p.pieces(y + 12, [(L + 30, f"Credits: {fmt_num(r.spec.credits)}", "left"), (L + 120, f"Grade: {g}", "left"),
                              (L + 200, f"Grade Point: {gp:.1f}", "left"), (L + 310, f"Exam Session: {sess}", "left")], F, 9.5)
            y += 12
            if rem:
                p.text(L + 30, y + 12, f"Remark: {rem}", FI, 9.5)
                y += 12
            fl.y = y + 16
            ex = {"grade_point": gp, "exam_session": sess}
            if rem:
                ex["remark"] = rem
            out.append(course_truth(r, lab, r.spec.credits, g, "ects", **ex))
        sc = sum(r.spec.credits for r, *_ in rows)
        cum += sc
        fl.page.text(L + 4, fl.y, f"Credits earned this semester: {fmt_num(sc)}", FI, 10)
        fl.y += 24
    cpa = mu_cpa(s)
    cls, _ = mu_class(cpa)
    fl.need(150)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 8, 0.8)
    p.text(L, y + 6, f"Total credits earned: {fmt_num(cum)}", FB, 10.5)
    y = p.paragraph(L, y + 22, f"Cumulative Point Average {cpa:.2f} — Award: {cur.title}, {cls}", FB, 10.5, R - L, 14)
    p.text(L, y + 4, f"Date of Award: {s.conferred.day:02d} {MON[s.conferred.month - 1]} {s.conferred.year}", F, 10)
    y += 60
    sign_block(p, rng, R - 100, y, "Academic Registrar", F, 9.5, 170)
    round_stamp(p, R - 240, y - 14, 30, 0.45)
    p.text(L, y + 26, "Grading: A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, F 0.0. This transcript is not valid "
           "without the University stamp.", FI, 7.5)
    return LayoutResult("transcript", "mu_module_records", FAMILY, by_reading_order(fl.pages), [nm], out, "ects",
                        {"prints_totals": True, "cpa": cpa, "award_class": cls})


TRANSCRIPT_LAYOUTS = {"mu_module_records": (mu_transcript, FAMILY, ("MU",))}
