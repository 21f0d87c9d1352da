"""Writer P, round 8: Senegal. Country pack (Licence en Biologie Médicale, spécialité Analyses
Biomédicales, LMD, 3 years / 6 semesters of 30 crédits; Licence en Sciences Biologiques; Licence en
Sciences Infirmières) and the public university's "RELEVÉ DE NOTES" by semester.

The table is hierarchical: a teaching-unit row (UE) `BMA1101 | Biologie cellulaire | 6 | | |
12,50 | Validée` carrying the credits and the UE average, then its constituent elements (EC)
indented under it, each with its coefficient and its note /20 and no credits. The UE average is the
coefficient-weighted mean of its EC notes (two decimals); a UE averaging 8-10 is "Validée par
compensation" when the semester average (credit-weighted mean of the UE averages) is >= 10; a UE
below 8 (or below 10 without compensation) goes to the second session and its EC notes are the
rattrapage notes (footer "Session: Rattrapage"). Footer per semester "Moyenne semestrielle:
12,37/20  Crédits capitalisés: 30/30  Session: Normale"; final "Moyenne générale", "Mention".

Truth: the COURSES ARE THE UE ROWS (they alone carry credits); the EC rows are their parts and are
not courses. Grade = the printed UE average ("12,50"). Credits are LMD crédits (ECTS model, 30 a
semester): criteria.md's ECTS rate, system "ects" (x 1/2; 180 crédits = 90 SH)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page
from .r8_p_common import FAMILY, add_department_phrases, comma, course_truth, fr_long, k, parse, stamp

# UE lines "code | title | crédits | cat [| areas]"; "- EC title | coef" lines list its ECs
# (a UE without EC lines has one EC of the same title, coefficient 1).
SN_BM = """
## 1 S1
BMA1101 | Biologie cellulaire | 6 | B
- Cytologie | 2
- Histologie générale | 1
- TP Biologie cellulaire | 1
BMA1102 | Chimie générale | 6 | C
- Atomistique et liaison chimique | 2
- Thermochimie et cinétique chimique | 1
- TP Chimie générale | 1
BMA1103 | Mathématiques et statistiques | 5 | M
- Analyse mathématique | 1
- Statistique descriptive | 1
BMA1104 | Physique et biophysique | 5 | O
- Optique et radioactivité | 1
- Biophysique des solutions | 1
BMA1105 | Anatomie et physiologie humaines I | 5 | B
- Anatomie générale | 1
- Physiologie cellulaire | 1
BMA1106 | Langues et communication | 3 | O
- Anglais scientifique | 1
- Techniques d'expression écrite et orale | 1
## 1 S2
BMA1201 | Chimie organique | 6 | C
- Chimie organique générale | 2
- TP Chimie organique | 1
BMA1202 | Biochimie structurale | 6 | C
- Glucides et lipides | 1
- Protides et acides nucléiques | 1
- TP Biochimie structurale | 1
BMA1203 | Physiologie humaine II | 5 | B
- Physiologie des grandes fonctions | 2
- Neurophysiologie | 1
BMA1204 | Génétique et embryologie | 5 | B
- Génétique générale | 1
- Embryologie humaine | 1
BMA1205 | Introduction au laboratoire biomédical | 5 | O
- Hygiène et sécurité au laboratoire | 1
- Instrumentation et métrologie | 1
BMA1206 | Informatique et TIC | 3 | O
## 2 S1
BMA2101 | Microbiologie générale | 6 | B
- Bactériologie générale | 2
- Virologie générale | 1
- TP Microbiologie | 1
BMA2102 | Biochimie métabolique | 6 | C
- Métabolisme intermédiaire | 2
- Enzymologie | 1
- TP Biochimie métabolique | 1
BMA2103 | Immunologie fondamentale | 5 | B
- Immunologie générale | 2
- TP Immunologie | 1
BMA2104 | Hématologie I | 5 | P
- Hématopoïèse et cytologie sanguine | 2
- TP Hématologie | 1
BMA2105 | Parasitologie et mycologie I | 5 | P
- Parasitologie générale | 1
- Mycologie médicale | 1
BMA2106 | Anglais et éthique professionnelle | 3 | O
- Anglais médical | 1
- Éthique et déontologie | 1
## 2 S2
BMA2201 | Biochimie clinique I | 6 | P
- Exploration des fonctions rénale et hépatique | 2
- Techniques analytiques | 1
- TP Biochimie clinique | 1
BMA2202 | Bactériologie médicale | 6 | P
- Bactériologie systématique | 2
- Antibiogramme et antibiothérapie | 1
- TP Bactériologie | 1
BMA2203 | Hématologie II et hémostase | 5 | P
- Pathologie des globules rouges | 1
- Hémostase et coagulation | 1
BMA2204 | Biostatistique et épidémiologie | 5 | M
- Biostatistique | 1
- Épidémiologie | 1
BMA2205 | Histologie et anatomie pathologique | 5 | P
- Techniques histologiques | 2
- Cytopathologie | 1
BMA2206 | Santé publique | 3 | O
## 3 S1
BMA3101 | Biochimie clinique II | 6 | P
- Exploration endocrinienne | 1
- Marqueurs tumoraux et enzymes | 1
- TP Biochimie clinique | 1
BMA3102 | Immuno-hématologie et transfusion sanguine | 6 | P
- Groupes sanguins érythrocytaires | 2
- Transfusion sanguine | 1
- TP Immuno-hématologie | 1
BMA3103 | Virologie et sérologie | 5 | ?P
- Virologie médicale | 1
- Sérologie infectieuse | 1
BMA3104 | Parasitologie médicale II | 5 | P
- Paludisme et helminthoses | 2
- TP Parasitologie | 1
BMA3105 | Biologie moléculaire | 5 | B
- Techniques de biologie moléculaire | 1
- PCR et diagnostic moléculaire | 1
BMA3106 | Gestion et assurance qualité | 3 | P
- Assurance qualité au laboratoire | 1
- Législation et gestion du laboratoire | 1
## 3 S2
BMA3201 | Stage hospitalier en biologie médicale | 18 | P | chemistry,hematology,microbiology,blood_bank,immunology
- Stage en biochimie | 2
- Stage en hématologie et banque de sang | 2
- Stage en bactériologie-virologie | 2
- Stage en parasitologie | 1
BMA3202 | Mémoire de fin d'études | 8 | O
- Rapport écrit | 1
- Soutenance | 1
BMA3203 | Entrepreneuriat et insertion professionnelle | 4 | O
"""

SN_SB = """
## 1 S1
SBI1101 | Biologie cellulaire | 6 | B
- Cytologie | 2
- TP Biologie cellulaire | 1
SBI1102 | Chimie générale | 6 | C
- Atomistique | 1
- Thermochimie | 1
SBI1103 | Mathématiques | 6 | M
SBI1104 | Physique générale | 6 | O
SBI1105 | Géologie | 3 | O
SBI1106 | Anglais | 3 | O
## 1 S2
SBI1201 | Chimie organique | 6 | C
SBI1202 | Biologie animale | 6 | B
- Zoologie des invertébrés | 1
- Zoologie des vertébrés | 1
SBI1203 | Biologie végétale | 6 | B
- Botanique | 1
- TP Botanique | 1
SBI1204 | Statistique | 6 | M
SBI1205 | Techniques d'expression | 3 | O
SBI1206 | Informatique | 3 | O
## 2 S1
SBI2101 | Biochimie structurale | 6 | C
SBI2102 | Microbiologie générale | 6 | B
- Bactériologie | 2
- TP Microbiologie | 1
SBI2103 | Génétique | 6 | B
SBI2104 | Physiologie animale | 6 | B
SBI2105 | Écologie générale | 6 | O
## 2 S2
SBI2201 | Biochimie métabolique | 6 | C
SBI2202 | Physiologie végétale | 6 | B
SBI2203 | Immunologie | 6 | B
SBI2204 | Embryologie | 6 | B
SBI2205 | Chimie analytique | 6 | C
## 3 S1
SBI3101 | Microbiologie appliquée | 6 | B
SBI3102 | Biologie moléculaire | 6 | B
SBI3103 | Enzymologie | 6 | C
SBI3104 | Parasitologie générale | 6 | B
SBI3105 | Biostatistique | 6 | M
## 3 S2
SBI3201 | Stage de terrain | 12 | O
SBI3202 | Mémoire de Licence | 12 | O
SBI3203 | Méthodologie de la recherche | 6 | O
"""

SN_SI = """
## 1 S1
SIN1101 | Anatomie et physiologie | 6 | B
SIN1102 | Soins infirmiers de base | 9 | O
SIN1103 | Sciences humaines | 6 | O
SIN1104 | Biochimie | 6 | C
SIN1105 | Anglais | 3 | O
## 1 S2
SIN1201 | Microbiologie et hygiène | 6 | B
SIN1202 | Soins infirmiers en médecine | 9 | O
SIN1203 | Pharmacologie | 6 | O
SIN1204 | Stage clinique I | 9 | O
## 2 S1
SIN2101 | Soins infirmiers en chirurgie | 9 | O
SIN2102 | Santé communautaire | 9 | O
SIN2103 | Stage clinique II | 12 | O
## 2 S2
SIN2201 | Santé de la mère et de l'enfant | 9 | O
SIN2202 | Psychologie et santé mentale | 9 | O
SIN2203 | Stage clinique III | 12 | O
## 3 S1
SIN3101 | Soins infirmiers en urgence | 9 | O
SIN3102 | Gestion des services de santé | 9 | O
SIN3103 | Stage clinique IV | 12 | O
## 3 S2
SIN3201 | Recherche en soins infirmiers | 9 | O
SIN3202 | Stage d'intégration | 12 | O
SIN3203 | Mémoire | 9 | O
"""

EC = {}


def _split(table):
    rows, code = [], None
    for ln in table.strip().splitlines():
        ln = ln.strip()
        if ln.startswith("- "):
            t, c = [x.strip() for x in ln[2:].split("|")]
            EC.setdefault(code, []).append((t, int(c)))
        else:
            if ln and not ln.startswith("##"):
                code = ln.split("|")[0].strip()
            rows.append(ln)
    return parse("\n".join(rows))


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "SN", title, "bachelor", 3, field, "ects", _split(table), 11, 9,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="SN", name="Senegal",
    given={"F": ["Aminata", "Fatou", "Awa", "Mariama", "Ndèye Fatou", "Khady", "Aïssatou", "Coumba", "Astou",
                 "Binta", "Adama"],
           "M": ["Moussa", "Mamadou", "Cheikh", "Ousmane", "Ibrahima", "Abdoulaye", "Modou", "Serigne",
                 "Babacar", "Pape Malick", "Alioune"]},
    surnames=["Diop", "Ndiaye", "Fall", "Sow", "Sarr", "Diallo", "Faye", "Gueye", "Mbaye", "Cissé", "Thiam",
              "Diouf", "Seck", "Ndour"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Université de la Petite-Côte", "Mbour", "Région de Thiès", "SN", "Route de Saly, BP 412",
                    ("sn_bm", "sn_sb", "sn_si"), extra={"ufr": "UFR des Sciences de la Santé"}),
        Institution("Université des Niayes", "Dakar", "Région de Dakar", "SN", "Avenue Cheikh Anta Diop Prolongée, BP 5120",
                    ("sn_bm", "sn_sb"), extra={"ufr": "UFR de Pharmacie et de Biologie Médicale"}),
        Institution("Université du Walo", "Richard-Toll", "Région de Saint-Louis", "SN", "Route Nationale 2, BP 77",
                    ("sn_bm", "sn_si"), extra={"ufr": "UFR Santé et Développement Durable"}),
    ],
    employers=[
        Employer("Centre Hospitalier Régional de la Petite-Côte", "Mbour", "Région de Thiès", "SN",
                 "Quartier Grand Mbour, BP 55", "+221 33 555 01 24", "direction@chr-petitecote.example"),
        Employer("Hôpital Niayes-Pikine", "Pikine", "Région de Dakar", "SN", "Route des Niayes, Thiaroye",
                 "+221 33 555 01 61", "drh@hopital-niayes.example"),
        Employer("Laboratoire d'Analyses Médicales Téranga Bio", "Dakar", "Région de Dakar", "SN",
                 "12, rue Carnot, Plateau", "+221 33 555 01 90", "contact@terangabio.example", "lab"),
        Employer("Centre de Santé de Tivaouane-Nord", "Tivaouane", "Région de Thiès", "SN",
                 "Quartier Keur Mbaye", "+221 33 555 01 37", "cs-tivaouane@sante.example", "clinic"),
    ],
    signers=["Dr Mame Diarra Ndiaye", "Pr Ousmane Sy", "M. Lamine Badji", "Mme Seynabou Kane Diouf"],
    curricula=[_cur("sn_bm", "Licence en Biologie Médicale (Analyses Biomédicales)", "medical_laboratory_science",
                    SN_BM, True),
               _cur("sn_sb", "Licence en Sciences Biologiques", "biology", SN_SB),
               _cur("sn_si", "Licence en Sciences Infirmières", "nursing", SN_SI)],
    mls_curriculum="sn_bm", science_curricula=["sn_sb"], nonqualifying_curricula=["sn_si"],
    positions_mls=["Technicien Supérieur de Laboratoire", "Technicien Supérieur en Analyses Biomédicales"],
    positions_science=["Technicien de Laboratoire", "Assistant de Recherche"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(10000, 99999)}/{inst.name.split()[-1][:2].upper()}",
    honours=["Passable", "Assez Bien", "Bien"],
)
K.register(PACK)
add_department_phrases("SN", {
    "blood_bank": ["Banque de Sang", "Immuno-hématologie"], "chemistry": ["Biochimie"],
    "hematology": ["Hématologie"], "microbiology": ["Bactériologie-Virologie"],
    "immunology": ["Immunologie", "Sérologie"], "urinalysis": ["Cytologie urinaire"],
    "molecular": ["Biologie moléculaire"], "phlebotomy": ["Prélèvements"], "other": ["Parasitologie-Mycologie"]})

SEM_NO = {"S1": 1, "S2": 2}


def _q(x):
    return round(x * 4) / 4


def ec_notes(s, r, extra=0.0):
    """Each EC's note /20 (quarter points) from the course result and a stable jitter."""
    base = 7.2 + (r.score - 45) * 10.0 / 47
    out = []
    for i, (t, c) in enumerate(EC.get(r.spec.code, [(r.spec.title, 1)])):
        j = (k(s, f"ec{r.code}{i}") % 13 - 6) / 4.0
        out.append((t, c, max(4.0, min(18.5, _q(base + j + extra)))))
    return out


def ue_avg(ecs):
    return round(sum(c * n for _, c, n in ecs) / sum(c for _, c, _ in ecs), 2)


def semester(s, t):
    """[(r, ecs, avg, result)], semester average, session."""
    rows = [[r, ec_notes(s, r)] for r in t.results]
    session = "Normale"
    for _ in range(4):
        avgs = [ue_avg(e) for _, e in rows]
        m = round(sum(r.spec.credits * a for (r, _), a in zip(rows, avgs)) / sum(r.spec.credits for r, _ in rows), 2)
        bad = [i for i, a in enumerate(avgs) if a < 8 or (a < 10 and m < 10)]
        if not bad:
            break
        session = "Rattrapage"
        for i in bad:    # second-session notes replace the failed ECs' notes
            r = rows[i][0]
            rows[i][1] = [(t, c, n if n >= 10 else _q(10 + (k(s, f"rt{r.code}{t}") % 9) / 4)) for t, c, n in rows[i][1]]
    out = []
    for (r, e), a in zip(rows, avgs):
        res = "Validée" if a >= 10 else "Validée par compensation"
        out.append((r, e, a, res))
    return out, m, session


def birthplace(s):
    return ["Kaolack", "Thiès", "Dakar", "Ziguinchor", "Saint-Louis", "Louga", "Diourbel", "Tambacounda"][
        k(s, "pob") % 8]


def final_average(s):
    """(moyenne générale, mention) exactly as the relevé prints them."""
    cr = pts = 0
    for t in s.terms:
        for r, _, a, _ in semester(s, t)[0]:
            cr += r.spec.credits
            pts += r.spec.credits * a
    mg = round(pts / cr, 2)
    return mg, mention(mg)


def mention(m):
    return "Très Bien" if m >= 16 else "Bien" if m >= 14 else "Assez Bien" if m >= 12 else "Passable"


def sn_releve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 38, A4[0] - 38
    sur, giv = person.surname.upper(), person.given
    cx = [L, L + 52, R - 214, R - 180, R - 150, R - 116, R - 80, R]
    dept = "Département de Biologie Médicale" if cur.id == "sn_bm" else (
        "Département de Biologie" if cur.id == "sn_sb" else "Département des Sciences Infirmières")

    def new_page(n):
        p = Page(A4)
        p.text(L + 90, 40, "RÉPUBLIQUE DU SÉNÉGAL", FB, 9, "center")
        p.text(L + 90, 51, "Un Peuple - Un But - Une Foi", FI, 8, "center")
        p.hline(L + 60, L + 120, 56, 0.5)
        p.text(L + 90, 66, "Ministère de l'Enseignement Supérieur,", F, 7.5, "center")
        p.text(L + 90, 75, "de la Recherche et de l'Innovation", F, 7.5, "center")
        p.logo(R - 90, 52, 17, 1)
        p.text(R - 90, 82, inst.name.upper(), FB, 8.5, "center")
        p.text(R - 90, 92, inst.extra["ufr"], F, 7.5, "center")
        p.text(p.w / 2, 118, "RELEVÉ DE NOTES", FB, 15, "center")
        p.text(p.w / 2, 131, f"{dept} — Licence (LMD)", FI, 9, "center")
        y = 150
        p.pieces(y, [(L, "Nom :", "left", FB, 9), (L + 50, sur, "left"), (L + 250, "Prénom(s) :", "left", FB, 9),
                     (L + 310, giv, "left")], F, 9); y += 12
        p.pieces(y, [(L, "Né(e) le :", "left", FB, 9),
                     (L + 50, f"{s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year} à {birthplace(s)}", "left"),
                     (L + 250, "N° Carte :", "left", FB, 9), (L + 310, s.student_no, "left")], F, 9); y += 12
        if n == 1:
            p.pieces(y, [(L, "Domaine :", "left", FB, 9), (L + 50, "Sciences de la Santé" if cur.id != "sn_sb" else
                                                            "Sciences et Technologies", "left"),
                         (L + 250, "Mention :", "left", FB, 9), (L + 310, cur.title.replace("Licence en ", ""), "left")],
                     F, 9); y += 12
        return p, y + 10

    fl = Flow(new_page, 70)
    out, tot_cr, tot_pts = [], 0, 0.0
    for t in s.terms:
        sem = (t.year - 1) * 2 + SEM_NO[t.key]
        ay = f"{t.start_year}-{t.start_year + 1}"
        rows, m, session = semester(s, t)
        nrow = sum(1 + len(EC.get(r.spec.code, [1])) for r, *_ in rows)
        fl.need(60 + 10.5 * nrow)
        p, y = fl.page, fl.y
        p.rect(L, y - 10, R - L, 14, 0.6, 0, fill=0.9)
        p.pieces(y, [(L + 4, f"Semestre {sem}", "left", FB, 10), (R - 4, f"Année universitaire {ay}", "right", F, 9)],
                 F, 9)
        y += 16
        p.hline(L, R, y - 9, 0.7)
        heads1 = [(cx[0] + 3, "Code UE", "left"), (cx[1] + 3, "Intitulé UE / EC", "left"),
                  ((cx[2] + cx[3]) / 2, "Crédits", "center"), ((cx[3] + cx[4]) / 2, "Coef.", "center"),
                  ((cx[4] + cx[5]) / 2, "Note/20", "center"), ((cx[5] + cx[6]) / 2, "Moyenne", "center"),
                  ((cx[6] + cx[7]) / 2, "Résultat", "center")]
        p.pieces(y, heads1, FB, 8)
        p.text((cx[5] + cx[6]) / 2, y + 9, "UE", FB, 8, "center")
        p.hline(L, R, y + 13, 0.7)
        ytop = y - 9
        y += 24
        for r, ecs, a, res in rows:
            c = int(r.spec.credits)
            small = res == "Validée par compensation"
            p.pieces(y, [(cx[0] + 3, r.code, "left", FB, 8), (cx[1] + 3, r.spec.title, "left", FB, 8),
                         ((cx[2] + cx[3]) / 2, str(c), "center"), ((cx[5] + cx[6]) / 2, comma(a), "center", FB, 8),
                         ((cx[6] + cx[7]) / 2, res, "center", F, 6.3 if small else 7.5)], F, 8)
            y += 10.5
            for tt, co, n in ecs:
                p.pieces(y, [(cx[1] + 14, f"EC {tt}", "left", FI, 7.6), ((cx[3] + cx[4]) / 2, str(co), "center"),
                             ((cx[4] + cx[5]) / 2, comma(n), "center")], F, 7.6)
                y += 10
            p.hline(L, R, y - 7.5, 0.25, 0.5)
            out.append(course_truth(r, f"Semestre {sem} {ay}", c, comma(a), "ects",
                                    ue_result=res, session=session))
            tot_cr += c
            tot_pts += c * a
        for x in cx:
            p.vline(x, ytop, y - 7.5, 0.5)
        p.rect(L, ytop, R - L, y - 7.5 - ytop, 0.8)
        y += 6
        scr = int(sum(r.spec.credits for r, *_ in rows))
        p.pieces(y, [(L, f"Moyenne semestrielle : {comma(m)}/20", "left", FB, 8.5),
                     (L + 190, f"Crédits capitalisés : {scr}/{scr}", "left"),
                     (L + 340, f"Session : {session}", "left")], F, 8.5)
        y += 11
        p.text(L, y, "Décision du jury : Semestre validé", FI, 8.5)
        fl.y = y + 22
    mg = round(tot_pts / tot_cr, 2)
    fl.need(170)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 8, 1.0)
    y += 6
    p.pieces(y, [(L, "Total crédits capitalisés :", "left", FB, 9.5), (L + 150, f"{tot_cr}/{tot_cr}", "left"),
                 (L + 250, "Moyenne générale :", "left", FB, 9.5), (L + 360, f"{comma(mg)}/20", "left")], F, 9.5)
    y += 13
    p.pieces(y, [(L, "Mention :", "left", FB, 9.5), (L + 150, mention(mg), "left"),
                 (L + 250, "Délibération du :", "left", FB, 9.5), (L + 360, fr_long(s.conferred), "left")], F, 9.5)
    y += 13
    p.text(L, y, f"Diplôme : {cur.title}", F, 9.5)
    y += 16
    p.text(L, y, "Barème : notes sur 20 ; une UE est acquise si sa moyenne est >= 10/20 ou par compensation "
           "(moyenne >= 8/20 et", F, 7)
    p.text(L, y + 8.5, "moyenne semestrielle >= 10/20). Crédits ECTS : 30 par semestre. Il n'est délivré qu'un "
           "seul exemplaire du présent relevé.", F, 7)
    yb = p.h - 100
    p.text(R - 120, yb - 46, f"Fait à {inst.city}, le {fr_long(s.conferred)}", F, 9, "center")
    p.text(R - 120, yb - 34, "Le Chef du Service de la Scolarité", FB, 9, "center")
    p.signature(R - 170, yb - 6, 100, rng)
    p.text(R - 120, yb + 6, rng.choice(PACK.signers), F, 9, "center")
    stamp(p, L, yb + 16, ["SCOLARITÉ", inst.name.upper(), "— VISA —"], size=7, gray=0.35)
    p.seal(R - 210, yb - 12, 26, 0.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 28, f"Page {i}/{n} — Relevé N° {k(s, 'sn-rel') % 90000 + 10000}", F, 7, "center")
    return LayoutResult("transcript", "sn_releve_lmd", FAMILY, fl.pages, [f"{sur}, {giv}"], out, "ects",
                        {"prints_totals": True, "total_credits": tot_cr, "average": mg})


TRANSCRIPT_LAYOUTS = {"sn_releve_lmd": (sn_releve, FAMILY, ("SN",))}
