"""Writer U, round 10: Laos (LA). Country pack (Bachelor of Medical Technology of an invented university
of health sciences' Faculty of Medical Technology, 4 years, 8 semesters; Bachelor of Science in
Biology; Bachelor of Nursing) and the "TRANSCRIPT OF ACADEMIC RECORD" (Lao over English: no embedded
font covers Lao, so every Lao line is a picture of round letters, never text): landscape, a MATRIX
with one row per subject `No. | Subject (Lao / English) | Credits` and then EIGHT semester columns
"Y1 S1 | Y1 S2 | Y2 S1 | ... | Y4 S2" where only the cell of the semester in which the subject was
taken holds its grade (A, B+, B, C+, C, D+, D, F), the others empty; a subject failed and retaken has
"F" in its first semester's cell and the new grade in the same semester of the next year, on the same
row; "Total credits 144   GPA 3.21" at the bottom (GPA over the final grades, A 4 ... D 1); the seal
and signature of the "Dean of the Faculty of Medical Technology".

Truth: one entry per grade printed (the F with passed False), term "Year 2 Semester 1"; credits are
semester credits (system "semester")."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LANDSCAPE_A4, Flow, Page, fit_size
from .r10_u_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, k, lao, parse, r2,
                           round_stamp, sign_block)

LA_MT = """
## 1 S1
LAO101 | Lao Language and Culture | 2 | O
POL101 | Political Theory | 2 | O
ENG101 | English I | 3 | O
BIO101 | General Biology | 4 | B
CHE101 | General Chemistry | 4 | C
MAT101 | Mathematics | 3 | M
## 1 S2
ENG102 | English II | 3 | O
CHE102 | Organic Chemistry | 4 | C
PHY102 | Physics for Health Sciences | 3 | O
ANA102 | Human Anatomy | 4 | B
INF102 | Computer Science | 2 | O
FRE102 | French for Health Sciences | 2 | O
## 2 S1
PHS201 | Human Physiology | 4 | B
BCH201 | Biochemistry I | 4 | C
MBI201 | General Microbiology | 4 | B
HIS201 | Histology | 3 | B
STA201 | Biostatistics | 3 | M
PHA201 | Pharmacology | 3 | O
## 2 S2
BCH202 | Biochemistry II | 3 | C
HEM202 | Haematology I | 4 | P
PAR202 | Medical Parasitology | 4 | P
IMM202 | Immunology | 3 | ?P
LAB202 | Laboratory Safety and Instruments | 2 | P
EPI202 | Epidemiology | 2 | O
## 3 S1
BAC301 | Medical Bacteriology | 4 | P
CCH301 | Clinical Chemistry I | 4 | P
HEM301 | Haematology II | 4 | P
SER301 | Serology | 3 | P
VIR301 | Virology and Mycology | 3 | P
ENG301 | English for Medical Technology | 2 | O
## 3 S2
CCH302 | Clinical Chemistry II | 4 | P
BLB302 | Blood Bank | 4 | P
UBF302 | Urine and Body Fluids | 3 | P
MOL302 | Molecular Diagnostics | 3 | ?P
RES302 | Research Methodology | 2 | O
PHC302 | Primary Health Care | 2 | O
## 4 S1
QCM401 | Quality Control and Laboratory Management | 3 | P
CYT401 | Cytology | 3 | P
CLI401 | Clinical Practice I | 6 | P | chemistry,hematology,urinalysis
PHL401 | Public Health Laboratory | 3 | P
ETH401 | Professional Ethics | 2 | O
## 4 S2
CLI402 | Clinical Practice II | 8 | P | microbiology,blood_bank
THE402 | Thesis | 6 | O
"""

LA_BIO = """
## 1 S1
LAO101 | Lao Language and Culture | 2 | O
BIO101 | General Biology | 4 | B
CHE101 | General Chemistry | 4 | C
MAT101 | Mathematics | 4 | M
## 1 S2
BOT102 | Botany | 4 | B
ZOO102 | Zoology | 4 | B
CHE102 | Organic Chemistry | 4 | C
PHY102 | Physics | 4 | O
## 2 S1
GEN201 | Genetics | 4 | B
MBI201 | Microbiology | 4 | B
BCH201 | Biochemistry | 4 | C
## 2 S2
ECO202 | Ecology | 4 | B
CEL202 | Cell Biology | 4 | B
STA202 | Biostatistics | 3 | M
## 3 S1
PHS301 | Animal Physiology | 4 | B
PLP301 | Plant Physiology | 4 | B
ENT301 | Entomology | 3 | B
## 3 S2
MOL302 | Molecular Biology | 4 | B
IMM302 | Immunology | 3 | ?B
FOR302 | Forest Ecology | 3 | B
## 4 S1
BTE401 | Biotechnology | 4 | B
EVO401 | Evolution | 3 | B
## 4 S2
THE402 | Thesis | 6 | O
"""

LA_NUR = """
## 1 S1
NUR101 | Fundamentals of Nursing I | 8 | O
ANA101 | Anatomy and Physiology | 6 | B
## 1 S2
NUR102 | Fundamentals of Nursing II | 14 | O
## 2 S1
NUR201 | Adult Nursing I | 14 | O
## 2 S2
NUR202 | Adult Nursing II | 14 | O
## 3 S1
NUR301 | Maternal and Child Nursing | 14 | O
## 3 S2
NUR302 | Paediatric Nursing | 14 | O
## 4 S1
NUR401 | Community Nursing | 14 | O
## 4 S2
NUR402 | Nursing Practicum | 14 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "LA", title, "bachelor", 4, field, "semester", parse(table), 9, 7, clinical_training=clin)


LA_INST = [
    Institution("Mekong University of Health Sciences", "Vientiane", "Vientiane Capital", "LA", "Samsenthai Road, Sisattanak District",
                ("la_mt", "la_nur"), "university", extra={"fac": "Faculty of Medical Technology"}),
    Institution("Savannakhet University of Health Sciences", "Kaysone Phomvihane", "Savannakhet", "LA",
                "Route 9, Kaysone Phomvihane District", ("la_mt", "la_nur"), "university",
                extra={"fac": "Faculty of Medical Technology"}),
    Institution("Luang Namtha National University", "Luang Namtha", "Luang Namtha", "LA", "Ban Done Khoun",
                ("la_bio",), "university", extra={"fac": "Faculty of Natural Sciences"}),
]

PACK = K.CountryPack(
    code="LA", name="Laos",
    given={"F": ["Souksavanh", "Manivone", "Vilayphone", "Khamla", "Phonesavanh", "Noudeng", "Chanthala", "Davone"],
           "M": ["Bounmy", "Sengphet", "Phonexay", "Khamphou", "Somsack", "Vanthong", "Thongsavath", "Anousone"]},
    surnames=["Phommachanh", "Sisouphanh", "Vongsa", "Keomany", "Inthavong", "Souvannavong", "Chanthavong",
              "Xayavong", "Phetsomphou", "Luangrath"],
    middle={"F": [], "M": []},
    institutions=LA_INST,
    employers=[
        Employer("Setthathirath Riverside Hospital", "Vientiane", "Vientiane Capital", "LA", "Ban Nongbone, Xaysetha District",
                 "+856 21 000 412", "admin@srh-vte.example"),
        Employer("Champasak Provincial Hospital", "Pakse", "Champasak", "LA", "Ban Phonsavanh, Pakse District",
                 "+856 31 000 215", "hr@champasak-ph.example"),
        Employer("Savannakhet Provincial Hospital", "Kaysone Phomvihane", "Savannakhet", "LA", "Ban Xayaphoum",
                 "+856 41 000 318", "personnel@svk-ph.example"),
        Employer("Lao-Thai Friendship Medical Laboratory", "Vientiane", "Vientiane Capital", "LA", "Nongbone Road",
                 "+856 21 000 999", "info@ltf-lab.example", "lab"),
    ],
    signers=["Dr. Sengphet Inthavong", "Assoc. Prof. Dr. Manivone Keomany", "Mr. Vanthong Luangrath", "Dr. Khamla Vongsa"],
    curricula=[_cur("la_mt", "Bachelor of Medical Technology", "medical_laboratory_science", LA_MT, True),
               _cur("la_bio", "Bachelor of Science in Biology", "biology", LA_BIO),
               _cur("la_nur", "Bachelor of Nursing", "nursing", LA_NUR)],
    mls_curriculum="la_mt", science_curricula=["la_bio"], nonqualifying_curricula=["la_nur"],
    positions_mls=["Medical Technologist", "Laboratory Technician"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"MT{sy % 100:02d}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("LA", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology"], "phlebotomy": ["Blood Collection"], "other": ["Parasitology"]})

SCALE = [(85, "A", 4.0), (78, "B+", 3.5), (70, "B", 3.0), (64, "C+", 2.5), (58, "C", 2.0), (53, "D+", 1.5), (0, "D", 1.0)]
PTS = {g: p for _, g, p in SCALE}
COLS = [f"Y{y} S{s}" for y in range(1, 5) for s in (1, 2)]


def letter(sc):
    for lo, g, _ in SCALE:
        if sc >= lo:
            return g


def la_rows(s):
    """[(r, {col index: grade}, [(col, grade, passed)])], total credits, GPA."""
    rows = []
    fail = k(s, "lf") % 2 == 0
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            g = letter(r.score + 2 + k(s, f"g{i}.{j}") % 11 - 5)
            if fail and i == 2 + k(s, "fi") % 3 and j == 1:
                rows.append((r, [(i, "F", False), (i + 2, g, True)]))
            else:
                rows.append((r, [(i, g, True)]))
    cr = int(sum(r.spec.credits for r, _ in rows))
    pts = sum(PTS[c[-1][1]] * r.spec.credits for r, c in rows)
    return rows, cr, r2(pts / cr)


def la_matrix(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = LANDSCAPE_A4
    L, R = 30, W - 30
    nm = name_form(person, "natural")
    rows, cr, gpa = la_rows(s)
    cw = (R - L - 420) / 8
    xs = [L, L + 24, L + 380, L + 420] + [L + 420 + cw * (c + 1) for c in range(8)]
    out = []
    seed = k(s, "lao")

    def new_page(n):
        p = Page(LANDSCAPE_A4)
        lao(p, W / 2, 26, 14, 7.5, seed + 1, "center", bold=True)
        p.text(W / 2, 41, "LAO PEOPLE'S DEMOCRATIC REPUBLIC", FB, 9, "center")
        lao(p, W / 2, 52, 16, 6.5, seed + 2, "center")
        p.text(W / 2, 66, "Peace Independence Democracy Unity Prosperity", FI, 8, "center")
        lao(p, L, 30, 12, 6.5, seed + 3, "left")
        p.text(L, 45, "Ministry of Health", F, 8)
        lao(p, L, 55, 14, 6.5, seed + 4, "left")
        p.text(L, 70, inst.name, FB, 8.5)
        p.text(L, 81, inst.extra["fac"], F, 8)
        p.text(R, 70, f"No. {k(s, 'no') % 900 + 100}/{'FMT' if cur.id != 'la_bio' else 'FNS'}", F, 8, "right")
        y = 96
        if n == 1:
            lao(p, W / 2, y, 12, 9, seed + 5, "center", bold=True)
            p.text(W / 2, y + 18, "TRANSCRIPT OF ACADEMIC RECORD", FB, 13, "center")
            y += 34
            p.spaced(L, y, [f"Name: {nm}", f"Date of Birth: {s.dob.strftime('%d/%m/%Y')}", f"Student ID: {s.student_no}",
                            f"Programme: {cur.title}", f"Academic years: {s.admitted.year}-{s.conferred.year}"],
                     F, 8.5, gap=22)
            y += 10
        else:
            p.spaced(L, y, [f"Name: {nm}", f"Student ID: {s.student_no}"], F, 8.5, gap=30)
            y += 8
        p.rect(L, y, R - L, 26, 0.6, 0, fill=0.9)
        for c, hd in enumerate(["No.", "", "Credits"] + COLS):
            cx = (xs[c] + xs[c + 1]) / 2
            if c == 1:
                lao(p, xs[1] + 4, y + 9, 9, 5.5, seed + 6, "left")
                p.text(xs[1] + 4, y + 21, "Subject (Lao / English)", FB, 7.5)
            else:
                p.text(cx, y + 16, hd, FB, 7.5, "center")
        for x in xs:
            p.vline(x, y, y + 26, 0.4)
        return p, y + 26

    fl = Flow(new_page, 40)
    for n, (r, cells) in enumerate(rows, 1):
        fl.need(13)
        p, y = fl.page, fl.y
        b = y + 9.5
        lw = lao(p, xs[1] + 3, b, 4 + (k(s, f"w{n}") % 5), 6.5, seed + 10 + n, "left")
        t = r.spec.title
        sz = fit_size(t, F, 7.6, xs[2] - xs[1] - lw - 14, 6)
        items = [((xs[0] + xs[1]) / 2, str(n), "center"), (xs[1] + lw + 8, t, "left", F, sz),
                 ((xs[2] + xs[3]) / 2, str(int(r.spec.credits)), "center")]
        for ci, g, ok in cells:
            items.append(((xs[3 + ci] + xs[4 + ci]) / 2, g, "center"))
            y1, key = divmod(ci, 2)
            extra = {} if ok else {"passed": False, "semester_hours": 0}
            out.append(course_truth(r, f"Year {y1 + 1} Semester {key + 1}", r.spec.credits, g, "semester", code=None,
                                    **extra))
        p.pieces(b, items, F, 7.6)
        for x in xs:
            p.vline(x, y, y + 13, 0.3)
        p.hline(L, R, y + 13, 0.3)
        fl.y = y + 13
    fl.need(120)
    p, y = fl.page, fl.y + 18
    p.spaced(L, y, [f"Total credits {cr}", f"GPA {gpa:.2f}"], FB, 10, gap=40)
    p.text(L, y + 14, "Grading: A = 4.0, B+ = 3.5, B = 3.0, C+ = 2.5, C = 2.0, D+ = 1.5, D = 1.0, F = 0 (fail).", FI, 7.5)
    d = s.conferred
    p.text(R - 120, y, f"Vientiane, {d.strftime('%d/%m/%Y')}" if inst.city == "Vientiane" else
           f"{inst.city}, {d.strftime('%d/%m/%Y')}", F, 8.5, "center")
    lao(p, R - 120, y + 16, 14, 8, seed + 7, "center")
    sign_block(p, rng, R - 120, y + 66, f"Dean of the {inst.extra['fac']}", FB, 8.5, 200)
    round_stamp(p, R - 150, y + 50, 30, 0.45)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 16, f"{i}/{len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "la_semester_matrix", FAMILY, by_reading_order(fl.pages), [nm], out, "semester",
                        {"prints_totals": True, "gpa": f"{gpa:.2f}"})


TRANSCRIPT_LAYOUTS = {"la_semester_matrix": (la_matrix, FAMILY, ("LA",))}
