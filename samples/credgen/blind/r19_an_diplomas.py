"""Writer AN, round 19: diplomas for TD, WS, MR, PH and CV (one design each).

an_td_diplome: Chadian "DIPLÔME DE TECHNICIEN SUPÉRIEUR EN ANALYSES BIOMÉDICALES" (or the licence's
    title) under the arms: "Vu ..." recitals, "est délivré à M./Mme <NAME> né(e) vers 1995 à Moundou",
    "Session de juillet 2018", signed for the Minister and by the director.
an_ws_degree: Samoan parchment in Samoan and English ("Ua Fa'amaonia e ..." / "This is to certify that
    <Name> has been admitted to the degree of Bachelor of Science majoring in Biology"), Apia, the date.
an_mr_diplome: Mauritanian bilingual licence diploma: "Diplôme de Licence — Domaine: Sciences et
    Techniques — Mention: Biologie — Spécialité: Biologie et Santé" on the left, the Arabic text as a
    picture on the right, the name in Latin letters and in Arabic, the date, the Rector.
an_ph19_diploma: Philippine college diploma ("upon the recommendation of the faculty ... confers upon
    <Name> the degree of Bachelor of Science in Medical Technology with all the rights and privileges
    thereto", "Given this 6th day of April 2018 at ..."), President and Registrar, the Special Order line.
an_cv_carta: Cabo Verdean "CARTA DE CURSO" ("... faz saber que <Nome> ... concluiu em 30 de julho de 2019
    a Licenciatura em ... com a classificação final de 14 valores"), the Reitor.
"""

from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped, wrap
from .r19_an_common import (EN_MONTHS, FAMILY, FR_MONTHS, PT_NUM, arabic, coat_of_arms, dmy, dry_seal, en_ord, k,
                            natural, pt_date, round_stamp, sign_block, watermark_crest)
from . import r19_an_cv as CV
from . import r19_an_mr as MR
from . import r19_an_ph as PH
from . import r19_an_td as TD


def td_diplome(s, person, rng):
    cur = s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = A4
    p.border(22, 1.8, 0.3)
    p.text(W / 2, 62, "RÉPUBLIQUE DU TCHAD", TB, 13, "center")
    p.text(W / 2, 76, "Unité - Travail - Progrès", TI, 10, "center")
    coat_of_arms(p, W / 2, 112, 20, 0.3)
    p.text(W / 2, 158, s.institution.extra["ministry"], TB, 10, "center")
    p.text(W / 2, 172, s.institution.name, T, 11, "center")
    y = center_wrapped(p, 214, cur.title.upper() if cur.id != "td_dts" else
                       "DIPLÔME DE TECHNICIEN SUPÉRIEUR EN ANALYSES BIOMÉDICALES", TB, 16, W - 110, 20)
    vus = ["Vu la Constitution de la République du Tchad ;",
           "Vu le décret portant organisation des formations de techniciens supérieurs de santé ;",
           f"Vu le procès-verbal des délibérations du jury de la session de {FR_MONTHS[s.conferred.month - 1]} "
           f"{s.conferred.year} ;"]
    y += 10
    for v in vus:
        y = p.paragraph(70, y, v, T, 10.5, W - 140, 14)
    bt, town = TD.birth(s)
    bt = bt.replace("Vers", "vers")
    civ = "Mme" if person.sex == "F" else "M."
    ne = "née" if person.sex == "F" else "né"
    nm = f"{person.surname.upper()} {person.given}"
    y += 20
    p.text(W / 2, y, "Le diplôme de", T, 12, "center")
    y = center_wrapped(p, y + 20, cur.title if cur.id != "td_dts" else
                       "Technicien Supérieur en Analyses Biomédicales", TB, 13, W - 120, 17)
    p.text(W / 2, y + 10, "est délivré à", T, 12, "center")
    p.text(W / 2, y + 36, f"{civ} {nm}", TB, 15, "center")
    p.text(W / 2, y + 58, f"{ne} {bt}", T, 12, "center")
    p.text(W / 2, y + 82, f"Session de {FR_MONTHS[s.conferred.month - 1]} {s.conferred.year}", TI, 12, "center")
    p.text(W / 2, y + 100, f"N° matricule: {s.student_no}", T, 10, "center")
    iss = s.conferred.replace(day=min(28, s.conferred.day + 10))
    p.text(W - 70, y + 130, f"Fait à N'Djaména, le {dmy(iss)}", T, 11, "right")
    sign_block(p, rng, 150, H - 110, "Pour le Ministre et par délégation", T, 10, 190, "Le Secrétaire Général")
    sign_block(p, rng, W - 150, H - 110, "Le Directeur", T, 10, 160)
    round_stamp(p, W - 200, H - 128, 32, 0.45)
    return LayoutResult("diploma", "an_td_diplome", FAMILY, [p], [f"{civ} {nm}"])


SAMOAN_DEG = {"ws_bsc": "le tikeri o le Paeselo o le Saienisi (Pailoi)",
              "ws_dmls": "le Tipiloma i le Saienisi o Falesuesue o Fomai",
              "ws_bn": "le tikeri o le Paeselo o le Tausimai"}
EN_DEG = {"ws_bsc": "has been admitted to the degree of Bachelor of Science majoring in Biology",
          "ws_dmls": "has been awarded the Diploma in Medical Laboratory Science",
          "ws_bn": "has been admitted to the degree of Bachelor of Nursing"}


def ws_degree(s, person, rng):
    inst = s.institution
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = LANDSCAPE_A4
    p.border(20, 2.0, 0.35)
    watermark_crest(p, W / 2, 70, 26, 0.3)
    p.text(W / 2, 130, inst.name.upper(), TB, 20, "center")
    nm = natural(person)
    d = s.conferred
    p.text(W / 2, 170, f"Ua Fa'amaonia e le Iunivesite o lo'o ausia e {nm}", TI, 13, "center")
    p.text(W / 2, 188, f"{SAMOAN_DEG[s.curriculum.id]}", TI, 13, "center")
    p.text(W / 2, 226, "This is to certify that", T, 14, "center")
    p.text(W / 2, 262, nm.upper(), TB, 22, "center")
    p.text(W / 2, 296, EN_DEG[s.curriculum.id], T, 14, "center")
    p.text(W / 2, 316, "having fulfilled the requirements prescribed by the Council of the University.", T, 12, "center")
    p.text(W / 2, 350, f"Apia, {en_ord(d.day)} {EN_MONTHS[d.month - 1]} {d.year}", T, 13, "center")
    sign_block(p, rng, 190, H - 80, "Chancellor", T, 10.5, 170, "Pule Fa'atonu")
    sign_block(p, rng, W - 190, H - 80, "Vice Chancellor", T, 10.5, 170, "Sui Pule Fa'atonu")
    dry_seal(p, W / 2, H - 92, 36)
    return LayoutResult("diploma", "an_ws_degree", FAMILY, [p], [nm.upper(), nm])


AR = {"Mariem": "مريم", "Fatimetou": "فاطمة", "Aïchetou": "عيشة", "Khadijetou": "خديجة", "Mounina": "منينة",
      "Lalla": "لالة", "Vatimetou": "فاطمتو", "Zeinabou": "زينب", "Toutou": "توتو", "Salka": "السالكة",
      "Mohamed Lemine": "محمد الأمين", "Sidi Mohamed": "سيدي محمد", "Ahmed Salem": "أحمد سالم", "Cheikh": "الشيخ",
      "Mohamedou": "محمدو", "El Hacen": "الحسن", "Abdallahi": "عبد الله", "Moctar": "المختار",
      "Ely Cheikh": "اعل الشيخ", "Brahim": "ابراهيم", "Ahmed": "أحمد", "Sidi": "سيدي", "Mohamed Vall": "محمد فال",
      "El Moustapha": "المصطفى", "Mahmoud": "محمود", "Bah": "باه", "Ely": "اعل", "Babe": "بابه", "Bouna": "بونا",
      "ould": "ولد", "mint": "بنت"}
AR_SPEC = {"mr_lbs": "البيولوجيا والصحة", "mr_lpab": "التحاليل الطبية الحيوية", "mr_lsi": "علوم التمريض"}


def mr_diplome(s, person, rng):
    cur = s.curriculum
    T, TB = "Times-Roman", "Times-Bold"
    p = Page(LANDSCAPE_A4)
    W, H = LANDSCAPE_A4
    p.border(18, 2.2, 0.3)
    p.text(W / 4, 58, "République Islamique de Mauritanie", TB, 11, "center")
    p.text(W / 4, 72, "Honneur - Fraternité - Justice", T, 9.5, "center")
    p.text(W / 4, 90, s.institution.name, TB, 12, "center")
    arabic(p, 3 * W / 4, 58, "الجمهورية الإسلامية الموريتانية", 12, bold=True)
    arabic(p, 3 * W / 4, 74, "شرف - إخاء - عدل", 10)
    arabic(p, 3 * W / 4, 92, MR.AR_UNIV, 12, bold=True)
    coat_of_arms(p, W / 2, 78, 22, 0.3)
    p.text(W / 4, 140, "DIPLÔME DE LICENCE", TB, 18, "center")
    arabic(p, 3 * W / 4, 140, "شهادة الليسانس", 18, bold=True)
    nm = natural(person)
    spec = MR.PROG[cur.id][1]
    men = "Biologie" if cur.id != "mr_lsi" else "Santé"
    lines = ["Domaine: Sciences et Techniques", f"Mention: {men}", f"Spécialité: {spec}"]
    y = 180
    for ln in lines:
        p.text(W / 4, y, ln, T, 12, "center")
        y += 17
    town = MR.TOWNS[k(s, "town") % len(MR.TOWNS)]
    p.text(W / 4, y + 14, "est décerné à", T, 12, "center")
    p.text(W / 4, y + 40, nm, TB, 15, "center")
    p.text(W / 4, y + 60, f"né{'e' if person.sex == 'F' else ''} le {dmy(s.dob)} à {town}", T, 11, "center")
    p.text(W / 4, y + 78, f"NNI: {s.student_no}", T, 10, "center")
    p.text(W / 4, y + 104, f"Nouakchott, le {dmy(s.conferred)}", T, 11, "center")
    arabic(p, 3 * W / 4, 180, "الميدان: العلوم والتقنيات", 12)
    arabic(p, 3 * W / 4, 198, f"التخصص: {AR_SPEC[cur.id]}", 12)
    arabic(p, 3 * W / 4, 236, "تمنح للطالب(ة)", 12)
    arabic(p, 3 * W / 4, 262, " ".join(AR.get(x, x) for x in (person.given, person.middle, person.surname) if x), 15,
           bold=True)
    from .r19_an_common import ar_fix
    arabic(p, 3 * W / 4, 300, ar_fix(f"نواكشوط بتاريخ {dmy(s.conferred)}"), 12)
    p.vline(W / 2, 120, H - 120, 0.4, 0.5)
    sign_block(p, rng, W / 2, H - 70, "Le Recteur", T, 10.5, 170)
    arabic(p, W / 2, H - 40, "رئيس الجامعة", 10)
    round_stamp(p, W / 2 - 90, H - 88, 30, 0.45)
    return LayoutResult("diploma", "an_mr_diplome", FAMILY, [p], [nm])


def ph19_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = LANDSCAPE_A4
    p.border(22, 1.6, 0.3)
    p.logo(W / 2, 70, 26, 1, 0.3)
    p.text(W / 2, 126, inst.name, TB, 24, "center")
    p.text(W / 2, 144, f"{inst.city}, {inst.region}, Philippines", T, 11, "center")
    y = center_wrapped(p, 180, "Upon the recommendation of the faculty and by virtue of the authority vested in it "
                       "by the laws of the Republic of the Philippines, hereby confers upon", TI, 13, W - 220, 17)
    nm = name_form(person, "natural").upper()
    p.text(W / 2, y + 26, nm, TB, 22, "center")
    p.text(W / 2, y + 56, "the degree of", TI, 13, "center")
    p.text(W / 2, y + 84, cur.title, TB, 18, "center")
    p.text(W / 2, y + 108, "with all the rights and privileges thereto appertaining.", TI, 13, "center")
    d = s.conferred
    p.text(W / 2, y + 136, f"Given this {en_ord(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year} at "
                           f"{inst.city}, Philippines.", T, 12, "center")
    sign_block(p, rng, 210, H - 78, "College Registrar", T, 10, 170)
    sign_block(p, rng, W - 210, H - 78, "President", T, 10, 170)
    dry_seal(p, W / 2, H - 92, 34)
    so = (f"Special Order No. (B)(R-{['I', 'III', 'IV-A', 'VI', 'VIII'][k(s, 'reg') % 5]})No. 50-"
          f"{100000 + k(s, 'so1') % 900000}-{k(s, 'so2') % 9000 + 100:04d} s. {d.year}")
    if k(s, "so") % 3 != 0:
        p.text(W / 2, H - 36, so, T, 7.5, "center")
    return LayoutResult("diploma", "an_ph19_diploma", FAMILY, [p], [nm])


def cv_carta(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = A4
    p.border(26, 1.4, 0.3)
    coat_of_arms(p, W / 2, 70, 18, 0.3)
    p.text(W / 2, 110, "REPÚBLICA DE CABO VERDE", TB, 11, "center")
    p.text(W / 2, 128, inst.name.upper(), TB, 14, "center")
    p.text(W / 2, 180, "CARTA DE CURSO", TB, 24, "center")
    nm = natural(person)
    rows = CV.marks(s)
    avg = CV.final_avg(rows)
    fem = person.sex == "F"
    d = s.conferred
    body = (f"{inst.extra['reitor']}, Reitora da {inst.name}, faz saber que {nm}, "
            f"{'natural' } de {CV.TOWNS[k(s, 'town') % len(CV.TOWNS)]}, {'nascida' if fem else 'nascido'} a "
            f"{pt_date(s.dob)}, concluiu em {pt_date(d)} a {cur.title}, conferida pela Faculdade de Ciências e "
            f"Tecnologia, com a classificação final de {avg} ({PT_NUM[avg]}) valores.")
    y = 230
    for ln in wrap(body, T, 13, W - 150):
        p.text(75, y, ln, T, 13)
        y += 20
    y = p.paragraph(75, y + 12, "E, para constar, se passou a presente Carta de Curso, que vai assinada e autenticada "
                    "com o selo branco desta Universidade.", T, 13, W - 150, 20)
    iss = d.replace(month=min(12, d.month + 3))
    p.text(75, y + 20, f"Praia, {pt_date(iss)}.", T, 12)
    sign_block(p, rng, W - 170, H - 130, "A Reitora", T, 11, 180)
    sign_block(p, rng, 170, H - 130, "O Chefe dos Serviços Académicos", T, 10, 190)
    dry_seal(p, W / 2, H - 150, 34)
    p.text(W / 2, H - 60, f"Registada sob o n.º {300 + k(s, 'reg') % 700}/{iss.year}", TI, 9, "center")
    return LayoutResult("diploma", "an_cv_carta", FAMILY, [p], [nm])


DIPLOMA_LAYOUTS = {"an_td_diplome": (td_diplome, FAMILY, ("TD",)),
                   "an_ws_degree": (ws_degree, FAMILY, ("WS",)),
                   "an_mr_diplome": (mr_diplome, FAMILY, ("MR",)),
                   "an_ph19_diploma": (ph19_diploma, FAMILY, ("PH",)),
                   "an_cv_carta": (cv_carta, FAMILY, ("CV",))}
