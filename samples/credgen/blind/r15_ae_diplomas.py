"""Writer AE, round 15: diplomas for FR, IE, QA, CZ and BA (three designs, the second and third drawn
per country).

ae_fr_dut: FR "DIPLÔME UNIVERSITAIRE DE TECHNOLOGIE" (or the Licence / the Diplôme d'État d'infirmier
    for the other programmes), landscape: "Le Recteur de l'académie de ..., Chancelier des
    universités, vu le code de l'éducation, vu ..., vu le procès-verbal du jury en date du 28 juin
    2016 attestant que Mme ..., née le ... à ..., a satisfait au contrôle des connaissances et des
    aptitudes, le DIPLÔME ... spécialité GÉNIE BIOLOGIQUE option ANALYSES BIOLOGIQUES ET BIOCHIMIQUES
    est délivré à Mme ... pour en jouir avec les droits et prérogatives qui y sont attachés. Fait à
    ..., le 15 septembre 2016"; "Le titulaire", "Le Président de l'université", "Le Recteur"; the
    number "N° 2016 GB 004512". The conferral date printed is the jury's (the truth's conferred).
ae_ie_qa_parchment: IE parchment with the university's name in Irish and English, "Be it known that
    ..., having fulfilled the prescribed conditions, has been awarded the degree of ... Second Class
    Honours, Grade One" (the class from the transcript's Award Mark), "Conferred on 7 November 2018",
    President and Registrar, an embossed seal; QA two halves, the English on the left and the Arabic
    (a picture) on the right: "The Board of Trustees, upon the recommendation of the Faculty, has
    conferred upon ... Given at Doha, State of Qatar, on the fifteenth day of June, two thousand
    eighteen", with the Hijri date.
ae_cz_ba_diplom: CZ "DIPLOM" ("... absolvovala studium v bakalářském studijním programu
    Specializace ve zdravotnictví, studijní obor Zdravotní laborant, a na základě toho se jí uděluje
    akademický titul „bakalář" (ve zkratce „Bc." uváděné před jménem). V Olomouci dne 26. června
    2018", rector and dean, an evidence number); BA "DIPLOMA o završenom prvom ciklusu studija"
    ("... stekla je akademsko zvanje Bakalaureat/Bachelor laboratorijskih tehnologija (180 ECTS)",
    "Broj diplome: 1234/2019", "Datum promocije") with its Cyrillic lines.
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page
from .r15_ae_common import (CZ_MONTHS_GEN, FAMILY, ar_fit, ar_line, by_reading_order, cwrap, dmy, dry_seal, en_date,
                            fr_date, hijri, k, natural, ordinal_en, ring_stamp, sign_block, watermark_crest)

FR_PLACES = ["Dijon", "Chalon-sur-Saône", "Mâcon", "Besançon", "Arras", "Lens", "Béthune", "Lille", "Douai", "Auxerre"]
FR_DEG = {"fr_dut_abb": ("DIPLÔME UNIVERSITAIRE DE TECHNOLOGIE", "spécialité GÉNIE BIOLOGIQUE",
                         "option ANALYSES BIOLOGIQUES ET BIOCHIMIQUES", "vu l'arrêté du 3 août 2005 relatif au diplôme "
                         "universitaire de technologie dans l'espace européen de l'enseignement supérieur", "GB"),
          "fr_lsv": ("DIPLÔME NATIONAL DE LICENCE", "mention SCIENCES DE LA VIE", "",
                     "vu l'arrêté du 30 juillet 2018 relatif au diplôme national de licence", "LI"),
          "fr_dei": ("DIPLÔME D'ÉTAT D'INFIRMIER", "conférant le grade de licence", "",
                     "vu l'arrêté du 31 juillet 2009 relatif au diplôme d'État d'infirmier", "IN")}
HIJRI_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
                "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]
AR_HM = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
         "ذو القعدة", "ذو الحجة"]


# --- FR -------------------------------------------------------------------------------------------
def ae_fr_dut(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    civ = "Mme" if fem else "M."
    nm = f"{person.given} {person.surname.upper()}"
    deg, spec, opt, vu, tag = FR_DEG[cur.id]
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 1.2, 0.4)
    watermark_crest(p, W / 2, H / 2 + 10, 110, 0.92)
    p.text(W / 2, 58, "RÉPUBLIQUE FRANÇAISE", TB, 13, "center")
    p.text(W / 2, 74, "Liberté - Égalité - Fraternité", TI, 9, "center")
    p.text(W / 2, 96, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE", T, 9.5, "center")
    p.text(W / 2, 110, inst.name, T, 9.5, "center")
    p.text(W / 2, 146, deg, TB, 20, "center")
    place = FR_PLACES[k(s, "bp") % len(FR_PLACES)]
    issued = D.add_months(s.conferred, 2 + k(s, "iss") % 2) if hasattr(D, "add_months") else s.conferred
    acad = inst.extra["rector"]
    txt = (f"Le Recteur de l'académie de {acad}, Chancelier des universités, vu le code de l'éducation, {vu}, vu le "
           f"procès-verbal du jury en date du {fr_date(s.conferred)} attestant que {civ} {nm}, "
           f"{'née' if fem else 'né'} le {fr_date(s.dob)} à {place}, a satisfait au contrôle des connaissances et des "
           f"aptitudes,")
    y = cwrap(p, W / 2, 178, txt, T, 11.5, W - 200, 15.5) + 8
    p.text(W / 2, y, f"le {deg}", TB, 13, "center")
    y += 17
    p.text(W / 2, y, spec, TB, 12, "center")
    if opt:
        y += 16
        p.text(W / 2, y, opt, TB, 12, "center")
    y = cwrap(p, W / 2, y + 22, f"est délivré à {civ} {nm} pour en jouir avec les droits et prérogatives qui y sont "
                                f"attachés.", T, 11.5, W - 200, 15.5)
    p.text(W / 2, y + 8, f"Fait à {inst.city}, le {fr_date(issued)}", T, 11.5, "center")
    yb = H - 70
    sign_block(p, rng, 170, yb, "Le titulaire", T, 10, 150)
    sign_block(p, rng, W / 2, yb, "Le Président de l'université", T, 10, 170)
    sign_block(p, rng, W - 170, yb, "Le Recteur", T, 10, 150)
    num = f"N° {s.conferred.year} {tag} {k(s, 'num') % 900000 + 1000:06d}"
    p.text(W - 40, 40, num, T, 9, "right")
    return LayoutResult("diploma", "ae_fr_dut", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": fr_date(s.conferred)})


# --- IE / QA --------------------------------------------------------------------------------------
IE_CLASS = {"First Class Honours": "First Class Honours",
            "Second Class Honours, Grade 1 (2.1)": "Second Class Honours, Grade One",
            "Second Class Honours, Grade 2 (2.2)": "Second Class Honours, Grade Two",
            "Third Class Honours": "Third Class Honours"}


def _ie(s, person, rng):
    from .r15_ae_ie import award_mark, classification
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    p = Page(A4)
    W, H = p.w, p.h
    p.border(26, 1.4, 0.35)
    p.logo(W / 2, 84, 26, 1, 0.3)
    p.text(W / 2, 140, inst.extra["ga"], TI, 15, "center")
    p.text(W / 2, 164, inst.name, TB, 18, "center")
    p.text(W / 2, 230, "Be it known that", TI, 14, "center")
    p.text(W / 2, 266, nm, TB, 22, "center")
    y = cwrap(p, W / 2, 304, "having fulfilled the prescribed conditions, has been awarded the degree of", TI, 13,
              W - 160, 18) + 16
    y = cwrap(p, W / 2, y, cur.title, TB, 16, W - 140, 21)
    cls = IE_CLASS[classification(award_mark(s))]
    p.text(W / 2, y + 8, cls, TB, 14, "center")
    p.text(W / 2, y + 46, f"Conferred on {en_date(s.conferred)}", TI, 12, "center")
    p.text(W / 2, y + 64, "National Framework of Qualifications Level 8", T, 9.5, "center")
    yb = H - 110
    sign_block(p, rng, 150, yb, "President", T, 10.5, 160, inst.extra["pres"])
    sign_block(p, rng, W - 150, yb, "Registrar", T, 10.5, 160, inst.extra["reg"])
    dry_seal(p, W / 2, yb - 10, 38)
    p.text(W / 2, H - 50, f"Parchment No. {s.conferred.year}/{k(s, 'parch') % 90000 + 10000}", T, 8, "center")
    return LayoutResult("diploma", "ae_ie_qa_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": en_date(s.conferred), "classification": cls})


AR_DEG = {"qa_bms": "بكالوريوس العلوم في العلوم الطبية الحيوية", "qa_bio": "بكالوريوس العلوم في العلوم البيولوجية",
          "qa_nur": "بكالوريوس العلوم في التمريض"}


def _qa(s, person, rng):
    from .r15_ae_qa import AR
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 1.6, 0.3)
    p.vline(W / 2, 70, H - 120, 0.4, 0.6)
    p.logo(W / 2, 52, 22, 0, 0.3)
    hw = W / 4
    p.text(hw, 100, inst.name.upper(), TB, 15, "center")
    p.text(hw, 118, "State of Qatar", TI, 10, "center")
    y = cwrap(p, hw, 160, "The Board of Trustees, upon the recommendation of the Faculty, has conferred upon", TI,
              12, W / 2 - 90, 16) + 12
    p.text(hw, y, nm, TB, 17, "center")
    y = cwrap(p, hw, y + 28, "the degree of", TI, 12, W / 2 - 90, 16)
    y = cwrap(p, hw, y + 4, cur.title, TB, 14, W / 2 - 80, 18)
    d = s.conferred
    hy, hm, hd = hijri(d)
    y = cwrap(p, hw, y + 10, f"with all the rights, privileges and honors pertaining thereto. Given at Doha, State of "
                             f"Qatar, on the {D.ordinal_words(d.day)} day of {D.MONTHS[d.month - 1]}, "
                             f"{D.year_words(d.year)}, corresponding to {hd} {HIJRI_MONTHS[hm - 1]} {hy} H.",
              TI, 12, W / 2 - 90, 16)
    # the Arabic half, a picture
    ax = 3 * W / 4
    ar_line(p, ax, 100, AR[inst.name], 17, bold=True)
    ar_line(p, ax, 120, "دولة قطر", 11)
    ar_fit(p, ax, 166, "إن مجلس الأمناء بناء على توصية مجلس الكلية قد منح", 12.5, W / 2 - 90)
    ar_line(p, ax, 200, "الطالب/الطالبة", 13, bold=True)
    ar_line(p, ax, 234, "درجة", 12.5)
    ar_fit(p, ax, 258, AR_DEG[cur.id], 14, W / 2 - 80, bold=True)
    ar_fit(p, ax, 292, "بكل ما يتعلق بها من حقوق وامتيازات", 12.5, W / 2 - 90)
    ar_fit(p, ax, 320, f"حررت في الدوحة بتاريخ {hd} {AR_HM[hm - 1]} {hy} هـ", 12.5, W / 2 - 90)
    yb = H - 70
    sign_block(p, rng, 170, yb, "President", T, 10, 160, inst.extra["pres"])
    sign_block(p, rng, W - 170, yb, "Registrar", T, 10, 160, inst.extra["reg"])
    dry_seal(p, W / 2, yb - 20, 36)
    p.text(60, H - 32, f"Certificate No. {d.year}-{k(s, 'cno') % 90000 + 10000}", T, 8)
    return LayoutResult("diploma", "ae_ie_qa_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{D.ordinal_words(d.day)} day of {D.MONTHS[d.month - 1]}, "
                                                   f"{D.year_words(d.year)}"})


def ae_ie_qa_parchment(s, person, rng):
    return (_qa if s.institution.country == "QA" else _ie)(s, person, rng)


# --- CZ / BA --------------------------------------------------------------------------------------
CZ_OBOR = {"cz_zl": ("Specializace ve zdravotnictví", "Zdravotní laborant"),
           "cz_bio": ("Biologie", ""), "cz_vs": ("Ošetřovatelství", "Všeobecná sestra")}


def _cz(s, person, rng):
    from .r15_ae_cz import cz_fix
    cz_fix(person)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = natural(person)
    prog, obor = CZ_OBOR[cur.id]
    fac = inst.extra["prf"] if cur.id == "cz_bio" else inst.extra["fzv"]
    p = Page(A4)
    W, H = p.w, p.h
    p.border(24, 1.0, 0.4)
    p.logo(W / 2, 80, 26, 2, 0.3)
    p.text(W / 2, 134, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 152, fac, T, 12, "center")
    p.text(W / 2, 220, "DIPLOM", TB, 34, "center")
    p.text(W / 2, 270, nm, TB, 18, "center")
    p.text(W / 2, 290, f"{'narozená' if fem else 'narozený'} {s.dob.day}. {CZ_MONTHS_GEN[s.dob.month - 1]} "
                       f"{s.dob.year}", T, 12, "center")
    ob = f", studijní obor {obor}," if obor else ","
    txt = (f"{'absolvovala' if fem else 'absolvoval'} studium v bakalářském studijním programu {prog}{ob} a na "
           f"základě toho se {'jí' if fem else 'mu'} uděluje akademický titul „bakalář“ (ve zkratce „Bc.“ uváděné "
           f"před jménem).")
    y = cwrap(p, W / 2, 330, txt, T, 12.5, W - 150, 18)
    loc = inst.extra["loc"]
    d = s.conferred
    p.text(W / 2, y + 30, f"V {loc} dne {d.day}. {CZ_MONTHS_GEN[d.month - 1]} {d.year}", T, 12, "center")
    yb = H - 150
    dn = inst.extra["dean_prf"] if cur.id == "cz_bio" else inst.extra["dean"]
    sign_block(p, rng, 150, yb, "děkanka fakulty" if ("Jana" in dn or "Ilona" in dn) else "děkan fakulty", T, 10,
               170, dn)
    sign_block(p, rng, W - 150, yb, "rektor", T, 10, 170, inst.extra["rector"])
    dry_seal(p, W / 2, yb - 10, 34)
    p.text(60, H - 50, f"Evidenční číslo: {k(s, 'ev') % 900 + 100}/{d.year % 100:02d}/{k(s, 'ev2') % 9000 + 1000}",
           T, 9)
    return LayoutResult("diploma", "ae_cz_ba_diplom", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{d.day}. {CZ_MONTHS_GEN[d.month - 1]} {d.year}"})


BA_ZV = {"ba_lt": "Bakalaureat/Bachelor laboratorijskih tehnologija",
         "ba_bio": "Bakalaureat/Bachelor biologije", "ba_znj": "Bakalaureat/Bachelor zdravstvene njege"}


def _ba(s, person, rng):
    from .r15_ae_ba import PROGRAM, cyr, father, TOWNS
    inst, cur = s.institution, s.curriculum
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = natural(person)
    prog, fk = PROGRAM[cur.id]
    p = Page(A4)
    W, H = p.w, p.h
    p.border(22, 1.4, 0.35)
    y = 66
    for lat, size in (("Bosna i Hercegovina", 11), (inst.name, 14), (inst.extra[fk], 12)):
        p.text(W / 2, y, lat, TB, size, "center")
        p.text(W / 2, y + size + 1, cyr(lat), T, size - 1.5, "center")
        y += 2 * size + 8
    p.text(W / 2, y + 40, "DIPLOMA", TB, 30, "center")
    p.text(W / 2, y + 60, "o završenom prvom ciklusu studija", T, 13, "center")
    p.text(W / 2, y + 76, cyr("o završenom prvom ciklusu studija"), T, 11, "center")
    town = TOWNS[k(s, "town") % len(TOWNS)][0]
    y += 120
    p.text(W / 2, y, nm, TB, 18, "center")
    y = cwrap(p, W / 2, y + 28, f"{'kći' if fem else 'sin'} {father(s)}, {'rođena' if fem else 'rođen'} "
                                f"{dmy(s.dob)}. godine u mjestu {town}, završi{'la' if fem else 'o'} je prvi ciklus "
                                f"studija na studijskom programu {prog} i time {'stekla' if fem else 'stekao'} je "
                                f"akademsko zvanje", T, 12.5, W - 150, 18) + 8
    p.text(W / 2, y, f"{BA_ZV[cur.id]} (180 ECTS)", TB, 14, "center")
    d = s.conferred
    prom = D.add_months(d, 4) if hasattr(D, "add_months") else d
    y += 40
    p.text(90, y, f"Datum završetka studija: {dmy(d)}.", T, 11)
    p.text(90, y + 16, f"Broj diplome: {k(s, 'bd') % 9000 + 1000}/{d.year}", T, 11)
    p.text(90, y + 32, f"Datum promocije: {dmy(prom)}.", T, 11)
    yb = H - 120
    sign_block(p, rng, 150, yb, "DEKAN", T, 10, 160, inst.extra["dean"])
    sign_block(p, rng, W - 150, yb, "REKTOR", T, 10, 160, inst.extra["rector"])
    ring_stamp(p, W / 2, yb - 16, 36, f"{inst.name.upper()} * {cyr(inst.name).upper()} *", inst.city)
    return LayoutResult("diploma", "ae_cz_ba_diplom", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{dmy(d)}."})


def ae_cz_ba_diplom(s, person, rng):
    return (_ba if s.institution.country == "BA" else _cz)(s, person, rng)


DIPLOMA_LAYOUTS = {"ae_fr_dut": (ae_fr_dut, FAMILY, ("FR",)),
                   "ae_ie_qa_parchment": (ae_ie_qa_parchment, FAMILY, ("IE", "QA")),
                   "ae_cz_ba_diplom": (ae_cz_ba_diplom, FAMILY, ("CZ", "BA"))}
