"""Writer S, round 9: employment letters for TN, IT (s_attestation_servizio) and BY, BW, OM
(s_reference_certificate).

s_attestation_servizio: TN "ATTESTATION DE TRAVAIL — Le Directeur Général de l'Hôpital ... atteste
    que Mme ..., Technicien Supérieur Principal en Biologie, matricule CNRPS ..., exerce au sein du
    Service de Microbiologie depuis le 16/09/2016 jusqu'à ce jour", for one holder in two a second
    paragraph for the earlier contract at the same hospital "du 01/03/2015 au 15/09/2016 en qualité de
    contractuelle" (the job's start is the contract's start); a private laboratory's "Gérant" and a
    CNSS number instead; IT "CERTIFICATO DI SERVIZIO" of an ASL / hospital: a TABLE of contracts `Dal |
    Al | Profilo | Rapporto | Ore settimanali | Struttura` ("Tecnico sanitario di laboratorio
    biomedico", "tempo determinato" then "tempo indeterminato", 36 ore = tempo pieno; a part-time
    holder's rows read "part-time 50%" with 18 ore settimanali: the truth states 18 hours), the last
    row "in servizio" when still employed (the period ends at the certificate's date), and the
    "non può essere prodotto agli organi della pubblica amministrazione" line.
s_reference_certificate: BY English translation of a "REFERENCE (СПРАВКА)": "... has been working at
    the clinical diagnostic laboratory of City Clinical Hospital No. 3 as a laboratory diagnostics
    doctor from 01.09.2016 to the present time. Order No. 245-k of 29.08.2016." (DD.MM.YYYY, the
    dismissal order when it ended); BW "TO WHOM IT MAY CONCERN" with the ROTATIONS as bullets with
    months each ("Haematology and Blood Transfusion — 6 months") inside the overall period "from 2nd
    February 2018 to 31st January 2020" (the months add up to at most the period); OM Ministry of
    Health "EXPERIENCE CERTIFICATE / شهادة خبرة" bilingual form: label rows with Arabic labels
    (pictures), a table `Job Title | Department | From | To` with Gregorian dates and the Hijri in
    brackets "01/10/2019 (02/02/1441 H)", "Till date" when current.
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r4_h_common import cyrillic_safe
from .r8_q_letters import _hours_en
from .r9_s_common import by_reading_order, arabic, FAMILY, hijri_slash, kj, round_stamp, rubber_stamp, sign_block, star_seal


def _months(a, b):
    return (b.year - a.year) * 12 + b.month - a.month + (1 if b.day >= a.day else 0)


def s_attestation_servizio(job, person, rng, as_of):
    return {"TN": _tn, "IT": _it}[job.employer.country](job, person, rng, as_of)


def _tn_hours(job):
    h, st = job.hours, job.hours_style
    return {"hours": f"à raison de {h} heures par semaine", "fulltime_only": "à plein temps",
            "fulltime_hours": f"à plein temps ({h} heures par semaine)",
            "parttime_hours": f"à temps partiel, à raison de {h} heures par semaine",
            "daily": f"à plein temps, 8 heures par jour, {h // 8} jours par semaine"}[st]


def _tn(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 64, p.w - 64
    fem = person.sex == "F"
    name = printed_name(job, person, "natural").upper()
    lab = emp.kind == "lab"
    arabic(p, R, 48, "الجمهورية التونسية", 10, bold=True, align="right")
    arabic(p, R, 63, "وزارة الصحة", 9, align="right")
    p.text(L, 48, "RÉPUBLIQUE TUNISIENNE" if not lab else emp.name, FB, 10)
    p.text(L, 61, "Ministère de la Santé" if not lab else f"{emp.street}, {emp.city}", F, 9.5)
    if not lab:
        p.text(L, 74, emp.name, FB, 10)
    p.text(L, 87, f"Tél. : {emp.phone} — {emp.email}", F, 8.5)
    p.hline(L, R, 95, 0.8)
    y = 124
    p.pieces(y, [(L, f"Réf. : {kj(job, 'ref') % 900 + 100}/DRH/{job.letter_date.year}", "left"),
                 (R, f"{emp.city}, le {D.dmy_slash(job.letter_date)}", "right")], F, 10.5)
    y += 50
    p.text(p.w / 2, y, "ATTESTATION DE TRAVAIL", FB, 16, "center")
    p.hline(p.w / 2 - 110, p.w / 2 + 110, y + 4, 0.8)
    y += 40
    who = "Le Gérant du Laboratoire" if lab else f"Le Directeur Général de l'{emp.name}" if emp.name.startswith("H") \
        else f"Le Directeur Général du {emp.name}"
    ident = (f"affiliée à la CNSS sous le n° {kj(job, 'cnss') % 90000000 + 10000000}" if fem else
             f"affilié à la CNSS sous le n° {kj(job, 'cnss') % 90000000 + 10000000}") if lab else \
        f"matricule CNRPS {kj(job, 'cnrps') % 9000000 + 1000000}"
    depts = " et ".join(f"de l'{d}" if d.startswith("Unité") else f"de la {d}" if d.startswith(("Salle", "Banque"))
                        else f"du {d}" for d in job.departments) if job.departments else "de l'établissement"
    start = job.start
    contract = None
    span = _months(job.start, job.end or job.letter_date)
    if span > 20 and kj(job, "ctr") % 2 == 0:
        cut = D.add_months(job.start, 6 + kj(job, "cut") % 10)
        contract = (job.start, cut - dt.timedelta(days=1))
        start = cut
    if job.end is None:
        per = f"exerce au sein {depts} depuis le {D.dmy_slash(start)} jusqu'à ce jour"
    else:
        per = f"a exercé au sein {depts} du {D.dmy_slash(start)} au {D.dmy_slash(job.end)}"
    body = (f"{who}, soussigné, atteste que {'Mme' if fem else 'M.'} {name}, {job.position}, {ident}, {per}, "
            f"{_tn_hours(job)}.")
    y = p.paragraph(L, y, body, F, 12, R - L, 19) + 10
    if contract:
        y = p.paragraph(L, y, f"{'L’intéressée' if fem else 'L’intéressé'} a exercé auparavant dans notre établissement "
                        f"du {D.dmy_slash(contract[0])} au {D.dmy_slash(contract[1])} en qualité de "
                        f"{'contractuelle' if fem else 'contractuel'}.", F, 12, R - L, 19) + 10
    y = p.paragraph(L, y, "La présente attestation est délivrée à l'intéressé" + ("e" if fem else "") +
                    " sur sa demande pour servir et valoir ce que de droit.", F, 12, R - L, 19) + 56
    sign_block(p, rng, R - 110, y, job.signer, FB, 10.5, 180, "Le Gérant" if lab else "Le Directeur Général")
    round_stamp(p, R - 240, y - 16, 30, 0.45)
    return LayoutResult("employment_letter", "s_attestation_servizio", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_slash", "hours_facts": hours_facts(job),
                              "contract_then_post": bool(contract)})


def _it(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 50, p.w - 50
    fem = person.sex == "F"
    name = printed_name(job, person, "natural")
    pt = job.hours < 35
    ore = 18 if pt else 36
    star_seal(p, L + 18, 56, 18, 0.35, points=5)
    p.text(L + 46, 50, emp.name.upper(), FB, 11.5)
    lab = emp.kind == "lab"
    p.text(L + 46, 63, "Ufficio Amministrazione del Personale" if lab else
           "UOC Gestione e Sviluppo Risorse Umane — Ufficio Stato Giuridico", F, 8.5)
    p.text(L + 46, 74, f"{emp.street} — {emp.city} — Tel. {emp.phone} — PEC {emp.email}", F, 8)
    p.hline(L, R, 84, 0.8)
    y = 106
    p.pieces(y, [(L, f"Prot. n. {kj(job, 'prot') % 90000 + 10000}/{job.letter_date.year}", "left"),
                 (R, f"{emp.city}, {D.dmy_slash(job.letter_date)}", "right")], F, 9.5)
    y += 40
    p.text(p.w / 2, y, "CERTIFICATO DI SERVIZIO", FB, 15, "center")
    y += 30
    tit = "la Sig.ra" if fem else "il Sig."
    verb = "presta" if job.end is None else "ha prestato"
    y = p.paragraph(L, y, f"Si certifica che {tit} {name}, {'nata' if fem else 'nato'} il {D.dmy_slash(person_dob(job))}, "
                    f"{verb} servizio presso {'questa Società' if lab else 'questa Azienda'} con i seguenti rapporti di lavoro:", F, 10.5, R - L, 15) + 8
    end = job.end or job.letter_date
    rows = []
    span = _months(job.start, end)
    rap = f"tempo indeterminato, part-time 50%" if pt else "tempo indeterminato, tempo pieno"
    if span > 14 and kj(job, "td") % 2 == 0:
        cut = D.add_months(job.start, 6 + kj(job, "tdc") % 7)
        rows.append((D.dmy_slash(job.start), D.dmy_slash(cut - dt.timedelta(days=1)),
                     rap.replace("indeterminato", "determinato")))
        rows.append((D.dmy_slash(cut), "in servizio" if job.end is None else D.dmy_slash(job.end), rap))
    else:
        rows.append((D.dmy_slash(job.start), "in servizio" if job.end is None else D.dmy_slash(job.end), rap))
    xs = [L, L + 56, L + 112, L + 222, L + 320, L + 372, R]
    heads = [("Dal", ""), ("Al", ""), ("Profilo", ""), ("Rapporto", ""), ("Ore", "settimanali"), ("Struttura", "")]
    p.rect(L, y, R - L, 22, 0.6, 0, fill=0.88)
    p.pieces(y + 9, [(xs[i] + 3, a, "left") for i, (a, _) in enumerate(heads)], FB, 8)
    p.text(xs[4] + 3, y + 18, "settimanali", FB, 8)
    top = y
    y += 22
    struct = " / ".join(job.departments) if job.departments else "Laboratorio" if lab else "Presidio Ospedaliero"
    for dal, al, rp in rows:
        cells = [[dal], [al], wrap(job.position, F, 8, xs[3] - xs[2] - 6), wrap(rp, F, 8, xs[4] - xs[3] - 6),
                 [str(ore)], wrap(struct if lab else f"UOC {struct}", F, 8, xs[6] - xs[5] - 6)]
        n = max(len(c) for c in cells)
        for li in range(n):
            p.pieces(y + 10 + li * 10, [(xs[i] + 3, c[li], "left") for i, c in enumerate(cells) if li < len(c)], F, 8)
        y += 10 * n + 6
        p.hline(L, R, y, 0.4)
    for x in xs:
        p.vline(x, top, y, 0.5)
    p.rect(L, top, R - L, y - top, 0.8, 0)
    y += 22
    y = p.paragraph(L, y, "Nel periodo sopra indicato non risultano interruzioni del servizio. Orario di lavoro a tempo "
                    f"pieno: 36 ore settimanali.", F, 10, R - L, 14) + 4
    y = p.paragraph(L, y, f"Si rilascia su richiesta dell'interessat{'a' if fem else 'o'} per gli usi consentiti dalla legge.",
                    F, 10, R - L, 14) + 4
    y = p.paragraph(L, y, "Il presente certificato non può essere prodotto agli organi della pubblica amministrazione o "
                    "ai privati gestori di pubblici servizi.", FI, 9, R - L, 12) + 44
    sign_block(p, rng, R - 110, y, job.signer, FB, 9.5, 180,
               "Il Responsabile del Personale" if lab else "Il Direttore UOC Risorse Umane")
    rubber_stamp(p, R - 250, y - 14, 40, 26)
    facts = (18, False, True) if pt else (36, True, False)
    return LayoutResult("employment_letter", "s_attestation_servizio", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def person_dob(job):
    """A stable date of birth for the certificate (the letter does not see the studies)."""
    n = kj(job, "dob")
    return dt.date(job.start.year - 24 - n % 4, 1 + n % 12, 1 + (n >> 4) % 28)


# --- BY / BW / OM --------------------------------------------------------------------------------

def s_reference_certificate(job, person, rng, as_of):
    return {"BY": _by, "BW": _bw, "OM": _om}[job.employer.country](job, person, rng, as_of)


def _by(job, person, rng, as_of):
    with cyrillic_safe():
        emp = job.employer
        p = Page(A4)
        F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
        L, R = 64, p.w - 64
        name = f"{person.surname.upper()} {person.given} {person.middle}".strip() if not job.name_override \
            else job.name_override
        fem = person.sex == "F"
        p.text(R, 36, "Translation from Russian", FI, 9, "right")
        p.text(L, 62, "Ministry of Health of the Republic of Belarus", F, 10)
        p.text(L, 76, f"Health Care Institution \"{emp.name}\"", FB, 10.5)
        p.text(L, 89, f"{emp.street}, {emp.city}, {emp.region}, tel. {emp.phone}", F, 9)
        p.hline(L, R, 96, 0.6)
        y = 126
        p.text(p.w / 2, y, "REFERENCE (СПРАВКА)", FB, 14, "center")
        y += 16
        p.text(p.w / 2, y, f"No. {kj(job, 'no') % 900 + 100} of {D.dmy_dot(job.letter_date)}", F, 10.5, "center")
        y += 32
        where = "the clinical diagnostic laboratory" if emp.kind != "lab" else "the laboratory"
        if job.departments:
            where += f" ({', '.join(job.departments)})"
        on = kj(job, "ord")
        if job.end is None:
            per = (f"has been working at {where} of {emp.name} as a {job.position} from {D.dmy_dot(job.start)} to the "
                   f"present time. Order No. {on % 400 + 1}-k of {D.dmy_dot(job.start - dt.timedelta(days=on % 5 + 1))}.")
            tense = "present"
        else:
            per = (f"worked at {where} of {emp.name} as a {job.position} from {D.dmy_dot(job.start)} to "
                   f"{D.dmy_dot(job.end)}. Order No. {on % 400 + 1}-k of "
                   f"{D.dmy_dot(job.start - dt.timedelta(days=on % 5 + 1))}; order on dismissal No. {on % 300 + 20}-k of "
                   f"{D.dmy_dot(job.end - dt.timedelta(days=on % 3))}.")
            tense = "past"
        y = p.paragraph(L, y, f"Issued to {name}, born {person_dob(job).year}, certifying that {'she' if fem else 'he'} "
                        f"{per}", F, 12, R - L, 18) + 8
        y = p.paragraph(L, y, _hours_en(job, person, tense), F, 12, R - L, 18) + 8
        y = p.paragraph(L, y, "The reference is issued for submission at the place of demand.", F, 12, R - L, 18) + 50
        sign_block(p, rng, L + 90, y, job.signer, F, 10, 170, "Chief Physician" if emp.kind != "lab" else "Director")
        sign_block(p, rng, R - 90, y, "Head of HR Department", F, 10, 150)
        round_stamp(p, p.w / 2, y - 16, 30, 0.45)
        p.text(L, y + 40, "L.S.", FB, 9)
        tr = ["Volha Ihnatsenka", "Maryna Staravoitava", "Pavel Hrytsuk"][kj(job, "tr") % 3]
        p.text(L, y + 70, f"The translation from Russian into English was made by translator {tr}.", FI, 9.5)
        return LayoutResult("employment_letter", "s_reference_certificate", FAMILY, by_reading_order([p]), [name],
                            info={"date_style": "dmy_dot", "hours_facts": hours_facts(job)})


def _bw(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 64, p.w - 64
    name = printed_name(job, person, "natural")
    p.logo(p.w / 2, 46, 18, 0)
    p.text(p.w / 2, 80, "REPUBLIC OF BOTSWANA — MINISTRY OF HEALTH" if emp.kind != "lab" else emp.name.upper(),
           FB, 10, "center")
    if emp.kind != "lab":
        p.text(p.w / 2, 94, emp.name.upper(), FB, 13, "center")
    p.text(p.w / 2, 107, f"{emp.street}, {emp.city} — Tel: {emp.phone} — {emp.email}", F, 8.5, "center")
    p.hline(L, R, 114, 0.9)
    y = 140
    p.text(L, y, f"Ref: {emp.name.split()[0][:3].upper()}/LAB/{kj(job, 'r') % 90 + 10}/{kj(job, 'n') % 400 + 1}", F, 10)
    p.text(R, y, D.ordinal_dmy(job.letter_date), F, 10, "right")
    y += 40
    p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 12)
    p.hline(L, L + 166, y + 3, 0.8)
    y += 28
    title = "Ms." if person.sex == "F" else "Mr."
    he, his = person.pronoun("subj"), person.pronoun("poss")
    end = job.end or job.letter_date
    if job.end is None:
        per = f"has been employed by {emp.name} as a {job.position} since {D.ordinal_dmy(job.start)} to date"
        tense = "present"
    else:
        per = f"was employed by {emp.name} as a {job.position} from {D.ordinal_dmy(job.start)} to {D.ordinal_dmy(job.end)}"
        tense = "past"
    y = p.paragraph(L, y, f"This serves to confirm that {title} {name} {per}.", F, 11, R - L, 17) + 6
    total = max(1, _months(job.start, end) - 1)
    if job.departments:
        n = len(job.departments)
        base = [max(1, total // n)] * n
        left = total - sum(base)
        i = 0
        while left > 0 and kj(job, f"x{i}") % 3:
            base[i % n] += 1
            left -= 1
            i += 1
        where = "sections of the laboratory" if job.areas else "units of the hospital"
        y = p.paragraph(L, y, f"During this period {he} rotated through the following {where}:",
                        F, 11, R - L, 17) + 2
        for d, m in zip(job.departments, base):
            p.circle(L + 14, y - 3.5, 1.8, 0.5, 0, fill=0)
            p.text(L + 24, y, f"{d} — {m} month{'s' if m > 1 else ''};", F, 11)
            y += 16
        y += 6
    y = p.paragraph(L, y, _hours_en(job, person, tense), F, 11, R - L, 17) + 6
    y = p.paragraph(L, y, f"{his.capitalize()} work and conduct have been satisfactory. Please do not hesitate to "
                    "contact the undersigned should you require further information.", F, 11, R - L, 17) + 50
    sign_block(p, rng, L + 90, y, job.signer, FB, 10, 170, "Principal Medical Laboratory Scientist"
               if emp.kind != "lab" else "Laboratory Manager")
    rubber_stamp(p, R - 90, y - 20, 56, 30)
    return LayoutResult("employment_letter", "s_reference_certificate", FAMILY, by_reading_order([p]), [f"{title} {name}"],
                        info={"date_style": "ordinal_dmy", "hours_facts": hours_facts(job)})


def _om_date(d):
    return f"{D.dmy_slash(d)} ({hijri_slash(d)} H)"


def _om(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 50, p.w - 50
    name = printed_name(job, person, "natural")
    lab = emp.kind == "lab"
    p.text(L, 46, "Sultanate of Oman" if not lab else emp.name, FB, 10)
    p.text(L, 58, "Ministry of Health" if not lab else f"{emp.street}, {emp.city}", F, 9)
    if not lab:
        p.text(L, 70, emp.name, FB, 9.5)
    arabic(p, R, 46, "سلطنة عمان", 10, bold=True, align="right")
    arabic(p, R, 60, "وزارة الصحة", 9, align="right")
    star_seal(p, p.w / 2, 56, 18, 0.3, points=8)
    p.hline(L, R, 82, 0.9)
    y = 108
    arabic(p, p.w / 2, y, "شهادة خبرة", 13, bold=True)
    p.text(p.w / 2, y + 18, "EXPERIENCE CERTIFICATE", FB, 13, "center")
    y += 46
    civ = kj(job, "civ") % 90000000 + 10000000
    for en, ar, v in (("Name", "الاسم", name), ("Civil ID No.", "الرقم المدني", str(civ)), ("Nationality", "الجنسية", "Omani"),
                      ("Date of Issue", "تاريخ الإصدار", _om_date(job.letter_date))):
        p.rect(L, y - 11, R - L, 16, 0.4, 0)
        p.pieces(y, [(L + 6, en, "left", FB, 9), (L + 120, v, "left")], F, 9)
        arabic(p, R - 6, y, ar, 9, align="right")
        y += 16
    y += 16
    y = p.paragraph(L, y, "This is to certify that the above-named has been employed by the Ministry of Health in the "
                    "following post(s):" if not lab else "This is to certify that the above-named has been employed by "
                    "our laboratory in the following post(s):", F, 10, R - L, 14) + 4
    end = job.end
    rows = []
    span = _months(job.start, end or job.letter_date)
    if len(job.departments) > 1 and span > 18 and kj(job, "two") % 2 == 0:
        cut = D.add_months(job.start, span // 2)
        rows.append((job.position, job.departments[0], job.start, cut - dt.timedelta(days=1)))
        rows.append((job.position, ", ".join(job.departments[1:]), cut, end))
    else:
        rows.append((job.position, ", ".join(job.departments) or "Laboratory", job.start, end))
    xs = [L, L + 140, L + 260, L + 378, R]
    top = y
    p.rect(L, y, R - L, 26, 0.6, 0, fill=0.9)
    for i, (ar, en) in enumerate((("المسمى الوظيفي", "Job Title"), ("القسم", "Department"), ("من", "From"),
                                  ("إلى", "To"))):
        arabic(p, (xs[i] + xs[i + 1]) / 2, y + 10, ar, 8)
    p.pieces(y + 22, [((xs[i] + xs[i + 1]) / 2, t, "center") for i, t in
                      enumerate(("Job Title", "Department", "From", "To"))], FB, 8.5)
    y += 26
    for pos, dep, a, b in rows:
        c = [wrap(pos, F, 8.5, xs[1] - xs[0] - 6), wrap(dep, F, 8.5, xs[2] - xs[1] - 6),
             [_om_date(a)], [_om_date(b) if b else "Till date"]]
        n = max(len(x) for x in c)
        for li in range(n):
            p.pieces(y + 11 + li * 10.5, [(xs[i] + 4, x[li], "left") for i, x in enumerate(c) if li < len(x)], F, 8.5)
        y += 10.5 * n + 7
        p.hline(L, R, y, 0.4)
    for x in xs:
        p.vline(x, top, y, 0.5)
    y += 20
    y = p.paragraph(L, y, _hours_en(job, person, "present" if end is None else "past"), F, 10, R - L, 14) + 4
    y = p.paragraph(L, y, "This certificate has been issued upon the employee's request without any liability on the "
                    "Ministry towards third parties." if not lab else "This certificate has been issued upon the "
                    "employee's request.", F, 10, R - L, 14) + 50
    sign_block(p, rng, R - 110, y, job.signer, FB, 9.5, 180, "Director of Human Resources" if not lab else "Manager")
    star_seal(p, L + 100, y - 16, 30, 0.45, points=8)
    return LayoutResult("employment_letter", "s_reference_certificate", FAMILY, by_reading_order([p]), [name],
                        info={"date_style": "dmy_slash_hijri", "hours_facts": hours_facts(job)})


LETTER_LAYOUTS = {"s_attestation_servizio": (s_attestation_servizio, FAMILY, ("TN", "IT")),
                  "s_reference_certificate": (s_reference_certificate, FAMILY, ("BY", "BW", "OM"))}
