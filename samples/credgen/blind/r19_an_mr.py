"""Writer AN, round 19: Mauritania (MR). Country pack (an invented university's Faculté des Sciences et
Techniques: "Licence en Biologie - parcours Biologie et Santé" and "Licence Professionnelle - parcours
Analyses Biomédicales", LMD, 3 years, 180 crédits; its institute's "Licence en Sciences Infirmières") and
the LMD "RELEVÉ DE NOTES": A4 landscape, French at the top left and Arabic at the top right (pictures),
the Arabic title under the French one. Student: "Nom et Prénom" (Mauritanian names with ould / mint),
NNI (10 digits), "Date et lieu de naissance", "Parcours". Two semesters side by side on each page (S1 |
S2, then S3 | S4, S5 | S6: three pages), each a ruled table Code | Élément de module | Crédits | Note
(/20 with a decimal point) | Session (N normal, R rattrapage) | Résultat (V, VC validé par compensation);
a line under each semester "Moyenne S1: 11.82 — Crédits validés: 30/30"; at the foot of each page the
year's average, decision and mention, "Nouakchott, le ...", "Le Doyen" and a round stamp.

Truth: every module row (code as printed, French title, crédits, the note as printed, term
"S3 - 2015/2016"), the session and result kept beside it. Crédits: credit_system "ects".
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Page, fit_size
from .r19_an_common import (FAMILY, add_department_phrases, arabic, course_truth, dmy, grid, k, natural,
                            round_stamp, sign_block)

MR_LBS = """
## 1 S1
BIO111 | Biologie cellulaire | 6 | B
CHI112 | Chimie générale | 6 | C
MAT113 | Mathématiques pour la biologie | 5 | M
PHY114 | Physique générale | 5 | O
GEO115 | Sciences de la Terre | 4 | O
LAN116 | Techniques d'expression française | 4 | O
## 1 S2
BIO121 | Biologie animale | 6 | B
BIO122 | Biologie végétale | 6 | B
CHI123 | Chimie organique | 6 | C
MAT124 | Statistiques descriptives | 4 | M
INF125 | Informatique générale | 4 | O
LAN126 | Anglais scientifique | 4 | O
## 2 S1
BIO231 | Microbiologie générale | 6 | B
BIO232 | Génétique | 6 | B
BIO233 | Biochimie structurale | 6 | C
BIO234 | Physiologie animale | 6 | B
CHI235 | Chimie analytique | 6 | C
## 2 S2
BIO241 | Biochimie métabolique | 6 | C
BIO242 | Immunologie | 6 | B
BIO243 | Physiologie végétale | 5 | B
BIO244 | Écologie | 5 | ?B
BIO245 | Biologie moléculaire | 5 | B
LAN246 | Anglais | 3 | O
## 3 S1
BS351 | Microbiologie médicale | 6 | B
BS352 | Parasitologie | 5 | ?B
BS353 | Hématologie | 5 | ?B
BS354 | Biochimie clinique | 5 | ?C
BS355 | Pharmacologie | 5 | O
BS356 | Biostatistique | 4 | M
## 3 S2
BS361 | Épidémiologie | 5 | O
BS362 | Toxicologie | 5 | ?C
BS363 | Nutrition humaine | 5 | B
BS364 | Virologie | 5 | B
BS365 | Stage et rapport de fin d'études | 10 | O
"""

MR_LPAB = (MR_LBS.replace("BS351 | Microbiologie médicale | 6 | B", "AB351 | Bactériologie médicale | 6 | P")
           .replace("BS352 | Parasitologie | 5 | ?B", "AB352 | Parasitologie et mycologie médicales | 5 | P")
           .replace("BS353 | Hématologie | 5 | ?B", "AB353 | Hématologie et hémostase | 5 | P")
           .replace("BS354 | Biochimie clinique | 5 | ?C", "AB354 | Biochimie clinique | 5 | P")
           .replace("BS355 | Pharmacologie | 5 | O", "AB355 | Immunohématologie et transfusion | 5 | P")
           .replace("BS356 | Biostatistique | 4 | M", "AB356 | Assurance qualité au laboratoire | 4 | P")
           .replace("BS361 | Épidémiologie | 5 | O", "AB361 | Sérologie et virologie | 5 | ?B")
           .replace("BS362 | Toxicologie | 5 | ?C", "AB362 | Cytologie et histologie pathologiques | 5 | ?P")
           .replace("BS363 | Nutrition humaine | 5 | B", "AB363 | Biologie moléculaire appliquée | 5 | ?B")
           .replace("BS364 | Virologie | 5 | B", "AB364 | Épidémiologie et biostatistique | 5 | M")
           .replace("BS365 | Stage et rapport de fin d'études | 10 | O",
                    "AB365 | Stage hospitalier | 10 | P | chemistry,hematology,microbiology,blood_bank"))

MR_LSI = """
## 1 S1
SI111 | Anatomie humaine | 6 | B
SI112 | Soins infirmiers fondamentaux | 8 | O
SI113 | Hygiène hospitalière | 6 | O
SI114 | Biochimie | 5 | C
SI115 | Français médical | 5 | O
## 1 S2
SI121 | Physiologie humaine | 6 | B
SI122 | Pharmacologie | 6 | O
SI123 | Stage clinique I | 12 | O
SI124 | Psychologie | 6 | O
## 2 S1
SI231 | Soins en médecine | 8 | O
SI232 | Soins en chirurgie | 8 | O
SI233 | Microbiologie | 6 | B
SI234 | Santé publique | 8 | O
## 2 S2
SI241 | Santé maternelle et infantile | 8 | O
SI242 | Stage clinique II | 14 | O
SI243 | Nutrition | 8 | O
## 3 S1
SI351 | Soins d'urgence | 8 | O
SI352 | Gestion des soins | 8 | O
SI353 | Santé communautaire | 8 | O
SI354 | Éthique et législation | 6 | O
## 3 S2
SI361 | Stage d'intégration | 18 | O
SI362 | Mémoire | 12 | O
"""

PROG = {"mr_lbs": ("Licence en Biologie", "Biologie et Santé"),
        "mr_lpab": ("Licence Professionnelle en Analyses Biomédicales", "Analyses Biomédicales"),
        "mr_lsi": ("Licence en Sciences Infirmières", "Sciences Infirmières")}
AR_UNIV = "جامعة الساحل الغربي"
MR_INST = [Institution("Université du Sahel Occidental", "Nouakchott", "Nouakchott", "MR",
                       "Route de Rosso, B.P. 5026, Nouakchott", ("mr_lbs", "mr_lpab", "mr_lsi"), "university",
                       extra={"doyen": "Pr Sidi Mohamed ould Cheikh", "rector": "Pr Ahmedou ould Bah"})]


def _sn(rng, start_year, inst):
    return f"{rng.randint(1, 9)}{rng.randint(10 ** 8, 10 ** 9 - 1)}"     # the NNI (national ID)


PACK = K.CountryPack(
    code="MR", name="Mauritania",
    given={"F": ["Mariem", "Fatimetou", "Aïchetou", "Khadijetou", "Mounina", "Lalla", "Vatimetou", "Zeinabou",
                 "Toutou", "Salka"],
           "M": ["Mohamed Lemine", "Sidi Mohamed", "Ahmed Salem", "Cheikh", "Mohamedou", "El Hacen", "Abdallahi",
                 "Moctar", "Ely Cheikh", "Brahim"]},
    surnames=["Ahmed", "Sidi", "Mohamed Vall", "Cheikh", "Abdallahi", "El Moustapha", "Mahmoud", "Bah", "Ely",
              "Babe", "Mohamedou", "Bouna"],
    middle={"F": ["mint"], "M": ["ould"]},
    institutions=MR_INST,
    employers=[
        Employer("Clinique Ibn Rochd du Ksar", "Nouakchott", "Nouakchott", "MR", "Ilot K, Ksar, Nouakchott",
                 "+222 45 25 10 42", "contact@clinique-ksar.example", "clinic"),
        Employer("Clinique El Wafa de Tevragh Zeina", "Nouakchott", "Nouakchott", "MR",
                 "Avenue Moktar Ould Daddah, Tevragh Zeina", "+222 45 24 88 10", "direction@elwafa-tz.example", "clinic"),
        Employer("Centre Hospitalier de l'Assaba", "Kiffa", "Assaba", "MR", "Route de l'Espoir, B.P. 12, Kiffa",
                 "+222 45 63 01 17", "chassaba@sante.example"),
    ],
    signers=["Dr Mohamedou ould Mahmoud", "Dr Aïchetou mint Ely", "M. Cheikh ould Babe"],
    curricula=[C.Curriculum("mr_lbs", "MR", PROG["mr_lbs"][0], "bachelor", 3, "biology", "ects", C._parse(MR_LBS),
                            10, 7),
               C.Curriculum("mr_lpab", "MR", PROG["mr_lpab"][0], "bachelor", 3, "medical_laboratory_science", "ects",
                            C._parse(MR_LPAB), 10, 7, clinical_training=True),
               C.Curriculum("mr_lsi", "MR", PROG["mr_lsi"][0], "bachelor", 3, "nursing", "ects", C._parse(MR_LSI),
                            10, 7)],
    mls_curriculum="mr_lpab", science_curricula=["mr_lbs"], nonqualifying_curricula=["mr_lsi"],
    positions_mls=["technicien de laboratoire", "technicien supérieur en analyses biomédicales"],
    positions_science=["technicien de laboratoire", "aide-biologiste"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("MR", {
    "blood_bank": ["banque de sang"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["bactériologie"], "immunology": ["sérologie"], "urinalysis": ["parasitologie"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["anatomie pathologique"]})

TOWNS = ["Kiffa", "Nouakchott", "Atar", "Rosso", "Kaédi", "Néma", "Zouérate", "Aleg", "Tidjikja", "Sélibaby"]


def mention(m):
    return "Très Bien" if m >= 16 else "Bien" if m >= 14 else "Assez Bien" if m >= 12 else "Passable"


def mr_rows(s):
    """[(t, [(r, note, session, result)], avg)]: a module under 10 at the first session is resat (R)."""
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            n = max(7.0, min(17.75, round((5.5 + r.score * 0.14 + (k(s, f"n{i}.{j}") % 11 - 5) * 0.3) * 4) / 4))
            ses = "N"
            if n < 10 and k(s, f"r{i}.{j}") % 2 == 0:
                n, ses = 10.0 + (k(s, f"rn{i}.{j}") % 5) * 0.5, "R"
            rows.append([r, n, ses])
        cr = sum(r.spec.credits for r, _, _ in rows)
        avg = sum(n * r.spec.credits for r, n, _ in rows) / cr
        if avg < 10:
            for row in rows:
                row[1] = round((row[1] + 10.25 - avg) * 4) / 4
            avg = sum(n * r.spec.credits for r, n, _ in rows) / cr
        out.append((t, [(r, n, ses, "V" if n >= 10 else "VC") for r, n, ses in rows], round(avg, 2)))
    return out


def mr_releve(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = LANDSCAPE_A4
    L, R = 30, W - 30
    nm = natural(person)
    town = TOWNS[k(s, "town") % len(TOWNS)]
    sems = mr_rows(s)
    pages, out = [], []
    for yi in range(0, len(sems), 2):
        p = Page(LANDSCAPE_A4)
        pages.append(p)
        p.text(L, 30, "République Islamique de Mauritanie", SB, 9)
        p.text(L, 41, "Honneur - Fraternité - Justice", S, 8)
        p.text(L, 54, "Ministère de l'Enseignement Supérieur et de la Recherche Scientifique", S, 8)
        p.text(L, 66, inst.name, SB, 9)
        p.text(L, 78, "Faculté des Sciences et Techniques", S, 8.5)
        arabic(p, R, 32, "الجمهورية الإسلامية الموريتانية", 10, bold=True, align="right")
        arabic(p, R, 45, "شرف - إخاء - عدل", 9, align="right")
        arabic(p, R, 58, "وزارة التعليم العالي والبحث العلمي", 9, align="right")
        arabic(p, R, 71, AR_UNIV, 9.5, bold=True, align="right")
        arabic(p, R, 84, "كلية العلوم والتقنيات", 9, align="right")
        p.text(W / 2, 104, "RELEVÉ DE NOTES", SB, 15, "center")
        arabic(p, W / 2, 122, "كشف الدرجات", 13, bold=True)
        y = 144
        p.pieces(y, [(L, f"Nom et Prénom: {nm}", "left"), (L + 300, f"NNI: {s.student_no}", "left"),
                     (L + 470, f"Date et lieu de naissance: {dmy(s.dob)} à {town}", "left")], S, 9)
        y += 12
        p.pieces(y, [(L, f"Domaine: Sciences et Techniques - Mention: {'Biologie' if cur.id != 'mr_lsi' else 'Santé'}", "left"),
                     (L + 300, f"Parcours: {PROG[cur.id][1]}", "left"),
                     (L + 470, f"Année universitaire: {sems[yi][0].start_year}/{sems[yi][0].start_year + 1}", "left")], S, 9)
        y += 10
        half = (R - L - 16) / 2
        yb = y
        for side, (t, rows, avg) in enumerate(sems[yi:yi + 2]):
            x0 = L + side * (half + 16)
            X = [x0, x0 + 50, x0 + half - 150, x0 + half - 110, x0 + half - 70, x0 + half - 36, x0 + half]
            sn = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
            label = f"S{sn} - {t.start_year}/{t.start_year + 1}"
            yy = y + 14
            p.text(x0, yy, f"Semestre {sn} (S{sn})", SB, 9.5)
            yy += 6
            top = yy
            p.rect(x0, yy, half, 16, 0, 0, fill=0.87)
            p.pieces(yy + 11, [(X[0] + 3, "Code", "left"), (X[1] + 3, "Élément de module", "left"),
                               ((X[2] + X[3]) / 2, "Crédits", "center"), ((X[3] + X[4]) / 2, "Note", "center"),
                               ((X[4] + X[5]) / 2, "Session", "center"), ((X[5] + X[6]) / 2, "Résultat", "center")],
                     SB, 7.5)
            yy += 16
            for r, n, ses, res in rows:
                cr = int(r.spec.credits)
                p.pieces(yy + 11, [(X[0] + 3, r.code, "left"),
                                   (X[1] + 3, r.spec.title, "left", S, fit_size(r.spec.title, S, 8.5, X[2] - X[1] - 6)),
                                   ((X[2] + X[3]) / 2, str(cr), "center"), ((X[3] + X[4]) / 2, f"{n:.2f}", "center"),
                                   ((X[4] + X[5]) / 2, ses, "center"), ((X[5] + X[6]) / 2, res, "center")], S, 8.5)
                yy += 16
                p.hline(x0, x0 + half, yy, 0.3)
                out.append(course_truth(r, label, cr, f"{n:.2f}", "ects", session=ses, result=res))
            grid(p, X, top, yy)
            tc = int(sum(r.spec.credits for r, *_ in rows))
            p.text(x0, yy + 14, f"Moyenne S{sn}: {avg:.2f} — Crédits validés: {tc}/{tc}", SB, 9)
            yb = max(yb, yy + 14)
        ann = round(sum(a for _, _, a in sems[yi:yi + 2]) / len(sems[yi:yi + 2]), 2)
        y = yb + 30
        p.text(L, y, f"Moyenne annuelle: {ann:.2f}/20", SB, 10)
        p.text(L, y + 14, "Décision: Admis", SB, 10)
        p.text(L, y + 28, f"Mention: {mention(ann)}", SB, 10)
        p.text(L, y + 46, "N: session normale - R: session de rattrapage - V: validé - VC: validé par compensation - "
                          "NV: non validé", S, 7.5)
        iss = s.conferred.replace(month=10, day=20) if yi == 4 else \
            s.conferred.replace(year=sems[yi][0].start_year + 1, month=10, day=10 + k(s, f"d{yi}") % 15)
        p.text(R - 60, y, f"Nouakchott, le {dmy(iss)}", S, 10, "right")
        sign_block(p, rng, R - 130, y + 70, "Le Doyen", S, 10, 150)
        round_stamp(p, R - 210, y + 56, 32, 0.4)
        p.text(W / 2, H - 22, f"Page {len(pages)}/3", S, 8, "center")
    return LayoutResult("transcript", "an_mr_releve", FAMILY, pages, [nm], out, "ects", {"prints_totals": False})


TRANSCRIPT_LAYOUTS = {"an_mr_releve": (mr_releve, FAMILY, ("MR",))}
