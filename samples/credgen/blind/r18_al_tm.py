"""Writer AL, round 18: Turkmenistan (TM). Country pack (an invented state medical institute's
specialist programme "Laboratoriýa işi" (medical laboratory diagnostics, 5 years, qualification
"lukman-laborant"); an invented state university's "Biologiýa" (5 years); the institute's "Şepagat
işi" (nursing, 4 years)) and the DIPLOMA GOŞUMÇA / ПРИЛОЖЕНИЕ К ДИПЛОМУ: A4 LANDSCAPE as an open
booklet. The LEFT half of the first page holds the holder's data and the qualification, every label in
Turkmen (Latin script) with the Russian under it ("Familiýasy, ady, atasynyň ady / Фамилия, имя,
отчество" ...); the RIGHT half (and both halves of the pages after it) holds the list of subjects,
no terms and no codes: Dersleriň ady / Наименование дисциплин (the Turkmen title over its Russian
translation in one cell) | Jemi sagat / Всего часов | Baha / Оценка (a word, Turkmen over Russian:
"bäş (ajaýyp)" / "отлично" ... or "synag" / "зачтено" for pass/fail subjects). Then the sections
"Önümçilik tejribesi / Производственная практика" (practices with their weeks: "8 hepde / 8 недель")
and "Döwlet synaglary / Государственные экзамены" (state exams with grades), the line "Jemi / Всего:
N sagat / часов", rector and dean signatures, a round stamp and the registration number.

Credit basis: hours. Discipline hours are read as contact hours at 15 h = 1 SH (credit_system
"hours", as the Tajik, Belarusian and other Soviet-style supplements of earlier rounds). Practices print
weeks only: the truth row's credits are the weeks x 36 hours (a 6-day, 36-hour practice week;
`weeks` beside, `credits_printed: false`); state exams print no hours (credits 0, `credits_printed:
false`). The printed "Jemi" total is the sum of the discipline hours and the practice weeks x 36. Truth
title = the Turkmen line, `title_ru` the Russian; grade = the Turkmen word, `grade_ru` beside; term ""
for disciplines, "Önümçilik tejribesi" and "Döwlet synaglary" for the two sections.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size, width
from .r18_al_common import FAMILY, add_department_phrases, course_truth, k, keep_dob, round_stamp, sign_block

LANDSCAPE = (A4[1], A4[0])
RU = {}

# code (never printed; "z" = pass/fail, "PR" = practice in hours = weeks x 36, "SE" = state exam) |
# Turkmen // Russian | hours | category [| areas]
TM_LAB = """
## 1 S1
TM101 | Türkmenistanyň taryhy // История Туркменистана | 108 | O
TM102 | Türkmen dili // Туркменский язык | 144 | O
TM103 | Rus dili // Русский язык | 108 | O
TM104 | Umumy we organiki däl himiýa // Общая и неорганическая химия | 144 | C
TM105 | Ýokary matematika // Высшая математика | 108 | M
TM106z | Bedenterbiýe // Физическая культура | 144 | O
## 1 S2
TM107 | Adamyň anatomiýasy // Анатомия человека | 216 | B
TM108 | Latyn dili // Латинский язык | 72 | O
TM109 | Lukmançylyk fizikasy // Медицинская физика | 108 | O
TM110 | Bioorganiki himiýa // Биоорганическая химия | 144 | C
TM111 | Lukmançylyk biologiýasy we genetika // Медицинская биология и генетика | 144 | B
TM112z | Iňlis dili // Английский язык | 144 | O
## 2 S1
TM201 | Gistologiýa, sitologiýa we embriologiýa // Гистология, цитология и эмбриология | 216 | B
TM202 | Normal fiziologiýa // Нормальная физиология | 216 | B
TM203 | Biohimiýa // Биохимия | 216 | C
TM204 | Filosofiýa // Философия | 72 | O
## 2 S2
TM205 | Mikrobiologiýa, wirusologiýa we immunologiýa // Микробиология, вирусология и иммунология | 216 | B
TM206 | Analitiki himiýa // Аналитическая химия | 144 | C
TM207 | Patologik fiziologiýa // Патологическая физиология | 144 | ?O
TM208 | Lukmançylyk statistikasy // Медицинская статистика | 72 | M
TM209z | Ykdysady nazaryýet // Экономическая теория | 72 | O
## 3 S1
TM301 | Kliniki biohimiýa // Клиническая биохимия | 216 | P
TM302 | Gematologiýa // Гематология | 216 | P
TM303 | Patologik anatomiýa // Патологическая анатомия | 144 | ?O
TM304 | Farmakologiýa // Фармакология | 108 | O
## 3 S2
TM305 | Kliniki mikrobiologiýa // Клиническая микробиология | 216 | P
TM306 | Lukmançylyk parazitologiýasy // Медицинская паразитология | 144 | P
TM307 | Immunologiýa we allergologiýa // Иммунология и аллергология | 144 | ?B
TM308 | Gigiýena we epidemiologiýa // Гигиена и эпидемиология | 108 | O
PR301 | Kliniki laboratoriýa tejribesi // Клинико-лабораторная практика | 288 | P | chemistry,hematology
## 4 S1
TM401 | Kliniki laboratoriýa diagnostikasy // Клиническая лабораторная диагностика | 216 | P
TM402 | Immunogematologiýa we gan guýmak // Иммуногематология и трансфузиология | 144 | P
TM403 | Sitologik barlaglar // Цитологические исследования | 144 | ?P
TM404 | Içki keselleri // Внутренние болезни | 144 | O
## 4 S2
TM405 | Bakteriologik diagnostika // Бактериологическая диагностика | 216 | P
TM406 | Peşew we beden suwuklyklarynyň barlagy // Исследование мочи и биологических жидкостей | 108 | P
TM407 | Molekulýar diagnostika // Молекулярная диагностика | 108 | ?B
TM408 | Kliniki toksikologiýa // Клиническая токсикология | 72 | ?O
PR401 | Gan gullugy we mikrobiologiýa tejribesi // Практика по службе крови и микробиологии | 288 | P | microbiology,blood_bank
## 5 S1
TM501 | Laboratoriýa işini guramak // Организация лабораторного дела | 108 | P
TM502 | Laboratoriýada hiliň gözegçiligi // Контроль качества в лаборатории | 108 | ?P
TM503 | Kliniki immunologiýa // Клиническая иммунология | 144 | ?P
TM504 | Ýokanç keselleri // Инфекционные болезни | 108 | O
## 5 S2
PR501 | Diplom öňündäki tejribe // Преддипломная практика | 432 | P | immunology,urinalysis,molecular
SE501 | Kliniki laboratoriýa diagnostikasy // Клиническая лабораторная диагностика | 0 | P
SE502 | Türkmenistanyň Garaşsyzlyk we Bitaraplyk syýasaty // Политика независимости и нейтралитета Туркменистана | 0 | O
"""

TM_BIO = """
## 1 S1
BI101 | Türkmenistanyň taryhy // История Туркменистана | 108 | O
BI102 | Türkmen dili // Туркменский язык | 144 | O
BI103 | Umumy biologiýa // Общая биология | 216 | B
BI104 | Umumy himiýa // Общая химия | 216 | C
BI105 | Ýokary matematika // Высшая математика | 144 | M
## 1 S2
BI106 | Botanika // Ботаника | 216 | B
BI107 | Zoologiýa // Зоология | 216 | B
BI108 | Organiki himiýa // Органическая химия | 216 | C
BI109z | Bedenterbiýe // Физическая культура | 144 | O
## 2 S1
BI201 | Mikrobiologiýa // Микробиология | 216 | B
BI202 | Biohimiýa // Биохимия | 216 | C
BI203 | Genetika // Генетика | 216 | B
## 2 S2
BI204 | Adamyň we haýwanlaryň fiziologiýasy // Физиология человека и животных | 216 | B
BI205 | Ösümlikleriň fiziologiýasy // Физиология растений | 216 | B
BI206 | Biostatistika // Биостатистика | 108 | M
## 3 S1
BI301 | Molekulýar biologiýa // Молекулярная биология | 216 | B
BI302 | Sitologiýa // Цитология | 144 | B
BI303 | Ekologiýa // Экология | 144 | ?B
## 3 S2
BI304 | Immunologiýa // Иммунология | 144 | B
BI305 | Biotehnologiýa // Биотехнология | 144 | ?B
BI306 | Filosofiýa // Философия | 72 | O
## 4 S1
BI401 | Wirusologiýa // Вирусология | 144 | B
BI402 | Gidrobiologiýa // Гидробиология | 144 | B
## 4 S2
BI403 | Biologiýany okatmagyň usulyýeti // Методика преподавания биологии | 144 | O
PR401 | Meýdan tejribesi // Полевая практика | 216 | O
## 5 S1
BI501 | Ewolýusiýa taglymaty // Эволюционное учение | 144 | ?B
BI502 | Antropologiýa // Антропология | 108 | B
## 5 S2
PR501 | Diplom öňündäki tejribe // Преддипломная практика | 288 | O
SE501 | Biologiýa // Биология | 0 | B
"""

TM_NURSE = """
## 1 S1
NU101 | Türkmen dili // Туркменский язык | 144 | O
NU102 | Adamyň anatomiýasy we fiziologiýasy // Анатомия и физиология человека | 216 | B
NU103 | Şepagat işiniň esaslary // Основы сестринского дела | 216 | O
## 1 S2
NU104 | Farmakologiýa // Фармакология | 144 | O
NU105 | Mikrobiologiýa we gigiýena // Микробиология и гигиена | 144 | ?B
NU106z | Bedenterbiýe // Физическая культура | 144 | O
## 2 S1
NU201 | Içki kesellerinde şepagat işi // Сестринское дело в терапии | 216 | O
NU202 | Hirurgiýada şepagat işi // Сестринское дело в хирургии | 216 | O
## 2 S2
NU203 | Pediatriýada şepagat işi // Сестринское дело в педиатрии | 216 | O
PR201 | Şepagat tejribesi // Сестринская практика | 288 | O
## 3 S1
NU301 | Akuşerçilik we ginekologiýa // Акушерство и гинекология | 216 | O
NU302 | Lukmançylyk statistikasy // Медицинская статистика | 72 | M
## 3 S2
NU303 | Jemgyýetçilik saglygy // Общественное здоровье | 144 | O
## 4 S1
NU401 | Şepagat işini dolandyrmak // Управление сестринским делом | 144 | O
## 4 S2
PR401 | Diplom öňündäki tejribe // Преддипломная практика | 432 | O
SE401 | Şepagat işi // Сестринское дело | 0 | O
"""


def _parse(text):
    lines = []
    for raw in text.strip().splitlines():
        if "//" in raw:
            a, b = raw.split("//")
            code = a.split("|")[0].strip()
            tk = a.split("|")[1].strip()
            ru = b.split("|")[0].strip()
            RU[(code, tk)] = ru
            rest = b.split("|", 1)[1]
            raw = f"{code} | {tk} | {rest}"
        lines.append(raw)
    return C._parse("\n".join(lines))


PROG = {"tm_lab": ("Laboratoriýa işi", "Лабораторное дело", "lukman-laborant", "врач-лаборант"),
        "tm_bio": ("Biologiýa", "Биология", "biolog, biologiýa mugallymy", "биолог, преподаватель биологии"),
        "tm_nurse": ("Şepagat işi", "Сестринское дело", "ýokary bilimli şepagat uýasy",
                     "медицинская сестра с высшим образованием")}

TM_INST = [
    Institution("Köpetdag Döwlet Lukmançylyk Instituty", "Aşgabat", "Aşgabat", "TM",
                "Arçabil şaýoly 48, Aşgabat", ("tm_lab", "tm_nurse"), "institute",
                extra={"ru": "Копетдагский государственный медицинский институт", "rector": "A. Berdiýew",
                       "dean": "G. Orazowa"}),
    Institution("Murgap Döwlet Lukmançylyk Instituty", "Mary", "Mary welaýaty", "TM",
                "Magtymguly köçesi 17, Mary", ("tm_lab",), "institute",
                extra={"ru": "Мургабский государственный медицинский институт", "rector": "M. Hojamuradow",
                       "dean": "S. Annaýewa"}),
    Institution("Amyderýa Döwlet Uniwersiteti", "Türkmenabat", "Lebap welaýaty", "TM",
                "Seýdi köçesi 5, Türkmenabat", ("tm_bio",), "university",
                extra={"ru": "Амударьинский государственный университет", "rector": "B. Saparow",
                       "dean": "O. Gurbanowa"}),
]


def _sn(rng, start_year, inst):
    return f"{rng.randint(100, 999)}"


PACK = K.CountryPack(
    code="TM", name="Turkmenistan",
    given={"F": ["Maýsa", "Ogulgerek", "Aýna", "Jeren", "Bägül", "Gülnara", "Leýli", "Merjen", "Sona", "Enejan"],
           "M": ["Merdan", "Batyr", "Serdar", "Döwlet", "Kerim", "Maksat", "Rahman", "Atamyrat", "Süleýman", "Ýusup"]},
    surnames=["Amanow", "Orazow", "Berdiýew", "Annaýew", "Gurbanow", "Hojamuradow", "Saparow", "Nurmuhammedow",
              "Ataýew", "Çaryýew", "Myradow", "Hallyýew"],
    middle={"F": ["Orazowna", "Myradowna", "Annaýewna", "Rejepowna", "Batyrowna", "Kakabaýewna"],
            "M": ["Orazowiç", "Myradowiç", "Annaýewiç", "Rejepowiç", "Batyrowiç", "Kakabaýewiç"]},
    institutions=TM_INST,
    employers=[
        Employer("Aşgabat şäheriniň 3-nji köpugurly hassahanasy", "Aşgabat", "Aşgabat", "TM",
                 "Garaşsyzlyk şaýoly 112, Aşgabat", "+993 12 55 01 42", "kadrlar@hassahana3.example"),
        Employer("Mary welaýat köpugurly hassahanasy", "Mary", "Mary welaýaty", "TM",
                 "Gurbansoltan eje köçesi 9, Mary", "+993 522 5 55 18", "kadrlar@mary-hassahana.example"),
        Employer("Lebap welaýat Ene we çaga saglygy merkezi", "Türkmenabat", "Lebap welaýaty", "TM",
                 "Puşkin köçesi 21, Türkmenabat", "+993 422 5 55 61", "kadrlar@lebap-ecsm.example"),
    ],
    signers=["G. Nurmuhammedowa", "A. Çaryýew", "M. Hallyýewa"],
    curricula=[C.Curriculum("tm_lab", "TM", PROG["tm_lab"][0], "bachelor", 5, "medical_laboratory_science",
                            "hours", _parse(TM_LAB), 9, 6, clinical_training=True),
               C.Curriculum("tm_bio", "TM", PROG["tm_bio"][0], "bachelor", 5, "biology", "hours",
                            _parse(TM_BIO), 9, 6),
               C.Curriculum("tm_nurse", "TM", PROG["tm_nurse"][0], "bachelor", 4, "nursing", "hours",
                            _parse(TM_NURSE), 9, 6)],
    mls_curriculum="tm_lab", science_curricula=["tm_bio"], nonqualifying_curricula=["tm_nurse"],
    positions_mls=["лаборант", "врач-лаборант"],
    positions_science=["лаборант", "биолог лаборатории"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("TM", {
    "blood_bank": ["отделение переливания крови"], "chemistry": ["биохимическая лаборатория"],
    "hematology": ["гематологическая лаборатория"], "microbiology": ["бактериологическая лаборатория"],
    "immunology": ["иммунологическая лаборатория"], "urinalysis": ["общеклинические исследования"],
    "molecular": ["ПЦР-лаборатория"], "phlebotomy": ["процедурный кабинет"], "other": ["цитологическая лаборатория"]})

GRADES = {5: ("bäş (ajaýyp)", "отлично"), 4: ("dört (gowy)", "хорошо"), 3: ("üç (kanagatlanarly)", "удовлетворительно"),
          0: ("synag", "зачтено")}


def mark(s, i, j, r):
    if r.spec.code.endswith("z"):
        return 0
    x = r.score + k(s, f"m{i}.{j}") % 11 - 3
    return 5 if x >= 78 else 4 if x >= 62 else 3


def tm_items(s):
    """(disciplines, practices, state exams): [(r, mark)] in curriculum order."""
    d, pr, se = [], [], []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            m = mark(s, i, j, r)
            c = r.spec.code
            (pr if c.startswith("PR") else se if c.startswith("SE") else d).append((r, m))
    return d, pr, se


def reg_no(s):
    return f"{k(s, 'reg') % 9000 + 1000}"


def diploma_no(s):
    return f"LI № {k(s, 'dno') % 900000 + 100000:06d}"


def tm_surname_first(person):
    return " ".join(x for x in (person.surname, person.given, person.middle) if x)


def tm_supplement(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = LANDSCAPE
    halves = [(30, W / 2 - 22), (W / 2 + 22, W - 30)]
    nm = tm_surname_first(person)
    prog = PROG[cur.id]
    pages = []
    disc, prac, exams = tm_items(s)
    out = []

    def fold(p):
        p.vline(W / 2, 20, H - 20, 0.4, 0.6)

    p = Page(LANDSCAPE)
    pages.append(p)
    fold(p)
    L, R = halves[0]
    cx = (L + R) / 2
    p.text(cx, 44, "TÜRKMENISTANYŇ SAGLYGY GORAÝYŞ WE DERMAN SENAGATY MINISTRLIGI", SB, 8, "center")
    p.text(cx, 55, "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ И МЕДИЦИНСКОЙ ПРОМЫШЛЕННОСТИ ТУРКМЕНИСТАНА", S, 7, "center")
    p.text(cx, 74, inst.name, SB, 10, "center")
    p.text(cx, 86, inst.extra["ru"], S, 8.5, "center")
    p.text(cx, 112, "DIPLOMA GOŞUMÇA", SB, 15, "center")
    p.text(cx, 128, "ПРИЛОЖЕНИЕ К ДИПЛОМУ", SB, 12, "center")
    p.text(cx, 144, diploma_no(s), S, 9, "center")
    y = 172
    rows = [("Familiýasy, ady, atasynyň ady", "Фамилия, имя, отчество", nm),
            ("Doglan senesi", "Дата рождения", s.dob.strftime("%d.%m.%Y")),
            ("Okuwa giren ýyly", "Год поступления", str(s.terms[0].start_year)),
            ("Okuwy tamamlan ýyly", "Год окончания", str(s.conferred.year)),
            ("Okuwyň möhleti", "Нормативный срок обучения", f"{cur.years} ýyl / {cur.years} лет"),
            ("Hünäri", "Специальность", f"{prog[0]} / {prog[1]}"),
            ("Kämillik derejesi", "Квалификация", f"{prog[2]} / {prog[3]}")]
    for tk, ru, val in rows:
        p.text(L, y, f"{tk} /", S, 8.5)
        p.text(L, y + 10, ru, SI, 8)
        if width(val, SB, 8) > R - L - 150 and " / " in val:
            a, b = val.split(" / ", 1)
            p.text(L + 150, y, a, SB, fit_size(a, SB, 9, R - L - 150))
            p.text(L + 150, y + 10, b, SB, fit_size(b, SB, 9, R - L - 150))
        else:
            p.text(L + 150, y + 5, val, SB, fit_size(val, SB, 9.5, R - L - 150))
        p.hline(L + 148, R, y + 9, 0.3, 0.5)
        y += 30
    y += 10
    p.text(L, y, "Hasaba alyş belgisi / Регистрационный номер:", S, 8.5)
    p.text(L + 200, y, reg_no(s), SB, 9)
    p.text(L, y + 14, f"Berlen senesi / Дата выдачи: {s.conferred.strftime('%d.%m.%Y')}", S, 8.5)

    slot = [0, 1]         # page index, half
    X = {}

    def cols(half):
        L, R = halves[half]
        return [L, R - 150, R - 100, R]

    def head(p, half, y):
        c = cols(half)
        p.rect(c[0], y, c[3] - c[0], 24, 0, 0, fill=0.9)
        p.pieces(y + 10, [(c[0] + 4, "Dersleriň ady", "left"), ((c[1] + c[2]) / 2, "Jemi sagat", "center"),
                          ((c[2] + c[3]) / 2, "Baha", "center")], SB, 7.8)
        p.pieces(y + 20, [(c[0] + 4, "Наименование дисциплин", "left"), ((c[1] + c[2]) / 2, "Всего часов", "center"),
                          ((c[2] + c[3]) / 2, "Оценка", "center")], SI, 7.2)
        for x in c[1:3]:
            p.vline(x, y, y + 24, 0.4)
        p.rect(c[0], y, c[3] - c[0], 24, 0.6)
        return y + 24

    state = {"p": p, "half": 1, "y": 40}
    state["y"] = head(p, 1, 40)

    def next_slot():
        if state["half"] == 0:
            state["half"] = 1
        else:
            q = Page(LANDSCAPE)
            pages.append(q)
            fold(q)
            state["p"] = q
            state["half"] = 0
        state["y"] = head(state["p"], state["half"], 40)

    def row(tk, ru, hours_txt, g):
        if state["y"] + 22 > H - 36:
            next_slot()
        p, half, y = state["p"], state["half"], state["y"]
        c = cols(half)
        wt = c[1] - c[0] - 8
        p.text(c[0] + 4, y + 9, tk, S, fit_size(tk, S, 8, wt))
        p.text(c[0] + 4, y + 18.5, ru, SI, fit_size(ru, SI, 7.4, wt))
        if hours_txt:
            p.text((c[1] + c[2]) / 2, y + 13, hours_txt, S, 8, "center")
        gt, gr = GRADES[g] if g is not None else ("", "")
        if gt:
            p.text((c[2] + c[3]) / 2, y + 9, gt, S, fit_size(gt, S, 7.6, 96), "center")
            p.text((c[2] + c[3]) / 2, y + 18.5, gr, SI, fit_size(gr, SI, 7.2, 96), "center")
        for x in c[1:3]:
            p.vline(x, y, y + 22, 0.3)
        p.vline(c[0], y, y + 22, 0.5)
        p.vline(c[3], y, y + 22, 0.5)
        p.hline(c[0], c[3], y + 22, 0.3)
        state["y"] = y + 22

    def section(tk, ru):
        if state["y"] + 48 > H - 36:
            next_slot()
        p, half, y = state["p"], state["half"], state["y"]
        c = cols(half)
        p.text(c[0] + 4, y + 13, f"{tk} / {ru}", SB, fit_size(f"{tk} / {ru}", SB, 8.5, c[3] - c[0] - 8))
        state["y"] = y + 18

    total = 0
    for r, m in disc:
        ru = RU[(r.spec.code, r.spec.title)]
        h = int(r.spec.credits)
        row(r.spec.title, ru, str(h), m)
        total += h
        out.append(course_truth(r, "", h, GRADES[m][0], "hours", code=None, title_ru=ru, grade_ru=GRADES[m][1]))
    if prac:
        section("Önümçilik tejribesi", "Производственная практика")
        for r, m in prac:
            ru = RU[(r.spec.code, r.spec.title)]
            h = int(r.spec.credits)
            wk = h // 36
            row(f"{r.spec.title} — {wk} hepde", f"{ru} — {wk} недель", "", m)
            total += h
            out.append(course_truth(r, "Önümçilik tejribesi", h, GRADES[m][0], "hours", code=None,
                                    title_ru=ru, grade_ru=GRADES[m][1], weeks=wk, credits_printed=False))
    if exams:
        section("Döwlet synaglary", "Государственные экзамены")
        for r, m in exams:
            m = m or 4
            ru = RU[(r.spec.code, r.spec.title)]
            row(r.spec.title, ru, "", m)
            out.append(course_truth(r, "Döwlet synaglary", 0, GRADES[m][0], "hours", code=None, title_ru=ru,
                                    grade_ru=GRADES[m][1], credits_printed=False))
    if state["y"] + 120 > H - 20:
        next_slot()
    p, half, y = state["p"], state["half"], state["y"]
    L, R = halves[half]
    p.text(L + 4, y + 16, f"Jemi / Всего: {total} sagat / часов", SB, 9.5)
    y += 58
    sign_block(p, rng, L + 80, y, "Rektor / Ректор", S, 8, 130, inst.extra["rector"])
    sign_block(p, rng, R - 80, y, "Dekan / Декан", S, 8, 130, inst.extra["dean"])
    round_stamp(p, (L + R) / 2, y - 8, 30, 0.45)
    p.text(L + 4, y + 34, "M. Ý. / М. П.", S, 7.5)
    return LayoutResult("transcript", "al_tm_gosumca", FAMILY, pages, [nm], out, "hours", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"al_tm_gosumca": (tm_supplement, FAMILY, ("TM",))}
