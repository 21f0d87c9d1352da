"""Writer S, round 9: Tunisia (TN). Country pack (Licence Appliquée en Biologie Analyses Médicales of
an invented higher institute of health technologies, LMD: 3 years, 6 semesters of 30 credits;
Licence Fondamentale en Sciences Biologiques; Licence Appliquée en Sciences Infirmières) and the
institute's "RELEVÉ DE NOTES", ONE PAGE PER YEAR: the French letterhead on the left, the same lines
in Arabic on the right drawn as pictures (round 4's shaper), the emblem between them; the student
block; one table per year with two-line headers `Unité d'enseignement | Élément constitutif |
Crédits | Coef. | Contrôle continu | Examen | Moyenne | Session`; each teaching unit (UE) is a
MERGED CELL of the first column spanning its 2-3 element rows, its name (wrapped) centred
vertically across them (its code "UEF110" / "UET150" over its name), moved off any element's
baseline; a shaded "Semestre N" row spans the
table; marks /20 with a decimal comma, Moyenne = 0,4 x CC + 0,6 x Examen exactly (CC and Examen in
quarter points); an element failed at the main session shows the "Session de contrôle" mark in the
Examen column and "Contrôle"; hospital stages and the mémoire have a Moyenne only. Year footer
"Moyenne annuelle : 12,48   Crédits acquis : 60/60   Décision : Admis — Mention : Assez Bien" (the
coefficient-weighted mean of the printed Moyennes; "Mention : Passable" after a session de
contrôle); "Tunis, le 14/07/2019" and the Director's signature with the round stamp.

The course rows of the truth are the ELEMENT rows (they carry the credits; the UE cell does not),
printed without a code (code null), term "Semestre N", grade the printed Moyenne "13,50".
Credits: LMD credits are ECTS (60 a year): ECTS x 1/2 (criteria.md)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r3_f_common import parse as parse_local
from .r9_s_common import FAMILY, by_reading_order, add_department_phrases, arabic, comma, course_truth, k, r2, round_stamp, sign_block

UE = {}     # element code -> UE name as printed

TN_BAM = """
## 1 S1
BAM111 | Sciences chimiques | Chimie générale | 3 | C
BAM112 | Sciences chimiques | Chimie organique | 3 | C
BAM113 | Sciences chimiques | Travaux pratiques de chimie | 2 | C
BAM121 | Biologie fondamentale | Biologie cellulaire | 3 | B
BAM122 | Biologie fondamentale | Histologie et embryologie | 3 | B
BAM131 | Anatomie et physiologie | Anatomie humaine | 3 | B
BAM132 | Anatomie et physiologie | Physiologie humaine I | 3 | B
BAM141 | Outils scientifiques | Biostatistique | 2 | M
BAM142 | Outils scientifiques | Physique et biophysique | 3 | O
BAM151 | Unité transversale I | Anglais scientifique I | 2 | O
BAM152 | Unité transversale I | Techniques de communication | 2 | O
BAM153 | Unité transversale I | Culture et compétences numériques | 1 | O
## 1 S2
BAM211 | Biochimie structurale | Biochimie structurale | 3 | C
BAM212 | Biochimie structurale | Enzymologie | 3 | C
BAM221 | Microbiologie générale | Bactériologie générale | 3 | B
BAM222 | Microbiologie générale | Techniques de stérilisation et d'asepsie | 2 | ?O
BAM231 | Hématologie fondamentale | Hématologie générale | 3 | P
BAM232 | Hématologie fondamentale | Techniques d'hématologie | 3 | P
BAM241 | Immunologie et génétique | Immunologie fondamentale | 3 | ?B
BAM242 | Immunologie et génétique | Génétique humaine | 3 | B
BAM251 | Physiologie et hygiène | Physiologie humaine II | 3 | B
BAM252 | Physiologie et hygiène | Hygiène hospitalière | 2 | O
BAM261 | Unité transversale II | Anglais scientifique II | 1 | O
BAM262 | Unité transversale II | Droits de l'Homme et éthique | 1 | O
## 2 S1
BAM311 | Biochimie clinique I | Biochimie métabolique | 3 | C
BAM312 | Biochimie clinique I | Biochimie clinique I | 3 | P
BAM321 | Bactériologie médicale | Bactériologie médicale I | 3 | P
BAM322 | Bactériologie médicale | Techniques de bactériologie | 3 | P
BAM331 | Parasitologie - Mycologie | Parasitologie médicale | 3 | P
BAM332 | Parasitologie - Mycologie | Mycologie médicale | 2 | P
BAM341 | Hématologie cellulaire et hémostase | Cytologie hématologique | 3 | P
BAM342 | Hématologie cellulaire et hémostase | Hémostase et coagulation | 3 | P
BAM351 | Pharmacologie et toxicologie | Pharmacologie générale | 2 | O
BAM352 | Pharmacologie et toxicologie | Toxicologie analytique | 2 | ?C
BAM361 | Unité transversale III | Anglais scientifique III | 1 | O
BAM362 | Unité transversale III | Gestion de la qualité au laboratoire | 2 | P
## 2 S2
BAM411 | Biochimie clinique II | Biochimie clinique II | 3 | P
BAM412 | Biochimie clinique II | Hormonologie | 3 | ?P
BAM421 | Immuno-hématologie et transfusion | Immuno-hématologie | 3 | P
BAM422 | Immuno-hématologie et transfusion | Transfusion sanguine | 3 | P
BAM431 | Virologie et immunologie clinique | Virologie médicale | 3 | ?P
BAM432 | Virologie et immunologie clinique | Immunologie clinique | 2 | ?B
BAM441 | Anatomie pathologique | Techniques d'histopathologie | 3 | P
BAM442 | Anatomie pathologique | Cytopathologie | 2 | P
BAM451 | Stage hospitalier I | Stage de biochimie clinique | 4 | P | chemistry
BAM452 | Stage hospitalier I | Stage d'hématologie | 4 | P | hematology
## 3 S1
BAM511 | Biologie moléculaire | Biologie moléculaire | 3 | B
BAM512 | Biologie moléculaire | Diagnostic moléculaire | 3 | ?P | molecular
BAM521 | Bactériologie spéciale | Bactériologie médicale II | 3 | P
BAM522 | Bactériologie spéciale | Antibiogramme et résistance bactérienne | 2 | P
BAM531 | Automatisation et informatique | Automates en biologie médicale | 3 | P
BAM532 | Automatisation et informatique | Informatique de laboratoire | 2 | O
BAM541 | Stage hospitalier II | Stage de microbiologie | 4 | P | microbiology
BAM542 | Stage hospitalier II | Stage de banque du sang | 4 | P | blood_bank
BAM551 | Gestion et législation | Législation et déontologie | 2 | O
BAM552 | Gestion et législation | Culture entrepreneuriale | 2 | O
BAM553 | Gestion et législation | Anglais scientifique IV | 2 | O
## 3 S2
BAM611 | Stage de fin d'études | Stage en laboratoire d'analyses médicales | 12 | P | chemistry,hematology,microbiology,urinalysis
BAM612 | Stage de fin d'études | Stage de parasitologie | 4 | P | other
BAM621 | Projet de fin d'études | Mémoire de fin d'études | 10 | O
BAM622 | Projet de fin d'études | Soutenance | 4 | O
"""

TN_SB = """
## 1 S1
SB111 | Chimie | Chimie générale | 4 | C
SB112 | Chimie | Chimie des solutions | 3 | C
SB121 | Biologie animale | Zoologie | 4 | B
SB122 | Biologie animale | Biologie cellulaire | 4 | B
SB131 | Biologie végétale | Botanique | 4 | B
SB132 | Biologie végétale | Physiologie végétale | 3 | B
SB141 | Mathématiques et physique | Mathématiques | 3 | M
SB142 | Mathématiques et physique | Physique | 3 | O
SB151 | Unité transversale I | Anglais | 2 | O
## 1 S2
SB211 | Chimie organique | Chimie organique | 4 | C
SB212 | Chimie organique | Travaux pratiques de chimie organique | 3 | C
SB221 | Biochimie | Biochimie structurale | 4 | C
SB222 | Biochimie | Enzymologie | 3 | C
SB231 | Génétique | Génétique générale | 4 | B
SB232 | Génétique | Embryologie | 3 | B
SB241 | Statistique et écologie | Biostatistique | 3 | M
SB242 | Statistique et écologie | Écologie | 4 | B
SB251 | Unité transversale II | Anglais II | 2 | O
## 2 S1
SB311 | Microbiologie | Microbiologie générale | 5 | B
SB312 | Microbiologie | Virologie | 4 | B
SB321 | Physiologie animale | Physiologie animale | 5 | B
SB322 | Physiologie animale | Endocrinologie | 4 | B
SB331 | Biochimie métabolique | Métabolisme | 5 | C
SB332 | Biochimie métabolique | Bioénergétique | 4 | C
SB341 | Unité transversale III | Informatique | 3 | O
## 2 S2
SB411 | Immunologie | Immunologie | 5 | B
SB412 | Immunologie | Immunogénétique | 4 | B
SB421 | Biologie moléculaire | Biologie moléculaire | 5 | B
SB422 | Biologie moléculaire | Génie génétique | 4 | B
SB431 | Parasitologie | Parasitologie | 5 | B
SB432 | Parasitologie | Entomologie | 4 | B
SB441 | Unité transversale IV | Anglais scientifique | 3 | O
## 3 S1
SB511 | Biotechnologie | Biotechnologie microbienne | 5 | B
SB512 | Biotechnologie | Culture cellulaire | 5 | B
SB521 | Physiologie intégrée | Neurophysiologie | 5 | B
SB522 | Physiologie intégrée | Physiologie de la nutrition | 5 | B
SB531 | Écologie appliquée | Biologie marine | 5 | B
SB532 | Écologie appliquée | Environnement et santé | 5 | ?B
## 3 S2
SB611 | Projet tutoré | Projet tutoré | 15 | O
SB612 | Projet tutoré | Stage en entreprise | 15 | O
"""

TN_INF = """
## 1 S1
SI111 | Sciences fondamentales | Anatomie | 8 | B
SI112 | Sciences fondamentales | Physiologie | 7 | B
SI121 | Soins infirmiers I | Soins de base | 15 | O
## 1 S2
SI211 | Sciences biomédicales | Pharmacologie | 10 | O
SI212 | Sciences biomédicales | Hygiène | 5 | O
SI221 | Soins infirmiers II | Soins en médecine | 15 | O
## 2 S1
SI311 | Soins infirmiers III | Soins en chirurgie | 15 | O
SI312 | Soins infirmiers III | Stage clinique I | 15 | O
## 2 S2
SI411 | Soins infirmiers IV | Soins en pédiatrie | 15 | O
SI412 | Soins infirmiers IV | Stage clinique II | 15 | O
## 3 S1
SI511 | Soins infirmiers V | Santé communautaire | 15 | O
SI512 | Soins infirmiers V | Stage clinique III | 15 | O
## 3 S2
SI611 | Projet de fin d'études | Stage intégré | 20 | O
SI612 | Projet de fin d'études | Mémoire | 10 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "TN", title, "bachelor", 3, field, "ects", parse_local(table, UE), 9, 7,
                        clinical_training=clin)


TN_INST = [
    Institution("Institut Supérieur des Technologies Médicales de Nabeul", "Nabeul", "Nabeul", "TN",
                "Avenue Habib Thameur, 8000 Nabeul", ("tn_bam", "tn_inf"), "institute",
                extra={"univ": "Université du Cap Bon", "ar_univ": "جامعة الوطن القبلي",
                       "ar": "المعهد العالي للتقنيات الطبية بنابل"}),
    Institution("Institut Supérieur des Sciences de la Santé de Gafsa", "Gafsa", "Gafsa", "TN",
                "Cité Ennour, 2100 Gafsa", ("tn_bam", "tn_inf"), "institute",
                extra={"univ": "Université du Sud-Ouest", "ar_univ": "جامعة الجنوب الغربي",
                       "ar": "المعهد العالي لعلوم الصحة بقفصة"}),
    Institution("Faculté des Sciences Biologiques de Sousse", "Sousse", "Sousse", "TN",
                "Route de la Corniche, 4000 Sousse", ("tn_sb",), "university",
                extra={"univ": "Université du Sahel", "ar_univ": "جامعة الساحل",
                       "ar": "كلية العلوم البيولوجية بسوسة"}),
]

PACK = K.CountryPack(
    code="TN", name="Tunisia",
    given={"F": ["Amira", "Ines", "Sana", "Rim", "Mariem", "Nour", "Asma", "Hela", "Olfa", "Emna", "Yosra", "Sarra"],
           "M": ["Mehdi", "Hamza", "Yassine", "Aymen", "Wassim", "Skander", "Karim", "Bilel", "Oussama", "Firas"]},
    surnames=["Ben Salah", "Trabelsi", "Gharbi", "Jebali", "Ben Amor", "Mejri", "Hamdi", "Chaabane", "Ayari", "Khemiri",
              "Sassi", "Dridi", "Ben Youssef", "Mabrouk", "Zouari", "Kefi"],
    middle={"F": [], "M": []},
    institutions=TN_INST,
    employers=[
        Employer("Hôpital Régional de Zaghouan-Nord", "Zaghouan", "Zaghouan", "TN", "Route de Tunis, 1100 Zaghouan",
                 "+216 72 000 141", "drh@hr-zaghouan-nord.example"),
        Employer("Centre Hospitalo-Universitaire de Sousse-Corniche", "Sousse", "Sousse", "TN",
                 "Boulevard du 14 Janvier, 4000 Sousse", "+216 73 000 162", "personnel@chu-corniche.example"),
        Employer("Laboratoire d'Analyses Médicales El Menzah", "Tunis", "Tunis", "TN", "Rue des Jasmins, El Menzah 9",
                 "+216 71 000 118", "contact@lam-elmenzah.example", "lab"),
        Employer("Hôpital de Circonscription de Tabarka-Mer", "Tabarka", "Jendouba", "TN", "Avenue de la Mer, 8110 Tabarka",
                 "+216 78 000 127", "direction@hc-tabarkamer.example"),
    ],
    signers=["Dr. Slim Ben Amor", "Mme Faten Gharbi", "Dr. Naceur Trabelsi", "Mme Leila Mejri"],
    curricula=[_cur("tn_bam", "Licence Appliquée en Biologie Analyses Médicales", "medical_laboratory_science", TN_BAM, True),
               _cur("tn_sb", "Licence Fondamentale en Sciences Biologiques", "biology", TN_SB),
               _cur("tn_inf", "Licence Appliquée en Sciences Infirmières", "nursing", TN_INF)],
    mls_curriculum="tn_bam", science_curricula=["tn_sb"], nonqualifying_curricula=["tn_inf"],
    positions_mls=["Technicien Supérieur en Biologie", "Technicien Supérieur Principal en Biologie"],
    positions_science=["Technicien de laboratoire", "Agent technique de laboratoire"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("TN", {
    "blood_bank": ["Banque du Sang"], "chemistry": ["Service de Biochimie"], "hematology": ["Service d'Hématologie"],
    "microbiology": ["Service de Microbiologie"], "immunology": ["Laboratoire d'Immunologie"],
    "urinalysis": ["Unité de Cytologie urinaire"], "molecular": ["Unité de Biologie Moléculaire"],
    "phlebotomy": ["Salle de prélèvements"], "other": ["Service de Parasitologie"]})

BIRTHPLACES = ["Tunis", "Sfax", "Sousse", "Nabeul", "Bizerte", "Gabès", "Kairouan", "Monastir", "Gafsa", "Béja"]
NIVEAU = ["Première année", "Deuxième année", "Troisième année"]
SPEC = {"tn_bam": "Licence Appliquée en Biologie Analyses Médicales",
        "tn_sb": "Licence Fondamentale en Sciences Biologiques", "tn_inf": "Licence Appliquée en Sciences Infirmières"}


def q4(x):
    return round(x * 4) / 4


def mention(avg):
    return "Très Bien" if avg >= 16 else "Bien" if avg >= 14 else "Assez Bien" if avg >= 12 else "Passable"


def tn_marks(s):
    """Per term: [(r, cc, ex, moy, session)]; cc/ex None for stages and the mémoire."""
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            tgt = 10.25 + (r.score - 45) * 6.5 / 47
            cc = min(19.0, q4(tgt + (k(s, f"cc{i}.{j}") % 9 - 4) * 0.5))
            ex = min(19.5, q4(tgt + (k(s, f"ex{i}.{j}") % 7 - 3) * 0.5))
            ses = "Principale"
            if k(s, f"ctl{i}.{j}") % 11 == 0:             # failed at the main session
                ex = q4(max(4.0, 18.5 - cc) * 0.5 + 3)
            moy = 0.4 * cc + 0.6 * ex
            if moy < 10:
                ses = "Contrôle"
                ex = q4(max(ex, (10 - 0.4 * cc) / 0.6 + 0.25 + (k(s, f"cr{i}.{j}") % 4) * 0.5))
                ex = min(ex, 20.0)
                moy = 0.4 * cc + 0.6 * ex
            if r.spec.title.startswith(("Mémoire", "Soutenance", "Projet", "Stage")):
                rows.append((r, None, None, r2(max(10.5, min(17.5, tgt + 1))), "Principale"))
            else:
                rows.append((r, cc, ex, r2(moy), ses))
        out.append(rows)
    return out


def tn_year(s, yi):
    """(moyenne annuelle, credits, any contrôle) of year yi (0-based)."""
    marks = tn_marks(s)
    rows = [x for i, t in enumerate(s.terms) if t.year == yi + 1 for x in marks[i]]
    avg = r2(sum(x[0].spec.credits / 2 * x[3] for x in rows) / sum(x[0].spec.credits / 2 for x in rows))
    return avg, int(sum(x[0].spec.credits for x in rows)), any(x[4] == "Contrôle" for x in rows)


def coef(r):
    c = r.spec.credits / 2
    return comma(c, 1) if c % 1 else str(int(c))


def tn_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 30, W - 30
    nm = f"{person.surname.upper()} {person.given}"
    fem = person.sex == "F"
    place = BIRTHPLACES[k(s, "bp") % len(BIRTHPLACES)]
    cin = f"0{k(s, 'cin') % 9000000 + 1000000}"
    marks = tn_marks(s)
    xs = [L, 140, 318, 350, 378, 430, 472, 516, R]
    pages, out = [], []
    for yi in range(cur.years):
        p = Page(A4)
        pages.append(p)
        p.pieces(40, [(L, "RÉPUBLIQUE TUNISIENNE", "left")], FB, 8)
        p.text(L, 50, "Ministère de l'Enseignement Supérieur", F, 7.5)
        p.text(L, 59, "et de la Recherche Scientifique", F, 7.5)
        p.text(L, 70, inst.extra["univ"], FB, 7.5)
        p.text(L, 79, inst.name, F, 7, )
        arabic(p, R, 40, "الجمهورية التونسية", 9, bold=True, align="right")
        arabic(p, R, 54, "وزارة التعليم العالي والبحث العلمي", 8, align="right")
        arabic(p, R, 68, inst.extra["ar_univ"], 8, bold=True, align="right")
        arabic(p, R, 81, inst.extra["ar"], 8, align="right")
        round_stamp(p, W / 2, 58, 20, 0.3)
        p.hline(L, R, 90, 0.7)
        p.text(W / 2, 112, "RELEVÉ DE NOTES", FB, 15, "center")
        p.text(W / 2, 126, SPEC.get(cur.id, cur.title), FB, 10, "center")
        sy = s.admitted.year + yi
        p.spaced(W / 2, 140, [f"Année universitaire : {sy}/{sy + 1}", f"Niveau : {NIVEAU[yi]}"], F, 9, 30, "center")
        y = 160
        p.rect(L, y - 10, R - L, 40, 0.5, 0)
        p.pieces(y, [(L + 6, "Nom et Prénom :", "left", FB, 8.5), (L + 84, nm, "left"),
                     (340, "N° d'inscription :", "left", FB, 8.5), (425, s.student_no, "left")], F, 8.5)
        p.pieces(y + 12, [(L + 6, f"{'Née' if fem else 'Né'} le :", "left", FB, 8.5),
                          (L + 84, f"{s.dob.strftime('%d/%m/%Y')} à {place}", "left"),
                          (340, "N° C.I.N. :", "left", FB, 8.5), (425, cin, "left")], F, 8.5)
        p.pieces(y + 24, [(L + 6, "Parcours :", "left", FB, 8.5), (L + 84, SPEC.get(cur.id, cur.title), "left")], F, 8.5)
        y = 212
        # two-line header
        p.rect(L, y, R - L, 24, 0.7, 0, fill=0.85)
        heads = [("Unité", "d'enseignement"), ("Élément", "constitutif"), ("Crédits", ""), ("Coef.", ""),
                 ("Contrôle", "continu"), ("Examen", ""), ("Moyenne", ""), ("Session", "")]
        top = [((xs[i] + xs[i + 1]) / 2, a, "center") for i, (a, b) in enumerate(heads)]
        bot = [((xs[i] + xs[i + 1]) / 2, b, "center") for i, (a, b) in enumerate(heads) if b]
        p.pieces(y + 10, top, FB, 7.5)
        p.pieces(y + 20, bot, FB, 7.5)
        for x in xs:
            p.vline(x, y, y + 24, 0.5)
        y += 24
        tbl_top = y
        segs = []
        for ti, t in enumerate(s.terms):
            if t.year != yi + 1:
                continue
            p.rect(L, y, R - L, 13, 0.5, 0, fill=0.93)
            lab = f"Semestre {ti + 1}"
            p.text(L + 6, y + 9.5, lab, FB, 8)
            y += 13
            seg0 = y
            groups = []
            for row in marks[ti]:
                u = UE[row[0].spec.code]
                if groups and groups[-1][0] == u:
                    groups[-1][1].append(row)
                else:
                    groups.append((u, [row]))
            for gi, (u, rows) in enumerate(groups):
                ucode = f"UE{'T' if u.startswith(('Unité transversale', 'Gestion')) else 'F'}{ti + 1}{gi + 1}0"
                g_top = y
                bases = []
                ul = [(ucode, F)] + [(ln, FB) for ln in wrap(u, FB, 7.5, xs[1] - xs[0] - 8)]
                tls = [wrap(r[0].spec.title, F, 7.5, xs[2] - xs[1] - 8) for r in rows]
                pad = max(0.0, 9 * len(ul) + 8 - sum(9 * len(t) + 6 for t in tls)) / len(rows)
                for (r, cc, ex, moy, ses), tl in zip(rows, tls):
                    hgt = 9 * len(tl) + 6 + pad
                    b = y + 10 + pad / 2
                    bases.append(b)
                    it = [(xs[2] + 16, str(int(r.spec.credits)), "center"), (xs[3] + 14, coef(r), "center"),
                          (xs[4] + 26, comma(cc) if cc is not None else "—", "center"),
                          (xs[5] + 21, comma(ex) if ex is not None else "—", "center"),
                          (xs[6] + 22, comma(moy), "center"), (xs[7] + 24, ses, "center")]
                    p.pieces(b, [(xs[1] + 4, tl[0], "left")] + it, F, 7.5)
                    for n, ln in enumerate(tl[1:], 1):
                        p.text(xs[1] + 4, b + 9 * n, ln, F, 7.5)
                    p.hline(xs[1], R, y + hgt, 0.3)
                    y += hgt
                    out.append(course_truth(r, lab, r.spec.credits, comma(moy), "ects", title=" ".join(tl), code=None,
                                            ue=u, ue_code=ucode, session=ses, coefficient=coef(r)))
                # the merged UE cell: name centred vertically, off every element baseline
                mid = (g_top + y) / 2
                b0 = mid - (len(ul) - 1) * 4.5 + 2.5
                while any(abs(b0 + 9 * n - bb) < 3 for n in range(len(ul)) for bb in bases):
                    b0 += 1.5
                for n, (ln, fnt) in enumerate(ul):
                    p.text(xs[0] + 4, b0 + 9 * n, ln, fnt, 7.5)
                p.hline(L, R, y, 0.6)
            p.hline(L, R, y, 0.8)
            segs.append((seg0, y))
        for a, b in segs:
            for x in xs[1:-1]:
                p.vline(x, a, b, 0.5)
        p.rect(L, tbl_top - 24, R - L, y - tbl_top + 24, 0.9, 0)
        avg, cr, ctl = tn_year(s, yi)
        y += 18
        dec = ("Admise" if fem else "Admis") + (" (session de contrôle)" if ctl else "")
        men = "Passable" if ctl else mention(avg)
        p.spaced(L, y, [f"Moyenne annuelle : {comma(avg)}", f"Crédits acquis : {cr}/{cr}",
                        f"Décision : {dec} — Mention : {men}"], FB, 8.5, 18)
        y += 14
        p.text(L, y, "Moyenne de l'élément = 0,4 x Contrôle continu + 0,6 x Examen. Barème : notes sur 20.", FI, 7)
        end = s.conferred if yi == cur.years - 1 else s.conferred.replace(year=sy + 1)
        day = 5 + k(s, f"d{yi}") % 20
        y += 28
        p.text(R - 150, y, f"{inst.city}, le {day:02d}/07/{end.year}", F, 9, "center")
        sign_block(p, rng, R - 150, y + 48, "Le Directeur", FB, 8.5, 150)
        round_stamp(p, R - 230, y + 34, 26, 0.45)
        p.text(W / 2, H - 24, "Ce relevé ne doit comporter ni rature ni surcharge.", FI, 7, "center")
    return LayoutResult("transcript", "tn_releve_ue", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": False})


TRANSCRIPT_LAYOUTS = {"tn_releve_ue": (tn_transcript, FAMILY, ("TN",))}
