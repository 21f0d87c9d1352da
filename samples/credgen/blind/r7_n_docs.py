"""Writer N, round 7: diplomas.

`west_african_parchment` (NG, SL), landscape with an ornamental (guilloche-like) border: NG "This
is to certify that NAME having satisfied all the requirements of the University and passed the
prescribed examinations has this day been admitted to the Degree of BACHELOR OF MEDICAL
LABORATORY SCIENCE (B.MLS.) with SECOND CLASS HONOURS (UPPER DIVISION) ... Given under the Common
Seal of the University this 14th day of March, 2020", Vice-Chancellor and Registrar; SL "...
having pursued an approved programme of study and passed the prescribed examinations was awarded
the degree of Bachelor of Science with Honours in Medical Laboratory Sciences (Second Class
Honours, Lower Division) at a Congregation held on the Twenty-third day of November Two Thousand
and Nineteen", Principal and Registrar.

`bilingual_award` (RW, HT, KW): RW Kinyarwanda/English line pairs ("Turemeza ko / This is to
certify that", "yahawe impamyabumenyi ya / has been awarded the degree of", the class "Upper
Second Class", "Bitangiwe i Kigali, ku wa 15 Ukwakira 2020 / Kigali, 15th October 2020"); HT in
French "DIPLÔME — Le Recteur de l'Université ... confère à ... le grade de Licencié(e) en
Technologie Médicale avec la mention Bien ... Donné à Port-au-Prince, le 30 septembre 2019", Le
Doyen / Le Recteur / Le Titulaire; KW English with the university's Arabic name and the degree in
Arabic above, "... has conferred upon NAME the degree of Bachelor of Science in Medical
Laboratory Sciences with all rights and privileges pertaining thereto ... 18 June 2019
corresponding to 14 Shawwal 1440 H" (tabular Islamic calendar, which may differ by a day from
the Umm al-Qura date a Kuwaiti registry would print). Classes come from the same
round's transcripts (same grades)."""

import math

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from . import r7_n_ht as HT
from . import r7_n_ng as NG
from . import r7_n_rw as RW
from . import r7_n_sl as SL
from .r4_g_arabic import arabic_line
from .r7_n_common import FAMILY, k, star_seal

NG_DEG = {"ng_bmls": "BACHELOR OF MEDICAL LABORATORY SCIENCE (B.MLS.)",
          "ng_bsc_micro": "BACHELOR OF SCIENCE (B.Sc.) IN MICROBIOLOGY",
          "ng_bsc_biochem": "BACHELOR OF SCIENCE (B.Sc.) IN BIOCHEMISTRY",
          "ng_bnsc": "BACHELOR OF NURSING SCIENCE (B.N.Sc.)"}
SL_DEG = {"sl_bsc_mls": "Bachelor of Science with Honours in Medical Laboratory Sciences",
          "sl_bsc_mic": "Bachelor of Science with Honours in Microbiology",
          "sl_bsc_nur": "Bachelor of Science in Nursing"}
RW_MONTHS = ["Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeri",
             "Ukwakira", "Ugushyingo", "Ukuboza"]
HIJRI = ["Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
         "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah"]
KW_AR_DEG = {"kw_bsc_mls": "بكالوريوس العلوم في علوم المختبرات الطبية",
             "kw_bsc_bio": "بكالوريوس العلوم في العلوم البيولوجية",
             "kw_bsc_nur": "بكالوريوس العلوم في التمريض"}


def hijri(d):
    """Tabular (civil) Islamic date of a Gregorian date: (day, month 1-12, year)."""
    jd = d.toordinal() + 1721425
    ll = jd - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * ll) // 709
    day = ll - (709 * m) // 24
    return day, m, 30 * n + j - 30


def ornament(p, inset):
    """A border of two rules with a band of interlaced loops between them (guilloche look)."""
    x0, y0, x1, y1 = inset, inset, p.w - inset, p.h - inset
    p.rect(x0, y0, x1 - x0, y1 - y0, 2.2, 0.25)
    p.rect(x0 + 14, y0 + 14, x1 - x0 - 28, y1 - y0 - 28, 0.8, 0.25)
    for (ax, ay, bx, by) in ((x0 + 7, y0 + 7, x1 - 7, y0 + 7), (x0 + 7, y1 - 7, x1 - 7, y1 - 7),
                             (x0 + 7, y0 + 7, x0 + 7, y1 - 7), (x1 - 7, y0 + 7, x1 - 7, y1 - 7)):
        ln = math.hypot(bx - ax, by - ay)
        n = int(ln / 9)
        for ph in (0, math.pi):
            pts = []
            for i in range(n * 6 + 1):
                t = i / (n * 6)
                off = 4.5 * math.sin(ph + 2 * math.pi * n * t)
                if ay == by:
                    pts.append((ax + (bx - ax) * t, ay + off))
                else:
                    pts.append((ax + off, ay + (by - ay) * t))
            p.polyline(pts, 0.4, 0.45)
    for cx, cy in ((x0 + 7, y0 + 7), (x1 - 7, y0 + 7), (x0 + 7, y1 - 7), (x1 - 7, y1 - 7)):
        p.circle(cx, cy, 9, 1.0, 0.3, fill=1.0)
        p.circle(cx, cy, 4, 0.8, 0.3)


def _cap(s):
    """'two thousand and twenty-third' -> 'Two Thousand and Twenty-third'."""
    return " ".join(w if w == "and" else w[0].upper() + w[1:] for w in s.split())


def _c(p, y, s, font, size, max_w, lead):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += lead
    return y


def _sigs(p, y, roles, rng, font="Times-Roman", size=11):
    n = len(roles)
    for i, role in enumerate(roles):
        x = p.w * (i + 1) / (n + 1)
        p.signature(x - 55, y - 4, 110, rng)
        p.hline(x - 85, x + 85, y, 0.6)
        p.text(x, y + 13, role, font, size, "center")


def west_african_parchment(s, person, rng):
    inst, cur, c = s.institution, s.curriculum, s.institution.country
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W = p.w
    ornament(p, 22)
    star_seal(p, W / 2, 82, 26, 0.3, points=5 if c == "NG" else 7)
    p.text(W / 2, 136, inst.name.upper(), FB, 24 if len(inst.name) < 34 else 20, "center")
    y = 156
    if c == "SL":
        p.text(W / 2, y, inst.extra.get("college", ""), FI, 13, "center")
        y += 8
    y += 22
    if c == "NG":
        nm = name_form(person, "caps")
        y = _c(p, y, "This is to certify that", FI, 15, W - 200, 19) + 8
        p.text(W / 2, y, nm, FB, 21, "center"); y += 28
        y = _c(p, y, "having satisfied all the requirements of the University and passed the prescribed examinations "
               "has this day been admitted to the Degree of", FI, 14, W - 230, 19) + 6
        p.text(W / 2, y, NG_DEG.get(cur.id, cur.title.upper()), FB, 16, "center"); y += 22
        cls = NG.ng_final(s)[1]
        cls_p = {"PASS": "PASS"}.get(cls, cls.replace("CLASS", "CLASS HONOURS", 1))
        p.text(W / 2, y, f"with {cls_p}", FB, 13.5, "center"); y += 24
        d = s.conferred
        when = f"this {D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]}, {d.year}"
        y = _c(p, y, "with all the rights and privileges pertaining to that Degree.", FI, 13.5, W - 200, 18)
        y = _c(p, y + 4, f"Given under the Common Seal of the University {when}.", FI, 13.5, W - 200, 18)
        roles = ("Vice-Chancellor", "Registrar")
        info = {"class_printed": cls_p}
    else:
        nm = name_form(person, "natural")
        y = _c(p, y, "This is to certify that", FI, 15, W - 200, 19) + 8
        p.text(W / 2, y, nm, FB, 22, "center"); y += 28
        y = _c(p, y, "having pursued an approved programme of study and passed the prescribed examinations "
               "was awarded the degree of", FI, 14, W - 230, 19) + 6
        p.text(W / 2, y, SL_DEG.get(cur.id, cur.title), FB, 16, "center"); y += 22
        cls = SL.sl_class(s)
        cls_p = cls.replace("Honours (", "Honours, ").replace(")", "")
        p.text(W / 2, y, f"({cls_p})", F, 14, "center"); y += 24
        d = s.conferred
        words = f"the {_cap(D.ordinal_words(d.day))} day of {D.MONTHS[d.month - 1]} " \
                f"{_cap(D.year_words(d.year, 'british'))}"
        when = words
        y = _c(p, y, f"at a Congregation held on {words}", FI, 14, W - 200, 19)
        roles = ("Principal", "Registrar")
        info = {"class_printed": cls}
    yb = p.h - 92
    _sigs(p, yb, roles, rng)
    star_seal(p, W / 2, yb - 14, 34, 0.5, points=5 if c == "NG" else 7)
    p.text(W - 60, p.h - 48, f"No. {k(s, 'dipno') % 90000 + 10000}", F, 9, "right")
    info["conferred_printed"] = when
    return LayoutResult("diploma", "west_african_parchment", FAMILY, [p], [nm], info=info)


def _rw(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W = p.w
    ornament(p, 26)
    star_seal(p, W / 2, 100, 30, 0.3, points=8)
    y = 160
    p.text(W / 2, y, inst.extra.get("rw", ""), FB, 14, "center"); y += 20
    p.text(W / 2, y, inst.name.upper(), FB, 17, "center"); y += 50
    nm = name_form(person, "natural")
    p.text(W / 2, y, "Turemeza ko", FI, 13, "center"); y += 16
    p.text(W / 2, y, "This is to certify that", FI, 13, "center"); y += 34
    p.text(W / 2, y, nm.upper(), FB, 20, "center"); y += 36
    p.text(W / 2, y, "yahawe impamyabumenyi ya", FI, 13, "center"); y += 16
    p.text(W / 2, y, "has been awarded the degree of", FI, 13, "center"); y += 30
    y = _c(p, y, cur.title, FB, 16, W - 140, 21) + 12
    cls = RW.rw_class(s).replace(" Honours", "")
    p.spaced(W / 2, y, ["Icyiciro / Class:", cls], FB, 13, gap=6, align="center"); y += 46
    d = s.conferred
    when = f"{D.ordinal_suffix(d.day)} {D.MONTHS[d.month - 1]} {d.year}"
    p.text(W / 2, y, f"Bitangiwe i Kigali, ku wa {d.day} {RW_MONTHS[d.month - 1]} {d.year}", F, 12, "center"); y += 16
    p.text(W / 2, y, f"Kigali, {when}", F, 12, "center")
    yb = p.h - 130
    for i, (a, b) in enumerate((("Umuyobozi Mukuru", "Vice-Chancellor"), ("Umwanditsi Mukuru", "Registrar"))):
        x = W * (0.28 if i == 0 else 0.72)
        p.signature(x - 55, yb - 4, 110, rng)
        p.hline(x - 85, x + 85, yb, 0.6)
        p.text(x, yb + 13, a, FI, 10, "center")
        p.text(x, yb + 26, b, F, 11, "center")
    p.text(W / 2, p.h - 60, f"Reg. No. {s.student_no}", F, 9, "center")
    return LayoutResult("diploma", "bilingual_award", FAMILY, [p], [nm.upper()],
                        info={"conferred_printed": f"Kigali, {when}", "class_printed": cls})


def _ht(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W = p.w
    ornament(p, 22)
    fem = person.sex == "F"
    p.text(W / 2, 64, "RÉPUBLIQUE D'HAÏTI", F, 11, "center")
    p.text(W / 2, 88, inst.name.upper(), FB, 19, "center")
    p.text(W / 2, 128, "DIPLÔME", FB, 30, "center")
    nm = name_form(person, "natural")
    y = 162
    y = _c(p, y, f"Le Recteur de l'{inst.name}, vu les procès-verbaux des examens et sur proposition du Doyen de la "
           f"{inst.extra.get('fac', 'Faculté')}, confère à", FI, 13.5, W - 200, 18) + 10
    p.text(W / 2, y, nm, FB, 21, "center"); y += 22
    p.text(W / 2, y, f"{'née' if fem else 'né'} le {HT.fr_date(s.dob)}", FI, 12, "center"); y += 28
    p.text(W / 2, y, "le grade de", FI, 13.5, "center"); y += 26
    deg = cur.title.replace("Licence en", "Licenciée en" if fem else "Licencié en")
    p.text(W / 2, y, deg.upper(), FB, 18, "center"); y += 24
    men = HT.mention(HT.ht_final(s))
    p.text(W / 2, y, f"avec la mention « {men} »", FI, 13.5, "center"); y += 22
    y = _c(p, y, "pour en jouir avec les droits et prérogatives qui y sont attachés.", FI, 13, W - 200, 17) + 6
    when = f"le {HT.fr_date(s.conferred)}"
    p.text(W / 2, y, f"Donné à {inst.city}, {when}", F, 13, "center")
    yb = p.h - 80
    _sigs(p, yb, ("Le Titulaire", "Le Doyen", "Le Recteur"), rng, FI, 11)
    star_seal(p, W * 0.625, yb - 52, 26, 0.5, points=6)
    p.text(60, p.h - 40, f"Enregistré sous le n° {k(s, 'reg') % 9000 + 1000}", F, 8.5)
    return LayoutResult("diploma", "bilingual_award", FAMILY, [p], [nm],
                        info={"conferred_printed": when, "mention_printed": men})


def _kw(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W = p.w
    ornament(p, 22)
    arabic_line(p, W / 2, 70, inst.extra.get("ar", "جامعة"), 18, bold=True)
    p.text(W / 2, 100, inst.name.upper(), FB, 20, "center")
    arabic_line(p, W / 2, 130, KW_AR_DEG.get(cur.id, "بكالوريوس"), 13)
    nm = name_form(person, "natural")
    y = 162
    fac = "Faculty of Allied Health Sciences" if cur.id != "kw_bsc_bio" else "Faculty of Science"
    y = _c(p, y, f"Upon the recommendation of the Council of the {fac}, the University Council has conferred upon",
           FI, 13.5, W - 200, 18) + 12
    p.text(W / 2, y, nm, FB, 22, "center"); y += 30
    p.text(W / 2, y, "the degree of", FI, 13.5, "center"); y += 26
    p.text(W / 2, y, cur.title, FB, 17, "center"); y += 26
    y = _c(p, y, "with all rights and privileges pertaining thereto.", FI, 13.5, W - 200, 18) + 6
    d = s.conferred
    hd, hm, hy = hijri(d)
    when = f"{d.day} {D.MONTHS[d.month - 1]} {d.year} corresponding to {hd} {HIJRI[hm - 1]} {hy} H"
    p.text(W / 2, y, f"Given in the State of Kuwait on {when}", F, 12.5, "center")
    yb = p.h - 86
    _sigs(p, yb, ("Dean of the Faculty", "President of the University"), rng, F, 11)
    p.seal(W / 2, yb - 18, 32, 0.5)
    return LayoutResult("diploma", "bilingual_award", FAMILY, [p], [nm],
                        info={"conferred_printed": when})


def bilingual_award(s, person, rng):
    return {"RW": _rw, "HT": _ht}.get(s.institution.country, _kw)(s, person, rng)


DIPLOMA_LAYOUTS = {"west_african_parchment": (west_african_parchment, FAMILY, ("NG", "SL")),
                   "bilingual_award": (bilingual_award, FAMILY, ("RW", "HT", "KW"))}
