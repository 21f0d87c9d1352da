"""Writer I, round 5: Lebanon. Country pack (Licence en Sciences de Laboratoire Médical, LMD, 3
years, 6 semesters of 30 ECTS; Licence en Biochimie; Licence en Sciences Infirmières) and a
university "RELEVÉ DE NOTES / TRANSCRIPT OF RECORDS": the university's name in Arabic (a picture,
r4_g_arabic), French and English; per semester a caption and the table
`Code UE | Intitulé de l'unité d'enseignement | Crédits | Note /20 | Session | Résultat` with
comma decimals ("13,50"), session "Normale" or "Rattrapage", result "Validé", "Validé par
compensation" (a mark under 10 in a semester whose mean is at least 10) or "Ajourné" (the UE is
taken again a year later, in the same-parity semester); under each semester "Moyenne du semestre :
12,87/20 — Crédits acquis : 30/30"; at the end the ECTS total, the mention, the jury date and
"Beyrouth, le 12 juillet 2021". Credits are ECTS (system `ects`, 1 ECTS = 1/2 SH). The jury's
deliberation date is the conferral date (the diploma repeats it)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, fit_size, wrap
from .r4_g_arabic import arabic_line
from .r5_i_common import FAMILY, add_department_phrases, course_truth, k, parse, rubber_stamp

LB_SLM = """
## 1 S1
047CHIGL1 | Chimie générale | 6 | C
047BIOCE1 | Biologie cellulaire | 6 | B
047ANATO1 | Anatomie humaine | 4 | B
047MATHS1 | Mathématiques et biostatistique | 4 | M
047PHYSQ1 | Physique appliquée à la biologie | 4 | O
047ANGLS1 | Anglais scientifique I | 2 | O
047ARABC1 | Langue arabe et culture | 2 | O
047INFOR1 | Informatique | 2 | O
## 1 S2
047CHORG2 | Chimie organique | 6 | C
047PHYSL2 | Physiologie humaine | 6 | B
047GENET2 | Génétique humaine | 4 | B
047HISTO2 | Histologie et embryologie | 4 | B
047BIOST2 | Biochimie structurale | 6 | C
047ANGLS2 | Anglais scientifique II | 2 | O
047ETHIQ2 | Éthique et déontologie professionnelles | 2 | O
## 2 S1
047BIOME3 | Biochimie métabolique | 6 | C
047MICRO3 | Microbiologie générale | 6 | B
047HEMAT3 | Hématologie I : cytologie sanguine | 5 | P
047IMMUN3 | Immunologie fondamentale | 5 | B
047PARAS3 | Parasitologie médicale | 4 | P
047CHANA3 | Chimie analytique et instrumentation | 4 | C
## 2 S2
047BIOCL4 | Biochimie clinique I | 6 | ?P
047BACTE4 | Bactériologie médicale | 6 | P
047HEMAT4 | Hématologie II : hémostase et coagulation | 5 | P
047IMHEM4 | Immuno-hématologie et transfusion sanguine | 5 | P
047HISTP4 | Techniques d'histopathologie et de cytologie | 4 | P
047STAGE4 | Stage hospitalier I (biochimie, hématologie) | 4 | P | chemistry,hematology
## 3 S1
047BIOCL5 | Biochimie clinique II : endocrinologie | 5 | ?P
047VIROL5 | Virologie et sérologie | 5 | ?B
047MYCOL5 | Mycologie médicale | 4 | ?P
047BIOMO5 | Biologie moléculaire appliquée au diagnostic | 5 | ?B
047QUALI5 | Assurance qualité et gestion du laboratoire | 4 | P
047STAGE5 | Stage hospitalier II (bactériologie, banque du sang) | 7 | P | microbiology,blood_bank
## 3 S2
047STAGE6 | Stage de fin d'études en laboratoire d'analyses médicales | 14 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
047PROJT6 | Projet de fin d'études | 8 | O
047SANTE6 | Santé publique et épidémiologie | 4 | O
047LEGIS6 | Législation et management des services de santé | 4 | O
"""

LB_BCH = """
## 1 S1
052CHIGL1 | Chimie générale | 8 | C
052BIOCE1 | Biologie cellulaire | 8 | B
052MATHS1 | Mathématiques I | 6 | M
052PHYSQ1 | Physique générale | 6 | O
052ANGLS1 | Anglais I | 2 | O
## 1 S2
052CHORG2 | Chimie organique I | 8 | C
052BIOAN2 | Biologie animale | 8 | B
052MATHS2 | Statistiques | 6 | M
052CHPHY2 | Chimie physique | 6 | C
052ANGLS2 | Anglais II | 2 | O
## 2 S1
052BIOST3 | Biochimie structurale | 8 | C
052MICRO3 | Microbiologie | 8 | B
052CHORG3 | Chimie organique II | 8 | C
052GENET3 | Génétique | 6 | B
## 2 S2
052ENZYM4 | Enzymologie | 8 | ?C
052METAB4 | Métabolisme | 8 | C
052PHYSL4 | Physiologie | 8 | B
052CHANA4 | Chimie analytique | 6 | C
## 3 S1
052BIOMO5 | Biologie moléculaire | 8 | B
052IMMUN5 | Immunologie | 8 | B
052BIOCL5 | Biochimie clinique | 8 | ?P
052NUTRI5 | Biochimie de la nutrition | 6 | C
## 3 S2
052GENIE6 | Génie génétique | 8 | B
052STAGE6 | Stage de recherche | 14 | O
052BIOIN6 | Bio-informatique | 8 | O
"""

LB_SI = """
## 1 S1
061FONDS1 | Fondements des soins infirmiers | 10 | O
061ANATO1 | Anatomie et physiologie | 10 | B
061PSYCH1 | Psychologie | 6 | O
061ANGLS1 | Anglais médical | 4 | O
## 1 S2
061SOINS2 | Soins infirmiers de base | 12 | O
061PHARM2 | Pharmacologie | 10 | O
061MICRO2 | Microbiologie et hygiène hospitalière | 8 | ?B
## 2 S1
061MEDCH3 | Soins infirmiers en médecine et chirurgie I | 16 | O
061STAGE3 | Stage clinique I | 14 | O
## 2 S2
061MEDCH4 | Soins infirmiers en médecine et chirurgie II | 16 | O
061STAGE4 | Stage clinique II | 14 | O
## 3 S1
061PEDIA5 | Soins infirmiers en pédiatrie | 12 | O
061MATER5 | Soins infirmiers en maternité | 12 | O
061RECHE5 | Méthodologie de la recherche | 6 | O
## 3 S2
061COMMU6 | Santé communautaire | 10 | O
061STAGE6 | Stage d'intégration professionnelle | 20 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "LB", title, "bachelor", 3, field, "ects", parse(table), 10, 7,
                        clinical_training=clin)


FATHERS = ["Georges", "Michel", "Ahmad", "Hussein", "Antoine", "Youssef", "Khalil", "Samir", "Nabil", "Walid"]
PACK = K.CountryPack(
    code="LB", name="Lebanon",
    given={"F": ["Rita", "Maya", "Nour", "Rana", "Joëlle", "Lara", "Zeina", "Hiba", "Carla", "Mira", "Rim"],
           "M": ["Elie", "Karim", "Georges", "Ali", "Hadi", "Rami", "Fadi", "Joseph", "Hassan", "Charbel"]},
    surnames=["Haddad", "Khoury", "Nassar", "Saab", "Hamdan", "Mansour", "Aoun", "Fakhoury", "Chamoun",
              "Zeineddine", "Harb", "Daher", "Sfeir", "Moussawi"],
    middle={"F": FATHERS, "M": FATHERS},
    institutions=[
        Institution("Université des Cèdres", "Beyrouth", "Beyrouth", "LB", "Rue de Damas, B.P. 17-5208",
                    ("lb_slm", "lb_bch", "lb_si"),
                    extra={"en": "University of the Cedars", "ar": "جامعة الأرز",
                           "fac": ("Faculté de Santé Publique", "Faculty of Public Health")}),
        Institution("Université Libano-Méditerranéenne", "Beyrouth", "Beyrouth", "LB",
                    "Avenue Charles Hélou, B.P. 11-4410", ("lb_slm", "lb_si"),
                    extra={"en": "Lebanese Mediterranean University", "ar": "الجامعة اللبنانية المتوسطية",
                           "fac": ("Faculté des Sciences de la Santé", "Faculty of Health Sciences")}),
        Institution("Université Saint-Élie du Kesrouan", "Jounieh", "Mont-Liban", "LB",
                    "Route de Ghadir, B.P. 446", ("lb_slm", "lb_bch"),
                    extra={"en": "Saint Elie University of Kesrouan", "ar": "جامعة القديس الياس في كسروان",
                           "fac": ("Faculté des Sciences", "Faculty of Sciences")}),
    ],
    employers=[
        Employer("Hôpital Notre-Dame du Littoral", "Beyrouth", "Beyrouth", "LB", "Rue Gouraud, Gemmayzé",
                 "+961 1 000 142", "rh@ndlittoral.example"),
        Employer("Centre Hospitalier Mont-Sannine", "Baabda", "Mont-Liban", "LB", "Route de Hazmieh",
                 "+961 5 000 178", "personnel@chms.example"),
        Employer("Laboratoire d'Analyses Médicales Phénicia", "Tripoli", "Liban-Nord", "LB",
                 "Rue Azmi, Immeuble Karam", "+961 6 000 193", "contact@labo-phenicia.example", "lab"),
        Employer("Hôpital Universitaire de la Békaa", "Zahlé", "Békaa", "LB", "Boulevard de Zahlé",
                 "+961 8 000 121", "rh@hub-zahle.example"),
    ],
    signers=["Dr Antoine Bou Nader", "Mme Nada Chidiac", "Dr Samir Kanaan", "Mme Rola Itani"],
    curricula=[_cur("lb_slm", "Licence en Sciences de Laboratoire Médical", "medical_laboratory_science", LB_SLM, True),
               _cur("lb_bch", "Licence en Biochimie", "chemistry", LB_BCH),
               _cur("lb_si", "Licence en Sciences Infirmières", "nursing", LB_SI)],
    mls_curriculum="lb_slm", science_curricula=["lb_bch"], nonqualifying_curricula=["lb_si"],
    positions_mls=["technicien de laboratoire", "technicien supérieur de laboratoire"],
    positions_science=["assistant de laboratoire"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(10000, 99999)}",
)
K.register(PACK)
add_department_phrases("LB", {
    "blood_bank": ["banque du sang", "immuno-hématologie"], "chemistry": ["biochimie"],
    "hematology": ["hématologie"], "microbiology": ["bactériologie", "microbiologie"],
    "immunology": ["sérologie", "immunologie"], "urinalysis": ["analyses d'urines"],
    "molecular": ["biologie moléculaire"], "phlebotomy": ["prélèvements"], "other": ["anatomopathologie"]})

EN = {"lb_slm": "Medical Laboratory Sciences", "lb_bch": "Biochemistry", "lb_si": "Nursing Sciences"}
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
BIRTH = ["Beyrouth", "Zahlé", "Tripoli", "Saïda", "Jounieh", "Byblos", "Tyr", "Baalbek", "Nabatieh"]


def fr_date(d):
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def birthplace(s):
    return BIRTH[k(s.student_no, "pob") % len(BIRTH)]


def comma(x):
    return f"{x:.2f}".replace(".", ",")


def note_of(r):
    return round((8.0 + (r.score - 45) * 9.5 / 47.0) * 4) / 4


def lb_rows(s):
    """Per semester: [(result, note, session, résultat, passed)], an "Ajourné" UE taken again in the
    semester of the same parity a year later."""
    key = k(s.student_no, "aj")
    fail = None
    if key % 3 == 0:
        opts = [(i, j) for i, t in enumerate(s.terms[:-2]) for j, r in enumerate(t.results) if not r.spec.areas]
        fail = opts[key % len(opts)]
    rows = [[] for _ in s.terms]
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            n = note_of(r)
            ses = "Rattrapage" if k(s.student_no, r.code, "rt") % 9 == 0 else "Normale"
            if fail == (i, j):
                rows[i].append((r, 4.5 + (key % 10) * 0.25, "Rattrapage", "Ajourné", False))
                rows[i + 2].insert(0, (r, max(10.5, n), "Normale", "Validé", True))
                continue
            if ses == "Rattrapage":
                n = max(10.0, min(n, 12.0))
            rows[i].append((r, n, ses, None, True))
    out = []
    for rs in rows:
        cr = sum(r.spec.credits for r, *_ in rs)
        mean = sum(r.spec.credits * n for r, n, *_ in rs) / cr
        if mean < 10:      # no compensation: the UEs under 10 were passed at the second session
            rs = [(r, 10.0, "Rattrapage", res, ok) if (n < 10 and res is None) else (r, n, ses, res, ok)
                  for r, n, ses, res, ok in rs]
            mean = sum(r.spec.credits * n for r, n, *_ in rs) / cr
        fixed = []
        for r, n, ses, res, ok in rs:
            if res is None:
                res = "Validé" if n >= 10 else ("Validé par compensation" if mean >= 10 else "Ajourné")
            fixed.append((r, n, ses, res, ok))
        out.append((fixed, mean))
    return out


def lb_mention(s):
    tot = cr = 0.0
    for rs, _ in lb_rows(s):
        for r, n, _, _, ok in rs:
            if ok:
                tot += n * r.spec.credits
                cr += r.spec.credits
    m = tot / cr
    return m, ("Très bien" if m >= 16 else "Bien" if m >= 14 else "Assez bien" if m >= 12 else "Passable")


def lb_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 40, W - 40
    fs, lh = 8.2, 10.6
    name = name_form(person, "surname_first_mixed")
    xs = {"code": L + 3, "title": L + 66, "cr": L + 318, "note": L + 358, "ses": L + 406, "res": L + 446}
    tw = xs["cr"] - 18 - xs["title"]
    fac_fr, fac_en = inst.extra["fac"]
    pages, st = [], {}

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.logo(L + 20, 56, 20, 2, 0.3)
        arabic_line(p, W / 2 + 10, 40, inst.extra["ar"], 13, bold=True)
        p.text(W / 2 + 10, 60, inst.name.upper(), FB, fit_size(inst.name.upper(), FB, 14, 400), "center")
        p.text(W / 2 + 10, 73, inst.extra["en"], FI, 10.5, "center")
        p.text(W / 2 + 10, 85, f"{fac_fr} \u2014 {fac_en}", F, 8.5, "center")
        p.hline(L, R, 92, 0.8)
        y = 110
        p.text(W / 2, y, "RELEVÉ DE NOTES / TRANSCRIPT OF RECORDS", FB, 12.5, "center")
        y += 18
        if len(pages) == 1:
            rows = [("Nom / Name", person.surname.upper(), "Matricule / Student ID", s.student_no),
                    ("Prénom / First name", person.given, "Nom du père / Father's name", person.middle),
                    ("Né(e) le / Date of birth", fr_date(s.dob), "à / at", birthplace(s))]
            for a, b, c, d in rows:
                p.pieces(y, [(L, f"{a} :", "left", F, 8.5), (L + 120, b, "left"),
                             (L + 290, f"{c} :", "left", F, 8.5), (L + 420, d, "left")], FB, 8.5)
                y += 11.5
            for a, b in (("Diplôme / Degree", f"{cur.title} ({EN[cur.id]})"),
                         ("Système / System", "LMD \u2014 6 semestres, 180 crédits ECTS")):
                p.pieces(y, [(L, f"{a} :", "left", F, 8.5), (L + 120, b, "left")], FB, 8.5)
                y += 11.5
        else:
            p.pieces(y, [(L, "Nom / Name :", "left", F, 8.5), (L + 70, name, "left"),
                         (R, f"Matricule : {s.student_no}", "right")], FB, 8.5)
            y += 11.5
        st.update(page=p, y=y + 10)

    new_page()
    out, total = [], 0
    for idx, (t, (rows, mean)) in enumerate(zip(s.terms, lb_rows(s))):
        need = sum(lh * len(wrap(r.spec.title, F, fs, tw)) for r, *_ in rows) + 62
        if st["y"] + need > H - 90:
            new_page()
        p, y = st["page"], st["y"]
        label = f"Semestre {idx + 1} \u2014 Année universitaire {t.start_year}-{t.start_year + 1}"
        p.text(L, y, label, FB, 9)
        y += 5
        p.rect(L, y, R - L, 22, 0.5, 0.0, fill=0.92)
        p.pieces(y + 9, [(xs["code"], "Code UE", "left"), (xs["title"], "Intitulé de l'unité", "left"),
                         (xs["cr"], "Crédits", "center"), (xs["note"], "Note", "center"),
                         (xs["ses"], "Session", "center"), (xs["res"], "Résultat", "left")], FB, 7.6)
        p.pieces(y + 18, [(xs["title"], "d'enseignement", "left"), (xs["cr"], "ECTS", "center"),
                          (xs["note"], "/20", "center")], FB, 7.6)
        top = y
        y += 22 + 10
        acq = cr_all = 0
        for r, n, ses, res, ok in rows:
            lines = wrap(r.spec.title, F, fs, tw)
            c = int(r.spec.credits)
            p.pieces(y, [(xs["code"], r.code, "left"), (xs["title"], lines[0], "left"), (xs["cr"], str(c), "center"),
                         (xs["note"], comma(n), "center"), (xs["ses"], ses, "center"),
                         (xs["res"], res, "left", F, fit_size(res, F, fs, R - xs["res"] - 2))], F, fs)
            for ln in lines[1:]:
                y += lh
                p.text(xs["title"], y, ln, F, fs)
            y += lh
            passed = res != "Ajourné"
            cr_all += c
            acq += c if passed else 0
            out.append(course_truth(r, label, c, comma(n), "ects", title=" ".join(lines), passed=passed,
                                    session=ses, result=res))
        p.rect(L, top, R - L, y - top - 6, 0.5, 0.0)
        for x in (xs["title"] - 4, xs["cr"] - 18, xs["note"] - 18, xs["ses"] - 26, xs["res"] - 6):
            p.vline(x, top, y - 6, 0.3)
        total += acq
        p.text(R, y + 6, f"Moyenne du semestre : {comma(mean)}/20 \u2014 Crédits acquis : {acq}/{cr_all}", FB, 8.5,
               "right")
        st["y"] = y + 30
    if st["y"] + 130 > H - 60:
        new_page()
    p, y = st["page"], st["y"]
    m, mention = lb_mention(s)
    jury = s.conferred
    issue = jury + dt.timedelta(days=2 + k(s.student_no, "is") % 20)
    for a, b in (("Total des crédits ECTS acquis / Total ECTS credits", str(total)),
                 ("Moyenne générale / Overall average", f"{comma(m)}/20"),
                 ("Mention / Grade", mention),
                 ("Délibération du jury / Board of examiners", fr_date(jury))):
        p.pieces(y, [(L, f"{a} :", "left", F, 9), (L + 240, b, "left")], FB, 9)
        y += 12.5
    y += 4
    y = p.paragraph(L, y, "Barème : note sur 20 ; UE validée à partir de 10/20 ; compensation entre les UE d'un même "
                    "semestre si la moyenne du semestre est au moins égale à 10/20 et aucune note inférieure à 7/20.",
                    FI, 7.2, R - L, 9)
    p.text(L, y, "Mentions : Passable 10-11,99 ; Assez bien 12-13,99 ; Bien 14-15,99 ; Très bien 16-20.", FI, 7.2)
    y += 24
    issued = f"Beyrouth, le {fr_date(issue)}" if inst.city == "Beyrouth" else f"{inst.city}, le {fr_date(issue)}"
    p.text(R - 120, y, issued, F, 9.5, "center")
    y += 13
    p.text(R - 120, y, "Le Secrétaire général", FI, 9.5, "center")
    p.signature(R - 170, y + 40, 100, rng)
    rubber_stamp(p, R - 250, y + 30, 36, 24)
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, pg.h - 26, f"Page {i}/{len(pages)} \u2014 Tout grattage ou surcharge annule ce document.",
                FI, 7, "center")
    return LayoutResult("transcript", "lb_releve_de_notes", FAMILY, pages, [name], out, "ects",
                        {"conferred_printed": fr_date(jury), "prints_totals": True})


TRANSCRIPT_LAYOUTS = {"lb_releve_de_notes": (lb_transcript, FAMILY, ("LB",))}
