"""Writer N, round 7: Kuwait (KW). Country pack (BSc Medical Laboratory Sciences, Faculty of Allied
Health Sciences, 4 years after a Foundation Program; BSc Biological Sciences; BSc Nursing) and a
university's "OFFICIAL ACADEMIC TRANSCRIPT": English body, the university's Arabic name over its
English name and an Arabic line under the title (drawn as images, r4_g_arabic); terms "Fall
2014/2015", "Spring 2014/2015", "Summer 2015"; columns `Course | Title | Cr | Grd | Pts` (Course
"MLS 231", credits 1-4, scale A 4.00, A- 3.67, B+ 3.33, B 3.00, B- 2.67, C+ 2.33, C 2.00 ... F,
Pts = Cr x points); a first block "Transfer credit from Foundation Program" whose courses carry
"TR" and no points (their credits count as earned, not in the GPA); after each term two lines
"TERM Att 16 Earn 16 GPA 3.21" and "CUM Att 48 Earn 48 GPA 3.10" (institutional credits only);
two terms side by side on each page (left and right halves, titles wrapped in the narrow
columns); at the end "Transfer credits 12  Institutional credits 124  Total credits earned 136",
"Degree Conferred: Bachelor of Science in Medical Laboratory Sciences  June 18, 2019", a boxed
"Key to grades" legend; in small type at the foot of every page "Issued without erasures or
alterations". Credit system `semester` (1 credit = 1 SH)."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r4_g_arabic import arabic_line
from .r7_n_common import FAMILY, add_department_phrases, course_truth, parse, r2

KW_MLS = """
## 1 TR
ENG 101 | English for Academic Purposes I | 3 | O
ENG 102 | English for Academic Purposes II | 3 | O
MATH 101 | Pre-Calculus | 3 | M
CSC 101 | Computer Literacy | 3 | O
## 1 S1
CHEM 101 | General Chemistry I | 4 | C
BIOL 101 | General Biology I | 4 | B
PHYS 105 | Physics for Health Sciences | 3 | O
ARAB 101 | Arabic Language Skills | 3 | O
ISLM 101 | Islamic Culture | 2 | O
## 1 S2
CHEM 102 | General Chemistry II | 4 | C
BIOL 102 | General Biology II | 4 | B
STAT 110 | Biostatistics | 3 | M
AHS 120 | Medical Terminology | 2 | ?O
HIST 102 | History of Kuwait and the Gulf | 3 | O
## 1 SU
CHEM 211 | Organic Chemistry I | 4 | C
## 2 S1
ANAT 201 | Human Anatomy | 3 | B
PHSL 202 | Human Physiology | 3 | B
CHEM 212 | Organic Chemistry II | 3 | C
MLS 201 | Introduction to Medical Laboratory Sciences | 2 | ?O
MLS 211 | Basic Laboratory Techniques and Safety | 2 | P
BIOC 231 | Biochemistry I | 3 | C
## 2 S2
BIOC 232 | Biochemistry II | 3 | C
MICR 241 | General Microbiology | 4 | B
MLS 221 | Hematology I | 3 | P
MLS 231 | Clinical Chemistry I | 3 | P
IMMU 251 | Basic Immunology | 3 | ?B
## 3 S1
MLS 322 | Hematology II and Hemostasis | 3 | P
MLS 332 | Clinical Chemistry II | 3 | P
MLS 341 | Diagnostic Bacteriology | 4 | P
MLS 351 | Immunology and Serology | 3 | ?B
MLS 361 | Urinalysis and Body Fluids | 2 | P
## 3 S2
MLS 342 | Medical Mycology and Virology | 3 | ?P
MLS 345 | Medical Parasitology | 3 | P
MLS 371 | Immunohematology | 4 | P
MLS 381 | Histotechnology and Cytology | 3 | P
MLS 391 | Molecular Diagnostics | 3 | ?B
## 3 SU
MLS 395 | Laboratory Management and Quality Assurance | 2 | P
MLS 397 | Research Methods in Health Sciences | 2 | O
## 4 S1
MLS 411 | Clinical Practicum in Clinical Chemistry | 4 | P | chemistry
MLS 412 | Clinical Practicum in Hematology and Coagulation | 4 | P | hematology
MLS 413 | Clinical Practicum in Microbiology | 4 | P | microbiology
MLS 421 | Seminar in Medical Laboratory Sciences | 1 | O
## 4 S2
MLS 414 | Clinical Practicum in Blood Bank | 4 | P | blood_bank
MLS 415 | Clinical Practicum in Immunology and Urinalysis | 3 | P | immunology,urinalysis
MLS 498 | Senior Project | 3 | O
MLS 422 | Comprehensive Review in Laboratory Medicine | 2 | ?P
"""

KW_BIO = """
## 1 TR
ENG 101 | English for Academic Purposes I | 3 | O
MATH 101 | Pre-Calculus | 3 | M
## 1 S1
BIOL 101 | General Biology I | 4 | B
CHEM 101 | General Chemistry I | 4 | C
MATH 111 | Calculus I | 3 | M
ARAB 101 | Arabic Language Skills | 3 | O
## 1 S2
BIOL 102 | General Biology II | 4 | B
CHEM 102 | General Chemistry II | 4 | C
PHYS 101 | General Physics I | 4 | O
## 2 S1
BIOL 211 | Genetics | 3 | B
BIOL 221 | Microbiology | 4 | B
CHEM 211 | Organic Chemistry I | 4 | C
## 2 S2
BIOL 231 | Cell Biology | 3 | B
BIOL 241 | Plant Biology | 3 | B
CHEM 212 | Organic Chemistry II | 3 | C
## 3 S1
BIOL 311 | Animal Physiology | 3 | B
BIOL 321 | Immunology | 3 | B
BIOC 331 | Biochemistry | 3 | C
## 3 S2
BIOL 341 | Molecular Biology | 3 | B
BIOL 351 | Ecology | 3 | ?B
STAT 210 | Biostatistics | 3 | M
## 4 S1
BIOL 411 | Virology | 3 | ?B
BIOL 421 | Marine Biology of the Gulf | 3 | B
## 4 S2
BIOL 491 | Senior Research Project | 3 | O
BIOL 495 | Seminar | 1 | O
"""

KW_NUR = """
## 1 TR
ENG 101 | English for Academic Purposes I | 3 | O
## 1 S1
NURS 101 | Anatomy and Physiology for Nurses | 4 | B
NURS 111 | Fundamentals of Nursing | 4 | O
## 1 S2
NURS 121 | Health Assessment | 3 | O
NURS 131 | Pharmacology for Nurses | 3 | O
## 2 S1
NURS 211 | Adult Health Nursing I | 6 | O
## 2 S2
NURS 221 | Adult Health Nursing II | 6 | O
## 3 S1
NURS 311 | Maternity Nursing | 5 | O
## 3 S2
NURS 321 | Pediatric Nursing | 5 | O
## 4 S1
NURS 411 | Community Health Nursing | 5 | O
## 4 S2
NURS 421 | Nursing Internship | 6 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "KW", title, "bachelor", 4, field, "semester", parse(table), 9, 6,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="KW", name="Kuwait",
    given={"F": ["Fatma", "Noura", "Dana", "Hessa", "Maryam", "Ghadeer", "Anfal", "Dalal", "Rawan", "Sarah",
                 "Lulwa", "Asmaa"],
           "M": ["Abdullah", "Fahad", "Yousef", "Mishari", "Bader", "Khaled", "Hamad", "Nawaf", "Saud", "Talal",
                 "Mohammad", "Ali"]},
    surnames=["Al-Mutairi", "Al-Ajmi", "Al-Enezi", "Al-Shammari", "Al-Rashidi", "Al-Hajri", "Al-Kandari",
              "Al-Qattan", "Behbehani", "Al-Awadhi", "Al-Duwaisan", "Al-Fadhli", "Al-Saleh", "Dashti",
              "Al-Khaldi", "Al-Harbi"],
    middle={"F": ["Mohammad", "Ahmad", "Abdulaziz", "Salem", "Ali", "Jassim", "Hamad"],
            "M": ["Mohammad", "Ahmad", "Abdulaziz", "Salem", "Ali", "Jassim", "Hamad"]},
    institutions=[
        Institution("Kuwait Bay University", "Kuwait City", "Capital Governorate", "KW", "Shuwaikh Campus, Block 3",
                    ("kw_bsc_mls", "kw_bsc_bio", "kw_bsc_nur"), extra={"ar": "جامعة جون الكويت"}),
        Institution("Jahra University of Applied Sciences", "Al Jahra", "Jahra Governorate", "KW",
                    "Block 5, Street 12, Al-Qasr", ("kw_bsc_mls", "kw_bsc_nur"),
                    extra={"ar": "جامعة الجهراء للعلوم التطبيقية"}),
        Institution("Gulf Coast University for Health Sciences", "Hawally", "Hawally Governorate", "KW",
                    "Tunis Street, Block 7", ("kw_bsc_mls", "kw_bsc_bio"),
                    extra={"ar": "جامعة ساحل الخليج للعلوم الصحية"}),
    ],
    employers=[
        Employer("Abu Halifa General Hospital", "Abu Halifa", "Ahmadi Governorate", "KW", "Coastal Road, Block 2",
                 "+965 2200 0142", "hr@ahgh.example"),
        Employer("Sulaibikhat Specialized Hospital", "Sulaibikhat", "Capital Governorate", "KW",
                 "Jamal Abdul Nasser Street", "+965 2200 0178", "admin@ssh-kw.example"),
        Employer("Fintas Medical Laboratories Center", "Fintas", "Ahmadi Governorate", "KW", "Block 4, Street 30",
                 "+965 2200 0193", "lab@fintas-mlc.example", "lab"),
        Employer("Al-Qurain District Hospital", "Al-Qurain", "Mubarak Al-Kabeer Governorate", "KW",
                 "Block 1, Street 101", "+965 2200 0121", "personnel@qurain-dh.example"),
    ],
    signers=["Dr. Fahad Al-Ajmi", "Dr. Hessa Al-Qattan", "Mr. Bader Al-Rashidi", "Ms. Dalal Behbehani"],
    curricula=[_cur("kw_bsc_mls", "Bachelor of Science in Medical Laboratory Sciences", "medical_laboratory_science",
                    KW_MLS, True),
               _cur("kw_bsc_bio", "Bachelor of Science in Biological Sciences", "biology", KW_BIO),
               _cur("kw_bsc_nur", "Bachelor of Science in Nursing", "nursing", KW_NUR)],
    mls_curriculum="kw_bsc_mls", science_curricula=["kw_bsc_bio"], nonqualifying_curricula=["kw_bsc_nur"],
    positions_mls=["Medical Laboratory Technologist", "Clinical Laboratory Scientist", "Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("KW", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histopathology"]})

SCALE = [("A", 4.0), ("A-", 3.67), ("B+", 3.33), ("B", 3.0), ("B-", 2.67), ("C+", 2.33), ("C", 2.0),
         ("C-", 1.67), ("D+", 1.33), ("D", 1.0), ("F", 0.0)]
PTS = dict(SCALE)
TERM = {"S1": "Fall", "S2": "Spring", "SU": "Summer"}


def term_label(t):
    if t.key == "S1":
        return f"Fall {t.start_year}/{t.start_year + 1}"
    if t.key == "S2":
        return f"Spring {t.start_year}/{t.start_year + 1}"
    return f"Summer {t.start_year + 1}"


def kw_blocks(s):
    """[(label, rows, term (att, earn, gpa) or None, cum (att, earn, gpa) or None)]; TR block first."""
    out, ca, cp = [], 0, 0.0
    for t in s.terms:
        if t.key == "TR":
            rows = [(r, "TR", None) for r in t.results]
            out.append(("Transfer credit from Foundation Program", rows, None, None))
            continue
        rows = [(r, r.letter, round(r.spec.credits * PTS[r.letter], 2)) for r in t.results]
        a = sum(r.spec.credits for r in t.results)
        p = sum(x[2] for x in rows)
        ca, cp = ca + a, cp + p
        out.append((term_label(t), rows, (a, a, r2(p / a)), (ca, ca, r2(cp / ca))))
    return out


def _i(x):
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def kw_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R, G = 34, W - 34, 16
    hw = (R - L - G) / 2
    nm = name_form(person, "caps")
    blocks = kw_blocks(s)
    fs = 7.6

    def new_page(n):
        p = Page(A4)
        arabic_line(p, W / 2, 36, inst.extra.get("ar", "جامعة"), 12, bold=True)
        p.text(W / 2, 56, inst.name.upper(), FB, 13, "center")
        p.text(W / 2, 67, f"Office of the Registrar — {inst.street}, {inst.city}, State of Kuwait", F, 7.8, "center")
        p.text(W / 2, 86, "OFFICIAL ACADEMIC TRANSCRIPT", FB, 12.5, "center")
        arabic_line(p, W / 2, 102, "كشف الدرجات الرسمي", 10)
        p.hline(L, R, 108, 0.9)
        y = 120
        for a, b in ((("Name", nm), ("Student ID", s.student_no)),
                     (("College", "Faculty of Allied Health Sciences" if cur.id != "kw_bsc_bio" else "Faculty of Science"),
                      ("Date of Birth", D.dmy_slash(s.dob))),
                     (("Program", cur.title), ("Admitted", term_label(s.terms[1]) if len(s.terms) > 1 else ""))):
            p.pieces(y, [(L, f"{a[0]}:", "left", FB, 8), (L + 48, a[1], "left", F, 8),
                         (R - 160, f"{b[0]}:", "left", FB, 8), (R - 100, b[1], "left", F, 8)], F, 8)
            y += 10.5
        p.hline(L, R, y - 4, 0.5)
        return p, y + 10

    def block_height(b):
        label, rows, term, cum = b
        h = 14 + 12
        for r, *_ in rows:
            h += 9.2 * len(wrap(r.spec.title, F, fs, hw - 118))
        return h + (26 if term else 14)

    def draw_block(p, x0, y, b):
        label, rows, term, cum = b
        cx = {"c": x0 + 2, "t": x0 + 46, "cr": x0 + hw - 64, "g": x0 + hw - 38, "p": x0 + hw - 2}
        p.text(x0, y, label, FB, 8.6)
        p.hline(x0, x0 + hw, y + 3, 0.5)
        y += 12
        p.pieces(y, [(cx["c"], "Course", "left"), (cx["t"], "Title", "left"), (cx["cr"], "Cr", "center"),
                     (cx["g"], "Grd", "center"), (cx["p"], "Pts", "right")], FB, fs)
        p.hline(x0, x0 + hw, y + 3, 0.3)
        y += 12
        res = []
        for r, g, pts in rows:
            lines = wrap(r.spec.title, F, fs, hw - 118)
            p.pieces(y, [(cx["c"], r.code, "left"), (cx["t"], lines[0], "left"), (cx["cr"], _i(r.spec.credits), "center"),
                         (cx["g"], g, "center"), (cx["p"], f"{pts:.2f}" if pts is not None else "", "right")], F, fs)
            for ln in lines[1:]:
                y += 9.2
                p.text(cx["t"], y, ln, F, fs)
            y += 9.2
            extra = {"transfer": True} if g == "TR" else {"quality_points": pts}
            res.append(course_truth(r, label, r.spec.credits, g, "semester", title=" ".join(lines), **extra))
        p.hline(x0, x0 + hw, y - 6, 0.3)
        y += 3
        if term:
            for tag, (a, e, g) in (("TERM", term), ("CUM", cum)):
                p.pieces(y, [(cx["c"], tag, "left", FB, fs), (cx["t"] + 10, f"Att {_i(a)}", "left"),
                             (cx["t"] + 60, f"Earn {_i(e)}", "left"), (cx["p"], f"GPA {g:.2f}", "right")], F, fs)
                y += 10
        else:
            p.text(cx["c"], y, f"Transfer credits accepted: {_i(sum(r.spec.credits for r, *_ in rows))}", FB, fs)
        return res

    pages, out = [], []
    p, y = new_page(1)
    pages.append(p)
    for i in range(0, len(blocks), 2):
        pair = blocks[i:i + 2]
        h = max(block_height(b) for b in pair)
        if y + h > H - 60:
            p, y = new_page(len(pages) + 1)
            pages.append(p)
        for j, b in enumerate(pair):
            out += draw_block(p, L + j * (hw + G), y, b)
        p.vline(L + hw + G / 2, y - 9, y + h - 14, 0.3)
        y += h + 6
    if y + 150 > H - 60:
        p, y = new_page(len(pages) + 1)
        pages.append(p)
    tr = sum(r.spec.credits for b in blocks if b[2] is None for r, *_ in b[1])
    last = blocks[-1][3]
    p.hline(L, R, y - 6, 0.9)
    y += 6
    p.spaced(L, y, [f"Transfer credits {_i(tr)}", f"Institutional credits {_i(last[1])}",
                    f"Total credits earned {_i(tr + last[1])}", f"Cumulative GPA {last[2]:.2f}"], FB, 8.6, gap=20)
    y += 14
    conf = D.long_mdy(s.conferred)
    p.spaced(L, y, [f"Degree Conferred: {cur.title}", conf], FB, 8.6, gap=14)
    y += 18
    p.rect(L, y, 300, 64, 0.6)
    p.text(L + 6, y + 11, "Key to grades", FB, 8)
    for row in range(3):
        items = SCALE[row * 4:(row + 1) * 4]
        p.spaced(L + 6, y + 24 + row * 10, [f"{g} {v:.2f}" for g, v in items], F, 7.5, gap=20)
    p.text(L + 6, y + 56, "TR = transfer credit (not included in GPA); W = withdrawn; I = incomplete", F, 7)
    p.signature(R - 150, y + 36, 110, rng)
    p.hline(R - 170, R, y + 40, 0.5)
    p.text(R - 85, y + 51, "Registrar", FB, 8.5, "center")
    p.seal(R - 200, y + 26, 26, 0.5)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.pieces(H - 24, [(L, "Issued without erasures or alterations", "left", FI, 6.5),
                           (R, f"Page {i} of {n}", "right", F, 6.5)], F, 6.5)
    return LayoutResult("transcript", "kw_side_by_side", FAMILY, pages, [nm], out, "semester",
                        {"conferred_printed": conf, "prints_totals": True})


TRANSCRIPT_LAYOUTS = {"kw_side_by_side": (kw_transcript, FAMILY, ("KW",))}
