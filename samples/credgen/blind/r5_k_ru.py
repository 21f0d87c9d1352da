"""Writer K, round 5: Russia. Country pack (bachelor "Лабораторная диагностика", 4 years, 240 з.е.;
"Биология"; "Сестринское дело") and the transcript: the official "ПРИЛОЖЕНИЕ К ДИПЛОМУ" in Russian
only (sections 1-4 in prose, the table `Наименование дисциплин (модулей), практик | Общая
трудоемкость | Оценка` with "4 з.е." and grade words, group rows "Дисциплины (модули)",
"Практики", "Государственная итоговая аттестация" carrying their sum and "x" for the grade,
"Объем образовательной программы 240 з.е.", then "Факультативные дисциплины" outside the total;
no codes, no terms), FOLLOWED IN THE SAME PDF by its notarised English translation as a plain
table ("credit units", "excellent"), the translator's note and the notary's certificate in
Russian with its English rendering. The truth counts each course once: the English title as
`title`, the Russian as `title_local`. 1 з.е. (зачетная единица = 36 academic hours) is taken as
1 ECTS credit (system `ects`, x 1/2 SH): the Russian credit unit was modelled on ECTS and 60 з.е.
make a year, as 60 ECTS do."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r5_k_common import (FAMILY, RU_MONTHS_GEN, add_department_phrases, course_truth, key, parse, round_seal,
                          script_safe, stamp)
from .r5_k_ru_curricula import RU_BIO, RU_LAB, RU_NURS

LOCAL = {}


def _cur(cid, title, field, table, clin=False):
    LOCAL[cid] = {}
    c = C.Curriculum(cid, "RU", title, "bachelor", 4, field, "ects", parse(table, LOCAL[cid]), 9, 6,
                     clinical_training=clin)
    tot = sum(x.credits for t in c.terms for x in t.courses if not x.code.startswith("F"))
    assert tot == 240, (cid, tot)
    return c


CYR = {"Anna": "Анна", "Elena": "Елена", "Olga": "Ольга", "Yulia": "Юлия", "Ekaterina": "Екатерина",
       "Natalia": "Наталья", "Svetlana": "Светлана", "Marina": "Марина", "Daria": "Дарья", "Ksenia": "Ксения",
       "Alexey": "Алексей", "Dmitry": "Дмитрий", "Sergey": "Сергей", "Andrey": "Андрей", "Ivan": "Иван",
       "Maxim": "Максим", "Pavel": "Павел", "Nikolay": "Николай", "Artem": "Артём",
       "Sergeevna": "Сергеевна", "Aleksandrovna": "Александровна", "Vladimirovna": "Владимировна",
       "Igorevna": "Игоревна", "Nikolaevna": "Николаевна", "Sergeevich": "Сергеевич",
       "Aleksandrovich": "Александрович", "Vladimirovich": "Владимирович", "Igorevich": "Игоревич",
       "Nikolaevich": "Николаевич", "Chernykh": "Черных", "Sedykh": "Седых", "Belykh": "Белых",
       "Dolgikh": "Долгих", "Kovalenko": "Коваленко", "Litvinenko": "Литвиненко", "Shevchuk": "Шевчук",
       "Moroz": "Мороз", "Zhuk": "Жук", "Kravets": "Кравец", "Gladkikh": "Гладких", "Makarenko": "Макаренко"}

SIGNERS_RU = {"Irina V. Zaitseva": "И.В. Зайцева", "Oleg N. Smirnov": "О.Н. Смирнов",
              "Tatiana P. Volkova": "Т.П. Волкова", "Viktor A. Frolov": "В.А. Фролов"}

INSTS = [
    Institution("Volga Regional Medical University", "Samara", "Samara Oblast", "RU", "ul. Chapaevskaya, 112",
                ("ru_labdiag", "ru_nurs"),
                extra={"ru": "федеральное государственное бюджетное образовательное учреждение высшего образования "
                             "«Приволжский региональный медицинский университет» Министерства здравоохранения "
                             "Российской Федерации", "short": "Приволжский региональный медицинский университет",
                       "city_ru": "Самара"}),
    Institution("Ural State University of Medical and Biological Sciences", "Yekaterinburg", "Sverdlovsk Oblast",
                "RU", "ul. Repina, 41", ("ru_labdiag", "ru_bio"),
                extra={"ru": "федеральное государственное бюджетное образовательное учреждение высшего образования "
                             "«Уральский государственный университет медико-биологических наук»",
                       "short": "Уральский государственный университет медико-биологических наук",
                       "city_ru": "Екатеринбург"}),
    Institution("Siberian State Medical and Pharmaceutical University", "Tomsk", "Tomsk Oblast", "RU",
                "prosp. Lenina, 57", ("ru_labdiag", "ru_bio", "ru_nurs"),
                extra={"ru": "федеральное государственное бюджетное образовательное учреждение высшего образования "
                             "«Сибирский государственный медико-фармацевтический университет» Министерства "
                             "здравоохранения Российской Федерации",
                       "short": "Сибирский государственный медико-фармацевтический университет",
                       "city_ru": "Томск"}),
]
EMPS = [
    Employer("Samara City Clinical Hospital No. 4", "Samara", "Samara Oblast", "RU", "ul. Tashkentskaya, 159",
             "+7 846 555-01-42", "ok@gkb4-samara.example"),
    Employer("Yekaterinburg Regional Clinical Diagnostic Centre", "Yekaterinburg", "Sverdlovsk Oblast", "RU",
             "ul. Volgogradskaya, 185", "+7 343 555-01-77", "kadry@okdc-ekb.example"),
    Employer("Tomsk Regional Perinatal Centre", "Tomsk", "Tomsk Oblast", "RU", "ul. Ivana Chernykh, 96",
             "+7 3822 555-018", "hr@perinat-tomsk.example"),
    Employer("LabTest-Sibir Medical Laboratory LLC", "Novosibirsk", "Novosibirsk Oblast", "RU",
             "Krasny prosp., 220", "+7 383 555-01-63", "personal@labtest-sib.example", "lab"),
]
EMP_RU = {"Samara City Clinical Hospital No. 4": "ГБУЗ СО «Самарская городская клиническая больница № 4»",
          "Yekaterinburg Regional Clinical Diagnostic Centre": "ГАУЗ СО «Свердловский областной клинико-диагностический центр»",
          "Tomsk Regional Perinatal Centre": "ОГАУЗ «Томский областной перинатальный центр»",
          "LabTest-Sibir Medical Laboratory LLC": "ООО «Медицинская лаборатория ЛабТест-Сибирь»"}

PACK = K.CountryPack(
    code="RU", name="Russia",
    given={"F": ["Anna", "Elena", "Olga", "Yulia", "Ekaterina", "Natalia", "Svetlana", "Marina", "Daria", "Ksenia"],
           "M": ["Alexey", "Dmitry", "Sergey", "Andrey", "Ivan", "Maxim", "Pavel", "Nikolay", "Artem"]},
    # surnames that do not change with sex (Siberian -ykh/-ikh, Ukrainian-origin), so a woman's is the same
    surnames=["Chernykh", "Sedykh", "Belykh", "Dolgikh", "Kovalenko", "Litvinenko", "Shevchuk", "Moroz", "Zhuk",
              "Kravets", "Gladkikh", "Makarenko"],
    middle={"F": ["Sergeevna", "Aleksandrovna", "Vladimirovna", "Igorevna", "Nikolaevna"],
            "M": ["Sergeevich", "Aleksandrovich", "Vladimirovich", "Igorevich", "Nikolaevich"]},
    institutions=INSTS, employers=EMPS,
    signers=list(SIGNERS_RU),
    curricula=[_cur("ru_labdiag", "Bachelor in Laboratory Diagnostics", "medical_laboratory_science", RU_LAB, True),
               _cur("ru_bio", "Bachelor in Biology", "biology", RU_BIO),
               _cur("ru_nurs", "Bachelor in Nursing", "nursing", RU_NURS)],
    mls_curriculum="ru_labdiag", science_curricula=["ru_bio"], nonqualifying_curricula=["ru_nurs"],
    positions_mls=["Medical Laboratory Technician", "Medical Technologist"],
    positions_science=["Laboratory Assistant", "Biologist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(1000, 9999)}",
)
K.register(PACK)
# Russian names of laboratory units, as the work record book writes them (English in RU_DEPT_EN)
add_department_phrases("RU", {
    "blood_bank": ["отделение переливания крови"], "chemistry": ["отдел биохимических исследований"],
    "hematology": ["отдел гематологических исследований"], "microbiology": ["бактериологическая лаборатория"],
    "immunology": ["отдел иммунологических исследований"], "urinalysis": ["отдел общеклинических исследований"],
    "molecular": ["лаборатория ПЦР-диагностики"], "phlebotomy": ["процедурный кабинет"],
    "other": ["цитологическая лаборатория"]})
RU_DEPT_EN = {"отделение переливания крови": "Blood Transfusion Department",
              "отдел биохимических исследований": "Biochemical Investigations Unit",
              "отдел гематологических исследований": "Haematological Investigations Unit",
              "бактериологическая лаборатория": "Bacteriological Laboratory",
              "отдел иммунологических исследований": "Immunological Investigations Unit",
              "отдел общеклинических исследований": "General Clinical Investigations Unit",
              "лаборатория ПЦР-диагностики": "PCR Diagnostics Laboratory", "процедурный кабинет": "Treatment Room",
              "цитологическая лаборатория": "Cytological Laboratory"}

QUAL = {"ru_labdiag": ("31.03.04 Лабораторная диагностика", "31.03.04 Laboratory Diagnostics"),
        "ru_bio": ("06.03.01 Биология", "06.03.01 Biology"),
        "ru_nurs": ("34.03.01 Сестринское дело", "34.03.01 Nursing")}
GRADE_EN = {"отлично": "excellent", "хорошо": "good", "удовлетворительно": "satisfactory", "зачтено": "passed"}


def cyr(name):
    return CYR.get(name, name)


def ru_date(d):
    return f"{d.day:02d} {RU_MONTHS_GEN[d.month - 1]} {d.year} года"


def ru_grade(r):
    if r.spec.code.endswith("z"):
        return "зачтено"
    return "отлично" if r.score >= 78 else "хорошо" if r.score >= 63 else "удовлетворительно"


def ze(x, en=False):
    n = int(x)
    if en:
        return f"{n} credit unit" + ("" if n == 1 else "s")
    return f"{n} з.е."


def reg_numbers(s):
    """Registration number, supplement/diploma blank numbers, SEC protocol: fixed by the student."""
    k = int(s.student_no[-4:])
    return (f"{k % 9000 + 100:04d}", f"10{(k * 7) % 90 + 10:02d}18 {(k * 37) % 900000 + 100000:07d}",
            f"10{(k * 7) % 90 + 10:02d}24 {(k * 53) % 900000 + 100000:07d}", k % 9 + 3)


def issue_date(s):
    """Diploma and supplement are issued some days after the State Examination Commission's decision."""
    return s.conferred + dt.timedelta(days=5 + key(s, "ru-issue") % 8)


def _sections(s):
    secs = {"D": [], "P": [], "G": [], "F": []}
    for t in s.terms:
        for r in t.results:
            secs[r.spec.code[0]].append(r)
    return secs


def ru_transcript(s, person, rng):
    with script_safe("ru"):
        return _ru_transcript(s, person, rng)


def _ru_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 50, A4[0] - 45
    sn, gn, pn = cyr(person.surname), cyr(person.given), cyr(person.middle)
    regno, dipno, supno, prot = reg_numbers(s)
    issue = issue_date(s)
    qual_ru, qual_en = QUAL.get(cur.id, (cur.title, cur.title))
    secs = _sections(s)
    x_ze, x_gr = R - 165, R - 70
    out = []

    def new_page_ru(n):
        p = Page(A4)
        if n > 1:
            p.pieces(34, [(L, f"{sn} {gn} {pn}", "left"), (R, f"Приложение № {supno}, лист {n}", "right")], F, 8)
        return p, 60

    fl = Flow(new_page_ru, 60)
    p = fl.page
    y = 60
    p.text(p.w / 2, y, "РОССИЙСКАЯ ФЕДЕРАЦИЯ", FB, 11, "center"); y += 16
    for ln in wrap(inst.extra["ru"], F, 9.5, R - L - 40):
        p.text(p.w / 2, y, ln, F, 9.5, "center"); y += 12
    p.text(p.w / 2, y, f"г. {inst.extra['city_ru']}", F, 9.5, "center"); y += 24
    p.text(p.w / 2, y, "ПРИЛОЖЕНИЕ К ДИПЛОМУ", FB, 15, "center"); y += 17
    p.text(p.w / 2, y, "БАКАЛАВРА", FB, 12, "center"); y += 15
    p.text(p.w / 2, y, supno, FB, 11, "center"); y += 12
    p.text(p.w / 2, y, "(без диплома недействительно)", FI, 8.5, "center"); y += 18
    p.pieces(y, [(L, "Регистрационный номер", "left"), (L + 150, regno, "left"),
                 (R - 150, "Дата выдачи", "left"), (R, issue.strftime("%d.%m.%Y"), "right")], F, 9.5); y += 22
    fl.y = y

    def head(t):
        fl.need(34)
        fl.y += 4
        fl.page.text(L, fl.y, t, FB, 10); fl.y += 15

    def kv(k, v, indent=8):
        lines = wrap(f"{k}: {v}", F, 9.5, R - L - indent)
        for ln in lines:
            fl.need(12)
            fl.page.text(L + indent, fl.y, ln, F, 9.5); fl.y += 12.5

    head("1. СВЕДЕНИЯ О ЛИЧНОСТИ ОБЛАДАТЕЛЯ ДИПЛОМА")
    kv("Фамилия", sn); kv("Имя", gn); kv("Отчество", pn)
    kv("Дата рождения", s.dob.strftime("%d.%m.%Y"))
    kv("Предыдущий документ об образовании", f"Аттестат о среднем общем образовании, {s.admitted.year} год")
    head("2. СВЕДЕНИЯ О КВАЛИФИКАЦИИ")
    kv("Решением Государственной экзаменационной комиссии присвоена квалификация", "Бакалавр")
    kv("Направление подготовки", qual_ru)
    kv("Срок освоения программы бакалавриата в очной форме обучения", "4 года")
    head("3. СВЕДЕНИЯ О СОДЕРЖАНИИ И РЕЗУЛЬТАТАХ ОСВОЕНИЯ ПРОГРАММЫ БАКАЛАВРИАТА")

    def table_head(en=False):
        fl.need(60)
        pg, top = fl.page, fl.y
        pg.hline(L, R, top, 0.8)
        if en:
            pg.pieces(top + 11, [(L + 4, "Name of disciplines (modules), practical training", "left"),
                                 ((x_ze + x_gr) / 2 - 10, "Total workload", "center"),
                                 ((x_gr + R) / 2, "Grade", "center")], FB, 8.5)
            bot = top + 17
        else:
            pg.pieces(top + 11, [(L + 4, "Наименование дисциплин (модулей), практик,", "left"),
                                 ((x_ze + x_gr) / 2 - 10, "Общая", "center"), ((x_gr + R) / 2, "Оценка", "center")],
                      FB, 8.5)
            pg.pieces(top + 21, [(L + 4, "государственной итоговой аттестации", "left"),
                                 ((x_ze + x_gr) / 2 - 10, "трудоемкость", "center")], FB, 8.5)
            bot = top + 27
        pg.hline(L, R, bot, 0.6)
        fl.y = bot + 11
        return top

    def rows(items, en):
        """items: (title, workload, grade, bold)"""
        top = table_head(en)
        for title, wl, gr, bold in items:
            f = FB if bold else F
            lines = wrap(title, f, 9, x_ze - L - 24)
            if fl.y + 11.5 * len(lines) > fl.page.h - fl.bottom_margin:
                fl.page.vline(x_ze - 14, top, fl.y - 8, 0.4); fl.page.vline(x_gr - 8, top, fl.y - 8, 0.4)
                fl.page.hline(L, R, fl.y - 8, 0.6)
                fl.break_page()
                top = table_head(en)
            fl.page.pieces(fl.y, [(L + (4 if bold else 12), lines[0], "left", f, 9),
                                  ((x_ze + x_gr) / 2 - 10, wl, "center", f, 9), ((x_gr + R) / 2, gr, "center", f, 9)],
                           F, 9)
            for ln in lines[1:]:
                fl.y += 11
                fl.page.text(L + (4 if bold else 12) + 6, fl.y, ln, f, 9)
            fl.y += 12.5
        fl.page.vline(x_ze - 14, top, fl.y - 8, 0.4); fl.page.vline(x_gr - 8, top, fl.y - 8, 0.4)
        fl.page.hline(L, R, fl.y - 8, 0.6)
        fl.y += 6

    def items(en):
        tl = (lambda r: r.spec.title) if en else (lambda r: LOCAL[cur.id][r.spec.code])
        gr = (lambda r: GRADE_EN[ru_grade(r)]) if en else ru_grade
        names = (["Disciplines (modules)", "including:", "Practical training", "including:",
                  "State final attestation", "including:", "Total volume of the educational programme",
                  "including the volume of contact work of students with teachers:", "Optional disciplines"] if en else
                 ["Дисциплины (модули)", "в том числе:", "Практики", "в том числе:",
                  "Государственная итоговая аттестация", "в том числе:", "Объем образовательной программы",
                  "в том числе объем работы обучающихся во взаимодействии с преподавателем:",
                  "Факультативные дисциплины"])
        it = []
        for k, (sec, _) in enumerate((("D", 0), ("P", 2), ("G", 4))):
            tot = int(sum(r.spec.credits for r in secs[sec]))
            it.append((names[2 * k], ze(tot, en), "x", True))
            it.append((names[2 * k + 1], "", "", False))
            it += [(tl(r), ze(r.spec.credits, en), gr(r) if r.spec.credits or sec != "D" else gr(r), False)
                   for r in secs[sec]]
        tot = int(sum(r.spec.credits for k in "DPG" for r in secs[k]))
        it.append((names[6], ze(tot, en), "x", True))
        hrs = int(tot * 36 * 0.4)
        it.append((names[7], f"{hrs} hours" if en else f"{hrs} час.", "x", False))
        if secs["F"]:
            it.append((names[8], "", "", True))
            it += [(tl(r), ze(r.spec.credits, en), gr(r), False) for r in secs["F"]]
        return it

    rows(items(False), False)
    head("4. ДОПОЛНИТЕЛЬНЫЕ СВЕДЕНИЯ")
    kv("Форма обучения", "очная")
    kv("Направленность (профиль) образовательной программы", "Клиническая лабораторная диагностика"
       if cur.id == "ru_labdiag" else "общий профиль")
    kv("Год поступления", str(s.admitted.year))
    kv("Год окончания", str(s.conferred.year))
    fl.need(90)
    fl.y += 30
    p = fl.page
    p.signature(L + 200, fl.y - 8, 90, rng)
    rect, sec_ = rng.sample(PACK.signers, 2)
    p.pieces(fl.y, [(L, "Ректор", "left"), (R, SIGNERS_RU[rect], "right")], F, 9.5); fl.y += 34
    p.signature(L + 200, fl.y - 8, 90, rng)
    p.pieces(fl.y, [(L, "Секретарь", "left"), (R, SIGNERS_RU[sec_], "right")], F, 9.5)
    round_seal(p, rng, L + 330, fl.y - 20, 70, inst.extra["short"][:44], "для документов", ink=(60, 60, 150))
    fl.y += 20
    n_ru = len(fl.pages)

    # --- the notarised English translation -------------------------------------------------
    def new_page_en(n):
        p = Page(A4)
        p.text(R, 30, f"Translation from Russian into English, page {n - n_ru}", FI, 8, "right")
        return p, 56

    fl.new_page = new_page_en
    fl.break_page()
    p = fl.page
    y = fl.y
    for ln, f, sz in (("RUSSIAN FEDERATION", FB, 11), (f"Federal State Budgetary Educational Institution of Higher "
                                                      f"Education \"{inst.name}\"", F, 9.5),
                      (f"{inst.city}", F, 9.5)):
        for w_ in wrap(ln, f, sz, R - L - 40):
            p.text(p.w / 2, y, w_, f, sz, "center"); y += 13
    y += 8
    p.text(p.w / 2, y, "SUPPLEMENT TO BACHELOR'S DIPLOMA", FB, 13, "center"); y += 15
    p.text(p.w / 2, y, f"{supno} (not valid without the diploma)", F, 9, "center"); y += 18
    fl.y = y
    kv("Registration number", regno)
    kv("Date of issue", issue.strftime("%d.%m.%Y"))
    head("1. INFORMATION ON THE HOLDER OF THE DIPLOMA")
    kv("Surname", person.surname); kv("Name", person.given); kv("Patronymic", person.middle)
    kv("Date of birth", s.dob.strftime("%d.%m.%Y"))
    kv("Previous document on education", f"Certificate of secondary general education, {s.admitted.year}")
    head("2. INFORMATION ON THE QUALIFICATION")
    kv("By the decision of the State Examination Commission the qualification awarded", "Bachelor")
    kv("Field of study", qual_en)
    kv("Duration of the bachelor's programme in full-time study", "4 years")
    head("3. INFORMATION ON THE CONTENT AND RESULTS OF THE PROGRAMME")
    rows(items(True), True)
    for r in (r for k in "DPGF" for r in secs[k]):
        out.append(course_truth(r, None, r.spec.credits, ru_grade(r), "ects", code=None,
                                title_local=LOCAL[cur.id][r.spec.code], grade_en=GRADE_EN[ru_grade(r)],
                                section={"D": "disciplines", "P": "practice", "G": "state_final_attestation",
                                         "F": "optional"}[r.spec.code[0]]))
    head("4. ADDITIONAL INFORMATION")
    kv("Mode of study", "full-time")
    kv("Year of admission", str(s.admitted.year)); kv("Year of completion", str(s.conferred.year))
    kv("Rector", f"/signature/ {rect}"); kv("Secretary", f"/signature/ {sec_}")
    kv("Seal", f"/seal/ {inst.name}")
    tr_name = rng.choice(["Marina S. Korneeva", "Andrey V. Lapin", "Yulia O. Dementieva"])
    notary = rng.choice(["Galina P. Ostrovskaya", "Vladimir I. Sukhanov", "Larisa N. Orekhova"])
    tr_ru = {"Marina S. Korneeva": "Корнеева Марина Сергеевна", "Andrey V. Lapin": "Лапин Андрей Викторович",
             "Yulia O. Dementieva": "Дементьева Юлия Олеговна"}[tr_name]
    no_ru = {"Galina P. Ostrovskaya": "Островская Галина Петровна", "Vladimir I. Sukhanov": "Суханов Владимир Иванович",
             "Larisa N. Orekhova": "Орехова Лариса Николаевна"}[notary]
    fl.y += 8
    kv("The translation from Russian into English was made by translator", tr_name, 0)
    fl.need(250)
    fl.y += 30
    p = fl.page
    p.pieces(fl.y, [(L, "Translator:", "left"), (L + 200, f"{tr_name} / Переводчик: {tr_ru}", "left")], F, 9.5)
    p.signature(L + 80, fl.y - 6, 80, rng)
    fl.y += 24
    nd = s.conferred.replace(year=s.conferred.year + rng.randint(0, 4)) if s.conferred.month != 2 else s.conferred
    city = inst.extra["city_ru"]
    txt_ru = (f"Российская Федерация. Город {city}. {ru_date(nd)}. Я, {no_ru}, нотариус нотариального округа "
              f"город {city}, свидетельствую подлинность подписи, сделанной переводчиком {tr_ru} в моем присутствии. "
              f"Личность переводчика установлена, дееспособность и его квалификация проверены.")
    txt_en = (f"Russian Federation. City of {inst.city}. {nd.strftime('%d.%m.%Y')}. I, {notary}, notary of the "
              f"notarial district of the city of {inst.city}, certify the authenticity of the signature of translator "
              f"{tr_name}, made in my presence, and certify the translation. The identity, legal capacity and "
              f"qualification of the translator have been verified.")
    for t_ in (txt_ru, txt_en):
        for ln in wrap(t_, F, 9, R - L):
            fl.need(12)
            fl.page.text(L, fl.y, ln, F, 9); fl.y += 12
        fl.y += 6
    k = int(s.student_no[-3:])
    kv("Зарегистрировано в реестре", f"№ 63/{k % 200 + 10}-н/63-{nd.year}-{k % 7 + 1}-{k + 100}", 0)
    kv("Взыскано государственной пошлины (по тарифу)", "100 руб. 00 коп.", 0)
    fl.need(70)
    fl.y += 12
    p = fl.page
    stamp(p, L, fl.y, ["НОТАРИУС", no_ru.upper()], size=7)
    round_seal(p, rng, R - 120, fl.y + 16, 66, f"НОТАРИУС {no_ru.split()[0].upper()}", "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
               ink=(90, 40, 120))
    p.signature(R - 60, fl.y + 34, 50, rng)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 28, f"{i}", F, 8, "center")
    return LayoutResult("transcript", "ru_diploma_supplement_notarised", FAMILY, fl.pages,
                        [f"{sn}, {gn} {pn}", f"{sn} {gn} {pn}", f"{person.surname}, {person.given} {person.middle}"], out, "ects",
                        {"prints_totals": True, "issued_printed": issue.strftime("%d.%m.%Y")})


TRANSCRIPT_LAYOUTS = {"ru_diploma_supplement_notarised": (ru_transcript, FAMILY, ("RU",))}
