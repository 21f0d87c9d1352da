"""Writer Z, round 12: Burkina Faso (BF). Country pack (an invented public École Nationale de Santé
Publique-like school of health professions: "Technicien Supérieur en Biologie Médicale", three
annual years, a post-secondary state diploma, not a bachelor's; its "Diplôme d'État d'Infirmier
Breveté"; a university UFR Sciences de la Vie et de la Terre "Licence en Sciences Biologiques") and
the "RELEVÉ DE NOTES ANNUEL": one page per year in French, all years in one PDF; "BURKINA FASO /
Unité - Progrès - Justice" at the right, "MINISTÈRE DE LA SANTÉ / SECRÉTARIAT GÉNÉRAL / ÉCOLE ..."
stacked at the left; "Année scolaire 2014-2015 - Filière : Biologie Médicale - Niveau : 2ème
année"; subjects grouped in bold "MODULE n : ..." rows, columns `Matières | V.H. | Coef. | Note /20 |
Note × Coef.`, "Moyenne du module : 13,25" under each module; the year's "Stage pratique (CHU)" with
its hours; "Total des coefficients : 42 - Total des points : 567,50 - Moyenne générale : 13,51/20 -
Rang : 7e/38 - Décision : Admis(e) en 3ème année"; no course codes, comma decimals; signed "Le
Directeur des Études" with a stamp.

Credit basis: the V.H. (volume horaire, contact hours) is the credit printed: system "hours", 15
contact hours = 1 semester hour (criteria.md's contact-hour rate, as round 11's CD). The
coefficients are weights of the average only and are kept as `coefficient`; grade = the printed
note "13,50"; term "Année scolaire 2014-2015 - 2ème année". Modules are kept as `module`."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r6_l_common import parse
from .r12_z_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, fr_date, k, r2,
                           round_stamp, sign_block)

# code column = module key (not printed); module names in MODULES
BF_TSBM = """
## 1 Y
M1 | Anatomie et physiologie humaines | 60 | B
M1 | Biologie cellulaire et histologie | 30 | B
M1 | Biophysique | 30 | O
M2 | Chimie générale et minérale | 45 | C
M2 | Chimie organique | 30 | C
M2 | Biochimie structurale | 45 | C
M3 | Techniques générales de laboratoire | 45 | P
M3 | Hygiène, sécurité et gestion des déchets au laboratoire | 20 | P
M3 | Prélèvements et conservation des échantillons | 30 | P
M4 | Santé publique et épidémiologie | 30 | O
M4 | Statistique et informatique | 30 | M
M4 | Communication et expression française | 20 | O
M4 | Anglais scientifique | 20 | O
ST | Stage pratique (CHU) | 240 | P | phlebotomy,urinalysis
## 2 Y
M5 | Bactériologie systématique | 60 | P
M5 | Parasitologie et mycologie médicales | 45 | P
M5 | Immunologie générale | 30 | ?B
M6 | Hématologie générale | 45 | P
M6 | Immuno-hématologie et transfusion sanguine | 45 | ?P
M7 | Biochimie clinique | 60 | ?P
M7 | Enzymologie | 20 | ?C
M8 | Pharmacologie générale | 20 | O
M8 | Éthique et déontologie professionnelles | 20 | O
M8 | Législation et organisation sanitaires | 20 | O
ST | Stage pratique (CHU) | 320 | P | hematology,microbiology,chemistry
## 3 Y
M9 | Virologie médicale | 30 | ?B
M9 | Bactériologie clinique et antibiogramme | 45 | P
M10 | Hémostase et hématologie spécialisée | 45 | P
M10 | Cytologie et anatomie pathologique | 30 | P
M11 | Biochimie spécialisée et hormonologie | 45 | P
M11 | Biologie moléculaire appliquée | 30 | ?P
M12 | Assurance qualité et gestion du laboratoire | 30 | P
M12 | Méthodologie de la recherche | 30 | O
M12 | Mémoire de fin de formation | 60 | O
ST | Stage pratique (CHU) | 400 | P | blood_bank,chemistry,hematology,microbiology
"""

BF_BIO = """
## 1 Y
M1 | Biologie cellulaire | 45 | B
M1 | Biologie animale | 45 | B
M1 | Biologie végétale | 45 | B
M2 | Chimie générale | 60 | C
M2 | Thermodynamique chimique | 30 | C
M3 | Mathématiques | 60 | M
M3 | Physique générale | 60 | O
M3 | Techniques d'expression | 30 | O
## 2 Y
M4 | Génétique | 45 | B
M4 | Microbiologie générale | 45 | B
M4 | Physiologie animale | 45 | B
M5 | Biochimie structurale | 60 | C
M5 | Chimie organique | 45 | C
M6 | Statistique | 45 | M
M6 | Anglais | 30 | O
## 3 Y
M7 | Écologie | 45 | B
M7 | Parasitologie | 45 | B
M7 | Immunologie | 30 | ?B
M8 | Biochimie métabolique | 60 | C
M8 | Biologie moléculaire | 45 | B
M9 | Stage de terrain | 60 | O
M9 | Rapport de fin de cycle | 30 | O
"""

BF_INF = """
## 1 Y
M1 | Anatomie et physiologie | 60 | B
M1 | Soins infirmiers de base | 60 | O
ST | Stage pratique (CHU) | 240 | O
## 2 Y
M2 | Soins infirmiers en médecine | 60 | O
M2 | Soins infirmiers en chirurgie | 60 | O
ST | Stage pratique (CHU) | 320 | O
## 3 Y
M3 | Soins infirmiers en pédiatrie | 45 | O
M3 | Santé communautaire | 45 | O
ST | Stage pratique (CHU) | 400 | O
"""

MODULES = {
    "bf_tsbm": {"M1": "SCIENCES BIOLOGIQUES FONDAMENTALES", "M2": "CHIMIE ET BIOCHIMIE",
                "M3": "TECHNIQUES DE BASE DE LABORATOIRE", "M4": "SANTÉ PUBLIQUE ET COMMUNICATION",
                "M5": "MICROBIOLOGIE", "M6": "HÉMATOLOGIE ET IMMUNO-HÉMATOLOGIE", "M7": "BIOCHIMIE",
                "M8": "SCIENCES SOCIALES ET PROFESSIONNELLES", "M9": "MICROBIOLOGIE SPÉCIALISÉE",
                "M10": "HÉMATOLOGIE SPÉCIALISÉE ET CYTOLOGIE", "M11": "BIOCHIMIE SPÉCIALISÉE",
                "M12": "GESTION ET RECHERCHE", "ST": "STAGE"},
    "bf_bio": {"M1": "BIOLOGIE GÉNÉRALE", "M2": "CHIMIE", "M3": "SCIENCES FONDAMENTALES ET EXPRESSION",
               "M4": "BIOLOGIE", "M5": "BIOCHIMIE", "M6": "OUTILS", "M7": "BIOLOGIE DES ORGANISMES",
               "M8": "BIOCHIMIE ET BIOLOGIE MOLÉCULAIRE", "M9": "TRAVAUX PERSONNELS"},
    "bf_inf": {"M1": "SCIENCES DE BASE", "M2": "SOINS INFIRMIERS", "M3": "SOINS SPÉCIALISÉS", "ST": "STAGE"},
}


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "BF", title, level, years, field, "hours", parse(text), 10, 7, clinical_training=clin)


BF_INST = [
    Institution("École Nationale des Professions de Santé du Kadiogo", "Ouagadougou", "Centre", "BF",
                "Avenue de l'Hôpital Yalgado", ("bf_tsbm", "bf_inf"), "institute",
                extra={"short": "ENPS-K", "ministry": True}),
    Institution("École Régionale des Professions de Santé du Houet", "Bobo-Dioulasso", "Hauts-Bassins", "BF",
                "Boulevard de la Révolution", ("bf_tsbm", "bf_inf"), "institute",
                extra={"short": "ERPS-H", "ministry": True}),
    Institution("Université Naaba Kango", "Ouagadougou", "Centre", "BF", "Avenue Charles de Gaulle",
                ("bf_bio",), "university", extra={"short": "UNK", "ufr": "UFR SCIENCES DE LA VIE ET DE LA TERRE"}),
]

PACK = K.CountryPack(
    code="BF", name="Burkina Faso",
    given={"F": ["Aminata", "Mariam", "Salamata", "Rasmata", "Awa", "Fatimata", "Pélagie", "Clarisse", "Bibata",
                 "Alizèta"],
           "M": ["Boukary", "Issouf", "Moussa", "Abdoulaye", "Souleymane", "Wendkouni", "Hamidou", "Arsène",
                 "Rasmané", "Idrissa"]},
    surnames=["Ouédraogo", "Sawadogo", "Compaoré", "Kaboré", "Zongo", "Traoré", "Ouattara", "Sanou", "Kiemtoré",
              "Yaméogo", "Nikiéma", "Bationo"],
    middle={"F": ["Marie", "Wendyam"], "M": ["Jean", "Wendpouiré"]},
    institutions=BF_INST,
    employers=[
        Employer("Centre Hospitalier Régional de Koudougou-Est", "Koudougou", "Centre-Ouest", "BF",
                 "Secteur 6, Route de Réo", "+226 25 44 00 12", "chr.koudougou-est@sante.example"),
        Employer("Centre Hospitalier Régional de Fada N'Gourma-Nord", "Fada N'Gourma", "Est", "BF",
                 "Secteur 2", "+226 24 77 00 35", "chr.fada-nord@sante.example"),
        Employer("Centre Hospitalier Régional de Ouahigouya-Sud", "Ouahigouya", "Nord", "BF",
                 "Avenue du Yatenga", "+226 24 55 00 48", "chr.ouahigouya-sud@sante.example"),
        Employer("Laboratoire d'Analyses Médicales Le Baobab", "Ouagadougou", "Centre", "BF",
                 "Avenue Kwamé Nkrumah", "+226 25 30 00 61", "contact@lam-baobab.example", "lab"),
    ],
    signers=["Dr Issaka Ouédraogo", "Dr Mariam Kaboré-Sanou", "Dr Hamado Zongo", "M. Lamoussa Traoré"],
    curricula=[_cur("bf_tsbm", "Diplôme d'État de Technicien Supérieur en Biologie Médicale", "diploma", 3,
                    "medical_laboratory_science", BF_TSBM, True),
               _cur("bf_bio", "Licence en Sciences Biologiques", "bachelor", 3, "biology", BF_BIO),
               _cur("bf_inf", "Diplôme d'État d'Infirmier Breveté", "diploma", 3, "nursing", BF_INF)],
    mls_curriculum="bf_tsbm", science_curricula=["bf_bio"], nonqualifying_curricula=["bf_inf"],
    positions_mls=["Technicien Supérieur de Laboratoire", "Technicien Supérieur en Biologie Médicale"],
    positions_science=["Technicien de Laboratoire", "Aide-laborantin"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{inst.extra['short'].split('-')[0]}/{sy}/{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BF", {
    "blood_bank": ["banque de sang"], "chemistry": ["biochimie"], "hematology": ["hématologie"],
    "microbiology": ["bactériologie"], "immunology": ["sérologie"], "urinalysis": ["analyses des urines"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["parasitologie"]})

NIVEAU = ["1ère année", "2ème année", "3ème année"]
FILIERE = {"bf_tsbm": "Biologie Médicale", "bf_bio": "Sciences Biologiques", "bf_inf": "Soins Infirmiers"}


def coef(r):
    h = int(r.spec.credits)
    if r.spec.code == "ST":
        return 4
    return {20: 1, 30: 2, 45: 3}.get(h, 4)


def note(s, i, j, r):
    """A mark /20 in quarter points, from the course's score."""
    base = 9.5 + (r.score - 45) * 0.16 + (k(s, f"n{i}.{j}") % 9) * 0.25 - 1.0
    return max(10.0, min(17.75, round(base * 4) / 4))


def year_figures(s, i):
    """[(module key, [(result, hours, coef, note, points)])], total coef, total points, average."""
    t = s.terms[i]
    groups, order = {}, []
    for j, r in enumerate(t.results):
        key = r.spec.code
        if key not in groups:
            groups[key] = []
            order.append(key)
        c = coef(r)
        n = note(s, i, j, r)
        groups[key].append((r, int(r.spec.credits), c, n, n * c))
    tc = sum(x[2] for g in groups.values() for x in g)
    tp = sum(x[4] for g in groups.values() for x in g)
    return [(key, groups[key]) for key in order], tc, tp, r2(tp / tc)


def bf_name(person):
    return " ".join(x for x in (person.surname.upper(), person.given, person.middle or "") if x)


def decision(cur, yr, n_years, fem):
    adm = "Admise" if fem else "Admis"
    if yr < n_years:
        return f"{adm} en {NIVEAU[yr]}"
    return f"{adm} à l'examen de fin de formation" if cur.id != "bf_bio" else f"{adm} - Licence"


def bf_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 40, W - 40
    nm = bf_name(person)
    xs = [L, L + 270, L + 315, L + 360, L + 425, R]
    pages, out = [], []
    uni = inst.kind == "university"
    for i, t in enumerate(s.terms):
        p = Page(A4)
        left = (["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", "ET DE LA RECHERCHE SCIENTIFIQUE", "SECRÉTARIAT GÉNÉRAL",
                 inst.name.upper(), inst.extra["ufr"]] if uni else
                ["MINISTÈRE DE LA SANTÉ", "SECRÉTARIAT GÉNÉRAL", "DIRECTION GÉNÉRALE DE LA FORMATION",
                 inst.name.upper(), "DIRECTION DES ÉTUDES"])
        y = 44
        for q, ln in enumerate(left):
            for part in wrap(ln, FB if q == 3 else F, 8.5, 250):
                p.text(L, y, part, FB if q == 3 else F, 8.5)
                y += 11
            if q < len(left) - 1:
                p.text(L + 60, y - 3, "--------", F, 7)
                y += 7
        p.text(R - 75, 44, "BURKINA FASO", FB, 10, "center")
        p.text(R - 75, 57, "--------", F, 7, "center")
        p.text(R - 75, 68, "Unité - Progrès - Justice", FI, 8.5, "center")
        y = max(y, 100) + 18
        p.rect(W / 2 - 150, y - 16, 300, 24, 1.0, 0)
        p.text(W / 2, y, "RELEVÉ DE NOTES ANNUEL", FB, 14, "center")
        y += 28
        sy = t.start_year
        p.text(W / 2, y, f"Année scolaire {sy}-{sy + 1} - Filière : {FILIERE[cur.id]} - Niveau : {NIVEAU[t.year - 1]}",
               F, 9.5, "center")
        y += 22
        p.pieces(y, [(L, "Nom et prénom(s) :", "left", FB, 9.5), (L + 100, nm, "left")], F, 9.5)
        y += 14
        p.pieces(y, [(L, "Né(e) le :", "left", FB, 9.5), (L + 100, f"{s.dob.strftime('%d/%m/%Y')} à {birth(s)}", "left"),
                     (W / 2 + 60, "Matricule :", "left", FB, 9.5), (W / 2 + 120, s.student_no, "left")], F, 9.5)
        y += 14
        p.rect(L, y, R - L, 18, 0.7, 0, fill=0.88)
        p.pieces(y + 12, [(xs[0] + 4, "Matières", "left"), ((xs[1] + xs[2]) / 2, "V.H.", "center"),
                          ((xs[2] + xs[3]) / 2, "Coef.", "center"), ((xs[3] + xs[4]) / 2, "Note /20", "center"),
                          ((xs[4] + xs[5]) / 2, "Note × Coef.", "center")], FB, 9)
        top = y
        y += 18
        groups, tc, tp, avg = year_figures(s, i)
        term = f"Année scolaire {sy}-{sy + 1} - {NIVEAU[t.year - 1]}"
        mods = MODULES[cur.id]
        for key, rows in groups:
            num = key[1:] if key.startswith("M") else None
            label = f"MODULE {num} : {mods[key]}" if num else mods[key]
            p.rect(L, y, R - L, 15, 0.5, 0, fill=0.95)
            p.text(L + 4, y + 11, label, FB, 9)
            y += 15
            for r, hrs, c, n, pts in rows:
                tl = wrap(r.spec.title, F, 9, xs[1] - xs[0] - 14)
                b = y + 11
                p.pieces(b, [(xs[0] + 12, tl[0], "left"), ((xs[1] + xs[2]) / 2, f"{hrs} h" if key == "ST" else str(hrs),
                                                           "center"),
                             ((xs[2] + xs[3]) / 2, str(c), "center"), ((xs[3] + xs[4]) / 2, comma(n), "center"),
                             ((xs[4] + xs[5]) / 2, comma(pts), "center")], F, 9)
                for q, ln in enumerate(tl[1:], 1):
                    p.text(xs[0] + 12, b + 10 * q, ln, F, 9)
                y += 15 + 10 * (len(tl) - 1)
                p.hline(L, R, y, 0.3, 0.4)
                out.append(course_truth(r, term, hrs, comma(n), "hours", title=" ".join(tl), code=None,
                                        coefficient=c, module=label, points=r2(pts)))
            if key != "ST":
                mavg = r2(sum(x[4] for x in rows) / sum(x[2] for x in rows))
                p.text(xs[3] - 6, y + 11, f"Moyenne du module : {comma(mavg)}", FI, 9, "right")
                y += 15
                p.hline(L, R, y, 0.5)
        for x in xs:
            p.vline(x, top, y, 0.6)
        p.hline(L, R, y, 0.8)
        y += 22
        eff = 30 + k(s, f"eff{i}") % 25
        rang = 1 + k(s, f"rg{i}") % (eff // 2)
        fem = person.sex == "F"
        p.text(L, y, f"Total des coefficients : {tc} - Total des points : {comma(tp)} - Moyenne générale : "
               f"{comma(avg)}/20", FB, 9.5)
        y += 15
        p.text(L, y, f"Rang : {rang}{'er' if rang == 1 else 'e'}/{eff} - Décision : "
               f"{decision(cur, t.year, len(s.terms), fem)}", FB, 9.5)
        y += 30
        import datetime as dt
        d = s.conferred if t.year == len(s.terms) else dt.date(sy + 1, 7, 10 + k(s, f"d{i}") % 15)
        p.text(R, y, f"Ouagadougou, le {fr_date(d)}" if inst.city == "Ouagadougou" else
               f"{inst.city}, le {fr_date(d)}", F, 9.5, "right")
        sign_block(p, rng, R - 90, y + 62, "Le Directeur des Études", FB, 9.5, 170)
        p.text(R - 90, y + 88, signer(s), F, 9, "center")
        round_stamp(p, R - 150, y + 45, 30, 0.45)
        p.text(L, H - 34, "NB : Il n'est délivré qu'un seul exemplaire du présent relevé. Aucun duplicata.", FI, 7.5)
        p.text(R, H - 34, f"{i + 1}/{len(s.terms)}", F, 7.5, "right")
        pages.append(p)
    return LayoutResult("transcript", "z_bf_releve_annuel", FAMILY, by_reading_order(pages), [nm], out, "hours",
                        {"prints_totals": True})


def birth(s):
    return ["Bobo-Dioulasso", "Ouagadougou", "Koudougou", "Banfora", "Kaya", "Tenkodogo", "Dédougou"][k(s, "born") % 7]


def signer(s):
    return ["Dr Boureima Sawadogo", "M. Adama Kiemtoré", "Dr Rosalie Yaméogo"][k(s, "dir") % 3]


TRANSCRIPT_LAYOUTS = {"z_bf_releve_annuel": (bf_transcript, FAMILY, ("BF",))}
