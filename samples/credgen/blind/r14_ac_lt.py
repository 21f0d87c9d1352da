"""Writer AC, round 14: Lithuania (LT). Country pack (invented universities of applied sciences'
(kolegija) professional bachelor "Biomedicininė diagnostika", three years, 180 credits, degree
"Biomedicinos mokslų profesinis bakalauras"; a university's "Molekulinė biologija" bachelor, four
years, 240 credits; "Bendrosios praktikos slauga") and the DIPLOMA SUPPLEMENT (Diplomo priedėlis),
bilingual Lithuanian / English throughout, in the EU / Council of Europe / UNESCO structure: sections
1 (holder), 2 (qualification), 3 (level, 3.2 official length), 4 (4.1 mode of study, 4.2 programme
requirements, 4.3 programme details: the table, 4.4 grading scheme, 4.5 overall classification), 5,
6, 7 (certification: date, signature, seal) and 8 (the national system, in paragraphs). The 4.3
table runs over pages: Eil. Nr. / No. | Studijų dalyko (modulio) pavadinimas / Title of course unit
(the Lithuanian title, the English beneath in italic, in ONE cell) | Kreditai / Credits |
Įvertinimas / Grade ("9 (puikiai / excellent)"), under full-width group rows (general subjects,
subjects of the field, internships, final thesis); NO term per row; "Iš viso / Total: 180".

Truth: credit_system "ects" (Lithuanian credits are ECTS since 2011); code null (the number is a row
number, kept as `row_no`); title = the Lithuanian line; the English line is kept as `title_en`; term
null (no term printed); grade as printed; the group kept as `group`.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r14_ac_common import (FAMILY, LT_MONTHS_GEN, add_department_phrases, by_reading_order, course_truth, k,
                            parse_tagged, round_stamp, sign_block, lt_fix)

# tag = group (G general, F field, I internship, T thesis) ":" English title
LT_BMD = """
## 1 S1
BD101 | Bendroji chemija | 6 | C | =G:General Chemistry
BD102 | Žmogaus anatomija ir fiziologija | 6 | B | =F:Human Anatomy and Physiology
BD103 | Ląstelės biologija | 6 | B | =F:Cell Biology
BD104 | Užsienio kalba (anglų) | 6 | O | =G:Foreign Language (English)
BD105 | Profesinė etika ir komunikacija | 6 | O | =G:Professional Ethics and Communication
## 1 S2
BD111 | Biochemija | 6 | C | =F:Biochemistry
BD112 | Biostatistika | 3 | M | =G:Biostatistics
BD113 | Bendroji mikrobiologija | 6 | B | =F:General Microbiology
BD114 | Laboratorinės technikos pagrindai | 6 | P | =F:Fundamentals of Laboratory Technique
BD115 | Filosofija | 3 | O | =G:Philosophy
BD116 | Pažintinė praktika | 6 | ?P | =I:Introductory Practice
## 2 S1
BD201 | Klinikinė chemija I | 6 | ?P | =F:Clinical Chemistry I
BD202 | Hematologija | 6 | P | =F:Haematology
BD203 | Imunologija | 6 | ?B | =F:Immunology
BD204 | Medicininė mikrobiologija | 6 | P | =F:Medical Microbiology
BD205 | Patologinė fiziologija | 6 | O | =F:Pathophysiology
## 2 S2
BD211 | Klinikinė chemija II | 6 | ?P | =F:Clinical Chemistry II
BD212 | Hemostazės tyrimai | 3 | P | =F:Haemostasis Testing
BD213 | Parazitologija ir mikologija | 6 | P | =F:Parasitology and Mycology
BD214 | Šlapimo ir kitų biologinių skysčių tyrimai | 6 | P | =F:Urine and Body Fluid Analysis
BD215 | Klinikinė praktika ligoninės laboratorijoje I | 9 | P | chemistry,hematology,urinalysis | I:Clinical Practice in a Hospital Laboratory I
## 3 S1
BD301 | Imunohematologija ir transfuziologija | 6 | P | =F:Immunohaematology and Transfusion Medicine
BD302 | Molekulinė diagnostika | 6 | P | =F:Molecular Diagnostics
BD303 | Citologija ir histologinė technika | 6 | P | =F:Cytology and Histological Technique
BD304 | Laboratorijos kokybės vadyba | 6 | P | =F:Laboratory Quality Management
BD305 | Tyrimų metodologija | 6 | O | =G:Research Methodology
## 3 S2
BD311 | Klinikinė praktika ligoninės laboratorijoje II | 15 | P | microbiology,blood_bank,hematology,chemistry | I:Clinical Practice in a Hospital Laboratory II
BD312 | Baigiamasis darbas | 15 | O | =T:Final Thesis
"""

LT_MOL = """
## 1 S1
MB101 | Bendroji chemija | 10 | C | =F:General Chemistry
MB102 | Ląstelės biologija | 10 | B | =F:Cell Biology
MB103 | Matematika | 10 | M | =G:Mathematics
## 1 S2
MB111 | Organinė chemija | 10 | C | =F:Organic Chemistry
MB112 | Genetika | 10 | B | =F:Genetics
MB113 | Fizika | 10 | O | =G:Physics
## 2 S1
MB201 | Biochemija | 10 | C | =F:Biochemistry
MB202 | Mikrobiologija | 10 | B | =F:Microbiology
MB203 | Filosofija | 10 | O | =G:Philosophy
## 2 S2
MB211 | Molekulinė biologija | 10 | B | =F:Molecular Biology
MB212 | Imunologija | 10 | ?B | =F:Immunology
MB213 | Biostatistika | 10 | M | =G:Biostatistics
## 3 S1
MB301 | Genų inžinerija | 10 | B | =F:Genetic Engineering
MB302 | Augalų fiziologija | 10 | B | =F:Plant Physiology
MB303 | Bioinformatika | 10 | O | =F:Bioinformatics
## 3 S2
MB311 | Virusologija | 10 | ?B | =F:Virology
MB312 | Ekologija | 10 | ?B | =F:Ecology
MB313 | Užsienio kalba | 10 | O | =G:Foreign Language
## 4 S1
MB401 | Baltymų chemija | 10 | C | =F:Protein Chemistry
MB402 | Mokslinė praktika | 20 | O | | I:Research Practice
## 4 S2
MB411 | Bakalauro baigiamasis darbas | 30 | O | =T:Bachelor Thesis
"""

LT_SLA = """
## 1 S1
SL101 | Anatomija ir fiziologija | 10 | B | =F:Anatomy and Physiology
SL102 | Slaugos pagrindai | 10 | O | =F:Fundamentals of Nursing
SL103 | Užsienio kalba | 10 | O | =G:Foreign Language
## 1 S2
SL111 | Farmakologija | 10 | O | =F:Pharmacology
SL112 | Slaugos praktika I | 20 | O | | I:Nursing Practice I
## 2 S1
SL201 | Vidaus ligų slauga | 15 | O | =F:Internal Medicine Nursing
SL202 | Chirurginė slauga | 15 | O | =F:Surgical Nursing
## 2 S2
SL211 | Slaugos praktika II | 30 | O | | I:Nursing Practice II
## 3 S1
SL301 | Vaikų slauga | 15 | O | =F:Paediatric Nursing
SL302 | Bendruomenės slauga | 15 | O | =F:Community Nursing
## 3 S2
SL311 | Slaugos praktika III | 18 | O | | I:Nursing Practice III
SL312 | Baigiamasis darbas | 12 | O | =T:Final Thesis
"""

_T1, TAG1 = parse_tagged(LT_BMD)
_T2, TAG2 = parse_tagged(LT_MOL)
_T3, TAG3 = parse_tagged(LT_SLA)
TAGS = {**TAG1, **TAG2, **TAG3}

DEG = {"lt_bmd": ("Biomedicinos mokslų profesinis bakalauras", "Professional Bachelor of Biomedical Sciences",
                  "Biomedicininė diagnostika", "Biomedical Diagnostics", "profesinis bakalauras", "professional bachelor"),
       "lt_mol": ("Biologijos mokslų bakalauras", "Bachelor of Biological Sciences",
                  "Molekulinė biologija", "Molecular Biology", "bakalauras", "bachelor"),
       "lt_sla": ("Sveikatos mokslų profesinis bakalauras", "Professional Bachelor of Health Sciences",
                  "Bendrosios praktikos slauga", "General Practice Nursing", "profesinis bakalauras",
                  "professional bachelor")}


def _cur(cid, title, field, years, terms, clin=False):
    return C.Curriculum(cid, "LT", title, "bachelor", years, field, "ects", terms, 9, 6, clinical_training=clin)


LT_INST = [
    Institution("Vilniaus Neries kolegija", "Vilnius", "Vilniaus apskritis", "LT", "Didlaukio g. 54",
                ("lt_bmd", "lt_sla"), "college",
                extra={"en": "Neris University of Applied Sciences, Vilnius", "code": "111965131",
                       "fak": ("Sveikatos priežiūros fakultetas", "Faculty of Health Care")}),
    Institution("Kauno Nemuno kolegija", "Kaunas", "Kauno apskritis", "LT", "Pramonės pr. 20",
                ("lt_bmd", "lt_sla"), "college",
                extra={"en": "Nemunas University of Applied Sciences, Kaunas", "code": "111968821",
                       "fak": ("Medicinos fakultetas", "Faculty of Medicine")}),
    Institution("Baltijos sveikatos mokslų universitetas", "Vilnius", "Vilniaus apskritis", "LT",
                "Saulėtekio al. 7", ("lt_mol",), "university",
                extra={"en": "Baltic University of Health Sciences", "code": "211950816",
                       "fak": ("Gyvybės mokslų centras", "Life Sciences Centre")}),
]

PACK = K.CountryPack(
    code="LT", name="Lithuania",
    given={"F": ["Gabija", "Austėja", "Ieva", "Rūta", "Eglė", "Greta", "Monika", "Justina", "Indrė", "Kotryna"],
           "M": ["Lukas", "Mantas", "Dovydas", "Tomas", "Paulius", "Matas", "Karolis", "Justas", "Domantas", "Rokas"]},
    surnames=["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus",
              "Paulauskas", "Urbonas", "Navickas", "Ramanauskas", "Savickas"],
    middle={"F": [], "M": []},
    institutions=LT_INST,
    employers=[
        Employer("VšĮ Vilniaus Antakalnio ligoninė", "Vilnius", "Vilniaus apskritis", "LT", "Antakalnio g. 124",
                 "+370 5 234 0000", "personalas@antakalnio-ligonine.example"),
        Employer("VšĮ Kauno regioninė ligoninė", "Kaunas", "Kauno apskritis", "LT", "Josvainių g. 2",
                 "+370 37 306 000", "info@kauno-rl.example"),
        Employer("UAB „Gintaro diagnostika“", "Klaipėda", "Klaipėdos apskritis", "LT", "Taikos pr. 68",
                 "+370 46 410 000", "laboratorija@gintaro-diag.example", "lab"),
    ],
    signers=["Rasa Jonaitienė", "dr. Vytautas Mockus", "Laima Bernotienė"],
    curricula=[_cur("lt_bmd", "Biomedicinos mokslų profesinis bakalauras (Biomedicininė diagnostika)",
                    "medical_laboratory_science", 3, _T1, True),
               _cur("lt_mol", "Biologijos mokslų bakalauras (Molekulinė biologija)", "biology", 4, _T2),
               _cur("lt_sla", "Sveikatos mokslų profesinis bakalauras (Bendrosios praktikos slauga)", "nursing", 3, _T3)],
    mls_curriculum="lt_bmd", science_curricula=["lt_mol"], nonqualifying_curricula=["lt_sla"],
    positions_mls=["biomedicinos technologas", "medicinos technologas"],
    positions_science=["laborantas", "biologas"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10 ** 5, 10 ** 6 - 1)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("LT", {
    "blood_bank": ["imunohematologija"], "chemistry": ["klinikinė chemija"], "hematology": ["hematologija"],
    "microbiology": ["mikrobiologija"], "immunology": ["imunologija"], "urinalysis": ["šlapimo tyrimai"],
    "molecular": ["molekulinė diagnostika"], "phlebotomy": ["kraujo ėmimas"], "other": ["citologija"]})

GW = {10: ("puikiai", "excellent"), 9: ("labai gerai", "very good"), 8: ("gerai", "good"),
      7: ("vidutiniškai", "highly satisfactory"), 6: ("patenkinamai", "satisfactory"), 5: ("silpnai", "sufficient")}
GROUPS = [("G", "Bendrieji koleginių studijų dalykai / General subjects"),
          ("F", "Studijų krypties dalykai / Subjects of the field"),
          ("I", "Praktikos / Internships"),
          ("T", "Baigiamasis darbas / Final thesis")]


def lt_grade(s, salt, r):
    v = int(round(5 + (r.score - 45) / 47 * 5 + ((k(s, salt) % 5) - 2) * 0.5))
    v = max(5, min(10, v))
    return v, f"{v} ({GW[v][0]} / {GW[v][1]})"


def lt_date(d):
    return f"{d.year} m. {LT_MONTHS_GEN[d.month - 1]} {d.day} d."


def lt_transcript(s, person, rng):
    lt_fix(person)
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    deg = DEG[cur.id]
    univ = inst.kind == "university"
    W, H = A4
    L, R = 48, W - 48
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(W / 2, 34, f"{inst.name} / {inst.extra['en']}", S, 7, "center")
        st["y"] = 60
        return p

    def need(h):
        if st["y"] + h > H - 60:
            new_page()

    def sec(num, lt, en):
        need(40)
        p = st["p"]
        p.text(L, st["y"], f"{num}. {lt}", SB, 9.5)
        p.text(L + 14, st["y"] + 10, en, SI, 8)
        st["y"] += 26

    def field(num, lt, en, val, val_en=None):
        lines = wrap(val, S, 9, R - L - 200)
        need(22 + 10 * len(lines))
        p = st["p"]
        ly = st["y"]
        for ln in wrap(f"{num} {lt}", S, 8.2, 185):
            p.text(L + 8, ly, ln, S, 8.2)
            ly += 9
        for ln in wrap(en, SI, 7.2, 185):
            p.text(L + 8, ly, ln, SI, 7.2)
            ly += 8.5
        yy = st["y"]
        for ln in lines:
            p.text(L + 200, yy, ln, SB, 9)
            yy += 10
        if val_en:
            for ln in wrap(val_en, SI, 8.5, R - L - 200):
                p.text(L + 200, yy, ln, SI, 8.5)
                yy += 10
        st["y"] = max(ly + 5, yy + 6)

    def para(txt, font=S, size=8.2):
        for ln in wrap(txt, font, size, R - L - 8):
            need(11)
            st["p"].text(L + 8, st["y"], ln, font, size)
            st["y"] += 10.5
        st["y"] += 4

    p = new_page()
    p.text(W / 2, 62, "DIPLOMO PRIEDĖLIS", SB, 14, "center")
    p.text(W / 2, 77, "DIPLOMA SUPPLEMENT", SI, 11, "center")
    ser = f"PB {k(s, 'ser') % 9000000 + 1000000}" if not univ else f"BA {k(s, 'ser') % 9000000 + 1000000}"
    p.text(W / 2, 91, f"Priedėlio Nr. / Supplement No. {ser}-P", S, 8, "center")
    st["y"] = 110
    para("Šis diplomo priedėlis parengtas pagal Europos Komisijos, Europos Tarybos ir UNESCO/CEPES sukurtą modelį. "
         "This Diploma Supplement follows the model developed by the European Commission, Council of Europe and "
         "UNESCO/CEPES.", SI, 7.4)
    sec(1, "INFORMACIJA APIE KVALIFIKACIJOS TURĖTOJĄ", "INFORMATION IDENTIFYING THE HOLDER OF THE QUALIFICATION")
    field("1.1", "Pavardė", "Family name(s)", person.surname.upper())
    field("1.2", "Vardas (-ai)", "Given name(s)", " ".join(x for x in (person.given, person.middle) if x).upper())
    field("1.3", "Gimimo data", "Date of birth", s.dob.strftime("%Y-%m-%d"))
    field("1.4", "Studento kodas", "Student identification code", s.student_no)
    sec(2, "INFORMACIJA APIE KVALIFIKACIJĄ", "INFORMATION IDENTIFYING THE QUALIFICATION")
    field("2.1", "Kvalifikacinis laipsnis", "Name of qualification", deg[0], deg[1])
    field("2.2", "Pagrindinė studijų kryptis", "Main field(s) of study", deg[2], deg[3])
    field("2.3", "Kvalifikaciją suteikusios institucijos pavadinimas ir statusas",
          "Name and status of awarding institution", f"{inst.name}, valstybinė {'universitetas' if univ else 'kolegija'}",
          f"{inst.extra['en']}, state {'university' if univ else 'university of applied sciences'}")
    field("2.4", "Studijas vykdžiusios institucijos pavadinimas", "Name of institution administering studies",
          "Ta pati kaip 2.3", "Same as 2.3")
    field("2.5", "Mokymo ir egzaminų kalba", "Language(s) of instruction / examination", "lietuvių", "Lithuanian")
    sec(3, "INFORMACIJA APIE KVALIFIKACIJOS LYGĮ", "INFORMATION ON THE LEVEL OF THE QUALIFICATION")
    field("3.1", "Kvalifikacijos lygis", "Level of qualification",
          f"Pirmoji pakopa, {deg[4]}; LKS 6 lygis", f"First cycle, {deg[5]}; LTQF level 6")
    tot = sum(r.spec.credits for t in s.terms for r in t.results)
    yrs = cur.years
    field("3.2", "Oficiali programos trukmė", "Official length of programme",
          f"{yrs} metai, {int(tot)} kreditų", f"{yrs} years, {int(tot)} credits")
    field("3.3", "Priėmimo reikalavimai", "Access requirements", "Vidurinis išsilavinimas",
          "Secondary education (Brandos atestatas)")
    sec(4, "INFORMACIJA APIE STUDIJŲ TURINĮ IR PASIEKTUS REZULTATUS", "INFORMATION ON THE CONTENTS AND RESULTS GAINED")
    field("4.1", "Studijų forma", "Mode of study", "nuolatinė", "full-time")
    need(24)
    st["p"].text(L + 8, st["y"], "4.2 Programos reikalavimai / Programme requirements", S, 8.2)
    st["y"] += 12
    para("Programos absolventas geba atlikti biocheminius, hematologinius, mikrobiologinius, imunologinius ir "
         "molekulinius tyrimus, vertinti jų kokybę ir dirbti sveikatos priežiūros įstaigų laboratorijose. "
         "The graduate is able to perform biochemical, haematological, microbiological, immunological and "
         "molecular tests, to assess their quality and to work in the laboratories of health care institutions."
         if cur.id == "lt_bmd" else
         "Programos absolventas turi įgyti visus programoje numatytus kreditus ir apginti baigiamąjį darbą. "
         "The graduate must earn all the credits of the programme and defend the final thesis.", S, 8)
    need(60)
    st["p"].text(L + 8, st["y"], "4.3 Programos sandara ir studijų rezultatai / Programme details and the individual "
                                 "grades obtained", SB, 8.4)
    st["y"] += 14
    xs = [L, L + 34, R - 190, R - 148, R]

    def thead():
        p = st["p"]
        y = st["y"]
        p.rect(L, y, R - L, 24, 0.6, 0.0, fill=0.9)
        for x in xs[1:-1]:
            p.vline(x, y, y + 24, 0.5)
        p.text(xs[0] + 3, y + 10, "Eil. Nr.", SB, 7.2)
        p.text(xs[0] + 3, y + 19, "No.", SI, 6.6)
        p.text(xs[1] + 4, y + 10, "Studijų dalyko (modulio) pavadinimas", SB, 7.2)
        p.text(xs[1] + 4, y + 19, "Title of course unit", SI, 6.6)
        p.text(xs[2] + 4, y + 10, "Kreditai", SB, 7.2)
        p.text(xs[2] + 4, y + 19, "Credits", SI, 6.6)
        p.text(xs[3] + 4, y + 10, "Įvertinimas", SB, 7.2)
        p.text(xs[3] + 4, y + 19, "Grade", SI, 6.6)
        st["y"] = y + 24

    thead()
    rows = {g: [] for g, _ in GROUPS}
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            grp, en = TAGS[r.spec.code].split(":", 1)
            rows[grp].append((i, j, r, en))
    out = []
    n = 0
    ws = wc = 0
    for grp, cap in GROUPS:
        if not rows[grp]:
            continue
        if univ and grp == "G":
            cap = "Bendrieji universitetinių studijų dalykai / General university subjects"
        if st["y"] + 40 > H - 60:
            new_page()
            thead()
        p = st["p"]
        p.rect(L, st["y"], R - L, 14, 0.5, 0.0, fill=0.96)
        p.text(L + 4, st["y"] + 10, cap, SB, 7.8)
        st["y"] += 14
        for i, j, r, en in rows[grp]:
            if st["y"] + 24 > H - 60:
                new_page()
                thead()
            p, y = st["p"], st["y"]
            n += 1
            v, g = lt_grade(s, f"g{i}.{j}", r)
            cr = int(r.spec.credits)
            p.pieces(y + 10, [(xs[0] + 4, f"{n}.", "left"), (xs[1] + 4, r.spec.title, "left"),
                              (xs[3] - 8, str(cr), "right"), (xs[3] + 4, g, "left", S, 6.6 if len(g) > 26 else 7.4)],
                     S, 8)
            p.text(xs[1] + 4, y + 19.5, en, SI, 7.2)
            p.rect(L, y, R - L, 24, 0.4, 0.0)
            for x in xs[1:-1]:
                p.vline(x, y, y + 24, 0.4)
            st["y"] = y + 24
            ws += v * cr
            wc += cr
            out.append(course_truth(r, None, cr, g, "ects", code=None, row_no=n, title_en=en,
                                    group=cap.split(" / ")[0]))
    p = st["p"]
    p.rect(L, st["y"], R - L, 15, 0.6, 0.0)
    p.pieces(st["y"] + 10.5, [(xs[1] + 4, "Iš viso / Total:", "left", SB, 8.2), (xs[3] - 8, str(wc), "right", SB, 8.2)],
             S, 8)
    st["y"] += 28
    field("4.4", "Vertinimo sistema", "Grading scheme",
          "10 (puikiai), 9 (labai gerai), 8 (gerai), 7 (vidutiniškai), 6 (patenkinamai), 5 (silpnai) - teigiami "
          "įvertinimai; 4-1 (nepatenkinamai) - neigiami.",
          "10 (excellent), 9 (very good), 8 (good), 7 (highly satisfactory), 6 (satisfactory), 5 (sufficient) - "
          "pass grades; 4-1 (unsatisfactory) - fail.")
    avg = ws / wc
    field("4.5", "Bendroji kvalifikacijos klasifikacija", "Overall classification of the qualification",
          f"Svertinis vidurkis {avg:.2f}".replace(".", ","), f"Weighted average {avg:.2f}".replace(".", ","))
    sec(5, "INFORMACIJA APIE KVALIFIKACIJOS PASKIRTĮ", "INFORMATION ON THE FUNCTION OF THE QUALIFICATION")
    field("5.1", "Tolesnės studijos", "Access to further study", "Suteikia teisę stoti į magistrantūrą (po papildomųjų "
          "studijų)", "Gives access to second-cycle studies (after bridging studies)")
    field("5.2", "Profesinis statusas", "Professional status",
          "Biomedicinos technologo profesinė kvalifikacija" if cur.id == "lt_bmd" else "-",
          "Professional qualification of Biomedical Technologist" if cur.id == "lt_bmd" else None)
    sec(6, "PAPILDOMA INFORMACIJA", "ADDITIONAL INFORMATION")
    field("6.1", "Papildoma informacija", "Additional information", f"Diplomas {ser}", f"Diploma {ser}")
    sec(7, "PRIEDĖLIO PATVIRTINIMAS", "CERTIFICATION OF THE SUPPLEMENT")
    field("7.1", "Data", "Date", s.conferred.strftime("%Y-%m-%d"))
    need(80)
    y = st["y"] + 40
    sign_block(st["p"], rng, L + 150, y, "Direktorius / Director" if not univ else "Rektorius / Rector", S, 8, 180,
               "dr. Arūnas Vaitkevičius" if k(s, "dir") % 2 else "doc. dr. Daiva Gudelienė")
    round_stamp(st["p"], L + 320, y - 14, 28, 0.45)
    st["y"] = y + 40
    sec(8, "INFORMACIJA APIE NACIONALINĘ AUKŠTOJO MOKSLO SISTEMĄ", "INFORMATION ON THE NATIONAL HIGHER EDUCATION SYSTEM")
    para("Lietuvos aukštojo mokslo sistema yra binarinė: studijas vykdo universitetai ir kolegijos. Pirmosios pakopos "
         "koleginės studijos baigiamos suteikiant profesinio bakalauro laipsnį; jų apimtis yra 180-240 kreditų. "
         "Vienas kreditas atitinka 25-30 studento darbo valandų.")
    para("The Lithuanian higher education system is binary: studies are offered by universities and by universities "
         "of applied sciences (kolegijos). First-cycle college studies lead to the degree of professional bachelor; "
         "their volume is 180-240 credits. One credit corresponds to 25-30 hours of student work.", SI, 8)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 28, f"{q} / {len(pages)}", S, 7.5, "right")
        pg.text(L, H - 28, f"{person.surname.upper()} {person.given.upper()} - {ser}", S, 7)
    names = [person.surname.upper(), f"{person.surname.upper()} {person.given.upper()}"]
    return LayoutResult("transcript", "ac_lt_priedelis", FAMILY, by_reading_order(pages), names[1:], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ac_lt_priedelis": (lt_transcript, FAMILY, ("LT",))}
