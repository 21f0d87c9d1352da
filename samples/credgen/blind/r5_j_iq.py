"""Writer J, round 5: Iraq. Country pack (B.Sc. in Medical Laboratory Techniques of a College of
Health and Medical Technology, annual system, four "stages"; B.Sc. Biology of a College of Science;
B.Sc. Nursing) and the college's English "ACADEMIC RECORD": the Republic of Iraq / Ministry header in
English on the left and in Arabic on the right (Arabic drawn as pictures, r4_g_arabic), per year a
band "Academic Year 2015-2016 - First Stage" over `Subject | Units | Final Mark (out of 100) | Mark
in Words` (a two-line header), no course codes, marks in English words ("Seventy Eight"), subjects
passed in the second round marked "*" after the words with a footnote, per stage "Average: 74.35%
Estimate: Good", at the end "Graduation Average 73.12%  Rank 12 of 143" with the weighting of the
stages (10/20/30/40 %) printed under it.

Units: an Iraqi "unit" (wahda dirasiya) is one weekly lecture hour, or two to three weekly
laboratory hours, held through one 15-week semester; an annual subject counts both semesters, so
2 h lecture + 3 h laboratory a week for the year is 2x2 + 2x1 = 6 units, and a year carries 34-40
units. That is the definition of a US semester hour (one weekly class hour for a semester), so one
Iraqi unit = 1 SH, system `semester` (like the round-4 Zimbabwean local credits); a whole-year
subject worth 6 units = 6 SH."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page
from .r4_g_arabic import arabic_line
from .r5_j_common import FAMILY, add_department_phrases, course_truth, key, parse, words

IQ_MLT = """
## 1 Y
IQ101 | Human Biology | 6 | B
IQ102 | General Chemistry | 6 | C
IQ103 | Medical Physics | 4 | O
IQ104 | Human Anatomy | 4 | B
IQ105 | Mathematics | 4 | M
IQ106 | Medical Terminology | 2 | O
IQ107 | English Language | 2 | O
IQ108 | Computer Science | 2 | O
IQ109 | Human Rights and Democracy | 2 | O
IQ110 | Arabic Language | 2 | O
## 2 Y
IQ201 | Organic Chemistry | 6 | C
IQ202 | Analytical Chemistry | 4 | C
IQ203 | Biochemistry | 6 | C
IQ204 | Human Physiology | 6 | B
IQ205 | Histology | 4 | B
IQ206 | General Microbiology | 6 | B
IQ207 | Biostatistics | 2 | M
IQ208 | English Language | 2 | O
IQ209 | Computer Applications | 2 | O
## 3 Y
IQ301 | Clinical Chemistry | 8 | P
IQ302 | Medical Bacteriology | 6 | P
IQ303 | Haematology | 8 | P
IQ304 | Immunology | 6 | ?B
IQ305 | Medical Parasitology | 6 | P
IQ306 | General Pathology | 4 | ?O
IQ307 | Professional Ethics | 2 | O
## 4 Y
IQ401 | Clinical Biochemistry | 6 | P
IQ402 | Blood Bank and Transfusion | 6 | P
IQ403 | Diagnostic Microbiology | 6 | P
IQ404 | Mycology and Virology | 4 | ?B
IQ405 | Histopathological Techniques | 4 | P
IQ406 | Molecular Biology | 4 | B
IQ407 | Laboratory Management and Quality Control | 2 | P
IQ408 | Hospital Training (Clinical Laboratories) | 4 | P | chemistry,hematology,microbiology,blood_bank
IQ409 | Graduation Research Project | 2 | O
"""

IQ_BIO = """
## 1 Y
IQB101 | General Biology | 6 | B
IQB102 | General Chemistry | 6 | C
IQB103 | Mathematics | 4 | M
IQB104 | Physics | 4 | O
IQB105 | English Language | 2 | O
IQB106 | Human Rights and Democracy | 2 | O
## 2 Y
IQB201 | Invertebrate Zoology | 6 | B
IQB202 | Plant Taxonomy | 6 | B
IQB203 | Organic Chemistry | 6 | C
IQB204 | Biostatistics | 2 | M
IQB205 | Computer Science | 2 | O
## 3 Y
IQB301 | Microbiology | 6 | B
IQB302 | Animal Physiology | 6 | B
IQB303 | Biochemistry | 6 | C
IQB304 | Genetics | 6 | B
IQB305 | Histology | 4 | B
## 4 Y
IQB401 | Immunology | 6 | B
IQB402 | Molecular Biology | 6 | B
IQB403 | Ecology and Pollution | 4 | ?B
IQB404 | Virology | 4 | ?B
IQB405 | Research Project | 2 | O
"""

IQ_NUR = """
## 1 Y
IQN101 | Fundamentals of Nursing | 8 | O
IQN102 | Anatomy and Physiology | 6 | B
IQN103 | Biochemistry for Nurses | 4 | C
IQN104 | English Language | 2 | O
IQN105 | Human Rights and Democracy | 2 | O
## 2 Y
IQN201 | Adult Nursing | 10 | O
IQN202 | Pharmacology | 4 | O
IQN203 | Microbiology for Nurses | 4 | ?B
IQN204 | Health Assessment | 4 | O
## 3 Y
IQN301 | Maternal and Neonatal Nursing | 10 | O
IQN302 | Pediatric Nursing | 10 | O
IQN303 | Research Methods in Nursing | 2 | O
## 4 Y
IQN401 | Community Health Nursing | 8 | O
IQN402 | Psychiatric Nursing | 8 | O
IQN403 | Critical Care Nursing | 8 | O
IQN404 | Graduation Project | 2 | O
"""

COLLEGE = {"iq_bsc_mlt": ("College of Health and Medical Technology", "Department of Medical Laboratory Techniques"),
           "iq_bsc_bio": ("College of Science", "Department of Biology"),
           "iq_bsc_nur": ("College of Nursing", "Department of Nursing")}


def _cur(cid, title, fld, table, clin=False):
    return C.Curriculum(cid, "IQ", title, "bachelor", 4, fld, "semester", parse(table), 10, 7,
                        clinical_training=clin)


FATHERS = ["Kadhim", "Abdul-Amir", "Jasim", "Hadi", "Sabah", "Falih", "Qasim", "Raad", "Adnan", "Salman",
           "Jabbar", "Hamid"]

PACK = K.CountryPack(
    code="IQ", name="Iraq",
    given={"F": ["Zahraa", "Noor", "Fatima", "Maryam", "Ruqaya", "Hawraa", "Dunya", "Shahad", "Tabarek",
                 "Zainab", "Sura", "Israa"],
           "M": ["Ali", "Hussein", "Mustafa", "Ahmed", "Haider", "Abbas", "Mohammed", "Karrar", "Muntadher",
                 "Omar", "Yaseen", "Ammar"]},
    surnames=["Al-Tamimi", "Al-Khafaji", "Al-Obaidi", "Al-Musawi", "Al-Rubaie", "Al-Jubouri", "Al-Zubaidi",
              "Al-Saadi", "Al-Dulaimi", "Al-Hashimi", "Al-Shammari", "Al-Kaabi"],
    middle={"F": FATHERS, "M": FATHERS},
    institutions=[
        Institution("Tigris Valley Technical University", "Baghdad", "Baghdad Governorate", "IQ",
                    "Al-Zafaraniya, Street 14", ("iq_bsc_mlt",),
                    extra={"ar": "جامعة وادي دجلة التقنية", "abbr": "TVTU"}),
        Institution("Shatt Al-Arab Technical University", "Basra", "Basra Governorate", "IQ",
                    "Al-Jazair Street, Al-Ashar", ("iq_bsc_mlt", "iq_bsc_nur"),
                    extra={"ar": "جامعة شط العرب التقنية", "abbr": "SATU"}),
        Institution("University of Al-Zawraa", "Baghdad", "Baghdad Governorate", "IQ",
                    "Palestine Street, Al-Mustansiriya Quarter", ("iq_bsc_bio", "iq_bsc_nur"),
                    extra={"ar": "جامعة الزوراء", "abbr": "UZ"}),
    ],
    employers=[
        Employer("Al-Zawraa General Hospital", "Baghdad", "Baghdad Governorate", "IQ",
                 "Al-Karkh, Haifa Street", "+964 770 000 0142", "hr@zawraa-gh.example"),
        Employer("Shatt Al-Arab Teaching Hospital", "Basra", "Basra Governorate", "IQ",
                 "Al-Tuwaisa, Hospital Street", "+964 780 000 0177", "admin@satth.example"),
        Employer("Al-Hadba Specialized Laboratories", "Mosul", "Nineveh Governorate", "IQ",
                 "Al-Majmooa Al-Thaqafiya", "+964 750 000 0133", "info@hadba-labs.example", "lab"),
        Employer("Al-Furat Maternity and Children Hospital", "Hilla", "Babil Governorate", "IQ",
                 "Al-Thawra Street", "+964 781 000 0160", "personnel@furat-mch.example"),
    ],
    signers=["Dr. Sattar Jabbar Al-Lami", "Dr. Hanan Kadhim Al-Saffar", "Mr. Laith Adnan Hamoudi",
             "Dr. Wafaa Hadi Al-Rikabi"],
    curricula=[_cur("iq_bsc_mlt", "Bachelor of Science in Medical Laboratory Techniques", "medical_technology",
                    IQ_MLT, True),
               _cur("iq_bsc_bio", "Bachelor of Science in Biology", "biology", IQ_BIO),
               _cur("iq_bsc_nur", "Bachelor of Science in Nursing", "nursing", IQ_NUR)],
    mls_curriculum="iq_bsc_mlt", science_curricula=["iq_bsc_bio"], nonqualifying_curricula=["iq_bsc_nur"],
    positions_mls=["Laboratory Technologist", "Senior Laboratory Technician", "Chemist"],
    positions_science=["Biologist", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{inst.extra['abbr']}/{sy}/{rng.randint(100, 2999)}",
)
K.register(PACK)
add_department_phrases("IQ", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry", "Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Bacteriology", "Microbiology"],
    "immunology": ["Serology", "Immunology"], "urinalysis": ["General Urine and Stool Examination"],
    "molecular": ["Molecular Biology (PCR)"], "phlebotomy": ["Sample Collection"],
    "other": ["Histopathology", "Parasitology"]})

STAGES = ["First", "Second", "Third", "Fourth"]
ESTIMATES = [(9000, "Excellent"), (8000, "Very Good"), (7000, "Good"), (6000, "Medium"), (5000, "Acceptable")]


def estimate(avg100):
    return next(w for lo, w in ESTIMATES if avg100 >= lo)


def iq_results(s):
    """Per stage: [(result, mark, second_round)], average in hundredths of a percent."""
    out = []
    for t in s.terms:
        rows = []
        for r in t.results:
            if r.score <= 52:
                rows.append((r, 50 + key(s, r.code) % 9, True))
            else:
                rows.append((r, min(97, r.score + 5), False))
        u = sum(int(r.spec.credits) for r, _, _ in rows)
        tot = sum(int(r.spec.credits) * m for r, m, _ in rows)
        out.append((t, rows, (tot * 100 * 2 + u) // (2 * u)))
    return out


def iq_graduation(s):
    """(graduation average in hundredths, round word, rank, class size)."""
    st = iq_results(s)
    w = [1, 2, 3, 4][:len(st)]
    g = (sum(a * k for (_, _, a), k in zip(st, w)) * 2 + sum(w)) // (2 * sum(w))
    last_second = any(sec for _, _, sec in st[-1][1])
    size = 90 + key(s, "size") % 80
    rank = 1 + (size - 1) * max(0, 9500 - g) // 4500
    return g, ("second" if last_second else "first"), min(rank, size), size


def pc(h):
    return f"{h // 100}.{h % 100:02d}%"


def iq_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    college, dept = COLLEGE[cur.id]
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 42, A4[0] - 42
    xs = {"sub": L + 6, "un": L + 292, "mk": L + 352, "wd": L + 398}
    name = name_form(person, rng.choice(["natural", "caps"]))
    fs, lh = 9.5, 13
    pages, st = [], {}

    def new_page():
        p = Page(A4)
        pages.append(p)
        y = 40
        for ln, f in (("Republic of Iraq", FB), ("Ministry of Higher Education", F),
                      ("and Scientific Research", F), (inst.name, FB), (college, F)):
            p.text(L, y, ln, f, 9.5); y += 11.5
        ya = 42
        for ln in ("جمهورية العراق", "وزارة التعليم العالي والبحث العلمي", inst.extra["ar"]):
            arabic_line(p, R - 88, ya, ln, 10, bold=True); ya += 15
        p.logo(p.w / 2, 62, 20, 1)
        y += 14
        p.text(p.w / 2, y, "ACADEMIC RECORD", FB, 14, "center"); y += 5
        p.hline(p.w / 2 - 62, p.w / 2 + 62, y, 0.8); y += 18
        if len(pages) == 1:
            rows = [(f"Name: {name}", "Nationality: Iraqi"),
                    (dept, "Study: Morning Study"),
                    (f"Date of Birth: {D.dmy_slash(s.dob)}", f"Student No.: {s.student_no}"),
                    (f"Academic Year of Admission: {s.admitted.year}-{s.admitted.year + 1}",
                     f"Academic Year of Graduation: {s.conferred.year - 1}-{s.conferred.year}")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 300, b, "left")], F, 10); y += 13
            y += 6
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (R, f"Student No.: {s.student_no}", "right")], F, 10)
            y += 18
        st.update(page=p, y=y)

    def header(p, y):
        p.rect(L, y - 10, R - L, 26, 0.6, 0.0, fill=0.92)
        p.pieces(y, [(xs["sub"], "Subject", "left"), (xs["un"], "Units", "center"),
                     (xs["mk"], "Final Mark", "center"), (xs["wd"], "Mark in Words", "left")], FB, 9)
        p.text(xs["mk"], y + 11, "(out of 100)", FI, 8, "center")
        return y + 16

    new_page()
    out = []
    results = iq_results(s)
    for i, (t, rows, avg) in enumerate(results):
        need = 40 + lh * len(rows) + 50
        if st["y"] + need > A4[1] - 90:
            new_page()
        p, y = st["page"], st["y"]
        label = f"Academic Year {t.start_year}-{t.start_year + 1} — {STAGES[i]} Stage"
        p.text(L + 2, y, label, FB, 10.5); y += 8
        top = y
        y = header(p, y + 10) + 11
        for r, m, sec in rows:
            w = words(m) + (" *" if sec else "")
            p.pieces(y, [(xs["sub"], r.spec.title, "left"), (xs["un"], str(int(r.spec.credits)), "center"),
                         (xs["mk"], str(m), "center"), (xs["wd"], w, "left")], F, fs)
            out.append(course_truth(r, label, r.spec.credits, str(m), "semester", code=None,
                                    grade_words=words(m), second_round=sec))
            y += lh
        p.rect(L, top, R - L, y - top - 8, 0.6)
        for vx in (xs["un"] - 24, xs["un"] + 24, xs["wd"] - 8):
            p.vline(vx, top, y - 8, 0.4)
        y += 5
        units = sum(int(r.spec.credits) for r, _, _ in rows)
        p.spaced(L + 6, y, [f"Total Units: {units}", f"Average: {pc(avg)}", f"Estimate: {estimate(avg)}"], FB, 9.5, 28)
        y += 12
        if any(sec for _, _, sec in rows):
            p.text(L + 6, y, "* Passed in the second round (second attempt) examinations.", FI, 8.5); y += 11
        st["y"] = y + 14
    g, rnd, rank, size = iq_graduation(s)
    if st["y"] + 170 > A4[1] - 40:
        new_page()
    p, y = st["page"], st["y"]
    p.hline(L, R, y - 6, 0.9)
    total = sum(int(r.spec.credits) for _, rows, _ in results for r, _, _ in rows)
    p.spaced(L, y + 8, [f"Graduation Average {pc(g)}", f"Rank {rank} of {size}", f"Total Units {total}"], FB, 11, 34)
    y += 22
    p.text(L, y, "Graduation average = 10% of the First Stage average + 20% of the Second + 30% of the Third "
           "+ 40% of the Fourth.", FI, 8.5); y += 11
    p.text(L, y, f"The student graduated in the {rnd} round of the academic year "
           f"{s.conferred.year - 1}-{s.conferred.year}; University Order dated {D.dmy_slash(s.conferred)}.", F, 9)
    y += 11
    p.text(L, y, "Estimates: Excellent 90-100, Very Good 80-89, Good 70-79, Medium 60-69, Acceptable 50-59, "
           "Fail below 50.", F, 8.5)
    yb = A4[1] - 70
    p.signature(L + 10, yb - 12, 90, rng)
    p.signature(R - 130, yb - 12, 90, rng)
    p.circle(p.w / 2, yb - 18, 26, 1.0, 0.5)
    p.pieces(yb, [(L, "Registrar", "left"), (R, "Dean of the College", "right")], FB, 9.5)
    for n, pg in enumerate(pages, 1):
        pg.text(pg.w / 2, pg.h - 26, f"Page {n}/{len(pages)} - Not valid if erased or altered", FI, 7.5, "center")
    return LayoutResult("transcript", "iq_annual_stage_record", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": D.dmy_slash(s.conferred), "prints_totals": True,
                         "graduation_average": g / 100})


TRANSCRIPT_LAYOUTS = {"iq_annual_stage_record": (iq_transcript, FAMILY, ("IQ",))}
