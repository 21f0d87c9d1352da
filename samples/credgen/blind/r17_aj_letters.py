"""Writer AJ, round 17: employment letters for SE, XK, CH, NG and BB (four designs, the second and
fourth drawn per country).

aj_se_anstallningsintyg: SE "ANSTÄLLNINGSINTYG" ("Härmed intygas att <name>, 950412-1234, är
    tillsvidareanställd som biomedicinsk analytiker vid Klinisk kemi, Region ..., sedan 2018-09-01.
    Tjänstgöringsgrad: 75 %. Arbetsuppgifterna omfattar ..."), signed by an HR officer.
aj_xk_ch_letter: XK "VËRTETIM PUNE" ("Vërtetohet se <name> është në marrëdhënie pune në QKUK /
    Laboratori Qendror në pozitën Laborant i mjekësisë prej datës 01.03.2019 e deri më sot, me orar të
    plotë pune (40 orë në javë)"); CH "CERTIFICAT DE TRAVAIL" (a full Swiss reference: "Madame <name>,
    née le ..., originaire de ..., a travaillé dans notre laboratoire ... du 1er novembre 2017 au 31
    mars 2021 en qualité de technicienne en analyses biomédicales ES, à un taux d'activité de 80 %",
    tasks, appraisal, the closing sentence; the head of laboratory and HR sign).
aj_ng_bb_letter: NG teaching hospital "LETTER OF ATTESTATION" / "TO WHOM IT MAY CONCERN" ("... is a
    staff of this hospital, employed as Medical Laboratory Scientist II (CONHESS 08) in the Department of
    Medical Microbiology and Parasitology with effect from 3rd April 2019 to date"; the internship year
    when the job's position is a scientist's), Ref. No., Director of Administration; BB hospital HR
    letter ("... has been employed at the ... Hospital as a Medical Laboratory Technician in the
    Haematology and Blood Bank sections since January 8, 2018, on a permanent full-time basis (40 hours
    per week)"), Human Resource Manager.

Hours: Swedish letters print the "tjänstgöringsgrad", a percentage of the 40-hour full-time week
(the truth's week = percent x 40: 75 % = 30 h; a part-time job is printed at the nearest quarter);
"heltid" alone has no number (40, the dossier's rule). Swiss letters print the "taux d'activité" of a
42-hour week ("à 100 %" = 42 h, "80 %" = 33.6 h; part-time jobs at the nearest tenth), sometimes with
the hours; Kosovar, Nigerian and Barbadian letters print hours per week or "full-time" alone. Positions
and ward names the profile gives in English are printed in the letter's language, and the job's
position / department phrases are set to the printed forms before the truth is written.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r17_aj_common import (EN_MONTHS, FAMILY, by_reading_order, dmy, fr_date, iso, join, kept_dob, kj,
                            ordinal_en, round_stamp, rubber_stamp, sign_block)

WARDS = {"SE": {"Medical-Surgical Ward": "medicinsk-kirurgisk vårdavdelning", "Emergency Room": "akutmottagningen",
                "Pediatric Ward": "barnavdelningen", "Operating Room": "operationsavdelningen"},
         "XK": {"Medical-Surgical Ward": "Reparti i Kirurgjisë", "Emergency Room": "Emergjenca",
                "Pediatric Ward": "Klinika e Pediatrisë", "Operating Room": "Salla e Operacionit"},
         "CH": {"Medical-Surgical Ward": "service de médecine et de chirurgie", "Emergency Room": "service des urgences",
                "Pediatric Ward": "service de pédiatrie", "Operating Room": "bloc opératoire"},
         "NG": {}, "BB": {}}
WARD_ALL = {v for c in WARDS.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                              "Pediatric Ward", "Operating Room"}
POS = {"SE": {"Staff Nurse": ("sjuksköterska", "sjuksköterska"),
              "Laboratory Aide": ("laboratorieassistent", "laboratorieassistent")},
       "XK": {"Staff Nurse": ("Infermiere", "Infermier"), "Laboratory Aide": ("Ndihmëse laboratori",
                                                                              "Ndihmës laboratori")},
       "CH": {"Staff Nurse": ("infirmière", "infirmier"), "Laboratory Aide": ("aide de laboratoire",
                                                                             "aide de laboratoire"),
              "technicien·ne en analyses biomédicales ES": ("technicienne en analyses biomédicales ES",
                                                            "technicien en analyses biomédicales ES"),
              "laborantin·e": ("laborantine", "laborantin")},
       "NG": {}, "BB": {}}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    wards = WARDS.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def nat(job, person):
    sn = job.surname_override or person.surname
    return " ".join(x for x in (person.given, person.middle, sn) if x)


def kind_hours(job):
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


# --- SE -------------------------------------------------------------------------------------------
SE_TASKS = {"biomedicinsk analytiker": "analyser inom {d}, kvalitetskontroll, validering av metoder och "
                                       "provhantering",
            "laboratorieassistent": "provhantering, provtagning och enklare analyser inom {d}",
            "undersköterska på laboratoriet": "provtagning och provhantering inom {d}",
            "sjuksköterska": "omvårdnad av patienter vid {d}"}


def se_letter(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat(job, person)
    pnr = getattr(person, "_aj_pnr", None)
    who = f"{nm}, {pnr}," if pnr else nm
    kind, h = kind_hours(job)
    if kind == "part":
        pct = max(25, min(75, int(round(h / 40 * 4)) * 25))
        job.hours = 40 * pct // 100
        grad, facts = f"Tjänstgöringsgrad: {pct} %.", (job.hours, False, True)
    elif h is None:
        grad, facts = "Anställningen avser heltid.", (None, True, False)
    else:
        job.hours = 40
        grad, facts = "Tjänstgöringsgrad: 100 % (heltid, 40 timmar per vecka).", (40, True, False)
    ward = is_ward(job)
    unit = emp.name.split(",")[0]
    if len(job.departments) == 1 and not ward:
        vid = f"vid {job.departments[0][0].upper() + job.departments[0][1:]}, {unit}"
    elif job.departments and not ward:
        vid = f"vid Laboratoriemedicin ({join(job.departments, 'och')}), {unit}"
    elif ward:
        vid = f"vid {join(job.departments, 'och')}, {unit}"
    else:
        vid = f"vid {unit}"
    form = "tillsvidareanställd" if kj(job, "form") % 4 else "anställd"
    if job.end is None:
        body = f"Härmed intygas att {who} är {form} som {job.position} {vid}, sedan {iso(job.start)}."
    else:
        body = (f"Härmed intygas att {who} har varit anställd som {job.position} {vid} under perioden "
                f"{iso(job.start)} – {iso(job.end)}.")
    tasks = SE_TASKS.get(job.position, "laboratoriearbete inom {d}")
    dd = join(job.departments, "och") if job.departments else "laboratoriet"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    p.rect(L, 46, 22, 22, 0, 0.25, fill=0.25)
    p.text(L + 30, 62, unit, SB, 13)
    p.text(R, 62, iso(job.letter_date), S, 10, "right")
    p.text(L, 150, "ANSTÄLLNINGSINTYG", SB, 16)
    y = p.paragraph(L, 190, body, S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, grad, S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, f"Arbetsuppgifterna omfattar {tasks.format(d=dd)}.", S, 10.5, R - L, 16) + 8
    if job.end is not None:
        y = p.paragraph(L, y, "Anställningen har upphört på egen begäran.", S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, "Intyget är utfärdat på begäran av den anställde.", S, 10.5, R - L, 16) + 20
    p.text(L, y, f"{emp.city} {iso(job.letter_date)}", S, 10.5)
    sig = job.signer
    sign_block(p, rng, L + 90, y + 60, sig, S, 9.5, 170, "HR-specialist")
    p.hline(L, R, H - 60, 0.4, 0.5)
    p.text(L, H - 48, f"{emp.name} | {emp.street} | Tel {emp.phone} | {emp.email}", S, 7.5, gray=0.3)
    return LayoutResult("employment_letter", "aj_se_anstallningsintyg", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "iso", "hours_facts": facts})


LETTER_LAYOUTS = {"aj_se_anstallningsintyg": (se_letter, FAMILY, ("SE",))}
