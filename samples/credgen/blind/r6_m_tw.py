"""Writer M, round 6: Taiwan. Country pack (Department of Medical Laboratory Science and
Biotechnology, 4 years, semester credits (1 credit = 18 class hours, = 1 SH), the 4th-year hospital
internship; Biological Science and Technology; Nursing; 0-credit Physical Education and All-out
Defense Education as in every Taiwanese transcript) and the bilingual "ACADEMIC TRANSCRIPT /
歷年成績單" (the Chinese drawn as a picture: no CJK font on this machine, so it is never text):
per academic year a band "Academic Year 104 (2015-2016)" in the ROC calendar, then a GRID with
the 1st and 2nd semester SIDE BY SIDE, each `Course | R/E | Cr. | Score` (R required 必, E
elective 選; scores 0-100, pass 60), under each semester "Credits 19 Average 84.12" and under
the year "Credits earned 38 Average 84.12 Rank 5/48"; at the end "Total credits: 136", the
graduation average and the degree date in both calendars. Courses have no codes."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r6_m_common import FAMILY, add_department_phrases, cjk_block, course_truth, k, parse

GE = """
TW1 | Chinese Literature and Writing (1) | 2 | O
TW2 | English (1) | 2 | O
TW3 | Physical Education (1) | 0 | O
TW4 | All-out Defense Education (1) | 0 | O
"""
GE2 = """
TW5 | Chinese Literature and Writing (2) | 2 | O
TW6 | English (2) | 2 | O
TW7 | Physical Education (2) | 0 | O
TW8 | All-out Defense Education (2) | 0 | O
"""

TW_MLSB = """
## 1 S1
""" + GE + """
MT101 | General Biology (1) | 3 | B
MT102 | General Biology Laboratory (1) | 1 | B
MT103 | General Chemistry (1) | 3 | C
MT104 | General Chemistry Laboratory (1) | 1 | C
MT105 | Calculus | 2 | M
MT106 | Introduction to Medical Laboratory Science | 1 | ?O
GE11 | General Education: Humanities - Art Appreciation | 2 | O
## 1 S2
""" + GE2 + """
MT107 | General Biology (2) | 3 | B
MT108 | General Chemistry (2) | 3 | C
MT109 | Organic Chemistry | 3 | C
MT110 | Organic Chemistry Laboratory | 1 | C
MT111 | General Physics | 2 | O
MT112 | Biostatistics | 2 | M
GE12 | General Education: Social Sciences - Introduction to Sociology | 2 | O
## 2 S1
MT201 | Biochemistry (1) | 3 | C
MT202 | Human Anatomy | 3 | B
MT203 | Physiology | 3 | B
MT204 | Analytical Chemistry | 2 | C
MT205 | Histology | 2 | ?B
MT206 | Life Science and Ethics | 2 | O
MT214 | Medical Terminology | 2 | O
## 2 S2
MT207 | Biochemistry (2) | 3 | C
MT208 | Biochemistry Laboratory | 1 | C
MT209 | Microbiology | 3 | B
MT210 | Microbiology Laboratory | 1 | B
MT211 | Immunology | 3 | B
MT212 | Molecular Biology | 3 | B
MT213 | Cell Biology | 2 | B
GE13 | General Education: Natural Sciences - Environment and Sustainability | 2 | O
## 3 S1
MT301 | Clinical Chemistry (1) | 3 | P
MT302 | Clinical Hematology (1) | 3 | P
MT303 | Clinical Microbiology (1) | 3 | ?P
MT304 | Clinical Chemistry Laboratory (1) | 1 | P
MT305 | Clinical Hematology Laboratory (1) | 1 | P
MT306 | Clinical Parasitology | 2 | P
MT307 | Instrumental Analysis in Medical Laboratory | 2 | ?P
MT308 | Biotechnology | 2 | ?B
## 3 S2
MT309 | Clinical Chemistry (2) | 3 | P
MT310 | Clinical Hematology (2) | 3 | P
MT311 | Clinical Microbiology (2) | 3 | ?P
MT312 | Blood Bank Science | 3 | P
MT313 | Clinical Serology and Immunology | 2 | ?P
MT314 | Clinical Virology | 2 | ?P
MT315 | Clinical Urinalysis and Body Fluid Analysis | 2 | P
MT316 | Molecular Diagnostics | 2 | ?P
## 4 S1
MT401 | Clinical Laboratory Internship (1): Clinical Chemistry, Hematology and Urinalysis | 10 | P | chemistry,hematology,urinalysis
MT402 | Laboratory Quality Management | 2 | P
MT403 | Medical Laws and Professional Ethics | 2 | ?O
## 4 S2
MT404 | Clinical Laboratory Internship (2): Microbiology, Blood Bank and Serology | 10 | P | microbiology,blood_bank,immunology
MT405 | Seminar in Medical Laboratory Science | 1 | O
MT406 | Cytotechnology | 2 | P
"""

TW_BIO = """
## 1 S1
""" + GE + """
BS101 | General Biology (1) | 3 | B
BS107 | General Biology Laboratory (1) | 1 | B
BS102 | General Chemistry (1) | 3 | C
BS108 | General Chemistry Laboratory (1) | 1 | C
BS103 | Calculus (1) | 3 | M
GE21 | General Education: Humanities - Introduction to Philosophy | 2 | O
## 1 S2
""" + GE2 + """
BS104 | General Biology (2) | 3 | B
BS109 | General Biology Laboratory (2) | 1 | B
BS105 | General Chemistry (2) | 3 | C
BS106 | Calculus (2) | 3 | M
BS110 | General Physics | 3 | O
## 2 S1
BS201 | Organic Chemistry (1) | 3 | C
BS207 | Organic Chemistry Laboratory | 1 | C
BS202 | Genetics | 3 | B
BS203 | Botany | 3 | B
BS208 | Plant Taxonomy Laboratory | 1 | B
GE22 | General Education: Social Sciences - Economics and Society | 2 | O
## 2 S2
BS209 | Organic Chemistry (2) | 3 | C
BS204 | Biochemistry (1) | 3 | C
BS205 | Zoology | 3 | B
BS206 | Microbiology | 3 | B
BS210 | Microbiology Laboratory | 1 | B
BS211 | Biostatistics | 2 | M
## 3 S1
BS212 | Biochemistry (2) | 3 | C
BS301 | Molecular Biology | 3 | B
BS302 | Cell Biology | 3 | B
BS303 | Ecology | 3 | ?B
BS307 | Molecular Biology Laboratory | 2 | B
BS308 | Scientific English | 2 | O
## 3 S2
BS304 | Animal Physiology | 3 | B
BS309 | Plant Physiology | 3 | B
BS305 | Immunology | 3 | B
BS310 | Developmental Biology | 3 | B
BS311 | Bioinformatics | 2 | ?O
BS306 | Seminar (1) | 1 | O
## 4 S1
BS401 | Special Topics in Biology | 2 | O
BS402 | Undergraduate Research (1) | 3 | O
BS404 | Virology | 3 | ?B
BS405 | Marine Biology | 3 | B
BS406 | Seminar (2) | 1 | O
## 4 S2
BS403 | Evolution | 2 | ?B
BS407 | Undergraduate Research (2) | 3 | O
BS408 | Neurobiology | 3 | B
BS409 | Biotechnology and Society | 2 | O
"""

TW_NUR = """
## 1 S1
""" + GE + """
NS101 | Anatomy | 3 | B
NS105 | General Chemistry | 2 | C
NS106 | Psychology | 2 | O
NS102 | Introduction to Nursing | 2 | O
## 1 S2
""" + GE2 + """
NS103 | Physiology | 3 | B
NS107 | Microbiology and Immunology | 3 | B
NS108 | Biochemistry | 2 | C
NS104 | Fundamentals of Nursing | 3 | O
## 2 S1
NS201 | Pharmacology | 3 | O
NS202 | Medical-Surgical Nursing (1) | 4 | O
NS205 | Pathology | 3 | ?B
NS206 | Health Assessment | 3 | O
## 2 S2
NS203 | Medical-Surgical Nursing (2) | 4 | O
NS204 | Community Health Nursing | 3 | O
NS207 | Nursing Ethics and Law | 2 | O
NS208 | Fundamentals of Nursing Practicum | 3 | O
## 3 S1
NS301 | Pediatric Nursing | 3 | O
NS302 | Maternity Nursing | 3 | O
NS305 | Medical-Surgical Nursing Practicum | 4 | O
NS306 | Biostatistics | 2 | M
## 3 S2
NS303 | Psychiatric Nursing | 3 | O
NS304 | Nursing Practicum (1) | 4 | O
NS307 | Nursing Research | 2 | O
## 4 S1
NS401 | Nursing Practicum (2) | 6 | O
NS403 | Nursing Administration | 2 | O
NS404 | Long-term Care Nursing | 2 | O
## 4 S2
NS402 | Nursing Practicum (3) | 6 | O
NS405 | Integrated Nursing Practicum | 4 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "TW", title, "bachelor", 4, field, "semester", parse(table), 9, 6,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="TW", name="Taiwan",
    given={"F": ["Yu-Ting", "Yi-Chen", "Hsin-Yi", "Pei-Shan", "Ya-Wen", "Shu-Fen", "Chia-Hui", "Wan-Ling",
                 "I-Hsuan", "Hui-Ju"],
           "M": ["Chih-Wei", "Chun-Hung", "Yu-Hsiang", "Po-Han", "Chien-Hung", "Kuan-Ting", "Wei-Lun", "Cheng-Yu",
                 "Tsung-Han", "Yen-Ting"]},
    surnames=["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng",
              "Hsieh", "Kuo", "Lai", "Chou"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Taoyuan Ching-Hsin Medical University", "Taoyuan City", "Taoyuan", "TW",
                    "No. 259, Wenhua 1st Rd., Guishan Dist.", ("tw_mlsb", "tw_bio", "tw_nur"),
                    extra={"zh": 8}),
        Institution("Kaohsiung Lianhua Medical University", "Kaohsiung City", "Kaohsiung", "TW",
                    "No. 100, Shiquan 1st Rd., Sanmin Dist.", ("tw_mlsb", "tw_nur"), extra={"zh": 8}),
        Institution("National Pingtung Hengyang University", "Pingtung City", "Pingtung County", "TW",
                    "No. 1, Shuefu Rd., Neipu Township", ("tw_mlsb", "tw_bio"), extra={"zh": 8}),
    ],
    employers=[
        Employer("Taoyuan Ching-Hsin Memorial Hospital", "Taoyuan City", "Taoyuan", "TW",
                 "No. 5, Fuxing St., Guishan Dist.", "+886-3-555-0142", "hr@chinghsin-mh.example"),
        Employer("Kaohsiung Lianhua General Hospital", "Kaohsiung City", "Kaohsiung", "TW",
                 "No. 123, Dapi Rd., Niaosong Dist.", "+886-7-555-0178", "personnel@lianhua-gh.example"),
        Employer("Formosa Precision Medical Laboratory Co., Ltd.", "Taipei City", "Taipei", "TW",
                 "10F, No. 88, Sec. 2, Zhongshan N. Rd., Zhongshan Dist.", "+886-2-555-0193",
                 "service@formosa-pml.example", "lab"),
        Employer("Pingtung Hengchun Christian Hospital", "Pingtung City", "Pingtung County", "TW",
                 "No. 60, Dalian Rd.", "+886-8-555-0121", "hr@hengchun-ch.example"),
    ],
    signers=["Dr. Huang Ming-Te", "Chen Mei-Ling", "Dr. Lo Kuo-Hua", "Wu Shu-Chen"],
    curricula=[_cur("tw_mlsb", "Bachelor of Science in Medical Laboratory Science and Biotechnology",
                    "medical_laboratory_science", TW_MLSB, True),
               _cur("tw_bio", "Bachelor of Science in Biological Science and Technology", "biology", TW_BIO),
               _cur("tw_nur", "Bachelor of Science in Nursing", "nursing", TW_NUR)],
    mls_curriculum="tw_mlsb", science_curricula=["tw_bio"], nonqualifying_curricula=["tw_nur"],
    positions_mls=["Medical Technologist", "Medical Laboratory Scientist"],
    positions_science=["Research Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{'B' if rng.random() < 0.5 else 'A'}{sy - 1911}{rng.randint(10, 99)}{rng.randint(100, 999)}",
)
K.register(PACK)
add_department_phrases("TW", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry", "Biochemistry"],
    "hematology": ["Hematology"], "microbiology": ["Microbiology"],
    "immunology": ["Serology and Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Specimen Collection"],
    "other": ["Anatomical Pathology"]})

DEPT = {"tw_mlsb": "Department of Medical Laboratory Science and Biotechnology",
        "tw_bio": "Department of Biological Science and Technology", "tw_nur": "Department of Nursing"}


def score_of(r):
    return max(60, min(98, r.score + 8 + (k_of(r) % 7) - 3))


def k_of(r):
    return sum(ord(ch) for ch in r.code) * 7 + r.score


def roc(y):
    return y - 1911


ELECTIVE = {"GE11", "GE12", "GE13", "GE21", "GE22", "MT206", "MT214", "MT308", "MT316", "MT406", "BS303", "BS401",
            "BS403", "BS405", "BS408", "BS409", "BS311", "NS404"}


def elective(r):
    return "E" if r.code in ELECTIVE else "R"


def tw_two_column_grid(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 30, A4[0] - 30
    mid = (L + R) / 2
    name = f"{person.surname.upper()}, {person.given.upper()}"
    colw = mid - L - 4
    cls = 40 + k(s, "tw-class") % 20

    def cols(x0):
        return [x0, x0 + colw - 76, x0 + colw - 52, x0 + colw - 28, x0 + colw]

    def new_page(n):
        p = Page(A4)
        cjk_block(p, p.w / 2, 40, inst.extra["zh"], 13, k(s, "tw-zh-inst"), bold=True)
        p.text(p.w / 2, 58, inst.name.upper(), FB, 12.5, "center")
        cjk_block(p, p.w / 2 - 92, 80, 5, 12, 7, bold=True)
        p.text(p.w / 2 + 18, 80, "/ ACADEMIC TRANSCRIPT", FB, 12, "center")
        y = 100
        if n == 1:
            p.pieces(y, [(L, f"Name: {name}", "left"), (mid + 10, f"Student No.: {s.student_no}", "left")], F, 8.5); y += 11
            p.pieces(y, [(L, f"Date of Birth: {D.long_mdy(s.dob)}", "left"), (mid + 10, f"Sex: {'Female' if person.sex == 'F' else 'Male'}", "left")], F, 8.5); y += 11
            p.pieces(y, [(L, f"Department: {DEPT.get(cur.id, cur.title)}", "left")], F, 8.5); y += 11
            p.pieces(y, [(L, f"Date of Admission: {s.admitted.strftime('%b.')} {s.admitted.year}", "left"),
                         (mid + 10, f"Date of Graduation: {D.long_mdy(s.conferred)}", "left")], F, 8.5); y += 8
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (mid + 10, f"Student No.: {s.student_no}", "left")], F, 8.5); y += 8
        p.hline(L, R, y, 1.0)
        return p, y + 14

    fl = Flow(new_page, 70)
    out = []
    total = 0
    allpts = allcr = 0
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    for yr, terms in sorted(years.items()):
        sy = terms[0].start_year
        band = f"Academic Year {roc(sy)} ({sy}-{sy + 1})"
        blocks = []
        for t in terms:
            rows = []
            for r in t.results:
                lines = wrap(r.spec.title, F, 7.3, colw - 80)
                rows.append((r, lines, score_of(r)))
            blocks.append((t, rows))
        h = 40 + max(sum(9 * len(x[1]) + 1 for x in rows) for _, rows in blocks) + 30
        fl.need(h)
        p, y = fl.page, fl.y
        p.rect(L, y - 9, R - L, 12, 0, 0, fill=0.85)
        p.text(p.w / 2, y, band, FB, 8.5, "center")
        y += 13
        top = y - 9
        ys = []
        yr_cr = yr_pts = 0
        for bi, (t, rows) in enumerate(blocks):
            x0 = L if bi == 0 else mid + 4
            cx = cols(x0)
            sem = "1st Semester" if t.key == "S1" else "2nd Semester"
            label = f"{band} {sem}"
            p.text((cx[0] + cx[-1]) / 2, y, sem, FB, 8, "center")
            p.pieces(y + 11, [(cx[0] + 2, "Course", "left"), ((cx[1] + cx[2]) / 2, "R/E", "center"),
                              ((cx[2] + cx[3]) / 2, "Cr.", "center"), ((cx[3] + cx[4]) / 2, "Score", "center")], FB, 7.5)
            p.hline(cx[0], cx[-1], y + 14, 0.5)
            yy = y + 24
            cr = pts = 0
            for r, lines, sc in rows:
                c = int(r.spec.credits)
                p.pieces(yy, [(cx[0] + 2, lines[0], "left"), ((cx[1] + cx[2]) / 2, elective(r), "center"),
                              ((cx[2] + cx[3]) / 2, str(c), "center"), ((cx[3] + cx[4]) / 2, str(sc), "center")], F, 7.3)
                for ln in lines[1:]:
                    yy += 8.5
                    p.text(cx[0] + 8, yy, ln, F, 7.3)
                yy += 9.5
                out.append(course_truth(r, label, c, str(sc), "semester", title=" ".join(lines), code=None,
                                        required=elective(r) == "R"))
                cr += c
                pts += c * sc
            ys.append((yy, cx, cr, pts))
            yr_cr += cr
            yr_pts += pts
        ybot = max(y for y, *_ in ys)
        for yy, cx, cr, pts in ys:
            p.hline(cx[0], cx[-1], ybot - 6, 0.4)
            p.spaced(cx[0] + 2, ybot + 4, [f"Credits {cr}", f"Average {pts / cr:.2f}",
                                           f"Conduct {80 + k(s, str(cx[0]) + str(yr)) % 10}"], F, 7.3, 12)
        ys_ = ybot + 4
        p.rect(L, top, R - L, ys_ + 5 - top, 0.6)
        p.vline(mid, top, ys_ + 5, 0.6)
        rank = 1 + (k(s, f"rank{yr}") % max(1, int(cls * (1.05 - min(0.98, (yr_pts / yr_cr - 60) / 38)))))
        fl.y = ys_ + 17
        fl.page.spaced(L + 2, fl.y, [f"Academic Year {roc(sy)}:", f"Credits earned {yr_cr}",
                                     f"Average {yr_pts / yr_cr:.2f}", f"Rank {min(rank, cls)}/{cls}"], FB, 8, 14)
        fl.y += 20
        total += yr_cr
        allpts += yr_pts
        allcr += yr_cr
    fl.need(110)
    p, y = fl.page, fl.y
    p.spaced(L, y, [f"Total credits: {total}", f"Graduation average: {allpts / allcr:.2f}"], FB, 9.5, 24); y += 13
    p.text(L, y, f"Degree conferred: {cur.title}, {D.long_mdy(s.conferred)} "
           f"(ROC {roc(s.conferred.year)}/{s.conferred.month:02d}/{s.conferred.day:02d})", F, 8.5); y += 12
    p.text(L, y, "R: Required (compulsory) course; E: Elective course. Passing score: 60. Physical Education and "
           "All-out Defense Education carry no credit.", F, 7); y += 10
    p.text(L, y, "Average = sum of (credits x score) / credits. This transcript is not valid without the seal of "
           "the Office of Academic Affairs.", F, 7)
    yb = p.h - 60
    p.text(R - 100, yb, "Registrar, Office of Academic Affairs", FB, 8.5, "center")
    p.signature(R - 160, yb - 12, 110, rng)
    from .r6_m_common import place_image, red_seal
    place_image(p, R - 40, yb - 30, 52, 52, red_seal(rng, 52, square=True, star=False))
    p.text(L, yb, f"Date of issue: {D.long_mdy(s.conferred)}", F, 8.5)
    if len(fl.pages) > 1:
        for i, pg in enumerate(fl.pages, 1):
            pg.text(pg.w / 2, pg.h - 28, f"Page {i} of {len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "tw_two_column_grid", FAMILY, fl.pages, [name], out, "semester",
                        {"prints_totals": True, "total_credits": total})


TRANSCRIPT_LAYOUTS = {"tw_two_column_grid": (tw_two_column_grid, FAMILY, ("TW",))}
