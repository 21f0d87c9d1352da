"""Writer AJ, round 17: Sweden (SE). Country pack (invented universities; the
"Biomedicinska analytikerprogrammet, 180 hp" leading to "Medicine kandidatexamen med huvudområdet
biomedicinsk laboratorievetenskap" and "Biomedicinsk analytikerexamen"; a science programme,
"Naturvetenskaplig kandidatexamen med huvudområdet molekylärbiologi"; the nursing programme,
"Sjuksköterskeexamen") and the "RESULTATINTYG" printed from the national student records system:
A4 portrait, a light sans-serif, Swedish only, NO ruled table. The university and "Resultatintyg"
top left, "Utskriftsdatum" top right, the name and "Personnummer". Section "Godkända kurser": each
course a bold line "Klinisk kemi I, 7,5 hp" with, on the same baseline and right-aligned, the grade and
the date ("VG   2015-10-23"); under it a small grey line "BL1003, <university>"; under many courses,
indented in a smaller font, its "Moment" (modules), each with its own hp, grade and date. Courses in
the order completed (no term captions). Then "Pågående kurser / Ej avslutade kurser" with one course
whose completed module only counts, "Summa godkända poäng", "Examina", and the footer "Intyget är
elektroniskt underskrivet", a verification code and "Sida 1 (3)".

Truth: credit_system "ects" (1 hp = 1 ECTS credit, x 1/2 per criteria.md). One truth row per COURSE
(never per module): code as printed on the grey line, title = the bold course name without its hp,
term null (no term is printed), credits = the course's hp, grade "VG"/"G", `date` the completion
date; the course's modules are kept beside it in `modules` (title, hp, grade, date), never as rows:
they sum to the course. The unfinished course ("Kvalitetsutveckling, 7,5 hp" under "Pågående kurser")
is ONE row whose credits are the hp of its completed module(s) only (3.0), the hp the record counts
in "Summa godkända poäng"; it carries `in_progress: true`, `course_credits: 7.5` and the module's
grade. The printed sum is the sum of every row's credits (the finished courses' 177 hp plus the 3 hp
of the module = 180,0 hp).
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r17_aj_common import FAMILY, add_department_phrases, course_truth, iso, k, keep_dob, natural

SE_BMA = """
## 1 S1
BL1001 | Introduktion till biomedicinsk laboratorievetenskap | 7.5 | ?O
KE1001 | Allmän kemi | 7.5 | C
BL1002 | Cellbiologi | 7.5 | B
KE1002 | Organisk kemi | 7.5 | C
## 1 S2
BL1004 | Människans anatomi och fysiologi | 15 | B
KE1003 | Biokemi | 7.5 | C
BL1003 | Klinisk kemi I | 7.5 | P
## 2 S1
BL2001 | Hematologi | 7.5 | P
BL2002 | Medicinsk mikrobiologi | 7.5 | P
BL2003 | Immunologi | 7.5 | ?B
MA2001 | Statistik för hälsovetenskap | 7.5 | M
## 2 S2
BL2004 | Klinisk kemi II | 7.5 | P
BL2005 | Transfusionsmedicin | 7.5 | ?P
BL2006 | Verksamhetsförlagd utbildning I | 7.5 | P | chemistry,hematology
BL2007 | Histologi och patologi | 7.5 | ?P
## 3 S1
BL3001 | Klinisk fysiologi | 7.5 | ?O
BL3002 | Molekylärbiologisk diagnostik | 7.5 | ?B
BL3003 | Verksamhetsförlagd utbildning II | 7.5 | P | microbiology,blood_bank
BL3004 | Vetenskaplig metodik | 7.5 | O
## 3 S2
BL3005 | Examensarbete i biomedicinsk laboratorievetenskap | 15 | O
BL3008 | Verksamhetsförlagd utbildning III | 7.5 | P | molecular,immunology
BL3006 | Yrkesetik och kommunikation | 4.5 | O
"""

SE_MOLBIO = """
## 1 S1
KB1001 | Allmän kemi | 15 | C
BI1001 | Cellbiologi | 7.5 | B
MA1001 | Matematik för biologer | 7.5 | M
## 1 S2
BI1002 | Genetik | 7.5 | B
KB1002 | Organisk kemi | 7.5 | C
BI1003 | Mikrobiologi | 7.5 | B
BI1004 | Evolutionsbiologi | 7.5 | ?B
## 2 S1
KB2001 | Biokemi | 15 | C
BI2001 | Molekylärbiologi | 15 | B
## 2 S2
BI2002 | Immunologi | 7.5 | ?B
BI2003 | Fysiologi | 7.5 | B
MA2001 | Biostatistik | 7.5 | M
BI2004 | Bioinformatik | 7.5 | O
## 3 S1
BI3001 | Molekylär cellbiologi | 15 | B
BI3002 | Genteknik | 7.5 | B
BI3003 | Vetenskapsteori | 7.5 | O
## 3 S2
BI3004 | Examensarbete i molekylärbiologi | 15 | O
KB3005 | Proteinkemi | 7.5 | C
BI3006 | Forskningsetik | 4.5 | O
"""

SE_SSK = """
## 1 S1
OM1001 | Introduktion till omvårdnad | 7.5 | O
BI1101 | Anatomi och fysiologi | 15 | B
OM1002 | Kommunikation och bemötande | 7.5 | O
## 1 S2
MI1001 | Mikrobiologi och vårdhygien | 7.5 | ?B
OM1003 | Grundläggande omvårdnad med verksamhetsförlagd utbildning | 7.5 | O
FA1001 | Farmakologi | 7.5 | O
OM1004 | Hälsa och ohälsa | 7.5 | O
## 2 S1
OM2001 | Omvårdnad vid sjukdom I | 15 | O
OM2002 | Verksamhetsförlagd utbildning, medicinsk vård | 7.5 | O
OM2003 | Vetenskaplig metod | 7.5 | O
## 2 S2
OM2004 | Omvårdnad vid sjukdom II | 15 | O
OM2005 | Verksamhetsförlagd utbildning, kirurgisk vård | 15 | O
## 3 S1
OM3001 | Psykiatrisk omvårdnad | 7.5 | O
OM3002 | Omvårdnad av äldre | 7.5 | O
OM3003 | Verksamhetsförlagd utbildning, kommunal vård | 15 | O
## 3 S2
OM3004 | Examensarbete i omvårdnad | 15 | O
OM3005 | Ledarskap i vården | 7.5 | O
OM3006 | Verksamhetsförlagd utbildning, akutsjukvård | 4.5 | O
"""

# degrees printed under "Examina" (first = the curriculum's title, the truth's degree title)
EXAMINA = {"se_bma": ["Medicine kandidatexamen med huvudområdet biomedicinsk laboratorievetenskap",
                      "Biomedicinsk analytikerexamen"],
           "se_molbio": ["Naturvetenskaplig kandidatexamen med huvudområdet molekylärbiologi"],
           "se_ssk": ["Sjuksköterskeexamen", "Medicine kandidatexamen med huvudområdet omvårdnad"]}
PROGRAM = {"se_bma": "Biomedicinska analytikerprogrammet, 180 hp",
           "se_molbio": "Kandidatprogrammet i molekylärbiologi, 180 hp",
           "se_ssk": "Sjuksköterskeprogrammet, 180 hp"}
EN_DEGREE = {"se_bma": ("Degree of Bachelor of Science in Medicine", "Main field of study: Biomedical Laboratory "
                        "Science", "Degree of Bachelor of Science in Biomedical Laboratory Science"),
             "se_molbio": ("Degree of Bachelor of Science", "Main field of study: Molecular Biology", ""),
             "se_ssk": ("Degree of Bachelor of Science in Nursing", "Main field of study: Nursing", "")}
PARTIAL = {"se_bma": ("BL3009", True), "se_molbio": ("BI3009", False), "se_ssk": ("OM3009", False)}

SE_INST = [
    Institution("Bottenvikens universitet", "Umeå", "Västerbottens län", "SE", "Universitetstorget 4, 901 87 Umeå",
                ("se_bma", "se_ssk", "se_molbio"), "university",
                extra={"loc": "Umeå", "registrar": "Karin Lindqvist", "en": "Bothnian Bay University"}),
    Institution("Västkustens universitet", "Göteborg", "Västra Götalands län", "SE", "Box 410, 405 30 Göteborg",
                ("se_bma", "se_ssk", "se_molbio"), "university",
                extra={"loc": "Göteborg", "registrar": "Anders Holmgren", "en": "West Coast University"}),
    Institution("Mälarstrandens högskola", "Västerås", "Västmanlands län", "SE", "Box 883, 721 23 Västerås",
                ("se_bma", "se_ssk"), "university",
                extra={"loc": "Västerås", "registrar": "Eva Sjöberg", "en": "Mälarstrand University College"}),
]


def _student_no(rng, start_year, inst):
    return f"{rng.randint(1000, 9999)}"          # the last four digits of the personnummer


PACK = K.CountryPack(
    code="SE", name="Sweden",
    given={"F": ["Emma", "Sara", "Linnea", "Elin", "Johanna", "Frida", "Matilda", "Hanna", "Amanda", "Ida"],
           "M": ["Erik", "Johan", "Oskar", "Viktor", "Anton", "Gustav", "Filip", "Jonas", "Axel", "Simon"]},
    surnames=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
              "Svensson", "Gustafsson", "Lindberg", "Bergström", "Sandberg", "Holm"],
    middle={"F": ["Maria", "Louise", "Sofia", ""], "M": ["Karl", "Fredrik", "Mikael", ""]},
    institutions=SE_INST,
    employers=[
        Employer("Region Bottenviken, Laboratoriemedicin, Centralsjukhuset Älvstad", "Umeå", "Västerbottens län", "SE",
                 "Sjukhusvägen 12, 901 85 Umeå", "090-555 10 00", "hr.labmed@regionbottenviken.example"),
        Employer("Region Västkust, Sjukhuset Kungsbacken", "Göteborg", "Västra Götalands län", "SE",
                 "Kungsbackavägen 40, 413 45 Göteborg", "031-555 20 00", "personal@regionvastkust.example"),
        Employer("Region Mälardal, Akademiska laboratoriet", "Västerås", "Västmanlands län", "SE",
                 "Lasarettsgatan 5, 721 89 Västerås", "021-555 30 00", "hr@regionmalardal.example"),
        Employer("Nordlab Diagnostik AB", "Stockholm", "Stockholms län", "SE", "Labvägen 3, 171 65 Solna",
                 "08-555 400 00", "jobb@nordlabdiagnostik.example", "lab"),
    ],
    signers=["Maria Holmberg", "Lars Engström", "Annika Wallin", "Peter Sundqvist"],
    curricula=[C.Curriculum("se_bma", "SE", EXAMINA["se_bma"][0], "bachelor", 3, "medical_laboratory_science",
                            "ects", C._parse(SE_BMA), 8, 8, clinical_training=True),
               C.Curriculum("se_molbio", "SE", EXAMINA["se_molbio"][0], "bachelor", 3, "biology", "ects",
                            C._parse(SE_MOLBIO), 8, 8),
               C.Curriculum("se_ssk", "SE", EXAMINA["se_ssk"][0], "bachelor", 3, "nursing", "ects",
                            C._parse(SE_SSK), 8, 8)],
    mls_curriculum="se_bma", science_curricula=["se_molbio"], nonqualifying_curricula=["se_ssk"],
    positions_mls=["biomedicinsk analytiker"],
    positions_science=["laboratorieassistent", "undersköterska på laboratoriet"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("SE", {
    "blood_bank": ["transfusionsmedicin"], "chemistry": ["klinisk kemi"], "hematology": ["hematologi"],
    "microbiology": ["klinisk mikrobiologi"], "immunology": ["klinisk immunologi"],
    "urinalysis": ["urinanalys"], "molecular": ["molekylärdiagnostik"], "phlebotomy": ["provtagning"],
    "other": ["klinisk patologi"]})


def pnr(s):
    """The personnummer: date of birth YYMMDD and the four digits kept as the student number."""
    return f"{s.dob.year % 100:02d}{s.dob.month:02d}{s.dob.day:02d}-{s.student_no}"


def hp(x):
    return f"{x:.1f}".replace(".", ",")


def hp_course(x):
    """A course's hp as printed after its name: '7,5 hp', '15 hp'."""
    return f"{int(x)} hp" if float(x).is_integer() else f"{hp(x)} hp"


MOMENTS = {7.5: [[("Laboration", 1.5), ("Tentamen", 6.0)], [("Seminarier", 1.5), ("Skriftlig tentamen", 6.0)],
                 [("Laborationer", 3.0), ("Tentamen", 4.5)]],
           15.0: [[("Laborationer", 4.5), ("Tentamen 1", 6.0), ("Tentamen 2", 4.5)],
                  [("Seminarier", 3.0), ("Salstentamen", 12.0)]],
           4.5: [[("Seminarier", 1.5), ("Inlämningsuppgift", 3.0)]]}


def se_grade(s, salt, r):
    return "VG" if (r.score + k(s, salt) % 9) >= 74 else "G"


def se_items(s):
    """[(r, grade, date, [(module, hp, grade, date)])] in the order completed, and the unfinished
    course (r, [(module, hp, grade, date)])."""
    items = []
    for i, t in enumerate(s.terms):
        y0 = t.start_year + (0 if t.key == "S1" else 1)
        start, end = (dt.date(y0, 9, 1), dt.date(y0 + 1, 1, 15)) if t.key == "S1" else \
            (dt.date(y0, 1, 20), dt.date(y0, 6, 4))
        span = (end - start).days
        tot = sum(r.spec.credits for r in t.results)
        acc = 0.0
        for j, r in enumerate(t.results):
            acc += r.spec.credits
            d = start + dt.timedelta(days=int(span * acc / tot) - k(s, f"d{i}.{j}") % 5)
            while d.weekday() >= 5:
                d -= dt.timedelta(days=1)
            g = se_grade(s, f"g{i}.{j}", r)
            title = r.spec.title
            mods = []
            opts = MOMENTS.get(float(r.spec.credits))
            if opts and "Verksamhetsförlagd" not in title and "Examensarbete" not in title \
                    and k(s, f"m{i}.{j}") % 4:
                pat = opts[k(s, f"p{i}.{j}") % len(opts)]
                n = len(pat)
                for q, (mt, mh) in enumerate(pat):
                    md = d - dt.timedelta(days=(n - 1 - q) * (5 + k(s, f"md{i}.{j}.{q}") % 6))
                    while md.weekday() >= 5:
                        md -= dt.timedelta(days=1)
                    lab = mt.startswith(("Labor", "Semin", "Inlämn"))
                    mods.append((mt, mh, "G" if lab else g, md))
            items.append((r, g, d, mods))
    items.sort(key=lambda it: it[2])
    code, amb = PARTIAL[s.curriculum.id]
    like = s.terms[-1].results[0]
    pr = fake_result(like, code, "Kvalitetsutveckling", 3.0, "other", ambiguous=amb)
    last = s.terms[-1]
    md = dt.date(last.start_year + 1, 5, 2) + dt.timedelta(days=k(s, "pm") % 14)
    while md.weekday() >= 5:
        md += dt.timedelta(days=1)
    return items, (pr, [("Seminarium", 3.0, "G", md)])


def printed_date(s):
    return s.conferred + dt.timedelta(days=3 + k(s, "ut") % 40)


def se_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    person._aj_pnr = pnr(s)
    S, SB, SO = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 56, W - 56
    XG = R - 78                     # the grade, left of the right-aligned date
    nm = natural(person)
    ut = printed_date(s)
    items, (pr, pmods) = se_items(s)
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 50, inst.name, S, 11)
        p.text(R, 50, f"Utskriftsdatum {iso(ut)}", S, 9, "right")
        if len(pages) == 1:
            p.text(L, 78, "Resultatintyg", S, 20)
            p.text(L, 104, nm, SB, 11)
            p.text(L, 118, f"Personnummer {pnr(s)}", S, 9.5)
            p.text(L, 132, f"Program: {PROGRAM[cur.id]}", S, 9.5)
            st["y"] = 166
        else:
            p.text(L, 70, f"Resultatintyg för {nm}, {pnr(s)}", S, 8.5, gray=0.35)
            st["y"] = 98

    def need(h):
        if st["y"] + h > H - 64:
            new_page()

    new_page()
    p = st["p"]
    p.text(L, st["y"], "Godkända kurser", S, 13)
    st["y"] += 22
    out = []
    total = 0.0

    def course(r, cred_print, g, d, mods, code_line):
        need(26 + 10.5 * len(mods))
        p, y = st["p"], st["y"]
        head = f"{r.spec.title}, {hp_course(cred_print)}"
        p.pieces(y, [(L, head, "left", SB, fit_size(head, SB, 9.5, XG - L - 12)),
                     (XG, g or "", "left", S, 9.5), (R, iso(d) if d else "", "right", S, 9.5)], S, 9.5)
        p.text(L, y + 11, code_line, S, 7.5, gray=0.45)
        y += 24
        for mt, mh, mg, md in mods:
            p.pieces(y, [(L + 18, f"{mt}, {hp(mh)} hp", "left"), (XG, mg, "left"), (R, iso(md), "right")], S, 8)
            y += 10.5
        st["y"] = y + 6

    for r, g, d, mods in items:
        course(r, r.spec.credits, g, d, mods, f"{r.spec.code}, {inst.name}")
        total += r.spec.credits
        out.append(course_truth(r, None, r.spec.credits, g, "ects", code=r.spec.code, date=iso(d),
                                modules=[{"title": mt, "credits": mh, "grade": mg, "date": iso(md)}
                                         for mt, mh, mg, md in mods]))
    need(70)
    st["y"] += 8
    p = st["p"]
    p.text(L, st["y"], "Pågående kurser / Ej avslutade kurser", S, 13)
    st["y"] += 22
    course(pr, 7.5, None, None, pmods, f"{pr.spec.code}, {inst.name}")
    cnt = sum(mh for _, mh, _, _ in pmods)
    total += cnt
    out.append(course_truth(pr, None, cnt, pmods[0][2], "ects", code=pr.spec.code, date=iso(pmods[0][3]),
                            in_progress=True, course_credits=7.5,
                            modules=[{"title": mt, "credits": mh, "grade": mg, "date": iso(md)}
                                     for mt, mh, mg, md in pmods]))
    need(150)
    p, y = st["p"], st["y"] + 10
    p.text(L, y, f"Summa godkända poäng: {hp(total)} hp", SB, 10.5)
    y += 30
    p.text(L, y, "Examina", S, 13)
    y += 20
    for q, ex in enumerate(EXAMINA[cur.id]):
        line = f"{ex}, utfärdad {iso(s.conferred)}" if q == 0 else ex
        p.text(L, y, line, SB if q == 0 else S, fit_size(line, SB, 9.5, R - L))
        y += 14
    y += 10
    p.text(L, y, "Betygsskala: VG = Väl godkänd, G = Godkänd, U = Underkänd. 1 hp = 1 ECTS-poäng.", S, 8)
    vcode = "-".join(f"{(k(s, f'v{q}') % 0xFFFF):04X}" for q in range(4))
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(L, H - 46, "Intyget är elektroniskt underskrivet", SO, 8)
        pg.text(L, H - 35, f"Verifieringskod: {vcode}", S, 8)
        pg.text(R, H - 35, f"Sida {q} ({n})", S, 8, "right")
    return LayoutResult("transcript", "aj_se_resultatintyg", FAMILY, pages, [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aj_se_resultatintyg": (se_record, FAMILY, ("SE",))}
