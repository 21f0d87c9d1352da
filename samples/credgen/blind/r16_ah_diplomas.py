"""Writer AH, round 16: diplomas for MK, BE, TL, SZ and KE (three designs, the second and third drawn
per country).

ah_mk_diploma: MK "ДИПЛОМА" in Cyrillic with an English version on the reverse page: "Универзитетот ...
    ја издава оваа диплома на [name], роден/а на ... во ..., кој/која ги заврши студиите од прв циклус
    на студиската програма ... на ... и се стекна со стручниот назив Дипломиран медицински
    лабораториски технолог (180 ЕКТС)", "Велес, 28.09.2018", rector and dean, a diploma number; the
    reverse: "This diploma is awarded to ... who completed first-cycle studies ... and acquired the
    professional title Graduated Medical Laboratory Technologist (180 ECTS)". The name is printed in
    Cyrillic on both pages (the Latin transliteration appears only in the letters' translation).
ah_be_tl_diploma: BE Flemish "DIPLOMA" with the lion as a shape: "Wij, ..., algemeen directeur, en ...,
    voorzitter van de examencommissie, verklaren dat [name], geboren te ... op ..., de graad van
    Bachelor in de biomedische laboratoriumtechnologie heeft behaald met onderscheiding. Gegeven te
    Gent, 30 juni 2018", a diploma number (the grade of distinction from the creditbewijs' scores);
    TL "DIPLOMA DE LICENCIATURA" in Portuguese: "O Reitor da Universidade ... faz saber que [name]
    concluiu ... o curso de Licenciatura em Análises Clínicas, com a classificação final de 14
    valores, pelo que lhe é conferido o grau de Licenciado/a. Díli, aos vinte dias do mês de setembro
    de dois mil e dezoito" (the classification from the certificado's rows).
ah_sz_ke_diploma: SZ degree parchment ("This is to certify that ... having satisfied the requirements
    of the University was on the twenty-second day of October, two thousand and eighteen admitted to
    the degree of BACHELOR OF SCIENCE IN BIOMEDICAL SCIENCES, Second Class, Upper Division"),
    Chancellor and Vice-Chancellor; KE college "DIPLOMA CERTIFICATE" ("This is to certify that ...
    having satisfactorily completed the prescribed course of study and passed the prescribed
    examinations was awarded the DIPLOMA IN MEDICAL LABORATORY SCIENCES with CREDIT", "this 8th day of
    December 2017", Principal and Chairman of the Board); the Kenyan candidate gets the college's
    diploma first (r16_ah_ke.ke_college), as on the transcript.
"""


from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, fit_size
from . import r16_ah_be as BE
from . import r16_ah_ke as KE
from . import r16_ah_mk as MK
from . import r16_ah_sz as SZ
from . import r16_ah_tl as TL
from .r16_ah_common import (EN_MONTHS, FAMILY, NL_MONTHS, PT_MONTHS, PT_WORDS, cwrap, cyrillic_safe, dmy, dry_seal, k, mk_fix,
                            ordinal_en, ring_stamp, sign_block, watermark_crest)

MK_EN = {"mk_mlt": ("Medical Laboratory Technologist", "Graduated Medical Laboratory Technologist"),
         "mk_bio": ("Biology", "Graduated Biologist"), "mk_nur": ("Nurse", "Graduated Nurse")}
MK_FAC_EN = {"Медицински факултет": "Faculty of Medicine",
             "Природно-математички факултет": "Faculty of Natural Sciences and Mathematics"}


@cyrillic_safe
def mk_diploma(s, person, rng):
    mk_fix(person)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    prog, fk = MK.PROGRAM[cur.id]
    fem = person.sex == "F"
    nm = MK.mk_name(person)
    no = f"{inst.extra['code']}-{s.conferred.year}/{k(s, 'dipl') % 9000 + 1000}"
    pages = []
    # front, Cyrillic
    p = Page(A4)
    pages.append(p)
    W, H = p.w, p.h
    p.border(26, 1.4, 0.35)
    watermark_crest(p, W / 2, H / 2, 120, 0.92)
    p.circle(W / 2, 84, 22, 1.2, 0.3)
    p.circle(W / 2, 84, 15, 0.6, 0.3)
    p.text(W / 2, 134, "Република Северна Македонија", T, 12, "center")
    p.text(W / 2, 156, inst.name, TB, 15, "center")
    p.text(W / 2, 174, inst.extra[fk], T, 12, "center")
    p.text(W / 2, 230, "ДИПЛОМА", TB, 30, "center")
    p.text(W / 2, 252, f"Број: {no}", T, 10, "center")
    txt = (f"Универзитетот {inst.name.replace('Универзитет ', '')} ја издава оваа диплома на")
    y = cwrap(p, W / 2, 300, txt, T, 12.5, W - 140, 18)
    p.text(W / 2, y + 14, nm, TB, 20, "center")
    town = MK.birth_town(s)
    txt = (f"{'родена' if fem else 'роден'} на {dmy(s.dob)} година во {town}, {'која' if fem else 'кој'} ги заврши "
           f"студиите од прв циклус на студиската програма {prog} на {inst.extra[fk]} и се стекна со стручниот "
           f"назив")
    y = cwrap(p, W / 2, y + 50, txt, T, 12.5, W - 140, 18)
    p.text(W / 2, y + 14, f"{cur.title} (180 ЕКТС)", TB, fit_size(f"{cur.title} (180 ЕКТС)", TB, 15, W - 120), "center")
    p.text(96, H - 170, f"{inst.city}, {dmy(s.conferred)}", T, 11)
    sign_block(p, rng, 150, H - 100, "Декан", T, 10, 170, inst.extra["dean"])
    sign_block(p, rng, W - 150, H - 100, "Ректор", T, 10, 170, inst.extra["rector"])
    ring_stamp(p, W / 2, H - 120, 36, f"{inst.name.upper()} * РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА *", inst.city)
    # reverse, English
    q = Page(A4)
    pages.append(q)
    q.border(26, 1.0, 0.5, double=False, corners=False)
    en_prog, en_title = MK_EN[cur.id]
    q.text(W / 2, 120, "Republic of North Macedonia", T, 12, "center")
    q.text(W / 2, 142, inst.extra["name_en"], TB, 15, "center")
    q.text(W / 2, 160, MK_FAC_EN[inst.extra[fk]], T, 12, "center")
    q.text(W / 2, 216, "DIPLOMA", TB, 26, "center")
    q.text(W / 2, 238, f"No. {no}", T, 10, "center")
    y = cwrap(q, W / 2, 290, "This diploma is awarded to", T, 12.5, W - 140, 18)
    q.text(W / 2, y + 14, nm, TB, 20, "center")
    txt = (f"born on {dmy(s.dob)}, who completed first-cycle studies in the study programme {en_prog} at the "
           f"{MK_FAC_EN[inst.extra[fk]]} and acquired the professional title")
    y = cwrap(q, W / 2, y + 50, txt, T, 12.5, W - 140, 18)
    q.text(W / 2, y + 14, f"{en_title} (180 ECTS)", TB, 15, "center")
    q.text(96, H - 170, f"{inst.extra['city_en']}, {dmy(s.conferred)}", T, 11)
    q.pieces(H - 86, [(150, "Dean", "center"), (W - 150, "Rector", "center")], T, 10)
    return LayoutResult("diploma", "ah_mk_diploma", FAMILY, pages, [nm])


# --- BE / TL ---------------------------------------------------------------------------------
def lion(p, cx, cy, r, gray=0.25):
    """The Flemish lion as a shape: a rampant figure inside a shield (no lettering)."""
    p.polyline([(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.2), (cx, cy + r * 1.25),
                (cx - r, cy + r * 0.2), (cx - r, cy - r)], 1.3, gray)
    body = [(cx - r * 0.35, cy + r * 0.7), (cx - r * 0.2, cy + r * 0.1), (cx - r * 0.45, cy - r * 0.2),
            (cx - r * 0.2, cy - r * 0.7), (cx + r * 0.15, cy - r * 0.6), (cx + r * 0.3, cy - r * 0.35),
            (cx + r * 0.1, cy - r * 0.2), (cx + r * 0.35, cy + r * 0.1), (cx + r * 0.15, cy + r * 0.45),
            (cx + r * 0.4, cy + r * 0.75)]
    p.polyline(body, 1.6, gray)
    p.polyline([(cx + r * 0.35, cy + r * 0.1), (cx + r * 0.6, cy - r * 0.3), (cx + r * 0.55, cy - r * 0.6)], 1.2,
               gray)


def nl_date(d):
    return f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"


BE_TOWNS = ["Gent", "Aalst", "Lokeren", "Brugge", "Kortrijk", "Mechelen", "Turnhout", "Herentals", "Mol", "Leuven"]
TL_YEARS = {0: "", 1: "um", 2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito",
            9: "nove"}


def pt_num(n):
    """1..99 in Portuguese words (dias, anos)."""
    if n <= 20:
        return PT_WORDS[n]
    tens = {2: "vinte", 3: "trinta", 4: "quarenta", 5: "cinquenta", 6: "sessenta", 7: "setenta", 8: "oitenta",
            9: "noventa"}
    t, o = divmod(n, 10)
    return tens[t] + (f" e {PT_WORDS[o]}" if o else "")


def pt_date_words(d):
    day = "primeiro dia" if d.day == 1 else f"{pt_num(d.day)} dias"
    y = d.year - 2000
    yw = "dois mil" + (f" e {pt_num(y)}" if y else "")
    return f"aos {day} do mês de {PT_MONTHS[d.month - 1]} de {yw}"


TL_GRAU = {"tl_lac": "Análises Clínicas", "tl_bio": "Biologia", "tl_enf": "Enfermagem"}


def _be(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 1.0, 0.4, double=True, corners=False)
    lion(p, W / 2, 70, 22)
    p.text(W / 2, 120, inst.name, SB, 16, "center")
    p.text(W / 2, 136, inst.extra["dept"], S, 10, "center")
    p.text(W / 2, 178, "DIPLOMA", SB, 30, "center")
    fem = person.sex == "F"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    town = BE_TOWNS[k(s, "geb") % len(BE_TOWNS)]
    mention = BE.mention(s)
    prog, opt = BE.PROGRAM[cur.id]
    txt = (f"Wij, {inst.extra['director']}, algemeen directeur, en {inst.extra['head']}, voorzitter van de "
           f"examencommissie, verklaren dat")
    y = cwrap(p, W / 2, 222, txt, S, 12, W - 160, 17)
    p.text(W / 2, y + 14, nm, SB, 19, "center")
    txt = (f"geboren te {town} op {nl_date(s.dob)}, de graad van {cur.title}"
           f"{', ' + opt + ',' if opt else ''} heeft behaald {mention}.")
    y = cwrap(p, W / 2, y + 46, txt, S, 12, W - 160, 17)
    p.text(W / 2, y + 6, f"Dit diploma wordt uitgereikt na het succesvol beëindigen van de opleiding {prog} "
                         f"({cur.years * 60} studiepunten).", SI, 9.5, "center")
    p.text(80, H - 112, f"Gegeven te {inst.city}, {nl_date(s.conferred)}", S, 11)
    p.text(80, H - 96, f"Diplomanummer: {s.conferred.year}/{k(s, 'dnr') % 90000 + 10000}", S, 9.5)
    sign_block(p, rng, W / 2, H - 64, "De voorzitter van de examencommissie", S, 9, 180, inst.extra["head"])
    sign_block(p, rng, W - 160, H - 64, "De algemeen directeur", S, 9, 180, inst.extra["director"])
    p.text(80, H - 50, "De houder", S, 9)
    return LayoutResult("diploma", "ah_be_tl_diploma", FAMILY, [p], [nm])


def _tl(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.6, 0.3)
    TL.emblem(p, W / 2, 72, 26)
    p.text(W / 2, 124, "República Democrática de Timor-Leste", TB, 12, "center")
    p.text(W / 2, 142, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 186, "DIPLOMA DE LICENCIATURA", TB, 26, "center")
    fem = person.sex == "F"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    fin = TL.media(s)
    txt = f"O Reitor da {inst.name}, {inst.extra['rector']}, faz saber que"
    y = cwrap(p, W / 2, 228, txt, T, 13, W - 160, 18)
    p.text(W / 2, y + 14, nm, TB, 20, "center")
    grau = "Licenciada" if fem else "Licenciado"
    txt = (f"natural de {TL.TOWNS[k(s, 'nat') % len(TL.TOWNS)]}, concluiu nesta Universidade o curso de "
           f"{cur.title}, com a classificação final de {fin} valores, pelo que lhe é conferido o grau de {grau} em "
           f"{TL_GRAU[cur.id]}, com todos os direitos e prerrogativas legais.")
    y = cwrap(p, W / 2, y + 46, txt, T, 13, W - 160, 18)
    y = cwrap(p, W / 2, y + 14, f"{inst.city}, {pt_date_words(s.conferred)}.", TI, 12, W - 160, 18)
    p.text(80, H - 96, f"Registo n.º {k(s, 'reg') % 9000 + 1000}/{s.conferred.year}", T, 9.5)
    sign_block(p, rng, W - 170, H - 70, "O Reitor", T, 10, 190, inst.extra["rector"])
    sign_block(p, rng, 200, H - 70, "O Chefe do Registo Académico", T, 10, 190, inst.extra["registrar"])
    dry_seal(p, W / 2, H - 90, 34, 0.84)
    return LayoutResult("diploma", "ah_be_tl_diploma", FAMILY, [p], [nm])


def be_tl_diploma(s, person, rng):
    return (_be if s.institution.country == "BE" else _tl)(s, person, rng)


# --- SZ / KE -------------------------------------------------------------------------------------
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth"]


def en_ord_words(n):
    if n <= 20:
        return _ORD[n]
    if n == 30:
        return "thirtieth"
    t, o = divmod(n, 10)
    return {2: "twenty", 3: "thirty"}[t] + "-" + _ORD[o]


def en_num(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    tens = {2: "twenty", 3: "thirty", 4: "forty"}[t]
    return tens + ("-" + _ONES[o] if o else "")


def en_year_words(y):
    r = y - 2000
    return "two thousand" + (f" and {en_num(r)}" if r else "")


def _sz(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    p.border(24, 1.8, 0.25)
    from .r16_ah_common import coat_of_arms
    coat_of_arms(p, W / 2, 90, 30)
    p.text(W / 2, 150, inst.name.upper(), TB, 20, "center")
    p.text(W / 2, 168, "Kingdom of Eswatini", TI, 11, "center")
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    d = s.conferred
    y = cwrap(p, W / 2, 230, "This is to certify that", TI, 14, W - 140, 20)
    p.text(W / 2, y + 18, nm, TB, 22, "center")
    txt = (f"having satisfied the requirements of the University was on the {en_ord_words(d.day)} day of "
           f"{EN_MONTHS[d.month - 1]}, {en_year_words(d.year)} admitted to the degree of")
    y = cwrap(p, W / 2, y + 56, txt, TI, 14, W - 150, 20)
    y = cwrap(p, W / 2, y + 14, cur.title.upper(), TB, 15, W - 130, 20)
    p.text(W / 2, y + 4, SZ.classification(s), TB, 14, "center")
    sign_block(p, rng, 160, H - 120, "Chancellor", T, 11, 180, inst.extra["chancellor"])
    sign_block(p, rng, W - 160, H - 120, "Vice-Chancellor", T, 11, 180, inst.extra["vc"])
    dry_seal(p, W / 2, H - 140, 38, 0.7)
    p.text(W / 2, H - 56, f"Certificate No. {inst.extra['abbr']}/{d.year}/{k(s, 'cert') % 9000 + 1000}", T, 9,
           "center")
    return LayoutResult("diploma", "ah_sz_ke_diploma", FAMILY, [p], [nm])


def _ke(s, person, rng):
    KE.ke_college(s)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.0, 0.3)
    p.logo(W / 2, 64, 24, 0, 0.3)
    p.text(W / 2, 118, inst.name.upper(), TB, 20, "center")
    head = "DIPLOMA CERTIFICATE" if cur.level == "diploma" else "DEGREE CERTIFICATE"
    p.text(W / 2, 150, head, TB, 16, "center")
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x).upper()
    y = cwrap(p, W / 2, 190, "This is to certify that", TI, 14, W - 160, 20)
    p.text(W / 2, y + 16, nm, TB, 20, "center")
    txt = ("having satisfactorily completed the prescribed course of study and passed the prescribed examinations "
           "was awarded the")
    y = cwrap(p, W / 2, y + 50, txt, TI, 14, W - 180, 20)
    y = cwrap(p, W / 2, y + 10, cur.title.upper(), TB, 16, W - 160, 20)
    p.text(W / 2, y + 2, f"with {KE.overall(s).upper()}", TB, 14, "center")
    d = s.conferred
    p.text(W / 2, y + 30, f"Given under the seal of the College this {ordinal_en(d.day)} day of "
                          f"{EN_MONTHS[d.month - 1]} {d.year}", TI, 12, "center")
    sign_block(p, rng, 190, H - 70, "PRINCIPAL", TB, 10, 190, inst.extra.get("principal"))
    sign_block(p, rng, W - 190, H - 70, "CHAIRMAN OF THE BOARD", TB, 10, 190, inst.extra.get("chair"))
    dry_seal(p, W / 2, H - 92, 34, 0.7)
    p.text(60, H - 44, f"Serial No. {k(s, 'serial') % 900000 + 100000}", T, 9)
    return LayoutResult("diploma", "ah_sz_ke_diploma", FAMILY, [p], [nm])


def sz_ke_diploma(s, person, rng):
    return (_sz if s.institution.country == "SZ" else _ke)(s, person, rng)


DIPLOMA_LAYOUTS = {"ah_mk_diploma": (mk_diploma, FAMILY, ("MK",)),
                   "ah_be_tl_diploma": (be_tl_diploma, FAMILY, ("BE", "TL")),
                   "ah_sz_ke_diploma": (sz_ke_diploma, FAMILY, ("SZ", "KE"))}
