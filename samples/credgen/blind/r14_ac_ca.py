"""Writer AC, round 14: Canada, Quebec (CA). Country pack (invented CEGEPs' "Technologie d'analyses
biomédicales" 140.C0, three years; "Techniques de laboratoire, biotechnologies" 210.AA; "Soins
infirmiers" 180.A0: all three DEC technique programmes, level "diploma") and the "BULLETIN D'ÉTUDES
COLLÉGIALES / Relevé de notes" printed by the college's student system: French, dense small
sans-serif, one block per session captioned "Automne 2013", "Hiver 2014" (an "Été 2014" session
appears only for a course failed in the winter and taken again in the summer); columns No de cours ("140-3A4-RO":
discipline - course - college suffix) | Titre du cours | Pond. (weighting "3-3-3": theory - lab -
personal-work hours a week) | Unités ("2,66": the sum of the weighting / 3, cut to two decimals) |
Note (percent, pass 60) | Moy. gr. (group average) | Cote R ("27,514", blank for EQ / SU / stage /
ESP) | Rés. (RÉU, ÉCH, EQ équivalence with no note, SU substitution). Under each session "Unités
réussies: ... Moyenne de la session: ...". The last session holds the "Stage en milieu clinique"
(1-29-4, 11,33 units) and the "Épreuve synthèse de programme" (0,00 units, RÉU). At the end "Total
des unités réussies" and "Diplôme d'études collégiales (DEC) en ... — sanctionné le 2016-06-30" (ISO
dates throughout). The permanent code "TREM12529801" identifies the student.

Credit basis: Quebec college units, new truth value "qc_units" = 1 SH per unit (the reasoning is in
r14_ac_common's docstring: a unit is 45 hours of student work, as a US semester credit hour is).
Truth: code "140-3A4-RO"; term = the session caption; credits = the units printed; grade = the note
printed ("78"), or "EQ" / "SU" for rows without a note, "RÉU" for the ESP; the result (RÉU/ÉCH/EQ/SU),
weighting, group average and cote R are kept as `result`, `ponderation`, `group_average`, `cote_r`.
A failed attempt (ÉCH) is its own row with passed False and semester_hours 0; the course is taken
again in the next session. The session average is the unit-weighted mean of the notes printed in
that session (failed ones included), one decimal.
"""

import math

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r14_ac_common import FAMILY, add_department_phrases, by_reading_order, comma, course_truth, k

# code | title | weighting | category [| areas]
CA_TAB = """
## 1 S1
601-101-XX | Écriture et littérature | 2-2-3 | O
340-101-XX | Philosophie et rationalité | 3-1-3 | O
109-101-XX | Activité physique et santé | 1-1-1 | O
101-1A3-XX | Biologie humaine I | 3-3-3 | B
202-1A4-XX | Chimie générale | 3-2-3 | C
140-1A4-XX | Introduction à la profession | 2-2-2 | ?O
201-1A3-XX | Mathématiques appliquées aux analyses | 2-2-2 | M
## 1 S2
601-102-XX | Littérature et imaginaire | 3-1-3 | O
604-10A-XX | Anglais, langue seconde | 2-1-3 | O
101-2A3-XX | Biologie humaine II | 3-2-3 | B
202-2A4-XX | Chimie organique | 3-3-3 | C
140-2A4-XX | Instrumentation et techniques de laboratoire | 2-4-2 | P
140-2B4-XX | Hématologie I | 2-3-2 | P
## 2 S1
601-103-XX | Littérature québécoise | 3-1-4 | O
340-102-XX | L'être humain | 3-0-3 | O
109-102-XX | Activité physique et efficacité | 0-2-1 | O
202-3A4-XX | Biochimie | 3-3-3 | C
140-3A4-XX | Biochimie clinique I | 3-3-3 | ?P
140-3B4-XX | Hématologie II | 2-3-3 | P
101-3A4-XX | Microbiologie générale | 2-3-2 | B
## 2 S2
601-GEB-XX | Communication et discours | 2-2-2 | O
604-GEB-XX | Anglais propre au programme | 2-1-3 | O
140-4A4-XX | Biochimie clinique II | 3-3-3 | ?P
140-4B4-XX | Microbiologie médicale I | 3-4-3 | P
140-4C4-XX | Immunologie et sérologie | 2-3-2 | ?B
140-4D4-XX | Hémostase | 2-2-2 | P
360-C01-XX | Cours complémentaire : Histoire du Québec | 3-0-3 | O
## 3 S1
340-GEB-XX | Éthique et politique | 3-0-3 | O
109-103-XX | Activité physique et autonomie | 1-1-1 | O
140-5A4-XX | Microbiologie médicale II | 3-4-3 | P
140-5B4-XX | Immunohématologie et banque de sang | 3-4-3 | P
140-5C4-XX | Histotechnologie et cytologie | 2-3-2 | P
140-5D4-XX | Biologie moléculaire diagnostique | 2-3-2 | ?P
350-C02-XX | Cours complémentaire : Psychologie et santé | 3-0-3 | O
## 3 S2
140-6A4-XX | Stage en milieu clinique | 1-29-4 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
140-6B4-XX | Contrôle de qualité et gestion du laboratoire | 1-1-1 | P
140-ESP-XX | Épreuve synthèse de programme | 0-0-0 | O
"""

CA_BIOTECH = """
## 1 S1
601-101-XX | Écriture et littérature | 2-2-3 | O
340-101-XX | Philosophie et rationalité | 3-1-3 | O
109-101-XX | Activité physique et santé | 1-1-1 | O
101-1B3-XX | Biologie cellulaire | 3-3-3 | B
202-1B4-XX | Chimie générale | 3-3-3 | C
201-1B3-XX | Mathématiques et statistiques | 2-2-2 | M
## 1 S2
601-102-XX | Littérature et imaginaire | 3-1-3 | O
604-10A-XX | Anglais, langue seconde | 2-1-3 | O
202-2B4-XX | Chimie organique | 3-3-3 | C
101-2B4-XX | Microbiologie | 3-3-3 | B
210-2B4-XX | Techniques de laboratoire | 2-4-2 | O
## 2 S1
601-103-XX | Littérature québécoise | 3-1-4 | O
340-102-XX | L'être humain | 3-0-3 | O
109-102-XX | Activité physique et efficacité | 0-2-1 | O
202-3B4-XX | Biochimie | 3-3-3 | C
101-3B4-XX | Génétique | 3-3-3 | B
210-3B4-XX | Culture cellulaire | 2-4-2 | B
## 2 S2
601-GEB-XX | Communication et discours | 2-2-2 | O
604-GEB-XX | Anglais propre au programme | 2-1-3 | O
101-4B4-XX | Biologie moléculaire | 3-3-3 | B
202-4B4-XX | Chimie analytique instrumentale | 3-3-3 | C
210-4B4-XX | Immunologie appliquée | 2-3-2 | ?B
360-C01-XX | Cours complémentaire : Histoire du Québec | 3-0-3 | O
## 3 S1
340-GEB-XX | Éthique et politique | 3-0-3 | O
109-103-XX | Activité physique et autonomie | 1-1-1 | O
210-5B4-XX | Procédés de fermentation | 2-4-2 | B
210-5C4-XX | Contrôle de la qualité | 2-3-2 | O
210-5D4-XX | Biotechnologies végétales | 2-3-2 | B
350-C02-XX | Cours complémentaire : Psychologie et santé | 3-0-3 | O
## 3 S2
210-6A4-XX | Stage en entreprise | 1-27-4 | O
210-ESP-XX | Épreuve synthèse de programme | 0-0-0 | O
"""

CA_SI = """
## 1 S1
601-101-XX | Écriture et littérature | 2-2-3 | O
340-101-XX | Philosophie et rationalité | 3-1-3 | O
109-101-XX | Activité physique et santé | 1-1-1 | O
101-1S3-XX | Anatomie et physiologie I | 3-2-3 | B
180-1S4-XX | Soins infirmiers I | 3-5-3 | O
## 1 S2
601-102-XX | Littérature et imaginaire | 3-1-3 | O
340-102-XX | L'être humain | 3-0-3 | O
101-2S3-XX | Anatomie et physiologie II | 3-2-3 | B
180-2S4-XX | Soins infirmiers II | 3-6-3 | O
## 2 S1
601-103-XX | Littérature québécoise | 3-1-4 | O
109-102-XX | Activité physique et efficacité | 0-2-1 | O
350-1S3-XX | Psychologie du développement | 3-0-3 | O
101-3S3-XX | Microbiologie et immunologie | 2-2-2 | ?B
180-3S4-XX | Soins infirmiers en médecine-chirurgie | 3-9-3 | O
## 2 S2
604-10A-XX | Anglais, langue seconde | 2-1-3 | O
601-GEB-XX | Communication et discours | 2-2-2 | O
180-4S4-XX | Soins infirmiers en périnatalité et pédiatrie | 3-9-3 | O
180-4T4-XX | Pharmacothérapie | 3-1-3 | O
360-C01-XX | Cours complémentaire : Histoire du Québec | 3-0-3 | O
## 3 S1
340-GEB-XX | Éthique et politique | 3-0-3 | O
604-GEB-XX | Anglais propre au programme | 2-1-3 | O
109-103-XX | Activité physique et autonomie | 1-1-1 | O
180-5S4-XX | Soins infirmiers en santé mentale | 3-9-3 | O
350-C02-XX | Cours complémentaire : Psychologie et santé | 3-0-3 | O
## 3 S2
180-6S4-XX | Stage d'intégration | 1-24-3 | O
180-ESP-XX | Épreuve synthèse de programme | 0-0-0 | O
"""

POND = {}


def units(pond):
    a = sum(int(x) for x in pond.split("-"))
    return math.floor(a * 100 / 3 + 1e-9) / 100


def _prep(text):
    out = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("##"):
            out.append(line)
            continue
        parts = [x.strip() for x in line.split("|")]
        POND[(parts[0], parts[1])] = parts[2]
        parts[2] = f"{units(parts[2]):.2f}"
        out.append(" | ".join(parts))
    return C._parse("\n".join(out))


DEC = {"ca_tab": ("140.C0", "Technologie d'analyses biomédicales"),
       "ca_bio": ("210.AA", "Techniques de laboratoire, voie de spécialisation en biotechnologies"),
       "ca_si": ("180.A0", "Soins infirmiers")}


def _cur(cid, field, text, clin=False):
    return C.Curriculum(cid, "CA", f"Diplôme d'études collégiales (DEC) en {DEC[cid][1]} ({DEC[cid][0]})", "diploma",
                        3, field, "qc_units", _prep(text), 8, 6, clinical_training=clin)


CA_INST = [
    Institution("Cégep de la Rivière-Ouelle", "La Pocatière", "Bas-Saint-Laurent", "CA", "140, 4e Avenue",
                ("ca_tab", "ca_bio", "ca_si"), "college", extra={"sfx": "RO", "prov": "Québec"}),
    Institution("Collège Saint-Maurice", "Trois-Rivières", "Mauricie", "CA", "3500, rue De Courval",
                ("ca_tab", "ca_bio", "ca_si"), "college", extra={"sfx": "SM", "prov": "Québec"}),
]

PACK = K.CountryPack(
    code="CA", name="Canada",
    given={"F": ["Émilie", "Catherine", "Marie-Ève", "Audrey", "Camille", "Justine", "Sarah", "Laurence", "Valérie",
                 "Geneviève"],
           "M": ["Maxime", "Olivier", "Alexandre", "Samuel", "Gabriel", "Philippe", "Mathieu", "Félix", "Jérémie",
                 "Vincent"]},
    surnames=["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
              "Ouellet", "Pelletier", "Bélanger", "Lévesque"],
    middle={"F": [], "M": []},
    institutions=CA_INST,
    employers=[
        Employer("CISSS du Bas-Saint-Laurent", "Rimouski", "Bas-Saint-Laurent", "CA", "150, avenue Rouleau",
                 "418 724-3000", "ressources.humaines.cisssbsl@ssss.example"),
        Employer("CIUSSS de la Mauricie-et-du-Centre-du-Québec", "Trois-Rivières", "Mauricie", "CA",
                 "1991, boulevard du Carmel", "819 697-3333", "drhcaj.ciusssmcq@ssss.example"),
        Employer("CISSS de Chaudière-Appalaches", "Lévis", "Chaudière-Appalaches", "CA", "143, rue Wolfe",
                 "418 835-7121", "rh.cisssca@ssss.example"),
        Employer("Laboratoires Biomédicaux Laurentides inc.", "Laval", "Laval", "CA", "2500, boulevard Daniel-Johnson",
                 "450 682-2000", "rh@lbl-labo.example", "lab"),
    ],
    signers=["Nathalie Bergeron", "Martin Desrosiers", "Isabelle Charest"],
    curricula=[_cur("ca_tab", "medical_technology", CA_TAB, True), _cur("ca_bio", "biology", CA_BIOTECH),
               _cur("ca_si", "nursing", CA_SI)],
    mls_curriculum="ca_tab", science_curricula=["ca_bio"], nonqualifying_curricula=["ca_si"],
    positions_mls=["technologiste médicale", "technologiste médical"],
    positions_science=["technicienne de laboratoire", "technicien de laboratoire"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10 ** 5, 10 ** 6 - 1)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("CA", {
    "blood_bank": ["banque de sang"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["microbiologie"], "immunology": ["immunologie"], "urinalysis": ["analyses urinaires"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["pathologie"]})


def code_permanent(s, person):
    sur = "".join(c for c in person.surname.upper() if c.isalpha())
    sur = (sur.replace("É", "E").replace("È", "E").replace("Ô", "O").replace("Ê", "E") + "XXX")[:3]
    g = person.given[0].upper().replace("É", "E")
    m = s.dob.month + (50 if person.sex == "F" else 0)
    return f"{sur}{g}{s.dob.day:02d}{m:02d}{s.dob.year % 100:02d}{k(s, 'cp') % 90 + 1:02d}"


def session_name(t, summer=False):
    if summer:
        return f"Été {t.start_year + 1}"
    return f"Automne {t.start_year}" if t.key == "S1" else f"Hiver {t.start_year + 1}"


def qc_note(s, salt, r):
    v = int(round(60 + (r.score - 45) * 0.72 + ((k(s, salt) % 7) - 3) * 1.5))
    return max(60, min(97, v))


def plan(s):
    """[(caption, [(r, code, pond, units, note or None, moy or None, coteR or '', result)])]"""
    sfx = s.institution.extra["sfx"]
    sess = []
    fail = None
    if k(s, "ech") % 4 == 0:
        pool = [(i, j) for i, t in enumerate(s.terms[:-1]) for j, r in enumerate(t.results)
                if r.spec.code[:3] in ("601", "340", "201", "202", "101")]
        fail = pool[k(s, "ep") % len(pool)]
    # a course failed in a winter session may be taken again in the summer session that follows it
    summer = fail is not None and s.terms[fail[0]].key == "S2" and k(s, "ete") % 2 == 0
    eq = None
    if k(s, "eq") % 4 == 1:
        eq = "604-10A-XX"
    su = "350-C02-XX" if k(s, "su") % 6 == 2 else None
    carry = []
    pending = []
    for i, t in enumerate(s.terms):
        rows = []
        for r in carry:
            rows.append(r)
        carry = []
        for j, r in enumerate(t.results):
            code = r.spec.code.replace("-XX", f"-{sfx}")
            pond = POND[(r.spec.code, r.spec.title)]
            u = units(pond)
            if "ESP" in code:
                rows.append((r, code, pond, u, None, None, "", "RÉU"))
                continue
            if r.spec.code == eq:
                rows.append((r, code, pond, u, None, None, "", "EQ"))
                continue
            if r.spec.code == su:
                rows.append((r, code, pond, u, None, None, "", "SU"))
                continue
            n = qc_note(s, f"n{i}.{j}", r)
            moy = max(62, min(88, n - 6 + (k(s, f"m{i}.{j}") % 11)))
            stage = r.spec.title.startswith("Stage")
            cr = "" if stage else comma(max(15.0, min(38.0, 25 + (n - moy) / 12 * 5 + (k(s, f"c{i}.{j}") % 900) / 300)), 3)
            if fail == (i, j):
                nf = 48 + k(s, "nf") % 11
                rows.append((r, code, pond, u, nf, moy, comma(max(12.0, 25 + (nf - moy) / 12 * 5), 3), "ÉCH"))
                retake = (r, code, pond, u, max(61, n - 4), max(62, moy - 2), cr, "RÉU")
                if summer:
                    pending.append(retake)
                    continue
                carry.append(retake)
                continue
            rows.append((r, code, pond, u, n, moy, cr, "RÉU"))
        sess.append((session_name(t), rows))
        if pending:
            sess.append(("SUMMER", pending))
            pending = []
    out = []
    for i, (cap, rows) in enumerate(sess):
        if cap == "SUMMER":
            prev = out[-1][0]
            yr = int(prev.split()[-1]) + (1 if prev.startswith("Automne") else 0)
            cap = f"Été {yr}"
        if rows:
            out.append((cap, rows))
    # merge an empty-split session (the summer one splits its own session's rows in two)
    merged = []
    for cap, rows in out:
        if merged and merged[-1][0] == cap:
            merged[-1] = (cap, merged[-1][1] + rows)
        else:
            merged.append((cap, rows))
    return merged


def ca_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 34, W - 34
    X = {"no": L, "titre": L + 66, "pond": L + 300, "un": L + 362, "note": L + 394, "moy": L + 428, "cr": L + 470,
         "res": L + 500}
    fz = 6.9
    pages = []
    st = {"p": None, "y": 0}
    prog, pname = DEC[cur.id]
    nm_print = f"{person.surname}, {' '.join(x for x in (person.given, person.middle) if x)}"
    cp = code_permanent(s, person)
    printed = s.conferred.replace(day=min(28, s.conferred.day + 10))

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 36, inst.name.upper(), SB, 10)
        p.text(L, 46, f"{inst.street}, {inst.city} ({inst.extra['prov']})", S, 7)
        p.text(R, 36, "BULLETIN D'ÉTUDES COLLÉGIALES", SB, 10, "right")
        p.text(R, 46, "Relevé de notes - Registrariat", S, 7, "right")
        p.hline(L, R, 52, 0.8)
        p.pieces(64, [(L, f"Nom: {nm_print}", "left"), (L + 250, f"Code permanent: {cp}", "left"),
                      (R, f"No d'étudiant: {s.student_no}", "right")], S, 7.6)
        p.pieces(74, [(L, f"Programme: {prog} {pname}", "left", S, fit_size(f"Programme: {prog} {pname}", S, 7.6, 330)),
                      (R, f"Imprimé le {printed.isoformat()}", "right")], S, 7.6)
        if len(pages) == 1:
            p.pieces(84, [(L, f"Date de naissance: {s.dob.isoformat()}", "left"),
                          (L + 250, f"Première inscription: {s.admitted.isoformat()}", "left")], S, 7.6)
        p.hline(L, R, 89, 0.4)
        p.pieces(99, [(X["no"], "No de cours", "left"), (X["titre"], "Titre du cours", "left"),
                      (X["pond"], "Pond.", "left"), (X["un"] + 24, "Unités", "right"), (X["note"] + 22, "Note", "right"),
                      (X["moy"] + 30, "Moy. gr.", "right"), (X["cr"] + 24, "Cote R", "right"),
                      (X["res"] + 4, "Rés.", "left")], SB, 7)
        p.hline(L, R, 103, 0.4)
        st["y"] = 116

    new_page()
    out = []
    total = 0.0
    for cap, rows in plan(s):
        if st["y"] + 14 + 9 * len(rows) + 16 > H - 60:
            new_page()
        p = st["p"]
        p.text(L, st["y"], cap, SB, 8)
        y = st["y"] + 10
        ur = 0.0
        ws = wc = 0.0
        for r, code, pond, u, n, moy, cr, res in rows:
            cells = [(X["no"], code, "left"), (X["titre"], r.spec.title, "left", S, fit_size(r.spec.title, S, fz, 228)),
                     (X["pond"], pond, "left"), (X["un"] + 24, comma(u), "right")]
            if n is not None:
                cells += [(X["note"] + 22, str(n), "right"), (X["moy"] + 30, str(moy), "right")]
            if cr:
                cells.append((X["cr"] + 24, cr, "right"))
            cells.append((X["res"] + 4, res, "left"))
            p.pieces(y, cells, S, fz)
            y += 9
            extra = {"result": res, "ponderation": pond, "group_average": str(moy) if moy is not None else None,
                     "cote_r": cr or None}
            g = str(n) if n is not None else res
            if res == "ÉCH":
                out.append(course_truth(r, cap, u, g, "qc_units", code=code, passed=False, semester_hours=0, **extra))
            else:
                ur += u
                out.append(course_truth(r, cap, u, g, "qc_units", code=code, **extra))
            if n is not None:
                ws += n * u
                wc += u
        ur = round(ur, 2)
        total += ur
        avg = ws / wc if wc else 0
        p.pieces(y + 1, [(X["titre"], f"Unités réussies: {comma(ur)}", "left"),
                         (X["pond"], f"Moyenne de la session: {comma(math.floor(avg * 10 + 0.5) / 10, 1)}", "left")],
                 SB, 7)
        p.hline(L, R, y + 5, 0.2, 0.6)
        st["y"] = y + 18
    if st["y"] + 70 > H - 50:
        new_page()
    p, y = st["p"], st["y"] + 4
    p.hline(L, R, y - 6, 0.8)
    p.text(L, y + 6, f"Total des unités réussies: {comma(round(total, 2))}", SB, 8.5)
    p.text(L, y + 20, f"Diplôme d'études collégiales (DEC) en {pname} — sanctionné le {s.conferred.isoformat()}",
           SB, 8)
    p.text(L, y + 34, "RÉU: réussite; ÉCH: échec; EQ: équivalence; SU: substitution; seuil de réussite: 60 %. "
                      "Pond.: heures de théorie - laboratoire - travail personnel par semaine.", S, 6.6)
    p.text(L, y + 44, "Relevé officiel sans rature; toute modification le rend nul.", S, 6.6)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 26, f"Page {q} de {len(pages)}", S, 7, "right")
        pg.text(L, H - 26, f"{inst.name} - Système de gestion pédagogique", S, 6.5)
    return LayoutResult("transcript", "ac_ca_bulletin", FAMILY, by_reading_order(pages), [nm_print], out, "qc_units",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ac_ca_bulletin": (ca_transcript, FAMILY, ("CA",))}
