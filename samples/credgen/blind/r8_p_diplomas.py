"""Writer P, round 8: diplomas.

sn_mz_bo_diplome (SN, MZ, BO):
  SN landscape "RÉPUBLIQUE DU SÉNÉGAL — Un Peuple - Un But - Une Foi", the ministry, "DIPLÔME DE
    LICENCE", Domaine / Mention / Spécialité lines, "Vu ..." considerations (decree, the jury's
    deliberation of <date>), "est délivré à M./Mme NAME né(e) le 12/05/1996 à Kaolack avec la
    mention Assez Bien" (the relevé's mention), "Fait à Mbour, le ...", Le Recteur / Le Directeur de
    l'UFR / Le titulaire.
  MZ portrait Portuguese "DIPLOMA — O Director-Geral do ... faz saber que ... concluiu ... conferiu a
    NAME o grau de Licenciado(a) em Análises Clínicas com a classificação final de 14 (catorze)
    valores" (the certificate's média), a blind-stamp ring, registry line.
  BO "ESTADO PLURINACIONAL DE BOLIVIA — MINISTERIO DE EDUCACIÓN ... TÍTULO EN PROVISIÓN NACIONAL ...
    Por cuanto NAME, con C.I. ..., ha obtenido el Diploma Académico de Licenciado(a) en Bioquímica en
    fecha <conferral> ... se le confiere el presente TÍTULO EN PROVISIÓN NACIONAL de LICENCIADA EN
    BIOQUÍMICA", dated some weeks later in words, a photo, the Ministry's registry numbers
    (Resolución Ministerial, Serie, Libro, Folio) like a notary's.
ge_lr_diploma (GE, LR):
  GE landscape two halves, Georgian left (name transliterated into Mkhedruli, drawn in DejaVu Sans)
    and English right: "DIPLOMA ... has been awarded the academic degree of Bachelor of Medical
    Diagnostics ... Rector's order N 463 of 10/07/2019 ... Diploma supplement N DS-2019-...
    Tbilisi, 2019"; names_printed keeps the Latin form only.
  LR landscape Old-English-like serif "The Board of Trustees of ... upon the recommendation of the
    Faculty has conferred upon NAME the degree of Bachelor of Science in Medical Laboratory Science
    Cum Laude ... Given at Monrovia, Liberia, this fourteenth day of December, two thousand
    nineteen", Chairman / President / Registrar, embossed seal.
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, LANDSCAPE_LETTER, Page, center_wrapped
from .r8_p_bo import bo_ci
from .r8_p_common import (ES_MONTHS, FAMILY, PT_MONTHS, es_num, es_year_words, fr_long, k, ka, photo_box,
                          pt_num, round_seal)
from .r8_p_ge import PACK as GE_PACK  # noqa: F401  (registers GE)
from .r8_p_lr import PACK as LR_PACK  # noqa: F401  (registers LR)
from .r8_p_mz import birth_place, bi_number, mz_media, parents
from .r8_p_sn import birthplace, final_average

SN_MENTION = {"sn_bm": ("Sciences de la Santé", "Biologie Médicale", "Analyses Biomédicales"),
              "sn_sb": ("Sciences et Technologies", "Sciences Biologiques", "Biologie Animale"),
              "sn_si": ("Sciences de la Santé", "Sciences Infirmières", "Soins Infirmiers et Obstétricaux")}
MZ_GRAU = {"mz_ac": "Análises Clínicas", "mz_bio": "Biologia", "mz_enf": "Enfermagem"}
BO_TIT = {"bo_bq": ("LICENCIADO EN BIOQUÍMICA", "LICENCIADA EN BIOQUÍMICA", "Bioquímica"),
          "bo_bio": ("LICENCIADO EN BIOLOGÍA", "LICENCIADA EN BIOLOGÍA", "Biología"),
          "bo_enf": ("LICENCIADO EN ENFERMERÍA", "LICENCIADA EN ENFERMERÍA", "Enfermería")}


def _sign(p, rng, items, y, font="Times-Bold", size=9.5):
    for x, _ in items:
        p.signature(x - 45, y - 13, 90, rng)
        p.hline(x - 75, x + 75, y - 9, 0.5)
    p.pieces(y, [(x, t, "center") for x, t in items], font, size)


def sn_mz_bo_diplome(s, person, rng):
    return {"SN": _sn, "MZ": _mz, "BO": _bo}[s.institution.country](s, person, rng)


def _sn(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(18, 2.0, 0.35)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    name = f"{person.given} {person.surname.upper()}"
    dom, men, spe = SN_MENTION.get(cur.id, ("Sciences", cur.title, ""))
    mg, mention = final_average(s)
    delib = s.conferred - dt.timedelta(days=k(s, "sn-del") % 20 + 5)
    p.text(150, 54, "RÉPUBLIQUE DU SÉNÉGAL", FB, 11, "center")
    p.text(150, 67, "Un Peuple - Un But - Une Foi", FI, 9.5, "center")
    p.text(150, 82, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR,", F, 8.5, "center")
    p.text(150, 92, "DE LA RECHERCHE ET DE L'INNOVATION", F, 8.5, "center")
    p.logo(p.w - 150, 62, 20, 1)
    p.text(p.w - 150, 96, inst.name.upper(), FB, 10, "center")
    p.text(p.w / 2, 134, "DIPLÔME DE LICENCE", FB, 26, "center")
    y = 158
    p.pieces(y, [(p.w / 2 - 200, f"Domaine : {dom}", "left"), (p.w / 2 + 40, f"Mention : {men}", "left")], F, 11)
    y += 15
    p.text(p.w / 2, y, f"Spécialité : {spe}", F, 11, "center")
    y += 24
    for ln in ["Vu la loi n° 2011-05 du 30 mars 2011 relative à l'organisation du système LMD ;",
               "Vu le décret n° 2012-1114 du 4 octobre 2012 relatif au diplôme de Licence ;",
               f"Vu le procès-verbal du jury de délibération en date du {fr_long(delib)} ;"]:
        p.text(110, y, ln, FI, 9.5)
        y += 13
    y += 10
    p.text(p.w / 2, y, "Le Diplôme de Licence est délivré à", F, 12.5, "center")
    y += 24
    p.text(p.w / 2, y, f"{'Mme' if fem else 'M.'} {name}", FB, 18, "center")
    y += 20
    d = s.dob
    p.text(p.w / 2, y, f"né{'e' if fem else ''} le {d.day:02d}/{d.month:02d}/{d.year} à {birthplace(s)}", F, 12,
           "center")
    y += 18
    p.text(p.w / 2, y, f"avec la mention {mention}", FI, 12.5, "center")
    y += 22
    p.text(p.w / 2, y, f"Fait à {inst.city}, le {fr_long(s.conferred)}", F, 11.5, "center")
    yb = p.h - 70
    _sign(p, rng, [(180, "Le Titulaire"), (p.w / 2, f"Le Directeur de l'{inst.extra['ufr'].split()[0]}"),
                   (p.w - 180, "Le Recteur")], yb)
    p.seal(p.w - 300, yb - 30, 30, 0.5)
    p.text(50, p.h - 34, f"N° {s.conferred.year}/{k(s, 'sn-dip') % 90000 + 10000}/LIC — N° carte étudiant "
           f"{s.student_no}", F, 7.5)
    return LayoutResult("diploma", "sn_mz_bo_diplome", FAMILY, [p], [name],
                        info={"conferred_printed": fr_long(s.conferred), "mention": mention})


def _mz(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(22, 1.8, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    o = "a" if fem else "o"
    name = name_form(person, "caps")
    W = p.w - 130
    p.circle(p.w / 2, 78, 22, 1.2, 0.3)
    p.circle(p.w / 2, 78, 9, 0.8, 0.3, fill=0.3)
    y = 124
    p.text(p.w / 2, y, "REPÚBLICA DE MOÇAMBIQUE", FB, 12, "center"); y += 16
    p.text(p.w / 2, y, inst.name.upper(), FB, 12.5, "center"); y += 50
    p.text(p.w / 2, y, "DIPLOMA", FB, 30, "center"); y += 40
    fa, mo = parents(s, person)
    city, prov = birth_place(s)
    d, c = s.dob, s.conferred
    m = mz_media(s)
    grau = MZ_GRAU.get(cur.id, cur.title.replace("Licenciatura em ", ""))
    uni = inst.kind == "university"
    head = "O Reitor da" if uni else "O Director-Geral do"
    y = center_wrapped(p, y, f"{head} {inst.name} faz saber que", FI, 12.5, W, 18) + 10
    p.text(p.w / 2, y, name, FB, 16, "center"); y += 22
    y = center_wrapped(p, y, f"filh{o} de {fa} e de {mo}, natural de {city}, Província de {prov}, nascid{o} aos "
                       f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}, portador{'a' if fem else ''} do B.I. n.º "
                       f"{bi_number(s)}, tendo concluído o curso de {cur.title}, {'esta Universidade' if uni else 'este Instituto'} "
                       "conferiu-lhe o grau de",
                       FI, 12.5, W, 18) + 10
    p.text(p.w / 2, y, f"Licenciad{o} em {grau}", FB, 17, "center"); y += 24
    y = center_wrapped(p, y, f"com a classificação final de {m} ({pt_num(m)}) valores, em {c.day} de "
                       f"{PT_MONTHS[c.month - 1]} de {c.year}.", FI, 12.5, W, 18) + 8
    y = center_wrapped(p, y, "E, para constar, se passou o presente diploma, que vai assinado e autenticado com o selo "
                       "branco em uso neste estabelecimento de ensino.", FI, 12, W, 17) + 10
    p.text(p.w / 2, y, f"{inst.city}, aos {c.day} de {PT_MONTHS[c.month - 1]} de {c.year}", F, 12, "center")
    yb = p.h - 110
    _sign(p, rng, [(160, "O Director dos Registos Académicos"), (p.w - 160, "O Reitor" if uni else "O Director-Geral")],
          yb)
    round_seal(p, rng, p.w / 2, yb - 30, 72, inst.name.upper()[:44], "REITORIA" if uni else "DIRECÇÃO-GERAL",
               (inst.city.upper(),))
    p.text(p.w / 2, p.h - 52, f"Diploma n.º {k(s, 'mz-dip') % 9000 + 1000}/{c.year} — Registado no Livro "
           f"{k(s, 'liv') % 20 + 1}, folha {k(s, 'fol') % 200 + 1}", F, 8, "center")
    return LayoutResult("diploma", "sn_mz_bo_diplome", FAMILY, [p], [name],
                        info={"conferred_printed": f"{c.day} de {PT_MONTHS[c.month - 1]} de {c.year}", "media": m})


def _bo(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_LETTER)
    p.border(16, 2.2, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    name = name_form(person, "caps")
    tm, tf, carrera = BO_TIT.get(cur.id, (cur.title.upper(), cur.title.upper(), cur.title))
    W = p.w - 250
    c = s.conferred
    tp = c + dt.timedelta(days=40 + k(s, "bo-tpn") % 80)
    when = f"a los {es_num(tp.day)} días del mes de {ES_MONTHS[tp.month - 1]} de {es_year_words(tp.year)}"
    p.text(p.w / 2, 52, "ESTADO PLURINACIONAL DE BOLIVIA", FB, 12, "center")
    p.text(p.w / 2, 66, "MINISTERIO DE EDUCACIÓN", F, 10, "center")
    p.text(p.w / 2, 84, inst.name.upper(), FB, 15, "center")
    p.text(p.w / 2, 120, "TÍTULO EN PROVISIÓN NACIONAL", FB, 24, "center")
    photo_box(p, 48, 150, 78, 96)
    y = 152
    y = center_wrapped(p, y, f"POR CUANTO: {'la señorita' if fem else 'el señor'}", FI, 12, W, 16) + 4
    p.text(p.w / 2, y, name, FB, 17, "center"); y += 18
    y = center_wrapped(p, y, f"con Cédula de Identidad Nº {bo_ci(s)}, ha obtenido el Diploma Académico de "
                       f"Licenciad{'a' if fem else 'o'} en {carrera} otorgado por esta Casa Superior de Estudios en "
                       f"fecha {c.day} de {ES_MONTHS[c.month - 1]} de {c.year}, habiendo cumplido los requisitos "
                       f"exigidos por las disposiciones legales vigentes.", FI, 12, W, 16) + 6
    y = center_wrapped(p, y, "POR TANTO: en nombre del Estado Plurinacional de Bolivia, se le confiere el presente "
                       "TÍTULO EN PROVISIÓN NACIONAL de", FI, 12, W, 16) + 14
    p.text(p.w / 2, y, tf if fem else tm, FB, 20, "center"); y += 22
    y = center_wrapped(p, y, "para que pueda ejercer su profesión en todo el territorio del Estado Plurinacional, con "
                       "los derechos y prerrogativas que le acuerdan las leyes.", FI, 12, W, 16) + 4
    p.text(p.w / 2, y, f"Dado y firmado en la ciudad de {inst.city}, {when}.", F, 11.5, "center")
    yb = p.h - 86
    _sign(p, rng, [(190, "SECRETARIO GENERAL"), (p.w / 2, "RECTOR"), (p.w - 190, "DECANO")], yb)
    p.seal(p.w / 2 + 110, yb - 30, 26, 0.45)
    p.text(48, p.h - 52, f"Resolución Ministerial Nº {k(s, 'bo-rm') % 900 + 100}/{tp.year} — Registrado en el "
           f"Ministerio de Educación bajo el Nº {tp.year}-{k(s, 'bo-reg') % 900000 + 100000}, Serie "
           f"\"{'ABC'[k(s, 'bo-ser') % 3]}\", Libro {k(s, 'bo-tl') % 30 + 1}, Folio {k(s, 'bo-tf') % 400 + 1}.", F, 8)
    p.text(48, p.h - 40, f"Registro Universitario Nº {s.student_no}. Es conforme con los registros de la Secretaría "
           "General.", F, 8)
    return LayoutResult("diploma", "sn_mz_bo_diplome", FAMILY, [p], [name],
                        info={"conferred_printed": f"{c.day} de {ES_MONTHS[c.month - 1]} de {c.year}"})


# --- GE / LR -------------------------------------------------------------------------------
KA_DEG = {"ge_md": "სამედიცინო დიაგნოსტიკის ბაკალავრი", "ge_bio": "ბიოლოგიის ბაკალავრი",
          "ge_nur": "საექთნო საქმის ბაკალავრი"}
_KA2 = {"kh": "ხ", "gh": "ღ", "sh": "შ", "ch": "ჩ", "ts": "ც", "dz": "ძ", "zh": "ჟ"}
_KA1 = dict(zip("abgdevztiklmnoprsuqjhcfxwy", "აბგდევზთიკლმნოპრსუყჯჰცფხვი"))


def to_ka(s):
    """Latin romanisation of a Georgian name back into Mkhedruli (greedy digraphs)."""
    out, i, s = [], 0, s.lower()
    while i < len(s):
        if s[i:i + 2] in _KA2:
            out.append(_KA2[s[i:i + 2]])
            i += 2
            continue
        out.append(_KA1.get(s[i], s[i]))
        i += 1
    return "".join(out)


def ge_lr_diploma(s, person, rng):
    return (_ge if s.institution.country == "GE" else _lr)(s, person, rng)


def _ge(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p.rect(20, 20, p.w - 40, p.h - 40, 1.6, 0.35)
    p.vline(p.w / 2, 40, p.h - 40, 0.5, 0.6)
    name = name_form(person, "natural")
    c = s.conferred
    order = f"{k(s, 'ge-or') % 900 + 100}"
    dno = f"{k(s, 'ge-dn') % 900000 + 100000:06d}"
    ds = f"DS-{c.year}-{k(s, 'ge-ds') % 90000 + 10000}"
    xl, xr = p.w / 4, 3 * p.w / 4
    for x in (xl, xr):
        p.circle(x, 70, 20, 1.1, 0.3)
        p.circle(x, 70, 12, 0.6, 0.3)
    ka(p, xl, 118, inst.extra["ka"], 9, "center", bold=True)
    p.text(xr, 118, inst.name.upper(), FB, 11, "center")
    ka(p, xl, 160, "დიპლომი", 26, "center", bold=True)
    p.text(xr, 160, "DIPLOMA", FB, 26, "center")
    ka(p, xl, 182, f"№ BMD {dno}", 9, "center")
    p.text(xr, 182, f"No. BMD {dno}", F, 9, "center")
    ka(p, xl, 222, f"{to_ka(person.given)} {to_ka(person.surname)}", 16, "center", bold=True)
    p.text(xr, 222, name, FB, 16, "center")
    ka(p, xl, 250, "მიენიჭა აკადემიური ხარისხი", 10, "center")
    p.text(xr, 250, "has been awarded the academic degree of", FI, 11, "center")
    ka(p, xl, 278, KA_DEG.get(cur.id, cur.title), 12, "center", bold=True)
    p.text(xr, 278, cur.title, FB, 14, "center")
    ka(p, xl, 306, f"რექტორის ბრძანება № {order}, {c.strftime('%d.%m.%Y')}", 9, "center")
    p.text(xr, 306, f"Rector's order N {order} of {c.strftime('%d/%m/%Y')}", F, 10, "center")
    ka(p, xl, 324, f"დიპლომის დანართი № {ds}", 9, "center")
    p.text(xr, 324, f"Diploma supplement N {ds}", F, 10, "center")
    ka(p, xl, 352, f"თბილისი, {c.year}" if inst.city == "Tbilisi" else f"{to_ka(inst.city)}, {c.year}", 11, "center")
    p.text(xr, 352, f"{inst.city}, {c.year}", F, 11, "center")
    yb = p.h - 90
    for x in (xl, xr):
        p.signature(x - 45, yb - 13, 90, rng)
        p.hline(x - 80, x + 80, yb - 9, 0.5)
    ka(p, xl, yb, "რექტორი", 10, "center")
    p.text(xr, yb, "Rector", FB, 10, "center")
    p.seal(p.w / 2, yb - 40, 30, 0.5)
    return LayoutResult("diploma", "ge_lr_diploma", FAMILY, [p], [name],
                        info={"conferred_printed": c.strftime("%d/%m/%Y"), "supplement": ds})


def _lr(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_LETTER)
    p.border(20, 2.4, 0.25)
    FB, FI = "Times-Bold", "Times-BoldItalic"
    name = name_form(person, "natural")
    W = p.w - 200
    c = s.conferred
    p.logo(p.w / 2, 62, 20, 1)
    y = 112
    p.text(p.w / 2, y, "The Board of Trustees of", FI, 15, "center"); y += 30
    p.text(p.w / 2, y, inst.name, FB, 28, "center"); y += 30
    y = center_wrapped(p, y, f"{inst.city}, Republic of Liberia, upon the recommendation of the Faculty of the "
                       f"{inst.extra.get('college', 'University')}, has conferred upon", FI, 13, W, 18) + 12
    p.text(p.w / 2, y, name, FB, 24, "center"); y += 30
    p.text(p.w / 2, y, "the degree of", FI, 13, "center"); y += 28
    p.text(p.w / 2, y, cur.title, FB, 19, "center"); y += 24
    if s.honours:
        p.text(p.w / 2, y, s.honours, FI, 15, "center"); y += 22
    y = center_wrapped(p, y, "with all the rights, privileges and honors thereunto appertaining. In witness whereof, "
                       "the seal of the University and the signatures of its duly authorized officers are hereunto "
                       "affixed.", FI, 12, W, 16) + 4
    when = f"Given at {inst.city}, Liberia, this {D.words_day_of(c)}."
    y = center_wrapped(p, y, when, FI, 12, W, 16)
    yb = p.h - 66
    _sign(p, rng, [(170, "Chairman, Board of Trustees"), (p.w / 2, "President"), (p.w - 170, "Registrar")], yb)
    p.seal(p.w / 2 + 150, yb - 44, 34, 0.78)
    return LayoutResult("diploma", "ge_lr_diploma", FAMILY, [p], [name],
                        info={"conferred_printed": D.words_day_of(c)})


DIPLOMA_LAYOUTS = {"sn_mz_bo_diplome": (sn_mz_bo_diplome, FAMILY, ("SN", "MZ", "BO")),
                   "ge_lr_diploma": (ge_lr_diploma, FAMILY, ("GE", "LR"))}
