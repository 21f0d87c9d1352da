"""Writer AI, round 17: diplomas for EE, SI, AT, PK and ET (four designs; the second, third and fourth
drawn per country).

ai_ee_diplom: EE "DIPLOM" of the health care college ("<name> on lõpetanud ... õppekava Bioanalüütik
    ja talle on antud rakenduskõrghariduse diplom", "Diplomi number: RKA012345", "Tartu, 20. juuni
    2018", the rector), then an English translation sheet on its own page.
ai_si_at_diploma: SI "DIPLOMA" ("Univerza v ... podeljuje diplomo <name>, rojeni 12. 3. 1995 v ...,
    ker je ... opravila vse obveznosti in si pridobila strokovni naslov diplomirana inženirka
    laboratorijske biomedicine (UN)", "Ljubljana, 25. 9. 2018", rector and dean); AT
    "BACHELORURKUNDE" ("Das Fachhochschulkollegium ... verleiht Frau <name> ... nach erfolgreichem
    Abschluss des Fachhochschul-Bachelorstudienganges Biomedizinische Analytik den akademischen Grad
    Bachelor of Science in Health Studies (BSc)", "Wien, am 30. Juni 2017").
ai_pk_et_degree: PK "DEGREE" ("This is to certify that <name> son/daughter of <father> ... has been
    awarded the degree of BS Medical Laboratory Technology ... having passed the examination held in
    2018 and placed in First Division", Vice-Chancellor, Registrar, serial number, a hologram box); ET
    degree with its Amharic lines drawn as pictures and the English text ("... has been awarded the
    degree of Bachelor of Science in Medical Laboratory Science, with Distinction, on this 14th day of
    July 2018 (Hamle 7, 2010 E.C.)", President, Registrar).
The conferral date printed is the truth's `conferred`.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped, wrap
from .r17_ai_common import FAMILY, by_reading_order, dry_seal, k, keep_dob, natural, ring_stamp, sign_block

EE_MONTHS = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
             "november", "detsember"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EE_TXT = {"ee_ba": ("õppekava Bioanalüütik", "rakenduskõrghariduse diplom",
                    "the professional higher education curriculum Biomedical Laboratory Science (Bioanalüütik)",
                    "Diploma of Professional Higher Education"),
          "ee_oe": ("õppekava Õde", "rakenduskõrghariduse diplom", "the professional higher education curriculum "
                    "Nursing (Õde)", "Diploma of Professional Higher Education"),
          "ee_bio": ("bakalaureuseõppe õppekava Bioloogia", "loodusteaduste bakalaureuse kraad (bioloogia)",
                     "the bachelor's curriculum Biology", "the degree of Bachelor of Science (Biology)")}


def ee_date(d):
    return f"{d.day}. {EE_MONTHS[d.month - 1]} {d.year}"


def ai_ee_diplom(s, person, rng):
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    prog, deg, prog_en, deg_en = EE_TXT[cur.id]
    no = f"{'RKA' if inst.kind == 'college' else 'BA'}{k(s, 'dipl') % 900000 + 100000:06d}"
    town = inst.extra["town"]
    p = Page(A4)
    W, H = p.w, p.h
    p.border(30, 1.2, 0.35)
    p.logo(W / 2, 92, 24, 1, 0.3)
    p.text(W / 2, 150, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 236, "DIPLOM", TB, 38, "center")
    p.text(W / 2, 300, nm, TB, 20, "center")
    p.text(W / 2, 318, f"(sünniaeg {s.dob.day:02d}.{s.dob.month:02d}.{s.dob.year})", T, 10.5, "center")
    y = center_wrapped(p, 352, f"on lõpetanud {inst.name} {prog} ja talle on antud", T, 13, W - 150, 19) + 8
    p.text(W / 2, y, deg, TB, 16, "center")
    p.text(W / 2, y + 56, f"Diplomi number: {no}", T, 11, "center")
    p.text(W / 2, y + 76, f"{town}, {ee_date(s.conferred)}", T, 12, "center")
    yb = H - 140
    sign_block(p, rng, W / 2, yb, "Rektor", T, 10, 190, inst.extra["rector"])
    dry_seal(p, W / 2 - 150, yb - 20, 32)
    q = Page(A4)
    q.text(W / 2, 70, "TRANSLATION", TB, 12, "center")
    q.text(W / 2, 110, inst.name.upper(), TB, 14, "center")
    q.text(W / 2, 170, "DIPLOMA", TB, 26, "center")
    q.text(W / 2, 220, nm, TB, 16, "center")
    q.text(W / 2, 238, f"(date of birth {s.dob.day:02d}.{s.dob.month:02d}.{s.dob.year})", T, 10.5, "center")
    y = center_wrapped(q, 270, f"has completed {prog_en} at {inst.name} and has been awarded", T, 12, W - 150, 17) + 6
    y = center_wrapped(q, y, deg_en, TB, 13, W - 150, 17)
    q.text(W / 2, y + 40, f"Diploma number: {no}", T, 11, "center")
    q.text(W / 2, y + 58, f"{town}, {s.conferred.day} {EN_MONTHS[s.conferred.month - 1]} {s.conferred.year}", T, 11,
           "center")
    q.text(W / 2, y + 100, f"Rector {inst.extra['rector']} (signed)", T, 11, "center")
    q.text(W / 2, H - 60, "This translation is issued together with the diploma and is valid only with it.", TI, 9,
           "center")
    return LayoutResult("diploma", "ai_ee_diplom", FAMILY, by_reading_order([p, q]), [nm],
                        info={"conferred_printed": ee_date(s.conferred)})


# --- SI / AT ---------------------------------------------------------------------------------------
SI_TITLE = {"si_lbm": ("diplomirana inženirka laboratorijske biomedicine (UN)",
                       "diplomirani inženir laboratorijske biomedicine (UN)"),
            "si_bio": ("diplomirana biologinja (UN)", "diplomirani biolog (UN)"),
            "si_zn": ("diplomirana medicinska sestra (UN)", "diplomirani zdravstvenik (UN)")}
SI_TOWNS = ["v Celju", "v Kranju", "v Novem mestu", "v Mariboru", "v Kopru", "na Ptuju", "v Ljubljani",
            "v Murski Soboti"]
DE_MONTHS = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
AT_TOWNS = ["Linz", "Graz", "Wien", "Salzburg", "Klagenfurt", "St. Pölten", "Villach", "Wels"]


def si_date(d):
    return f"{d.day}. {d.month}. {d.year}"


def _si(s, person, rng):
    from .r17_ai_si import PROGRAM
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = natural(person)
    fac = inst.extra["nf"] if cur.id == "si_bio" else inst.extra["zf"]
    title = SI_TITLE[cur.id][0 if fem else 1]
    p = Page(A4)
    W, H = p.w, p.h
    p.border(28, 1.4, 0.4)
    p.logo(W / 2, 88, 26, 0, 0.3)
    p.text(W / 2, 146, "REPUBLIKA SLOVENIJA", TB, 11, "center")
    p.text(W / 2, 168, inst.name.upper(), TB, 16, "center")
    p.text(W / 2, 244, "DIPLOMA", TB, 38, "center")
    p.text(W / 2, 280, f"{inst.name} podeljuje diplomo", T, 13, "center")
    p.text(W / 2, 312, nm, TB, 20, "center")
    town = SI_TOWNS[k(s, "town") % len(SI_TOWNS)]
    fac_loc = fac.replace("Naravoslovna fakulteta", "Naravoslovni fakulteti").replace("Fakulteta", "Fakulteti")
    txt = (f"{'rojeni' if fem else 'rojenemu'} {si_date(s.dob)} {town}, ker je na {fac_loc} po univerzitetnem študijskem "
           f"programu prve stopnje {PROGRAM[cur.id]} {'opravila' if fem else 'opravil'} vse obveznosti in si "
           f"{'pridobila' if fem else 'pridobil'} strokovni naslov")
    y = center_wrapped(p, 344, txt, T, 12.5, W - 150, 18) + 12
    p.text(W / 2, y, title, TB, 15, "center")
    p.text(W / 2, y + 44, f"{inst.extra['town']}, {si_date(s.conferred)}", T, 12, "center")
    p.text(W / 2, y + 62, f"Številka: {k(s, 'stev') % 9000 + 1000}/{s.conferred.year}", T, 10, "center")
    yb = H - 130
    dean = inst.extra["dean_nf"] if cur.id == "si_bio" else inst.extra["dean"]
    sign_block(p, rng, 150, yb, "Dekan", T, 10, 180, dean)
    sign_block(p, rng, W - 150, yb, "Rektor", T, 10, 180, inst.extra["rector"])
    dry_seal(p, W / 2, yb - 16, 32)
    return LayoutResult("diploma", "ai_si_at_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": si_date(s.conferred)})


def de_date(d):
    return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"


def _at(s, person, rng):
    from .r17_ai_at import PROGRAM
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(person)
    prog, kz, kind = PROGRAM[cur.id]
    p = Page(A4)
    W, H = p.w, p.h
    from .r17_ai_common import colour_logo
    colour_logo(p, W - 150, 50, 84, 54, inst.extra["rgb"], 0 if inst.kind == "college" else 1)
    p.text(60, 80, inst.name, SB, 13)
    p.text(W / 2, 200, "BACHELORURKUNDE", SB, 26, "center")
    town = AT_TOWNS[k(s, "town") % len(AT_TOWNS)]
    who = f"{'Frau' if fem else 'Herrn'} {nm}"
    if inst.kind == "college":
        intro = f"Das Fachhochschulkollegium der {inst.name} verleiht"
        study = (f"nach erfolgreichem Abschluss des Fachhochschul-Bachelorstudienganges {prog} "
                 f"(Studiengangskennzahl {kz}) gemäß § 6 Abs. 1 des Fachhochschulgesetzes den akademischen Grad")
        grad = "Bachelor of Science in Health Studies"
        sig = (("Leitung des Fachhochschulkollegiums", inst.extra["rector"]),
               ("Studiengangsleitung", inst.extra["head"]))
    else:
        intro = f"Die {inst.name} verleiht"
        study = (f"nach erfolgreichem Abschluss des Bachelorstudiums {prog} (Studienkennzahl {kz}) gemäß § 87 Abs. 1 "
                 f"des Universitätsgesetzes 2002 den akademischen Grad")
        grad = "Bachelor of Science"
        sig = (("Rektorin", inst.extra["rector"]), ("Studiendekan", inst.extra["head"]))
    p.text(W / 2, 250, intro, S, 12, "center")
    p.text(W / 2, 290, who, SB, 18, "center")
    p.text(W / 2, 310, f"geboren am {de_date(s.dob)} in {town},", S, 11, "center")
    y = center_wrapped(p, 340, study, S, 11.5, W - 150, 17) + 14
    p.text(W / 2, y, grad, SB, 16, "center")
    p.text(W / 2, y + 20, "(BSc)", SB, 13, "center")
    p.text(W / 2, y + 66, f"{inst.extra['town']}, am {de_date(s.conferred)}", S, 11.5, "center")
    yb = H - 140
    sign_block(p, rng, 160, yb, sig[0][0], S, 9, 190, sig[0][1])
    sign_block(p, rng, W - 160, yb, sig[1][0], S, 9, 190, sig[1][1])
    p.text(60, H - 50, f"Urkunden-Nr. {s.conferred.year}/{k(s, 'urk') % 90000 + 10000}", S, 8)
    return LayoutResult("diploma", "ai_si_at_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": de_date(s.conferred)})


def ai_si_at_diploma(s, person, rng):
    return _si(s, person, rng) if s.institution.country == "SI" else _at(s, person, rng)


# --- PK / ET ---------------------------------------------------------------------------------------
def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _pk(s, person, rng):
    from . import r1_a_kit as KIT
    from .r17_ai_pk import grade_of, pk_blocks, split
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person).upper()
    father = KIT.father_name(person).upper()
    cr = qp = 0.0
    for _, rows in pk_blocks(s):
        for r, mark, struck, _ in rows:
            if mark is None or struck:
                continue
            th, pr = split(r)
            cr += th + pr
            qp += grade_of(mark)[1] * (th + pr)
    cgpa = qp / cr
    div = "First Division" if cgpa >= 2.5 else "Second Division" if cgpa >= 2.0 else "Third Division"
    deg = cur.title.replace("Bachelor of Science in ", "BS ")
    p = Page(A4)
    W, H = p.w, p.h
    p.border(26, 1.8, 0.3)
    from .r16_ag_common import crest
    crest(p, W / 2, 80, 22, 0.3)
    p.text(W / 2, 140, inst.name.upper(), TB, 16, "center")
    p.text(W / 2, 156, f"{inst.city.upper()}, PAKISTAN", T, 10, "center")
    p.text(60, 190, f"Serial No. {k(s, 'ser') % 900000 + 100000}", T, 10)
    p.text(W - 60, 190, f"Registration No. {s.student_no}", T, 10, "right")
    p.text(W / 2, 240, "DEGREE", TB, 30, "center")
    p.text(W / 2, 278, "This is to certify that", TI, 13, "center")
    p.text(W / 2, 306, nm, TB, 17, "center")
    p.text(W / 2, 328, f"{'daughter' if person.sex == 'F' else 'son'} of {father}", TI, 12.5, "center")
    txt = (f"has been awarded the degree of {deg} (4 Years) having passed the examination held in "
           f"{s.conferred.year} and placed in {div}.")
    y = center_wrapped(p, 360, txt, T, 13, W - 150, 19)
    p.text(W / 2, y + 30, f"Dated: {s.conferred.day:02d}-{s.conferred.month:02d}-{s.conferred.year}", T, 11, "center")
    # hologram box
    hx, hy = W / 2 - 34, H - 190
    p.rect(hx, hy, 68, 46, 0.8, 0.45)
    for i in range(9):
        p.hline(hx + 2, hx + 66, hy + 4 + i * 4.6, 0.3, 0.7)
    yb = H - 120
    sign_block(p, rng, 150, yb, "Registrar", T, 10.5, 170)
    sign_block(p, rng, W - 150, yb, "Vice-Chancellor", T, 10.5, 170)
    return LayoutResult("diploma", "ai_pk_et_degree", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": f"{s.conferred.day:02d}-{s.conferred.month:02d}-{s.conferred.year}"})


def _et(s, person, rng):
    from .r2_d_et import ET_MONTHS, eth_date
    from .r17_ai_common import geez_line
    from .r17_ai_et import grade_of
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    cr = gp = 0.0
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            cr += int(r.spec.credits)
            gp += grade_of(s, f"g{i}.{j}", r)[1] * int(r.spec.credits)
    cgpa = gp / cr
    dist = "Very Great Distinction" if cgpa >= 3.75 else "Great Distinction" if cgpa >= 3.25 else \
        "Distinction" if cgpa >= 2.75 else ""
    d = s.conferred
    ey, em, ed = eth_date(d)
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.6, 0.35)
    p.logo(W / 2, 70, 24, 1, 0.3)
    geez_line(p, W / 2, 122, inst.extra.get("am", "ዩኒቨርሲቲ"), 17)
    p.text(W / 2, 146, inst.name.upper(), TB, 19, "center")
    geez_line(p, W * 0.27, 190, "ይህ የምስክር ወረቀት የሚያረጋግጠው", 11)
    geez_line(p, W * 0.27, 214, "የሳይንስ ባችለር ዲግሪ ተሰጥቷል", 11)
    if dist:
        geez_line(p, W * 0.27, 238, "በከፍተኛ ማዕረግ", 11)
    p.text(W * 0.68, 186, "This is to certify that", TI, 12, "center")
    p.text(W * 0.68, 210, nm, TB, 17, "center")
    deg = cur.title
    txt = (f"has been awarded the degree of {deg}" + (f", with {dist}," if dist else ",") +
           f" on this {ordinal(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year} "
           f"({ET_MONTHS[em - 1]} {ed}, {ey} E.C.)")
    y = 236
    for line in wrap(txt, T, 12, W * 0.5):
        p.text(W * 0.68, y, line, T, 12, "center")
        y += 17
    yb = H - 80
    sign_block(p, rng, 180, yb, "University Registrar", T, 10, 170)
    sign_block(p, rng, W - 180, yb, "President", T, 10, 170)
    ring_stamp(p, W / 2, yb - 20, 34, f"{inst.name.upper()} * ETHIOPIA *")
    p.text(40, H - 40, f"Reg. No. {k(s, 'etreg') % 90000 + 10000}", T, 9)
    return LayoutResult("diploma", "ai_pk_et_degree", FAMILY, [p], [nm],
                        info={"conferred_printed": f"{ordinal(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}"})


def ai_pk_et_degree(s, person, rng):
    return _pk(s, person, rng) if s.institution.country == "PK" else _et(s, person, rng)


DIPLOMA_LAYOUTS = {"ai_ee_diplom": (ai_ee_diplom, FAMILY, ("EE",)),
                   "ai_si_at_diploma": (ai_si_at_diploma, FAMILY, ("SI", "AT")),
                   "ai_pk_et_degree": (ai_pk_et_degree, FAMILY, ("PK", "ET"))}
