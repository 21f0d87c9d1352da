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
from ..pagekit import A4, Page, center_wrapped
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
    y = center_wrapped(p, 352, f"on lõpetanud {inst.name} {prog} ja {'talle' } on antud", T, 13, W - 150, 19) + 8
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


DIPLOMA_LAYOUTS = {"ai_ee_diplom": (ai_ee_diplom, FAMILY, ("EE",))}
