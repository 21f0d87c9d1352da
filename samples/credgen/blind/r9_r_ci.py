"""Writer R, round 9: Côte d'Ivoire. Country pack (Licence Professionnelle en Biologie Médicale,
LMD, 3 years / 6 semesters of 30 crédits; Licence en Biochimie-Microbiologie; Licence en Sciences
Infirmières) and the national institute's "RELEVÉ DE NOTES": ONE PAGE PER YEAR ("Licence 1 —
Année académique 2015-2016") with its two semesters one under the other; columns `Code UE |
Unité d'enseignement | Nature | Volume horaire (CM | TD | TP) | Crédits | Note/20 | Session |
Décision` (a two-line header: "Volume horaire" over CM / TD / TP, which are HOURS of lectures,
tutorials and practicals, not credits); Nature F/T/O; notes with comma decimals "11,75"; Session 1
or 2; Décision "Acquis", "Acquis par compensation" (8 <= note < 10 in a semester whose average is
10 or more), "Non acquis" (a note under the eliminatory 7/20: the UE is then printed again on the
next year's page, at the end of the same-parity semester, Session 2, Acquis). Semester footer on
one line "Total crédits : 30   Moyenne semestrielle : 11,85/20   Décision : Validé" (the total is
the credits of every row printed in that semester block, so a semester carrying a retaken UE
prints 34; a semester with a failed UE prints "26/30"), a year footer "Crédits capitalisés :
60/60 — Décision du jury : Admis(e) en Licence 2", a 5-line legend box, "Le présent relevé ne
doit être délivré qu'en un seul exemplaire", "Le Directeur des Études" signing over a round stamp.

Credits: LMD crédits (1 crédit = 20-25 hours of student work, 60 a year, the Bologna model the
CAMES/UEMOA reform copied), so criteria.md's ECTS rate applies: system "ects" (x 1/2; the 180
crédits of the licence = 90 SH). CM/TD/TP are printed hours and are not used for SH. The failed
attempt is in the truth with passed false and 0 SH."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r9_r_common import (FAMILY, add_department_phrases, comma, course_truth, fr_long, k, parse, round_seal)

CI_BM = """
## 1 S1
BCH1101 | Chimie générale et minérale | 5 | C
BIO1102 | Biologie cellulaire et moléculaire | 6 | B
ANA1103 | Anatomie et physiologie humaines I | 6 | B
MAT1104 | Mathématiques et biostatistique | 4 | M
PHY1105 | Physique appliquée à la biologie | 3 | O
ANG1106 | Anglais scientifique I | 2 | O
INF1107 | Informatique et bureautique | 2 | O
DEO1108 | Éthique, déontologie et législation sanitaire | 2 | O
## 1 S2
BCH1201 | Chimie organique | 5 | C
BCH1202 | Biochimie structurale | 5 | C
ANA1203 | Anatomie et physiologie humaines II | 5 | B
HIS1204 | Histologie et embryologie | 4 | B
MIC1205 | Microbiologie générale | 5 | B
HYG1206 | Hygiène hospitalière et biosécurité | 3 | P
ANG1207 | Anglais scientifique II | 3 | O
## 2 S1
BCH2301 | Biochimie métabolique | 5 | C
HEM2302 | Hématologie générale | 5 | P
BAC2303 | Bactériologie médicale I | 5 | P
PAR2304 | Parasitologie et mycologie I | 5 | P
IMM2305 | Immunologie générale | 4 | B
TEC2306 | Techniques de prélèvement et accueil du patient | 3 | P
SAN2307 | Santé publique et épidémiologie | 3 | O
## 2 S2
BCH2401 | Biochimie clinique I | 5 | P
HEM2402 | Hémostase et cytologie sanguine | 5 | P
BAC2403 | Bactériologie médicale II | 5 | P
VIR2404 | Virologie médicale | 4 | ?P
IMH2405 | Immuno-hématologie et transfusion sanguine | 5 | P
STG2406 | Stage hospitalier I (laboratoire polyvalent) | 4 | P | chemistry,hematology,microbiology
ENT2407 | Entrepreneuriat et gestion de projet | 2 | O
## 3 S1
BCH3501 | Biochimie clinique II et hormonologie | 5 | P
PAR3502 | Parasitologie et mycologie II | 5 | P
BMO3503 | Biologie moléculaire et diagnostic | 5 | ?P
ANP3504 | Anatomie et cytologie pathologiques | 4 | P
QUA3505 | Assurance qualité au laboratoire (ISO 15189) | 4 | P
GES3506 | Gestion et organisation du laboratoire | 3 | P
MET3507 | Méthodologie de la recherche | 4 | O
## 3 S2
STG3601 | Stage professionnel en laboratoire de biologie médicale | 20 | P | chemistry,hematology,microbiology,blood_bank,immunology
MEM3602 | Rapport de stage et soutenance | 10 | O
"""

CI_BMI = """
## 1 S1
CHI1101 | Chimie générale | 6 | C
BIO1102 | Biologie cellulaire | 6 | B
BIO1103 | Biologie animale | 6 | B
MAT1104 | Analyse et algèbre | 6 | M
PHY1105 | Physique générale | 4 | O
ANG1106 | Anglais I | 2 | O
## 1 S2
CHI1201 | Chimie organique | 6 | C
BIO1202 | Biologie végétale | 6 | B
GEN1203 | Génétique générale | 6 | B
MAT1204 | Statistique descriptive | 6 | M
PHY1205 | Thermodynamique | 4 | O
ANG1206 | Anglais II | 2 | O
## 2 S1
BCH2301 | Biochimie structurale | 6 | C
MIC2302 | Microbiologie générale | 6 | B
PHY2303 | Physiologie animale | 6 | B
CHI2304 | Chimie analytique | 6 | C
INF2305 | Informatique | 6 | O
## 2 S2
BCH2401 | Enzymologie | 6 | C
MIC2402 | Bactériologie | 6 | B
IMM2403 | Immunologie | 6 | B
BIO2404 | Biologie moléculaire | 6 | B
ECO2405 | Écologie | 6 | O
## 3 S1
BCH3501 | Métabolisme et régulation | 6 | C
MIC3502 | Virologie et mycologie | 6 | B
MIC3503 | Microbiologie alimentaire | 6 | B
BIO3504 | Biotechnologies | 6 | ?B
MET3505 | Méthodologie scientifique | 6 | O
## 3 S2
BCH3601 | Biochimie nutritionnelle | 6 | C
MIC3602 | Microbiologie industrielle | 6 | B
STG3603 | Stage en entreprise | 10 | O
MEM3604 | Mémoire | 8 | O
"""

CI_INF = """
## 1 S1
SOI1101 | Fondements des soins infirmiers | 8 | O
ANA1102 | Anatomie et physiologie | 8 | B
PSY1103 | Psychologie et communication | 6 | O
SAN1104 | Santé publique | 8 | O
## 1 S2
SOI1201 | Soins infirmiers de base | 8 | O
PHA1202 | Pharmacologie | 6 | O
MIC1203 | Microbiologie et hygiène | 6 | ?B
STG1204 | Stage clinique I | 10 | O
## 2 S1
SOI2301 | Soins en médecine | 10 | O
SOI2302 | Soins en chirurgie | 10 | O
NUT2303 | Nutrition | 10 | O
## 2 S2
SOI2401 | Santé de la mère et de l'enfant | 10 | O
SOI2402 | Soins en pédiatrie | 10 | O
STG2403 | Stage clinique II | 10 | O
## 3 S1
SOI3501 | Santé mentale | 10 | O
SOI3502 | Soins communautaires | 10 | O
GES3503 | Gestion des services de soins | 10 | O
## 3 S2
STG3601 | Stage d'intégration | 20 | O
MEM3602 | Mémoire | 10 | O
"""

TRANSV = ("ANG", "INF", "DEO", "ENT", "MET", "SAN", "PSY")
OPTION = ("PHY1105", "ENT2407", "GES3506", "ECO2405", "BIO3504", "NUT2303")


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "CI", title, "bachelor", 3, field, "ects", parse(table), 10, 9,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="CI", name="Côte d'Ivoire",
    given={"F": ["Adjoua", "Affoué", "Akissi", "Amenan", "Awa", "Aya", "Fatoumata", "Mariam", "Christelle",
                 "Nadège", "Rachelle", "Ruth"],
           "M": ["Koffi", "Kouadio", "Kouassi", "Yao", "N'Guessan", "Sékou", "Moussa", "Hervé", "Arsène",
                 "Jean-Marc", "Serge", "Lacina"]},
    surnames=["Kouamé", "Konan", "Yao", "Kouakou", "Ouattara", "Coulibaly", "Traoré", "Bamba", "Koné",
              "Gbagbo-Tapé", "Séri", "Aké", "Yapi", "Assi", "Dosso", "N'Dri"],
    middle={"F": ["Marie-Laure", "Estelle", "Prisca"], "M": ["Franck", "Olivier", "Ange"]},
    institutions=[
        Institution("Institut National Supérieur des Sciences de la Santé de Bingerville", "Bingerville",
                    "District d'Abidjan", "CI", "Route de l'École Militaire, BP V 190", ("ci_bm", "ci_inf"),
                    kind="institute"),
        Institution("Université Lagunaire de Cocody-Est", "Abidjan", "District d'Abidjan", "CI",
                    "Boulevard de l'Université, 22 BP 582 Abidjan 22", ("ci_bm", "ci_bmi", "ci_inf")),
        Institution("Université Publique de Daloa-Lobo", "Daloa", "Région du Haut-Sassandra", "CI",
                    "Quartier Tazibouo, BP 150 Daloa", ("ci_bm", "ci_bmi")),
    ],
    employers=[
        Employer("CHU de Treichville-Lagunes", "Abidjan", "District d'Abidjan", "CI",
                 "Boulevard de Marseille, 01 BP V 3", "+225 27 21 55 01 20", "drh@chu-treichlag.example"),
        Employer("CHU de Bouaké-Nord", "Bouaké", "Région du Gbêkê", "CI",
                 "Quartier Air France 1, BP 1174", "+225 27 31 55 02 44", "direction@chu-bouakenord.example"),
        Employer("Centre Hospitalier Régional de Yamoussoukro-Lac", "Yamoussoukro", "District de Yamoussoukro",
                 "CI", "Avenue Houphouët-Boigny, BP 1611", "+225 27 30 55 03 61", "chr@yakro-lac.example"),
        Employer("Laboratoire d'Analyses Médicales Les Palmiers", "Abidjan", "District d'Abidjan", "CI",
                 "Cocody Riviera 3, rue des Jardins, 06 BP 2231", "+225 07 55 04 18 80",
                 "contact@lampalmiers.example", "lab"),
    ],
    signers=["Pr Kouakou Théodore Aké-Assi", "Dr Mariam Sanogo épouse Koné", "Pr Jean-Baptiste Yapo Séri",
             "Dr Brigitte Amoin N'Guessan"],
    curricula=[_cur("ci_bm", "Licence Professionnelle en Biologie Médicale", "medical_laboratory_science", CI_BM,
                    True),
               _cur("ci_bmi", "Licence en Biochimie-Microbiologie", "biology", CI_BMI),
               _cur("ci_inf", "Licence en Sciences Infirmières", "nursing", CI_INF)],
    mls_curriculum="ci_bm", science_curricula=["ci_bmi"], nonqualifying_curricula=["ci_inf"],
    positions_mls=["Technicien Supérieur de Santé option Biologie Médicale", "Technicien de Laboratoire"],
    positions_science=["Technicien de Laboratoire", "Assistant de Recherche"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"CI{sy % 100:02d}{rng.randint(100000, 999999)}{'ABCDEFGHJK'[rng.randint(0, 9)]}",
    honours=["Passable", "Assez Bien", "Assez Bien", "Bien"],
)
K.register(PACK)
add_department_phrases("CI", {
    "blood_bank": ["Banque de Sang", "Immuno-hématologie"], "chemistry": ["Biochimie"],
    "hematology": ["Hématologie"], "microbiology": ["Bactériologie-Virologie", "Microbiologie"],
    "immunology": ["Immunologie"], "urinalysis": ["Cytologie urinaire"], "molecular": ["Biologie Moléculaire"],
    "phlebotomy": ["Salle de prélèvements"], "other": ["Parasitologie-Mycologie", "Anatomie Pathologique"]})

CITIES = ["Abidjan", "Bouaké", "Daloa", "Korhogo", "Man", "San-Pédro", "Gagnoa", "Abengourou", "Divo", "Séguéla"]
LEGEND = ["Nature : F = UE fondamentale ; T = UE transversale ; O = UE optionnelle.",
          "CM = cours magistraux ; TD = travaux dirigés ; TP = travaux pratiques (volumes horaires en heures).",
          "Session 1 = session normale ; Session 2 = session de rattrapage.",
          "Une UE est acquise si la note est >= 10/20 ou, par compensation, si la moyenne semestrielle est "
          ">= 10/20 sans note éliminatoire (< 07/20).",
          "Un semestre est validé lorsque ses 30 crédits sont capitalisés ; 1 crédit = 20 à 25 heures de travail."]


def nature(code):
    return "O" if code in OPTION else ("T" if code[:3] in TRANSV else "F")


def hours(code, cr):
    """CM / TD / TP hours printed for a UE (contact hours, not credits)."""
    if code.startswith(("STG", "MEM")):
        return "-", "-", str(int(cr) * 25)
    h = int(cr) * 10 + 5 * (k_code(code) % 3)
    cm = int(h * 0.5) // 5 * 5
    tp = 0 if code[:3] in ("ANG", "MAT", "DEO", "ENT", "MET", "SAN", "INF") else (h - cm) // 2 // 5 * 5
    return str(cm), str(h - cm - tp), str(tp) if tp else "-"


def k_code(code):
    return sum(ord(c) for c in code)


def note20(r):
    n = 8.0 + (r.score - 45) * 9.5 / 47
    return round(n * 4) / 4


def ci_releve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 40, A4[0] - 40
    name = name_form(person, "surname_first_nocomma")
    # notes, and the one failed UE retaken the next year
    notes = {id(r): note20(r) for t in s.terms for r in t.results}
    fail = None
    cand = [(ti, r) for ti, t in enumerate(s.terms) if t.year < cur.years for r in t.results
            if not r.code.startswith(("STG", "MEM"))]
    if cand and k(s, "ci-fail") % 3 == 0:
        fail = cand[k(s, "ci-fail-w") % len(cand)]
    sems = []  # (term label, rows[(r, note, session, decision, passed)])
    for ti, t in enumerate(s.terms):
        sn = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
        rows = [[r, notes[id(r)], "1", "", True] for r in t.results]
        if fail and ti == fail[0]:
            for x in rows:
                if x[0] is fail[1]:
                    x[1] = 5.5 + 0.25 * (k(s, "ci-fn") % 5)
                    x[3], x[4] = "Non acquis", False
        if fail and ti == fail[0] + 2:
            rows.append([fail[1], 10.25 + 0.25 * (k(s, "ci-rn") % 9), "2", "Acquis", True])
        for _ in range(20):
            avg = sum(int(x[0].spec.credits) * x[1] for x in rows) / sum(int(x[0].spec.credits) for x in rows)
            if avg >= 10.0:
                break
            for x in rows:
                if x[4] and x[2] == "1":
                    x[1] = min(18.0, x[1] + 0.5)
        for x in rows:
            if not x[3]:
                x[3] = "Acquis" if x[1] >= 10 else "Acquis par compensation"
        sems.append((sn, t, rows, avg))
    first_year = s.terms[0].start_year
    out, pages = [], []
    cx = [L, L + 46, L + 212, L + 240, L + 264, L + 288, L + 312, L + 346, L + 386, L + 424, R]
    for year in range(1, cur.years + 1):
        p = Page(A4)
        pages.append(p)
        ay = f"{first_year + year - 1}-{first_year + year}"
        p.text(L, 40, "RÉPUBLIQUE DE CÔTE D'IVOIRE", FB, 9)
        p.text(L + 30, 51, "Union - Discipline - Travail", FI, 7.5)
        p.text(L, 64, "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", F, 7.5)
        p.text(L, 73, "ET DE LA RECHERCHE SCIENTIFIQUE", F, 7.5)
        p.logo(p.w / 2, 58, 17, 1)
        p.text(R, 40, inst.name.upper()[:40] if len(inst.name) > 40 else inst.name.upper(), FB, 8, "right")
        if len(inst.name) > 40:
            p.text(R, 50, inst.name.upper()[40:].strip(), FB, 8, "right")
        p.text(R, 62, "Direction des Études et de la Scolarité", F, 7.5, "right")
        p.text(R, 72, inst.street, F, 7, "right")
        p.hline(L, R, 84, 1.2)
        p.text(p.w / 2, 108, "RELEVÉ DE NOTES", FB, 16, "center")
        p.text(p.w / 2, 122, f"N° {k(s, 'ci-no') % 9000 + 1000}/{s.conferred.year}/DES", F, 8, "center")
        c = CITIES[k(s, "ci-born") % len(CITIES)]
        p.pieces(142, [(L, "Nom et prénoms :", "left"), (L + 96, name, "left", FB, 9),
                       (L + 330, "Matricule :", "left"), (L + 390, s.student_no, "left", FB, 9)], F, 9)
        p.pieces(155, [(L, "Né(e) le :", "left"), (L + 96, f"{s.dob.strftime('%d/%m/%Y')} à {c}", "left")], F, 9)
        p.pieces(168, [(L, "Domaine :", "left"), (L + 96, "Sciences de la Santé", "left"),
                       (L + 330, "Mention :", "left"), (L + 390, cur.title.split(" en ")[-1], "left")], F, 9)
        p.pieces(181, [(L, "Grade :", "left"), (L + 96, cur.title, "left")], F, 9)
        yr = ["Licence 1", "Licence 2", "Licence 3"][year - 1]
        p.rect(L, 190, R - L, 16, 0.6, 0, fill=0.88)
        p.text(p.w / 2, 202, f"{yr} — Année académique {ay}", FB, 10.5, "center")
        y = 220
        ycap, ymax = 0, 0
        for sn, t, rows, avg in [x for x in sems if x[1].year == year]:
            p.text(L, y, f"SEMESTRE {sn}", FB, 9)
            y += 5
            top = y
            p.rect(L, y, R - L, 24, 0.6, 0, fill=0.93)
            p.hline(cx[3], cx[6], y + 12, 0.4)
            p.text((cx[3] + cx[6]) / 2, y + 9, "Volume horaire", FB, 7, "center")
            p.pieces(y + 15, [((cx[0] + cx[1]) / 2, "Code UE", "center"),
                              ((cx[1] + cx[2]) / 2, "Unité d'enseignement", "center"),
                              ((cx[2] + cx[3]) / 2, "Nature", "center"), ((cx[6] + cx[7]) / 2, "Crédits", "center"),
                              ((cx[7] + cx[8]) / 2, "Note/20", "center"), ((cx[8] + cx[9]) / 2, "Session", "center"),
                              ((cx[9] + cx[10]) / 2, "Décision", "center")], FB, 7)
            p.pieces(y + 21, [((cx[3] + cx[4]) / 2, "CM", "center"), ((cx[4] + cx[5]) / 2, "TD", "center"),
                              ((cx[5] + cx[6]) / 2, "TP", "center")], FB, 7)
            y += 24 + 10
            tot = 0
            label = f"{yr} — Semestre {sn} ({ay})"
            for r, note, sess, dec, ok in rows:
                lines = wrap(r.spec.title, F, 7.6, cx[2] - cx[1] - 6)
                cm, td, tp = hours(r.code, r.spec.credits)
                cr = int(r.spec.credits)
                p.pieces(y, [(cx[0] + 3, r.code, "left"), (cx[1] + 3, lines[0], "left"),
                             ((cx[2] + cx[3]) / 2, nature(r.code), "center"), ((cx[3] + cx[4]) / 2, cm, "center"),
                             ((cx[4] + cx[5]) / 2, td, "center"), ((cx[5] + cx[6]) / 2, tp, "center"),
                             ((cx[6] + cx[7]) / 2, str(cr), "center"), ((cx[7] + cx[8]) / 2, comma(note), "center"),
                             ((cx[8] + cx[9]) / 2, sess, "center"),
                             (cx[9] + 3, dec, "left", F, 6.4 if len(dec) > 12 else 7.6)], F, 7.6)
                for ln in lines[1:]:
                    y += 9
                    p.text(cx[1] + 3, y, ln, F, 7.6)
                p.hline(L, R, y + 3.5, 0.3, 0.4)
                y += 12
                tot += cr
                extra = {} if ok else {"passed": False, "semester_hours": 0}
                out.append(course_truth(r, label, cr, comma(note), "ects", title=" ".join(lines),
                                        nature=nature(r.code), session=sess, decision=dec, **extra))
            for x in cx:
                p.vline(x, top, y - 8.5, 0.5)
            p.hline(L, R, y - 8.5, 0.6)
            failed = sum(int(x[0].spec.credits) for x in rows if not x[4])
            ok_sem = avg >= 10 and not failed
            totp = str(tot) if not failed else f"{tot - failed}/{tot}"
            p.spaced(L + 4, y + 3, [f"Total crédits : {totp}", f"Moyenne semestrielle : {comma(avg)}/20",
                                    f"Décision : {'Validé' if ok_sem else 'Non validé'}"], FB, 8.2, gap=30)
            y += 22
        cap = sum(int(x[0].spec.credits) for sn, t, rows, a in sems if t.year == year for x in rows if x[4])
        due = sum(int(x[0].spec.credits) for sn, t, rows, a in sems if t.year == year for x in rows)
        nxt = f"Admis(e) en Licence {year + 1}" if year < cur.years else "Admis(e) — Licence obtenue"
        if cap < due:
            nxt += f" avec dette de {due - cap} crédits"
        p.rect(L, y - 6, R - L, 16, 0.8, 0)
        p.text(L + 6, y + 5, f"Crédits capitalisés : {cap}/{due} — Décision du jury : {nxt}", FB, 8.6)
        y += 26
        if year == cur.years:
            p.text(L, y, f"Mention obtenue : {s.honours}", FB, 9)
            y += 14
        ly = max(y, 612)
        p.rect(L, ly, R - L, 64, 0.6, 0.3)
        p.text(L + 5, ly + 10, "LÉGENDE", FB, 7)
        for i, ln in enumerate(LEGEND):
            p.text(L + 5, ly + 20 + 9.5 * i, ln, F, 6.2)
        ys = ly + 84
        p.text(L, ys, "Le présent relevé ne doit être délivré qu'en un seul exemplaire.", FI, 8)
        p.text(L, ys + 12, "Il appartient à l'intéressé(e) d'en faire des copies certifiées conformes.", FI, 8)
        p.text(R - 100, ys, f"Fait à {inst.city}, le {fr_long(s.conferred)}", F, 8.5, "center")
        p.text(R - 100, ys + 14, "Le Directeur des Études", FB, 9, "center")
        round_seal(p, rng, R - 120, ys + 48, 62, inst.name.upper()[:46], "DIRECTION DES ÉTUDES",
                   ("★", inst.city.upper()))
        p.signature(R - 150, ys + 62, 100, rng)
        p.text(R - 100, ys + 76, PACK.signers[k(s, "ci-sig") % len(PACK.signers)], F, 8.5, "center")
        p.text(p.w / 2, p.h - 24, f"Page {year}/{cur.years}", F, 7, "center")
    total = sum(c["credits"] for c in out if c.get("passed", True))
    return LayoutResult("transcript", "ci_releve_lmd", FAMILY, pages, [name], out, "ects",
                        {"prints_totals": True, "total_credits": total})


TRANSCRIPT_LAYOUTS = {"ci_releve_lmd": (ci_releve, FAMILY, ("CI",))}
