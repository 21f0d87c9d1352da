"""Employment-letter layouts and the department phrases they print.

Letters state the period ("from March 1, 2018 to present", "until 31/08/2021",
"w.e.f. 01.06.2019 till 31.08.2021"), the hours ("40 hours per week", "full-time",
"part-time, 20 hours a week", "8 hours a day, 6 days a week") and the laboratory sections in
free phrases ("Blood Bank/Immunohematology", "Hematology and Coagulation", "Chemical
Pathology"). DEPARTMENT_PHRASES maps each printed phrase to the normalised lab area of
criteria.md; the truth keeps both.

`letter_coe` (train): Philippine-style Certificate of Employment, centred letterhead.
`letter_block` (train): block letter, left letterhead with rule, reference number.
`letter_experience_cert` (heldout): Indian/Nigerian "EXPERIENCE CERTIFICATE", Times,
dotted dates, "w.e.f. ... till ...", place/date footer.
`letter_verification_form` (heldout): label/value verification form in Courier with
"Dates of Employment: 03/01/2018 - present" and "Scheduled Hours".
`cover_note`: a candidate's covering note, only inside bundles (segment type "other").
"""

from . import dates as D
from .layouts_transcript import LayoutResult
from .names import COUNTRY_NAMES, name_form
from .pagekit import A4, LETTER, Page, wrap

# area -> printed phrases, by country ("*" = any)
DEPARTMENT_PHRASES = {
    "blood_bank": {"PH": ["Blood Bank/Immunohematology", "Blood Bank"],
                   "NG": ["Blood Transfusion Science", "Blood Bank"],
                   "IN": ["Blood Bank", "Blood Bank and Transfusion Services"],
                   "US": ["Blood Bank", "Transfusion Service"]},
    "chemistry": {"PH": ["Clinical Chemistry"], "NG": ["Chemical Pathology", "Clinical Chemistry"],
                  "IN": ["Biochemistry", "Clinical Biochemistry"], "US": ["Chemistry", "Clinical Chemistry"]},
    "hematology": {"PH": ["Hematology and Coagulation", "Hematology"], "NG": ["Haematology"],
                   "IN": ["Haematology", "Hematology"], "US": ["Hematology and Coagulation", "Hematology"]},
    "microbiology": {"*": ["Microbiology", "Bacteriology"], "NG": ["Medical Microbiology", "Microbiology"]},
    "immunology": {"*": ["Serology/Immunology", "Immunology", "Serology"]},
    "urinalysis": {"PH": ["Clinical Microscopy"], "IN": ["Clinical Pathology"], "*": ["Urinalysis"]},
    "molecular": {"*": ["Molecular", "Molecular Diagnostics (PCR)"]},
    "phlebotomy": {"*": ["Phlebotomy", "Specimen Collection"]},
    "other": {"*": ["Histopathology", "Cytology"]},
}


def department_phrase(rng, area, country):
    opts = DEPARTMENT_PHRASES[area].get(country) or DEPARTMENT_PHRASES[area]["*"]
    return rng.choice(opts)


def join_and(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def hours_sentence(job, person, tense):
    he, his = person.pronoun("subj").capitalize(), person.pronoun("poss")
    works = {"present": "works", "past": "worked"}[tense]
    is_ = {"present": "is", "past": "was"}[tense]
    st = job.hours_style
    if st == "hours":
        return f"{he} {works} {job.hours} hours per week."
    if st == "fulltime_only":
        return f"{he} {is_} employed on a full-time basis."
    if st == "fulltime_hours":
        return f"{he} {is_} employed full-time ({job.hours} hours per week)."
    if st == "parttime_hours":
        return f"{he} {works} part-time, {job.hours} hours a week."
    if st == "daily":
        return f"{his.capitalize()} schedule {is_} full-time, 8 hours a day, {job.hours // 8} days a week."
    raise ValueError(st)


def hours_facts(job):
    """What a prose letter states: (hours number or None, says full-time, says part-time)."""
    st = job.hours_style
    return {"hours": (job.hours, False, False), "fulltime_only": (None, True, False),
            "fulltime_hours": (job.hours, True, False), "parttime_hours": (job.hours, False, True),
            "daily": (job.hours, True, False)}[st]


def dept_sentence(job, person, variant):
    if not job.departments:
        return ""
    he, his = person.pronoun("subj").capitalize(), person.pronoun("poss")
    d = join_and(job.departments)
    if variant == 0:
        return f"During {his} employment {person.pronoun('subj')} was assigned to the following sections: {d}."
    if variant == 1:
        return f"{he} rotated through {d}."
    return f"{he} performed routine and special laboratory tests in {d}."


def printed_name(job, person, form):
    if job.name_override:
        return job.name_override
    return name_form(person, form)


def _letterhead_center(p, emp, y, rng):
    p.logo(70, y + 8, 18, rng.randrange(3))
    p.text(p.w / 2, y, emp.name.upper(), "Helvetica-Bold", 15, "center"); y += 14
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}, {emp.region}", "Helvetica", 9, "center"); y += 11
    p.text(p.w / 2, y, f"Tel. {emp.phone} | {emp.email}", "Helvetica", 9, "center"); y += 8
    p.hline(50, p.w - 50, y, 1.2)
    return y + 30


def _period_phrase(job, fmt, present_words="to present"):
    start = fmt(job.start)
    if job.end is None:
        return f"from {start} {present_words}"
    return f"from {start} until {fmt(job.end)}"


def letter_coe(job, person, rng, as_of):
    emp = job.employer
    p = Page(LETTER if emp.country in ("PH", "US") else A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    y = _letterhead_center(p, emp, 52, rng)
    dfmt = D.long_mdy if emp.country in ("PH", "US") else D.long_dmy
    p.text(p.w - 60, y, dfmt(job.letter_date), F, 10.5, "right"); y += 36
    p.text(p.w / 2, y, "CERTIFICATE OF EMPLOYMENT", FB, 14, "center"); y += 34
    p.text(60, y, "TO WHOM IT MAY CONCERN:", FB, 10.5); y += 26
    nm = printed_name(job, person, "natural_initial")
    hon = person.honorific("Ms.")
    words = rng.random() < 0.25
    if words:
        start = f"the {D.words_day_of(job.start)}"
        period = (f"since {start} up to the present" if job.end is None else
                  f"from {start} until the {D.words_day_of(job.end)}")
    else:
        period = _period_phrase(job, dfmt)
    tense = "present" if job.end is None else "past"
    verb = "has been employed" if job.end is None else "was employed"
    body = [f"This is to certify that {hon} {nm} {verb} as {job.position} in this institution "
            f"{period}.",
            hours_sentence(job, person, tense) + (" " + dept_sentence(job, person, rng.randrange(3))
                                                  if job.departments else ""),
            f"This certification is issued upon the request of {hon} {job.surname_override or person.surname} "
            f"for whatever legal purpose it may serve."]
    for par in body:
        for ln in wrap(par, F, 11, p.w - 120):
            p.text(60, y, ln, F, 11)
            y += 16
        y += 10
    issued = (f"Issued this {D.ordinal_suffix(job.letter_date.day)} day of "
              f"{D.MONTHS[job.letter_date.month - 1]} {job.letter_date.year} at {emp.city}, "
              f"{COUNTRY_NAMES[emp.country]}.")
    for ln in wrap(issued, F, 11, p.w - 120):
        p.text(60, y, ln, F, 11); y += 16
    y += 40
    p.signature(64, y - 14, 110, rng)
    p.text(60, y, job.signer.upper(), FB, 10.5); y += 13
    p.text(60, y, job.signer_title, F, 10.5); y += 13
    p.text(60, y, emp.name, F, 10.5)
    p.text(p.w / 2, p.h - 36, "Not valid without the official dry seal", "Helvetica-Oblique", 7.5, "center")
    return LayoutResult("employment_letter", "letter_coe", "train", [p], [f"{hon} {nm}"],
                        info={"date_style": "words" if words else dfmt.__name__})


def letter_block(job, person, rng, as_of):
    emp = job.employer
    us = emp.country == "US"
    p = Page(LETTER if us else A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    y = 56
    p.logo(p.w - 80, 60, 16, rng.randrange(3))
    p.text(56, y, emp.name, FB, 16); y += 14
    p.text(56, y, f"{emp.street} - {emp.city}, {emp.region}", F, 9); y += 11
    p.text(56, y, f"{emp.phone} - {emp.email}", F, 9); y += 8
    p.hline(56, p.w - 56, y, 0.5)
    y += 32
    dfmt = rng.choice([D.mdy_slash, D.long_mdy]) if us else rng.choice([D.dmy_slash, D.long_dmy, D.ordinal_dmy])
    ref = f"Ref: HR/{job.letter_date.year}/{rng.randrange(100, 999)}"
    p.pieces(y, [(56, ref, "left"), (p.w - 56, dfmt(job.letter_date), "right")], F, 10.5); y += 34
    p.text(56, y, "To whom it may concern", FB, 11); y += 24
    nm = printed_name(job, person, rng.choice(["natural_initial", "natural"]))
    hon = person.honorific(rng.choice(["Ms.", "Miss"]) if emp.country == "NG" else "Ms.")
    tense = "present" if job.end is None else "past"
    verb = "has been employed" if job.end is None else "was employed"
    body = [f"This is to confirm that {hon} {nm} {verb} by {emp.name} as {job.position} "
            + (f"from {dfmt(job.start)} to present." if job.end is None else
               f"from {dfmt(job.start)} {rng.choice(['to', 'until'])} {dfmt(job.end)}."),
            hours_sentence(job, person, tense),
            dept_sentence(job, person, rng.randrange(3)),
            f"{person.pronoun('poss').capitalize()} duties included receiving and processing "
            "specimens, running analyzers with their daily quality control, and reporting "
            "results to the clinicians.",
            ("Please contact this office if you need any further information." if us else
             "We wish " + person.pronoun("obj") + " every success in " + person.pronoun("poss")
             + " future endeavours.")]
    for par in body:
        if not par:
            continue
        for ln in wrap(par, F, 11, p.w - 112):
            p.text(56, y, ln, F, 11)
            y += 15.5
        y += 9
    y += 6
    p.text(56, y, "Sincerely," if us else "Yours faithfully,", F, 11); y += 44
    p.signature(60, y - 16, 100, rng)
    p.text(56, y, job.signer, FB, 11); y += 14
    p.text(56, y, job.signer_title, F, 11)
    return LayoutResult("employment_letter", "letter_block", "train", [p], [f"{hon} {nm}"],
                        info={"date_style": dfmt.__name__})


def letter_experience_cert(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4 if emp.country != "US" else LETTER)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    y = 60
    p.text(p.w / 2, y, emp.name, FB, 18, "center"); y += 16
    p.text(p.w / 2, y, f"{emp.street}, {emp.city} - {emp.region}", FI, 10.5, "center"); y += 13
    p.spaced(p.w / 2, y, [f"Phone: {emp.phone}", f"E-mail: {emp.email}"], F, 10, 14, "center"); y += 6
    p.hline(48, p.w - 48, y, 0.4); p.hline(48, p.w - 48, y + 2, 1.2)
    y += 50
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 15, "center")
    p.hline(p.w / 2 - 95, p.w / 2 + 95, y + 4, 0.8)
    y += 44
    nm = printed_name(job, person, "natural")
    rel = "D/o" if person.sex == "F" else "S/o"
    hon = person.honorific("Ms.")
    who = f"{hon} {nm}"
    if emp.country == "IN" and person.middle and not job.name_override:
        who += f", {rel} Shri {person.middle} {person.surname}"
    if job.end is None:
        period = f"w.e.f. {D.dmy_dot(job.start)} and is presently working with us"
        verb = "has been working"
    else:
        period = f"w.e.f. {D.dmy_dot(job.start)} till {D.dmy_dot(job.end)}"
        verb = "has worked"
    pars = [f"This is to certify that {who} {verb} in our laboratory as {job.position} {period}.",
            (f"{person.pronoun('subj').capitalize()} has worked in the departments of "
             f"{join_and(job.departments)}." if job.departments else ""),
            hours_sentence(job, person, "present" if job.end is None else "past"),
            f"{person.pronoun('poss').capitalize()} conduct and character during this period were good."]
    for par in pars:
        if not par:
            continue
        for ln in wrap(par, F, 12, p.w - 130):
            p.text(65, y, ln, F, 12)
            y += 18
        y += 10
    y += 40
    p.text(65, y, f"Place: {emp.city}", F, 12)
    p.signature(p.w - 230, y + 10, 110, rng)
    y += 16
    p.text(65, y, f"Date: {D.dmy_dot(job.letter_date)}", F, 12); y += 46
    p.text(p.w - 65, y, job.signer, FB, 12, "right"); y += 15
    p.text(p.w - 65, y, job.signer_title, FI, 12, "right")
    return LayoutResult("employment_letter", "letter_experience_cert", "heldout", [p],
                        [f"{hon} {nm}"], info={"date_style": "dmy_dot"})


def letter_verification_form(job, person, rng, as_of):
    emp = job.employer
    us = emp.country == "US"
    p = Page(LETTER if us else A4)
    F, FB = "Courier", "Courier-Bold"
    dfmt = D.mdy_slash if us else D.dmon_y
    y = 54
    p.text(54, y, emp.name.upper(), FB, 12); y += 13
    p.text(54, y, f"{emp.city}, {emp.region} * {emp.phone}", F, 9); y += 30
    p.text(p.w / 2, y, "EMPLOYMENT VERIFICATION", FB, 14, "center"); y += 30
    box_top = y - 14
    nm = printed_name(job, person, "natural_initial")
    status = {"hours": "Full-time" if job.hours >= 35 else "Part-time",
              "fulltime_only": "Full-time", "fulltime_hours": "Full-time",
              "parttime_hours": "Part-time", "daily": "Full-time"}[job.hours_style]
    hours_txt = ("Not specified" if job.hours_style == "fulltime_only"
                 else f"{job.hours} per week")
    end = "present" if job.end is None else dfmt(job.end)
    rows = [("Employee Name", nm), ("Job Title", job.position),
            ("Dates of Employment", f"{dfmt(job.start)} - {end}"),
            ("Employment Status", status), ("Scheduled Hours", hours_txt),
            ("Laboratory Sections", "; ".join(job.departments) if job.departments else "-")]
    for label, val in rows:
        lines = wrap(val, F, 10, p.w - 290)
        p.pieces(y, [(60, label + ":", "left", FB, 10), (230, lines[0], "left")], F, 10)
        for extra in lines[1:]:
            y += 14
            p.text(230, y, extra, F, 10)
        y += 24
    p.rect(48, box_top, p.w - 96, y - box_top - 6, 0.6, 0.2)
    y += 30
    p.text(54, y, "The information above is taken from our personnel records.", F, 9.5); y += 52
    p.signature(230, y - 14, 110, rng)
    p.pieces(y, [(60, "Verified by:", "left", FB, 10), (230, job.signer, "left")], F, 10); y += 16
    p.pieces(y, [(60, "Title:", "left", FB, 10), (230, job.signer_title, "left")], F, 10); y += 16
    p.pieces(y, [(60, "Date:", "left", FB, 10), (230, dfmt(job.letter_date), "left")], F, 10)
    return LayoutResult("employment_letter", "letter_verification_form", "heldout", [p], [nm],
                        info={"date_style": dfmt.__name__,
                              "hours_facts": (None if job.hours_style == "fulltime_only" else job.hours,
                                              status == "Full-time", status == "Part-time")})


def cover_note(person, docs_desc, rng, when):
    p = Page(LETTER)
    F = "Helvetica"
    y = 80
    nm = name_form(person, "natural")
    p.text(72, y, nm, "Helvetica-Bold", 11); y += 14
    p.text(72, y, D.long_mdy(when), F, 11); y += 36
    p.text(72, y, "Dear Credentials Evaluator,", F, 11); y += 24
    txt = (f"Enclosed please find my {docs_desc} for the evaluation of my eligibility to take "
           "the certification examination. Kindly contact me by e-mail if anything is missing.")
    for ln in wrap(txt, F, 11, p.w - 144):
        p.text(72, y, ln, F, 11); y += 16
    y += 24
    p.text(72, y, "Respectfully yours,", F, 11); y += 50
    p.signature(76, y - 14, 90, rng)
    p.text(72, y, nm, F, 11)
    return LayoutResult("other", "cover_note", "any", [p], [nm])


LETTER_LAYOUTS = {
    "letter_coe": (letter_coe, "train", ("PH", "NG", "IN")),
    "letter_block": (letter_block, "train", ("PH", "NG", "IN", "US")),
    "letter_experience_cert": (letter_experience_cert, "heldout", ("IN", "NG", "PH")),
    "letter_verification_form": (letter_verification_form, "heldout", ("US", "PH", "NG", "IN")),
}
