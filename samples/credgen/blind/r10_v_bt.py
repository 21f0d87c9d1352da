"""Writer V, round 10: Bhutan (BT). Country pack (a royal university's college of health sciences:
Bachelor of Science in Medical Laboratory Technology, 4 years; BSc Life Science; BSc Nursing and
Midwifery) and the college's "STATEMENT OF MARKS": ONE PAGE PER SEMESTER (8 pages), each page repeating
the letterhead with a Dzongkha line (drawn as a picture: no embedded font covers the Tibetan script,
so strokes imitate the script and nothing enters the text layer) and the student block (Name, Student
No., Programme, Semester, Academic Year); columns `Module Code | Module Title | Credit | CA (40) |
SE (60) | Total (100) | Grade`: every module 12 credits, five a semester (60 credits); CA =
continuous assessment out of 40 and SE = semester examination out of 60, numbers that are NOT
credits; Total = CA + SE;
Grade A 80-100, B 70-79, C 60-69, D 50-59, E 40-49 (pass), F below 40; at the foot "Semester Result:
PASS   Credits earned: 60" and the Controller of Examinations' signature on every page. Semesters are
"Spring 2015" (February-June) and "Autumn 2015" (July-December); the final-year clinical attachments and
projects are 24-credit modules, so those semesters have four rows.

Credit system: 1 credit = 10 notional learning hours, 120 credits a full-time year (the UK CATS
volume), so `uk`: x 1/4 to semester hours (a 12-credit module = 3 SH; criteria.md)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r6_l_common import parse
from .r10_v_common import FAMILY, add_department_phrases, by_reading_order, course_truth, dzongkha_line, k, round_stamp, sign_block

BT_MLT = """
## 1 S1
MLT101 | Human Anatomy | 12 | B
MLT102 | Basic Chemistry for Health Sciences | 12 | C
MLT103 | Cell Biology and Genetics | 12 | B
ACS101 | Academic Skills | 12 | O
DZG101 | Dzongkha Communication | 12 | O
## 1 S2
MLT104 | Human Physiology | 12 | B
MLT105 | Biochemistry I | 12 | C
MLT106 | Introduction to Medical Laboratory Technology | 12 | P
MLT107 | Basic Mathematics and Biostatistics | 12 | M
IPS101 | Information Literacy and Computing | 12 | O
## 2 S1
MLT201 | Biochemistry II | 12 | C
MLT202 | General Microbiology | 12 | B
MLT203 | Haematology I | 12 | P
MLT204 | Immunology | 12 | ?B
EDP101 | Analytical Skills | 12 | O
## 2 S2
MLT205 | Clinical Biochemistry I | 12 | ?P
MLT206 | Medical Bacteriology | 12 | P
MLT207 | Haematology II | 12 | P
MLT208 | Medical Parasitology | 12 | P
MLT209 | Laboratory Instrumentation | 12 | P
## 3 S1
MLT301 | Clinical Biochemistry II | 12 | ?P
MLT302 | Blood Banking and Transfusion | 12 | P
MLT303 | Mycology and Virology | 12 | P
MLT304 | Histopathology and Cytology Techniques | 12 | P
MLT305 | Epidemiology and Public Health | 12 | O
## 3 S2
MLT306 | Clinical Immunology and Serology | 12 | ?P
MLT307 | Urinalysis and Body Fluids | 12 | P
MLT308 | Molecular Diagnostics | 12 | P
MLT309 | Quality Management in the Laboratory | 12 | P
MLT310 | Research Methods | 12 | O
## 4 S1
MLT401 | Clinical Attachment I (Chemistry, Haematology, Urinalysis) | 24 | P | chemistry,hematology,urinalysis
MLT402 | Laboratory Management and Ethics | 12 | O
MLT403 | Toxicology | 12 | P
MLT404 | Research Project I | 12 | O
## 4 S2
MLT405 | Clinical Attachment II (Microbiology, Blood Bank, Serology) | 24 | P | microbiology,blood_bank,immunology
MLT406 | Research Project II | 12 | O
MLT407 | Public Health Laboratory Practice | 12 | P
GNH101 | Gross National Happiness and Health | 12 | O
"""

BT_LS = """
## 1 S1
LSC101 | Fundamentals of Biology | 12 | B
LSC102 | General Chemistry | 12 | C
LSC103 | Mathematics for Life Sciences | 12 | M
ACS101 | Academic Skills | 12 | O
DZG101 | Dzongkha Communication | 12 | O
## 1 S2
LSC104 | Plant Biology | 12 | B
LSC105 | Animal Biology | 12 | B
LSC106 | Organic Chemistry | 12 | C
LSC107 | Biostatistics | 12 | M
IPS101 | Information Literacy and Computing | 12 | O
## 2 S1
LSC201 | Biochemistry | 12 | C
LSC202 | Microbiology | 12 | B
LSC203 | Genetics | 12 | B
LSC204 | Ecology of the Eastern Himalayas | 12 | ?B
EDP101 | Analytical Skills | 12 | O
## 2 S2
LSC205 | Plant Physiology | 12 | B
LSC206 | Animal Physiology | 12 | B
LSC207 | Molecular Biology | 12 | B
LSC208 | Biodiversity and Conservation | 12 | ?B
LSC209 | Research Methods | 12 | O
## 3 S1
LSC301 | Immunology | 12 | ?B
LSC302 | Developmental Biology | 12 | B
LSC303 | Entomology | 12 | B
LSC304 | Environmental Chemistry | 12 | C
LSC305 | Field Study | 12 | O
## 3 S2
LSC306 | Biotechnology | 12 | B
LSC307 | Evolutionary Biology | 12 | B
LSC308 | Ethnobotany | 12 | B
LSC309 | Bioinformatics | 12 | O
LSC310 | Seminar | 12 | O
## 4 S1
LSC401 | Research Project I | 24 | O
LSC402 | Wildlife Biology | 12 | B
LSC403 | Parasitology | 12 | B
LSC404 | Science Communication | 12 | O
## 4 S2
LSC405 | Research Project II | 24 | O
LSC406 | Freshwater Biology | 12 | B
LSC407 | Mycology | 12 | B
GNH101 | Gross National Happiness and Health | 12 | O
"""

BT_NUR = """
## 1 S1
NUR101 | Anatomy and Physiology I | 12 | B
NUR102 | Fundamentals of Nursing I | 12 | O
NUR103 | Nursing Practicum I | 24 | O
DZG101 | Dzongkha Communication | 12 | O
## 1 S2
NUR104 | Anatomy and Physiology II | 12 | B
NUR105 | Fundamentals of Nursing II | 12 | O
NUR106 | Nursing Practicum II | 24 | O
ACS101 | Academic Skills | 12 | O
## 2 S1
NUR201 | Medical-Surgical Nursing I | 24 | O
NUR202 | Pharmacology | 12 | O
NUR203 | Nursing Practicum III | 24 | O
## 2 S2
NUR204 | Medical-Surgical Nursing II | 24 | O
NUR205 | Microbiology for Nurses | 12 | ?B
NUR206 | Nursing Practicum IV | 24 | O
## 3 S1
NUR301 | Midwifery I | 24 | O
NUR302 | Child Health Nursing | 12 | O
NUR303 | Midwifery Practicum I | 24 | O
## 3 S2
NUR304 | Midwifery II | 24 | O
NUR305 | Mental Health Nursing | 12 | O
NUR306 | Midwifery Practicum II | 24 | O
## 4 S1
NUR401 | Community Health Nursing | 24 | O
NUR402 | Nursing Research | 12 | O
NUR403 | Community Practicum | 24 | O
## 4 S2
NUR404 | Nursing Leadership and Management | 24 | O
NUR405 | Research Project | 12 | O
NUR406 | Consolidation Practicum | 24 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BT", title, "bachelor", 4, field, "uk", parse(table), 2, 4, clinical_training=clin)


BT_INST = [
    Institution("Punakha College of Allied Health Sciences", "Punakha", "Punakha Dzongkhag", "BT", "Lobesa",
                ("bt_mlt", "bt_nur"), "college", extra={"university": "Druk Royal University of Health Sciences"}),
    Institution("Trashigang College of Health and Life Sciences", "Trashigang", "Trashigang Dzongkhag", "BT", "Kanglung",
                ("bt_mlt", "bt_ls", "bt_nur"), "college", extra={"university": "Druk Royal University of Health Sciences"}),
    Institution("Gelephu College of Health Sciences", "Gelephu", "Sarpang Dzongkhag", "BT", "Jigmeling",
                ("bt_mlt", "bt_ls"), "college", extra={"university": "Druk Royal University of Health Sciences"}),
]

PACK = K.CountryPack(
    code="BT", name="Bhutan",
    given={"F": ["Karma", "Sonam", "Pema", "Deki", "Kinley", "Tshering", "Yeshi", "Ugyen", "Dechen", "Chimi"],
           "M": ["Karma", "Sonam", "Tashi", "Ugyen", "Kinley", "Jigme", "Namgay", "Sangay", "Pema", "Dawa"]},
    surnames=["Dorji", "Wangmo", "Choden", "Tshering", "Penjor", "Lhamo", "Namgyel", "Zangmo", "Tenzin", "Dema",
              "Wangdi", "Yangzom", "Phuntsho", "Gyeltshen"],
    middle={"F": [], "M": []},
    institutions=BT_INST,
    employers=[
        Employer("Dagana Valley District Hospital", "Dagana", "Dagana Dzongkhag", "BT", "Dagapela",
                 "+975 2 000 141", "admin@daganavalley-hosp.example"),
        Employer("Samtse Southern District Hospital", "Samtse", "Samtse Dzongkhag", "BT", "Samtse Town",
                 "+975 5 000 262", "hrd@samtse-sdh.example"),
        Employer("Bumthang Chamkhar Regional Hospital", "Jakar", "Bumthang Dzongkhag", "BT", "Chamkhar",
                 "+975 3 000 383", "hr@chamkhar-rh.example"),
        Employer("Thimphu Medical Diagnostic Centre", "Thimphu", "Thimphu Dzongkhag", "BT", "Norzin Lam",
                 "+975 2 000 404", "office@tmdc.example", "lab"),
    ],
    signers=["Dasho Tshering Penjor", "Kinley Wangmo", "Dr. Sonam Gyeltshen", "Ugyen Dorji"],
    curricula=[_cur("bt_mlt", "Bachelor of Science in Medical Laboratory Technology", "medical_laboratory_science", BT_MLT, True),
               _cur("bt_ls", "Bachelor of Science in Life Science", "biology", BT_LS),
               _cur("bt_nur", "Bachelor of Science in Nursing and Midwifery", "nursing", BT_NUR)],
    mls_curriculum="bt_mlt", science_curricula=["bt_ls"], nonqualifying_curricula=["bt_nur"],
    positions_mls=["Laboratory Officer", "Clinical Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Research Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"0{rng.randint(2, 9)}{sy % 100:02d}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BT", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Clinical Pathology (Urine and Stool)"],
    "molecular": ["PCR Unit"], "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

GRADES = [(80, "A"), (70, "B"), (60, "C"), (50, "D"), (40, "E")]


def bt_marks(s, i, j, r):
    kk = k(s, f"m{i}.{j}")
    tot = max(44, min(93, r.score + kk % 7 - 2))
    ca = max(18, min(38, round(tot * 0.4 + ((kk >> 4) % 7 - 3))))
    se = tot - ca
    if se > 60:
        ca, se = ca + se - 60, 60
    g = next(g for lo, g in GRADES if tot >= lo)
    return ca, se, ca + se, g


def bt_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 46, W - 46
    nm = person.full.upper()
    xs = [L, L + 62, L + 282, L + 322, L + 364, L + 406, L + 452, R]
    heads = [("Module", "Code"), ("Module Title", ""), ("Credit", ""), ("CA", "(40)"), ("SE", "(60)"), ("Total", "(100)"),
             ("Grade", "")]
    pages, out = [], []
    for i, t in enumerate(s.terms):
        sem = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
        ay = f"{'Spring' if t.key == 'S1' else 'Autumn'} {t.start_year}"
        p = Page(A4)
        p.logo(L + 20, 60, 20, 0)
        dzongkha_line(p, W / 2, 42, 6, 12, seed=inst.name)
        p.text(W / 2, 62, inst.extra["university"].upper(), FB, 11, "center")
        p.text(W / 2, 76, inst.name, FB, 12, "center")
        p.text(W / 2, 89, f"{inst.street}, {inst.region}, Bhutan", F, 8.5, "center")
        p.text(W / 2, 100, "Office of the Controller of Examinations", FI, 8.5, "center")
        p.hline(L, R, 107, 1.0)
        p.text(W / 2, 128, "STATEMENT OF MARKS", FB, 13, "center")
        p.pieces(152, [(L, f"Name: {nm}", "left"), (L + 300, f"Student No.: {s.student_no}", "left")], F, 9.5)
        p.pieces(166, [(L, f"Programme: {cur.title}", "left")], F, 9.5)
        ordn = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"][sem - 1]
        p.pieces(180, [(L, f"Semester: {ordn} Semester", "left"), (L + 300, f"Academic Year: {ay}", "left")], F, 9.5)
        y = 198
        p.rect(L, y, R - L, 26, 0.7, 0, fill=0.9)
        for x in xs[1:-1]:
            p.vline(x, y, y + 26, 0.5)
        p.pieces(y + 11, [((xs[c] + xs[c + 1]) / 2, h[0], "center") for c, h in enumerate(heads)], FB, 8.5)
        p.pieces(y + 22, [((xs[c] + xs[c + 1]) / 2, h[1], "center") for c, h in enumerate(heads) if h[1]], FB, 8)
        y += 26
        top = y
        y += 14
        cr = 0
        for j, r in enumerate(t.results):
            ca, se, tot, g = bt_marks(s, i, j, r)
            tl = wrap(r.spec.title, F, 9, xs[2] - xs[1] - 8)
            p.pieces(y, [((xs[0] + xs[1]) / 2, r.code, "center"), (xs[1] + 4, tl[0], "left"),
                         ((xs[2] + xs[3]) / 2, str(int(r.spec.credits)), "center"), ((xs[3] + xs[4]) / 2, str(ca), "center"),
                         ((xs[4] + xs[5]) / 2, str(se), "center"), ((xs[5] + xs[6]) / 2, str(tot), "center"),
                         ((xs[6] + xs[7]) / 2, g, "center")], F, 9)
            for ln in tl[1:]:
                y += 11
                p.text(xs[1] + 4, y, ln, F, 9)
            y += 8
            p.hline(L, R, y, 0.3, 0.3)
            y += 12
            cr += r.spec.credits
            out.append(course_truth(r, f"Semester {sem} ({ay})", r.spec.credits, g, "uk", title=" ".join(tl),
                                    ca=ca, se=se, total=tot))
        p.rect(L, top, R - L, y - 12 - top, 0.7, 0)
        for x in xs[1:-1]:
            p.vline(x, top, y - 12, 0.4)
        y += 10
        p.pieces(y, [(L, "Semester Result: PASS", "left"), (L + 200, f"Credits earned: {int(cr)}", "left")], FB, 10)
        y += 16
        p.text(L, y, "CA: Continuous Assessment; SE: Semester Examination. Grades: A 80-100, B 70-79, C 60-69, D 50-59, "
               "E 40-49, F below 40.", FI, 7.5)
        y = max(y + 90, H - 150)
        sign_block(p, rng, R - 100, y, "Controller of Examinations", F, 9, 170)
        round_stamp(p, R - 230, y - 12, 28, 0.45)
        p.text(L, y, f"Date of declaration: {'July ' + str(t.start_year) if t.key == 'S1' else 'January ' + str(t.start_year + 1)}", F, 9)
        p.text(W / 2, H - 28, f"Page {sem} of {len(s.terms)}", F, 8, "center")
        pages.append(p)
    return LayoutResult("transcript", "bt_statement_per_semester", FAMILY, by_reading_order(pages), [nm], out, "uk",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"bt_statement_per_semester": (bt_transcript, FAMILY, ("BT",))}
