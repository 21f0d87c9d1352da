"""Writer AH, round 16: Belgium, Flanders (BE). Country pack (invented university colleges
(hogescholen): the "Professionele bachelor in de biomedische laboratoriumtechnologie, afstudeerrichting
klinische biologie", three years, 180 studiepunten; the "Professionele bachelor in de chemie,
afstudeerrichting biochemie"; the "Professionele bachelor in de verpleegkunde", four years) and the
"CREDITBEWIJS — PUNTENLIJST": A4 portrait, Dutch, a sans serif, ONE PAGE PER ACADEMIC YEAR with the
year and the traject in a box at the top right ("Academiejaar 2015-2016", "Modeltraject fase 2").
Columns OLOD ("BLT.B2.04") | Opleidingsonderdeel (long titles wrap) | SP | 1e zit ("13/20", "NA") |
2e zit (only for the failed) | Resultaat ("Credit behaald", "Gedelibereerd", "Tolereerbaar",
"Niet geslaagd", "Vrijstelling"). A course failed in both sittings is taken again the next year
(printed on both pages). Each page ends with "Opgenomen studiepunten: 60 Verworven studiepunten: 54
Studierendement: 90 %" and "Globaal resultaat: ..."; the last page adds "Diploma uitgereikt op ...",
the "Bijlage bij het diploma" reference and the Directeur Onderwijsadministratie's signature.

Truth: credit_system "ects" (studiepunten are ECTS; 2 = 1 SH). Every printed row is a course row
(code as printed, term "Academiejaar 2015-2016", grade the deciding score "13/20" or "Vrijstelling").
A "Niet geslaagd" row is a failed attempt (`passed: false`, no SH); its retake the next year counts.
"Gedelibereerd" (8 or 9, passed by the examination board) and "Tolereerbaar" (a tolerated 8 or 9,
the phase declared passed) count as earned, as does "Vrijstelling" (credits granted from earlier
study); the page's "Verworven studiepunten" sums exactly those rows. The final grade of
distinction comes from the weighted mean of the deciding scores (voldoening, onderscheiding from
68 %, grote onderscheiding from 77 %, grootste onderscheiding from 85 %).
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r16_ah_common import (FAMILY, NL_MONTHS, add_department_phrases, by_reading_order, course_truth, k,
                            sign_block)

BE_BLT = """
## 1 Y
BLT.B1.01 | Algemene en anorganische chemie | 6 | C
BLT.B1.02 | Organische chemie | 5 | C
BLT.B1.03 | Celbiologie en histologie | 6 | ?B
BLT.B1.04 | Anatomie en fysiologie van de mens | 6 | B
BLT.B1.05 | Wiskunde en statistiek | 4 | M
BLT.B1.06 | Fysica | 3 | O
BLT.B1.07 | Inleiding tot de biomedische laboratoriumtechnologie | 4 | ?P
BLT.B1.08 | Analytische chemie | 6 | C
BLT.B1.09 | Biochemie 1 | 5 | C
BLT.B1.10 | Algemene microbiologie | 5 | B
BLT.B1.11 | Communicatie en beroepshouding | 4 | O
BLT.B1.12 | Medische terminologie en vakengels | 3 | O
BLT.B1.13 | Laboratoriumveiligheid en kwaliteit | 3 | ?O
## 2 Y
BLT.B2.01 | Klinische chemie en laboratoriumgeneeskunde 1 | 6 | ?P
BLT.B2.02 | Hematologie 1 | 6 | P
BLT.B2.03 | Medische microbiologie | 6 | P
BLT.B2.04 | Immunologie | 5 | ?B
BLT.B2.05 | Biochemie 2 | 4 | C
BLT.B2.06 | Moleculaire biologie | 5 | B
BLT.B2.07 | Histologische technieken | 4 | ?P
BLT.B2.08 | Parasitologie en mycologie | 4 | P
BLT.B2.09 | Klinische chemie en laboratoriumgeneeskunde 2 | 6 | ?P
BLT.B2.10 | Stage klinisch laboratorium 1 | 8 | P | chemistry,hematology
BLT.B2.11 | Biostatistiek en onderzoeksmethoden | 3 | M
BLT.B2.12 | Ethiek en gezondheidsrecht | 3 | O
## 3 Y
BLT.B3.01 | Hematologie 2 en hemostase | 5 | P
BLT.B3.02 | Immunohematologie en bloedtransfusie | 5 | P
BLT.B3.03 | Moleculaire diagnostiek | 4 | ?B
BLT.B3.04 | Klinische microbiologie 2 | 5 | ?P
BLT.B3.05 | Urine- en vochtanalyse | 3 | P
BLT.B3.06 | Kwaliteitszorg en labomanagement | 4 | ?P
BLT.B3.07 | Toxicologie en therapeutic drug monitoring | 4 | ?P
BLT.B3.08 | Cytologie | 4 | P
BLT.B3.09 | Histopathologie | 5 | P
BLT.B3.10 | Stage klinisch laboratorium 2 | 12 | P | microbiology,blood_bank,urinalysis
BLT.B3.11 | Bachelorproef | 9 | O
"""

BE_CHEM = """
## 1 Y
CHE.B1.01 | Algemene chemie | 8 | C
CHE.B1.02 | Organische chemie 1 | 6 | C
CHE.B1.03 | Wiskunde 1 | 6 | M
CHE.B1.04 | Fysica | 5 | O
CHE.B1.05 | Biologie | 5 | B
CHE.B1.06 | Laboratoriumtechnieken 1 | 8 | C
CHE.B1.07 | Analytische chemie 1 | 8 | C
CHE.B1.08 | Wiskunde 2 en statistiek | 5 | M
CHE.B1.09 | Communicatie en Engels | 5 | O
CHE.B1.10 | Veiligheid en milieu | 4 | O
## 2 Y
CHE.B2.01 | Organische chemie 2 | 6 | C
CHE.B2.02 | Fysicochemie | 6 | C
CHE.B2.03 | Biochemie 1 | 6 | C
CHE.B2.04 | Instrumentele analyse | 8 | C
CHE.B2.05 | Microbiologie | 6 | B
CHE.B2.06 | Celbiologie en genetica | 6 | B
CHE.B2.07 | Laboratoriumtechnieken 2 | 8 | C
CHE.B2.08 | Statistische proefopzet | 4 | M
CHE.B2.09 | Kwaliteitssystemen | 5 | O
CHE.B2.10 | Projectwerk | 5 | O
## 3 Y
CHE.B3.01 | Biochemie 2 en enzymologie | 6 | C
CHE.B3.02 | Biotechnologie | 6 | ?B
CHE.B3.03 | Moleculaire biologie | 6 | B
CHE.B3.04 | Chromatografie en spectroscopie | 6 | C
CHE.B3.05 | Bedrijfsstage | 18 | O
CHE.B3.06 | Bachelorproef | 12 | O
CHE.B3.07 | Bedrijfsbeheer | 6 | O
"""

BE_NUR = """
## 1 Y
VPK.B1.01 | Anatomie en fysiologie | 6 | B
VPK.B1.02 | Basisverpleegkunde | 12 | O
VPK.B1.03 | Psychologie en communicatie | 6 | O
VPK.B1.04 | Klinisch onderwijs 1 | 18 | O
VPK.B1.05 | Microbiologie en hygiëne | 6 | ?B
VPK.B1.06 | Farmacologie 1 | 6 | O
VPK.B1.07 | Gezondheidsrecht | 6 | O
## 2 Y
VPK.B2.01 | Verpleegkunde inwendige geneeskunde | 12 | O
VPK.B2.02 | Verpleegkunde heelkunde | 12 | O
VPK.B2.03 | Klinisch onderwijs 2 | 24 | O
VPK.B2.04 | Farmacologie 2 | 6 | O
VPK.B2.05 | Ethiek | 6 | O
## 3 Y
VPK.B3.01 | Geestelijke gezondheidszorg | 9 | O
VPK.B3.02 | Pediatrie en vroedkunde | 9 | O
VPK.B3.03 | Klinisch onderwijs 3 | 30 | O
VPK.B3.04 | Evidence-based practice | 6 | O
VPK.B3.05 | Gemeenschapsgerichte zorg | 6 | O
## 4 Y
VPK.B4.01 | Klinisch onderwijs 4 | 27 | O
VPK.B4.02 | Bachelorproef | 12 | O
VPK.B4.03 | Zorgmanagement | 9 | O
VPK.B4.04 | Complexe zorg | 12 | O
"""

PROGRAM = {"be_blt": ("Professionele bachelor in de biomedische laboratoriumtechnologie",
                      "afstudeerrichting klinische biologie"),
           "be_chem": ("Professionele bachelor in de chemie", "afstudeerrichting biochemie"),
           "be_nur": ("Professionele bachelor in de verpleegkunde", "")}

BE_INST = [
    Institution("Hogeschool Leiedal", "Gent", "Oost-Vlaanderen", "BE", "Kortrijksesteenweg 412, 9000 Gent",
                ("be_blt", "be_chem", "be_nur"), "college",
                extra={"dept": "Departement Gezondheidszorg", "director": "Dr. Katrien Van Damme",
                       "head": "Prof. Dr. Luc Vermeersch"}),
    Institution("Hogeschool Kempenland", "Geel", "Antwerpen", "BE", "Kleinhoefstraat 22, 2440 Geel",
                ("be_blt", "be_chem", "be_nur"), "college",
                extra={"dept": "Departement Gezondheid en Technologie", "director": "Mevr. An Peeters",
                       "head": "Dr. Bart Wouters"}),
]


def _cur(cid, title, field, text, years=3, clin=False):
    return C.Curriculum(cid, "BE", title, "bachelor", years, field, "ects", C._parse(text), 9, 6,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="BE", name="Belgium",
    given={"F": ["Lotte", "Femke", "Sarah", "Laura", "Elien", "Lien", "Ine", "Hanne", "Marie", "Charlotte"],
           "M": ["Pieter", "Thomas", "Jens", "Wout", "Tom", "Bram", "Stijn", "Jonas", "Ruben", "Arne"]},
    surnames=["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
              "De Smet", "Van den Broeck", "Verhoeven", "Vermeulen", "De Clercq"],
    middle={"F": [], "M": []},
    institutions=BE_INST,
    employers=[
        Employer("AZ Sint-Lievenspoort", "Gent", "Oost-Vlaanderen", "BE", "Lievenslaan 35, 9000 Gent",
                 "+32 9 000 21 11", "hr@azsintlievenspoort.example"),
        Employer("AZ Kempenheide", "Geel", "Antwerpen", "BE", "Heidestraat 8, 2440 Geel", "+32 14 00 56 00",
                 "personeel@azkempenheide.example"),
        Employer("AZ Scheldeboord", "Dendermonde", "Oost-Vlaanderen", "BE", "Kaai 17, 9200 Dendermonde",
                 "+32 52 00 44 20", "hrm@azscheldeboord.example"),
        Employer("Laboratorium Medilabo Vlaanderen", "Aalst", "Oost-Vlaanderen", "BE", "Industrielaan 4, 9300 Aalst",
                 "+32 53 00 70 70", "jobs@medilabo-vl.example", "lab"),
    ],
    signers=["Mevr. Veerle De Wilde", "Dhr. Koen Vandenberghe", "Mevr. Nathalie Coppens"],
    curricula=[_cur("be_blt", "Bachelor in de biomedische laboratoriumtechnologie", "medical_laboratory_science",
                    BE_BLT, clin=True),
               _cur("be_chem", "Bachelor in de chemie", "chemistry", BE_CHEM),
               _cur("be_nur", "Bachelor in de verpleegkunde", "nursing", BE_NUR, years=4)],
    mls_curriculum="be_blt", science_curricula=["be_chem"], nonqualifying_curricula=["be_nur"],
    positions_mls=["medisch laboratoriumtechnoloog"],
    positions_science=["laborant", "laboratoriumtechnicus"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"r0{rng.randint(100000, 999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BE", {
    "blood_bank": ["bloedbank"], "chemistry": ["klinische chemie"], "hematology": ["hematologie"],
    "microbiology": ["microbiologie"], "immunology": ["immunologie en serologie"],
    "urinalysis": ["urine-analyse"], "molecular": ["moleculaire biologie"], "phlebotomy": ["bloedafname"],
    "other": ["pathologische anatomie"]})

MENTIONS = [(85, "met de grootste onderscheiding"), (77, "met grote onderscheiding"), (68, "met onderscheiding"),
            (0, "op voldoening")]


def ay(y0):
    return f"Academiejaar {y0}-{y0 + 1}"


def nl_date(d):
    return f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"


def score20(s, salt, r):
    return max(10, min(19, round(r.score / 5 + (k(s, salt) % 5) - 2)))


def attempts(s):
    """Per academic year: [(result, sp, first, second, verdict, deciding, counted)]; a course failed in
    both sittings (years before the last only) is printed again the next year and passed there."""
    years = []
    carry = []
    for i, t in enumerate(s.terms):
        rows = []
        last = i == len(s.terms) - 1
        for r, salt in carry:
            sc = max(10, score20(s, salt + "b", r) - 1)
            rows.append((r, f"{sc}/20", "", "Credit behaald", f"{sc}/20", True))
        carry = []
        for j, r in enumerate(t.results):
            salt = f"{i}.{j}"
            h = k(s, "fate" + salt) % 100
            sc = score20(s, salt, r)
            if i == 0 and j == 5 and h < 35:
                rows.append((r, "", "", "Vrijstelling", "Vrijstelling", True))
            elif not last and h < 5 and "Stage" not in r.spec.title:
                a, b = 6 + h % 2, 7 + h % 2
                rows.append((r, f"{a}/20", f"{b}/20", "Niet geslaagd", f"{b}/20", False))
                carry.append((r, salt))
            elif h < 14:
                b = 10 + h % 3
                first = "NA" if h < 7 else f"{6 + h % 3}/20"
                rows.append((r, first, f"{b}/20", "Credit behaald", f"{b}/20", True))
            elif h < 18:
                rows.append((r, f"{8 + h % 2}/20", "", "Gedelibereerd", f"{8 + h % 2}/20", True))
            elif h < 22:
                rows.append((r, f"{8 + h % 2}/20", "", "Tolereerbaar", f"{8 + h % 2}/20", True))
            else:
                rows.append((r, f"{sc}/20", "", "Credit behaald", f"{sc}/20", True))
        years.append((t, rows))
    return years


def mention(s):
    num = den = 0.0
    for t, rows in attempts(s):
        for r, a, b, v, dec, ok in rows:
            if ok and v != "Vrijstelling":
                num += int(dec.split("/")[0]) * r.spec.credits
                den += r.spec.credits
    pct = 100 * num / (20 * den)
    return next(m for lo, m in MENTIONS if pct >= lo)


def be_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 48, W - 48
    X = [L, L + 66, L + 290, L + 318, L + 362, L + 406, R]
    prog, opt = PROGRAM[cur.id]
    nm = f"{person.surname} {person.given}"
    pages, out = [], []
    fz = 8.6
    years = attempts(s)
    for yi, (t, rows) in enumerate(years):
        p = Page(A4)
        pages.append(p)
        p.rect(L, 40, 26, 26, 0, 0.2, fill=0.2)
        p.text(L + 34, 52, inst.name, SB, 13)
        p.text(L + 34, 64, inst.extra["dept"], S, 8.5)
        p.rect(R - 150, 36, 150, 40, 0.8, 0.0)
        p.text(R - 142, 52, ay(t.start_year), SB, 9.5)
        p.text(R - 142, 67, f"Modeltraject fase {t.year}", S, 9.5)
        p.text(L, 112, "CREDITBEWIJS — PUNTENLIJST", SB, 15)
        y = 134
        for a, b in (("Student", nm), ("Studentennummer", s.student_no),
                     ("Opleiding", prog), ("Afstudeerrichting", opt)):
            if not b:
                continue
            p.pieces(y, [(L, a, "left", S, 9), (L + 100, b, "left", SB, 9)], S, 9)
            y += 13
        y += 12
        p.rect(L, y, R - L, 18, 0, 0.0, fill=0.85)
        p.pieces(y + 12.5, [(X[0] + 4, "OLOD", "left"), (X[1] + 4, "Opleidingsonderdeel", "left"),
                            ((X[2] + X[3]) / 2, "SP", "center"), ((X[3] + X[4]) / 2, "1e zit", "center"),
                            ((X[4] + X[5]) / 2, "2e zit", "center"), (X[5] + 4, "Resultaat", "left")], SB, fz)
        y += 18
        opg = ver = 0
        for r, a, b, v, dec, ok in rows:
            tl = wrap(r.spec.title, S, fz, X[2] - X[1] - 8)
            rh = 6 + 11 * len(tl)
            base = y + 11
            p.pieces(base, [(X[0] + 4, r.code, "left"), (X[1] + 4, tl[0], "left"),
                            ((X[2] + X[3]) / 2, str(int(r.spec.credits)), "center"),
                            ((X[3] + X[4]) / 2, a, "center"), ((X[4] + X[5]) / 2, b, "center"),
                            (X[5] + 4, v, "left")], S, fz)
            for m, ln in enumerate(tl[1:], 1):
                p.text(X[1] + 4, base + 11 * m, ln, S, fz)
            y += rh
            p.hline(L, R, y, 0.3, 0.5)
            opg += int(r.spec.credits)
            ver += int(r.spec.credits) if ok else 0
            extra = {"first_sitting": a or None, "second_sitting": b or None, "result": v}
            if not ok:
                extra["passed"] = False
            out.append(course_truth(r, ay(t.start_year), r.spec.credits, dec, "ects", code=r.code, **extra))
        y += 20
        p.spaced(L, y, [f"Opgenomen studiepunten: {opg}", f"Verworven studiepunten: {ver}",
                        f"Studierendement: {round(100 * ver / opg)} %"], SB, 9.5, gap=22)
        y += 16
        done = all(ok for *_, ok in rows)
        last = yi == len(years) - 1
        glob = ("geslaagd " + mention(s)) if last else \
            ("geslaagd" if done else "niet geslaagd voor alle opleidingsonderdelen")
        p.text(L, y, f"Globaal resultaat: {glob}", S, 9.5)
        y += 26
        if last:
            p.text(L, y, f"Diploma uitgereikt op {nl_date(s.conferred)}", SB, 9.5)
            p.text(L, y + 14, f"Bijlage bij het diploma: referentie DS-{s.conferred.year}-{k(s, 'ds') % 90000 + 10000}",
                   S, 9)
            y += 30
        if last:
            p.text(L, H - 150, f"{inst.city}, {nl_date(s.conferred)}", S, 9)
            sign_block(p, rng, R - 110, H - 96, inst.extra["director"], S, 8.5, 170,
                       "Directeur Onderwijsadministratie")
        p.hline(L, R, H - 40, 0.4, 0.5)
        p.text(L, H - 30, f"{inst.name} - {inst.street}", S, 7)
        p.text(R, H - 30, f"pagina {yi + 1}/{len(years)}", S, 7, "right")
    return LayoutResult("transcript", "ah_be_creditbewijs", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ah_be_creditbewijs": (be_transcript, FAMILY, ("BE",))}
