"""Writer K, round 5: Kazakhstan's diploma and employment reference.

`kz_diploma_trilingual_three_column`: A4 landscape, the same diploma in three columns side by side,
Kazakh | Russian | English (Қазақстан Республикасы / Республика Казахстан / Republic of Kazakhstan,
"БАКАЛАВР ДИПЛОМЫ / ДИПЛОМ БАКАЛАВРА / BACHELOR'S DIPLOMA", blank series "ЖБ-Б № 1234567", the
name in Kazakh, Russian and Latin spellings, the State Attestation Commission's decision with its
protocol, "Тіркеу нөмірі / Регистрационный номер / Registration number", the date "30.06.2021").
Reading order: each column top to bottom, left to right.

`kz_employment_reference`: "EMPLOYMENT REFERENCE" in English on a bilingual (Kazakh/Russian)
letterhead with outgoing number and date: "... works at ... as ... from 15.09.2019 to present,
full-time (1.0 rate)" (or "0.5 rate" part-time), order numbers, IIN, laboratory units."""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from .r5_k_common import FAMILY, key, round_seal, script_safe
from .r5_k_kz import PACK, PROG, kk, rus

KK_MONTHS = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі",
             "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def kz_diploma(s, person, rng):
    with script_safe("kz"):
        return _kz_diploma(s, person, rng)


def _kz_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 1.4, 0.3, double=True, corners=False)
    k = key(s, "kz-dip")
    serial = f"ЖБ-Б № {k % 9000000 + 1000000}"
    reg, prot = f"{k % 900 + 100:04d}", k % 8 + 2
    d = s.conferred
    q = PROG[cur.id]
    kk_name = (f"{kk(person.surname)}", f"{kk(person.given)} {kk(person.middle)}")
    ru_name = (f"{rus(person.surname)}", f"{rus(person.given)} {rus(person.middle)}")
    en_name = (person.surname.upper(), f"{person.given} {person.middle}")
    fem = person.sex == "F"
    cols = [
        ("Қазақстан Республикасы", inst.extra["kk"], "БАКАЛАВР ДИПЛОМЫ", kk_name,
         [f"{s.admitted.year} жылы түсіп, {d.year} жылы {inst.extra['kk']} толық оқу курсын бітірді.",
          f"Мемлекеттік аттестаттау комиссиясының {d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]} шешімімен "
          f"(№ {prot} хаттама) «{q[0]}» білім беру бағдарламасы бойынша {q[3]} дәрежесі берілді."],
         ("Тіркеу нөмірі", "Берілген күні", "Ректор", "М.О.")),
        ("Республика Казахстан", inst.extra["ru"], "ДИПЛОМ БАКАЛАВРА", ru_name,
         [f"в {s.admitted.year} году поступил{'а' if fem else ''} и в {d.year} году окончил{'а' if fem else ''} полный "
          f"курс {inst.extra['ru'].replace('НАО ', 'НАО ')}.",
          f"Решением Государственной аттестационной комиссии от {d.day} {RU_MONTHS[d.month - 1]} {d.year} года "
          f"(протокол № {prot}) присуждена степень {q[4]} по образовательной программе «{q[1]}»."],
         ("Регистрационный номер", "Дата выдачи", "Ректор", "М.П.")),
        ("Republic of Kazakhstan", inst.extra["en"], "BACHELOR'S DIPLOMA", en_name,
         [f"entered in {s.admitted.year} and in {d.year} completed the full course of study at {inst.extra['en']}.",
          f"By the decision of the State Attestation Commission of {d.day} {EN_MONTHS[d.month - 1]} {d.year} "
          f"(protocol No. {prot}) is awarded the degree of {q[5]} in the educational programme \"{q[2]}\"."],
         ("Registration number", "Date of issue", "Rector", "L.S.")),
    ]
    cw = (W - 80) / 3
    rector = rng.choice(PACK.signers)
    for i, (country, school, title, nm, body, labels) in enumerate(cols):
        x0 = 40 + i * cw
        cx = x0 + cw / 2
        if i:
            p.vline(x0, 50, H - 50, 0.3, 0.6)
        y = 64
        p.text(cx, y, country, FB, 10.5, "center"); y += 16
        for ln in wrap(school, F, 9, cw - 26):
            p.text(cx, y, ln, F, 9, "center"); y += 11.5
        y += 16
        p.text(cx, y, title, FB, 14, "center"); y += 16
        p.text(cx, y, serial, F, 9.5, "center"); y += 26
        p.text(cx, y, nm[0], FB, 13, "center"); y += 16
        p.text(cx, y, nm[1], FB, 12, "center"); y += 20
        for par in body:
            for ln in wrap(par, FI, 9, cw - 26):
                p.text(cx, y, ln, FI, 9, "center"); y += 11.5
            y += 6
        y = max(y + 14, 360)
        p.pieces(y, [(x0 + 14, labels[0], "left"), (x0 + cw - 14, reg, "right")], F, 9); y += 14
        p.pieces(y, [(x0 + 14, labels[1], "left"), (x0 + cw - 14, d.strftime("%d.%m.%Y"), "right")], F, 9); y += 38
        p.signature(x0 + 60, y - 4, 60, rng)
        p.pieces(y, [(x0 + 14, labels[2], "left"), (x0 + cw - 14, rector, "right")], F, 9); y += 18
        p.text(x0 + 14, y, labels[3], F, 8)
    round_seal(p, rng, W / 2, H - 80, 66, inst.extra["kk"].strip(" КеАҚ«»")[:40], "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ")
    return LayoutResult("diploma", "kz_diploma_trilingual_three_column", FAMILY, [p],
                        [f"{kk_name[0]} {kk_name[1]}", f"{ru_name[0]} {ru_name[1]}", f"{en_name[0]} {en_name[1]}"],
                        info={"conferred_printed": d.strftime("%d.%m.%Y")})


def kz_reference(job, person, rng, as_of):
    with script_safe("kz"):
        return _kz_reference(job, person, rng, as_of)


EMP_LOCAL = {"Pavlodar Regional Hospital named after G. Sultanov":
             ("«Г. Сұлтанов атындағы Павлодар облыстық ауруханасы» ШЖҚ КМК",
              "КГП на ПХВ «Павлодарская областная больница имени Г. Султанова»"),
             "City Multidisciplinary Hospital No. 3": ("«№ 3 қалалық көпбейінді ауруханасы» ШЖҚ МКК",
                                                       "ГКП на ПХВ «Городская многопрофильная больница № 3»"),
             "Olymp Diagnostics LLP": ("«Олимп Диагностикс» ЖШС", "ТОО «Олимп Диагностикс»"),
             "Atyrau Regional Perinatal Centre": ("«Атырау облыстық перинаталдық орталығы» ШЖҚ КМК",
                                                  "КГП на ПХВ «Атырауский областной перинатальный центр»")}


def _kz_reference(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    L, R = 56, p.w - 56
    kkn, run = EMP_LOCAL.get(emp.name, (emp.name, emp.name))
    y = 46
    p.logo(p.w / 2, y + 6, 15, 0)
    left, right = wrap(kkn, FB, 8, 210), wrap(run, FB, 8, 210)
    for i in range(max(len(left), len(right))):
        p.pieces(y + 10 * i, [(L, left[i] if i < len(left) else "", "left"),
                              (R, right[i] if i < len(right) else "", "right")], FB, 8)
    y += 34
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}, Republic of Kazakhstan, tel. {emp.phone}, e-mail: {emp.email}", F, 7.5,
           "center")
    p.hline(L, R, y + 5, 1.2); p.hline(L, R, y + 7.5, 0.4)
    y += 30
    out_no = f"No. 02-14/{rng.randint(100, 999)}"
    p.pieces(y, [(L, out_no, "left"), (R, f"dated {job.letter_date.strftime('%d.%m.%Y')}", "right")], F, 10); y += 44
    p.text(p.w / 2, y, "EMPLOYMENT REFERENCE", FB, 14, "center"); y += 34
    sn = job.surname_override or person.surname
    nm = f"{sn} {person.given} {person.middle}"
    iin = s_yymmdd(job, person, rng)
    works = "works" if job.end is None else "worked"
    period = (f"from {job.start.strftime('%d.%m.%Y')} to present" if job.end is None else
              f"from {job.start.strftime('%d.%m.%Y')} to {job.end.strftime('%d.%m.%Y')}")
    unit = "the clinical diagnostic laboratory" + (f" ({', '.join(job.departments)})" if job.departments and
                                                   job.position != "Staff Nurse" else "")
    if job.position == "Staff Nurse":
        unit = " and ".join(job.departments)
    if job.hours >= 35:
        rate = rng.choice(["full-time (1.0 rate)", "full-time (1.0 rate), 40 hours per week"])
        facts = (40 if "40 hours" in rate else None, True, False)
    else:
        r_ = {16: "0.4", 20: "0.5", 24: "0.6"}.get(job.hours, "0.5")
        rate = f"part-time ({r_} rate, {job.hours} hours per week)"
        facts = (job.hours, False, True)
    k = rng.randint(100, 400)
    pars = [f"This reference is given to {nm} (IIN {iin}) confirming that {person.pronoun('subj')} really {works} at "
            f"{emp.name} in the position of {job.position} of {unit} {period}, {rate}.",
            f"Basis: order on employment No. {k}-LS dated {job.start.strftime('%d.%m.%Y')}"
            + (f"; order on dismissal No. {k + 61}-LS dated {job.end.strftime('%d.%m.%Y')}." if job.end else "."),
            "The reference is issued for submission at the place of request."]
    for par in pars:
        for ln in wrap(par, F, 11, R - L):
            p.text(L, y, ln, F, 11); y += 16
        y += 10
    y += 40
    p.signature(L + 200, y - 6, 90, rng)
    p.pieces(y, [(L, "Head of the HR Department", "left"), (R, job.signer, "right")], F, 11); y += 30
    p.pieces(y, [(L, "Executor:", "left"), (L + 70, f"{rng.choice(['A. Nurlanova', 'D. Seitova', 'Zh. Amanova'])}, "
                                                   f"tel. {emp.phone}", "left")], F, 8)
    round_seal(p, rng, L + 330, y - 40, 64, run.split("«")[-1].rstrip("»")[:38], "ОТДЕЛ КАДРОВ")
    return LayoutResult("employment_letter", "kz_employment_reference", FAMILY, [p], [nm],
                        info={"date_style": "dmy_dot", "hours_facts": facts})


def s_yymmdd(job, person, rng):
    """Individual identification number: birth date yymmdd, a sex/century digit, five digits."""
    yy = rng.randint(90, 99)
    return f"{yy:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{4 if person.sex == 'F' else 3}{rng.randint(0, 99999):05d}"


DIPLOMA_LAYOUTS = {"kz_diploma_trilingual_three_column": (kz_diploma, FAMILY, ("KZ",))}
LETTER_LAYOUTS = {"kz_employment_reference": (kz_reference, FAMILY, ("KZ",))}
