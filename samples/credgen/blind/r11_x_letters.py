"""Writer X, round 11: employment letters for SV, PT (x_constancia_declaracao), ER (x_certificate_service)
and BJ, TJ (x_attestation_malumotnoma).

x_constancia_declaracao: SV "CONSTANCIA DE TRABAJO": "Por medio de la presente hago constar que ... labora
    en este hospital desde el 2 de mayo de 2019 a la fecha, desempeñándose como Profesional en Laboratorio
    Clínico en las áreas de Química Clínica, Hematología y Bacteriología, con un horario de 7:00 a 15:00
    horas de lunes a viernes" — the hours only as a schedule (40 h; 4 h a day for part-time) — signed by
    the head of human resources; PT "DECLARAÇÃO" from a hospital centre's human resources: "exerce funções
    de Técnico Superior de Diagnóstico e Terapêutica (Ciências Biomédicas Laboratoriais) desde 01-09-2019,
    em regime de contrato de trabalho em funções públicas por tempo indeterminado, a tempo completo (35
    horas semanais)" (35 h is the public full-time week: the truth takes the 35 printed), an earlier
    fixed-term contract ("a termo resolutivo certo, de ... a ...") in the same post for one holder in two
    (one continuous experience entry from its start), the services (Patologia Clínica: Hematologia,
    Imuno-hemoterapia, Microbiologia).
x_certificate_service: ER "CERTIFICATE OF SERVICE" from a Ministry of Health referral hospital: "assigned
    through national service from 12/07/2017 to 30/06/2019" followed by "employed as a regular staff
    member since 01/07/2019"; the two periods are two experience entries (phases, same hours); a
    part-time holder has no national-service period; the laboratory units as a list.
x_attestation_malumotnoma: BJ "ATTESTATION DE TRAVAIL": "... est employé(e) en qualité de Technicien
    Supérieur en Analyses Biomédicales au Laboratoire du Centre Hospitalier ... depuis le ... à ce jour",
    part-time "vacataire à raison de 20 heures par semaine", and for one holder in two an earlier "stage"
    period at the same place (training, not employment: not in the truth); TJ "МАЪЛУМОТНОМА" with a
    work-book extract table `№ | Сана | Маълумот дар бораи кор | Фармон` (hire, transfer to another
    laboratory, dismissal) and the weekly hours, followed by its English translation page.
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LETTER, Page
from .r11_x_common import (FAMILY, by_reading_order, es_date, fr_date, geez_line, kj, round_stamp, rubber_stamp,
                           sign_block, star_seal, tajik_safe)


def _join(xs, word):
    xs = list(xs)
    if len(xs) <= 1:
        return "".join(xs)
    return ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def sv_schedule(h):
    """(phrase, hours): the weekly hours stated only as a schedule."""
    return {40: ("con un horario de 7:00 a 15:00 horas de lunes a viernes", 40),
            48: ("con un horario de 7:00 a 15:00 horas de lunes a sábado", 48),
            20: ("con un horario de 7:00 a 11:00 horas de lunes a viernes", 20),
            16: ("con un horario de 7:00 a 11:00 horas de lunes a jueves", 16),
            24: ("con un horario de 7:00 a 13:00 horas de lunes a jueves", 24)}.get(
        h, (f"con un horario de 7:00 a {7 + h // 5}:00 horas de lunes a viernes", (h // 5) * 5))


SV_POS_F = {"Profesional en Laboratorio Clínico": "Profesional en Laboratorio Clínico",
            "Laboratorista Clínico": "Laboratorista Clínica", "Auxiliar de Laboratorio": "Auxiliar de Laboratorio",
            "Técnico de Laboratorio": "Técnica de Laboratorio"}


def _sv(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    lab = emp.kind == "lab"
    p = Page(LETTER)
    L, R = 72, p.w - 72
    p.logo(L + 16, 58, 18, 0)
    p.text(p.w / 2 + 20, 50, "MINISTERIO DE SALUD" if not lab else emp.name.upper(), TB, 11, "center")
    p.text(p.w / 2 + 20, 64, emp.name.upper() if not lab else "Análisis Clínicos Especializados", TB if not lab else TI,
           10 if not lab else 9.5, "center")
    p.text(p.w / 2 + 20, 77, f"{emp.street}, {emp.city} — Tel. {emp.phone}", T, 8.5, "center")
    p.hline(L, R, 88, 0.8)
    p.text(p.w / 2, 150, "CONSTANCIA DE TRABAJO", TB, 15, "center")
    sched, h = sv_schedule(job.hours)
    pos = SV_POS_F.get(job.position, job.position) if fem else job.position
    who = f"{'la' if fem else 'el'} {'Licda.' if fem else 'Lic.'} {name}" if "Profesional" in job.position or \
        "Laboratorista" in job.position else f"{'la señora' if fem else 'el señor'} {name}"
    areas = f" en las áreas de {_join(job.departments, 'y')}" if job.departments else ""
    where = "este hospital" if not lab else "este laboratorio"
    if job.end is None:
        body = (f"Por medio de la presente hago constar que {who} labora en {where} desde el {es_date(job.start)} a la "
                f"fecha, desempeñándose como {pos}{areas}, {sched}.")
    else:
        body = (f"Por medio de la presente hago constar que {who} laboró en {where} desde el {es_date(job.start)} hasta "
                f"el {es_date(job.end)}, desempeñándose como {pos}{areas}, {sched}.")
    y = p.paragraph(L, 200, body, T, 12, R - L, 20) + 12
    d = job.letter_date
    y = p.paragraph(L, y, f"Y para los usos que {'la interesada' if fem else 'el interesado'} estime conveniente, se "
                    f"extiende la presente en la ciudad de {emp.city}, a los {d.day} días del mes de "
                    f"{['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][d.month - 1]} "
                    f"de {d.year}.", T, 12, R - L, 20) + 80
    sign_block(p, rng, p.w / 2, y, job.signer, TB, 10.5, 220,
               "Jefe de la Unidad de Recursos Humanos" if not lab else "Gerente de Talento Humano")
    rubber_stamp(p, p.w / 2 + 150, y - 24, 44, 28, 0.45)
    return LayoutResult("employment_letter", "x_constancia_declaracao", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "es_long", "hours_facts": (h, False, False), "schedule_only": True})


PT_AREA = {"Imuno-hemoterapia": "Imuno-hemoterapia", "Bioquímica": "Bioquímica", "Hematologia": "Hematologia",
           "Microbiologia": "Microbiologia", "Imunologia": "Imunologia"}


def _pt(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    lab = emp.kind == "lab"
    p = Page(A4)
    L, R = 70, p.w - 70
    p.logo(L + 14, 52, 16, 1, 0.3)
    p.text(L + 40, 46, emp.name, FB, 10.5)
    p.text(L + 40, 59, "Serviço de Gestão de Recursos Humanos" if not lab else "Direção de Recursos Humanos", F, 9)
    p.text(L + 40, 71, f"{emp.street} · {emp.city} · Tel. {emp.phone}", F, 8)
    p.text(R, 110, f"N/Ref.ª: SGRH/{kj(job, 'ref') % 9000 + 1000}/{job.letter_date.year}", F, 8.5, "right")
    p.text(p.w / 2, 160, "DECLARAÇÃO", FB, 15, "center")
    start, contract = job.start, None
    if job.end is None or (job.end - job.start).days > 600:
        span = ((job.end or job.letter_date) - job.start).days
        if span > 540 and kj(job, "ctr") % 2 == 0:
            cut = D.add_months(job.start, 6 + kj(job, "cut") % 10)
            contract = (job.start, cut - dt.timedelta(days=1))
            start = cut
    if job.hours >= 35:
        hs = 35 if not lab else 40
        regime = f"a tempo completo ({hs} horas semanais)"
        facts = (hs, True, False)
    else:
        regime = f"a tempo parcial ({job.hours} horas semanais)"
        facts = (job.hours, False, True)
    vinc = ("contrato de trabalho em funções públicas por tempo indeterminado" if not lab else
            "contrato individual de trabalho sem termo")
    pos = job.position
    verb = "exerce" if job.end is None else "exerceu"
    per = f"desde {start.strftime('%d-%m-%Y')}" if job.end is None else \
        f"de {start.strftime('%d-%m-%Y')} a {job.end.strftime('%d-%m-%Y')}"
    body = (f"Para os devidos efeitos, declara-se que {name}, portador{'a' if fem else ''} do cartão de cidadão n.º "
            f"{kj(job, 'cc') % 90000000 + 10000000}, {verb} funções de {pos} neste "
            f"{'Centro Hospitalar' if 'Centro' in emp.name else 'estabelecimento'} {per}, em regime de {vinc}, "
            f"{regime}.")
    y = p.paragraph(L, 200, body, F, 10.5, R - L, 17) + 10
    if contract:
        y = p.paragraph(L, y, f"Anteriormente, exerceu as mesmas funções em regime de contrato de trabalho a termo "
                        f"resolutivo certo, de {contract[0].strftime('%d-%m-%Y')} a {contract[1].strftime('%d-%m-%Y')}, "
                        f"{regime}.", F, 10.5, R - L, 17) + 10
    if job.departments:
        y = p.paragraph(L, y, f"Desempenha{'' if job.end is None else 'va'} a sua atividade no Serviço de Patologia "
                        f"Clínica, nas áreas de: {', '.join(job.departments)}.", F, 10.5, R - L, 17) + 10
    y = p.paragraph(L, y, f"Por ser verdade e ter sido solicitada, se passa a presente declaração, que vai assinada e "
                    f"autenticada com o selo branco em uso nesta instituição.", F, 10.5, R - L, 17) + 16
    p.text(L, y, f"{emp.city}, {job.letter_date.strftime('%d-%m-%Y')}", F, 10.5)
    y += 70
    sign_block(p, rng, p.w / 2, y, job.signer, FB, 10, 210, "A Diretora do Serviço de Gestão de Recursos Humanos"
               if job.signer.startswith("Dra") else "O Diretor do Serviço de Gestão de Recursos Humanos")
    round_stamp(p, p.w / 2 + 150, y - 20, 30, 0.45)
    return LayoutResult("employment_letter", "x_constancia_declaracao", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_dash", "hours_facts": facts, "contract_then_post": bool(contract)})


def x_constancia_declaracao(job, person, rng, as_of):
    return {"SV": _sv, "PT": _pt}[job.employer.country](job, person, rng, as_of)


def x_certificate_service(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    hs, ft, pt = hours_facts(job)
    p = Page(A4)
    L, R = 66, p.w - 66
    star_seal(p, L + 24, 64, 24, 0.35, points=12)
    geez_line(p, p.w / 2, 44, "ሃገረ ኤርትራ — ሚኒስትሪ ጥዕና", 10)
    p.text(p.w / 2, 60, "STATE OF ERITREA — MINISTRY OF HEALTH", TB, 10.5, "center")
    p.text(p.w / 2, 76, emp.name.upper(), TB, 12, "center")
    p.text(p.w / 2, 89, f"{emp.street}, {emp.city} — Tel. {emp.phone}", T, 9, "center")
    p.hline(L, R, 98, 1.0)
    p.text(L, 122, f"Ref. No. {emp.name.split()[0][:3].upper()}/HR/{kj(job, 'ref') % 900 + 100}/{job.letter_date.year % 100:02d}",
           T, 10)
    p.text(R, 122, f"Date: {job.letter_date.strftime('%d/%m/%Y')}", T, 10, "right")
    p.text(p.w / 2, 164, "CERTIFICATE OF SERVICE", TB, 15, "center")
    pr, po = ("she", "her") if fem else ("he", "his")
    end = job.end
    if job.hours_style == "fulltime_only":
        hs, ft, pt = None, True, False
        hrs = f"{pr.capitalize()} {'works' if end is None else 'worked'} on a full-time basis."
    elif job.hours < 35:
        hs, ft, pt = job.hours, False, True
        hrs = f"{pr.capitalize()} {'works' if end is None else 'worked'} on a part-time basis, {hs} hours per week."
    else:
        hs, ft, pt = job.hours, True, False
        hrs = f"{pr.capitalize()} {'works' if end is None else 'worked'} full-time, {hs} hours per week."
    span = ((end or job.letter_date) - job.start).days
    ns = job.hours >= 35 and span > 500 and kj(job, "ns") % 3 != 0
    phases = None
    y = 206
    if ns:
        cut = D.add_months(job.start, min(12 + kj(job, "nsm") % 13, span // 31 - 3))
        ns_end = cut - dt.timedelta(days=1)
        y = p.paragraph(L, y, f"This is to certify that {name} was assigned to this {'hospital' if emp.kind != 'lab' else 'institution'} through national service "
                        f"from {job.start.strftime('%d/%m/%Y')} to {ns_end.strftime('%d/%m/%Y')} as a "
                        f"{job.position} (National Service).", T, 12, R - L, 19) + 8
        tail = ("to date" if end is None else f"until {end.strftime('%d/%m/%Y')}")
        y = p.paragraph(L, y, f"Upon completion of {po} national service {pr} was employed as a regular staff member "
                        f"of the {'hospital' if emp.kind != 'lab' else 'institution'} as a {job.position} from {cut.strftime('%d/%m/%Y')} {tail}.", T, 12, R - L,
                        19) + 8
        phases = [(job.start, ns_end, (hs, ft, pt)), (cut, end, (hs, ft, pt))]
    else:
        tail = ("to date" if end is None else f"to {end.strftime('%d/%m/%Y')}")
        y = p.paragraph(L, y, f"This is to certify that {name} {'has been' if end is None else 'was'} employed by this "
                        f"{'hospital' if emp.kind != 'lab' else 'institution'} as a {job.position} from {job.start.strftime('%d/%m/%Y')} {tail}.", T, 12, R - L,
                        19) + 8
    y = p.paragraph(L, y, hrs, T, 12, R - L, 19) + 8
    if job.departments:
        y = p.paragraph(L, y, f"During {po} service {pr} worked in the following laboratory units:", T, 12, R - L,
                        19) + 2
        for dpt in job.departments:
            p.text(L + 24, y, f"- {dpt}", T, 12)
            y += 18
        y += 6
    y = p.paragraph(L, y, f"{pr.capitalize()} has shown good conduct and dedication. This certificate is issued upon "
                    f"{po} request for whatever purpose it may serve.", T, 12, R - L, 19) + 70
    sign_block(p, rng, L + 110, y, job.signer, TB, 10.5, 200, "Head, Human Resource Administration")
    rubber_stamp(p, L + 290, y - 20, 46, 28, 0.45)
    return LayoutResult("employment_letter", "x_certificate_service", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_slash", "hours_facts": (hs, ft, pt), "phases": phases,
                              "national_service": ns})


BJ_POS_F = {"Technicien Supérieur en Analyses Biomédicales": "Technicienne Supérieure en Analyses Biomédicales",
            "Technicien de laboratoire": "Technicienne de laboratoire"}


def _bj(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    name = printed_name(job, person, "surname_first_mixed")
    lab = emp.kind == "lab"
    p = Page(A4)
    L, R = 64, p.w - 64
    p.text(L + 90, 46, "RÉPUBLIQUE DU BÉNIN", TB, 9.5, "center")
    p.text(L + 90, 58, "MINISTÈRE DE LA SANTÉ" if not lab else "", TB, 8.5, "center")
    p.text(L + 90, 70, emp.name.upper() if len(emp.name) < 44 else emp.name, TB, 7.5, "center")
    p.text(L + 90, 82, emp.street, T, 8, "center")
    p.text(R, 46, "Fraternité - Justice - Travail", TI, 8.5, "right")
    p.text(L, 112, f"N° {kj(job, 'ref') % 900 + 100}/{'DG' if not lab else 'DIR'}/SRH/{job.letter_date.year}", T, 9.5)
    p.text(p.w / 2, 160, "ATTESTATION DE TRAVAIL", TB, 15, "center")
    pos = BJ_POS_F.get(job.position, job.position) if fem else job.position
    intro = (f"Je soussigné{'e' if job.signer.startswith('Mme') else ''}, {job.signer}, "
             f"{'Directeur Général' if not lab else 'Directeur'} {'du ' + emp.name if not lab else 'du ' + emp.name}, "
             f"atteste que {'Madame' if fem else 'Monsieur'} {name}")
    place = "au Laboratoire du " + emp.name if not lab else "au " + emp.name
    hs, ft, pt = hours_facts(job)
    if job.hours < 35:
        quality = f"en qualité de {pos} vacataire, à raison de {job.hours} heures par semaine,"
        facts = (job.hours, False, True)
    else:
        quality = f"en qualité de {pos}, à temps plein,"
        facts = (hs, True, False) if job.hours_style != "hours" else (hs, False, False)
        if job.hours_style != "fulltime_only":
            quality = f"en qualité de {pos}, à temps plein ({job.hours} heures par semaine),"
            facts = (job.hours, True, False)
    if job.end is None:
        body = f"{intro} est employé{'e' if fem else ''} {quality} {place} depuis le {fr_date(job.start)} à ce jour."
    else:
        body = (f"{intro} a été employé{'e' if fem else ''} {quality} {place} du {fr_date(job.start)} au "
                f"{fr_date(job.end)}.")
    y = p.paragraph(L, 204, body, T, 12, R - L, 19) + 8
    stage = kj(job, "stg") % 2 == 0
    if stage:
        s1 = D.add_months(job.start, -(3 + kj(job, "stm") % 4))
        s2 = job.start - dt.timedelta(days=1 + kj(job, "std") % 20)
        y = p.paragraph(L, y, f"Auparavant, {'l’intéressée' if fem else 'l’intéressé'} y avait effectué un stage "
                        f"professionnel non rémunéré du {fr_date(s1)} au {fr_date(s2)}.", T, 12, R - L, 19) + 8
    if job.departments:
        y = p.paragraph(L, y, f"Au cours de cette période, {'elle' if fem else 'il'} a exercé dans les unités "
                        f"suivantes : {', '.join(job.departments)}.", T, 12, R - L, 19) + 8
    y = p.paragraph(L, y, "En foi de quoi, la présente attestation lui est délivrée pour servir et valoir ce que de "
                    "droit.", T, 12, R - L, 19) + 16
    p.text(R, y, f"{emp.city}, le {fr_date(job.letter_date)}", T, 11.5, "right")
    y += 74
    sign_block(p, rng, R - 110, y, job.signer, TB, 10.5, 200)
    round_stamp(p, R - 230, y - 20, 30, 0.45)
    return LayoutResult("employment_letter", "x_attestation_malumotnoma", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "fr_long", "hours_facts": facts, "stage_before": stage})


TJ_POS = {"Laboratory Physician": "табиби лаборант", "Clinical Laboratory Technologist": "технологи лабораторияи клиникӣ",
          "Laboratory Assistant": "лаборант", "Biologist": "биолог"}
TJ_DEPT = {"Blood Transfusion Department": "шӯъбаи хунгузаронӣ", "Biochemistry Laboratory": "лабораторияи биохимиявӣ",
           "Haematology Laboratory": "лабораторияи гематологӣ",
           "Bacteriological Laboratory": "лабораторияи бактериологӣ", "Immunology Laboratory": "лабораторияи иммунологӣ",
           "General Clinical Laboratory": "лабораторияи умумии клиникӣ", "PCR Laboratory": "лабораторияи ПЗР",
           "Treatment Room": "ҳуҷраи муолиҷавӣ", "Cytology Laboratory": "лабораторияи ситологӣ"}
TJ_EMP = {"Dushanbe City Medical Centre No. 2": "Маркази шаҳрии тиббии № 2-и ш. Душанбе",
          "Sughd Regional Clinical Hospital": "Беморхонаи клиникии вилояти Суғд",
          "Khatlon Regional Diagnostic Centre": "Маркази ташхисии вилояти Хатлон",
          "Shifo-Lab Medical Laboratory LLC": "ҶДММ «Лабораторияи тиббии Шифо-Лаб»"}


def _tj(job, person, rng, as_of):
    with tajik_safe():
        return _tj_(job, person, rng, as_of)


def _tj_(job, person, rng, as_of):
    from .r11_x_tj import _lat, en_name, tj_name
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    tn = job.name_override or tj_name(person)
    en = job.name_override or en_name(person)
    pos_t = TJ_POS.get(job.position, job.position)
    dep_e = list(job.departments)
    dep_t = [TJ_DEPT.get(d, d) for d in dep_e]
    recs = []      # (date, tajik, english, order)
    o1 = f"№ {kj(job, 'o1') % 300 + 1}-к аз {D.dmy_dot(job.start - dt.timedelta(days=kj(job, 'od') % 4))}"
    o1e = o1.replace("аз", "of").replace("-к", "-k")
    first = f" дар {dep_t[0]}" if dep_t else ""
    first_e = f" in the {dep_e[0]}" if dep_e else ""
    recs.append((job.start, f"Ба вазифаи {pos_t}{first} қабул карда шуд", f"Hired as {job.position}{first_e}", o1, o1e))
    endd = job.end or job.letter_date
    if len(dep_t) >= 2 and (endd - job.start).days > 400:
        td = D.add_months(job.start, 6 + kj(job, "tm") % max(1, min(30, ((endd - job.start).days // 31) - 3)))
        o2 = f"№ {kj(job, 'o2') % 300 + 1}-к аз {D.dmy_dot(td)}"
        recs.append((td, f"Ба {dep_t[1]} ба ҳамон вазифа гузаронида шуд",
                     f"Transferred to the {dep_e[1]} in the same position", o2, o2.replace("аз", "of").replace("-к", "-k")))
    if job.end:
        o3 = f"№ {kj(job, 'o3') % 300 + 1}-к аз {D.dmy_dot(job.end)}"
        recs.append((job.end, "Бо хоҳиши худ аз кор озод карда шуд", "Dismissed at own request", o3,
                     o3.replace("аз", "of").replace("-к", "-k")))
    hs = job.hours
    ft = hs >= 35
    pages = []
    for lang in ("tj", "en"):
        tjl = lang == "tj"
        p = Page(A4)
        pages.append(p)
        L, R = 56, p.w - 56
        if not tjl:
            p.text(p.w / 2, 36, "Translation from Tajik", TI, 9, "center")
        p.rect(L, 48, 220, 70, 0.8, 0.35)
        head = (("Вазорати тандурустӣ ва ҳифзи", "иҷтимоии аҳолии ҶТ", TJ_EMP.get(emp.name, emp.name), emp.street)
                if tjl else ("Ministry of Health and Social", "Protection of the Population of RT", emp.name, emp.street))
        for m, t in enumerate(head):
            p.text(L + 110, 62 + 14 * m, t, TB if m == 2 else T, 8 if len(t) < 44 else 7, "center", gray=0.3)
        ref = kj(job, "ref") % 900 + 100
        p.text(L, 138, f"№ {ref} аз {D.dmy_dot(job.letter_date)}" if tjl else
               f"No. {ref} of {D.dmy_dot(job.letter_date)}", T, 10)
        p.text(p.w / 2, 176, "МАЪЛУМОТНОМА" if tjl else "REFERENCE", TB, 14, "center")
        if tjl:
            intro = (f"Дода мешавад ба {tn} дар он, ки вай дар {TJ_EMP.get(emp.name, emp.name)} "
                     f"{'кор мекунад' if job.end is None else 'кор кардааст'}. Ҳафтаи корӣ: {hs} соат"
                     f"{' (1,0 ставка)' if ft else f' ({hs / 40:.2f} ставка)'.replace('.', ',')}. Иқтибос аз дафтарчаи "
                     "меҳнатӣ:")
        else:
            intro = (f"Issued to {en} to certify that {'she' if fem else 'he'} "
                     f"{'works' if job.end is None else 'worked'} at {emp.name}. Working week: {hs} hours"
                     f"{' (1.0 rate)' if ft else f' ({hs / 40:.2f} rate)'}. Extract from the work record book:")
        y = p.paragraph(L, 206, intro, T, 11.5, R - L, 17) + 8
        xs = [L, L + 26, L + 100, L + 380, R]
        heads = ["№", "Сана", "Маълумот дар бораи кор", "Фармон"] if tjl else \
            ["No.", "Date", "Record of employment", "Order"]
        p.rect(L, y, R - L, 16, 0.6, 0, fill=0.9)
        p.pieces(y + 11, [((xs[c] + xs[c + 1]) / 2, heads[c], "center") for c in range(4)], TB, 9)
        top = y
        y += 16
        for n, (d, t_, e_, o, oe) in enumerate(recs, 1):
            txt = t_ if tjl else e_
            from ..pagekit import wrap
            tl = wrap(txt, T, 9.5, xs[3] - xs[2] - 8)
            ol = wrap(o if tjl else oe, T, 9.5, xs[4] - xs[3] - 8)
            p.pieces(y + 12, [((xs[0] + xs[1]) / 2, str(n), "center"), ((xs[1] + xs[2]) / 2, D.dmy_dot(d), "center"),
                              (xs[2] + 4, tl[0], "left"), (xs[3] + 4, ol[0], "left")], T, 9.5)
            for q in range(1, max(len(tl), len(ol))):
                items = []
                if q < len(tl):
                    items.append((xs[2] + 4, tl[q], "left"))
                if q < len(ol):
                    items.append((xs[3] + 4, ol[q], "left"))
                p.pieces(y + 12 + 12 * q, items, T, 9.5)
            y += 12 * max(len(tl), len(ol)) + 6
            p.hline(L, R, y, 0.4)
        for x in xs:
            p.vline(x, top, y, 0.5)
        p.rect(L, top, R - L, y - top, 0.7, 0)
        y += 20
        if job.end is None:
            y = p.paragraph(L, y, "То ҳол дар ҳамин вазифа кор мекунад." if tjl else
                            "Works in the same position to the present time.", T, 11.5, R - L, 17) + 6
        if dep_t:
            y = p.paragraph(L, y, ("Дар давраи кор дар шӯъбаҳои зерин фаъолият кардааст: " + ", ".join(dep_t) + ".")
                            if tjl else ("During the period of work performed tests in: " + ", ".join(dep_e) + "."),
                            T, 11.5, R - L, 17) + 6
        y = p.paragraph(L, y, "Маълумотнома барои пешниҳод ба ҷои талаб дода шуд." if tjl else
                        "The reference is issued for submission upon request.", T, 11.5, R - L, 17) + 50
        if tjl:
            p.text(L, y, "Сардухтур", TB, 11)
            p.signature(L + 150, y - 12, 80, rng)
            p.text(R, y, job.signer, T, 11, "right")
            p.text(L, y + 26, "Мудири шӯъбаи кадрҳо", TB, 11)
            p.signature(L + 150, y + 14, 70, rng)
            p.text(L, y + 52, "Ҷ.М.", TB, 10)
            round_stamp(p, L + 200, y + 14, 32, 0.45)
        else:
            p.text(L, y, f"Chief Physician /signature/ {_lat(job.signer)}", T, 11)
            p.text(L, y + 18, "Head of the Human Resources Department /signature/", T, 11)
            p.text(L, y + 36, "Seal: /round seal/", TI, 10)
            p.paragraph(L, y + 70, f"Translated by {['Sadulloeva Mehrangez', 'Nurov Dilshod'][kj(job, 'tr') % 2]}. "
                        f"Notary of the State Notary Office No. {kj(job, 'no') % 4 + 1} of {emp.city}: the translator's "
                        f"signature is certified, registry No. {kj(job, 'nr') % 9000 + 1000}.", TI, 9.5, R - L - 120,
                        13)
            round_stamp(p, R - 60, y + 90, 34, 0.45)
    return LayoutResult("employment_letter", "x_attestation_malumotnoma", FAMILY, by_reading_order(pages), [tn, en],
                        info={"date_style": "dmy_dot", "hours_facts": (hs, ft, hs < 35), "records": len(recs)})


def x_attestation_malumotnoma(job, person, rng, as_of):
    return {"BJ": _bj, "TJ": _tj}[job.employer.country](job, person, rng, as_of)


LETTER_LAYOUTS = {"x_constancia_declaracao": (x_constancia_declaracao, FAMILY, ("SV", "PT")),
                  "x_certificate_service": (x_certificate_service, FAMILY, ("ER",)),
                  "x_attestation_malumotnoma": (x_attestation_malumotnoma, FAMILY, ("BJ", "TJ"))}
