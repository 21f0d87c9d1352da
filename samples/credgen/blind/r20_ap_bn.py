"""Writer AP, round 20: Brunei (BN). Country pack (an invented national university's "Bachelor of Health
Science (Biomedical Science)", 4 years and 160 MC with a whole Discovery Year in the third; its Bachelor
of Science (Biology) and Bachelor of Health Science (Nursing); an invented polytechnic's 3-year "Diploma
in Medical Laboratory Science") and the bilingual "TRANSKRIP AKADEMIK / ACADEMIC TRANSCRIPT": the school's
name in Malay above English, "Pejabat Pendaftar / Registry", labels "Nama / Name", "No. Pelajar / Student
No.", "No. Kad Pengenalan / IC No.", "Program / Programme"; one table per term ("Semester 1, 2015/2016",
..., "Discovery Year 2017/2018") with columns Kod Modul / Module Code (HB-1401) | Tajuk Modul / Module
Title | MC | Gred / Grade | Mata Gred / Grade Points; Discovery Year modules graded S with no grade
point; after each term "GPA: 3.42 CGPA: 3.51 MC Earned: 20 Cumulative MC: 60". At the end the class of
degree, the date of conferment, the Registrar's signature, "Kenyataan ini tidak sah tanpa cop rasmi /
Not valid without the official stamp".

Truth: one course per row (code and title as printed, MC as credits in credit_system "semester": the
document calls them modular credits and gives no other measure; grade the letter or S, the grade point
kept as `grade_point`), term as printed.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, fit_size
from .r19_an_common import add_department_phrases
from .r20_ap_common import FAMILY, EN_MONTHS, course_truth, k, round_stamp, sign_block

BHS_BMS = """
## 1 S1
HB-1401 | Human Anatomy and Physiology I | 4 | B
HB-1402 | General and Organic Chemistry | 4 | C
HB-1403 | Cell and Molecular Biology | 4 | B
LE-1101 | Academic English | 4 | O
SB-1301 | Introduction to Health Sciences | 4 | ?O
## 1 S2
HB-1404 | Human Anatomy and Physiology II | 4 | B
HB-1405 | Biochemistry I | 4 | C
HB-1406 | Biostatistics | 4 | M
SB-1302 | Melayu Islam Beraja | 4 | O
HB-1407 | Introduction to Biomedical Laboratory Practice | 4 | ?P
## 2 S1
HB-2401 | Biochemistry II: Metabolism | 4 | C
HB-2402 | Medical Microbiology I | 4 | P
HB-2403 | Haematology I | 4 | P
HB-2404 | Immunology | 4 | ?B
SB-2301 | Research Methods in Health | 4 | O
## 2 S2
HB-2405 | Clinical Biochemistry I | 4 | P
HB-2406 | Medical Microbiology II | 4 | P
HB-2407 | Haematology II and Haemostasis | 4 | P
HB-2408 | Histopathology and Cytology | 4 | ?P
HB-2409 | Pharmacology | 2 | ?C
HB-2410 | Laboratory Quality Management | 2 | P
## 3 Y
DY-3001 | Discovery Year: Industrial Attachment (Clinical Laboratory) | 16 | P | chemistry,hematology,microbiology,blood_bank
DY-3002 | Discovery Year: Community Outreach Programme | 8 | O
DY-3003 | Discovery Year: Study Abroad Module | 8 | ?B
## 4 S1
HB-4401 | Clinical Biochemistry II | 4 | P
HB-4402 | Transfusion Science | 4 | P
HB-4403 | Molecular Diagnostics | 4 | ?B
HB-4404 | Medical Parasitology and Mycology | 4 | P
HB-4405 | Clinical Virology | 4 | ?P
HB-4406 | Biomedical Ethics and Law | 4 | O
## 4 S2
HB-4407 | Advanced Haematology | 4 | P
HB-4408 | Diagnostic Immunology | 4 | ?P
HB-4409 | Public Health Laboratory Science | 4 | ?P
HB-4490 | Capstone Research Project | 8 | O
HB-4410 | Professional Practice Seminar | 4 | O
"""

BSC_BIO = """
## 1 S1
SB-1401 | Principles of Biology | 4 | B
SC-1401 | General Chemistry | 4 | C
SM-1401 | Calculus for Life Sciences | 4 | M
LE-1101 | Academic English | 4 | O
SB-1402 | Biodiversity of Borneo | 4 | B
## 1 S2
SB-1403 | Genetics | 4 | B
SC-1402 | Organic Chemistry | 4 | C
SB-1404 | Ecology | 4 | B
SB-1302 | Melayu Islam Beraja | 4 | O
SP-1401 | Physics for Life Sciences | 4 | O
## 2 S1
SB-2401 | Microbiology | 4 | B
SB-2402 | Biochemistry | 4 | C
SB-2403 | Plant Physiology | 4 | B
SB-2404 | Animal Physiology | 4 | B
SM-2401 | Biostatistics | 4 | M
## 2 S2
SB-2405 | Molecular Biology | 4 | B
SB-2406 | Cell Biology | 4 | B
SC-2401 | Analytical Chemistry | 4 | C
SB-2407 | Evolution | 4 | B
SB-2408 | Tropical Rainforest Ecology | 4 | B
## 3 Y
DY-3001 | Discovery Year: Industrial Attachment (Research Laboratory) | 16 | O
DY-3002 | Discovery Year: Community Outreach Programme | 8 | O
DY-3003 | Discovery Year: Study Abroad Module | 8 | ?B
## 4 S1
SB-4401 | Immunology | 4 | ?B
SB-4402 | Marine Biology | 4 | B
SB-4403 | Biotechnology | 4 | B
SB-4404 | Environmental Microbiology | 4 | B
SB-4405 | Bioinformatics | 4 | ?M
SB-4406 | Scientific Writing | 4 | O
## 4 S2
SB-4407 | Conservation Biology | 4 | B
SB-4408 | Genomics | 4 | B
SB-4490 | Capstone Research Project | 8 | O
SB-4409 | Entomology | 4 | B
SB-4410 | Seminar in Biology | 4 | O
"""

BHS_NURS = """
## 1 S1
HN-1401 | Anatomy and Physiology for Nursing | 4 | B
HN-1402 | Fundamentals of Nursing I | 8 | O
LE-1101 | Academic English | 4 | O
SB-1302 | Melayu Islam Beraja | 4 | O
## 1 S2
HN-1403 | Fundamentals of Nursing II | 8 | O
HN-1404 | Microbiology for Nursing | 4 | B
HN-1405 | Pharmacology for Nursing | 4 | O
HN-1406 | Psychology | 4 | O
## 2 S1
HN-2401 | Medical-Surgical Nursing I | 8 | O
HN-2402 | Maternal and Child Health Nursing | 8 | O
HN-2403 | Nutrition | 4 | O
## 2 S2
HN-2404 | Medical-Surgical Nursing II | 8 | O
HN-2405 | Mental Health Nursing | 8 | O
HN-2406 | Research Methods | 4 | O
## 3 Y
DY-3001 | Discovery Year: Clinical Placement Abroad | 16 | O
DY-3002 | Discovery Year: Community Outreach Programme | 8 | O
DY-3004 | Discovery Year: Entrepreneurship Module | 8 | O
## 4 S1
HN-4401 | Community Health Nursing | 8 | O
HN-4402 | Critical Care Nursing | 8 | O
HN-4403 | Nursing Leadership | 8 | O
## 4 S2
HN-4404 | Consolidated Clinical Practice | 16 | O
HN-4490 | Capstone Project | 8 | O
"""

DMLS = """
## 1 S1
ML-1201 | Human Anatomy and Physiology | 4 | B
ML-1202 | Basic Chemistry | 4 | C
ML-1203 | Laboratory Safety and Practice | 4 | P
LE-1101 | Communication English | 2 | O
ML-1204 | Applied Mathematics | 2 | M
## 1 S2
ML-1205 | Biochemistry | 4 | C
ML-1206 | Basic Microbiology | 4 | B
ML-1207 | Basic Haematology | 4 | P
SB-1302 | Melayu Islam Beraja | 2 | O
ML-1208 | Computer Applications | 2 | O
## 2 S1
ML-2201 | Clinical Chemistry | 4 | P
ML-2202 | Diagnostic Bacteriology | 4 | P
ML-2203 | Haematology and Coagulation | 4 | P
ML-2204 | Blood Banking | 4 | P
## 2 S2
ML-2205 | Parasitology | 4 | P
ML-2206 | Immunology and Serology | 4 | ?P
ML-2207 | Histotechnology | 4 | ?P
ML-2208 | Urinalysis and Body Fluids | 4 | P
## 3 S1
ML-3201 | Quality Assurance | 4 | P
ML-3202 | Laboratory Management | 4 | O
ML-3203 | Molecular Techniques | 4 | ?B
ML-3204 | Research Project | 4 | O
## 3 S2
ML-3290 | Clinical Attachment (Hospital Laboratory) | 16 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
"""


def cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "BN", title, level, years, field, "semester", C._parse(text), 8, 9, clinical_training=clin)


BN_INST = [
    Institution("Kiarong Darussalam University", "Bandar Seri Begawan", "Brunei-Muara", "BN",
                "Jalan Tungku Link, Gadong BE1410", ("bn_bhs_bms", "bn_bsc_bio", "bn_bhs_nurs"), "university",
                extra={"ms": "Universiti Kiarong Darussalam", "letter": "B"}),
    Institution("Seria Pantai Polytechnic", "Seria", "Belait", "BN", "Jalan Tengah, Seria KB2933", ("bn_dmls",),
                "college", extra={"ms": "Politeknik Seria Pantai", "letter": "P"}),
]


def _sn(rng, start_year, inst):
    return f"{start_year % 100:02d}{inst.extra['letter']}{rng.randint(1000, 1999)}"


PACK = K.CountryPack(
    code="BN", name="Brunei Darussalam",
    given={"F": ["Nurul Aqilah", "Siti Hajar", "Nur Amalina", "Nurul Izzati", "Siti Nadiah", "Nur Syazwani",
                 "Dayang Farhana", "Hazirah", "Nabilah", "Ain Syafiqah"],
           "M": ["Muhammad Hafiz", "Mohd Azri", "Awang Khairul", "Amirul Hakim", "Muhammad Syafiq", "Haziq",
                 "Ahmad Firdaus", "Aiman", "Mohd Shahrin", "Abdul Mu'iz"]},
    surnames=["Abdullah", "Othman", "Yusof", "Ismail", "Hamid", "Jaafar", "Matusin", "Tengah", "Sulaiman",
              "Bakar", "Tuah", "Metussin", "Ladi", "Omarali"],
    middle={"F": [], "M": []},
    institutions=BN_INST,
    employers=[
        Employer("Hospital Pengiran Anak Mahkota Tutong", "Tutong", "Tutong", "BN", "Jalan Bukit Bendera, Tutong TA1141",
                 "+673 4 260 118", "hpamt@moh.example"),
        Employer("Hospital Daerah Kuala Belait Barat", "Kuala Belait", "Belait", "BN", "Jalan Sungai Pandan, Kuala Belait KA1131",
                 "+673 3 335 201", "hdkbb@moh.example"),
        Employer("Rimba Diagnostic Laboratories Sdn Bhd", "Bandar Seri Begawan", "Brunei-Muara", "BN",
                 "Unit 7, Simpang 88, Kiulap BE1518", "+673 2 233 476", "hr@rimba-diag.example", "lab"),
    ],
    signers=["Dr Hajah Noraini binti Haji Tuah", "Awang Haji Rosli bin Metussin", "Dr Lim Siew Ping",
             "Dayang Hajah Salmah binti Omarali"],
    curricula=[cur("bn_bhs_bms", "Bachelor of Health Science (Biomedical Science)", "bachelor", 4,
                   "medical_laboratory_science", BHS_BMS, True),
               cur("bn_bsc_bio", "Bachelor of Science (Biology)", "bachelor", 4, "biology", BSC_BIO),
               cur("bn_bhs_nurs", "Bachelor of Health Science (Nursing)", "bachelor", 4, "nursing", BHS_NURS),
               cur("bn_dmls", "Diploma in Medical Laboratory Science", "diploma", 3, "medical_technology", DMLS, True)],
    mls_curriculum="bn_bhs_bms", science_curricula=["bn_bsc_bio", "bn_dmls"], nonqualifying_curricula=["bn_bhs_nurs"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Scientist"],
    positions_science=["Laboratory Technician", "Medical Laboratory Technologist"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("BN", {
    "blood_bank": ["Blood Bank", "Blood Transfusion Services"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology"],
    "urinalysis": ["Clinical Microscopy"], "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"],
    "other": ["Histopathology"]})

POINTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "C-": 1.7, "D": 1.0, "F": 0.0}


def ic_no(s):
    return f"{k(s, 'ic1') % 2:02d}-{k(s, 'ic2') % 900000 + 100000}"


def klass(cg, diploma):
    if diploma:
        return ("Classification", "Distinction" if cg >= 3.5 else "Merit" if cg >= 3.0 else "Credit" if cg >= 2.5
                else "Pass")
    return ("Class of Degree", "First Class Honours" if cg >= 3.6 else "Second Class Upper" if cg >= 3.0 else
            "Second Class Lower" if cg >= 2.5 else "Third Class" if cg >= 2.0 else "Pass")


def grade_of(s, r, i, j):
    if r.spec.code.startswith("DY-"):
        return "S"
    g = r.letter
    if k(s, f"lo{i}.{j}") % 31 == 0:
        g = "C-"
    elif k(s, f"lo{i}.{j}") % 47 == 1:
        g = "D"
    return g


def bn_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 44, W - 44
    X = [L, L + 74, L + 340, L + 376, L + 424, R]
    name = f"{person.given} {'binti' if person.sex == 'F' else 'bin'} {person.surname}".upper()
    dip = cur.level == "diploma"

    def new_page(n):
        p = Page(A4)
        p.logo(L + 26, 56, 22, 0)
        p.text(W / 2 + 20, 46, inst.extra["ms"].upper(), SB, 13, "center")
        p.text(W / 2 + 20, 61, inst.name.upper(), SB, 11, "center")
        p.text(W / 2 + 20, 75, "Pejabat Pendaftar / Registry", S, 9, "center")
        p.text(W / 2 + 20, 87, f"{inst.street}, Negara Brunei Darussalam", S, 8, "center")
        p.hline(L, R, 96, 1.0)
        p.text(W / 2, 114, "TRANSKRIP AKADEMIK / ACADEMIC TRANSCRIPT", SB, 12, "center")
        p.text(W / 2, H - 24, f"Muka surat / Page {n}", S, 7.5, "center")
        if n > 1:
            p.text(L, 132, f"Nama / Name: {name}   No. Pelajar / Student No.: {s.student_no}".replace("   ", " - "), S, 8.5)
            return p, 144
        y = 134
        for a, b in (("Nama / Name", name), ("No. Pelajar / Student No.", s.student_no),
                     ("No. Kad Pengenalan / IC No.", ic_no(s)), ("Program / Programme", cur.title),
                     ("Tarikh Kemasukan / Date of Admission", f"{s.admitted.day} {EN_MONTHS[s.admitted.month - 1]} "
                                                                f"{s.admitted.year}")):
            p.pieces(y, [(L, a, "left", SB, 8.5), (L + 176, f": {b}", "left")], S, 9)
            y += 13
        return p, y + 4

    f = Flow(new_page, 80)
    out = []
    cum_mc = cum_gmc = 0
    cum_pts = 0.0
    for i, t in enumerate(s.terms):
        ay = f"{t.start_year}/{t.start_year + 1}"
        label = f"Discovery Year {ay}" if t.key == "Y" else f"Semester {1 if t.key == 'S1' else 2}, {ay}"
        f.need(30 + 14 * 3 + 20)
        p = f.page
        p.text(L, f.y + 10, label, SB, 9.5)
        f.y += 15
        top = f.y
        p.rect(L, f.y, R - L, 24, 0.6, 0, fill=0.9)
        p.pieces(f.y + 10, [(X[0] + 3, "Kod Modul /", "left"), (X[1] + 4, "Tajuk Modul /", "left"),
                            ((X[2] + X[3]) / 2, "MC", "center"), ((X[3] + X[4]) / 2, "Gred /", "center"),
                            ((X[4] + X[5]) / 2, "Mata Gred /", "center")], SB, 7.5)
        p.pieces(f.y + 20, [(X[0] + 3, "Module Code", "left"), (X[1] + 4, "Module Title", "left"),
                            ((X[3] + X[4]) / 2, "Grade", "center"), ((X[4] + X[5]) / 2, "Grade Points", "center")], SB, 7.5)
        f.y += 24
        mc = gmc = 0
        pts = 0.0
        for j, r in enumerate(t.results):
            g = grade_of(s, r, i, j)
            cr = int(r.spec.credits)
            gp = POINTS.get(g)
            t_ = r.spec.title
            p.pieces(f.y + 10, [(X[0] + 3, r.code, "left"), (X[1] + 4, t_, "left", S, fit_size(t_, S, 8.5, X[2] - X[1] - 8)),
                                ((X[2] + X[3]) / 2, str(cr), "center"), ((X[3] + X[4]) / 2, g, "center"),
                                ((X[4] + X[5]) / 2, "-" if gp is None else f"{gp:.2f}", "center")], S, 8.5)
            f.y += 13.5
            mc += cr
            if gp is not None:
                gmc += cr
                pts += gp * cr
            out.append(course_truth(r, label, cr, g, "semester", code=r.code,
                                    **({} if gp is None else {"grade_point": f"{gp:.2f}"})))
        for x in X[1:-1]:
            p.vline(x, top, f.y, 0.4)
        p.rect(L, top, R - L, f.y - top, 0.6)
        cum_mc += mc
        cum_gmc += gmc
        cum_pts += pts
        gpa = "-" if not gmc else f"{pts / gmc:.2f}"
        f.y += 12
        p.pieces(f.y, [(L + 4, f"GPA: {gpa}", "left"), (L + 100, f"CGPA: {cum_pts / cum_gmc:.2f}", "left"),
                       (L + 210, f"MC Earned: {mc}", "left"), (L + 320, f"Cumulative MC: {cum_mc}", "left")], SB, 8.5)
        f.y += 12
    f.need(150)
    p = f.page
    y = f.y + 16
    lab, cls = klass(cum_pts / cum_gmc, dip)
    d = s.conferred
    p.text(L, y, f"{lab}: {cls}", SB, 10)
    p.text(L, y + 14, f"Date of Conferment: {d.day} {EN_MONTHS[d.month - 1]} {d.year}", SB, 10)
    p.text(L, y + 36, "A 4.00, A- 3.70, B+ 3.30, B 3.00, B- 2.70, C+ 2.30, C 2.00, C- 1.70, D 1.00, F 0.00; "
                      "S Satisfactory, U Unsatisfactory (not counted in GPA)", S, 7)
    sign_block(p, rng, R - 90, y + 86, "Pendaftar / Registrar", S, 9, 160)
    round_stamp(p, R - 200, y + 78, 30, 0.45)
    p.text(L, y + 120, "Kenyataan ini tidak sah tanpa cop rasmi / Not valid without the official stamp", SB, 8)
    return LayoutResult("transcript", "ap_bn_transcript", FAMILY, f.pages, [name], out, "semester",
                        {"prints_totals": True, "class": cls})


TRANSCRIPT_LAYOUTS = {"ap_bn_transcript": (bn_transcript, FAMILY, ("BN",))}
