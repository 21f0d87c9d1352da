"""Writer V, round 10: employment letters. v_potvrda_constancia serves RS, SO, HN; v_service_record
serves MU, BT (r10_v_letters2.py).

v_potvrda_constancia:
  RS "ПОТВРДА О РАДНОМ СТАЖУ" in Cyrillic: "... да је ... запослена у ... у Служби за лабораторијску
     дијагностику (одељења: ...) на радном месту лаборант од 01.03.2017. године до данас, са пуним
     радним временом (40 часова недељно)", "Потврда се издаје ради ..." and an English translation as
     page 2 with the court interpreter's clause. Dates DD.MM.YYYY. with "године".
  SO "EXPERIENCE LETTER": "... worked with us as a Laboratory Technologist from January 2016 up to now"
     (month and year only; the truth keeps the job's day), the departments in one sentence.
  HN "CONSTANCIA": "... labora en el Laboratorio Clínico de este hospital a partir del 15 de mayo de 2017
     a la fecha, con jornada de medio tiempo (4 horas diarias, de lunes a viernes)".
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r10_v_common import by_reading_order, cyrillic_safe, FAMILY, kj, round_stamp, rubber_stamp, sign_block, sr_cyr

EN_DEPT_RS = {"Служба за трансфузију крви": "Blood Transfusion Service", "Одељење медицинске биохемије":
              "Department of Medical Biochemistry", "Хематолошка лабораторија": "Haematology Laboratory",
              "Одељење микробиологије": "Department of Microbiology", "Имунолошка лабораторија": "Immunology Laboratory",
              "Лабораторија за анализу урина": "Urinalysis Laboratory", "Лабораторија за молекуларну дијагностику":
              "Molecular Diagnostics Laboratory", "Пункт за узимање крви": "Blood Sampling Point",
              "Одељење патологије": "Department of Pathology"}
EN_POS_RS = {"лаборант": "laboratory technician", "медицински лабораторијски дијагностичар":
             "medical laboratory diagnostician", "биолог у лабораторији": "laboratory biologist"}


def v_potvrda_constancia(job, person, rng, as_of):
    c = job.employer.country
    if c == "RS":
        with cyrillic_safe():
            return _rs(job, person, rng, as_of)
    from .r10_v_letters_so_hn import hn_constancia, so_experience
    return {"SO": so_experience, "HN": hn_constancia}[c](job, person, rng, as_of)


def _rs_hours(job):
    h, st = job.hours, job.hours_style
    return {"hours": f"са радним временом од {h} часова недељно",
            "fulltime_only": "са пуним радним временом",
            "fulltime_hours": f"са пуним радним временом ({h} часова недељно)",
            "parttime_hours": f"са непуним радним временом од {h} часова недељно",
            "daily": f"са пуним радним временом, 8 часова дневно, {h // 8} дана недељно"}[st]


def _en_hours(job):
    h, st = job.hours, job.hours_style
    return {"hours": f"with working hours of {h} hours per week", "fulltime_only": "full-time",
            "fulltime_hours": f"full-time ({h} hours per week)",
            "parttime_hours": f"part-time, {h} hours per week",
            "daily": f"full-time, 8 hours a day, {h // 8} days a week"}[st]


def rs_d(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}."


def _rs(job, person, rng, as_of):
    emp = job.employer
    fem = person.sex == "F"
    nm = printed_name(job, person, "natural")
    nm_c = sr_cyr(nm)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W = p.w
    L, R = 66, W - 66
    p.text(L, 54, "РЕПУБЛИКА СРБИЈА", TB, 10)
    p.text(L, 68, emp.name, TB, 11)
    p.text(L, 82, f"{emp.street}, {emp.city}", T, 9.5)
    p.text(L, 95, f"Тел: {emp.phone}, e-mail: {emp.email}", T, 9)
    ref = f"{kj(job, 'br') % 9000 + 1000}/{job.letter_date.year}"
    p.text(L, 122, f"Број: 01-{ref}", T, 10.5)
    p.text(L, 136, f"Датум: {rs_d(job.letter_date)} године", T, 10.5)
    p.text(W / 2, 184, "ПОТВРДА О РАДНОМ СТАЖУ", TB, 15, "center")
    jmbg = f"{person_dob_code(job)}"
    depts = (f"у Служби за лабораторијску дијагностику ({'одељења' if len(job.departments) > 1 else 'одељење'}: "
             f"{', '.join(job.departments)})") if job.departments else "у Служби за лабораторијску дијагностику"
    if emp.kind == "lab":
        depts = (f"у лабораторији ({', '.join(job.departments)})" if job.departments else "у лабораторији")
    per = (f"од {rs_d(job.start)} године до данас" if job.end is None else
           f"од {rs_d(job.start)} године до {rs_d(job.end)} године")
    verb = ("запослена" if fem else "запослен") if job.end is None else ("била запослена" if fem else "био запослен")
    body = (f"Потврђује се да је {nm_c}, ЈМБГ {jmbg}, {verb} у {emp.name} {depts} на радном месту {job.position} "
            f"{per}, {_rs_hours(job)}, на неодређено време.")
    y = p.paragraph(L, 228, body, T, 12, R - L, 19) + 12
    y = p.paragraph(L, y, f"Потврда се издаје на лични захтев {'именоване' if fem else 'именованог'} ради "
                    "признавања радног искуства у иностранству и у друге сврхе се не може користити.", T, 12, R - L, 19) + 70
    sign_block(p, rng, R - 100, y, job.signer, T, 10.5, 180, "Руководилац службе за правне и кадровске послове")
    round_stamp(p, L + 80, y - 16, 34, 0.42)
    # page 2: translation
    q = Page(A4)
    q.text(L, 54, "TRANSLATION FROM SERBIAN", TB, 11)
    q.text(L, 80, "REPUBLIC OF SERBIA", T, 10)
    q.text(L, 94, f"{emp.name} (in Serbian Cyrillic)", T, 10)
    q.text(L, 108, f"No.: 01-{ref}", T, 10)
    q.text(L, 122, f"Date: {rs_d(job.letter_date)}", T, 10)
    q.text(W / 2, 160, "CERTIFICATE OF EMPLOYMENT RECORD", TB, 13, "center")
    dep_en = ", ".join(EN_DEPT_RS.get(d, d) for d in job.departments)
    per_en = (f"from {rs_d(job.start)} to date" if job.end is None else f"from {rs_d(job.start)} to {rs_d(job.end)}")
    body = (f"It is hereby certified that {nm}, personal identification number {jmbg}, "
            f"{'is' if job.end is None else 'was'} employed at {emp.name} in the Laboratory Diagnostics Service"
            f"{' (' + dep_en + ')' if dep_en else ''} in the position of {EN_POS_RS.get(job.position, job.position)} "
            f"{per_en}, {_en_hours(job)}, for an indefinite period.")
    y = q.paragraph(L, 196, body, T, 11.5, R - L, 17) + 10
    y = q.paragraph(L, y, "This certificate is issued at the personal request of the named person for the recognition "
                    "of work experience abroad and may not be used for other purposes.", T, 11.5, R - L, 17) + 20
    q.pieces(y, [(L, "Seal", "left"), (R, "Head of Legal and Personnel Affairs (signature illegible)", "right")], TI, 10)
    y += 50
    y = q.paragraph(L, y, "I, the undersigned permanent court interpreter for the English language, certify that the "
                    "above translation corresponds fully to the original written in Serbian.", T, 9.5, R - L, 12.5) + 30
    sign_block(q, rng, R - 100, y, "Court interpreter", T, 9.5, 150)
    rubber_stamp(q, R - 240, y - 12, 40, 22, 0.45)
    return LayoutResult("employment_letter", "v_potvrda_constancia", FAMILY, by_reading_order([p, q]), [nm_c, nm],
                        info={"date_style": "dmy_dot", "hours_facts": hours_facts(job)})


def person_dob_code(job):
    """A 13-digit JMBG-like number (fake: stable per job)."""
    return f"{kj(job, 'jmbg') % 10 ** 13:013d}"


LETTER_LAYOUTS = {"v_potvrda_constancia": (v_potvrda_constancia, FAMILY, ("RS", "SO", "HN"))}
