"""Writer AK, round 18: Niger (NE). Country pack (an invented national school of public health giving
the "Diplôme de Technicien Supérieur en Analyses Biomédicales", three years after the baccalauréat,
and the "Diplôme d'État d'Infirmier"; a university's "Licence en Sciences Biologiques") and the
school's "ATTESTATION DE RELEVÉ DE NOTES", French, A4 portrait: "République du Niger" and the motto
"Fraternité – Travail – Progrès" at top left, the ministry, the school; "Matricule:
ENSP/ABM/14/027", "Nom et Prénoms", "Né(e) le ... à ...". One block per year ("Première année –
Année académique 2014-2015"), each a ruled table Matières | Volume horaire | Coef. | Note /20
("13,50") | Note x Coef. ("40,50"). Below each year "Total des points: 412,75 / 680", "Moyenne
annuelle: 12,14/20", "Rang: 5e sur 38", "Décision du conseil: Admis(e) en 2e année". The third year
holds "Stage hospitalier (12 semaines)" (480 h) with a mark and "Mémoire de fin d'études". At the end
"Moyenne générale des trois années: 12,68/20" (mean of the three annual averages), "Mention: Assez
Bien", "Session de juillet 2017", "Le Directeur des Études", "Le Directeur Général" and a round stamp.
The university's licence uses the same relevé with the faculty's name.

Credit basis: the annual system has no credits; the "Volume horaire" (contact hours of the year's
subject) is the load. As earlier rounds' hour-based designs (round 7's Haitian relevé, round 16's
Kenyan diploma transcript) the truth uses credit_system "hours": credits = the printed hours,
semester_hours = hours / 15 (one class hour a week through a 15-week semester, the project's rate).
The 12-week hospital placement is printed as 480 hours (40 a week) and counts the same way.

Truth: each row is a course: code null, title as printed, term "Première année 2014-2015", credits
the Volume horaire, grade the Note /20 as printed ("13,50"), `coefficient` and `points` beside.
Annual points = sum(note x coef), out of 20 x sum(coef); annual average = points / sum(coef).
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r18_ak_common import (FAMILY, add_department_phrases, comma, course_truth, dmy, k, keep_dob, ne_emblem,
                            round_stamp, sign_block)

# code_coef (never printed; the part after "_" is the coefficient) | title | hours | category [| areas]
NE_ABM = """
## 1 Y
A11_3 | Anatomie et physiologie humaines | 90 | B
A12_2 | Chimie générale | 60 | C
A13_2 | Biochimie générale | 60 | C
A14_2 | Biologie cellulaire | 40 | B
A15_2 | Microbiologie générale | 60 | B
A16_2 | Techniques générales de laboratoire | 60 | ?P
A17_1 | Mathématiques et biostatistique | 40 | M
A18_1 | Informatique | 40 | O
A19_1 | Santé publique | 40 | O
A10_1 | Anglais | 40 | O
## 2 Y
A21_4 | Biochimie clinique | 90 | ?P
A22_4 | Hématologie | 90 | P
A23_3 | Bactériologie | 90 | ?P
A24_3 | Parasitologie | 60 | P
A25_2 | Immunologie | 60 | ?B
A26_1 | Mycologie | 40 | ?P
A27_1 | Hygiène et sécurité au laboratoire | 40 | ?P
A28_1 | Santé publique | 40 | O
A20_1 | Anglais | 40 | O
## 3 Y
A31_3 | Biochimie clinique approfondie | 60 | ?P
A32_3 | Immuno-hématologie et transfusion sanguine | 60 | P
A33_2 | Virologie | 40 | ?B
A34_2 | Anatomie pathologique et cytologie | 60 | P
A35_2 | Biologie moléculaire | 40 | B
A36_2 | Gestion et assurance qualité du laboratoire | 40 | P
A37_1 | Éthique et déontologie professionnelle | 20 | O
A38_4 | Stage hospitalier (12 semaines) | 480 | P | chemistry,hematology,microbiology,blood_bank
A39_4 | Mémoire de fin d'études | 100 | O
"""

NE_BIO = """
## 1 Y
B11_3 | Biologie cellulaire | 90 | B
B12_3 | Chimie générale | 90 | C
B13_2 | Mathématiques | 60 | M
B14_2 | Physique | 60 | O
B15_2 | Biologie animale | 60 | B
B16_1 | Anglais | 40 | O
## 2 Y
B21_3 | Biochimie | 90 | C
B22_3 | Génétique | 60 | B
B23_3 | Microbiologie | 90 | B
B24_2 | Biologie végétale | 60 | B
B25_2 | Chimie organique | 60 | C
B26_1 | Statistique | 40 | M
## 3 Y
B31_3 | Physiologie animale | 90 | B
B32_3 | Biologie moléculaire | 60 | B
B33_2 | Immunologie | 60 | ?B
B34_2 | Écologie | 60 | ?B
B35_2 | Stage de terrain | 80 | B
B36_3 | Mémoire de fin d'études | 100 | O
"""

NE_INF = """
## 1 Y
I11_3 | Anatomie et physiologie | 90 | B
I12_4 | Soins infirmiers de base | 120 | O
I13_2 | Microbiologie et parasitologie | 60 | ?B
I14_2 | Psychologie | 40 | O
I15_1 | Anglais | 40 | O
## 2 Y
I21_4 | Soins infirmiers en médecine | 120 | O
I22_4 | Soins infirmiers en chirurgie | 120 | O
I23_2 | Pharmacologie | 60 | O
I24_2 | Santé publique | 60 | O
## 3 Y
I31_3 | Santé de la mère et de l'enfant | 90 | O
I32_2 | Gestion des services de santé | 40 | O
I33_4 | Stage hospitalier (12 semaines) | 480 | O
I34_4 | Mémoire de fin d'études | 100 | O
"""

NE_INST = [
    Institution("École Nationale de Santé Publique du Sahel", "Niamey", "Niamey", "NE",
                "Boulevard de l'Indépendance, BP 10 296, Niamey", ("ne_abm", "ne_inf"), "institute",
                extra={"short": "ENSP", "dg": "Dr Moussa Issoufou Garba", "de": "M. Abdou Saley Maïga",
                       "ministry": "Ministère de la Santé Publique", "minister": "Dr Aïchatou Hama Boubacar"}),
    Institution("Université du Fleuve Niger", "Niamey", "Niamey", "NE",
                "Avenue de l'Université, BP 10 662, Niamey", ("ne_bio",), "university",
                extra={"short": "UFN", "dg": "Pr Hassane Adamou", "de": "Pr Mariama Soumana",
                       "faculty": "Faculté des Sciences et Techniques",
                       "ministry": "Ministère de l'Enseignement Supérieur, de la Recherche et de l'Innovation",
                       "minister": "Pr Boubacar Yacouba Sidikou"}),
]

OPT = {"ne_abm": "ABM", "ne_inf": "SI", "ne_bio": "SB"}


def _student_no(rng, start_year, inst):
    return f"{inst.extra['short']}/{{opt}}/{start_year % 100:02d}/{rng.randint(1, 60):03d}"


PACK = K.CountryPack(
    code="NE", name="Niger",
    given={"F": ["Aïchatou", "Mariama", "Hadiza", "Rabi", "Zeinabou", "Fati", "Balkissa", "Ramatou", "Safiatou",
                 "Hamsatou"],
           "M": ["Moussa", "Issoufou", "Abdoulaye", "Hassane", "Boubacar", "Ibrahim", "Souleymane", "Amadou",
                 "Oumarou", "Saidou"]},
    surnames=["Issoufou", "Garba", "Maïga", "Hamani", "Seyni", "Abdou", "Moumouni", "Saley", "Harouna", "Amadou",
              "Soumana", "Idrissa", "Adamou", "Bako"],
    middle={"F": [], "M": []},
    institutions=NE_INST,
    employers=[
        Employer("Hôpital National de Niamey-Plateau", "Niamey", "Niamey", "NE",
                 "Avenue de la Mairie, BP 238, Niamey", "+227 20 00 01 11", "hnp.direction@sante.example"),
        Employer("Centre Hospitalier Régional de Maradi-Sud", "Maradi", "Maradi", "NE",
                 "Quartier Administratif, BP 61, Maradi", "+227 20 00 02 22", "chr.maradisud@sante.example"),
        Employer("Laboratoire d'Analyses Médicales Le Ténéré", "Niamey", "Niamey", "NE",
                 "Rue du Grand Marché, Niamey", "+227 20 00 03 33", "contact@lam-tenere.example", "lab"),
    ],
    signers=["Dr Ibrahim Moumouni", "Dr Hadiza Seyni", "M. Oumarou Bako"],
    curricula=[C.Curriculum("ne_abm", "NE", "Diplôme de Technicien Supérieur en Analyses Biomédicales", "diploma", 3,
                            "medical_laboratory_science", "hours", C._parse(NE_ABM), 10, 9, clinical_training=True),
               C.Curriculum("ne_bio", "NE", "Licence en Sciences Biologiques", "bachelor", 3, "biology", "hours",
                            C._parse(NE_BIO), 10, 9),
               C.Curriculum("ne_inf", "NE", "Diplôme d'État d'Infirmier", "diploma", 3, "nursing", "hours",
                            C._parse(NE_INF), 10, 9)],
    mls_curriculum="ne_abm", science_curricula=["ne_bio"], nonqualifying_curricula=["ne_inf"],
    positions_mls=["Technicien Supérieur de laboratoire"],
    positions_science=["Technicien de laboratoire", "Aide-laborantin"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("NE", {
    "blood_bank": ["banque de sang"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["bactériologie"], "immunology": ["immunologie"], "urinalysis": ["cytologie urinaire"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["salle de prélèvements"], "other": ["anatomie pathologique"]})

YEARS = {1: "Première année", 2: "Deuxième année", 3: "Troisième année"}
NEXT = {1: "Admis(e) en 2e année", 2: "Admis(e) en 3e année", 3: "Admis(e)"}
BIRTH = ["Niamey", "Zinder", "Maradi", "Tahoua", "Dosso", "Agadez", "Tillabéri", "Diffa"]


def matricule(s):
    return s.student_no.replace("{opt}", OPT.get(s.curriculum.id, "ABM"))


def birthplace(s):
    return BIRTH[k(s, "bp") % len(BIRTH)]


def coef(r):
    return int(r.spec.code.split("_")[1])


def note(s, salt, r):
    x = 10.0 + (r.score - 45) * 0.17 + (k(s, salt) % 13 - 5) * 0.25
    x = max(10.0, min(17.75, x))
    return round(x * 4) / 4


def years(s):
    """[(year, start_year, [(r, note)], points, max, average, rank, size)]"""
    out = []
    for i, t in enumerate(s.terms):
        rows = [(r, note(s, f"n{i}.{j}", r)) for j, r in enumerate(t.results)]
        pts = sum(n * coef(r) for r, n in rows)
        cs = sum(coef(r) for r, _ in rows)
        avg = round(pts / cs + 1e-9, 2)
        size = 28 + k(s, f"sz{i}") % 20
        rank = 1 + int(max(0, 17.0 - avg) / 8.0 * (size - 1))
        out.append((t.year, t.start_year, rows, pts, 20 * cs, avg, min(rank, size), size))
    return out


def general(s):
    ys = years(s)
    return round(sum(y[5] for y in ys) / len(ys) + 1e-9, 2)


def mention(m):
    return "Très Bien" if m >= 16 else "Bien" if m >= 14 else "Assez Bien" if m >= 12 else "Passable"


def school_lines(s):
    inst = s.institution
    if inst.kind == "university":
        return [inst.extra["ministry"], inst.name, inst.extra["faculty"]]
    return [inst.extra["ministry"], inst.name]


def ne_releve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    person._ak_birthplace = birthplace(s)
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 46, W - 46
    X = [L, L + 250, L + 320, L + 366, L + 430, R]
    nm = f"{person.surname.upper()} {person.given}"
    born = "Née" if person.sex == "F" else "Né"
    ys = years(s)
    pages, out = [], []

    def new_page(first):
        p = Page(A4)
        pages.append(p)
        if not first:
            p.text(L, 40, f"Attestation de relevé de notes – {nm} – Matricule: {matricule(s)}", S, 8)
            return p, 60
        p.text(L + 80, 44, "RÉPUBLIQUE DU NIGER", SB, 10.5, "center")
        p.text(L + 80, 57, "Fraternité – Travail – Progrès", SI, 9, "center")
        p.hline(L + 50, L + 110, 63, 0.5)
        y = 78
        for ln in school_lines(s):
            for part in ([ln] if len(ln) < 42 else [ln[:ln.rfind(" ", 0, 42)], ln[ln.rfind(" ", 0, 42) + 1:]]):
                p.text(L + 80, y, part, SB, 8.5, "center")
                y += 11
        ne_emblem(p, R - 40, 62, 20, 0.35)
        p.text(W / 2, y + 26, "ATTESTATION DE RELEVÉ DE NOTES", SB, 15, "center")
        y += 52
        p.text(L, y, f"Filière: {cur.title}", S, 10)
        p.text(L, y + 14, f"Matricule: {matricule(s)}", S, 10)
        p.text(L, y + 28, f"Nom et Prénoms: {nm}", S, 10)
        p.text(L, y + 42, f"{born} le {dmy(s.dob, '/')} à {birthplace(s)}", S, 10)
        return p, y + 62

    p, y = new_page(True)
    for yr, sy, rows, pts, mx, avg, rank, size in ys:
        need = 30 + 14 * len(rows) + 64
        if y + need > H - 40:
            p, y = new_page(False)
        cap = f"{YEARS[yr]} – Année académique {sy}-{sy + 1}"
        p.text(L, y + 10, cap, SB, 10.5)
        y += 16
        top = y
        p.rect(L, y, R - L, 15, 0.6, 0.0, fill=0.88)
        hd = ["Matières", "Volume horaire", "Coef.", "Note /20", "Note x Coef."]
        p.pieces(y + 10.5, [(X[0] + 4, hd[0], "left", SB, 8.5)] +
                 [((X[i] + X[i + 1]) / 2, hd[i], "center", SB, 8.5) for i in range(1, 5)], SB, 8.5)
        y += 15
        term = f"{YEARS[yr]} {sy}-{sy + 1}"
        for r, n in rows:
            c = coef(r)
            p.pieces(y + 10, [(X[0] + 4, r.spec.title, "left", S, fit_size(r.spec.title, S, 9, X[1] - X[0] - 8)),
                              ((X[1] + X[2]) / 2, str(int(r.spec.credits)), "center"),
                              ((X[2] + X[3]) / 2, str(c), "center"), ((X[3] + X[4]) / 2, comma(n), "center"),
                              ((X[4] + X[5]) / 2, comma(n * c), "center")], S, 9)
            y += 14
            p.hline(L, R, y, 0.3)
            out.append(course_truth(r, term, int(r.spec.credits), comma(n), "hours", code=None, coefficient=c,
                                    points=comma(n * c)))
        p.rect(L, top, R - L, y - top, 0.7)
        for x in X[1:-1]:
            p.vline(x, top, y, 0.4)
        y += 14
        p.spaced(L, y, [f"Total des points: {comma(pts)} / {mx}", f"Moyenne annuelle: {comma(avg)}/20"], SB, 9.5,
                 gap=30)
        p.spaced(L, y + 13, [f"Rang: {rank}{'er' if rank == 1 else 'e'} sur {size}",
                             f"Décision du conseil: {NEXT[yr]}"], S, 9.5, gap=30)
        y += 34
    if y + 150 > H - 30:
        p, y = new_page(False)
    g = general(s)
    y += 6
    p.text(L, y, f"Moyenne générale des trois années: {comma(g)}/20", SB, 10.5)
    p.text(L, y + 14, f"Mention: {mention(g)}", SB, 10.5)
    p.text(L, y + 28, f"Session de juillet {s.conferred.year}", S, 10)
    p.text(L, y + 46, "En foi de quoi la présente attestation est délivrée pour servir et valoir ce que de droit.",
           S, 9.5)
    issue = s.conferred - dt.timedelta(days=30 + k(s, "iss") % 20)
    p.text(R, y + 64, f"Niamey, le {dmy(issue, '/')}", S, 9.5, "right")
    ys_ = min(H - 40, y + 130)
    sign_block(p, rng, L + 90, ys_, "Le Directeur des Études", S, 9.5, 160, inst.extra["de"])
    sign_block(p, rng, R - 100, ys_, "Le Directeur Général", S, 9.5, 160, inst.extra["dg"])
    round_stamp(p, W / 2, ys_ - 20, 32, 0.45)
    return LayoutResult("transcript", "ak_ne_releve", FAMILY, pages, [nm], out, "hours", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ak_ne_releve": (ne_releve, FAMILY, ("NE",))}
