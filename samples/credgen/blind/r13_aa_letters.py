"""Writer AA, round 13: employment letters for ML, SS, PA, HK and HR (three layouts, five designs).

aa_ml_attestation: ML "ATTESTATION DE SERVICE" of a university hospital, a regional hospital or a
    district reference health centre: "Je soussigné, Directeur Général du ..., atteste que M./Mme ...,
    Technicien Supérieur de Laboratoire, a servi dans notre établissement au Service de Biologie
    Médicale (biochimie, hématologie) du 1er mars 2018 au 30 juin 2021" or "... y exerce depuis le
    ...", the hours, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce
    que de droit.", "RÉPUBLIQUE DU MALI / Un Peuple - Un But - Une Foi" at the top right.
aa_en_hospital: SS letter on the letterhead of a "Teaching Hospital, Ministry of Health" with "Ref:
    MOH/KTH/HR/..." and the date, "to whom it may concern", the period "from 2nd January 2018 to date"
    (or "to 30th June 2021"); HK an HR department's "CERTIFICATE OF EMPLOYMENT" as a form: "Name /
    Post / Department / Period of Employment (from - to) / Terms: Full-time, 44 hours per week" and
    tick boxes for the laboratory sections ("[X] Clinical Chemistry [ ] Haematology ..."), the ticked
    boxes being the job's sections (the box labels are text, the ticks are drawn).
aa_certificacion: PA "CERTIFICACIÓN LABORAL" of a social-security hospital ("labora en esta
    institución desde el 3 de enero de 2019 como Tecnólogo Médico en la sección de Química Clínica, con
    un horario de 40 horas semanales"); HR "POTVRDA O ZAPOSLENJU" ("... zaposlena je u ... na radnom
    mjestu prvostupnica medicinsko-laboratorijske dijagnostike u Odjelu za laboratorijsku dijagnostiku
    (klinička kemija, hematologija) od 01.10.2019. do danas, u punom radnom vremenu").

A non-laboratory job's position (Staff Nurse, Laboratory Aide) is printed in the letter's language;
a nurse's letter names no laboratory section (the wards are summed up as nursing services).
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LETTER, Page
from .r13_aa_common import (EN_MONTHS, FAMILY, by_reading_order, es_date, facts, fr_date, hours_en, hours_fr, hr_num,
                            kj, ordinal_en, round_stamp, rubber_stamp, sign_block, star_seal, tick_box)

POS = {"ML": {"Staff Nurse": ("Infirmière d'État", "Infirmier d'État"), "Laboratory Aide": ("Aide-laborantine",
                                                                                             "Aide-laborantin")},
       "PA": {"Staff Nurse": ("Enfermera", "Enfermero"), "Laboratory Aide": ("Auxiliar de Laboratorio",
                                                                             "Auxiliar de Laboratorio")},
       "HR": {"Staff Nurse": ("medicinska sestra", "medicinski tehničar"),
              "Laboratory Aide": ("laboratorijska pomoćnica", "laboratorijski pomoćnik"),
              "prvostupnik medicinsko-laboratorijske dijagnostike": (
                  "prvostupnica medicinsko-laboratorijske dijagnostike",
                  "prvostupnik medicinsko-laboratorijske dijagnostike"),
              "laboratorijski tehničar": ("laboratorijska tehničarka", "laboratorijski tehničar")}}


def pos(job, person):
    t = POS.get(job.employer.country, {}).get(job.position)
    if not t:
        return job.position
    return t[0] if person.sex == "F" else t[1]


def sname(job, person):
    return job.surname_override or person.surname


def natural(job, person):
    if job.name_override:
        return job.name_override
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def nurse(job):
    """A nurse's ward job: its printed phrases are wards, not laboratory sections."""
    return not job.areas and "Nurse" in job.position


def lab_secs(job):
    return [] if nurse(job) else list(job.departments)


def join_en(xs):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def en_ord(d):
    return f"{ordinal_en(d.day)} {EN_MONTHS[d.month - 1]} {d.year}"


# --- ML ---------------------------------------------------------------------------------------------

def aa_ml_attestation(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = job.name_override or f"{person.given} {sname(job, person).upper()}"
    p = Page(A4)
    W = p.w
    L, R = 64, W - 64
    lab = emp.kind == "lab"
    y = 50
    for ln in (["MINISTÈRE DE LA SANTÉ ET DU DÉVELOPPEMENT SOCIAL", "*********", emp.name.upper(),
                "DIRECTION GÉNÉRALE" if emp.kind == "hospital" else "DIRECTION"]
               if not lab else [emp.name.upper(), emp.street, f"Tél. : {emp.phone}"]):
        for part in ([ln] if len(ln) < 46 else _split2(ln)):
            p.text(L + 120, y, part, TB, 9, "center")
            y += 13
    p.text(R - 80, 50, "RÉPUBLIQUE DU MALI", TB, 10.5, "center")
    p.text(R - 80, 64, "Un Peuple - Un But - Une Foi", TI, 9, "center")
    p.text(L, y + 12, f"N° {kj(job, 'n') % 900 + 100}/{'DG' if not lab else 'DIR'}/{job.letter_date.year}", T, 10)
    p.text(W / 2, y + 64, "ATTESTATION DE SERVICE", TB, 18, "center")
    p.hline(W / 2 - 115, W / 2 + 115, y + 70, 0.8)
    who = ("Directeur Général du " if emp.kind == "hospital" else "Médecin-Chef du " if emp.kind == "clinic"
           else "Directeur du ") + emp.name
    civ = "Mme" if fem else "M."
    if lab_secs(job):
        svc = f"au Service de Biologie Médicale ({', '.join(d.lower() if i else d for i, d in enumerate(job.departments))})"
    elif nurse(job):
        svc = "dans les services de soins"
    else:
        svc = "dans nos services"
    if job.end is not None:
        per = f"a servi dans notre établissement {svc} du {fr_date(job.start)} au {fr_date(job.end)}"
    else:
        per = f"exerce dans notre établissement {svc} depuis le {fr_date(job.start)}"
    txt = f"Je soussigné, {who}, atteste que {civ} {nm}, {pos(job, person)}, {per}, {hours_fr(job)}."
    y = p.paragraph(L, y + 120, txt, T, 12.5, R - L, 20) + 12
    y = p.paragraph(L, y, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de "
                    "droit.", T, 12.5, R - L, 20)
    p.text(R, y + 30, f"Bamako, le {fr_date(job.letter_date)}" if emp.city == "Bamako" else
           f"{emp.city}, le {fr_date(job.letter_date)}", T, 12, "right")
    ttl = "Le Directeur Général" if emp.kind == "hospital" else "Le Médecin-Chef" if emp.kind == "clinic" else "Le Directeur"
    sign_block(p, rng, R - 110, y + 110, ttl, TB, 11, 190)
    p.text(R - 110, y + 138, job.signer, T, 11, "center")
    round_stamp(p, R - 190, y + 92, 34, 0.42)
    return LayoutResult("employment_letter", "aa_ml_attestation", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fr_long", "hours_facts": facts(job)})


def _split2(s):
    w = s.split()
    h = len(w) // 2
    return [" ".join(w[:h]), " ".join(w[h:])]


# --- SS / HK ----------------------------------------------------------------------------------------

def _ss_letter(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 66, W - 66
    star_seal(p, W / 2, 56, 24, 0.3, points=5)
    if emp.kind == "hospital":
        p.text(W / 2, 100, "REPUBLIC OF SOUTH SUDAN", SB, 11, "center")
        p.text(W / 2, 114, "MINISTRY OF HEALTH", SB, 11, "center")
        p.text(W / 2, 130, emp.name.upper(), SB, 13, "center")
    else:
        p.text(W / 2, 104, emp.name.upper(), SB, 13, "center")
        p.text(W / 2, 120, "Licensed by the Ministry of Health", S, 10, "center")
    p.text(W / 2, 144, f"{emp.street}, {emp.city} | Tel: {emp.phone} | {emp.email}", S, 9, "center")
    p.hline(L, R, 152, 1.2)
    p.hline(L, R, 155, 0.4)
    code = "".join(w[0] for w in emp.name.split() if w[0].isupper())[:4]
    p.text(L, 178, f"Ref: MOH/{code}/HR/{kj(job, 'ref') % 900 + 100}/{job.letter_date.year}", S, 11)
    p.text(R, 178, f"Date: {en_ord(job.letter_date)}", S, 11, "right")
    p.text(L, 214, "TO WHOM IT MAY CONCERN", SB, 12)
    p.text(L, 234, f"RE: CONFIRMATION OF SERVICE - {nm.upper()}", SB, 11)
    per = f"from {en_ord(job.start)} to {'date' if job.end is None else en_ord(job.end)}"
    he, his = ("she", "her") if fem else ("he", "his")
    if lab_secs(job):
        where = f"in the Department of Laboratory Medicine, where {he} worked in {join_en(job.departments)}"
    elif nurse(job) and job.departments:
        where = f"in the Department of Nursing Services ({join_en(job.departments)})"
    elif nurse(job):
        where = "in the Department of Nursing Services"
    else:
        where = "in this hospital"
    txt = (f"This is to confirm that {'Ms.' if fem else 'Mr.'} {nm} {'has been' if job.end is None else 'was'} employed by "
           f"this hospital as {job.position} {per}. {he.capitalize()} {'has been' if job.end is None else 'was'} "
           f"deployed {where}, {hours_en(job)}.")
    y = p.paragraph(L, 262, txt, S, 12, R - L, 18) + 10
    y = p.paragraph(L, y, f"During {his} service {he} {'has shown' if job.end is None else 'showed'} commitment and "
                    "good conduct. This letter is issued at the request of the above-named for whatever purpose it may "
                    "serve.", S, 12, R - L, 18)
    sign_block(p, rng, L + 100, y + 80, job.signer, SB, 11, 180)
    p.text(L + 100, y + 108, "Director of Human Resources" if emp.kind == "hospital" else "Laboratory Director", S, 11,
           "center")
    rubber_stamp(p, L + 270, y + 60, 44, 28, 0.45)
    return LayoutResult("employment_letter", "aa_en_hospital", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "ordinal_long", "hours_facts": facts(job)})


HK_SECTIONS = ["Clinical Chemistry", "Haematology", "Microbiology", "Blood Transfusion", "Immunology",
               "Histopathology", "Molecular Pathology", "Urinalysis", "Phlebotomy"]


def _hk_terms(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"{h} hours per week", "fulltime_only": "Full-time", "fulltime_hours": f"Full-time, {h} hours per week",
            "parttime_hours": f"Part-time, {h} hours per week", "daily": f"Full-time, {h / 6:g} hours a day, 6 days a week"}[st]


def _hk_form(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = f"{sname(job, person).upper()} {person.given}" if not job.name_override else job.name_override
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    star_seal(p, L + 16, 56, 16, 0.35, points=6)
    p.text(L + 40, 52, emp.name, SB, 13)
    p.text(L + 40, 66, "Human Resources Department", S, 9.5)
    p.text(L + 40, 78, f"{emp.street}, {emp.region}, Hong Kong | Tel: {emp.phone}", S, 8)
    p.text(R, 52, f"Form HR-{kj(job, 'f') % 30 + 10}", S, 8, "right")
    p.text(W / 2, 122, "CERTIFICATE OF EMPLOYMENT", SB, 15, "center")
    p.text(R, 146, f"Our Ref.: HRD/COE/{job.letter_date.year}/{kj(job, 'r') % 9000 + 1000}", S, 9, "right")
    p.text(R, 159, f"Date: {job.letter_date.strftime('%d/%m/%Y')}", S, 9, "right")
    rows = [("Name", nm), ("Post", job.position),
            ("Department", "Department of Pathology" if lab_secs(job) else
             (("Nursing Services (" + ", ".join(job.departments) + ")" if job.departments else "Nursing Services")
              if nurse(job) else "Clinical Support Services")),
            ("Period of Employment", f"from {job.start.strftime('%d/%m/%Y')} to "
             f"{'present' if job.end is None else job.end.strftime('%d/%m/%Y')}"),
            ("Terms", _hk_terms(job))]
    y = 190
    for lab, val in rows:
        p.rect(L, y - 12, 150, 20, 0.5, 0.2, fill=0.92)
        p.rect(L + 150, y - 12, R - L - 150, 20, 0.5, 0.2)
        p.pieces(y + 2, [(L + 6, lab, "left", SB, 9.5), (L + 158, val, "left", S, 9.5)])
        y += 20
    y += 22
    p.text(L, y, "Laboratory sections in which the employee has worked (please tick):", SB, 9.5)
    y += 20
    for i in range(0, len(HK_SECTIONS), 3):
        items = []
        for q, sec in enumerate(HK_SECTIONS[i:i + 3]):
            x = L + q * 160
            tick_box(p, x, y + 1, sec in job.departments, 9)
            items.append((x + 14, sec, "left"))
        p.pieces(y, items, S, 9.5)
        y += 18
    y += 18
    y = p.paragraph(L, y, "We certify that the above particulars are correct according to our records. This certificate "
                    "is issued at the request of the employee and does not constitute a reference.", S, 9.5, R - L, 13)
    sign_block(p, rng, L + 110, y + 70, job.signer, SB, 9.5, 180)
    p.text(L + 110, y + 94, "for Hospital Chief Executive" if emp.kind == "hospital" else "for Managing Director", S,
           9, "center")
    round_stamp(p, L + 290, y + 50, 30, 0.45)
    return LayoutResult("employment_letter", "aa_en_hospital", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts(job)})


def aa_en_hospital(job, person, rng, as_of):
    if job.employer.country == "HK":
        return _hk_form(job, person, rng, as_of)
    return _ss_letter(job, person, rng, as_of)


# --- PA / HR ----------------------------------------------------------------------------------------

def hours_es(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"con un horario de {h} horas semanales", "fulltime_only": "a tiempo completo",
            "fulltime_hours": f"a tiempo completo, con un horario de {h} horas semanales",
            "parttime_hours": f"a tiempo parcial, con un horario de {h} horas semanales",
            "daily": f"con un horario de {h / 6:g} horas diarias, seis días a la semana"}[st]


def hours_hr(job):
    st, h = job.hours_style, job.hours
    return {"hours": f"s radnim vremenom od {h} sati tjedno", "fulltime_only": "u punom radnom vremenu",
            "fulltime_hours": f"u punom radnom vremenu ({h} sati tjedno)",
            "parttime_hours": f"u nepunom radnom vremenu od {h} sati tjedno",
            "daily": f"s radnim vremenom od {h / 6:g} sati dnevno, šest dana u tjednu"}[st]


def _pa_cert(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person).upper()
    p = Page(LETTER)
    W, H = p.w, p.h
    L, R = 70, W - 70
    css = emp.kind != "lab"
    if css:
        p.text(W / 2, 56, "CAJA DE SEGURO SOCIAL", SB, 13, "center")
        p.text(W / 2, 72, emp.name, S, 10.5, "center")
        p.text(W / 2, 86, "Dirección Ejecutiva Nacional de Recursos Humanos", S, 9.5, "center")
    else:
        p.text(W / 2, 62, emp.name.upper(), SB, 13, "center")
        p.text(W / 2, 78, f"{emp.street}, {emp.city}", S, 9.5, "center")
    p.hline(L, R, 96, 0.8)
    p.text(R, 120, f"{emp.city}, {es_date(job.letter_date)}", S, 10, "right")
    p.text(L, 140, f"Nota N° {kj(job, 'n') % 9000 + 1000}-{'DENRH' if css else 'RH'}-{job.letter_date.year}", S, 10)
    p.text(W / 2, 182, "CERTIFICACIÓN LABORAL", SB, 15, "center")
    p.text(L, 214, "A QUIEN CONCIERNA:", SB, 11)
    if lab_secs(job):
        secs = job.departments
        where = (f" en la sección de {secs[0]}" if len(secs) == 1 else
                 f" en las secciones de {', '.join(secs[:-1])} y {secs[-1]}")
    elif nurse(job):
        where = " en el Servicio de Enfermería"
    else:
        where = ""
    cc = f"con cédula de identidad personal N° 8-{kj(job, 'c1') % 900 + 100}-{kj(job, 'c2') % 2000 + 100}"
    if job.end is None:
        per = f"labora en esta institución desde el {es_date(job.start)}"
    else:
        per = f"laboró en esta institución desde el {es_date(job.start)} hasta el {es_date(job.end)}"
    txt = (f"Por este medio certificamos que {'la señora' if fem else 'el señor'} {nm}, {cc}, {per} como "
           f"{pos(job, person)}{where}, {hours_es(job)}.")
    y = p.paragraph(L, 242, txt, S, 11, R - L, 17) + 10
    y = p.paragraph(L, y, "Se expide la presente certificación a solicitud de la parte interesada, para los fines que "
                    "estime conveniente.", S, 11, R - L, 17)
    p.text(L, y + 24, "Atentamente,", S, 11)
    sign_block(p, rng, L + 110, y + 90, job.signer, SB, 10.5, 190)
    p.text(L + 110, y + 116, "Jefe(a) de Recursos Humanos" if css else "Gerente de Recursos Humanos", S, 10, "center")
    round_stamp(p, L + 300, y + 70, 32, 0.45)
    return LayoutResult("employment_letter", "aa_certificacion", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "es_long", "hours_facts": facts(job)})


def _hr_potvrda(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 66, W - 66
    p.text(L, 56, emp.name.upper(), SB, 11.5)
    p.text(L, 70, f"{emp.street}, {emp.city}", S, 9.5)
    p.text(L, 83, f"OIB: {kj(job, 'oib') % 10 ** 11:011d} | Tel: {emp.phone}", S, 9)
    p.text(L, 96, "Služba za pravne, kadrovske i opće poslove" if emp.kind == "hospital" else "Uprava", S, 9)
    p.hline(L, R, 104, 0.6)
    p.text(L, 128, f"Urbroj: {2181 + kj(job, 'u') % 9}-{kj(job, 'u2') % 90 + 10}-{job.letter_date.year % 100}-"
           f"{kj(job, 'u3') % 900 + 100}", S, 9.5)
    p.text(L, 141, f"{emp.city}, {hr_num(job.letter_date)}", S, 9.5)
    p.text(W / 2, 188, "POTVRDA O ZAPOSLENJU", SB, 15, "center")
    if lab_secs(job):
        odjel = (f" u Odjelu za laboratorijsku dijagnostiku ({', '.join(job.departments)})" if emp.kind != "lab"
                 else f" u laboratoriju ({', '.join(job.departments)})")
    elif nurse(job):
        odjel = " u Službi zdravstvene njege"
    else:
        odjel = ""
    per = (f"od {hr_num(job.start)} do danas" if job.end is None else f"od {hr_num(job.start)} do {hr_num(job.end)}")
    verb = ("zaposlena" if fem else "zaposlen") if job.end is None else ("bila zaposlena" if fem else "bio zaposlen")
    txt = (f"Potvrđuje se da je {'gospođa' if fem else 'gospodin'} {nm}, OIB {kj(job, 'poib') % 10 ** 11:011d}, "
           f"{verb} u ustanovi {emp.name} na radnom mjestu {pos(job, person)}{odjel} {per}, {hours_hr(job)}.")
    y = p.paragraph(L, 226, txt, S, 11, R - L, 17) + 10
    y = p.paragraph(L, y, "Potvrda se izdaje na osobni zahtjev radi priznavanja inozemne stručne kvalifikacije i ne "
                    "može se koristiti u druge svrhe.", S, 11, R - L, 17)
    sign_block(p, rng, R - 110, y + 80, job.signer, S, 10, 190)
    p.text(R - 110, y + 104, "Ravnatelj" if emp.kind == "hospital" else "Direktor", S, 10, "center")
    round_stamp(p, R - 230, y + 64, 32, 0.45)
    return LayoutResult("employment_letter", "aa_certificacion", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "hr_numeric", "hours_facts": facts(job)})


def aa_certificacion(job, person, rng, as_of):
    if job.employer.country == "HR":
        return _hr_potvrda(job, person, rng, as_of)
    return _pa_cert(job, person, rng, as_of)


LETTER_LAYOUTS = {
    "aa_ml_attestation": (aa_ml_attestation, FAMILY, ("ML",)),
    "aa_en_hospital": (aa_en_hospital, FAMILY, ("SS", "HK")),
    "aa_certificacion": (aa_certificacion, FAMILY, ("PA", "HR")),
}
