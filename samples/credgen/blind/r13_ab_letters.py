"""Writer AB, round 13: employment letters for TG, AE, GT, MD and NL (four designs).

ab_tg_certificat: TG "CERTIFICAT DE TRAVAIL" (a past job) / "ATTESTATION DE TRAVAIL" (a current one)
    from a regional hospital centre: "Je soussigné ..., Directeur du Centre Hospitalier Régional ...,
    certifie que Mme ... a été employée en qualité de Technicienne Supérieure de Biologie Médicale du 2
    janvier 2018 au 31 mars 2021 au laboratoire (sections : biochimie, hématologie), à temps plein (40
    heures par semaine)"; "En foi de quoi ..."; "Fait à Kpalimé, le ...".
ab_ae_salary_experience: AE "SALARY CERTIFICATE / EXPERIENCE LETTER" (a past job: "EXPERIENCE LETTER")
    from a Dubai hospital group's HR: a table Employee Name | Employee No. | Designation | Department |
    Date of Joining | Status ("Medical Technologist", "Pathology & Laboratory Medicine", "12-Sep-2019",
    "Currently employed, full-time, 48 hours/week" or "Resigned, last working day 31-Aug-2021, ..."),
    the sections worked in, the monthly salary (current jobs), and "This certificate is issued upon the
    employee's request without any liability on the part of the hospital".
ab_gt_md_constancia: GT "CONSTANCIA DE TRABAJO" from a private hospital ("HACE CONSTAR: Que la
    Licenciada ... labora en esta institución desde el uno de febrero de dos mil diecinueve a la fecha,
    en el puesto de Química Bióloga del Laboratorio Clínico, jornada completa de 8 horas diarias de
    lunes a viernes", the areas); MD "CERTIFICAT" from a republican hospital ("... activează în funcția
    de tehnician laborant în Laboratorul de diagnostic clinic (...), în perioada 01.09.2019 - prezent,
    cu normă întreagă (40 ore pe săptămână)") and its Russian version ("СПРАВКА") on page 2.
ab_nl_werkgeversverklaring: NL "Werkgeversverklaring" as a form (Naam werknemer / Functie: analist
    klinische chemie / Afdeling / In dienst sinds: 1 september 2019 / Uit dienst per / Soort
    dienstverband: vast / Arbeidsduur: 36 uur per week), signed for the "afdeling P&O".

Hours: a Dutch full-time week is printed as 36 hours and an Emirati one as 48 hours (the job's hours
are set to what the letter prints, so the truth records it); Guatemalan "8 horas diarias de lunes a
viernes" is 40 a week. Positions and ward names the profile gives in English are printed in the
letter's language, and the job's position / department phrases are set to the printed forms before
the truth is written."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r13_ab_common import (FAMILY, RO_MONTHS, arabic_line, by_reading_order, cyrillic_safe, es_date,
                            es_date_words_de, fr_date, kj, nl_date, round_stamp, rubber_stamp, sign_block, star_seal)

POS = {"TG": {"Technicien Supérieur de Biologie Médicale": ("Technicienne Supérieure de Biologie Médicale", None),
              "Technicien de Laboratoire": ("Technicienne de Laboratoire", None),
              "Staff Nurse": ("Infirmière d'État", "Infirmier d'État"),
              "Laboratory Aide": ("Aide de laboratoire", "Aide de laboratoire")},
       "GT": {"Químico Biólogo": ("Química Bióloga", None), "Técnico de Laboratorio": ("Técnica de Laboratorio", None),
              "Biólogo": ("Bióloga", None), "Staff Nurse": ("Enfermera Profesional", "Enfermero Profesional"),
              "Laboratory Aide": ("Auxiliar de Laboratorio", "Auxiliar de Laboratorio")},
       "MD": {"Staff Nurse": ("asistentă medicală", "asistent medical"),
              "Laboratory Aide": ("infirmieră de laborator", "infirmier de laborator")},
       "NL": {"Staff Nurse": ("verpleegkundige", "verpleegkundige"),
              "Laboratory Aide": ("laboratoriummedewerker", "laboratoriummedewerker")}}
WARD = {"TG": {"Medical-Surgical Ward": "Service de médecine-chirurgie", "Emergency Room": "Service des urgences",
               "Pediatric Ward": "Service de pédiatrie", "Operating Room": "Bloc opératoire"},
        "GT": {"Medical-Surgical Ward": "Servicio de Medicina y Cirugía", "Emergency Room": "Emergencia",
               "Pediatric Ward": "Pediatría", "Operating Room": "Sala de Operaciones"},
        "MD": {"Medical-Surgical Ward": "Secția terapie și chirurgie", "Emergency Room": "Departamentul de medicină urgentă",
               "Pediatric Ward": "Secția pediatrie", "Operating Room": "Blocul operator"},
        "NL": {"Medical-Surgical Ward": "Verpleegafdeling Interne Geneeskunde en Chirurgie",
               "Emergency Room": "Spoedeisende Hulp", "Pediatric Ward": "Kinderafdeling",
               "Operating Room": "Operatiekamers"}}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        f = pos[0] if person.sex == "F" else (pos[1] or job.position)
        job.position = f
    wards = WARD.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def sname(job, person):
    return job.surname_override or person.surname


def caps_first(job, person):
    return " ".join(x for x in (sname(job, person).upper(), person.given, person.middle) if x)


def natural(job, person):
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def join(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def is_ward_job(job):
    return not job.areas and any(w in job.departments for lang in WARD.values() for w in lang.values())


# --- TG -------------------------------------------------------------------------------------------
def tg_hours(job):
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        return "à temps plein", (None, True, False)
    if st == "hours":
        return f"à raison de {h} heures par semaine", (h, False, False)
    if st == "parttime_hours":
        return f"à temps partiel ({h} heures par semaine)", (h, False, True)
    if st == "daily":
        return f"à temps plein, 8 heures par jour, {h // 8} jours par semaine", (h, True, False)
    return f"à temps plein ({h} heures par semaine)", (h, True, False)


def ab_tg_certificat(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    lab = emp.kind == "lab"
    nm = caps_first(job, person)
    p = Page(A4)
    W = p.w
    L, R = 66, W - 66
    y = 50
    head = ([emp.name.upper(), f"{emp.street} - {emp.city}", f"Tél. : {emp.phone}"] if lab else
            ["MINISTÈRE DE LA SANTÉ, DE L'HYGIÈNE PUBLIQUE", "ET DE L'ACCÈS UNIVERSEL AUX SOINS", emp.name.upper(),
             "DIRECTION"])
    for ln in head:
        p.text(L + 110, y, ln, TB, 8.6, "center")
        y += 13
    p.text(R - 80, 50, "RÉPUBLIQUE TOGOLAISE", TB, 10, "center")
    p.text(R - 80, 63, "Travail - Liberté - Patrie", TI, 9, "center")
    p.text(L, y + 10, f"N° {kj(job, 'n') % 900 + 100}/{'LAM' if lab else 'CHR'}/DIR/SRH", T, 10)
    ended = job.end is not None
    title = "CERTIFICAT DE TRAVAIL" if ended else "ATTESTATION DE TRAVAIL"
    p.text(W / 2, 190, title, TB, 18, "center")
    p.hline(W / 2 - 110, W / 2 + 110, 196, 0.8)
    sf = job.signer.startswith("Mme")
    who = f"{'Directrice' if sf else 'Directeur'} du {emp.name}"
    emp_w = "employée" if fem else "employé"
    if ended:
        per = f"a été {emp_w} en qualité de {job.position} du {fr_date(job.start)} au {fr_date(job.end)}"
    else:
        per = f"est {emp_w} en qualité de {job.position} depuis le {fr_date(job.start)} à ce jour"
    if job.departments and not is_ward_job(job):
        aff = f" au laboratoire (sections : {', '.join(job.departments)})"
    elif job.departments:
        aff = f" dans les services suivants : {', '.join(job.departments)}"
    else:
        aff = " dans notre établissement"
    hrs, facts = tg_hours(job)
    txt = (f"Je {'soussignée' if sf else 'soussigné'}, {job.signer}, {who}, certifie que {'Mme' if fem else 'M.'} {nm} {per}{aff}, {hrs}.")
    y = p.paragraph(L, 240, txt, T, 12.5, R - L, 20) + 10
    fin = "le présent certificat lui est délivré" if ended else "la présente attestation lui est délivrée"
    y = p.paragraph(L, y, f"En foi de quoi, {fin} pour servir et valoir ce que de droit.", T, 12.5, R - L, 20)
    y += 30
    p.text(R, y, f"Fait à {emp.city}, le {fr_date(job.letter_date)}", T, 12, "right")
    sign_block(p, rng, R - 110, y + 90, "La Directrice" if sf else "Le Directeur", TB, 11, 190)
    p.text(R - 110, y + 118, job.signer, T, 11, "center")
    round_stamp(p, R - 200, y + 70, 34, 0.42)
    return LayoutResult("employment_letter", "ab_tg_certificat", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fr_long", "hours_facts": facts})


# --- AE -------------------------------------------------------------------------------------------
def ab_ae_salary_experience(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    he, his = ("She", "Her") if fem else ("He", "His")
    ended = job.end is not None
    if job.hours >= 35:
        if job.hours_style == "fulltime_only":
            hrs, facts = "full-time", (None, True, False)
        else:
            job.hours = 48
            hrs, facts = "full-time, 48 hours/week", (48, True, False)
    else:
        hrs, facts = f"part-time, {job.hours} hours/week", (job.hours, False, True)
    status = (f"Resigned, last working day {D.dmon_y(job.end)}, {hrs}" if ended else
              f"Currently employed, {hrs}")
    ward = is_ward_job(job) or job.position == "Staff Nurse"
    dept = "Nursing Services" if ward else "Pathology & Laboratory Medicine"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 50, W - 50
    p.logo(L + 18, 52, 18, 0, 0.3)
    p.text(L + 44, 48, emp.name, FB, 12)
    p.text(L + 44, 61, f"{emp.street}, {emp.city}, United Arab Emirates", F, 8)
    p.text(L + 44, 72, f"Tel. {emp.phone} | {emp.email}", F, 8)
    arabic_line(p, R, 54, "إدارة الموارد البشرية", 10, align="right")
    p.hline(L, R, 82, 1.0)
    p.pieces(104, [(L, f"Ref: HR/EXP/{job.letter_date.year}/{kj(job, 'ref') % 9000 + 1000}", "left"),
                   (R, f"Date: {D.dmon_y(job.letter_date)}", "right")], F, 9.5)
    p.text(L, 132, "TO WHOM IT MAY CONCERN", FB, 10.5)
    title = "EXPERIENCE LETTER" if ended else "SALARY CERTIFICATE / EXPERIENCE LETTER"
    p.text(W / 2, 162, title, FB, 14, "center")
    p.hline(W / 2 - 150, W / 2 + 150, 167, 0.7)
    y = p.paragraph(L, 192, f"This is to certify that the following employee {'was' if ended else 'is'} employed "
                            f"with {emp.name}:", F, 10, R - L, 14) + 6
    heads = ["Employee Name", "Employee No.", "Designation", "Department", "Date of Joining", "Status"]
    vals = [nm, f"E{kj(job, 'emp') % 90000 + 10000}", job.position, dept, D.dmon_y(job.start), status]
    widths = [100, 62, 86, 90, 66, R - L - 404]
    xs = [L]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    p.rect(L, y, R - L, 16, 0.6, 0.0, fill=0.88)
    p.pieces(y + 11, [(xs[i] + 3, heads[i], "left") for i in range(6)], FB, 7.6)
    cells = [wrap(v, F, 8.4, widths[i] - 6) for i, v in enumerate(vals)]
    n = max(len(c) for c in cells)
    top = y + 16
    for li in range(n):
        p.pieces(top + 11 + li * 11, [(xs[i] + 3, cells[i][li], "left") for i in range(6) if li < len(cells[i])],
                 F, 8.4)
    bot = top + 8 + n * 11
    p.rect(L, y, R - L, bot - y, 0.6)
    for x in xs[1:]:
        p.vline(x, y, bot, 0.5)
    y = bot + 24
    if job.departments:
        what = "wards" if ward else "laboratory sections"
        y = p.paragraph(L, y, f"During {his.lower()} employment, {he.lower()} {'has worked' if not ended else 'worked'} "
                              f"in the following {what}: {join(job.departments, 'and')}.", F, 10, R - L, 14) + 6
    if not ended:
        basic = 6500 + kj(job, "sal") % 40 * 100
        allw = 3000 + kj(job, "alw") % 30 * 100
        if job.hours < 35:
            basic, allw = basic // 2, allw // 2
        y = p.paragraph(L, y, f"{his} current monthly gross salary is AED {basic + allw:,} (basic salary AED {basic:,}; "
                              f"housing, transport and other allowances AED {allw:,}).", F, 10, R - L, 14) + 6
    y = p.paragraph(L, y, "This certificate is issued upon the employee's request without any liability on the part "
                          "of the hospital.", F, 10, R - L, 14) + 50
    sign_block(p, rng, L + 90, y, job.signer, FB, 9.5, 160, "Human Resources Manager")
    star_seal(p, L + 260, y - 8, 30)
    return LayoutResult("employment_letter", "ab_ae_salary_experience", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmon_y", "hours_facts": facts})


# --- GT / MD --------------------------------------------------------------------------------------
def _gt(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = natural(job, person).upper()
    ended = job.end is not None
    ward = is_ward_job(job)
    lic = ("Licenciada" if fem else "Licenciado") if job.position in ("Química Bióloga", "Químico Biólogo",
                                                                         "Bióloga", "Biólogo") else \
        ("la señora" if fem else "el señor")
    who = lic if lic.startswith("l") else ("la " if fem else "el ") + lic
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        hrs, facts = "en jornada de tiempo completo", (None, True, False)
    elif h >= 35:
        job.hours = 40
        hrs, facts = "jornada completa de 8 horas diarias de lunes a viernes", (40, True, False)
    else:
        hrs, facts = f"en jornada parcial de {h} horas semanales", (h, False, True)
    unit = "" if ward or "Laboratorio" in job.position else " del Laboratorio Clínico"
    if ended:
        per = (f"laboró en esta institución del {es_date_words_de(job.start)[3:]} al "
               f"{es_date_words_de(job.end)[3:]}")
    else:
        per = f"labora en esta institución desde {es_date_words_de(job.start)} a la fecha"
    dpi = f"{kj(job, 'dpi') % 9000 + 1000} {kj(job, 'dpi2') % 90000 + 10000} {kj(job, 'dpi3') % 90 + 101:04d}"
    areas = ""
    if job.departments:
        areas = (f" Durante su labor ha cubierto las áreas de {join(job.departments, 'y')}." if not ward else
                 f" Ha prestado sus servicios en {join(job.departments, 'y')}.")
    p = Page(A4)
    W = p.w
    L, R = 70, W - 70
    p.logo(L + 16, 56, 18, 0, 0.3)
    p.text(W / 2, 50, emp.name.upper(), TB, 12.5, "center")
    p.text(W / 2, 64, f"{emp.street}, {emp.city} - Tel. {emp.phone}", T, 9, "center")
    p.text(W / 2, 76, "Departamento de Recursos Humanos", T, 9, "center")
    p.hline(L, R, 84, 0.8)
    p.text(W / 2, 150, "CONSTANCIA DE TRABAJO", TB, 16, "center")
    signer_f = not job.signer.startswith(("Lic. ", "Ing. "))
    intro = (f"{'La infrascrita Jefa' if signer_f else 'El infrascrito Jefe'} de Recursos Humanos del {emp.name}, "
             f"HACE CONSTAR:")
    y = p.paragraph(L, 196, intro, T, 12, R - L, 19) + 8
    body = (f"Que {who} {nm}, quien se identifica con Documento Personal de Identificación (DPI) número {dpi}, {per}, "
            f"en el puesto de {job.position}{unit}, {hrs}.{areas}")
    y = p.paragraph(L, y, body, T, 12, R - L, 19) + 8
    y = p.paragraph(L, y, f"Y para los usos que {'a la' if fem else 'al'} {'interesada' if fem else 'interesado'} "
                          f"convengan, se extiende la presente en {emp.city}, el {es_date(job.letter_date)}.", T, 12,
                    R - L, 19) + 80
    sign_block(p, rng, W / 2, y, job.signer, TB, 10.5, 200, "Jefe de Recursos Humanos" if not signer_f
               else "Jefa de Recursos Humanos")
    rubber_stamp(p, W / 2 + 130, y - 18, 44, 26, 0.45)
    style = "es_words"
    return LayoutResult("employment_letter", "ab_gt_md_constancia", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": style, "hours_facts": facts})


MD_RU_POS = {"tehnician laborant": "техник-лаборант", "laborant-analist": "лаборант-аналитик", "laborant": "лаборант",
             "biolog": "биолог", "asistentă medicală": "медицинская сестра", "asistent medical": "медицинский брат",
             "infirmieră de laborator": "санитарка лаборатории", "infirmier de laborator": "санитар лаборатории"}
MD_RU_DEP = {"Secția transfuzie sanguină": "Отделение переливания крови", "Banca de sânge": "Банк крови",
             "Laboratorul de biochimie": "Лаборатория биохимии", "Laboratorul de hematologie": "Лаборатория гематологии",
             "Laboratorul de microbiologie": "Лаборатория микробиологии",
             "Laboratorul de imunologie": "Лаборатория иммунологии",
             "Laboratorul de analize clinice generale": "Лаборатория общеклинических анализов",
             "Laboratorul de biologie moleculară": "Лаборатория молекулярной биологии",
             "Cabinetul de recoltare a probelor": "Процедурный кабинет (забор проб)",
             "Laboratorul de citologie": "Лаборатория цитологии",
             "Secția terapie și chirurgie": "Терапевтическое и хирургическое отделение",
             "Departamentul de medicină urgentă": "Отделение неотложной медицины", "Secția pediatrie": "Отделение педиатрии",
             "Blocul operator": "Операционный блок"}
MD_RU_EMP = {"Spitalul Clinic Republican „Timofei Moșneaga”": "Республиканская клиническая больница «Тимофей Мошняга»",
             "Institutul de Medicină Urgentă": "Институт неотложной медицины",
             "Spitalul Clinic Municipal Bălți": "Муниципальная клиническая больница Бельцы",
             "Laboratorul de Diagnostic Medical „Biotest” SRL": "Лаборатория медицинской диагностики «Biotest» ООО"}


def _md(job, person, rng, as_of):
    localise(job, person)
    with cyrillic_safe():
        return _md_inner(job, person, rng, as_of)


def _md_inner(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = caps_first(job, person)
    ended = job.end is not None
    ward = is_ward_job(job)
    lab = emp.kind == "lab"
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        ro_h, ru_h, facts = "cu normă întreagă", "на полную ставку", (None, True, False)
    elif st == "hours":
        ro_h, ru_h, facts = f"{h} ore pe săptămână", f"{h} часов в неделю", (h, False, False)
    elif h >= 35:
        ro_h, ru_h, facts = (f"cu normă întreagă ({h} ore pe săptămână)", f"на полную ставку ({h} часов в неделю)",
                             (h, True, False))
    else:
        ro_h, ru_h, facts = (f"cu normă parțială ({h} ore pe săptămână)", f"на неполную ставку ({h} часов в неделю)",
                             (h, False, True))
    d1 = job.start.strftime("%d.%m.%Y")
    d2 = job.end.strftime("%d.%m.%Y") if ended else None
    ro_per = f"{d1} - {d2}" if ended else f"{d1} - prezent"
    ru_per = f"{d1} - {d2}" if ended else f"{d1} - по настоящее время"
    if ward:
        ro_unit = f"în {join(job.departments, 'și')}"
        ru_unit = f"в {join([MD_RU_DEP[d] for d in job.departments], 'и')}"
    elif job.departments:
        ro_unit = f"în Laboratorul de diagnostic clinic (sectoarele: {', '.join(job.departments)})"
        ru_unit = (f"в Клинико-диагностической лаборатории (участки: "
                   f"{', '.join(MD_RU_DEP[d] for d in job.departments)})")
    else:
        ro_unit, ru_unit = "în cadrul instituției", "в учреждении"
    ro_emp = ("IMSP " if not lab else "") + emp.name
    ru_emp = ("ПМСУ " if not lab else "") + MD_RU_EMP[emp.name]
    pos_ru = MD_RU_POS.get(job.position, job.position)
    nr = f"{kj(job, 'nr') % 900 + 100}"
    pages = []
    for lang in ("ro", "ru"):
        p = Page(A4)
        W = p.w
        L, R = 66, W - 66
        p.logo(W / 2, 46, 16, 0, 0.3)
        if lang == "ro":
            p.text(W / 2, 80, "Ministerul Sănătății al Republicii Moldova" if not lab else "Republica Moldova", T, 9.5,
                   "center")
            p.text(W / 2, 94, ro_emp, TB, 12, "center")
            p.text(W / 2, 107, f"{emp.street}, {emp.city}, tel. {emp.phone}", T, 9, "center")
            p.hline(L, R, 115, 0.8)
            p.pieces(138, [(L, f"Nr. {nr}", "left"), (R, f"din {job.letter_date.strftime('%d.%m.%Y')}", "right")],
                     T, 10.5)
            p.text(W / 2, 180, "CERTIFICAT", TB, 17, "center")
            verb = ("a activat" if ended else "activează")
            body = (f"Prin prezentul se certifică faptul că {'dna' if fem else 'dl'} {nm} {verb} în cadrul {ro_emp} în "
                    f"funcția de {job.position} {ro_unit}, în perioada {ro_per}, {ro_h}.")
            y = p.paragraph(L, 220, body, T, 12, R - L, 19) + 10
            y = p.paragraph(L, y, "Certificatul se eliberează pentru a fi prezentat la locul solicitării.", T, 12,
                            R - L, 19) + 70
            sign_block(p, rng, L + 110, y, job.signer, TB, 10.5, 190, "Șef Secția resurse umane")
            round_stamp(p, L + 270, y - 14, 32, 0.42)
        else:
            p.text(W / 2, 80, "Министерство здравоохранения Республики Молдова" if not lab else "Республика Молдова", T,
                   9.5, "center")
            p.text(W / 2, 94, ru_emp, TB, 12, "center")
            p.text(W / 2, 107, f"{emp.street}, {emp.city}, тел. {emp.phone}", T, 9, "center")
            p.hline(L, R, 115, 0.8)
            p.pieces(138, [(L, f"№ {nr}", "left"), (R, f"от {job.letter_date.strftime('%d.%m.%Y')}", "right")], T,
                     10.5)
            p.text(W / 2, 180, "СПРАВКА", TB, 17, "center")
            verb = ("работала" if fem else "работал") if ended else "работает"
            body = (f"Настоящим подтверждается, что {'г-жа' if fem else 'г-н'} {nm} {verb} в {ru_emp} в должности "
                    f"{pos_ru} {ru_unit}, в период {ru_per}, {ru_h}.")
            y = p.paragraph(L, 220, body, T, 12, R - L, 19) + 10
            y = p.paragraph(L, y, "Справка выдана для предъявления по месту требования.", T, 12, R - L, 19) + 70
            sign_block(p, rng, L + 110, y, job.signer, TB, 10.5, 190, "Начальник отдела кадров")
            round_stamp(p, L + 270, y - 14, 32, 0.42)
        pages.append(p)
    return LayoutResult("employment_letter", "ab_gt_md_constancia", FAMILY, by_reading_order(pages), [nm],
                        info={"date_style": "dmy_dot", "hours_facts": facts})


def ab_gt_md_constancia(job, person, rng, as_of):
    return (_gt if job.employer.country == "GT" else _md)(job, person, rng, as_of)


# --- NL -------------------------------------------------------------------------------------------
def ab_nl_werkgeversverklaring(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    nm = natural(job, person)
    ended = job.end is not None
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        arb, facts = "voltijd", (None, True, False)
    elif h >= 35:
        job.hours = 36
        arb, facts = ("36 uur per week (voltijd)", (36, True, False)) if st != "hours" else \
            ("36 uur per week", (36, False, False))
    else:
        arb, facts = f"{h} uur per week (deeltijd)", (h, False, True)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 56, W - 56
    p.logo(L + 14, 50, 14, 2, 0.3)
    p.text(L + 36, 46, emp.name, FB, 12)
    p.text(L + 36, 58, f"{emp.street}, {emp.city} | {emp.phone}", F, 8)
    p.text(R, 46, "afdeling P&O", F, 9, "right")
    p.hline(L, R, 68, 0.6)
    p.text(L, 104, "Werkgeversverklaring", FB, 16)
    p.text(L, 120, "Verklaring van de werkgever over het dienstverband van de werknemer", F, 9)
    rows = [("Gegevens werkgever", None), ("Naam werkgever", emp.name), ("Vestigingsadres", f"{emp.street}, {emp.city}"),
            ("Gegevens werknemer", None), ("Naam werknemer", nm), ("Functie", job.position)]
    if job.departments:
        rows.append(("Afdeling", ", ".join(job.departments)))
    rows += [("Gegevens dienstverband", None), ("In dienst sinds", nl_date(job.start))]
    if ended:
        rows.append(("Uit dienst per", nl_date(job.end)))
    rows += [("Soort dienstverband", "vast" if kj(job, "vast") % 3 else "tijdelijk, met uitzicht op vast"),
             ("Arbeidsduur", arb)]
    if not ended:
        rows.append(("Is de werknemer op dit moment in dienst?", "ja"))
    y = 150
    for a, b in rows:
        if b is None:
            p.rect(L, y - 10, R - L, 15, 0.2, 0.85, fill=0.9)
            p.text(L + 4, y + 1, a, FB, 9.5)
            y += 22
            continue
        p.pieces(y, [(L + 4, a, "left", F, 9.5), (L + 220, b, "left", F, 9.5)])
        p.hline(L + 216, R, y + 4, 0.3, 0.5)
        y += 21
    y += 14
    y = p.paragraph(L, y, "Ondergetekende verklaart dat de bovenstaande gegevens volledig en naar waarheid zijn "
                          "ingevuld.", F, 9.5, R - L, 13) + 10
    p.pieces(y, [(L + 4, "Plaats en datum", "left", F, 9.5),
                 (L + 220, f"{emp.city}, {nl_date(job.letter_date)}", "left", F, 9.5)])
    y += 60
    sign_block(p, rng, L + 300, y, job.signer, F, 9.5, 180, "afdeling P&O")
    rubber_stamp(p, L + 120, y - 16, 46, 24, 0.45)
    return LayoutResult("employment_letter", "ab_nl_werkgeversverklaring", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "nl_long", "hours_facts": facts})


LETTER_LAYOUTS = {"ab_tg_certificat": (ab_tg_certificat, FAMILY, ("TG",)),
                  "ab_ae_salary_experience": (ab_ae_salary_experience, FAMILY, ("AE",)),
                  "ab_gt_md_constancia": (ab_gt_md_constancia, FAMILY, ("GT", "MD")),
                  "ab_nl_werkgeversverklaring": (ab_nl_werkgeversverklaring, FAMILY, ("NL",))}
