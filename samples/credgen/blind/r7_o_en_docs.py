"""Writer O, round 7: English-language diploma and letter for JP, KH and IN.

jp_kh_in_diploma (JP, KH, IN): JP an English translation, "(Translation)" at the top, "DIPLOMA",
    diploma number, name and era-dated birth, "This is to certify that ... has completed the course
    of the Department of Medical Technology, Faculty of Health Sciences of this University and is
    hereby awarded the degree of Bachelor of Health Science. March 20, 2020 (Reiwa 2)", the
    President's square red seal; KH bilingual, Khmer (drawn as pictures) above each English line:
    motto, "... has been awarded the degree of BACHELOR OF SCIENCE IN MEDICAL LABORATORY ... Phnom
    Penh, 15 August 2019", photo, round red seal; IN "... having passed the examination held in
    April 2019 and was placed in First Class with Distinction, has been admitted to the Degree of
    BACHELOR OF SCIENCE in MEDICAL LABORATORY TECHNOLOGY ... Given under the seal of the University",
    Register No.
jp_kh_in_letter (JP, KH, IN): JP translation of a "CERTIFICATE OF EMPLOYMENT (在職証明書)" table
    (the Japanese drawn as a picture): Name / Date of birth / Period of employment "April 1, 2020 –
    present" / Position / Department "Clinical Laboratory (Hematology, Biochemistry)" / Working
    hours; KH "CERTIFICATE OF WORK EXPERIENCE" short letter with Khmer heading, "from 01 March 2019
    to 28 February 2022"; IN private-hospital "EXPERIENCE CERTIFICATE": "... was working with us as
    Lab Technician (Trainee) from 10.06.2019 to 09.12.2019 and as Medical Lab Technologist from
    10.12.2019 till date", dd.mm.yyyy, signed "Head - HR" and "Chief Pathologist".
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, hours_sentence, join_and
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap, center_wrapped
from .r7_o_common import (EN_MONTHS, FAMILY, cjk_block, dob_of, remember_dob, era, k, khmer_line, kj, photo_box, place_image, red_seal,
                          stamp)
from .r7_o_jp import DEPT as JP_DEPT, jp_name, jp_ymd
from .r7_o_kh import kh_name
from .r7_o_in import PROG  # noqa: F401

IN_FULL = {"in_bsc_mlt": ("BACHELOR OF SCIENCE", "MEDICAL LABORATORY TECHNOLOGY", "B.Sc. Degree Examination in "
                          "Medical Laboratory Technology"),
           "in_bsc_micro": ("BACHELOR OF SCIENCE", "MICROBIOLOGY", "B.Sc. Degree Examination in Microbiology"),
           "in_dmlt": ("DIPLOMA", "MEDICAL LABORATORY TECHNOLOGY", "Diploma Examination in Medical Laboratory "
                       "Technology")}


def jp_kh_in_diploma(s, person, rng):
    remember_dob(person, s.dob)
    return {"JP": _jp, "KH": _kh, "IN": _in}[s.institution.country](s, person, rng)


def _jp(s, person, rng):
    inst, cur = s.institution, s.curriculum
    fac, dept, deg = JP_DEPT.get(cur.id, ("", "", cur.title))
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    name = jp_name(person)
    p.text(60, 56, "(Translation)", "Times-Italic", 11)
    p.text(p.w - 60, 56, f"No. {k(s, 'jp-dip') % 9000 + 1000}", F, 11, "right")
    p.text(p.w / 2, 150, "DIPLOMA", FB, 26, "center")
    y = 220
    p.text(p.w / 2, y, name, FB, 18, "center"); y += 24
    p.text(p.w / 2, y, f"Date of Birth: {jp_ymd(s.dob)}", F, 11.5, "center"); y += 50
    y = center_wrapped(p, y, f"This is to certify that the above-named person has completed the course of the {dept}, "
                f"{fac} of this University and is hereby awarded the degree of {deg}.", F, 14, p.w - 150, 22)
    d = s.conferred
    e, n = era(d)
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} ({e} {n})"
    y += 40
    p.text(p.w / 2, y, when, F, 13, "center"); y += 70
    p.text(p.w / 2, y, f"{inst.name}", FB, 14, "center"); y += 22
    p.text(p.w / 2, y, f"President {['Ichiro Nagata', 'Shigeru Kondo', 'Reiko Ishida'][k(s, 'pres') % 3]}", F, 12.5,
           "center")
    place_image(p, p.w / 2 + 120, y - 6, 56, 56, red_seal(rng, 56, square=True, star=False))
    y += 40
    p.text(p.w / 2, y, f"Degree Registration No.: Gakushi (Hoken-gaku) No. {k(s, 'jp-reg') % 900 + 100}", F, 10,
           "center")
    return LayoutResult("diploma", "jp_kh_in_diploma", FAMILY, [p], [name], info={"conferred_printed": when})


def _kh(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    p.border(18, 2.2, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = kh_name(person)
    hon = "Ms." if person.sex == "F" else "Mr."
    kx = p.w - 150
    khmer_line(p, kx, 46, 12, 10, 11, "center", bold=True)
    p.text(kx, 66, "KINGDOM OF CAMBODIA", FB, 10, "center")
    khmer_line(p, kx, 84, 9, 8.5, 12, "center")
    p.text(kx, 101, "NATION RELIGION KING", FB, 9, "center")
    p.logo(110, 70, 24, 2)
    khmer_line(p, 110, 112, inst.extra["kh"], 8, 77, "center")
    p.text(110, 124, inst.name, FB, 8.5, "center")
    photo_box(p, 60, p.h - 190, 72, 92)
    y = 150
    khmer_line(p, p.w / 2, y, 8, 16, 5, "center", bold=True); y += 26
    p.text(p.w / 2, y, "BACHELOR'S DEGREE", FB, 20, "center"); y += 30
    W = p.w - 300
    lines = [(f"The Rector of {inst.name} certifies that", FI, 12.5),
             (f"{hon} {name}", FB, 17),
             (f"born on {D.long_dmy(s.dob)}, Student ID {s.student_no},", FI, 12),
             ("has been awarded the degree of", FI, 12.5),
             (cur.title.upper(), FB, 16),
             ("with all the rights and privileges pertaining thereto.", FI, 12)]
    for i, (txt, f, sz) in enumerate(lines):
        khmer_line(p, p.w / 2, y, max(6, min(28, len(txt) // 3)), 8, 100 + i, "center")
        y += 16
        y = center_wrapped(p, y, txt, f, sz, W, sz + 5) + 4
    when = f"{inst.city}, {D.long_dmy(s.conferred)}"
    khmer_line(p, p.w - 190, p.h - 132, 14, 8, 200, "center")
    p.text(p.w - 190, p.h - 118, when, F, 11.5, "center")
    p.signature(p.w - 240, p.h - 76, 100, rng)
    p.text(p.w - 190, p.h - 60, inst.extra["rector"], FB, 10.5, "center")
    p.text(p.w - 190, p.h - 48, "Rector", F, 10, "center")
    place_image(p, p.w - 250, p.h - 86, 76, 76, red_seal(rng, 76))
    p.text(60, p.h - 40, f"Registration No. {k(s, 'kh-reg') % 90000 + 10000}/{s.conferred.year % 100:02d} MoEYS",
           F, 8.5)
    return LayoutResult("diploma", "jp_kh_in_diploma", FAMILY, [p], [f"{hon} {name}"], info={"conferred_printed": when})


def _in(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(24, 2.0, 0.35)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = name_form(person, "caps")
    deg, subj, examname = IN_FULL.get(cur.id, (cur.title.upper(), "", cur.title))
    exam = f"April {s.terms[-1].start_year + 1}"
    cls = s.honours or "First Class"
    p.pieces(56, [(50, f"Register No. {s.student_no}", "left"),
                  (p.w - 50, f"No. KD/{s.conferred.year}/{k(s, 'in-dc') % 90000 + 10000}", "right")], F, 9.5)
    p.logo(p.w / 2, 96, 26, 0)
    y = 152
    p.text(p.w / 2, y, inst.name.upper(), FB, 19, "center"); y += 50
    y = center_wrapped(p, y, f"I hereby certify that {name} having passed the {examname} held in {exam} and was placed in "
                f"{cls},", FI, 13.5, p.w - 140, 19) + 12
    p.text(p.w / 2, y, "has been admitted to the" if deg != "DIPLOMA" else "has been awarded the", FI, 13.5, "center")
    y += 34
    p.text(p.w / 2, y, f"Degree of {deg}" if deg != "DIPLOMA" else deg, FB, 18, "center"); y += 24
    if subj:
        p.text(p.w / 2, y, "in", FI, 13, "center"); y += 24
        p.text(p.w / 2, y, subj, FB, 17, "center"); y += 34
    y = center_wrapped(p, y, "of this University. Given under the seal of the University.", FI, 13, p.w - 140, 19)
    when = f"{s.conferred.day:02d}-{s.conferred.month:02d}-{s.conferred.year}"
    p.seal(p.w / 2, p.h - 150, 34, 0.5)
    p.text(60, p.h - 90, f"{inst.city}", F, 10.5)
    p.text(60, p.h - 76, when, F, 10.5)
    p.signature(p.w - 190, p.h - 90, 110, rng)
    p.text(p.w - 130, p.h - 76, "Vice-Chancellor", FB, 11, "center")
    return LayoutResult("diploma", "jp_kh_in_diploma", FAMILY, [p], [name],
                        info={"conferred_printed": when, "division": cls})


# =============================================================================================

def jp_kh_in_letter(job, person, rng, as_of):
    return {"JP": _jp_l, "KH": _kh_l, "IN": _in_l}[job.employer.country](job, person, rng)


def _mdy(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _jp_hours(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"{h} hours per week", "fulltime_only": "Full-time (regular employee)",
            "fulltime_hours": f"Full-time (regular employee), {h} hours per week",
            "parttime_hours": f"Part-time, {h} hours per week",
            "daily": f"Full-time, 8 hours a day, {h // 8} days a week"}[st]


def _jp_l(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 70, p.w - 70
    name = job.name_override or f"{person.given} {person.surname}"
    p.text(L, 50, "(Translation)", "Times-Italic", 10)
    p.text(R, 50, f"No. {kj(job, 'jpno') % 900 + 100}", F, 10, "right")
    p.text(R, 64, _mdy(job.letter_date), F, 10, "right")
    y = 120
    cjk_block(p, p.w / 2, y, 5, 16, kj(job, 'zh') % 1000, bold=True); y += 26
    p.text(p.w / 2, y, "CERTIFICATE OF EMPLOYMENT", FB, 15, "center"); y += 40
    present = job.end is None
    period = f"{_mdy(job.start)} – present" if present else f"{_mdy(job.start)} – {_mdy(job.end)}"
    dept = "Clinical Laboratory" + (f" ({', '.join(job.departments)})" if job.departments and job.areas else "")
    if job.departments and not job.areas:
        dept = ", ".join(job.departments)
    rows = [("Name", name), ("Date of birth", jp_ymd(dob_of(person)) if dob_of(person) else ""),
            ("Period of employment", period), ("Position", job.position), ("Department", dept),
            ("Working hours", _jp_hours(job))]
    rows = [r for r in rows if r[1]]
    x1 = L + 150
    p.hline(L, R, y, 0.8)
    for lab, val in rows:
        lines = wrap(val, F, 11, R - x1 - 12)
        h = 12 + 15 * len(lines)
        p.pieces(y + 16, [(L + 8, lab, "left", FB, 11), (x1 + 8, lines[0], "left")], F, 11)
        for i, ln in enumerate(lines[1:], 1):
            p.text(x1 + 8, y + 16 + 15 * i, ln, F, 11)
        p.vline(x1, y, y + h, 0.5)
        y += h
        p.hline(L, R, y, 0.6)
    p.vline(L, y - sum(12 + 15 * len(wrap(v, F, 11, R - x1 - 12)) for _, v in rows), y, 0.8)
    p.vline(R, y - sum(12 + 15 * len(wrap(v, F, 11, R - x1 - 12)) for _, v in rows), y, 0.8)
    y += 34
    p.text(L, y, "We hereby certify that the above is true and correct.", F, 11.5); y += 60
    p.text(R - 20, y, emp.name, FB, 11.5, "right"); y += 15
    p.text(R - 20, y, f"{emp.street}, {emp.city}, {emp.region}", F, 10, "right"); y += 15
    p.text(R - 20, y, f"Director {job.signer}", F, 11, "right")
    place_image(p, R - 10, y - 10, 50, 50, red_seal(rng, 50, square=True, star=False))
    return LayoutResult("employment_letter", "jp_kh_in_letter", FAMILY, [p], [name],
                        info={"date_style": "long_mdy", "hours_facts": hours_facts(job)})


def _d2(d):
    return f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}"


def _kh_l(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, W = 72, p.w - 144
    fem = person.sex == "F"
    hon = "Ms." if fem else "Mr."
    name = job.name_override or kh_name(person)
    khmer_line(p, p.w - 150, 40, 12, 9, 11, "center", bold=True)
    p.text(p.w - 150, 57, "KINGDOM OF CAMBODIA", FB, 9, "center")
    khmer_line(p, p.w - 150, 72, 9, 8, 12, "center")
    p.text(p.w - 150, 88, "NATION RELIGION KING", FB, 8, "center")
    p.logo(L + 10, 60, 18, kj(job, 'logo') % 3)
    khmer_line(p, L - 10, 100, 10, 8, kj(job, 'kh') % 500, "left")
    p.text(L - 10, 112, emp.name, FB, 10)
    p.text(L - 10, 123, f"{emp.street}, {emp.city}", F, 8.5)
    p.text(L - 10, 133, f"Tel: {emp.phone} E-mail: {emp.email}", F, 8.5)
    p.text(L - 10, 150, f"No. {kj(job, 'khno') % 900 + 100} HR/{job.letter_date.year % 100:02d}", F, 9.5)
    y = 186
    khmer_line(p, p.w / 2, y, 9, 13, 31, "center", bold=True); y += 22
    p.text(p.w / 2, y, "CERTIFICATE OF WORK EXPERIENCE", FB, 14, "center"); y += 36
    per = (f"from {_d2(job.start)} to present" if job.end is None else f"from {_d2(job.start)} to {_d2(job.end)}")
    where = (f" in the Laboratory Department ({join_and(job.departments)})" if job.departments and job.areas else
             f" in the {join_and(job.departments)}" if job.departments else "")
    born = f"born on {_d2(dob_of(person))}, " if dob_of(person) else ""
    verb = "has been working" if job.end is None else "has worked"
    y = p.paragraph(L, y, f"This is to certify that {hon} {name}, {born}{verb} at {emp.name} "
                    f"as {job.position}{where} {per}.", F, 11.5, W, 17) + 6
    y = p.paragraph(L, y, hours_sentence(job, person, "present" if job.end is None else "past"), F, 11.5, W, 17) + 6
    y = p.paragraph(L, y, "During this period, " + ("she" if fem else "he") + " has shown good conduct, "
                    "responsibility and professional skill. This certificate is issued for whatever purpose it may "
                    "serve.", F, 11.5, W, 17) + 30
    p.text(p.w - 90, y, f"{emp.city}, {_d2(job.letter_date)}", F, 11, "right"); y += 50
    p.signature(p.w - 220, y - 16, 110, rng)
    p.text(p.w - 160, y, job.signer, FB, 11, "center"); y += 14
    p.text(p.w - 160, y, "Hospital Director" if emp.kind != "lab" else "Managing Director", F, 10.5, "center")
    place_image(p, p.w - 200, y - 26, 64, 64, red_seal(rng, 64))
    return LayoutResult("employment_letter", "jp_kh_in_letter", FAMILY, [p], [f"{hon} {name}"],
                        info={"date_style": "long_dmy", "hours_facts": hours_facts(job)})


def _in_l(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, W = 66, p.w - 132
    fem = person.sex == "F"
    hon = "Ms." if fem else "Mr."
    name = job.name_override or name_form(person, "natural_initial")
    p.logo(74, 56, 20, 0)
    p.text(p.w / 2, 50, emp.name.upper(), FB, 15, "center")
    p.text(p.w / 2, 64, "(A Unit of " + emp.name.split()[0] + " Healthcare Pvt. Ltd.) - NABH & NABL Accredited", F,
           8.5, "center")
    p.text(p.w / 2, 76, f"{emp.street}, {emp.city} | Ph: {emp.phone} | {emp.email}", F, 8.5, "center")
    p.hline(40, p.w - 40, 84, 1.4)
    p.hline(40, p.w - 40, 87, 0.4)
    y = 112
    p.pieces(y, [(L, f"Ref: HR/EXP/{job.letter_date.year}/{kj(job, 'inref') % 900 + 100}", "left"),
                 (L + W, f"Date: {D.dmy_dot(job.letter_date)}", "right")], F, 10.5); y += 40
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 14, "center")
    p.hline(p.w / 2 - 90, p.w / 2 + 90, y + 3, 0.7); y += 34
    end = job.end
    months = ((end or job.letter_date) - job.start).days / 30.4
    split = months >= 10 and job.areas
    dept = (f" in the Department of Laboratory Medicine ({join_and(job.departments)})" if job.areas and
            job.departments else f" in the {join_and(job.departments)}" if job.departments else "")
    if split:
        t_end = D.add_months(job.start, 6) - dt.timedelta(days=1)
        trainee = f"{job.position} (Trainee)" if "Technician" in job.position else "Lab Technician (Trainee)"
        first = f"{trainee} from {D.dmy_dot(job.start)} to {D.dmy_dot(t_end)}"
        second = f"{job.position}{dept} from {D.dmy_dot(t_end + dt.timedelta(days=1))} " + \
            ("till date" if end is None else f"to {D.dmy_dot(end)}")
        body = (f"This is to certify that {hon} {name} {'is' if end is None else 'was'} working with us as {first} "
                f"and as {second}.")
    else:
        body = (f"This is to certify that {hon} {name} {'is' if end is None else 'was'} working with us as "
                f"{job.position}{dept} from {D.dmy_dot(job.start)} " +
                ("till date." if end is None else f"to {D.dmy_dot(end)}."))
    y = p.paragraph(L, y, body, F, 11.5, W, 17) + 8
    y = p.paragraph(L, y, hours_sentence(job, person, "present" if end is None else "past"), F, 11.5, W, 17) + 8
    his = "her" if fem else "his"
    y = p.paragraph(L, y, f"During {his} tenure {'she' if fem else 'he'} was found to be sincere, hardworking and "
                    f"technically sound. We wish {'her' if fem else 'him'} all success in {his} future endeavours.",
                    F, 11.5, W, 17) + 70
    p.signature(L, y - 16, 100, rng)
    p.signature(L + W - 140, y - 16, 100, rng)
    p.pieces(y, [(L, job.signer, "left"), (L + W, "Dr. " + ["K. Radhakrishnan", "S. Meenakshi", "A. Thomas"][
        kj(job, 'path') % 3], "right")], FB, 10.5); y += 14
    p.pieces(y, [(L, "Head - HR", "left"), (L + W, "Chief Pathologist", "right")], F, 10.5)
    stamp(p, p.w / 2 - 60, y + 20, [emp.name.upper()[:34], "HUMAN RESOURCES"], size=7, gray=0.35)
    return LayoutResult("employment_letter", "jp_kh_in_letter", FAMILY, [p], [f"{hon} {name}"],
                        info={"date_style": "dmy_dot", "hours_facts": hours_facts(job)})


DIPLOMA_LAYOUTS = {"jp_kh_in_diploma": (jp_kh_in_diploma, FAMILY, ("JP", "KH", "IN"))}
LETTER_LAYOUTS = {"jp_kh_in_letter": (jp_kh_in_letter, FAMILY, ("JP", "KH", "IN"))}
