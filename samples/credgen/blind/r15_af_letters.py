"""Writer AF, round 15: employment letters for IL, CY, PR, CG and AU (three designs, the first and third
drawn per country).

af_il_cy_letter: IL a medical centre's "Certificate of Employment" translated from Hebrew ("... is
    employed at our Medical Center as a Medical Laboratory Worker in the Hematology Laboratory, Division
    of Laboratories, from 01.11.2017 until today, position percentage: 100%"; shifts sometimes
    mentioned), the notary's certification of the translation at its end; CY a private laboratory's
    "TO WHOM IT MAY CONCERN" on a letterhead with the company registration "ΗΕ 123456" ("Ms ... has been
    employed at our Medical Diagnostic Centre as a Medical Laboratory Scientist from the 1st of
    September 2017 until the 30th of June 2021 on a full-time basis (38 hours per week), working in
    Biochemistry, Haematology and Microbiology").
af_pr_certificacion: PR "CERTIFICACIÓN DE EMPLEO" from a hospital's Oficina de Recursos Humanos:
    "Certificamos que ... trabaja en nuestra institución desde el 1 de agosto de 2016", a table of the
    positions held (Puesto | Departamento | Estatus | Desde | Hasta | Jornada), the first a
    "Transitorio" or "Probatorio" appointment, the second "Regular" to "a presente"; salary omitted;
    signed by the HR director.
af_cg_au_letter: CG "ATTESTATION DE SERVICE" ("Je soussigné, Directeur Général du Centre Hospitalier
    ..., atteste que M. ..., matricule 123456-Y, exerce en qualité de Technicien de laboratoire au
    Service de Biologie depuis le 04 janvier 2016 à ce jour. En foi de quoi ..."); AU a state
    pathology service's "STATEMENT OF SERVICE": a table Position | Award classification | Department |
    Employment type ("Permanent Full Time 38 hrs/wk", "Temporary Part Time 0.6 FTE (22.8 hrs/wk)") |
    Start | End or "Current", one row per successive position (one department each), and a line
    listing periods of "Leave Without Pay".

Hours: an Israeli full position is printed "100%" (full-time, no weekly number: the dossier's 40);
a part position is printed as its percentage of the 42-hour Israeli week with the weekly hours
("position percentage: 50% (21 weekly hours)"). Cyprus prints 38 hours a full-time week, Puerto Rico
37.5, Australia 38 (an FTE fraction of 38 for part time, hours rounded to one decimal); a Congolese
attestation says "à temps plein" with no number (40) or "à temps partiel (20 heures par semaine)".
Leave Without Pay is not worked: the AU letter's truth splits the job around it (`phases`).
Positions and ward names the profile gives in English are printed in the letter's language and the
job's position / department phrases are set to the printed forms before the truth is written.
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size, wrap
from .r15_af_common import (EN_MONTHS, FAMILY, by_reading_order, dmy, en_date, es_date, fr_date, kj, ordinal_en,
                            round_stamp, rubber_stamp, sign_block)

WARDS_T = {
    "PR": {"Medical-Surgical Ward": "Sala de Medicina y Cirugía", "Emergency Room": "Sala de Emergencias",
           "Pediatric Ward": "Pediatría", "Operating Room": "Sala de Operaciones"},
    "CG": {"Medical-Surgical Ward": "Service de Médecine et Chirurgie", "Emergency Room": "Service des Urgences",
           "Pediatric Ward": "Service de Pédiatrie", "Operating Room": "Bloc Opératoire"},
    "IL": {"Medical-Surgical Ward": "Internal Medicine Department", "Emergency Room": "Emergency Department",
           "Pediatric Ward": "Pediatrics Department", "Operating Room": "Operating Theatres"},
}
WARD_ALL = {v for c in WARDS_T.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                                "Pediatric Ward", "Operating Room"}
POS = {"PR": {"Staff Nurse": ("Enfermera Graduada", "Enfermero Graduado"),
              "Laboratory Aide": ("Asistente de Laboratorio", "Asistente de Laboratorio"),
              "Tecnólogo Médico I": ("Tecnóloga Médica I", "Tecnólogo Médico I"),
              "Tecnólogo Médico II": ("Tecnóloga Médica II", "Tecnólogo Médico II"),
              "Técnico de Laboratorio": ("Técnica de Laboratorio", "Técnico de Laboratorio")},
       "CG": {"Staff Nurse": ("Infirmière Diplômée d'État", "Infirmier Diplômé d'État"),
              "Laboratory Aide": ("Aide de laboratoire", "Aide de laboratoire"),
              "Technicien de laboratoire": ("Technicienne de laboratoire", "Technicien de laboratoire"),
              "Assistant sanitaire en biologie médicale": ("Assistante sanitaire en biologie médicale",
                                                           "Assistant sanitaire en biologie médicale")},
       "IL": {"Staff Nurse": ("Registered Nurse", "Registered Nurse"),
              "Laboratory Aide": ("Laboratory Assistant", "Laboratory Assistant")},
       "CY": {"Laboratory Aide": ("Laboratory Assistant", "Laboratory Assistant")},
       "AU": {"Staff Nurse": ("Registered Nurse", "Registered Nurse"),
              "Laboratory Aide": ("Laboratory Assistant", "Laboratory Assistant")}}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    job.departments = [WARDS_T.get(c, {}).get(d, d) for d in job.departments]


def is_ward_job(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def sname(job, person):
    return job.surname_override or person.surname


def natural(job, person):
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def join(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def part_time(job):
    return job.hours_style == "parttime_hours" or job.hours < 35


# --- IL -------------------------------------------------------------------------------------------
IL_NOTARIES = [("Adv. Ronit Segal", "22 Herzl Street, Haifa", "20455"),
               ("Adv. Menachem Oren", "7 Rothschild Boulevard, Tel Aviv", "18812")]


def _il(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = natural(job, person)
    if part_time(job):
        pct = max(25, min(75, round(job.hours / 42 * 4) * 25))
        hrs = round(42 * pct / 100, 1)
        hrs = int(hrs) if hrs == int(hrs) else hrs
        job.hours = hrs
        pos_pct = f"position percentage: {pct}% ({hrs} weekly hours)"
        facts = (hrs, False, True)
    else:
        job.hours = 40
        pos_pct = "position percentage: 100%"
        facts = (None, True, False)
    ward = is_ward_job(job)
    if ward:
        where = "in the " + join(job.departments, "and the")
    elif job.departments:
        labs = [d if ("Laboratory" in d or "Bank" in d or "Unit" in d or "Institute" in d) else f"{d} Laboratory"
                for d in job.departments]
        where = "in the " + join(labs, "and the") + ", Division of Laboratories"
    else:
        where = "in the Division of Laboratories"
    p = Page(A4)
    W = p.w
    L, R = 64, W - 64
    p.text(W / 2, 50, "[Translation from Hebrew]", SI, 10, "center")
    p.text(W / 2, 76, emp.name, SB, 15, "center")
    p.text(W / 2, 92, f"Human Resources Division | {emp.street}, {emp.city} | Tel. {emp.phone}", S, 9, "center")
    p.hline(L, R, 100, 0.6)
    ld = job.letter_date
    p.text(R, 124, f"Date: {dmy(ld)}", S, 10.5, "right")
    p.text(L, 124, f"Ref.: HR/{ld.year}/{kj(job, 'ref') % 9000 + 1000}", S, 10.5)
    p.text(W / 2, 168, "Certificate of Employment", SB, 15, "center")
    p.text(W / 2, 184, "To whom it may concern", SI, 11, "center")
    he = "She" if fem else "He"
    if job.end:
        body = (f"This is to certify that {'Ms.' if fem else 'Mr.'} {nm} was employed at our "
                f"Medical Center as a {job.position} {where}, from {dmy(job.start)} until {dmy(job.end)}, "
                f"{pos_pct}.")
    else:
        body = (f"This is to certify that {'Ms.' if fem else 'Mr.'} {nm} is employed at our "
                f"Medical Center as a {job.position} {where}, from {dmy(job.start)} until today, {pos_pct}.")
    y = p.paragraph(L, 220, body, S, 11.5, R - L, 17) + 8
    if kj(job, "sh") % 2 == 0 and not part_time(job):
        y = p.paragraph(L, y, f"{he} works in a shift arrangement which includes evening, night and weekend "
                              f"shifts.", S, 11.5, R - L, 17) + 8
    y = p.paragraph(L, y, "This certificate is issued at the request of the employee and does not constitute a "
                          "waiver of any claim.", S, 11.5, R - L, 17) + 30
    p.text(L, y, "Sincerely,", S, 11.5)
    p.text(L, y + 40, f"(signed) {job.signer}", SI, 11)
    p.text(L, y + 55, "Head of Human Resources Division", S, 11)
    p.text(L, y + 70, "[Stamp of the Medical Center]", SI, 10)
    y += 100
    p.hline(L, R, y, 0.6)
    nn, addr, lic = IL_NOTARIES[kj(job, "n") % len(IL_NOTARIES)]
    cd = ld + dt.timedelta(days=3 + kj(job, "cd") % 40)
    y = p.paragraph(L, y + 20, f"I, {nn}, Notary, of {addr}, Israel, hereby certify that the above is a correct "
                               f"translation into English of the attached document in Hebrew.", S, 10.5, R - L, 14.5)
    p.text(L, y + 6, f"Given under my hand and seal this {ordinal_en(cd.day)} day of {EN_MONTHS[cd.month - 1]} "
                     f"{cd.year}. Notary License No. {lic}.", S, 10.5)
    sign_block(p, rng, R - 100, y + 60, "Notary", S, 10, 150, nn)
    round_stamp(p, R - 220, y + 46, 32, 0.4)
    return LayoutResult("employment_letter", "af_il_cy_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dot", "hours_facts": facts})


def _cy(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    if part_time(job):
        basis = f"on a part-time basis ({job.hours} hours per week)"
        facts = (job.hours, False, True)
    else:
        job.hours = 38
        basis = "on a full-time basis (38 hours per week)"
        facts = (38, True, False)
    p = Page(A4)
    W = p.w
    L, R = 60, W - 60
    p.logo(L + 16, 52, 16, 2, 0.3)
    p.text(L + 40, 48, emp.name.upper(), SB, 12)
    p.text(L + 40, 61, f"{emp.street} | Tel. {emp.phone} | {emp.email}", S, 8)
    p.text(L + 40, 72, f"Company Reg. No. ΗΕ {kj(job, 'he') % 900000 + 100000}", S, 8)
    p.hline(L, R, 82, 1.0, 0.3)
    p.text(R, 110, f"{emp.city}, {en_date(job.letter_date)}", S, 10, "right")
    p.text(L, 150, "TO WHOM IT MAY CONCERN", SB, 12)
    d0 = job.start
    since = f"the {ordinal_en(d0.day)} of {EN_MONTHS[d0.month - 1]} {d0.year}"
    if job.end:
        d1 = job.end
        until = f"until the {ordinal_en(d1.day)} of {EN_MONTHS[d1.month - 1]} {d1.year}"
        verb = "was employed"
    else:
        until = "until today"
        verb = "has been employed"
    place = "Medical Diagnostic Centre" if emp.kind == "lab" else "Hospital"
    ward = is_ward_job(job)
    if job.departments:
        work = f", working in {join(job.departments, 'and')}"
        if ward:
            work = f", working in the {join(job.departments, 'and the')}"
    else:
        work = ""
    txt = (f"This is to certify that {'Ms' if fem else 'Mr'} {nm} {verb} at our {place} as a {job.position} from "
           f"{since} {until} {basis}{work}.")
    y = p.paragraph(L, 184, txt, S, 11, R - L, 16) + 10
    y = p.paragraph(L, y, f"During {'her' if fem else 'his'} employment {'she' if fem else 'he'} showed "
                          f"professionalism, reliability and excellent co-operation with colleagues.", S, 11, R - L,
                    16) + 10
    y = p.paragraph(L, y, "This letter is issued at the request of the employee for whatever legal purpose it may "
                          "serve.", S, 11, R - L, 16) + 30
    p.text(L, y, "Yours faithfully,", S, 11)
    sign_block(p, rng, L + 90, y + 60, job.signer, S, 10, 170, "Laboratory Director")
    rubber_stamp(p, L + 250, y + 46, 46, 26, 0.45)
    return LayoutResult("employment_letter", "af_il_cy_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "ordinal_of_month", "hours_facts": facts})


def af_il_cy_letter(job, person, rng, as_of):
    return _il(job, person, rng, as_of) if job.employer.country == "IL" else _cy(job, person, rng, as_of)


# --- PR -------------------------------------------------------------------------------------------
def af_pr_certificacion(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    if part_time(job):
        jorn = f"{job.hours} horas semanales"
        facts = (job.hours, False, True)
    else:
        job.hours = 37.5
        jorn = "37.5 horas semanales"
        facts = (37.5, False, False)
    ward = is_ward_job(job)
    dept = (join(job.departments, "y") if ward else
            ("Laboratorio Clínico" if emp.kind != "lab" else "Laboratorio"))
    # the appointments: a first temporary or probationary one, then a regular one
    rows = []
    end = job.end
    pos2 = job.position
    pos1 = pos2.replace(" II", " I") if pos2.endswith(" II") else pos2
    split = D.add_months(job.start, 6 + kj(job, "sp") % 7) - dt.timedelta(days=1)
    first = "Transitorio" if kj(job, "st") % 2 else "Probatorio"
    if (end or job.letter_date) > split + dt.timedelta(days=60):
        rows.append((pos1, dept, first, job.start, split))
        rows.append((pos2, dept, "Regular", split + dt.timedelta(days=1), end))
    else:
        rows.append((pos2, dept, first, job.start, end))
    p = Page(A4)
    W = p.w
    L, R = 50, W - 50
    p.logo(W / 2, 50, 18, 0, 0.3)
    p.text(W / 2, 86, emp.name.upper(), SB, 13, "center")
    p.text(W / 2, 99, "Oficina de Recursos Humanos", S, 9.5, "center")
    p.text(W / 2, 110, f"{emp.street}, {emp.city}, Puerto Rico | Tel. {emp.phone}", S, 8, "center")
    p.hline(L, R, 118, 0.8)
    p.text(R, 142, es_date(job.letter_date), S, 10, "right")
    p.text(W / 2, 178, "CERTIFICACIÓN DE EMPLEO", SB, 14, "center")
    verb = "trabaja" if end is None else "trabajó"
    since = f"desde el {es_date(job.start)}" if end is None else f"desde el {es_date(job.start)} hasta el {es_date(end)}"
    y = p.paragraph(L, 214, f"Certificamos que {'la Sra.' if fem else 'el Sr.'} {nm} {verb} en nuestra institución "
                            f"{since}, según se detalla a continuación:", S, 10.5, R - L, 15) + 8
    xs = [L, L + 110, L + 210, L + 272, L + 328, L + 384, R]
    p.rect(L, y, R - L, 16, 0.5, 0.0, fill=0.88)
    p.pieces(y + 11, [(xs[i] + 3, h, "left") for i, h in enumerate(["Puesto", "Departamento", "Estatus", "Desde",
                                                                     "Hasta", "Jornada"])], SB, 8.4)
    y += 16
    for pos, dp, stt, a, b in rows:
        p.rect(L, y, R - L, 16, 0.4, 0.0)
        p.pieces(y + 11, [(xs[0] + 3, pos, "left", S, fit_size(pos, S, 8.2, xs[1] - xs[0] - 6, 5)),
                          (xs[1] + 3, dp, "left", S, fit_size(dp, S, 8.2, xs[2] - xs[1] - 6, 5)),
                          (xs[2] + 3, stt, "left"), (xs[3] + 3, a.strftime("%d/%m/%Y"), "left"),
                          (xs[4] + 3, b.strftime("%d/%m/%Y") if b else "a presente", "left"),
                          (xs[5] + 3, jorn, "left", S, fit_size(jorn, S, 8.2, R - xs[5] - 6, 5))], S, 8.2)
        y += 16
    y += 18
    if job.departments and not ward:
        y = p.paragraph(L, y, f"Ha realizado funciones en las secciones de {join(job.departments, 'y')}.", S, 10.5,
                        R - L, 15) + 6
    y = p.paragraph(L, y, f"Esta certificación se expide a solicitud de {'la interesada' if fem else 'el interesado'} "
                          f"para los fines que estime pertinentes. No incluye información salarial.", S, 10.5, R - L,
                    15) + 50
    sf = job.signer.startswith("Lcda.") or job.signer.startswith("Sra.")
    sign_block(p, rng, L + 120, y, job.signer, S, 9.5, 200,
               "Directora de Recursos Humanos" if sf else "Director de Recursos Humanos")
    rubber_stamp(p, L + 300, y - 16, 44, 26, 0.45)
    job.position = rows[-1][0]
    return LayoutResult("employment_letter", "af_pr_certificacion", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


# --- CG and AU -----------------------------------------------------------------------------------
def _cg(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    printed = " ".join(x for x in (sname(job, person).upper(), person.given, person.middle) if x)
    if part_time(job):
        tps = f"à temps partiel ({job.hours} heures par semaine)"
        facts = (job.hours, False, True)
    else:
        job.hours = 40
        tps = "à temps plein"
        facts = (None, True, False)
    ward = is_ward_job(job)
    if ward:
        where = "au " + join(job.departments, "et au")
    elif job.departments:
        where = f"au Service de Biologie ({join(job.departments, 'et')})" if emp.kind != "lab" else \
            f"au laboratoire ({join(job.departments, 'et')})"
    else:
        where = "au Service de Biologie" if emp.kind != "lab" else "au laboratoire"
    p = Page(A4)
    W = p.w
    L, R = 60, W - 60
    p.text(L + 80, 50, "RÉPUBLIQUE DU CONGO", TB, 10.5, "center")
    p.text(L + 80, 63, "Unité * Travail * Progrès", TI, 9, "center")
    p.text(R - 110, 50, "MINISTÈRE DE LA SANTÉ ET DE LA POPULATION", TB, 8.5, "center")
    p.text(R - 110, 63, emp.name, T, 8.5, "center") if len(emp.name) < 46 else p.text(
        R - 110, 63, emp.name, T, fit_size(emp.name, T, 8.5, 240, 5), "center")
    p.text(R - 110, 76, "Direction Générale", T, 8.5, "center")
    ld = job.letter_date
    p.text(L, 104, f"N° {kj(job, 'n') % 900 + 100}/{'CHU' if 'Universitaire' in emp.name else 'DG'}/DRH/{ld.year}", T,
           10)
    p.text(W / 2, 150, "ATTESTATION DE SERVICE", TB, 16, "center")
    mat = f"{kj(job, 'mat') % 900000 + 100000}-{'ABCDEFGHJKLMNPRSTUVWXY'[kj(job, 'ml') % 22]}"
    civ = "Mme" if fem and person.married_surname and job.surname_override else ("Mlle" if fem else "M.")
    job_t = job.position
    if job.end:
        per = (f"a exercé en qualité de {job_t} {where}, {tps}, du {fr_date(job.start)} au {fr_date(job.end)}")
    else:
        per = f"exerce en qualité de {job_t} {where}, {tps}, depuis le {fr_date(job.start)} à ce jour"
    signer = job.signer
    body = (f"Je {'soussignée' if signer.startswith('Dr Clarisse') else 'soussigné'}, {signer}, Directeur Général "
            f"{'du' if not emp.name.startswith('Hôpital') and not emp.name.startswith('Laboratoire') else 'de l’'}"
            f"{' ' if not emp.name.startswith('Hôpital') and not emp.name.startswith('Laboratoire') else ''}"
            f"{emp.name}, atteste que {civ} {printed}, matricule {mat}, {per}.")
    y = p.paragraph(L, 200, body, T, 12, R - L, 18) + 12
    y = p.paragraph(L, y, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de "
                          "droit.", T, 12, R - L, 18) + 30
    p.text(R, y, f"Fait à {emp.city}, le {fr_date(ld)}", T, 12, "right")
    sign_block(p, rng, R - 110, y + 80, "Le Directeur Général", T, 11, 180, signer)
    round_stamp(p, R - 170, y + 70, 36, 0.38)
    return LayoutResult("employment_letter", "af_cg_au_letter", FAMILY, by_reading_order([p]), [printed],
                        info={"date_style": "fr_long", "hours_facts": facts})


AU_CLASS = {"Hospital Scientist": ("Hospital Scientist Level 1", "Hospital Scientist Level 2"),
            "Medical Scientist": ("Medical Scientist Grade 1", "Medical Scientist Grade 2"),
            "Technical Officer": ("Technical Officer Grade 1", "Technical Officer Grade 2"),
            "Registered Nurse": ("Registered Nurse Year 1", "Registered Nurse Year 3"),
            "Laboratory Assistant": ("Health Employee Level 2", "Health Employee Level 3")}


def _au(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = natural(job, person)
    if part_time(job):
        fte = max(0.1, min(0.9, round(job.hours / 38, 1)))
        hrs = round(38 * fte, 1)
        hrs = int(hrs) if hrs == int(hrs) else hrs
        job.hours = hrs
        kind = f"Part Time {fte:.1f} FTE ({hrs} hrs/wk)"
        facts = (hrs, False, True)
    else:
        job.hours = 38
        kind = "Full Time 38 hrs/wk"
        facts = (38, True, False)
    end = job.end
    last = end or job.letter_date
    depts = list(job.departments) or ["Laboratory"]
    span = (last - job.start).days
    n = max(1, min(len(depts), 4, span // 150))
    cuts = [job.start + dt.timedelta(days=span * i // n) for i in range(n)] + [None]
    cls = AU_CLASS.get(job.position, (job.position, job.position))
    rows = []
    for i in range(n):
        a = cuts[i]
        b = (cuts[i + 1] - dt.timedelta(days=1)) if i + 1 < n else end
        temp = i == 0 and n > 1
        rows.append((job.position, cls[0] if i < n - 1 or n == 1 else cls[1],
                     depts[i] if i < n - 1 else ", ".join(depts[n - 1:]),
                     ("Temporary " if temp else "Permanent ") + kind, a, b))
    # leave without pay inside the employment, for some
    lwop = None
    if span > 500 and kj(job, "lwop") % 3 == 0:
        a = job.start + dt.timedelta(days=span // 2 + kj(job, "la") % 60)
        b = a + dt.timedelta(days=20 + kj(job, "lb") % 70)
        lwop = (a, b)
    p = Page(A4)
    W = p.w
    L, R = 44, W - 44
    p.rect(L, 34, R - L, 42, 0, 0.0, fill=0.2)
    p.text(L + 10, 54, emp.name, SB, 13, gray=1.0)
    p.text(L + 10, 68, "A service of the State Health Department", S, 8, gray=1.0)
    p.text(R - 10, 62, "People and Culture", S, 9, "right", gray=1.0)
    p.text(L, 106, en_date(job.letter_date), S, 10)
    p.text(L, 132, "STATEMENT OF SERVICE", SB, 15)
    p.pieces(156, [(L, f"Employee Name: {nm}", "left"), (R, f"Employee ID: {kj(job, 'eid') % 900000 + 100000}",
                                                          "right")], S, 10)
    y = p.paragraph(L, 180, f"This is to confirm the employment history of the above named employee with "
                            f"{emp.name}, as recorded in our payroll system:", S, 10, R - L, 14) + 6
    xs = [L, L + 80, L + 180, L + 262, L + 407, L + 457, R]
    p.rect(L, y, R - L, 16, 0.5, 0.0, fill=0.85)
    p.pieces(y + 11, [(xs[i] + 3, h, "left") for i, h in enumerate(
        ["Position", "Award classification", "Department", "Employment type", "Start", "End"])], SB, 7.6)
    y += 16
    for pos, cl, dp, ty, a, b in rows:
        dl = wrap(dp, S, 7.4, xs[3] - xs[2] - 6)
        hgt = 16 + 9 * (len(dl) - 1)
        p.rect(L, y, R - L, hgt, 0.3, 0.0)
        p.pieces(y + 11, [(xs[0] + 3, pos, "left", S, fit_size(pos, S, 7.8, xs[1] - xs[0] - 6, 4.5)),
                          (xs[1] + 3, cl, "left", S, fit_size(cl, S, 7.8, xs[2] - xs[1] - 6, 4.5)),
                          (xs[2] + 3, dl[0], "left", S, 7.4),
                          (xs[3] + 3, ty, "left", S, fit_size(ty, S, 7.8, xs[4] - xs[3] - 6, 4.5)),
                          (xs[4] + 3, a.strftime("%d/%m/%Y"), "left"),
                          (xs[5] + 3, b.strftime("%d/%m/%Y") if b else "Current", "left")], S, 7.8)
        for i, ln in enumerate(dl[1:], 1):
            p.text(xs[2] + 3, y + 11 + 9 * i, ln, S, 7.4)
        y += hgt
    y += 18
    if lwop:
        p.text(L, y, f"Leave Without Pay: {lwop[0].strftime('%d/%m/%Y')} - {lwop[1].strftime('%d/%m/%Y')}", S, 10)
    else:
        p.text(L, y, "Leave Without Pay: Nil", S, 10)
    y += 16
    p.text(L, y, "Periods of Leave Without Pay do not count as service.", S, 9)
    y += 30
    y = p.paragraph(L, y, "Should you require further information, please contact People and Culture on "
                          f"{emp.phone}.", S, 10, R - L, 14) + 40
    sign_block(p, rng, L + 100, y, job.signer, S, 9.5, 170, "Manager, Workforce Services")
    job.position = rows[-1][0]
    info = {"date_style": "dmy_slash", "hours_facts": facts}
    if lwop:
        info["phases"] = [(job.start, lwop[0] - dt.timedelta(days=1), facts),
                          (lwop[1] + dt.timedelta(days=1), end, facts)]
    return LayoutResult("employment_letter", "af_cg_au_letter", FAMILY, by_reading_order([p]), [nm], info=info)


def af_cg_au_letter(job, person, rng, as_of):
    return _au(job, person, rng, as_of) if job.employer.country == "AU" else _cg(job, person, rng, as_of)


LETTER_LAYOUTS = {"af_il_cy_letter": (af_il_cy_letter, FAMILY, ("IL", "CY")),
                  "af_pr_certificacion": (af_pr_certificacion, FAMILY, ("PR",)),
                  "af_cg_au_letter": (af_cg_au_letter, FAMILY, ("CG", "AU"))}
