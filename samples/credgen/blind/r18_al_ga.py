"""Writer AL, round 18: Gabon (GA). Country pack (an invented university of health sciences'
"Licence Professionnelle en Biologie Médicale", LMD, 3 years, 180 crédits; an invented university's
"Licence Sciences de la Vie – Biologie"; the health university's "Licence en Sciences Infirmières")
and the "RELEVÉ DE NOTES ET DE RÉSULTATS" of the THIRD year (semesters 5 and 6), one document per
academic year: A4 portrait, French, "République Gabonaise / Union – Travail – Justice" at the top left,
the university at the top right, "Année universitaire 2016-2017", N° Matricule, Nom, Prénom(s),
Parcours. ONE table for the year with the semester as a COLUMN: Sem. ("S5", "S6") | Code UE
("LBM 351") | Unités d'enseignement | Crédits | Moyenne /20 ("12,50") | Session ("1", or "2" for a UE
passed at the resit) | Crédits acquis | Décision (V validée, VC validée par compensation: a UE average
of 8-9,99 in a semester whose average is at least 10). Under the table the credits acquired per
semester, the annual average (credit-weighted), the jury's decision, the capitalised credits of the
three years, the mention, the legend, "Le Chef du Service de la Scolarité" and "Le Doyen".

The pack's curricula hold only the third year (the document shows no other): the earlier years appear
only in the line "Crédits capitalisés: L1 60, L2 60, L3 60 = 180", which is therefore the one printed
total that is not the sum of the truth's rows (the per-semester "Crédits acquis" totals are).
Credit basis: LMD crédits = ECTS (credit_system "ects", x 1/2). Truth term "S5 2016-2017"; grade the
printed average ("12,50") with `session`, `decision`, `credits_acquired` beside.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r18_al_common import (FAMILY, add_department_phrases, comma, course_truth, dmy, fr_date, grid, k, keep_dob,
                            round_stamp, sign_block, watermark_crest)

GA_LBM = """
## 3 S1
LBM 351 | Biochimie clinique approfondie | 4 | P
LBM 352 | Hématologie et hémostase | 4 | P
LBM 353 | Bactériologie médicale | 4 | P
LBM 354 | Parasitologie et mycologie médicales | 4 | P
LBM 355 | Immunologie et sérologie | 3 | ?P
LBM 356 | Biologie moléculaire appliquée | 3 | ?B
LBM 357 | Assurance qualité au laboratoire | 3 | ?P
LBM 358 | Anglais scientifique | 3 | O
LBM 359 | Législation et éthique professionnelles | 2 | O
## 3 S2
LBM 361 | Immunohématologie et transfusion sanguine | 4 | P
LBM 362 | Cytologie et anatomie pathologique | 3 | ?P
LBM 363 | Biostatistique et épidémiologie | 3 | M
LBM 364 | Gestion d'un laboratoire d'analyses | 3 | P
LBM 365 | Stage hospitalier | 10 | P | chemistry,hematology,microbiology,blood_bank
LBM 366 | Rapport de stage et soutenance | 7 | O
"""

GA_BIO = """
## 3 S1
SVB 351 | Biologie cellulaire et moléculaire | 6 | B
SVB 352 | Physiologie animale | 6 | B
SVB 353 | Microbiologie générale | 6 | B
SVB 354 | Biochimie métabolique | 6 | C
SVB 355 | Génétique des populations | 6 | B
## 3 S2
SVB 361 | Immunologie | 6 | B
SVB 362 | Écologie des forêts équatoriales | 6 | ?B
SVB 363 | Biostatistique | 4 | M
SVB 364 | Biologie végétale | 6 | B
SVB 365 | Stage de terrain | 8 | O
"""

GA_SI = """
## 3 S1
LSI 351 | Soins infirmiers en médecine | 8 | O
LSI 352 | Soins infirmiers en chirurgie | 8 | O
LSI 353 | Santé communautaire | 6 | O
LSI 354 | Pharmacologie clinique | 4 | O
LSI 355 | Éthique et déontologie | 4 | O
## 3 S2
LSI 361 | Soins en pédiatrie et maternité | 8 | O
LSI 362 | Stage clinique intégré | 14 | O
LSI 363 | Méthodologie de la recherche | 4 | O
LSI 364 | Gestion des soins | 4 | O
"""

PROG = {"ga_lbm": ("Licence Professionnelle en Biologie Médicale", "Analyses Biologiques Médicales",
                   "Sciences de la Santé", "Biologie Médicale"),
        "ga_bio": ("Licence Sciences de la Vie – Biologie", "Biologie des Organismes", "Sciences et Technologies",
                   "Sciences de la Vie"),
        "ga_si": ("Licence en Sciences Infirmières", "Soins Infirmiers", "Sciences de la Santé",
                  "Sciences Infirmières")}

GA_INST = [
    Institution("Université des Sciences de la Santé de l'Estuaire", "Libreville", "Estuaire", "GA",
                "B.P. 4009, Owendo, Libreville", ("ga_lbm", "ga_si"), "university",
                extra={"fac": "Faculté de Médecine et des Sciences de la Santé", "doyen": "Pr Aimé Mba Ondo",
                       "scol": "Mme Huguette Moussavou", "rector": "Pr Sylvie Nzé Obiang"}),
    Institution("Université du Haut-Ogooué", "Franceville", "Haut-Ogooué", "GA",
                "B.P. 901, Franceville", ("ga_bio", "ga_lbm"), "university",
                extra={"fac": "Faculté des Sciences", "doyen": "Pr Gervais Ndong Essono",
                       "scol": "M. Rodrigue Bouanga", "rector": "Pr Jean-Rémy Mabika"}),
]


def _sn(rng, start_year, inst):
    return f"{start_year % 100:02d}{rng.choice(['USS', 'UHO'])}{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="GA", name="Gabon",
    given={"F": ["Prisca", "Gisèle", "Nadège", "Murielle", "Flore", "Edwige", "Sandrine", "Larissa", "Ornella",
                 "Christelle"],
           "M": ["Ghislain", "Rodrigue", "Brice", "Landry", "Fabrice", "Hervé", "Arsène", "Davy", "Stève",
                 "Junior"]},
    surnames=["Mba Ondo", "Nzé", "Moussavou", "Obame", "Mintsa", "Boussougou", "Ndong", "Mabika", "Nguema",
              "Ovono Mve", "Bouanga", "Koumba", "Ella", "Mouloungui"],
    middle={"F": [], "M": []},
    institutions=GA_INST,
    employers=[
        Employer("Centre Hospitalier Universitaire de l'Estuaire", "Libreville", "Estuaire", "GA",
                 "Boulevard Triomphal, B.P. 2228, Libreville", "+241 01 55 01 42", "drh@chu-estuaire.example"),
        Employer("Hôpital Régional de Franceville", "Franceville", "Haut-Ogooué", "GA",
                 "Quartier Potos, B.P. 144, Franceville", "+241 01 55 02 18", "direction@hr-franceville.example"),
        Employer("Laboratoire d'Analyses Médicales Akanda Bio", "Libreville", "Estuaire", "GA",
                 "Angondjé, B.P. 7712, Libreville", "+241 01 55 07 61", "contact@akandabio.example", "lab"),
    ],
    signers=["Mme Clarisse Nguema Obiang", "M. Patrick Koumba", "Dr Annick Ella Mintsa"],
    curricula=[C.Curriculum("ga_lbm", "GA", PROG["ga_lbm"][0], "bachelor", 3, "medical_laboratory_science", "ects",
                            C._parse(GA_LBM), 10, 7, clinical_training=True),
               C.Curriculum("ga_bio", "GA", PROG["ga_bio"][0], "bachelor", 3, "biology", "ects",
                            C._parse(GA_BIO), 10, 7),
               C.Curriculum("ga_si", "GA", PROG["ga_si"][0], "bachelor", 3, "nursing", "ects",
                            C._parse(GA_SI), 10, 7)],
    mls_curriculum="ga_lbm", science_curricula=["ga_bio"], nonqualifying_curricula=["ga_si"],
    positions_mls=["technicien de laboratoire", "technicien supérieur de biologie médicale"],
    positions_science=["aide de laboratoire", "préparateur de laboratoire"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("GA", {
    "blood_bank": ["banque de sang"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["bactériologie"], "immunology": ["sérologie"], "urinalysis": ["parasitologie et urines"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["salle de prélèvements"], "other": ["anatomie pathologique"]})


def mention(m):
    return "Très Bien" if m >= 16 else "Bien" if m >= 14 else "Assez Bien" if m >= 12 else "Passable"


def ga_rows(s):
    """[(sem, r, avg, session, decision)] per semester; every UE is finally acquired."""
    out = []
    for i, t in enumerate(s.terms):
        sem = "S5" if t.key == "S1" else "S6"
        rows = []
        for j, r in enumerate(t.results):
            avg = max(10.0, min(17.5, 7 + r.score / 10 + (k(s, f"a{i}.{j}") % 40) / 20))
            sess, dec = "1", "V"
            h = k(s, f"h{i}.{j}") % 14
            if h == 0 and not r.spec.areas:
                sess, avg = "2", 10.0 + (k(s, f"r{i}.{j}") % 30) / 10
            elif h == 1 and not r.spec.areas:
                avg, dec = 8.0 + (k(s, f"c{i}.{j}") % 19) / 10, "VC"
            avg = round(avg * 4) / 4
            rows.append((sem, r, avg, sess, dec))
        out.append((t, sem, rows))
    return out


def ga_mean(s):
    w = c = 0.0
    for t, sem, rows in ga_rows(s):
        for sem_, r, avg, sess, dec in rows:
            w += avg * r.spec.credits
            c += r.spec.credits
    return w / c


def ga_releve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 36, W - 36
    X = [L, L + 30, L + 84, L + 300, L + 340, L + 392, L + 438, L + 486, R]
    prog = PROG[cur.id]
    t3 = s.terms[0]
    ay = f"{t3.start_year}-{t3.start_year + 1}"
    p = Page(A4)
    p.text(L, 40, "RÉPUBLIQUE GABONAISE", SB, 9)
    p.text(L, 51, "Union – Travail – Justice", S, 8)
    p.text(L, 64, "Ministère de l'Enseignement Supérieur", S, 7.5)
    watermark_crest(p, W / 2, 52, 20, 0.3)
    p.text(R, 40, inst.name, SB, fit_size(inst.name, SB, 9, 230), "right")
    p.text(R, 51, inst.extra["fac"], S, 7.5, "right")
    p.text(R, 62, "Service de la Scolarité", S, 7.5, "right")
    p.text(W / 2, 98, "RELEVÉ DE NOTES ET DE RÉSULTATS", SB, 14, "center")
    p.text(W / 2, 113, f"Année universitaire {ay}", SB, 10, "center")
    nom = person.surname.upper()
    pren = " ".join(x for x in (person.given, person.middle) if x)
    y = 136
    for a, b in ((f"N° Matricule: {s.student_no}", f"Diplôme préparé: {prog[0]}"),
                 (f"Nom: {nom}", "Niveau: Licence 3 (semestres 5 et 6)"),
                 (f"Prénom(s): {pren}", f"Parcours: {prog[1]}"),
                 (f"Né(e) le: {dmy(s.dob)}", f"Domaine: {prog[2]}")):
        p.pieces(y, [(L, a, "left"), (L + 250, b, "left", S, fit_size(b, S, 8.8, R - L - 250))], S, 8.8)
        y += 12.5
    y += 6
    p.rect(L, y, R - L, 24, 0, 0, fill=0.86)
    hs = [("Sem.", ""), ("Code UE", ""), ("Unités d'enseignement", ""), ("Crédits", ""), ("Moyenne", "/20"),
          ("Session", ""), ("Crédits", "acquis"), ("Décision", "")]
    for c, (a, b) in enumerate(hs):
        x = (X[c] + X[c + 1]) / 2 if c != 2 else X[2] + 4
        al = "center" if c != 2 else "left"
        p.text(x, y + (10 if b else 15), a, SB, 7.8, al)
        if b:
            p.text(x, y + 20, b, SB, 7.8, al)
    top = y
    y += 24
    out = []
    acq = {}
    wsum = csum = 0.0
    blocks = ga_rows(s)
    for t, sem, rows in blocks:
        for sem_, r, avg, sess, dec in rows:
            cr = int(r.spec.credits)
            title = r.spec.title
            p.pieces(y + 10, [((X[0] + X[1]) / 2, sem, "center"), ((X[1] + X[2]) / 2, r.code, "center"),
                              (X[2] + 4, title, "left", S, fit_size(title, S, 8, X[3] - X[2] - 8)),
                              ((X[3] + X[4]) / 2, str(cr), "center"), ((X[4] + X[5]) / 2, comma(avg), "center"),
                              ((X[5] + X[6]) / 2, sess, "center"), ((X[6] + X[7]) / 2, str(cr), "center"),
                              ((X[7] + X[8]) / 2, dec, "center")], S, 8)
            y += 14
            p.hline(L, R, y, 0.25)
            acq[sem] = acq.get(sem, 0) + cr
            wsum += avg * cr
            csum += cr
            out.append(course_truth(r, f"{sem} {ay}", cr, comma(avg), "ects", session=sess, decision=dec,
                                    credits_acquired=cr))
        p.hline(L, R, y, 0.8)
    grid(p, X, top, y)
    mean = wsum / csum
    y += 18
    p.text(L, y, ", ".join(f"Crédits acquis {k_}: {v}/{v}" for k_, v in acq.items()), SB, 9)
    p.text(L, y + 14, f"Moyenne annuelle: {comma(mean)}/20", SB, 9)
    p.text(L, y + 28, "Décision du jury: ADMIS(E) — Licence obtenue", SB, 9)
    p.text(L, y + 42, f"Crédits capitalisés: L1 60, L2 60, L3 {int(csum)} = {120 + int(csum)}", S, 9)
    p.text(L, y + 56, f"Mention: {mention(mean)}", SB, 9)
    p.text(L, y + 74, "Légende: V = UE validée; VC = UE validée par compensation; NV = UE non validée. "
                      "Session 2 = session de rattrapage.", S, 7.5)
    p.text(L, y + 85, "Mentions: Passable 10-11,99; Assez Bien 12-13,99; Bien 14-15,99; Très Bien 16 et plus.", S, 7.5)
    iss = s.conferred
    p.text(L, y + 104, f"Fait à {inst.city}, le {fr_date(iss)}", S, 9)
    y += 160
    sign_block(p, rng, L + 100, y, "Le Chef du Service de la Scolarité", S, 8.5, 180, inst.extra["scol"])
    sign_block(p, rng, R - 100, y, "Le Doyen", S, 8.5, 160, inst.extra["doyen"])
    round_stamp(p, R - 170, y - 14, 30, 0.45)
    nm = f"{nom} {pren}"
    return LayoutResult("transcript", "al_ga_releve", FAMILY, [p], [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"al_ga_releve": (ga_releve, FAMILY, ("GA",))}
