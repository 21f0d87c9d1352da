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
from . import r17_aj_se as SE
from .r17_aj_common import (EN_MONTHS, FAMILY, SV_MONTHS, cwrap, dry_seal, iso, k, keep_dob, natural, sign_block)


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


DIPLOMA_LAYOUTS = {"aj_se_examensbevis": (se_examensbevis, FAMILY, ("SE",))}
