"""Writer AJ, round 17: Kosovo (XK). Country pack (invented public universities; the medical
faculty's bachelor "Laborant i Mjekësisë" (Bachelor i Shkencave Mjekësore, 3 years, 180 ECTS); a
natural-sciences faculty's "Biologji"; the nursing bachelor "Infermieri") and the medical faculty's
"CERTIFIKATË E NOTAVE" (certificate of grades), Albanian only: A4 portrait, the state emblem as a
simple shape at the top, "Republika e Kosovës", the university, "Fakulteti i Mjekësisë", "Numri i
ID-së", "Emri dhe mbiemri", "Emri i prindit", the programme. One continuous ruled table: Nr. | Lënda |
Sem. (a Roman numeral I-VI) | Statusi ("O" obligative, "Z" zgjedhore) | ECTS | Nota (6-10) | Nota me
fjalë ("dhjetë" ... "gjashtë") | Data e provimit ("14.06.2016") | Afati (the exam period: "Janar",
"Qershor", "Shtator"). A course failed in one period and passed in a later one has ONE row, with the
date and the period of the passing exam (a September resit shows "Shtator"). After the table
"Gjithsej ECTS: 180", "Nota mesatare: 8,45" (arithmetic mean of the grades, two decimals, comma), the
accreditation sentence, "Prodekani për mësim" and "Zyrtari i administratës" signatures and a round
stamp with the emblem.

Truth: credit_system "ects" (x 1/2 per criteria.md). Every row is a course: code null (no codes are
printed), title as printed (Albanian), term "Semestri III" (the Roman numeral column), credits the
ECTS, grade the figure ("8"), with `grade_word`, `status`, `exam_date`, `exam_period` beside.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r17_aj_common import (FAMILY, ROMAN, add_department_phrases, comma, course_truth, dmy, k, keep_dob,
                            kosovo_emblem, round_stamp, sign_block)

# code (never printed) | title | ECTS | category [| areas]; codes ending in "z" are electives (Z)
XK_LAB = """
## 1 S1
LM101 | Anatomia | 6 | B
LM102 | Fiziologjia | 6 | B
LM103 | Kimia e përgjithshme | 6 | C
LM104 | Biofizika | 4 | O
LM105 | Gjuha angleze | 4 | O
LM106z | Informatika mjekësore | 4 | O
## 1 S2
LM107 | Biokimia | 6 | C
LM108 | Histologjia me embriologji | 5 | B
LM109 | Mikrobiologjia e përgjithshme | 6 | B
LM110 | Biostatistika | 4 | M
LM111 | Bazat e laboratorit mjekësor | 5 | ?P
LM112 | Etika mjekësore | 4 | O
## 2 S1
LM201 | Biokimia klinike | 6 | ?P
LM202 | Hematologjia | 6 | P
LM203 | Mikrobiologjia mjekësore | 6 | P
LM204 | Parazitologjia mjekësore | 4 | P
LM205 | Praktika klinike I | 8 | P | chemistry,hematology
## 2 S2
LM206 | Imunologjia | 5 | ?B
LM207 | Transfuziologjia | 5 | ?P
LM208 | Citologjia | 5 | ?P
LM209 | Patologjia | 5 | ?O
LM210 | Praktika klinike II | 10 | P | microbiology,blood_bank
## 3 S1
LM301 | Diagnostika molekulare | 6 | ?B
LM302 | Kontrolli i cilësisë në laborator | 5 | ?P
LM303 | Virologjia | 5 | ?B
LM304z | Toksikologjia klinike | 4 | ?O
LM305 | Praktika klinike III | 10 | P | immunology,urinalysis
## 3 S2
LM306 | Urinaliza dhe lëngjet trupore | 5 | P
LM307 | Menaxhimi i laboratorit | 5 | P
LM308z | Bioinformatika | 4 | O
LM309 | Praktika klinike IV | 8 | P | molecular,phlebotomy
LM310 | Punimi i diplomës | 8 | O
"""

XK_BIO = """
## 1 S1
BI101 | Biologjia e qelizës | 6 | B
BI102 | Kimia e përgjithshme | 6 | C
BI103 | Matematika | 6 | M
BI104 | Fizika | 6 | O
BI105 | Gjuha angleze | 6 | O
## 1 S2
BI106 | Botanika | 6 | B
BI107 | Zoologjia | 6 | B
BI108 | Kimia organike | 6 | C
BI109 | Biostatistika | 6 | M
BI110z | Informatika | 6 | O
## 2 S1
BI201 | Biokimia | 6 | C
BI202 | Gjenetika | 6 | B
BI203 | Mikrobiologjia | 6 | B
BI204 | Anatomia krahasuese | 6 | B
BI205 | Ekologjia | 6 | ?B
## 2 S2
BI206 | Fiziologjia e njeriut | 6 | B
BI207 | Biologjia molekulare | 6 | B
BI208 | Imunologjia | 6 | ?B
BI209 | Kimia analitike | 6 | C
BI210z | Evolucioni | 6 | ?B
## 3 S1
BI301 | Fiziologjia e bimëve | 6 | B
BI302 | Bioteknologjia | 6 | B
BI303 | Virologjia | 6 | ?B
BI304z | Hidrobiologjia | 6 | B
BI305 | Metodologjia e kërkimit shkencor | 6 | O
## 3 S2
BI306 | Biologjia e zhvillimit | 6 | B
BI307z | Toksikologjia | 6 | ?O
BI308 | Bioetika | 6 | O
BI309 | Praktika profesionale | 4 | O
BI310 | Punimi i diplomës | 8 | O
"""

XK_INF = """
## 1 S1
IN101 | Anatomia | 6 | B
IN102 | Fiziologjia | 6 | B
IN103 | Bazat e infermierisë | 8 | O
IN104 | Psikologjia | 4 | O
IN105 | Gjuha angleze | 6 | O
## 1 S2
IN106 | Mikrobiologjia | 5 | ?B
IN107 | Farmakologjia | 5 | O
IN108 | Infermieria klinike I | 8 | O
IN109 | Praktika klinike I | 8 | O
IN110z | Komunikimi në shëndetësi | 4 | O
## 2 S1
IN201 | Infermieria e sëmundjeve të brendshme | 8 | O
IN202 | Infermieria kirurgjike | 8 | O
IN203 | Praktika klinike II | 10 | O
IN204 | Etika në infermieri | 4 | O
## 2 S2
IN205 | Infermieria pediatrike | 8 | O
IN206 | Infermieria obstetrike | 8 | O
IN207 | Praktika klinike III | 10 | O
IN208 | Biostatistika | 4 | M
## 3 S1
IN301 | Infermieria psikiatrike | 8 | O
IN302 | Shëndeti publik | 6 | O
IN303 | Praktika klinike IV | 10 | O
IN304z | Menaxhimi në infermieri | 6 | O
## 3 S2
IN305 | Infermieria geriatrike | 6 | O
IN306 | Kujdesi urgjent | 6 | O
IN307 | Praktika klinike V | 10 | O
IN308 | Punimi i diplomës | 8 | O
"""

PROG = {"xk_lab": ("Laborant i Mjekësisë", "Bachelor i Shkencave Mjekësore — Laborant i Mjekësisë",
                   "Fakulteti i Mjekësisë", "Bachelor of Medical Sciences — Medical Laboratory Technologist",
                   "Бачелор медицинских наука — медицински лаборант"),
        "xk_bio": ("Biologji", "Bachelor i Shkencave Natyrore — Biologji",
                   "Fakulteti i Shkencave Matematike-Natyrore", "Bachelor of Natural Sciences — Biology",
                   "Бачелор природних наука — биологија"),
        "xk_inf": ("Infermieri", "Bachelor i Shkencave Mjekësore — Infermieri", "Fakulteti i Mjekësisë",
                   "Bachelor of Medical Sciences — Nursing", "Бачелор медицинских наука — сестринство")}

XK_INST = [
    Institution("Universiteti Shtetëror i Kosovës Qendrore", "Prishtinë", "Prishtinë", "XK",
                "Rr. Agim Ramadani p.n., 10000 Prishtinë", ("xk_lab", "xk_bio", "xk_inf"), "university",
                extra={"rector": "Prof. Dr. Besim Hajdari", "dean": "Prof. Dr. Mimoza Gjergjaj",
                       "prodean": "Prof. Asoc. Dr. Valbona Zeqiri", "officer": "Shpresa Ramadani",
                       "en": "State University of Central Kosovo", "sr": "Државни универзитет Централног Косова"}),
    Institution("Universiteti Publik i Rrafshit të Dukagjinit", "Pejë", "Pejë", "XK",
                "Rr. UÇK p.n., 30000 Pejë", ("xk_lab", "xk_inf"), "university",
                extra={"rector": "Prof. Dr. Adem Bajraktari", "dean": "Prof. Dr. Nexhmije Lluka",
                       "prodean": "Prof. Asoc. Dr. Arben Shala", "officer": "Lirije Kastrati",
                       "en": "Public University of the Dukagjini Plain",
                       "sr": "Јавни универзитет Дукађинске равнице"}),
]


def _student_no(rng, start_year, inst):
    return f"12{rng.randint(10 ** 7, 10 ** 8 - 1)}"      # the ten-digit personal (ID) number


PACK = K.CountryPack(
    code="XK", name="Kosovo",
    given={"F": ["Arta", "Blerta", "Drita", "Fjolla", "Gentiana", "Liridona", "Vlora", "Shqipe", "Albulena",
                 "Donika"],
           "M": ["Arben", "Besnik", "Driton", "Fatos", "Gëzim", "Ilir", "Valon", "Agron", "Blerim", "Labinot"]},
    surnames=["Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kelmendi", "Rexhepi", "Hasani",
              "Ahmeti", "Sylejmani", "Osmani", "Mustafa"],
    middle={"F": [], "M": []},
    institutions=XK_INST,
    employers=[
        Employer("Qendra Klinike Universitare e Rajonit Qendror", "Prishtinë", "Prishtinë", "XK",
                 "Rr. Spitalit p.n., 10000 Prishtinë", "+383 38 555 100", "burimet.njerezore@qkurq.example"),
        Employer("Spitali i Përgjithshëm Rajonal \"Dukagjini\"", "Pejë", "Pejë", "XK",
                 "Rr. Mbretëresha Teutë p.n., 30000 Pejë", "+383 39 555 200", "personeli@sprdukagjini.example"),
        Employer("Laboratori Biokimik \"Medilab Plus\"", "Prishtinë", "Prishtinë", "XK",
                 "Rr. Nëna Terezë 41, 10000 Prishtinë", "+383 44 555 300", "info@medilabplus.example", "lab"),
    ],
    signers=["Mentor Berisha", "Teuta Hoxha", "Agim Krasniqi"],
    curricula=[C.Curriculum("xk_lab", "XK", PROG["xk_lab"][1], "bachelor", 3, "medical_laboratory_science", "ects",
                            C._parse(XK_LAB), 10, 10, clinical_training=True),
               C.Curriculum("xk_bio", "XK", PROG["xk_bio"][1], "bachelor", 3, "biology", "ects",
                            C._parse(XK_BIO), 10, 10),
               C.Curriculum("xk_inf", "XK", PROG["xk_inf"][1], "bachelor", 3, "nursing", "ects",
                            C._parse(XK_INF), 10, 10)],
    mls_curriculum="xk_lab", science_curricula=["xk_bio"], nonqualifying_curricula=["xk_inf"],
    positions_mls=["Laborant i mjekësisë"],
    positions_science=["Teknik laboratori", "Biolog në laborator"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("XK", {
    "blood_bank": ["Transfuziologji"], "chemistry": ["Biokimi"], "hematology": ["Hematologji"],
    "microbiology": ["Mikrobiologji"], "immunology": ["Imunologji"], "urinalysis": ["Urinalizë"],
    "molecular": ["Diagnostikë molekulare"], "phlebotomy": ["Marrje e mostrave"], "other": ["Citologji"]})

WORDS = {6: "gjashtë", 7: "shtatë", 8: "tetë", 9: "nëntë", 10: "dhjetë"}
FATHERS = ["Bajram", "Xhevdet", "Hysen", "Ramadan", "Shaban", "Isa", "Muharrem", "Sadri", "Nazmi", "Fadil"]


def grade(s, salt, r):
    x = r.score + k(s, salt) % 9 - 2
    return 10 if x >= 86 else 9 if x >= 77 else 8 if x >= 67 else 7 if x >= 58 else 6


def xk_rows(s):
    """[(semester 1-6, r, status, grade, date, period)] in the printed order."""
    out = []
    for i, t in enumerate(s.terms):
        sem = 2 * (t.year - 1) + (1 if t.key == "S1" else 2)
        y = t.start_year + 1
        for j, r in enumerate(t.results):
            g = grade(s, f"g{i}.{j}", r)
            h = k(s, f"a{i}.{j}") % 10
            if sem % 2:                      # winter semester: January, else June, else the September resit
                d, per = (dt.date(y, 1, 20), "Janar") if h < 6 else (dt.date(y, 6, 10), "Qershor") if h < 8 else \
                    (dt.date(y, 9, 5), "Shtator")
            else:
                d, per = (dt.date(y, 6, 8), "Qershor") if h < 8 else (dt.date(y, 9, 5), "Shtator")
            d += dt.timedelta(days=k(s, f"d{i}.{j}") % 16)
            while d.weekday() >= 5:
                d += dt.timedelta(days=1)
            st = "Z" if r.spec.code.endswith("z") else "O"
            out.append((sem, r, st, g, d, per))
    return out


def mean(rows):
    gs = [row[3] for row in rows]
    return round(sum(gs) / len(gs) + 1e-9, 2)


def father(s):
    return FATHERS[k(s, "father") % len(FATHERS)]


def xk_certifikate(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 40, W - 40
    X = [L, L + 24, L + 214, L + 246, L + 282, L + 314, L + 346, L + 412, L + 474, R]
    nm = f"{person.given} {person.surname}"
    prog = PROG[cur.id]
    rows = xk_rows(s)
    pages = []

    def head(p, y):
        p.rect(L, y, R - L, 22, 0.6, 0.0, fill=0.88)
        cells = [("Nr.", 0), ("Lënda", 1), ("Sem.", 2), ("Statusi", 3), ("ECTS", 4), ("Nota", 5)]
        items = []
        for t, c in cells:
            items.append(((X[c] + X[c + 1]) / 2 if c != 1 else X[1] + 4, t, "center" if c != 1 else "left"))
        items += [((X[6] + X[7]) / 2, "Nota me fjalë", "center"), ((X[7] + X[8]) / 2, "Data e provimit", "center"),
                  ((X[8] + X[9]) / 2, "Afati", "center")]
        p.pieces(y + 14, items, SB, 7.4)
        for x in X[1:-1]:
            p.vline(x, y, y + 22, 0.5)
        return y + 22

    def new_page(first, table=True):
        p = Page(A4)
        pages.append(p)
        if first:
            kosovo_emblem(p, W / 2, 54, 34)
            p.text(W / 2, 92, "Republika e Kosovës", SB, 11, "center")
            p.text(W / 2, 106, inst.name, S, 10.5, "center")
            p.text(W / 2, 119, prog[2], S, 10, "center")
            p.text(W / 2, 146, "CERTIFIKATË E NOTAVE", SB, 15, "center")
            y = 172
            for a, b in ((f"Emri dhe mbiemri: {nm}", f"Numri i ID-së: {s.student_no}"),
                         (f"Emri i prindit: {father(s)}", f"Data e lindjes: {dmy(s.dob)}"),
                         (f"Programi i studimeve: {prog[0]}", "Niveli: Bachelor, 3 vite (180 ECTS)")):
                p.pieces(y, [(L, a, "left"), (L + 290, b, "left")], S, 9)
                y += 13
            return p, head(p, y + 4)
        p.text(L, 40, f"Certifikatë e notave — {nm} — Numri i ID-së: {s.student_no}", S, 8)
        return p, (head(p, 54) if table else 64)

    p, y = new_page(True)
    top = y
    out = []
    rh = 14.5
    for n, (sem, r, st, g, d, per) in enumerate(rows, 1):
        if y + rh > H - 40:
            for x in X[1:-1]:
                p.vline(x, top, y, 0.4)
            p.rect(L, top - 22, R - L, y - top + 22, 0.6)
            p, y = new_page(False)
            top = y
        title = r.spec.title
        p.pieces(y + 10, [((X[0] + X[1]) / 2, f"{n}.", "center"),
                          (X[1] + 4, title, "left", S, fit_size(title, S, 8.2, X[2] - X[1] - 8)),
                          ((X[2] + X[3]) / 2, ROMAN[sem - 1], "center"), ((X[3] + X[4]) / 2, st, "center"),
                          ((X[4] + X[5]) / 2, str(int(r.spec.credits)), "center"),
                          ((X[5] + X[6]) / 2, str(g), "center"), ((X[6] + X[7]) / 2, WORDS[g], "center"),
                          ((X[7] + X[8]) / 2, dmy(d), "center"), ((X[8] + X[9]) / 2, per, "center")], S, 8.2)
        y += rh
        p.hline(L, R, y, 0.3)
        out.append(course_truth(r, f"Semestri {ROMAN[sem - 1]}", int(r.spec.credits), str(g), "ects", code=None,
                                grade_word=WORDS[g], status=st, exam_date=dmy(d), exam_period=per))
    for x in X[1:-1]:
        p.vline(x, top, y, 0.4)
    p.rect(L, top - 22, R - L, y - top + 22, 0.6)
    if y + 190 > H - 30:
        p, y = new_page(False, table=False)
    tot = sum(int(row[1].spec.credits) for row in rows)
    y += 20
    p.text(L, y, f"Gjithsej ECTS: {tot}", SB, 10)
    p.text(L + 200, y, f"Nota mesatare: {comma(mean(rows))}", SB, 10)
    y += 18
    p.text(L, y, "Shkalla e notave: 10 (dhjetë) – 6 (gjashtë) kaluese; 5 (pesë) jokaluese.", S, 8.5)
    p.text(L, y + 12, "Programi i studimeve është akredituar nga Agjencia e Kosovës për Akreditim.", S, 8.5)
    issue = s.conferred + dt.timedelta(days=10 + k(s, "iss") % 50)
    p.text(L, y + 30, f"{inst.city}, {dmy(issue)}", S, 9)
    y += 90
    sign_block(p, rng, L + 90, y, "Zyrtari i administratës", S, 9, 160, inst.extra["officer"])
    sign_block(p, rng, R - 100, y, "Prodekani për mësim", S, 9, 170, inst.extra["prodean"])
    round_stamp(p, W / 2 + 20, y - 10, 32, 0.45)
    kosovo_emblem(p, W / 2 + 20, y - 10, 20, 0.45)
    return LayoutResult("transcript", "aj_xk_certifikate", FAMILY, pages, [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aj_xk_certifikate": (xk_certifikate, FAMILY, ("XK",))}
