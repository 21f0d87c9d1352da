"""Writer AJ, round 17: diplomas for SE, XK, CH, NG and BB (four designs, the second and fourth drawn
per country).

aj_se_examensbevis: SE "EXAMENSBEVIS" of three pages: the Swedish certificate ("<name>, född
    1995-04-12, har avlagt Medicine kandidatexamen med huvudområdet biomedicinsk laboratorievetenskap
    (...) omfattande 180 högskolepoäng"; for the analyst programme also "Biomedicinsk analytikerexamen"),
    "Umeå den 14 augusti 2018" and the registrar's signature; page 2 the courses in the degree in a
    small table (Kurskod | Kurs | hp | Betyg | Datum) from the same rows as the transcript; page 3 the
    English "DEGREE CERTIFICATE" translation.
aj_xk_ch_diploma: XK "DIPLOMË" with Albanian, English and Serbian lines ("... ka përfunduar studimet
    themelore ... dhe i jepet titulli Bachelor i Shkencave Mjekësore — Laborant i Mjekësisë",
    "Prishtinë, 15.10.2018", Rector, Dean); CH "DIPLÔME" of the ES ("La Conférence des directeurs de
    l'École supérieure de santé ... décerne à <name> le titre de Technicienne en analyses biomédicales
    diplômée ES", "Titre reconnu par la Confédération", "Lausanne, le 2 octobre 2017").
aj_se_examensbevis is SE only; aj_ng_bb_certificate: NG university certificate ("This is to certify
    that <name>, having completed an approved course of study and passed the prescribed examinations,
    has this day been awarded the degree of Bachelor of Medical Laboratory Science (B.MLS) with Second
    Class Honours (Upper Division)", "Given under the seal of the University this 27th day of February
    2018", Vice-Chancellor, Registrar); BB associate-degree parchment ("... has satisfactorily completed
    the requirements for the Associate Degree in Applied Science (Medical Laboratory Technology) with
    Merit", Principal, Chairman of the Board, "November 2017").
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, fit_size
from . import r17_aj_bb as BB
from .r16_ah_common import cyrillic_safe
from . import r17_aj_ch as CH
from . import r17_aj_ng as NG
from . import r17_aj_se as SE
from . import r17_aj_xk as XK
from .r17_aj_common import (EN_MONTHS, FAMILY, SV_MONTHS, canton_shield, cwrap, dmy, dry_seal, fr_date, iso, k,
                            crest, keep_dob, kosovo_emblem, natural, ordinal_en, round_stamp, sign_block)


# --- SE -------------------------------------------------------------------------------------------
def se_examensbevis(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    person._aj_pnr = SE.pnr(s)
    S, SB, T, TB, TI = "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    d = s.conferred
    loc = inst.extra["loc"]
    ex = SE.EXAMINA[cur.id]
    en = SE.EN_DEGREE[cur.id]
    reg = inst.extra["registrar"]
    no = f"{d.year}/{k(s, 'exno') % 9000 + 1000}"
    # page 1: the certificate
    p = Page(A4)
    W, H = p.w, p.h
    p.circle(W / 2, 96, 30, 1.0, 0.3)
    p.circle(W / 2, 96, 24, 0.5, 0.3)
    p.text(W / 2, 160, inst.name.upper(), T, 17, "center")
    p.text(W / 2, 212, "EXAMENSBEVIS", TB, 24, "center")
    p.text(W / 2, 252, f"{nm}, född {iso(s.dob)},", TB, 14, "center")
    y = cwrap(p, W / 2, 282, f"har avlagt {ex[0]} ({en[0]}), omfattande 180 högskolepoäng.", T, 13, W - 160, 19)
    if len(ex) > 1:
        y = cwrap(p, W / 2, y + 8, f"Examen omfattar även {ex[1]}.", T, 13, W - 160, 19)
    y = cwrap(p, W / 2, y + 14, "Examen har utfärdats enligt högskoleförordningen (1993:100). Kurser som ingår i "
                                "examen framgår av bilaga.", T, 11, W - 170, 16)
    p.text(W / 2, y + 30, f"{loc} den {d.day} {SV_MONTHS[d.month - 1]} {d.year}", T, 12, "center")
    sign_block(p, rng, W / 2, y + 100, reg, T, 11, 200, "Examenshandläggare")
    p.text(60, H - 50, f"Examensbevis nr {no}", S, 8.5)
    # page 2: the courses in the degree
    q = Page(A4)
    L, R = 60, W - 60
    q.text(L, 60, inst.name, S, 10)
    q.text(L, 80, f"Bilaga till examensbevis nr {no}", SB, 11)
    q.text(L, 95, f"{nm}, {SE.pnr(s)}", S, 9.5)
    q.text(L, 110, f"Kurser som ingår i examen: {ex[0]}", S, 9, )
    y = 136
    X = [L, L + 60, R - 130, R - 80]
    q.hline(L, R, y - 10, 0.5)
    q.pieces(y, [(X[0], "Kurskod", "left"), (X[1], "Kurs", "left"), (X[2], "hp", "right"), (X[3] - 30, "Betyg", "left"),
                 (R, "Datum", "right")], SB, 8)
    q.hline(L, R, y + 4, 0.5)
    y += 15
    items, (pr, pmods) = SE.se_items(s)
    tot = 0.0
    for r, g, dd, _ in items:
        q.pieces(y, [(X[0], r.spec.code, "left"), (X[1], r.spec.title, "left", S, fit_size(r.spec.title, S, 8, X[2] - X[1] - 30)),
                     (X[2], SE.hp(r.spec.credits), "right"), (X[3] - 30, g, "left"), (R, iso(dd), "right")], S, 8)
        tot += r.spec.credits
        y += 11.5
    for mt, mh, mg, md in pmods:
        t = f"{pr.spec.title} (del: {mt})"
        q.pieces(y, [(X[0], pr.spec.code, "left"), (X[1], t, "left"), (X[2], SE.hp(mh), "right"),
                     (X[3] - 30, mg, "left"), (R, iso(md), "right")], S, 8)
        tot += mh
        y += 11.5
    q.hline(L, R, y - 6, 0.5)
    q.pieces(y + 6, [(X[1], "Summa", "left"), (X[2], SE.hp(tot), "right")], SB, 8)
    # page 3: the English translation
    e = Page(A4)
    e.text(W / 2, 110, inst.extra["en"].upper(), T, 16, "center")
    e.text(W / 2, 160, "DEGREE CERTIFICATE", TB, 22, "center")
    e.text(W / 2, 184, "(Translation of Examensbevis)", TI, 10, "center")
    e.text(W / 2, 226, f"{nm}, born {d_en(s.dob)},", TB, 13, "center")
    txt = f"has been awarded the {en[0]}, {en[1]}, comprising 180 credits (ECTS)"
    if en[2]:
        txt += f", and the {en[2]}"
    y = cwrap(e, W / 2, 256, txt + ".", T, 12.5, W - 160, 18)
    y = cwrap(e, W / 2, y + 12, "The degree has been awarded in accordance with the Higher Education Ordinance "
                                "(1993:100). The courses included in the degree are listed in the appendix.", T, 11,
              W - 170, 16)
    e.text(W / 2, y + 30, f"{loc}, {d_en(d)}", T, 12, "center")
    sign_block(e, rng, W / 2, y + 100, reg, T, 11, 200, "Degree Administrator")
    e.text(60, H - 50, f"Degree certificate no. {no}", S, 8.5)
    return LayoutResult("diploma", "aj_se_examensbevis", FAMILY, [p, q, e], [nm])


def d_en(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


# --- XK and CH -------------------------------------------------------------------------------------
def _xk(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 1.6, 0.3)
    kosovo_emblem(p, W / 2, 70, 40)
    p.text(W / 2, 116, "Republika e Kosovës – Republic of Kosovo – Република Косово", T, 11, "center")
    p.text(W / 2, 136, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 150, f"{inst.extra['en']} – {inst.extra['sr']}", TI, 9.5, "center")
    p.text(W / 2, 180, "DIPLOMË", TB, 26, "center")
    p.text(W / 2, 197, "DIPLOMA – ДИПЛОМА", T, 11, "center")
    nm = f"{person.given} {person.surname}"
    prog = XK.PROG[cur.id]
    born = dmy(s.dob)
    d = s.conferred
    p.text(W / 2, 232, nm, TB, 20, "center")
    p.text(W / 2, 248, f"i/e lindur më {born} – born on {born} – рођен/а {born}", T, 10, "center")
    y = cwrap(p, W / 2, 274, f"ka përfunduar studimet themelore në {prog[2]}, programi {prog[0]} (180 ECTS), "
                             f"dhe i jepet titulli", T, 12, W - 200, 16)
    p.text(W / 2, y + 4, prog[1], TB, 14, "center")
    y = cwrap(p, W / 2, y + 26, f"has completed the undergraduate studies (180 ECTS) and is awarded the title "
                                f"{prog[3]}", TI, 10.5, W - 200, 14)
    y = cwrap(p, W / 2, y + 2, f"је завршио/ла основне студије (180 ЕЦТС) и додељује му/јој се звање {prog[4]}",
              TI, 10.5, W - 200, 14)
    p.text(W / 2, y + 14, f"{inst.city}, {dmy(d)}", T, 12, "center")
    sign_block(p, rng, 190, H - 70, "Dekani / Dean / Декан", T, 10, 190, inst.extra["dean"])
    sign_block(p, rng, W - 190, H - 70, "Rektori / Rector / Ректор", T, 10, 190, inst.extra["rector"])
    round_stamp(p, W / 2, H - 86, 34, 0.45)
    kosovo_emblem(p, W / 2, H - 86, 22, 0.45)
    p.text(W - 50, 48, f"Nr. i diplomës / Diploma No.: {d.year}-{k(s, 'dipl') % 90000 + 10000}", T, 9, "right")
    return LayoutResult("diploma", "aj_xk_ch_diploma", FAMILY, [p], [nm])


def _ch(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    person._aj_origin = CH.origin(s)
    S, SB, T, TB, TI = "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    canton_shield(p, 70, 70, 30)
    p.text(100, 64, inst.name, SB, 12)
    p.text(100, 78, f"{inst.city} – Canton de {inst.region}", S, 9)
    p.text(W / 2, 180, "DIPLÔME", TB, 34, "center")
    titles = CH.TITLES[cur.id]
    fem = person.sex == "F"
    nm = f"{person.given} {person.surname}"
    title = titles[1] if fem else titles[2]
    y = cwrap(p, W / 2, 240, f"{inst.extra['conf']} décerne à", T, 13, W - 140, 19)
    p.text(W / 2, y + 16, nm, TB, 22, "center")
    née = "née" if fem else "né"
    p.text(W / 2, y + 40, f"{née} le {fr_date(s.dob)}, originaire de {CH.origin(s)},", T, 12, "center")
    y = cwrap(p, W / 2, y + 72, "le titre de" if cur.level == "diploma" else "le grade de", T, 13, W - 140, 19)
    y = cwrap(p, W / 2, y + 8, title, TB, 17, W - 120, 22)
    if cur.level == "diploma":
        y = cwrap(p, W / 2, y + 10, "Titre protégé et reconnu par la Confédération (formation professionnelle "
                                    "supérieure, école supérieure, filière reconnue par le SEFRI).", TI, 10.5,
                  W - 160, 15)
    p.text(W / 2, y + 30, f"{inst.city}, le {fr_date(s.conferred)}", T, 12, "center")
    sign_block(p, rng, 170, H - 120, "Le directeur / La directrice" if cur.level == "diploma" else "Le doyen",
               T, 10, 180, inst.extra["director"])
    sign_block(p, rng, W - 170, H - 120, "Pour le canton", T, 10, 180, None)
    dry_seal(p, W / 2, H - 130, 30, 0.7)
    p.text(60, H - 44, f"N° {s.student_no}/{s.conferred.year}", S, 8.5)
    return LayoutResult("diploma", "aj_xk_ch_diploma", FAMILY, [p], [nm])


_xk = cyrillic_safe(_xk)


def xk_ch_diploma(s, person, rng):
    return (_xk if s.institution.country == "XK" else _ch)(s, person, rng)


# --- NG and BB -------------------------------------------------------------------------------------
NG_CLASS = {"First Class (Honours)": "with First Class Honours",
            "Second Class (Honours) Upper Division": "with Second Class Honours (Upper Division)",
            "Second Class (Honours) Lower Division": "with Second Class Honours (Lower Division)",
            "Third Class (Honours)": "with Third Class Honours", "Pass": "with a Pass"}


def _ng(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.2, 0.25)
    crest(p, W / 2, 66, 22, 0.3)
    p.text(W / 2, 122, inst.name.upper(), TB, 22, "center")
    p.text(W / 2, 140, f"{inst.city}, {inst.region}, Nigeria", TI, 11, "center")
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x).upper()
    cls = NG_CLASS[NG.degree_class(NG.final_cgpa(s))]
    y = cwrap(p, W / 2, 178, "This is to certify that", TI, 14, W - 200, 20)
    p.text(W / 2, y + 14, nm, TB, 20, "center")
    y = cwrap(p, W / 2, y + 46, "having completed an approved course of study and passed the prescribed examinations, "
                                "has this day been awarded the degree of", TI, 13.5, W - 220, 19)
    y = cwrap(p, W / 2, y + 10, f"{cur.title.upper()} ({NG.SHORT[cur.id]})", TB, 16, W - 200, 21)
    p.text(W / 2, y + 2, cls, TB, 13.5, "center")
    d = s.conferred
    p.text(W / 2, y + 32, f"Given under the seal of the University this {ordinal_en(d.day)} day of "
                          f"{EN_MONTHS[d.month - 1]} {d.year}", TI, 12.5, "center")
    sign_block(p, rng, 190, H - 66, "Vice-Chancellor", TB, 10.5, 190)
    sign_block(p, rng, W - 190, H - 66, "Registrar", TB, 10.5, 190)
    dry_seal(p, W / 2, H - 88, 34, 0.7)
    p.text(56, H - 36, f"No. {NG.matric(s).split('/')[0]}/{d.year}/{k(s, 'certno') % 90000 + 10000}", T, 9)
    return LayoutResult("diploma", "aj_ng_bb_certificate", FAMILY, [p], [nm])


def _bb(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.4, 0.35)
    p.text(W / 2, 96, inst.name, TB, 28, "center")
    p.text(W / 2, 118, "Barbados", TI, 12, "center")
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    a, f = BB.AWARD[cur.id]
    cls = BB.award_class(s)
    y = cwrap(p, W / 2, 162, "This is to certify that", TI, 14, W - 200, 20)
    p.text(W / 2, y + 18, nm, TB, 24, "center")
    y = cwrap(p, W / 2, y + 52, "has satisfactorily completed the requirements for the", TI, 14, W - 200, 20)
    y = cwrap(p, W / 2, y + 8, f"{a} ({f})", TB, 18, W - 160, 23)
    if cls:
        p.text(W / 2, y + 2, cls, TB, 14, "center")
        y += 18
    d = s.conferred
    p.text(W / 2, y + 22, f"{EN_MONTHS[d.month - 1]} {d.year}", T, 13, "center")
    sign_block(p, rng, 200, H - 70, "Principal", TB, 10.5, 190, inst.extra["principal"])
    sign_block(p, rng, W - 200, H - 70, "Chairman of the Board of Management", TB, 10.5, 220, inst.extra["chair"])
    dry_seal(p, W / 2, H - 90, 36, 0.7)
    return LayoutResult("diploma", "aj_ng_bb_certificate", FAMILY, [p], [nm])


def ng_bb_certificate(s, person, rng):
    return (_ng if s.institution.country == "NG" else _bb)(s, person, rng)


DIPLOMA_LAYOUTS = {"aj_se_examensbevis": (se_examensbevis, FAMILY, ("SE",)),
                   "aj_ng_bb_certificate": (ng_bb_certificate, FAMILY, ("NG", "BB")),
                   "aj_xk_ch_diploma": (xk_ch_diploma, FAMILY, ("XK", "CH"))}
