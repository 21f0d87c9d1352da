"""Writer H, round 4: employment letters for PE, BR, UA, TR and IN.

pe_br_letter (PE, BR): PE "CONSTANCIA DE TRABAJO" (contrato CAS, hours per MONTH, rotating areas);
    BR "DECLARAÇÃO" (hours per week, setor de Análises Clínicas).
ua_tr_in_letter (UA, TR, IN): IN hospital "EXPERIENCE CERTIFICATE" as a table S.No | Designation
    | Department | From | To | Total Period (a promotion, "Till date"); UA "ДОВІДКА / REFERENCE"
    and TR "ÇALIŞMA BELGESİ / CERTIFICATE OF EMPLOYMENT", bilingual label rows.
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, hours_sentence, join_and
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r4_h_common import FAMILY, cyrillic_safe, es_long, pt_long, stamp
from .r4_h_tr import tr_upper
from .r4_h_ua import CYR


# =============================================================================================
# (c) PE / BR letters

def _letterhead(p, emp, rng, y=48, font="Helvetica"):
    p.logo(66, y + 6, 18, rng.randrange(3))
    p.text(p.w / 2, y, tr_upper(emp.name) if emp.country == "TR" else emp.name.upper(), font + "-Bold", 13, "center")
    y += 13
    p.text(p.w / 2, y, f"{emp.street} - {emp.city}", font, 8.5, "center"); y += 11
    p.text(p.w / 2, y, f"Tel. {emp.phone} - {emp.email}", font, 8.5, "center"); y += 8
    p.hline(50, p.w - 50, y, 1.0)
    return y + 30


def _pe_hours(job):
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        return "a tiempo completo", (None, True, False)
    if st == "daily":
        return f"con una jornada de 8 horas diarias de lunes a sábado ({h} horas semanales)", (h, True, False)
    monthly = round(h * 52 / 12)
    if st == "parttime_hours":
        return f"a tiempo parcial, con una jornada de {monthly} horas mensuales", (h, False, True)
    return f"con una jornada de {monthly} horas mensuales", (h, st == "fulltime_hours", False)


def _br_hours(job):
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        return "em regime de tempo integral", (None, True, False)
    if st == "daily":
        return f"com jornada de 8 horas diárias, de segunda a sábado ({h} horas semanais)", (h, True, False)
    if st == "parttime_hours":
        return f"em regime de meio período, com carga horária de {h} horas semanais", (h, False, True)
    if st == "fulltime_hours":
        return f"em regime de tempo integral, com carga horária de {h} horas semanais", (h, True, False)
    return f"com carga horária de {h} horas semanais", (h, False, False)


def pe_br_letter(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, W = 64, p.w - 128
    name = (job.name_override or f"{person.given} {job.surname_override or person.surname}").upper()
    y = _letterhead(p, emp, rng)
    fem = person.sex == "F"
    present = job.end is None
    if emp.country == "PE":
        p.text(p.w / 2, y, "CONSTANCIA DE TRABAJO", FB, 15, "center"); y += 34
        y = p.paragraph(L, y, "El que suscribe, Jefe de la Oficina de Recursos Humanos "
                        f"{'de la' if emp.name.startswith('Clínica') else 'del'} {emp.name}, hace constar:", F, 10.5, W, 15) + 8
        tm = "Lic. T.M." if "Tecnólogo" in job.position else ("la Sra." if fem else "el Sr.")
        art = "la" if fem and tm.startswith("Lic") else ("el" if tm.startswith("Lic") else "")
        who = f"{art} {tm}".strip()
        period = (f"labora en esta institución desde el {es_long(job.start)} hasta la fecha" if present else
                  f"laboró en esta institución desde el {es_long(job.start)} hasta el {es_long(job.end)}")
        hours, facts = _pe_hours(job)
        ward = bool(job.departments) and not job.areas
        svc = ("en el Departamento de Enfermería" if ward else "en el Servicio de Patología Clínica" if job.departments
               else "en el Departamento de Apoyo al Diagnóstico")
        body = (f"Que {who} {name}, {'identificada' if fem else 'identificado'} con DNI N° {rng.randint(40000000, 48999999)}, "
                f"{period}, {svc}, en el cargo de {job.position}, bajo la modalidad de contrato CAS, {hours}")
        body += (f", rotando por {'los servicios' if ward else 'las áreas'} de {join_and(job.departments).replace(' and ', ' y ')}." if job.departments else ".")
        y = p.paragraph(L, y, body, F, 10.5, W, 15) + 10
        y = p.paragraph(L, y, f"Se expide la presente constancia a solicitud {'de la interesada' if fem else 'del interesado'} "
                        "para los fines que estime conveniente.", F, 10.5, W, 15) + 16
        p.text(p.w - L, y, f"{emp.city}, {es_long(job.letter_date)}", F, 10.5, "right"); y += 70
        ds = "es_long"
    else:
        p.text(p.w / 2, y, "DECLARAÇÃO", FB, 15, "center"); y += 40
        func = "funcionária" if fem else "funcionário"
        period = (f"é {func} desta instituição desde {D.dmy_slash(job.start)}" if present else
                  f"foi {func} desta instituição no período de {D.dmy_slash(job.start)} a {D.dmy_slash(job.end)}")
        hours, facts = _br_hours(job)
        setor = (f", no setor de Análises Clínicas ({join_and(job.departments).replace(' and ', ' e ')})"
                 if job.areas else f", nos setores {join_and(job.departments).replace(' and ', ' e ')}" if job.departments
                 else "")
        body = (f"Declaramos para os devidos fins que {name}, {'portadora' if fem else 'portador'} do CPF nº "
                f"***.{rng.randint(100, 999)}.{rng.randint(100, 999)}-**, {period}, "
                f"{'exercendo' if present else 'tendo exercido'} o cargo de {job.position}, {hours}{setor}.")
        y = p.paragraph(L, y, body, F, 10.5, W, 16) + 10
        y = p.paragraph(L, y, "Por ser verdade, firmamos a presente declaração.", F, 10.5, W, 16) + 18
        p.text(p.w - L, y, f"{emp.city}, {pt_long(job.letter_date)}.", F, 10.5, "right"); y += 70
        ds = "pt_long"
    p.signature(L + 10, y - 14, 120, rng)
    p.hline(L, L + 200, y - 10, 0.5)
    p.text(L, y, job.signer, FB, 10); y += 13
    p.text(L, y, "Jefe de la Oficina de Recursos Humanos" if emp.country == "PE" else "Gerente de Recursos Humanos", F, 10)
    if emp.country == "BR":
        p.text(p.w / 2, p.h - 40, f"CNPJ {rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/0001-"
               f"{rng.randint(10, 99)}", F, 8, "center")
        p.seal(p.w - 150, y - 20, 30, 0.5)
    else:
        stamp(p, p.w - 230, y - 40, ["OFICINA DE RECURSOS HUMANOS", emp.name.upper()[:40].strip()], size=6.5)
    return LayoutResult("employment_letter", "pe_br_letter", FAMILY, [p], [name],
                        info={"date_style": ds, "hours_facts": facts})


# =============================================================================================
# (d) UA / TR / IN letters

def _span(a, b):
    b = b + dt.timedelta(days=1)
    m = (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)
    y, mm = divmod(m, 12)
    parts = []
    if y:
        parts.append(f"{y} year{'s' if y > 1 else ''}")
    if mm or not parts:
        parts.append(f"{mm} month{'s' if mm != 1 else ''}")
    return " ".join(parts)


def ua_tr_in_letter(job, person, rng, as_of):
    if job.employer.country == "IN":
        return _in_letter(job, person, rng, as_of)
    if job.employer.country == "UA":
        with cyrillic_safe():
            return _ua_tr_letter(job, person, rng, as_of)
    return _ua_tr_letter(job, person, rng, as_of)


def _in_letter(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 56, p.w - 56
    name = job.name_override or " ".join(x for x in (person.given, person.middle, job.surname_override or person.surname) if x)
    y = _letterhead(p, emp, rng, 50, "Helvetica")
    p.pieces(y, [(L, f"Ref. No.: {emp.name.split()[0][:3].upper()}/HR/EXP/{job.letter_date.year}/{rng.randint(10, 999)}", "left"),
                 (R, f"Date: {D.dmy_dot(job.letter_date)}", "right")], F, 10); y += 34
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 14, "center"); y += 30
    hon = "Mr." if person.sex == "M" else "Ms."
    dep_of = "Nursing Services" if job.departments and not job.areas else "Laboratory Medicine"
    y = p.paragraph(L, y, f"This is to certify that {hon} {name} has been working in the Department of {dep_of} of "
                    f"this hospital as per the details given below:" if job.end is None else
                    f"This is to certify that {hon} {name} worked in the Department of {dep_of} of this hospital "
                    f"as per the details given below:", F, 11, R - L, 15) + 8
    end = job.end or as_of
    rows = []
    months = (end.year - job.start.year) * 12 + end.month - job.start.month
    dept = ", ".join(job.departments) if job.departments else "Laboratory Services"
    if months >= 24 and rng.random() < 0.8:
        cut = D.add_months(job.start, months // 2)
        cut = dt.date(cut.year, cut.month, 1)
        junior = "Trainee Lab Technician" if "Technician" in job.position else "Lab Technician"
        rows.append((junior, dept, job.start, cut - dt.timedelta(days=1)))
        rows.append((job.position, dept, cut, job.end))
    else:
        rows.append((job.position, dept, job.start, job.end))
    xs = [L, L + 30, L + 140, L + 262, L + 322, L + 382, R]
    top = y
    p.hline(L, R, y, 0.8)
    p.pieces(y + 12, [((xs[0] + xs[1]) / 2, "S.No", "center"), ((xs[1] + xs[2]) / 2, "Designation", "center"),
                      ((xs[2] + xs[3]) / 2, "Department", "center"), ((xs[3] + xs[4]) / 2, "From", "center"),
                      ((xs[4] + xs[5]) / 2, "To", "center"), ((xs[5] + xs[6]) / 2, "Total Period", "center")], FB, 9.5)
    y += 18
    p.hline(L, R, y, 0.8)
    y += 14
    for i, (des, dep, a, b) in enumerate(rows, 1):
        dl = wrap(dep, F, 9.5, xs[3] - xs[2] - 6)
        p.pieces(y, [((xs[0] + xs[1]) / 2, str(i), "center"), (xs[1] + 4, des, "left"), (xs[2] + 4, dl[0], "left"),
                     ((xs[3] + xs[4]) / 2, D.dmy_dot(a), "center"),
                     ((xs[4] + xs[5]) / 2, D.dmy_dot(b) if b else "Till date", "center"),
                     ((xs[5] + xs[6]) / 2, _span(a, (b or as_of)), "center")], F, 9.5)
        for ln in dl[1:]:
            y += 11
            p.text(xs[2] + 4, y, ln, F, 9.5)
        y += 8
        p.hline(L, R, y, 0.4)
        y += 13
    for x in xs:
        p.vline(x, top, y - 13, 0.6)
    y += 8
    y = p.paragraph(L, y, hours_sentence(job, person, "present" if job.end is None else "past"), F, 11, R - L, 15) + 6
    he = person.pronoun("subj")
    y = p.paragraph(L, y, f"During this period {he} was found sincere, hardworking and competent in the duties assigned. "
                    f"We wish {person.pronoun('obj')} all success in {person.pronoun('poss')} future endeavours.",
                    F, 11, R - L, 15) + 40
    p.signature(L + 4, y - 14, 110, rng)
    p.text(L, y, job.signer, FB, 10.5); y += 13
    p.text(L, y, "Medical Superintendent", F, 10.5); y += 13
    p.text(L, y, emp.name, F, 10.5)
    p.seal(R - 80, y - 30, 32, 0.5)
    return LayoutResult("employment_letter", "ua_tr_in_letter", FAMILY, [p], [f"{hon} {name}"],
                        info={"date_style": "dmy_dot", "hours_facts": hours_facts(job)})


POS_LOCAL = {"UA": {"Laboratory Technician (Medical Laboratory)": "Лаборант (медична лабораторія)",
                    "Laboratory Assistant (Clinical Diagnostics)": "Лаборант клініко-діагностичної лабораторії",
                    "Biologist": "Біолог", "Staff Nurse": "Сестра медична", "Laboratory Aide": "Молодший лаборант"},
             "TR": {"Laboratory Technician (Medical Laboratory)": "Tıbbi Laboratuvar Teknisyeni",
                    "Staff Nurse": "Hemşire", "Laboratory Aide": "Laboratuvar Yardımcısı"}}


def _ua_tr_letter(job, person, rng, as_of):
    emp, c = job.employer, job.employer.country
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 56, p.w - 56
    ua = c == "UA"
    sur = job.surname_override or person.surname
    if ua:
        name = job.name_override or f"{person.given} {sur}"
        name_loc = f"{CYR.get(sur, sur)} {CYR.get(person.given, person.given)}"
    else:
        name = job.name_override or f"{person.given} {tr_upper(sur)}"
        name_loc = None
    y = _letterhead(p, emp, rng)
    p.pieces(y, [(L, f"{'Вих. №' if ua else 'Sayı:'} {rng.randint(10, 999)}/{job.letter_date.year}", "left"),
                 (R, D.dmy_dot(job.letter_date), "right")], F, 10); y += 34
    p.text(p.w / 2, y, "ДОВІДКА / REFERENCE" if ua else "ÇALIŞMA BELGESİ / CERTIFICATE OF EMPLOYMENT", FB, 14, "center"); y += 30
    y = p.paragraph(L, y, "Видана для пред'явлення за місцем вимоги / Issued for submission where required." if ua else
                    "İlgilinin talebi üzerine düzenlenmiştir. / Issued upon the request of the employee.", F, 10, R - L, 14) + 10
    st, h = job.hours_style, job.hours
    facts = hours_facts(job)
    if st == "fulltime_only":
        hrs = "повний робочий день / full-time" if ua else "Tam zamanlı / Full-time"
    elif st == "parttime_hours":
        hrs = (f"неповний робочий день, {h} годин на тиждень / part-time, {h} hours per week" if ua else
               f"Yarı zamanlı, haftalık {h} saat / Part-time, {h} hours per week")
    elif st == "daily":
        hrs = (f"повний робочий день, 8 годин на день, {h // 8} днів на тиждень / full-time, 8 hours a day, {h // 8} days a week"
               if ua else f"Tam zamanlı, günde 8 saat, haftada {h // 8} gün / Full-time, 8 hours a day, {h // 8} days a week")
    else:
        hrs = (f"повний робочий день, {h} годин на тиждень / full-time, {h} hours per week" if ua else
               f"Tam zamanlı, haftalık {h} saat / Full-time, {h} hours per week")
        facts = (h, True, False)
    pos_loc = POS_LOCAL[c].get(job.position)
    pos = f"{pos_loc} / {job.position}" if pos_loc and pos_loc != job.position else job.position
    end = (D.dmy_dot(job.end) if job.end else ("по теперішній час / to date" if ua else "Halen çalışmaktadır / to date"))
    rows = ([("Прізвище, ім'я / Surname, name", f"{name_loc} / {name}" if name_loc else name)] if ua else
            [("Adı Soyadı / Name Surname", name), ("SGK Sicil No / Social Security No", f"{rng.randint(10 ** 9, 10 ** 10 - 1)}")])
    rows += [("Посада / Position" if ua else "Görevi / Position", pos),
             ("Підрозділ / Unit" if ua else "Birimi / Unit",
              (("Терапевтичне відділення / Inpatient Department" if ua else "Hemşirelik Hizmetleri / Nursing Services")
               if job.departments and not job.areas else
               ("Клініко-діагностична лабораторія / Clinical Diagnostic Laboratory" if ua else
                "Tıbbi Laboratuvar / Medical Laboratory"))),
             ("Дата прийняття / Start date" if ua else "İşe Giriş Tarihi / Start Date", D.dmy_dot(job.start)),
             ("Дата звільнення / End date" if ua else "Çıkış Tarihi / End Date", end),
             ("Режим роботи / Working time" if ua else "Çalışma Süresi / Working Time", hrs)]
    if job.departments:
        rows.append(("Ділянки роботи / Sections" if ua else "Çalıştığı Bölümler / Sections", ", ".join(job.departments)))
    for k, v in rows:
        vl = wrap(v, F, 9.5, R - L - 190)
        p.pieces(y, [(L, k, "left", FB, 9), (L + 186, vl[0], "left")], F, 9.5)
        for ln in vl[1:]:
            y += 12
            p.text(L + 186, y, ln, F, 9.5)
        p.hline(L, R, y + 5, 0.3, 0.5)
        y += 19
    y += 30
    p.signature(L + 4, y - 14, 110, rng)
    p.text(L, y, job.signer, FB, 10); y += 13
    p.text(L, y, "Начальник відділу кадрів / Head of Human Resources" if ua else
           "İnsan Kaynakları Müdürü / Human Resources Manager", F, 10)
    p.seal(R - 90, y - 24, 32, 0.5)
    names = [name] + ([name_loc] if name_loc else [])
    return LayoutResult("employment_letter", "ua_tr_in_letter", FAMILY, [p], names,
                        info={"date_style": "dmy_dot", "hours_facts": facts})


LETTER_LAYOUTS = {"pe_br_letter": (pe_br_letter, FAMILY, ("PE", "BR")),
                  "ua_tr_in_letter": (ua_tr_in_letter, FAMILY, ("UA", "TR", "IN"))}
