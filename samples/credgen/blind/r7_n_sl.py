"""Writer N, round 7: Sierra Leone (SL). Country pack (BSc (Hons) Medical Laboratory Sciences, 4
years; BSc (Hons) Microbiology; BSc Nursing) and a college of medicine's "TRANSCRIPT OF ACADEMIC
RECORD", typewritten-looking (Courier throughout) with ruled lines: per year a line "YEAR II
2016/2017" and under it "First Semester" / "Second Semester" sub-headings; columns `Code |
Course | CH | Mark | Grade` (credit hours 2-4, marks 0-100; A 70+, B 60-69, C 50-59, D 45-49
pass, F fail), long course titles wrapped onto a second line; a year-end line "Year Credit
Hours: 36   Year Weighted Average: 64.2" (CH-weighted mean of the marks); at the end the
cumulative credit hours and weighted average and "CLASSIFICATION: Second Class Honours (Lower
Division)" (First 70+, Upper 60-69.9, Lower 50-59.9, Pass 45-49.9 on the cumulative weighted
average), the key, the Deputy Registrar's signature and a rubber stamp. Credit hours = semester
credits (1 CH = 1 SH), credit system `semester`."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r7_n_common import FAMILY, add_department_phrases, course_truth, k, parse, r1, rubber_stamp

SL_MLS = """
## 1 S1
MLS 111 | Human Anatomy | 3 | B
MLS 112 | Human Physiology | 3 | B
CHM 111 | General Chemistry | 4 | C
BIO 111 | General Biology | 3 | B
MTH 111 | Mathematics for Health Sciences | 3 | M
ENG 111 | Communication Skills and Technical Writing for Health Professionals | 2 | O
## 1 S2
CHM 121 | Organic Chemistry | 4 | C
MLS 121 | Introduction to Medical Laboratory Sciences, Ethics and Laboratory Safety | 3 | ?O
BIO 121 | Cell Biology and Genetics | 3 | B
PHY 121 | Physics for Life Sciences | 3 | O
STA 121 | Biostatistics | 3 | M
GST 121 | Sierra Leone Studies | 2 | O
## 2 S1
BCH 211 | General Biochemistry | 4 | C
MLS 211 | Haematology I | 3 | P
MLS 212 | Clinical Chemistry I | 3 | P
MLS 213 | General and Systematic Bacteriology | 4 | ?P
MLS 214 | Medical Parasitology and Entomology | 3 | P
CSC 211 | Computer Applications | 2 | O
## 2 S2
MLS 221 | Haematology II | 3 | P
MLS 222 | Clinical Chemistry II | 3 | P
MLS 223 | Basic Immunology and Serology | 3 | ?B
MLS 224 | Histology and Histological Techniques | 3 | P
MLS 225 | Medical Mycology | 2 | ?P
CHS 221 | Community Health and Epidemiology | 3 | O
## 3 S1
MLS 311 | Blood Transfusion Science | 4 | P
MLS 312 | Clinical Chemistry III (Endocrinology and Toxicology) | 3 | P
MLS 313 | Diagnostic Medical Microbiology | 4 | P
MLS 314 | Medical Virology | 3 | ?P
MLS 315 | Cytology | 2 | ?P
MLS 316 | Research Methods | 2 | O
## 3 S2
MLS 321 | Haematology III (Haemostasis and Haematological Malignancies) | 3 | P
MLS 322 | Molecular Biology and Diagnostic Techniques | 3 | ?B
MLS 323 | Laboratory Quality Management Systems | 3 | P
MLS 324 | Clinical Laboratory Posting I | 4 | P | chemistry,hematology
MLS 325 | Histopathology | 3 | P
MLS 326 | Public Health Microbiology and Outbreak Investigation | 2 | ?O
## 4 S1
MLS 411 | Clinical Laboratory Posting II | 4 | P | microbiology,blood_bank
MLS 412 | Laboratory Management and Professional Practice | 3 | P
MLS 413 | Advanced Immunology | 3 | ?B
MLS 414 | Seminar in Medical Laboratory Sciences | 2 | O
MLS 415 | Clinical Laboratory Posting III | 4 | P | urinalysis,immunology
## 4 S2
MLS 421 | Research Project | 4 | O
MLS 422 | Clinical Laboratory Posting IV | 4 | P | hematology,chemistry
MLS 423 | Medical Laboratory Law and Ethics | 2 | O
MLS 424 | Laboratory Diagnosis of Tropical Diseases | 3 | P
"""

SL_MIC = """
## 1 S1
BIO 111 | General Biology | 4 | B
CHM 111 | General Chemistry | 4 | C
MTH 111 | Calculus | 3 | M
ENG 111 | Communication Skills | 2 | O
## 1 S2
BIO 121 | Genetics | 3 | B
CHM 121 | Organic Chemistry | 4 | C
PHY 121 | General Physics | 3 | O
## 2 S1
MIC 211 | General Microbiology | 4 | B
BCH 211 | Biochemistry I | 3 | C
## 2 S2
MIC 221 | Bacteriology | 3 | ?B
BCH 221 | Biochemistry II | 3 | C
## 3 S1
MIC 311 | Virology | 3 | ?B
MIC 312 | Immunology | 3 | B
## 3 S2
MIC 321 | Food Microbiology | 3 | B
MIC 322 | Microbial Genetics | 3 | B
## 4 S1
MIC 411 | Environmental Microbiology | 3 | B
MIC 412 | Research Methods | 2 | O
## 4 S2
MIC 421 | Research Project | 4 | O
"""

SL_NUR = """
## 1 S1
NUR 111 | Anatomy and Physiology | 4 | B
NUR 112 | Fundamentals of Nursing | 4 | O
## 1 S2
NUR 121 | Nursing Practice I | 4 | O
## 2 S1
NUR 211 | Medical-Surgical Nursing | 4 | O
## 2 S2
NUR 221 | Paediatric Nursing | 4 | O
## 3 S1
NUR 311 | Midwifery | 4 | O
## 3 S2
NUR 321 | Community Health Nursing | 4 | O
## 4 S1
NUR 411 | Nursing Management | 3 | O
## 4 S2
NUR 421 | Research Project | 4 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "SL", title, "bachelor", 4, field, "semester", parse(table), 10, 11,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="SL", name="Sierra Leone",
    given={"F": ["Fatmata", "Isatu", "Mariama", "Aminata", "Kadiatu", "Hawa", "Christiana", "Adama", "Jeneba",
                 "Memunatu", "Zainab", "Josephine"],
           "M": ["Mohamed", "Abu", "Ibrahim", "Sorie", "Foday", "Sahr", "Tamba", "Augustine", "Emmanuel", "Abdul",
                 "Alusine", "Francis"]},
    surnames=["Kamara", "Sesay", "Conteh", "Koroma", "Bangura", "Turay", "Kargbo", "Mansaray", "Jalloh", "Fofanah",
              "Kanu", "Lahai", "Bockarie", "Massaquoi", "Kallon", "Senesie"],
    middle={"F": ["Kumba", "Fatu", "Yeanoh", "Binta"], "M": ["Sheku", "Alie", "Saidu", "Brima"]},
    institutions=[
        Institution("Freetown Peninsula University", "Freetown", "Western Area", "SL", "Kossoh Town Road, Hastings",
                    ("sl_bsc_mls", "sl_bsc_mic", "sl_bsc_nur"),
                    extra={"college": "College of Medicine and Allied Health Sciences"}),
        Institution("Kambui Hills University", "Kenema", "Eastern Province", "SL", "Combema Road",
                    ("sl_bsc_mls", "sl_bsc_nur"), extra={"college": "College of Health Sciences"}),
        Institution("Bo Southern University of Science", "Bo", "Southern Province", "SL", "Mattru Road, Kulanda Town",
                    ("sl_bsc_mls", "sl_bsc_mic"), extra={"college": "College of Medicine and Biomedical Sciences"}),
    ],
    employers=[
        Employer("Kissy Road Government Hospital", "Freetown", "Western Area", "SL", "34 Kissy Road",
                 "+232 76 000 142", "admin@krgh.example"),
        Employer("Kenema Eastern Referral Hospital", "Kenema", "Eastern Province", "SL", "Hangha Road",
                 "+232 76 000 178", "secretary@kerh.example"),
        Employer("Wilberforce Diagnostic Laboratory", "Freetown", "Western Area", "SL", "12 Spur Loop, Wilberforce",
                 "+232 76 000 193", "lab@wilberforce-dx.example", "lab"),
        Employer("Lungi Peninsula Hospital", "Lungi", "North West Province", "SL", "Airport Road, Lungi",
                 "+232 76 000 121", "hospital@lungi-ph.example"),
    ],
    signers=["Mr. Sorie A. Kamara", "Mrs. Isatu B. Conteh", "Dr. Sahr F. Lahai", "Ms. Christiana Massaquoi"],
    curricula=[_cur("sl_bsc_mls", "BSc (Hons) Medical Laboratory Sciences", "medical_laboratory_science", SL_MLS, True),
               _cur("sl_bsc_mic", "BSc (Hons) Microbiology", "biology", SL_MIC),
               _cur("sl_bsc_nur", "BSc Nursing", "nursing", SL_NUR)],
    mls_curriculum="sl_bsc_mls", science_curricula=["sl_bsc_mic"], nonqualifying_curricula=["sl_bsc_nur"],
    positions_mls=["Laboratory Technologist", "Medical Laboratory Scientist", "Senior Laboratory Technologist"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{inst.name.split()[0][:3].upper()}/{sy % 100:02d}/{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("SL", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Chemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Laboratory"], "phlebotomy": ["Sample Collection"], "other": ["Parasitology"]})

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
SEM = {"S1": "First Semester", "S2": "Second Semester"}


def grade(m):
    return "A" if m >= 70 else "B" if m >= 60 else "C" if m >= 50 else "D" if m >= 45 else "F"


def classify(avg):
    if avg >= 70:
        return "First Class Honours"
    if avg >= 60:
        return "Second Class Honours (Upper Division)"
    if avg >= 50:
        return "Second Class Honours (Lower Division)"
    return "Pass"


def mark_of(s, r):
    """The printed mark (lower than the shared model's score, as Sierra Leonean marking is)."""
    return max(45, r.score - 6 - k(s, r.code) % 8)


def sl_years(s):
    """[(year, ay, [(sem_key, [r...])], ch, avg)], (total ch, overall avg)."""
    out, tc, tm = [], 0, 0
    for yr in sorted({t.year for t in s.terms}):
        ts = [t for t in s.terms if t.year == yr]
        ch = sum(r.spec.credits for t in ts for r in t.results)
        m = sum(r.spec.credits * mark_of(s, r) for t in ts for r in t.results)
        tc, tm = tc + ch, tm + m
        out.append((yr, f"{ts[0].start_year}/{ts[0].start_year + 1}", [(t.key, t.results) for t in ts], ch, r1(m / ch)))
    return out, (tc, r1(tm / tc))


def sl_class(s):
    return classify(sl_years(s)[1][1])


def sl_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Courier", "Courier-Bold"
    W, H = A4
    L, R = 48, W - 48
    fs = 8.8
    nm = name_form(person, "surname_first_full")
    xs = {"c": L + 4, "t": L + 64, "ch": R - 120, "mk": R - 76, "g": R - 26}
    years, (tch, tavg) = sl_years(s)
    cls = classify(tavg)

    def new_page(n):
        p = Page(A4)
        p.text(W / 2, 44, inst.name.upper(), FB, 12, "center")
        p.text(W / 2, 57, inst.extra.get("college", "").upper(), FB, 10, "center")
        p.text(W / 2, 69, f"{inst.street}, {inst.city}, Sierra Leone", F, 8.5, "center")
        p.hline(L, R, 76, 0.8)
        p.text(W / 2, 94, "TRANSCRIPT OF ACADEMIC RECORD", FB, 12, "center")
        y = 114
        if n == 1:
            for a, b in (("NAME", nm), ("STUDENT ID NO.", s.student_no), ("DATE OF BIRTH", D.dmy_slash(s.dob)),
                         ("PROGRAMME", cur.title), ("DATE OF ENTRY", D.month_year(s.admitted))):
                p.pieces(y, [(L, f"{a}:", "left"), (L + 118, b, "left", FB, fs)], F, fs)
                y += 12
            y += 4
        else:
            p.pieces(y, [(L, "NAME:", "left"), (L + 40, nm, "left"), (R, f"ID: {s.student_no}", "right")], F, fs)
            y += 14
        p.hline(L, R, y - 6, 0.6)
        return p, y + 10

    def head(fl):
        p, y = fl.page, fl.y
        p.hline(L, R, y - 9, 0.5)
        p.pieces(y, [(xs["c"], "Code", "left"), (xs["t"], "Course", "left"), (xs["ch"], "CH", "center"),
                     (xs["mk"], "Mark", "center"), (xs["g"], "Grade", "center")], FB, fs)
        p.hline(L, R, y + 4, 0.5)
        fl.y = y + 15

    fl = Flow(new_page, 64)
    out = []
    for yr, ay, sems, ch, avg in years:
        fl.need(80)
        fl.page.spaced(L, fl.y, [f"YEAR {ROMAN[yr]}", ay], FB, 10, gap=22)
        fl.y += 16
        for key, results in sems:
            fl.need(50)
            sub = SEM.get(key, key)
            fl.page.text(L + 18, fl.y, sub, FB, fs)
            fl.y += 14
            head(fl)
            for r in results:
                lines = wrap(r.spec.title, F, fs, xs["ch"] - 18 - xs["t"])
                fl.need(11 * len(lines))
                mk = mark_of(s, r)
                g = grade(mk)
                fl.page.pieces(fl.y, [(xs["c"], r.code, "left"), (xs["t"], lines[0], "left"),
                                      (xs["ch"], str(int(r.spec.credits)), "center"), (xs["mk"], str(mk), "center"),
                                      (xs["g"], g, "center")], F, fs)
                for ln in lines[1:]:
                    fl.y += 10
                    fl.page.text(xs["t"], fl.y, ln, F, fs)
                fl.page.hline(L, R, fl.y + 3.5, 0.2)
                fl.y += 12
                out.append(course_truth(r, f"YEAR {ROMAN[yr]} {ay} {sub}", r.spec.credits, g, "semester",
                                        title=" ".join(lines), mark=mk))
            fl.y += 4
        fl.need(20)
        fl.page.hline(L, R, fl.y - 8, 0.7)
        fl.page.spaced(L, fl.y + 2, [f"Year Credit Hours: {int(ch)}", f"Year Weighted Average: {avg:.1f}"], FB, fs, gap=30)
        fl.page.hline(L, R, fl.y + 7, 0.7)
        fl.y += 28
    fl.need(160)
    p = fl.page
    y = fl.y
    p.spaced(L, y, [f"TOTAL CREDIT HOURS: {int(tch)}", f"CUMULATIVE WEIGHTED AVERAGE: {tavg:.1f}"], FB, 9, gap=24)
    y += 14
    p.text(L, y, f"CLASSIFICATION: {cls}", FB, 9.5); y += 13
    conf = D.ordinal_dmy(s.conferred)
    p.text(L, y, f"DATE OF AWARD: {conf}", F, 9); y += 16
    p.text(L, y, "KEY: A 70-100  B 60-69  C 50-59  D 45-49 (Pass)  F 0-44 (Fail)".replace("  ", " ; "), F, 7.5); y += 10
    p.text(L, y, "CH = Credit Hours. Weighted Average = sum (CH x Mark) / sum CH.", F, 7.5); y += 56
    p.signature(R - 170, y - 4, 120, rng)
    rubber_stamp(p, R - 220, y - 16, 46, 26, 0.4)
    p.hline(R - 190, R, y, 0.5)
    p.text(R - 95, y + 11, "DEPUTY REGISTRAR (ACADEMIC)", FB, 8.5, "center")
    p.text(L, y + 11, f"Date: {D.dmy_slash(D.add_months(s.conferred, 3))}", F, 8.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(H - 28, [(L, "NOT VALID WITHOUT THE COLLEGE STAMP", "left"), (R, f"Page {i} of {n}", "right")], F, 7)
    return LayoutResult("transcript", "sl_typed_record", FAMILY, fl.pages, [nm], out, "semester",
                        {"conferred_printed": conf, "prints_totals": True, "class_printed": cls})


TRANSCRIPT_LAYOUTS = {"sl_typed_record": (sl_transcript, FAMILY, ("SL",))}
