"""Writer AN, round 19: Chad (TD). Country pack (an invented higher school of health technicians'
"Diplôme de Technicien Supérieur en Analyses Biomédicales", 3 years, 180 crédits, LMD semesters S1-S6,
an MLT-level diploma; an invented university's "Licence Professionnelle en Biologie Médicale"; the same
university's "Licence en Sciences Infirmières") and the semester "RELEVÉ DE NOTES DU SEMESTRE n": one
A4 page per semester, six relevés. Header centred: "RÉPUBLIQUE DU TCHAD" with the Arabic name of the
republic beside it (a picture), "Unité - Travail - Progrès", "MINISTÈRE DE LA SANTÉ PUBLIQUE" (the
university's relevé: "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ..."), the school, "Filière: ...".
Student: Nom, Prénom(s), "Date et lieu de naissance" (some births "Vers 1995 à Moundou"), N° matricule.
Ruled table: Code UE | Unités d'enseignement / Éléments constitutifs | Crédits | Note/20 | Résultat; the
UE on its own bold row with credits and average, its ECUs indented under it with only their mark; the
hospital placement rows have no ECUs. Under the table the semester average, "Crédits capitalisés" and
the decision; "Fait à N'Djaména, le ..." and "Le Directeur des Études" with a round stamp.

Truth: one course per UE row (code "UE 3.1", title as printed, crédits, the UE average as printed with
a comma decimal, term "Semestre 3 - 2016-2017"); the ECUs and their marks are kept in the UE's `ecu`.
Crédits are LMD credits: credit_system "ects" (60 a year = 30 SH, x 1/2). A UE "Acquis par
compensation" (average 8-10 in a validated semester) is passed.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r19_an_common import (FAMILY, add_department_phrases, arabic, comma, course_truth, dmy, grid, k,
                            round_stamp, sign_block)


def parse(text):
    """Curriculum lines "code | title | cr | cat [| areas] || ecu; ecu": the ECUs go to a table."""
    plain, ecus = [], {}
    for ln in text.strip().splitlines():
        if "||" in ln:
            a, b = ln.split("||")
            ecus[a.split("|")[0].strip()] = [e.strip() for e in b.split(";") if e.strip()]
            ln = a
        plain.append(ln.rstrip().rstrip("|").rstrip())
    return C._parse("\n".join(plain)), ecus


TD_DTS = """
## 1 S1
UE 1.1 | Biologie cellulaire et histologie | 6 | B || Biologie cellulaire; Histologie générale; TP de microscopie
UE 1.2 | Chimie générale et organique | 6 | C || Chimie générale; Chimie organique; TP de chimie
UE 1.3 | Anatomie et physiologie humaines | 6 | B || Anatomie humaine; Physiologie humaine
UE 1.4 | Mathématiques et biostatistique | 4 | M || Mathématiques appliquées; Biostatistique descriptive
UE 1.5 | Hygiène et santé publique | 4 | O || Hygiène hospitalière; Santé publique
UE 1.6 | Langues et communication | 4 | O || Français; Anglais médical
## 1 S2
UE 2.1 | Biochimie structurale | 6 | C || Biochimie structurale; TP de biochimie
UE 2.2 | Microbiologie générale | 6 | B || Bactériologie générale; Virologie générale; TP de microbiologie
UE 2.3 | Hématologie générale | 6 | P || Hématopoïèse; Cytologie sanguine
UE 2.4 | Prélèvements et sécurité au laboratoire | 6 | P || Techniques de prélèvement; Biosécurité et gestion des déchets
UE 2.5 | Informatique et secourisme | 6 | O || Informatique; Secourisme
## 2 S1
UE 3.1 | Biochimie clinique I | 7 | P || Biochimie métabolique; Exploration de la fonction rénale; TP de biochimie clinique
UE 3.2 | Bactériologie médicale | 7 | P || Bactériologie systématique; Antibiogramme; TP de bactériologie
UE 3.3 | Parasitologie et mycologie | 6 | P || Parasitologie médicale; Mycologie médicale
UE 3.4 | Immunologie générale | 4 | ?B || Immunologie fondamentale; Sérologie
UE 3.5 | Stage hospitalier (8 semaines) | 6 | P | chemistry,microbiology
## 2 S2
UE 4.1 | Hématologie et hémostase | 7 | P || Hématologie cellulaire; Hémostase; TP d'hématologie
UE 4.2 | Immunohématologie et transfusion sanguine | 6 | P || Groupes sanguins; Transfusion sanguine
UE 4.3 | Virologie et sérologie | 5 | ?P || Virologie médicale; Diagnostic sérologique
UE 4.4 | Biochimie clinique II | 6 | P || Enzymologie clinique; Hormonologie
UE 4.5 | Stage hospitalier (8 semaines) | 6 | P | hematology,blood_bank
## 3 S1
UE 5.1 | Biologie moléculaire | 6 | ?B || Biologie moléculaire; Techniques de PCR
UE 5.2 | Cytologie et anatomie pathologique | 6 | ?P || Cytologie; Techniques histologiques
UE 5.3 | Assurance qualité au laboratoire | 5 | P || Gestion de la qualité; Gestion des stocks et des réactifs
UE 5.4 | Épidémiologie et méthodologie | 5 | O || Épidémiologie; Méthodologie de recherche
UE 5.5 | Législation, éthique et déontologie | 4 | O || Législation sanitaire; Éthique et déontologie
UE 5.6 | Santé communautaire | 4 | O || Santé communautaire; Éducation pour la santé
## 3 S2
UE 6.1 | Stage hospitalier de fin d'études (12 semaines) | 18 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
UE 6.2 | Mémoire de fin d'études | 12 | O || Rédaction du mémoire; Soutenance
"""

TD_LPBM = (TD_DTS.replace("Biologie cellulaire et histologie", "Biologie cellulaire et moléculaire")
           .replace("UE 1.5 | Hygiène et santé publique | 4 | O || Hygiène hospitalière; Santé publique",
                    "UE 1.5 | Physique et biophysique | 4 | O || Physique générale; Biophysique")
           .replace("Informatique et secourisme", "Informatique et bio-informatique")
           .replace("Secourisme", "Initiation à la bio-informatique")
           .replace("Santé communautaire | 4 | O || Santé communautaire; Éducation pour la santé",
                    "Génétique humaine | 4 | B || Génétique formelle; Cytogénétique")
           .replace("Mémoire de fin d'études", "Projet tutoré et rapport de stage"))

TD_LSI = """
## 1 S1
UE 1.1 | Anatomie et physiologie | 8 | B || Anatomie; Physiologie
UE 1.2 | Soins infirmiers de base | 10 | O || Fondements des soins infirmiers; Techniques de soins
UE 1.3 | Biochimie et nutrition | 6 | C || Biochimie; Nutrition
UE 1.4 | Langues et communication | 6 | O || Français; Anglais
## 1 S2
UE 2.1 | Microbiologie et hygiène | 8 | B || Microbiologie; Hygiène hospitalière
UE 2.2 | Pharmacologie | 6 | O || Pharmacologie générale; Calcul de doses
UE 2.3 | Stage clinique (6 semaines) | 16 | O
## 2 S1
UE 3.1 | Soins en médecine | 10 | O || Pathologie médicale; Soins infirmiers en médecine
UE 3.2 | Soins en chirurgie | 10 | O || Pathologie chirurgicale; Soins infirmiers en chirurgie
UE 3.3 | Psychologie et sociologie | 10 | O || Psychologie; Sociologie de la santé
## 2 S2
UE 4.1 | Santé de la mère et de l'enfant | 12 | O || Obstétrique; Pédiatrie
UE 4.2 | Stage clinique (8 semaines) | 18 | O
## 3 S1
UE 5.1 | Santé communautaire | 10 | O || Santé communautaire; Épidémiologie
UE 5.2 | Gestion des soins | 10 | O || Gestion d'une unité de soins; Législation
UE 5.3 | Méthodologie de recherche | 10 | O || Méthodologie; Biostatistique
## 3 S2
UE 6.1 | Stage d'intégration (12 semaines) | 18 | O
UE 6.2 | Mémoire de fin d'études | 12 | O || Rédaction du mémoire; Soutenance
"""

ECU = {}


def cur(cid, title, level, field, text, clin=False):
    terms, ecus = parse(text)
    ECU[cid] = ecus
    return C.Curriculum(cid, "TD", title, level, 3, field, "ects", terms, 10, 7, clinical_training=clin)


PROG = {"td_dts": "Diplôme de Technicien Supérieur en Analyses Biomédicales",
        "td_lpbm": "Licence Professionnelle en Biologie Médicale",
        "td_lsi": "Licence en Sciences Infirmières"}
FILIERE = {"td_dts": "Techniques de Laboratoire Biomédical", "td_lpbm": "Biologie Médicale",
           "td_lsi": "Sciences Infirmières"}

TD_INST = [
    Institution("École Supérieure des Techniciens de Santé du Logone", "N'Djaména", "N'Djaména", "TD",
                "Avenue Mobutu, B.P. 1174, N'Djaména", ("td_dts",), "institute",
                extra={"ministry": "MINISTÈRE DE LA SANTÉ PUBLIQUE"}),
    Institution("Université Sahélienne du Chari", "N'Djaména", "N'Djaména", "TD",
                "Quartier Farcha, B.P. 2310, N'Djaména", ("td_lpbm", "td_lsi"), "university",
                extra={"ministry": "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
                       "fac": "Faculté des Sciences de la Santé Humaine"}),
]


def _sn(rng, start_year, inst):
    return f"{rng.choice(['ESTS', 'USC'])}/{start_year % 100:02d}/{rng.randint(100, 999)}"


PACK = K.CountryPack(
    code="TD", name="Chad",
    given={"F": ["Achta", "Zenaba", "Haoua", "Mariam", "Khadidja", "Fatimé", "Nodjitoloum", "Mbaïnaissem",
                 "Remadji", "Neloumta"],
           "M": ["Mahamat", "Abakar", "Brahim", "Ngarkodje", "Djimadoum", "Nodjimbaye", "Ousmane", "Allamine",
                 "Masrangar", "Ndilbé"]},
    surnames=["Abdelkerim", "Ngarmadji", "Djibrine", "Mbaïlassem", "Hissein", "Kodbé", "Nadjitolnan", "Adoum",
              "Moussa Saleh", "Ndoubayidi", "Toralta", "Haroun"],
    middle={"F": [], "M": []},
    institutions=TD_INST,
    employers=[
        Employer("Hôpital Régional de Koumra-Est", "Koumra", "Mandoul", "TD", "Quartier Administratif, B.P. 32, Koumra",
                 "+235 22 68 10 42", "direction@hr-koumra.example"),
        Employer("Hôpital Régional du Ouaddaï Central", "Abéché", "Ouaddaï", "TD", "Route de l'Aéroport, B.P. 71, Abéché",
                 "+235 22 69 20 18", "hr-ouaddai@sante.example"),
        Employer("Centre Hospitalier Sahel-Espoir", "N'Djaména", "N'Djaména", "TD",
                 "Avenue Charles de Gaulle, B.P. 905, N'Djaména", "+235 22 51 44 07", "contact@chse.example"),
    ],
    signers=["Dr Abdelkerim Ngarmadji", "Dr Haoua Djibrine", "Dr Nadjitolnan Kodbé"],
    curricula=[cur("td_dts", PROG["td_dts"], "diploma", "medical_technology", TD_DTS, True),
               cur("td_lpbm", PROG["td_lpbm"], "bachelor", "medical_laboratory_science", TD_LPBM, True),
               cur("td_lsi", PROG["td_lsi"], "bachelor", "nursing", TD_LSI)],
    mls_curriculum="td_dts", science_curricula=["td_lpbm"], nonqualifying_curricula=["td_lsi"],
    positions_mls=["Technicien Supérieur de Laboratoire", "Technicien de Laboratoire"],
    positions_science=["Technicien Supérieur de Laboratoire", "Biologiste assistant"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("TD", {
    "blood_bank": ["banque de sang"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["bactériologie"], "immunology": ["sérologie"], "urinalysis": ["parasitologie"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["anatomie pathologique"]})

BIRTH = ["Moundou", "Sarh", "Abéché", "N'Djaména", "Doba", "Bongor", "Kélo", "Mongo", "Pala", "Koumra"]


def birth(s):
    """"Vers 1995 à Moundou" for about one in three (the year only is known), else the date."""
    town = BIRTH[k(s, "town") % len(BIRTH)]
    if k(s, "vers") % 3 == 0:
        return f"Vers {s.dob.year} à {town}", town
    return f"{dmy(s.dob)} à {town}", town


def ue_results(s):
    """[(t, [(r, ecus [(title, mark)], avg, result)], sem_avg)] for the six semesters."""
    ecus = ECU.get(s.curriculum.id, {})
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            names = ecus.get(r.spec.code, [])
            base = 6.5 + r.score * 0.13
            ms = []
            for e, nm in enumerate(names):
                m = max(6.0, min(18.5, round((base + (k(s, f"e{i}.{j}.{e}") % 13 - 6) * 0.5) * 4) / 4))
                ms.append((nm, m))
            avg = round(sum(m for _, m in ms) / len(ms), 2) if ms else \
                max(10.0, min(17.5, round((base + 1.5 + (k(s, f"st{i}") % 7 - 3) * 0.5) * 4) / 4))
            rows.append([r, ms, avg])
        tot = sum(a * r.spec.credits for r, _, a in rows)
        cr = sum(r.spec.credits for r, _, _ in rows)
        sem = round(tot / cr, 2)
        if sem < 10:      # lift the weakest UE marks: every semester of a conferred diploma was validated
            for row in rows:
                row[2] = round(row[2] + (10.2 - sem), 2)
            sem = round(sum(a * r.spec.credits for r, _, a in rows) / cr, 2)
        res = []
        for r, ms, avg in rows:
            avg = max(avg, 8.0)
            res.append((r, ms, avg, "Acquis" if avg >= 10 else "Acquis par compensation"))
        out.append((t, res, round(sum(a * r.spec.credits for r, _, a, _ in res) / cr, 2)))
    return out


def td_releve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 46, W - 46
    X = [L, L + 54, L + 318, L + 366, L + 420, R]
    bt, town = birth(s)
    pages, out = [], []
    for n, (t, rows, sem) in enumerate(ue_results(s), 1):
        p = Page(A4)
        pages.append(p)
        p.text(W / 2 - 40, 40, "RÉPUBLIQUE DU TCHAD", SB, 11, "center")
        arabic(p, W / 2 + 88, 40, "جمهورية تشاد", 11, bold=True)
        p.text(W / 2, 53, "Unité - Travail - Progrès", SI, 9, "center")
        p.text(W / 2, 68, inst.extra["ministry"], SB, 9.5, "center")
        p.hline(W / 2 - 40, W / 2 + 40, 74, 0.6)
        p.text(W / 2, 90, inst.name, SB, 12, "center")
        if inst.extra.get("fac"):
            p.text(W / 2, 103, inst.extra["fac"], S, 9.5, "center")
        p.text(W / 2, 116, f"Filière: {FILIERE[cur.id]}", S, 10, "center")
        p.text(W / 2, 146, f"RELEVÉ DE NOTES DU SEMESTRE {n}", SB, 14, "center")
        ay = f"{t.start_year}-{t.start_year + 1}"
        p.text(W / 2, 162, f"Année académique: {ay}", S, 10.5, "center")
        y = 186
        p.pieces(y, [(L, f"Nom: {person.surname.upper()}", "left"), (L + 300, f"N° matricule: {s.student_no}", "left")],
                 S, 10)
        y += 14
        p.text(L, y, f"Prénom(s): {person.given}", S, 10)
        y += 14
        p.text(L, y, f"Date et lieu de naissance: {bt}", S, 10)
        y += 14
        p.text(L, y, f"Programme: {cur.title}", S, 10)
        y += 12
        top = y
        p.rect(L, y, R - L, 24, 0, 0, fill=0.88)
        p.pieces(y + 15, [((X[0] + X[1]) / 2, "Code UE", "center"), (X[1] + 4, "Unités d'enseignement / Éléments constitutifs", "left"),
                          ((X[2] + X[3]) / 2, "Crédits", "center"), ((X[3] + X[4]) / 2, "Note/20", "center"),
                          ((X[4] + X[5]) / 2, "Résultat", "center")], SB, 8.5)
        y += 24
        p.hline(L, R, y, 0.6)
        label = f"Semestre {n} - {ay}"
        for r, ms, avg, res in rows:
            cr = int(r.spec.credits)
            p.pieces(y + 11, [(X[0] + 4, r.code, "left", SB, 9),
                              (X[1] + 4, r.spec.title, "left", SB, fit_size(r.spec.title, SB, 9, X[2] - X[1] - 8)),
                              ((X[2] + X[3]) / 2, str(cr), "center", SB, 9), ((X[3] + X[4]) / 2, comma(avg), "center", SB, 9),
                              ((X[4] + X[5]) / 2, res, "center", S, fit_size(res, S, 8.5, X[5] - X[4] - 6))], S, 9)
            y += 15
            for nm, m in ms:
                p.pieces(y + 10, [(X[1] + 18, nm, "left", S, fit_size(nm, S, 8.5, X[2] - X[1] - 24)),
                                  ((X[3] + X[4]) / 2, comma(m), "center")], S, 8.5)
                y += 13
            p.hline(L, R, y + 2, 0.3)
            y += 2
            out.append(course_truth(r, label, cr, comma(avg), "ects", result=res,
                                    ecu=[{"title": nm, "mark": comma(m)} for nm, m in ms]))
        grid(p, X, top, y)
        y += 20
        tc = int(sum(r.spec.credits for r, *_ in rows))
        p.text(L, y, f"Moyenne du semestre: {comma(sem)}/20", SB, 10.5)
        p.text(L, y + 15, f"Crédits capitalisés: {tc}/{tc}", SB, 10.5)
        p.text(L, y + 30, "Décision: Semestre validé", SB, 10.5)
        sem_end = (t.start_year + 1, 3 if t.key == "S1" else 7)
        iss = s.conferred.replace(year=sem_end[0], month=sem_end[1], day=5 + k(s, f"iss{n}") % 20)
        p.text(R, y + 62, f"Fait à N'Djaména, le {dmy(iss)}", S, 10, "right")
        sign_block(p, rng, R - 90, y + 120, "Le Directeur des Études", S, 10, 160)
        round_stamp(p, R - 170, y + 108, 34, 0.45)
        p.text(L, H - 40, "NB: Il n'est délivré qu'un seul exemplaire du présent relevé. Toute rature ou surcharge "
                          "l'annule.", SI, 7.5)
    return LayoutResult("transcript", "an_td_releve", FAMILY, pages, [f"{person.surname.upper()} {person.given}"],
                        out, "ects", {"prints_totals": False})


TRANSCRIPT_LAYOUTS = {"an_td_releve": (td_releve, FAMILY, ("TD",))}
