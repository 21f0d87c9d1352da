"""Writer H, round 4: diplomas for PE, BR, UA, TR and IN (letters: r4_h_letters.py).

pe_br_diploma (PE, BR): PE "A NOMBRE DE LA NACIÓN ... confiere el TÍTULO DE LICENCIADA EN ..."
    with the date in words ("a los veinte días del mes de marzo de dos mil veinte") and the
    registry line; BR "DIPLOMA - O Reitor ... tendo em vista a conclusão do Curso ... em 18 de
    dezembro de 2019 (colação de grau), confere o título de BACHAREL EM BIOMEDICINA ... e
    outorga-lhe o presente Diploma", issued a few months later.
ua_tr_in_diploma (UA, TR, IN): UA "ДИПЛОМ БАКАЛАВРА / BACHELOR'S DIPLOMA" with Ukrainian left
    and English right; TR "DİPLOMA ... Lisans diplomasını almaya hak kazanmıştır" with an
    English part; IN convocation certificate "in the First Division with Distinction ... on this
    14th day of November, 2021".
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap, center_wrapped
from .r4_h_common import FAMILY, cyrillic_safe, es_date_words, pt_long
from .r4_h_in import cgpa_of, division
from .r4_h_tr import tr_upper
from .r4_h_ua import CYR, QUAL

PE_TITLE = {"pe_tm_lab": "TECNOLOGÍA MÉDICA EN LA ESPECIALIDAD DE LABORATORIO CLÍNICO Y ANATOMÍA PATOLÓGICA",
            "pe_bio": "BIOLOGÍA", "pe_enf": "ENFERMERÍA"}
BR_TITLE = {"br_biomed": ("Biomedicina", "BACHAREL EM BIOMEDICINA"),
            "br_bio": ("Ciências Biológicas", "BACHAREL EM CIÊNCIAS BIOLÓGICAS"),
            "br_enf": ("Enfermagem", "BACHAREL EM ENFERMAGEM")}


def _sign(p, rng, xs_titles, y, font="Times-Roman", size=9):
    for x, t in xs_titles:
        p.signature(x - 50, y - 12, 100, rng)
        p.hline(x - 75, x + 75, y - 8, 0.5)
    p.pieces(y, [(x, t, "center") for x, t in xs_titles], font, size)


# =============================================================================================
# (a) PE / BR diploma

def pe_br_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.2, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w - 160
    name = f"{person.given} {person.surname}".upper()
    if inst.country == "PE":
        fem = person.sex == "F"
        y = 70
        p.text(p.w / 2, y, "REPÚBLICA DEL PERÚ", FB, 12, "center"); y += 28
        p.text(p.w / 2, y, inst.name.upper(), FB, 22, "center"); y += 30
        p.text(p.w / 2, y, "A NOMBRE DE LA NACIÓN", FB, 15, "center"); y += 24
        p.text(p.w / 2, y, f"El Rector de la {inst.name}", FI, 13, "center"); y += 22
        p.text(p.w / 2, y, "POR CUANTO:", FB, 11, "center"); y += 20
        y = center_wrapped(p, y, f"{'Doña' if fem else 'Don'}", FI, 12, W, 16)
        p.text(p.w / 2, y + 6, name, FB, 20, "center"); y += 30
        y = center_wrapped(p, y, "ha cumplido con los requisitos establecidos por la Ley Universitaria N° 30220 y el "
                    "Estatuto de la Universidad, el Consejo Universitario le confiere el", FI, 12, W, 16) + 4
        t = f"TÍTULO DE {'LICENCIADA' if fem else 'LICENCIADO'} EN {PE_TITLE.get(cur.id, cur.title.upper())}"
        y = center_wrapped(p, y, t, FB, 14, W, 18) + 6
        y = center_wrapped(p, y, "POR TANTO: Se le expide el presente diploma para que se le reconozca como tal.", FI, 12, W, 16)
        when = es_date_words(s.conferred)
        y = center_wrapped(p, y + 2, f"Dado y firmado en {inst.city}, {when}.", FI, 12, W, 16)
        yb = p.h - 78
        _sign(p, rng, [(170, "SECRETARIO GENERAL"), (p.w / 2, "RECTOR"), (p.w - 170, "DECANO")], yb, FB, 9)
        p.seal(p.w / 2 + 110, yb - 30, 30, 0.5)
        p.text(60, p.h - 40, f"Registrado en el Libro de Títulos N° {rng.randint(8, 30)}, Folio {rng.randint(10, 300)}, "
               f"Registro N° {rng.randint(1000, 9999)}-TM", F, 7.5)
        info = {"conferred_printed": when}
    else:
        course, title = BR_TITLE.get(cur.id, (cur.title, cur.title.upper()))
        issued = s.conferred + dt.timedelta(days=rng.randint(40, 100))
        y = 66
        p.text(p.w / 2, y, "REPÚBLICA FEDERATIVA DO BRASIL", FB, 12, "center"); y += 26
        p.text(p.w / 2, y, inst.name.upper(), FB, 20, "center"); y += 40
        p.text(p.w / 2, y, "DIPLOMA", FB, 30, "center"); y += 36
        y = center_wrapped(p, y, f"O Reitor {'do' if inst.name.startswith('Centro') else 'da'} {inst.name}, no uso de suas atribuições e tendo em vista a conclusão do Curso "
                    f"de {course} em {pt_long(s.conferred)}, confere o título de", FI, 13, W, 17) + 4
        p.text(p.w / 2, y + 4, title, FB, 17, "center"); y += 30
        p.text(p.w / 2, y, "a", FI, 13, "center"); y += 24
        p.text(p.w / 2, y, name, FB, 20, "center"); y += 24
        nasc = "nascida" if person.sex == "F" else "nascido"
        y = center_wrapped(p, y, f"brasileir{'a' if person.sex == 'F' else 'o'}, {nasc} em {D.dmy_slash(s.dob)}, natural de "
                    f"{inst.city}/{inst.extra['uf']}, RG {rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-"
                    f"{rng.randint(0, 9)}, e outorga-lhe o presente Diploma, a fim de que possa gozar de todos os direitos "
                    "e prerrogativas legais.", FI, 13, W, 17)
        p.text(p.w / 2, y + 8, f"{inst.city}, {pt_long(issued)}.", F, 12, "center")
        yb = p.h - 70
        _sign(p, rng, [(180, "Secretário(a) Geral"), (p.w / 2, "Diplomado(a)"), (p.w - 180, "Reitor")], yb, F, 9)
        info = {"conferred_printed": pt_long(s.conferred)}
    return LayoutResult("diploma", "pe_br_diploma", FAMILY, [p], [name], info=info)


# =============================================================================================
# (b) UA / TR / IN diploma

UA_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня"]


def ua_tr_in_diploma(s, person, rng):
    if s.institution.country == "UA":
        with cyrillic_safe():
            return _ua_diploma(s, person, rng)
    if s.institution.country == "TR":
        return _tr_diploma(s, person, rng)
    return _in_diploma(s, person, rng)


def _ua_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.rect(24, 24, p.w - 48, p.h - 48, 1.5, 0.3)
    p.vline(p.w / 2, 40, p.h - 40, 0.6, 0.5)
    F, FB = "Times-Roman", "Times-Bold"
    q_uk, q_en, f_uk, f_en = QUAL.get(cur.id, (cur.title, cur.title, "", ""))
    serial = f"B{s.conferred.year % 100:02d} № {rng.randint(100000, 999999)}"
    sn_uk, gn_uk = CYR.get(person.surname, person.surname), CYR.get(person.given, person.given)
    d = s.conferred
    fem = person.sex == "F"
    left = [("УКРАЇНА", FB, 13), (inst.extra["uk"], FB, 11), ("ДИПЛОМ БАКАЛАВРА", FB, 18), (serial, F, 11),
            (f"{sn_uk} {gn_uk}", FB, 15),
            (f"у {d.year} році {'закінчила' if fem else 'закінчив'} {inst.extra['uk']} та "
             f"{'здобула' if fem else 'здобув'} ступінь вищої освіти бакалавра за спеціальністю {f_uk.split(', ')[-1]}", F, 11),
            (f"Кваліфікація: {q_uk}", FB, 11), (f"Дата видачі {d.day} {UA_MONTHS[d.month - 1]} {d.year} року", F, 11)]
    right = [("UKRAINE", FB, 13), (inst.name, FB, 11), ("BACHELOR'S DIPLOMA", FB, 18), (serial, F, 11),
             (f"{person.surname} {person.given}", FB, 15),
             (f"in {d.year} completed the full course of study at {inst.name} and obtained a bachelor's degree "
              f"in the specialty {f_en.split(', ')[-1]}", F, 11),
             (f"Qualification: {q_en}", FB, 11), (f"Date of issue {D.long_dmy(d)}", F, 11)]
    for x0, col in ((40, left), (p.w / 2 + 20, right)):
        y = 70
        cw = p.w / 2 - 60
        for k, (txt, f, sz) in enumerate(col):
            for ln in wrap(txt, f, sz, cw):
                p.text(x0 + cw / 2, y, ln, f, sz, "center")
                y += sz + 5
            y += 14 if k in (1, 2, 4, 5) else 6
        p.text(x0 + 10, p.h - 80, "Ректор" if col is left else "Rector", F, 11)
        p.signature(x0 + 90, p.h - 84, 90, rng)
    p.seal(p.w / 2, p.h - 110, 32, 0.5)
    return LayoutResult("diploma", "ua_tr_in_diploma", FAMILY, [p],
                        [f"{sn_uk} {gn_uk}".upper(), f"{person.surname} {person.given}"],
                        info={"conferred_printed": D.long_dmy(d)})


TR_DEPT = {"tr_mbg": ("Fen Fakültesi Moleküler Biyoloji ve Genetik Bölümü", "Department of Molecular Biology and Genetics, Faculty of Science"),
           "tr_tlb": ("Sağlık Bilimleri Fakültesi Tıbbi Laboratuvar Bilimleri Bölümü", "Department of Medical Laboratory Sciences, Faculty of Health Sciences"),
           "tr_hem": ("Sağlık Bilimleri Fakültesi Hemşirelik Bölümü", "Department of Nursing, Faculty of Health Sciences")}


def _tr_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(22, 1.8, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = f"{person.given} {tr_upper(person.surname)}"
    dep_tr, dep_en = TR_DEPT.get(cur.id, (cur.title, cur.title))
    when = s.conferred.strftime("%d.%m.%Y")
    W = p.w - 200
    y = 66
    p.text(p.w / 2, y, "T.C.", FB, 13, "center"); y += 20
    p.text(p.w / 2, y, tr_upper(inst.name), FB, 20, "center"); y += 40
    p.text(p.w / 2, y, "DİPLOMA", FB, 30, "center"); y += 36
    y = center_wrapped(p, y, f"{dep_tr}'nden {when} tarihinde mezun olan", F, 13, W, 18) + 4
    p.text(p.w / 2, y + 6, name, FB, 20, "center"); y += 32
    y = center_wrapped(p, y, "Lisans diplomasını almaya hak kazanmıştır.", F, 13, W, 18) + 14
    y = center_wrapped(p, y, f"This is to certify that {name}, having completed the requirements of the {dep_en}, has been "
                f"awarded the Bachelor's Degree (Lisans) on {when}.", FI, 11.5, W, 15) + 8
    p.pieces(y, [(110, f"Diploma No: {rng.randint(10, 99)}/{rng.randint(1000, 9999)}", "left"),
                 (p.w - 110, f"T.C. Kimlik No: {rng.randint(10, 99)}*******{rng.randint(10, 99)}", "right")], F, 9.5)
    yb = p.h - 74
    _sign(p, rng, [(200, "Dekan / Dean"), (p.w - 200, "Rektör / Rector")], yb, F, 10)
    p.seal(p.w / 2, yb - 30, 34, 0.5)
    return LayoutResult("diploma", "ua_tr_in_diploma", FAMILY, [p], [name], info={"conferred_printed": when})


IN_DEGREE = {"in_bsc_mlt": "Bachelor of Science (Medical Laboratory Technology)",
             "in_bsc_micro": "Bachelor of Science (Microbiology)",
             "in_dmlt": "Diploma in Medical Laboratory Technology"}


def _in_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(24, 2.0, 0.3)
    FB, FI = "Times-Bold", "Times-Italic"
    name = " ".join(x for x in (person.given, person.middle, person.surname) if x).upper()
    div = division(cgpa_of(s)).replace("Class", "Division")
    degree = IN_DEGREE.get(cur.id, cur.title)
    d = s.conferred
    given = f"{D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]}, {d.year}"
    W = p.w - 130
    p.text(70, 60, f"Sl. No. {rng.randint(100000, 999999)}", "Courier", 9, gray=0.35)
    p.text(p.w - 70, 60, f"Reg. No. {s.student_no}", "Courier", 9, "right")
    y = 110
    p.logo(p.w / 2, y, 22, 1); y += 50
    p.text(p.w / 2, y, inst.name.upper(), FB, 20, "center"); y += 18
    p.text(p.w / 2, y, f"{inst.city}, {inst.region}", FI, 11, "center"); y += 34
    p.text(p.w / 2, y, "CONVOCATION CERTIFICATE", FB, 15, "center"); y += 38
    y = center_wrapped(p, y, "This is to certify that", FI, 13, W, 18) + 6
    p.text(p.w / 2, y, name, FB, 17, "center"); y += 30
    exam = f"{'April/May' if d.month >= 5 else 'November/December'} {d.year if d.month >= 5 else d.year - 1}"
    award = "has been awarded the" if cur.level == "diploma" else "has been admitted to the degree of"
    y = center_wrapped(p, y, f"having passed the examination held in {exam} and having fulfilled all the requirements "
                f"prescribed, {award}", FI, 13, W, 18) + 8
    p.text(p.w / 2, y, degree, FB, 15, "center"); y += 28
    y = center_wrapped(p, y, f"in the {div}.", FI, 13, W, 18) + 10
    body = "University" if "University" in inst.name else ("Institute" if "Institute" in inst.name else "College")
    y = center_wrapped(p, y, f"Given under the seal of the {body} on this {given}.", FI, 13, W, 18)
    yb = p.h - 90
    p.seal(110, yb - 20, 34, 0.5)
    p.signature(p.w - 200, yb - 12, 110, rng)
    p.text(p.w - 145, yb, "Vice-Chancellor", FB, 11, "center")
    return LayoutResult("diploma", "ua_tr_in_diploma", FAMILY, [p], [name],
                        info={"conferred_printed": given, "division": div})


DIPLOMA_LAYOUTS = {"pe_br_diploma": (pe_br_diploma, FAMILY, ("PE", "BR")),
                   "ua_tr_in_diploma": (ua_tr_in_diploma, FAMILY, ("UA", "TR", "IN"))}
