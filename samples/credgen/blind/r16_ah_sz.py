"""Writer AH, round 16: Eswatini (SZ). Country pack (invented universities: a Faculty of Health
Sciences' "Bachelor of Science in Biomedical Sciences", four years, semester system; a "Bachelor of
Science in Biological Sciences"; a "Bachelor of Nursing Science") and the "ACADEMIC TRANSCRIPT":
English, A4 portrait, the national coat of arms as a shape, "Kingdom of Eswatini". The terms are SIDE
BY SIDE: each academic year is a band across the page ("YEAR 1 — 2014/2015") with two tables next to
each other, "SEMESTER I" on the left half and "SEMESTER II" on the right, each with its own heading
`Code | Course Title | Cr | CA | Exam | Final | Grd`; codes "BMS111", titles wrapping to two lines in
the narrow half; Final = 40 % CA + 60 % exam, rounded; grades A 80+, B+ 70-79, B 65-69, C+ 60-64,
C 50-59, D 45-49 (supplementary), F below 45. A course passed at the supplementary examination shows
"52*" and grade C; a course failed (F) is carried and printed again in the same semester of the next
year. Under each half "Credits: 18 GPA: 3.12"; under each band "Cumulative Credits: 36 CGPA: 3.05
Decision: PROCEED" (or "PROCEED CARRYING BMS214"; the last year "AWARD"). The last page:
"Classification of Degree: ...", "Date of Award: 22 October 2018", the grading key, the Registrar.

Truth: credit_system "semester" (semester credits, a full load 15-19 a semester; 1 credit = 1 SH).
Every printed row is a course row (code as printed, term "Year 2 Semester I 2015/2016", grade the
letter); an F row is a failed attempt (`passed: false`), its retake counts. "Credits" under a half
is the credits earned in that semester (F rows left out); GPA is over the credits taken (grade points
A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D 1.0, F 0), two decimals; Cumulative Credits and CGPA run over
all rows so far. The classification follows the final CGPA (First Class 3.60, Second Class Upper
Division 3.00, Lower Division 2.50, Pass).
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r16_ah_common import (EN_MONTHS, FAMILY, ROMAN, add_department_phrases, by_reading_order, coat_of_arms,
                            course_truth, k, r2, rubber_stamp, sign_block)

SZ_BMS = """
## 1 S1
BIO101 | Introductory Biology I | 4 | B
CHE101 | General Chemistry I | 4 | C
MAT101 | Mathematics for Life Sciences | 3 | M
PHY101 | Physics for Health Sciences | 3 | O
ACS101 | Academic Communication Skills I | 3 | O
## 1 S2
BIO102 | Introductory Biology II | 4 | B
CHE102 | General Chemistry II | 4 | C
STA102 | Introductory Statistics | 3 | M
BMS102 | Introduction to Biomedical Sciences | 3 | ?P
ACS102 | Academic Communication Skills II | 3 | O
## 2 S1
BMS211 | Human Anatomy | 4 | B
BMS213 | Human Physiology I | 4 | B
CHE211 | Organic Chemistry | 4 | C
BMS215 | Cell and Molecular Biology | 3 | B
BMS217 | General Microbiology | 3 | B
## 2 S2
BMS212 | Biochemistry | 4 | C
BMS214 | Human Physiology II | 4 | B
BMS216 | Immunology | 3 | ?B
BMS218 | Histology and Histological Techniques | 4 | ?P
BMS220 | Biostatistics and Epidemiology | 3 | M
## 3 S1
BMS311 | Clinical Chemistry I | 4 | P
BMS313 | Haematology I | 4 | P
BMS315 | Medical Bacteriology | 4 | ?P
BMS317 | Medical Parasitology | 3 | P
BMS319 | Research Methods | 3 | O
## 3 S2
BMS312 | Clinical Chemistry II | 4 | P
BMS314 | Haematology II and Haemostasis | 4 | P
BMS316 | Medical Virology and Mycology | 3 | ?P
BMS318 | Blood Transfusion Science | 4 | ?P
BMS320 | Laboratory Quality Management | 3 | ?P
## 4 S1
BMS411 | Molecular Diagnostics | 4 | ?P
BMS413 | Histopathology and Cytology | 4 | P
BMS415 | Clinical Immunology and Serology | 3 | ?P
BMS417 | Research Project I | 3 | O
BMS419 | Urinalysis and Body Fluids | 3 | P
## 4 S2
BMS400 | Clinical Attachment | 12 | P | chemistry,hematology,microbiology,blood_bank
BMS422 | Research Project II | 4 | O
"""

SZ_BIO = """
## 1 S1
BIO101 | Introductory Biology I | 4 | B
CHE101 | General Chemistry I | 4 | C
MAT101 | Mathematics for Life Sciences | 4 | M
ACS101 | Academic Communication Skills I | 3 | O
## 1 S2
BIO102 | Introductory Biology II | 4 | B
CHE102 | General Chemistry II | 4 | C
STA102 | Introductory Statistics | 4 | M
ACS102 | Academic Communication Skills II | 3 | O
## 2 S1
BIO211 | Plant Form and Function | 4 | B
BIO213 | Animal Diversity | 4 | B
BIO215 | Genetics | 4 | B
CHE211 | Organic Chemistry | 4 | C
## 2 S2
BIO212 | Microbiology | 4 | B
BIO214 | Ecology | 4 | ?B
BIO216 | Cell Biology | 4 | B
CHE212 | Biochemistry | 4 | C
## 3 S1
BIO311 | Molecular Biology | 4 | B
BIO313 | Animal Physiology | 4 | B
BIO315 | Plant Physiology | 4 | B
BIO317 | Biometry | 4 | M
## 3 S2
BIO312 | Immunology | 4 | ?B
BIO314 | Evolutionary Biology | 4 | B
BIO316 | Entomology | 4 | B
BIO318 | Research Methods | 3 | O
## 4 S1
BIO411 | Conservation Biology | 4 | ?B
BIO413 | Biotechnology | 4 | ?B
BIO415 | Research Project I | 4 | O
BIO417 | Environmental Management | 4 | O
## 4 S2
BIO412 | Human Genetics | 4 | B
BIO414 | Parasitology | 4 | ?B
BIO416 | Research Project II | 6 | O
"""

SZ_NUR = """
## 1 S1
NUR101 | Anatomy and Physiology I | 4 | B
NUR103 | Fundamentals of Nursing I | 4 | O
NUR105 | Psychology for Nurses | 3 | O
NUR107 | Nursing Practicum I | 4 | O
## 1 S2
NUR102 | Anatomy and Physiology II | 4 | B
NUR104 | Fundamentals of Nursing II | 4 | O
NUR106 | Microbiology and Parasitology | 3 | ?B
NUR108 | Nursing Practicum II | 4 | O
## 2 S1
NUR211 | Medical-Surgical Nursing I | 4 | O
NUR213 | Pharmacology | 4 | O
NUR215 | Nursing Practicum III | 8 | O
## 2 S2
NUR212 | Medical-Surgical Nursing II | 4 | O
NUR214 | Paediatric Nursing | 4 | O
NUR216 | Nursing Practicum IV | 8 | O
## 3 S1
NUR311 | Midwifery I | 4 | O
NUR313 | Community Health Nursing | 4 | O
NUR315 | Nursing Practicum V | 8 | O
## 3 S2
NUR312 | Midwifery II | 4 | O
NUR314 | Mental Health Nursing | 4 | O
NUR316 | Nursing Practicum VI | 8 | O
## 4 S1
NUR411 | Nursing Leadership and Management | 4 | O
NUR413 | Nursing Research | 4 | O
NUR415 | Nursing Practicum VII | 8 | O
## 4 S2
NUR412 | Nursing Internship | 12 | O
NUR414 | Research Project | 4 | O
"""

FACULTY = {"sz_bms": "Faculty of Health Sciences", "sz_bio": "Faculty of Science and Engineering",
           "sz_nur": "Faculty of Health Sciences"}

SZ_INST = [
    Institution("University of Lubombo", "Siteki", "Lubombo Region", "SZ", "Private Bag L3, Siteki",
                ("sz_bms", "sz_bio", "sz_nur"), "university",
                extra={"registrar": "Mr. Themba S. Nxumalo", "vc": "Prof. Nomvula P. Dube",
                       "chancellor": "Dr. Sabelo M. Khumalo", "abbr": "UNILU"}),
    Institution("Usuthu Valley University", "Manzini", "Manzini Region", "SZ", "P.O. Box 2150, Manzini",
                ("sz_bms", "sz_bio", "sz_nur"), "university",
                extra={"registrar": "Mrs. Gugu N. Mavuso", "vc": "Prof. Bhekithemba J. Tsabedze",
                       "chancellor": "Dr. Phumzile L. Ndzimandze", "abbr": "UVU"}),
]


def _cur(cid, title, field, text, clin=False):
    return C.Curriculum(cid, "SZ", title, "bachelor", 4, field, "semester", C._parse(text), 8, 10,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="SZ", name="Eswatini",
    given={"F": ["Nomsa", "Thandeka", "Lindiwe", "Nokuthula", "Sibongile", "Zanele", "Phindile", "Nonhlanhla",
                 "Ntombifuthi", "Khanyisile"],
           "M": ["Sibusiso", "Mandla", "Bongani", "Sipho", "Thulani", "Musa", "Vusi", "Lwazi", "Siphesihle",
                 "Mcolisi"]},
    surnames=["Dlamini", "Simelane", "Nkambule", "Mamba", "Shongwe", "Magagula", "Motsa", "Zwane", "Maseko",
              "Hlophe", "Gama", "Mdluli", "Matsebula", "Vilakati"],
    middle={"F": [], "M": []},
    institutions=SZ_INST,
    employers=[
        Employer("Ezulwini Valley Referral Hospital", "Ezulwini", "Hhohho Region", "SZ", "P.O. Box 44, Ezulwini",
                 "+268 2416 0000", "hr@ezulwini-hospital.example"),
        Employer("Manzini Lutheran Mission Hospital", "Manzini", "Manzini Region", "SZ", "P.O. Box 318, Manzini",
                 "+268 2505 0000", "personnel@mlmh.example"),
        Employer("Lubombo Regional Government Hospital", "Siteki", "Lubombo Region", "SZ", "P.O. Box 9, Siteki",
                 "+268 2343 0000", "admin@lubombo-rgh.example"),
        Employer("Inkhundla Diagnostic Laboratories (Pty) Ltd", "Mbabane", "Hhohho Region", "SZ",
                 "Plot 112, Gwamile Street, Mbabane", "+268 2404 0000", "careers@inkhundla-lab.example", "lab"),
    ],
    signers=["Mrs. Busisiwe Kunene", "Mr. Mduduzi Sukati", "Dr. Nonjabulo Mkhonta"],
    curricula=[_cur("sz_bms", "Bachelor of Science in Biomedical Sciences", "medical_laboratory_science", SZ_BMS,
                    True),
               _cur("sz_bio", "Bachelor of Science in Biological Sciences", "biology", SZ_BIO),
               _cur("sz_nur", "Bachelor of Nursing Science", "nursing", SZ_NUR)],
    mls_curriculum="sz_bms", science_curricula=["sz_bio"], nonqualifying_curricula=["sz_nur"],
    positions_mls=["Laboratory Technologist", "Biomedical Scientist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="nospace",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SZ", {
    "blood_bank": ["Blood Transfusion"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

GRADES = [(80, "A", 4.0), (70, "B+", 3.5), (65, "B", 3.0), (60, "C+", 2.5), (50, "C", 2.0), (45, "D", 1.0),
          (0, "F", 0.0)]
PTS = {g: p for _, g, p in GRADES}


def letter(f):
    return next(g for lo, g, _ in GRADES if f >= lo)


def marks(s, salt, target):
    ca = max(35, min(95, target + (k(s, salt + "ca") % 13) - 5))
    ex = max(20, min(95, round((target - 0.4 * ca) / 0.6)))
    return ca, ex, round(0.4 * ca + 0.6 * ex + 1e-9)


def results(s):
    """Per year: [(term, [(result, CA, Exam, Final as printed, grade, passed)])], carried courses added to
    the same semester of the next year."""
    years = {}
    carry = {}
    nyears = max(t.year for t in s.terms)
    for i, t in enumerate(s.terms):
        rows = []
        for r, salt in carry.pop(t.key, []):
            ca, ex, f = marks(s, salt + "r", max(52, r.score - 4))
            rows.append((r, ca, ex, str(f), letter(f), True))
        for j, r in enumerate(t.results):
            salt = f"{i}.{j}"
            h = k(s, "fate" + salt) % 100
            if h < 4 and t.year < nyears and r.spec.credits < 10:
                ca, ex, f = marks(s, salt, 36 + h)
                rows.append((r, ca, ex, str(f), "F", False))
                carry.setdefault(t.key, []).append((r, salt))
            elif h < 10:
                ca, ex, f = marks(s, salt, 45 + h % 5)
                rows.append((r, ca, ex, f"{50 + h % 5}*", "C", True))
            else:
                ca, ex, f = marks(s, salt, max(51, r.score))
                rows.append((r, ca, ex, str(f), letter(f), True))
        years.setdefault(t.year, []).append((t, rows))
    return years


def gpa(rows):
    cr = sum(r.spec.credits for r, *_ in rows)
    return r2(sum(PTS[g] * r.spec.credits for r, _, _, _, g, _ in rows) / cr)


def final_cgpa(s):
    allrows = [x for yr in results(s).values() for _, rows in yr for x in rows]
    return gpa(allrows)


def classification(s):
    c = final_cgpa(s)
    return ("First Class" if c >= 3.6 else "Second Class, Upper Division" if c >= 3.0 else
            "Second Class, Lower Division" if c >= 2.5 else "Pass")


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def sz_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 34, W - 34
    half = (R - L - 10) / 2
    # column offsets inside a half: Code | Course Title | Cr | CA | Exam | Final | Grd
    OFF = [0, 36, 132, 150, 172, 198, 226, half]
    fz = 6.9
    nm = f"{person.surname.upper()}, {' '.join(x for x in (person.given, person.middle) if x)}"
    pages = []
    years = results(s)
    out = []
    cum_rows = []

    def header(p, first):
        if first:
            coat_of_arms(p, W / 2, 56, 22)
            p.text(W / 2, 96, "KINGDOM OF ESWATINI", S, 8.5, "center")
            p.text(W / 2, 112, inst.name.upper(), SB, 14, "center")
            p.text(W / 2, 125, f"{inst.street} - {FACULTY[cur.id]}", S, 8.5, "center")
            p.text(W / 2, 146, "ACADEMIC TRANSCRIPT", SB, 12.5, "center")
            y = 166
            p.pieces(y, [(L, "Name:", "left", SB, 8.5), (L + 60, nm, "left"),
                         (L + 330, "Student No.:", "left", SB, 8.5), (L + 400, s.student_no, "left")], S, 8.5)
            p.pieces(y + 12, [(L, "Programme:", "left", SB, 8.5), (L + 60, cur.title, "left"),
                              (L + 330, "Date of Birth:", "left", SB, 8.5), (L + 400, en_date(s.dob), "left")], S, 8.5)
            p.pieces(y + 24, [(L, "Entry:", "left", SB, 8.5), (L + 60, f"August {s.terms[0].start_year}", "left"),
                              (L + 330, "Mode:", "left", SB, 8.5), (L + 400, "Full-time", "left")], S, 8.5)
            return y + 44
        p.text(L, 40, f"{inst.name} - Academic Transcript - {nm} - {s.student_no} (continued)", S, 7.5)
        return 58

    p = Page(A4)
    pages.append(p)
    y = header(p, True)
    nyears = len(years)
    for yi, yr in enumerate(sorted(years)):
        terms = years[yr]
        tl = {t.key: (t, rows) for t, rows in terms}

        def heights(rows):
            return sum(6 + 8.2 * len(wrap(r.spec.title, S, fz, OFF[2] - OFF[1] - 4)) for r, *_ in rows)

        need = 16 + 14 + max(heights(rows) for _, rows in terms) + 44
        if y + need > H - 40:
            p = Page(A4)
            pages.append(p)
            y = header(p, False)
        t0 = terms[0][0]
        p.rect(L, y, R - L, 14, 0, 0.0, fill=0.82)
        p.text(L + 4, y + 10, f"YEAR {yr} — {t0.start_year}/{t0.start_year + 1}", SB, 8.5)
        y += 14
        top = y
        # the two halves: each line of the left half and the right half on one baseline is one line
        col = {}
        for side, key in ((0, "S1"), (1, "S2")):
            if key not in tl:
                continue
            x0 = L + side * (half + 10)
            lines = []
            lines.append((top + 11, [(x0 + 2, f"SEMESTER {ROMAN[int(key[1]) - 1]}", "left", SB, 7.5)]))
            hy = top + 23
            lines.append((hy, [(x0 + OFF[0] + 2, "Code", "left", SB, fz), (x0 + OFF[1] + 2, "Course Title", "left", SB, fz),
                               (x0 + (OFF[2] + OFF[3]) / 2, "Cr", "center", SB, fz),
                               (x0 + (OFF[3] + OFF[4]) / 2, "CA", "center", SB, fz),
                               (x0 + (OFF[4] + OFF[5]) / 2, "Exam", "center", SB, fz),
                               (x0 + (OFF[5] + OFF[6]) / 2, "Final", "center", SB, fz),
                               (x0 + (OFF[6] + OFF[7]) / 2, "Grd", "center", SB, fz)]))
            p.hline(x0, x0 + half, hy + 3, 0.6)
            yy = hy + 3
            t, rows = tl[key]
            for r, ca, ex, fin, g, ok in rows:
                tls = wrap(r.spec.title, S, fz, OFF[2] - OFF[1] - 4)
                b = yy + 9
                lines.append((b, [(x0 + OFF[0] + 2, r.code, "left"), (x0 + OFF[1] + 2, tls[0], "left"),
                                  (x0 + (OFF[2] + OFF[3]) / 2, str(int(r.spec.credits)), "center"),
                                  (x0 + (OFF[3] + OFF[4]) / 2, str(ca), "center"),
                                  (x0 + (OFF[4] + OFF[5]) / 2, str(ex), "center"),
                                  (x0 + (OFF[5] + OFF[6]) / 2, fin, "center"),
                                  (x0 + (OFF[6] + OFF[7]) / 2, g, "center")]))
                for m, ln in enumerate(tls[1:], 1):
                    lines.append((b + 8.2 * m, [(x0 + OFF[1] + 2, ln, "left")]))
                yy += 6 + 8.2 * len(tls)
                extra = {"ca": ca, "exam": ex, "final": fin}
                if not ok:
                    extra["passed"] = False
                out.append(course_truth(r, f"Year {yr} Semester {ROMAN[int(key[1]) - 1]} "
                                           f"{t.start_year}/{t.start_year + 1}", r.spec.credits, g, "semester",
                                        code=r.code, **extra))
            col[side] = (lines, yy, rows, x0)
        bottom = max(v[1] for v in col.values())
        for side, (lines, yy, rows, x0) in col.items():
            earned = int(sum(r.spec.credits for r, *rest in rows if rest[-1]))
            lines.append((bottom + 12, [(x0 + 2, f"Credits: {earned}", "left", SB, 7.5),
                                        (x0 + 70, f"GPA: {gpa(rows):.2f}", "left", SB, 7.5)]))
            p.rect(x0, top, half, bottom - top + 17, 0.6, 0.0)
        # merge the halves' lines by baseline (one recorded line per baseline)
        merged = {}
        for side in sorted(col):
            for b, items in col[side][0]:
                merged.setdefault(round(b, 2), []).extend(items)
        for b in sorted(merged):
            p.pieces(b, merged[b], S, fz)
        for _, rows in terms:
            cum_rows.extend(rows)
        y = bottom + 30
        cum_cr = int(sum(r.spec.credits for r, *rest in cum_rows if rest[-1]))
        carried = [r.code for _, rows in terms for r, *rest in rows if not rest[-1]]
        dec = "AWARD" if yi == nyears - 1 else ("PROCEED CARRYING " + ", ".join(carried) if carried else "PROCEED")
        p.spaced(L + 2, y, [f"Cumulative Credits: {cum_cr}", f"CGPA: {gpa(cum_rows):.2f}", f"Decision: {dec}"], SB,
                 8, gap=26)
        y += 18
    if y + 210 > H - 30:
        p = Page(A4)
        pages.append(p)
        y = header(p, False)
    y += 8
    p.text(L, y, f"Classification of Degree: {classification(s)}", SB, 10)
    p.text(L, y + 14, f"Date of Award: {en_date(s.conferred)}", SB, 10)
    y += 36
    p.text(L, y, "GRADING KEY", SB, 8)
    key = ["A 80-100 (4.0)", "B+ 70-79 (3.5)", "B 65-69 (3.0)", "C+ 60-64 (2.5)", "C 50-59 (2.0)",
           "D 45-49 Supplementary (1.0)", "F 0-44 Fail (0.0)"]
    p.spaced(L, y + 12, key[:4], S, 7.5, gap=18)
    p.spaced(L, y + 23, key[4:], S, 7.5, gap=18)
    p.text(L, y + 36, "Final = 40% continuous assessment (CA) + 60% examination. * Passed at supplementary "
                      "examination (mark capped).", S, 7.5)
    sign_block(p, rng, R - 110, y + 100, "REGISTRAR", S, 8.5, 170, inst.extra["registrar"])
    rubber_stamp(p, R - 260, y + 84, 44, 26, 0.5)
    p.text(L, y + 110, "This transcript is not valid without the University stamp.", S, 7.5)
    return LayoutResult("transcript", "ah_sz_transcript", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ah_sz_transcript": (sz_transcript, FAMILY, ("SZ",))}
