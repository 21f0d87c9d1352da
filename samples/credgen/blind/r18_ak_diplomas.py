"""Writer AK, round 18: diplomas for NP, NO, DK, ME and NE (three designs, the second and third drawn
per country).

ak_np_degree: NP university "DEGREE CERTIFICATE" in English, the university's Nepali name and the
    Nepali award line above the English drawn as pictures (Devanagari-like, no text layer): "This is to
    certify that <name>, a student of <college>, is hereby awarded the degree of Bachelor in Medical
    Laboratory Technology, having passed the examination held in 2074 B.S. (2018 A.D.) in First Division
    with Distinction", Vice-Chancellor, Registrar, "Date: 2075/09/15" (B.S.), the registration number.
ak_no_dk_diploma: NO "VITNEMÅL" ("<name>, født 03.07.1996, har fullført og bestått Bachelor i
    bioingeniørfag, 180 studiepoeng, og er tildelt graden bachelor", "Oslo, 20.06.2018", the rector and
    the director) followed by its Diploma Supplement page in English (the EU sections in short: holder,
    qualification, level, length, programme requirements, the total credits, the grading scale);
    DK: page 1 of the EKSAMENSBEVIS (r18_ak_dk.certificate_page) on its own.
ak_me_ne_diploma: ME "DIPLOMA" (the coat of arms, "Crna Gora", the university, "<name>, rođen/a ... je
    završio/la primijenjene osnovne studije ... u trajanju od tri godine (180 ECTS) i stekao/la stručni
    naziv Bachelor primijenjene medicinske laboratorijske dijagnostike (BSc appl.)", "Podgorica,
    15.10.2017", the dean and the rector); NE "DIPLÔME D'ÉTAT DE TECHNICIEN SUPÉRIEUR EN ANALYSES
    BIOMÉDICALES" ("Le Ministre de la Santé Publique, Vu ... Vu le procès-verbal du jury ... décerne à
    M./Mme <name> né(e) le ... à ... le Diplôme ... Session de juillet 2017", "Fait à Niamey, le 12
    septembre 2017"), a three-year technician diploma, not a bachelor's.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page
from . import r18_ak_dk as DK
from . import r18_ak_me as ME
from . import r18_ak_ne as NE
from . import r18_ak_no as NO
from . import r18_ak_np as NP
from .r18_ak_common import (FAMILY, NO_MONTHS, ad_slash, bs, bs_str, crest, dmy, fr_date, indic_line, k, keep_dob,
                            me_coat, natural, ne_emblem, round_stamp, sign_block, comma)


# --- NP -------------------------------------------------------------------------------------------
def np_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(18, 1.6, 0.25)
    seed = k(s, "dev")
    indic_line(p, W / 2, 62, 16, 15, seed, "center", bold=True)
    crest(p, W / 2, 100, 20, 0.3)
    p.circle(W / 2, 102, 27, 1.0, 0.3)
    p.text(W / 2, 158, inst.name.upper(), TB, 22, "center")
    p.text(W / 2, 178, inst.extra.get("faculty", "Institute of Medicine"), TI, 12, "center")
    p.text(W / 2, 216, "DEGREE CERTIFICATE", TB, 18, "center")
    p.text(70, 240, f"Regd. No.: {s.student_no}", T, 9.5)
    p.text(W - 70, 240, f"Serial No.: {k(s, 'ser') % 90000 + 10000}", T, 9.5, "right")
    indic_line(p, W / 2, 262, 42, 11, seed + 1, "center")
    indic_line(p, W / 2, 280, 30, 11, seed + 2, "center")
    nm = natural(person)
    col = NP.college(s)
    cc, cg = NP.cgpa(s)
    div = {"Distinction": "First Division with Distinction", "First Division": "First Division",
           "Second Division": "Second Division", "Pass Division": "Pass Division"}[NP.division(cg)]
    exam = NP.semesters(s)[-1][1]
    who = f"This is to certify that {nm.upper()}" + (f", a student of {col}," if col else "")
    body = (f"{who} is hereby awarded the degree of {cur.title}, having passed the examination held in "
            f"{bs(exam)[0]} B.S. ({exam.year} A.D.) in {div}.")
    y = p.paragraph(110, 312, body, T, 13.5, W - 220, 20, "center")
    p.text(70, H - 50, f"Date: {bs_str(s.conferred)}", T, 11)
    sign_block(p, rng, 230, H - 80, "Registrar", T, 11, 170)
    sign_block(p, rng, W - 210, H - 80, "Vice-Chancellor", T, 11, 170)
    round_stamp(p, W / 2, H - 92, 34, 0.45)
    return LayoutResult("diploma", "ak_np_degree", FAMILY, [p], [nm.upper()])


# --- NO and DK ------------------------------------------------------------------------------------
def no_date_words(d):
    return f"{d.day}. {NO_MONTHS[d.month - 1]} {d.year}"


def _no(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    T, TB = "Times-Roman", "Times-Bold"
    nm = natural(person)
    tot = int(sum(c.credits for ts in cur.terms for c in ts.courses))
    p = Page(A4)
    W, H = p.w, p.h
    crest(p, W / 2, 84, 24, 0.3)
    p.text(W / 2, 138, inst.name, TB, 17, "center")
    p.text(W / 2, 214, "VITNEMÅL", TB, 28, "center")
    p.text(W / 2, 272, nm, TB, 17, "center")
    body = (f"født {dmy(s.dob)}, har fullført og bestått {cur.title}, {tot} studiepoeng, og er tildelt graden "
            f"bachelor.")
    y = p.paragraph(90, 306, body, T, 13, W - 180, 19, "center") + 14
    y = p.paragraph(90, y, "Graden er tildelt i henhold til lov om universiteter og høyskoler og forskrift om "
                           "rammeplan for utdanningen. Vedlagt følger Diploma Supplement og karakterutskrift.",
                    T, 11, W - 180, 16, "center") + 40
    p.text(W / 2, y, f"{inst.city}, {dmy(s.conferred)}", T, 12, "center")
    y += 90
    sign_block(p, rng, 170, y, "Rektor", T, 11, 170, inst.extra["rector"])
    sign_block(p, rng, W - 170, y, "Direktør", T, 11, 170, inst.extra["director"])
    p.text(W / 2, H - 50, f"Vitnemålsnummer: {inst.extra['code']}-{k(s, 'vm') % 10 ** 6:06d}", S, 8, "center")
    # the Diploma Supplement
    q = Page(A4)
    L = 60
    q.text(W / 2, 60, "DIPLOMA SUPPLEMENT", SB, 15, "center")
    q.text(W / 2, 76, inst.extra["en"], S, 10, "center")
    deg_en = {"no_bioing": "Bachelor of Biomedical Laboratory Sciences", "no_bio": "Bachelor of Science in Biology",
              "no_spl": "Bachelor of Nursing"}.get(cur.id, cur.title)
    secs = [("1", "Information identifying the holder of the qualification"),
            ("1.1", f"Family name: {person.surname}"), ("1.2", f"Given name(s): {person.given}"),
            ("1.3", f"Date of birth: {dmy(s.dob)}"), ("1.4", f"Student identification number: {s.student_no}"),
            ("2", "Information identifying the qualification"),
            ("2.1", f"Name of qualification: {cur.title} ({deg_en})"),
            ("2.2", f"Main field of study: {deg_en.replace('Bachelor of ', '').replace('Science in ', '')}"),
            ("2.3", f"Name of awarding institution: {inst.name} ({inst.extra['en']})"),
            ("2.4", "Language of instruction: Norwegian"),
            ("3", "Information on the level and duration of the qualification"),
            ("3.1", "Level: First cycle (bachelor's degree), EQF level 6"),
            ("3.2", f"Official duration of programme: 3 years full time, {tot} ECTS credits (studiepoeng)"),
            ("4", "Information on the programme completed and the results obtained"),
            ("4.1", "Mode of study: Full time"),
            ("4.3", f"Programme details: see the enclosed transcript of records; total credits {tot},0"),
            ("4.4", "Grading scheme: A Excellent, B Very good, C Good, D Satisfactory, E Sufficient, F Fail; "
                    "Pass / Fail"),
            ("5", "Information on the function of the qualification"),
            ("5.2", "Professional status: gives the right to apply for authorisation as a health professional"
                    if cur.id != "no_bio" else "Professional status: not applicable"),
            ("6", "Additional information"),
            ("7", f"Certification of the supplement: {inst.city}, {dmy(s.conferred)}")]
    y = 110
    for num, txt in secs:
        bold = "." not in num
        f = SB if bold else S
        lines = []
        rest = txt
        while len(rest) > 88:
            cut = rest.rfind(" ", 0, 88)
            lines.append(rest[:cut])
            rest = rest[cut + 1:]
        lines.append(rest)
        q.pieces(y, [(L, num, "left", f, 9), (L + 30, lines[0], "left", f, 9)], f, 9)
        for ln in lines[1:]:
            y += 12
            q.text(L + 30, y, ln, f, 9)
        y += 16 if bold else 13
    sign_block(q, rng, W - 160, y + 50, "Seksjonssjef, Studieadministrasjonen", S, 8.5, 190)
    return LayoutResult("diploma", "ak_no_dk_diploma", FAMILY, [p, q], [nm])


def _dk(s, person, rng):
    p, nm = DK.certificate_page(s, person, rng)
    return LayoutResult("diploma", "ak_no_dk_diploma", FAMILY, [p], [nm])


def no_dk_diploma(s, person, rng):
    return (_no if s.institution.country == "NO" else _dk)(s, person, rng)


# --- ME and NE ------------------------------------------------------------------------------------
def _me(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    f = person.sex == "F"
    p = Page(A4)
    W, H = p.w, p.h
    p.border(22, 1.4, 0.3)
    me_coat(p, W / 2, 80, 44)
    p.text(W / 2, 134, "Crna Gora", TB, 13, "center")
    p.text(W / 2, 152, inst.name.upper(), TB, 14, "center")
    p.text(W / 2, 168, ME.faculty(s), T, 12, "center")
    p.text(W / 2, 226, "DIPLOMA", TB, 30, "center")
    nm = f"{person.given} {person.surname}"
    p.text(W / 2, 280, nm, TB, 18, "center")
    title = cur.title
    abbr = "(BSc appl.)" if "primijenjene" in title else "(BSc)"
    kind = ME.KIND[cur.id]
    body = (f"{'rođena' if f else 'rođen'} {dmy(s.dob)}. godine, {'je završila' if f else 'je završio'} {kind} "
            f"studijskog programa {ME.PROG[cur.id]} u trajanju od tri godine (šest semestara, 180 ECTS kredita) "
            f"sa prosječnom ocjenom {comma(ME.mean(ME.me_rows(s)))} i {'stekla' if f else 'stekao'} "
            f"{'stručni' if 'primijenjene' in title else 'akademski'} naziv")
    y = p.paragraph(80, 314, body, T, 12.5, W - 160, 19, "center") + 10
    p.text(W / 2, y + 6, f"{title} {abbr}", TB, 13.5, "center")
    y += 40
    p.text(W / 2, y, f"Broj diplome: {k(s, 'dip') % 9000 + 1000}/{s.conferred.year}", T, 10, "center")
    p.text(W / 2, y + 30, f"{inst.city}, {dmy(s.conferred)}. godine", T, 12, "center")
    y += 110
    sign_block(p, rng, 160, y, "Dekan", T, 11, 170, ME.dean(s))
    sign_block(p, rng, W - 160, y, "Rektor", T, 11, 170, inst.extra["rector"])
    round_stamp(p, W / 2, y - 18, 34, 0.45)
    me_coat(p, W / 2, y - 18, 24, 0.45)
    return LayoutResult("diploma", "ak_me_ne_diploma", FAMILY, [p], [nm])


def _ne(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    f = person.sex == "F"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(18, 1.6, 0.3)
    p.text(150, 50, "RÉPUBLIQUE DU NIGER", TB, 11, "center")
    p.text(150, 63, "Fraternité – Travail – Progrès", TI, 9.5, "center")
    p.text(150, 78, inst.extra["ministry"], T, 9, "center")
    ne_emblem(p, W / 2, 62, 24, 0.3)
    p.text(W - 150, 50, f"N° {k(s, 'dn') % 9000 + 1000}/{s.conferred.year}", T, 10, "center")
    title = cur.title.upper()
    if cur.level == "diploma" and not title.startswith("DIPLÔME D'ÉTAT"):
        title = title.replace("DIPLÔME DE", "DIPLÔME D'ÉTAT DE")
    head = title if len(title) < 60 else None
    if head:
        p.text(W / 2, 128, head, TB, 17, "center")
        y = 160
    else:
        cut = title.rfind(" ", 0, len(title) // 2 + 8)
        p.text(W / 2, 122, title[:cut], TB, 17, "center")
        p.text(W / 2, 143, title[cut + 1:], TB, 17, "center")
        y = 170
    who = inst.extra["minister"]
    minister = "Le Ministre de la Santé Publique" if "Santé" in inst.extra["ministry"] else \
        "Le Ministre de l'Enseignement Supérieur, de la Recherche et de l'Innovation"
    nm = f"{person.surname.upper()} {person.given}"
    civ = "Mme" if f else "M."
    lines = [minister + ",",
             "Vu la Constitution ;",
             f"Vu le décret portant organisation de l'{inst.name} ;",
             f"Vu le procès-verbal du jury de l'examen de sortie, session de juillet {s.conferred.year} ;"]
    for ln in lines:
        p.text(90, y, ln, T, 11)
        y += 15
    y += 8
    born = "née" if f else "né"
    body = (f"décerne à {civ} {nm}, {born} le {dmy(s.dob, '/')} à {NE.birthplace(s)}, le {cur.title}, "
            f"avec la mention {NE.mention(NE.general(s))}, Session de juillet {s.conferred.year}.")
    y = p.paragraph(90, y, body, T, 12.5, W - 180, 18) + 6
    p.text(90, y, "En foi de quoi le présent diplôme lui est délivré pour servir et valoir ce que de droit.", TI, 10.5)
    p.text(W - 90, y + 28, f"Fait à Niamey, le {fr_date(s.conferred)}", T, 11.5, "right")
    sign_block(p, rng, 220, H - 70, "Le Titulaire", T, 10, 150)
    sign_block(p, rng, W - 220, H - 70, minister.replace("Le Ministre", "Le Ministre"), T, 10, 300, who)
    round_stamp(p, W / 2 + 60, H - 90, 34, 0.45)
    return LayoutResult("diploma", "ak_me_ne_diploma", FAMILY, [p], [f"{civ} {nm}"])


def me_ne_diploma(s, person, rng):
    return (_me if s.institution.country == "ME" else _ne)(s, person, rng)


DIPLOMA_LAYOUTS = {"ak_np_degree": (np_degree, FAMILY, ("NP",)),
                   "ak_no_dk_diploma": (no_dk_diploma, FAMILY, ("NO", "DK")),
                   "ak_me_ne_diploma": (me_ne_diploma, FAMILY, ("ME", "NE"))}
