"""Writer Y, round 12: employment letters for HU, BG (y_igazolas_udostoverenie), PS, UY
(y_certificate_constancia) and LS (y_district_confirmation).

y_igazolas_udostoverenie: HU "MUNKÁLTATÓI IGAZOLÁS": "Igazoljuk, hogy KOVÁCS Anna (adóazonosító jel: ...)
    2019. szeptember 1-jétől intézményünk Központi Klinikai Laboratóriumában orvosi laboratóriumi
    analitikus munkakörben, heti 40 órás teljes munkaidőben, határozatlan idejű munkaviszonyban áll"
    (part-time: "heti 20 órás részmunkaidőben"); a past job "2019.09.01. - 2021.08.31. között ... állt";
    the sections ("Munkavégzés helye: Klinikai kémia, Hematológia ..."); the head of HR and the lab head
    sign. BG "УДОСТОВЕРЕНИЕ": "... работи като медицински лаборант в Клинична лаборатория от 01.10.2019 г.
    до момента, на пълен работен ден (8 часа)" (the hours a day: 8 h = 40 a week; part-time "на непълен
    работен ден (4 часа)" = 20 a week), followed for one holder in two by a sworn English translation page.
y_certificate_constancia: PS English "EXPERIENCE CERTIFICATE" / "To Whom It May Concern" from a Ministry of
    Health or NGO hospital (the Arabic letterhead lines drawn as pictures), the period in words ("from the
    first of March 2018 until now"), the lab sections and the weekly hours; UY "CONSTANCIA" from a mutual
    health institution: "se desempeña como Licenciada en Laboratorio Clínico desde el 01/04/2019, con una
    carga horaria de 36 horas semanales, en los sectores de Hematología y Microbiología".
y_district_confirmation: LS district hospital letterhead ("Ministry of Health - ... Hospital"): "employed as a
    Medical Laboratory Technologist from 1 February 2018 to date", the sections rotated through as a list.

Positions and ward names the profile gives in English (a nurse's or a laboratory aide's job) are printed
in the letter's language: the job's position and department phrases are set to the printed forms before
the truth is written (the truth records what the letter prints)."""

from .. import dates as D
from ..layouts_letter import hours_facts
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, Page
from .r4_h_common import cyrillic_safe
from .r12_y_common import (EN_MONTHS, FAMILY, arabic_line, bg_fix, bg_name_cyr, bg_word, by_reading_order, hu_date,
                           hu_date_c, hu_from, hu_name, kj, round_stamp, rubber_stamp, sign_block)

POS = {"HU": {"Staff Nurse": "ápoló", "Laboratory Aide": "laboratóriumi segédasszisztens"},
       "BG": {"Staff Nurse": "медицинска сестра", "Laboratory Aide": "помощник-лаборант"},
       "UY": {"Staff Nurse": ("Licenciada en Enfermería", "Licenciado en Enfermería"),
              "Laboratory Aide": ("Auxiliar de Laboratorio", "Auxiliar de Laboratorio"),
              "Licenciado en Laboratorio Clínico": ("Licenciada en Laboratorio Clínico",
                                                    "Licenciado en Laboratorio Clínico"),
              "Técnico de Laboratorio": ("Técnica de Laboratorio", "Técnico de Laboratorio")}}
WARD = {"HU": {"Medical-Surgical Ward": "Belgyógyászati-sebészeti osztály", "Emergency Room": "Sürgősségi Betegellátó Osztály",
               "Pediatric Ward": "Gyermekosztály", "Operating Room": "Központi műtő"},
        "BG": {"Medical-Surgical Ward": "Вътрешно-хирургично отделение", "Emergency Room": "Спешно отделение",
               "Pediatric Ward": "Детско отделение", "Operating Room": "Операционен блок"},
        "UY": {"Medical-Surgical Ward": "Sala de Medicina y Cirugía", "Emergency Room": "Emergencia",
               "Pediatric Ward": "Pediatría", "Operating Room": "Block Quirúrgico"}}


def localise(job, person):
    """Set the job's position and department phrases to the forms the letter prints (idempotent)."""
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if isinstance(pos, tuple):
        pos = pos[0 if person.sex == "F" else 1]
    if pos:
        job.position = pos
    wards = WARD.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def _and(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


# --- Hungary -------------------------------------------------------------------------------------
def _hu(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    name = hu_name(person, job.surname_override or None)
    lab = emp.kind == "lab"
    p = Page(A4)
    L, R = 66, p.w - 66
    p.logo(L + 16, 56, 18, 2, 0.3)
    p.text(L + 44, 50, emp.name, FB, 11.5)
    p.text(L + 44, 63, "Humánerőforrás-gazdálkodási Osztály" if not lab else "Humánpolitikai Iroda", F, 9)
    p.text(L + 44, 75, f"{emp.city}, {emp.street} · Tel.: {emp.phone}", F, 8)
    p.hline(L, R, 86, 0.6)
    p.text(R, 110, f"Iktatószám: HR/{kj(job, 'ikt') % 9000 + 1000}-{job.letter_date.year}", F, 8.5, "right")
    p.text(p.w / 2, 160, "MUNKÁLTATÓI IGAZOLÁS", FB, 15, "center")
    unit = "Központi Klinikai Laboratóriumában" if not lab else "laboratóriumában"
    if job.hours >= 35:
        hrs = f"heti {job.hours} órás teljes munkaidőben"
        facts = (job.hours, True, False)
    else:
        hrs = f"heti {job.hours} órás részmunkaidőben"
        facts = (job.hours, False, True)
    adoaz = f"8{kj(job, 'ado') % 900000000 + 100000000}"
    if job.end is None:
        body = (f"Igazoljuk, hogy {name} (adóazonosító jel: {adoaz}) {hu_from(job.start)} intézményünk {unit} "
                f"{job.position} munkakörben, {hrs}, határozatlan idejű munkaviszonyban áll.")
        style = "hu_long"
    else:
        body = (f"Igazoljuk, hogy {name} (adóazonosító jel: {adoaz}) {hu_date_c(job.start)} - {hu_date_c(job.end)} "
                f"között intézményünk {unit} {job.position} munkakörben, {hrs}, munkaviszonyban állt.")
        style = "hu_dotted"
    y = p.paragraph(L, 205, body, F, 11, R - L, 17) + 10
    if job.departments:
        y = p.paragraph(L, y, f"Munkavégzés helye (részlegek): {', '.join(job.departments)}.", F, 11, R - L, 17) + 10
    y = p.paragraph(L, y, "Az igazolást a munkavállaló kérésére, külföldi szakmai elismerési eljárásban való "
                    "felhasználás céljából állítottuk ki.", F, 11, R - L, 17) + 24
    p.text(L, y, f"Kelt: {emp.city}, {hu_date(job.letter_date)}", F, 11)
    y += 80
    head = [s_ for s_ in ("Dr. Fehér Krisztina", "Dr. Szűcs András", "Pintér Edit") if s_ != job.signer][kj(job, "lh") % 2]
    sign_block(p, rng, L + 100, y, job.signer, FB, 9.5, 170, "humánerőforrás-vezető")
    sign_block(p, rng, R - 100, y, head, FB, 9.5, 170, "laboratóriumvezető")
    rubber_stamp(p, p.w / 2, y - 18, 40, 24, 0.45)
    return LayoutResult("employment_letter", "y_igazolas_udostoverenie", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": style, "hours_facts": facts})


# --- Bulgaria ------------------------------------------------------------------------------------
BG_EMP_EN = {"УМБАЛ „Света Петка“ – Плевен": "UMBAL \"Sveta Petka\" - Pleven (University Multiprofile Hospital for "
                                             "Active Treatment)",
             "МБАЛ „Д-р Иван Селимински“ – Сливен": "MBAL \"Dr. Ivan Seliminski\" - Sliven (Multiprofile Hospital for "
                                                   "Active Treatment)",
             "УМБАЛ „Тракийска долина“ – Стара Загора": "UMBAL \"Trakiyska dolina\" - Stara Zagora (University "
                                                       "Multiprofile Hospital for Active Treatment)",
             "Медико-диагностична лаборатория „Лаборекс“ ЕООД": "Medical Diagnostic Laboratory \"Laboreks\" EOOD"}
BG_DEPT_EN = {"Отделение по трансфузионна хематология": "Department of Transfusion Haematology",
              "Клинична лаборатория": "Clinical Laboratory", "Хематологична лаборатория": "Haematology Laboratory",
              "Лаборатория по микробиология": "Microbiology Laboratory",
              "Имунологична лаборатория": "Immunology Laboratory",
              "Клинична лаборатория – урина": "Clinical Laboratory - urine tests",
              "Лаборатория по молекулярна диагностика": "Molecular Diagnostics Laboratory",
              "Манипулационна – кръвовземане": "Treatment room - blood sampling",
              "Лаборатория по клинична патология": "Clinical Pathology Laboratory",
              "Вътрешно-хирургично отделение": "Internal-Surgical Ward", "Спешно отделение": "Emergency Department",
              "Детско отделение": "Paediatric Ward", "Операционен блок": "Operating Theatre"}
BG_POS_EN = {"медицински лаборант": "medical laboratory technician", "биолог": "biologist", "лаборант": "laboratory assistant",
             "медицинска сестра": "nurse", "помощник-лаборант": "assistant laboratory technician"}


def _bg(job, person, rng, as_of):
    bg_fix(person, job)
    localise(job, person)
    with cyrillic_safe():
        return _bg_inner(job, person, rng, as_of)


def _bg_inner(job, person, rng, as_of):
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    sn = job.surname_override or None
    name = bg_name_cyr(person, sn)
    daily = 8 if job.hours >= 35 else max(2, job.hours // 5)
    facts = (40, True, False) if job.hours >= 35 else (daily * 5, False, True)
    regime = f"на пълен работен ден ({daily} часа)" if job.hours >= 35 else f"на непълен работен ден ({daily} часа)"
    deps = _and(job.departments, "и") if job.departments else "лабораторията на болницата"
    num = f"{kj(job, 'no') % 900 + 100}"
    d = job.letter_date
    p = Page(A4)
    L, R = 70, p.w - 70
    p.text(p.w / 2, 56, emp.name, TB, 13, "center")
    p.text(p.w / 2, 71, f"гр. {emp.city}, {emp.street}, тел. {emp.phone}", T, 9.5, "center")
    p.hline(L, R, 80, 0.8)
    p.text(p.w / 2, 140, "УДОСТОВЕРЕНИЕ", TB, 16, "center")
    p.text(p.w / 2, 158, f"№ {num} / {d.strftime('%d.%m.%Y')} г.", T, 11, "center")
    if job.end is None:
        body = (f"Настоящото се издава на {name}, в уверение на това, че работи като {job.position} в {deps} "
                f"от {job.start.strftime('%d.%m.%Y')} г. до момента, {regime}, по трудов договор за неопределено "
                f"време.")
    else:
        body = (f"Настоящото се издава на {name}, в уверение на това, че е {'работила' if fem else 'работил'} като "
                f"{job.position} в {deps} от {job.start.strftime('%d.%m.%Y')} г. до {job.end.strftime('%d.%m.%Y')} г., "
                f"{regime}.")
    y = p.paragraph(L, 200, body, T, 12, R - L, 19) + 12
    y = p.paragraph(L, y, "Удостоверението се издава, за да послужи пред компетентните органи в чужбина.", T, 12,
                    R - L, 19) + 70
    sign_block(p, rng, L + 90, y, "Ръководител „Човешки ресурси“", TB, 9.5, 170)
    sign_block(p, rng, R - 90, y, "Изпълнителен директор", TB, 9.5, 170)
    round_stamp(p, p.w / 2, y - 16, 30, 0.45)
    pages, names = [p], [name]
    if kj(job, "tr") % 2 == 0:
        q = Page(A4)
        F, FB = "Helvetica", "Helvetica-Bold"
        en = name_form(person, "natural", surname=sn)
        q.text(L, 52, "Translation from Bulgarian", FB, 11)
        q.text(p.w / 2, 92, BG_EMP_EN[emp.name], FB, 10.5, "center")
        q.text(p.w / 2, 130, "CERTIFICATE", FB, 15, "center")
        q.text(p.w / 2, 146, f"No. {num} / {d.strftime('%d.%m.%Y')}", F, 10, "center")
        deps_en = ", ".join(BG_DEPT_EN.get(x, x) for x in job.departments) if job.departments else \
            "the hospital laboratory"
        reg_en = f"full-time ({daily} hours)" if job.hours >= 35 else f"part-time ({daily} hours)"
        pos_en = BG_POS_EN.get(job.position, job.position)
        he = "she" if fem else "he"
        if job.end is None:
            b = (f"This certificate is issued to {en} to certify that {he} has been working as a {pos_en} in {deps_en} "
                 f"from {job.start.strftime('%d.%m.%Y')} until the present day, {reg_en} a day, under an employment "
                 f"contract of indefinite duration.")
        else:
            b = (f"This certificate is issued to {en} to certify that {he} worked as a {pos_en} in {deps_en} from "
                 f"{job.start.strftime('%d.%m.%Y')} to {job.end.strftime('%d.%m.%Y')}, {reg_en} a day.")
        yy = q.paragraph(L, 190, b, F, 10.5, R - L, 16) + 10
        yy = q.paragraph(L, yy, "The certificate is issued to serve before the competent authorities abroad.", F, 10.5,
                         R - L, 16) + 16
        q.spaced(L, yy, ["Head of Human Resources: /signature/", "Executive Director: /signature/", "/round seal/"], F,
                 9, 24)
        yy += 70
        tr = ["Elena Dimova Koleva", "Petar Asenov Raykov", "Iva Marinova Stoeva"][kj(job, "trn") % 3]
        yy = q.paragraph(L, yy, f"I, the undersigned {tr}, certify that this is a true and accurate translation from "
                         "Bulgarian into English of the attached document.", F, 9, R - L, 12.5) + 36
        sign_block(q, rng, L + 90, yy, f"Sworn translator: {tr}", F, 8.5, 180)
        round_stamp(q, R - 80, yy - 14, 28, 0.45)
        pages.append(q)
        names.append(en)
    return LayoutResult("employment_letter", "y_igazolas_udostoverenie", FAMILY, by_reading_order(pages), names,
                        info={"date_style": "dmy_dots", "hours_facts": facts})


def y_igazolas_udostoverenie(job, person, rng, as_of):
    return {"HU": _hu, "BG": _bg}[job.employer.country](job, person, rng, as_of)


# --- Palestine and Uruguay -------------------------------------------------------------------------
def words_date(d):
    return f"the {D.ordinal_words(d.day)} of {EN_MONTHS[d.month - 1]} {d.year}"


PS_AR = {"Marj Ibn Amer Governmental Hospital": "مستشفى مرج ابن عامر الحكومي",
         "Al-Rahma Charitable Hospital": "مستشفى الرحمة الخيري",
         "Red Crescent Al-Wafa Hospital": "مستشفى الوفاء - الهلال الأحمر",
         "MedLab Palestine Laboratories": "مختبرات ميدلاب فلسطين"}


def _ps(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    name = name_form(person, "natural", surname=job.surname_override or None) if not job.name_override else \
        job.name_override
    p = Page(A4)
    L, R = 64, p.w - 64
    gov = emp.kind not in ("ngo", "lab")
    p.text(L, 50, "State of Palestine" if gov else emp.name, TB, 11.5)
    p.text(L, 64, "Ministry of Health" if gov else ("Charitable Health Society" if emp.kind == "ngo" else
                                                     "Medical Laboratories"), TB if gov else TI, 10.5)
    if gov:
        p.text(L, 78, emp.name, TI, 10)
    arabic_line(p, R, 52, "دولة فلسطين - وزارة الصحة" if gov else PS_AR[emp.name], 11.5, bold=True, align="right")
    arabic_line(p, R, 70, PS_AR[emp.name] if gov else "فلسطين", 10.5, align="right")
    p.logo(p.w / 2, 62, 20, 1, 0.3)
    p.hline(L, R, 94, 1.0)
    p.text(L, 112, f"Ref.: {kj(job, 'ref') % 9000 + 1000}/{job.letter_date.year}", T, 9.5)
    p.text(R, 112, f"Date: {job.letter_date.strftime('%d/%m/%Y')}", T, 9.5, "right")
    p.text(p.w / 2, 160, "EXPERIENCE CERTIFICATE", TB, 15, "center")
    p.text(L, 192, "To Whom It May Concern", TB, 11.5)
    he, his = ("she", "her") if fem else ("he", "his")
    title = "Ms." if fem else "Mr."
    if job.end is None:
        per = f"from {words_date(job.start)} until now"
        verb = "has been working"
    else:
        per = f"from {words_date(job.start)} until {words_date(job.end)}"
        verb = "worked"
    body = (f"This is to certify that {title} {name} {verb} at {emp.name} as a {job.position} in the Medical "
            f"Laboratory Department {per}.")
    y = p.paragraph(L, 222, body, T, 12, R - L, 19) + 10
    if job.departments:
        y = p.paragraph(L, y, f"During this period {he} worked in the following laboratory sections: "
                        f"{_and(job.departments, 'and')}.", T, 12, R - L, 19) + 10
    hs = {"hours": f"{he.capitalize()} works {job.hours} hours per week.",
          "fulltime_only": f"{he.capitalize()} works on a full-time basis.",
          "fulltime_hours": f"{he.capitalize()} works on a full-time basis ({job.hours} hours per week).",
          "parttime_hours": f"{he.capitalize()} works on a part-time basis ({job.hours} hours per week).",
          "daily": f"{he.capitalize()} works full-time, {job.hours // 6} hours a day, six days a week."}[job.hours_style]
    if job.end is not None:
        hs = hs.replace(" works ", " worked ")
    y = p.paragraph(L, y, hs, T, 12, R - L, 19) + 10
    y = p.paragraph(L, y, f"This certificate was issued upon {his} request, without any responsibility on the "
                    f"{'laboratory' if emp.kind == 'lab' else 'hospital'}.", T, 12, R - L, 19) + 60
    sign_block(p, rng, R - 110, y, job.signer, TB, 10, 180, job.signer_title)
    round_stamp(p, R - 210, y - 20, 30, 0.45)
    facts = hours_facts(job)
    if job.hours_style == "daily":
        facts = ((job.hours // 6) * 6, True, False)
    return LayoutResult("employment_letter", "y_certificate_constancia", FAMILY, by_reading_order([p]), [f"{name}"],
                        info={"date_style": "words_en", "hours_facts": facts})


def _uy(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    name = name_form(person, "natural", surname=job.surname_override or None)
    p = Page(A4)
    L, R = 72, p.w - 72
    p.logo(L + 16, 58, 18, 0, 0.3)
    p.text(L + 44, 54, emp.name.upper(), TB, 11.5)
    p.text(L + 44, 67, "Institución de Asistencia Médica Colectiva" if emp.kind == "mutual" else
           "Administración de los Servicios de Salud del Estado", T, 9)
    p.text(L + 44, 79, f"{emp.street} - {emp.city} - Tel. {emp.phone}", T, 8.5)
    p.hline(L, R, 90, 0.6)
    p.text(p.w / 2, 160, "CONSTANCIA", TB, 16, "center")
    lic = "Licenciad" in job.position
    who = (f"{'la Lic.' if fem else 'el Lic.'} {name}" if lic else f"{'la Sra.' if fem else 'el Sr.'} {name}")
    ci = f"{kj(job, 'ci') % 3 + 3}.{kj(job, 'c2') % 900 + 100}.{kj(job, 'c3') % 900 + 100}-{kj(job, 'c4') % 10}"
    secs = f", en los sectores de {_and(job.departments, 'y')}" if job.departments else ""
    if job.end is None:
        body = (f"Por la presente se deja constancia que {who}, C.I. {ci}, se desempeña como {job.position} desde el "
                f"{job.start.strftime('%d/%m/%Y')}, con una carga horaria de {job.hours} horas semanales{secs}.")
    else:
        body = (f"Por la presente se deja constancia que {who}, C.I. {ci}, se desempeñó como {job.position} desde el "
                f"{job.start.strftime('%d/%m/%Y')} hasta el {job.end.strftime('%d/%m/%Y')}, con una carga horaria de "
                f"{job.hours} horas semanales{secs}.")
    y = p.paragraph(L, 205, body, T, 12, R - L, 19) + 12
    y = p.paragraph(L, y, f"Se expide la presente a solicitud de {'la interesada' if fem else 'el interesado'}, en "
                    f"{emp.city}, el {job.letter_date.strftime('%d/%m/%Y')}.", T, 12, R - L, 19) + 80
    sign_block(p, rng, p.w / 2, y, job.signer, TB, 10, 200, "Jefe de Gestión Humana")
    rubber_stamp(p, p.w / 2 + 150, y - 20, 42, 26, 0.45)
    return LayoutResult("employment_letter", "y_certificate_constancia", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_slash", "hours_facts": (job.hours, False, False)})


def y_certificate_constancia(job, person, rng, as_of):
    return {"PS": _ps, "UY": _uy}[job.employer.country](job, person, rng, as_of)


# --- Lesotho -----------------------------------------------------------------------------------------
def _ls(job, person, rng, as_of):
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    name = name_form(person, "natural", surname=job.surname_override or None) if not job.name_override else \
        job.name_override
    p = Page(A4)
    L, R = 70, p.w - 70
    p.logo(p.w / 2, 52, 20, 0, 0.3)
    head = {"mission": "Christian Health Association of Lesotho", "lab": emp.name}.get(emp.kind, "Ministry of Health")
    p.text(p.w / 2, 88, f"{head} - {emp.name}" if emp.kind not in ("lab",) else head, TB, 12.5, "center")
    p.text(p.w / 2, 102, f"{emp.street} · Tel: {emp.phone} · {emp.email}", T, 9, "center")
    p.hline(L, R, 110, 0.9)
    p.text(R, 136, f"{job.letter_date.day} {EN_MONTHS[job.letter_date.month - 1]} {job.letter_date.year}", T, 11, "right")
    p.text(L, 168, "TO WHOM IT MAY CONCERN", TB, 11.5)
    p.text(L, 190, f"RE: CONFIRMATION OF EMPLOYMENT - {name.upper()}", TB, 11)
    s0 = f"{job.start.day} {EN_MONTHS[job.start.month - 1]} {job.start.year}"
    if job.end is None:
        per = f"from {s0} to date"
        verb = "has been employed"
    else:
        per = f"from {s0} to {job.end.day} {EN_MONTHS[job.end.month - 1]} {job.end.year}"
        verb = "was employed"
    he = "she" if fem else "he"
    y = p.paragraph(L, 220, f"This is to confirm that {name} {verb} by {emp.name} as a {job.position} {per}.",
                    T, 12, R - L, 18) + 10
    if job.departments:
        y = p.paragraph(L, y, f"During this period {he} rotated through the following sections of the laboratory:",
                        T, 12, R - L, 18) + 2
        for d in job.departments:
            p.text(L + 20, y, f"• {d}", T, 12)
            y += 17
        y += 8
    hs = {"hours": f"{he.capitalize()} works {job.hours} hours per week.",
          "fulltime_only": f"{he.capitalize()} is employed on a full-time basis.",
          "fulltime_hours": f"{he.capitalize()} is employed on a full-time basis ({job.hours} hours per week).",
          "parttime_hours": f"{he.capitalize()} is employed on a part-time basis ({job.hours} hours per week).",
          "daily": f"{he.capitalize()} works {job.hours // 5} hours a day, Monday to Friday."}[job.hours_style]
    if job.end is not None:
        hs = hs.replace(" works ", " worked ").replace(" is employed ", " was employed ")
    y = p.paragraph(L, y, hs, T, 12, R - L, 18) + 10
    y = p.paragraph(L, y, "Any assistance accorded to the bearer will be highly appreciated.", T, 12, R - L, 18) + 20
    p.text(L, y, "Yours faithfully,", T, 12)
    y += 60
    sign_block(p, rng, L + 100, y, job.signer, TB, 10, 180, job.signer_title)
    round_stamp(p, L + 250, y - 16, 30, 0.45)
    facts = hours_facts(job)
    if job.hours_style == "daily":
        facts = ((job.hours // 5) * 5, True, False)
    return LayoutResult("employment_letter", "y_district_confirmation", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_long", "hours_facts": facts})


LETTER_LAYOUTS = {"y_igazolas_udostoverenie": (y_igazolas_udostoverenie, FAMILY, ("HU", "BG")),
                  "y_certificate_constancia": (y_certificate_constancia, FAMILY, ("PS", "UY")),
                  "y_district_confirmation": (_ls, FAMILY, ("LS",))}
