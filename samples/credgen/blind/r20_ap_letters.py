"""Writer AP, round 20: employment letters for KE, GH, ZW, DJ and BN (one design each).

ap_ke_confirmation: Kenyan county referral hospital's letter "RE: CONFIRMATION OF WORK EXPERIENCE - <NAME>":
    "This is to confirm that the above named is a Medical Laboratory Technologist employed by the County
    Government of <county> on Permanent and Pensionable terms since 3rd March 2018, Personal Number
    2018xxxxx, Job Group J." then the sections worked in and "Any assistance accorded to her will be highly
    appreciated.", signed "Medical Superintendent". No hours for a full-time post (truth: none stated);
    a part-time post states its weekly hours. About one in three long posts adds "She was on study leave
    from January 2020 to December 2020": two experience periods around the leave (info["phases"]).
ap_gh_confirmation: Ghanaian hospital's letter under a health-service-style heading (invented), "In case of
    reply the number and date of this letter should be quoted", Our Ref / Your Ref, "17th August, 2022",
    "The Director, ... Agency", "CONFIRMATION OF EMPLOYMENT - <NAME>": "I write to confirm that <name> is a
    staff of this Hospital, appointed as a <position> with effect from 1st September 2018 after her National
    Service (September 2017 - August 2018 at the same laboratory). She is still at post." The National
    Service year is the first year of the job as the profile made it (a period of its own in the truth, from
    the first of its first month to the end of its twelfth), the appointment the first of the month after.
    Signed "Hospital Administrator".
ap_zw_confirmation: Zimbabwean private laboratory's (or hospital's) "TO WHOM IT MAY CONCERN", "RE: <NAME> -
    ID 63-123456 K 42": "... has been employed by <lab> as a <position> from 01 October 2017 to date, working
    8 hours a day, Monday to Friday, with Saturday calls. She rotates through ...". Truth hours 40 (8 x 5,
    the calls not counted); part-time posts give their shorter day and days. Signed "Laboratory Manager",
    "For and on behalf of <lab>".
ap_dj_attestation: Djiboutian "ATTESTATION DE TRAVAIL": "Je soussigné(e), <signer>, Directeur de l'Hôpital
    ..., certifie que M./Mme ... occupe le poste de Technicien(ne) supérieur(e) de laboratoire au sein du
    service de Biologie médicale depuis le 1er février 2019 à ce jour, à temps plein (40 heures par
    semaine). La présente attestation est délivrée à l'intéressé(e) pour servir et valoir ce que de droit."
ap_bn_certification: Bruneian government hospital's letter in English under "Kementerian Kesihatan / Ministry
    of Health", "Rujukan Kami / Our Ref:", the date with Malay month names for some letters and English for
    others, "TO WHOM IT MAY CONCERN": "This is to certify that <NAME> has been serving as a <position>
    (Grade ...) at the Department of Laboratory Services since 2 January 2020. Her working hours are 7.45
    a.m. to 4.30 p.m., Monday to Thursday and Saturday." (truth 8.75 h x 5 days = 43.75 h), signed "for
    Permanent Secretary"; a private laboratory signs for itself.

Positions and ward names the profile gives in English are printed in the letter's language (DJ), and the
job's position / department phrases are set to the printed forms before the truth is written.
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r20_ap_common import (EN_MONTHS, FAMILY, FR_MONTHS, MS_MONTHS, en_date, en_ord, fr_date, join, kj, nat_job,
                            parttime, round_stamp, rubber_stamp, sign_block, ward)


def month_end(y, m):
    return D.add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)


def she(person, cap=True):
    w = person.pronoun("subj")
    return w.capitalize() if cap else w


# --- Kenya -------------------------------------------------------------------------------------------

def ke_confirmation(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Times-Roman", "Times-Bold"
    nm = nat_job(job, person)
    her = person.pronoun("obj")
    county = emp.region.replace(" County", "")
    gov = emp.kind == "hospital"
    by = f"the County Government of {county}" if gov else emp.name
    pno = f"{job.start.year}{kj(job, 'pno') % 90000 + 10000}"
    terms = "on Permanent and Pensionable terms" if gov else "on permanent terms"
    facts = (None, False, False)
    if parttime(job):
        terms = f"on part-time terms ({job.hours} hours per week)"
        facts = (job.hours, False, True)
    if job.end is None:
        body = f"This is to confirm that the above named is a {job.position} employed by {by} {terms} since " \
               f"{en_date(job.start)}"
    else:
        body = f"This is to confirm that the above named was a {job.position} employed by {by} {terms} from " \
               f"{en_date(job.start)} to {en_date(job.end)}"
    body += f", Personal Number {pno}, Job Group {'HJKL'[kj(job, 'jg') % 4]}." if gov else "."
    phases = None
    end = job.end or as_of
    ly = job.start.year + 1 + kj(job, "ly") % 3
    leave = None
    if kj(job, "leave") % 3 == 0 and dt.date(ly, 1, 1) > job.start + dt.timedelta(days=180) \
            and dt.date(ly, 12, 31) < end - dt.timedelta(days=180):
        leave = ly
        phases = [(job.start, dt.date(ly - 1, 12, 31), facts), (dt.date(ly + 1, 1, 1), job.end, facts)]
    p = Page(A4)
    W, H = A4
    L, R = 66, W - 66
    p.logo(W / 2, 48, 18, 0)
    p.text(W / 2, 84, f"COUNTY GOVERNMENT OF {county.upper()}" if gov else emp.name.upper(), SB, 12, "center")
    if gov:
        p.text(W / 2, 98, "DEPARTMENT OF HEALTH SERVICES", SB, 10, "center")
        p.text(W / 2, 112, emp.name.upper(), SB, 10.5, "center")
    p.text(W / 2, 126, f"{emp.street}, {emp.city} | Tel: {emp.phone} | Email: {emp.email}", S, 8.5, "center")
    p.hline(L, R, 133, 1.0)
    p.text(L, 156, f"Ref: {'CG' if gov else 'HR'}/{emp.city[:3].upper()}/HR/{kj(job, 'ref') % 90 + 10}/VOL.{kj(job, 'v') % 4 + 1}",
           S, 10.5)
    p.text(R, 156, en_date(job.letter_date), S, 10.5, "right")
    p.text(L, 186, "TO WHOM IT MAY CONCERN", SB, 11)
    p.text(L, 208, f"RE: CONFIRMATION OF WORK EXPERIENCE - {nm.upper()}", SB, 11)
    p.hline(L, L + 330, 211, 0.6)
    y = p.paragraph(L, 236, body, S, 11.5, R - L, 17) + 8
    if job.departments:
        where = "wards" if ward(job) else "sections"
        y = p.paragraph(L, y, f"{she(person)} has worked in the {join(job.departments, 'and')} {where}.", S, 11.5,
                        R - L, 17) + 8
    if leave:
        y = p.paragraph(L, y, f"{she(person)} was on study leave from January {leave} to December {leave}.", S, 11.5,
                        R - L, 17) + 8
    y = p.paragraph(L, y, f"Any assistance accorded to {her} will be highly appreciated.", S, 11.5, R - L, 17) + 40
    sign_block(p, rng, L + 90, y + 30, job.signer, S, 11, 170, "MEDICAL SUPERINTENDENT" if emp.kind != "lab"
               else "LABORATORY MANAGER")
    rubber_stamp(p, L + 280, y + 22, 60, 30, 0.45)
    info = {"date_style": "en_ordinal", "hours_facts": facts}
    if phases:
        info["phases"] = phases
    return LayoutResult("employment_letter", "ap_ke_confirmation", FAMILY, [p], [nm.upper(), nm], info=info)


# --- Ghana -------------------------------------------------------------------------------------------

def gh_confirmation(job, person, rng, as_of):
    emp = job.employer
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = nat_job(job, person)
    unit = "Laboratory" if emp.kind == "lab" else "Hospital"
    facts = (None, False, False)
    basis = ""
    if parttime(job):
        basis = f" on a part-time basis ({job.hours} hours a week)"
        facts = (job.hours, False, True)
    ns = None
    if not parttime(job):
        s0 = job.start if job.start.day == 1 else D.add_months(job.start.replace(day=1), 1)
        e0 = month_end(*divmod_ym(s0, 11))
        appt = e0 + dt.timedelta(days=1)
        if (job.end is None or job.end > D.add_months(appt, 6)) and kj(job, "ns") % 2 == 0 and appt < as_of:
            ns = (s0, e0, appt)
    if ns:
        s0, e0, appt = ns
        lab = "laboratory" if job.departments and not ward(job) else "hospital"
        body = (f"I write to confirm that {nm} is a staff of this {unit}, appointed as a {job.position}{basis} with effect "
                f"from {en_date(appt)} after {person.pronoun('poss')} National Service ({EN_MONTHS[s0.month - 1]} {s0.year} - "
                f"{EN_MONTHS[e0.month - 1]} {e0.year} at the same {lab}).")
        phases = [(s0, e0, facts), (appt, job.end, facts)]
    else:
        body = (f"I write to confirm that {nm} is a staff of this {unit}, appointed as a {job.position}{basis} with effect "
                f"from {en_date(job.start)}.")
        phases = None
    if job.end is None:
        tail = f"{she(person)} is still at post."
    else:
        body = body.replace(" is a staff of", " was a staff of")
        tail = f"{she(person)} served until {en_date(job.end)} when {she(person, False)} resigned {person.pronoun('poss')} appointment."
    p = Page(A4)
    W, H = A4
    L, R = 60, W - 60
    p.rect(L, 40, 170, 44, 0.5)
    for i, ln in enumerate(["In case of reply the number", "and date of this letter", "should be quoted"]):
        p.text(L + 6, 53 + i * 11, ln, SI, 8.5)
    p.text(L, 100, f"Our Ref: {emp.name.split()[0][:3].upper()}/HR/{kj(job, 'r') % 900 + 100}/V.{kj(job, 'v') % 3 + 1}", S, 10)
    p.text(L, 114, "Your Ref: ....................", S, 10)
    p.logo(W / 2, 62, 18, 1)
    p.text(R, 50, "HEALTH SERVICE OF GHANA" if emp.kind != "lab" else emp.name.upper(), SB, 10, "right")
    p.text(R, 63, emp.name.upper() if emp.kind != "lab" else "Human Resource Unit", SB if emp.kind != "lab" else S,
           9, "right")
    p.text(R, 76, emp.street, S, 8.5, "right")
    p.text(R, 88, f"{emp.city}, {emp.region}", S, 8.5, "right")
    p.text(R, 100, f"Tel: {emp.phone}", S, 8.5, "right")
    d = job.letter_date
    p.text(R, 126, f"{en_ord(d.day)} {EN_MONTHS[d.month - 1]}, {d.year}", S, 10.5, "right")
    p.text(L, 150, "The Director,", S, 10.5)
    p.text(L, 163, "Overseas Credentials Assessment Agency,", S, 10.5)
    p.text(L, 176, "Accra.", S, 10.5)
    p.text(L, 200, "Dear Sir/Madam,", S, 10.5)
    p.text(W / 2, 222, f"CONFIRMATION OF EMPLOYMENT - {nm.upper()}", SB, 11, "center")
    y = p.paragraph(L, 246, body, S, 11.5, R - L, 17) + 8
    if job.departments:
        where = "wards" if ward(job) else "units of the Laboratory Department"
        y = p.paragraph(L, y, f"{she(person)} has worked in the {join(job.departments, 'and')} {where}.", S, 11.5,
                        R - L, 17) + 8
    y = p.paragraph(L, y, tail, S, 11.5, R - L, 17) + 8
    y = p.paragraph(L, y, "Please accept the assurances of my highest consideration.", S, 11.5, R - L, 17) + 40
    sign_block(p, rng, L + 95, y + 24, job.signer, S, 11, 180, "HOSPITAL ADMINISTRATOR" if emp.kind != "lab"
               else "ADMINISTRATOR")
    round_stamp(p, L + 250, y + 12, 30, 0.45)
    info = {"date_style": "en_ordinal", "hours_facts": facts}
    if phases:
        info["phases"] = phases
    return LayoutResult("employment_letter", "ap_gh_confirmation", FAMILY, [p], [nm, nm.upper()], info=info)


def divmod_ym(d, plus):
    m = d.month - 1 + plus
    return d.year + m // 12, m % 12 + 1


# --- Zimbabwe ----------------------------------------------------------------------------------------

ZW_SPANS = {16: (4, "Monday to Thursday"), 20: (4, "Monday to Friday"), 24: (6, "Monday to Thursday")}


def zw_confirmation(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat_job(job, person)
    zid = f"{kj(job, 'd1') % 70 + 8:02d}-{kj(job, 'id') % 900000 + 100000} {'ABCDEFGHJKLMNPQRSTVWXYZ'[kj(job, 'c') % 23]} " \
          f"{kj(job, 'd2') % 70 + 8:02d}"
    if parttime(job):
        hd, days = ZW_SPANS.get(job.hours, ZW_SPANS[20])
        job.hours = hd * (4 if "Thursday" in days else 5)
        work = f"on a part-time basis, working {hd} hours a day, {days}"
        facts = (job.hours, False, True)
    else:
        job.hours = 40
        work = "working 8 hours a day, Monday to Friday, with Saturday calls"
        facts = (40, False, False)
    per = f"from {job.start.day:02d} {EN_MONTHS[job.start.month - 1]} {job.start.year} to " + \
          ("date" if job.end is None else f"{job.end.day:02d} {EN_MONTHS[job.end.month - 1]} {job.end.year}")
    verb = "has been" if job.end is None else "was"
    body = f"This letter serves to confirm that the above named {verb} employed by {emp.name} as a {job.position} {per}, {work}."
    p = Page(A4)
    W, H = A4
    L, R = 62, W - 62
    p.rect(L, 36, R - L, 60, 0, 0, fill=0.92)
    p.text(L + 12, 60, emp.name.upper(), SB, 13)
    p.text(L + 12, 76, f"{emp.street}, {emp.city}  |  {emp.phone}  |  {emp.email}".replace("  ", " "), S, 8.5)
    p.text(R - 12, 60, "Quality - Accuracy - Care" if emp.kind == "lab" else "Ministry of Health and Child Care", S, 8.5,
           "right")
    d = job.letter_date
    p.text(L, 130, f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}", S, 10.5)
    p.text(L, 160, "TO WHOM IT MAY CONCERN", SB, 11)
    p.text(L, 182, f"RE: {nm.upper()} - ID {zid}", SB, 11)
    p.hline(L, R, 186, 0.6)
    y = p.paragraph(L, 210, body, S, 10.5, R - L, 16) + 8
    if job.departments:
        verb2 = "rotates" if job.end is None else "rotated"
        y = p.paragraph(L, y, f"{she(person)} {verb2} through {join(job.departments, 'and')}.", S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, "Should you require any further information, please do not hesitate to contact the "
                    "undersigned.", S, 10.5, R - L, 16) + 10
    p.text(L, y, "Yours faithfully,", S, 10.5)
    p.text(L, y + 16, "For and on behalf of", S, 10.5)
    p.text(L, y + 30, emp.name.upper(), SB, 10.5)
    sign_block(p, rng, L + 85, y + 80, job.signer, S, 10.5, 170,
               "Laboratory Manager" if emp.kind == "lab" else "Laboratory Manager, Pathology Laboratory")
    rubber_stamp(p, L + 300, y + 60, 62, 32, 0.45)
    return LayoutResult("employment_letter", "ap_zw_confirmation", FAMILY, [p], [nm.upper(), nm],
                        info={"date_style": "dd_month_yyyy", "hours_facts": facts})


# --- Djibouti ----------------------------------------------------------------------------------------

DJ_POS = {"Staff Nurse": ("Infirmière diplômée d'État", "Infirmier diplômé d'État"),
          "Laboratory Aide": ("Aide de laboratoire", "Aide de laboratoire"),
          "Technicien supérieur de laboratoire": ("Technicienne supérieure de laboratoire",
                                                  "Technicien supérieur de laboratoire"),
          "Technicien de laboratoire": ("Technicienne de laboratoire", "Technicien de laboratoire")}
DJ_WARDS = {"Medical-Surgical Ward": "Médecine et Chirurgie", "Emergency Room": "Urgences",
            "Pediatric Ward": "Pédiatrie", "Operating Room": "Bloc opératoire"}


def of_emp(name):
    """"de l'Hôpital ...", "de la Polyclinique ...", "du Centre ..."."""
    w = name.split()[0]
    if w[0] in "AEÉHIOU":
        return f"de l'{name}"
    return f"du {name}" if w in ("Centre",) else f"de la {name}"


def dj_attestation(job, person, rng, as_of):
    emp = job.employer
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    pos = DJ_POS.get(job.position)
    if pos:
        job.position = pos[0] if fem else pos[1]
    job.departments = [DJ_WARDS.get(d, d) for d in job.departments]
    nm = nat_job(job, person)
    civ = "Madame" if fem else "Monsieur"
    if ward(job):
        svc = f"au sein du service de {job.departments[0]}"
    else:
        svc = "au sein du service de Biologie médicale" if emp.kind != "clinic" else "au sein du laboratoire"
    if parttime(job):
        tp, facts = f"à temps partiel ({job.hours} heures par semaine)", (job.hours, False, True)
    else:
        job.hours = 40
        tp, facts = "à temps plein (40 heures par semaine)", (40, True, False)
    if job.end is None:
        per = f"occupe le poste de {job.position} {svc} depuis le {fr_date(job.start)} à ce jour, {tp}"
    else:
        per = f"a occupé le poste de {job.position} {svc} du {fr_date(job.start)} au {fr_date(job.end)}, {tp}"
    signer = job.signer
    title = "Directeur" if not signer.startswith("Dr Fardoussa") and not signer.startswith("Dr Kadra") else "Directrice"
    body = f"Je soussigné{'e' if title == 'Directrice' else ''}, {signer}, {title} {of_emp(emp.name)}, certifie que {civ} {nm} {per}."
    p = Page(A4)
    W, H = A4
    L, R = 66, W - 66
    p.text(L + 70, 44, "RÉPUBLIQUE DE DJIBOUTI", SB, 10, "center")
    p.text(L + 70, 56, "Unité - Égalité - Paix", SI, 8.5, "center")
    p.text(L + 70, 72, "MINISTÈRE DE LA SANTÉ" if emp.kind != "clinic" else emp.name.upper(), SB, 8.5, "center")
    if emp.kind != "clinic":
        p.text(L + 70, 84, emp.name, S, 8.5, "center")
    p.text(R, 44, f"Djibouti, le {fr_date(job.letter_date)}", S, 10, "right")
    p.text(R, 58, f"N° {kj(job, 'n') % 900 + 100}/{''.join(w[0] for w in emp.name.split() if w[0].isupper())}/DG/"
           f"{job.letter_date.year}", S, 9, "right")
    p.text(W / 2, 150, "ATTESTATION DE TRAVAIL", SB, 17, "center")
    p.hline(W / 2 - 110, W / 2 + 110, 155, 0.8)
    y = p.paragraph(L, 200, body, S, 12, R - L, 19) + 8
    if job.departments and not ward(job):
        y = p.paragraph(L, y, f"{'Elle' if fem else 'Il'} a exercé dans les sections de {join(job.departments, 'et')}.",
                        S, 12, R - L, 19) + 8
    qui = "l'intéressée" if fem else "l'intéressé"
    y = p.paragraph(L, y, f"La présente attestation est délivrée à {qui} pour servir "
                    "et valoir ce que de droit.", S, 12, R - L, 19) + 40
    sign_block(p, rng, R - 100, y + 60, f"Le {title}" if title == "Directeur" else "La Directrice", S, 11, 170, signer)
    round_stamp(p, R - 200, y + 40, 32, 0.45)
    return LayoutResult("employment_letter", "ap_dj_attestation", FAMILY, [p], [nm],
                        info={"date_style": "fr_words", "hours_facts": facts})


# --- Brunei ------------------------------------------------------------------------------------------

BN_PT = {16: ("7.45 a.m. to 11.45 a.m.", "Monday to Thursday", 16), 20: ("7.45 a.m. to 11.45 a.m.",
                                                                         "Monday to Thursday and Saturday", 20),
         24: ("7.45 a.m. to 1.45 p.m.", "Monday to Thursday", 24)}


def bn_certification(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    gov = emp.kind != "lab"
    nm = f"{person.given} {'binti' if person.sex == 'F' else 'bin'} {job.surname_override or person.surname}".upper()
    her = person.pronoun("poss").capitalize()
    ms = kj(job, "ms") % 2 == 0
    fmt = (lambda d: f"{d.day} {MS_MONTHS[d.month - 1]} {d.year}") if ms else \
        (lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}")
    if parttime(job):
        span, days, hrs = BN_PT.get(job.hours, BN_PT[20])
        job.hours = hrs
        hs = f"{her} working hours are {span}, {days}, on a part-time basis."
        facts = (hrs, False, True)
    else:
        job.hours = 43.75
        hs = f"{her} working hours are 7.45 a.m. to 4.30 p.m., Monday to Thursday and Saturday."
        facts = (43.75, False, False)
    grade = f" (Grade {'ABCDE'[kj(job, 'g') % 5]}{kj(job, 'g2') % 3 + 1})" if gov else ""
    dept = "the Department of Laboratory Services" if not ward(job) else f"the {join(job.departments, 'and')}"
    if job.end is None:
        body = f"This is to certify that {nm} has been serving as a {job.position}{grade} at {dept}, {emp.name} since {fmt(job.start)}."
    else:
        body = (f"This is to certify that {nm} served as a {job.position}{grade} at {dept}, {emp.name} from {fmt(job.start)} "
                f"to {fmt(job.end)}.")
        hs = hs.replace(" are ", " were ")
    p = Page(A4)
    W, H = A4
    L, R = 64, W - 64
    p.logo(W / 2, 46, 18, 0)
    if gov:
        p.text(W / 2, 80, "KEMENTERIAN KESIHATAN", SB, 11, "center")
        p.text(W / 2, 93, "MINISTRY OF HEALTH", SB, 10, "center")
        p.text(W / 2, 106, emp.name, S, 9.5, "center")
    else:
        p.text(W / 2, 84, emp.name.upper(), SB, 12, "center")
    p.text(W / 2, 118, f"{emp.street}, Negara Brunei Darussalam | Tel: {emp.phone}", S, 8, "center")
    p.hline(L, R, 124, 0.8)
    p.text(L, 146, f"Rujukan Kami / Our Ref: {'KK/' if gov else ''}{''.join(w[0] for w in emp.name.split())}/PER/"
           f"{kj(job, 'r') % 900 + 100}", S, 9.5)
    p.text(L, 160, "Rujukan Tuan / Your Ref:", S, 9.5)
    p.text(R, 146, f"Tarikh / Date: {fmt(job.letter_date)}", S, 9.5, "right")
    p.text(W / 2, 196, "TO WHOM IT MAY CONCERN", SB, 11.5, "center")
    y = p.paragraph(L, 226, body, S, 11, R - L, 16.5) + 8
    y = p.paragraph(L, y, hs, S, 11, R - L, 16.5) + 8
    if job.departments and not ward(job):
        y = p.paragraph(L, y, f"{she(person)} has worked in the {join(job.departments, 'and')} sections.", S, 11,
                        R - L, 16.5) + 8
    y = p.paragraph(L, y, f"This letter is issued at {her.lower()} request.", S, 11, R - L, 16.5) + 30
    p.text(L, y, "Thank you.", S, 11)
    sign_block(p, rng, L + 90, y + 60, job.signer, S, 10, 180, "for Permanent Secretary, Ministry of Health" if gov
               else "for Managing Director")
    round_stamp(p, L + 260, y + 50, 30, 0.45)
    return LayoutResult("employment_letter", "ap_bn_certification", FAMILY, [p], [nm],
                        info={"date_style": "ms_words" if ms else "en_words", "hours_facts": facts})


LETTER_LAYOUTS = {"ap_ke_confirmation": (ke_confirmation, FAMILY, ("KE",)),
                  "ap_gh_confirmation": (gh_confirmation, FAMILY, ("GH",)),
                  "ap_zw_confirmation": (zw_confirmation, FAMILY, ("ZW",)),
                  "ap_dj_attestation": (dj_attestation, FAMILY, ("DJ",)),
                  "ap_bn_certification": (bn_certification, FAMILY, ("BN",))}
