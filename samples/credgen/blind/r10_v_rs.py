"""Writer V, round 10: Serbia (RS). Country pack (Основне академске студије — Медицинска
лабораторијска дијагностика, 4 years, 240 ЕСПБ; Биологија, 3 years, 180 ЕСПБ; Здравствена нега,
4 years, 240 ЕСПБ) and the faculty's "УВЕРЕЊЕ О ПОЛОЖЕНИМ ИСПИТИМА", in Serbian CYRILLIC ONLY.

One table for the whole programme `Р.бр. | Шифра | Назив предмета | Сем. | ЕСПБ | Оцена | Датум |
Испитни рок`, courses in semester order WITHOUT any semester caption (the Сем. column 1-8 is the only
term information); codes in Cyrillic ("МЛД1О02": programme, year, О obligatory / И elective, number);
ЕСПБ 3-10; grades 6-10 followed by the word "9 (девет)"; the exam date per row "27.01.2016." and the
exam period ("јануарски", "фебруарски", "јунски", "јулски", "септембарски", "октобарски"); long titles
wrap inside their cell. Footer "Укупно ЕСПБ: 240   Просечна оцена: 8,74" (the arithmetic mean of the
printed grades, as Serbian faculties compute it), "Уверење се издаје на лични захтев студента ради
...", the "Шеф студентске службе" and "Декан" signatures and a round seal between them.

Truth: titles and codes as printed in Cyrillic, term "Семестар N" (from the Сем. column), credits the
ЕСПБ (ECTS: x 1/2 to semester hours, criteria.md), grade the printed cell "9 (девет)". Categories by
meaning (the English gloss in the curriculum table decides)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r3_f_common import parse as parse_local
from .r10_v_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, cyrillic_safe, k,
                           r2, round_stamp, sign_block, sr_cyr)

SR = {}     # code -> Cyrillic printed title

RS_MLD = """
## 1 S1
МЛД1О01 | Анатомија | Anatomy | 7 | B
МЛД1О02 | Медицинска физика | Medical physics | 5 | O
МЛД1О03 | Општа и неорганска хемија | General and inorganic chemistry | 7 | C
МЛД1О04 | Биологија ћелије са генетиком | Cell biology with genetics | 5 | B
МЛД1О05 | Медицинска статистика и информатика | Medical statistics and informatics | 3 | M
МЛД1О06 | Енглески језик 1 | English language 1 | 3 | O
## 1 S2
МЛД1О07 | Физиологија | Physiology | 8 | B
МЛД1О08 | Органска хемија | Organic chemistry | 6 | C
МЛД1О09 | Хистологија са ембриологијом | Histology with embryology | 6 | B
МЛД1О10 | Основи лабораторијске технике и безбедност у лабораторији | Basic laboratory techniques and laboratory safety | 6 | P
МЛД1О11 | Енглески језик 2 | English language 2 | 4 | O
## 2 S1
МЛД2О01 | Биохемија | Biochemistry | 8 | C
МЛД2О02 | Аналитичка хемија са инструменталним методама | Analytical chemistry with instrumental methods | 6 | C
МЛД2О03 | Општа микробиологија | General microbiology | 7 | B
МЛД2О04 | Патологија | Pathology | 5 | ?B
МЛД2О05 | Имунологија | Immunology | 4 | ?B
## 2 S2
МЛД2О06 | Медицинска биохемија 1 | Clinical chemistry 1 | 8 | P | chemistry
МЛД2О07 | Медицинска микробиологија | Medical microbiology | 8 | P | microbiology
МЛД2О08 | Хематологија 1 | Hematology 1 | 8 | P | hematology
МЛД2О09 | Здравствена нега и прва помоћ | Health care and first aid | 3 | O
МЛД2И01 | Молекуларна биологија | Molecular biology | 3 | B
## 3 S1
МЛД3О01 | Медицинска биохемија 2 | Clinical chemistry 2 | 7 | P
МЛД3О02 | Хематологија 2 са хемостазом | Hematology 2 with hemostasis | 7 | P
МЛД3О03 | Медицинска паразитологија и микологија | Medical parasitology and mycology | 6 | P
МЛД3О04 | Вирусологија | Virology | 5 | ?B
МЛД3О05 | Фармакологија са токсикологијом | Pharmacology with toxicology | 5 | O
## 3 S2
МЛД3О06 | Трансфузиологија | Transfusion medicine (blood banking) | 7 | P | blood_bank
МЛД3О07 | Клиничка имунологија и серолошка дијагностика | Clinical immunology and serology | 6 | ?P
МЛД3О08 | Цитологија и хистопатолошке технике | Cytology and histopathology techniques | 6 | P
МЛД3О09 | Анализа урина и других телесних течности | Urine and body fluid analysis | 5 | P | urinalysis
МЛД3О10 | Епидемиологија | Epidemiology | 3 | O
МЛД3И02 | Биоетика | Bioethics | 3 | O
## 4 S1
МЛД4О01 | Молекуларна дијагностика | Molecular diagnostics | 7 | P | molecular
МЛД4О02 | Контрола квалитета у медицинској лабораторији | Quality control in the medical laboratory | 5 | P
МЛД4О03 | Клиничка пракса 1 | Clinical practice 1 (laboratory rotations) | 10 | P | chemistry,hematology,urinalysis
МЛД4О04 | Менаџмент у здравству | Health care management | 4 | O
МЛД4О05 | Методологија научноистраживачког рада | Research methodology | 4 | O
## 4 S2
МЛД4О06 | Клиничка пракса 2 | Clinical practice 2 (laboratory rotations) | 10 | P | microbiology,blood_bank,immunology
МЛД4О07 | Лабораторијска дијагностика ендокриних болести | Laboratory diagnostics of endocrine diseases | 5 | P
МЛД4О08 | Токсиколошке анализе | Toxicological analysis | 5 | P
МЛД4О09 | Завршни рад | Final thesis | 10 | O
"""

RS_BIO = """
## 1 S1
БИО1О01 | Општа хемија | General chemistry | 8 | C
БИО1О02 | Биологија ћелије | Cell biology | 8 | B
БИО1О03 | Математика | Mathematics | 6 | M
БИО1О04 | Морфологија биљака | Plant morphology | 8 | B
## 1 S2
БИО1О05 | Органска хемија | Organic chemistry | 8 | C
БИО1О06 | Зоологија бескичмењака | Invertebrate zoology | 8 | B
БИО1О07 | Физика | Physics | 6 | O
БИО1О08 | Енглески језик | English language | 8 | O
## 2 S1
БИО2О01 | Биохемија | Biochemistry | 9 | C
БИО2О02 | Генетика | Genetics | 8 | B
БИО2О03 | Микробиологија | Microbiology | 8 | B
БИО2О04 | Биостатистика | Biostatistics | 5 | M
## 2 S2
БИО2О05 | Физиологија животиња | Animal physiology | 9 | B
БИО2О06 | Физиологија биљака | Plant physiology | 8 | B
БИО2О07 | Зоологија кичмењака | Vertebrate zoology | 8 | B
БИО2И01 | Хидробиологија | Hydrobiology | 5 | B
## 3 S1
БИО3О01 | Молекуларна биологија | Molecular biology | 9 | B
БИО3О02 | Екологија | Ecology | 8 | ?B
БИО3О03 | Имунобиологија | Immunobiology | 7 | ?B
БИО3И01 | Методика наставе биологије | Biology teaching methods | 6 | O
## 3 S2
БИО3О04 | Еволуциона биологија | Evolutionary biology | 8 | B
БИО3О05 | Хумана генетика | Human genetics | 7 | B
БИО3О06 | Стручна пракса | Field practice | 5 | O
БИО3О07 | Завршни рад | Final thesis | 10 | O
"""

RS_NEGA = """
## 1 S1
ЗН1О01 | Анатомија са физиологијом | Anatomy with physiology | 10 | B
ЗН1О02 | Основи здравствене неге | Fundamentals of nursing | 8 | O
ЗН1О03 | Биохемија | Biochemistry | 6 | C
ЗН1О04 | Социологија здравља | Sociology of health | 6 | O
## 1 S2
ЗН1О05 | Микробиологија са паразитологијом | Microbiology with parasitology | 7 | ?B
ЗН1О06 | Здравствена нега 1 | Nursing care 1 | 10 | O
ЗН1О07 | Клиничка пракса 1 | Clinical nursing practice 1 | 8 | O
ЗН1О08 | Енглески језик | English language | 5 | O
## 2 S1
ЗН2О01 | Интерна медицина са негом | Internal medicine nursing | 10 | O
ЗН2О02 | Хирургија са негом | Surgical nursing | 10 | O
ЗН2О03 | Фармакологија | Pharmacology | 10 | O
## 2 S2
ЗН2О04 | Педијатрија са негом | Paediatric nursing | 10 | O
ЗН2О05 | Гинекологија и акушерство са негом | Obstetric nursing | 10 | O
ЗН2О06 | Клиничка пракса 2 | Clinical nursing practice 2 | 10 | O
## 3 S1
ЗН3О01 | Неурологија и психијатрија са негом | Neurology and psychiatry nursing | 10 | O
ЗН3О02 | Здравствена нега у заједници | Community nursing | 10 | O
ЗН3О03 | Епидемиологија | Epidemiology | 10 | O
## 3 S2
ЗН3О04 | Геријатрија са негом | Geriatric nursing | 10 | O
ЗН3О05 | Ургентна медицина | Emergency medicine | 10 | O
ЗН3О06 | Клиничка пракса 3 | Clinical nursing practice 3 | 10 | O
## 4 S1
ЗН4О01 | Менаџмент у здравственој нези | Nursing management | 10 | O
ЗН4О02 | Палијативна нега | Palliative care | 10 | O
ЗН4О03 | Истраживање у здравственој нези | Nursing research | 10 | O
## 4 S2
ЗН4О04 | Клиничка пракса 4 | Clinical nursing practice 4 | 20 | O
ЗН4О05 | Завршни рад | Final thesis | 10 | O
"""


def _cur(cid, title, field, years, table, clin=False):
    return C.Curriculum(cid, "RS", title, "bachelor", years, field, "ects", parse_local(table, SR), 10, 7,
                        clinical_training=clin)


RS_INST = [
    Institution("Универзитет у Ваљеву", "Ваљево", "Колубарски округ", "RS", "Карађорђева 41",
                ("rs_mld", "rs_bio", "rs_nega"),
                extra={"fakultet": "Медицински факултет", "en": "University of Valjevo, Faculty of Medicine",
                       "city_loc": "Ваљеву", "city_en": "Valjevo"}),
    Institution("Универзитет у Смедереву", "Смедерево", "Подунавски округ", "RS", "Булевар ослобођења 16",
                ("rs_mld", "rs_nega"),
                extra={"fakultet": "Факултет медицинских наука", "en": "University of Smederevo, Faculty of Medical Sciences",
                       "city_loc": "Смедереву", "city_en": "Smederevo"}),
    Institution("Универзитет у Зајечару", "Зајечар", "Зајечарски округ", "RS", "Николе Пашића 7",
                ("rs_mld", "rs_bio"),
                extra={"fakultet": "Медицински факултет", "en": "University of Zaječar, Faculty of Medicine",
                       "city_loc": "Зајечару", "city_en": "Zaječar"}),
]

PACK = K.CountryPack(
    code="RS", name="Serbia",
    given={"F": ["Jelena", "Milica", "Ana", "Jovana", "Marija", "Tijana", "Ivana", "Katarina", "Snežana", "Dragana"],
           "M": ["Nikola", "Stefan", "Marko", "Miloš", "Nemanja", "Luka", "Đorđe", "Aleksandar", "Vuk", "Dušan"]},
    surnames=["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović",
              "Milošević", "Stanković", "Todorović", "Kostić", "Ristić", "Lazić", "Živković", "Ljubisavljević"],
    middle={"F": [], "M": []},
    institutions=RS_INST,
    employers=[
        Employer("Општа болница Подгорина", "Ваљево", "Колубарски округ", "RS", "Синђелићева 62",
                 "+381 14 000 0211", "kadrovi@ob-podgorina.example"),
        Employer("Здравствени центар Поморавље", "Јагодина", "Поморавски округ", "RS", "Карађорђева 4",
                 "+381 35 000 0432", "pravna.sluzba@zc-pomoravlje.example"),
        Employer("Дом здравља Јабланица Север", "Лесковац", "Јабланички округ", "RS", "Светозара Марковића 116",
                 "+381 16 000 0159", "opsta.sluzba@dz-jablanica.example", "clinic"),
        Employer("Лабораторија Биомедика Плус доо", "Нови Сад", "Јужнобачки округ", "RS", "Булевар цара Лазара 88",
                 "+381 21 000 0977", "office@biomedika-plus.example", "lab"),
    ],
    signers=["др Снежана Ђурић", "Милан Стевановић, дипл. правник", "др Гордана Васић", "Јасмина Пешић"],
    curricula=[_cur("rs_mld", "Медицинска лабораторијска дијагностика", "medical_laboratory_science", 4, RS_MLD, True),
               _cur("rs_bio", "Биологија", "biology", 3, RS_BIO),
               _cur("rs_nega", "Здравствена нега", "nursing", 4, RS_NEGA)],
    mls_curriculum="rs_mld", science_curricula=["rs_bio"], nonqualifying_curricula=["rs_nega"],
    positions_mls=["лаборант", "медицински лабораторијски дијагностичар"],
    positions_science=["лаборант", "биолог у лабораторији"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(1, 240)}/{sy}",
    honours=[],
)
K.register(PACK)
add_department_phrases("RS", {
    "blood_bank": ["Служба за трансфузију крви"], "chemistry": ["Одељење медицинске биохемије"],
    "hematology": ["Хематолошка лабораторија"], "microbiology": ["Одељење микробиологије"],
    "immunology": ["Имунолошка лабораторија"], "urinalysis": ["Лабораторија за анализу урина"],
    "molecular": ["Лабораторија за молекуларну дијагностику"], "phlebotomy": ["Пункт за узимање крви"],
    "other": ["Одељење патологије"]})

WORDS = {6: "шест", 7: "седам", 8: "осам", 9: "девет", 10: "десет"}
MONTH_GEN = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
             "новембра", "децембра"]
ROK = {1: "јануарски", 2: "фебруарски", 4: "априлски", 6: "јунски", 7: "јулски", 9: "септембарски", 10: "октобарски"}
PURPOSE = ["регулисања статуса", "запошљавања", "нострификације у иностранству", "признавања стручног звања",
           "уписа на мастер студије"]


def rs_grade(r):
    return max(6, min(10, 6 + int(round((r.score - 48) * 4 / 40))))


def sem_no(t):
    return (t.year - 1) * 2 + (1 if t.key == "S1" else 2)


def rs_rows(s):
    """[(sem, r, grade, date, rok)] in semester order; exams of a winter semester fall in January,
    February or April, of a summer semester in June, July, September or October."""
    out = []
    for i, t in enumerate(s.terms):
        sem = sem_no(t)
        for j, r in enumerate(t.results):
            kk = k(s, f"e{i}.{j}")
            if t.key == "S1":
                m, y = [1, 1, 2, 4, 6, 9][kk % 6], t.start_year + 1
            else:
                m, y = [6, 6, 7, 9, 9, 10][kk % 6], t.start_year + 1
            d = dt.date(y, m, 2 + (kk >> 5) % 25)
            while d.weekday() >= 5:
                d += dt.timedelta(days=1)
            if d >= s.conferred:
                d = s.conferred - dt.timedelta(days=7 + (kk >> 9) % 20)
                while d.weekday() >= 5:
                    d -= dt.timedelta(days=1)
            out.append((sem, r, rs_grade(r), d, ROK.get(d.month, "јунски")))
    return out


def rs_date(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}."


def rs_transcript(s, person, rng):
    with cyrillic_safe():
        return _rs(s, person, rng)


def _rs(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 40, W - 40
    fem = person.sex == "F"
    nm = f"{sr_cyr(person.given)} {sr_cyr(person.surname)}"
    father = sr_cyr(["Zoran", "Dragan", "Milan", "Goran", "Slobodan", "Nenad", "Branko"][k(s, "ot") % 7])
    rows = rs_rows(s)
    xs = [L, L + 28, L + 84, L + 280, L + 306, L + 334, L + 392, L + 448, R]
    heads = ["Р.бр.", "Шифра", "Назив предмета", "Сем.", "ЕСПБ", "Оцена", "Датум", "Испитни рок"]
    out = []
    no = f"{k(s, 'del') % 9000 + 1000}/{s.conferred.year}"

    def table_head(p, y):
        p.rect(L, y, R - L, 18, 0.7, 0)
        for x in xs[1:-1]:
            p.vline(x, y, y + 18, 0.5)
        p.pieces(y + 12, [((xs[i] + xs[i + 1]) / 2, h, "center") for i, h in enumerate(heads)], FB, 8.5)
        return y + 30

    def new_page(n):
        p = Page(A4)
        if n == 1:
            p.text(L, 46, "РЕПУБЛИКА СРБИЈА", FB, 10)
            p.text(L, 59, inst.name.upper(), FB, 10)
            p.text(L, 72, inst.extra["fakultet"].upper(), FB, 10)
            p.text(L, 85, f"{inst.street}, {inst.city}", F, 9)
            p.text(L, 98, f"Број: 06-{no}", F, 9.5)
            p.text(L, 111, f"Датум: {rs_date(s.conferred + dt.timedelta(days=20 + k(s, 'dd') % 40))}", F, 9.5)
            p.text(W / 2, 146, "УВЕРЕЊЕ О ПОЛОЖЕНИМ ИСПИТИМА", FB, 14, "center")
            y = 172
            txt = (f"{'Студенткиња' if fem else 'Студент'} {nm}, име оца {father}, {'рођена' if fem else 'рођен'} "
                   f"{rs_date(s.dob)} године, број индекса {s.student_no}, {'уписана' if fem else 'уписан'} "
                   f"школске {s.admitted.year}/{s.admitted.year + 1}. године на основне академске студије — "
                   f"{cur.title}, у трајању од {cur.years} године ({cur.years * 60} ЕСПБ), "
                   f"{'положила' if fem else 'положио'} је следеће испите:")
            y = p.paragraph(L, y, txt, F, 10.5, R - L, 14) + 8
        else:
            p.pieces(40, [(L, f"{nm}, бр. индекса {s.student_no}", "left"), (R, f"Број: 06-{no}", "right")], F, 8.5)
            y = 54
        return p, table_head(p, y)

    fl = Flow(new_page, 70)
    for n, (sem, r, g, d, rok) in enumerate(rows, 1):
        title = SR[r.spec.code]
        tl = wrap(title, F, 9, xs[3] - xs[2] - 6)
        h = 11 * len(tl)
        fl.need(h + 4)
        p, y = fl.page, fl.y
        cells = [str(n) + ".", r.code, tl[0], str(sem), str(int(r.spec.credits)), f"{g} ({WORDS[g]})", rs_date(d), rok]
        p.pieces(y, [((xs[i] + xs[i + 1]) / 2 if i != 2 else xs[2] + 3, c, "center" if i != 2 else "left")
                     for i, c in enumerate(cells)], F, 9)
        for ln in tl[1:]:
            y += 11
            p.text(xs[2] + 3, y, ln, F, 9)
        fl.y = y + 5
        p.hline(L, R, fl.y - 1, 0.3, 0.4)
        fl.y += 10
        out.append(course_truth(r, f"Семестар {sem}", r.spec.credits, f"{g} ({WORDS[g]})", "ects", title=title,
                                date=rs_date(d), exam_period=rok))
    tot = int(sum(r.spec.credits for _, r, _, _, _ in rows))
    avg = r2(sum(g for _, _, g, _, _ in rows) / len(rows))
    fl.need(190)
    p, y = fl.page, fl.y + 8
    p.hline(L, R, y - 12, 0.9)
    p.pieces(y + 4, [(L, f"Укупно ЕСПБ: {tot}", "left"), (L + 170, f"Просечна оцена: {comma(avg)}", "left")], FB, 10.5)
    y += 26
    why = PURPOSE[k(s, "why") % len(PURPOSE)]
    y = p.paragraph(L, y, f"Уверење се издаје на лични захтев {'студенткиње' if fem else 'студента'} ради {why} и у "
                    f"друге сврхе се не може употребити. Уверење је ослобођено плаћања таксе.", F, 10, R - L, 13) + 50
    sign_block(p, rng, L + 90, y, "Шеф студентске службе", F, 9.5, 150)
    round_stamp(p, W / 2, y - 10, 34, 0.45)
    sign_block(p, rng, R - 90, y, "Декан", F, 9.5, 150,
               sr_cyr(["prof. dr Vesna Kovačević", "prof. dr Dragan Mitić", "prof. dr Zorica Lukić"][k(s, "dek") % 3]))
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 24, f"Страна {i} од {len(fl.pages)}", F, 8, "center")
    return LayoutResult("transcript", "rs_uverenje_ispiti", FAMILY, by_reading_order(fl.pages), [nm], out, "ects",
                        {"prints_totals": True, "average": avg, "total_espb": tot})


TRANSCRIPT_LAYOUTS = {"rs_uverenje_ispiti": (rs_transcript, FAMILY, ("RS",))}
