"""Writer X, round 11: diplomas for SV, PT (x_titulo_carta), ER (x_degree_ti_en) and BJ, TJ
(x_diplome_diplom).

x_titulo_carta: SV landscape título "La Universidad Nacional de Cuscatlán ... confiere el título de
    LICENCIADA EN LABORATORIO CLÍNICO a ... por haber cumplido con los requisitos académicos ... Dado en
    la Ciudad Universitaria, San Salvador, a los veinte días del mes de marzo de dos mil diecinueve",
    Rector and Secretario General, "Registrado en el libro de títulos N.º 12, folio 234"; PT portrait
    "CARTA DE CURSO" ("... faz saber que ... concluiu em 15 de julho de 2019 a Licenciatura em Ciências
    Biomédicas Laboratoriais, com a classificação final de 15 (quinze) valores" — the transcript's
    média), issued months later ("Lisboa, 3 de outubro de 2019").
x_degree_ti_en: ER English degree certificate with Tigrinya lines drawn as pictures above the English
    ones: "has been awarded the degree of Bachelor of Science in Clinical Laboratory Sciences with Great
    Distinction ... given this 24th day of July 2016" (the distinction from the transcript's CGPA).
x_diplome_diplom: BJ "DIPLÔME DE LICENCE PROFESSIONNELLE" with "Vu" clauses, "Spécialité : Analyses
    Biomédicales", "Mention : Assez Bien", "Abomey-Calavi, le 28 février 2020"; TJ landscape "ДИПЛОМ"
    with the Tajik half on the left and the Russian half on the right ("Тахассус / Специальность:
    Лабораторная диагностика", "врач-лаборант", registration number, date dd.mm.yyyy), followed by its
    English translation page.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page
from .r11_x_common import (EN_MONTHS, FAMILY, by_reading_order, cwrap, dry_seal, es_date_words, fr_date, geez_line, k,
                           ordinal_en, pt_date, round_stamp, sign_block, star_seal, tajik_safe)

SV_TIT = {"sv_mls": ("LICENCIADA EN LABORATORIO CLÍNICO", "LICENCIADO EN LABORATORIO CLÍNICO"),
          "sv_bio": ("LICENCIADA EN BIOLOGÍA", "LICENCIADO EN BIOLOGÍA"),
          "sv_nur": ("LICENCIADA EN ENFERMERÍA", "LICENCIADO EN ENFERMERÍA")}


def _sv(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    d = s.conferred
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(20, 2.4, 0.3)
    star_seal(p, W / 2, 70, 30, 0.3, points=14)
    y = 124
    p.text(W / 2, y, "REPÚBLICA DE EL SALVADOR EN LA AMÉRICA CENTRAL", TB, 10, "center")
    y += 26
    p.text(W / 2, y, inst.name.upper(), TB, 20, "center")
    y += 32
    y = cwrap(p, W / 2, y, f"La {inst.name}, por medio de la {inst.extra['fac'] if cur.id != 'sv_bio' else inst.extra['fac_bio']}, "
              "confiere el título de", TI, 13, W - 200, 18) + 8
    p.text(W / 2, y, SV_TIT[cur.id][0 if person.sex == "F" else 1], TB, 19, "center")
    y += 30
    p.text(W / 2, y, "a", TI, 13, "center")
    y += 28
    p.text(W / 2, y, nm, TB, 22, "center")
    y += 28
    y = cwrap(p, W / 2, y, "por haber cumplido con los requisitos académicos y legales establecidos en el plan de "
              "estudios y en los reglamentos de la Universidad.", TI, 12.5, W - 220, 17) + 6
    y = cwrap(p, W / 2, y, f"Dado en {inst.extra['city']}, {es_date_words(d)}.", TI, 12.5, W - 200, 17)
    yb = p.h - 78
    sign_block(p, rng, W * 0.27, yb, "Rector", TB, 11, 170)
    sign_block(p, rng, W * 0.73, yb, "Secretario General", TB, 11, 170)
    dry_seal(p, W / 2, yb - 16, 32)
    p.text(W - 60, p.h - 40, f"Registrado en el libro de títulos N.º {k(s, 'lib') % 30 + 1}, folio "
           f"{k(s, 'fol') % 400 + 1}", T, 8.5, "right")
    return LayoutResult("diploma", "x_titulo_carta", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": es_date_words(d), "issued": d.isoformat()})


def _pt(s, person, rng):
    from .r11_x_pt import pt_rows, valores
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    rows, _ = pt_rows(s)
    ws = sum(g * r.spec.credits for r, _, _, g, _, _, _ in rows if g is not None)
    wn = sum(r.spec.credits for r, _, _, g, _, _, _ in rows if g is not None)
    media = int(ws / wn + 0.5)
    issued = s.conferred + dt.timedelta(days=60 + k(s, "iss") % 50)
    p = Page(A4)
    W = p.w
    p.border(26, 1.6, 0.35)
    p.logo(W / 2, 84, 22, 2, 0.3)
    y = 138
    p.text(W / 2, y, "REPÚBLICA PORTUGUESA", TB, 11, "center")
    y += 18
    p.text(W / 2, y, inst.extra["parent"].upper() if cur.id != "pt_bio" else inst.name.upper(), TB, 13, "center")
    y += 15
    p.text(W / 2, y, inst.name if cur.id != "pt_bio" else inst.extra["parent"], TI, 11, "center")
    y += 46
    p.text(W / 2, y, "CARTA DE CURSO", TB, 20, "center")
    y += 40
    chair = "Presidente do Instituto Politécnico" if cur.id != "pt_bio" else "Reitor da Universidade"
    cc = f"{k(s, 'cc') % 90000000 + 10000000}"
    filho = "filha" if person.sex == "F" else "filho"
    body = (f"O {chair}, faz saber que {nm}, {filho} de Manuel {person.surname.split()[-1]} e de Maria "
            f"{person.surname.split()[0]}, nascid{'a' if person.sex == 'F' else 'o'} a {pt_date(s.dob)}, "
            f"portador{'a' if person.sex == 'F' else ''} do cartão de cidadão n.º {cc}, concluiu em "
            f"{pt_date(s.conferred)} a {cur.title}, com a classificação final de {valores(media)}.")
    y = p.paragraph(70, y, body, T, 12.5, W - 140, 20) + 8
    y = p.paragraph(70, y, "E, para constar, se passou a presente carta, que vai assinada e autenticada com o selo "
                    "branco em uso nesta instituição.", T, 12.5, W - 140, 20) + 20
    p.text(W / 2, y, f"{inst.city}, {pt_date(issued)}", TI, 12, "center")
    yb = p.h - 150
    sign_block(p, rng, W * 0.3, yb, f"O {chair.split(' do ')[0].split(' da ')[0]}", TB, 10.5, 170)
    sign_block(p, rng, W * 0.7, yb, "O Administrador", TB, 10.5, 170)
    dry_seal(p, W / 2, yb + 50, 30)
    p.text(70, p.h - 60, f"Registo n.º {k(s, 'reg') % 9000 + 1000}, livro {k(s, 'liv') % 20 + 1}, "
           f"fls. {k(s, 'fls') % 200 + 1}", T, 8.5)
    return LayoutResult("diploma", "x_titulo_carta", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": pt_date(s.conferred), "issued": issued.isoformat(),
                              "media_final": media})


def x_titulo_carta(s, person, rng):
    return {"SV": _sv, "PT": _pt}[s.institution.country](s, person, rng)


def er_distinction(cgpa):
    return "Very Great Distinction" if cgpa >= 3.75 else "Great Distinction" if cgpa >= 3.25 else \
        "Distinction" if cgpa >= 2.75 else ""


TI_DEG = {"er_mls": "ባችለር ኦፍ ሳይንስ ኣብ ክሊኒካዊ ላቦራቶሪ ሳይንስ", "er_bio": "ባችለር ኦፍ ሳይንስ ኣብ ባዮሎጂ",
          "er_nur": "ባችለር ኦፍ ሳይንስ ኣብ ነርሲንግ"}


def x_degree_ti_en(s, person, rng):
    from .r11_x_er import cgpa_of
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    dist = er_distinction(cgpa_of(s))
    d = s.conferred
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(22, 2.2, 0.3)
    star_seal(p, W / 2, 70, 28, 0.35, points=16)
    geez_line(p, W / 2, 122, "ሃገረ ኤርትራ", 12)
    p.text(W / 2, 140, "STATE OF ERITREA", TB, 11, "center")
    geez_line(p, W / 2, 164, inst.extra["ti"], 14)
    p.text(W / 2, 186, inst.name.upper(), TB, 19, "center")
    y = 220
    p.text(W / 2, y, "This is to certify that", TI, 13, "center")
    y += 30
    p.text(W / 2, y, nm, TB, 22, "center")
    y += 30
    y = cwrap(p, W / 2, y, "having satisfactorily completed the prescribed course of study and fulfilled all the "
              "requirements of the College,", TI, 13, W - 220, 18)
    p.text(W / 2, y, "has been awarded the degree of", TI, 13, "center")
    y += 20
    geez_line(p, W / 2, y + 6, TI_DEG[cur.id], 12)
    y += 28
    p.text(W / 2, y, cur.title, TB, 17, "center")
    y += 24
    if dist:
        p.text(W / 2, y, f"with {dist}", TB, 13, "center")
        y += 24
    p.text(W / 2, y, f"Given this {ordinal_en(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}, at {inst.city}, "
           "Eritrea.", TI, 12.5, "center")
    yb = p.h - 70
    sign_block(p, rng, W * 0.25, yb, "Dean of the College", TB, 10.5, 160)
    sign_block(p, rng, W * 0.75, yb, "Registrar", TB, 10.5, 160)
    dry_seal(p, W / 2, yb - 14, 30)
    p.text(60, p.h - 36, f"Serial No. {k(s, 'ser') % 90000 + 10000}", T, 8.5)
    return LayoutResult("diploma", "x_degree_ti_en", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{ordinal_en(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}",
                              "distinction": dist})


BJ_SPEC = {"bj_mls": ("Licence Professionnelle", "Sciences de la Santé", "Analyses Biomédicales"),
           "bj_bio": ("Licence", "Sciences et Technologies", "Sciences Biologiques"),
           "bj_nur": ("Licence Professionnelle", "Sciences de la Santé", "Sciences Infirmières")}


def _bj(s, person, rng):
    from .r11_x_bj import bj_rows
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = f"{person.surname.upper()} {' '.join(x for x in (person.given, person.middle) if x)}"
    sems = bj_rows(s)
    tot = sum(r.spec.credits for _, _, _, rows, _ in sems for r, _, _, _ in rows)
    avg = sum(m * r.spec.credits for _, _, _, rows, _ in sems for r, m, _, _ in rows) / tot
    mention = "Très Bien" if avg >= 16 else "Bien" if avg >= 14 else "Assez Bien" if avg >= 12 else "Passable"
    grade, dom, spec = BJ_SPEC[cur.id]
    d = s.conferred + dt.timedelta(days=90 + k(s, "dip") % 120)
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(20, 2.0, 0.3)
    p.text(150, 56, "RÉPUBLIQUE DU BÉNIN", TB, 10, "center")
    p.text(150, 68, "Fraternité - Justice - Travail", TI, 8.5, "center")
    p.text(W - 170, 56, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", TB, 8.5, "center")
    p.text(W - 170, 67, "ET DE LA RECHERCHE SCIENTIFIQUE", TB, 8.5, "center")
    p.text(W / 2, 96, inst.name.upper(), TB, 14, "center")
    p.text(W / 2, 128, f"DIPLÔME DE {grade.upper()}", TB, 20, "center")
    y = 152
    vus = ["Vu la Constitution du 11 décembre 1990 ;",
           "Vu la loi n° 2005-33 du 6 octobre 2005 portant orientation de l'éducation nationale ;",
           "Vu le décret portant organisation des études selon le système Licence-Master-Doctorat (LMD) ;",
           f"Vu le procès-verbal de délibération du jury en date du {s.conferred.strftime('%d/%m/%Y')} ;"]
    for v in vus:
        p.text(90, y, v, TI, 9.5)
        y += 13
    y += 8
    y = cwrap(p, W / 2, y, f"Le Recteur de l'{inst.name} confère à", T, 12, W - 200, 16) + 4
    p.text(W / 2, y, nm, TB, 18, "center")
    y += 20
    p.text(W / 2, y, f"né{'e' if person.sex == 'F' else ''} le {s.dob.strftime('%d/%m/%Y')}, N° matricule "
           f"{s.student_no}", T, 11, "center")
    y += 18
    p.text(W / 2, y, f"le Diplôme de {grade}", T, 12, "center")
    y += 18
    p.spaced(W / 2, y, [f"Domaine : {dom}", f"Mention : {mention}"], T, 11.5, gap=30, align="center")
    y += 16
    p.text(W / 2, y, f"Spécialité : {spec}", TB, 12, "center")
    y += 18
    p.text(W / 2, y, "pour en jouir avec les droits et prérogatives qui y sont attachés.", TI, 11, "center")
    y += 22
    p.text(W - 200, y, f"{inst.city}, le {fr_date(d)}", T, 11, "center")
    yb = p.h - 60
    sign_block(p, rng, W * 0.22, yb, "Le Titulaire", TB, 10, 140)
    sign_block(p, rng, W * 0.5, yb, "Le Directeur" if cur.id == "bj_mls" else "Le Doyen", TB, 10, 150)
    sign_block(p, rng, W * 0.78, yb, "Le Recteur", TB, 10, 150)
    round_stamp(p, W * 0.7, yb - 24, 28, 0.45)
    p.text(50, 40, f"N° {k(s, 'dn') % 90000 + 10000}/{inst.extra['sigle']}", T, 8.5)
    return LayoutResult("diploma", "x_diplome_diplom", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": s.conferred.strftime('%d/%m/%Y'), "mention": mention})


TJ_DIP = {"tj_mls": ("Ташхиси лабораторӣ", "Лабораторная диагностика", "Laboratory diagnostics",
                     "табиби лаборант", "врач-лаборант", "laboratory physician"),
          "tj_bio": ("Биология", "Биология", "Biology", "биолог", "биолог", "biologist"),
          "tj_nur": ("Корҳои ҳамширагӣ", "Сестринское дело", "Nursing", "ҳамшираи шафқат", "медицинская сестра",
                     "nurse")}


def _tj(s, person, rng):
    with tajik_safe():
        return _tj_(s, person, rng)


def _tj_(s, person, rng):
    from .r11_x_tj import _lat, en_name, ru_name, tj_name
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    tn, rn, en = tj_name(person), ru_name(person), en_name(person)
    sp = TJ_DIP[cur.id]
    series = f"АД № {k(s, 'ser') % 9000000 + 1000000}"
    reg = k(s, "reg") % 9000 + 1000
    d = s.conferred
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.vline(W / 2, 30, H - 30, 0.6, 0.5)
    halves = [(W / 4, "ҶУМҲУРИИ ТОҶИКИСТОН", "ДИПЛОМ", inst.extra["tj"], "Ҳамин диплом ба", tn,
               f"дода шуд, ки вай соли {s.admitted.year} ба {inst.extra['tj']} дохил шуда, соли "
               f"{d.year} пурра хатм кардааст.", "Тахассус:", sp[0], "Ихтисос:", sp[3],
               f"Рақами бақайдгирӣ {reg}", f"Санаи додан {d.strftime('%d.%m.%Y')}", ("Ректор", "Котиб")),
              (3 * W / 4, "РЕСПУБЛИКА ТАДЖИКИСТАН", "ДИПЛОМ", inst.extra["ru"], "Настоящий диплом выдан", rn,
               f"в том, что {'она' if person.sex == 'F' else 'он'} в {s.admitted.year} году "
               f"{'поступила' if person.sex == 'F' else 'поступил'} в {inst.extra['ru']} и в {d.year} году "
               f"{'окончила' if person.sex == 'F' else 'окончил'} полный курс.", "Специальность:", sp[1],
               "Квалификация:", sp[4], f"Регистрационный номер {reg}", f"Дата выдачи {d.strftime('%d.%m.%Y')}",
               ("Ректор", "Секретарь"))]
    for cx, rep, dip, uni, gave, name, body, l1, v1, l2, v2, regl, datel, sig in halves:
        y = 60
        p.text(cx, y, rep, TB, 11, "center")
        y += 34
        p.text(cx, y, dip, TB, 24, "center")
        y += 18
        p.text(cx, y, series, T, 10, "center")
        y += 30
        p.text(cx, y, gave, TI, 11, "center")
        y += 20
        p.text(cx, y, name, TB, 14, "center")
        y += 22
        y = cwrap(p, cx, y, body, T, 10.5, W / 2 - 80, 14) + 10
        p.text(cx, y, f"{l1} {v1}", TB, 11, "center")
        y += 18
        p.text(cx, y, f"{l2} {v2}", TB, 11, "center")
        y += 34
        p.text(cx, y, regl, T, 10, "center")
        y += 14
        p.text(cx, y, datel, T, 10, "center")
        yb = H - 70
        sign_block(p, rng, cx - 80, yb, sig[0], TB, 9.5, 110)
        sign_block(p, rng, cx + 80, yb, sig[1], TB, 9.5, 110)
    round_stamp(p, W / 4, H - 120, 30, 0.45)
    q = Page(A4)
    L, R = 60, q.w - 60
    q.text(q.w / 2, 56, "Translation from Tajik and Russian", TI, 9.5, "center")
    y = 96
    for t, f, sz in (("REPUBLIC OF TAJIKISTAN", TB, 11), ("DIPLOMA", TB, 16), (series.replace("АД", "AD"), T, 10),
                     (inst.name, TB, 11)):
        q.text(q.w / 2, y, t, f, sz, "center")
        y += 20
    y += 10
    y = q.paragraph(L, y, f"This diploma is issued to {en} to certify that {'she' if person.sex == 'F' else 'he'} "
                    f"entered {inst.name} in {s.admitted.year} and completed the full course of study in {d.year}.",
                    T, 11.5, R - L, 17) + 8
    for a, b in (("Speciality:", sp[2]), ("Qualification:", sp[5]), ("Registration No.:", str(reg)),
                 ("Date of issue:", d.strftime("%d.%m.%Y"))):
        q.pieces(y, [(L, a, "left", TB, 11), (L + 110, b, "left")], T, 11)
        y += 16
    y += 12
    q.text(L, y, f"Rector /signature/ {_lat(inst.extra['rector'])}", T, 10.5)
    q.text(L, y + 15, "Secretary /signature/", T, 10.5)
    q.text(L, y + 30, "Seal: /round seal of the university/", TI, 10)
    y += 64
    tr = ["Sadulloeva Mehrangez", "Nurov Dilshod", "Kholova Parvina"][k(s, "tr") % 3]
    y = q.paragraph(L, y, f"Translated by {tr}, translator. The translation from Tajik and Russian into English is "
                    "correct.", TI, 10, R - L, 13) + 6
    nd = d.replace(year=min(d.year + 3, 2026))
    y = q.paragraph(L, y, f"{nd.strftime('%d.%m.%Y')}, {inst.city}. Certified by the notary of the State Notary Office "
                    f"No. {k(s, 'no') % 4 + 1}; registry No. {k(s, 'nr2') % 9000 + 1000}.", TI, 10, R - L - 130, 13)
    q.signature(L + 10, y + 20, 80, rng)
    q.text(L, y + 32, "Notary /signature/", T, 10)
    round_stamp(q, R - 70, y + 30, 36, 0.45)
    return LayoutResult("diploma", "x_diplome_diplom", FAMILY, by_reading_order([p, q]), [tn, rn, en],
                        info={"conferred_printed": d.strftime("%d.%m.%Y")})


def x_diplome_diplom(s, person, rng):
    return {"BJ": _bj, "TJ": _tj}[s.institution.country](s, person, rng)


DIPLOMA_LAYOUTS = {"x_titulo_carta": (x_titulo_carta, FAMILY, ("SV", "PT")),
                   "x_degree_ti_en": (x_degree_ti_en, FAMILY, ("ER",)),
                   "x_diplome_diplom": (x_diplome_diplom, FAMILY, ("BJ", "TJ"))}
