"""Writer AP, round 20: diplomas for KE, GH, ZW, DJ and BN (one design each). The class or mention a
diploma prints is the one its school's transcript prints (taken from that layout's result).

ap_ke_degree: Kenyan parchment, "This is to certify that <NAME> having satisfied the requirements ... was
    awarded the degree of Bachelor of Science in ... (Second Class Honours - Upper Division) at a
    Congregation held on 14th December, 2017", Chancellor and Vice-Chancellor, an embossed seal.
ap_gh_degree: Ghanaian parchment, "The Council of <University> hereby certifies that <Name> having pursued
    an approved course of study and passed the prescribed examinations has this day been admitted to the
    degree of ..., Second Class (Upper Division)", "<City>, 26th November, 2017", Vice-Chancellor and
    Registrar.
ap_zw_degree: Zimbabwean parchment, "by authority of the Senate ... conferred the degree of <title> (Upper
    Second Class) upon <Name> on the 15th day of September 2017", Vice-Chancellor and Registrar.
ap_dj_diplome: Djiboutian "DIPLÔME DE LICENCE": "Vu ..." recitals, "le diplôme de Licence Sciences de la
    Vie, mention Biologie, parcours Biologie médicale, est délivré à <NOM Prénom> né(e) le ... à ..., avec
    la mention Assez Bien, pour en jouir avec les droits et prérogatives qui y sont attachés. Fait à
    Djibouti, le 20 octobre 2018", the Minister, the President of the university, the holder.
ap_bn_degree: Bruneian bilingual parchment: Malay first ("Dengan ini disahkan bahawa <NAME> telah
    dianugerahkan Ijazah Sarjana Muda Sains Kesihatan (Sains Bioperubatan) dengan Kepujian Kelas Kedua
    Atas ...") then English ("This is to certify that ... has been conferred the degree of Bachelor of
    Health Science (Biomedical Science) with Second Class Upper Honours ... on 12 September 2019"),
    Chancellor (Canselor) and Vice-Chancellor (Naib Canselor).
"""

import random

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r20_ap_common import (EN_MONTHS, FAMILY, FR_MONTHS, MS_MONTHS, coat_of_arms, dmy, dry_seal, en_ord, k,
                            natural, round_stamp, sign_block, watermark_crest)
from . import r20_ap_bn as BN
from . import r20_ap_dj as DJ
from . import r20_ap_gh as GH
from . import r20_ap_ke as KE
from . import r20_ap_zw as ZW


def klass(fn, s, person):
    return fn(s, person, random.Random(0)).info["class"]


def ke_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = A4
    p.border(26, 1.6, 0.3)
    p.logo(W / 2, 96, 30, 1)
    p.text(W / 2, 160, inst.name.upper(), TB, 18, "center")
    nm = natural(person).upper()
    cls = klass(KE.ke_transcript, s, person)
    cls = {"SECOND CLASS HONOURS (UPPER DIVISION)": "Second Class Honours - Upper Division",
           "SECOND CLASS HONOURS (LOWER DIVISION)": "Second Class Honours - Lower Division",
           "FIRST CLASS HONOURS": "First Class Honours", "PASS": "Pass"}[cls]
    d = s.conferred
    p.text(W / 2, 220, "This is to certify that", TI, 14, "center")
    p.text(W / 2, 262, nm, TB, 18, "center")
    y = center_wrapped(p, 300, "having satisfied the requirements of the University and passed the prescribed "
                       "examinations was awarded the degree of", TI, 13, W - 150, 18)
    y = center_wrapped(p, y + 18, cur.title, TB, 17, W - 130, 22)
    p.text(W / 2, y + 4, f"({cls})", TB, 13, "center")
    p.text(W / 2, y + 40, f"at a Congregation held on {en_ord(d.day)} {EN_MONTHS[d.month - 1]}, {d.year}", TI, 13,
           "center")
    p.text(60, H - 70, f"Reg. No. {s.student_no}", T, 9)
    sign_block(p, rng, 160, H - 130, "CHANCELLOR", TB, 10, 160)
    sign_block(p, rng, W - 160, H - 130, "VICE-CHANCELLOR", TB, 10, 160)
    dry_seal(p, W / 2, H - 140, 38)
    return LayoutResult("diploma", "ap_ke_degree", FAMILY, [p], [nm])


def gh_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = LANDSCAPE_A4
    p.border(20, 2.0, 0.3)
    watermark_crest(p, W / 2, H / 2, 90, 0.9)
    p.logo(W / 2, 62, 24, 2)
    p.text(W / 2, 116, inst.name.upper(), TB, 22, "center")
    nm = natural(person)
    cls = klass(GH.gh_statement, s, person).title().replace("(Upper", "(Upper").replace("Of", "of")
    d = s.conferred
    y = center_wrapped(p, 156, f"The Council of {inst.name} hereby certifies that", TI, 14, W - 160, 18)
    p.text(W / 2, y + 22, nm, TB, 22, "center")
    y = center_wrapped(p, y + 54, "having pursued an approved course of study and passed the prescribed examinations "
                       "has this day been admitted to the degree of", TI, 14, W - 200, 18)
    y = center_wrapped(p, y + 12, f"{cur.title}, {cls}", TB, 16, W - 160, 20)
    y = center_wrapped(p, y + 6, "with all the rights and privileges pertaining thereto.", TI, 13, W - 200, 18)
    p.text(W / 2, y + 16, f"{inst.city}, {en_ord(d.day)} {EN_MONTHS[d.month - 1]}, {d.year}", T, 13, "center")
    sign_block(p, rng, 190, H - 66, "Vice-Chancellor", T, 11, 170)
    sign_block(p, rng, W - 190, H - 66, "Registrar", T, 11, 170)
    dry_seal(p, W / 2, H - 80, 34)
    return LayoutResult("diploma", "ap_gh_degree", FAMILY, [p], [nm])


def zw_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = A4
    p.border(24, 1.2, 0.25)
    coat_of_arms(p, W / 2, 92, 26, 0.35)
    p.text(W / 2, 150, inst.name.upper(), TB, 17, "center")
    nm = natural(person)
    cls = {"FIRST CLASS (1)": "First Class", "UPPER SECOND (2.1)": "Upper Second Class",
           "LOWER SECOND (2.2)": "Lower Second Class", "THIRD CLASS (3)": "Third Class"}[
        klass(ZW.zw_record, s, person)]
    d = s.conferred
    y = center_wrapped(p, 200, "This is to certify that by authority of the Senate the University has conferred the "
                       "degree of", TI, 13, W - 140, 18)
    y = center_wrapped(p, y + 16, cur.title, TB, 16, W - 120, 20)
    p.text(W / 2, y + 2, f"({cls})", TB, 13, "center")
    p.text(W / 2, y + 34, "upon", TI, 13, "center")
    p.text(W / 2, y + 68, nm, TB, 20, "center")
    p.text(W / 2, y + 104, f"on the {en_ord(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}", TI, 13, "center")
    sign_block(p, rng, 160, H - 120, "Vice-Chancellor", T, 11, 160)
    sign_block(p, rng, W - 160, H - 120, "Registrar", T, 11, 160)
    dry_seal(p, W / 2, H - 130, 34)
    p.text(W / 2, H - 50, f"Registration Number: {s.student_no}", T, 9, "center")
    return LayoutResult("diploma", "ap_zw_degree", FAMILY, [p], [nm])


DJ_DEG = {"dj_lsv_bm": "Licence Sciences de la Vie, mention Biologie, parcours Biologie médicale",
          "dj_lsv_bg": "Licence Sciences de la Vie, mention Biologie, parcours Biologie générale",
          "dj_lp_tab": "Licence professionnelle, mention Techniques d'Analyses Biomédicales",
          "dj_lsi": "Licence en Sciences Infirmières, mention Soins Infirmiers"}


def dj_diplome(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = LANDSCAPE_A4
    p.border(18, 2.0, 0.3)
    p.text(150, 52, "RÉPUBLIQUE DE DJIBOUTI", TB, 11, "center")
    p.text(150, 65, "Unité - Égalité - Paix", TI, 9.5, "center")
    p.text(W - 170, 52, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", TB, 9.5, "center")
    p.text(W - 170, 64, "ET DE LA RECHERCHE", TB, 9.5, "center")
    coat_of_arms(p, W / 2, 64, 20, 0.35)
    p.text(W / 2, 110, inst.name, TB, 14, "center")
    p.text(W / 2, 140, "DIPLÔME DE LICENCE", TB, 20, "center")
    y = 164
    for v in ["Vu la loi portant création de l'établissement ;",
              "Vu l'arrêté fixant le régime des études conduisant au diplôme de Licence (LMD) ;",
              f"Vu le procès-verbal du jury de délibération en date du {dmy(s.conferred.replace(day=max(1, s.conferred.day - 9)))} ;"]:
        p.text(90, y, v, T, 10)
        y += 13
    civ = "Mme" if person.sex == "F" else "M."
    ne = "née" if person.sex == "F" else "né"
    nm = f"{person.surname.upper()} {person.given}"
    town = DJ.birth(s).split(" à ")[1]
    mention = klass(DJ.dj_releve, s, person)
    d = s.conferred
    txt = (f"Le diplôme de {DJ_DEG[cur.id]}, est délivré à {civ} {nm}, {ne} le {dmy(s.dob)} à {town}, avec la mention "
           f"{mention}, pour en jouir avec les droits et prérogatives qui y sont attachés.")
    y = p.paragraph(90, y + 50, txt, T, 14, W - 180, 22)
    p.text(W - 90, y + 30, f"Fait à Djibouti, le {'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}",
           T, 12, "right")
    p.text(90, y + 30, f"N° {k(s, 'dipno') % 9000 + 1000}/{d.year}", T, 10)
    sign_block(p, rng, 150, H - 58, "Le Ministre", T, 10, 150)
    sign_block(p, rng, W / 2, H - 58, "Le Président de l'Université" if inst.kind == "university" else "Le Directeur",
               T, 10, 170)
    sign_block(p, rng, W - 150, H - 58, "Le Titulaire", T, 10, 130)
    round_stamp(p, W / 2 + 70, H - 80, 30, 0.45)
    return LayoutResult("diploma", "ap_dj_diplome", FAMILY, [p], [f"{civ} {nm}"])


BN_MS = {"bn_bhs_bms": "Ijazah Sarjana Muda Sains Kesihatan (Sains Bioperubatan)",
         "bn_bsc_bio": "Ijazah Sarjana Muda Sains (Biologi)",
         "bn_bhs_nurs": "Ijazah Sarjana Muda Sains Kesihatan (Kejururawatan)",
         "bn_dmls": "Diploma Sains Makmal Perubatan"}
BN_CLS_MS = {"First Class Honours": "dengan Kepujian Kelas Pertama", "Second Class Upper": "dengan Kepujian Kelas Kedua Atas",
             "Second Class Lower": "dengan Kepujian Kelas Kedua Rendah", "Third Class": "dengan Kepujian Kelas Ketiga",
             "Pass": "", "Distinction": "dengan Cemerlang", "Merit": "dengan Merit", "Credit": "dengan Kepujian"}
BN_CLS_EN = {"First Class Honours": "with First Class Honours", "Second Class Upper": "with Second Class Upper Honours",
             "Second Class Lower": "with Second Class Lower Honours", "Third Class": "with Third Class Honours",
             "Pass": "", "Distinction": "with Distinction", "Merit": "with Merit", "Credit": "with Credit"}


def bn_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = A4
    p.border(24, 1.8, 0.3)
    p.logo(W / 2, 82, 26, 0)
    p.text(W / 2, 132, inst.extra["ms"].upper(), TB, 16, "center")
    p.text(W / 2, 150, inst.name.upper(), TB, 12, "center")
    nm = f"{person.given} {'binti' if person.sex == 'F' else 'bin'} {person.surname}".upper()
    cls = klass(BN.bn_transcript, s, person)
    d = s.conferred
    dip = cur.level == "diploma"
    p.text(W / 2, 196, "Dengan ini disahkan bahawa", TI, 13, "center")
    p.text(W / 2, 226, nm, TB, 16, "center")
    ms = f"telah dianugerahkan {BN_MS[cur.id]} {BN_CLS_MS[cls]}".strip()
    y = center_wrapped(p, 254, f"{ms} pada {d.day} {MS_MONTHS[d.month - 1]} {d.year}", T, 13, W - 130, 18)
    p.hline(W / 2 - 60, W / 2 + 60, y + 4, 0.5)
    p.text(W / 2, y + 34, "This is to certify that", TI, 13, "center")
    p.text(W / 2, y + 64, nm, TB, 16, "center")
    en = (f"has been {'conferred the degree of' if not dip else 'awarded the'} {cur.title} {BN_CLS_EN[cls]}").strip()
    y = center_wrapped(p, y + 92, f"{en} on {d.day} {EN_MONTHS[d.month - 1]} {d.year}", T, 13, W - 130, 18)
    sign_block(p, rng, 160, H - 110, "Canselor / Chancellor", T, 10, 170)
    sign_block(p, rng, W - 160, H - 110, "Naib Canselor / Vice-Chancellor", T, 10, 170)
    dry_seal(p, W / 2, H - 120, 32)
    p.text(60, H - 48, f"No. Pelajar / Student No.: {s.student_no}", T, 8.5)
    return LayoutResult("diploma", "ap_bn_degree", FAMILY, [p], [nm])


DIPLOMA_LAYOUTS = {"ap_ke_degree": (ke_degree, FAMILY, ("KE",)), "ap_gh_degree": (gh_degree, FAMILY, ("GH",)),
                   "ap_zw_degree": (zw_degree, FAMILY, ("ZW",)), "ap_dj_diplome": (dj_diplome, FAMILY, ("DJ",)),
                   "ap_bn_degree": (bn_degree, FAMILY, ("BN",))}
