"""Writer B, round 1: South Korea (KR). Country pack, curricula and the transcript design
`kr_three_block_transcript`: landscape page, THREE term blocks side by side per row of blocks,
tiny font; each block "2017 1st Semester" / "2017 Summer Session" with columns
Classification | Course No. | Course Title | Credit | Grade (Major Req., Major Elec., Gen. Req.,
Gen. Elec.), grades A+ .. D0 on a 4.5 scale and P for pass/fail courses, "Credits 18  GPA 3.92"
under each block, "Total Credits Earned: 140   GPA: 3.87/4.5" at the end. Korean dates
YYYY.MM.DD. No licence claims are printed.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult, course_truth
from ..names import SIGNERS, Employer, Institution
from ..pagekit import LANDSCAPE_A4, LANDSCAPE_LETTER, Flow, Page, fit_size
from . import r1_b_common as B

CLASS = {}
CLASS_NAME = {"GR": "Gen. Req.", "GE": "Gen. Elec.", "MR": "Major Req.", "ME": "Major Elec."}


def _parse_kr(text):
    """'code | title | credits | cat | class [| areas]' -> courses._parse text."""
    out = []
    for raw in text.strip().splitlines():
        ln = raw.strip()
        if ln.startswith("##") or not ln:
            out.append(ln)
            continue
        parts = [q.strip() for q in ln.split("|")]
        CLASS[(parts[0], parts[1])] = CLASS_NAME[parts[4]]
        out.append(" | ".join(parts[:4] + parts[5:]))
    return C._parse("\n".join(out))


KR_BLS = """
## 1 S1
GEN1001 | College English I | 2 | O | GR
GEN1011 | Academic Writing | 2 | O | GR
CHE1001 | General Chemistry I | 3 | C | GR
BIO1001 | General Biology I | 3 | B | GR
MTH1001 | Calculus | 3 | M | GE
BLS1001 | Introduction to Biomedical Laboratory Science | 2 | O | MR
GEN1031 | Volunteer Service | 1 | O | GE
## 1 S2
GEN1002 | College English II | 2 | O | GR
CHE1002 | General Chemistry II | 3 | C | GR
BIO1002 | General Biology II | 3 | B | GR
PHY1002 | General Physics | 3 | O | GE
BLS1002 | Medical Terminology | 2 | O | MR
GEN1042 | Understanding Korean Culture | 2 | O | GE
## 1 WI
GEN1052 | Computer Literacy | 2 | O | GE
## 2 S1
BLS2001 | Human Anatomy | 3 | B | MR
BLS2011 | Human Physiology | 3 | B | MR
BLS2021 | Biochemistry I | 3 | C | MR
BLS2031 | Microbiology | 3 | B | MR
BLS2041 | Organic Chemistry | 3 | C | ME
GEN2001 | Statistics | 2 | M | GE
## 2 S2
BLS2002 | Biochemistry II | 3 | C | MR
BLS2012 | Immunology | 3 | ?B | MR
BLS2022 | Histology | 3 | B | MR
BLS2032 | Pathology | 3 | O | MR
BLS2042 | Medical Parasitology | 2 | P | ME
BLS2052 | Cell Biology | 3 | B | ME
## 2 SU
GEN2012 | Introduction to Psychology | 3 | O | GE
## 3 S1
BLS3001 | Clinical Chemistry I | 3 | P | MR
BLS3011 | Hematology I | 3 | P | MR
BLS3021 | Clinical Microbiology I | 3 | ?P | MR
BLS3031 | Blood Banking | 3 | P | MR
BLS3041 | Histopathology Techniques | 3 | P | MR
BLS3051 | Laboratory Instrumentation | 2 | O | ME
## 3 S2
BLS3002 | Clinical Chemistry II | 3 | P | MR
BLS3012 | Hematology II | 3 | P | MR
BLS3022 | Clinical Microbiology II | 3 | ?P | MR
BLS3032 | Clinical Immunology and Serology | 3 | ?B | MR
BLS3042 | Cytopathology | 3 | ?P | ME
BLS3052 | Urinalysis and Body Fluids | 2 | P | MR
## 3 WI
BLS3062 | Laboratory Safety | 1 | O | ME
GEN3072 | Career Development | 1 | O | GE
## 4 S1
BLS4001 | Molecular Diagnostics | 3 | ?B | MR
BLS4011 | Clinical Laboratory Practicum I | 4 | P | MR | chemistry,hematology,urinalysis
BLS4021 | Laboratory Management and Quality Control | 2 | P | ME
BLS4031 | Medical Laws and Ethics | 2 | O | ME
BLS4041 | Diagnostic Virology | 2 | ?P | ME
## 4 S2
BLS4002 | Clinical Laboratory Practicum II | 4 | P | MR | microbiology,blood_bank,immunology
BLS4012 | Comprehensive Laboratory Science Review | 3 | O | ME
BLS4022 | Capstone Design | 2 | O | ME
BLS4032 | Cytogenetics | 2 | ?B | ME
"""

KR_BIO = """
## 1 S1
GEN1001 | College English I | 2 | O | GR
CHE1001 | General Chemistry I | 3 | C | GR
BIO1001 | General Biology I | 3 | B | GR
MTH1001 | Calculus | 3 | M | GR
GEN1031 | Volunteer Service | 1 | O | GE
## 1 S2
GEN1002 | College English II | 2 | O | GR
CHE1002 | General Chemistry II | 3 | C | GR
BIO1002 | General Biology II | 3 | B | GR
PHY1002 | General Physics | 3 | O | GE
## 2 S1
LSC2001 | Genetics | 3 | B | MR
LSC2011 | Cell Biology | 3 | B | MR
LSC2021 | Organic Chemistry | 3 | C | ME
LSC2031 | Biostatistics | 3 | M | ME
## 2 S2
LSC2002 | Biochemistry | 3 | C | MR
LSC2012 | Microbiology | 3 | B | MR
LSC2022 | Animal Physiology | 3 | B | ME
## 2 SU
GEN2012 | Introduction to Philosophy | 3 | O | GE
## 3 S1
LSC3001 | Molecular Biology | 3 | B | MR
LSC3011 | Immunology | 3 | ?B | MR
LSC3021 | Developmental Biology | 3 | B | ME
## 3 S2
LSC3002 | Virology | 3 | ?B | ME
LSC3012 | Plant Physiology | 3 | B | ME
LSC3022 | Ecology | 3 | ?B | ME
## 4 S1
LSC4001 | Bioinformatics | 3 | ?B | ME
LSC4011 | Neurobiology | 3 | ?B | ME
## 4 S2
LSC4002 | Senior Research | 3 | O | MR
LSC4012 | Evolutionary Biology | 3 | B | ME
"""

KR_NURS = """
## 1 S1
GEN1001 | College English I | 2 | O | GR
NUR1001 | Introduction to Nursing | 2 | O | MR
BIO1001 | General Biology I | 3 | B | GR
## 1 S2
NUR1002 | Human Anatomy | 3 | B | MR
NUR1012 | Human Physiology | 3 | B | MR
## 2 S1
NUR2001 | Fundamentals of Nursing | 4 | O | MR
NUR2011 | Pharmacology | 3 | O | MR
## 2 S2
NUR2002 | Health Assessment | 3 | O | MR
NUR2012 | Microbiology for Nurses | 2 | B | MR
## 3 S1
NUR3001 | Adult Nursing I | 4 | O | MR
NUR3011 | Maternal Nursing | 3 | O | MR
## 3 S2
NUR3002 | Adult Nursing II | 4 | O | MR
NUR3012 | Pediatric Nursing | 3 | O | MR
## 4 S1
NUR4001 | Community Health Nursing | 3 | O | MR
NUR4011 | Nursing Practicum I | 4 | O | MR
## 4 S2
NUR4002 | Nursing Management | 3 | O | MR
NUR4012 | Nursing Practicum II | 4 | O | MR
"""

CURRICULA = [
    C.Curriculum("kr_bs_bls", "KR", "Bachelor of Science in Biomedical Laboratory Science",
                 "bachelor", 4, "medical_laboratory_science", "semester", _parse_kr(KR_BLS), 3, 2,
                 clinical_training=True),
    C.Curriculum("kr_bs_life", "KR", "Bachelor of Science in Life Science", "bachelor", 4,
                 "biology", "semester", _parse_kr(KR_BIO), 3, 2),
    C.Curriculum("kr_bsn", "KR", "Bachelor of Science in Nursing", "bachelor", 4, "nursing",
                 "semester", _parse_kr(KR_NURS), 3, 2),
]
DEPT = {"kr_bs_bls": ("College of Health Science", "Department of Biomedical Laboratory Science"),
        "kr_bs_life": ("College of Natural Sciences", "Department of Life Science"),
        "kr_bsn": ("College of Nursing", "Department of Nursing")}

INSTITUTIONS = [
    Institution("Hanbit Health University", "Daejeon", "Daejeon", "KR",
                "77 Dunsan-ro, Seo-gu", ("kr_bs_bls", "kr_bsn"), extra={"zero": True}),
    Institution("Gyeongnam Seaside University", "Changwon", "Gyeongsangnam-do", "KR",
                "310 Haean-daero, Uichang-gu", ("kr_bs_bls", "kr_bs_life", "kr_bsn"),
                extra={"zero": False}),
    Institution("Seorabeol National University", "Gyeongju", "Gyeongsangbuk-do", "KR",
                "123 Hwarang-ro", ("kr_bs_bls", "kr_bs_life"), extra={"zero": True}),
]

EMPLOYERS = [
    Employer("Dongbaek University Hospital", "Busan", "Busan", "KR",
             "45 Gudeok-ro, Seo-gu", "+82 51 700 0142", "hr@dongbaek-uh.example"),
    Employer("Hangang Medical Foundation Laboratories", "Seoul", "Seoul", "KR",
             "128 Yeouido-daero, Yeongdeungpo-gu", "+82 2 700 0187", "recruit@hangang-lab.example", "lab"),
    Employer("Daejeon Saeum General Hospital", "Daejeon", "Daejeon", "KR",
             "20 Gyeryong-ro, Jung-gu", "+82 42 700 0133", "personnel@saeum-gh.example"),
]

KR_PHRASES = {
    "blood_bank": ["Blood Bank", "Transfusion Medicine"], "chemistry": ["Clinical Chemistry", "Chemistry"],
    "hematology": ["Hematology", "Diagnostic Hematology"], "microbiology": ["Microbiology"],
    "immunology": ["Immunology", "Serology"], "urinalysis": ["Urinalysis", "Clinical Microscopy"],
    "molecular": ["Molecular Genetics", "Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"],
    "other": ["Surgical Pathology", "Cytopathology"]}


def _student_no(rng, start_year, inst):
    return f"{start_year}{rng.randint(100000, 999999)}"


PACK = K.CountryPack(
    code="KR", name="South Korea",
    given={"F": ["Ji-won", "Seo-yeon", "Min-ji", "Ha-eun", "Su-bin", "Ye-jin", "Da-eun", "Yu-na"],
           "M": ["Min-jun", "Ji-hoon", "Hyun-woo", "Seung-min", "Dong-hyun", "Jae-won", "Sung-ho"]},
    surnames=["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"],
    middle={"F": [], "M": []},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Hye-jin Park", "Sang-woo Lee", "Mi-kyung Choi", "Jong-ho Kang"],
    curricula=CURRICULA, mls_curriculum="kr_bs_bls", science_curricula=["kr_bs_life"],
    nonqualifying_curricula=["kr_bsn"],
    positions_mls=["Medical Technologist", "Clinical Laboratory Technologist"],
    positions_science=["Research Technician", "Laboratory Technician"],
    code_style="keep", student_no=_student_no, honours=[])
K.register(PACK)
B.add_department_phrases("KR", KR_PHRASES)

PASS_FAIL = ("Volunteer Service", "Career Development")


def kr_grade(r, zero):
    """(printed grade, grade point x10 or None for P)."""
    if r.spec.title in PASS_FAIL:
        return "P", None
    letter, gp = B.band(B.KR_BANDS, min(99, B.pct(r) + 8))
    if not zero:
        letter = letter.replace("0", "")
    return letter, int(round(gp * 10))


def kr_term_label(t):
    return {"S1": f"{t.start_year} 1st Semester", "S2": f"{t.start_year} 2nd Semester",
            "SU": f"{t.start_year} Summer Session", "WI": f"{t.start_year} Winter Session"}[t.key]


def kr_date(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def kr_name(person, form):
    g = person.given
    return {"caps": f"{person.surname} {g}".upper(), "comma": f"{person.surname}, {g}",
            "joined": f"{person.surname} {g.replace('-', '')}".upper()}[form]


def kr_totals(s):
    zero = s.institution.extra.get("zero", True)
    h = gh = p = 0
    for t in s.terms:
        for r in t.results:
            _, gp = kr_grade(r, zero)
            h += int(r.spec.credits)
            if gp is not None:
                gh += int(r.spec.credits); p += int(r.spec.credits) * gp
    return h, gh, p


def kr_three_block_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    zero = inst.extra.get("zero", True)
    size = rng.choice([LANDSCAPE_A4, LANDSCAPE_LETTER])
    F, FB = "Helvetica", "Helvetica-Bold"
    name = kr_name(person, rng.choice(["caps", "comma", "joined"]))
    college, dept = DEPT[cur.id]
    M, gap = 24, 8
    bw = (size[0] - 2 * M - 2 * gap) / 3
    fs = rng.choice([6, 6.5])
    lh = fs + 2.4
    deg_no = f"{s.conferred.year}-{rng.randint(100, 3999):04d}"
    issue_no = f"Issue No. {rng.randint(10000, 99999)}"

    def cols(x):
        return [(x + 2, "left", 39), (x + 44, "left", 34), (x + 80, "left", bw - 80 - 38),
                (x + bw - 27, "center", 15), (x + bw - 9, "center", 15)]

    def new_page(n):
        p = Page(size)
        y = 30
        p.logo(M + 14, 40, 12, 2)
        p.pieces(y, [(M + 34, inst.name.upper(), "left", FB, 12),
                     (p.w - M, "TRANSCRIPT OF ACADEMIC RECORD", "right", FB, 11)]); y += 11
        p.pieces(y, [(M + 34, f"{inst.street}, {inst.city}, Republic of Korea", "left", F, 7),
                     (p.w - M, issue_no, "right", F, 7)]); y += 9
        p.hline(M, p.w - M, y, 0.8); y += 10
        if n == 1:
            rows = [(f"Name: {name}", f"Student No.: {s.student_no}", f"Date of Birth: {kr_date(s.dob)}"),
                    (f"College: {college}", f"Department: {dept}", f"Date of Entrance: {kr_date(s.admitted)}"),
                    (f"Degree: {cur.title}", f"Degree No.: {deg_no}", f"Date of Graduation: {kr_date(s.conferred)}")]
            for a, b_, c_ in rows:
                p.pieces(y, [(M, a, "left"), (M + bw + gap, b_, "left"), (M + 2 * (bw + gap), c_, "left")], F, 7.5)
                y += 9.5
        else:
            p.spaced(M, y, [f"Name: {name}", f"Student No.: {s.student_no}"], F, 7.5, 30); y += 9.5
        p.hline(M, p.w - M, y - 5, 0.4)
        return p, y + 8

    fl = Flow(new_page, 40)
    out = []
    terms = list(s.terms)
    rows3 = [terms[i:i + 3] for i in range(0, len(terms), 3)]
    for trio in rows3:
        nrow = max(len(t.results) for t in trio)
        h = 10 + lh + nrow * lh + 4 + lh + 10
        fl.need(h)
        y0 = fl.y
        p = fl.page
        for ci, t in enumerate(trio):
            x = M + ci * (bw + gap)
            label = kr_term_label(t)
            p.rect(x, y0 - 8, bw, h - 8, 0.5)
            p.rect(x, y0 - 8, bw, 10.5, 0, 0.8, fill=0.88)
            p.text(x + bw / 2, y0, label, FB, 7, "center")
            y = y0 + lh + 2
            c = cols(x)
            hdr = ["Classification", "Course No.", "Course Title", "Credit", "Grade"]
            p.pieces(y, [(cx, v, al, FB, fit_size(v, FB, fs, w, 3.5)) for (cx, al, w), v in zip(c, hdr)], F, fs)
            p.hline(x, x + bw, y + 2, 0.3)
            y += lh
            cr_t = gh = pt = 0
            for r in t.results:
                g, gp = kr_grade(r, zero)
                cr = int(r.spec.credits)
                vals = [CLASS[(r.spec.code, r.spec.title)], r.code, r.spec.title, str(cr), g]
                p.pieces(y, [(cx, v, al, F, fit_size(v, F, fs, w, 4.2)) for (cx, al, w), v in zip(c, vals)], F, fs)
                out.append(course_truth(r, label, cr, g, "semester",
                                        classification=vals[0],
                                        grade_point=(gp / 10 if gp is not None else None)))
                cr_t += cr
                if gp is not None:
                    gh += cr; pt += cr * gp
                y += lh
            yb = y0 - 8 + h - 8 - 4
            p.hline(x, x + bw, yb - lh + 1, 0.3)
            p.spaced(x + 4, yb - 1.5, [f"Credits {cr_t}", f"GPA {B.gpa_str(pt * 10, gh) if gh else '-'}"], FB, fs, 18)
        fl.y = y0 + h
    tot, gh, pts = kr_totals(s)
    fl.need(70)
    p = fl.page
    y = fl.y + 4
    p.spaced(M, y, [f"Total Credits Earned: {tot}", f"GPA: {B.gpa_str(pts * 10, gh)}/4.5"], FB, 9, 40)
    y += 12
    p.text(M, y, "Grade points: A+ 4.5, A" + ("0" if zero else "") + " 4.0, B+ 3.5, B" + ("0" if zero else "")
           + " 3.0, C+ 2.5, C" + ("0" if zero else "") + " 2.0, D+ 1.5, D" + ("0" if zero else "")
           + " 1.0, F 0. P = Pass (credits earned, not included in the GPA).", F, 6.5)
    y += 9
    p.text(M, y, "This is to certify that the above is a true record of the academic achievement of the student.", F, 7)
    yb = p.h - 34
    sg = rng.choice(SIGNERS["KR"])
    p.seal(p.w - M - 40, yb - 16, 20)
    p.text(p.w - M - 80, yb, f"{sg}, Dean of Academic Affairs", FB, 8, "right")
    p.text(M, yb, f"Date of Issue: {kr_date(B_issue(s))}", F, 7)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 14, f"Page {i} of {len(fl.pages)}", F, 6.5, "center")
    return LayoutResult("transcript", "kr_three_block_transcript", "blind_r1", fl.pages, [name], out,
                        "semester", {"conferred_printed": kr_date(s.conferred)})


def B_issue(s):
    from .. import dates as D
    return D.add_months(s.conferred, 1)


TRANSCRIPT_LAYOUTS = {"kr_three_block_transcript": (kr_three_block_transcript, "blind_r1", ("KR",))}
