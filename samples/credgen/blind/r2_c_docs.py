"""Writer C, round 2: diplomas and letters shared by several countries.

gb_lk_degree_certificate (GB, LK): "The University of X / This is to certify that ... has been
    awarded the degree of Bachelor of Science with Honours in ..., Second Class (Upper
    Division), at a congregation held on 7 July 2019", crest box, Vice-Chancellor.
pl_dyplom_bilingual (PL, PH, IN): Polish "DYPLOM ukończenia studiów pierwszego stopnia" with
    its English translation below, Polish and English dates, Nr albumu / Nr dyplomu; the PH
    and IN versions keep the same sheet design with their own wording.
nhs_reference_letter (GB, PL, LK): NHS-style trust pathology reference, "Re: Confirmation of
    employment - Name", band, contract hours, Blood Sciences grouping, dates in words.
experience_cert_table (IN, PH, LK): "EXPERIENCE CERTIFICATE" as a two-column boxed table,
    working hours as a clock range and weekdays, signed by the Medical Superintendent.
"""

from .. import dates as D
from ..layouts_letter import join_and
from ..layouts_transcript import LayoutResult
from ..names import COUNTRY_NAMES, SIGNERS, name_form
from ..pagekit import A4, LEGAL_PH, Page, wrap, center_wrapped
from .r2_c_common import FAMILY, crest_box

PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]


def pl_date(d):
    return f"{d.day} {PL_MONTHS[d.month - 1]} {d.year} r."


# =============================================================================================
# (a) GB / LK degree certificate

def gb_lk_degree_certificate(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(26, 1.4, 0.35, double=True, corners=False)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    crest_box(p, p.w / 2, 112, 70, 76)
    nm = inst.name if not inst.name.startswith("University of") else "The " + inst.name
    y = 200
    p.text(p.w / 2, y, nm, FB, 24 if len(nm) < 30 else 20, "center"); y += 20
    if inst.country == "LK":
        p.text(p.w / 2, y, "Sri Lanka", FI, 13, "center"); y += 16
    y += 40
    name = name_form(person, "natural") if inst.country == "GB" else name_form(person, "caps")
    p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 40
    p.text(p.w / 2, y, name, "Times-BoldItalic", 22, "center"); y += 36
    if inst.country == "GB":
        from .r2_c_gb import DEGREE_SHORT, classification
        award, subject = DEGREE_SHORT[cur.id][:2]
        cls = classification(s)[2]
        lead = "having followed an approved programme of study has been awarded the degree of"
        held = f"at a congregation held on {D.long_dmy(s.conferred)}"
        signer_title = "Vice-Chancellor"
    else:
        from .r2_c_lk import lk_result
        award, subject = cur.title.split(" in ", 1)
        cls = lk_result(s)[1]
        lead = ("having satisfied the examiners at the examinations prescribed by the University "
                "was admitted to the degree of")
        held = f"at the General Convocation held on {D.long_dmy(s.conferred)}"
        signer_title = "Vice-Chancellor"
    y = center_wrapped(p, y, lead, FI, 14, 400, 19) + 14
    p.text(p.w / 2, y, award, FB, 18, "center"); y += 22
    p.text(p.w / 2, y, f"in {subject}", FB, 18, "center"); y += 30
    p.text(p.w / 2, y, cls, FI, 15, "center"); y += 34
    y = center_wrapped(p, y, held + ".", FI, 14, 420, 19)
    s1 = rng.choice(SIGNERS[inst.country])
    s2 = rng.choice([x for x in SIGNERS[inst.country] if x != s1])
    yb = p.h - 120
    p.seal(p.w / 2, yb - 24, 34)
    p.signature(70, yb - 14, 110, rng)
    p.signature(p.w - 190, yb - 14, 110, rng)
    p.pieces(yb, [(130, s1, "center"), (p.w - 130, s2, "center")], F, 10.5)
    p.pieces(yb + 13, [(130, signer_title, "center"), (p.w - 130, "Registrar", "center")], FI, 10.5)
    cert = f"Certificate No. {s.conferred.year}/{rng.randint(10000, 99999)}"
    p.pieces(p.h - 48, [(60, cert, "left"), (p.w - 60, f"Student No. {s.student_no}", "right")], F, 8)
    return LayoutResult("diploma", "gb_lk_degree_certificate", FAMILY, [p], [name],
                        info={"conferred_printed": D.long_dmy(s.conferred), "class_printed": cls})


# =============================================================================================
# (b) Polish bilingual DYPLOM (and its PH / IN adaptations)

def _pl_body(s, person, inst, cur):
    f = person.sex == "F"
    from .r2_c_pl import PL_FIELD
    kier, kier_en = PL_FIELD[cur.id]
    nm = name_form(person, "natural")
    from .r2_c_pl import birthplace
    born = birthplace(s)
    pl = [f"{'Pani' if f else 'Pan'} {nm}",
          f"{'urodzona' if f else 'urodzony'} {pl_date(s.dob)} w miejscowości {born}",
          f"{'ukończyła' if f else 'ukończył'} studia pierwszego stopnia na kierunku {kier} "
          f"o profilu praktycznym, w formie studiów stacjonarnych, na Wydziale Nauk o Zdrowiu "
          f"i {'uzyskała' if f else 'uzyskał'} tytuł zawodowy licencjata"]
    en = (f"Diploma of completion of first-cycle studies. {'Ms' if f else 'Mr'} {nm}, born on "
          f"{D.long_dmy(s.dob)} in {born}, completed first-cycle (Bachelor) studies in the field "
          f"of {kier_en}, practical profile, full-time, at the Faculty of Health Sciences, and was "
          f"awarded the professional title of licencjat (Bachelor) on {D.long_dmy(s.conferred)}.")
    return nm, pl, en


def pl_dyplom_bilingual(s, person, rng):
    inst, cur = s.institution, s.curriculum
    c = inst.country
    p = Page(LEGAL_PH if c == "PH" else A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p.border(22, 1.0, 0.4, double=True, corners=True)
    for i in range(4):
        p.wave_band(40, p.w - 40, 44 + i * 4, 3, 11, 0.3, 0.75, phase=i * 0.8)
    crest_box(p, p.w / 2, 100, 54, 58, 0.35)
    y = 152
    dipl_no = f"{rng.randint(100, 999)}/{s.conferred.year}"
    if c == "PL":
        p.text(p.w / 2, y, "RZECZPOSPOLITA POLSKA", FB, 12, "center"); y += 20
        p.text(p.w / 2, y, inst.name, FB, 16 if len(inst.name) < 44 else 13.5, "center"); y += 15
        p.text(p.w / 2, y, inst.extra.get("en", ""), FI, 10.5, "center"); y += 34
        p.text(p.w / 2, y, "DYPLOM", FB, 30, "center"); y += 20
        p.text(p.w / 2, y, "ukończenia studiów pierwszego stopnia", FB, 13, "center"); y += 34
        nm, pl, en = _pl_body(s, person, inst, cur)
        p.text(p.w / 2, y, pl[0], "Times-BoldItalic", 18, "center"); y += 24
        y = center_wrapped(p, y, pl[1], F, 12, 440, 16)
        y = center_wrapped(p, y, pl[2] + ".", F, 12, 440, 16) + 10
        p.spaced(p.w / 2, y, [f"Nr albumu: {s.student_no}", f"Nr dyplomu: {dipl_no}"], F, 11, 40, "center"); y += 18
        p.text(p.w / 2, y, f"{inst.city}, {pl_date(s.conferred)}", F, 12, "center"); y += 22
        p.hline(70, p.w - 70, y, 0.4); y += 16
        y = center_wrapped(p, y, en, FI, 9.5, 460, 12.5)
        p.spaced(p.w / 2, y + 2, [f"Student No.: {s.student_no}", f"Diploma No.: {dipl_no}"], FI, 9.5, 30, "center")
        date_p = pl_date(s.conferred)
        titles = ("Dziekan / Dean", "Rektor / Rector")
        names = [nm]
    elif c == "PH":
        y += 40
        p.text(p.w / 2, y, "Republic of the Philippines", F, 12, "center"); y += 20
        p.text(p.w / 2, y, inst.name.upper(), FB, 17 if len(inst.name) < 40 else 14, "center"); y += 15
        p.text(p.w / 2, y, f"{inst.city}, {inst.region}", FI, 11, "center"); y += 40
        y = center_wrapped(p, y, "Upon recommendation of the Faculty and by virtue of the authority vested "
                    "in it by law, the Board of Regents confers upon", FI, 13, 430, 17) + 16
        nm = name_form(person, "caps")
        p.text(p.w / 2, y, nm, "Times-BoldItalic", 20, "center"); y += 34
        p.text(p.w / 2, y, "the degree of", FI, 13, "center"); y += 28
        p.text(p.w / 2, y, cur.title.upper(), FB, 15 if len(cur.title) < 46 else 12.5, "center"); y += 28
        y = center_wrapped(p, y, "with all the rights, privileges and honors thereunto appertaining.", FI, 13, 430, 17) + 10
        date_p = (f"the {D.ordinal_words(s.conferred.day)} day of {D.MONTHS[s.conferred.month - 1]} in the "
                  f"year of our Lord {D.year_words(s.conferred.year)}")
        y = center_wrapped(p, y, f"In testimony whereof, the seal of the University and the signatures of "
                    f"its officers are hereunto affixed. Conferred at {inst.city}, Philippines, on "
                    f"{date_p}.", FI, 13, 430, 17) + 12
        p.spaced(p.w / 2, y, [f"Reg. No.: {s.student_no}", f"Diploma No.: {dipl_no}"], F, 10.5, 40, "center")
        titles = ("University Registrar", "University President")
        names = [nm]
    else:   # IN
        p.text(p.w / 2, y, inst.name.upper(), FB, 17 if len(inst.name) < 34 else 14, "center"); y += 16
        p.text(p.w / 2, y, f"{inst.city}, {inst.region} (India)", FI, 11, "center"); y += 40
        nm = name_form(person, "surname_first_nocomma")
        y = center_wrapped(p, y, "This is to certify that", FI, 13, 430, 17) + 14
        p.text(p.w / 2, y, nm, FB, 18, "center"); y += 28
        y = center_wrapped(p, y, "having been examined and found duly qualified was admitted to the degree of",
                    FI, 13, 430, 17) + 12
        p.text(p.w / 2, y, cur.title, FB, 15 if len(cur.title) < 50 else 12, "center"); y += 26
        y = center_wrapped(p, y, f"in the {s.honours or 'First Class'} at the Convocation held on "
                    f"{D.long_dmy(s.conferred)}.", FI, 13, 430, 17) + 14
        p.spaced(p.w / 2, y, [f"Enrolment No.: {s.student_no}", f"Certificate No.: {dipl_no}"], F, 10.5, 36, "center"); y += 16
        p.text(p.w / 2, y, f"Place: {inst.city} Dated: {D.dmy_dot(s.conferred)}", F, 10.5, "center")
        date_p = D.long_dmy(s.conferred)
        titles = ("Controller of Examinations", "Vice-Chancellor")
        names = [nm]
    yb = p.h - 92
    s1, s2 = rng.sample(SIGNERS[c], 2)
    p.seal(p.w / 2, yb - 26, 32)
    p.signature(74, yb - 14, 110, rng)
    p.signature(p.w - 190, yb - 14, 110, rng)
    p.pieces(yb, [(130, s1, "center"), (p.w - 130, s2, "center")], F, 10)
    p.pieces(yb + 12, [(130, titles[0], "center"), (p.w - 130, titles[1], "center")], FI, 10)
    return LayoutResult("diploma", "pl_dyplom_bilingual", FAMILY, [p], names,
                        info={"conferred_printed": date_p})


# =============================================================================================
# (c) NHS-style reference letter (GB, PL, LK employers)

BANDS = {"Biomedical Scientist": 5, "Specialist Biomedical Scientist": 6,
         "Medical Laboratory Assistant": 3, "Associate Practitioner": 4, "Laboratory Aide": 2,
         "Staff Nurse": 5}


def _dept_text(deps):
    blood = [d for d in deps if d in ("Clinical Biochemistry", "Haematology")]
    rest = [d for d in deps if d not in blood]
    items = ([f"Blood Sciences ({join_and(blood)})"] if len(blood) == 2 else blood) + rest
    return join_and(items)


def nhs_reference_letter(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    R = p.w - 56
    if c == "GB":
        p.rect(R - 64, 40, 64, 26, 0, 0.25, fill=0.25)
        p.text(R - 32, 60, "NHS", "Helvetica-BoldOblique", 20, "center", gray=1.0)
        y = 84
    else:
        p.logo(R - 30, 54, 16, 0)
        y = 90
    for ln in wrap(emp.name, FB, 12.5, 300):
        p.text(R, y, ln, FB, 12.5, "right"); y += 14
    dept = {"GB": "Pathology Directorate - Blood Sciences", "PL": "Dział Kadr i Płac / Human Resources",
            "LK": "Department of Pathology"}.get(c, "Department of Pathology")
    p.text(R, y, dept, F, 9, "right"); y += 11
    addr = emp.street if emp.city in emp.street else f"{emp.street}, {emp.city}"
    p.text(R, y, addr, F, 9, "right"); y += 11
    p.text(R, y, f"Tel: {emp.phone}", F, 9, "right"); y += 11
    p.text(R, y, f"Email: {emp.email}", F, 9, "right"); y += 30
    ref = f"Our ref: HR/PATH/{rng.randint(1000, 9999)}"
    p.text(56, y, ref, F, 10); y += 14
    p.text(56, y, f"Date: {D.long_dmy(job.letter_date)}", F, 10); y += 28
    p.text(56, y, "PRIVATE AND CONFIDENTIAL", FB, 10); y += 20
    p.text(56, y, "To whom it may concern", F, 10.5); y += 22
    nm = job.name_override or name_form(person, "natural")
    p.text(56, y, f"Re: Confirmation of employment – {nm}", FB, 10.5); y += 24
    he, his = person.pronoun("subj"), person.pronoun("poss")
    where = ("the Trust" if "Trust" in emp.name else "the Partnership" if "Partnership" in emp.name
             else "the Hospital" if emp.kind != "lab" else "the Laboratory")
    role = (f"a Band {BANDS[job.position]} {job.position}" if c == "GB" and job.position in BANDS
            else f"a {job.position}")
    if job.hours >= 35:
        hrs = {"GB": (37.5, "37.5 hours per week"),
               "PL": (37.92, "7 hours 35 minutes a day, 37 hours 55 minutes per week")}.get(c, (40, "40 hours per week"))
        contract = f"on a permanent, full-time contract ({hrs[1]})"
        facts = (hrs[0], True, False)
    else:
        contract = f"on a permanent, part-time contract ({job.hours} hours per week)"
        facts = (job.hours, False, True)
    if job.end is None:
        s1 = f"{nm} has been employed by {where} as {role} since {D.long_dmy(job.start)} {contract}."
        s2 = f"During this time {he} has worked across {_dept_text(job.departments)}." if job.departments else ""
    else:
        s1 = (f"{nm} was employed by {where} as {role} from {D.long_dmy(job.start)} until "
              f"{D.long_dmy(job.end)} {contract}.")
        s2 = f"During this time {he} worked across {_dept_text(job.departments)}." if job.departments else ""
    pars = [s1 + (" " + s2 if s2 else ""),
            f"{his.capitalize()} duties {'include' if job.end is None else 'included'} the receipt and "
            "analysis of patient samples on automated platforms, internal quality control, participation "
            "in external quality assessment schemes and the validation of results under the "
            "department's quality management system.",
            "This letter confirms employment details only and is provided at the employee's request "
            f"without liability on the part of {where}. Please do not hesitate to contact the "
            "Workforce team should you require any further information."]
    for par in pars:
        for ln in wrap(par, F, 10.5, p.w - 112):
            p.text(56, y, ln, F, 10.5); y += 15
        y += 9
    y += 4
    p.text(56, y, "Yours faithfully", F, 10.5); y += 46
    p.signature(60, y - 14, 100, rng)
    p.text(56, y, job.signer, FB, 10.5); y += 14
    title = {"GB": "Blood Sciences Service Manager", "PL": "Kierownik Laboratorium / Laboratory Manager"}.get(
        c, job.signer_title)
    p.text(56, y, title, F, 10.5); y += 14
    if c == "GB":
        p.text(56, y, "on behalf of the Director of Workforce", F, 10.5)
    if c == "GB":
        p.hline(56, p.w - 56, p.h - 52, 0.4, 0.5)
        p.text(p.w / 2, p.h - 40, "Caring - Respectful - Listening - Always improving", "Helvetica-Oblique", 8, "center")
    return LayoutResult("employment_letter", "nhs_reference_letter", FAMILY, [p], [nm],
                        info={"date_style": "long_dmy", "hours_facts": facts})


# =============================================================================================
# (d) Experience certificate as a two-column table (IN, PH, LK employers)

def _hours_row(job, c, rng):
    """(printed working hours, hours per week)."""
    if job.hours >= 35:
        if c == "LK":
            return "8.00 a.m. to 4.00 p.m., Monday to Friday", 40
        if c == "PH" and rng.random() < 0.5:
            return "8:00 a.m. to 4:00 p.m., Monday to Friday", 40
        return "9.00 a.m. to 5.00 p.m., Monday to Saturday", 48
    days = {16: "Monday to Thursday", 20: "Monday to Friday", 24: "Monday to Saturday"}.get(job.hours)
    if days:
        return f"9.00 a.m. to 1.00 p.m., {days} (part-time)", job.hours
    return f"{job.hours} hours per week (part-time)", job.hours


def experience_cert_table(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    y = 58
    p.logo(70, 64, 20, rng.randrange(3))
    p.text(p.w / 2, y, emp.name.upper(), FB, 15 if len(emp.name) < 40 else 12.5, "center"); y += 15
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}, {emp.region}", F, 9.5, "center"); y += 12
    p.spaced(p.w / 2, y, [f"Phone: {emp.phone}", f"E-mail: {emp.email}"], F, 9.5, 18, "center"); y += 8
    p.hline(40, p.w - 40, y, 1.4); p.hline(40, p.w - 40, y + 2.5, 0.4); y += 26
    dfmt = {"IN": D.dmy_slash, "PH": D.long_mdy, "LK": D.iso}[c] if c in ("IN", "PH", "LK") else D.dmy_slash
    p.pieces(y, [(56, f"Ref. No.: {emp.name.split()[0][:3].upper()}/HR/{job.letter_date.year}/{rng.randint(10, 999)}", "left"),
                 (p.w - 56, f"Date: {dfmt(job.letter_date)}", "right")], F, 10.5); y += 40
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 15, "center")
    p.hline(p.w / 2 - 100, p.w / 2 + 100, y + 4, 0.8); y += 34
    p.text(56, y, "This is to certify that the following particulars are correct as per our records:", F, 11); y += 20
    nm = job.name_override or name_form(person, "natural_initial" if c == "PH" else "natural")
    hon = person.honorific("Ms.")
    hours_txt, hours = _hours_row(job, c, rng)
    ft = job.hours >= 35
    nature = "Full-time, Permanent" if ft else "Part-time"
    duties = ("Performing tests in " + join_and(job.departments)) if job.departments else \
        "General laboratory duties"
    rows = [("Name of the Employee", f"{hon} {nm}"), ("Designation", job.position),
            ("Department", "Clinical Laboratory" if c == "PH" else "Laboratory Medicine (Pathology)"),
            ("Date of Joining", dfmt(job.start)),
            ("Date of Relieving", "Continuing" if job.end is None else dfmt(job.end)),
            ("Nature of Employment", nature),
            ("Working hours", hours_txt), ("Nature of duties", duties),
            ("Conduct and character", "Good")]
    x0, xm, x1 = 56, 56 + 170, p.w - 56
    top = y
    p.hline(x0, x1, y, 0.8)
    for i, (lab, val) in enumerate(rows, 1):
        lines = wrap(val, F, 11, x1 - xm - 16)
        h = 10 + 14 * len(lines) + 4
        p.pieces(y + 16, [(x0 + 8, f"{i}.", "left"), (x0 + 26, lab, "left", FB, 11),
                          (xm + 8, lines[0], "left")], F, 11)
        for k, extra in enumerate(lines[1:], 1):
            p.text(xm + 8, y + 16 + 14 * k, extra, F, 11)
        y += h
        p.hline(x0, x1, y, 0.6)
    p.vline(x0, top, y, 0.8); p.vline(xm, top, y, 0.6); p.vline(x1, top, y, 0.8)
    y += 26
    for ln in wrap(f"This certificate is issued on the request of the employee for the purpose of "
                   f"higher studies / employment abroad. We wish {person.pronoun('obj')} all success.", F, 11, p.w - 112):
        p.text(56, y, ln, F, 11); y += 15
    y += 60
    p.circle(150, y - 14, 34, 1.0, 0.45)
    p.circle(150, y - 14, 24, 0.5, 0.45)
    p.signature(p.w - 220, y - 14, 110, rng)
    p.text(p.w - 56, y, job.signer, FB, 11, "right"); y += 14
    p.text(p.w - 56, y, "Medical Superintendent", F, 11, "right"); y += 14
    p.text(p.w - 56, y, emp.name, F, 10, "right")
    return LayoutResult("employment_letter", "experience_cert_table", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": dfmt.__name__,
                              "hours_facts": (hours, ft, not ft)})


DIPLOMA_LAYOUTS = {
    "gb_lk_degree_certificate": (gb_lk_degree_certificate, FAMILY, ("GB", "LK")),
    "pl_dyplom_bilingual": (pl_dyplom_bilingual, FAMILY, ("PL", "PH", "IN")),
}
LETTER_LAYOUTS = {
    "nhs_reference_letter": (nhs_reference_letter, FAMILY, ("GB", "PL", "LK")),
    "experience_cert_table": (experience_cert_table, FAMILY, ("IN", "PH", "LK")),
}
