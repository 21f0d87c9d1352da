"""Writer M, round 6: Algeria. Country pack (LMD Licence, 3 years, 6 semesters of 30 ECTS:
Domaine "Sciences de la Nature et de la Vie", Filière "Sciences Biologiques", Spécialités
"Analyses Biomédicales" (the MLS-field licence, with hospital laboratory internships) and
"Biochimie"; Licence professionnelle "Soins Infirmiers"; credits are ECTS, system `ects`) and the
"RELEVÉ DE NOTES" (one page per academic year, "Niveau: L2"): the Arabic state heading drawn as a
picture above the French one; per semester a band "Semestre 3", then the subjects (Matières)
GROUPED under their teaching units: a UE row "UEF 3.1 (Fondamentale)" spanning the table, its
subjects, and a UE subtotal row "Moyenne UE 11,25 ... Crédits 18"; columns `Unité d'enseignement |
Matière | Crédits | Coefficient | Note /20 | Crédits acquis | Session`; the Coefficient is a
weighting, not credits; comma decimals; a subject below 10 is either compensated (credits
acquired through the semester average) or retaken at the "Rattrapage" session; per semester
"Moyenne du semestre 11,84 - Crédits du semestre 30/30 - Décision: Admis(e)"; per year
"Moyenne annuelle" and "Crédits cumulés". Subjects have no codes (truth code null)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r4_g_arabic import arabic_line
from .r6_m_common import FAMILY, add_department_phrases, comma, course_truth, fr_long

UE_KIND = {"UEF": "Fondamentale", "UEM": "Méthodologique", "UED": "Découverte", "UET": "Transversale"}

TRONC = """
## 1 S1
= UEF
Chimie générale et organique | General and Organic Chemistry | 6 | 3 | C
Biologie cellulaire | Cell Biology | 8 | 4 | B
= UEM
Mathématiques et statistique | Mathematics and Statistics | 5 | 2 | M
Informatique | Computer Science | 4 | 2 | O
= UED
Géologie | Geology | 5 | 2 | O
= UET
Techniques de communication et d'expression | Communication Techniques | 2 | 1 | O
## 1 S2
= UEF
Thermodynamique et chimie des solutions | Thermodynamics and Solution Chemistry | 6 | 3 | C
Biologie animale | Animal Biology | 6 | 3 | B
Biologie végétale | Plant Biology | 6 | 3 | B
= UEM
Physique | Physics | 5 | 2 | O
Biostatistique | Biostatistics | 4 | 2 | M
= UED
Sciences de la vie et impacts socio-économiques | Life Sciences and Society | 2 | 1 | O
= UET
Anglais scientifique | Scientific English | 1 | 1 | O
"""

DZ_ABM = TRONC + """
## 2 S1
= UEF
Biochimie structurale | Structural Biochemistry | 6 | 3 | C
Microbiologie générale | General Microbiology | 6 | 3 | B
= UEF
Génétique | Genetics | 4 | 2 | B
Immunologie fondamentale | Basic Immunology | 4 | 2 | B
= UEM
Biophysique | Biophysics | 4 | 2 | O
Techniques d'analyses biologiques | Biological Analysis Techniques | 4 | 2 | ?P
= UET
Anglais | English | 2 | 1 | O
## 2 S2
= UEF
Biochimie métabolique | Metabolic Biochemistry | 6 | 3 | C
Physiologie humaine | Human Physiology | 6 | 3 | B
= UEF
Hématologie | Hematology | 6 | 3 | P
Parasitologie et mycologie médicales | Medical Parasitology and Mycology | 5 | 2 | P
= UEM
Biostatistique et informatique appliquée | Biostatistics and Applied Computing | 4 | 2 | M
= UET
Législation et éthique professionnelle | Legislation and Professional Ethics | 3 | 1 | O
## 3 S1
= UEF
Biochimie clinique | Clinical Biochemistry | 6 | 3 | ?P
Microbiologie médicale (bactériologie et virologie) | Medical Microbiology (Bacteriology and Virology) | 6 | 3 | P
= UEF
Immuno-hématologie et transfusion sanguine | Immunohematology and Blood Transfusion | 5 | 2 | P
Hématologie cellulaire et hémostase | Cellular Hematology and Hemostasis | 5 | 2 | P
= UEM
Anatomie et cytologie pathologiques | Anatomic Pathology and Cytology | 4 | 2 | ?P
Assurance qualité au laboratoire | Laboratory Quality Assurance | 2 | 1 | P
= UET
Anglais médical | Medical English | 2 | 1 | O
## 3 S2
= UEF
Stage pratique en laboratoire hospitalier : biochimie et hématologie | Hospital Laboratory Internship: Biochemistry and Hematology | 10 | 4 | P | chemistry,hematology
Stage pratique en laboratoire hospitalier : microbiologie et banque de sang | Hospital Laboratory Internship: Microbiology and Blood Bank | 10 | 4 | P | microbiology,blood_bank
= UEM
Biologie moléculaire appliquée au diagnostic | Molecular Biology Applied to Diagnosis | 4 | 2 | ?P
= UET
Projet de fin d'études (mémoire) | Final Project (Dissertation) | 6 | 3 | O
"""

DZ_BCH = TRONC + """
## 2 S1
= UEF
Biochimie structurale | Structural Biochemistry | 8 | 4 | C
Microbiologie générale | General Microbiology | 6 | 3 | B
= UEF
Génétique | Genetics | 6 | 3 | B
= UEM
Biophysique | Biophysics | 4 | 2 | O
Chimie analytique | Analytical Chemistry | 4 | 2 | C
= UET
Anglais | English | 2 | 1 | O
## 2 S2
= UEF
Biochimie métabolique | Metabolic Biochemistry | 8 | 4 | C
Physiologie animale | Animal Physiology | 6 | 3 | B
Enzymologie | Enzymology | 6 | 3 | ?C
= UEM
Biostatistique | Biostatistics | 5 | 2 | M
Techniques d'analyse biochimique | Biochemical Analysis Techniques | 5 | 2 | C
## 3 S1
= UEF
Biochimie métabolique approfondie | Advanced Metabolic Biochemistry | 8 | 4 | C
Biologie moléculaire | Molecular Biology | 6 | 3 | B
Immunologie | Immunology | 6 | 3 | B
= UEM
Méthodes d'analyse physico-chimique | Physico-chemical Analysis Methods | 6 | 3 | C
= UET
Anglais scientifique | Scientific English | 4 | 2 | O
## 3 S2
= UEF
Biochimie appliquée et nutrition | Applied Biochemistry and Nutrition | 8 | 4 | C
Toxicologie | Toxicology | 6 | 3 | ?C
= UEM
Stage en laboratoire de recherche | Research Laboratory Placement | 8 | 3 | O
= UET
Projet de fin d'études (mémoire) | Final Project (Dissertation) | 8 | 3 | O
"""

DZ_INF = """
## 1 S1
= UEF
Anatomie et physiologie humaines | Human Anatomy and Physiology | 10 | 4 | B
Soins infirmiers de base | Basic Nursing Care | 12 | 5 | O
= UET
Psychologie et communication | Psychology and Communication | 8 | 3 | O
## 1 S2
= UEF
Hygiène hospitalière | Hospital Hygiene | 10 | 4 | O
Stage clinique I | Clinical Placement I | 20 | 6 | O
## 2 S1
= UEF
Soins infirmiers en médecine | Medical Nursing | 14 | 5 | O
Pharmacologie | Pharmacology | 8 | 3 | O
= UET
Santé publique | Public Health | 8 | 3 | O
## 2 S2
= UEF
Soins infirmiers en chirurgie | Surgical Nursing | 12 | 5 | O
Stage clinique II | Clinical Placement II | 18 | 6 | O
## 3 S1
= UEF
Soins infirmiers en pédiatrie et maternité | Paediatric and Maternity Nursing | 16 | 6 | O
Soins d'urgence | Emergency Care | 14 | 5 | O
## 3 S2
= UEF
Stage clinique III (internat) | Clinical Placement III (Internship) | 24 | 8 | O
= UET
Mémoire de fin d'études | Final Dissertation | 6 | 3 | O
"""

FR = {}     # code -> (French title, UE key, coefficient)


def dz_parse(cid, text):
    terms, n, ue = [], 0, None
    counts = {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            y, key = line[2:].split()
            terms.append(C.TermSpec(int(y), key))
            continue
        sem = (terms[-1].year - 1) * 2 + (1 if terms[-1].key == "S1" else 2)
        if line.startswith("="):
            kind = line[1:].strip()
            counts[(sem, kind)] = counts.get((sem, kind), 0) + 1
            ue = f"{kind} {sem}.{counts[(sem, kind)]}"
            continue
        fr, en, cr, coef, cat = [x.strip() for x in line.split("|")][:5]
        areas = tuple(a for a in line.split("|")[5].strip().split(",") if a) if line.count("|") > 4 else ()
        n += 1
        code = f"{cid.upper()}-{n:02d}"
        FR[code] = (fr, ue, int(coef))
        terms[-1].courses.append(C.CourseSpec(code, en, float(cr), C.CATEGORY[cat.lstrip("?")], cat.startswith("?"),
                                              areas))
    for t in terms:
        assert sum(c.credits for c in t.courses) == 30, (cid, t.year, t.key)
    return terms


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "DZ", title, "bachelor", 3, field, "ects", dz_parse(cid, table), 9, 6,
                        clinical_training=clin)


SPEC = {"dz_lic_abm": ("Sciences de la Nature et de la Vie", "Sciences Biologiques", "Analyses Biomédicales"),
        "dz_lic_bch": ("Sciences de la Nature et de la Vie", "Sciences Biologiques", "Biochimie"),
        "dz_lic_inf": ("Sciences Médicales et Paramédicales", "Sciences Infirmières", "Soins Infirmiers")}

PACK = K.CountryPack(
    code="DZ", name="Algeria",
    given={"F": ["Amina", "Khadidja", "Meriem", "Nesrine", "Imane", "Sarah", "Lamia", "Fatima Zohra", "Chaïma",
                 "Rania", "Yasmine", "Soumia"],
           "M": ["Mohamed Amine", "Yacine", "Karim", "Sofiane", "Abdelkader", "Walid", "Nassim", "Ilyès", "Rachid",
                 "Hichem", "Oussama", "Abderrahmane"]},
    surnames=["Benali", "Bouzid", "Khelifi", "Mansouri", "Hamidi", "Cherif", "Saadi", "Meziane", "Belkacem",
              "Aït Ouarab", "Haddad", "Rahmani", "Zerrouki", "Bensalem", "Boukhalfa", "Ouali"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Université des Sciences Biomédicales d'Alger", "Alger", "Alger", "DZ",
                    "2, Rue Didouche Mourad prolongée, Ben Aknoun", ("dz_lic_abm", "dz_lic_bch", "dz_lic_inf"),
                    extra={"fac": "Faculté des Sciences de la Nature et de la Vie", "wilaya": "Alger"}),
        Institution("Université du Rhumel Constantine 4", "Constantine", "Constantine", "DZ",
                    "Route d'Aïn El Bey, BP 325", ("dz_lic_abm", "dz_lic_bch"),
                    extra={"fac": "Faculté des Sciences de la Nature et de la Vie", "wilaya": "Constantine"}),
        Institution("Université de la Soummam Béjaïa 2", "Béjaïa", "Béjaïa", "DZ",
                    "Campus de Targa Ouzemmour", ("dz_lic_abm", "dz_lic_inf"),
                    extra={"fac": "Faculté des Sciences de la Nature et de la Vie", "wilaya": "Béjaïa"}),
    ],
    employers=[
        Employer("Établissement Public Hospitalier de Chéraga-Ouest", "Alger", "Alger", "DZ",
                 "Route de Dely Brahim, Chéraga", "023 55 01 42", "drh@eph-cheraga-ouest.example"),
        Employer("Centre Hospitalo-Universitaire de l'Est Constantinois", "Constantine", "Constantine", "DZ",
                 "Boulevard de l'ALN, Constantine", "031 55 01 78", "personnel@chu-est.example"),
        Employer("Laboratoire d'Analyses Médicales El Djazira", "Béjaïa", "Béjaïa", "DZ",
                 "Cité des 1000 Logements, Bloc C n° 4", "034 55 01 93", "contact@lam-eldjazira.example", "lab"),
        Employer("Établissement Public de Santé de Proximité de Bordj El Kiffan", "Alger", "Alger", "DZ",
                 "Rue des Frères Hamdani, Bordj El Kiffan", "023 55 01 21", "epsp.bek@sante-dz.example"),
    ],
    signers=["Dr Mourad Benyahia", "Mme Nadia Boussaïd", "M. Kamel Hadjadj", "Dr Salima Tebboune-Rais"],
    curricula=[_cur("dz_lic_abm", "Licence en Sciences Biologiques, spécialité Analyses Biomédicales",
                    "medical_laboratory_science", DZ_ABM, clin=True),
               _cur("dz_lic_bch", "Licence en Sciences Biologiques, spécialité Biochimie", "chemistry", DZ_BCH),
               _cur("dz_lic_inf", "Licence Professionnelle en Soins Infirmiers", "nursing", DZ_INF)],
    mls_curriculum="dz_lic_abm", science_curricula=["dz_lic_bch"], nonqualifying_curricula=["dz_lic_inf"],
    positions_mls=["Laborantin de Santé Publique", "Biologiste"],
    positions_science=["Biologiste", "Technicien de Laboratoire"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100}{rng.randint(10, 48):02d}{rng.randint(100000, 999999)}",
)
K.register(PACK)
add_department_phrases("DZ", {
    "blood_bank": ["Banque de Sang", "Centre de Transfusion Sanguine"], "chemistry": ["Biochimie"],
    "hematology": ["Hématologie"], "microbiology": ["Microbiologie"],
    "immunology": ["Immunologie", "Sérologie"], "urinalysis": ["Analyses Urinaires"],
    "molecular": ["Biologie Moléculaire"], "phlebotomy": ["Salle de Prélèvements"],
    "other": ["Anatomie Pathologique", "Parasitologie"]})


def note_of(r, rng):
    """A note /20 to the quarter point from the 0..100 score; some fall under 10."""
    return round((7.5 + (r.score - 45) * 10.5 / 47 + rng.uniform(-1.2, 1.2)) * 4) / 4


def semester_rows(t, rng):
    """[(r, note, session, credits_acquired)] with every semester average at least 10."""
    rows = []
    for r in t.results:
        n = min(19.0, max(5.0, note_of(r, rng)))
        rows.append([r, n, "Normale"])
    coef = lambda r: FR[r.spec.code][2]  # noqa: E731
    avg = lambda: sum(coef(x[0]) * x[1] for x in rows) / sum(coef(x[0]) for x in rows)  # noqa: E731
    for x in sorted(rows, key=lambda x: x[1]):
        if x[1] < 10 and (avg() < 10.2 or rng.random() < 0.5):
            x[1], x[2] = round(rng.uniform(10, 12) * 4) / 4, "Rattrapage"
    out = []
    for r, n, ses in rows:
        out.append((r, n, ses, int(r.spec.credits)))       # every subject acquired (by note or compensation)
    return out, avg()


def dz_releve_de_notes(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 34, A4[0] - 34
    dom, fil, spe = SPEC.get(cur.id, ("", "", cur.title))
    fem = person.sex == "F"
    name_line = (f"Nom : {person.surname.upper()}", f"Prénom(s) : {person.given}")
    xs = [L, L + 78, L + 300, L + 340, L + 386, L + 428, L + 474, R]
    pages, out = [], []
    cum = 0
    years = {}
    for t in s.terms:
        years.setdefault(t.year, []).append(t)
    adm = "Admise" if fem else "Admis"
    for yr, terms in sorted(years.items()):
        p = Page(A4)
        pages.append(p)
        arabic_line(p, p.w / 2, 34, "الجمهورية الجزائرية الديمقراطية الشعبية", 11, bold=True)
        p.text(p.w / 2, 52, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", FB, 9.5, "center")
        arabic_line(p, p.w / 2, 68, "وزارة التعليم العالي والبحث العلمي", 9.5)
        p.text(p.w / 2, 82, "Ministère de l'Enseignement Supérieur et de la Recherche Scientifique", F, 8.5, "center")
        p.logo(L + 26, 112, 18, 1)
        y = 106
        p.text(p.w / 2, y, inst.name, FB, 12, "center"); y += 12
        p.text(p.w / 2, y, inst.extra["fac"], F, 9, "center"); y += 11
        p.text(p.w / 2, y, "Département de Biologie" if cur.id != "dz_lic_inf" else "Département des Sciences Infirmières",
               F, 9, "center"); y += 22
        p.text(p.w / 2, y, "RELEVÉ DE NOTES", FB, 15, "center"); y += 14
        ay = f"{terms[0].start_year}/{terms[0].start_year + 1}"
        p.text(p.w / 2, y, f"Année universitaire : {ay}", F, 9.5, "center"); y += 18
        p.pieces(y, [(L, name_line[0], "left"), (L + 250, name_line[1], "left")], F, 9); y += 12
        p.pieces(y, [(L, f"Né{'e' if fem else ''} le : {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year} à {inst.city}", "left"),
                     (L + 250, f"N° d'inscription : {s.student_no}", "left")], F, 9); y += 12
        p.pieces(y, [(L, f"Domaine : {dom}", "left"), (L + 250, f"Filière : {fil}", "left")], F, 9); y += 12
        p.pieces(y, [(L, f"Spécialité : {spe}", "left"), (L + 250, f"Niveau : L{yr}", "left")], F, 9); y += 12
        p.hline(L, R, y - 3, 0.4)
        y += 8
        c = lambda i: (xs[i] + xs[i + 1]) / 2  # noqa: E731
        top = y - 10
        p.hline(L, R, top, 0.8)
        p.pieces(y, [(c(0), "Unité", "center"), (xs[1] + 4, "Matière", "left"), (c(2), "Crédits", "center"),
                     (c(3), "Coefficient", "center"), (c(4), "Note /20", "center"), (c(5), "Crédits", "center"),
                     (c(6), "Session", "center")], FB, 7.5)
        p.pieces(y + 9, [(c(0), "d'enseignement", "center"), (c(5), "acquis", "center")], FB, 7.5)
        y += 14
        p.hline(L, R, y - 1, 0.8)
        y += 10
        year_num = year_den = 0
        year_cr = 0
        for t in terms:
            sem = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
            label = f"Semestre {sem}"
            p.rect(L, y - 9, R - L, 12, 0, 0.0, fill=0.86)
            p.text(L + 4, y, f"{label} (S{sem})", FB, 8.5); y += 13
            rows, avg = semester_rows(t, rng)
            ues = []
            for row in rows:
                ue = FR[row[0].spec.code][1]
                if not ues or ues[-1][0] != ue:
                    ues.append((ue, []))
                ues[-1][1].append(row)
            sem_cr = 0
            for ue, urows in ues:
                kind = ue.split()[0]
                p.text(L + 3, y, f"{ue} ({UE_KIND[kind]})", FB, 8); y += 11
                p.hline(L, R, y - 8.5, 0.3, 0.5)
                seg = y - 8.5
                un = ud = uc = 0
                for r, n, ses, acq in urows:
                    fr = FR[r.spec.code][0]
                    coef = FR[r.spec.code][2]
                    lines = wrap(fr, F, 8, xs[2] - xs[1] - 6)
                    p.pieces(y, [(xs[1] + 4, lines[0], "left"), (c(2), str(int(r.spec.credits)), "center"),
                                 (c(3), str(coef), "center"), (c(4), comma(n), "center"), (c(5), str(acq), "center"),
                                 (c(6), ses, "center")], F, 8)
                    for ln in lines[1:]:
                        y += 9.5
                        p.text(xs[1] + 10, y, ln, F, 8)
                    y += 11
                    out.append(course_truth(r, label, r.spec.credits, comma(n), "ects", title=" ".join(lines),
                                            code=None, teaching_unit=ue, coefficient=coef, credits_acquired=acq,
                                            session=ses))
                    un += coef * n
                    ud += coef
                    uc += acq
                p.hline(xs[1], R, y - 8.5, 0.3, 0.5)
                p.pieces(y, [(xs[1] + 4, f"Moyenne UE : {comma(un / ud)}", "left"),
                             (xs[2] - 4, "Crédits UE", "right"),
                             (c(2), str(sum(int(x[0].spec.credits) for x in urows)), "center"),
                             (c(3), str(ud), "center"), (c(5), str(uc), "center")], FI, 7.8)
                y += 12
                p.vline(xs[1], seg, y - 8.5, 0.4)
                p.hline(L, R, y - 8.5, 0.3, 0.5)
                sem_cr += uc
            p.hline(L, R, y - 8, 0.6)
            year_num += avg * 30
            year_den += 30
            year_cr += sem_cr
            dec = f"{adm}" if all(x[2] == "Normale" for x in rows) else f"{adm} (session de rattrapage)"
            p.spaced(L + 4, y + 1, [f"Moyenne du semestre : {comma(avg)}", f"Crédits du semestre : {sem_cr}/30",
                                    f"Décision : {dec}"], FB, 8.5, 18)
            y += 17
            p.hline(L, R, y - 9, 0.8)
        p.vline(L, top, y - 9, 0.8)
        p.vline(xs[1], top, top + 24, 0.4)
        p.vline(R, top, y - 9, 0.8)
        cum += year_cr
        y += 6
        p.spaced(L, y, [f"Moyenne annuelle : {comma(year_num / year_den)}", f"Crédits de l'année : {year_cr}/60",
                        f"Crédits cumulés : {cum}/{60 * yr}"], FB, 9.5, 18); y += 14
        p.text(L, y, f"Décision du jury : {adm} en {'L' + str(yr + 1) if yr < 3 else 'fin de cycle (Licence)'}", F, 9)
        y += 12
        p.text(L, y, "UEF : Unité Fondamentale ; UEM : Méthodologique ; UED : Découverte ; UET : Transversale. "
               "Coefficient : pondération de la note dans la moyenne.", F, 6.8)
        yb = p.h - 60
        issued = s.conferred if yr == 3 else dt.date(terms[-1].start_year + 1, 7, 15)
        p.pieces(yb - 40, [(L, f"Fait à {inst.city}, le {fr_long(issued)}", "left"),
                           (R - 90, "Le Chef de Département", "center", FB, 9)], F, 9)
        p.signature(R - 140, yb - 6, 100, rng)
        p.seal(R - 210, yb - 14, 26, 0.5)
        p.text(p.w / 2, p.h - 30, "Ce relevé ne doit être remis qu'en un seul exemplaire. Toute rature ou surcharge "
               "l'annule.", FI, 6.8, "center")
    name = f"{person.surname.upper()}, {person.given}"
    return LayoutResult("transcript", "dz_releve_de_notes", FAMILY, pages, [name], out, "ects",
                        {"prints_totals": True, "name_fields": name_line})


TRANSCRIPT_LAYOUTS = {"dz_releve_de_notes": (dz_releve_de_notes, FAMILY, ("DZ",))}
