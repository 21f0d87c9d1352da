"""Writer AM, round 19: The Bahamas (BS). Country pack (an invented university in Nassau giving the
"Bachelor of Science, Biology" (4 years, about 124 credits) and the "Bachelor of Science, Nursing"; an
invented college giving the "Associate of Science, Medical Laboratory Technology" (2 years, about 68
credits with the clinical practicum CLS 290), the pack's laboratory programme) and the "Official
Academic Transcript", US style, letter size portrait, on security paper (a pale repeated line of
text, a faint crest in the middle).

Header: the university, "Office of the Registrar", the address (Nassau, The Bahamas). Student block:
Student ID (9 digits, 000123456), Name (SURNAME, Given), Date of Birth (MM/DD/YYYY), Degree Sought.
Terms run in two columns side by side (left column then right column, page after page), each a bold
"FALL 2014" / "SPRING 2015" / "SUMMER I 2015" then rows Subj | No. (121, 215L for labs) | Course
Title (capitals, abbreviated) | Grade (A ... F, W, P, T) | Cr Hrs ("3.00") | Qual Pts ("12.00"); under
each term "Term: Att 16.00 Ern 16.00 GPA 3.25" and "Cum: Att ... Ern ... GPA ...". For some students
the two first-term general-education courses were taken at an invented community college and appear
at the top as "TRANSFER CREDIT FROM ..." with grade T (hours earned, not in the GPA); now and then an
elective is withdrawn (W: hours printed, not attempted or earned). End of record: "DEGREE AWARDED:
...  Major: ...  Date: May 21 2018", the Latin honour when the GPA earns one, "***END OF
TRANSCRIPT***", the Registrar's signature; a second page carries the grade key in small print.

Truth: credit_system "semester". Each row a course: code "BIOL 121" (Subj and No. joined), title as
printed, credits the Cr Hrs, grade as printed, term "FALL 2014" (or the transfer caption); a W row
carries `passed: false`; `quality_points` beside graded rows.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LETTER, Page, fit_size
from .r6_l_common import fake_result
from .r19_am_common import (FAMILY, add_department_phrases, course_truth, k, keep, security_watermark, sign_block,
                            watermark_crest, EN_MONTHS)

BS_MLT = """
## 1 S1
BIOL 121 | GEN BIOLOGY I | 4 | B
CHEM 121 | GEN CHEMISTRY I | 4 | C
MATH 110 | COLLEGE ALGEBRA | 3 | M
ENGL 119 | COMPOSITION I | 3 | O
CLS 101 | INTRO TO MED LAB SCI | 2 | P
## 1 S2
BIOL 122 | HUMAN ANAT & PHYSIOL | 4 | B
CHEM 122 | GEN CHEMISTRY II | 4 | C
CLS 110 | URINALYSIS & BODY FLUIDS | 3 | P
CLS 110L | URINALYSIS LAB | 1 | P
ENGL 120 | COMPOSITION II | 3 | O
## 1 SU
HLTH 150 | MEDICAL TERMINOLOGY | 3 | O
## 2 S1
CLS 210 | HEMATOLOGY | 3 | P
CLS 210L | HEMATOLOGY LAB | 1 | P
CLS 220 | CLIN CHEMISTRY | 3 | P
CLS 220L | CLIN CHEM LAB | 1 | P
BIOL 215 | MICROBIOLOGY | 3 | B
BIOL 215L | MICROBIOLOGY LAB | 1 | B
CLS 230 | IMMUNOLOGY & SEROLOGY | 3 | ?P
## 2 S2
CLS 240 | IMMUNOHEMATOLOGY | 3 | P
CLS 240L | IMMUNOHEMATOLOGY LAB | 1 | P
CLS 250 | CLIN MICROBIOLOGY | 3 | P
CLS 250L | CLIN MICRO LAB | 1 | P
CLS 260 | LAB MGMT & QUALITY CTRL | 2 | ?M
HLTH 201 | HEALTH CARE ETHICS | 2 | O
## 2 SU
CLS 290 | CLINICAL PRACTICUM | 7 | P | hematology,chemistry,microbiology,blood_bank
"""

BS_BIO = """
## 1 S1
BIOL 121 | GEN BIOLOGY I | 4 | B
CHEM 121 | GEN CHEMISTRY I | 4 | C
MATH 110 | COLLEGE ALGEBRA | 3 | M
ENGL 119 | COMPOSITION I | 3 | O
UNIV 100 | FIRST YEAR SEMINAR | 1 | O
## 1 S2
BIOL 122 | GEN BIOLOGY II | 4 | B
CHEM 122 | GEN CHEMISTRY II | 4 | C
MATH 151 | PRECALCULUS | 3 | M
ENGL 120 | COMPOSITION II | 3 | O
## 2 S1
BIOL 215 | MICROBIOLOGY | 3 | B
BIOL 215L | MICROBIOLOGY LAB | 1 | B
CHEM 231 | ORGANIC CHEMISTRY I | 4 | C
PHYS 201 | COLLEGE PHYSICS I | 4 | O
HIST 201 | CARIBBEAN HISTORY | 3 | O
## 2 S2
BIOL 221 | GENETICS | 3 | B
BIOL 221L | GENETICS LAB | 1 | B
CHEM 232 | ORGANIC CHEMISTRY II | 4 | C
STAT 210 | INTRO STATISTICS | 3 | M
SOCI 210 | INTRO SOCIOLOGY | 3 | O
## 3 S1
BIOL 301 | CELL & MOLECULAR BIOL | 3 | B
BIOL 301L | CELL & MOLEC BIOL LAB | 1 | B
CHEM 341 | BIOCHEMISTRY I | 3 | C
BIOL 310 | MARINE BIOLOGY | 4 | B
PHIL 201 | CRITICAL THINKING | 3 | O
## 3 S2
BIOL 320 | ECOLOGY | 4 | B
BIOL 330 | ANIMAL PHYSIOLOGY | 4 | B
BIOL 335 | IMMUNOLOGY | 3 | ?B
COMM 201 | PUBLIC SPEAKING | 3 | O
## 4 S1
BIOL 401 | EVOLUTION | 3 | B
BIOL 410 | PARASITOLOGY | 4 | B
BIOL 415 | BOTANY OF THE BAHAMAS | 4 | B
BIOL 420 | RESEARCH METHODS | 3 | O
## 4 S2
BIOL 430 | ENVIRONMENTAL BIOLOGY | 3 | B
BIOL 440 | DEVELOPMENTAL BIOLOGY | 4 | B
BIOL 495 | SENIOR RESEARCH PROJECT | 4 | O
BIOL 499 | BIOLOGY SEMINAR | 1 | O
"""

BS_NUR = """
## 1 S1
BIOL 121 | GEN BIOLOGY I | 4 | B
CHEM 110 | CHEM FOR HEALTH SCI | 4 | C
ENGL 119 | COMPOSITION I | 3 | O
PSYC 101 | INTRO PSYCHOLOGY | 3 | O
## 1 S2
BIOL 122 | HUMAN ANAT & PHYSIOL | 4 | B
MATH 110 | COLLEGE ALGEBRA | 3 | M
ENGL 120 | COMPOSITION II | 3 | O
NURS 101 | INTRO TO NURSING | 3 | O
## 2 S1
BIOL 215 | MICROBIOLOGY | 3 | B
NURS 201 | FUNDAMENTALS OF NURSING | 5 | O
NURS 205 | HEALTH ASSESSMENT | 3 | O
SOCI 210 | INTRO SOCIOLOGY | 3 | O
## 2 S2
NURS 210 | PHARMACOLOGY | 3 | O
NURS 220 | ADULT HEALTH NURSING I | 6 | O
STAT 210 | INTRO STATISTICS | 3 | M
HIST 201 | CARIBBEAN HISTORY | 3 | O
## 3 S1
NURS 301 | ADULT HEALTH NURSING II | 6 | O
NURS 310 | MATERNAL & NEWBORN NURS | 5 | O
NURS 315 | NUTRITION | 3 | O
## 3 S2
NURS 320 | PEDIATRIC NURSING | 5 | O
NURS 330 | MENTAL HEALTH NURSING | 5 | O
NURS 340 | NURSING RESEARCH | 3 | O
## 4 S1
NURS 401 | COMMUNITY HEALTH NURSING | 6 | O
NURS 410 | CRITICAL CARE NURSING | 5 | O
NURS 415 | LEADERSHIP & MGMT | 3 | O
## 4 S2
NURS 420 | SENIOR PRACTICUM | 8 | O
NURS 430 | NURSING SEMINAR | 3 | O
"""

BS_INST = [
    Institution("University of New Providence", "Nassau", "New Providence", "BS",
                "Oakes Field Campus, P.O. Box N-4912, Nassau, The Bahamas", ("bs_bio", "bs_nur"), "university",
                extra={"registrar": "Mrs. Rochelle A. Ferguson", "chair": "Hon. Cyril T. Knowles"}),
    Institution("Lucayan College of Health Sciences", "Nassau", "New Providence", "BS",
                "Thompson Boulevard, P.O. Box SS-6370, Nassau, The Bahamas", ("bs_mlt",), "college",
                extra={"registrar": "Ms. Deborah L. Pinder", "chair": "Dr. Whitfield M. Rolle"}),
]
TRANSFER = ["Andros Community College", "Exuma Community College", "Abaco Technical Institute"]


def _student_no(rng, start_year, inst):
    return f"000{rng.randint(100000, 999999)}"


PACK = K.CountryPack(
    code="BS", name="The Bahamas",
    given={"F": ["Shantell", "Tamika", "Lakeisha", "Kendra", "Vanessa", "Theresa", "Latoya", "Simone", "Natasha",
                 "Crystal"],
           "M": ["Dwayne", "Kendrick", "Marvin", "Andre", "Travis", "Leon", "Rashad", "Cordero", "Jamal", "Kevin"]},
    surnames=["Rolle", "Ferguson", "Knowles", "Smith", "Johnson", "Thompson", "Munnings", "Pinder", "Saunders",
              "Moss", "Bethel", "Cartwright", "Sweeting", "Strachan", "Forbes", "McKenzie"],
    middle={"F": ["Anne", "Marie", "Denise", "Nicole", "Renee"], "M": ["Anthony", "Lamont", "Oswald", "Dion", "Carl"]},
    institutions=BS_INST,
    employers=[
        Employer("Princess Margaret Memorial Hospital", "Nassau", "New Providence", "BS",
                 "Shirley Street, P.O. Box N-3730, Nassau", "(242) 555-2861", "hr@pmmh.example"),
        Employer("Grand Bahama Regional Medical Centre", "Freeport", "Grand Bahama", "BS",
                 "East Atlantic Drive, Freeport", "(242) 555-7120", "personnel@gbrmc.example"),
        Employer("Island Diagnostic Laboratories Ltd.", "Nassau", "New Providence", "BS",
                 "Collins Avenue, Nassau", "(242) 555-0348", "careers@islanddiag.example", "lab"),
    ],
    signers=["Mrs. Patrice E. Bain", "Mr. Godfrey L. Storr", "Ms. Sherelle D. Adderley"],
    curricula=[C.Curriculum("bs_mlt", "BS", "Associate of Science, Medical Laboratory Technology", "associate", 2,
                            "medical_technology", "semester", C._parse(BS_MLT), 8, 7, clinical_training=True),
               C.Curriculum("bs_bio", "BS", "Bachelor of Science, Biology", "bachelor", 4, "biology", "semester",
                            C._parse(BS_BIO), 8, 5),
               C.Curriculum("bs_nur", "BS", "Bachelor of Science, Nursing", "bachelor", 4, "nursing", "semester",
                            C._parse(BS_NUR), 8, 5)],
    mls_curriculum="bs_mlt", science_curricula=["bs_bio"], nonqualifying_curricula=["bs_nur"],
    positions_mls=["Medical Technologist I", "Medical Laboratory Technician"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep", student_no=_student_no, honours=[])
K.register(PACK)
add_department_phrases("BS", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Chemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Phlebotomy"], "other": ["Histology"]})

PTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "F": 0.0}
DEGREE = {"bs_mlt": ("Associate of Science", "Medical Laboratory Technology"),
          "bs_bio": ("Bachelor of Science", "Biology"), "bs_nur": ("Bachelor of Science", "Nursing")}


def term_cap(t):
    return {"S1": f"FALL {t.start_year}", "S2": f"SPRING {t.start_year + 1}",
            "SU": f"SUMMER I {t.start_year + 1}"}[t.key]


def bs_terms(s):
    """[(caption, [(r, grade, hrs, counted_in_gpa, earned)])], the transfer block first when there is one."""
    out = []
    xfer = k(s, "xfer") % 3 == 0
    wd = k(s, "wd") % 4 == 0
    wterm = 1 + k(s, "wt") % (len(s.terms) - 1)
    for i, t in enumerate(s.terms):
        rows = []
        moved = []
        for j, r in enumerate(t.results):
            if xfer and i == 0 and r.code.split()[0] in ("ENGL", "MATH"):
                moved.append((r, "T", r.spec.credits, False, True))
                continue
            if r.spec.title.endswith("SEMINAR") or r.spec.areas and s.curriculum.id != "bs_mlt":
                rows.append((r, "P", r.spec.credits, False, True))
                continue
            rows.append((r, r.letter, r.spec.credits, True, True))
        if moved:
            out.append((f"TRANSFER CREDIT FROM {TRANSFER[k(s, 'cc') % len(TRANSFER)].upper()}", moved))
        if wd and i == wterm:
            w = fake_result(None, "SPAN 101", "ELEMENTARY SPANISH I", 3, "other")
            rows.append((w, "W", 3.0, False, False))
        out.append((term_cap(t), rows))
    return out


def gpa_all(s):
    att = qp = 0.0
    for _, rows in bs_terms(s):
        for r, g, h, cnt, ern in rows:
            if cnt:
                att += h
                qp += PTS[g] * h
    return qp / att if att else 0.0


def honour(g):
    return "Summa Cum Laude" if g >= 3.9 else "Magna Cum Laude" if g >= 3.7 else "Cum Laude" if g >= 3.5 else ""


def bs_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = LETTER
    L, R = 34, W - 34
    CW = (R - L - 14) / 2
    nm = f"{person.surname.upper()}, {' '.join(x for x in (person.given, person.middle) if x)}"
    pages = []
    deg, major = DEGREE[cur.id]

    def new_page():
        p = Page(LETTER)
        pages.append(p)
        security_watermark(p, f"{inst.name.upper()} OFFICIAL TRANSCRIPT")
        watermark_crest(p, W / 2, H / 2, 70, 0.9)
        p.text(W / 2, 40, inst.name.upper(), SB, 13, "center")
        p.text(W / 2, 52, "Office of the Registrar", S, 9, "center")
        p.text(W / 2, 63, inst.street, S, 7.5, "center")
        p.text(W / 2, 82, "OFFICIAL ACADEMIC TRANSCRIPT", SB, 11, "center")
        p.pieces(100, [(L, f"Student ID: {s.student_no}", "left"), (L + 190, f"Name: {nm}", "left")], S, 8)
        p.pieces(111, [(L, f"Date of Birth: {s.dob.month:02d}/{s.dob.day:02d}/{s.dob.year}", "left"),
                       (L + 190, f"Degree Sought: {deg}, {major}", "left")], S, 8)
        p.hline(L, R, 117, 0.8)
        return p

    p = new_page()
    col, y0 = 0, 130
    y = y0
    out = []
    cum_att = cum_ern = cum_qp = 0.0
    blocks = bs_terms(s)
    lines = []     # (col_x, ...) drawn per column in reading order

    def cx():
        return L + col * (CW + 14)

    def colhead(x, y):
        p.pieces(y, [(x, "Subj", "left"), (x + 30, "No.", "left"), (x + 60, "Course Title", "left"),
                     (x + CW - 76, "Grade", "center"), (x + CW - 34, "Cr Hrs", "right"), (x + CW, "Qual Pts", "right")],
                 SB, 6.8)
        p.hline(x, x + CW, y + 3, 0.3)

    colhead(cx(), y)
    y += 12
    needs = [12 + 9.5 * len(rows) + 24 for _, rows in blocks]
    # a record that fits in one column is still set in two: the right column starts at half the terms
    half = (len(blocks) + 1) // 2 if sum(needs) + 80 < 2 * (H - 50 - y) else None
    for bi, (cap, rows) in enumerate(blocks):
        need = needs[bi]
        if y + need > H - 50 or (bi == half and col == 0):
            if col == 0:
                col, y = 1, y0
            else:
                p = new_page()
                col, y = 0, y0
            colhead(cx(), y)
            y += 12
        x = cx()
        p.text(x, y, cap, SB, 7.5)
        y += 10
        att = ern = qp = 0.0
        for r, g, h, cnt, earned in rows:
            subj, no = r.code.split(" ", 1)
            t = r.spec.title
            q = PTS[g] * h if cnt else 0.0
            p.pieces(y, [(x, subj, "left"), (x + 30, no, "left"),
                         (x + 60, t, "left", S, fit_size(t, S, 6.8, CW - 130)), (x + CW - 76, g, "center"),
                         (x + CW - 34, f"{h:.2f}", "right"), (x + CW, f"{q:.2f}", "right")], S, 6.8)
            y += 9.5
            if cnt:
                att += h
                qp += q
            if earned:
                ern += h
            extra = {}
            if cnt:
                extra["quality_points"] = round(q, 2)
            if g == "W":
                extra["passed"] = False
            out.append(course_truth(r, cap, h, g, "semester", code=r.code, **extra))
        cum_att += att
        cum_ern += ern
        cum_qp += qp
        if not cap.startswith("TRANSFER"):
            tg = qp / att if att else 0.0
            cg = cum_qp / cum_att if cum_att else 0.0
            p.text(x + 60, y, f"Term: Att {att:.2f} Ern {ern:.2f} GPA {tg:.2f}", S, 6.8)
            p.text(x + 60, y + 9, f"Cum: Att {cum_att:.2f} Ern {cum_ern:.2f} GPA {cg:.2f}", S, 6.8)
            y += 18
        y += 8
    # end of record
    if y + 70 > H - 50:
        if col == 0:
            col, y = 1, y0
        else:
            p = new_page()
            col, y = 0, y0
    x = cx()
    d = s.conferred
    p.text(x, y + 6, "DEGREE AWARDED:", SB, 7.5)
    p.pieces(y + 16, [(x, deg, "left"), (x + 110, f"Major: {major}", "left")], SB, 7.5)
    p.text(x, y + 26, f"Date: {EN_MONTHS[d.month - 1]} {d.day} {d.year}", SB, 7.5)
    h = honour(cum_qp / cum_att) if cur.level == "bachelor" else ""
    if h:
        p.text(x, y + 36, h, SB, 7.5)
        y += 10
    p.text(x + CW / 2, y + 50, "***END OF TRANSCRIPT***", SB, 7.5, "center")
    last = p
    sign_block(last, rng, W - 140, H - 58, "Registrar", S, 8, 150, inst.extra["registrar"])
    # the back page: the grade key
    b = Page(LETTER)
    pages.append(b)
    b.text(L, 50, "KEY TO TRANSCRIPT", SB, 9)
    yy = 66
    for line in ("GRADING SYSTEM: A 4.0 · A- 3.7 · B+ 3.3 · B 3.0 · B- 2.7 · C+ 2.3 · C 2.0 · D 1.0 · F 0.0 (failure).",
                 "W Withdrawn (not counted in hours attempted or GPA) · I Incomplete · P Pass (not in GPA) · "
                 "T Transfer credit (earned hours, not in GPA).",
                 "Att = hours attempted for GPA; Ern = hours earned; Qual Pts = grade points x credit hours.",
                 "Course numbers: 100-200 level lower division, 300-400 upper division; L after a number denotes a "
                 "laboratory.",
                 "Latin honours: Cum Laude 3.50, Magna Cum Laude 3.70, Summa Cum Laude 3.90 cumulative GPA.",
                 "One semester credit hour represents fifteen contact hours of lecture or thirty to forty-five hours "
                 "of laboratory or clinical work.",
                 "This transcript is printed on security paper; it is official only when it bears the signature of "
                 "the Registrar.",
                 "Release of this record to third parties without the written consent of the student is prohibited."):
        yy = b.paragraph(L, yy, line, S, 6.8, R - L, 9.5) + 3
    n = len(pages)
    for i, q in enumerate(pages, 1):
        q.text(R, H - 24, f"Page {i} of {n}", S, 7, "right")
    return LayoutResult("transcript", "am_bs_official", FAMILY, pages, [nm], out, "semester", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"am_bs_official": (bs_transcript, FAMILY, ("BS",))}
