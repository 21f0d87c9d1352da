"""Writer K, round 5: Kazakhstan. Country pack (Bachelor of Health Care, programme "Medical Laboratory
Diagnostics", 4 years; Bachelor of Natural Sciences in Biology; Bachelor of Nursing) and a medical
university's "TRANSCRIPT / ТРАНСКРИПТ" (A4 landscape): English headers with the Russian under each
(two-line header), per semester "1 семестр / 1st semester 2016-2017", the table `№ | Code / Код |
Discipline / Наименование дисциплины | Credits (KZ) / Кредиты РК | ECTS | Letter / Буквенная |
Points / Цифровой | % / Баллы | Traditional / Традиционная` (every row carries all scales: national
credits, ECTS, letter, 4.0 points, percentage, the traditional word in Russian/English), "GPA for
the semester: 3.21", final "Total: 132 credits (KZ) / 240 ECTS   GPA 3.21".

Credit basis for semester hours (criteria.md): the ECTS column. criteria.md gives a rate for ECTS
(x 1/2) and none for the Kazakh national credit (1 KZ credit = 15 contact hours + independent work,
converted to ECTS by a per-course factor of 1.5-2); so `credits` is the ECTS printed, system `ects`,
and the national credit is kept as `credits_kz`."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Flow, Page
from .r5_k_common import FAMILY, add_department_phrases, course_truth, round_seal, script_safe

# code | title | KZ credits/ECTS | category [| areas]
KZ_MLD = """
## 1 S1
SIK 1101 | Modern History of Kazakhstan | 3/5 | O
IYa 1102 | Foreign Language (English) | 3/5 | O
KRYa 1103 | Kazakh (Russian) Language | 3/5 | O
IKT 1104 | Information and Communication Technologies | 3/5 | O
Him 1105 | General and Inorganic Chemistry | 3/5 | C
FK 1106 | Physical Education | 2/3 | O
Bio 1107 | Biology with Basics of Genetics | 2/4 | B
## 1 S2
Fil 1201 | Philosophy | 3/5 | O
Anat 1202 | Human Anatomy | 3/6 | B
OrgHim 1203 | Organic Chemistry | 3/5 | C
Mat 1204 | Higher Mathematics and Biostatistics | 2/4 | M
IYa 1205 | Professional English | 2/4 | O
FK 1206 | Physical Education | 2/3 | O
UP 1207 | Educational Practice | 1/2 | ?P
## 2 S1
Fiz 2101 | Human Physiology | 3/6 | B
BH 2102 | Biochemistry | 3/6 | C
Gis 2103 | Histology and Cytology | 3/5 | ?B
MB 2104 | Microbiology and Virology | 3/6 | B
PSMZ 2105 | Political Science and Sociology | 2/3 | O
FK 2106 | Physical Education | 2/3 | O
## 2 S2
AH 2201 | Analytical Chemistry | 3/5 | C
Imm 2202 | Immunology | 3/5 | B
PatFiz 2203 | Pathophysiology | 3/5 | ?B
OLD 2204 | Fundamentals of Laboratory Diagnostics | 3/5 | P
Psi 2205 | Cultural Studies and Psychology | 2/4 | O
FK 2206 | Physical Education | 2/3 | O
PP 2207 | Production Practice (Clinical Laboratory) | 2/3 | ?P
## 3 S1
KB 3101 | Clinical Biochemistry | 3/6 | P
Gem 3102 | Haematology and Coagulation | 3/6 | P
KMB 3103 | Clinical Microbiology | 3/6 | P
Par 3104 | Medical Parasitology | 2/4 | P
OZ 3105 | Public Health and Health Care Organisation | 2/4 | O
PEP 3106 | Professional Ethics and Law | 2/4 | O
## 3 S2
Imgem 3201 | Immunohaematology and Transfusiology | 3/6 | P
OKI 3202 | General Clinical Investigations (Urinalysis) | 3/5 | P
Cit 3203 | Cytological Diagnostics | 3/5 | P
MolD 3204 | Molecular Diagnostics (PCR) | 3/5 | ?P
EBM 3205 | Evidence-Based Medicine and Research Methods | 2/4 | O
PP 3206 | Production Practice (Haematology and Biochemistry) | 3/5 | P | chemistry,hematology
## 4 S1
UKL 4101 | Laboratory Quality Management | 3/5 | P
LDI 4102 | Laboratory Diagnosis of Infectious Diseases | 3/5 | ?P
Tox 4103 | Clinical Toxicology | 2/4 | ?P
Eko 4104 | Economics and Management in Health Care | 2/4 | O
PP 4105 | Production Practice (Microbiology and Blood Service) | 4/7 | P | microbiology,blood_bank
EK 4106 | Elective: Laboratory Automation and LIS | 3/5 | ?P
## 4 S2
PdP 4201 | Pre-diploma Practice | 6/10 | P | urinalysis,immunology
DR 4202 | Writing and Defence of the Diploma Project | 6/12 | O
GE 4203 | State Comprehensive Examination | 2/4 | O
"""

KZ_BIO = """
## 1 S1
SIK 1101 | Modern History of Kazakhstan | 3/5 | O
IYa 1102 | Foreign Language (English) | 3/5 | O
Bot 1103 | Botany | 4/7 | B
Him 1104 | General Chemistry | 4/7 | C
FK 1105 | Physical Education | 2/3 | O
## 1 S2
Fil 1201 | Philosophy | 3/5 | O
Zoo 1202 | Zoology | 4/7 | B
Mat 1203 | Mathematics | 4/7 | M
OrgHim 1204 | Organic Chemistry | 4/7 | C
FK 1205 | Physical Education | 2/3 | O
## 2 S1
Cit 2101 | Cytology and Histology | 4/7 | B
MB 2102 | Microbiology | 4/7 | B
BH 2103 | Biochemistry | 4/7 | C
Fiz 2104 | Physics | 3/6 | O
## 2 S2
Gen 2201 | Genetics | 4/7 | B
FChZh 2202 | Human and Animal Physiology | 4/7 | B
Eko 2203 | Ecology | 4/7 | ?B
UP 2204 | Field Practice | 3/5 | O
## 3 S1
MolB 3101 | Molecular Biology | 5/8 | B
Imm 3102 | Immunology | 4/7 | B
BF 3103 | Biophysics | 4/7 | O
## 3 S2
BT 3201 | Biotechnology | 5/8 | B
Vir 3202 | Virology | 4/7 | ?B
Evo 3203 | Theory of Evolution | 4/7 | ?B
## 4 S1
KB 4101 | Cell Biology | 5/9 | B
PP 4102 | Production Practice | 6/10 | O
## 4 S2
DR 4201 | Writing and Defence of the Diploma Project | 8/14 | O
"""

KZ_NURS = """
## 1 S1
SD 1101 | Fundamentals of Nursing | 10/17 | O
Anat 1102 | Human Anatomy | 4/7 | B
## 2 S1
SD 2101 | Nursing in Internal Medicine | 14/24 | O
## 3 S1
SD 3101 | Nursing in Surgery | 14/24 | O
## 4 S1
SD 4101 | Nursing Management and Leadership | 12/20 | O
## 4 S2
PdP 4201 | Pre-diploma Nursing Practice | 10/17 | O
"""

KZCR = {}


def _parse(cid, text):
    rows = []
    for raw in text.strip().splitlines():
        parts = [p.strip() for p in raw.split("|")]
        if not raw.startswith("##"):
            kz, ects = parts[2].split("/")
            KZCR[(cid, parts[0])] = int(kz)
            parts[2] = ects
        rows.append(" | ".join(parts))
    return C._parse("\n".join(rows))


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "KZ", title, "bachelor", 4, field, "ects", _parse(cid, table), 9, 6, clinical_training=clin)


# name -> (Kazakh spelling, Russian spelling)
CYR = {"Aigerim": ("Әйгерім", "Айгерим"), "Dana": ("Дана", "Дана"), "Madina": ("Мәдина", "Мадина"),
       "Aruzhan": ("Аружан", "Аружан"), "Gulnara": ("Гүлнара", "Гульнара"), "Zhanar": ("Жанар", "Жанар"),
       "Dinara": ("Динара", "Динара"), "Asel": ("Әсел", "Асель"), "Nurlan": ("Нұрлан", "Нурлан"),
       "Yerlan": ("Ерлан", "Ерлан"), "Daniyar": ("Данияр", "Данияр"), "Arman": ("Арман", "Арман"),
       "Askar": ("Асқар", "Аскар"), "Timur": ("Тимур", "Тимур"), "Yerzhan": ("Ержан", "Ержан"),
       "Zhaksylyk": ("Жақсылық", "Жаксылык"), "Seitkali": ("Сейтқали", "Сейткали"), "Nurpeis": ("Нұрпейіс", "Нурпеис"),
       "Suleimen": ("Сүлеймен", "Сулеймен"), "Akhmetzhan": ("Ахметжан", "Ахметжан"), "Tokhtar": ("Тоқтар", "Токтар"),
       "Abylai": ("Абылай", "Абылай"), "Kassym": ("Қасым", "Касым"),
       "Serikovna": ("Серікқызы", "Сериковна"), "Bakhytovna": ("Бақытқызы", "Бахытовна"),
       "Yerlanovna": ("Ерланқызы", "Ерлановна"), "Muratovna": ("Мұратқызы", "Муратовна"),
       "Serikovich": ("Серікұлы", "Серикович"), "Bakhytovich": ("Бақытұлы", "Бахытович"),
       "Yerlanovich": ("Ерланұлы", "Ерланович"), "Muratovich": ("Мұратұлы", "Муратович")}

INSTS = [
    Institution("Irtysh Medical University", "Pavlodar", "Pavlodar Region", "KZ", "Toraigyrov St., 64",
                ("kz_mld", "kz_bio", "kz_nurs"),
                extra={"kk": "«Ертіс медицина университеті» КеАҚ", "ru": "НАО «Медицинский университет Иртыш»",
                       "en": "NJSC \"Irtysh Medical University\""}),
    Institution("Zhetysu State Medical University", "Taldykorgan", "Zhetysu Region", "KZ", "Abai St., 12",
                ("kz_mld", "kz_nurs"),
                extra={"kk": "«Жетісу мемлекеттік медицина университеті» КеАҚ",
                       "ru": "НАО «Жетысуский государственный медицинский университет»",
                       "en": "NJSC \"Zhetysu State Medical University\""}),
    Institution("Caspian University of Natural and Health Sciences", "Atyrau", "Atyrau Region", "KZ",
                "Satpayev Ave., 7", ("kz_mld", "kz_bio"),
                extra={"kk": "«Каспий жаратылыстану және денсаулық ғылымдары университеті» КеАҚ",
                       "ru": "НАО «Каспийский университет естественных наук и здоровья»",
                       "en": "NJSC \"Caspian University of Natural and Health Sciences\""}),
]
EMPS = [
    Employer("Pavlodar Regional Hospital named after G. Sultanov", "Pavlodar", "Pavlodar Region", "KZ",
             "Shchedrin St., 63", "+7 7182 55-01-42", "kadry@porb.example"),
    Employer("City Multidisciplinary Hospital No. 3", "Almaty", "Almaty", "KZ", "Tole Bi St., 220",
             "+7 727 355-01-77", "hr@gmb3-almaty.example"),
    Employer("Olymp Diagnostics LLP", "Astana", "Astana", "KZ", "Kabanbay Batyr Ave., 41",
             "+7 7172 55-01-18", "personal@olymp-dx.example", "lab"),
    Employer("Atyrau Regional Perinatal Centre", "Atyrau", "Atyrau Region", "KZ", "Azattyk Ave., 19",
             "+7 7122 55-01-63", "ok@perinat-atyrau.example"),
]

PACK = K.CountryPack(
    code="KZ", name="Kazakhstan",
    given={"F": ["Aigerim", "Dana", "Madina", "Aruzhan", "Gulnara", "Zhanar", "Dinara", "Asel"],
           "M": ["Nurlan", "Yerlan", "Daniyar", "Arman", "Askar", "Timur", "Yerzhan"]},
    surnames=["Zhaksylyk", "Seitkali", "Nurpeis", "Suleimen", "Akhmetzhan", "Tokhtar", "Abylai", "Kassym"],
    middle={"F": ["Serikovna", "Bakhytovna", "Yerlanovna", "Muratovna"],
            "M": ["Serikovich", "Bakhytovich", "Yerlanovich", "Muratovich"]},
    institutions=INSTS, employers=EMPS,
    signers=["Gulmira S. Baimukhanova", "Kairat T. Omarov", "Saule A. Zhunusova", "Marat B. Iskakov"],
    curricula=[_cur("kz_mld", "Bachelor of Health Care (Medical Laboratory Diagnostics)",
                    "medical_laboratory_science", KZ_MLD, True),
               _cur("kz_bio", "Bachelor of Natural Sciences in Biology", "biology", KZ_BIO),
               _cur("kz_nurs", "Bachelor of Nursing", "nursing", KZ_NURS)],
    mls_curriculum="kz_mld", science_curricula=["kz_bio"], nonqualifying_curricula=["kz_nurs"],
    positions_mls=["Medical Laboratory Technician", "Laboratory Doctor Assistant"],
    positions_science=["Laboratory Assistant", "Biologist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10000, 99999)}",
)
K.register(PACK)
add_department_phrases("KZ", {
    "blood_bank": ["Blood Transfusion Unit"], "chemistry": ["Biochemistry"], "hematology": ["Haematology"],
    "microbiology": ["Bacteriology", "Microbiology"], "immunology": ["Immunology (ELISA)"],
    "urinalysis": ["General Clinical Tests"], "molecular": ["PCR Laboratory"], "phlebotomy": ["Blood Collection Room"],
    "other": ["Cytology"]})

PROG = {"kz_mld": ("6B10120 – Медициналық зертханалық диагностика", "6В10120 – Медицинская лабораторная диагностика",
                   "6B10120 – Medical Laboratory Diagnostics", "денсаулық сақтау бакалавры",
                   "бакалавр здравоохранения", "Bachelor of Health Care"),
        "kz_bio": ("6B05101 – Биология", "6В05101 – Биология", "6B05101 – Biology", "жаратылыстану ғылымдарының бакалавры",
                   "бакалавр естественных наук", "Bachelor of Natural Sciences"),
        "kz_nurs": ("6B10130 – Мейіргер ісі", "6В10130 – Сестринское дело", "6B10130 – Nursing",
                    "мейіргер ісі бакалавры", "бакалавр сестринского дела", "Bachelor of Nursing")}
SCALE = [(95, "A", 4.0, "отлично / excellent"), (90, "A-", 3.67, "отлично / excellent"),
         (85, "B+", 3.33, "хорошо / good"), (80, "B", 3.0, "хорошо / good"), (75, "B-", 2.67, "хорошо / good"),
         (70, "C+", 2.33, "удовл. / satisfactory"), (65, "C", 2.0, "удовл. / satisfactory"),
         (60, "C-", 1.67, "удовл. / satisfactory"), (55, "D+", 1.33, "удовл. / satisfactory"),
         (50, "D", 1.0, "удовл. / satisfactory")]


def kk(n):
    return CYR.get(n, (n, n))[0]


def rus(n):
    return CYR.get(n, (n, n))[1]


def kz_pct(r):
    return max(50, min(100, round(50 + (r.score - 45) * 52 / 47)))


def kz_grade(r):
    pct = kz_pct(r)
    for lo, letter, pts, trad in SCALE:
        if pct >= lo:
            return pct, letter, pts, trad


def kz_gpa(results, cid):
    w = sum(KZCR[(cid, r.spec.code)] for r in results)
    return sum(kz_grade(r)[2] * KZCR[(cid, r.spec.code)] for r in results) / w


def kz_transcript(s, person, rng):
    with script_safe("kz"):
        return _kz(s, person, rng)


def _kz(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 36, LANDSCAPE_A4[0] - 36
    xs = [L, L + 22, L + 78, L + 368, L + 425, L + 470, L + 520, L + 570, L + 612, R]
    hd = [("№", ""), ("Code", "Код"), ("Discipline", "Наименование дисциплины"), ("Credits (KZ)", "Кредиты РК"),
          ("ECTS", "ECTS"), ("Letter", "Буквенная"), ("Points", "Цифровой"), ("%", "Баллы, %"),
          ("Traditional", "Традиционная")]
    name_en = f"{person.surname.upper()} {person.given.upper()} {person.middle.upper()}"
    name_ru = f"{rus(person.surname)} {rus(person.given)} {rus(person.middle)}"
    q = PROG[cur.id]

    def new_page(n):
        p = Page(LANDSCAPE_A4)
        y = 34
        if n == 1:
            p.text(p.w / 2, y, inst.extra["ru"], FB, 10, "center"); y += 13
            p.text(p.w / 2, y, inst.extra["en"], FB, 10, "center"); y += 12
            p.text(p.w / 2, y, f"{inst.street}, {inst.city}, Republic of Kazakhstan", F, 8, "center"); y += 22
            p.text(p.w / 2, y, "TRANSCRIPT / ТРАНСКРИПТ", FB, 14, "center"); y += 18
            p.pieces(y, [(L, f"Full name / Ф.И.О.: {name_en} / {name_ru}", "left"),
                         (R, f"Student ID / ID студента: {s.student_no}", "right")], F, 8.5); y += 12
            p.text(L, y, f"Educational programme / Образовательная программа: {q[2]} / {q[1]}", F, 8.5); y += 12
            p.pieces(y, [(L, f"Year of admission / Год поступления: {s.admitted.year}", "left"),
                         (p.w / 2, "Form of study / Форма обучения: full-time / очная", "center"),
                         (R, f"Year of graduation / Год окончания: {s.conferred.year}", "right")], F, 8.5); y += 16
        else:
            p.pieces(y, [(L, f"{name_en}, ID {s.student_no}", "left"), (R, f"Transcript, page {n}", "right")], F, 8); y += 18
        if final[0]:
            return p, y
        p.hline(L, R, y - 2, 0.8)
        p.pieces(y + 9, [((xs[i] + xs[i + 1]) / 2, h[0], "center") for i, h in enumerate(hd)], FB, 7.5)
        p.pieces(y + 18, [((xs[i] + xs[i + 1]) / 2, h[1], "center") for i, h in enumerate(hd) if h[1]], F, 6.8)
        p.hline(L, R, y + 23, 0.8)
        return p, y + 34

    final = [False]
    fl = Flow(new_page, 44)
    tops = {}
    out, n, allr = [], 0, []
    for t in s.terms:
        sem = 2 * (t.year - 1) + (1 if t.key == "S1" else 2)
        ord_ = {1: "st", 2: "nd", 3: "rd"}.get(sem, "th")
        label = f"{sem} семестр / {sem}{ord_} semester {t.start_year}-{t.start_year + 1}"
        fl.need(12 * 3 + 10)
        tops.setdefault(id(fl.page), fl.y - 11)
        fl.page.text(xs[2] + 4, fl.y, label, FB, 8.5); fl.y += 12
        for r in t.results:
            if fl.need(12):
                tops.setdefault(id(fl.page), fl.y - 11)
            n += 1
            pct, letter, pts, trad = kz_grade(r)
            kzc = KZCR[(cur.id, r.spec.code)]
            vals = [str(n), r.code, r.spec.title, str(kzc), str(int(r.spec.credits)), letter, f"{pts:.2f}", str(pct), trad]
            items = [((xs[0] + xs[1]) / 2, vals[0], "center"), (xs[1] + 3, vals[1], "left"), (xs[2] + 4, vals[2], "left")]
            items += [((xs[i] + xs[i + 1]) / 2, vals[i], "center") for i in range(3, 8)] + [(xs[8] + 4, trad, "left")]
            fl.page.pieces(fl.y, items, F, 8)
            fl.page.hline(L, R, fl.y + 3.5, 0.2, 0.6)
            fl.y += 12
            allr.append(r)
            out.append(course_truth(r, label, r.spec.credits, letter, "ects", credits_kz=kzc, grade_point=pts,
                                    percentage=pct, traditional=trad))
        fl.need(14)
        kzs = sum(KZCR[(cur.id, r.spec.code)] for r in t.results)
        ec = int(sum(r.spec.credits for r in t.results))
        fl.page.pieces(fl.y, [(xs[2] + 4, "Total for the semester, GPA / Итого за семестр, GPA", "left"),
                              ((xs[3] + xs[4]) / 2, str(kzs), "center"), ((xs[4] + xs[5]) / 2, str(ec), "center"),
                              ((xs[6] + xs[7]) / 2, f"GPA {kz_gpa(t.results, cur.id):.2f}", "center")],
                       FB, 8)
        fl.page.hline(L, R, fl.y + 4, 0.5)
        fl.y += 16
    for pg in fl.pages:
        top = tops.get(id(pg))
        if top is None:
            continue
        bottom = fl.y - 12 if pg is fl.page else pg.h - 50
        for x in xs:
            pg.vline(x, top - 23, bottom, 0.4)
    final[0] = True
    fl.need(100)
    p = fl.page
    tkz = sum(KZCR[(cur.id, r.spec.code)] for r in allr)
    tec = int(sum(r.spec.credits for r in allr))
    gpa = kz_gpa(allr, cur.id)
    fl.y += 4
    p.spaced(L, fl.y, [f"Total: {tkz} credits (KZ) / {tec} ECTS", f"GPA {gpa:.2f}"], FB, 10, 30); fl.y += 14
    p.text(L, fl.y, f"Итого: {tkz} кредитов (РК) / {tec} ECTS, средний балл успеваемости (GPA) {gpa:.2f}", F, 8.5)
    fl.y += 12
    p.text(L, fl.y, "Grading scale / Шкала оценок: A 95-100 (4.0); A- 90-94 (3.67); B+ 85-89 (3.33); B 80-84 (3.0); "
           "B- 75-79 (2.67); C+ 70-74 (2.33); C 65-69 (2.0); C- 60-64 (1.67); D+ 55-59 (1.33); D 50-54 (1.0); F 0-49 (0)",
           F, 6.8); fl.y += 30
    p.signature(L + 160, fl.y - 6, 56, rng)
    p.pieces(fl.y, [(L, "Registrar / Офис регистратора", "left"), (L + 230, rng.choice(PACK.signers), "left"),
                    (R, s.conferred.strftime("%d.%m.%Y"), "right")], F, 9)
    round_seal(p, rng, L + 430, fl.y + 8, 62, inst.extra["ru"][4:].strip("«»")[:40], "ОФИС РЕГИСТРАТОРА")
    return LayoutResult("transcript", "kz_transcript_all_scales", FAMILY, fl.pages, [name_en, name_ru], out, "ects",
                        {"prints_totals": True, "gpa_printed": f"{gpa:.2f}", "credits_kz_total": tkz})


TRANSCRIPT_LAYOUTS = {"kz_transcript_all_scales": (kz_transcript, FAMILY, ("KZ",))}
