"""Writer E, round 3: diplomas and letters.

ir_jo_diploma (IR, JO): "[In the Name of God]" / "In the name of God, the Most Gracious, the Most
    Merciful"; IR English translation of the degree certificate: "This is to certify that Ms. ...
    daughter of ..., born on 1376/05/12 (3 August 1997), ID No. ..., has been granted the degree
    of ... on 1399/04/31 (21 July 2020) with an overall average of 16.08 (out of 20)", translator's
    stamp; JO landscape: "The Council of the University ... conferred the degree of ... upon ...
    in the second semester of the academic year 2019/2020" (a term, no date).
commonwealth_diploma (CM, UG, TT): CM bilingual "DIPLÔME DE LICENCE / BACHELOR'S DEGREE ...
    conféré le 15 décembre 2019 / conferred on 15 December 2019"; UG/TT "This is to certify that
    ... was awarded the degree of ... at the 70th Graduation Ceremony held on 15th January 2020".
translated_employment (IR, JO, CM): "Certificate of Employment (Translation)" with the Solar
    Hijri date and the Gregorian one in brackets (IR), translator's stamp and number; CM bilingual
    "ATTESTATION DE TRAVAIL / WORK CERTIFICATE".
rotation_letter (UG, TT): a letter whose body is a table of duty rotations (section, from, to),
    the first rotation starting the day the job started, the last one "present" for a current job.
"""

import datetime as dt

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import COUNTRY_NAMES, name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from .r3_e_cm import DEGREE_EN, DEGREE_FR, MENTION, cm_name, note20
from .r3_e_common import (FAMILY, crest, embossed_seal, oval_stamp, sh_slash, sh_with_greg,
                          translator_stamp, wavg)
from .r3_e_ir import father_of, national_id, overall_average
from .r3_e_jo import jo_avg, jo_grad_term, rating
from .r3_e_ug import ug_cgpa, ug_class
from .r3_e_tt import tt_class, tt_gpa

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
UG_HON = {"FIRST CLASS": "First Class Honours", "SECOND CLASS (UPPER DIVISION)": "Second Class Honours (Upper "
          "Division)", "SECOND CLASS (LOWER DIVISION)": "Second Class Honours (Lower Division)", "PASS": "Pass"}
BIRTH = {"CM": ["Yaoundé", "Douala", "Bafoussam", "Dschang", "Bamenda", "Edéa", "Kumba", "Nkongsamba"]}


def _c(p, y, s, font, size, max_w, leading=None):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading or size * 1.4
    return y


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def ord_date(d):
    return f"{D.ordinal_suffix(d.day)} {D.MONTHS[d.month - 1]} {d.year}"


# --- diploma a: IR / JO -------------------------------------------------------------------------

def ir_jo_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    if inst.country == "IR":
        p = Page(A4)
        name = name_form(person, "given_surname")
        hon = "Ms." if person.sex == "F" else "Mr."
        kin = "daughter" if person.sex == "F" else "son"
        medsci = "Medical Sciences" in inst.name
        y = 80
        p.text(p.w / 2, y, "[In the Name of God]", FI, 11, "center"); y += 30
        p.text(p.w / 2, y, "Islamic Republic of Iran", FB, 12, "center"); y += 15
        p.text(p.w / 2, y, "Ministry of Health and Medical Education" if medsci else
               "Ministry of Science, Research and Technology", F, 11.5, "center"); y += 15
        p.text(p.w / 2, y, inst.name, FB, 14, "center"); y += 30
        p.text(p.w / 2, y, "Bachelor's Degree Certificate", FB, 16, "center"); y += 16
        p.text(p.w / 2, y, "(Official Translation)", FI, 10.5, "center"); y += 26
        p.pieces(y, [(60, f"Certificate No.: {s.student_no[-6:]}/{g_year(s)}", "left"),
                     (p.w - 60, f"Date: {sh_slash(s.conferred)}", "right")], F, 10); y += 30
        body = (f"This is to certify that {hon} {name}, {kin} of {father_of(person)}, born on "
                f"{sh_with_greg(s.dob)}, ID No. {national_id(person, s)}, has been granted the degree of "
                f"{cur.title} on {sh_with_greg(s.conferred)} with an overall average of "
                f"{overall_average(s):.2f} (out of 20).")
        for ln in wrap(body, F, 14, p.w - 130):
            p.text(65, y, ln, F, 14); y += 24
        y += 12
        p.text(65, y, "This certificate carries all the legal rights and privileges pertaining thereto.", F, 14)
        y += 90
        p.pieces(y, [(150, "[Signature]", "center"), (p.w - 150, "[Signature]", "center")], FI, 10)
        p.pieces(y + 14, [(150, "Vice-Chancellor for Education", "center"),
                          (p.w - 150, "Chancellor of the University", "center")], F, 10.5)
        p.text(p.w / 2, y + 44, "[Seal of the University]", FI, 10, "center")
        yb = p.h - 120
        p.hline(60, p.w - 60, yb - 12, 0.4)
        tr = rng.choice(["Ali Akbar Motamedi", "Shahla Nikpour", "Kourosh Jahanbani", "Roya Safaei"])
        p.text(60, yb, "Certified to be a true translation of the original in Persian.", FI, 9.5); yb += 13
        p.text(60, yb, f"{tr}, Official Translator to the Judiciary, License No. {rng.randint(300, 990)}", F, 9.5)
        translator_stamp(p, p.w - 110, p.h - 96, 38)
        printed = sh_with_greg(s.conferred)
    else:
        p = Page(LANDSCAPE_A4)
        p.border(24, 2.0, 0.3)
        name = name_form(person, "natural")
        hon = "Ms." if person.sex == "F" else "Mr."
        p.text(60, 60, f"Serial No. {s.student_no}", F, 9)
        crest(p, p.w / 2, 82, 22)
        y = 130
        p.text(p.w / 2, y, "In the name of God, the Most Gracious, the Most Merciful", FI, 12, "center"); y += 28
        p.text(p.w / 2, y, inst.name, FB, 24, "center"); y += 30
        fac = "Faculty of Science" if cur.id == "jo_bsc_bio" else "Faculty of Applied Medical Sciences"
        y = _c(p, y, f"The Council of the University, upon the recommendation of the Council of the {fac}, "
               f"has conferred the degree of", FI, 14, p.w - 200) + 10
        p.text(p.w / 2, y, cur.title, FB, 20, "center"); y += 30
        p.text(p.w / 2, y, f"with the rating of \"{rating(jo_avg(s))}\" upon", FI, 14, "center"); y += 34
        p.text(p.w / 2, y, f"{hon} {name}", FBI, 22, "center"); y += 30
        sem = jo_grad_term(s)
        ay = sem.split()[-1]
        printed = f"in the {sem.split()[0].lower()} semester of the academic year {ay}"
        y = _c(p, y, f"{printed}, with all the rights and privileges pertaining to this degree.", FI, 14,
               p.w - 200)
        yb = p.h - 80
        items = []
        for x, t in ((170, "Director of Admission and Registration"), (p.w / 2, "Dean of the Faculty"),
                     (p.w - 170, "President of the University")):
            p.signature(x - 50, yb - 6, 100, rng)
            p.hline(x - 95, x + 95, yb - 2, 0.5)
            items.append((x, t, "center"))
        p.pieces(yb + 12, items, F, 10.5)
    return LayoutResult("diploma", "ir_jo_diploma", FAMILY, [p], [name], info={"conferred_printed": printed})


def g_year(s):
    return sh_slash(s.conferred)[:4]


# --- diploma b: CM / UG / TT ---------------------------------------------------------------------

def commonwealth_diploma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    p = Page(LANDSCAPE_A4)
    p.border(22, 2.2, 0.25)
    c = inst.country
    if c == "CM":
        name = cm_name(person)
        y = 56
        p.pieces(y, [(60, "RÉPUBLIQUE DU CAMEROUN", "left"), (p.w - 60, "REPUBLIC OF CAMEROON", "right")], FB, 10)
        p.pieces(y + 12, [(60, "Paix - Travail - Patrie", "left"), (p.w - 60, "Peace - Work - Fatherland", "right")],
                 FI, 9)
        crest(p, p.w / 2, y + 8, 20)
        y += 48
        p.text(p.w / 2, y, f"{inst.extra['fr'].upper()} / {inst.name.upper()}", FB, 14, "center"); y += 32
        p.text(p.w / 2, y, "DIPLÔME DE LICENCE / BACHELOR'S DEGREE", FB, 22, "center"); y += 30
        y = _c(p, y, "Le Recteur, vu les résultats des délibérations du jury / The Rector, considering the "
               "results of the deliberations of the board of examiners,", FI, 12, p.w - 180) + 6
        mm = "Mme" if person.sex == "F" else "M."
        p.text(p.w / 2, y, "confère à / confers on", FI, 12, "center"); y += 26
        p.text(p.w / 2, y, f"{mm} {name}", FBI, 20, "center"); y += 22
        born = BIRTH["CM"][sum(map(ord, person.given)) % len(BIRTH["CM"])]
        p.text(p.w / 2, y, f"né(e) le {fr_date(s.dob)} à {born} / born on {D.long_dmy(s.dob)} at {born}", F, 11,
               "center"); y += 24
        p.text(p.w / 2, y, f"la {DEGREE_FR[cur.id]} / the {DEGREE_EN[cur.id]}", FB, 15, "center"); y += 22
        avg = wavg([(r.spec.credits, note20(r)) for t in s.terms for r in t.results])
        p.text(p.w / 2, y, f"Mention / Class: {next(m for lo, m in MENTION if avg >= lo)}", FI, 12, "center"); y += 26
        printed = f"conféré le {fr_date(s.conferred)} / conferred on {D.long_dmy(s.conferred)}"
        p.text(p.w / 2, y, f"{printed}, à {inst.city}", F, 12, "center")
        titles = ["Le Doyen / The Dean", "Le Recteur / The Rector"]
        foot = (p.w / 2, f"N° {s.student_no}/{inst.extra['abbr']}/LIC/{s.conferred.year}", "center")
    else:
        name = name_form(person, "caps")
        cls = UG_HON[ug_class(ug_cgpa(s))] if c == "UG" else tt_class(tt_gpa(s))
        cls = "" if cls == "Pass" else cls
        n = inst.extra.get("grad", 20) + (s.conferred.year - 2000)
        y = 70
        crest(p, p.w / 2, y, 24)
        y += 52
        p.text(p.w / 2, y, inst.name.upper(), FB, 24, "center"); y += 40
        p.text(p.w / 2, y, "This is to certify that", FI, 14, "center"); y += 34
        p.text(p.w / 2, y, name, FB, 21, "center"); y += 30
        y = _c(p, y, "having completed the approved course of study and passed the prescribed examinations "
               "was awarded the degree of", FI, 14, p.w - 220) + 8
        p.text(p.w / 2, y, cur.title.upper(), FB, 17, "center"); y += 24
        if cls:
            p.text(p.w / 2, y, f"with {cls}", FI, 13.5, "center"); y += 26
        printed = f"at the {D.ordinal_suffix(n)} Graduation Ceremony held on {ord_date(s.conferred)}"
        p.text(p.w / 2, y + 4, printed, FI, 13.5, "center")
        titles = ["Vice-Chancellor", "Academic Registrar" if c == "UG" else "Campus Registrar"]
        if c == "TT":
            embossed_seal(p, p.w / 2, p.h - 92, 44)
        foot = (70, f"Reg. No. {s.student_no}" if c == "UG" else f"ID {s.student_no}", "left")
    yb = p.h - 72
    if c != "TT":
        oval_stamp(p, p.w / 2, yb - 26, 46, 28, 0.45) if c == "CM" else crest(p, p.w / 2, yb - 26, 18, 0.5)
    for x in (180, p.w - 180):
        p.signature(x - 55, yb - 8, 110, rng)
        p.hline(x - 90, x + 90, yb - 4, 0.5)
    p.pieces(yb + 10, [(180, titles[0], "center"), (p.w - 180, titles[1], "center")], F, 11)
    p.text(foot[0], p.h - 40, foot[1], F, 8.5, foot[2])
    return LayoutResult("diploma", "commonwealth_diploma", FAMILY, [p], [name], info={"conferred_printed": printed})


# --- letter c: translated / bilingual employment certificate ------------------------------------

def ir_hours(job):
    """Iran's statutory week is 44 hours: a full-time Iranian job of 40 hours is printed as 44."""
    if job.employer.country == "IR" and job.hours == 40 and job.hours_style in ("hours", "fulltime_hours"):
        return 44
    return job.hours


def hours_phrase(job, lang="en"):
    h, st = ir_hours(job), job.hours_style
    if lang == "fr":
        return {"hours": f"à raison de {h} heures par semaine",
                "fulltime_only": "à temps plein",
                "fulltime_hours": f"à temps plein ({h} heures par semaine)",
                "parttime_hours": f"à temps partiel ({h} heures par semaine)",
                "daily": f"à temps plein, 8 heures par jour, {h // 8} jours par semaine"}[st]
    return {"hours": f"{h} hours per week", "fulltime_only": "on a full-time basis",
            "fulltime_hours": f"on a full-time basis ({h} hours per week)",
            "parttime_hours": f"on a part-time basis ({h} hours per week)",
            "daily": f"full-time, 8 hours a day, {h // 8} days a week"}[st]


def translated_employment(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 60, A4[0] - 60
    he = person.pronoun("subj")
    nm = job.name_override or name_form(person, "given_surname" if c == "IR" else "natural")
    if c == "CM":
        nm = job.name_override or cm_name(person)
        p.logo(L + 20, 62, 20, rng.randrange(3))
        p.text(p.w / 2 + 20, 52, emp.name.upper(), FB, 13 if len(emp.name) < 40 else 11, "center")
        p.text(p.w / 2 + 20, 66, f"{emp.street} - {emp.city}, Cameroun", F, 9.5, "center")
        p.text(p.w / 2 + 20, 78, f"Tél. / Tel.: {emp.phone} - E-mail: {emp.email}", F, 9.5, "center")
        p.hline(L, R, 90, 1.2)
        y = 116
        p.pieces(y, [(L, f"N° {rng.randint(100, 999)}/{emp.name.split()[0][:3].upper()}/DRH", "left"),
                     (R, f"{emp.city}, le {D.dmy_slash(job.letter_date)}", "right")], F, 10.5); y += 40
        p.text(p.w / 2, y, "ATTESTATION DE TRAVAIL / WORK CERTIFICATE", FB, 14, "center"); y += 34
        mm, ne = ("Mme", "née") if person.sex == "F" else ("M.", "né")
        fin_fr = "à ce jour" if job.end is None else f"au {fr_date(job.end)}"
        fin_en = "to date" if job.end is None else f"to {D.long_dmy(job.end)}"
        fr = (f"Je soussigné(e), {job.signer}, Directeur de l'établissement, atteste que {mm} {nm}, {ne} le "
              f"{D.dmy_slash(person_dob(job, person))}, {'travaille' if job.end is None else 'a travaillé'} dans notre "
              f"laboratoire en qualité de {job.position} du {fr_date(job.start)} {fin_fr}, "
              f"{hours_phrase(job, 'fr')}.")
        en = (f"I, the undersigned, {job.signer}, Director of the institution, certify that {mm} {nm} "
              f"{'has been working' if job.end is None else 'worked'} in our laboratory as {job.position} from "
              f"{D.long_dmy(job.start)} {fin_en}, {hours_phrase(job)}.")
        for par, font in ((fr, F), (en, FI)):
            y = p.paragraph(L, y, par, font, 11.5, R - L, 16) + 12
        if job.departments:
            p.text(L, y, "Services affectés / Sections worked:", FB, 11); y += 16
            for d in job.departments:
                p.text(L + 16, y, f"- {d}", F, 11); y += 15
            y += 10
        y = p.paragraph(L, y, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que "
                        "de droit. / In witness whereof this certificate is issued to serve where needed.", F, 11,
                        R - L, 15) + 40
        p.signature(R - 170, y - 14, 120, rng)
        oval_stamp(p, R - 290, y - 2, 52, 32)
        p.text(R - 110, y + 10, job.signer, FB, 11, "center")
        p.text(R - 110, y + 24, "Le Directeur / The Director", F, 10.5, "center")
        return LayoutResult("employment_letter", "translated_employment", FAMILY, [p], [f"{mm} {nm}"],
                            info={"date_style": "long_dmy"})
    hon = "Ms." if person.sex == "F" else "Mr."
    if c == "IR":
        def dd(d):
            return sh_with_greg(d)
    else:
        def dd(d):
            return D.dmy_slash(d)
    y = 48
    p.text(p.w / 2, y, "[In the Name of God]" if c == "IR" else "[In the name of God, the Most Gracious, the Most "
           "Merciful]", FI, 10, "center"); y += 22
    p.text(p.w / 2, y, f"[Letterhead: {emp.name}]", FB, 12.5, "center"); y += 14
    p.text(p.w / 2, y, f"[{emp.street}, {emp.city} - Tel. {emp.phone}]", FI, 9.5, "center"); y += 26
    p.pieces(y, [(L, f"No.: {rng.randint(1000, 9999)}/{'HR' if c == 'IR' else 'P'}", "left"),
                 (R, f"Date: {dd(job.letter_date)}", "right")], F, 10.5); y += 32
    p.text(p.w / 2, y, "Certificate of Employment (Translation)", FB, 14, "center"); y += 30
    p.text(L, y, "To Whom It May Concern", FB, 11.5); y += 24
    period = f"from {dd(job.start)} until now" if job.end is None else f"from {dd(job.start)} to {dd(job.end)}"
    verb = "has been employed" if job.end is None else "was employed"
    ident = (f", {('daughter' if person.sex == 'F' else 'son')} of {father_of(person)}," if c == "IR" else "")
    pars = [f"This is to certify that {hon} {nm}{ident} {verb} as {job.position} at the laboratory of {emp.name} "
            f"{period}, {hours_phrase(job)}.",
            (f"During this period {he} worked in the following sections: {', '.join(job.departments)}."
             if job.departments else ""),
            f"This certificate has been issued at {person.pronoun('poss')} own request and carries no other "
            "commitment for this institution."]
    for par in pars:
        if par:
            y = p.paragraph(L, y, par, F, 12, R - L, 17) + 10
    y += 20
    p.text(L, y, "[Signature]", FI, 10.5); y += 14
    p.text(L, y, job.signer, FB, 11); y += 14
    p.text(L, y, "Head of Human Resources" if c == "IR" else "Director of Administrative Affairs", F, 10.5); y += 14
    p.text(L, y, f"[Round seal: {emp.name}]", FI, 10); y += 40
    p.hline(L, R, y, 0.4); y += 16
    tr = rng.choice(["Shahla Nikpour", "Kourosh Jahanbani"] if c == "IR" else ["Nader Al-Qudah", "Mais Darwish"])
    lic = rng.randint(300, 990)
    p.text(L, y, f"Translated from {'Persian' if c == 'IR' else 'Arabic'} into English. I certify that this is a "
           "true translation of the original.", FI, 9.5); y += 13
    p.text(L, y, f"{tr}, {'Official Translator to the Judiciary' if c == 'IR' else 'Certified Legal Translator'}, "
           f"No. {lic}", F, 9.5); y += 13
    p.text(L, y, f"Translation date: {dd(max(job.letter_date, as_of - dt.timedelta(days=rng.randint(5, 60))))}", F, 9.5)
    translator_stamp(p, R - 60, y - 20, 36)
    st = job.hours_style
    facts = (None if st == "fulltime_only" else ir_hours(job), st in ("fulltime_only", "fulltime_hours", "daily"),
             st == "parttime_hours")
    return LayoutResult("employment_letter", "translated_employment", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "solar_hijri_with_gregorian" if c == "IR" else "dmy_slash",
                              "hours_facts": facts})


def person_dob(job, person):
    """Letters do not know the person's studies; a birth date stable per person."""
    k = sum(ord(ch) for ch in person.given + person.surname)
    return dt.date(job.start.year - 24 - k % 5, 1 + k % 12, 1 + k % 28)


# --- letter d: rotation table ----------------------------------------------------------------------

def rotations(job):
    n = len(job.departments)
    end = job.end or job.letter_date
    span = (end - job.start).days + 1
    starts = [job.start + dt.timedelta(days=round(i * span / n)) for i in range(n)]
    aligned = [starts[0]] + [d.replace(day=1) for d in starts[1:]]    # rosters change on the 1st
    if all(a < b for a, b in zip(aligned, aligned[1:])) and aligned[-1] <= end:
        starts = aligned
    out = []
    for i, dep in enumerate(job.departments):
        a = starts[i]
        b = starts[i + 1] - dt.timedelta(days=1) if i + 1 < n else job.end
        out.append((dep, a, b))
    return out


def rotation_letter(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 56, A4[0] - 56
    nm = job.name_override or name_form(person, "natural")
    hon = person.honorific("Ms.")
    crest(p, L + 18, 56, 18)
    p.text(L + 48, 50, emp.name.upper(), FB, 13 if len(emp.name) < 36 else 11)
    p.text(L + 48, 63, f"{emp.street}, {emp.city}, {COUNTRY_NAMES[c]}", F, 9)
    p.text(L + 48, 75, f"Tel: {emp.phone} | Email: {emp.email}", F, 9)
    p.hline(L, R, 86, 1.2, 0.3)
    y = 112
    p.pieces(y, [(L, f"Ref: {emp.name.split()[0][:3].upper()}/LAB/{rng.randint(10, 99)}/{job.letter_date.year}", "left"),
                 (R, ord_date(job.letter_date), "right")], F, 10); y += 32
    p.text(L, y, "TO WHOM IT MAY CONCERN", FB, 11); y += 24
    p.text(L, y, f"RE: CONFIRMATION OF EMPLOYMENT - {nm.upper()}", FB, 10.5)
    p.hline(L, L + 330, y + 3, 0.6); y += 26
    since = "since" if job.end is None else "from"
    tail = "" if job.end is None else f" to {ord_date(job.end)}"
    basis = {"parttime_hours": f" on a part-time basis ({job.hours} hours per week)",
             "fulltime_only": " on a full-time basis",
             "fulltime_hours": f" on a full-time basis ({job.hours} hours per week)",
             "hours": f", working {job.hours} hours per week",
             "daily": f" full-time, 8 hours a day, {job.hours // 8} days a week"}[job.hours_style]
    intro = (f"This is to confirm that {hon} {nm} {'has been' if job.end is None else 'was'} employed by "
             f"{emp.name} as a {job.position} {since} {ord_date(job.start)}{tail}{basis}.")
    y = p.paragraph(L, y, intro, F, 10.5, R - L, 15) + 8
    if job.departments:
        y = p.paragraph(L, y, f"During this period {person.pronoun('subj')} "
                        f"{'has been' if job.end is None else 'was'} deployed on the following duty rotations:",
                        F, 10.5, R - L, 15) + 6
        xs = [L, L + 34, L + 250, L + 340, R]
        p.rect(L, y, R - L, 18, 0.6, 0.0, fill=0.88)
        p.pieces(y + 12.5, [(L + 6, "No.", "left"), (xs[1] + 6, "Section / Bench", "left"),
                            (xs[2] + 6, "From", "left"), (xs[3] + 6, "To", "left")], FB, 9.5)
        y += 18
        for i, (dep, a, b) in enumerate(rotations(job), 1):
            p.rect(L, y, R - L, 17, 0.5, 0.0)
            for x in xs[1:-1]:
                p.vline(x, y - 18 if i == 1 else y, y + 17, 0.5)
            p.pieces(y + 12, [(L + 6, str(i), "left"), (xs[1] + 6, dep, "left"),
                              (xs[2] + 6, D.dmy_slash(a), "left"),
                              (xs[3] + 6, D.dmy_slash(b) if b else "present", "left")], F, 9.5)
            y += 17
        y += 26
    else:
        y = p.paragraph(L, y, f"{person.pronoun('subj').capitalize()} performed general laboratory duties.",
                        F, 10.5, R - L, 15) + 6
    y = p.paragraph(L, y, f"{person.pronoun('subj').capitalize()} {'is' if job.end is None else 'was'} a "
                    "dependable officer. Any assistance accorded to "
                    f"{person.pronoun('obj')} will be highly appreciated.", F, 10.5, R - L, 15) + 30
    p.text(L, y, "Yours faithfully,", F, 10.5); y += 46
    p.signature(L + 2, y - 14, 120, rng)
    oval_stamp(p, R - 90, y - 16, 50, 30)
    p.text(L, y, job.signer, FB, 10.5); y += 14
    p.text(L, y, "Principal Laboratory Technologist / Laboratory Manager" if c == "UG"
           else "Chief Medical Technologist", F, 10)
    p.text(p.w / 2, p.h - 36, f"{emp.name} - {emp.city}", FI, 7.5, "center")
    ft = job.hours_style in ("fulltime_only", "fulltime_hours", "daily")
    hrs = None if job.hours_style == "fulltime_only" else job.hours
    return LayoutResult("employment_letter", "rotation_letter", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "dmy_slash", "hours_facts": (hrs, ft, job.hours_style == "parttime_hours")})


DIPLOMA_LAYOUTS = {"ir_jo_diploma": (ir_jo_diploma, FAMILY, ("IR", "JO")),
                   "commonwealth_diploma": (commonwealth_diploma, FAMILY, ("CM", "UG", "TT"))}
LETTER_LAYOUTS = {"translated_employment": (translated_employment, FAMILY, ("IR", "JO", "CM")),
                  "rotation_letter": (rotation_letter, FAMILY, ("UG", "TT"))}
