"""Writer S, round 9: diplomas for TN, IT (s_diplome_laurea) and BY, BW, OM (s_state_degree).

s_diplome_laurea: TN landscape, the Arabic lines as pictures over the French ("RÉPUBLIQUE TUNISIENNE —
    Ministère de l'Enseignement Supérieur et de la Recherche Scientifique ... Le Président de
    l'Université, Vu ..., délivre à Mme ..., née le ... à ..., le DIPLÔME NATIONAL DE LICENCE APPLIQUÉE
    EN BIOLOGIE ANALYSES MÉDICALES ... Session de Juin 2019 — Mention Bien"; the mention is the band
    of the mean of the transcript's yearly averages, "Session de Juillet" and "Passable" after a
    session de contrôle in the last year); IT "REPUBBLICA ITALIANA — In nome della legge — Il Rettore
    ... visti gli atti ... conferisce a ... nata a ... il ... la LAUREA IN TECNICHE DI LABORATORIO
    BIOMEDICO (abilitante alla professione sanitaria di Tecnico di laboratorio biomedico) ...
    conseguita il 21 novembre 2019 con la votazione di 110/110 e lode" (the transcript's voto).
s_state_degree: BY landscape, Russian on the left half and English on the right ("ДИПЛОМ / DIPLOMA
    ... qualification: Medical Diagnostician", the series "ДВ № 0123456" on both); BW "The Senate of
    the University ... hereby certifies that ... having fulfilled the requirements was on the 11th day
    of October 2019 admitted to the degree of BACHELOR OF SCIENCE IN MEDICAL LABORATORY SCIENCES
    (Second Class Upper Division)" (the class from the transcript's cumulative GPA); OM English on the
    left, Arabic on the right (pictures): "... has been awarded the degree of Bachelor of Science in
    Medical Laboratory Sciences ... 12 Shawwal 1440 H corresponding to 15 June 2019".
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import LANDSCAPE_A4, Page, center_wrapped
from .r4_h_common import cyrillic_safe
from .r9_s_bw import bw_class, bw_rows, gpa
from .r9_s_by import SPECIALITY, series_no
from .r9_s_common import by_reading_order, FAMILY, arabic, dry_seal, hijri_words, k, round_stamp, sign_block, star_seal
from .r9_s_it import ABIL, BIRTH, CLASSE, it_rows
from .r9_s_tn import BIRTHPLACES, mention, tn_year

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
MOIS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre",
        "Décembre"]
MES_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
          "декабря"]
TN_AR_DEG = {"tn_bam": "الإجازة التطبيقية في البيولوجيا التحاليل الطبية", "tn_sb": "الإجازة الأساسية في العلوم البيولوجية",
             "tn_inf": "الإجازة التطبيقية في علوم التمريض"}


def s_diplome_laurea(s, person, rng):
    return {"TN": _tn, "IT": _it}[s.institution.country](s, person, rng)


def _tn(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.0, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w
    fem = person.sex == "F"
    nm = f"{person.given} {person.surname.upper()}"
    place = BIRTHPLACES[k(s, "bp") % len(BIRTHPLACES)]
    cin = f"0{k(s, 'cin') % 9000000 + 1000000}"
    avgs = [tn_year(s, y) for y in range(cur.years)]
    ctl = avgs[-1][2]
    men = "Passable" if ctl else mention(sum(a for a, _, _ in avgs) / len(avgs))
    ses = f"Session de {'Juillet' if ctl else 'Juin'} {s.conferred.year}"
    arabic(p, W / 2, 52, "الجمهورية التونسية", 13, bold=True)
    arabic(p, W / 2, 72, "وزارة التعليم العالي والبحث العلمي", 11)
    arabic(p, W - 70, 52, inst.extra["ar_univ"], 10, align="right")
    round_stamp(p, 95, 70, 26, 0.3)
    y = 100
    p.text(W / 2, y, "RÉPUBLIQUE TUNISIENNE", TB, 13, "center"); y += 15
    p.text(W / 2, y, "Ministère de l'Enseignement Supérieur et de la Recherche Scientifique", T, 11, "center"); y += 14
    p.text(W / 2, y, f"{inst.extra['univ']} — {inst.name}", TI, 10.5, "center"); y += 26
    arabic(p, W / 2, y, TN_AR_DEG.get(cur.id, ""), 12, bold=True); y += 22
    title = "DIPLÔME NATIONAL DE " + cur.title.upper().replace("É", "É")
    y = center_wrapped(p, y, title, TB, 15, W - 160, 18) + 8
    p.text(W / 2, y, "Le Président de l'Université,", TI, 11, "center"); y += 15
    for v in ("Vu le décret fixant le cadre général du régime des études et les conditions d'obtention du diplôme "
              "national de licence dans le système LMD,",
              "Vu le procès-verbal des délibérations du jury de fin d'études,"):
        y = center_wrapped(p, y, v, T, 10, W - 200, 13)
    y += 6
    p.text(W / 2, y, f"délivre à {'Mme' if fem else 'M.'}", T, 11.5, "center"); y += 20
    p.text(W / 2, y, nm, TB, 16, "center"); y += 18
    p.text(W / 2, y, f"{'née' if fem else 'né'} le {s.dob.strftime('%d/%m/%Y')} à {place}, titulaire de la C.I.N. n° {cin},",
           T, 11, "center"); y += 16
    y = center_wrapped(p, y, f"le {title}", T, 11, W - 200, 14)
    p.text(W / 2, y + 4, f"{ses} — Mention {men}", TB, 12, "center")
    yb = p.h - 62
    p.text(90, yb - 40, f"Fait à {inst.city}, le {s.conferred.day:02d} {MOIS[s.conferred.month - 1]} {s.conferred.year}",
           T, 10)
    p.text(90, yb + 8, f"N° d'enregistrement : {k(s, 'tnd') % 90000 + 10000}/{s.conferred.year}", T, 9)
    sign_block(p, rng, W - 190, yb, "Le Président de l'Université", TB, 10, 190)
    sign_block(p, rng, W / 2, yb, "Le Directeur de l'Institut", TB, 10, 170)
    round_stamp(p, W - 320, yb - 18, 28, 0.45)
    return LayoutResult("diploma", "s_diplome_laurea", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": ses, "class_printed": men})


def _it(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(18, 2.6, 0.35)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w
    fem = person.sex == "F"
    nm = f"{person.given} {person.surname}"
    bp, prov = BIRTH[k(s, "bp") % len(BIRTH)]
    _, _, vl = it_rows(s)
    d = s.conferred
    when = f"{d.day} {MESI[d.month - 1]} {d.year}"
    star_seal(p, W / 2, 58, 24, 0.3, points=5)
    y = 104
    p.text(W / 2, y, "REPUBBLICA ITALIANA", TB, 16, "center"); y += 18
    p.text(W / 2, y, "In nome della legge", TI, 12, "center"); y += 24
    p.text(W / 2, y, inst.name.upper(), TB, 14, "center"); y += 22
    rett = ["Prof. Alberto Gentile", "Prof.ssa Carla Benedetti", "Prof. Renato Sarti"][k(s, "ret") % 3]
    y = center_wrapped(p, y, f"Il Rettore {rett}, visti gli atti e i documenti ufficiali da cui risulta che", TI, 12,
                       W - 180, 16) + 6
    p.text(W / 2, y, nm, TB, 18, "center"); y += 20
    p.text(W / 2, y, f"{'nata' if fem else 'nato'} a {bp} ({prov}) il {s.dob.day} {MESI[s.dob.month - 1]} {s.dob.year}",
           T, 12, "center"); y += 18
    y = center_wrapped(p, y, "ha compiuto gli studi e superato le prove prescritte dall'ordinamento didattico, "
                       f"conferisce a {'lei' if fem else 'lui'} la", TI, 12, W - 180, 16) + 6
    y = center_wrapped(p, y, cur.title.upper(), TB, 15, W - 160, 18)
    ab = ABIL.get(cur.id, "").strip()
    if ab:
        y = center_wrapped(p, y, ab, TI, 11, W - 180, 14)
    p.text(W / 2, y + 2, f"Classe {CLASSE.get(cur.id, '')}", T, 10.5, "center"); y += 20
    p.text(W / 2, y, f"conseguita il {when} con la votazione di {vl}", TB, 12.5, "center")
    yb = p.h - 70
    p.text(80, yb - 30, f"{inst.city}, {when}", T, 10.5)
    p.text(80, yb + 10, f"Diploma n. {k(s, 'itd') % 90000 + 10000}", T, 9)
    sign_block(p, rng, W / 2, yb, "Il Direttore Generale", TB, 10.5, 170)
    sign_block(p, rng, W - 170, yb, "Il Rettore", TB, 10.5, 170)
    dry_seal(p, W - 300, yb - 20, 30)
    return LayoutResult("diploma", "s_diplome_laurea", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"conseguita il {when}", "voto_laurea": vl})


# --- BY / BW / OM --------------------------------------------------------------------------------

RU_GIVEN = {"Volha": "Ольга", "Aliaksandra": "Александра", "Hanna": "Анна", "Katsiaryna": "Екатерина", "Darya": "Дарья",
            "Yuliya": "Юлия", "Natallia": "Наталья", "Maryia": "Мария", "Tatsiana": "Татьяна", "Iryna": "Ирина",
            "Aliaksandr": "Александр", "Dzmitry": "Дмитрий", "Siarhei": "Сергей", "Andrei": "Андрей",
            "Uladzimir": "Владимир", "Pavel": "Павел", "Mikalai": "Николай", "Yauhen": "Евгений", "Ihar": "Игорь",
            "Maksim": "Максим"}
RU_SUR = {"Kavalenka": "Коваленко", "Novik": "Новик", "Karpovich": "Карпович", "Savitski": ("Савицкий", "Савицкая"),
          "Shauchenka": "Шевченко", "Zhuk": "Жук", "Lukashevich": "Лукашевич", "Bandarenka": "Бондаренко",
          "Kuzmich": "Кузьмич", "Sidarenka": "Сидоренко", "Hurynovich": "Гуринович", "Dubovik": "Дубовик",
          "Yakubovich": "Якубович", "Tsikhanovich": "Тихонович"}
RU_PAT = {"Aliaksandrauna": "Александровна", "Siarheeuna": "Сергеевна", "Uladzimirauna": "Владимировна",
          "Mikalaeuna": "Николаевна", "Ivanauna": "Ивановна", "Viktarauna": "Викторовна",
          "Aliaksandravich": "Александрович", "Siarheevich": "Сергеевич", "Uladzimiravich": "Владимирович",
          "Mikalaevich": "Николаевич", "Ivanavich": "Иванович", "Viktaravich": "Викторович"}
RU_CITY = {"Pinsk": "Пинск", "Mahiliou": "Могилёв", "Barysau": "Борисов"}
RU_SPEC = {"by_md": ("«Медико-диагностическое дело»", "«Медик-диагност»"),
           "by_bch": ("«Биология (биохимия)»", "«Биолог. Биохимик. Преподаватель биологии и химии»"),
           "by_nur": ("«Сестринское дело»", "«Медицинская сестра с высшим образованием»")}


def ru_name(person):
    sur = RU_SUR.get(person.surname, person.surname)
    if isinstance(sur, tuple):
        sur = sur[person.sex == "F"]
    return f"{sur} {RU_GIVEN.get(person.given, person.given)} {RU_PAT.get(person.middle, person.middle)}".strip()


def s_state_degree(s, person, rng):
    return {"BY": _by, "BW": _bw, "OM": _om}[s.institution.country](s, person, rng)


def _by(s, person, rng):
    with cyrillic_safe():
        inst, cur = s.institution, s.curriculum
        p = Page(LANDSCAPE_A4)
        T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
        W, Hh = p.w, p.h
        p.rect(24, 24, W / 2 - 34, Hh - 48, 1.4, 0.3)
        p.rect(W / 2 + 10, 24, W / 2 - 34, Hh - 48, 1.4, 0.3)
        nm_ru = ru_name(person)
        nm = f"{person.surname.upper()} {person.given} {person.middle}".strip()
        d, a = s.conferred, s.admitted
        spec_ru, qual_ru = RU_SPEC.get(cur.id, (cur.title, ""))
        spec_en, qual_en = SPECIALITY.get(cur.id, (cur.title, ""))
        sn = series_no(s)
        fem = person.sex == "F"
        for half, cx in ((0, W / 4 + 2), (1, 3 * W / 4 - 2)):
            round_stamp(p, cx, 66, 20, 0.3)
            y = 110
            lines = [("РЕСПУБЛИКА БЕЛАРУСЬ", TB, 12), ("ДИПЛОМ", TB, 22), (sn, TB, 12)] if half == 0 else \
                [("REPUBLIC OF BELARUS", TB, 12), ("DIPLOMA", TB, 22), (sn, TB, 12)]
            for t, f, sz in lines:
                p.text(cx, y, t, f, sz, "center")
                y += sz + 8
            y += 6
            if half == 0:
                txt = (f"Настоящий диплом выдан {nm_ru} в том, что {'она' if fem else 'он'} в {a.year} году "
                       f"{'поступила' if fem else 'поступил'} в {inst.extra['ru']} и в {d.year} году "
                       f"{'окончила' if fem else 'окончил'} полный курс названного университета по специальности "
                       f"{spec_ru}.")
                txt2 = (f"Решением государственной экзаменационной комиссии от {d.day} {MES_RU[d.month - 1]} {d.year} г. "
                        f"присвоена квалификация {qual_ru}.")
                sig = ("Председатель ГЭК", "Ректор", "Секретарь")
                city = f"г. {RU_CITY.get(inst.city, inst.city)}"
            else:
                txt = (f"This diploma is issued to {nm} certifying that in {a.year} {'she' if fem else 'he'} entered "
                       f"{inst.name} and in {d.year} completed the full course of the said university in the speciality "
                       f"\"{spec_en.split(' ', 3)[-1]}\".")
                txt2 = (f"By the decision of the State Examination Commission of {d.day} {D.MONTHS[d.month - 1]} {d.year} "
                        f"{'she' if fem else 'he'} was awarded the qualification: {qual_en}.")
                sig = ("Chairman of the SEC", "Rector", "Secretary")
                city = f"City of {inst.city}"
            y = p.paragraph(cx - W / 4 + 36, y, txt, T, 10.5, W / 2 - 90, 14) + 6
            y = p.paragraph(cx - W / 4 + 36, y, txt2, T, 10.5, W / 2 - 90, 14) + 10
            yb = Hh - 150
            for i, t in enumerate(sig):
                sign_block(p, rng, cx + 40, yb + i * 46, t, T, 8.5, 110)
            p.text(cx - W / 4 + 40, yb - 10, city, T, 9)
            p.text(cx - W / 4 + 40, yb + 4, f"{'Рег. №' if half == 0 else 'Reg. No.'} {k(s, 'reg') % 900 + 100}", T, 9)
            p.text(cx - W / 4 + 40, yb + 18, "М.П." if half == 0 else "L.S.", TB, 9)
        # Russian half then English half, each top to bottom: recorded as two columns
        return LayoutResult("diploma", "s_state_degree_two_column", FAMILY, [p], [nm, nm_ru],
                            info={"conferred_printed": d.strftime("%d.%m.%Y"), "series": sn})


def _bw(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(22, 2.2, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w
    nm = name_form(person, "caps")
    years, _ = bw_rows(s)
    rows = [x for y in years.values() for key in ("S1", "S2") for x in y[key]]
    cls = bw_class(gpa(rows)).replace(",", "")
    d = s.conferred
    p.logo(W / 2, 70, 26, 1)
    y = 128
    p.text(W / 2, y, inst.name.upper(), TB, 22, "center"); y += 40
    p.text(W / 2, y, f"The Senate of the {inst.name} hereby certifies that", TI, 14, "center"); y += 34
    p.text(W / 2, y, nm, TB, 20, "center"); y += 32
    y = center_wrapped(p, y, f"having fulfilled the requirements was on the {D.ordinal_suffix(d.day)} day of "
                       f"{D.MONTHS[d.month - 1]} {d.year} admitted to the degree of", TI, 14, W - 220, 19) + 10
    p.text(W / 2, y, cur.title.upper(), TB, 16, "center"); y += 22
    p.text(W / 2, y, f"({cls})", TB, 14, "center")
    yb = p.h - 70
    sign_block(p, rng, 170, yb, "Vice-Chancellor", TB, 11, 170)
    sign_block(p, rng, W - 170, yb, "Registrar", TB, 11, 170)
    p.seal(W / 2, yb - 16, 34, 0.45)
    p.text(56, p.h - 40, f"Certificate No. {k(s, 'bwc') % 90000 + 10000}", T, 8.5)
    return LayoutResult("diploma", "s_state_degree", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]} {d.year}",
                              "class_printed": cls})


AR_GIVEN = {"Aisha": "عائشة", "Maryam": "مريم", "Fatma": "فاطمة", "Shamsa": "شمسة", "Muna": "منى", "Badriya": "بدرية",
            "Zuwaina": "زوينة", "Thuraya": "ثريا", "Asma": "أسماء", "Huda": "هدى", "Ahmed": "أحمد", "Salim": "سالم",
            "Khalfan": "خلفان", "Said": "سعيد", "Hamood": "حمود", "Sultan": "سلطان", "Nasser": "ناصر", "Yousuf": "يوسف",
            "Talal": "طلال", "Hilal": "هلال", "Mohammed": "محمد", "Rashid": "راشد", "Ali": "علي"}
AR_SUR = {"Al Balushi": "البلوشي", "Al Hinai": "الهنائي", "Al Harthy": "الحارثي", "Al Rawahi": "الرواحي",
          "Al Kindi": "الكندي", "Al Maamari": "المعمري", "Al Saadi": "السعدي", "Al Shukaili": "الشكيلي",
          "Al Habsi": "الحبسي", "Al Riyami": "الريامي", "Al Wahaibi": "الوهيبي", "Al Jabri": "الجابري"}
AR_DEG = {"om_mls": "بكالوريوس العلوم في علوم المختبرات الطبية", "om_bio": "بكالوريوس العلوم في الأحياء",
          "om_nur": "بكالوريوس العلوم في التمريض"}


def ar_name(person):
    return " ".join(AR_GIVEN.get(x, x) if x not in AR_SUR else AR_SUR[x]
                    for x in (person.given, person.middle, person.surname) if x)


def _om(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.0, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w
    nm = name_form(person, "natural")
    d = s.conferred
    hw = hijri_words(d)
    when = f"{hw} corresponding to {d.day} {D.MONTHS[d.month - 1]} {d.year}"
    star_seal(p, W / 2, 70, 28, 0.3, points=8)
    p.vline(W / 2, 120, p.h - 120, 0.5, 0.5)
    L, cx = 60, W / 4 + 10
    y = 60
    for t, f, sz in (("Sultanate of Oman", TB, 13), ("Ministry of Health", T, 12), (inst.name, TB, 12)):
        p.text(cx, y, t, f, sz, "center")
        y += sz + 6
    y = 150
    p.text(cx, y, "BACHELOR DEGREE CERTIFICATE", TB, 14, "center"); y += 30
    p.text(cx, y, "This is to certify that", TI, 12, "center"); y += 26
    p.text(cx, y, nm, TB, 15, "center"); y += 24
    y = center_wrapped_at(p, cx, y, "having fulfilled all the requirements of the programme, has been awarded the degree of",
                          TI, 12, W / 2 - 100, 16) + 6
    y = center_wrapped_at(p, cx, y, cur.title, TB, 13, W / 2 - 90, 17) + 6
    y = center_wrapped_at(p, cx, y, f"on {when}.", TI, 12, W / 2 - 100, 16)
    ax = 3 * W / 4 - 10
    for t, sz, b, yy in (("سلطنة عمان", 13, True, 60), ("وزارة الصحة", 12, False, 79), (inst.extra["ar"], 12, True, 98),
                         ("شهادة البكالوريوس", 14, True, 150), ("تشهد الكلية بأن", 12, False, 180),
                         (ar_name(person), 15, True, 206), ("قد أكمل جميع متطلبات البرنامج ومنح درجة", 12, False, 236),
                         (AR_DEG.get(cur.id, ""), 13, True, 262)):
        arabic(p, ax, yy, t, sz, bold=b)
    yb = p.h - 66
    sign_block(p, rng, 170, yb, "Dean of the College", TB, 10, 170)
    sign_block(p, rng, W - 170, yb, "Director General of Education and Training", TB, 10, 210)
    arabic(p, 170, yb + 26, "عميد الكلية", 9)
    star_seal(p, W / 2, yb - 24, 30, 0.45, points=8)
    p.text(W / 2, p.h - 32, f"Serial No. {k(s, 'omd') % 90000 + 10000}", T, 8.5, "center")
    return LayoutResult("diploma", "s_state_degree", FAMILY, by_reading_order([p]), [nm], info={"conferred_printed": when})


def center_wrapped_at(p, cx, y, s, font, size, max_w, leading):
    from ..pagekit import wrap
    for ln in wrap(s, font, size, max_w):
        p.text(cx, y, ln, font, size, "center")
        y += leading
    return y


DIPLOMA_LAYOUTS = {"s_diplome_laurea": (s_diplome_laurea, FAMILY, ("TN", "IT")),
                   "s_state_degree": (s_state_degree, FAMILY, ("BY", "BW", "OM"))}
