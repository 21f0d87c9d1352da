"""Writer H, round 4: Ukraine. Country pack (Бакалавр з лабораторної діагностики, 4 years, 240
ECTS, credit system `ects`; Біологія; Медсестринство) and the "ДОДАТОК ДО ДИПЛОМА / DIPLOMA
SUPPLEMENT" in the European format, Ukrainian and English on every line: numbered sections 1-8
in prose, the 4.3 table `№ | Навчальна дисципліна / Course unit | Кредити ЄКТС / ECTS credits |
Години / Hours | Оцінка за національною шкалою / National grade | Оцінка ЄКТС / ECTS grade |
Бали / Score` with a four-line header repeated on every page, bilingual titles over two lines,
no course codes, courses grouped under year rows without semester captions, "зараховано /
passed" for pass/fail units, the total of credits and the ECTS grading table."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r4_h_common import FAMILY, add_department_phrases, course_truth, cyrillic_safe, parse, stamp

UA_LAB = """
## 1 Y
UA101 | Українська мова за професійним спрямуванням / Ukrainian for Professional Purposes | Ukrainian for Professional Purposes | 3 | O
UA102 | Історія та культура України / History and Culture of Ukraine | History and Culture of Ukraine | 3 | O
UA103 | Іноземна мова / Foreign Language (English) | Foreign Language (English) | 6 | O
UA104 | Латинська мова та медична термінологія / Latin and Medical Terminology | Latin and Medical Terminology | 3 | O
UA105 | Анатомія людини / Human Anatomy | Human Anatomy | 7 | B
UA106 | Медична біологія / Medical Biology | Medical Biology | 6 | B
UA107 | Загальна та неорганічна хімія / General and Inorganic Chemistry | General and Inorganic Chemistry | 6 | C
UA108 | Органічна хімія / Organic Chemistry | Organic Chemistry | 5 | C
UA109 | Медична та біологічна фізика / Medical and Biological Physics | Medical and Biological Physics | 5 | O
UA110 | Вища математика та біостатистика / Higher Mathematics and Biostatistics | Higher Mathematics and Biostatistics | 4 | M
UA111 | Гістологія, цитологія та ембріологія / Histology, Cytology and Embryology | Histology, Cytology and Embryology | 6 | ?B
UA112 | Фізичне виховання / Physical Education | Physical Education | 3 | O
UA113 | Безпека життєдіяльності / Life Safety | Life Safety | 3 | O
## 2 Y
UA201 | Фізіологія людини / Human Physiology | Human Physiology | 7 | B
UA202 | Біологічна хімія / Biological Chemistry | Biological Chemistry | 7 | C
UA203 | Аналітична хімія / Analytical Chemistry | Analytical Chemistry | 5 | C
UA204 | Мікробіологія, вірусологія та імунологія / Microbiology, Virology and Immunology | Microbiology, Virology and Immunology | 7 | B
UA205 | Патологічна фізіологія / Pathophysiology | Pathophysiology | 5 | ?B
UA206 | Генетика людини / Human Genetics | Human Genetics | 4 | B
UA207 | Фармакологія / Pharmacology | Pharmacology | 4 | O
UA208 | Філософія / Philosophy | Philosophy | 3 | O
UA209 | Іноземна мова за професійним спрямуванням / English for Specific Purposes | English for Specific Purposes | 4 | O
UA210 | Основи лабораторної справи / Fundamentals of Laboratory Practice | Fundamentals of Laboratory Practice | 5 | P
UA211 | Навчальна практика / Introductory Practical Training | Introductory Practical Training | 3 | ?P
UA212 | Фізичне виховання / Physical Education | Physical Education | 3 | O
UA213 | Медична інформатика / Medical Informatics | Medical Informatics | 3 | O
## 3 Y
UA301 | Клінічна біохімія / Clinical Biochemistry | Clinical Biochemistry | 8 | P
UA302 | Гематологічні дослідження / Haematological Investigations | Haematological Investigations | 8 | P
UA303 | Клінічна мікробіологія / Clinical Microbiology | Clinical Microbiology | 7 | P
UA304 | Імунологічні дослідження / Immunological Investigations | Immunological Investigations | 6 | ?P
UA305 | Паразитологічні дослідження / Parasitological Investigations | Parasitological Investigations | 4 | P
UA306 | Загальноклінічні дослідження (аналіз сечі та біологічних рідин) / General Clinical Investigations (Urine and Body Fluids) | Urinalysis and Body Fluids | 5 | P
UA307 | Цитологічні та гістологічні дослідження / Cytological and Histological Investigations | Cytological and Histological Investigations | 6 | P
UA308 | Економіка охорони здоров'я / Health Care Economics | Health Care Economics | 3 | O
UA309 | Виробнича практика з клінічної біохімії та гематології / Work Placement in Clinical Biochemistry and Haematology | Work Placement in Clinical Biochemistry and Haematology | 6 | P | chemistry,hematology
UA310 | Вибіркова дисципліна: Основи психології / Elective: Basics of Psychology | Elective: Basics of Psychology | 3 | O
UA311 | Санітарна мікробіологія / Sanitary Microbiology | Sanitary Microbiology | 4 | ?B
## 4 Y
UA401 | Імуногематологія та трансфузіологія / Immunohaematology and Transfusiology | Immunohaematology and Transfusiology | 6 | P
UA402 | Молекулярно-генетичні методи діагностики / Molecular Genetic Diagnostic Methods | Molecular Genetic Diagnostic Methods | 6 | ?P
UA403 | Клінічна лабораторна діагностика / Clinical Laboratory Diagnostics | Clinical Laboratory Diagnostics | 7 | P
UA404 | Токсикологічні дослідження / Toxicological Investigations | Toxicological Investigations | 4 | ?P
UA405 | Управління якістю лабораторних досліджень / Quality Management of Laboratory Testing | Quality Management of Laboratory Testing | 4 | P
UA406 | Біобезпека та біоетика / Biosafety and Bioethics | Biosafety and Bioethics | 3 | O
UA407 | Вибіркова дисципліна: Лабораторна діагностика ВІЛ-інфекції та гепатитів / Elective: Laboratory Diagnosis of HIV and Hepatitis | Elective: Laboratory Diagnosis of HIV and Hepatitis | 4 | ?P
UA408 | Правознавство / Law | Law | 3 | O
UA409 | Громадське здоров'я / Public Health | Public Health | 2 | O
UA410 | Переддипломна практика / Pre-graduation Clinical Placement | Pre-graduation Clinical Placement | 15 | P | microbiology,blood_bank,immunology,urinalysis
UA411 | Атестація здобувачів вищої освіти (кваліфікаційний іспит) / Final Attestation (Qualification Examination) | Final Attestation (Qualification Examination) | 6 | O
"""

UA_BIO = """
## 1 Y
UB101 | Ботаніка / Botany | Botany | 15 | B
UB102 | Зоологія / Zoology | Zoology | 15 | B
UB103 | Загальна хімія / General Chemistry | General Chemistry | 15 | C
UB104 | Вища математика / Higher Mathematics | Higher Mathematics | 15 | M
## 2 Y
UB201 | Біохімія / Biochemistry | Biochemistry | 20 | C
UB202 | Мікробіологія / Microbiology | Microbiology | 20 | B
UB203 | Цитологія та гістологія / Cytology and Histology | Cytology and Histology | 20 | ?B
## 3 Y
UB301 | Генетика / Genetics | Genetics | 20 | B
UB302 | Фізіологія людини і тварин / Human and Animal Physiology | Human and Animal Physiology | 20 | B
UB303 | Екологія / Ecology | Ecology | 20 | ?B
## 4 Y
UB401 | Молекулярна біологія / Molecular Biology | Molecular Biology | 20 | B
UB402 | Виробнича практика / Work Placement | Work Placement | 20 | O
UB403 | Кваліфікаційна робота / Bachelor Thesis | Bachelor Thesis | 20 | O
"""

UA_NURS = """
## 1 Y
UN101 | Анатомія людини / Human Anatomy | Human Anatomy | 20 | B
UN102 | Основи медсестринства / Fundamentals of Nursing | Fundamentals of Nursing | 40 | O
## 2 Y
UN201 | Медсестринство у внутрішній медицині / Nursing in Internal Medicine | Nursing in Internal Medicine | 60 | O
## 3 Y
UN301 | Медсестринство в хірургії / Nursing in Surgery | Nursing in Surgery | 60 | O
## 4 Y
UN401 | Переддипломна практика / Pre-graduation Nursing Placement | Pre-graduation Nursing Placement | 60 | O
"""

LOCAL = {}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "UA", title, "bachelor", 4, field, "ects", parse(table, LOCAL), 9, 6,
                        clinical_training=clin)


CYR = {"Olena": "Олена", "Iryna": "Ірина", "Oksana": "Оксана", "Nataliia": "Наталія", "Yuliia": "Юлія",
       "Tetiana": "Тетяна", "Anastasiia": "Анастасія", "Kateryna": "Катерина", "Daryna": "Дарина",
       "Sofiia": "Софія", "Andrii": "Андрій", "Oleksandr": "Олександр", "Dmytro": "Дмитро", "Serhii": "Сергій",
       "Mykola": "Микола", "Volodymyr": "Володимир", "Bohdan": "Богдан", "Taras": "Тарас", "Yurii": "Юрій",
       "Maksym": "Максим", "Kovalenko": "Коваленко", "Shevchenko": "Шевченко", "Bondarenko": "Бондаренко",
       "Tkachenko": "Ткаченко", "Kravchenko": "Кравченко", "Melnyk": "Мельник", "Polishchuk": "Поліщук",
       "Lysenko": "Лисенко", "Marchenko": "Марченко", "Savchuk": "Савчук", "Rudenko": "Руденко",
       "Hrytsenko": "Гриценко"}

PACK = K.CountryPack(
    code="UA", name="Ukraine",
    given={"F": ["Olena", "Iryna", "Oksana", "Nataliia", "Yuliia", "Tetiana", "Anastasiia", "Kateryna", "Daryna", "Sofiia"],
           "M": ["Andrii", "Oleksandr", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Bohdan", "Taras", "Yurii", "Maksym"]},
    surnames=["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Polishchuk",
              "Lysenko", "Marchenko", "Savchuk", "Rudenko", "Hrytsenko"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Poltava State Medical Academy of Laboratory Sciences", "Poltava", "Poltava Oblast", "UA",
                    "vul. Shevchenka, 23", ("ua_lab", "ua_nurs"),
                    extra={"uk": "Полтавська державна медична академія лабораторних наук",
                           "city_uk": "Полтава", "addr_uk": "вул. Шевченка, 23"}),
        Institution("Zhytomyr Medical Institute named after O. Hrushko", "Zhytomyr", "Zhytomyr Oblast", "UA",
                    "vul. Velyka Berdychivska, 46", ("ua_lab", "ua_bio", "ua_nurs"),
                    extra={"uk": "Житомирський медичний інститут імені О. Грушка",
                           "city_uk": "Житомир", "addr_uk": "вул. Велика Бердичівська, 46"}),
        Institution("Podillia National University of Health Sciences", "Vinnytsia", "Vinnytsia Oblast", "UA",
                    "vul. Pyrohova, 112", ("ua_lab", "ua_bio"),
                    extra={"uk": "Подільський національний університет наук про здоров'я",
                           "city_uk": "Вінниця", "addr_uk": "вул. Пирогова, 112"}),
    ],
    employers=[
        Employer("Poltava Regional Clinical Hospital No. 2", "Poltava", "Poltava Oblast", "UA",
                 "vul. Kyivska, 84", "+380 532 555 142", "kadry@pokl2.example"),
        Employer("Medical Laboratory LabDiagnostyka-Tsentr LLC", "Kyiv", "Kyiv", "UA",
                 "prosp. Peremohy, 67", "+380 44 555 0178", "hr@labdiagnostyka.example", "lab"),
        Employer("Vinnytsia City Clinical Hospital of Emergency Care", "Vinnytsia", "Vinnytsia Oblast", "UA",
                 "vul. Kyivska, 68", "+380 432 555 193", "viddil.kadriv@vmkl.example"),
        Employer("Zhytomyr Regional Perinatal Centre", "Zhytomyr", "Zhytomyr Oblast", "UA",
                 "vul. Pushkinska, 38", "+380 412 555 121", "kadry@zhperinat.example"),
    ],
    signers=["Halyna M. Petrenko", "Viktor I. Humeniuk", "Liudmyla O. Zaiets", "Ihor V. Datsenko"],
    curricula=[_cur("ua_lab", "Bachelor of Laboratory Diagnostics", "medical_laboratory_science", UA_LAB, clin=True),
               _cur("ua_bio", "Bachelor of Biology", "biology", UA_BIO),
               _cur("ua_nurs", "Bachelor of Nursing", "nursing", UA_NURS)],
    mls_curriculum="ua_lab", science_curricula=["ua_bio"], nonqualifying_curricula=["ua_nurs"],
    positions_mls=["Laboratory Technician (Medical Laboratory)", "Laboratory Assistant (Clinical Diagnostics)"],
    positions_science=["Laboratory Technician (Medical Laboratory)", "Biologist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"КВ {rng.randint(10 ** 7, 10 ** 8 - 1)}",
)
K.register(PACK)
add_department_phrases("UA", {
    "blood_bank": ["Blood Transfusion Department", "Immunohaematology"], "chemistry": ["Clinical Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Bacteriology", "Microbiology"],
    "immunology": ["Immunology", "Serology"], "urinalysis": ["General Clinical Tests"],
    "molecular": ["PCR Laboratory"], "phlebotomy": ["Blood Collection Room"], "other": ["Cytology"]})

QUAL = {"ua_lab": ("Бакалавр з лабораторної діагностики", "Bachelor of Laboratory Diagnostics",
                   "22 Охорона здоров'я, 224 Технології медичної діагностики та лікування",
                   "22 Health Care, 224 Technologies of Medical Diagnostics and Treatment"),
        "ua_bio": ("Бакалавр біології", "Bachelor of Biology", "09 Біологія, 091 Біологія", "09 Biology, 091 Biology"),
        "ua_nurs": ("Бакалавр медсестринства", "Bachelor of Nursing", "22 Охорона здоров'я, 223 Медсестринство",
                    "22 Health Care, 223 Nursing")}
YEAR_UK = ["Перший", "Другий", "Третій", "Четвертий"]
YEAR_EN = ["First", "Second", "Third", "Fourth"]
PASSFAIL = ("Фізичне виховання", "Навчальна практика")


def ua_score(r):
    return max(60, min(100, round(60 + (r.score - 45) * 40 / 47)))


def ects_letter(sc):
    return "A" if sc >= 90 else "B" if sc >= 82 else "C" if sc >= 74 else "D" if sc >= 64 else "E"


def national(r, sc):
    if LOCAL[r.spec.code].startswith(PASSFAIL):
        return "зараховано / passed"
    return {"A": "відмінно / excellent", "B": "добре / good", "C": "добре / good",
            "D": "задовільно / satisfactory", "E": "задовільно / satisfactory"}[ects_letter(sc)]


def cyr_name(person):
    return CYR.get(person.surname, person.surname).upper(), CYR.get(person.given, person.given).upper()


def ua_transcript(s, person, rng):
    with cyrillic_safe():
        return _ua_transcript(s, person, rng)


def _ua_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 40, A4[0] - 40
    sn_uk, gn_uk = cyr_name(person)
    q_uk, q_en, f_uk, f_en = QUAL.get(cur.id, (cur.title, cur.title, "", ""))
    serial = f"B{s.conferred.year % 100:02d} № {rng.randint(100000, 999999)}"
    xs = [L, L + 22, L + 252, L + 292, L + 330, L + 432, L + 474, R]
    hdr = ["№", "Навчальна дисципліна / Course unit", "Кредити ЄКТС / ECTS credits", "Години / Hours",
           "Оцінка за національною шкалою / National grade", "Оцінка ЄКТС / ECTS grade", "Бали / Score"]

    def new_page(n):
        p = Page(A4)
        p.pieces(30, [(L, "ДОДАТОК ДО ДИПЛОМА / DIPLOMA SUPPLEMENT", "left"), (R, serial, "right")], FI, 7.5)
        p.hline(L, R, 34, 0.4)
        return p, 52

    fl = Flow(new_page, 60)

    def par(s_, font=F, size=8.5, indent=0, gap=1):
        for ln in wrap(s_, font, size, R - L - indent):
            fl.need(11)
            fl.page.text(L + indent, fl.y, ln, font, size)
            fl.y += 10.5
        fl.y += gap

    def head(s_):
        fl.need(30)
        fl.y += 4
        par(s_, FB, 9, 0, 2)

    p = fl.page
    p.text(p.w / 2, fl.y, "УКРАЇНА / UKRAINE", FB, 10, "center"); fl.y += 14
    p.text(p.w / 2, fl.y, inst.extra["uk"].upper(), FB, 10, "center"); fl.y += 12
    p.text(p.w / 2, fl.y, inst.name.upper(), FB, 9.5, "center"); fl.y += 20
    p.text(p.w / 2, fl.y, "ДОДАТОК ДО ДИПЛОМА / DIPLOMA SUPPLEMENT", FB, 14, "center"); fl.y += 14
    p.text(p.w / 2, fl.y, f"{serial} (без диплома не дійсний / not valid without the diploma)", F, 8.5, "center"); fl.y += 16
    par("Цей Додаток до диплома розроблений за методологією, розробленою Європейською Комісією, Радою Європи і "
        "ЮНЕСКО / This Diploma Supplement follows the model developed by the European Commission, Council of Europe "
        "and UNESCO/CEPES.", FI, 7.5, 0, 4)
    head("1. ІНФОРМАЦІЯ ПРО ВЛАСНИКА КВАЛІФІКАЦІЇ / INFORMATION IDENTIFYING THE HOLDER OF THE QUALIFICATION")
    par(f"1.1 Прізвище(а) / Family name(s): {sn_uk} / {person.surname.upper()}", indent=10)
    par(f"1.2 Ім'я (імена) / Given name(s): {gn_uk} / {person.given.upper()}", indent=10)
    par(f"1.3 Дата народження (дд/мм/рррр) / Date of birth (dd/mm/yyyy): {s.dob.strftime('%d/%m/%Y')}", indent=10)
    par(f"1.4 Номер студентського квитка / Student identification number: {s.student_no}", indent=10)
    head("2. ІНФОРМАЦІЯ ПРО КВАЛІФІКАЦІЮ / INFORMATION IDENTIFYING THE QUALIFICATION")
    par(f"2.1 Назва кваліфікації / Name of qualification: {q_uk} / {q_en}", indent=10)
    par(f"2.2 Основна(і) галузь(і) знань за кваліфікацією / Main field(s) of study for the qualification: {f_uk} / {f_en}", indent=10)
    par(f"2.3 Найменування і статус закладу, який присвоїв кваліфікацію / Name and status of awarding institution: "
        f"{inst.extra['uk']}, заклад вищої освіти державної форми власності / {inst.name}, state higher education institution", indent=10)
    par("2.4 Мова(и) навчання і оцінювання / Language(s) of instruction/examination: українська / Ukrainian", indent=10)
    head("3. ІНФОРМАЦІЯ ПРО РІВЕНЬ КВАЛІФІКАЦІЇ І ТРИВАЛІСТЬ ЇЇ ЗДОБУТТЯ / INFORMATION ON THE LEVEL AND DURATION OF THE QUALIFICATION")
    par("3.1 Рівень кваліфікації / Level of qualification: Перший (бакалаврський) рівень, НРК України - 6 рівень, "
        "QF-EHEA - перший цикл / First (bachelor) level, NQF of Ukraine - Level 6, QF-EHEA - first cycle", indent=10)
    par("3.2 Офіційна тривалість програми / Official duration of programme: 240 кредитів ЄКТС, 3 роки 10 місяців / "
        "240 ECTS credits, 3 years 10 months", indent=10)
    par("3.3 Вимоги до вступу / Access requirement(s): Повна загальна середня освіта / Complete general secondary education", indent=10)
    head("4. ІНФОРМАЦІЯ ПРО ЗАВЕРШЕНУ ОСВІТНЮ ПРОГРАМУ ТА ЗДОБУТІ РЕЗУЛЬТАТИ / INFORMATION ON THE PROGRAMME COMPLETED AND THE RESULTS OBTAINED")
    par("4.1 Форма навчання / Mode of study: Денна / Full-time", indent=10)
    par("4.2 Програмні результати навчання / Programme learning outcomes: Здатність виконувати лабораторні дослідження "
        "біологічного матеріалу та оцінювати їх якість / Ability to perform laboratory investigations of biological "
        "material and to assess their quality.", indent=10)
    par("4.3 Програма навчання та індивідуальні оцінки / Programme details and the individual grades/marks/credits obtained:",
        FB, 8.5, 10, 4)

    # --- the 4.3 table -------------------------------------------------------------------
    hl = [wrap(h, FB, 6.8, xs[i + 1] - xs[i] - 4) for i, h in enumerate(hdr)]
    nh = max(len(h) for h in hl)

    def table_head():
        pg, top = fl.page, fl.y
        pg.hline(L, R, top, 0.8)
        for k in range(nh):
            pg.pieces(top + 9 + 8 * k, [((xs[i] + xs[i + 1]) / 2, h[k], "center") for i, h in enumerate(hl) if k < len(h)],
                      FB, 6.8)
        bot = top + 9 + 8 * nh - 4
        pg.hline(L, R, bot, 0.8)
        fl.y = bot + 11
        return top

    fl.need(200)
    top = table_head()
    out, n, total, sc_sum, gaps = [], 0, 0, [], []

    def vgrid(pg, y1, y2, gaps):
        pg.vline(L, y1, y2, 0.5)
        pg.vline(R, y1, y2, 0.5)
        segs, a = [], y1
        for g1, g2 in gaps:
            segs.append((a, g1))
            a = g2
        segs.append((a, y2))
        for x in xs[1:-1]:
            for a, b in segs:
                pg.vline(x, a, b, 0.5)
    for t in s.terms:
        label = (f"{YEAR_UK[t.year - 1]} рік навчання ({t.start_year}/{t.start_year + 1}) / "
                 f"{YEAR_EN[t.year - 1]} year of study ({t.start_year}/{t.start_year + 1})")
        for j, r in enumerate(t.results):
            lines = wrap(LOCAL[r.spec.code], F, 8, xs[2] - xs[1] - 5)
            h = 9.5 * len(lines) + 3 + (14 if j == 0 else 0)
            if fl.y + h > fl.page.h - fl.bottom_margin:
                vgrid(fl.page, top, fl.y - 7, gaps)
                gaps = []
                fl.page.hline(L, R, fl.y - 7, 0.8)
                fl.break_page()
                top = table_head()
            if j == 0:
                fl.page.text((L + R) / 2, fl.y, label, FB, 7.8, "center")
                fl.page.hline(L, R, fl.y + 4, 0.3)
                gaps.append((fl.y - 10, fl.y + 4))
                fl.y += 14
            n += 1
            sc = ua_score(r)
            nat = national(r, sc)
            cr = int(r.spec.credits)
            fl.page.pieces(fl.y, [((xs[0] + xs[1]) / 2, str(n), "center"), (xs[1] + 3, lines[0], "left"),
                                  ((xs[2] + xs[3]) / 2, str(cr), "center"), ((xs[3] + xs[4]) / 2, str(cr * 30), "center"),
                                  ((xs[4] + xs[5]) / 2, nat, "center"), ((xs[5] + xs[6]) / 2, ects_letter(sc), "center"),
                                  ((xs[6] + xs[7]) / 2, str(sc), "center")], F, 8)
            for ln in lines[1:]:
                fl.y += 9.5
                fl.page.text(xs[1] + 3, fl.y, ln, F, 8)
            fl.page.hline(L, R, fl.y + 3.5, 0.2, 0.5)
            fl.y += 12.5
            total += cr
            sc_sum.append(sc)
            out.append(course_truth(r, label, cr, nat, "ects", title=" ".join(lines), code=None,
                                    ects_grade=ects_letter(sc), score=sc, hours=cr * 30))
    fl.need(16)
    fl.page.pieces(fl.y, [(xs[1] + 3, "Загальна кількість кредитів ЄКТС / Total ECTS credits", "left"),
                          ((xs[2] + xs[3]) / 2, str(total), "center"), ((xs[3] + xs[4]) / 2, str(total * 30), "center")], FB, 8)
    fl.y += 5
    vgrid(fl.page, top, fl.y, gaps)
    fl.page.hline(L, R, fl.y, 0.8)
    fl.y += 14
    avg = sum(sc_sum) / len(sc_sum)
    par(f"Середній бал / Average score: {avg:.1f}. Кваліфікаційна робота / Bachelor thesis: не передбачена / not applicable.",
        indent=10)
    par("4.4 Система оцінювання та, за можливості, розподіл оцінок / Grading scheme and, if available, grade distribution "
        "guidance: 90-100 - A - відмінно / excellent; 82-89 - B - добре / very good; 74-81 - C - добре / good; 64-73 - D - "
        "задовільно / satisfactory; 60-63 - E - задовільно / sufficient; 35-59 - FX; 0-34 - F - незадовільно / fail; "
        "зараховано / passed = 60-100.", indent=10)
    par("4.5 Загальна класифікація кваліфікації / Overall classification of the qualification: "
        + ("Диплом з відзнакою / Diploma with honours" if avg >= 90 else "Не передбачено / Not applicable"), indent=10)
    head("5. ІНФОРМАЦІЯ ПРО ПРАВА, ЯКІ НАДАЄ КВАЛІФІКАЦІЯ / INFORMATION ON THE FUNCTION OF THE QUALIFICATION")
    par("5.1 Академічні права / Access to further study: Навчання за програмою другого (магістерського) рівня / "
        "Access to second (master's) level programmes.", indent=10)
    par("5.2 Професійні права / Professional status: Право на професійну діяльність відповідно до кваліфікації / "
        "Right to professional practice according to the qualification.", indent=10)
    head("6. ДОДАТКОВА ІНФОРМАЦІЯ / ADDITIONAL INFORMATION")
    par(f"6.1 Дата початку навчання / Date of enrolment: 01.09.{s.admitted.year}. Дата завершення / Date of completion: "
        f"{s.conferred.strftime('%d.%m.%Y')}", indent=10)
    par(f"6.2 Інші джерела інформації / Further information sources: www.{inst.city.lower()}-med-univ.example", indent=10)
    head("7. ЗАСВІДЧЕННЯ ДОДАТКА / CERTIFICATION OF THE SUPPLEMENT")
    fl.need(90)
    p = fl.page
    p.text(L + 10, fl.y, f"7.1 Дата / Date: {s.conferred.strftime('%d.%m.%Y')}", F, 8.5); fl.y += 30
    p.signature(L + 200, fl.y - 10, 90, rng)
    p.pieces(fl.y, [(L + 10, "7.2 Ректор / Rector", "left"), (R, rng.choice(PACK.signers), "right")], F, 8.5); fl.y += 10
    p.seal(L + 330, fl.y - 12, 24, 0.5)
    fl.y += 30
    head("8. ІНФОРМАЦІЯ ПРО НАЦІОНАЛЬНУ СИСТЕМУ ВИЩОЇ ОСВІТИ / INFORMATION ON THE NATIONAL HIGHER EDUCATION SYSTEM")
    par("Вища освіта в Україні здобувається на початковому (короткому циклі), першому (бакалаврському), другому "
        "(магістерському) і третьому (освітньо-науковому) рівнях. Обсяг освітньої програми бакалавра становить "
        "180-240 кредитів ЄКТС; один кредит ЄКТС дорівнює 30 годинам. / Higher education in Ukraine is provided at "
        "the short-cycle, first (bachelor), second (master) and third (doctoral) levels. A bachelor programme comprises "
        "180-240 ECTS credits; one ECTS credit equals 30 hours.", F, 8, 10)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 26, f"Сторінка {i} з {len(fl.pages)} / Page {i} of {len(fl.pages)}", F, 7.5, "center")
    if len(fl.pages) > 1:
        stamp(fl.pages[-1], R - 150, fl.pages[-1].h - 110, ["ЗГІДНО З ОРИГІНАЛОМ", "TRUE COPY"], size=7)
    return LayoutResult("transcript", "ua_diploma_supplement", FAMILY, fl.pages,
                        [f"{sn_uk} {gn_uk}", f"{person.surname.upper()} {person.given.upper()}"], out, "ects",
                        {"prints_totals": True, "conferred_printed": s.conferred.strftime("%d.%m.%Y")})


TRANSCRIPT_LAYOUTS = {"ua_diploma_supplement": (ua_transcript, FAMILY, ("UA",))}
