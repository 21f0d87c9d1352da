"""Writer AD, round 14: employment letters for BI, SG, BH, PH and NG (four designs).

ad_bi_attestation: BI "ATTESTATION DE SERVICES RENDUS" from a provincial / regional hospital: "Le
    Directeur de l'Hôpital ... atteste que M./Mme ..., Technicien de Laboratoire A2, preste dans notre
    laboratoire depuis le 02/05/2017 jusqu'à ce jour (a past job: "a presté ... du 02/05/2017 au
    30/06/2020"), en qualité de technicien(ne) de laboratoire au service de Parasitologie et
    Hématologie, à temps plein (40 heures par semaine)"; "La présente attestation lui est délivrée pour
    servir et valoir ce que de droit"; "Fait à Gitega, le ...". Dates dd/mm/yyyy.
ad_sg_bh_service: SG hospital HR letter "Dear Sir/Madam, CONFIRMATION OF EMPLOYMENT - NAME (S****123A)"
    (the same masked NRIC as the transcript): "... has been employed by [hospital] as a Medical
    Technologist (Senior Grade from 1 April 2020) in the Department of Laboratory Medicine since 2 July
    2018 on a full-time basis (42 hours per week)", the sections rostered, "Yours faithfully". A
    promotion within one employment is printed inside the position (for about half of the jobs
    longer than 30 months); the truth keeps ONE experience entry for the whole employment with the
    position as printed before the parenthesis (round 1's convention: the job model holds one period
    per letter), and notes the promotion date in the layout info. A full-time week stated with hours is
    printed as 42 hours (the job's hours are set to it). BH Ministry of Health "EXPERIENCE CERTIFICATE"
    (Arabic heading "شهادة خبرة" as a picture over the English one, CPR number): a table of postings
    `From | To | Position | Section` dividing the employment into consecutive rotations, one per
    section (the printed department phrases); the last row "Till date" for a current job. The
    truth is one entry from the first From to the last To.
ad_ph_ng_employment: PH hospital "CERTIFICATE OF EMPLOYMENT" ("This is to certify that NAME, RMT is/was
    employed in this institution as Medical Technologist I from June 1, 2018 to present, assigned at the
    Department of Pathology and Laboratory Medicine (... sections), on a full-time basis (40 hours a
    week). This certification is issued upon the request of the above-named for whatever legal purpose
    it may serve. Issued this 17th day of July 2026 at Iloilo City, Philippines."), dry seal; ", RMT"
    only for medical technologist posts (a post-nominal, left out of names_printed as truth.py
    has no rule to strip it from the name variants). NG teaching hospital / laboratory
    letter: "Our Ref: CMD/PF/4821/3", "Your Ref: ......", "LETTER OF CONFIRMATION OF EMPLOYMENT",
    particulars Post / Date of First Appointment / Duration ("18th February, 2019 - till date") /
    Departments / Employment Status (/ Date of Exit), "for: Chief Medical Director".
Positions and ward names the profile gives in English are printed in the letter's language, and the
job's position / department phrases are set to the printed forms before the truth is written."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r14_ad_common import FAMILY, by_reading_order, dry_seal, fr_date, kj, ordinal_en, round_stamp, sign_block

BI_POS = {"Staff Nurse": ("Infirmière A2", "Infirmier A2"), "Laboratory Aide": ("Aide-laborantine", "Aide-laborantin"),
          "Laborantin": ("Laborantine", "Laborantin")}
BI_WARD = {"Medical-Surgical Ward": "Service de Médecine interne et Chirurgie", "Emergency Room": "Service des Urgences",
           "Pediatric Ward": "Service de Pédiatrie", "Operating Room": "Bloc opératoire"}


def sname(job, person):
    return job.surname_override or person.surname


def natural(job, person):
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def caps_first(job, person):
    return " ".join(x for x in (sname(job, person).upper(), person.given, person.middle) if x)


def join(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def is_ward(job):
    return not job.areas and bool(job.departments) and all("Ward" in d or "Room" in d or "Service" in d
                                                           or "Bloc" in d for d in job.departments)


# --- BI -------------------------------------------------------------------------------------------
def bi_hours(job):
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        return "à temps plein", (None, True, False)
    if st == "hours":
        return f"à raison de {h} heures par semaine", (h, False, False)
    if st == "parttime_hours":
        return f"à temps partiel ({h} heures par semaine)", (h, False, True)
    if st == "daily":
        return f"à temps plein, 8 heures par jour, {h // 8} jours par semaine", (h, True, False)
    return f"à temps plein ({h} heures par semaine)", (h, True, False)


def ad_bi_attestation(job, person, rng, as_of):
    emp = job.employer
    fem = person.sex == "F"
    pos = BI_POS.get(job.position)
    if pos:
        job.position = pos[0] if fem else pos[1]
    elif fem and job.position.startswith("Technicien "):
        job.position = job.position.replace("Technicien ", "Technicienne ", 1)
    ward = is_ward(job)
    job.departments = [BI_WARD.get(d, d) for d in job.departments]
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = caps_first(job, person)
    p = Page(A4)
    W = p.w
    L, R = 64, W - 64
    y = 48
    for ln, f in (("RÉPUBLIQUE DU BURUNDI", TB), ("MINISTÈRE DE LA SANTÉ PUBLIQUE", TB),
                  ("ET DE LA LUTTE CONTRE LE SIDA", TB), (emp.name.upper(), TB), (f"B.P. {emp.street.split('B.P. ')[-1]} "
                                                                               f"{emp.city}", T)):
        p.text(L + 120, y, ln, f, 9, "center")
        y += 12
    p.hline(L + 60, L + 180, y - 6, 0.6)
    p.text(L, y + 12, f"N/Réf. : {kj(job, 'n') % 900 + 100}/HP/DIR/{job.letter_date.year}", T, 10)
    p.text(R, 60, f"{emp.city}, le {fr_date(job.letter_date)}", T, 10.5, "right")
    p.text(W / 2, 196, "ATTESTATION DE SERVICES RENDUS", TB, 16, "center")
    p.hline(W / 2 - 140, W / 2 + 140, 201, 0.8)
    sf = job.signer.startswith(("Mme", "Dr. Spès", "Dr. Goreth"))
    dirw = "La Directrice" if sf else "Le Directeur"
    ended = job.end is not None
    dstart = D.dmy_slash(job.start)
    if ended:
        per = f"a presté dans notre {'laboratoire' if job.areas else 'établissement'} du {dstart} au {D.dmy_slash(job.end)}"
    else:
        per = (f"preste dans notre {'laboratoire' if job.areas else 'établissement'} depuis le {dstart} "
               f"jusqu'à ce jour")
    if job.departments and not ward:
        svc = "au service de " + join(job.departments, "et")
        place = ""
    elif job.departments:
        svc = "dans les services suivants : " + ", ".join(job.departments)
        place = ""
    else:
        svc, place = "", ""
    hrs, facts = bi_hours(job)
    de = "du" if emp.name.startswith("Centre") else "de l'" if emp.name[0] in "AEIOUHÉÂ" else "de"
    sep = "" if de.endswith("'") else " "
    if ward:
        role = "infirmière" if fem else "infirmier"
    elif "Aide" in job.position:
        role = "aide-laborantine" if fem else "aide-laborantin"
    else:
        role = "technicienne de laboratoire" if fem else "technicien de laboratoire"
    txt = (f"{dirw} {de}{sep}{emp.name} soussigné{'e' if sf else ''} atteste que {'Madame' if fem else 'Monsieur'} {nm}, "
           f"{job.position}, {per}, en qualité de {role}{place}{(' ' + svc) if svc else ''}, {hrs}.")
    y = p.paragraph(L, 250, txt, T, 12.5, R - L, 20) + 10
    y = p.paragraph(L, y, f"Durant cette période, {'elle' if fem else 'il'} a fait preuve de compétence, de ponctualité "
                          f"et d'un bon esprit de collaboration.", T, 12.5, R - L, 20) + 10
    y = p.paragraph(L, y, "La présente attestation lui est délivrée pour servir et valoir ce que de droit.", T, 12.5,
                    R - L, 20) + 40
    sign_block(p, rng, R - 110, y + 50, dirw, TB, 11, 190)
    p.text(R - 110, y + 78, job.signer, T, 11, "center")
    round_stamp(p, R - 210, y + 34, 34, 0.42)
    return LayoutResult("employment_letter", "ad_bi_attestation", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


# --- SG / BH --------------------------------------------------------------------------------------
def _sg(job, person, rng, as_of):
    from .r14_ad_sg import masked_id
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person).upper()
    he, his = ("she", "her") if fem else ("he", "his")
    ended = job.end is not None
    ward = is_ward(job) or job.position == "Staff Nurse"
    dept = "Nursing Division" if ward else "Department of Laboratory Medicine"
    st = job.hours_style
    if job.hours >= 35 and st == "fulltime_only":
        hrs, facts = "on a full-time basis", (None, True, False)
    elif job.hours >= 35:
        job.hours = 42 if st != "daily" else job.hours
        hrs, facts = f"on a full-time basis ({job.hours} hours per week)", (job.hours, True, False)
    else:
        hrs, facts = f"on a part-time basis ({job.hours} hours per week)", (job.hours, False, True)
    end_ref = job.end or job.letter_date
    span = (end_ref - job.start).days
    promo = None
    if span > 900 and not ward and job.position in ("Medical Technologist", "Medical Laboratory Technologist") \
            and kj(job, "promo") % 2 == 0:
        pd_ = D.add_months(job.start, 14 + kj(job, "pm") % max(1, (span // 30 - 20))) if span // 30 > 20 else None
        if pd_ and pd_ < end_ref:
            promo = pd_.replace(day=1)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    p.logo(L + 16, 56, 18, 1, 0.25)
    p.text(L + 42, 52, emp.name, FB, 13)
    p.text(L + 42, 65, emp.street, F, 8)
    p.text(L + 42, 76, f"Tel: {emp.phone} | {emp.email}", F, 8)
    p.hline(L, R, 88, 0.8)
    p.text(L, 116, f"Our Ref: HR/CoE/{job.letter_date.year}/{kj(job, 'ref') % 90000 + 10000}", F, 9.5)
    p.text(L, 130, D.long_dmy(job.letter_date), F, 9.5)
    p.text(L, 160, "Dear Sir/Madam,", F, 10.5)
    p.text(L, 186, f"CONFIRMATION OF EMPLOYMENT - {nm} ({masked_id(person)})", FB, 10.5)
    p.hline(L, R, 190, 0.5)
    pos = job.position + (f" (Senior Grade from {D.long_dmy(promo)})" if promo else "")
    if ended:
        body = (f"We confirm that the above-named was employed by {emp.name} as a {pos} in the {dept} from "
                f"{D.long_dmy(job.start)} to {D.long_dmy(job.end)} {hrs}.")
    else:
        body = (f"We confirm that the above-named has been employed by {emp.name} as a {pos} in the {dept} since "
                f"{D.long_dmy(job.start)} {hrs}.")
    y = p.paragraph(L, 214, body, F, 10.5, R - L, 15) + 8
    if job.departments:
        what = "wards" if ward else "laboratory sections"
        y = p.paragraph(L, y, f"During {his} employment, {he} {'has been rostered' if not ended else 'was rostered'} "
                              f"in the following {what}: {join(job.departments, 'and')}.", F, 10.5, R - L, 15) + 8
    y = p.paragraph(L, y, "This letter is issued at the request of the employee for the purpose of professional "
                          "registration and does not constitute a reference.", F, 10.5, R - L, 15) + 8
    y = p.paragraph(L, y, "Should you require further information, please contact Human Resources at the email "
                          "address above.", F, 10.5, R - L, 15) + 18
    p.text(L, y, "Yours faithfully,", F, 10.5)
    p.signature(L + 4, y + 34, 110, rng)
    p.text(L, y + 52, job.signer, FB, 10)
    p.text(L, y + 65, "Senior Manager, Human Resources", F, 9.5)
    p.text(L, y + 78, emp.name, F, 9.5)
    return LayoutResult("employment_letter", "ad_sg_bh_service", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "long_dmy", "hours_facts": facts, "promotion": D.iso(promo) if promo else None})


def en_hours(job):
    st, h = job.hours_style, job.hours
    if st == "fulltime_only":
        return "on a full-time basis", (None, True, False)
    if st == "hours":
        return f"for {h} hours per week", (h, False, False)
    if st == "parttime_hours":
        return f"on a part-time basis ({h} hours per week)", (h, False, True)
    if st == "daily":
        return f"on a full-time basis, 8 hours a day, {h // 8} days a week", (h, True, False)
    return f"on a full-time basis ({h} hours per week)", (h, True, False)


def _bh(job, person, rng, as_of):
    import datetime as dt
    from .r14_ad_common import ar_line, star_seal
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    ended = job.end is not None
    end_ref = job.end or job.letter_date
    secs = list(job.departments) or ["-"]
    n = len(secs)
    span = (end_ref - job.start).days
    cuts = [job.start]
    for i in range(1, n):
        c = (job.start + dt.timedelta(days=span * i // n)).replace(day=1)
        cuts.append(max(c, cuts[-1] + dt.timedelta(days=1)))
    rows = []
    for i, sec in enumerate(secs):
        a = cuts[i]
        b = (cuts[i + 1] - dt.timedelta(days=1)) if i + 1 < n else job.end
        rows.append((D.dmy_slash(a), D.dmy_slash(b) if b else "Till date", job.position, sec))
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 54, W - 54
    p.text(L, 46, "Kingdom of Bahrain", FB, 10)
    p.text(L, 58, "Ministry of Health", FB, 10)
    p.text(L, 70, emp.name, F, 9)
    p.text(L, 81, "Human Resources Directorate", F, 9)
    ar_line(p, R, 46, "مملكة البحرين", 10, bold=True, align="right")
    ar_line(p, R, 60, "وزارة الصحة", 10, bold=True, align="right")
    ar_line(p, R, 74, "إدارة الموارد البشرية", 9, align="right")
    p.logo(W / 2, 62, 20, 1, 0.3)
    p.hline(L, R, 92, 1.0)
    p.pieces(112, [(L, f"Ref.: MOH/HR/{job.letter_date.year}/{kj(job, 'ref') % 9000 + 1000}", "left"),
                   (R, f"Date: {D.dmy_slash(job.letter_date)}", "right")], F, 9.5)
    ar_line(p, W / 2, 146, "شهادة خبرة", 16, bold=True)
    p.text(W / 2, 168, "EXPERIENCE CERTIFICATE", FB, 14, "center")
    p.hline(W / 2 - 100, W / 2 + 100, 173, 0.7)
    hrs, facts = en_hours(job)
    ttl = "Ms." if fem else "Mr."
    verb = "was employed" if ended else "has been employed"
    y = p.paragraph(L, 200, f"This is to certify that {ttl} {nm}, CPR No. {kj(job, 'cpr') % 900000000 + 9000000:09d}, "
                            f"{verb} by the Ministry of Health at {emp.name} {hrs}, with the following postings:",
                    F, 10.5, R - L, 15) + 6
    xs = [L, L + 76, L + 152, L + 300, R]
    p.rect(L, y, R - L, 16, 0.6, 0.0, fill=0.88)
    p.pieces(y + 11, [(xs[0] + 4, "From", "left"), (xs[1] + 4, "To", "left"), (xs[2] + 4, "Position", "left"),
                      (xs[3] + 4, "Section", "left")], FB, 9)
    top = y
    y += 16
    for row in rows:
        y += 14
        p.pieces(y - 3, [(xs[i] + 4, v, "left") for i, v in enumerate(row)], F, 9)
        p.hline(L, R, y + 2, 0.3)
        y += 2
    p.rect(L, top, R - L, y - top, 0.6)
    for x in xs[1:-1]:
        p.vline(x, top, y, 0.4)
    y += 24
    y = p.paragraph(L, y, "This certificate is issued upon the request of the above-named without any responsibility "
                          "on the Ministry.", F, 10.5, R - L, 15) + 50
    sign_block(p, rng, R - 110, y, job.signer, FB, 9.5, 180, "Director of Human Resources")
    star_seal(p, R - 250, y - 12, 30)
    if not job.areas:
        job.departments = [x for x in job.departments]
    return LayoutResult("employment_letter", "ad_sg_bh_service", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def ad_sg_bh_service(job, person, rng, as_of):
    if job.employer.country == "SG":
        return _sg(job, person, rng, as_of)
    return _bh(job, person, rng, as_of)


# --- PH / NG --------------------------------------------------------------------------------------
def _ph(job, person, rng, as_of):
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = (job.name_override or natural(job, person)).upper()
    rmt = job.position.startswith(("Medical Technologist", "Senior Medical Technologist", "Chief Medical Technologist"))
    shown = nm + (", RMT" if rmt else "")
    ended = job.end is not None
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 66, W - 66
    p.logo(L + 10, 58, 20, 0, 0.25)
    p.text(W / 2, 50, emp.name.upper(), TB, 14, "center")
    p.text(W / 2, 64, f"{emp.street}, {emp.city}, {emp.region}", T, 9, "center")
    p.text(W / 2, 76, f"Tel. No. {emp.phone} - {emp.email}", T, 9, "center")
    p.text(W / 2, 88, "HUMAN RESOURCE MANAGEMENT OFFICE", TB, 9, "center")
    p.hline(L - 20, R + 20, 96, 1.2)
    p.text(W / 2, 150, "CERTIFICATE OF EMPLOYMENT", TB, 17, "center")
    p.text(L, 196, "TO WHOM IT MAY CONCERN:", TB, 11.5)
    period = (f"from {D.long_mdy(job.start)} to {D.long_mdy(job.end)}" if ended else
              f"from {D.long_mdy(job.start)} to present")
    ward = is_ward(job) or job.position == "Staff Nurse"
    where = ""
    if job.departments:
        where = (f", assigned at the {join(job.departments, 'and')}" if ward else
                 f", assigned at the Department of Pathology and Laboratory Medicine ({join(job.departments, 'and')} "
                 f"sections)")
    st, h = job.hours_style, job.hours
    hrs = {"hours": f"rendering {h} hours of service per week", "fulltime_only": "on a full-time basis",
           "fulltime_hours": f"on a full-time basis ({h} hours a week)",
           "parttime_hours": f"on a part-time basis ({h} hours a week)",
           "daily": f"on a full-time basis, eight (8) hours a day, {h // 8} days a week"}[st]
    body = (f"This is to certify that {shown} {'was' if ended else 'is'} employed in this institution as "
            f"{job.position} {period}{where}, {hrs}.")
    y = p.paragraph(L, 226, body, T, 12, R - L, 19) + 10
    y = p.paragraph(L, y, f"This certification is issued upon the request of the above-named for whatever legal "
                          f"purpose it may serve.", T, 12, R - L, 19) + 10
    d = job.letter_date
    y = p.paragraph(L, y, f"Issued this {ordinal_en(d.day)} day of {D.MONTHS[d.month - 1]} {d.year} at {emp.city}, "
                          f"Philippines.", T, 12, R - L, 19) + 54
    p.signature(L + 6, y - 16, 120, rng)
    p.text(L, y, job.signer.upper(), TB, 11)
    p.text(L, y + 14, job.signer_title, T, 10.5)
    dry_seal(p, L + 190, y - 10, 30)
    p.text(L, H - 40, "Not valid without the hospital dry seal.", T, 8)
    from ..layouts_letter import hours_facts
    return LayoutResult("employment_letter", "ad_ph_ng_employment", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "long_mdy", "hours_facts": hours_facts(job)})


def _ng(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = " ".join(x for x in (sname(job, person).upper(), person.given, person.middle) if x)
    ended = job.end is not None
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 56, W - 56
    p.logo(W / 2, 46, 18, 1, 0.25)
    p.text(W / 2, 84, emp.name.upper(), FB, 13, "center")
    p.text(W / 2, 97, f"{emp.street}, {emp.city}", F, 8.5, "center")
    p.text(W / 2, 108, f"Tel: {emp.phone} | E-mail: {emp.email}", F, 8.5, "center")
    p.hline(L, R, 116, 1.2)
    p.hline(L, R, 119, 0.4)
    p.text(L, 140, f"Our Ref: {'CMD' if emp.kind == 'hospital' else 'ADM'}/PF/{kj(job, 'pf') % 9000 + 1000}/"
                   f"{kj(job, 'vol') % 9 + 1}", F, 9.5)
    p.text(L, 153, "Your Ref: ...........................", F, 9.5)
    p.text(R, 140, D.ordinal_dmy(job.letter_date), F, 9.5, "right")
    p.text(L, 182, "TO WHOM IT MAY CONCERN", FB, 10.5)
    p.text(W / 2, 206, "LETTER OF CONFIRMATION OF EMPLOYMENT", FB, 12, "center")
    p.text(W / 2, 220, nm, FB, 11, "center")
    p.hline(W / 2 - 150, W / 2 + 150, 224, 0.6)
    title = "Mrs." if fem and person.married_surname and job.surname_override else ("Miss" if fem else "Mr.")
    he, his = ("She", "her") if fem else ("He", "his")
    y = p.paragraph(L, 248, f"This is to confirm that {title} {nm} is a staff of this {'Hospital' if emp.kind == 'hospital' else 'organisation'}"
                            f" with the following particulars:", F, 10.5, R - L, 15) + 6
    rows = [("Post", job.position), ("Date of First Appointment", D.ordinal_dmy(job.start)),
            ("Duration", f"{D.ordinal_dmy(job.start)} - {D.ordinal_dmy(job.end) if ended else 'till date'}")]
    if job.departments:
        rows.append(("Departments", ", ".join(job.departments)))
    st, h = job.hours_style, job.hours
    hv = {"hours": f"{h} hours per week", "fulltime_only": "Full-time", "fulltime_hours": f"Full-time ({h} hours per week)",
          "parttime_hours": f"Part-time ({h} hours per week)", "daily": f"Full-time (8 hours a day, {h // 8} days a week)"}[st]
    rows.append(("Employment Status", hv))
    if ended:
        rows.append(("Date of Exit", D.ordinal_dmy(job.end)))
    for a, b in rows:
        lines = wrap(b, F, 10.5, R - L - 170)
        p.pieces(y, [(L + 10, f"{a}:", "left", FB, 10.5), (L + 170, lines[0], "left")], F, 10.5)
        for ln in lines[1:]:
            y += 14
            p.text(L + 170, y, ln, F, 10.5)
        y += 16
    y += 8
    if ended:
        y = p.paragraph(L, y, f"{he} disengaged from the service of the {'Hospital' if emp.kind == 'hospital' else 'organisation'} "
                              f"on {D.ordinal_dmy(job.end)}.", F, 10.5, R - L, 15) + 6
    y = p.paragraph(L, y, f"This letter is issued at {his} request for whatever purpose it may serve.", F, 10.5, R - L,
                    15) + 6
    p.text(L, y + 6, "Thank you.", F, 10.5)
    y += 64
    p.signature(L + 6, y - 18, 120, rng)
    p.text(L, y, job.signer, FB, 10.5)
    p.text(L, y + 13, "Deputy Director (Administration)" if emp.kind == "hospital" else job.signer_title, F, 10)
    p.text(L, y + 26, "for: Chief Medical Director" if emp.kind == "hospital" else "for: Managing Director", FB, 10)
    round_stamp(p, L + 230, y - 4, 30, 0.4)
    from ..layouts_letter import hours_facts
    return LayoutResult("employment_letter", "ad_ph_ng_employment", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "ordinal_dmy", "hours_facts": hours_facts(job)})


def ad_ph_ng_employment(job, person, rng, as_of):
    if job.employer.country == "PH":
        return _ph(job, person, rng, as_of)
    return _ng(job, person, rng, as_of)


LETTER_LAYOUTS = {"ad_ph_ng_employment": (ad_ph_ng_employment, FAMILY, ("PH", "NG")),
                  "ad_bi_attestation": (ad_bi_attestation, FAMILY, ("BI",)),
                  "ad_sg_bh_service": (ad_sg_bh_service, FAMILY, ("SG", "BH"))}
