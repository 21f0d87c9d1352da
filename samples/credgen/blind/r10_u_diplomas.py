"""Writer U, round 10: diplomas for KG, YE, LA (u_bilingual_degree) and PY, NA (u_titulo_congregation).

u_bilingual_degree: KG "ДИПЛОМ БАКАЛАВРА" (Kyrgyz and Russian side: "КЫРГЫЗ РЕСПУБЛИКАСЫ", the
    series "BD № 123456", "решением Государственной аттестационной комиссии от 28 июня 2019 года
    ... присвоена академическая степень бакалавра по направлению ...") with its NOTARISED English
    translation as page 2 ("BACHELOR'S DIPLOMA ... is awarded the academic degree of Bachelor in
    Laboratory Diagnostics ... Registration No. ... Bishkek, 28 June 2019", the translator's
    certificate and the notary's stamp); YE landscape, Arabic (pictures) on the right half and the
    English on the left ("BACHELOR'S DEGREE CERTIFICATE ... has been awarded the degree of Bachelor of
    Medical Laboratory Sciences with the general grade Very Good ... Sana'a, 14 Shawwal 1440 H /
    17 June 2019", the grade from the transcript); LA Lao lines (pictures) over each English line.
u_titulo_congregation: PY "TÍTULO DE LICENCIADO EN BIOQUÍMICA ... otorga el presente título ...
    Asunción, a los veintidós días del mes de diciembre del año dos mil diecinueve" with the back page
    "Registrado en el Ministerio de Educación y Ciencias bajo el N° ... Folio ..."; NA "BE IT KNOWN
    THAT ... having fulfilled all the requirements ... was admitted to the degree of ... at a
    congregation held on the 6th day of April 2019".
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page
from .r10_u_common import (EN_MONTHS, cwrap, FAMILY, by_reading_order, cyrillic_safe, dry_seal, k, round_stamp, sign_block,
                           star_seal)
from .r10_u_kg import RU_EN, en_name, ru_name

RU_CITY = {"Bishkek": "Бишкек", "Karakol": "Каракол", "Naryn": "Нарын"}
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
KG_EN_DEG = {"kg_mls": "Bachelor in Laboratory Diagnostics", "kg_bio": "Bachelor of Biology",
             "kg_nur": "Bachelor of Nursing"}


def u_bilingual_degree(s, person, rng):
    return _FNS_A[s.institution.country](s, person, rng)


def _kg(s, person, rng):
    with cyrillic_safe():
        inst, cur = s.institution, s.curriculum
        T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
        d = s.conferred
        series = f"BD № {k(s, 'ser') % 900000 + 100000:06d}"
        reg = k(s, "reg") % 9000 + 1000
        rn, en = ru_name(person), en_name(person)
        cur_ru, cur_en = RU_EN["curriculum"][cur.id]
        p = Page(LANDSCAPE_A4)
        p.border(22, 2.2, 0.35)
        W = p.w
        p.vline(W / 2, 40, p.h - 40, 0.5, 0.5)
        # left half: Kyrgyz
        star_seal(p, W / 4, 70, 24, 0.3, points=8)
        p.text(W / 4, 118, "КЫРГЫЗ РЕСПУБЛИКАСЫ", TB, 12, "center")
        p.text(W / 4, 160, "БАКАЛАВРДЫН ДИПЛОМУ", TB, 17, "center")
        p.text(W / 4, 180, series, TB, 11, "center")
        p.text(W / 4, 220, rn, TB, 12, "center")
        cwrap(p, W / 4, 240, f"{d.year}-жылы {inst.extra['ru']} аяктады", T, 10, W / 2 - 90, 13)
        cwrap(p, W / 4, 290, f"«{cur_ru}» багыты боюнча бакалавр академиялык даражасы ыйгарылды", T, 10, W / 2 - 90,
                       13)
        # right half: Russian
        star_seal(p, 3 * W / 4, 70, 24, 0.3, points=8)
        p.text(3 * W / 4, 118, "КЫРГЫЗСКАЯ РЕСПУБЛИКА", TB, 12, "center")
        p.text(3 * W / 4, 160, "ДИПЛОМ БАКАЛАВРА", TB, 17, "center")
        p.text(3 * W / 4, 180, series, TB, 11, "center")
        p.text(3 * W / 4, 214, "Настоящий диплом выдан", TI, 10, "center")
        p.text(3 * W / 4, 232, rn, TB, 12, "center")
        y = cwrap(p, 3 * W / 4, 252, f"в том, что {'она' if person.sex == 'F' else 'он'} в {s.admitted.year} году "
                           f"{'поступила' if person.sex == 'F' else 'поступил'} и в {d.year} году "
                           f"{'окончила' if person.sex == 'F' else 'окончил'} {inst.extra['ru']}", T, 10, W / 2 - 90, 13)
        y = cwrap(p, 3 * W / 4, y + 4, f"Решением Государственной аттестационной комиссии от {d.day} "
                           f"{RU_MONTHS[d.month - 1]} {d.year} года {'ей' if person.sex == 'F' else 'ему'} присвоена "
                           f"академическая степень бакалавра по направлению «{cur_ru}»", T, 10, W / 2 - 90, 13)
        yb = p.h - 90
        p.text(W / 2 + 40, yb, "Председатель ГАК", T, 9)
        p.signature(W / 2 + 140, yb - 10, 70, rng)
        p.text(W / 2 + 40, yb + 20, "Ректор", T, 9)
        p.signature(W / 2 + 140, yb + 10, 70, rng)
        p.text(W - 160, yb + 20, inst.extra["rector"], T, 9)
        p.text(W / 2 + 40, yb + 40, f"Регистрационный № {reg}, г. {RU_CITY.get(inst.city, inst.city)}, "
               f"{d.strftime('%d.%m.%Y')}", T, 8.5)
        round_stamp(p, W / 2 + 70, yb - 10, 28, 0.45)
        # page 2: notarised translation
        q = Page(A4)
        L, R = 70, q.w - 70
        q.text(q.w / 2, 60, "Translation from Russian into English", TI, 9, "center")
        q.text(q.w / 2, 96, "KYRGYZ REPUBLIC", TB, 12, "center")
        q.text(q.w / 2, 124, "BACHELOR'S DIPLOMA", TB, 15, "center")
        q.text(q.w / 2, 142, series.replace("№", "No."), TB, 11, "center")
        body = (f"This diploma is issued to {en} certifying that {'she' if person.sex == 'F' else 'he'} entered "
                f"{inst.name} in {s.admitted.year} and graduated from it in {d.year}. By the decision of the State "
                f"Attestation Commission of {d.day} {EN_MONTHS[d.month - 1]} {d.year} "
                f"{'she' if person.sex == 'F' else 'he'} is awarded the academic degree of {KG_EN_DEG[cur.id]} "
                f"(field of study: {cur_en}).")
        y = q.paragraph(L, 180, body, T, 11.5, R - L, 18) + 20
        q.text(L, y, "Chairperson of the State Attestation Commission /signature/", T, 10.5); y += 16
        q.text(L, y, f"Rector /signature/ {_lat(inst.extra['rector'])}", T, 10.5); y += 16
        q.text(L, y, "Seal: /round seal of the academy/", TI, 10); y += 22
        q.text(L, y, f"Registration No. {reg}", T, 10.5); y += 16
        q.text(L, y, f"{inst.city}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}", T, 10.5); y += 40
        q.hline(L, R, y, 0.5); y += 18
        y = q.paragraph(L, y, "I, the translator Sadykova Meerim, certify that this translation from Russian into English "
                        "is true and correct to the best of my knowledge.", TI, 9.5, R - L, 13) + 10
        q.paragraph(L, y, f"Bishkek, {_later(d, k(s, 'nt'))}. Registered in the register under No. "
                    f"{k(s, 'ntn') % 900 + 100}. Notary of Bishkek notarial district.", T, 9.5, R - L, 13)
        sign_block(q, rng, R - 90, y + 80, "Notary", TB, 9, 140)
        round_stamp(q, R - 200, y + 66, 32, 0.45)
    return LayoutResult("diploma", "u_bilingual_degree", FAMILY, by_reading_order([p, q]), [rn, en],
                        info={"conferred_printed": d.strftime("%d.%m.%Y")})


def _lat(s):
    tr = dict(zip("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЫЭЮЯабвгдежзийклмнопрстуфхцчшыэюяёъьөүң",
                  ["A", "B", "V", "G", "D", "E", "Zh", "Z", "I", "I", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U",
                   "F", "Kh", "Ts", "Ch", "Sh", "Y", "E", "Yu", "Ya", "a", "b", "v", "g", "d", "e", "zh", "z", "i",
                   "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "y", "e",
                   "yu", "ya", "yo", "", "", "o", "u", "ng"]))
    return "".join(tr.get(c, c) for c in s)


def _later(d, salt):
    import datetime as dt
    x = d + dt.timedelta(days=200 + salt % 600)
    return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"


def _ye(s, person, rng):
    from .r10_u_ye import word, ye_rows
    from .r10_u_common import arabic, hijri_words
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    d = s.conferred
    _, _, cavg = ye_rows(s)
    g = word(cavg)
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.4, 0.3)
    W = p.w
    L, M, R = 60, W / 2, W - 60
    p.vline(M, 150, p.h - 120, 0.4, 0.6)
    star_seal(p, M, 64, 28, 0.3, points=12)
    p.text(L, 52, "Republic of Yemen", TB, 11)
    p.text(L, 66, "Ministry of Higher Education and Scientific Research", T, 9.5)
    p.text(L, 80, inst.name, TB, 11)
    p.text(L, 93, inst.extra["fac"], TI, 9.5)
    arabic(p, R, 52, "الجمهورية اليمنية", 12, bold=True, align="right")
    arabic(p, R, 68, "وزارة التعليم العالي والبحث العلمي", 10, align="right")
    arabic(p, R, 84, inst.extra["ar"], 11, bold=True, align="right")
    arabic(p, R, 99, inst.extra["far"], 10, align="right")
    p.text((L + M) / 2, 135, "BACHELOR'S DEGREE CERTIFICATE", TB, 15, "center")
    arabic(p, (M + R) / 2, 135, "شهادة بكالوريوس", 15, bold=True)
    body = (f"The Council of {inst.name} certifies that {nm}, of Yemeni nationality, born on "
            f"{s.dob.strftime('%d/%m/%Y')}, having completed the requirements of the programme of study at the "
            f"{inst.extra['fac']}, has been awarded the degree of {cur.title} with the general grade {g} "
            f"({cavg:.2f}%) in the academic year {d.year - 1}/{d.year}.")
    y = p.paragraph(L, 175, body, T, 11.5, M - L - 24, 18) + 12
    p.text(L, y, f"Issued in {inst.city}, {hijri_words(d)} / {d.day} {EN_MONTHS[d.month - 1]} {d.year}", TI, 10.5)
    ya = 175
    for ln in ("يشهد مجلس الجامعة بأن الطالب المذكور", "قد أكمل متطلبات البرنامج الدراسي", "ومنح درجة البكالوريوس",
               "في علوم المختبرات الطبية" if cur.id == "ye_mls" else "في التخصص المذكور", "بتقدير عام"):
        arabic(p, R, ya, ln, 12, align="right")
        ya += 22
    yb = p.h - 70
    p.text(L, yb + 14, f"Reg. No. {k(s, 'yr') % 90000 + 10000}", T, 9)
    sign_block(p, rng, W * 0.3, yb, "Dean of the Faculty", TB, 10, 150)
    sign_block(p, rng, W * 0.7, yb, "President of the University", TB, 10, 170)
    round_stamp(p, W / 2, yb - 20, 30, 0.45)
    return LayoutResult("diploma", "u_bilingual_degree", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", "class_printed": g})


def _la(s, person, rng):
    from .r10_u_common import lao
    from .r10_u_la import la_rows
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    d = s.conferred
    _, _, gpa = la_rows(s)
    nm = f"{'Ms.' if person.sex == 'F' else 'Mr.'} {person.given} {person.surname.upper()}"
    seed = k(s, "lad")
    p = Page(LANDSCAPE_A4)
    p.border(22, 2.4, 0.3)
    W = p.w
    lao(p, W / 2, 50, 14, 11, seed, "center", bold=True)
    p.text(W / 2, 64, "LAO PEOPLE'S DEMOCRATIC REPUBLIC", TB, 11, "center")
    lao(p, W / 2, 78, 16, 9, seed + 1, "center")
    p.text(W / 2, 90, "Peace Independence Democracy Unity Prosperity", TI, 9.5, "center")
    star_seal(p, 100, 80, 28, 0.3, points=16)
    y = 124
    lao(p, W / 2, y, 12, 12, seed + 2, "center", bold=True); y += 18
    p.text(W / 2, y, inst.name.upper(), TB, 15, "center"); y += 30
    lao(p, W / 2, y, 8, 16, seed + 3, "center", bold=True); y += 22
    p.text(W / 2, y, "BACHELOR'S DEGREE", TB, 20, "center"); y += 28
    lao(p, W / 2, y, 20, 10, seed + 4, "center"); y += 14
    p.text(W / 2, y, "This is to certify that", TI, 12, "center"); y += 24
    p.text(W / 2, y, nm, TB, 17, "center"); y += 22
    p.text(W / 2, y, f"born on {s.dob.strftime('%d/%m/%Y')}", T, 11.5, "center"); y += 18
    lao(p, W / 2, y, 26, 10, seed + 5, "center"); y += 14
    y = cwrap(p, W / 2, y, f"has completed the programme of study at the {inst.extra['fac']} and is awarded the degree of",
              TI, 12, W - 200, 16)
    p.text(W / 2, y + 6, cur.title.upper(), TB, 15, "center"); y += 28
    p.text(W / 2, y, f"Academic years {s.admitted.year}-{d.year} — GPA {gpa:.2f}", T, 11, "center")
    yb = p.h - 70
    p.text(90, yb - 6, f"{inst.city}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}", T, 10.5)
    p.text(90, yb + 10, f"Registration No. {k(s, 'lar') % 9000 + 1000}/{d.year}", T, 9.5)
    lao(p, W - 190, yb - 34, 10, 9, seed + 6, "center")
    sign_block(p, rng, W - 190, yb, "President of the University", TB, 10, 180)
    round_stamp(p, W - 290, yb - 18, 30, 0.45)
    return LayoutResult("diploma", "u_bilingual_degree", FAMILY, by_reading_order([p]),
                        [f"{person.given} {person.surname.upper()}"],
                        info={"conferred_printed": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"})


_FNS_A = {"KG": _kg, "YE": _ye, "LA": _la}
def _es_date_words(d):
    from .r10_u_common import ES_MONTHS, ES_UNITS, es_year
    dia = "al primer día" if d.day == 1 else f"a los {ES_UNITS[d.day]} días"
    return f"{dia} del mes de {ES_MONTHS[d.month - 1]} del año {es_year(d.year)}"


PY_TIT = {"py_bq": ("LICENCIADO EN BIOQUÍMICA", "LICENCIADA EN BIOQUÍMICA"),
          "py_bio": ("LICENCIADO EN CIENCIAS BIOLÓGICAS", "LICENCIADA EN CIENCIAS BIOLÓGICAS"),
          "py_enf": ("LICENCIADO EN ENFERMERÍA", "LICENCIADA EN ENFERMERÍA")}


def _py(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    d = s.conferred
    nm = f"{person.given} {person.surname}"
    tit = PY_TIT[cur.id][person.sex == "F"]
    p = Page(LANDSCAPE_A4)
    p.border(22, 2.6, 0.3)
    W = p.w
    star_seal(p, W / 2, 66, 26, 0.3, points=16)
    y = 116
    p.text(W / 2, y, "REPÚBLICA DEL PARAGUAY", TB, 12, "center"); y += 22
    p.text(W / 2, y, inst.name.upper(), TB, 17, "center"); y += 18
    p.text(W / 2, y, inst.extra["fac"], TI, 12, "center"); y += 30
    y = cwrap(p, W / 2, y, f"Por cuanto {'la señorita' if person.sex == 'F' else 'el señor'}", TI, 12, W - 200, 16)
    p.text(W / 2, y + 6, nm.upper(), TB, 19, "center"); y += 30
    y = cwrap(p, W / 2, y, f"con Cédula de Identidad N° {s.student_no}, ha cumplido con todos los requisitos exigidos por "
              "los planes de estudio y las disposiciones reglamentarias vigentes, la Universidad le otorga el presente "
              "título de", T, 12, W - 200, 16) + 6
    p.text(W / 2, y + 6, tit, TB, 18, "center"); y += 34
    y = cwrap(p, W / 2, y, "con todos los derechos y prerrogativas que las leyes le confieren.", T, 12, W - 200, 16)
    p.text(W / 2, y + 6, f"Dado en la ciudad de {inst.city}, {_es_date_words(d)}.", TI, 12, "center")
    yb = p.h - 64
    sign_block(p, rng, W * 0.22, yb, "Secretario General", TB, 10, 150)
    sign_block(p, rng, W / 2, yb, "Decano", TB, 10, 150)
    sign_block(p, rng, W * 0.78, yb, "Rector", TB, 10, 150)
    dry_seal(p, W * 0.64, yb - 20, 30)
    q = Page(LANDSCAPE_A4)
    q.rect(80, 80, 330, 150, 0.9, 0.2)
    mec = k(s, "mecn") % 90000 + 10000
    for m, t in enumerate(("MINISTERIO DE EDUCACIÓN Y CIENCIAS", "Dirección General de Universidades",
                           f"Registrado en el Ministerio de Educación y Ciencias bajo el N° {mec}",
                           f"Folio {k(s, 'fol') % 400 + 1} — Libro {k(s, 'lib') % 40 + 1}",
                           f"Asunción, {(d + dt.timedelta(days=40 + k(s, 'mecd') % 60)).strftime('%d/%m/%Y')}")):
        q.text(245, 104 + 22 * m, t, TB if m < 2 else T, 9.5 if m < 2 else 9, "center")
    q.signature(200, 200, 90, rng)
    round_stamp(q, 360, 190, 26, 0.45)
    q.rect(450, 80, 320, 110, 0.9, 0.2)
    q.text(610, 104, "UNIVERSIDAD — SECRETARÍA GENERAL", TB, 9.5, "center")
    q.text(610, 126, f"Registrado en el Libro de Títulos N° {k(s, 'lt') % 20 + 1}, Folio {k(s, 'lf') % 300 + 1},", T, 9,
           "center")
    q.text(610, 142, f"bajo el N° {k(s, 'ln') % 9000 + 1000}.", T, 9, "center")
    q.signature(570, 160, 80, rng)
    return LayoutResult("diploma", "u_titulo_congregation", FAMILY, by_reading_order([p, q]), [nm.upper()],
                        info={"conferred_printed": _es_date_words(d)})


def _na(s, person, rng):
    from .r10_u_common import ordinal_en
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    d = s.conferred
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    p = Page(A4)
    p.border(24, 2.2, 0.3)
    W = p.w
    star_seal(p, W / 2, 100, 36, 0.3, points=10)
    y = 176
    p.text(W / 2, y, inst.name.upper(), TB, 18, "center"); y += 46
    p.text(W / 2, y, "BE IT KNOWN THAT", TI, 13, "center"); y += 34
    p.text(W / 2, y, nm, TB, 20, "center"); y += 34
    y = cwrap(p, W / 2, y, "having fulfilled all the requirements prescribed by the Senate of the University", TI, 13,
              W - 160, 18) + 8
    p.text(W / 2, y, "was admitted to the degree of", TI, 13, "center"); y += 34
    y = cwrap(p, W / 2, y, cur.title.upper(), TB, 15, W - 140, 20) + 14
    y = cwrap(p, W / 2, y, f"at a congregation held on the {ordinal_en(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}",
              TI, 13, W - 160, 18)
    yb = p.h - 110
    sign_block(p, rng, W * 0.28, yb, "Vice-Chancellor", TB, 10.5, 150)
    sign_block(p, rng, W * 0.72, yb, "Registrar", TB, 10.5, 150)
    dry_seal(p, W / 2, yb - 10, 34)
    p.text(70, p.h - 50, f"Certificate No. {k(s, 'nac') % 900000 + 100000}", T, 8.5)
    return LayoutResult("diploma", "u_titulo_congregation", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{ordinal_en(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}"})


_FNS_B = {"PY": _py, "NA": _na}


def u_titulo_congregation(s, person, rng):
    return _FNS_B[s.institution.country](s, person, rng)


DIPLOMA_LAYOUTS = {"u_bilingual_degree": (u_bilingual_degree, FAMILY, ("KG", "YE", "LA")),
                   "u_titulo_congregation": (u_titulo_congregation, FAMILY, ("PY", "NA"))}
