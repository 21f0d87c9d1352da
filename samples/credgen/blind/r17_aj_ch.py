"""Writer AJ, round 17: Switzerland, French-speaking (CH). Country pack (invented écoles supérieures
de santé with the "Technicien·ne en analyses biomédicales diplômé·e ES" (three years, a tertiary
vocational diploma, not a university bachelor) and the "Infirmier·ère diplômé·e ES"; an invented
university's "Bachelor of Science en biologie") and the school's "BULLETIN DE NOTES": A4 portrait, the
canton's coat of arms as a shape, the school, "Volée 2014-2017", "Nom, prénom", "Date de naissance",
"Lieu d'origine" (Swiss usage: the commune of citizenship and its canton). The training is in MODULES,
one row each, grouped under "1re année", "2e année", "3e année" (full-width grey lines): Module (code
and title in one cell, "M1.3 Chimie clinique I") | Périodes (lessons of 45 minutes) | Note (Swiss 1-6
scale in halves, 4.0 the pass) | Appréciation. Then a separate block "Formation pratique": Stage
("Stage 1 – Laboratoire de chimie clinique, Hôpital ...") | Durée ("12 semaines") | Évaluation
("acquis"). No credits (ES schools print none). At the end "Total des périodes de formation en école:
2'720" (the Swiss thousands apostrophe), "Formation pratique: 48 semaines", "Travail de diplôme: 5.0",
"Examen final: réussi", the director's signature. The university's biology bachelor is printed in the
same design (its "Travail de bachelor", no practice block), as earlier rounds print a science
candidate in the country's one design.

Credit basis: hours (credit_system "hours", 15 clock hours = 1 SH, the ruleset's contact-hour rate,
as the earlier hour transcripts). A module's periods are lessons of 45 minutes, so its truth
`credits` are CLOCK hours = periods x 3/4 (40 periods = 30 h = 2 SH; the printed figure is kept as
`periods`). A practice period prints weeks only: it is counted as 40 clock hours a week (12 weeks =
480 h = 32 SH, the `weeks` kept beside), as round 16 counted the Kenyan attachments' printed hours;
its grade is the printed "acquis". The Travail de diplôme is a row with credits 0 and
`credits_printed` false (no periods are printed for it), grade "5.0"; the "Examen final: réussi" is
not a course. The printed total of periods is the sum of the module rows' periods.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r17_aj_common import FAMILY, add_department_phrases, canton_shield, course_truth, dmy, fr_date, k, keep_dob, \
    sign_block

# code | title | periods (stages: weeks) | category [| areas]
CH_TAB = """
## 1 Y
M1.1 | Biologie cellulaire et génétique | 80 | B
M1.2 | Chimie générale et analytique | 100 | C
M1.3 | Chimie clinique I | 120 | P
M1.4 | Hématologie I | 100 | P
M1.5 | Microbiologie I | 100 | P
M1.6 | Anatomie et physiologie | 80 | B
M1.7 | Mathématiques et statistique | 60 | M
M1.8 | Communication professionnelle | 40 | O
M1.9 | Hygiène et sécurité au laboratoire | 40 | O
M1.10 | Biochimie | 80 | C
ST1 | Laboratoire de chimie clinique | 12 | P | chemistry,urinalysis
## 2 Y
M2.1 | Chimie clinique II | 120 | P
M2.2 | Hématologie II et hémostase | 100 | P
M2.3 | Immunohématologie et médecine transfusionnelle | 100 | P
M2.4 | Microbiologie II | 100 | P
M2.5 | Immunologie | 80 | ?B
M2.6 | Histologie et cytologie | 100 | ?P
M2.7 | Biologie moléculaire | 80 | ?B
M2.8 | Gestion de la qualité | 60 | ?P
M2.9 | Anglais professionnel | 40 | O
M2.10 | Éthique et droit de la santé | 40 | O
ST2 | Laboratoire d'hématologie | 12 | P | hematology
ST3 | Laboratoire de microbiologie | 12 | P | microbiology
## 3 Y
M3.1 | Chimie clinique III | 100 | P
M3.2 | Hématologie III | 80 | P
M3.3 | Microbiologie III – parasitologie et mycologie | 80 | P
M3.4 | Diagnostic moléculaire | 100 | ?B
M3.5 | Histopathologie | 100 | P
M3.6 | Analyses urinaires et liquides biologiques | 80 | P
M3.7 | Gestion de laboratoire et économie de la santé | 60 | ?P
M3.8 | Méthodologie de recherche | 80 | O
M3.9 | Informatique de laboratoire | 60 | O
M3.10 | Séminaire interdisciplinaire | 60 | O
M3.11 | Pharmacologie et toxicologie | 80 | ?O
M3.12 | Santé publique et épidémiologie | 80 | O
M3.13 | Immunologie clinique | 100 | ?P
M3.14 | Travaux pratiques intégrés | 40 | P
ST4 | Immunohématologie et transfusion | 12 | P | blood_bank,immunology
"""

CH_INF = """
## 1 Y
M1.1 | Soins infirmiers fondamentaux | 160 | O
M1.2 | Anatomie et physiologie | 120 | B
M1.3 | Psychologie et communication | 80 | O
M1.4 | Hygiène hospitalière | 60 | O
M1.5 | Pharmacologie I | 60 | O
M1.6 | Éthique professionnelle | 40 | O
ST1 | Service de médecine interne | 12 | O
## 2 Y
M2.1 | Soins en médecine | 160 | O
M2.2 | Soins en chirurgie | 160 | O
M2.3 | Pharmacologie II | 60 | O
M2.4 | Santé mentale | 80 | O
M2.5 | Microbiologie et infectiologie | 60 | ?B
ST2 | Service de chirurgie | 12 | O
ST3 | Soins à domicile | 12 | O
## 3 Y
M3.1 | Soins en pédiatrie | 120 | O
M3.2 | Soins aux personnes âgées | 120 | O
M3.3 | Soins d'urgence | 100 | O
M3.4 | Gestion et organisation des soins | 80 | O
M3.5 | Recherche en soins infirmiers | 80 | O
ST4 | Service de pédiatrie | 12 | O
"""

CH_BIO = """
## 1 Y
M1.1 | Biologie cellulaire | 120 | B
M1.2 | Chimie générale | 120 | C
M1.3 | Mathématiques | 100 | M
M1.4 | Physique | 100 | O
M1.5 | Botanique | 80 | B
M1.6 | Zoologie | 80 | B
## 2 Y
M2.1 | Biochimie | 120 | C
M2.2 | Génétique | 100 | B
M2.3 | Microbiologie | 100 | B
M2.4 | Chimie organique | 100 | C
M2.5 | Statistique | 80 | M
M2.6 | Physiologie animale | 100 | B
## 3 Y
M3.1 | Biologie moléculaire | 120 | B
M3.2 | Immunologie | 80 | ?B
M3.3 | Écologie | 80 | ?B
M3.4 | Évolution | 80 | ?B
M3.5 | Bioinformatique | 80 | O
M3.6 | Physiologie végétale | 80 | B
"""

TITLES = {"ch_tab": ("Technicien·ne en analyses biomédicales diplômé·e ES",
                     "Technicienne en analyses biomédicales diplômée ES",
                     "Technicien en analyses biomédicales diplômé ES", "Travail de diplôme"),
          "ch_inf": ("Infirmier·ère diplômé·e ES", "Infirmière diplômée ES", "Infirmier diplômé ES",
                     "Travail de diplôme"),
          "ch_bio": ("Bachelor of Science en biologie", "Bachelor of Science en biologie",
                     "Bachelor of Science en biologie", "Travail de bachelor")}

CH_INST = [
    Institution("École supérieure de santé du Léman", "Lausanne", "Vaud", "CH", "Avenue de Beaumont 21, 1011 Lausanne",
                ("ch_tab", "ch_inf"), "college",
                extra={"director": "Claire-Lise Bonzon", "conf": "La Conférence des directeurs de l'École "
                       "supérieure de santé du Léman", "canton": "VD"}),
    Institution("École supérieure de santé des Trois-Lacs", "Neuchâtel", "Neuchâtel", "CH",
                "Rue de la Maladière 14, 2000 Neuchâtel", ("ch_tab", "ch_inf"), "college",
                extra={"director": "Pierre-André Jeanneret", "conf": "La Conférence des directeurs de l'École "
                       "supérieure de santé des Trois-Lacs", "canton": "NE"}),
    Institution("Université du Jorat", "Lausanne", "Vaud", "CH", "Quartier Sorge, 1015 Lausanne",
                ("ch_bio",), "university",
                extra={"director": "Prof. Anne-Catherine Rossier", "conf": "La Faculté de biologie et de médecine "
                       "de l'Université du Jorat", "canton": "VD"}),
]

ORIGINS = ["Bulle (FR)", "Yverdon-les-Bains (VD)", "Le Locle (NE)", "Sion (VS)", "Delémont (JU)", "Nyon (VD)",
           "Martigny (VS)", "Moudon (VD)", "Romont (FR)", "Porrentruy (JU)"]
HOSPITALS = ["Hôpital du Jorat", "Centre hospitalier des Trois-Lacs", "Hôpital intercantonal de la Broye-Riviera",
             "Hôpital régional du Gros-de-Vaud"]


def _student_no(rng, start_year, inst):
    return f"{start_year % 100:02d}-{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="CH", name="Switzerland",
    given={"F": ["Sophie", "Camille", "Léa", "Manon", "Chloé", "Julie", "Laura", "Céline", "Émilie", "Aurélie"],
           "M": ["Nicolas", "Julien", "Mathieu", "Thomas", "Kevin", "Loïc", "David", "Yannick", "Sébastien",
                 "Florian"]},
    surnames=["Muller", "Favre", "Rochat", "Bonvin", "Cuénod", "Perrin", "Chappuis", "Mottier", "Dubois", "Gerber",
              "Monnier", "Rey", "Jaquier", "Pittet"],
    middle={"F": [], "M": []},
    institutions=CH_INST,
    employers=[
        Employer("Hôpital du Jorat", "Lausanne", "Vaud", "CH", "Rue du Bugnon 60, 1011 Lausanne", "+41 21 555 11 11",
                 "rh@hopital-jorat.example"),
        Employer("Centre hospitalier des Trois-Lacs", "Neuchâtel", "Neuchâtel", "CH",
                 "Rue de la Maladière 45, 2000 Neuchâtel", "+41 32 555 22 22", "rh@ch-troislacs.example"),
        Employer("Dianalab Analyses Médicales SA", "Genève", "Genève", "CH", "Route de Frontenex 12, 1207 Genève",
                 "+41 22 555 33 33", "emploi@dianalab.example", "lab"),
    ],
    signers=["Catherine Pasche", "Olivier Reymond", "Nathalie Vuilleumier"],
    curricula=[C.Curriculum("ch_tab", "CH", TITLES["ch_tab"][0], "diploma", 3, "medical_laboratory_science", "hours",
                            C._parse(CH_TAB), 9, 9, clinical_training=True),
               C.Curriculum("ch_bio", "CH", TITLES["ch_bio"][0], "bachelor", 3, "biology", "hours",
                            C._parse(CH_BIO), 9, 9),
               C.Curriculum("ch_inf", "CH", TITLES["ch_inf"][0], "diploma", 3, "nursing", "hours",
                            C._parse(CH_INF), 9, 9)],
    mls_curriculum="ch_tab", science_curricula=["ch_bio"], nonqualifying_curricula=["ch_inf"],
    positions_mls=["technicien·ne en analyses biomédicales ES"],
    positions_science=["laborantin·e"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("CH", {
    "blood_bank": ["immunohématologie et médecine transfusionnelle"], "chemistry": ["chimie clinique"],
    "hematology": ["hématologie"], "microbiology": ["microbiologie"], "immunology": ["immunologie"],
    "urinalysis": ["analyses urinaires"], "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"],
    "other": ["histopathologie"]})

APPR = {6.0: "excellent", 5.5: "très bien", 5.0: "bien", 4.5: "satisfaisant", 4.0: "suffisant"}
YEARS = ["1re année", "2e année", "3e année"]


def origin(s):
    return ORIGINS[k(s, "orig") % len(ORIGINS)]


def thousands(n):
    return f"{n:,}".replace(",", "'")


def note(s, salt, r):
    x = r.score + k(s, salt) % 9 - 3
    return max(4.0, min(6.0, 4.0 + round((x - 50) / 9) * 0.5))


def is_stage(r):
    return r.spec.code.startswith("ST")


def ch_rows(s):
    """(modules [(year, r, periods, note)], stages [(r, weeks, hospital)], travail de diplôme note)."""
    mods, stages = [], []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            if is_stage(r):
                stages.append((r, int(r.spec.credits), HOSPITALS[k(s, f"h{j}") % len(HOSPITALS)]))
            else:
                mods.append((t.year, r, int(r.spec.credits), note(s, f"n{i}.{j}", r)))
    td = max(4.0, min(6.0, 4.5 + (k(s, "td") % 4) * 0.5))
    return mods, stages, td


def stage_title(s, r, hosp):
    n = r.spec.code[2:]
    return f"Stage {n} – {r.spec.title}, {hosp}"


def ch_bulletin(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    person._aj_origin = origin(s)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 50, W - 50
    X = [L, L + 300, L + 360, L + 410, R]
    titles = TITLES[cur.id]
    nm = f"{person.surname}, {person.given}"
    y0 = s.terms[0].start_year
    mods, stages, td = ch_rows(s)
    pages = []
    st = {"p": None, "y": 0}

    def colhead(p, y, cols):
        p.rect(L, y, R - L, 16, 0.6, 0.0, fill=0.8)
        p.pieces(y + 11.5, cols, SB, 8.5)
        return y + 16

    def mod_head(p, y):
        return colhead(p, y, [(X[0] + 4, "Module", "left"), ((X[1] + X[2]) / 2, "Périodes", "center"),
                              ((X[2] + X[3]) / 2, "Note", "center"), (X[3] + 6, "Appréciation", "left")])

    def new_page(first):
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        if first:
            canton_shield(p, L + 16, 62, 26)
            p.text(L + 40, 54, inst.name, SB, 12)
            p.text(L + 40, 67, inst.street, S, 8.5)
            p.text(L + 40, 79, f"Canton de {inst.region}", S, 8.5)
            p.text(W / 2, 120, "BULLETIN DE NOTES", SB, 15, "center")
            p.text(W / 2, 136, f"Filière {titles[0]}", S, 10, "center")
            y = 162
            for a, b in ((f"Nom, prénom: {nm}", f"Volée {y0}-{y0 + 3}"),
                         (f"Date de naissance: {dmy(s.dob)}", f"Lieu d'origine: {origin(s)}")):
                p.pieces(y, [(L, a, "left"), (L + 300, b, "left")], S, 9.5)
                y += 14
            st["y"] = y + 10
        else:
            p.text(L, 44, f"{inst.name} – Bulletin de notes – {nm} (suite)", S, 8)
            st["y"] = 62

    def need(h):
        if st["y"] + h > H - 50:
            new_page(False)
            return True
        return False

    new_page(True)
    st["y"] = mod_head(st["p"], st["y"])
    out = []
    rh = 13.5
    tot_periods = 0
    for yr in (1, 2, 3):
        rows = [m for m in mods if m[0] == yr]
        if not rows:
            continue
        if need(rh * 2):
            st["y"] = mod_head(st["p"], st["y"])
        p, y = st["p"], st["y"]
        p.rect(L, y, R - L, rh, 0.4, 0.0, fill=0.9)
        p.text(L + 4, y + 9.8, YEARS[yr - 1], SB, 8.5)
        st["y"] = y + rh
        for _, r, per, nt in rows:
            if need(rh):
                st["y"] = mod_head(st["p"], st["y"])
            p, y = st["p"], st["y"]
            cell = f"{r.spec.code} {r.spec.title}"
            p.pieces(y + 9.8, [(X[0] + 4, cell, "left", S, fit_size(cell, S, 8.5, X[1] - X[0] - 8)),
                               ((X[1] + X[2]) / 2, str(per), "center"), ((X[2] + X[3]) / 2, f"{nt:.1f}", "center"),
                               (X[3] + 6, APPR[nt], "left")], S, 8.5)
            for x in X:
                p.vline(x, y, y + rh, 0.4)
            p.hline(L, R, y + rh, 0.3)
            st["y"] = y + rh
            tot_periods += per
            out.append(course_truth(r, YEARS[yr - 1], per * 3 // 4 if per % 4 == 0 else per * 0.75, f"{nt:.1f}",
                                    "hours", code=r.spec.code, title=r.spec.title, periods=per,
                                    appreciation=APPR[nt]))
    weeks = 0
    if stages:
        if need(40 + rh * len(stages)):
            pass
        p = st["p"]
        st["y"] += 18
        p.text(L, st["y"], "Formation pratique", SB, 10.5)
        st["y"] += 6
        XS = [L, L + 360, L + 430, R]
        p, y = st["p"], colhead(st["p"], st["y"], [(XS[0] + 4, "Stage", "left"), ((XS[1] + XS[2]) / 2, "Durée", "center"),
                                                  ((XS[2] + XS[3]) / 2, "Évaluation", "center")])
        for r, wk, hosp in stages:
            t = stage_title(s, r, hosp)
            p.pieces(y + 9.8, [(XS[0] + 4, t, "left", S, fit_size(t, S, 8.5, XS[1] - XS[0] - 8)),
                               ((XS[1] + XS[2]) / 2, f"{wk} semaines", "center"),
                               ((XS[2] + XS[3]) / 2, "acquis", "center")], S, 8.5)
            for x in XS:
                p.vline(x, y, y + rh, 0.4)
            p.hline(L, R, y + rh, 0.3)
            y += rh
            weeks += wk
            out.append(course_truth(r, None, wk * 40, "acquis", "hours", code=None, title=t, weeks=wk,
                                    clock_hours=wk * 40))
        st["y"] = y
    like = mods[-1][1]
    fr = fake_result(like, "TD", titles[3], 0, "other")
    out.append(course_truth(fr, YEARS[2], 0, f"{td:.1f}", "hours", code=None, credits_printed=False))
    need(170)
    p, y = st["p"], st["y"] + 24
    p.text(L, y, f"Total des périodes de formation en école: {thousands(tot_periods)}", SB, 9.5)
    y += 14
    if stages:
        p.text(L, y, f"Formation pratique: {weeks} semaines", SB, 9.5)
        y += 14
    p.text(L, y, f"{titles[3]}: {td:.1f}", SB, 9.5)
    p.text(L, y + 14, "Examen final: réussi", SB, 9.5)
    y += 34
    p.text(L, y, "Échelle des notes: 6 excellent, 5.5 très bien, 5 bien, 4.5 satisfaisant, 4 suffisant; "
                 "les notes inférieures à 4 sont insuffisantes. 1 période = 45 minutes.", S, 7.5)
    issue = s.conferred - dt.timedelta(days=7 + k(s, "iss") % 20)
    p.text(L, y + 22, f"{inst.city}, le {fr_date(issue)}", S, 9.5)
    sign_block(p, rng, R - 110, y + 80, "Direction de l'école" if inst.kind == "college" else "Décanat", S, 9, 170,
               inst.extra["director"])
    return LayoutResult("transcript", "aj_ch_bulletin", FAMILY, pages, [nm], out, "hours",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aj_ch_bulletin": (ch_bulletin, FAMILY, ("CH",))}
