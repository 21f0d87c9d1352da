"""Writer R, round 9: diplomas.

ci_ao_ni_diplome (CI, AO, NI):
  CI landscape "RÉPUBLIQUE DE CÔTE D'IVOIRE — Union - Discipline - Travail", the ministry, "Vu le
    décret n° ... Vu l'arrêté ... Vu le procès-verbal du jury ...", "Le Président de l'Université
    (Le Directeur Général de l'Institut) confère à M./Mlle NAME, né(e) le ... à ..., le DIPLÔME DE
    LICENCE PROFESSIONNELLE — Mention : Biologie Médicale — avec la mention Assez Bien (the relevé's
    mention) ... Fait à Abidjan, le ...", Le Directeur des Études / Le Président, "Le titulaire".
  AO portrait "REPÚBLICA DE ANGOLA — Ministério do Ensino Superior ... DIPLOMA — O Director Geral ...
    faz saber que NAME ... concluiu ... com a média final de 14 (catorze) valores, pelo que lhe
    confere o grau de Licenciado(a) em Análises Clínicas e Saúde Pública ... Luanda, aos doze de
    Março de dois mil e dezanove" (date in words), registry line, a blind-stamp ring.
  NI landscape "La Universidad ... POR CUANTO: NAME ha cumplido ... POR TANTO: le extiende el TÍTULO de
    Licenciado(a) en Bioanálisis Clínico ... Dado en la ciudad de León, a los veinte días del mes de
    marzo del año dos mil veinte", Rector / Secretario General / Decano, the registry numbers (Folio,
    Tomo, Partida) in the lower-left corner.
am_fj_diploma (AM, FJ):
  AM page 1 the Armenian diploma ("ԲԱԿԱԼԱՎՐԻ ԴԻՊԼՈՄ", the state emblem drawn as a circle, name in
    Armenian letters), page 2 its English translation "BACHELOR'S DIPLOMA No. ... has been awarded the
    qualification: Bachelor of Medical Laboratory Diagnostics ... Yerevan, 30 June 2019" with the
    translator's line; names_printed keeps the Latin form only.
  FJ landscape parchment "The Council of the University ... at a Graduation Ceremony held on ...
    conferred upon NAME the degree of Bachelor of Medical Laboratory Science", Vice-Chancellor and
    Registrar, an embossed seal, a security border.
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r9_r_am import CUR_HY, INST_HY, hy_name
from .r9_r_ao import PROVINCES as AO_PROV
from .r9_r_ao import ao_media
from .r9_r_ci import CITIES as CI_CITIES
from .r9_r_common import (ES_MONTHS, FAMILY, PT_MONTHS, es_days_words, fr_long, hy, k, pt_date_words, pt_num,
                          round_seal, security_border)
from .r9_r_fj import PACK as FJ_PACK
from .r9_r_ni import PACK as NI_PACK


def _ci(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    p.border(20, 1.6, 0.3)
    L, R, M = 60, p.w - 60, p.w / 2
    p.text(L, 58, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", FB, 8.5)
    p.text(L, 69, "ET DE LA RECHERCHE SCIENTIFIQUE", FB, 8.5)
    p.text(R, 58, "RÉPUBLIQUE DE CÔTE D'IVOIRE", FB, 9.5, "right")
    p.text(R - 30, 70, "Union - Discipline - Travail", FI, 8.5, "right")
    p.logo(M, 64, 22, 1, 0.3)
    p.text(M, 108, inst.name.upper(), FB, 13, "center")
    inst_kind = "Institut" if inst.kind == "institute" else "Université"
    head = "Le Directeur Général de l'Institut" if inst.kind == "institute" else "Le Président de l'Université"
    ld = "LICENCE PROFESSIONNELLE" if "Professionnelle" in cur.title else "LICENCE"
    mention = cur.title.split(" en ")[-1]
    y = 132
    vus = [f"Vu le décret n° 2009-{164 + k(s, 'vd') % 200} du {4 + k(s, 'vd2') % 20} mai 2009 portant application du "
           "système Licence-Master-Doctorat (LMD) dans les établissements d'enseignement supérieur ;",
           f"Vu l'arrêté n° {k(s, 'va') % 900 + 100}/MESRS/DGES du {fr_long(s.admitted.replace(day=1))} portant "
           f"habilitation de l'{inst_kind} à délivrer le diplôme de {ld.lower()} ;",
           f"Vu le procès-verbal de délibération du jury en date du {fr_long(s.conferred.replace(day=max(1, s.conferred.day - 7)))} ;"]
    for v in vus:
        y = p.paragraph(L + 20, y, v, FI, 9.5, R - L - 40, 12.5)
    y += 10
    p.text(M, y, head, F, 12, "center")
    y += 18
    p.text(M, y, "confère à", F, 12, "center")
    fem = person.sex == "F"
    nm = f"{person.surname.upper()} {' '.join(x for x in (person.given, person.middle) if x)}"
    printed = f"{'Mlle' if fem else 'M.'} {nm}"
    y += 24
    p.text(M, y, printed, FB, 17, "center")
    city = CI_CITIES[k(s, "ci-born") % len(CI_CITIES)]
    y += 20
    p.text(M, y, f"né{'e' if fem else ''} le {fr_long(s.dob)} à {city}", F, 12, "center")
    y += 22
    p.text(M, y, "le", F, 12, "center")
    y += 24
    p.text(M, y, f"DIPLÔME DE {ld}", FB, 19, "center")
    y += 20
    p.text(M, y, "Domaine : Sciences de la Santé — Mention : " + mention, FB, 12, "center")
    y += 18
    p.text(M, y, f"avec la mention {s.honours}", FI, 12, "center")
    y += 18
    p.text(M, y, "pour en jouir avec les droits et prérogatives qui y sont attachés.", F, 11, "center")
    y += 24
    p.text(M, y, f"Fait à {'Abidjan' if inst.city in ('Abidjan', 'Bingerville') else inst.city}, le "
                 f"{fr_long(s.conferred)}", F, 11.5, "center")
    ys = p.h - 78
    for x, role in ((L + 90, "Le titulaire"), (M, "Le Directeur des Études"),
                    (R - 110, head.replace(" de l'Institut", "").replace(" de l'Université", ""))):
        p.text(x, ys - 30, role, FB, 10, "center")
        if role != "Le titulaire":
            p.signature(x - 50, ys, 100, rng)
    round_seal(p, rng, R - 170, ys - 10, 64, inst.name.upper()[:44], "LA PRÉSIDENCE", ("★",))
    p.text(L, p.h - 36, f"N° {s.conferred.year}/LP/{k(s, 'dno') % 90000 + 10000}", F, 8.5)
    return LayoutResult("diploma", "ci_ao_ni_diplome", FAMILY, [p], [nm],
                        info={"conferred_printed": fr_long(s.conferred), "mention": s.honours})


def _ao(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    p.border(24, 1.4, 0.35)
    M, W = p.w / 2, p.w - 130
    p.seal(M, 72, 24, 0.3)
    p.text(M, 116, "REPÚBLICA DE ANGOLA", FB, 13, "center")
    p.text(M, 130, "Ministério do Ensino Superior, Ciência, Tecnologia e Inovação", F, 10, "center")
    p.text(M, 150, inst.name.upper(), FB, 12, "center")
    p.text(M, 196, "DIPLOMA", FB, 30, "center")
    fem = person.sex == "F"
    o = "a" if fem else "o"
    nm = name_form(person, "caps")
    media = ao_media(s)
    nat = AO_PROV[k(s, "nat") % len(AO_PROV)]
    deg = cur.title.replace("Licenciatura", "Licenciad" + o)
    txt = (f"O Director Geral do {inst.name}, no uso das competências que lhe são conferidas por lei, faz saber que "
           f"{nm}, natural de {nat}, nascid{o} aos {s.dob.day} de {PT_MONTHS[s.dob.month - 1]} "
           f"de {s.dob.year}, concluiu com aproveitamento o curso de {cur.title.replace('Licenciatura em ', '')}, "
           f"com a média final de {media} ({pt_num(media)}) valores, pelo que lhe confere o grau de")
    y = center_wrapped(p, 236, txt, F, 12, W, 18)
    y += 14
    p.text(M, y, deg.upper(), FB, 15, "center")
    y += 28
    y = center_wrapped(p, y, "com todos os direitos e prerrogativas legais, e para constar se passou o presente "
                       "diploma, que vai assinado e autenticado com o selo branco em uso nesta instituição.", F, 12,
                       W, 18)
    c = s.conferred
    y += 16
    p.text(M, y, f"{inst.city}, aos {pt_date_words(c)}", FI, 12, "center")
    ys = y + 90
    for x, role in ((150, "O Chefe do Departamento dos Assuntos Académicos"), (p.w - 150, "O Director Geral")):
        p.signature(x - 50, ys, 100, rng)
        p.hline(x - 95, x + 95, ys + 4, 0.5)
        p.text(x, ys + 16, role, FB, 8.5 if len(role) > 30 else 10, "center")
    p.seal(M, ys - 10, 34, 0.7)
    p.text(M, p.h - 60, f"Registado no Livro {k(s, 'lv') % 30 + 1} de Diplomas, folha {k(s, 'fl') % 200 + 1}, "
                        f"sob o n.º {k(s, 'rg') % 9000 + 1000}/{c.year}", F, 8.5, "center")
    return LayoutResult("diploma", "ci_ao_ni_diplome", FAMILY, [p], [nm],
                        info={"conferred_printed": pt_date_words(c), "media": media})


def _ni(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    p.border(22, 1.8, 0.25)
    L, R, M = 60, p.w - 60, p.w / 2
    p.logo(M, 62, 22, 1, 0.3)
    p.text(M, 106, f"La {inst.name}", FB, 20, "center")
    p.text(M, 124, "Nicaragua, América Central", FI, 10, "center")
    fem = person.sex == "F"
    nm = name_form(person, "natural")
    y = 156
    p.text(L + 20, y, "POR CUANTO:", FB, 12)
    txt = (f"{nm} ha cumplido con todos los requisitos académicos y legales establecidos en el plan de estudios de la "
           f"carrera de {cur.title.replace('Licenciatura en ', '')} de la Facultad de Ciencias Médicas, y aprobado la "
           "modalidad de graduación correspondiente,")
    y = p.paragraph(L + 110, y, txt, F, 12, R - L - 130, 17) + 6
    p.text(L + 20, y, "POR TANTO:", FB, 12)
    p.text(L + 110, y, "le extiende el", F, 12)
    y += 34
    deg = cur.title.replace("Licenciatura", "Licenciada" if fem else "Licenciado")
    p.text(M, y, "TÍTULO", FB, 24, "center")
    y += 26
    p.text(M, y, f"de {deg}", FB, 16, "center")
    y += 24
    y = center_wrapped(p, y, "para que pueda ejercer la profesión con todos los derechos y prerrogativas que las "
                       "leyes y reglamentos le confieren.", F, 12, R - L - 120, 16)
    c = s.conferred
    y += 4
    dado = f"Dado en la ciudad de {inst.city}, {es_days_words(c)}."
    y = center_wrapped(p, y, dado, FI, 12, R - L - 120, 16)
    ys = p.h - 80
    sg = NI_PACK.signers
    for i, (x, role) in enumerate(((L + 130, "Secretario General"), (M, "Rector"), (R - 130, "Decano"))):
        p.signature(x - 50, ys, 100, rng)
        p.hline(x - 90, x + 90, ys + 4, 0.5)
        p.text(x, ys + 15, sg[(k(s, "ni-d") + i) % 4], F, 9, "center")
        p.text(x, ys + 26, role, FB, 9.5, "center")
    p.seal(M + 110, ys - 20, 30, 0.5)
    reg = [f"Registrado bajo el No. {k(s, 'ni-r') % 9000 + 1000}", f"Folio: {k(s, 'ni-fo') % 400 + 1}",
           f"Tomo: {['I', 'II', 'III', 'IV', 'V', 'VI'][k(s, 'ni-to') % 6]}", f"Partida: {k(s, 'ni-pa') % 900 + 100}"]
    for i, ln in enumerate(reg):
        p.text(48, 54 + 10 * i, ln, F, 7.5)
    return LayoutResult("diploma", "ci_ao_ni_diplome", FAMILY, [p], [nm],
                        info={"conferred_printed": f"{c.day} de {ES_MONTHS[c.month - 1]} de {c.year}",
                              "registry": reg})


def ci_ao_ni_diplome(s, person, rng):
    return {"CI": _ci, "AO": _ao, "NI": _ni}[s.institution.country](s, person, rng)


def _am(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    c = s.conferred
    dno = f"ԱԲ {k(s, 'am-dn') % 900000 + 100000:06d}"
    dno_en = f"AB {dno.split()[1]}"
    p = Page(LANDSCAPE_A4)
    p.border(24, 1.4, 0.4)
    M = p.w / 2
    p.circle(M, 74, 26, 1.2, 0.3)
    p.circle(M, 74, 17, 0.6, 0.3)
    hy(p, M, 124, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", 14, "center", True)
    hy(p, M, 160, "ԲԱԿԱԼԱՎՐԻ ԴԻՊԼՈՄ", 24, "center", True)
    hy(p, M, 182, dno, 12, "center")
    hy(p, M, 222, hy_name(person), 18, "center", True)
    hy(p, M, 250, f"ավարտել է {INST_HY[inst.name]}", 9.5, "center")
    hy(p, M, 270, f"«{CUR_HY[cur.id]}» մասնագիտությամբ", 11, "center")
    hy(p, M, 292, "և ստացել է բակալավրի որակավորում", 11, "center")
    hy(p, M, 330, f"Երևան, {c.day:02d}.{c.month:02d}.{c.year} թ.", 11, "center")
    hy(p, 150, p.h - 96, "Ռեկտոր", 11, "center", True)
    hy(p, p.w - 170, p.h - 96, "Պետական ատեստավորման հանձնաժողովի նախագահ", 9, "center", True)
    p.signature(100, p.h - 110, 100, rng)
    p.signature(p.w - 220, p.h - 110, 100, rng)
    round_seal(p, rng, M, p.h - 110, 72, inst.name.upper()[:44], "REPUBLIC OF ARMENIA", ("★",))
    hy(p, 50, p.h - 42, f"Գրանցման համար՝ {k(s, 'am-dr') % 9000 + 1000}", 8.5)
    # English translation
    t = Page(A4)
    L, R = 70, A4[0] - 70
    nm = name_form(person, "given_surname").upper()
    t.text(R, 50, "Translation from Armenian", FI, 9.5, "right")
    t.text(t.w / 2, 86, "/State Emblem of the Republic of Armenia/", FI, 9.5, "center")
    t.text(t.w / 2, 108, "REPUBLIC OF ARMENIA", FB, 12, "center")
    t.text(t.w / 2, 140, "BACHELOR'S DIPLOMA", FB, 18, "center")
    t.text(t.w / 2, 160, f"No. {dno_en}", F, 11, "center")
    t.text(t.w / 2, 196, nm, FB, 14, "center")
    spec = cur.title.replace("Bachelor of ", "")
    txt = (f"has completed the full course of study at {inst.name} in the speciality \"{spec}\" and by the decision "
           f"of the State Attestation Commission of {D.long_dmy(c.replace(day=max(1, c.day - 6)))} has been awarded "
           "the qualification:")
    y = t.paragraph(L, 226, txt, F, 11.5, R - L, 16) + 8
    t.text(t.w / 2, y, cur.title, FB, 13, "center")
    y += 36
    t.text(L, y, f"Yerevan, {D.long_dmy(c)}", F, 11)
    y += 40
    t.pieces(y, [(L, "Rector", "left", FB, 10.5), (L + 230, "/signature/", "left", FI, 10.5)], F, 10.5)
    y += 18
    t.pieces(y, [(L, "Chairman of the State Attestation Commission", "left", FB, 10.5),
                 (L + 230, "/signature/", "left", FI, 10.5)], F, 10.5)
    y += 18
    t.text(L, y, "/Seal of the University/", FI, 10)
    y += 18
    t.text(L, y, f"Registration No. {k(s, 'am-dr') % 9000 + 1000}", F, 10)
    y += 44
    tr = ["Lilit Avetisyan", "Hasmik Simonyan", "Davit Poghosyan"][k(s, "am-tr") % 3]
    y = t.paragraph(L, y, f"I, the undersigned translator {tr}, certify that this is a true and accurate translation "
                    "of the attached document from Armenian into English.", FI, 10, R - L, 13)
    t.pieces(y + 6, [(L, f"Translator: {tr}", "left"), (R - 100, "/signature/", "left", FI, 10)], F, 10)
    t.seal(R - 50, y + 40, 26, 0.45)
    return LayoutResult("diploma", "am_fj_diploma", FAMILY, [p, t], [nm],
                        info={"conferred_printed": D.long_dmy(c), "diploma_no": dno_en, "armenian_name": hy_name(person)})


def _fj(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    security_border(p, 22, 0.5)
    M = p.w / 2
    p.logo(M, 70, 24, 1, 0.25)
    p.text(M, 124, inst.name, FB, 26, "center")
    c = s.conferred
    cer = c
    campus = "Laucala Campus, Suva" if inst.city == "Suva" else "Natabua Campus, Lautoka"
    y = center_wrapped(p, 164, f"The Council of the University hereby certifies that at a Graduation Ceremony held on "
                       f"{D.long_dmy(cer)} at the {campus}, it conferred upon", FI, 13, p.w - 220, 19)
    nm = name_form(person, "natural")
    y += 16
    p.text(M, y, nm, FB, 22, "center")
    y += 34
    p.text(M, y, "the degree of", FI, 13, "center")
    y += 32
    p.text(M, y, cur.title, FB, 20, "center")
    y += 26
    p.text(M, y, "having fulfilled all the requirements prescribed by the statutes and regulations of the University.",
           FI, 11.5, "center")
    ys = p.h - 92
    sg = FJ_PACK.signers
    for i, (x, role) in enumerate(((190, "Vice-Chancellor and President"), (p.w - 190, "Registrar"))):
        p.signature(x - 55, ys, 110, rng)
        p.hline(x - 100, x + 100, ys + 4, 0.5)
        p.text(x, ys + 17, sg[(k(s, "fj-s") + i) % 4], F, 10, "center")
        p.text(x, ys + 30, role, FB, 10.5, "center")
    p.seal(M, ys - 6, 36, 0.55)
    p.text(M, p.h - 40, f"Certificate No. {c.year}/{k(s, 'fj-no') % 90000 + 10000}", F, 8.5, "center")
    return LayoutResult("diploma", "am_fj_diploma", FAMILY, [p], [nm],
                        info={"conferred_printed": D.long_dmy(cer), "ceremony": D.long_dmy(cer)})


def am_fj_diploma(s, person, rng):
    return {"AM": _am, "FJ": _fj}[s.institution.country](s, person, rng)


DIPLOMA_LAYOUTS = {"ci_ao_ni_diplome": (ci_ao_ni_diplome, FAMILY, ("CI", "AO", "NI")),
                   "am_fj_diploma": (am_fj_diploma, FAMILY, ("AM", "FJ"))}
