"""Writer AE, round 15: France (FR). Country pack (invented universities with an IUT: the "DUT Génie
biologique, option Analyses biologiques et biochimiques (ABB)", two years, four semesters, 120 ECTS;
a UFR's "Licence Sciences de la vie", three years, 180 ECTS; an IFSI's "Diplôme d'État d'infirmier"
with its grade de licence) and the "RELEVÉ DE NOTES ET RÉSULTATS", ONE PAGE PER SEMESTER: the head
"Université ... — IUT de ... — Département Génie biologique", "Année universitaire 2014/2015",
"Semestre 1", N° étudiant, name and birth date; a table by teaching unit: a bold UE row on a light
grey band ("UE 11 Sciences fondamentales", Coef. 10, ECTS 15, average "12,84/20", result "ADM" or
"ADAC") followed by its modules as plain rows (code "M1101", title, coefficient "2,5", mark /20
"14,25", a second mark in the Rattrapage column when the student resat it; NO ECTS of their own);
columns Code | Intitulé | Coef. | ECTS | Note /20 | Rattrapage | Résultat. Under the table:
"Moyenne générale du semestre: 12,87/20 Rang: 23/84", "Décision du jury: Semestre validé (ADM)" or
"Semestre validé par compensation (ADAC)", "Crédits ECTS acquis: 30". Semester 4 of the DUT holds
"Stage en laboratoire d'analyses médicales (10 semaines)" as its own UE (12 ECTS, a mark, no module
rows). Footer of each page: the key of the results, "Fait à ..., le ...", "Le Directeur de l'IUT"
and a round stamp.

Truth: credit_system "ects" (2 ECTS = 1 SH, as every earlier round's ECTS designs). A course row is
a TEACHING UNIT (UE): code "UE 11", its title, the ECTS printed on it, grade = its average as
printed ("12,84/20"), result "ADM"/"ADAC"; its modules are kept as `modules` [{code, title, coef,
note, rattrapage}]. Module rows carry no ECTS and are not course rows. A UE whose average is under
10 is validated by compensation inside a semester whose average is at least 10 (every printed UE
earns its ECTS, so "Crédits ECTS acquis" is the semester's 30). Mixed UEs (chemistry and
mathematics, biochemistry and instrumental analysis) take the category of their heaviest modules
and are marked ambiguous. The DUT is a two-year short-cycle diploma: level "diploma", years 2.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r15_ae_common import FAMILY, add_department_phrases, comma, course_truth, fr_date, k, ring_stamp, sign_block

# UE lines "code | title | ECTS | cat [| areas] [| coef N]", module lines "- code | title | coef"
FR_DUT = """
## 1 S1
UE 11 | Sciences fondamentales | 12 | ?C
- M1101 | Biochimie structurale | 2,5
- M1102 | Chimie générale et minérale | 2
- M1103 | Chimie organique | 1,5
- M1104 | Mathématiques et statistiques | 2
UE 12 | Sciences biologiques | 12 | B
- M1201 | Biologie cellulaire | 2,5
- M1202 | Physiologie animale | 2
- M1203 | Microbiologie générale | 2
- M1204 | Techniques d'analyse en biologie | 1,5
UE 13 | Formation générale et professionnelle | 6 | O
- M1301 | Expression - Communication | 1,5
- M1302 | Anglais | 1,5
- M1303 | Projet personnel et professionnel | 1
## 1 S2
UE 21 | Sciences fondamentales 2 | 12 | ?C
- M2101 | Biochimie métabolique | 2,5
- M2102 | Chimie analytique | 2
- M2103 | Physique et biophysique | 1,5
- M2104 | Statistiques appliquées | 2
UE 22 | Biologie et techniques | 12 | B
- M2201 | Génétique et biologie moléculaire | 2,5
- M2202 | Immunologie fondamentale | 2
- M2203 | Microbiologie appliquée | 2
- M2204 | Histologie | 1,5
UE 23 | Formation générale et professionnelle 2 | 6 | O
- M2301 | Expression - Communication | 1,5
- M2302 | Anglais | 1,5
- M2303 | Informatique et bureautique | 1
## 2 S1
UE 31 | Biologie médicale 1 | 12 | P
- M3101 | Biochimie clinique | 2,5
- M3102 | Hématologie cellulaire | 2,5
- M3103 | Microbiologie médicale | 2
- M3104 | Immunologie et sérologie | 1
UE 32 | Analyses biochimiques | 12 | ?C
- M3201 | Enzymologie | 2,5
- M3202 | Techniques chromatographiques et spectrales | 2,5
- M3203 | Biologie moléculaire appliquée | 2
- M3204 | Qualité et métrologie au laboratoire | 1
UE 33 | Formation générale et professionnelle 3 | 6 | O
- M3301 | Expression - Communication | 1,5
- M3302 | Anglais | 1,5
- M3303 | Projet personnel et professionnel | 1
## 2 S2
UE 41 | Biologie médicale 2 | 10 | P
- M4101 | Hémostase et immunohématologie | 2,5
- M4102 | Parasitologie et mycologie | 2
- M4103 | Bactériologie clinique | 1,5
- M4104 | Cytologie et histologie pathologique | 1
UE 42 | Projet tutoré et formation générale | 8 | O
- M4201 | Projet tutoré | 2
- M4202 | Anglais | 1,5
- M4203 | Expression - Communication | 1,5
UE 43 | Stage en laboratoire d'analyses médicales (10 semaines) | 12 | P | chemistry,hematology,microbiology,blood_bank | coef 8
"""

FR_LSV = """
## 1 S1
UE 11 | Biologie cellulaire et moléculaire | 12 | B
- L1B11 | Biologie cellulaire | 3
- L1B12 | Biologie moléculaire | 3
UE 12 | Chimie | 9 | C
- L1C11 | Atomistique et liaisons | 2
- L1C12 | Thermochimie | 1
UE 13 | Mathématiques | 6 | M
- L1M11 | Analyse | 2
UE 14 | Langues et méthodologie | 3 | O
- L1A11 | Anglais | 1
## 1 S2
UE 21 | Biologie des organismes | 12 | B
- L2B21 | Biologie animale | 3
- L2B22 | Biologie végétale | 3
UE 22 | Chimie organique | 9 | C
- L2C21 | Chimie organique | 3
UE 23 | Physique | 6 | O
- L2P21 | Physique générale | 2
UE 24 | Langues et méthodologie 2 | 3 | O
- L2A21 | Anglais | 1
## 2 S1
UE 31 | Biochimie | 12 | C
- L3B31 | Biochimie structurale | 2
- L3B32 | Enzymologie | 2
UE 32 | Génétique | 9 | B
- L3G31 | Génétique formelle | 3
UE 33 | Statistiques | 6 | M
- L3M31 | Biostatistiques | 2
UE 34 | Anglais | 3 | O
- L3A31 | Anglais scientifique | 1
## 2 S2
UE 41 | Microbiologie | 12 | B
- L4M41 | Microbiologie générale | 2
- L4M42 | Virologie | 1
UE 42 | Physiologie animale | 12 | B
- L4P41 | Physiologie des grandes fonctions | 3
UE 43 | Langues et préprofessionnalisation | 6 | O
- L4A41 | Anglais | 1
- L4A42 | Projet professionnel | 1
## 3 S1
UE 51 | Immunologie | 12 | ?B
- L5I51 | Immunologie générale | 3
UE 52 | Biologie moléculaire | 12 | B
- L5B51 | Génomique | 2
- L5B52 | Techniques de biologie moléculaire | 2
UE 53 | Anglais | 6 | O
- L5A51 | Anglais scientifique | 2
## 3 S2
UE 61 | Écologie | 12 | ?B
- L6E61 | Écologie des populations | 3
UE 62 | Physiologie cellulaire | 12 | B
- L6P61 | Signalisation cellulaire | 3
UE 63 | Stage d'initiation à la recherche | 6 | O | | coef 2
"""

FR_DEI = """
## 1 S1
UE 11 | Sciences humaines, sociales et droit | 6 | O
- 1.1.S1 | Psychologie, sociologie, anthropologie | 3
- 1.3.S1 | Législation, éthique, déontologie | 3
UE 12 | Sciences biologiques et médicales | 12 | ?B
- 2.1.S1 | Biologie fondamentale | 1
- 2.2.S1 | Cycles de la vie et grandes fonctions | 3
- 2.10.S1 | Infectiologie, hygiène | 2
UE 13 | Sciences et techniques infirmières | 12 | O
- 3.1.S1 | Raisonnement et démarche clinique infirmière | 2
- 5.1.S1 | Accompagnement de la personne | 2
- 6.1.S1 | Méthodes de travail | 1
## 1 S2
UE 21 | Sciences biologiques et médicales 2 | 12 | O
- 2.3.S2 | Santé, maladie, handicap, accidents de la vie | 2
- 2.6.S2 | Processus psychopathologiques | 3
UE 22 | Soins infirmiers 2 | 18 | O
- 3.2.S2 | Projet de soins infirmiers | 2
- 4.1.S2 | Soins de confort et de bien-être | 2
## 2 S1
UE 31 | Soins infirmiers 3 | 30 | O
- 3.3.S3 | Rôles infirmiers, organisation du travail | 2
- 4.2.S3 | Soins relationnels | 2
## 2 S2
UE 41 | Soins infirmiers 4 | 30 | O
- 4.3.S4 | Soins d'urgence | 2
- 4.5.S4 | Soins infirmiers et gestion des risques | 2
## 3 S1
UE 51 | Soins infirmiers 5 | 30 | O
- 4.4.S5 | Thérapeutiques et contribution au diagnostic médical | 2
- 4.7.S5 | Soins palliatifs et fin de vie | 2
## 3 S2
UE 61 | Intégration des savoirs | 30 | O
- 3.4.S6 | Initiation à la démarche de recherche | 2
- 5.6.S6 | Analyse de la qualité et traitement des données scientifiques | 2
"""


def parse_ue(cid, text):
    lines, mods, coefs = [], {}, {}
    cur = None
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("- "):
            mc, mt, cf = [x.strip() for x in line[2:].split("|")]
            mods[(cid, cur)].append((mc, mt, cf))
            continue
        if line.startswith("##") or not line:
            lines.append(line)
            continue
        parts = [x.strip() for x in line.split("|")]
        cur = parts[0]
        mods[(cid, cur)] = []
        if parts[-1].startswith("coef "):
            coefs[(cid, cur)] = parts[-1][5:]
            parts = parts[:-1]
        if len(parts) == 5 and not parts[4]:
            parts = parts[:4]
        lines.append(" | ".join(parts))
    return C._parse("\n".join(lines)), mods, coefs


_T1, M1, K1 = parse_ue("fr_dut_abb", FR_DUT)
_T2, M2, K2 = parse_ue("fr_lsv", FR_LSV)
_T3, M3, K3 = parse_ue("fr_dei", FR_DEI)
MODS = {**M1, **M2, **M3}
UECOEF = {**K1, **K2, **K3}

HEAD = {"fr_dut_abb": ("iut", "Département Génie biologique"),
        "fr_lsv": ("ufr", "Département de Biologie"),
        "fr_dei": ("ifsi", "Formation conduisant au Diplôme d'État d'infirmier")}
SIGNER = {"iut": "Le Directeur de l'IUT", "ufr": "Le Directeur de l'UFR", "ifsi": "La Directrice de l'IFSI"}

FR_INST = [
    Institution("Université Val-de-Saône", "Chalon-sur-Saône", "Bourgogne-Franche-Comté", "FR",
                "4 boulevard Dominique-Vivant", ("fr_dut_abb", "fr_lsv", "fr_dei"), "university",
                extra={"iut": "IUT de Chalon-sur-Saône", "ufr": "UFR Sciences et Techniques",
                       "ifsi": "IFSI du Chalonnais", "rector": "Dijon", "iut_dir": "Pr Hervé Lambrecht",
                       "pres": "Pr Anne-Sophie Vautrin"}),
    Institution("Université Côte d'Opale-Artois", "Béthune", "Hauts-de-France", "FR",
                "1230 rue de l'Université", ("fr_dut_abb", "fr_lsv", "fr_dei"), "university",
                extra={"iut": "IUT de Béthune", "ufr": "UFR des Sciences de la vie", "ifsi": "IFSI de l'Artois",
                       "rector": "Lille", "iut_dir": "M. Patrice Delhaye", "pres": "Pr Jean-Marc Lefebvre"}),
]


def _cur(cid, title, level, years, field, terms, clin=False):
    return C.Curriculum(cid, "FR", title, level, years, field, "ects", terms, 9, 6, clinical_training=clin)


PACK = K.CountryPack(
    code="FR", name="France",
    given={"F": ["Camille", "Léa", "Manon", "Chloé", "Pauline", "Marion", "Audrey", "Émilie", "Julie", "Sarah"],
           "M": ["Thomas", "Nicolas", "Julien", "Maxime", "Romain", "Kevin", "Antoine", "Florian", "Quentin", "Hugo"]},
    surnames=["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Roux", "Chevalier",
              "Garnier", "Faure", "Rousseau", "Mercier", "Blanchard"],
    middle={"F": [], "M": []},
    institutions=FR_INST,
    employers=[
        Employer("Centre Hospitalier de la Haute-Bresse", "Louhans", "Bourgogne-Franche-Comté", "FR",
                 "185 avenue Fernand-Point", "03 85 76 40 00", "drh@ch-hautebresse.example"),
        Employer("Centre Hospitalier Intercommunal Artois-Lys", "Lens", "Hauts-de-France", "FR",
                 "99 route de La Bassée", "03 21 69 10 00", "recrutement@chi-artoislys.example"),
        Employer("Centre Hospitalier Régional de Saône-et-Doubs", "Besançon", "Bourgogne-Franche-Comté", "FR",
                 "3 boulevard Alexandre-Fleming", "03 81 66 81 66", "drh@chr-saonedoubs.example"),
        Employer("Laboratoire de biologie médicale BioVal", "Mâcon", "Bourgogne-Franche-Comté", "FR",
                 "12 rue Gambetta", "03 85 21 44 00", "rh@bioval.example", "lab"),
    ],
    signers=["Mme Nathalie Perrin", "M. Olivier Carpentier", "Mme Isabelle Leroux"],
    curricula=[_cur("fr_dut_abb", "Diplôme universitaire de technologie Génie biologique, option Analyses "
                                  "biologiques et biochimiques", "diploma", 2, "medical_laboratory_science", _T1, True),
               _cur("fr_lsv", "Licence Sciences de la vie", "bachelor", 3, "biology", _T2),
               _cur("fr_dei", "Diplôme d'État d'infirmier", "bachelor", 3, "nursing", _T3)],
    mls_curriculum="fr_dut_abb", science_curricula=["fr_lsv"], nonqualifying_curricula=["fr_dei"],
    positions_mls=["Technicien de laboratoire médical"],
    positions_science=["Technicien de laboratoire", "Technicien de recherche"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"2{sy % 100:02d}{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("FR", {
    "blood_bank": ["immuno-hématologie"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["microbiologie"], "immunology": ["immunologie"], "urinalysis": ["cytologie urinaire"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["hémostase"]})


def fnum(x):
    """French figure for a coefficient / ECTS: '2,5', '10'."""
    return str(int(x)) if float(x) % 1 == 0 else comma(float(x), 1)


def q(x):
    return round(x * 4) / 4


def semester_marks(s, i, t):
    """[(r, ue coef, [(mcode, mtitle, coef, note, rattrapage or None)], ue avg)], semester avg."""
    cid = s.curriculum.id
    bump = 0.0
    while True:
        out = []
        for j, r in enumerate(t.results):
            base = 10 + (r.score - 45) / 47 * 6.5 + bump
            mods = []
            for m, (mc, mt, cf) in enumerate(MODS[(cid, r.spec.code)]):
                v = q(min(19.5, max(6.0, base + ((k(s, f"n{i}.{j}.{m}") % 13) - 6) * 0.55)))
                rat = None
                if v < 8.5 and k(s, f"r{i}.{j}.{m}") % 3:
                    rat = q(10 + (k(s, f"rv{i}.{j}.{m}") % 9) * 0.5)
                mods.append((mc, mt, float(cf.replace(",", ".")), v, rat))
            if mods:
                cs = sum(m[2] for m in mods)
                avg = round(sum(m[2] * (m[4] if m[4] is not None else m[3]) for m in mods) / cs + 1e-9, 2)
            else:
                cs = float(UECOEF[(cid, r.spec.code)])
                avg = q(min(18.5, base + 1 + (k(s, f"st{i}.{j}") % 5) * 0.5))
            out.append((r, cs, mods, avg))
        sem = round(sum(c * a for _, c, _, a in out) / sum(c for _, c, _, a in out) + 1e-9, 2)
        if sem >= 10.3 and min(a for *_, a in out) >= 8:
            return out, sem
        bump += 0.5


def semname(t):
    return f"Semestre {(t.year - 1) * 2 + (1 if t.key == 'S1' else 2)}"


def fr_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 46, W - 46
    X = [L, L + 50, L + 284, L + 326, L + 360, L + 408, L + 456, R]
    kind, dept = HEAD[cur.id]
    comp = inst.extra[kind]
    pages, out = [], []
    nm = f"{person.surname.upper()} {' '.join(x for x in (person.given, person.middle) if x)}"
    total_n = 60 + k(s, "promo") % 60
    for i, t in enumerate(s.terms):
        rows, sem = semester_marks(s, i, t)
        p = Page(A4)
        pages.append(p)
        p.logo(L + 18, 50, 17, 2, 0.35)
        p.text(L + 42, 44, inst.name, SB, 10.5)
        p.text(L + 42, 56, f"{comp} — {dept}", S, 8.5)
        p.text(L + 42, 67, f"{inst.street} - {inst.city}", S, 7.5)
        p.text(W / 2, 104, "RELEVÉ DE NOTES ET RÉSULTATS", SB, 14, "center")
        ay = f"Année universitaire {t.start_year}/{t.start_year + 1}"
        sn = semname(t)
        p.pieces(124, [(L, ay, "left"), (R, sn, "right", SB, 10)], S, 9.5)
        p.hline(L, R, 131, 0.6)
        p.pieces(146, [(L, f"N° étudiant: {s.student_no}", "left"), (L + 160, f"Nom: {nm}", "left")], S, 9)
        p.pieces(159, [(L, f"Né{'e' if person.sex == 'F' else ''} le: {s.dob.strftime('%d/%m/%Y')}", "left"),
                       (L + 160, f"Formation: {cur.title}", "left", S,
                        fit_size(f"Formation: {cur.title}", S, 9, R - L - 160, 5.5))], S, 9)
        y = 178
        p.rect(L, y, R - L, 16, 0.6, 0.0, fill=0.8)
        p.pieces(y + 11, [(X[0] + 3, "Code", "left"), (X[1] + 3, "Intitulé", "left"),
                          ((X[2] + X[3]) / 2, "Coef.", "center"), ((X[3] + X[4]) / 2, "ECTS", "center"),
                          ((X[4] + X[5]) / 2, "Note /20", "center"), ((X[5] + X[6]) / 2, "Rattrapage", "center"),
                          ((X[6] + X[7]) / 2, "Résultat", "center")], SB, 8)
        y += 16
        ects = 0
        adac = False
        for r, cs, mods, avg in rows:
            res = "ADM" if avg >= 10 else "ADAC"
            adac = adac or res == "ADAC"
            title = r.spec.title
            p.rect(L, y, R - L, 14, 0.4, 0.0, fill=0.9)
            ts = fit_size(title, SB, 8, X[2] - X[1] - 6, 5.5)
            p.pieces(y + 10, [(X[0] + 3, r.spec.code, "left"), (X[1] + 3, title, "left", SB, ts),
                              ((X[2] + X[3]) / 2, f"Coef. {fnum(cs)}", "center"),
                              ((X[3] + X[4]) / 2, fnum(r.spec.credits), "center"),
                              ((X[4] + X[5]) / 2, f"{comma(avg)}/20", "center"),
                              ((X[6] + X[7]) / 2, res, "center")], SB, 8)
            y += 14
            for mc, mt, cf, v, rat in mods:
                ms = fit_size(mt, S, 8, X[2] - X[1] - 14, 5.5)
                p.pieces(y + 9.5, [(X[0] + 3, mc, "left"), (X[1] + 11, mt, "left", S, ms),
                                   ((X[2] + X[3]) / 2, fnum(cf), "center"),
                                   ((X[4] + X[5]) / 2, comma(v), "center"),
                                   ((X[5] + X[6]) / 2, comma(rat) if rat is not None else "", "center")], S, 8)
                y += 13
                p.hline(L, R, y, 0.2, 0.6)
            ects += r.spec.credits
            out.append(course_truth(r, f"{sn}, {t.start_year}/{t.start_year + 1}", r.spec.credits,
                                    f"{comma(avg)}/20", "ects", code=r.spec.code, result=res, coef=fnum(cs),
                                    modules=[{"code": a, "title": b, "coef": fnum(c), "note": comma(d),
                                              "rattrapage": comma(e) if e is not None else None}
                                             for a, b, c, d, e in mods]))
        p.rect(L, 178, R - L, y - 178, 0.7, 0.0)
        for x in X[1:-1]:
            p.vline(x, 178, y, 0.3)
        y += 20
        rank = 1 + k(s, f"rk{i}") % max(2, int(total_n * (1.15 - (sem - 9) / 9)))
        rank = min(rank, total_n)
        p.spaced(L, y, [f"Moyenne générale du semestre: {comma(sem)}/20", f"Rang: {rank}/{total_n}"], SB, 9.5, 30)
        dec = "Semestre validé par compensation (ADAC)" if adac else "Semestre validé (ADM)"
        p.text(L, y + 15, f"Décision du jury: {dec}", S, 9.5)
        p.text(L, y + 30, f"Crédits ECTS acquis: {fnum(ects)}", S, 9.5)
        p.text(L, H - 150, "ADM: admis, ADAC: admis par compensation, AJ: ajourné, ABS: absent", SI, 7.5)
        jury = (t.start_year + 1 if t.key == "S1" else t.start_year + 1)
        import datetime as _dt
        d = _dt.date(jury, 2, 3 + k(s, f"j{i}") % 20) if t.key == "S1" else _dt.date(jury, 7, 1 + k(s, f"j{i}") % 9)
        if i == len(s.terms) - 1:
            d = s.conferred + _dt.timedelta(days=3)
        p.text(L, H - 122, f"Fait à {inst.city}, le {fr_date(d)}", S, 9)
        sign_block(p, rng, R - 110, H - 78, SIGNER[kind], S, 8.5, 150)
        ring_stamp(p, R - 200, H - 92, 30, f"{inst.name.upper()} * {comp.upper()} *", "Scolarité")
        p.text(W / 2, H - 26, f"{sn} - {ay} - page {i + 1}/{len(s.terms)}", S, 6.8, "center")
    return LayoutResult("transcript", "ae_fr_releve", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ae_fr_releve": (fr_transcript, FAMILY, ("FR",))}
