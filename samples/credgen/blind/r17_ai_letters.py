"""Writer AI, round 17: employment letters for EE, SI, AT, PK and ET (four designs; the second, third
and fourth drawn per country).

ai_ee_toend: EE "TÕEND" ("... kinnitab, et <name> (isikukood ...) töötab ... laboris bioanalüütikuna
    alates 01.09.2018 tänaseni, täistööajaga (40 tundi nädalas). Tõend on väljastatud esitamiseks
    nõudmise kohas."), with a digital-signature line instead of a signature.
ai_si_at_letter: SI "POTRDILO O ZAPOSLITVI" ("... potrjujemo, da je <name> pri nas zaposlena od
    1. 10. 2018 dalje, za nedoločen čas, s polnim delovnim časom 40 ur tedensko, na delovnem mestu
    inženir laboratorijske biomedicine, v Oddelku za laboratorijsko diagnostiko"); AT "DIENSTZEUGNIS"
    (a full reference: "Frau <name>, geboren am ..., war vom 1. September 2017 bis 31. August 2020 in
    unserem Zentrallabor als Biomedizinische Analytikerin im Ausmaß von 30 Wochenstunden (Teilzeit)
    beschäftigt. Ihr Aufgabengebiet umfasste ...", closing wishes, the laboratory head and HR).
ai_pk_et_letter: PK hospital "EXPERIENCE CERTIFICATE" ("It is certified that Ms. <name> D/O <father>
    has served in this hospital as Medical Technologist (BPS-16) in the Pathology Department (...)
    w.e.f. 02-01-2019 to 31-12-2021 on full-time basis. She bears a good moral character.", Medical
    Superintendent, "No. 1234/Admin dated 05-01-2022"); ET hospital letter ("To Whom It May Concern:
    ... has been working in our hospital as a Medical Laboratory Technologist from 01/09/2018 G.C.
    (22/12/2010 E.C.) up to now ... monthly salary ..."), letterhead with Amharic as a picture.

Hours: the printed week is the truth's (an Estonian or Slovenian full-time week printed as 40 hours,
an Austrian one as 40 "Wochenstunden (Vollzeit)"). A letter that says only "full-time"
("täistööajaga", "s polnim delovnim časom", "Vollzeit", "on full-time basis", "on permanent
full-time basis") has no number (40, the dossier's rule). Positions and ward names the profile gives
in English are printed in the letter's language and the job's position / department phrases are set
to the printed forms.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r17_ai_common import (FAMILY, by_reading_order, dmy, join, kept_dob, kj, nat_job, ring_stamp, round_stamp,
                            sign_block)

POS = {"EE": {"Staff Nurse": "õde", "Laboratory Aide": "laboriabiline"},
       "SI": {"Staff Nurse": ("diplomirana medicinska sestra", "diplomirani zdravstvenik"),
              "Laboratory Aide": ("laboratorijska pomočnica", "laboratorijski pomočnik")},
       "AT": {"Staff Nurse": ("Diplomierte Gesundheits- und Krankenpflegerin",
                              "Diplomierter Gesundheits- und Krankenpfleger"),
              "Laboratory Aide": ("Laborgehilfin", "Laborgehilfe"),
              "Biomedizinischer Analytiker": ("Biomedizinische Analytikerin", "Biomedizinischer Analytiker"),
              "Laborassistent": ("Laborassistentin", "Laborassistent")}}
WARD = {"EE": {"Medical-Surgical Ward": "sisehaiguste ja kirurgia osakond", "Emergency Room": "erakorralise "
               "meditsiini osakond", "Pediatric Ward": "lasteosakond", "Operating Room": "operatsiooniosakond"},
        "SI": {"Medical-Surgical Ward": "Interno-kirurški oddelek", "Emergency Room": "Urgentni center",
               "Pediatric Ward": "Otroški oddelek", "Operating Room": "Operacijski blok"},
        "AT": {"Medical-Surgical Ward": "Interne und chirurgische Station", "Emergency Room": "Zentrale Notaufnahme",
               "Pediatric Ward": "Kinderstation", "Operating Room": "OP-Bereich"}}
WARD_ALL = {v for c in WARD.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                            "Pediatric Ward", "Operating Room"}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if isinstance(pos, tuple):
        job.position = pos[0] if person.sex == "F" else pos[1]
    elif pos:
        job.position = pos
    wards = WARD.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def full_or_part(job):
    """("full", None) = only the word; ("full", h) or ("part", h) with the printed week."""
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


def hnum(h):
    h = float(h)
    return str(int(h)) if h.is_integer() else f"{h:.1f}".replace(".", ",")


# --- EE ---------------------------------------------------------------------------------------------
EE_ESSIV = {"bioanalüütik": "bioanalüütikuna", "laborant": "laborandina", "õde": "õena",
            "laboriabiline": "laboriabilisena"}


def ai_ee_toend(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat_job(job, person)
    kind, h = full_or_part(job)
    if kind == "part":
        aeg, facts = f"osalise tööajaga ({hnum(h)} tundi nädalas)", (h, False, True)
    elif h is None:
        aeg, facts = "täistööajaga", (None, True, False)
    else:
        job.hours = 40
        aeg, facts = "täistööajaga (40 tundi nädalas)", (40, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 64
    p.text(L, 60, emp.name, SB, 13)
    p.text(L, 74, f"{emp.street} | tel {emp.phone} | {emp.email}", S, 8.5)
    p.hline(L, R, 84, 0.5)
    p.pieces(120, [(L, f"{emp.city}, {dmy(job.letter_date)}", "left"),
                   (R, f"Nr 1-7/{kj(job, 'nr') % 900 + 100}", "right")], S, 10)
    p.text(L, 170, "TÕEND", SB, 15)
    dob = kept_dob(person)
    from .r17_ai_ee import ee_isikukood
    ik = f" (isikukood {ee_isikukood(person, dob)})" if dob else ""
    ess = EE_ESSIV.get(job.position, job.position)
    if is_ward(job):
        where = f"{join(job.departments, 'ja')}"
    elif job.departments:
        where = f"laboris ({join(job.departments, 'ja')})"
    else:
        where = "laboris"
    if job.end is None:
        s1 = (f"{emp.name} kinnitab, et {nm}{ik} töötab {emp.name} {where} {ess} alates {dmy(job.start)} "
              f"tänaseni, {aeg}.")
    else:
        s1 = (f"{emp.name} kinnitab, et {nm}{ik} töötas {emp.name} {where} {ess} ajavahemikul "
              f"{dmy(job.start)} kuni {dmy(job.end)}, {aeg}.")
    y = p.paragraph(L, 200, s1, S, 10.5, R - L, 15.5) + 10
    y = p.paragraph(L, y, "Tõend on väljastatud esitamiseks nõudmise kohas.", S, 10.5, R - L, 15.5) + 40
    p.text(L, y, "Lugupidamisega", S, 10.5)
    p.text(L, y + 30, "/allkirjastatud digitaalselt/", S, 10)
    p.text(L, y + 46, job.signer, S, 10.5)
    p.text(L, y + 60, "personalijuht", S, 10.5)
    return LayoutResult("employment_letter", "ai_ee_toend", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dot", "hours_facts": facts})


# --- SI / AT ---------------------------------------------------------------------------------------
DE_MONTHS = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def si_d(d):
    return f"{d.day}. {d.month}. {d.year}"


def de_d(d):
    return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"


def _si(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat_job(job, person)
    kind, h = full_or_part(job)
    if kind == "part":
        cas, facts = f"s krajšim delovnim časom {hnum(h)} ur tedensko", (h, False, True)
    elif h is None:
        cas, facts = "s polnim delovnim časom", (None, True, False)
    else:
        job.hours = 40
        cas, facts = "s polnim delovnim časom 40 ur tedensko", (40, True, False)
    p = Page(A4)
    W = p.w
    L, R = 66, W - 62
    p.logo(L + 14, 58, 14, 1, 0.35)
    p.text(L + 36, 54, emp.name, SB, 12)
    p.text(L + 36, 67, emp.street, S, 9)
    p.text(L + 36, 79, f"Kadrovska služba | tel. {emp.phone}", S, 9)
    p.hline(L, R, 90, 0.5)
    p.text(L, 124, f"Številka: 1003-{kj(job, 'st') % 900 + 100}/{job.letter_date.year}", S, 9.5)
    p.text(L, 137, f"Datum: {si_d(job.letter_date)}", S, 9.5)
    p.text(W / 2, 180, "POTRDILO O ZAPOSLITVI", SB, 15, "center")
    dob = kept_dob(person)
    born = f", {'rojena' if fem else 'rojen'} {si_d(dob)}," if dob else ""
    zap = "zaposlena" if fem else "zaposlen"
    if job.end is None:
        when = f"pri nas {zap} od {si_d(job.start)} dalje"
        verb = "je"
    else:
        when = f"pri nas {zap} od {si_d(job.start)} do {si_d(job.end)}"
        verb = "je bila" if fem else "je bil"
    if is_ward(job) or job.departments:
        where = f", v organizacijski enoti {join(job.departments, 'in')}"
    else:
        where = ""
    s1 = (f"S tem potrjujemo, da {verb} {nm}{born} {when}, za nedoločen čas, {cas}, na delovnem mestu "
          f"{job.position}{where}.")
    y = p.paragraph(L, 220, s1, S, 10.5, R - L, 15.5) + 10
    y = p.paragraph(L, y, "Potrdilo se izdaja na prošnjo zaposlene za namen uveljavljanja poklicne kvalifikacije v "
                    "tujini in se ne sme uporabiti v druge namene." if fem else "Potrdilo se izdaja na prošnjo "
                    "zaposlenega za namen uveljavljanja poklicne kvalifikacije v tujini in se ne sme uporabiti v druge "
                    "namene.", S, 10.5, R - L, 15.5) + 60
    sign_block(p, rng, R - 110, y, "Vodja kadrovske službe", S, 9.5, 170, job.signer)
    round_stamp(p, R - 250, y - 12, 30, 0.45)
    return LayoutResult("employment_letter", "ai_si_at_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_spaced", "hours_facts": facts})


def _at(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat_job(job, person)
    kind, h = full_or_part(job)
    if kind == "part":
        aus, facts = f"im Ausmaß von {hnum(h)} Wochenstunden (Teilzeit)", (h, False, True)
    elif h is None:
        aus, facts = "in Vollzeit", (None, True, False)
    else:
        job.hours = 40
        aus, facts = "im Ausmaß von 40 Wochenstunden (Vollzeit)", (40, True, False)
    p = Page(A4)
    W = p.w
    L, R = 70, W - 64
    p.text(R, 56, emp.name, SB, 12, "right")
    p.text(R, 69, emp.street, S, 8.5, "right")
    p.text(R, 81, f"Tel. {emp.phone} | {emp.email}", S, 8.5, "right")
    p.text(L, 136, f"{emp.city}, am {de_d(job.letter_date)}", S, 10)
    p.text(L, 182, "DIENSTZEUGNIS", SB, 16)
    dob = kept_dob(person)
    who = f"{'Frau' if fem else 'Herr'} {nm}" + (f", geboren am {de_d(dob)}," if dob else "")
    lab = "in unserem Zentrallabor" if not is_ward(job) and emp.kind != "lab" else "in unserem Haus" \
        if is_ward(job) else "in unserem Labor"
    if job.end is None:
        s1 = f"{who} ist seit {de_d(job.start)} {lab} als {job.position} {aus} beschäftigt."
    else:
        s1 = f"{who} war vom {de_d(job.start)} bis {de_d(job.end)} {lab} als {job.position} {aus} beschäftigt."
    ihr = "Ihr" if fem else "Sein"
    if is_ward(job):
        s2 = f"{ihr} Einsatzbereich umfasste die {join(job.departments, 'und')}."
    elif job.departments:
        s2 = (f"{ihr} Aufgabengebiet umfasste die selbständige Durchführung von Analysen in den Bereichen "
              f"{join(job.departments, 'und')}, die technische Validierung der Ergebnisse, Wartung und "
              f"Qualitätskontrolle der Analysensysteme sowie die Mitarbeit im Bereitschaftsdienst.")
    else:
        s2 = (f"{ihr} Aufgabengebiet umfasste die Probenvorbereitung und die Durchführung von Laboranalysen, die "
              f"Qualitätskontrolle sowie die Mitarbeit im Bereitschaftsdienst.")
    sie = "Sie" if fem else "Er"
    s3 = (f"{sie} erledigte die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Das Verhalten gegenüber "
          f"Vorgesetzten, Kolleginnen und Kollegen sowie Patientinnen und Patienten war jederzeit einwandfrei.")
    if job.end is None:
        s4 = "Dieses Zeugnis wird auf Wunsch der Dienstnehmerin ausgestellt." if fem else \
            "Dieses Zeugnis wird auf Wunsch des Dienstnehmers ausgestellt."
    else:
        s4 = (f"Das Dienstverhältnis endete auf eigenen Wunsch. Wir danken {'Frau' if fem else 'Herrn'} "
              f"{nm.split()[-1]} für die Mitarbeit und wünschen {'ihr' if fem else 'ihm'} für den weiteren "
              f"beruflichen und privaten Lebensweg alles Gute.")
    y = 214
    for t in (s1, s2, s3, s4):
        y = p.paragraph(L, y, t, S, 10.3, R - L, 15) + 9
    y += 60
    head = ["Prim. Dr. Wolfgang Aichinger", "OÄ Dr. Ingrid Strasser", "Dr. Helmut Kogler"][kj(job, "head") % 3]
    sign_block(p, rng, L + 90, y, "Leitung Zentrallabor", S, 9, 160, head)
    sign_block(p, rng, R - 90, y, "Personalabteilung", S, 9, 160, job.signer)
    return LayoutResult("employment_letter", "ai_si_at_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "long_de", "hours_facts": facts})


def ai_si_at_letter(job, person, rng, as_of):
    return _si(job, person, rng, as_of) if job.employer.country == "SI" else _at(job, person, rng, as_of)


# --- PK / ET ---------------------------------------------------------------------------------------
def dmy_dash(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _hours_en(job, kind, h):
    if kind == "part":
        return f"on part-time basis ({hnum(h)} hours per week)", (h, False, True)
    if h is None:
        return "on full-time basis", (None, True, False)
    if job.hours_style == "daily" and h == 48:
        return "on full-time basis (8 hours a day, six days a week)", (48, True, False)
    return f"on full-time basis ({hnum(h)} hours per week)", (h, True, False)


def _pk(job, person, rng, as_of):
    from . import r1_a_kit as KIT
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = nat_job(job, person)
    hon = "Ms." if fem else "Mr."
    kind, h = full_or_part(job)
    hrs, facts = _hours_en(job, kind, h)
    p = Page(A4)
    W = p.w
    L, R = 64, W - 60
    p.logo(W / 2, 50, 18, 0, 0.3)
    p.text(W / 2, 90, emp.name.upper(), TB, 15, "center")
    p.text(W / 2, 104, f"{emp.street}, {emp.city}", T, 9.5, "center")
    p.text(W / 2, 116, f"Phone: {emp.phone} Email: {emp.email}", T, 9, "center")
    p.hline(L, R, 124, 1.2)
    p.text(L, 150, f"No. {kj(job, 'no') % 9000 + 1000}/Admin dated {dmy_dash(job.letter_date)}", T, 10.5)
    p.text(W / 2, 196, "EXPERIENCE CERTIFICATE", TB, 15, "center")
    p.hline(W / 2 - 92, W / 2 + 92, 199, 0.6)
    father = KIT.father_name(person)
    pos = job.position + (" (BPS-16)" if "Technologist" in job.position and "Senior" not in job.position else
                          " (BPS-17)" if "Senior" in job.position else "")
    if is_ward(job):
        dept = f"in the {join(job.departments, 'and')}"
    elif job.departments:
        dept = f"in the Pathology Department ({join(job.departments, 'and')} sections)"
    else:
        dept = "in the Pathology Department"
    span = (f"w.e.f. {dmy_dash(job.start)} till date" if job.end is None else
            f"w.e.f. {dmy_dash(job.start)} to {dmy_dash(job.end)}")
    verb = "is serving" if job.end is None else "has served"
    s1 = (f"It is certified that {hon} {nm} {KIT.so_do(person)} {father} {verb} in this hospital as {pos} {dept} "
          f"{span} {hrs}. {'She' if fem else 'He'} bears a good moral character.")
    y = p.paragraph(L, 236, s1, T, 12, R - L, 19) + 12
    y = p.paragraph(L, y, f"We wish {'her' if fem else 'him'} success in future.", T, 12, R - L, 19) + 80
    sign_block(p, rng, R - 100, y, "Medical Superintendent", TB, 10.5, 170, job.signer)
    ring_stamp(p, R - 250, y - 10, 32, f"{emp.name.upper()} * {emp.city.upper()} *")
    return LayoutResult("employment_letter", "ai_pk_et_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "dmy_dash", "hours_facts": facts})


def _et(job, person, rng, as_of):
    from .r2_d_et import eth_date
    from .r17_ai_common import geez_line
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat_job(job, person)
    hon = "Ms." if fem else "Mr."
    kind, h = full_or_part(job)
    if kind == "part":
        hrs, facts = f"on a part-time basis ({hnum(h)} hours per week)", (h, False, True)
    elif h is None:
        hrs, facts = "on a permanent full-time basis", (None, True, False)
    else:
        hrs, facts = f"on a full-time basis ({hnum(h)} hours per week)", (h, True, False)

    def ec(d):
        y, m, dd = eth_date(d)
        return f"{dd:02d}/{m:02d}/{y}"

    p = Page(A4)
    W, H = p.w, p.h
    L, R = 62, W - 60
    p.logo(L + 20, 62, 20, 1, 0.3)
    am = "ሆስፒታል" if emp.kind != "lab" else "የምርመራ ላቦራቶሪ"
    geez_line(p, W / 2 + 20, 52, f"{'ጠቅላላ ' if emp.kind != 'lab' else ''}{am}", 14)
    p.text(W / 2 + 20, 74, emp.name, SB, 13, "center")
    p.text(W / 2 + 20, 87, f"{emp.street}, {emp.city} | Tel. {emp.phone}", S, 8.5, "center")
    p.hline(L, R, 96, 1.0)
    p.text(R, 120, f"Ref. No. HR/{kj(job, 'ref') % 900 + 100}/{eth_date(job.letter_date)[0] % 100:02d}", S, 9.5,
           "right")
    p.text(R, 133, f"Date: {dmy(job.letter_date, '/')} G.C. ({ec(job.letter_date)} E.C.)", S, 9.5, "right")
    p.text(L, 170, "To Whom It May Concern", SB, 11.5)
    if is_ward(job):
        unit = f" in the {join(job.departments, 'and')}"
    elif job.departments:
        unit = f" in the {join(job.departments, 'and')} {'unit' if len(job.departments) == 1 else 'units'} of our laboratory"
    else:
        unit = ""
    salary = 5200 + kj(job, "sal") % 60 * 75
    if job.end is None:
        s1 = (f"This is to certify that {hon} {nm} has been working in our hospital as a {job.position}{unit} from "
              f"{dmy(job.start, '/')} G.C. ({ec(job.start)} E.C.) up to now, {hrs}.")
    else:
        s1 = (f"This is to certify that {hon} {nm} worked in our hospital as a {job.position}{unit} from "
              f"{dmy(job.start, '/')} G.C. ({ec(job.start)} E.C.) to {dmy(job.end, '/')} G.C. ({ec(job.end)} E.C.), "
              f"{hrs}.")
    s2 = (f"{'Her' if fem else 'His'} {'current ' if job.end is None else ''}monthly salary "
          f"{'is' if job.end is None else 'was'} ETB {salary:,}.00 (gross). During this period "
          f"{'she' if fem else 'he'} has shown good conduct and professional competence.")
    s3 = "This letter is issued upon the request of the employee."
    y = 200
    for t in (s1, s2, s3):
        y = p.paragraph(L, y, t, S, 10.5, R - L, 16) + 10
    y += 60
    sign_block(p, rng, L + 100, y, "Human Resource Management Directorate", S, 8.5, 190, job.signer)
    ring_stamp(p, L + 240, y - 14, 30, f"{emp.name.upper()} * ETHIOPIA *")
    if not is_ward(job):
        p.text(L, y + 40, "cc: Laboratory Department", S, 8.5)
    return LayoutResult("employment_letter", "ai_pk_et_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "dmy_slash_ec", "hours_facts": facts})


def ai_pk_et_letter(job, person, rng, as_of):
    return _pk(job, person, rng, as_of) if job.employer.country == "PK" else _et(job, person, rng, as_of)


LETTER_LAYOUTS = {"ai_ee_toend": (ai_ee_toend, FAMILY, ("EE",)),
                  "ai_si_at_letter": (ai_si_at_letter, FAMILY, ("SI", "AT")),
                  "ai_pk_et_letter": (ai_pk_et_letter, FAMILY, ("PK", "ET"))}
