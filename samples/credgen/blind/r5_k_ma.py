"""Writer K, round 5: Morocco. Country pack (Licence, filière Techniques de Santé, option Technicien de
Laboratoire, 3 years / 6 semesters, from a higher institute of health professions; Licence
Fondamentale Sciences de la Vie; Licence Soins Infirmiers) and the "RELEVÉ DE NOTES" in French: an
identity block with split fields (Nom / Prénom / CNE / CIN / Né(e) le), per semester "Semestre 3 -
Année universitaire 2017-2018" and the table `Module | Intitulé | Volume horaire | Note/20 |
Résultat | Session` (codes M11..M66, "60h", "90h", notes "12,50", Résultat "Validé" / "Validé par
compensation" / "Non validé" (retaken and validated a year later, a second row), Session "Ordinaire" /
"Rattrapage"), under
each semester "Moyenne du semestre : 12,45/20 - Semestre validé", the internship (stage) modules
with their hours, "Moyenne générale", "Mention", the date of the deliberation.

Semester hours: the document prints contact hours (volume horaire) and marks out of 20, no credits.
criteria.md converts credits only (semester, quarter, ECTS, UK) and says "marks without credits: no
SH (needs_review)"; it has no contact-hour rate. So the truth is system `marks`: `credits` and
`semester_hours` null, the hours kept as `contact_hours`, the note as printed in `grade`."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r5_k_common import FAMILY, add_department_phrases, course_truth, key, parse, round_seal

# code | French title | English title | hours | category [| areas]
MA_LAB = """
## 1 S1
M11 | Anatomie et physiologie humaines I | Human Anatomy and Physiology I | 90 | B
M12 | Biologie cellulaire et génétique | Cell Biology and Genetics | 60 | B
M13 | Chimie générale et organique | General and Organic Chemistry | 90 | C
M14 | Mathématiques et biostatistique | Mathematics and Biostatistics | 60 | M
M15 | Langues et terminologie médicale | Languages and Medical Terminology | 60 | O
M16 | Santé publique et hygiène hospitalière | Public Health and Hospital Hygiene | 60 | O
## 1 S2
M21 | Anatomie et physiologie humaines II | Human Anatomy and Physiology II | 90 | B
M22 | Biochimie structurale | Structural Biochemistry | 90 | C
M23 | Microbiologie générale | General Microbiology | 90 | B
M24 | Techniques de communication | Communication Techniques | 60 | O
M25 | Éthique et législation professionnelle | Professional Ethics and Legislation | 60 | O
M26 | Stage d'initiation au laboratoire | Introductory Laboratory Placement | 120 | ?P
## 2 S1
M31 | Biochimie métabolique | Metabolic Biochemistry | 90 | C
M32 | Hématologie fondamentale | Fundamental Haematology | 90 | P
M33 | Bactériologie médicale | Medical Bacteriology | 90 | ?P
M34 | Parasitologie et mycologie médicales | Medical Parasitology and Mycology | 90 | P
M35 | Immunologie | Immunology | 60 | B
M36 | Informatique appliquée à la santé | Health Informatics | 60 | O
## 2 S2
M41 | Biochimie clinique | Clinical Biochemistry | 90 | P
M42 | Hématologie cellulaire et hémostase | Cellular Haematology and Haemostasis | 90 | P
M43 | Immuno-hématologie et transfusion sanguine | Immunohaematology and Blood Transfusion | 90 | P
M44 | Virologie et sérologie | Virology and Serology | 60 | ?P
M45 | Assurance qualité et gestion du laboratoire | Quality Assurance and Laboratory Management | 60 | P
M46 | Stage clinique I : biochimie et hématologie | Clinical Placement I: Biochemistry and Haematology | 180 | P | chemistry,hematology
## 3 S1
M51 | Cytologie et anatomie pathologique | Cytology and Pathological Anatomy | 90 | P
M52 | Biologie moléculaire appliquée | Applied Molecular Biology | 60 | ?B
M53 | Toxicologie et pharmacologie | Toxicology and Pharmacology | 60 | O
M54 | Épidémiologie et méthodologie de recherche | Epidemiology and Research Methodology | 60 | O
M55 | Examens des urines et liquides biologiques | Urine and Body Fluid Examination | 60 | P
M56 | Stage clinique II : microbiologie et transfusion | Clinical Placement II: Microbiology and Transfusion | 180 | P | microbiology,blood_bank
## 3 S2
M61 | Stage de fin d'études | Final Clinical Placement | 360 | P | urinalysis,immunology
M62 | Projet de fin d'études (mémoire) | Final Project (Dissertation) | 90 | O
M63 | Management et économie de la santé | Health Management and Economics | 60 | O
"""

MA_SV = """
## 1 S1
M11 | Biologie cellulaire | Cell Biology | 64 | B
M12 | Géologie générale | General Geology | 64 | O
M13 | Chimie générale | General Chemistry | 64 | C
M14 | Mathématiques | Mathematics | 64 | M
M15 | Langue et terminologie | Language and Terminology | 48 | O
## 1 S2
M21 | Biologie animale | Animal Biology | 64 | B
M22 | Biologie végétale | Plant Biology | 64 | B
M23 | Chimie organique | Organic Chemistry | 64 | C
M24 | Physique | Physics | 64 | O
## 2 S1
M31 | Microbiologie | Microbiology | 64 | B
M32 | Biochimie structurale | Structural Biochemistry | 64 | C
M33 | Génétique | Genetics | 64 | B
M34 | Statistique | Statistics | 64 | M
## 2 S2
M41 | Physiologie animale | Animal Physiology | 64 | B
M42 | Biochimie métabolique | Metabolic Biochemistry | 64 | C
M43 | Écologie | Ecology | 64 | ?B
## 3 S1
M51 | Immunologie | Immunology | 64 | B
M52 | Biologie moléculaire | Molecular Biology | 64 | B
M53 | Physiologie végétale | Plant Physiology | 64 | B
## 3 S2
M61 | Projet tutoré | Supervised Project | 96 | O
M62 | Biotechnologie | Biotechnology | 64 | B
"""

MA_NURS = """
## 1 S1
M11 | Anatomie et physiologie | Anatomy and Physiology | 90 | B
M12 | Soins infirmiers de base | Basic Nursing Care | 120 | O
## 1 S2
M21 | Soins infirmiers en médecine | Medical Nursing Care | 150 | O
## 2 S1
M31 | Soins infirmiers en chirurgie | Surgical Nursing Care | 150 | O
## 2 S2
M41 | Stage hospitalier I | Hospital Placement I | 240 | O
## 3 S1
M51 | Santé communautaire | Community Health | 120 | O
## 3 S2
M61 | Stage de fin d'études | Final Placement | 360 | O
"""

LOCAL = {}


def _cur(cid, title, field, table, clin=False):
    LOCAL[cid] = {}
    return C.Curriculum(cid, "MA", title, "bachelor", 3, field, "marks", parse(table, LOCAL[cid]), 9, 7,
                        clinical_training=clin)


INSTS = [
    Institution("Institut Supérieur des Techniques de Santé Ibn Nafis", "Rabat", "Rabat-Salé-Kénitra", "MA",
                "Avenue Hassan II, Hay Riad", ("ma_lab", "ma_nurs"),
                extra={"filiere": "Techniques de Santé", "ministry": "Ministère de la Santé et de la Protection Sociale"}),
    Institution("Institut Supérieur des Professions de Santé Oued Sebou", "Fès", "Fès-Meknès", "MA",
                "Route d'Imouzzer, Km 5", ("ma_lab", "ma_nurs"),
                extra={"filiere": "Techniques de Santé", "ministry": "Ministère de la Santé et de la Protection Sociale"}),
    Institution("Université Bouregreg, Faculté des Sciences", "Kénitra", "Rabat-Salé-Kénitra", "MA",
                "Campus universitaire, BP 133", ("ma_sv",),
                extra={"filiere": "Sciences de la Vie",
                       "ministry": "Ministère de l'Enseignement Supérieur, de la Recherche Scientifique et de l'Innovation"}),
]
EMPS = [
    Employer("Laboratoire d'Analyses Médicales Biolab Zerktouni", "Casablanca", "Casablanca-Settat", "MA",
             "214, Boulevard Zerktouni", "+212 522 55 01 42", "contact@biolab-zerktouni.example", "lab"),
    Employer("Polyclinique Bab Chellah", "Rabat", "Rabat-Salé-Kénitra", "MA", "12, Avenue Moulay Youssef",
             "+212 537 55 01 77", "rh@polyclinique-babchellah.example"),
    Employer("Centre Hospitalier Régional Oued Fès", "Fès", "Fès-Meknès", "MA", "Route de Sefrou",
             "+212 535 55 01 18", "drh@chr-ouedfes.example"),
    Employer("Clinique Médicale Ain Diab Sud", "Casablanca", "Casablanca-Settat", "MA", "3, Rue de la Corniche",
             "+212 522 55 01 63", "direction@clinique-aindiabsud.example"),
]

PACK = K.CountryPack(
    code="MA", name="Morocco",
    given={"F": ["Salma", "Khadija", "Imane", "Hajar", "Meryem", "Sanae", "Nadia", "Fatima Zahra"],
           "M": ["Youssef", "Mohamed", "Hamza", "Amine", "Mehdi", "Anas", "Othmane", "Hicham"]},
    surnames=["El Amrani", "Benali", "Bennani", "El Idrissi", "Alaoui", "Tazi", "Berrada", "Ouazzani", "Chraibi",
              "Benjelloun", "Lahlou", "Ait Ouhmane"],
    middle={"F": [], "M": []},
    institutions=INSTS, employers=EMPS,
    signers=["Dr Abdelilah Mansouri", "Mme Latifa Berrada", "Dr Rachid El Ouafi", "M. Karim Sebti"],
    curricula=[_cur("ma_lab", "Licence en Techniques de Santé - Technicien de Laboratoire", "medical_technology",
                    MA_LAB, True),
               _cur("ma_sv", "Licence Fondamentale en Sciences de la Vie", "biology", MA_SV),
               _cur("ma_nurs", "Licence en Soins Infirmiers", "nursing", MA_NURS)],
    mls_curriculum="ma_lab", science_curricula=["ma_sv"], nonqualifying_curricula=["ma_nurs"],
    positions_mls=["Technicien de laboratoire", "Technicien de laboratoire principal"],
    positions_science=["Technicien de laboratoire", "Aide-biologiste"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{'RDGF'[rng.randrange(4)]}{rng.randint(10 ** 8, 10 ** 9 - 1)}",
)
K.register(PACK)
add_department_phrases("MA", {
    "blood_bank": ["Immuno-hématologie (banque de sang)"], "chemistry": ["Biochimie"], "hematology": ["Hématologie"],
    "microbiology": ["Bactériologie", "Microbiologie"], "immunology": ["Sérologie", "Immunologie"],
    "urinalysis": ["Examens urinaires"], "molecular": ["Biologie moléculaire"], "phlebotomy": ["Salle de prélèvements"],
    "other": ["Anatomie pathologique"]})

PROG = {"ma_lab": ("Licence", "Techniques de Santé", "Technicien de Laboratoire"),
        "ma_sv": ("Licence Fondamentale", "Sciences de la Vie (SV)", "Biologie"),
        "ma_nurs": ("Licence", "Soins Infirmiers", "Infirmier Polyvalent")}


def fr(x):
    return f"{x:.2f}".replace(".", ",")


def mention(avg):
    return "Très Bien" if avg >= 16 else "Bien" if avg >= 14 else "Assez Bien" if avg >= 12 else "Passable"


def ma_results(s):
    """Per semester: [(result, note, résultat, session)], average - decided from the student's scores,
    so the transcript and the diploma agree. A module under 10 is validated by compensation when the
    semester average reaches 10 and the note 8; otherwise it goes to the resit session (the resit
    note, 10 to 12, is printed with "Rattrapage"). In about one transcript in three a module of the
    first two years stays "Non validé" after the resit and is taken again, and validated, in the same
    semester of the next year (a second row, printed there)."""
    out, carry = [], {}
    k = key(s, "ma-nv")
    nv = None
    if k % 3 == 0:
        cands = [(i, j) for i, t in enumerate(s.terms[:4]) for j, r in enumerate(t.results) if not r.spec.areas]
        nv = cands[k % len(cands)] if cands else None
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            note = round((6.5 + (r.score - 45) * 11.0 / 47) * 4) / 4
            rows.append([r, note, "Validé", "Ordinaire"])
            if nv == (i, j):
                rows[-1] = [r, 5.5 + (k % 8) / 4, "Non validé", "Rattrapage"]
                carry[i + 2] = [r, 10.5 + (k % 6) / 4, "Validé", "Ordinaire"]
        avg = sum(x[1] for x in rows) / len(rows)
        for x in rows:
            if x[1] < 10 and x[2] != "Non validé":
                if x[1] >= 8 and avg >= 10:
                    x[2] = "Validé par compensation"
                else:
                    x[1] = 10 + (key(s, x[0].code) % 9) / 4
                    x[3] = "Rattrapage"
        if i in carry:
            rows.append(carry[i])
        avg = sum(x[1] for x in rows) / len(rows)
        if avg < 10 and any(x[2] == "Non validé" for x in rows):     # no compensation possible: resit passed
            for x in rows:
                if x[2] == "Non validé":
                    x[1], x[2] = 10 + (key(s, x[0].code) % 9) / 4, "Validé"
            carry.pop(i + 2, None)
            avg = sum(x[1] for x in rows) / len(rows)
        out.append((t, rows, avg))
    return out


def ma_overall(s):
    res = ma_results(s)
    avg = sum(a for _, _, a in res) / len(res)
    return avg, mention(avg)


def ma_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 42, A4[0] - 42
    deg, fil, opt = PROG[cur.id]
    cin = f"{rng.choice(['A', 'AB', 'C', 'CD', 'G', 'JA'])}{rng.randint(10000, 999999)}"
    xs = [L, L + 40, L + 270, L + 320, L + 370, L + 470, R]

    def new_page(n):
        p = Page(A4)
        y = 40
        p.text(L, y, "ROYAUME DU MAROC", FB, 9.5)
        p.text(R, y, f"Page {n}", F, 8, "right"); y += 11
        for ln in wrap(inst.extra["ministry"], F, 8.5, 260):
            p.text(L, y, ln, F, 8.5); y += 10
        p.text(L, y, inst.name, FB, 9); y += 10
        p.text(L, y, f"{inst.street} - {inst.city}", F, 8); y += 22
        if n == 1:
            p.text(p.w / 2, y, "RELEVÉ DE NOTES", FB, 15, "center"); y += 22
            p.pieces(y, [(L, f"Nom : {person.surname.upper()}", "left"), (L + 250, f"Prénom : {person.given}", "left")],
                     F, 9.5); y += 13
            p.pieces(y, [(L, f"CNE : {s.student_no}", "left"), (L + 250, f"CIN : {cin}", "left")], F, 9.5); y += 13
            p.text(L, y, f"Né{'e' if person.sex == 'F' else ''} le : {s.dob.strftime('%d/%m/%Y')} à {inst.city}", F, 9.5); y += 13
            p.text(L, y, f"Diplôme : {deg} - Filière : {fil} - Option : {opt}", FB, 9.5); y += 20
        return p, y

    fl = Flow(new_page, 60)
    out = []
    res = ma_results(s)
    for i, (t, rows, avg) in enumerate(res, 1):
        label = f"Semestre {i} - Année universitaire {t.start_year}-{t.start_year + 1}"
        fl.need(40 + 13 * len(rows))
        p = fl.page
        p.rect(L, fl.y - 10, R - L, 14, 0, 0.85, fill=0.88)
        p.text(L + 4, fl.y, label, FB, 9.5); fl.y += 8
        top = fl.y
        p.hline(L, R, top, 0.7)
        p.pieces(top + 11, [(xs[0] + 4, "Module", "left"), (xs[1] + 4, "Intitulé", "left"),
                            ((xs[2] + xs[3]) / 2, "Volume", "center"), ((xs[3] + xs[4]) / 2, "Note/20", "center"),
                            ((xs[4] + xs[5]) / 2, "Résultat", "center"), ((xs[5] + xs[6]) / 2, "Session", "center")],
                 FB, 8.5)
        p.text((xs[2] + xs[3]) / 2, top + 20, "horaire", FB, 8.5, "center")
        p.hline(L, R, top + 25, 0.7)
        fl.y = top + 36
        for r, note, verdict, session in rows:
            title = LOCAL[cur.id][r.spec.code]
            lines = wrap(title, F, 8.5, xs[2] - xs[1] - 8)
            hrs = int(r.spec.credits)
            p.pieces(fl.y, [(xs[0] + 4, r.code, "left"), (xs[1] + 4, lines[0], "left"),
                            ((xs[2] + xs[3]) / 2, f"{hrs}h", "center"), ((xs[3] + xs[4]) / 2, fr(note), "center"),
                            ((xs[4] + xs[5]) / 2, verdict, "center"), ((xs[5] + xs[6]) / 2, session, "center")], F, 8.5)
            for ln in lines[1:]:
                fl.y += 10
                p.text(xs[1] + 4, fl.y, ln, F, 8.5)
            p.hline(L, R, fl.y + 4, 0.2, 0.5)
            fl.y += 13
            out.append(course_truth(r, label, None, fr(note), "marks", title=title, contact_hours=hrs,
                                    passed=verdict != "Non validé",
                                    title_en=r.spec.title, result=verdict, session=session, max_marks=20))
        for x in xs:
            p.vline(x, top, fl.y - 9, 0.4)
        p.hline(L, R, fl.y - 9, 0.7)
        comp = " par compensation" if any(v == "Non validé" for _, _, v, _ in rows) else ""
        p.text(L + 4, fl.y + 3, f"Moyenne du semestre : {fr(avg)}/20 - Semestre validé{comp}", FB, 9)
        fl.y += 24
    avg, men = ma_overall(s)
    fl.need(150)
    p = fl.page
    p.text(L, fl.y, f"Moyenne générale : {fr(avg)}/20", FB, 10.5); fl.y += 14
    p.text(L, fl.y, f"Mention : {men}", FB, 10.5); fl.y += 14
    p.text(L, fl.y, f"Date de délibération : {s.conferred.strftime('%d/%m/%Y')} - Session : Juin {s.conferred.year}", F, 9.5)
    fl.y += 14
    p.text(L, fl.y, "Validé : note >= 10/20 ; Validé par compensation : note >= 08/20 et moyenne du semestre >= 10/20 ;",
           FI, 7.5); fl.y += 9
    p.text(L, fl.y, "Non validé : module à repasser en session de rattrapage.", FI, 7.5); fl.y += 30
    p.text(R - 120, fl.y, f"Fait à {inst.city}, le {s.conferred.strftime('%d/%m/%Y')}", F, 9.5, "center"); fl.y += 14
    p.text(R - 120, fl.y, "Le Directeur", FB, 9.5, "center"); fl.y += 40
    p.signature(R - 170, fl.y - 14, 90, rng)
    p.text(R - 120, fl.y, rng.choice(PACK.signers), F, 9.5, "center")
    round_seal(p, rng, L + 110, fl.y - 20, 66, inst.name.split(",")[0][:42], "ROYAUME DU MAROC", ink=(30, 80, 60))
    p.text(p.w / 2, p.h - 30, "Ce relevé ne peut être délivré qu'en un seul exemplaire.", FI, 7, "center")
    return LayoutResult("transcript", "ma_releve_de_notes", FAMILY, fl.pages, [f"{person.surname.upper()}, {person.given}"],
                        out, "marks", {"prints_totals": True, "average_printed": fr(avg), "mention": men})


TRANSCRIPT_LAYOUTS = {"ma_releve_de_notes": (ma_transcript, FAMILY, ("MA",))}
