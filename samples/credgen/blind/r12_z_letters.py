"""Writer Z, round 12: employment letters for BF, CR, MV, GM and LY (four designs).

z_bf_certificat: BF "CERTIFICAT DE TRAVAIL" (a job that has ended) or "ATTESTATION DE TRAVAIL" (a
    job still held) of a Centre Hospitalier Régional: "Je soussigné, Directeur Général du Centre
    Hospitalier Régional de ..., atteste que ... est employé(e) dans notre établissement en qualité de
    Technicien Supérieur de Laboratoire depuis le 2 mai 2017 à nos jours (or "du ... au ..."), affecté(e)
    au laboratoire d'analyses (bactériologie, biochimie)", the hours, "En foi de quoi ...".
z_cr_constancia: CR "CONSTANCIA DE TIEMPO SERVIDO" of the social security hospital network's
    human-resources office: a table `Puesto | Desde | Hasta | Jornada | Condición` of consecutive
    appointments in the same laboratory (interim appointments, then "Propiedad"), "Tiempo completo" or
    "Medio tiempo" (the weekly hours stated under the table), and "Tiempo total laborado: 4 años, 3
    meses y 12 días".
z_en_service: MV "SERVICE LETTER" of a regional hospital ("has been working as a Medical Laboratory
    Technologist since 5 June 2018 ... 48 hours per week ..."); GM a reference letter on a teaching
    hospital's letterhead, "Ref: KCTH/HR/...", the period with month names ("from 3rd March 2017 to
    date") and the sections (haematology, blood bank, parasitology).
z_ly_experience: LY bilingual (Arabic lines as pictures at the right) "Experience Certificate" of a
    medical centre, "worked as a Laboratory Technologist from 01/10/2016 to 30/06/2019", full time.

Truth: one experience entry per job, from the job's own dates; the CR appointments rows split one
job's period (consecutive, same laboratory, same hours) and add no time.
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LETTER, Page
from .r11_w_letters import facts, hours_en, hours_fr
from .r12_z_common import (EN_MONTHS, ES_MONTHS, FAMILY, arabic, by_reading_order, fr_date, kj, ordinal_en,
                           round_stamp, rubber_stamp, sign_block, star_seal)


def sname(job, person):
    return job.surname_override or person.surname


def natural(job, person):
    if job.name_override:
        return job.name_override
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def join_en(xs):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


# --- BF ---------------------------------------------------------------------------------------------

def z_bf_certificat(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    lab = emp.kind == "lab"
    nm = job.name_override or " ".join(x for x in (sname(job, person).upper(), person.given, person.middle) if x)
    p = Page(A4)
    W = p.w
    L, R = 64, W - 64
    y = 52
    for ln in (["MINISTÈRE DE LA SANTÉ", "SECRÉTARIAT GÉNÉRAL", emp.name.upper(), "DIRECTION GÉNÉRALE"] if not lab
               else [emp.name.upper(), f"{emp.street} - {emp.city}", f"Tél. {emp.phone}"]):
        p.text(L + 110, y, ln, TB, 9, "center")
        y += 17
    p.text(R - 80, 52, "BURKINA FASO", TB, 10.5, "center")
    p.text(R - 80, 66, "Unité - Progrès - Justice", TI, 9, "center")
    p.text(L, y + 8, f"N° {kj(job, 'n') % 900 + 100}/{'CHR' if not lab else 'LAM'}/DG/SRH", T, 10)
    ended = job.end is not None
    title = "CERTIFICAT DE TRAVAIL" if ended else "ATTESTATION DE TRAVAIL"
    p.text(W / 2, 190, title, TB, 18, "center")
    p.hline(W / 2 - 110, W / 2 + 110, 196, 0.8)
    who = "Directeur Général du " + emp.name if not lab else "Directeur du " + emp.name
    if ended:
        per = (f"a été {'employée' if fem else 'employé'} dans notre établissement en qualité de {job.position} du "
               f"{fr_date(job.start)} au {fr_date(job.end)}")
    else:
        per = (f"est {'employée' if fem else 'employé'} dans notre établissement en qualité de {job.position} depuis "
               f"le {fr_date(job.start)} à nos jours")
    aff = ""
    if job.departments:
        aff = (f", {'affectée' if fem else 'affecté'} au laboratoire d'analyses ({', '.join(job.departments)})")
    elif "Nurse" in job.position or "Infirm" in job.position:
        aff = f", {'affectée' if fem else 'affecté'} aux services de soins"
    txt = (f"Je soussigné, {who}, atteste que {'Madame' if fem else 'Monsieur'} {nm}, "
           f"{'née' if fem else 'né'} le {person.dob.strftime('%d/%m/%Y') if getattr(person, 'dob', None) else '...'}, "
           f"{per}{aff}, {hours_fr(job)}.") if getattr(person, "dob", None) else (
           f"Je soussigné, {who}, atteste que {'Madame' if fem else 'Monsieur'} {nm} {per}{aff}, {hours_fr(job)}.")
    y = p.paragraph(L, 240, txt, T, 12.5, R - L, 20) + 10
    fin = ("le présent certificat lui est délivré" if ended else "la présente attestation lui est délivrée")
    y = p.paragraph(L, y, f"En foi de quoi, {fin} pour servir et valoir ce que de droit.", T, 12.5, R - L, 20)
    y += 30
    p.text(R, y, f"{emp.city}, le {fr_date(job.letter_date)}", T, 12, "right")
    sign_block(p, rng, R - 110, y + 90, "Le Directeur Général" if not lab else "Le Directeur", TB, 11, 190)
    p.text(R - 110, y + 118, job.signer, T, 11, "center")
    round_stamp(p, R - 190, y + 70, 34, 0.42)
    return LayoutResult("employment_letter", "z_bf_certificat", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fr_long", "hours_facts": facts(job)})


# --- CR ---------------------------------------------------------------------------------------------

def ymd_between(a, b):
    """Years, months, days from a to b inclusive (b's day counted)."""
    b1 = b + dt.timedelta(days=1)
    y = b1.year - a.year
    m = b1.month - a.month
    d = b1.day - a.day
    if d < 0:
        m -= 1
        prev = (b1.replace(day=1) - dt.timedelta(days=1))
        d += prev.day
    if m < 0:
        y -= 1
        m += 12
    return y, m, d


def cr_dmy(d):
    return d.strftime("%d/%m/%Y")


def z_cr_constancia(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    lab = emp.kind == "lab"
    fem = person.sex == "F"
    nm = natural(job, person).upper()
    p = Page(LETTER)
    W, H = p.w, p.h
    L, R = 60, W - 60
    if not lab:
        p.text(L, 52, "INSTITUTO COSTARRICENSE DE SEGURIDAD SOCIAL", FB, 11)
        p.text(L, 66, emp.name, F, 10)
        p.text(L, 80, "Oficina de Gestión de Recursos Humanos", F, 10)
    else:
        p.text(L, 52, emp.name.upper(), FB, 11)
        p.text(L, 66, f"{emp.street}, {emp.city}", F, 10)
        p.text(L, 80, "Departamento de Recursos Humanos", F, 10)
    star_seal(p, R - 30, 64, 20, 0.35, points=6)
    p.text(R, 104, f"{'ORH' if not lab else 'RH'}-{kj(job, 'of') % 900 + 100}-{job.letter_date.year}", F, 9.5, "right")
    p.text(W / 2, 140, "CONSTANCIA DE TIEMPO SERVIDO", FB, 15, "center")
    part = job.hours_style == "parttime_hours"
    jornada = ("Medio tiempo" if job.hours <= 22 else "Tiempo parcial") if part else "Tiempo completo"
    y = p.paragraph(L, 172, f"La suscrita Jefatura de Recursos Humanos hace constar que {'la señora' if fem else 'el señor'}"
                    f" {nm}, cédula {1 + kj(job, 'c') % 7}-{kj(job, 'd') % 9000 + 1000}-{kj(job, 'e') % 900 + 100:04d}, "
                    f"ha laborado para {'esta institución' if not lab else 'esta empresa'} según el siguiente detalle:",
                    F, 10.5, R - L, 15) + 6
    end = job.end
    last = end or job.letter_date
    # consecutive appointments: one or two interim periods, then the permanent one
    spans = []
    n = 1 + kj(job, "n") % 3
    total_days = (last - job.start).days
    if total_days < 240:
        n = 1
    cuts = sorted({job.start + dt.timedelta(days=int(total_days * f)) for f in ([0.2, 0.45][:n - 1])})
    starts = [job.start] + cuts
    for q, st in enumerate(starts):
        en = starts[q + 1] - dt.timedelta(days=1) if q + 1 < len(starts) else end
        cond = "Interino" if q < len(starts) - 1 else ("Propiedad" if n > 1 or kj(job, "p") % 2 else "Interino")
        spans.append((st, en, cond))
    unit = (f" - Lab. {job.departments[0]}" if job.departments else "")
    xs = [L, L + 190, L + 260, L + 330, L + 420, R]
    p.rect(L, y, R - L, 18, 0.6, 0, fill=0.88)
    p.pieces(y + 12.5, [(xs[0] + 4, "Puesto", "left"), (xs[1] + 4, "Desde", "left"), (xs[2] + 4, "Hasta", "left"),
                        (xs[3] + 4, "Jornada", "left"), (xs[4] + 4, "Condición", "left")], FB, 9.5)
    top = y
    y += 18
    for st, en, cond in spans:
        p.pieces(y + 12.5, [(xs[0] + 4, f"{job.position}", "left"), (xs[1] + 4, cr_dmy(st), "left"),
                            (xs[2] + 4, cr_dmy(en) if en else "a la fecha", "left"), (xs[3] + 4, jornada, "left"),
                            (xs[4] + 4, cond, "left")], F, 9.5)
        y += 18
        p.hline(L, R, y, 0.4)
    for x in xs:
        p.vline(x, top, y, 0.5)
    y += 20
    if job.departments and not job.areas:
        y = p.paragraph(L, y, f"Servicios: {', '.join(job.departments)}.", F, 10, R - L, 14)
    elif job.departments:
        y = p.paragraph(L, y, f"Lugar de trabajo: Laboratorio Clínico{unit}; secciones: {', '.join(job.departments)}.",
                        F, 10, R - L, 14)
    else:
        y = p.paragraph(L, y, f"Lugar de trabajo: {emp.name}.", F, 10, R - L, 14)
    hrs = f"{job.hours} horas semanales" if part else "40 horas semanales"
    y = p.paragraph(L, y + 2, f"Jornada: {jornada.lower()}, {hrs}.", F, 10, R - L, 14)
    yy, mm, dd = ymd_between(job.start, last)
    y += 8
    p.text(L, y, f"Tiempo total laborado: {yy} {'año' if yy == 1 else 'años'}, {mm} {'mes' if mm == 1 else 'meses'} y "
           f"{dd} {'día' if dd == 1 else 'días'}", FB, 10.5)
    y += 16
    if end is None:
        p.text(L, y, f"Cómputo al {cr_dmy(job.letter_date)}.", FI, 9.5)
        y += 14
    d = job.letter_date
    y = p.paragraph(L, y + 14, f"Se extiende la presente a solicitud {'de la interesada' if fem else 'del interesado'}, en "
                    f"{emp.city}, a los {d.day} días del mes de {ES_MONTHS[d.month - 1]} de {d.year}.", F, 10.5, R - L,
                    15)
    sign_block(p, rng, L + 120, y + 70, job.signer, FB, 10, 190, "Jefatura de Recursos Humanos")
    rubber_stamp(p, L + 280, y + 50, 42, 26, 0.45)
    hs = job.hours if part else 40
    return LayoutResult("employment_letter", "z_cr_constancia", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": (hs, not part, part), "appointments": [
                            {"start": D.iso(a), "end": D.iso(b), "condition": c} for a, b, c in spans]})


# --- MV, GM -----------------------------------------------------------------------------------------

def z_en_service(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique") if emp.country == "MV" else \
        ("Times-Roman", "Times-Bold", "Times-Italic")
    fem = person.sex == "F"
    lab = emp.kind == "lab"
    hon = "Ms." if fem else "Mr."
    nm = natural(job, person)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    star_seal(p, W / 2, 54, 20, 0.3, points=6)
    p.text(W / 2, 92, emp.name.upper(), FB, 14, "center")
    p.text(W / 2, 106, f"{emp.street}, {emp.city}{', Republic of Maldives' if emp.country == 'MV' else ', The Gambia'}",
           F, 9, "center")
    p.text(W / 2, 118, f"Tel: {emp.phone} | Email: {emp.email}", F, 9, "center")
    p.hline(L, R, 126, 1.0)
    secs = list(job.departments)
    if emp.country == "MV":
        p.text(L, 150, f"Ref: {'HR' if not lab else 'ADM'}/{kj(job, 'r') % 900 + 100}/{job.letter_date.year}", F, 10)
        p.text(R, 150, D.long_dmy(job.letter_date), F, 10, "right")
        p.text(W / 2, 190, "SERVICE LETTER", FB, 15, "center")
        if job.end is None:
            per = f"has been working as a {job.position} at {emp.name} since {D.long_dmy(job.start)}"
        else:
            per = (f"worked as a {job.position} at {emp.name} from {D.long_dmy(job.start)} to "
                   f"{D.long_dmy(job.end)}")
        txt = f"This is to certify that {hon} {nm} (National ID {natid(job)}) {per}, {hours_en(job)}."
        y = p.paragraph(L, 230, txt, F, 11.5, R - L, 18) + 8
        if secs:
            y = p.paragraph(L, y, f"During this period {'she' if fem else 'he'} worked in the {join_en(secs)} "
                            f"section{'s' if len(secs) > 1 else ''} of the hospital laboratory.", F, 11.5, R - L, 18) + 8
        y = p.paragraph(L, y, "This letter is issued at the request of the employee for whatever purpose it may serve.",
                        F, 11.5, R - L, 18) + 60
        sign_block(p, rng, L + 100, y, job.signer, FB, 10, 180, "Manager, Human Resources")
        rubber_stamp(p, L + 250, y - 20, 44, 26, 0.45)
        ds = "long_dmy"
    else:
        code = "".join(w[0] for w in emp.name.split() if w[0].isupper())[:5]
        p.text(L, 150, f"Ref: {code}/HR/{kj(job, 'r') % 900 + 100}/{job.letter_date.year % 100:02d}", F, 11)
        d = job.letter_date
        p.text(R, 150, f"{ordinal_en(d.day)} {EN_MONTHS[d.month - 1]} {d.year}", F, 11, "right")
        p.text(L, 184, "TO WHOM IT MAY CONCERN", FB, 12)
        p.text(L, 206, f"RE: REFERENCE LETTER - {nm.upper()}", FB, 11)

        def od(x):
            return f"{ordinal_en(x.day)} {EN_MONTHS[x.month - 1]} {x.year}"
        per = (f"from {od(job.start)} to date" if job.end is None else f"from {od(job.start)} to {od(job.end)}")
        txt = (f"This is to confirm that {hon} {nm} {'is' if job.end is None else 'was'} employed by this hospital as "
               f"a {job.position} {per}, {hours_en(job)}.")
        y = p.paragraph(L, 236, txt, F, 12, R - L, 18) + 8
        if secs:
            y = p.paragraph(L, y, f"{'She' if fem else 'He'} has worked in the {join_en(secs)} "
                            f"section{'s' if len(secs) > 1 else ''} of the laboratory department and has shown "
                            f"competence and dedication.", F, 12, R - L, 18) + 8
        y = p.paragraph(L, y, f"We recommend {'her' if fem else 'him'} without reservation. Please do not hesitate to "
                        "contact us for any further information.", F, 12, R - L, 18) + 20
        p.text(L, y, "Yours faithfully,", F, 12)
        sign_block(p, rng, L + 100, y + 60, job.signer, FB, 11, 180, "Director of Human Resources")
        round_stamp(p, L + 260, y + 40, 32, 0.42)
        ds = "ordinal_dmy"
    return LayoutResult("employment_letter", "z_en_service", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": ds, "hours_facts": facts(job)})


def natid(job):
    return f"A{kj(job, 'nid') % 900000 + 100000}"


# --- LY ---------------------------------------------------------------------------------------------

def z_ly_experience(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 56, W - 56
    p.text(L, 52, "State of Libya", FB, 10)
    arabic(p, R, 52, "دولة ليبيا", 10, bold=True, align="right")
    p.text(L, 66, emp.name, FB, 11)
    arabic(p, R, 66, "مركز طبي" if emp.kind != "lab" else "مختبر تحاليل طبية", 10.5, bold=True, align="right")
    p.text(L, 80, f"{emp.street}, {emp.city}", "Helvetica", 9)
    arabic(p, R, 80, "الإدارة", 9, align="right")
    p.hline(L, R, 90, 0.8)
    p.text(L, 110, f"Ref: {kj(job, 'r') % 9000 + 1000}", "Helvetica", 9.5)
    p.text(R - 110, 110, f"Date: {D.dmy_slash(job.letter_date)}", "Helvetica", 9.5, "right")
    arabic(p, R, 110, "التاريخ", 9, align="right")
    p.text(L, 150, "Experience Certificate", FB, 16)
    arabic(p, R, 150, "شهادة خبرة", 16, bold=True, align="right")
    if job.end is None:
        per = (f"has been working as a {job.position} since {D.dmy_slash(job.start)} up to the date of this "
               f"certificate")
    else:
        per = f"worked as a {job.position} from {D.dmy_slash(job.start)} to {D.dmy_slash(job.end)}"
    ft = hours_en(job)
    txt = f"We certify that {'Ms.' if fem else 'Mr.'} {nm}, Libyan, {per}, {ft}."
    y = p.paragraph(L, 190, txt, "Helvetica", 11.5, R - L, 18) + 8
    if job.departments:
        y = p.paragraph(L, y, f"{'She' if fem else 'He'} worked in the laboratory sections of "
                        f"{join_en(job.departments)}.", "Helvetica", 11.5, R - L, 18) + 8
    y = p.paragraph(L, y, "This certificate was issued at the request of the concerned person without any "
                    "responsibility on the centre.", "Helvetica", 11.5, R - L, 18) + 60
    sign_block(p, rng, R - 110, y, job.signer, FB, 10, 180, "General Manager")
    arabic(p, R - 110, y + 40, "المدير العام", 9)
    round_stamp(p, R - 200, y - 14, 32, 0.42)
    return LayoutResult("employment_letter", "z_ly_experience", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts(job)})


LETTER_LAYOUTS = {
    "z_bf_certificat": (z_bf_certificat, FAMILY, ("BF",)),
    "z_cr_constancia": (z_cr_constancia, FAMILY, ("CR",)),
    "z_en_service": (z_en_service, FAMILY, ("MV", "GM")),
    "z_ly_experience": (z_ly_experience, FAMILY, ("LY",)),
}
