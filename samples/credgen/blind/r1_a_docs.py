"""Writer A, round 1 -- diplomas and employment letters for PK, BD, NP, GH and KE.

`r1a_ceremonial_degree` (GH, KE, NP): landscape certificate, decorative serif institution name,
"This is to certify that", the name in large italic, "has this day been admitted to the degree
of ...", "Given under the Common Seal of the University this 15th day of February, 2020", the
Vice-Chancellor's and Registrar's signatures and a round seal with arced lettering; no table.
`r1a_syndicate_degree` (PK, BD): portrait degree with serial and registration numbers top right
and an empty photo frame; "The Syndicate of ... hereby confers upon [Name] son/daughter of
[Father] the degree of ... having passed the examination held in Spring 2020 and placed in
First Division" (BD: "with CGPA 3.55 on a scale of 4.00"); "Dated: the twenty-fifth day of
March, two thousand and twenty-one" or "Dated: 25-03-2021".
"""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import COUNTRY_NAMES, SIGNERS, name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, fit_size, wrap
from . import r1_a_bd as BD
from . import r1_a_kit as K
from . import r1_a_pk as PK


def _centre(p, y, s, font, size, max_w, leading):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading
    return y


def _day_phrase(d, rng):
    if rng.random() < 0.6:
        return f"{D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]}, {d.year}"
    return f"{D.ordinal_words(d.day)} day of {D.MONTHS[d.month - 1]}, {D.year_words(d.year, 'british')}"


def r1a_ceremonial_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.2, 0.2)
    p.border(34, 0.5, 0.4, double=False, corners=False)
    for i in range(3):
        p.wave_band(60, p.w - 60, 46 + i * 2.5, 1.6, 40, 0.3, 0.6, phase=i)
        p.wave_band(60, p.w - 60, p.h - 46 - i * 2.5, 1.6, 40, 0.3, 0.6, phase=i)
    name = name_form(person, rng.choice(["natural", "caps"]))
    y = 100
    title = inst.name
    p.text(p.w / 2, y, title, "Times-Bold", fit_size(title, "Times-Bold", 32, p.w - 160), "center"); y += 22
    p.text(p.w / 2, y, f"{inst.city}, {COUNTRY_NAMES[inst.country]}", "Times-Italic", 12, "center"); y += 40
    p.text(p.w / 2, y, "This is to certify that", "Times-Italic", 15, "center"); y += 40
    p.text(p.w / 2, y, name, "Times-BoldItalic", fit_size(name, "Times-BoldItalic", 30, p.w - 200), "center"); y += 34
    y = _centre(p, y, "having satisfied the requirements of the University and passed the prescribed "
                "examinations has this day been admitted to the degree of", "Times-Italic", 13.5, 560, 18)
    y += 12
    p.text(p.w / 2, y, cur.title, "Times-Bold", fit_size(cur.title, "Times-Bold", 21, p.w - 180), "center"); y += 30
    day = _day_phrase(s.conferred, rng)
    given = f"Given under the Common Seal of the University this {day}."
    y = _centre(p, y, given, "Times-Italic", 12.5, 600, 17)
    yb = p.h - 88
    s1, s2 = rng.sample(SIGNERS[inst.country], 2)
    for x, role in ((190, "Vice-Chancellor"), (p.w - 190, "Registrar")):
        p.signature(x - 60, yb - 10, 120, rng)
        p.hline(x - 90, x + 90, yb, 0.6)
        p.text(x, yb + 14, role, "Times-Roman", 11.5, "center")
    abbr = inst.extra.get("abbr", "")
    seal = K.seal_image(inst.name, f"{inst.city} {abbr}".strip(), [], 96, rng, ink=(128, 32, 36),
                        font="Times-Bold", alpha=200)
    K.place_seal(p, p.w / 2, yb - 8, 96, seal)
    return LayoutResult("diploma", "r1a_ceremonial_degree", "blind_r1", [p], [name],
                        info={"conferred_printed": day})


def _degree_words(cur, rng):
    t = cur.title
    if t.startswith("Bachelor of Science in ") and rng.random() < 0.6:
        return "Bachelor of Science (" + t[len("Bachelor of Science in "):] + ")"
    return t


def _cgpa(s, country):
    pairs = []
    for t in s.terms:
        for r in t.results:
            gp = PK.hec_grade(PK.pk_mark(r))[1] if country == "PK" else BD.ugc_grade(r.score)[1]
            pairs.append((gp, r.spec.credits))
    return K.gpa(pairs)


def r1a_syndicate_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    W, H = A4
    p.border(24, 1.6, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = name_form(person, rng.choice(["caps", "natural"]))
    father = K.father_name(person)
    serial = f"{rng.choice(['No.', 'Serial No.', 'S. No.'])} {rng.randint(10 ** 5, 10 ** 6 - 1)}"
    p.text(W - 56, 66, serial, F, 10, "right")
    p.text(W - 56, 80, f"Registration No. {s.student_no}", F, 10, "right")
    K.photo_box(p, 58, 52, 74, 90)
    y = 178
    p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 20, W - 110), "center"); y += 20
    p.text(W / 2, y, f"{inst.city}, {'Pakistan' if inst.country == 'PK' else 'Bangladesh'}", FI, 12, "center"); y += 44
    last = s.terms[-1]
    if inst.country == "PK":
        held = f"{'Fall' if last.key == 'S1' else 'Spring'} {last.start_year + (0 if last.key == 'S1' else 1)}"
        cg = _cgpa(s, "PK")
        div = "First Division" if cg >= 3.0 else "Second Division" if cg >= 2.5 else "Third Division"
        result = f"and placed in {div}" if rng.random() < 0.6 else f"securing CGPA {K.f2(cg)} out of 4.00"
        body = "The Syndicate"
    else:
        held = f"{BD.SEASON[last.key]} {last.start_year}"
        result = f"with CGPA {K.f2(_cgpa(s, 'BD'))} on a scale of 4.00"
        body = "The Board of Trustees" if rng.random() < 0.5 else "The Syndicate"
    y = _centre(p, y, f"{body} of the {inst.name} hereby confers upon", FI, 14, W - 140, 20)
    y += 14
    p.text(W / 2, y, name, "Times-BoldItalic", fit_size(name, "Times-BoldItalic", 24, W - 120), "center"); y += 30
    p.text(W / 2, y, f"{K.so_do(person, 'words')} {father}", FI, 14, "center"); y += 32
    p.text(W / 2, y, "the degree of", FI, 14, "center"); y += 30
    deg = _degree_words(cur, rng)
    p.text(W / 2, y, deg, FB, fit_size(deg, FB, 18, W - 110), "center"); y += 32
    y = _centre(p, y, f"having passed the examination held in {held} {result}.", FI, 14, W - 150, 20)
    if rng.random() < 0.5:
        dated = (f"Dated: the {D.ordinal_words(s.conferred.day)} day of {D.MONTHS[s.conferred.month - 1]}, "
                 f"{D.year_words(s.conferred.year, 'british')}")
    else:
        dated = f"Dated: {D.dmy_dash(s.conferred)}"
    y += 24
    y = _centre(p, y, dated, F, 12.5, W - 150, 17)
    yb = H - 110
    for x, role in ((150, "Controller of Examinations"), (W - 150, "Vice-Chancellor")):
        p.signature(x - 55, yb - 10, 110, rng)
        p.hline(x - 85, x + 85, yb, 0.6)
        p.text(x, yb + 14, role, FB, 11, "center")
    seal = K.seal_image(inst.name, inst.city, [], 84, rng, ink=(40, 40, 40), alpha=150)
    K.place_seal(p, W / 2, yb - 20, 84, seal)
    return LayoutResult("diploma", "r1a_syndicate_degree", "blind_r1", [p], [name],
                        info={"conferred_printed": dated})


DIPLOMA_LAYOUTS = {
    "r1a_ceremonial_degree": (r1a_ceremonial_degree, "blind_r1", ("GH", "KE", "NP")),
    "r1a_syndicate_degree": (r1a_syndicate_degree, "blind_r1", ("PK", "BD")),
}
