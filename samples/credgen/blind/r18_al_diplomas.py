"""Writer AL, round 18: diplomas for EG, CM, SR, TM and GA (four designs).

al_eg_cm_diploma: EG bachelor's certificate, page 1 in Arabic (every line drawn as a picture, the
    holder's name in Arabic letters), page 2 its English version ("The Council of ... University has
    conferred upon <name> the Bachelor's degree of ... with the general grade of Very Good, in the
    session of June 2022, by a decision of the University Council dated 25/07/2022"; the grade is the
    transcript's CGPA estimate); CM bilingual degree, English left / French right ("The Vice-Chancellor
    ... certifies that <name> has been awarded the <degree> ... Second Class Upper, July 2019" / "Le
    Recteur ... certifie que ... le diplôme de ...").
al_sr_getuigschrift: SR "GETUIGSCHRIFT" ("De examencommissie ... verklaart dat <name>, geboren te
    Paramaribo op ..., met goed gevolg het afsluitend examen heeft afgelegd van de opleiding ... en
    verleent de graad Bachelor of Science", "Paramaribo, 15 juli 2018").
al_tm_diplom: TM "DIPLOM" booklet, landscape, Turkmen at the left and Russian at the right ("... 2018-nji
    ýylda ... institutyny tamamlady we oňa ... hünäri boýunça lukman-laborant kämillik derejesi
    berildi"), the registration number and date.
al_ga_diplome: GA "DIPLÔME DE LICENCE PROFESSIONNELLE" (Vu clauses; "... est conféré à M./Mme <name> né(e)
    le ... avec la mention Assez Bien", "Fait à Libreville, le ...", the Rector).
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r18_al_cm import cm_cgpa, klass
from .r18_al_common import (EN_MONTHS, FAMILY, FR_MONTHS, ar_fix, arabic, dmy, dry_seal, fr_date, k, kept_dob, natural,
                            nl_date, round_stamp, sign_block, watermark_crest)
from .r18_al_eg import eg_cgpa, estimate
from .r18_al_ga import PROG as GA_PROG
from .r18_al_ga import ga_mean, mention
from .r18_al_tm import PROG as TM_PROG
from .r18_al_tm import diploma_no, reg_no, tm_surname_first
from .r5_j_eg import AR_NAMES

LANDSCAPE = (A4[1], A4[0])

AR_PARTS = {"Mariam": "مريم", "Nourhan": "نورهان", "Aya": "آية", "Esraa": "إسراء", "Yasmin": "ياسمين",
            "Salma": "سلمى", "Hagar": "هاجر", "Shimaa": "شيماء", "Rana": "رنا", "Ahmed": "أحمد", "Mohamed": "محمد",
            "Mahmoud": "محمود", "Omar": "عمر", "Karim": "كريم", "Mostafa": "مصطفى", "Islam": "إسلام",
            "Hossam": "حسام", "Adel": "عادل", "Ibrahim": "إبراهيم", "Sayed": "سيد", "Tarek": "طارق",
            "Ashraf": "أشرف", "Gamal": "جمال", "Farouk": "فاروق", "El-Sayed": "السيد", "Abdel-Rahman": "عبد الرحمن",
            "Hassan": "حسن", "Mansour": "منصور", "Shehata": "شحاتة", "El-Naggar": "النجار", "Soliman": "سليمان",
            "Abdel-Aziz": "عبد العزيز", "Ramadan": "رمضان", "Fathy": "فتحي", "Zaki": "زكي"}
AR_GRADE = {"Excellent": "ممتاز", "Very Good": "جيد جدا", "Good": "جيد", "Pass": "مقبول"}
AR_DEG = {"eg_bams_mlt": "بكالوريوس تكنولوجيا العلوم الصحية التطبيقية (تكنولوجيا المختبرات الطبية)",
          "eg_bsc_micro_chem": "بكالوريوس العلوم (الميكروبيولوجيا والكيمياء)", "eg_bnurs": "بكالوريوس علوم التمريض"}


def ar_name(person):
    return " ".join(AR_PARTS.get(x, x) for x in (person.given, person.middle, person.surname) if x)


def para(p, cx, y, s, font, size, maxw, lead):
    for ln in wrap(s, font, size, maxw):
        p.text(cx, y, ln, font, size, "center")
        y += lead
    return y


# --- EG and CM ------------------------------------------------------------------------------------
def _eg(s, person, rng):
    inst, cur = s.institution, s.curriculum
    nm = natural(person)
    grade = estimate(eg_cgpa(s))
    sess = s.conferred.replace(day=1) - dt.timedelta(days=20)
    council = s.conferred
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W = p.w
    p.border(24, 1.6, 0.3)
    watermark_crest(p, W / 2, 80, 28, 0.3)
    arabic(p, W / 2, 150, "جمهورية مصر العربية", 13)
    arabic(p, W / 2, 176, AR_NAMES.get(inst.name, "الجامعة"), 18, bold=True)
    arabic(p, W / 2, 230, "شهادة", 24, bold=True)
    arabic(p, W / 2, 280, "يشهد مجلس الجامعة بأن", 14)
    arabic(p, W / 2, 315, ar_name(person), 18, bold=True)
    arabic(p, W / 2, 350, "قد حصل على درجة", 14)
    arabic(p, W / 2, 385, ar_fix(AR_DEG.get(cur.id, "درجة البكالوريوس")), 14, bold=True)
    arabic(p, W / 2, 420, f"بتقدير عام {AR_GRADE[grade]}", 14)
    arabic(p, W / 2, 455, ar_fix(f"دور {sess.month}/{sess.year}"), 14)
    arabic(p, W / 2, 490, ar_fix(f"بقرار مجلس الجامعة بتاريخ {council.day}/{council.month}/{council.year}"), 13)
    arabic(p, 140, 640, "عميد الكلية", 12)
    arabic(p, W - 140, 640, "رئيس الجامعة", 12)
    p.signature(90, 680, 100, rng)
    p.signature(W - 190, 680, 100, rng)
    dry_seal(p, W / 2, 660, 40)
    q = Page(A4)
    q.border(24, 1.0, 0.4)
    q.text(W / 2, 80, "Arab Republic of Egypt", T, 12, "center")
    q.text(W / 2, 100, inst.name, TB, 16, "center")
    q.text(W / 2, 150, "CERTIFICATE", TB, 20, "center")
    q.text(W / 2, 168, "(English version)", TI, 10, "center")
    body = (f"The Council of {inst.name} has conferred upon {nm} the Bachelor's degree of "
            f"{cur.title.replace('Bachelor of ', '')} with the general grade of {grade}, in the session of "
            f"{EN_MONTHS[sess.month - 1]} {sess.year}, by a decision of the University Council dated {dmy(council)}.")
    y = para(q, W / 2, 230, body, T, 13, W - 150, 22)
    q.text(W / 2, y + 20, f"Student ID: {s.student_no}", T, 10, "center")
    sign_block(q, rng, 150, 620, "Dean of the Faculty", T, 10, 150)
    sign_block(q, rng, W - 150, 620, "President of the University", T, 10, 160)
    q.text(W / 2, 700, "Issued without erasure or alteration.", TI, 9, "center")
    return LayoutResult("diploma", "al_eg_cm_diploma", FAMILY, [p, q], [nm])


def _cm(s, person, rng):
    inst, cur = s.institution, s.curriculum
    nm = natural(person).upper()
    cls = klass(cm_cgpa(s))
    d = s.conferred
    fr_cls = {"First Class": "Première Classe", "Second Class Upper": "Deuxième Classe Supérieure",
              "Second Class Lower": "Deuxième Classe Inférieure", "Third Class": "Troisième Classe",
              "Pass": "Passable"}[cls]
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE)
    W, H = LANDSCAPE
    p.border(20, 2.0, 0.3)
    watermark_crest(p, W / 2, 70, 30, 0.3)
    p.text(W / 4, 60, "REPUBLIC OF CAMEROON", TB, 10, "center")
    p.text(3 * W / 4, 60, "RÉPUBLIQUE DU CAMEROUN", TB, 10, "center")
    p.text(W / 4, 80, inst.name.upper(), TB, 12, "center")
    p.text(3 * W / 4, 80, inst.extra.get("fr", inst.name).upper(), TB, 12, "center")
    p.vline(W / 2, 120, H - 110, 0.5, 0.5)
    the = "the " if inst.name.startswith("University") else ""
    en = (f"The Vice-Chancellor of {the}{inst.name} certifies that {nm} has been awarded the {cur.title}, "
          f"{cls}, {EN_MONTHS[d.month - 1]} {d.year}, having satisfied all the requirements of the programme.")
    fr = (f"Le Recteur de l'{inst.extra.get('fr', inst.name)} certifie que {nm} a obtenu le diplôme de "
          f"{cur.title}, {fr_cls}, {FR_MONTHS[d.month - 1]} {d.year}, ayant satisfait à toutes les exigences "
          f"du programme.")
    p.text(W / 4, 140, "DEGREE CERTIFICATE", TB, 15, "center")
    p.text(3 * W / 4, 140, "DIPLÔME", TB, 15, "center")
    para(p, W / 4, 190, en, T, 12, W / 2 - 80, 19)
    para(p, 3 * W / 4, 190, fr, T, 12, W / 2 - 80, 19)
    p.text(W / 2, H - 130, f"Matricule: {s.student_no}", T, 9, "center")
    sign_block(p, rng, W / 4, H - 70, "The Registrar / Le Chef de la Scolarité", T, 9, 190)
    sign_block(p, rng, 3 * W / 4, H - 70, "The Vice-Chancellor / Le Recteur", T, 9, 190)
    dry_seal(p, W / 2, H - 90, 34)
    return LayoutResult("diploma", "al_eg_cm_diploma", FAMILY, [p], [nm])


def eg_cm_diploma(s, person, rng):
    return (_eg if s.institution.country == "EG" else _cm)(s, person, rng)


# --- SR -----------------------------------------------------------------------------------------
def sr_getuigschrift(s, person, rng):
    inst, cur = s.institution, s.curriculum
    nm = natural(person)
    dob = kept_dob(person) or s.dob
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = A4
    p.border(26, 1.4, 0.35)
    from .r18_al_common import colour_logo
    colour_logo(p, W / 2 - 24, 50, 48, 42, inst.extra["logo"], 0)
    p.text(W / 2, 116, inst.name, TB, 14, "center")
    p.text(W / 2, 170, "GETUIGSCHRIFT", TB, 24, "center")
    graad = "Bachelor of Science" if cur.field != "nursing" else "Bachelor of Nursing"
    art = "het" if inst.name.startswith("Polytechnisch") else "de"
    body = (f"De examencommissie van de opleiding {cur.title} van {art} {inst.name} verklaart dat {nm}, geboren te "
            f"Paramaribo op {nl_date(dob)}, met goed gevolg het afsluitend examen heeft afgelegd van de opleiding "
            f"{cur.title} ({cur.years * 60} studiepunten), en verleent de graad {graad}.")
    y = para(p, W / 2, 240, body, T, 13, W - 140, 21)
    p.text(W / 2, y + 30, f"Paramaribo, {nl_date(s.conferred)}", T, 12, "center")
    sign_block(p, rng, 160, H - 150, "Voorzitter examencommissie", T, 10, 160)
    sign_block(p, rng, W - 160, H - 150, "Directeur", T, 10, 160, inst.extra["dir"])
    round_stamp(p, W / 2, H - 160, 32, 0.45)
    p.text(W / 2, H - 60, f"Studentnummer {s.student_no}", T, 9, "center")
    return LayoutResult("diploma", "al_sr_getuigschrift", FAMILY, [p], [nm])


# --- TM -----------------------------------------------------------------------------------------
def tm_diplom(s, person, rng):
    inst, cur = s.institution, s.curriculum
    nm = tm_surname_first(person)
    prog = TM_PROG[cur.id]
    d = s.conferred
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p = Page(LANDSCAPE)
    W, H = LANDSCAPE
    p.vline(W / 2, 20, H - 20, 0.4, 0.6)
    a, b = W / 4, 3 * W / 4
    for cx, title in ((a, "TÜRKMENISTAN"), (b, "ТУРКМЕНИСТАН")):
        watermark_crest(p, cx, 60, 22, 0.3)
        p.text(cx, 104, title, SB, 11, "center")
        p.text(cx, 130, "DIPLOM" if cx == a else "ДИПЛОМ", SB, 22, "center")
        p.text(cx, 150, diploma_no(s), S, 10, "center")
    suf = "ni" if inst.name.endswith("i") else "ny"
    tk = (f"Şu diplom {nm} diýip berildi, ol {d.year}-nji ýylda {inst.name}{suf} tamamlady we oňa "
          f"{prog[0]} hünäri boýunça {prog[2]} kämillik derejesi berildi.")
    ru = (f"Настоящий диплом выдан {nm} в том, что он(а) в {d.year} году окончил(а) {inst.extra['ru']} и ему (ей) "
          f"присвоена квалификация {prog[3]} по специальности «{prog[1]}».")
    para(p, a, 200, tk, S, 11, W / 2 - 80, 17)
    para(p, b, 200, ru, S, 11, W / 2 - 80, 17)
    for cx, lab, lab2 in ((a, "Hasaba alyş belgisi", "Berlen senesi"), (b, "Регистрационный номер", "Дата выдачи")):
        p.text(cx, H - 170, f"{lab}: {reg_no(s)}", S, 9.5, "center")
        p.text(cx, H - 156, f"{lab2}: {d.strftime('%d.%m.%Y')}", S, 9.5, "center")
    sign_block(p, rng, a, H - 80, "Rektor / Ректор", S, 9, 150, inst.extra["rector"])
    sign_block(p, rng, b, H - 80, "Dekan / Декан", S, 9, 150, inst.extra["dean"])
    round_stamp(p, W / 2 + 70, H - 100, 32, 0.45)
    return LayoutResult("diploma", "al_tm_diplom", FAMILY, [p], [nm])


# --- GA -----------------------------------------------------------------------------------------
def ga_diplome(s, person, rng):
    inst, cur = s.institution, s.curriculum
    prog = GA_PROG[cur.id]
    nm = f"{person.surname.upper()} {' '.join(x for x in (person.given, person.middle) if x)}"
    dob = kept_dob(person) or s.dob
    civ = "Mme" if person.sex == "F" else "M."
    ne = "née" if person.sex == "F" else "né"
    men = mention(ga_mean(s))
    iss = s.conferred + dt.timedelta(days=60 + k(s, "dipl") % 60)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE)
    W, H = LANDSCAPE
    p.border(18, 2.2, 0.3)
    p.text(60, 50, "RÉPUBLIQUE GABONAISE", TB, 10)
    p.text(60, 62, "Union – Travail – Justice", TI, 9)
    p.text(W - 60, 50, inst.name, TB, 10, "right")
    watermark_crest(p, W / 2, 60, 26, 0.3)
    kind = "PROFESSIONNELLE" if "Professionnelle" in cur.title else ""
    p.text(W / 2, 112, f"DIPLÔME DE LICENCE {kind}".strip(), TB, 20, "center")
    y = 140
    for v in ("Vu la loi portant organisation de l'enseignement supérieur en République Gabonaise;",
              "Vu le décret portant application du système Licence-Master-Doctorat (LMD);",
              f"Vu l'arrêté portant habilitation de la {cur.title} à l'{inst.name};",
              f"Vu le procès-verbal du jury de délibération de l'année universitaire "
              f"{s.conferred.year - 1}-{s.conferred.year};"):
        p.text(70, y, v, T, 10)
        y += 14
    body = (f"Le diplôme de {cur.title.split(' en ')[0].split(' Sciences')[0]}, Domaine: {prog[2]}, Mention: {prog[3]}, "
            f"est conféré à {civ} {nm}, {ne} le {fr_date(dob)}, avec la mention {men}.")
    y = para(p, W / 2, y + 30, body, T, 13, W - 160, 20)
    p.text(W / 2, y + 18, f"Fait à {inst.city}, le {fr_date(iss)}", T, 11, "center")
    sign_block(p, rng, 180, H - 70, "Le Titulaire", T, 9, 140)
    sign_block(p, rng, W / 2, H - 70, "Le Doyen", T, 9, 140, inst.extra["doyen"])
    sign_block(p, rng, W - 180, H - 70, "Le Recteur", T, 9, 160, inst.extra["rector"])
    dry_seal(p, W - 260, H - 100, 34)
    return LayoutResult("diploma", "al_ga_diplome", FAMILY, [p], [nm])


DIPLOMA_LAYOUTS = {"al_eg_cm_diploma": (eg_cm_diploma, FAMILY, ("EG", "CM")),
                   "al_sr_getuigschrift": (sr_getuigschrift, FAMILY, ("SR",)),
                   "al_tm_diplom": (tm_diplom, FAMILY, ("TM",)),
                   "al_ga_diplome": (ga_diplome, FAMILY, ("GA",))}
