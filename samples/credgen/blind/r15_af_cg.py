"""Writer AF, round 15: Republic of the Congo (CG). Country pack (invented national paramedical schools'
"Diplôme d'État d'Assistant Sanitaire, option Biologie Médicale", three years after the
baccalauréat; a university "Licence ès Sciences, parcours Biologie", three years; the "Diplôme d'État
d'Infirmier", three years) and the school's "RELEVÉ DE NOTES": French, A4 portrait, "RÉPUBLIQUE DU
CONGO / Unité * Travail * Progrès" at the left, the ministry and the school at the right; one table
PER YEAR, each on its own page, captioned "Année académique 2012-2013 — 1ère année", subjects grouped
under bold full-width rows "Matières fondamentales", "Matières professionnelles", "Stages": Matières |
Vol. hor. (total hours) | Coef. | 1ère session (/20, comma decimals) | 2e session (the resit mark when
the first was under 10) | Note retenue | Points (kept mark x coefficient, "45,00"). Under each year:
"Total des points: 512,50 / 900", "Moyenne annuelle: 11,39/20", "Mention: Passable", "Décision du
conseil: Admis(e) en 2e année" (or "Redouble": a candidate who repeated a year has that year printed
twice, the failed attempt first). The last page: "Examen d'État, session de juillet 2015: Admis(e),
Mention Assez-Bien", "Le Directeur des Études" and "Le Directeur Général" with a round stamp partly
over the signatures.

Credit basis: total contact hours per subject ("Vol. hor."), no credits printed: credit_system
"hours", credits = the hours printed, semester_hours = hours / 15 (the generator's SH_FACTOR["hours"],
the ruleset's contact-hour rate: one class hour a week through a 15-week semester). The rows of a
failed year (decision "Redouble") are rows with passed False and semester_hours 0: the year was not
validated and was taken again. Totals: points = sum of kept mark x coefficient, printed maximum = 20 x
sum of coefficients, average = points / sum of coefficients (two decimals, comma).
"""

import datetime as dt

from .. import countries as K
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r15_af_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, cur, k,
                            r2, round_stamp, sign_block, tags_of, fr_date)

CG_BM = """
## 1 Y
CG101 | Anatomie et physiologie humaines | 60 | B | | F | 3
CG102 | Biologie cellulaire | 40 | B | | F | 2
CG103 | Chimie générale | 60 | C | | F | 3
CG104 | Biochimie structurale | 40 | C | | F | 2
CG105 | Mathématiques et statistiques | 40 | M | | F | 2
CG106 | Physique appliquée | 40 | O | | F | 1
CG107 | Français et techniques d'expression | 40 | O | | F | 1
CG108 | Introduction à la biologie médicale | 40 | P | | P | 2
CG109 | Hygiène et sécurité au laboratoire | 40 | P | | P | 2
CG110 | Techniques de prélèvement | 40 | P | | P | 2
CG111 | Stage hospitalier au CHU: initiation au laboratoire | 120 | P | phlebotomy | S | 3
## 2 Y
CG201 | Biochimie métabolique | 60 | C | | F | 3
CG202 | Microbiologie générale | 60 | B | | F | 3
CG203 | Immunologie générale | 40 | ?B | | F | 2
CG204 | Génétique | 40 | B | | F | 2
CG205 | Hématologie | 60 | P | | P | 3
CG206 | Bactériologie médicale | 60 | P | | P | 3
CG207 | Parasitologie | 40 | P | | P | 2
CG208 | Biochimie clinique | 60 | ?P | | P | 3
CG209 | Stage hospitalier au CHU: laboratoire de biochimie | 120 | P | chemistry | S | 3
CG210 | Stage hospitalier au CHU: laboratoire de bactériologie | 120 | P | microbiology | S | 3
## 3 Y
CG301 | Biologie moléculaire | 40 | B | | F | 2
CG302 | Santé publique et épidémiologie | 40 | O | | F | 1
CG303 | Législation et déontologie | 20 | O | | F | 1
CG304 | Immuno-hématologie et transfusion sanguine | 60 | P | | P | 3
CG305 | Virologie et sérologie | 40 | ?B | | P | 2
CG306 | Mycologie médicale | 40 | P | | P | 2
CG307 | Hémostase et hématologie spécialisée | 40 | P | | P | 2
CG308 | Gestion et assurance qualité du laboratoire | 40 | P | | P | 2
CG309 | Mémoire de fin d'études | 60 | O | | P | 3
CG310 | Stage hospitalier au CHU: hématologie et banque de sang | 240 | P | hematology,blood_bank | S | 4
CG311 | Stage en laboratoire polyvalent d'hôpital de district | 240 | P | chemistry,microbiology,urinalysis | S | 4
"""

CG_BIO = """
## 1 Y
CB101 | Biologie cellulaire | 60 | B | | F | 3
CB102 | Chimie générale | 60 | C | | F | 3
CB103 | Mathématiques | 60 | M | | F | 3
CB104 | Physique générale | 60 | O | | F | 3
CB105 | Biologie végétale | 40 | B | | P | 2
CB106 | Biologie animale | 40 | B | | P | 2
CB107 | Anglais scientifique | 40 | O | | F | 1
## 2 Y
CB201 | Biochimie | 60 | C | | F | 3
CB202 | Chimie organique | 60 | C | | F | 3
CB203 | Microbiologie | 60 | B | | P | 3
CB204 | Génétique | 40 | B | | P | 2
CB205 | Statistiques | 40 | M | | F | 2
CB206 | Écologie générale | 40 | B | | P | 2
## 3 Y
CB301 | Physiologie animale | 60 | B | | P | 3
CB302 | Immunologie | 40 | ?B | | P | 2
CB303 | Biologie moléculaire | 60 | B | | P | 3
CB304 | Parasitologie | 40 | B | | P | 2
CB305 | Stage de terrain | 120 | O | | S | 3
CB306 | Mémoire de licence | 60 | O | | P | 3
"""

CG_INF = """
## 1 Y
CI101 | Anatomie et physiologie | 60 | B | | F | 3
CI102 | Soins infirmiers de base | 60 | O | | P | 3
CI103 | Hygiène hospitalière | 40 | O | | P | 2
CI104 | Psychologie | 40 | O | | F | 1
CI105 | Stage hospitalier: médecine générale | 240 | O | | S | 4
## 2 Y
CI201 | Pharmacologie | 40 | O | | F | 2
CI202 | Soins infirmiers en chirurgie | 60 | O | | P | 3
CI203 | Microbiologie et parasitologie | 40 | ?B | | F | 2
CI204 | Stage hospitalier: chirurgie | 240 | O | | S | 4
## 3 Y
CI301 | Santé maternelle et infantile | 60 | O | | P | 3
CI302 | Soins en pédiatrie | 40 | O | | P | 2
CI303 | Santé publique | 40 | O | | F | 2
CI304 | Stage hospitalier: maternité et pédiatrie | 240 | O | | S | 4
"""

TAGS = {"cg_bm": tags_of(CG_BM), "cg_bio": tags_of(CG_BIO), "cg_inf": tags_of(CG_INF)}
DIPLOMA = {"cg_bm": "Diplôme d'État d'Assistant Sanitaire, option Biologie Médicale",
           "cg_bio": "Licence ès Sciences, parcours Biologie",
           "cg_inf": "Diplôme d'État d'Infirmier"}
GROUPS = [("F", "Matières fondamentales"), ("P", "Matières professionnelles"), ("S", "Stages")]
MIN_TECH = "MINISTÈRE DE L'ENSEIGNEMENT TECHNIQUE ET PROFESSIONNEL"
MIN_SUP = "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR"

CG_INST = [
    Institution("École Nationale des Personnels de Santé de Brazzaville", "Brazzaville", "Brazzaville", "CG",
                "Avenue de l'Auberge de Gascogne, B.P. 1124", ("cg_bm", "cg_inf"), "institute",
                extra={"min": MIN_TECH, "short": "ENPS"}),
    Institution("Institut Supérieur Paramédical du Kouilou", "Pointe-Noire", "Pointe-Noire", "CG",
                "Boulevard Loango, B.P. 742", ("cg_bm", "cg_inf"), "institute",
                extra={"min": MIN_TECH, "short": "ISPK"}),
    Institution("Université du Djoué", "Brazzaville", "Brazzaville", "CG", "Faculté des Sciences et Techniques, "
                "B.P. 69", ("cg_bio",), "university", extra={"min": MIN_SUP, "short": "FST"}),
]

PACK = K.CountryPack(
    code="CG", name="Republic of the Congo",
    given={"F": ["Grâce", "Merveille", "Chancelvie", "Prisca", "Divine", "Armelle", "Nadège", "Rosine", "Gloire",
                 "Exaucée"],
           "M": ["Christ", "Durcel", "Princilly", "Rodrigue", "Aymard", "Brice", "Junior", "Fortuné", "Hermann",
                 "Stévy"]},
    surnames=["Mabiala", "Nkounkou", "Moukoko", "Malonga", "Samba", "Ngoma", "Bouanga", "Loemba", "Massamba",
              "Mbemba", "Itoua", "Okemba"],
    middle={"F": [], "M": []},
    institutions=CG_INST,
    employers=[
        Employer("Centre Hospitalier Universitaire de Makélékélé", "Brazzaville", "Brazzaville", "CG",
                 "Avenue du Djoué, B.P. 32", "+242 06 612 40 10", "drh@chu-makelekele.example"),
        Employer("Hôpital Général Adolphe-Sicé du Kouilou", "Pointe-Noire", "Pointe-Noire", "CG",
                 "Avenue Charles de Gaulle, B.P. 188", "+242 05 550 22 33", "direction@hg-kouilou.example"),
        Employer("Centre Hospitalier Départemental de la Bouenza", "Nkayi", "Bouenza", "CG",
                 "Route Nationale 1, B.P. 15", "+242 06 901 12 12", "chd.bouenza@example.cg"),
        Employer("Laboratoire d'Analyses Médicales Le Flamboyant", "Brazzaville", "Brazzaville", "CG",
                 "12 rue Mbochi, Poto-Poto", "+242 06 677 88 99", "contact@labo-flamboyant.example", "lab"),
    ],
    signers=["Dr Jean-Pierre Okandza", "Dr Clarisse Mboungou", "M. Firmin Ebata"],
    curricula=[cur("cg_bm", "CG", "Diplôme d'État d'Assistant Sanitaire, option Biologie Médicale", "diploma", 3,
                   "medical_technology", "hours", CG_BM, 10, 7, True),
               cur("cg_bio", "CG", "Licence ès Sciences, parcours Biologie", "bachelor", 3, "biology", "hours",
                   CG_BIO, 10, 7),
               cur("cg_inf", "CG", "Diplôme d'État d'Infirmier", "diploma", 3, "nursing", "hours", CG_INF, 10, 7)],
    mls_curriculum="cg_bm", science_curricula=["cg_bio"], nonqualifying_curricula=["cg_inf"],
    positions_mls=["Technicien de laboratoire", "Assistant sanitaire en biologie médicale"],
    positions_science=["Technicien de laboratoire", "Aide de laboratoire"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}/{rng.randint(100, 999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("CG", {
    "blood_bank": ["Banque de sang"], "chemistry": ["Biochimie"], "hematology": ["Hématologie"],
    "microbiology": ["Bactériologie"], "immunology": ["Immunologie"], "urinalysis": ["Examens urinaires"],
    "molecular": ["Biologie moléculaire"], "phlebotomy": ["Prélèvements"], "other": ["Anatomie pathologique"]})


def cg_name(person, surname=None):
    """Congolese order: the family name in capitals, then the given names."""
    return " ".join(x for x in ((surname or person.surname).upper(), person.given, person.middle) if x)


def mention(avg):
    if avg >= 16:
        return "Très Bien"
    if avg >= 14:
        return "Bien"
    if avg >= 12:
        return "Assez-Bien"
    if avg >= 10:
        return "Passable"
    return "Insuffisant"


def q(x):
    return round(x * 4) / 4


def year_word(n):
    return "1ère année" if n == 1 else f"{n}e année"


def marks(s, salt, r, weak=False):
    m1 = q(7.5 + (r.score - 45) / 47 * 8.5 + ((k(s, salt) % 9) - 4) * 0.35)
    if weak:
        m1 = q(m1 - 4.5)
    m1 = max(4.0, min(17.5, m1))
    if m1 >= 10:
        return m1, None, m1
    m2 = q(10 + (k(s, salt + "r") % 10) * 0.25) if not weak else q(6 + (k(s, salt + "r") % 14) * 0.25)
    return m1, m2, m2


def cg_transcript(s, person, rng):
    inst, cu = s.institution, s.curriculum
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    fem = person.sex == "F"
    printed = cg_name(person)
    TG = TAGS[cu.id]
    W, H = A4
    L, R = 42, W - 42
    xs = [L, L + 228, L + 272, L + 306, L + 360, L + 414, L + 466, R]
    fz = 8.6
    pages = []
    # the year printed twice: the failed attempt one year before
    rep = (k(s, "rep") % 4 == 0) and cu.id != "cg_inf"
    rep_year = 1 + k(s, "ry") % 2
    plan = []
    for t in s.terms:
        if not rep or t.year > rep_year:
            plan.append((t, t.start_year, False))
        elif t.year < rep_year:
            plan.append((t, t.start_year - 1, False))
        else:
            plan += [(t, t.start_year - 1, True), (t, t.start_year, False)]
    avgs = []
    out = []
    for t, ay, failed in plan:
        p = Page(A4)
        pages.append(p)
        p.text(L + 90, 40, "RÉPUBLIQUE DU CONGO", SB, 10, "center")
        p.text(L + 90, 52, "Unité * Travail * Progrès", SI, 8.5, "center")
        p.hline(L + 60, L + 120, 58, 0.6)
        mn = wrap(inst.extra["min"], SB, 8.5, 250)
        yy = 40
        for ln in mn:
            p.text(R - 130, yy, ln, SB, 8.5, "center")
            yy += 11
        for ln in wrap(inst.name, S, 8.5, 250):
            p.text(R - 130, yy, ln, S, 8.5, "center")
            yy += 11
        p.text(W / 2, 118, "RELEVÉ DE NOTES", SB, 15, "center")
        p.text(L, 140, f"Nom et prénom: {printed}", S, 10)
        p.text(R, 140, f"Matricule: {s.student_no}", S, 10, "right")
        p.text(L, 154, f"{'Née' if fem else 'Né'} le {s.dob.strftime('%d/%m/%Y')}", S, 10)
        p.text(L, 168, f"Filière: {DIPLOMA[cu.id]}", S, 10)
        caption = f"Année académique {ay}-{ay + 1} — {year_word(t.year)}"
        p.text(W / 2, 192, caption, SB, 11, "center")
        y = 202
        p.rect(L, y, R - L, 24, 0.6, 0.0, fill=0.88)
        for x in xs[1:-1]:
            p.vline(x, y, y + 24, 0.4)
        p.pieces(y + 15, [(xs[0] + 4, "Matières", "left"), ((xs[1] + xs[2]) / 2, "Vol. hor.", "center"),
                          ((xs[2] + xs[3]) / 2, "Coef.", "center"), ((xs[3] + xs[4]) / 2, "1ère session", "center"),
                          ((xs[4] + xs[5]) / 2, "2e session", "center"), ((xs[5] + xs[6]) / 2, "Note retenue",
                                                                          "center"),
                          ((xs[6] + xs[7]) / 2, "Points", "center")], SB, 7.6)
        y += 24
        tp = tc = 0.0
        for gk, gname in GROUPS:
            rows = [r for r in t.results if TG[r.spec.code][0] == gk]
            if not rows:
                continue
            p.rect(L, y, R - L, 14, 0.5, 0.0, fill=0.95)
            p.text(L + 4, y + 10, gname, SB, 8.8)
            y += 14
            for j, r in enumerate(rows):
                coef = int(TG[r.spec.code][1])
                salt = f"{t.year}.{r.spec.code}.{'f' if failed else 'p'}"
                m1, m2, kept = marks(s, salt, r, weak=failed)
                pts = kept * coef
                tp += pts
                tc += coef
                lines = wrap(r.spec.title, S, fz, xs[1] - xs[0] - 6)
                hgt = 13 + 10 * (len(lines) - 1)
                p.rect(L, y, R - L, hgt, 0.4, 0.0)
                for x in xs[1:-1]:
                    p.vline(x, y, y + hgt, 0.4)
                hrs = int(r.spec.credits)
                p.pieces(y + 9.5, [(xs[0] + 4, lines[0], "left"), ((xs[1] + xs[2]) / 2, str(hrs), "center"),
                                   ((xs[2] + xs[3]) / 2, str(coef), "center"),
                                   ((xs[3] + xs[4]) / 2, comma(m1), "center"),
                                   ((xs[4] + xs[5]) / 2, comma(m2) if m2 is not None else "", "center"),
                                   ((xs[5] + xs[6]) / 2, comma(kept), "center"),
                                   (xs[7] - 6, comma(pts), "right")], S, fz)
                for i, ln in enumerate(lines[1:], 1):
                    p.text(xs[0] + 4, y + 9.5 + 10 * i, ln, S, fz)
                y += hgt
                extra = {"coefficient": coef, "first_session": comma(m1),
                         "second_session": comma(m2) if m2 is not None else None, "points": comma(pts)}
                if failed:
                    out.append(course_truth(r, caption, hrs, comma(kept), "hours", code=None, passed=False,
                                            semester_hours=0, **extra))
                else:
                    out.append(course_truth(r, caption, hrs, comma(kept), "hours", code=None, **extra))
        avg = r2(tp / tc)
        y += 18
        p.text(L, y, f"Total des points: {comma(tp)} / {int(tc * 20)}", SB, 10)
        p.text(L, y + 15, f"Moyenne annuelle: {comma(avg)}/20", SB, 10)
        p.text(L, y + 30, f"Mention: {mention(avg) if avg >= 10 else 'Néant'}", S, 10)
        adm = "Admise" if fem else "Admis"
        if failed or avg < 10:
            dec = "Redouble"
        elif t.year < cu.years:
            dec = f"{adm} en {year_word(t.year + 1)}"
        else:
            dec = f"{'Autorisée' if fem else 'Autorisé'} à se présenter à l'Examen d'État"
        p.text(L, y + 45, f"Décision du conseil: {dec}", S, 10)
        if not failed:
            avgs.append(avg)
        p.text(R, y + 45, f"Fait à {inst.city}, le {fr_date(dt.date(ay + 1, 7, 10 + k(s, f'cd{ay}') % 15))}", S, 9,
               "right")
        sign_block(p, rng, R - 100, y + 100, "Le Directeur des Études", S, 9, 150)
        y_end = y + 130
    # the state examination, on the last page (a page of its own when the last table is long)
    p = pages[-1]
    if y_end > H - 200:
        p = Page(A4)
        pages.append(p)
        p.text(W / 2, 60, "RELEVÉ DE NOTES (suite)", SB, 12, "center")
    y = H - 190
    fin = r2(sum(avgs) / len(avgs))
    men = mention(max(10.0, fin))
    adm = "Admise" if fem else "Admis"
    kind = "Examen d'État" if cu.level == "diploma" else "Examen de licence"
    p.text(L, y, f"{kind}, session de juillet {s.conferred.year}: {adm}, Mention {men}", SB, 10.5)
    p.text(L, y + 14, f"Diplôme: {DIPLOMA[cu.id]}", S, 10)
    yb = y + 80
    sign_block(p, rng, L + 110, yb, "Le Directeur des Études", S, 9.5, 160)
    sign_block(p, rng, R - 110, yb, "Le Directeur Général", S, 9.5, 160)
    round_stamp(p, R - 170, yb - 10, 36, 0.35)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 24, f"Page {i}/{n}", S, 8, "center")
    return LayoutResult("transcript", "af_cg_releve", FAMILY, by_reading_order(pages), [printed], out, "hours",
                        {"prints_totals": True, "mention": men})


TRANSCRIPT_LAYOUTS = {"af_cg_releve": (cg_transcript, FAMILY, ("CG",))}
