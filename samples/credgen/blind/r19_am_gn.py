"""Writer AM, round 19: Guinea (GN). Country pack (an invented university in Conakry giving the "Licence
en Sciences Biologiques, option Biologie Médicale" and the option Biologie Animale, 3 years; an
invented health university's "Licence en Sciences Infirmières") and the "RELEVÉ DE NOTES", one page per
academic year, followed by the "ATTESTATION DE RÉUSSITE"; A4 portrait, French.

Heading left "RÉPUBLIQUE DE GUINÉE / Travail - Justice - Solidarité", right the ministry; under it the
university, "Faculté des Sciences", "Département de Biologie". Title, "Année universitaire
2013-2014", the level ("Licence 2" for LMD cohorts, "2ème Année" for the older ones), Nom et Prénoms,
"Né(e) le ... à ...", Matricule ("13-FS-0421"). One ruled table per year.
  Older cohorts (admitted before 2015, non-LMD): N° | Matières | V.H. (hours) | Coef. | Note /20 |
  Note x Coef.; NO credits printed.
  LMD cohorts (admitted from 2015): UE rows (bold, "UE 3 : Microbiologie", 6 Crédits, the UE
  average and its points) with their element modules under them (V.H. and note, no credits).
Last rows "Total" of coefficients (or credits) and of points; "Moyenne annuelle: 12,34/20", "Décision du
jury: Admis(e)" or "Admis(e) avec dettes" (a unit below 10 carried: printed again the next year
with "(dette)" after its title), "Mention: Passable/Assez-Bien/Bien". "Conakry, le 15 octobre 2014",
"Le Doyen" with a round violet stamp over the signature.

Truth. Older cohorts: credit_system "hours" (V.H., 15 h = 1 SH); each row a course, code null (N° is
a row number), credits the V.H., grade the note ("12,50"), `coefficient` and `points` beside. LMD
cohorts: credit_system "ects"; each UE row a course (its printed title, 6 credits, grade the UE
average), the category of its first element, `elements` (title, hours, note) beside. A unit below 10
carries `passed: false`. Term "2013-2014 Licence 2" / "2013-2014 2ème Année".
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r19_am_common import (FAMILY, add_department_phrases, comma, course_truth, dmy, fr_date, k, keep, natural,
                            round_stamp, sign_block, grid)

Y12 = """
## 1 Y
G11 | Biologie cellulaire | 60 | B
G11 | Histologie générale | 30 | B
G12 | Chimie générale | 60 | C
G12 | Chimie organique | 45 | C
G13 | Mathématiques | 45 | M
G13 | Statistiques | 30 | M
G14 | Physique générale | 45 | O
G15 | Biologie animale | 45 | B
G15 | Biologie végétale | 45 | B
G16 | Anglais scientifique | 30 | O
G16 | Techniques d'expression | 30 | O
G17 | Anatomie et physiologie humaines | 60 | B
G18 | Biochimie structurale | 60 | C
G19 | Informatique | 30 | O
G10 | Géologie | 30 | O
## 2 Y
G21 | Biochimie métabolique | 60 | C
G22 | Microbiologie générale | 60 | B
G22 | Virologie | 30 | B
G23 | Génétique | 45 | B
G23 | Biologie moléculaire | 45 | ?B
G24 | Immunologie | 45 | ?B
G25 | Parasitologie | 45 | B
G25 | Mycologie | 30 | B
G26 | Hématologie | 60 | ?B
G27 | Physiologie animale | 45 | B
G28 | Écologie | 30 | B
G28 | Biostatistique | 30 | M
G29 | Anglais scientifique II | 30 | O
G20 | Entomologie | 30 | B
"""

GN_BM = Y12 + """
## 3 Y
G31 | Biochimie clinique | 60 | P
G32 | Bactériologie | 60 | P
G33 | Hématologie et hémostase | 45 | P
G33 | Immuno-hématologie et transfusion | 45 | P
G34 | Parasitologie médicale | 45 | P
G35 | Virologie médicale | 30 | P
G35 | Sérologie | 30 | ?P
G36 | Cytologie et anatomie pathologique | 45 | P
G37 | Assurance qualité au laboratoire | 30 | ?P
G38 | Santé publique et épidémiologie | 30 | ?M
G39 | Stage pratique en laboratoire hospitalier | 90 | P | hematology,chemistry,microbiology,blood_bank
G30 | Mémoire de fin d'études | 60 | O
"""

GN_BA = Y12 + """
## 3 Y
A31 | Zoologie des invertébrés | 60 | B
A32 | Zoologie des vertébrés | 60 | B
A33 | Physiologie comparée | 45 | B
A33 | Endocrinologie | 45 | B
A34 | Embryologie | 45 | B
A35 | Hydrobiologie | 30 | B
A35 | Ichtyologie | 30 | B
A36 | Écologie animale | 45 | B
A37 | Biochimie appliquée | 30 | C
A38 | Méthodologie de la recherche | 30 | O
A39 | Stage de terrain | 90 | B
A30 | Mémoire de fin d'études | 60 | O
"""

GN_INF = """
## 1 Y
N11 | Anatomie humaine | 60 | B
N12 | Physiologie humaine | 60 | B
N13 | Soins infirmiers de base | 60 | O
N13 | Hygiène hospitalière | 30 | O
N14 | Biochimie | 45 | C
N15 | Psychologie | 30 | O
N16 | Anglais | 30 | O
N17 | Stage clinique I | 90 | O
N18 | Microbiologie | 45 | B
N19 | Éthique et déontologie | 30 | O
N10 | Informatique | 30 | O
## 2 Y
N21 | Pharmacologie | 60 | O
N22 | Soins en médecine | 60 | O
N23 | Soins en chirurgie | 60 | O
N24 | Pédiatrie | 45 | O
N25 | Santé maternelle | 45 | O
N26 | Nutrition | 30 | O
N27 | Stage clinique II | 90 | O
N28 | Épidémiologie | 30 | M
N29 | Parasitologie | 30 | B
N20 | Anglais II | 30 | O
## 3 Y
N31 | Soins d'urgence | 60 | O
N32 | Santé communautaire | 60 | O
N33 | Gestion des services de santé | 45 | O
N34 | Psychiatrie | 45 | O
N35 | Gériatrie | 30 | O
N36 | Méthodologie de la recherche | 30 | O
N37 | Stage clinique III | 120 | O
N38 | Mémoire de fin d'études | 60 | O
N39 | Législation sanitaire | 30 | O
N30 | Soins palliatifs | 30 | O
"""

UE = {"G11": "Biologie cellulaire et tissulaire", "G12": "Chimie", "G13": "Mathématiques et statistiques",
      "G14": "Physique", "G15": "Biologie des organismes", "G16": "Langues et communication",
      "G17": "Anatomie et physiologie", "G18": "Biochimie I", "G19": "Informatique", "G10": "Sciences de la Terre",
      "G21": "Biochimie II", "G22": "Microbiologie", "G23": "Génétique et biologie moléculaire",
      "G24": "Immunologie", "G25": "Parasitologie et mycologie", "G26": "Hématologie", "G27": "Physiologie",
      "G28": "Écologie et biostatistique", "G29": "Anglais", "G20": "Entomologie", "G31": "Biochimie clinique",
      "G32": "Bactériologie médicale", "G33": "Hématologie et transfusion", "G34": "Parasitologie médicale",
      "G35": "Virologie et sérologie", "G36": "Anatomie pathologique", "G37": "Qualité au laboratoire",
      "G38": "Santé publique", "G39": "Stage hospitalier", "G30": "Mémoire",
      "A31": "Zoologie I", "A32": "Zoologie II", "A33": "Physiologie animale approfondie", "A34": "Embryologie",
      "A35": "Biologie aquatique", "A36": "Écologie animale", "A37": "Biochimie appliquée",
      "A38": "Méthodologie", "A39": "Stage de terrain", "A30": "Mémoire"}

GN_INST = [
    Institution("Université Kakimbo de Conakry", "Conakry", "Conakry", "GN", "Quartier Dixinn, BP 1147, Conakry",
                ("gn_bm", "gn_ba"), "university",
                extra={"fac": "Faculté des Sciences", "dep": "Département de Biologie", "rector": "Pr Mamadou Saliou Bah",
                       "dean": "Dr Sékou Camara"}),
    Institution("Université des Sciences de la Santé de Kindia", "Kindia", "Kindia", "GN",
                "Route de Friguiagbé, BP 212, Kindia", ("gn_inf",), "university",
                extra={"fac": "Faculté des Sciences de la Santé", "dep": "Département des Soins Infirmiers",
                       "rector": "Pr Fatoumata Binta Diallo", "dean": "Dr Lansana Kourouma"}),
]
TITLES = {"gn_bm": ("Licence en Sciences Biologiques", "Biologie Médicale"),
          "gn_ba": ("Licence en Sciences Biologiques", "Biologie Animale"),
          "gn_inf": ("Licence en Sciences Infirmières", "")}
BIRTH = ["Conakry", "Kindia", "Labé", "Kankan", "Boké", "Mamou", "N'Zérékoré", "Faranah", "Siguiri", "Kissidougou"]


def _student_no(rng, start_year, inst):
    return f"{start_year % 100:02d}-{'FS' if 'Kakimbo' in inst.name else 'FSS'}-{rng.randint(100, 2999):04d}"


PACK = K.CountryPack(
    code="GN", name="Guinea",
    given={"F": ["Fatoumata", "Mariama", "Aïssatou", "Kadiatou", "Hawa", "Djénabou", "Mariame", "Fanta", "Nènè",
                 "Safiatou"],
           "M": ["Mamadou", "Ibrahima", "Alpha", "Sékou", "Abdoulaye", "Ousmane", "Lansana", "Moussa", "Thierno",
                 "Souleymane"]},
    surnames=["Diallo", "Bah", "Barry", "Camara", "Sylla", "Condé", "Keïta", "Soumah", "Touré", "Kouyaté", "Baldé",
              "Sow", "Kourouma", "Cissé", "Fofana", "Bangoura"],
    middle={"F": [], "M": []},
    institutions=GN_INST,
    employers=[
        Employer("Hôpital National de Kaloum", "Conakry", "Conakry", "GN", "Boulevard du Commerce, Kaloum, Conakry",
                 "+224 622 10 20 30", "direction@hn-kaloum.example"),
        Employer("Hôpital Régional de Mamou", "Mamou", "Mamou", "GN", "Quartier Poudrière, Mamou",
                 "+224 628 44 55 60", "hrm@sante-mamou.example"),
        Employer("Laboratoire d'Analyses Médicales Le Niger", "Conakry", "Conakry", "GN",
                 "Route du Niger, Matam, Conakry", "+224 664 70 80 90", "contact@labo-leniger.example", "lab"),
    ],
    signers=["Dr Mohamed Lamine Soumah", "Dr Aminata Kaba", "M. Boubacar Sidibé"],
    curricula=[C.Curriculum("gn_bm", "GN", "Licence en Sciences Biologiques, option Biologie Médicale", "bachelor", 3,
                            "medical_laboratory_science", "hours", C._parse(GN_BM), 11, 10, clinical_training=True),
               C.Curriculum("gn_ba", "GN", "Licence en Sciences Biologiques, option Biologie Animale", "bachelor", 3,
                            "biology", "hours", C._parse(GN_BA), 11, 10),
               C.Curriculum("gn_inf", "GN", "Licence en Sciences Infirmières", "bachelor", 3, "nursing", "hours",
                            C._parse(GN_INF), 11, 10)],
    mls_curriculum="gn_bm", science_curricula=["gn_ba"], nonqualifying_curricula=["gn_inf"],
    positions_mls=["Technicien de Laboratoire", "Biologiste"], positions_science=["Technicien de Laboratoire"],
    code_style="keep", student_no=_student_no, honours=[])
K.register(PACK)
add_department_phrases("GN", {
    "blood_bank": ["banque de sang"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["bactériologie"], "immunology": ["sérologie"], "urinalysis": ["analyses d'urines"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["parasitologie"]})

ORD = {1: "1ère Année", 2: "2ème Année", 3: "3ème Année"}


def lmd(s):
    return s.terms[0].start_year >= 2015


def note_of(s, r, salt):
    n = 9.75 + (r.score - 45) * 6.5 / 47 + (k(s, salt) % 9 - 4) * 0.5
    return round(max(10.0, min(17.5, n)) * 4) / 4


def coef(vh):
    return {30: 1, 45: 2, 60: 3}.get(int(vh), 4)


def units(s):
    """[(t, [(unit, elements[(r, note)], avg, weight)])]; a unit is an element (old) or a UE (LMD)."""
    out = []
    for i, t in enumerate(s.terms):
        us = []
        if lmd(s):
            groups = {}
            for j, r in enumerate(t.results):
                groups.setdefault(r.spec.code, []).append((r, note_of(s, r, f"n{i}.{j}")))
            for code, els in groups.items():
                a = sum(n * r.spec.credits for r, n in els) / sum(r.spec.credits for r, _ in els)
                areas = tuple(x for r, _ in els for x in r.spec.areas)
                u = fake_result(els[0][0], "", f"UE {len(us) + 1} : {UE.get(code, els[0][0].spec.title)}", 6, els[0][0].spec.category, areas,
                                els[0][0].spec.ambiguous)
                us.append([u, els, round(a * 4) / 4, 6])
        else:
            for j, r in enumerate(t.results):
                n = note_of(s, r, f"n{i}.{j}")
                us.append([r, [(r, n)], n, coef(r.spec.credits)])
        out.append([t, us])
    if k(s, "dette") % 3 == 0:
        y = k(s, "dy") % 2
        cand = [u for u in out[y][1] if not u[0].spec.areas]
        u = cand[k(s, "du") % len(cand)]
        u[2] = 7.0 + (k(s, "dn") % 10) * 0.25
        u[1] = [(r, min(n, u[2])) for r, n in u[1]]
        rep = [u[0], [(r, max(10.0, n + 1)) for r, n in u[1]], 10.0 + (k(s, "rn") % 8) * 0.25, u[3], "dette"]
        rep[1] = [(r, rep[2]) for r, _ in u[1]]
        out[y + 1][1].append(rep)
    return out


def moyenne(us):
    return sum(u[2] * u[3] for u in us) / sum(u[3] for u in us)


def mention(m):
    return "Très Bien" if m >= 16 else "Bien" if m >= 14 else "Assez-Bien" if m >= 12 else "Passable"


def final_avg(s):
    ms = [moyenne(us) for _, us in units(s)]
    return sum(ms) / len(ms)


def birthplace(s):
    return BIRTH[k(s, "bp") % len(BIRTH)]


def header(p, s, inst, top=40):
    S, SB = "Helvetica", "Helvetica-Bold"
    W = p.w
    p.text(40, top, "RÉPUBLIQUE DE GUINÉE", SB, 9)
    p.text(40, top + 11, "Travail - Justice - Solidarité", S, 8)
    for i, ln in enumerate(("MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", "ET DE LA RECHERCHE SCIENTIFIQUE")):
        p.text(W - 40, top + 11 * i, ln, SB, 8, "right")
    p.hline(60, 140, top + 16, 0.5)
    p.text(W / 2, top + 42, inst.name.upper(), SB, 11, "center")
    p.text(W / 2, top + 55, inst.extra["fac"], S, 9.5, "center")
    p.text(W / 2, top + 67, inst.extra["dep"], S, 9.5, "center")


def gn_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    keep(person, "gn_deg", TITLES[cur.id])
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 40, W - 40
    X = [L, L + 34, L + 300, L + 340, L + 380, L + 436, R]
    nm = f"{person.surname.upper()} {person.given}"
    L_MD = lmd(s)
    pages, out = [], []
    sysname = "ects" if L_MD else "hours"
    for t, us in units(s):
        p = Page(A4)
        pages.append(p)
        header(p, s, inst)
        ay = f"{t.start_year}-{t.start_year + 1}"
        lvl = f"Licence {t.year}" if L_MD else ORD[t.year]
        p.text(W / 2, 138, "RELEVÉ DE NOTES", SB, 15, "center")
        p.text(W / 2, 154, f"Année universitaire {ay}", S, 10, "center")
        p.text(W / 2, 167, lvl, SB, 10, "center")
        y = 192
        for a in (f"Nom et Prénoms : {nm}", f"Né(e) le {dmy(s.dob, '/')} à {birthplace(s)}",
                  f"Matricule : {s.student_no}",
                  f"Option : {TITLES[cur.id][1]}" if TITLES[cur.id][1] else ""):
            if a:
                p.text(L, y, a, S, 9.5)
                y += 13
        y += 6
        hd = ["N°", "Matières" if not L_MD else "Unités d'enseignement / Matières", "V.H.",
              "Coef." if not L_MD else "Crédits", "Note /20", "Note x Coef." if not L_MD else "Note x Crédits"]
        p.rect(L, y, R - L, 16, 0.6, 0.0, fill=0.88)
        p.pieces(y + 11, [((X[i] + X[i + 1]) / 2 if i != 1 else X[1] + 4, h, "center" if i != 1 else "left")
                          for i, h in enumerate(hd)], SB, 8)
        top = y
        y += 16
        term = f"{ay} {lvl}"
        tw = tp = 0
        for idx, u in enumerate(us, 1):
            unit, els, avg, wgt = u[:4]
            dette = len(u) > 4
            title = unit.spec.title + (" (dette)" if dette else "")
            pts = avg * wgt
            tw += wgt
            tp += pts
            if L_MD:
                p.rect(L, y, R - L, 13, 0, 0.0, fill=0.95)
                p.pieces(y + 9.5, [((X[0] + X[1]) / 2, str(idx), "center"),
                                   (X[1] + 4, title, "left", SB, fit_size(title, SB, 8.3, X[2] - X[1] - 6)),
                                   ((X[3] + X[4]) / 2, str(wgt), "center"), ((X[4] + X[5]) / 2, comma(avg, 2), "center"),
                                   ((X[5] + X[6]) / 2, comma(pts, 2), "center")], SB, 8.3)
                y += 13
                p.hline(L, R, y, 0.25)
                for r, n in els:
                    p.pieces(y + 9.5, [(X[1] + 14, r.spec.title, "left"), ((X[2] + X[3]) / 2, str(int(r.spec.credits)),
                                                                            "center"),
                                       ((X[4] + X[5]) / 2, comma(n, 2), "center")], S, 8)
                    y += 12
                    p.hline(L, R, y, 0.15)
                extra = {"elements": [{"title": r.spec.title, "hours": int(r.spec.credits), "note": comma(n, 2)}
                                      for r, n in els], "points": round(pts, 2)}
                if avg < 10:
                    extra["passed"] = False
                out.append(course_truth(unit, term, 6, comma(avg, 2), "ects", title=title, code=None, **extra))
            else:
                p.pieces(y + 9.5, [((X[0] + X[1]) / 2, str(idx), "center"),
                                   (X[1] + 4, title, "left", S, fit_size(title, S, 8.5, X[2] - X[1] - 6)),
                                   ((X[2] + X[3]) / 2, str(int(unit.spec.credits)), "center"),
                                   ((X[3] + X[4]) / 2, str(wgt), "center"), ((X[4] + X[5]) / 2, comma(avg, 2), "center"),
                                   ((X[5] + X[6]) / 2, comma(pts, 2), "center")], S, 8.5)
                y += 13
                p.hline(L, R, y, 0.25)
                extra = {"coefficient": wgt, "points": round(pts, 2)}
                if avg < 10:
                    extra["passed"] = False
                out.append(course_truth(unit, term, int(unit.spec.credits), comma(avg, 2), "hours", title=title,
                                        code=None, **extra))
        p.pieces(y + 10, [(X[1] + 4, "Total", "left"), ((X[3] + X[4]) / 2, str(tw), "center"),
                          ((X[5] + X[6]) / 2, comma(tp, 2), "center")], SB, 8.5)
        y += 14
        grid(p, X, top, y)
        m = tp / tw
        deb = any(u[2] < 10 for u in us)
        e = "e" if person.sex == "F" else ""
        y += 20
        p.text(L, y, f"Moyenne annuelle : {comma(m, 2)}/20", SB, 10)
        p.text(L, y + 15, f"Décision du jury : Admis{e}" +
               (" avec dettes" if deb else ""), SB, 10)
        p.text(L, y + 30, f"Mention : {mention(m)}", SB, 10)
        d = dt.date(t.start_year + 1, 10, 5 + k(s, f"d{t.year}") % 20)
        if t is s.terms[-1]:
            d = s.conferred - dt.timedelta(days=10 + k(s, "dl") % 20)
        p.text(R - 120, y + 60, f"Conakry, le {fr_date(d)}" if inst.city == "Conakry" else
               f"{inst.city}, le {fr_date(d)}", S, 9.5, "center")
        p.text(R - 120, y + 76, "Le Doyen", SB, 10, "center")
        p.signature(R - 170, y + 116, 100, rng)
        round_stamp(p, R - 132, y + 106, 34, 0.5)
        p.text(R - 120, y + 132, inst.extra["dean"], S, 9, "center")
        p.text(L, H - 36, "N.B. : Il n'est délivré qu'un seul exemplaire du présent relevé.", SI, 7.5)
    # the attestation de réussite
    p = Page(A4)
    pages.append(p)
    header(p, s, inst)
    p.text(W / 2, 160, "ATTESTATION DE RÉUSSITE", SB, 16, "center")
    fm = final_avg(s)
    t1, opt = TITLES[cur.id]
    dip = f"{t1.replace('Sciences Biologiques', 'Biologie')}" + (f", option {opt}" if opt else "")
    civ = "Mme" if person.sex == "F" else "M."
    body = (f"Le Doyen de la {inst.extra['fac']} de l'{inst.name} atteste que {civ} {nm}, né{'e' if person.sex == 'F' else ''} "
            f"le {dmy(s.dob, '/')} à {birthplace(s)}, matricule {s.student_no}, a subi avec succès les examens de fin "
            f"de cycle et obtenu le diplôme de {dip}, session de {s.conferred.year}, avec la mention {mention(fm)}.")
    y = p.paragraph(70, 210, body, "Times-Roman", 12, W - 140, 19) + 14
    y = p.paragraph(70, y, "En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de "
                           "droit, en attendant la délivrance du diplôme définitif.", "Times-Roman", 12, W - 140, 19) + 30
    p.text(R - 120, y, f"{inst.city}, le {fr_date(s.conferred)}", "Times-Roman", 11, "center")
    p.text(R - 120, y + 16, "Le Doyen", "Times-Bold", 11, "center")
    p.signature(R - 170, y + 58, 100, rng)
    round_stamp(p, R - 110, y + 50, 34, 0.5)
    return LayoutResult("transcript", "am_gn_releve", FAMILY, pages, [nm], out, sysname,
                        {"prints_totals": True, "pass_mark": 10})


TRANSCRIPT_LAYOUTS = {"am_gn_releve": (gn_transcript, FAMILY, ("GN",))}
