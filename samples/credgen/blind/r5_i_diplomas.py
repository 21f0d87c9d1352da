"""Writer I, round 5: diplomas.

i5_commonwealth_degree (NG, GY, KE):
  NG portrait "This is to certify that ... having satisfied the requirements of the University and
     passed the prescribed examinations was awarded the degree of BACHELOR OF MEDICAL LABORATORY
     SCIENCE (B.MLS) Second Class Honours (Upper Division) ... Given under the Common Seal of the
     University this 15th day of February, 2020", Vice-Chancellor and Registrar (the class is the
     transcript's CGPA class, r5_i_common.ng_class);
  GY portrait "The Board of Governors, upon the recommendation of the Academic Board, has conferred
     upon ... the degree of Bachelor of Science in Medical Technology with all the rights and
     privileges thereunto appertaining. Given at Georgetown, Guyana, this twenty-second day of
     November, two thousand and nineteen" (date in words), Chancellor / Vice-Chancellor / Registrar;
  KE landscape "... having fulfilled the requirements ... is hereby admitted to the degree of ...
     at a congregation held on 13th December 2019", Chancellor and Vice-Chancellor.
i5_licence_titulo (LB, CU):
  LB landscape "DIPLÔME DE LICENCE": the Arabic title (picture), "Le Président de l'Université ...,
     Vu ..., Vu la délibération du jury en date du 10 juillet 2020, confère le diplôme de Licence en
     Sciences de Laboratoire Médical à Mlle ..., née le ... à ...  Fait à Beyrouth, le 5 octobre
     2020". The conferral (truth) is the jury's date: the degree is earned at the deliberation, the
     diploma is issued months later;
  CU "REPÚBLICA DE CUBA ... TÍTULO de LICENCIADA EN TECNOLOGÍA DE LA SALUD, perfil Laboratorio
     Clínico ... por haber cumplido los requisitos ... expedido en La Habana, a los 15 días del mes
     de julio de 2018" with "Tomo 3 Folio 124 Número 567" (the conferral is the expedition date)."""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, LETTER, Page, fit_size, wrap
from .r4_g_arabic import arabic_line
from .r5_i_common import FAMILY, k, ng_class, star_seal
from .r5_i_cu import MESES, cu_registry
from .r5_i_ke import ke_class
from .r5_i_lb import birthplace, fr_date

NG_DEG = {"ng_bmls": "BACHELOR OF MEDICAL LABORATORY SCIENCE (B.MLS)",
          "ng_bsc_micro": "BACHELOR OF SCIENCE (B.Sc.) MICROBIOLOGY",
          "ng_bsc_biochem": "BACHELOR OF SCIENCE (B.Sc.) BIOCHEMISTRY",
          "ng_bnsc": "BACHELOR OF NURSING SCIENCE (B.N.Sc.)"}


def _c(p, y, s, font, size, max_w, leading=None):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading or size * 1.45
    return y


def _sign(p, x, y, who, font, rng, w=120):
    p.signature(x - w / 2, y - 4, w, rng)
    p.hline(x - w / 2 - 10, x + w / 2 + 10, y, 0.5)
    p.text(x, y + 13, who, font, 11, "center")


def commonwealth_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    c = inst.country
    name = name_form(person, "natural" if c != "NG" else "caps")
    if c == "KE":
        p = Page(LANDSCAPE_A4)
        p.border(22, 1.6, 0.3)
        p.text(70, 58, f"Serial No. {k(s.student_no, 'ke') % 900000 + 100000}", F, 9)
        p.logo(p.w / 2, 70, 22, 1, 0.3)
        y = 142
        p.text(p.w / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 20, p.w - 160), "center"); y += 44
        p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 32
        p.text(p.w / 2, y, name, FBI, 21, "center"); y += 30
        y = _c(p, y, "having fulfilled the requirements prescribed by the Senate of the University is hereby "
               "admitted to the degree of", FI, 14, 600, 19) + 10
        p.text(p.w / 2, y, cur.title.upper(), FB, fit_size(cur.title.upper(), FB, 16, p.w - 140), "center"); y += 22
        p.text(p.w / 2, y, ke_class(s).title(), FBI, 13, "center")
        y += 24
        d = s.conferred
        printed = f"{D.ordinal_suffix(d.day)} {D.MONTHS[d.month - 1]} {d.year}"
        y = _c(p, y + 6, f"at a congregation held on {printed}", FI, 14, 600)
        p.seal(p.w / 2, p.h - 96, 34)
        _sign(p, 200, p.h - 70, "Chancellor", FI, rng)
        _sign(p, p.w - 200, p.h - 70, "Vice-Chancellor", FI, rng)
        return LayoutResult("diploma", "i5_commonwealth_degree", FAMILY, [p], [name], info={"conferred_printed": printed})
    p = Page(A4)
    p.border(26, 1.7, 0.3)
    p.logo(p.w / 2, 120, 34, 1, 0.3)
    y = 214
    p.text(p.w / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 19, p.w - 120), "center"); y += 20
    p.text(p.w / 2, y, f"{inst.city}, {'Nigeria' if c == 'NG' else 'Guyana'}", FI, 11, "center"); y += 64
    if c == "NG":
        p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 44
        p.text(p.w / 2, y, name, FB, 19, "center"); y += 44
        y = _c(p, y, "having satisfied the requirements of the University and passed the prescribed "
               "examinations was awarded the degree of", FI, 13.5, 420, 19) + 14
        y = _c(p, y, NG_DEG.get(cur.id, cur.title.upper()), FB, 15, 460, 20) + 4
        p.text(p.w / 2, y, ng_class(s), FBI, 14, "center"); y += 56
        d = s.conferred
        printed = f"{D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]}, {d.year}"
        y = _c(p, y, f"Given under the Common Seal of the University this {printed}", FI, 13, 420, 18)
        p.seal(p.w / 2, p.h - 150, 38)
        _sign(p, 150, p.h - 100, "Vice-Chancellor", FI, rng)
        _sign(p, p.w - 150, p.h - 100, "Registrar", FI, rng)
        p.text(p.w - 60, p.h - 48, f"Matric. No. {s.student_no}", F, 8.5, "right")
    else:
        y = _c(p, y, "The Board of Governors, upon the recommendation of the Academic Board, has conferred upon",
               FI, 13.5, 420, 19) + 30
        p.text(p.w / 2, y, name, FB, 20, "center"); y += 44
        p.text(p.w / 2, y, "the degree of", FI, 13.5, "center"); y += 36
        p.text(p.w / 2, y, cur.title, FB, fit_size(cur.title, FB, 17, 470), "center"); y += 36
        y = _c(p, y, "with all the rights and privileges thereunto appertaining.", FI, 13.5, 420) + 36
        d = s.conferred
        printed = (f"{D.ordinal_words(d.day)} day of {D.MONTHS[d.month - 1]}, "
                   f"{D.year_words(d.year, 'british')}")
        y = _c(p, y, f"Given at {inst.city}, Guyana, this {printed}", FI, 13, 420, 18)
        star_seal(p, p.w / 2, p.h - 180, 34, 0.45)
        _sign(p, 130, p.h - 100, "Chancellor", FI, rng, 100)
        _sign(p, p.w / 2, p.h - 100, "Vice-Chancellor", FI, rng, 100)
        _sign(p, p.w - 130, p.h - 100, "Registrar", FI, rng, 100)
    return LayoutResult("diploma", "i5_commonwealth_degree", FAMILY, [p], [name], info={"conferred_printed": printed})


LB_AR = {"lb_slm": "شهادة الإجازة في علوم المختبرات الطبية", "lb_bch": "شهادة الإجازة في الكيمياء الحيوية",
         "lb_si": "شهادة الإجازة في العلوم التمريضية"}
CU_TIT = {"cu_lc": ("LICENCIADO EN TECNOLOGÍA DE LA SALUD", "LICENCIADA EN TECNOLOGÍA DE LA SALUD",
                    "perfil Laboratorio Clínico"),
          "cu_mic": ("LICENCIADO EN MICROBIOLOGÍA", "LICENCIADA EN MICROBIOLOGÍA", None),
          "cu_enf": ("LICENCIADO EN ENFERMERÍA", "LICENCIADA EN ENFERMERÍA", None)}


def licence_titulo(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    fem = person.sex == "F"
    if inst.country == "LB":
        p = Page(LANDSCAPE_A4)
        W = p.w
        p.border(22, 1.5, 0.35)
        name = f"{person.given} {person.middle} {person.surname.upper()}".replace("  ", " ")
        hon = ("Mlle" if k(s.student_no, "mlle") % 2 else "Mme") if fem else "M."
        p.text(60, 56, f"N° {s.conferred.year}/{k(s.student_no, 'lbd') % 9000 + 1000}", F, 9)
        arabic_line(p, W / 2, 58, inst.extra["ar"], 14, bold=True)
        p.text(W / 2, 82, inst.name.upper(), FB, 17, "center")
        p.text(W / 2, 98, inst.extra["fac"][0], FI, 11.5, "center")
        arabic_line(p, W / 2, 124, LB_AR[cur.id], 13)
        p.text(W / 2, 150, "DIPLÔME DE LICENCE", FB, 22, "center")
        y = 180
        jury, issue = s.conferred, s.conferred + dt.timedelta(days=60 + k(s.student_no, "fait") % 50)
        pres = "Le Président de l'Université,"
        p.text(120, y, pres, FB, 11.5); y += 17
        for v in ("Vu le Code libanais de l'enseignement supérieur et les statuts de l'Université ;",
                  f"Vu le règlement des études de la {inst.extra['fac'][0]} ;",
                  f"Vu la délibération du jury en date du {fr_date(jury)} ;"):
            p.text(140, y, v, FI, 11); y += 15
        y += 10
        y = _c(p, y, f"confère le diplôme de {cur.title}", F, 13.5, 620) + 6
        p.text(W / 2, y, f"à {hon} {name},", FB, 16, "center"); y += 22
        p.text(W / 2, y, f"né{'e' if fem else ''} le {fr_date(s.dob)} à {birthplace(s)},", F, 12.5, "center"); y += 18
        p.text(W / 2, y, "avec tous les droits et prérogatives qui s'y rattachent.", FI, 12, "center"); y += 26
        ville = inst.city
        p.text(W - 160, y, f"Fait à {ville}, le {fr_date(issue)}", F, 11.5, "center")
        p.seal(W / 2, p.h - 84, 30)
        _sign(p, 190, p.h - 64, "Le Doyen", FI, rng)
        _sign(p, W - 190, p.h - 64, "Le Président de l'Université", FI, rng)
        return LayoutResult("diploma", "i5_licence_titulo", FAMILY, [p], [name],
                            info={"conferred_printed": fr_date(jury), "issued_printed": fr_date(issue)})
    p = Page(LETTER)
    W = p.w
    p.border(24, 1.4, 0.3)
    name = name_form(person, "caps")
    star_seal(p, W / 2, 84, 30, 0.35)
    y = 150
    for ln, f, sz in (("REPÚBLICA DE CUBA", FB, 15), ("MINISTERIO DE SALUD PÚBLICA", F, 11.5),
                      (inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 12.5, W - 110))):
        p.text(W / 2, y, ln, f, sz, "center"); y += 18
    y += 14
    y = _c(p, y, "El Rector de la Universidad, por cuanto:", FI, 12.5, 460) + 4
    p.text(W / 2, y, name, FB, 17, "center"); y += 26
    y = _c(p, y, f"ha cumplido los requisitos establecidos en el plan de estudios y aprobado los exámenes "
           f"correspondientes, por tanto le expide el presente", F, 12, 450, 17) + 24
    p.text(W / 2, y, "TÍTULO", FB, 22, "center"); y += 26
    p.text(W / 2, y, "de", FI, 12, "center"); y += 22
    m, f_, prof = CU_TIT[cur.id]
    p.text(W / 2, y, f_ if fem else m, FB, fit_size(f_ if fem else m, FB, 15, W - 110), "center"); y += 20
    if prof:
        p.text(W / 2, y, prof, FBI, 13.5, "center"); y += 22
    y = _c(p, y + 4, "con todos los derechos y prerrogativas que las leyes y reglamentos vigentes le conceden.",
           FI, 11.5, 440, 16) + 10
    d = s.conferred
    city = "La Habana" if inst.city == "La Habana" else inst.city
    printed = f"a los {d.day} días del mes de {MESES[d.month - 1]} de {d.year}"
    y = _c(p, y, f"Dado y expedido en {city}, {printed}.", F, 12, 450, 17)
    tomo, folio, num = cu_registry(s)
    p.spaced(W / 2, p.h - 160, [f"Tomo {tomo}", f"Folio {folio}", f"Número {num}"], F, 11, gap=26, align="center")
    for x, who in ((120, "Secretario General"), (W / 2, "Decano"), (W - 120, "Rector")):
        _sign(p, x, p.h - 92, who, FI, rng, 100)
    p.text(W / 2, p.h - 50, "Firma del Titular: ............................................", F, 10, "center")
    return LayoutResult("diploma", "i5_licence_titulo", FAMILY, [p], [name], info={"conferred_printed": printed})


DIPLOMA_LAYOUTS = {"i5_commonwealth_degree": (commonwealth_degree, FAMILY, ("NG", "GY", "KE")),
                   "i5_licence_titulo": (licence_titulo, FAMILY, ("LB", "CU"))}
