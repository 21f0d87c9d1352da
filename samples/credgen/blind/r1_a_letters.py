"""Writer A, round 1 -- employment letters for PK, BD, NP, GH and KE.

`r1a_work_experience_form` (KE, GH): a "CONFIRMATION OF WORK EXPERIENCE" form on letterhead,
labelled fields (Name of employee, Staff No., Designation, Date of first appointment, Date of
leaving "Still in employment"), a grid of check boxes "Laboratory sections worked in (tick all
that apply)" where only the employee's sections carry a tick (the truth's printed departments
are exactly the ticked boxes), "Average hours worked per week: 40", signature and an official
stamp box.
`r1a_experience_certificate` (PK, BD, NP): a short "EXPERIENCE CERTIFICATE": "This is to
certify that Mr. X S/O Y has been working in this hospital as Medical Technologist in the
Pathology Department (Haematology, Chemical Pathology and Microbiology sections) from
03-08-2018 till date."; sometimes a promotion at the same employer ("appointed as Laboratory
Technician on 01-02-2017, promoted to Medical Technologist w.e.f. 01-07-2019"). The job model
holds one period per letter, so the truth keeps the whole period at the employer with the
final designation.
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_sentence, join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size, wrap
from . import r1_a_kit as K

# form boxes: label -> area
BOXES = [("Haematology", "hematology"), ("Blood Transfusion", "blood_bank"),
         ("Clinical Chemistry", "chemistry"), ("Microbiology", "microbiology"),
         ("Parasitology", "microbiology"), ("Histology/Cytology", "other"),
         ("Immunology/Serology", "immunology")]
OTHER_WORDS = {"urinalysis": "Urinalysis", "molecular": "Molecular Diagnostics (PCR)",
               "phlebotomy": "Phlebotomy"}


def _letterhead(p, emp, rng, F, FB):
    y = 50
    p.logo(74, y + 6, 20, rng.randrange(3))
    p.text(p.w / 2, y, emp.name.upper(), FB, fit_size(emp.name.upper(), FB, 15, p.w - 200), "center"); y += 14
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}", F, 9, "center"); y += 11
    p.text(p.w / 2, y, f"Tel: {emp.phone} Email: {emp.email}", F, 8.5, "center"); y += 8
    p.hline(46, p.w - 46, y, 1.4)
    p.hline(46, p.w - 46, y + 2.5, 0.4)
    return y + 26


def r1a_work_experience_form(job, person, rng, as_of):
    emp = job.employer
    F, FB = rng.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")])
    p = Page(A4)
    W, H = A4
    m = 56
    y = _letterhead(p, emp, rng, F, FB)
    p.pieces(y, [(m, f"Ref: {rng.choice(['HR', 'MLS', 'ADM'])}/{rng.randint(10, 99)}/{job.letter_date.year}/{rng.randint(100, 999)}", "left"),
                 (W - m, f"Date: {D.dmy_slash(job.letter_date)}", "right")], F, 9.5)
    y += 30
    p.text(W / 2, y, "CONFIRMATION OF WORK EXPERIENCE", FB, 13.5, "center")
    y += 26
    nm = printed_name(job, person, rng.choice(["caps", "natural"]))
    staff = f"{rng.choice(['', 'MLS/', 'P/'])}{rng.randint(1000, 99999)}"
    ft = job.hours >= 35
    fields = [("Name of employee:", nm), ("Staff No.:", staff), ("Designation:", job.position),
              ("Department:", "Medical Laboratory Services"),
              ("Date of first appointment:", D.dmy_slash(job.start)),
              ("Date of leaving:", "Still in employment" if job.end is None else D.dmy_slash(job.end)),
              ("Terms of service:", "Full-time" if ft else "Part-time")]
    under = rng.random() < 0.35           # value set under its label instead of beside it
    for lab, val in fields:
        if under:
            p.text(m, y, lab, FB, 9.5); y += 13
            p.text(m + 14, y, val, F, 10.5)
            p.hline(m + 10, W - m, y + 3, 0.3, 0.5)
            y += 19
        else:
            p.pieces(y, [(m, lab, "left", FB, 9.5), (m + 150, val, "left", F, 10.5)], F, 10)
            p.hline(m + 146, W - m, y + 3, 0.3, 0.5)
            y += 20
    y += 8
    p.text(m, y, "Laboratory sections worked in (tick all that apply):", FB, 10); y += 20
    areas = set(job.areas)
    ticked = []
    tick_style = rng.choice(["x", "check"])
    para = "microbiology" in areas and rng.random() < 0.5
    col_x = [m + 10, m + 230]
    bs = 10
    for i, (lab, area) in enumerate(BOXES):
        on = area in areas and (lab != "Parasitology" or para)
        x = col_x[i % 2]
        yy = y + (i // 2) * 20
        K.tick_box(p, x, yy - bs + 1, bs, on, tick_style)
        if on:
            ticked.append(lab)
    rows = (len(BOXES) + 1) // 2
    other = [OTHER_WORDS[a] for a in job.areas if a in OTHER_WORDS]
    if not job.areas and job.departments:          # a ward job: the wards are written in
        other = list(job.departments)
    oy = y + (rows - 1) * 20
    K.tick_box(p, col_x[1], oy - bs + 1, bs, bool(other), tick_style)
    lab_w = K.fonts_width("Other (specify):", F, 10)
    wx = col_x[1] + bs + 6 + lab_w + 6
    # one baseline per row of the grid: each row is one recorded line
    for r0 in range(0, len(BOXES), 2):
        yy = y + (r0 // 2) * 20
        items = [(col_x[k % 2] + bs + 6, BOXES[k][0], "left") for k in (r0, r0 + 1) if k < len(BOXES)]
        if len(items) == 1:
            items.append((col_x[1] + bs + 6, "Other (specify):", "left"))
            if other:
                txt = ", ".join(other)
                items.append((wx, txt, "left", "Helvetica-Oblique",
                              fit_size(txt, "Helvetica-Oblique", 9.5, W - m - wx)))
        p.pieces(yy, items, F, 10)
    p.hline(wx - 2, W - m, oy + 3, 0.3, 0.5)
    ticked += other
    job.departments = ticked
    y = oy + 30
    p.pieces(y, [(m, "Average hours worked per week:", "left", FB, 10), (m + 178, str(job.hours), "left", F, 10.5)], F, 10)
    y += 22
    p.text(m, y, "Remarks:", FB, 10)
    rem = rng.choice(["Hardworking and reliable officer.", "Good conduct.", "No adverse record."])
    p.text(m + 60, y, rem, F, 10)
    y += 44
    p.signature(m + 10, y - 12, 120, rng)
    p.hline(m, m + 190, y, 0.6)
    p.pieces(y + 14, [(m, f"Name: {job.signer}", "left")], F, 9.5)
    p.text(m, y + 27, f"Designation: {job.signer_title}", F, 9.5)
    bx, by, bw, bh = W - m - 170, y - 52, 170, 94
    p.rect(bx, by, bw, bh, 0.6, 0.3)
    p.text(bx + bw / 2, by + bh - 6, "Official Stamp", F, 8, "center")
    stamp = K.seal_image(emp.name, emp.city, ["LABORATORY", "SERVICES"], 70, rng,
                         ink=(30, 70, 150), alpha=190)
    K.place_seal(p, bx + bw / 2, by + 40, 70, stamp)
    return LayoutResult("employment_letter", "r1a_work_experience_form", "blind_r1", [p], [nm],
                        info={"date_style": "dmy_slash",
                              "hours_facts": (job.hours, ft, not ft)})


def _earlier_title(position):
    if "Senior" in position:
        return position.replace("Senior ", "")
    return "Laboratory Technician" if "Technologist" in position else "Junior " + position


def r1a_experience_certificate(job, person, rng, as_of):
    emp = job.employer
    F, FB = rng.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
    p = Page(A4)
    W, H = A4
    m = 64
    y = _letterhead(p, emp, rng, F, FB)
    dfmt = D.dmy_dash if rng.random() < 0.7 else D.dmy_slash
    p.pieces(y, [(m, f"Ref. No. {emp.name.split()[0][:3].upper()}/HR/{rng.randint(100, 999)}", "left"),
                 (W - m, f"Dated: {dfmt(job.letter_date)}", "right")], F, 10.5)
    y += 44
    title = "EXPERIENCE CERTIFICATE"
    tw = p.text(W / 2, y, title, FB, 14, "center")
    p.hline(W / 2 - tw / 2, W / 2 + tw / 2, y + 3, 0.8)
    y += 40
    hon = person.honorific(rng.choice(["Ms.", "Miss"]) if emp.country == "PK" else "Ms.")
    nm = printed_name(job, person, rng.choice(["natural", "caps"]))
    rel = K.so_do(person, "S/O")
    father = K.father_name(person)
    he, his = person.pronoun("subj"), person.pronoun("poss")
    cur = job.end is None
    span_days = ((job.end or job.letter_date) - job.start).days
    promo = span_days > 720 and rng.random() < 0.4
    if job.departments and job.areas:
        where = f" in the Pathology Department ({join_and(job.departments)} sections)"
    elif job.departments:
        where = f" in the {join_and(job.departments)}"
    else:
        where = ""
    place = {"lab": "laboratory", "clinic": "polyclinic"}.get(emp.kind, "hospital")
    if promo:
        pd_ = job.start + dt.timedelta(days=rng.randint(240, span_days - 200))
        pd_ = pd_.replace(day=1)
        verb = "has been working" if cur else "worked"
        s1 = (f"This is to certify that {hon} {nm} {rel} {father} {verb} in this {place}{where} "
              f"{'since' if cur else 'from'} {dfmt(job.start)}{'' if cur else ' to ' + dfmt(job.end)}. "
              f"{he.capitalize()} was appointed as {_earlier_title(job.position)} on {dfmt(job.start)} "
              f"and promoted to {job.position} w.e.f. {dfmt(pd_)}"
              f"{', and is presently working in this capacity' if cur else ''}.")
    else:
        if cur:
            s1 = (f"This is to certify that {hon} {nm} {rel} {father} has been working in this {place} "
                  f"as {job.position}{where} from {dfmt(job.start)} till date.")
        else:
            s1 = (f"This is to certify that {hon} {nm} {rel} {father} worked in this {place} as "
                  f"{job.position}{where} from {dfmt(job.start)} to {dfmt(job.end)}.")
    s2 = hours_sentence(job, person, "present" if cur else "past")
    s3 = (f"{his.capitalize()} conduct and character during the period of service "
          f"{'has been' if cur else 'remained'} {rng.choice(['good', 'very good', 'satisfactory'])}. "
          f"{he.capitalize()} is {'hard working, punctual and ' if rng.random() < 0.5 else ''}"
          f"well versed in routine laboratory work.")
    s4 = f"We wish {person.pronoun('obj')} every success in {his} future endeavours."
    for par in (s1, s2 + " " + s3, s4):
        y = p.paragraph(m, y, par, F, 11.5, W - 2 * m, leading=18) + 12
    y += 40
    p.signature(m + 6, y - 14, 120, rng)
    p.text(m, y + 4, job.signer, FB, 11)
    title2 = rng.choice(["Medical Superintendent", "Head, Department of Pathology",
                         "Administrator", job.signer_title])
    p.text(m, y + 18, title2, F, 10.5)
    p.text(m, y + 32, emp.name, F, 10.5)
    stamp = K.seal_image(emp.name, emp.city, [], 76, rng, ink=(70, 40, 130), alpha=180)
    K.place_seal(p, m + 230, y + 2, 76, stamp)
    return LayoutResult("employment_letter", "r1a_experience_certificate", "blind_r1", [p],
                        [f"{hon} {nm}"], info={"date_style": dfmt.__name__,
                                               "promotion": promo})


LETTER_LAYOUTS = {
    "r1a_work_experience_form": (r1a_work_experience_form, "blind_r1", ("KE", "GH")),
    "r1a_experience_certificate": (r1a_experience_certificate, "blind_r1", ("PK", "BD", "NP")),
}
