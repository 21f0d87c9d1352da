"""Writer F, round 3: Thailand. Country pack (Bachelor of Science (Medical Technology), 4 years
with a summer clinical session; BSc Microbiology; Bachelor of Nursing Science) and the classic
Thai English transcript: the page split into TWO COLUMNS of running text, each a continuous list
`COURSE NO. | COURSE TITLE | CREDIT | GRADE` with term captions inline ("First Semester 2016",
"Summer Session 2019"), "Sem. G.P.A. 3.45 Cum. G.P.A. 3.38" after each term, 7-digit course
numbers ("MTMT 301" at one school), titles in capitals wrapped (cut at 30 characters at another
school), S/U courses outside the G.P.A., "Total Credits: 146 Cumulative G.P.A.: 3.41", "Degree
conferred: March 29, 2020", a photo box and a grade legend."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r3_f_common import FAMILY, add_department_phrases, course_truth, fmt_cr, parse

TH_MT = """
## 1 S1
1001101 | Thai Language for Communication | 3 | O
1002101 | Foundation English I | 3 | O
2301101 | General Biology I | 3 | B
2302101 | General Chemistry I | 3 | C
2302102 | General Chemistry Laboratory I | 1 | C
2303101 | Calculus I | 3 | M
2304101 | General Physics I | 3 | O
3900101 | Physical Education: Badminton | 1 | O
## 1 S2
1002102 | Foundation English II | 3 | O
2301102 | General Biology II | 3 | B
2302103 | General Chemistry II | 3 | C
2302212 | Organic Chemistry | 3 | C
2303102 | Statistics for Health Sciences | 3 | M
2304102 | General Physics II | 3 | O
## 2 S1
5001201 | Human Anatomy | 3 | B
5001202 | Human Physiology I | 3 | B
2302221 | Biochemistry I | 3 | C
2302241 | Analytical Chemistry | 3 | C
5023201 | Introduction to Medical Technology Profession | 2 | ?P
1003201 | Man and Society | 3 | O
## 2 S2
5001203 | Human Physiology II | 3 | B
2302222 | Biochemistry II | 3 | C
5023202 | Medical Bacteriology | 3 | ?P
5023203 | Basic Immunology | 3 | B
5023204 | Medical Parasitology | 3 | ?P
1004202 | Thai Society and Culture | 2 | O
## 3 S1
5023301 | Clinical Chemistry I | 3 | P
5023302 | Hematology I | 3 | P
5023303 | Diagnostic Microbiology | 3 | ?P
5023304 | Clinical Microscopy | 3 | P
5023305 | Immunohematology I | 3 | P
5023306 | Instrumentation in Medical Technology | 2 | P
## 3 S2
5023307 | Clinical Chemistry II | 3 | P
5023308 | Hematology II | 3 | P
5023309 | Clinical Immunology and Serology | 3 | ?P
5023310 | Immunohematology II and Blood Banking | 3 | P
5023311 | Medical Mycology and Virology | 3 | ?P
5023312 | Molecular Techniques in Medical Technology | 2 | ?P
## 3 SU
5023390 | Clinical Laboratory Practice in Community Hospital | 3 | P | chemistry,hematology,urinalysis
## 4 S1
5023401 | Laboratory Quality Management | 2 | P
5023402 | Cytogenetics and Molecular Diagnosis | 3 | ?P
5023403 | Toxicology and Therapeutic Drug Monitoring | 2 | ?P
5023404 | Research Methodology in Medical Technology | 2 | O
5023491 | Seminar in Medical Technology | 1 | O
3900102 | Physical Education: Swimming | 1 | O
## 4 S2
5023492 | Clinical Practicum in Clinical Chemistry and Hematology | 6 | P | chemistry,hematology
5023493 | Clinical Practicum in Clinical Microbiology and Blood Bank | 6 | P | microbiology,blood_bank,immunology
5023494 | Senior Project in Medical Technology | 2 | O
"""

TH_MIC = """
## 1 S1
1002101 | Foundation English I | 3 | O
2301101 | General Biology I | 3 | B
2302101 | General Chemistry I | 3 | C
2303101 | Calculus I | 3 | M
## 1 S2
2301102 | General Biology II | 3 | B
2302103 | General Chemistry II | 3 | C
2302212 | Organic Chemistry | 3 | C
## 2 S1
2307201 | General Microbiology | 3 | B
2302221 | Biochemistry I | 3 | C
2303102 | Statistics for Science | 3 | M
## 2 S2
2307202 | Microbial Physiology | 3 | B
2307203 | Genetics | 3 | B
## 3 S1
2307301 | Bacteriology | 3 | B
2307302 | Immunology | 3 | B
## 3 S2
2307303 | Virology | 3 | B
2307304 | Food Microbiology | 3 | B
## 4 S1
2307401 | Industrial Microbiology | 3 | B
2307491 | Seminar in Microbiology | 1 | O
## 4 S2
2307499 | Senior Project in Microbiology | 3 | O
"""

TH_NUR = """
## 1 S1
1002101 | Foundation English I | 3 | O
5001201 | Human Anatomy | 3 | B
## 1 S2
5001202 | Human Physiology | 3 | B
6101101 | Concepts and Theories in Nursing | 2 | O
## 2 S1
6101201 | Fundamentals of Nursing | 3 | O
6101202 | Pharmacology for Nurses | 3 | O
## 2 S2
6101203 | Adult Nursing I | 3 | O
6101204 | Practicum in Fundamentals of Nursing | 2 | O
## 3 S1
6101301 | Maternal and Newborn Nursing | 3 | O
6101302 | Child and Adolescent Nursing | 3 | O
## 3 S2
6101303 | Mental Health and Psychiatric Nursing | 3 | O
6101304 | Practicum in Adult Nursing | 4 | O
## 4 S1
6101401 | Community Health Nursing | 3 | O
## 4 S2
6101402 | Practicum in Nursing Management | 4 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "TH", title, "bachelor", 4, field, "semester", parse(table), 6, 3,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="TH", name="Thailand",
    given={"F": ["Siriporn", "Kanokwan", "Pimchanok", "Nattaya", "Supaporn", "Wanida", "Chonticha",
                 "Kittiya", "Ratchanee", "Sasithorn"],
           "M": ["Somchai", "Thanakorn", "Nattapong", "Kittipong", "Wiroj", "Anucha", "Pongsakorn",
                 "Teerapat", "Chaiwat", "Sitthichai"]},
    surnames=["Jaidee", "Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Saelim", "Thongchai",
              "Kaewmanee", "Rattanakorn", "Phromsuwan", "Sukprasert", "Intharasombat"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Lanna Highland University", "Chiang Mai", "Chiang Mai", "TH",
                    "239 Huay Kaew Road, Suthep, Mueang", ("th_mt", "th_mic", "th_nur"),
                    extra={"faculty": "Faculty of Associated Medical Sciences"}),
        Institution("Isan Plateau University", "Khon Kaen", "Khon Kaen", "TH",
                    "123 Mittraphap Road, Nai Mueang", ("th_mt", "th_nur"),
                    extra={"faculty": "Faculty of Allied Health Sciences", "trunc": 30}),
        Institution("Chao Phraya Royal University of Health Sciences", "Nonthaburi", "Nonthaburi", "TH",
                    "88 Tiwanon Road, Talat Khwan", ("th_mt", "th_mic"),
                    extra={"faculty": "Faculty of Medical Technology", "alpha": True}),
    ],
    employers=[
        Employer("Bangkok Riverside Hospital", "Bangkok", "Bangkok", "TH",
                 "415 Charoen Krung Road, Bang Rak", "+66 2 555 0142", "hr@bkkriverside.example"),
        Employer("Chiang Mai Lanna Medical Center", "Chiang Mai", "Chiang Mai", "TH",
                 "98 Superhighway Road, Tambon Nong Pa Khrang", "+66 53 555 0178", "hrd@lannamed.example"),
        Employer("Siam Precision Laboratory Co., Ltd.", "Bangkok", "Bangkok", "TH",
                 "1011 Rama IV Road, Khlong Toei", "+66 2 555 0193", "hr@siamprecisionlab.example", "lab"),
        Employer("Khon Kaen Ruamjai Hospital", "Khon Kaen", "Khon Kaen", "TH",
                 "54 Sri Chan Road, Nai Mueang", "+66 43 555 0121", "personnel@ruamjai-kk.example"),
    ],
    signers=["Assoc. Prof. Dr. Wilaiwan Suksawat", "Mrs. Orawan Pattanapong", "Mr. Prasert Kongsuk",
             "Dr. Anongnart Siriwat"],
    curricula=[_cur("th_mt", "Bachelor of Science (Medical Technology)", "medical_technology", TH_MT, True),
               _cur("th_mic", "Bachelor of Science (Microbiology)", "biology", TH_MIC),
               _cur("th_nur", "Bachelor of Nursing Science", "nursing", TH_NUR)],
    mls_curriculum="th_mt", science_curricula=["th_mic"], nonqualifying_curricula=["th_nur"],
    positions_mls=["Medical Technologist", "Medical Technologist (Professional Level)"],
    positions_science=["Scientist", "Laboratory Scientist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{(sy + 543) % 100:02d}{rng.randint(10, 99)}{rng.randint(100000, 999999)}",
)
K.register(PACK)
add_department_phrases("TH", {
    "blood_bank": ["Blood Bank", "Transfusion Medicine"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Hematology"], "microbiology": ["Clinical Microbiology", "Microbiology"],
    "immunology": ["Immunology", "Serology"], "urinalysis": ["Clinical Microscopy"],
    "molecular": ["Molecular Diagnostics"], "phlebotomy": ["Specimen Collection"], "other": ["Parasitology"]})

TH_POINTS = {"A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0}


def th_grade(r):
    if r.spec.title.startswith("Physical Education"):
        return "S"
    for lo, g in ((78, "A"), (72, "B+"), (66, "B"), (60, "C+"), (54, "C"), (49, "D+")):
        if r.score >= lo:
            return g
    return "D"


def th_gpa(rs):
    g = [(TH_POINTS[th_grade(r)], r.spec.credits) for r in rs if th_grade(r) in TH_POINTS]
    return sum(p * c for p, c in g) / sum(c for _, c in g)


def trunc2(x):
    """Thai registrars truncate the G.P.A. to two decimals."""
    return f"{int(x * 100 + 1e-9) / 100:.2f}"


ALPHA = {"1001": "LATH", "1002": "LAEN", "1003": "SHSS", "1004": "SHSS", "2301": "SCBI", "2302": "SCCH",
         "2303": "SCMA", "2304": "SCPY", "2307": "SCMI", "3900": "PEPE", "5001": "MTAP", "5023": "MTMT",
         "6101": "NSNS"}


def th_code(code, inst):
    """Some schools print subject-letter course numbers ("MTMT 301") instead of 7 digits."""
    return f"{ALPHA[code[:4]]} {code[4:]}" if inst.extra.get("alpha") else code


def term_label(t):
    return {"S1": f"First Semester {t.start_year}", "S2": f"Second Semester {t.start_year}",
            "SU": f"Summer Session {t.start_year + 1}"}[t.key]


def th_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    fs = 7.5
    L, R, gap = 30, A4[0] - 30, 16
    cw = (R - L - gap) / 2
    hon = "Mr." if person.sex == "M" else "Miss"
    name = f"{hon} {person.given} {person.surname}"
    top, bottom = 168, A4[1] - 88
    pages = []
    st = {}

    def new_page():
        p = Page(A4)
        p.logo(L + 22, 50, 20, 2, 0.3)
        p.text(p.w / 2, 40, inst.name.upper(), FB, 12.5, "center")
        p.text(p.w / 2, 53, f"{inst.city}, Thailand", F, 9, "center")
        p.text(p.w / 2, 70, "TRANSCRIPT OF ACADEMIC RECORD", FB, 11, "center")
        p.rect(R - 50, 28, 44, 56, 0.6, 0.3)
        y = 96
        p.pieces(y, [(L, f"NAME {name}", "left"), (L + 300, f"STUDENT NO. {s.student_no}", "left")], F, 8); y += 11
        p.pieces(y, [(L, f"DATE OF BIRTH {D.long_mdy(s.dob)}", "left"),
                     (L + 300, f"DATE OF ADMISSION {D.long_mdy(s.admitted)}", "left")], F, 8); y += 11
        p.pieces(y, [(L, f"DEGREE {cur.title}", "left"), (L + 300, f"FACULTY {inst.extra['faculty']}", "left")], F, 8); y += 11
        p.pieces(y, [(L, f"MAJOR {cur.title.split('(')[-1].rstrip(')')}", "left"),
                     (L + 300, f"DATE OF GRADUATION {D.long_mdy(s.conferred)}", "left")], F, 8); y += 8
        p.hline(L, R, y, 0.8)
        p.hline(L, R, top - 18, 0.5)
        p.vline(L + cw + gap / 2, top - 18, bottom + 6, 0.4)
        p.hline(L, R, bottom + 6, 0.5)
        pages.append(p)
        st.update(page=p, col=0, y=top)
        col_head()

    def col_head():
        x = L + st["col"] * (cw + gap)
        st["page"].pieces(top - 8, [(x, "COURSE NO.", "left"), (x + 48, "COURSE TITLE", "left"),
                                    (x + cw - 36, "CREDIT", "center"), (x + cw - 8, "GRADE", "center")], FB, 7)
        st["y"] = top + 4

    def need(h):
        if st["y"] + h > bottom:
            if st["col"] == 0:
                st["col"] = 1
                col_head()
            else:
                new_page()

    def x0():
        return L + st["col"] * (cw + gap)

    new_page()
    out, cum = [], []
    for t in s.terms:
        label = term_label(t)
        need(fs * 1.3 * 3)
        st["page"].text(x0() + 48, st["y"], label, FB, fs)
        st["y"] += fs * 1.35
        for r in t.results:
            if inst.extra.get("trunc"):     # the registry system's fixed-width title field
                lines = [r.spec.title.upper()[:inst.extra["trunc"]].rstrip(" :,(")]
            else:
                lines = wrap(r.spec.title.upper(), F, fs, cw - 48 - 52)
            need(fs * 1.3 * len(lines))
            g = th_grade(r)
            st["page"].pieces(st["y"], [(x0(), th_code(r.code, inst), "left"), (x0() + 48, lines[0], "left"),
                                        (x0() + cw - 36, fmt_cr(r.spec.credits), "center"),
                                        (x0() + cw - 8, g, "center")], F, fs)
            for ln in lines[1:]:
                st["y"] += fs * 1.2
                st["page"].text(x0() + 54, st["y"], ln, F, fs)
            st["y"] += fs * 1.3
            out.append(course_truth(r, label, r.spec.credits, g, "semester", title=" ".join(lines),
                                    code=th_code(r.code, inst)))
        cum += t.results
        need(fs * 1.3)
        sem = trunc2(th_gpa(t.results)) if any(th_grade(r) in TH_POINTS for r in t.results) else "-"
        st["page"].spaced(x0() + 48, st["y"], [f"Sem. G.P.A. {sem}", f"Cum. G.P.A. {trunc2(th_gpa(cum))}"], F, fs, 14)
        st["y"] += fs * 1.3 + 5
    total = sum(r.spec.credits for r in cum)
    need(fs * 1.3 * 4)
    st["page"].text(x0() + 48, st["y"], "*** END OF TRANSCRIPT ***", F, fs); st["y"] += fs * 1.6
    st["page"].spaced(x0(), st["y"], [f"Total Credits: {fmt_cr(total)}", f"Cumulative G.P.A.: {trunc2(th_gpa(cum))}"], FB, fs + 0.5, 18)
    st["y"] += fs * 1.5
    conf = D.long_mdy(s.conferred)
    st["page"].text(x0(), st["y"], f"Degree conferred: {conf}", FB, fs + 0.5)
    for i, p in enumerate(pages, 1):
        y = bottom + 16
        p.text(L, y, "GRADING SYSTEM: A = 4.0 Excellent, B+ = 3.5 Very Good, B = 3.0 Good, C+ = 2.5 Fairly Good, "
               "C = 2.0 Fair, D+ = 1.5 Poor, D = 1.0 Very Poor, F = 0 Failed,", F, 6.5)
        p.text(L, y + 8, "S = Satisfactory, U = Unsatisfactory, W = Withdrawn (S/U and W are not counted in the G.P.A.)", F, 6.5)
        p.signature(R - 160, y + 36, 110, rng)
        p.pieces(y + 46, [(L, f"Issued: {D.long_mdy(s.conferred)}", "left"),
                          (R - 105, f"({rng.choice(PACK.signers[:1] + PACK.signers[3:])})", "center")], F, 8)
        p.pieces(y + 56, [(L, f"Page {i} of {len(pages)}", "left", F, 7), (R - 105, "Registrar", "center")], F, 8)
    return LayoutResult("transcript", "th_two_column_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": conf})


TRANSCRIPT_LAYOUTS = {"th_two_column_transcript": (th_transcript, FAMILY, ("TH",))}
