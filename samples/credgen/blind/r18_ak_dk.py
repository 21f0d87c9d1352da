"""Writer AK, round 18: Denmark (DK). Country pack (invented university colleges ("professionshøjskoler")
giving the "Professionsbachelor i bioanalytisk diagnostik", 3.5 years, 210 ECTS; a university's
"Bachelor (BSc) i biologi"; the nursing "Professionsbachelor i sygepleje") and the college's
"EKSAMENSBEVIS" (degree certificate with its grade list), Danish only, A4 portrait. Page 1 is the
certificate ("<name>, født 14. marts 1996, har bestået professionsbacheloruddannelsen i bioanalytisk
diagnostik ...", the length and ECTS, the date, the rector); pages 2-3 are the grade list, one ruled
table Prøve | Bedømmelsesform ("Intern prøve", "Ekstern prøve") | ECTS-point | Karakter (the 7-point
scale 12, 10, 7, 4, 02; or "Bestået") | ECTS-karakter (A-E) | Dato ("21.01.2016"). No term captions:
rows follow the modules' order (Modul 1 ... Modul 14); modules with two exams have two rows, each with
its own ECTS ("Modul 5: Hæmatologi – skriftlig" 10 and "Modul 5: Hæmatologi – laboratorieøvelse" 5).
Last row "Bachelorprojekt" 20 ECTS. After the table "ECTS-point i alt: 210", "Vægtet gennemsnit: 8,4"
(sum of grade x ECTS over graded rows / their ECTS, one decimal), the scale's legend and "Der er givet
karakter efter 7-trins-skalaen". The DK diploma layout (r18_ak_diplomas) is this document's page 1 on
its own.

The programme lasts seven semesters from September to January (`HalfYears(3.5)`, as round 12's
Hungarian curriculum).

Truth: credit_system "ects" (x 1/2 per criteria.md). Each table row is a course: code null (none
printed), title as printed, term null (no term is printed), credits the ECTS-point, grade the
printed Karakter ("12", "02", "Bestået"), `ects_grade`, `assessment`, `exam_date` beside.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r18_ak_common import (FAMILY, HalfYears, add_department_phrases, course_truth, comma, da_date, dmy, k,
                            keep_dob, natural, round_stamp, sign_block, crest)

# code (never printed) | title | ECTS | category [| areas]; a code ending in "e" is an external exam,
# one ending in "b" is assessed Bestået / Ikke bestået
DK_BIO = """
## 1 S1
M01 | Modul 1: Introduktion til bioanalytisk diagnostik | 15 | ?P
M02e | Modul 2: Anatomi, fysiologi og cellebiologi | 15 | B
## 1 S2
M03 | Modul 3: Kemi og biokemi | 15 | C
M04e | Modul 4: Klinisk biokemi og immunologi | 15 | ?P
## 2 S1
M05a | Modul 5: Hæmatologi – skriftlig | 10 | P
M05b | Modul 5: Hæmatologi – laboratorieøvelse | 5 | P
M06e | Modul 6: Medicinsk mikrobiologi | 15 | P
## 2 S2
M07b | Modul 7: Klinisk undervisning i mikrobiologi | 15 | P | microbiology
M08 | Modul 8: Patologi og molekylærbiologi | 15 | ?P
## 3 S1
M09e | Modul 9: Klinisk undervisning i klinisk biokemi | 15 | P | chemistry,hematology
M10a | Modul 10: Biostatistik og kvalitetssikring | 10 | ?M
M10b | Modul 10: Videnskabsteori og metode | 5 | O
## 3 S2
M11b | Modul 11: Klinisk undervisning i immunologi og transfusionsmedicin | 15 | P | blood_bank,immunology
M12 | Modul 12: Valgmodul – tværprofessionelt samarbejde | 10 | O
M13e | Modul 13: Klinisk fysiologi og nuklearmedicin | 5 | ?P
## 4 S1
M13x | Modul 13: Klinisk undervisning i patologi | 10 | P
M14e | Bachelorprojekt | 20 | O
"""

DK_BIOL = """
## 1 S1
B01e | Celle- og molekylærbiologi | 15 | B
B02 | Almen kemi | 15 | C
## 1 S2
B03e | Zoologi | 15 | B
B04 | Matematik og statistik | 15 | M
## 2 S1
B05e | Mikrobiologi | 15 | B
B06 | Biokemi | 15 | C
## 2 S2
B07e | Genetik | 15 | B
B08 | Botanik | 15 | B
## 3 S1
B09e | Fysiologi | 15 | B
B10 | Økologi | 15 | ?B
## 3 S2
B11 | Videnskabsteori | 5 | O
B12 | Valgfag: Immunbiologi | 10 | ?B
B13e | Bachelorprojekt | 15 | O
"""

DK_SPL = """
## 1 S1
S01 | Modul 1: Sygeplejeprofessionen | 15 | O
S02e | Modul 2: Anatomi, fysiologi og biokemi | 15 | B
## 1 S2
S03b | Modul 3: Klinisk sygepleje i primær sektor | 15 | O
S04 | Modul 4: Mikrobiologi og hygiejne | 15 | ?B
## 2 S1
S05e | Modul 5: Sygepleje til patienter med kroniske sygdomme | 15 | O
S06b | Modul 6: Klinisk sygepleje – medicinsk afdeling | 15 | O
## 2 S2
S07 | Modul 7: Farmakologi | 15 | O
S08b | Modul 8: Klinisk sygepleje – kirurgisk afdeling | 15 | O
## 3 S1
S09e | Modul 9: Psykiatrisk sygepleje | 15 | O
S10 | Modul 10: Sygepleje og sundhedsfremme | 15 | O
## 3 S2
S11b | Modul 11: Klinisk sygepleje – psykiatri | 15 | O
S12 | Modul 12: Valgmodul | 15 | O
## 4 S1
S13b | Modul 13: Klinisk sygepleje – selvstændig praksis | 10 | O
S14e | Bachelorprojekt | 20 | O
"""

DK_INST = [
    Institution("Professionshøjskolen Vesterhavet", "Esbjerg", "Region Syddanmark", "DK",
                "Degnevej 16, 6705 Esbjerg Ø", ("dk_bioanalyse", "dk_spl"), "college",
                extra={"rector": "Henrik Møller Jensen", "dean": "Lone Kjærgaard"}),
    Institution("Professionshøjskolen Limfjord", "Aalborg", "Region Nordjylland", "DK",
                "Selma Lagerløfs Vej 2, 9220 Aalborg Ø", ("dk_bioanalyse", "dk_spl"), "college",
                extra={"rector": "Birgitte Holm Sørensen", "dean": "Jesper Lund"}),
    Institution("Øresund Universitet", "København", "Region Hovedstaden", "DK",
                "Universitetsparken 40, 2100 København Ø", ("dk_biologi",), "university",
                extra={"rector": "Morten Skov Andersen", "dean": "Pernille Vang"}),
]


def _student_no(rng, start_year, inst):
    return f"{rng.randint(100000, 999999)}"


PACK = K.CountryPack(
    code="DK", name="Denmark",
    given={"F": ["Mette", "Camilla", "Sofie", "Line", "Maja", "Louise", "Ida", "Signe", "Freja", "Anne"],
           "M": ["Mads", "Rasmus", "Jonas", "Frederik", "Mikkel", "Søren", "Anders", "Kasper", "Emil", "Nikolaj"]},
    surnames=["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
              "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen"],
    middle={"F": [], "M": []},
    institutions=DK_INST,
    employers=[
        Employer("Sydvestjysk Sygehus", "Esbjerg", "Region Syddanmark", "DK",
                 "Finsensgade 35, 6700 Esbjerg", "+45 79 00 01 00", "hr@sydvestjysksygehus.example"),
        Employer("Aalborg Fjord Hospital", "Aalborg", "Region Nordjylland", "DK",
                 "Hobrovej 18, 9000 Aalborg", "+45 97 00 02 00", "personale@aalborgfjord.example"),
        Employer("Nordsjællands Laboratoriecenter", "Hillerød", "Region Hovedstaden", "DK",
                 "Dyrehavevej 29, 3400 Hillerød", "+45 48 00 03 00", "kontakt@nslab.example", "lab"),
    ],
    signers=["Hanne Bech", "Torben Kjeldsen", "Susanne Friis"],
    curricula=[C.Curriculum("dk_bioanalyse", "DK", "Professionsbachelor i bioanalytisk diagnostik", "bachelor",
                            HalfYears(3.5), "medical_laboratory_science", "ects", C._parse(DK_BIO), 9, 1,
                            clinical_training=True),
               C.Curriculum("dk_biologi", "DK", "Bachelor (BSc) i biologi", "bachelor", 3, "biology",
                            "ects", C._parse(DK_BIOL), 9, 6),
               C.Curriculum("dk_spl", "DK", "Professionsbachelor i sygepleje", "bachelor", HalfYears(3.5),
                            "nursing", "ects", C._parse(DK_SPL), 9, 1)],
    mls_curriculum="dk_bioanalyse", science_curricula=["dk_biologi"], nonqualifying_curricula=["dk_spl"],
    positions_mls=["bioanalytiker"],
    positions_science=["laborant", "laboratorietekniker"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("DK", {
    "blood_bank": ["Blodbanken"], "chemistry": ["Klinisk Biokemisk Afdeling"],
    "hematology": ["Hæmatologisk laboratorium"], "microbiology": ["Klinisk Mikrobiologisk Afdeling"],
    "immunology": ["Klinisk Immunologisk Afdeling"], "urinalysis": ["Urinmikroskopi"],
    "molecular": ["Molekylærbiologisk laboratorium"], "phlebotomy": ["Blodprøvetagningen"],
    "other": ["Patologiafdelingen"]})

ECTS_OF = {12: "A", 10: "B", 7: "C", 4: "D", 2: "E"}
UDD = {"dk_bioanalyse": ("professionsbacheloruddannelsen i bioanalytisk diagnostik", "bioanalytiker"),
       "dk_biologi": ("bacheloruddannelsen i biologi", None),
       "dk_spl": ("professionsbacheloruddannelsen i sygepleje", "sygeplejerske")}


def g7(score):
    return 12 if score >= 88 else 10 if score >= 77 else 7 if score >= 64 else 4 if score >= 54 else 2


def gs(g):
    return "02" if g == 2 else str(g)


def dk_rows(s):
    """[(r, grade or None for Bestået, assessment, date)] in module order."""
    out = []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            c = r.spec.code
            g = None if c.endswith("b") else g7(r.score + k(s, f"g{i}.{j}") % 11 - 4)
            form = "Ekstern prøve" if c.endswith("e") or c.endswith("b") and k(s, f"f{i}.{j}") % 2 else "Intern prøve"
            d = dt.date(t.start_year + 1, 1, 12) if t.key == "S1" else dt.date(t.start_year + 1, 6, 8)
            d += dt.timedelta(days=k(s, f"d{i}.{j}") % 14)
            while d.weekday() >= 5:
                d += dt.timedelta(days=1)
            if t.year == 4 and c.endswith("e") and "Bachelor" in r.spec.title:
                d = s.conferred - dt.timedelta(days=8 + k(s, "bp") % 6)
                while d.weekday() >= 5:
                    d -= dt.timedelta(days=1)
            out.append((r, g, form, d))
    return out


def weighted(rows):
    num = sum(g * r.spec.credits for r, g, _, _ in rows if g is not None)
    den = sum(r.spec.credits for r, g, _, _ in rows if g is not None)
    return round(num / den + 1e-9, 1)


def certificate_page(s, person, rng):
    """Page 1: the certificate (also the DK diploma)."""
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 80, W - 80
    nm = natural(person)
    crest(p, W / 2, 80, 22, 0.35)
    p.text(W / 2, 130, inst.name, TB, 15, "center")
    p.text(W / 2, 146, inst.street, T, 9, "center")
    p.text(W / 2, 210, "EKSAMENSBEVIS", TB, 24, "center")
    udd, titel = UDD.get(cur.id, UDD["dk_bioanalyse"])
    y = 260
    p.text(W / 2, y, nm, TB, 16, "center")
    y = p.paragraph(L, y + 30, f"født {da_date(s.dob)}, har bestået {udd} ved {inst.name}.", T, 12, R - L, 18,
                    "center") + 14
    length = "3½ år" if float(cur.years) == 3.5 else f"{int(cur.years)} år"
    ects = int(sum(c.credits for ts in cur.terms for c in ts.courses))
    y = p.paragraph(L, y, f"Uddannelsen er normeret til {length} og {ects} ECTS-point. Den uddannede har ret til at "
                          f"betegne sig {cur.title}" + (f" og til at anvende titlen {titel}." if titel else "."),
                    T, 12, R - L, 18, "center") + 14
    y = p.paragraph(L, y, "Uddannelsen er gennemført i henhold til bekendtgørelse om uddannelsen og den gældende "
                          "studieordning. Karakterudskriften findes på de følgende sider.", T, 11, R - L, 16,
                    "center") + 40
    p.text(W / 2, y, f"{inst.city}, den {da_date(s.conferred)}", T, 12, "center")
    sign_block(p, rng, W / 2, y + 90, "Rektor", T, 11, 200, inst.extra["rector"])
    round_stamp(p, W / 2 - 150, y + 70, 32, 0.45)
    return p, nm


def dk_eksamensbevis(s, person, rng):
    inst, cur = s.institution, s.curriculum
    first, nm = certificate_page(s, person, rng)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 50, W - 50
    X = [L, L + 206, L + 290, L + 340, L + 388, L + 440, R]
    rows = dk_rows(s)
    pages = [first]
    out = []

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.text(L, 50, inst.name, SB, 10)
        p.text(R, 50, f"Eksamensbevis for {nm}", S, 8.5, "right")
        p.text(L, 76, "Karakterudskrift", SB, 13)
        y = 92
        p.rect(L, y, R - L, 16, 0.6, 0.0, fill=0.88)
        hd = ["Prøve", "Bedømmelsesform", "ECTS-point", "Karakter", "ECTS-karakter", "Dato"]
        p.pieces(y + 11, [(X[0] + 4, hd[0], "left")] +
                 [((X[i] + X[i + 1]) / 2, hd[i], "center", SB, fit_size(hd[i], SB, 7.8, X[i + 1] - X[i] - 4))
                  for i in range(1, 6)], SB, 7.8)
        return p, y + 16, y

    p, y, top = new_page()
    for r, g, form, d in rows:
        title = r.spec.title
        lines = [title] if len(title) <= 40 else None
        if lines is None:
            cut = title.rfind(" ", 0, 40)
            lines = [title[:cut], title[cut + 1:]]
        rh = 15 if len(lines) == 1 else 25
        if y + rh > H - 60:
            p.rect(L, top, R - L, y - top, 0.6)
            for x in X[1:-1]:
                p.vline(x, top, y, 0.4)
            p, y, top = new_page()
        grade = "Bestået" if g is None else gs(g)
        eg = "" if g is None else ECTS_OF[g]
        p.pieces(y + 10.5, [(X[0] + 4, lines[0], "left"), ((X[1] + X[2]) / 2, form, "center"),
                            ((X[2] + X[3]) / 2, str(int(r.spec.credits)), "center"),
                            ((X[3] + X[4]) / 2, grade, "center"), ((X[4] + X[5]) / 2, eg, "center"),
                            ((X[5] + X[6]) / 2, dmy(d), "center")], S, 8.2)
        if len(lines) > 1:
            p.text(X[0] + 4, y + 20.5, lines[1], S, 8.2)
        y += rh
        p.hline(L, R, y, 0.3)
        extra = {"assessment": form, "exam_date": dmy(d)}
        if eg:
            extra["ects_grade"] = eg
        out.append(course_truth(r, None, int(r.spec.credits), grade, "ects", code=None, **extra))
    p.rect(L, top, R - L, y - top, 0.6)
    for x in X[1:-1]:
        p.vline(x, top, y, 0.4)
    if y + 170 > H - 40:
        p, y, top = new_page()
    tot = sum(int(r.spec.credits) for r, _, _, _ in rows)
    y += 22
    p.text(L, y, f"ECTS-point i alt: {tot}", SB, 10)
    p.text(L + 220, y, f"Vægtet gennemsnit: {comma(weighted(rows), 1)}", SB, 10)
    y += 22
    p.text(L, y, "Der er givet karakter efter 7-trins-skalaen.", S, 8.5)
    y += 14
    for a in ("12 (A) for den fremragende præstation · 10 (B) for den fortrinlige præstation · 7 (C) for den gode",
              "præstation · 4 (D) for den jævne præstation · 02 (E) for den tilstrækkelige præstation · 00 (Fx) og",
              "-3 (F) for den utilstrækkelige og den ringe præstation. Bestået / Ikke bestået: prøver uden karakter."):
        p.text(L, y, a, S, 7.8)
        y += 10
    for i, q in enumerate(pages[1:], 2):
        q.text(W / 2, H - 30, f"Side {i} af {len(pages)}", S, 8, "center")
    return LayoutResult("transcript", "ak_dk_eksamensbevis", FAMILY, pages, [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ak_dk_eksamensbevis": (dk_eksamensbevis, FAMILY, ("DK",))}
