"""Writer AB, round 13: Togo (TG). Country pack (a public university's Institut des Sciences de la
Santé: "Licence professionnelle en Biologie Médicale", LMD, six semesters, 180 credits; Licence en
Sciences Biologiques; Licence professionnelle en Sciences Infirmières) and the "ATTESTATION DE
RELEVÉ DE NOTES": one landscape A4 page per academic year, in French; the year's two semesters side
by side ("SEMESTRE 5" table on the left half, "SEMESTRE 6" on the right), each with its own header
row and its own number of rows: Code UE | Intitulé | Cr. | Moy./20 ("11,25") | Grade (A-F) |
Résultat ("Validée", "Validée par compensation" for 8 <= Moy < 10, "Non validée"). Under each half
"Total crédits: 30 | Moyenne semestrielle: 12,08"; below both a full-width RÉCAPITULATIF box
("Crédits acquis dans l'année: 60/60  Crédits cumulés: 180/180  Décision: Diplômable  Mention: Bien").
A candidate's transcript is the three yearly attestations in one document (L1, L2, L3).

Now and then a UE is "Non validée" (grade F) in year 1 or 2 and is taken again in the same semester
of the next year (it then appears in that year's half with its credits, a "dette" carried over):
the failed row is truth with passed False and semester_hours 0; "Total crédits" counts validated
credits. Credit basis: LMD credits are ECTS credits (30 a semester), system "ects" (x 1/2 SH).
Page text: the header, then the left half (semester rows and its totals), then the right half, then
the récapitulatif and the signature (two-column convention)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Page, fit_size
from .r13_ab_common import (FAMILY, add_department_phrases, comma, course_truth, fr_date, k, parse, r2,
                            round_stamp, sign_block)

TG_MLS = """
## 1 S1
BMD 111 | Chimie générale | 5 | C
BMD 112 | Biologie cellulaire | 5 | B
BMD 113 | Anatomie et physiologie humaines I | 5 | B
BMD 114 | Mathématiques et biostatistique | 4 | M
BMD 115 | Physique appliquée à la biologie | 4 | O
BMD 116 | Techniques d'expression française | 3 | O
BMD 117 | Informatique de base | 4 | O
## 1 S2
BMD 121 | Chimie organique | 5 | C
BMD 122 | Anatomie et physiologie humaines II | 5 | B
BMD 123 | Génétique | 4 | B
BMD 124 | Microbiologie générale | 5 | B
BMD 125 | Techniques de laboratoire et biosécurité | 5 | ?P
BMD 126 | Anglais scientifique | 3 | O
BMD 127 | Santé publique et hygiène | 3 | O
## 2 S1
BMD 231 | Biochimie structurale et métabolique | 5 | C
BMD 232 | Hématologie I | 5 | P
BMD 233 | Bactériologie médicale | 5 | P
BMD 234 | Immunologie générale | 4 | ?B
BMD 235 | Chimie analytique | 5 | C
BMD 236 | Histologie et embryologie | 3 | B
BMD 237 | Éthique et déontologie professionnelle | 3 | ?O
## 2 S2
BMD 241 | Biochimie clinique I | 5 | ?P
BMD 242 | Hématologie II et hémostase | 5 | P
BMD 243 | Parasitologie et mycologie médicales | 5 | P
BMD 244 | Virologie médicale | 4 | ?P
BMD 245 | Immunohématologie | 4 | P
BMD 246 | Épidémiologie | 4 | O
BMD 247 | Anglais professionnel | 3 | O
## 3 S1
BMD 351 | Biochimie clinique II | 5 | ?P
BMD 352 | Bactériologie clinique | 5 | P
BMD 353 | Transfusion sanguine | 4 | ?P
BMD 354 | Anatomie et cytologie pathologiques | 4 | P
BMD 355 | Biologie moléculaire appliquée au diagnostic | 4 | ?P
BMD 356 | Assurance qualité et gestion du laboratoire | 4 | P
BMD 357 | Analyse des urines et liquides biologiques | 4 | P
## 3 S2
BMD 361 | Stage professionnel en laboratoire hospitalier | 18 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
BMD 362 | Mémoire de fin de cycle | 8 | O
BMD 363 | Entrepreneuriat et législation sanitaire | 4 | O
"""

TG_BIO = """
## 1 S1
SBV 111 | Chimie générale | 6 | C
SBV 112 | Biologie cellulaire | 6 | B
SBV 113 | Mathématiques générales | 6 | M
SBV 114 | Physique générale | 6 | O
SBV 115 | Méthodologie du travail universitaire | 6 | O
## 1 S2
SBV 121 | Chimie organique | 6 | C
SBV 122 | Biologie animale | 6 | B
SBV 123 | Biologie végétale | 6 | B
SBV 124 | Statistique appliquée | 6 | M
SBV 125 | Anglais | 6 | O
## 2 S1
SBV 231 | Biochimie générale | 6 | C
SBV 232 | Génétique | 6 | B
SBV 233 | Microbiologie générale | 6 | B
SBV 234 | Physiologie animale | 6 | B
SBV 235 | Écologie générale | 6 | ?B
## 2 S2
SBV 241 | Biochimie métabolique | 6 | C
SBV 242 | Physiologie végétale | 6 | B
SBV 243 | Immunologie | 6 | B
SBV 244 | Zoologie | 6 | B
SBV 245 | Chimie analytique | 6 | C
## 3 S1
SBV 351 | Biologie moléculaire | 6 | B
SBV 352 | Parasitologie générale | 6 | ?B
SBV 353 | Écophysiologie | 6 | ?B
SBV 354 | Biotechnologies | 6 | ?O
SBV 355 | Biostatistique | 6 | M
## 3 S2
SBV 361 | Stage de terrain | 12 | O
SBV 362 | Mémoire de licence | 12 | O
SBV 363 | Entomologie | 6 | B
"""

TG_NUR = """
## 1 S1
SIO 111 | Fondements des soins infirmiers | 10 | O
SIO 112 | Anatomie et physiologie | 10 | B
SIO 113 | Soins de base | 10 | O
## 1 S2
SIO 121 | Pharmacologie | 10 | O
SIO 122 | Stage de soins de base | 10 | O
SIO 123 | Hygiène hospitalière | 10 | O
## 2 S1
SIO 231 | Soins infirmiers en médecine | 10 | O
SIO 232 | Soins infirmiers en chirurgie | 10 | O
SIO 233 | Santé maternelle et infantile | 10 | O
## 2 S2
SIO 241 | Stage hospitalier I | 15 | O
SIO 242 | Pédiatrie et soins infirmiers | 15 | O
## 3 S1
SIO 351 | Santé communautaire | 10 | O
SIO 352 | Psychiatrie et santé mentale | 10 | O
SIO 353 | Gestion des services de soins | 10 | O
## 3 S2
SIO 361 | Stage hospitalier II | 18 | O
SIO 362 | Mémoire de fin de formation | 12 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "TG", title, "bachelor", 3, field, "ects", parse(table), 11, 11, clinical_training=clin)


TG_INST = [
    Institution("Université du Golfe de Guinée", "Lomé", "Maritime", "TG", "Boulevard Eyadéma, BP 1515",
                ("tg_mls", "tg_bio", "tg_nur"), "university",
                extra={"inst": "Institut Supérieur des Sciences de la Santé (ISSS)", "fst": "Faculté des Sciences",
                       "pres": "Prof. Koffi A. DOGBÉ", "city": "Lomé", "short": "UGG"}),
    Institution("Université des Savanes de Dapaong", "Dapaong", "Savanes", "TG", "Route de Nano, BP 74",
                ("tg_mls", "tg_bio", "tg_nur"), "university",
                extra={"inst": "École Supérieure des Techniques Biologiques et de Santé (ESTBS)",
                       "fst": "Faculté des Sciences et Techniques", "pres": "Prof. Essohana B. KAREWA",
                       "city": "Dapaong", "short": "USD"}),
]

PACK = K.CountryPack(
    code="TG", name="Togo",
    given={"F": ["Afi", "Akossiwa", "Ablavi", "Essi", "Yawa", "Dzifa", "Enyonam", "Adjoa", "Kafui", "Sitsofé"],
           "M": ["Kodjo", "Komi", "Kossi", "Yao", "Edem", "Sénamé", "Koffi", "Kokou", "Mawuli", "Essowè"]},
    surnames=["Amegah", "Agbodjan", "Kpodar", "Lawson", "Adjovi", "Tchalla", "Bawa", "Atsu", "Dossou", "Akakpo",
              "Mensah", "Kodjovi", "Assiongbon", "Tchédré"],
    middle={"F": ["Mawuéna", "Délali", "Elolo", "", ""], "M": ["Elom", "Yawo", "Dodzi", "", ""]},
    institutions=TG_INST,
    employers=[
        Employer("Centre Hospitalier Régional des Plateaux-Ouest", "Kpalimé", "Plateaux", "TG",
                 "Quartier Zomayi, BP 112", "+228 24 41 00 17", "chr.plateauxouest@sante.example"),
        Employer("Centre Hospitalier Régional de Sokodé-Est", "Sokodé", "Centrale", "TG",
                 "Route de Bassar, BP 35", "+228 25 50 00 42", "chr.sokode@sante.example"),
        Employer("Centre Hospitalier Préfectoral de Tsévié-Nord", "Tsévié", "Maritime", "TG",
                 "Quartier Agbéléssi, BP 09", "+228 23 30 00 58", "chp.tsevie@sante.example"),
        Employer("Laboratoire d'Analyses Médicales BioSanté Lomé", "Lomé", "Maritime", "TG",
                 "Rue des Cocotiers, Bè-Kpota", "+228 22 26 00 91", "contact@biosante-lome.example", "lab"),
    ],
    signers=["Dr. Yawovi K. AMOUZOU", "Mme Abla S. GBADOE", "M. Kossivi D. NUAKEY", "Dr. Essozimna T. PALI"],
    curricula=[_cur("tg_mls", "Licence professionnelle en Biologie Médicale", "medical_laboratory_science", TG_MLS,
                    True),
               _cur("tg_bio", "Licence en Sciences Biologiques", "biology", TG_BIO),
               _cur("tg_nur", "Licence professionnelle en Sciences Infirmières", "nursing", TG_NUR)],
    mls_curriculum="tg_mls", science_curricula=["tg_bio"], nonqualifying_curricula=["tg_nur"],
    positions_mls=["Technicien Supérieur de Biologie Médicale", "Technicien de Laboratoire"],
    positions_science=["Technicien de Laboratoire", "Aide-biologiste"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(100000, 699999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("TG", {
    "blood_bank": ["Banque de sang", "Immuno-hématologie et transfusion"], "chemistry": ["biochimie", "Biochimie"],
    "hematology": ["hématologie", "Hématologie"], "microbiology": ["bactériologie", "Bactériologie-Virologie"],
    "immunology": ["Immunologie-Sérologie", "sérologie"], "urinalysis": ["Examens des urines"],
    "molecular": ["Biologie moléculaire"], "phlebotomy": ["Salle de prélèvements"],
    "other": ["Anatomie pathologique"]})

DEG = {"tg_mls": ("Licence professionnelle", "Biologie Médicale", "Sciences de la Santé", "Biologie Médicale"),
       "tg_bio": ("Licence", "Sciences Biologiques", "Sciences et Technologies", "Biologie"),
       "tg_nur": ("Licence professionnelle", "Sciences Infirmières", "Sciences de la Santé", "Soins Infirmiers")}
BORN = ["Lomé", "Tsévié", "Aného", "Kpalimé", "Atakpamé", "Sokodé", "Kara", "Dapaong"]


def tg_name(person, surname=None):
    """'AKAKPO Afi Mawuéna' (family name first, in capitals)."""
    return " ".join(x for x in ((surname or person.surname).upper(), person.given, person.middle) if x)


def born_place(s):
    return BORN[k(s, "born") % len(BORN)]


def grade_of(m):
    return "A" if m >= 16 else "B" if m >= 14 else "C" if m >= 12 else "D" if m >= 10 else "E" if m >= 8 else "F"


def result_of(m):
    return "Validée" if m >= 10 else "Validée par compensation" if m >= 8 else "Non validée"


def mention_of(m):
    return ("Très Bien" if m >= 16 else "Bien" if m >= 14 else "Assez Bien" if m >= 12 else "Passable")


def tg_rows(s):
    """{term index: [(r, moy, retake)]}: every UE once; one UE of year 1 or 2 may fail and come back
    in the same semester of the next year."""
    out = {i: [] for i in range(len(s.terms))}
    fail = None
    if k(s, "nv") % 4 == 0:
        cands = [(i, j) for i, t in enumerate(s.terms[:4]) for j, r in enumerate(t.results) if not r.spec.areas]
        fail = cands[k(s, "nvi") % len(cands)]
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            m = 9.25 + (r.score - 45) / 47.0 * 7.5 + ((k(s, f"m{i}.{j}") % 9) - 4) * 0.4
            m = max(8.0, min(18.5, round(m * 4) / 4))
            if r.spec.areas:           # the internship is never passed by compensation
                m = max(m, 11.0 + (k(s, "st") % 8) * 0.25)
            if fail == (i, j):
                out[i].append((r, 6.0 + (k(s, "fm") % 8) * 0.25, False))
                out[i + 2].append((r, 10.0 + (k(s, "rm") % 12) * 0.25, True))
            else:
                out[i].append((r, m, False))
    return out


def tg_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    grade_name, mention_field, domaine, parcours = DEG[cur.id]
    nm = tg_name(person)
    rows = tg_rows(s)
    sz = 7.0
    courses, pages = [], []
    cum, cum_den = 0, 0
    years = sorted({t.year for t in s.terms})
    issued = s.conferred - dt.timedelta(days=20 + k(s, "iss") % 40)
    for yr in years:
        idx = [i for i, t in enumerate(s.terms) if t.year == yr]
        sy = s.terms[idx[0]].start_year
        p = Page(LANDSCAPE_A4)
        W, H = p.w, p.h
        L, R = 28, W - 28
        p.pieces(34, [(L, inst.name.upper(), "left", FB, 9.5), (R, "RÉPUBLIQUE TOGOLAISE", "right", FB, 9.5)])
        p.pieces(45, [(L, inst.extra["inst"] if cur.id != "tg_bio" else inst.extra["fst"], "left", F, 7.8),
                      (R, "Travail - Liberté - Patrie", "right", "Helvetica-Oblique", 7.8)])
        p.text(L, 56, "Direction des Affaires Académiques et de la Scolarité (DAAS)", F, 7.8)
        p.logo(W / 2, 44, 14, 1, 0.3)
        p.text(W / 2, 78, "ATTESTATION DE RELEVÉ DE NOTES", FB, 13, "center")
        p.text(W / 2, 90, f"Année universitaire : {sy}-{sy + 1}", F, 8.5, "center")
        y = 106
        p.pieces(y, [(L, f"Nom et prénoms : {nm}", "left", FB, 8), (W / 2 + 8, f"N° carte d'étudiant : {s.student_no}",
                                                                     "left", F, 8)])
        y += 11
        p.pieces(y, [(L, f"Né(e) le {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year} à {born_place(s)}", "left", F, 8),
                     (W / 2 + 8, f"Domaine : {domaine}", "left", F, 8)])
        y += 11
        p.pieces(y, [(L, f"Grade : {grade_name}", "left", F, 8), (L + 190, f"Mention : {mention_field}", "left", F, 8),
                     (W / 2 + 8, f"Parcours : {parcours}", "left", F, 8),
                     (W / 2 + 190, f"Niveau : Licence {yr}", "left", F, 8)])
        y0 = y + 14
        half = (R - L - 16) / 2
        year_acq, year_den, avgs, ybot = 0, 0, [], y0
        for side, i in enumerate(idx):
            t = s.terms[i]
            x0 = L + side * (half + 16)
            X = {"code": x0 + 3, "title": x0 + 47, "cr": x0 + 222, "moy": x0 + 258, "grade": x0 + 276,
                 "res": x0 + 292}
            sem_no = 2 * (yr - 1) + (1 if t.key == "S1" else 2)
            label = f"SEMESTRE {sem_no}"
            yy = y0
            p.rect(x0, yy, half, 14, 0.6, 0.0, fill=0.85)
            p.text(x0 + half / 2, yy + 10, label, FB, 8.5, "center")
            yy += 14
            p.rect(x0, yy, half, 13, 0.6)
            p.pieces(yy + 9, [(X["code"], "Code UE", "left"), (X["title"], "Intitulé", "left"),
                              (X["cr"], "Cr.", "right"), (X["moy"], "Moy./20", "right"),
                              (X["grade"], "Grade", "center"), (X["res"], "Résultat", "left")], FB, 7)
            top = yy
            yy += 13
            acq, den, ws = 0, 0, 0.0
            for r, m, retake in rows[i]:
                cr = int(r.spec.credits)
                title = r.spec.title
                ts = fit_size(title, F, sz, 172, 5.6)
                g, res = grade_of(m), result_of(m)
                p.text(X["code"], yy + 8.5, r.code, F, sz, record=False)
                p.text(X["title"], yy + 8.5, title, F, ts, record=False)
                p.text(X["cr"], yy + 8.5, str(cr), F, sz, "right", record=False)
                p.text(X["moy"], yy + 8.5, comma(m), F, sz, "right", record=False)
                p.text(X["grade"], yy + 8.5, g, F, sz, "center", record=False)
                p.text(X["res"], yy + 8.5, res, F, sz, record=False)
                p.lines.append(" ".join([r.code, title, str(cr), comma(m), g, res]))
                p.line_y.append(yy + 8.5)
                p.hline(x0, x0 + half, yy + 12, 0.3)
                yy += 12
                den += cr
                ws += cr * m
                if m >= 8:
                    acq += cr
                    courses.append(course_truth(r, label, cr, comma(m), "ects"))
                else:
                    courses.append(course_truth(r, label, cr, comma(m), "ects", passed=False, semester_hours=0))
            p.rect(x0, top, half, yy - top, 0.6)
            for xv in (x0 + 44, x0 + 205, x0 + 226, x0 + 262, x0 + 289):
                p.vline(xv, top, yy, 0.4)
            avg = r2(ws / den)
            avgs.append(avg)
            yy += 12
            p.text(x0 + 3, yy, f"Total crédits : {acq} | Moyenne semestrielle : {comma(avg)}", FB, 7.6)
            year_acq += acq
            year_den += den
            ybot = max(ybot, yy)
        cum += year_acq
        cum_den += 60
        yavg = r2(sum(avgs) / len(avgs))
        last = yr == years[-1]
        if last:
            dec = "Diplômable"
        elif year_acq < year_den:
            dec = f"Admis(e) en Licence {yr + 1} avec dette"
        else:
            dec = f"Admis(e) en Licence {yr + 1}"
        y = ybot + 14
        p.rect(L, y, R - L, 34, 0.9)
        p.text(W / 2, y + 11, "RÉCAPITULATIF", FB, 8.5, "center")
        p.spaced(W / 2, y + 25, [f"Crédits acquis dans l'année : {year_acq}/{year_den}",
                                 f"Crédits cumulés : {cum}/{max(cum_den, cum)}", f"Décision : {dec}",
                                 f"Mention : {mention_of(yavg)}"], FB, 8, 28, "center")
        y += 50
        p.text(R - 150, y, f"Fait à {inst.extra['city']}, le {fr_date(issued)}", F, 8, "center")
        sign_block(p, rng, R - 150, y + 44, "Le Directeur des Affaires Académiques et de la Scolarité", F, 7.6, 220)
        round_stamp(p, R - 280, y + 30, 26, 0.45)
        p.text(L, H - 22, "Attestation délivrée pour servir et valoir ce que de droit. Toute rature ou surcharge "
                          "entraîne la nullité du présent document.", "Helvetica-Oblique", 6.6)
        pages.append(p)
    return LayoutResult("transcript", "ab_tg_releve_lmd", FAMILY, pages, [nm], courses, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ab_tg_releve_lmd": (tg_transcript, FAMILY, ("TG",))}
