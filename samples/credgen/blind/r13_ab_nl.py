"""Writer AB, round 13: Netherlands (NL). Country pack (a university of applied sciences' "Bachelor
Biologie en Medisch Laboratoriumonderzoek (BML)", four years, 240 EC; a university's Bachelor
Biologie, 180 EC; Bachelor Verpleegkunde) and the student information system's "Overzicht
studieresultaten": Dutch, A4 portrait, no grid, light grey shading of alternate rows, blocks
captioned by study phase ("Propedeutische fase", year 1, 60 EC; "Hoofdfase", years 2-4), columns
Cursus ("BML-BIOCH1") | Omschrijving | Toetsdatum ("24-01-2016") | Resultaat (Dutch 1-10 grades with
one decimal "7,5", "V" voldoende for pass/fail units, "VR" vrijstelling = exemption) | EC (2,5 / 5 /
7,5 / 15 / 30, comma decimals) | Periode ("2015-P2": academic year and teaching period 1-4). A unit
retaken shows only its best result (its date is the resit's). A block subtotal "Totaal
propedeutische fase: 60 EC" (and "Totaal hoofdfase: 180 EC"), at the end "Totaal behaalde
studiepunten: 240 EC", "Datum afdruk: 03-07-2019" and the exam board's signature "namens de
examencommissie". Dutch name order with particles ("Sanne van der Berg").

Credit basis: EC are ECTS credits, system "ects" (x 1/2 SH). An exempted unit ("VR") carries its EC
(it counts towards the total)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, fit_size
from .r13_ab_common import (FAMILY, add_department_phrases, comma, course_truth, k, parse, sign_block)

NL_BML = """
## 1 P1
BML-CHEM1 | Algemene chemie | 5 | C
BML-CELB1 | Celbiologie | 5 | B
BML-LABV1 | Laboratoriumvaardigheden 1 | 2.5 | ?P
BML-SLB1 | Studieloopbaanbegeleiding 1 | 2.5 | O
## 1 P2
BML-BIOCH1 | Biochemie 1 | 5 | C
BML-WIST1 | Wiskunde en statistiek | 5 | M
BML-ANFY1 | Anatomie en fysiologie | 5 | B
## 1 P3
BML-ORGCH | Organische chemie | 5 | C
BML-MICR1 | Microbiologie 1 | 5 | B
BML-ENG1 | Engels voor laboranten | 2.5 | O
BML-LABV2 | Laboratoriumvaardigheden 2 | 2.5 | ?P
## 1 P4
BML-GEN1 | Genetica | 5 | B
BML-ANCH1 | Analytische chemie | 5 | C
BML-PROJ1 | Beroepsproject 1 | 5 | O
## 2 P1
BML-KLCH1 | Klinische chemie 1 | 5 | P
BML-HEMA1 | Hematologie 1 | 5 | P
BML-IMMU1 | Immunologie | 5 | ?B
## 2 P2
BML-MMIC1 | Medische microbiologie 1 | 5 | P
BML-MOLB1 | Moleculaire biologie | 5 | B
BML-BIOCH2 | Biochemie 2 | 5 | C
## 2 P3
BML-KLCH2 | Klinische chemie 2 | 5 | P
BML-HEMA2 | Hematologie en hemostase | 5 | P
BML-SLB2 | Studieloopbaanbegeleiding 2 | 2.5 | O
BML-STAT2 | Statistiek en data-analyse | 2.5 | M
## 2 P4
BML-BLOED | Bloedtransfusie en immunohematologie | 5 | P
BML-PARA | Parasitologie en mycologie | 5 | P
BML-PROJ2 | Beroepsproject 2 | 5 | O
## 3 P2
BML-STAGE1 | Stage Medisch Laboratorium | 30 | P | chemistry,hematology,microbiology,blood_bank
## 3 P3
BML-MMIC2 | Medische microbiologie 2 | 5 | P
BML-MOLD | Moleculaire diagnostiek | 5 | ?P
BML-PATH | Pathologie en histologie | 5 | P
## 3 P4
BML-KWAL | Kwaliteitszorg en laboratoriummanagement | 5 | P
BML-URIN | Urine- en liquoronderzoek | 5 | P
BML-ETH | Ethiek en wetgeving in het laboratorium | 5 | ?P
## 4 P1
BML-MINOR | Minor Forensisch onderzoek | 15 | O
BML-ONDV | Onderzoeksvaardigheden | 5 | O
BML-TOX | Toxicologie | 5 | ?P
BML-KLIM | Klinische immunologie | 5 | ?P
## 4 P3
BML-AFST | Afstudeerstage | 30 | P | chemistry,hematology,microbiology,immunology
"""

NL_BIO = """
## 1 P1
BB-CELB | Cel- en weefselbiologie | 7.5 | B
BB-CHEM | Chemie voor biologen | 7.5 | C
## 1 P2
BB-BOT | Plantenbiologie | 7.5 | B
BB-WIS | Wiskunde en statistiek | 7.5 | M
## 1 P3
BB-DIER | Dierbiologie | 7.5 | B
BB-BIOCH | Biochemie | 7.5 | C
## 1 P4
BB-ECO1 | Ecologie 1 | 7.5 | ?B
BB-GEN | Genetica | 7.5 | B
## 2 P1
BB-MICR | Microbiologie | 7.5 | B
BB-FYS | Fysiologie | 7.5 | B
## 2 P2
BB-MOLB | Moleculaire biologie | 7.5 | B
BB-EVO | Evolutie | 7.5 | ?B
## 2 P3
BB-IMMU | Immunologie | 7.5 | B
BB-NEURO | Neurobiologie | 7.5 | B
## 2 P4
BB-ECO2 | Ecologie 2 | 7.5 | ?B
BB-VELD | Veldwerk | 7.5 | O
## 3 P1
BB-MINOR | Minor Wetenschapscommunicatie | 30 | O
## 3 P3
BB-BSCPR | Bachelorproject | 15 | O
BB-BIOINF | Bioinformatica | 7.5 | ?O
BB-FILO | Filosofie van de biologie | 7.5 | O
"""

NL_NUR = """
## 1 P1
VP-VPK1 | Verpleegkundige zorg 1 | 15 | O
## 1 P2
VP-ANFY | Anatomie en fysiologie | 15 | B
## 1 P3
VP-VPK2 | Verpleegkundige zorg 2 | 15 | O
## 1 P4
VP-STG1 | Stage basiszorg | 15 | O
## 2 P1
VP-KLIN | Klinisch redeneren | 15 | O
## 2 P3
VP-STG2 | Stage ziekenhuiszorg | 30 | O
## 2 P4
VP-FARM | Farmacologie | 15 | O
## 3 P1
VP-WIJK | Wijkverpleging | 30 | O
## 3 P3
VP-GGZ | Geestelijke gezondheidszorg | 30 | O
## 4 P1
VP-MINOR | Minor Acute zorg | 30 | O
## 4 P3
VP-AFST | Afstudeerstage verpleegkunde | 30 | O
"""


def _cur(cid, title, field, table, years, clin=False):
    return C.Curriculum(cid, "NL", title, "bachelor", years, field, "ects", parse(table), 9, 7, clinical_training=clin)


NL_INST = [
    Institution("Hogeschool Domstad", "Utrecht", "Utrecht", "NL", "Heidelberglaan 21", ("nl_bml", "nl_nur"),
                "university", extra={"inst": "Instituut voor Life Sciences en Chemie", "croho": "34397",
                                     "sis": "Osiris Student"}),
    Institution("Hogeschool Waddenkust", "Groningen", "Groningen", "NL", "Zernikeplein 14", ("nl_bml", "nl_nur"),
                "university", extra={"inst": "Instituut voor Life Science & Technology", "croho": "34397",
                                     "sis": "Progress"}),
    Institution("Universiteit van Lingewaard", "Nijmegen", "Gelderland", "NL", "Heyendaalseweg 130", ("nl_bio",),
                "university", extra={"inst": "Faculteit der Natuurwetenschappen", "croho": "56860",
                                     "sis": "Osiris Student"}),
]

PACK = K.CountryPack(
    code="NL", name="Netherlands",
    given={"F": ["Sanne", "Lotte", "Emma", "Fleur", "Anouk", "Iris", "Femke", "Noor", "Eline", "Marloes"],
           "M": ["Daan", "Bram", "Thijs", "Jesse", "Ruben", "Lars", "Sem", "Joris", "Niels", "Koen"]},
    surnames=["van der Berg", "de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "de Jong", "van Leeuwen", "Smit",
              "Mulder", "de Boer", "van den Heuvel", "Kuipers", "Bos", "ter Horst", "van der Linden"],
    middle={"F": [""], "M": [""]},
    institutions=NL_INST,
    employers=[
        Employer("Rijnoever Ziekenhuis", "Arnhem", "Gelderland", "NL", "Wagnerlaan 55", "+31 26 000 8811",
                 "po@rijnoever.example"),
        Employer("Ziekenhuis Veluwezoom", "Ede", "Gelderland", "NL", "Willy Brandtlaan 10", "+31 318 000 434",
                 "personeelszaken@veluwezoom-zh.example"),
        Employer("Medisch Centrum Amstelland-Zuid", "Amstelveen", "Noord-Holland", "NL", "Laan van de Helende Meesters 8",
                 "+31 20 000 5120", "hr@mc-amstelland.example"),
        Employer("Stichting Artsenlaboratorium Noord", "Groningen", "Groningen", "NL", "Van Swietenlaan 2",
                 "+31 50 000 3190", "p-o@artsenlab-noord.example", "lab"),
    ],
    signers=["mw. drs. A.M. Verhoeven", "dhr. P.J. Hoekstra", "mw. C.E. de Graaf MSc", "dhr. R. Brouwer"],
    curricula=[_cur("nl_bml", "Bachelor Biologie en Medisch Laboratoriumonderzoek", "medical_laboratory_science",
                    NL_BML, 4, True),
               _cur("nl_bio", "Bachelor Biologie", "biology", NL_BIO, 3),
               _cur("nl_nur", "Bachelor Verpleegkunde", "nursing", NL_NUR, 4)],
    mls_curriculum="nl_bml", science_curricula=["nl_bio"], nonqualifying_curricula=["nl_nur"],
    positions_mls=["analist klinische chemie", "medisch analist"],
    positions_science=["laboratoriumanalist", "research analist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.choice(['1', '5'])}{rng.randint(10 ** 6, 10 ** 7 - 1)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("NL", {
    "blood_bank": ["Bloedtransfusie", "Bloedbank"], "chemistry": ["Klinische Chemie", "klinische chemie"],
    "hematology": ["Hematologie", "hematologie"], "microbiology": ["Medische Microbiologie"],
    "immunology": ["Immunologie"], "urinalysis": ["Urineonderzoek"], "molecular": ["Moleculaire Diagnostiek"],
    "phlebotomy": ["Bloedafname"], "other": ["Pathologie"]})

OPL = {"nl_bml": "B Biologie en Medisch Laboratoriumonderzoek", "nl_bio": "B Biologie", "nl_nur": "B Verpleegkunde"}
PER_END = {"P1": (11, 3), "P2": (1, 22), "P3": (4, 10), "P4": (6, 20)}


def nl_name(person, surname=None):
    return " ".join(x for x in (person.given, person.middle, surname or person.surname) if x)


def nl_rows(s):
    """[(phase, [(r, result, date, periode)])]"""
    prop, hoofd = [], []
    vr = None
    if k(s, "vr") % 4 == 0:
        y1 = [(i, j) for i, t in enumerate(s.terms) if t.year == 1 for j, r in enumerate(t.results)
              if r.spec.credits <= 5 and "Studieloopbaan" not in r.spec.title]
        vr = y1[k(s, "vri") % len(y1)]
    for i, t in enumerate(s.terms):
        pn = int(t.key[1])
        ay = t.start_year
        per = f"{ay}-{t.key}"
        for j, r in enumerate(t.results):
            m, dd = PER_END[t.key]
            h = k(s, f"d{i}.{j}")
            d = dt.date(ay if m >= 9 else ay + 1, m, dd) + dt.timedelta(days=h % 9)
            if (i, j) == vr:
                res = "VR"
                d = dt.date(ay, 10, 1) + dt.timedelta(days=h % 14)
            elif "Studieloopbaan" in r.spec.title or "Veldwerk" in r.spec.title:
                res = "V"
            else:
                g = 5.6 + (r.score - 45) / 47.0 * 3.2 + ((h % 9) - 4) * 0.15
                g = max(5.5, min(9.6, round(g, 1)))
                res = comma(g, 1)
                if h % 11 == 0 and not r.spec.areas and pn < 4:     # passed at the resit in the next period
                    m2, dd2 = PER_END[f"P{pn + 1}"]
                    d = dt.date(ay if m2 >= 9 else ay + 1, m2, dd2) + dt.timedelta(days=7 + h % 5)
                    res = comma(max(5.5, min(7.5, g)), 1)
            (prop if t.year == 1 else hoofd).append((r, res, d, per))
    return [("Propedeutische fase", prop), ("Hoofdfase", hoofd)]


def ec(x):
    return comma(x, 1) if x != int(x) else str(int(x))


def nl_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 46, W - 46
    nm = nl_name(person)
    printed = s.conferred + dt.timedelta(days=k(s, "afdr") % 10)
    X = {"cursus": L + 4, "oms": L + 78, "datum": L + 300, "res": L + 378, "ec": L + 420, "per": L + 440}
    sz = 7.8

    def col_head(p, y):
        p.pieces(y, [(X["cursus"], "Cursus", "left"), (X["oms"], "Omschrijving", "left"),
                     (X["datum"], "Toetsdatum", "left"), (X["res"], "Resultaat", "right"), (X["ec"], "EC", "right"),
                     (X["per"], "Periode", "left")], FB, 7.8)
        p.hline(L, R, y + 3, 0.4, 0.4)
        return y + 13

    def new_page(n):
        p = Page(A4)
        p.logo(L + 12, 44, 12, 0, 0.35)
        p.text(L + 30, 42, inst.name, FB, 11)
        p.text(L + 30, 54, inst.extra["inst"], F, 8)
        p.text(R, 42, "Overzicht studieresultaten", FB, 11, "right")
        p.text(R, 54, inst.extra["sis"], F, 7.5, "right")
        y = 80
        if n == 1:
            for a, b in (("Naam", nm), ("Studentnummer", s.student_no),
                         ("Geboortedatum", s.dob.strftime("%d-%m-%Y")),
                         ("Opleiding", f"{OPL[cur.id]} (voltijd)"), ("Croho-code", inst.extra["croho"]),
                         ("Inschrijving vanaf", s.admitted.strftime("%d-%m-%Y"))):
                p.pieces(y, [(L, a, "left", FB, 8.2), (L + 100, b, "left", F, 8.2)])
                y += 11
            y += 10
        else:
            p.text(L, y, f"{nm} - {s.student_no}", F, 8)
            y += 16
        return p, y

    fl = Flow(new_page, 60)
    courses, total = [], 0.0
    for phase, rows in nl_rows(s):
        if not rows:
            continue
        fl.need(50)
        p = fl.page
        p.text(L, fl.y, phase, FB, 9.5)
        fl.y = col_head(p, fl.y + 14)
        sub = 0.0
        for n, (r, res, d, per) in enumerate(rows):
            if fl.need(11):
                fl.y = col_head(fl.page, fl.y)
            p, y = fl.page, fl.y
            if n % 2 == 1:
                p.rect(L, y - 7.6, R - L, 10.6, 0.1, 0.92, fill=0.92)
            cr = r.spec.credits
            ts = fit_size(r.spec.title, F, sz, 216, 6.4)
            p.text(X["cursus"], y, r.code, F, sz, record=False)
            p.text(X["oms"], y, r.spec.title, F, ts, record=False)
            ds = d.strftime("%d-%m-%Y")
            p.text(X["datum"], y, ds, F, sz, record=False)
            p.text(X["res"], y, res, F, sz, "right", record=False)
            p.text(X["ec"], y, ec(cr), F, sz, "right", record=False)
            p.text(X["per"], y, per, F, sz, record=False)
            p.lines.append(" ".join([r.code, r.spec.title, ds, res, ec(cr), per]))
            p.line_y.append(y)
            courses.append(course_truth(r, per, cr, res, "ects"))
            sub += cr
            fl.y += 10.6
        total += sub
        fl.y += 4
        fl.page.text(R, fl.y, f"Totaal {phase[0].lower() + phase[1:]}: {ec(sub)} EC", FB, 8.2, "right")
        fl.y += 22
    fl.need(120)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 10, 0.6)
    p.text(L, y + 2, f"Totaal behaalde studiepunten: {ec(total)} EC", FB, 9)
    y += 14
    p.text(L, y, "Resultaat: cijfer 1-10 (voldoende vanaf 5,5); V = voldoende; VR = vrijstelling.", F, 7.4)
    y += 14
    p.text(L, y, f"Datum afdruk: {printed.strftime('%d-%m-%Y')}", F, 8.2)
    y += 50
    sign_block(p, rng, L + 100, y, "namens de examencommissie", F, 8, 170, inst.extra["inst"])
    pages = fl.pages
    for n, pg in enumerate(pages, 1):
        pg.text(R, H - 26, f"Pagina {n} van {len(pages)}", F, 7, "right")
    return LayoutResult("transcript", "ab_nl_studieresultaten", FAMILY, pages, [nm], courses, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ab_nl_studieresultaten": (nl_transcript, FAMILY, ("NL",))}
