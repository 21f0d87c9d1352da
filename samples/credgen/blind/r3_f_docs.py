"""Writer F, round 3: diplomas and employment letters for MY, TH, CN, MX and RO.

asia_degree_scroll (MY, TH, CN): MY "This is to certify that ... having fulfilled all the
    requirements has been conferred the degree of BACHELOR OF BIOMEDICAL SCIENCE WITH HONOURS
    ... at the 45th Convocation on 12 October 2019", class of honours, IC number; TH the Thai
    university name and degree in Thai script above the English "By virtue of the authority
    vested in it by law, the University Council hereby confers ... Given on March 29, B.E. 2563
    (2020)"; CN "BACHELOR'S DEGREE CERTIFICATE" (English only: no CJK font here), photo box,
    Certificate No. of 16 digits, red seal picture.
mx_ro_diploma (MX, RO): MX "TÍTULO PROFESIONAL ... expide el presente TÍTULO de QUÍMICA
    BACTERIÓLOGA PARASITÓLOGA a favor de ... Chihuahua, Chih., a 20 de junio de 2019", photo,
    registration line; RO "DIPLOMĂ DE LICENŢĂ", Seria/Nr., "născută în anul ..., luna ...,
    ziua ...", "a promovat examenul de licenţă în sesiunea iulie 2019 cu media ...", "Data
    eliberării: 15.10.2019" (the truth's conferral date is the issue date).
service_certificate (MY, TH, CN): HR "SERVICE CERTIFICATE" with a key-value block (Employee
    No., Position, Department, Date Joined: 03 Jan 2018, Employment Type, Working Hours: 8.00 am
    - 5.00 pm, Monday to Friday) and a sentence on sections worked.
mx_ro_constancia (MX, RO): MX "CONSTANCIA DE TRABAJO ... labora en este Laboratorio ... desde el
    16 de agosto de 2018 a la fecha, con un horario de lunes a viernes de 7:00 a 15:00 horas ...
    en las áreas de ..."; RO "ADEVERINŢĂ ... este angajată ... din data de 01.09.2019 până în
    prezent, cu normă întreagă (8 ore/zi, 40 ore/săptămână) ..." with the English translation
    below.
"""

import zlib

from .. import dates as D
from .. import fonts
from ..layouts_letter import join_and
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from .r3_f_cn import cn_totals
from .r3_f_common import FAMILY, place_image, red_seal
from .r3_f_my import my_cgpa, my_class
from .r3_f_ro import licence_grade

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
TH_NAMES = {"Lanna Highland University": "มหาวิทยาลัยที่ราบสูงล้านนา",
            "Isan Plateau University": "มหาวิทยาลัยที่ราบสูงอีสาน",
            "Chao Phraya Royal University of Health Sciences": "มหาวิทยาลัยวิทยาศาสตร์สุขภาพเจ้าพระยา"}
TH_DEG = {"th_mt": "วิทยาศาสตรบัณฑิต (เทคนิคการแพทย์)", "th_mic": "วิทยาศาสตรบัณฑิต (จุลชีววิทยา)",
          "th_nur": "พยาบาลศาสตรบัณฑิต"}
MX_TIT = {"mx_qbp": ("QUÍMICO BACTERIÓLOGO PARASITÓLOGO", "QUÍMICA BACTERIÓLOGA PARASITÓLOGA"),
          "mx_bio": ("LICENCIADO EN BIOLOGÍA", "LICENCIADA EN BIOLOGÍA"),
          "mx_enf": ("LICENCIADO EN ENFERMERÍA", "LICENCIADA EN ENFERMERÍA")}
RO_SPEC = {"ro_lab": ("LICENŢIAT ÎN SĂNĂTATE", "LABORATOR CLINIC"), "ro_bio": ("LICENŢIAT ÎN BIOLOGIE", "BIOLOGIE"),
           "ro_amg": ("LICENŢIAT ÎN SĂNĂTATE", "ASISTENŢĂ MEDICALĂ GENERALĂ")}
MX_STATE = {"Ciudad de México": "Ciudad de México", "Chihuahua": "Chihuahua, Chih.", "Xalapa": "Xalapa-Enríquez, Ver.",
            "Guadalajara": "Guadalajara, Jal."}


def thai_font():
    """FreeSerif carries the Thai block; the document's own fonts do not."""
    fonts._register("FreeSerif", "freefont/FreeSerif.ttf")
    return "FreeSerif"


def _c(p, y, s, font, size, max_w, leading=None):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading or size * 1.4
    return y


def ordinal(n):
    return D.ordinal_suffix(n)


def my_degree_caps(cur):
    t = cur.title.upper()
    if "(HONS) " in t:
        a, b = t.split(" (HONS) ")
        return f"{a} WITH HONOURS ({b})"
    return t.replace(" (HONS)", " WITH HONOURS")


def asia_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    c = inst.country
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    d = s.conferred
    if c == "MY":
        p = Page(A4)
        p.border(26, 1.4, 0.35)
        p.logo(p.w / 2, 110, 30, 1, 0.3)
        y = 180
        p.text(p.w / 2, y, inst.name.upper(), FB, 17, "center"); y += 60
        p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 40
        name = f"{person.surname.upper()} {person.given.upper()}"
        p.text(p.w / 2, y, name, FB, 19, "center"); y += 40
        y = _c(p, y, "having fulfilled all the requirements has been conferred the degree of", FI, 14, 380) + 16
        y = _c(p, y, my_degree_caps(cur), FB, 15, 420, 20) + 4
        p.text(p.w / 2, y, f"with {my_class(my_cgpa(s))}", FI, 13, "center"); y += 34
        conv = inst.extra["conv"] + d.year - 2019
        printed = f"at the {ordinal(conv)} Convocation on {D.long_dmy(d)}"
        p.text(p.w / 2, y, printed, FI, 14, "center")
        names = [name]
        titles = ["Vice-Chancellor", "Registrar"]
        p.seal(p.w / 2, p.h - 150, 38, 0.5)
        info = printed
    elif c == "TH":
        p = Page(LANDSCAPE_A4)
        p.border(22, 1.2, 0.4, corners=False)
        TF = thai_font()
        p.logo(p.w / 2, 70, 26, 0, 0.3)
        y = 128
        p.text(p.w / 2, y, TH_NAMES[inst.name], TF, 20, "center"); y += 28
        p.text(p.w / 2, y, inst.name.upper(), FB, 17, "center"); y += 40
        hon = "Mr." if person.sex == "M" else "Miss"
        name = f"{hon} {person.given} {person.surname}"
        y = _c(p, y, "By virtue of the authority vested in it by law, the University Council hereby confers the degree of",
               FI, 13, 600) + 6
        p.text(p.w / 2, y, TH_DEG[cur.id], TF, 15, "center"); y += 22
        p.text(p.w / 2, y, cur.title, FB, 17, "center"); y += 28
        p.text(p.w / 2, y, "upon", FI, 13, "center"); y += 30
        p.text(p.w / 2, y, name, FBI, 21, "center"); y += 30
        p.text(p.w / 2, y, "together with all the rights and privileges pertaining thereto.", FI, 13, "center"); y += 26
        printed = f"Given on {D.long_mdy(d).replace(f', {d.year}', '')}, B.E. {d.year + 543} ({d.year})"
        p.text(p.w / 2, y, printed, F, 13, "center")
        names = [name]
        titles = ["President of the University Council", "President of the University"]
        info = printed
    else:
        p = Page(LANDSCAPE_A4)
        p.border(20, 2.0, 0.3)
        p.text(p.w / 2, 76, "BACHELOR'S DEGREE CERTIFICATE", FB, 20, "center")
        p.rect(70, 110, 84, 112, 0.6, 0.3)
        name = f"{person.surname} {person.given}"
        sex = "female" if person.sex == "F" else "male"
        he = person.pronoun("subj")
        deg = "Medicine" if cur.id == "cn_mlt" else "Science"
        major = cur.title.split(" in ")[-1]
        par = (f"{name}, {sex}, born on {D.long_mdy(s.dob)}, has studied in the program of {major} at "
               f"{inst.name} from {s.admitted.strftime('%B %Y')} to {d.strftime('%B %Y')} and has completed "
               f"all the courses of the {cur.years}-year undergraduate program with satisfactory results. In "
               f"accordance with the Regulations on Academic Degrees of the People's Republic of China, {he} "
               f"is hereby conferred the Bachelor's degree of {deg}.")
        y = 140
        for ln in wrap(par, F, 14, 520):
            p.text(190, y, ln, F, 14); y += 24
        y += 44
        p.signature(p.w - 300, y - 16, 100, rng)
        p.text(p.w - 250, y, f"President of {inst.name}", F, 12, "center"); y += 16
        p.text(p.w - 250, y, "Chairman of the Academic Degree Evaluation Committee", F, 11, "center"); y += 40
        printed = d.strftime("%B %d, %Y").replace(" 0", " ")
        p.text(p.w - 250, y, printed, F, 13, "center")
        place_image(p, p.w - 215, y - 12, 110, 110, red_seal(rng, 110))
        p.text(90, p.h - 60, f"Certificate No. {inst.extra['code']}4{d.year}{rng.randint(100000, 999999)}", F, 11)
        names = [name]
        return LayoutResult("diploma", "asia_degree_scroll", FAMILY, [p], names, info={"conferred_printed": printed})
    yb = p.h - 110
    for x, t in ((p.w * 0.25, titles[0]), (p.w * 0.75, titles[1])):
        p.signature(x - 55, yb - 6, 110, rng)
        p.hline(x - 90, x + 90, yb - 2, 0.5)
    p.pieces(yb + 12, [(p.w * 0.25, titles[0], "center"), (p.w * 0.75, titles[1], "center")], F, 11)
    if c == "MY":
        p.text(80, p.h - 50, f"No. Siri: {inst.name.split()[-1][:3].upper()}{d.year}{rng.randint(10000, 99999)}", F, 8.5)
    return LayoutResult("diploma", "asia_degree_scroll", FAMILY, [p], names, info={"conferred_printed": info})


def mx_ro_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    d = s.conferred
    p = Page(A4)
    p.border(24, 1.6, 0.3)
    fem = person.sex == "F"
    if inst.country == "MX":
        name = f"{person.given} {person.surname}".upper()
        p.text(p.w / 2, 72, "ESTADOS UNIDOS MEXICANOS", FB, 12, "center")
        p.logo(p.w / 2, 112, 24, 1, 0.3)
        y = 164
        y = _c(p, y, inst.name.upper(), FB, 18, 470, 22) + 26
        p.text(p.w / 2, y, "TÍTULO PROFESIONAL", FB, 15, "center"); y += 36
        y = _c(p, y, f"La {inst.name}, en atención a que {'la C.' if fem else 'el C.'}", FI, 13, 440) + 10
        p.text(p.w / 2, y, name, FB, 18, "center"); y += 30
        y = _c(p, y, f"concluyó los estudios del plan correspondiente en la {inst.extra['fac']} y sustentó "
               "satisfactoriamente la evaluación profesional respectiva, expide el presente", FI, 13, 440) + 8
        p.text(p.w / 2, y, "TÍTULO", FB, 16, "center"); y += 24
        p.text(p.w / 2, y, "de", FI, 13, "center"); y += 26
        y = _c(p, y, MX_TIT[cur.id][fem], FB, 17, 460, 22) + 14
        p.text(p.w / 2, y, f"a favor de {'la interesada' if fem else 'el interesado'}.", FI, 13, "center"); y += 34
        printed = f"{MX_STATE.get(inst.city, inst.city)}, a {d.day} de {MESES[d.month - 1]} de {d.year}"
        p.text(p.w / 2, y, f"{printed}.", F, 13, "center")
        p.rect(60, 560, 72, 96, 0.6, 0.3)
        titles = ["EL RECTOR", "EL SECRETARIO GENERAL"]
        foot = (f"Registrado en el Libro {rng.randint(10, 60)} a fojas {rng.randint(1, 200)} del Departamento de "
                f"Títulos. Folio {s.student_no}{rng.randint(10, 99)}")
    else:
        name = f"{person.surname.upper()} {person.given}"
        p.text(p.w / 2, 64, "ROMÂNIA", FB, 12, "center")
        p.text(p.w / 2, 78, "MINISTERUL EDUCAŢIEI", F, 10, "center")
        p.seal(p.w / 2, 120, 26, 0.45)
        y = 178
        y = _c(p, y, inst.name.upper(), FB, 14, 460, 18) + 20
        p.text(p.w / 2, y, "DIPLOMĂ DE LICENŢĂ", FB, 22, "center"); y += 22
        p.text(p.w / 2, y, f"Seria L Nr. {zlib.crc32(name.encode()) % 900000 + 100000:07d}", F, 10, "center"); y += 36
        b = s.dob
        ro_born = (f"născut{'ă' if fem else ''} în anul {b.year}, luna {b.month:02d}, ziua {b.day:02d}, în localitatea "
                   f"{inst.city}, judeţul {inst.region},")
        lic = licence_grade(s)
        t1, t2 = RO_SPEC[cur.id]
        pars = [f"Prin prezenta se certifică faptul că {'doamna' if fem else 'domnul'}",
                None,
                ro_born,
                f"absolvent{'ă' if fem else ''} {'a' if fem else 'al'} {inst.extra['fac'].replace('Facultatea', 'Facultăţii')}, "
                f"programul de studii {t2.capitalize() if cur.id != 'ro_amg' else 'Asistenţă medicală generală'}, "
                f"forma de învăţământ cu frecvenţă, durata studiilor {cur.years} ani, promoţia {d.year},",
                f"a promovat examenul de licenţă în sesiunea iulie {d.year} cu media {lic:.2f}",
                f"şi i se acordă titlul de {t1}, specializarea {t2}.",
                "În temeiul prevederilor legale în vigoare, se eliberează prezenta DIPLOMĂ DE LICENŢĂ."]
        for par in pars:
            if par is None:
                p.text(p.w / 2, y + 4, name, FB, 18, "center"); y += 32
                continue
            y = _c(p, y, par, F, 12, 470, 17) + 6
        y += 10
        printed = d.strftime("%d.%m.%Y")
        p.text(p.w / 2, y, f"Data eliberării: {printed}", F, 12, "center")
        titles = ["RECTOR,", "DECAN,"]
        foot = f"Nr. înregistrare: {rng.randint(100, 999)}/{printed}. SECRETAR ŞEF: {rng.choice(['Ec.', 'Jr.'])} semnătura"
        foot = f"Nr. de înregistrare în registrul de diplome: {rng.randint(1000, 9999)}/{printed}"
    yb = p.h - 110
    for x, t in ((p.w * 0.28, titles[0]), (p.w * 0.72, titles[1])):
        p.text(x, yb - 28, t, FB, 11, "center")
        p.signature(x - 50, yb - 2, 100, rng)
        p.hline(x - 80, x + 80, yb, 0.5)
    p.text(p.w / 2, p.h - 50, foot, F, 8.5, "center")
    return LayoutResult("diploma", "mx_ro_diploma", FAMILY, [p], [name], info={"conferred_printed": printed})


DEPT = {"MY": "Pathology Laboratory", "TH": "Department of Clinical Pathology (Laboratory)",
        "CN": "Department of Laboratory Medicine"}


def service_certificate(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 62, A4[0] - 62
    p.logo(L + 18, 58, 18, rng.randrange(3))
    p.text(L + 46, 54, emp.name.upper(), FB, 13 if len(emp.name) < 40 else 11)
    p.text(L + 46, 67, f"{emp.street}, {emp.city}, {emp.region}", F, 8.5)
    p.text(L + 46, 78, f"Tel: {emp.phone}  Email: {emp.email}".replace("  ", " | "), F, 8.5)
    p.hline(L, R, 88, 1.0)
    y = 116
    ref = f"Ref: HR/SC/{job.letter_date.year}/{rng.randint(100, 999)}"
    p.pieces(y, [(L, ref, "left"), (R, f"Date: {job.letter_date.strftime('%d %b %Y')}", "right")], F, 10); y += 40
    p.text(p.w / 2, y, "SERVICE CERTIFICATE", FB, 14, "center"); p.hline(p.w / 2 - 75, p.w / 2 + 75, y + 4, 0.7); y += 34
    if job.name_override:
        nm = job.name_override
    elif c == "MY":
        nm = f"{person.surname.upper()} {person.given.upper()}"
    elif c == "CN":
        nm = f"{person.surname} {person.given}"
    else:
        nm = f"{'Mr.' if person.sex == 'M' else 'Miss'} {person.given} {person.surname}"
    p.text(L, y, "This is to certify that the following person is / was in the service of this organisation:", F, 10.5)
    y += 26
    st, h = job.hours_style, job.hours
    if st == "parttime_hours":
        etype = "Contract (Part-time)"
        days = {16: "Monday to Thursday", 20: "Monday to Friday", 24: "Monday to Saturday"}.get(h, "as rostered")
        hours_line = f"{h} hours per week ({days})"
        facts = (h, False, True)
    else:
        etype = {"hours": "Permanent", "fulltime_only": "Permanent (Full-time)",
                 "fulltime_hours": "Permanent, Full-time"}.get(st, "Permanent, Full-time")
        hours_line = "8.00 am - 5.00 pm, Monday to Friday"
        if st != "fulltime_only":
            hours_line += f" ({h} hours per week)"
        facts = (None if st == "fulltime_only" else h, st != "hours", False)
    rows = [("Name", nm), ("Employee No.", f"{c}{rng.randint(10000, 99999)}"), ("Position", job.position),
            ("Department", DEPT[c]), ("Date Joined", job.start.strftime("%d %b %Y")),
            ("Date Left", job.end.strftime("%d %b %Y") if job.end else "Still in service"),
            ("Employment Type", etype), ("Working Hours", hours_line)]
    for k, v in rows:
        p.pieces(y, [(L + 10, k, "left"), (L + 130, ":", "left"), (L + 142, v, "left")], F, 10.5)
        y += 18
    y += 14
    he = person.pronoun("subj").capitalize()
    if job.departments:
        verb = "has worked" if job.end is None else "worked"
        y = p.paragraph(L, y, f"During the period of service, {person.pronoun('subj')} {verb} in the following "
                        f"sections of the laboratory: {join_and(job.departments)}.", F, 10.5, R - L, 15) + 10
    y = p.paragraph(L, y, "This certificate is issued at the request of the employee and without any liability on "
                    "the part of the management.", F, 10.5, R - L, 15) + 50
    p.signature(L + 4, y - 14, 120, rng)
    p.text(L, y, job.signer, FB, 10.5); y += 14
    p.text(L, y, "Human Resources Manager" if c != "TH" else "Director, Human Resources Department", F, 10)
    if c == "CN":
        place_image(p, L + 200, y - 24, 90, 90, red_seal(rng, 90))
    else:
        p.seal(L + 230, y - 20, 34, 0.5)
    return LayoutResult("employment_letter", "service_certificate", FAMILY, [p], [nm],
                        info={"date_style": "dmon_space", "hours_facts": facts})


def mx_ro_constancia(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 64, A4[0] - 64
    fem = person.sex == "F"
    st, h = job.hours_style, job.hours
    p.logo(L + 18, 56, 18, rng.randrange(3))
    p.text(L + 46, 52, emp.name.upper(), FB, 12 if len(emp.name) < 48 else 10)
    p.text(L + 46, 65, f"{emp.street}, {emp.city}, {emp.region}", F, 9)
    p.text(L + 46, 76, f"Tel. {emp.phone} - {emp.email}", F, 9)
    p.hline(L, R, 86, 0.9)
    nm = job.name_override or name_form(person, "natural")
    if emp.country == "MX":
        def f(d):
            return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
        y = 120
        p.text(R, y, f"{emp.city}, a {f(job.letter_date)}", F, 11, "right"); y += 34
        p.text(p.w / 2, y, "CONSTANCIA DE TRABAJO", FB, 14, "center"); y += 34
        p.text(L, y, "A QUIEN CORRESPONDA:", FB, 11); y += 28
        title = "Q.F.B." if "Químic" in job.position else ""
        who = f"{'la' if fem else 'el'} C. {title + ' ' if title else ''}{nm.upper()}"
        if job.end is None:
            per = f"labora en {'este Laboratorio de Análisis Clínicos' if emp.kind == 'lab' else 'esta institución'} desde el {f(job.start)} a la fecha"
        else:
            per = f"laboró en {'este Laboratorio de Análisis Clínicos' if emp.kind == 'lab' else 'esta institución'} del {f(job.start)} al {f(job.end)}"
        if st == "parttime_hours":
            dias = {16: "lunes a jueves", 20: "lunes a viernes", 24: "lunes a sábado"}.get(h, "lunes a viernes")
            sched = f"con un horario de {dias} de 7:00 a 11:00 horas ({h} horas semanales), en jornada de medio tiempo"
            facts = (h, False, True)
        else:
            sched = "con un horario de lunes a viernes de 7:00 a 15:00 horas"
            if st in ("fulltime_only", "fulltime_hours"):
                sched += ", en jornada de tiempo completo"
            if st != "fulltime_only":
                sched += f" ({h} horas a la semana)"
            facts = (None if st == "fulltime_only" else h, st != "hours", False)
        areas = ""
        if job.departments:
            last = job.departments[-1]
            conj = " e " if last[:1] in "IiÍí" or last.lower().startswith("hi") else " y "
            areas = (", ".join(job.departments[:-1]) + conj + last) if len(job.departments) > 1 else last
        pars = [f"Por medio de la presente se hace constar que {who} {per}, ocupando el puesto de {job.position}, "
                f"{sched}" + (f", en las áreas de {areas}." if job.departments else "."),
                f"Durante su estancia ha mostrado responsabilidad y honradez en el desempeño de sus funciones.",
                f"Se extiende la presente a petición {'de la interesada' if fem else 'del interesado'} para los fines "
                "legales que a la misma convengan."]
        for par in pars:
            y = p.paragraph(L, y, par, F, 11.5, R - L, 17) + 12
        y += 20
        p.text(p.w / 2, y, "ATENTAMENTE", FB, 11, "center"); y += 56
        p.signature(p.w / 2 - 60, y - 12, 120, rng)
        p.hline(p.w / 2 - 110, p.w / 2 + 110, y - 8, 0.5)
        p.text(p.w / 2, y + 4, job.signer, FB, 10.5, "center"); y += 14
        p.text(p.w / 2, y + 4, "Jefe(a) de Recursos Humanos", F, 10.5, "center")
        p.seal(R - 60, y - 30, 34, 0.5)
        names = [nm.upper()]
        ds = "es_long"
    else:
        ro = lambda d: d.strftime("%d.%m.%Y")
        y = 114
        p.text(L, y, f"Nr. {rng.randint(100, 9999)}/{ro(job.letter_date)}", F, 10.5); y += 30
        p.text(p.w / 2, y, "ADEVERINŢĂ", FB, 15, "center"); y += 30
        dna = "dna" if fem else "dl"
        ang = "angajată" if fem else "angajat"
        cnp = f"{'2' if fem else '1'}{zlib.crc32(nm.encode()) % 10 ** 12:012d}"
        if st == "parttime_hours":
            norma, norma_en = f"cu normă parţială ({h} ore/săptămână)", f"part-time ({h} hours per week)"
            facts = (h, False, True)
        elif st == "fulltime_only":
            norma, norma_en = "cu normă întreagă", "full-time"
            facts = (None, True, False)
        elif st == "fulltime_hours":
            norma, norma_en = f"cu normă întreagă (8 ore/zi, {h} ore/săptămână)", f"full-time (8 hours/day, {h} hours/week)"
            facts = (h, True, False)
        else:
            norma, norma_en = f"cu un program de lucru de {h} ore/săptămână", f"with a working schedule of {h} hours per week"
            facts = (h, False, False)
        if job.end is None:
            per = f"este {ang} {'a' if fem else 'al'} unităţii noastre din data de {ro(job.start)} până în prezent"
            per_en = f"has been employed by our institution from {ro(job.start)} to the present"
        else:
            per = f"a fost {ang} {'a' if fem else 'al'} unităţii noastre în perioada {ro(job.start)} - {ro(job.end)}"
            per_en = f"was employed by our institution from {ro(job.start)} to {ro(job.end)}"
        ro_par = (f"Prin prezenta se adevereşte că {dna} {nm}, CNP {cnp}, {per}, în funcţia de {job.position}, "
                  f"cu contract individual de muncă pe durată nedeterminată, {norma}.")
        en_par = (f"This is to certify that {'Ms.' if fem else 'Mr.'} {nm}, personal numeric code {cnp}, {per_en}, "
                  f"as {job.position}, under an open-ended individual employment contract, {norma_en}.")
        pars = [ro_par]
        if job.departments:
            pars.append(f"În această perioadă a lucrat în compartimentele: {', '.join(job.departments)}.")
        pars.append("Eliberăm prezenta spre a-i servi la recunoaşterea experienţei profesionale.")
        for par in pars:
            y = p.paragraph(L, y, par, F, 11.5, R - L, 16) + 10
        y += 6
        p.pieces(y, [(L, "MANAGER,", "left"), (R, "ŞEF SERVICIU RUNOS,", "right")], FB, 10.5); y += 40
        p.signature(R - 120, y - 12, 100, rng)
        p.signature(L + 4, y - 12, 90, rng)
        p.seal(L + 170, y - 14, 30, 0.5)
        p.text(R, y, job.signer, F, 10.5, "right"); y += 24
        p.hline(L, R, y, 0.4); y += 20
        p.text(L, y, "English translation / Traducere în limba engleză:", FI, 10); y += 18
        en = [en_par]
        if job.departments:
            en.append(f"During this period {person.pronoun('subj')} worked in the following units: {', '.join(job.departments)}.")
        en.append("This certificate is issued for the recognition of professional experience.")
        for par in en:
            y = p.paragraph(L, y, par, FI, 10.5, R - L, 14) + 8
        names = [nm]
        ds = "dmy_dot"
    return LayoutResult("employment_letter", "mx_ro_constancia", FAMILY, [p], names,
                        info={"date_style": ds, "hours_facts": facts})


DIPLOMA_LAYOUTS = {"asia_degree_scroll": (asia_diploma, FAMILY, ("MY", "TH", "CN")),
                   "mx_ro_diploma": (mx_ro_diploma, FAMILY, ("MX", "RO"))}
LETTER_LAYOUTS = {"service_certificate": (service_certificate, FAMILY, ("MY", "TH", "CN")),
                  "mx_ro_constancia": (mx_ro_constancia, FAMILY, ("MX", "RO"))}
