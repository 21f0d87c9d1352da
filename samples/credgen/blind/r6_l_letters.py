"""Writer L, round 6: employment letters.

`ph_jm_employment` (PH, JM): PH a "CERTIFICATE OF EMPLOYMENT" - "This is to certify that Ms.
KRISTINE D. SANTOS has been employed with [Hospital] as MEDICAL TECHNOLOGIST from February 1,
2018 to March 15, 2021" - with, for about half the candidates whose job lasted over a year, a
service-record TABLE `Position | Department | Inclusive Dates | Status` ("02/01/2018 -
01/31/2019", "Contractual" then "Permanent"; "02/01/2019 - Present"), "issued upon the request of
... for whatever legal purpose it may serve", "Given this 5th day of April 2021 at ..."; JM a
letter on letterhead, "RE: Verification of Employment", "... has been employed as a Medical
Technologist since September 1, 2019 and continues to be employed ... 40 hours per week".

`east_south_service` (TZ, ZM, ZA): TZ "TO WHOM IT MAY CONCERN" / "RE: CONFIRMATION OF EMPLOYMENT -
NAME" / "... has been working in our laboratory as Laboratory Technologist since 3rd July 2018
to date"; ZM "REPUBLIC OF ZAMBIA / MINISTRY OF HEALTH" and a "SERVICE RECORD" (Name, Man No.,
NRC No., then a table `Post | From | To | Station`, dd/mm/yyyy, "To date"; a long job split over
two stations of the same employer) with conditions of service and hours under it; ZA
"CERTIFICATE OF SERVICE (in terms of Section 42 of the Basic Conditions of Employment Act, 1997)"
as label/value lines with ISO dates "Date of engagement 2017-03-01", "Date of termination",
"Job title", "Remuneration at termination R 28 450.00 per month". Hours are printed as stated
by the job (the same facts as the core letters' hours sentences)."""

import datetime as dt
import zlib

from .. import dates as D
from ..layouts_letter import dept_sentence, hours_sentence, join_and
from ..layouts_transcript import LayoutResult
from ..names import COUNTRY_NAMES, name_form
from ..pagekit import A4, LETTER, Page, wrap
from .r6_l_common import FAMILY, coat_of_arms, dry_seal, rubber_stamp


def _k(*parts):
    return zlib.crc32(":".join(str(x) for x in parts).encode())


def hours_value(job):
    h, st = job.hours, job.hours_style
    return {"hours": f"{h} hours per week", "fulltime_only": "Full-time",
            "fulltime_hours": f"Full-time ({h} hours per week)", "parttime_hours": f"Part-time ({h} hours per week)",
            "daily": f"Full-time, 8 hours a day, {h // 8} days a week"}[st]


def _name(job, person, form="natural_initial"):
    return job.name_override or name_form(person, form)


def _par(p, x, y, s, font, size, w, lead):
    for ln in wrap(s, font, size, w):
        p.text(x, y, ln, font, size)
        y += lead
    return y + 8


def _head_center(p, emp, y, sub=None):
    F, FB = "Helvetica", "Helvetica-Bold"
    if sub:
        for s in sub:
            p.text(p.w / 2, y, s, F, 9, "center"); y += 11
        y += 6
    p.text(p.w / 2, y, emp.name.upper(), FB, 14 if len(emp.name) < 38 else 11.5, "center"); y += 13
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}, {COUNTRY_NAMES[emp.country]}", F, 8.5, "center"); y += 10
    p.text(p.w / 2, y, f"Tel: {emp.phone} | E-mail: {emp.email}", F, 8.5, "center"); y += 7
    p.hline(50, p.w - 50, y, 1.4)
    p.hline(50, p.w - 50, y + 2.5, 0.4)
    return y + 28


def _ph(job, person, rng):
    emp = job.employer
    p = Page(LETTER)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 66, p.w - 66
    p.logo(74, 48, 15, _k(emp.name) % 3)
    y = _head_center(p, emp, 46)
    p.text(p.w / 2, y + 8, "CERTIFICATE OF EMPLOYMENT", FB, 15, "center"); y += 46
    p.text(L, y, "TO WHOM IT MAY CONCERN:", FB, 11.5); y += 26
    hon = person.honorific("Ms.")
    nm = _name(job, person).upper()
    start = D.long_mdy(job.start)
    period = f"from {start} up to the present" if job.end is None else f"from {start} to {D.long_mdy(job.end)}"
    verb = "has been employed" if job.end is None else "was employed"
    y = _par(p, L, y, f"This is to certify that {hon} {nm} {verb} with {emp.name} as {job.position.upper()} "
             f"{period}.", F, 11.5, R - L, 16)
    end = job.end
    months = ((end or job.letter_date) - job.start).days / 30.4
    table = months > 14 and _k(nm, emp.name, "tab") % 2 == 0
    style = "long_mdy"
    if table:
        he = person.pronoun("poss").capitalize()
        y = _par(p, L, y, f"{he} service record with this institution is as follows:", F, 11.5, R - L, 16)
        cut = D.add_months(job.start, 6 + _k(nm, "cut") % 7)
        cols = [L + 4, L + 140, L + 248, R - 4]
        p.hline(L, R, y - 10, 0.8)
        p.pieces(y + 1, [(cols[0], "Position", "left"), (cols[1], "Department", "left"),
                         (cols[2], "Inclusive Dates", "left"), (cols[3], "Status", "right")], FB, 10)
        p.hline(L, R, y + 6, 0.8)
        y += 20
        dept = "Clinical Laboratory" if emp.kind != "lab" else "Laboratory Operations"
        rows = [(D.mdy_slash(job.start), D.mdy_slash(cut - dt.timedelta(days=1)), "Contractual"),
                (D.mdy_slash(cut), "Present" if end is None else D.mdy_slash(end), "Permanent")]
        for a, b, st in rows:
            p.pieces(y, [(cols[0], job.position, "left"), (cols[1], dept, "left"), (cols[2], f"{a} - {b}", "left"),
                         (cols[3], st, "right")], F, 10)
            y += 14
        p.hline(L, R, y - 8, 0.5)
        y += 12
        style = "long_mdy+mdy_slash"
    tense = "present" if end is None else "past"
    s2 = hours_sentence(job, person, tense)
    if job.departments:
        s2 += " " + dept_sentence(job, person, _k(nm, "dv") % 3)
    y = _par(p, L, y, s2, F, 11.5, R - L, 16)
    sur = (job.surname_override or person.surname).upper()
    y = _par(p, L, y, f"This certification is issued upon the request of {hon} {sur} for whatever legal purpose "
             "it may serve.", F, 11.5, R - L, 16)
    ld = job.letter_date
    y = _par(p, L, y, f"Given this {D.ordinal_suffix(ld.day)} day of {D.MONTHS[ld.month - 1]} {ld.year} at "
             f"{emp.city}, Philippines.", F, 11.5, R - L, 16)
    y += 40
    p.signature(L + 10, y - 12, 110, rng)
    dry_seal(p, L + 220, y - 16, 26)
    p.text(L, y, job.signer.upper(), FB, 11); y += 13
    p.text(L, y, job.signer_title, F, 11)
    p.text(p.w / 2, p.h - 34, "Not valid without the official dry seal of the institution.", "Times-Italic", 8,
           "center")
    return LayoutResult("employment_letter", "ph_jm_employment", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": style, "service_table": table})


def _jm(job, person, rng):
    emp = job.employer
    p = Page(LETTER)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 64, p.w - 64
    p.logo(L + 16, 56, 18, _k(emp.name) % 3)
    p.text(L + 44, 50, emp.name, FB, 15)
    p.text(L + 44, 63, f"{emp.street}, {emp.city}, {emp.region}, Jamaica W.I.", F, 8.5)
    p.text(L + 44, 74, f"Telephone: {emp.phone} | Email: {emp.email}", F, 8.5)
    p.hline(L, R, 84, 2.0, 0.3)
    y = 120
    p.text(L, y, D.long_mdy(job.letter_date), F, 10.5); y += 30
    p.text(L, y, "To Whom It May Concern", F, 10.5); y += 26
    w = p.text(L, y, "RE: Verification of Employment", FB, 11)
    p.hline(L, L + w, y + 2, 0.6)
    y += 26
    p.text(L, y, "Dear Sir/Madam,", F, 10.5); y += 22
    hon = person.honorific("Ms.")
    nm = _name(job, person, "natural")
    pos = job.position
    art = "an" if pos[0] in "AEIOU" else "a"
    if job.end is None:
        s1 = (f"This letter serves to confirm that {hon} {nm} has been employed as {art} {pos} since "
              f"{D.long_mdy(job.start)} and continues to be employed with {emp.name}.")
        tense = "present"
    else:
        s1 = (f"This letter serves to confirm that {hon} {nm} was employed as {art} {pos} with {emp.name} from "
              f"{D.long_mdy(job.start)} to {D.long_mdy(job.end)}.")
        tense = "past"
    y = _par(p, L, y, s1, F, 10.5, R - L, 15)
    s2 = hours_sentence(job, person, tense)
    if job.departments:
        s2 += " " + dept_sentence(job, person, _k(nm, "dv") % 3)
    y = _par(p, L, y, s2, F, 10.5, R - L, 15)
    y = _par(p, L, y, f"Should you require any further information, please do not hesitate to contact the "
             f"undersigned at {emp.phone}.", F, 10.5, R - L, 15)
    p.text(L, y + 4, "Yours truly,", F, 10.5)
    y += 52
    p.signature(L + 4, y - 12, 100, rng)
    p.text(L, y, job.signer, FB, 10.5); y += 13
    p.text(L, y, job.signer_title, F, 10.5); y += 13
    p.text(L, y, f"for: {emp.name}", F, 10.5)
    return LayoutResult("employment_letter", "ph_jm_employment", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "long_mdy"})


def ph_jm_employment(job, person, rng, as_of):
    if job.employer.country == "JM":
        return _jm(job, person, rng)
    return _ph(job, person, rng)


def _tz(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 64, p.w - 64
    coat_of_arms(p, p.w / 2, 40, 13, 0.35)
    y = _head_center(p, emp, 74, ["THE UNITED REPUBLIC OF TANZANIA"] if emp.kind != "lab" else None)
    abbr = "".join(w[0] for w in emp.name.split() if w[0].isupper())[:4]
    p.pieces(y, [(L, f"Ref. No. {abbr}/LAB/{_k(emp.name, job.start) % 90 + 10}/{_k(job.start) % 900 + 100}", "left"),
                 (R, D.ordinal_dmy(job.letter_date).replace(",", ""), "right")], F, 11)
    y += 34
    p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 11.5); y += 22
    nm = _name(job, person, "natural").upper()
    w = p.text(L, y, f"RE: CONFIRMATION OF EMPLOYMENT - {nm}", FB, 11.5)
    p.hline(L, L + w, y + 2, 0.6)
    y += 26
    st = D.ordinal_dmy(job.start).replace(",", "")
    if job.end is None:
        s1 = (f"This is to confirm that the above named has been working in our laboratory as {job.position} since "
              f"{st} to date.")
        tense = "present"
    else:
        s1 = (f"This is to confirm that the above named worked in our laboratory as {job.position} from {st} to "
              f"{D.ordinal_dmy(job.end).replace(',', '')}.")
        tense = "past"
    y = _par(p, L, y, s1, F, 11.5, R - L, 16)
    s2 = hours_sentence(job, person, tense)
    if job.departments:
        s2 += f" {person.pronoun('subj').capitalize()} {'has rotated' if tense == 'present' else 'rotated'} " \
              "through the following sections: " \
              f"{join_and(job.departments)}."
    y = _par(p, L, y, s2, F, 11.5, R - L, 16)
    y = _par(p, L, y, f"Any assistance accorded to {person.pronoun('obj')} will be highly appreciated.", F, 11.5,
             R - L, 16)
    p.text(L, y + 4, "Yours faithfully,", F, 11.5)
    y += 54
    p.signature(L + 6, y - 12, 110, rng)
    rubber_stamp(p, L + 280, y - 18, 44, 26)
    p.text(L, y, job.signer, FB, 11); y += 14
    p.text(L, y, "For: MEDICAL OFFICER IN-CHARGE" if emp.kind != "lab" else "For: LABORATORY MANAGER", F, 11)
    return LayoutResult("employment_letter", "east_south_service", FAMILY, [p], [nm],
                        info={"date_style": "ordinal_dmy"})


def _zm(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 54, p.w - 54
    coat_of_arms(p, p.w / 2, 40, 13, 0.35)
    y = _head_center(p, emp, 72, ["REPUBLIC OF ZAMBIA", "MINISTRY OF HEALTH"] if emp.kind != "lab" else None)
    p.text(p.w / 2, y, "SERVICE RECORD", FB, 14, "center"); y += 30
    nm = _name(job, person, "caps").upper()
    man = f"{_k(nm, 'man') % 90000000 + 10000000}"
    nrc = f"{_k(nm, 'nrc') % 900000 + 100000}/{_k(nm, 'd') % 80 + 10}/1"
    for a, b in (("Name", nm), ("Man No.", man), ("NRC No.", nrc)):
        p.pieces(y, [(L, f"{a}:", "left", F, 10), (L + 80, b, "left")], FB, 10)
        y += 14
    y += 8
    cols = [L + 4, L + 170, L + 240, L + 310]
    p.rect(L, y - 11, R - L, 16, 0.7)
    p.pieces(y, [(cols[0], "Post", "left"), (cols[1], "From", "left"), (cols[2], "To", "left"),
                 (cols[3], "Station", "left")], FB, 9.5)
    y += 18
    end = job.end
    months = ((end or job.letter_date) - job.start).days / 30.4
    st1 = f"{emp.name}, {emp.city}"
    if months > 30 and _k(nm, "split") % 2 == 0:
        cut = D.add_months(job.start, 12 + _k(nm, "cut") % 12)
        annex = f"{emp.city} Urban Clinic Laboratory ({emp.name.split()[0]})"
        rows = [(job.position, D.dmy_slash(job.start), D.dmy_slash(cut - dt.timedelta(days=1)), st1),
                (job.position, D.dmy_slash(cut), "To date" if end is None else D.dmy_slash(end), annex)]
    else:
        rows = [(job.position, D.dmy_slash(job.start), "To date" if end is None else D.dmy_slash(end), st1)]
    for a, b, c, d in rows:
        lines = wrap(d, "Helvetica", 9.5, R - cols[3] - 4)
        p.pieces(y, [(cols[0], a, "left"), (cols[1], b, "left"), (cols[2], c, "left"), (cols[3], lines[0], "left")],
                 F, 9.5)
        for ln in lines[1:]:
            y += 12
            p.text(cols[3], y, ln, F, 9.5)
        y += 16
    p.hline(L, R, y - 8, 0.7)
    y += 14
    cond = "Permanent and Pensionable" if emp.kind != "lab" else "Permanent"
    rows2 = [("Conditions of service", cond), ("Hours of work", hours_value(job))]
    if job.departments:
        rows2.append(("Sections served", ", ".join(job.departments)))
    for a, b in rows2:
        lines = wrap(b, F, 10, R - L - 140)
        p.pieces(y, [(L, f"{a}:", "left", FB, 10), (L + 140, lines[0], "left")], F, 10)
        for ln in lines[1:]:
            y += 13
            p.text(L + 140, y, ln, F, 10)
        y += 16
    y += 10
    p.text(L, y, f"Certified correct this {D.ordinal_suffix(job.letter_date.day)} day of "
                 f"{D.MONTHS[job.letter_date.month - 1]}, {job.letter_date.year}.", F, 10)
    y += 50
    p.signature(L + 6, y - 12, 110, rng)
    rubber_stamp(p, L + 280, y - 16, 44, 26)
    p.text(L, y, job.signer, FB, 10.5); y += 13
    p.text(L, y, "Human Resource Management Officer" if emp.kind != "lab" else job.signer_title, F, 10.5)
    return LayoutResult("employment_letter", "east_south_service", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash"})


def _za(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 58, p.w - 58
    p.logo(L + 16, 54, 18, _k(emp.name) % 3)
    p.text(R, 48, emp.name, FB, 13 if len(emp.name) < 40 else 10.5, "right")
    p.text(R, 61, emp.street, F, 8.5, "right")
    p.text(R, 72, f"Tel {emp.phone} | {emp.email}", F, 8.5, "right")
    p.hline(L, R, 82, 1.0)
    y = 116
    p.text(p.w / 2, y, "CERTIFICATE OF SERVICE", FB, 15, "center"); y += 16
    p.text(p.w / 2, y, "(in terms of Section 42 of the Basic Conditions of Employment Act, 1997)", FI, 9.5, "center")
    y += 34
    nm = _name(job, person, "natural")
    monthly = 14000 + (_k(nm, emp.name) % 140) * 150
    if job.hours < 35:
        monthly = monthly * job.hours // 40
    rows = [("Name of employer", emp.name), ("Address of employer", emp.street),
            ("Name of employee", nm), ("Employee number", f"P{_k(nm, 'emp') % 900000 + 100000}"),
            ("Date of engagement", D.iso(job.start)),
            ("Date of termination", D.iso(job.end) if job.end else "Not applicable - still in service"),
            ("Job title", job.position),
            ("Ordinary hours of work", hours_value(job)),
            ("Description of work", ("Analysis of patient specimens in " + join_and(job.departments))
             if job.departments else "General laboratory duties"),
            ("Remuneration at termination" if job.end else "Remuneration at date of issue",
             f"R {monthly // 1000} {monthly % 1000:03d}.00 per month (gross)"),
            ("Reason for termination", "Resignation" if job.end else "-")]
    for a, b in rows:
        lines = wrap(b, F, 10, R - L - 170)
        p.pieces(y, [(L, a, "left", FB, 10), (L + 170, lines[0], "left")], F, 10)
        for ln in lines[1:]:
            y += 13
            p.text(L + 170, y, ln, F, 10)
        y += 20
    y += 6
    p.text(L, y, "The reason for termination is stated only at the employee's request.", FI, 8.5)
    y += 50
    p.signature(L + 6, y - 12, 110, rng)
    rubber_stamp(p, L + 290, y - 14, 46, 26)
    p.text(L, y, job.signer, FB, 10.5); y += 13
    p.text(L, y, f"{job.signer_title}, authorised signatory", F, 10.5); y += 13
    p.text(L, y, f"Date: {D.iso(job.letter_date)}", F, 10.5)
    return LayoutResult("employment_letter", "east_south_service", FAMILY, [p], [nm],
                        info={"date_style": "iso"})


def east_south_service(job, person, rng, as_of):
    c = job.employer.country
    return {"TZ": _tz, "ZM": _zm}.get(c, _za)(job, person, rng)


LETTER_LAYOUTS = {"ph_jm_employment": (ph_jm_employment, FAMILY, ("PH", "JM")),
                  "east_south_service": (east_south_service, FAMILY, ("TZ", "ZM", "ZA"))}
