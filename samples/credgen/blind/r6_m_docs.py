"""Writer M, round 6: diplomas for IN, AR, DZ, TW and UZ (letters: r6_m_letters.py).

in_ar_degree (IN, AR): IN degree certificate, portrait: serial number and "Enrolment No." at the
    top, "This is to certify that ... son/daughter of Shri ... having passed the B.Sc. MLT
    examination held in April 2019 and placed in the First Division is admitted to the Degree of
    Bachelor of Science (Medical Laboratory Technology) ... Given under the seal of the University
    at the Convocation held on 20th June 2019"; AR "TÍTULO", landscape parchment: "Por cuanto ...
    ha terminado el 13 de diciembre de 2018 los estudios ... de acuerdo con las disposiciones
    vigentes, expide el título de LICENCIADA EN ANÁLISIS CLÍNICOS ... Dado en la Ciudad de
    Córdoba, a los quince días del mes de diciembre de dos mil dieciocho", registry lines.
dz_tw_uz_diploma (DZ, TW, UZ): DZ "DIPLÔME DE LICENCE" with "Vu ..." recitals, "Procès-verbal de
    délibération du 29 juin 2020", Domaine / Filière / Spécialité / Mention, "Fait à Alger le 15
    septembre 2020" (Arabic heading drawn as a picture); TW bilingual diploma (Chinese drawn as a
    picture) "... is hereby awarded the degree of Bachelor of Science. June 2019" (month and year
    only, as Taiwanese diplomas print them); UZ "BAKALAVR DIPLOMI / BACHELOR'S DIPLOMA", Uzbek on
    the left, English on the right, "by the decision of the State Attestation Commission of
    25.06.2020 (Protocol No. 7)", "Registration No.", series "B № 1234567".
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap, center_wrapped
from .r4_g_arabic import arabic_line
from .r6_m_common import FAMILY, cjk_block, es_date_words_ar, fr_long, k, place_image, red_seal
from .r6_m_in import FULL, SHORT, aggregate, division_words
from .r6_m_dz import SPEC
from .r6_m_tw import DEPT
from .r6_m_uz import UZ_TITLE  # noqa: F401  (the UZ pack must be registered)
from .r6_m_ar import TITLE_UP
from ..names import MIDDLE

ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def _sign(p, rng, items, y, font="Times-Bold", size=9.5):
    for x, _ in items:
        p.signature(x - 45, y - 13, 90, rng)
        p.hline(x - 70, x + 70, y - 9, 0.5)
    p.pieces(y, [(x, t, "center") for x, t in items], font, size)


def in_ar_degree(s, person, rng):
    if s.institution.country == "AR":
        return _ar_titulo(s, person, rng)
    return _in_degree(s, person, rng)


def _in_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(22, 2.0, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w - 130
    name = name_form(person, "caps")
    father = person.middle or MIDDLE["IN"][k(s, "father") % len(MIDDLE["IN"])]
    rel = "daughter" if person.sex == "F" else "son"
    ob, mx = aggregate(s)
    div = division_words(ob, mx).title()
    exam = f"April {s.terms[-1].start_year + 1}"
    conv = f"{D.ordinal_suffix(s.conferred.day)} {D.MONTHS[s.conferred.month - 1]} {s.conferred.year}"
    p.pieces(50, [(48, f"Serial No. DC/{s.conferred.year}/{k(s, 'dc') % 90000 + 10000:05d}", "left"),
                  (p.w - 48, f"Enrolment No. {s.student_no}", "right")], "Courier-Bold", 9)
    p.logo(p.w / 2, 92, 24, 0)
    y = 140
    y = center_wrapped(p, y, inst.name.upper(), FB, 20, W, 24)
    p.text(p.w / 2, y, f"{inst.city}, {inst.region}", F, 11, "center"); y += 40
    p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 34
    p.text(p.w / 2, y, name, FB, 19, "center"); y += 26
    p.text(p.w / 2, y, f"{rel} of Shri {father} {person.surname}", FI, 12.5, "center"); y += 28
    short = SHORT.get(cur.id, cur.title)
    y = center_wrapped(p, y, f"having passed the {short} examination held in {exam} and placed in the {div} Division",
                FI, 13, W, 18) + 8
    if cur.level == "diploma":
        p.text(p.w / 2, y, "has been awarded the", FI, 13, "center"); y += 28
    else:
        p.text(p.w / 2, y, "is admitted to the Degree of", FI, 13, "center"); y += 28
    y = center_wrapped(p, y, FULL.get(cur.id, cur.title), FB, 17, W, 22) + 16
    y = center_wrapped(p, y, f"Given under the seal of the University at the Convocation held on {conv}.", FI, 12.5, W, 17)
    p.seal(p.w / 2, p.h - 130, 34, 0.5)
    yb = p.h - 80
    _sign(p, rng, [(150, "Registrar"), (p.w - 150, "Vice-Chancellor")], yb)
    p.text(60, p.h - 48, f"Place: {inst.city}", F, 9)
    return LayoutResult("diploma", "in_ar_degree", FAMILY, [p], [name],
                        info={"conferred_printed": conv, "division": div})


def _ar_titulo(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(18, 2.4, 0.35)
    p.wave_band(40, p.w - 40, 40, 3, 40, 0.4, 0.6)
    p.wave_band(40, p.w - 40, p.h - 40, 3, 40, 0.4, 0.6, 1.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w - 170
    fem = person.sex == "F"
    name = name_form(person, "caps")
    title = TITLE_UP.get(cur.id, cur.title.upper()).replace("LICENCIATURA", "LICENCIADA" if fem else "LICENCIADO")
    egreso = s.conferred - dt.timedelta(days=2)
    y = 70
    p.text(p.w / 2, y, "REPÚBLICA ARGENTINA", FB, 12, "center"); y += 26
    p.text(p.w / 2, y, inst.name.upper(), FB, 22, "center"); y += 20
    p.text(p.w / 2, y, inst.extra["fac"], FI, 12, "center"); y += 36
    p.text(p.w / 2, y, "Por cuanto", FI, 14, "center"); y += 30
    p.text(p.w / 2, y, name, FB, 20, "center"); y += 22
    dni = f"D.N.I. N° {s.student_no}, {'nacida' if fem else 'nacido'} el {s.dob.day} de {ES_MONTHS[s.dob.month - 1]} de {s.dob.year}"
    p.text(p.w / 2, y, dni, F, 11.5, "center"); y += 22
    y = center_wrapped(p, y, f"ha terminado el {egreso.day} de {ES_MONTHS[egreso.month - 1]} de {egreso.year} los estudios "
                f"correspondientes a la carrera de {TITLE_UP.get(cur.id, cur.title).title().replace(' En ', ' en ')}, "
                "de acuerdo con las disposiciones vigentes,", FI, 13, W, 17)
    y += 4
    p.text(p.w / 2, y, f"por tanto, la {inst.name} le expide el título de", FI, 13, "center"); y += 30
    p.text(p.w / 2, y, title, FB, 18, "center"); y += 28
    when = es_date_words_ar(s.conferred)
    y = center_wrapped(p, y, f"Dado en la Ciudad de {inst.city}, {when}.", FI, 12.5, W, 17)
    yb = p.h - 90
    _sign(p, rng, [(180, "Secretario/a General"), (p.w / 2, "Decano/a"), (p.w - 180, "Rector/a")], yb, FB, 9.5)
    p.seal(p.w / 2 + 120, yb - 34, 30, 0.5)
    p.text(60, p.h - 56, f"Registrado bajo el N° {k(s, 'ar-reg') % 90000 + 10000} - Libro de Títulos "
           f"{k(s, 'ar-lib') % 40 + 10} - Folio {k(s, 'ar-fol') % 290 + 10}. Validez nacional: "
           f"Res. ME N° {k(s, 'ar-me') % 2000 + 100}/{int(inst.extra['plan']) % 100 + 1:02d}.", F, 8)
    return LayoutResult("diploma", "in_ar_degree", FAMILY, [p], [name], info={"conferred_printed": when})


def dz_tw_uz_diploma(s, person, rng):
    return {"DZ": _dz, "TW": _tw, "UZ": _uz}[s.institution.country](s, person, rng)


def _mention(s):
    sc = [r.score for t in s.terms for r in t.results]
    n = 7.5 + (sum(sc) / len(sc) - 45) * 10.5 / 47
    return "Très Bien" if n >= 16 else "Bien" if n >= 14 else "Assez Bien" if n >= 12 else "Passable"


def _dz(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.0, 0.3, corners=False)
    F, FB = "Times-Roman", "Times-Bold"
    L = 80
    fem = person.sex == "F"
    name = f"{person.surname.upper()} {person.given}"
    dom, fil, spe = SPEC.get(cur.id, ("", "", cur.title))
    arabic_line(p, p.w / 2, 48, "الجمهورية الجزائرية الديمقراطية الشعبية", 13, bold=True)
    p.text(p.w / 2, 66, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", FB, 11, "center")
    p.text(p.w / 2, 80, "Ministère de l'Enseignement Supérieur et de la Recherche Scientifique", F, 10, "center")
    p.text(p.w / 2, 96, inst.name, FB, 13, "center")
    arabic_line(p, p.w / 2, 126, "شهادة الليسانس", 16, bold=True)
    p.text(p.w / 2, 150, "DIPLÔME DE LICENCE", FB, 22, "center")
    y = 176
    fait = s.conferred + dt.timedelta(days=60 + k(s, "dz-fait") % 40)
    for ln in ["Vu le décret exécutif n° 08-265 du 19 août 2008 portant régime des études en vue de l'obtention du "
               "diplôme de licence, du diplôme de master et du diplôme de doctorat ;",
               f"Vu l'arrêté n° {k(s, 'dz-ar') % 900 + 100} du {fr_long(dt.date(s.admitted.year - 2, 7, 20))} portant "
               "habilitation de la formation ;",
               f"Vu le procès-verbal de délibération du {fr_long(s.conferred)} ;"]:
        y = p.paragraph(L, y, ln, F, 10, p.w - 2 * L, 13)
    y += 8
    p.text(p.w / 2, y, "Le diplôme de LICENCE est décerné à :", F, 12, "center"); y += 24
    p.text(p.w / 2, y, f"{'Mme' if fem else 'M.'} {name}", FB, 17, "center"); y += 20
    p.text(p.w / 2, y, f"Né{'e' if fem else ''} le {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year} à {inst.city}", F, 11,
           "center"); y += 22
    for a, b in (("Domaine", dom), ("Filière", fil), ("Spécialité", spe), ("Mention", _mention(s))):
        p.pieces(y, [(p.w / 2 - 10, f"{a} :", "right"), (p.w / 2, b, "left")], F, 11.5)
        y += 15
    p.text(p.w - L, y + 8, f"Fait à {inst.city} le {fr_long(fait)}", F, 11, "right")
    yb = p.h - 62
    _sign(p, rng, [(190, "Le Doyen de la Faculté"), (p.w - 190, "Le Recteur")], yb, FB, 10)
    p.seal(p.w / 2, yb - 28, 30, 0.5)
    p.text(L - 40, p.h - 36, f"N° d'enregistrement : {s.conferred.year}/{k(s, 'dz-reg') % 9000 + 1000}/L", F, 8)
    return LayoutResult("diploma", "dz_tw_uz_diploma", FAMILY, [p], [name],
                        info={"conferred_printed": fr_long(s.conferred)})


def _tw(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(24, 1.8, 0.35)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w - 140
    name = f"{person.surname.upper()} {person.given.upper()}"
    roc = s.conferred.year - 1911
    p.text(70, 60, f"({roc}) Diploma No. {k(s, 'tw-dip') % 900000 + 100000}", F, 9)
    cjk_block(p, p.w / 2, 104, inst.extra["zh"], 20, k(s, "tw-zh-inst"), bold=True)
    cjk_block(p, p.w / 2, 140, 4, 18, 11, bold=True)
    for i in range(4):
        cjk_block(p, p.w / 2, 180 + 26 * i, 14 - i * 2, 11, k(s, f"tw-body{i}"))
    cjk_block(p, p.w / 2, 290, 9, 11, k(s, "tw-date"))
    place_image(p, p.w / 2, 240, 80, 80, red_seal(rng, 80, square=True, star=False))
    y = 350
    p.text(p.w / 2, y, inst.name.upper(), FB, 16, "center"); y += 30
    p.text(p.w / 2, y, "BACHELOR'S DIPLOMA", FB, 14, "center"); y += 34
    p.text(p.w / 2, y, "This is to certify that", FI, 12, "center"); y += 28
    p.text(p.w / 2, y, name, FB, 17, "center"); y += 20
    p.text(p.w / 2, y, f"(born on {D.long_mdy(s.dob)})", F, 10.5, "center"); y += 26
    y = center_wrapped(p, y, f"having completed the requirements of the {DEPT.get(cur.id, 'Department')}, is hereby awarded "
                "the degree of", FI, 12.5, W, 17) + 10
    p.text(p.w / 2, y, "Bachelor of Science", FB, 16, "center"); y += 40
    when = D.month_year(s.conferred)
    p.text(p.w / 2, y, when, F, 12, "center")
    yb = p.h - 86
    _sign(p, rng, [(p.w / 2, "President")], yb, FB, 10)
    return LayoutResult("diploma", "dz_tw_uz_diploma", FAMILY, [p], [name], info={"conferred_printed": when})


def _uz(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(18, 1.8, 0.3)
    F, FB = "Times-Roman", "Times-Bold"
    name = f"{person.surname.upper()} {person.given.upper()}"
    mid = p.w / 2
    cw = mid - 70
    yo_uz = {"uz_mbi": "Tibbiy-biologik ish", "uz_bio": "Biologiya", "uz_nur": "Oliy hamshiralik ishi"}
    yo_en = {"uz_mbi": "Medical-biological work", "uz_bio": "Biology", "uz_nur": "Higher nursing"}
    code = {"uz_mbi": "5510900", "uz_bio": "5140100", "uz_nur": "5510700"}.get(cur.id, "")
    sac = D.dmy_dot(s.conferred)
    reg = s.conferred + dt.timedelta(days=5)
    proto = k(s, "uz-proto") % 12 + 1
    regno = k(s, "uz-reg") % 9000 + 1000
    series = f"B № {k(s, 'uz-ser') % 9000000 + 1000000}"
    p.vline(mid, 60, p.h - 50, 0.5, 0.5)
    for side, x0 in (("uz", 50), ("en", mid + 20)):
        cx = x0 + cw / 2
        y = 60
        p.text(cx, y, "O'ZBEKISTON RESPUBLIKASI" if side == "uz" else "REPUBLIC OF UZBEKISTAN", FB, 11, "center"); y += 24
        p.text(cx, y, "BAKALAVR DIPLOMI" if side == "uz" else "BACHELOR'S DIPLOMA", FB, 17, "center"); y += 18
        p.text(cx, y, series, "Courier-Bold", 10, "center"); y += 30
        if side == "uz":
            p.text(cx, y, "Ushbu diplom egasi", F, 11, "center"); y += 20
        else:
            p.text(cx, y, "This diploma is awarded to", F, 11, "center"); y += 20
        p.text(cx, y, name, FB, 15, "center"); y += 24
        if side == "uz":
            body = (f"{s.admitted.year}-yilda {inst.extra['uz']}ga o'qishga kirib, {s.conferred.year}-yilda "
                    f"{code} - {yo_uz.get(cur.id, '')} ta'lim yo'nalishi bo'yicha to'liq o'quv kursini tamomladi. "
                    f"Davlat attestatsiya komissiyasining {sac} yildagi qarori (bayonnoma № {proto}) bilan unga "
                    f"{yo_uz.get(cur.id, '')} ta'lim yo'nalishi bo'yicha BAKALAVR darajasi berildi.")
        else:
            body = (f"who entered the {inst.name} in {s.admitted.year} and in {s.conferred.year} completed the full "
                    f"course of study in the field of {code} - {yo_en.get(cur.id, '')}. By the decision of the State "
                    f"Attestation Commission of {sac} (Protocol No. {proto}) "
                    f"{'she' if person.sex == 'F' else 'he'} is awarded the degree of BACHELOR in the field of "
                    f"{yo_en.get(cur.id, '')}.")
        for ln in wrap(body, F, 11, cw):
            p.text(x0, y, ln, F, 11)
            y += 15
        y += 16
        p.text(x0, y, f"Qayd raqami / № {regno}" if side == "uz" else f"Registration No. {regno}", F, 10); y += 14
        p.text(x0, y, f"{inst.city}, {D.dmy_dot(reg)}", F, 10)
        yb = p.h - 92
        p.signature(x0 + cw - 100, yb, 90, rng)
        p.pieces(yb, [(x0, "Davlat attestatsiya komissiyasi raisi" if side == "uz" else "Chairman of the State "
                       "Attestation Commission", "left")], F, 9)
        p.signature(x0 + cw - 100, yb + 34, 90, rng)
        p.pieces(yb + 34, [(x0, "Rektor" if side == "uz" else "Rector", "left")], F, 9)
    p.seal(50 + cw * 0.5, p.h - 170, 28, 0.5)
    return LayoutResult("diploma", "dz_tw_uz_diploma", FAMILY, [p], [name], info={"conferred_printed": sac})


DIPLOMA_LAYOUTS = {"in_ar_degree": (in_ar_degree, FAMILY, ("IN", "AR")),
                   "dz_tw_uz_diploma": (dz_tw_uz_diploma, FAMILY, ("DZ", "TW", "UZ"))}
