"""Writer AO, round 20: diplomas for IN, NG, PH, SA and BZ (one design each).

ao_in_degree: a state health-sciences university's "DEGREE CERTIFICATE" (portrait, the emblem, English
    only: no Kannada font among the generator's, so the Kannada block is left out): "This is to certify
    that <Name> having been examined and found qualified ... has been admitted to the degree of BACHELOR OF
    SCIENCE IN MEDICAL LABORATORY TECHNOLOGY ... in the First Class ... at the Convocation held on the 14th
    day of March 2019", Register No., Bengaluru, the Vice-Chancellor's facsimile signature.
ao_ng_degree: landscape; "This is to certify that ... having satisfied the requirements ... was awarded the
    degree of BACHELOR OF MEDICAL LABORATORY SCIENCE (B.MLS) ... SECOND CLASS HONOURS (UPPER DIVISION) ...
    Given under the Common Seal of the University this 24th day of October, 2019", VC and Registrar.
ao_ph_diploma: landscape, a Latin line at the top ("Universitas ..."), "upon recommendation of the Faculty
    ... has conferred upon ... the degree of ... with all the rights and privileges ... Given in <city>,
    Philippines, this twelfth day of April, in the year of Our Lord two thousand seventeen".
ao_sa_certificate: "The University Council ... certifies that ... has been awarded the Bachelor's Degree in
    Clinical Laboratory Sciences with General Grade Excellent (Second Honor) ... in the Second Semester of the
    academic year 1438/1439 H corresponding to 2018 G".
ao_bz_diploma: "... hereby confers upon ... the degree of Associate of Science in Medical Laboratory
    Technology ... Given at Belmopan, Belize, this twelfth day of May, two thousand sixteen".
"""

from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, LANDSCAPE_LETTER, LETTER, Page, center_wrapped
from . import r1_b_common as B
from .r20_ao_common import (EN_MONTHS, FAMILY, ORD_WORDS, dry_seal, en_ord, k, natural, round_stamp, sign_block,
                            year_words)
from .r20_ao_in import COLLEGES  # noqa: F401
from .r20_ao_sa import general

T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"


def in_degree(s, person, rng):
    p = Page(A4)
    W, H = A4
    p.border(24, 2, 0.3)
    p.logo(W / 2, 86, 30, 2, 0.3)
    p.text(W / 2, 140, s.institution.name.upper(), TB, 16, "center")
    p.text(W / 2, 156, f"{s.institution.city}, {s.institution.region}", T, 10, "center")
    p.text(W / 2, 196, "DEGREE CERTIFICATE", TB, 20, "center")
    reg = f"{s.terms[0].start_year % 100:02d}M{zlib_reg(s)}"
    p.text(W - 70, 226, f"Register No.: {reg}", T, 10, "right")
    nm = natural(person).upper()
    cls = s.honours or "First Class"
    d = s.conferred
    y = center_wrapped(p, 270, "This is to certify that", TI, 13, W - 140, 18)
    p.text(W / 2, y + 14, nm, TB, 16, "center")
    title = s.curriculum.title.upper()
    kind = "degree" if s.curriculum.level == "bachelor" else "diploma"
    body = (f"having been examined and found qualified in the examinations held by the University, has been "
            f"admitted to the {kind} of {title} and placed in the {cls} at the Convocation held on the "
            f"{en_ord(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}.")
    y = center_wrapped(p, y + 46, body, T, 12.5, W - 140, 19)
    p.text(90, H - 120, s.institution.city, T, 11)
    p.text(90, H - 106, f"Date: {d.day:02d}-{d.month:02d}-{d.year}", T, 11)
    sign_block(p, rng, W - 150, H - 110, "Vice-Chancellor", TB, 11, 160)
    return LayoutResult("diploma", "ao_in_degree", FAMILY, [p], [nm])


def zlib_reg(s):
    from .r20_ao_common import k as kk
    return f"{kk(s, 'reg') % 9000 + 100:04d}"


ABBR = {"ng_bmls": "B.MLS", "ng_bsc_micro": "B.Sc.", "ng_bsc_biochem": "B.Sc.", "ng_bnsc": "B.N.Sc."}


def ng_degree(s, person, rng):
    p = Page(LANDSCAPE_A4)
    W, H = LANDSCAPE_A4
    p.border(20, 2, 0.25)
    p.logo(W / 2, 70, 28, 1, 0.3)
    p.text(W / 2, 124, s.institution.name.upper(), TB, 22, "center")
    mid = person.middle if person.middle else ""
    nm = f"{person.surname.upper()}, {person.given} {mid}".strip()
    d = s.conferred
    hon = (s.honours or "Second Class (Upper Division)").upper()
    hon = hon.replace("SECOND CLASS ", "SECOND CLASS HONOURS ").replace("FIRST CLASS", "FIRST CLASS HONOURS")
    y = center_wrapped(p, 166, "This is to certify that", TI, 14, W - 160, 18)
    p.text(W / 2, y + 16, nm, TB, 18, "center")
    y = center_wrapped(p, y + 46, "having satisfied the requirements of the University and passed the prescribed "
                       "examinations was awarded the degree of", T, 13, W - 180, 18)
    p.text(W / 2, y + 12, f"{s.curriculum.title.upper()} ({ABBR.get(s.curriculum.id, 'B.Sc.')})", TB, 15, "center")
    p.text(W / 2, y + 36, hon, TB, 13, "center")
    y = center_wrapped(p, y + 62, f"with all the rights and privileges thereto. Given under the Common Seal of the "
                       f"University this {en_ord(d.day)} day of {EN_MONTHS[d.month - 1]}, {d.year}.", T, 12.5,
                       W - 180, 17)
    sign_block(p, rng, 170, H - 70, "Vice-Chancellor", TB, 11, 170)
    sign_block(p, rng, W - 170, H - 70, "Registrar", TB, 11, 170)
    p.seal(W / 2, H - 90, 34)
    return LayoutResult("diploma", "ao_ng_degree", FAMILY, [p], [nm])


LATIN = ["Universitas Sanctae Luciae", "Collegium Medicum Sancti Ioseph", "Universitas Boni Pastoris"]


def ph_diploma(s, person, rng):
    p = Page(LANDSCAPE_LETTER)
    W, H = LANDSCAPE_LETTER
    p.border(22, 2, 0.3)
    p.text(W / 2, 60, LATIN[k(s, "lat") % len(LATIN)], TI, 13, "center")
    p.logo(W / 2, 96, 24, 1, 0.3)
    p.text(W / 2, 144, s.institution.name, TB, 22, "center")
    p.text(W / 2, 160, f"{s.institution.city}, {s.institution.region}, Philippines", T, 10, "center")
    nm = natural(person)
    d = s.conferred
    y = center_wrapped(p, 196, "upon recommendation of the Faculty and by virtue of the authority granted by the "
                       "Commission on Higher Education, has conferred upon", T, 12.5, W - 160, 17)
    p.text(W / 2, y + 20, nm.upper(), TB, 20, "center")
    p.text(W / 2, y + 50, "the degree of", TI, 12.5, "center")
    p.text(W / 2, y + 74, s.curriculum.title, TB, 17, "center")
    y = center_wrapped(p, y + 102, f"with all the rights and privileges thereunto appertaining. Given in "
                       f"{s.institution.city}, Philippines, this {ORD_WORDS[d.day]} day of {EN_MONTHS[d.month - 1]}, "
                       f"in the year of Our Lord {year_words(d.year)}.", T, 12, W - 170, 16)
    sign_block(p, rng, 170, H - 60, "College Registrar", TB, 10.5, 160)
    sign_block(p, rng, W - 170, H - 60, "President", TB, 10.5, 160)
    dry_seal(p, W / 2, H - 80, 32)
    return LayoutResult("diploma", "ao_ph_diploma", FAMILY, [p], [nm.upper()])


def sa_certificate(s, person, rng):
    p = Page(A4)
    W, H = A4
    p.border(26, 1.6, 0.35)
    p.logo(W / 2, 90, 30, 0, 0.3)
    p.text(W / 2, 146, s.institution.name, TB, 17, "center")
    p.text(W / 2, 164, "Kingdom of Saudi Arabia", T, 10, "center")
    nm = natural(person)
    d = s.conferred
    h1, h2 = B.hijri_year_pair(d.year - 1)
    from . import r20_ao_sa as SA
    tot = [(r, SA.sa_grade(r.score)) for t in s.terms for r in t.results if r.spec.credits]
    gpa = sum(g[1] * r.spec.credits for r, g in tot) / sum(r.spec.credits for r, _ in tot)
    gg = general(gpa)
    hon = " (Second Honor)" if gg == "Excellent" and gpa < 4.75 else " (First Honor)" if gg == "Excellent" else ""
    field = s.curriculum.title.replace("Bachelor of Science in ", "")
    y = center_wrapped(p, 220, "The University Council, on the recommendation of the College Council, certifies "
                       "that", T, 13, W - 140, 19)
    p.text(W / 2, y + 18, nm, TB, 16, "center")
    p.text(W / 2, y + 38, "Nationality: Saudi", T, 11, "center")
    y = center_wrapped(p, y + 70, f"has been awarded the Bachelor's Degree in {field} with General Grade {gg}{hon} "
                       f"(Cumulative GPA {gpa:.2f} out of 5.00), in the Second Semester of the academic year {h1}/{h2} H "
                       f"corresponding to {d.year} G.", T, 13, W - 140, 19)
    sign_block(p, rng, 150, H - 120, "Dean of Admission and Registration", T, 9.5, 180)
    sign_block(p, rng, W - 150, H - 120, "President of the University", T, 9.5, 170)
    round_stamp(p, W / 2, H - 140, 30, 0.45)
    return LayoutResult("diploma", "ao_sa_certificate", FAMILY, [p], [nm])


def bz_diploma(s, person, rng):
    p = Page(LANDSCAPE_LETTER)
    W, H = LANDSCAPE_LETTER
    p.border(24, 2, 0.3)
    p.text(W / 2, 86, s.institution.name, TB, 26, "center")
    nm = natural(person)
    d = s.conferred
    y = center_wrapped(p, 134, "upon the recommendation of the Faculty and by authority of the Board of Trustees "
                       "hereby confers upon", T, 13, W - 170, 17)
    p.text(W / 2, y + 22, nm, TB, 22, "center")
    p.text(W / 2, y + 52, "the degree of", TI, 13, "center")
    p.text(W / 2, y + 78, s.curriculum.title, TB, 17, "center")
    y = center_wrapped(p, y + 106, f"with all the honours, rights and privileges pertaining thereto. Given at "
                       f"Belmopan, Belize, this {ORD_WORDS[d.day]} day of {EN_MONTHS[d.month - 1]}, "
                       f"{year_words(d.year)}.", T, 12.5, W - 170, 17)
    sign_block(p, rng, 170, H - 64, "Chair, Board of Trustees", T, 10, 170)
    sign_block(p, rng, W - 170, H - 64, "President", T, 10, 170)
    p.seal(W / 2, H - 84, 32)
    return LayoutResult("diploma", "ao_bz_diploma", FAMILY, [p], [nm])


DIPLOMA_LAYOUTS = {"ao_in_degree": (in_degree, FAMILY, ("IN",)), "ao_ng_degree": (ng_degree, FAMILY, ("NG",)),
                   "ao_ph_diploma": (ph_diploma, FAMILY, ("PH",)), "ao_sa_certificate": (sa_certificate, FAMILY, ("SA",)),
                   "ao_bz_diploma": (bz_diploma, FAMILY, ("BZ",))}
