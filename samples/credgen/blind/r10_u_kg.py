"""Writer U, round 10: Kyrgyzstan (KG). Country pack (bachelor "Медико-профилактическое дело /
Laboratory Diagnostics" of an invented state medical academy, 4 years, 240 ECTS; BSc Biology of an
invented national university; bachelor of Nursing) and the "ПРИЛОЖЕНИЕ К ДИПЛОМУ / Transcript"
(diploma supplement): every heading and every subject title Russian with the English under it in
the same cell, smaller; ONE table for the whole programme, no terms, subjects in curriculum order;
columns `№ | Наименование дисциплин / Subjects | Общее кол-во часов / Total hours | Кредиты /
Credits (ECTS) | Оценка / Grade` with Grade a GROUP header over `Баллы / Points` (0-100), `Буква /
Letter` (A ... FX) and `Традиционная / Traditional` ("отлично / excellent", "хорошо / good",
"удовл. / satisfactory", "зачтено / passed" for pass/fail subjects); hours = credits x 30. Then
small captioned sections "Курсовые работы / Term papers" (title + grade, no hours), "Практики /
Practical training" (length in weeks "4 недели / 4 weeks", credits beside it), "Государственная
аттестация / State attestation" (exams with a grade, no credits), the closing line "Всего / Total:
240 кредитов (7200 часов)" and "Ректор / Rector", "Декан / Dean", "Секретарь / Secretary", "М.П.".

Truth: subjects and practices with their ECTS credits (system "ects"), grade = the letter; term
papers and state exams with credits 0 (none printed). Term = "" (the supplement prints no terms)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r10_u_kg_curricula import KG_BIO, KG_MLS, KG_NUR
from .r10_u_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, cyrillic_safe, fake_result,
                           k, parse, round_stamp, sign_block)

def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "KG", title, "bachelor", 4, field, "ects", parse(table), 9, 6, clinical_training=clin)


KG_INST = [
    Institution("Ala-Too State Medical Academy", "Bishkek", "Chuy", "KG", "ul. Akhunbaeva 112",
                ("kg_mls", "kg_nur"), "institute",
                extra={"ru": "Ала-Тooская государственная медицинская академия".replace("oo", "оо"),
                       "rector": "Токтогулов Н. А.", "dean": "Осмонова Г. Т."}),
    Institution("Issyk-Kul State Medical Institute", "Karakol", "Issyk-Kul", "KG", "ul. Toktogula 41",
                ("kg_mls", "kg_nur"), "institute",
                extra={"ru": "Иссык-Кульский государственный медицинский институт",
                       "rector": "Абдылдаев Т. К.", "dean": "Жумабекова А. С."}),
    Institution("Naryn National University", "Naryn", "Naryn", "KG", "ul. Lenina 25", ("kg_bio",), "university",
                extra={"ru": "Нарынский национальный университет", "rector": "Сыдыков Б. Э.",
                       "dean": "Мамытова Ч. Р."}),
]

CYR = {"Aigul": "Айгуль", "Nurgul": "Нургуль", "Aizada": "Айзада", "Cholpon": "Чолпон", "Gulnara": "Гульнара",
       "Jyldyz": "Жылдыз", "Begaiym": "Бегайым", "Asel": "Асель", "Bakyt": "Бакыт", "Nurlan": "Нурлан",
       "Azamat": "Азамат", "Ulan": "Улан", "Timur": "Тимур", "Erlan": "Эрлан", "Ruslan": "Руслан", "Daniyar": "Данияр",
       "Asanov": "Асанов", "Toktogulov": "Токтогулов", "Mamatov": "Маматов", "Osmonov": "Осмонов",
       "Abdyldaev": "Абдылдаев", "Sydykov": "Сыдыков", "Usenov": "Усенов", "Kadyrov": "Кадыров",
       "Jumabekov": "Жумабеков", "Alymkulov": "Алымкулов", "Bakytovna": "Бакытовна", "Nurlanovna": "Нурлановна",
       "Erkinovna": "Эркиновна", "Talantovna": "Талантовна", "Bakytovich": "Бакытович", "Nurlanovich": "Нурланович",
       "Erkinovich": "Эркинович", "Talantovich": "Талантович"}


def ru_name(person):
    """'Асанова Айгуль Бакытовна': surname, name, patronymic; feminine surnames take -а."""
    sn = CYR.get(person.surname, person.surname)
    if person.sex == "F" and sn.endswith(("ов", "ев")):
        sn += "а"
    return " ".join(x for x in (sn, CYR.get(person.given, person.given), CYR.get(person.middle, person.middle)) if x)


def en_name(person):
    sn = person.surname + ("a" if person.sex == "F" and person.surname.endswith(("ov", "ev")) else "")
    return " ".join(x for x in (sn, person.given, person.middle) if x)


PACK = K.CountryPack(
    code="KG", name="Kyrgyzstan",
    given={"F": ["Aigul", "Nurgul", "Aizada", "Cholpon", "Gulnara", "Jyldyz", "Begaiym", "Asel"],
           "M": ["Bakyt", "Nurlan", "Azamat", "Ulan", "Timur", "Erlan", "Ruslan", "Daniyar"]},
    surnames=["Asanov", "Toktogulov", "Mamatov", "Osmonov", "Abdyldaev", "Sydykov", "Usenov", "Kadyrov", "Jumabekov",
              "Alymkulov"],
    middle={"F": ["Bakytovna", "Nurlanovna", "Erkinovna", "Talantovna"],
            "M": ["Bakytovich", "Nurlanovich", "Erkinovich", "Talantovich"]},
    institutions=KG_INST,
    employers=[
        Employer("Bishkek City Clinical Hospital No. 4", "Bishkek", "Chuy", "KG", "ul. Ibraimova 77", "+996 312 000 417",
                 "kadry@gkb4-bishkek.example"),
        Employer("Chuy Regional United Hospital", "Tokmok", "Chuy", "KG", "ul. Lenina 190", "+996 3138 0 0152",
                 "ok@chuy-ob.example"),
        Employer("Osh Interregional Clinical Hospital", "Osh", "Osh", "KG", "ul. Kurmanjan Datka 240",
                 "+996 3222 0 0311", "priemnaya@omkb.example"),
        Employer("Tengri Diagnostic Laboratory LLC", "Bishkek", "Chuy", "KG", "pr. Chui 155", "+996 312 000 988",
                 "hr@tengrilab.example", "lab"),
    ],
    signers=["Токтогулова А. Б.", "Маматов Э. Н.", "Кадырова Г. Т.", "Усенов Р. А."],
    curricula=[_cur("kg_mls", "Bachelor in Laboratory Diagnostics", "medical_laboratory_science", KG_MLS, True),
               _cur("kg_bio", "Bachelor of Biology", "biology", KG_BIO),
               _cur("kg_nur", "Bachelor of Nursing", "nursing", KG_NUR)],
    mls_curriculum="kg_mls", science_curricula=["kg_bio"], nonqualifying_curricula=["kg_nur"],
    positions_mls=["Laboratory Assistant of the Clinical Diagnostic Laboratory", "Medical Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Biologist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}-{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("KG", {
    "blood_bank": ["Blood Transfusion Unit"], "chemistry": ["Biochemistry Section"], "hematology": ["Haematology Section"],
    "microbiology": ["Bacteriological Laboratory"], "immunology": ["Immunology Section"],
    "urinalysis": ["General Clinical Tests Section"], "molecular": ["PCR Laboratory"],
    "phlebotomy": ["Treatment Room"], "other": ["Cytology Section"]})

RU_EN = {"curriculum": {"kg_mls": ("560002 Медико-профилактическое дело (Лабораторная диагностика)",
                                   "Laboratory Diagnostics"),
                        "kg_bio": ("550100 Биология", "Biology"), "kg_nur": ("560004 Сестринское дело", "Nursing")}}
BANDS = [(95, "A", 5), (90, "A-", 5), (85, "B+", 4), (80, "B", 4), (75, "B-", 4), (70, "C+", 3), (65, "C", 3),
         (60, "C-", 3), (55, "D+", 3), (50, "D", 3), (25, "FX", 2), (0, "F", 2)]
TRAD = {5: ("отлично", "excellent"), 4: ("хорошо", "good"), 3: ("удовл.", "satisfactory"), 0: ("зачтено", "passed")}


def band(pts):
    for lo, g, t in BANDS:
        if pts >= lo:
            return g, t


def split(title):
    ru, en = title.split(" // ")
    return ru, en


def kg_rows(s):
    """(subjects, practices): [(r, points or None, letter, trad)] in curriculum order."""
    subj, prac = [], []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            if r.code.startswith("PE"):
                row = (r, None, "", 0)
            else:
                pts = max(56, min(100, r.score + 8 + k(s, f"p{i}.{j}") % 9 - 4))
                g, tr = band(pts)
                row = (r, pts, g, tr)
            (prac if r.code.startswith("PR") else subj).append(row)
    return subj, prac


TERM_PAPERS = [("Курсовая работа по биохимии", "Term paper in Biochemistry"),
               ("Курсовая работа по клинической лабораторной диагностике", "Term paper in Clinical Laboratory Diagnostics"),
               ("Курсовая работа по микробиологии", "Term paper in Microbiology")]
STATE = [("Государственный экзамен по клинической лабораторной диагностике",
          "State examination in Clinical Laboratory Diagnostics"),
         ("Защита выпускной квалификационной работы", "Defence of the final qualification thesis")]


def kg_supplement(s, person, rng):
    with cyrillic_safe():
        return _kg(s, person, rng)


def _kg(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 38, W - 38
    xs = [L, L + 20, L + 246, L + 300, L + 350, L + 386, L + 420, R]
    subj, prac = kg_rows(s)
    out = []
    rn, en = ru_name(person), en_name(person)
    series = f"BD № {k(s, 'ser') % 900000 + 100000:06d}"

    def new_page(n):
        p = Page(A4)
        if n == 1:
            p.text(W / 2, 40, "КЫРГЫЗСКАЯ РЕСПУБЛИКА — KYRGYZ REPUBLIC", FB, 10, "center")
            p.text(W / 2, 53, "Министерство здравоохранения Кыргызской Республики / Ministry of Health of the Kyrgyz "
                   "Republic", F, 8, "center")
            p.text(W / 2, 66, inst.extra["ru"], FB, 10, "center")
            p.text(W / 2, 77, inst.name, FI, 8.5, "center")
            p.text(W / 2, 77 + 24, "ПРИЛОЖЕНИЕ К ДИПЛОМУ", FB, 13, "center")
            p.text(W / 2, 77 + 36, "Transcript", FI, 10, "center")
            p.text(W / 2, 77 + 49, f"к диплому бакалавра / to the Bachelor's Diploma {series}", F, 8.5, "center")
            y = 146
            cur_ru, cur_en = RU_EN["curriculum"][cur.id]
            for lab_ru, lab_en, v_ru, v_en in (
                    ("Фамилия, имя, отчество", "Surname, name, patronymic", rn, en),
                    ("Дата рождения", "Date of birth", s.dob.strftime("%d.%m.%Y"), ""),
                    ("Направление подготовки", "Field of study", cur_ru, cur_en),
                    ("Период обучения", "Period of study",
                     f"{s.admitted.year}–{s.conferred.year} гг., очная форма",
                     f"{s.admitted.year}–{s.conferred.year}, full-time"),
                    ("Нормативный срок обучения", "Normal period of study", "4 года", "4 years")):
                p.text(L, y, lab_ru + ":", FB, 8.5)
                p.text(L, y + 9, lab_en + ":", FI, 7)
                p.text(L + 150, y, v_ru, F, 8.5)
                if v_en:
                    p.text(L + 150, y + 9, v_en, FI, 7)
                y += 21
            y += 4
        else:
            p.text(L, 40, f"{rn} / {en}", F, 8)
            p.text(R, 40, f"Приложение к диплому {series}", F, 8, "right")
            y = 56
        return p, y

    fl = Flow(new_page, 60)

    def header(p, y):
        p.rect(L, y, R - L, 34, 0.7, 0, fill=0.92)
        p.hline(xs[4], R, y + 15, 0.5)
        for x in xs[1:-1]:
            p.vline(x, y + (15 if x in (xs[5], xs[6]) else 0), y + 34, 0.5)
        p.text((xs[4] + R) / 2, y + 7, "Оценка", FB, 7.5, "center")
        p.text((xs[4] + R) / 2, y + 13, "Grade", FI, 6, "center")
        cells = [(xs[0], xs[1], ["№"], []), (xs[1], xs[2], ["Наименование дисциплин"], ["Subjects"]),
                 (xs[2], xs[3], ["Общее кол-", "во часов"], ["Total hours"]),
                 (xs[3], xs[4], ["Кредиты"], ["Credits (ECTS)"]),
                 (xs[4], xs[5], ["Баллы"], ["Points"]), (xs[5], xs[6], ["Буква"], ["Letter"]),
                 (xs[6], xs[7], ["Традиционная"], ["Traditional"])]
        for a, b, ru, eng in cells:
            top = y + (17 if a >= xs[4] else 6)
            for m, t in enumerate(ru):
                p.text((a + b) / 2, top + 6 + 7.5 * m, t, FB, 7, "center")
            for m, t in enumerate(eng):
                p.text((a + b) / 2, top + 6 + 7.5 * len(ru) + 6 * m, t, FI, 5.8, "center")
        return y + 34

    p, y = fl.page, fl.y
    y = header(p, y)
    n = 0
    for r, pts, g, tr in subj:
        ru, eng = split(r.spec.title)
        rl, el = wrap(ru, F, 8, xs[2] - xs[1] - 6), wrap(eng, FI, 6.6, xs[2] - xs[1] - 6)
        h = 9 * len(rl) + 7.5 * len(el) + 4
        if y + h > H - 60:
            fl.y = y
            fl.break_page()
            p, y = fl.page, fl.y
            y = header(p, y)
        n += 1
        cr = int(r.spec.credits)
        b = y + 9
        tru, ten = TRAD[tr]
        p.pieces(b, [((xs[0] + xs[1]) / 2, str(n), "center"), ((xs[2] + xs[3]) / 2, str(cr * 30), "center"),
                     ((xs[3] + xs[4]) / 2, str(cr), "center"),
                     ((xs[4] + xs[5]) / 2, str(pts) if pts is not None else "", "center"),
                     ((xs[5] + xs[6]) / 2, g, "center"), ((xs[6] + xs[7]) / 2, tru, "center")], F, 8)
        p.text((xs[6] + xs[7]) / 2, b + 8, ten, FI, 6.6, "center")
        for m, t in enumerate(rl):
            p.text(xs[1] + 3, b + 9 * m, t, F, 8)
        for m, t in enumerate(el):
            p.text(xs[1] + 3, b + 9 * len(rl) + 7.5 * m - 1.5, t, FI, 6.6)
        top = y
        y += h
        for x in xs:
            p.vline(x, top, y, 0.4)
        p.hline(L, R, y, 0.4)
        out.append(course_truth(r, "", cr, g or "зачтено", "ects", title=eng, code=None, title_ru=ru, points=pts,
                                traditional=tru))
    fl.y = y + 14

    def caption(ru, eng):
        fl.need(40)
        fl.page.text(L, fl.y, ru, FB, 9)
        fl.page.text(L, fl.y + 10, eng, FI, 7.5)
        fl.y += 16

    caption("Курсовые работы", "Term papers")
    for m, (ru, eng) in enumerate(TERM_PAPERS if cur.id == "kg_mls" else TERM_PAPERS[:1]):
        pts = max(60, min(100, 70 + k(s, f"tp{m}") % 30))
        g, tr = band(pts)
        fl.need(20)
        p, y = fl.page, fl.y
        p.pieces(y + 6, [(L + 10, f"{m + 1}. {ru}", "left"), (R - 6, f"{TRAD[tr][0]} / {TRAD[tr][1]}", "right")], F, 8)
        p.text(L + 22, y + 14, eng, FI, 6.6)
        fl.y += 20
        r = fake_result(None, "", eng, 0, "other")
        out.append(course_truth(r, "Term papers", 0, TRAD[tr][1], "ects", code=None, title_ru=ru, credits_printed=False))
    fl.y += 6
    caption("Практики", "Practical training")
    for m, (r, pts, g, tr) in enumerate(prac):
        ru, eng = split(r.spec.title)
        cr = int(r.spec.credits)
        wk = int(round(cr / 1.5))
        wru = f"{wk} {'недели' if wk % 10 in (2, 3, 4) and wk not in (12, 13, 14) else 'недель'}"
        fl.need(20)
        p, y = fl.page, fl.y
        p.pieces(y + 6, [(L + 10, f"{m + 1}. {ru}", "left"), (L + 300, f"{wru} / {wk} weeks", "left"),
                         (L + 390, f"{cr} кредитов / credits", "left"),
                         (R - 6, f"{TRAD[tr][0]} ({g})", "right")], F, 8)
        p.text(L + 22, y + 14, eng, FI, 6.6)
        fl.y += 20
        out.append(course_truth(r, "Practical training", cr, g, "ects", title=eng, code=None, title_ru=ru, points=pts,
                                weeks=wk))
    fl.y += 6
    caption("Государственная аттестация", "State attestation")
    for m, (ru, eng) in enumerate(STATE):
        pts = max(60, min(100, 68 + k(s, f"st{m}") % 32))
        g, tr = band(pts)
        fl.need(20)
        p, y = fl.page, fl.y
        p.pieces(y + 6, [(L + 10, f"{m + 1}. {ru}", "left"), (R - 6, f"{g} — {TRAD[tr][0]} / {TRAD[tr][1]}", "right")],
                 F, 8)
        p.text(L + 22, y + 14, eng, FI, 6.6)
        fl.y += 20
        r = fake_result(None, "", eng, 0, "other")
        out.append(course_truth(r, "State attestation", 0, g, "ects", code=None, title_ru=ru, credits_printed=False))
    tot = int(sum(r.spec.credits for t in s.terms for r in t.results))
    fl.need(140)
    p, y = fl.page, fl.y + 8
    p.hline(L, R, y - 8, 0.8)
    p.text(L, y + 4, f"Всего / Total: {tot} кредитов ({tot * 30} часов)", FB, 10)
    p.text(L, y + 18, f"Регистрационный номер / Registration No.: {k(s, 'reg') % 9000 + 1000}", F, 8)
    p.text(L, y + 29, f"Дата выдачи / Date of issue: {s.conferred.strftime('%d.%m.%Y')}", F, 8)
    yb = y + 70
    for i, (ru, eng, who) in enumerate((("Ректор", "Rector", inst.extra["rector"]),
                                        ("Декан", "Dean", inst.extra["dean"]),
                                        ("Секретарь", "Secretary", "Бекова Н. Ж."))):
        yy = yb + 26 * i
        p.text(L + 10, yy, f"{ru} / {eng}", FB, 9)
        p.signature(L + 140, yy - 10, 80, rng)
        p.hline(L + 130, L + 240, yy + 2, 0.4)
        p.text(L + 250, yy, who, F, 9)
    p.text(R - 110, yb + 50, "М.П.", FB, 10)
    round_stamp(p, R - 96, yb + 30, 34, 0.45)
    pages = fl.pages
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 24, f"Стр. {i} из {len(pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "kg_diploma_supplement", FAMILY, by_reading_order(pages), [rn, en], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"kg_diploma_supplement": (kg_supplement, FAMILY, ("KG",))}
