"""Writer G, round 4: Myanmar. Country pack (Bachelor of Medical Technology (B.Med.Tech), four
annual examinations and a house year; B.Sc. (Zoology); Bachelor of Nursing Science) and a
university of medical technology "STATEMENT OF MARKS": per year a block "First B.Med.Tech
Examination held in September 2013" with `Sr. | Subject | Maximum Marks | Marks Obtained | Result`,
no course codes, results "Pass" or "Distinction" (75% and above); some subjects split into
"Written" and "Practical/Oral" rows under the subject name, each with its own maximum; "Aggregate
742 / 1000" under each year. No credits at all: system `marks`, truth per subject with
max_marks / marks_obtained (and written / practical pairs), credits and semester hours null, as
the existing annual-marks designs do. Myanmar names have no surname; the father's name is printed
as "U ..."."""

import zlib

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page
from .r4_g_common import FAMILY, add_department_phrases, course_truth, parse

# internal key | subject | maximum marks | category [| areas]; the key is never printed.
# SPLIT: key -> (written, practical/oral) maxima for subjects examined in two parts.
MM_BMT = """
## 1 Y
MT1-1 | Myanmar | 100 | O
MT1-2 | English | 100 | O
MT1-3 | Physics | 150 | O
MT1-4 | Chemistry | 200 | C
MT1-5 | Biology (Botany and Zoology) | 200 | B
MT1-6 | Mathematics | 100 | M
MT1-7 | Introduction to Medical Technology | 150 | ?O
## 2 Y
MT2-1 | Human Anatomy | 200 | B
MT2-2 | Human Physiology | 200 | B
MT2-3 | Biochemistry | 200 | C
MT2-4 | Basic Microbiology | 150 | B
MT2-5 | Basic Haematology | 150 | P
MT2-6 | English | 100 | O
## 3 Y
MT3-1 | Clinical Chemistry | 200 | P
MT3-2 | Haematology and Blood Transfusion | 200 | P
MT3-3 | Medical Microbiology | 200 | ?P
MT3-4 | Medical Parasitology | 150 | P
MT3-5 | Immunology and Serology | 150 | ?B
MT3-6 | Behavioural Science and Medical Ethics | 100 | O
## 4 Y
MT4-1 | Advanced Clinical Chemistry | 200 | P
MT4-2 | Clinical Haematology and Immunohaematology | 200 | P
MT4-3 | Histopathology and Cytology | 200 | ?P
MT4-4 | Virology and Mycology | 150 | ?B
MT4-5 | Laboratory Management and Quality Assurance | 100 | P
MT4-6 | Research Methodology and Biostatistics | 150 | ?O
## 5 Y
MT5-1 | Clinical Chemistry (House Year Rotation) | 100 | P | chemistry
MT5-2 | Haematology and Blood Bank (House Year Rotation) | 100 | P | hematology,blood_bank
MT5-3 | Microbiology (House Year Rotation) | 100 | P | microbiology
MT5-4 | Histopathology (House Year Rotation) | 100 | P | other
"""

MM_ZOO = """
## 1 Y
ZO1-1 | Myanmar | 100 | O
ZO1-2 | English | 100 | O
ZO1-3 | Chemistry | 100 | C
ZO1-4 | Zoology | 100 | B
## 2 Y
ZO2-1 | Animal Diversity | 100 | B
ZO2-2 | Cell Biology | 100 | B
ZO2-3 | Biochemistry | 100 | C
## 3 Y
ZO3-1 | Genetics | 100 | B
ZO3-2 | Animal Physiology | 100 | B
ZO3-3 | Microbiology | 100 | B
## 4 Y
ZO4-1 | Parasitology | 100 | B
ZO4-2 | Ecology | 100 | ?B
ZO4-3 | Immunology | 100 | B
"""

MM_BNSC = """
## 1 Y
NS1-1 | English | 100 | O
NS1-2 | Anatomy and Physiology | 200 | B
## 2 Y
NS2-1 | Fundamentals of Nursing | 200 | O
NS2-2 | Pharmacology | 100 | O
## 3 Y
NS3-1 | Medical and Surgical Nursing | 200 | O
NS3-2 | Midwifery | 200 | O
## 4 Y
NS4-1 | Community Health Nursing | 200 | O
NS4-2 | Nursing Management | 100 | O
"""

SPLIT = {"MT1-3": (100, 50), "MT1-4": (150, 50), "MT1-5": (150, 50), "MT1-7": (100, 50),
         "MT2-1": (150, 50), "MT2-2": (150, 50), "MT2-3": (150, 50), "MT2-4": (100, 50), "MT2-5": (100, 50),
         "MT3-1": (150, 50), "MT3-2": (150, 50), "MT3-3": (150, 50), "MT3-4": (100, 50), "MT3-5": (100, 50),
         "MT4-1": (150, 50), "MT4-2": (150, 50), "MT4-3": (150, 50), "MT4-4": (100, 50), "MT4-6": (100, 50),
         "NS1-2": (150, 50), "NS2-1": (150, 50), "NS3-1": (150, 50), "NS3-2": (150, 50), "NS4-1": (150, 50)}

DEG = {"mm_bmt": ("B.Med.Tech", "Bachelor of Medical Technology (B.Med.Tech)"),
       "mm_zoo": ("B.Sc. (Zoology)", "Bachelor of Science (Zoology)"),
       "mm_bnsc": ("B.N.Sc.", "Bachelor of Nursing Science (B.N.Sc.)")}


def _cur(cid, field, table, years, clin=False):
    return C.Curriculum(cid, "MM", DEG[cid][1], "bachelor", years, field, "marks", parse(table), 1, 2,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="MM", name="Myanmar",
    given={"F": ["Su Mon", "Khin Myat", "Ei Ei", "Hnin Wai", "May Thu", "Nwe Ni", "Zin Mar", "Aye Chan",
                 "Thiri", "Yadanar Myo", "Phyu Phyu", "Wint Yee"],
           "M": ["Kyaw Zin", "Aung Ko", "Min Thant", "Htet Aung", "Zaw Myo", "Ye Lin", "Naing Lin", "Wai Yan",
                 "Pyae Phyo", "Thiha", "Sithu", "Kaung Myat"]},
    surnames=["Win", "Aung", "Htun", "Oo", "Myint", "Kyaw", "Thu", "Zaw", "Hlaing", "Naing", "Phyo", "Soe",
              "Lwin", "Tun"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("University of Medical Technology, Pathein", "Pathein", "Ayeyarwady Region", "MM",
                    "Strand Road, Ward No. 4", ("mm_bmt", "mm_bnsc"), extra={"ministry": "Ministry of Health and Sports"}),
        Institution("Shwebo Institute of Paramedical Sciences", "Shwebo", "Sagaing Region", "MM",
                    "Aung Zeya Road", ("mm_bmt",), kind="institute", extra={"ministry": "Ministry of Health and Sports"}),
        Institution("Taungoo University", "Taungoo", "Bago Region", "MM", "Yangon-Mandalay Road",
                    ("mm_zoo",), extra={"ministry": "Ministry of Education"}),
    ],
    employers=[
        Employer("Pathein General Hospital (300 Bedded)", "Pathein", "Ayeyarwady Region", "MM",
                 "Merchant Street, Ward No. 6", "+95 42 2550 142", "admin@pathein-gh.example"),
        Employer("Golden Lotus Specialist Hospital", "Yangon", "Yangon Region", "MM",
                 "No. 84, Kabar Aye Pagoda Road, Bahan Township", "+95 1 555 0178", "hr@goldenlotus-hosp.example"),
        Employer("Shwe Pyi Diagnostic Laboratory", "Mandalay", "Mandalay Region", "MM",
                 "No. 27, 35th Street, between 78th and 79th Streets", "+95 2 555 0193", "lab@shwepyi-dx.example", "lab"),
        Employer("Sagaing Regional Public Health Laboratory", "Monywa", "Sagaing Region", "MM",
                 "Bogyoke Road, Nandawun Quarter", "+95 71 555 0121", "rphl@sagaing-health.example", "lab"),
    ],
    signers=["Dr. Khin Maung Lay", "Daw Thandar Aye", "U Myo Min Htike", "Dr. Nilar Soe"],
    curricula=[_cur("mm_bmt", "medical_technology", MM_BMT, 5, True), _cur("mm_zoo", "biology", MM_ZOO, 4),
               _cur("mm_bnsc", "nursing", MM_BNSC, 4)],
    mls_curriculum="mm_bmt", science_curricula=["mm_zoo"], nonqualifying_curricula=["mm_bnsc"],
    positions_mls=["Medical Technologist (Grade II)", "Laboratory Technician (Grade I)", "Medical Technologist"],
    positions_science=["Laboratory Assistant", "Demonstrator"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}-{rng.choice(['BMT', 'MT'])}-{rng.randint(1, 180):03d}",
)
K.register(PACK)
add_department_phrases("MM", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry", "Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology and Serology"],
    "urinalysis": ["Clinical Pathology (Urine and Stool)"], "molecular": ["Molecular (GeneXpert)"],
    "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

ORD = ["First", "Second", "Third", "Final"]
FATHER = ["U Tin Maung", "U Kyaw Soe", "U Hla Myint", "U Aung Naing", "U Than Htike", "U Win Zaw"]


def parts_of(r):
    """[(part label or None, maximum, obtained)] as the statement prints them."""
    w, pr = SPLIT.get(r.spec.code, (int(r.spec.credits), 0))
    pct = max(r.score, 52)
    ow = int(round(pct * w / 100.0))
    out = [("Written" if pr else None, w, ow)]
    if pr:
        pp = min(96, pct + 4 + len(r.spec.title) % 7)
        out.append(("Practical/Oral", pr, int(round(pp * pr / 100.0))))
    return out


def result_of(r):
    ps = parts_of(r)
    mx, ob = sum(p[1] for p in ps), sum(p[2] for p in ps)
    return ("Distinction" if ob * 100 >= 75 * mx else "Pass"), mx, ob


def exam_label(s, t):
    short = DEG[s.curriculum.id][0]
    if t.year == 5:
        return f"House Year (Clinical Training) Assessment completed in October {t.start_year}"
    n = len(s.terms) - (1 if s.curriculum.id == "mm_bmt" else 0)
    word = ORD[3] if t.year == n else ORD[t.year - 1]
    return f"{word} {short} Examination held in September {t.start_year}"


def mm_father(person):
    return FATHER[zlib.crc32(person.surname.encode() + person.given.encode()) % len(FATHER)]


def mm_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 50, A4[0] - 50
    name = name_form(person, "natural")
    xs = [L + 4, L + 34, R - 195, R - 125, R - 45]      # Sr., Subject, then centres of Max, Obtained, Result

    def new_page(n):
        p = Page(A4)
        y = 44
        p.text(p.w / 2, y, "The Government of the Republic of the Union of Myanmar", F, 9.5, "center"); y += 13
        p.text(p.w / 2, y, inst.extra["ministry"], F, 9.5, "center"); y += 16
        p.text(p.w / 2, y, inst.name.upper(), FB, 13, "center"); y += 13
        p.text(p.w / 2, y, f"{inst.city}, {inst.region}", F, 9.5, "center"); y += 22
        p.text(p.w / 2, y, "STATEMENT OF MARKS", FB, 12, "center")
        p.hline(p.w / 2 - 62, p.w / 2 + 62, y + 3, 0.7); y += 22
        if n == 1:
            for a, b in (("Name", name), ("Father's Name", mm_father(person)), ("Roll No.", s.student_no),
                         ("Date of Birth", D.long_dmy(s.dob)), ("Course", cur.title),
                         ("Year of Admission", f"{s.admitted.year}-{s.admitted.year + 1} Academic Year")):
                p.pieces(y, [(L, a, "left"), (L + 110, ":", "left"), (L + 122, b, "left", FB, 10)], F, 10)
                y += 14
        else:
            p.pieces(y, [(L, f"Name : {name}", "left"), (R, f"Roll No. : {s.student_no}", "right")], F, 9.5)
            y += 12
        return p, y + 12

    fl = Flow(new_page, 100)
    out = []
    for t in s.terms:
        label = exam_label(s, t)
        rows = 3 + sum(len(parts_of(r)) + (1 if len(parts_of(r)) > 1 else 0) for r in t.results)
        fl.need(11.8 * rows + 40)
        p = fl.page
        p.text(L, fl.y, label, FB, 10.5); fl.y += 10
        top = fl.y
        p.hline(L, R, fl.y, 0.8); fl.y += 12
        p.pieces(fl.y, [(xs[0], "Sr.", "left"), (xs[1], "Subject", "left"), (xs[2], "Maximum", "center"),
                        (xs[3], "Marks", "center"), (xs[4], "Result", "center")], FB, 9.5)
        fl.y += 11
        p.pieces(fl.y, [(xs[2], "Marks", "center"), (xs[3], "Obtained", "center")], FB, 9.5)
        fl.y += 5
        p.hline(L, R, fl.y, 0.5); fl.y += 13
        agg_m = agg_o = 0
        for k, r in enumerate(t.results, 1):
            res, mx, ob = result_of(r)
            ps = parts_of(r)
            if len(ps) == 1:
                p.pieces(fl.y, [(xs[0], f"{k}.", "left"), (xs[1], r.spec.title, "left"), (xs[2], str(mx), "center"),
                                (xs[3], str(ob), "center"), (xs[4], res, "center")], F, 9)
                fl.y += 12
                extra = {}
            else:
                p.pieces(fl.y, [(xs[0], f"{k}.", "left"), (xs[1], r.spec.title, "left"), (xs[4], res, "center")],
                         F, 9)
                fl.y += 11.5
                for lab, m, o in ps:
                    p.pieces(fl.y, [(xs[1] + 18, f"({'a' if lab == 'Written' else 'b'}) {lab}", "left"),
                                    (xs[2], str(m), "center"), (xs[3], str(o), "center")], F, 9)
                    fl.y += 11.5
                fl.y += 1
                extra = {"written": [ps[0][2], ps[0][1]], "practical": [ps[1][2], ps[1][1]]}
            agg_m += mx
            agg_o += ob
            out.append(course_truth(r, label, None, res, "marks", code=None, max_marks=mx, marks_obtained=ob,
                                    **extra))
        p.hline(L, R, fl.y - 7, 0.5)
        fl.y += 6
        p.pieces(fl.y, [(xs[1], "Aggregate", "left", FB, 10), (xs[3], f"{agg_o} / {agg_m}", "center", FB, 10),
                        (xs[4], "Passed", "center", FI, 9.5)], F, 10)
        fl.y += 4
        p.hline(L, R, fl.y, 0.8)
        for x in (L, xs[1] - 4, xs[2] - 35, xs[3] - 35, xs[4] - 45, R):
            p.vline(x, top, fl.y, 0.5)
        fl.y += 22
    fl.need(60)
    p = fl.page
    conf = f"{D.ordinal_suffix(s.conferred.day)} {D.MONTHS[s.conferred.month - 1]} {s.conferred.year}"
    p.text(L, fl.y, f"Conferred the Degree of {cur.title} at the Convocation held on {conf}.", F, 10); fl.y += 14
    p.text(L, fl.y, "Pass mark: 50% in each subject and in each part of a subject. Distinction: 75% and above.",
           FI, 8.5); fl.y += 12
    for n, pg in enumerate(fl.pages, 1):
        y = pg.h - 78
        pg.signature(R - 160, y - 6, 110, rng)
        pg.circle(L + 70, y - 20, 30, 1.0, 0.5)
        pg.circle(L + 70, y - 20, 22, 0.5, 0.5)
        pg.text(R - 105, y + 8, "Rector", FB, 10, "center")
        pg.text(R - 105, y + 21, inst.name, F, 8.5, "center")
        pg.text(L, pg.h - 30, f"Sheet {n} of {len(fl.pages)}", F, 8)
    return LayoutResult("transcript", "mm_annual_marks", FAMILY, fl.pages, [name], out, "marks",
                        {"conferred_printed": conf})


TRANSCRIPT_LAYOUTS = {"mm_annual_marks": (mm_transcript, FAMILY, ("MM",))}
