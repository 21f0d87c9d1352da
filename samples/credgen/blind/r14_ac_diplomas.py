"""Writer AC, round 14: diplomas for ES, DE, LT, AL and CA (three designs, the second and third drawn
per country).

ac_es_titulo: ES university title in the King's name: "EL REY y en su nombre el Rector de la
    Universidad ...", "Considerando que, conforme a las disposiciones y circunstancias previstas por la
    legislación vigente, Dª ..., nacida el ... en ..., de nacionalidad española, ha superado los
    estudios universitarios oficiales conducentes al título de GRADUADA EN BIOLOGÍA SANITARIA por la
    Universidad ..., expide el presente título ... en Madrid, a 30 de octubre de 2018", "Registro
    Nacional de Títulos 2018/123456", the Rector, the interested party and the head of the registry
    sign; a watermark crest behind.
ac_de_lt_urkunde: DE "URKUNDE" ("Frau ..., geboren am ... in ..., hat die Bachelorprüfung im
    Studiengang Biomedizinische Analytik bestanden. Aufgrund dieser Prüfung wird ihr der akademische
    Grad Bachelor of Science (B.Sc.) verliehen. Gießen, den 28.09.2018", the president and the dean,
    an embossed seal); LT "PROFESINIO BAKALAURO DIPLOMAS / PROFESSIONAL BACHELOR DIPLOMA" bilingual,
    serial "PB 1234567" (the supplement's), "suteiktas biomedicinos mokslų profesinio bakalauro
    laipsnis / was awarded the degree of Professional Bachelor of Biomedical Sciences", "Vilnius,
    2017-06-21", "Išduotas / Issued" and a registration number, the director and a round stamp.
ac_al_ca_diplome: AL "DIPLOMË" with the eagle ("Në bazë të ... i jepet DIPLOMA 'BACHELOR' në Laborant
    Mjekësor", "Tiranë, më 15.07.2018", "Nr. 0012345", rector and dean); CA the Quebec DEC from the
    Ministry ("Le ministre de l'Enseignement supérieur ... décerne à ... le DIPLÔME D'ÉTUDES
    COLLÉGIALES ... Technologie d'analyses biomédicales (140.C0) ... Québec, le 2016-06-30", the
    minister's and the college director's signatures, the permanent code).
Every design prints the conferral date of the studies (the only date on the diploma).
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from .r14_ac_common import (FAMILY, lt_fix, by_reading_order, de_date, dmy, dry_seal, es_date, k, round_stamp,
                            sign_block, star_seal, watermark_crest)

ES_PLACES = ["Toledo", "Madrid", "Guadalajara", "Cuenca", "Valencia", "Castellón de la Plana", "Albacete", "Segovia",
             "Ávila", "Alcalá de Henares"]
DE_PLACES = ["Kassel", "Marburg", "Fulda", "Bremen", "Oldenburg", "Göttingen", "Wetzlar", "Hannover", "Koblenz",
             "Bad Hersfeld"]
AL_PLACES = ["Tiranë", "Durrës", "Elbasan", "Fier", "Shkodër", "Korçë", "Berat", "Vlorë"]


def cwrap(p, x, y, s, font, size, w, lead):
    for ln in wrap(s, font, size, w):
        p.text(x, y, ln, font, size, "center")
        y += lead
    return y


def natural(person):
    return " ".join(x for x in (person.given, person.middle, person.surname) if x)


# --- ES -------------------------------------------------------------------------------------------
def ac_es_titulo(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = natural(person)
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.2, 0.45)
    watermark_crest(p, W / 2, H / 2, 120, 0.9)
    p.logo(W / 2, 64, 22, 1, 0.3)
    p.text(W / 2, 112, "EL REY", TB, 20, "center")
    p.text(W / 2, 132, f"y en su nombre el Rector de la {inst.name}", TI, 13, "center")
    deg = cur.title.replace("Grado en ", "")
    grad = ("GRADUADA EN " if fem else "GRADUADO EN ") + deg.upper()
    place = ES_PLACES[k(s, "bp") % len(ES_PLACES)]
    txt = (f"Considerando que, conforme a las disposiciones y circunstancias previstas por la legislación vigente, "
           f"{'Dª' if fem else 'D.'} {nm}, {'nacida' if fem else 'nacido'} el {es_date(s.dob)} en {place}, de "
           f"nacionalidad española, ha superado los estudios universitarios oficiales conducentes al título de")
    y = cwrap(p, W / 2, 166, txt, T, 12.5, W - 220, 17) + 10
    p.text(W / 2, y, grad, TB, 17, "center")
    y += 24
    y = cwrap(p, W / 2, y, f"por la {inst.name}, expide el presente título universitario oficial con validez en todo "
                           f"el territorio nacional, que faculta al interesado para disfrutar los derechos que a este "
                           f"título otorgan las disposiciones vigentes, en {inst.city}, a {es_date(s.conferred)}.",
              T, 12.5, W - 220, 17)
    yb = H - 80
    sign_block(p, rng, 190, yb, "El/La interesado/a", T, 10, 150)
    sign_block(p, rng, W / 2, yb, "El Rector", T, 10, 160)
    sign_block(p, rng, W - 190, yb, "El/La Jefe/a de la Sección de Títulos", T, 10, 170)
    dry_seal(p, W / 2 + 110, yb - 16, 30)
    reg = f"{s.conferred.year}/{k(s, 'rnt') % 900000 + 100000}"
    p.pieces(H - 40, [(60, f"Registro Nacional de Títulos {reg}", "left"),
                      (W - 60, f"Clave Universidad {k(s, 'cu') % 9000000 + 1000000}", "right")], T, 8.5)
    return LayoutResult("diploma", "ac_es_titulo", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": es_date(s.conferred)})


# --- DE -------------------------------------------------------------------------------------------
def _de(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = natural(person)
    p = Page(A4)
    W, H = p.w, p.h
    p.text(W / 2, 70, inst.name, SB, 17, "center")
    p.text(W / 2, 88, inst.extra["kind"], S, 10, "center")
    p.text(W / 2, 102, inst.extra["fb"], S, 10, "center")
    p.text(W / 2, 180, "URKUNDE", SB, 30, "center")
    place = DE_PLACES[k(s, "bp") % len(DE_PLACES)]
    studi = cur.title.replace("Bachelor of Science ", "")
    y = 240
    p.text(W / 2, y, "Frau" if fem else "Herr", S, 13, "center")
    p.text(W / 2, y + 24, nm, SB, 18, "center")
    p.text(W / 2, y + 46, f"geboren am {de_date(s.dob)} in {place},", S, 13, "center")
    y = cwrap(p, W / 2, y + 80, f"hat die Bachelorprüfung im Studiengang {studi} bestanden.", S, 13, W - 160, 19)
    y = cwrap(p, W / 2, y + 16, f"Aufgrund dieser Prüfung wird {'ihr' if fem else 'ihm'} der akademische Grad", S, 13,
              W - 160, 19)
    p.text(W / 2, y + 14, "Bachelor of Science (B.Sc.)", SB, 17, "center")
    p.text(W / 2, y + 40, "verliehen.", S, 13, "center")
    p.text(72, y + 100, f"{inst.city}, den {s.conferred.strftime('%d.%m.%Y')}", S, 12)
    yb = y + 190
    sign_block(p, rng, 160, yb, "Präsidentin" if "Henrike" in inst.extra["pres"] else "Präsident", S, 10, 170,
               inst.extra["pres"])
    sign_block(p, rng, W - 160, yb, "Dekanin des Fachbereichs" if "Sabine" in inst.extra["dean"] else
               "Dekan der Fakultät", S, 10, 170, inst.extra["dean"])
    dry_seal(p, W / 2, yb - 20, 34)
    return LayoutResult("diploma", "ac_de_lt_urkunde", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": s.conferred.strftime("%d.%m.%Y")})


def _lt(s, person, rng):
    from .r14_ac_lt import DEG
    lt_fix(person)
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    univ = inst.kind == "university"
    deg = DEG[cur.id]
    nm = f"{person.given.upper()} {person.surname.upper()}"
    ser = f"PB {k(s, 'ser') % 9000000 + 1000000}" if not univ else f"BA {k(s, 'ser') % 9000000 + 1000000}"
    p = Page(A4)
    W, H = p.w, p.h
    p.border(22, 1.4, 0.35)
    p.logo(W / 2, 70, 22, 0, 0.3)
    p.text(W / 2, 116, "LIETUVOS RESPUBLIKA", SB, 11, "center")
    p.text(W / 2, 130, "REPUBLIC OF LITHUANIA", SI, 9.5, "center")
    p.text(W / 2, 156, inst.name.upper(), SB, 13, "center")
    p.text(W / 2, 171, inst.extra["en"], SI, 10, "center")
    t1 = "BAKALAURO DIPLOMAS" if univ else "PROFESINIO BAKALAURO DIPLOMAS"
    t2 = "BACHELOR DIPLOMA" if univ else "PROFESSIONAL BACHELOR DIPLOMA"
    p.text(W / 2, 214, t1, SB, 20, "center")
    p.text(W / 2, 234, t2, SI, 13, "center")
    p.text(W / 2, 256, ser, SB, 12, "center")
    p.text(W / 2, 296, nm, SB, 17, "center")
    loc = inst.name.rsplit(" ", 1)
    loc = loc[0] + (" kolegijoje" if loc[1] == "kolegija" else " universitete")
    gen = (deg[0][0].lower() + deg[0][1:]).replace("profesinis bakalauras", "profesinio bakalauro").replace(
        "bakalauras", "bakalauro")
    y = cwrap(p, W / 2, 326, f"gim. {s.dob.isoformat()}, {s.conferred.year} m. baigė studijas {loc}, studijų programą "
                             f"„{deg[2]}“, ir {'jai' if fem else 'jam'} suteiktas {gen} laipsnis", S, 12, W - 150,
              17) + 6
    y = cwrap(p, W / 2, y, f"born {s.dob.isoformat()}, completed in {s.conferred.year} the study programme "
                           f"{deg[3]} at {inst.extra['en']} and was awarded the degree of {deg[1]}", SI, 11, W - 150, 16)
    p.text(W / 2, y + 26, f"{inst.city}, {s.conferred.isoformat()}", S, 12, "center")
    yb = H - 150
    sign_block(p, rng, W / 2 + 110, yb, "Direktorius / Director" if not univ else "Rektorius / Rector", S, 9.5, 170)
    round_stamp(p, W / 2 - 60, yb - 10, 32, 0.4)
    p.pieces(H - 70, [(60, f"Išduotas / Issued {s.conferred.isoformat()}", "left"),
                      (W - 60, f"Registracijos Nr. / Registration No. {k(s, 'reg') % 90000 + 10000}", "right")],
             S, 9)
    p.text(W / 2, H - 56, "Diplomas galioja su diplomo priedėliu / Valid with the Diploma Supplement", SI, 8.5, "center")
    return LayoutResult("diploma", "ac_de_lt_urkunde", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": s.conferred.isoformat()})


def ac_de_lt_urkunde(s, person, rng):
    return _lt(s, person, rng) if s.institution.country == "LT" else _de(s, person, rng)


# --- AL / CA ----------------------------------------------------------------------------------------
def _al(s, person, rng):
    from .r14_ac_al import eagle, father
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = f"{person.given} {person.surname}"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.0, 0.3)
    eagle(p, W / 2, 62, 44)
    p.text(W / 2, 104, "REPUBLIKA E SHQIPËRISË", TB, 13, "center")
    p.text(W / 2, 120, inst.name.upper(), TB, 13, "center")
    p.text(W / 2, 164, "DIPLOMË", TB, 30, "center")
    place = AL_PLACES[k(s, "bp") % len(AL_PLACES)]
    fld = cur.title.replace("Bachelor në ", "")
    txt = (f"Në bazë të Ligjit Nr. 80/2015 \"Për arsimin e lartë dhe kërkimin shkencor në institucionet e arsimit të "
           f"lartë në Republikën e Shqipërisë\" dhe të rezultateve të arritura në programin e studimit të ciklit të "
           f"parë, {'studentes' if fem else 'studentit'}")
    y = cwrap(p, W / 2, 200, txt, T, 12, W - 200, 17) + 8
    p.text(W / 2, y, nm.upper(), TB, 17, "center")
    y += 20
    p.text(W / 2, y, f"(atësia {father(s)}), {'e lindur' if fem else 'i lindur'} më {dmy(s.dob)} në {place},", T, 12,
           "center")
    y += 24
    p.text(W / 2, y, "i jepet", T, 12, "center")
    y += 24
    p.text(W / 2, y, f"DIPLOMA \"BACHELOR\" në {fld}", TB, 16, "center")
    y += 30
    p.text(W / 2, y, f"{inst.city}, më {dmy(s.conferred)}", TI, 12, "center")
    yb = H - 70
    sign_block(p, rng, 190, yb, "DEKANI", TB, 10, 160)
    sign_block(p, rng, W - 190, yb, "REKTORI", TB, 10, 160)
    round_stamp(p, W - 230, yb - 14, 34, 0.35)
    p.text(60, H - 36, f"Nr. {k(s, 'dn') % 10 ** 7:07d}", TB, 10)
    p.text(W - 60, H - 36, f"Regjistri i diplomave, fleta {k(s, 'fl') % 400 + 1}", T, 8.5, "right")
    return LayoutResult("diploma", "ac_al_ca_diplome", FAMILY, by_reading_order([p]), [nm.upper()],
                        info={"conferred_printed": dmy(s.conferred)})


def _ca(s, person, rng):
    from .r14_ac_ca import DEC, code_permanent
    inst, cur = s.institution, s.curriculum
    S, SB, T, TB = "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"
    nm = natural(person)
    prog, pname = DEC[cur.id]
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(26, 0.8, 0.5, double=False, corners=False)
    p.rect(50, 46, 90, 34, 0.6, 0.2)
    p.text(95, 60, "Québec", SB, 11, "center")
    p.text(95, 72, "Gouvernement", S, 6.5, "center")
    p.text(W - 50, 58, "Ministère de l'Enseignement supérieur", S, 9, "right")
    p.text(W / 2, 140, "Le ministre de l'Enseignement supérieur,", T, 13, "center")
    p.text(W / 2, 158, f"sur recommandation du {inst.name}, décerne à", T, 13, "center")
    p.text(W / 2, 194, nm, TB, 20, "center")
    p.text(W / 2, 214, f"Code permanent : {code_permanent(s, person)}", S, 9, "center")
    p.text(W / 2, 258, "le DIPLÔME D'ÉTUDES COLLÉGIALES", TB, 22, "center")
    p.text(W / 2, 286, "avec tous les droits et privilèges qui s'y rattachent, dans le programme", T, 12.5, "center")
    p.text(W / 2, 312, f"{pname} ({prog})", TB, 15, "center")
    p.text(W / 2, 350, f"Québec, le {s.conferred.isoformat()}", T, 12.5, "center")
    yb = H - 80
    sign_block(p, rng, 200, yb, "Le ministre de l'Enseignement supérieur", T, 10, 220)
    sign_block(p, rng, W - 200, yb, "La directrice générale du collège" if k(s, "dg") % 2 else
               "Le directeur général du collège", T, 10, 220)
    star_seal(p, W / 2, yb - 20, 30)
    p.text(W - 50, H - 40, f"No {k(s, 'dec') % 10 ** 8:08d}", S, 8, "right")
    return LayoutResult("diploma", "ac_al_ca_diplome", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": s.conferred.isoformat()})


def ac_al_ca_diplome(s, person, rng):
    return _ca(s, person, rng) if s.institution.country == "CA" else _al(s, person, rng)


DIPLOMA_LAYOUTS = {"ac_es_titulo": (ac_es_titulo, FAMILY, ("ES",)),
                   "ac_de_lt_urkunde": (ac_de_lt_urkunde, FAMILY, ("DE", "LT")),
                   "ac_al_ca_diplome": (ac_al_ca_diplome, FAMILY, ("AL", "CA"))}
