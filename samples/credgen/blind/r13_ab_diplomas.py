"""Writer AB, round 13: diplomas for TG, AE, GT, NL and MD (four designs).

ab_tg_diplome: TG "DIPLÔME DE LICENCE PROFESSIONNELLE" (or "DIPLÔME DE LICENCE"), landscape, with
    "RÉPUBLIQUE TOGOLAISE - Travail - Liberté - Patrie": "Le Président de l'Université ..., Vu ...;
    Vu ...; Vu le procès-verbal du jury ... confère le grade de Licence professionnelle, Domaine ...,
    Mention Biologie Médicale, à M./Mme AKAKPO Afi, né(e) le ... à ...", "Mention : Bien" (the
    transcript's average), "Délivré à Lomé, le 22 novembre 2019", registration number.
ab_ae_two_panel: AE landscape diploma in two panels: English on the left ("Upon the recommendation of
    the faculty ... has conferred upon ... the degree of Bachelor of Science in Medical Laboratory
    Sciences with all the rights, honors and privileges thereto appertaining. Given at Dubai this
    twentieth day of June, two thousand nineteen"), Arabic on the right drawn as pictures, with the
    Hijri date beside it in digits (text).
ab_gt_nl_titulo: GT "TÍTULO" ("... confiere el título de QUÍMICA BIÓLOGA en el grado académico de
    Licenciada ... Guatemala, 12 de marzo de 2019", rector, secretary general, dean); NL "GETUIGSCHRIFT"
    ("De examencommissie ... verklaart dat ..., geboren op ... te ..., met goed gevolg het examen heeft
    afgelegd van de bacheloropleiding ... en dat aan haar de graad Bachelor of Science is verleend",
    "Utrecht, 3 juli 2019").
ab_md_diploma: MD bilingual "DIPLOMĂ DE LICENȚĂ / ДИПЛОМ ЛИЦЕНЦИАТА", series and number (the same
    as the supplement's), "Chișinău, 28 iunie 2019" / "Кишинёв, 28 июня 2019 г."
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page
from .r13_ab_common import (ES_MONTHS, FAMILY, NL_MONTHS, RO_MONTHS, RU_MONTHS_GEN, arabic_line, by_reading_order,
                            cwrap, cyrillic_safe, dry_seal, fr_date, hijri, k, nl_date, round_stamp, sign_block,
                            star_seal, watermark_crest)


# --- TG -------------------------------------------------------------------------------------------
def tg_mention(s):
    from .r13_ab_tg import mention_of, tg_rows
    rows = tg_rows(s)
    avgs = []
    for i in rows:
        ws = sum(r.spec.credits * m for r, m, _ in rows[i])
        wc = sum(r.spec.credits for r, m, _ in rows[i])
        avgs.append(ws / wc)
    return mention_of(sum(avgs) / len(avgs))


def ab_tg_diplome(s, person, rng):
    from .r13_ab_tg import DEG, born_place, tg_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    grade, mention, domaine, parcours = DEG[cur.id]
    nm = tg_name(person)
    fem = person.sex == "F"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 1.6, 0.3)
    watermark_crest(p, W / 2, H / 2 + 20, 140)
    p.pieces(52, [(70, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", "left", TB, 9),
                  (W - 70, "RÉPUBLIQUE TOGOLAISE", "right", TB, 10)])
    p.pieces(64, [(70, "ET DE LA RECHERCHE", "left", TB, 9), (W - 70, "Travail - Liberté - Patrie", "right", TI, 9)])
    p.logo(W / 2, 66, 20, 1, 0.3)
    p.text(W / 2, 108, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 138, f"DIPLÔME DE {grade.upper()}", TB, 24, "center")
    y = 166
    vus = [f"Le Président de l'{inst.name},",
           "Vu la loi portant orientation de l'enseignement supérieur et de la recherche ;",
           "Vu le décret n° 2008-063/PR portant organisation des études selon le système Licence-Master-Doctorat ;",
           f"Vu le procès-verbal du jury de délibération en date du {fr_date(s.conferred.replace(month=7, day=18))} ;"]
    for v in vus:
        p.text(110, y, v, T if v.startswith("Vu") else TB, 10.5)
        y += 15
    y += 6
    y = cwrap(p, W / 2, y, f"confère le grade de {grade} - Domaine : {domaine} - Mention : {mention} - "
                           f"Parcours : {parcours}", T, 12, W - 200, 16) + 6
    p.text(W / 2, y, f"à {'Mme' if fem else 'M.'} {nm}", TB, 15, "center")
    y += 18
    p.text(W / 2, y, f"né{'e' if fem else ''} le {fr_date(s.dob)} à {born_place(s)} (Togo)", T, 11.5, "center")
    y += 22
    p.text(W / 2, y, f"Mention : {tg_mention(s)}", TB, 12.5, "center")
    y += 20
    p.text(W / 2, y, f"Délivré à {inst.extra['city']}, le {fr_date(s.conferred)}", TI, 11.5, "center")
    yb = H - 72
    sign_block(p, rng, 180, yb, "L'intéressé(e)", T, 9.5, 140)
    sign_block(p, rng, W / 2, yb, "Le Directeur", T, 9.5, 150, inst.extra["inst"].split(" (")[0]
               if cur.id != "tg_bio" else inst.extra["fst"])
    sign_block(p, rng, W - 180, yb, "Le Président de l'Université", T, 9.5, 170, inst.extra["pres"])
    round_stamp(p, W - 250, yb - 16, 28, 0.42)
    p.text(60, H - 36, f"N° d'enregistrement : {inst.extra['short']}/L/{s.conferred.year}/{k(s, 'reg') % 90000 + 10000}",
           T, 8.5)
    return LayoutResult("diploma", "ab_tg_diplome", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": fr_date(s.conferred)})


# --- AE -------------------------------------------------------------------------------------------
AR_DEG = {"ae_mls": "درجة البكالوريوس في علوم المختبرات الطبية", "ae_bio": "درجة البكالوريوس في علم الأحياء",
          "ae_nur": "درجة البكالوريوس في التمريض"}
AR_CITY = {"Dubai": "دبي", "Sharjah": "الشارقة"}


def ab_ae_two_panel(s, person, rng):
    from .r13_ab_ae import ae_arabic_name, ae_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = ae_name(person).upper()
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 1.8, 0.25)
    p.vline(W / 2, 60, H - 60, 0.6, 0.5)
    watermark_crest(p, W / 2, H / 2, 120)
    cx = W / 4
    p.logo(cx, 62, 20, 1, 0.3)
    p.text(cx, 104, inst.name, TB, 15, "center")
    y = cwrap(p, cx, 134, f"Upon the recommendation of the faculty of the {inst.extra['college']} and by virtue of "
                          f"the authority vested in it, the Board of Trustees of {inst.name} has conferred upon",
              TI, 11, W / 2 - 90, 15) + 12
    p.text(cx, y, nm, TB, 15, "center")
    y += 26
    p.text(cx, y, "the degree of", TI, 11, "center")
    y += 20
    y = cwrap(p, cx, y, cur.title, TB, 14, W / 2 - 90, 17) + 6
    y = cwrap(p, cx, y, f"with all the rights, honors and privileges thereto appertaining. Given at "
                        f"{inst.extra['emirate']} this {D.words_day_of(s.conferred)}.", TI, 11, W / 2 - 90, 15)
    # Arabic panel (pictures), the Hijri date in digits as text beside it
    ax = W * 3 / 4
    arabic_line(p, ax, 104, inst.extra["ar"], 15, bold=True)
    lines = ["بناءً على توصية مجلس الكلية", "وبموجب الصلاحيات المخولة له", "يمنح مجلس الأمناء"]
    y2 = 138
    for ln in lines:
        arabic_line(p, ax, y2, ln, 12)
        y2 += 20
    arabic_line(p, ax, y2 + 6, ae_arabic_name(person), 15, bold=True)
    y2 += 40
    arabic_line(p, ax, y2, AR_DEG[cur.id], 13, bold=True)
    y2 += 24
    arabic_line(p, ax, y2, "مع كافة الحقوق والامتيازات المتعلقة بها", 12)
    y2 += 28
    hy, hm, hd = hijri(s.conferred)
    arabic_line(p, ax + 40, y2, f"حررت في {AR_CITY.get(inst.extra['emirate'], 'دبي')} بتاريخ", 12, align="left")
    p.text(ax + 34, y2, f"{hy}/{hm:02d}/{hd:02d}", T, 11.5, "right")
    arabic_line(p, ax - 60, y2, "هـ", 12, align="right")
    yb = H - 70
    sign_block(p, rng, 170, yb, "President", T, 10, 150)
    sign_block(p, rng, W / 2, yb, "Chairman of the Board of Trustees", T, 10, 190)
    sign_block(p, rng, W - 170, yb, "Dean, " + inst.extra["college"], T, 10, 190)
    star_seal(p, W / 2 - 140, yb - 20, 30)
    return LayoutResult("diploma", "ab_ae_two_panel", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": D.words_day_of(s.conferred)})


# --- GT / NL --------------------------------------------------------------------------------------
GT_TIT = {"gt_qb": (("QUÍMICA BIÓLOGA", "QUÍMICO BIÓLOGO"), ("Licenciada", "Licenciado")),
          "gt_bio": (("BIÓLOGA", "BIÓLOGO"), ("Licenciada", "Licenciado")),
          "gt_nur": (("ENFERMERA PROFESIONAL", "ENFERMERO PROFESIONAL"), ("Licenciada en Enfermería",
                                                                          "Licenciado en Enfermería"))}


def _gt(s, person, rng):
    from .r13_ab_gt import FAC, gt_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = gt_name(person).upper()
    f = 0 if person.sex == "F" else 1
    tit, grado = GT_TIT[cur.id][0][f], GT_TIT[cur.id][1][f]
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.5, 0.3)
    watermark_crest(p, W / 2, H / 2, 150)
    p.logo(W / 2, 60, 22, 1, 0.3)
    p.text(W / 2, 104, inst.name.upper(), TB, 17, "center")
    p.text(W / 2, 134, "TÍTULO", TB, 26, "center")
    city = "Guatemala" if inst.city == "Ciudad de Guatemala" else inst.city
    y = cwrap(p, W / 2, 164, f"La {inst.name}, por cuanto", TI, 12, W - 200, 16)
    p.text(W / 2, y + 8, nm, TB, 17, "center")
    y += 32
    y = cwrap(p, W / 2, y, f"ha cumplido con los requisitos que establecen los estatutos y reglamentos de la "
                           f"{FAC[cur.id]}, le confiere el título de", TI, 12, W - 200, 16) + 6
    p.text(W / 2, y + 6, tit, TB, 16, "center")
    y += 26
    y = cwrap(p, W / 2, y, f"en el grado académico de {grado}, con todos los derechos y privilegios que las leyes "
                           f"y reglamentos le otorgan.", TI, 12, W - 200, 16) + 8
    p.text(W / 2, y, f"{city}, {s.conferred.day} de {ES_MONTHS[s.conferred.month - 1]} de {s.conferred.year}", T, 12,
           "center")
    yb = H - 70
    sign_block(p, rng, 190, yb, "Secretario General", T, 10, 160)
    sign_block(p, rng, W / 2, yb, "Rector", T, 10, 160)
    sign_block(p, rng, W - 190, yb, "Decano", T, 10, 160)
    dry_seal(p, W / 2 - 120, yb - 14, 30)
    p.text(W - 60, H - 34, f"Registro No. {k(s, 'tit') % 90000 + 10000}, Folio {k(s, 'fol') % 400 + 1}", T, 8.5,
           "right")
    return LayoutResult("diploma", "ab_gt_nl_titulo", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{s.conferred.day} de {ES_MONTHS[s.conferred.month - 1]} de "
                                                   f"{s.conferred.year}"})


NL_OPL = {"nl_bml": ("Biologie en Medisch Laboratoriumonderzoek", "Bachelor of Science", "34397"),
          "nl_bio": ("Biologie", "Bachelor of Science", "56860"),
          "nl_nur": ("Verpleegkunde", "Bachelor of Nursing", "34560")}
NL_BORN = ["Utrecht", "Amersfoort", "Zwolle", "Groningen", "Arnhem", "Leeuwarden", "Nijmegen", "Apeldoorn"]


def _nl(s, person, rng):
    from .r13_ab_nl import nl_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = nl_name(person)
    opl, graad, croho = NL_OPL[cur.id]
    born = NL_BORN[k(s, "born") % len(NL_BORN)]
    haar = "haar" if person.sex == "F" else "hem"
    p = Page(A4)
    W, H = p.w, p.h
    p.logo(W / 2, 70, 20, 0, 0.35)
    p.text(W / 2, 118, inst.name, TB, 16, "center")
    p.text(W / 2, 172, "GETUIGSCHRIFT", TB, 24, "center")
    kind = "bacheloropleiding" if cur.id != "nl_bio" else "bacheloropleiding (wetenschappelijk onderwijs)"
    y = cwrap(p, W / 2, 214, f"De examencommissie van de opleiding {opl} van {inst.name} verklaart dat", T, 12,
              W - 150, 18) + 10
    p.text(W / 2, y, nm, TB, 16, "center")
    y += 24
    p.text(W / 2, y, f"geboren op {nl_date(s.dob)} te {born},", T, 12, "center")
    y += 26
    y = cwrap(p, W / 2, y, f"met goed gevolg het examen heeft afgelegd van de {kind} {opl} (Croho {croho}), "
                           f"en dat aan {haar} de graad", T, 12, W - 150, 18) + 6
    p.text(W / 2, y, graad, TB, 15, "center")
    y += 22
    p.text(W / 2, y, "is verleend.", T, 12, "center")
    y += 36
    p.text(W / 2, y, f"{inst.city}, {nl_date(s.conferred)}", T, 12, "center")
    yb = y + 100
    sign_block(p, rng, W * 0.3, yb, "voorzitter examencommissie", T, 10, 160)
    sign_block(p, rng, W * 0.7, yb, "secretaris examencommissie", T, 10, 160)
    dry_seal(p, W / 2, yb + 60, 30)
    p.text(60, H - 50, f"Diplomanummer: {inst.extra['croho']}-{k(s, 'dipl') % 900000 + 100000}", T, 8.5)
    return LayoutResult("diploma", "ab_gt_nl_titulo", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": nl_date(s.conferred)})


def ab_gt_nl_titulo(s, person, rng):
    return (_gt if s.institution.country == "GT" else _nl)(s, person, rng)


# --- MD -------------------------------------------------------------------------------------------
MD_TIT = {"md_mls": ("Licențiat în Medicină de laborator", "Лиценциат в области лабораторной медицины"),
          "md_bio": ("Licențiat în științe ale naturii", "Лиценциат естественных наук"),
          "md_nur": ("Licențiat în Asistență medicală", "Лиценциат в области сестринского дела")}


def ab_md_diploma(s, person, rng):
    with cyrillic_safe():
        return _md(s, person, rng)


def _md(s, person, rng):
    from .r13_ab_md import SPEC, md_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = md_name(person)
    spec_ro, spec_ru, _, _ = SPEC[cur.id]
    tit_ro, tit_ru = MD_TIT[cur.id]
    fem = person.sex == "F"
    d = s.conferred
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 1.4, 0.3)
    watermark_crest(p, W / 2, H / 2, 140)
    p.pieces(52, [(70, "REPUBLICA MOLDOVA", "left", TB, 11), (W - 70, "РЕСПУБЛИКА МОЛДОВА", "right", TB, 11)])
    p.logo(W / 2, 56, 18, 1, 0.3)
    p.text(W / 2, 100, "DIPLOMĂ DE LICENȚĂ", TB, 22, "center")
    p.text(W / 2, 122, "ДИПЛОМ ЛИЦЕНЦИАТА", TB, 17, "center")
    serie = f"{k(s, 'ser') % 900000 + 100000:07d}"
    p.text(W / 2, 142, f"Seria LMD nr. {serie} / Серия LMD № {serie}", T, 10.5, "center")
    y = 172
    p.text(W / 2, y, "Prezenta diplomă se eliberează / Настоящий диплом выдан", TI, 11, "center")
    y += 22
    p.text(W / 2, y, nm, TB, 16, "center")
    y += 22
    ab_ro, ab_ru = ("care a absolvit", "окончившей") if fem else ("care a absolvit", "окончившему")
    p.text(W / 2, y, f"{ab_ro} în anul {d.year} {inst.name}", T, 11, "center")
    y += 15
    p.text(W / 2, y, f"{ab_ru} в {d.year} году {inst.extra['ru']}", TI, 10.5, "center")
    y += 20
    p.text(W / 2, y, f"specialitatea {spec_ro} / специальность {spec_ru}", T, 11, "center")
    y += 20
    p.text(W / 2, y, "și i s-a conferit titlul / и присвоено звание", TI, 11, "center")
    y += 20
    p.text(W / 2, y, tit_ro, TB, 14, "center")
    y += 17
    p.text(W / 2, y, tit_ru, TB, 12, "center")
    y += 26
    p.text(W / 2, y, f"{inst.extra['city']}, {d.day} {RO_MONTHS[d.month - 1]} {d.year} / {inst.extra['city_ru']}, "
                     f"{d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year} г.", T, 10.5, "center")
    yb = H - 76
    sign_block(p, rng, 200, yb, "Rector / Ректор", T, 10, 170, inst.extra["rector"])
    sign_block(p, rng, W - 200, yb, "Decan / Декан", T, 10, 170)
    round_stamp(p, 330, yb - 14, 32, 0.42)
    p.text(70, H - 40, f"Nr. de înregistrare / Регистрационный № {k(s, 'inr') % 9000 + 1000}", T, 8.5)
    return LayoutResult("diploma", "ab_md_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{d.day} {RO_MONTHS[d.month - 1]} {d.year}"})


DIPLOMA_LAYOUTS = {"ab_tg_diplome": (ab_tg_diplome, FAMILY, ("TG",)),
                   "ab_ae_two_panel": (ab_ae_two_panel, FAMILY, ("AE",)),
                   "ab_gt_nl_titulo": (ab_gt_nl_titulo, FAMILY, ("GT", "NL")),
                   "ab_md_diploma": (ab_md_diploma, FAMILY, ("MD",))}
