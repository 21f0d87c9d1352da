"""Writer AM, round 19: Luxembourg (LU). Country pack (an invented university in Esch-sur-Alzette giving
the "Bachelor en sciences de la vie" (180 ECTS, 6 semesters) and a "Bachelor en sciences sociales et
éducatives"; an invented lycée technique giving the "BTS Analyses médicales" (2 years, 120 ECTS, an
MLT-level short-cycle diploma, the pack's medical-laboratory programme)) and the trilingual "Relevé de
notes / Notenauszug / Transcript of records", A4 portrait.

The school's name in French top left, the three titles stacked at top right; an identity block with
French labels then German after a slash (Nom / Name, Prénom / Vorname, Matricule / Matrikelnummer (10
digits), Né(e) le / Geboren am (DD.MM.YYYY), Programme / Studiengang). One table per semester headed
"Semestre 1 — Année académique 2015-2016 (semestre d'hiver)": Code (BSLV-1-1: programme, semester,
course number) | Cours / Module (French, German or English titles mixed) | ECTS | Note (/20, "14,5") |
Résultat (Validé; Non validé; Compensé = passed by compensation, a mark of 8-9,9 in a semester whose
average is at least 10; Dispensé = exempted, no mark, credits counted). A course not validated
reappears in the next semester with "(2e session)" after its title. Under each table "Crédits ECTS
acquis: 30 / Moyenne semestrielle: 13,2"; at the end the total, the mention (très bien ≥16, bien ≥14,
assez bien ≥12, passable), the place and date, "Pour le Directeur des études", a signature and a round
stamp.

Truth: credit_system "ects". Each row a course: code, title as printed (with "(2e session)" when
printed), credits, grade the printed Note ("14,5", "" for Dispensé), `result` beside; a Non validé row
carries `passed: false`. Term "Semestre 1 2015-2016".
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r19_am_common import (FAMILY, add_department_phrases, comma, course_truth, dmy, fr_date, k, keep, natural,
                            round_stamp, sign_block, grid)

LU_BTS = """
## 1 S1
BTSAM-1-1 | Biochimie générale | 5 | C
BTSAM-1-2 | Anatomie et physiologie humaines | 5 | B
BTSAM-1-3 | Chemie für medizinische Analysen | 4 | C
BTSAM-1-4 | Hématologie I | 5 | P
BTSAM-1-5 | Mikrobiologie I | 5 | P
BTSAM-1-6 | Mathématiques et statistiques | 3 | M
BTSAM-1-7 | Communication professionnelle | 3 | O
## 1 S2
BTSAM-2-1 | Biochimie clinique I | 6 | P
BTSAM-2-2 | Hämatologie II | 5 | P
BTSAM-2-3 | Microbiology Practicals | 5 | P
BTSAM-2-4 | Immunologie | 4 | ?P
BTSAM-2-5 | Qualitätsmanagement im Labor | 4 | ?M
BTSAM-2-6 | Stage clinique I | 6 | P | chemistry
## 2 S1
BTSAM-3-1 | Biochimie clinique II | 5 | P
BTSAM-3-2 | Immunohématologie et transfusion | 5 | P
BTSAM-3-3 | Parasitologie und Mykologie | 4 | P
BTSAM-3-4 | Biologie moléculaire | 4 | ?B
BTSAM-3-5 | Histologie et cytologie | 4 | P
BTSAM-3-6 | Stage clinique II | 6 | P | hematology,blood_bank
BTSAM-3-7 | English for Laboratory Professionals | 2 | O
## 2 S2
BTSAM-4-1 | Stage clinique III | 16 | P | microbiology,chemistry
BTSAM-4-2 | Travail de fin d'études | 8 | O
BTSAM-4-3 | Hygiène et sécurité au laboratoire | 3 | P
BTSAM-4-4 | Législation et déontologie | 3 | O
"""

LU_BSLV = """
## 1 S1
BSLV-1-1 | Biochimie générale | 5 | C
BSLV-1-2 | Zellbiologie | 5 | B
BSLV-1-3 | Chimie générale | 6 | C
BSLV-1-4 | Mathematics for Life Sciences | 5 | M
BSLV-1-5 | Physique | 4 | O
BSLV-1-6 | Biologie animale | 5 | B
## 1 S2
BSLV-2-1 | Organische Chemie | 6 | C
BSLV-2-2 | Genetics | 5 | B
BSLV-2-3 | Biologie végétale | 5 | B
BSLV-2-4 | Statistik | 4 | M
BSLV-2-5 | Microbiology Practicals | 5 | B
BSLV-2-6 | Scientific English | 5 | O
## 2 S1
BSLV-3-1 | Biochimie métabolique | 6 | C
BSLV-3-2 | Mikrobiologie | 5 | B
BSLV-3-3 | Physiologie humaine | 5 | B
BSLV-3-4 | Molecular Biology | 6 | B
BSLV-3-5 | Chimie analytique | 4 | C
BSLV-3-12 | Écologie | 4 | B
## 2 S2
BSLV-4-1 | Immunologie | 5 | ?B
BSLV-4-2 | Neurobiologie | 5 | B
BSLV-4-3 | Bioinformatics | 5 | O
BSLV-4-4 | Entwicklungsbiologie | 5 | B
BSLV-4-5 | Biophysique | 5 | O
BSLV-4-6 | Travaux pratiques de biochimie | 5 | C
## 3 S1
BSLV-5-1 | Virologie | 5 | B
BSLV-5-2 | Pharmacologie | 5 | O
BSLV-5-3 | Cancer Biology | 5 | B
BSLV-5-4 | Biostatistique avancée | 5 | M
BSLV-5-5 | Systems Biology | 5 | B
BSLV-5-6 | Toxikologie | 5 | ?C
## 3 S2
BSLV-6-1 | Stage en laboratoire | 12 | B
BSLV-6-2 | Mémoire de bachelor | 12 | O
BSLV-6-3 | Éthique des sciences de la vie | 3 | O
BSLV-6-4 | Epidemiology | 3 | ?M
"""

LU_BSSE = """
## 1 S1
BSSE-1-1 | Introduction aux sciences sociales | 6 | O
BSSE-1-2 | Entwicklungspsychologie | 6 | O
BSSE-1-3 | Pédagogie générale | 6 | O
BSSE-1-4 | Sociologie de la famille | 6 | O
BSSE-1-5 | Academic Writing | 6 | O
## 1 S2
BSSE-2-1 | Psychologie sociale | 6 | O
BSSE-2-2 | Sozialpolitik in Luxemburg | 6 | O
BSSE-2-3 | Méthodes de recherche qualitatives | 6 | O
BSSE-2-4 | Statistics for Social Sciences | 6 | M
BSSE-2-5 | Droit de la jeunesse | 6 | O
## 2 S1
BSSE-3-1 | Travail social communautaire | 6 | O
BSSE-3-2 | Inklusion und Diversität | 6 | O
BSSE-3-3 | Éducation de la petite enfance | 6 | O
BSSE-3-4 | Santé publique | 6 | ?B
BSSE-3-5 | Communication interculturelle | 6 | O
## 2 S2
BSSE-4-1 | Stage professionnel I | 12 | O
BSSE-4-2 | Beratungskompetenz | 6 | O
BSSE-4-3 | Éthique professionnelle | 6 | O
BSSE-4-4 | Gestion de projets sociaux | 6 | O
## 3 S1
BSSE-5-1 | Semestre de mobilité | 30 | O
## 3 S2
BSSE-6-1 | Stage professionnel II | 12 | O
BSSE-6-2 | Mémoire de bachelor | 12 | O
BSSE-6-3 | Supervision | 6 | O
"""

LU_INST = [
    Institution("Université Alzette", "Esch-sur-Alzette", "Canton d'Esch-sur-Alzette", "LU",
                "2, avenue de la Fonte, L-4364 Esch-sur-Alzette", ("lu_bslv", "lu_bsse"), "university",
                extra={"de": "Universität Alzette", "rector": "Prof. Dr. Marc Schaack"}),
    Institution("Lycée technique de la Sûre – Professions de santé", "Ettelbruck", "Canton de Diekirch", "LU",
                "12, rue du Lycée, L-9052 Ettelbruck", ("lu_bts",), "college",
                extra={"de": "Technisches Lyzeum an der Sauer – Gesundheitsberufe",
                       "de_gen": "Technischen Lyzeums an der Sauer – Gesundheitsberufe", "rector": "Nadine Weis-Kremer"}),
]

PROG = {"lu_bts": ("BTS Analyses médicales", "Medizinische Analysen"),
        "lu_bslv": ("Bachelor en sciences de la vie", "Bachelor in den Biowissenschaften"),
        "lu_bsse": ("Bachelor en sciences sociales et éducatives", "Bachelor in Sozial- und Erziehungswissenschaften")}


def _student_no(rng, start_year, inst):
    return f"{start_year}{rng.randint(100000, 999999)}"


PACK = K.CountryPack(
    code="LU", name="Luxembourg",
    given={"F": ["Anne", "Claudine", "Mireille", "Sandra", "Carole", "Lynn", "Joëlle", "Tessy", "Martine", "Sophie"],
           "M": ["Luc", "Marc", "Pascal", "Tom", "Jeff", "Yves", "Gilles", "Claude", "Ben", "Laurent"]},
    surnames=["Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Schroeder", "Kremer", "Reding", "Majerus",
              "Feltgen", "Hansen", "Lentz", "Steichen", "Da Silva", "Ferreira"],
    middle={"F": [], "M": []},
    institutions=LU_INST,
    employers=[
        Employer("Laboratoires Moselle S.A.", "Luxembourg", "Canton de Luxembourg", "LU",
                 "17, route d'Arlon, L-1140 Luxembourg", "+352 48 80 10-1", "rh@labmoselle.example", "lab"),
        Employer("Laboratoires d'Analyses Médicales Minett S.A.", "Dudelange", "Canton d'Esch-sur-Alzette", "LU",
                 "5, rue de la Libération, L-3511 Dudelange", "+352 51 77 22-1", "personnel@lam-minett.example", "lab"),
        Employer("Centre Hospitalier de l'Éislek", "Wiltz", "Canton de Wiltz", "LU",
                 "1, rue de l'Hôpital, L-9515 Wiltz", "+352 95 08 1", "drh@chel.example"),
    ],
    signers=["Nathalie Kieffer", "Paul Bissen", "Isabelle Goergen"],
    curricula=[C.Curriculum("lu_bts", "LU", "BTS Analyses médicales", "diploma", 2, "medical_technology", "ects",
                            C._parse(LU_BTS), 9, 7, clinical_training=True),
               C.Curriculum("lu_bslv", "LU", "Bachelor en sciences de la vie", "bachelor", 3, "biology", "ects",
                            C._parse(LU_BSLV), 9, 7),
               C.Curriculum("lu_bsse", "LU", "Bachelor en sciences sociales et éducatives", "bachelor", 3, "other",
                            "ects", C._parse(LU_BSSE), 9, 7)],
    mls_curriculum="lu_bts", science_curricula=["lu_bslv"], nonqualifying_curricula=["lu_bsse"],
    positions_mls=["technicien de laboratoire médical"], positions_science=["laborantin"],
    code_style="keep", student_no=_student_no, honours=[])
K.register(PACK)
add_department_phrases("LU", {
    "blood_bank": ["immunohématologie"], "chemistry": ["biochimie clinique"], "hematology": ["hématologie"],
    "microbiology": ["microbiologie"], "immunology": ["immunologie"], "urinalysis": ["analyses urinaires"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["anatomie pathologique"]})


def mark_of(s, r, salt):
    m = 8.5 + (r.score - 45) * 9.0 / 47 + (k(s, salt) % 9 - 4) * 0.4
    return round(max(10.0, min(19.0, m)) * 2) / 2 if k(s, salt + "h") % 3 else round(max(10.0, min(19.0, m)), 1)


def lu_rows(s):
    """[(t, number, [(r, title, mark or None, result, passed)])]."""
    fail = comp = disp = None
    cands = [(i, j) for i, t in enumerate(s.terms[:-1]) for j, r in enumerate(t.results) if not r.spec.areas]
    if k(s, "fail") % 3 == 0 and cands:
        fail = cands[k(s, "fw") % len(cands)]
    if k(s, "comp") % 3 == 1 and cands:
        comp = cands[k(s, "cw") % len(cands)]
    if k(s, "disp") % 6 == 0:
        disp = (0, k(s, "dw") % len(s.terms[0].results))
    out, pending = [], []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            if disp == (i, j):
                rows.append((r, r.spec.title, None, "Dispensé", True))
            elif fail == (i, j):
                rows.append((r, r.spec.title, 5.0 + k(s, "fm") % 25 / 10, "Non validé", False))
                pending.append(r)
            elif comp == (i, j) and comp != fail:
                rows.append((r, r.spec.title, 8.0 + k(s, "cm") % 19 / 10, "Compensé", True))
            else:
                rows.append((r, r.spec.title, mark_of(s, r, f"m{i}.{j}"), "Validé", True))
        if i > 0:
            for r in pending:
                rows.append((r, f"{r.spec.title} (2e session)", max(10.0, mark_of(s, r, "rep") - 2), "Validé", True))
            pending = []
        out.append((t, 2 * (t.year - 1) + (1 if t.key == "S1" else 2), rows))
    return out


def avg(rows):
    num = sum(m * r.spec.credits for r, _, m, _, _ in rows if m is not None)
    den = sum(r.spec.credits for r, _, m, _, _ in rows if m is not None)
    return num / den if den else 0.0


def mention(a):
    return "très bien" if a >= 16 else "bien" if a >= 14 else "assez bien" if a >= 12 else "passable"


def overall(s):
    return avg([x for _, _, rows in lu_rows(s) for x in rows])


def lu_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 46, W - 46
    X = [L, L + 70, L + 340, L + 380, L + 424, R]
    pages = []
    fr, de = PROG[cur.id]

    def new_page():
        p = Page(A4)
        pages.append(p)
        if len(pages) == 1:
            p.text(L, 52, inst.name, SB, 11.5)
            p.text(L, 64, inst.street, S, 7.5)
            for i, t in enumerate(("Relevé de notes", "Notenauszug", "Transcript of records")):
                p.text(R, 50 + 13 * i, t, SB if i == 0 else S, 11 if i == 0 else 9.5, "right")
            y = 112
            for a, b in (("Nom / Name", person.surname.upper()), ("Prénom / Vorname", person.given),
                         ("Matricule / Matrikelnummer", s.student_no), ("Né(e) le / Geboren am", dmy(s.dob)),
                         ("Programme / Studiengang", f"{fr} / {de}")):
                p.pieces(y, [(L, a, "left", S, 8.5), (L + 140, b, "left", SB, fit_size(b, SB, 9, R - L - 140))], S, 9)
                y += 13
            return p, y + 10
        p.pieces(44, [(L, f"{inst.name} – Relevé de notes", "left"),
                      (R, f"{person.surname.upper()} {person.given} – {s.student_no}", "right")], S, 7.5)
        return p, 62

    p, y = new_page()
    out = []
    blocks = lu_rows(s)
    tot = 0
    for t, n, rows in blocks:
        need = 30 + 13 * len(rows) + 26
        if y + need > H - 60:
            p, y = new_page()
        ay = f"{t.start_year}-{t.start_year + 1}"
        cap = f"Semestre {n} — Année académique {ay} ({'semestre d’hiver' if t.key == 'S1' else 'semestre d’été'})"
        p.text(L, y + 10, cap, SB, 9)
        y += 16
        p.rect(L, y, R - L, 14, 0.5, 0.0, fill=0.9)
        p.pieces(y + 10, [(X[0] + 3, "Code", "left"), (X[1] + 3, "Cours / Module", "left"),
                          ((X[2] + X[3]) / 2, "ECTS", "center"), ((X[3] + X[4]) / 2, "Note", "center"),
                          ((X[4] + X[5]) / 2, "Résultat", "center")], SB, 8)
        top = y
        y += 14
        ern = 0
        for r, title, m, res, ok in rows:
            p.pieces(y + 9.5, [(X[0] + 3, r.code, "left"),
                               (X[1] + 3, title, "left", S, fit_size(title, S, 8.5, X[2] - X[1] - 6)),
                               ((X[2] + X[3]) / 2, str(int(r.spec.credits)), "center"),
                               ((X[3] + X[4]) / 2, "" if m is None else comma(m), "center"),
                               ((X[4] + X[5]) / 2, res, "center")], S, 8.5)
            y += 13
            p.hline(L, R, y, 0.25)
            extra = {"result": res}
            if not ok:
                extra["passed"] = False
            else:
                ern += r.spec.credits
            if title != r.spec.title:
                extra["session"] = 2
            out.append(course_truth(r, f"Semestre {n} {ay}", int(r.spec.credits), "" if m is None else comma(m),
                                    "ects", title=title, code=r.code, **extra))
        grid(p, X, top, y)
        tot += ern
        p.text(R, y + 12, f"Crédits ECTS acquis: {int(ern)} / Moyenne semestrielle: {comma(avg(rows))}", S, 8.5,
               "right")
        y += 26
    if y + 160 > H - 40:
        p, y = new_page()
    a = overall(s)
    y += 6
    p.text(L, y, f"Total crédits ECTS: {int(tot)}", SB, 10)
    p.text(L, y + 15, f"Moyenne générale: {comma(a)} / 20", SB, 10)
    p.text(L, y + 30, f"Mention: {mention(a).capitalize()}", SB, 10)
    p.text(L, y + 46, "Échelle de notation: 0 à 20; seuil de réussite 10/20. Validé · Non validé · Compensé "
                      "(validé par compensation) · Dispensé", SI, 7.5)
    p.text(L, y + 72, f"{inst.city}, le {fr_date(s.conferred + __import__('datetime').timedelta(days=k(s, 'i') % 9))}",
           S, 9.5)
    p.text(R - 100, y + 92, "Pour le Directeur des études", S, 9, "center")
    p.signature(R - 160, y + 126, 110, rng)
    round_stamp(p, R - 200, y + 118, 30, 0.55)
    n = len(pages)
    for i, q in enumerate(pages, 1):
        q.text(R, H - 28, f"{i}/{n}", S, 7.5, "right")
    return LayoutResult("transcript", "am_lu_releve", FAMILY, pages, [f"{person.surname.upper()} {person.given}"],
                        out, "ects", {"prints_totals": True, "pass_mark": 10})


TRANSCRIPT_LAYOUTS = {"am_lu_releve": (lu_transcript, FAMILY, ("LU",))}
