"""Writer AG, round 16: employment letters for SK, LV, FI, NZ and IN (three designs; the second and third
drawn per country).

ag_sk_potvrdenie: SK "POTVRDENIE O ZAMESTNANÍ" from a hospital's HR ("Týmto potvrdzujeme, že pani ...,
    nar. 3. 5. 1996, je u nás zamestnaná v pracovnom pomere na neurčitý čas od 1. 9. 2017 doteraz na
    pracovnej pozícii zdravotnícka laborantka na pracovisku Oddelenie klinickej biochémie, na plný
    pracovný úväzok s ustanoveným týždenným pracovným časom 37,5 hodiny. Potvrdenie sa vydáva na žiadosť
    zamestnankyne."), dates day. month. year with spaces.
ag_lv_fi_letter: LV "IZZIŅA" ("Izsniegta ... (personas kods ...) par to, ka viņa strādā SIA “...”
    laboratorijā par biomedicīnas laboranti no 2019. gada 1. augusta līdz šim brīdim; normālais darba
    laiks 40 stundas nedēļā"); FI "TYÖTODISTUS / CERTIFICATE OF EMPLOYMENT", each line in Finnish with the
    English below ("Työsuhteen kesto / Period of employment: 1.2.2019 - 31.7.2021", "Tehtävät / Duties:
    bioanalyytikko, kliininen kemia ja hematologia", "Työaika / Working hours: osa-aikainen 80 % (30
    h/vko)"), no reason for leaving, the HR signature.
ag_nz_in_letter: NZ district health board letter "RE: Confirmation of Employment" ("... has been
    employed by ... as a Medical Laboratory Scientist in our Microbiology and Molecular Diagnostics
    departments since 6 January 2019. She holds a permanent full-time position (1.0 FTE, 80 hours per
    fortnight). She is registered with the Medical Sciences Council of New Zealand ..."); IN hospital
    "EXPERIENCE CERTIFICATE" ("This is to certify that Ms. ... D/o ... was working in our hospital as a
    Lab Technician in the Department of Laboratory Medicine (Biochemistry, Haematology and Clinical
    Pathology sections) from 01-06-2017 to 30-11-2020. During this period her conduct and character
    were good. We wish her success in future endeavours.", "Ref: HR/EXP/2020/1187", a round seal and the
    Medical Superintendent's signature).

Hours: the printed week is the truth's. A Slovak full-time week is printed as 37.5 hours, a Latvian one
as 40, a Finnish one as 38.25 ("kokoaikainen (38,25 h/vko)"), a New Zealand one as 80 hours a
fortnight (40 a week; a part-time job as its FTE and hours a fortnight, the truth's week = half of
them), an Indian one as the profile's week (48 for "8 hours a day, six days a week"). A letter saying
only "full-time" ("na plný pracovný úväzok", "uz pilnu slodzi", "kokoaikainen", "permanent full-time
position", "on a full-time basis") has no number (40, the dossier's rule). Positions and ward names
the profile gives in English or in the masculine are printed in the letter's language and the
holder's gender, and the job's position / department phrases are set to the printed forms (the
Latvian sentence puts the position in the accusative after "par"; the truth keeps its nominative).
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r16_ag_common import (FAMILY, LV_MONTHS_GEN, by_reading_order, comma, en_date, fem_fix, join, kept_dob, kj, lv_date,
                            ring_stamp, round_stamp, sign_block)

POS = {"SK": {"zdravotnícky laborant": "zdravotnícka laborantka", "laborant": "laborantka",
              "odborný pracovník v laboratóriu": "odborná pracovníčka v laboratóriu",
              "Staff Nurse": ("sestra", "ošetrovateľ"), "Laboratory Aide": ("sanitárka", "sanitár")},
       "LV": {"biomedicīnas laborants": "biomedicīnas laborante", "laborants": "laborante",
              "laboratorijas speciālists": "laboratorijas speciāliste",
              "Staff Nurse": ("māsa", "māsa"), "Laboratory Aide": ("laboratorijas palīdze", "laboratorijas palīgs")},
       "FI": {"Staff Nurse": ("sairaanhoitaja", "sairaanhoitaja"),
              "Laboratory Aide": ("laboratorioapulainen", "laboratorioapulainen")},
       "NZ": {"Staff Nurse": ("Registered Nurse", "Registered Nurse"),
              "Laboratory Aide": ("Laboratory Assistant", "Laboratory Assistant")}}
LV_ACC = {"biomedicīnas laborante": "biomedicīnas laboranti", "biomedicīnas laborants": "biomedicīnas laborantu",
          "laborante": "laboranti", "laborants": "laborantu", "laboratorijas speciāliste": "laboratorijas speciālisti",
          "laboratorijas speciālists": "laboratorijas speciālistu", "māsa": "māsu",
          "laboratorijas palīdze": "laboratorijas palīdzi", "laboratorijas palīgs": "laboratorijas palīgu"}
WARD = {"SK": {"Medical-Surgical Ward": "Interné a chirurgické oddelenie", "Emergency Room": "Urgentný príjem",
               "Pediatric Ward": "Detské oddelenie", "Operating Room": "Centrálne operačné sály"},
        "LV": {"Medical-Surgical Ward": "Internās un ķirurģijas nodaļa", "Emergency Room": "Uzņemšanas nodaļa",
               "Pediatric Ward": "Bērnu nodaļa", "Operating Room": "Operāciju bloks"},
        "FI": {"Medical-Surgical Ward": "sisätauti-kirurginen osasto", "Emergency Room": "päivystys",
               "Pediatric Ward": "lastenosasto", "Operating Room": "leikkausosasto"},
        "NZ": {}, "IN": {}}
WARD_ALL = {v for c in WARD.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                            "Pediatric Ward", "Operating Room"}
LV_DAT = ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam", "septembrim",
          "oktobrim", "novembrim", "decembrim"]


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


def nat(job, person):
    return " ".join(x for x in (person.given, person.middle, job.surname_override or person.surname) if x)


def full_or_part(job):
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


def num(h):
    return str(int(h)) if float(h).is_integer() else comma(h, 1 if (h * 10).is_integer() else 2)


# --- SK -------------------------------------------------------------------------------------------
def sk_d(d):
    return f"{d.day}. {d.month}. {d.year}"


def ag_sk_potvrdenie(job, person, rng, as_of):
    fem_fix(person, job)
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        uv, facts = f"na kratší pracovný čas {num(h)} hodín týždenne", (h, False, True)
    elif h is None:
        uv, facts = "na plný pracovný úväzok", (None, True, False)
    else:
        job.hours = 37.5
        uv, facts = "na plný pracovný úväzok s ustanoveným týždenným pracovným časom 37,5 hodiny", (37.5, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.logo(L + 16, 60, 16, 0, 0.3)
    p.text(L + 42, 54, emp.name, SB, 12)
    p.text(L + 42, 67, f"{emp.street}, {emp.city}", S, 9)
    p.text(L + 42, 79, "Úsek ľudských zdrojov" if emp.kind != "lab" else "Personálne oddelenie", S, 9)
    p.hline(L, R, 90, 0.5)
    p.pieces(118, [(L, f"Číslo: ĽZ/{kj(job, 'c') % 900 + 100}/{job.letter_date.year}", "left"),
                   (R, f"{emp.city}, {sk_d(job.letter_date)}", "right")], S, 9.5)
    p.text(W / 2, 168, "POTVRDENIE O ZAMESTNANÍ", SB, 15, "center")
    if is_ward(job):
        kde = f"na {'pracovisku' if len(job.departments) == 1 else 'pracoviskách'} {join(job.departments, 'a')}"
    elif job.departments:
        kde = f"na {'pracovisku' if len(job.departments) == 1 else 'pracoviskách'} {join(job.departments, 'a')}"
    else:
        kde = "v laboratóriu"
    zam = "zamestnaná" if fem else "zamestnaný"
    dob = kept_dob(person)[0]
    who = f"{'pani' if fem else 'pán'} {nm}" + (f", nar. {sk_d(dob)}," if dob else "")
    if ended:
        s1 = (f"Týmto potvrdzujeme, že {who} {'bola' if fem else 'bol'} u nás {zam} v pracovnom pomere na neurčitý čas "
              f"od {sk_d(job.start)} do {sk_d(job.end)} na pracovnej pozícii {job.position} {kde}, {uv}.")
    else:
        s1 = (f"Týmto potvrdzujeme, že {who} je u nás {zam} v pracovnom pomere na neurčitý čas od {sk_d(job.start)} "
              f"doteraz na pracovnej pozícii {job.position} {kde}, {uv}.")
    txt = [s1, "Potvrdenie sa vydáva na žiadosť zamestnan" + ("kyne." if fem else "ca.")]
    y = 210
    for t in txt:
        y = p.paragraph(L, y, t, S, 10.5, R - L, 15.5) + 10
    y += 70
    sign_block(p, rng, R - 110, y, job.signer, S, 9.5, 170, "vedúca úseku ľudských zdrojov" if job.signer.startswith(
        ("Ing. Alena", "Mgr. Ivana")) else "vedúci úseku ľudských zdrojov")
    round_stamp(p, R - 250, y - 14, 30, 0.45)
    return LayoutResult("employment_letter", "ag_sk_potvrdenie", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_spaced", "hours_facts": facts})


# --- LV / FI --------------------------------------------------------------------------------------
def lv_gen(d):
    return f"{d.year}. gada {d.day}. {LV_MONTHS_GEN[d.month - 1]}"


def lv_dat(d):
    return f"{d.year}. gada {d.day}. {LV_DAT[d.month - 1]}"


def _lv(job, person, rng, as_of):
    fem_fix(person, job)
    localise(job, person)
    emp = job.employer
    S, SB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    nm = nat(job, person)
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        dl, facts = f"nepilns darba laiks, {num(h)} stundas nedēļā", (h, False, True)
    elif h is None:
        dl, facts = "darbs uz pilnu slodzi", (None, True, False)
    else:
        job.hours = 40
        dl, facts = "normālais darba laiks 40 stundas nedēļā", (40, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 64
    p.text(W / 2, 56, emp.name, SB, 13, "center")
    p.text(W / 2, 70, f"Reģ. Nr. 4000{kj(job, 'reg') % 9000000 + 1000000}", S, 9, "center")
    p.text(W / 2, 82, f"{emp.street}, {emp.city}, LV-{kj(job, 'lv') % 9000 + 1000}, tālr. {emp.phone}", S, 9, "center")
    p.hline(L, R, 92, 0.6)
    p.pieces(124, [(L, f"{emp.city}, {lv_date(job.letter_date)}", "left"),
                   (R, f"Nr. 1-{kj(job, 'nr') % 90 + 10}/{kj(job, 'nr2') % 900 + 100}", "right")], S, 10.5)
    p.text(W / 2, 172, "IZZIŅA", SB, 16, "center")
    acc = LV_ACC.get(job.position, job.position)
    pk = kept_dob(person)[1]
    pkt = f" (personas kods {pk})" if pk else ""
    if is_ward(job):
        where = f"{emp.name} ({join(job.departments, 'un')})"
    elif job.departments:
        where = f"{emp.name} laboratorijā ({join(job.departments, 'un')})"
    else:
        where = f"{emp.name} laboratorijā"
    if ended:
        s1 = (f"Izsniegta {nm}{pkt} par to, ka {'viņa strādāja' if fem else 'viņš strādāja'} "
              f"{where} par {acc} no {lv_gen(job.start)} līdz {lv_dat(job.end)}; {dl}.")
    else:
        s1 = (f"Izsniegta {nm}{pkt} par to, ka {'viņa strādā' if fem else 'viņš strādā'} {where} par "
              f"{acc} no {lv_gen(job.start)} līdz šim brīdim; {dl}.")
    txt = [s1, "Izziņa izsniegta iesniegšanai pēc pieprasījuma."]
    y = 214
    for t in txt:
        y = p.paragraph(L, y, t, S, 12, R - L, 17) + 10
    y += 70
    sign_block(p, rng, R - 110, y, job.signer, S, 10, 170, "Personāla daļas vadītāja" if job.signer.startswith(
        ("Inese", "Sandra")) else "Personāla daļas vadītājs")
    ring_stamp(p, R - 260, y - 14, 30, f"{emp.name.upper()} * {emp.city.upper()} *")
    return LayoutResult("employment_letter", "ag_lv_fi_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "lv_long", "hours_facts": facts})


def fi_d(d):
    return f"{d.day}.{d.month}.{d.year}"


def _fi(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    nm = nat(job, person)
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        pct = int(round(h / 38.25 * 20)) * 5
        fi_t, en_t, facts = (f"osa-aikainen {pct} % ({num(h)} h/vko)", f"part-time {pct}% ({h:g} h/week)",
                             (h, False, True))
    elif h is None:
        fi_t, en_t, facts = "kokoaikainen", "full-time", (None, True, False)
    else:
        job.hours = 38.25
        fi_t, en_t, facts = "kokoaikainen (38,25 h/vko)", "full-time (38.25 h/week)", (38.25, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.logo(L + 16, 58, 16, 2, 0.3)
    p.text(L + 40, 54, emp.name, SB, 11.5)
    p.text(L + 40, 67, f"{emp.street}, {emp.city}", S, 8.5)
    p.text(R, 54, fi_d(job.letter_date), S, 10, "right")
    p.text(L, 120, "TYÖTODISTUS", SB, 16)
    p.text(L, 136, "CERTIFICATE OF EMPLOYMENT", S, 11)
    per_fi = f"{fi_d(job.start)} - {fi_d(job.end)}" if ended else f"{fi_d(job.start)} alkaen (työsuhde jatkuu)"
    per_en = f"{en_date(job.start)} - {en_date(job.end)}" if ended else \
        f"since {en_date(job.start)} (employment continues)"
    duty_fi = job.position + (f", {join(job.departments, 'ja')}" if job.departments else "")
    duty_en = {"bioanalyytikko": "biomedical laboratory scientist", "laboratoriohoitaja": "laboratory nurse",
               "laborantti": "laboratory technician", "sairaanhoitaja": "registered nurse",
               "laboratorioapulainen": "laboratory assistant"}.get(job.position, job.position)
    en_dep = {"kliininen kemia": "clinical chemistry", "hematologia": "haematology", "veripalvelu": "blood service",
              "kliininen mikrobiologia": "clinical microbiology", "immunologia": "immunology",
              "virtsa-analytiikka": "urinalysis", "molekyylidiagnostiikka": "molecular diagnostics",
              "näytteenotto": "specimen collection", "patologia": "pathology",
              "sisätauti-kirurginen osasto": "medical-surgical ward", "päivystys": "emergency department",
              "lastenosasto": "paediatric ward", "leikkausosasto": "operating theatre"}
    if job.departments:
        duty_en += ", " + join([en_dep.get(d, d) for d in job.departments], "and")
    rows = [("Työntekijä", "Employee", nm, nm),
            ("Työnantaja", "Employer", emp.name, emp.name),
            ("Työsuhteen kesto", "Period of employment", per_fi, per_en),
            ("Tehtävät", "Duties", duty_fi, duty_en),
            ("Työaika", "Working hours", fi_t, en_t)]
    y = 180
    for lf, le, vf, ve in rows:
        p.text(L, y, f"{lf} /", SB, 9.5)
        p.text(L, y + 11, f"{le}:", SB, 8.5)
        yv = p.paragraph(L + 150, y, vf, S, 10.5, R - L - 150, 13)
        if ve != vf:
            yv = p.paragraph(L + 150, yv, ve, SI, 9, R - L - 150, 12)
        y = max(yv, y + 24) + 12
    y += 6
    y = p.paragraph(L, y, "Todistus on annettu työntekijän pyynnöstä.", S, 10.5, R - L, 14)
    y = p.paragraph(L, y, "This certificate has been issued at the employee's request.", SI, 9, R - L, 12)
    y += 60
    sign_block(p, rng, L + 100, y, job.signer, S, 9.5, 170, "HR-asiantuntija / HR Specialist")
    p.text(L, H - 60, f"{emp.name}, {emp.street}, {emp.city}, puh. {emp.phone}, {emp.email}", S, 7.5)
    return LayoutResult("employment_letter", "ag_lv_fi_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fi_dmy", "hours_facts": facts})


def ag_lv_fi_letter(job, person, rng, as_of):
    return (_lv if job.employer.country == "LV" else _fi)(job, person, rng, as_of)


# --- NZ / IN --------------------------------------------------------------------------------------
def _nz(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    He = "She" if fem else "He"
    nm = nat(job, person)
    ended = job.end is not None
    kind, h = full_or_part(job)
    if kind == "part":
        fte = h / 40
        pos, facts = f"a permanent part-time position ({fte:.1f} FTE, {num(2 * h)} hours per fortnight)", \
            (h, False, True)
    elif h is None:
        pos, facts = "a permanent full-time position", (None, True, False)
    else:
        job.hours = 40
        pos, facts = "a permanent full-time position (1.0 FTE, 80 hours per fortnight)", (40, True, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.logo(L + 18, 58, 18, 1, 0.3)
    p.text(L + 46, 54, emp.name, SB, 12.5)
    p.text(L + 46, 67, "Laboratory Services" if emp.kind != "lab" else "Human Resources", S, 9)
    p.text(R, 54, emp.street, S, 8.5, "right")
    p.text(R, 65, f"{emp.city}, New Zealand", S, 8.5, "right")
    p.text(R, 76, f"Phone {emp.phone}", S, 8.5, "right")
    p.hline(L, R, 88, 0.5)
    p.text(L, 120, en_date(job.letter_date), S, 10.5)
    p.text(L, 150, "To whom it may concern,", S, 10.5)
    p.text(L, 176, f"RE: Confirmation of Employment – {nm}", SB, 10.5)
    if is_ward(job):
        where = f"in the {join(job.departments, 'and')}"
    elif job.departments:
        where = f"in our {join(job.departments, 'and')} department{'s' if len(job.departments) > 1 else ''}"
    else:
        where = "in our laboratory"
    if ended:
        s1 = (f"This letter is to confirm that {nm} was employed by {emp.name} as a {job.position} {where} from "
              f"{en_date(job.start)} to {en_date(job.end)}. {He} held {pos}.")
    else:
        s1 = (f"This letter is to confirm that {nm} has been employed by {emp.name} as a {job.position} {where} "
              f"since {en_date(job.start)}. {He} holds {pos}.")
    txt = [s1]
    if "Scientist" in job.position or "Technician" in job.position:
        txt.append(f"{He} {'was' if ended else 'is'} registered with the Medical Sciences Council of New Zealand "
                   f"(registration number {kj(job, 'msc') % 90 + 10}-{kj(job, 'msc2') % 90000 + 10000}) and "
                   f"{'held' if ended else 'holds'} a current Annual Practising Certificate.")
    elif "Nurse" in job.position:
        txt.append(f"{He} {'was' if ended else 'is'} registered with the Nursing Council of New Zealand.")
    txt.append("Please do not hesitate to contact me if you require any further information.")
    y = 204
    for t in txt:
        y = p.paragraph(L, y, t, S, 10.5, R - L, 15) + 10
    p.text(L, y + 8, "Yours sincerely,", S, 10.5)
    sign_block(p, rng, L + 90, y + 64, job.signer, S, 9.5, 170,
               "Laboratory Manager" if emp.kind != "lab" else "Human Resources Advisor")
    return LayoutResult("employment_letter", "ag_nz_in_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "long_dmy", "hours_facts": facts})


def in_d(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _in(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB = "Times-Roman", "Times-Bold"
    fem = person.sex == "F"
    hon = "Ms." if fem else "Mr."
    his = "her" if fem else "his"
    him = "her" if fem else "him"
    nm = job.name_override or " ".join(x for x in (person.given, person.middle, person.surname) if x)
    father = f"{person.middle} {person.surname}" if person.middle else \
        f"{['Ramesh', 'Suresh', 'Mohan', 'Prakash'][kj(job, 'fa') % 4]} {person.surname}"
    rel = "D/o" if fem else "S/o"
    ended = job.end is not None
    st = job.hours_style
    if st == "daily":
        hrs, facts = ", working 8 hours a day, six days a week", (job.hours, True, False)
    elif st == "fulltime_only":
        hrs, facts = " on a full-time basis", (None, True, False)
    elif st == "fulltime_hours":
        hrs, facts = f" on a full-time basis ({num(job.hours)} hours per week)", (job.hours, True, False)
    elif st == "parttime_hours":
        hrs, facts = f" on a part-time basis ({num(job.hours)} hours per week)", (job.hours, False, True)
    else:
        hrs, facts = f" ({num(job.hours)} hours per week)", (job.hours, False, False)
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    p.logo(W / 2, 50, 16, 0, 0.3)
    p.text(W / 2, 84, emp.name.upper(), TB, 15, "center")
    p.text(W / 2, 98, f"{emp.street}, {emp.city} - {emp.region}", T, 9, "center")
    p.text(W / 2, 110, f"Phone: {emp.phone} | E-mail: {emp.email}", T, 9, "center")
    p.hline(L, R, 118, 1.0)
    p.pieces(142, [(L, f"Ref: HR/EXP/{job.letter_date.year}/{kj(job, 'ref') % 9000 + 1000}", "left"),
                   (R, f"Date: {in_d(job.letter_date)}", "right")], T, 10.5)
    p.text(W / 2, 186, "EXPERIENCE CERTIFICATE", TB, 15, "center")
    p.hline(W / 2 - 92, W / 2 + 92, 190, 0.7)
    if is_ward(job):
        where = f"in the {join(job.departments, 'and')}"
    elif job.departments:
        where = f"in the Department of Laboratory Medicine ({join(job.departments, 'and')} sections)"
    else:
        where = "in the Department of Laboratory Medicine"
    if ended:
        s1 = (f"This is to certify that {hon} {nm} {rel} {father} was working in our hospital as a {job.position} "
              f"{where} from {in_d(job.start)} to {in_d(job.end)}{hrs}.")
        s2 = f"During this period {his} conduct and character were good. We wish {him} success in future endeavours."
    else:
        s1 = (f"This is to certify that {hon} {nm} {rel} {father} is working in our hospital as a {job.position} "
              f"{where} from {in_d(job.start)} till date{hrs}.")
        s2 = (f"{his.capitalize()} conduct and character are good. This certificate is issued at {his} request for "
              f"whatever purpose it may serve.")
    y = 232
    for t in (s1, s2):
        y = p.paragraph(L, y, t, T, 12, R - L, 19) + 12
    y += 70
    sign_block(p, rng, R - 100, y, "Medical Superintendent", TB, 10.5, 170, job.signer)
    ring_stamp(p, L + 80, y - 10, 34, f"{emp.name.upper()} * {emp.city.upper()} *", "SEAL")
    return LayoutResult("employment_letter", "ag_nz_in_letter", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "dmy_dash", "hours_facts": facts})


def ag_nz_in_letter(job, person, rng, as_of):
    return (_in if job.employer.country == "IN" else _nz)(job, person, rng, as_of)


LETTER_LAYOUTS = {"ag_sk_potvrdenie": (ag_sk_potvrdenie, FAMILY, ("SK",)),
                  "ag_lv_fi_letter": (ag_lv_fi_letter, FAMILY, ("LV", "FI")),
                  "ag_nz_in_letter": (ag_nz_in_letter, FAMILY, ("NZ", "IN"))}
