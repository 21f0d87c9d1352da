"""Writer W, round 11: Madagascar (MG). Country pack (a public university's Faculté des Sciences,
"Licence en Sciences Biologiques - Parcours Biologie Médicale" in the LMD system, three years, six
semesters of 30 credits; the same Mention's Parcours Biologie Animale; a Licence en Sciences
Infirmières) and the "RELEVÉ DE NOTES", one per year (L1, L2, L3), LANDSCAPE, French, with the
national motto "Repoblikan'i Madagasikara - Fitiavana - Tanindrazana - Fandrosoana" in Malagasy at the
top left; the year's two semesters one under the other; columns `Code UE | Unité d'Enseignement |
Élément Constitutif (EC) | Crédits | Coef. | Note SN | Note SR | Note retenue | Résultat`; each UE is a
merged cell (code over title, with "Moy. UE : 12,50" under them) spanning its EC rows; the credits
and the Résultat are printed once per UE (merged cells too); notes /20 with comma decimals; Note SR
blank unless the element was resat at the session de rattrapage; Résultat "Validé" (UE mean >= 10) or
"Validé par compensation" (UE mean under 10, the semester mean >= 10). Under each semester "Moyenne du
semestre : 12,47/20 - Crédits capitalisés : 30/30". The third year holds the UE "Stage en
laboratoire d'analyses médicales" (8-10 credits).

Truth rows: the UEs (they carry the credits; the EC rows do not), code = the UE code, title = the UE
title, grade = the printed UE mean "12,50", with `result` and `elements` beside; term "Semestre 3".
Credits: LMD credits are ECTS (60 a year): ECTS x 1/2 (criteria.md). No UE is ever "Ajourné" here:
every candidate graduated and the compensation rule always closes the semester."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Flow, Page, wrap
from .r11_w_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, k, r2,
                           round_stamp, sign_block)

ECS = {}   # (curriculum id, UE code) -> [(EC title, coef)]


def parse_ue(cid, text):
    """"## year Sn" headings; "CODE | UE title | credits | cat [| areas]" lines, each followed by
    "- EC title | coef" lines."""
    terms = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            y, key = line[2:].split()
            terms.append(C.TermSpec(int(y), key))
        elif line.startswith("-"):
            t, c = [x.strip() for x in line[1:].split("|")]
            ECS[(cid, terms[-1].courses[-1].code)].append((t, int(c)))
        else:
            parts = [x.strip() for x in line.split("|")]
            code, title, cred, cat = parts[:4]
            areas = tuple(a for a in parts[4].split(",") if a) if len(parts) > 4 else ()
            terms[-1].courses.append(C.CourseSpec(code, title, float(cred), C.CATEGORY[cat.lstrip("?")],
                                                  cat.startswith("?"), areas))
            ECS[(cid, code)] = []
    return terms


MG_BM = """
## 1 S1
UE11 | Chimie générale | 6 | C
- Atomistique et liaisons chimiques | 2
- Thermodynamique chimique | 1
UE12 | Biologie cellulaire | 6 | B
- Cytologie | 2
- Histologie générale | 1
UE13 | Mathématiques et statistiques | 6 | M
- Analyse mathématique | 1
- Statistique descriptive | 1
UE14 | Physique pour la biologie | 6 | O
- Optique et microscopie | 1
- Électricité et radioactivité | 1
UE15 | Langues et méthodologie | 6 | O
- Anglais scientifique | 1
- Techniques d'expression française | 1
## 1 S2
UE16 | Chimie organique | 6 | C
- Chimie organique générale | 2
- Travaux pratiques de chimie | 1
UE17 | Biologie animale | 6 | B
- Zoologie | 1
- Anatomie comparée | 1
UE18 | Biologie végétale | 6 | B
- Botanique | 1
- Physiologie végétale | 1
UE19 | Génétique | 6 | B
- Génétique formelle | 1
- Génétique moléculaire | 1
UE110 | Informatique | 6 | O
- Bureautique | 1
- Bases de données | 1
## 2 S3
UE21 | Biochimie structurale | 6 | C
- Glucides et lipides | 1
- Protéines et enzymes | 1
UE22 | Physiologie humaine | 6 | B
- Physiologie cardiovasculaire et respiratoire | 1
- Physiologie rénale | 1
UE23 | Microbiologie générale | 6 | B
- Bactériologie générale | 2
- Virologie générale | 1
UE24 | Immunologie | 6 | ?B
- Immunologie fondamentale | 1
- Travaux pratiques d'immunologie | 1
UE25 | Anglais et communication | 6 | O
- Anglais médical | 1
- Communication | 1
## 2 S4
UE26 | Biochimie métabolique | 6 | C
- Métabolisme intermédiaire | 2
- Biochimie analytique | 1
UE27 | Hématologie | 6 | P
- Hématologie cellulaire | 1
- Hémostase | 1
UE28 | Parasitologie | 6 | P
- Parasitologie médicale | 1
- Mycologie médicale | 1
UE29 | Biostatistique et épidémiologie | 6 | M
- Biostatistique | 1
- Épidémiologie | 1
UE210 | Anatomie pathologique | 6 | P
- Histopathologie | 1
- Cytopathologie | 1
## 3 S5
UE31 | Biochimie clinique | 6 | P
- Exploration biochimique | 2
- Dosages hormonaux | 1
UE32 | Bactériologie médicale | 6 | P
- Bactériologie clinique | 2
- Antibiogramme | 1
UE33 | Immuno-hématologie et transfusion | 6 | P
- Groupes sanguins | 1
- Transfusion sanguine | 1
UE34 | Biologie moléculaire appliquée | 6 | ?P
- Techniques de PCR | 1
- Diagnostic moléculaire | 1
UE35 | Assurance qualité | 6 | P
- Gestion du laboratoire | 1
- Biosécurité | 1
## 3 S6
UE36 | Stage en laboratoire d'analyses médicales | 10 | P | chemistry,hematology,microbiology,blood_bank
- Stage hospitalier | 2
- Rapport de stage | 1
UE37 | Analyses urinaires et liquides biologiques | 6 | P
- Examen cytobactériologique des urines | 1
- Liquides de ponction | 1
UE38 | Virologie et sérologie | 6 | P
- Virologie médicale | 1
- Sérodiagnostic | 1
UE39 | Méthodologie et projet tutoré | 8 | O
- Méthodologie de la recherche | 1
- Projet tutoré | 2
"""

MG_BA = """
## 1 S1
UE11 | Chimie générale | 6 | C
- Atomistique | 1
- Thermodynamique | 1
UE12 | Biologie cellulaire | 6 | B
- Cytologie | 1
- Histologie | 1
UE13 | Mathématiques | 6 | M
- Analyse | 1
- Statistique | 1
UE14 | Physique | 6 | O
- Optique | 1
- Électricité | 1
UE15 | Langues | 6 | O
- Anglais | 1
- Français | 1
## 1 S2
UE16 | Chimie organique | 6 | C
- Chimie organique | 1
- TP de chimie | 1
UE17 | Biologie animale | 6 | B
- Zoologie | 1
- Anatomie comparée | 1
UE18 | Biologie végétale | 6 | B
- Botanique | 1
- Physiologie végétale | 1
UE19 | Génétique | 12 | B
- Génétique formelle | 1
- Génétique des populations | 1
## 2 S3
UE21 | Biochimie | 10 | C
- Biochimie structurale | 1
- Enzymologie | 1
UE22 | Physiologie animale | 10 | B
- Physiologie nerveuse | 1
- Endocrinologie | 1
UE23 | Microbiologie | 10 | B
- Bactériologie | 1
- Virologie | 1
## 2 S4
UE24 | Écologie | 10 | B
- Écologie générale | 1
- Biogéographie | 1
UE25 | Entomologie | 10 | B
- Entomologie générale | 1
- Entomologie médicale | 1
UE26 | Biostatistique | 10 | M
- Biostatistique | 1
- Informatique | 1
## 3 S5
UE31 | Parasitologie | 10 | B
- Protozoologie | 1
- Helminthologie | 1
UE32 | Embryologie | 10 | B
- Embryologie | 1
- Histologie animale | 1
UE33 | Immunologie | 10 | ?B
- Immunologie | 1
- TP d'immunologie | 1
## 3 S6
UE34 | Biologie de la conservation | 10 | B
- Faune de Madagascar | 1
- Conservation | 1
UE35 | Stage de terrain | 10 | O
- Stage | 1
- Rapport | 1
UE36 | Méthodologie | 10 | O
- Méthodologie | 1
- Mémoire | 1
"""

MG_INF = """
## 1 S1
UE11 | Soins infirmiers fondamentaux | 18 | O
- Soins de base | 2
- Stage clinique I | 1
UE12 | Anatomie et physiologie | 12 | B
- Anatomie | 1
- Physiologie | 1
## 1 S2
UE13 | Soins en médecine | 30 | O
- Soins en médecine | 2
- Stage clinique II | 1
## 2 S3
UE21 | Soins en chirurgie | 30 | O
- Soins en chirurgie | 2
- Stage clinique III | 1
## 2 S4
UE22 | Santé maternelle | 30 | O
- Obstétrique | 1
- Stage en maternité | 1
## 3 S5
UE31 | Santé de l'enfant | 30 | O
- Pédiatrie | 1
- Stage en pédiatrie | 1
## 3 S6
UE32 | Santé communautaire | 30 | O
- Soins communautaires | 1
- Stage communautaire | 1
"""


def _cur(cid, title, field, text, clin=False):
    return C.Curriculum(cid, "MG", title, "bachelor", 3, field, "ects", parse_ue(cid, text), 11, 12,
                        clinical_training=clin)


MG_INST = [
    Institution("Université de l'Ankaratra", "Antsirabe", "Vakinankaratra", "MG", "Route d'Andraikiba",
                ("mg_bm", "mg_ba"), "university", extra={"fac": "Faculté des Sciences"}),
    Institution("Université du Boina", "Mahajanga", "Boeny", "MG", "Campus d'Ambondrona", ("mg_bm", "mg_ba", "mg_inf"),
                "university", extra={"fac": "Faculté des Sciences"}),
    Institution("Université de la Côte Est", "Toamasina", "Atsinanana", "MG", "Barikadimy", ("mg_inf",),
                "university", extra={"fac": "Faculté de Médecine"}),
]

PACK = K.CountryPack(
    code="MG", name="Madagascar",
    given={"F": ["Hanitra", "Voahangy", "Fanja", "Miora", "Tiana", "Lalao", "Haingo", "Onja", "Sitraka", "Mialy"],
           "M": ["Andry", "Hery", "Rivo", "Tojo", "Fidy", "Mamy", "Njaka", "Toky", "Faniry", "Zo"]},
    surnames=["Rakotomalala", "Randriamampionona", "Rasoanaivo", "Andrianarisoa", "Razafindrakoto", "Ravelojaona",
              "Rabemananjara", "Raharison", "Ramanantsoa", "Randrianasolo", "Rakotoarisoa", "Razanamparany"],
    middle={"F": ["Nirina", "Fanomezantsoa", "Harilala", "Tsiory", "Noro", ""],
            "M": ["Nirina", "Fanomezantsoa", "Harilala", "Tsiory", "Mahefa", ""]},
    institutions=MG_INST,
    employers=[
        Employer("Centre Hospitalier Universitaire d'Andrainjato-Nord", "Fianarantsoa", "Haute Matsiatra", "MG",
                 "Route d'Andrainjato", "+261 20 75 000 14", "direction@chu-andrainjato.example"),
        Employer("Centre Hospitalier de Référence Régionale de l'Ankaratra", "Antsirabe", "Vakinankaratra", "MG",
                 "Avenue de l'Indépendance", "+261 20 44 000 31", "chrr.ankaratra@sante.example"),
        Employer("Laboratoire d'Analyses Médicales Fahasalamana", "Antananarivo", "Analamanga", "MG",
                 "Lot IVG 112 Behoririka", "+261 20 22 000 77", "contact@labo-fahasalamana.example", "lab"),
        Employer("Centre Hospitalier Universitaire de Mahavoky", "Mahajanga", "Boeny", "MG", "Mahavoky Atsimo",
                 "+261 20 62 000 58", "rh@chu-mahavoky.example"),
    ],
    signers=["Dr Razafimahatratra Herinirina", "Dr Rakotondrabe Voahirana", "Dr Andriamanantena Solofo"],
    curricula=[_cur("mg_bm", "Licence en Sciences Biologiques - Parcours Biologie Médicale",
                    "medical_laboratory_science", MG_BM, True),
               _cur("mg_ba", "Licence en Sciences Biologiques - Parcours Biologie Animale", "biology", MG_BA),
               _cur("mg_inf", "Licence en Sciences Infirmières", "nursing", MG_INF)],
    mls_curriculum="mg_bm", science_curricula=["mg_ba"], nonqualifying_curricula=["mg_inf"],
    positions_mls=["Technicien supérieur de laboratoire", "Biologiste assistant"],
    positions_science=["Technicien de laboratoire", "Aide-laborantin"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(1000, 9999)}/FS/{sy}",
    honours=[],
)
K.register(PACK)
add_department_phrases("MG", {
    "blood_bank": ["Banque de sang"], "chemistry": ["Biochimie"], "hematology": ["Hématologie"],
    "microbiology": ["Bactériologie"], "immunology": ["Immunologie"], "urinalysis": ["Cytologie urinaire"],
    "molecular": ["Biologie moléculaire"], "phlebotomy": ["Salle de prélèvement"], "other": ["Parasitologie"]})

PARCOURS = {"mg_bm": ("Sciences Biologiques", "Biologie Médicale"), "mg_ba": ("Sciences Biologiques", "Biologie Animale"),
            "mg_inf": ("Sciences Infirmières", "Soins Infirmiers")}


def mg_name(person):
    return " ".join(x for x in (person.surname.upper(), person.given, person.middle) if x)


def mg_semesters(s):
    """[(term, sem no., [(result, ue mean, result word, [(ec, coef, sn, sr, ret)])], sem mean)]"""
    cur = s.curriculum
    out = []
    for i, t in enumerate(s.terms):
        n = int(t.key[1:])
        ues = []
        for j, r in enumerate(t.results):
            ecs = []
            for e, (et, cf) in enumerate(ECS[(cur.id, r.spec.code)]):
                base = 7.5 + (r.score - 45) * 0.19 + (k(s, f"n{i}.{j}.{e}") % 13) * 0.25 - 1.5
                sn = max(5.0, min(17.5, round(base * 4) / 4))
                sr = None
                if sn < 10 and k(s, f"r{i}.{j}.{e}") % 2 == 0:
                    sr = max(10.0, min(13.5, sn + 2.5 + (k(s, f"s{i}.{j}.{e}") % 5) * 0.5))
                ecs.append((et, cf, sn, sr, sr if sr is not None else sn))
            mean = r2(sum(cf * rt for _, cf, _, _, rt in ecs) / sum(cf for _, cf, _, _, _ in ecs))
            ues.append([r, mean, None, ecs])
        sm = r2(sum(u[1] * u[0].spec.credits for u in ues) / sum(u[0].spec.credits for u in ues))
        if sm < 10:     # lift the weakest UE's rattrapage so that the semester closes
            for u in sorted(ues, key=lambda u: u[1]):
                u[3] = [(et, cf, sn, max(sr or 0, 11.0) if sn < 12 else sr, max(sr or 0, 11.0) if sn < 12 else rt)
                        for et, cf, sn, sr, rt in u[3]]
                u[1] = r2(sum(cf * rt for _, cf, _, _, rt in u[3]) / sum(cf for _, cf, _, _, _ in u[3]))
                sm = r2(sum(v[1] * v[0].spec.credits for v in ues) / sum(v[0].spec.credits for v in ues))
                if sm >= 10:
                    break
        for u in ues:
            u[2] = "Validé" if u[1] >= 10 else "Validé par compensation"
        out.append((t, n, ues, sm))
    return out


def mg_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = LANDSCAPE_A4
    L, R = 30, W - 30
    nm = mg_name(person)
    mention, parcours = PARCOURS[cur.id]
    sems = mg_semesters(s)
    xs = [L, L + 52, L + 238, L + 470, L + 516, L + 552, L + 602, L + 652, L + 710, R]
    heads = [("Code UE",), ("Unité d'Enseignement",), ("Élément Constitutif (EC)",), ("Crédits",), ("Coef.",),
             ("Note SN",), ("Note SR",), ("Note", "retenue"), ("Résultat",)]
    pages, out = [], []
    years = sorted({t.year for t in s.terms})
    for yr in years:
        def new_page(n, yr=yr):
            p = Page(LANDSCAPE_A4)
            p.text(L, 34, "Repoblikan'i Madagasikara", FB, 9)
            p.text(L, 45, "Fitiavana - Tanindrazana - Fandrosoana", FI, 8.5)
            p.text(L, 58, "Ministère de l'Enseignement Supérieur et de la Recherche Scientifique", F, 8)
            p.text(R, 34, inst.name.upper(), FB, 10, "right")
            p.text(R, 46, inst.extra["fac"], F, 8.5, "right")
            p.text(R, 58, f"Mention : {mention} - Parcours : {parcours}", F, 8.5, "right")
            p.logo(W / 2, 46, 17, 2)
            p.hline(L, R, 68, 0.9)
            sy = next(t.start_year for t in s.terms if t.year == yr)
            p.text(W / 2, 88, f"RELEVÉ DE NOTES - L{yr}", FB, 14, "center")
            p.text(W / 2, 101, f"Année universitaire {sy}-{sy + 1}", F, 9, "center")
            p.pieces(118, [(L, "Nom et prénoms :", "left", FB, 8.5), (L + 80, nm, "left"),
                           (L + 420, "N° d'inscription :", "left", FB, 8.5), (L + 500, s.student_no, "left")], F, 8.5)
            p.pieces(130, [(L, "Né(e) le :", "left", FB, 8.5), (L + 80, s.dob.strftime("%d/%m/%Y"), "left"),
                           (L + 420, "Niveau :", "left", FB, 8.5), (L + 500, f"Licence {yr} (L{yr})", "left")], F, 8.5)
            return p, 142

        fl = Flow(new_page, 40)
        for t, n, ues, sm in [x for x in sems if x[0].year == yr]:
            nrows = sum(len(u[3]) for u in ues)
            fl.need(28 + 22 + nrows * 11 + 30)
            p, y = fl.page, fl.y
            p.text(L, y + 10, f"Semestre {n}", FB, 10)
            y += 15
            p.rect(L, y, R - L, 22, 0.6, 0, fill=0.9)
            p.pieces(y + 9, [((xs[c] + xs[c + 1]) / 2, h[0], "center") for c, h in enumerate(heads)], FB, 7.5)
            p.pieces(y + 18, [((xs[7] + xs[8]) / 2, "retenue", "center")], FB, 7.5)
            top = y
            y += 22
            for r, mean, word, ecs in ues:
                ue_top = y
                for et, cf, sn, sr, rt in ecs:
                    p.pieces(y + 8, [(xs[2] + 3, et, "left"), ((xs[4] + xs[5]) / 2, str(cf), "center"),
                                     ((xs[5] + xs[6]) / 2, comma(sn), "center"),
                                     ((xs[6] + xs[7]) / 2, comma(sr) if sr is not None else "", "center"),
                                     ((xs[7] + xs[8]) / 2, comma(rt), "center")], F, 7.5)
                    y += 11
                    p.hline(xs[2], xs[3], y, 0.25, 0.4)
                    p.hline(xs[4], xs[8], y, 0.25, 0.4)
                tl = wrap(r.spec.title, FB, 7.5, xs[2] - xs[1] - 6)
                hgt = y - ue_top
                lines = len(tl) + 1
                ty = ue_top + (hgt - 9 * lines) / 2 + 7.5
                p.text((xs[0] + xs[1]) / 2, ue_top + hgt / 2 + 2.5, r.spec.code, FB, 7.5, "center")
                for q, ln in enumerate(tl):
                    p.text(xs[1] + 3, ty + 9 * q, ln, FB, 7.5)
                p.text(xs[1] + 3, ty + 9 * len(tl), f"Moy. UE : {comma(mean)}", FI, 7)
                p.text((xs[3] + xs[4]) / 2, ue_top + hgt / 2 + 2.5, str(int(r.spec.credits)), F, 7.5, "center")
                p.text((xs[8] + xs[9]) / 2, ue_top + hgt / 2 + 2.5, word, F, 7 if len(word) > 10 else 7.5, "center")
                p.hline(L, R, y, 0.5)
                out.append(course_truth(r, f"Semestre {n}", r.spec.credits, comma(mean), "ects",
                                        title=" ".join(tl), code=r.spec.code, result=word,
                                        elements=[e[0] for e in ecs]))
            for x in xs:
                p.vline(x, top, y, 0.45)
            cr = int(sum(u[0].spec.credits for u in ues))
            p.text(R, y + 12, f"Moyenne du semestre : {comma(sm)}/20 - Crédits capitalisés : {cr}/{cr}", FB, 8.5,
                   "right")
            fl.y = y + 24
        fl.need(80)
        p, y = fl.page, fl.y
        tot = int(sum(u[0].spec.credits for x in sems if x[0].year == yr for u in x[2]))
        p.text(L, y + 6, f"Crédits capitalisés de l'année : {tot}/{tot} - Décision : Admis(e) en "
                         f"{'L' + str(yr + 1) if yr < len(years) else 'fin de cycle de Licence'}", F, 8.5)
        d = s.conferred if yr == len(years) else s.conferred.replace(year=s.conferred.year - len(years) + yr)
        p.text(R - 150, y + 6, f"{inst.city}, le {d.strftime('%d/%m/%Y')}", F, 8.5, "center")
        sign_block(p, rng, R - 150, y + 50, "Le Doyen de la Faculté", FB, 8.5, 160)
        round_stamp(p, R - 220, y + 36, 24, 0.42)
        pages.extend(fl.pages)
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 18, f"Page {i}/{len(pages)}", F, 7, "center")
    return LayoutResult("transcript", "w_mg_releve_lmd", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"w_mg_releve_lmd": (mg_transcript, FAMILY, ("MG",))}
