"""Writer Q, round 8: Mongolia (MN). Country pack (Bachelor of Medical Laboratory Science, 5 years;
Bachelor of Science in Biology, 4 years; Bachelor of Nursing, 4 years) and a medical university's
transcript in ENGLISH under Mongolian Cyrillic titles ("ДИПЛОМЫН ХАВСРАЛТ" above "TRANSCRIPT /
DIPLOMA SUPPLEMENT"): the student block bilingual (Овог / Surname, Нэр / Given name, the civil
register number "УБ95051212" = two letters + birth date yymmdd + two digits), then ONE numbered course
list laid out NEWSPAPER-STYLE in three columns (down the first column, then the second, then the
third, balanced), rows `No. | Course | Credit | Score | Letter`, no course codes and no term
headings: the year is given only by a thin shaded row "1-р курс / 1st year"; scores 0-100 with
letters A 90-100 (4.0), B 80-89 (3.0), C 70-79 (2.0), D 60-69 (1.0), F 0-59; under the columns
"Total credits: 172   GPA: 3.21" (credit-weighted grade points, two decimals), the scale, the
Rector's and the Registrar's signatures and a square stamp.

Credits: one Mongolian credit is 16 contact hours in a semester (the 2003 credit system), the US
semester credit (15-16 h): credit system `semester`, 1 credit = 1 SH."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r8_q_common import FAMILY, add_department_phrases, course_truth, k, parse, r2, script_safe, sign_block, square_stamp

MN_MLS = """
## 1 Y
ML101 | Mongolian Language and Script | 2 | O
ML102 | English Language I | 3 | O
ML103 | Mathematics | 3 | M
ML104 | General Chemistry | 4 | C
ML105 | General Biology | 3 | B
ML106 | Medical Physics | 3 | O
ML107 | Philosophy | 2 | O
ML108 | Physical Education | 1 | O
ML109 | Informatics | 2 | O
ML110 | Human Anatomy I | 3 | B
ML111 | Inorganic Chemistry | 3 | C
ML112 | History of Mongolia | 2 | O
ML113 | English Language II | 3 | O
## 2 Y
ML201 | Human Anatomy II | 3 | B
ML202 | Human Physiology | 4 | B
ML203 | Organic Chemistry | 3 | C
ML204 | Biochemistry I | 3 | C
ML205 | Histology | 3 | B
ML206 | Cell Biology | 2 | B
ML207 | Biostatistics | 2 | M
ML208 | General Microbiology | 3 | B
ML209 | Medical Genetics | 2 | B
ML210 | Analytical Chemistry | 3 | C
ML211 | Biochemistry II | 3 | C
ML212 | Immunology | 3 | B
ML213 | Medical Ethics | 1 | O
## 3 Y
ML301 | Pathophysiology | 3 | ?O
ML302 | Pharmacology | 2 | O
ML303 | Clinical Chemistry I | 4 | P
ML304 | Haematology I | 4 | P
ML305 | Medical Bacteriology | 4 | ?P
ML306 | Medical Parasitology | 3 | P
ML307 | Laboratory Instrumentation | 2 | ?O
ML308 | Virology | 2 | ?B
ML309 | Clinical Chemistry II | 4 | P
ML310 | Urinalysis and Body Fluids | 2 | P
ML311 | Public Health | 2 | O
ML312 | Epidemiology | 3 | O
## 4 Y
ML401 | Haematology II | 3 | P
ML402 | Coagulation and Haemostasis | 2 | P
ML403 | Transfusion Medicine and Blood Banking | 4 | P
ML404 | Clinical Immunology and Serology | 3 | ?B
ML405 | Molecular Diagnostics | 3 | ?B
ML406 | Cytology | 2 | P
ML407 | Histopathology Techniques | 3 | P
ML408 | Medical Mycology | 2 | ?B
ML409 | Laboratory Quality Management | 3 | P
ML410 | Clinical Toxicology | 2 | ?O
ML411 | Endocrinology Laboratory | 2 | ?P
ML412 | Research Methodology | 2 | O
ML413 | Laboratory Information Systems | 3 | O
## 5 Y
ML501 | Clinical Practice: Clinical Chemistry | 6 | P | chemistry
ML502 | Clinical Practice: Haematology | 6 | P | hematology
ML503 | Clinical Practice: Microbiology | 6 | P | microbiology
ML504 | Clinical Practice: Blood Bank | 4 | P | blood_bank
ML505 | Laboratory Management | 3 | P
ML506 | Graduation Thesis | 6 | O
ML507 | State Examination | 3 | O
"""

MN_BIO = """
## 1 Y
BI101 | Mongolian Language and Script | 2 | O
BI102 | English Language | 6 | O
BI103 | Mathematics | 4 | M
BI104 | General Chemistry | 4 | C
BI105 | General Biology | 4 | B
BI106 | Physics | 4 | O
BI107 | Philosophy | 2 | O
BI108 | Botany | 4 | B
## 2 Y
BI201 | Zoology | 4 | B
BI202 | Organic Chemistry | 4 | C
BI203 | Biochemistry | 4 | C
BI204 | Genetics | 4 | B
BI205 | Microbiology | 4 | B
BI206 | Biostatistics | 3 | M
BI207 | Plant Physiology | 4 | B
BI208 | History of Mongolia | 2 | O
## 3 Y
BI301 | Animal Physiology | 4 | B
BI302 | Ecology | 4 | ?B
BI303 | Molecular Biology | 4 | B
BI304 | Immunology | 3 | B
BI305 | Entomology | 3 | B
BI306 | Field Practice | 4 | O
BI307 | Evolution | 3 | B
## 4 Y
BI401 | Biotechnology | 4 | B
BI402 | Flora and Fauna of Mongolia | 4 | B
BI403 | Conservation Biology | 3 | B
BI404 | Research Methodology | 3 | O
BI405 | Graduation Thesis | 6 | O
"""

MN_NUR = """
## 1 Y
NU101 | Mongolian Language and Script | 2 | O
NU102 | English Language | 6 | O
NU103 | Human Anatomy | 4 | B
NU104 | Human Physiology | 4 | B
NU105 | Fundamentals of Nursing | 6 | O
## 2 Y
NU201 | Pharmacology | 4 | O
NU202 | Medical-Surgical Nursing I | 8 | O
NU203 | Microbiology for Nurses | 3 | ?B
NU204 | Nutrition | 3 | O
## 3 Y
NU301 | Medical-Surgical Nursing II | 8 | O
NU302 | Paediatric Nursing | 6 | O
NU303 | Obstetric Nursing | 6 | O
## 4 Y
NU401 | Community Health Nursing | 6 | O
NU402 | Clinical Nursing Practice | 10 | O
NU403 | Graduation Thesis | 6 | O
"""


def _cur(cid, title, years, field, table, clin=False):
    return C.Curriculum(cid, "MN", title, "bachelor", years, field, "semester", parse(table), 9, 6,
                        clinical_training=clin)


MN_INST = [
    Institution("Khangai University of Medical Sciences", "Ulaanbaatar", "Ulaanbaatar", "MN",
                "Zorig Street 3, Sukhbaatar District", ("mn_bmls", "mn_bio", "mn_nur"),
                extra={"mn": "ХАНГАЙН АНАГААХ УХААНЫ ИХ СУРГУУЛЬ", "school": "School of Biomedicine"}),
    Institution("Orkhon Valley Medical University", "Ulaanbaatar", "Ulaanbaatar", "MN",
                "Peace Avenue 48, Bayanzurkh District", ("mn_bmls", "mn_nur"),
                extra={"mn": "ОРХОН ХӨНДИЙН АНАГААХЫН ИХ СУРГУУЛЬ", "school": "School of Medical Laboratory Science"}),
    Institution("Selenge National University", "Darkhan", "Darkhan-Uul", "MN", "Sharyn Gol Road 12",
                ("mn_bmls", "mn_bio"),
                extra={"mn": "СЭЛЭНГЭ ҮНДЭСНИЙ ИХ СУРГУУЛЬ", "school": "School of Natural Sciences and Health"}),
]
GIVEN_MN = {"Anujin": "Анужин", "Oyunchimeg": "Оюунчимэг", "Solongo": "Солонго", "Enkhjargal": "Энхжаргал",
            "Nomin": "Номин", "Saruul": "Саруул", "Khulan": "Хулан", "Tsetsegmaa": "Цэцэгмаа", "Uyanga": "Уянга",
            "Munkhzul": "Мөнхзул", "Bat-Erdene": "Бат-Эрдэнэ", "Gantulga": "Гантулга", "Temuulen": "Тэмүүлэн",
            "Enkhbold": "Энхболд", "Batbayar": "Батбаяр", "Tserendorj": "Цэрэндорж", "Munkh-Ochir": "Мөнх-Очир",
            "Ganbaatar": "Ганбаатар", "Sukhbat": "Сүхбат", "Erdenebat": "Эрдэнэбат"}
SUR_MN = {"Batbayar": "Батбаяр", "Dorj": "Дорж", "Ganbold": "Ганболд", "Tsogt": "Цогт", "Purevdorj": "Пүрэвдорж",
          "Altankhuyag": "Алтанхуяг", "Byambaa": "Бямбаа", "Davaasuren": "Даваасүрэн", "Naranbaatar": "Наранбаатар",
          "Otgonbayar": "Отгонбаяр", "Lkhagvasuren": "Лхагвасүрэн", "Sodnom": "Содном"}

PACK = K.CountryPack(
    code="MN", name="Mongolia",
    given={"F": ["Anujin", "Oyunchimeg", "Solongo", "Enkhjargal", "Nomin", "Saruul", "Khulan", "Tsetsegmaa", "Uyanga",
                 "Munkhzul"],
           "M": ["Bat-Erdene", "Gantulga", "Temuulen", "Enkhbold", "Batbayar", "Tserendorj", "Munkh-Ochir", "Ganbaatar",
                 "Sukhbat", "Erdenebat"]},
    surnames=list(SUR_MN),
    middle={"F": [], "M": []},
    institutions=MN_INST,
    employers=[
        Employer("Bayangol District General Hospital", "Ulaanbaatar", "Ulaanbaatar", "MN",
                 "Enkh Taivny Avenue 21, Bayangol District", "+976 7000 0141", "hr@bayangol-gh.example"),
        Employer("Darkhan-Uul Regional Diagnostic and Treatment Centre", "Darkhan", "Darkhan-Uul", "MN",
                 "Khuvsgalchdyn Street 5", "+976 7000 0177", "admin@darkhan-rdtc.example"),
        Employer("Tenger Clinical Laboratory LLC", "Ulaanbaatar", "Ulaanbaatar", "MN", "Seoul Street 14, Sukhbaatar District",
                 "+976 7000 0119", "info@tenger-lab.example", "lab"),
        Employer("Khovd Aimag General Hospital", "Khovd", "Khovd Aimag", "MN", "Jargalant Sum, 3rd Bag",
                 "+976 7000 0163", "hospital@khovd-gh.example"),
    ],
    signers=["Dr. Oyunchimeg Dorj", "Dr. Enkhbold Tsogt", "Ms. Solongo Ganbold", "Dr. Batbayar Sodnom"],
    curricula=[_cur("mn_bmls", "Bachelor of Science in Medical Laboratory", 5, "medical_laboratory_science", MN_MLS,
                    True),
               _cur("mn_bio", "Bachelor of Science in Biology", 4, "biology", MN_BIO),
               _cur("mn_nur", "Bachelor of Nursing", 4, "nursing", MN_NUR)],
    mls_curriculum="mn_bmls", science_curricula=["mn_bio"], nonqualifying_curricula=["mn_nur"],
    positions_mls=["Medical Laboratory Technologist", "Laboratory Physician Assistant", "Medical Technologist"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"M{sy % 100:02d}{inst.name[0]}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("MN", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Clinical Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunology"], "urinalysis": ["Clinical Microscopy"],
    "molecular": ["Molecular Diagnostics (PCR)"], "phlebotomy": ["Blood Collection"], "other": ["Cytology"]})

MN_CITY = {"Ulaanbaatar": "Улаанбаатар", "Darkhan": "Дархан"}
BANDS = [(90, "A", 4.0), (80, "B", 3.0), (70, "C", 2.0), (60, "D", 1.0), (0, "F", 0.0)]
ORD = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}
REG_LETTERS = ["УБ", "ДА", "ЧА", "ЙЭ", "ОЮ", "ХО", "ТА", "БА"]


def letter(m):
    return next((g, pt) for lo, g, pt in BANDS if m >= lo)


def register_no(s, person):
    """Mongolian civil register number: two Cyrillic letters, birth date yymmdd, two digits."""
    d = s.dob
    return f"{REG_LETTERS[k(s, 'rl') % len(REG_LETTERS)]}{d.year % 100:02d}{d.month:02d}{d.day:02d}{k(s, 'rd') % 100:02d}"


def mn_names(person):
    return SUR_MN.get(person.surname, person.surname), GIVEN_MN.get(person.given, person.given)


def mn_rows(s):
    rows = []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            m = min(99, max(62, r.score + 11 + k(s, f"m{i}{j}") % 7 - 3))
            rows.append((t.year, r, m) + letter(m))
    tc = sum(int(r.spec.credits) for _, r, *_ in rows)
    gpa = r2(sum(r.spec.credits * pt for _, r, _, _, pt in rows) / tc)
    return rows, tc, gpa


def mn_transcript(s, person, rng):
    with script_safe("mongolian"):
        return _mn(s, person, rng)


def _mn(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p = Page(A4)
    W, H = A4
    L, R = 30, W - 30
    sur_mn, giv_mn = mn_names(person)
    rows, tc, gpa = mn_rows(s)
    p.logo(L + 26, 46, 20, 0)
    p.text(W / 2, 34, inst.extra["mn"], FB, 10.5, "center")
    p.text(W / 2, 47, inst.name.upper(), FB, 11, "center")
    p.text(W / 2, 59, inst.extra["school"], F, 8.5, "center")
    p.hline(L, R, 66, 1.2)
    p.text(W / 2, 84, "ДИПЛОМЫН ХАВСРАЛТ", FB, 13, "center")
    p.text(W / 2, 98, "TRANSCRIPT / DIPLOMA SUPPLEMENT", FB, 10.5, "center")
    y = 118
    info = [(("Овог / Surname", f"{sur_mn} / {person.surname}"), ("Регистрийн дугаар / Register No.", register_no(s, person))),
            (("Нэр / Given name", f"{giv_mn} / {person.given}"), ("Оюутны код / Student code", s.student_no)),
            (("Мэргэжил / Programme", cur.title), ("Элссэн он / Year of entry", str(s.admitted.year))),
            (("Диплом № / Diploma No.", f"D{k(s, 'dip') % 900000 + 100000}"),
             ("Төгссөн огноо / Graduated", D.iso(s.conferred).replace("-", "."))),]
    for a, b in info:
        p.pieces(y, [(L, f"{a[0]}:", "left", FB, 7.5), (L + 110, a[1], "left", F, 7.5),
                     (L + 300, f"{b[0]}:", "left", FB, 7.5), (L + 440, b[1], "left", F, 7.5)], F, 7.5)
        y += 10.5
    top = y + 6
    gap = 8
    cw = (R - L - 2 * gap) / 3
    fs = 7.4
    # items: ("year", yr) or ("row", n, r, m, g); heights first, then balance three columns
    items, n = [], 0
    last = None
    for yr, r, m, g, pt in rows:
        if yr != last:
            items.append(("year", yr, None, None, None, [], 13.0))
            last = yr
        n += 1
        lines = wrap(r.spec.title, F, fs, cw - 16 - 62)
        items.append(("row", n, r, m, g, lines, 10.6 + 8.2 * (len(lines) - 1)))
    head_h = 13.0
    total = sum(it[6] for it in items)
    target = total / 3
    cols, cur_col, acc = [[], [], []], 0, 0.0
    for it in items:
        if cur_col < 2 and acc + it[6] / 2 > target * (cur_col + 1):
            cur_col += 1
        cols[cur_col].append(it)
        acc += it[6]
    for ci in (0, 1):              # a year row never ends a column
        if cols[ci] and cols[ci][-1][0] == "year":
            cols[ci + 1].insert(0, cols[ci].pop())
    bottom = top
    out = []
    for ci, col in enumerate(cols):
        x0 = L + ci * (cw + gap)
        xs = {"no": x0 + 2, "t": x0 + 14, "cr": x0 + cw - 56, "sc": x0 + cw - 33, "lt": x0 + cw - 3}
        p.rect(x0, top, cw, head_h, 0.5, 0, fill=0.85)
        p.pieces(top + 9, [(xs["no"], "No.", "left"), (xs["t"] + 2, "Course", "left"), (xs["cr"], "Credit", "center"),
                             (xs["sc"], "Score", "center"), (xs["lt"], "Letter", "right")], FB, 6)
        yy = top + head_h
        for it in col:
            if it[0] == "year":
                p.rect(x0, yy + 1, cw, 11, 0, 0, fill=0.92)
                p.text(x0 + cw / 2, yy + 9.5, f"{it[1]}-р курс / {ORD[it[1]]} year", FB, 7.2, "center")
                yy += it[6]
                continue
            _, num, r, m, g, lines, h = it
            p.pieces(yy + 8, [(xs["no"], f"{num}.", "left"), (xs["t"] + 2, lines[0], "left"),
                              (xs["cr"], str(int(r.spec.credits)), "center"), (xs["sc"], str(m), "center"),
                              (xs["lt"], g, "right")], F, fs)
            for ln in lines[1:]:
                yy += 8.2
                p.text(xs["t"] + 2, yy + 8, ln, F, fs)
            yy += 10.6
            p.hline(x0, x0 + cw, yy, 0.15, 0.5)
            out.append(course_truth(r, f"{ORD[rows[num - 1][0]]} year", r.spec.credits, g, "semester",
                                    title=" ".join(lines), code=None, score=m))
        p.rect(x0, top, cw, yy - top, 0.6)
        bottom = max(bottom, yy)
    y = bottom + 18
    p.spaced(L, y, [f"Total credits: {tc}", f"GPA: {gpa:.2f}"], FB, 9.5, gap=36)
    y += 12
    p.text(L, y, "Үнэлгээ / Grading: A 90-100 (4.0); B 80-89 (3.0); C 70-79 (2.0); D 60-69 (1.0); F 0-59 (0). "
           "1 credit = 16 contact hours per semester.", F, 6.8)
    y = max(y + 62, H - 90)
    sign_block(p, rng, L + 110, y, "Ректор / Rector", FB, 8, 150)
    sign_block(p, rng, R - 110, y, "Бүртгэлийн албаны дарга / Registrar", FB, 8, 170)
    square_stamp(p, W / 2 - 36, y - 56, 72, 0.42)
    p.text(W / 2, H - 26, f"{MN_CITY.get(inst.city, inst.city)} / {inst.city}, {s.conferred.year}", F, 7.5, "center")
    return LayoutResult("transcript", "mn_three_column", FAMILY, [p], [f"{person.surname}, {person.given}"], out,
                        "semester", {"prints_totals": True, "gpa": gpa, "names_local": [f"{sur_mn} {giv_mn}"]})


TRANSCRIPT_LAYOUTS = {"mn_three_column": (mn_transcript, FAMILY, ("MN",))}
