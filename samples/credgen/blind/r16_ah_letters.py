"""Writer AH, round 16: employment letters for MK, BE, TL, SZ and KE (three designs, the second and
third drawn per country).

ah_mk_potvrda: MK "ПОТВРДА ЗА РАБОТЕН ОДНОС" in Cyrillic ("Се потврдува дека [name] е вработена во ЈЗУ ...
    на работно место Медицински лабораториски технолог во Одделот за лабораториска дијагностика
    (одделение за биохемија и хематологија), со полно работно време (40 часа неделно), на неопределено
    време, од 01.03.2019 година до денес"), with an attached English translation page by a court
    interpreter ("CONFIRMATION OF EMPLOYMENT ... is employed at PHI General Hospital ... on the position
    Medical Laboratory Technologist in the Department of Laboratory Diagnostics, full-time (40 hours a
    week), for an indefinite period, from 01.03.2019 until the present day"), the interpreter's
    certification clause and round stamp. The name is printed in Cyrillic on the original and in the
    Latin transliteration on the translation (both are printed names).
ah_be_tl_attest: BE hospital "ARBEIDSATTEST / TEWERKSTELLINGSATTEST" ("Ondergetekende ..., HR-directeur van
    AZ ..., verklaart dat mevrouw ... sinds 1 september 2018 bij ons in dienst is als medisch
    laboratoriumtechnoloog in het klinisch laboratorium (dienst hematologie en bloedbank), met een
    contract van onbepaalde duur, deeltijds 4/5 (30,4 uur per week)"); TL hospital "DECLARAÇÃO DE
    SERVIÇO" ("Declara-se, para os devidos efeitos, que ... exerce funções de Técnica de Análises
    Clínicas no Laboratório do Hospital ..., desde 3 de fevereiro de 2019 até à presente data, em regime
    de tempo inteiro (40 horas semanais), nos setores de Bioquímica e Microbiologia").
ah_sz_ke_letter: SZ hospital "TO WHOM IT MAY CONCERN" on letterhead with a reference line and a table of
    the periods `Position | Department | From | To`, one row per printed department, consecutive, a
    promotion printed in the later rows ("Senior Laboratory Technologist") for employments over 30
    months, the last row "to date" for a current job, "She works 40 hours per week"; KE county hospital
    "CERTIFICATE OF SERVICE" form: labelled fields ("Name:", "P/No.:", "Designation: Medical Laboratory
    Technologist III", "Date of first appointment: 15/01/2018", "Date of leaving: N/A (still serving)",
    "Sections served:" with check boxes, ticked for the sections the job covered), the Medical
    Superintendent's signature and stamp.

Hours: the printed week is the truth's. A Belgian full-time week is printed as 38 hours and a
part-time job as a fraction of it (1/2 = 19, 3/5 = 22,8, 4/5 = 30,4 hours: the profile's hours become
the nearest); Macedonian, Timorese, Swazi and Kenyan full-time weeks are 40 hours. A letter that says
only "full-time" has no number (40, the dossier's rule). Positions and ward names the profile gives
in English or in the masculine are printed in the letter's language and the holder's gender, and the
job's position / department phrases are set to the printed forms before the truth is written. The
SZ table's promotion keeps ONE experience entry for the employment (round 14's convention), the
position as printed in its first row.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r16_ah_common import (EN_MONTHS, FAMILY, NL_MONTHS, PT_MONTHS, by_reading_order, comma, cyrillic_safe, dmy, join,
                            kj, mk_cyr, mk_fix, rect_stamp, ring_stamp, round_stamp, rubber_stamp, sign_block,
                            tick_box)

WARDS = {"MK": {"Medical-Surgical Ward": "Одделение за интерна медицина и хирургија",
                "Emergency Room": "Ургентен центар", "Pediatric Ward": "Одделение за педијатрија",
                "Operating Room": "Оперативен блок"},
         "BE": {"Medical-Surgical Ward": "afdeling interne geneeskunde en heelkunde", "Emergency Room": "spoedgevallen",
                "Pediatric Ward": "afdeling pediatrie", "Operating Room": "operatiekwartier"},
         "TL": {"Medical-Surgical Ward": "Serviço de Medicina e Cirurgia", "Emergency Room": "Serviço de Urgência",
                "Pediatric Ward": "Serviço de Pediatria", "Operating Room": "Bloco Operatório"},
         "SZ": {}, "KE": {}}
WARD_ALL = {v for c in WARDS.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                              "Pediatric Ward", "Operating Room"}
POS = {"MK": {"Staff Nurse": ("Медицинска сестра", "Медицински техничар"),
              "Laboratory Aide": ("Помошник во лабораторија", "Помошник во лабораторија"),
              "Лаборант": ("Лаборантка", "Лаборант"),
              "Биолог во лабораторија": ("Биолог во лабораторија", "Биолог во лабораторија")},
       "BE": {"Staff Nurse": ("verpleegkundige", "verpleegkundige"),
              "Laboratory Aide": ("laboratoriumassistent", "laboratoriumassistent")},
       "TL": {"Técnico de Análises Clínicas": ("Técnica de Análises Clínicas", "Técnico de Análises Clínicas"),
              "Técnico de Laboratório": ("Técnica de Laboratório", "Técnico de Laboratório"),
              "Assistente de Laboratório": ("Assistente de Laboratório", "Assistente de Laboratório"),
              "Staff Nurse": ("Enfermeira", "Enfermeiro"), "Laboratory Aide": ("Auxiliar de Laboratório",
                                                                              "Auxiliar de Laboratório")},
       "SZ": {}, "KE": {}}
MK_EN_POS = {"Медицински лабораториски технолог": "Medical Laboratory Technologist",
             "Дипломиран медицински лабораториски технолог": "Graduated Medical Laboratory Technologist",
             "Лаборант": "Laboratory Technician", "Лаборантка": "Laboratory Technician",
             "Биолог во лабораторија": "Laboratory Biologist", "Медицинска сестра": "Nurse",
             "Медицински техничар": "Nurse", "Помошник во лабораторија": "Laboratory Assistant"}
MK_EN_DEPT = {"трансфузиологија": "transfusion medicine", "биохемија": "biochemistry", "хематологија": "haematology",
              "микробиологија": "microbiology", "имунологија": "immunology", "анализа на урина": "urinalysis",
              "молекуларна дијагностика": "molecular diagnostics", "земање примероци": "sample collection",
              "цитологија": "cytology", "Одделение за интерна медицина и хирургија":
              "Department of Internal Medicine and Surgery", "Ургентен центар": "Emergency Centre",
              "Одделение за педијатрија": "Department of Paediatrics", "Оперативен блок": "Operating Theatres"}
MK_EN_EMP = {"ЈЗУ Општа болница „Вардарска долина“ Неготино": "PHI General Hospital \"Vardarska Dolina\" Negotino",
             "ЈЗУ Клиничка болница „Пелагонија“ Прилеп": "PHI Clinical Hospital \"Pelagonija\" Prilep",
             "ЈЗУ Здравствен дом „Козјак“ Куманово": "PHI Health Centre \"Kozjak\" Kumanovo",
             "ПЗУ Биолаб-Медика Скопје": "PHI Biolab-Medika Skopje"}
MK_EN_CITY = {"Неготино": "Negotino", "Прилеп": "Prilep", "Куманово": "Kumanovo", "Скопје": "Skopje"}
MK_SIGNER_EN = {"Снежана Миловска, дипл. правник": "Snežana Milovska, LL.B.",
                "Зоран Илиевски, дипл. економист": "Zoran Ilievski, B.Econ.",
                "д-р Маја Костовска": "Dr. Maja Kostovska"}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    wards = WARDS.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def sname(job, person):
    return job.surname_override or person.surname


def nat(job, person):
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def kind_hours(job):
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


# --- MK -------------------------------------------------------------------------------------------
@cyrillic_safe
def mk_potvrda(job, person, rng, as_of):
    mk_fix(person, job)
    localise(job, person)
    emp = job.employer
    S, SB, T, TB = "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    lat = nat(job, person)
    cyr = mk_cyr(lat)
    ended = job.end is not None
    kind, h = kind_hours(job)
    if kind == "part":
        rv, rv_en, facts = f"со скратено работно време ({h} часа неделно)", f"part-time ({h} hours a week)", \
            (h, False, True)
    elif h is None:
        rv, rv_en, facts = "со полно работно време", "full-time", (None, True, False)
    else:
        job.hours = 40
        rv, rv_en, facts = "со полно работно време (40 часа неделно)", "full-time (40 hours a week)", (40, True, False)
    ward = is_ward(job)
    if ward:
        dept = f"во {join(job.departments, 'и')}"
        dept_en = f"in the {join([MK_EN_DEPT.get(d, d) for d in job.departments], 'and')}"
    elif job.departments:
        dept = f"во Одделот за лабораториска дијагностика (одделение за {join(job.departments, 'и')})"
        dept_en = (f"in the Department of Laboratory Diagnostics ({join([MK_EN_DEPT.get(d, d) for d in job.departments], 'and')} "
                   f"unit{'s' if len(job.departments) > 1 else ''})")
    else:
        dept = "во Одделот за лабораториска дијагностика"
        dept_en = "in the Department of Laboratory Diagnostics"
    no = f"03-{kj(job, 'br') % 9000 + 1000}/{kj(job, 'br2') % 9 + 1}"
    # the original
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.logo(L + 18, 58, 18, 0, 0.3)
    p.text(L + 46, 52, emp.name, SB, 11.5)
    p.text(L + 46, 66, f"{emp.street}, {emp.city}", S, 9)
    p.text(L + 46, 78, f"Тел. {emp.phone}, е-пошта: {emp.email}", S, 8.5)
    p.hline(L, R, 90, 0.7)
    p.text(L, 120, f"Број: {no}", T, 10.5)
    p.text(L, 135, f"Датум: {dmy(job.letter_date)} година", T, 10.5)
    p.text(W / 2, 190, "ПОТВРДА ЗА РАБОТЕН ОДНОС", TB, 15, "center")
    dur = ("на неопределено време" if kj(job, "dur") % 4 else "на определено време")
    if ended:
        body = (f"Се потврдува дека {cyr} {'била вработена' if fem else 'бил вработен'} во {emp.name} на работно место "
                f"{job.position} {dept}, {rv}, {dur}, од {dmy(job.start)} година до {dmy(job.end)} година.")
    else:
        body = (f"Се потврдува дека {cyr} е {'вработена' if fem else 'вработен'} во {emp.name} на работно место "
                f"{job.position} {dept}, {rv}, {dur}, од {dmy(job.start)} година до денес.")
    y = p.paragraph(L, 230, body, T, 11.5, R - L, 17) + 10
    y = p.paragraph(L, y, f"Потврдата се издава на барање на {'вработената' if fem else 'вработениот'} за "
                          f"регулирање на документи во странство и за други цели не може да се користи.", T, 11.5,
                    R - L, 17)
    sign_block(p, rng, R - 100, y + 80, "Директор", T, 10, 170, job.signer)
    ring_stamp(p, R - 240, y + 64, 32, f"{emp.name.upper()} *", emp.city)
    # the translation
    q = Page(A4)
    emp_en = MK_EN_EMP.get(emp.name, emp.name)
    q.text(L, 50, "Translation from Macedonian into English", S, 9)
    q.text(L, 80, emp_en, SB, 11.5)
    q.text(L, 94, f"{MK_EN_CITY.get(emp.city, emp.city)}, North Macedonia", S, 9)
    q.text(L, 124, f"No.: {no}", T, 10.5)
    q.text(L, 139, f"Date: {dmy(job.letter_date)}", T, 10.5)
    q.text(W / 2, 190, "CONFIRMATION OF EMPLOYMENT", TB, 15, "center")
    pos_en = MK_EN_POS.get(job.position, job.position)
    dur_en = "for an indefinite period" if dur.endswith("неопределено време") else "for a definite period"
    if ended:
        body = (f"This is to confirm that {lat} was employed at {emp_en} on the position {pos_en} {dept_en}, {rv_en}, "
                f"{dur_en}, from {dmy(job.start)} until {dmy(job.end)}.")
    else:
        body = (f"This is to confirm that {lat} is employed at {emp_en} on the position {pos_en} {dept_en}, {rv_en}, "
                f"{dur_en}, from {dmy(job.start)} until the present day.")
    y = q.paragraph(L, 230, body, T, 11.5, R - L, 17) + 10
    y = q.paragraph(L, y, "This confirmation is issued at the request of the employee for the regulation of "
                          "documents abroad and may not be used for other purposes.", T, 11.5, R - L, 17)
    q.text(L, y + 30, "Director", T, 10.5)
    q.text(L, y + 45, f"{MK_SIGNER_EN.get(job.signer, job.signer)}, signed and stamped", T, 10.5)
    q.hline(L, R, y + 80, 0.5)
    y = q.paragraph(L, y + 100, "I, the undersigned court interpreter for the English language, appointed by the "
                                "Ministry of Justice of the Republic of North Macedonia, hereby certify that this "
                                "translation fully corresponds to the original document written in Macedonian.",
                    T, 10, R - L, 14)
    q.text(L, y + 10, f"Translation certified under No. {kj(job, 'tr') % 900 + 100}/{job.letter_date.year}", T, 10)
    sign_block(q, rng, R - 110, y + 70, "Court interpreter", T, 9.5, 170, "Vesna Trajanovska")
    ring_stamp(q, R - 250, y + 56, 30, "ОВЛАСТЕН СУДСКИ ПРЕВЕДУВАЧ * COURT INTERPRETER *", "EN")
    return LayoutResult("employment_letter", "ah_mk_potvrda", FAMILY, by_reading_order([p, q]), [cyr, lat],
                        info={"date_style": "dmy_dots", "hours_facts": facts})


# --- BE / TL ---------------------------------------------------------------------------------------
def nl_date(d):
    return f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"


def pt_date(d):
    return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


BE_FRACTIONS = [(0.5, "1/2"), (0.6, "3/5"), (0.8, "4/5")]


def _be(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    aanh = "mevrouw" if fem else "de heer"
    ended = job.end is not None
    kind, h = kind_hours(job)
    if kind == "part":
        fr, lab = min(BE_FRACTIONS, key=lambda f: abs(38 * f[0] - h))
        job.hours = round(38 * fr, 1)
        hs = comma(job.hours, 1) if job.hours % 1 else str(int(job.hours))
        regime, facts = f"deeltijds {lab} ({hs} uur per week)", (job.hours, False, True)
    elif h is None:
        regime, facts = "voltijds", (None, True, False)
    else:
        job.hours = 38
        regime, facts = "voltijds (38 uur per week)", (38, True, False)
    ward = is_ward(job)
    if ward:
        where = f"op de {join(job.departments, 'en')}"
    elif job.departments:
        where = f"in het klinisch laboratorium (dienst {join(job.departments, 'en')})"
    else:
        where = "in het klinisch laboratorium"
    sig = job.signer.replace("Mevr. ", "").replace("Dhr. ", "")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    p.rect(L, 44, 30, 30, 0, 0.3, fill=0.3)
    p.text(L + 40, 58, emp.name, SB, 14)
    p.text(L + 40, 72, f"{emp.street} - tel. {emp.phone}", S, 8.5)
    p.text(L + 40, 84, f"Dienst Human Resources - {emp.email}", S, 8.5)
    p.text(R, 130, f"{emp.city}, {nl_date(job.letter_date)}", S, 10, "right")
    p.text(L, 180, "ARBEIDSATTEST / TEWERKSTELLINGSATTEST", SB, 14)
    contract = "met een contract van onbepaalde duur" if kj(job, "c") % 5 else "met een contract van bepaalde duur"
    if ended:
        body = (f"Ondergetekende, {sig}, HR-directeur van {emp.name}, verklaart dat {aanh} {nm}, van {nl_date(job.start)} tot en met {nl_date(job.end)} bij ons in "
                f"dienst was als {job.position} {where}, {contract}, {regime}.")
    else:
        body = (f"Ondergetekende, {sig}, HR-directeur van {emp.name}, verklaart dat {aanh} {nm}, sinds {nl_date(job.start)} bij ons in dienst is als {job.position} "
                f"{where}, {contract}, {regime}.")
    y = p.paragraph(L, 220, body, S, 10.5, R - L, 16) + 10
    y = p.paragraph(L, y, "Dit attest wordt afgeleverd op verzoek van de betrokkene om te dienen als bewijs van "
                          "beroepservaring.", S, 10.5, R - L, 16) + 10
    p.text(L, y + 10, "Voor echt verklaard,", S, 10.5)
    sign_block(p, rng, L + 90, y + 70, job.signer, S, 9.5, 170, "HR-directeur")
    rubber_stamp(p, L + 260, y + 52, 46, 26, 0.5)
    return LayoutResult("employment_letter", "ah_be_tl_attest", FAMILY, by_reading_order([p]), [f"{aanh} {nm}"],
                        info={"date_style": "nl_long", "hours_facts": facts})


def _tl(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    ended = job.end is not None
    kind, h = kind_hours(job)
    if kind == "part":
        regime, facts = f"em regime de tempo parcial ({h} horas semanais)", (h, False, True)
    elif h is None:
        regime, facts = "em regime de tempo inteiro", (None, True, False)
    else:
        job.hours = 40
        regime, facts = "em regime de tempo inteiro (40 horas semanais)", (40, True, False)
    ward = is_ward(job)
    if ward:
        where, setores = f"no {join(job.departments, 'e no')} do {emp.name}", ""
    else:
        where = f"no Laboratório do {emp.name}" if emp.kind != "lab" else f"no {emp.name}"
        setores = (f", nos setores de {join(job.departments, 'e')}" if len(job.departments) > 1 else
                   f", no setor de {job.departments[0]}" if job.departments else "")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 72, W - 72
    from .r16_ah_tl import emblem
    emblem(p, W / 2, 56, 20)
    p.text(W / 2, 96, "República Democrática de Timor-Leste", TB, 11, "center")
    p.text(W / 2, 110, "Ministério da Saúde", T, 10, "center")
    p.text(W / 2, 126, emp.name.upper(), TB, 12.5, "center")
    p.text(W / 2, 140, f"{emp.street} - Tel. {emp.phone}", T, 9, "center")
    p.hline(L, R, 150, 0.6)
    p.text(L, 178, f"Ref.ª n.º {kj(job, 'ref') % 900 + 100}/RH/{job.letter_date.year}", T, 10)
    p.text(W / 2, 220, "DECLARAÇÃO DE SERVIÇO", TB, 15, "center")
    if ended:
        body = (f"Declara-se, para os devidos efeitos, que {nm} exerceu funções de {job.position} {where}, de "
                f"{pt_date(job.start)} a {pt_date(job.end)}, {regime}{setores}.")
    else:
        body = (f"Declara-se, para os devidos efeitos, que {nm} exerce funções de {job.position} {where}, desde "
                f"{pt_date(job.start)} até à presente data, {regime}{setores}.")
    y = p.paragraph(L, 262, body, T, 12, R - L, 18) + 10
    y = p.paragraph(L, y, "Por ser verdade e me ter sido solicitada, passa-se a presente declaração, "
                          f"que vai assinada e autenticada com o selo branco em uso neste serviço.", T, 12, R - L, 18)
    p.text(L, y + 30, f"{emp.city}, {pt_date(job.letter_date)}", T, 12)
    sign_block(p, rng, W / 2, y + 110, job.signer, T, 10, 190, "Diretor(a) dos Recursos Humanos")
    from .r16_ah_common import dry_seal
    dry_seal(p, W / 2 - 130, y + 96, 30, 0.8)
    return LayoutResult("employment_letter", "ah_be_tl_attest", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "pt_long", "hours_facts": facts})


def be_tl_attest(job, person, rng, as_of):
    return (_be if job.employer.country == "BE" else _tl)(job, person, rng, as_of)


# --- SZ / KE ---------------------------------------------------------------------------------------
def slash(d):
    return d.strftime("%d/%m/%Y")


SENIOR = {"Laboratory Technologist": "Senior Laboratory Technologist", "Biomedical Scientist":
          "Senior Biomedical Scientist", "Laboratory Technician": "Senior Laboratory Technician",
          "Staff Nurse": "Senior Staff Nurse"}


def _sz(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    hon = "Ms" if fem else "Mr"
    she = "She" if fem else "He"
    end_ref = job.end or job.letter_date
    depts = list(job.departments) or ["Laboratory"]
    promo_ok = job.position in SENIOR and (end_ref - job.start).days > 900
    n = len(depts) if not promo_ok else max(2, len(depts))
    # consecutive periods, one per row
    total = (end_ref - job.start).days
    cuts = [job.start]
    for i in range(1, n):
        d = job.start + dt.timedelta(days=total * i // n)
        cuts.append(d.replace(day=1) if d.replace(day=1) > cuts[-1] else d)
    rows = []
    for i in range(n):
        a = cuts[i]
        b = (cuts[i + 1] - dt.timedelta(days=1)) if i + 1 < n else job.end
        pos = SENIOR[job.position] if promo_ok and i >= n // 2 else job.position
        rows.append((pos, depts[i % len(depts)], slash(a), slash(b) if b else "to date"))
    kind, h = kind_hours(job)
    if kind == "part":
        hrs, facts = f"{she} {'worked' if job.end else 'works'} {h} hours per week on a part-time basis.", \
            (h, False, True)
    elif h is None:
        hrs, facts = f"{she} {'was' if job.end else 'is'} employed on a full-time basis.", (None, True, False)
    else:
        job.hours = 40
        hrs, facts = f"{she} {'worked' if job.end else 'works'} 40 hours per week.", (40, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    from .r16_ah_common import coat_of_arms
    coat_of_arms(p, W / 2, 52, 20)
    p.text(W / 2, 90, emp.name.upper(), SB, 13, "center")
    p.text(W / 2, 103, f"{emp.street} - Tel: {emp.phone} - {emp.email}", S, 8.5, "center")
    p.hline(L, R, 112, 1.0)
    p.text(L, 140, f"Ref: {('HR' if emp.kind != 'lab' else 'ADM')}/{kj(job, 'ref') % 900 + 100}/"
                   f"{job.letter_date.year}", S, 10)
    p.text(R, 140, f"{job.letter_date.day} {EN_MONTHS[job.letter_date.month - 1]} {job.letter_date.year}", S, 10,
           "right")
    p.text(L, 176, "TO WHOM IT MAY CONCERN", SB, 11.5)
    p.hline(L, L + 160, 179, 0.6)
    p.text(L, 204, f"RE: CONFIRMATION OF EMPLOYMENT - {hon.upper()} {nm.upper()}", SB, 10)
    verb = "was employed" if job.end else "has been employed"
    y = p.paragraph(L, 230, f"This is to confirm that {hon} {nm} {verb} by {emp.name} in the following "
                            f"capacities:", S, 10.5, R - L, 15) + 8
    X = [L, L + 170, L + 310, L + 390, R]
    p.rect(L, y, R - L, 17, 0.6, 0.0, fill=0.88)
    p.pieces(y + 12, [(X[0] + 4, "Position", "left"), (X[1] + 4, "Department", "left"), (X[2] + 4, "From", "left"),
                      (X[3] + 4, "To", "left")], SB, 9.5)
    y += 17
    for pos, dep, a, b in rows:
        p.pieces(y + 12, [(X[0] + 4, pos, "left"), (X[1] + 4, dep, "left"), (X[2] + 4, a, "left"),
                          (X[3] + 4, b, "left")], S, 9.5)
        y += 17
        p.hline(L, R, y, 0.4)
    for x in X:
        p.vline(x, y - 17 * (len(rows) + 1), y, 0.5)
    y += 24
    y = p.paragraph(L, y, hrs, S, 10.5, R - L, 15) + 6
    y = p.paragraph(L, y, f"This letter is issued at {'her' if fem else 'his'} request for whatever purpose it may "
                          f"serve.", S, 10.5, R - L, 15) + 6
    p.text(L, y + 12, "Yours faithfully,", S, 10.5)
    sign_block(p, rng, L + 90, y + 70, job.signer, S, 9.5, 170, "Human Resources Manager")
    round_stamp(p, L + 260, y + 58, 30, 0.45)
    if not job.departments:
        job.departments = []
    return LayoutResult("employment_letter", "ah_sz_ke_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "slash_dmy", "hours_facts": facts})


KE_SECTIONS = [("blood_bank", "Blood Transfusion"), ("chemistry", "Clinical Chemistry"),
               ("hematology", "Haematology"), ("microbiology", "Microbiology"), ("immunology", "Serology"),
               ("urinalysis", "Urinalysis"), ("molecular", "Molecular Biology"), ("phlebotomy", "Phlebotomy"),
               ("other", "Histology")]
KE_WARDS = ["Medical-Surgical Ward", "Emergency Room", "Pediatric Ward", "Operating Room"]


def _ke(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Times-Roman", "Times-Bold"
    nm = nat(job, person).upper()
    ward = is_ward(job)
    if job.position == "Medical Laboratory Technologist":
        job.position = "Medical Laboratory Technologist III"
    elif job.position == "Medical Laboratory Officer":
        job.position = "Medical Laboratory Officer II"
    if ward:
        boxes = [(w, w in job.departments) for w in KE_WARDS]
        job.departments = [w for w, t in boxes if t]
    else:
        boxes = [(lab, a in job.areas) for a, lab in KE_SECTIONS]
        job.departments = [lab for lab, t in boxes if t]
    kind, h = kind_hours(job)
    if kind == "part":
        duty, facts = f"Part-time, {h} hours per week", (h, False, True)
    elif h is None:
        duty, facts = "Full-time", (None, True, False)
    else:
        job.hours = 40
        duty, facts = "Full-time, 40 hours per week", (40, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    county = emp.region.replace(" County", "").upper()
    p.logo(W / 2, 52, 20, 1, 0.3)
    p.text(W / 2, 92, f"COUNTY GOVERNMENT OF {county}" if emp.kind != "lab" else emp.name.upper(), SB, 12,
           "center")
    p.text(W / 2, 107, "DEPARTMENT OF HEALTH SERVICES" if emp.kind != "lab" else "HUMAN RESOURCE OFFICE", S, 10,
           "center")
    p.text(W / 2, 121, emp.name.upper() if emp.kind != "lab" else emp.street, SB if emp.kind != "lab" else S, 10.5,
           "center")
    p.text(W / 2, 134, emp.street if emp.kind != "lab" else f"Tel: {emp.phone}", S, 9, "center")
    p.text(W / 2, 170, "CERTIFICATE OF SERVICE", SB, 15, "center")
    p.hline(W / 2 - 95, W / 2 + 95, 174, 0.8)
    fields = [("Name:", nm), ("P/No.:", f"{2010 + kj(job, 'pn') % 12}{kj(job, 'pn2') % 900000 + 100000}"),
              ("Designation:", job.position), ("Department:", "Laboratory Services" if not ward else "Nursing Services"),
              ("Date of first appointment:", slash(job.start)),
              ("Date of leaving:", slash(job.end) if job.end else "N/A (still serving)"),
              ("Terms of service:", "Permanent and Pensionable" if kj(job, "t") % 3 else "Contract"),
              ("Hours of duty:", duty)]
    y = 212
    for a, b in fields:
        p.pieces(y, [(L, a, "left", SB, 11), (L + 160, b, "left")], S, 11)
        p.hline(L + 156, R, y + 3, 0.3, 0.5)
        y += 24
    p.text(L, y, "Sections served:", SB, 11)
    y += 20
    xs = [L + 10, L + 190, L + 340]
    items = []
    for i, (lab, t) in enumerate(boxes):
        col = i % 3
        if col == 0 and i:
            p.pieces(y, items, S, 10.5)
            items = []
            y += 20
        tick_box(p, xs[col], y + 1, t, 9)
        items.append((xs[col] + 15, lab, "left"))
    if items:
        p.pieces(y, items, S, 10.5)
    y += 34
    p.text(L, y, "Conduct and performance: Satisfactory", S, 11)
    y += 20
    p.text(L, y, f"Date: {slash(job.letter_date)}", S, 11)
    sign_block(p, rng, R - 110, y + 80, "MEDICAL SUPERINTENDENT" if emp.kind != "lab" else "LABORATORY MANAGER", SB,
               9.5, 190, job.signer)
    rect_stamp(p, L, y + 30, 170, 62, [(emp.name.upper(), 6.5), ("MEDICAL SUPERINTENDENT" if emp.kind != "lab"
                                                                   else "MANAGEMENT", 8),
                                       (f"{job.letter_date.day:02d} {EN_MONTHS[job.letter_date.month - 1][:3].upper()} "
                                        f"{job.letter_date.year}", 10)])
    return LayoutResult("employment_letter", "ah_sz_ke_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "slash_dmy", "hours_facts": facts})


def sz_ke_letter(job, person, rng, as_of):
    return (_sz if job.employer.country == "SZ" else _ke)(job, person, rng, as_of)


LETTER_LAYOUTS = {"ah_mk_potvrda": (mk_potvrda, FAMILY, ("MK",)),
                  "ah_be_tl_attest": (be_tl_attest, FAMILY, ("BE", "TL")),
                  "ah_sz_ke_letter": (sz_ke_letter, FAMILY, ("SZ", "KE"))}
