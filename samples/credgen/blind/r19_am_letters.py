"""Writer AM, round 19: employment letters for IS, MT, LU, BS and GN (one design per country).

am_is_vottord: IS hospital letterhead, "Vottorð um starf", "Akureyri, 3. mars 2022": "Hér með staðfestist að
    NAME, kt. 140595-2389, hefur starfað sem lífeindafræðingur á rannsóknarstofu sjúkrahússins frá 1.
    september 2018 til 28. febrúar 2022 í 100% starfshlutfalli" (80 % and other shares for some); a
    sentence on the lab areas; the Yfirlífeindafræðingur and the Mannauðsstjóri sign.
am_mt_service: MT "SERVICE CERTIFICATE" from Human Resources: "This is to certify that Ms NAME (ID 0123495M)
    has been employed with HOSPITAL as a Medical Laboratory Scientist in the Pathology Department
    (Haematology and Blood Transfusion sections) on a full-time basis of 40 hours per week from 1st
    February 2019 to date."; some private labs add "reduced hours (20 hours per week)" for a part of the
    period, with its dates; "Manager Human Resources".
am_lu_certificat: LU "Certificat de travail" from a laboratory S.A.: "Nous soussignés certifions que Madame
    NAME, née le ..., a été occupée dans notre société en qualité de technicienne de laboratoire médical
    du 01/10/2018 au 31/12/2021 à raison de 40 heures par semaine" (or "à mi-temps (20 heures par
    semaine)"), "Elle nous quitte libre de tout engagement.", "Luxembourg, le 15 janvier 2022", the
    Directeur des ressources humaines.
am_bs_twimc: BS hospital "To Whom It May Concern": "... has been employed as a Medical Technologist I in the
    Laboratory Department since June 4, 2018 ... Her duties include ... She works 37.5 hours per week";
    some give the period with month and year only ("from June 2018 to August 2021"); Human Resources
    Officer.
am_gn_attestation: GN "ATTESTATION DE SERVICE": "Je soussigné, Directeur Général de l'Hôpital National ...,
    atteste que M. NAME, titulaire d'une Licence en Biologie, est en service dans notre établissement en
    qualité de Technicien de Laboratoire depuis le 2 janvier 2016 à ce jour" - no hours at all; "En foi
    de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit."

Hours: IS letters print a share of a 40-hour week (truth hours = share x 40); MT, LU and BS letters print
hours per week (BS hospitals work 37.5 hours, stated as such) or full-time alone; GN letters state
nothing (hours_stated null, the dossier's 40). An MT letter with a reduced-hours part gives three
phases (info["phases"]). Positions and wards the profile gives in English are printed in the letter's
language, and the job's position and department phrases are set to the printed forms.
"""

import datetime as dt
import zlib

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LETTER, Page
from .r19_am_common import (EN_MONTHS, FAMILY, by_reading_order, dmy, en_ord_date, fr_date, is_date, join, kept, kj,
                            nat_job, round_stamp, rubber_stamp, sign_block, us_date)

WARDS = {"IS": {"Medical-Surgical Ward": "lyf- og skurðlækningadeild", "Emergency Room": "bráðamóttöku",
                "Pediatric Ward": "barnadeild", "Operating Room": "skurðstofu"},
         "LU": {"Medical-Surgical Ward": "service de médecine et de chirurgie", "Emergency Room": "service des urgences",
                "Pediatric Ward": "service de pédiatrie", "Operating Room": "bloc opératoire"},
         "GN": {"Medical-Surgical Ward": "service de médecine et de chirurgie", "Emergency Room": "service des urgences",
                "Pediatric Ward": "service de pédiatrie", "Operating Room": "bloc opératoire"}}
POS = {"IS": {"Staff Nurse": ("hjúkrunarfræðingur", "hjúkrunarfræðingur"),
              "Laboratory Aide": ("aðstoðarmaður á rannsóknarstofu", "aðstoðarmaður á rannsóknarstofu")},
       "LU": {"Staff Nurse": ("infirmière", "infirmier"), "Laboratory Aide": ("aide de laboratoire", "aide de laboratoire"),
              "technicien de laboratoire médical": ("technicienne de laboratoire médical",
                                                    "technicien de laboratoire médical"),
              "laborantin": ("laborantine", "laborantin")},
       "GN": {"Staff Nurse": ("Infirmière d'État", "Infirmier d'État"),
              "Laboratory Aide": ("Aide de laboratoire", "Aide de laboratoire"),
              "Technicien de Laboratoire": ("Technicienne de Laboratoire", "Technicien de Laboratoire")}}
WARD_ALL = {v for c in WARDS.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                              "Pediatric Ward", "Operating Room"}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    w = WARDS.get(c, {})
    job.departments = [w.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def dob_of(person):
    d = kept(person, "dob")
    if d:
        return d
    h = zlib.crc32(f"r19am:dob:{person.given}:{person.surname}".encode())
    return dt.date(1990 + h % 8, 1 + h // 8 % 12, 1 + h // 96 % 28)


def letterhead(p, emp, L, R, font, bold, country):
    p.logo(L + 22, 60, 20, (len(emp.name) % 3))
    p.text(L + 52, 54, emp.name, bold, 14)
    p.text(L + 52, 68, f"{emp.street}, {emp.city}" if country != "BS" else f"{emp.street}, The Bahamas", font, 8.5)
    p.text(L + 52, 80, f"{emp.phone} · {emp.email}", font, 8.5)
    p.hline(L, R, 92, 1.0, 0.25)


# --- IS -------------------------------------------------------------------------------------------
def is_letter(job, person, rng, as_of):
    from .r19_am_is import kennitala
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    letterhead(p, emp, L, R, S, SB, "IS")
    nm = nat_job(job, person)

    class _S:
        pass
    st = _S()
    st.dob = dob_of(person)
    st.student_no, st.conferred = person.given, person.surname
    kt = kept(person, "kt") or kennitala(st)
    if job.hours >= 35 and job.hours_style != "parttime_hours":
        pct = 80 if kj(job, "pct") % 5 == 0 else 100
    else:
        pct = int(round(job.hours * 100 / 40 / 10.0)) * 10
    hrs = pct * 40 / 100
    facts = (int(hrs) if float(hrs).is_integer() else hrs, pct == 100, pct < 100)
    p.text(R, 118, f"{emp.city}, {is_date(job.letter_date)}", S, 10.5, "right")
    p.text(L, 160, "Vottorð um starf", SB, 16)
    ward = is_ward(job)
    where = (f"á {join(job.departments, 'og')} sjúkrahússins" if ward else
             "á rannsóknarstofu sjúkrahússins" if emp.kind == "hospital" else "á rannsóknarstofu fyrirtækisins")
    per = (f"frá {is_date(job.start)} og starfar þar enn" if job.end is None else
           f"frá {is_date(job.start)} til {is_date(job.end)}")
    body = f"Hér með staðfestist að {nm}, kt. {kt}, hefur starfað sem {job.position} {where} {per} í {pct}% starfshlutfalli."
    if job.end is None:
        body = (f"Hér með staðfestist að {nm}, kt. {kt}, hefur starfað sem {job.position} {where} frá "
                f"{is_date(job.start)} í {pct}% starfshlutfalli og starfar þar enn.")
    y = p.paragraph(L, 196, body, S, 11, R - L, 17) + 10
    he = "Hún" if person.sex == "F" else "Hann"
    if job.departments and not ward:
        y = p.paragraph(L, y, f"{he} hefur unnið við rannsóknir í {join(job.departments, 'og')} og tekið þátt í "
                              "vaktþjónustu rannsóknarstofunnar.", S, 11, R - L, 17) + 10
    y = p.paragraph(L, y, f"{he} hefur sinnt störfum sínum af kostgæfni og samviskusemi. Vottorð þetta er gefið út "
                          "að beiðni starfsmannsins.", S, 11, R - L, 17) + 20
    p.text(L, y, "Virðingarfyllst,", S, 11)
    y += 64
    sign_block(p, rng, L + 80, y, job.signer, S, 10, 160,
               "Yfirlífeindafræðingur" if not ward else "Deildarstjóri")
    other = [x for x in ("Ásdís Blöndal", "Halldór Briem", "Jórunn Kvaran") if x != job.signer][kj(job, "o") % 2]
    sign_block(p, rng, R - 80, y, other, S, 10, 160, "Mannauðsstjóri")
    round_stamp(p, W / 2, y - 10, 28, 0.5)
    return LayoutResult("employment_letter", "am_is_vottord", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "d_month_yyyy_is", "hours_facts": facts, "percent_stated": pct})


# --- MT -------------------------------------------------------------------------------------------
def mt_letter(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    letterhead(p, emp, L, R, S, SB, "MT")
    nm = nat_job(job, person)
    hon = "Ms" if person.sex == "F" else "Mr"
    idno = kept(person, "idno") or f"{kj(job, 'id') % 99999:05d}{dob_of(person).year % 100:02d}M"
    p.text(L, 118, f"Our ref: HR/{kj(job, 'ref') % 9000 + 1000}/{job.letter_date.year}", S, 9.5)
    p.text(R, 118, en_ord_date(job.letter_date), S, 10, "right")
    p.text(W / 2, 160, "SERVICE CERTIFICATE", SB, 15, "center")
    ward = is_ward(job)
    if ward:
        where = f"in the {join(job.departments, 'and')}"
    elif job.departments:
        secs = join(job.departments, "and")
        where = f"in the Pathology Department ({secs} {'sections' if len(job.departments) > 1 else 'section'})"
    else:
        where = "in the Pathology Department"
    phases = None
    end_s = "to date" if job.end is None else f"to {en_ord_date(job.end)}"
    span_end = job.end or as_of
    if job.hours_style == "parttime_hours" or job.hours < 35:
        basis = f"on a part-time basis of {job.hours} hours per week"
        facts = (job.hours, False, True)
    elif job.hours_style == "fulltime_only":
        basis = "on a full-time basis"
        facts = (None, True, False)
    else:
        basis = f"on a full-time basis of {job.hours} hours per week"
        facts = (job.hours, True, False)
    verb = "has been employed" if job.end is None else "was employed"
    body = (f"This is to certify that {hon} {nm} (ID {idno}) {verb} with {emp.name} as a {job.position} {where} {basis} "
            f"from {en_ord_date(job.start)} {end_s}.")
    extra = ""
    if emp.kind == "lab" and facts[1] and (span_end - job.start).days > 540 and kj(job, "red") % 2 == 0:
        a = D.add_months(job.start.replace(day=1), 6 + kj(job, "ra") % 6)
        b = D.add_months(a, 4 + kj(job, "rb") % 6) - dt.timedelta(days=1)
        if b < span_end - dt.timedelta(days=30):
            extra = (f"From {en_ord_date(a)} to {en_ord_date(b)}, at {'her' if person.sex == 'F' else 'his'} request, "
                     f"{hon} {person.surname if not job.surname_override else job.surname_override} worked reduced "
                     f"hours (20 hours per week).")
            full = (job.hours if facts[0] else None, True, False)
            phases = [(job.start, a - dt.timedelta(days=1), full), (a, b, (20, False, True)), (b + dt.timedelta(days=1),
                                                                                                 job.end, full)]
    y = p.paragraph(L, 196, body, S, 11, R - L, 17) + 10
    if extra:
        y = p.paragraph(L, y, extra, S, 11, R - L, 17) + 10
    y = p.paragraph(L, y, "This certificate is being issued at the request of the employee.", S, 11, R - L, 17) + 50
    sign_block(p, rng, L + 90, y, job.signer, S, 10, 180, "Manager Human Resources")
    rubber_stamp(p, R - 90, y - 20, 54, 28, 0.45)
    info = {"date_style": "ordinal_month_yyyy", "hours_facts": facts}
    if phases:
        info["phases"] = phases
    return LayoutResult("employment_letter", "am_mt_service", FAMILY, by_reading_order([p]), [f"{hon} {nm}"], info=info)


# --- LU -------------------------------------------------------------------------------------------
def lu_letter(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 66, W - 66
    letterhead(p, emp, L, R, S, SB, "LU")
    nm = nat_job(job, person)
    fem = person.sex == "F"
    civ = "Madame" if fem else "Monsieur"
    e = "e" if fem else ""
    p.text(R, 124, f"{emp.city}, le {fr_date(job.letter_date)}", S, 10.5, "right")
    p.text(W / 2, 170, "CERTIFICAT DE TRAVAIL", SB, 15, "center")
    if job.hours_style == "parttime_hours" or job.hours < 35:
        basis = f"à mi-temps ({job.hours} heures par semaine)" if job.hours == 20 else \
            f"à temps partiel, à raison de {job.hours} heures par semaine"
        facts = (job.hours, False, True)
    elif job.hours_style == "fulltime_only":
        basis, facts = "à temps plein", (None, True, False)
    else:
        basis, facts = f"à raison de {job.hours} heures par semaine", (job.hours, False, False)
    soc = "notre société" if emp.kind == "lab" else "notre établissement"
    if job.end is None:
        body = (f"Nous soussignés, {emp.name}, certifions que {civ} {nm}, né{e} le {dmy(dob_of(person), '/')}, est "
                f"occupé{e} dans {soc} en qualité de {job.position} depuis le {dmy(job.start, '/')} {basis}.")
    else:
        body = (f"Nous soussignés, {emp.name}, certifions que {civ} {nm}, né{e} le {dmy(dob_of(person), '/')}, a été "
                f"occupé{e} dans {soc} en qualité de {job.position} du {dmy(job.start, '/')} au {dmy(job.end, '/')} "
                f"{basis}.")
    y = p.paragraph(L, 210, body, S, 11, R - L, 17) + 10
    il = "Elle" if fem else "Il"
    if job.departments:
        kind = "les services" if is_ward(job) else "les secteurs"
        y = p.paragraph(L, y, f"{il} a travaillé dans {kind} suivants : {join(job.departments, 'et')}.", S, 11,
                        R - L, 17) + 10
    if job.end is not None:
        y = p.paragraph(L, y, f"{il} nous quitte libre de tout engagement.", S, 11, R - L, 17) + 10
    y = p.paragraph(L, y, "Le présent certificat est délivré à la demande de l'intéressé" + e +
                    " pour servir et valoir ce que de droit.", S, 11, R - L, 17) + 50
    dr = ("Directrice des ressources humaines" if job.signer.split()[0] in ("Nathalie", "Isabelle") else
          "Directeur des ressources humaines")
    sign_block(p, rng, R - 100, y, job.signer, S, 10, 190, dr)
    return LayoutResult("employment_letter", "am_lu_certificat", FAMILY, by_reading_order([p]), [f"{civ} {nm}"],
                        info={"date_style": "dd/mm/yyyy", "hours_facts": facts})


# --- BS -------------------------------------------------------------------------------------------
DUTIES = "performing routine and specialised testing, quality control and the reporting of results"


def bs_letter(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Times-Roman", "Times-Bold"
    p = Page(LETTER)
    W, H = p.w, p.h
    L, R = 72, W - 72
    letterhead(p, emp, L, R, S, SB, "BS")
    nm = nat_job(job, person)
    hon = "Ms." if person.sex == "F" else "Mr."
    she, her = ("She", "Her") if person.sex == "F" else ("He", "His")
    p.text(L, 124, us_date(job.letter_date), S, 11)
    p.text(L, 160, "To Whom It May Concern:", SB, 11.5)
    ward = is_ward(job)
    dept = f"the {join(job.departments, 'and')}" if ward else "the Laboratory Department"
    mo = job.end is not None and kj(job, "mo") % 2 == 0
    if job.end is None:
        per = f"since {us_date(job.start)}"
        verb = "has been employed"
    elif mo:
        per = f"from {EN_MONTHS[job.start.month - 1]} {job.start.year} to {EN_MONTHS[job.end.month - 1]} {job.end.year}"
        verb = "was employed"
    else:
        per = f"from {us_date(job.start)} to {us_date(job.end)}"
        verb = "was employed"
    body = f"This letter serves to confirm that {hon} {nm} {verb} as a {job.position} in {dept} of {emp.name} {per}."
    y = p.paragraph(L, 190, body, S, 12, R - L, 18) + 10
    if job.departments and not ward:
        d = (f"{her} duties include {DUTIES} in the {join(job.departments, 'and')} "
             f"{'sections' if len(job.departments) > 1 else 'section'}.")
        if job.end is not None:
            d = d.replace("include", "included")
        y = p.paragraph(L, y, d, S, 12, R - L, 18) + 10
    wk = "works" if job.end is None else "worked"
    std = 37.5 if emp.kind == "hospital" else 40
    if job.hours_style == "parttime_hours" or job.hours < 35:
        h, facts = f"{she} {wk} part-time, {job.hours} hours per week.", (job.hours, False, True)
    elif job.hours_style == "fulltime_only":
        h, facts = f"{she} {'is' if job.end is None else 'was'} employed on a full-time basis.", (None, True, False)
    elif job.hours_style == "fulltime_hours":
        h, facts = f"{she} {wk} full-time, {std:g} hours per week.", (std, True, False)
    else:
        h, facts = f"{she} {wk} {std:g} hours per week.", (std, False, False)
    y = p.paragraph(L, y, h + " Should you require any further information, please do not hesitate to contact "
                    "this office.", S, 12, R - L, 18) + 24
    p.text(L, y, "Yours faithfully,", S, 12)
    y += 58
    p.signature(L, y - 6, 130, rng)
    p.text(L, y + 8, job.signer, SB, 11.5)
    p.text(L, y + 22, "Human Resources Officer", S, 11)
    rubber_stamp(p, L + 250, y - 10, 50, 26, 0.45)
    return LayoutResult("employment_letter", "am_bs_twimc", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "month_year" if mo else "month_d_yyyy", "hours_facts": facts})


# --- GN -------------------------------------------------------------------------------------------
def gn_letter(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.text(L, 46, "RÉPUBLIQUE DE GUINÉE", TB, 10)
    p.text(L, 58, "Travail - Justice - Solidarité", TI, 9)
    p.text(R, 46, "MINISTÈRE DE LA SANTÉ" if emp.kind == "hospital" else emp.name.upper(), TB, 9.5, "right")
    if emp.kind == "hospital":
        p.text(R, 58, emp.name.upper(), TB, 9.5, "right")
    p.text(R, 70, emp.street, T, 8.5, "right")
    p.text(L, 100, f"N° {kj(job, 'n') % 900 + 100}/{'DG' if emp.kind == 'hospital' else 'DIR'}/{job.letter_date.year}",
           T, 10)
    p.text(W / 2, 150, "ATTESTATION DE SERVICE", TB, 16, "center")
    p.hline(W / 2 - 110, W / 2 + 110, 155, 0.8)
    nm = f"{(job.surname_override or person.surname).upper()} {person.given}"
    civ = "Mme" if person.sex == "F" else "M."
    who = (f"Directeur Général de l'{emp.name}" if emp.name.startswith("Hôpital") else f"Directeur du {emp.name}")
    deg = kept(person, "gn_deg")
    tit = ""
    if deg:
        t1, opt = deg
        tit = f", titulaire d'une {t1.replace('Sciences Biologiques', 'Biologie')},"
    ward = is_ward(job)
    serv = (f" au {job.departments[0]}" if ward and job.departments else
            f" au service de {join(job.departments, 'et de')}" if job.departments else "")
    if job.end is None:
        body = (f"Je soussigné, {who}, atteste que {civ} {nm}{tit} est en service dans notre établissement en qualité "
                f"de {job.position}{serv} depuis le {fr_date(job.start)} à ce jour.")
    else:
        body = (f"Je soussigné, {who}, atteste que {civ} {nm}{tit} a servi dans notre établissement en qualité de "
                f"{job.position}{serv} du {fr_date(job.start)} au {fr_date(job.end)}.")
    y = p.paragraph(L, 200, body, T, 12.5, R - L, 20) + 14
    y = p.paragraph(L, y, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de "
                          "droit.", T, 12.5, R - L, 20) + 30
    p.text(R - 90, y, f"{emp.city}, le {fr_date(job.letter_date)}", T, 11.5, "center")
    p.text(R - 90, y + 18, "Le Directeur Général" if emp.name.startswith("Hôpital") else "Le Directeur", TB, 11.5,
           "center")
    p.signature(R - 150, y + 64, 110, rng)
    round_stamp(p, R - 110, y + 52, 34, 0.5)
    p.text(R - 90, y + 82, job.signer, T, 11, "center")
    return LayoutResult("employment_letter", "am_gn_attestation", FAMILY, by_reading_order([p]), [f"{civ} {nm}"],
                        info={"date_style": "d_month_yyyy_fr", "hours_facts": (None, False, False)})


LETTER_LAYOUTS = {"am_is_vottord": (is_letter, FAMILY, ("IS",)),
                  "am_mt_service": (mt_letter, FAMILY, ("MT",)),
                  "am_lu_certificat": (lu_letter, FAMILY, ("LU",)),
                  "am_bs_twimc": (bs_letter, FAMILY, ("BS",)),
                  "am_gn_attestation": (gn_letter, FAMILY, ("GN",))}
