"""Writer K, round 5: Russia's diploma and employment record.

`ru_diploma_two_column_notarised`: the "ДИПЛОМ БАКАЛАВРА" insert on an A4 landscape sheet, left
half the issuing data (Российская Федерация, university, city, blank number, "Регистрационный
номер", "Дата выдачи"), right half the award ("Настоящий диплом свидетельствует о том, что ...
освоил(а) программу бакалавриата по направлению подготовки ... Решением Государственной
экзаменационной комиссии присвоена квалификация БАКАЛАВР, Протокол № 7 от 25 июня 2020 года"),
followed by its notarised English translation ("BACHELOR'S DIPLOMA ... The decision of the State
Examination Commission dated June 25, 2020 (Protocol No. 7) ... Registration number 0123, Date of
issue July 3, 2020"). The SEC decision date is the conferral.

`ru_work_book_extract`: "ВЫПИСКА ИЗ ТРУДОВОЙ КНИЖКИ", the table `№ записи | Дата (число | месяц |
год) | Сведения о приеме на работу, переводе на другую постоянную работу, квалификации, увольнении
... | Наименование, дата и номер документа, на основании которого внесена запись` with the date
split over three columns under a two-line header, the employer's name as a heading row, entries
"Принята на должность ... в ...", transfers between laboratory units, a dismissal under article 77
of the Labour Code; part-time as "на 0,5 ставки"; then its English translation on page 2."""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from .r5_k_common import FAMILY, key, round_seal, script_safe, stamp
from .r5_k_ru import EMP_RU, PACK, QUAL, SIGNERS_RU, RU_DEPT_EN, cyr, issue_date, reg_numbers, ru_date

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def en_date(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def ru_diploma(s, person, rng):
    with script_safe("ru"):
        return _ru_diploma(s, person, rng)


def _ru_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    regno, dipno, _, prot = reg_numbers(s)
    issue = issue_date(s)
    q_ru, q_en = QUAL.get(cur.id, (cur.title, cur.title))
    sn, gn, pn = cyr(person.surname), cyr(person.given), cyr(person.middle)
    fem = person.sex == "F"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.rect(18, 18, W - 36, H - 36, 1.2, 0.35)
    p.vline(W / 2, 30, H - 30, 0.3, 0.6)
    cx = W / 4
    y = 80
    p.text(cx, y, "РОССИЙСКАЯ ФЕДЕРАЦИЯ", FB, 12, "center"); y += 26
    for ln in wrap(inst.extra["ru"], F, 10, W / 2 - 90):
        p.text(cx, y, ln, F, 10, "center"); y += 13
    y += 4
    p.text(cx, y, f"г. {inst.extra['city_ru']}", F, 10, "center"); y += 40
    p.text(cx, y, "ДИПЛОМ", FB, 26, "center"); y += 22
    p.text(cx, y, "БАКАЛАВРА", FB, 15, "center"); y += 28
    p.text(cx, y, dipno, FB, 13, "center"); y += 18
    p.text(cx, y, "ДОКУМЕНТ ОБ ОБРАЗОВАНИИ И О КВАЛИФИКАЦИИ", F, 8, "center"); y += 40
    p.text(cx, y, "Регистрационный номер", F, 9.5, "center"); y += 14
    p.text(cx, y, regno, FB, 11, "center"); y += 24
    p.text(cx, y, "Дата выдачи", F, 9.5, "center"); y += 14
    p.text(cx, y, ru_date(issue), FB, 11, "center")
    cx2 = W * 3 / 4
    y = 90
    p.text(cx2, y, "Настоящий диплом свидетельствует о том, что", FI, 11, "center"); y += 30
    p.text(cx2, y, sn, FB, 17, "center"); y += 21
    p.text(cx2, y, f"{gn} {pn}", FB, 17, "center"); y += 30
    p.text(cx2, y, f"освоил{'а' if fem else ''} программу бакалавриата", FI, 11, "center"); y += 15
    p.text(cx2, y, "по направлению подготовки", FI, 11, "center"); y += 19
    p.text(cx2, y, q_ru, FB, 13, "center"); y += 22
    p.text(cx2, y, f"и успешно прош{'ла' if fem else 'ел'} государственную итоговую аттестацию", FI, 11, "center"); y += 30
    p.text(cx2, y, "Решением Государственной экзаменационной комиссии", FI, 11, "center"); y += 15
    p.text(cx2, y, "присвоена квалификация", FI, 11, "center"); y += 22
    p.text(cx2, y, "БАКАЛАВР", FB, 16, "center"); y += 24
    p.text(cx2, y, f"Протокол № {prot} от {ru_date(s.conferred)}", F, 10.5, "center"); y += 44
    chair, rect = rng.sample(PACK.signers, 2)
    for role, nm in (("Председатель Государственной экзаменационной комиссии", chair),
                     ("Руководитель образовательной организации", rect)):
        lines = wrap(role, F, 9.5, 150)
        p.signature(cx2 - 10, y + 2, 70, rng)
        p.pieces(y, [(W / 2 + 40, lines[0], "left"), (W - 50, SIGNERS_RU[nm], "right")], F, 9.5)
        for ln in lines[1:]:
            y += 12
            p.text(W / 2 + 40, y, ln, F, 9.5)
        y += 40
    round_seal(p, rng, W / 2 + 215, y - 12, 62, inst.extra["short"][:44], "", ("М.П.",), ink=(60, 60, 150))
    # --- translation
    q = Page(A4)
    L, R = 60, A4[0] - 60
    y = 50
    q.text(R, y, "Translation from Russian into English", FI, 9, "right"); y += 34
    q.text(q.w / 2, y, "RUSSIAN FEDERATION", FB, 12, "center"); y += 18
    for ln in wrap(f"Federal State Budgetary Educational Institution of Higher Education \"{inst.name}\"",
                   F, 10.5, R - L - 40):
        q.text(q.w / 2, y, ln, F, 10.5, "center"); y += 13
    q.text(q.w / 2, y, inst.city, F, 10.5, "center"); y += 30
    q.text(q.w / 2, y, "BACHELOR'S DIPLOMA", FB, 16, "center"); y += 18
    q.text(q.w / 2, y, f"No. {dipno}", F, 10.5, "center"); y += 14
    q.text(q.w / 2, y, "Document on education and qualification", FI, 9, "center"); y += 30
    pron = "she" if fem else "he"
    body = [f"This diploma certifies that {person.surname} {person.given} {person.middle} has mastered the bachelor's "
            f"programme in the field of study {q_en} and has successfully passed the state final attestation.",
            f"The decision of the State Examination Commission dated {en_date(s.conferred)} (Protocol No. {prot}) "
            f"awarded {'her' if fem else 'him'} the qualification Bachelor in the field of study {q_en}.",
            f"Registration number {regno}", f"Date of issue {en_date(issue)}",
            f"Chairman of the State Examination Commission /signature/ {chair}",
            f"Head of the educational organisation /signature/ {rect}", "Seal: /round seal of the university/"]
    for par in body:
        y = q.paragraph(L, y, par, F, 11, R - L, 15) + 7
    y += 10
    tr = rng.choice(["Marina S. Korneeva", "Andrey V. Lapin", "Yulia O. Dementieva"])
    notary = rng.choice(["Galina P. Ostrovskaya", "Vladimir I. Sukhanov", "Larisa N. Orekhova"])
    y = q.paragraph(L, y, f"The translation from Russian into English was made by translator {tr}.", FI, 10, R - L, 13)
    y += 20
    q.signature(L + 150, y - 4, 70, rng)
    q.pieces(y, [(L, "Translator", "left"), (R, tr, "right")], F, 10); y += 26
    nd = issue + dt.timedelta(days=rng.randint(30, 900))
    y = q.paragraph(L, y, f"City of {inst.city}, {en_date(nd)}. I, {notary}, notary of the notarial district of "
                    f"the city of {inst.city}, certify the authenticity of the signature of translator {tr}, made in "
                    f"my presence. The identity of the translator has been established and {pron} legal capacity "
                    "verified.", F, 9.5, R - L, 12.5)
    y += 6
    k = key(s, "ru-notary")
    q.text(L, y, f"Registered under No. 63/{k % 200 + 10}-n/63-{nd.year}-{k % 7 + 1}-{k % 900 + 100}", F, 9.5); y += 13
    q.text(L, y, "State duty collected (by tariff): 100 roubles", F, 9.5); y += 28
    stamp(q, L, y, ["НОТАРИУС", notary.upper()], size=7)
    round_seal(q, rng, R - 80, y + 14, 62, "НОТАРИУС", "РОССИЙСКАЯ ФЕДЕРАЦИЯ", ink=(90, 40, 120))
    q.signature(R - 200, y + 24, 60, rng)
    return LayoutResult("diploma", "ru_diploma_two_column_notarised", FAMILY, [p, q],
                        [f"{sn} {gn} {pn}", f"{person.surname} {person.given} {person.middle}"],
                        info={"conferred_printed": ru_date(s.conferred), "issued_printed": ru_date(issue)})


POS_RU = {"Medical Laboratory Technician": "медицинского лабораторного техника",
          "Medical Technologist": "медицинского технолога", "Laboratory Assistant": "лаборанта",
          "Biologist": "биолога", "Laboratory Aide": "санитара клинико-диагностической лаборатории",
          "Staff Nurse": "медицинской сестры палатной"}
WARD_RU = {"Medical-Surgical Ward": "хирургическое отделение", "Emergency Room": "приемное отделение",
           "Pediatric Ward": "педиатрическое отделение", "Operating Room": "операционный блок"}
LAB_RU, LAB_EN = "клинико-диагностическую лабораторию", "the Clinical Diagnostic Laboratory"
LAB_GEN = "клинико-диагностической лаборатории"


def _unit(d):
    return (WARD_RU.get(d, d), d if d in WARD_RU else RU_DEPT_EN.get(d, d))


def ru_work_book(job, person, rng, as_of):
    with script_safe("ru"):
        return _ru_work_book(job, person, rng, as_of)


def _ru_work_book(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    sn = job.surname_override or person.surname
    name_ru = f"{cyr(sn)} {cyr(person.given)} {cyr(person.middle)}"
    name_en = f"{sn} {person.given} {person.middle}"
    pos_ru = POS_RU.get(job.position, "медицинского лабораторного техника")
    rate = {16: "0,4", 20: "0,5", 24: "0,6"}.get(job.hours) if job.hours < 35 else None
    units = [_unit(d) for d in job.departments] or [(None, None)]
    ward = job.position == "Staff Nurse"
    span = ((job.end or as_of) - job.start).days
    entries = []      # (date, ru, en, basis_ru, basis_en)
    k = rng.randint(40, 300)

    def order(d, n, suffix):
        return (f"Приказ от {d.strftime('%d.%m.%Y')} № {n}-{suffix}", f"Order of {d.strftime('%d.%m.%Y')} No. {n}-{suffix}")

    u_ru, u_en = units[0]
    place_ru = (f"в {u_ru}" if ward else f"в {u_ru} {LAB_GEN}" if u_ru else f"в {LAB_RU}")
    place_en = (f"to the {u_en}" if ward else f"to the {u_en} of {LAB_EN}" if u_en else f"to {LAB_EN}")
    ru = f"Принят{'а' if fem else ''} {place_ru} на должность {pos_ru}" + (f" на {rate} ставки" if rate else "")
    en = f"Hired {place_en} as {job.position}" + (f" at {rate.replace(',', '.')} of the full-time rate (part-time)"
                                                  if rate else "")
    entries.append((job.start, ru, en) + order(job.start, k, "к"))
    for i, (u_ru, u_en) in enumerate(units[1:], 1):
        d = job.start + dt.timedelta(days=span * i // len(units))
        ru = f"Переведен{'а' if fem else ''} в {u_ru} {LAB_GEN} на должность {pos_ru}"
        entries.append((d, ru, f"Transferred to the {u_en} of {LAB_EN} as {job.position}") + order(d, k + 17 * i, "к"))
    if job.end:
        entries.append((job.end, "Трудовой договор расторгнут по инициативе работника, пункт 3 части первой статьи 77 "
                        "Трудового кодекса Российской Федерации",
                        "Employment contract terminated at the employee's initiative, clause 3 of part one of "
                        "Article 77 of the Labour Code of the Russian Federation") + order(job.end, k + 90, "лс"))
    first_no = rng.randint(3, 9)
    key_num = rng.randint(1000000, 9999999)
    pages = []
    for lang in ("ru", "en"):
        p = Page(A4)
        L, R = 40, p.w - 40
        y = 50
        if lang == "en":
            p.text(R, 34, "Translation from Russian into English", FI, 8.5, "right")
        p.text(p.w / 2, y, EMP_RU[emp.name] if lang == "ru" else emp.name, FB, 11, "center"); y += 13
        p.text(p.w / 2, y, f"{emp.street}, {emp.city}, {emp.phone}, {emp.email}", F, 8.5, "center"); y += 30
        p.text(p.w / 2, y, "ВЫПИСКА ИЗ ТРУДОВОЙ КНИЖКИ" if lang == "ru" else "EXTRACT FROM THE WORK RECORD BOOK",
               FB, 13, "center"); y += 22
        p.text(L, y, (f"Фамилия, имя, отчество: {name_ru}" if lang == "ru" else f"Surname, name, patronymic: {name_en}"),
               F, 10); y += 14
        p.text(L, y, (f"Трудовая книжка ТК-IV № {key_num}" if lang == "ru" else f"Work record book TK-IV No. {key_num}"),
               F, 10); y += 18
        xs = [L, L + 34, L + 62, L + 90, L + 124, R - 120, R]
        top = y
        p.hline(L, R, top, 0.8)
        if lang == "ru":
            hdr = ["№", "записи"], ["Дата"], ["Сведения о приеме на работу, переводе на другую", "постоянную работу, квалификации, увольнении", "(с указанием причин и ссылкой на статью,", "пункт закона)"], ["Наименование, дата и", "номер документа, на", "основании которого", "внесена запись"]
            sub = ["число", "месяц", "год"]
        else:
            hdr = ["Entry", "No."], ["Date"], ["Information on hiring, transfer to another", "permanent job, qualification, dismissal", "(with reasons and reference to the article,", "clause of the law)"], ["Title, date and number", "of the document on the", "basis of which the", "entry was made"]
            sub = ["day", "month", "year"]
        for k in range(4):
            items = []
            for (x1, x2), h in zip(((xs[0], xs[1]), (xs[1], xs[4]), (xs[4], xs[5]), (xs[5], xs[6])), hdr):
                if k < len(h):
                    items.append(((x1 + x2) / 2, h[k], "center"))
            if k == 2:
                items += [((xs[i] + xs[i + 1]) / 2, sub[i - 1], "center") for i in (1, 2, 3)]
                items.sort(key=lambda t: t[0])
            p.pieces(top + 10 + 9 * k, items, FB, 7.2)
        p.hline(xs[1], xs[4], top + 13, 0.4)
        bot = top + 10 + 9 * 3 + 5
        p.hline(L, R, bot, 0.8)
        y = bot + 12
        p.pieces(y, [(xs[4] + 4, EMP_RU[emp.name] if lang == "ru" else emp.name, "left")], FB, 8.5)
        y += 14
        for i, (d, ru, en, b_ru, b_en) in enumerate(entries):
            txt = wrap(ru if lang == "ru" else en, F, 8.5, xs[5] - xs[4] - 8)
            bas = wrap(b_ru if lang == "ru" else b_en, F, 8.5, xs[6] - xs[5] - 8)
            n = max(len(txt), len(bas))
            p.pieces(y, [((xs[0] + xs[1]) / 2, str(first_no + i), "center"), ((xs[1] + xs[2]) / 2, f"{d.day:02d}", "center"),
                         ((xs[2] + xs[3]) / 2, f"{d.month:02d}", "center"), ((xs[3] + xs[4]) / 2, str(d.year), "center"),
                         (xs[4] + 4, txt[0], "left"), (xs[5] + 4, bas[0], "left")], F, 8.5)
            for j in range(1, n):
                y += 10.5
                p.pieces(y, [(xs[4] + 4, txt[j] if j < len(txt) else "", "left"),
                             (xs[5] + 4, bas[j] if j < len(bas) else "", "left")], F, 8.5)
            y += 6
            p.hline(L, R, y, 0.3)
            y += 11
        for x in xs:
            p.vline(x, top if x in (xs[0], xs[1], xs[4], xs[5], xs[6]) else top + 13, y - 11, 0.5)
        y += 12
        if not job.end:
            p.text(L, y, ("Работает по настоящее время." if lang == "ru" else "Is currently employed."), FI, 10); y += 16
        p.text(L, y, "Выписка верна." if lang == "ru" else "The extract is correct.", F, 10); y += 40
        role = ("Начальник отдела кадров" if lang == "ru" else "Head of the Human Resources Department")
        p.signature(L + 200, y - 6, 80, rng)
        p.pieces(y, [(L, role, "left"), (R, SIGNERS_RU.get(job.signer, job.signer) if lang == "ru" else job.signer, "right")], F, 10); y += 16
        p.text(L, y, job.letter_date.strftime("%d.%m.%Y"), F, 10); y += 10
        if lang == "ru":
            round_seal(p, rng, L + 330, y - 4, 66, EMP_RU[emp.name].split("«")[-1].rstrip("»")[:40], "ОТДЕЛ КАДРОВ",
                       ink=(50, 60, 140))
        else:
            y += 14
            p.text(L, y, "Seal: /round seal of the Human Resources Department/", FI, 9.5); y += 30
            tr = rng.choice(["Marina S. Korneeva", "Andrey V. Lapin", "Yulia O. Dementieva"])
            y = p.paragraph(L, y, f"The translation from Russian into English was made by translator {tr}. The "
                            "authenticity of the translator's signature is certified by notary.", FI, 9.5, R - L, 12.5)
            y += 16
            p.signature(L + 70, y - 4, 60, rng)
            p.pieces(y, [(L, "Translator", "left"), (R, tr, "right")], F, 10)
        pages.append(p)
    facts = (job.hours, False, True) if rate else (None, False, False)
    return LayoutResult("employment_letter", "ru_work_book_extract", FAMILY, pages, [name_ru, name_en],
                        info={"date_style": "dmy_split_columns", "hours_facts": facts,
                              "rate_printed": rate})


DIPLOMA_LAYOUTS = {"ru_diploma_two_column_notarised": (ru_diploma, FAMILY, ("RU",))}
LETTER_LAYOUTS = {"ru_work_book_extract": (ru_work_book, FAMILY, ("RU",))}
