"""Writer Z, round 12: Libya (LY). Country pack (an invented university's Faculty of Medical
Technology, Department of Medical Laboratories: "Bachelor of Medical Technology - Medical
Laboratories", four years, eight semesters; the Faculty of Science's BSc in Zoology; the Faculty of
Nursing's Bachelor of Nursing) and the bilingual transcript: Arabic (pictures) on the right half of
each heading line and of the table header, English on the left, the table itself in English; one
table per semester captioned "Semester 3 - Fall 2013"; `Code | Course Name | Units | Mark | Grade`
(lab courses as separate "(Lab)" rows of 1 unit; marks 0-100; Excellent >= 85, Very Good 75-84, Good
65-74, Pass 50-64, Fail < 50 in words); a failed course stays "Fail" with its units in brackets
"(3)" and is passed in the next semester; "Semester units: 18   Semester average: 72.5 %" under each
semester; "Total units completed: 138   General average: 74.8 % - Good"; the dean and registrar
sign.

Credit basis: semester units, system "semester" (1 unit = 1 SH). Semester units count the units
earned (failed rows left out); the semester and general averages are unit-weighted over every mark
printed, failed attempts included. A failed row has `passed: false`, 0 SH, credits = the bracketed
units."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page
from .r6_l_common import parse
from .r12_z_common import (FAMILY, add_department_phrases, arabic, by_reading_order, course_truth, failed_then_passed,
                           k, r1, round_stamp, sign_block)

LY_BMT = """
## 1 S1
GS 101 | General Chemistry | 3 | C
GS 101L | General Chemistry (Lab) | 1 | C
GS 102 | General Biology | 3 | B
GS 102L | General Biology (Lab) | 1 | B
GS 103 | Mathematics | 3 | M
GS 104 | English Language I | 2 | O
GS 105 | Arabic Language | 2 | O
## 1 S2
GS 111 | Organic Chemistry | 3 | C
GS 111L | Organic Chemistry (Lab) | 1 | C
GS 112 | Human Anatomy | 3 | B
GS 113 | Physics for Health Sciences | 3 | O
GS 114 | English Language II | 2 | O
GS 115 | Biostatistics | 2 | M
## 2 S1
ML 211 | Human Physiology | 3 | B
ML 212 | Biochemistry I | 3 | C
ML 212L | Biochemistry I (Lab) | 1 | C
ML 213 | General Microbiology | 3 | B
ML 213L | General Microbiology (Lab) | 1 | B
ML 214 | Histology | 2 | B
## 2 S2
ML 221 | Biochemistry II | 3 | C
ML 222 | Immunology | 3 | ?B
ML 223 | Medical Parasitology | 3 | P
ML 223L | Medical Parasitology (Lab) | 1 | P
ML 224 | Laboratory Instrumentation | 2 | P
## 3 S1
ML 311 | Haematology I | 3 | P
ML 311L | Haematology I (Lab) | 1 | P
ML 312 | Medical Bacteriology | 3 | P
ML 312L | Medical Bacteriology (Lab) | 1 | P
ML 313 | Clinical Chemistry I | 3 | P
ML 313L | Clinical Chemistry I (Lab) | 1 | P
## 3 S2
ML 321 | Haematology II | 3 | P
ML 322 | Blood Bank | 3 | P
ML 322L | Blood Bank (Lab) | 1 | P
ML 323 | Clinical Chemistry II | 3 | P
ML 324 | Mycology and Virology | 3 | ?P
## 4 S1
ML 411 | Histopathology and Cytology | 3 | P
ML 412 | Molecular Biology | 3 | ?P
ML 413 | Urine and Body Fluids Analysis | 2 | P
ML 414 | Laboratory Quality Control | 2 | P
ML 415 | Research Methodology | 2 | O
## 4 S2
ML 421 | Graduation project | 4 | O
ML 422 | Practical training (hospital laboratories) | 6 | P | hematology,chemistry,microbiology,blood_bank
ML 423 | Medical Ethics | 2 | O
"""

LY_ZOO = """
## 1 S1
BO 101 | General Botany | 3 | B
ZO 101 | General Zoology | 3 | B
CH 101 | General Chemistry | 3 | C
MA 101 | Calculus I | 3 | M
## 1 S2
ZO 102 | Invertebrates | 3 | B
CH 102 | Organic Chemistry | 3 | C
ST 101 | Statistics | 3 | M
## 2 S1
ZO 201 | Vertebrates | 3 | B
ZO 202 | Cell Biology | 3 | B
## 2 S2
ZO 211 | Genetics | 3 | B
CH 211 | Biochemistry | 3 | C
## 3 S1
ZO 301 | Animal Physiology | 3 | B
ZO 302 | Parasitology | 3 | B
## 3 S2
ZO 311 | Embryology | 3 | B
ZO 312 | Immunology | 3 | ?B
## 4 S1
ZO 401 | Ecology | 3 | ?B
ZO 402 | Microbiology | 3 | B
## 4 S2
ZO 411 | Graduation project | 4 | O
ZO 412 | Entomology | 3 | B
"""

LY_NUR = """
## 1 S1
NU 101 | Fundamentals of Nursing | 4 | O
NU 102 | Anatomy | 3 | B
## 1 S2
NU 111 | Nursing Skills | 4 | O
## 2 S1
NU 201 | Adult Nursing I | 4 | O
## 2 S2
NU 211 | Adult Nursing II | 4 | O
## 3 S1
NU 301 | Maternity Nursing | 4 | O
## 3 S2
NU 311 | Paediatric Nursing | 4 | O
## 4 S1
NU 401 | Community Nursing | 4 | O
## 4 S2
NU 411 | Clinical Practice (hospital) | 6 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "LY", title, level, years, field, "semester", parse(text), 9, 7, clinical_training=clin)


LY_INST = [
    Institution("University of Al-Jabal Al-Akhdar South", "Al Bayda", "Jabal al Akhdar", "LY", "University Road",
                ("ly_bmt", "ly_zoo", "ly_nur"), "university", extra={"ar": "جامعة الجبل الاخضر الجنوبية"}),
    Institution("Misrata Coastal University", "Misrata", "Misrata", "LY", "Tripoli Street",
                ("ly_bmt", "ly_zoo", "ly_nur"), "university", extra={"ar": "جامعة مصراتة الساحلية"}),
]

PACK = K.CountryPack(
    code="LY", name="Libya",
    given={"F": ["Fatima", "Amal", "Huda", "Salma", "Asma", "Rabea", "Khadija", "Nisreen", "Marwa", "Hana"],
           "M": ["Mohamed", "Ahmed", "Ali", "Omar", "Khaled", "Mustafa", "Abdelrahman", "Salem", "Tarek", "Osama"]},
    surnames=["Al-Mabrouk", "Ben Ali", "Al-Warfalli", "Al-Obeidi", "Elmansouri", "Al-Zawi", "Buzaid", "Al-Fitouri",
              "Elbarasi", "Al-Senussi", "Shaheen", "Ghariani"],
    middle={"F": ["Ali", "Salem", "Mohamed"], "M": ["Ali", "Salem", "Mohamed"]},
    institutions=LY_INST,
    employers=[
        Employer("Al-Hayat Medical Centre", "Benghazi", "Benghazi", "LY", "Dubai Street", "+218 61 000 2211",
                 "hr@alhayat-mc.example"),
        Employer("Al-Shifa Polyclinic Centre", "Tripoli", "Tripoli", "LY", "Gergarish Road", "+218 21 000 4532",
                 "admin@alshifa-pc.example"),
        Employer("Misrata Central Teaching Hospital South", "Misrata", "Misrata", "LY", "Hospital Street",
                 "+218 51 000 7788", "lab@mcths.example"),
        Employer("Al-Nour Diagnostic Laboratories", "Al Bayda", "Jabal al Akhdar", "LY", "Omar Al-Mukhtar Street",
                 "+218 84 000 1234", "info@alnour-lab.example", "lab"),
    ],
    signers=["Dr. Salem Al-Obeidi", "Dr. Amal Buzaid", "Mr. Khaled Elmansouri"],
    curricula=[_cur("ly_bmt", "Bachelor of Medical Technology - Medical Laboratories", "bachelor", 4,
                    "medical_technology", LY_BMT, True),
               _cur("ly_zoo", "Bachelor of Science in Zoology", "bachelor", 4, "biology", LY_ZOO),
               _cur("ly_nur", "Bachelor of Nursing", "bachelor", 4, "nursing", LY_NUR)],
    mls_curriculum="ly_bmt", science_curricula=["ly_zoo"], nonqualifying_curricula=["ly_nur"],
    positions_mls=["Laboratory Technologist", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("LY", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urine Analysis"],
    "molecular": ["PCR Unit"], "phlebotomy": ["Sample Collection"], "other": ["Parasitology"]})


def word(m):
    return ("Excellent" if m >= 85 else "Very Good" if m >= 75 else "Good" if m >= 65 else "Pass" if m >= 50
            else "Fail")


def mark(s, i, j, r, failed):
    if failed:
        return 30 + k(s, f"f{i}.{j}") % 18
    return max(52, min(94, r.score + (k(s, f"m{i}.{j}") % 11) - 3))


def ly_figures(s):
    rows = failed_then_passed(s, s.terms, "lyfail", every=3)
    out = []
    for i, t in enumerate(s.terms):
        rr = []
        for j, (r, failed, repeat) in enumerate(rows[i]):
            rr.append((r, int(r.spec.credits), mark(s, i, j + (100 if repeat else 0), r, failed), failed))
        out.append(rr)
    allr = [x for rr in out for x in rr]
    gavg = r1(sum(u * m for _, u, m, _ in allr) / sum(u for _, u, _, _ in allr))
    done = sum(u for _, u, _, f in allr if not f)
    return out, gavg, done


def term_label(t):
    n = 2 * (t.year - 1) + (1 if t.key == "S1" else 2)
    return f"Semester {n} - " + (f"Fall {t.start_year}" if t.key == "S1" else f"Spring {t.start_year + 1}"), n


AR_SEM = ["الفصل الأول", "الفصل الثاني", "الفصل الثالث", "الفصل الرابع", "الفصل الخامس", "الفصل السادس",
          "الفصل السابع", "الفصل الثامن"]


def ly_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 40, W - 40
    nm = person.full
    figs, gavg, done = ly_figures(s)
    xs = [L, L + 60, L + 300, L + 350, L + 400, R]
    pages, out = [], []
    p, y = None, 0

    def new_page(first):
        nonlocal p, y
        p = Page(A4)
        pages.append(p)
        p.text(L, 44, "State of Libya", FB, 10)
        arabic(p, R, 44, "دولة ليبيا", 10, bold=True, align="right")
        p.text(L, 58, inst.name, FB, 10)
        arabic(p, R, 58, inst.extra["ar"], 10, bold=True, align="right")
        p.text(L, 72, "Faculty of Medical Technology" if cur.id == "ly_bmt" else
               "Faculty of Science" if cur.id == "ly_zoo" else "Faculty of Nursing", F, 9.5)
        arabic(p, R, 72, "كلية التقنية الطبية" if cur.id == "ly_bmt" else "كلية العلوم" if cur.id == "ly_zoo"
               else "كلية التمريض", 9.5, align="right")
        p.text(L, 86, "Department of Medical Laboratories" if cur.id == "ly_bmt" else
               "Department of Zoology" if cur.id == "ly_zoo" else "Department of Nursing", F, 9.5)
        arabic(p, R, 86, "قسم المختبرات الطبية" if cur.id == "ly_bmt" else "قسم علم الحيوان" if cur.id == "ly_zoo"
               else "قسم التمريض", 9.5, align="right")
        p.hline(L, R, 94, 0.8)
        if first:
            p.text(L, 116, "Academic Transcript", FB, 13)
            arabic(p, R, 116, "كشف الدرجات", 13, bold=True, align="right")
            p.pieces(136, [(L, "Student name:", "left", FB, 9), (L + 80, nm, "left"),
                           (L + 290, "Registration No.:", "left", FB, 9), (L + 380, s.student_no, "left")], F, 9)
            p.pieces(149, [(L, "Programme:", "left", FB, 9), (L + 80, cur.title, "left")], F, 9)
            p.pieces(162, [(L, "Nationality:", "left", FB, 9), (L + 80, "Libyan", "left"),
                           (L + 290, "Date of birth:", "left", FB, 9), (L + 380, s.dob.strftime('%d/%m/%Y'), "left")],
                     F, 9)
            y = 186
        else:
            p.text(L, 112, f"Student name: {nm} - Registration No.: {s.student_no}", F, 9)
            y = 132

    new_page(True)
    for i, t in enumerate(s.terms):
        rr = figs[i]
        if y + 14 * len(rr) + 70 > H - 50:
            new_page(False)
        lab, n = term_label(t)
        p.text(L, y, lab, FB, 10)
        arabic(p, R, y, AR_SEM[n - 1], 9.5, bold=True, align="right")
        y += 6
        p.rect(L, y, R - L, 16, 0.6, 0, fill=0.9)
        p.pieces(y + 11.5, [(xs[0] + 4, "Code", "left"), (xs[1] + 4, "Course Name", "left"),
                            ((xs[2] + xs[3]) / 2, "Units", "center"), ((xs[3] + xs[4]) / 2, "Mark", "center"),
                            ((xs[4] + xs[5]) / 2 - 30, "Grade", "center")], FB, 8.5)
        arabic(p, R - 4, y + 12, "التقدير", 8, align="right")
        top = y
        y += 16
        for r, u, m, failed in rr:
            g = word(m)
            p.pieces(y + 11, [(xs[0] + 4, r.spec.code, "left"), (xs[1] + 4, r.spec.title, "left"),
                              ((xs[2] + xs[3]) / 2, f"({u})" if failed else str(u), "center"),
                              ((xs[3] + xs[4]) / 2, str(m), "center"), ((xs[4] + xs[5]) / 2 - 30, g, "center")],
                     F, 8.5)
            y += 14
            p.hline(L, R, y, 0.3, 0.4)
            extra = {"passed": False, "semester_hours": 0} if failed else {}
            out.append(course_truth(r, lab, u, g, "semester", code=r.spec.code, mark=m, **extra))
        for x in xs:
            p.vline(x, top, y, 0.5)
        su = sum(u for _, u, _, f in rr if not f)
        sav = r1(sum(u * m for _, u, m, _ in rr) / sum(u for _, u, _, _ in rr))
        y += 13
        p.pieces(y, [(L + 4, f"Semester units: {su}", "left"), (L + 150, f"Semester average: {sav:.1f} %", "left")],
                 F, 9)
        y += 22
    if y + 120 > H - 40:
        new_page(False)
    p.pieces(y + 4, [(L, f"Total units completed: {done}", "left"),
                     (L + 190, f"General average: {gavg:.1f} % - {word(gavg) if gavg >= 50 else 'Fail'}", "left")],
             FB, 10)
    arabic(p, R, y + 4, "المعدل العام", 10, bold=True, align="right")
    p.text(L, y + 20, "Grades: Excellent 85-100, Very Good 75-84, Good 65-74, Pass 50-64, Fail below 50. "
           "(n) = units not earned.", F, 7.5)
    y += 80
    sign_block(p, rng, L + 100, y, "Registrar", FB, 9, 150)
    sign_block(p, rng, R - 100, y, "Dean of the Faculty", FB, 9, 150)
    round_stamp(p, W / 2, y - 14, 30, 0.45)
    for n, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 28, f"Page {n} / {len(pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "z_ly_bilingual", FAMILY, by_reading_order(pages), [nm], out, "semester",
                        {"prints_totals": True, "pass_mark": 50})


TRANSCRIPT_LAYOUTS = {"z_ly_bilingual": (ly_transcript, FAMILY, ("LY",))}
