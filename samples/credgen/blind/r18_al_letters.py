"""Writer AL, round 18: employment letters for EG, CM, SR, TM and GA (four designs).

al_eg_experience: EG hospital "EXPERIENCE CERTIFICATE" in English under an Arabic letterhead drawn as
    a picture ("This is to certify that Chemist <name> has been working at the Clinical Pathology
    Laboratory of our hospital as a Medical Laboratory Specialist from 01/10/2022 until the date of
    issuing this certificate, full time (48 hours per week, six days) ..."), a stamp.
al_cm_ga_letter: CM hospital "ATTESTATION DE SERVICE / SERVICE CERTIFICATE", French in the left column
    and the same text in English in the right column; GA "CERTIFICAT DE TRAVAIL" ("... certifie que
    M./Mme <name> a été employé(e) en qualité de technicien de laboratoire du 1er mars 2018 au 31 août
    2021 ...").
al_sr_werkgeversverklaring: SR "WERKGEVERSVERKLARING" ("Hierbij verklaren wij dat <name> sinds 1
    september 2018 in dienst is van ... als medisch laboratoriummedewerker, voor 40 uur per week, op de
    afdelingen Klinische Chemie en Hematologie").
al_tm_spravka: TM "СПРАВКА С МЕСТА РАБОТЫ" in Russian ("Дана ... в том, что она действительно работает
    в клинико-диагностической лаборатории ... в должности лаборанта с 01.09.2018 г. по настоящее время
    ... Справка выдана для предъявления по месту требования"); the holder's name in Latin (Turkmen)
    letters as the HR office types it.

Hours: Egyptian letters print 48 hours over six days for a full-time job (truth 48), Cameroonian,
Gabonese and Turkmen letters 40 hours (or "full-time"/"полная ставка" alone: no number, 40 by the
dossier's rule), Surinamese letters the weekly hours alone. Part-time jobs print their hours. Position
and ward names the profile gives in English are printed in the letter's language, and the job's
position / department phrases are set to the printed forms before the truth is written.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r18_al_common import (FAMILY, arabic, by_reading_order, dmy, fr_date, join, kj, nat_job, nl_date,
                            round_stamp, rubber_stamp, sign_block, watermark_crest)

POS = {"SR": {"Staff Nurse": ("verpleegkundige", "verpleegkundige"),
              "Laboratory Aide": ("laboratoriumhulp", "laboratoriumhulp")},
       "TM": {"Staff Nurse": ("медицинской сестры", "медицинского брата"),
              "Laboratory Aide": ("санитарки лаборатории", "санитара лаборатории"),
              "лаборант": ("лаборанта", "лаборанта"), "врач-лаборант": ("врача-лаборанта", "врача-лаборанта"),
              "биолог лаборатории": ("биолога лаборатории", "биолога лаборатории")},
       "GA": {"Staff Nurse": ("infirmière", "infirmier"), "Laboratory Aide": ("aide de laboratoire",
                                                                              "aide de laboratoire"),
              "technicien de laboratoire": ("technicienne de laboratoire", "technicien de laboratoire"),
              "technicien supérieur de biologie médicale": ("technicienne supérieure de biologie médicale",
                                                             "technicien supérieur de biologie médicale")}}
WARDS = {"SR": {"Medical-Surgical Ward": "Interne en Chirurgische Afdeling", "Emergency Room": "Spoedeisende Hulp",
                "Pediatric Ward": "Kinderafdeling", "Operating Room": "Operatiekamers"},
         "TM": {"Medical-Surgical Ward": "терапевтическое отделение", "Emergency Room": "приёмное отделение",
                "Pediatric Ward": "детское отделение", "Operating Room": "операционный блок"},
         "GA": {"Medical-Surgical Ward": "service de médecine et chirurgie", "Emergency Room": "service des urgences",
                "Pediatric Ward": "service de pédiatrie", "Operating Room": "bloc opératoire"},
         "CM": {"Medical-Surgical Ward": "Médecine et Chirurgie / Medical-Surgical Ward",
                "Emergency Room": "Urgences / Emergency Room", "Pediatric Ward": "Pédiatrie / Pediatric Ward",
                "Operating Room": "Bloc opératoire / Operating Room"}}
WARD_ALL = {v for c in WARDS.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                              "Pediatric Ward", "Operating Room"}
CM_FR = {"Biomedical Laboratory Technician": "Technicien de laboratoire biomédical",
         "Medical Laboratory Scientist": "Biologiste de laboratoire médical",
         "Laboratory Technician (Biomedical Sciences)": "Technicien de laboratoire (sciences biomédicales)",
         "Laboratory Assistant": "Aide de laboratoire", "Laboratory Technician": "Technicien de laboratoire",
         "Staff Nurse": "Infirmier diplômé d'État", "Laboratory Aide": "Aide de laboratoire"}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    w = WARDS.get(c, {})
    job.departments = [w.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def kind(job):
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "fullnum", job.hours
    return "part", job.hours


def footer(p, emp, L, R):
    p.hline(L, R, p.h - 56, 0.4, 0.5)
    p.text((L + R) / 2, p.h - 44, f"{emp.street}, {emp.city} — Tel. {emp.phone} — {emp.email}", "Helvetica", 7.5,
           "center", gray=0.3)


# --- EG -----------------------------------------------------------------------------------------
def eg_experience(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat_job(job, person)
    kd, h = kind(job)
    if kd == "full":
        hrs, facts = "on a full-time basis", (None, True, False)
    elif kd == "fullnum":
        job.hours = 48
        hrs, facts = "full time (48 hours per week, six days)", (48, True, False)
    else:
        hrs, facts = f"part time ({h} hours per week)", (h, False, True)
    lab = job.areas or not is_ward(job)
    title = "Chemist" if lab and "Laboratory" in job.position or "Technologist" in job.position or \
        "Chemist" in job.position else ("Mrs." if person.sex == "F" else "Mr.")
    where = "the Clinical Pathology Laboratory of our hospital" if lab else f"the {join(job.departments, 'and')} of our hospital"
    if emp.kind == "lab":
        where = "our laboratories"
    if job.end is None:
        when = f"from {dmy(job.start)} until the date of issuing this certificate"
    else:
        when = f"from {dmy(job.start)} to {dmy(job.end)}"
    body = f"This is to certify that {title} {nm} has been working at {where} as a {job.position} {when}, {hrs}."
    if job.end is not None:
        body = body.replace("has been working", "worked")
    p = Page(A4)
    W, H = A4
    L, R = 60, W - 60
    p.text(L, 50, emp.name, SB, 13)
    p.text(L, 64, f"{emp.city}, {emp.region}", S, 9)
    arabic(p, R, 52, "جمهورية مصر العربية", 10, align="right")
    arabic(p, R, 70, "إدارة الموارد البشرية", 11, bold=True, align="right")
    watermark_crest(p, W / 2, 58, 20, 0.3)
    p.hline(L, R, 92, 1.0)
    p.text(R, 116, f"Date: {dmy(job.letter_date)}", S, 10, "right")
    p.text(L, 116, f"Ref.: HR/{kj(job, 'ref') % 9000 + 1000}/{job.letter_date.year}", S, 10)
    p.text(W / 2, 170, "EXPERIENCE CERTIFICATE", SB, 16, "center")
    y = p.paragraph(L, 210, body, S, 11, R - L, 18) + 8
    if job.departments and lab:
        y = p.paragraph(L, y, f"During this period {person.pronoun('subj')} performed routine and specialised "
                              f"tests in the following sections: {join(job.departments, 'and')}.", S, 11, R - L, 18) + 8
    y = p.paragraph(L, y, "This certificate has been issued upon the employee's request without any liability on "
                          "the hospital.", S, 11, R - L, 18) + 40
    sign_block(p, rng, R - 100, y + 40, job.signer, S, 10, 170, "Hospital Director")
    round_stamp(p, R - 210, y + 30, 32, 0.45)
    footer(p, emp, L, R)
    return LayoutResult("employment_letter", "al_eg_experience", FAMILY, [p], [nm],
                        info={"date_style": "dmy", "hours_facts": facts})


# --- CM and GA -------------------------------------------------------------------------------------
def _cm(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    localise(job, person)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    kd, h = kind(job)
    if kd == "full":
        hf, he, facts = "à temps plein", "full-time", (None, True, False)
    elif kd == "fullnum":
        job.hours = 40
        hf, he, facts = "à temps plein (40 heures par semaine)", "full-time (40 hours per week)", (40, True, False)
    else:
        hf, he, facts = (f"à temps partiel ({h} heures par semaine)", f"part-time ({h} hours per week)",
                         (h, False, True))
    fr_d = [d.split(" / ")[0] for d in job.departments]
    en_d = [d.split(" / ")[-1] for d in job.departments]
    job.departments = en_d
    pos_fr = CM_FR.get(job.position, job.position)
    pos_fr = pos_fr[0].lower() + pos_fr[1:]
    civ_f, civ_e = ("Mme", "Mrs") if fem else ("M.", "Mr")
    if job.end is None:
        fr = (f"Je soussigné, Directeur de l'{emp.name}, atteste que {civ_f} {nm} est en service dans notre "
              f"formation hospitalière en qualité de {pos_fr} depuis le {dmy(job.start)} à ce jour, {hf}.")
        en = (f"I, the undersigned, Director of the {emp.name}, certify that {civ_e} {nm} has been serving in our "
              f"hospital as {job.position} since {dmy(job.start)} to date, {he}.")
    else:
        fr = (f"Je soussigné, Directeur de l'{emp.name}, atteste que {civ_f} {nm} a servi dans notre formation "
              f"hospitalière en qualité de {pos_fr} du {dmy(job.start)} au {dmy(job.end)}, {hf}.")
        en = (f"I, the undersigned, Director of the {emp.name}, certify that {civ_e} {nm} served in our hospital "
              f"as {job.position} from {dmy(job.start)} to {dmy(job.end)}, {he}.")
    if job.departments:
        fr += f" Service(s): {join(fr_d, 'et')}."
        en += f" Unit(s): {join(en_d, 'and')}."
    fr += " En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit."
    en += " In witness whereof this certificate is issued to serve where and when necessary."
    p = Page(A4)
    W, H = A4
    L, R = 46, W - 46
    p.text(L, 44, "RÉPUBLIQUE DU CAMEROUN", SB, 8.5)
    p.text(L, 54, "Paix – Travail – Patrie", S, 7.5)
    p.text(L, 64, "MINISTÈRE DE LA SANTÉ PUBLIQUE", S, 7.5)
    p.text(R, 44, "REPUBLIC OF CAMEROON", SB, 8.5, "right")
    p.text(R, 54, "Peace – Work – Fatherland", S, 7.5, "right")
    p.text(R, 64, "MINISTRY OF PUBLIC HEALTH", S, 7.5, "right")
    watermark_crest(p, W / 2, 56, 18, 0.3)
    p.text(W / 2, 96, emp.name, SB, 11, "center")
    p.text(L, 122, f"N° {kj(job, 'ref') % 900 + 100}/ATS/{emp.name.split()[0][:3].upper()}/DIR", S, 8.5)
    p.text(W / 2, 160, "ATTESTATION DE SERVICE / SERVICE CERTIFICATE", SB, 13, "center")
    mid = W / 2
    p.vline(mid, 180, 560, 0.4, 0.5)
    y1 = p.paragraph(L, 200, fr, S, 10, mid - L - 14, 15)
    y2 = p.paragraph(mid + 14, 200, en, S, 10, R - mid - 14, 15)
    y = max(y1, y2) + 30
    p.text(R, y, f"{emp.city}, le / on {dmy(job.letter_date)}", S, 10, "right")
    sign_block(p, rng, R - 100, y + 70, job.signer, S, 9.5, 180, "Le Directeur / The Director")
    round_stamp(p, R - 200, y + 60, 30, 0.45)
    footer(p, emp, L, R)
    return LayoutResult("employment_letter", "al_cm_ga_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy", "hours_facts": facts})


def _ga(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    localise(job, person)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    civ, e = ("Mme", "e") if fem else ("M.", "")
    kd, h = kind(job)
    if kd == "full":
        hh, facts = "à temps plein", (None, True, False)
    elif kd == "fullnum":
        job.hours = 40
        hh, facts = "à temps plein, à raison de 40 heures par semaine", (40, True, False)
    else:
        hh, facts = f"à temps partiel, à raison de {h} heures par semaine", (h, False, True)
    dep = ""
    if job.departments:
        dep = (f" au sein du {join(job.departments, 'et du')}" if is_ward(job) else
               f" au laboratoire, dans les sections {join(job.departments, 'et')}")
    if job.end is None:
        body = (f"Je soussigné(e), {job.signer}, Directeur des Ressources Humaines de l'établissement {emp.name}, "
                f"certifie que {civ} {nm} est employé{e} en qualité de {job.position}{dep} depuis le "
                f"{fr_date(job.start)} jusqu'à ce jour, {hh}.")
    else:
        body = (f"Je soussigné(e), {job.signer}, Directeur des Ressources Humaines de l'établissement {emp.name}, "
                f"certifie que {civ} {nm} a été employé{e} en qualité de {job.position}{dep} du "
                f"{fr_date(job.start)} au {fr_date(job.end)}, {hh}.")
    p = Page(A4)
    W, H = A4
    L, R = 66, W - 66
    p.text(L, 50, "RÉPUBLIQUE GABONAISE", SB, 9)
    p.text(L, 61, "Union – Travail – Justice", S, 8)
    p.text(R, 50, emp.name, SB, 10, "right")
    p.text(R, 62, emp.street, S, 8, "right")
    p.text(W / 2, 160, "CERTIFICAT DE TRAVAIL", SB, 17, "center")
    y = p.paragraph(L, 210, body, S, 11, R - L, 18) + 10
    y = p.paragraph(L, y, f"{'Elle' if fem else 'Il'} nous quitte libre de tout engagement." if job.end else
                    "En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit.",
                    S, 11, R - L, 18) + 30
    p.text(R, y, f"Fait à {emp.city}, le {fr_date(job.letter_date)}", S, 10.5, "right")
    sign_block(p, rng, R - 100, y + 70, job.signer, S, 9.5, 180, "Le Directeur des Ressources Humaines")
    rubber_stamp(p, R - 200, y + 56, 44, 28, 0.45)
    footer(p, emp, L, R)
    return LayoutResult("employment_letter", "al_cm_ga_letter", FAMILY, [p], [nm],
                        info={"date_style": "fr_words", "hours_facts": facts})


def cm_ga_letter(job, person, rng, as_of):
    return (_cm if job.employer.country == "CM" else _ga)(job, person, rng, as_of)


# --- SR -----------------------------------------------------------------------------------------
def sr_werkgeversverklaring(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    localise(job, person)
    nm = nat_job(job, person)
    kd, h = kind(job)
    if kd == "full":
        hh, facts = "op fulltime basis", (None, True, False)
    elif kd == "fullnum":
        hh, facts = f"voor {h} uur per week", (h, False, False)
    else:
        hh, facts = f"in deeltijd voor {h} uur per week", (h, False, True)
    dep = ""
    if job.departments:
        dep = f", op de afdeling{'en' if len(job.departments) > 1 else ''} {join(job.departments, 'en')}"
    if job.end is None:
        body = (f"Hierbij verklaren wij dat {nm} sinds {nl_date(job.start)} in dienst is van {emp.name} als "
                f"{job.position}, {hh}{dep}.")
    else:
        body = (f"Hierbij verklaren wij dat {nm} van {nl_date(job.start)} tot en met {nl_date(job.end)} in dienst "
                f"is geweest van {emp.name} als {job.position}, {hh}{dep}.")
    p = Page(A4)
    W, H = A4
    L, R = 70, W - 70
    p.rect(L, 40, 8, 40, 0, 0, fill=0.3)
    p.text(L + 16, 58, emp.name, SB, 13)
    p.text(L + 16, 72, f"{emp.street} | {emp.phone}", S, 8.5)
    p.text(L, 130, "Aan wie het aangaat", S, 10.5)
    p.text(R, 130, f"{emp.city}, {nl_date(job.letter_date)}", S, 10.5, "right")
    p.text(L, 170, "WERKGEVERSVERKLARING", SB, 15)
    y = p.paragraph(L, 205, body, S, 11, R - L, 17) + 8
    y = p.paragraph(L, y, "Deze verklaring wordt op verzoek van betrokkene afgegeven.", S, 11, R - L, 17) + 16
    p.text(L, y, "Hoogachtend,", S, 11)
    sign_block(p, rng, L + 90, y + 60, job.signer, S, 10, 170, "Hoofd Personeelszaken")
    round_stamp(p, L + 220, y + 48, 30, 0.45)
    footer(p, emp, L, R)
    return LayoutResult("employment_letter", "al_sr_werkgeversverklaring", FAMILY, [p], [nm],
                        info={"date_style": "nl_words", "hours_facts": facts})


# --- TM -----------------------------------------------------------------------------------------
def tm_spravka(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    localise(job, person)
    nm = " ".join(x for x in ((job.surname_override or person.surname), person.given, person.middle) if x)
    if job.name_override:
        nm = job.name_override
    fem = person.sex == "F"
    kd, h = kind(job)
    if kd == "full":
        hh, facts = "на полную ставку", (None, True, False)
    elif kd == "fullnum":
        job.hours = 40
        hh, facts = "на полную ставку (40 часов в неделю)", (40, True, False)
    else:
        st = "0,5" if h <= 20 else "0,75"
        hh, facts = f"на {st} ставки ({h} часов в неделю)", (h, False, True)
    where = "в клинико-диагностической лаборатории" if not is_ward(job) else f"в {join(job.departments, 'и')}"
    dep = ""
    if job.departments and not is_ward(job):
        dep = f" (участки: {join(job.departments, 'и')})"
    ona = "она" if fem else "он"
    if job.end is None:
        body = (f"Дана {nm} в том, что {ona} действительно работает {where}{dep} «{emp.name}» в должности "
                f"{job.position} с {job.start.strftime('%d.%m.%Y')} г. по настоящее время, {hh}.")
    else:
        body = (f"Дана {nm} в том, что {ona} действительно работал{'а' if fem else ''} {where}{dep} «{emp.name}» в "
                f"должности {job.position} с {job.start.strftime('%d.%m.%Y')} г. по "
                f"{job.end.strftime('%d.%m.%Y')} г., {hh}.")
    p = Page(A4)
    W, H = A4
    L, R = 70, W - 70
    watermark_crest(p, W / 2, 52, 18, 0.3)
    p.text(W / 2, 88, emp.name, SB, 11, "center")
    p.text(W / 2, 101, f"{emp.street}, тел. {emp.phone}", S, 8.5, "center")
    p.hline(L, R, 108, 0.8)
    p.text(L, 130, f"№ {kj(job, 'ref') % 900 + 100}", S, 10)
    p.text(R, 130, f"{job.letter_date.strftime('%d.%m.%Y')} г.", S, 10, "right")
    p.text(W / 2, 180, "СПРАВКА С МЕСТА РАБОТЫ", SB, 15, "center")
    y = p.paragraph(L, 220, body, S, 11, R - L, 18) + 10
    y = p.paragraph(L, y, "Справка выдана для предъявления по месту требования.", S, 11, R - L, 18) + 40
    sign_block(p, rng, L + 90, y + 30, "Главный врач", S, 10, 150, job.signer)
    sign_block(p, rng, R - 90, y + 30, "Начальник отдела кадров", S, 10, 150)
    round_stamp(p, W / 2, y + 20, 32, 0.45)
    p.text(L, y + 80, "М. П.", S, 9)
    return LayoutResult("employment_letter", "al_tm_spravka", FAMILY, [p], [nm],
                        info={"date_style": "dmy", "hours_facts": facts})


LETTER_LAYOUTS = {"al_eg_experience": (eg_experience, FAMILY, ("EG",)),
                  "al_cm_ga_letter": (cm_ga_letter, FAMILY, ("CM", "GA")),
                  "al_sr_werkgeversverklaring": (sr_werkgeversverklaring, FAMILY, ("SR",)),
                  "al_tm_spravka": (tm_spravka, FAMILY, ("TM",))}
