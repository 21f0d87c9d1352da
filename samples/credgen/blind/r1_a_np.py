"""Writer A, round 1 -- Nepal: country pack, annual marks-based curricula and an Institute of
Medicine style "Transcript of Academic Record" for the B.M.L.T.

Design (described, not copied): annual system ("First Year" ... "Fourth Year"), marks only (no
credits); a grouped two-line header
`S.N. | Subject Code | Subjects | Full Marks (Theory/Practical) | Pass Marks (Theory/Practical) |
Marks Obtained (Theory/Practical) | Total`, the group words spanning two sub-columns; each year
ends with "Aggregate: 712/1000 Percentage: 71.20% Division: First"; the year of examination in
Bikram Sambat beside the A.D. year: "Examination held in 2074 B.S. (2017 A.D.)".
"""

from .. import dates as D
from ..countries import CountryPack, register
from ..courses import Curriculum, _parse
from ..layouts_transcript import LayoutResult, course_truth, fit_size
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page
from . import r1_a_kit as K

# code | title | full marks | category [| areas]; theory/practical split in SPLIT
NP_BMLT = """
## 1 Y
BMLT 101 | Human Anatomy and Physiology | 100 | B
BMLT 102 | Basic Biochemistry | 150 | C
BMLT 103 | Basic Microbiology | 150 | B
BMLT 104 | Basic Haematology | 150 | P
BMLT 105 | General Pathology and Histotechnology | 150 | ?P
BMLT 106 | Laboratory Management and Biostatistics | 100 | P
BMLT 107 | English and Communication Skills | 100 | O
BMLT 108 | Computer Application | 100 | O
## 2 Y
BMLT 201 | Clinical Biochemistry I | 200 | ?P
BMLT 202 | Medical Bacteriology | 200 | ?P
BMLT 203 | Haematology I | 200 | P
BMLT 204 | Medical Parasitology | 150 | P
BMLT 205 | Immunology and Serology | 150 | ?B
BMLT 206 | Pharmacology and Toxicology | 100 | O
## 3 Y
BMLT 301 | Clinical Biochemistry II | 200 | ?P
BMLT 302 | Virology and Mycology | 150 | ?B
BMLT 303 | Haematology II and Blood Banking | 200 | P
BMLT 304 | Histopathology and Cytology | 200 | P
BMLT 305 | Molecular Biology and Genetics | 150 | B
BMLT 306 | Research Methodology and Epidemiology | 100 | O
## 4 Y
BMLT 401 | Hospital Laboratory Posting: Clinical Biochemistry | 200 | P | chemistry
BMLT 402 | Hospital Laboratory Posting: Haematology and Blood Bank | 200 | P | hematology,blood_bank
BMLT 403 | Hospital Laboratory Posting: Microbiology | 200 | P | microbiology
BMLT 404 | Quality Management and Laboratory Administration | 100 | P
BMLT 405 | Research Project | 100 | O
"""

NP_BSC_MICRO = """
## 1 Y
MB 101 | General Microbiology | 150 | B
CH 101 | General Chemistry | 150 | C
ZO 101 | Zoology | 150 | B
BO 101 | Botany | 150 | B
EN 101 | English | 100 | O
## 2 Y
MB 201 | Microbial Physiology | 150 | B
CH 201 | Biochemistry | 150 | C
MB 202 | Bacteriology and Mycology | 150 | B
ST 201 | Biostatistics | 100 | M
## 3 Y
MB 301 | Immunology | 150 | B
MB 302 | Virology | 150 | ?B
MB 303 | Food and Dairy Microbiology | 150 | B
MB 304 | Molecular Biology | 150 | B
## 4 Y
MB 401 | Medical Microbiology | 150 | ?B
MB 402 | Environmental and Industrial Microbiology | 150 | B
MB 403 | Dissertation | 200 | O
"""

NP_BSN = """
## 1 Y
BSN 101 | Anatomy and Physiology | 100 | B
BSN 102 | Fundamentals of Nursing | 200 | O
BSN 103 | Microbiology and Parasitology | 100 | ?B
BSN 104 | Nepali and English | 100 | O
## 2 Y
BSN 201 | Medical-Surgical Nursing I | 200 | O
BSN 202 | Pharmacology | 100 | O
BSN 203 | Community Health Nursing I | 200 | O
## 3 Y
BSN 301 | Medical-Surgical Nursing II | 200 | O
BSN 302 | Child Health Nursing | 200 | O
BSN 303 | Midwifery | 200 | O
## 4 Y
BSN 401 | Community Health Nursing II | 200 | O
BSN 402 | Nursing Leadership and Management | 100 | O
BSN 403 | Nursing Research | 100 | O
"""

# full marks -> (theory, practical), unless the code is listed
SPLIT_DEFAULT = {100: (100, 0), 150: (100, 50), 200: (100, 100)}
SPLIT = {"BMLT 101": (70, 30), "BMLT 108": (50, 50), "BMLT 401": (0, 200), "BMLT 402": (0, 200),
         "BMLT 403": (0, 200), "BMLT 405": (0, 100), "MB 403": (0, 200), "BSN 102": (100, 100),
         "BSN 201": (100, 100), "BSN 203": (100, 100), "BSN 301": (100, 100), "BSN 302": (100, 100),
         "BSN 303": (100, 100), "BSN 401": (100, 100)}

CURRICULA = [
    Curriculum("np_bmlt", "NP", "Bachelor in Medical Laboratory Technology", "bachelor", 4,
               "medical_technology", "marks", _parse(NP_BMLT), 8, 10, clinical_training=True),
    Curriculum("np_bsc_micro", "NP", "Bachelor of Science in Microbiology", "bachelor", 4,
               "biology", "marks", _parse(NP_BSC_MICRO), 8, 10),
    Curriculum("np_bsc_nursing", "NP", "Bachelor of Science in Nursing", "bachelor", 4,
               "nursing", "marks", _parse(NP_BSN), 8, 10),
]

INSTITUTIONS = [
    Institution("Bagmati Valley University", "Kathmandu", "Bagmati Province", "NP",
                "Maharajgunj", ("np_bmlt", "np_bsc_micro", "np_bsc_nursing"),
                extra={"faculty": "Institute of Medicine", "abbr": "BVU"}),
    Institution("Koshi Academy of Health Sciences", "Dharan", "Koshi Province", "NP",
                "Ghopa Road", ("np_bmlt", "np_bsc_nursing"), kind="institute",
                extra={"faculty": "School of Allied Health Sciences", "abbr": "KAHS"}),
    Institution("Gandaki Hills University", "Pokhara", "Gandaki Province", "NP",
                "Deep Heights, Ward No. 16", ("np_bmlt", "np_bsc_micro"),
                extra={"faculty": "Faculty of Health Sciences", "abbr": "GHU"}),
]

EMPLOYERS = [
    Employer("Bagmati Teaching Hospital", "Kathmandu", "Bagmati Province", "NP",
             "Maharajgunj Marg", "+977 1 000 0142", "admin@bagmati-th.example"),
    Employer("Annapurna Diagnostic and Research Centre", "Pokhara", "Gandaki Province", "NP",
             "New Road, Ward No. 8", "+977 61 000 177", "info@annapurna-drc.example", "lab"),
    Employer("Koshi Community Hospital", "Biratnagar", "Koshi Province", "NP",
             "Main Road, Ward No. 4", "+977 21 000 118", "hr@koshi-ch.example"),
    Employer("Lalitpur Valley Polyclinic", "Lalitpur", "Bagmati Province", "NP",
             "Kupondole Height", "+977 1 000 0163", "polyclinic@lalitpur-valley.example", "clinic"),
]


def _student_no(rng, start_year, inst):
    return f"5-2-{rng.randint(10, 99)}-{rng.randint(10, 399)}-{start_year}"


PACK = CountryPack(
    code="NP", name="Nepal",
    given={"F": ["Sita", "Anjana", "Sabina", "Pratima", "Sunita", "Asmita", "Rojina", "Srijana"],
           "M": ["Ramesh", "Bikash", "Suman", "Prakash", "Nabin", "Sujan", "Rajan", "Dipendra"]},
    surnames=["Shrestha", "Adhikari", "Thapa", "Gurung", "Rai", "Tamang", "Karki", "Poudel",
              "Maharjan", "Bhattarai", "Khadka", "Basnet"],
    middle={"F": ["Kumari"], "M": ["Bahadur", "Prasad", "Raj", "Kumar"]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Dr. Bishnu Prasad Pokharel", "Mrs. Laxmi Shrestha", "Mr. Hari Bahadur Karki",
             "Dr. Anita Gurung"],
    curricula=CURRICULA, mls_curriculum="np_bmlt", science_curricula=["np_bsc_micro"],
    nonqualifying_curricula=["np_bsc_nursing"],
    positions_mls=["Medical Technologist", "Laboratory Officer", "Senior Medical Technologist"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="space", student_no=_student_no)
register(PACK)

YEAR_WORD = {1: "First Year", 2: "Second Year", 3: "Third Year", 4: "Fourth Year"}


def split(r):
    return SPLIT.get(r.spec.code) or SPLIT_DEFAULT[int(r.spec.credits)]


def obtained(r):
    """(theory, practical) marks obtained; always at least the pass marks."""
    th, pr = split(r)
    o_th = round(th * r.score / 100.0)
    o_pr = round(pr * max(55, min(94, r.score + 7)) / 100.0)
    return max(o_th, pass_marks(th, 0.4)), max(o_pr, pass_marks(pr, 0.5))


def pass_marks(fm, frac):
    return int(round(fm * frac))


def division(pct):
    return ("Distinction" if pct >= 80 else "First" if pct >= 65 else
            "Second" if pct >= 50 else "Third")


def np_annual_marks(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = rng.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
    name = name_form(person, rng.choice(["caps", "natural"]))
    W, H = A4
    m = 34
    # column edges: S.N. | Code | Subjects | FM th pr | PM th pr | MO th pr | Total
    sub = rng.choice([36, 38])
    x_sn, x_code, x_subj = m, m + 24, m + 82
    x_groups = W - m - 40 - 6 * sub
    edges = [x_sn, x_code, x_subj, x_groups] + [x_groups + sub * (i + 1) for i in range(6)] + [W - m]
    subj_w = x_groups - x_subj - 6
    rh = rng.choice([13.0, 14.0])
    fs = 8
    pages, out = [], []

    def header(p, first):
        y = 44
        p.text(W / 2, y, inst.name.upper(), FB, 15, "center"); y += 15
        p.text(W / 2, y, inst.extra.get("faculty", "Institute of Medicine"), FB, 11, "center"); y += 13
        p.text(W / 2, y, "Office of the Controller of Examinations", F, 9.5, "center"); y += 12
        p.text(W / 2, y, f"{inst.street}, {inst.city}, Nepal", F, 9, "center"); y += 20
        if first:
            p.text(W / 2, y, "TRANSCRIPT OF ACADEMIC RECORD", FB, 12.5, "center"); y += 20
            for lab, val in (("Name of the Student", name), ("Registration No.", s.student_no),
                             ("Programme", f"{cur.title} ({'B.M.L.T.' if cur.id == 'np_bmlt' else 'Bachelor'})"),
                             ("Level", "Bachelor"), ("Date of Birth", D.long_dmy(s.dob) + " A.D.")):
                p.pieces(y, [(m, lab, "left"), (m + 110, f": {val}", "left")], F, 9.5)
                y += 13
        else:
            p.pieces(y, [(m, f"Name of the Student: {name}", "left"),
                         (W - m, f"Registration No.: {s.student_no}", "right")], F, 9); y += 10
        p.hline(m, W - m, y - 4, 0.8)
        return y + 14

    def table_header(p, y):
        top = y - 10
        p.hline(m, W - m, top, 0.8)
        gc = [x_groups + sub * (2 * i + 1) for i in range(3)]
        p.pieces(y, [(x_sn + 2, "S.N.", "left"), (x_code + 2, "Subject", "left"),
                     (x_subj + 3, "Subjects", "left"), (gc[0], "Full Marks", "center"),
                     (gc[1], "Pass Marks", "center"), (gc[2], "Marks Obtained", "center"),
                     (W - m - 20, "Total", "center")], FB, 7.5)
        p.hline(x_groups, edges[-2], y + 3, 0.5)
        mid = y + 3
        y += 11
        items = [(x_code + 2, "Code", "left")]
        for i in range(6):
            items.append((x_groups + sub * i + sub / 2, "Theory" if i % 2 == 0 else "Practical", "center", FB, 6.5))
        p.pieces(y, items, FB, 7.5)
        y += 4
        p.hline(m, W - m, y, 0.8)
        return top, mid, y

    p = Page(A4)
    pages.append(p)
    y = header(p, True)
    for t in s.terms:
        n = len(t.results)
        need = 40 + n * rh + 30
        if y + need > H - 70:
            p = Page(A4)
            pages.append(p)
            y = header(p, False)
        label = YEAR_WORD[t.year]
        ad = t.start_year + 1
        p.pieces(y, [(m, label, "left", FB, 10), (m + 96, f"Symbol No.: {rng.randint(10 ** 6, 10 ** 7 - 1)}", "left"),
                     (W - m, f"Examination held in {ad + 57} B.S. ({ad} A.D.)", "right")], F, 9)
        y += 22
        top, mid, y = table_header(p, y)
        agg_fm = agg_ob = 0
        for k, r in enumerate(t.results, 1):
            y += rh
            th, pr = split(r)
            o_th, o_pr = obtained(r)
            pm_th, pm_pr = pass_marks(th, 0.4), pass_marks(pr, 0.5)
            dash = "-"
            vals = [str(th) if th else dash, str(pr) if pr else dash,
                    str(pm_th) if th else dash, str(pm_pr) if pr else dash,
                    str(o_th) if th else dash, str(o_pr) if pr else dash]
            tot = (o_th if th else 0) + (o_pr if pr else 0)
            items = [(x_sn + 4, str(k), "left"), (x_code + 2, r.code, "left", F, fit_size(r.code, F, fs, 54)),
                     (x_subj + 3, r.spec.title, "left", F, fit_size(r.spec.title, F, fs, subj_w))]
            for i, v in enumerate(vals):
                items.append((x_groups + sub * i + sub / 2, v, "center"))
            items.append((W - m - 20, str(tot), "center"))
            p.pieces(y, items, F, fs)
            agg_fm += th + pr
            agg_ob += tot
            out.append(course_truth(r, label, None, str(tot), "marks", max_marks=th + pr,
                                    marks_obtained=tot, min_marks=(pm_th if th else 0) + (pm_pr if pr else 0),
                                    theory=[o_th, th] if th else None, practical=[o_pr, pr] if pr else None))
        y += 6
        p.hline(m, W - m, y, 0.8)
        for i, x in enumerate(edges):
            p.vline(x, mid if i in (4, 6, 8) else top, y, 0.5)
        pct = 100.0 * agg_ob / agg_fm
        y += 14
        p.spaced(m + 4, y, [f"Aggregate: {agg_ob}/{agg_fm}", f"Percentage: {pct + 1e-9:.2f}%",
                            f"Division: {division(pct)}"], FB, 9, gap=28)
        y += 26
    # final result
    if y + 120 > H - 60:
        p = Page(A4)
        pages.append(p)
        y = header(p, False)
    p.text(m, y, f"Result: Passed the {cur.title} examination.", FB, 9.5); y += 13
    p.text(m, y, f"Date of Publication of Final Result: {D.long_dmy(s.conferred)} A.D.", F, 9); y += 13
    p.text(m, y, "Pass Marks: 40% in Theory and 50% in Practical of each subject separately.", F, 8); y += 12
    p.text(m, y, "Division: Distinction 80% and above; First 65% to below 80%; Second 50% to below 65%.", F, 8)
    y += 64
    p.signature(m + 10, y - 14, 100, rng)
    p.signature(W - m - 150, y - 14, 110, rng)
    p.pieces(y + 12, [(m + 60, "Prepared by", "center"), (W / 2, "Checked by", "center"),
                      (W - m - 80, "Controller of Examinations", "center")], F, 9)
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 28, f"Page {i} of {len(pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "np_annual_marks", "blind_r1", pages, [name], out, "marks",
                        {"conferred_printed": D.long_dmy(s.conferred) + " A.D."})


TRANSCRIPT_LAYOUTS = {"np_annual_marks": (np_annual_marks, "blind_r1", ("NP",))}
