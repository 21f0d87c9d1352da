"""Writer AP, round 20: Djibouti (DJ). Country pack (an invented university's "Licence Sciences de la
Vie, parcours Biologie médicale" and "parcours Biologie générale", 3 years, 180 crédits LMD; an invented
higher institute of health sciences' "Licence professionnelle Techniques d'Analyses Biomédicales" and
"Licence en Sciences Infirmières") and the semester "RELEVÉ DE NOTES - SEMESTRE n": one A4 page per
semester, six relevés. Header: "RÉPUBLIQUE DE DJIBOUTI / Unité - Égalité - Paix" on the left, "MINISTÈRE DE
L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE" on the right, then the school, its faculty and the licence.
"Année universitaire 2015-2016"; Nom / Prénom(s) / Né(e) le ... à ... / N° étudiant. Ruled table: Code UE
| Unités d'enseignement / Éléments constitutifs | Coef. | Crédits | Note/20 | Résultat | Session. The UE on
a bold row (coef. total, crédits, the UE average), its ECs indented under it with their own coef. and
mark (crédits blank); marks with a decimal comma; Résultat V / VC (validé par compensation) / NV; Session
N (normale) or R (rattrapage: the UE average printed is the rattrapage one). Under the table "Moyenne du
semestre", "Crédits acquis : 30/30", "Décision : Semestre validé", "Djibouti, le ...", "Le Doyen" (or "Le
Directeur") and a round stamp. S6 has the 8-week laboratory placement (10 crédits, no EC).

Truth: one course per UE row (code "UE31", title as printed, crédits, the UE average as printed with a
comma, term "Semestre 3 - 2015-2016", `result` and `session`); ECs kept in the UE's `ecu`. credit_system
"ects".
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r19_an_common import add_department_phrases
from .r19_an_td import parse
from .r20_ap_common import FAMILY, FR_MONTHS, comma, course_truth, dmy, grid, k, round_stamp, sign_block

LSV_BM = """
## 1 S1
UE11 | Biologie cellulaire | 6 | B || Biologie cellulaire:2; TP de biologie cellulaire:1
UE12 | Chimie générale | 6 | C || Atomistique et liaisons:2; Thermochimie et solutions:1
UE13 | Physique pour les sciences de la vie | 6 | O || Mécanique et optique:2; Électricité:1
UE14 | Mathématiques | 6 | M || Analyse:2; Algèbre:1
UE15 | Langues et méthodologie | 6 | O || Français scientifique:1; Anglais:1; Méthodologie du travail universitaire:1
## 1 S2
UE21 | Biologie animale et végétale | 6 | B || Biologie animale:2; Biologie végétale:2
UE22 | Chimie organique | 6 | C || Chimie organique:2; TP de chimie:1
UE23 | Génétique | 6 | B || Génétique formelle:2; Génétique des populations:1
UE24 | Statistiques et informatique | 6 | M || Statistiques descriptives:2; Informatique:1
UE25 | Anglais scientifique | 6 | O || Anglais scientifique:1; Techniques d'expression:1
## 2 S1
UE31 | Biochimie métabolique | 6 | C || Métabolisme glucidique et lipidique:2; Enzymologie:1
UE32 | Microbiologie générale | 6 | B || Bactériologie générale:2; TP de microbiologie:1
UE33 | Physiologie humaine | 6 | B || Physiologie des grandes fonctions:2; Neurophysiologie:1
UE34 | Immunologie fondamentale | 6 | ?B || Immunologie:2; TP d'immunologie:1
UE35 | Biologie moléculaire | 6 | ?B || Biologie moléculaire:2; Génie génétique:1
## 2 S2
UE41 | Hématologie | 6 | P || Hématologie cellulaire:2; Hémostase:1
UE42 | Parasitologie et mycologie | 6 | P || Parasitologie:2; Mycologie:1
UE43 | Biochimie structurale et analytique | 6 | C || Biochimie structurale:2; Techniques analytiques:1
UE44 | Histologie et embryologie | 6 | B || Histologie:2; Embryologie:1
UE45 | Anglais et communication | 6 | O || Anglais:1; Communication scientifique:1
## 3 S1
UE51 | Biochimie clinique | 6 | P || Biochimie clinique:2; Exploration fonctionnelle:1
UE52 | Bactériologie et virologie médicales | 6 | P || Bactériologie médicale:2; Virologie médicale:1
UE53 | Immunohématologie et transfusion | 6 | P || Groupes sanguins:2; Transfusion sanguine:1
UE54 | Pharmacologie et toxicologie | 6 | ?C || Pharmacologie:2; Toxicologie:1
UE55 | Santé publique et épidémiologie | 6 | O || Épidémiologie:2; Santé publique:1
## 3 S2
UE61 | Stage en laboratoire d'analyses médicales (8 semaines) | 10 | P | chemistry,hematology,microbiology,blood_bank
UE62 | Assurance qualité et biosécurité | 6 | P || Assurance qualité:2; Biosécurité:1
UE63 | Biologie médicale intégrée | 8 | P || Sémiologie biologique:2; Études de cas:2
UE64 | Projet tutoré | 6 | O || Rapport:1; Soutenance:1
"""

LSV_BG = (LSV_BM.replace("UE51 | Biochimie clinique | 6 | P || Biochimie clinique:2; Exploration fonctionnelle:1",
                         "UE51 | Écologie générale | 6 | B || Écologie:2; Sorties de terrain:1")
          .replace("UE52 | Bactériologie et virologie médicales | 6 | P || Bactériologie médicale:2; Virologie médicale:1",
                   "UE52 | Microbiologie appliquée | 6 | B || Microbiologie alimentaire:2; Microbiologie de l'environnement:1")
          .replace("UE53 | Immunohématologie et transfusion | 6 | P || Groupes sanguins:2; Transfusion sanguine:1",
                   "UE53 | Biologie des organismes marins | 6 | B || Biologie marine:2; Écosystèmes coralliens:1")
          .replace("UE61 | Stage en laboratoire d'analyses médicales (8 semaines) | 10 | P | chemistry,hematology,microbiology,blood_bank",
                   "UE61 | Stage en laboratoire de recherche (8 semaines) | 10 | O")
          .replace("UE62 | Assurance qualité et biosécurité | 6 | P", "UE62 | Biologie évolutive | 6 | B")
          .replace("Assurance qualité:2; Biosécurité:1", "Évolution:2; Phylogénie:1")
          .replace("UE63 | Biologie médicale intégrée | 8 | P || Sémiologie biologique:2; Études de cas:2",
                   "UE63 | Biotechnologies | 8 | B || Biotechnologies végétales:2; Biotechnologies microbiennes:2"))

LP_TAB = """
## 1 S1
UE11 | Biologie cellulaire et histologie | 6 | B || Biologie cellulaire:2; Histologie:1
UE12 | Chimie générale et organique | 6 | C || Chimie générale:2; Chimie organique:1
UE13 | Anatomie et physiologie | 6 | B || Anatomie:2; Physiologie:2
UE14 | Hygiène et sécurité au laboratoire | 6 | P || Hygiène hospitalière:1; Biosécurité:1
UE15 | Langues et informatique | 6 | O || Français:1; Anglais:1; Informatique:1
## 1 S2
UE21 | Biochimie structurale | 6 | C || Biochimie structurale:2; TP de biochimie:1
UE22 | Microbiologie générale | 6 | B || Bactériologie générale:2; TP de microbiologie:1
UE23 | Hématologie générale | 6 | P || Hématopoïèse:2; Cytologie sanguine:1
UE24 | Prélèvements et techniques de base | 6 | P || Techniques de prélèvement:2; Instrumentation:1
UE25 | Biostatistique | 6 | M || Biostatistique:2; Épidémiologie descriptive:1
## 2 S1
UE31 | Biochimie clinique | 6 | P || Biochimie métabolique:2; Exploration fonctionnelle:1
UE32 | Bactériologie médicale | 6 | P || Bactériologie systématique:2; Antibiogramme:1
UE33 | Parasitologie et mycologie | 6 | P || Parasitologie:2; Mycologie:1
UE34 | Immunologie et sérologie | 6 | ?B || Immunologie:2; Sérologie:1
UE35 | Stage hospitalier I (6 semaines) | 6 | P | chemistry,microbiology
## 2 S2
UE41 | Hématologie et hémostase | 6 | P || Hématologie cellulaire:2; Hémostase:1
UE42 | Immunohématologie et transfusion | 6 | P || Groupes sanguins:2; Transfusion sanguine:1
UE43 | Virologie | 6 | ?P || Virologie médicale:2; Diagnostic sérologique:1
UE44 | Biologie moléculaire | 6 | ?B || Biologie moléculaire:2; PCR:1
UE45 | Stage hospitalier II (6 semaines) | 6 | P | hematology,blood_bank
## 3 S1
UE51 | Cytologie et anatomie pathologique | 6 | ?P || Cytologie:2; Techniques histologiques:1
UE52 | Assurance qualité | 6 | P || Gestion de la qualité:2; Gestion des stocks:1
UE53 | Toxicologie | 6 | ?C || Toxicologie:2; Pharmacologie:1
UE54 | Législation et déontologie | 6 | O || Législation:1; Déontologie:1
UE55 | Méthodologie de recherche | 6 | O || Méthodologie:2; Anglais médical:1
## 3 S2
UE61 | Stage en laboratoire d'analyses médicales (8 semaines) | 10 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
UE62 | Projet professionnel tutoré | 10 | O || Rapport:2; Soutenance:1
UE63 | Biologie médicale intégrée | 10 | P || Sémiologie biologique:2; Études de cas:2
"""

LSI = """
## 1 S1
UE11 | Anatomie et physiologie | 10 | B || Anatomie:2; Physiologie:2
UE12 | Soins infirmiers de base | 12 | O || Fondements des soins:2; Techniques de soins:2
UE13 | Langues et communication | 8 | O || Français:1; Anglais:1
## 1 S2
UE21 | Microbiologie et hygiène | 10 | B || Microbiologie:2; Hygiène:1
UE22 | Pharmacologie | 8 | O || Pharmacologie:2; Calcul de doses:1
UE23 | Stage clinique I (6 semaines) | 12 | O
## 2 S1
UE31 | Soins en médecine | 10 | O || Pathologie médicale:2; Soins en médecine:2
UE32 | Soins en chirurgie | 10 | O || Pathologie chirurgicale:2; Soins en chirurgie:2
UE33 | Psychologie et sociologie | 10 | O || Psychologie:1; Sociologie de la santé:1
## 2 S2
UE41 | Santé de la mère et de l'enfant | 14 | O || Obstétrique:2; Pédiatrie:2
UE42 | Stage clinique II (8 semaines) | 16 | O
## 3 S1
UE51 | Santé communautaire | 10 | O || Santé communautaire:2; Épidémiologie:1
UE52 | Gestion des soins | 10 | O || Gestion d'unité:2; Législation:1
UE53 | Méthodologie de recherche | 10 | O || Méthodologie:2; Biostatistique:1
## 3 S2
UE61 | Stage d'intégration (10 semaines) | 18 | O
UE62 | Mémoire de fin d'études | 12 | O || Rédaction:2; Soutenance:1
"""

ECU = {}     # curriculum id -> UE code -> [(title, coef)]


def cur(cid, title, field, text, clin=False):
    terms, ecus = parse(text)
    ECU[cid] = {u: [(e.rsplit(":", 1)[0], int(e.rsplit(":", 1)[1])) for e in es] for u, es in ecus.items()}
    return C.Curriculum(cid, "DJ", title, "bachelor", 3, field, "ects", terms, 10, 10, clinical_training=clin)


PROG = {"dj_lsv_bm": "Licence Sciences de la Vie, parcours Biologie médicale",
        "dj_lsv_bg": "Licence Sciences de la Vie, parcours Biologie générale",
        "dj_lp_tab": "Licence professionnelle Techniques d'Analyses Biomédicales",
        "dj_lsi": "Licence en Sciences Infirmières"}

DJ_INST = [
    Institution("Université du Golfe de Tadjourah", "Djibouti", "Djibouti", "DJ",
                "Avenue Georges Clemenceau, B.P. 2847, Djibouti", ("dj_lsv_bm", "dj_lsv_bg"), "university",
                extra={"fac": "Faculté des Sciences", "head": "Le Doyen", "sn": "BIO"}),
    Institution("Institut Supérieur Ras-Bir des Sciences de la Santé", "Djibouti", "Djibouti", "DJ",
                "Route de Venise, Balbala, B.P. 1193, Djibouti", ("dj_lp_tab", "dj_lsi"), "institute",
                extra={"fac": "Département des Sciences Biomédicales", "head": "Le Directeur", "sn": "SAN"}),
]


def _sn(rng, start_year, inst):
    return f"{start_year % 100:02d}{inst.extra['sn']}{rng.randint(1, 999):04d}"


PACK = K.CountryPack(
    code="DJ", name="Djibouti",
    given={"F": ["Hodan", "Fardoussa", "Kadra", "Hasna", "Deka", "Ifrah", "Mouna", "Samira", "Asma", "Nasteho",
                 "Roukia", "Zahra"],
           "M": ["Abdourahman", "Moussa", "Houssein", "Ismaël", "Omar", "Daher", "Youssouf", "Hassan", "Said",
                 "Mahamoud", "Abdoulkader", "Idriss"]},
    surnames=["Robleh", "Aden", "Waberi", "Farah", "Bouh", "Osman", "Abdillahi", "Hersi", "Houmed", "Dirieh",
              "Miguil", "Barkat", "Elmi", "Dabar"],
    middle={"F": [], "M": []},
    institutions=DJ_INST,
    employers=[
        Employer("Hôpital Général Ras-Dika", "Djibouti", "Djibouti", "DJ", "Boulevard de la République, B.P. 318, Djibouti",
                 "+253 21 35 27 14", "direction@hg-rasdika.example"),
        Employer("Centre Hospitalier Régional d'Ali-Sabieh Nord", "Ali Sabieh", "Ali Sabieh", "DJ",
                 "Quartier 2, B.P. 41, Ali Sabieh", "+253 21 42 60 18", "chr-alisabieh@sante.example"),
        Employer("Polyclinique du Plateau du Serpent", "Djibouti", "Djibouti", "DJ",
                 "Rue de Pékin, Plateau du Serpent, Djibouti", "+253 21 34 88 02", "labo@pps-dj.example", "clinic"),
        Employer("Hôpital Régional de Tadjourah-Plage", "Tadjourah", "Tadjourah", "DJ", "Route du Port, B.P. 12, Tadjourah",
                 "+253 21 42 41 95", "hr-tadjourah@sante.example"),
    ],
    signers=["Dr Ahmed Robleh Dabar", "Dr Fardoussa Elmi Aden", "M. Houssein Miguil Farah", "Dr Kadra Barkat Osman"],
    curricula=[cur("dj_lsv_bm", PROG["dj_lsv_bm"], "medical_laboratory_science", LSV_BM, True),
               cur("dj_lsv_bg", PROG["dj_lsv_bg"], "biology", LSV_BG),
               cur("dj_lp_tab", PROG["dj_lp_tab"], "medical_laboratory_science", LP_TAB, True),
               cur("dj_lsi", PROG["dj_lsi"], "nursing", LSI)],
    mls_curriculum="dj_lsv_bm", science_curricula=["dj_lsv_bg", "dj_lp_tab"], nonqualifying_curricula=["dj_lsi"],
    positions_mls=["Technicien supérieur de laboratoire", "Technicien de laboratoire"],
    positions_science=["Technicien de laboratoire", "Technicien supérieur de laboratoire"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("DJ", {
    "blood_bank": ["banque de sang", "immuno-hématologie"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["bactériologie", "microbiologie"], "immunology": ["sérologie"], "urinalysis": ["parasitologie"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["anatomie pathologique"]})

BIRTH = ["Djibouti", "Djibouti", "Ali Sabieh", "Tadjourah", "Obock", "Dikhil", "Arta", "Djibouti"]


def birth(s):
    return f"{dmy(s.dob)} à {BIRTH[k(s, 'town') % len(BIRTH)]}"


def ue_results(s):
    """[(t, [(r, [(ec, coef, mark)], avg, result, session)], sem_avg)] for the six semesters."""
    ecus = ECU.get(s.curriculum.id, {})
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            base = 4.2 + r.score * 0.11
            ms = []
            for e, (nm, cf) in enumerate(ecus.get(r.spec.code, [])):
                m = max(5.0, min(18.5, round((base + (k(s, f"e{i}.{j}.{e}") % 15 - 7) * 0.5) * 4) / 4))
                ms.append((nm, cf, m))
            if ms:
                avg = round(sum(cf * m for _, cf, m in ms) / sum(cf for _, cf, _ in ms), 2)
            else:
                avg = max(11.0, min(17.0, round((base + 1.5 + (k(s, f"st{i}") % 7 - 3) * 0.5) * 4) / 4))
            sess = "N"
            if avg < 8 or (ms and k(s, f"rat{i}.{j}") % 19 == 0):
                # failed at the first session: the rattrapage average is printed (ECs as retaken)
                sess = "R"
                lift = max(0.0, 10.25 - avg) + (k(s, f"rl{i}.{j}") % 5) * 0.25
                ms = [(nm, cf, min(18.5, m + lift)) for nm, cf, m in ms]
                avg = round(sum(cf * m for _, cf, m in ms) / sum(cf for _, cf, _ in ms), 2)
            rows.append([r, ms, avg, sess])
        cr = sum(r.spec.credits for r, *_ in rows)
        sem = sum(a * r.spec.credits for r, _, a, _ in rows) / cr
        if sem < 10.2:
            for row in rows:
                lift = 10.4 - sem
                row[1] = [(nm, cf, round((m + lift) * 4) / 4) for nm, cf, m in row[1]]
                row[2] = round(row[2] + lift, 2) if not row[1] else \
                    round(sum(cf * m for _, cf, m in row[1]) / sum(cf for _, cf, _ in row[1]), 2)
            sem = sum(a * r.spec.credits for r, _, a, _ in rows) / cr
        res = [(r, ms, avg, "V" if avg >= 10 else "VC", sess) for r, ms, avg, sess in rows]
        out.append((t, res, round(sem, 2)))
    return out


def mention(avg):
    return "Très Bien" if avg >= 16 else "Bien" if avg >= 14 else "Assez Bien" if avg >= 12 else "Passable"


def dj_releve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 40, W - 40
    X = [L, L + 44, L + 300, L + 340, L + 386, L + 440, L + 478, R]
    pages, out, sems = [], [], []
    for n, (t, rows, sem) in enumerate(ue_results(s), 1):
        p = Page(A4)
        pages.append(p)
        sems.append(sem)
        p.text(L + 80, 40, "RÉPUBLIQUE DE DJIBOUTI", SB, 10, "center")
        p.text(L + 80, 52, "Unité - Égalité - Paix", SI, 9, "center")
        p.hline(L + 50, L + 110, 57, 0.5)
        p.text(R - 110, 40, "MINISTÈRE DE L'ENSEIGNEMENT", SB, 9, "center")
        p.text(R - 110, 51, "SUPÉRIEUR ET DE LA RECHERCHE", SB, 9, "center")
        p.hline(R - 140, R - 80, 57, 0.5)
        p.logo(W / 2, 52, 16, 2)
        p.text(W / 2, 88, inst.name, SB, 12.5, "center")
        p.text(W / 2, 101, inst.extra["fac"], S, 10, "center")
        p.text(W / 2, 114, PROG[cur.id], SI, 10, "center")
        p.text(W / 2, 142, f"RELEVÉ DE NOTES - SEMESTRE {n}", SB, 14, "center")
        ay = f"{t.start_year}-{t.start_year + 1}"
        p.text(W / 2, 158, f"Année universitaire {ay}", S, 10.5, "center")
        y = 182
        p.pieces(y, [(L, f"Nom : {person.surname.upper()}", "left"), (L + 300, f"N° étudiant : {s.student_no}", "left")],
                 S, 10)
        p.text(L, y + 14, f"Prénom(s) : {person.given}", S, 10)
        p.text(L, y + 28, f"Né(e) le : {birth(s)}", S, 10)
        y += 40
        top = y
        p.rect(L, y, R - L, 26, 0, 0, fill=0.86)
        p.pieces(y + 11, [((X[0] + X[1]) / 2, "Code UE", "center"), (X[1] + 4, "Unités d'enseignement /", "left"),
                          ((X[2] + X[3]) / 2, "Coef.", "center"), ((X[3] + X[4]) / 2, "Crédits", "center"),
                          ((X[4] + X[5]) / 2, "Note/20", "center"), ((X[5] + X[6]) / 2, "Résultat", "center"),
                          ((X[6] + X[7]) / 2, "Session", "center")], SB, 8)
        p.text(X[1] + 4, y + 21, "Éléments constitutifs", SB, 8)
        y += 26
        p.hline(L, R, y, 0.6)
        label = f"Semestre {n} - {ay}"
        for r, ms, avg, res, sess in rows:
            cr = int(r.spec.credits)
            coef = sum(cf for _, cf, _ in ms) if ms else ""
            p.pieces(y + 11, [((X[0] + X[1]) / 2, r.code, "center", SB, 8.5),
                              (X[1] + 4, r.spec.title, "left", SB, fit_size(r.spec.title, SB, 8.5, X[2] - X[1] - 8)),
                              ((X[2] + X[3]) / 2, str(coef), "center", SB, 8.5), ((X[3] + X[4]) / 2, str(cr), "center", SB, 8.5),
                              ((X[4] + X[5]) / 2, comma(avg), "center", SB, 8.5), ((X[5] + X[6]) / 2, res, "center", SB, 8.5),
                              ((X[6] + X[7]) / 2, sess, "center", SB, 8.5)], S, 8.5)
            y += 15
            for nm, cf, m in ms:
                p.pieces(y + 10, [(X[1] + 16, nm, "left", S, fit_size(nm, S, 8.5, X[2] - X[1] - 22)),
                                  ((X[2] + X[3]) / 2, str(cf), "center"), ((X[4] + X[5]) / 2, comma(m), "center")], S, 8.5)
                y += 12.5
            p.hline(L, R, y + 2, 0.3)
            y += 2
            out.append(course_truth(r, label, cr, comma(avg), "ects", code=r.code, result=res, session=sess,
                                    ecu=[{"title": nm, "coef": cf, "mark": comma(m)} for nm, cf, m in ms]))
        grid(p, X, top, y)
        y += 20
        tc = int(sum(r.spec.credits for r, *_ in rows))
        p.text(L, y, f"Moyenne du semestre : {comma(sem)}/20", SB, 10.5)
        p.text(L, y + 15, f"Crédits acquis : {tc}/{tc}", SB, 10.5)
        p.text(L, y + 30, "Décision : Semestre validé", SB, 10.5)
        p.text(L, y + 46, "V : validé ; VC : validé par compensation ; NV : non validé ; N : session normale ; "
                          "R : session de rattrapage", SI, 7.5)
        end_y, end_m = (t.start_year + 1, 2) if t.key == "S1" else (t.start_year + 1, 7)
        iss = s.conferred.replace(year=end_y, month=end_m, day=3 + k(s, f"iss{n}") % 22)
        p.text(R - 20, y + 76, f"Djibouti, le {iss.day} {FR_MONTHS[iss.month - 1]} {iss.year}", S, 10.5, "right")
        sign_block(p, rng, R - 90, y + 132, inst.extra["head"], S, 10.5, 150)
        round_stamp(p, R - 160, y + 118, 36, 0.42)
        p.text(L, H - 36, "Ce relevé ne peut être délivré qu'en un seul exemplaire. Il appartient à l'étudiant d'en "
                          "faire des copies certifiées conformes.", SI, 7.5)
    name = f"{person.surname.upper()} {person.given}"
    return LayoutResult("transcript", "ap_dj_releve", FAMILY, pages, [name], out, "ects",
                        {"prints_totals": False, "class": mention(sum(sems) / len(sems))})


TRANSCRIPT_LAYOUTS = {"ap_dj_releve": (dj_releve, FAMILY, ("DJ",))}
