"""Writer AG, round 16: diplomas for SK, LV, FI, NZ and IN (three designs; the second and third drawn
per country).

ag_sk_diplom: SK "DIPLOM": the state emblem at the top, "SLOVENSKÁ REPUBLIKA", the university and the
    faculty, "[name], narodená 12. marca 1996 v Poprade, absolvovala bakalársky študijný program
    Laboratórne vyšetrovacie metódy v zdravotníctve v študijnom odbore Zdravotnícke vedy, a preto sa jej
    udeľuje akademický titul bakalár (v skratke Bc.)", "V Poprade dňa 30. júna 2017", dean and rector,
    "Evidenčné číslo: 123456/2017".
ag_lv_fi_diploma: LV "DIPLOMS" ("... 2019. gadā beigusi ... profesionālā bakalaura studiju programmu
    “Biomedicīnas laborants” un ieguvusi profesionālo bakalaura grādu veselības aprūpē un biomedicīnas
    laboranta kvalifikāciju", the English name of the degree in italic below the Latvian one,
    "Reģistrācijas Nr.", "Rīgā, 2019. gada 28. jūnijā", the state examination board's chair and the
    rector); FI "TUTKINTOTODISTUS / DEGREE CERTIFICATE" ("... on suorittanut sosiaali- ja terveysalan
    ammattikorkeakoulututkinnon, koulutusohjelma bioanalytiikka, laajuus 210 opintopistettä.
    Tutkintonimike: Bioanalyytikko (AMK). Tutkinto on suoritettu 12.12.2018." then the English
    translation, the rector's signature, "EQF 6").
ag_nz_in_degree: NZ parchment ("The Council of the ... University hereby certifies that ... was
    admitted to the degree of Bachelor of Medical Laboratory Science at a graduation ceremony held on
    14 May 2018", or "in absentia on ..." as the record says; Chancellor and Vice-Chancellor; the crest
    with its Latin motto); IN degree certificate in English with the state language lines above it
    drawn as pictures ("The ... University hereby certifies that ... having passed the B.Sc. (Medical
    Laboratory Technology) Degree Examination held in April 2017 and having been placed in FIRST CLASS,
    the Degree of Bachelor of Science (Medical Laboratory Technology) has been conferred on her at the
    Convocation held on the 12th day of June 2017"; the class is the consolidated statement's),
    Vice-Chancellor, serial number.
The conferral date printed is the truth's `conferred`.
"""

from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r16_ag_common import (EN_MONTHS, FAMILY, SK_MONTHS_GEN, by_reading_order, crest, dmy, dry_seal, emblem,
                            en_date, fem_fix, indic_line, k, keep_dob, lv_date, natural, sign_block)

SK_TOWNS = [("Poprad", "Poprade"), ("Prešov", "Prešove"), ("Nitra", "Nitre"), ("Žilina", "Žiline"),
            ("Trnava", "Trnave"), ("Martin", "Martine"), ("Levice", "Leviciach"), ("Kežmarok", "Kežmarku")]
SK_PROG = {"sk_lvm": ("Laboratórne vyšetrovacie metódy v zdravotníctve", "Zdravotnícke vedy", "zf"),
           "sk_bio": ("Biológia", "Biológia", "pf"), "sk_ose": ("Ošetrovateľstvo", "Ošetrovateľstvo", "zf")}


def sk_date(d):
    return f"{d.day}. {SK_MONTHS_GEN[d.month - 1]} {d.year}"


def ag_sk_diplom(s, person, rng):
    fem_fix(person)
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = natural(person)
    prog, odbor, fac = SK_PROG[cur.id]
    p = Page(A4)
    W, H = p.w, p.h
    p.border(24, 1.0, 0.4)
    emblem(p, W / 2, 86, 24)
    p.text(W / 2, 136, "SLOVENSKÁ REPUBLIKA", TB, 12, "center")
    p.text(W / 2, 166, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 184, inst.extra[fac], T, 12, "center")
    p.text(W / 2, 250, "DIPLOM", TB, 36, "center")
    p.text(W / 2, 300, nm, TB, 19, "center")
    town = SK_TOWNS[k(s, "town") % len(SK_TOWNS)]
    txt = (f"{'narodená' if fem else 'narodený'} {sk_date(s.dob)} v {town[1]}, "
           f"{'absolvovala' if fem else 'absolvoval'} bakalársky študijný program {prog} v študijnom odbore {odbor}, "
           f"a preto sa {'jej' if fem else 'mu'} udeľuje akademický titul")
    y = center_wrapped(p, 330, txt, T, 12.5, W - 150, 18) + 14
    p.text(W / 2, y, "bakalár", TB, 18, "center")
    p.text(W / 2, y + 18, "(v skratke „Bc.“)", T, 12, "center")
    p.text(W / 2, y + 56, f"V {inst.extra['loc']} dňa {sk_date(s.conferred)}", T, 12, "center")
    yb = H - 150
    dean = inst.extra["dean_pf"] if fac == "pf" else inst.extra["dean"]
    sign_block(p, rng, 150, yb, "dekan fakulty", T, 10, 170, dean)
    sign_block(p, rng, W - 150, yb, "rektor", T, 10, 170, inst.extra["rector"])
    dry_seal(p, W / 2, yb - 10, 34)
    p.text(60, H - 50, f"Evidenčné číslo: {k(s, 'ev') % 900000 + 100000}/{s.conferred.year}", T, 9)
    return LayoutResult("diploma", "ag_sk_diplom", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": sk_date(s.conferred)})


# --- LV / FI --------------------------------------------------------------------------------------
LV_TXT = {"lv_bml": ("profesionālā bakalaura studiju programmu “Biomedicīnas laborants”",
                     "profesionālo bakalaura grādu veselības aprūpē un biomedicīnas laboranta kvalifikāciju",
                     "Professional Bachelor's degree in Health Care and the qualification of Biomedical Laboratory "
                     "Technician"),
          "lv_bio": ("akadēmiskā bakalaura studiju programmu “Bioloģija”", "dabaszinātņu bakalaura grādu bioloģijā",
                     "Bachelor of Natural Sciences in Biology"),
          "lv_mas": ("profesionālā bakalaura studiju programmu “Māszinības”",
                     "profesionālo bakalaura grādu veselības aprūpē un māsas kvalifikāciju",
                     "Professional Bachelor's degree in Health Care and the qualification of Nurse")}


def _lv(s, person, rng):
    from .r16_ag_lv import personal_code
    fem_fix(person)
    keep_dob(person, s.dob, personal_code(s))
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = natural(person)
    prog, deg, deg_en = LV_TXT[cur.id]
    p = Page(A4)
    W, H = p.w, p.h
    p.border(26, 1.6, 0.35)
    p.logo(W / 2, 86, 24, 1, 0.3)
    p.text(W / 2, 140, "LATVIJAS REPUBLIKA", TB, 11, "center")
    p.text(W / 2, 162, inst.name.upper(), TB, 15, "center")
    p.text(W / 2, 230, "DIPLOMS", TB, 34, "center")
    p.text(W / 2, 268, "Šis diploms apliecina, ka", TI, 12, "center")
    p.text(W / 2, 296, nm, TB, 19, "center")
    p.text(W / 2, 314, f"personas kods {personal_code(s)}", T, 10.5, "center")
    gen = inst.name[:-1] + "as" if inst.name.endswith("a") else inst.name
    txt = (f"{s.conferred.year}. gadā {'beigusi' if fem else 'beidzis'} {gen} {prog} un "
           f"{'ieguvusi' if fem else 'ieguvis'}")
    y = center_wrapped(p, 346, txt, T, 12.5, W - 140, 18) + 12
    y = center_wrapped(p, y, deg, TB, 14, W - 130, 19) + 2
    y = center_wrapped(p, y, deg_en, TI, 10.5, W - 130, 14)
    p.text(W / 2, y + 40, f"Reģistrācijas Nr. {k(s, 'reg') % 9000 + 1000}/{s.conferred.year}", T, 10.5, "center")
    p.text(W / 2, y + 60, f"{inst.extra['loc']}, {lv_date(s.conferred)}", T, 11.5, "center")
    yb = H - 120
    chair = ["Dr. med. Pēteris Zariņš", "Dr. biol. Ieva Siliņa", "Dr. med. Agris Lapiņš"][k(s, "chair") % 3]
    sign_block(p, rng, 155, yb, "Valsts pārbaudījumu komisijas priekšsēdētājs", T, 8.5, 200, chair)
    sign_block(p, rng, W - 150, yb, "Rektors", T, 9.5, 170, inst.extra["rector"])
    dry_seal(p, W / 2, yb - 50, 30)
    return LayoutResult("diploma", "ag_lv_fi_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": lv_date(s.conferred)})


FI_TXT = {"fi_bio": ("sosiaali- ja terveysalan ammattikorkeakoulututkinnon, koulutusohjelma bioanalytiikka",
                     "Bioanalyytikko (AMK)",
                     "the degree of Bachelor of Health Care in the Degree Programme in Biomedical Laboratory Science",
                     "Bachelor of Health Care"),
          "fi_sh": ("sosiaali- ja terveysalan ammattikorkeakoulututkinnon, koulutusohjelma hoitotyö",
                    "Sairaanhoitaja (AMK)", "the degree of Bachelor of Health Care in the Degree Programme in Nursing",
                    "Bachelor of Health Care, Registered Nurse"),
          "fi_biol": ("luonnontieteiden kandidaatin tutkinnon, pääaine biologia",
                      "Luonnontieteiden kandidaatti (LuK)", "the degree of Bachelor of Science, major subject Biology",
                      "Bachelor of Science")}


def _fi(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    nm = natural(person)
    fi, title, en, title_en = FI_TXT[cur.id]
    op = int(sum(c.credits for t in cur.terms for c in t.courses))
    d = s.conferred
    fid = f"{d.day}.{d.month}.{d.year}"
    p = Page(A4)
    W, H = p.w, p.h
    L = 70
    p.logo(L + 20, 70, 20, 2, 0.3)
    p.text(L + 52, 66, inst.name, SB, 13)
    p.text(L + 52, 80, inst.extra["en"], S, 9.5)
    p.text(W / 2, 160, "TUTKINTOTODISTUS", SB, 22, "center")
    p.text(W / 2, 180, "DEGREE CERTIFICATE", S, 12, "center")
    p.text(W / 2, 230, nm, SB, 17, "center")
    p.text(W / 2, 248, f"syntynyt / born {s.dob.day}.{s.dob.month}.{s.dob.year}", S, 10, "center")
    y = p.paragraph(L, 290, f"on suorittanut {fi}, laajuus {op} opintopistettä.", S, 11.5, W - 2 * L, 16)
    y = p.paragraph(L, y + 4, f"Tutkintonimike: {title}.", SB, 11.5, W - 2 * L, 16)
    y = p.paragraph(L, y + 4, f"Tutkinto on suoritettu {fid}.", S, 11.5, W - 2 * L, 16)
    y += 18
    y = p.paragraph(L, y, f"has completed {en}, scope {op} ECTS credits.", SI, 10.5, W - 2 * L, 15)
    y = p.paragraph(L, y + 2, f"Degree title: {title_en}.", SI, 10.5, W - 2 * L, 15)
    y = p.paragraph(L, y + 2, f"The degree was completed on {en_date(d)}.", SI, 10.5, W - 2 * L, 15)
    if inst.extra.get("amk"):
        y = p.paragraph(L, y + 14, "Tutkinto on ammattikorkeakoululain (932/2014) mukainen korkeakoulututkinto. / "
                                   "The degree is a higher education degree under the Universities of Applied "
                                   "Sciences Act (932/2014).", S, 8.5, W - 2 * L, 11)
    else:
        y = p.paragraph(L, y + 14, "Tutkinto on yliopistolain (558/2009) mukainen alempi korkeakoulututkinto. / "
                                   "The degree is a first-cycle degree under the Universities Act (558/2009).",
                        S, 8.5, W - 2 * L, 11)
    p.text(L, y + 14, "EQF 6 / NQF 6", SB, 9.5)
    p.text(L, H - 190, f"{inst.city} {fid}", S, 11)
    sign_block(p, rng, W - 170, H - 150, "Rehtori / Rector", S, 9.5, 180, inst.extra["rector"])
    p.text(L, H - 60, f"Todistuksen numero / Certificate number: {d.year}/{k(s, 'fino') % 90000 + 10000}", S, 8)
    return LayoutResult("diploma", "ag_lv_fi_diploma", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": fid})


def ag_lv_fi_diploma(s, person, rng):
    return (_lv if s.institution.country == "LV" else _fi)(s, person, rng)


# --- NZ / IN --------------------------------------------------------------------------------------
def _nz(s, person, rng):
    from .r16_ag_nz import DEGREE, distinction, in_absentia, major_of
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = natural(person)
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(22, 1.2, 0.35)
    crest(p, W / 2, 70, 24)
    p.text(W / 2, 118, inst.extra["motto"].upper(), TI, 8.5, "center")
    p.text(W / 2, 150, inst.name, TB, 24, "center")
    p.text(W / 2, 186, "The Council of the University hereby certifies that", TI, 13, "center")
    p.text(W / 2, 222, nm, TB, 22, "center")
    d = s.conferred
    if in_absentia(s):
        lead, tail = "was admitted in absentia to the degree of", f"on {en_date(d)}"
    else:
        lead, tail = "was admitted to the degree of", f"at a graduation ceremony held on {en_date(d)}"
    p.text(W / 2, 254, lead, TI, 13, "center")
    p.text(W / 2, 284, DEGREE[cur.id][0], TB, 19, "center")
    y = 306
    major = major_of(s)
    if major:
        p.text(W / 2, y, f"majoring in {major}", TI, 12, "center")
        y += 18
    if cur.id == "nz_bmlsc" and distinction(s):
        p.text(W / 2, y, "with Distinction", TB, 13, "center")
        y += 18
    p.text(W / 2, y + 6, tail, TI, 13, "center")
    yb = H - 80
    sign_block(p, rng, 190, yb, "Chancellor", T, 10.5, 190, inst.extra["chancellor"])
    sign_block(p, rng, W - 190, yb, "Vice-Chancellor", T, 10.5, 190, inst.extra["vc"])
    dry_seal(p, W / 2, yb - 16, 34)
    return LayoutResult("diploma", "ag_nz_in_degree", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": en_date(d)})


IN_DEG = {"in_bsc_mlt": ("B.Sc. (Medical Laboratory Technology) Degree Examination",
                         "the Degree of Bachelor of Science (Medical Laboratory Technology)", "conferred"),
          "in_bsc_micro": ("B.Sc. (Microbiology) Degree Examination", "the Degree of Bachelor of Science (Microbiology)",
                           "conferred"),
          "in_dmlt": ("Diploma in Medical Laboratory Technology Examination",
                      "the Diploma in Medical Laboratory Technology", "awarded")}


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _in(s, person, rng):
    from .r16_ag_in import reg_no, result_summary
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = name_form(person, "caps")
    ob, mx, pct, cls, rows, sup = result_summary(s)
    last = rows[-1][1][-1][6]
    held = {"APR": "April", "NOV": "November"}[last[:3]] + last[3:]
    exam, deg, verb = IN_DEG.get(cur.id, (f"{cur.title} Examination", f"the Degree of {cur.title}", "conferred"))
    pron = "her" if person.sex == "F" else "him"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(20, 2.0, 0.3)
    p.text(60, 48, f"Serial No. {k(s, 'dser') % 900000 + 100000}", T, 9)
    p.text(W - 60, 48, f"Register No. {reg_no(s)}", T, 9, "right")
    p.logo(W / 2, 58, 18, 0, 0.3)
    indic_line(p, W / 2, 96, 16, 13, k(s, "ind1"), "center", bold=True)
    p.text(W / 2, 122, inst.name.upper(), TB, 20, "center")
    indic_line(p, W / 2, 150, 34, 9.5, k(s, "ind2"), "center")
    indic_line(p, W / 2, 166, 30, 9.5, k(s, "ind3"), "center")
    txt = (f"The {inst.name} hereby certifies that {nm} having passed the {exam} held in {held} and having been "
           f"placed in {cls}, {deg} has been {verb} on {pron} at the Convocation held on the {ordinal(s.conferred.day)} "
           f"day of {EN_MONTHS[s.conferred.month - 1]} {s.conferred.year}.")
    y = center_wrapped(p, 198, txt, T, 13.5, W - 180, 20)
    p.text(W / 2, y + 8, "Given under the seal of the University.", TI, 11, "center")
    yb = H - 70
    p.text(80, yb, f"{inst.city}", T, 10.5)
    p.text(80, yb + 14, f"Date: {dmy(s.conferred)}", T, 10.5)
    sign_block(p, rng, W - 170, yb, "Vice-Chancellor", TB, 10.5, 180)
    dry_seal(p, W / 2, yb - 20, 32)
    return LayoutResult("diploma", "ag_nz_in_degree", FAMILY, by_reading_order([p]), [nm],
                        info={"conferred_printed": dmy(s.conferred), "classification": cls})


def ag_nz_in_degree(s, person, rng):
    return (_in if s.institution.country == "IN" else _nz)(s, person, rng)


DIPLOMA_LAYOUTS = {"ag_sk_diplom": (ag_sk_diplom, FAMILY, ("SK",)),
                   "ag_lv_fi_diploma": (ag_lv_fi_diploma, FAMILY, ("LV", "FI")),
                   "ag_nz_in_degree": (ag_nz_in_degree, FAMILY, ("NZ", "IN"))}
