"""Writer AO, round 20: employment letters for IN, NG, PH, SA and BZ (one design each).

ao_in_experience: a private diagnostic laboratory's "EXPERIENCE CERTIFICATE" on letterhead (NABL line,
    address, phone, email), "Ref: HR/EXP/2022/118", "Date: 05/07/2022", "TO WHOMSOEVER IT MAY CONCERN",
    "This is to certify that Ms. ... D/o ... was working with us as Lab Technician in our Pathology Lab from
    01/08/2018 to 30/06/2022. During this tenure she was handling ... sections. Her duty hours were 9 a.m. to
    5 p.m., six days a week." (the span and days give the weekly hours), "For <Lab>", "Authorised Signatory",
    a rectangular stamp over the signature.
ao_ng_attestation: a teaching hospital's "LETTER OF ATTESTATION" ("Our Ref", "12th January, 2023", "This is
    to attest that ..., a Medical Laboratory Scientist (MLS), has been in the services of this Hospital since
    2nd November, 2020 (following her one-year internship from November 2019 to October 2020 in the same
    hospital) and is currently on Grade Level 08 in the Department of Medical Laboratory Services (Chemical
    Pathology unit)"); no working hours for a full-time post (a part-time one states them). When the
    internship is printed it is its own period in the truth (info["phases"]).
ao_ph_coe: a hospital's "CERTIFICATE OF EMPLOYMENT" ("... employed in this institution as MEDICAL
    TECHNOLOGIST I (Permanent / Full-time) from June 1, 2017 up to the present", "This certification is issued
    upon the request of ...", "Issued this 15th day of March 2023 at ..., Philippines", the Chief, HRMO).
ao_sa_experience: a hospital "EXPERIENCE CERTIFICATE" ("To: Whom It May Concern") with a table: Name,
    Nationality, Iqama/ID No., Job Title, Department, Sections, Date of Joining, Last Working Day (or "Still
    working"), Working Hours "48 hours/week"; Director of Human Resources, a stamp.
ao_bz_letter: a regional hospital's letter ("... has been employed by the Ministry of Health and Wellness as
    a Medical Laboratory Technician at the ... from August 1, 2016 to present. She works a 40-hour week on
    rotating shifts"), "Laboratory Supervisor", "Cc: Personnel file".
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LETTER, Page, wrap
from .r20_ao_common import (EN_MONTHS, FAMILY, dmy, en_ord, join, kj, mdy, nat_job, round_stamp, rubber_stamp,
                            sign_block)

T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
H_, HB = "Helvetica", "Helvetica-Bold"
FATHERS = ["Ramesh", "Suresh", "Venkatesh", "Manjunath", "Shivakumar", "Nagaraj", "Prakash"]


def ward(job):
    return not job.areas and bool(job.departments)


def in_experience(job, person, rng, as_of):
    emp = job.employer
    W, H = A4
    L, R = 60, W - 60
    p = Page(A4)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    he, his = ("she", "her") if fem else ("he", "his")
    hon = "Ms." if fem else "Mr."
    rel = "D/o" if fem else "S/o"
    father = f"{FATHERS[kj(job, 'fa') % len(FATHERS)]} {person.surname}"
    p.text(W / 2, 50, emp.name.upper(), HB, 16, "center")
    p.text(W / 2, 64, "(NABL Accredited Laboratory - ISO 15189:2012)", TI, 9, "center")
    p.text(W / 2, 77, f"{emp.street}, {emp.city} - {emp.region}", H_, 8.5, "center")
    p.text(W / 2, 88, f"Ph: {emp.phone} | Email: {emp.email}", H_, 8.5, "center")
    p.hline(L - 20, R + 20, 96, 1.4)
    ld = job.letter_date
    p.text(L, 120, f"Ref: HR/EXP/{ld.year}/{kj(job, 'ref') % 400 + 10}", T, 11)
    p.text(R, 120, f"Date: {dmy(ld)}", T, 11, "right")
    p.text(W / 2, 160, "EXPERIENCE CERTIFICATE", TB, 15, "center")
    p.text(W / 2, 186, "TO WHOMSOEVER IT MAY CONCERN", TB, 11.5, "center")
    per = (f"is working with us as {job.position} in our Pathology Lab from {dmy(job.start)} till date"
           if job.end is None else
           f"was working with us as {job.position} in our Pathology Lab from {dmy(job.start)} to {dmy(job.end)}")
    spans = {48: ("9 a.m. to 5 p.m.", "six days a week"), 40: ("9 a.m. to 5 p.m.", "Monday to Friday"),
             24: ("9 a.m. to 1 p.m.", "six days a week"), 20: ("9 a.m. to 1 p.m.", "Monday to Friday"),
             16: ("9 a.m. to 1 p.m.", "four days a week")}
    if job.hours_style == "fulltime_only":
        hrs = f"{he.capitalize()} was a full-time employee."
        facts = (None, True, False)
    else:
        h = job.hours if job.hours in spans else (40 if job.hours >= 35 else 20)
        job.hours = h
        a, b = spans[h]
        hrs = f"{his.capitalize()} duty hours were {a}, {b}."
        facts = (h, h >= 35, h < 35)
    dept = ""
    if job.departments:
        dept = (f" During this tenure {he} was handling {join(job.departments, 'and')} "
                f"section{'s' if len(job.departments) > 1 else ''}.")
    body = f"This is to certify that {hon} {nm} {rel} {father} {per}.{dept} {hrs}"
    y = p.paragraph(L, 220, body, T, 12, R - L, 20) + 10
    y = p.paragraph(L, y, f"During {his} tenure {his} conduct was good. We wish {'her' if fem else 'him'} all "
                    f"success in {his} future endeavours.", T, 12, R - L, 20) + 40
    p.text(L, y, f"For {emp.name}", TB, 11)
    p.signature(L + 10, y + 38, 110, rng)
    rubber_stamp(p, L + 70, y + 34, 70, 22, 0.45)
    p.text(L, y + 62, "Authorised Signatory", TB, 11)
    return LayoutResult("employment_letter", "ao_in_experience", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def ng_attestation(job, person, rng, as_of):
    emp = job.employer
    W, H = A4
    L, R = 64, W - 64
    p = Page(A4)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    her = "her" if fem else "his"
    p.logo(W / 2, 52, 20, 1, 0.3)
    p.text(W / 2, 88, emp.name.upper(), TB, 15, "center")
    p.text(W / 2, 102, f"{emp.street}, {emp.city}, {emp.region}", T, 9, "center")
    p.text(W / 2, 113, f"Tel: {emp.phone} | E-mail: {emp.email}", T, 9, "center")
    p.hline(L - 20, R + 20, 120, 1.2)
    ld = job.letter_date
    p.text(L, 140, f"Our Ref: {emp.name.split()[0][:3].upper()}/ADM/{kj(job, 'r') % 900 + 100}/Vol.{kj(job, 'v') % 9 + 1}",
           T, 10.5)
    p.text(R, 140, f"Date: {en_ord(ld.day)} {EN_MONTHS[ld.month - 1]}, {ld.year}", T, 10.5, "right")
    p.text(W / 2, 180, "LETTER OF ATTESTATION", TB, 14, "center")
    p.hline(W / 2 - 90, W / 2 + 90, 183, 0.6)
    p.text(L, 210, "TO WHOM IT MAY CONCERN", TB, 11)

    def nd(d):
        return f"{en_ord(d.day)} {EN_MONTHS[d.month - 1]}, {d.year}"
    pos = job.position
    abbr = " (MLS)" if "Scientist" in pos else ""
    place = "Hospital" if emp.kind == "hospital" else "Organisation"
    intern = pos.startswith("Medical Laboratory Scientist") and kj(job, "int") % 2 == 0
    facts = (None, False, False)
    hrs = ""
    if job.hours < 35:
        hrs = f" on part-time basis ({job.hours} hours per week)"
        facts = (job.hours, False, True)
    phases = None
    ipart = ""
    if intern:
        i_end = job.start - dt.timedelta(days=1)
        i_start = D.add_months(job.start, -12)
        ipart = (f" (following {her} one-year internship from {EN_MONTHS[i_start.month - 1]} {i_start.year} to "
                 f"{EN_MONTHS[i_end.month - 1]} {i_end.year} in the same {place.lower()})")
        phases = [(i_start.replace(day=1), i_end, (None, False, False)), (job.start, job.end, facts)]
    unit = ""
    if job.departments:
        unit = f" ({join(job.departments, 'and')} unit{'s' if len(job.departments) > 1 else ''})"
    deptname = "Department of Medical Laboratory Services" if not ward(job) else "Department of Nursing Services"
    if job.end is None:
        body = (f"This is to attest that {nm}, a {pos}{abbr}, has been in the services of this {place} since "
                f"{nd(job.start)}{ipart}{hrs} and is currently on Grade Level {8 + kj(job, 'gl') % 4:02d} in the "
                f"{deptname}{unit}.")
    else:
        body = (f"This is to attest that {nm}, a {pos}{abbr}, was in the services of this {place} from "
                f"{nd(job.start)} to {nd(job.end)}{ipart}{hrs}, on Grade Level {8 + kj(job, 'gl') % 4:02d} in the "
                f"{deptname}{unit}.")
    y = p.paragraph(L, 236, body, T, 12, R - L, 19) + 10
    y = p.paragraph(L, y, f"{'She' if fem else 'He'} is hardworking and of good conduct. Please accord {'her' if fem else 'him'} "
                    "the necessary assistance.", T, 12, R - L, 19) + 40
    sign_block(p, rng, L + 90, y + 40, "Director of Administration", T, 10.5, 170)
    p.text(L + 90, y + 30, "For: Chief Medical Director", TI, 10, "center")
    round_stamp(p, L + 230, y + 20, 28, 0.45)
    info = {"date_style": "en_ordinal", "hours_facts": facts}
    if phases:
        info["phases"] = phases
    return LayoutResult("employment_letter", "ao_ng_attestation", FAMILY, [p], [nm], info=info)


def ph_coe(job, person, rng, as_of):
    emp = job.employer
    W, H = LETTER
    L, R = 72, W - 72
    p = Page(LETTER)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    hon = "MS." if fem else "MR."
    p.logo(L + 20, 56, 22, 1, 0.3)
    p.text(W / 2 + 20, 50, emp.name.upper(), TB, 14, "center")
    p.text(W / 2 + 20, 64, f"{emp.street}, {emp.city}, {emp.region}", T, 9, "center")
    p.text(W / 2 + 20, 76, f"Tel. {emp.phone}", T, 9, "center")
    p.text(W / 2 + 20, 96, "HUMAN RESOURCE MANAGEMENT OFFICE", TB, 10, "center")
    p.text(W / 2, 150, "CERTIFICATE OF EMPLOYMENT", TB, 16, "center")
    if job.hours < 35:
        st = f"(Part-time, {job.hours} hours per week)"
        facts = (job.hours, False, True)
    else:
        st = "(Permanent / Full-time)" if kj(job, "c") % 2 else "(Contractual / Full-time)"
        facts = (None, True, False)
    period = f"from {mdy(job.start)} up to the present" if job.end is None else \
        f"from {mdy(job.start)} to {mdy(job.end)}"
    verb = "has been" if job.end is None else "was"
    body = (f"This is to certify that {hon} {nm.upper()} {verb} employed in this institution as "
            f"{job.position.upper()} {st} {period}.")
    y = p.paragraph(L, 200, body, T, 12, R - L, 20) + 12
    if job.departments:
        y = p.paragraph(L, y, f"{'She' if fem else 'He'} was assigned at the {join(job.departments, 'and')} "
                        f"section{'s' if len(job.departments) > 1 else ''}.", T, 12, R - L, 20) + 12
    y = p.paragraph(L, y, f"This certification is issued upon the request of {hon.title()} {person.surname if not job.surname_override else job.surname_override} "
                    "for whatever legal purpose it may serve.", T, 12, R - L, 20) + 12
    ld = job.letter_date
    y = p.paragraph(L, y, f"Issued this {en_ord(ld.day)} day of {EN_MONTHS[ld.month - 1]} {ld.year} at {emp.city}, "
                    "Philippines.", T, 12, R - L, 20) + 60
    sign_block(p, rng, R - 100, y, "Chief, Human Resource Management Office", T, 10, 210)
    p.text(L, H - 50, "Not valid without the hospital seal", TI, 8)
    return LayoutResult("employment_letter", "ao_ph_coe", FAMILY, [p], [f"{hon} {nm.upper()}"],
                        info={"date_style": "mdy_words", "hours_facts": facts})


def sa_experience(job, person, rng, as_of):
    emp = job.employer
    W, H = A4
    L, R = 60, W - 60
    p = Page(A4)
    nm = nat_job(job, person)
    p.logo(L + 24, 56, 24, 0, 0.3)
    p.text(R, 48, emp.name, HB, 13, "right")
    p.text(R, 62, f"{emp.street}, {emp.city}", H_, 8.5, "right")
    p.text(R, 73, f"Kingdom of Saudi Arabia - Tel. {emp.phone}", H_, 8.5, "right")
    p.hline(L, R, 86, 1)
    ld = job.letter_date
    p.text(L, 108, f"Ref.: HR/{ld.year}/{kj(job, 'r') % 9000 + 1000}", H_, 9.5)
    p.text(R, 108, f"Date: {dmy(ld)}", H_, 9.5, "right")
    p.text(W / 2, 146, "EXPERIENCE CERTIFICATE", HB, 15, "center")
    p.text(L, 176, "To: Whom It May Concern", HB, 11)
    p.paragraph(L, 198, "This is to certify that the below mentioned employee has worked / is working in our "
                "hospital with the following details:", H_, 10.5, R - L, 15)
    if job.hours_style == "fulltime_only":
        wh, facts = "Full Time", (None, True, False)
    else:
        wh, facts = f"{job.hours:g} hours/week", (job.hours, job.hours >= 35, job.hours < 35)
    rows = [("Name", nm), ("Nationality", "Saudi"), ("Iqama/ID No.", f"1{kj(job, 'id') % 10 ** 9:09d}"),
            ("Job Title", job.position),
            ("Department", "Laboratory Medicine" if not ward(job) else "Nursing Services")]
    if job.departments:
        rows.append(("Sections", ", ".join(job.departments)))
    rows += [("Date of Joining", dmy(job.start)),
             ("Last Working Day", dmy(job.end) if job.end else "Still working"), ("Working Hours", wh)]
    y = 238
    for a, b in rows:
        bl = wrap(b, H_, 9.5, R - L - 162)
        h = 20 + 12 * (len(bl) - 1)
        p.rect(L, y, 150, h, 0.5, fill=0.93)
        p.rect(L + 150, y, R - L - 150, h, 0.5)
        p.text(L + 6, y + 14, a, HB, 9.5)
        for j, ln in enumerate(bl):
            p.text(L + 156, y + 14 + 12 * j, ln, H_, 9.5)
        y += h
    y = p.paragraph(L, y + 24, "This certificate has been issued upon the employee's request without any "
                    "responsibility on the hospital.", H_, 10.5, R - L, 15) + 50
    sign_block(p, rng, R - 100, y, "Director of Human Resources", H_, 9.5, 170, job.signer)
    round_stamp(p, R - 210, y - 16, 30, 0.45)
    return LayoutResult("employment_letter", "ao_sa_experience", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def bz_letter(job, person, rng, as_of):
    emp = job.employer
    W, H = LETTER
    L, R = 72, W - 72
    p = Page(LETTER)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    she = "She" if fem else "He"
    p.logo(L + 20, 56, 22, 0, 0.3)
    p.text(W / 2 + 20, 48, "MINISTRY OF HEALTH AND WELLNESS", TB, 11, "center")
    p.text(W / 2 + 20, 63, emp.name, TB, 14, "center")
    p.text(W / 2 + 20, 77, f"{emp.street}, {emp.city}, {emp.region}, Belize. Tel. {emp.phone}", T, 8.5, "center")
    p.hline(L, R, 86, 0.8)
    ld = job.letter_date
    p.text(R, 110, mdy(ld), T, 11, "right")
    p.text(L, 140, "To Whom It May Concern", TB, 11.5)
    where = f"at the {emp.name}" if emp.kind == "hospital" else f"at {emp.name}"
    by = "the Ministry of Health and Wellness" if emp.kind == "hospital" else emp.name
    if job.end is None:
        per = f"has been employed by {by} as a {job.position} {where} from {mdy(job.start)} to present"
    else:
        per = f"was employed by {by} as a {job.position} {where} from {mdy(job.start)} to {mdy(job.end)}"
    if job.hours_style == "fulltime_only":
        hrs, facts = f"{she} {'works' if job.end is None else 'worked'} full time on rotating shifts.", (None, True, False)
    else:
        hrs = f"{she} {'works' if job.end is None else 'worked'} a {job.hours:g}-hour week" + \
              (" on rotating shifts." if job.hours >= 35 else ".")
        facts = (job.hours, False, job.hours < 35)
    body = f"This letter serves to confirm that {nm} {per}. {hrs}"
    y = p.paragraph(L, 170, body, T, 12, R - L, 19) + 10
    if job.departments:
        y = p.paragraph(L, y, f"{she} has performed duties in {join(job.departments, 'and')}.", T, 12, R - L, 19) + 10
    y = p.paragraph(L, y, "Should you require any further information, please do not hesitate to contact the "
                    "undersigned.", T, 12, R - L, 19) + 20
    p.text(L, y, "Sincerely,", T, 12)
    sign_block(p, rng, L + 80, y + 56, "Laboratory Supervisor", T, 10.5, 160, job.signer)
    p.text(L, y + 110, "Cc: Personnel file", T, 10)
    return LayoutResult("employment_letter", "ao_bz_letter", FAMILY, [p], [nm],
                        info={"date_style": "mdy_words", "hours_facts": facts})


LETTER_LAYOUTS = {"ao_in_experience": (in_experience, FAMILY, ("IN",)),
                  "ao_ng_attestation": (ng_attestation, FAMILY, ("NG",)),
                  "ao_ph_coe": (ph_coe, FAMILY, ("PH",)),
                  "ao_sa_experience": (sa_experience, FAMILY, ("SA",)),
                  "ao_bz_letter": (bz_letter, FAMILY, ("BZ",))}
