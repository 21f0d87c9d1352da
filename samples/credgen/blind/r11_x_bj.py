"""Writer X, round 11: Benin (BJ). Country pack (Licence Professionnelle en Analyses Biomédicales of an
invented university's polytechnic school, LMD, six semesters; Licence en Sciences Biologiques of a
faculty of sciences; Licence en Sciences Infirmières) and the "RELEVÉ DE NOTES", one page per year
(a semester pair): "RÉPUBLIQUE DU BÉNIN / MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE
SCIENTIFIQUE / UNIVERSITÉ ... / ÉCOLE POLYTECHNIQUE ...", the student block and the signature are
real text, but EACH SEMESTER'S RESULTS TABLE IS A RASTER PICTURE pasted into the PDF even in the
text-layer version (the registry scans its printed table: grey paper, a little skewed and blurred,
175 dpi). Table columns `Code UE` ("ABM 2105") | `Unités d'Enseignement` | `Crédits` | `Moyenne /20`
| `Cote` (A >= 16, B >= 14, C >= 12, D >= 10, E >= 8 compensated) | `Décision` (V validé, VC validé
par compensation). Under each table, as real text: "Moyenne semestrielle : 12,64/20 - Crédits
validés : 30/30 - Décision : Admis(e)". Semester 6 holds "Stage en milieu hospitalier" (10 credits)
and "Mémoire de fin de formation".

Credit basis: LMD credits, ECTS-like (60 a year, system "ects", 2 = 1 SH, as round 8's Senegalese and
round 9's Ivorian licences). A UE "VC" (average 8-9.99, compensated by a semester average >= 10)
earns its credits. Truth grade: the average as printed ("12,50"); the cote and decision are extras.
page_text holds the text layer only: the table rows are in the picture, as on the real document."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page
from .r11_x_common import (FAMILY, PastedTable, add_department_phrases, by_reading_order, comma, course_truth, k, parse,
                           r2, round_stamp, sign_block)

BJ_MLS = """
## 1 S1
ABM 1101 | Biologie cellulaire et moléculaire | 5 | B
ABM 1102 | Chimie générale | 5 | C
ABM 1103 | Anatomie et histologie humaines | 5 | B
ABM 1104 | Mathématiques et biostatistique | 4 | M
ABM 1105 | Physique appliquée à la biologie | 4 | O
ABM 1106 | Techniques d'expression et anglais | 3 | O
ABM 1107 | Initiation au laboratoire de biologie médicale | 4 | ?P
## 1 S2
ABM 1201 | Physiologie humaine | 5 | B
ABM 1202 | Chimie organique | 5 | C
ABM 1203 | Biochimie structurale | 5 | C
ABM 1204 | Microbiologie générale | 5 | B
ABM 1205 | Hygiène et sécurité au laboratoire | 4 | P
ABM 1206 | Informatique et bureautique | 3 | O
ABM 1207 | Santé publique et éthique | 3 | O
## 2 S1
ABM 2101 | Biochimie métabolique | 5 | C
ABM 2102 | Bactériologie médicale | 6 | P
ABM 2103 | Hématologie générale | 6 | P
ABM 2104 | Parasitologie et mycologie médicales | 5 | P
ABM 2105 | Immunologie fondamentale | 4 | ?P
ABM 2106 | Anglais scientifique | 4 | O
## 2 S2
ABM 2201 | Biochimie clinique | 6 | P
ABM 2202 | Hémostase et hématologie cellulaire | 5 | P
ABM 2203 | Virologie médicale | 4 | P
ABM 2204 | Sérologie et immunologie clinique | 5 | P
ABM 2205 | Analyses urinaires et liquides biologiques | 5 | P
ABM 2206 | Stage d'initiation en laboratoire | 5 | P | chemistry,hematology
## 3 S1
ABM 3101 | Immuno-hématologie et transfusion sanguine | 6 | P
ABM 3102 | Biologie moléculaire appliquée | 5 | ?P
ABM 3103 | Cytologie et histopathologie | 5 | P
ABM 3104 | Assurance qualité et gestion du laboratoire | 5 | P
ABM 3105 | Bactériologie clinique approfondie | 5 | P
ABM 3106 | Méthodologie de la recherche | 4 | O
## 3 S2
ABM 3201 | Stage en milieu hospitalier | 10 | P | chemistry,hematology,microbiology,blood_bank
ABM 3202 | Mémoire de fin de formation | 10 | O
ABM 3203 | Entrepreneuriat et législation sanitaire | 4 | O
ABM 3204 | Toxicologie et pharmacologie | 6 | P
"""

BJ_BIO = """
## 1 S1
BIO 1101 | Biologie cellulaire | 6 | B
CHI 1102 | Chimie générale | 6 | C
MAT 1103 | Mathématiques générales | 6 | M
PHY 1104 | Physique générale | 6 | O
BIO 1105 | Biologie animale | 6 | B
## 1 S2
BIO 1201 | Biologie végétale | 6 | B
CHI 1202 | Chimie organique | 6 | C
MAT 1203 | Statistique | 6 | M
BIO 1204 | Géologie | 6 | O
BIO 1205 | Génétique | 6 | B
## 2 S1
BIO 2101 | Biochimie | 6 | C
BIO 2102 | Microbiologie | 6 | B
BIO 2103 | Zoologie | 6 | B
BIO 2104 | Botanique | 6 | B
BIO 2105 | Écologie | 6 | B
## 2 S2
BIO 2201 | Physiologie animale | 6 | B
BIO 2202 | Physiologie végétale | 6 | B
BIO 2203 | Biologie moléculaire | 6 | B
BIO 2204 | Immunologie | 6 | ?B
BIO 2205 | Évolution | 6 | B
## 3 S1
BIO 3101 | Parasitologie | 6 | B
BIO 3102 | Entomologie | 6 | B
BIO 3103 | Biotechnologie | 6 | B
BIO 3104 | Hydrobiologie | 6 | B
BIO 3105 | Anglais scientifique | 6 | O
## 3 S2
BIO 3201 | Stage de terrain | 10 | B
BIO 3202 | Mémoire de licence | 10 | O
BIO 3203 | Biologie de la conservation | 10 | B
"""

BJ_NUR = """
## 1 S1
SIO 1101 | Soins infirmiers de base | 20 | O
SIO 1102 | Anatomie et physiologie | 10 | B
## 1 S2
SIO 1201 | Soins infirmiers en médecine | 30 | O
## 2 S1
SIO 2101 | Soins infirmiers en chirurgie | 30 | O
## 2 S2
SIO 2201 | Santé maternelle et infantile | 30 | O
## 3 S1
SIO 3101 | Santé communautaire | 30 | O
## 3 S2
SIO 3201 | Stage d'intégration professionnelle | 30 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BJ", title, "bachelor", 3, field, "ects", parse(table), 11, 9, clinical_training=clin)


BJ_INST = [
    Institution("Université Nationale des Sciences de Tori", "Abomey-Calavi", "Atlantique", "BJ", "01 BP 2009 Cotonou",
                ("bj_mls", "bj_nur", "bj_bio"), "university",
                extra={"school": "ÉCOLE POLYTECHNIQUE DE TORI", "sigle": "EPT",
                       "fac_bio": "FACULTÉ DES SCIENCES ET TECHNIQUES", "fac_nur": "FACULTÉ DES SCIENCES DE LA SANTÉ",
                       "dept": "Département de Génie de Biologie Humaine"}),
    Institution("Université de Parakou-Okpara", "Parakou", "Borgou", "BJ", "BP 123 Parakou",
                ("bj_mls", "bj_nur", "bj_bio"), "university",
                extra={"school": "INSTITUT UNIVERSITAIRE DE TECHNOLOGIE DE L'OKPARA", "sigle": "IUT-O",
                       "fac_bio": "FACULTÉ DES SCIENCES AGRONOMIQUES ET BIOLOGIQUES",
                       "fac_nur": "FACULTÉ DE MÉDECINE",
                       "dept": "Département d'Analyses Biomédicales"}),
]

PACK = K.CountryPack(
    code="BJ", name="Benin",
    given={"F": ["Afiavi", "Sèna", "Rachidatou", "Pélagie", "Chimène", "Mariette", "Nafissatou", "Gisèle", "Edwige",
                 "Fifamè"],
           "M": ["Koffi", "Sourou", "Codjo", "Rodrigue", "Arnaud", "Fiacre", "Kossi", "Hermann", "Ulrich", "Mawuli"]},
    surnames=["AHOUANDJINOU", "DOSSOU", "HOUNKPATIN", "AGBODJOGBE", "SOGLO", "ZINSOU", "ADJOVI", "KPADONOU", "TOSSOU",
              "GBAGUIDI", "AKPLOGAN", "HOUNGBEDJI"],
    middle={"F": ["Marie", "Josiane", "Bernadette", ""], "M": ["Jean", "Sylvain", "Cyriaque", ""]},
    institutions=BJ_INST,
    employers=[
        Employer("Centre National Hospitalier Universitaire de Cotonou-Hinde", "Cotonou", "Littoral", "BJ",
                 "Avenue Jean-Paul II, 01 BP 386", "+229 21 00 04 17", "drh@cnhu-hinde.example"),
        Employer("Centre Hospitalier Départemental du Zou", "Abomey", "Zou", "BJ", "BP 64 Abomey", "+229 22 00 03 18",
                 "secretariat@chd-zou.example"),
        Employer("Hôpital de Zone de Tanguiéta-Sud", "Tanguiéta", "Atacora", "BJ", "BP 07 Tanguiéta", "+229 23 00 01 27",
                 "direction@hz-tanguieta.example"),
        Employer("Laboratoire d'Analyses Médicales Bio-Sèmè", "Porto-Novo", "Ouémé", "BJ", "Quartier Ouando, lot 412",
                 "+229 20 00 09 90", "contact@bioseme.example", "lab"),
    ],
    signers=["Dr Clément HOUNSOU", "Mme Pélagie AKPLOGAN épse DOSSA", "M. Rodrigue ZINSOU", "Dr Afiavi GBAGUIDI"],
    curricula=[_cur("bj_mls", "Licence Professionnelle en Analyses Biomédicales", "medical_laboratory_science", BJ_MLS,
                    True),
               _cur("bj_bio", "Licence en Sciences Biologiques", "biology", BJ_BIO),
               _cur("bj_nur", "Licence en Sciences Infirmières", "nursing", BJ_NUR)],
    mls_curriculum="bj_mls", science_curricula=["bj_bio"], nonqualifying_curricula=["bj_nur"],
    positions_mls=["Technicien Supérieur en Analyses Biomédicales", "Technicienne Supérieure de Laboratoire"],
    positions_science=["Aide-laborantin", "Technicien de laboratoire"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{rng.randint(10000000, 99999999)}",
    honours=["Passable", "Assez Bien", "Bien", "Très Bien"],
)
K.register(PACK)
add_department_phrases("BJ", {
    "blood_bank": ["Banque de sang"], "chemistry": ["Biochimie"], "hematology": ["Hématologie"],
    "microbiology": ["Bactériologie"], "immunology": ["Immunologie-Sérologie"], "urinalysis": ["Parasitologie-Urines"],
    "molecular": ["Biologie moléculaire"], "phlebotomy": ["Salle de prélèvements"], "other": ["Anatomie pathologique"]})

LEVELS = ["Licence 1", "Licence 2", "Licence 3"]


def cote(m):
    return "A" if m >= 16 else "B" if m >= 14 else "C" if m >= 12 else "D" if m >= 10 else "E" if m >= 8 else "F"


def bj_rows(s):
    """[(n, year, start_year, [(r, moyenne, cote, décision)], semester average)]."""
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            m = r2(9.0 + (r.score - 45) / 47.0 * 8.0 + ((k(s, f"m{i}.{j}") % 300) - 150) / 100.0)
            m = max(8.0, min(18.5, m))
            rows.append([r, m])
        cr = sum(r.spec.credits for r, _ in rows)
        avg = r2(sum(m * r.spec.credits for r, m in rows) / cr)
        if avg < 10.5:        # keep the semester validated: lift the weakest UE
            for row in rows:
                if row[1] < 10:
                    row[1] = r2(row[1] + 2.5)
            avg = r2(sum(m * r.spec.credits for r, m in rows) / cr)
        rows = [(r, m, cote(m), "V" if m >= 10 else "VC") for r, m in rows]
        out.append((i + 1, t.year, t.start_year, rows, avg))
    return out


def bj_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    T, TB = "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 40, W - 40
    nm = f"{person.surname.upper()} {' '.join(x for x in (person.given, person.middle) if x)}"
    school = {"bj_bio": inst.extra["fac_bio"], "bj_nur": inst.extra["fac_nur"]}.get(cur.id, inst.extra["school"])
    sems = bj_rows(s)
    out, pages = [], []
    for yr in (1, 2, 3):
        p = Page(A4)
        pages.append(p)
        for m, (t, f, sz) in enumerate((("RÉPUBLIQUE DU BÉNIN", TB, 9),
                                        ("MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", TB, 7.5),
                                        ("ET DE LA RECHERCHE SCIENTIFIQUE", TB, 7.5),
                                        (inst.name.upper(), TB, 7.5), (school, TB, 7.5))):
            p.text(L + 110, 40 + 11 * m, t, f, sz, "center")
        p.hline(L + 80, L + 140, 99, 0.6)
        p.text(R - 90, 40, "Fraternité - Justice - Travail", FI, 8, "center")
        p.logo(R - 90, 70, 16, 1, 0.3)
        p.text(R, 110, f"N° {k(s, f'rel{yr}') % 9000 + 1000}/{inst.extra['sigle']}/SA/{s.conferred.year}", T, 8, "right")
        p.text(W / 2, 134, "RELEVÉ DE NOTES", TB, 15, "center")
        ys = [x for x in sems if x[1] == yr]
        sy = ys[0][2]
        p.text(W / 2, 148, f"Année académique {sy}-{sy + 1} — {LEVELS[yr - 1]} (Semestres {ys[0][0]} et {ys[-1][0]})", T,
               9.5, "center")
        y = 168
        p.pieces(y, [(L, "Nom et prénoms :", "left", TB, 9.5), (L + 92, nm, "left"),
                     (R - 170, "N° matricule :", "left", TB, 9.5), (R - 96, s.student_no, "left")], T, 9.5)
        y += 13
        p.pieces(y, [(L, "Né(e) le :", "left", TB, 9.5),
                     (L + 92, f"{s.dob.strftime('%d/%m/%Y')} à {inst.city if k(s, 'pob') % 2 else 'Cotonou'}", "left")],
                 T, 9.5)
        y += 13
        p.pieces(y, [(L, "Filière :", "left", TB, 9.5), (L + 92, cur.title, "left")], T, 9.5)
        y += 13
        p.pieces(y, [(L, "Domaine :", "left", TB, 9.5), (L + 92, "Sciences de la Santé" if cur.id != "bj_bio" else
                                                          "Sciences et Technologies", "left"),
                     (R - 170, "Grade :", "left", TB, 9.5), (R - 96, "Licence", "left")], T, 9.5)
        y += 18
        for n, _, _, rows, avg in ys:
            p.text(L, y, f"SEMESTRE {n}", TB, 10)
            y += 6
            tw, rh = R - L, 13
            th = rh * (len(rows) + 1) + 2
            tb = PastedTable(tw, th, 175, k(s, f"img{n}"))
            xs = [0, 58, 330, 374, 428, 462, tw]
            tb.fill(0, 0, tw, rh, 205)
            for c, hd in enumerate(["Code UE", "Unités d'Enseignement", "Crédits", "Moyenne /20", "Cote", "Décision"]):
                tb.text((xs[c] + xs[c + 1]) / 2 if c != 1 else xs[1] + 4, 9.2, hd, 7.6,
                        "center" if c != 1 else "left", bold=True)
            for q, (r, m, ct, dec) in enumerate(rows, 1):
                b = q * rh + 9.3
                tb.text(xs[0] + 4, b, r.code, 7.8)
                tb.text(xs[1] + 4, b, r.spec.title, 7.8)
                tb.text((xs[2] + xs[3]) / 2, b, str(int(r.spec.credits)), 7.8, "center")
                tb.text((xs[3] + xs[4]) / 2, b, comma(m, 2), 7.8, "center")
                tb.text((xs[4] + xs[5]) / 2, b, ct, 7.8, "center")
                tb.text((xs[5] + xs[6]) / 2, b, dec, 7.8, "center")
                out.append(course_truth(r, f"Semestre {n}", int(r.spec.credits), comma(m, 2), "ects", cote=ct,
                                        decision=dec))
            for q in range(len(rows) + 2):
                tb.hline(0, tw, min(q * rh, th - 1), 0.5)
            for x in xs:
                tb.vline(min(x, tw - 0.5), 0, (len(rows) + 1) * rh, 0.5)
            h = tb.paste(p, L, y)
            y += h + 12
            cr = int(sum(r.spec.credits for r, _, _, _ in rows))
            p.text(L, y, f"Moyenne semestrielle : {comma(avg, 2)}/20 - Crédits validés : {cr}/{cr} - Décision : "
                   f"{'Admise' if person.sex == 'F' else 'Admis'}", TB, 9)
            y += 22
        tot = int(sum(r.spec.credits for t in s.terms[:yr * 2] for r in t.results))
        p.text(L, y, f"Total des crédits capitalisés à l'issue de la {LEVELS[yr - 1]} : {tot}/{60 * yr}", T, 9)
        y += 12
        p.text(L, y, "Barème : A (16-20) Très bien ; B (14-15,99) Bien ; C (12-13,99) Assez bien ; D (10-11,99) "
               "Passable ; E (8-9,99) compensable ; F (< 8) échec.", FI, 7)
        y += 10
        p.text(L, y, "V : validé ; VC : validé par compensation ; NV : non validé.", FI, 7)
        ld = s.conferred if yr == 3 else s.terms[yr * 2 - 1].start_year + 1
        from datetime import date
        d = s.conferred if yr == 3 else date(ld, 10, 5 + k(s, f"dd{yr}") % 20)
        yb = max(y + 40, H - 120)
        p.text(R - 150, yb - 24, f"{inst.city}, le {d.strftime('%d/%m/%Y')}", T, 9.5, "center")
        sign_block(p, rng, R - 150, yb + 26, "Le Directeur" if cur.id == "bj_mls" else "Le Doyen", TB, 9.5, 170)
        round_stamp(p, R - 210, yb + 6, 30, 0.45)
        p.text(L, H - 40, "Il n'est délivré qu'un seul exemplaire du présent relevé. Toute rature ou surcharge "
               "l'annule.", FI, 7)
    return LayoutResult("transcript", "bj_releve_pasted", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True, "table_is_picture": True})


TRANSCRIPT_LAYOUTS = {"bj_releve_pasted": (bj_transcript, FAMILY, ("BJ",))}
