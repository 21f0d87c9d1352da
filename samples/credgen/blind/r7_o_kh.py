"""Writer O, round 7: Cambodia. Country pack (Bachelor of Science in Medical Laboratory, 4 years, a
Foundation Year of general subjects (Khmer Studies, English) before the specialised years, hospital
Clinical Laboratory Practice in year IV; BSc in Biology; BSc in Nursing) and the "ACADEMIC
TRANSCRIPT" in English with Khmer headings drawn as pictures (no Khmer font on this machine, so the
Khmer is never text): the "KINGDOM OF CAMBODIA / NATION RELIGION KING" motto at the top right, a
photo, per year the two semesters SIDE BY SIDE, each captioned "Year I — Semester 1 (2015-2016)"
with `No. | Subject | Credit | Grade | Grade Point` (No. restarts each semester, no course codes,
Khmer above each column heading), "Semester GPA: 3.12" under each; then "Cumulative GPA: 3.25 —
Total Credits: 146", the grading legend (A 4.0, B+ 3.5, B 3.0, C+ 2.5, C 2.0, D 1.5, E 1.0 pass,
F 0), and the Rector's signature with a round red seal overlapping the last rows.

Credit system: Cambodian credits (Prakas No. 1047 on the credit system) are 15 hours of lecture
(30 of practice, 45 of internship) a credit, the US semester-credit definition: system "semester"."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r7_o_common import (FAMILY, add_department_phrases, course_truth, k, khmer_line, parse, photo_box,
                          place_image, red_seal, remember_dob)

KH_MLS = """
## 1 S1
KH101 | Khmer Studies | 3 | O
KH102 | English for Academic Purposes I | 3 | O
KH103 | General Mathematics | 3 | M
KH104 | General Biology | 3 | B
KH105 | General Chemistry | 3 | C
KH106 | Introduction to Computer | 2 | O
KH107 | Sociology | 2 | O
## 1 S2
KH111 | Khmer Civilization | 3 | O
KH112 | English for Academic Purposes II | 3 | O
KH113 | Physics for Health Sciences | 3 | O
KH114 | Organic Chemistry | 3 | C
KH115 | Introduction to Psychology | 2 | O
KH116 | Cell Biology | 3 | B
KH117 | Environmental Science | 2 | O
## 2 S1
ML201 | Human Anatomy | 3 | B
ML202 | Human Physiology | 3 | B
ML203 | Biochemistry I | 3 | C
ML204 | General Microbiology | 3 | B
ML205 | Biostatistics | 2 | M
ML206 | Medical English | 2 | O
ML207 | Laboratory Safety and Basic Techniques | 2 | P
ML208 | Medical Terminology | 2 | O
## 2 S2
ML211 | Biochemistry II | 3 | C
ML212 | Histology | 2 | B
ML213 | Immunology | 3 | ?B
ML214 | Parasitology | 3 | P
ML215 | Hematology I | 3 | P
ML216 | Analytical Chemistry | 2 | C
ML217 | Public Health | 2 | O
ML218 | Pathology | 2 | ?B
## 3 S1
ML301 | Clinical Biochemistry I | 3 | P
ML302 | Hematology II | 3 | P
ML303 | Medical Bacteriology | 3 | P
ML304 | Urinalysis and Body Fluids | 2 | P
ML305 | Mycology | 2 | P
ML306 | Research Methodology | 2 | O
ML307 | Pharmacology | 2 | O
ML308 | Clinical Microscopy | 2 | P
## 3 S2
ML311 | Clinical Biochemistry II | 3 | P
ML312 | Blood Transfusion and Immunohematology | 3 | P
ML313 | Virology | 2 | ?P
ML314 | Serology | 2 | P
ML315 | Molecular Diagnostics | 2 | ?P
ML316 | Laboratory Quality Management | 2 | P
ML317 | Epidemiology | 2 | O
## 4 S1
ML401 | Histopathology and Cytology Techniques | 3 | P
ML402 | Hemostasis and Coagulation | 2 | P
ML403 | Medical Ethics and Laboratory Law | 2 | P
ML404 | Laboratory Management | 2 | P
ML405 | Laboratory Instrumentation | 2 | P
ML406 | Clinical Laboratory Practice I (Hospital Rotation) | 6 | P | chemistry,hematology,urinalysis
## 4 S2
ML411 | Clinical Laboratory Practice II (Hospital Rotation) | 8 | P | microbiology,blood_bank,immunology
ML412 | Seminar | 2 | O
ML413 | Graduation Thesis | 6 | O
"""

_FY = "\n".join(KH_MLS.strip().splitlines()[:16])

KH_BIO = _FY + """
## 2 S1
BI201 | Botany | 3 | B
BI202 | Zoology | 3 | B
BI203 | Biochemistry I | 3 | C
BI204 | General Microbiology | 3 | B
BI205 | Biostatistics | 3 | M
BI206 | Scientific English | 2 | O
## 2 S2
BI211 | Genetics | 3 | B
BI212 | Biochemistry II | 3 | C
BI213 | Ecology | 3 | B
BI214 | Plant Physiology | 3 | B
BI215 | Analytical Chemistry | 3 | C
## 3 S1
BI301 | Molecular Biology | 3 | B
BI302 | Animal Physiology | 3 | B
BI303 | Immunology | 3 | B
BI304 | Entomology | 3 | B
BI305 | Research Methodology | 2 | O
## 3 S2
BI311 | Freshwater Biology of the Mekong | 3 | B
BI312 | Evolution | 3 | B
BI313 | Biotechnology | 3 | ?B
BI314 | Bioinformatics | 2 | ?O
BI315 | Field Study | 3 | B
## 4 S1
BI401 | Conservation Biology | 3 | B
BI402 | Virology | 3 | B
BI403 | Seminar | 2 | O
BI404 | Environmental Impact Assessment | 3 | B
BI405 | Microbial Ecology | 3 | B
## 4 S2
BI411 | Graduation Thesis | 6 | O
BI412 | Internship at a Research Institute | 4 | O
"""

KH_NUR = _FY + """
## 2 S1
NU201 | Human Anatomy | 3 | B
NU202 | Human Physiology | 3 | B
NU203 | Fundamentals of Nursing | 4 | O
NU204 | Microbiology | 2 | B
NU205 | Biochemistry | 3 | C
## 2 S2
NU211 | Pharmacology | 3 | O
NU212 | Medical-Surgical Nursing I | 4 | O
NU213 | Health Assessment | 3 | O
NU214 | Nutrition | 2 | O
NU215 | Psychology in Nursing | 2 | O
## 3 S1
NU301 | Medical-Surgical Nursing II | 4 | O
NU302 | Maternal and Child Nursing | 4 | O
NU303 | Community Health Nursing | 3 | O
NU304 | Pathophysiology | 3 | ?B
## 3 S2
NU311 | Pediatric Nursing | 4 | O
NU312 | Mental Health Nursing | 3 | O
NU313 | Clinical Practice I | 4 | O
NU314 | Obstetric Nursing | 3 | O
## 4 S1
NU401 | Nursing Management | 3 | O
NU403 | Health Education | 3 | O
NU404 | Gerontological Nursing | 3 | O
NU402 | Clinical Practice II | 6 | O
## 4 S2
NU411 | Clinical Practice III | 6 | O
NU412 | Nursing Research Project | 4 | O
NU413 | Emergency Nursing | 3 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "KH", title, "bachelor", 4, field, "semester", parse(table), 10, 8,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="KH", name="Cambodia",
    given={"F": ["Sreyneang", "Sophea", "Chanthy", "Sreymom", "Bopha", "Malis", "Sokunthea", "Pisey", "Rachana",
                 "Sreyleak", "Channary"],
           "M": ["Vannak", "Sokha", "Dara", "Piseth", "Rithy", "Visal", "Sopheak", "Chanthou", "Kimhong", "Vuthy",
                 "Samnang"]},
    surnames=["Sok", "Chea", "Kim", "Heng", "Ly", "Chan", "Keo", "Meas", "Prak", "Seng", "Nhem", "Phan", "Oum",
              "Touch"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Chaktomuk University of Health Sciences", "Phnom Penh", "Phnom Penh", "KH",
                    "No. 73, Preah Monivong Blvd., Sangkat Srah Chak, Khan Daun Penh", ("kh_mls", "kh_bio", "kh_nur"),
                    extra={"rector": "Prof. Dr. Chhim Sovann", "kh": 14}),
        Institution("Angkor Borey Institute of Medical Technology", "Siem Reap", "Siem Reap", "KH",
                    "National Road No. 6, Sangkat Svay Dangkum", ("kh_mls", "kh_nur"),
                    extra={"rector": "Dr. Ouk Sambath", "kh": 16}, kind="institute"),
        Institution("Kampot Coastal University", "Kampot", "Kampot", "KH", "Street 726, Sangkat Kampong Bay",
                    ("kh_mls", "kh_bio"), extra={"rector": "Dr. Hun Pheakdey", "kh": 11}),
    ],
    employers=[
        Employer("Bassac Riverside Hospital", "Phnom Penh", "Phnom Penh", "KH", "No. 212, Street 598, Khan Chbar Ampov",
                 "+855 23 555 0142", "hr@bassac-riverside.example"),
        Employer("Khmer-Canadian Diagnostic Laboratory", "Phnom Penh", "Phnom Penh", "KH",
                 "No. 45B, Street 271, Khan Toul Kork", "+855 23 555 0176", "admin@kcdlab.example", "lab"),
        Employer("Battambang Sangker Hospital", "Battambang", "Battambang", "KH", "Street 3, Sangkat Svay Por",
                 "+855 53 555 0120", "office@sangker-hospital.example"),
        Employer("Kampong Cham Mekong Medical Center", "Kampong Cham", "Kampong Cham", "KH",
                 "Preah Bat Sihanouk Street, Sangkat Boeung Kok", "+855 42 555 0164", "hr@mekongmc.example"),
    ],
    signers=["Dr. Lim Sophal", "Mr. Tep Bunthoeun", "Ms. Nget Sreymao", "Dr. Khiev Ratha"],
    curricula=[_cur("kh_mls", "Bachelor of Science in Medical Laboratory", "medical_laboratory_science", KH_MLS, True),
               _cur("kh_bio", "Bachelor of Science in Biology", "biology", KH_BIO),
               _cur("kh_nur", "Bachelor of Science in Nursing", "nursing", KH_NUR)],
    mls_curriculum="kh_mls", science_curricula=["kh_bio"], nonqualifying_curricula=["kh_nur"],
    positions_mls=["Medical Laboratory Technologist", "Laboratory Technician"],
    positions_science=["Research Assistant", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"e{sy % 100:02d}{rng.randint(10000, 99999)}",
)
K.register(PACK)
add_department_phrases("KH", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["PCR Laboratory"], "phlebotomy": ["Blood Collection"], "other": ["Parasitology"]})

SCALE = [(85, "A", 4.0), (80, "B+", 3.5), (70, "B", 3.0), (65, "C+", 2.5), (50, "C", 2.0), (45, "D", 1.5),
         (40, "E", 1.0), (0, "F", 0.0)]
ROMAN = ["I", "II", "III", "IV", "V"]


def grade(r):
    sc = min(98, r.score + 4)
    for lo, g, pt in SCALE:
        if sc >= lo:
            return g, pt


def kh_name(person):
    return f"{person.surname.upper()} {person.given}"


def kh_two_column_transcript(s, person, rng):
    remember_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    p = Page(A4)
    L, R = 30, A4[0] - 30
    mid = (L + R) / 2
    name = kh_name(person)
    seed = k(s, "kh")
    khmer_line(p, R - 80, 28, 12, 9, 11, "center", bold=True)
    p.text(R - 80, 44, "KINGDOM OF CAMBODIA", FB, 8.5, "center")
    khmer_line(p, R - 80, 58, 9, 8, 12, "center")
    p.text(R - 80, 72, "NATION RELIGION KING", FB, 7.5, "center")
    p.logo(L + 26, 48, 20, 2)
    khmer_line(p, L + 56, 44, inst.extra["kh"], 10, seed % 1000, "left", bold=True)
    p.text(L + 56, 60, inst.name.upper(), FB, 10)
    khmer_line(p, p.w / 2, 92, 7, 12, 5, "center", bold=True)
    p.text(p.w / 2, 110, "ACADEMIC TRANSCRIPT", FB, 13, "center")
    photo_box(p, R - 56, 118, 50, 62)
    y = 128
    sex = "Female" if person.sex == "F" else "Male"
    info = [[("Name:", name), ("Student ID:", s.student_no)],
            [("Sex:", sex), ("Date of Birth:", D.long_dmy(s.dob))],
            [("Degree:", cur.title), None],
            [("Date of Admission:", D.long_dmy(s.admitted)), ("Date of Graduation:", D.long_dmy(s.conferred))]]
    for row in info:
        items = []
        for j, cell in enumerate(row):
            if cell:
                x = L + j * 250
                items += [(x, cell[0], "left", FB, 8.5), (x + 86, cell[1], "left")]
        p.pieces(y, items, F, 8.5)
        y += 12
    y += 6
    out = []
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    tot_cr = tot_pts = 0
    colw = mid - L - 5
    for yr, terms in sorted(years.items()):
        blocks = []
        for t in terms:
            rows = []
            for r in t.results:
                lines = wrap(r.spec.title, F, 7.6, colw - 112)
                rows.append((r, lines, *grade(r)))
            blocks.append((t, rows))
        top = y
        bottoms = []
        for bi, (t, rows) in enumerate(blocks):
            x0 = L if bi == 0 else mid + 5
            cx = [x0, x0 + 20, x0 + colw - 92, x0 + colw - 60, x0 + colw - 32, x0 + colw]
            sy = t.start_year
            sem = 1 if t.key == "S1" else 2
            cap = f"Year {ROMAN[yr - 1]} — Semester {sem} ({sy}-{sy + 1})"
            p.rect(x0, top, colw, 12, 0.5, 0, fill=0.9)
            p.text(x0 + colw / 2, top + 9, cap, FB, 8, "center")
            yy = top + 18
            khmer_line(p, (cx[1] + cx[2]) / 2, yy + 1, 4, 6, 40 + bi, "center")
            yy += 9
            p.pieces(yy, [((cx[0] + cx[1]) / 2, "No.", "center"), (cx[1] + 3, "Subject", "left"),
                          ((cx[2] + cx[3]) / 2, "Credit", "center"), ((cx[3] + cx[4]) / 2, "Grade", "center"),
                          ((cx[4] + cx[5]) / 2, "Grade Point", "center", FB, 6)], FB, 7.2)
            p.hline(x0, x0 + colw, yy + 3, 0.5)
            yy += 12
            cr = pts = 0
            for i, (r, lines, g, gp) in enumerate(rows, 1):
                c = int(r.spec.credits)
                p.pieces(yy, [((cx[0] + cx[1]) / 2, str(i), "center"), (cx[1] + 3, lines[0], "left"),
                              ((cx[2] + cx[3]) / 2, str(c), "center"), ((cx[3] + cx[4]) / 2, g, "center"),
                              ((cx[4] + cx[5]) / 2, f"{gp:.1f}", "center")], F, 7.6)
                for ln in lines[1:]:
                    yy += 8.5
                    p.text(cx[1] + 8, yy, ln, F, 7.6)
                yy += 9.5
                cr += c
                pts += c * gp
                out.append(course_truth(r, cap, c, g, "semester", title=" ".join(lines), code=None,
                                        grade_point=gp))
            bottoms.append((yy, x0, cr, pts, cx))
            tot_cr += cr
            tot_pts += pts
        yb = max(b[0] for b in bottoms)
        for yy, x0, cr, pts, cx in bottoms:
            for xx in cx[1:-1]:
                p.vline(xx, top + 30, yb - 6, 0.3)
            p.hline(x0, x0 + colw, yb - 6, 0.4)
            p.spaced(x0 + colw - 4, yb + 3, [f"Credits: {cr}", f"Semester GPA: {pts / cr:.2f}"], FB, 7.6, 14, "right")
            p.rect(x0, top, colw, yb + 7 - top, 0.6)
        y = yb + 16
        last_block = (yb, bottoms[-1][1])
    p.hline(L, R, y - 4, 0.9)
    y += 8
    cgpa = tot_pts / tot_cr
    p.spaced(L, y, [f"Cumulative GPA: {cgpa:.2f}", f"Total Credits: {tot_cr}"], FB, 9.5, 30)
    y += 12
    p.text(L, y, "Grading System: A (85-100) = 4.0; B+ (80-84) = 3.5; B (70-79) = 3.0; C+ (65-69) = 2.5; "
           "C (50-64) = 2.0; D (45-49) = 1.5; E (40-44) = 1.0 (Pass); F (0-39) = 0 (Fail).", F, 6.8)
    y += 24
    yb = max(y, p.h - 64)
    p.text(L, yb, f"Phnom Penh, {D.long_dmy(s.conferred)}" if inst.city == "Phnom Penh" else
           f"{inst.city}, {D.long_dmy(s.conferred)}", F, 8.5)
    p.signature(R - 150, yb - 18, 100, rng)
    p.text(R - 100, yb, inst.extra["rector"], FB, 8.5, "center")
    p.text(R - 100, yb + 10, "Rector", F, 8, "center")
    place_image(p, last_block[1] + colw * 0.62, last_block[0] - 22, 74, 74, red_seal(rng, 74))
    if yb > p.h - 30:
        raise ValueError("KH transcript does not fit on one page")
    return LayoutResult("transcript", "kh_two_column_transcript", FAMILY, [p], [name], out, "semester",
                        {"prints_totals": True, "total_credits": tot_cr, "cgpa": round(cgpa, 2)})


TRANSCRIPT_LAYOUTS = {"kh_two_column_transcript": (kh_two_column_transcript, FAMILY, ("KH",))}
