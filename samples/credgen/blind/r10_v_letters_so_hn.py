"""Writer V, round 10: the SO and HN letters of v_potvrda_constancia (see r10_v_letters.py)."""

from .. import dates as D
from ..layouts_letter import hours_facts, join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r10_v_common import by_reading_order, FAMILY, kj, round_stamp, rubber_stamp, sign_block
from .r10_v_diplomas2 import MESES


def _so_hours(job, he):
    h, st = job.hours, job.hours_style
    return {"hours": f"{he} worked {h} hours per week.", "fulltime_only": f"{he} worked on a full-time basis.",
            "fulltime_hours": f"{he} worked full time ({h} hours per week).",
            "parttime_hours": f"{he} worked on a part-time basis, {h} hours per week.",
            "daily": f"{he} worked full time, 8 hours a day, {h // 8} days a week."}[st]


def so_experience(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    W = p.w
    L, R = 60, W - 60
    F, FB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = printed_name(job, person, "natural")
    he = "She" if fem else "He"
    p.logo(L + 22, 62, 22, kj(job, "logo") % 3)
    p.text(L + 56, 56, emp.name.upper(), FB, 14)
    p.text(L + 56, 70, f"{emp.street}, {emp.city}, Somalia", F, 9)
    p.text(L + 56, 82, f"Tel: {emp.phone}   Email: {emp.email}".replace("   ", " | "), F, 9)
    p.hline(L, R, 94, 1.4, 0.2)
    p.pieces(120, [(L, f"Ref: {emp.name.split()[0][:3].upper()}/HR/{kj(job, 'ref') % 900 + 100}/{job.letter_date.year}", "left"),
                   (R, f"Date: {D.long_dmy(job.letter_date)}", "right")], F, 10)
    p.text(W / 2, 162, "EXPERIENCE LETTER", FB, 15, "center")
    p.hline(W / 2 - 80, W / 2 + 80, 166, 0.8)
    p.text(L, 198, "To Whom It May Concern,", F, 11)
    per = (f"from {D.month_year(job.start)} up to now" if job.end is None else
           f"from {D.month_year(job.start)} to {D.month_year(job.end)}")
    works = "has worked" if job.end is None else "worked"
    body = (f"This is to certify that {'Ms.' if fem else 'Mr.'} {nm} {works} with us as a {job.position} {per}. ")
    if job.departments:
        body += (f"During this period {he.lower()} worked in the {join_and(job.departments)} "
                 f"{'sections' if len(job.departments) > 1 else 'section'} of our laboratory. ")
    body += _so_hours(job, he)
    y = p.paragraph(L, 224, body, F, 11, R - L, 17) + 10
    y = p.paragraph(L, y, f"{he} was found to be hardworking, honest and punctual, and {'her' if fem else 'his'} conduct "
                    "was good throughout. We wish " + ('her' if fem else 'him') + " every success in the future.",
                    F, 11, R - L, 17) + 10
    y = p.paragraph(L, y, "This letter is issued upon request for whatever purpose it may serve.", F, 11, R - L, 17) + 30
    p.text(L, y, "Sincerely,", F, 11)
    y += 52
    p.signature(L, y - 30, 120, rng)
    round_stamp(p, L + 190, y - 20, 32, 0.45)
    p.text(L, y, job.signer, FB, 11)
    p.text(L, y + 14, job.signer_title or "Human Resource Manager", F, 10)
    p.text(L, y + 28, emp.name, F, 10)
    return LayoutResult("employment_letter", "v_potvrda_constancia", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "month_year", "hours_facts": hours_facts(job)})


def _hn_hours(job):
    """(phrase, hours facts)."""
    h, st = job.hours, job.hours_style
    if st == "parttime_hours":
        if h == 20:
            return "con jornada de medio tiempo (4 horas diarias, de lunes a viernes)", (20, False, True)
        return f"con jornada de medio tiempo ({h} horas semanales)", (h, False, True)
    if st == "daily":
        return f"con jornada de tiempo completo de 8 horas diarias, de lunes a sábado", (h, True, False)
    if st == "fulltime_only":
        return "con jornada de tiempo completo", (None, True, False)
    if st == "fulltime_hours" and h == 40:
        return "con jornada de tiempo completo (8 horas diarias, de lunes a viernes)", (40, True, False)
    if st == "fulltime_hours":
        return f"con jornada de tiempo completo ({h} horas semanales)", (h, True, False)
    return f"con una jornada de {h} horas semanales", (h, False, False)


def es_date(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def hn_constancia(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    W = p.w
    L, R = 70, W - 70
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = printed_name(job, person, "natural").upper()
    p.text(W / 2, 56, "SECRETARÍA DE SALUD" if emp.kind == "hospital" else emp.name.upper(), TB, 11, "center")
    p.text(W / 2, 72, emp.name.upper() if emp.kind == "hospital" else "Laboratorio de Análisis Clínicos", TB, 13, "center")
    p.text(W / 2, 86, f"{emp.street}, {emp.city}, {emp.region}", T, 9.5, "center")
    p.text(W / 2, 98, f"Tel. {emp.phone} — {emp.email}", T, 9.5, "center")
    p.hline(L, R, 106, 0.8)
    p.text(R, 132, f"Oficio No. DRH-{kj(job, 'of') % 900 + 100}-{job.letter_date.year}", T, 10.5, "right")
    p.text(W / 2, 176, "CONSTANCIA", TB, 17, "center")
    who = "quien suscribe, Jefe(a)"
    area = (f"en el Laboratorio Clínico de este {'hospital' if emp.kind == 'hospital' else 'centro'}"
            + (f", en las secciones de {join_and(job.departments).replace(' and ', ' y ')}" if job.departments else ""))
    start = f"a partir del {es_date(job.start)}"
    per = f"{start} a la fecha" if job.end is None else f"del {es_date(job.start)} al {es_date(job.end)}"
    verb = "labora" if job.end is None else "laboró"
    ph, facts = _hn_hours(job)
    body = (f"El (la) infrascrito(a), {who} del Departamento de Recursos Humanos, por este medio hace constar que "
            f"{'la señora' if fem else 'el señor'} {nm}, con tarjeta de identidad No. {kj(job, 'id') % 9000 + 1000}-"
            f"{1985 + kj(job, 'y') % 14}-{kj(job, 'n') % 90000 + 10000:05d}, {verb} {area}, "
            f"desempeñando el cargo de {job.position}, {per}, {ph}.")
    y = p.paragraph(L, 214, body, T, 12, R - L, 19) + 10
    d = job.letter_date
    y = p.paragraph(L, y, f"Y para los fines que {'a la interesada' if fem else 'al interesado'} convengan, se extiende "
                    f"la presente en la ciudad de {emp.city}, a los {d.day} días del mes de {MESES[d.month - 1]} de "
                    f"{d.year}.", T, 12, R - L, 19) + 80
    sign_block(p, rng, W / 2, y, job.signer, T, 11, 200, "Jefe(a) de Recursos Humanos")
    rubber_stamp(p, W / 2 + 150, y - 20, 46, 26, 0.45)
    return LayoutResult("employment_letter", "v_potvrda_constancia", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "long_es", "hours_facts": facts})
