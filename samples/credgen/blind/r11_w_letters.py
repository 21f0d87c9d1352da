"""Writer W, round 11: employment letters for SY, CD, MG, PG and AZ (four designs).

w_sy_experience: SY bilingual "Experience Certificate / شهادة خبرة" of a public hospital's laboratory
    department under the Ministry of Health (Arabic lines as pictures at the right): "... works as a
    Laboratory Technician in our hospital's laboratory (Haematology and Biochemistry sections) since
    01/03/2019 until the date of this certificate" (or "from ... to ..."), day/month/year dates, a
    reference number and a date of issue.
w_attestation: CD "ATTESTATION DE SERVICES RENDUS" ("Nous soussignés, Médecin Directeur de l'Hôpital
    Général de Référence de ..., attestons que ... a presté en qualité de Technicien de Laboratoire du 3
    janvier 2019 à ce jour ... affecté(e) aux services de Parasitologie et d'Hématologie"); MG
    "CERTIFICAT DE TRAVAIL" (the period, the post, "à plein temps"; for one full-time holder in three
    with at least two years, a later "mi-temps" period of 20 hours a week: two experience entries,
    info["phases"]).
w_pg_statement: PG "STATEMENT OF SERVICE" of a provincial health authority: a table `Position |
    Grade/Level | From | To | Status` (a Temporary engagement, then Substantive, and Acting appointments
    INSIDE the substantive period: the same time, not extra time), the sections rotated through in a
    sentence below, the weekly hours.
w_az_arayis: AZ "ARAYIŞ" in Azerbaijani (hired by "əmr № 45-k, 12.09.2018" as laborant, transferred
    to another section by a later order, "hal-hazırda" still working, the daily hours) followed by its
    English translation "REFERENCE ... to the present".

Truth: one experience entry per job (per phase for MG's mi-temps letters), from the job's own dates;
the acting rows of the PG table add no time.
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r11_w_common import (FR_MONTHS, FAMILY, arabic, az_latin, az_safe, by_reading_order, kj, round_stamp,
                           rubber_stamp, sign_block, star_seal)


def facts(job):
    st = job.hours_style
    return {"hours": (job.hours, False, False), "fulltime_only": (None, True, False),
            "fulltime_hours": (job.hours, True, False), "parttime_hours": (job.hours, False, True),
            "daily": (job.hours, True, False)}[st]


def hours_en(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"{h} hours per week", "fulltime_only": "on a full-time basis",
            "fulltime_hours": f"full-time ({h} hours per week)", "parttime_hours": f"part-time, {h} hours per week",
            "daily": f"{h / 6:g} hours a day, 6 days a week"}[st]


def hours_fr(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"{h} heures par semaine", "fulltime_only": "à plein temps",
            "fulltime_hours": f"à plein temps ({h} heures par semaine)",
            "parttime_hours": f"à temps partiel, {h} heures par semaine",
            "daily": f"{h / 6:g} heures par jour, 6 jours par semaine"}[st]


def sname(job, person):
    return job.surname_override or person.surname


def join_en(xs):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


# --- SY ---------------------------------------------------------------------------------------------

def w_sy_experience(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    fem = person.sex == "F"
    lab = emp.kind == "lab"
    nm = " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)
    p = Page(A4)
    L, R = 56, p.w - 56
    p.text(L, 50, "Syrian Arab Republic", FB, 10)
    arabic(p, R, 50, "الجمهورية العربية السورية", 10.5, bold=True, align="right")
    if not lab:
        p.text(L, 63, "Ministry of Health", F, 9.5)
        arabic(p, R, 64, "وزارة الصحة", 9.5, align="right")
    p.text(L, 76, emp.name, FB, 10)
    arabic(p, R, 78, "مستشفى" if not lab else "مخبر", 9.5, align="right")
    p.text(L, 89, "Laboratory Department" if not lab else f"{emp.street}, {emp.city}", F, 9.5)
    arabic(p, R, 92, "قسم المخبر", 9.5, align="right")
    star_seal(p, p.w / 2, 70, 20, 0.3, points=5)
    p.hline(L, R, 102, 0.8)
    p.text(L, 120, f"Ref. No.: {kj(job, 'ref') % 9000 + 1000}/L", F, 9.5)
    p.text(R, 120, f"Date: {D.dmy_slash(job.letter_date)}", F, 9.5, "right")
    p.text(L, 160, "Experience Certificate", FB, 15)
    arabic(p, R, 160, "شهادة خبرة", 15, bold=True, align="right")
    secs = f" ({join_en(job.departments)} sections)" if job.departments else ""
    where = "our laboratory" if lab else "our hospital's laboratory"
    if job.end is None:
        per = (f"works as a {job.position} in {where}{secs} since {D.dmy_slash(job.start)} until the date of this "
               f"certificate")
    else:
        per = (f"worked as a {job.position} in {where}{secs} from {D.dmy_slash(job.start)} to "
               f"{D.dmy_slash(job.end)}")
    y = p.paragraph(L, 200, f"The administration of {emp.name} certifies that {'Ms.' if fem else 'Mr.'} {nm} {per}, "
                    f"{hours_en(job)}.", F, 11.5, R - L, 18) + 10
    y = p.paragraph(L, y, f"{'Her' if fem else 'His'} work was satisfactory. This certificate was given at "
                    f"{'her' if fem else 'his'} request to be submitted where required.", F, 11.5, R - L, 18) + 50
    sign_block(p, rng, R - 110, y, job.signer, FB, 10, 180, "Hospital Director" if not lab else "Laboratory Director")
    arabic(p, R - 110, y + 40, "مدير المستشفى" if not lab else "مدير المخبر", 9)
    round_stamp(p, R - 190, y - 10, 32, 0.42)
    p.text(p.w / 2, p.h - 40, f"Tel. {emp.phone} - {emp.email}", F, 8, "center")
    return LayoutResult("employment_letter", "w_sy_experience", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts(job)})


# --- CD, MG ------------------------------------------------------------------------------------------

def fr_long(d):
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def fr_join(xs):
    def de(x):
        return ("d'" if x[0].lower() in "aeiouéèh" else "de ") + x
    if len(xs) == 1:
        return de(xs[0])
    return ", ".join(de(x) for x in xs[:-1]) + " et " + de(xs[-1])


def w_attestation(job, person, rng, as_of):
    return _cd(job, person, rng) if job.employer.country == "CD" else _mg(job, person, rng)


def _cd(job, person, rng):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    lab = emp.kind == "lab"
    nm = " ".join(x for x in (sname(job, person).upper(), (person.middle or "").upper(), person.given) if x)
    p = Page(A4)
    L, R = 64, p.w - 64
    p.text(L, 52, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", TB, 10.5)
    prov = "VILLE-PROVINCE DE KINSHASA" if emp.region == "Kinshasa" else f"PROVINCE DU {emp.region.upper()}"
    p.text(L, 65, prov if not lab else emp.name.upper(), T, 10)
    p.text(L, 78, f"ZONE DE SANTÉ DE {emp.city.upper()}" if not lab else f"{emp.street}, {emp.city}", T, 10)
    if not lab:
        p.text(L, 91, emp.name.upper(), TB, 10)
    p.text(R, 65, f"N° {kj(job, 'ref') % 900 + 100}/HGR/MD/{job.letter_date.year}", T, 10, "right")
    p.hline(L, R, 100, 0.8)
    p.text(p.w / 2, 140, "ATTESTATION DE SERVICES RENDUS", TB, 15, "center")
    p.hline(p.w / 2 - 150, p.w / 2 + 150, 144, 0.6)
    boss = "Médecin Directeur de l'" + emp.name if not lab else "Directeur du " + emp.name
    period = (f"du {fr_long(job.start)} à ce jour" if job.end is None else
              f"du {fr_long(job.start)} au {fr_long(job.end)}")
    txt = (f"Nous soussignés, {boss}, attestons que {'Madame' if fem else 'Monsieur'} {nm} a presté dans notre "
           f"institution en qualité de {job.position} {period}, {hours_fr(job)}.")
    y = p.paragraph(L, 184, txt, T, 12, R - L, 19) + 8
    if job.departments:
        y = p.paragraph(L, y, f"{'Elle' if fem else 'Il'} était {'affectée' if fem else 'affecté'} aux services "
                        f"{fr_join(job.departments)} du laboratoire.", T, 12, R - L, 19) + 8
    y = p.paragraph(L, y, "Durant cette période, l'intéressé(e) a fait preuve de conscience professionnelle et de bonne "
                    "moralité. La présente attestation lui est délivrée pour servir et valoir ce que de droit.", T, 12,
                    R - L, 19) + 20
    p.text(R, y, f"Fait à {emp.city}, le {fr_long(job.letter_date)}", T, 11.5, "right")
    sign_block(p, rng, R - 110, y + 70, job.signer, TB, 11, 190, "Médecin Directeur" if not lab else "Directeur")
    round_stamp(p, R - 200, y + 56, 34, 0.45)
    return LayoutResult("employment_letter", "w_attestation", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fr_long", "hours_facts": facts(job)})


def _mg(job, person, rng):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    fem = person.sex == "F"
    nm = " ".join(x for x in (sname(job, person).upper(), person.given, person.middle) if x)
    p = Page(A4)
    L, R = 60, p.w - 60
    p.text(L, 48, "REPOBLIKAN'I MADAGASIKARA", FB, 9.5)
    p.text(L, 60, "Fitiavana - Tanindrazana - Fandrosoana", FI, 8.5)
    p.text(L, 78, emp.name, FB, 10.5)
    p.text(L, 90, f"{emp.street} - {emp.city}", F, 9)
    p.text(L, 102, f"Tél. {emp.phone}", F, 9)
    p.text(R, 78, f"N° {kj(job, 'ref') % 900 + 100}/{emp.city[:3].upper()}/RH", F, 9.5, "right")
    p.hline(L, R, 112, 0.7)
    p.text(p.w / 2, 150, "CERTIFICAT DE TRAVAIL", FB, 15, "center")
    end = job.end or job.letter_date
    phases = None
    months = (end.year - job.start.year) * 12 + end.month - job.start.month
    if job.hours >= 35 and months >= 24 and kj(job, "mi") % 3 == 0:
        cut = dt.date(job.start.year + (job.start.month - 1 + months // 2) // 12,
                      (job.start.month - 1 + months // 2) % 12 + 1, 1)
        phases = [(job.start, cut - dt.timedelta(days=1), facts(job)), (cut, job.end, (20, False, True))]
    title = "Biologiste Responsable" if emp.kind == "lab" else "Directeur de l'établissement"
    y = p.paragraph(L, 190, f"Je soussigné(e), {job.signer}, {title}, certifie "
                    f"que {'Madame' if fem else 'Monsieur'} {nm} a été {'employée' if fem else 'employé'} dans notre "
                    f"établissement en qualité de {job.position} :", F, 11, R - L, 17) + 6
    rows = []
    if phases:
        rows.append(f"du {D.dmy_slash(job.start)} au {D.dmy_slash(phases[0][1])} : {hours_fr(job)} ;")
        rows.append(f"du {D.dmy_slash(phases[1][0])} " + (f"au {D.dmy_slash(job.end)}" if job.end else "à ce jour") +
                    " : à mi-temps (20 heures par semaine).")
    else:
        rows.append(f"du {D.dmy_slash(job.start)} " + (f"au {D.dmy_slash(job.end)}" if job.end else "à ce jour") +
                    f", {hours_fr(job)}.")
    for r in rows:
        p.text(L + 24, y, "-", F, 11)
        y = p.paragraph(L + 36, y, r, F, 11, R - L - 36, 17) + 2
    y += 6
    if job.departments:
        y = p.paragraph(L, y, f"{'Elle' if fem else 'Il'} a exercé dans les unités suivantes : "
                        f"{', '.join(job.departments)}.", F, 11, R - L, 17) + 6
    y = p.paragraph(L, y, f"{'Elle' if fem else 'Il'} nous quitte libre de tout engagement." if job.end else
                    "En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit.", F, 11,
                    R - L, 17) + 24
    p.text(R, y, f"{emp.city}, le {D.dmy_slash(job.letter_date)}", F, 10.5, "right")
    sign_block(p, rng, R - 100, y + 60, job.signer, FB, 10, 180, title)
    rubber_stamp(p, R - 190, y + 46, 50, 28, 0.45)
    info = {"date_style": "dmy_slash", "hours_facts": facts(job)}
    if phases:
        info["phases"] = phases
    return LayoutResult("employment_letter", "w_attestation", FAMILY, by_reading_order([p]), [nm], info=info)


# --- PG ----------------------------------------------------------------------------------------------

def w_pg_statement(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    fem = person.sex == "F"
    nm = " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)
    p = Page(A4)
    L, R = 54, p.w - 54
    star_seal(p, L + 20, 60, 20, 0.35, points=5)
    p.text(L + 48, 54, emp.name, FB, 11)
    p.text(L + 48, 67, f"{emp.street}, {emp.city}, {emp.region}", F, 8.5)
    p.text(L + 48, 78, f"Phone {emp.phone} | {emp.email}", F, 8.5)
    p.hline(L, R, 90, 0.9)
    p.text(L, 108, f"Our ref: HR/{kj(job, 'ref') % 9000 + 1000}", F, 9)
    p.text(R, 108, D.long_dmy(job.letter_date), F, 9, "right")
    p.text(p.w / 2, 140, "STATEMENT OF SERVICE", FB, 14, "center")
    y = p.paragraph(L, 168, f"This is to certify that {'Ms' if fem else 'Mr'} {nm} "
                    f"{'is' if job.end is None else 'was'} employed by the {emp.name.split(' - ')[0]} "
                    f"{'since ' + D.long_dmy(job.start) if job.end is None else 'from ' + D.long_dmy(job.start) + ' to ' + D.long_dmy(job.end)}"
                    f", {hours_en(job)}. The record of {'her' if fem else 'his'} appointments is as follows:", F, 10.5,
                    R - L, 15) + 6
    end = job.end or job.letter_date
    days = (end - job.start).days
    rows = []
    senior = "Senior " + job.position if not job.position.startswith("Senior") else "Principal " + job.position[7:]
    g = 11 + kj(job, "g") % 3
    if days > 500 and kj(job, "tmp") % 2 == 0:
        t_end = job.start + dt.timedelta(days=180 + kj(job, "te") % 120)
        rows.append((job.position, f"Grade {g}", job.start, t_end, "Temporary"))
        s0 = t_end + dt.timedelta(days=1)
    else:
        s0 = job.start
    rows.append((job.position, f"Grade {g}", s0, job.end, "Substantive"))
    sub_days = (end - s0).days
    if sub_days > 400:
        a0 = s0 + dt.timedelta(days=sub_days // 3)
        a1 = a0 + dt.timedelta(days=60 + kj(job, "ac") % 90)
        rows.append((senior, f"Grade {g + 2}", a0, a1, "Acting"))
        if sub_days > 900:
            b0 = a1 + dt.timedelta(days=200 + kj(job, "b0") % 100)
            if b0 + dt.timedelta(days=40) < end:
                rows.append((senior, f"Grade {g + 2}", b0, b0 + dt.timedelta(days=30 + kj(job, "b1") % 20), "Acting"))
    xs = [L, L + 190, L + 262, L + 334, L + 406, R]
    p.rect(L, y, R - L, 16, 0.5, 0, fill=0.9)
    p.pieces(y + 11, [(xs[0] + 4, "Position", "left"), (xs[1] + 4, "Grade/Level", "left"), (xs[2] + 4, "From", "left"),
                      (xs[3] + 4, "To", "left"), (xs[4] + 4, "Status", "left")], FB, 8.5)
    top = y
    y += 16
    for pos, gr, a, b, st in rows:
        p.pieces(y + 11, [(xs[0] + 4, pos, "left"), (xs[1] + 4, gr, "left"), (xs[2] + 4, D.dmy_slash(a), "left"),
                          (xs[3] + 4, D.dmy_slash(b) if b else "to date", "left"), (xs[4] + 4, st, "left")], F, 8.5)
        y += 16
        p.hline(L, R, y, 0.3, 0.4)
    for x in xs:
        p.vline(x, top, y, 0.4)
    p.hline(L, R, y, 0.6)
    y += 20
    if len(rows) > 1 and any(r[4] == "Acting" for r in rows):
        y = p.paragraph(L, y, "Acting appointments were held concurrently with the substantive position and do not add "
                        "to the length of service.", FI, 9, R - L, 13) + 6
    if job.departments:
        y = p.paragraph(L, y, f"During {'her' if fem else 'his'} service {'she' if fem else 'he'} rotated through the "
                        f"following laboratory sections: {join_en(job.departments)}.", F, 10.5, R - L, 15) + 6
    y = p.paragraph(L, y, "This statement is issued at the officer's request.", F, 10.5, R - L, 15) + 46
    sign_block(p, rng, L + 100, y, job.signer, FB, 9.5, 170, "Director Human Resources")
    round_stamp(p, L + 210, y - 12, 30, 0.42)
    return LayoutResult("employment_letter", "w_pg_statement", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "long_dmy", "hours_facts": facts(job)})


# --- AZ ----------------------------------------------------------------------------------------------

AZ_POS = {"Laborant": ("laborant", "laboratory assistant"), "Tibbi laborant": ("tibbi laborant", "medical laboratory technician"),
          "Biolog": ("bioloq", "biologist")}


def w_az_arayis(job, person, rng, as_of):
    with az_safe():
        return _az(job, person, rng)


def _az(job, person, rng):
    from .r11_w_az import EMP_EN
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    sn = sname(job, person)
    az_nm = f"{sn} {person.given}"
    en_nm = az_latin(f"{person.given} {sn}")
    pa, pe = AZ_POS.get(job.position, (job.position.lower(), job.position.lower()))
    o1 = f"{kj(job, 'o1') % 90 + 10}-k"
    hd = job.start - dt.timedelta(days=2 + kj(job, "hd") % 5)
    deps = job.departments
    tr = None
    if len(deps) >= 2 and job.end is None or (job.end and len(deps) >= 2):
        mid = job.start + (((job.end or job.letter_date) - job.start) // 2)
        tr = (f"{kj(job, 'o2') % 90 + 10}-k", mid)
    ft = job.hours >= 35
    nd = 5 if job.hours % 5 == 0 else 6 if job.hours % 6 == 0 else 0
    sched_az = (f"gündə {job.hours // nd} saat, həftədə {nd} gün" if nd else f"həftədə {job.hours} saat")
    sched_en = (f"{job.hours // nd} hours a day, {nd} days a week" if nd else f"{job.hours} hours a week")
    p = Page(A4)
    L, R = 64, p.w - 64
    p.text(L, 52, emp.name, TB, 11)
    p.text(L, 65, f"{emp.street}, {emp.city}", T, 9.5)
    p.text(L, 78, f"Tel.: {emp.phone}", T, 9.5)
    p.text(R, 52, f"№ {kj(job, 'ref') % 900 + 100}", T, 10, "right")
    p.text(R, 65, D.dmy_dot(job.letter_date), T, 10, "right")
    p.hline(L, R, 88, 0.8)
    p.text(p.w / 2, 128, "ARAYIŞ", TB, 16, "center")
    d_az = " və ".join(deps[:1] and [deps[0].split(" / ")[0]]) if deps else ""
    t = (f"Verilir ona ki, {az_nm} {D.dmy_dot(job.start)} tarixindən (əmr № {o1}, {D.dmy_dot(hd)}) "
         f"{emp.name} müəssisəsində {d_az + ' şöbəsində ' if d_az else ''}{pa} vəzifəsində işə qəbul edilmişdir.")
    y = p.paragraph(L, 168, t, T, 12, R - L, 19) + 6
    if tr:
        y = p.paragraph(L, y, f"{D.dmy_dot(tr[1])} tarixində (əmr № {tr[0]}) {deps[1].split(' / ')[0]} şöbəsinə "
                        f"köçürülmüşdür.", T, 12, R - L, 19) + 6
    if job.end is None:
        y = p.paragraph(L, y, f"Hal-hazırda həmin vəzifədə işləyir. İş rejimi: {'tam ştat' if ft else 'yarım ştat'}, "
                        f"{sched_az}.", T, 12, R - L, 19) + 6
    else:
        y = p.paragraph(L, y, f"{D.dmy_dot(job.end)} tarixində öz ərizəsi ilə işdən azad edilmişdir. İş rejimi: "
                        f"{'tam ştat' if ft else 'yarım ştat'}, {sched_az}.", T, 12, R - L, 19) + 6
    y = p.paragraph(L, y, "Arayış tələb olunan yerə təqdim etmək üçün verilir.", T, 12, R - L, 19) + 40
    sign_block(p, rng, R - 110, y, job.signer, TB, 10, 170, "Kadrlar şöbəsinin müdiri")
    round_stamp(p, R - 200, y - 12, 32, 0.42)
    q = Page(A4)
    q.text(q.w / 2, 60, "Translation from Azerbaijani", TI, 10, "center")
    en_emp = EMP_EN.get(emp.name, az_latin(emp.name))
    q.text(L, 92, en_emp, TB, 11)
    q.text(L, 105, f"No. {kj(job, 'ref') % 900 + 100} of {D.dmy_dot(job.letter_date)}", T, 10)
    q.text(q.w / 2, 140, "REFERENCE", TB, 15, "center")
    d_en = deps[0].split(" / ")[-1] if deps else ""
    y = q.paragraph(L, 176, f"This is to certify that {en_nm} was hired by {en_emp} on {D.dmy_dot(job.start)} (order No. "
                    f"{o1} of {D.dmy_dot(hd)}) as a {pe}{' in the ' + d_en + ' section' if d_en else ''}.", T, 12, R - L,
                    19) + 6
    if tr:
        y = q.paragraph(L, y, f"On {D.dmy_dot(tr[1])} (order No. {tr[0]}) {'she' if fem else 'he'} was transferred to "
                        f"the {deps[1].split(' / ')[-1]} section.", T, 12, R - L, 19) + 6
    sched = f"{'full-time' if ft else 'part-time'}, {sched_en}"
    if job.end is None:
        y = q.paragraph(L, y, f"{'She' if fem else 'He'} works in this position to the present. Working schedule: "
                        f"{sched}.", T, 12, R - L, 19) + 6
    else:
        y = q.paragraph(L, y, f"{'She' if fem else 'He'} was released from work at {'her' if fem else 'his'} own request "
                        f"on {D.dmy_dot(job.end)}. Working schedule: {sched}.", T, 12, R - L, 19) + 6
    y = q.paragraph(L, y, "The reference is issued for submission where required.", T, 12, R - L, 19) + 20
    q.text(L, y, f"Head of Human Resources /signature/ {az_latin(job.signer)}", T, 11)
    q.text(L, y + 18, "Seal: /round seal/", TI, 10.5)
    q.text(L, y + 50, "Translated by: Aynur Səfərova, sworn translator /signature/", TI, 10)
    return LayoutResult("employment_letter", "w_az_arayis", FAMILY, by_reading_order([p, q]), [az_nm, en_nm],
                        info={"date_style": "dmy_dot", "hours_facts": (job.hours, ft, not ft)})


LETTER_LAYOUTS = {"w_sy_experience": (w_sy_experience, FAMILY, ("SY",)),
                  "w_attestation": (w_attestation, FAMILY, ("CD", "MG")),
                  "w_pg_statement": (w_pg_statement, FAMILY, ("PG",)),
                  "w_az_arayis": (w_az_arayis, FAMILY, ("AZ",))}
