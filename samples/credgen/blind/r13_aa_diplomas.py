"""Writer AA, round 13: diplomas for ML, SS, PA, HK and HR (four designs).

aa_ml_diplome: ML "RÉPUBLIQUE DU MALI / Un Peuple - Un But - Une Foi" at the top, a green-gold-red
    national-colours band (a picture), "DIPLÔME DE LICENCE PROFESSIONNELLE", "Vu le procès-verbal du
    jury en date du ...", "le grade de Licence est conféré à M./Mme ... né(e) le ... à ...", "Domaine :
    Sciences de la Santé, Mention : Biologie Médicale, Spécialité : Analyses Biomédicales", "Fait à
    Bamako, le 15 octobre 2019", the rector and the minister's representative sign.
aa_ss_ceremonial: SS landscape ceremonial certificate in a serif face (no blackletter face is
    embedded): "This is to certify that ... having completed the prescribed course of study and passed
    the examinations was awarded the DIPLOMA IN MEDICAL LABORATORY SCIENCES (CREDIT) given under the
    Seal of the University this 14th day of March 2017".
aa_pa_diploma: PA "La Universidad ... en atención a que ... ha cumplido con los requisitos ... le otorga
    el título de LICENCIADA EN TECNOLOGÍA MÉDICA, en fe de lo cual se le expide el presente diploma en la
    ciudad de Panamá, a los veinte días del mes de diciembre de dos mil dieciocho" (date in words).
aa_parchment: HK English parchment "It is hereby certified that ... having fulfilled the requirements
    was admitted to the degree of Bachelor of Science with Honours in Medical Laboratory Science (Second
    Class Honours, Division I) on 18 November 2019", the Chinese lines as pictures; HR "DIPLOMA" in
    Croatian: "... stekla je akademski naziv sveučilišna prvostupnica (baccalaurea) medicinsko
    laboratorijske dijagnostike (univ. bacc. med. lab. diagn.)", "U Splitu, 15. srpnja 2019.".

The date a diploma prints is the conferral date of the truth (ML: the jury's date is printed apart,
the diploma's date of issue is the conferral date).
"""

import datetime as dt

from PIL import Image

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r11_x_common import es_date_words
from .r13_aa_common import (FAMILY, by_reading_order, cjk_block, dry_seal, fr_date, hr_date, k, ordinal_en,
                            round_stamp, sign_block, star_seal, watermark_crest, EN_MONTHS)


def colour_band(page, x, y, w, h, colours):
    """Vertical stripes of the national colours as one picture."""
    n = len(colours)
    im = Image.new("RGB", (n * 20, 10))
    for i, c in enumerate(colours):
        im.paste(c, (i * 20, 0, (i + 1) * 20, 10))
    page.ops.append(("image", x, y, w, h, im.resize((n * 60, 30), Image.NEAREST)))


# --- ML ---------------------------------------------------------------------------------------------

ML_DIP = {"ml_abm": ("DIPLÔME DE LICENCE PROFESSIONNELLE", "Sciences de la Santé", "Biologie Médicale",
                     "Analyses Biomédicales"),
          "ml_bio": ("DIPLÔME DE LICENCE", "Sciences et Technologies", "Sciences de la Vie", "Biologie"),
          "ml_inf": ("DIPLÔME DE LICENCE", "Sciences de la Santé", "Sciences Infirmières", "Soins Infirmiers")}


def aa_ml_diplome(s, person, rng):
    from .r13_aa_ml import birth_place
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    colour_band(p, 0, 0, 26, H, [(20, 150, 60), (252, 209, 22), (206, 17, 38)])
    p.border(34, 1.4, 0.3, double=True, corners=False)
    p.text(200, 66, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", TB, 9.5, "center")
    p.text(200, 78, "ET DE LA RECHERCHE SCIENTIFIQUE", TB, 9.5, "center")
    p.text(200, 94, inst.name.upper(), TB, 8.5, "center")
    p.text(W - 170, 66, "RÉPUBLIQUE DU MALI", TB, 11, "center")
    p.text(W - 170, 80, "Un Peuple - Un But - Une Foi", TI, 9.5, "center")
    p.text(W - 170, 100, f"N° {k(s, 'dipno') % 90000 + 10000}/{inst.extra['short']}/{s.conferred.year}", T, 9,
           "center")
    title, dom, men, spe = ML_DIP[cur.id]
    p.text(W / 2, 140, title, TB, 22, "center")
    fem = person.sex == "F"
    nm = f"{person.given} {person.surname.upper()}"
    jury = s.conferred - dt.timedelta(days=70 + k(s, "jury") % 30)
    y = 176
    for ln in ["Le Recteur de l'" + inst.name + ",",
               "Vu le décret portant organisation des études supérieures selon le système Licence-Master-Doctorat ;",
               f"Vu le procès-verbal du jury en date du {fr_date(jury)} ;"]:
        p.text(W / 2, y, ln, T, 11.5, "center")
        y += 17
    y = center_wrapped(p, y + 8, f"le grade de Licence est conféré à {'Mme' if fem else 'M.'} {nm}, "
                       f"{'née' if fem else 'né'} le {s.dob.strftime('%d/%m/%Y')} à {birth_place(s)},",
                       TB, 13, W - 200, 19)
    y = center_wrapped(p, y + 4, f"Domaine : {dom}, Mention : {men}, Spécialité : {spe}.", T, 12, W - 200, 18)
    p.text(W / 2, y + 8, "pour en jouir avec les droits et prérogatives qui y sont attachés.", TI, 11, "center")
    p.text(W - 90, y + 40, f"Fait à Bamako, le {fr_date(s.conferred)}", T, 11.5, "right")
    sign_block(p, rng, 220, H - 72, "Pour le Ministre, P.O.", TB, 10, 180)
    sign_block(p, rng, W - 220, H - 72, "Le Recteur", TB, 10, 180)
    round_stamp(p, W - 300, H - 96, 32, 0.45)
    p.text(W / 2, H - 46, "Le titulaire ne peut recevoir qu'un seul exemplaire du présent diplôme.", TI, 8, "center")
    return LayoutResult("diploma", "aa_ml_diplome", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fr_long"})


# --- SS ---------------------------------------------------------------------------------------------

def aa_ss_ceremonial(s, person, rng):
    from .r13_aa_ss import classification
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 2.4, 0.25)
    p.border(40, 0.6, 0.45, double=False, corners=False)
    star_seal(p, W / 2, 82, 30, 0.35, points=8)
    p.text(W / 2, 146, inst.name.upper(), TB, 26, "center")
    p.text(W / 2, 190, "This is to certify that", TI, 16, "center")
    nm = person.full.upper()
    p.text(W / 2, 226, nm, TB, 24, "center")
    p.text(W / 2, 262, "having completed the prescribed course of study and passed the examinations", TI, 15,
           "center")
    p.text(W / 2, 284, "was awarded the", TI, 15, "center")
    p.text(W / 2, 320, f"{cur.title.upper()} ({classification(s)})", TB, 19, "center")
    d = s.conferred
    p.text(W / 2, 356, f"given under the Seal of the University this {ordinal_en(d.day)} day of "
           f"{EN_MONTHS[d.month - 1]} {d.year}", TI, 15, "center")
    sign_block(p, rng, W / 2 - 230, H - 92, "Vice-Chancellor", TB, 11, 190)
    sign_block(p, rng, W / 2 + 230, H - 92, "Academic Registrar", TB, 11, 190)
    dry_seal(p, W / 2, H - 110, 36)
    p.text(70, H - 54, f"Serial No. {inst.extra['short']}/{d.year}/{k(s, 'ser') % 9000 + 1000}", T, 9)
    return LayoutResult("diploma", "aa_ss_ceremonial", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "ordinal_day_of_month"})


# --- PA ---------------------------------------------------------------------------------------------

PA_TIT = {"pa_tm": ("TECNOLOGÍA MÉDICA", "Facultad de Medicina"),
          "pa_bio": ("BIOLOGÍA", "Facultad de Ciencias Naturales, Exactas y Tecnología"),
          "pa_enf": ("ENFERMERÍA", "Facultad de Enfermería")}


def aa_pa_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(26, 1.8, 0.3)
    watermark_crest(p, W / 2, H / 2 + 10, 90, 0.9)
    p.text(W / 2, 84, "REPÚBLICA DE PANAMÁ", T, 12, "center")
    p.text(W / 2, 116, inst.name.upper(), TB, 24, "center")
    fem = person.sex == "F"
    nm = person.full.upper()
    area, fac = PA_TIT[cur.id]
    y = center_wrapped(p, 160, f"La {inst.name}, a propuesta de la {fac}, en atención a que", TI, 14, W - 200, 20)
    p.text(W / 2, y + 20, nm, TB, 22, "center")
    txt = ("ha cumplido con los requisitos establecidos por la Ley y los Estatutos Universitarios, le otorga el título "
           "de")
    y = center_wrapped(p, y + 52, txt, TI, 14, W - 200, 20)
    p.text(W / 2, y + 14, f"{'LICENCIADA' if fem else 'LICENCIADO'} EN {area}", TB, 19, "center")
    y = center_wrapped(p, y + 44, "en fe de lo cual se le expide el presente diploma en la ciudad de "
                       f"{inst.city}, {es_date_words(s.conferred)}.", TI, 13.5, W - 200, 19)
    sign_block(p, rng, W / 2 - 240, H - 78, "Rector", TB, 11, 170)
    sign_block(p, rng, W / 2, H - 78, "Secretario General", TB, 11, 170)
    sign_block(p, rng, W / 2 + 240, H - 78, "Decano(a)", TB, 11, 170)
    dry_seal(p, W / 2 + 120, H - 110, 30)
    p.text(W - 60, H - 40, f"Registro N° {k(s, 'reg') % 90000 + 10000} - Tomo {k(s, 'tomo') % 40 + 1}", T, 8,
           "right")
    return LayoutResult("diploma", "aa_pa_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "es_words"})


# --- HK / HR parchment ------------------------------------------------------------------------------

HR_NAZIV = {
    "hr_mld": (("sveučilišni prvostupnik (baccalaureus)", "sveučilišna prvostupnica (baccalaurea)"),
               "medicinsko laboratorijske dijagnostike", "univ. bacc. med. lab. diagn.",
               "preddiplomski sveučilišni studij Medicinsko laboratorijska dijagnostika"),
    "hr_bio": (("sveučilišni prvostupnik (baccalaureus)", "sveučilišna prvostupnica (baccalaurea)"), "biologije",
               "univ. bacc. biol.", "preddiplomski sveučilišni studij Biologija"),
    "hr_ses": (("stručni prvostupnik (baccalaureus)", "stručna prvostupnica (baccalaurea)"), "sestrinstva",
               "bacc. med. techn.", "preddiplomski stručni studij Sestrinstvo"),
}


def _hr_parchment(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    p.border(30, 1.2, 0.35, double=True, corners=False)
    star_seal(p, W / 2, 100, 34, 0.3, points=12)
    p.text(W / 2, 168, "REPUBLIKA HRVATSKA", T, 12, "center")
    p.text(W / 2, 190, inst.name.upper(), TB, 16, "center")
    p.text(W / 2, 208, inst.extra["odjel"], T, 12, "center")
    p.text(W / 2, 260, "DIPLOMA", TB, 34, "center")
    fem = person.sex == "F"
    nm = person.full
    born = ["Splitu", "Zadru", "Šibeniku", "Makarskoj", "Sinju", "Rijeci", "Puli", "Zagrebu"][k(s, "born") % 8]
    p.text(W / 2, 310, nm, TB, 20, "center")
    p.text(W / 2, 334, f"{'rođena' if fem else 'rođen'} {s.dob.strftime('%d.%m.%Y.')} u {born}", T, 12, "center")
    titles, of, abbr, study = HR_NAZIV[cur.id]
    y = center_wrapped(p, 372, f"{'završila' if fem else 'završio'} je {study} te je "
                       f"{'stekla' if fem else 'stekao'} akademski naziv", T, 13, W - 150, 19)
    p.text(W / 2, y + 14, f"{titles[1 if fem else 0]} {of}", TB, 14, "center")
    p.text(W / 2, y + 34, f"({abbr})", TB, 13, "center")
    p.text(W / 2, y + 74, f"{inst.extra['grad_loc']}, {hr_date(s.conferred)}", T, 12, "center")
    p.text(70, y + 104, f"Klasa: 602-04/{s.conferred.year % 100}-0{1 + k(s, 'kl') % 9}/{k(s, 'kn') % 90 + 10}", T, 9)
    p.text(70, y + 116, f"Urbroj: 2181-{180 + k(s, 'ur') % 20}-{s.conferred.year % 100}-{k(s, 'ub') % 90 + 10}", T, 9)
    sign_block(p, rng, 160, H - 110, "Pročelnik Odjela" if "Odjel" in inst.extra["odjel"] else "Dekan", T, 11, 170)
    sign_block(p, rng, W - 160, H - 110, "Rektor", T, 11, 170)
    dry_seal(p, W / 2, H - 130, 34)
    return LayoutResult("diploma", "aa_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "hr_long"})


def _hk_parchment(s, person, rng):
    from .r13_aa_hk import hk_terms, honours
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(28, 1.0, 0.45, double=True, corners=False)
    star_seal(p, W / 2, 78, 30, 0.35, points=8)
    p.text(W / 2, 140, inst.name, TB, 26, "center")
    cjk_block(p, W / 2, 168, inst.extra["zh"], 15, k(s, "zhu"), 25, bold=True)
    p.text(W / 2, 210, "It is hereby certified that", TI, 15, "center")
    nm = f"{person.surname.upper()} {person.given}"
    p.text(W / 2, 244, nm, TB, 22, "center")
    cjk_block(p, W / 2, 272, 3, 16, k(s, "zh"), 20)
    _, _, cgpa = hk_terms(s)
    deg = cur.title.replace("(Honours)", "with Honours")
    hon = honours(cgpa).replace(" (", ", ").replace(")", "")
    y = center_wrapped(p, 306, f"having fulfilled the requirements was admitted to the degree of {deg} ({hon}) on "
                       f"{s.conferred.day} {EN_MONTHS[s.conferred.month - 1]} {s.conferred.year}", TI, 15, W - 220, 21)
    cjk_block(p, W / 2, y + 14, 26, 10, k(s, "zhl"), 40)
    sign_block(p, rng, W / 2 - 230, H - 80, "President", TB, 11, 180)
    sign_block(p, rng, W / 2 + 230, H - 80, "Chairman of Council", TB, 11, 180)
    dry_seal(p, W / 2, H - 100, 34)
    return LayoutResult("diploma", "aa_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_long"})


def aa_parchment(s, person, rng):
    if s.curriculum.country == "HK":
        return _hk_parchment(s, person, rng)
    return _hr_parchment(s, person, rng)


DIPLOMA_LAYOUTS = {
    "aa_ml_diplome": (aa_ml_diplome, FAMILY, ("ML",)),
    "aa_ss_ceremonial": (aa_ss_ceremonial, FAMILY, ("SS",)),
    "aa_pa_diploma": (aa_pa_diploma, FAMILY, ("PA",)),
    "aa_parchment": (aa_parchment, FAMILY, ("HK", "HR")),
}
