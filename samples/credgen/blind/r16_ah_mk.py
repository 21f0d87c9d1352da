"""Writer AH, round 16: North Macedonia (MK). Country pack (invented universities: a Faculty of
Medicine's first-cycle programme "Медицински лабораториски технолог", three years, 180 ECTS; a
Faculty of Natural Sciences' "Биологија"; the nursing programme "Медицинска сестра") and the
"УВЕРЕНИЕ ЗА ПОЛОЖЕНИ ИСПИТИ", entirely in Macedonian Cyrillic (text: the embedded fonts cover
Cyrillic): the head "Република Северна Македонија", the university, the faculty, "Број: 02-1234/5",
"Датум: 15.07.2018", the sentence "Се потврдува дека [name], роден/а на ... во ..., со индекс бр. ...,
студент на студиската програма ..., ги положил/а следните испити:", then ONE table for the whole
study whose narrow columns carry their headings turned 90° (read bottom to top) in a tall heading
row: Р. бр. | Предмет | Семестар (rotated; I-VI) | Фонд на часови (rotated; "2+2") | ЕКТС кредити
(rotated) | Оценка ("9 (девет)") | Датум на полагање. Below: "Вкупно ЕКТС кредити: 180",
"Просечна оценка: 8,64", the purpose clause, the dean's signature and a round stamp whose ring
lettering (Cyrillic) is a picture.

Names: the pack lists Latin (romanised) names, masculine family names; a woman's family name takes
the feminine form (mk_fix) and every Macedonian document prints the name in Cyrillic (mk_cyr), so the
truth's candidate name is the romanised form and the Cyrillic one is a printed variant. The Latin
form is printed only in the letters' English translation.

Truth: credit_system "ects" (2 ECTS = 1 SH). Every table row is a course row, code null (no code
column), term "III семестар", grade "9 (девет)"; the diploma thesis ("Дипломска работа") is a row of
semester VI. "Просечна оценка" is the mean of all the rows' grades, two decimals, comma.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r16_ah_common import (FAMILY, cyrillic_safe, MK_WORDS, ROMAN, add_department_phrases, by_reading_order, comma, course_truth,
                            dmy, k, mk_cyr, mk_fix, record, ring_stamp, rot_text, sign_block)

MK_MLT = """
## 1 S1
ML101 | Анатомија со хистологија | 6 | ?B
ML102 | Општа хемија | 6 | C
ML103 | Клеточна биологија | 6 | B
ML104 | Медицинска физика | 4 | O
ML105 | Биостатистика | 4 | M
ML106 | Англиски јазик I | 4 | O
## 1 S2
ML201 | Физиологија | 6 | B
ML202 | Органска хемија | 6 | C
ML203 | Биохемија | 8 | C
ML204 | Општа микробиологија | 6 | B
ML205 | Англиски јазик II | 4 | O
## 2 S1
ML301 | Медицинска биохемија I | 8 | ?P
ML302 | Хематологија | 8 | P
ML303 | Имунологија | 5 | ?B
ML304 | Аналитичка хемија | 5 | C
ML305 | Патологија | 4 | ?O
## 2 S2
ML401 | Медицинска биохемија II | 8 | ?P
ML402 | Клиничка микробиологија | 8 | ?P
ML403 | Трансфузиологија | 6 | ?P
ML404 | Медицинска паразитологија | 4 | P
ML405 | Лабораториска анализа на урина | 4 | P
## 3 S1
ML501 | Хемостаза и коагулација | 6 | P
ML502 | Цитолошки и хистолошки техники | 6 | P
ML503 | Молекуларна дијагностика | 6 | ?B
ML504 | Контрола на квалитет во лабораторијата | 4 | ?P
ML505 | Стручна пракса I | 8 | P | chemistry,hematology
## 3 S2
ML601 | Стручна пракса II | 8 | P | microbiology,blood_bank
ML602 | Токсиколошка анализа | 5 | ?P
ML603 | Медицинска етика и законодавство | 4 | ?O
ML604 | Имунохематологија | 5 | P
ML699 | Дипломска работа | 8 | O
"""

MK_BIO = """
## 1 S1
BI101 | Општа биологија | 8 | B
BI102 | Општа хемија | 8 | C
BI103 | Математика | 6 | M
BI104 | Физика | 4 | O
BI105 | Англиски јазик I | 4 | O
## 1 S2
BI201 | Ботаника | 8 | B
BI202 | Зоологија на безрбетници | 8 | B
BI203 | Органска хемија | 6 | C
BI204 | Биостатистика | 4 | M
BI205 | Англиски јазик II | 4 | O
## 2 S1
BI301 | Биохемија | 8 | C
BI302 | Генетика | 8 | B
BI303 | Микробиологија | 8 | B
BI304 | Екологија | 6 | ?B
## 2 S2
BI401 | Зоологија на 'рбетници | 8 | B
BI402 | Физиологија на растенијата | 8 | B
BI403 | Физиологија на животните | 8 | B
BI404 | Теренска настава | 6 | O
## 3 S1
BI501 | Молекуларна биологија | 8 | B
BI502 | Имунологија | 8 | ?B
BI503 | Еволуција | 6 | B
BI504 | Методика на наставата по биологија | 8 | O
## 3 S2
BI601 | Хумана генетика | 8 | B
BI602 | Клеточна биологија | 8 | B
BI603 | Биоинформатика | 6 | O
BI699 | Дипломска работа | 8 | O
"""

MK_NUR = """
## 1 S1
NU101 | Анатомија | 6 | B
NU102 | Основи на здравствената нега | 8 | O
NU103 | Психологија | 4 | O
NU104 | Клиничка пракса I | 12 | O
## 1 S2
NU201 | Физиологија | 6 | B
NU202 | Микробиологија со паразитологија | 5 | ?B
NU203 | Фармакологија | 5 | O
NU204 | Клиничка пракса II | 14 | O
## 2 S1
NU301 | Интерна медицина со нега | 10 | O
NU302 | Хирургија со нега | 10 | O
NU303 | Клиничка пракса III | 10 | O
## 2 S2
NU401 | Педијатрија со нега | 10 | O
NU402 | Гинекологија и акушерство со нега | 10 | O
NU403 | Клиничка пракса IV | 10 | O
## 3 S1
NU501 | Здравствена нега во заедницата | 10 | O
NU502 | Психијатрија со нега | 8 | O
NU503 | Клиничка пракса V | 12 | O
## 3 S2
NU601 | Менаџмент во здравствената нега | 8 | O
NU602 | Клиничка пракса VI | 14 | O
NU699 | Дипломска работа | 8 | O
"""

# curriculum id -> (study programme as printed, faculty key)
PROGRAM = {"mk_mlt": ("Медицински лабораториски технолог", "med"), "mk_bio": ("Биологија", "pmf"),
           "mk_nur": ("Медицинска сестра", "med")}
TOWNS = ["Велес", "Кавадарци", "Неготино", "Прилеп", "Штип", "Куманово", "Кочани", "Гевгелија", "Струмица",
         "Свети Николе"]

MK_INST = [
    Institution("Универзитет „Вардар“ во Велес", "Велес", "Вардарски регион", "MK", "ул. Благој Ѓорев бр. 18",
                ("mk_mlt", "mk_bio", "mk_nur"), "university",
                extra={"med": "Медицински факултет", "pmf": "Природно-математички факултет",
                       "dean": "Проф. д-р Весна Трајковска", "rector": "Проф. д-р Никола Ристовски",
                       "city_en": "Veles", "name_en": "Vardar University in Veles", "code": "02"}),
    Institution("Универзитет „Козјак“ во Куманово", "Куманово", "Североисточен регион", "MK",
                "бул. Гоце Делчев бр. 5", ("mk_mlt", "mk_bio", "mk_nur"), "university",
                extra={"med": "Медицински факултет", "pmf": "Природно-математички факултет",
                       "dean": "Проф. д-р Дејан Спасовски", "rector": "Проф. д-р Елена Ангелова",
                       "city_en": "Kumanovo", "name_en": "Kozjak University in Kumanovo", "code": "03"}),
]


def _cur(cid, title, field, text, clin=False):
    return C.Curriculum(cid, "MK", title, "bachelor", 3, field, "ects", C._parse(text), 10, 9,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="MK", name="North Macedonia",
    given={"F": ["Ana", "Marija", "Elena", "Biljana", "Katerina", "Simona", "Ivana", "Sanja", "Jovana",
                 "Aleksandra"],
           "M": ["Aleksandar", "Stefan", "Nikola", "Goran", "Dejan", "Marko", "Filip", "Darko", "Vladimir",
                 "Bojan"]},
    surnames=["Stojanovski", "Petrovski", "Nikolovski", "Trajkovski", "Dimitrovski", "Jovanovski", "Angelov",
              "Georgiev", "Ristov", "Kostov", "Todorov", "Spasovski"],
    middle={"F": [], "M": []},
    institutions=MK_INST,
    employers=[
        Employer("ЈЗУ Општа болница „Вардарска долина“ Неготино", "Неготино", "Вардарски регион", "MK",
                 "ул. Маршал Тито бр. 112", "+389 43 000 361", "kadrovska@ob-vardarska.example"),
        Employer("ЈЗУ Клиничка болница „Пелагонија“ Прилеп", "Прилеп", "Пелагониски регион", "MK",
                 "ул. Пионерска бр. 7", "+389 48 000 420", "priem@kb-pelagonija.example"),
        Employer("ЈЗУ Здравствен дом „Козјак“ Куманово", "Куманово", "Североисточен регион", "MK",
                 "ул. 11 Октомври бр. 40", "+389 31 000 115", "zdom@kozjak-zd.example"),
        Employer("ПЗУ Биолаб-Медика Скопје", "Скопје", "Скопски регион", "MK", "бул. Партизански одреди бр. 62",
                 "+389 2 000 9080", "vrabotuvanje@biolab-medika.example", "lab"),
    ],
    signers=["Снежана Миловска, дипл. правник", "Зоран Илиевски, дипл. економист", "д-р Маја Костовска"],
    curricula=[_cur("mk_mlt", "Дипломиран медицински лабораториски технолог", "medical_technology", MK_MLT, True),
               _cur("mk_bio", "Дипломиран биолог", "biology", MK_BIO),
               _cur("mk_nur", "Дипломирана медицинска сестра", "nursing", MK_NUR)],
    mls_curriculum="mk_mlt", science_curricula=["mk_bio"], nonqualifying_curricula=["mk_nur"],
    positions_mls=["Медицински лабораториски технолог", "Дипломиран медицински лабораториски технолог"],
    positions_science=["Лаборант", "Биолог во лабораторија"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(100, 2999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("MK", {
    "blood_bank": ["трансфузиологија"], "chemistry": ["биохемија"], "hematology": ["хематологија"],
    "microbiology": ["микробиологија"], "immunology": ["имунологија"], "urinalysis": ["анализа на урина"],
    "molecular": ["молекуларна дијагностика"], "phlebotomy": ["земање примероци"], "other": ["цитологија"]})


def mk_name(person, surname=None):
    """The printed Cyrillic name (given + family)."""
    return mk_cyr(" ".join(x for x in (person.given, person.middle, surname or person.surname) if x))


def ocena(s, salt, r):
    sc = r.score + (k(s, salt) % 7) - 3
    return 10 if sc >= 85 else 9 if sc >= 77 else 8 if sc >= 68 else 7 if sc >= 58 else 6


def fond(title, ects):
    if "пракса" in title.lower():
        return f"0+{int(ects)}"
    if title.startswith("Дипломска"):
        return "-"
    return {4: "2+1", 5: "2+2", 6: "3+2", 8: "3+3"}.get(int(ects), "2+2")


def issue_no(s):
    return f"{s.institution.extra['code']}-{1000 + k(s, 'broj') % 8000}/{1 + k(s, 'broj2') % 9}"


def issue_date(s):
    return s.conferred - dt.timedelta(days=30 + k(s, "idate") % 40)


def birth_town(s):
    return TOWNS[k(s, "town") % len(TOWNS)]


def mk_grades(s):
    """[(term, result, grade, exam date)] in the table's order (shared by the diploma's average)."""
    out = []
    for i, t in enumerate(s.terms):
        base = dt.date(t.start_year + 1, 1, 20) if t.key == "S1" else dt.date(t.start_year + 1, 6, 5)
        for j, r in enumerate(t.results):
            g = ocena(s, f"o{i}.{j}", r)
            d = base + dt.timedelta(days=k(s, f"d{i}.{j}") % 24)
            if r.spec.title.startswith("Дипломска"):
                d = s.conferred - dt.timedelta(days=60 + k(s, "odbr") % 20)
            out.append((t, r, g, d))
    return out


@cyrillic_safe
def mk_transcript(s, person, rng):
    mk_fix(person)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 46, W - 46
    # columns: Р. бр. | Предмет | Семестар | Фонд на часови | ЕКТС кредити | Оценка | Датум на полагање
    X = [L, L + 26, L + 250, L + 276, L + 306, L + 332, L + 418, R]
    prog, fk = PROGRAM[cur.id]
    fem = person.sex == "F"
    nm = mk_name(person)
    pages = []
    st = {"p": None, "y": 0}
    fz = 8.2
    HH = 66

    def colhead(p, y):
        p.rect(L, y, R - L, HH, 0.7, 0.0)
        for x in X[1:-1]:
            p.vline(x, y, y + HH, 0.6)
        mid = y + HH / 2
        p.text((X[0] + X[1]) / 2, mid - 1, "Р.", SB, 7.5, "center", record=False)
        p.text((X[0] + X[1]) / 2, mid + 8, "бр.", SB, 7.5, "center", record=False)
        p.text((X[1] + X[2]) / 2, mid + 3, "Предмет", SB, 9, "center", record=False)
        for i, lab in ((2, "Семестар"), (3, "Фонд на часови"), (4, "ЕКТС кредити")):
            rot_text(p, (X[i] + X[i + 1]) / 2 + 3, mid, lab, SB, 7.5)
        p.text((X[5] + X[6]) / 2, mid + 3, "Оценка", SB, 9, "center", record=False)
        p.text((X[6] + X[7]) / 2, mid - 1, "Датум на", SB, 8, "center", record=False)
        p.text((X[6] + X[7]) / 2, mid + 8, "полагање", SB, 8, "center", record=False)
        record(p, mid, "Р. бр. Предмет Семестар Фонд на часови ЕКТС кредити Оценка Датум на полагање")
        return y + HH

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        if len(pages) > 1:
            p.text(L, 40, f"Уверение за положени испити бр. {issue_no(s)} - {nm} (продолжение)", S, 8)
            st["y"] = colhead(p, 52)

    new_page()
    p = st["p"]
    p.circle(W / 2, 52, 17, 1.0, 0.3)
    p.circle(W / 2, 52, 11, 0.6, 0.3)
    y = 84
    p.text(W / 2, y, "Република Северна Македонија", S, 10, "center")
    p.text(W / 2, y + 15, inst.name, SB, 12.5, "center")
    p.text(W / 2, y + 30, inst.extra[fk], SB, 11, "center")
    p.text(W / 2, y + 43, f"{inst.street}, {inst.city}", S, 8.5, "center")
    p.hline(L, R, y + 50, 0.8)
    y += 70
    p.text(L, y, f"Број: {issue_no(s)}", S, 10)
    p.text(L, y + 14, f"Датум: {dmy(issue_date(s))}", S, 10)
    p.text(W / 2, y + 46, "УВЕРЕНИЕ ЗА ПОЛОЖЕНИ ИСПИТИ", SB, 14, "center")
    txt = (f"Се потврдува дека {nm}, {'родена' if fem else 'роден'} на {dmy(s.dob)} година во {birth_town(s)}, "
           f"со индекс бр. {s.student_no}, {'студентка' if fem else 'студент'} на студиската програма {prog} "
           f"({cur.years} години, 180 ЕКТС) на {inst.extra[fk]}, ги {'положила' if fem else 'положил'} "
           f"следните испити:")
    y = p.paragraph(L, y + 70, txt, S, 10, R - L, 14) + 4
    st["y"] = colhead(p, y)
    out, grades = [], []
    for n, (t, r, g, d) in enumerate(mk_grades(s), 1):
        sem = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
        if st["y"] + 15 > H - 46:
            new_page()
        p, y = st["p"], st["y"]
        rh = 15
        gs = f"{g} ({MK_WORDS[g]})"
        title = r.spec.title
        fd = fond(title, r.spec.credits)
        b = y + 10.5
        p.pieces(b, [((X[0] + X[1]) / 2, f"{n}.", "center"),
                     (X[1] + 3, title, "left", S, fit_size(title, S, fz, X[2] - X[1] - 6)),
                     ((X[2] + X[3]) / 2, ROMAN[sem - 1], "center"), ((X[3] + X[4]) / 2, fd, "center"),
                     ((X[4] + X[5]) / 2, str(int(r.spec.credits)), "center"), (X[5] + 5, gs, "left"),
                     ((X[6] + X[7]) / 2, dmy(d), "center")], S, fz)
        for x in X:
            p.vline(x, y, y + rh, 0.4)
        p.hline(L, R, y + rh, 0.4)
        st["y"] = y + rh
        grades.append(g)
        out.append(course_truth(r, f"{ROMAN[sem - 1]} семестар", r.spec.credits, gs, "ects", code=None,
                                hours=fd, exam_date=dmy(d)))
    if st["y"] + 170 > H - 30:
        new_page()
        st["y"] = 70
    p, y = st["p"], st["y"] + 22
    avg = round(sum(grades) / len(grades) + 1e-9, 2)
    tot = sum(c["credits"] for c in out)
    p.text(L, y, f"Вкупно ЕКТС кредити: {int(tot)}", SB, 10)
    p.text(L, y + 15, f"Просечна оценка: {comma(avg)}", SB, 10)
    y = p.paragraph(L, y + 38, f"Уверението се издава за да {'ѝ' if fem else 'му'} послужи за вработување во "
                               f"странство.", S, 10, R - L, 14)
    sign_block(p, rng, R - 100, y + 62, "ДЕКАН", S, 9, 170, inst.extra["dean"])
    ring_stamp(p, R - 260, y + 50, 34, f"{inst.name.upper()} * {inst.extra[fk].upper()} *", inst.city)
    return LayoutResult("transcript", "ah_mk_uverenie", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ah_mk_uverenie": (mk_transcript, FAMILY, ("MK",))}
