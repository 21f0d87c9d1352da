"""Writer R, round 9: employment letters.

ci_ao_ni_service (CI, AO, NI):
  CI "ATTESTATION DE PRÉSENCE AU POSTE" from a CHU: "Je soussigné(e), <signer>, Directeur Médical et
    Scientifique du CHU ..., atteste que M./Mme NAME, Technicien Supérieur de Santé option Biologie
    Médicale, matricule 456 789-X, est en service au Laboratoire Central (unités de Biochimie et
    d'Hématologie) depuis le 1er octobre 2016 à ce jour" (ends at the letter's date: truth end null),
    then, when the job lasted long enough and names two units or more, the earlier posting "Avant
    cette date, l'intéressé(e) était précédemment affecté(e) à l'unité de ... du ... au ..." (the
    job's start; the two postings make one job). A job that ended: "ATTESTATION DE SERVICES FAITS ...
    a été en service ... du ... au ...".
  AO "DECLARAÇÃO DE SERVIÇO" with "categoria: Técnico Superior de Análises Clínicas de 2.ª Classe"
    and the dates in words ("desde o dia quinze de Janeiro de dois mil e dezassete até à presente
    data").
  NI "CONSTANCIA LABORAL — A quien interese: ... labora en esta institución desde el 01 de febrero de
    2017 hasta la fecha, desempeñando el cargo de Bioanalista Clínico en el Laboratorio Clínico (áreas
    de ...), ... con un salario mensual de C$ 18,450.00 ... A solicitud de la parte interesada, se
    extiende la presente ...".
am_fj_service (AM, FJ):
  AM English translation of a "WORK BOOK (extract)": a table `No. | Date (day | month | year) |
    Information on hiring, transfer, dismissal | Order No., date` of EVENTS (hired as laboratory
    assistant, transferred to the clinical laboratory as laboratory doctor, dismissed at own request
    under Article 113 of the Labour Code); the period comes from the first and last events (a job
    still held has no dismissal row and a closing "continues to work" line).
  FJ Ministry of Health and Medical Services "CERTIFICATE OF SERVICE" form: labels with values ("Name of
    Officer:", "Substantive Post:", "Date of First Appointment:" ...), a box per laboratory section,
    ticked for the sections rotated through (the ticked labels are the departments printed), and
    "Employment basis: Full-time [x] Part-time [ ]" (boxes drawn, not glyphs); a part-time job says
    "0.5 FTE (20 hours per week)".
Positions and wards of the generic profiles are put in the letter's language and the job updated,
so the truth says what is printed.
"""

import datetime as dt

from .. import dates as D
from ..layouts_letter import printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r8_p_letters import _hours
from .r9_r_common import (EN_MONTHS, ES_MONTHS, FAMILY, PT_MONTHS, es_days_words, fr_long, kj, pt_date_words,
                          round_seal, security_border, stamp)
from .r9_r_fj import PACK as FJ_PACK  # noqa: F401  (registers FJ before use)

POS = {
    "CI": {"Staff Nurse": ("Infirmier Diplômé d'État", "Infirmière Diplômée d'État"),
           "Laboratory Aide": ("Aide de Laboratoire",) * 2,
           "Technicien Supérieur de Santé option Biologie Médicale": (
               "Technicien Supérieur de Santé option Biologie Médicale",
               "Technicienne Supérieure de Santé option Biologie Médicale"),
           "Technicien de Laboratoire": ("Technicien de Laboratoire", "Technicienne de Laboratoire"),
           "Assistant de Recherche": ("Assistant de Recherche", "Assistante de Recherche")},
    "AO": {"Staff Nurse": ("Enfermeiro Licenciado", "Enfermeira Licenciada"),
           "Laboratory Aide": ("Auxiliar de Laboratório",) * 2,
           "Técnico Superior de Análises Clínicas de 2.ª Classe": (
               "Técnico Superior de Análises Clínicas de 2.ª Classe",
               "Técnica Superior de Análises Clínicas de 2.ª Classe"),
           "Técnico de Análises Clínicas": ("Técnico de Análises Clínicas", "Técnica de Análises Clínicas"),
           "Técnico de Laboratório": ("Técnico de Laboratório", "Técnica de Laboratório")},
    "NI": {"Staff Nurse": ("Enfermero Profesional", "Enfermera Profesional"),
           "Laboratory Aide": ("Auxiliar de Laboratorio",) * 2,
           "Bioanalista Clínico": ("Bioanalista Clínico", "Bioanalista Clínica"),
           "Licenciado en Bioanálisis Clínico": ("Licenciado en Bioanálisis Clínico", "Licenciada en Bioanálisis Clínico"),
           "Microbiólogo": ("Microbiólogo", "Microbióloga")},
}
WARDS = {"CI": {"Medical-Surgical Ward": "Médecine Générale", "Emergency Room": "Urgences",
                "Pediatric Ward": "Pédiatrie", "Operating Room": "Bloc Opératoire"},
         "AO": {"Medical-Surgical Ward": "Medicina Interna", "Emergency Room": "Banco de Urgência",
                "Pediatric Ward": "Pediatria", "Operating Room": "Bloco Operatório"},
         "NI": {"Medical-Surgical Ward": "Medicina Interna", "Emergency Room": "Emergencia",
                "Pediatric Ward": "Pediatría", "Operating Room": "Sala de Operaciones"}}


def _localise(job, fem, c):
    if job.position in POS.get(c, {}):
        job.position = POS[c][job.position][fem]
    job.departments = [WARDS.get(c, {}).get(d, d) for d in job.departments]


def _join(items, word):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def _de(d):
    return ("d'" if d[0] in "AEIOUHÉÈ" else "de ") + d


def _mid(job, end):
    """The date the second (current) posting began: about 40 % into the job, on the 1st of a month."""
    span = (end - job.start).days
    m = job.start + dt.timedelta(days=int(span * 0.4))
    return dt.date(m.year, m.month, 1) if m.day > 1 else m


def _letterhead(p, emp, L, R, F, FB, top_lines):
    p.logo(L + 24, 58, 20, len(emp.name) % 3)
    y = 44
    for ln in top_lines:
        p.text(L + 56, y, ln, F, 8)
        y += 10
    p.text(L + 56, y + 3, emp.name.upper(), FB, 11.5 if len(emp.name) < 44 else 9.5)
    p.text(L + 56, y + 15, f"{emp.street} — {emp.city} — Tél./Tel. {emp.phone} — {emp.email}", F, 7.5)
    p.hline(L, R, y + 22, 1.0)
    return y + 22


def _ci(job, person, rng, as_of):
    emp, fem = job.employer, person.sex == "F"
    _localise(job, fem, "CI")
    F, FB = "Times-Roman", "Times-Bold"
    p = Page(A4)
    L, R = 70, A4[0] - 64
    yt = _letterhead(p, emp, L, R, F, FB, ["RÉPUBLIQUE DE CÔTE D'IVOIRE", "Ministère de la Santé, de l'Hygiène "
                                           "Publique et de la Couverture Maladie Universelle"])
    name = printed_name(job, person, "caps")
    present = job.end is None
    end = job.letter_date if present else job.end
    depts = list(job.departments)
    hp, facts = _hours(job, "fr")
    e = "e" if fem else ""
    hon = "Mme" if fem else "M."
    mat = f"{kj(job, 'mat') % 900 + 100} {kj(job, 'mat2') % 900 + 100}-{'ABCDEFGHJKLMN'[kj(job, 'm3') % 13]}"
    p.text(L, yt + 22, f"N° {kj(job, 'ref') % 900 + 100}/{emp.name.split()[0][:3].upper()}/DMS/SRH", F, 9.5)
    title = "ATTESTATION DE PRÉSENCE AU POSTE" if present else "ATTESTATION DE SERVICES FAITS"
    p.text(p.w / 2, yt + 66, title, FB, 15, "center")
    p.hline(p.w / 2 - 130, p.w / 2 + 130, yt + 71, 0.8)
    boss = "Directeur Médical et Scientifique" if emp.kind != "lab" else "Biologiste, Directeur du Laboratoire"
    split = len(depts) >= 2 and job.areas and (end - job.start).days > 700
    cur_units = depts[1:] if split else depts
    if job.areas:
        where = "au Laboratoire Central" + (f" (unités {', '.join(_de(d) for d in cur_units[:-1])}"
                                           f"{' et ' if len(cur_units) > 1 else ''}{_de(cur_units[-1])})"
                                           if cur_units else "")
    else:
        where = "au service " + _join([_de(d) for d in cur_units], "et") if cur_units else "dans notre établissement"
    since = _mid(job, end) if split else job.start
    verb = (f"est en service {where} depuis le {fr_long(since)} à ce jour" if present else
            f"a été en service {where} du {fr_long(since)} au {fr_long(end)}")
    body = (f"Je soussigné{'e' if job.signer.startswith(('Dr Mariam', 'Dr Brigitte')) else ''}, {job.signer}, {boss} "
            f"du {emp.name}, atteste que {hon} {name}, {job.position}, matricule {mat}, {verb}, {hp}.")
    y = p.paragraph(L, yt + 110, body, F, 12, R - L, 19) + 8
    if split:
        prev = since - dt.timedelta(days=1)
        y = p.paragraph(L, y, f"Avant cette date, l'intéressé{e} était précédemment affecté{e} à l'unité "
                        f"{_de(depts[0])} du Laboratoire Central du {fr_long(job.start)} au {fr_long(prev)}.",
                        F, 12, R - L, 19) + 8
    y = p.paragraph(L, y, "En foi de quoi, la présente attestation lui est délivrée pour servir et valoir ce que "
                    "de droit.", F, 12, R - L, 19) + 30
    p.text(R, y, f"Fait à {emp.city}, le {fr_long(job.letter_date)}", F, 11.5, "right")
    y += 26
    p.text(R - 100, y, f"Le {boss}" if len(boss) < 36 else "Le Directeur du Laboratoire", FB, 11, "center")
    p.signature(R - 160, y + 40, 110, rng)
    p.text(R - 100, y + 54, job.signer, F, 11, "center")
    round_seal(p, rng, R - 210, y + 30, 66, emp.name.upper()[:40], "DIRECTION MÉDICALE", (emp.city.upper(),),
               ink=(30, 110, 60))
    return LayoutResult("employment_letter", "ci_ao_ni_service", FAMILY, [p], [name],
                        info={"date_style": "fr_long", "hours_facts": facts})


def _ao(job, person, rng, as_of):
    emp, fem = job.employer, person.sex == "F"
    _localise(job, fem, "AO")
    F, FB = "Times-Roman", "Times-Bold"
    p = Page(A4)
    L, R = 72, A4[0] - 64
    yt = _letterhead(p, emp, L, R, F, FB, ["REPÚBLICA DE ANGOLA", "GOVERNO PROVINCIAL — GABINETE PROVINCIAL DA SAÚDE"])
    name = printed_name(job, person, "caps")
    present = job.end is None
    o = "a" if fem else "o"
    hp, facts = _hours(job, "pt")
    depts = list(job.departments)
    p.text(p.w / 2, yt + 60, "DECLARAÇÃO DE SERVIÇO", FB, 15, "center")
    p.text(L, yt + 40, f"Ref.ª n.º {kj(job, 'ref') % 900 + 100}/RH/{job.letter_date.year}", F, 9.5)
    lab = ("afect" + o + " ao Laboratório de " + _join(depts, "e")) if depts and job.areas else (
        ("afect" + o + " ao serviço de " + _join(depts, "e")) if depts else "afect" + o + " ao Laboratório Central")
    per = (f"presta serviço nesta instituição, {lab}, desde o dia {pt_date_words(job.start)} até à presente data"
           if present else
           f"prestou serviço nesta instituição, {lab}, desde o dia {pt_date_words(job.start)} até ao dia "
           f"{pt_date_words(job.end)}")
    agente = f"{kj(job, 'ag') % 90000000 + 10000000}"
    body = (f"Para os devidos efeitos se declara que {name}, agente n.º {agente}, categoria: {job.position}, {per}, "
            f"{hp}.")
    y = p.paragraph(L, yt + 100, body, F, 12, R - L, 19) + 8
    y = p.paragraph(L, y, f"Mais se declara que {'a' if fem else 'o'} referid{o} funcionári{o} tem demonstrado "
                    "zelo, assiduidade e bom comportamento no exercício das suas funções.", F, 12, R - L, 19) + 8
    y = p.paragraph(L, y, "Por ser verdade e me ter sido solicitada, mandei passar a presente declaração, que vai por "
                    "mim assinada e autenticada com o carimbo a óleo em uso nesta instituição.", F, 12, R - L, 19) + 26
    p.text(L, y, f"{emp.city}, aos {pt_date_words(job.letter_date)}", F, 11.5)
    y += 44
    p.text(p.w / 2, y, "O Chefe do Departamento de Recursos Humanos", FB, 11, "center")
    p.signature(p.w / 2 - 55, y + 36, 110, rng)
    p.hline(p.w / 2 - 100, p.w / 2 + 100, y + 40, 0.5)
    p.text(p.w / 2, y + 52, job.signer, F, 11, "center")
    round_seal(p, rng, p.w / 2 + 150, y + 24, 66, emp.name.upper()[:40], "RECURSOS HUMANOS", ("ANGOLA",))
    return LayoutResult("employment_letter", "ci_ao_ni_service", FAMILY, [p], [name],
                        info={"date_style": "pt_words", "hours_facts": facts})


def _ni(job, person, rng, as_of):
    emp, fem = job.employer, person.sex == "F"
    _localise(job, fem, "NI")
    F, FB = "Helvetica", "Helvetica-Bold"
    p = Page(A4)
    L, R = 72, A4[0] - 64
    yt = _letterhead(p, emp, L, R, F, FB, ["MINISTERIO DEL PODER CIUDADANO PARA LA SALUD", "República de Nicaragua"])
    name = printed_name(job, person, "natural")
    present = job.end is None
    hp, facts = _hours(job, "es")
    depts = list(job.departments)
    ds = lambda d: f"{d.day:02d} de {ES_MONTHS[d.month - 1]} de {d.year}"  # noqa: E731
    p.text(p.w / 2, yt + 56, "CONSTANCIA LABORAL", FB, 15, "center")
    p.text(L, yt + 90, "A quien interese:", FB, 11.5)
    where = ("en el Laboratorio Clínico (áreas de " + _join(depts, "y") + ")") if depts and job.areas else (
        ("en el servicio de " + _join(depts, "y")) if depts else "en el Laboratorio Clínico")
    per = (f"labora en esta institución desde el {ds(job.start)} hasta la fecha" if present else
           f"laboró en esta institución desde el {ds(job.start)} hasta el {ds(job.end)}")
    sal = 14000 + 250 * (kj(job, "sal") % 30)
    body = (f"Por medio de la presente se hace constar que {'la' if fem else 'el'} Lic. {name}, cédula de identidad "
            f"No. {kj(job, 'ced') % 900 + 100}-{kj(job, 'ced2') % 900000 + 100000:06d}-{kj(job, 'c3') % 9000 + 1000}"
            f"{'ABCDEFGHJKLMNPQRSTUVWXY'[kj(job, 'c4') % 23]}, {per}, desempeñando el cargo de {job.position} {where}, "
            f"{hp}, con un salario mensual de C$ {sal:,}.00 ({'córdobas netos'}).")
    y = p.paragraph(L, yt + 114, body, F, 11, R - L, 17) + 8
    y = p.paragraph(L, y, "A solicitud de la parte interesada, se extiende la presente en la ciudad de "
                    f"{emp.city}, {es_days_words(job.letter_date)}.", F, 11, R - L, 17) + 50
    p.text(p.w / 2, y, "Atentamente,", F, 11, "center")
    p.signature(p.w / 2 - 55, y + 44, 110, rng)
    p.hline(p.w / 2 - 100, p.w / 2 + 100, y + 48, 0.5)
    p.text(p.w / 2, y + 60, job.signer, F, 10.5, "center")
    p.text(p.w / 2, y + 73, "Responsable de Recursos Humanos", FB, 10.5, "center")
    stamp(p, L, y + 90, [emp.name.upper()[:44], "RECURSOS HUMANOS", emp.city.upper() + ", NICARAGUA"])
    p.text(L, p.h - 50, "c.c. Archivo / Expediente laboral", F, 8)
    return LayoutResult("employment_letter", "ci_ao_ni_service", FAMILY, [p], [name],
                        info={"date_style": "es_dmy", "hours_facts": facts})


def ci_ao_ni_service(job, person, rng, as_of):
    return {"CI": _ci, "AO": _ao, "NI": _ni}[job.employer.country](job, person, rng, as_of)


def _am(job, person, rng, as_of):
    emp, fem = job.employer, person.sex == "F"
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    L, R = 50, A4[0] - 50
    name = printed_name(job, person, "given_surname").upper()
    present = job.end is None
    end = job.letter_date if present else job.end
    hp, facts = _hours(job, "en")
    p.text(R, 40, "Translation from Armenian", FI, 9, "right")
    p.text(p.w / 2, 72, "WORK BOOK", FB, 15, "center")
    p.text(p.w / 2, 88, "(extract)", FI, 11, "center")
    p.pieces(114, [(L, "Surname, name:", "left", FB, 10), (L + 110, name, "left")], F, 10)
    p.pieces(128, [(L, "Work book No.:", "left", FB, 10),
                   (L + 110, f"AT {kj(job, 'wb') % 9000000 + 1000000}", "left")], F, 10)
    cx = [L, L + 26, L + 52, L + 80, L + 114, L + 370, R]
    y = 146
    p.rect(L, y, R - L, 30, 0.7, 0, fill=0.9)
    p.hline(cx[1], cx[4], y + 13, 0.4)
    p.pieces(y + 10, [((cx[1] + cx[4]) / 2, "Date", "center")], FB, 8)
    p.pieces(y + 18, [((cx[0] + cx[1]) / 2, "No.", "center"),
                      (cx[4] + 4, "Information on hiring, transfer to another", "left"),
                      ((cx[5] + cx[6]) / 2, "Order No., date", "center")], FB, 8)
    p.pieces(y + 26, [((cx[1] + cx[2]) / 2, "day", "center"), ((cx[2] + cx[3]) / 2, "month", "center"),
                      ((cx[3] + cx[4]) / 2, "year", "center"), (cx[4] + 4, "job, dismissal", "left")], FB, 8)
    for x in cx[1:-1]:
        p.vline(x, y + (13 if x in cx[2:4] else 0), y + 30, 0.5)
    y += 30
    depts = list(job.departments)
    lab = f"the clinical laboratory ({_join(depts, 'and')} units)" if depts and job.areas else (
        f"the {_join(depts, 'and')}" if depts else "the clinical laboratory")
    events = []
    long_ = (end - job.start).days > 500 and job.areas and "Assistant" not in job.position
    if long_:
        mid = _mid(job, end)
        events.append((job.start, "Hired as laboratory assistant in the clinical diagnostic laboratory."))
        events.append((mid, f"Transferred to {lab} as {job.position}."))
    else:
        events.append((job.start, f"Hired as {job.position} in {lab}."))
    if not present:
        events.append((job.end, "Dismissed at own request under Article 113, part 1, point 3 of the Labour Code of "
                                "the Republic of Armenia."))
    rows = [(None, emp.name)] + events
    n = 0
    for d, txt in rows:
        lines = wrap(txt, F if d else FB, 9, cx[5] - cx[4] - 8)
        h = 8 + 11 * len(lines)
        items = [(cx[4] + 4, lines[0], "left", F if d else FB, 9)]
        if d:
            n += 1
            o = f"No. {kj(job, f'o{n}') % 300 + 1}-K of {d.strftime('%d.%m.%Y')}"
            items = [((cx[0] + cx[1]) / 2, str(n), "center"), ((cx[1] + cx[2]) / 2, f"{d.day:02d}", "center"),
                     ((cx[2] + cx[3]) / 2, f"{d.month:02d}", "center"), ((cx[3] + cx[4]) / 2, str(d.year), "center")] \
                + items + [(cx[5] + 4, o, "left")]
        p.pieces(y + 12, items, F, 9)
        for i, ln in enumerate(lines[1:]):
            p.text(cx[4] + 4, y + 23 + 11 * i, ln, F, 9)
        for x in cx:
            p.vline(x, y, y + h, 0.5)
        y += h
        p.hline(L, R, y, 0.5)
    y += 20
    if present:
        y = p.paragraph(L, y, f"The extract is correct. As of {end.strftime('%d.%m.%Y')} the employee continues to work "
                        f"in the said position.", F, 10, R - L, 13) + 4
    y = p.paragraph(L, y, f"Working regime: {hp}.", F, 10, R - L, 13) + 10
    p.pieces(y, [(L, "Head of Human Resources", "left", FB, 10), (L + 170, "/signature/", "left", FI, 10),
                 (L + 260, job.signer, "left"), (R - 70, "/seal/", "left", FI, 10)], F, 10)
    y += 14
    p.text(L, y, f"Issued on {job.letter_date.strftime('%d.%m.%Y')}", F, 10)
    y += 30
    tr = ["Lilit Avetisyan", "Hasmik Simonyan", "Davit Poghosyan"][kj(job, "tr") % 3]
    y = p.paragraph(L, y, f"I, the undersigned translator {tr}, certify that this is a true and accurate translation "
                    "of the attached document from Armenian into English.", FI, 9.5, R - L, 12.5)
    p.pieces(y + 4, [(L, f"Translator: {tr}", "left"), (R - 150, "/signature/", "left", FI, 9.5)], F, 9.5)
    p.seal(R - 60, y + 40, 26, 0.45)
    return LayoutResult("employment_letter", "am_fj_service", FAMILY, [p], [name],
                        info={"date_style": "dmy_columns", "hours_facts": facts})


FJ_SECTIONS = [("chemistry", "Clinical Chemistry"), ("hematology", "Haematology"), ("microbiology", "Microbiology"),
               ("blood_bank", "Blood Bank"), ("immunology", "Serology"), ("urinalysis", "Urinalysis"),
               ("molecular", "Molecular (PCR)"), ("phlebotomy", "Phlebotomy"), ("other", "Histopathology")]


def _box(p, x, y, ticked):
    p.rect(x, y - 8, 9, 9, 0.7, 0)
    if ticked:
        p.ops.append(("line", x + 1.5, y - 6.5, x + 7.5, y - 0.5, 0.9, 0))
        p.ops.append(("line", x + 1.5, y - 0.5, x + 7.5, y - 6.5, 0.9, 0))


def _fj(job, person, rng, as_of):
    emp = job.employer
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p = Page(A4)
    security_border(p, 20, 0.7)
    L, R = 56, A4[0] - 56
    name = printed_name(job, person, "natural")
    present = job.end is None
    ticked = [a for a, _ in FJ_SECTIONS if a in job.areas]
    if job.areas:
        job.departments = [lbl for a, lbl in FJ_SECTIONS if a in ticked]
    p.logo(p.w / 2, 56, 18, 0)
    p.text(p.w / 2, 90, "MINISTRY OF HEALTH AND MEDICAL SERVICES", FB, 11.5, "center")
    p.text(p.w / 2, 102, "Republic of Fiji — Human Resources Division", F, 8.5, "center")
    p.text(p.w / 2, 128, "CERTIFICATE OF SERVICE", FB, 15, "center")
    p.text(R, 144, f"Form HR-CS/{kj(job, 'f') % 90 + 10}", F, 7.5, "right")
    part = job.hours < 35
    fte = f"{job.hours / 40:.1f}".rstrip("0").rstrip(".") if part else "1.0"
    facts = (job.hours, not part, part) if job.hours_style != "fulltime_only" else (None, True, False)
    fields = [("Name of Officer:", name), ("Employee No.:", f"{kj(job, 'eno') % 90000 + 10000}"),
              ("Substantive Post:", job.position), ("Station:", f"{emp.name}, {emp.city}"),
              ("Date of First Appointment:", D.dmy_slash(job.start)),
              ("Service to:", "Present (still serving)" if present else D.dmy_slash(job.end))]
    y = 168
    for lab, val in fields:
        p.pieces(y, [(L, lab, "left", FB, 9.5), (L + 150, val, "left")], F, 9.5)
        p.hline(L + 148, R, y + 3, 0.3, 0.5)
        y += 19
    y += 6
    p.text(L, y, "Employment basis:", FB, 9.5)
    p.pieces(y, [(L + 150, "Full-time", "left"), (L + 240, "Part-time", "left")], F, 9.5)
    _box(p, L + 200, y, not part)
    _box(p, L + 288, y, part)
    y += 18
    if part:
        p.text(L + 150, y, f"Part-time, {fte} FTE ({job.hours} hours per week)", F, 9.5)
    elif job.hours_style != "fulltime_only":
        p.text(L + 150, y, f"Full-time, 1.0 FTE ({job.hours} hours per week)", F, 9.5)
    y += 26
    p.text(L, y, "Laboratory sections rotated through (tick as applicable):", FB, 9.5)
    y += 18
    for i, (a, lbl) in enumerate(FJ_SECTIONS):
        col, row = i % 3, i // 3
        x = L + 10 + col * 160
        _box(p, x, y + row * 18, a in ticked)
    for row in range(3):
        p.pieces(y + row * 18, [(L + 24 + col * 160, FJ_SECTIONS[row * 3 + col][1], "left") for col in range(3)],
                 F, 9.5)
    y += 3 * 18 + 16
    if not job.areas and job.departments:
        p.pieces(y, [(L, "Wards / units:", "left", FB, 9.5), (L + 150, ", ".join(job.departments), "left")], F, 9.5)
        y += 20
    p.pieces(y, [(L, "Conduct and performance:", "left", FB, 9.5), (L + 150, "Satisfactory", "left")], F, 9.5)
    y += 30
    y = p.paragraph(L, y, "I certify that the above particulars are correct according to the records of this "
                    "Ministry.", F, 9.5, R - L, 13) + 30
    p.signature(L + 10, y, 110, rng)
    p.hline(L, L + 180, y + 4, 0.5)
    p.text(L, y + 16, job.signer, F, 9.5)
    p.text(L, y + 28, "for Permanent Secretary for Health and Medical Services", FB, 9)
    p.text(R, y + 16, f"Date: {D.dmy_slash(job.letter_date)}", F, 9.5, "right")
    round_seal(p, rng, L + 260, y + 4, 64, "MINISTRY OF HEALTH", "FIJI", ("HR",))
    return LayoutResult("employment_letter", "am_fj_service", FAMILY, [p], [name],
                        info={"date_style": "dmy_slash", "hours_facts": facts})


def am_fj_service(job, person, rng, as_of):
    return {"AM": _am, "FJ": _fj}[job.employer.country](job, person, rng, as_of)


LETTER_LAYOUTS = {"ci_ao_ni_service": (ci_ao_ni_service, FAMILY, ("CI", "AO", "NI")),
                  "am_fj_service": (am_fj_service, FAMILY, ("AM", "FJ"))}
