"""Diploma / degree-certificate layouts.

`diploma_classic` (train): landscape, double ornamental border, serif type, conferral date
spelled out in words ("this fifteenth day of June, two thousand nineteen").
`diploma_certificate` (train): portrait "DEGREE CERTIFICATE" with certificate number and a
numeric date of award.
`diploma_proclamation` (heldout): portrait, wavy security bands, "Be it known that ...",
italic body, ordinal date ("on the 15th of April, 2019") and a different award wording.
`diploma_graduation_record` (heldout): landscape label/value "CERTIFICATE OF GRADUATION",
surname-first name, programme length in words, date as "15 JUN 2019".
Seals, borders and signatures are graphics only, so the recorded lines are all the text.
"""

from . import dates as D
from .layouts_transcript import LayoutResult
from .names import COUNTRY_NAMES, SIGNERS, name_form
from .pagekit import A4, LANDSCAPE_A4, LANDSCAPE_LETTER, LETTER, Page, wrap


def _centered_par(p, y, s, font, size, max_w, leading):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading
    return y


def _award_noun(level):
    return "degree" if level in ("bachelor", "associate", "master", "doctorate") else "diploma"


def diploma_classic(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_LETTER)
    p.border(22, 2.0, 0.25)
    p.border(40, 0.6, 0.45, double=False, corners=False)
    name = name_form(person, "caps")
    y = 84
    if inst.country == "PH":
        p.text(p.w / 2, y, "Republic of the Philippines", "Times-Roman", 12, "center"); y += 30
    p.text(p.w / 2, y, inst.name, "Times-Bold", 26, "center"); y += 20
    p.text(p.w / 2, y, f"{inst.city}, {inst.region}", "Times-Italic", 12, "center"); y += 34
    y = _centered_par(p, y, "Upon the recommendation of the Faculty and by virtue of the "
                      "authority vested in it, the Board of Trustees has conferred upon",
                      "Times-Italic", 13, 560, 17)
    y += 16
    p.text(p.w / 2, y, name, "Times-BoldItalic", 26, "center"); y += 32
    noun = _award_noun(cur.level)
    p.text(p.w / 2, y, f"the {noun} of" if noun == "degree" else "the", "Times-Italic", 13, "center"); y += 26
    p.text(p.w / 2, y, cur.title, "Times-Bold", 20, "center"); y += 26
    y = _centered_par(p, y, "with all the rights, honors and privileges pertaining thereto.",
                      "Times-Italic", 13, 560, 17)
    y += 6
    given = (f"Given at {inst.city}, {COUNTRY_NAMES[inst.country]}, this "
             f"{D.words_day_of(s.conferred)}.")
    y = _centered_par(p, y, given, "Times-Italic", 13, 600, 17)
    p.seal(p.w / 2, p.h - 110, 38)
    s1, s2 = rng.sample(SIGNERS[inst.country], 2)
    yb = p.h - 96
    p.signature(120, yb - 14, 110, rng)
    p.signature(p.w - 250, yb - 14, 110, rng)
    p.hline(90, 290, yb - 10, 0.6)
    p.hline(p.w - 290, p.w - 90, yb - 10, 0.6)
    p.pieces(yb, [(190, s1.upper(), "center"), (p.w - 190, s2.upper(), "center")], "Times-Bold", 10)
    p.pieces(yb + 12, [(190, "University Registrar", "center"), (p.w - 190, "President", "center")],
             "Times-Italic", 10)
    return LayoutResult("diploma", "diploma_classic", "train", [p], [name],
                        info={"conferred_printed": D.words_day_of(s.conferred)})


def diploma_certificate(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4 if inst.country != "US" else LETTER)
    p.border(28, 1.2, 0.3, double=True, corners=False)
    F, FB = "Helvetica", "Helvetica-Bold"
    name = name_form(person, rng.choice(["caps", "natural"]))
    p.logo(p.w / 2, 96, 24, rng.randrange(3))
    y = 160
    p.text(p.w / 2, y, inst.name.upper(), FB, 17 if len(inst.name) < 36 else 14, "center"); y += 18
    p.text(p.w / 2, y, f"{inst.city}, {inst.region}, {COUNTRY_NAMES[inst.country]}", F, 10, "center"); y += 44
    noun = _award_noun(cur.level)
    p.text(p.w / 2, y, "DEGREE CERTIFICATE" if noun == "degree" else "DIPLOMA CERTIFICATE", FB, 16, "center"); y += 22
    cert_no = f"Certificate No.: {inst.name.split()[0][:3].upper()}/{s.conferred.year}/{rng.randrange(1000, 9999):04d}"
    p.text(p.w / 2, y, cert_no, F, 9.5, "center"); y += 40
    p.text(p.w / 2, y, "This is to certify that", F, 12, "center"); y += 30
    p.text(p.w / 2, y, name, FB, 20, "center"); y += 30
    y = _centered_par(p, y, "having fulfilled all the requirements prescribed by the "
                      "University for the award of the", F, 12, 420, 16)
    y += 6
    p.text(p.w / 2, y, cur.title, FB, 15 if len(cur.title) < 50 else 12.5, "center"); y += 24
    tail = f"has been admitted to the said {noun}"
    if s.honours:
        tail += f" and placed in {s.honours}"
    y = _centered_par(p, y, tail + ".", F, 12, 420, 16)
    y += 24
    dfmt = D.long_mdy if inst.country == "US" else D.dmy_slash
    p.text(p.w / 2, y, f"Date of award: {dfmt(s.conferred)}", FB, 12, "center")
    s1, s2 = rng.sample(SIGNERS[inst.country], 2)
    yb = p.h - 110
    p.seal(p.w / 2, yb - 20, 32)
    p.signature(70, yb - 14, 100, rng)
    p.signature(p.w - 200, yb - 14, 100, rng)
    p.pieces(yb, [(125, s1, "center"), (p.w - 125, s2, "center")], F, 9.5)
    p.pieces(yb + 12, [(125, "Registrar", "center"),
                       (p.w - 125, "Vice-Chancellor" if inst.country in ("IN", "NG") else "President", "center")], F, 9.5)
    return LayoutResult("diploma", "diploma_certificate", "train", [p], [name],
                        info={"conferred_printed": dfmt(s.conferred)})


def diploma_proclamation(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LETTER if inst.country in ("US", "PH") else A4)
    for i in range(7):
        p.wave_band(36, p.w - 36, 48 + i * 5, 4, 9, 0.35, 0.72, phase=i * 0.7)
        p.wave_band(36, p.w - 36, p.h - 48 - i * 5, 4, 9, 0.35, 0.72, phase=i * 0.9)
    FI, FBI, FB = "Times-Italic", "Times-BoldItalic", "Times-Bold"
    name = name_form(person, "natural")
    y = 150
    p.text(p.w / 2, y, inst.name, FBI, 24 if len(inst.name) < 34 else 19, "center"); y += 44
    p.text(p.w / 2, y, "Be it known that", FI, 15, "center"); y += 40
    p.text(p.w / 2, y, name, "Helvetica-Bold", 22, "center"); y += 38
    noun = _award_noun(cur.level)
    y = _centered_par(p, y, "having completed the prescribed course of study and satisfied "
                      f"the examiners, is hereby admitted to the {noun} of"
                      if noun == "degree" else
                      "having completed the prescribed course of study and passed the final "
                      "examinations, is hereby awarded the", FI, 14, 430, 19)
    y += 14
    p.text(p.w / 2, y, cur.title.upper(), FB, 14 if len(cur.title) < 48 else 12, "center"); y += 36
    if s.honours:
        p.text(p.w / 2, y, s.honours, FI, 13, "center"); y += 30
    y = _centered_par(p, y, "In witness whereof the seal of the institution and the signatures "
                      "of its officers are hereunto affixed", FI, 13, 430, 17)
    p.text(p.w / 2, y, f"at {inst.city} on the {D.ordinal_suffix(s.conferred.day)} of "
           f"{D.MONTHS[s.conferred.month - 1]}, {s.conferred.year}.", FI, 13, "center")
    p.seal(110, p.h - 160, 36)
    s1 = rng.choice(SIGNERS[inst.country])
    p.signature(p.w - 250, p.h - 150, 110, rng)
    p.text(p.w - 190, p.h - 134, s1, FB, 11, "center")
    p.text(p.w - 190, p.h - 121, "Chancellor", FI, 11, "center")
    date_printed = f"{D.ordinal_suffix(s.conferred.day)} of {D.MONTHS[s.conferred.month - 1]}, {s.conferred.year}"
    return LayoutResult("diploma", "diploma_proclamation", "heldout", [p], [name],
                        info={"conferred_printed": date_printed})


def diploma_graduation_record(s, person, rng):
    """Heldout: landscape A4, label/value certificate, surname-first name, programme length
    in words, conferment date as '15 JUN 2019'."""
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.rect(30, 30, p.w - 60, p.h - 60, 2.4, 0.35)
    p.rect(30, 30, 70, p.h - 60, 0, 0.85, fill=0.85)
    for i in range(9):
        p.wave_band(34, 96, 60 + i * 58, 6, 2, 0.5, 0.6, phase=i)
    F, FB = "Times-Roman", "Helvetica-Bold"
    p.text(p.w - 90, 60, f"Serial No. {rng.randrange(100000, 999999)}", "Courier", 10, "right")
    x = 130
    y = 92
    p.text(x, y, inst.name.upper(), FB, 20 if len(inst.name) < 36 else 16); y += 18
    p.text(x, y, f"{inst.city}, {inst.region}, {COUNTRY_NAMES[inst.country]}", "Times-Italic", 12); y += 46
    p.text(x, y, "CERTIFICATE OF GRADUATION", FB, 22); y += 34
    p.text(x, y, "The Academic Council certifies that the person named below has completed the "
           "programme of study.", F, 13); y += 40
    other = " ".join(q for q in (person.given, person.middle) if q)
    name = f"{person.surname.upper()}, {other}"
    dur = f"{D.number_words(cur.years)} ({cur.years}) years"
    date_p = f"{s.conferred.day:02d} {D.MONTHS[s.conferred.month - 1][:3].upper()} {s.conferred.year}"
    rows = [("Name of Graduate", name), ("Programme Completed", cur.title),
            ("Duration of Programme", dur)]
    if s.honours:
        rows.append(("Classification", s.honours))
    rows.append(("Date of Conferment", date_p))
    for label, val in rows:
        p.pieces(y, [(x, label + ":", "left", F, 13), (x + 190, val, "left", FB, 13)])
        y += 28
    s1, s2 = rng.sample(SIGNERS[inst.country], 2)
    yb = p.h - 80
    p.signature(x + 10, yb - 14, 110, rng)
    p.signature(p.w - 260, yb - 14, 110, rng)
    p.pieces(yb, [(x, s1, "left"), (p.w - 90, s2, "right")], F, 11)
    p.pieces(yb + 13, [(x, "Secretary, Academic Council", "left"), (p.w - 90, "Rector", "right")],
             "Times-Italic", 11)
    return LayoutResult("diploma", "diploma_graduation_record", "heldout", [p], [name],
                        info={"conferred_printed": date_p})


DIPLOMA_LAYOUTS = {
    "diploma_classic": (diploma_classic, "train", ("PH", "US", "NG", "IN")),
    "diploma_certificate": (diploma_certificate, "train", ("IN", "NG", "PH", "US")),
    "diploma_proclamation": (diploma_proclamation, "heldout", ("PH", "US", "NG", "IN")),
    "diploma_graduation_record": (diploma_graduation_record, "heldout", ("PH", "NG", "IN", "US")),
}
