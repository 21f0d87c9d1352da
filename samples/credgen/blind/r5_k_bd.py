"""Writer K, round 5: Bangladesh (variant; the round-1 pack, its schools and curricula).

`bd_yearly_transcript`: the "ACADEMIC TRANSCRIPT" of a B.Sc. in Medical Technology (Laboratory) under
a Faculty of Medicine, year system: identity block with Father's and Mother's names, Registration
No., Session and Roll; per year "1st Year Examination 2015 (held in 2016)" (session-jam dates) and
the table `Course No. | Course Title | Credit | Letter Grade | Grade Point` with codes renumbered
per year as the faculty prints them ("MT-101", "CHE-102"), a subtotal line per year ("Total Credit
36.5  Year GPA 3.41"); the clinical internship courses printed as ONE row "Internship (12 months):
..." without credit ("Completed"; truth credits 0, credits_printed "" as round 4's DRP rows); "CGPA
3.54 (out of 4.00)"; on the LAST page the UGC grading system printed as a table whose rows look like
course rows ("80% and above | A+ | 4.00", "75% to less than 80% | A | 3.75", ...). System `semester`.

`bd_result_certificate`: "... certify that ... passed the B.Sc. in Medical Technology (Laboratory)
Examination of 2018 held in 2019 and obtained CGPA 3.54 on a scale of 4.00 ... Date of publication
of result: 12.03.2019" (the publication date is the conferral).

`bd_experience_certificate_dept`: "EXPERIENCE CERTIFICATE ... from 1st January 2019 to 31st December
2021 in the Department of Pathology (Haematology, Biochemistry, Microbiology) ... 3 (three) years"."""

import datetime as dt
import re

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import GIVEN, name_form
from ..pagekit import A4, LANDSCAPE_A4, Flow, Page, fit_size, wrap
from .r5_k_common import FAMILY, course_truth, key, round_seal

UGC = [(80, "A+", 4.00, "80% and above"), (75, "A", 3.75, "75% to less than 80%"),
       (70, "A-", 3.50, "70% to less than 75%"), (65, "B+", 3.25, "65% to less than 70%"),
       (60, "B", 3.00, "60% to less than 65%"), (55, "B-", 2.75, "55% to less than 60%"),
       (50, "C+", 2.50, "50% to less than 55%"), (45, "C", 2.25, "45% to less than 50%"),
       (40, "D", 2.00, "40% to less than 45%"), (0, "F", 0.00, "Less than 40%")]
ORD = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]


def bd_grade(r):
    pct = min(99, r.score + 4)
    for lo, g, gp, _ in UGC:
        if pct >= lo:
            return g, gp


def bd_years(s):
    """[(year, label, rows, internship)]: rows = [(result, code printed, credits, letter, gp)]."""
    out = []
    for y in sorted({t.year for t in s.terms}):
        ts = [t for t in s.terms if t.year == y]
        exam = ts[0].start_year
        label = f"{ORD[y]} Year Examination {exam} (held in {exam + 1})"
        seq, rows, intern = {}, [], []
        for t in ts:
            for r in t.results:
                if r.spec.areas:
                    intern.append(r)
                    continue
                pre = re.match(r"[A-Z]+", r.code).group(0)
                seq[pre] = seq.get(pre, 0) + 1
                g, gp = bd_grade(r)
                rows.append((r, f"{pre}-{y}{seq[pre]:02d}", r.spec.credits, g, gp))
        out.append((y, label, rows, intern))
    return out


def bd_cgpa(s):
    rows = [x for _, _, rs, _ in bd_years(s) for x in rs]
    return sum(c * gp for _, _, c, _, gp in rows) / sum(c for _, _, c, _, _ in rows)


def _parents(s):
    k = key(s, "bd-parents")
    fathers = GIVEN["BD"]["M"]
    mothers = ["Rokeya Begum", "Shahnaz Parvin", "Nasima Khatun", "Hosne Ara Begum", "Jesmin Akter", "Salma Begum"]
    return f"Md. {fathers[k % len(fathers)].replace('Mohammad ', '')} {['Hossain', 'Rahman', 'Mia', 'Ali'][k % 4]}", \
        mothers[(k // 7) % len(mothers)]


def bd_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 48, W - 48
    name = name_form(person, "caps")
    father, mother = _parents(s)
    xs = [L + 4, L + 70, R - 150, R - 90, R - 36]
    years = bd_years(s)

    def new_page(n):
        p = Page(A4)
        y = 44
        p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 14, R - L), "center"); y += 14
        p.text(W / 2, y, "FACULTY OF MEDICINE", FB, 10, "center"); y += 12
        p.text(W / 2, y, f"{inst.street}, {inst.city}, Bangladesh", F, 9, "center"); y += 20
        if n == 1:
            p.text(W / 2, y, "ACADEMIC TRANSCRIPT", FB, 14, "center"); y += 8
            p.hline(W / 2 - 80, W / 2 + 80, y, 0.6); y += 18
            for a, b in ((f"Name of the Student: {name}", f"Registration No.: {s.student_no}"),
                         (f"Father's Name: {father}", f"Session: {s.admitted.year - 1}-{s.admitted.year}"),
                         (f"Mother's Name: {mother}", f"Roll No.: {key(s, 'bd-roll') % 900 + 100}"),
                         ("Degree: B.Sc. in Medical Technology (Laboratory)" if cur.id == "bd_bsc_mt" else
                          f"Degree: {cur.title}", "Duration: 4 (four) years")):
                p.pieces(y, [(L, a, "left"), (R - 150, b, "left")], F, 9.5); y += 13
            y += 4
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (R, f"Reg. No.: {s.student_no}, page {n}", "right")], F, 9); y += 14
        return p, y + 8

    fl = Flow(new_page, 60)
    out = []

    def header():
        p = fl.page
        p.hline(L, R, fl.y, 0.8)
        p.pieces(fl.y + 11, [(xs[0], "Course No.", "left"), (xs[1], "Course Title", "left"), (xs[2] + 12, "Credit", "center"),
                             (xs[3] + 14, "Letter Grade", "center"), (xs[4] + 10, "Grade Point", "center")], FB, 8.5)
        p.hline(L, R, fl.y + 16, 0.8)
        fl.y += 28

    for y, label, rows, intern in years:
        fl.need(60 + 12 * len(rows))
        fl.page.text(L, fl.y, label, FB, 10); fl.y += 8
        header()
        for r, code, cr, g, gp in rows:
            lines = wrap(r.spec.title, F, 9, xs[2] - xs[1] - 14)
            if fl.need(12 * len(lines) + 4):
                header()
            fl.page.pieces(fl.y, [(xs[0], code, "left"), (xs[1], lines[0], "left"), (xs[2] + 12, f"{cr:.1f}", "center"),
                                  (xs[3] + 14, g, "center"), (xs[4] + 10, f"{gp:.2f}", "center")], F, 9)
            for ln in lines[1:]:
                fl.y += 11
                fl.page.text(xs[1] + 8, fl.y, ln, F, 9)
            fl.y += 12.5
            out.append(course_truth(r, label, cr, g, "semester", code=code, grade_point=gp))
        tc = sum(c for _, _, c, _, _ in rows)
        ygpa = sum(c * gp for _, _, c, _, gp in rows) / tc
        fl.page.hline(L, R, fl.y - 7, 0.4)
        fl.page.pieces(fl.y + 3, [(xs[1], "Total", "left"), (xs[2] + 12, f"{tc:.1f}", "center"),
                                  (xs[3] + 14, "YGPA", "center"), (xs[4] + 10, f"{ygpa:.2f}", "center")], FB, 9)
        fl.y += 22
        if intern:
            fl.need(40)
            areas = [r.spec.title.split("(")[-1].rstrip(")") if "(" in r.spec.title else r.spec.title for r in intern]
            title = "Internship (12 months) in " + "; ".join(areas)
            lines = wrap(title, F, 9, xs[3] - xs[1] - 10)
            fl.page.pieces(fl.y, [(xs[0], "INT", "left"), (xs[1], lines[0], "left"), (xs[3] + 14, "Completed", "center")], F, 9)
            for ln in lines[1:]:
                fl.y += 11
                fl.page.text(xs[1] + 8, fl.y, ln, F, 9)
            fl.y += 22
            # one printed row: one truth row (the category of an internship, mls_professional)
            out.append(course_truth(intern[0], label, 0, "Completed", "semester", code="INT", title=" ".join(lines),
                                    credits_printed="", internship_row=True,
                                    areas=[a for r in intern for a in r.spec.areas]))
    cg = bd_cgpa(s)
    tot = sum(c for _, _, rs, _ in years for _, _, c, _, _ in rs)
    fl.need(300)
    p = fl.page
    p.spaced(L, fl.y, [f"Total Credits Earned: {tot:.1f}", f"CGPA {cg:.2f} (out of 4.00)"], FB, 11, 40); fl.y += 16
    p.text(L, fl.y, f"Date of publication of result: {s.conferred.strftime('%d.%m.%Y')}", F, 9.5); fl.y += 26
    p.text(L, fl.y, "GRADING SYSTEM", FB, 10); fl.y += 6
    header_items = [(xs[0], "Numerical Grade", "left"), (xs[3] + 14, "Letter Grade", "center"), (xs[4] + 10, "Grade Point", "center")]
    p.hline(L, R, fl.y, 0.8)
    p.pieces(fl.y + 11, header_items, FB, 8.5)
    p.hline(L, R, fl.y + 16, 0.8)
    fl.y += 28
    for _, g, gp, txt in UGC:
        p.pieces(fl.y, [(xs[0], txt, "left"), (xs[3] + 14, g, "center"), (xs[4] + 10, f"{gp:.2f}", "center")], F, 9)
        fl.y += 12.5
    p.hline(L, R, fl.y - 7, 0.4)
    fl.y += 40
    p.signature(L + 10, fl.y - 14, 100, rng)
    p.signature(R - 140, fl.y - 14, 100, rng)
    p.pieces(fl.y, [(L, "Prepared by", "left"), (R, "Controller of Examinations", "right")], F, 9.5)
    round_seal(p, rng, W / 2, fl.y - 16, 64, inst.name[:40], "BANGLADESH", ink=(40, 40, 140))
    return LayoutResult("transcript", "bd_yearly_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"prints_totals": True, "cgpa_printed": f"{cg:.2f}"})


def bd_certificate(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 1.6, 0.3)
    name = name_form(person, "caps")
    father, mother = _parents(s)
    last = max(t.start_year for t in s.terms)
    deg = "B.Sc. in Medical Technology (Laboratory)" if cur.id == "bd_bsc_mt" else cur.title
    y = 84
    p.text(W / 2, y, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 22, W - 160), "center"); y += 20
    p.text(W / 2, y, f"{inst.city}, Bangladesh", FI, 11, "center"); y += 30
    p.text(70, y, f"Serial No. {key(s, 'bd-cert') % 900000 + 100000}", F, 9)
    p.text(W - 70, y, f"Registration No. {s.student_no}", F, 9, "right"); y += 30
    p.text(W / 2, y, "CERTIFICATE", FB, 24, "center"); y += 36
    cg = bd_cgpa(s)
    body = (f"This is to certify that {name}, son/daughter of {father} and {mother}, passed the {deg} "
            f"Examination of {last} held in {last + 1} and obtained CGPA {cg:.2f} on a scale of 4.00.")
    body = body.replace("son/daughter", "daughter" if person.sex == "F" else "son")
    for ln in wrap(body, FI, 14, W - 200):
        p.text(W / 2, y, ln, FI, 14, "center"); y += 20
    y += 6
    p.text(W / 2, y, "He/She bears a good moral character.".replace("He/She", "She" if person.sex == "F" else "He"),
           FI, 13, "center"); y += 36
    p.text(90, y, f"Date of publication of result: {s.conferred.strftime('%d.%m.%Y')}", F, 11)
    yb = H - 86
    p.signature(100, yb - 22, 110, rng)
    p.signature(W - 230, yb - 22, 110, rng)
    p.hline(80, 260, yb - 12, 0.6)
    p.hline(W - 260, W - 80, yb - 12, 0.6)
    p.pieces(yb, [(170, "Controller of Examinations", "center"), (W - 170, "Vice-Chancellor", "center")], FB, 10.5)
    round_seal(p, rng, W / 2, H - 110, 72, inst.name[:42], "BANGLADESH", ink=(40, 40, 140))
    return LayoutResult("diploma", "bd_result_certificate", FAMILY, [p], [name],
                        info={"conferred_printed": s.conferred.strftime("%d.%m.%Y"), "cgpa_printed": f"{cg:.2f}"})


def _duration(a, b):
    b = b + dt.timedelta(days=1)                  # end date inclusive: whole months completed
    months = (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)
    y, m = divmod(months, 12)
    parts = []
    if y:
        parts.append(f"{y} ({WORDS[y]}) year{'s' if y > 1 else ''}")
    if m:
        parts.append(f"{m} ({WORDS[m]}) month{'s' if m > 1 else ''}")
    return " ".join(parts) or "less than one month"


def bd_experience(job, person, rng, as_of):
    emp = job.employer
    F, FB = "Times-Roman", "Times-Bold"
    p = Page(A4)
    L, R = 64, p.w - 64
    y = 56
    p.text(p.w / 2, y, emp.name, FB, 18, "center"); y += 16
    p.text(p.w / 2, y, f"{emp.street}, {emp.city}", F, 10.5, "center"); y += 13
    p.text(p.w / 2, y, f"Phone: {emp.phone}, E-mail: {emp.email}", F, 10, "center"); y += 6
    p.hline(L - 10, R + 10, y, 1.4)
    y += 22
    p.pieces(y, [(L, f"Ref: {emp.name.split()[0][:4].upper()}/HR/{rng.randint(100, 999)}/{job.letter_date.year}", "left"),
                 (R, f"Date: {job.letter_date.strftime('%d.%m.%Y')}", "right")], F, 10.5); y += 46
    p.text(p.w / 2, y, "EXPERIENCE CERTIFICATE", FB, 15, "center")
    p.hline(p.w / 2 - 100, p.w / 2 + 100, y + 4, 0.8); y += 40
    fem = person.sex == "F"
    sn = job.surname_override or person.surname
    nm = f"{person.given} {sn}"
    hon = "Mr." if not fem else rng.choice(["Ms.", "Mrs."])
    dept = ("the Department of Pathology (" + ", ".join(job.departments) + ")") if job.departments and \
        job.position != "Staff Nurse" else (" and ".join(job.departments) if job.departments else "the Laboratory")
    if job.position == "Staff Nurse" and job.departments:
        dept = "the " + dept
    end = job.end or job.letter_date
    if job.hours >= 35:
        basis, facts = rng.choice([("on a full-time basis", (None, True, False)),
                                   ("on a full-time basis (48 hours a week, six days a week)", (48, True, False))])
    else:
        basis, facts = f"on a part-time basis ({job.hours} hours a week)", (job.hours, False, True)
    if job.end:
        s1 = (f"This is to certify that {hon} {nm} worked in this organisation as {job.position} from "
              f"{D.ordinal_dmy(job.start).replace(',', '')} to {D.ordinal_dmy(job.end).replace(',', '')} in {dept} "
              f"{basis}. The total period of {'her' if fem else 'his'} service is {_duration(job.start, end)}.")
    else:
        s1 = (f"This is to certify that {hon} {nm} has been working in this organisation as {job.position} since "
              f"{D.ordinal_dmy(job.start).replace(',', '')} in {dept} {basis} and is still continuing. "
              f"{'Her' if fem else 'His'} service up to the date of this certificate is {_duration(job.start, end)}.")
    pars = [s1, f"To the best of our knowledge {'she' if fem else 'he'} bears a good moral character. We wish "
            f"{'her' if fem else 'him'} every success in life."]
    for par in pars:
        for ln in wrap(par, F, 12, R - L):
            p.text(L, y, ln, F, 12); y += 18
        y += 10
    y += 50
    p.signature(L + 4, y - 16, 110, rng)
    p.text(L, y, job.signer, FB, 11.5); y += 14
    p.text(L, y, rng.choice(["Manager (HR & Admin)", "Head, Department of Pathology", "Director (Admin)"]), F, 11); y += 14
    p.text(L, y, emp.name, F, 11)
    round_seal(p, rng, R - 70, y - 24, 68, emp.name[:38], "BANGLADESH", ink=(40, 40, 140))
    return LayoutResult("employment_letter", "bd_experience_certificate_dept", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "ordinal_dmy", "hours_facts": facts})


TRANSCRIPT_LAYOUTS = {"bd_yearly_transcript": (bd_transcript, FAMILY, ("BD",))}
DIPLOMA_LAYOUTS = {"bd_result_certificate": (bd_certificate, FAMILY, ("BD",))}
LETTER_LAYOUTS = {"bd_experience_certificate_dept": (bd_experience, FAMILY, ("BD",))}
