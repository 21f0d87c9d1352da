"""Writer W, round 11: Democratic Republic of the Congo (CD). Country pack (an Institut Supérieur des
Techniques Médicales: "Graduat en Techniques de Laboratoire", three years G1-G3, followed by the
"Licence en Sciences Biomédicales" L1-L2; a university Faculté des Sciences' Licence en Sciences
Biologiques (G1-G3, L1-L2); the ISTM's Graduat en Sciences Infirmières) and the "RELEVÉ DES COTES":
one page per academic year, all years in one PDF, French; top left "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO /
ENSEIGNEMENT SUPÉRIEUR ET UNIVERSITAIRE / ISTM-<town>", a coat of arms at the right; "Année
académique 2015-2016 - Promotion : G2 Techniques de Laboratoire - Session : Première session"; no
course codes; columns `N° | Cours | Vol. horaire | Pondération | Cote /20 | Points obtenus` (hours
30h-75h, pondération = hours / 15, points = cote x pondération); the last row "Stage de laboratoire
(hôpital)" with its hours; the page's foot "TOTAL 867 / 1200", "POURCENTAGE 72,3 %", "MENTION :
Distinction", "DÉCISION DU JURY : Admis(e)"; comma decimals; signed "Le Secrétaire Général
Académique", "Fait à Bukavu, le ...".

Credit basis: contact hours, 15 h = 1 semester hour (criteria.md's contact-hour rate; system
"hours", `credits` = the hours printed). The pondération is the same figure (hours / 15) and is kept
as `ponderation`; grade = the printed cote "14"; term "Année académique 2015-2016 - G2". The
Licence years follow the Graduat years in the same PDF (one Licence programme of five years)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r11_w_common import (FAMILY, FR_MONTHS, add_department_phrases, by_reading_order, comma, course_truth, k,
                           round_stamp, sign_block, star_seal)
from .r6_l_common import parse

CD_LIC = """
## 1 Y
G101 | Anatomie humaine | 60 | B
G102 | Biologie générale | 60 | B
G103 | Chimie générale | 75 | C
G104 | Physique médicale | 45 | O
G105 | Mathématiques et statistiques | 45 | M
G106 | Français et expression orale | 30 | O
G107 | Anglais médical I | 30 | O
G108 | Histologie | 45 | B
G109 | Initiation à l'informatique | 30 | O
G110 | Déontologie et éthique professionnelle | 30 | O
G111 | Hygiène hospitalière | 30 | O
G112 | Techniques de laboratoire I | 75 | P
G113 | Stage de laboratoire (hôpital) | 150 | P | chemistry,hematology
## 2 Y
G201 | Physiologie humaine | 60 | B
G202 | Biochimie | 75 | C
G203 | Chimie organique | 45 | C
G204 | Microbiologie générale | 60 | B
G205 | Parasitologie médicale | 60 | P
G206 | Hématologie I | 60 | P
G207 | Immunologie | 45 | ?B
G208 | Santé publique | 30 | O
G209 | Anglais médical II | 30 | O
G210 | Pathologie générale | 45 | O
G211 | Techniques de laboratoire II | 75 | P
G212 | Stage de laboratoire (hôpital) | 180 | P | microbiology,urinalysis
## 3 Y
G301 | Bactériologie médicale | 75 | P
G302 | Biochimie clinique | 75 | P
G303 | Hématologie II | 60 | P
G304 | Transfusion sanguine et immuno-hématologie | 60 | P
G305 | Mycologie et virologie | 45 | P
G306 | Analyse des urines et liquides biologiques | 45 | P
G307 | Gestion et assurance qualité du laboratoire | 30 | P
G308 | Méthodologie de la recherche | 30 | O
G309 | Épidémiologie | 30 | O
G310 | Travail de fin de cycle | 60 | O
G311 | Stage de laboratoire (hôpital) | 240 | P | blood_bank,hematology,chemistry
## 4 Y
L101 | Biologie moléculaire | 60 | ?P
L102 | Génétique humaine | 45 | B
L103 | Biochimie clinique approfondie | 60 | P
L104 | Immunologie clinique | 45 | ?P
L105 | Biostatistique | 45 | M
L106 | Hématologie approfondie | 60 | P
L107 | Cytologie et histopathologie | 60 | P
L108 | Pharmacologie | 45 | O
L109 | Informatique appliquée | 30 | O
L110 | Management des services de santé | 30 | O
L111 | Stage de laboratoire (hôpital) | 240 | P | microbiology,molecular
## 5 Y
L201 | Microbiologie clinique approfondie | 60 | P
L202 | Toxicologie | 45 | ?C
L203 | Contrôle de qualité et biosécurité | 45 | P
L204 | Endocrinologie | 45 | B
L205 | Séminaire de biologie médicale | 30 | O
L206 | Mémoire de fin d'études | 90 | O
L207 | Stage de laboratoire (hôpital) | 300 | P | chemistry,hematology,microbiology,blood_bank
"""

CD_BIO = """
## 1 Y
B101 | Biologie générale | 75 | B
B102 | Chimie générale | 75 | C
B103 | Physique générale | 60 | O
B104 | Mathématiques générales | 60 | M
B105 | Botanique générale | 60 | B
B106 | Zoologie générale | 60 | B
B107 | Français | 30 | O
B108 | Anglais | 30 | O
## 2 Y
B201 | Chimie organique | 75 | C
B202 | Biochimie | 75 | C
B203 | Microbiologie générale | 60 | B
B204 | Génétique | 60 | B
B205 | Statistique | 45 | M
B206 | Anatomie comparée | 60 | B
## 3 Y
B301 | Physiologie animale | 60 | B
B302 | Physiologie végétale | 60 | B
B303 | Écologie | 45 | B
B304 | Parasitologie | 45 | B
B305 | Immunologie | 45 | ?B
B306 | Travail de fin de cycle | 60 | O
## 4 Y
B401 | Biologie moléculaire | 60 | B
B402 | Entomologie | 45 | B
B403 | Virologie | 45 | ?B
B404 | Embryologie | 45 | B
## 5 Y
B501 | Biotechnologie | 45 | B
B502 | Évolution | 30 | B
B503 | Mémoire de fin d'études | 90 | O
"""

CD_NUR = """
## 1 Y
N101 | Soins infirmiers de base | 90 | O
N102 | Anatomie et physiologie | 75 | B
N103 | Stage clinique (hôpital) | 150 | O
## 2 Y
N201 | Soins infirmiers en médecine | 90 | O
N202 | Soins infirmiers en chirurgie | 90 | O
N203 | Stage clinique (hôpital) | 180 | O
## 3 Y
N301 | Soins obstétricaux | 90 | O
N302 | Pédiatrie | 75 | O
N303 | Stage clinique (hôpital) | 240 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "CD", title, level, years, field, "hours", parse(text), 10, 11, clinical_training=clin)


CD_INST = [
    Institution("ISTM Ruzizi", "Bukavu", "Sud-Kivu", "CD", "Avenue Patrice Lumumba", ("cd_lic", "cd_nur"), "institute",
                extra={"short": "ISTM-RUZIZI"}),
    Institution("ISTM Lomami", "Kananga", "Kasaï-Central", "CD", "Avenue de l'Hôpital", ("cd_lic", "cd_nur"),
                "institute", extra={"short": "ISTM-LOMAMI"}),
    Institution("Université Pédagogique du Lac Kivu", "Goma", "Nord-Kivu", "CD", "Boulevard Kanyamuhanga",
                ("cd_bio",), "university", extra={"short": "UPLK", "fac": "FACULTÉ DES SCIENCES"}),
]

PACK = K.CountryPack(
    code="CD", name="Democratic Republic of the Congo",
    given={"F": ["Esther", "Grâce", "Rachel", "Sifa", "Furaha", "Neema", "Mapendo", "Chantal", "Josée", "Nadine"],
           "M": ["Patrick", "Espoir", "Fiston", "Héritier", "Dieudonné", "Christian", "Jean-Paul", "Blaise", "Serge",
                 "Trésor"]},
    surnames=["Mukendi", "Ilunga", "Mulumba", "Kasongo", "Bisimwa", "Cikuru", "Mwamba", "Lukusa", "Nsimba", "Kalonji",
              "Mbuyi", "Balagizi"],
    middle={"F": ["Tshibanda", "Bahati", "Mushagalusa", "Kabeya", "Ngalula", "Zawadi"],
            "M": ["Tshibanda", "Bahati", "Mushagalusa", "Kabeya", "Ngoy", "Mutombo"]},
    institutions=CD_INST,
    employers=[
        Employer("Hôpital Général de Référence de Panzi-Sud", "Bukavu", "Sud-Kivu", "CD", "Avenue de la Mission",
                 "+243 990 000 412", "direction@hgr-panzisud.example"),
        Employer("Hôpital Général de Référence de Katoyi", "Goma", "Nord-Kivu", "CD", "Quartier Katoyi",
                 "+243 810 000 233", "hgr.katoyi@sante.example"),
        Employer("Hôpital Général de Référence de Tshikaji-Nord", "Kananga", "Kasaï-Central", "CD", "Route de Tshikaji",
                 "+243 970 000 118", "hgr.tshikaji@sante.example"),
        Employer("Centre Médical Lumière de Bandal", "Kinshasa", "Kinshasa", "CD", "Avenue Kimbondo",
                 "+243 820 000 771", "contact@cml-bandal.example", "lab"),
    ],
    signers=["Dr Jean-Claude Mwamba", "Dr Pascal Bisimwa", "Dr Odette Kalonji", "Dr Innocent Ilunga"],
    curricula=[_cur("cd_lic", "Licence en Sciences Biomédicales", "bachelor", 5, "medical_laboratory_science",
                    CD_LIC, True),
               _cur("cd_bio", "Licence en Sciences Biologiques", "bachelor", 5, "biology", CD_BIO),
               _cur("cd_nur", "Graduat en Sciences Infirmières", "diploma", 3, "nursing", CD_NUR)],
    mls_curriculum="cd_lic", science_curricula=["cd_bio"], nonqualifying_curricula=["cd_nur"],
    positions_mls=["Technicien de Laboratoire", "Technicien Supérieur de Laboratoire"],
    positions_science=["Technicien de Laboratoire", "Aide-laborantin"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{inst.extra['short'].split('-')[-1][:3]}/{sy % 100:02d}/{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("CD", {
    "blood_bank": ["Banque de sang"], "chemistry": ["Biochimie"], "hematology": ["Hématologie"],
    "microbiology": ["Bactériologie"], "immunology": ["Sérologie"], "urinalysis": ["Analyse des urines"],
    "molecular": ["Biologie moléculaire"], "phlebotomy": ["Prélèvements"], "other": ["Parasitologie"]})

PROMO = ["G1", "G2", "G3", "L1", "L2"]


def option(cur):
    return {"cd_lic": "Techniques de Laboratoire", "cd_bio": "Sciences Biologiques",
            "cd_nur": "Sciences Infirmières"}[cur.id]


def promo(cur, yr):
    if cur.id == "cd_lic" and yr >= 4:
        return f"{PROMO[yr - 1]} Sciences Biomédicales"
    return f"{PROMO[yr - 1]} {option(cur)}"


def mention(pct):
    return ("La plus grande distinction" if pct >= 90 else "Grande Distinction" if pct >= 80 else
            "Distinction" if pct >= 70 else "Satisfaction")


def cote(s, i, j, r):
    return max(10, min(18, 10 + (r.score - 40) // 6 + (k(s, f"c{i}.{j}") % 3) - 1))


def cd_name(person):
    return " ".join(x for x in (person.surname.upper(), (person.middle or "").upper(), person.given) if x)


def coat_of_arms(p, cx, cy, r):
    """A leopard-head-like shield with a spear and a tusk crossed behind it (no lettering)."""
    p.polyline([(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.2), (cx, cy + r * 1.1),
                (cx - r, cy + r * 0.2), (cx - r, cy - r)], 1.2, 0.2)
    p.circle(cx, cy - r * 0.15, r * 0.45, 0.9, 0.2)
    p.polyline([(cx - r * 1.5, cy + r * 1.3), (cx + r * 1.5, cy - r * 1.4)], 1.0, 0.25)
    p.polyline([(cx + r * 1.5, cy + r * 1.3), (cx - r * 1.5, cy - r * 1.4)], 1.0, 0.25)
    p.polyline([(cx - r * 1.2, cy + r * 1.5), (cx, cy + r * 1.8), (cx + r * 1.2, cy + r * 1.5)], 0.8, 0.25)


def cd_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 44, W - 44
    nm = cd_name(person)
    xs = [L, L + 26, L + 292, L + 352, L + 414, L + 460, R]
    pages, out = [], []
    short = inst.extra["short"]
    for i, t in enumerate(s.terms):
        p = Page(A4)
        p.text(L, 46, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", FB, 10)
        p.text(L, 59, "ENSEIGNEMENT SUPÉRIEUR ET UNIVERSITAIRE", FB, 9.5)
        p.text(L, 72, short if inst.kind == "institute" else inst.name.upper(), FB, 10)
        if inst.kind != "institute":
            p.text(L, 85, inst.extra["fac"], F, 9)
        p.text(L, 98 if inst.kind != "institute" else 85, f"B.P. {100 + k(s, 'bp') % 800} {inst.city.upper()}", F, 8.5)
        coat_of_arms(p, R - 40, 62, 16)
        p.hline(L, R, 110, 1.2)
        p.text(W / 2, 136, "RELEVÉ DES COTES", FB, 15, "center")
        sy = t.start_year
        second = k(s, f"ses{i}") % 6 == 0
        ses = "Deuxième session" if second else "Première session"
        p.text(W / 2, 156, f"Année académique {sy}-{sy + 1} - Promotion : {promo(cur, t.year)} - Session : {ses}",
               F, 9.5, "center")
        p.pieces(178, [(L, "Nom, post-nom et prénom :", "left", FB, 10), (L + 128, nm, "left")], F, 10)
        p.pieces(192, [(L, "Matricule :", "left", FB, 10), (L + 128, s.student_no, "left"),
                       (W / 2 + 40, "Section :", "left", FB, 10), (W / 2 + 86, "Techniques Médicales" if cur.id != "cd_bio"
                                                                    else "Sciences", "left")], F, 10)
        y = 206
        p.rect(L, y, R - L, 26, 0.7, 0, fill=0.9)
        p.pieces(y + 11, [((xs[0] + xs[1]) / 2, "N°", "center"), (xs[1] + 4, "Cours", "left"),
                          ((xs[2] + xs[3]) / 2, "Vol.", "center"), ((xs[3] + xs[4]) / 2, "Pondé-", "center"),
                          ((xs[4] + xs[5]) / 2, "Cote", "center"), ((xs[5] + xs[6]) / 2, "Points", "center")], FB, 9)
        p.pieces(y + 22, [((xs[2] + xs[3]) / 2, "horaire", "center"), ((xs[3] + xs[4]) / 2, "ration", "center"),
                          ((xs[4] + xs[5]) / 2, "/20", "center"), ((xs[5] + xs[6]) / 2, "obtenus", "center")], FB, 9)
        top = y
        y += 26
        term = f"Année académique {sy}-{sy + 1} - {PROMO[t.year - 1]}"
        tp, tmax = 0, 0
        rows = sorted(t.results, key=lambda r: bool(r.spec.areas))
        for n, r in enumerate(rows, 1):
            j = t.results.index(r)
            hrs = int(r.spec.credits)
            pond = hrs // 15
            c = cote(s, i, j, r)
            pts = c * pond
            tp += pts
            tmax += 20 * pond
            tl = wrap(r.spec.title, F, 9.5, xs[2] - xs[1] - 8)
            b = y + 11
            p.pieces(b, [((xs[0] + xs[1]) / 2, str(n), "center"), (xs[1] + 4, tl[0], "left"),
                         ((xs[2] + xs[3]) / 2, f"{hrs}h", "center"), ((xs[3] + xs[4]) / 2, str(pond), "center"),
                         ((xs[4] + xs[5]) / 2, str(c), "center"), ((xs[5] + xs[6]) / 2, str(pts), "center")], F, 9.5)
            for q, ln in enumerate(tl[1:], 1):
                p.text(xs[1] + 4, b + 11 * q, ln, F, 9.5)
            y += 15 + 11 * (len(tl) - 1)
            p.hline(L, R, y, 0.3, 0.3)
            out.append(course_truth(r, term, hrs, str(c), "hours", title=" ".join(tl), code=None, ponderation=pond,
                                    points=pts))
        p.rect(L, y, R - L, 16, 0.7, 0, fill=0.95)
        p.pieces(y + 11.5, [(xs[1] + 4, "TOTAL", "left", FB, 10), ((xs[5] + xs[6]) / 2, f"{tp} / {tmax}", "center",
                                                                    FB, 10)], F, 10)
        y += 16
        for x in xs:
            p.vline(x, top, y if x in (L, R) else y - 16, 0.5)
        pct = round(100 * tp / tmax, 1)
        y += 24
        p.pieces(y, [(L, "TOTAL", "left", FB, 10.5), (L + 150, f"{tp} / {tmax}", "left")], F, 10.5)
        y += 15
        p.pieces(y, [(L, "POURCENTAGE", "left", FB, 10.5), (L + 150, f"{comma(pct, 1)} %", "left")], F, 10.5)
        y += 15
        p.pieces(y, [(L, "MENTION :", "left", FB, 10.5), (L + 150, mention(pct), "left")], F, 10.5)
        y += 15
        adm = "Admise" if person.sex == "F" else "Admis"
        p.pieces(y, [(L, "DÉCISION DU JURY :", "left", FB, 10.5), (L + 150, adm, "left")], F, 10.5)
        d = s.conferred if t.year == len(s.terms) else dt.date(sy + 1, 10 if second else 8, 12 + k(s, f"d{i}") % 14)
        p.text(R, y + 30, f"Fait à {inst.city}, le {d.day:02d}/{d.month:02d}/{d.year}", F, 10, "right")
        sign_block(p, rng, R - 100, y + 96, "Le Secrétaire Général Académique", FB, 9.5, 190)
        p.text(R - 100, y + 122, signer_name(s), F, 9.5, "center")
        round_stamp(p, R - 160, y + 80, 32, 0.45)
        p.text(W / 2, H - 30, f"Relevé {i + 1}/{len(s.terms)} - {short}", FI, 8, "center")
        pages.append(p)
    return LayoutResult("transcript", "w_cd_releve_cotes", FAMILY, by_reading_order(pages), [nm], out, "hours",
                        {"prints_totals": True})


def signer_name(s):
    return ["Prof. Aimé Cirimwami", "C.T. Bernadette Mukuna", "Prof. Gaston Lwamba"][k(s, "sga") % 3]


TRANSCRIPT_LAYOUTS = {"w_cd_releve_cotes": (cd_transcript, FAMILY, ("CD",))}
