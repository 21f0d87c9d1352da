"""Writer AK, round 18: employment letters for NP, NO, DK, ME and NE (three designs, the second and
third drawn per country).

ak_np_experience: NP hospital "EXPERIENCE LETTER" ("This is to certify that Mr./Ms. <name>, permanent
    resident of <district>, has been working in the Department of Pathology of this hospital as Medical
    Laboratory Technologist since 2075/05/01 B.S. (2018/08/17 A.D.) till date on a full-time basis ...";
    a job that ended: "worked ... from ... to ..."), the sections named, Ref. No. and Date in B.S. with
    A.D. in brackets, the Medical Director or the Hospital Administrator.
ak_no_dk_letter: NO "ATTEST" ("<name> har vært ansatt ved Avdeling for medisinsk biokjemi som
    bioingeniør i 80 % stilling fra 01.08.2018 til 31.07.2021" or "... er ansatt ... fra 01.08.2018 og er
    fortsatt i stillingen"), the tasks listed as dashes, the head of department; DK
    "ANSÆTTELSESBEVIS/UDTALELSE" ("... har været ansat som bioanalytiker i Klinisk Biokemisk Afdeling fra
    1. september 2018 og er fortsat ansat, 37 timer om ugen"), tasks, the head bioanalytiker.
ak_me_ne_letter: ME "POTVRDA O RADNOM ISKUSTVU" ("Potvrđuje se da je <name> zaposlen/a u <unit> od
    01.11.2017. godine do danas, sa punim radnim vremenom, na poslovima laboranta ..."); NE "ATTESTATION DE
    TRAVAIL" ("Je soussigné, Directeur de l'Hôpital ..., atteste que M./Mme <name> exerce en qualité de
    Technicien Supérieur de laboratoire au service de biologie depuis le 2 janvier 2018 à ce jour ... En foi
    de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit.").

Hours: Norwegian letters print the "stillingsprosent" of a 37.5-hour week (100 % = 37.5 h; part-time
at the nearest 10 %, the truth's week = percent x 37.5), sometimes with the hours; Danish letters print
hours a week (a full week is 37 hours) or "på fuld tid"; Nepali, Montenegrin and Nigerien letters
print hours per week or "full-time" alone (40, the dossier's rule). Positions and ward names the
profile gives in English are printed in the letter's language, and the job's position / department
phrases are set to the printed forms before the truth is written.
"""

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page
from .r18_ak_common import (FAMILY, ad_slash, bs_str, by_reading_order, da_date, dmy, fr_date, join, kj, me_coat,
                            ne_emblem, round_stamp, rubber_stamp, sign_block)

WARDS = {"NO": {"Medical-Surgical Ward": "Medisinsk-kirurgisk sengepost", "Emergency Room": "Akuttmottaket",
                "Pediatric Ward": "Barneavdelingen", "Operating Room": "Operasjonsavdelingen"},
         "DK": {"Medical-Surgical Ward": "Medicinsk-kirurgisk sengeafsnit", "Emergency Room": "Akutmodtagelsen",
                "Pediatric Ward": "Børneafdelingen", "Operating Room": "Operationsafsnittet"},
         "ME": {"Medical-Surgical Ward": "Odjeljenje hirurgije", "Emergency Room": "Urgentni centar",
                "Pediatric Ward": "Dječje odjeljenje", "Operating Room": "Operacioni blok"},
         "NE": {"Medical-Surgical Ward": "service de médecine et de chirurgie", "Emergency Room": "service des urgences",
                "Pediatric Ward": "service de pédiatrie", "Operating Room": "bloc opératoire"},
         "NP": {}}
WARD_ALL = {v for c in WARDS.values() for v in c.values()} | {"Medical-Surgical Ward", "Emergency Room",
                                                              "Pediatric Ward", "Operating Room"}
POS = {"NO": {"Staff Nurse": ("sykepleier", "sykepleier"), "Laboratory Aide": ("laboratorieassistent",
                                                                            "laboratorieassistent")},
       "DK": {"Staff Nurse": ("sygeplejerske", "sygeplejerske"), "Laboratory Aide": ("laboratoriemedhjælper",
                                                                                   "laboratoriemedhjælper")},
       "ME": {"Staff Nurse": ("medicinska sestra", "medicinski tehničar"),
              "Laboratory Aide": ("pomoćna radnica u laboratoriji", "pomoćni radnik u laboratoriji")},
       "NE": {"Staff Nurse": ("Infirmière Diplômée d'État", "Infirmier Diplômé d'État"),
              "Laboratory Aide": ("Aide-laborantine", "Aide-laborantin")},
       "NP": {}}


def localise(job, person):
    c = job.employer.country
    pos = POS.get(c, {}).get(job.position)
    if pos:
        job.position = pos[0] if person.sex == "F" else pos[1]
    wards = WARDS.get(c, {})
    job.departments = [wards.get(d, d) for d in job.departments]


def is_ward(job):
    return not job.areas and any(d in WARD_ALL for d in job.departments)


def nat(job, person):
    sn = job.surname_override or person.surname
    return " ".join(x for x in (person.given, person.middle, sn) if x)


def kind_hours(job):
    if job.hours_style == "fulltime_only":
        return "full", None
    if job.hours >= 35:
        return "full", job.hours
    return "part", job.hours


# --- NP -------------------------------------------------------------------------------------------
DISTRICTS = ["Kathmandu", "Lalitpur", "Bhaktapur", "Kaski", "Morang", "Sunsari", "Chitwan", "Rupandehi", "Jhapa"]


def np_bsad(d):
    return f"{bs_str(d)} B.S. ({ad_slash(d)} A.D.)"


def np_letter(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = nat(job, person)
    hon = "Ms." if person.sex == "F" else "Mr."
    he, his = person.pronoun("subj"), person.pronoun("poss")
    dist = DISTRICTS[kj(job, "dist") % len(DISTRICTS)]
    kind, h = kind_hours(job)
    if kind == "part":
        basis, facts = f"on a part-time basis ({h} hours per week)", (h, False, True)
    elif h is None:
        basis, facts = "on a full-time basis", (None, True, False)
    else:
        basis, facts = f"on a full-time basis ({h} hours per week)", (h, True, False)
    ward = is_ward(job)
    if ward:
        where = f"in the {join(job.departments, 'and')} of this hospital"
    else:
        where = "in the Department of Pathology of this " + ("hospital" if emp.kind == "hospital" else "institution")
    if job.end is None:
        body = (f"This is to certify that {hon} {nm}, permanent resident of {dist} District, has been working {where} "
                f"as {job.position} since {np_bsad(job.start)} till date {basis}.")
    else:
        body = (f"This is to certify that {hon} {nm}, permanent resident of {dist} District, worked {where} as "
                f"{job.position} from {np_bsad(job.start)} to {np_bsad(job.end)} {basis}.")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 64, W - 64
    p.circle(L + 26, 66, 24, 1.2, 0.3)
    p.text(W / 2 + 20, 58, emp.name.upper(), TB, 15, "center")
    p.text(W / 2 + 20, 73, f"{emp.street}, {emp.city}, Nepal", T, 9.5, "center")
    p.text(W / 2 + 20, 86, f"Tel.: {emp.phone}   E-mail: {emp.email}".replace("   ", ", "), T, 9, "center")
    p.hline(L, R, 96, 1.0, 0.2)
    p.text(L, 118, f"Ref. No.: {kj(job, 'ref') % 900 + 100}/{bs_str(job.letter_date)[:4]}", T, 10)
    p.text(R, 118, f"Date: {np_bsad(job.letter_date)}", T, 10, "right")
    p.text(W / 2, 160, "EXPERIENCE LETTER", TB, 15, "center")
    p.text(L, 192, "TO WHOM IT MAY CONCERN", TB, 11)
    y = p.paragraph(L, 218, body, T, 11.5, R - L, 18) + 8
    if job.departments and not ward:
        y = p.paragraph(L, y, f"During {his} service {he} worked in the {join(job.departments, 'and')} sections "
                              f"of the laboratory.", T, 11.5, R - L, 18) + 8
    y = p.paragraph(L, y, f"{he.capitalize()} is sincere, hardworking and punctual. We wish {person.pronoun('obj')} "
                          f"all the best in {his} future endeavours.", T, 11.5, R - L, 18) + 40
    sign_block(p, rng, R - 100, y + 40, "Medical Director" if emp.kind == "hospital" else "Chief Administrator",
               T, 10.5, 180, job.signer)
    round_stamp(p, R - 230, y + 30, 30, 0.45)
    return LayoutResult("employment_letter", "ak_np_experience", FAMILY, by_reading_order([p]), [f"{hon} {nm}"],
                        info={"date_style": "bs_ad", "hours_facts": facts})


# --- NO and DK ------------------------------------------------------------------------------------
NO_TASKS = {"bioingeniør": ["analyser og kvalitetskontroll innen {d}", "prøvetaking og prøvehåndtering",
                            "vedlikehold av analyseinstrumenter", "opplæring av nyansatte og studenter"],
            "laborant": ["prøvehåndtering og enkle analyser innen {d}", "vedlikehold av utstyr"],
            "avdelingsingeniør": ["analysearbeid innen {d}", "metodeutvikling og validering"],
            "laboratorieassistent": ["prøvemottak og prøvehåndtering innen {d}", "blodprøvetaking"],
            "sykepleier": ["pasientbehandling og omsorg ved {d}", "legemiddelhåndtering"]}
DK_TASKS = {"bioanalytiker": ["analyser og kvalitetskontrol inden for {d}", "blodprøvetagning",
                              "vedligeholdelse af analyseudstyr", "oplæring af studerende"],
            "laborant": ["prøvehåndtering og analyser inden for {d}"],
            "laboratorietekniker": ["analysearbejde inden for {d}", "validering af metoder"],
            "laboratoriemedhjælper": ["prøvemodtagelse og prøvehåndtering inden for {d}"],
            "sygeplejerske": ["pleje og behandling af patienter i {d}"]}


def dash_list(p, L, R, y, items, font, size):
    for it in items:
        y = p.paragraph(L + 14, y, f"– {it}", font, size, R - L - 14, size * 1.5)
    return y


def _no(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat(job, person)
    kind, h = kind_hours(job)
    if kind == "part":
        pct = max(20, min(90, int(round(h / 37.5 * 10)) * 10))
        job.hours = round(37.5 * pct / 100, 2)
        hs = f"{job.hours:g}".replace(".", ",")
        st = f"i {pct} % stilling" + (f" ({hs} timer per uke)" if kj(job, "hs") % 2 else "")
        facts = (job.hours, False, True)
    elif h is None:
        st, facts = "i 100 % stilling", (None, True, False)
    else:
        job.hours = 37.5
        st, facts = "i 100 % stilling (37,5 timer per uke)", (37.5, True, False)
    ward = is_ward(job)
    unit = emp.name.split(",")[-1].strip()
    dept = join(job.departments, "og") if job.departments else ""
    at = f"{dept}, {unit}," if dept else f"{unit},"
    if job.end is None:
        body = (f"{nm}, født {dmy(person._ak_dob)}, er ansatt ved {at} som {job.position} {st} fra "
                f"{dmy(job.start)} og er fortsatt i stillingen." if getattr(person, "_ak_dob", None) else
                f"{nm} er ansatt ved {at} som {job.position} {st} fra {dmy(job.start)} og er fortsatt "
                f"i stillingen.")
    else:
        body = (f"{nm} har vært ansatt ved {at} som {job.position} {st} fra {dmy(job.start)} til "
                f"{dmy(job.end)}.")
    dl = (dept[0].lower() + dept[1:] if not ward else dept) if dept else "laboratoriet"
    tasks = [t.format(d=dl) for t in NO_TASKS.get(job.position, ["laboratoriearbeid innen {d}"])]
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 72, W - 72
    p.text(L, 60, emp.name, SB, 13)
    p.text(L, 74, emp.street, S, 9)
    p.text(R, 60, f"{emp.city}, {dmy(job.letter_date)}", S, 10, "right")
    p.text(L, 150, "ATTEST", SB, 18)
    y = p.paragraph(L, 186, body, S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, "Arbeidsoppgavene har blant annet omfattet:", S, 10.5, R - L, 16)
    y = dash_list(p, L, R, y, tasks, S, 10.5) + 8
    y = p.paragraph(L, y, f"{person.given} har utført arbeidet sitt selvstendig og nøyaktig, og har vært en "
                          "verdsatt kollega. Vi gir henne/ham våre beste anbefalinger."
                    .replace("henne/ham", "henne" if person.sex == "F" else "ham"), S, 10.5, R - L, 16) + 8
    if job.end is not None:
        y = p.paragraph(L, y, "Arbeidsforholdet opphørte etter egen oppsigelse.", S, 10.5, R - L, 16) + 8
    y += 30
    sign_block(p, rng, L + 90, y + 30, "Avdelingsleder", S, 9.5, 170, job.signer)
    p.hline(L, R, H - 60, 0.4, 0.5)
    p.text(L, H - 48, f"{emp.name} | {emp.street} | Telefon {emp.phone} | {emp.email}", S, 7.5, gray=0.3)
    return LayoutResult("employment_letter", "ak_no_dk_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dots", "hours_facts": facts})


def _dk(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = nat(job, person)
    kind, h = kind_hours(job)
    if kind == "part":
        tid, facts = f"{h} timer om ugen", (h, False, True)
    elif h is None:
        tid, facts = "på fuld tid", (None, True, False)
    else:
        job.hours = 37
        tid, facts = "37 timer om ugen (fuld tid)", (37, True, False)
    dept = join(job.departments, "og") if job.departments else ""
    at = f"i {dept}, {emp.name}," if dept else f"ved {emp.name}"
    if job.end is None:
        body = f"{nm} har været ansat som {job.position} {at} fra {da_date(job.start)} og er fortsat ansat, {tid}."
    else:
        body = (f"{nm} har været ansat som {job.position} {at} i perioden fra {da_date(job.start)} til "
                f"{da_date(job.end)}, {tid}.")
    ward = is_ward(job)
    dl = (dept if ward else dept[0].lower() + dept[1:]) if dept else "laboratoriet"
    tasks = [t.format(d=dl)
             for t in DK_TASKS.get(job.position, ["laboratoriearbejde inden for {d}"])]
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 72, W - 72
    p.rect(R - 30, 44, 30, 30, 0, 0.3, fill=0.3)
    p.text(L, 60, emp.name, SB, 13)
    p.text(L, 74, f"{emp.street} · {emp.phone}", S, 9)
    p.text(R, 110, f"{emp.city}, den {da_date(job.letter_date)}", S, 10, "right")
    p.text(L, 160, "ANSÆTTELSESBEVIS/UDTALELSE", SB, 16)
    y = p.paragraph(L, 196, body, S, 10.5, R - L, 16) + 8
    y = p.paragraph(L, y, "Arbejdsopgaverne omfatter bl.a.:", S, 10.5, R - L, 16)
    y = dash_list(p, L, R, y, tasks, S, 10.5) + 8
    y = p.paragraph(L, y, "Udtalelsen er udstedt efter ønske fra medarbejderen.", S, 10.5, R - L, 16) + 30
    p.text(L, y, "Med venlig hilsen", S, 10.5)
    sign_block(p, rng, L + 90, y + 50, "Ledende bioanalytiker", S, 9.5, 170, job.signer)
    return LayoutResult("employment_letter", "ak_no_dk_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "da_long", "hours_facts": facts})


def no_dk_letter(job, person, rng, as_of):
    return (_no if job.employer.country == "NO" else _dk)(job, person, rng, as_of)


# --- ME and NE ------------------------------------------------------------------------------------
ME_WORK = {"laborant": "laboranta", "bachelor medicinske laboratorijske dijagnostike":
           "bachelora medicinske laboratorijske dijagnostike", "laboratorijski tehničar": "laboratorijskog tehničara",
           "biolog u laboratoriji": "biologa u laboratoriji", "medicinska sestra": "medicinske sestre",
           "medicinski tehničar": "medicinskog tehničara", "pomoćna radnica u laboratoriji":
           "pomoćne radnice u laboratoriji", "pomoćni radnik u laboratoriji": "pomoćnog radnika u laboratoriji"}


def _me(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB = "Times-Roman", "Times-Bold"
    f = person.sex == "F"
    nm = nat(job, person)
    kind, h = kind_hours(job)
    if kind == "part":
        rv, facts = f"sa nepunim radnim vremenom ({h} sati sedmično)", (h, False, True)
    elif h is None:
        rv, facts = "sa punim radnim vremenom", (None, True, False)
    else:
        job.hours = 40
        rv, facts = "sa punim radnim vremenom (40 sati sedmično)", (40, True, False)
    if is_ward(job) or job.departments:
        unit = join(job.departments, "i")
    else:
        unit = "Centar za laboratorijsku dijagnostiku"
    pre = "PZU" if emp.kind == "lab" else "JZU"       # private / public health institution
    where = f"{pre} {emp.name} ({unit})"
    zap = "zaposlena" if f else "zaposlen"
    rad = ME_WORK.get(job.position, job.position)
    if job.end is None:
        body = (f"Potvrđuje se da je {nm} {zap} u {where} od {dmy(job.start)}. godine do danas, {rv}, na poslovima "
                f"{rad}.")
    else:
        body = (f"Potvrđuje se da je {nm} {'bila zaposlena' if f else 'bio zaposlen'} u {where} od "
                f"{dmy(job.start)}. godine do {dmy(job.end)}. godine, {rv}, na poslovima {rad}.")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 70, W - 70
    me_coat(p, L + 20, 66, 30)
    p.text(L + 50, 56, "Crna Gora", SB, 10)
    p.text(L + 50, 70, emp.name, SB, 12)
    p.text(L + 50, 83, f"{emp.street}, tel. {emp.phone}", S, 9)
    p.hline(L, R, 94, 0.6)
    p.text(L, 118, f"Broj: 03-{kj(job, 'br') % 9000 + 1000}", S, 10)
    p.text(L, 132, f"{emp.city}, {dmy(job.letter_date)}. godine", S, 10)
    p.text(W / 2, 184, "POTVRDA O RADNOM ISKUSTVU", SB, 15, "center")
    y = p.paragraph(L, 224, body, S, 12, R - L, 18) + 10
    y = p.paragraph(L, y, f"Potvrda se izdaje na lični zahtjev {'imenovane' if f else 'imenovanog'} radi "
                          f"zapošljavanja i u druge svrhe se ne može koristiti.", S, 12, R - L, 18) + 40
    sign_block(p, rng, R - 100, y + 40, "Direktor", S, 11, 170, job.signer)
    round_stamp(p, R - 220, y + 26, 30, 0.45)
    return LayoutResult("employment_letter", "ak_me_ne_letter", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_dots", "hours_facts": facts})


def _ne(job, person, rng, as_of):
    localise(job, person)
    emp = job.employer
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    f = person.sex == "F"
    nm = f"{job.surname_override.upper() or person.surname.upper()} {person.given}"
    civ = "Mme" if f else "M."
    kind, h = kind_hours(job)
    if kind == "part":
        tp, facts = f"à temps partiel ({h} heures par semaine)", (h, False, True)
    elif h is None:
        tp, facts = "à temps plein", (None, True, False)
    else:
        job.hours = 40
        tp, facts = "à temps plein (40 heures par semaine)", (40, True, False)
    if job.departments:
        svc = f"au {join(job.departments, 'et au')}" if is_ward(job) else \
            f"au service de biologie ({join(job.departments, 'et')})"
    else:
        svc = "au service de biologie"
    boss = "Directeur"
    n0 = emp.name
    org = (f"de l'{n0}" if n0[0] in "AEIOUHÉ" else "du " + n0) if emp.kind == "hospital" else \
        f"de l'établissement {n0}"
    if job.end is None:
        body = (f"Je soussigné, {boss} {org}, atteste que {civ} {nm} exerce en qualité de "
                f"{job.position} {svc} depuis le {fr_date(job.start)} à ce jour, {tp}.")
    else:
        body = (f"Je soussigné, {boss} {org}, atteste que {civ} {nm} a exercé en qualité de "
                f"{job.position} {svc} du {fr_date(job.start)} au {fr_date(job.end)}, {tp}.")
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 66, W - 66
    p.text(L + 90, 48, "RÉPUBLIQUE DU NIGER", SB, 10, "center")
    p.text(L + 90, 61, "Fraternité – Travail – Progrès", SI, 9, "center")
    p.text(L + 90, 76, "Ministère de la Santé Publique" if emp.kind == "hospital" else emp.city, S, 9, "center")
    p.text(L + 90, 90, emp.name, SB, 9, "center") if len(emp.name) < 46 else \
        p.paragraph(L, 90, emp.name, SB, 9, 180, 11, "center")
    ne_emblem(p, R - 40, 62, 18, 0.35)
    p.text(L, 140, f"N° {kj(job, 'n') % 900 + 100}/DG/{job.letter_date.year}", S, 10)
    p.text(W / 2, 190, "ATTESTATION DE TRAVAIL", SB, 16, "center")
    y = p.paragraph(L, 232, body, S, 12, R - L, 19) + 10
    y = p.paragraph(L, y, f"{'Elle' if f else 'Il'} a fait preuve de compétence, d'assiduité et de ponctualité "
                          "dans l'exécution des tâches qui lui sont confiées.", S, 12, R - L, 19) + 10
    y = p.paragraph(L, y, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de "
                          "droit.", S, 12, R - L, 19) + 24
    p.text(R, y, f"Fait à {emp.city}, le {fr_date(job.letter_date)}", S, 11.5, "right")
    sign_block(p, rng, R - 100, y + 80, f"Le {boss}", S, 11, 180, job.signer)
    rubber_stamp(p, R - 230, y + 60, 44, 26, 0.45)
    return LayoutResult("employment_letter", "ak_me_ne_letter", FAMILY, by_reading_order([p]), [f"{civ} {nm}"],
                        info={"date_style": "fr_long", "hours_facts": facts})


def me_ne_letter(job, person, rng, as_of):
    return (_me if job.employer.country == "ME" else _ne)(job, person, rng, as_of)


LETTER_LAYOUTS = {"ak_np_experience": (np_letter, FAMILY, ("NP",)),
                  "ak_no_dk_letter": (no_dk_letter, FAMILY, ("NO", "DK")),
                  "ak_me_ne_letter": (me_ne_letter, FAMILY, ("ME", "NE"))}
