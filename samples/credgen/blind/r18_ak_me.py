"""Writer AK, round 18: Montenegro (ME). Country pack (an invented state university whose medical
faculty gives the applied study programme "Medicinska laboratorijska dijagnostika", three years, 180
ECTS, awarding the professional title "Bachelor primijenjene medicinske laboratorijske dijagnostike";
a natural-sciences faculty's "Biologija"; the applied nursing programme "Zdravstvena njega") and the
faculty's "UVJERENJE O POLOŽENIM ISPITIMA" (certificate of passed exams), Montenegrin in Latin script:
A4 portrait, the state coat of arms as a simple shape at top, "Crna Gora", the university and the
faculty, "Broj indeksa: 45/2014", "Ime, ime roditelja i prezime: <given> (<parent>) <surname>".
ONE continuous ruled table: R. br. | Naziv predmeta | Sem. (I-VI) | Fond časova ("2+2": lecture +
exercise hours a week; the practice "0+6") | ECTS | Ocjena ("A (10)" ... "E (6)") | Datum polaganja.
At the end "Ukupno ostvareno ECTS kredita: 180", "Prosječna ocjena: 8,62" (mean of the figures),
"Uvjerenje se izdaje na lični zahtjev radi zapošljavanja", "Referent studentske službe", "Dekan" and
the round stamp.

Truth: credit_system "ects" (x 1/2 per criteria.md). The Fond časova column is weekly contact hours
(lectures + exercises), not credit: it is kept beside each row as `weekly_hours` and never converted.
Each row is a course: code null (none printed), title as printed, term "Semestar III", credits the
ECTS, grade as printed ("B (9)"), `exam_date` beside.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r18_ak_common import (FAMILY, ROMAN, add_department_phrases, comma, course_truth, dmy, k, keep_dob,
                            me_coat, round_stamp, sign_block)

# code_fond (never printed; the part after "_" is the Fond časova) | title | ECTS | category [| areas]
ME_MLD = """
## 1 S1
L101_3+2 | Anatomija | 6 | B
L102_3+2 | Fiziologija | 6 | B
L103_2+2 | Opšta hemija | 6 | C
L104_2+1 | Biofizika | 4 | O
L105_2+1 | Engleski jezik I | 4 | O
L106_1+2 | Osnovi informatike | 4 | O
## 1 S2
L107_3+2 | Biohemija | 7 | C
L108_2+2 | Histologija sa embriologijom | 5 | B
L109_3+2 | Opšta mikrobiologija | 6 | B
L110_2+1 | Biostatistika | 4 | M
L111_2+3 | Laboratorijske tehnike i instrumentacija | 5 | ?P
L112_2+0 | Engleski jezik II | 3 | O
## 2 S1
L201_3+2 | Klinička biohemija I | 7 | ?P
L202_3+2 | Hematologija | 7 | P
L203_3+3 | Medicinska mikrobiologija sa parazitologijom | 8 | P
L204_2+2 | Imunologija | 5 | ?B
L205_2+0 | Medicinska etika | 3 | O
## 2 S2
L206_3+2 | Klinička biohemija II | 7 | ?P
L207_2+2 | Transfuziologija | 5 | ?P
L208_2+3 | Citologija i histopatologija | 6 | P
L209_0+6 | Stručna praksa I | 8 | P | chemistry,hematology
L210_2+1 | Javno zdravlje | 4 | O
## 3 S1
L301_2+2 | Molekularna dijagnostika | 6 | ?B
L302_2+2 | Kontrola kvaliteta u laboratoriji | 5 | ?P
L303_2+2 | Analiza urina i tjelesnih tečnosti | 5 | P
L304_0+6 | Stručna praksa II | 8 | P | microbiology,blood_bank
L305_2+2 | Izborni predmet: Klinička toksikologija | 6 | ?O
## 3 S2
L306_2+1 | Organizacija i menadžment laboratorije | 5 | P
L307_2+2 | Virusologija | 5 | ?B
L308_0+6 | Stručna praksa III | 10 | P | immunology,urinalysis
L309_0+4 | Završni rad | 10 | O
"""

ME_BIO = """
## 1 S1
B101_3+3 | Opšta biologija | 7 | B
B102_3+2 | Opšta i neorganska hemija | 7 | C
B103_3+2 | Matematika | 6 | M
B104_2+2 | Fizika | 5 | O
B105_2+1 | Engleski jezik I | 5 | O
## 1 S2
B106_3+3 | Botanika | 7 | B
B107_3+3 | Zoologija beskičmenjaka | 7 | B
B108_3+2 | Organska hemija | 6 | C
B109_2+2 | Biostatistika | 5 | M
B110_2+1 | Engleski jezik II | 5 | O
## 2 S1
B201_3+2 | Biohemija | 7 | C
B202_3+2 | Genetika | 7 | B
B203_3+2 | Mikrobiologija | 8 | B
B204_2+2 | Zoologija kičmenjaka | 8 | B
## 2 S2
B205_3+2 | Fiziologija životinja | 8 | B
B206_3+2 | Ćelijska i molekularna biologija | 8 | B
B207_2+2 | Ekologija | 7 | ?B
B208_2+2 | Imunologija | 7 | ?B
## 3 S1
B301_3+2 | Fiziologija biljaka | 8 | B
B302_2+2 | Evolucija | 7 | ?B
B303_2+2 | Hidrobiologija | 7 | B
B304_2+2 | Biotehnologija | 8 | B
## 3 S2
B305_2+2 | Metodika nastave biologije | 8 | O
B306_2+2 | Zaštita životne sredine | 7 | O
B307_0+4 | Terenska nastava | 5 | B
B308_0+4 | Završni rad | 10 | O
"""

ME_NJEGA = """
## 1 S1
N101_3+2 | Anatomija | 6 | B
N102_3+2 | Fiziologija | 6 | B
N103_3+3 | Osnovi zdravstvene njege | 8 | O
N104_2+1 | Psihologija | 5 | O
N105_2+1 | Engleski jezik I | 5 | O
## 1 S2
N106_2+2 | Mikrobiologija sa parazitologijom | 6 | ?B
N107_2+1 | Farmakologija | 5 | O
N108_2+3 | Zdravstvena njega u internoj medicini | 8 | O
N109_0+6 | Stručna praksa I | 8 | O
N110_2+0 | Komunikacija u zdravstvu | 3 | O
## 2 S1
N201_3+3 | Zdravstvena njega u hirurgiji | 8 | O
N202_3+3 | Zdravstvena njega djeteta | 8 | O
N203_0+6 | Stručna praksa II | 10 | O
N204_2+1 | Etika u sestrinstvu | 4 | O
## 2 S2
N205_3+3 | Zdravstvena njega žena i majki | 8 | O
N206_3+2 | Zdravstvena njega u psihijatriji | 8 | O
N207_0+6 | Stručna praksa III | 10 | O
N208_2+1 | Biostatistika | 4 | M
## 3 S1
N301_3+2 | Zdravstvena njega u zajednici | 8 | O
N302_2+2 | Javno zdravlje | 6 | O
N303_0+6 | Stručna praksa IV | 10 | O
N304_2+2 | Menadžment u zdravstvenoj njezi | 6 | O
## 3 S2
N305_2+2 | Gerijatrijska njega | 6 | O
N306_2+2 | Urgentna stanja | 6 | O
N307_0+6 | Stručna praksa V | 10 | O
N308_0+4 | Završni rad | 8 | O
"""

ME_INST = [
    Institution("Univerzitet Primorja i Brda", "Podgorica", "Podgorica", "ME",
                "Bulevar Cetinjski put bb, 81000 Podgorica", ("me_mld", "me_bio", "me_njega"), "university",
                extra={"rector": "Prof. dr Dragan Vujović", "dean": "Prof. dr Milena Radonjić",
                       "dean_bio": "Prof. dr Vesna Bulatović", "officer": "Snežana Lakić",
                       "faculty": "Medicinski fakultet", "faculty_bio": "Prirodno-matematički fakultet"}),
    Institution("Univerzitet Sjever", "Berane", "Berane", "ME",
                "Ulica Dušana Vujoševića 12, 84300 Berane", ("me_mld", "me_njega"), "university",
                extra={"rector": "Prof. dr Radomir Bojović", "dean": "Doc. dr Jelena Šćekić",
                       "dean_bio": "Doc. dr Jelena Šćekić", "officer": "Marija Dedeić",
                       "faculty": "Fakultet zdravstvenih studija", "faculty_bio": "Fakultet zdravstvenih studija"}),
]


def _student_no(rng, start_year, inst):
    return f"{rng.randint(1, 120)}/{start_year}"


PACK = K.CountryPack(
    code="ME", name="Montenegro",
    given={"F": ["Milica", "Jelena", "Ana", "Marija", "Tijana", "Jovana", "Dragana", "Ivana", "Sanja", "Nina"],
           "M": ["Marko", "Nikola", "Stefan", "Luka", "Milan", "Petar", "Vuk", "Danilo", "Nemanja", "Igor"]},
    surnames=["Vujović", "Radović", "Popović", "Đukanović", "Bulatović", "Perović", "Vuković", "Marković",
              "Lakić", "Šćepanović", "Jovanović", "Đurović", "Kaluđerović", "Raičević"],
    middle={"F": [], "M": []},
    institutions=ME_INST,
    employers=[
        Employer("Klinički centar Primorja", "Podgorica", "Podgorica", "ME",
                 "Ljubljanska bb, 81000 Podgorica", "+382 20 555 100", "kadrovska@kcprimorja.example"),
        Employer("Opšta bolnica \"Sjever\"", "Berane", "Berane", "ME",
                 "Ulica Branka Deletića bb, 84300 Berane", "+382 51 555 200", "opstabolnica@sjever.example"),
        Employer("Laboratorija \"Medilab Primorje\"", "Bar", "Bar", "ME",
                 "Bulevar revolucije 8, 85000 Bar", "+382 30 555 300", "info@medilabprimorje.example", "lab"),
    ],
    signers=["Dr Zoran Kovačević", "Dragica Pejović", "Mr Slobodan Đurišić"],
    curricula=[C.Curriculum("me_mld", "ME", "Bachelor primijenjene medicinske laboratorijske dijagnostike", "bachelor",
                            3, "medical_laboratory_science", "ects", C._parse(ME_MLD), 10, 10,
                            clinical_training=True),
               C.Curriculum("me_bio", "ME", "Bachelor biologije", "bachelor", 3, "biology", "ects",
                            C._parse(ME_BIO), 10, 10),
               C.Curriculum("me_njega", "ME", "Bachelor primijenjene zdravstvene njege", "bachelor", 3, "nursing",
                            "ects", C._parse(ME_NJEGA), 10, 10)],
    mls_curriculum="me_mld", science_curricula=["me_bio"], nonqualifying_curricula=["me_njega"],
    positions_mls=["laborant", "bachelor medicinske laboratorijske dijagnostike"],
    positions_science=["laboratorijski tehničar", "biolog u laboratoriji"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("ME", {
    "blood_bank": ["Centar za transfuziologiju"], "chemistry": ["Odjeljenje za kliničku biohemiju"],
    "hematology": ["Hematološka laboratorija"], "microbiology": ["Mikrobiološka laboratorija"],
    "immunology": ["Imunološka laboratorija"], "urinalysis": ["Laboratorija za analizu urina"],
    "molecular": ["Laboratorija za molekularnu dijagnostiku"], "phlebotomy": ["Punkt za uzorkovanje krvi"],
    "other": ["Odjeljenje za patologiju"]})

PROG = {"me_mld": "Medicinska laboratorijska dijagnostika", "me_bio": "Biologija", "me_njega": "Zdravstvena njega"}
KIND = {"me_mld": "primijenjene osnovne studije", "me_bio": "akademske osnovne studije",
        "me_njega": "primijenjene osnovne studije"}
LETTERS = {10: "A", 9: "B", 8: "C", 7: "D", 6: "E"}
PARENTS = ["Milorad", "Branko", "Radovan", "Veselin", "Momčilo", "Slavko", "Dragan", "Vojislav", "Zoran", "Miodrag"]


def faculty(s):
    return s.institution.extra["faculty_bio" if s.curriculum.id == "me_bio" else "faculty"]


def dean(s):
    return s.institution.extra["dean_bio" if s.curriculum.id == "me_bio" else "dean"]


def parent(s):
    return PARENTS[k(s, "par") % len(PARENTS)]


def grade(s, salt, r):
    x = r.score + k(s, salt) % 9 - 2
    return 10 if x >= 86 else 9 if x >= 76 else 8 if x >= 66 else 7 if x >= 56 else 6


def me_rows(s):
    out = []
    for i, t in enumerate(s.terms):
        sem = 2 * (t.year - 1) + (1 if t.key == "S1" else 2)
        y = t.start_year + 1
        for j, r in enumerate(t.results):
            g = grade(s, f"g{i}.{j}", r)
            h = k(s, f"a{i}.{j}") % 10
            if sem % 2:
                d = dt.date(y, 1, 22) if h < 6 else dt.date(y, 2, 10) if h < 8 else dt.date(y, 9, 3)
            else:
                d = dt.date(y, 6, 5) if h < 7 else dt.date(y, 6, 26) if h < 9 else dt.date(y, 9, 10)
            d += dt.timedelta(days=k(s, f"d{i}.{j}") % 10)
            while d.weekday() >= 5:
                d += dt.timedelta(days=1)
            out.append((sem, r, r.spec.code.split("_")[1], g, d))
    return out


def mean(rows):
    gs = [row[3] for row in rows]
    return round(sum(gs) / len(gs) + 1e-9, 2)


def me_uvjerenje(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    person._ak_parent = parent(s)
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 42, W - 42
    X = [L, L + 30, L + 262, L + 294, L + 346, L + 378, L + 432, R]
    nm = f"{person.given} ({parent(s)}) {person.surname}"
    rows = me_rows(s)
    pages, out = [], []

    def head(p, y):
        p.rect(L, y, R - L, 24, 0.6, 0.0, fill=0.9)
        hd = ["R. br.", "Naziv predmeta", "Sem.", "Fond časova", "ECTS", "Ocjena", "Datum polaganja"]
        p.pieces(y + 15, [((X[i] + X[i + 1]) / 2 if i != 1 else X[1] + 4, t, "center" if i != 1 else "left", SB,
                           fit_size(t, SB, 7.6, X[i + 1] - X[i] - 4)) for i, t in enumerate(hd)], SB, 7.6)
        for x in X[1:-1]:
            p.vline(x, y, y + 24, 0.5)
        return y + 24

    def new_page(first):
        p = Page(A4)
        pages.append(p)
        if first:
            me_coat(p, W / 2, 52, 36)
            p.text(W / 2, 96, "Crna Gora", SB, 11, "center")
            p.text(W / 2, 110, inst.name.upper(), SB, 11, "center")
            p.text(W / 2, 123, faculty(s), S, 10, "center")
            p.text(W / 2, 135, inst.street, S, 8, "center")
            p.text(L, 160, f"Broj: {k(s, 'br') % 900 + 100}/{s.conferred.year}", S, 9)
            p.text(W / 2, 186, "UVJERENJE O POLOŽENIM ISPITIMA", SB, 14, "center")
            y = 212
            for ln in (f"Ime, ime roditelja i prezime: {nm}", f"Broj indeksa: {s.student_no}",
                       f"Datum i mjesto rođenja: {dmy(s.dob)}. godine",
                       f"Studijski program: {PROG[cur.id]} ({KIND[cur.id]}, 180 ECTS)"):
                p.text(L, y, ln, S, 9.5)
                y += 13
            return p, head(p, y + 4)
        p.text(L, 40, f"Uvjerenje o položenim ispitima – {nm} – Broj indeksa: {s.student_no}", S, 8)
        return p, head(p, 52)

    p, y = new_page(True)
    top = y - 24
    rh = 14.5
    for n, (sem, r, fond, g, d) in enumerate(rows, 1):
        if y + rh > H - 40:
            for x in X[1:-1]:
                p.vline(x, top + 24, y, 0.4)
            p.rect(L, top, R - L, y - top, 0.6)
            p, y = new_page(False)
            top = y - 24
        title = r.spec.title
        oc = f"{LETTERS[g]} ({g})"
        p.pieces(y + 10, [((X[0] + X[1]) / 2, f"{n}.", "center"),
                          (X[1] + 4, title, "left", S, fit_size(title, S, 8.2, X[2] - X[1] - 8)),
                          ((X[2] + X[3]) / 2, ROMAN[sem - 1], "center"), ((X[3] + X[4]) / 2, fond, "center"),
                          ((X[4] + X[5]) / 2, str(int(r.spec.credits)), "center"), ((X[5] + X[6]) / 2, oc, "center"),
                          ((X[6] + X[7]) / 2, f"{dmy(d)}.", "center")], S, 8.2)
        y += rh
        p.hline(L, R, y, 0.3)
        out.append(course_truth(r, f"Semestar {ROMAN[sem - 1]}", int(r.spec.credits), oc, "ects", code=None,
                                weekly_hours=fond, exam_date=dmy(d)))
    for x in X[1:-1]:
        p.vline(x, top + 24, y, 0.4)
    p.rect(L, top, R - L, y - top, 0.6)
    if y + 200 > H - 30:
        p, y = new_page(False)
        y -= 20
    tot = sum(int(row[1].spec.credits) for row in rows)
    y += 20
    p.text(L, y, f"Ukupno ostvareno ECTS kredita: {tot}", SB, 10)
    p.text(L, y + 14, f"Prosječna ocjena: {comma(mean(rows))}", SB, 10)
    y += 34
    p.text(L, y, "Ocjene: A (10) – odličan, B (9) – vrlo dobar, C (8) – dobar, D (7) – zadovoljavajući, "
                 "E (6) – dovoljan.", S, 8)
    p.text(L, y + 11, "Fond časova: broj časova predavanja + vježbi sedmično.", S, 8)
    y += 30
    p.text(L, y, "Uvjerenje se izdaje na lični zahtjev radi zapošljavanja.", S, 9.5)
    issue = s.conferred + dt.timedelta(days=20 + k(s, "iss") % 300)
    person._ak_me_issue = issue
    p.text(L, y + 16, f"{inst.city}, {dmy(issue)}. godine", S, 9.5)
    y += 80
    sign_block(p, rng, L + 90, y, "Referent studentske službe", S, 9, 170, inst.extra["officer"])
    sign_block(p, rng, R - 100, y, "Dekan", S, 9, 170, dean(s))
    round_stamp(p, W / 2 + 10, y - 12, 32, 0.45)
    me_coat(p, W / 2 + 10, y - 12, 22, 0.45)
    return LayoutResult("transcript", "ak_me_uvjerenje", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ak_me_uvjerenje": (me_uvjerenje, FAMILY, ("ME",))}
