"""Writer M, round 6: employment letters for IN, AR, DZ, TW and UZ.

in_ar_letter (IN, AR): IN hospital "EXPERIENCE CERTIFICATE" (page 1: "... worked with us as Lab
    Technician (MLT) from 12.08.2019 to 30.06.2022 ... His services were found satisfactory") and,
    for a job that ended, a "RELIEVING LETTER" (page 2: "... you are relieved from your duties on
    the afternoon of 30.06.2022"); a current job gets page 1 only ("is working with us ... since
    12.08.2019 till date"). AR "CERTIFICADO DE TRABAJO" (Ley 20.744, art. 80): "... se desempeña
    en el Laboratorio de Análisis Clínicos ... con una antigüedad de 3 años y 4 meses (fecha de
    ingreso: 01/03/2019), cumpliendo una jornada de 36 horas semanales", CUIL and CUIT.
dz_tw_uz_letter (DZ, TW, UZ): DZ "ATTESTATION DE TRAVAIL" ("Je soussigné, Directeur de
    l'Établissement Public Hospitalier ..., atteste que M./Mme ... exerce en qualité de
    Laborantin de Santé Publique depuis le 03/10/2019 à ce jour"), Arabic heading as a picture;
    TW bilingual "在職證明書 / CERTIFICATE OF EMPLOYMENT" (Chinese drawn as a picture) as a table
    Name | ID No. | Title | Department | Period of employment "2018/08/01 ~ present" | Working
    hours; UZ "MA'LUMOTNOMA / REFERENCE", Uzbek then English: "... has been working at ... as a
    Laboratory Assistant since 01.09.2019 (order No. 45-K)".
Local positions replace the English "Staff Nurse" / "Laboratory Aide" in French and Spanish
letters, and ward names are translated; the job is updated so the truth says what is printed.
"""

import datetime as dt
import zlib

from .. import dates as D
from ..layouts_letter import hours_facts, hours_sentence, join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r4_g_arabic import arabic_line
from .r6_m_common import FAMILY, cjk_block, fr_long, place_image, red_seal, stamp

POS = {"DZ": {"Staff Nurse": "Infirmier de Santé Publique", "Laboratory Aide": "Aide-Laborantin"},
       "AR": {"Staff Nurse": "Enfermero Profesional", "Laboratory Aide": "Auxiliar de Laboratorio"}}
WARDS = {"DZ": {"Medical-Surgical Ward": "Service de Médecine-Chirurgie", "Emergency Room": "Service des Urgences",
                "Pediatric Ward": "Service de Pédiatrie", "Operating Room": "Bloc Opératoire"},
         "AR": {"Medical-Surgical Ward": "Clínica Médico-Quirúrgica", "Emergency Room": "Guardia Central",
                "Pediatric Ward": "Pediatría", "Operating Room": "Quirófano"}}
UZ_EMP = {"Navoi Regional Multidisciplinary Medical Center": "Navoiy viloyat ko'p tarmoqli tibbiyot markazi",
          "Fergana City Family Polyclinic No. 2": "Farg'ona shahar 2-son oilaviy poliklinikasi",
          "Diagnostika Plyus LLC Laboratory": "\"Diagnostika Plyus\" MChJ laboratoriyasi",
          "Tashkent City Clinical Hospital No. 7": "Toshkent shahar 7-son klinik shifoxonasi"}
UZ_POS = {"Laboratory Assistant": "laborant", "Laboratory Physician-Biologist": "laboratoriya shifokor-biologi",
          "Biologist": "biolog", "Staff Nurse": "hamshira", "Laboratory Aide": "sanitar-laborant"}


FEM = {"AR": [("Licenciado ", "Licenciada "), ("Técnico ", "Técnica "), ("Enfermero ", "Enfermera ")],
       "DZ": [("Laborantin ", "Laborantine "), ("Aide-Laborantin", "Aide-Laborantine"), ("Infirmier ", "Infirmière ")]}


def _localise(job, c, fem):
    job.position = POS.get(c, {}).get(job.position, job.position)
    if fem:
        for a, b in FEM.get(c, []):
            if job.position.startswith(a) and not job.position.startswith(b):
                job.position = b + job.position[len(a):]
    if c in WARDS:
        job.departments = [WARDS[c].get(d, d) for d in job.departments]


def _span_es(a, b):
    b = b + dt.timedelta(days=1)
    m = (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)
    y, mm = divmod(m, 12)
    parts = []
    if y:
        parts.append(f"{y} año{'s' if y > 1 else ''}")
    if mm or not parts:
        parts.append(f"{mm} mes{'es' if mm != 1 else ''}")
    return " y ".join(parts)


def _letterhead(p, emp, rng, font="Helvetica", y=50):
    bold = font + "-Bold"
    font = "Times-Roman" if font == "Times" else font
    p.logo(70, y + 6, 18, zlib.crc32(emp.name.encode()) % 3)
    p.text(p.w / 2, y, emp.name.upper(), bold, 13 if len(emp.name) < 48 else 11, "center"); y += 13
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}", font, 8.5, "center"); y += 11
    p.text(p.w / 2, y, f"Tel. {emp.phone} | {emp.email}", font, 8.5, "center"); y += 8
    p.hline(50, p.w - 50, y, 1.0)
    return y + 28


# =============================================================================================
# (c) IN / AR

def in_ar_letter(job, person, rng, as_of):
    if job.employer.country == "AR":
        return _ar(job, person, rng)
    return _in(job, person, rng)


def _in(job, person, rng):
    emp = job.employer
    F, FB = "Times-Roman", "Times-Bold"
    L, W = 66, A4[0] - 132
    fem = person.sex == "F"
    hon = "Ms." if fem else "Mr."
    name = printed_name(job, person, "caps")
    he, his, him = ("She", "her", "her") if fem else ("He", "his", "him")
    ref = f"Ref. No.: {emp.name.split()[0][:4].upper()}/HR/EXP/{job.letter_date.year}/{rng.randint(100, 999)}"
    present = job.end is None
    rel = ("D/o" if fem else "S/o") if person.middle and not job.name_override else ""
    pages = []
    p = Page(A4)
    pages.append(p)
    y = _letterhead(p, emp, rng, "Times")
    p.pieces(y, [(L, ref, "left"), (L + W, f"Date: {D.dmy_dot(job.letter_date)}", "right")], F, 10); y += 36
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 14, "center")
    p.hline(p.w / 2 - 88, p.w / 2 + 88, y + 3, 0.7); y += 30
    p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 10.5); y += 24
    who = f"{hon} {name}" + (f", {rel} Shri {person.middle} {person.surname}" if rel else "")
    dept = (f" in the Department of Laboratory Medicine ({join_and(job.departments)})" if job.areas else
            f" in {join_and(job.departments)}" if job.departments else "")
    if present:
        body = (f"This is to certify that {who}, is working with us as {job.position}{dept} since "
                f"{D.dmy_dot(job.start)} till date.")
    else:
        body = (f"This is to certify that {who}, worked with us as {job.position}{dept} from {D.dmy_dot(job.start)} "
                f"to {D.dmy_dot(job.end)}.")
    y = p.paragraph(L, y, body, F, 11, W, 16) + 6
    y = p.paragraph(L, y, hours_sentence(job, person, "present" if present else "past"), F, 11, W, 16) + 6
    y = p.paragraph(L, y, f"During {his} tenure with us, {his} services were found satisfactory. {his.capitalize()} "
                    "conduct and character were good.", F, 11, W, 16) + 6
    y = p.paragraph(L, y, f"This certificate is issued on {his} request. We wish {him} success in all "
                    f"{his} future endeavours.", F, 11, W, 16) + 40
    p.text(L, y, f"For {emp.name}", FB, 10.5); y += 40
    p.signature(L + 6, y - 14, 110, rng)
    p.text(L, y, job.signer, FB, 10.5); y += 13
    p.text(L, y, job.signer_title, F, 10.5)
    p.seal(L + W - 70, y - 20, 30, 0.5)
    names = [f"{hon} {name}"]
    if not present:
        p = Page(A4)
        pages.append(p)
        y = _letterhead(p, emp, rng, "Times")
        p.pieces(y, [(L, ref.replace("EXP", "REL"), "left"), (L + W, f"Date: {D.dmy_dot(job.end)}", "right")], F, 10)
        y += 30
        p.text(p.w / 2, y, "RELIEVING LETTER", FB, 14, "center")
        p.hline(p.w / 2 - 66, p.w / 2 + 66, y + 3, 0.7); y += 30
        nat = printed_name(job, person, "natural_initial")
        p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 10.5); y += 22
        p.text(L, y, f"Sub: Relieving of {hon} {nat}, {job.position}", FB, 11); y += 22
        res = job.end - dt.timedelta(days=30)
        y = p.paragraph(L, y, f"This is to certify that {hon} {nat}, {job.position}, Employee Code "
                        f"{rng.randint(1000, 9999)}, had tendered {his} resignation on {D.dmy_dot(res)}, which has been "
                        "accepted by the management.", F, 11, W, 16) + 6
        y = p.paragraph(L, y, f"{he} was relieved from {his} duties on the afternoon of {D.dmy_dot(job.end)} after "
                        f"handing over all charge. {he} has no dues pending with the organisation, and {his} full and "
                        "final settlement has been made as per rules.", F, 11, W, 16) + 6
        y = p.paragraph(L, y, f"{his.capitalize()} services were found satisfactory. We wish {him} all the best.", F, 11,
                        W, 16) + 40
        p.text(L, y, f"For {emp.name}", FB, 10.5); y += 40
        p.signature(L + 6, y - 14, 110, rng)
        p.text(L, y, job.signer, FB, 10.5); y += 13
        p.text(L, y, job.signer_title, F, 10.5)
        names.append(f"{hon} {nat}")
    return LayoutResult("employment_letter", "in_ar_letter", FAMILY, pages, names,
                        info={"date_style": "dmy_dot", "hours_facts": hours_facts(job)})


def _ar_hours(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"cumpliendo una jornada de {h} horas semanales",
            "fulltime_only": "en jornada completa",
            "fulltime_hours": f"en jornada completa de {h} horas semanales",
            "parttime_hours": f"en jornada reducida (tiempo parcial) de {h} horas semanales",
            "daily": f"en jornada completa de 8 horas diarias, {h // 8} días a la semana"}[st]


def _ar(job, person, rng):
    emp = job.employer
    _localise(job, "AR", person.sex == "F")
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, W = 64, p.w - 128
    fem = person.sex == "F"
    name = printed_name(job, person, "caps")
    y = _letterhead(p, emp, rng)
    p.text(p.w / 2, y, "CERTIFICADO DE TRABAJO", FB, 14, "center"); y += 14
    p.text(p.w / 2, y, "(Art. 80, Ley de Contrato de Trabajo N° 20.744)", F, 8.5, "center"); y += 30
    present = job.end is None
    until = job.letter_date if present else job.end
    cuil = f"{27 if fem else 20}-{rng.randint(30000000, 42999999)}-{rng.randint(0, 9)}"
    lab = ("en el Servicio de Enfermería" if job.departments and not job.areas else
           "en el Laboratorio de Análisis Clínicos de esta institución")
    secc = ""
    if job.departments:
        secc = (", en las secciones de " if job.areas else ", en las áreas de ") + \
            join_and(job.departments).replace(" and ", " y ")
    if present:
        period = (f"se desempeña {lab} en el cargo de {job.position}, con una antigüedad de "
                  f"{_span_es(job.start, until)} (fecha de ingreso: {D.dmy_slash(job.start)})")
    else:
        period = (f"se desempeñó {lab} en el cargo de {job.position} desde el {D.dmy_slash(job.start)} hasta el "
                  f"{D.dmy_slash(job.end)} (fecha de egreso), con una antigüedad de {_span_es(job.start, until)}")
    body = (f"Por medio de la presente se certifica que {'la Sra.' if fem else 'el Sr.'} {name}, CUIL N° {cuil}, "
            f"{period}, {_ar_hours(job)}{secc}.")
    y = p.paragraph(L, y, body, F, 10.5, W, 15.5) + 10
    if not present:
        y = p.paragraph(L, y, "El cese de la relación laboral se produjo por renuncia del trabajador/a. Se deja "
                        "constancia de que se efectuaron los aportes y contribuciones a la seguridad social.", F, 10.5,
                        W, 15.5) + 10
    d = job.letter_date
    y = p.paragraph(L, y, f"Se extiende el presente a pedido {'de la interesada' if fem else 'del interesado'}, para "
                    f"ser presentado ante quien corresponda, en la ciudad de {emp.city}, a los {d.day} días del mes "
                    f"de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][d.month - 1]} "
                    f"de {d.year}.", F, 10.5, W, 15.5) + 60
    stamp(p, p.w - 240, y - 44, [emp.name.upper()[:44].strip(), "RECURSOS HUMANOS",
                                 f"CUIT 30-{rng.randint(10000000, 79999999)}-{rng.randint(0, 9)}"], size=6.5)
    p.signature(L + 10, y - 14, 120, rng)
    p.hline(L, L + 200, y - 10, 0.5)
    p.text(L, y, job.signer, FB, 10); y += 13
    p.text(L, y, "Jefe/a de Recursos Humanos", F, 10)
    facts = hours_facts(job)
    return LayoutResult("employment_letter", "in_ar_letter", FAMILY, [p], [name],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


# =============================================================================================
# (d) DZ / TW / UZ

def dz_tw_uz_letter(job, person, rng, as_of):
    return {"DZ": _dz, "TW": _tw, "UZ": _uz}[job.employer.country](job, person, rng)


def _fr_hours(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"à raison de {h} heures par semaine", "fulltime_only": "à temps plein",
            "fulltime_hours": f"à temps plein ({h} heures par semaine)",
            "parttime_hours": f"à temps partiel, à raison de {h} heures par semaine",
            "daily": f"à temps plein, 8 heures par jour, {h // 8} jours par semaine"}[st]


def _dz(job, person, rng):
    emp = job.employer
    _localise(job, "DZ", person.sex == "F")
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, W = 66, p.w - 132
    fem = person.sex == "F"
    sn = job.surname_override or person.surname
    name = job.name_override.upper() if job.name_override else f"{sn.upper()} {person.given}"
    arabic_line(p, p.w / 2, 40, "الجمهورية الجزائرية الديمقراطية الشعبية", 11, bold=True)
    p.text(p.w / 2, 56, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", FB, 10, "center")
    lab = emp.kind == "lab"
    if not lab:
        arabic_line(p, p.w / 2, 72, "وزارة الصحة", 10)
        p.text(p.w / 2, 86, "Ministère de la Santé", F, 9.5, "center")
    y = 110
    p.text(L, y, emp.name, FB, 11); y += 12
    p.text(L, y, emp.street, F, 9.5); y += 11
    p.text(L, y, f"{emp.city} - Tél. : {emp.phone}", F, 9.5); y += 11
    p.text(L, y, f"N° {rng.randint(10, 999)}/{'LAM' if lab else 'DRH'}/{job.letter_date.year}", F, 9.5); y += 40
    p.text(p.w / 2, y, "ATTESTATION DE TRAVAIL", FB, 16, "center")
    p.hline(p.w / 2 - 105, p.w / 2 + 105, y + 4, 0.8); y += 40
    role = "Biologiste, gérant du" if lab else ("Directeur Général du" if emp.name.startswith("Centre") else "Directeur de l'")
    head = f"{role} {emp.name}" if not role.endswith("'") else f"{role}{emp.name}"
    present = job.end is None
    where = ""
    if job.departments:
        where = (f" au sein du laboratoire central (unités : {', '.join(job.departments)})" if job.areas else
                 f" au sein des services suivants : {', '.join(job.departments)}")
    period = (f"exerce en qualité de {job.position}{where} depuis le {D.dmy_slash(job.start)} à ce jour" if present else
              f"a exercé en qualité de {job.position}{where} du {D.dmy_slash(job.start)} au {D.dmy_slash(job.end)}")
    body = (f"Je soussigné, {job.signer}, {head}, atteste que {'Mme' if fem else 'M.'} {name} {period}, "
            f"{_fr_hours(job)}.")
    y = p.paragraph(L, y, body, F, 11.5, W, 17) + 12
    y = p.paragraph(L, y, f"La présente attestation est délivrée à l'intéressé{'e' if fem else ''} pour servir et valoir "
                    "ce que de droit.", F, 11.5, W, 17) + 30
    p.text(L + W, y, f"Fait à {emp.city}, le {fr_long(job.letter_date)}", F, 11, "right"); y += 24
    p.text(L + W - 80, y, "Le Biologiste" if lab else "Le Directeur", FB, 11, "center")
    p.signature(L + W - 140, y + 40, 110, rng)
    p.seal(L + W - 80, y + 36, 30, 0.45)
    return LayoutResult("employment_letter", "dz_tw_uz_letter", FAMILY, [p], [name],
                        info={"date_style": "dmy_slash", "hours_facts": hours_facts(job)})


def _ymd(d):
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def _tw(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 60, A4[0] - 60
    sn = job.surname_override or person.surname
    name = f"{sn.upper()}, {person.given.upper()}" if not job.name_override else job.name_override.upper()
    present = job.end is None
    cjk_block(p, p.w / 2, 50, 10, 15, zlib.crc32(emp.name.encode()) % 1000, bold=True)
    p.text(p.w / 2, 70, emp.name, FB, 13, "center")
    p.text(p.w / 2, 84, f"{emp.street}, {emp.city}, Taiwan (R.O.C.) | Tel: {emp.phone}", F, 8.5, "center")
    p.hline(L, R, 92, 1.0)
    cjk_block(p, p.w / 2 - 118, 130, 5, 17, 21 if present else 22, bold=True)
    p.text(p.w / 2 + 30, 130, "/ CERTIFICATE OF EMPLOYMENT" if present else "/ CERTIFICATE OF SERVICE", FB, 14, "center")
    y = 170
    tid = f"{'A' if rng.random() < 0.5 else 'E'}{2 if person.sex == 'F' else 1}{rng.randint(10000000, 99999999)}"
    dept = "Department of Laboratory Medicine" if job.areas else "Nursing Department" if job.departments else "Medical Affairs"
    if job.departments:
        dept += f" ({', '.join(job.departments)})"
    period = f"{_ymd(job.start)} ~ {'present' if present else _ymd(job.end)}"
    hrs = hours_sentence(job, person, "present" if present else "past")
    rows = [("Name", name), ("ID No.", tid), ("Title", job.position), ("Department", dept),
            ("Period of employment", period), ("Working hours", hrs)]
    x1 = L + 172
    p.hline(L, R, y - 14, 0.8)
    for i, (a, b) in enumerate(rows):
        cjk_block(p, L + 30, y + 1, 2 + i % 3, 9, 100 + i)
        lines = wrap(b, F, 10, R - x1 - 10)
        p.pieces(y, [(L + 62, a, "left"), (x1 + 8, lines[0], "left")], F, 10)
        for ln in lines[1:]:
            y += 13
            p.text(x1 + 8, y, ln, F, 10)
        y += 12
        p.hline(L, R, y - 2, 0.5)
        y += 14
    p.vline(L, 156, y - 16, 0.8); p.vline(R, 156, y - 16, 0.8); p.vline(x1, 156, y - 16, 0.5)
    y += 10
    cjk_block(p, p.w / 2, y, 16, 11, 31)
    y += 22
    p.paragraph(L, y, f"This is to certify that the above-mentioned person {'is' if present else 'was'} employed by "
                f"{emp.name} as stated above.", F, 10.5, R - L, 15)
    y += 60
    place_image(p, R - 60, y + 20, 70, 70, red_seal(rng, 70, square=True, star=False))
    p.signature(L + 10, y + 26, 110, rng)
    p.text(L, y + 40, f"{job.signer}, {job.signer_title}", FB, 10)
    roc = job.letter_date.year - 1911
    p.text(p.w / 2, p.h - 80, f"Date: {_ymd(job.letter_date)} (ROC {roc}/{job.letter_date.month:02d}/"
           f"{job.letter_date.day:02d})", F, 10, "center")
    return LayoutResult("employment_letter", "dz_tw_uz_letter", FAMILY, [p], [name],
                        info={"date_style": "ymd_slash", "hours_facts": hours_facts(job)})


def _uz_hours(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"haftasiga {h} soat", "fulltime_only": "to'liq stavkada",
            "fulltime_hours": f"to'liq stavkada (haftasiga {h} soat)",
            "parttime_hours": f"0,5 stavkada, haftasiga {h} soat",
            "daily": f"to'liq stavkada, kuniga 8 soatdan haftasiga {h // 8} kun"}[st]


def _uz(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, W = 62, A4[0] - 124
    sn = job.surname_override or person.surname
    name = job.name_override.upper() if job.name_override else f"{sn.upper()} {person.given.upper()}"
    present = job.end is None
    uz_emp = UZ_EMP.get(emp.name, emp.name)
    o1 = f"{rng.randint(12, 180)}-K"
    o2 = f"{rng.randint(12, 180)}-K"
    y = 50
    p.text(p.w / 2, y, uz_emp.upper(), FB, 11.5, "center"); y += 13
    p.text(p.w / 2, y, emp.name.upper(), FB, 10, "center"); y += 12
    p.text(p.w / 2, y, f"{emp.street} | Tel.: {emp.phone} | {emp.email}", F, 8.5, "center"); y += 7
    p.hline(L, L + W, y, 1.3); y += 26
    p.pieces(y, [(L, f"№ {rng.randint(100, 999)}", "left"), (L + W, D.dmy_dot(job.letter_date), "right")], F, 10)
    y += 34
    p.text(p.w / 2, y, "MA'LUMOTNOMA / REFERENCE", FB, 14, "center"); y += 30
    pos_uz = UZ_POS.get(job.position, job.position.lower())
    bo = f" ({', '.join(job.departments)})" if job.departments else ""
    if present:
        uz = (f"Ma'lumotnoma egasi {name} haqiqatan ham {uz_emp}da {D.dmy_dot(job.start)}-yildan (buyruq № {o1}) "
              f"hozirgi kungacha {pos_uz} lavozimida{bo} {_uz_hours(job)} ishlab kelmoqda.")
        en = (f"This reference is given to {name}, who has been working at the {emp.name} as a {job.position}{bo} "
              f"since {D.dmy_dot(job.start)} (order No. {o1}) to the present day.")
    else:
        uz = (f"Ma'lumotnoma egasi {name} haqiqatan ham {uz_emp}da {D.dmy_dot(job.start)}-yildan (buyruq № {o1}) "
              f"{D.dmy_dot(job.end)}-yilgacha (buyruq № {o2}) {pos_uz} lavozimida{bo} {_uz_hours(job)} ishlagan.")
        en = (f"This reference is given to {name}, who worked at the {emp.name} as a {job.position}{bo} from "
              f"{D.dmy_dot(job.start)} (order No. {o1}) to {D.dmy_dot(job.end)} (order No. {o2}).")
    y = p.paragraph(L, y, uz, F, 11, W, 16) + 6
    y = p.paragraph(L, y, "Ma'lumotnoma talab qilingan joyga taqdim etish uchun berildi.", F, 11, W, 16) + 18
    y = p.paragraph(L, y, en, "Times-Italic", 11, W, 16) + 6
    y = p.paragraph(L, y, hours_sentence(job, person, "present" if present else "past"), "Times-Italic", 11, W, 16) + 6
    y = p.paragraph(L, y, "The reference is issued for submission at the place of request.", "Times-Italic", 11, W, 16)
    y += 60
    p.signature(L + 190, y - 10, 100, rng)
    p.pieces(y, [(L, "Bosh shifokor / Chief Physician", "left"), (L + W, job.signer, "right")], F, 10.5)
    y += 34
    p.pieces(y, [(L, "Kadrlar bo'limi boshlig'i / Head of HR Department", "left")], F, 10.5)
    p.signature(L + 290, y - 10, 80, rng)
    p.seal(L + W - 60, y - 60, 30, 0.5)
    return LayoutResult("employment_letter", "dz_tw_uz_letter", FAMILY, [p], [name],
                        info={"date_style": "dmy_dot", "hours_facts": hours_facts(job)})


LETTER_LAYOUTS = {"in_ar_letter": (in_ar_letter, FAMILY, ("IN", "AR")),
                  "dz_tw_uz_letter": (dz_tw_uz_letter, FAMILY, ("DZ", "TW", "UZ"))}
