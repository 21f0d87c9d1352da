"""Writer A, round 1 -- Bangladesh: country pack, trimester/semester curricula and a private
university's "Academic Transcript" with term blocks printed two side by side.

Design (described, not copied): A4 portrait; term blocks in two columns ("Spring 2017" |
"Summer 2017"), each `Course Code | Course Title | Credit | Grade | Grade Point`, long titles
wrapping to a second line inside the narrow column; under each block "Credits: 12.0 GPA: 3.58"
and "Cumulative Credits: 48.0 CGPA: 3.61"; last page "Total Credits Completed", "CGPA: 3.55
(on a scale of 4.00)", the UGC grading table at the side (not coursework), "Medium of
instruction: English".
"""

from .. import dates as D
from ..countries import CountryPack, register
from ..courses import Curriculum, _parse
from ..layouts_transcript import LayoutResult, course_truth, fit_size, num
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from . import r1_a_kit as K

BD_BSMT = """
## 1 SP
ENG 1101 | English Reading and Writing | 3 | O
MT 1101 | Human Anatomy | 3 | B
MT 1102 | Human Anatomy Lab | 1 | B
CHE 1101 | General Chemistry | 3 | C
CHE 1102 | General Chemistry Lab | 1 | C
## 1 SU
MT 1103 | Human Physiology | 3 | B
MT 1104 | Human Physiology Lab | 1 | B
BIO 1201 | Cell Biology | 3 | B
MAT 1201 | College Mathematics | 3 | M
BNS 1201 | Bangladesh Studies | 3 | O
## 1 FA
CHE 1203 | Organic Chemistry | 3 | C
CHE 1204 | Organic Chemistry Lab | 1 | C
MT 1205 | Biochemistry I | 3 | C
MT 1206 | Biochemistry I Lab | 1.5 | C
STA 1201 | Biostatistics | 3 | M
## 2 SP
MT 2101 | Biochemistry II | 3 | C
MT 2102 | Biochemistry II Lab | 1.5 | C
MT 2103 | General Microbiology | 3 | B
MT 2104 | General Microbiology Lab | 1.5 | B
CSE 2101 | Computer Applications | 3 | O
## 2 SU
MT 2105 | General Pathology | 3 | ?P
MT 2106 | Haematology I | 3 | P
MT 2107 | Haematology I Lab | 1.5 | P
MT 2108 | Medical Ethics and Laboratory Safety | 2 | ?O
ENG 2101 | Communicative English | 3 | O
## 2 FA
MT 2209 | Immunology and Serology | 3 | ?B
MT 2210 | Immunology and Serology Lab | 1 | ?B
MT 2211 | Pharmacology | 3 | O
MT 2212 | Medical Parasitology | 3 | P
MT 2213 | Medical Parasitology Lab | 1.5 | P
## 3 SP
MT 3101 | Clinical Biochemistry I | 3 | ?P
MT 3102 | Clinical Biochemistry I Lab | 1.5 | ?P
MT 3103 | Medical Bacteriology | 3 | ?P
MT 3104 | Medical Bacteriology Lab | 1.5 | ?P
MT 3105 | Haematology II | 3 | P
## 3 SU
MT 3106 | Blood Banking and Transfusion Science | 3 | P
MT 3107 | Blood Banking and Transfusion Science Lab | 1.5 | P
MT 3108 | Virology and Mycology | 3 | ?B
MT 3109 | Histopathology and Cytology | 3 | P
MT 3110 | Histopathology and Cytology Lab | 1.5 | P
## 3 FA
MT 3211 | Clinical Biochemistry II | 3 | ?P
MT 3212 | Urine and Body Fluid Analysis | 2 | ?P
MT 3213 | Molecular Biology and Genetics | 3 | B
MT 3214 | Molecular Biology and Genetics Lab | 1 | B
MT 3215 | Research Methodology | 3 | O
## 4 SP
MT 4101 | Laboratory Management and Quality Control | 3 | P
MT 4102 | Molecular Diagnostics | 3 | ?P
MT 4103 | Epidemiology and Public Health | 3 | O
MT 4104 | Laboratory Instrumentation and Automation | 3 | ?P
## 4 SU
MT 4105 | Clinical Laboratory Internship I (Biochemistry and Haematology) | 6 | P | chemistry,hematology
MT 4106 | Clinical Laboratory Internship II (Microbiology and Blood Bank) | 6 | P | microbiology,blood_bank
## 4 FA
MT 4207 | Clinical Laboratory Internship III (Immunology and Histopathology) | 4 | P | immunology,other
MT 4208 | Project Work | 4 | O
MT 4209 | Seminar | 2 | O
MT 4210 | Comprehensive Viva Voce | 1 | O
"""

BD_BSMICRO = """
## 1 SP
MIC 101 | Introduction to Microbiology | 3 | B
CHE 101 | General Chemistry | 3 | C
ENG 101 | English Language | 3 | O
MAT 101 | Basic Mathematics | 3 | M
## 1 FA
MIC 103 | Microbial Physiology | 3 | B
CHE 103 | Organic Chemistry | 3 | C
BIO 103 | Cell and Molecular Biology | 3 | B
BNS 101 | Bangladesh Studies | 3 | O
## 2 SP
MIC 201 | Bacteriology | 3 | B
MIC 202 | Bacteriology Lab | 1.5 | B
BCH 201 | Biochemistry I | 3 | C
STA 201 | Biostatistics | 3 | M
## 2 FA
MIC 203 | Mycology and Phycology | 3 | B
MIC 205 | Microbial Genetics | 3 | B
BCH 203 | Biochemistry II | 3 | C
MIC 206 | Microbial Genetics Lab | 1.5 | B
## 3 SP
MIC 301 | Virology | 3 | ?B
MIC 303 | Immunology | 3 | B
MIC 305 | Food Microbiology | 3 | B
MIC 306 | Food Microbiology Lab | 1.5 | B
## 3 FA
MIC 307 | Medical Microbiology | 3 | ?B
MIC 309 | Environmental Microbiology | 3 | B
MIC 311 | Industrial Microbiology | 3 | B
## 4 SP
MIC 401 | Microbial Biotechnology | 3 | B
MIC 403 | Epidemiology | 3 | O
MIC 405 | Research Methodology | 3 | O
## 4 FA
MIC 407 | Thesis | 6 | O
MIC 409 | Viva Voce | 1 | O
"""

BD_BSN = """
## 1 SP
NUR 101 | Fundamentals of Nursing I | 4 | O
NUR 103 | Anatomy and Physiology | 4 | B
ENG 101 | English Language | 3 | O
## 1 FA
NUR 102 | Fundamentals of Nursing II | 4 | O
NUR 104 | Microbiology and Parasitology | 3 | ?B
NUR 106 | Nutrition and Dietetics | 3 | O
## 2 SP
NUR 201 | Adult Health Nursing I | 6 | O
NUR 203 | Pharmacology | 3 | O
## 2 FA
NUR 202 | Adult Health Nursing II | 6 | O
BNS 201 | Bangladesh Studies | 3 | O
## 3 SP
NUR 301 | Child Health Nursing | 6 | O
NUR 303 | Midwifery I | 4 | O
## 3 FA
NUR 302 | Community Health Nursing | 6 | O
NUR 304 | Midwifery II | 4 | O
## 4 SP
NUR 401 | Mental Health Nursing | 5 | O
NUR 403 | Nursing Management | 3 | O
## 4 FA
NUR 402 | Nursing Research | 3 | O
NUR 404 | Clinical Internship | 6 | O
"""

CURRICULA = [
    Curriculum("bd_bsc_mt", "BD", "Bachelor of Science in Medical Technology (Laboratory)",
               "bachelor", 4, "medical_technology", "semester", _parse(BD_BSMT), 1, 4,
               clinical_training=True),
    Curriculum("bd_bsc_micro", "BD", "Bachelor of Science in Microbiology", "bachelor", 4,
               "biology", "semester", _parse(BD_BSMICRO), 1, 4),
    Curriculum("bd_bsc_nursing", "BD", "Bachelor of Science in Nursing", "bachelor", 4,
               "nursing", "semester", _parse(BD_BSN), 1, 4),
]

INSTITUTIONS = [
    Institution("Meghna International University", "Dhaka", "Dhaka Division", "BD",
                "Plot 12, Road 7, Dhanmondi", ("bd_bsc_mt", "bd_bsc_micro", "bd_bsc_nursing"),
                extra={"abbr": "MIU"}),
    Institution("Karnaphuli University of Science and Technology", "Chattogram",
                "Chattogram Division", "BD", "CDA Avenue, GEC Circle", ("bd_bsc_mt", "bd_bsc_micro"),
                extra={"abbr": "KUST"}),
    Institution("Padma Health Sciences University", "Rajshahi", "Rajshahi Division", "BD",
                "Talaimari Road, Kazla", ("bd_bsc_mt", "bd_bsc_nursing"), extra={"abbr": "PHSU"}),
]

EMPLOYERS = [
    Employer("Buriganga Specialized Hospital", "Dhaka", "Dhaka Division", "BD",
             "House 23, Road 4, Dhanmondi", "+880 2 000 0142", "hr@buriganga-sh.example"),
    Employer("Shapla Diagnostic Centre Ltd.", "Dhaka", "Dhaka Division", "BD",
             "88 Green Road, Panthapath", "+880 2 000 0177", "admin@shapla-dx.example", "lab"),
    Employer("Chattala General Hospital", "Chattogram", "Chattogram Division", "BD",
             "42 O.R. Nizam Road", "+880 31 000 0118", "personnel@chattala-gh.example"),
    Employer("Varendra Medical Laboratory", "Rajshahi", "Rajshahi Division", "BD",
             "Laxmipur Mor, Greater Road", "+880 721 000 163", "info@varendra-lab.example", "lab"),
]


def _student_no(rng, start_year, inst):
    return rng.choice([f"{start_year}-1-{rng.randint(60, 79)}-{rng.randint(1, 120):03d}",
                       f"{start_year % 100}1-{rng.randint(20, 40)}-{rng.randint(100, 999)}"])


PACK = CountryPack(
    code="BD", name="Bangladesh",
    given={"F": ["Nusrat Jahan", "Farzana", "Tasnim", "Sumaiya", "Sharmin", "Nadia", "Fahmida",
                 "Rumana", "Tahmina"],
           "M": ["Mohammad Rakibul", "Tanvir", "Sabbir", "Mehedi", "Arif", "Rashed", "Imran",
                 "Shafiqul", "Mahmudul"]},
    surnames=["Hasan", "Islam", "Rahman", "Hossain", "Ahmed", "Akter", "Chowdhury", "Sarker",
              "Talukder", "Uddin", "Khatun", "Kabir"],
    middle={"F": [], "M": []},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Dr. Md. Abul Kashem", "Prof. Dr. Selina Parveen", "Md. Anisur Rahman",
             "Dr. Kamrun Nahar"],
    curricula=CURRICULA, mls_curriculum="bd_bsc_mt", science_curricula=["bd_bsc_micro"],
    nonqualifying_curricula=["bd_bsc_nursing"],
    positions_mls=["Medical Technologist (Laboratory)", "Medical Technologist",
                   "Senior Medical Technologist"],
    positions_science=["Laboratory Technician", "Lab Assistant"],
    code_style="space", student_no=_student_no)
register(PACK)

UGC_SCALE = [(80, "A+", 4.00), (75, "A", 3.75), (70, "A-", 3.50), (65, "B+", 3.25),
             (60, "B", 3.00), (55, "B-", 2.75), (50, "C+", 2.50), (45, "C", 2.25),
             (40, "D", 2.00), (0, "F", 0.00)]
UGC_MARKS = ["80-100", "75-79", "70-74", "65-69", "60-64", "55-59", "50-54", "45-49", "40-44",
             "Below 40"]
SEASON = {"SP": "Spring", "SU": "Summer", "FA": "Fall"}


def ugc_grade(score):
    for lo, g, gp in UGC_SCALE:
        if score >= lo:
            return g, gp


def f1(x):
    return f"{x + 1e-9:.1f}"


def bd_two_column_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = rng.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")])
    name = name_form(person, rng.choice(["caps", "natural"]))
    W, H = A4
    m, gutter = 30, 14
    colw = (W - 2 * m - gutter) / 2
    fs = rng.choice([7.2, 7.5, 7.8])
    lh = fs + 2.6
    title_w = colw - 128

    def cspec(x0):
        return [(x0 + 3, "left", 40), (x0 + 46, "left", title_w), (x0 + colw - 70, "center", 24),
                (x0 + colw - 44, "center", 20), (x0 + colw - 6, "right", 30)]

    def new_page(n):
        p = Page(A4)
        y = 40
        K.photo_box(p, W - m - 56, 30, 52, 62) if n == 1 else None
        sz = fit_size(inst.name.upper(), FB, 15, W - 2 * m - 160)
        p.text(W / 2, y, inst.name.upper(), FB, sz, "center"); y += 13
        p.text(W / 2, y, f"{inst.street}, {inst.city}, Bangladesh", F, 8.5, "center"); y += 16
        p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 12, "center"); y += 18
        if n == 1:
            rows = [(("Name of the Student", name), ("Student ID", s.student_no)),
                    (("Father's Name", K.father_name(person)), ("Mother's Name", K.mother_name(person))),
                    (("Program", cur.title), ("Date of Birth", D.dmy_slash(s.dob)))]
            for (l1, v1), (l2, v2) in rows:
                p.pieces(y, [(m, f"{l1}", "left"), (m + 92, f": {v1}", "left"),
                             (m + 360, l2, "left"), (m + 428, f": {v2}", "left")], F, 8.5)
                y += 12
        else:
            p.pieces(y, [(m, f"Name of the Student: {name}", "left"),
                         (W - m, f"Student ID: {s.student_no}", "right")], F, 8.5); y += 12
        p.hline(m, W - m, y - 6, 0.9)
        return p, y + 8

    def block_lines(t):
        rows = []
        for r in t.results:
            g, gp = ugc_grade(r.score)
            tl = wrap(r.spec.title, F, fs, title_w)
            rows.append((r, g, gp, tl))
        return rows

    pages = []
    p, y = new_page(1)
    pages.append(p)
    out, cum = [], []
    terms = list(s.terms)
    for i in range(0, len(terms), 2):
        pair = terms[i:i + 2]
        blocks = [block_lines(t) for t in pair]
        hts = [14 + 2 * lh + sum(len(rw[3]) for rw in b) * lh + 2.4 * lh + 10 for b in blocks]
        h = max(hts)
        if y + h > H - 60:
            p, y = new_page(len(pages) + 1)
            pages.append(p)
        for ci, (t, rows) in enumerate(zip(pair, blocks)):
            x0 = m + ci * (colw + gutter)
            yy = y
            label = f"{SEASON[t.key]} {t.start_year}"
            p.rect(x0, yy - 9, colw, h - 2, 0.5, 0.35)
            p.rect(x0, yy - 9, colw, 13, 0, 0.9, fill=0.9)
            p.text(x0 + colw / 2, yy, label, FB, fs + 1, "center"); yy += lh + 2
            cs = cspec(x0)
            p.pieces(yy, [(cs[0][0], "Course", "left"), (cs[4][0], "Grade", "right")], FB, fs - 0.4)
            yy += lh - 1
            p.pieces(yy, [(cs[0][0], "Code", "left"), (cs[1][0], "Course Title", "left"),
                          (cs[2][0], "Credit", "center"), (cs[3][0], "Grade", "center"),
                          (cs[4][0], "Point", "right")], FB, fs - 0.4)
            p.hline(x0, x0 + colw, yy + 3, 0.4)
            pairs = []
            for r, g, gp, tl in rows:
                yy += lh
                cells = [(cs[0][0], r.code, "left"), (cs[1][0], tl[0], "left"),
                         (cs[2][0], f1(r.spec.credits), "center"), (cs[3][0], g, "center"),
                         (cs[4][0], K.f2(gp), "right")]
                p.pieces(yy, cells, F, fs)
                for extra in tl[1:]:
                    yy += lh
                    p.text(cs[1][0], yy, extra, F, fs)
                pairs.append((gp, r.spec.credits))
                out.append(course_truth(r, label, r.spec.credits, g, "semester",
                                        grade_point=float(K.f2(gp))))
            cum_prev = list(cum)
            p.hline(x0, x0 + colw, yy + 3.5, 0.3)
            yy += lh + 3
            p.text(x0 + 4, yy, f"Credits: {f1(sum(c for _, c in pairs))} GPA: {K.f2(K.gpa(pairs))}", FB, fs)
            allc = cum_prev + pairs
            yy += lh
            p.text(x0 + 4, yy, f"Cumulative Credits: {f1(sum(c for _, c in allc))} CGPA: {K.f2(K.gpa(allc))}", FB, fs)
            cum = allc
        y += h + 8
    # closing block: results on the left, grading system on the right
    need = 150
    if y + need > H - 50:
        p, y = new_page(len(pages) + 1)
        pages.append(p)
    y += 6
    ly = y
    p.text(m, ly, f"Total Credits Completed: {f1(sum(c for _, c in cum))}", FB, 9.5); ly += 14
    p.text(m, ly, f"CGPA: {K.f2(K.gpa(cum))} (on a scale of 4.00)", FB, 9.5); ly += 14
    p.text(m, ly, f"Degree Awarded: {cur.title}", F, 8.5); ly += 12
    p.text(m, ly, f"Date of Completion: {D.ordinal_dmy(s.conferred)}", F, 8.5); ly += 12
    p.text(m, ly, "Medium of instruction: English", F, 8.5); ly += 44
    p.signature(m + 8, ly - 12, 100, rng)
    p.hline(m, m + 150, ly, 0.6)
    p.text(m + 75, ly + 11, "Controller of Examinations", FB, 8.5, "center")
    gx, gw = W - m - 196, 196
    gy = y - 9
    p.rect(gx, gy, gw, 12 * (len(UGC_SCALE) + 2) + 2, 0.6, 0.2)
    yy = gy + 10
    p.text(gx + gw / 2, yy, "GRADING SYSTEM", FB, 7.5, "center"); yy += 12
    p.pieces(yy, [(gx + 8, "Numerical Grade", "left"), (gx + 104, "Letter Grade", "center"),
                  (gx + gw - 8, "Grade Point", "right")], FB, 7)
    for mk, (lo, g, gp) in zip(UGC_MARKS, UGC_SCALE):
        yy += 12
        p.pieces(yy, [(gx + 8, mk, "left"), (gx + 104, g, "center"), (gx + gw - 8, K.f2(gp), "right")], F, 7.5)
    for i, pg in enumerate(pages, 1):
        pg.pieces(H - 24, [(m, "N.B. This transcript is not valid without the seal and signature of the Controller of Examinations.", "left"),
                           (W - m, f"Page {i} of {len(pages)}", "right")], F, 6.8)
    return LayoutResult("transcript", "bd_two_column_transcript", "blind_r1", pages, [name], out,
                        "semester", {"conferred_printed": D.ordinal_dmy(s.conferred)})


TRANSCRIPT_LAYOUTS = {"bd_two_column_transcript": (bd_two_column_transcript, "blind_r1", ("BD",))}
