"""Writer N, round 7: Rwanda (RW). Country pack (BSc Hons Biomedical Laboratory Sciences, 4 years;
BSc Hons Microbiology, 4 years; BSc Nursing, 4 years) and a public university's "ACADEMIC
TRANSCRIPT": bilingual letterhead only ("KAMINUZA YA NYABARONGO" over "NYABARONGO UNIVERSITY",
"Ibiro by'Umwanditsi Mukuru / Office of the Registrar"), English body; per academic year a band
"LEVEL 1 (Academic Year 2015-2016)" and `Module Code | Module Title | Credits | Marks (%) | Grade |
Decision` (two-line header "Marks" over "(%)"), module codes "BLS 2112", titles wrapped onto a
second line in a narrow column, Decision "Pass", "Pass after retake" (a module retaken at the
supplementary exam, mark capped at the pass mark 40, grade D) or "Fail" (mark under 40, no
credits: the module comes back at the top of the next level as "Pass after retake"); under each
level "Annual average: 68.4 %   Credits earned: 120/120   Decision: PROCEED TO LEVEL 2" ("105/120"
and "(1 module to retake)" after a Fail; AWARD after Level 4); at the end the total credits
earned, the overall average and "Classification of the award: Upper Second Class Honours"
(credit-weighted average of the final marks of all levels: First Class 70+, Upper Second 60-69.9, Lower Second 50-59.9, Pass 40-49.9), the grade
key, the Registrar's signature over a round seal.

Credits: the Rwandan Higher Education Council credit is 10 notional learning hours (modules of 10,
15 or 20 credits, 120 a year), the same measure as a UK CATS credit, so the truth records credit
system `uk` and criteria.md's UK rate (x 1/4, 120 a year = 30 SH): a 15-credit module = 3.75 SH."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r7_n_common import FAMILY, add_department_phrases, course_truth, k, parse, r1, star_seal

RW_BLS = """
## 1 Y
BLS 1111 | Human Anatomy | 15 | B
BLS 1112 | Human Physiology | 15 | B
CHE 1113 | General and Inorganic Chemistry | 15 | C
BIO 1114 | Cell Biology and Genetics | 10 | B
MAT 1115 | Mathematics and Biostatistics for Health Sciences | 10 | M
GEN 1116 | Communication Skills in English | 10 | O
CHE 1121 | Organic Chemistry | 15 | C
BLS 1122 | Introduction to Biomedical Laboratory Sciences and Laboratory Safety | 15 | ?O
ENT 1123 | Entrepreneurship and Rwandan Culture | 15 | O
## 2 Y
BLS 2111 | General Biochemistry | 15 | C
BLS 2112 | Clinical Chemistry I | 15 | P
BLS 2113 | Haematology I: Cellular Haematology | 15 | P
BLS 2114 | General Microbiology | 15 | B
BLS 2121 | Medical Bacteriology | 15 | ?P
BLS 2122 | Medical Parasitology and Entomology | 15 | P
BLS 2123 | Immunology and Serological Techniques | 10 | ?B
BLS 2124 | Histology and Histotechniques | 10 | P
BLS 2125 | Research Methodology and Epidemiology | 10 | O
## 3 Y
BLS 3111 | Clinical Chemistry II | 15 | P
BLS 3112 | Haematology II: Haemostasis and Blood Coagulation | 15 | P
BLS 3113 | Medical Virology and Mycology | 10 | ?P
BLS 3114 | Molecular Biology and Molecular Diagnostic Techniques | 15 | ?B
BLS 3121 | Clinical Microbiology | 15 | P
BLS 3122 | Cytopathology and Histopathology | 15 | P
BLS 3123 | Quality Management in the Medical Laboratory | 10 | P
BLS 3124 | Clinical Attachment I | 15 | P | chemistry,hematology
BLS 3125 | Biosafety and Biosecurity | 10 | O
## 4 Y
BLS 4111 | Blood Transfusion Science and Immunohaematology | 15 | P
BLS 4112 | Laboratory Management and Leadership | 10 | P
BLS 4113 | Advanced Clinical Chemistry and Endocrinology | 15 | P
BLS 4114 | Public Health Laboratory Practice | 10 | ?O
BLS 4115 | Diagnosis of Tropical Parasitic Diseases | 10 | P
BLS 4121 | Clinical Attachment II | 20 | P | microbiology,blood_bank,urinalysis
BLS 4122 | Research Project (Dissertation) | 20 | O
BLS 4123 | Professional Ethics and Laboratory Law | 10 | O
BLS 4124 | Seminar in Biomedical Sciences | 10 | O
"""

RW_MIC = """
## 1 Y
BIO 1111 | Cell Biology | 15 | B
CHE 1112 | General Chemistry | 15 | C
MAT 1113 | Calculus and Statistics | 15 | M
PHY 1114 | General Physics | 15 | O
BIO 1121 | Introduction to Microbiology | 15 | B
CHE 1122 | Organic Chemistry | 15 | C
BIO 1123 | Genetics | 15 | B
GEN 1124 | Communication Skills in English | 15 | O
## 2 Y
MIC 2111 | Bacteriology | 15 | ?B
BCH 2112 | Biochemistry I: Biomolecules | 15 | C
MIC 2113 | Microbial Physiology and Metabolism | 15 | B
MIC 2114 | Immunology | 15 | B
BCH 2121 | Biochemistry II: Metabolism | 15 | C
MIC 2122 | Virology | 15 | ?B
MIC 2123 | Mycology | 15 | ?B
CHE 2124 | Analytical Chemistry | 15 | C
## 3 Y
MIC 3111 | Microbial Genetics | 15 | B
MIC 3112 | Food and Dairy Microbiology | 15 | B
MIC 3113 | Environmental Microbiology | 15 | B
MIC 3114 | Research Methods | 15 | O
MIC 3121 | Medical Microbiology | 20 | ?B
MIC 3122 | Industrial Attachment | 20 | O
ENT 3123 | Entrepreneurship | 20 | O
## 4 Y
MIC 4111 | Molecular Biology | 20 | B
MIC 4112 | Microbial Biotechnology | 20 | ?B
MIC 4113 | Bioinformatics | 20 | ?B
MIC 4121 | Research Project | 20 | O
MIC 4122 | Seminar in Microbiology | 20 | O
MIC 4123 | Pharmaceutical Microbiology | 20 | B
"""

RW_NUR = """
## 1 Y
NUR 1111 | Anatomy and Physiology for Nurses | 20 | B
NUR 1112 | Fundamentals of Nursing | 20 | O
NUR 1113 | Microbiology and Parasitology for Nurses | 20 | ?B
NUR 1121 | Nursing Practice I | 20 | O
GEN 1122 | Communication Skills in English | 20 | O
NUR 1123 | Psychology and Sociology for Nurses | 20 | O
## 2 Y
NUR 2111 | Medical-Surgical Nursing I | 20 | O
NUR 2112 | Pharmacology | 20 | O
NUR 2113 | Nutrition | 20 | O
NUR 2121 | Medical-Surgical Nursing II | 20 | O
NUR 2122 | Paediatric Nursing | 20 | O
NUR 2123 | Clinical Practice II | 20 | O
## 3 Y
NUR 3111 | Maternal and Child Health Nursing | 20 | O
NUR 3112 | Mental Health Nursing | 20 | O
NUR 3113 | Community Health Nursing | 20 | O
NUR 3121 | Clinical Practice III | 20 | O
NUR 3122 | Research Methods in Nursing | 20 | O
NUR 3123 | Health Promotion | 20 | O
## 4 Y
NUR 4111 | Nursing Leadership and Management | 20 | O
NUR 4112 | Critical Care Nursing | 20 | O
NUR 4113 | Nursing Ethics and Law | 20 | O
NUR 4121 | Internship | 20 | O
NUR 4122 | Research Project | 20 | O
NUR 4123 | Seminar in Nursing | 20 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "RW", title, "bachelor", 4, field, "uk", parse(table), 10, 10,
                        clinical_training=clin)


RW_INST = [
    Institution("Nyabarongo University", "Kigali", "Kigali City", "RW", "KK 737 Street, Gikondo",
                ("rw_bsc_bls", "rw_bsc_mic", "rw_bsc_nur"),
                extra={"rw": "KAMINUZA YA NYABARONGO", "college": "College of Medicine and Health Sciences",
                       "po": "P.O. Box 4285 Kigali"}),
    Institution("Akagera University of Science and Technology", "Rwamagana", "Eastern Province", "RW",
                "RN3 Road, Sovu Sector", ("rw_bsc_bls", "rw_bsc_mic"),
                extra={"rw": "KAMINUZA Y'UBUMENYI N'IKORANABUHANGA YA AKAGERA",
                       "college": "School of Health and Life Sciences", "po": "P.O. Box 112 Rwamagana"}),
    Institution("Muhabura University of Health Sciences", "Musanze", "Northern Province", "RW",
                "NM 15 Avenue, Muhoza", ("rw_bsc_bls", "rw_bsc_nur"),
                extra={"rw": "KAMINUZA Y'UBUMENYI BW'UBUZIMA YA MUHABURA",
                       "college": "School of Biomedical Sciences", "po": "P.O. Box 77 Musanze"}),
]

PACK = K.CountryPack(
    code="RW", name="Rwanda",
    given={"F": ["Aline", "Diane", "Claudine", "Josiane", "Solange", "Vestine", "Alice", "Clarisse",
                 "Jeannette", "Immaculée", "Chantal", "Divine"],
           "M": ["Eric", "Patrick", "Emmanuel", "Olivier", "Fabrice", "Innocent", "Théoneste", "Didier",
                 "Gilbert", "Yves", "Jean-Bosco", "Aimable"]},
    surnames=["Uwase", "Ingabire", "Mukamana", "Niyonsaba", "Umutoni", "Habimana", "Niyonzima", "Mugisha",
              "Nshimiyimana", "Hakizimana", "Uwimana", "Ndayisaba", "Bizimana", "Iradukunda", "Nsengiyumva",
              "Twagirayezu"],
    middle={"F": [], "M": []},
    institutions=RW_INST,
    employers=[
        Employer("Kimironko District Hospital", "Kigali", "Kigali City", "RW", "KG 11 Avenue, Kimironko",
                 "+250 788 000 142", "hr@kimironko-dh.example"),
        Employer("Mbazi Provincial Hospital", "Huye", "Southern Province", "RW", "NR 2 Road, Ngoma Sector",
                 "+250 788 000 178", "admin@mbazi-ph.example"),
        Employer("Ikirezi Diagnostic Laboratories Ltd", "Kigali", "Kigali City", "RW", "KN 4 Avenue, Nyarugenge",
                 "+250 788 000 193", "lab@ikirezi-dx.example", "lab"),
        Employer("Rubavu Lakeshore Hospital", "Rubavu", "Western Province", "RW", "Avenue de la Plage, Gisenyi",
                 "+250 788 000 121", "personnel@rubavu-lh.example"),
    ],
    signers=["Dr. Claudine Mukamana", "Mr. Eric Habimana", "Ms. Solange Uwimana", "Dr. Innocent Ndayisaba"],
    curricula=[_cur("rw_bsc_bls", "Bachelor of Science with Honours in Biomedical Laboratory Sciences",
                    "medical_laboratory_science", RW_BLS, True),
               _cur("rw_bsc_mic", "Bachelor of Science with Honours in Microbiology", "biology", RW_MIC),
               _cur("rw_bsc_nur", "Bachelor of Science in Nursing", "nursing", RW_NUR)],
    mls_curriculum="rw_bsc_bls", science_curricula=["rw_bsc_mic"], nonqualifying_curricula=["rw_bsc_nur"],
    positions_mls=["Biomedical Laboratory Scientist", "Medical Laboratory Scientist", "Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"2{sy % 100:02d}{rng.randint(0, 999999):06d}",
    honours=[],
)
K.register(PACK)
add_department_phrases("RW", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Biochemistry", "Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology and Serology"],
    "urinalysis": ["Urinalysis"], "molecular": ["Molecular Biology (PCR)"], "phlebotomy": ["Sample Reception"],
    "other": ["Parasitology", "Pathology"]})

BANDS = [(70, "A"), (60, "B"), (50, "C"), (40, "D"), (0, "F")]
KEY = "A 70-100 First Class; B 60-69 Upper Second Class; C 50-59 Lower Second Class; D 40-49 Pass; F 0-39 Fail"


def grade(m):
    return next(g for lo, g in BANDS if m >= lo)


def classify(avg):
    if avg >= 70:
        return "First Class Honours"
    if avg >= 60:
        return "Upper Second Class Honours"
    if avg >= 50:
        return "Lower Second Class Honours"
    return "Pass"


def mark_of(s, r):
    """The printed mark (a public university marks harder than the shared model's score)."""
    return max(40, r.score - 4 - k(s, r.code) % 7)


def rw_levels(s):
    """[(level, ay, [(r, mark, grade, decision, earned)], average, credits, earned)], overall average.
    One candidate in three retook a module at the supplementary exam (mark capped at 40, "Pass after
    retake"); one in three failed a module ("Fail", no credits) and retook it the next year."""
    pool = [(i, j) for i, t in enumerate(s.terms) if t.year < s.curriculum.years for j in range(len(t.results))]
    mode = k(s, "rt?") % 3
    pick = pool[k(s, "rt") % len(pool)]
    carry = {}
    out, tm, tc = [], 0.0, 0.0
    for i, t in enumerate(s.terms):
        rows = []
        if i in carry:
            rows.append((carry[i], 40, "D", "Pass after retake", True))
        for j, r in enumerate(t.results):
            if (i, j) == pick and mode == 0:
                rows.append((r, 40, "D", "Pass after retake", True))
            elif (i, j) == pick and mode == 1:
                fm = 30 + k(s, "fm") % 10
                rows.append((r, fm, "F", "Fail", False))
                carry[i + 1] = r
            else:
                m = mark_of(s, r)
                rows.append((r, m, grade(m), "Pass", True))
        c = sum(x[0].spec.credits for x in rows)
        e = sum(x[0].spec.credits for x in rows if x[4])
        m = sum(x[0].spec.credits * x[1] for x in rows)
        tm += sum(x[0].spec.credits * x[1] for x in rows if x[4])
        tc += e
        out.append((t.year, f"{t.start_year}-{t.start_year + 1}", rows, r1(m / c), c, e))
    return out, r1(tm / tc)


def rw_class(s):
    return classify(rw_levels(s)[1])


def rw_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 46, W - 46
    nm = name_form(person, "surname_first_mixed")
    xs = {"code": L + 4, "title": L + 64, "cr": L + 262, "mk": L + 306, "gr": L + 350, "dec": L + 384}
    levels, overall = rw_levels(s)
    cls = classify(overall)
    ex = inst.extra

    def new_page(n):
        p = Page(A4)
        star_seal(p, W / 2, 40, 20, 0.35, points=8)
        p.text(W / 2, 76, ex.get("rw", inst.name.upper()), FB, 11, "center")
        p.text(W / 2, 91, inst.name.upper(), FB, 13.5, "center")
        p.text(W / 2, 103, f"{ex.get('po', '')} — {inst.street}, {inst.city}, Rwanda", F, 8.5, "center")
        p.text(W / 2, 114, "Ibiro by'Umwanditsi Mukuru / Office of the Registrar", FI, 8.5, "center")
        p.hline(L, R, 120, 1.3)
        p.hline(L, R, 122.5, 0.4)
        y = 142
        if n == 1:
            p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 14, "center"); y += 20
            for a, b in ((("Names", nm), ("Registration Number", s.student_no)),
                         (("Date of Birth", D.long_dmy(s.dob)), ("Sex", "Female" if person.sex == "F" else "Male")),
                         (("College", ex.get("college", "")), None),
                         (("Programme", cur.title), None),
                         (("Year of Entry", str(s.admitted.year)), ("Year of Completion", str(s.conferred.year)))):
                it = [(L, f"{a[0]}:", "left", FB, 9.5), (L + 80, a[1], "left", F, 9.5)]
                if b:
                    it += [(L + 300, f"{b[0]}:", "left", FB, 9.5), (L + 402, b[1], "left", F, 9.5)]
                p.pieces(y, it, F, 9.5)
                y += 12.5
            y += 6
        else:
            p.pieces(y, [(L, "Names:", "left", FB, 9.5), (L + 40, nm, "left", F, 9.5),
                         (R, f"Reg. No. {s.student_no}", "right", F, 9.5)], F, 9.5)
            y += 18
        return p, y

    def head(fl):
        p, y = fl.page, fl.y
        p.hline(L, R, y, 0.8)
        p.pieces(y + 11, [(xs["code"], "Module Code", "left"), (xs["title"], "Module Title", "left"),
                          (xs["cr"], "Credits", "left"), (xs["mk"], "Marks", "left"), (xs["gr"], "Grade", "left"),
                          (xs["dec"], "Decision", "left")], FB, 9)
        p.text(xs["mk"] + 5, y + 21, "(%)", FB, 9)
        p.hline(L, R, y + 26, 0.8)
        for x in (xs["title"] - 4, xs["cr"] - 4, xs["mk"] - 4, xs["gr"] - 4, xs["dec"] - 4):
            p.vline(x, y, y + 26, 0.4)
        fl.y = y + 38

    fl = Flow(new_page, 64)
    out = []
    nlev = len(levels)
    for li, (lev, ay, rows, avg, cred, earned) in enumerate(levels):
        fl.need(60)
        label = f"LEVEL {lev} (Academic Year {ay})"
        fl.page.rect(L, fl.y - 10, R - L, 14, 0, 0, fill=0.9)
        fl.page.text(L + 4, fl.y, label, FB, 10)
        fl.y += 8
        head(fl)
        for r, mk, g, dec, ok in rows:
            lines = wrap(r.spec.title, F, 9, xs["cr"] - 10 - xs["title"])
            if fl.need(11 * len(lines) + 4):
                head(fl)
            fl.page.pieces(fl.y, [(xs["code"], r.code, "left"), (xs["title"], lines[0], "left"),
                                  (xs["cr"] + 14, str(int(r.spec.credits)), "center"), (xs["mk"] + 12, str(mk), "center"),
                                  (xs["gr"] + 12, g, "center"), (xs["dec"], dec, "left")], F, 9)
            for ln in lines[1:]:
                fl.y += 10.5
                fl.page.text(xs["title"], fl.y, ln, F, 9)
            fl.y += 13
            extra = {} if ok else {"passed": False}
            out.append(course_truth(r, label, r.spec.credits, g, "uk", title=" ".join(lines), mark=mk, decision=dec,
                                    **extra))
        fl.page.hline(L, R, fl.y - 8, 0.8)
        dec = f"PROCEED TO LEVEL {lev + 1}" if li < nlev - 1 else "AWARD"
        if earned < cred:
            dec += " (1 module to retake)"
        fl.page.spaced(L + 4, fl.y + 4, [f"Annual average: {avg:.1f} %", f"Credits earned: {int(earned)}/{int(cred)}",
                                         f"Decision: {dec}"], FB, 9, gap=24)
        fl.y += 28
    fl.need(170)
    p = fl.page
    y = fl.y
    tot = sum(x[5] for x in levels)
    p.spaced(L, y, [f"Total credits earned: {int(tot)}", f"Overall average: {overall:.1f} %"], FB, 10, gap=30); y += 15
    p.text(L, y, f"Classification of the award: {cls}", FB, 10.5); y += 15
    p.text(L, y, f"Date of award: {D.long_dmy(s.conferred)}", F, 9.5); y += 18
    p.text(L, y, f"Key: {KEY}.", F, 7.5); y += 9.5
    p.text(L, y, "One credit = 10 notional learning hours. A retaken module is recorded at the pass mark (40); the "
           "overall average is computed on final marks.",
           F, 7.5); y += 60
    p.signature(R - 170, y - 4, 120, rng)
    star_seal(p, R - 210, y - 18, 30, 0.5, points=8)
    p.hline(R - 190, R, y, 0.5)
    p.text(R - 95, y + 12, "REGISTRAR", FB, 9, "center")
    p.text(L, y + 12, f"Kigali, {D.long_dmy(D.add_months(s.conferred, 1))}", F, 9.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(H - 28, [(L, "This transcript is not valid without the seal of the University.", "left", FI, 7.5),
                           (R, f"Page {i}/{n}", "right", F, 7.5)], F, 7.5)
    return LayoutResult("transcript", "rw_level_transcript", FAMILY, fl.pages, [nm], out, "uk",
                        {"conferred_printed": D.long_dmy(s.conferred), "prints_totals": True, "class_printed": cls})


TRANSCRIPT_LAYOUTS = {"rw_level_transcript": (rw_transcript, FAMILY, ("RW",))}
