"""Writer W, round 11: Syria (SY). Country pack (a state university's Faculty of Health Sciences,
"Medical Laboratories", four years in the annual system; a Faculty of Science's Biology licence; a
Faculty of Nursing) and the bilingual "Academic Transcript / كشف علامات" of the Faculty's Student
Affairs office: English at the left and Arabic (drawn as pictures) at the right of every heading
line and table header; one table per academic year headed "Academic Year 2014/2015 - Second Year",
inside it the First then the Second Semester under a thin full-width row; columns `No. | Course
Title | Theor. Hrs | Pract. Hrs | Mark | Mark in Words | Session`; weekly hours, marks /100 (pass 60)
repeated in English words, Session "1st" or "2nd"; a failed mark is printed and the course appears
again, either in the 2nd session of the same year or in the next year's same semester; no codes, no
credit column. Under each year "Annual Average: 71.35 %" (mean of the year's passing marks); at the
end "Graduation Average: 70.12 % - Grade: Good" (mean of the annual averages) and "The passing mark is
60 out of 100"; the Dean and the Head of Student Affairs sign, a round stamp half over a signature.

Credit basis (the writer's choice): the printed hours are WEEKLY hours through a semester of 14-16
weeks. One weekly lecture hour through a semester is one US semester hour and a laboratory hour
counts half, so a course's semester hours = theory hours + practical hours / 2 (2 + 2 -> 3 SH,
3 + 0 -> 3 SH). No credit is printed: the truth's `credits` holds that derived figure (system
"semester", `credits_printed` False) with the printed `theory_hours` / `practical_hours` beside it.
Failed attempts are rows with passed False (no SH). Term: "Academic Year 2014/2015 - Second Year -
First Semester"; grade = the printed mark."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r11_w_common import (FAMILY, add_department_phrases, arabic, by_reading_order, course_truth, en_words, k,
                           r2, round_stamp, sign_block, table)

SY_ML = """
## 1 S1
ML101 | General Chemistry | 3 | 2 | C
ML102 | General Biology | 2 | 2 | B
ML103 | Physics for Health Sciences | 2 | 2 | O
ML104 | English Language I | 2 | 0 | O
ML105 | Arabic Language | 2 | 0 | O
ML106 | Mathematics and Biostatistics | 3 | 0 | M
## 1 S2
ML107 | Organic Chemistry | 3 | 2 | C
ML108 | Human Anatomy | 2 | 2 | B
ML109 | Computer Science | 1 | 2 | O
ML110 | English Language II | 2 | 0 | O
ML111 | National Culture | 2 | 0 | O
ML112 | Cell Biology | 2 | 2 | B
## 2 S1
ML201 | Biochemistry I | 3 | 2 | C
ML202 | Human Physiology | 3 | 2 | B
ML203 | General Microbiology | 2 | 2 | B
ML204 | Histology | 2 | 2 | B
ML205 | Laboratory Safety and Instruments | 1 | 2 | P
## 2 S2
ML206 | Biochemistry II | 3 | 2 | C
ML207 | Analytical Chemistry | 2 | 2 | C
ML208 | Medical Parasitology | 2 | 2 | P
ML209 | Immunology | 2 | 2 | ?B
ML210 | Medical Terminology | 2 | 0 | O
## 3 S1
ML301 | Clinical Chemistry I | 3 | 3 | P
ML302 | Haematology I | 3 | 3 | P
ML303 | Medical Bacteriology | 3 | 3 | P
ML304 | Pathology | 2 | 0 | O
## 3 S2
ML305 | Clinical Chemistry II | 3 | 3 | P
ML306 | Haematology II | 3 | 3 | P
ML307 | Medical Mycology and Virology | 2 | 2 | P
ML308 | Urine and Body Fluids Analysis | 2 | 2 | P
## 4 S1
ML401 | Blood Banking and Immunohaematology | 3 | 3 | P
ML402 | Serology | 2 | 2 | P
ML403 | Histopathological Techniques | 2 | 2 | P
ML404 | Molecular Diagnostics | 2 | 2 | ?P
ML405 | Quality Control in the Laboratory | 2 | 0 | P
## 4 S2
ML406 | Hospital Laboratory Training | 1 | 12 | P | chemistry,hematology,microbiology,blood_bank
ML407 | Laboratory Management | 2 | 0 | P
ML408 | Graduation Project | 1 | 4 | O
"""

SY_BIO = """
## 1 S1
BI101 | General Chemistry | 3 | 2 | C
BI102 | Plant Morphology | 2 | 2 | B
BI103 | General Physics | 3 | 2 | O
BI104 | English Language I | 2 | 0 | O
BI105 | Mathematics | 3 | 0 | M
## 1 S2
BI106 | Organic Chemistry | 3 | 2 | C
BI107 | Animal Biology | 2 | 2 | B
BI108 | English Language II | 2 | 0 | O
BI109 | National Culture | 2 | 0 | O
## 2 S1
BI201 | Plant Anatomy | 2 | 2 | B
BI202 | Invertebrates | 2 | 2 | B
BI203 | Analytical Chemistry | 2 | 2 | C
BI204 | Biostatistics | 2 | 0 | M
## 2 S2
BI205 | Vertebrates | 2 | 2 | B
BI206 | General Microbiology | 2 | 2 | B
BI207 | Biochemistry | 3 | 2 | C
## 3 S1
BI301 | Genetics | 3 | 2 | B
BI302 | Animal Physiology | 3 | 2 | B
BI303 | Ecology | 2 | 2 | B
## 3 S2
BI304 | Plant Physiology | 3 | 2 | B
BI305 | Immunology | 2 | 2 | ?B
BI306 | Parasitology | 2 | 2 | B
## 4 S1
BI401 | Molecular Biology | 3 | 2 | B
BI402 | Embryology | 2 | 2 | B
BI403 | Virology | 2 | 0 | ?B
## 4 S2
BI404 | Biotechnology | 2 | 2 | B
BI405 | Evolution | 2 | 0 | B
BI406 | Research Project | 1 | 4 | O
"""

SY_NUR = """
## 1 S1
NU101 | Fundamentals of Nursing I | 3 | 6 | O
NU102 | Anatomy and Physiology | 3 | 2 | B
## 1 S2
NU103 | Fundamentals of Nursing II | 3 | 6 | O
NU104 | Microbiology for Nurses | 2 | 2 | ?B
## 2 S1
NU201 | Adult Health Nursing I | 4 | 8 | O
## 2 S2
NU202 | Adult Health Nursing II | 4 | 8 | O
## 3 S1
NU301 | Maternity Nursing | 4 | 8 | O
## 3 S2
NU302 | Paediatric Nursing | 4 | 8 | O
## 4 S1
NU401 | Community Health Nursing | 4 | 8 | O
## 4 S2
NU402 | Nursing Administration | 3 | 6 | O
"""

HOURS = {}   # (curriculum id, year, key, title) -> (theory, practical) weekly hours


def _cur(cid, title, field, text, clin=False):
    terms, extra = table(text, 2)
    for t in terms:
        for c in t.courses:
            th, pr = extra[(t.year, t.key, c.title)]
            HOURS[(cid, t.year, t.key, c.title)] = (int(th), int(pr))
            c.credits = th + pr / 2
    return C.Curriculum(cid, "SY", title, "bachelor", 4, field, "semester", terms, 9, 7, clinical_training=clin)


SY_INST = [
    Institution("University of Al-Sahel", "Latakia", "Latakia Governorate", "SY", "Al-Ziraa Street", ("sy_ml", "sy_bio"),
                "university", extra={"ar": "جامعة الساحل", "fac": "Faculty of Health Sciences",
                                     "far": "كلية العلوم الصحية", "fac_bio": "Faculty of Science", "far_bio": "كلية العلوم"}),
    Institution("Qasioun State University", "Damascus", "Damascus Governorate", "SY", "Al-Mazzeh Highway",
                ("sy_ml", "sy_nur"), "university",
                extra={"ar": "جامعة قاسيون", "fac": "Faculty of Health Sciences", "far": "كلية العلوم الصحية",
                       "fac_nur": "Faculty of Nursing", "far_nur": "كلية التمريض"}),
    Institution("Al-Furat Valley University", "Deir ez-Zor", "Deir ez-Zor Governorate", "SY", "University Street",
                ("sy_bio", "sy_nur"), "university",
                extra={"ar": "جامعة وادي الفرات", "fac_bio": "Faculty of Science", "far_bio": "كلية العلوم",
                       "fac_nur": "Faculty of Nursing", "far_nur": "كلية التمريض"}),
]

PACK = K.CountryPack(
    code="SY", name="Syria",
    given={"F": ["Rama", "Lama", "Hala", "Rasha", "Nour", "Ghina", "Dima", "Yara", "Rania", "Sawsan"],
           "M": ["Omar", "Ahmad", "Mahmoud", "Khaled", "Bassel", "Fadi", "Rami", "Tarek", "Wassim", "Hazem"]},
    surnames=["Al-Khatib", "Haddad", "Darwish", "Al-Hamwi", "Shaheen", "Kassab", "Al-Halabi", "Mansour", "Zeidan",
              "Al-Masri", "Barakat", "Sleiman"],
    middle={"F": ["Mohammad", "Ahmad", "Ali", "Hassan", "Youssef", "Ibrahim"],
            "M": ["Mohammad", "Ahmad", "Ali", "Hassan", "Youssef", "Ibrahim"]},
    institutions=SY_INST,
    employers=[
        Employer("Al-Zahraa National Hospital", "Homs", "Homs Governorate", "SY", "Al-Hamra Street", "+963 31 000 2145",
                 "lab@zahraa-hospital.example"),
        Employer("Barada General Hospital", "Damascus", "Damascus Governorate", "SY", "Al-Thawra Street",
                 "+963 11 000 7731", "admin@barada-hospital.example"),
        Employer("Al-Sahel University Hospital", "Latakia", "Latakia Governorate", "SY", "8th of March Street",
                 "+963 41 000 4420", "hr@sahel-hospital.example"),
        Employer("Orontes Medical Laboratory", "Hama", "Hama Governorate", "SY", "Al-Quwatli Street", "+963 33 000 518",
                 "info@orontes-lab.example", "lab"),
    ],
    signers=["Dr. Samir Al-Hamwi", "Dr. Nawal Haddad", "Dr. Issam Darwish", "Dr. Maher Kassab"],
    curricula=[_cur("sy_ml", "Bachelor in Medical Laboratories", "medical_laboratory_science", SY_ML, True),
               _cur("sy_bio", "Bachelor of Science in Biology", "biology", SY_BIO),
               _cur("sy_nur", "Bachelor of Nursing", "nursing", SY_NUR)],
    mls_curriculum="sy_ml", science_curricula=["sy_bio"], nonqualifying_curricula=["sy_nur"],
    positions_mls=["Laboratory Technician", "Medical Laboratory Specialist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10000, 99999)}/{sy}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SY", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology and Immunology"], "urinalysis": ["Urine Analysis"],
    "molecular": ["PCR Unit"], "phlebotomy": ["Sample Collection"], "other": ["Pathology"]})

YEARS = ["First Year", "Second Year", "Third Year", "Fourth Year", "Fifth Year"]
AR_YEARS = ["السنة الأولى", "السنة الثانية", "السنة الثالثة", "السنة الرابعة", "السنة الخامسة"]
SEM = {"S1": ("First Semester", "الفصل الأول"), "S2": ("Second Semester", "الفصل الثاني")}


def grade_word(avg):
    return "Excellent" if avg >= 85 else "Very Good" if avg >= 75 else "Good" if avg >= 65 else "Acceptable"


def faculty(s):
    ex, cid = s.institution.extra, s.curriculum.id
    if cid == "sy_bio":
        return ex["fac_bio"], ex["far_bio"], "Biology"
    if cid == "sy_nur":
        return ex["fac_nur"], ex["far_nur"], "Nursing"
    return ex["fac"], ex["far"], "Medical Laboratories"


def sy_years(s):
    """[(year, start_year, {key: [(result, mark, session, passed)]}, annual average)], graduation average."""
    yrs = {}
    for t in s.terms:
        yrs.setdefault(t.year, (t.start_year, {}))[1].setdefault(t.key, [])
    last = max(yrs)
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            m = max(60, min(96, r.score + 3 + k(s, f"m{i}.{j}") % 9 - 4))
            rows = yrs[t.year][1][t.key]
            f = k(s, f"f{i}.{j}")
            if f % 11 == 0 and not r.spec.areas:
                bad = 40 + f % 19
                rows.append((r, bad, "1st", False))
                if (f // 11) % 2 and t.year < last:
                    yrs[t.year + 1][1][t.key].append((r, max(60, min(72, m - 4)), "1st", True))
                    continue
                rows.append((r, max(60, min(70, m - 6)), "2nd", True))
                continue
            rows.append((r, m, "1st", True))
    out = []
    for y in sorted(yrs):
        sy, sems = yrs[y]
        ms = [m for key in sems for _, m, _, ok in sems[key] if ok]
        out.append((y, sy, sems, r2(sum(ms) / len(ms))))
    return out, r2(sum(a for *_, a in out) / len(out))


def sy_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 34, W - 34
    nm = person.full
    fac, far, prog = faculty(s)
    years, gavg = sy_years(s)
    xs = [L, L + 24, L + 226, L + 274, L + 322, L + 360, L + 478, R]
    heads = [("No.", "الرقم"), ("Course Title", "اسم المقرر"), ("Theor. Hrs", "نظري"), ("Pract. Hrs", "عملي"),
             ("Mark", "العلامة"), ("Mark in Words", "العلامة كتابة"), ("Session", "الدورة")]
    out = []

    def head_line(p, y, en, ar, size=9, bold=True):
        p.text(L, y, en, FB if bold else F, size)
        arabic(p, R, y, ar, size + 0.5, bold=bold, align="right")

    def new_page(n):
        p = Page(A4)
        head_line(p, 40, "Syrian Arab Republic", "الجمهورية العربية السورية")
        head_line(p, 52, "Ministry of Higher Education", "وزارة التعليم العالي", 8.5, False)
        head_line(p, 64, inst.name, inst.extra["ar"])
        head_line(p, 76, fac, far, 8.5, False)
        head_line(p, 88, "Student Affairs", "شؤون الطلاب", 8.5, False)
        p.logo(W / 2, 62, 20, 1)
        p.hline(L, R, 96, 0.9)
        y = 114
        if n == 1:
            p.text(L, y, "Academic Transcript", FB, 14)
            arabic(p, R, y, "كشف علامات", 14, bold=True, align="right")
            y += 20
            p.pieces(y, [(L, "Student Name:", "left", FB, 8.5), (L + 76, nm, "left"),
                         (W / 2 + 20, "Student No.:", "left", FB, 8.5), (W / 2 + 86, s.student_no, "left")], F, 8.5)
            y += 12
            p.pieces(y, [(L, "Father's Name:", "left", FB, 8.5), (L + 76, person.middle or "-", "left"),
                         (W / 2 + 20, "Date of Birth:", "left", FB, 8.5),
                         (W / 2 + 86, s.dob.strftime("%d/%m/%Y"), "left")], F, 8.5)
            y += 12
            p.pieces(y, [(L, "Department:", "left", FB, 8.5), (L + 76, prog, "left"),
                         (W / 2 + 20, "System:", "left", FB, 8.5), (W / 2 + 86, "Annual", "left")], F, 8.5)
            y += 18
        else:
            p.pieces(y, [(L, f"Student Name: {nm}", "left"), (R, f"Student No.: {s.student_no}", "right")], F, 8.5)
            y += 16
        return p, y

    fl = Flow(new_page, 64)
    for yr, sy, sems, avg in years:
        nrows = sum(len(v) for v in sems.values())
        fl.need(min(30 + 24 + 13 * len(sems) + 12 * nrows + 20, 380))
        p, y = fl.page, fl.y
        p.rect(L, y - 10, R - L, 15, 0.6, 0, fill=0.86)
        p.text(L + 4, y, f"Academic Year {sy}/{sy + 1} - {YEARS[yr - 1]}", FB, 9)
        arabic(p, R - 4, y, f"{AR_YEARS[yr - 1]} - العام الدراسي", 9, bold=True, align="right")
        y += 5

        def header(p, y):
            p.rect(L, y, R - L, 24, 0.5, 0, fill=0.94)
            for c, (en, ar) in enumerate(heads):
                x0, x1 = xs[c], xs[c + 1]
                if x1 - x0 > 100:
                    arabic(p, x1 - 3, y + 15, ar, 7, align="right")
                else:
                    arabic(p, (x0 + x1) / 2, y + 20.5, ar, 6.3)
            p.pieces(y + 10, [(xs[c] + 3, en, "left") if xs[c + 1] - xs[c] > 100 else ((xs[c] + xs[c + 1]) / 2, en,
                                                                                       "center")
                              for c, (en, _) in enumerate(heads)], FB, 7)
            for x in xs:
                p.vline(x, y, y + 24, 0.4)
            return y + 24

        top = y
        y = header(p, y)
        n = 0
        for key in ("S1", "S2"):
            if key not in sems:
                continue
            en, ar = SEM[key]
            for x in xs:
                p.vline(x, top, y, 0.4)
            p.rect(L, y, R - L, 12, 0.4, 0, fill=0.97)
            p.text(L + 28, y + 8.8, en, FB, 7.5)
            arabic(p, R - 6, y + 8.8, ar, 7.5, align="right")
            y += 12
            top = y
            label = f"Academic Year {sy}/{sy + 1} - {YEARS[yr - 1]} - {en}"
            for r, m, ses, ok in sems[key]:
                if y + 12 > H - 64:
                    for x in xs:
                        p.vline(x, top, y, 0.4)
                    fl.break_page()
                    p, y = fl.page, fl.y
                    top = y
                    y = header(p, y)
                n += 1
                th, pr = HOURS[(cur.id, _yr(cur, r), _key(cur, r), r.spec.title)]
                tl = wrap(r.spec.title, F, 7.8, xs[2] - xs[1] - 6)
                b = y + 8.6
                p.pieces(b, [((xs[0] + xs[1]) / 2, str(n), "center"), (xs[1] + 3, tl[0], "left"),
                             ((xs[2] + xs[3]) / 2, str(th), "center"), ((xs[3] + xs[4]) / 2, str(pr), "center"),
                             ((xs[4] + xs[5]) / 2, str(m), "center", FB if not ok else F, 7.8),
                             (xs[5] + 3, en_words(m), "left"), ((xs[6] + xs[7]) / 2, ses, "center")], F, 7.8)
                for q, ln in enumerate(tl[1:], 1):
                    p.text(xs[1] + 3, b + 10 * q, ln, F, 7.8)
                y += 12 + 10 * (len(tl) - 1)
                p.hline(L, R, y, 0.25, 0.45)
                out.append(course_truth(r, label, th + pr / 2, str(m), "semester", title=" ".join(tl), code=None,
                                        theory_hours=th, practical_hours=pr, mark_words=en_words(m), session=ses,
                                        passed=ok, credits_printed=False))
        for x in xs:
            p.vline(x, top, y, 0.4)
        p.hline(L, R, y, 0.7)
        p.text(R - 4, y + 12, f"Annual Average: {avg:.2f} %", FB, 8.5, "right")
        arabic(p, L + 4, y + 12, "المعدل السنوي", 8, align="left")
        fl.y = y + 30
    fl.need(150)
    p, y = fl.page, fl.y
    p.rect(L, y - 11, R - L, 18, 0.8, 0)
    p.text(L + 6, y + 2, f"Graduation Average: {gavg:.2f} % - Grade: {grade_word(gavg)}", FB, 9.5)
    arabic(p, R - 6, y + 2, "معدل التخرج", 9, bold=True, align="right")
    p.text(L, y + 22, "The passing mark is 60 out of 100.", FI, 8)
    p.text(L, y + 34, f"Date of Graduation: {s.conferred.strftime('%d/%m/%Y')}", F, 8)
    yb = y + 96
    sign_block(p, rng, L + 90, yb, "Head of Student Affairs", FB, 8.5, 150)
    arabic(p, L + 90, yb + 24, "رئيس شؤون الطلاب", 8)
    sign_block(p, rng, R - 90, yb, "Dean of the Faculty", FB, 8.5, 150)
    arabic(p, R - 90, yb + 24, "عميد الكلية", 8)
    round_stamp(p, R - 130, yb - 8, 30, 0.42)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 26, f"Page {i} / {len(fl.pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "w_sy_annual_bilingual", FAMILY, by_reading_order(fl.pages), [nm], out,
                        "semester", {"prints_totals": True, "graduation_average": f"{gavg:.2f}",
                                     "grade": grade_word(gavg), "pass_mark": 60})


def _yr(cur, r):
    for t in cur.terms:
        if r.spec in t.courses:
            return t.year
    raise KeyError(r.spec.title)


def _key(cur, r):
    for t in cur.terms:
        if r.spec in t.courses:
            return t.key
    raise KeyError(r.spec.title)


TRANSCRIPT_LAYOUTS = {"w_sy_annual_bilingual": (sy_transcript, FAMILY, ("SY",))}
