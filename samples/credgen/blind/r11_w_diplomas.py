"""Writer W, round 11: diplomas for SY, CD, MG, PG and AZ (four designs).

w_sy_degree: SY bilingual degree certificate, English at the left and the Arabic lines (pictures) at
    the right of each heading; "This is to certify that ... has been awarded the Licence (Bachelor)
    degree in Medical Laboratories from the Faculty of Health Sciences with the grade Good (70.12 %)
    ... for the academic year 2017/2018"; the date of issue printed apart from the academic year; the
    university president's signature, a round stamp.
w_diplome_vu: CD "DIPLÔME DE LICENCIÉ EN SCIENCES BIOMÉDICALES" (the Licence after the Graduat) or
    "DIPLÔME DE GRADUÉ EN TECHNIQUES MÉDICALES, Option : ..." (three-year graduat), "avec Distinction",
    "Fait à Bukavu, le 12 novembre 2018", "N° d'enregistrement"; MG "DIPLÔME DE LICENCE", the "Vu"
    clauses of the decrees, "Mention : Sciences Biologiques, Parcours : Biologie Médicale".
w_az_diplom: AZ "BAKALAVR DİPLOMU" in Azerbaijani (İxtisas, date day.month.year) followed in the same
    PDF by its English translation page ("BACHELOR'S DIPLOMA ... Specialty"), the name spelt the
    translator's way.
w_parchment: PG "The Council of the University ... hereby certifies that ... having completed the
    prescribed course of study, was admitted to the degree of Bachelor of Medical Laboratory Science at
    a Congregation held on the 14th day of April 2018", Chancellor and Registrar.
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r11_w_common import (EN_MONTHS, FAMILY, FR_MONTHS, arabic, az_latin, az_safe, by_reading_order, dry_seal, k,
                           round_stamp, sign_block, star_seal)


# --- SY ---------------------------------------------------------------------------------------------

def w_sy_degree(s, person, rng):
    from .r11_w_sy import faculty, grade_word, sy_years
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    p.border(22, 2.0, 0.3)
    fac, far, prog = faculty(s)
    _, gavg = sy_years(s)
    last = s.terms[-1].start_year
    p.text(L, 66, "Syrian Arab Republic", TB, 12)
    p.text(L, 82, inst.name, TB, 13)
    p.text(L, 97, fac, T, 11)
    arabic(p, R, 66, "الجمهورية العربية السورية", 12, bold=True, align="right")
    arabic(p, R, 84, inst.extra["ar"], 13, bold=True, align="right")
    arabic(p, R, 100, far, 11, align="right")
    star_seal(p, W / 2, 84, 26, 0.35, points=7)
    p.text(L, 150, "DEGREE CERTIFICATE", TB, 22)
    arabic(p, R, 150, "شهادة تخرج", 20, bold=True, align="right")
    p.text(L, 176, f"No. {k(s, 'cert') % 90000 + 10000}/{s.conferred.year}", T, 10)
    nm = person.full
    txt = (f"This is to certify that {'Ms.' if person.sex == 'F' else 'Mr.'} {nm}, born on "
           f"{s.dob.strftime('%d/%m/%Y')}, has been awarded the Licence (Bachelor) degree in {prog} from the "
           f"{fac} with the grade {grade_word(gavg)} ({gavg:.2f} %) after successfully completing the requirements of "
           f"the four-year programme, for the academic year {last}/{last + 1}.")
    y = p.paragraph(L, 214, txt, T, 13.5, (R - L) * 0.62, 21)
    arabic(p, R, 214, "تشهد الجامعة بأن الطالب المذكور", 11, align="right")
    arabic(p, R, 236, "قد نال درجة الإجازة", 11, align="right")
    arabic(p, R, 258, "بتقدير " + {"Excellent": "ممتاز", "Very Good": "جيد جدا", "Good": "جيد",
                                   "Acceptable": "مقبول"}[grade_word(gavg)], 11, align="right")
    p.text(L, y + 14, "This certificate is issued to the holder upon request to be used where necessary.", TI, 11)
    p.text(L, H - 92, f"Date of issue: {s.conferred.strftime('%d/%m/%Y')}", T, 11)
    sign_block(p, rng, R - 120, H - 84, "President of the University", TB, 11, 200)
    arabic(p, R - 120, H - 52, "رئيس الجامعة", 10)
    round_stamp(p, R - 200, H - 96, 34, 0.42)
    return LayoutResult("diploma", "w_sy_degree", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash"})


# --- CD, MG ------------------------------------------------------------------------------------------

def _cd_mention(s):
    from .r11_w_cd import cote, mention
    t = s.terms[-1]
    i = len(s.terms) - 1
    tp = tm = 0
    for j, r in enumerate(t.results):
        pond = int(r.spec.credits) // 15
        tp += cote(s, i, j, r) * pond
        tm += 20 * pond
    return mention(round(100 * tp / tm, 1))


def w_diplome_vu(s, person, rng):
    return _cd(s, person, rng) if s.institution.country == "CD" else _mg(s, person, rng)


def _de(month):
    return ("d'" if month[0] in "aeiouéè" else "de ") + month


def _cd(s, person, rng):
    from .r11_w_cd import cd_name, coat_of_arms
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.4, 0.25)
    p.rect(32, 32, W - 64, H - 64, 0.6, 0.4)
    fem = person.sex == "F"
    coat_of_arms(p, W / 2, 70, 17)
    p.text(W / 2, 112, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", TB, 13, "center")
    p.text(W / 2, 127, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET UNIVERSITAIRE", T, 10.5, "center")
    p.text(W / 2, 142, inst.extra["short"] if inst.kind == "institute" else inst.name.upper(), TB, 11, "center")
    if cur.id == "cd_lic":
        title, opt, grade = "DIPLÔME DE LICENCIÉ EN SCIENCES BIOMÉDICALES", "Option : Techniques de Laboratoire", \
            f"{'Licenciée' if fem else 'Licencié'} en Sciences Biomédicales"
    elif cur.id == "cd_bio":
        title, opt, grade = "DIPLÔME DE LICENCIÉ EN SCIENCES", "Orientation : Biologie", \
            f"{'Licenciée' if fem else 'Licencié'} en Sciences Biologiques"
    else:
        title, opt, grade = "DIPLÔME DE GRADUÉ EN TECHNIQUES MÉDICALES", "Option : Sciences Infirmières", \
            f"{'Graduée' if fem else 'Gradué'} en Techniques Médicales"
    p.text(W / 2, 180, title, TB, 20, "center")
    p.text(W / 2, 200, opt, TI, 13, "center")
    nm = cd_name(person)
    mention = _cd_mention(s)
    txt = ("Nous, Directeur Général, vu la loi-cadre de l'enseignement national, vu les procès-verbaux des "
           f"délibérations du jury de la session {_de(FR_MONTHS[s.conferred.month - 2])} {s.conferred.year}, attestons que "
           f"{'Madame' if fem else 'Monsieur'} {nm}, {'née' if fem else 'né'} le {s.dob.strftime('%d/%m/%Y')}, a "
           f"satisfait aux épreuves prescrites et lui conférons le grade de {grade} avec {mention}.")
    y = center_wrapped(p, 232, txt, T, 12.5, W - 180, 18) + 6
    p.text(W / 2, y + 4, "En foi de quoi, le présent diplôme lui est délivré pour servir et valoir ce que de droit.",
           TI, 11.5, "center")
    d = s.conferred
    p.text(W - 90, H - 140, f"Fait à {inst.city}, le {d.day if d.day > 1 else '1er'} {FR_MONTHS[d.month - 1]} {d.year}",
           T, 11.5, "right")
    sign_block(p, rng, 200, H - 76, "Le Secrétaire Général Académique", TB, 10.5, 210)
    sign_block(p, rng, W - 200, H - 76, "Le Directeur Général", TB, 10.5, 190)
    round_stamp(p, W - 270, H - 96, 34, 0.42)
    p.text(70, H - 140, f"N° d'enregistrement : {k(s, 'enr') % 9000 + 1000}/{inst.extra['short'].split('-')[-1][:3]}/{d.year}",
           T, 10)
    return LayoutResult("diploma", "w_diplome_vu", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fr_long", "mention": mention})


def _mg(s, person, rng):
    from .r11_w_mg import PARCOURS, mg_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.0, 0.3)
    fem = person.sex == "F"
    p.text(70, 60, "REPOBLIKAN'I MADAGASIKARA", TB, 11)
    p.text(70, 73, "Fitiavana - Tanindrazana - Fandrosoana", TI, 10)
    p.text(W - 70, 60, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", TB, 10, "right")
    p.text(W - 70, 73, "ET DE LA RECHERCHE SCIENTIFIQUE", TB, 10, "right")
    p.text(W / 2, 96, inst.name.upper(), TB, 13, "center")
    star_seal(p, W / 2, 60, 20, 0.35, points=5)
    p.text(W / 2, 130, "DIPLÔME DE LICENCE", TB, 24, "center")
    mention, parcours = PARCOURS[cur.id]
    p.text(W / 2, 150, f"Domaine : Sciences et Technologies - Mention : {mention}, Parcours : {parcours}", TI, 11.5,
           "center")
    vus = ["Vu la Loi n° 2004-004 du 26 juillet 2004 portant orientation générale du système d'éducation, "
           "d'enseignement et de formation à Madagascar ;",
           f"Vu le Décret n° 2015-{1200 + k(s, 'dec') % 300} portant habilitation de l'{inst.name} à délivrer les "
           "diplômes du système LMD ;",
           "Vu l'arrêté portant organisation des études et des examens du Domaine Sciences et Technologies ;",
           f"Vu le procès-verbal de délibération du jury en date du {s.conferred.strftime('%d/%m/%Y')} ;"]
    y = 176
    for v in vus:
        y = p.paragraph(80, y, v, T, 10, W - 160, 13) + 2
    nm = mg_name(person)
    y = center_wrapped(p, y + 14, f"Le diplôme de LICENCE est conféré à {'Mademoiselle' if fem else 'Monsieur'} {nm}, "
                       f"{'née' if fem else 'né'} le {s.dob.strftime('%d/%m/%Y')}, qui a capitalisé les 180 crédits "
                       "requis, pour en jouir avec les droits et prérogatives qui y sont attachés.", T, 12.5, W - 190, 18)
    d = s.conferred
    p.text(W - 80, H - 122, f"Fait à {inst.city}, le {d.strftime('%d/%m/%Y')}", T, 11, "right")
    sign_block(p, rng, 190, H - 70, "Le Doyen de la Faculté", TB, 10.5, 180)
    sign_block(p, rng, W - 190, H - 70, "Le Président de l'Université", TB, 10.5, 190)
    dry_seal(p, W / 2, H - 86, 30)
    p.text(70, H - 122, f"N° {k(s, 'mgd') % 90000 + 10000}/{d.year}/{inst.name.split()[-1][:3].upper()}", T, 9.5)
    return LayoutResult("diploma", "w_diplome_vu", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash"})


# --- AZ ----------------------------------------------------------------------------------------------

def w_az_diplom(s, person, rng):
    with az_safe():
        return _az(s, person, rng)


def _az(s, person, rng):
    from .r11_w_az import AZ_TITLE
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    ta, te = AZ_TITLE[cur.id]
    d = s.conferred
    no = f"BD {k(s, 'dno') % 900000 + 100000}"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.0, 0.3)
    star_seal(p, W / 2, 66, 24, 0.35, points=8)
    p.text(W / 2, 112, "AZƏRBAYCAN RESPUBLİKASI", TB, 14, "center")
    p.text(W / 2, 150, "BAKALAVR DİPLOMU", TB, 26, "center")
    p.text(W / 2, 170, f"№ {no}", T, 11, "center")
    az_nm = f"{person.surname} {person.given}"
    y = center_wrapped(p, 206, f"Bu diplom {az_nm} verilir ona görə ki, o {s.terms[0].start_year}-ci ildə "
                       f"{inst.name} daxil olmuş və {d.year}-ci ildə həmin universitetin tam kursunu bitirmişdir.",
                       T, 13, W - 200, 19)
    y = center_wrapped(p, y + 8, f"Dövlət Attestasiya Komissiyasının {d.strftime('%d.%m.%Y')} tarixli qərarı ilə ona "
                       f"İxtisas: {ta} üzrə bakalavr dərəcəsi verilmişdir.", T, 13, W - 200, 19)
    p.text(120, H - 120, f"Qeydiyyat № {k(s, 'qn') % 9000 + 1000}", T, 11)
    p.text(120, H - 104, f"Verilmə tarixi: {d.strftime('%d.%m.%Y')}", T, 11)
    sign_block(p, rng, W - 220, H - 110, "Dövlət Attestasiya Komissiyasının sədri", T, 10.5, 220)
    sign_block(p, rng, W - 220, H - 60, "Rektor", T, 10.5, 220)
    round_stamp(p, W - 330, H - 80, 32, 0.42)
    q = Page(A4)
    L, R = 70, q.w - 70
    q.text(q.w / 2, 70, "TRANSLATION FROM AZERBAIJANI", TI, 10, "center")
    q.text(q.w / 2, 100, "REPUBLIC OF AZERBAIJAN", TB, 13, "center")
    q.text(q.w / 2, 130, "BACHELOR'S DIPLOMA", TB, 18, "center")
    q.text(q.w / 2, 148, f"No. {no}", T, 11, "center")
    en_nm = az_latin(f"{person.given} {person.surname}")
    en_inst = {"Xəzər Sahili Tibb Universiteti": "Caspian Coast Medical University",
               "Şirvan Tibb Universiteti": "Shirvan Medical University",
               "Kür Dövlət Universiteti": "Kur State University"}.get(inst.name, az_latin(inst.name))
    y = q.paragraph(L, 190, f"This diploma is issued to {en_nm}, who entered {en_inst} in {s.terms[0].start_year} and "
                    f"completed the full course of the said university in {d.year}.", T, 12, R - L, 18) + 8
    y = q.paragraph(L, y, f"By the decision of the State Attestation Commission of {d.strftime('%d.%m.%Y')} the "
                    f"holder was awarded the Bachelor's degree in the Specialty: {te} ({ta}).", T, 12, R - L, 18) + 16
    q.text(L, y, f"Registration No. {k(s, 'qn') % 9000 + 1000}", T, 11)
    q.text(L, y + 16, f"Date of issue: {d.strftime('%d.%m.%Y')}", T, 11)
    q.text(L, y + 48, "Chairman of the State Attestation Commission /signature/", T, 11)
    q.text(L, y + 66, "Rector /signature/", T, 11)
    q.text(L, y + 84, "Seal: /round seal of the university/", TI, 10.5)
    q.paragraph(L, y + 130, "I, the translator, certify that this is a true and accurate translation of the original "
                "document in Azerbaijani.", TI, 10, R - L, 14)
    q.text(L, y + 170, "Translator: Nərmin Abbasova /signature/", T, 10.5)
    round_stamp(q, R - 80, y + 160, 30, 0.42)
    return LayoutResult("diploma", "w_az_diplom", FAMILY, by_reading_order([p, q]), [az_nm, en_nm],
                        info={"date_style": "dmy_dot"})


# --- PG ----------------------------------------------------------------------------------------------

def w_parchment(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    p.border(24, 2.2, 0.3)
    star_seal(p, W / 2, 104, 34, 0.35, points=7)
    p.text(W / 2, 176, inst.name, TB, 22, "center")
    p.text(W / 2, 196, "Papua New Guinea", TI, 12, "center")
    y = center_wrapped(p, 244, "The Council of the University hereby certifies that", TI, 14, W - 140, 20)
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    p.text(W / 2, y + 22, nm, TB, 22, "center")
    d = s.conferred
    day = f"{D.ordinal_suffix(d.day)}"
    y = center_wrapped(p, y + 60, "having completed the prescribed course of study, was admitted to the degree of",
                       TI, 14, W - 140, 20)
    p.text(W / 2, y + 16, cur.title, TB, 17, "center")
    y = center_wrapped(p, y + 50, f"at a Congregation held on the {day} day of {EN_MONTHS[d.month - 1]} {d.year}", TI,
                       14, W - 140, 20)
    sign_block(p, rng, 160, H - 130, "Chancellor", T, 11.5, 160)
    sign_block(p, rng, W - 160, H - 130, "Registrar", T, 11.5, 160)
    dry_seal(p, W / 2, H - 150, 34)
    p.text(W / 2, H - 60, f"Testamur No. {k(s, 'tno') % 90000 + 10000}", T, 8.5, "center")
    return LayoutResult("diploma", "w_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "ordinal_day_of"})


DIPLOMA_LAYOUTS = {"w_sy_degree": (w_sy_degree, FAMILY, ("SY",)),
                   "w_diplome_vu": (w_diplome_vu, FAMILY, ("CD", "MG")),
                   "w_az_diplom": (w_az_diplom, FAMILY, ("AZ",)),
                   "w_parchment": (w_parchment, FAMILY, ("PG",))}
