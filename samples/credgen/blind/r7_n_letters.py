"""Writer N, round 7: employment letters.

`west_african_service` (NG, SL): NG a hospital's "LETTER OF EXPERIENCE" with a file reference
"FMC/PERS/1234/Vol.II/45" (the employer's initials), "... was employed as Medical Laboratory
Scientist II on 2nd January 2019 and promoted to Medical Laboratory Scientist I on 1st January
2021; he is still in our employment", then a ruled table of postings `Unit | Period` with
periods "Jan. 2019 – Jun. 2019" (the job's sections in turn; the last "– Date" while in
service), the hours sentence, "for: Chief Medical Director"; SL a short "TO WHOM IT MAY CONCERN"
letter stating months, not dates: "... has worked in our laboratory for thirty (30) months, from
June 2018 to November 2020, as a Laboratory Technologist", signed by the "Hospital Secretary".

`service_certificate` (RW, HT, KW): RW "CERTIFICATE OF SERVICE" as a label:value form (Names /
Position / Department / Date of appointment / Date of leaving / Type of contract "Full time");
HT French "ATTESTATION DE TRAVAIL — Nous soussignés ... attestons que ... a travaillé au
laboratoire ... en qualité de Technologiste Médical du 1er février 2018 au 31 mars 2021, à temps
partiel (20 heures par semaine)"; KW a Ministry of Health "EXPERIENCE CERTIFICATE" in two
columns, English labels on the left and Arabic labels (drawn as images) on the right, "Period of
Service: From 01/10/2019 To 30/09/2022" (day first), "Specialty: Laboratory Medicine — Clinical
Chemistry". Hours are printed as the job states them."""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, hours_sentence, join_and
from ..layouts_transcript import LayoutResult
from ..names import COUNTRY_NAMES, name_form
from ..pagekit import A4, Page, wrap
from . import r7_n_ht as HT
from .r4_g_arabic import arabic_line
from .r7_n_common import FAMILY, kj, rubber_stamp, star_seal

ABBR_M = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


def _par(p, x, y, s, font, size, w, lead):
    for ln in wrap(s, font, size, w):
        p.text(x, y, ln, font, size)
        y += lead
    return y + 7


def _head(p, emp, y, top=None):
    F, FB = "Times-Roman", "Times-Bold"
    for s in top or ():
        p.text(p.w / 2, y, s, F, 9.5, "center"); y += 12
    p.text(p.w / 2, y + 4, emp.name.upper(), FB, 15 if len(emp.name) < 36 else 12.5, "center"); y += 18
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}, {COUNTRY_NAMES[emp.country]}", F, 9, "center"); y += 11
    p.text(p.w / 2, y, f"Tel: {emp.phone}   E-mail: {emp.email}".replace("   ", " | "), F, 9, "center"); y += 7
    p.hline(50, p.w - 50, y, 1.5)
    p.hline(50, p.w - 50, y + 2.5, 0.4)
    return y + 24


def _months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month + 1


def _ng(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 62, p.w - 62
    star_seal(p, 80, 50, 18, 0.3)
    y = _head(p, emp, 34, ["FEDERAL MINISTRY OF HEALTH"] if emp.kind != "lab" else None)
    ini = "".join(w[0] for w in emp.name.split() if w[0].isupper())[:4]
    ref = f"{ini}/PERS/{kj(job.start, emp.name) % 9000 + 1000}/Vol.II/{kj(person.given) % 90 + 10}"
    ld = job.letter_date
    od = lambda d: D.ordinal_dmy(d).replace(",", "")
    p.pieces(y, [(L, f"Ref: {ref}", "left"), (R, od(ld), "right")], F, 10.5); y += 34
    p.text(p.w / 2, y, "LETTER OF EXPERIENCE", FB, 13.5, "center")
    p.hline(p.w / 2 - 82, p.w / 2 + 82, y + 3, 0.7); y += 28
    hon = person.honorific("Mrs." if job.name_override else "Miss")
    nm = job.name_override or name_form(person, "natural_initial")
    he, his = person.pronoun("subj"), person.pronoun("poss")
    end = job.end
    promo = None
    if job.position == "Medical Laboratory Scientist":
        pd = dt.date(job.start.year + 2, 1, 1)
        if pd < (end or ld) - dt.timedelta(days=60):
            promo = pd
    if promo:
        s1 = (f"This is to certify that {hon} {nm} was employed as Medical Laboratory Scientist II on "
              f"{od(job.start)} and promoted to Medical Laboratory Scientist I on {od(promo)}")
    else:
        s1 = f"This is to certify that {hon} {nm} was employed as {job.position} on {od(job.start)}"
    s1 += f"; {he} is still in our employment." if end is None else \
        f". {he.capitalize()} disengaged from the service of the {'Hospital' if emp.kind != 'lab' else 'Centre'} " \
        f"with effect from {od(end)}."
    y = _par(p, L, y, s1, F, 11.5, R - L, 16)
    y = _par(p, L, y, f"During the period, {he} was posted to the following units of the Department of Medical "
             "Laboratory Services:", F, 11.5, R - L, 16)
    units = list(job.departments) or ["Medical Laboratory"]
    stop = end or ld
    total = max(1, _months_between(job.start, stop))
    cuts = [job.start]
    for i in range(1, len(units)):
        cuts.append(D.add_months(job.start.replace(day=1), total * i // len(units)))
    c1, c2 = L + 40, L + 250
    p.hline(L + 30, R - 30, y - 9, 0.8)
    p.pieces(y + 2, [(c1, "Unit", "left"), (c2, "Period", "left")], FB, 11)
    p.hline(L + 30, R - 30, y + 7, 0.8); y += 22
    for i, u in enumerate(units):
        a = cuts[i]
        b = D.add_months(cuts[i + 1], -1) if i + 1 < len(units) else end
        pa = f"{ABBR_M[a.month - 1]} {a.year}"
        pb = f"{ABBR_M[b.month - 1]} {b.year}" if b else "Date"
        p.pieces(y, [(c1, u, "left"), (c2, f"{pa} – {pb}", "left")], F, 11)
        y += 15
    p.hline(L + 30, R - 30, y - 9, 0.6); y += 12
    y = _par(p, L, y, hours_sentence(job, person, "present" if end is None else "past"), F, 11.5, R - L, 16)
    y = _par(p, L, y, f"{he.capitalize()} has been found hardworking, punctual and of good conduct. Please accord "
             f"{person.pronoun('obj') if hasattr(person, 'pronoun') else 'him'} every assistance.", F, 11.5, R - L, 16)
    y += 40
    p.signature(L + 6, y - 8, 120, rng)
    rubber_stamp(p, L + 240, y - 18, 52, 30, 0.4)
    p.text(L, y, job.signer, FB, 11); y += 13
    p.text(L, y, job.signer_title, F, 11); y += 13
    p.text(L, y, "for: Chief Medical Director" if emp.kind != "lab" else "for: Managing Director", FI, 11)
    return LayoutResult("employment_letter", "west_african_service", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "ordinal_dmy", "reference": ref, "promotion": bool(promo)})


def _sl(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 70, p.w - 70
    y = _head(p, emp, 44)
    ld = job.letter_date
    p.text(R, y, D.long_dmy(ld), F, 11, "right"); y += 34
    p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 12)
    p.hline(L, L + 170, y + 3, 0.7); y += 30
    hon = person.honorific("Ms.")
    nm = job.name_override or name_form(person, "natural")
    end = job.end
    stop = end or ld
    n = _months_between(job.start, stop)
    words = D.number_words(n)
    role = f"a {job.position}" if job.position[0].lower() not in "aeiou" else f"an {job.position}"
    where = "our laboratory" if emp.kind == "lab" else "our hospital laboratory"
    if end is None:
        s1 = (f"This is to certify that {hon} {nm} has been working in {where} for {words} ({n}) months, from "
              f"{D.month_year(job.start)} to date, as {role}.")
    else:
        s1 = (f"This is to certify that {hon} {nm} has worked in {where} for {words} ({n}) months, from "
              f"{D.month_year(job.start)} to {D.month_year(end)}, as {role}.")
    y = _par(p, L, y, s1, F, 12, R - L, 17)
    s2 = hours_sentence(job, person, "present" if end is None else "past")
    if job.departments:
        s2 += f" {person.pronoun('subj').capitalize()} worked in {join_and(list(job.departments))}."
    y = _par(p, L, y, s2, F, 12, R - L, 17)
    y = _par(p, L, y, f"We wish {person.pronoun('obj') if False else ('her' if person.sex == 'F' else 'him')} "
             "every success.", F, 12, R - L, 17)
    y += 46
    p.signature(L + 4, y - 8, 120, rng)
    star_seal(p, L + 230, y - 16, 26, 0.45)
    p.text(L, y, job.signer, FB, 11.5); y += 14
    p.text(L, y, "Hospital Secretary" if emp.kind != "lab" else "Administrative Secretary", F, 11.5)
    return LayoutResult("employment_letter", "west_african_service", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "month_year", "months_stated": n})


def west_african_service(job, person, rng, as_of):
    return (_sl if job.employer.country == "SL" else _ng)(job, person, rng)


def _hours_en(job):
    h, st = job.hours, job.hours_style
    return {"hours": f"{h} hours per week", "fulltime_only": "Full time",
            "fulltime_hours": f"Full time ({h} hours per week)", "parttime_hours": f"Part time ({h} hours per week)",
            "daily": f"Full time (8 hours a day, {h // 8} days a week)"}[st]


def _rw(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 64, p.w - 64
    y = _head(p, emp, 40, ["REPUBLIKA Y'U RWANDA / REPUBLIC OF RWANDA"])
    p.text(p.w / 2, y + 10, "CERTIFICATE OF SERVICE", FB, 14, "center"); y += 52
    nm = job.name_override or f"{(job.surname_override or person.surname).upper()} {person.given}"
    end = job.end
    rows = [("Names", nm), ("Position", job.position),
            ("Department", "Laboratory" + (f" ({', '.join(job.departments)})" if job.departments else "")),
            ("Date of appointment", D.dmy_slash(job.start)),
            ("Date of leaving", D.dmy_slash(end) if end else "Still in service"),
            ("Type of contract", _hours_en(job))]
    for a, b in rows:
        lines = wrap(b, F, 11, R - L - 170)
        p.pieces(y, [(L, a, "left", FB, 11), (L + 150, ":", "left"), (L + 170, lines[0], "left")], F, 11)
        for ln in lines[1:]:
            y += 14
            p.text(L + 170, y, ln, F, 11)
        y += 24
    y += 8
    y = _par(p, L, y, "This certificate is issued to the above named for whatever purpose it may serve.", F, 11,
             R - L, 15)
    p.text(L, y + 4, f"Done at {emp.city} on {D.dmy_slash(job.letter_date)}", F, 11); y += 60
    p.signature(L + 4, y - 8, 120, rng)
    star_seal(p, L + 220, y - 14, 28, 0.45, points=8)
    p.text(L, y, job.signer, FB, 11); y += 13
    p.text(L, y, job.signer_title, F, 11)
    h, st = job.hours, job.hours_style
    facts = hours_facts(job)
    return LayoutResult("employment_letter", "rw_ht_kw_service_certificate", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


FR_TITLES = {"Human Resource Manager": "Responsable des Ressources Humaines",
             "Chief Medical Technologist": "Technologiste Médical en Chef", "Laboratory Manager": "Chef du Laboratoire",
             "Pathologist-in-Charge": "Pathologiste Responsable", "Medical Director": "Directeur Médical",
             "HR Officer": "Chargé du Personnel"}


def _ht(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 66, p.w - 66
    y = _head(p, emp, 44)
    p.text(p.w / 2, y + 12, "ATTESTATION DE TRAVAIL", FB, 15, "center"); y += 54
    fem = person.sex == "F"
    civ = "Madame" if fem else "Monsieur"
    nm = job.name_override or name_form(person, "natural")
    h, st = job.hours, job.hours_style
    regime = {"hours": f"à raison de {h} heures par semaine", "fulltime_only": "à temps plein",
              "fulltime_hours": f"à temps plein ({h} heures par semaine)",
              "parttime_hours": f"à temps partiel ({h} heures par semaine)",
              "daily": f"à temps plein, 8 heures par jour, {h // 8} jours par semaine"}[st]
    where = "notre laboratoire" if emp.kind == "lab" else "au laboratoire de notre institution"
    where = ("dans " if emp.kind == "lab" else "") + where
    if job.end is None:
        s1 = (f"Nous soussignés, Direction de l'établissement « {emp.name} », attestons que {civ} {nm} travaille {where} en qualité de "
              f"{job.position} depuis le {HT.fr_date(job.start)}, {regime}.")
    else:
        s1 = (f"Nous soussignés, Direction de l'établissement « {emp.name} », attestons que {civ} {nm} a travaillé {where} en qualité "
              f"de {job.position} du {HT.fr_date(job.start)} au {HT.fr_date(job.end)}, {regime}.")
    y = _par(p, L, y, s1, F, 12, R - L, 17)
    if job.departments:
        verb = "est affectée" if fem else "est affecté"
        if job.end is not None:
            verb = "a été affectée" if fem else "a été affecté"
        y = _par(p, L, y, f"{'Elle' if fem else 'Il'} {verb} aux services suivants : "
                 f"{', '.join(job.departments[:-1]) + ' et ' + job.departments[-1] if len(job.departments) > 1 else job.departments[0]}.",
                 F, 12, R - L, 17)
    y = _par(p, L, y, "En foi de quoi, la présente attestation lui est délivrée pour servir et valoir ce que de droit.",
             F, 12, R - L, 17)
    p.text(R, y + 6, f"Fait à {emp.city}, le {HT.fr_date(job.letter_date)}", F, 12, "right"); y += 64
    p.signature(R - 170, y - 8, 120, rng)
    star_seal(p, R - 230, y - 20, 28, 0.45, points=6)
    p.text(R - 85, y, job.signer, FB, 11.5, "center"); y += 14
    p.text(R - 85, y, FR_TITLES.get(job.signer_title, "La Direction"), FI, 11, "center")
    return LayoutResult("employment_letter", "rw_ht_kw_service_certificate", FAMILY, [p], [f"{civ} {nm}"],
                        info={"date_style": "fr_long", "hours_facts": hours_facts(job)})


AR_LABELS = {"Name": "الاسم", "Nationality": "الجنسية", "Position": "المسمى الوظيفي", "Specialty": "التخصص",
             "Place of Work": "جهة العمل", "Period of Service": "مدة الخدمة", "Working Hours": "ساعات العمل"}


def _kw(job, person, rng):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 50, p.w - 50
    W = p.w
    p.text(L, 44, "State of Kuwait", FB, 10)
    p.text(L, 57, "Ministry of Health" if emp.kind != "lab" else "Private Medical Sector", F, 9.5)
    p.text(L, 69, emp.name, F, 9.5)
    arabic_line(p, R - 40, 44, "دولة الكويت", 11, bold=True)
    arabic_line(p, R - 40, 60, "وزارة الصحة" if emp.kind != "lab" else "القطاع الطبي الأهلي", 10)
    star_seal(p, W / 2, 54, 22, 0.35, points=5)
    p.hline(L, R, 84, 1.0)
    p.text(W / 2, 112, "EXPERIENCE CERTIFICATE", FB, 14, "center")
    arabic_line(p, W / 2, 132, "شهادة خبرة", 13, bold=True)
    y = 168
    nm = job.name_override or name_form(person, "caps")
    end = job.end
    period = f"From {D.dmy_slash(job.start)} To {D.dmy_slash(end) if end else 'date'}"
    spec = "Laboratory Medicine"
    if job.departments:
        spec += " — " + ", ".join(job.departments)
    h, st = job.hours, job.hours_style
    hrs = {"hours": f"{h} hours per week", "fulltime_only": "Full time",
           "fulltime_hours": f"Full time ({h} hours per week)", "parttime_hours": f"Part time ({h} hours per week)",
           "daily": f"Full time, 8 hours daily, {h // 8} days a week"}[st]
    rows = [("Name", nm), ("Nationality", "Kuwaiti"), ("Position", job.position), ("Specialty", spec),
            ("Place of Work", f"{emp.name}, {emp.city}"), ("Period of Service", period), ("Working Hours", hrs)]
    for a, b in rows:
        lines = wrap(b, F, 10.5, 300)
        p.pieces(y, [(L, f"{a}:", "left", FB, 10.5), (L + 112, lines[0], "left")], F, 10.5)
        arabic_line(p, R - 40, y, AR_LABELS[a], 10.5, bold=True)
        p.text(R - 78, y, ":", F, 10.5, record=False)
        for ln in lines[1:]:
            y += 13
            p.text(L + 112, y, ln, F, 10.5)
        p.hline(L, R, y + 6, 0.25, 0.5)
        y += 24
    y += 6
    he = "her" if person.sex == "F" else "his"
    y = _par(p, L, y, f"This certificate has been issued upon {he} request without any liability on the part of the "
             "Ministry.", F, 10.5, R - L, 14)
    arabic_line(p, W / 2, y + 4, "أعطيت هذه الشهادة بناء على طلب صاحبها دون أدنى مسؤولية على الوزارة", 10)
    y += 30
    p.text(L, y, f"Date: {D.dmy_slash(job.letter_date)}", F, 10.5); y += 56
    p.signature(R - 170, y - 8, 120, rng)
    p.seal(R - 230, y - 16, 26, 0.45)
    p.text(R - 95, y, job.signer, FB, 10.5, "center"); y += 13
    p.text(R - 95, y, "Director of Administrative Affairs" if emp.kind != "lab" else job.signer_title, F, 10, "center")
    facts = hours_facts(job)
    return LayoutResult("employment_letter", "rw_ht_kw_service_certificate", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def service_certificate(job, person, rng, as_of):
    return {"RW": _rw, "HT": _ht}.get(job.employer.country, _kw)(job, person, rng)


LETTER_LAYOUTS = {"west_african_service": (west_african_service, FAMILY, ("NG", "SL")),
                  "rw_ht_kw_service_certificate": (service_certificate, FAMILY, ("RW", "HT", "KW"))}
