"""Writer AG, round 16: Latvia (LV). Country pack (invented higher-education institutions: the
professional bachelor "Biomedicīnas laborants", four years, 160 KP = 240 ECTS; an academic bachelor
"Bioloģija", three years, 120 KP; the professional bachelor "Māszinības", four years) and the
Europass "DIPLOMA PIELIKUMS / DIPLOMA SUPPLEMENT": A4 portrait, bilingual throughout (Latvian, the
English translation on the next line in smaller italic), in numbered sections 1 (holder: 1.1
Uzvārds / Family name ... 1.4 Personas kods), 2 (qualification), 3 (level, 3.2 official length "4
gadi, 160 KP (240 ECTS)", 3.3 access), 4 (4.1 mode, 4.2 requirements, 4.3 the course table over two
or three pages, 4.4 the grading scheme as a small table, 4.5 overall classification "—"), 5, 6, 7
(certification: "2019. gada 28. jūnijā / 28 June 2019", rector, seal) and 8 (the Latvian higher
education system in paragraphs). The 4.3 table: Studiju kurss / Study course (the Latvian title over
its English translation in one cell) | KP / Credit points | ECTS (1.5 x KP) | Vērtējums / Grade (10
... 4) | Vērtējums vārdiem / Grade in words ("teicami / excellent"); no terms, no codes; the rows
grouped under "A daļa – obligātie kursi / Part A – compulsory courses", "B daļa – ierobežotās
izvēles / Part B – restricted electives", "C daļa – brīvās izvēles / Part C – free electives",
"Prakse / Placements", "Valsts pārbaudījums / State examination", each closed by "Kopā / Total: 68
KP (102 ECTS)".

Truth: credit_system "ects": the truth's credits are the ECTS column (1.5 x the Latvian credit point,
KP; one KP is 40 hours of student work, a full-time year 40 KP = 60 ECTS), so 1 KP = 0.75 SH; the
printed KP is kept as `kp`. code null (no code printed); term null (no term printed); title = the
Latvian line, the English line kept as `title_en`; grade = the printed figure, the words kept as
`grade_words`; the part kept as `group`.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size, wrap
from .r16_ag_common import (FAMILY, LV_FEM, add_department_phrases, by_reading_order, course_truth, dmy, dry_seal,
                            en_date, fem_fix, k, keep_dob, lv_date, parse_tagged, sign_block)

# "code | Latvian title | KP | cat [| areas] | =PART;English title"
LV_BML = """
## 1 S1
LV01 | Cilvēka anatomija | 4 | B | =A;Human Anatomy
LV02 | Cilvēka fizioloģija | 4 | B | =A;Human Physiology
LV03 | Vispārīgā un neorganiskā ķīmija | 4 | C | =A;General and Inorganic Chemistry
LV04 | Organiskā ķīmija | 3 | C | =A;Organic Chemistry
LV06 | Šūnu bioloģija un ģenētika | 3 | B | =A;Cell Biology and Genetics
LV08 | Medicīnas fizika | 2 | O | =A;Medical Physics
LV09 | Latīņu valoda un medicīnas terminoloģija | 2 | O | =A;Latin and Medical Terminology
LV10 | Angļu valoda profesionālajā saziņā | 2 | O | =A;English for Professional Communication
## 1 S2
LV05 | Bioķīmija | 5 | C | =A;Biochemistry
LV07 | Biostatistika | 2 | M | =A;Biostatistics
LV11 | Civilā aizsardzība un darba drošība | 2 | O | =A;Civil Defence and Occupational Safety
LV12 | Vispārīgā mikrobioloģija | 3 | B | =A;General Microbiology
LV21 | Pētniecības metodoloģija | 2 | O | =A;Research Methodology
LV22 | Ētika un tiesību pamati veselības aprūpē | 2 | O | =A;Ethics and Law in Health Care
LV51 | Psiholoģija | 2 | O | =C;Psychology
LV53 | Pirmā palīdzība | 2 | O | =C;First Aid
## 2 S1
LV13 | Klīniskā ķīmija I | 4 | P | =A;Clinical Chemistry I
LV15 | Hematoloģija I | 4 | P | =A;Haematology I
LV17 | Medicīniskā mikrobioloģija | 5 | P | =A;Medical Microbiology
LV18 | Imunoloģija | 3 | ?B | =A;Immunology
LV42 | Patoloģija | 3 | ?O | =B;Pathology
LV41 | Farmakoloģija | 2 | O | =B;Pharmacology
## 2 S2
LV14 | Klīniskā ķīmija II | 4 | P | =A;Clinical Chemistry II
LV16 | Hematoloģija II | 3 | P | =A;Haematology II
LV19 | Transfuzioloģija un imūnhematoloģija | 3 | P | =A;Transfusion Medicine and Immunohaematology
LV31 | Klīniskā parazitoloģija | 3 | P | =B;Clinical Parasitology
LV32 | Urīna un ķermeņa šķidrumu analīze | 3 | P | =B;Urinalysis and Body Fluid Analysis
LV52 | Vācu valoda | 2 | O | =C;German Language
## 3 S1
LV20 | Laboratorijas kvalitātes vadība | 2 | P | =A;Laboratory Quality Management
LV33 | Histoloģiskās un citoloģiskās metodes | 4 | P | =B;Histological and Cytological Techniques
LV34 | Molekulārā diagnostika | 4 | ?B | =B;Molecular Diagnostics
LV35 | Koagulācijas izmeklējumi | 3 | P | =B;Coagulation Testing
LV36 | Klīniskā bakterioloģija | 4 | P | =B;Clinical Bacteriology
LV61 | Prakse klīniskās ķīmijas laboratorijā | 8 | P | chemistry | PR;Placement in the Clinical Chemistry Laboratory
## 3 S2
LV37 | Mikoloģija un viroloģija | 3 | ?B | =B;Mycology and Virology
LV38 | Klīniskā imunoloģija un seroloģija | 3 | ?B | =B;Clinical Immunology and Serology
LV39 | Toksikoloģija un zāļu monitorings | 3 | ?P | =B;Toxicology and Drug Monitoring
LV40 | Laboratorijas automatizācija un informātika | 3 | O | =B;Laboratory Automation and Informatics
LV62 | Prakse hematoloģijas laboratorijā | 6 | P | hematology | PR;Placement in the Haematology Laboratory
## 4 S1
LV43 | Endokrinoloģijas laboratoriskā diagnostika | 3 | P | =B;Laboratory Diagnostics in Endocrinology
LV44 | Vides un pārtikas mikrobioloģija | 3 | B | =B;Environmental and Food Microbiology
LV45 | Veselības aprūpes vadība | 2 | O | =B;Health Care Management
LV46 | Laboratorijas vadība | 2 | P | =B;Laboratory Management
LV63 | Prakse mikrobioloģijas laboratorijā | 6 | P | microbiology | PR;Placement in the Microbiology Laboratory
LV64 | Prakse asins kalpošanas centrā | 3 | P | blood_bank | PR;Placement in the Blood Service Centre
## 4 S2
LV65 | Prakse klīniskajā laboratorijā | 3 | P | chemistry,hematology,microbiology | PR;Placement in the Clinical Laboratory
LV71 | Bakalaura darba izstrāde un aizstāvēšana | 12 | O | =VP;Bachelor Thesis: Development and Defence
"""

LV_BIO = """
## 1 S1
LB01 | Vispārīgā bioloģija | 4 | B | =A;General Biology
LB02 | Vispārīgā ķīmija | 4 | C | =A;General Chemistry
LB03 | Matemātika biologiem | 4 | M | =A;Mathematics for Biologists
LB04 | Bezmugurkaulnieku zooloģija | 4 | B | =A;Invertebrate Zoology
LB05 | Augu morfoloģija | 3 | B | =A;Plant Morphology
## 1 S2
LB06 | Organiskā ķīmija | 4 | C | =A;Organic Chemistry
LB07 | Mugurkaulnieku zooloģija | 4 | B | =A;Vertebrate Zoology
LB08 | Augu sistemātika | 4 | B | =A;Plant Systematics
LB09 | Biostatistika | 3 | M | =A;Biostatistics
LB10 | Angļu valoda | 2 | O | =C;English Language
## 2 S1
LB11 | Bioķīmija | 4 | C | =A;Biochemistry
LB12 | Ģenētika | 4 | B | =A;Genetics
LB13 | Mikrobioloģija | 4 | B | =A;Microbiology
LB14 | Augu fizioloģija | 4 | B | =B;Plant Physiology
LB15 | Ekoloģija | 4 | ?B | =B;Ecology
## 2 S2
LB16 | Dzīvnieku fizioloģija | 4 | B | =A;Animal Physiology
LB17 | Šūnu bioloģija | 4 | B | =A;Cell Biology
LB18 | Analītiskā ķīmija | 4 | C | =B;Analytical Chemistry
LB19 | Imunoloģija | 3 | ?B | =B;Immunology
LB20 | Lauka prakse | 4 | O | =PR;Field Practice
## 3 S1
LB21 | Molekulārā bioloģija | 4 | B | =A;Molecular Biology
LB22 | Evolūcijas bioloģija | 4 | B | =B;Evolutionary Biology
LB23 | Bioinformātika | 3 | O | =B;Bioinformatics
LB24 | Filozofija | 2 | O | =C;Philosophy
## 3 S2
LB25 | Viroloģija | 4 | ?B | =B;Virology
LB27 | Fizika biologiem | 4 | O | =A;Physics for Biologists
LB28 | Hidrobioloģija | 4 | B | =B;Hydrobiology
LB29 | Mikoloģija | 3 | ?B | =B;Mycology
LB30 | Vides aizsardzība | 3 | O | =C;Environmental Protection
LB31 | Botāniskā prakse | 4 | O | =PR;Botanical Field Practice
LB26 | Bakalaura darbs | 10 | O | =VP;Bachelor Thesis
"""

LV_MAS = """
## 1 S1
LM01 | Cilvēka anatomija un fizioloģija | 6 | B | =A;Human Anatomy and Physiology
LM02 | Māszinību pamati | 6 | O | =A;Foundations of Nursing
LM03 | Psiholoģija | 4 | O | =A;Psychology
LM04 | Mikrobioloģija un epidemioloģija | 4 | ?B | =A;Microbiology and Epidemiology
## 1 S2
LM05 | Farmakoloģija | 4 | O | =A;Pharmacology
LM06 | Pacientu aprūpe I | 8 | O | =A;Patient Care I
LM07 | Prakse aprūpes pamatos | 8 | O | =PR;Placement in Basic Care
## 2 S1
LM08 | Iekšķīgās slimības un aprūpe | 8 | O | =A;Internal Medicine and Nursing Care
LM09 | Ķirurģija un aprūpe | 8 | O | =A;Surgery and Nursing Care
LM10 | Prakse internajā aprūpē | 10 | O | =PR;Placement in Internal Medicine Nursing
## 2 S2
LM11 | Pediatrija un aprūpe | 6 | O | =B;Paediatrics and Nursing Care
LM12 | Dzemdniecība un ginekoloģija | 6 | O | =B;Obstetrics and Gynaecology
LM13 | Prakse ķirurģiskajā aprūpē | 10 | O | =PR;Placement in Surgical Nursing
## 3 S1
LM14 | Psihiatrija un aprūpe | 6 | O | =B;Psychiatry and Nursing Care
LM15 | Geriatrija un aprūpe | 6 | O | =B;Geriatrics and Nursing Care
LM16 | Angļu valoda | 2 | O | =C;English Language
LM17 | Prakse pediatrijā | 10 | O | =PR;Placement in Paediatrics
## 3 S2
LM18 | Intensīvā aprūpe | 8 | O | =B;Intensive Care
LM19 | Sabiedrības veselība | 4 | O | =B;Public Health
LM20 | Vācu valoda | 4 | O | =C;German Language
## 4 S1
LM21 | Aprūpes vadība | 6 | O | =B;Nursing Management
LM22 | Prakse intensīvajā aprūpē | 14 | O | =PR;Placement in Intensive Care
## 4 S2
LM23 | Bakalaura darba izstrāde un aizstāvēšana | 12 | O | =VP;Bachelor Thesis: Development and Defence
"""


def _p(text):
    terms, tags = parse_tagged(text)
    return terms, {c: tuple(v.split(";", 1)) for c, v in tags.items()}


_T1, G1 = _p(LV_BML)
_T2, G2 = _p(LV_BIO)
_T3, G3 = _p(LV_MAS)
TAGS = {"lv_bml": G1, "lv_bio": G2, "lv_mas": G3}

PROG = {
    "lv_bml": {"lv": "Profesionālā bakalaura studiju programma “Biomedicīnas laborants”",
               "en": "Professional bachelor study programme “Biomedical Laboratory Technician”",
               "q_lv": "Profesionālais bakalaura grāds veselības aprūpē un biomedicīnas laboranta kvalifikācija",
               "q_en": "Professional Bachelor's degree in Health Care and the qualification of Biomedical Laboratory "
                       "Technician",
               "field_lv": "Veselības aprūpe; biomedicīnas laboratorijas zinātne",
               "field_en": "Health care; biomedical laboratory science",
               "level_lv": "Otrā līmeņa profesionālā augstākā izglītība (LKI 6. līmenis)",
               "level_en": "Second-cycle professional higher education (LQF / EQF level 6)",
               "fn_lv": "Dod tiesības strādāt par biomedicīnas laborantu un turpināt studijas maģistra programmās.",
               "fn_en": "Gives the right to work as a biomedical laboratory technician and to continue studies in "
                        "master's programmes."},
    "lv_bio": {"lv": "Akadēmiskā bakalaura studiju programma “Bioloģija”",
               "en": "Academic bachelor study programme “Biology”",
               "q_lv": "Dabaszinātņu bakalaura grāds bioloģijā", "q_en": "Bachelor of Natural Sciences in Biology",
               "field_lv": "Bioloģija", "field_en": "Biology",
               "level_lv": "Akadēmiskā augstākā izglītība, bakalaurs (LKI 6. līmenis)",
               "level_en": "Academic higher education, bachelor (LQF / EQF level 6)",
               "fn_lv": "Dod tiesības turpināt studijas maģistra programmās.",
               "fn_en": "Gives access to master's studies."},
    "lv_mas": {"lv": "Profesionālā bakalaura studiju programma “Māszinības”",
               "en": "Professional bachelor study programme “Nursing”",
               "q_lv": "Profesionālais bakalaura grāds veselības aprūpē un māsas kvalifikācija",
               "q_en": "Professional Bachelor's degree in Health Care and the qualification of Nurse",
               "field_lv": "Veselības aprūpe; māszinības", "field_en": "Health care; nursing",
               "level_lv": "Otrā līmeņa profesionālā augstākā izglītība (LKI 6. līmenis)",
               "level_en": "Second-cycle professional higher education (LQF / EQF level 6)",
               "fn_lv": "Dod tiesības strādāt par māsu un turpināt studijas maģistra programmās.",
               "fn_en": "Gives the right to work as a nurse and to continue studies in master's programmes."},
}

LV_INST = [
    Institution("Daugavkrastu Veselības zinātņu augstskola", "Rīga", "Rīga", "LV", "Brīvības iela 214",
                ("lv_bml", "lv_bio", "lv_mas"), "college",
                extra={"en": "Daugavkrasti University College of Health Sciences", "rector": "Dr. med. Ilze Kalniņa",
                       "status_lv": "Valsts dibināta augstskola (koledža un augstskola), akreditēta",
                       "status_en": "State-founded accredited higher education institution",
                       "loc": "Rīgā"}),
    Institution("Kurzemes Medicīnas augstskola", "Liepāja", "Kurzeme", "LV", "Lielā iela 9",
                ("lv_bml", "lv_bio", "lv_mas"), "college",
                extra={"en": "Kurzeme University College of Medicine", "rector": "Dr. biol. Andris Vītols",
                       "status_lv": "Valsts akreditēta augstskola",
                       "status_en": "State-accredited higher education institution", "loc": "Liepājā"}),
]

PACK = K.CountryPack(
    code="LV", name="Latvia",
    given={"F": ["Anna", "Laura", "Elīna", "Kristīne", "Līga", "Ieva", "Madara", "Santa", "Agnese", "Dace"],
           "M": ["Jānis", "Andris", "Mārtiņš", "Kārlis", "Edgars", "Roberts", "Artūrs", "Raivis", "Toms", "Dāvis"]},
    surnames=list(LV_FEM),
    middle={"F": [], "M": []},
    institutions=LV_INST,
    employers=[
        Employer("SIA “Daugavas Klīniskā slimnīca”", "Rīga", "Rīga", "LV", "Hipokrāta iela 7",
                 "+371 6700 0141", "personals@dks-slimnica.example"),
        Employer("SIA “BioLab Baltija”", "Rīga", "Rīga", "LV", "Dzirnavu iela 88",
                 "+371 6700 0177", "karjera@biolab-baltija.example", "lab"),
        Employer("SIA “Liepājas reģionālā slimnīca”", "Liepāja", "Kurzeme", "LV", "Slimnīcas iela 25",
                 "+371 6340 0122", "kadri@liepajas-rs.example"),
        Employer("VSIA “Vidzemes veselības centrs”", "Valmiera", "Vidzeme", "LV", "Jumaras iela 195",
                 "+371 6420 0190", "personals@vvc.example"),
    ],
    signers=["Inese Ozoliņa", "Gatis Krūmiņš", "Sandra Liepiņa"],
    curricula=[C.Curriculum("lv_bml", "LV", "Profesionālais bakalaura grāds veselības aprūpē un biomedicīnas "
                                           "laboranta kvalifikācija", "bachelor", 4, "medical_laboratory_science",
                            "ects", _T1, 9, 6, clinical_training=True),
               C.Curriculum("lv_bio", "LV", "Dabaszinātņu bakalaura grāds bioloģijā", "bachelor", 3, "biology",
                            "ects", _T2, 9, 6),
               C.Curriculum("lv_mas", "LV", "Profesionālais bakalaura grāds veselības aprūpē un māsas kvalifikācija",
                            "bachelor", 4, "nursing", "ects", _T3, 9, 6)],
    mls_curriculum="lv_bml", science_curricula=["lv_bio"], nonqualifying_curricula=["lv_mas"],
    positions_mls=["biomedicīnas laborants"],
    positions_science=["laborants", "laboratorijas speciālists"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("LV", {
    "blood_bank": ["Asins kalpošanas nodaļa"], "chemistry": ["Klīniskās ķīmijas laboratorija"],
    "hematology": ["Hematoloģijas laboratorija"], "microbiology": ["Mikrobioloģijas laboratorija"],
    "immunology": ["Imunoloģijas laboratorija"], "urinalysis": ["Urīna analīžu laboratorija"],
    "molecular": ["Molekulārās diagnostikas laboratorija"], "phlebotomy": ["Asins paraugu ņemšanas kabinets"],
    "other": ["Patoloģijas nodaļa"]})

WORDS = {10: ("izcili", "with distinction"), 9: ("teicami", "excellent"), 8: ("ļoti labi", "very good"),
         7: ("labi", "good"), 6: ("gandrīz labi", "almost good"), 5: ("viduvēji", "satisfactory"),
         4: ("gandrīz viduvēji", "almost satisfactory")}
PARTS = [("A", "A daļa – obligātie kursi", "Part A – compulsory courses"),
         ("B", "B daļa – ierobežotās izvēles kursi", "Part B – restricted electives"),
         ("C", "C daļa – brīvās izvēles kursi", "Part C – free electives"),
         ("PR", "Prakse", "Placements"),
         ("VP", "Valsts pārbaudījums", "State examination")]


def grade_of(s, salt, r):
    g = 10 if r.score >= 86 else 9 if r.score >= 78 else 8 if r.score >= 70 else 7 if r.score >= 62 else \
        6 if r.score >= 55 else 5 if r.score >= 49 else 4
    d = k(s, salt) % 6
    if d == 0 and g < 10:
        g += 1
    elif d == 1 and g > 4:
        g -= 1
    return g


def ects_str(x):
    return f"{x:g}"


def personal_code(s):
    return f"{s.dob.day:02d}{s.dob.month:02d}{s.dob.year % 100:02d}-{1 if s.dob.year < 2000 else 2}{k(s, 'pk') % 10000:04d}"


def total_kp(cur):
    return int(sum(c.credits for t in cur.terms for c in t.courses))


def lv_supplement(s, person, rng):
    fem_fix(person)
    keep_dob(person, s.dob, personal_code(s))
    inst, cur = s.institution, s.curriculum
    S, SB, SI, SBI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"
    W, H = A4
    L, R = 46, W - 46
    pr = PROG[cur.id]
    tags = TAGS[cur.id]
    kp_all = total_kp(cur)
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 36, inst.name, SB, 7.5)
        p.text(R, 36, "DIPLOMA PIELIKUMS / DIPLOMA SUPPLEMENT", S, 7, "right")
        p.hline(L, R, 41, 0.4)
        st["y"] = 60
        return p

    def need(h):
        if st["y"] + h > H - 50:
            new_page()

    def heading(lv, en):
        st["y"] += 5
        need(44)
        p = st["p"]
        p.text(L, st["y"], lv, SB, 9.2)
        p.text(L, st["y"] + 11, en, SBI, 7.6)
        st["y"] += 26

    def field(no, lv, en, val, val_en=None):
        wv = R - L - 250
        lines = wrap(val, S, 8.6, wv) or [""]
        lines_en = wrap(val_en, SI, 7.4, wv) if val_en else []
        need(max(22, 11 * len(lines) + 9 * len(lines_en) + 6))
        p, y = st["p"], st["y"]
        p.pieces(y, [(L, f"{no} {lv}", "left", S, 8.2), (L + 250, lines[0], "left", SB, 8.6)], S, 8.2)
        yy = y
        for ln in lines[1:]:
            yy += 11
            p.text(L + 250, yy, ln, SB, 8.6)
        p.text(L + 14, y + 10, en, SI, 7.2)
        for ln in lines_en:
            yy += 10
            p.text(L + 250, yy, ln, SI, 7.4)
        st["y"] = max(y + 22, yy + 12)

    def para(lv, en):
        for txt, f, sz, lead in ((lv, S, 8.2, 10.5), (en, SI, 7.4, 9.5)):
            for ln in wrap(txt, f, sz, R - L):
                need(12)
                st["p"].text(L, st["y"], ln, f, sz)
                st["y"] += lead
        st["y"] += 5

    p = new_page()
    p.text(W / 2, 78, "DIPLOMA PIELIKUMS", SB, 14, "center")
    p.text(W / 2, 92, "DIPLOMA SUPPLEMENT", SBI, 10, "center")
    intro = ("Šo diploma pielikumu izstrādājusi Eiropas Komisija, Eiropas Padome un UNESCO/CEPES. Pielikuma mērķis ir "
             "sniegt pietiekamus neatkarīgus datus, lai uzlabotu kvalifikāciju starptautisko atzīšanu.")
    intro_en = ("This Diploma Supplement model was developed by the European Commission, Council of Europe and "
                "UNESCO/CEPES. Its purpose is to provide sufficient independent data to improve the international "
                "recognition of qualifications.")
    st["y"] = 112
    para(intro, intro_en)
    nr = f"Diploma sērija un numurs / Diploma series and number: BL {k(s, 'dipl') % 9000 + 1000} / {s.conferred.year}"
    p.text(L, st["y"] + 2, nr, S, 8)
    st["y"] += 18
    heading("1. ZIŅAS PAR KVALIFIKĀCIJAS IEGUVĒJU", "INFORMATION IDENTIFYING THE HOLDER OF THE QUALIFICATION")
    field("1.1", "Uzvārds", "Family name", person.surname)
    field("1.2", "Vārds", "Given name", " ".join(x for x in (person.given, person.middle) if x))
    field("1.3", "Dzimšanas datums", "Date of birth", dmy(s.dob))
    field("1.4", "Personas kods", "Student identification number", personal_code(s))
    heading("2. ZIŅAS PAR KVALIFIKĀCIJU", "INFORMATION IDENTIFYING THE QUALIFICATION")
    field("2.1", "Kvalifikācijas nosaukums", "Name of qualification and title conferred", pr["q_lv"], pr["q_en"])
    field("2.2", "Galvenās studiju jomas", "Main field(s) of study", pr["field_lv"], pr["field_en"])
    field("2.3", "Kvalifikāciju piešķīrušās iestādes nosaukums", "Name of awarding institution", inst.name,
          inst.extra["en"])
    field("2.4", "Studijas īstenojušās iestādes statuss", "Status of the institution", inst.extra["status_lv"],
          inst.extra["status_en"])
    field("2.5", "Mācību valoda", "Language of instruction", "latviešu", "Latvian")
    heading("3. ZIŅAS PAR KVALIFIKĀCIJAS LĪMENI", "INFORMATION ON THE LEVEL OF THE QUALIFICATION")
    field("3.1", "Kvalifikācijas līmenis", "Level of qualification", pr["level_lv"], pr["level_en"])
    field("3.2", "Programmas oficiālais ilgums", "Official length of programme",
          f"{cur.years} gadi, {kp_all} KP ({ects_str(kp_all * 1.5)} ECTS)",
          f"{cur.years} years, {kp_all} Latvian credit points ({ects_str(kp_all * 1.5)} ECTS)")
    field("3.3", "Uzņemšanas prasības", "Access requirements", "Vispārējā vidējā izglītība",
          "General secondary education")
    heading("4. ZIŅAS PAR PROGRAMMAS SATURU UN IEGŪTAJIEM REZULTĀTIEM",
            "INFORMATION ON THE CONTENTS AND RESULTS GAINED")
    field("4.1", "Studiju veids", "Mode of study", "pilna laika klātienes studijas", "full-time studies")
    field("4.2", "Programmas prasības", "Programme requirements", pr["lv"], pr["en"])
    need(60)
    p = st["p"]
    p.text(L, st["y"], "4.3 Programmas detaļas un iegūtie vērtējumi", S, 8.2)
    p.text(L + 14, st["y"] + 10, "Programme details and the individual grades obtained", SI, 7.2)
    st["y"] += 26
    X = [L, L + 262, L + 304, L + 344, L + 392, R]

    def table_head():
        p, y = st["p"], st["y"]
        p.rect(L, y - 10, R - L, 24, 0.5, 0.0, fill=0.88)
        p.pieces(y, [(X[0] + 3, "Studiju kurss", "left"), (X[1] + 21, "KP", "center"), (X[2] + 20, "ECTS", "center"),
                     (X[3] + 24, "Vērtējums", "center"), (X[4] + 3, "Vērtējums vārdiem", "left")], SB, 7.6)
        p.pieces(y + 10, [(X[0] + 3, "Study course", "left"), (X[1] + 21, "Credit points", "center"),
                          (X[3] + 24, "Grade", "center"), (X[4] + 3, "Grade in words", "left")], SBI, 6.6)
        st["y"] = y + 26

    table_head()
    out = []
    by_part = {key: [] for key, _, _ in PARTS}
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            part, en = tags[r.spec.code]
            by_part[part].append((i, j, r, en))
    for key, lv_cap, en_cap in PARTS:
        rows = by_part[key]
        if not rows:
            continue
        if st["y"] + 50 > H - 50:
            new_page()
            table_head()
        p, y = st["p"], st["y"]
        p.rect(L, y - 9, R - L, 13, 0.3, 0.0, fill=0.95)
        p.text(X[0] + 3, y, f"{lv_cap} / {en_cap}", SB, 7.8)
        st["y"] = y + 14
        kp_sum = 0
        for i, j, r, en in rows:
            lv_lines = wrap(r.spec.title, S, 8, X[1] - X[0] - 8)
            en_lines = wrap(en, SI, 7, X[1] - X[0] - 8)
            hgt = 10 * len(lv_lines) + 9 * len(en_lines) + 4
            if st["y"] + hgt > H - 50:
                new_page()
                table_head()
            p, y = st["p"], st["y"]
            kp = int(r.spec.credits)
            ects = kp * 1.5
            g = grade_of(s, f"g{i}.{j}", r)
            wl, we = WORDS[g]
            p.pieces(y, [(X[0] + 3, lv_lines[0], "left"), (X[1] + 21, str(kp), "center"),
                         (X[2] + 20, ects_str(ects), "center"), (X[3] + 24, str(g), "center"),
                         (X[4] + 3, f"{wl} / {we}", "left", S, fit_size(f"{wl} / {we}", S, 8, R - X[4] - 5, 5.5))],
                     S, 8)
            yy = y
            for ln in lv_lines[1:]:
                yy += 10
                p.text(X[0] + 3, yy, ln, S, 8)
            for ln in en_lines:
                yy += 9
                p.text(X[0] + 3, yy, ln, SI, 7)
            st["y"] = yy + 13
            p.hline(L, R, st["y"] - 9.5, 0.2, 0.5)
            kp_sum += kp
            out.append(course_truth(r, None, ects, str(g), "ects", code=None, title_en=en, kp=kp,
                                    grade_words=f"{wl} / {we}", group=f"{lv_cap} / {en_cap}"))
        p = st["p"]
        p.text(X[0] + 3, st["y"], f"Kopā / Total: {kp_sum} KP ({ects_str(kp_sum * 1.5)} ECTS)", SB, 7.8)
        st["y"] += 16
    need(20)
    st["p"].text(L, st["y"], f"Programmā kopā / Programme total: {kp_all} KP ({ects_str(kp_all * 1.5)} ECTS)", SB,
                 8.4)
    st["y"] += 20
    need(120)
    p = st["p"]
    p.text(L, st["y"], "4.4 Vērtēšanas sistēma", S, 8.2)
    p.text(L + 14, st["y"] + 10, "Grading scheme", SI, 7.2)
    st["y"] += 24
    GX = [L + 20, L + 130, L + 250, L + 380]
    p.pieces(st["y"], [(GX[0], "Vērtējums / Grade", "left"), (GX[1], "Nozīme", "left"), (GX[2], "Meaning", "left"),
                       (GX[3], "ECTS", "left")], SB, 7.2)
    p.hline(GX[0], R - 20, st["y"] + 3, 0.3)
    st["y"] += 12
    for g, e in ((10, "A"), (9, "A"), (8, "B"), (7, "C"), (6, "D"), (5, "E"), (4, "E")):
        p.pieces(st["y"], [(GX[0] + 20, str(g), "left"), (GX[1], WORDS[g][0], "left"), (GX[2], WORDS[g][1], "left"),
                           (GX[3], e, "left")], S, 7.2)
        st["y"] += 9.5
    p.text(GX[0], st["y"] + 2, "1–3: negatīvs vērtējums / fail. Sekmīgs vērtējums / pass: 4–10.", S, 7.2)
    st["y"] += 18
    field("4.5", "Kvalifikācijas klase", "Overall classification of the qualification", "—")
    heading("5. ZIŅAS PAR KVALIFIKĀCIJAS FUNKCIJU", "INFORMATION ON THE FUNCTION OF THE QUALIFICATION")
    field("5.1", "Turpmākās studijas", "Access to further study", "Dod tiesības turpināt studijas maģistra programmās",
          "Gives access to master's studies")
    field("5.2", "Profesionālais statuss", "Professional status", pr["fn_lv"], pr["fn_en"])
    heading("6. PAPILDU INFORMĀCIJA", "ADDITIONAL INFORMATION")
    field("6.1", "Papildu informācija", "Additional information",
          "Studiju programma akreditēta līdz 2025. gada 31. decembrim",
          "The study programme is accredited until 31 December 2025")
    field("6.2", "Papildu informācijas avoti", "Further information sources", "www.aic.lv; www.izm.gov.lv")
    heading("7. PIELIKUMA APLIECINĀJUMS", "CERTIFICATION OF THE SUPPLEMENT")
    d = s.conferred
    field("7.1", "Datums", "Date", lv_date(d), en_date(d))
    field("7.2", "Paraksts", "Signature", "")
    field("7.3", "Amats", "Capacity", "Rektors / Rector")
    need(60)
    sign_block(st["p"], rng, L + 330, st["y"] + 22, inst.extra["rector"], S, 8, 170)
    dry_seal(st["p"], L + 160, st["y"] + 14, 26)
    st["y"] += 60
    heading("8. ZIŅAS PAR NACIONĀLO AUGSTĀKĀS IZGLĪTĪBAS SISTĒMU", "INFORMATION ON THE NATIONAL HIGHER EDUCATION SYSTEM")
    para("Latvijas augstākās izglītības sistēmā ir akadēmiskās un profesionālās studiju programmas. Bakalaura "
         "programmu apjoms ir 120–160 kredītpunkti; viens Latvijas kredītpunkts (KP) atbilst vienai studiju darba "
         "nedēļai jeb 40 stundām, un 1 KP atbilst 1,5 ECTS kredītpunktiem. Pilna laika studiju gadā iegūst 40 KP.",
         "Latvian higher education comprises academic and professional study programmes. Bachelor programmes comprise "
         "120-160 credit points; one Latvian credit point (KP) corresponds to one week of study, or 40 hours, and "
         "1 KP equals 1.5 ECTS credits. A full-time year of study is 40 KP.")
    para("Profesionālā bakalaura programmas ietver vispārizglītojošos kursus, nozares teorētiskos un profesionālās "
         "specializācijas kursus, brīvās izvēles kursus, praksi vismaz 26 KP apjomā un valsts pārbaudījumu.",
         "Professional bachelor programmes include general courses, theoretical and professional specialisation "
         "courses in the field, free electives, placements of at least 26 KP and a state examination.")
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 24, f"{q}. lpp. no {n} / Page {q} of {n}", S, 6.8, "right")
    nm = f"{person.surname}, {' '.join(x for x in (person.given, person.middle) if x)}"
    return LayoutResult("transcript", "ag_lv_supplement", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ag_lv_supplement": (lv_supplement, FAMILY, ("LV",))}
