"""Writer Y, round 12: diplomas for HU, BG (y_oklevel_diploma), PS, LS (y_certificate_parchment) and UY
(y_titulo_uy).

y_oklevel_diploma: HU "OKLEVÉL" in Hungarian ("KOVÁCS Anna részére, aki 1996. március 14-én Szegeden
    született, ... alapképzési szakon ... szakképzettséget szerzett", the classification from the
    transcript's grades, "Kelt: Szeged, 2019. június 28.", rector and dean, "Törzskönyvi szám"); one
    holder in two also has the university's bilingual Hungarian/English diploma supplement page
    (section 1-4 items, each Hungarian label over its English one). BG "ДИПЛОМА за висше образование"
    in Cyrillic ("Серия МУ-2019 № 004512", specialty, professional bachelor, the average of the
    academic record in words and digits, "Дата на издаване: 12.09.2019 г."), followed in the same PDF
    by a sworn translator's English translation page ("Translation from Bulgarian", the translator's
    certification at the bottom).
y_certificate_parchment: PS bilingual bachelor certificate, English with the Arabic lines drawn as
    pictures (university, the certifying sentence, degree, grade), the conferral date and "Grade: Very
    Good" (the transcript's cumulative average); LS parchment "This is to certify that ... having
    satisfied the requirements ... was awarded the DIPLOMA IN MEDICAL LABORATORY SCIENCES with Merit at
    a graduation ceremony held on 21st November 2017" (the transcript's award class).
y_titulo_uy: UY "Título de Licenciada en Laboratorio Clínico", landscape: "Expedido en Montevideo, a los 14
    días del mes de diciembre de 2018", "Registrado bajo el N° ...", rector and dean.
"""

from ..dates import ordinal_dmy
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page
from .r4_h_common import cyrillic_safe
from .r12_y_common import (ES_MONTHS, FAMILY, arabic_line, bg_fix, bg_grade_avg_word, bg_name_cyr,
                           by_reading_order, comma, cwrap, dry_seal, hu_date, hu_date_long, hu_name, hu_suffix_on, k,
                           r2, round_stamp, sign_block, star_seal, watermark_crest)

# --- Hungary -------------------------------------------------------------------------------------
HU_SZAK = {"hu_mls": ("orvosi laboratóriumi és képalkotó diagnosztikai analitikus alapképzési szakon",
                      "orvosi laboratóriumi és képalkotó diagnosztikai analitikus (orvosi laboratóriumi diagnosztikai "
                      "analitikus szakirány)", "Medical Diagnostic Laboratory and Imaging Analyst",
                      "Bachelor of Science in Biomedical Laboratory and Imaging Diagnostics"),
           "hu_bio": ("biológia alapképzési szakon", "biológus", "Biologist", "Bachelor of Science in Biology"),
           "hu_nur": ("ápolás és betegellátás alapképzési szakon", "ápoló", "Nurse",
                      "Bachelor of Science in Nursing and Patient Care")}


def hu_class(s):
    from .r12_y_hu import hu_rows
    ws = wc = 0
    for t, rs in hu_rows(s):
        for r, g, d, failed in rs:
            if g is not None and not failed:
                ws += g * r.spec.credits
                wc += r.spec.credits
    a = ws / wc
    return ("kiváló" if a >= 4.81 else "jeles" if a >= 4.51 else "jó" if a >= 3.51 else "közepes" if a >= 2.51
            else "elégséges"), a


def _hu(s, person, rng):
    from .r12_y_hu import birth_city
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = hu_name(person)
    szak, kep, kep_en, deg_en = HU_SZAK[cur.id]
    fac = inst.extra["ttk"] if cur.id == "hu_bio" else inst.extra["etk"]
    born, born_in = birth_city(s)
    cls, avg = hu_class(s)
    reg = f"{k(s, 'tsz') % 90000 + 10000}/{s.conferred.year}"
    p = Page(A4)
    W = p.w
    p.border(28, 1.4, 0.35)
    watermark_crest(p, W / 2, 430, 150)
    p.logo(W / 2, 96, 24, 1, 0.3)
    y = 156
    p.text(W / 2, y, inst.name.upper(), TB, 15, "center")
    y += 17
    p.text(W / 2, y, fac, TI, 11.5, "center")
    y += 58
    p.text(W / 2, y, "OKLEVÉL", TB, 30, "center")
    y += 50
    p.text(W / 2, y, nm, TB, 17, "center")
    y += 16
    p.text(W / 2, y, "részére,", TI, 12, "center")
    y += 26
    body = (f"aki {hu_suffix_on(s.dob)} {born_in} született, a(z) {inst.name} {fac} {szak} folytatott "
            f"tanulmányait befejezte, a záróvizsgát letette, és {kep} szakképzettséget szerzett.")
    y = cwrap(p, W / 2, y, body, T, 12.5, W - 150, 18) + 10
    y = cwrap(p, W / 2, y, "Képzési szint: alapképzés (BSc). Az oklevél minősítése: " + cls + ".", T, 12.5,
              W - 150, 18) + 10
    y = cwrap(p, W / 2, y, "Az oklevél a szakképzettség gyakorlására jogosít.", TI, 11.5, W - 150, 16) + 22
    p.text(W / 2, y, f"Kelt: {inst.extra['city']}, {hu_date_long(s.conferred)}", T, 12, "center")
    yb = p.h - 130
    sign_block(p, rng, W * 0.28, yb, inst.extra["dean"], TB, 10, 160, "dékán")
    sign_block(p, rng, W * 0.72, yb, inst.extra["rector"], TB, 10, 160, "rektor")
    dry_seal(p, W / 2, yb - 10, 32)
    p.text(62, p.h - 56, f"Törzskönyvi szám: {reg}", T, 9)
    p.text(p.w - 62, p.h - 56, f"Oklevél sorszáma: {k(s, 'sor') % 900000 + 100000}", T, 9, "right")
    pages = [p]
    names = [nm]
    if k(s, "sup") % 2 == 0:
        q = Page(A4)
        F, FB = "Helvetica", "Helvetica-Bold"
        L = 52
        q.text(q.w / 2, 50, "OKLEVÉLMELLÉKLET / DIPLOMA SUPPLEMENT", FB, 12, "center")
        q.text(q.w / 2, 64, inst.name, F, 9.5, "center")
        yy = 92
        items = [
            ("1.1 Családi név(ek) / Family name(s)", person.surname.upper()),
            ("1.2 Utónév(ek) / Given name(s)", " ".join(x for x in (person.given, person.middle) if x)),
            ("1.3 Születési idő, hely / Date and place of birth", f"{hu_date(s.dob)} {born}"),
            ("1.4 Hallgatói azonosító / Student identification number", s.student_no),
            ("2.1 A képesítés megnevezése / Name of qualification", f"{kep} / {kep_en}"),
            ("2.3 Az oklevelet kiadó intézmény / Institution awarding the qualification", inst.name),
            ("3.1 A képesítés szintje / Level of qualification", "alapképzés (BSc) / first cycle (Bachelor), EQF 6"),
            ("3.2 A képzési idő / Official length of programme",
             f"{len(s.terms)} félév, {int(sum(r.spec.credits for t in s.terms for r in t.results))} kredit / "
             f"{len(s.terms)} semesters, {int(sum(r.spec.credits for t in s.terms for r in t.results))} ECTS credits"),
            ("4.1 A képzés munkarendje / Mode of study", "nappali / full-time"),
            ("4.5 Az oklevél minősítése / Classification of the qualification",
             f"{cls} / {({'kiváló': 'excellent', 'jeles': 'excellent', 'jó': 'good', 'közepes': 'satisfactory'}).get(cls, 'pass')}"),
            ("Az oklevél kelte / Date of the diploma", f"{hu_date(s.conferred)} / {s.conferred.day} "
                                                         f"{s.conferred.strftime('%B %Y')}"),
            ("Az oklevél törzskönyvi száma / Registration number", reg),
        ]
        for a, b in items:
            q.text(L, yy, a, FB, 8.5)
            yy += 11
            yy = q.paragraph(L + 14, yy, b, F, 9.5, q.w - L * 2 - 14, 12) + 8
        sign_block(q, rng, q.w - 150, yy + 50, "oktatási rektorhelyettes / Vice-Rector for Education", F, 8, 200)
        round_stamp(q, q.w - 290, yy + 38, 28, 0.45)
        pages.append(q)
    return LayoutResult("diploma", "y_oklevel_diploma", FAMILY, by_reading_order(pages), names,
                        info={"conferred_printed": hu_date_long(s.conferred), "classification": cls})


# --- Bulgaria ------------------------------------------------------------------------------------
BG_EN = {"Медицински университет „Проф. д-р Асен Марков“ – Плевен": "Medical University \"Prof. Dr. Asen Markov\" - Pleven",
         "Медицински университет – Тракия, Стара Загора": "Medical University - Trakia, Stara Zagora",
         "Югозападен университет „Отец Паисий“": "South-West University \"Otets Paisiy\""}
BG_SPEC = {"bg_mls": ("Медицински лаборант", "Здравни грижи", "професионален бакалавър", "Medical Laboratory Technician",
                      "Health Care", "Professional Bachelor"),
           "bg_bio": ("Биология", "Биологически науки", "бакалавър", "Biology", "Biological Sciences", "Bachelor"),
           "bg_nur": ("Медицинска сестра", "Здравни грижи", "бакалавър", "Nurse", "Health Care", "Bachelor")}
BG_GRADE_EN = {"Отличен": "Excellent", "Много добър": "Very Good", "Добър": "Good", "Среден": "Satisfactory"}


def bg_average(s):
    from .r12_y_bg import bg_grade
    gs = [bg_grade(s, r, f"g{i}.{j}") for i, t in enumerate(s.terms) for j, r in enumerate(t.results)]
    return r2(sum(gs) / len(gs))


def _bg(s, person, rng):
    bg_fix(person)
    with cyrillic_safe():
        return _bg_inner(s, person, rng)


def _bg_inner(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = bg_name_cyr(person)
    spec, napr, deg, spec_en, napr_en, deg_en = BG_SPEC[cur.id]
    avg = bg_average(s)
    word = bg_grade_avg_word(avg)
    ser = f"{'МУ' if cur.id != 'bg_bio' else 'ЮЗУ'}-{s.conferred.year}"
    no = f"{k(s, 'dno') % 9000 + 100:06d}"
    reg = f"{k(s, 'reg') % 9000 + 1000}"
    d = s.conferred
    born = {"Плевен": "Плевен", "Стара Загора": "Стара Загора", "Благоевград": "Благоевград"}[inst.city]
    p = Page(A4)
    W = p.w
    p.border(24, 1.2, 0.3)
    star_seal(p, W / 2, 90, 26, 0.3, points=12)
    y = 150
    p.text(W / 2, y, "РЕПУБЛИКА БЪЛГАРИЯ", TB, 12, "center")
    y += 18
    p.text(W / 2, y, inst.name, TB, 12.5, "center")
    y += 44
    p.text(W / 2, y, "ДИПЛОМА", TB, 28, "center")
    y += 20
    p.text(W / 2, y, "за висше образование", TI, 13, "center")
    y += 22
    p.text(W / 2, y, f"Серия {ser} № {no}", T, 11, "center")
    y += 34
    p.text(W / 2, y, nm, TB, 16, "center")
    y += 22
    fem = person.sex == "F"
    body = (f"{'родена' if fem else 'роден'} на {s.dob.strftime('%d.%m.%Y')} г. в гр. {born}, "
            f"{'завършила' if fem else 'завършил'} висше образование в {inst.name}"
            f"{', ' + inst.extra['college'] if cur.id != 'bg_bio' else ''}, "
            f"по специалност „{spec}“ от професионално направление „{napr}“, с образователно-квалификационна степен "
            f"„{deg}“ и професионална квалификация „{spec}“, с общ успех „{word} {comma(avg)}“.")
    y = cwrap(p, W / 2, y, body, T, 12, W - 140, 17) + 24
    p.text(W / 2, y, f"Регистрационен № {reg}", T, 10.5, "center")
    y += 16
    p.text(W / 2, y, f"Дата на издаване: {d.strftime('%d.%m.%Y')} г.", T, 10.5, "center")
    yb = p.h - 120
    sign_block(p, rng, W * 0.28, yb, "Ректор", TB, 10.5, 150)
    sign_block(p, rng, W * 0.72, yb, "Декан / Директор", TB, 10.5, 150)
    dry_seal(p, W / 2, yb - 8, 30)
    # the sworn translation
    q = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 64, q.w - 64
    en_name = name_form(person, "natural")
    q.text(L, 52, "Translation from Bulgarian", FB, 11)
    q.text(R, 52, f"Page 1 of 1", F, 8.5, "right")
    yy = 92
    q.text(q.w / 2, yy, "REPUBLIC OF BULGARIA", FB, 11, "center")
    yy += 16
    q.text(q.w / 2, yy, BG_EN[inst.name], FB, 11, "center")
    yy += 30
    q.text(q.w / 2, yy, "DIPLOMA", FB, 16, "center")
    yy += 16
    q.text(q.w / 2, yy, "of Higher Education", F, 11, "center")
    yy += 16
    ser_en = ser.replace("МУ", "MU").replace("ЮЗУ", "YuZU")
    q.text(q.w / 2, yy, f"Series {ser_en} No. {no}", F, 10, "center")
    yy += 28
    q.text(q.w / 2, yy, en_name, FB, 12.5, "center")
    yy += 20
    born_en = {"Плевен": "Pleven", "Стара Загора": "Stara Zagora", "Благоевград": "Blagoevgrad"}[born]
    col_en = ", Medical College" if cur.id != "bg_bio" else ""
    body_en = (f"born on {s.dob.strftime('%d.%m.%Y')} in the town of {born_en}, has completed higher education at "
               f"{BG_EN[inst.name]}{col_en}, in the specialty \"{spec_en}\" of the professional field \"{napr_en}\", "
               f"with the educational and qualification degree \"{deg_en}\" and the professional qualification "
               f"\"{spec_en}\", with an overall grade \"{BG_GRADE_EN[word]} {comma(avg)}\".")
    yy = q.paragraph(L, yy, body_en, F, 10.5, R - L, 15) + 14
    q.text(L, yy, f"Registration No. {reg}", F, 10)
    yy += 14
    q.text(L, yy, f"Date of issue: {d.strftime('%d.%m.%Y')}", F, 10)
    yy += 24
    q.spaced(L, yy, ["Rector: /signature/", "Dean / Director: /signature/", "/round seal of the university/"], F, 9.5,
             30)
    yy += 60
    tr = ["Elena Dimova Koleva", "Petar Asenov Raykov", "Iva Marinova Stoeva"][k(s, "trn") % 3]
    yy = q.paragraph(L, yy, f"I, the undersigned {tr}, certify that this is a true and accurate translation from "
                     f"Bulgarian into English of the attached document. The translation consists of 1 page.", F, 9,
                     R - L, 12.5) + 36
    sign_block(q, rng, L + 90, yy, f"Translator: {tr}", F, 8.5, 180)
    round_stamp(q, R - 80, yy - 14, 28, 0.45)
    return LayoutResult("diploma", "y_oklevel_diploma", FAMILY, by_reading_order([p, q]), [nm, en_name],
                        info={"conferred_printed": d.strftime("%d.%m.%Y"), "average": comma(avg)})


def y_oklevel_diploma(s, person, rng):
    return {"HU": _hu, "BG": _bg}[s.institution.country](s, person, rng)


# --- Palestine and Lesotho ------------------------------------------------------------------------
PS_AR_DEG = {"ps_mls": "درجة البكالوريوس في العلوم الطبية المخبرية", "ps_bio": "درجة البكالوريوس في علم الأحياء",
             "ps_nur": "درجة البكالوريوس في التمريض"}
PS_AR_GRADE = {"Excellent": "ممتاز", "Very Good": "جيد جدا", "Good": "جيد", "Pass": "مقبول"}


def ps_average(s):
    from .r12_y_ps import ps_rows
    pts = att = 0
    for _, rs in ps_rows(s):
        for r, m, failed in rs:
            if m != "TR":
                pts += m * r.spec.credits
                att += r.spec.credits
    return pts / att


def _ps(s, person, rng):
    from .r12_y_ps import grade_word
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = name_form(person, "caps")
    avg = ps_average(s)
    gw = grade_word(avg)
    d = s.conferred
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(22, 2.0, 0.3)
    star_seal(p, W / 2, 74, 30, 0.3, points=16)
    arabic_line(p, W / 2, 128, inst.extra["ar"], 17, bold=True)
    p.text(W / 2, 156, inst.name.upper(), TB, 18, "center")
    arabic_line(p, W * 0.75, 196, "تشهد الجامعة بأن الطالب المذكور أدناه", 11)
    p.text(W * 0.27, 196, "This is to certify that", TI, 12, "center")
    p.text(W / 2, 232, nm, TB, 19, "center")
    y = 262
    y = cwrap(p, W * 0.27, y, "having fulfilled all the academic requirements has been awarded the degree of",
              TI, 11.5, W * 0.42, 15)
    arabic_line(p, W * 0.75, 262, "قد أتم جميع المتطلبات الأكاديمية ومنح", 11)
    arabic_line(p, W * 0.75, 300, PS_AR_DEG[cur.id], 13, bold=True)
    p.text(W * 0.27, 300, {"ps_mls": "Bachelor of Science in Medical Laboratory Sciences",
                           "ps_bio": "Bachelor of Science in Biology",
                           "ps_nur": "Bachelor of Science in Nursing"}[cur.id], TB, 13, "center")
    p.text(W * 0.27, 330, f"Grade: {gw}", TB, 12, "center")
    arabic_line(p, W * 0.75, 330, "بتقدير " + PS_AR_GRADE[gw], 12)
    p.text(W * 0.27, 356, f"Conferred on {ordinal_dmy(d).replace(',', '')}", TI, 11.5, "center")
    p.text(W * 0.27, 372, f"{inst.city}, Palestine", TI, 11, "center")
    arabic_line(p, W * 0.75, 356, inst.extra["ar_city"], 11)
    p.vline(W / 2, 248, 380, 0.4, 0.5)
    yb = p.h - 70
    sign_block(p, rng, W * 0.2, yb, "Registrar", TB, 10, 150)
    sign_block(p, rng, W * 0.5, yb, "Dean", TB, 10, 150)
    sign_block(p, rng, W * 0.8, yb, "President", TB, 10, 150)
    dry_seal(p, W * 0.35, yb - 20, 28)
    p.text(50, 46, f"No. {k(s, 'cno') % 90000 + 10000}", T, 9)
    return LayoutResult("diploma", "y_certificate_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": ordinal_dmy(d), "grade": gw})


def _ls(s, person, rng):
    from .r12_y_ls import award_of
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = name_form(person, "caps")
    award = award_of(s)
    d = s.conferred
    p = Page(A4)
    W = p.w
    p.border(30, 2.6, 0.25)
    watermark_crest(p, W / 2, 440, 160)
    p.logo(W / 2, 110, 30, 0, 0.3)
    y = 190
    p.text(W / 2, y, inst.name.upper(), TB, 17, "center")
    y += 18
    p.text(W / 2, y, "Kingdom of Lesotho", TI, 11, "center")
    y += 60
    p.text(W / 2, y, "This is to certify that", TI, 14, "center")
    y += 40
    p.text(W / 2, y, nm, TB, 20, "center")
    y += 34
    y = cwrap(p, W / 2, y, "having satisfied the requirements prescribed by the Academic Board of the "
              f"{'College' if inst.kind == 'college' else 'University'}", TI, 13, W - 160, 18) + 8
    p.text(W / 2, y, "was awarded the", TI, 13, "center")
    y += 32
    y = cwrap(p, W / 2, y, cur.title.upper(), TB, 16, W - 140, 20) + 6
    if award != "Pass":
        p.text(W / 2, y, f"with {award}", TI, 14, "center")
        y += 26
    cwrap(p, W / 2, y + 6, f"at a graduation ceremony held on {ordinal_dmy(d).replace(',', '')}", TI, 13, W - 160, 18)
    yb = p.h - 130
    sign_block(p, rng, W * 0.28, yb, "Principal" if inst.kind == "college" else "Vice-Chancellor", TB, 10.5, 160)
    sign_block(p, rng, W * 0.72, yb, "Registrar", TB, 10.5, 160)
    round_stamp(p, W / 2, yb - 14, 30, 0.4)
    p.text(W - 66, p.h - 56, f"Certificate No. {inst.extra['short']}/{d.year}/{k(s, 'cno') % 900 + 100}", T, 8.5,
           "right")
    return LayoutResult("diploma", "y_certificate_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": ordinal_dmy(d), "award": award})


def y_certificate_parchment(s, person, rng):
    return {"PS": _ps, "LS": _ls}[s.institution.country](s, person, rng)


# --- Uruguay ---------------------------------------------------------------------------------------
def uy_title(cur, fem):
    t = cur.title.replace("Licenciatura", "Licenciada" if fem else "Licenciado")
    return t


def y_titulo_uy(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    fem = person.sex == "F"
    d = s.conferred
    school = {"uy_mls": "school", "uy_bio": "school_bio", "uy_nur": "school_nur"}[cur.id]
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(22, 1.8, 0.3, double=True)
    star_seal(p, W / 2, 72, 28, 0.3, points=18)
    y = 128
    p.text(W / 2, y, "REPÚBLICA ORIENTAL DEL URUGUAY", TB, 11, "center")
    y += 24
    p.text(W / 2, y, inst.name.split(" - ")[0].upper(), TB, 20, "center")
    y += 30
    y = cwrap(p, W / 2, y, f"Por cuanto {'la señora' if fem else 'el señor'} {nm}, cédula de identidad "
              f"{s.student_no}, ha cumplido con todos los requisitos exigidos por el plan de estudios de la "
              f"{inst.extra[school]}, se le expide el", TI, 13, W - 200, 18) + 10
    p.text(W / 2, y, f"Título de {uy_title(cur, fem)}", TB, 21, "center")
    y += 32
    y = cwrap(p, W / 2, y, "con todos los derechos que las leyes y reglamentos le acuerdan.", TI, 12.5, W - 200, 17)
    y += 6
    p.text(W / 2, y, f"Expedido en {inst.extra['city']}, a los {d.day} días del mes de {ES_MONTHS[d.month - 1]} "
           f"de {d.year}.", TI, 12.5, "center")
    yb = p.h - 84
    sign_block(p, rng, W * 0.22, yb, "Rector", TB, 10.5, 150)
    sign_block(p, rng, W * 0.5, yb, "Director/a de la Escuela" if cur.id == "uy_mls" else "Decano/a", TB, 10.5, 150)
    sign_block(p, rng, W * 0.78, yb, f"{'La titulada' if fem else 'El titulado'}", TB, 10.5, 150)
    dry_seal(p, W * 0.36, yb - 14, 26)
    p.text(W - 50, p.h - 38, f"Registrado bajo el N° {k(s, 'reg') % 90000 + 10000}, Libro "
           f"{k(s, 'lib') % 40 + 1}, Folio {k(s, 'fol') % 300 + 1}", T, 8.5, "right")
    return LayoutResult("diploma", "y_titulo_uy", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"})


DIPLOMA_LAYOUTS = {"y_oklevel_diploma": (y_oklevel_diploma, FAMILY, ("HU", "BG")),
                   "y_certificate_parchment": (y_certificate_parchment, FAMILY, ("PS", "LS")),
                   "y_titulo_uy": (y_titulo_uy, FAMILY, ("UY",))}
