"""Writer AN, round 19: employment letters for TD, WS, MR, PH and CV (one design each).

an_td_attestation: Chadian hospital "ATTESTATION DE TRAVAIL" ("Je soussigné, Dr ..., Médecin-Chef de
    l'Hôpital ..., atteste que Monsieur ..., Technicien Supérieur de Laboratoire, a servi au laboratoire de
    notre hôpital du 1er mars 2019 au 30 juin 2022", then "Il a travaillé dans les sections de ..."). No
    hours for a full-time post (truth: none stated, 40 by the dossier's rule); a part-time post states
    its weekly hours.
an_ws_service: Samoan national hospital's "Certificate of Service" ("... is employed by the Ministry of
    Health as a Laboratory Technician at the Pathology Laboratory, <hospital>, Apia since 3rd July 2018 on
    a permanent full-time basis (8:00am - 4:30pm Monday to Friday)"): the hours only as a daily span (truth:
    8.5 h x 5 days = 42.5 h, full time); a part-time post gives its shorter span and days.
an_mr_attestation: Mauritanian clinic's "ATTESTATION DE TRAVAIL" with the Arabic title (a picture): "Nous
    soussignés ... attestons que Madame ... travaille au sein de notre laboratoire d'analyses médicales en
    qualité de technicienne de laboratoire depuis le 01/02/2020 jusqu'à ce jour, à temps plein."
an_ph19_coe: Philippine hospital's "CERTIFICATE OF EMPLOYMENT" ("... has been employed in this
    institution as Medical Technologist I (Contractual) from July 15, 2018 up to present, rendering 40 hours
    of work per week"; "This certification is issued upon the request of ..."), the HR head, "Noted by" the
    pathologist.
an_cv_declaracao: Cabo Verdean hospital's "DECLARAÇÃO" ("Para os devidos efeitos se declara que ... exerce
    funções de Técnico de Análises Clínicas no Laboratório deste Hospital desde 1 de outubro de 2019, em
    regime de tempo inteiro (35 horas semanais)"; or "exerceu ... entre ... e ..."), "O Director", a stamp.

Positions and ward names the profile gives in English are printed in the letter's language, and the job's
position / department phrases are set to the printed forms before the truth is written.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r19_an_common import (FAMILY, arabic, dmy, en_date, fr_date, join, kj, mdy, nat_job, pt_date, round_stamp,
                            rubber_stamp, sign_block)

POS = {"TD": {"Staff Nurse": ("Infirmière Diplômée d'État", "Infirmier Diplômé d'État"),
              "Laboratory Aide": ("Aide de laboratoire", "Aide de laboratoire"),
              "Technicien Supérieur de Laboratoire": ("Technicienne Supérieure de Laboratoire",
                                                      "Technicien Supérieur de Laboratoire"),
              "Technicien de Laboratoire": ("Technicienne de Laboratoire", "Technicien de Laboratoire")},
       "MR": {"Staff Nurse": ("infirmière", "infirmier"), "Laboratory Aide": ("aide de laboratoire",) * 2,
              "technicien de laboratoire": ("technicienne de laboratoire", "technicien de laboratoire"),
              "technicien supérieur en analyses biomédicales": ("technicienne supérieure en analyses biomédicales",
                                                                "technicien supérieur en analyses biomédicales")},
       "CV": {"Staff Nurse": ("Enfermeira", "Enfermeiro"), "Laboratory Aide": ("Auxiliar de Laboratório",) * 2,
              "Técnico de Análises Clínicas": ("Técnica de Análises Clínicas", "Técnico de Análises Clínicas"),
              "Técnico Superior de Análises Clínicas": ("Técnica Superior de Análises Clínicas",
                                                        "Técnico Superior de Análises Clínicas"),
              "Técnico de Laboratório": ("Técnica de Laboratório", "Técnico de Laboratório")}}
WARDS = {"TD": {"Medical-Surgical Ward": "médecine et chirurgie", "Emergency Room": "urgences",
                "Pediatric Ward": "pédiatrie", "Operating Room": "bloc opératoire"},
         "MR": {"Medical-Surgical Ward": "médecine et chirurgie", "Emergency Room": "urgences",
                "Pediatric Ward": "pédiatrie", "Operating Room": "bloc opératoire"},
         "CV": {"Medical-Surgical Ward": "Medicina e Cirurgia", "Emergency Room": "Urgência",
                "Pediatric Ward": "Pediatria", "Operating Room": "Bloco Operatório"}}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    w = WARDS.get(c, {})
    job.departments = [w.get(d, d) for d in job.departments]


def ward(job):
    return not job.areas and bool(job.departments)


def parttime(job):
    return job.hours < 35


def td_attestation(job, person, rng, as_of):
    emp = job.employer
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    localise(job, person)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    civ = "Madame" if fem else "Monsieur"
    lab = "au service de " + job.departments[0] if ward(job) else "au laboratoire"
    hh, facts = "", (None, False, False)
    if parttime(job):
        hh, facts = f", à temps partiel ({job.hours} heures par semaine)", (job.hours, False, True)
    if job.end is None:
        per = f"sert {lab} de notre hôpital depuis le {fr_date(job.start)} à ce jour{hh}"
    else:
        per = f"a servi {lab} de notre hôpital du {fr_date(job.start)} au {fr_date(job.end)}{hh}"
    signer = job.signer
    body = (f"Je soussigné, {signer}, Médecin-Chef de l'{emp.name}, atteste que {civ} {nm}, {job.position}, "
            f"{per}.")
    p = Page(A4)
    W, H = A4
    L, R = 64, W - 64
    p.text(L, 46, "RÉPUBLIQUE DU TCHAD", SB, 10)
    p.text(L, 58, "Unité - Travail - Progrès", SI, 8.5)
    p.text(L, 72, "MINISTÈRE DE LA SANTÉ PUBLIQUE", SB, 8.5)
    p.text(L, 84, f"Délégation Sanitaire Provinciale du {emp.region}", S, 8.5)
    p.text(L, 96, emp.name, SB, 9)
    p.text(R, 46, f"N° {kj(job, 'n') % 900 + 100}/MSP/DSP/{emp.name.split()[-1][:3].upper()}/{job.letter_date.year}",
           S, 9, "right")
    p.text(W / 2, 160, "ATTESTATION DE TRAVAIL", SB, 17, "center")
    y = p.paragraph(L, 210, body, S, 12, R - L, 19) + 8
    if job.departments and not ward(job):
        y = p.paragraph(L, y, f"{'Elle' if fem else 'Il'} a travaillé dans les sections de "
                        f"{join(job.departments, 'et')}.", S, 12, R - L, 19) + 8
    y = p.paragraph(L, y, "En foi de quoi, la présente attestation lui est délivrée pour servir et valoir ce que de "
                    "droit.", S, 12, R - L, 19) + 30
    p.text(R, y, f"Fait à {emp.city}, le {dmy(job.letter_date)}", S, 11, "right")
    sign_block(p, rng, R - 100, y + 80, "Le Médecin-Chef", S, 11, 170, signer)
    round_stamp(p, R - 190, y + 62, 32, 0.45)
    return LayoutResult("employment_letter", "an_td_attestation", FAMILY, [p], [nm],
                        info={"date_style": "fr_words", "hours_facts": facts})


SPANS = {16: ("8:00am - 12:00pm", "Monday to Thursday", 4, 4), 20: ("8:00am - 12:00pm", "Monday to Friday", 4, 5),
         24: ("8:00am - 2:00pm", "Monday to Thursday", 6, 4)}


def ws_service(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat_job(job, person)
    if parttime(job):
        span, days, per_day, nd = SPANS.get(job.hours, SPANS[20])
        job.hours = per_day * nd
        basis = f"on a part-time basis ({span} {days})"
        facts = (job.hours, False, True)
    else:
        basis = "on a permanent full-time basis (8:00am - 4:30pm Monday to Friday)"
        job.hours = 42.5
        facts = (42.5, True, False)
    where = f"at the {join(job.departments, 'and')} section{'s' if len(job.departments) > 1 else ''} of the Pathology " \
            f"Laboratory" if job.departments and not ward(job) else "at the Pathology Laboratory"
    if ward(job):
        where = f"at the {join(job.departments, 'and')}"
    employer = "the Ministry of Health" if emp.kind == "hospital" else emp.name
    if job.end is None:
        body = (f"This is to certify that {nm} is employed by {employer} as a {job.position} {where}, {emp.name}, "
                f"{emp.city} since {en_date(job.start)} {basis}.")
    else:
        body = (f"This is to certify that {nm} was employed by {employer} as a {job.position} {where}, {emp.name}, "
                f"{emp.city} from {en_date(job.start)} to {en_date(job.end)} {basis}.")
    p = Page(A4)
    W, H = A4
    L, R = 66, W - 66
    p.logo(L + 20, 60, 20, 0, 0.3)
    p.text(L + 52, 54, "MINISTRY OF HEALTH - SAMOA", SB, 12)
    p.text(L + 52, 68, emp.name, S, 10)
    p.text(L + 52, 80, f"{emp.street} | Ph: {emp.phone}", S, 8)
    p.hline(L, R, 94, 1.0)
    p.text(R, 120, en_date(job.letter_date), S, 10.5, "right")
    p.text(W / 2, 170, "CERTIFICATE OF SERVICE", SB, 16, "center")
    p.text(L, 204, "To Whom It May Concern", S, 11)
    y = p.paragraph(L, 232, body, S, 11, R - L, 17) + 10
    y = p.paragraph(L, y, f"{'She' if person.sex == 'F' else 'He'} has been a reliable and hardworking member of our "
                    "staff. This certificate is issued at the request of the above-named officer.", S, 11, R - L,
                    17) + 30
    p.text(L, y, "Faafetai,", S, 11)
    sign_block(p, rng, L + 90, y + 70, job.signer, S, 10, 180, "Chief Executive Officer")
    rubber_stamp(p, L + 260, y + 56, 44, 28, 0.45)
    return LayoutResult("employment_letter", "an_ws_service", FAMILY, [p], [nm],
                        info={"date_style": "en_ordinal", "hours_facts": facts})


def mr_attestation(job, person, rng, as_of):
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    localise(job, person)
    nm = nat_job(job, person)
    fem = person.sex == "F"
    civ = "Madame" if fem else "Monsieur"
    if parttime(job):
        hh, facts = f"à temps partiel ({job.hours} heures par semaine)", (job.hours, False, True)
    else:
        hh, facts = "à temps plein", (None, True, False)
    lieu = (f"au service de {join(job.departments, 'et')} de notre établissement" if ward(job)
            else "au sein de notre laboratoire d'analyses médicales")
    if job.end is None:
        body = (f"Nous soussignés, Direction de la {emp.name}, attestons que {civ} {nm} travaille {lieu} en qualité "
                f"de {job.position} depuis le {dmy(job.start)} jusqu'à ce jour, {hh}.")
    else:
        body = (f"Nous soussignés, Direction de la {emp.name}, attestons que {civ} {nm} a travaillé {lieu} en "
                f"qualité de {job.position} du {dmy(job.start)} au {dmy(job.end)}, {hh}.")
    p = Page(A4)
    W, H = A4
    L, R = 60, W - 60
    p.logo(W / 2, 56, 18, 0, 0.35)
    p.text(L, 50, emp.name, SB, 11)
    p.text(L, 63, emp.street, S, 8.5)
    p.text(L, 75, f"Tél: {emp.phone}", S, 8.5)
    arabic(p, R, 52, "مصحة" if emp.kind == "clinic" else "مستشفى", 12, bold=True, align="right")
    p.hline(L, R, 90, 0.8)
    p.text(W / 2, 150, "ATTESTATION DE TRAVAIL", SB, 17, "center")
    arabic(p, W / 2, 174, "شهادة عمل", 15, bold=True)
    y = p.paragraph(L, 220, body, S, 11.5, R - L, 18) + 8
    if job.departments and not ward(job):
        y = p.paragraph(L, y, f"{'Elle' if fem else 'Il'} a exercé dans les unités de {join(job.departments, 'et')}.",
                        S, 11.5, R - L, 18) + 8
    y = p.paragraph(L, y, "La présente attestation est délivrée à l'intéressé(e) pour servir et valoir ce que de "
                    "droit.", S, 11.5, R - L, 18) + 30
    p.text(R, y, f"Nouakchott, le {dmy(job.letter_date)}" if emp.city == "Nouakchott" else
           f"{emp.city}, le {dmy(job.letter_date)}", S, 10.5, "right")
    sign_block(p, rng, R - 100, y + 74, "Le Directeur", S, 10.5, 160, job.signer)
    round_stamp(p, R - 190, y + 60, 32, 0.45)
    return LayoutResult("employment_letter", "an_mr_attestation", FAMILY, [p], [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def ph19_coe(job, person, rng, as_of):
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = job.name_override or nat_job(job, person)
    hon = "Mr." if person.sex == "M" else "Ms."
    status = ["Contractual", "Probationary", "Regular", "Casual"][kj(job, "st") % 4]
    pos = f"{job.position} ({status})"
    hh = f"rendering {job.hours} hours of work per week"
    facts = (job.hours, False, job.hours < 35)
    if job.hours < 35:
        hh = f"on a part-time basis, rendering {job.hours} hours of work per week"
    if job.end is None:
        per = f"from {mdy(job.start)} up to present"
    else:
        per = f"from {mdy(job.start)} to {mdy(job.end)}"
    body = f"This is to certify that {hon} {nm} has been employed in this institution as {pos} {per}, {hh}."
    p = Page(A4)
    W, H = A4
    L, R = 70, W - 70
    p.logo(L + 20, 62, 22, 0, 0.3)
    p.text(W / 2 + 20, 54, emp.name.upper(), TB, 14, "center")
    p.text(W / 2 + 20, 68, f"{emp.street}, {emp.city}, {emp.region}", T, 9.5, "center")
    p.text(W / 2 + 20, 80, f"Tel. No. {emp.phone} | {emp.email}", T, 9, "center")
    p.hline(L - 20, R + 20, 96, 1.2)
    p.text(W / 2, 150, "CERTIFICATE OF EMPLOYMENT", TB, 16, "center")
    y = p.paragraph(L, 200, body, T, 12, R - L, 19) + 8
    if job.departments and not ward(job):
        y = p.paragraph(L, y, f"{'She' if person.sex == 'F' else 'He'} was assigned to the {join(job.departments, 'and')} "
                        f"section{'s' if len(job.departments) > 1 else ''} of the Department of Laboratory.", T, 12,
                        R - L, 19) + 8
    elif ward(job):
        y = p.paragraph(L, y, f"{'She' if person.sex == 'F' else 'He'} was assigned to the {join(job.departments, 'and')}.",
                        T, 12, R - L, 19) + 8
    y = p.paragraph(L, y, f"This certification is issued upon the request of {hon} {nm.split()[-1]} for whatever legal "
                    f"purpose it may serve.", T, 12, R - L, 19) + 10
    y = p.paragraph(L, y, f"Issued this {mdy(job.letter_date)} at {emp.city}, {emp.region}.", T, 12, R - L, 19) + 40
    sign_block(p, rng, L + 90, y + 30, job.signer, T, 10.5, 180, "HR Head")
    p.text(R - 150, y + 60, "Noted by:", TI, 10.5)
    sign_block(p, rng, R - 70, y + 110, "Dr. " + ["Amelita C. Dizon", "Rogelio V. Sarmiento", "Ma. Cecilia B. Ong"][
        kj(job, "pat") % 3] + ", FPSP", T, 10, 190, "Pathologist / Chief of Laboratory")
    dry_seal_x = L + 210
    rubber_stamp(p, dry_seal_x, y + 20, 40, 24, 0.5)
    p.text(W / 2, H - 40, "Not valid without the hospital's dry seal.", TI, 8.5, "center")
    return LayoutResult("employment_letter", "an_ph19_coe", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "long_mdy", "hours_facts": facts})


def cv_declaracao(job, person, rng, as_of):
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    localise(job, person)
    nm = nat_job(job, person)
    if parttime(job):
        reg, facts = f"em regime de tempo parcial ({job.hours} horas semanais)", (job.hours, False, True)
    elif job.hours_style == "fulltime_only":
        reg, facts = "em regime de tempo inteiro", (None, True, False)
    else:
        job.hours = 35
        reg, facts = "em regime de tempo inteiro (35 horas semanais)", (35, True, False)
    lab = (f"no Serviço de {join(job.departments, 'e')} deste Hospital" if ward(job)
           else "no Laboratório deste Hospital" if emp.kind == "hospital" else "neste Laboratório")
    if job.end is None:
        body = (f"Para os devidos efeitos se declara que {nm} exerce funções de {job.position} {lab} desde "
                f"{pt_date(job.start)}, {reg}.")
    else:
        body = (f"Para os devidos efeitos se declara que {nm} exerceu funções de {job.position} {lab} entre "
                f"{pt_date(job.start)} e {pt_date(job.end)}, {reg}.")
    p = Page(A4)
    W, H = A4
    L, R = 72, W - 72
    p.logo(W / 2, 56, 20, 0, 0.3)
    p.text(W / 2, 96, "REPÚBLICA DE CABO VERDE", TB, 10, "center")
    p.text(W / 2, 109, "Ministério da Saúde" if emp.kind == "hospital" else emp.street, T, 9.5, "center")
    p.text(W / 2, 124, emp.name.upper(), TB, 12, "center")
    p.text(W / 2, 180, "DECLARAÇÃO", TB, 18, "center")
    y = p.paragraph(L, 230, body, T, 12, R - L, 20) + 8
    if job.departments and not ward(job):
        y = p.paragraph(L, y, f"Desempenhou as suas funções nas secções de {join(job.departments, 'e')}.", T, 12, R - L,
                        20) + 8
    y = p.paragraph(L, y, "Por ser verdade e me ter sido solicitada, passa-se a presente declaração, que vai assinada e "
                    "autenticada com o carimbo em uso neste serviço.", T, 12, R - L, 20) + 24
    p.text(L, y, f"{emp.city}, {pt_date(job.letter_date)}.", T, 12)
    p.text(W / 2, y + 40, "O Director", T, 12, "center")
    p.signature(W / 2 - 60, y + 80, 120, rng)
    p.hline(W / 2 - 90, W / 2 + 90, y + 82, 0.5)
    p.text(W / 2, y + 96, job.signer, T, 11, "center")
    round_stamp(p, W / 2 + 110, y + 70, 32, 0.45)
    return LayoutResult("employment_letter", "an_cv_declaracao", FAMILY, [p], [nm],
                        info={"date_style": "pt_words", "hours_facts": facts})


LETTER_LAYOUTS = {"an_td_attestation": (td_attestation, FAMILY, ("TD",)),
                  "an_ws_service": (ws_service, FAMILY, ("WS",)),
                  "an_mr_attestation": (mr_attestation, FAMILY, ("MR",)),
                  "an_ph19_coe": (ph19_coe, FAMILY, ("PH",)),
                  "an_cv_declaracao": (cv_declaracao, FAMILY, ("CV",))}
