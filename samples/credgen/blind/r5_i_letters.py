"""Writer I, round 5: employment letters.

i5_service_confirmation (NG, GY, KE):
  NG "TO WHOM IT MAY CONCERN" letter: "This is to confirm that Mrs. ... (Staff No. ...) is a bona fide
     staff of this hospital. She was employed as Medical Laboratory Scientist II on 3rd March, 2018
     and was promoted to Medical Laboratory Scientist I with effect from 1st January, 2021, a
     position she holds till date", the units she worked in ("Haematology, Chemical Pathology and
     Medical Microbiology units"); the position in the truth is the last one printed;
  GY US-style "EMPLOYMENT VERIFICATION" form: label/value lines ("Dates of employment 08/15/2019 –
     present", "Status Full-time (40 hrs/week)") and TICK BOXES for the laboratory areas worked
     (Hematology, Chemistry, Microbiology, Blood Bank, Urinalysis, Serology/Immunology, Other), ticked
     with a drawn check stroke, an X or a filled square (one style per form), the others empty;
     the truth lists only the ticked areas;
  KE "CERTIFICATE OF SERVICE" form: "Period of Service: From 02/05/2017 To 30/04/2020" (or "To
     Date"), designation, terms of service, "Duties performed: ...".
i5_attestation_certifico (LB, CU):
  LB "ATTESTATION DE TRAVAIL — Nous soussignés, Hôpital ..., attestons que Mlle ... a travaillé au
     sein de notre laboratoire en qualité de technicienne de laboratoire du 1er septembre 2019 au 31
     août 2022, à plein temps, dans les sections d'hématologie, de biochimie et de bactériologie.
     Cette attestation lui est délivrée à sa demande pour servir et valoir ce que de droit.";
  CU "CERTIFICO: Que la compañera ... labora en este centro como Tecnóloga de Laboratorio Clínico
     desde el 1ro de septiembre de 2018 hasta la fecha ... Y para que así conste ..." with the hours
     ("con una jornada laboral de 44 horas semanales", "a media jornada (20 horas semanales)")."""

from .. import dates as D
from ..layouts_letter import hours_sentence, join_and
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LETTER, Page, wrap
from .r5_i_common import FAMILY, k, rubber_stamp, star_seal
from .r5_i_cu import MESES
from .r5_i_lb import fr_date


def _head(p, emp, L, R, F, FB, y=46, kind=0):
    p.logo(L + 18, y + 8, 18, kind)
    p.text(p.w / 2 + 14, y, emp.name.upper(), FB, 14 if len(emp.name) < 38 else 11.5, "center")
    p.text(p.w / 2 + 14, y + 13, f"{emp.street}, {emp.city}", F, 8.8, "center")
    p.text(p.w / 2 + 14, y + 24, f"Tel: {emp.phone} \u2022 {emp.email}", F, 8.8, "center")
    p.hline(L, R, y + 31, 1.2)
    return y + 31


def _box(p, x, y, ticked, style):
    """A 9-pt box whose bottom sits on baseline y; ticked with a stroke, an X or a fill."""
    p.rect(x, y - 8.5, 9, 9, 0.7, 0.0)
    if not ticked:
        return
    if style == 0:
        p.polyline([(x + 1.5, y - 4.5), (x + 4, y - 1), (x + 10.5, y - 11)], 1.4, 0.05)
    elif style == 1:
        p.polyline([(x + 1.5, y - 7), (x + 7.5, y - 1)], 1.2, 0.05)
        p.polyline([(x + 1.5, y - 1), (x + 7.5, y - 7)], 1.2, 0.05)
    else:
        p.rect(x + 1.8, y - 6.7, 5.4, 5.4, 0, 0.0, fill=0.05)


def _ng(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 64, p.w - 64
    y = _head(p, emp, L, R, F, FB) + 22
    hon = "Mr." if person.sex == "M" else ("Mrs." if job.surname_override or k(person.given, "mrs") % 2 else "Miss")
    nm = job.name_override or name_form(person, "natural")
    he, his = person.pronoun("subj"), person.pronoun("poss")
    staff = f"{''.join(w[0] for w in emp.name.split()[:3]).upper()}/{k(nm, 'st') % 9000 + 1000}"
    p.pieces(y, [(L, f"Our Ref: {staff}/PF", "left"), (R, D.ordinal_dmy(job.letter_date), "right")], F, 10.5)
    y += 36
    p.text(p.w / 2, y, "TO WHOM IT MAY CONCERN", FB, 12.5, "center")
    p.hline(p.w / 2 - 86, p.w / 2 + 86, y + 2.5, 0.6)
    y += 28
    end_day = job.end or job.letter_date
    months = (end_day.year - job.start.year) * 12 + end_day.month - job.start.month
    promo = months > 30 and job.position.startswith("Medical Laboratory Scientist") and k(nm, "pr") % 3 != 0
    first = job.position
    is_ = "is" if job.end is None else "was"
    txt = f"This is to confirm that {hon} {nm} (Staff No. {staff}) {is_} a bona fide staff of this hospital. "
    if promo:
        first, job.position = "Medical Laboratory Scientist II", "Medical Laboratory Scientist I"
        pd = D.add_months(job.start, months // 2).replace(day=1)
        txt += (f"{he.capitalize()} was employed as {first} on {D.ordinal_dmy(job.start)} and was promoted to "
                f"{job.position} with effect from {D.ordinal_dmy(pd)}, a position {he} ")
        txt += "holds till date." if job.end is None else \
            f"held until {D.ordinal_dmy(job.end)}, when {he} resigned {his} appointment."
    else:
        txt += f"{he.capitalize()} was employed as {first} on {D.ordinal_dmy(job.start)}"
        txt += (", a position " + he + " holds till date.") if job.end is None else \
            f" and served until {D.ordinal_dmy(job.end)}, when {he} resigned {his} appointment."
    y = p.paragraph(L, y, txt, F, 11.5, R - L, 17) + 10
    if job.departments:
        verb = "has worked" if job.end is None else "worked"
        y = p.paragraph(L, y, f"During {his} service, {he} {verb} in the {join_and(job.departments)} units of "
                        "the Department of Laboratory Services.", F, 11.5, R - L, 17) + 10
    y = p.paragraph(L, y, hours_sentence(job, person, "present" if job.end is None else "past"), F, 11.5, R - L, 17) + 10
    y = p.paragraph(L, y, f"{he.capitalize()} is hardworking, diligent and of good conduct. This letter is issued at "
                    f"{his} request for whatever purpose it may serve.", F, 11.5, R - L, 17) + 24
    p.text(L, y, "Yours faithfully,", F, 11.5)
    y += 52
    p.signature(L, y - 14, 120, rng)
    rubber_stamp(p, L + 220, y - 18, 44, 26)
    p.text(L, y, job.signer, FB, 11.5)
    p.text(L, y + 14, "Head, Human Resources", F, 11)
    p.text(L, y + 28, "for: Chief Medical Director", F, 11)
    return LayoutResult("employment_letter", "i5_service_confirmation", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "ordinal_dmy", "promoted_from": first if promo else None})


GY_BOXES = [("Hematology", "hematology"), ("Chemistry", "chemistry"), ("Microbiology", "microbiology"),
            ("Blood Bank", "blood_bank"), ("Urinalysis", "urinalysis"), ("Serology/Immunology", "immunology")]


def _gy(job, person, rng, as_of):
    emp = job.employer
    p = Page(LETTER)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 54, p.w - 54
    y = _head(p, emp, L, R, F, FB) + 30
    p.text(p.w / 2, y, "EMPLOYMENT VERIFICATION", FB, 14, "center")
    y += 28
    nm = job.name_override or name_form(person, "natural_initial")
    h, st = job.hours, job.hours_style
    status, facts = {"hours": (f"Full-time ({h} hrs/week)", (h, True, False)),
                     "fulltime_only": ("Full-time", (None, True, False)),
                     "fulltime_hours": (f"Full-time ({h} hrs/week)", (h, True, False)),
                     "parttime_hours": (f"Part-time ({h} hrs/week)", (h, False, True)),
                     "daily": (f"Full-time ({h} hrs/week)", (h, True, False))}[st]
    end = "present" if job.end is None else D.mdy_slash(job.end)
    p.text(L, y, "SECTION A \u2014 EMPLOYEE INFORMATION", FB, 10)
    y += 20
    for a, b in (("Employee name", nm), ("Employee ID", f"E{k(nm, 'gy') % 90000 + 10000}"),
                 ("Position / Title", job.position), ("Department", "Laboratory Services"),
                 ("Dates of employment", f"{D.mdy_slash(job.start)} \u2013 {end}"), ("Status", status)):
        p.pieces(y, [(L + 6, a, "left", FB, 10), (L + 150, b, "left")], F, 10)
        p.hline(L + 146, R, y + 3, 0.4, 0.4)
        y += 21
    y += 6
    p.text(L + 6, y, "Laboratory areas worked (check all that apply):", FB, 10)
    y += 20
    style = k(nm, emp.name, "tick") % 3
    phrase = {a: d for d, a in zip(job.departments, job.areas)}
    for i in range(0, 6, 3):
        items = []
        for j, (label, area) in enumerate(GY_BOXES[i:i + 3]):
            x = L + 16 + j * 160
            _box(p, x, y, area in phrase, style)
            items.append((x + 15, label, "left"))
        p.pieces(y, items, F, 10)
        y += 20
    others = [d for d, a in zip(job.departments, job.areas) if a not in dict((b, a) for a, b in GY_BOXES)]
    _box(p, L + 16, y, bool(others), style)
    p.pieces(y, [(L + 31, "Other (specify):", "left"), (L + 120, ", ".join(others), "left")], F, 10)
    p.hline(L + 116, R, y + 3, 0.4, 0.4)
    y += 34
    p.text(L, y, "SECTION B \u2014 VERIFIED BY", FB, 10)
    y += 34
    p.signature(L + 150, y - 12, 110, rng)
    for a, b in (("Signature", ""), ("Name", job.signer), ("Title", job.signer_title),
                 ("Date", D.mdy_slash(job.letter_date)), ("Telephone", emp.phone)):
        p.pieces(y, [(L + 6, a, "left", FB, 10), (L + 150, b, "left")], F, 10)
        p.hline(L + 146, R - 140, y + 3, 0.4, 0.4)
        y += 21
    star_seal(p, R - 70, y - 60, 30, 0.45)
    p.text(L, p.h - 50, "This verification is provided at the request of the employee and is based on our records.",
           "Helvetica-Oblique", 8)
    return LayoutResult("employment_letter", "i5_service_confirmation", FAMILY, [p], [nm],
                        info={"date_style": "mdy_slash", "hours_facts": facts, "tick_style": ["check", "x", "fill"][style]})


def _ke(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Courier", "Courier-Bold"
    L, R = 60, p.w - 60
    y = 48
    p.text(p.w / 2, y, emp.name.upper(), FB, 13 if len(emp.name) < 40 else 11, "center"); y += 13
    p.text(p.w / 2, y, f"{emp.street}, {emp.city.upper()}", F, 9, "center"); y += 11
    p.text(p.w / 2, y, f"Tel: {emp.phone} Email: {emp.email}", F, 9, "center"); y += 8
    p.hline(L, R, y, 1.0)
    y += 34
    p.text(p.w / 2, y, "CERTIFICATE OF SERVICE", FB, 14, "center")
    p.hline(p.w / 2 - 100, p.w / 2 + 100, y + 3, 0.6)
    y += 34
    nm = job.name_override or name_form(person, "caps")
    till = "Date" if job.end is None else D.dmy_slash(job.end)
    h, st = job.hours, job.hours_style
    hrs, facts = {"hours": (f"{h} hours per week", (h, False, False)),
                  "fulltime_only": ("Full time", (None, True, False)),
                  "fulltime_hours": (f"Full time ({h} hours per week)", (h, True, False)),
                  "parttime_hours": (f"Part time ({h} hours per week)", (h, False, True)),
                  "daily": (f"Full time, 8 hours a day, {h // 8} days a week", (h, True, False))}[st]
    duties = ("Performed routine and specialised laboratory investigations in " + join_and(job.departments) +
              "; quality control and equipment maintenance; reporting of results." if job.departments else
              "General duties as assigned by the supervisor.")
    rows = [("1. Name", nm), ("2. Personal No.", f"{k(nm, 'pno') % 900000 + 100000}"),
            ("3. Designation", job.position), ("4. Department", "Laboratory"),
            ("5. Period of Service", f"From {D.dmy_slash(job.start)} To {till}"),
            ("6. Terms of Service", "Permanent and Pensionable" if k(nm, "tos") % 2 else "Contract"),
            ("7. Hours of Duty", hrs), ("8. Duties performed", duties),
            ("9. Reason for leaving", "Still in service" if job.end is None else "Resignation"),
            ("10. Conduct", "Very good")]
    for a, b in rows:
        lines = wrap(b, F, 9.5, R - L - 170)
        p.pieces(y, [(L, a + ":", "left", FB, 9.5), (L + 170, lines[0], "left")], F, 9.5)
        for ln in lines[1:]:
            y += 13
            p.text(L + 170, y, ln, F, 9.5)
        y += 22
    y += 40
    p.signature(L, y - 14, 120, rng)
    rubber_stamp(p, R - 90, y - 10, 50, 30)
    p.text(L, y, job.signer, FB, 10)
    p.text(L, y + 13, "MEDICAL SUPERINTENDENT" if emp.kind != "lab" else "LABORATORY DIRECTOR", F, 9.5)
    p.text(L, y + 26, f"Date: {D.dmy_slash(job.letter_date)}", F, 9.5)
    return LayoutResult("employment_letter", "i5_service_confirmation", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def service_confirmation(job, person, rng, as_of):
    return {"NG": _ng, "GY": _gy, "KE": _ke}[job.employer.country](job, person, rng, as_of)


def _fem(position, fem):
    if not fem:
        return position
    for a, b in (("technicien", "technicienne"), ("assistant", "assistante"), ("Tecnólogo", "Tecnóloga"),
                 ("Licenciado", "Licenciada"), ("Técnico", "Técnica")):
        position = position.replace(a, b)
    return position


def _fr_sections(deps):
    out = [("d'" if d[0] in "aeiouhéè" else "de ") + d for d in deps]
    return join_and(out).replace(" and ", " et ")


def _es_date(d):
    return f"{'1ro' if d.day == 1 else d.day} de {MESES[d.month - 1]} de {d.year}"


def attestation_certifico(job, person, rng, as_of):
    emp = job.employer
    fem = person.sex == "F"
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 70, p.w - 70
    job.position = _fem(job.position, fem)
    h, st = job.hours, job.hours_style
    ld = job.letter_date
    if emp.country == "LB":
        y = _head(p, emp, L - 10, R + 10, F, FB, kind=0) + 28
        p.text(R, y, f"{emp.city}, le {fr_date(ld)}", F, 11, "right")
        y += 50
        p.text(p.w / 2, y, "ATTESTATION DE TRAVAIL", FB, 15, "center")
        y += 42
        hon = ("Mlle" if k(person.given, person.surname) % 2 else "Mme") if fem else "M."
        nm = job.name_override or f"{person.given} {person.surname.upper()}"
        hrs, facts = {"hours": (f"à raison de {h} heures par semaine", (h, False, False)),
                      "fulltime_only": ("à plein temps", (None, True, False)),
                      "fulltime_hours": (f"à plein temps ({h} heures par semaine)", (h, True, False)),
                      "parttime_hours": (f"à temps partiel, à raison de {h} heures par semaine", (h, False, True)),
                      "daily": (f"à plein temps ({h} heures par semaine)", (h, True, False))}[st]
        who = "Nous soussignés, " + (emp.name if emp.kind != "lab" else f"le {emp.name}")
        period = (f"travaille au sein de notre laboratoire en qualité de {job.position} depuis le {fr_date(job.start)}"
                  if job.end is None else
                  f"a travaillé au sein de notre laboratoire en qualité de {job.position} du {fr_date(job.start)} au "
                  f"{fr_date(job.end)}")
        secs = f", dans les sections {_fr_sections(job.departments)}" if job.departments else ""
        txt = f"{who}, attestons que {hon} {nm} {period}, {hrs}{secs}."
        y = p.paragraph(L, y, txt, F, 12, R - L, 19) + 12
        y = p.paragraph(L, y, "Cette attestation lui est délivrée à sa demande pour servir et valoir ce que de droit.",
                        F, 12, R - L, 19) + 50
        p.text(R - 90, y, "Le Directeur médical", FI, 11.5, "center")
        p.signature(R - 150, y + 36, 110, rng)
        rubber_stamp(p, R - 200, y + 30, 40, 26)
        p.text(R - 90, y + 50, job.signer, FB, 11.5, "center")
        return LayoutResult("employment_letter", "i5_attestation_certifico", FAMILY, [p], [nm],
                            info={"date_style": "fr_long", "hours_facts": facts})
    # Cuba
    y = 50
    star_seal(p, L + 10, 66, 22, 0.35)
    for ln, f, sz in (("REPÚBLICA DE CUBA", FB, 11), ("MINISTERIO DE SALUD PÚBLICA", F, 10),
                      (emp.name.upper(), FB, 11.5 if len(emp.name) < 44 else 10), ("Departamento de Recursos Humanos", F, 10)):
        p.text(p.w / 2 + 16, y, ln, f, sz, "center")
        y += 14
    y += 6
    p.text(p.w / 2, y, f"\u201cAño {ld.year - 1958} de la Revolución\u201d", FI, 10.5, "center")
    y += 50
    p.text(L, y, "CERTIFICO:", FB, 13)
    y += 28
    nm = job.name_override or name_form(person, "natural")
    hrs, facts = {"hours": (f"con una jornada laboral de {h} horas semanales", (h, False, False)),
                  "fulltime_only": ("a tiempo completo", (None, True, False)),
                  "fulltime_hours": (f"a tiempo completo, con una jornada laboral de {h} horas semanales", (h, True, False)),
                  "parttime_hours": ((f"a media jornada ({h} horas semanales)" if h == 20 else
                                      f"a tiempo parcial ({h} horas semanales)"), (h, False, True)),
                  "daily": (f"a tiempo completo ({h} horas semanales)", (h, True, False))}[st]
    comp = "la compañera" if fem else "el compañero"
    period = (f"labora en este centro como {job.position} desde el {_es_date(job.start)} hasta la fecha"
              if job.end is None else
              f"laboró en este centro como {job.position} desde el {_es_date(job.start)} hasta el {_es_date(job.end)}")
    areas = f", desempeñándose en las áreas de {join_and(job.departments).replace(' and ', ' y ')}" if job.departments else ""
    y = p.paragraph(L, y, f"Que {comp} {nm} {period}, {hrs}{areas}.", F, 12, R - L, 19) + 12
    y = p.paragraph(L, y, f"Y para que así conste, y a solicitud de{' la interesada' if fem else 'l interesado'}, se "
                    f"expide la presente en {emp.city}, a los {ld.day} días del mes de {MESES[ld.month - 1]} de "
                    f"{ld.year}.", F, 12, R - L, 19) + 70
    p.signature(p.w / 2 - 60, y - 14, 120, rng)
    star_seal(p, p.w / 2 + 120, y - 10, 30, 0.45)
    p.hline(p.w / 2 - 110, p.w / 2 + 110, y - 6, 0.5)
    p.text(p.w / 2, y + 6, job.signer, F, 11.5, "center")
    p.text(p.w / 2, y + 20, "Jefe(a) de Recursos Humanos", F, 11, "center")
    return LayoutResult("employment_letter", "i5_attestation_certifico", FAMILY, [p], [nm],
                        info={"date_style": "es_long", "hours_facts": facts})


LETTER_LAYOUTS = {"i5_service_confirmation": (service_confirmation, FAMILY, ("NG", "GY", "KE")),
                  "i5_attestation_certifico": (attestation_certifico, FAMILY, ("LB", "CU"))}
