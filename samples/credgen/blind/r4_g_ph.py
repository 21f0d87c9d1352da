"""Writer G, round 4: Philippines (variant; the existing PH pack and schools). A private
university's "OFFICIAL TRANSCRIPT OF RECORDS" on long bond paper: a header block (Name, Date of
Birth, Place of Birth, Parent/Guardian, Entrance Data "High School: ...", Date of Graduation,
Degree, Major, Special Order No. "(B)(R) No. 50-240102-0123 s. 2019"), the table
`TERM & SCHOOL YEAR | SUBJECT CODE | DESCRIPTIVE TITLE | GRADES (Final, Re-Exam) | CREDITS` with a
two-line grouped header, each term a line spanning the table ("First Semester, SY 2015-2016"),
grades 1.00-5.00, "INC" completed at re-exam, "DRP" with blank credits (taken again the next
term), the internship term printed as "MT INTERN 1 Clinical Chemistry (Internship)", after the last
row "xxxxxxxx NOTHING FOLLOWS xxxxxxxx", a grading-system legend box at the foot of every page,
"REMARKS: Graduated with the degree of ... on April 12, 2019", "Page 2 of 3" and only the name on
continued pages. Units = 1 SH (system `units`). A DRP row prints no credits; its truth credits are
0 (it earned none), with credits_printed "" so a reader that leaves it blank is not wrong."""

import zlib

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import GIVEN, name_form
from ..pagekit import LEGAL_PH, Flow, Page, wrap
from .r4_g_common import FAMILY, course_truth, fmt_num, photo_box

HIGH_SCHOOLS = ["{c} National High School", "Saint Joseph's Academy of {c}", "{c} Science High School",
                "Holy Rosary College of {c}", "Divine Mercy School, {c}"]
BIRTH = ["Laoag City", "Batac City", "Vigan City", "Iloilo City", "Roxas City", "Tacloban City", "Dagupan City",
         "San Fernando City", "Tagum City"]


def _k(s, salt):
    return zlib.crc32(f"{salt}:{s.student_no}".encode())


def g2(x):
    return f"{x:.2f}"


def ph_rows(s):
    """Printed rows per term: (term label, [(result, code, title, final, reexam, credits or None)])."""
    flat = [(i, j, r) for i, t in enumerate(s.terms) for j, r in enumerate(t.results)
            if not r.spec.areas and i + 1 < len(s.terms) and s.terms[i].year < 4]
    k = _k(s, "event")
    inc = flat[k % len(flat)] if k % 3 == 0 else None
    drp = flat[(k // 7) % len(flat)] if k % 3 == 1 else None
    out, intern, carry = [], 0, None
    for i, t in enumerate(s.terms):
        ay = f"{t.start_year}-{t.start_year + 1}"
        label = {"S1": f"First Semester, SY {ay}", "S2": f"Second Semester, SY {ay}",
                 "SU": f"Summer, SY {ay}"}.get(t.key, f"Term {t.key}, SY {ay}")
        rows = []
        if carry is not None:
            rows.append((carry, carry.code, carry.spec.title, g2(carry.ph_grade), "", carry.spec.credits))
            carry = None
        for j, r in enumerate(t.results):
            code, title = r.code, r.spec.title
            if s.curriculum.id == "ph_bsmt" and title.startswith("Internship in "):
                intern += 1
                code, title = f"MT INTERN {intern}", f"{title[len('Internship in '):]} (Internship)"
            if drp and (i, j) == drp[:2]:
                rows.append((r, code, title, "DRP", "", None))
                carry = r
                continue
            if inc and (i, j) == inc[:2]:
                rows.append((r, code, title, "INC", g2(r.ph_grade), r.spec.credits))
                continue
            rows.append((r, code, title, g2(r.ph_grade), "", r.spec.credits))
        out.append((label, rows))
    return out


def ph_tor(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = LEGAL_PH
    L, R = 36, W - 36
    fs = 8.5
    name = name_form(person, "surname_first_full")
    xs = {"term": L + 3, "code": L + 76, "title": L + 152, "final": R - 128, "re": R - 82, "cr": R - 28}
    legend_top = H - 138

    def new_page(n):
        p = Page(LEGAL_PH)
        p.logo(L + 30, 50, 24, 1, 0.3)
        y = 40
        p.text(W / 2, y, inst.name.upper(), FB, 14 if len(inst.name) < 40 else 12, "center"); y += 13
        p.text(W / 2, y, f"{inst.street}, {inst.city}, {inst.region}", F, 8.5, "center"); y += 11
        p.text(W / 2, y, "OFFICE OF THE UNIVERSITY REGISTRAR", F, 8.5, "center"); y += 22
        p.text(W / 2, y, "OFFICIAL TRANSCRIPT OF RECORDS", FB, 13, "center"); y += 18
        if n == 1:
            photo_box(p, R - 74, 82, 72, 80)
            mom = GIVEN["PH"]["F"][_k(s, "mother") % len(GIVEN["PH"]["F"])]
            hs = HIGH_SCHOOLS[_k(s, "hs") % len(HIGH_SCHOOLS)].format(c=inst.city.replace(" City", ""))
            so_year = s.conferred.year
            rows = [("Name", name), ("Student No.", s.student_no),
                    ("Date of Birth", D.long_mdy(s.dob)), ("Place of Birth", BIRTH[_k(s, "pob") % len(BIRTH)]),
                    ("Parent/Guardian", f"Mrs. {mom} {person.surname}"),
                    ("Entrance Data", f"High School: {hs}"),
                    ("Date of Graduation", D.long_mdy(s.conferred)), ("Degree", cur.title),
                    ("Major", "None" if "Medical Technology" in cur.title or "Nursing" in cur.title else "-"),
                    ("Special Order No.", f"(B)(R) No. 50-{_k(s, 'so') % 900000 + 100000:06d}-{_k(s, 'so2') % 9000 + 1000:04d}"
                                          f" s. {so_year}")]
            for a, b in rows:
                p.pieces(y, [(L, f"{a}:", "left", F, 8.5), (L + 104, b, "left")], FB, 9)
                y += 12
        else:
            p.pieces(y, [(L, "Name:", "left", F, 8.5), (L + 40, name, "left")], FB, 9); y += 12
        y += 4
        # two-line grouped header
        p.hline(L, R, y, 1.0)
        p.pieces(y + 10, [(xs["term"], "TERM &", "left"), (xs["code"], "SUBJECT", "left"),
                          (xs["title"] + 60, "DESCRIPTIVE TITLE", "left"), ((xs["final"] + xs["re"]) / 2, "GRADES", "center"),
                          (xs["cr"], "CREDITS", "center")], FB, 8)
        p.hline(xs["final"] - 22, xs["re"] + 24, y + 13, 0.5)
        p.pieces(y + 21, [(xs["term"], "SCHOOL YEAR", "left"), (xs["code"], "CODE", "left"),
                          (xs["final"], "Final", "center"), (xs["re"], "Re-Exam", "center")], FB, 8)
        p.hline(L, R, y + 26, 1.0)
        st_top[n] = y
        return p, y + 40

    st_top = {}
    fl = Flow(new_page, H - legend_top + 8)
    out = []
    for label, rows in ph_rows(s):
        fl.need(14 + 12 * min(3, len(rows)))
        fl.page.text(xs["term"], fl.y, label, FB, fs)
        fl.y += 12.5
        for r, code, title, fin, re_, cr in rows:
            lines = wrap(title, F, fs, xs["final"] - 26 - xs["title"])
            fl.need(12 * len(lines))
            fl.page.pieces(fl.y, [(xs["code"], code, "left"), (xs["title"], lines[0], "left"),
                                  (xs["final"], fin, "center"), (xs["re"], re_, "center"),
                                  (xs["cr"], fmt_num(cr) if cr is not None else "", "center")], F, fs)
            for ln in lines[1:]:
                fl.y += 10.5
                fl.page.text(xs["title"] + 8, fl.y, ln, F, fs)
            fl.y += 12
            grade = re_ if fin == "INC" else fin
            extra = {"credits_printed": ""} if cr is None else {}
            if fin == "INC":
                extra["final_printed"] = "INC"
            out.append(course_truth(r, label, cr or 0, grade, "units", title=" ".join(lines), code=code, **extra))
        fl.y += 3
    fl.need(60)
    p = fl.page
    p.text(W / 2, fl.y + 2, "xxxxxxxx NOTHING FOLLOWS xxxxxxxx", F, fs, "center"); fl.y += 22
    conf = D.long_mdy(s.conferred)
    p.paragraph(L + 6, fl.y, f"REMARKS: Graduated with the degree of {cur.title} on {conf}.", FB, 9, R - L - 12, 12)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        top = st_top[i]
        for x in (xs["code"] - 4, xs["title"] - 4, xs["final"] - 22, xs["re"] - 22, xs["re"] + 24):
            pg.vline(x, top, top + 26, 0.4)
        for x in (L, R):
            pg.vline(x, top, legend_top - 14, 0.8)
        pg.hline(L, R, legend_top - 14, 0.8)
        y = legend_top
        pg.rect(L, y - 8, R - L, 52, 0.7, 0.0)
        pg.text(L + 6, y + 2, "GRADING SYSTEM", FB, 7)
        pg.text(L + 6, y + 12, "1.00 (98-100) Excellent; 1.25 (95-97); 1.50 (92-94) Very Good; 1.75 (89-91); 2.00 (86-88) "
                "Good; 2.25 (83-85); 2.50 (80-82) Fair;", F, 6.8)
        pg.text(L + 6, y + 21, "2.75 (77-79); 3.00 (75-76) Passed; 5.00 (below 75) Failed; INC Incomplete; DRP Dropped "
                "(no credit). One unit of credit is one hour of", F, 6.8)
        pg.text(L + 6, y + 30, "lecture or three hours of laboratory work a week for one semester. Any erasure or "
                "alteration renders this transcript invalid.", F, 6.8)
        y += 60
        pg.signature(R - 170, y + 20, 110, rng)
        pg.pieces(y + 30, [(L + 60, "Prepared by:", "center"), (L + 230, "Checked by:", "center"),
                           (R - 110, rng.choice(["ROSALINDA T. MACARAEG", "JOSEFINA B. DELOS SANTOS"]), "center", FB, 8.5)],
                  F, 8.5)
        pg.pieces(y + 41, [(L + 60, "Records Clerk", "center"), (L + 230, "Evaluator", "center"),
                           (R - 110, "University Registrar", "center")], F, 8)
        pg.pieces(H - 22, [(L, "NOT VALID WITHOUT UNIVERSITY SEAL", "left", FI, 7), (R, f"Page {i} of {n}", "right")],
                  F, 8)
        pg.seal(L + 150, y + 12, 20, 0.5)
    return LayoutResult("transcript", "ph_private_tor", FAMILY, fl.pages, [name], out, "units",
                        {"conferred_printed": conf})


TRANSCRIPT_LAYOUTS = {"ph_private_tor": (ph_tor, FAMILY, ("PH",))}
