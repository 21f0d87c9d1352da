"""Writer AG, round 16: Finland (FI). Country pack (invented universities of applied sciences: the
"Bioanalyytikko (AMK) / Bachelor of Health Care, Biomedical Laboratory Science", 210 op; a university's
"Luonnontieteiden kandidaatti, biologia", 180 op; the "Sairaanhoitaja (AMK)" nursing degree, 210 op)
and the "OPINTOSUORITUSOTE / TRANSCRIPT OF RECORDS": A4 portrait, clean sans-serif, bilingual column
headings on one line with a slash. NOT ordered by term: the record is a TREE of study modules. A module
row in bold ("BL00AB11 Perustutkinnon perusopinnot / Basic Studies") carries its own op total in the
credits column and no grade; some modules have sub-modules (bold italic, op, no grade); under them,
indented one step per level, the courses: code ("BL00AB11-3004") | name (Finnish, the English in
brackets in the same cell) | op / cr | Arvosana / Grade (1-5 or "H" hyväksytty) | HT (a course
recognised from earlier studies) | Pvm / Date (completion date) | Opettaja / Teacher (a surname, some
empty). At the end: "Opintopisteet yhteensä / Total credits: 212 op", "Painotettu keskiarvo / Weighted
average: 3,81", the grading scales, and "Tämä ote on sähköisesti allekirjoitettu / This transcript is
electronically signed" with a verification code instead of a signature.

Truth: credit_system "ects" (op, opintopiste, is the ECTS credit). Only the course rows are courses:
module and sub-module rows are headings with totals (not in the truth's courses; their op are the sums
of their courses, as printed). title = the printed cell (Finnish name with the English in brackets),
`title_fi` / `title_en` kept apart; code as printed; term null (no term is printed; the completion
date is kept as `date`); grade as printed ("4" or "H"); `recognised` true for HT rows; `module` = the
module's name. The weighted average is Σ(op × grade) / Σ op over numerically graded courses, HT
included, two decimals with a comma. A recognised extra elective (2 op, from earlier studies) makes
some totals 212 op.

Length: 210 op is three and a half years; the generator's programme length is a whole number of
years, so the truth's `years` is 4 and the printed dates are counted back from the conferral (seven
terms, the last in the autumn of the conferral year).
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size, wrap
from .r6_l_common import fake_result
from .r16_ag_common import FAMILY, add_department_phrases, comma, course_truth, k, parse_tagged

# "code | Finnish name | op | cat [| areas] | =MODULE;English name;g|h"
FI_BIO = """
## 1 S1
BL00AB11-3001 | Orientaatio ammattikorkeakouluopintoihin | 3 | O | =A;Orientation to UAS Studies;h
BL00AB11-3006 | Anatomia ja fysiologia | 6 | B | =A;Anatomy and Physiology;g
BL00AB11-3007 | Kemia ja biokemia | 6 | C | =A;Chemistry and Biochemistry;g
BL00AB11-3008 | Biologia ja genetiikka | 5 | B | =A;Biology and Genetics;g
BL00AB11-3010 | Suomen kieli ja viestintä | 3 | O | =A;Finnish Language and Communication;g
BL00AB12-3031 | Analyyttinen kemia | 5 | C | =B.4;Analytical Chemistry;g
## 1 S2
BL00AB11-3002 | Ruotsin kieli | 3 | O | =A;Swedish Language;g
BL00AB11-3005 | Tilastotiede | 3 | M | =A;Statistics;g
BL00AB11-3009 | Potilasturvallisuus ja ensiapu | 3 | O | =A;Patient Safety and First Aid;h
BL00AB12-3011 | Kliininen kemia 1 | 5 | P | =B.1;Clinical Chemistry 1;g
BL00AB12-3021 | Näytteenotto ja preanalytiikka | 4 | ?P | =B.3;Specimen Collection and Preanalytics;g
BL00AB13-3056 | Harjoittelu: näytteenotto | 6 | P | phlebotomy | C;Practical Training: Specimen Collection;h
BL00AB11-3011 | Farmakologia | 3 | O | =A;Pharmacology;g
## 2 S1
BL00AB11-3003 | Englannin kieli ja ammatillinen viestintä | 4 | O | =A;English and Professional Communication;g
BL00AB12-3012 | Kliininen kemia 2 | 5 | P | =B.1;Clinical Chemistry 2;g
BL00AB12-3013 | Hematologia | 5 | P | =B.1;Haematology;g
BL00AB12-3016 | Kliininen mikrobiologia | 5 | ?P | =B.2;Clinical Microbiology;g
BL00AB12-3032 | Laboratorioautomaatio | 3 | O | =B.4;Laboratory Automation;g
BL00AB13-3051 | Harjoittelu: kliininen kemia | 15 | P | chemistry | C;Practical Training: Clinical Chemistry;h
## 2 S2
BL00AB12-3014 | Hyytymistutkimukset | 3 | P | =B.1;Coagulation Studies;g
BL00AB12-3015 | Veripalvelu ja immunohematologia | 5 | P | =B.1;Blood Service and Immunohaematology;g
BL00AB12-3017 | Histologia ja sytologia | 5 | P | =B.2;Histology and Cytology;g
BL00AB12-3019 | Immunologia | 3 | ?B | =B.2;Immunology;g
BL00AB13-3052 | Harjoittelu: hematologia | 12 | P | hematology | C;Practical Training: Haematology;h
## 3 S1
BL00AB11-3004 | Tutkimus- ja kehittämistyön perusteet | 5 | O | =A;Basics of Research and Development;g
BL00AB12-3018 | Molekyylibiologiset menetelmät | 5 | ?B | =B.2;Molecular Biology Methods;g
BL00AB12-3022 | Kliininen fysiologia | 5 | ?O | =B.3;Clinical Physiology;g
BL00AB13-3053 | Harjoittelu: mikrobiologia | 12 | P | microbiology | C;Practical Training: Microbiology;h
BL00AB14-3061 | Terveyden edistäminen | 5 | O | =D;Health Promotion;g
## 3 S2
BL00AB12-3023 | Laboratorion laadunhallinta | 3 | P | =B.3;Laboratory Quality Management;g
BL00AB13-3054 | Harjoittelu: veripalvelu | 9 | P | blood_bank | C;Practical Training: Blood Service;h
BL00AB13-3055 | Harjoittelu: kliininen fysiologia | 9 | ?P | other | C;Practical Training: Clinical Physiology;h
BL00AB14-3062 | Kansainvälinen terveys | 5 | O | =D;Global Health;g
BL00AB15-3071 | Opinnäytetyö, suunnitelma | 5 | O | =E;Thesis Plan;h
## 4 S1
BL00AB13-3057 | Syventävä harjoittelu | 12 | P | chemistry,hematology | C;Advanced Practical Training;h
BL00AB14-3063 | Bioinformatiikka | 5 | O | =D;Bioinformatics;g
BL00AB15-3072 | Opinnäytetyö, toteutus ja raportointi | 10 | O | =E;Thesis Implementation and Reporting;g
"""

FI_BIOL = """
## 1 S1
BIO-101 | Solubiologia | 5 | B | =A;Cell Biology;g
KEM-101 | Yleinen kemia | 5 | C | =A;General Chemistry;g
MAT-101 | Matematiikka biologeille | 5 | M | =A;Mathematics for Biologists;g
KIE-101 | Akateeminen englanti | 3 | O | =A;Academic English;g
BIO-104 | Biologian johdantokurssi | 5 | B | =A;Introduction to Biology;g
FYS-101 | Fysiikka biologeille | 5 | O | =A;Physics for Biologists;g
KIE-103 | Viestintä ja vuorovaikutus | 4 | O | =A;Communication and Interaction;g
## 1 S2
BIO-102 | Eläintiede | 5 | B | =B.1;Zoology;g
BIO-103 | Kasvitiede | 5 | B | =B.1;Botany;g
KEM-102 | Orgaaninen kemia | 5 | C | =A;Organic Chemistry;g
KIE-102 | Ruotsin kieli | 3 | O | =A;Swedish Language;g
TIL-101 | Biostatistiikka | 5 | M | =A;Biostatistics;g
KEM-103 | Analyyttinen kemia | 5 | C | =A;Analytical Chemistry;g
## 2 S1
BIO-201 | Genetiikka | 5 | B | =B.2;Genetics;g
BIO-202 | Biokemia | 5 | C | =B.2;Biochemistry;g
BIO-203 | Mikrobiologia | 5 | B | =B.2;Microbiology;g
BIO-204 | Ekologia | 5 | ?B | =B.1;Ecology;g
## 2 S2
BIO-205 | Fysiologia | 5 | B | =B.2;Physiology;g
BIO-206 | Molekyylibiologia | 5 | B | =B.2;Molecular Biology;g
BIO-207 | Kenttäkurssi | 5 | O | =B.1;Field Course;h
BIO-208 | Immunologia | 5 | ?B | =B.2;Immunology;g
BIO-209 | Solubiologian laboratoriokurssi | 5 | B | =B.2;Laboratory Course in Cell Biology;h
BIO-210 | Eläinfysiologia | 5 | B | =B.1;Animal Physiology;g
## 3 S1
BIO-301 | Evoluutiobiologia | 5 | B | =B.1;Evolutionary Biology;g
BIO-302 | Bioinformatiikka | 5 | O | =D;Bioinformatics;g
BIO-303 | Virologia | 5 | ?B | =B.2;Virology;g
FIL-101 | Tieteenfilosofia | 5 | O | =D;Philosophy of Science;g
BIO-307 | Lajintuntemus | 5 | B | =B.1;Species Identification;h
BIO-308 | Neurobiologia | 5 | B | =B.2;Neurobiology;g
## 3 S2
BIO-390 | Kandidaatintutkielma | 10 | O | =E;Bachelor's Thesis;g
BIO-391 | Kandidaattiseminaari | 5 | O | =E;Bachelor's Seminar;h
BIO-392 | Kypsyysnäyte | 0 | O | =E;Maturity Test;h
BIO-304 | Kasvifysiologia | 5 | B | =B.1;Plant Physiology;g
BIO-305 | Solun signalointi | 5 | B | =B.2;Cell Signalling;g
BIO-306 | Ympäristömikrobiologia | 5 | B | =D;Environmental Microbiology;g
BIO-309 | Mikrobiologian laboratoriokurssi | 5 | B | =B.2;Laboratory Course in Microbiology;h
BIO-310 | Kasvibiotekniikka | 5 | B | =D;Plant Biotechnology;g
"""

FI_SH = """
## 1 S1
SH00AB11-3001 | Orientaatio ammattikorkeakouluopintoihin | 3 | O | =A;Orientation to UAS Studies;h
SH00AB11-3002 | Anatomia ja fysiologia | 6 | B | =A;Anatomy and Physiology;g
SH00AB11-3003 | Hoitotyön perusteet | 10 | O | =A;Foundations of Nursing;g
SH00AB11-3004 | Ruotsin kieli | 3 | O | =A;Swedish Language;g
SH00AB11-3008 | Englannin kieli | 4 | O | =A;English Language;g
SH00AB11-3009 | Potilasturvallisuus | 2 | O | =A;Patient Safety;h
## 1 S2
SH00AB11-3005 | Farmakologia ja lääkehoito | 8 | O | =A;Pharmacology and Medication;g
SH00AB13-3051 | Harjoittelu: perushoito | 15 | O | =C;Practical Training: Basic Care;h
SH00AB11-3006 | Mikrobiologia ja infektioiden torjunta | 5 | ?B | =A;Microbiology and Infection Control;g
## 2 S1
SH00AB12-3011 | Sisätautien hoitotyö | 10 | O | =B.1;Medical Nursing;g
SH00AB12-3012 | Kirurginen hoitotyö | 10 | O | =B.1;Surgical Nursing;g
SH00AB13-3052 | Harjoittelu: sisätaudit | 15 | O | =C;Practical Training: Internal Medicine;h
## 2 S2
SH00AB12-3013 | Lasten ja nuorten hoitotyö | 8 | O | =B.2;Paediatric Nursing;g
SH00AB12-3014 | Mielenterveyshoitotyö | 8 | O | =B.2;Mental Health Nursing;g
SH00AB13-3053 | Harjoittelu: kirurgia | 15 | O | =C;Practical Training: Surgery;h
## 3 S1
SH00AB12-3015 | Ikääntyneiden hoitotyö | 8 | O | =B.2;Gerontological Nursing;g
SH00AB11-3007 | Tutkimus- ja kehittämistyön perusteet | 5 | O | =A;Basics of Research and Development;g
SH00AB13-3054 | Harjoittelu: mielenterveys | 15 | O | =C;Practical Training: Mental Health;h
## 3 S2
SH00AB12-3016 | Akuuttihoitotyö | 10 | O | =B.1;Acute Nursing;g
SH00AB14-3061 | Terveyden edistäminen | 5 | O | =D;Health Promotion;g
SH00AB13-3055 | Syventävä harjoittelu | 15 | O | =C;Advanced Practical Training;h
## 4 S1
SH00AB14-3062 | Kansainvälinen terveys | 10 | O | =D;Global Health;g
SH00AB14-3063 | Terveysteknologia | 5 | O | =D;Health Technology;g
SH00AB15-3071 | Opinnäytetyö | 15 | O | =E;Bachelor's Thesis;g
"""

MODULES = {
    "fi_bio": {"A": ("BL00AB11", "Perustutkinnon perusopinnot", "Basic Studies"),
               "B": ("BL00AB12", "Bioanalytiikan ammattiopinnot", "Professional Studies in Biomedical Laboratory "
                                                                   "Science"),
               "B.1": ("BL00AB12-1", "Kliininen kemia ja hematologia", "Clinical Chemistry and Haematology"),
               "B.2": ("BL00AB12-2", "Mikrobiologia ja patologia", "Microbiology and Pathology"),
               "B.3": ("BL00AB12-3", "Kliininen fysiologia ja näytteenotto", "Clinical Physiology and Sampling"),
               "B.4": ("BL00AB12-4", "Laboratorioanalytiikka", "Laboratory Analytics"),
               "C": ("BL00AB13", "Harjoittelu", "Practical Training"),
               "D": ("BL00AB14", "Vapaasti valittavat opinnot", "Elective Studies"),
               "E": ("BL00AB15", "Opinnäytetyö", "Bachelor's Thesis")},
    "fi_biol": {"A": ("BIO-P", "Perusopinnot", "Basic Studies"),
                "B": ("BIO-A", "Biologian aineopinnot", "Intermediate Studies in Biology"),
                "B.1": ("BIO-A1", "Eliötiede", "Organismal Biology"),
                "B.2": ("BIO-A2", "Solu- ja molekyylibiologia", "Cell and Molecular Biology"),
                "D": ("BIO-V", "Valinnaiset opinnot", "Optional Studies"),
                "E": ("BIO-K", "Kandidaatintutkielma", "Bachelor's Thesis")},
    "fi_sh": {"A": ("SH00AB11", "Perustutkinnon perusopinnot", "Basic Studies"),
              "B": ("SH00AB12", "Hoitotyön ammattiopinnot", "Professional Studies in Nursing"),
              "B.1": ("SH00AB12-1", "Aikuisten hoitotyö", "Adult Nursing"),
              "B.2": ("SH00AB12-2", "Erityisryhmien hoitotyö", "Nursing of Special Groups"),
              "C": ("SH00AB13", "Harjoittelu", "Practical Training"),
              "D": ("SH00AB14", "Vapaasti valittavat opinnot", "Elective Studies"),
              "E": ("SH00AB15", "Opinnäytetyö", "Bachelor's Thesis")},
}
ORDER = ["A", "B", "B.1", "B.2", "B.3", "B.4", "C", "D", "E"]


def _p(text):
    terms, tags = parse_tagged(text)
    return terms, {c: tuple(v.split(";")) for c, v in tags.items()}


_T1, G1 = _p(FI_BIO)
_T2, G2 = _p(FI_BIOL)
_T3, G3 = _p(FI_SH)
TAGS = {"fi_bio": G1, "fi_biol": G2, "fi_sh": G3}
PROG = {"fi_bio": ("Bioanalyytikko (AMK)", "Bachelor of Health Care, Biomedical Laboratory Science",
                   "Bioanalytiikan koulutus", "Degree Programme in Biomedical Laboratory Science"),
        "fi_biol": ("Luonnontieteiden kandidaatti (LuK), biologia", "Bachelor of Science, Biology",
                    "Biologian kandidaattiohjelma", "Bachelor's Programme in Biology"),
        "fi_sh": ("Sairaanhoitaja (AMK)", "Bachelor of Health Care, Nursing", "Hoitotyön koulutus",
                  "Degree Programme in Nursing")}

FI_INST = [
    Institution("Pohjanlahden ammattikorkeakoulu", "Oulu", "Pohjois-Pohjanmaa", "FI", "Kotkantie 3",
                ("fi_bio", "fi_sh"), "university",
                extra={"en": "Pohjanlahti University of Applied Sciences", "rector": "Tuomas Laakkonen",
                       "loc": "Oulussa", "amk": True}),
    Institution("Järvi-Suomen ammattikorkeakoulu", "Kuopio", "Pohjois-Savo", "FI", "Microkatu 5",
                ("fi_bio", "fi_sh"), "university",
                extra={"en": "Lakeland University of Applied Sciences", "rector": "Riitta Halonen",
                       "loc": "Kuopiossa", "amk": True}),
    Institution("Itämeren yliopisto", "Turku", "Varsinais-Suomi", "FI", "Yliopistonkatu 12",
                ("fi_biol",), "university",
                extra={"en": "University of the Baltic Sea", "rector": "Matti Vuorinen", "loc": "Turussa",
                       "amk": False}),
]

PACK = K.CountryPack(
    code="FI", name="Finland",
    given={"F": ["Aino", "Emilia", "Sanna", "Laura", "Johanna", "Riikka", "Henna", "Noora", "Veera", "Elina"],
           "M": ["Mikko", "Juha", "Antti", "Ville", "Tuomas", "Janne", "Eero", "Lauri", "Otto", "Joonas"]},
    surnames=["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
              "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen"],
    middle={"F": ["Maria", "Johanna", "Kaarina", ""], "M": ["Juhani", "Tapani", "Kalevi", ""]},
    institutions=FI_INST,
    employers=[
        Employer("Pohjois-Suomen laboratoriokeskus NordLab", "Oulu", "Pohjois-Pohjanmaa", "FI", "Kajaanintie 50",
                 "+358 8 555 0120", "rekrytointi@nordlab-pohjoinen.example", "lab"),
        Employer("Savon sairaanhoitopiiri, Kuopion yliopistollinen sairaala", "Kuopio", "Pohjois-Savo", "FI",
                 "Puijonlaaksontie 2", "+358 17 555 0111", "henkilosto@savonshp.example"),
        Employer("Varsinais-Suomen hyvinvointialue, laboratoriopalvelut", "Turku", "Varsinais-Suomi", "FI",
                 "Kiinamyllynkatu 4", "+358 2 555 0133", "hr@vshyvinvointi.example"),
        Employer("Synlab Suomi Oy", "Helsinki", "Uusimaa", "FI", "Mannerheimintie 164",
                 "+358 9 555 0177", "careers@synlab-fi.example", "lab"),
    ],
    signers=["Päivi Rantanen", "Kari Lindholm", "Susanna Aaltonen"],
    curricula=[C.Curriculum("fi_bio", "FI", "Bioanalyytikko (AMK), Bachelor of Health Care, Biomedical Laboratory "
                                           "Science", "bachelor", 4, "medical_laboratory_science", "ects", _T1, 8,
                            12, clinical_training=True),
               C.Curriculum("fi_biol", "FI", "Luonnontieteiden kandidaatti (LuK), biologia", "bachelor", 3,
                            "biology", "ects", _T2, 9, 6),
               C.Curriculum("fi_sh", "FI", "Sairaanhoitaja (AMK), Bachelor of Health Care, Nursing", "bachelor", 4,
                            "nursing", "ects", _T3, 8, 12)],
    mls_curriculum="fi_bio", science_curricula=["fi_biol"], nonqualifying_curricula=["fi_sh"],
    positions_mls=["bioanalyytikko"],
    positions_science=["laboratoriohoitaja", "laborantti"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(1000000, 1999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("FI", {
    "blood_bank": ["veripalvelu"], "chemistry": ["kliininen kemia"], "hematology": ["hematologia"],
    "microbiology": ["kliininen mikrobiologia"], "immunology": ["immunologia"], "urinalysis": ["virtsa-analytiikka"],
    "molecular": ["molekyylidiagnostiikka"], "phlebotomy": ["näytteenotto"], "other": ["patologia"]})

TEACHERS = ["Lehtinen", "Karjalainen", "Rantala", "Ojala", "Tuominen", "Kallio", "Peltonen", "Hiltunen", "Vainio"]


def term_date(s, i, j):
    """The completion date of the course j of term i: terms counted back from the conferral (seven
    terms for the AMK degrees, the last in the autumn of the conferral year)."""
    n = len(s.terms)
    back = n - 1 - i                     # terms before the last
    last_autumn = s.conferred.year
    t = s.terms[i]
    if s.curriculum.id == "fi_biol":
        y = s.conferred.year - (s.curriculum.years - t.year)
        return dt.date(y - 1, 12, 1 + k(s, f"d{i}.{j}") % 18) if t.key == "S1" else \
            dt.date(y, 4, 20) + dt.timedelta(days=k(s, f"d{i}.{j}") % 40)
    # autumn terms are even steps back from the last one
    if back % 2 == 0:
        yr = last_autumn - back // 2
        day = dt.date(yr, 10, 15) + dt.timedelta(days=k(s, f"d{i}.{j}") % 45)
        return min(day, s.conferred - dt.timedelta(days=3))
    return dt.date(last_autumn - (back - 1) // 2, 3, 25) + dt.timedelta(days=k(s, f"d{i}.{j}") % 60)


def grade_of(s, salt, r):
    g = 5 if r.score >= 82 else 4 if r.score >= 72 else 3 if r.score >= 62 else 2 if r.score >= 52 else 1
    d = k(s, salt) % 6
    if d == 0 and g < 5:
        g += 1
    elif d == 1 and g > 1:
        g -= 1
    return str(g)


def fi_items(s):
    """{module key: [(r, fi, en, grade, date, teacher, ht)]} (printed order within each module)."""
    cur = s.curriculum
    tags = TAGS[cur.id]
    items = {m: [] for m in ORDER}
    ht_pick = k(s, "ht") % 3 == 0
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            mod, en, kind = tags[r.spec.code]
            d = term_date(s, i, j)
            g = grade_of(s, f"g{i}.{j}", r) if kind == "g" else "H"
            teacher = "" if k(s, f"t{i}.{j}") % 5 == 0 else TEACHERS[k(s, f"tn{i}.{j}") % len(TEACHERS)]
            ht = False
            if ht_pick and mod == "A" and r.spec.code.endswith(("3002", "3004", "102")) and "Ruotsin" in r.spec.title:
                ht, teacher = True, ""
                d = term_date(s, 0, 0)
            items[mod].append((r, r.spec.title, en, g, d, teacher, ht))
    if k(s, "extra") % 3 == 0 and "D" in MODULES[cur.id]:
        like = s.terms[0].results[0]
        code = MODULES[cur.id]["D"][0] + "-3069" if cur.id != "fi_biol" else "KIE-109"
        x = fake_result(like, code, "Viron kielen alkeet", 2, "other")
        items["D"].append((x, "Viron kielen alkeet", "Basic Estonian", "H", term_date(s, 0, 1), "", True))
    for m in items:
        items[m].sort(key=lambda it: it[4])
    return items


def fi_record(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SBI, SI = "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique"
    W, H = A4
    L, R = 36, W - 36
    X = [L, L + 318, L + 348, L + 392, L + 412, L + 462, R]
    mods = MODULES[cur.id]
    items = fi_items(s)
    prog = PROG[cur.id]
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    printed = s.conferred + dt.timedelta(days=5 + k(s, "pr") % 30)
    pages = []
    st = {"p": None, "y": 0}

    def colhead(p, y):
        p.rect(L, y - 9, R - L, 13, 0, 0.0, fill=0.9)
        p.pieces(y, [(X[0] + 2, "Tunnus / Code", "left"), (X[0] + 80, "Nimi / Name", "left"),
                     (X[2] - 4, "op / cr", "right"), (X[2] + 2, "Arvosana / Grade", "left"),
                     (X[4] + 1, "HT", "left"), (X[4] + 18, "Pvm / Date", "left"), (X[5] + 22, "Opettaja / Teacher", "left")],
                 SB, 6.6)
        return y + 15

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 40, inst.name, SB, 11)
        p.text(L, 52, inst.extra["en"], S, 8)
        p.text(R, 40, "OPINTOSUORITUSOTE", SB, 11, "right")
        p.text(R, 52, "TRANSCRIPT OF RECORDS", S, 8, "right")
        p.hline(L, R, 60, 0.6)
        if len(pages) == 1:
            y = 78
            for a, b in ((f"Nimi / Name: {nm}", f"Opiskelijanumero / Student number: {s.student_no}"),
                         (f"Syntymäaika / Date of birth: {s.dob.day}.{s.dob.month}.{s.dob.year}",
                          f"Tulostettu / Printed: {printed.day}.{printed.month}.{printed.year}")):
                p.pieces(y, [(L, a, "left"), (L + 290, b, "left")], S, 8)
                y += 11
            p.text(L, y, f"Koulutus / Degree programme: {prog[2]} / {prog[3]}", S, 8)
            p.text(L, y + 11, f"Tutkinto / Degree: {prog[0]} / {prog[1]}", S, 8)
            st["y"] = colhead(p, y + 32)
        else:
            p.text(L, 74, f"{nm} ({s.student_no})", S, 7.5)
            st["y"] = colhead(p, 92)

    def need(h):
        if st["y"] + h > H - 50:
            new_page()

    new_page()
    out = []
    total = 0
    wsum = wcr = 0.0
    fz = 7.2

    def group_total(key):
        own = sum(int(it[0].spec.credits) for it in items.get(key, []))
        subs = sum(group_total(sk) for sk in ORDER if sk.startswith(key + ".") and sk in mods)
        return own + subs

    for key in ORDER:
        if key not in mods or "." in key:
            continue
        tops = [key] + [sk for sk in ORDER if sk.startswith(key + ".") and sk in mods]
        if not any(items.get(t) for t in tops):
            continue
        code, fi, en = mods[key]
        need(30)
        p, y = st["p"], st["y"] + 3
        title = f"{code} {fi} / {en}"
        p.pieces(y, [(X[0] + 2, title, "left", SB, fit_size(title, SB, 7.8, X[2] - X[0] - 40, 6)),
                     (X[2] - 4, str(group_total(key)), "right", SB, 7.8)], SB, 7.8)
        st["y"] = y + 12
        for t in tops:
            depth = 1
            if t != key:
                if not items.get(t):
                    continue
                need(26)
                p, y = st["p"], st["y"]
                c2, f2, e2 = mods[t]
                stitle = f"{c2} {f2} / {e2}"
                p.pieces(y, [(X[0] + 10, stitle, "left", SBI, fit_size(stitle, SBI, 7.4, X[2] - X[0] - 50, 6)),
                             (X[2] - 4, str(group_total(t)), "right", SBI, 7.4)], SBI, 7.4)
                st["y"] = y + 11
                depth = 2
            for r, tfi, ten, g, d, teacher, ht in items[t]:
                cell = f"{tfi} ({ten})"
                ind = 10 * depth
                xname = X[0] + 78 + ind
                lines = wrap(cell, S, fz, X[2] - 26 - xname)
                need(10 * len(lines) + 2)
                p, y = st["p"], st["y"]
                p.pieces(y, [(X[0] + 2 + ind, r.spec.code, "left", S, fit_size(r.spec.code, S, fz, 76, 5.5)),
                             (xname, lines[0], "left"), (X[2] - 4, str(int(r.spec.credits)), "right"),
                             (X[2] + 20, g, "center"), (X[4] + 4, "HT" if ht else "", "left"),
                             (X[4] + 18, f"{d.day}.{d.month}.{d.year}", "left"), (X[5] + 22, teacher, "left")], S, fz)
                for ln in lines[1:]:
                    y += 9
                    p.text(xname, y, ln, S, fz)
                st["y"] = y + 10.5
                cr = int(r.spec.credits)
                total += cr
                if g != "H" and cr:
                    wsum += int(g) * cr
                    wcr += cr
                out.append(course_truth(r, None, cr, g, "ects", title=cell, code=r.spec.code, title_fi=tfi,
                                        title_en=ten, date=f"{d.day}.{d.month}.{d.year}", teacher=teacher or None,
                                        recognised=ht, module=f"{mods[t][1]} / {mods[t][2]}"))
        st["y"] += 4
    avg = round(wsum / wcr + 1e-9, 2)
    need(150)
    p, y = st["p"], st["y"] + 6
    p.hline(L, R, y - 9, 0.6)
    p.text(L, y + 2, f"Opintopisteet yhteensä / Total credits: {total} op", SB, 8.5)
    p.text(L, y + 14, f"Painotettu keskiarvo / Weighted average: {comma(avg)}", SB, 8.5)
    y += 34
    p.text(L, y, "Arviointiasteikot / Grading scales:", SB, 7.4)
    p.text(L, y + 10, "5 = erinomainen / excellent, 4 = kiitettävä / very good, 3 = hyvä / good, 2 = tyydyttävä / "
                      "satisfactory, 1 = välttävä / sufficient, H = hyväksytty / pass", S, 7)
    p.text(L, y + 20, "HT = hyväksiluettu / recognised prior learning. 1 op = 1 ECTS credit (27 tuntia / hours of "
                      "student work).", S, 7)
    y += 44
    vcode = "-".join(f"{(k(s, f'v{q}') % 0xFFFF):04X}" for q in range(3))
    p.text(L, y, "Tämä ote on sähköisesti allekirjoitettu / This transcript is electronically signed", SI, 8)
    p.text(L, y + 12, f"Varmennekoodi / Verification code: {vcode}", S, 8)
    p.text(L, y + 24, f"{inst.city} {printed.day}.{printed.month}.{printed.year}, Opintopalvelut / Student Services",
           S, 8)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 24, f"Sivu {q} ({n})", S, 7, "right")
    return LayoutResult("transcript", "ag_fi_ote", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ag_fi_ote": (fi_record, FAMILY, ("FI",))}
