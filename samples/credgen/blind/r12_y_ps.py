"""Writer Y, round 12: Palestine (PS). Country pack (a university's Faculty of Health Professions:
"B.Sc. in Medical Laboratory Sciences", four years; B.Sc. in Biology; B.Sc. in Nursing) and the English
"OFFICIAL TRANSCRIPT" printed in two newspaper columns: the left column runs semester after semester top
to bottom and continues at the top of the right column (a semester may break from the bottom of the
left column to the top of the right one). Each semester has a caption ("First Semester 2015/2016",
"Second Semester 2015/2016", "Summer Semester 2016") and rows Course No. (7 digits) | Course Title
(abbreviated) | Cr. | Mark (0-100, no letter; pass 60, 65 for the major's courses); under each semester
a small line "Sem. Hrs 17 Sem. Avg 78.4 Cum. Hrs 51 Cum. Avg 77.9". Transferred courses show "TR" for
the mark and count towards the hours (not the average); a failed course (mark below 60) counts in the
average but not in the hours passed and is repeated in the next semester. Full-width header above the
columns (Name, Student No., College, Major, Date of Admission, Date of Graduation) and at the end
"Total Credit Hours Passed: 141   Cumulative Average: 79.6   Grade: Very Good", the seal, the registrar.

Credit basis: semester credit hours (system "semester", 1 = 1 SH). A failed attempt is a truth row
with passed False and semester_hours 0; a transferred course has grade "TR" and transfer True."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, fit_size
from .r12_y_common import (FAMILY, add_department_phrases, course_truth, k,
                           sign_block, star_seal)

PS_MLS = """
## 1 S1
0331101 | Gen. Biology I | 3 | B
0331103 | Gen. Biology Lab I | 1 | B
0332101 | Gen. Chemistry I | 3 | C
0332103 | Gen. Chem. Lab I | 1 | C
0333101 | Calculus I | 3 | M
1100101 | Arabic Language I | 3 | O
1100111 | English I | 3 | O
## 1 S2
0331102 | Gen. Biology II | 3 | B
0332102 | Gen. Chemistry II | 3 | C
0332104 | Gen. Chem. Lab II | 1 | C
0334101 | Gen. Physics I | 3 | O
1100112 | English II | 3 | O
1100121 | Palestinian Studies | 3 | O
## 1 SU
1100131 | Islamic Culture | 3 | O
0335101 | Biostatistics | 3 | M
## 2 S1
0332211 | Organic Chem. I | 3 | C
0332213 | Organic Chem. Lab | 1 | C
0341211 | Human Anatomy | 3 | B
0341212 | Human Physiology | 3 | B
0341221 | Intro. to Med. Lab. Sci. | 2 | ?P
0341231 | Medical Terminology | 2 | O
0332221 | Analytical Chem. | 3 | C
## 2 S2
0342201 | Biochemistry I | 3 | C
0342202 | Biochemistry Lab | 1 | C
0341241 | Gen. Microbiology | 3 | B
0341242 | Gen. Microbiology Lab | 1 | B
0341251 | Histology | 3 | B
0341261 | Cell Biology | 3 | B
## 2 SU
0341271 | Computer Skills | 3 | O
## 3 S1
0341311 | Clin. Chem. I | 3 | P
0341312 | Clin. Chem. Lab I | 1 | P
0341321 | Hematology I | 3 | P
0341322 | Hematology Lab | 1 | P
0341331 | Med. Bacteriology | 3 | P
0341332 | Med. Bact. Lab | 1 | P
0341341 | Immunology | 3 | ?B
## 3 S2
0341313 | Clin. Chem. II | 3 | P
0341323 | Hematology II | 3 | P
0341351 | Parasitology | 3 | P
0341352 | Parasitology Lab | 1 | P
0341361 | Urinalysis & Body Fluids | 2 | P
0341371 | Immunohematology | 3 | P
## 3 SU
0341381 | Medical Ethics | 2 | O
1100141 | Community Health | 3 | O
## 4 S1
0341411 | Clin. Immunology & Serology | 3 | ?P
0341421 | Mycology & Virology | 3 | ?P
0341431 | Molecular Diagnostics | 3 | ?P
0341441 | Histotechniques | 2 | P
0341451 | Lab. Management & QC | 2 | P
0341461 | Research Methods | 2 | O
0341471 | Clin. Toxicology | 2 | ?P
## 4 S2
0341481 | Clinical Training I | 6 | P | chemistry,hematology,urinalysis
0341482 | Clinical Training II | 6 | P | microbiology,blood_bank,immunology
0341491 | Graduation Project | 2 | O
"""

PS_BIO = """
## 1 S1
0331101 | Gen. Biology I | 3 | B
0332101 | Gen. Chemistry I | 3 | C
0333101 | Calculus I | 3 | M
1100101 | Arabic Language I | 3 | O
1100111 | English I | 3 | O
## 1 S2
0331102 | Gen. Biology II | 3 | B
0332102 | Gen. Chemistry II | 3 | C
0334101 | Gen. Physics I | 3 | O
1100112 | English II | 3 | O
1100121 | Palestinian Studies | 3 | O
## 2 S1
0331211 | Botany | 3 | B
0331221 | Invertebrate Zoology | 4 | B
0332211 | Organic Chem. I | 3 | C
0335101 | Biostatistics | 3 | M
## 2 S2
0331231 | Vertebrate Zoology | 4 | B
0331241 | Gen. Microbiology | 4 | B
0342201 | Biochemistry I | 3 | C
1100131 | Islamic Culture | 3 | O
## 3 S1
0331311 | Genetics | 3 | B
0331321 | Cell Biology | 3 | B
0331331 | Plant Physiology | 4 | B
0331341 | Ecology | 3 | B
## 3 S2
0331351 | Animal Physiology | 4 | B
0331361 | Molecular Biology | 3 | B
0331371 | Immunology | 3 | B
0331381 | Embryology | 3 | B
## 4 S1
0331411 | Evolution | 3 | B
0331421 | Parasitology | 3 | B
0331431 | Biotechnology | 3 | B
0331441 | Entomology | 3 | B
## 4 S2
0331451 | Virology | 3 | B
0331461 | Environmental Biology | 3 | B
0331491 | Seminar in Biology | 1 | O
"""

PS_NUR = """
## 1 S1
0351101 | Fund. of Nursing I | 4 | O
0341211 | Human Anatomy | 3 | B
1100111 | English I | 3 | O
## 1 S2
0351102 | Fund. of Nursing II | 4 | O
0341212 | Human Physiology | 3 | B
1100121 | Palestinian Studies | 3 | O
## 2 S1
0351211 | Adult Health Nursing I | 6 | O
0351221 | Pharmacology | 3 | O
## 2 S2
0351212 | Adult Health Nursing II | 6 | O
0351231 | Health Assessment | 3 | O
## 3 S1
0351311 | Maternity Nursing | 6 | O
0351321 | Pediatric Nursing | 6 | O
## 3 S2
0351331 | Psychiatric Nursing | 6 | O
0351341 | Community Health Nursing | 6 | O
## 4 S1
0351411 | Critical Care Nursing | 6 | O
0351421 | Nursing Management | 3 | O
## 4 S2
0351491 | Nursing Internship | 8 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "PS", title, "bachelor", 4, field, "semester", parse_(table), 9, 6,
                        clinical_training=clin)


def parse_(t):
    return C._parse(t)


PS_INST = [
    Institution("An-Nasr National University", "Nablus", "Nablus Governorate", "PS", "Rafidia Street",
                ("ps_mls", "ps_bio", "ps_nur"), "university",
                extra={"fac": "Faculty of Health Professions", "fac_bio": "Faculty of Science",
                       "ar": "جامعة النصر الوطنية", "ar_city": "نابلس - فلسطين"}),
    Institution("Bethlehem Hills University", "Bethlehem", "Bethlehem Governorate", "PS", "Hebron Road",
                ("ps_mls", "ps_bio", "ps_nur"), "university",
                extra={"fac": "Faculty of Health Professions", "fac_bio": "Faculty of Science",
                       "ar": "جامعة تلال بيت لحم", "ar_city": "بيت لحم - فلسطين"}),
]

PACK = K.CountryPack(
    code="PS", name="Palestine",
    given={"F": ["Aya", "Lina", "Rania", "Dima", "Hanan", "Samah", "Yasmin", "Noor", "Areej", "Ruba"],
           "M": ["Ahmad", "Mohammad", "Khaled", "Omar", "Yousef", "Tamer", "Sami", "Mahmoud", "Anas", "Bilal"]},
    surnames=["Daraghmeh", "Qasem", "Hamdan", "Zeidan", "Abu Eid", "Salameh", "Khatib", "Jaber", "Awad", "Masri",
              "Shtayyeh", "Odeh"],
    middle={"F": ["Mahmoud", "Ibrahim", "Khalil", "Jamal", "Adnan"],
            "M": ["Mahmoud", "Ibrahim", "Khalil", "Jamal", "Adnan"]},
    institutions=PS_INST,
    employers=[
        Employer("Marj Ibn Amer Governmental Hospital", "Jenin", "Jenin Governorate", "PS", "Haifa Street",
                 "+970 4 000 2501", "hr.mia@moh.example.ps"),
        Employer("Al-Rahma Charitable Hospital", "Bethlehem", "Bethlehem Governorate", "PS", "Manger Street",
                 "+970 2 000 7713", "admin@rahma-hospital.example", "ngo"),
        Employer("Red Crescent Al-Wafa Hospital", "Hebron", "Hebron Governorate", "PS", "Ein Sara Street",
                 "+970 2 000 1180", "hr@wafa-hospital.example", "ngo"),
        Employer("MedLab Palestine Laboratories", "Ramallah", "Ramallah and Al-Bireh", "PS", "Al-Irsal Street",
                 "+970 2 000 9045", "info@medlab-pal.example", "lab"),
    ],
    signers=["Dr. Nabil Sawalha", "Rana Qaraeen", "Dr. Hisham Abu Ghosh", "Maha Tamimi"],
    curricula=[_cur("ps_mls", "B.Sc. in Medical Laboratory Sciences", "medical_laboratory_science", PS_MLS, True),
               _cur("ps_bio", "B.Sc. in Biology", "biology", PS_BIO),
               _cur("ps_nur", "B.Sc. in Nursing", "nursing", PS_NUR)],
    mls_curriculum="ps_mls", science_curricula=["ps_bio"], nonqualifying_curricula=["ps_nur"],
    positions_mls=["Medical Laboratory Technologist", "Medical Laboratory Specialist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"1{sy % 100:02d}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("PS", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["PCR Unit"], "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

MAJOR = ("mls_professional",)


def ps_mark(s, r, salt):
    m = 58 + (r.score - 45) / 47.0 * 36 + (k(s, salt) % 11 - 5)
    lo = 65 if r.spec.category in MAJOR else 60
    return max(lo, min(97, int(round(m))))


def term_caption(t):
    y = t.start_year
    if t.key == "SU":
        return f"Summer Semester {y + 1}"
    return f"{'First' if t.key == 'S1' else 'Second'} Semester {y}/{y + 1}"


def grade_word(avg):
    return "Excellent" if avg >= 90 else "Very Good" if avg >= 80 else "Good" if avg >= 70 else "Pass"


def ps_rows(s):
    """[(caption, [(r, mark or 'TR', failed)])]"""
    out = [[term_caption(t), []] for t in s.terms]
    transfer = k(s, "tr") % 4 == 0
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            if transfer and i == 0 and r.code.startswith("1100"):
                out[i][1].append((r, "TR", False))
                continue
            m = ps_mark(s, r, f"m{i}.{j}")
            f = k(s, f"f{i}.{j}")
            if r.spec.category not in MAJOR and not r.spec.areas and f % 15 == 0 and i + 1 < len(s.terms):
                out[i][1].append((r, 42 + f % 17, True))
                out[i + 1][1].append((r, max(60, m - 6), False))
            else:
                out[i][1].append((r, m, False))
    return out


def ps_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 36, W - 36
    gap = 16
    cw = (R - L - gap) / 2
    nm = name_form(person, "caps")
    rows = ps_rows(s)
    pages, courses = [], []
    sz, rh = 7.4, 9.4
    fac = inst.extra["fac_bio"] if cur.id == "ps_bio" else inst.extra["fac"]

    def head(p, first):
        p.logo(L + 18, 40, 17, 2, 0.3)
        p.text(W / 2, 36, inst.name.upper(), FB, 12.5, "center")
        p.text(W / 2, 49, "Office of the Registrar", F, 9, "center")
        p.text(W / 2, 66, "OFFICIAL TRANSCRIPT", FB, 11.5, "center")
        y = 84
        if first:
            major = {"ps_mls": "Medical Laboratory Sciences", "ps_bio": "Biology", "ps_nur": "Nursing"}[cur.id]
            rows_ = [[("Name:", nm), ("Student No.:", s.student_no)],
                     [("College:", fac), ("Major:", major)],
                     [("Date of Admission:", s.admitted.strftime("%d/%m/%Y")),
                      ("Date of Graduation:", s.conferred.strftime("%d/%m/%Y"))]]
            for rr in rows_:
                items = []
                for c, (a, b) in enumerate(rr):
                    x = L + c * (cw + gap)
                    items += [(x, a, "left", FB, 8.2), (x + 86, b, "left", F, 8.2)]
                p.pieces(y, items)
                y += 11.5
        else:
            p.pieces(y, [(L, f"Name: {nm}", "left"), (R, f"Student No.: {s.student_no}", "right")], F, 8.2)
            y += 11.5
        p.hline(L, R, y - 4, 0.8)
        return y + 6

    # column slots: (x0, y_top) per page, filled left then right
    state = {"p": None, "col": 1, "y": 0, "top": 0}
    bottom = H - 150

    def col_x():
        return L + state["col"] * (cw + gap)

    def col_head():
        x = col_x()
        y = state["y"]
        state["p"].pieces(y, [(x, "Course No.", "left"), (x + 44, "Course Title", "left"), (x + cw - 34, "Cr.", "right"),
                              (x + cw, "Mark", "right")], FB, 7.2)
        state["p"].hline(x, x + cw, y + 2.5, 0.4)
        state["y"] += 11

    def next_col():
        if state["col"] == 0:
            state["col"] = 1
            state["y"] = state["top"]
            state["p"].vline(L + cw + gap / 2, state["top"] - 8, bottom, 0.4)
        else:
            p = Page(A4)
            pages.append(p)
            state.update(p=p, col=0, y=head(p, len(pages) == 1))
            state["top"] = state["y"]
        col_head()

    def need(h):
        if state["y"] + h > bottom:
            next_col()

    next_col()
    cum_hrs, cum_pts, cum_att = 0, 0.0, 0
    for cap, rs in rows:
        if not rs:
            continue
        need(11 + rh)
        x = col_x()
        state["p"].text(x, state["y"], cap, FB, 7.8)
        state["y"] += 10.5
        sem_hrs, sem_pts, sem_att = 0, 0.0, 0
        for r, m, failed in rs:
            need(rh)
            x, p = col_x(), state["p"]
            cr = int(r.spec.credits)
            tsz = fit_size(r.spec.title, F, sz, cw - 90, 6.0)
            p.pieces(state["y"], [(x, r.code, "left"), (x + 44, r.spec.title, "left", F, tsz),
                                  (x + cw - 34, str(cr), "right"), (x + cw, str(m), "right")], F, sz)
            state["y"] += rh
            if m == "TR":
                sem_hrs += cr
                courses.append(course_truth(r, cap, cr, "TR", "semester", transfer=True))
            elif failed:
                sem_pts += m * cr
                sem_att += cr
                courses.append(course_truth(r, cap, cr, str(m), "semester", passed=False, semester_hours=0))
            else:
                sem_hrs += cr
                sem_pts += m * cr
                sem_att += cr
                courses.append(course_truth(r, cap, cr, str(m), "semester"))
        cum_hrs += sem_hrs
        cum_pts += sem_pts
        cum_att += sem_att
        need(10)
        savg = f"{sem_pts / sem_att:.1f}" if sem_att else "-"
        cavg = f"{cum_pts / cum_att:.1f}" if cum_att else "-"
        state["p"].spaced(col_x(), state["y"], [f"Sem. Hrs {sem_hrs}", f"Sem. Avg {savg}", f"Cum. Hrs {cum_hrs}",
                                                f"Cum. Avg {cavg}"], F, 6.4, 9)
        state["y"] += 14
    if state["col"] == 0:
        state["p"].vline(L + cw + gap / 2, state["top"] - 8, state["y"], 0.4)
    avg = cum_pts / cum_att
    p = pages[-1]
    y = bottom + 12          # the closing block sits under both columns of the last page
    p.hline(L, R, y, 0.8)
    y += 14
    p.spaced(L, y, [f"Total Credit Hours Passed: {cum_hrs}", f"Cumulative Average: {avg:.1f}",
                    f"Grade: {grade_word(avg)}"], FB, 9, 22)
    y += 12
    p.text(L, y, "Pass mark: 60 (65 for major courses). TR: transferred course.", F, 6.8)
    y += 48
    star_seal(p, W / 2, y - 10, 28, 0.4, points=14)
    sign_block(p, rng, R - 90, y, "Registrar", F, 8.5, 150)
    p.text(L, y, f"Issued: {(s.conferred + dt.timedelta(days=25 + k(s, 'iss') % 40)).strftime('%d/%m/%Y')}", F, 8)
    for n, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 24, f"Page {n} of {len(pages)} - This transcript is not valid without the university seal",
                F, 6.6, "center")
    return LayoutResult("transcript", "ps_two_column_transcript", FAMILY, pages, [nm], courses,
                        "semester", {"prints_totals": True, "total_hours": cum_hrs, "cum_avg": f"{avg:.1f}",
                                     "pass_mark": 60})


TRANSCRIPT_LAYOUTS = {"ps_two_column_transcript": (ps_transcript, FAMILY, ("PS",))}
