"""Writer AB, round 13: Moldova (MD). Country pack (a medical university's bachelor "Medicină de
laborator", four years, 240 ECTS; a state university's Biologie, 180 ECTS; Asistență medicală) and
the bilingual "SUPLIMENT LA DIPLOMĂ / ПРИЛОЖЕНИЕ К ДИПЛОМУ": every label in Romanian with the Russian
on the line below in the same cell, every course title in both languages on two lines within one
row ("Biochimie clinică" over "Клиническая биохимия"). A ruled table Nr. | Denumirea unităților de
curs / Наименование дисциплин | Anul / Год | Nr. ore / Кол-во часов (total hours: 30 an ECTS credit)
| Credite ECTS / Кредиты ECTS | Nota / Оценка ("9 (nouă)", "admis" for pass/fail units); it runs over
two pages, the second repeating the header. Then the "Practica clinică / Клиническая практика" rows
and the "Examenul de licență / Государственный экзамен" rows with grades, and the footer "Total credite
/ Всего кредитов: 240", "Nota medie / Средний балл: 8,74" (credit-weighted mean of the numeric
grades), the rector's signature over a round stamp.

Credit basis: ECTS, system "ects" (x 1/2 SH). The course code is not printed (Nr. is a row number):
truth code null; the truth title is the cell's two lines joined by a space (Romanian, then
Russian), as round 4's Ukrainian design did; the category is the Romanian title's."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r13_ab_common import (FAMILY, RO_GRADE, add_department_phrases, comma, course_truth, cyrillic_safe, k,
                            parse, r2, round_stamp, sign_block)

MD_MLS = """
## 1 S1
F.01.O.001 | Chimie generală și anorganică | 6 | C
F.01.O.002 | Biologie celulară | 6 | B
F.01.O.003 | Anatomia omului | 6 | B
F.01.O.004 | Matematică și biostatistică | 4 | M
G.01.O.005 | Limba engleză I | 4 | O
G.01.O.006 | Educație fizică | 2 | O
G.01.O.007 | Istoria medicinei | 2 | O
## 1 S2
F.02.O.008 | Chimie organică | 6 | C
F.02.O.009 | Fiziologia omului | 6 | B
F.02.O.010 | Histologie | 5 | B
F.02.O.011 | Genetică medicală | 5 | ?B
G.02.O.012 | Limba engleză II | 4 | O
G.02.O.013 | Informatică medicală | 4 | O
## 2 S1
F.03.O.014 | Biochimie | 6 | C
F.03.O.015 | Microbiologie generală | 6 | B
F.03.O.016 | Chimie analitică | 5 | C
F.03.O.017 | Imunologie | 5 | ?B
F.03.O.018 | Fiziopatologie | 4 | ?O
G.03.O.019 | Etică și deontologie medicală | 4 | ?O
## 2 S2
S.04.O.020 | Biochimie clinică | 6 | ?P
S.04.O.021 | Hematologie | 6 | P
S.04.O.022 | Microbiologie medicală | 6 | P
S.04.O.023 | Parazitologie medicală | 4 | P
S.04.O.024 | Virologie | 4 | ?B
G.04.O.025 | Sănătate publică | 4 | O
## 3 S1
S.05.O.026 | Diagnostic de laborator în hematologie | 6 | P
S.05.O.027 | Bacteriologie clinică | 6 | P
S.05.O.028 | Imunologie clinică | 5 | ?P
S.05.O.029 | Analiza urinei și a lichidelor biologice | 5 | P
S.05.O.030 | Citologie clinică | 4 | P
S.05.O.031 | Managementul calității în laborator | 4 | P
## 3 S2
S.06.O.032 | Imunohematologie și transfuziologie | 6 | P
S.06.O.033 | Biologie moleculară în diagnostic | 5 | ?P
S.06.O.034 | Micologie medicală | 4 | P
S.06.O.035 | Toxicologie clinică | 5 | ?P
S.06.O.036 | Endocrinologie de laborator | 5 | ?P
G.06.O.037 | Metodologia cercetării științifice | 5 | O
## 4 S1
S.07.O.038 | Hemostaza și coagularea | 5 | P
S.07.O.039 | Diagnosticul de laborator al bolilor infecțioase | 5 | P
S.07.O.040 | Histopatologie | 5 | P
S.07.O.041 | Biochimie clinică avansată | 5 | ?P
G.07.O.042 | Legislația sanitară | 4 | ?O
P.07.O.043 | Practica clinică în laboratorul de biochimie și hematologie | 6 | P | chemistry,hematology
## 4 S2
P.08.O.044 | Practica clinică în laboratorul de diagnostic clinic | 15 | P | microbiology,blood_bank,urinalysis,immunology
E.08.O.045 | Examen de licență la specialitate | 5 | O
E.08.O.046 | Susținerea tezei de licență | 10 | O
"""

MD_BIO = """
## 1 S1
F.01.O.001 | Chimie generală | 8 | C
F.01.O.002 | Biologie celulară | 8 | B
F.01.O.003 | Matematică | 6 | M
G.01.O.004 | Limba engleză I | 6 | O
G.01.O.005 | Educație fizică | 2 | O
## 1 S2
F.02.O.006 | Botanică | 8 | B
F.02.O.007 | Zoologia nevertebratelor | 8 | B
F.02.O.008 | Chimie organică | 8 | C
G.02.O.009 | Limba engleză II | 6 | O
## 2 S1
F.03.O.010 | Biochimie | 8 | C
F.03.O.011 | Genetică | 8 | B
F.03.O.012 | Microbiologie | 8 | B
F.03.O.013 | Biostatistică | 6 | M
## 2 S2
F.04.O.014 | Fiziologia plantelor | 8 | B
F.04.O.015 | Fiziologia animalelor | 8 | B
F.04.O.016 | Ecologie generală | 8 | ?B
G.04.O.017 | Filosofie | 6 | O
## 3 S1
S.05.O.018 | Biologie moleculară | 8 | B
S.05.O.019 | Imunologie | 8 | B
S.05.O.020 | Biotehnologie | 8 | ?O
P.05.O.021 | Practica de specialitate | 6 | O
## 3 S2
S.06.O.022 | Evoluționism | 8 | ?B
S.06.O.023 | Protecția mediului | 7 | O
E.06.O.024 | Examen de licență la specialitate | 5 | O
E.06.O.025 | Susținerea tezei de licență | 10 | O
"""

MD_NUR = """
## 1 S1
F.01.O.001 | Anatomia omului | 8 | B
S.01.O.002 | Nursing general I | 10 | O
G.01.O.003 | Limba engleză | 6 | O
G.01.O.004 | Educație fizică | 6 | O
## 1 S2
F.02.O.005 | Fiziologia omului | 8 | B
S.02.O.006 | Nursing general II | 12 | O
S.02.O.007 | Farmacologie | 10 | O
## 2 S1
S.03.O.008 | Nursing în medicina internă | 15 | O
S.03.O.009 | Nursing în chirurgie | 15 | O
## 2 S2
S.04.O.010 | Nursing în pediatrie | 15 | O
S.04.O.011 | Nursing în obstetrică | 15 | O
## 3 S1
S.05.O.012 | Nursing comunitar | 15 | O
S.05.O.013 | Nursing în psihiatrie | 15 | O
## 3 S2
S.06.O.014 | Managementul serviciilor de nursing | 15 | O
S.06.O.015 | Cercetarea în nursing | 15 | O
## 4 S1
P.07.O.016 | Practica clinică în secțiile de terapie | 30 | O
## 4 S2
P.08.O.017 | Practica clinică în secțiile de chirurgie | 15 | O
E.08.O.018 | Examen de licență la specialitate | 5 | O
E.08.O.019 | Susținerea tezei de licență | 10 | O
"""

RU = {
    "Chimie generală și anorganică": "Общая и неорганическая химия", "Biologie celulară": "Клеточная биология",
    "Anatomia omului": "Анатомия человека", "Matematică și biostatistică": "Математика и биостатистика",
    "Limba engleză I": "Английский язык I", "Limba engleză II": "Английский язык II",
    "Limba engleză": "Английский язык", "Educație fizică": "Физическое воспитание",
    "Istoria medicinei": "История медицины", "Chimie organică": "Органическая химия",
    "Fiziologia omului": "Физиология человека", "Histologie": "Гистология", "Genetică medicală": "Медицинская генетика",
    "Informatică medicală": "Медицинская информатика", "Biochimie": "Биохимия",
    "Microbiologie generală": "Общая микробиология", "Chimie analitică": "Аналитическая химия",
    "Imunologie": "Иммунология", "Fiziopatologie": "Патофизиология",
    "Etică și deontologie medicală": "Медицинская этика и деонтология", "Biochimie clinică": "Клиническая биохимия",
    "Hematologie": "Гематология", "Microbiologie medicală": "Медицинская микробиология",
    "Parazitologie medicală": "Медицинская паразитология", "Virologie": "Вирусология",
    "Sănătate publică": "Общественное здоровье", "Diagnostic de laborator în hematologie":
        "Лабораторная диагностика в гематологии", "Bacteriologie clinică": "Клиническая бактериология",
    "Imunologie clinică": "Клиническая иммунология", "Analiza urinei și a lichidelor biologice":
        "Анализ мочи и биологических жидкостей", "Citologie clinică": "Клиническая цитология",
    "Managementul calității în laborator": "Управление качеством в лаборатории",
    "Imunohematologie și transfuziologie": "Иммуногематология и трансфузиология",
    "Biologie moleculară în diagnostic": "Молекулярная биология в диагностике",
    "Micologie medicală": "Медицинская микология", "Toxicologie clinică": "Клиническая токсикология",
    "Endocrinologie de laborator": "Лабораторная эндокринология",
    "Metodologia cercetării științifice": "Методология научного исследования",
    "Hemostaza și coagularea": "Гемостаз и коагуляция",
    "Diagnosticul de laborator al bolilor infecțioase": "Лабораторная диагностика инфекционных болезней",
    "Histopatologie": "Гистопатология", "Biochimie clinică avansată": "Клиническая биохимия (углублённый курс)",
    "Legislația sanitară": "Санитарное законодательство",
    "Practica clinică în laboratorul de biochimie și hematologie":
        "Клиническая практика в лаборатории биохимии и гематологии",
    "Practica clinică în laboratorul de diagnostic clinic": "Клиническая практика в клинико-диагностической лаборатории",
    "Examen de licență la specialitate": "Государственный экзамен по специальности",
    "Susținerea tezei de licență": "Защита дипломной работы",
    "Chimie generală": "Общая химия", "Matematică": "Математика", "Botanică": "Ботаника",
    "Zoologia nevertebratelor": "Зоология беспозвоночных", "Genetică": "Генетика", "Microbiologie": "Микробиология",
    "Biostatistică": "Биостатистика", "Fiziologia plantelor": "Физиология растений",
    "Fiziologia animalelor": "Физиология животных", "Ecologie generală": "Общая экология", "Filosofie": "Философия",
    "Biologie moleculară": "Молекулярная биология", "Biotehnologie": "Биотехнология",
    "Practica de specialitate": "Производственная практика", "Evoluționism": "Эволюционное учение",
    "Protecția mediului": "Охрана окружающей среды", "Nursing general I": "Общий сестринский уход I",
    "Nursing general II": "Общий сестринский уход II", "Farmacologie": "Фармакология",
    "Nursing în medicina internă": "Сестринский уход в терапии", "Nursing în chirurgie": "Сестринский уход в хирургии",
    "Nursing în pediatrie": "Сестринский уход в педиатрии", "Nursing în obstetrică": "Сестринский уход в акушерстве",
    "Nursing comunitar": "Общинный сестринский уход", "Nursing în psihiatrie": "Сестринский уход в психиатрии",
    "Managementul serviciilor de nursing": "Управление сестринскими службами",
    "Cercetarea în nursing": "Исследования в сестринском деле",
    "Practica clinică în secțiile de terapie": "Клиническая практика в терапевтических отделениях",
    "Practica clinică în secțiile de chirurgie": "Клиническая практика в хирургических отделениях",
}


def _cur(cid, title, field, table, years, clin=False):
    return C.Curriculum(cid, "MD", title, "bachelor", years, field, "ects", parse(table), 9, 6, clinical_training=clin)


MD_INST = [
    Institution("Universitatea de Medicină și Sănătate Publică „Ștefan Ciobanu”", "Chișinău", "mun. Chișinău", "MD",
                "bd. Ștefan cel Mare și Sfânt 171", ("md_mls", "md_nur"), "university",
                extra={"ru": "Университет медицины и общественного здоровья «Штефан Чобану»",
                       "rector": "Prof. univ. Valeriu Cojocaru", "city": "Chișinău", "city_ru": "Кишинёв"}),
    Institution("Universitatea de Stat din Bălți „Alecu Vatra”", "Bălți", "mun. Bălți", "MD",
                "str. Pușkin 38", ("md_bio", "md_nur", "md_mls"), "university",
                extra={"ru": "Бельцкий государственный университет «Алеку Ватра»",
                       "rector": "Conf. univ. Natalia Grosu", "city": "Bălți", "city_ru": "Бельцы"}),
]

PACK = K.CountryPack(
    code="MD", name="Moldova",
    given={"F": ["Ana", "Maria", "Elena", "Cristina", "Natalia", "Olga", "Irina", "Victoria", "Doina", "Mariana"],
           "M": ["Ion", "Vasile", "Andrei", "Sergiu", "Victor", "Alexandru", "Mihai", "Dumitru", "Vitalie", "Igor"]},
    surnames=["Popescu", "Rusu", "Ciobanu", "Munteanu", "Țurcanu", "Cebotari", "Lungu", "Bîrcă", "Guțu", "Rotaru",
              "Moraru", "Ceban", "Sîrbu", "Botnaru"],
    middle={"F": [""], "M": [""]},
    institutions=MD_INST,
    employers=[
        Employer("Spitalul Clinic Republican „Timofei Moșneaga”", "Chișinău", "mun. Chișinău", "MD",
                 "str. Nicolae Testemițanu 29", "+373 22 000 401", "resurse.umane@scr.example"),
        Employer("Institutul de Medicină Urgentă", "Chișinău", "mun. Chișinău", "MD", "str. Toma Ciorbă 1",
                 "+373 22 000 512", "hr@imu.example"),
        Employer("Spitalul Clinic Municipal Bălți", "Bălți", "mun. Bălți", "MD", "str. Decebal 101",
                 "+373 231 00 718", "personal@scmbalti.example"),
        Employer("Laboratorul de Diagnostic Medical „Biotest” SRL", "Chișinău", "mun. Chișinău", "MD",
                 "bd. Dacia 25", "+373 22 000 933", "hr@biotest.example", "lab"),
    ],
    signers=["Elena Cazacu", "Vasile Grigoraș", "Tatiana Josan", "Dr. Ion Chiriac"],
    curricula=[_cur("md_mls", "Licențiat în Medicină de laborator", "medical_laboratory_science", MD_MLS, 4, True),
               _cur("md_bio", "Licențiat în științe ale naturii, Biologie", "biology", MD_BIO, 3),
               _cur("md_nur", "Licențiat în Asistență medicală", "nursing", MD_NUR, 4)],
    mls_curriculum="md_mls", science_curricula=["md_bio"], nonqualifying_curricula=["md_nur"],
    positions_mls=["tehnician laborant", "laborant-analist"],
    positions_science=["laborant", "biolog"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("MD", {
    "blood_bank": ["Secția transfuzie sanguină", "Banca de sânge"], "chemistry": ["Laboratorul de biochimie"],
    "hematology": ["Laboratorul de hematologie"], "microbiology": ["Laboratorul de microbiologie"],
    "immunology": ["Laboratorul de imunologie"], "urinalysis": ["Laboratorul de analize clinice generale"],
    "molecular": ["Laboratorul de biologie moleculară"], "phlebotomy": ["Cabinetul de recoltare a probelor"],
    "other": ["Laboratorul de citologie"]})

SPEC = {"md_mls": ("Medicină de laborator", "Лабораторная медицина", "Sănătate", "Здравоохранение"),
        "md_bio": ("Biologie", "Биология", "Științe ale naturii", "Естественные науки"),
        "md_nur": ("Asistență medicală", "Сестринское дело", "Sănătate", "Здравоохранение")}


def md_name(person, surname=None):
    """'POPESCU Ana' (family name first, in capitals)."""
    return " ".join(x for x in ((surname or person.surname).upper(), person.given, person.middle) if x)


def md_grade(s, r, i, j):
    if r.spec.title == "Educație fizică":
        return None
    g = 5 + (r.score - 45) / 47.0 * 5.4 + ((k(s, f"g{i}.{j}") % 5) - 2) * 0.5
    return max(5, min(10, int(round(g))))


def md_sections(s):
    main, prac, exam = [], [], []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            g = md_grade(s, r, i, j)
            (prac if r.code.startswith("P.") else exam if r.code.startswith("E.") else main).append((t, r, g))
    return main, prac, exam


def md_transcript(s, person, rng):
    with cyrillic_safe():
        return _md(s, person, rng)


def _md(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 38, W - 38
    nm = md_name(person)
    spec_ro, spec_ru, dom_ro, dom_ru = SPEC[cur.id]
    main, prac, exam = md_sections(s)
    serie = f"LMD nr. {k(s, 'ser') % 900000 + 100000:07d}"
    cols = [L, L + 22, L + 282, L + 318, L + 382, L + 436, R]
    sz = 7.8

    def two(p, x, y, ro, ru, font=F, size=8, align="left"):
        p.text(x, y, ro, font, size, align)
        p.text(x, y + size + 1.5, ru, font, size - 0.4, align)

    def table_head(p, y):
        h = 26
        p.rect(L, y, R - L, h, 0.7, 0.0, fill=0.9)
        for x in cols[1:-1]:
            p.vline(x, y, y + h, 0.6)
        lab = [("Nr.", ""), ("Denumirea unităților de curs", "Наименование дисциплин"), ("Anul", "Год"),
               ("Nr. ore", "Кол-во часов"), ("Credite ECTS", "Кредиты ECTS"), ("Nota", "Оценка")]
        c = [(cols[i] + cols[i + 1]) / 2 for i in range(6)]
        p.pieces(y + 10, [(c[i], lab[i][0], "center") for i in range(6)], FB, 7.2)
        p.pieces(y + 19, [(c[i], lab[i][1], "center") for i in range(1, 6)], FB, 6.8)
        return y + h

    pages = []

    def new_page():
        p = Page(A4)
        pages.append(p)
        return p

    p = new_page()
    y = 40
    p.pieces(y, [(L, "REPUBLICA MOLDOVA", "left", FB, 8.5), (R, "РЕСПУБЛИКА МОЛДОВА", "right", FB, 8.5)])
    y += 11
    p.pieces(y, [(L, "Ministerul Educației și Cercetării", "left", F, 8),
                 (R, "Министерство образования и исследований", "right", F, 8)])
    y += 18
    p.text(W / 2, y, inst.name, FB, 10.5, "center")
    y += 12
    p.text(W / 2, y, inst.extra["ru"], F, 9, "center")
    y += 22
    p.text(W / 2, y, "SUPLIMENT LA DIPLOMĂ / ПРИЛОЖЕНИЕ К ДИПЛОМУ", FB, 13, "center")
    y += 13
    p.text(W / 2, y, f"la diploma de licență seria {serie} / к диплому лиценциата серия {serie.replace('nr.', '№')}",
           F, 8.5, "center")
    y += 20
    info = [(("Numele, prenumele", "Фамилия, имя"), nm),
            (("Data nașterii", "Дата рождения"), s.dob.strftime("%d.%m.%Y")),
            (("Domeniul de formare profesională", "Область профессиональной подготовки"), f"{dom_ro} / {dom_ru}"),
            (("Specialitatea", "Специальность"), f"{spec_ro} / {spec_ru}"),
            (("Perioada studiilor", "Период обучения"), f"{s.admitted.year} - {s.conferred.year}"),
            (("Forma de învățământ", "Форма обучения"), "cu frecvență / очная")]
    for (ro, ru), v in info:
        p.pieces(y, [(L, ro, "left", FB, 8), (L + 170, v, "left", F, 8.4)])
        p.text(L, y + 9.5, ru, "Times-Italic", 7.6)
        p.hline(L, R, y + 13, 0.3, 0.5)
        y += 20
    y = table_head(p, y + 4)
    courses = []
    nr = 0
    total, ws, wc = 0, 0.0, 0

    def row(p, y, t, r, g):
        nonlocal nr, total, ws, wc
        nr += 1
        cr = int(r.spec.credits)
        ru = RU[r.spec.title]
        hrs = cr * 30
        nota = "admis" if g is None else f"{g} ({RO_GRADE[g]})"
        ts = fit_size(r.spec.title, F, sz, 252, 6.2)
        tr = fit_size(ru, F, 7.0, 252, 5.6)
        c = [(cols[i] + cols[i + 1]) / 2 for i in range(6)]
        p.text(c[0], y + 8.5, str(nr), F, sz, "center", record=False)
        p.text(cols[1] + 4, y + 8.5, r.spec.title, F, ts, record=False)
        p.text(c[2], y + 8.5, str(t.year), F, sz, "center", record=False)
        p.text(c[3], y + 8.5, str(hrs), F, sz, "center", record=False)
        p.text(c[4], y + 8.5, str(cr), F, sz, "center", record=False)
        p.text(cols[5] + 5, y + 8.5, nota, F, sz, record=False)
        p.lines.append(" ".join([str(nr), r.spec.title, str(t.year), str(hrs), str(cr), nota]))
        p.line_y.append(y + 8.5)
        p.text(cols[1] + 4, y + 16.5, ru, "Times-Italic", tr)
        p.rect(L, y, R - L, 19, 0.5)
        for x in cols[1:-1]:
            p.vline(x, y, y + 19, 0.5)
        courses.append(course_truth(r, f"Anul {t.year}", cr, nota, "ects", title=f"{r.spec.title} {ru}", code=None))
        total += cr
        if g is not None:
            ws += g * cr
            wc += cr
        return y + 19

    def sub_head(p, y, ro, ru):
        p.rect(L, y, R - L, 14, 0.6, 0.0, fill=0.95)
        p.text(L + 26, y + 10, f"{ro} / {ru}", FB, 8)
        return y + 14

    for sect, items in (("", main), ("prac", prac), ("exam", exam)):
        if not items:
            continue
        if sect:
            if y + 14 + 19 > H - 50:
                p = new_page()
                y = table_head(p, 44)
            y = sub_head(p, y, *({"prac": ("Practica clinică", "Клиническая практика"),
                                  "exam": ("Examenul de licență", "Государственный экзамен")}[sect]))
        for t, r, g in items:
            if y + 19 > H - 50:
                p = new_page()
                y = table_head(p, 44)
            y = row(p, y, t, r, g)
    avg = r2(ws / wc)
    if y + 150 > H - 30:
        p = new_page()
        y = 50
    y += 18
    p.pieces(y, [(L, "Total credite", "left", FB, 9), (L + 150, str(total), "left", FB, 9)])
    p.text(L, y + 10, "Всего кредитов", "Times-Italic", 8)
    y += 24
    p.pieces(y, [(L, "Nota medie", "left", FB, 9), (L + 150, comma(avg), "left", FB, 9)])
    p.text(L, y + 10, "Средний балл", "Times-Italic", 8)
    y += 24
    p.pieces(y, [(L, "Data eliberării", "left", F, 8.5),
                 (L + 150, f"{inst.extra['city']}, {s.conferred.strftime('%d.%m.%Y')}", "left", F, 8.5)])
    p.text(L, y + 10, "Дата выдачи", "Times-Italic", 8)
    y += 60
    round_stamp(p, R - 200, y - 10, 30, 0.42)
    sign_block(p, rng, R - 120, y, inst.extra["rector"], F, 8.5, 180, "Rector / Ректор")
    for n, pg in enumerate(pages, 1):
        pg.text(R, H - 22, f"Pagina {n} din {len(pages)} / Страница {n} из {len(pages)}", F, 7, "right")
    return LayoutResult("transcript", "ab_md_supliment", FAMILY, pages, [nm], courses, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ab_md_supliment": (md_transcript, FAMILY, ("MD",))}
