"""Writer AI, round 17: employment letters for EE, SI, AT, PK and ET (four designs; the second, third
and fourth drawn per country).

ai_ee_toend: EE "TÕEND" ("... kinnitab, et <name> (isikukood ...) töötab ... laboris bioanalüütikuna
    alates 01.09.2018 tänaseni, täistööajaga (40 tundi nädalas). Tõend on väljastatud esitamiseks
    nõudmise kohas."), with a digital-signature line instead of a signature.
ai_si_at_letter: SI "POTRDILO O ZAPOSLITVI" ("... potrjujemo, da je <name> pri nas zaposlena od
    1. 10. 2018 dalje, za nedoločen čas, s polnim delovnim časom 40 ur tedensko, na delovnem mestu
    inženir laboratorijske biomedicine, v Oddelku za laboratorijsko diagnostiko"); AT "DIENSTZEUGNIS"
    (a full reference: "Frau <name>, geboren am ..., war vom 1. September 2017 bis 31. August 2020 in
    unserem Zentrallabor als Biomedizinische Analytikerin im Ausmaß von 30 Wochenstunden (Teilzeit)
    beschäftigt. Ihr Aufgabengebiet umfasste ...", closing wishes, the laboratory head and HR).
ai_pk_et_letter: PK hospital "EXPERIENCE CERTIFICATE" ("It is certified that Ms. <name> D/O <father>
    has served in this hospital as Medical Technologist (BPS-16) in the Pathology Department (...)
    w.e.f. 02-01-2019 to 31-12-2021 on full-time basis. She bears a good moral character.", Medical
    Superintendent, "No. 1234/Admin dated 05-01-2022"); ET hospital letter ("To Whom It May Concern:
    ... has been working in our hospital as a Medical Laboratory Technologist from 01/09/2018 G.C.
    (22/12/2010 E.C.) up to now ... monthly salary ..."), letterhead with Amharic as a picture.

Hours: the printed week is the truth's (an Estonian or Slovenian full-time week printed as 40 hours,
an Austrian one as 40 "Wochenstunden (Vollzeit)"). A letter that says only "full-time"
("täistööajaga", "s polnim delovnim časom", "Vollzeit", "on full-time basis", "on permanent
full-time basis") has no number (40, the dossier's rule). Positions and ward names the profile gives
in English are printed in the letter's language and the job's position / department phrases are set
to the printed forms.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r17_ai_common import (FAMILY, by_reading_order, dmy, join, kept_dob, kj, nat_job, ring_stamp, round_stamp,
                            sign_block)

POS = {"EE": {"Staff Nurse": "õde", "Laboratory Aide": "laboriabiline"},
       "SI": {"Staff Nurse": ("diplomirana medicinska sestra", "diplomirani zdravstvenik"),
              "Laboratory Aide": ("laboratorijska pomočnica", "laboratorijski pomočnik"),
              "inženir laboratorijske biomedicine": ("inženirka laboratorijske biomedicine",
                                                     "inženir laboratorijske biomedicine"),
              "laborant": ("laborantka", "laborant")},
       "AT": {"Staff Nurse": ("Diplomierte Gesundheits- und Krankenpflegerin",
                              "Diplomierter Gesundheits- und Krankenpfleger"),
              "Laboratory Aide": ("Laborgehilfin", "Laborgehilfe"),
              "Biomedizinischer Analytiker": ("Biomedizinische Analytikerin", "Biomedizinischer Analytiker"),
              "Laborassistent": ("Laborassistentin", "Laborassistent")}}
WARD = {"EE": {"Medical-Surgical Ward": "sisehaiguste ja kirurgia osakond", "Emergency Room": "erakorralise "
               "meditsiini osakond", "Pediatric Ward": "lasteosakond", "Operating Room": "operatsiooniosakond"},
        "SI": {"Medical-Surgical Ward": "Interno-kirurški oddelek", "Emergency Room": "Urgentni center",
               "Pediatric Ward": "Otroški oddelek", "Operating Room": "Operacijski blok"},
        "AT": {"Medical-Surgical Ward": "Interne und chirurgische Station", "Emergency Room": "Zentrale Notaufnahme",
               "Pediatric Ward": "Kinderstation", "Operating Room": "OP-Bereich"}}
WARD_ALL = {v for c in WARD.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                            "Pediatric Ward", "Operating Room"}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if isinstance(pos, tuple):
        job.position = pos[0] if person.sex == "F" else pos[1]
    elif pos:
        job.position = pos
    wards = WARD.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def full_or_part(job):
    """("full", None) = only the word; ("full", h) or ("part", h) with the printed week."""
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


def hnum(h):
    h = float(h)
    return str(int(h)) if h.is_integer() else f"{h:.1f}".replace(".", ",")


# --- EE ---------------------------------------------------------------------------------------------
EE_ESSIV = {"bioanalüütik": "bioanalüütikuna", "laborant": "laborandina", "õde": "õena",
            "laboriabiline": "laboriabilisena"}


def ai_ee_toend(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat_job(job, person)
    kind, h = full_or_part(job)
    if kind == "part":
        aeg, facts = f"osalise tööajaga ({hnum(h)} tundi nädalas)", (h, False, True)
    elif h is None:
        aeg, facts = "täistööajaga", (None, True, False)
    else:
        job.hours = 40
        aeg, facts = "täistööajaga (40 tundi nädalas)", (40, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 64
    p.text(L, 60, emp.name, SB, 13)
    p.text(L, 74, f"{emp.street} | tel {emp.phone} | {emp.email}", S, 8.5)
    p.hline(L, R, 84, 0.5)
    p.pieces(120, [(L, f"{emp.city}, {dmy(job.letter_date)}", "left"),
                   (R, f"Nr 1-7/{kj(job, 'nr') % 900 + 100}", "right")], S, 10)
    p.text(L, 170, "TÕEND", SB, 15)
    dob = kept_dob(person)
    from .r17_ai_ee import ee_isikukood
    ik = f" (isikukood {ee_isikukood(person, dob)})" if dob else ""
    ess = EE_ESSIV.get(job.position, job.position)
    if is_ward(job):
        where = f"{join(job.departments, 'ja')}"
    elif job.departments:
        where = f"laboris ({join(job.departments, 'ja')})"
    else:
        where = "laboris"
    if job.end is None:
        s1 = (f"{emp.name} kinnitab, et {nm}{ik} töötab {emp.name} {where} {ess} alates {dmy(job.start)} "
              f"tänaseni, {aeg}.")
    else:
        s1 = (f"{emp.name} kinnitab, et {nm}{ik} töötas {emp.name} {where} {ess} ajavahemikul "
              f"{dmy(job.start)} kuni {dmy(job.end)}, {aeg}.")
    y = p.paragraph(L, 200, s1, S, 10.5, R - L, 15.5) + 10
    y = p.paragraph(L, y, "Tõend on väljastatud esitamiseks nõudmise kohas.", S, 10.5, R - L, 15.5) + 40
    p.text(L, y, "Lugupidamisega", S, 10.5)
    p.text(L, y + 30, "/allkirjastatud digitaalselt/", S, 10)
    p.text(L, y + 46, job.signer, S, 10.5)
    p.text(L, y + 60, "personalijuht", S, 10.5)
    return LayoutResult("employment_letter", "ai_ee_toend", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dot", "hours_facts": facts})


LETTER_LAYOUTS = {"ai_ee_toend": (ai_ee_toend, FAMILY, ("EE",))}
