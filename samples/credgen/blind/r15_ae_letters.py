"""Writer AE, round 15: employment letters for FR, IE, QA, CZ and BA (three designs, the second and
third drawn per country).

ae_fr_certificat: FR "CERTIFICAT DE TRAVAIL" (the legal one given on leaving: "Je soussignée ...,
    Directrice des Ressources Humaines du Centre Hospitalier ..., certifie que Madame X, née le ...,
    a été employée dans notre établissement du 2 novembre 2016 au 31 août 2021 en qualité de
    Technicienne de laboratoire médical (catégorie B), au sein du laboratoire de biologie médicale
    (secteurs biochimie et hématologie), à temps partiel 80 %. Elle nous quitte libre de tout
    engagement. Fait pour servir et valoir ce que de droit.") or, for a current job, an "ATTESTATION
    D'EMPLOI" ("... est employée depuis le ... en qualité de ...").
ae_ie_qa_letter: IE hospital group HR letter "To Whom It May Concern" ("... has been employed as a
    Medical Scientist (Staff Grade) in the Haematology and Blood Transfusion departments of ...
    since 3rd September 2018 on a permanent whole-time contract of 37 hours per week ... CORU
    registration number MS012345"); QA "EXPERIENCE CERTIFICATE" from a national health corporation
    ("This is to certify that Ms ..., holder of Qatar ID no. ..., has been working with us as Lab
    Technologist II in the Department of Laboratory Medicine and Pathology (Clinical Chemistry
    section) from 12/03/2017 till date. Working hours: 48 hours per week. This certificate is issued
    upon her request without any liability on the corporation"), dd/mm/yyyy dates.
ae_cz_ba_potvrzeni: CZ "POTVRZENÍ O ZAMĚSTNÁNÍ" ("... je zaměstnána v pracovním poměru na dobu
    neurčitou od 1. 9. 2018 dosud na pozici zdravotní laborantka v Oddělení klinické biochemie ...,
    úvazek 1,0 (40 hodin týdně)"; a woman's maternity / parental leave is stated with its dates);
    BA "POTVRDA O RADNOM ODNOSU" ("... je zaposlena u JZU ... na radnom mjestu Bachelor
    laboratorijskih tehnologija u Službi za laboratorijsku dijagnostiku, sa punim radnim vremenom (40
    sati sedmično), od 01.04.2019. godine pa do danas").

Hours: the printed week is the truth's. A French full-time week is printed as 35 hours; a French
part-time job is printed as a quotité with its hours ("à temps partiel 60 %, soit 21 heures
hebdomadaires": the profile's 16 / 20 / 24 h become 50 / 60 / 70 % of 35 h). An Irish whole-time
contract is 37 hours, a Qatari full-time week 48 hours, a Czech or Bosnian one 40 hours; a letter
that says only "full-time" ("whole-time contract", "à temps plein", "úvazek 1,0", "sa punim radnim
vremenom") has no number (40, the dossier's rule). The Czech parental leave splits the employment
into two experience phases (truth `phases`): the leave is not worked. Positions and ward names the
profile gives in English or in the masculine are printed in the letter's language and the holder's
gender, and the job's position / department phrases are set to the printed forms before the truth
is written.
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r15_ae_common import (FAMILY, CZ_MONTHS_GEN, by_reading_order, comma, dmy, fr_date, join, kj, ordinal_en,
                            ring_stamp, rubber_stamp, round_stamp, sign_block)

POS = {"FR": {"Technicien de laboratoire médical": "Technicienne de laboratoire médical",
              "Technicien de laboratoire": "Technicienne de laboratoire",
              "Technicien de recherche": "Technicienne de recherche",
              "Staff Nurse": ("Infirmière", "Infirmier"), "Laboratory Aide": ("Agent de laboratoire",
                                                                              "Agent de laboratoire")},
       "CZ": {"zdravotní laborant": "zdravotní laborantka", "laborant": "laborantka",
              "odborný pracovník v laboratorních metodách": "odborná pracovnice v laboratorních metodách",
              "Staff Nurse": ("všeobecná sestra", "všeobecný ošetřovatel"), "Laboratory Aide": ("sanitářka", "sanitář")},
       "BA": {"Laborant": "Laborantica", "Stručni saradnik u laboratoriji": "Stručna saradnica u laboratoriji",
              "Staff Nurse": ("Medicinska sestra", "Medicinski tehničar"),
              "Laboratory Aide": ("Pomoćna laborantica", "Pomoćni laborant")},
       "IE": {"Laboratory Aide": ("Laboratory Aide", "Laboratory Aide")},
       "QA": {"Laboratory Aide": ("Lab Aide", "Lab Aide")}}
WARD = {"FR": {"Medical-Surgical Ward": "service de médecine-chirurgie", "Emergency Room": "service des urgences",
               "Pediatric Ward": "service de pédiatrie", "Operating Room": "bloc opératoire"},
        "CZ": {"Medical-Surgical Ward": "Interní a chirurgické oddělení", "Emergency Room": "Urgentní příjem",
               "Pediatric Ward": "Dětské oddělení", "Operating Room": "Centrální operační sály"},
        "BA": {"Medical-Surgical Ward": "Odjeljenje interne medicine i hirurgije", "Emergency Room": "Urgentni centar",
               "Pediatric Ward": "Pedijatrijsko odjeljenje", "Operating Room": "Operacioni blok"},
        "IE": {}, "QA": {}}
WARD_ALL = {v for c in WARD.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                            "Pediatric Ward", "Operating Room"}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if isinstance(pos, tuple):
        job.position = pos[0] if person.sex == "F" else pos[1]
    elif pos and person.sex == "F":
        job.position = pos
    wards = WARD.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def sname(job, person):
    return job.surname_override or person.surname


def nat(job, person):
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def full_or_part(job):
    """('full', hours or None) / ('part', hours)."""
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


# --- FR -------------------------------------------------------------------------------------------
def ae_fr_certificat(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    civ = "Madame" if fem else "Monsieur"
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        q = min((50, 60, 70, 80, 90), key=lambda x: abs(x * 0.35 - h))
        job.hours = round(q * 0.35, 1)
        hrs = job.hours
        tps = f"à temps partiel {q} %, soit {comma(hrs, 1) if hrs % 1 else int(hrs)} heures hebdomadaires"
        facts = (hrs, False, True)
    elif h is None:
        tps, facts = "à temps plein", (None, True, False)
    else:
        job.hours = 35
        tps, facts = "à temps plein (35 heures hebdomadaires)", (35, True, False)
    ward = is_ward(job)
    sf = job.signer.startswith("Mme")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    p.logo(L + 20, 60, 20, 1, 0.3)
    p.text(L + 50, 54, emp.name, TB, 11.5)
    p.text(L + 50, 68, "Direction des Ressources Humaines" if emp.kind != "lab" else "Service du personnel", T, 9.5)
    p.text(L + 50, 80, f"{emp.street} - {emp.city} - Tél. {emp.phone}", T, 8.5)
    p.text(R, 130, f"{emp.city}, le {fr_date(job.letter_date)}", T, 10.5, "right")
    p.text(W / 2, 180, "CERTIFICAT DE TRAVAIL" if ended else "ATTESTATION D'EMPLOI", TB, 16, "center")
    sig = job.signer.replace("Mme ", "").replace("M. ", "")
    fonction = ("Directrice" if sf else "Directeur") + (" des Ressources Humaines" if emp.kind != "lab" else
                                                        " administratif")
    cat = " (catégorie B)" if "Technic" in job.position and emp.kind != "lab" else ""
    if ward:
        unit = f"au sein du {join(job.departments, 'et du')}"
    elif job.departments:
        unit = f"au sein du laboratoire de biologie médicale (secteurs {join(job.departments, 'et')})"
    else:
        unit = "au sein du laboratoire de biologie médicale"
    if ended:
        body = (f"Je {'soussignée' if sf else 'soussigné'} {sig}, {fonction} du {emp.name}, certifie que {civ} {nm} "
                f"a été {'employée' if fem else 'employé'} dans notre établissement du {fr_date(job.start)} au "
                f"{fr_date(job.end)} en qualité de {job.position}{cat}, {unit}, {tps}.")
        tail = [f"{'Elle' if fem else 'Il'} nous quitte libre de tout engagement.",
                "Fait pour servir et valoir ce que de droit."]
    else:
        body = (f"Je {'soussignée' if sf else 'soussigné'} {sig}, {fonction} du {emp.name}, atteste que {civ} {nm} "
                f"est {'employée' if fem else 'employé'} dans notre établissement depuis le {fr_date(job.start)} en "
                f"qualité de {job.position}{cat}, {unit}, {tps}.")
        tail = [f"{'Elle' if fem else 'Il'} fait toujours partie de nos effectifs à la date de la présente attestation.",
                f"Cette attestation est délivrée à la demande de l'{'intéressée' if fem else 'intéressé'} pour servir "
                f"et valoir ce que de droit."]
    y = p.paragraph(L, 230, body, T, 11.5, R - L, 17) + 12
    for t in tail:
        y = p.paragraph(L, y, t, T, 11.5, R - L, 17) + 8
    y += 50
    sign_block(p, rng, R - 100, y, job.signer, T, 10, 180, fonction)
    rubber_stamp(p, R - 240, y - 20, 46, 28, 0.45)
    return LayoutResult("employment_letter", "ae_fr_certificat", FAMILY, by_reading_order([p]), [f"{civ} {nm}"],
                        info={"date_style": "fr_long", "hours_facts": facts})


# --- IE / QA --------------------------------------------------------------------------------------
def th(d):
    return f"{ordinal_en(d.day)} {D.MONTHS[d.month - 1]} {d.year}"


def _ie(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    hon = "Ms" if fem else "Mr"
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        cont, facts = f"a permanent part-time contract of {h} hours per week", (h, False, True)
    elif h is None:
        cont, facts = "a permanent whole-time contract", (None, True, False)
    else:
        job.hours = 37
        cont, facts = "a permanent whole-time contract of 37 hours per week", (37, True, False)
    ward = is_ward(job)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.logo(R - 22, 56, 20, 0, 0.3)
    p.text(L, 50, emp.name, SB, 12)
    p.text(L, 64, "Human Resources Department" if emp.kind != "lab" else "People and Culture", S, 9)
    p.text(L, 76, f"{emp.street}, {emp.city}, {emp.region}", S, 8.5)
    p.pieces(88, [(L, f"Tel: {emp.phone}", "left"), (L + 130, f"Email: {emp.email}", "left")], S, 8.5)
    p.hline(L, R, 98, 0.6)
    p.text(L, 130, th(job.letter_date), S, 10.5)
    p.text(L, 160, "To Whom It May Concern", SB, 11)
    p.text(L, 186, f"Re: {hon} {nm}", SB, 10.5)
    if ward:
        where = f"on the {join(job.departments, 'and')} wards of {emp.name}"
    elif job.departments:
        dp = join(job.departments, "and")
        where = f"in the {dp} department{'s' if len(job.departments) > 1 else ''} of {emp.name}"
    else:
        where = f"in the laboratory of {emp.name}"
    if ended:
        s1 = (f"This is to confirm that {hon} {nm} was employed as a {job.position} {where} from {th(job.start)} "
              f"to {th(job.end)} on {cont}.")
    else:
        s1 = (f"This is to confirm that {hon} {nm} has been employed as a {job.position} {where} since "
              f"{th(job.start)} on {cont}.")
    txt = [s1]
    if "Scientist" in job.position:
        txt.append(f"{'She' if fem else 'He'} is registered with CORU, the Medical Scientists Registration Board, "
                   f"registration number MS{kj(job, 'coru') % 90000 + 10000:06d}.")
    elif "Nurse" in job.position:
        txt.append(f"{'She' if fem else 'He'} is registered with the Nursing and Midwifery Board of Ireland, PIN "
                   f"{kj(job, 'pin') % 900000 + 100000}.")
    txt.append("This letter is issued at the request of the employee and does not constitute a reference.")
    txt.append("Should you require any further information, please do not hesitate to contact this office.")
    y = 214
    for t in txt:
        y = p.paragraph(L, y, t, S, 10.5, R - L, 15) + 10
    p.text(L, y + 6, "Yours faithfully,", S, 10.5)
    sign_block(p, rng, L + 90, y + 60, job.signer, S, 9.5, 170, "HR Business Partner" if emp.kind != "lab" else
               "HR Manager")
    return LayoutResult("employment_letter", "ae_ie_qa_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "ordinal_dmy", "hours_facts": facts})


def _qa(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    hon = "Ms" if fem else "Mr"
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        wh, facts = f"Working hours: {h} hours per week (part-time).", (h, False, True)
    elif h is None:
        wh, facts = "Working hours: Full time.", (None, True, False)
    else:
        job.hours = 48
        wh, facts = "Working hours: 48 hours per week.", (48, False, False)
    ward = is_ward(job)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    from .r15_ae_common import ar_line
    p.logo(W / 2, 56, 22, 2, 0.3)
    ar_line(p, R, 50, "إدارة الموارد البشرية", 10, align="right")
    p.text(L, 50, emp.name, SB, 10.5)
    p.text(L, 63, "Human Resources Department", S, 8.5)
    p.pieces(110, [(L, f"Ref: HR/EXP/{job.letter_date.year}/{kj(job, 'ref') % 9000 + 1000}", "left"),
                   (R, f"Date: {dmy(job.letter_date, '/')}", "right")], S, 9.5)
    p.text(W / 2, 160, "EXPERIENCE CERTIFICATE", SB, 15, "center")
    p.hline(W / 2 - 100, W / 2 + 100, 165, 0.8)
    qid = f"2{kj(job, 'qid') % 90 + 10}{kj(job, 'qid2') % 90000000 + 10000000}"
    if ward:
        dept = f"in the Department of Nursing ({join(job.departments, 'and')})"
    elif job.departments:
        secs = join(job.departments, "and")
        dept = (f"in the Department of Laboratory Medicine and Pathology ({secs} "
                f"section{'s' if len(job.departments) > 1 else ''})")
    else:
        dept = "in the Department of Laboratory Medicine and Pathology"
    to = f"to {dmy(job.end, '/')}" if ended else "till date"
    verb = "has worked" if ended else "has been working"
    txt = [f"This is to certify that {hon} {nm}, holder of Qatar ID no. {qid}, {verb} with us as {job.position} "
           f"{dept} from {dmy(job.start, '/')} {to}.", wh,
           f"This certificate is issued upon {'her' if fem else 'his'} request without any liability on the "
           f"corporation."]
    y = 200
    for t in txt:
        y = p.paragraph(L, y, t, S, 11, R - L, 16) + 12
    y += 50
    sign_block(p, rng, R - 110, y, job.signer, S, 9.5, 170, "Senior HR Officer")
    round_stamp(p, R - 250, y - 16, 30, 0.45)
    return LayoutResult("employment_letter", "ae_ie_qa_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def ae_ie_qa_letter(job, person, rng, as_of):
    return (_qa if job.employer.country == "QA" else _ie)(job, person, rng, as_of)


# --- CZ / BA --------------------------------------------------------------------------------------
CZ_LOC = {"Olomouc": "Olomouci", "Kolín": "Kolíně", "Jihlava": "Jihlavě", "Přerov": "Přerově"}


def cz_d(d):
    return f"{d.day}. {d.month}. {d.year}"


def _cz(job, person, rng, as_of):
    from .r15_ae_cz import cz_fix
    cz_fix(person, job)
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        uv = f"úvazek {comma(h / 40, 1)} ({h} hodin týdně)" if (h * 10) % 40 == 0 else f"zkrácený úvazek {h} hodin týdně"
        facts = (h, False, True)
    elif h is None:
        uv, facts = "úvazek 1,0", (None, True, False)
    else:
        job.hours = 40
        uv, facts = "úvazek 1,0 (40 hodin týdně)", (40, True, False)
    ward = is_ward(job)
    end = job.end or job.letter_date
    leave = None
    if fem and (end - job.start).days > 4 * 365 and kj(job, "md") % 2 == 0:
        a = job.start + dt.timedelta(days=int((end - job.start).days * 0.35))
        b = D.add_months(a, 12 + kj(job, "mdl") % 16)
        if b < end - dt.timedelta(days=180):
            leave = (a, b)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 62, W - 62
    p.text(L, 50, emp.name, SB, 12)
    p.text(L, 64, f"{emp.street}, {emp.city}", S, 9)
    p.text(L, 76, "Personální oddělení", S, 9)
    p.pieces(110, [(L, f"Č. j.: PO/{kj(job, 'cj') % 900 + 100}/{job.letter_date.year}", "left"),
                   (R, f"V {CZ_LOC.get(emp.city, emp.city)} dne {cz_d(job.letter_date)}", "right")], S, 9.5)
    p.text(W / 2, 160, "POTVRZENÍ O ZAMĚSTNÁNÍ", SB, 15, "center")
    if job.departments:
        kde = f"na pracovišt{'i' if len(job.departments) == 1 else 'ích'} {join(job.departments, 'a')}"
    else:
        kde = "v laboratoři"
    zam = "zaměstnána" if fem else "zaměstnán"
    if ended:
        s1 = (f"Potvrzujeme, že {'paní' if fem else 'pan'} {nm} {'byla' if fem else 'byl'} u naší organizace {zam} v "
              f"pracovním poměru na dobu neurčitou od {cz_d(job.start)} do {cz_d(job.end)} na pozici {job.position} "
              f"{kde}, {uv}.")
    else:
        s1 = (f"Potvrzujeme, že {'paní' if fem else 'pan'} {nm} je u naší organizace {zam} v pracovním poměru na "
              f"dobu neurčitou od {cz_d(job.start)} dosud na pozici {job.position} {kde}, {uv}.")
    txt = [s1]
    phases = None
    if leave:
        txt.append(f"V období od {cz_d(leave[0])} do {cz_d(leave[1])} čerpala mateřskou a rodičovskou dovolenou.")
        phases = [(job.start, leave[0] - dt.timedelta(days=1), facts), (leave[1] + dt.timedelta(days=1), job.end, facts)]
    txt.append("Potvrzení se vydává na žádost zaměstnan" + ("kyně" if fem else "ce") + " pro účely uznání odborné "
               "kvalifikace v zahraničí.")
    y = 200
    for t in txt:
        y = p.paragraph(L, y, t, S, 10.5, R - L, 15.5) + 10
    y += 60
    sign_block(p, rng, R - 110, y, job.signer, S, 9.5, 170, "vedoucí personálního oddělení")
    round_stamp(p, R - 250, y - 14, 30, 0.45)
    info = {"date_style": "cz_dmy_spaced", "hours_facts": facts}
    if phases:
        info["phases"] = phases
    return LayoutResult("employment_letter", "ae_cz_ba_potvrzeni", FAMILY, by_reading_order([p]), [nm], info=info)


def _ba(job, person, rng, as_of):
    from .r15_ae_ba import cyr
    localise(job, person)
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        rv, facts = f"sa skraćenim radnim vremenom ({h} sati sedmično)", (h, False, True)
    elif h is None:
        rv, facts = "sa punim radnim vremenom", (None, True, False)
    else:
        job.hours = 40
        rv, facts = "sa punim radnim vremenom (40 sati sedmično)", (40, True, False)
    ward = is_ward(job)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 62, W - 62
    y = 46
    for lat, size in (("Bosna i Hercegovina", 9.5), (emp.name, 11.5)):
        p.text(W / 2, y, lat, TB, size, "center")
        p.text(W / 2, y + size + 1, cyr(lat), T, size - 1.5, "center")
        y += 2 * size + 6
    p.text(W / 2, y, f"{emp.street}, {emp.city}, tel. {emp.phone}", T, 8.5, "center")
    p.text(L, y + 36, f"Broj: {kj(job, 'br') % 90 + 10}-{kj(job, 'br2') % 9000 + 1000}/{job.letter_date.year % 100:02d}",
           T, 10.5)
    p.text(L, y + 50, f"Datum: {dmy(job.letter_date)}. godine", T, 10.5)
    p.text(W / 2, y + 96, "POTVRDA O RADNOM ODNOSU", TB, 15, "center")
    if ward:
        sl = f"u {join(job.departments, 'i')}"
    elif job.departments:
        sl = f"u Službi za laboratorijsku dijagnostiku (odsjeci: {', '.join(job.departments)})"
    else:
        sl = "u Službi za laboratorijsku dijagnostiku"
    if ended:
        s1 = (f"Kojom se potvrđuje da je {nm} {'bila zaposlena' if fem else 'bio zaposlen'} u {emp.name} na radnom "
              f"mjestu {job.position} {sl}, {rv}, od {dmy(job.start)}. godine do {dmy(job.end)}. godine.")
    else:
        s1 = (f"Kojom se potvrđuje da je {nm} {'zaposlena' if fem else 'zaposlen'} u {emp.name} na radnom mjestu "
              f"{job.position} {sl}, {rv}, od {dmy(job.start)}. godine pa do danas.")
    txt = [s1, f"Potvrda se izdaje na lični zahtjev {'imenovane' if fem else 'imenovanog'} radi regulisanja "
               f"priznavanja stručne kvalifikacije u inostranstvu i u druge svrhe se ne može koristiti."]
    y += 140
    for t in txt:
        y = p.paragraph(L, y, t, T, 11.5, R - L, 16.5) + 10
    y += 60
    sign_block(p, rng, R - 110, y, "DIREKTOR" if "Enes" in job.signer else "Pomoćnica direktora za pravne poslove", T,
               9.5, 190, job.signer)
    ring_stamp(p, R - 270, y - 14, 32, f"{emp.name.upper()} * {cyr(emp.name).upper()} *", emp.city)
    return LayoutResult("employment_letter", "ae_cz_ba_potvrzeni", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dot", "hours_facts": facts})


def ae_cz_ba_potvrzeni(job, person, rng, as_of):
    return (_ba if job.employer.country == "BA" else _cz)(job, person, rng, as_of)


LETTER_LAYOUTS = {"ae_fr_certificat": (ae_fr_certificat, FAMILY, ("FR",)),
                  "ae_ie_qa_letter": (ae_ie_qa_letter, FAMILY, ("IE", "QA")),
                  "ae_cz_ba_potvrzeni": (ae_cz_ba_potvrzeni, FAMILY, ("CZ", "BA"))}
