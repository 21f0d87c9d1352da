"""Writer V, round 10: v_parchment, the MU and BT diplomas.

MU a landscape parchment: "The Council of the University ... hereby confers on ... the degree of
   BACHELOR OF SCIENCE WITH HONOURS IN MEDICAL LABORATORY SCIENCE with Second Class Honours (Upper
   Division) ... at a ceremony held on 14 November 2019" (the class from the transcript's CPA), the
   Chancellor's, Vice-Chancellor's and Registrar's signatures and an embossed seal.
BT a portrait certificate with a Dzongkha line on top (drawn as strokes, no text layer) and "Druk Royal
   University ... certifies that ... of ... College ... was awarded the degree of Bachelor of Science in
   Medical Laboratory Technology at the convocation held on the 22nd day of the 3rd month of the Earth
   Female Pig Year corresponding to 26 April 2019": the lunar date beside the Gregorian one, computed
   from a table of Losar (new year) dates with mean lunar months of 29.53 days, an approximation
   (the truth's date is the Gregorian one)."""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r10_v_common import FAMILY, by_reading_order, dry_seal, dzongkha_line, k, round_stamp, sign_block, star_seal
from .r10_v_mu import mu_class, mu_cpa

LOSAR = {2012: (2, 22), 2013: (2, 11), 2014: (3, 2), 2015: (2, 19), 2016: (2, 9), 2017: (2, 27), 2018: (2, 16),
         2019: (2, 5), 2020: (2, 24), 2021: (2, 12), 2022: (3, 3), 2023: (2, 21), 2024: (2, 10), 2025: (2, 28),
         2026: (2, 18), 2027: (2, 7)}
ELEMENTS = ["Wood", "Fire", "Earth", "Iron", "Water"]
ANIMALS = ["Rat", "Ox", "Tiger", "Rabbit", "Dragon", "Snake", "Horse", "Sheep", "Monkey", "Bird", "Dog", "Pig"]


def lunar(d):
    """(day, month, 'Earth Female Pig') of the Bhutanese lunar year containing d (approximate)."""
    y = d.year
    lo = dt.date(y, *LOSAR.get(y, (2, 15)))
    if d < lo:
        y -= 1
        lo = dt.date(y, *LOSAR.get(y, (2, 15)))
    n = (d - lo).days
    month = int(n / 29.53) + 1
    day = int(n - (month - 1) * 29.53) + 1
    name = f"{ELEMENTS[((y - 4) % 10) // 2]} {'Male' if y % 2 == 0 else 'Female'} {ANIMALS[(y - 4) % 12]}"
    return min(day, 30), min(month, 12), name


def v_parchment(s, person, rng):
    return {"MU": _mu, "BT": _bt}[s.institution.country](s, person, rng)


MU_DEG = {"mu_mls": "BACHELOR OF SCIENCE WITH HONOURS IN MEDICAL LABORATORY SCIENCE",
          "mu_bio": "BACHELOR OF SCIENCE WITH HONOURS IN BIOLOGY", "mu_nur": "BACHELOR OF SCIENCE WITH HONOURS IN NURSING"}


def _mu(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(16, 2.6, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = f"{person.given} {person.surname.upper()}"
    _, cls = mu_class(mu_cpa(s))
    star_seal(p, W / 2, 70, 26, 0.35, points=7)
    p.text(W / 2, 124, inst.name, TB, 26, "center")
    p.text(W / 2, 166, "The Council of the University hereby confers on", TI, 14, "center")
    p.text(W / 2, 204, nm, TB, 24, "center")
    p.text(W / 2, 236, "the degree of", TI, 14, "center")
    p.text(W / 2, 266, MU_DEG.get(cur.id, cur.title.upper()), TB, 16, "center")
    p.text(W / 2, 292, f"with {cls}", TI, 14, "center")
    d = s.conferred
    center_wrapped(p, 322, f"having satisfied the examiners and fulfilled all the conditions prescribed by the Statutes "
                   f"and Regulations of the University, at a ceremony held on {d.day} {D.MONTHS[d.month - 1]} {d.year}.",
                   TI, 12.5, W - 240, 17)
    y = p.h - 80
    sign_block(p, rng, 170, y, "Chancellor", T, 11, 170)
    sign_block(p, rng, W / 2, y, "Vice-Chancellor", T, 11, 170)
    sign_block(p, rng, W - 170, y, "Registrar", T, 11, 170)
    dry_seal(p, W / 2 + 140, y - 40, 30)
    p.text(40, p.h - 32, f"Parchment No. {s.conferred.year}/{k(s, 'pno') % 90000 + 10000}", T, 8.5)
    return LayoutResult("diploma", "v_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "long_dmy", "class": cls})


def _bt(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    W = p.w
    p.border(20, 2.0, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = person.full
    d = s.conferred
    ld, lm, ly = lunar(d)
    star_seal(p, W / 2, 78, 28, 0.35, points=8)
    dzongkha_line(p, W / 2, 136, 7, 15, seed=inst.extra["university"])
    p.text(W / 2, 170, inst.extra["university"].upper(), TB, 17, "center")
    p.text(W / 2, 212, "certifies that", TI, 14, "center")
    p.text(W / 2, 250, nm, TB, 22, "center")
    y = center_wrapped(p, 282, f"of {inst.name}, having successfully completed the prescribed programme of study, "
                       "was awarded the degree of", TI, 13, W - 150, 18) + 14
    p.text(W / 2, y, cur.title, TB, 15, "center")
    y += 30
    y = center_wrapped(p, y, f"at the convocation held on the {D.ordinal_suffix(ld)} day of the {D.ordinal_suffix(lm)} "
                       f"month of the {ly} Year corresponding to {d.day} {D.MONTHS[d.month - 1]} {d.year}.", TI, 13,
                       W - 150, 18)
    y = p.h - 120
    sign_block(p, rng, 150, y, "Vice Chancellor", T, 10.5, 160)
    sign_block(p, rng, W - 150, y, "Registrar", T, 10.5, 160)
    round_stamp(p, W / 2, y - 14, 34, 0.42)
    p.text(50, p.h - 40, f"Certificate No. RUB/{d.year}/{k(s, 'cno') % 9000 + 1000}", T, 8.5)
    p.text(W - 50, p.h - 40, f"Student No. {s.student_no}", T, 8.5, "right")
    return LayoutResult("diploma", "v_parchment", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "lunar_and_long_dmy", "lunar": [ld, lm, ly]})


DIPLOMA_LAYOUTS = {"v_parchment": (v_parchment, FAMILY, ("MU", "BT"))}
