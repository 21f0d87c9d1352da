"""Writer Y, round 12: Bulgaria (BG). Country pack (a medical university's Medical College:
"Медицински лаборант", professional bachelor, three years = six semesters, 180 ECTS; Биология,
bachelor, four years; Медицинска сестра, bachelor, four years) and the "АКАДЕМИЧНА СПРАВКА": entirely
in Bulgarian Cyrillic (no Latin letter but "ECTS"); header lines (university, college, specialty,
form of study, degree, the three names: given, father's, family, "Факултетен №"); one ruled table for
all semesters with a full-width row "I семестър", "II семестър"... between them; columns № | Учебна
дисциплина | Хорариум over two sub-columns Л (lectures) and У (exercises) under a two-line header |
Кредити ECTS | Оценка ("Отличен 6", "Много добър 5", "Добър 4", "Среден 3"); elective subjects
"Избираема дисциплина: ..."; a row "Общо за семестъра: 30 кредита" closing each semester. The sixth
semester is the pre-graduation placement ("Преддипломен стаж", no hours, 20 credits) and the two
state examinations (no hours). At the bottom "Общ брой кредити: 180", "Среден успех от следването:
Много добър 5,24" (plain mean of the printed grades) and the dean's signature.

Credit basis: ECTS (system "ects", x 1/2 SH). Rows carry no course code (truth code null). The names:
the pack holds Latin transliterations (the truth's spelling); the page prints them in Cyrillic, and a
woman's family name in its feminine form (r12_y_common.bg_fix)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r4_h_common import cyrillic_safe
from .r12_y_common import (BG_GRADE, FAMILY, add_department_phrases, bg_fix, bg_grade_avg_word, bg_name_cyr,
                           by_reading_order, comma, course_truth, k, parse, r2, round_stamp, sign_block)

BG_MLS = """
## 1 S1
BG101 | Анатомия и физиология на човека | 6 | B
BG102 | Обща и неорганична химия | 5 | C
BG103 | Медицинска биология | 4 | B
BG104 | Латински език | 3 | O
BG105 | Биофизика и медицинска апаратура | 4 | O
BG106 | Увод в клиничната лаборатория | 5 | ?P
BG107 | Чужд език – английски | 3 | O
## 1 S2
BG201 | Органична химия | 5 | C
BG202 | Аналитична химия | 5 | C
BG203 | Цитология и хистология | 4 | B
BG204 | Биостатистика и информатика | 4 | M
BG205 | Обща микробиология | 5 | B
BG206 | Медицинска етика и психология | 3 | O
BG207 | Избираема дисциплина: Здравно законодателство | 4 | O
## 2 S1
BG301 | Биохимия | 6 | C
BG302 | Клинична лаборатория I част | 6 | P
BG303 | Хематология I част | 5 | P
BG304 | Медицинска микробиология | 6 | P
BG305 | Патофизиология | 4 | ?B
BG306 | Хигиена и епидемиология | 3 | O
## 2 S2
BG401 | Клинична лаборатория II част | 6 | P
BG402 | Хематология II част и хемостаза | 5 | P
BG403 | Имунология | 5 | ?B
BG404 | Паразитология | 4 | P
BG405 | Вирусология | 4 | ?P
BG406 | Учебна практика по клинична лаборатория | 6 | P
## 3 S1
BG501 | Трансфузионна хематология | 5 | P
BG502 | Клинична имунология | 4 | ?P
BG503 | Цитологична диагностика | 4 | P
BG504 | Молекулярна диагностика | 4 | ?P
BG505 | Контрол на качеството в лабораторията | 4 | P
BG506 | Избираема дисциплина: Клинична токсикология | 3 | ?P
BG507 | Учебна практика по микробиология и хематология | 6 | P
## 3 S2
BG601 | Преддипломен стаж | 20 | P | chemistry,hematology,microbiology,blood_bank,immunology
BG602 | Държавен изпит – теория | 5 | ?P
BG603 | Държавен изпит – практика | 5 | ?P
"""

BG_BIO = """
## 1 S1
BB101 | Обща химия | 8 | C
BB102 | Цитология | 7 | B
BB103 | Математика | 7 | M
BB104 | Анатомия и морфология на растенията | 8 | B
## 1 S2
BB201 | Органична химия | 8 | C
BB202 | Зоология на безгръбначните | 8 | B
BB203 | Физика | 6 | O
BB204 | Хистология | 8 | B
## 2 S1
BB301 | Биохимия | 8 | C
BB302 | Зоология на гръбначните | 8 | B
BB303 | Систематика на растенията | 7 | B
BB304 | Биостатистика | 7 | M
## 2 S2
BB401 | Генетика | 8 | B
BB402 | Микробиология | 8 | B
BB403 | Физиология на растенията | 7 | B
BB404 | Избираема дисциплина: Хидробиология | 7 | B
## 3 S1
BB501 | Физиология на човека и животните | 8 | B
BB502 | Молекулярна биология | 8 | B
BB503 | Екология | 7 | B
BB504 | Имунология | 7 | B
## 3 S2
BB601 | Еволюция | 7 | B
BB602 | Биотехнологии | 8 | B
BB603 | Ембриология | 8 | B
BB604 | Избираема дисциплина: Вирусология | 7 | B
## 4 S1
BB701 | Антропология | 8 | B
BB702 | Паразитология | 7 | B
BB703 | Методика на обучението по биология | 8 | O
BB704 | Теренна практика | 7 | B
## 4 S2
BB801 | Преддипломна практика | 15 | O
BB802 | Държавен изпит | 15 | O
"""

BG_NUR = """
## 1 S1
BN101 | Анатомия и физиология | 10 | B
BN102 | Философия на здравните грижи | 10 | O
BN103 | Обща медицинска сестринска помощ | 10 | O
## 1 S2
BN201 | Фармакология | 10 | O
BN202 | Клинична практика I | 20 | O
## 2 S1
BN301 | Вътрешни болести и здравни грижи | 15 | O
BN302 | Хирургия и здравни грижи | 15 | O
## 2 S2
BN401 | Клинична практика II | 30 | O
## 3 S1
BN501 | Акушерство и гинекология | 15 | O
BN502 | Педиатрия и здравни грижи | 15 | O
## 3 S2
BN601 | Клинична практика III | 30 | O
## 4 S1
BN701 | Обществено здраве | 15 | O
BN702 | Психиатрия и здравни грижи | 15 | O
## 4 S2
BN801 | Преддипломен стаж | 20 | O
BN802 | Държавен изпит | 10 | O
"""


def _cur(cid, title, field, table, years, clin=False):
    return C.Curriculum(cid, "BG", title, "bachelor", years, field, "ects", parse(table), 9, 9 if years == 3 else 7,
                        clinical_training=clin)


BG_INST = [
    Institution("Медицински университет „Проф. д-р Асен Марков“ – Плевен", "Плевен", "Плевен", "BG",
                "ул. „Св. Климент Охридски“ 1", ("bg_mls", "bg_nur"), "university",
                extra={"college": "Медицински колеж", "dean": "доц. д-р Цветанка Миланова", "city": "Плевен"}),
    Institution("Медицински университет – Тракия, Стара Загора", "Стара Загора", "Стара Загора", "BG",
                "ул. „Армейска“ 11", ("bg_mls", "bg_nur"), "university",
                extra={"college": "Медицински колеж", "dean": "проф. д-р Стоян Вълчев", "city": "Стара Загора"}),
    Institution("Югозападен университет „Отец Паисий“", "Благоевград", "Благоевград", "BG", "ул. „Иван Михайлов“ 66",
                ("bg_bio",), "university",
                extra={"college": "Природо-математически факултет", "dean": "проф. д-р Елка Динева",
                       "city": "Благоевград"}),
]

PACK = K.CountryPack(
    code="BG", name="Bulgaria",
    given={"F": ["Maria", "Elena", "Desislava", "Gergana", "Tsvetelina", "Silvia", "Radostina", "Petya", "Yoana",
                 "Viktoria"],
           "M": ["Ivan", "Georgi", "Dimitar", "Nikolay", "Stoyan", "Hristo", "Martin", "Kaloyan"]},
    surnames=["Petrov", "Todorov", "Angelov", "Kolev", "Marinov", "Yordanov", "Popov", "Stefanov", "Iliev",
              "Atanasov", "Vasilev", "Kirov"],
    middle={"F": ["Ivanova", "Georgieva", "Dimitrova", "Nikolova", "Stoyanova", "Hristova"],
            "M": ["Ivanov", "Georgiev", "Dimitrov", "Nikolov", "Stoyanov", "Hristov"]},
    institutions=BG_INST,
    employers=[
        Employer("УМБАЛ „Света Петка“ – Плевен", "Плевен", "Плевен", "BG", "бул. „Георги Кочев“ 8А",
                 "+359 64 000 612", "hr@svpetka-pleven.example"),
        Employer("МБАЛ „Д-р Иван Селимински“ – Сливен", "Сливен", "Сливен", "BG", "ул. „Христо Ботев“ 1",
                 "+359 44 000 215", "personal@mbal-sliven.example"),
        Employer("УМБАЛ „Тракийска долина“ – Стара Загора", "Стара Загора", "Стара Загора", "BG",
                 "ул. „Генерал Столетов“ 2", "+359 42 000 900", "hr@umbal-td.example"),
        Employer("Медико-диагностична лаборатория „Лаборекс“ ЕООД", "София", "София", "BG",
                 "бул. „Витоша“ 142", "+359 2 000 4411", "office@laboreks.example", "lab"),
    ],
    signers=["Д-р Галина Христова", "Николай Бончев", "Радка Петкова", "Д-р Веселин Тотев"],
    curricula=[_cur("bg_mls", "Професионален бакалавър по Медицински лаборант", "medical_laboratory_science", BG_MLS,
                    3, True),
               _cur("bg_bio", "Бакалавър по Биология", "biology", BG_BIO, 4),
               _cur("bg_nur", "Бакалавър по Медицинска сестра", "nursing", BG_NUR, 4)],
    mls_curriculum="bg_mls", science_curricula=["bg_bio"], nonqualifying_curricula=["bg_nur"],
    positions_mls=["медицински лаборант"],
    positions_science=["биолог", "лаборант"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BG", {
    "blood_bank": ["Отделение по трансфузионна хематология"], "chemistry": ["Клинична лаборатория"],
    "hematology": ["Хематологична лаборатория"], "microbiology": ["Лаборатория по микробиология"],
    "immunology": ["Имунологична лаборатория"], "urinalysis": ["Клинична лаборатория – урина"],
    "molecular": ["Лаборатория по молекулярна диагностика"], "phlebotomy": ["Манипулационна – кръвовземане"],
    "other": ["Лаборатория по клинична патология"]})

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def hours(r):
    """(Л, У) for a taught subject; None for the placement and the state examinations."""
    t = r.spec.title
    if "стаж" in t or "Държавен изпит" in t or "Преддипломна" in t:
        return None
    cr = int(r.spec.credits)
    if "практика" in t.lower():
        return (0, 30 * cr)
    return (15 * max(1, cr - 2), 15 * max(1, cr - 3))


def bg_grade(s, r, salt):
    g = 3 + (r.score - 45) / 47.0 * 3.4 + ((k(s, salt) % 5) - 2) * 0.4
    return max(3, min(6, int(round(g))))


def bg_transcript(s, person, rng):
    with cyrillic_safe():
        return _bg_transcript(s, person, rng)


def _bg_transcript(s, person, rng):
    bg_fix(person)
    inst, cur = s.institution, s.curriculum
    T, TB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 50, W - 45
    nm = bg_name_cyr(person)
    x_no, x_t, x_l, x_u, x_cr, x_g = L, L + 24, L + 290, L + 322, L + 354, L + 408
    spec = {"bg_mls": "Медицински лаборант", "bg_bio": "Биология", "bg_nur": "Медицинска сестра"}[cur.id]
    degree = "професионален бакалавър" if cur.id == "bg_mls" else "бакалавър"
    pages, courses, grades = [], [], []
    sz = 9
    rh = 13.5

    def vlines(p, y1, y2, sub=True):
        for x in (L, x_t, x_l, x_u, x_cr, x_g, R):
            if x == x_u and not sub:
                continue
            p.vline(x, y1, y2, 0.5)

    def table_head(p, y):
        p.hline(L, R, y, 0.6)
        p.text((x_no + x_t) / 2, y + 17, "№", TB, sz, "center")
        p.text(x_t + 4, y + 17, "Учебна дисциплина", TB, sz)
        p.text((x_l + x_cr) / 2, y + 11, "Хорариум", TB, 8.5, "center")
        p.hline(x_l, x_cr, y + 14, 0.5)
        p.pieces(y + 24, [((x_l + x_u) / 2, "Л", "center"), ((x_u + x_cr) / 2, "У", "center")], TB, 8.5)
        p.text((x_cr + x_g) / 2, y + 12, "Кредити", TB, 8.5, "center")
        p.text((x_cr + x_g) / 2, y + 22, "ECTS", TB, 8.5, "center")
        p.text(x_g + 4, y + 17, "Оценка", TB, sz)
        for x in (L, x_t, x_l, x_cr, x_g, R):
            p.vline(x, y, y + 28, 0.5)
        p.vline(x_u, y + 14, y + 28, 0.5)
        p.hline(L, R, y + 28, 0.6)
        return y + 28

    def new_page():
        p = Page(A4)
        pages.append(p)
        return p

    p = new_page()
    y = 52
    p.text(W / 2, y, inst.name.upper(), TB, 11.5, "center")
    y += 15
    p.text(W / 2, y, inst.extra["college"], TB, 11, "center")
    y += 12
    p.hline(L, R, y, 0.8)
    y += 26
    p.text(W / 2, y, "АКАДЕМИЧНА СПРАВКА", TB, 15, "center")
    y += 22
    info = [f"Специалност: {spec}", "Форма на обучение: редовна",
            f"Образователно-квалификационна степен: {degree}",
            f"Студент: {nm}", f"Факултетен №: {s.student_no}",
            f"Година на постъпване: {s.admitted.year} г."]
    for ln in info:
        p.text(L, y, ln, T, 10.5)
        y += 14
    y += 6
    y = table_head(p, y)
    n = 0
    total = 0
    for i, t in enumerate(s.terms):
        if y + rh * 3 > H - 60:
            p = new_page()
            y = table_head(p, 50)
        p.text(W / 2, y + 10, f"{ROMAN[i]} семестър", TB, 9.5, "center")
        p.vline(L, y, y + rh, 0.5)
        p.vline(R, y, y + rh, 0.5)
        p.hline(L, R, y + rh, 0.5)
        y += rh
        term = f"{ROMAN[i]} семестър"
        sem = 0
        for j, r in enumerate(t.results):
            if y + rh > H - 60:
                p = new_page()
                y = table_head(p, 50)
            n += 1
            g = bg_grade(s, r, f"g{i}.{j}")
            hr = hours(r)
            cr = int(r.spec.credits)
            gs = f"{BG_GRADE[g]} {g}"
            tsz = fit_size(r.spec.title, T, sz, x_l - x_t - 6, 6.5)
            p.pieces(y + 10, [((x_no + x_t) / 2, str(n), "center"), (x_t + 4, r.spec.title, "left", T, tsz),
                              ((x_l + x_u) / 2, str(hr[0]) if hr else "", "center"),
                              ((x_u + x_cr) / 2, str(hr[1]) if hr else "", "center"),
                              ((x_cr + x_g) / 2, str(cr), "center"), (x_g + 4, gs, "left")], T, sz)
            vlines(p, y, y + rh)
            p.hline(L, R, y + rh, 0.4)
            y += rh
            courses.append(course_truth(r, term, cr, gs, "ects", code=None, grade_words=BG_GRADE[g]))
            grades.append(g)
            sem += cr
        total += sem
        p.text(x_t + 4, y + 10, f"Общо за семестъра: {sem} кредита", TB, 9)
        p.vline(L, y, y + rh, 0.5)
        p.vline(R, y, y + rh, 0.5)
        p.hline(L, R, y + rh, 0.6)
        y += rh
    avg = r2(sum(grades) / len(grades))
    if y + 150 > H - 40:
        p = new_page()
        y = 60
    y += 22
    p.text(L, y, f"Общ брой кредити: {total}", TB, 10.5)
    y += 15
    p.text(L, y, f"Среден успех от следването: {bg_grade_avg_word(avg)} {comma(avg)}", TB, 10.5)
    y += 15
    issued = s.conferred
    p.text(L, y, f"Справката се издава, за да послужи пред: компетентните органи. Дата: "
                 f"{issued.strftime('%d.%m.%Y')} г.", T, 9.5)
    y += 55
    sign_block(p, rng, L + 90, y, "Инспектор учебен отдел", T, 9, 150)
    sign_block(p, rng, R - 100, y, f"Директор: {inst.extra['dean']}", T, 9, 190)
    round_stamp(p, R - 160, y - 14, 30, 0.45)
    for m, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 26, f"стр. {m} от {len(pages)}", T, 8, "center")
    return LayoutResult("transcript", "bg_akademichna_spravka", FAMILY, by_reading_order(pages), [nm], courses, "ects",
                        {"prints_totals": True, "total_credits": total, "average": comma(avg)})


TRANSCRIPT_LAYOUTS = {"bg_akademichna_spravka": (bg_transcript, FAMILY, ("BG",))}
