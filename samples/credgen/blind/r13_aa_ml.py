"""Writer AA, round 13: Mali (ML). Country pack (an invented university's Faculté de Pharmacie:
"Licence professionnelle en Analyses Biomédicales", LMD, three years, six semesters, 180 credits; a
Faculté des Sciences et Techniques' "Licence en Biologie"; an Institut National de Formation en
Sciences de la Santé-like "Licence en Sciences Infirmières") and the "RELEVÉ DE NOTES", one page per
academic year ("Année universitaire 2016-2017", "Niveau : Licence 2", "Semestres 3 et 4"), A4
portrait, fully ruled grid, HIERARCHICAL table: a bold grey-shaded teaching-unit row ("UE BIO 301 -
Biochimie clinique") carries `Crédits`, `Moyenne UE` and `Résultat` ("Capitalisée", "Capitalisée
par compensation"); beneath it two or three constituent-element rows (ECUE) with their own `Coef.`,
`Note/20` and `Session` ("N" normal, "R" rattrapage) and no credits. Columns `Code | Unités
d'enseignement / Éléments constitutifs | Crédits | Coef. | Note/20 | Moyenne UE | Résultat |
Session`; a full-width row "Moyenne du semestre 3 : 12,41/20 Crédits capitalisés : 30/30 Décision :
Validé" under each semester; "Décision du jury", "Mention", "Fait à Bamako, le ...", the Chef de la
Scolarité and the Doyen sign over a round stamp. Semester 6 holds "Stage hospitalier" (12 credits)
and "Mémoire".

Truth: a course row is a TEACHING UNIT (UE): code "BIO 301", its title without the "UE" prefix, the
credits printed on it, grade = the UE average as printed ("12,75"); its elements are kept as
`elements` [{title, coef, note, session}] and its result as `result`. Element rows carry no credits
and are not course rows. Credit basis: LMD credits, ECTS-like (30 a semester, 60 a year), system
"ects" (2 credits = 1 SH), as rounds 8, 9 and 11 did for West-African licences. Every UE printed is
capitalised (directly, at the resit, or by compensation inside a semester whose average is >= 10),
so every printed credit is earned and "Crédits capitalisés" always equals the semester's credits.
"""

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r13_aa_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, fr_date, k, parse,
                            r2, round_stamp, sign_block)

ML_ABM = """
## 1 S1
ABM 101 | Biologie cellulaire et histologie | 6 | B
CHI 102 | Chimie générale et organique | 6 | C
MAT 103 | Mathématiques et biostatistique | 3 | M
PHY 104 | Biophysique | 3 | O
ANA 105 | Anatomie humaine | 6 | B
LAB 106 | Techniques de base de laboratoire | 4 | ?P
TRA 107 | Anglais et informatique | 2 | O
## 1 S2
BIO 201 | Biochimie structurale et métabolique | 6 | C
MIC 202 | Microbiologie générale | 6 | B
IMM 203 | Immunologie générale | 4 | ?B
PHY 204 | Physiologie humaine | 5 | B
CHI 205 | Chimie analytique | 5 | C
SAN 206 | Santé publique et hygiène hospitalière | 4 | O
## 2 S1
BIO 301 | Biochimie clinique | 6 | ?P
HEM 302 | Hématologie | 6 | P
BAC 303 | Bactériologie médicale | 6 | P
PAR 304 | Parasitologie et mycologie | 6 | P
GEN 305 | Génétique et biologie moléculaire | 4 | B
TRA 306 | Anglais scientifique | 2 | O
## 2 S2
IMH 401 | Immunohématologie et transfusion sanguine | 6 | P
HEM 402 | Hémostase et hématologie spécialisée | 5 | P
IMM 403 | Immunologie et sérologie | 5 | ?B
VIR 404 | Virologie médicale | 4 | ?P
URI 405 | Analyses urinaires et liquides biologiques | 4 | P
STG 406 | Stage pratique de laboratoire I | 6 | P | chemistry,hematology
## 3 S1
BIO 501 | Biochimie clinique spécialisée | 5 | ?P
MIC 502 | Microbiologie clinique | 5 | ?P
HIS 503 | Histopathologie et cytologie | 5 | P
BIM 504 | Biologie moléculaire appliquée au diagnostic | 4 | ?P
GES 505 | Gestion et assurance qualité au laboratoire | 4 | P
ETH 506 | Éthique et déontologie professionnelle | 3 | O
STA 507 | Méthodologie de la recherche | 4 | ?O
## 3 S2
STG 601 | Stage hospitalier | 12 | P | chemistry,hematology,microbiology,blood_bank
MEM 602 | Mémoire | 12 | O
ENT 603 | Entrepreneuriat et gestion de projet | 3 | O
SEM 604 | Séminaires de biologie médicale | 3 | ?O
"""

ELEMENTS = {
    "ABM 101": [("Biologie cellulaire", 2), ("Histologie", 1), ("TP Biologie cellulaire", 1)],
    "CHI 102": [("Chimie générale", 2), ("Chimie organique", 2)],
    "MAT 103": [("Mathématiques", 1), ("Biostatistique", 1)],
    "ANA 105": [("Anatomie générale", 2), ("Anatomie des appareils", 1)],
    "LAB 106": [("Verrerie et matériel de laboratoire", 1), ("TP Techniques de base", 1)],
    "TRA 107": [("Anglais", 1), ("Informatique", 1)],
    "BIO 201": [("Biochimie structurale", 2), ("Biochimie métabolique", 2), ("TP Biochimie", 1)],
    "MIC 202": [("Bactériologie générale", 2), ("Virologie générale", 1), ("TP Microbiologie", 1)],
    "IMM 203": [("Immunologie fondamentale", 2), ("TP Immunologie", 1)],
    "PHY 204": [("Physiologie", 2), ("Sémiologie", 1)],
    "CHI 205": [("Chimie analytique", 2), ("Méthodes instrumentales", 1)],
    "SAN 206": [("Santé publique", 1), ("Hygiène hospitalière", 1)],
    "BIO 301": [("Biochimie structurale", 1), ("Biochimie clinique", 2), ("TP Biochimie", 1)],
    "HEM 302": [("Hématologie cellulaire", 2), ("Cytologie sanguine", 1), ("TP Hématologie", 1)],
    "BAC 303": [("Bactériologie médicale", 2), ("TP Bactériologie", 1)],
    "PAR 304": [("Parasitologie", 2), ("Mycologie", 1), ("TP Parasitologie", 1)],
    "GEN 305": [("Génétique humaine", 1), ("Biologie moléculaire", 1)],
    "IMH 401": [("Immunohématologie", 2), ("Transfusion sanguine", 1), ("TP Immunohématologie", 1)],
    "HEM 402": [("Hémostase", 2), ("Hémopathies", 1)],
    "IMM 403": [("Immunologie clinique", 2), ("Sérologie", 1)],
    "VIR 404": [("Virologie médicale", 2), ("TP Virologie", 1)],
    "URI 405": [("Analyses urinaires", 1), ("Liquides biologiques", 1)],
    "STG 406": [("Stage en biochimie", 1), ("Stage en hématologie", 1)],
    "BIO 501": [("Exploration fonctionnelle", 2), ("Toxicologie et dosages", 1)],
    "MIC 502": [("Bactériologie clinique", 2), ("Parasitologie clinique", 1), ("TP Microbiologie clinique", 1)],
    "HIS 503": [("Histopathologie", 2), ("Cytologie", 1)],
    "BIM 504": [("PCR et techniques moléculaires", 2), ("TP Biologie moléculaire", 1)],
    "GES 505": [("Gestion du laboratoire", 1), ("Assurance qualité", 1)],
    "STA 507": [("Méthodologie de la recherche", 1), ("Épidémiologie", 1)],
    "STG 601": [("Stage hospitalier (rapport et évaluation)", 3)],
    "MEM 602": [("Mémoire (document écrit)", 2), ("Soutenance", 1)],
    "SEM 604": [("Séminaires", 1), ("Exposés", 1)],
    "TRA 306": [("Anglais scientifique", 1)],
    "PHY 104": [("Biophysique", 1)],
    "ETH 506": [("Éthique et déontologie", 1)],
    "ENT 603": [("Entrepreneuriat", 1), ("Gestion de projet", 1)],
}

ML_BIO = """
## 1 S1
BIO 101 | Biologie cellulaire | 6 | B
CHI 102 | Chimie générale | 6 | C
MAT 103 | Mathématiques générales | 6 | M
PHY 104 | Physique générale | 6 | O
TRA 105 | Techniques d'expression | 6 | O
## 1 S2
BIO 201 | Biologie animale | 6 | B
BIO 202 | Biologie végétale | 6 | B
CHI 203 | Chimie organique | 6 | C
MAT 204 | Statistique | 6 | M
GEO 205 | Géologie | 6 | O
## 2 S1
BIO 301 | Biochimie | 6 | C
BIO 302 | Microbiologie | 6 | B
BIO 303 | Génétique | 6 | B
BIO 304 | Physiologie animale | 6 | B
ECO 305 | Écologie générale | 6 | ?B
## 2 S2
BIO 401 | Biochimie métabolique | 6 | C
BIO 402 | Immunologie | 6 | ?B
BIO 403 | Physiologie végétale | 6 | B
BIO 404 | Embryologie | 6 | B
INF 405 | Informatique | 6 | O
## 3 S1
BIO 501 | Biologie moléculaire | 6 | B
BIO 502 | Parasitologie | 6 | B
BIO 503 | Microbiologie appliquée | 6 | B
BIO 504 | Enzymologie | 6 | ?C
ANG 505 | Anglais scientifique | 6 | O
## 3 S2
BIO 601 | Biotechnologie | 6 | B
BIO 602 | Biologie des populations | 6 | ?B
STG 603 | Stage et rapport | 12 | O
ANG 604 | Méthodologie | 6 | O
"""

ML_INF = """
## 1 S1
SIN 101 | Soins infirmiers de base | 8 | O
ANA 102 | Anatomie et physiologie | 8 | B
SAN 103 | Santé communautaire | 8 | O
PSY 104 | Psychologie et communication | 6 | O
## 1 S2
SIN 201 | Soins infirmiers en médecine | 10 | O
PHA 202 | Pharmacologie | 8 | O
MIC 203 | Microbiologie et parasitologie | 6 | ?B
STG 204 | Stage clinique I | 6 | O
## 2 S1
SIN 301 | Soins infirmiers en chirurgie | 12 | O
SIN 302 | Soins en santé maternelle | 10 | O
STG 303 | Stage clinique II | 8 | O
## 2 S2
SIN 401 | Soins infirmiers en pédiatrie | 12 | O
NUT 402 | Nutrition | 8 | O
STG 403 | Stage clinique III | 10 | O
## 3 S1
SIN 501 | Soins infirmiers en santé mentale | 12 | O
GES 502 | Gestion des services de soins | 8 | O
STG 503 | Stage clinique IV | 10 | O
## 3 S2
STG 601 | Stage d'intégration | 18 | O
MEM 602 | Mémoire | 12 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    from .. import courses as C
    return C.Curriculum(cid, "ML", title, level, years, field, "ects", parse(text), 10, 7, clinical_training=clin)


ML_INST = [
    Institution("Université des Sciences de la Santé du Djoliba", "Bamako", "District de Bamako", "ML",
                "Colline de Koulouba Sud, BP 1805", ("ml_abm", "ml_bio", "ml_inf"), "university",
                extra={"fac": "Faculté de Pharmacie", "short": "USSD"}),
    Institution("Université Kankou Moussa des Sciences et Techniques", "Bamako", "District de Bamako", "ML",
                "Badalabougou Est, BP 3206", ("ml_abm", "ml_bio", "ml_inf"), "university",
                extra={"fac": "Faculté de Pharmacie", "short": "UKMST"}),
]

PACK = K.CountryPack(
    code="ML", name="Mali",
    given={"F": ["Aminata", "Fatoumata", "Kadiatou", "Mariam", "Oumou", "Assétou", "Awa", "Djénéba", "Hawa",
                 "Rokia"],
           "M": ["Moussa", "Boubacar", "Seydou", "Amadou", "Ibrahim", "Mamadou", "Souleymane", "Abdoulaye",
                 "Bakary", "Lassana"]},
    surnames=["Traoré", "Coulibaly", "Diarra", "Keïta", "Koné", "Sangaré", "Diallo", "Touré", "Camara", "Dembélé",
              "Sissoko", "Maïga"],
    middle={"F": [], "M": []},
    institutions=ML_INST,
    employers=[
        Employer("Centre Hospitalier Universitaire de Kati-Koulouba", "Bamako", "District de Bamako", "ML",
                 "Route de Koulouba, BP 333", "+223 20 22 00 00", "dg@chu-kk.example"),
        Employer("Hôpital Régional Nianankoro Fomba de Ségou Sud", "Ségou", "Région de Ségou", "ML",
                 "Quartier Administratif, BP 12", "+223 21 32 00 00", "hrnf@sante-ml.example"),
        Employer("Centre de Santé de Référence de la Commune VII", "Bamako", "District de Bamako", "ML",
                 "Rue 412, Sébénikoro", "+223 20 29 00 00", "csref.c7@sante-ml.example", "clinic"),
        Employer("Laboratoire d'Analyses Médicales Le Djoliba", "Bamako", "District de Bamako", "ML",
                 "Avenue de l'OUA, Hamdallaye ACI 2000", "+223 20 23 00 00", "contact@labo-djoliba.example", "lab"),
    ],
    signers=["Pr Mamadou Kanouté", "Dr Assétou Dembélé", "Dr Oumar Sidibé"],
    curricula=[_cur("ml_abm", "Licence professionnelle en Analyses Biomédicales", "bachelor", 3,
                    "medical_laboratory_science", ML_ABM, True),
               _cur("ml_bio", "Licence en Biologie", "bachelor", 3, "biology", ML_BIO),
               _cur("ml_inf", "Licence en Sciences Infirmières", "bachelor", 3, "nursing", ML_INF)],
    mls_curriculum="ml_abm", science_curricula=["ml_bio"], nonqualifying_curricula=["ml_inf"],
    positions_mls=["Technicien Supérieur de Laboratoire", "Biologiste (Licence en Analyses Biomédicales)"],
    positions_science=["Technicien de Laboratoire", "Aide-Laborantin"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}-FAPH-{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("ML", {
    "blood_bank": ["Banque de sang"], "chemistry": ["Biochimie"], "hematology": ["Hématologie"],
    "microbiology": ["Bactériologie"], "immunology": ["Immunologie"], "urinalysis": ["Analyses urinaires"],
    "molecular": ["Biologie moléculaire"], "phlebotomy": ["Prélèvements"], "other": ["Parasitologie"]})

NIVEAU = {1: "Licence 1", 2: "Licence 2", 3: "Licence 3"}
FAC = {"ml_abm": "Faculté de Pharmacie", "ml_bio": "Faculté des Sciences et Techniques",
       "ml_inf": "Institut de Formation en Sciences de la Santé"}


def elements(r):
    els = ELEMENTS.get(r.spec.code) if r.spec.code in ELEMENTS and r.spec.title in _ABM_TITLES else None
    if els:
        return els
    return [(f"{r.spec.title} - cours", 2), (f"{r.spec.title} - TD/TP", 1)]


_ABM_TITLES = {ln.split("|")[1].strip() for ln in ML_ABM.splitlines() if "|" in ln}


def semester_rows(s, ti):
    """[(result, credits, [(title, coef, note, session)], ue average, result word)] and the semester
    average; notes 8..18, an element resat now and then ("R", note >= 10)."""
    t = s.terms[ti]
    ues = []
    for j, r in enumerate(t.results):
        els = []
        for e, (et, cf) in enumerate(elements(r)):
            v = 9.0 + (r.score - 45) * 0.17 + (k(s, f"e{ti}.{j}.{e}") % 9) * 0.5 - 2.0
            v = max(7.0, min(18.0, round(v * 4) / 4))
            sess = "N"
            if v < 10 and k(s, f"rt{ti}.{j}.{e}") % 3 == 0:
                v, sess = 10.0 + (k(s, f"rv{ti}.{j}.{e}") % 5) * 0.25, "R"
            els.append((et, cf, v, sess))
        avg = r2(sum(cf * v for _, cf, v, _ in els) / sum(cf for _, cf, _, _ in els))
        ues.append([r, int(r.spec.credits), els, avg, None])
    tot = sum(u[1] for u in ues)
    sem = r2(sum(u[1] * u[3] for u in ues) / tot)
    if sem < 10:                                    # keep every printed semester validated
        for u in ues:
            u[2] = [(et, cf, max(v, 10.0), ss) for et, cf, v, ss in u[2]]
            u[3] = r2(sum(cf * v for _, cf, v, _ in u[2]) / sum(cf for _, cf, _, _ in u[2]))
        sem = r2(sum(u[1] * u[3] for u in ues) / tot)
    for u in ues:
        if u[3] >= 10:
            u[4] = "Capitalisée"
        else:
            u[4] = "Capitalisée par compensation"
    return ues, sem, tot


def mention(avg):
    return ("Très Bien" if avg >= 16 else "Bien" if avg >= 14 else "Assez-Bien" if avg >= 12 else "Passable")


def ml_name(person):
    return f"{person.surname.upper()} {person.given}"


def birth_place(s):
    return ["Bamako", "Ségou", "Sikasso", "Kayes", "Mopti", "Koutiala", "Kati", "San"][k(s, "born") % 8]


def year_label(s, yr):
    sy = s.terms[0].start_year + yr - 1
    return f"Année universitaire {sy}-{sy + 1}"


def ml_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    nm = ml_name(person)
    L, R = 36, A4[0] - 36
    widths = [48, 178, 36, 30, 40, 46, 107, 38]
    xs = [L]
    for w in widths:
        xs.append(xs[-1] + w)
    heads = ["Code", "Unités d'enseignement / Éléments constitutifs", "Crédits", "Coef.", "Note/20",
             "Moyenne UE", "Résultat", "Session"]
    pages, out = [], []
    years = sorted({t.year for t in s.terms})
    fac = FAC[cur.id]
    for yr in years:
        tis = [i for i, t in enumerate(s.terms) if t.year == yr]
        p = Page(A4)
        pages.append(p)
        W, H = p.w, p.h
        p.text(L + 120, 40, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", SB, 8, "center")
        p.text(L + 120, 50, "ET DE LA RECHERCHE SCIENTIFIQUE", SB, 8, "center")
        p.text(L + 120, 66, inst.name.upper(), SB, 7.5, "center")
        p.text(L + 120, 78, fac.upper(), SB, 8, "center")
        p.text(R - 85, 40, "RÉPUBLIQUE DU MALI", SB, 9, "center")
        p.text(R - 85, 51, "Un Peuple - Un But - Une Foi", SI, 8, "center")
        p.text(W / 2, 110, "RELEVÉ DE NOTES", SB, 15, "center")
        p.text(W / 2, 126, f"{year_label(s, yr)} - Niveau : {NIVEAU[yr]} - Semestres {2 * yr - 1} et {2 * yr}",
               S, 9, "center")
        p.pieces(148, [(L, f"Nom et prénom(s) : {nm}", "left"), (L + 300, f"N° matricule : {s.student_no}", "left")],
                 S, 9)
        p.pieces(161, [(L, f"Né(e) le : {s.dob.strftime('%d/%m/%Y')} à {birth_place(s)}", "left"),
                       (L + 300, "Domaine : Sciences de la Santé", "left")], S, 9)
        p.text(L, 174, f"Parcours : {cur.title}", S, 9)
        y = 190
        # header row
        p.rect(L, y, R - L, 22, 0.7, 0, fill=0.82)
        for i, h in enumerate(heads):
            if i == 1:
                p.text(xs[1] + 3, y + 9, "Unités d'enseignement /", SB, 7, record=False)
                p.text(xs[1] + 3, y + 18, "Éléments constitutifs", SB, 7, record=False)
            else:
                p.text((xs[i] + xs[i + 1]) / 2, y + 14, h, SB, 7, "center", record=False)
        p.lines.append("Code Unités d'enseignement / Crédits Coef. Note/20 Moyenne UE Résultat Session")
        p.line_y.append(y + 9)
        p.lines.append("Éléments constitutifs")
        p.line_y.append(y + 18)
        grid_top = y
        y += 22
        row_h = 10.6
        ylines = [y]
        full = set()
        yr_sum = yr_cr = 0
        for ti in tis:
            t = s.terms[ti]
            sem_no = 2 * (yr - 1) + (1 if t.key == "S1" else 2)
            ues, sem, tot = semester_rows(s, ti)
            p.rect(L, y, R - L, row_h, 0, 0, fill=0.93)
            p.text(L + 3, y + 7.8, f"SEMESTRE {sem_no}", SB, 7.5)
            full.add(round(y, 2))
            y += row_h
            ylines.append(y)
            term = f"Semestre {sem_no} ({year_label(s, yr)[21:]})"
            for r, cr, els, avg, res in ues:
                p.rect(L, y, R - L, row_h, 0, 0, fill=0.86)
                tsz = fit_size(f"UE {r.spec.code} - {r.spec.title}", SB, 7, widths[1] - 6 + widths[0], 5.5)
                p.pieces(y + 7.8, [(xs[0] + 3, f"UE {r.spec.code}", "left", SB, 7),
                                   (xs[1] + 3, r.spec.title, "left", SB, min(tsz, 7)),
                                   (xs[3] - 4, str(cr), "right", SB, 7),
                                   (xs[6] - 4, comma(avg), "right", SB, 7),
                                   (xs[6] + 3, res, "left", SB, fit_size(res, SB, 7, widths[6] - 6, 5.5))])
                y += row_h
                ylines.append(y)
                for et, cf, v, ss in els:
                    p.pieces(y + 7.8, [(xs[1] + 10, et, "left", S, fit_size(et, S, 7, widths[1] - 14, 5.5)),
                                       (xs[4] - 4, str(cf), "right"), (xs[5] - 4, comma(v), "right"),
                                       ((xs[7] + xs[8]) / 2, ss, "center")], S, 7)
                    y += row_h
                    ylines.append(y)
                out.append(course_truth(r, term, cr, comma(avg), "ects", code=r.spec.code, result=res,
                                        elements=[{"title": et, "coef": cf, "note": comma(v), "session": ss}
                                                  for et, cf, v, ss in els]))
            p.pieces(y + 7.8, [(L + 3, f"Moyenne du semestre {sem_no} : {comma(sem)}/20", "left"),
                               (L + 200, f"Crédits capitalisés : {tot}/{tot}", "left"),
                               (L + 350, "Décision : Validé", "left")], SB, 7.5)
            full.add(round(y, 2))
            y += row_h + 2
            ylines.append(y)
            yr_sum += sem * tot
            yr_cr += tot
        for yy in ylines:
            p.hline(L, R, yy, 0.5)
        p.rect(L, grid_top, R - L, y - grid_top, 0.8)
        # vertical rules inside element/UE rows only (not through the full-width semester rows)
        for x in xs[1:-1]:
            p.vline(x, grid_top, grid_top + 22, 0.5)
        for a, b in zip(ylines[:-1], ylines[1:]):
            if round(a, 2) in full:
                continue
            for x in xs[1:-1]:
                p.vline(x, a, b, 0.4)
        avg = r2(yr_sum / yr_cr)
        last = yr == years[-1]
        y += 18
        dec = (f"Admis(e) en {NIVEAU[yr + 1]}" if not last else "Admis(e) - Licence obtenue")
        p.text(L, y, f"Moyenne annuelle : {comma(avg)}/20 - Crédits capitalisés dans l'année : {yr_cr}/{yr_cr}",
               SB, 8.5)
        p.text(L, y + 14, f"Décision du jury : {dec}", SB, 8.5)
        p.text(L, y + 28, f"Mention : {mention(avg)}", S, 8.5)
        sy = s.terms[tis[0]].start_year + 1
        import datetime as dt
        d = s.conferred if last else dt.date(sy, 7, 20 + k(s, f"pv{yr}") % 9)
        p.text(R, y + 46, f"Fait à Bamako, le {fr_date(d)}", S, 8.5, "right")
        sy2 = y + 84
        sign_block(p, rng, L + 100, sy2, "Le Chef de la Scolarité", SB, 8, 150)
        sign_block(p, rng, R - 100, sy2, "Le Doyen", SB, 8, 150)
        round_stamp(p, R - 150, sy2 - 10, 30, 0.45)
        p.text(W / 2, H - 20, "Échelle des notes : 0 à 20 - UE capitalisée si moyenne >= 10/20 ou par compensation "
               "dans le semestre. N : session normale, R : session de rattrapage.", S, 6.2, "center")
    return LayoutResult("transcript", "aa_ml_releve", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True, "pass_mark": 10})


TRANSCRIPT_LAYOUTS = {"aa_ml_releve": (ml_transcript, FAMILY, ("ML",))}
