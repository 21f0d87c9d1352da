"""Writer V, round 10: v_service_record, the MU and BT employment letters.

MU "CERTIFICATE OF EMPLOYMENT" from a private clinic or laboratory: "This is to certify that Ms ...
   is employed by ... as Medical Laboratory Technologist in our Laboratory (Haematology, Biochemistry)
   on a part-time basis (2.5 days per week, i.e. 20 hours) from 02 March 2018 to date" or "on a
   full-time basis (45 hours per week) since 01 September 2019 to date"; dates "02 March 2018".
   For one full-time holder in two (job longer than 14 months) the certificate has the two-phase
   sentence of real Mauritian certificates: "was employed on a part-time basis (2.5 days per week, i.e.
   20 hours) from 02 March 2018 to 31 August 2019, and on a full-time basis (40 hours per week) since
   01 September 2019 to date": the truth then has TWO experience entries for the letter (info
   "phases", read by truth.experience_truth), 20 h then the job's hours, split on the first of a month.
BT a civil-service "SERVICE CERTIFICATE": Dzongkha line (strokes, no text layer), "Royal Government of
   Bhutan — Ministry of Health", then a TABLE `Sl. No. | Position Title | Position Level | From | To |
   Place of Posting` with two service rows (the same title, position level P5 then P4 after a
   promotion, dd/mm/yyyy, "Till date" when current) and, for a holder who has left, a third row
   "Extraordinary leave (without pay)" from the day after the last service row up to a later date,
   remark "Not counted as service" (criteria.md counts days worked: EOL is not worked, so the truth's
   period is the service rows only, from the first From to the last service To; the EOL row follows
   the service so the truth's single period stays exact)."""

import datetime as dt

from .. import dates as D
from ..layouts_letter import hours_facts, join_and, printed_name
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, wrap
from .r10_v_common import by_reading_order, dzongkha_line, FAMILY, kj, round_stamp, rubber_stamp, sign_block


def v_service_record(job, person, rng, as_of):
    return {"MU": _mu, "BT": _bt}[job.employer.country](job, person, rng, as_of)


def dmy(d):
    return f"{d.day:02d} {D.MONTHS[d.month - 1]} {d.year}"


def _mu_basis(job):
    h, st = job.hours, job.hours_style
    if st == "parttime_hours":
        days = {16: "2", 20: "2.5", 24: "3"}.get(h)
        return (f"on a part-time basis ({days} days per week, i.e. {h} hours)" if days else
                f"on a part-time basis ({h} hours per week)")
    return {"hours": f"for {h} hours per week", "fulltime_only": "on a full-time basis",
            "fulltime_hours": f"on a full-time basis ({h} hours per week)",
            "daily": f"on a full-time basis, 8 hours a day, {h // 8} days a week"}[st]


def _mu(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    W = p.w
    L, R = 64, W - 64
    F, FB = "Helvetica", "Helvetica-Bold"
    fem = person.sex == "F"
    nm = printed_name(job, person, "natural")
    p.logo(L + 18, 58, 18, 2)
    p.text(L + 46, 52, emp.name, FB, 14)
    p.text(L + 46, 66, f"{emp.street}, {emp.city}, Republic of Mauritius", F, 9)
    p.text(L + 46, 78, f"Tel: {emp.phone} • Email: {emp.email} • BRN C{kj(job, 'brn') % 10 ** 8:08d}", F, 8.5)
    p.hline(L, R, 88, 0.6)
    p.text(R, 116, dmy(job.letter_date), F, 10.5, "right")
    p.text(W / 2, 160, "CERTIFICATE OF EMPLOYMENT", FB, 14, "center")
    where = "our Laboratory" + (f" ({', '.join(job.departments)})" if job.departments else "")
    end = job.end or job.letter_date
    phases = None
    if job.hours_style != "parttime_hours" and (end - job.start).days > 420 and kj(job, "ph") % 2 == 0:
        # part-time first (2.5 days a week), full-time from the first day of a later month
        m = D.add_months(job.start, 6 + kj(job, "cut") % max(1, ((end - job.start).days // 30 - 8)))
        cut = dt.date(m.year, m.month, 1) + dt.timedelta(days=31)
        cut = dt.date(cut.year, cut.month, 1)
        if job.start + dt.timedelta(days=150) < cut < end - dt.timedelta(days=90):
            phases = [(job.start, cut - dt.timedelta(days=1), (20, False, True)), (cut, job.end, hours_facts(job))]
    if phases:
        cut = phases[1][0]
        tail = f"since {dmy(cut)} to date" if job.end is None else f"from {dmy(cut)} to {dmy(job.end)}"
        per = (f"from {dmy(job.start)} to {dmy(cut - dt.timedelta(days=1))}, and {_mu_basis(job)} {tail}")
        verb = "is employed" if job.end is None else "was employed"
        body = (f"This is to certify that {'Ms' if fem else 'Mr'} {nm}, holder of National Identity Card No. "
                f"{nm.split()[-1][0].upper()}{kj(job, 'nic') % 10 ** 12:012d}{chr(65 + kj(job, 'c') % 26)}, {verb} by "
                f"{emp.name} as {job.position} in {where}. {'She' if fem else 'He'} was employed on a part-time basis "
                f"(2.5 days per week, i.e. 20 hours) {per}.")
    elif job.end is None:
        per = f"since {dmy(job.start)} to date" if kj(job, "s") % 2 else f"from {dmy(job.start)} to date"
        verb = "is employed"
    else:
        per = f"from {dmy(job.start)} to {dmy(job.end)}"
        verb = "was employed"
    if not phases:
        body = (f"This is to certify that {'Ms' if fem else 'Mr'} {nm}, holder of National Identity Card No. "
                f"{nm.split()[-1][0].upper()}{kj(job, 'nic') % 10 ** 12:012d}{chr(65 + kj(job, 'c') % 26)}, {verb} by "
                f"{emp.name} as {job.position} in {where} {_mu_basis(job)} {per}.")
    y = p.paragraph(L, 196, body, F, 11, R - L, 17) + 10
    y = p.paragraph(L, y, f"{'She' if fem else 'He'} is registered with the Allied Health Professionals Council. This "
                    "certificate is issued at the request of the employee for whatever purpose it may serve.",
                    F, 11, R - L, 17) + 56
    sign_block(p, rng, L + 90, y, job.signer, F, 10, 170, job.signer_title or "Human Resources Manager")
    rubber_stamp(p, R - 90, y - 20, 56, 28, 0.45)
    return LayoutResult("employment_letter", "v_service_record", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dd_month_yyyy", "hours_facts": hours_facts(job), "phases": phases})


def sl(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _bt(job, person, rng, as_of):
    emp = job.employer
    p = Page(A4)
    W = p.w
    L, R = 50, W - 50
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    nm = printed_name(job, person, "natural")
    gov = emp.kind != "lab"
    eol, issued = None, job.letter_date
    if job.end is not None and (as_of - job.end).days > 70:
        # the leave follows the last service row; the certificate is issued after it ends
        e2 = min(as_of - dt.timedelta(days=20), job.end + dt.timedelta(days=60 + kj(job, "eol") % 300))
        eol = (job.end + dt.timedelta(days=1), e2)
        issued = max(job.letter_date, e2 + dt.timedelta(days=5 + kj(job, "iss") % 12))
    dzongkha_line(p, W / 2, 42, 5, 12, seed=emp.name)
    if gov:
        p.text(W / 2, 62, "Royal Government of Bhutan", FB, 12, "center")
        p.text(W / 2, 76, "Ministry of Health", F, 10.5, "center")
    p.text(W / 2, 92, emp.name, FB, 13, "center")
    p.text(W / 2, 105, f"{emp.street}, {emp.region} — Tel. {emp.phone}", F, 9, "center")
    p.hline(L, R, 113, 0.9)
    p.pieces(134, [(L, f"No. {emp.name.split()[0][:3].upper()}/ADM/{kj(job, 'no') % 90 + 10}/{issued.year}/"
                       f"{kj(job, 'n2') % 900 + 100}", "left"), (R, f"Date: {sl(issued)}", "right")], F, 10)
    p.text(W / 2, 170, "SERVICE CERTIFICATE", FB, 15, "center")
    eid = f"{2008000 + kj(job, 'eid') % 90000}"
    ph = (f"a regular (full-time) civil servant" if gov else "a full-time employee") if job.hours >= 35 else \
        f"an employee on a part-time contract ({job.hours} hours per week)"
    st = job.hours_style
    if st in ("hours", "fulltime_hours", "daily") and job.hours >= 35:
        ph += f", {job.hours} hours per week" if st != "daily" else ", 8 hours a day, 6 days a week"
    dep = f" in the {join_and(job.departments)} {'sections' if len(job.departments) > 1 else 'section'} of the laboratory" \
        if job.departments else ""
    body = (f"This is to certify that {'Ms.' if fem else 'Mr.'} {nm}, EID No. {eid}, has served in "
            f"{'this hospital' if gov else 'this centre'}{dep} as {ph}, as detailed below:")
    y = p.paragraph(L, 200, body, F, 11, R - L, 16) + 8
    end = job.end or job.letter_date
    span = (end - job.start).days
    cut = job.start + dt.timedelta(days=span * (45 + kj(job, "cut") % 20) // 100) if span > 500 else None
    rows = []
    if cut:
        rows.append((job.position, "P5", sl(job.start), sl(cut - dt.timedelta(days=1)), emp.name))
        rows.append((job.position, "P4", sl(cut), "Till date" if job.end is None else sl(job.end), emp.name))
    else:
        rows.append((job.position, "P5" if kj(job, "l") % 2 else "P4", sl(job.start),
                     "Till date" if job.end is None else sl(job.end), emp.name))
    xs = [L, L + 34, L + 164, L + 234, L + 298, L + 362, R]
    heads = ["Sl. No.", "Position Title", "Position Level", "From", "To", "Place of Posting"]
    p.rect(L, y, R - L, 18, 0.7, 0, fill=0.88)
    p.pieces(y + 12, [((xs[i] + xs[i + 1]) / 2, h, "center") for i, h in enumerate(heads)], FB, 8.5)
    top = y
    y += 30
    allrows = [list(r) for r in rows]
    if eol:
        allrows.append(["Extraordinary leave (without pay)", "—", sl(eol[0]), sl(eol[1]), "Not counted as service"])
    for n, r in enumerate(allrows, 1):
        t1 = wrap(r[0], F, 9, xs[2] - xs[1] - 6)
        t5 = wrap(r[4], F, 9, xs[6] - xs[5] - 6)
        p.pieces(y, [((xs[0] + xs[1]) / 2, str(n), "center"), (xs[1] + 3, t1[0], "left"), ((xs[2] + xs[3]) / 2, r[1], "center"),
                     ((xs[3] + xs[4]) / 2, r[2], "center"), ((xs[4] + xs[5]) / 2, r[3], "center"), (xs[5] + 3, t5[0], "left")], F, 9)
        for i in range(1, max(len(t1), len(t5))):
            y += 11
            p.pieces(y, [(xs[1] + 3, t1[i] if i < len(t1) else "", "left"), (xs[5] + 3, t5[i] if i < len(t5) else "", "left")], F, 9)
        y += 8
        p.hline(L, R, y, 0.4)
        y += 13
    p.rect(L, top, R - L, y - 13 - top, 0.7, 0)
    for x in xs[1:-1]:
        p.vline(x, top, y - 13, 0.4)
    y += 6
    if eol:
        y = p.paragraph(L, y, f"{'She' if fem else 'He'} resigned from the service with effect from "
                        f"{sl(eol[1] + dt.timedelta(days=1))}. The period of extraordinary leave without pay does not "
                        f"count as service.", F, 10.5, R - L, 15) + 6
    y = p.paragraph(L, y, f"During {'her' if fem else 'his'} service {'she' if fem else 'he'} was found sincere and "
                    "dedicated. This certificate is issued on request.", F, 10.5, R - L, 15) + 60
    sign_block(p, rng, R - 110, y, job.signer, F, 10, 180,
               job.signer_title or ("Medical Superintendent" if gov else "Managing Director"))
    round_stamp(p, L + 80, y - 16, 32, 0.45)
    return LayoutResult("employment_letter", "v_service_record", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash", "hours_facts": _bt_facts(job),
                              "extraordinary_leave": [D.iso(eol[0]), D.iso(eol[1])] if eol else None})


def _bt_facts(job):
    if job.hours < 35:
        return (job.hours, False, True)
    st = job.hours_style
    if st in ("hours", "fulltime_hours", "daily"):
        return (job.hours, True, False)
    return (None, True, False)


LETTER_LAYOUTS = {"v_service_record": (v_service_record, FAMILY, ("MU", "BT"))}
