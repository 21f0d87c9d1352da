"""Writer AA, round 13: Croatia (HR). Country pack (an invented university's Sveučilišni odjel
zdravstvenih studija: "Preddiplomski sveučilišni studij Medicinsko laboratorijska dijagnostika",
three years, 180 ECTS, the title "sveučilišni prvostupnik/prvostupnica (baccalaureus/baccalaurea)
medicinsko laboratorijske dijagnostike"; a faculty of science's "Preddiplomski sveučilišni studij
Biologija"; a "Preddiplomski stručni studij Sestrinstvo") and the "PRIJEPIS OCJENA" printed from the
student information system: A4 portrait, thin rules under the header only, ONE long table for the
whole study with no captions: `Rb. | Šifra | Naziv predmeta | God. | Sem. | ECTS | Ocjena | Datum |
Nastavnik` (six-digit course IDs, Croatian names, some wrapping to two lines, study year 1-3, "Z"
zimski / "L" ljetni, grades in words with the digit "izvrstan (5)" ... "dovoljan (2)", exam dates
"12.02.2017.", examiners "doc. dr. sc. Ivana Marić"); "Stručna praksa" rows with ECTS and "položeno"
instead of a grade; at the foot "Ukupno ECTS bodova: 180 Težinski prosjek ocjena: 4,12", "U Splitu,
15. srpnja 2019." and the head of student services' signature; given name before family name, the
OIB-like personal number and the JMBAG.

Truth: credit_system "ects" (1 ECTS = 0.5 SH, criteria.md); grade = the printed cell ("vrlo dobar
(4)", "položeno"); term "<God.>. godina, <zimski|ljetni> semestar" from the two columns, the row
number kept as `row_no`, exam date and examiner as `exam_date` / `examiner`. The weighted average is
the ECTS-weighted mean of the numeric grades (položeno rows left out), two decimals with a comma.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size, wrap
from .r13_aa_common import (FAMILY, add_department_phrases, by_reading_order, comma, course_truth, hr_date, k, parse,
                            r2, round_stamp, sign_block)

HR_MLD = """
## 1 S1
183401 | Opća kemija | 6 | C
183402 | Anatomija | 5 | B
183403 | Biologija stanice | 5 | B
183404 | Fizika i biofizika | 4 | O
183405 | Engleski jezik struke I | 3 | O
183406 | Osnove laboratorijskog rada | 7 | ?P
## 1 S2
183411 | Organska kemija | 5 | C
183412 | Fiziologija | 5 | B
183413 | Analitička kemija | 6 | C
183414 | Biostatistika | 4 | M
183415 | Opća mikrobiologija | 6 | B
183416 | Engleski jezik struke II | 4 | O
## 2 S1
183421 | Biokemija | 7 | C
183422 | Klinička kemija I | 6 | ?P
183423 | Hematologija I | 6 | P
183424 | Medicinska bakteriologija | 6 | P
183425 | Imunologija | 5 | ?B
## 2 S2
183431 | Klinička kemija II | 6 | ?P
183432 | Hematologija II i koagulacija | 6 | P
183433 | Medicinska parazitologija i mikologija | 5 | P
183434 | Analiza urina i ostalih tjelesnih tekućina | 4 | P
183435 | Stručna praksa I | 4 | P | chemistry,hematology
183436 | Javno zdravstvo i epidemiologija | 5 | O
## 3 S1
183441 | Transfuzijska medicina i imunohematologija | 6 | P
183442 | Molekularna dijagnostika | 5 | ?P
183443 | Citologija i histološke tehnike | 5 | P
183444 | Upravljanje kvalitetom u medicinskom laboratoriju | 4 | P
183445 | Klinička mikrobiologija | 6 | ?P
183446 | Etika i zakonodavstvo u zdravstvu | 4 | O
## 3 S2
183451 | Stručna praksa II (bolnički laboratorij) | 14 | P | chemistry,hematology,microbiology,blood_bank
183452 | Laboratorijska dijagnostika nasljednih bolesti | 5 | ?P
183453 | Metodologija znanstvenog i stručnog rada | 3 | O
183454 | Završni rad | 8 | O
"""

HR_BIO = """
## 1 S1
200101 | Opća i anorganska kemija | 7 | C
200102 | Biologija stanice | 7 | B
200103 | Matematika | 6 | M
200104 | Fizika | 6 | O
## 1 S2
200111 | Organska kemija | 7 | C
200112 | Zoologija | 7 | B
200113 | Botanika | 7 | B
200114 | Statistika u biologiji | 5 | M
## 2 S1
200121 | Biokemija | 8 | C
200122 | Genetika | 7 | B
200123 | Mikrobiologija | 7 | B
## 2 S2
200131 | Fiziologija životinja | 7 | B
200132 | Ekologija | 6 | ?B
200133 | Molekularna biologija | 7 | B
## 3 S1
200141 | Imunologija | 6 | ?B
200142 | Evolucija | 5 | B
200143 | Fiziologija bilja | 6 | B
## 3 S2
200151 | Parazitologija | 5 | B
200152 | Biologija mora | 5 | B
200153 | Završni rad | 6 | O
"""

HR_SES = """
## 1 S1
300101 | Osnove zdravstvene njege | 8 | O
300102 | Anatomija i fiziologija | 7 | B
300103 | Mikrobiologija s parazitologijom | 4 | ?B
## 1 S2
300111 | Zdravstvena njega odraslih I | 8 | O
300112 | Farmakologija | 4 | O
300113 | Stručna praksa I | 10 | O
## 2 S1
300121 | Zdravstvena njega kirurških bolesnika | 9 | O
300122 | Zdravstvena njega djeteta | 7 | O
## 2 S2
300131 | Zdravstvena njega majke i novorođenčeta | 7 | O
300132 | Stručna praksa II | 12 | O
## 3 S1
300141 | Zdravstvena njega u zajednici | 8 | O
300142 | Zdravstvena njega psihijatrijskih bolesnika | 7 | O
## 3 S2
300151 | Stručna praksa III | 16 | O
300152 | Završni rad | 6 | O
"""


def _cur(cid, title, level, years, field, text, clin=False):
    return C.Curriculum(cid, "HR", title, level, years, field, "ects", parse(text), 10, 7, clinical_training=clin)


HR_INST = [
    Institution("Sveučilište u Splitu Marjan", "Split", "Splitsko-dalmatinska županija", "HR",
                "Ulica Ruđera Boškovića 31", ("hr_mld", "hr_bio", "hr_ses"), "university",
                extra={"odjel": "Sveučilišni odjel zdravstvenih studija", "grad_loc": "U Splitu"}),
    Institution("Sveučilište Jadran u Rijeci", "Rijeka", "Primorsko-goranska županija", "HR",
                "Viktora Cara Emina 5", ("hr_mld", "hr_bio", "hr_ses"), "university",
                extra={"odjel": "Fakultet zdravstvenih studija", "grad_loc": "U Rijeci"}),
]

PACK = K.CountryPack(
    code="HR", name="Croatia",
    given={"F": ["Ivana", "Ana", "Petra", "Marija", "Lucija", "Katarina", "Martina", "Maja", "Josipa", "Antonija"],
           "M": ["Ivan", "Luka", "Marko", "Josip", "Filip", "Mateo", "Ante", "Tomislav", "Karlo", "Domagoj"]},
    surnames=["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Perić", "Matić",
              "Barišić", "Grgić"],
    middle={"F": [], "M": []},
    institutions=HR_INST,
    employers=[
        Employer("Klinički bolnički centar Sustipan", "Split", "Splitsko-dalmatinska županija", "HR", "Spinčićeva 1",
                 "+385 21 550 000", "kadrovska@kbc-sustipan.example"),
        Employer("Opća bolnica Dubrava Zadar", "Zadar", "Zadarska županija", "HR", "Bože Peričića 5",
                 "+385 23 500 000", "ljudski.potencijali@ob-dubrava.example"),
        Employer("Dom zdravlja Kaštela-Trogir", "Kaštel Sućurac", "Splitsko-dalmatinska županija", "HR",
                 "Cesta dr. Franje Tuđmana 12", "+385 21 220 000", "uprava@dz-kt.example", "clinic"),
        Employer("Poliklinika Labos Adria", "Split", "Splitsko-dalmatinska županija", "HR", "Poljička cesta 35",
                 "+385 21 470 000", "info@labos-adria.example", "lab"),
    ],
    signers=["doc. dr. sc. Tomislav Grgić", "Ana Perić, dipl. iur.", "prim. dr. sc. Josipa Matić"],
    curricula=[_cur("hr_mld", "Preddiplomski sveučilišni studij Medicinsko laboratorijska dijagnostika", "bachelor", 3,
                    "medical_laboratory_science", HR_MLD, True),
               _cur("hr_bio", "Preddiplomski sveučilišni studij Biologija", "bachelor", 3, "biology", HR_BIO),
               _cur("hr_ses", "Preddiplomski stručni studij Sestrinstvo", "bachelor", 3, "nursing", HR_SES)],
    mls_curriculum="hr_mld", science_curricula=["hr_bio"], nonqualifying_curricula=["hr_ses"],
    positions_mls=["prvostupnik medicinsko-laboratorijske dijagnostike"],
    positions_science=["laboratorijski tehničar", "stručni suradnik u laboratoriju"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"0{rng.choice([23, 82, 177])}{rng.randint(10 ** 6, 10 ** 7 - 1)}"[:10],
    honours=[],
)
K.register(PACK)
add_department_phrases("HR", {
    "blood_bank": ["transfuzijska medicina"], "chemistry": ["klinička kemija"], "hematology": ["hematologija"],
    "microbiology": ["mikrobiologija"], "immunology": ["imunologija"], "urinalysis": ["analiza urina"],
    "molecular": ["molekularna dijagnostika"], "phlebotomy": ["uzorkovanje"], "other": ["citologija"]})

WORDS = {5: "izvrstan", 4: "vrlo dobar", 3: "dobar", 2: "dovoljan"}
TEACHERS = ["doc. dr. sc. Ivana Marić", "prof. dr. sc. Ante Barišić", "izv. prof. dr. sc. Maja Kovačević",
            "doc. dr. sc. Filip Jurić", "v. pred. Martina Perić, mag. med. lab. diagn.", "prof. dr. sc. Josip Vuković",
            "izv. prof. dr. sc. Lucija Knežević", "pred. Karlo Novak, mag. med. lab. diagn.",
            "doc. dr. sc. Katarina Grgić", "prof. dr. sc. Domagoj Horvat"]


def is_praksa(r):
    return "praksa" in r.spec.title.lower()


def ocjena(s, i, j, r):
    if is_praksa(r):
        return "položeno", None
    v = int(round(2 + (r.score - 45) / 15.0 + ((k(s, f"o{i}.{j}") % 5) - 2) * 0.5))
    v = max(2, min(5, v))
    return f"{WORDS[v]} ({v})", v


def exam_date(s, i, j, t):
    import datetime as dt
    y = t.start_year + 1
    if t.key == "S1":
        base = dt.date(y, 1, 20) if k(s, f"dz{i}.{j}") % 5 else dt.date(y, 4, 10)
    else:
        base = dt.date(y, 6, 10) if k(s, f"dz{i}.{j}") % 5 else dt.date(y, 9, 1)
    d = base + dt.timedelta(days=k(s, f"dd{i}.{j}") % 28)
    if d > s.conferred - dt.timedelta(days=6):       # every exam before the study is completed
        d = s.conferred - dt.timedelta(days=6 + k(s, f"dc{i}.{j}") % 20)
    return d


def oib(s):
    return f"{k(s, 'oib') % 10 ** 11:011d}"


def hr_name(person):
    return person.full


def hr_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    nm = hr_name(person)
    W, H = A4
    L, R = 36, W - 36
    wd = [22, 38, 160, 24, 22, 26, 62, 50, 119]
    xs = [L]
    for w in wd:
        xs.append(xs[-1] + w)
    fz = 7.2
    pages, out = [], []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 40, inst.name.upper(), SB, 10)
        p.text(L, 52, inst.extra["odjel"], S, 9)
        p.text(R, 40, "Informacijski sustav visokih učilišta", S, 7, "right")
        if len(pages) == 1:
            p.text(W / 2, 84, "PRIJEPIS OCJENA", SB, 14, "center")
            p.text(L, 108, f"Ime i prezime: {nm}", SB, 9)
            p.pieces(121, [(L, f"JMBAG: {s.student_no}", "left"), (L + 200, f"OIB: {oib(s)}", "left"),
                           (L + 350, f"Datum rođenja: {s.dob.strftime('%d.%m.%Y.')}", "left")], S, 8.5)
            p.text(L, 134, f"Studij: {cur.title}", S, 8.5)
            p.text(L, 147, f"Akademska godina upisa: {s.terms[0].start_year}./{s.terms[0].start_year + 1}.", S, 8.5)
            y = 170
        else:
            p.text(L, 72, f"{nm}, JMBAG {s.student_no} - nastavak", S, 8)
            y = 90
        heads = ["Rb.", "Šifra", "Naziv predmeta", "God.", "Sem.", "ECTS", "Ocjena", "Datum", "Nastavnik"]
        p.pieces(y, [(xs[i] + 1, h, "left") for i, h in enumerate(heads)], SB, fz)
        p.hline(L, R, y + 3, 0.4)
        st["y"] = y + 13

    new_page()
    n = 0
    tot = 0
    graded = []
    for i, t in enumerate(s.terms):
        sem = "Z" if t.key == "S1" else "L"
        for j, r in enumerate(t.results):
            n += 1
            g, v = ocjena(s, i, j, r)
            ects = int(r.spec.credits)
            tot += ects
            if v is not None:
                graded.append((ects, v))
            d = exam_date(s, i, j, t).strftime("%d.%m.%Y.")
            teacher = TEACHERS[(int(r.spec.code) * 7 + k(s, "tt") % 3) % len(TEACHERS)]
            lines = wrap(r.spec.title, S, fz, wd[2] - 4)
            need = 10 * len(lines)
            if st["y"] + need > H - 60:
                new_page()
            p, y = st["p"], st["y"]
            p.pieces(y, [(xs[0] + 1, f"{n}.", "left"), (xs[1] + 1, r.spec.code, "left"), (xs[2] + 1, lines[0], "left"),
                         (xs[3] + 8, str(t.year), "left"), (xs[4] + 8, sem, "left"), (xs[6] - 6, str(ects), "right"),
                         (xs[6] + 1, g, "left"), (xs[7] + 1, d, "left"),
                         (xs[8] + 1, teacher, "left", S, fit_size(teacher, S, fz, wd[8] - 2, 5))], S, fz)
            for ln in lines[1:]:
                y += 9
                p.text(xs[2] + 1, y, ln, S, fz)
            st["y"] = y + 11
            term = f"{t.year}. godina, {'zimski' if sem == 'Z' else 'ljetni'} semestar"
            out.append(course_truth(r, term, ects, g, "ects", code=r.spec.code, row_no=n, exam_date=d,
                                    examiner=teacher))
    if st["y"] + 150 > H - 40:
        new_page()
    p, y = st["p"], st["y"] + 8
    avg = r2(sum(e * v for e, v in graded) / sum(e for e, _ in graded))
    p.hline(L, R, y - 8, 0.4)
    p.spaced(L, y + 4, [f"Ukupno ECTS bodova: {tot}", f"Težinski prosjek ocjena: {comma(avg)}"], SB, 9, gap=40)
    p.text(L, y + 20, "Ocjene: izvrstan (5), vrlo dobar (4), dobar (3), dovoljan (2). Stručna praksa se ocjenjuje "
           "s položeno.", S, 7)
    p.text(L, y + 31, f"Student je završio studij: {s.conferred.strftime('%d.%m.%Y.')}", S, 8)
    p.text(L, y + 54, f"{inst.extra['grad_loc']}, {hr_date(s.conferred)}", S, 9)
    sign_block(p, rng, R - 110, y + 104, "Voditeljica Službe za studentska pitanja", S, 8, 190)
    round_stamp(p, R - 220, y + 90, 28, 0.45)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 24, f"Stranica {q}/{len(pages)}", S, 7, "right")
    return LayoutResult("transcript", "aa_hr_prijepis", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"aa_hr_prijepis": (hr_transcript, FAMILY, ("HR",))}
