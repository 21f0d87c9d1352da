"""Writer AD, round 14: Burundi (BI). Country pack (a public university's Institut de Santé Publique /
Faculté de Médecine: "Baccalauréat en Techniques de Laboratoire Médical", the old Belgian-inherited
three "Baccalauréat" years BAC I-III before the Licence; the Faculté des Sciences' Baccalauréat en
Biologie; the Baccalauréat en Sciences Infirmières) and the "RELEVÉ DES COTES": one A4 portrait page
per academic year, French: "Année académique 2014-2015", "Promotion : BAC II Laboratoire", a ruled
table `N° | Cours | Heures (Th. | TP) | Pondération | Cote /20 | Cote pondérée` (no course codes;
theory hours 30/45/60, practical hours 0/15/30, pondération = total hours / 15, cote in whole or
half points "12,5", cote pondérée = cote x pondération), a TOTAL row (hours, pondérations, weighted
marks "812 / 1200"), then "Pourcentage obtenu : 67,7 %", the Belgian mention (La plus grande
distinction >= 90, Grande distinction >= 80, Distinction >= 70, Satisfaction >= 50), "Décision du
jury : Admis(e) en classe supérieure", "Session : Première session / Seconde session". A cote below
10 is printed with an asterisk ("9*", an "échec toléré": the course is compensated and the year is
passed; legend under the table). BAC III has "Stage hospitalier" with practical hours only (0 + 300).
Signed by the Secrétaire académique and the Doyen / Directeur, round stamp.

Credit basis: contact hours, 15 h = 1 semester hour (system "hours", as round 11's Congolese relevé
des cotes and round 10's Paraguayan certificate): `credits` = Th. + TP hours of the row (the two
printed hour figures), kept apart as `hours_th` / `hours_tp`; `ponderation` is the printed weight,
which equals credits / 15 = semester_hours. An asterisked cote is a compensated course: the row
counts (passed, its hours in semester_hours) and carries `compensated: true`. Grade = the cote as
printed ("14", "12,5", "9*"). Term = "Année académique 2014-2015 - BAC II"."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r14_ad_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, fr_date, k,
                            parse, r1, round_stamp, sign_block, watermark_crest)

# code column: an internal id "<prefix><n>:<TP hours>" (never printed: the relevé has no codes)
BI_TLM = """
## 1 Y
T11:15 | Chimie générale | 60 | C
T12:15 | Biologie cellulaire et moléculaire | 60 | B
T13:0 | Mathématiques et statistique appliquées | 45 | M
T14:15 | Physique biomédicale | 45 | O
T15:15 | Anatomie humaine | 60 | B
T16:0 | Physiologie humaine | 60 | B
T17:30 | Chimie organique | 75 | C
T18:0 | Français et techniques d'expression | 30 | O
T19:0 | Anglais scientifique | 30 | O
T10:15 | Initiation à l'informatique | 45 | O
## 2 Y
T21:30 | Biochimie générale | 75 | C
T22:30 | Microbiologie générale | 75 | B
T23:30 | Hématologie I | 60 | P
T24:30 | Parasitologie médicale | 60 | P
T25:15 | Immunologie | 60 | ?B
T26:15 | Chimie analytique | 60 | C
T27:0 | Histologie | 45 | B
T28:0 | Santé publique et épidémiologie | 45 | O
T29:15 | Techniques de prélèvement et hygiène de laboratoire | 45 | ?P
## 3 Y
T31:30 | Biochimie clinique | 75 | ?P
T32:30 | Bactériologie médicale | 75 | P
T33:30 | Hématologie II et immuno-hématologie | 75 | P
T34:15 | Virologie et sérologie | 60 | ?P
T35:15 | Cytologie et histopathologie | 45 | P
T36:0 | Gestion et assurance qualité du laboratoire | 30 | P
T37:0 | Déontologie et législation sanitaire | 30 | ?O
T38:300 | Stage hospitalier | 300 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
"""

BI_BIO = """
## 1 Y
B11:15 | Chimie générale | 60 | C
B12:15 | Biologie générale | 75 | B
B13:0 | Mathématiques générales | 60 | M
B14:15 | Physique générale | 60 | O
B15:0 | Français et techniques d'expression | 45 | O
B16:0 | Anglais | 30 | O
## 2 Y
B21:15 | Biochimie | 75 | C
B22:15 | Zoologie | 60 | B
B23:15 | Botanique | 60 | B
B24:15 | Microbiologie | 60 | B
B25:0 | Génétique | 45 | B
B26:0 | Statistique | 45 | M
B27:15 | Chimie organique | 60 | C
## 3 Y
B31:15 | Physiologie animale | 60 | B
B32:15 | Écologie | 60 | ?B
B33:15 | Biologie moléculaire | 60 | B
B34:0 | Immunologie | 45 | B
B35:15 | Entomologie | 45 | B
B36:60 | Travail de fin de cycle | 60 | O
"""

BI_INF = """
## 1 Y
I11:0 | Soins infirmiers de base | 75 | O
I12:15 | Anatomie et physiologie | 75 | B
I13:0 | Psychologie | 45 | O
I14:0 | Hygiène hospitalière | 45 | O
I15:0 | Français | 30 | O
## 2 Y
I21:0 | Pharmacologie | 60 | O
I22:0 | Soins infirmiers en médecine | 75 | O
I23:0 | Soins infirmiers en chirurgie | 75 | O
I24:0 | Santé maternelle et infantile | 60 | O
## 3 Y
I31:0 | Santé communautaire | 60 | O
I32:0 | Psychiatrie | 45 | O
I33:0 | Gestion des services de santé | 45 | O
I34:300 | Stage hospitalier | 300 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BI", title, "bachelor", 3, field, "hours", parse(table), 10, 11, clinical_training=clin)


BI_INST = [
    Institution("Université des Mille Collines de Bujumbura", "Bujumbura", "Bujumbura Mairie", "BI",
                "Avenue de l'Université, B.P. 1820", ("bi_tlm", "bi_bio", "bi_inf"), "university",
                extra={"fac": "Institut de Santé Publique", "fsc": "Faculté des Sciences",
                       "finf": "Institut de Santé Publique", "rect": "Prof. Dr. Léonidas NIYONKURU",
                       "doyen": "Prof. Dr. Aloys NDAYISHIMIYE", "sec": "Dr. Béatrice KANEZA", "city": "Bujumbura"}),
    Institution("Université du Lac Tanganyika de Rumonge", "Rumonge", "Rumonge", "BI",
                "Quartier Swahili, B.P. 58", ("bi_tlm", "bi_bio", "bi_inf"), "university",
                extra={"fac": "Faculté de Médecine", "fsc": "Faculté des Sciences",
                       "finf": "Faculté de Médecine", "rect": "Prof. Évariste NDIKUMANA",
                       "doyen": "Dr. Claudette IRAKOZE", "sec": "M. Pacifique BIGIRIMANA", "city": "Rumonge"}),
]

PACK = K.CountryPack(
    code="BI", name="Burundi",
    given={"F": ["Aline", "Francine", "Divine", "Nadège", "Clarisse", "Espérance", "Josiane", "Ange", "Sandrine"],
           "M": ["Jean-Bosco", "Fabrice", "Eric", "Thierry", "Claude", "Gervais", "Aimé", "Prosper", "Égide"]},
    surnames=["Ndayishimiye", "Niyonzima", "Hakizimana", "Irakoze", "Nshimirimana", "Bizimana", "Ndikumana",
              "Nkurunziza", "Manirakiza", "Niyongabo", "Havyarimana", "Kwizera", "Nduwimana", "Ntahomvukiye"],
    middle={"F": [""], "M": [""]},
    institutions=BI_INST,
    employers=[
        Employer("Hôpital Provincial de Gitega-Mushasha", "Gitega", "Gitega", "BI", "Avenue de la Révolution, B.P. 36",
                 "+257 22 40 00 18", "hp.gitega@sante.example"),
        Employer("Hôpital Régional de Ngozi-Kinyami", "Ngozi", "Ngozi", "BI", "Route Ngozi-Kayanza, B.P. 61",
                 "+257 22 30 00 47", "hr.ngozi@sante.example"),
        Employer("Hôpital de District de Muramvya-Bugarama", "Muramvya", "Muramvya", "BI", "Quartier Centre, B.P. 12",
                 "+257 22 60 00 25", "hd.muramvya@sante.example"),
        Employer("Centre Hospitalo-Universitaire de Kamenge-Nord", "Bujumbura", "Bujumbura Mairie", "BI",
                 "Boulevard du 28 Novembre, B.P. 1990", "+257 22 22 00 84", "chuk.nord@sante.example"),
    ],
    signers=["Dr. Jean-Marie NIYONKURU", "Dr. Spès NDAYIZEYE", "M. Désiré HATUNGIMANA", "Dr. Goreth NIBIZI"],
    curricula=[_cur("bi_tlm", "Baccalauréat en Techniques de Laboratoire Médical", "medical_laboratory_science",
                    BI_TLM, True),
               _cur("bi_bio", "Baccalauréat en Biologie", "biology", BI_BIO),
               _cur("bi_inf", "Baccalauréat en Sciences Infirmières", "nursing", BI_INF)],
    mls_curriculum="bi_tlm", science_curricula=["bi_bio"], nonqualifying_curricula=["bi_inf"],
    positions_mls=["Technicien de Laboratoire A1", "Technicien de Laboratoire A2"],
    positions_science=["Technicien de Laboratoire A2", "Laborantin"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}/{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BI", {
    "blood_bank": ["Banque de sang", "Transfusion sanguine"], "chemistry": ["Biochimie"],
    "hematology": ["Hématologie"], "microbiology": ["Parasitologie", "Bactériologie"],
    "immunology": ["Sérologie"], "urinalysis": ["Examens des urines"], "molecular": ["Biologie moléculaire"],
    "phlebotomy": ["Salle de prélèvement"], "other": ["Anatomie pathologique"]})

PROMO = {"bi_tlm": "Laboratoire", "bi_bio": "Biologie", "bi_inf": "Sciences Infirmières"}
BORN = ["Bujumbura", "Gitega", "Ngozi", "Muyinga", "Kayanza", "Rumonge", "Bururi", "Makamba"]
ROMAN = {1: "I", 2: "II", 3: "III"}


def bi_name(person, surname=None):
    """'NDAYISHIMIYE Aline' (family name first, in capitals)."""
    return " ".join(x for x in ((surname or person.surname).upper(), person.given, person.middle) if x)


def born_place(s):
    return BORN[k(s, "born") % len(BORN)]


def faculty(s):
    return s.institution.extra["fsc" if s.curriculum.id == "bi_bio" else "fac"]


def mention_of(pct):
    return ("La plus grande distinction" if pct >= 90 else "Grande distinction" if pct >= 80 else
            "Distinction" if pct >= 70 else "Satisfaction")


def cote_of(s, i, j, r):
    c = 9.0 + (r.score - 45) / 47.0 * 8.0 + ((k(s, f"c{i}.{j}") % 7) - 3) * 0.5
    c = max(10.0, min(18.0, round(c * 2) / 2))
    if r.spec.areas or "Stage" in r.spec.title:
        c = max(c, 13.0 + (k(s, "st") % 6) * 0.5)
    return c


def cote_str(c):
    return str(int(c)) if c == int(c) else comma(c, 1)


def bi_rows(s):
    """[(term, [(r, th, tp, pond, cote, compensated)])]; now and then one course of a year is an
    'échec toléré' (9 or 9,5 with an asterisk)."""
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        tol = None
        if k(s, f"tol{i}") % 3 == 0:
            cands = [j for j, r in enumerate(t.results) if not r.spec.areas and "Stage" not in r.spec.title]
            tol = cands[k(s, f"tolj{i}") % len(cands)]
        for j, r in enumerate(t.results):
            tot = int(r.spec.credits)
            tp = int(r.spec.code.split(":")[1])
            th = tot - tp
            pond = tot // 15
            if j == tol:
                c, comp = (9.0 if k(s, f"tv{i}") % 2 else 9.5), True
            else:
                c, comp = cote_of(s, i, j, r), False
            rows.append((r, th, tp, pond, c, comp))
        out.append((t, rows))
    return out


def year_results(s):
    """[(pct, mention)] per year, from the same rows as the relevé."""
    res = []
    for t, rows in bi_rows(s):
        pw = sum(x[3] for x in rows)
        cw = sum(x[4] * x[3] for x in rows)
        pct = r1(cw / (20 * pw) * 100)
        res.append((pct, mention_of(pct)))
    return res


def delib_date(s):
    """The final jury's deliberation, three weeks before the diploma is signed."""
    return s.conferred - dt.timedelta(days=21)


def bi_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = bi_name(person)
    fem = person.sex == "F"
    courses, pages = [], []
    for yi, (t, rows) in enumerate(bi_rows(s)):
        sy = t.start_year
        p = Page(A4)
        W, H = p.w, p.h
        L, R = 44, W - 44
        watermark_crest(p, W / 2, 380, 90, 0.94)
        p.text(L, 40, "RÉPUBLIQUE DU BURUNDI", FB, 9.5)
        p.text(L, 52, "MINISTÈRE DE L'ÉDUCATION NATIONALE", F, 8)
        p.text(L, 62, "ET DE LA RECHERCHE SCIENTIFIQUE", F, 8)
        p.text(R, 40, inst.name.upper(), FB, 9.5, "right")
        p.text(R, 52, faculty(s), F, 8.5, "right")
        p.text(R, 62, "Service Académique", F, 8, "right")
        p.logo(W / 2, 52, 17, 1, 0.3)
        p.text(W / 2, 100, "RELEVÉ DES COTES", FB, 16, "center")
        p.hline(W / 2 - 80, W / 2 + 80, 104, 0.8)
        p.text(W / 2, 120, f"Année académique {sy}-{sy + 1}", FB, 11, "center")
        promo = f"BAC {ROMAN[t.year]} {PROMO[cur.id]}"
        y = 142
        p.pieces(y, [(L, f"Nom et prénom : {nm}", "left", FB, 10), (R, f"Matricule : {s.student_no}", "right", F, 10)])
        y += 14
        p.pieces(y, [(L, f"Né{'e' if fem else ''} à {born_place(s)}, le {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}",
                      "left", F, 10), (R, f"Promotion : {promo}", "right", F, 10)])
        y += 14
        sess = "Seconde session" if any(x[5] for x in rows) and k(s, f"ses{yi}") % 2 else "Première session"
        p.pieces(y, [(L, f"Session : {sess}", "left"), (R, f"Programme : {cur.title}", "right")], F, 10)
        y += 14
        # table
        X = [L, L + 24, L + 246, L + 284, L + 322, L + 382, L + 434, R]
        top = y
        p.rect(L, y, R - L, 26, 0.8, 0.0, fill=0.9)
        p.text((X[0] + X[1]) / 2, y + 16, "N°", FB, 8.5, "center", record=False)
        p.text(X[1] + 4, y + 16, "Cours", FB, 8.5, record=False)
        p.text((X[2] + X[4]) / 2, y + 10, "Heures", FB, 8.5, "center", record=False)
        p.hline(X[2], X[4], y + 13, 0.5)
        p.text((X[2] + X[3]) / 2, y + 22, "Th.", FB, 8, "center", record=False)
        p.text((X[3] + X[4]) / 2, y + 22, "TP", FB, 8, "center", record=False)
        p.text((X[4] + X[5]) / 2, y + 16, "Pondération", FB, 8, "center", record=False)
        p.text((X[5] + X[6]) / 2, y + 16, "Cote /20", FB, 8, "center", record=False)
        p.text((X[6] + X[7]) / 2, y + 16, "Cote pondérée", FB, 8, "center", record=False)
        p.lines.append("N° Cours Heures Th. TP Pondération Cote /20 Cote pondérée")
        p.line_y.append(y + 16)
        y += 26
        sth = stp = spw = 0
        scw = 0.0
        term = f"Année académique {sy}-{sy + 1} - BAC {ROMAN[t.year]}"
        for n, (r, th, tp, pond, c, comp) in enumerate(rows, 1):
            cs = cote_str(c) + ("*" if comp else "")
            cw = c * pond
            cws = cote_str(cw)
            ts = fit_size(r.spec.title, F, 9, X[2] - X[1] - 8, 6.5)
            yy = y + 12
            cells = [((X[0] + X[1]) / 2, str(n), "center"), (X[1] + 4, r.spec.title, "left"),
                     ((X[2] + X[3]) / 2, str(th), "center"), ((X[3] + X[4]) / 2, str(tp), "center"),
                     ((X[4] + X[5]) / 2, str(pond), "center"), ((X[5] + X[6]) / 2, cs, "center"),
                     ((X[6] + X[7]) / 2, cws, "center")]
            for x, v, al in cells:
                p.text(x, yy, v, F, ts if v == r.spec.title else 9, al, record=False)
            if comp:
                w = len(cs) * 2.6
                p.hline((X[5] + X[6]) / 2 - w, (X[5] + X[6]) / 2 + w, yy + 2, 0.5)
            p.lines.append(" ".join(v for _, v, _ in cells))
            p.line_y.append(yy)
            y += 16
            p.hline(L, R, y, 0.3)
            sth += th
            stp += tp
            spw += pond
            scw += cw
            courses.append(course_truth(r, term, th + tp, cs, "hours", code=None, hours_th=th, hours_tp=tp,
                                        ponderation=pond, **({"compensated": True} if comp else {})))
        yy = y + 12
        tot = [((X[0] + X[2]) / 2, "TOTAL", "center"), ((X[2] + X[3]) / 2, str(sth), "center"),
               ((X[3] + X[4]) / 2, str(stp), "center"), ((X[4] + X[5]) / 2, str(spw), "center"),
               ((X[6] + X[7]) / 2, f"{cote_str(scw)} / {spw * 20}", "center")]
        p.rect(L, y, R - L, 16, 0.6, 0.0, fill=0.93)
        p.pieces(yy, [(x, v, al) for x, v, al in tot], FB, 9)
        y += 16
        p.rect(L, top, R - L, y - top, 0.9)
        for x in X[1:-1]:
            p.vline(x, top if x not in (X[3],) else top + 13, y if x != X[1] else y - 16, 0.5)
        y += 14
        if any(x[5] for x in rows):
            p.text(L, y, "* Cote inférieure à 10/20 : échec toléré (compensé par la moyenne de l'année).", FI, 8)
            y += 14
        pct = r1(scw / (20 * spw) * 100)
        y += 6
        p.text(L, y, f"Pourcentage obtenu : {comma(pct, 1)} %", FB, 10.5)
        y += 15
        p.text(L, y, f"Mention : {mention_of(pct)}", FB, 10.5)
        y += 15
        last = t.year == cur.years
        adm = "Admise" if fem else "Admis"
        dec = (f"{adm} - a satisfait aux épreuves du grade de Bachelier" if last else f"{adm} en classe supérieure")
        p.text(L, y, f"Décision du jury : {dec}", FB, 10.5)
        y += 15
        delib = delib_date(s) if last else dt.date(sy + 1, 9, 25) if sess == "Seconde session" else dt.date(sy + 1, 7, 20)
        p.text(L, y, f"Date de délibération : {fr_date(delib)}", F, 10)
        y += 30
        p.text(R, y, f"Fait à {inst.extra['city']}, le {fr_date(delib)}", F, 10, "right")
        y += 56
        sign_block(p, rng, L + 110, y, "Le Secrétaire académique", F, 9.5, 170, inst.extra["sec"])
        sign_block(p, rng, R - 110, y, "Le Doyen" if "Faculté" in faculty(s) else "Le Directeur", F, 9.5, 170,
                   inst.extra["doyen"])
        round_stamp(p, R - 200, y - 16, 30, 0.42)
        p.text(W / 2, H - 28, "Toute rature ou surcharge annule ce relevé.", FI, 7.5, "center")
        pages.append(p)
    return LayoutResult("transcript", "ad_bi_releve_cotes", FAMILY, by_reading_order(pages), [nm], courses, "hours",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ad_bi_releve_cotes": (bi_transcript, FAMILY, ("BI",))}
