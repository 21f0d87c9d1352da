"""Writer Q, round 8: Malawi (MW). Country pack (Diploma in Medical Laboratory Sciences, 3 years;
Bachelor of Science in Biology, 4 years; Diploma in Nursing and Midwifery, 3 years) and a college
of health sciences' "ACADEMIC TRANSCRIPT" printed in a condensed sans face over a faint watermark
crest: per academic year a band "YEAR ONE — Academic Year 2016/2017" and the modules in two groups,
"Core Modules" and "Clinical Attachments", under `Module | Code | Hours | Mark % | Grade | Remark`
(module title FIRST, then the code "MLS 2101"; no credits at all), the attachments with their length
in the title "Clinical Attachment I: Haematology and Blood Transfusion (12 weeks)"; Malawi mark
bands A 75-100 Distinction, B 65-74 Credit, C 50-64 Pass, F 0-49 Fail; one candidate in two re-sat a
module at the supplementary examination (mark capped at 50, Remark "Supplementary"); under each
year "Overall Average: 63 %   Progression: PASS" (plain mean of the year's module marks, rounded),
at the end the final average and the award classification ("Diploma awarded with CREDIT"), the key,
the Registrar's signature and the college stamp.

Hours: the Hours column is the module's total timetabled contact hours (45-150; for an attachment
the supervised bench hours that are examined, not the weeks on the ward). The truth records credit
system `hours`, criteria.md's contact-hour rate (15 h = 1 SH, generator's SH_FACTOR["hours"])."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from .. import fonts
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r8_q_common import (FAMILY, add_department_phrases, course_truth, k, parse, rubber_stamp, sign_block,
                          watermark_crest)

MW_DMLS = """
## 1 Y
MLS 1101 | Human Anatomy and Physiology | 120 | B
MLS 1102 | Basic Chemistry for Laboratory Sciences | 90 | C
MLS 1103 | Introduction to Medical Laboratory Practice | 60 | ?O
MLS 1104 | Basic Microbiology | 90 | B
MLS 1105 | Mathematics and Biostatistics | 60 | M
MLS 1106 | Communication Skills | 45 | O
MLS 1107 | Cell Biology and Genetics | 60 | B
MLS 1108 | Clinical Attachment I: Specimen Reception and Phlebotomy (8 weeks) | 90 | P | phlebotomy
## 2 Y
MLS 2101 | Clinical Chemistry I | 120 | P
MLS 2102 | Haematology I | 120 | P
MLS 2103 | Medical Bacteriology | 120 | ?P
MLS 2104 | Medical Parasitology | 90 | P
MLS 2105 | Immunology and Serology | 90 | ?B
MLS 2106 | Biochemistry | 90 | C
MLS 2107 | Clinical Attachment II: Haematology and Blood Transfusion (12 weeks) | 150 | P | hematology,blood_bank
MLS 2108 | Clinical Attachment III: Microbiology and TB Microscopy (12 weeks) | 150 | P | microbiology
## 3 Y
MLS 3101 | Clinical Chemistry II | 120 | P
MLS 3102 | Haematology II and Blood Transfusion Science | 120 | P
MLS 3103 | Histopathology and Cytology | 90 | P
MLS 3104 | Laboratory Management and Quality Assurance | 60 | P
MLS 3105 | Research Methods and Project | 90 | O
MLS 3106 | Public Health and Epidemiology | 45 | O
MLS 3107 | Clinical Attachment IV: Clinical Chemistry and Urinalysis (12 weeks) | 150 | P | chemistry,urinalysis
"""

MW_BIO = """
## 1 Y
BIO 111 | Cell Biology | 90 | B
BIO 112 | Diversity of Life | 90 | B
CHE 111 | General Chemistry | 120 | C
MAT 111 | Calculus | 90 | M
PHY 111 | General Physics | 90 | O
COM 111 | Communication Skills | 45 | O
## 2 Y
BIO 211 | Genetics | 90 | B
BIO 212 | Introductory Microbiology | 90 | B
BIO 213 | Plant Physiology | 90 | B
CHE 211 | Organic Chemistry | 120 | C
STA 211 | Statistics for Biologists | 60 | M
## 3 Y
BIO 311 | Animal Physiology | 90 | B
BIO 312 | Ecology | 90 | ?B
BIO 313 | Biochemistry | 120 | C
BIO 314 | Immunology | 60 | B
BIO 315 | Field Course (4 weeks) | 60 | O
## 4 Y
BIO 411 | Molecular Biology | 90 | B
BIO 412 | Parasitology | 90 | ?B
BIO 413 | Conservation Biology | 60 | B
BIO 414 | Research Project | 150 | O
"""

MW_NUR = """
## 1 Y
NMW 1101 | Anatomy and Physiology | 120 | B
NMW 1102 | Foundations of Nursing | 150 | O
NMW 1103 | Communication Skills | 45 | O
NMW 1104 | Clinical Practice I: Medical Wards (8 weeks) | 150 | O
## 2 Y
NMW 2101 | Medical and Surgical Nursing | 150 | O
NMW 2102 | Pharmacology | 90 | O
NMW 2103 | Midwifery I | 150 | O
NMW 2104 | Clinical Practice II: Maternity (12 weeks) | 150 | O
## 3 Y
NMW 3101 | Community Health Nursing | 120 | O
NMW 3102 | Midwifery II | 150 | O
NMW 3103 | Mental Health Nursing | 90 | O
NMW 3104 | Clinical Practice III: District Hospital (12 weeks) | 150 | O
"""


def _cur(cid, title, level, years, field, table, clin=False):
    return C.Curriculum(cid, "MW", title, level, years, field, "hours", parse(table), 9, 11,
                        clinical_training=clin)


MW_INST = [
    Institution("Nyika College of Health Sciences", "Blantyre", "Southern Region", "MW", "Mahatma Gandhi Road",
                ("mw_dmls", "mw_dnm"), kind="college",
                extra={"po": "P.O. Box 30412, Blantyre 3", "school": "School of Medical Laboratory Sciences"}),
    Institution("Lilongwe Lakeside College of Health Sciences", "Lilongwe", "Central Region", "MW",
                "Area 3, Presidential Way", ("mw_dmls", "mw_dnm"), kind="college",
                extra={"po": "Private Bag 206, Lilongwe", "school": "Department of Biomedical Sciences"}),
    Institution("Shire Highlands University", "Zomba", "Southern Region", "MW", "Chirunga Road",
                ("mw_bsc_bio", "mw_dmls"),
                extra={"po": "P.O. Box 118, Zomba", "school": "Faculty of Science"}),
]

PACK = K.CountryPack(
    code="MW", name="Malawi",
    given={"F": ["Chikondi", "Tamanda", "Thokozani", "Mphatso", "Chisomo", "Tiwonge", "Grace", "Esther", "Madalitso",
                 "Tadala", "Alinafe", "Martha"],
           "M": ["Chimwemwe", "Yamikani", "Kondwani", "Blessings", "Gift", "Mwayi", "Limbani", "Patrick", "Chikumbutso",
                 "Innocent", "Wongani", "Joseph"]},
    surnames=["Banda", "Phiri", "Mwale", "Chirwa", "Kachingwe", "Nkhoma", "Gondwe", "Mbewe", "Msiska", "Chisale",
              "Kalua", "Nyirenda", "Mkandawire", "Chimwaza", "Kumwenda", "Lungu"],
    middle={"F": [], "M": []},
    institutions=MW_INST,
    employers=[
        Employer("Chikwawa District Hospital", "Chikwawa", "Southern Region", "MW", "Boma Road, P.O. Box 21",
                 "+265 1 000 142", "dho@chikwawa-dh.example"),
        Employer("Mzimba North District Hospital", "Mzuzu", "Northern Region", "MW", "M1 Road, Chibanja",
                 "+265 1 000 177", "admin@mzimba-dh.example"),
        Employer("Kamuzu Lakeshore Mission Hospital", "Nkhotakota", "Central Region", "MW", "Private Bag 3",
                 "+265 1 000 119", "hospital@lakeshore-mission.example"),
        Employer("Likuni Diagnostics Laboratory", "Lilongwe", "Central Region", "MW", "Area 47, Sector 2",
                 "+265 1 000 163", "lab@likuni-dx.example", "lab"),
    ],
    signers=["Mr. Chimwemwe Banda", "Dr. Tiwonge Mwale", "Mrs. Esther Nkhoma", "Mr. Kondwani Gondwe"],
    curricula=[_cur("mw_dmls", "Diploma in Medical Laboratory Sciences", "diploma", 3, "medical_laboratory_science",
                    MW_DMLS, True),
               _cur("mw_bsc_bio", "Bachelor of Science in Biology", "bachelor", 4, "biology", MW_BIO),
               _cur("mw_dnm", "Diploma in Nursing and Midwifery", "diploma", 3, "nursing", MW_NUR)],
    mls_curriculum="mw_dmls", science_curricula=["mw_bsc_bio"], nonqualifying_curricula=["mw_dnm"],
    positions_mls=["Laboratory Technician", "Medical Laboratory Technician", "Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{inst.name.split()[0][:3].upper()}/{sy}/{rng.randint(1, 180):03d}",
    honours=[],
)
K.register(PACK)
add_department_phrases("MW", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology", "TB Microscopy"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["GeneXpert"], "phlebotomy": ["Phlebotomy"], "other": ["Parasitology", "Histology"]})

BANDS = [(75, "A", "Distinction"), (65, "B", "Credit"), (50, "C", "Pass"), (0, "F", "Fail")]
YEAR = ["ONE", "TWO", "THREE", "FOUR"]


def band(m):
    return next((g, w) for lo, g, w in BANDS if m >= lo)


def mw_years(s):
    """[(year, ay, [(r, mark, grade, remark, group)], average)], final average."""
    pool = [(i, j) for i, t in enumerate(s.terms) for j, r in enumerate(t.results) if not r.spec.areas]
    sup = pool[k(s, "sup") % len(pool)] if k(s, "sup?") % 2 == 0 else None
    out, allm = [], []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            m = min(92, max(50, r.score - 2 + k(s, f"m{i}{j}") % 5))
            rem = "Passed"
            if (i, j) == sup:
                m, rem = 50, "Supplementary"
            rows.append((r, m, band(m)[0], rem, "clin" if "(" in r.spec.title else "core"))
            allm.append(m)
        avg = round(sum(x[1] for x in rows) / len(rows))
        out.append((t.year, f"{t.start_year}/{t.start_year + 1}", rows, avg))
    return out, round(sum(allm) / len(allm))


def mw_award(s):
    """Classification of the award: the final average's band word."""
    return band(mw_years(s)[1])[1]


def mw_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    sch = dict(fonts._scheme)
    sch["sans"] = ("DejaVuSansCondensed", "LiberationSansNarrow")[k(s, "font") % 2]
    with fonts.use_scheme(sch):
        return _mw(s, person, rng, inst, cur)


def _mw(s, person, rng, inst, cur):
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 40, W - 40
    nm = name_form(person, "caps")
    xs = {"mod": L + 4, "code": L + 214, "hrs": L + 290, "mk": L + 340, "gr": L + 390, "rem": L + 426}
    years, final = mw_years(s)
    award = band(final)[1].upper()
    ex = inst.extra

    def new_page(n):
        p = Page(A4)
        watermark_crest(p, W / 2, H / 2 + 20, 110, 0.9)
        p.logo(L + 26, 58, 22, 1)
        p.text(W / 2, 48, inst.name.upper(), FB, 14, "center")
        p.text(W / 2, 62, ex.get("school", ""), F, 9.5, "center")
        p.text(W / 2, 74, f"{ex.get('po', '')}, Malawi — Tel. +265 1 000 100 — registry@{inst.city.lower()}-chs.example",
               F, 8, "center")
        p.hline(L, R, 84, 1.6)
        p.hline(L, R, 87, 0.5)
        y = 106
        if n == 1:
            p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 13, "center"); y += 20
            for a, b in ((("NAME", nm), ("STUDENT NO.", s.student_no)),
                         (("PROGRAMME", cur.title.upper()), None),
                         (("DATE OF BIRTH", D.dmy_slash(s.dob)), ("SEX", "FEMALE" if person.sex == "F" else "MALE")),
                         (("DATE OF ENTRY", D.long_dmy(s.admitted)), ("DATE OF COMPLETION", D.long_dmy(s.conferred)))):
                it = [(L, f"{a[0]}:", "left", FB, 8.5), (L + 92, a[1], "left", F, 8.5)]
                if b:
                    it += [(L + 300, f"{b[0]}:", "left", FB, 8.5), (L + 400, b[1], "left", F, 8.5)]
                p.pieces(y, it, F, 8.5)
                y += 12
            y += 6
        else:
            p.pieces(y, [(L, f"NAME: {nm}", "left"), (R, f"STUDENT NO.: {s.student_no}", "right")], F, 8.5)
            y += 16
        return p, y

    def head(fl):
        p, y = fl.page, fl.y
        p.rect(L, y, R - L, 15, 0.6, 0, fill=0.82)
        p.pieces(y + 10.5, [(xs["mod"], "Module", "left"), (xs["code"], "Code", "left"), (xs["hrs"], "Hours", "left"),
                            (xs["mk"], "Mark %", "left"), (xs["gr"], "Grade", "left"), (xs["rem"], "Remark", "left")],
                 FB, 8.5)
        fl.y = y + 26

    fl = Flow(new_page, 70)
    out = []
    for yr, ay, rows, avg in years:
        fl.need(90)
        p = fl.page
        p.text(L, fl.y, f"YEAR {YEAR[yr - 1]} — Academic Year {ay}", FB, 10)
        fl.y += 6
        head(fl)
        for grp, gname in (("core", "Core Modules"), ("clin", "Clinical Attachments")):
            grows = [x for x in rows if x[4] == grp]
            if not grows:
                continue
            fl.need(24)
            fl.page.text(xs["mod"], fl.y, gname, FI, 8.5)
            fl.y += 12
            for r, m, g, rem, _ in grows:
                lines = wrap(r.spec.title, F, 8.5, xs["code"] - 8 - xs["mod"] - 8)
                if fl.need(10 * len(lines) + 4):
                    head(fl)
                fl.page.pieces(fl.y, [(xs["mod"] + 8, lines[0], "left"), (xs["code"], r.code, "left"),
                                      (xs["hrs"] + 20, str(int(r.spec.credits)), "right"),
                                      (xs["mk"] + 22, str(m), "right"), (xs["gr"] + 10, g, "center"),
                                      (xs["rem"], rem, "left")], F, 8.5)
                for ln in lines[1:]:
                    fl.y += 10
                    fl.page.text(xs["mod"] + 8, fl.y, ln, F, 8.5)
                fl.y += 12.5
                out.append(course_truth(r, f"Year {YEAR[yr - 1].title()} — Academic Year {ay}", r.spec.credits, g,
                                        "hours", title=" ".join(lines), mark=m, remark=rem, group=gname))
        fl.page.hline(L, R, fl.y - 7, 0.6)
        prog = "PASS" if yr < len(years) else "COMPLETED"
        fl.page.spaced(L + 4, fl.y + 5, [f"Overall Average: {avg} %", f"Progression: {prog}"], FB, 9, gap=30)
        fl.y += 26
    fl.need(150)
    p, y = fl.page, fl.y
    p.spaced(L, y, [f"FINAL AVERAGE: {final} %", f"AWARD: {cur.title.upper()} WITH {award}"], FB, 9.5, gap=24)
    y += 16
    p.text(L, y, "KEY: A 75-100 Distinction; B 65-74 Credit; C 50-64 Pass; F 0-49 Fail. Supplementary: module passed "
           "at the supplementary", F, 7.5); y += 9
    p.text(L, y, "examination, mark recorded at 50. Hours: total contact hours of the module.", F, 7.5); y += 48
    p.text(L, y, f"Date of issue: {D.long_dmy(D.add_months(s.conferred, 1))}", F, 9)
    sign_block(p, rng, R - 100, y, "REGISTRAR", FB, 9, 160)
    rubber_stamp(p, R - 240, y - 22, 48, 28, 0.45)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(H - 30, [(L, "Any alteration renders this transcript invalid. Not valid without the college stamp.",
                            "left", FI, 7), (R, f"Page {i} of {n}", "right", F, 7.5)], F, 7.5)
    return LayoutResult("transcript", "mw_year_groups", FAMILY, fl.pages, [nm], out, "hours",
                        {"prints_totals": True, "award_class": award})


TRANSCRIPT_LAYOUTS = {"mw_year_groups": (mw_transcript, FAMILY, ("MW",))}
