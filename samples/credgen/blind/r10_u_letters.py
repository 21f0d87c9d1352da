"""Writer U, round 10: employment letters for KG, YE, LA (u_spravka_experience) and PY, NA
(u_constancia_rotations).

u_spravka_experience: KG "СПРАВКА С МЕСТА РАБОТЫ" (Russian, the hospital's angle stamp top left, "Исх.
    № ... от ...") with an English translation as page 2: "... is employed at ... since 01.09.2016
    (order No. 45-к of 29.08.2016) as a laboratory assistant of the clinical diagnostic laboratory
    to the present time" (or "from ... to ... (dismissal order No. ...)"), the rate "1,0 ставки /
    full-time rate" or "0,5 ставки" with the weekly hours, the sections as a sentence; YE an
    "EXPERIENCE CERTIFICATE" with Arabic headings (pictures), the period with the Hijri date beside
    the Gregorian one and the departments rotated as a short dash list; LA a bilingual "Certificate of
    Employment" (Lao lines as pictures) with a table of postings `No. | Position | Unit | From | To`.
u_constancia_rotations: PY "CONSTANCIA DE TRABAJO ... presta servicios en esta institución desde el 3
    de marzo de 2020, en carácter de Bioquímica, con una carga horaria de 24 horas semanales" (40 h is
    full time) and, for one holder in two, an earlier contract "del ... al ..." at the same place; NA
    "TO WHOM IT MAY CONCERN" from a pathology laboratory with a table of rotations `Section | From | To
    | Months` and "Total clinical laboratory experience: 38 months".
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r10_u_diplomas import _lat
from .r10_u_common import FAMILY, by_reading_order, cyrillic_safe, kj, round_stamp, rubber_stamp, sign_block

RU_POS = {"Laboratory Assistant of the Clinical Diagnostic Laboratory": "лаборанта клинико-диагностической лаборатории",
          "Medical Laboratory Technologist": "медицинского технолога лаборатории",
          "Laboratory Assistant": "лаборанта", "Biologist": "биолога"}
RU_DEPT = {"Blood Transfusion Unit": "отделение переливания крови", "Biochemistry Section": "биохимический отдел",
           "Haematology Section": "гематологический отдел", "Bacteriological Laboratory": "бактериологическая лаборатория",
           "Immunology Section": "иммунологический отдел", "General Clinical Tests Section": "отдел общеклинических исследований",
           "PCR Laboratory": "ПЦР-лаборатория", "Treatment Room": "процедурный кабинет", "Cytology Section": "цитологический отдел"}
RU_EMP = {"Bishkek City Clinical Hospital No. 4": "Городская клиническая больница № 4 г. Бишкек",
          "Chuy Regional United Hospital": "Чуйская областная объединённая больница",
          "Osh Interregional Clinical Hospital": "Ошская межобластная клиническая больница",
          "Tengri Diagnostic Laboratory LLC": "ОсОО «Тенгри Диагностическая Лаборатория»"}


def _months(a, b):
    """Completed months from a to b, b inclusive (01/03/2018 - 28/02/2021 = 36)."""
    b = b + dt.timedelta(days=1)
    return (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)


def _facts(job):
    return (job.hours, job.hours >= 35, job.hours < 35)


def u_spravka_experience(job, person, rng, as_of):
    return _FNS_C[job.employer.country](job, person, rng, as_of)


def _kg(job, person, rng, as_of):
    with cyrillic_safe():
        emp = job.employer
        T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
        fem = person.sex == "F"
        from .r10_u_kg import en_name, ru_name
        rn = job.name_override or ru_name(person)
        en = job.name_override or en_name(person)
        order_d = job.start - dt.timedelta(days=1 + kj(job, "od") % 5)
        order = f"{kj(job, 'on') % 300 + 1}-к"
        dis_d = (job.end + dt.timedelta(days=0)) if job.end else None
        dis = f"{kj(job, 'dn') % 300 + 1}-к"
        ft = job.hours >= 35
        rate_ru = "на 1,0 ставки" if ft else f"на {job.hours / 40:.2f}".replace(".", ",").rstrip("0") + " ставки"
        pos_ru = RU_POS.get(job.position, job.position)
        p = Page(A4)
        L, R = 60, p.w - 60
        p.rect(L, 40, 200, 78, 0.9, 0.35)
        lab = emp.kind == "lab"
        head = ((RU_EMP.get(emp.name, emp.name), "ИНН 0" + str(kj(job, "inn") % 10 ** 13), emp.street, f"г. Бишкек",
                 f"тел. {emp.phone}") if lab else ("Министерство здравоохранения", "Кыргызской Республики",
                                                    RU_EMP.get(emp.name, emp.name), emp.street, f"тел. {emp.phone}"))
        for m, t in enumerate(head):
            p.text(L + 100, 54 + 14 * m, t, TB if m == (0 if lab else 2) else T, 7.5 if len(t) < 40 else 6.5, "center", gray=0.3)
        p.text(L, 136, f"Исх. № {kj(job, 'ref') % 900 + 100} от {D.dmy_dot(job.letter_date)}", T, 10)
        p.text(p.w / 2, 180, "СПРАВКА С МЕСТА РАБОТЫ", TB, 14, "center")
        depts = ", ".join(RU_DEPT.get(d, d) for d in job.departments)
        if job.end is None:
            per = (f"работает в {RU_EMP.get(emp.name, emp.name)} с {D.dmy_dot(job.start)} (приказ № {order} от "
                   f"{D.dmy_dot(order_d)}) в должности {pos_ru} {rate_ru} по настоящее время")
        else:
            per = (f"{'работала' if fem else 'работал'} в {RU_EMP.get(emp.name, emp.name)} с {D.dmy_dot(job.start)} "
                   f"(приказ № {order} от {D.dmy_dot(order_d)}) по {D.dmy_dot(job.end)} (приказ об увольнении № {dis} "
                   f"от {D.dmy_dot(dis_d)}) в должности {pos_ru} {rate_ru}")
        y = p.paragraph(L, 220, f"Дана {rn} в том, что {'она' if fem else 'он'} "
                        f"действительно {per} ({job.hours} часов в неделю).", T, 12, R - L, 19) + 8
        if depts:
            y = p.paragraph(L, y, f"За период работы выполняла исследования в следующих отделах: {depts}."
                            if fem else f"За период работы выполнял исследования в следующих отделах: {depts}.",
                            T, 12, R - L, 19) + 8
        y = p.paragraph(L, y, "Справка выдана для предъявления по месту требования.", T, 12, R - L, 19) + 60
        p.text(L, y, "Директор" if lab else "Главный врач", TB, 11)
        p.signature(L + 170, y - 12, 80, rng)
        p.text(R, y, job.signer, T, 11, "right")
        p.text(L, y + 30, "Начальник отдела кадров", TB, 11)
        p.signature(L + 170, y + 18, 70, rng)
        p.text(L, y + 60, "М.П.", TB, 10)
        round_stamp(p, L + 190, y + 10, 34, 0.45)
        q = Page(A4)
        q.text(q.w / 2, 60, "Translation from Russian", TI, 9, "center")
        q.text(L, 96, emp.name if lab else f"Ministry of Health of the Kyrgyz Republic — {emp.name}", TB, 10.5)
        q.text(L, 110, f"{emp.street}, {emp.city}, tel. {emp.phone}", T, 9.5)
        q.text(L, 132, f"Ref. No. {kj(job, 'ref') % 900 + 100} of {D.dmy_dot(job.letter_date)}", T, 10)
        q.text(q.w / 2, 172, "CERTIFICATE OF EMPLOYMENT", TB, 13, "center")
        q.text(q.w / 2, 186, "(reference from the place of work)", TI, 9.5, "center")
        rate = "at the full-time rate (1.0)" if ft else f"part-time ({job.hours / 40:.2f} rate)"
        if job.end is None:
            per = (f"is employed at {emp.name} since {D.dmy_dot(job.start)} (order No. {order} of {D.dmy_dot(order_d)}) "
                   f"as a {job.position.lower()} {rate}, {job.hours} hours per week, to the present time")
        else:
            per = (f"was employed at {emp.name} from {D.dmy_dot(job.start)} (order No. {order} of "
                   f"{D.dmy_dot(order_d)}) to {D.dmy_dot(job.end)} (dismissal order No. {dis} of {D.dmy_dot(dis_d)}) "
                   f"as a {job.position.lower()} {rate}, {job.hours} hours per week")
        y = q.paragraph(L, 220, f"This is to certify that {en} really {per}.",
                        T, 12, R - L, 19) + 8
        if job.departments:
            y = q.paragraph(L, y, f"During the period of work {'she' if fem else 'he'} performed tests in the following "
                            f"sections: {', '.join(job.departments)}.", T, 12, R - L, 19) + 8
        y = q.paragraph(L, y, "The certificate is issued for submission upon request.", T, 12, R - L, 19) + 30
        q.text(L, y, f"{'Director' if lab else 'Chief Physician'} /signature/ {_lat(job.signer)}", T, 11)
        q.text(L, y + 18, "Head of Human Resources /signature/", T, 11)
        q.text(L, y + 36, "Seal: /round seal of the hospital/", TI, 10)
        q.paragraph(L, y + 80, "The translation from Russian into English was made by the translator Sadykova Meerim. "
                    "Notary of Bishkek notarial district.", TI, 9.5, R - L, 13)
        rubber_stamp(q, R - 90, y + 140, 52, 30, 0.45)
    return LayoutResult("employment_letter", "u_spravka_experience", FAMILY, by_reading_order([p, q]), [rn, en],
                        info={"date_style": "dmy_dot", "hours_facts": _facts(job)})


def person_dob(person):
    dob = getattr(person, "dob", None)
    return dob or dt.date(1995, 1, 1 + len(person.given) % 28)


def _ye(job, person, rng, as_of):
    from .r10_u_common import arabic, hijri_slash, star_seal
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    lab = emp.kind == "lab"
    p = Page(A4)
    L, R = 56, p.w - 56
    p.text(L, 48, "Republic of Yemen" if not lab else emp.name, FB, 10)
    p.text(L, 61, "Ministry of Public Health and Population" if not lab else f"{emp.street}, {emp.city}", F, 9)
    if not lab:
        p.text(L, 74, emp.name, FB, 10)
    arabic(p, R, 48, "الجمهورية اليمنية", 10, bold=True, align="right")
    arabic(p, R, 63, "وزارة الصحة العامة والسكان", 9, align="right")
    star_seal(p, p.w / 2, 62, 20, 0.3, points=12)
    p.hline(L, R, 88, 0.8)
    p.text(L, 104, f"Ref.: {kj(job, 'ref') % 9000 + 1000}/HR", F, 9.5)
    p.text(R, 104, f"Date: {hijri_slash(job.letter_date)} H — {D.dmy_slash(job.letter_date)}", F, 9.5, "right")
    arabic(p, p.w / 2, 140, "شهادة خبرة", 14, bold=True)
    p.text(p.w / 2, 160, "EXPERIENCE CERTIFICATE", FB, 14, "center")
    end = job.end
    per = (f"from {D.dmy_slash(job.start)} ({hijri_slash(job.start)} H) "
           + (f"to {D.dmy_slash(end)} ({hijri_slash(end)} H)" if end else "up to the date of this certificate"))
    hrs = (f"on a full-time basis ({job.hours} hours per week)" if job.hours >= 35 else
           f"on a part-time basis ({job.hours} hours per week)")
    y = p.paragraph(L, 200, f"The administration of {emp.name} certifies that {'Ms.' if fem else 'Mr.'} {name} "
                    f"{'has worked' if end else 'is working'} with us as {job.position} {per}, {hrs}.", F, 11.5,
                    R - L, 18) + 10
    if job.departments:
        y = p.paragraph(L, y, f"During this period {'she' if fem else 'he'} rotated through the following departments:",
                        F, 11.5, R - L, 18) + 2
        for d in job.departments:
            p.text(L + 24, y, f"- {d}", F, 11.5)
            y += 17
        y += 8
    y = p.paragraph(L, y, f"{'Her' if fem else 'His'} conduct and performance were good. This certificate has been "
                    f"issued at {'her' if fem else 'his'} request without any liability on the part of the institution.",
                    F, 11.5, R - L, 18) + 60
    sign_block(p, rng, R - 100, y, job.signer, FB, 10, 170, "Director of Human Resources" if not lab else "Branch Manager")
    arabic(p, R - 100, y + 40, "مدير الموارد البشرية", 9)
    round_stamp(p, R - 230, y - 14, 30, 0.45)
    p.text(p.w / 2, p.h - 40, f"Tel. {emp.phone} — E-mail: {emp.email}", F, 8, "center")
    return LayoutResult("employment_letter", "u_spravka_experience", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_slash", "hours_facts": _facts(job)})


def _la(job, person, rng, as_of):
    from .r10_u_common import lao
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    seed = kj(job, "lao")
    p = Page(A4)
    L, R = 50, p.w - 50
    lao(p, p.w / 2, 40, 14, 9, seed, "center", bold=True)
    p.text(p.w / 2, 52, "LAO PEOPLE'S DEMOCRATIC REPUBLIC", FB, 9.5, "center")
    lao(p, p.w / 2, 64, 16, 8, seed + 1, "center")
    p.text(p.w / 2, 75, "Peace Independence Democracy Unity Prosperity", FI, 8.5, "center")
    lao(p, L, 98, 12, 8.5, seed + 2, "left")
    p.text(L, 110, emp.name, FB, 10)
    p.text(L, 122, f"{emp.street}, {emp.city}", F, 8.5)
    p.text(R, 110, f"No. {kj(job, 'no') % 900 + 100}/HR", F, 9, "right")
    p.text(R, 122, f"{emp.city}, {D.dmy_slash(job.letter_date)}", F, 9, "right")
    lao(p, p.w / 2, 158, 10, 13, seed + 3, "center", bold=True)
    p.text(p.w / 2, 176, "CERTIFICATE OF EMPLOYMENT", FB, 14, "center")
    lao(p, L, 204, 30, 9, seed + 4, "left")
    y = p.paragraph(L, 218, f"The Director of {emp.name} certifies that {'Ms.' if fem else 'Mr.'} {name} "
                    f"{'is' if job.end is None else 'was'} a staff member of this institution, working "
                    f"{'full-time' if job.hours >= 35 else 'part-time'} ({job.hours} hours per week), with the "
                    "following postings:", F, 10.5, R - L, 15) + 8
    depts = job.departments or ["Laboratory"]
    n = len(depts)
    end = job.end or job.letter_date
    total = _months(job.start, end)
    cuts = [job.start] + [D.add_months(job.start, round(total * i / n)) for i in range(1, n)] + [end]
    xs = [L, L + 30, L + 200, L + 340, L + 418, R]
    p.rect(L, y, R - L, 26, 0.6, 0, fill=0.9)
    for c, hd in enumerate(["No.", "Position", "Unit", "From", "To"]):
        lao(p, (xs[c] + xs[c + 1]) / 2, y + 10, 3 + c % 3, 7, seed + 10 + c, "center")
        p.text((xs[c] + xs[c + 1]) / 2, y + 21, hd, FB, 8.5, "center")
    top = y
    y += 26
    for i, dname in enumerate(depts):
        a = cuts[i]
        b = cuts[i + 1] - dt.timedelta(days=1) if i + 1 < n else end
        to = "present" if (i + 1 == n and job.end is None) else D.dmy_slash(b)
        p.pieces(y + 11, [((xs[0] + xs[1]) / 2, str(i + 1), "center"), (xs[1] + 4, job.position, "left"),
                          (xs[2] + 4, dname, "left"), ((xs[3] + xs[4]) / 2, D.dmy_slash(a), "center"),
                          ((xs[4] + xs[5]) / 2, to, "center")], F, 8.5)
        y += 16
        p.hline(L, R, y, 0.3)
    for x in xs:
        p.vline(x, top, y, 0.5)
    p.rect(L, top, R - L, y - top, 0.6, 0)
    y = p.paragraph(L, y + 18, "This certificate is issued at the request of the person concerned for whatever "
                    "purpose it may serve.", F, 10.5, R - L, 15) + 50
    lao(p, R - 100, y - 40, 8, 9, seed + 5, "center")
    sign_block(p, rng, R - 100, y, job.signer, FB, 10, 170, "Director")
    round_stamp(p, R - 200, y - 16, 30, 0.45)
    return LayoutResult("employment_letter", "u_spravka_experience", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_slash", "hours_facts": _facts(job)})


_FNS_C = {"KG": _kg, "YE": _ye, "LA": _la}
def _es_date(d):
    from .r10_u_common import ES_MONTHS
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def _py(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    lab = emp.kind == "lab"
    p = Page(A4)
    L, R = 70, p.w - 70
    p.logo(L + 20, 60, 20, 2)
    p.text(L + 50, 52, emp.name.upper(), TB, 12)
    p.text(L + 50, 66, "Ministerio de Salud Pública y Bienestar Social" if not lab else "Análisis Clínicos — Bioquímica",
           TI, 9.5)
    p.text(L + 50, 79, f"{emp.street} — {emp.city} — Tel. {emp.phone}", T, 8.5)
    p.hline(L, R, 90, 0.8)
    p.text(p.w / 2, 150, "CONSTANCIA DE TRABAJO", TB, 15, "center")
    pos = job.position
    if pos in ("Bioquímica", "Bioquímico"):
        pos = "Bioquímica" if fem else "Bioquímico"
    start, contract = job.start, None
    span = _months(job.start, job.end or job.letter_date)
    if span > 18 and kj(job, "ctr") % 2 == 0:
        cut = D.add_months(job.start, 6 + kj(job, "cut") % 8)
        contract = (job.start, cut - dt.timedelta(days=1))
        start = cut
    carga = (f"con una carga horaria de {job.hours} horas semanales" if job.hours < 35 else
             f"con una carga horaria de {job.hours} horas semanales (tiempo completo)")
    who = f"{'la' if fem else 'el'} {'Dra.' if fem else 'Dr.'} {name}" if pos.startswith("Bioq") else \
        f"{'la Sra.' if fem else 'el Sr.'} {name}"
    if job.end is None:
        body = (f"Por la presente se hace constar que {who}, con C.I. N° {kj(job, 'ci') % 3000000 + 3000000:,}, "
                f"presta servicios en esta institución desde el {_es_date(start)}, en carácter de {pos}, {carga}.")
    else:
        body = (f"Por la presente se hace constar que {who}, con C.I. N° {kj(job, 'ci') % 3000000 + 3000000:,}, "
                f"prestó servicios en esta institución desde el {_es_date(start)} hasta el {_es_date(job.end)}, en "
                f"carácter de {pos}, {carga}.")
    body = body.replace(",", "§").replace("§ ", ", ").replace("§", ".")
    y = p.paragraph(L, 200, body, T, 12, R - L, 20) + 10
    if contract:
        y = p.paragraph(L, y, f"Anteriormente se desempeñó en la misma institución bajo la modalidad de contrato, del "
                        f"{_es_date(contract[0])} al {_es_date(contract[1])}, en el mismo cargo.", T, 12, R - L,
                        20) + 10
    if job.departments:
        y = p.paragraph(L, y, f"Áreas de desempeño: {', '.join(job.departments)}.", T, 12, R - L, 20) + 10
    d = job.letter_date
    y = p.paragraph(L, y, f"Se expide la presente constancia a pedido de {'la' if fem else 'el'} "
                    f"{'interesada' if fem else 'interesado'} y para los fines que {'la' if fem else 'le'} convenga, en "
                    f"la ciudad de {emp.city}, a los {d.day} días del mes de "
                    f"{['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][d.month - 1]} de {d.year}.",
                    T, 12, R - L, 20) + 70
    sign_block(p, rng, p.w / 2, y, job.signer, TB, 10.5, 200,
               "Jefe de Recursos Humanos" if not lab else "Directora Técnica")
    rubber_stamp(p, p.w / 2 + 130, y - 20, 44, 28, 0.45)
    return LayoutResult("employment_letter", "u_constancia_rotations", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "es_long", "hours_facts": _facts(job), "contract_then_post": bool(contract)})


def _na(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    lab = emp.kind == "lab"
    p = Page(A4)
    L, R = 60, p.w - 60
    p.rect(L, 36, R - L, 52, 0, 0, fill=0.9)
    p.text(L + 12, 56, emp.name, FB, 13)
    p.text(L + 12, 70, ("Pathology Laboratory Services — " if lab else "") + f"{emp.street}, {emp.city}", F, 8.5)
    p.text(L + 12, 81, f"Tel: {emp.phone} | E-mail: {emp.email}", F, 8.5)
    p.text(L, 120, D.long_dmy(job.letter_date), F, 10)
    p.text(L, 150, "TO WHOM IT MAY CONCERN", FB, 12)
    p.hline(L, L + 150, 153, 0.6)
    end = job.end or job.letter_date
    total = _months(job.start, end)
    verb = "has been employed" if job.end is None else "was employed"
    hrs = f"full-time ({job.hours} hours per week)" if job.hours >= 35 else f"part-time ({job.hours} hours per week)"
    tail = "to date" if job.end is None else f"to {D.long_dmy(job.end)}"
    y = p.paragraph(L, 180, f"This serves to confirm that {name} {verb} by {emp.name} as a {job.position} on a {hrs} "
                    f"basis from {D.long_dmy(job.start)} {tail}. During this period {'she' if fem else 'he'} rotated "
                    "through the sections of the laboratory as follows:", F, 10.5, R - L, 16) + 8
    depts = job.departments or ["General Laboratory"]
    n = len(depts)
    cuts = [job.start]
    for i in range(1, n):
        cuts.append(D.add_months(job.start, round(total * i / n)))
    cuts.append(end)
    xs = [L, L + 200, L + 300, L + 400, R]
    p.rect(L, y, R - L, 16, 0.6, 0, fill=0.88)
    p.pieces(y + 11, [(L + 5, "Section", "left"), ((xs[1] + xs[2]) / 2, "From", "center"),
                      ((xs[2] + xs[3]) / 2, "To", "center"), ((xs[3] + xs[4]) / 2, "Months", "center")], FB, 9)
    top = y
    y += 16
    summ = 0
    for i, dname in enumerate(depts):
        a = cuts[i]
        b = cuts[i + 1] - dt.timedelta(days=1) if i + 1 < n else end
        mo = (round(total * (i + 1) / n) - round(total * i / n)) if n > 1 else total
        summ += mo
        p.pieces(y + 11, [(L + 5, dname, "left"), ((xs[1] + xs[2]) / 2, D.dmy_slash(a), "center"),
                          ((xs[2] + xs[3]) / 2, "to date" if (i + 1 == n and job.end is None) else D.dmy_slash(b), "center"),
                          ((xs[3] + xs[4]) / 2, str(mo), "center")], F, 9)
        y += 16
        p.hline(L, R, y, 0.3)
    for x in xs:
        p.vline(x, top, y, 0.5)
    p.rect(L, top, R - L, y - top, 0.6, 0)
    y += 18
    p.text(L, y, f"Total clinical laboratory experience: {summ} months", FB, 10.5)
    y = p.paragraph(L, y + 24, f"{'She' if fem else 'He'} is a competent and reliable member of staff. Should you require "
                    "any further information, please do not hesitate to contact the undersigned.", F, 10.5, R - L, 16)
    p.text(L, y + 14, "Yours faithfully,", F, 10.5)
    sign_block(p, rng, L + 90, y + 70, job.signer, FB, 10, 170, "Laboratory Manager" if lab else "Human Resources Manager")
    rubber_stamp(p, L + 260, y + 56, 46, 28, 0.45)
    return LayoutResult("employment_letter", "u_constancia_rotations", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "long_dmy", "hours_facts": _facts(job), "total_months": summ})


_FNS_D = {"PY": _py, "NA": _na}


def u_constancia_rotations(job, person, rng, as_of):
    return _FNS_D[job.employer.country](job, person, rng, as_of)


LETTER_LAYOUTS = {"u_spravka_experience": (u_spravka_experience, FAMILY, ("KG", "YE", "LA")),
                  "u_constancia_rotations": (u_constancia_rotations, FAMILY, ("PY", "NA"))}
