"""Writer AD, round 14: diplomas for BI, SG, BH, PH and NG (four designs).

ad_bi_diplome: BI landscape "DIPLÔME DE BACHELIER": "RÉPUBLIQUE DU BURUNDI - UNIVERSITÉ ...", "Nous,
    Recteur de l'Université ..., vu le procès-verbal de délibération du jury du ..., conférons à
    [NAME], né(e) à ... le ..., le grade académique de BACHELIER EN TECHNIQUES DE LABORATOIRE MÉDICAL
    avec la mention DISTINCTION (the mention of the last year's relevé). Fait à Bujumbura, le 12
    décembre 2016"; the dean (or director) and the rector sign, round stamp.
ad_sg_bh_certificate: SG English landscape certificate ("This is to certify that NAME has been awarded
    the DIPLOMA IN BIOMEDICAL SCIENCE WITH MERIT ... 4 May 2018", the Principal & CEO signs); BH
    bilingual degree certificate (English left, Arabic right half as pictures, "... hereby certifies
    that ... has been awarded the degree of Bachelor of Science in Medical Laboratory Sciences with all
    the rights and privileges pertaining thereto. Given at Sakhir, Kingdom of Bahrain, on the 20th day
    of June 2019", "corresponding to 17 Shawwal 1440 H").
ad_ph_be_it_known: PH Latin-flavoured English diploma ("Be it known that NAME having satisfactorily
    completed the course of study prescribed ... is hereby granted the degree of BACHELOR OF SCIENCE IN
    MEDICAL TECHNOLOGY with all the rights, honors and privileges thereunto appertaining. Given in the
    City of ..., Philippines, this 5th day of April, in the year of our Lord two thousand eighteen.")
ad_ng_senate: NG certificate ("We the Vice-Chancellor and Senate of ... hereby certify that NAME having
    satisfied all the requirements was admitted to the degree of BACHELOR OF MEDICAL LABORATORY
    SCIENCE (B.MLS) SECOND CLASS HONOURS (UPPER DIVISION) ... Given under the Common Seal of the
    University this 14th day of December, 2017").
The truth's conferral date is the date the diploma prints."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import LANDSCAPE_A4, Page
from .r14_ad_common import (FAMILY, ar_fit, ar_line, dry_seal, k, by_reading_order, cwrap, fr_date, hijri, ordinal_en, round_stamp,
                            sign_block, star_seal, watermark_crest)


# --- BI -------------------------------------------------------------------------------------------
def ad_bi_diplome(s, person, rng):
    from .r14_ad_bi import born_place, bi_name, delib_date, faculty, year_results
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = bi_name(person)
    fem = person.sex == "F"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.8, 0.3)
    watermark_crest(p, W / 2, H / 2 + 10, 130)
    p.text(W / 2, 62, "RÉPUBLIQUE DU BURUNDI", TB, 12, "center")
    p.text(W / 2, 80, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 95, faculty(s), TI, 11, "center")
    p.logo(90, 80, 24, 1, 0.3)
    p.text(W / 2, 132, "DIPLÔME DE BACHELIER", TB, 24, "center")
    delib = delib_date(s)
    y = 166
    y = cwrap(p, W / 2, y, f"Nous, Recteur de l'{inst.name}, vu le procès-verbal de délibération du jury du "
                           f"{fr_date(delib)}, conférons à", T, 13, W - 200, 18) + 8
    p.text(W / 2, y, f"{'Madame' if fem else 'Monsieur'} {nm}", TB, 17, "center")
    y += 22
    p.text(W / 2, y, f"né{'e' if fem else ''} à {born_place(s)} le {fr_date(s.dob)},", T, 13, "center")
    y += 22
    p.text(W / 2, y, "le grade académique de", T, 13, "center")
    y += 24
    grade = cur.title.replace("Baccalauréat en", "Bachelier en").upper()
    y = cwrap(p, W / 2, y, grade, TB, 16, W - 180, 20)
    mention = year_results(s)[-1][1]
    p.text(W / 2, y + 4, f"avec la mention {mention.upper()}.", TB, 13, "center")
    y += 30
    p.text(W / 2, y, f"Fait à {inst.extra['city']}, le {fr_date(s.conferred)}", TI, 13, "center")
    yb = H - 78
    sign_block(p, rng, 190, yb, "Le Doyen" if "Faculté" in faculty(s) else "Le Directeur", T, 10.5, 170,
               inst.extra["doyen"])
    sign_block(p, rng, W - 190, yb, "Le Recteur", T, 10.5, 170, inst.extra["rect"])
    round_stamp(p, W - 290, yb - 18, 32, 0.42)
    p.text(60, H - 38, f"Diplôme n° {s.student_no}/{s.conferred.year}", T, 8.5)
    return LayoutResult("diploma", "ad_bi_diplome", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": fr_date(s.conferred)})


# --- SG / BH --------------------------------------------------------------------------------------
def _sg(s, person, rng):
    from .r14_ad_sg import merit, sg_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = sg_name(person)
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(26, 1.2, 0.45, double=False)
    p.logo(W / 2, 70, 24, 2, 0.2)
    p.text(W / 2, 122, inst.name, TB, 24, "center")
    p.text(W / 2, 168, "This is to certify that", TI, 14, "center")
    p.text(W / 2, 200, nm, TB, 20, "center")
    p.text(W / 2, 232, "has been awarded the", TI, 14, "center")
    award = cur.title.upper() + (" WITH MERIT" if merit(s) else "")
    y = cwrap(p, W / 2, 266, award, TB, 19, W - 200, 24)
    y = cwrap(p, W / 2, y + 4, f"having completed the prescribed course of study at the "
                               f"{inst.extra['school'] if cur.id != 'sg_dnur' else inst.extra['hs']}",
              TI, 13, W - 220, 17)
    p.text(W / 2, y + 14, D.long_dmy(s.conferred), T, 14, "center")
    yb = H - 88
    sign_block(p, rng, W / 2, yb, "Principal & Chief Executive Officer", T, 11, 220, inst.extra["ceo"])
    p.text(60, H - 42, f"Certificate No. {inst.extra['short']}/{s.conferred.year}/{s.student_no}", T, 8.5)
    return LayoutResult("diploma", "ad_sg_bh_certificate", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": D.long_dmy(s.conferred)})


HIJRI_EN = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
            "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah", "Dhu al-Hijjah"]
HIJRI_AR = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
            "ذو القعدة", "ذو الحجة"]
AR_DEG = {"bh_mls": "بكالوريوس العلوم في علوم المختبرات الطبية", "bh_bio": "بكالوريوس العلوم في علم الأحياء",
          "bh_nur": "بكالوريوس العلوم في التمريض"}
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر"]


def _bh(s, person, rng):
    from .r14_ad_bh import bh_ar_name, bh_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = bh_name(person).upper()
    d = s.conferred
    hy, hm, hd = hijri(d)
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 1.6, 0.3)
    p.vline(W / 2, 84, H - 110, 0.5, 0.55)
    watermark_crest(p, W / 2, H / 2 - 10, 110)
    p.logo(W / 2, 52, 20, 1, 0.3)
    cx, ax = W / 4 + 6, W * 3 / 4 - 6
    p.text(cx, 96, inst.name, TB, 17, "center")
    p.text(cx, 114, "Kingdom of Bahrain", TI, 11, "center")
    y = cwrap(p, cx, 146, f"The {inst.name} hereby certifies that", TI, 12, W / 2 - 80, 16) + 8
    y = cwrap(p, cx, y, nm, TB, 15, W / 2 - 70, 18) + 6
    y = cwrap(p, cx, y, "has been awarded the degree of", TI, 12, W / 2 - 80, 16) + 4
    y = cwrap(p, cx, y, cur.title, TB, 14, W / 2 - 80, 18) + 4
    y = cwrap(p, cx, y, f"with all the rights and privileges pertaining thereto. Given at {inst.city}, Kingdom of "
                        f"Bahrain, on the {ordinal_en(d.day)} day of {D.MONTHS[d.month - 1]} {d.year},", TI, 12,
              W / 2 - 80, 16)
    y = cwrap(p, cx, y, f"corresponding to {hd} {HIJRI_EN[hm - 1]} {hy} H.", TI, 12, W / 2 - 80, 16)
    ar_line(p, ax, 96, inst.extra["ar"], 17, bold=True)
    ar_line(p, ax, 114, "مملكة البحرين", 11)
    y2 = 146
    for ln in ("تشهد " + inst.extra["ar"] + " بأن", bh_ar_name(person), "قد منح درجة", AR_DEG[cur.id],
               "مع كافة الحقوق والامتيازات المتعلقة بها",
               f"حررت في {inst.extra['ar_city']} بتاريخ {hd} {HIJRI_AR[hm - 1]} {hy} هـ",
               f"الموافق {d.day} {AR_MONTHS[d.month - 1]} {d.year} م"):
        bold = ln in (bh_ar_name(person), AR_DEG[cur.id])
        ar_fit(p, ax, y2, ln, 14 if bold else 12, W / 2 - 70, bold=bold)
        y2 += 24
    yb = H - 70
    sign_block(p, rng, 170, yb, "Dean, " + (inst.extra["sci"] if cur.id == "bh_bio" else inst.extra["college"]), T, 9.5,
               230)
    sign_block(p, rng, W - 170, yb, "President of the University", T, 9.5, 190, inst.extra["pres"])
    star_seal(p, W / 2, yb - 18, 32)
    return LayoutResult("diploma", "ad_sg_bh_certificate", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{ordinal_en(d.day)} day of {D.MONTHS[d.month - 1]} {d.year}"})


def ad_sg_bh_certificate(s, person, rng):
    if s.institution.country == "SG":
        return _sg(s, person, rng)
    return _bh(s, person, rng)


# --- PH -------------------------------------------------------------------------------------------
def ad_ph_be_it_known(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x).upper()
    d = s.conferred
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.0, 0.25)
    p.border(30, 0.6, 0.4, double=False, corners=False)
    watermark_crest(p, W / 2, H / 2 + 10, 120)
    p.logo(W / 2, 66, 24, 1, 0.25)
    p.text(W / 2, 116, inst.name.upper(), TB, 20, "center")
    p.text(W / 2, 132, f"{inst.city}, Philippines", TI, 11, "center")
    y = 162
    p.text(W / 2, y, "Be it known that", TI, 14, "center")
    y += 30
    p.text(W / 2, y, nm, TB, 20, "center")
    y += 26
    y = cwrap(p, W / 2, y, "having satisfactorily completed the course of study prescribed by the Board of Trustees "
                           "upon the recommendation of the Faculty, is hereby granted the degree of", TI, 12.5, W - 220,
              16) + 8
    y = cwrap(p, W / 2, y, cur.title.upper(), TB, 17, W - 200, 20) + 4
    city = inst.city.replace(" City", "")
    yw = D.year_words(d.year)
    y = cwrap(p, W / 2, y, f"with all the rights, honors and privileges thereunto appertaining. Given in the City of "
                           f"{city}, Philippines, this {ordinal_en(d.day)} day of {D.MONTHS[d.month - 1]}, in the year "
                           f"of our Lord {yw}.", TI, 12.5, W - 220, 16)
    yb = H - 70
    sign_block(p, rng, 180, yb, "Dean", T, 10, 150)
    sign_block(p, rng, W / 2, yb, "University Registrar", T, 10, 160)
    sign_block(p, rng, W - 180, yb, "University President", T, 10, 160)
    dry_seal(p, W / 2 - 120, yb - 20, 34)
    return LayoutResult("diploma", "ad_ph_be_it_known", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{ordinal_en(d.day)} day of {D.MONTHS[d.month - 1]}, {yw}"})


# --- NG -------------------------------------------------------------------------------------------
NG_ABBR = {"ng_bmls": "(B.MLS)", "ng_bnsc": "(B.N.Sc.)", "ng_bsc_micro": "(B.Sc.)", "ng_bsc_biochem": "(B.Sc.)"}
NG_HON = {"FIRST CLASS": "FIRST CLASS HONOURS", "SECOND CLASS UPPER DIVISION": "SECOND CLASS HONOURS (UPPER DIVISION)",
          "SECOND CLASS LOWER DIVISION": "SECOND CLASS HONOURS (LOWER DIVISION)", "THIRD CLASS": "THIRD CLASS HONOURS",
          "PASS": "PASS"}


def ad_ng_senate(s, person, rng):
    from .r14_ad_ng import ng_cgpa, ng_class
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = " ".join(x for x in (person.surname.upper(), person.given, person.middle) if x)
    d = s.conferred
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 2.2, 0.2)
    watermark_crest(p, W / 2, H / 2 + 20, 130)
    p.logo(W / 2, 64, 26, 1, 0.2)
    p.text(W / 2, 120, inst.name.upper(), TB, 22, "center")
    y = 156
    y = cwrap(p, W / 2, y, f"We the Vice-Chancellor and Senate of {inst.name} hereby certify that", TI, 13, W - 220,
              17) + 8
    p.text(W / 2, y, nm, TB, 19, "center")
    y += 26
    y = cwrap(p, W / 2, y, "having satisfied all the requirements was admitted to the degree of", TI, 13, W - 220, 17) + 6
    y = cwrap(p, W / 2, y, f"{cur.title.upper()} {NG_ABBR.get(cur.id, '')}".strip(), TB, 16, W - 180, 20)
    y = cwrap(p, W / 2, y, NG_HON[ng_class(ng_cgpa(s))], TB, 14, W - 200, 18) + 6
    y = cwrap(p, W / 2, y, f"with all the rights and privileges thereto. Given under the Common Seal of the University "
                           f"this {ordinal_en(d.day)} day of {D.MONTHS[d.month - 1]}, {d.year}.", TI, 13, W - 220, 17)
    yb = H - 72
    sign_block(p, rng, 190, yb, "Vice-Chancellor", T, 10.5, 170)
    sign_block(p, rng, W - 190, yb, "Registrar", T, 10.5, 170)
    round_stamp(p, W / 2, yb - 14, 34, 0.35)
    p.text(60, H - 38, f"No. {k(s, 'cert') % 900000 + 100000}", T, 9)
    return LayoutResult("diploma", "ad_ng_senate", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{ordinal_en(d.day)} day of {D.MONTHS[d.month - 1]}, {d.year}"})


DIPLOMA_LAYOUTS = {"ad_ph_be_it_known": (ad_ph_be_it_known, FAMILY, ("PH",)),
                   "ad_ng_senate": (ad_ng_senate, FAMILY, ("NG",)),
                   "ad_bi_diplome": (ad_bi_diplome, FAMILY, ("BI",)),
                   "ad_sg_bh_certificate": (ad_sg_bh_certificate, FAMILY, ("SG", "BH"))}
