"""Writer AM, round 19: diplomas for IS, MT, LU, BS and GN (one design per country).

am_is_profskirteini: IS "PRÓFSKÍRTEINI" on heavy paper, centred, Icelandic only: the university, "staðfestir
    að", the name large, "kennitala 140595-2389", "hefur lokið", "BS-prófi í lífeindafræði", "með fyrstu
    einkunn (7,61)" (ágætiseinkunn ≥ 9, fyrsta einkunn 7,25-8,99, önnur einkunn 6-7,24, þriðja einkunn
    below), "Reykjavík, 22. júní 2018", the rector's and the dean's signatures side by side.
am_mt_parchment: MT parchment with the crest: "Be it known that NAME having satisfied all the
    requirements was on the 28th day of November 2018 admitted to the degree of Bachelor of Science
    (Honours) in Medical Laboratory Science with Second Class Honours (Upper Division)", Rector and
    Registrar.
am_lu_diplome: LU "DIPLÔME DE BACHELOR" (or "BREVET DE TECHNICIEN SUPÉRIEUR" for the BTS): two columns,
    French left and the same text in German right: "Le Recteur de l'Université ... certifie que NAME,
    né(e) le ..., a obtenu le grade de Bachelor en sciences de la vie", "mention bien"; place and date,
    the rector's signature and a round stamp.
am_bs_degree: BS "The Council of the University ... has conferred upon NAME the degree of Bachelor of
    Science in Biology with all the rights, privileges and honours ...", "Given at Nassau, The Bahamas,
    this twenty-first day of May, two thousand and eighteen", Chairman of Council, President, Registrar.
am_gn_diplome: GN "DIPLÔME DE LICENCE" with the national arms (a shape), "RÉPUBLIQUE DE GUINÉE", long "Vu
    ..." lines, "Le Recteur ... vu le procès-verbal du jury ... confère à M./Mme NAME né(e) le ... à ... le
    diplôme de Licence en Sciences Biologiques, option Biologie Médicale, avec la mention Assez-Bien",
    Conakry, the date, the rector and the dean.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, LETTER, LANDSCAPE_LETTER, Page
from . import r19_am_bs as BSm
from . import r19_am_gn as GNm
from . import r19_am_is as ISm
from . import r19_am_lu as LUm
from . import r19_am_mt as MTm
from .r19_am_common import (EN_MONTHS, EN_ORD, EN_YEAR, FAMILY, coat_of_arms, comma, de_date, dmy, dry_seal,
                            fr_date, is_date, k, keep, natural, round_stamp, sign_block, watermark_crest)


def _is_class(a):
    return ("ágætiseinkunn" if a >= 9 else "fyrstu einkunn" if a >= 7.25 else "annarri einkunn" if a >= 6
            else "þriðju einkunn")


IS_DEG = {"is_lif": "BS-prófi í lífeindafræði", "is_bio": "BS-prófi í líffræði", "is_hju": "BS-prófi í hjúkrunarfræði"}


def is_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    p.border(26, 1.0, 0.45, double=True, corners=False)
    watermark_crest(p, W / 2, 110, 26, 0.35)
    p.text(W / 2, 178, inst.name, TB, 20, "center")
    p.text(W / 2, 240, "PRÓFSKÍRTEINI", TB, 28, "center")
    p.text(W / 2, 290, "staðfestir að", TI, 13, "center")
    nm = natural(person)
    p.text(W / 2, 330, nm, TB, 22, "center")
    keep(person, "kt", ISm.kennitala(s))
    p.text(W / 2, 354, f"kennitala {ISm.kennitala(s)}", T, 12, "center")
    p.text(W / 2, 392, "hefur lokið", TI, 13, "center")
    p.text(W / 2, 424, IS_DEG.get(cur.id, cur.title), TB, 17, "center")
    a = ISm.overall(s)
    p.text(W / 2, 450, f"með {_is_class(a)} ({comma(a, 2)})", T, 13, "center")
    p.text(W / 2, 474, "frá " + ("Læknadeild" if cur.id != "is_hju" else "Hjúkrunarfræðideild"), T, 12, "center")
    p.text(W / 2, 540, f"Reykjavík, {is_date(s.conferred)}", T, 12, "center")
    sign_block(p, rng, W / 2 - 130, 640, "rektor", T, 11, 180, inst.extra["rector"])
    sign_block(p, rng, W / 2 + 130, 640, "forseti deildar", T, 11, 180, inst.extra["dean"])
    dry_seal(p, W / 2, 700, 36, 0.7)
    return LayoutResult("diploma", "am_is_profskirteini", FAMILY, [p], [nm])


def mt_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    keep(person, "idno", s.student_no)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    p.border(22, 1.4, 0.35)
    coat_of_arms(p, W / 2, 100, 28, 0.25)
    p.text(W / 2, 178, inst.name.upper(), TB, 19, "center")
    nm = natural(person).upper()
    d = s.conferred
    klass, _ = MTm.classification(s)
    hons = {"First Class (Honours)": "First Class Honours",
            "Second Class (Honours) Upper Division": "Second Class Honours (Upper Division)",
            "Second Class (Honours) Lower Division": "Second Class Honours (Lower Division)",
            "Third Class (Honours)": "Third Class Honours"}[klass]
    p.text(W / 2, 250, "Be it known that", TI, 15, "center")
    p.text(W / 2, 292, nm, TB, 20, "center")
    body = (f"having satisfied all the requirements was on the {EN_ORD[d.day]} day of {EN_MONTHS[d.month - 1]} {d.year} "
            f"admitted to the degree of")
    y = p.paragraph(80, 330, body, TI, 14, W - 160, 21, "center") + 14
    y = p.paragraph(80, y, cur.title, TB, 17, W - 160, 24, "center") + 6
    if cur.title.startswith("Bachelor of Science (Honours)"):
        p.text(W / 2, y + 8, f"with {hons}", TI, 14, "center")
    sign_block(p, rng, 170, H - 130, "Rector", T, 12, 170, inst.extra["rector"])
    sign_block(p, rng, W - 170, H - 130, "Registrar", T, 12, 170, inst.extra["registrar"])
    p.seal(W / 2, H - 140, 36, 0.55)
    return LayoutResult("diploma", "am_mt_parchment", FAMILY, [p], [nm])


def lu_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 1.0, 0.3, double=True, corners=False)
    nm = natural(person)
    fem = person.sex == "F"
    m = LUm.mention(LUm.overall(s))
    mde = {"très bien": "sehr gut", "bien": "gut", "assez bien": "befriedigend", "passable": "ausreichend"}[m]
    fr, de = LUm.PROG[cur.id]
    bts = cur.id == "lu_bts"
    p.text(W / 2, 60, inst.name, TB, 16, "center")
    p.text(W / 2, 76, inst.extra["de"], TI, 11, "center")
    p.text(W / 4, 130, "BREVET DE TECHNICIEN SUPÉRIEUR" if bts else "DIPLÔME DE BACHELOR", TB, 18, "center")
    p.text(3 * W / 4, 130, "DIPLOM DES HÖHEREN TECHNIKERS" if bts else "BACHELORDIPLOM", TB, 18, "center")
    p.vline(W / 2, 150, H - 150, 0.5, 0.4)
    who_fr = "Le Directeur du " + inst.name if bts else "Le Recteur de l'" + inst.name
    who_de = "Der Direktor des " + inst.extra["de_gen"] if bts else "Der Rektor der " + inst.extra["de"]
    grade = f"le diplôme de {fr}" if bts else f"le grade de {fr}"
    fr_t = (f"{who_fr} certifie que {nm}, né{'e' if fem else ''} le {dmy(s.dob)}, a obtenu {grade}, "
            f"avec la mention {m}.")
    de_t = (f"{who_de} bescheinigt, dass {nm}, geboren am {dmy(s.dob)}, "
            + (f"das Diplom {de} erworben hat" if bts else f"den Grad {de} erworben hat")
            + f", mit dem Prädikat {mde}.")
    y1 = p.paragraph(50, 190, fr_t, T, 13, W / 2 - 90, 20, "center")
    y2 = p.paragraph(W / 2 + 40, 190, de_t, T, 13, W / 2 - 90, 20, "center")
    y = max(y1, y2) + 30
    p.text(W / 4, y, f"{inst.city}, le {fr_date(s.conferred)}", T, 12, "center")
    p.text(3 * W / 4, y, f"{inst.city}, den {de_date(s.conferred)}", T, 12, "center")
    t = "Le Directeur / Der Direktor" if bts else "Le Recteur / Der Rektor"
    sign_block(p, rng, W / 2, H - 70, t, T, 11, 200, inst.extra["rector"])
    round_stamp(p, W / 2 - 170, H - 92, 32, 0.5)
    return LayoutResult("diploma", "am_lu_diplome", FAMILY, [p], [nm])


def bs_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_LETTER)
    W, H = p.w, p.h
    p.border(18, 1.6, 0.3)
    watermark_crest(p, W / 2, 82, 24, 0.3)
    p.text(W / 2, 148, inst.name, TB, 26, "center")
    nm = natural(person)
    p.text(W / 2, 188, f"The Council of {'the ' if inst.name.startswith('University') else ''}{inst.name}", TI, 13,
           "center")
    p.text(W / 2, 210, "on the recommendation of the Faculty has conferred upon", TI, 13, "center")
    p.text(W / 2, 250, nm, TB, 24, "center")
    deg, major = BSm.DEGREE[cur.id]
    p.text(W / 2, 288, "the degree of", TI, 13, "center")
    title = f"{deg} in {major}"
    p.text(W / 2, 318, title, TB, 20, "center")
    h = BSm.honour(BSm.gpa_all(s)) if cur.level == "bachelor" else ""
    y = 340
    if h:
        p.text(W / 2, y + 4, h, TI, 14, "center")
        y += 22
    p.text(W / 2, y + 10, "with all the rights, privileges and honours thereunto appertaining.", TI, 12, "center")
    d = s.conferred
    p.text(W / 2, y + 40, f"Given at Nassau, The Bahamas, this {EN_ORD[d.day]} day of {EN_MONTHS[d.month - 1]}, "
                          f"{EN_YEAR.get(d.year, str(d.year))}.", T, 12, "center")
    sign_block(p, rng, 170, H - 70, "Chairman of Council", T, 11, 170, inst.extra["chair"])
    sign_block(p, rng, W - 170, H - 70, "Registrar", T, 11, 170, inst.extra["registrar"])
    p.seal(W / 2, H - 92, 34, 0.5)
    return LayoutResult("diploma", "am_bs_degree", FAMILY, [p], [nm], info={"title_printed": title})


def gn_arms(p, cx, cy, r, gray=0.3):
    """Guinea's arms as a simple shape: a shield with a dove's outline over an olive branch and a gun
    (two crossed lines), a ribbon under it; no lettering."""
    p.polyline([(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.2), (cx, cy + r * 1.2), (cx - r, cy + r * 0.2),
                (cx - r, cy - r)], 1.1, gray)
    p.polyline([(cx - r * 0.6, cy - r * 0.1), (cx - r * 0.1, cy - r * 0.4), (cx + r * 0.5, cy - r * 0.5),
                (cx + r * 0.2, cy - r * 0.1), (cx - r * 0.2, cy + r * 0.1), (cx - r * 0.6, cy - r * 0.1)], 0.9, gray)
    p.polyline([(cx - r * 0.6, cy + r * 0.6), (cx + r * 0.6, cy + r * 0.2)], 0.9, gray)
    p.polyline([(cx - r * 0.6, cy + r * 0.2), (cx + r * 0.6, cy + r * 0.6)], 0.9, gray)
    p.polyline([(cx - r * 1.3, cy + r * 1.3), (cx, cy + r * 1.5), (cx + r * 1.3, cy + r * 1.3)], 0.9, gray)


def gn_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    keep(person, "gn_deg", GNm.TITLES[cur.id])
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(18, 1.5, 0.3)
    p.text(60, 52, "RÉPUBLIQUE DE GUINÉE", TB, 11)
    p.text(60, 65, "Travail - Justice - Solidarité", TI, 9.5)
    p.text(W - 60, 52, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", TB, 9.5, "right")
    p.text(W - 60, 64, "ET DE LA RECHERCHE SCIENTIFIQUE", TB, 9.5, "right")
    gn_arms(p, W / 2, 62, 18, 0.3)
    p.text(W / 2, 110, inst.name.upper(), TB, 13, "center")
    p.text(W / 2, 140, "DIPLÔME DE LICENCE", TB, 22, "center")
    y = 168
    for v in ("Vu la Constitution ;",
              "Vu la loi portant orientation de l'Enseignement Supérieur et de la Recherche Scientifique ;",
              "Vu le décret portant statuts des Institutions d'Enseignement Supérieur ;",
              "Vu l'arrêté fixant le régime des études et des examens du système Licence-Master-Doctorat ;"
              if GNm.lmd(s) else "Vu l'arrêté fixant le régime des études et des examens des Facultés ;",
              f"Vu le procès-verbal du jury des examens de fin de cycle, session de {s.conferred.year} ;"):
        p.text(70, y, v, TI, 9.5)
        y += 12.5
    civ = "Mme" if person.sex == "F" else "M."
    nm = f"{person.surname.upper()} {person.given}"
    t1, opt = GNm.TITLES[cur.id]
    m = GNm.mention(GNm.final_avg(s))
    body = (f"Le Recteur de l'{inst.name} confère à {civ} {nm}, né{'e' if person.sex == 'F' else ''} le "
            f"{dmy(s.dob, '/')} à {GNm.birthplace(s)}, le diplôme de {t1}" + (f", option {opt}" if opt else "")
            + f", avec la mention {m}.")
    y = p.paragraph(80, y + 16, body, T, 14, W - 160, 21, "center") + 6
    p.text(W / 2, y + 4, "pour en jouir avec les droits et prérogatives qui y sont attachés.", TI, 11, "center")
    p.text(W / 2, y + 30, f"Fait à {inst.city}, le {fr_date(s.conferred)}", T, 11.5, "center")
    sign_block(p, rng, 180, H - 60, "Le Doyen", T, 11, 170, inst.extra["dean"])
    sign_block(p, rng, W - 180, H - 60, "Le Recteur", T, 11, 170, inst.extra["rector"])
    round_stamp(p, W - 250, H - 76, 34, 0.5)
    p.text(70, H - 34, f"N° {s.student_no}/{s.conferred.year}", T, 8.5)
    return LayoutResult("diploma", "am_gn_diplome", FAMILY, [p], [f"{civ} {nm}"])


DIPLOMA_LAYOUTS = {"am_is_profskirteini": (is_diploma, FAMILY, ("IS",)),
                   "am_mt_parchment": (mt_diploma, FAMILY, ("MT",)),
                   "am_lu_diplome": (lu_diploma, FAMILY, ("LU",)),
                   "am_bs_degree": (bs_diploma, FAMILY, ("BS",)),
                   "am_gn_diplome": (gn_diploma, FAMILY, ("GN",))}
