"""Writer AF, round 15: diplomas for IL, CY, PR, CG and AU (three designs, the first and third drawn per
country).

af_il_cy_diploma: IL the Hebrew diploma (every Hebrew line drawn as a picture; the name in Latin
    letters as on a foreign student's diploma) with its English translation page stapled behind ("The
    Senate of ... University, on the recommendation of the Faculty of Medicine, hereby confers upon ...
    the degree of Bachelor of Science in Medical Laboratory Sciences, With Distinction ... Jerusalem,
    Tevet 5779, December 2018", the Rector, the President, the Dean), certified at its foot by a notary
    with his stamp; CY a parchment in English with the Greek version below ("The Senate of ...
    University hereby confers upon ... the degree of Bachelor of Science in Medical Laboratory
    Science, with all the rights and privileges thereto pertaining. Given at Nicosia, Cyprus, this
    30th day of June 2017"), Rector and Registrar, the seal.
af_pr_diploma: PR "La Junta de Gobierno de la Universidad ..., a propuesta del Claustro de la Escuela
    de Profesiones de la Salud, confiere a ... el CERTIFICADO POST BACHILLERATO EN TECNOLOGÍA MÉDICA
    con todos los derechos, honores y privilegios ... Dado en San Juan, Puerto Rico, a 30 de junio de
    2015", the Rector and the Dean.
af_cg_au_diploma: CG the state diploma ("RÉPUBLIQUE DU CONGO ... Le Ministre de l'Enseignement
    Technique et Professionnel ... vu le procès-verbal du jury de l'Examen d'État, session de juillet
    2015, délivre à M./Mlle ..., né(e) le ... à ..., le DIPLÔME D'ÉTAT D'ASSISTANT SANITAIRE option
    Biologie Médicale avec la mention Assez-Bien. Fait à Brazzaville, le ..."); AU the testamur ("The
    Council of ... University has conferred upon ... the degree of Bachelor of Biomedical Science
    (Laboratory Medicine) with Distinction ... on 12 December 2018", Chancellor and Vice-Chancellor, a
    testamur number).
The honours printed (distinction, classification, mention) are the ones the candidate's transcript
computes from the same results (the transcript layout is run on a private RNG to read them).
Every design prints the conferral date of the studies.
"""

import datetime as dt
import random

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, LETTER, Page, wrap
from .r15_af_common import (EN_MONTHS, FAMILY, GR_MONTHS_GEN, HEB_MONTHS, by_reading_order, dry_seal, en_date, es_date, fr_date,
                            hebrew_line, hebrew_year, k, natural, ordinal_en, round_stamp, sign_block,
                            star_seal, watermark_crest)
from . import r15_af_au as AU
from . import r15_af_cg as CG
from . import r15_af_cy as CY
from . import r15_af_il as IL

LANDSCAPE_LETTER = (LETTER[1], LETTER[0])


def cwrap(p, x, y, s, font, size, w, lead):
    for ln in wrap(s, font, size, w):
        p.text(x, y, ln, font, size, "center")
        y += lead
    return y


def info_of(fn, s, person):
    return fn(s, person, random.Random(0)).info


# --- IL -------------------------------------------------------------------------------------------
HEB_LETTERS_UNITS = " אבגדהוזחט"
HEB_LETTERS_TENS = " יכלמנסעפצ"
HEB_MONTH_NAMES = {"Tishrei": "תשרי", "Heshvan": "חשון", "Kislev": "כסלו", "Tevet": "טבת", "Shevat": "שבט",
                   "Adar": "אדר", "Nisan": "ניסן", "Iyar": "אייר", "Sivan": "סיון", "Tammuz": "תמוז", "Av": "אב",
                   "Elul": "אלול"}
HE_DEGREE = {"il_mls": ("בוגר במדעים", "במדעי המעבדה הרפואית"),
             "il_bio": ("בוגר במדעים", "בביולוגיה"),
             "il_nurs": ("בוגר באמנויות", "בסיעוד")}
HE_FAC = {"Medicine": "הפקולטה לרפואה", "Life Sciences": "הפקולטה למדעי החיים"}
HE_CITY = {"Jerusalem": "ירושלים", "Kfar Saba": "כפר סבא"}
EN_DEGREE = {"il_mls": "Bachelor of Science in Medical Laboratory Sciences", "il_bio": "Bachelor of Science in Biology",
             "il_nurs": "Bachelor of Arts in Nursing"}
NOTARIES = [("Adv. Yaakov Shalev", "14 King George Street, Jerusalem", "21873"),
            ("Adv. Dalia Harari-Mor", "3 Weizmann Street, Kfar Saba", "19044"),
            ("Adv. Eliezer Ben-Ami", "40 Jaffa Road, Jerusalem", "23310")]


def heb_year(n):
    """Hebrew numeral of a year without its thousands: 5779 -> ה'תשע"ט."""
    n %= 1000
    out = ""
    h = n // 100
    while h >= 4:
        out += "ת"
        h -= 4
    out += {0: "", 1: "ק", 2: "ר", 3: "ש"}[h]
    rest = n % 100
    if rest == 15:
        out += "טו"
    elif rest == 16:
        out += "טז"
    else:
        out += HEB_LETTERS_TENS[rest // 10].strip() + HEB_LETTERS_UNITS[rest % 10].strip()
    return "ה'" + (out[:-1] + "\"" + out[-1] if len(out) > 1 else out + "'")


def _il(s, person, rng):
    inst, cu = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    fac = IL.FACULTY[cu.id][0]
    dist = info_of(IL.il_transcript, s, person).get("distinction", "")
    d = s.conferred
    hmonth = HEB_MONTHS[d.month - 1]
    hy = hebrew_year(d)
    # page 1: the Hebrew diploma
    p = Page(A4)
    W, H = p.w, p.h
    p.border(28, 1.4, 0.35)
    watermark_crest(p, W / 2, 150, 40, 0.6)
    hebrew_line(p, W / 2, 240, inst.extra["he"], 22, bold=True)
    hebrew_line(p, W / 2, 290, "הסנאט", 16, bold=True)
    hebrew_line(p, W / 2, 318, f"על פי המלצת {HE_FAC[fac]}", 14)
    hebrew_line(p, W / 2, 346, "מעניק בזה ל", 14)
    p.text(W / 2, 384, nm, TB, 20, "center")
    hebrew_line(p, W / 2, 420, "את התואר", 14)
    a, b = HE_DEGREE[cu.id]
    hebrew_line(p, W / 2, 456, a, 18, bold=True)
    hebrew_line(p, W / 2, 484, b, 18, bold=True)
    if dist:
        hebrew_line(p, W / 2, 516, "בהצטיינות יתרה" if "Great" in dist else "בהצטיינות", 15, bold=True)
    hebrew_line(p, W / 2, 560, f"{HE_CITY[inst.city]}, {HEB_MONTH_NAMES[hmonth]} {heb_year(hy)}", 13)
    yb = H - 150
    for x, t in ((120, "הרקטור"), (W / 2, "הנשיא"), (W - 120, "הדיקן")):
        p.signature(x - 50, yb - 4, 90, rng)
        p.hline(x - 60, x + 60, yb, 0.5)
        hebrew_line(p, x, yb + 16, t, 11)
    dry_seal(p, W / 2, yb - 70, 34, 0.55)
    p.text(W - 60, H - 50, f"No. {k(s, 'dipno') % 900000 + 100000}", T, 9, "right")
    # page 2: the translation, certified by a notary
    q = Page(A4)
    L, R = 64, W - 64
    q.text(W / 2, 70, "TRANSLATION FROM HEBREW", TB, 12, "center")
    q.text(W / 2, 100, inst.name, TB, 16, "center")
    q.text(W / 2, 130, "The Senate", TB, 13, "center")
    fac_en = f"the Faculty of {fac}"
    y = cwrap(q, W / 2, 160, f"of {inst.name}, on the recommendation of {fac_en}, hereby confers upon", T, 12,
              R - L, 17)
    q.text(W / 2, y + 12, nm, TB, 15, "center")
    y = cwrap(q, W / 2, y + 40, f"the degree of {EN_DEGREE[cu.id]}" + (f", {dist}" if dist else ""), T, 12,
              R - L, 17)
    y = cwrap(q, W / 2, y + 4, "with all the rights and privileges pertaining thereto.", T, 12, R - L, 17)
    q.text(W / 2, y + 14, f"{inst.city}, {hmonth} {hy}, {EN_MONTHS[d.month - 1]} {d.year}",
           T, 12, "center")
    y += 64
    q.pieces(y, [(120, "(signed)", "center"), (W / 2, "(signed)", "center"), (W - 120, "(signed)", "center")], TI, 10)
    q.pieces(y + 14, [(120, "Rector", "center"), (W / 2, "President", "center"), (W - 120, "Dean", "center")], T, 10)
    q.text(W / 2, y + 36, "[Seal of the University]", TI, 10, "center")
    q.hline(L, R, y + 56, 0.6)
    nn, addr, lic = NOTARIES[k(s, "not") % len(NOTARIES)]
    cert_date = d + dt.timedelta(days=200 + k(s, "nd") % 900)
    y = q.paragraph(L, y + 76, f"I, the undersigned, {nn}, Notary, of {addr}, Israel, hereby certify that the "
                               f"foregoing translation from the Hebrew language into the English language is a "
                               f"correct translation of the original document in Hebrew, which was produced to me "
                               f"and which is marked with the letter \"A\".", T, 10.5, R - L, 14.5)
    y = q.paragraph(L, y + 6, f"In witness whereof I hereby affix my signature and seal this {ordinal_en(cert_date.day)} "
                              f"day of {en_date(cert_date).split(' ', 1)[1]}.", T, 10.5, R - L, 14.5)
    q.text(L, y + 14, f"Notary License No. {lic}", T, 9.5)
    q.text(L, y + 28, f"Fee paid: {140 + k(s, 'fee') % 60} NIS (including VAT)", T, 9.5)
    sign_block(q, rng, R - 90, y + 70, "Notary", T, 10, 150, nn)
    round_stamp(q, R - 210, y + 56, 34, 0.4)
    return LayoutResult("diploma", "af_il_cy_diploma", FAMILY, by_reading_order([p, q]), [nm],
                        info={"conferred_printed": f"{hmonth} {hy}"})


def _cy(s, person, rng):
    inst, cu = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 1.6, 0.4)
    watermark_crest(p, W / 2, 70, 28, 0.45)
    p.text(W / 2, 126, inst.name, TB, 24, "center")
    d = s.conferred
    deg = CY.TITLE[cu.id].replace("BSc in", "Bachelor of Science in")
    y = cwrap(p, W / 2, 160, f"The Senate of {inst.name} hereby confers upon", TI, 13, W - 200, 18)
    p.text(W / 2, y + 12, nm, TB, 20, "center")
    y = cwrap(p, W / 2, y + 40, f"the degree of {deg}, with all the rights and privileges thereto pertaining.",
              TI, 13, W - 200, 18)
    y = cwrap(p, W / 2, y + 2, f"Given at {inst.city}, Cyprus, this {ordinal_en(d.day)} day of "
                               f"{en_date(d).split(' ', 1)[1]}", TI, 13, W - 200, 18)
    p.hline(W / 2 - 120, W / 2 + 120, y + 4, 0.4, 0.5)
    gy = y + 26
    gr_deg = CY.TITLE_GR[cu.id]
    gy = cwrap(p, W / 2, gy, f"Η Σύγκλητος του {inst.extra['gr_gen']} "
                             f"απονέμει στον/στην", T, 11, W - 220, 15)
    gy = cwrap(p, W / 2, gy, f"{gr_deg}, με όλα τα δικαιώματα και προνόμια που απορρέουν από αυτό.", T, 11, W - 220, 15)
    cwrap(p, W / 2, gy, f"Δόθηκε στη {'Λευκωσία' if inst.city == 'Nicosia' else 'Λεμεσό'}, Κύπρος, σήμερα "
                        f"{d.day} {GR_MONTHS_GEN[d.month - 1]} {d.year}", T, 11, W - 220, 15)
    yb = H - 62
    sign_block(p, rng, 200, yb, "Rector / Πρύτανης", T, 10, 170)
    sign_block(p, rng, W - 200, yb, "Registrar / Πρωτοκολλητής", T, 10, 170)
    dry_seal(p, W / 2, yb - 22, 34, 0.5)
    p.text(W - 40, H - 32, f"Reg. No. {d.year}/{k(s, 'reg') % 9000 + 1000}", T, 8, "right")
    return LayoutResult("diploma", "af_il_cy_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"this {ordinal_en(d.day)} day of {en_date(d).split(' ', 1)[1]}"})


def af_il_cy_diploma(s, person, rng):
    return _il(s, person, rng) if s.institution.country == "IL" else _cy(s, person, rng)


# --- PR -------------------------------------------------------------------------------------------
PR_TITLE = {"pr_mt": "CERTIFICADO POST BACHILLERATO EN TECNOLOGÍA MÉDICA",
            "pr_bio": "BACHILLERATO EN CIENCIAS CON CONCENTRACIÓN EN BIOLOGÍA",
            "pr_nurs": "BACHILLERATO EN CIENCIAS DE ENFERMERÍA"}
PR_SCHOOL = {"pr_mt": "la Escuela de Profesiones de la Salud", "pr_bio": "la Facultad de Ciencias Naturales",
             "pr_nurs": "la Escuela de Enfermería"}


def af_pr_diploma(s, person, rng):
    inst, cu = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    p = Page(LANDSCAPE_LETTER)
    W, H = p.w, p.h
    p.border(24, 1.4, 0.35)
    star_seal(p, W / 2, 66, 24, 0.35)
    p.text(W / 2, 118, inst.name, TB, 26, "center")
    p.text(W / 2, 140, inst.extra["recinto"].title().replace(" De ", " de ").replace(" La ", " la "), TI, 14, "center")
    y = cwrap(p, W / 2, 176, f"La Junta de Gobierno de la {inst.name}, a propuesta del Claustro de "
                             f"{PR_SCHOOL[cu.id]}, confiere a", T, 13, W - 180, 18)
    p.text(W / 2, y + 16, nm, TB, 22, "center")
    p.text(W / 2, y + 46, "el", T, 13, "center")
    p.text(W / 2, y + 72, PR_TITLE[cu.id], TB, 16, "center")
    y = cwrap(p, W / 2, y + 100, "con todos los derechos, honores y privilegios que a este título corresponden. "
                                 "En testimonio de lo cual se expide el presente diploma.", T, 13, W - 180, 18)
    p.text(W / 2, y + 8, f"Dado en San Juan, Puerto Rico, a {es_date(s.conferred)}", TI, 13, "center")
    yb = H - 66
    sign_block(p, rng, 190, yb, "Rector(a)", T, 10.5, 180)
    sign_block(p, rng, W - 190, yb, "Decano(a)", T, 10.5, 180)
    dry_seal(p, W / 2, yb - 22, 32, 0.5)
    return LayoutResult("diploma", "af_pr_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": es_date(s.conferred)})


# --- CG and AU -----------------------------------------------------------------------------------
CG_PLACES = ["Brazzaville", "Pointe-Noire", "Dolisie", "Nkayi", "Owando", "Impfondo", "Ouesso", "Madingou",
             "Sibiti", "Kinkala"]


def _cg(s, person, rng):
    inst, cu = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    printed = CG.cg_name(person)
    men = info_of(CG.cg_transcript, s, person).get("mention", "Passable")
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.0, 0.3)
    p.text(150, 56, "RÉPUBLIQUE DU CONGO", TB, 12, "center")
    p.text(150, 70, "Unité * Travail * Progrès", TI, 10, "center")
    minis = "Le Ministre de l'Enseignement Technique et Professionnel" if cu.level == "diploma" else \
        "Le Ministre de l'Enseignement Supérieur"
    p.text(W - 190, 56, CG.MIN_TECH if cu.level == "diploma" else CG.MIN_SUP, TB, 9, "center")
    p.text(W - 190, 70, inst.name, T, 9, "center")
    title = {"cg_bm": ("DIPLÔME D'ÉTAT D'ASSISTANT SANITAIRE", "option Biologie Médicale"),
             "cg_inf": ("DIPLÔME D'ÉTAT D'INFIRMIER", ""),
             "cg_bio": ("DIPLÔME DE LICENCE", "mention Sciences de la Vie, parcours Biologie")}[cu.id]
    exam = "l'Examen d'État" if cu.level == "diploma" else "l'examen de licence"
    p.text(W / 2, 112, title[0], TB, 20, "center")
    y = 146
    p.text(W / 2, y, minis + ",", T, 12, "center")
    y = cwrap(p, W / 2, y + 18, f"vu le procès-verbal du jury de {exam}, session de juillet {s.conferred.year},",
              T, 12, W - 200, 16)
    p.text(W / 2, y + 2, "délivre à", T, 12, "center")
    p.text(W / 2, y + 22, "Mademoiselle" if fem else "Monsieur", TI, 12, "center")
    p.text(W / 2, y + 44, printed, TB, 16, "center")
    place = CG_PLACES[k(s, "bp") % len(CG_PLACES)]
    p.text(W / 2, y + 66, f"{'née' if fem else 'né'} le {s.dob.strftime('%d/%m/%Y')} à {place},", T, 12, "center")
    p.text(W / 2, y + 92, "le " + title[0], TB, 14, "center")
    if title[1]:
        p.text(W / 2, y + 110, title[1], TB, 12, "center")
    p.text(W / 2, y + 132, f"avec la mention {men}.", T, 12, "center")
    issue = s.conferred
    p.text(W / 2, y + 158, f"Fait à Brazzaville, le {fr_date(issue)}", T, 12, "center")
    yb = H - 60
    sign_block(p, rng, 190, yb, "Le Titulaire", T, 10, 150)
    sign_block(p, rng, W - 190, yb, "Le Ministre", T, 10, 170)
    round_stamp(p, W - 250, yb - 18, 34, 0.35)
    p.text(50, H - 30, f"N° {k(s, 'cgno') % 90000 + 10000}/METP/DEC", T, 8.5)
    return LayoutResult("diploma", "af_cg_au_diploma", FAMILY, by_reading_order([p]), [printed],
                        info={"conferred_printed": fr_date(issue)})


def _au(s, person, rng):
    inst, cu = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    dist = info_of(AU.au_transcript, s, person).get("distinction")
    p = Page(A4)
    W, H = p.w, p.h
    watermark_crest(p, W / 2, 110, 36, 0.4)
    p.text(W / 2, 200, inst.name, TB, 24, "center")
    y = cwrap(p, W / 2, 260, f"The Council of {inst.name} has conferred upon", TI, 14, W - 140, 20)
    p.text(W / 2, y + 24, nm, TB, 22, "center")
    p.text(W / 2, y + 64, "the degree of", TI, 14, "center")
    prog = AU.PROG[cu.id][0]
    y = cwrap(p, W / 2, y + 96, prog, TB, 17, W - 120, 22)
    if dist:
        p.text(W / 2, y + 4, "with Distinction", TB, 15, "center")
        y += 22
    y = cwrap(p, W / 2, y + 16, "having satisfied the requirements prescribed for that degree, on", TI, 13,
              W - 140, 18)
    p.text(W / 2, y + 4, en_date(s.conferred), TI, 14, "center")
    yb = H - 140
    sign_block(p, rng, 160, yb, "Chancellor", T, 11, 170)
    sign_block(p, rng, W - 160, yb, "Vice-Chancellor", T, 11, 170)
    dry_seal(p, W / 2, yb - 20, 32, 0.55)
    p.text(W / 2, H - 60, f"Testamur No. {s.conferred.year}{k(s, 'tno') % 10 ** 6:06d}", T, 8.5, "center")
    return LayoutResult("diploma", "af_cg_au_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": en_date(s.conferred)})


def af_cg_au_diploma(s, person, rng):
    return _au(s, person, rng) if s.institution.country == "AU" else _cg(s, person, rng)


DIPLOMA_LAYOUTS = {"af_il_cy_diploma": (af_il_cy_diploma, FAMILY, ("IL", "CY")),
                   "af_pr_diploma": (af_pr_diploma, FAMILY, ("PR",)),
                   "af_cg_au_diploma": (af_cg_au_diploma, FAMILY, ("CG", "AU"))}
