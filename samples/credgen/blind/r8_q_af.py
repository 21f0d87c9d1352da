"""Writer Q, round 8: Afghanistan (AF). Country pack (Bachelor of Medical Technology, 4 years,
8 semesters; Bachelor of Biology; Bachelor of Nursing) and a public university's transcript: an
English body under a Dari letterhead drawn as pictures ("جمهوری اسلامی افغانستان", the ministry,
the university and the faculty in Persian script), ALL EIGHT SEMESTERS ON ONE LANDSCAPE PAGE as a
grid of four year blocks side by side, each block "First Year 1394 (2015)" with "First Semester"
and "Second Semester" stacked, each with `No | Subject | Cr | Marks` (no course codes; titles
wrapped inside the narrow column), under each semester "Total credits: 20  Percentage: 71.4 %"
(credit-weighted mean of the marks, one decimal), at the foot "Final percentage: 72.6 %", a
subject passed at the second-chance examination marked "58*" with its footnote, the marks scale
(pass 55), a thumbprint box and a photo, signatures of Academic Affairs, the Dean and the
Chancellor. Years are printed in the Solar Hijri calendar with the Gregorian year in brackets
(the Afghan academic year runs from March, inside one Solar Hijri year).

Credits: an Afghan credit is one class hour a week over a 16-week semester, the US semester
credit, so the truth records credit system `semester` (1 credit = 1 SH)."""

import datetime as dt
import zlib

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import LANDSCAPE_A4, Page, wrap
from .r8_q_common import (FAMILY, add_department_phrases, course_truth, dari_line, fingerprint_box, jalali, k,
                          parse, photo_box, r1, sign_block, star_seal)

AF_BMT = """
## 1 S1
MT101 | Human Anatomy I | 3 | B
MT102 | General Chemistry | 3 | C
MT103 | Medical Physics | 2 | O
MT104 | General Biology | 3 | B
MT105 | English Language I | 2 | O
MT106 | Islamic Culture I | 2 | O
MT107 | Dari Language | 2 | O
MT108 | Mathematics | 3 | M
## 1 S2
MT111 | Human Anatomy II | 3 | B
MT112 | Human Physiology I | 3 | B
MT113 | Organic Chemistry | 3 | C
MT114 | Histology and Embryology | 3 | B
MT115 | English Language II | 2 | O
MT116 | Islamic Culture II | 2 | O
MT117 | Computer Fundamentals | 2 | O
MT118 | Biostatistics | 2 | M
## 2 S1
MT201 | Human Physiology II | 3 | B
MT202 | Biochemistry I | 4 | C
MT203 | General Microbiology | 3 | B
MT204 | Analytical Chemistry | 3 | C
MT205 | Medical Terminology | 2 | O
MT206 | Islamic Culture III | 2 | O
MT207 | Laboratory Safety and Instrumentation | 3 | ?O
## 2 S2
MT211 | Biochemistry II | 4 | C
MT212 | Immunology | 3 | B
MT213 | General Pathology | 3 | ?O
MT214 | Medical Genetics | 2 | B
MT215 | Pharmacology | 3 | O
MT216 | Islamic Culture IV | 2 | O
MT217 | Research Methodology | 2 | O
## 3 S1
MT301 | Clinical Chemistry I | 4 | P
MT302 | Haematology I | 4 | P
MT303 | Medical Bacteriology | 4 | ?P
MT304 | Medical Parasitology | 3 | P
MT305 | Urinalysis and Body Fluids | 3 | P
MT306 | Epidemiology | 2 | O
## 3 S2
MT311 | Clinical Chemistry II | 4 | P
MT312 | Haematology II and Coagulation | 4 | P
MT313 | Mycology and Virology | 3 | ?B
MT314 | Serology | 3 | ?B
MT315 | Blood Banking and Transfusion | 4 | P
MT316 | Histopathology Techniques | 2 | P
## 4 S1
MT401 | Molecular Diagnostics | 3 | ?B
MT402 | Clinical Endocrinology | 3 | ?P
MT403 | Laboratory Management and Quality Control | 3 | P
MT404 | Cytology | 2 | P
MT405 | Public Health Laboratory | 3 | ?O
MT406 | Hospital Practice I (Chemistry, Haematology) | 6 | P | chemistry,hematology
## 4 S2
MT411 | Hospital Practice II (Microbiology, Blood Bank) | 8 | P | microbiology,blood_bank
MT412 | Hospital Practice III (Urinalysis, Serology) | 4 | P | urinalysis,immunology
MT413 | Medical Ethics | 2 | O
MT414 | Monograph (Thesis) | 6 | O
"""

AF_BIO = """
## 1 S1
BI101 | General Biology I | 4 | B
BI102 | General Chemistry I | 4 | C
BI103 | Mathematics I | 3 | M
BI104 | English Language I | 2 | O
BI105 | Islamic Culture I | 2 | O
BI106 | Physics I | 3 | O
## 1 S2
BI111 | General Biology II | 4 | B
BI112 | General Chemistry II | 4 | C
BI113 | Mathematics II | 3 | M
BI114 | English Language II | 2 | O
BI115 | Islamic Culture II | 2 | O
BI116 | Physics II | 3 | O
## 2 S1
BI201 | Botany | 4 | B
BI202 | Invertebrate Zoology | 4 | B
BI203 | Organic Chemistry | 4 | C
BI204 | Islamic Culture III | 2 | O
BI205 | Biostatistics | 3 | M
## 2 S2
BI211 | Vertebrate Zoology | 4 | B
BI212 | Plant Physiology | 4 | B
BI213 | Biochemistry | 4 | C
BI214 | Islamic Culture IV | 2 | O
BI215 | Cell Biology | 3 | B
## 3 S1
BI301 | Microbiology | 4 | B
BI302 | Genetics | 4 | B
BI303 | Animal Physiology | 4 | B
BI304 | Ecology | 3 | ?B
BI305 | Research Methodology | 2 | O
## 3 S2
BI311 | Molecular Biology | 4 | B
BI312 | Immunology | 3 | B
BI313 | Parasitology | 3 | ?B
BI314 | Plant Taxonomy | 4 | B
BI315 | Evolution | 3 | B
## 4 S1
BI401 | Biotechnology | 4 | B
BI402 | Histology | 3 | B
BI403 | Developmental Biology | 4 | B
BI404 | Teaching Methods of Biology | 3 | O
## 4 S2
BI411 | Entomology | 3 | B
BI412 | Environmental Biology | 3 | ?B
BI413 | Monograph (Thesis) | 6 | O
BI414 | Seminar | 2 | O
"""

AF_NUR = """
## 1 S1
NU101 | Anatomy for Nurses | 3 | B
NU102 | Fundamentals of Nursing I | 4 | O
NU103 | English Language I | 2 | O
NU104 | Islamic Culture I | 2 | O
NU105 | Psychology | 2 | O
## 1 S2
NU111 | Physiology for Nurses | 3 | B
NU112 | Fundamentals of Nursing II | 4 | O
NU113 | English Language II | 2 | O
NU114 | Islamic Culture II | 2 | O
NU115 | Nutrition | 2 | O
## 2 S1
NU201 | Medical-Surgical Nursing I | 5 | O
NU202 | Pharmacology for Nurses | 3 | O
NU203 | Microbiology for Nurses | 2 | ?B
NU204 | Islamic Culture III | 2 | O
## 2 S2
NU211 | Medical-Surgical Nursing II | 5 | O
NU212 | Paediatric Nursing | 4 | O
NU213 | Islamic Culture IV | 2 | O
## 3 S1
NU301 | Midwifery I | 5 | O
NU302 | Community Health Nursing | 4 | O
NU303 | Mental Health Nursing | 3 | O
## 3 S2
NU311 | Midwifery II | 5 | O
NU312 | Clinical Practice I | 6 | O
## 4 S1
NU401 | Nursing Management | 3 | O
NU402 | Clinical Practice II | 8 | O
## 4 S2
NU411 | Research in Nursing | 3 | O
NU412 | Monograph (Thesis) | 6 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "AF", title, "bachelor", 4, field, "semester", parse(table), 3, 1,
                        clinical_training=clin)


AF_INST = [
    Institution("Hindu Kush University of Medical Sciences", "Kabul", "Kabul Province", "AF",
                "Darulaman Road, District 6", ("af_bmt", "af_bio", "af_nur"),
                extra={"dari": "پوهنتون علوم طبی هندوکش", "faculty": "Faculty of Medical Technology",
                       "faculty_dari": "دانشکده تکنالوژی طبی",
                       "dept": "Department of Medical Laboratory"}),
    Institution("Khorasan University of Health Sciences", "Herat", "Herat Province", "AF",
                "Jada-e Mahbas, Pul-e Pashtoon", ("af_bmt", "af_bio"),
                extra={"dari": "پوهنتون علوم صحی خراسان", "faculty": "Faculty of Stomatology",
                       "faculty_dari": "دانشکده ستوماتولوژی",
                       "dept": "Department of Medical Laboratory"}),
    Institution("Amu Darya University", "Kunduz", "Kunduz Province", "AF", "Sher Khan Bandar Road",
                ("af_bmt", "af_nur"),
                extra={"dari": "پوهنتون آمو دریا", "faculty": "Faculty of Medical Technology",
                       "faculty_dari": "دانشکده تکنالوژی طبی",
                       "dept": "Department of Medical Laboratory"}),
]
FAC_OTHER = {"af_bio": ("Faculty of Natural Sciences", "دانشکده علوم طبیعی", "Department of Biology"),
             "af_nur": ("Faculty of Nursing", "دانشکده نرسنگ", "Department of General Nursing")}

PACK = K.CountryPack(
    code="AF", name="Afghanistan",
    given={"F": ["Mariam", "Zahra", "Fatima", "Hosai", "Nilofar", "Parwana", "Shabnam", "Farzana", "Mursal",
                 "Freshta", "Laila", "Samira"],
           "M": ["Ahmad", "Mohammad Nasir", "Abdul Wahid", "Farid", "Hamid", "Jawad", "Naweed", "Sayed Omid",
                 "Ajmal", "Rahmatullah", "Zabihullah", "Khalid"]},
    surnames=["Ahmadzai", "Rahimi", "Sadat", "Hakimi", "Noori", "Amiri", "Wardak", "Popal", "Karimi",
              "Habibi", "Safi", "Nazari", "Sharifi", "Mohammadi", "Yousufzai", "Azizi"],
    middle={"F": [], "M": []},
    institutions=AF_INST,
    employers=[
        Employer("Mirwais Valley Provincial Hospital", "Kandahar", "Kandahar Province", "AF",
                 "Shahr-e Naw, District 2", "+93 700 000 141", "hr@mirwais-valley.example"),
        Employer("Kunduz Regional Hospital", "Kunduz", "Kunduz Province", "AF", "Chahar Darah Road",
                 "+93 700 000 162", "admin@kunduz-rh.example"),
        Employer("Aryana Diagnostic Laboratory", "Kabul", "Kabul Province", "AF", "Taimani Watt, Street 3",
                 "+93 700 000 177", "info@aryana-lab.example", "lab"),
        Employer("Bamyan Provincial Hospital", "Bamyan", "Bamyan Province", "AF", "Sayed Abad, Bamyan Centre",
                 "+93 700 000 118", "hr@bamyan-ph.example"),
    ],
    signers=["Dr. Abdul Qadir Sharifi", "Dr. Mohammad Hashim Noori", "Dr. Sayed Rafi Sadat", "Dr. Nasima Hakimi"],
    curricula=[_cur("af_bmt", "Bachelor of Medical Technology", "medical_technology", AF_BMT, True),
               _cur("af_bio", "Bachelor of Biology", "biology", AF_BIO),
               _cur("af_nur", "Bachelor of Nursing", "nursing", AF_NUR)],
    mls_curriculum="af_bmt", science_curricula=["af_bio"], nonqualifying_curricula=["af_nur"],
    positions_mls=["Laboratory Technician", "Medical Technologist", "Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy - 621}-{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("AF", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urine and Stool Examination"],
    "molecular": ["PCR"], "phlebotomy": ["Sample Collection"], "other": ["Parasitology", "TB Microscopy"]})

ORD = ["First", "Second", "Third", "Fourth"]


FATHERS = ["Abdul Ghafar", "Mohammad Ismail", "Ghulam Sakhi", "Abdul Rahim", "Mohammad Yousuf", "Sayed Karim",
           "Haji Nazar", "Abdul Latif"]


def father_name(person):
    """The father's name Afghan documents print after the holder's (stable per person)."""
    return FATHERS[zlib.crc32(f"af-father:{person.given}:{person.surname}".encode()) % len(FATHERS)]


def faculty(s):
    ex = s.institution.extra
    if s.curriculum.id in FAC_OTHER:
        return FAC_OTHER[s.curriculum.id]
    return ex["faculty"], ex["faculty_dari"], ex["dept"]


def marks(s):
    """{(term index, row index): printed mark}; one candidate in two passed one subject at the
    second-chance exam ("58*")."""
    out = {}
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            out[(i, j)] = str(min(97, max(56, r.score + 6 + k(s, f"m{i}.{j}") % 7)))
    if k(s, "chance") % 2 == 0:
        i = k(s, "ci") % (len(s.terms) - 2)
        j = k(s, "cj") % len(s.terms[i].results)
        out[(i, j)] = f"{55 + k(s, 'cm') % 5}*"
    return out


def _mk(x):
    return int(x.rstrip("*"))


def af_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    fac, fac_d, dept = faculty(s)
    nm = name_form(person, "natural")
    fname = father_name(person)
    mk = marks(s)
    # letterhead: Dari lines over the English ones, emblem left, photo right
    star_seal(p, 58, 52, 26, 0.3, points=8)
    dari_line(p, W / 2, 30, "جمهوری اسلامی افغانستان", 10, bold=True)
    dari_line(p, W / 2, 45, "وزارت تحصیلات عالی", 9)
    dari_line(p, W / 2, 60, inst.extra["dari"] + " - " + fac_d, 9, bold=True)
    p.text(W / 2, 76, f"Islamic Republic of Afghanistan — Ministry of Higher Education", F, 8.5, "center")
    p.text(W / 2, 89, inst.name.upper(), FB, 12, "center")
    p.text(W - 127, 90, "Thumbprint", F, 6, "center")
    p.text(W / 2, 101, f"{fac} — {dept}", FB, 9, "center")
    p.text(W / 2, 116, "TRANSCRIPT OF ACADEMIC RECORD", FB, 11, "center")
    photo_box(p, W - 92, 18, 52, 64)
    fingerprint_box(p, W - 150, 48, 46, 34)
    y = 134
    cols = [(30, [("Name", nm), ("Father's Name", fname)]),
            (300, [("Kankor ID / Reg. No.", s.student_no), ("Date of Birth", f"{s.dob.year}")]),
            (560, [("Programme", cur.title), ("Duration", "4 years (8 semesters)")])]
    for row in range(2):
        items = []
        for x, pairs in cols:
            a, b = pairs[row]
            items += [(x, f"{a}:", "left", FB, 8), (x + (98 if x == 300 else 70), b, "left", F, 8)]
        p.pieces(y, items, F, 8)
        y += 11
    p.hline(30, W - 30, y - 4, 0.8)
    # the grid: four year blocks
    top = y + 6
    bw = (W - 60) / 4
    fs = 6.6
    out = []
    tot_w, tot_c = 0.0, 0
    for yi in range(4):
        x0 = 30 + yi * bw
        xs = {"no": x0 + 3, "sub": x0 + 15, "cr": x0 + bw - 38, "mk": x0 + bw - 6}
        terms = [(i, t) for i, t in enumerate(s.terms) if t.year == yi + 1]
        if not terms:
            continue
        g = terms[0][1].start_year
        sh = jalali(dt.date(g, 6, 1))[0]
        yy = top
        p.rect(x0, yy, bw, 14, 0.6, 0, fill=0.85)
        p.text(x0 + bw / 2, yy + 10, f"{ORD[yi]} Year {sh} ({g})", FB, 8, "center")
        yy += 14
        for si, (i, t) in enumerate(terms):
            label = f"{ORD[si]} Semester"
            p.text(x0 + bw / 2, yy + 10, label, FB, 7.5, "center")
            yy += 13
            p.hline(x0, x0 + bw, yy, 0.5)
            p.pieces(yy + 8, [(xs["no"], "No", "left"), (xs["sub"], "Subject", "left"), (xs["cr"], "Cr", "center"),
                              (xs["mk"], "Marks", "right")], FB, 6.8)
            hy = yy
            yy += 11
            p.hline(x0, x0 + bw, yy, 0.5)
            cw, cs = 0.0, 0
            for j, r in enumerate(t.results):
                lines = wrap(r.spec.title, F, fs, xs["cr"] - 14 - xs["sub"])
                m = mk[(i, j)]
                p.pieces(yy + 7.6, [(xs["no"], str(j + 1), "left"), (xs["sub"], lines[0], "left"),
                                    (xs["cr"], str(int(r.spec.credits)), "center"), (xs["mk"], m, "right")], F, fs)
                for ln in lines[1:]:
                    yy += 7.4
                    p.text(xs["sub"], yy + 7.6, ln, F, fs)
                yy += 10
                p.hline(x0, x0 + bw, yy, 0.2)
                cw += r.spec.credits * _mk(m)
                cs += int(r.spec.credits)
                out.append(course_truth(r, f"{label}, {ORD[yi]} Year {sh} ({g})", r.spec.credits, m, "semester",
                                        title=" ".join(lines), code=None, marks=_mk(m)))
            for x in (xs["sub"] - 3, xs["cr"] - 10, xs["cr"] + 10):
                p.vline(x, hy, yy, 0.3)
            tot_w += cw
            tot_c += cs
            p.spaced(x0 + 4, yy + 9, [f"Total credits: {cs}", f"Percentage: {r1(cw / cs):.1f} %"], FB, 6.8, gap=14)
            yy += 16
        p.rect(x0, top, bw, yy - top, 0.9)
    final = r1(tot_w / tot_c)
    yb = H - 112
    p.hline(30, W - 30, yb - 12, 0.8)
    p.spaced(30, yb, [f"Total credits earned: {tot_c}", f"Final percentage: {final:.1f} %",
                      "Result: Passed"], FB, 9, gap=40)
    p.text(30, yb + 12, "Marks scale: 86-100 Excellent; 76-85 Very Good; 66-75 Good; 55-65 Pass; below 55 Fail. "
           "Pass mark 55. * Passed in the second-chance (Chance) examination.", F, 6.8)
    gy, gm, gd = jalali(s.conferred)
    p.text(30, yb + 22, f"Date of graduation: {gy}/{gm:02d}/{gd:02d} ({s.conferred.day} {s.conferred.strftime('%b')} "
           f"{s.conferred.year})", F, 7.5)
    ys = H - 38
    for x, t in ((140, "Academic Affairs"), (W / 2, f"Dean, {fac}"), (W - 140, "Chancellor")):
        sign_block(p, rng, x, ys, t, FB, 8, 150)
    star_seal(p, W - 210, ys - 22, 28, 0.45, points=8)
    return LayoutResult("transcript", "af_year_grid", FAMILY, [p], [nm], out, "semester",
                        {"prints_totals": True, "final_percentage": final, "pass_mark": 55})


TRANSCRIPT_LAYOUTS = {"af_year_grid": (af_transcript, FAMILY, ("AF",))}
