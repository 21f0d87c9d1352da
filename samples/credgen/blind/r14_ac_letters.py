"""Writer AC, round 14: employment letters for ES, DE, AL, LT and CA (three designs, the second and
third drawn per country).

ac_es_servicios: ES hospital Human Resources "CERTIFICADO DE SERVICIOS PRESTADOS": a grid of the
    appointment (Categoría: Técnico Superior Sanitario de Laboratorio / Servicio: Análisis Clínicos /
    Tipo de vínculo / Jornada: completa (37,5 horas semanales) / Desde / Hasta), then one row per
    contract (Spanish hospitals chain short temporary contracts: Eventual, Sustitución, Interino,
    sometimes with a gap of days or weeks between two), and "Total: 2 años, 5 meses y 12 días".
ac_de_al_zeugnis: DE "Arbeitszeugnis" (or "Zwischenzeugnis" for a current job): a reference letter in
    paragraphs ("Frau ..., geboren am ..., war vom 1. Oktober 2018 bis zum 31. März 2022 in unserem
    Zentrallabor als Medizinisch-technische Laboratoriumsassistentin (MTLA) in Vollzeit tätig. Ihr
    Aufgabengebiet umfasste ..."), formulaic praise, "Wir bedauern ihr Ausscheiden"; AL "VËRTETIM
    PUNE" (short: "Vërtetohet se ... punon pranë Laboratorit Klinik të Spitalit Rajonal ... me detyrë
    Laborant, që nga data 01.09.2018 e në vazhdim, me kohë të plotë pune (8 orë në ditë)").
ac_lt_ca_attestation: LT "PAŽYMA" in Lithuanian with an English translation page stapled behind (the
    translator's certification at its end); CA Quebec "ATTESTATION D'EMPLOI" from a CISSS ("...
    occupe un poste de technologiste médicale à temps complet (35 heures par semaine) au service de
    biochimie du laboratoire de biologie médicale depuis le 2017-08-14").

The Spanish certificate leaves out the D.N.I. it would print after the name and the Arbeitszeugnis
leaves out the birth date the real form prints after the name: a letter is drawn
without the candidate's studies, whose identity number and birth date the transcript and diploma
print, and a second, different one would contradict them.

Hours: the printed week is the truth's: a Spanish full-time week is printed as 37,5 hours, a Quebec
one as 35 hours, a German Vollzeit week 38,5 hours when the letter names a number; the Albanian
"8 orë në ditë" is full-time with no weekly number (40, the dossier's full-time rule). The Spanish
contract rows are experience phases (truth `phases`): a gap between two contracts is not worked.
Positions and ward names the profile gives in English are printed in the letter's language, and the
job's position / department phrases are set to the printed forms before the truth is written.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size
from .r14_ac_common import (FAMILY, lt_fix, by_reading_order, comma, de_date, dmy, es_date, kj, round_stamp,
                            rubber_stamp, sign_block)

POS = {"ES": {"Staff Nurse": ("Enfermera", "Enfermero"), "Laboratory Aide": ("Auxiliar de laboratorio", None),
              "Técnico de laboratorio": ("Técnica de laboratorio", None)},
       "DE": {"Staff Nurse": ("Gesundheits- und Krankenpflegerin", "Gesundheits- und Krankenpfleger"),
              "Laboratory Aide": ("Laborhelferin", "Laborhelfer"),
              "Medizinisch-technische Laboratoriumsassistentin (MTLA)":
                  (None, "Medizinisch-technischer Laboratoriumsassistent (MTLA)"),
              "Biomedizinische Analytikerin": (None, "Biomedizinischer Analytiker"),
              "Biologielaborantin": (None, "Biologielaborant"),
              "Technische Assistentin im Labor": (None, "Technischer Assistent im Labor")},
       "AL": {"Staff Nurse": ("Infermiere", "Infermier"), "Laboratory Aide": ("Ndihmës laborant", None)},
       "LT": {"Staff Nurse": ("bendrosios praktikos slaugytoja", "bendrosios praktikos slaugytojas"),
              "Laboratory Aide": ("laboratorijos padėjėja", "laboratorijos padėjėjas"),
              "biomedicinos technologas": ("biomedicinos technologė", None),
              "medicinos technologas": ("medicinos technologė", None), "laborantas": ("laborantė", None),
              "biologas": ("biologė", None)},
       "CA": {"Staff Nurse": ("infirmière", "infirmier"), "Laboratory Aide": ("préposée au laboratoire",
                                                                            "préposé au laboratoire"),
              "technologiste médicale": ("technologiste médicale", "technologiste médical"),
              "technologiste médical": ("technologiste médicale", "technologiste médical"),
              "technicienne de laboratoire": ("technicienne de laboratoire", "technicien de laboratoire"),
              "technicien de laboratoire": ("technicienne de laboratoire", "technicien de laboratoire")}}
WARD = {"ES": {"Medical-Surgical Ward": "Unidad de Medicina Interna y Cirugía", "Emergency Room": "Urgencias",
               "Pediatric Ward": "Pediatría", "Operating Room": "Bloque Quirúrgico"},
        "DE": {"Medical-Surgical Ward": "Station für Innere Medizin und Chirurgie", "Emergency Room": "Notaufnahme",
               "Pediatric Ward": "Kinderstation", "Operating Room": "Zentral-OP"},
        "AL": {"Medical-Surgical Ward": "Pavioni i Mjekësisë dhe Kirurgjisë", "Emergency Room": "Urgjenca",
               "Pediatric Ward": "Pediatria", "Operating Room": "Salla e Operacionit"},
        "LT": {"Medical-Surgical Ward": "Vidaus ligų ir chirurgijos skyrius", "Emergency Room": "Priėmimo-skubiosios "
               "pagalbos skyrius", "Pediatric Ward": "Vaikų ligų skyrius", "Operating Room": "Operacinė"},
        "CA": {"Medical-Surgical Ward": "unité de médecine-chirurgie", "Emergency Room": "urgence",
               "Pediatric Ward": "pédiatrie", "Operating Room": "bloc opératoire"}}
WARD_EN = {v: k for c in WARD.values() for k, v in c.items()}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        f = pos[0] if person.sex == "F" else pos[1]
        if f:
            job.position = f
    wards = WARD.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward_job(job):
    return not job.areas and any(d in WARD_EN for d in job.departments)


def sname(job, person):
    return job.surname_override or person.surname


def natural(job, person):
    return " ".join(x for x in (person.given, person.middle, sname(job, person)) if x)


def join(xs, word):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]


def fix_hours(job, full):
    """The printed week for a full-time job whose letter names a number; facts for the truth."""
    st = job.hours_style
    if st == "fulltime_only":
        return None, (None, True, False)
    if job.hours >= 35:
        job.hours = full
        return full, (full, st != "hours", False)
    return job.hours, (job.hours, False, True)


# --- ES -------------------------------------------------------------------------------------------
def contracts(job, as_of):
    """Consecutive short contracts over the job's span, sometimes with a gap between two."""
    end = job.end or job.letter_date
    out = []
    a = job.start
    i = 0
    kinds = ["Eventual", "Sustitución", "Eventual", "Interino"]
    while a <= end:
        n = 2 + kj(job, f"c{i}") % 7
        m = a.month - 1 + n
        b = dt.date(a.year + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
        last = b >= end or i >= 6
        if last:
            b = end
        kind = "Interino" if last else kinds[kj(job, f"k{i}") % 4]
        out.append([a, None if (last and job.end is None) else b, kind])
        if last:
            break
        gap = (kj(job, f"g{i}") % 25) if kj(job, f"gg{i}") % 3 == 0 else 0
        a = b + dt.timedelta(days=1 + gap)
        if a > end:
            out[-1][1] = job.end
            break
        i += 1
    return out


def ymd_total(days):
    y, r = divmod(days, 365)
    m, d = divmod(r, 30)
    parts = []
    if y:
        parts.append(f"{y} año{'s' if y != 1 else ''}")
    if m:
        parts.append(f"{m} mes{'es' if m != 1 else ''}")
    parts.append(f"{d} día{'s' if d != 1 else ''}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " y " + parts[-1]


def ac_es_servicios(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    ward = is_ward_job(job)
    h, facts = fix_hours(job, 37.5)
    if facts[2]:
        jor = f"parcial ({comma(h, 1) if h % 1 else h} horas semanales)"
    elif h is None:
        jor = "completa"
    else:
        jor = "completa (37,5 horas semanales)"
    if facts[0] == 37.5:
        facts = (37.5, True, False)
    cat = job.position
    serv = ("Enfermería - " + join(job.departments, "y")) if ward else (
        "Análisis Clínicos" if emp.kind != "lab" else "Laboratorio")
    rows = contracts(job, as_of)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 54, W - 54
    p.logo(L + 18, 52, 18, 1, 0.3)
    p.text(L + 44, 46, emp.name.upper(), SB, 11)
    p.text(L + 44, 58, "Dirección de Recursos Humanos - Servicio de Gestión de Personal", S, 8)
    p.text(L + 44, 69, f"{emp.street} - {emp.city} - Tel. {emp.phone}", S, 7.5)
    p.hline(L, R, 80, 0.8)
    p.text(W / 2, 112, "CERTIFICADO DE SERVICIOS PRESTADOS", SB, 14, "center")
    sf = job.signer.startswith("Dª")
    y = p.paragraph(L, 140, f"{job.signer}, {'Directora' if sf else 'Director'} de Recursos Humanos del {emp.name}, "
                            f"CERTIFICA: Que según los antecedentes obrantes en este Servicio, "
                            f"{'Dª' if fem else 'D.'} {nm} "
                            f"{'ha prestado' if job.end else 'presta'} servicios en este centro con los datos "
                            f"siguientes:", S, 10, R - L, 14) + 8
    grid = [("Categoría", cat), ("Servicio", serv), ("Tipo de vínculo", rows[-1][2]), ("Jornada", jor),
            ("Desde", rows[0][0].strftime("%d/%m/%Y")),
            ("Hasta", job.end.strftime("%d/%m/%Y") if job.end else "continúa en activo")]
    for i in range(0, 6, 2):
        p.rect(L, y, R - L, 18, 0.5, 0.0)
        p.vline(L + (R - L) / 2, y, y + 18, 0.5)
        p.pieces(y + 12.5, [(L + 4, f"{grid[i][0]}: {grid[i][1]}", "left", S, 8.6 if len(grid[i][1]) < 44 else 7.4),
                            (L + (R - L) / 2 + 4, f"{grid[i + 1][0]}: {grid[i + 1][1]}", "left")], S, 8.6)
        y += 18
    y += 20
    p.text(L, y, "Periodos de servicios prestados:", SB, 9.5)
    y += 8
    xs = [L, L + 30, L + 120, L + 210, L + 320]
    p.rect(L, y, R - L, 15, 0.5, 0.0, fill=0.88)
    p.pieces(y + 10.5, [(xs[0] + 4, "Nº", "left"), (xs[1] + 4, "Fecha inicio", "left"), (xs[2] + 4, "Fecha fin", "left"),
                        (xs[3] + 4, "Vínculo", "left"), (xs[4] + 4, "Categoría", "left")], SB, 8.4)
    y += 15
    days = 0
    phases = []
    for n, (a, b, kind) in enumerate(rows, 1):
        bb = b or job.letter_date
        days += (bb - a).days + 1
        p.pieces(y + 10.5, [(xs[0] + 4, str(n), "left"), (xs[1] + 4, a.strftime("%d/%m/%Y"), "left"),
                            (xs[2] + 4, b.strftime("%d/%m/%Y") if b else "en activo", "left"),
                            (xs[3] + 4, kind, "left"), (xs[4] + 4, cat, "left", S, fit_size(cat, S, 8.4, R - xs[4] - 8, 5))],
                 S, 8.4)
        p.rect(L, y, R - L, 15, 0.3, 0.0)
        y += 15
        phases.append((a, b, facts))
    y += 14
    if job.departments and not ward:
        y = p.paragraph(L, y, f"Durante dicho periodo ha desempeñado sus funciones en las secciones de "
                              f"{join(job.departments, 'y')}.", S, 10, R - L, 14) + 8
    hasta = "" if job.end else f" (calculado hasta el {job.letter_date.strftime('%d/%m/%Y')})"
    p.text(L, y, f"Total: {ymd_total(days)}{hasta}", SB, 10)
    y += 26
    y = p.paragraph(L, y, f"Y para que conste, a petición {'de la interesada' if fem else 'del interesado'} y a los "
                          f"efectos oportunos, se expide el presente certificado en {emp.city}, a "
                          f"{es_date(job.letter_date)}.", S, 10, R - L, 14) + 60
    sign_block(p, rng, R - 120, y, f"{'La Directora' if sf else 'El Director'} de Recursos Humanos", S, 9, 200,
               job.signer)
    rubber_stamp(p, R - 250, y - 20, 44, 28, 0.45)
    return LayoutResult("employment_letter", "ac_es_servicios", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": facts, "phases": phases})


# --- DE / AL --------------------------------------------------------------------------------------
def _de(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    ended = job.end is not None
    ward = is_ward_job(job)
    h, facts = fix_hours(job, 38.5)
    if facts[2]:
        umf = f"in Teilzeit mit {h} Wochenstunden"
    elif h is None:
        umf = "in Vollzeit"
    else:
        umf = f"in Vollzeit ({comma(h, 1)} Stunden pro Woche)"
        facts = (38.5, True, False)
    she, her, Her = ("sie", "ihr", "Ihr") if fem else ("er", "sein", "Sein")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.text(R, 48, emp.name, SB, 11, "right")
    p.text(R, 61, emp.street, S, 9, "right")
    p.text(R, 72, emp.city, S, 9, "right")
    p.text(R, 90, f"{emp.city}, {job.letter_date.strftime('%d.%m.%Y')}", S, 10, "right")
    title = "ARBEITSZEUGNIS" if ended else "ZWISCHENZEUGNIS"
    p.text(W / 2, 140, title, SB, 16, "center")
    unit = ("in unserem Zentrallabor" if emp.kind != "lab" else "in unserem Labor") if not ward else "in unserem Haus"
    anrede = "Frau" if fem else "Herr"
    if ended:
        per = f"war vom {de_date(job.start)} bis zum {de_date(job.end)} {unit} als {job.position} {umf} tätig."
    else:
        per = f"ist seit dem {de_date(job.start)} {unit} als {job.position} {umf} tätig."
    txt = [f"{anrede} {nm} {per}"]
    if job.departments and not ward:
        txt.append(f"{Her} Aufgabengebiet umfasste die Bereiche {join(job.departments, 'und')}, mit der Annahme und "
                   f"Vorbereitung der Proben, der Durchführung und technischen Validierung der Analysen an den "
                   f"Analysensystemen, der internen Qualitätskontrolle und der Teilnahme an Ringversuchen sowie dem "
                   f"Bereitschafts- und Wochenenddienst.")
    elif job.departments:
        txt.append(f"{Her} Einsatz erfolgte auf den Stationen {join(job.departments, 'und')}.")
    txt.append(f"{anrede} {sname(job, person)} verfügt über ein umfassendes und fundiertes Fachwissen, das {she} stets "
               f"sicher und zielgerichtet in der Praxis einsetzte. {she.capitalize()} arbeitete stets selbstständig, "
               f"äußerst sorgfältig und zuverlässig. Die ihr übertragenen Aufgaben erledigte {she} stets zu unserer "
               f"vollsten Zufriedenheit.".replace("ihr übertragenen", "ihr übertragenen" if fem else "ihm übertragenen"))
    txt.append(f"{her.capitalize()} Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie Patientinnen und "
               f"Patienten war stets einwandfrei.")
    if ended:
        txt.append(f"{anrede} {sname(job, person)} verlässt unser Haus auf eigenen Wunsch. Wir bedauern "
                   f"{'ihr' if fem else 'sein'} Ausscheiden sehr, danken {'ihr' if fem else 'ihm'} für die stets "
                   f"gute Zusammenarbeit und wünschen {'ihr' if fem else 'ihm'} für die Zukunft beruflich wie privat "
                   f"alles Gute und weiterhin viel Erfolg.")
    else:
        txt.append(f"Dieses Zwischenzeugnis wird auf Wunsch von {anrede} {sname(job, person)} erstellt. Wir danken "
                   f"{'ihr' if fem else 'ihm'} für die bisherige sehr gute Zusammenarbeit und freuen uns auf die "
                   f"weitere Zusammenarbeit.")
    y = 180
    for t in txt:
        y = p.paragraph(L, y, t, S, 11, R - L, 15.5) + 10
    y += 50
    sign_block(p, rng, L + 100, y, job.signer, S, 10, 170, "Leitung Personalabteilung")
    sign_block(p, rng, R - 100, y, "Chefärztin Zentrallabor" if kj(job, "cf") % 2 else "Chefarzt Zentrallabor", S,
               10, 170)
    return LayoutResult("employment_letter", "ac_de_al_zeugnis", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "de_long", "hours_facts": facts})


def _al(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    ended = job.end is not None
    ward = is_ward_job(job)
    st = job.hours_style
    if st == "fulltime_only" or job.hours >= 35:
        if st == "fulltime_only" or kj(job, "al") % 2:
            hrs, facts = "me kohë të plotë pune (8 orë në ditë)", (None, True, False)
        else:
            job.hours = 40
            hrs, facts = "me kohë të plotë pune (40 orë në javë)", (40, True, False)
    else:
        hrs, facts = f"me kohë të pjesshme pune ({job.hours} orë në javë)", (job.hours, False, True)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    from .r14_ac_al import eagle
    eagle(p, W / 2, 52, 34)
    p.text(W / 2, 84, "REPUBLIKA E SHQIPËRISË", TB, 11, "center")
    p.text(W / 2, 98, "MINISTRIA E SHËNDETËSISË DHE MBROJTJES SOCIALE" if emp.kind != "lab" else emp.name.upper(),
           TB, 9.5, "center")
    if emp.kind != "lab":
        p.text(W / 2, 111, emp.name.upper(), TB, 10, "center")
    p.pieces(140, [(L, f"Nr. {kj(job, 'prot') % 900 + 100} Prot.", "left"),
                   (R, f"{emp.city}, më {dmy(job.letter_date)}", "right")], T, 10)
    p.text(W / 2, 184, "VËRTETIM PUNE", TB, 16, "center")
    lab = "Laboratorit Klinik" if emp.kind != "lab" else "laboratorit"
    where = (f"pranë {lab} të {emp.name.replace('Spitali', 'Spitalit').replace('Qendra', 'Qendrës')}"
             if not ward else f"pranë {emp.name.replace('Spitali', 'Spitalit').replace('Qendra', 'Qendrës')}")
    if ended:
        per = f"ka punuar {where} me detyrë {job.position}, nga data {dmy(job.start)} deri më {dmy(job.end)}, {hrs}"
    else:
        per = f"punon {where} me detyrë {job.position}, që nga data {dmy(job.start)} e në vazhdim, {hrs}"
    txt = f"Vërtetohet se {'Znj.' if fem else 'Z.'} {nm} {per}."
    y = p.paragraph(L, 220, txt, T, 12, R - L, 18) + 8
    if job.departments:
        y = p.paragraph(L, y, f"Gjatë kësaj periudhe ka punuar në: {join(job.departments, 'dhe')}.", T, 12, R - L,
                        18) + 8
    y = p.paragraph(L, y, "Ky vërtetim lëshohet me kërkesë të të interesuarit/es për t'u përdorur aty ku i duhet.", T,
                    12, R - L, 18) + 60
    sign_block(p, rng, R - 110, y, "DREJTORI", TB, 10.5, 170, job.signer)
    round_stamp(p, R - 140, y - 16, 34, 0.35)
    return LayoutResult("employment_letter", "ac_de_al_zeugnis", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dot", "hours_facts": facts})


def ac_de_al_zeugnis(job, person, rng, as_of):
    return _al(job, person, rng, as_of) if job.employer.country == "AL" else _de(job, person, rng, as_of)


# --- LT / CA --------------------------------------------------------------------------------------
LT_WARD_EN = {"Vidaus ligų ir chirurgijos skyrius": "Internal Medicine and Surgery Department",
              "Priėmimo-skubiosios pagalbos skyrius": "Admission and Emergency Department",
              "Vaikų ligų skyrius": "Paediatrics Department", "Operacinė": "Operating Theatre"}
LT_AREA_EN = {"imunohematologija": "immunohaematology", "klinikinė chemija": "clinical chemistry",
              "hematologija": "haematology", "mikrobiologija": "microbiology", "imunologija": "immunology",
              "šlapimo tyrimai": "urinalysis", "molekulinė diagnostika": "molecular diagnostics",
              "kraujo ėmimas": "blood collection", "citologija": "cytology"}
LT_POS_EN = {"biomedicinos technologė": "biomedical technologist", "biomedicinos technologas": "biomedical technologist",
             "medicinos technologė": "medical technologist", "medicinos technologas": "medical technologist",
             "laborantė": "laboratory assistant", "laborantas": "laboratory assistant", "biologė": "biologist",
             "biologas": "biologist", "bendrosios praktikos slaugytoja": "general practice nurse",
             "bendrosios praktikos slaugytojas": "general practice nurse",
             "laboratorijos padėjėja": "laboratory aide", "laboratorijos padėjėjas": "laboratory aide"}


def _lt(job, person, rng, as_of):
    lt_fix(person, job)
    localise(job, person)
    emp = job.employer
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = natural(job, person)
    ended = job.end is not None
    ward = is_ward_job(job)
    st = job.hours_style
    if st == "fulltime_only":
        lt_h, en_h, facts = "visu etatu", "full-time", (None, True, False)
    elif job.hours >= 35:
        job.hours = 40
        lt_h, en_h = "visu etatu (40 val. per savaitę)", "full-time (40 hours per week)"
        facts = (40, True, False)
    else:
        et = comma(job.hours / 40, 2)
        lt_h = f"{et} etato ({job.hours} val. per savaitę)"
        en_h = f"{et.replace(',', '.')} of a full-time position ({job.hours} hours per week)"
        facts = (job.hours, False, True)
    no = f"{job.letter_date.year}-{kj(job, 'no') % 900 + 100}"
    gen = " ".join(w[:-1] + "ės" if w.endswith("inė") else w for w in emp.name.split()) \
        if emp.name.endswith("ligoninė") else emp.name
    pos_gen = job.position
    for a, b in (("as", "o"), ("ė", "ės"), ("ja", "jos"), ("jas", "jo")):
        if pos_gen.endswith(a) and not (a == "as" and pos_gen.endswith("jas")):
            pos_gen = pos_gen[:-len(a)] + b
            break
    pages = []
    # page 1: Lithuanian
    p = Page(A4)
    pages.append(p)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.text(W / 2, 52, emp.name, SB, 12, "center")
    p.text(W / 2, 66, f"{emp.street}, {emp.city}, tel. {emp.phone}, el. p. {emp.email}", S, 8.5, "center")
    p.hline(L, R, 74, 0.6)
    p.text(W / 2, 124, "PAŽYMA", SB, 15, "center")
    p.text(W / 2, 142, f"{job.letter_date.isoformat()} Nr. {no}", S, 10.5, "center")
    p.text(W / 2, 156, emp.city, S, 10.5, "center")
    if ended:
        per = (f"{job.start.isoformat()} - {job.end.isoformat()} dirbo {gen} "
               f"{'laboratorijoje' if not ward else ''} {pos_gen} pareigose, {lt_h}").replace("  ", " ")
    else:
        per = (f"nuo {job.start.isoformat()} iki šiol dirba {gen} "
               f"{'laboratorijoje' if not ward else ''} {pos_gen} pareigose, {lt_h}").replace("  ", " ")
    y = p.paragraph(L, 196, f"Pažymime, kad {nm} {per}.", S, 12, R - L, 18) + 8
    if job.departments:
        y = p.paragraph(L, y, f"{'Dirbo' if ended else 'Dirba'} šiuose padaliniuose: {', '.join(job.departments)}.",
                        S, 12, R - L, 18) + 8
    y = p.paragraph(L, y, "Pažyma išduota pateikti pagal pareikalavimą.", S, 12, R - L, 18) + 60
    sign_block(p, rng, R - 110, y, "Personalo skyriaus vedėja" if kj(job, "v") % 2 else "Direktorius", S, 10, 170,
               job.signer)
    round_stamp(p, R - 230, y - 14, 32, 0.4)
    # page 2: the translation
    q = Page(A4)
    pages.append(q)
    q.text(L, 44, "Translation from Lithuanian", SI, 9)
    q.text(W / 2, 76, emp.name, SB, 12, "center")
    q.text(W / 2, 90, f"{emp.street}, {emp.city}, tel. {emp.phone}, e-mail {emp.email}", S, 8.5, "center")
    q.text(W / 2, 130, "CERTIFICATE", SB, 15, "center")
    q.text(W / 2, 148, f"{job.letter_date.isoformat()} No. {no}", S, 10.5, "center")
    q.text(W / 2, 162, emp.city, S, 10.5, "center")
    pos_en = LT_POS_EN.get(job.position, job.position)
    unit = " laboratory" if not ward else ""
    if ended:
        per = f"worked at {emp.name}{unit} as a {pos_en} from {job.start.isoformat()} to {job.end.isoformat()}, {en_h}"
    else:
        per = f"has been working at {emp.name}{unit} as a {pos_en} since {job.start.isoformat()} until now, {en_h}"
    y = q.paragraph(L, 200, f"This is to certify that {nm} {per}.", S, 12, R - L, 18) + 8
    if job.departments:
        den = [LT_WARD_EN.get(d, LT_AREA_EN.get(d, d)) for d in job.departments]
        y = q.paragraph(L, y, f"{'Worked' if ended else 'Works'} in the following units: {', '.join(den)}.", S, 12,
                        R - L, 18) + 8
    y = q.paragraph(L, y, "The certificate is issued for submission upon request.", S, 12, R - L, 18) + 10
    q.text(L, y + 10, f"Signed: {job.signer} /signature/ [round seal of {emp.name}]", SI, 10.5)
    y += 60
    y = q.paragraph(L, y, "I, the undersigned translator, certify that this is a true and accurate translation of the "
                          "attached document from Lithuanian into English.", S, 10.5, R - L, 14) + 40
    sign_block(q, rng, L + 110, y, "Translator", S, 9.5, 170, "Vertimų biuras „Lingvija“, Vilnius")
    rubber_stamp(q, L + 290, y - 16, 46, 28, 0.45)
    q.text(L, H - 40, f"{job.letter_date.isoformat()}", S, 9)
    return LayoutResult("employment_letter", "ac_lt_ca_attestation", FAMILY, by_reading_order(pages), [nm],
                        info={"date_style": "iso", "hours_facts": facts})


def de_(w):
    return ("d'" if w[:1].lower() in "aeiouéèh" else "de ") + w


def _ca(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = natural(job, person)
    ended = job.end is not None
    ward = is_ward_job(job)
    st = job.hours_style
    if st == "fulltime_only":
        hrs, facts = "à temps complet", (None, True, False)
    elif job.hours >= 35:
        job.hours = 35
        hrs, facts = "à temps complet (35 heures par semaine)", (35, True, False)
    else:
        hrs, facts = f"à temps partiel ({job.hours} heures par semaine)", (job.hours, False, True)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 62, W - 62
    p.rect(L, 40, 70, 30, 0.6, 0.2)
    p.text(L + 35, 54, "Québec", SB, 9.5, "center")
    p.text(L + 35, 64, "Santé et Services sociaux", S, 4.8, "center")
    p.text(L + 84, 52, emp.name, SB, 11)
    p.text(L + 84, 64, "Direction des ressources humaines, des communications et des affaires juridiques", S, 7.5)
    p.text(R, 100, f"{emp.city}, le {job.letter_date.isoformat()}", S, 10, "right")
    p.text(W / 2, 150, "ATTESTATION D'EMPLOI", SB, 15, "center")
    p.text(L, 184, "À qui de droit,", S, 10.5)
    mat = kj(job, "mat") % 900000 + 100000
    if ward:
        prep = {"unité de médecine-chirurgie": "à l'unité de médecine-chirurgie", "urgence": "à l'urgence",
                "pédiatrie": "en pédiatrie", "bloc opératoire": "au bloc opératoire"}
        where = (join([prep.get(d, "à " + d) for d in job.departments], "et") if job.departments else
                 "dans nos installations")
    elif job.departments:
        where = (f"au laboratoire de biologie médicale (secteurs : {', '.join(job.departments)})")
    else:
        where = "au laboratoire de biologie médicale"
    if ended:
        per = (f"a occupé un poste {de_(job.position)} {hrs} {where} du {job.start.isoformat()} au "
               f"{job.end.isoformat()}")
    else:
        per = f"occupe un poste {de_(job.position)} {hrs} {where} depuis le {job.start.isoformat()}"
    y = p.paragraph(L, 208, f"Par la présente, nous attestons que {'Mme' if fem else 'M.'} {nm} (matricule {mat}) "
                            f"{per}.", S, 10.5, R - L, 15) + 10
    y = p.paragraph(L, y, f"Cette attestation est délivrée à la demande de {'l’employée' if fem else 'l’employé'} "
                          f"pour servir à toutes fins utiles.", S, 10.5, R - L, 15) + 50
    sign_block(p, rng, L + 110, y, job.signer, S, 9.5, 180, "Conseillère en gestion des ressources humaines"
               if kj(job, "f") % 2 else "Chef de service - Dotation")
    return LayoutResult("employment_letter", "ac_lt_ca_attestation", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "iso", "hours_facts": facts})


def ac_lt_ca_attestation(job, person, rng, as_of):
    return _ca(job, person, rng, as_of) if job.employer.country == "CA" else _lt(job, person, rng, as_of)


LETTER_LAYOUTS = {"ac_es_servicios": (ac_es_servicios, FAMILY, ("ES",)),
                  "ac_de_al_zeugnis": (ac_de_al_zeugnis, FAMILY, ("DE", "AL")),
                  "ac_lt_ca_attestation": (ac_lt_ca_attestation, FAMILY, ("LT", "CA"))}
