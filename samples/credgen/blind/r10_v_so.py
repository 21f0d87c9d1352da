"""Writer V, round 10: Somalia (SO). Country pack (private universities in Mogadishu and Baidoa;
Bachelor of Science in Medical Laboratory Science, 4 years; BSc Biology; BSc Nursing) and the
registrar's "OFFICIAL TRANSCRIPT": ALL CAPITALS in a monospaced (typewriter) face, titles abbreviated
as an old registrar system prints them ("CLIN. CHEM. I", "HAEM. & BLD TRANSF.", "MED. PARASIT.").

First a "TRANSFER CREDIT" block from another institution (rows with grade "TR", credits, no marks, no
GP, no QP; "TRANSFER CREDITS ACCEPTED: 10"); then per semester a caption "FALL 2014" / "SPRING 2015"
and a table `COURSE NO. | COURSE TITLE | MARKS | GRADE | CR | GP | QP` (MARKS out of 100 and QP = CR x
GP, e.g. 12.00, are NOT credits) with, to the RIGHT of the table, a small column of figures "SEM CR 18
/ SEM GPA 3.21 / CUM CR 54 / CGPA 3.05"; at the end "TOTAL CREDITS EARNED 141   CGPA 3.12" and "***
END OF TRANSCRIPT ***". CUM CR and TOTAL CREDITS EARNED include the transfer credits; SEM GPA and CGPA
are over the university's own graded courses only (QP / CR).

Truth: every row (transfer rows too: term "TRANSFER CREDIT", grade "TR"), term "FALL 2014", title as
printed (abbreviated), credits = CR (US-style semester credits, x 1)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page
from .r3_f_common import parse as parse_local
from .r10_v_common import FAMILY, add_department_phrases, by_reading_order, course_truth, k, r2, round_stamp, sign_block

ABBR = {}

SO_MLS = """
## 1 TR
ENG 101 | ENGLISH COMP. I | English composition I | 3 | O
MATH 101 | COLLEGE MATH. | College mathematics | 3 | M
ISL 101 | ISLAMIC STUD. I | Islamic studies I | 2 | O
ARB 101 | ARABIC LANG. I | Arabic language I | 2 | O
## 1 S1
BIO 101 | GEN. BIOLOGY I | General biology I | 4 | B
CHEM 101 | GEN. CHEM. I | General chemistry I | 4 | C
ICT 101 | INTRO. TO COMPUTERS | Introduction to computers | 3 | O
PHY 101 | GEN. PHYSICS | General physics | 3 | O
SOM 101 | SOMALI STUD. | Somali studies | 2 | O
ENG 102 | ENGLISH COMP. II | English composition II | 3 | O
## 1 S2
BIO 102 | GEN. BIOLOGY II | General biology II | 4 | B
CHEM 102 | GEN. CHEM. II | General chemistry II | 4 | C
HAP 101 | HUM. ANAT. & PHYSIO. I | Human anatomy and physiology I | 3 | B
STAT 101 | BIOSTATISTICS | Biostatistics | 3 | M
ISL 102 | ISLAMIC STUD. II | Islamic studies II | 2 | O
## 2 S1
HAP 201 | HUM. ANAT. & PHYSIO. II | Human anatomy and physiology II | 3 | B
CHEM 201 | ORG. CHEM. | Organic chemistry | 4 | C
MLS 201 | INTRO. TO MED. LAB. SCI. | Introduction to medical laboratory science | 2 | P
MIC 201 | GEN. MICROBIOL. | General microbiology | 4 | B
BCH 201 | BIOCHEM. I | Biochemistry I | 3 | C
## 2 S2
BCH 202 | BIOCHEM. II | Biochemistry II | 3 | C
MLS 211 | HAEMATOLOGY I | Haematology I | 3 | P
MLS 212 | MED. PARASIT. | Medical parasitology | 3 | P
IMM 201 | IMMUNOL. & SEROL. | Immunology and serology | 3 | ?B
MLS 213 | LAB. INSTRUM. & QC | Laboratory instrumentation and quality control | 2 | P
RES 201 | RES. METHODOLOGY | Research methodology | 2 | O
## 3 S1
MLS 301 | CLIN. CHEM. I | Clinical chemistry I | 4 | P | chemistry
MLS 302 | HAEM. & BLD TRANSF. | Haematology and blood transfusion | 4 | P | hematology,blood_bank
MLS 303 | MED. BACTERIOL. | Medical bacteriology | 4 | P | microbiology
MLS 304 | HISTOPATH. TECH. | Histopathology techniques | 3 | P
PH 301 | EPIDEMIOL. | Epidemiology | 2 | O
## 3 S2
MLS 311 | CLIN. CHEM. II | Clinical chemistry II | 4 | P
MLS 312 | MED. MYCOL. & VIROL. | Medical mycology and virology | 3 | P
MLS 313 | URINALYSIS & BODY FLUIDS | Urinalysis and body fluids | 3 | P | urinalysis
MLS 314 | IMMUNOHAEM. | Immunohaematology | 3 | P
MLS 315 | CLIN. IMMUNOL. | Clinical immunology | 3 | ?P
## 4 S1
MLS 401 | MOLEC. DIAGNOSTICS | Molecular diagnostics | 3 | P
MLS 402 | LAB. MGMT & ETHICS | Laboratory management and ethics | 2 | O
MLS 403 | CLIN. PRACTICUM I | Clinical practicum I | 6 | P | chemistry,hematology
MLS 404 | CYTOLOGY | Cytology | 3 | P
MLS 405 | TOXICOL. | Toxicology | 2 | P
## 4 S2
MLS 411 | CLIN. PRACTICUM II | Clinical practicum II | 6 | P | microbiology,blood_bank,urinalysis
MLS 412 | SENIOR PROJECT | Senior project | 4 | O
MLS 413 | SEMINAR IN MLS | Seminar in medical laboratory science | 2 | P
MLS 414 | PUB. HLTH MICROBIOL. | Public health microbiology | 3 | P
"""

SO_BIO = """
## 1 TR
ENG 101 | ENGLISH COMP. I | English composition I | 3 | O
ISL 101 | ISLAMIC STUD. I | Islamic studies I | 2 | O
## 1 S1
BIO 101 | GEN. BIOLOGY I | General biology I | 4 | B
CHEM 101 | GEN. CHEM. I | General chemistry I | 4 | C
MATH 111 | CALCULUS I | Calculus I | 3 | M
ICT 101 | INTRO. TO COMPUTERS | Introduction to computers | 3 | O
## 1 S2
BIO 102 | GEN. BIOLOGY II | General biology II | 4 | B
CHEM 102 | GEN. CHEM. II | General chemistry II | 4 | C
STAT 101 | BIOSTATISTICS | Biostatistics | 3 | M
SOM 101 | SOMALI STUD. | Somali studies | 2 | O
## 2 S1
BIO 201 | CELL BIOL. | Cell biology | 4 | B
CHEM 201 | ORG. CHEM. | Organic chemistry | 4 | C
BIO 202 | BOTANY | Botany | 4 | B
BIO 203 | INVERT. ZOOL. | Invertebrate zoology | 3 | B
## 2 S2
BIO 211 | GENETICS | Genetics | 4 | B
BIO 212 | GEN. MICROBIOL. | General microbiology | 4 | B
BCH 211 | BIOCHEM. | Biochemistry | 4 | C
BIO 213 | VERT. ZOOL. | Vertebrate zoology | 3 | B
## 3 S1
BIO 301 | ECOLOGY | Ecology | 4 | ?B
BIO 302 | ANIMAL PHYSIOL. | Animal physiology | 4 | B
BIO 303 | PLANT PHYSIOL. | Plant physiology | 3 | B
RES 301 | RES. METHODOLOGY | Research methodology | 2 | O
## 3 S2
BIO 311 | MOLEC. BIOL. | Molecular biology | 4 | B
BIO 312 | PARASITOLOGY | Parasitology | 3 | B
BIO 313 | IMMUNOLOGY | Immunology | 3 | ?B
BIO 314 | ENTOMOLOGY | Entomology | 3 | B
## 4 S1
BIO 401 | EVOLUTION | Evolution | 3 | B
BIO 402 | ENVIR. BIOL. | Environmental biology | 3 | ?B
BIO 403 | BIOTECHNOLOGY | Biotechnology | 3 | B
BIO 404 | MARINE BIOL. | Marine biology | 3 | B
## 4 S2
BIO 411 | SENIOR PROJECT | Senior project | 4 | O
BIO 412 | SEMINAR IN BIOL. | Seminar in biology | 2 | B
BIO 413 | FISHERIES BIOL. | Fisheries biology | 3 | B
"""

SO_NUR = """
## 1 TR
ENG 101 | ENGLISH COMP. I | English composition I | 3 | O
## 1 S1
NUR 101 | FUND. OF NURSING I | Fundamentals of nursing I | 4 | O
HAP 101 | HUM. ANAT. & PHYSIO. I | Human anatomy and physiology I | 4 | B
CHEM 100 | GEN. CHEM. (NURS.) | General chemistry for nurses | 3 | C
ISL 101 | ISLAMIC STUD. I | Islamic studies I | 2 | O
## 1 S2
NUR 102 | FUND. OF NURSING II | Fundamentals of nursing II | 4 | O
HAP 102 | HUM. ANAT. & PHYSIO. II | Human anatomy and physiology II | 4 | B
MIC 101 | MICROBIOL. FOR NURSES | Microbiology for nurses | 3 | ?B
## 2 S1
NUR 201 | MED.-SURG. NURSING I | Medical-surgical nursing I | 6 | O
NUR 202 | PHARMACOL. | Pharmacology | 3 | O
NUR 203 | HEALTH ASSESSMENT | Health assessment | 3 | O
## 2 S2
NUR 211 | MED.-SURG. NURSING II | Medical-surgical nursing II | 6 | O
NUR 212 | NUTRITION | Nutrition | 3 | O
## 3 S1
NUR 301 | MATERNAL HLTH NURSING | Maternal health nursing | 6 | O
NUR 302 | PAEDIATRIC NURSING | Paediatric nursing | 5 | O
## 3 S2
NUR 311 | COMMUNITY HLTH NURSING | Community health nursing | 6 | O
NUR 312 | MENTAL HLTH NURSING | Mental health nursing | 4 | O
## 4 S1
NUR 401 | CRITICAL CARE NURSING | Critical care nursing | 5 | O
NUR 402 | NURSING LEADERSHIP | Nursing leadership | 3 | O
## 4 S2
NUR 411 | CLIN. INTERNSHIP | Clinical internship | 8 | O
NUR 412 | SENIOR PROJECT | Senior project | 4 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "SO", title, "bachelor", 4, field, "semester", parse_local(table, ABBR), 9, 8,
                        clinical_training=clin)


SO_INST = [
    Institution("Hiiraan Coast University", "Mogadishu", "Banadir", "SO", "Maka Al-Mukarama Road, Hodan District",
                ("so_mls", "so_bio", "so_nur"), "university",
                extra={"faculty": "FACULTY OF HEALTH SCIENCES", "transfer_from": "SHABELLE INSTITUTE OF HEALTH SCIENCES"}),
    Institution("Jubba Valley University", "Mogadishu", "Banadir", "SO", "Industrial Road, Wadajir District",
                ("so_mls", "so_nur"), "university",
                extra={"faculty": "FACULTY OF MEDICAL LABORATORY & HEALTH SCIENCES",
                       "transfer_from": "BANADIR COMMUNITY COLLEGE"}),
    Institution("Bay Region University of Science", "Baidoa", "South West State", "SO", "Isha Road",
                ("so_mls", "so_bio"), "university",
                extra={"faculty": "FACULTY OF HEALTH & NATURAL SCIENCES", "transfer_from": "BAIDOA POLYTECHNIC COLLEGE"}),
]

PACK = K.CountryPack(
    code="SO", name="Somalia",
    given={"F": ["Hodan", "Fadumo", "Amina", "Sahra", "Ayaan", "Khadija", "Hibo", "Ifrah", "Nasra", "Ubah"],
           "M": ["Abdirahman", "Mohamed", "Abdullahi", "Ahmed", "Hassan", "Omar", "Yusuf", "Abdiaziz", "Liban", "Mahad"]},
    surnames=["Warsame", "Farah", "Jama", "Abdi", "Nur", "Hussein", "Aden", "Osman", "Mohamud", "Elmi", "Guled",
              "Dirie", "Samatar", "Egal"],
    middle={"F": ["Ali", "Hassan", "Ahmed", "Ibrahim", "Yusuf", "Abdi", "Mohamed", "Omar"],
            "M": ["Ali", "Hassan", "Ahmed", "Ibrahim", "Yusuf", "Abdi", "Mohamed", "Omar"]},
    institutions=SO_INST,
    employers=[
        Employer("Hodan Community Hospital", "Mogadishu", "Banadir", "SO", "KM4 Junction, Hodan District",
                 "+252 61 000 0141", "hr@hodan-hospital.example"),
        Employer("Shifa Diagnostic Laboratory", "Mogadishu", "Banadir", "SO", "Wadada Warshadaha, Wadajir",
                 "+252 61 000 0377", "info@shifa-lab.example", "lab"),
        Employer("Baidoa Regional Referral Hospital", "Baidoa", "South West State", "SO", "Hospital Road",
                 "+252 61 000 0518", "admin@baidoa-rrh.example"),
        Employer("Kismayo Mother and Child Hospital", "Kismayo", "Jubaland", "SO", "Farjano Area",
                 "+252 61 000 0650", "hrm@kismayo-mch.example"),
    ],
    signers=["Dr. Abdikadir Mohamed Nur", "Faisal Ahmed Jama", "Dr. Maryan Hassan Elmi", "Mohamed Abdi Warsame"],
    curricula=[_cur("so_mls", "Bachelor of Science in Medical Laboratory Science", "medical_laboratory_science", SO_MLS, True),
               _cur("so_bio", "Bachelor of Science in Biology", "biology", SO_BIO),
               _cur("so_nur", "Bachelor of Science in Nursing", "nursing", SO_NUR)],
    mls_curriculum="so_mls", science_curricula=["so_bio"], nonqualifying_curricula=["so_nur"],
    positions_mls=["Laboratory Technologist", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{''.join(w[0] for w in inst.name.split()[:3])}/{sy % 100:02d}/{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SO", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis and Stool Examination"],
    "molecular": ["PCR Laboratory"], "phlebotomy": ["Sample Collection"], "other": ["Histopathology"]})

SCALE = [(90, "A", 4.0), (85, "A-", 3.7), (80, "B+", 3.3), (75, "B", 3.0), (70, "B-", 2.7), (65, "C+", 2.3),
         (60, "C", 2.0), (50, "D", 1.0)]


def so_grade(marks):
    for lo, g, gp in SCALE:
        if marks >= lo:
            return g, gp
    return "F", 0.0


def so_terms(s):
    """[(label, [(r, marks, grade, gp)])]; the transfer term first."""
    out = []
    for i, t in enumerate(s.terms):
        if t.key == "TR":
            out.append(("TRANSFER CREDIT", [(r, None, "TR", None) for r in t.results]))
            continue
        lab = f"FALL {t.start_year}" if t.key == "S1" else f"SPRING {t.start_year + 1}"
        rows = []
        for j, r in enumerate(t.results):
            m = max(50, min(98, r.score + 4 + k(s, f"m{i}.{j}") % 5))
            g, gp = so_grade(m)
            rows.append((r, m, g, gp))
        out.append((lab, rows))
    return out


def so_gpa(rows):
    cr = sum(r.spec.credits for r, _, _, gp in rows if gp is not None)
    qp = sum(r.spec.credits * gp for r, _, _, gp in rows if gp is not None)
    return cr, qp


def so_cgpa(s):
    terms = so_terms(s)
    allrows = [x for _, rows in terms for x in rows]
    cr, qp = so_gpa(allrows)
    return r2(qp / cr)


def so_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Courier", "Courier-Bold"
    W, H = A4
    L, R = 36, W - 36
    nm = person.full.upper()
    terms = so_terms(s)
    xs = [L, L + 70, L + 242, L + 284, L + 318, L + 344, L + 376, L + 416]   # table ends at xs[-1]
    sx = L + 430                                                        # the figures column
    out = []

    def new_page(n):
        p = Page(A4)
        p.text(W / 2, 40, inst.name.upper(), FB, 13, "center")
        p.text(W / 2, 53, f"{inst.street.upper()}, {inst.city.upper()}, SOMALIA", F, 8, "center")
        p.text(W / 2, 64, "OFFICE OF THE REGISTRAR", F, 8.5, "center")
        p.text(W / 2, 82, "OFFICIAL TRANSCRIPT", FB, 12, "center")
        p.hline(L, R, 88, 0.8)
        p.pieces(101, [(L, f"NAME: {nm}", "left"), (R, f"STUDENT ID: {s.student_no}", "right")], F, 8.5)
        p.pieces(112, [(L, f"PROGRAM: {cur.title.upper()}", "left"), (R, f"PAGE {n}", "right")], F, 8.5)
        if n == 1:
            p.text(L, 123, f"FACULTY: {inst.extra['faculty']}", F, 8.5)
            p.pieces(134, [(L, f"DATE OF BIRTH: {s.dob.strftime('%d-%b-%Y').upper()}", "left"),
                           (L + 250, f"DATE ADMITTED: {s.admitted.strftime('%b %Y').upper()}", "left")], F, 8.5)
            p.text(L, 145, f"DATE OF GRADUATION: {s.conferred.strftime('%d-%b-%Y').upper()}", F, 8.5)
            p.hline(L, R, 152, 0.8)
            return p, 170
        p.hline(L, R, 119, 0.8)
        return p, 136

    def head(p, y, transfer=False):
        hs = ["COURSE NO.", "COURSE TITLE", "MARKS", "GRADE", "CR", "GP", "QP"]
        p.hline(L, xs[-1], y - 9, 0.4)
        p.pieces(y, [(xs[0] + 2, hs[0], "left"), (xs[1] + 2, hs[1], "left")] +
                 [((xs[i] + xs[i + 1]) / 2, hs[i], "center") for i in range(2, 7)], FB, 7.5)
        p.hline(L, xs[-1], y + 4, 0.4)

    fl = Flow(new_page, 90)
    cum_cr, cum_qp, cum_gcr = 0.0, 0.0, 0.0
    for lab, rows in terms:
        fl.need(26 + 11 * len(rows) + 10)
        p, y = fl.page, fl.y
        if lab == "TRANSFER CREDIT":
            p.text(L, y, f"TRANSFER CREDIT FROM: {inst.extra['transfer_from']}", FB, 8.5)
        else:
            p.text(L, y, lab, FB, 9)
        y += 14
        head(p, y)
        y += 14
        top = y
        for r, m, g, gp in rows:
            cr = r.spec.credits
            cells = [m if m is None else str(m), g, f"{int(cr)}", "" if gp is None else f"{gp:.2f}",
                     "" if gp is None else f"{cr * gp:.2f}"]
            p.pieces(y, [(xs[0] + 2, r.code, "left"), (xs[1] + 2, ABBR[r.spec.code], "left")] +
                     [((xs[i + 2] + xs[i + 3]) / 2, c, "center") for i, c in enumerate(cells) if c], F, 8)
            out.append(course_truth(r, lab, cr, g, "semester", title=ABBR[r.spec.code],
                                    **({} if gp is None else {"marks": m, "grade_point": gp,
                                                              "quality_points": r2(cr * gp)})))
            y += 11
        scr = sum(r.spec.credits for r, *_ in rows)
        gcr, qp = so_gpa(rows)
        cum_cr += scr
        cum_gcr += gcr
        cum_qp += qp
        if lab == "TRANSFER CREDIT":
            p.text(xs[1] + 2, y + 2, f"TRANSFER CREDITS ACCEPTED: {int(scr)}", FB, 8)
            y += 14
        else:
            figs = [f"SEM CR {int(scr)}", f"SEM GPA {qp / gcr:.2f}", f"CUM CR {int(cum_cr)}", f"CGPA {cum_qp / cum_gcr:.2f}"]
            p.rect(sx - 4, top - 10, R - sx + 4, 11 * 4 + 6, 0.4, 0.3)
            for i, f_ in enumerate(figs):
                p.text(sx, top + 11 * i, f_, F, 8)
            y = max(y, top + 11 * 4 + 2)
        fl.y = y + 14
    fl.need(120)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 6, 0.8)
    p.pieces(y + 8, [(L, f"TOTAL CREDITS EARNED {int(cum_cr)}", "left"), (L + 260, f"CGPA {cum_qp / cum_gcr:.2f}", "left")], FB, 9)
    p.text(W / 2, y + 30, "*** END OF TRANSCRIPT ***", FB, 9, "center")
    y += 84
    sign_block(p, rng, R - 100, y, "REGISTRAR", F, 8.5, 160)
    round_stamp(p, R - 230, y - 14, 30, 0.45)
    p.text(L, y, f"DATE ISSUED: {s.conferred.strftime('%d-%b-%Y').upper()}", F, 8)
    p.text(L, y + 12, "NOT VALID WITHOUT THE UNIVERSITY SEAL", F, 7.5)
    p.text(L, y + 22, "GRADING: A 90-100 (4.0) A- 85-89 (3.7) B+ 80-84 (3.3) B 75-79 (3.0) B- 70-74 (2.7)", F, 6.5)
    p.text(L, y + 30, "C+ 65-69 (2.3) C 60-64 (2.0) D 50-59 (1.0) F 0-49 (0.0) TR TRANSFER CREDIT", F, 6.5)
    return LayoutResult("transcript", "so_registrar_caps", FAMILY, by_reading_order(fl.pages), [nm], out, "semester",
                        {"prints_totals": True, "cgpa": r2(cum_qp / cum_gcr), "total_credits": int(cum_cr)})


TRANSCRIPT_LAYOUTS = {"so_registrar_caps": (so_transcript, FAMILY, ("SO",))}
