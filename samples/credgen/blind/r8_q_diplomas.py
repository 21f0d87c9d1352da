"""Writer Q, round 8: diplomas for AF, MW, VE (q_state_diploma) and GR, MN (q_bilingual_degree).

q_state_diploma: AF landscape, Dari lines drawn as pictures over the English ("Islamic Republic of
    Afghanistan, Ministry of Higher Education ... This is to certify that ... son/daughter of ... has
    successfully completed ... and is awarded the Bachelor degree in Medical Technology ... 1397
    (2019)"), a photo, a registration number, Dean / Chancellor / Minister signatures; MW parchment
    "This is to certify that ... having satisfied the examiners was awarded the DIPLOMA IN MEDICAL
    LABORATORY SCIENCES with CREDIT at a graduation ceremony held on 27th November 2019" (the class is
    the transcript's final-average band); VE "La República Bolivariana de Venezuela y en su nombre la
    Universidad ... confiere el título de LICENCIADA EN BIOANÁLISIS a ... por cuanto ha cumplido ...
    Caracas, a los veinte días del mes de julio de dos mil diecinueve", registration notes stacked
    in the left margin (N° de título, Libro, Folio, Registro Principal).
q_bilingual_degree: GR two pages, the Greek "ΠΤΥΧΙΟ" then the university's English translation
    "DEGREE CERTIFICATE — Department of Biomedical Sciences — Medical Laboratories — with grade 7.36
    'Very Good'"; MN landscape, Mongolian Cyrillic on the left half and English on the right
    ("ДИПЛОМ / DIPLOMA ... Bachelor of Science in Medical Laboratory ... Ulaanbaatar, 2020").
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r4_h_common import es_number, es_year
from .r8_q_af import faculty, father_name
from .r8_q_common import FAMILY, dari_line, jalali, k, photo_box, script_safe, sign_block, square_stamp, star_seal
from .r8_q_gr import DEPT, FATHERS as GR_FATHERS, band, caps_el, fmt2, gr_rows, greek_name
from .r8_q_mn import mn_names, register_no
from .r8_q_mw import mw_award
from .r8_q_ve import cedula

AF_DEG = {"af_bmt": "Bachelor degree in Medical Technology", "af_bio": "Bachelor degree in Biology",
          "af_nur": "Bachelor degree in Nursing"}
VE_TIT = {"ve_bioa": ("LICENCIADO EN BIOANÁLISIS", "LICENCIADA EN BIOANÁLISIS"),
          "ve_bio": ("LICENCIADO EN BIOLOGÍA", "LICENCIADA EN BIOLOGÍA"),
          "ve_enf": ("LICENCIADO EN ENFERMERÍA", "LICENCIADA EN ENFERMERÍA")}
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def q_state_diploma(s, person, rng):
    return {"AF": _af, "MW": _mw, "VE": _ve}[s.institution.country](s, person, rng)


def _af(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(22, 2.4, 0.25)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fac, fac_d, dept = faculty(s)
    nm = name_form(person, "natural")
    sy, sm, sd = jalali(s.conferred)
    when = f"{sy} ({s.conferred.year})"
    star_seal(p, 92, 82, 30, 0.3, points=8)
    photo_box(p, p.w - 128, 52, 60, 76)
    dari_line(p, p.w / 2, 62, "جمهوری اسلامی افغانستان", 14, bold=True)
    dari_line(p, p.w / 2, 84, "وزارت تحصیلات عالی", 12)
    dari_line(p, p.w / 2, 106, inst.extra["dari"], 12, bold=True)
    dari_line(p, p.w / 2, 128, "سند فراغت", 16, bold=True)
    y = 156
    p.text(p.w / 2, y, "Islamic Republic of Afghanistan", TB, 13, "center"); y += 16
    p.text(p.w / 2, y, "Ministry of Higher Education", T, 12, "center"); y += 16
    p.text(p.w / 2, y, inst.name, TB, 15, "center"); y += 28
    p.text(p.w / 2, y, "GRADUATION CERTIFICATE", TB, 17, "center"); y += 26
    rel = "daughter" if person.sex == "F" else "son"
    y = center_wrapped(p, y, f"This is to certify that {nm}, {rel} of {father_name(person)}, has successfully completed "
                       f"the prescribed course of study of four years (eight semesters) at the {fac}, {dept}, and "
                       f"having passed all the required examinations is awarded the", TI, 13, p.w - 220, 18) + 8
    p.text(p.w / 2, y, AF_DEG.get(cur.id, cur.title), TB, 16, "center"); y += 22
    p.text(p.w / 2, y, f"in the year {when}.", TI, 13, "center")
    p.text(70, p.h - 124, f"Registration No.: {k(s, 'afreg') % 90000 + 10000}", T, 10)
    p.text(70, p.h - 110, f"Kankor ID: {s.student_no}", T, 10)
    yb = p.h - 62
    for x, t in ((170, f"Dean, {fac}"), (p.w / 2, "Chancellor"), (p.w - 170, "Minister of Higher Education")):
        sign_block(p, rng, x, yb, t, TB, 10, 170)
    star_seal(p, p.w / 2 + 110, yb - 22, 28, 0.45, points=8)
    return LayoutResult("diploma", "q_state_diploma", FAMILY, [p], [nm], info={"conferred_printed": when})


def _mw(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(26, 2.0, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = name_form(person, "caps")
    cls = mw_award(s).upper()
    d = s.conferred
    when = f"{D.ordinal_suffix(d.day)} {D.MONTHS[d.month - 1]} {d.year}"
    p.logo(p.w / 2, 96, 30, 1)
    y = 164
    p.text(p.w / 2, y, inst.name.upper(), TB, 18, "center"); y += 20
    p.text(p.w / 2, y, "Malawi", TI, 12, "center"); y += 56
    p.text(p.w / 2, y, "This is to certify that", TI, 14, "center"); y += 36
    p.text(p.w / 2, y, nm, TB, 19, "center"); y += 34
    y = center_wrapped(p, y, "having satisfied the examiners in the prescribed course of study was awarded the",
                       TI, 14, p.w - 150, 19) + 18
    p.text(p.w / 2, y, cur.title.upper(), TB, 16, "center"); y += 26
    p.text(p.w / 2, y, f"with {cls}", TB, 14, "center"); y += 34
    y = center_wrapped(p, y, f"at a graduation ceremony held on {when}.", TI, 14, p.w - 150, 19)
    yb = p.h - 120
    uni = inst.kind == "university"
    sign_block(p, rng, 160, yb, "Vice-Chancellor" if uni else "Principal", TB, 11, 170)
    sign_block(p, rng, p.w - 160, yb, "Registrar" if uni else "Chairperson, College Council", TB, 11, 190)
    p.seal(p.w / 2, yb - 20, 34, 0.45)
    p.text(60, p.h - 50, f"Certificate No. {k(s, 'mwc') % 9000 + 1000}/{d.year}", T, 9)
    return LayoutResult("diploma", "q_state_diploma", FAMILY, [p], [nm], info={"conferred_printed": when,
                                                                             "class_printed": cls})


def _ve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page((792.0, 612.0))
    p.border(20, 2.2, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = name_form(person, "caps")
    d = s.conferred
    when = f"a los {es_number(d.day)} días del mes de {MESES[d.month - 1]} de {es_year(d.year)}"
    tit = VE_TIT.get(cur.id, (cur.title.upper(),) * 2)[fem]
    x0 = 150                      # the text block; registration notes in the left margin
    W = p.w - x0 - 60
    cx = x0 + W / 2
    p.logo(cx, 62, 22, 0)
    y = 110
    p.text(cx, y, "REPÚBLICA BOLIVARIANA DE VENEZUELA", TB, 13, "center"); y += 22
    # registration notes, stacked in the margin
    yy = 170
    p.vline(x0 - 16, 150, p.h - 110, 0.4)
    for ln in ("Registrado bajo el", f"N° {k(s, 'vet') % 9000 + 1000}", f"Libro {k(s, 'vel') % 40 + 1}",
               f"Folio {k(s, 'vef') % 400 + 1}", "", "Registro Principal", f"Tomo {k(s, 'vetm') % 30 + 1}-C",
               f"N° {k(s, 'vern') % 900 + 100}", f"Fecha: {D.dmy_slash(D.add_months(d, 1))}"):
        if ln:
            p.text(36, yy, ln, T, 8.5)
        yy += 12
    p.signature(36, yy + 24, 80, rng)
    p.text(36, yy + 36, "El Registrador", T, 8.5)
    for ln in (f"La República Bolivariana de Venezuela y en su nombre la {inst.name}",):
        y = _cw(p, cx, y, ln, TI, 13, W, 17)
    y += 6
    p.text(cx, y, "confiere el título de", TI, 13, "center"); y += 30
    p.text(cx, y, tit, TB, 21, "center"); y += 30
    p.text(cx, y, f"a {nm}", TB, 15, "center"); y += 18
    p.text(cx, y, f"cédula de identidad N° {cedula(person)}", T, 11, "center"); y += 22
    y = _cw(p, cx, y, "por cuanto ha cumplido con todos los requisitos exigidos por las leyes y reglamentos vigentes. "
            f"En fe de lo cual se le expide el presente título en {inst.city}, {when}.", TI, 13, W, 17)
    yb = p.h - 70
    for x, t in ((x0 + 90, "El Rector"), (cx, "El Decano"), (x0 + W - 90, "La Secretaria")):
        sign_block(p, rng, x, yb, t, TB, 10, 150)
    p.seal(cx + 70, yb - 40, 30, 0.45)
    return LayoutResult("diploma", "q_state_diploma", FAMILY, [p], [nm], info={"conferred_printed": when})


def _cw(p, cx, y, s, font, size, W, lead):
    from ..pagekit import wrap
    for ln in wrap(s, font, size, W):
        p.text(cx, y, ln, font, size, "center")
        y += lead
    return y


def q_bilingual_degree(s, person, rng):
    if s.institution.country == "GR":
        with script_safe("greek"):
            return _gr(s, person, rng)
    with script_safe("mongolian"):
        return _mn(s, person, rng)


GR_TITLE = {"gr_bms": ("ΒΙΟΪΑΤΡΙΚΩΝ ΕΠΙΣΤΗΜΩΝ — ΙΑΤΡΙΚΩΝ ΕΡΓΑΣΤΗΡΙΩΝ", "Biomedical Sciences — Medical Laboratories"),
            "gr_bio": ("ΒΙΟΛΟΓΙΑΣ", "Biology"), "gr_nos": ("ΝΟΣΗΛΕΥΤΙΚΗΣ", "Nursing")}


def _gr(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    F, FB = "Helvetica", "Helvetica-Bold"
    _, dg, _ = gr_rows(s)
    bel, ben = band(dg)
    fa = GR_FATHERS[k(s, "fa") % len(GR_FATHERS)]
    nm_el = greek_name(person)
    nm = name_form(person, "caps")
    dep_el, dep_en = DEPT[cur.id]
    t_el, t_en = GR_TITLE.get(cur.id, (cur.title.upper(), cur.title))
    d = s.conferred
    pages = []
    for lang in ("el", "en"):
        p = Page(A4)
        p.border(24, 1.8, 0.3)
        star_seal(p, p.w / 2, 84, 30, 0.35, points=12)
        y = 146
        if lang == "el":
            p.text(p.w / 2, y, "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", TB, 12, "center"); y += 20
            p.text(p.w / 2, y, inst.extra["el"], TB, 15, "center"); y += 18
            p.text(p.w / 2, y, "ΣΧΟΛΗ ΕΠΙΣΤΗΜΩΝ ΥΓΕΙΑΣ", T, 11, "center"); y += 15
            p.text(p.w / 2, y, dep_el, T, 10, "center"); y += 50
            p.text(p.w / 2, y, "ΠΤΥΧΙΟ", TB, 26, "center"); y += 44
            p.text(p.w / 2, y, "Η" if person.sex == "F" else "Ο", TI, 13, "center"); y += 26
            p.text(p.w / 2, y, nm_el, TB, 17, "center"); y += 20
            p.text(p.w / 2, y, f"του {GEN_EL.get(fa[1], fa[1])}", T, 12, "center"); y += 30
            y = center_wrapped(p, y, f"αφού ολοκλήρωσε επιτυχώς το πρόγραμμα σπουδών του Τμήματος, ανακηρύχθηκε "
                               f"Πτυχιούχος {t_el}", TI, 13, p.w - 150, 18) + 10
            p.text(p.w / 2, y, f"με βαθμό {fmt2(dg)} «{bel}»", TB, 14, "center"); y += 30
            p.text(p.w / 2, y, f"{_el_city(inst.city)}, {d.day}/{d.month}/{d.year}", T, 12, "center")
            titles = ("Ο Πρύτανης", "Ο Πρόεδρος του Τμήματος", "Η Γραμματέας")
        else:
            p.text(p.w - 60, 60, "TRANSLATION", FB, 11, "right", gray=0.35)
            p.rect(p.w - 150, 46, 96, 20, 1.0, 0.35)
            p.text(p.w / 2, y, "HELLENIC REPUBLIC", TB, 12, "center"); y += 20
            p.text(p.w / 2, y, inst.name.upper(), TB, 15, "center"); y += 18
            p.text(p.w / 2, y, "SCHOOL OF HEALTH SCIENCES", T, 11, "center"); y += 15
            p.text(p.w / 2, y, dep_en, T, 10, "center"); y += 50
            p.text(p.w / 2, y, "DEGREE CERTIFICATE", TB, 22, "center"); y += 44
            p.text(p.w / 2, y, nm, TB, 17, "center"); y += 20
            p.text(p.w / 2, y, f"father's name: {fa[0]}", T, 12, "center"); y += 30
            y = center_wrapped(p, y, "having successfully completed the programme of studies of the Department, "
                               f"was awarded the Degree (Ptychio) in {t_en}", TI, 13, p.w - 150, 18) + 10
            p.text(p.w / 2, y, f"with grade {dg:.2f} '{ben}'", TB, 14, "center"); y += 30
            p.text(p.w / 2, y, f"{inst.city}, {d.day}/{d.month}/{d.year}", T, 12, "center")
            titles = ("The Rector", "The Head of Department", "The Secretary")
        yb = p.h - 110
        for x, t in zip((130, p.w / 2, p.w - 130), titles):
            sign_block(p, rng, x, yb, t, TB, 10, 140)
        if lang == "en":
            p.text(p.w / 2, p.h - 60, "True translation of the Greek original issued by the Department Secretariat.",
                   TI, 9, "center")
        pages.append(p)
    return LayoutResult("diploma", "q_bilingual_degree", FAMILY, pages, [nm],
                        info={"conferred_printed": f"{d.day}/{d.month}/{d.year}", "names_local": [nm_el]})


GEN_EL = {"Γεώργιος": "Γεωργίου", "Ιωάννης": "Ιωάννη", "Δημήτριος": "Δημητρίου", "Νικόλαος": "Νικολάου",
          "Χρήστος": "Χρήστου", "Σπυρίδων": "Σπυρίδωνος", "Εμμανουήλ": "Εμμανουήλ", "Μιχαήλ": "Μιχαήλ"}


def _el_city(c):
    return {"Rhodes": "Ρόδος", "Serres": "Σέρρες", "Patras": "Πάτρα"}.get(c, c)


MN_CITY = {"Ulaanbaatar": "Улаанбаатар", "Darkhan": "Дархан"}
MN_TITLE = {"mn_bmls": ("Анагаахын лабораторийн шинжлэх ухааны бакалавр", "Bachelor of Science in Medical Laboratory"),
            "mn_bio": ("Биологийн шинжлэх ухааны бакалавр", "Bachelor of Science in Biology"),
            "mn_nur": ("Сувилахуйн бакалавр", "Bachelor of Nursing")}


def _mn(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.0, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    sur_mn, giv_mn = mn_names(person)
    t_mn, t_en = MN_TITLE.get(cur.id, (cur.title, cur.title))
    d = s.conferred
    no = f"D{k(s, 'dip') % 900000 + 100000}"
    half = p.w / 2
    p.vline(half, 60, p.h - 60, 0.6, 0.4)
    for side in (0, 1):
        cx = half / 2 + side * half
        W = half - 90
        p.logo(cx, 66, 20, 0)
        y = 136
        if side == 0:
            p.text(cx, y, "МОНГОЛ УЛС", TB, 12, "center"); y += 18
            y = _cw(p, cx, y, inst.extra["mn"], TB, 12, W, 15) + 16
            p.text(cx, y, "ДИПЛОМ", TB, 24, "center"); y += 34
            p.text(cx, y, f"{sur_mn} овогтой {giv_mn}", TB, 14, "center"); y += 24
            y = _cw(p, cx, y, f"нь {s.admitted.year}-{d.year} онд тус сургуульд суралцаж, сургалтын хөтөлбөрийг "
                    f"бүрэн биелүүлсэн тул", TI, 12, W, 16) + 6
            y = _cw(p, cx, y, t_mn, TB, 13, W, 17) + 4
            p.text(cx, y, "зэрэг олгов.", TI, 12, "center"); y += 30
            p.text(cx, y, f"{MN_CITY.get(inst.city, inst.city)} хот, {d.year} он", T, 11, "center")
            sign_block(p, rng, cx - 80, p.h - 78, "Ректор", TB, 10, 130)
            p.text(cx + 20, p.h - 62, f"Бүртгэлийн дугаар: {no}", T, 9, "left")
        else:
            p.text(cx, y, "MONGOLIA", TB, 12, "center"); y += 18
            y = _cw(p, cx, y, inst.name.upper(), TB, 12, W, 15) + 16
            p.text(cx, y, "DIPLOMA", TB, 24, "center"); y += 34
            p.text(cx, y, f"{person.surname.upper()} {person.given}", TB, 14, "center"); y += 24
            y = _cw(p, cx, y, f"having studied at this university from {s.admitted.year} to {d.year} and completed the "
                    f"full programme of study, is awarded the degree of", TI, 12, W, 16) + 6
            y = _cw(p, cx, y, t_en, TB, 13, W, 17) + 34
            p.text(cx, y, f"{inst.city}, {d.year}", T, 11, "center")
            sign_block(p, rng, cx - 80, p.h - 78, "Rector", TB, 10, 130)
            p.text(cx + 20, p.h - 74, f"Register No. {register_no(s, person)}", T, 9, "left")
            p.text(cx + 20, p.h - 62, f"Diploma No. {no}", T, 9, "left")
    square_stamp(p, half - 120, p.h - 190, 70, 0.42)
    return LayoutResult("diploma", "q_bilingual_degree", FAMILY, [p], [f"{person.surname.upper()} {person.given}"],
                        info={"conferred_printed": str(d.year), "names_local": [f"{sur_mn} {giv_mn}"]})


DIPLOMA_LAYOUTS = {"q_state_diploma": (q_state_diploma, FAMILY, ("AF", "MW", "VE")),
                   "q_bilingual_degree": (q_bilingual_degree, FAMILY, ("GR", "MN"))}
