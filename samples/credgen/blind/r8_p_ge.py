"""Writer P, round 8: Georgia. Country pack (Bachelor of Medical Diagnostics, 4 years / 240 ECTS;
Bachelor of Biology; Bachelor of Nursing) and the university's ACADEMIC TRANSCRIPT in English with a
Georgian (Mkhedruli) line above every English heading: the university name, the title, the
student-block labels, each semester caption "I სემესტრი (შემოდგომა 2015)" over "Semester I (Fall
2015)", and the two-line column header (Georgian over English) `# | Course code | Course title |
ECTS | Score (0-100) | Grade`. Some course titles are bilingual inside the cell (Georgian over
English). Georgian scale A 91-100 Excellent, B 81-90 Very good, C 71-80 Good, D 61-70
Satisfactory, E 51-60 Sufficient, FX 41-50 (re-sit allowed), F 0-40; about half the candidates
have one course passed at the additional exam, shown by an italic line under it ("Re-sit
(additional exam); first attempt 46 FX"). Under each semester "Total ECTS: 30  GPA: 3.42" (Georgian
4.0 scale A 4.0, B 3.2, C 2.4, D 1.6, E 0.8, ECTS-weighted); at the end "Total ECTS: 240",
cumulative GPA, "Qualification awarded: Bachelor of Medical Diagnostics", the grading legend, a QR
code box in the top corner, the Registrar's signature and an electronic-signature note. Georgian
is drawn in DejaVu Sans (the document's other text in its own scheme).

Truth: the course rows (final score and grade; the re-sit line is not a course), ECTS credits,
system "ects" (x 1/2; 240 ECTS = 120 SH). The Georgian title above an English one is not part of
the truth's title (the English line is)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page
from .r8_p_common import FAMILY, add_department_phrases, course_truth, k, ka, ka_font, parse

GE_MD = """
## 1 S1
GEN1101 | Academic Writing | 5 | O
BIO1101 | General Biology | 6 | B
CHM1101 | General Chemistry | 6 | C
MTH1101 | Mathematics for Health Sciences | 5 | M
ANT1101 | Human Anatomy I | 5 | B
ENG1101 | English for Specific Purposes I | 3 | O
## 1 S2
CHM1202 | Organic Chemistry | 6 | C
ANT1202 | Human Anatomy II | 5 | B
PHY1201 | Medical Physics | 5 | O
HIS1201 | Histology and Cytology | 6 | ?B
ENG1202 | English for Specific Purposes II | 3 | O
GEN1202 | Introduction to Medical Diagnostics | 5 | O
## 2 S1
BCH2101 | Biochemistry I | 6 | C
PHS2101 | Human Physiology I | 6 | B
MIC2101 | General Microbiology | 6 | B
STA2101 | Biostatistics | 5 | M
GEN2101 | Medical Ethics and Law | 4 | O
ITC2101 | Information Technology in Medicine | 3 | O
## 2 S2
BCH2202 | Biochemistry II | 6 | C
PHS2202 | Human Physiology II | 5 | B
IMM2201 | Immunology | 6 | B
GEN2202 | Human Genetics | 5 | B
PAT2201 | General Pathology | 5 | O
PUB2201 | Public Health and Epidemiology | 3 | O
## 3 S1
LAB3101 | Clinical Biochemistry I | 6 | ?P
LAB3102 | Hematology I | 6 | P
LAB3103 | Clinical Microbiology I (Bacteriology) | 6 | ?P
LAB3104 | Clinical Parasitology | 5 | P
LAB3105 | Laboratory Quality Management | 4 | ?P
ELE3101 | Elective: Medical Informatics | 3 | O
## 3 S2
LAB3206 | Clinical Biochemistry II | 6 | ?P
LAB3207 | Hematology II and Hemostasis | 6 | P
LAB3208 | Clinical Microbiology II (Virology and Mycology) | 6 | ?P
LAB3209 | Immunohematology and Transfusion Medicine | 6 | P
LAB3210 | Urinalysis and Body Fluids | 6 | P
## 4 S1
LAB4101 | Molecular Diagnostics | 6 | ?P
LAB4102 | Clinical Immunology and Serology | 6 | ?P
LAB4103 | Cytology and Histotechnology | 6 | ?P
LAB4104 | Fundamentals of Medical Imaging | 4 | O
LAB4105 | Laboratory Practice I | 8 | ?P
## 4 S2
LAB4206 | Clinical Laboratory Practice (Internship) | 20 | P | chemistry,hematology,microbiology,blood_bank,molecular
LAB4207 | Bachelor's Thesis | 10 | O
"""

GE_BIO = """
## 1 S1
BIO1101 | General Biology | 6 | B
CHM1101 | General Chemistry | 6 | C
MTH1101 | Calculus I | 6 | M
GEN1101 | Academic Writing | 6 | O
ENG1101 | English I | 6 | O
## 1 S2
BIO1202 | Botany | 6 | B
BIO1203 | Zoology | 6 | B
CHM1202 | Organic Chemistry | 6 | C
STA1201 | Statistics | 6 | M
ENG1202 | English II | 6 | O
## 2 S1
BIO2101 | Cell Biology | 6 | B
BIO2102 | Microbiology | 6 | B
BCH2101 | Biochemistry | 6 | C
PHY2101 | Physics | 6 | O
BIO2103 | Ecology | 6 | O
## 2 S2
BIO2204 | Genetics | 6 | B
BIO2205 | Human Physiology | 6 | B
BIO2206 | Plant Physiology | 6 | B
CHM2201 | Analytical Chemistry | 6 | C
GEN2201 | Philosophy of Science | 6 | O
## 3 S1
BIO3101 | Molecular Biology | 6 | B
BIO3102 | Immunology | 6 | B
BIO3103 | Evolutionary Biology | 6 | B
BIO3104 | Biodiversity of the Caucasus | 6 | O
ELE3101 | Elective | 6 | O
## 3 S2
BIO3205 | Virology | 6 | ?B
BIO3206 | Biotechnology | 6 | ?B
BIO3207 | Hydrobiology | 6 | O
BIO3208 | Research Methods | 6 | O
ELE3202 | Elective | 6 | O
## 4 S1
BIO4101 | Conservation Biology | 10 | O
BIO4102 | Field Practice | 10 | O
BIO4103 | Seminar | 10 | O
## 4 S2
BIO4204 | Bachelor's Thesis | 30 | O
"""

GE_NUR = """
## 1 S1
NUR1101 | Human Anatomy | 6 | B
NUR1102 | Fundamentals of Nursing | 12 | O
NUR1103 | Psychology | 6 | O
NUR1104 | English I | 6 | O
## 1 S2
NUR1205 | Physiology | 6 | B
NUR1206 | Nursing Skills Practice | 12 | O
NUR1207 | Pharmacology | 6 | O
NUR1208 | Biochemistry | 6 | C
## 2 S1
NUR2101 | Adult Nursing I | 15 | O
NUR2102 | Microbiology and Infection Control | 6 | ?B
NUR2103 | Nutrition | 9 | O
## 2 S2
NUR2204 | Adult Nursing II | 15 | O
NUR2205 | Clinical Practice I | 15 | O
## 3 S1
NUR3101 | Maternal and Child Nursing | 15 | O
NUR3102 | Clinical Practice II | 15 | O
## 3 S2
NUR3203 | Mental Health Nursing | 15 | O
NUR3204 | Community Nursing | 15 | O
## 4 S1
NUR4101 | Nursing Management | 15 | O
NUR4102 | Clinical Practice III | 15 | O
## 4 S2
NUR4203 | Nursing Research | 10 | O
NUR4204 | Bachelor's Thesis | 20 | O
"""

KA_TITLES = {"BIO1101": "ზოგადი ბიოლოგია", "CHM1101": "ზოგადი ქიმია", "ANT1101": "ადამიანის ანატომია I",
             "CHM1202": "ორგანული ქიმია", "HIS1201": "ჰისტოლოგია და ციტოლოგია", "BCH2101": "ბიოქიმია I",
             "PHS2101": "ადამიანის ფიზიოლოგია I", "MIC2101": "ზოგადი მიკრობიოლოგია", "IMM2201": "იმუნოლოგია",
             "LAB3101": "კლინიკური ბიოქიმია I", "LAB3102": "ჰემატოლოგია I",
             "LAB3209": "იმუნოჰემატოლოგია და ტრანსფუზიოლოგია", "LAB4101": "მოლეკულური დიაგნოსტიკა",
             "LAB4206": "კლინიკური ლაბორატორიული პრაქტიკა", "LAB4207": "საბაკალავრო ნაშრომი",
             "BIO4204": "საბაკალავრო ნაშრომი", "NUR4204": "საბაკალავრო ნაშრომი",
             "NUR1102": "საექთნო საქმის საფუძვლები"}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "GE", title, "bachelor", 4, field, "ects", parse(table), 9, 7,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="GE", name="Georgia",
    given={"F": ["Nino", "Mariam", "Tamar", "Ana", "Salome", "Ketevan", "Natia", "Eka", "Tamta", "Elene", "Sopho"],
           "M": ["Giorgi", "Davit", "Levan", "Irakli", "Luka", "Nikoloz", "Zurab", "Tornike", "Sandro", "Beka",
                 "Lasha"]},
    surnames=["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri", "Kvaratskhelia",
              "Abashidze", "Chkheidze", "Jorjadze", "Mamaladze", "Nozadze", "Gogichaishvili", "Shengelia"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Mtkvari State University of Health Sciences", "Tbilisi", "Tbilisi", "GE",
                    "14 Akaki Tsereteli Avenue", ("ge_md", "ge_bio", "ge_nur"),
                    extra={"ka": "მტკვრის ჯანმრთელობის მეცნიერებათა სახელმწიფო უნივერსიტეტი",
                           "web": "mshsu.example"}),
        Institution("Rioni Teaching University", "Kutaisi", "Imereti", "GE", "7 Tamar Mepe Street",
                    ("ge_md", "ge_nur"), extra={"ka": "რიონის სასწავლო უნივერსიტეტი", "web": "rioni-tu.example"}),
        Institution("Black Sea Medical University", "Batumi", "Adjara", "GE", "35 Ninoshvili Street",
                    ("ge_md", "ge_bio"), extra={"ka": "შავი ზღვის სამედიცინო უნივერსიტეტი", "web": "bsmu-batumi.example"}),
    ],
    employers=[
        Employer("Mtatsminda Multiprofile Clinical Hospital", "Tbilisi", "Tbilisi", "GE",
                 "22 Chavchavadze Avenue", "+995 32 255 0142", "hr@mtatsminda-clinic.example"),
        Employer("Kutaisi Regional Referral Hospital", "Kutaisi", "Imereti", "GE", "83 Javakhishvili Street",
                 "+995 431 255 017", "office@krrh.example"),
        Employer("LabLine Diagnostics LLC", "Tbilisi", "Tbilisi", "GE", "5 Vazha-Pshavela Avenue, Block 2",
                 "+995 32 255 0188", "careers@labline.example", "lab"),
        Employer("Batumi Seaside Medical Centre", "Batumi", "Adjara", "GE", "118 Gorgiladze Street",
                 "+995 422 255 063", "hr@seaside-med.example", "clinic"),
    ],
    signers=["Tamar Gogoladze", "Dr. Irakli Svanidze", "Maia Kobakhidze", "Nana Tskhadadze"],
    curricula=[_cur("ge_md", "Bachelor of Medical Diagnostics", "medical_laboratory_science", GE_MD, True),
               _cur("ge_bio", "Bachelor of Biology", "biology", GE_BIO),
               _cur("ge_nur", "Bachelor of Nursing", "nursing", GE_NUR)],
    mls_curriculum="ge_md", science_curricula=["ge_bio"], nonqualifying_curricula=["ge_nur"],
    positions_mls=["Laboratory Diagnostics Specialist", "Clinical Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Research Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(1, 6)}{rng.randint(10 ** 9, 10 ** 10 - 1)}",
)
K.register(PACK)
add_department_phrases("GE", {
    "blood_bank": ["Blood Bank", "Transfusion Medicine"], "chemistry": ["Clinical Biochemistry"],
    "hematology": ["Hematology"], "microbiology": ["Microbiology", "Bacteriology"],
    "immunology": ["Immunology", "Serology"], "urinalysis": ["Clinical Urinalysis"], "molecular": ["PCR Laboratory"],
    "phlebotomy": ["Blood Collection"], "other": ["Pathology"]})

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
BANDS = [(91, "A", 4.0, "Excellent"), (81, "B", 3.2, "Very good"), (71, "C", 2.4, "Good"),
         (61, "D", 1.6, "Satisfactory"), (51, "E", 0.8, "Sufficient")]


def score(r):
    return max(51, min(99, 55 + int((r.score - 45) * 44 / 47)))


def band(sc):
    for lo, g, gp, w in BANDS:
        if sc >= lo:
            return g, gp
    return ("FX", 0.0) if sc >= 41 else ("F", 0.0)


def resit_code(s):
    if k(s, "ge-rs") % 2:
        return None
    c = [r for t in s.terms[:6] for r in t.results if r.spec.credits <= 6]
    return c[k(s, "ge-rw") % len(c)].code


def qr(p, x, y, size, seed):
    n = 21
    c = size / n
    p.rect(x - 3, y - 3, size + 6, size + 6, 0.5, 0.2)
    for (ox, oy) in ((0, 0), (n - 7, 0), (0, n - 7)):
        p.rect(x + ox * c, y + oy * c, 7 * c, 7 * c, 0, 0, fill=0.0)
        p.rect(x + (ox + 1) * c, y + (oy + 1) * c, 5 * c, 5 * c, 0, 1, fill=1.0)
        p.rect(x + (ox + 2) * c, y + (oy + 2) * c, 3 * c, 3 * c, 0, 0, fill=0.0)
    v = seed
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            if v >> 16 & 1:
                p.rect(x + i * c, y + j * c, c, c, 0, 0, fill=0.0)


def ge_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 40, A4[0] - 40
    name = name_form(person, "natural")
    cx = [L, L + 20, L + 74, R - 128, R - 92, R - 46, R]
    rs = resit_code(s)
    ten = f"{k(s, 'ge-pn') % 10 ** 11:011d}"

    def new_page(n):
        p = Page(A4)
        qr(p, R - 62, 30, 58, k(s, "ge-qr") + n)
        p.circle(L + 24, 54, 22, 1.2, 0.3)
        p.circle(L + 24, 54, 15, 0.6, 0.3)
        ka(p, L + 56, 44, inst.extra["ka"], 8.5, bold=True)
        p.text(L + 56, 57, inst.name.upper(), FB, 10.5)
        p.text(L + 56, 68, f"{inst.street}, {inst.city} 0{k(s, 'zip') % 900 + 100}, Georgia | www.{inst.extra['web']}",
               F, 7.5)
        if n == 1:
            ka(p, p.w / 2, 108, "აკადემიური მოსწრების ფურცელი", 9, "center")
            p.text(p.w / 2, 123, "ACADEMIC TRANSCRIPT", FB, 14, "center")
            y = 144
            for kl, el, v, kl2, el2, v2 in (
                    ("სახელი, გვარი", "Full name", name, "პირადი ნომერი", "Personal No.", ten),
                    ("დაბადების თარიღი", "Date of birth", s.dob.strftime("%d/%m/%Y"), "სტუდენტის ID", "Student ID",
                     s.student_no),
                    ("საგანმანათლებლო პროგრამა", "Programme", cur.title, "ჩარიცხვის წელი", "Year of enrolment",
                     str(s.admitted.year))):
                ka(p, L, y, kl, 6.5, gray=0.3)
                ka(p, L + 290, y, kl2, 6.5, gray=0.3)
                p.pieces(y + 10, [(L, f"{el}:", "left", FB, 8.5), (L + 88, v, "left"),
                                  (L + 290, f"{el2}:", "left", FB, 8.5), (L + 380, v2, "left")], F, 8.5)
                y += 24
            return p, y + 6
        p.text(L, 96, f"Academic transcript — {name} — continued", FI, 8)
        return p, 114

    fl = Flow(new_page, 64)
    out, tcr, tgp = [], 0, 0.0
    for i, t in enumerate(s.terms):
        fall = t.key == "S1"
        yr = t.start_year if fall else t.start_year + 1
        cap_ka = f"{ROMAN[i]} სემესტრი ({'შემოდგომა' if fall else 'გაზაფხული'} {yr})"
        cap = f"Semester {ROMAN[i]} ({'Fall' if fall else 'Spring'} {yr})"
        nrow = len(t.results) + sum(1 for r in t.results if r.code in KA_TITLES or r.code == rs)
        fl.need(64 + 12 * nrow)
        p, y = fl.page, fl.y
        ka(p, L, y, cap_ka, 7.5, gray=0.25)
        p.text(L, y + 12, cap, FB, 10)
        y += 18
        p.rect(L, y, R - L, 22, 0.6, 0, fill=0.9)
        kah = ["#", "საგნის კოდი", "საგნის დასახელება", "ECTS", "ქულა", "შეფასება"]
        enh = ["#", "Course code", "Course title", "ECTS", "Score (0-100)", "Grade"]
        p.pieces(y + 9, [((cx[j] + cx[j + 1]) / 2 if j != 2 else cx[2] + 4, h, "center" if j != 2 else "left")
                         for j, h in enumerate(kah)], ka_font(), 6.3, 0.25)
        p.pieces(y + 19, [((cx[j] + cx[j + 1]) / 2 if j != 2 else cx[2] + 4, h, "center" if j != 2 else "left")
                          for j, h in enumerate(enh)], FB, 7.6)
        y += 33
        ecr, egp = 0, 0.0
        for j, r in enumerate(t.results, 1):
            sc = score(r)
            if r.code == rs:
                sc = 51 + k(s, "ge-rsc") % 6
            g, gp = band(sc)
            c = int(r.spec.credits)
            if r.code in KA_TITLES:
                ka(p, cx[2] + 4, y, KA_TITLES[r.code], 6.8, gray=0.2)
                y += 9
            p.pieces(y, [((cx[0] + cx[1]) / 2, str(j), "center"), (cx[1] + 4, r.code, "left"),
                         (cx[2] + 4, r.spec.title, "left"), ((cx[3] + cx[4]) / 2, str(c), "center"),
                         ((cx[4] + cx[5]) / 2, str(sc), "center"), ((cx[5] + cx[6]) / 2, g, "center")], F, 8.3)
            extra = {"score": sc}
            if r.code == rs:
                y += 9.5
                first = 41 + k(s, "ge-rs1") % 10
                p.text(cx[2] + 12, y, f"Re-sit (additional exam); first attempt {first} FX", FI, 7)
                extra["resit"] = True
            p.hline(L, R, y + 3.5, 0.25, 0.6)
            y += 12
            out.append(course_truth(r, cap, c, g, "ects", **extra))
            ecr += c
            egp += c * gp
        tcr += ecr
        tgp += egp
        p.pieces(y + 2, [(R - 150, f"Total ECTS: {ecr}", "left", FB, 8.5), (R, f"GPA: {egp / ecr:.2f}", "right")],
                 FB, 8.5)
        fl.y = y + 26
    fl.need(190)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 8, 1.0)
    ka(p, L, y + 2, "კრედიტების ჯამი / საშუალო შეწონილი ქულა", 6.5, gray=0.3)
    p.pieces(y + 13, [(L, f"Total ECTS: {tcr}", "left"), (L + 180, f"Cumulative GPA: {tgp / tcr:.2f}", "left")],
             FB, 9.5)
    ka(p, L, y + 28, "მინიჭებული კვალიფიკაცია", 6.5, gray=0.3)
    p.text(L, y + 39, f"Qualification awarded: {cur.title}", FB, 9.5)
    p.text(L, y + 51, f"Date of award: {s.conferred.strftime('%d/%m/%Y')} (Rector's order N {k(s, 'ge-or') % 900 + 100}"
           f"/{s.conferred.year})", F, 8.5)
    y += 68
    p.text(L, y, "Grading scale: A (91-100) Excellent; B (81-90) Very good; C (71-80) Good; D (61-70) Satisfactory;",
           F, 7)
    p.text(L, y + 9, "E (51-60) Sufficient; FX (41-50) Did not pass, allowed re-sit; F (0-40) Fail. GPA: A 4.0, B 3.2, "
           "C 2.4, D 1.6, E 0.8.", F, 7)
    yb = y + 62
    ka(p, R - 110, yb - 34, "რეგისტრატორი", 7, "center", gray=0.3)
    p.signature(R - 160, yb - 8, 100, rng)
    p.hline(R - 190, R - 30, yb - 4, 0.5)
    p.text(R - 110, yb + 8, f"Registrar: {rng.choice(PACK.signers)}", F, 8.5, "center")
    p.seal(R - 230, yb - 14, 26, 0.5)
    p.text(L, yb + 24, f"This document is signed with a qualified electronic signature. Verify it at "
           f"verify.{inst.extra['web']} with code {k(s, 'ge-v') % 10 ** 8:08d}.", FI, 7)
    np_ = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 26, f"Page {i} of {np_}", F, 7.5, "center")
    return LayoutResult("transcript", "ge_bilingual_transcript", FAMILY, fl.pages, [name], out, "ects",
                        {"prints_totals": True, "total_credits": tcr, "gpa": round(tgp / tcr, 2)})


TRANSCRIPT_LAYOUTS = {"ge_bilingual_transcript": (ge_transcript, FAMILY, ("GE",))}
