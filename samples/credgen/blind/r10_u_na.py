"""Writer U, round 10: Namibia (NA). Country pack (Bachelor of Biomedical Sciences (Honours) in Medical
Laboratory Science of an invented university, 4 years at NQF levels 5-8, congregation in April after
completion in December; Bachelor of Science in Biology; Bachelor of Nursing Science) and the "ACADEMIC
RECORD": modules in REVERSE chronological order (the latest year's block first), columns `Year |
Module Code | Module Description | NQF Level | Credits | Mark % | Result` with NQF credits (8, 16,
32), Result "P", "PD" (pass with distinction, 75+), "F", "EX" (exemption, no mark); a failed module
passed the next year; "Credits obtained this year: 128" after each year; a boxed summary "Total
credits: 512  Qualification completed: 2018-12-05"; a large faint crest behind the table; "This record
is issued without alteration or erasure" and the Registrar's signature.

Truth: every printed row (the failed attempt with passed False); NQF credits are 10 notional hours,
120 a full-time year like UK credits: system "uk" (x 1/4, criteria.md)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r10_u_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, k, parse, sign_block,
                           star_seal, watermark_crest)

NA_MLS = """
## 1 Y
CHE511S | General Chemistry | 16 | C
CHE512S | Organic Chemistry for Health Sciences | 16 | C
BIO511S | Cell Biology and Genetics | 16 | B
HAP511S | Human Anatomy and Physiology IA | 16 | B
HAP512S | Human Anatomy and Physiology IB | 16 | B
PHY511S | Physics for Health Sciences | 16 | O
MAT511S | Basic Mathematics and Statistics | 16 | M
CEP511S | English for Academic Purposes | 8 | O
CIT511S | Computer User Skills | 8 | O
## 2 Y
BCH611S | Biochemistry for Health Sciences | 16 | C
MIC611S | Introductory Microbiology | 16 | B
HEM611S | Haematology I | 16 | P
CCH611S | Clinical Chemistry I | 16 | P
IMM611S | Immunology | 16 | ?P
HIS611S | Histology and Histotechniques | 16 | P
PAT611S | General Pathology | 16 | B
PAR611S | Medical Parasitology | 8 | P
PHE611S | Professional Ethics and Health Law | 8 | O
## 3 Y
HEM711S | Haematology II | 16 | P
CCH711S | Clinical Chemistry II | 16 | P
MIC711S | Medical Microbiology | 16 | P
TRA711S | Transfusion Science | 16 | P
CYT711S | Diagnostic Cytology | 16 | P
MOL711S | Molecular Biology | 16 | ?P
RES711S | Research Methodology | 8 | O
QLM711S | Laboratory Quality Management | 8 | P
WIL711S | Work Integrated Learning I | 16 | P | chemistry,hematology
## 4 Y
WIL811S | Work Integrated Learning II (Clinical Laboratory Practice) | 32 | P | chemistry,hematology,microbiology,blood_bank
RPR811S | Research Project | 32 | O
ADH811S | Advanced Haematology and Haemostasis | 16 | P
ADC811S | Advanced Clinical Chemistry | 16 | P
ADM811S | Advanced Diagnostic Microbiology | 16 | P
LMG811S | Laboratory Management | 8 | P
"""

NA_BIO = """
## 1 Y
BIO511S | Introduction to Biology | 16 | B
CHE511S | General Chemistry | 16 | C
MAT511S | Mathematics for Natural Sciences | 16 | M
PHY511S | General Physics | 16 | O
CEP511S | English for Academic Purposes | 16 | O
## 2 Y
BOT611S | Plant Diversity | 16 | B
ZOO611S | Animal Diversity | 16 | B
GEN611S | Genetics | 16 | B
MIC611S | Microbiology | 16 | B
BCH611S | Biochemistry | 16 | C
## 3 Y
ECO711S | Ecology of Arid Lands | 16 | B
PHS711S | Animal Physiology | 16 | B
MOL711S | Molecular Biology | 16 | B
STA711S | Biostatistics | 16 | M
## 4 Y
RPR811S | Research Project | 32 | O
CON811S | Conservation Biology | 16 | B
IMM811S | Immunology | 16 | ?B
"""

NA_NUR = """
## 1 Y
NFN511S | Fundamentals of Nursing | 32 | O
HAP511S | Anatomy and Physiology | 32 | B
## 2 Y
NMS611S | Medical-Surgical Nursing | 64 | O
## 3 Y
NMW711S | Midwifery Science | 64 | O
## 4 Y
NCH811S | Community Health Nursing | 64 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "NA", title, "bachelor", 4, field, "uk", parse(table), 2, 4, clinical_training=clin)


NA_INST = [
    Institution("Erongo University of Health and Science", "Swakopmund", "Erongo", "NA", "Private Bag 5021, Tobias Hainyeko Street",
                ("na_mls", "na_nur"), "university"),
    Institution("Omusati University", "Outapi", "Omusati", "NA", "Private Bag 2211, Main Road", ("na_mls", "na_nur"),
                "university"),
    Institution("Namib Central University", "Windhoek", "Khomas", "NA", "Private Bag 13388, Mandume Ndemufayo Avenue",
                ("na_bio",), "university"),
]

PACK = K.CountryPack(
    code="NA", name="Namibia",
    given={"F": ["Ndapewa", "Selma", "Hilma", "Ndeshipanda", "Martha", "Tuyakula", "Loide", "Saara", "Anna-Marie"],
           "M": ["Tangeni", "Johannes", "Petrus", "Simeon", "Ndapanda", "Gerson", "Frans", "Uaripi", "Hendrik"]},
    surnames=["Shikongo", "Amutenya", "Nghipondoka", "Haufiku", "Iipinge", "Kandjii", "Tjiueza", "Van Wyk", "Nangolo",
              "Shilongo", "Gaseb", "Hamutenya"],
    middle={"F": ["Ndahafa", "Magano", "Ndinelao", "Josephine"], "M": ["Mwatile", "Kaarina", "Ndeutala", "Tuhafeni"]},
    institutions=NA_INST,
    employers=[
        Employer("Welwitschia Pathology Services (Pty) Ltd", "Windhoek", "Khomas", "NA", "14 Feld Street",
                 "+264 61 000 4410", "hr@welwitschia-path.example", "lab"),
        Employer("Kalahari Diagnostic Laboratories (Pty) Ltd", "Keetmanshoop", "//Kharas", "NA", "9 Mittel Street",
                 "+264 63 000 2210", "admin@kalahari-dx.example", "lab"),
        Employer("Onamutai Regional Hospital", "Oshakati", "Oshana", "NA", "Private Bag 5501", "+264 65 000 3101",
                 "personnel@onamutai-hosp.example"),
        Employer("Swakop Coastal Private Hospital", "Swakopmund", "Erongo", "NA", "22 Welwitschia Street",
                 "+264 64 000 7720", "hr@swakopcoastal.example"),
    ],
    signers=["Dr. Ndinelao Amutenya", "Mr. Hendrik van Wyk", "Ms. Selma Nangolo", "Dr. Petrus Iipinge"],
    curricula=[_cur("na_mls", "Bachelor of Biomedical Sciences (Honours) in Medical Laboratory Science",
                    "medical_laboratory_science", NA_MLS, True),
               _cur("na_bio", "Bachelor of Science in Biology", "biology", NA_BIO),
               _cur("na_nur", "Bachelor of Nursing Science", "nursing", NA_NUR)],
    mls_curriculum="na_mls", science_curricula=["na_bio"], nonqualifying_curricula=["na_nur"],
    positions_mls=["Medical Technologist", "Biomedical Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"2{sy % 100:02d}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("NA", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology"], "phlebotomy": ["Specimen Reception"], "other": ["Cytology"]})


def level(code):
    return int(code[3])


def na_years(s):
    """{year: [(r, mark or None, result, passed)]}, completion date, credits obtained per year."""
    by = {t.start_year: [] for t in s.terms}
    ex = k(s, "ex") % 3 == 0
    fail = (1 if k(s, "fl") % 2 else None)
    fail_j = k(s, "fj") % 4 + 1
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            m = max(50, min(92, r.score + 1 + k(s, f"m{i}.{j}") % 11 - 5))
            if ex and i == 0 and r.code == "CEP511S":
                by[t.start_year].append((r, None, "EX", True))
                continue
            if fail is not None and i == fail and j == fail_j and i + 1 < len(s.terms):
                by[t.start_year].append((r, 38 + k(s, "fm") % 11, "F", False))
                by[t.start_year + 1].append((r, max(50, min(74, m)), "P", True))
                continue
            by[t.start_year].append((r, m, "PD" if m >= 75 else "P", True))
    done = dt.date(s.conferred.year - 1, 12, 1 + k(s, "done") % 10)
    obt = {y: int(sum(r.spec.credits for r, _, _, ok in rows if ok)) for y, rows in by.items()}
    return by, done, obt


def na_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 38, W - 38
    nm = name_form(person, "surname_first_full")
    by, done, obt = na_years(s)
    xs = [L, L + 40, L + 100, L + 326, L + 370, L + 414, L + 462, R]
    heads = ["Year", "Module Code", "Module Description", "NQF Level", "Credits", "Mark %", "Result"]
    out = []

    def new_page(n):
        p = Page(A4)
        watermark_crest(p, W / 2, H / 2 + 10, 150, 0.9)
        star_seal(p, L + 22, 56, 22, 0.3, points=10)
        p.text(L + 54, 48, inst.name.upper(), FB, 12)
        p.text(L + 54, 61, f"{inst.street}, {inst.city}, Namibia", F, 8)
        p.text(L + 54, 72, f"Office of the Registrar — records@{inst.name.split()[0].lower()}-univ.example", F, 8)
        p.hline(L, R, 82, 1.2)
        y = 102
        if n == 1:
            p.text(W / 2, y, "ACADEMIC RECORD", FB, 14, "center")
            y += 22
            for a, v, b, w in (("Name:", nm, "Student Number:", s.student_no),
                               ("Date of Birth:", s.dob.strftime("%Y-%m-%d"), "Date of First Registration:",
                                s.admitted.strftime("%Y-%m-%d")),
                               ("Qualification:", cur.title, "", "")):
                p.pieces(y, [(L, a, "left", FB, 8.5), (L + 72, v, "left")], F, 8.5)
                if b:
                    p.pieces(y, [(W / 2 + 60, b, "left", FB, 8.5), (R, w, "right")], F, 8.5)
                y += 12
            y += 8
        else:
            p.pieces(y, [(L, f"Name: {nm}", "left"), (R, f"Student Number: {s.student_no}", "right")], F, 8.5)
            y += 16
        p.rect(L, y, R - L, 14, 0.6, 0, fill=0.88)
        p.pieces(y + 10, [((xs[c] + xs[c + 1]) / 2 if c != 2 else xs[2] + 4, h, "center" if c != 2 else "left")
                          for c, h in enumerate(heads)], FB, 7.5)
        return p, y + 18

    fl = Flow(new_page, 64)
    for yr in sorted(by, reverse=True):
        rows = by[yr]
        tls = [wrap(r.spec.title, F, 8, xs[3] - xs[2] - 6) for r, *_ in rows]
        fl.need(sum(10 * len(t) for t in tls) + 30)
        p, y = fl.page, fl.y
        for (r, m, res, ok), tl in zip(rows, tls):
            b = y + 8
            p.pieces(b, [((xs[0] + xs[1]) / 2, str(yr), "center"), (xs[1] + 4, r.code, "left"), (xs[2] + 4, tl[0], "left"),
                         ((xs[3] + xs[4]) / 2, str(level(r.code)), "center"),
                         ((xs[4] + xs[5]) / 2, str(int(r.spec.credits)), "center"),
                         ((xs[5] + xs[6]) / 2, str(m) if m is not None else "", "center"),
                         ((xs[6] + xs[7]) / 2, res, "center")], F, 8)
            for q, ln in enumerate(tl[1:], 1):
                p.text(xs[2] + 4, b + 10 * q, ln, F, 8)
            y += 10 * len(tl)
            extra = {} if ok else {"passed": False, "semester_hours": 0}
            out.append(course_truth(r, str(yr), r.spec.credits, res, "uk", title=" ".join(tl), mark=m,
                                    nqf_level=level(r.code), **extra))
        p.hline(xs[4] - 130, R, y + 3, 0.4)
        p.text(R - 4, y + 13, f"Credits obtained this year: {obt[yr]}", FB, 8, "right")
        p.hline(L, R, y + 19, 0.7)
        fl.y = y + 32
    fl.need(170)
    p, y = fl.page, fl.y
    tot = sum(obt.values())
    p.rect(L, y, 300, 36, 1.0, 0)
    p.text(L + 8, y + 14, f"Total credits: {tot}", FB, 9.5)
    p.text(L + 8, y + 28, f"Qualification completed: {done.isoformat()}", FB, 9.5)
    p.text(L, y + 54, "Results: PD = Pass with Distinction (75% and above); P = Pass (50% - 74%); F = Fail; "
           "EX = Exemption granted.", FI, 7)
    p.text(L, y + 66, "One NQF credit equals ten notional hours of learning.", FI, 7)
    p.text(L, y + 86, "This record is issued without alteration or erasure.", FB, 8.5)
    sign_block(p, rng, R - 100, y + 130, "Registrar", FB, 9, 160)
    p.text(R - 100, y + 152, f"Date of issue: {(s.conferred + dt.timedelta(days=5 + k(s, 'iss') % 40)).isoformat()}",
           F, 7.5, "center")
    star_seal(p, R - 230, y + 118, 26, 0.45, points=10)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 26, f"Page {i} of {len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "na_reverse_record", FAMILY, by_reading_order(fl.pages), [nm], out, "uk",
                        {"prints_totals": True, "completed": done.isoformat()})


TRANSCRIPT_LAYOUTS = {"na_reverse_record": (na_record, FAMILY, ("NA",))}
