"""Writer L, round 6: diplomas (PH/JM and TZ/ZM/ZA). The letters are in r6_l_letters.py.

`latin_or_commencement` (PH, JM): PH a diploma in LATIN on landscape paper - "Republica
Philippinarum", the school's name, "Omnibus has litteras inspecturis salutem", the graduate's name
in capitals, "ad gradum BACCALAUREI SCIENTIAE IN TECHNOLOGIA MEDICA ... evectum esse", "Datum in
urbe Tacloban die XXVI mensis Aprilis anno Domini MMXIX", signatures of the Praeses and the
Registrarius over a dry seal, and one small English line at the foot; JM a portrait parchment
"... having completed the approved programme of study was awarded the degree of Bachelor of
Science in Medical Technology (Second Class Honours) at the Commencement on November 9, 2019".

`african_congregation` (TZ, ZM, ZA): TZ "... was admitted to the degree of BACHELOR OF SCIENCE
IN MEDICAL LABORATORY SCIENCES (Upper Second Class) at a congregation held on 25th November
2019"; ZM "The Senate of ... hereby confers upon ... the degree of ... on this the 21st day of
May 2020"; ZA "The Council of the University ... has conferred the degree ... on 10 April 2020",
Registration No., SAQA ID and NQF level at the foot. The classes printed are the ones the
transcripts of the same round compute from the same grades."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, LANDSCAPE_LETTER, LETTER, Page, wrap
from . import r6_l_jm as JM
from . import r6_l_tz as TZ
from .r6_l_common import FAMILY, coat_of_arms, dry_seal, k

MENSES = ["Ianuarii", "Februarii", "Martii", "Aprilis", "Maii", "Iunii", "Iulii", "Augusti", "Septembris",
          "Octobris", "Novembris", "Decembris"]
LATIN = {"ph_bsmt": "BACCALAUREI SCIENTIAE IN TECHNOLOGIA MEDICA",
         "ph_bsbio": "BACCALAUREI SCIENTIAE IN BIOLOGIA",
         "ph_bsn": "BACCALAUREI SCIENTIAE IN ARTE NOSOCOMIALI",
         "ph_bsba": "BACCALAUREI SCIENTIAE IN ADMINISTRATIONE NEGOTIORUM"}


def roman(n):
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def _c(p, y, s, font, size, max_w, leading):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading
    return y


def _ph_latin(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_LETTER)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p.border(22, 2.0, 0.25)
    W = p.w
    coat_of_arms(p, W / 2, 62, 20, 0.35)
    y = 104
    p.text(W / 2, y, "Republica Philippinarum", FI, 13, "center"); y += 26
    p.text(W / 2, y, inst.name.upper(), FB, 24 if len(inst.name) < 36 else 20, "center"); y += 22
    p.text(W / 2, y, f"{inst.city}, {inst.region}", F, 11, "center"); y += 30
    p.text(W / 2, y, "Omnibus has litteras inspecturis salutem in Domino", FI, 14, "center"); y += 26
    y = _c(p, y, "Praeses et Consilium Moderatorum, auctoritate sibi legitime commissa, notum faciunt", F, 13,
           W - 200, 17) + 8
    nm = name_form(person, "caps")
    p.text(W / 2, y + 6, nm, FB, 22, "center"); y += 34
    y = _c(p, y, "omnibus studiis rite peractis et examinibus feliciter superatis ad gradum", F, 13, W - 200, 17) + 8
    p.text(W / 2, y + 4, LATIN.get(cur.id, "BACCALAUREI SCIENTIAE"), FB, 17, "center"); y += 28
    evect = "evectam" if person.sex == "F" else "evectum"
    body = "Universitatis" if "Universit" in inst.name else "Collegii"
    y = _c(p, y, f"{evect} esse, omniaque iura, honores et privilegia huic gradui adnexa ei concessa esse. In cuius "
           f"rei testimonium has litteras sigillo {body} munitas subscripserunt.", F, 12.5, W - 220, 16) + 6
    c = s.conferred
    dated = f"Datum in urbe {inst.city.replace(' City', '')} die {roman(c.day)} mensis {MENSES[c.month - 1]} anno " \
            f"Domini {roman(c.year)}"
    p.text(W / 2, y + 2, dated, FI, 13, "center")
    y = p.h - 92
    for x, who, role in ((W * 0.25, "Registrarius", "College Registrar"), (W * 0.75, "Praeses", "President")):
        p.signature(x - 60, y - 4, 120, rng)
        p.hline(x - 90, x + 90, y, 0.6)
        p.text(x, y + 13, who, FI, 11, "center")
    dry_seal(p, W / 2, y - 8, 34)
    eng = f"{cur.title} - conferred {D.long_mdy(c)}"
    p.text(W / 2, p.h - 44, eng, F, 8, "center")
    return LayoutResult("diploma", "latin_or_commencement", FAMILY, [p], [nm],
                        info={"conferred_printed": dated, "conferred_printed_en": D.long_mdy(c)})


def _jm_parchment(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LETTER)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w
    p.border(30, 1.4, 0.3, double=True, corners=False)
    coat_of_arms(p, W / 2, 92, 24, 0.3)
    y = 156
    p.text(W / 2, y, inst.name, FB, 22 if len(inst.name) < 34 else 19, "center"); y += 22
    p.text(W / 2, y, "Jamaica", FI, 13, "center"); y += 48
    p.text(W / 2, y, "This is to certify that", FI, 14, "center"); y += 42
    nm = name_form(person, "natural")
    p.text(W / 2, y, nm, FB, 24, "center"); y += 40
    cls = JM.jm_class(s)
    short = {"First Class Honours": "First Class Honours", "Pass": "Pass"}.get(cls, "Second Class Honours")
    y = _c(p, y, "having completed the approved programme of study was awarded the degree of", FI, 14, W - 150, 19) + 14
    p.text(W / 2, y, cur.title, FB, 17, "center"); y += 24
    if short != "Pass":
        p.text(W / 2, y, f"({short})", F, 14, "center"); y += 34
    else:
        y += 10
    when = D.long_mdy(s.conferred)
    y = _c(p, y, f"at the Commencement on {when}", FI, 14, W - 150, 19) + 10
    y = _c(p, y, "Given under the Common Seal of the University.", F, 12, W - 150, 16)
    y = p.h - 120
    for x, role in ((W * 0.28, "President"), (W * 0.72, "University Registrar")):
        p.signature(x - 55, y - 4, 110, rng)
        p.hline(x - 85, x + 85, y, 0.6)
        p.text(x, y + 13, role, F, 11, "center")
    p.seal(W / 2, y - 20, 34, 0.5)
    return LayoutResult("diploma", "latin_or_commencement", FAMILY, [p], [nm],
                        info={"conferred_printed": when, "class_printed": short})


def latin_or_commencement(s, person, rng):
    if s.institution.country == "JM":
        return _jm_parchment(s, person, rng)
    return _ph_latin(s, person, rng)


def african_congregation(s, person, rng):
    inst, cur = s.institution, s.curriculum
    c = inst.country
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4 if c == "TZ" else A4)
    W = p.w
    p.border(24, 1.6, 0.3)
    top = 56 if c == "TZ" else 120
    coat_of_arms(p, W / 2, top + 10, 22, 0.3)
    y = top + 62
    p.text(W / 2, y, inst.name.upper(), FB, 20 if len(inst.name) < 40 else 16, "center")
    y += 34 if c == "TZ" else 56
    c_date = s.conferred
    info = {}
    if c == "TZ":
        nm = name_form(person, "caps")
        y = _c(p, y, "This is to certify that", FI, 14, W - 200, 18) + 14
        p.text(W / 2, y, nm, FB, 20, "center"); y += 30
        y = _c(p, y, "having satisfied all the requirements of the University and having passed the prescribed "
               "examinations was admitted to the degree of", FI, 13.5, W - 260, 18) + 10
        p.text(W / 2, y, cur.title.upper(), FB, 16, "center"); y += 24
        cls = TZ.tz_class(s)
        p.text(W / 2, y, f"({cls})", F, 14, "center"); y += 28
        when = D.ordinal_dmy(c_date).replace(",", "")
        y = _c(p, y, f"at a congregation held on {when}", FI, 13.5, W - 200, 18)
        info = {"class_printed": cls}
        roles = ("Chancellor", "Vice Chancellor")
    elif c == "ZM":
        nm = name_form(person, "natural")
        y = _c(p, y, f"The Senate of the {inst.name} hereby certifies that", FI, 14, W - 140, 19) + 16
        p.text(W / 2, y, nm, FB, 22, "center"); y += 34
        y = _c(p, y, "having completed the prescribed programme of study and satisfied the examiners, the Senate has "
               "conferred upon the above named the degree of", FI, 13.5, W - 150, 18) + 12
        p.text(W / 2, y, cur.title.upper(), FB, 14.5, "center"); y += 34
        when = f"on this the {D.ordinal_suffix(c_date.day)} day of {D.MONTHS[c_date.month - 1]} {c_date.year}"
        y = _c(p, y, f"Given under the Seal of the University {when}.", FI, 13, W - 150, 18)
        roles = ("Vice-Chancellor", "Registrar")
    else:
        nm = name_form(person, "natural")
        y = _c(p, y, f"The Council of the {inst.name}, on the recommendation of the Senate, hereby certifies that",
               FI, 13.5, W - 140, 18) + 14
        p.text(W / 2, y, nm.upper(), FB, 20, "center"); y += 32
        y = _c(p, y, "having complied with all the requirements prescribed by the Statute, has been admitted to "
               "the degree", FI, 13.5, W - 150, 18) + 10
        p.text(W / 2, y, cur.title.upper(), FB, 14 if len(cur.title) < 50 else 12.5, "center"); y += 30
        when = f"on {D.long_dmy(c_date)}"
        y = _c(p, y, f"and that the University has conferred the degree {when}.", FI, 13.5, W - 150, 18)
        roles = ("Vice-Chancellor and Principal", "Registrar")
    yb = p.h - 110
    for x, role in ((W * 0.27, roles[0]), (W * 0.73, roles[1])):
        p.signature(x - 55, yb - 4, 110, rng)
        p.hline(x - 90, x + 90, yb, 0.6)
        p.text(x, yb + 13, role, F, 11, "center")
    p.seal(W / 2, yb - 18, 32, 0.5)
    if c == "ZA":
        saqa = 90000 + k(s, "saqa") % 9999
        nqf = "8" if cur.years >= 4 else "7"
        p.spaced(W / 2, p.h - 50, [f"Registration No. {s.student_no}", f"SAQA ID {saqa}", f"NQF Level {nqf}"],
                 F, 8.5, gap=26, align="center")
    else:
        p.text(W / 2, p.h - 50, f"Certificate No. {k(s, 'cert') % 900000 + 100000}", F, 8.5, "center")
    info["conferred_printed"] = when
    return LayoutResult("diploma", "african_congregation", FAMILY, [p], [nm.upper() if c == "ZA" else nm], info=info)


DIPLOMA_LAYOUTS = {"latin_or_commencement": (latin_or_commencement, FAMILY, ("PH", "JM")),
                   "african_congregation": (african_congregation, FAMILY, ("TZ", "ZM", "ZA"))}
