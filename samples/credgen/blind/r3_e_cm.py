"""Writer E, round 3: Cameroon. Country pack (Licence / Bachelor in Biomedical Sciences, LMD
system, 3 years, 6 semesters of 30 credits = 180; Licence in Biochemistry; Licence in Nursing
Science; credits are ECTS-like: 1 credit = 0.5 SH) and the state university's bilingual
"RELEVÉ DE NOTES / TRANSCRIPT": French over English everywhere (headers on two lines, course
titles French then English inside one cell), `Code UE | Intitulé de l'UE | Crédits | Note /20 |
Grade | Décision` with CA / CANT decisions, "Semestre 1 / Semester 1 — 2016/2017" captions and a
per-semester "Crédits capitalisés / Credits earned ... Moyenne / Average ... MGP" line."""

from .. import countries as K
from .. import dates as D
from ..layouts_transcript import LayoutResult, num
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, fit_size
from .r3_e_common import (FAMILY, add_department_phrases, course_truth, crest, curriculum, fmt2,
                          oval_stamp, tweak, wavg)

FR = {"cm_lic_bms": {}, "cm_lic_bch": {}, "cm_lic_nurs": {}}    # curriculum -> code -> French title

CM_BMS = """
## 1 S1
SBM111 | Cell Biology and Histology | 5 | B || Biologie cellulaire et histologie
CHM111 | General and Inorganic Chemistry | 5 | C || Chimie générale et minérale
SBM112 | Human Anatomy I | 5 | B || Anatomie humaine I
PHY111 | Biophysics | 5 | O || Biophysique
MAT111 | Mathematics and Biostatistics | 5 | M || Mathématiques et biostatistique
BIL111 | Bilingual Training (French/English) | 3 | O || Formation bilingue (français/anglais)
INF111 | Introduction to Computing | 2 | O || Initiation à l'informatique
## 1 S2
SBM121 | Human Physiology I | 6 | B || Physiologie humaine I
CHM121 | Organic Chemistry | 5 | C || Chimie organique
SBM122 | Human Anatomy II and Embryology | 5 | B || Anatomie humaine II et embryologie
SBM123 | General Genetics | 5 | B || Génétique générale
SBM124 | General Microbiology | 5 | B || Microbiologie générale
CIV121 | Civics and Ethics | 2 | O || Éducation civique et éthique
BIL121 | Bilingual Training II | 2 | O || Formation bilingue II
## 2 S1
SBM211 | Structural Biochemistry | 6 | C || Biochimie structurale
SBM212 | Human Physiology II | 5 | B || Physiologie humaine II
SBM213 | Medical Bacteriology | 6 | P || Bactériologie médicale
SBM214 | Medical Parasitology I | 5 | P || Parasitologie médicale I
SBM215 | Fundamental Immunology | 5 | ?B || Immunologie fondamentale
SBM216 | Laboratory Safety and Good Laboratory Practice | 3 | P || Sécurité et bonnes pratiques de laboratoire
## 2 S2
SBM221 | Metabolic Biochemistry | 6 | C || Biochimie métabolique
SBM222 | Haematology I | 6 | P || Hématologie I
SBM223 | Medical Mycology and Parasitology II | 5 | P || Mycologie et parasitologie médicales II
SBM224 | Medical Virology | 5 | ?P || Virologie médicale
SBM225 | Epidemiology and Public Health | 5 | ?M || Épidémiologie et santé publique
BIL221 | Scientific English and French | 3 | O || Anglais et français scientifiques
## 3 S1
SBM311 | Clinical Biochemistry | 6 | P || Biochimie clinique
SBM312 | Haematology II and Haemostasis | 6 | P || Hématologie II et hémostase
SBM313 | Immunohaematology and Blood Transfusion | 6 | P || Immunohématologie et transfusion sanguine
SBM314 | Diagnostic Immunology and Serology | 5 | ?P || Immunologie diagnostique et sérologie
SBM315 | Molecular Biology Techniques | 4 | ?B || Techniques de biologie moléculaire
SBM316 | Research Methodology | 3 | O || Méthodologie de la recherche
## 3 S2
SBM321 | Hospital Laboratory Internship | 12 | P | chemistry,hematology,microbiology,blood_bank || Stage hospitalier en laboratoire
SBM322 | Histopathology and Cytology Techniques | 5 | P || Techniques d'histopathologie et de cytologie
SBM323 | Laboratory Quality Management | 4 | P || Management de la qualité au laboratoire
SBM324 | Final Year Project | 9 | O || Mémoire de fin d'études
"""

CM_BCH = """
## 1 S1
BCH111 | Cell Biology | 6 | B || Biologie cellulaire
CHM111 | General Chemistry | 6 | C || Chimie générale
MAT111 | Mathematics for Life Sciences | 6 | M || Mathématiques pour les sciences de la vie
PHY111 | General Physics | 6 | O || Physique générale
BIL111 | Bilingual Training | 6 | O || Formation bilingue
## 1 S2
BCH121 | Structural Biochemistry | 6 | C || Biochimie structurale
CHM121 | Organic Chemistry | 6 | C || Chimie organique
BIO121 | Animal Biology | 6 | B || Biologie animale
BIO122 | Plant Biology | 6 | B || Biologie végétale
MAT121 | Statistics | 6 | M || Statistiques
## 2 S1
BCH211 | Enzymology | 6 | C || Enzymologie
BCH212 | Metabolism I | 6 | C || Métabolisme I
BIO211 | Microbiology | 6 | B || Microbiologie
BIO212 | Genetics | 6 | B || Génétique
CHM211 | Analytical Chemistry | 6 | C || Chimie analytique
## 2 S2
BCH221 | Metabolism II | 6 | C || Métabolisme II
BCH222 | Molecular Biology | 6 | B || Biologie moléculaire
BCH223 | Nutritional Biochemistry | 6 | C || Biochimie nutritionnelle
BIO221 | Immunology | 6 | B || Immunologie
BIO222 | Animal Physiology | 6 | B || Physiologie animale
## 3 S1
BCH311 | Clinical Biochemistry | 6 | ?C || Biochimie clinique
BCH312 | Plant Biochemistry | 6 | C || Biochimie végétale
BCH313 | Bioenergetics | 6 | C || Bioénergétique
BCH314 | Genetic Engineering | 6 | B || Génie génétique
BCH315 | Biochemical Techniques | 6 | C || Techniques biochimiques
## 3 S2
BCH321 | Pharmacology and Toxicology | 6 | ?C || Pharmacologie et toxicologie
BCH322 | Industrial Biochemistry | 6 | C || Biochimie industrielle
BCH323 | Internship | 6 | O || Stage
BCH324 | Final Year Project | 12 | O || Mémoire
"""

CM_NURS = """
## 1 S1
SIN111 | Anatomy and Physiology | 6 | B || Anatomie et physiologie
SIN112 | Fundamentals of Nursing I | 12 | O || Soins infirmiers de base I
SIN113 | Communication and Ethics | 6 | O || Communication et éthique
SIN114 | Microbiology and Hygiene | 6 | B || Microbiologie et hygiène
## 1 S2
SIN121 | Fundamentals of Nursing II | 12 | O || Soins infirmiers de base II
SIN122 | Pharmacology | 6 | O || Pharmacologie
SIN123 | Clinical Practice I | 12 | O || Stage clinique I
## 2 S1
SIN211 | Medical-Surgical Nursing I | 12 | O || Soins médico-chirurgicaux I
SIN212 | Maternal and Child Health | 12 | O || Santé de la mère et de l'enfant
SIN213 | Nutrition | 6 | O || Nutrition
## 2 S2
SIN221 | Medical-Surgical Nursing II | 12 | O || Soins médico-chirurgicaux II
SIN222 | Community Health Nursing | 6 | O || Santé communautaire
SIN223 | Clinical Practice II | 12 | O || Stage clinique II
## 3 S1
SIN311 | Mental Health Nursing | 12 | O || Santé mentale
SIN312 | Nursing Management | 6 | O || Gestion des soins infirmiers
SIN313 | Clinical Practice III | 12 | O || Stage clinique III
## 3 S2
SIN321 | Research Project | 12 | O || Mémoire
SIN322 | Integrated Clinical Internship | 18 | O || Stage intégré
"""


def _sn(rng, sy, inst):
    return f"{sy % 100:02d}{inst.extra['abbr'][:1]}{rng.choice('BMS')}{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="CM", name="Cameroon",
    given={"F": ["Brenda", "Carine", "Estelle", "Laure", "Mireille", "Nadège", "Sandrine", "Vanessa",
                 "Yolande", "Blandine", "Clarisse", "Rosine"],
           "M": ["Arnaud", "Boris", "Christian", "Franck", "Hervé", "Joël", "Landry", "Patrick", "Serge",
                 "Thierry", "Yannick", "Cyrille"]},
    surnames=["Mbarga", "Fotso", "Tchinda", "Kamga", "Ndjock", "Essomba", "Atangana", "Tabi", "Fonkou",
              "Njoya", "Mbah", "Nfor", "Ayuk", "Eyong", "Tanyi", "Nguefack"],
    middle={"F": ["Grâce", "Flore", "Michelle", "Aurélie", "Solange", ""],
            "M": ["Blaise", "Aimé", "Roland", "Didier", "Brice", ""]},
    institutions=[
        Institution("University of Mount Febe", "Yaoundé", "Centre", "CM", "B.P. 1412 Yaoundé",
                    ("cm_lic_bms", "cm_lic_bch", "cm_lic_nurs"),
                    extra={"fr": "Université du Mont Fébé", "abbr": "UMF",
                           "fac": ("Faculté de Médecine et des Sciences Biomédicales",
                                   "Faculty of Medicine and Biomedical Sciences")}),
        Institution("University of the Sanaga", "Edéa", "Littoral", "CM", "B.P. 277 Edéa",
                    ("cm_lic_bms", "cm_lic_bch"),
                    extra={"fr": "Université de la Sanaga", "abbr": "US",
                           "fac": ("Faculté des Sciences de la Santé", "Faculty of Health Sciences")}),
        Institution("University of the Bamboutos Highlands", "Mbouda", "West", "CM", "B.P. 96 Mbouda",
                    ("cm_lic_bms", "cm_lic_nurs"),
                    extra={"fr": "Université des Hauts Plateaux Bamboutos", "abbr": "UHPB",
                           "fac": ("Faculté des Sciences de la Santé", "Faculty of Health Sciences")}),
    ],
    employers=[
        Employer("Hôpital des Collines de Yaoundé", "Yaoundé", "Centre", "CM", "Quartier Mvog-Betsi, B.P. 8120",
                 "+237 222 55 01 42", "rh@hopital-collines.example"),
        Employer("Hôpital Régional de la Sanaga Maritime", "Edéa", "Littoral", "CM", "Route de Kribi, B.P. 301",
                 "+237 233 55 02 18", "direction@hr-sanaga.example"),
        Employer("Laboratoire d'Analyses Médicales Le Baobab", "Douala", "Littoral", "CM",
                 "Rue Njo-Njo, Bonapriso, B.P. 4471", "+237 233 55 07 61", "contact@labo-baobab.example", "lab"),
        Employer("Centre Médical Protestant de Mbouda", "Mbouda", "West", "CM", "Quartier Administratif, B.P. 54",
                 "+237 233 55 04 90", "cmp.mbouda@eglise-sante.example"),
    ],
    signers=["Dr. Emmanuel Nkoa Mbida", "Mme Pauline Ekambi Ndoumbe", "Dr. Jean-Claude Tchouta",
             "M. Alain Fouda Owona", "Dr. Bernadette Ngu Fru"],
    curricula=[
        curriculum("cm_lic_bms", "CM", "Bachelor of Science in Biomedical Sciences", 3,
                   "medical_laboratory_science", "ects", CM_BMS, 10, 12, True, FR["cm_lic_bms"]),
        curriculum("cm_lic_bch", "CM", "Bachelor of Science in Biochemistry", 3, "biochemistry", "ects",
                   CM_BCH, 10, 12, False, FR["cm_lic_bch"]),
        curriculum("cm_lic_nurs", "CM", "Bachelor of Science in Nursing", 3, "nursing", "ects", CM_NURS,
                   10, 12, False, FR["cm_lic_nurs"]),
    ],
    mls_curriculum="cm_lic_bms", science_curricula=["cm_lic_bch"], nonqualifying_curricula=["cm_lic_nurs"],
    positions_mls=["Biomedical Laboratory Technician", "Medical Laboratory Scientist",
                   "Laboratory Technician (Biomedical Sciences)"],
    positions_science=["Laboratory Assistant", "Laboratory Technician"],
    code_style="keep", student_no=_sn, honours=[],
)
K.register(PACK)
add_department_phrases("CM", {
    "blood_bank": ["Banque de sang / Blood Bank"],
    "chemistry": ["Biochimie / Biochemistry", "Biochimie clinique / Clinical Biochemistry"],
    "hematology": ["Hématologie / Haematology"],
    "microbiology": ["Bactériologie / Bacteriology", "Microbiologie / Microbiology"],
    "immunology": ["Sérologie / Serology", "Immunologie / Immunology"],
    "urinalysis": ["Parasitologie / Parasitology"],
    "molecular": ["Biologie moléculaire / Molecular Biology"],
    "phlebotomy": ["Prélèvements / Sample Collection"],
    "other": ["Anatomie pathologique / Histopathology"]})

DEGREE_FR = {"cm_lic_bms": "Licence en Sciences Biomédicales", "cm_lic_bch": "Licence en Biochimie",
             "cm_lic_nurs": "Licence en Sciences Infirmières"}
DEGREE_EN = {"cm_lic_bms": "Bachelor of Science in Biomedical Sciences",
             "cm_lic_bch": "Bachelor of Science in Biochemistry",
             "cm_lic_nurs": "Bachelor of Science in Nursing"}
GRADES = [(16, "A", 4.0), (15, "A-", 3.7), (14, "B+", 3.3), (13, "B", 3.0), (12, "B-", 2.7),
          (11, "C+", 2.3), (10, "C", 2.0), (9, "C-", 1.7), (8, "D+", 1.3), (7, "D", 1.0), (0, "F", 0.0)]
MENTION = [(16, "Très Bien / Very Good"), (14, "Bien / Good"), (12, "Assez Bien / Fairly Good"),
           (10, "Passable / Pass")]


def note20(r):
    """The mark out of 20; a few weak results are below 10 and capitalised by compensation."""
    if r.score < 61 and tweak(r.code, 3) == 0 and r.spec.credits <= 6:
        return 8.5 + 0.25 * tweak(r.code, 4)
    return min(18.75, 10 + int((r.score - 45) * 8.5 / 47 * 4) / 4 + 0.25 * tweak(r.code + "x", 3))


def grade_of(note):
    for lo, g, gp in GRADES:
        if note >= lo:
            return g, gp


def sem_no(t):
    return 2 * (t.year - 1) + (1 if t.key == "S1" else 2)


def cm_term_label(t):
    return f"Semestre {sem_no(t)} / Semester {sem_no(t)} — {t.start_year}/{t.start_year + 1}"


def cm_name(person):
    return " ".join(x for x in (person.surname.upper(), person.given, person.middle) if x)


def cm_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 34, A4[0] - 34
    name = cm_name(person)
    fac_fr, fac_en = inst.extra["fac"]
    xs = [L, L + 62, L + 322, L + 370, L + 420, L + 464, R]
    cx = [(a + b) / 2 for a, b in zip(xs, xs[1:])]

    def new_page(n):
        p = Page(A4)
        p.pieces(40, [(L, "RÉPUBLIQUE DU CAMEROUN", "left"), (R, "REPUBLIC OF CAMEROON", "right")], FB, 8.5)
        p.pieces(50, [(L, "Paix - Travail - Patrie", "left"), (R, "Peace - Work - Fatherland", "right")], FI, 7.5)
        p.pieces(66, [(L, inst.extra["fr"].upper(), "left"), (R, inst.name.upper(), "right")], FB, 8.5)
        p.pieces(77, [(L, fac_fr, "left"), (R, fac_en, "right")], F, 7.5)
        p.pieces(87, [(L, "Service de la Scolarité", "left"), (R, "Registry Department", "right")], F, 7.5)
        crest(p, p.w / 2, 62, 17)
        p.hline(L, R, 98, 1.0)
        y = 116
        p.text(p.w / 2, y, "RELEVÉ DE NOTES / TRANSCRIPT", FB, 13, "center"); y += 14
        p.text(p.w / 2, y, f"N° {rng_no}/{inst.extra['abbr']}/{'FMSB' if 'Médecine' in fac_fr else 'FSS'}/SSE/{s.conferred.year}", F, 8, "center")
        y += 16
        if n == 1:
            rows = [(f"Noms et prénoms / Surname and given names: {name}", f"Matricule / Reg. No.: {s.student_no}"),
                    (f"Né(e) le / Born on: {D.dmy_slash(s.dob)}",
                     f"Sexe / Sex: {'F' if person.sex == 'F' else 'M'}"),
                    (f"Diplôme préparé / Degree: {DEGREE_FR[cur.id]} / {DEGREE_EN[cur.id]}", ""),
                    (f"Année d'entrée / Year of entry: {s.admitted.year}/{s.admitted.year + 1}",
                     "Système / System: LMD")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 372, b, "left")], F, 8); y += 11
            y += 2
        else:
            p.pieces(y, [(L, f"Noms et prénoms / Name: {name}", "left"),
                         (L + 372, f"Matricule / Reg. No.: {s.student_no}", "left")], F, 8)
            y += 6
        return p, y

    rng_no = rng.randint(100, 2400)

    def header(p, y):
        h = 22
        p.rect(L, y, R - L, h, 0.7, 0.0, fill=0.9)
        for x in xs[1:-1]:
            p.vline(x, y, y + h, 0.5)
        p.pieces(y + 9, [(cx[0], "Code UE", "center"), (xs[1] + 4, "Intitulé de l'UE", "left"),
                         (cx[2], "Crédits", "center"), (cx[3], "Note /20", "center"), (cx[4], "Grade", "center"),
                         (cx[5], "Décision", "center")], FB, 7.5)
        p.pieces(y + 18, [(cx[0], "Course Code", "center"), (xs[1] + 4, "Course Title", "left"),
                          (cx[2], "Credits", "center"), (cx[3], "Mark /20", "center"), (cx[4], "Grade", "center"),
                          (cx[5], "Decision", "center")], FI, 7.5)
        return y + h

    fl = Flow(new_page, 110)
    out = []
    cum_cr = 0.0
    cum = []
    for t in s.terms:
        label = cm_term_label(t)
        fl.need(20 + 22 + 24 * 2 + 16)
        p = fl.page
        p.text(L, fl.y + 11, label, FB, 9)
        y = header(p, fl.y + 16)
        notes, gps, cr = [], [], 0.0
        for r in t.results:
            h = 22
            if y + h > fl.page.h - 110:
                fl.break_page()
                y = header(fl.page, fl.y + 4)
            p = fl.page
            fr_t, en_t = FR[cur.id][r.code], r.spec.title
            note = note20(r)
            g, gp = grade_of(note)
            dec = "CA" if note >= 10 else "CANT"
            c = r.spec.credits
            w = xs[2] - xs[1] - 8
            p.pieces(y + 9, [(cx[0], r.code, "center"), (xs[1] + 4, fr_t, "left", F, fit_size(fr_t, F, 8, w)),
                             (cx[2], f"{c:g}", "center"), (cx[3], fmt2(note), "center"),
                             (cx[4], g, "center"), (cx[5], dec, "center")], F, 8)
            p.text(xs[1] + 4, y + 18.5, en_t, FI, fit_size(en_t, FI, 7.5, w))
            p.rect(L, y, R - L, h, 0.4, 0.0)
            for x in xs[1:-1]:
                p.vline(x, y, y + h, 0.4)
            y += h
            notes.append((c, note)); gps.append((c, gp)); cr += c
            out.append(course_truth(r, label, c, fmt2(note), "ects", title=en_t, title_french=fr_t,
                                    grade_letter=g, decision=dec))
        fl.y = y
        cum_cr += cr
        cum += gps
        fl.need(26)
        fl.page.spaced(L + 2, fl.y + 12, [f"Crédits capitalisés / Credits earned: {cr:g}/{cr:g}",
                                           f"Moyenne / Average: {fmt2(wavg(notes))}/20",
                                           f"MGP: {fmt2(wavg(gps))}/4"], FB, 8, 20)
        fl.y += 24
    fl.need(120)
    p = fl.page
    y = fl.y + 4
    p.hline(L, R, y - 8, 0.9)
    mgp = wavg(cum)
    avg = wavg([(r.spec.credits, note20(r)) for t in s.terms for r in t.results])
    mention = next(m for lo, m in MENTION if avg >= lo)
    p.text(L, y + 4, f"Total crédits capitalisés / Total credits earned: {cum_cr:g}/{cum_cr:g}", FB, 9); y += 14
    p.spaced(L, y + 4, [f"MGP cumulée / Cumulative GPA: {fmt2(mgp)}/4", f"Moyenne générale / Overall average: "
                        f"{fmt2(avg)}/20"], FB, 9, 24); y += 14
    p.text(L, y + 4, f"Mention / Class: {mention}", FB, 9); y += 14
    p.text(L, y + 4, f"Date de délibération / Date of deliberation: {D.dmy_slash(D.add_months(s.conferred, -4))}",
           F, 8.5); y += 16
    p.text(L, y, "CA = UE capitalisée / Course passed; CANT = capitalisée par compensation / passed by "
           "compensation; NC = non capitalisée / not passed.", F, 6.8); y += 9
    p.text(L, y, "A = 16-20 (4.0); A- = 15 (3.7); B+ = 14 (3.3); B = 13 (3.0); B- = 12 (2.7); C+ = 11 (2.3); "
           "C = 10 (2.0); C- = 9 (1.7); D+ = 8 (1.3); D = 7 (1.0); F < 7 (0).", F, 6.8)
    sig = rng.choice(PACK.signers)
    oval_stamp(p, R - 170, p.h - 92, 48, 30)
    p.signature(R - 150, p.h - 84, 100, rng)
    p.pieces(p.h - 72, [(L, f"Fait à {inst.city}, le / Done at {inst.city} on {D.dmy_slash(s.conferred)}", "left", F),
                        (R - 90, "Le Doyen / The Dean", "center", FB)], F, 8.5)
    p.text(R - 90, p.h - 61, sig, F, 8.5, "center")
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.pieces(pg.h - 26, [(L, "Il n'est délivré qu'un seul exemplaire de ce relevé / Only one copy of this "
                               "transcript is issued", "left"), (R, f"Page {i}/{n}", "right")], FI, 6.8)
    return LayoutResult("transcript", "cm_bilingual_releve", FAMILY, fl.pages, [name], out, "ects",
                        {"conferred_printed": D.dmy_slash(s.conferred)})


TRANSCRIPT_LAYOUTS = {"cm_bilingual_releve": (cm_transcript, FAMILY, ("CM",))}
__all__ = ["num"]
