"""Writer J, round 5: the two employment letters.

`r5j_eg_iq_experience` (EG, IQ): a Ministry of Health "EXPERIENCE CERTIFICATE" (a private laboratory
issues it on its own letterhead), English with the Arabic ministry lines drawn as pictures. EG: "To whom
it may concern: The Ministry of Health and Population - <Governorate> Health Directorate certifies that
Chemist/ <Name> has been working at <Hospital>, Laboratory Department, as <position> from 1/10/2019 until
the date of issuing this certificate ... and this certificate was given upon her request without any
responsibility on the hospital" (dates d/m/yyyy without zero padding; the "Chemist/" title is not part of
the name in the truth). IQ: the same opening, then a ruled label/value table (Name, Job Title, Workplace,
Department, Sections, Working hours, "Period of service: from 1/9/2019 to 31/8/2021 (two years)").

`r5j_vn_ec_pk_employment` (VN, EC, PK). VN: "GIẤY XÁC NHẬN CÔNG TÁC / CERTIFICATE OF EMPLOYMENT", a bilingual
label/value form (dates dd/mm/yyyy, "đến nay / to present"). EC: "CERTIFICADO LABORAL ... presta sus
servicios en el Laboratorio Clínico ... desde el 15 de mayo de 2018 hasta el 30 de abril de 2022, con
una jornada de 8 horas diarias de lunes a viernes" (Sr./Sra. not kept in the truth name). PK:
"EXPERIENCE CERTIFICATE ... w.e.f. 01-07-2019 to date" with a ROTATIONS table `Department | From | To |
Duration` ("Haematology | 01-07-2019 | 31-12-2019 | 6 months")."""

import datetime as dt

from .. import dates as D
from .. import fonts
from ..layouts_letter import join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from . import r1_a_kit as KIT
from . import r1_b_common as B
from .r4_g_arabic import arabic_line
from .r5_j_common import FAMILY, dmy, duration_words, hours_facts, whole_months

AR_MIN = {"EG": ("جمهورية مصر العربية", "وزارة الصحة والسكان"), "IQ": ("جمهورية العراق", "وزارة الصحة")}
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
VN_EMP = {"Hoa Sen International Hospital": "BỆNH VIỆN QUỐC TẾ HOA SEN",
          "Truong Son Medical Diagnostic Center": "TRUNG TÂM CHẨN ĐOÁN Y KHOA TRƯỜNG SƠN",
          "Mekong Delta General Hospital": "BỆNH VIỆN ĐA KHOA ĐỒNG BẰNG MÊ KÔNG"}


def hours_en(job):
    h, st = job.hours, job.hours_style
    return {"hours": f"{h} hours per week", "fulltime_only": "full time",
            "fulltime_hours": f"full time ({h} hours per week)", "parttime_hours": f"part time, {h} hours per week",
            "daily": f"full time, 8 hours daily, {h // 8} days a week"}[st]


def eg_iq_experience(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 58, p.w - 58
    gov = emp.region.replace(" Governorate", "")
    ministry = "Ministry of Health and Population" if c == "EG" else "Ministry of Health"
    state = "Arab Republic of Egypt" if c == "EG" else "Republic of Iraq"
    y = 48
    if emp.kind == "lab":
        p.text(L, y, emp.name, FB, 15); y += 14
        p.text(L, y, f"{emp.street}, {emp.city}", F, 10); y += 12
        p.text(L, y, f"Tel. {emp.phone} - {emp.email}", F, 9.5); y += 12
        issuer = emp.name
    else:
        for ln, f in ((state, FB), (ministry, F), (f"{gov} Health Directorate", F), (emp.name, FB)):
            p.text(L, y, ln, f, 10.5); y += 13
        ya = 50
        for ln in AR_MIN[c]:
            arabic_line(p, R - 70, ya, ln, 11, bold=True); ya += 17
        issuer = f"The {ministry} - {gov} Health Directorate"
    p.hline(L, R, y, 1.0); y += 20
    ref = f"Ref. No.: {rng.randint(100, 999)}/{job.letter_date.year}"
    p.pieces(y, [(L, ref, "left"), (R, f"Date: {dmy(job.letter_date)}", "right")], F, 10.5); y += 40
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 16, "center"); y += 34
    p.text(L, y, "To whom it may concern:", FB, 12); y += 24
    nm = printed_name(job, person, rng.choice(["natural", "caps"]))
    lab = bool(job.areas) or job.position != "Staff Nurse"
    title = "Chemist" if lab and c == "EG" else ("Nurse" if not lab else "Mr." if person.sex == "M" else "Ms.")
    who = f"{title}/ {nm}" if title in ("Chemist", "Nurse") else f"{title} {nm}"
    he, his = person.pronoun("subj"), person.pronoun("poss")
    dept = "Laboratory Department" if lab else "Nursing Department"
    place = emp.name if emp.kind == "lab" else f"{emp.name}, {dept}"
    if job.end is None:
        period = f"from {dmy(job.start)} until the date of issuing this certificate"
        verb = "has been working"
    else:
        period = f"from {dmy(job.start)} until {dmy(job.end)}"
        verb = "worked"
    tail = (f"and this certificate was given upon {his} request without any responsibility on the "
            f"{'laboratory' if emp.kind == 'lab' else 'hospital'}.")
    pars = []
    if c == "EG":
        pars.append(f"{issuer} certifies that {who} {verb} at {place}, as {job.position} {period}, {hours_en(job)}.")
        if job.departments:
            pars.append(f"During this period {he} worked in the following sections: {join_and(job.departments)}.")
        pars.append(f"{his.capitalize()} work and conduct were satisfactory, {tail}")
    else:
        pars.append(f"{issuer} certifies that {who} {verb} at {emp.name} according to the following details:")
    for par in pars:
        for ln in wrap(par, F, 12, R - L):
            p.text(L, y, ln, F, 12); y += 18
        y += 8
    if c == "IQ":
        to = "to date (still in service)" if job.end is None else f"to {dmy(job.end)} ({duration_words(job.start, job.end)})"
        rows = [("Name", nm), ("Job Title", job.position), ("Workplace", emp.name), ("Department", dept),
                ("Sections", ", ".join(job.departments) if job.departments else "-"),
                ("Working hours", hours_en(job).capitalize()),
                ("Period of service", f"from {dmy(job.start)} {to}")]
        top = y - 12
        for a, b in rows:
            lines = wrap(b, F, 11, R - L - 150)
            p.pieces(y, [(L + 6, a, "left", FB, 11), (L + 146, lines[0], "left")], F, 11)
            for ln in lines[1:]:
                y += 14
                p.text(L + 146, y, ln, F, 11)
            p.hline(L, R, y + 6, 0.4)
            y += 20
        p.rect(L, top, R - L, y - 14 - top, 0.7)
        p.vline(L + 138, top, y - 14, 0.4)
        y += 10
        for ln in wrap(f"{his.capitalize()} conduct during the service was good, {tail}", F, 12, R - L):
            p.text(L, y, ln, F, 12); y += 18
    y += 46
    B.stamp(p, L + 70, y - 10, 30)
    p.signature(R - 170, y - 14, 110, rng)
    p.text(R - 110, y, job.signer, FB, 11, "center"); y += 14
    p.text(R - 110, y, "Laboratory Director" if emp.kind == "lab" else "Hospital Director", FI, 11, "center")
    return LayoutResult("employment_letter", "r5j_eg_iq_experience", FAMILY, [p], [nm],
                        info={"date_style": "dmy_nopad", "hours_facts": hours_facts(job)})


def vn_ec_pk_employment(job, person, rng, as_of):
    c = job.employer.country
    if c == "VN":
        with fonts.use_scheme(B.vi_scheme()):
            return _vn(job, person, rng)
    return (_ec if c == "EC" else _pk)(job, person, rng)


def _vn(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 50, p.w - 50
    y = 46
    p.pieces(y, [(L + 105, "SỞ Y TẾ / DEPARTMENT OF HEALTH", "center", F, 8.5),
                 (R - 120, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center", FB, 9)]); y += 12
    p.pieces(y, [(L + 105, VN_EMP.get(emp.name, emp.name.upper()), "center", FB, 8.5),
                 (R - 120, "Độc lập - Tự do - Hạnh phúc", "center", FB, 9)]); y += 11
    p.pieces(y, [(L + 105, emp.name, "center", FI, 8), (R - 120, "Independence - Freedom - Happiness", "center", FI, 8)])
    y += 16
    p.pieces(y, [(L + 105, f"Số / No.: {rng.randint(10, 999)}/XN-TCCB", "center", F, 8.5)]); y += 40
    p.text(p.w / 2, y, "GIẤY XÁC NHẬN CÔNG TÁC", FB, 15, "center"); y += 15
    p.text(p.w / 2, y, "CERTIFICATE OF EMPLOYMENT", FB, 11, "center"); y += 30
    p.text(L, y, f"{VN_EMP.get(emp.name, emp.name)} xác nhận / {emp.name} certifies that:", F, 10); y += 22
    if job.name_override:
        nm = job.name_override
    else:
        nm = " ".join(q for q in (person.surname, person.middle, person.given) if q)
    d = lambda x: f"{x.day:02d}/{x.month:02d}/{x.year}"  # noqa: E731
    h, ft, pt = hours_facts(job)
    if job.hours_style == "fulltime_only":
        mode = "Toàn thời gian / Full-time"
    elif pt:
        mode = f"Bán thời gian / Part-time ({h} giờ/tuần / {h} hours per week)"
    elif ft:
        mode = f"Toàn thời gian / Full-time ({h} giờ/tuần / {h} hours per week)"
    else:
        mode = f"{h} giờ/tuần / {h} hours per week"
    period = (f"Từ {d(job.start)} đến nay / From {d(job.start)} to present" if job.end is None else
              f"Từ {d(job.start)} đến {d(job.end)} / From {d(job.start)} to {d(job.end)}")
    lab = bool(job.areas) or job.position != "Staff Nurse"
    rows = [("Họ và tên / Full name:", nm), ("Chức danh / Position:", job.position),
            ("Khoa / Department:", "Khoa Xét nghiệm / Laboratory Department" if lab else "Khoa Điều dưỡng / Nursing Department"),
            ("Thời gian công tác / Period of employment:", period), ("Hình thức làm việc / Working time:", mode),
            ("Lĩnh vực chuyên môn / Sections:", "; ".join(job.departments) if job.departments else "-")]
    for a, b in rows:
        lines = wrap(b, F, 10, R - L - 215)
        p.pieces(y, [(L, a, "left", FB, 9.5), (L + 215, lines[0], "left")], F, 10)
        for ln in lines[1:]:
            y += 13
            p.text(L + 215, y, ln, F, 10)
        y += 20
    y += 6
    for ln in ("Giấy xác nhận này được cấp theo đề nghị của đương sự để bổ sung hồ sơ.",
               "This certificate is issued at the request of the employee for the purpose of the application."):
        p.text(L, y, ln, FI if ln[0] == "T" else F, 9.5); y += 13
    y += 26
    ld = job.letter_date
    city = {"Ho Chi Minh City": "TP. Hồ Chí Minh", "Da Nang": "Đà Nẵng", "Can Tho": "Cần Thơ"}.get(emp.city, emp.city)
    p.text(R - 110, y, f"{city}, ngày {ld.day} tháng {ld.month} năm {ld.year}", FI, 9.5, "center"); y += 13
    p.text(R - 110, y, "GIÁM ĐỐC / DIRECTOR", FB, 10, "center"); y += 52
    p.seal(R - 215, y - 26, 24, 0.5)
    p.signature(R - 150, y - 14, 90, rng)
    p.text(R - 110, y, job.signer, FB, 10, "center")
    return LayoutResult("employment_letter", "r5j_vn_ec_pk_employment", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash", "hours_facts": (h, ft, pt)})


def es_date(x):
    return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def _ec(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 64, p.w - 64
    p.logo(L + 20, 64, 20, 2)
    p.text(p.w / 2, 58, emp.name.upper(), FB, 14, "center")
    p.text(p.w / 2, 72, f"{emp.street} - {emp.city}, Ecuador", F, 9, "center")
    p.text(p.w / 2, 84, f"Telf.: {emp.phone} - {emp.email}", F, 9, "center")
    p.hline(L, R, 92, 1.0)
    y = 126
    p.text(R, y, f"{emp.city}, {es_date(job.letter_date)}", F, 10.5, "right"); y += 44
    p.text(p.w / 2, y, "CERTIFICADO LABORAL", FB, 15, "center"); y += 36
    p.text(L, y, "A quien interese:", FB, 11); y += 26
    nm = printed_name(job, person, rng.choice(["caps", "natural"]))
    f = person.sex == "F"
    h, st = job.hours, job.hours_style
    jor = {"hours": f"con una jornada de {h} horas semanales",
           "fulltime_only": "a tiempo completo",
           "fulltime_hours": ("a tiempo completo, con una jornada de 8 horas diarias de lunes a viernes" if h == 40
                              else f"a tiempo completo, con una jornada de {h} horas semanales"),
           "parttime_hours": f"a medio tiempo, con una jornada de {h} horas semanales",
           "daily": f"a tiempo completo, con una jornada de 8 horas diarias, {h // 8} días a la semana"}[st]
    lab = bool(job.areas) or job.position != "Staff Nurse"
    where = "el Laboratorio Clínico" if lab else "el Servicio de Enfermería"
    if job.end is None:
        period = f"presta sus servicios en {where} de {emp.name} desde el {es_date(job.start)} hasta la presente fecha"
    else:
        period = f"prestó sus servicios en {where} de {emp.name} desde el {es_date(job.start)} hasta el {es_date(job.end)}"
    pars = [f"Certifico que {'la señora' if f else 'el señor'} {nm} {period}, desempeñando el cargo de "
            f"{job.position}, {jor}."]
    if job.departments:
        pars.append(f"Durante este tiempo ha laborado en las áreas de {join_and(job.departments).replace(' and ', ' y ')}.")
    pars.append(f"{'La interesada' if f else 'El interesado'} puede hacer uso del presente certificado como "
                "estime conveniente, excepto para trámites judiciales.")
    for par in pars:
        for ln in wrap(par, F, 11, R - L):
            p.text(L, y, ln, F, 11); y += 16.5
        y += 10
    y += 10
    p.text(L, y, "Atentamente,", F, 11); y += 56
    p.signature(L + 4, y - 14, 100, rng)
    p.text(L, y, job.signer, FB, 10.5); y += 13
    p.text(L, y, "JEFE DE TALENTO HUMANO", F, 10)
    hf = {"hours": (h, False, False), "fulltime_only": (None, True, False),
          "fulltime_hours": (h, True, False), "parttime_hours": (h, False, True), "daily": (h, True, False)}[st]
    return LayoutResult("employment_letter", "r5j_vn_ec_pk_employment", FAMILY, [p], [nm],
                        info={"date_style": "es_long", "hours_facts": hf})


def rotations(job, as_of):
    """[(department, from, to or None, months)] covering the whole period, 6-month blocks in turn."""
    deps = list(job.departments)
    end = job.end or job.letter_date
    total = max(1, whole_months(job.start, end))
    step = (12 if total > 40 else 6) if total >= 6 * len(deps) else max(1, total // len(deps))
    out, s, i = [], job.start, 0
    while s <= end:
        e = D.add_months(s, step) - dt.timedelta(days=1)
        last = e >= end or D.add_months(e + dt.timedelta(days=1), step) - dt.timedelta(days=1) > end + dt.timedelta(days=60)
        if last:
            e = end
        out.append((deps[i % len(deps)], s, None if (last and job.end is None) else e))
        s, i = e + dt.timedelta(days=1), i + 1
        if last:
            break
    return out


def _pk(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 60, p.w - 60
    p.logo(L + 18, 60, 18, 0)
    p.text(p.w / 2, 56, emp.name.upper(), FB, 15, "center")
    p.text(p.w / 2, 70, f"{emp.street}, {emp.city}", F, 10, "center")
    p.text(p.w / 2, 82, f"Ph: {emp.phone}  E-mail: {emp.email}".replace("  ", " "), F, 9.5, "center")
    p.hline(L, R, 90, 1.2)
    y = 116
    p.pieces(y, [(L, f"No. {emp.name.split()[0][:3].upper()}/Admin/{rng.randint(100, 999)}", "left"),
                 (R, f"Dated: {D.dmy_dash(job.letter_date)}", "right")], F, 10.5); y += 44
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 15, "center")
    p.hline(p.w / 2 - 88, p.w / 2 + 88, y + 4, 0.8); y += 36
    nm = printed_name(job, person, rng.choice(["natural", "caps"]))
    hon = person.honorific("Ms.")
    rel = KIT.so_do(person)
    he, his = person.pronoun("subj"), person.pronoun("poss")
    lab = bool(job.areas) or job.position != "Staff Nurse"
    dept = "Department of Pathology" if lab else "Nursing Department"
    span = f"w.e.f. {D.dmy_dash(job.start)} to date" if job.end is None else \
        f"w.e.f. {D.dmy_dash(job.start)} to {D.dmy_dash(job.end)}"
    verb = "has been working" if job.end is None else "worked"
    pars = [f"This is to certify that {hon} {nm} {rel} {KIT.father_name(person)} {verb} in the {dept} of this "
            f"{'laboratory' if emp.kind == 'lab' else 'hospital'} as {job.position} {span}. {he.capitalize()} "
            f"{'works' if job.end is None else 'worked'} "
            f"{hours_en(job)}."]
    for par in pars:
        for ln in wrap(par, F, 12, R - L):
            p.text(L, y, ln, F, 12); y += 18
        y += 8
    if job.departments and job.areas:
        p.text(L, y, f"During this period {he} rotated through the following sections:", F, 12); y += 22
        cx = [L + 8, L + 200, L + 290, L + 380]
        p.rect(L, y - 12, R - L, 17, 0.6, 0.0, fill=0.9)
        p.pieces(y, [(cx[0], "Department", "left"), (cx[1], "From", "left"), (cx[2], "To", "left"),
                     (cx[3], "Duration", "left")], FB, 11)
        top = y - 12
        y += 18
        for dep, a, b in rotations(job, None):
            mo = whole_months(a, b or job.letter_date)
            dur = f"{mo} month{'s' if mo != 1 else ''}" if b else "continuing"
            p.pieces(y, [(cx[0], dep, "left"), (cx[1], D.dmy_dash(a), "left"), (cx[2], D.dmy_dash(b) if b else "till date", "left"),
                         (cx[3], dur, "left")], F, 11)
            y += 16
        p.rect(L, top, R - L, y - 11 - top, 0.6)
        for x in cx[1:]:
            p.vline(x - 6, top, y - 11, 0.4)
        y += 12
    elif job.departments:
        p.text(L, y, f"{he.capitalize()} was posted in {join_and(job.departments)}.", F, 12); y += 26
    for ln in wrap(f"{his.capitalize()} work and conduct remained satisfactory. We wish {person.pronoun('obj')} "
                   "success in future.", F, 12, R - L):
        p.text(L, y, ln, F, 12); y += 18
    y += 50
    p.circle(R - 170, y - 16, 26, 1.0, 0.5)
    p.signature(R - 150, y - 14, 100, rng)
    p.text(R - 100, y, job.signer, FB, 11, "center"); y += 14
    p.text(R - 100, y, "Medical Superintendent" if emp.kind != "lab" else "Chief Pathologist", FI, 11, "center")
    return LayoutResult("employment_letter", "r5j_vn_ec_pk_employment", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "dmy_dash", "hours_facts": hours_facts(job)})


LETTER_LAYOUTS = {"r5j_eg_iq_experience": (eg_iq_experience, FAMILY, ("EG", "IQ")),
                  "r5j_vn_ec_pk_employment": (vn_ec_pk_employment, FAMILY, ("VN", "EC", "PK"))}
