"""Writer AI, round 17: Slovenia (SI). Country pack (invented universities: a Faculty of Health
Sciences' first-cycle university programme "Laboratorijska biomedicina", 4 years, 240 KT, and the
programme "Zdravstvena nega", 3 years; a Faculty of Natural Sciences' "Biologija", 3 years) and the
"POTRDILO O OPRAVLJENIH IZPITIH": A4 portrait, a plain table with thin rules, the faculty's name top
left, "Vpisna številka", "Ime in priimek", "Študijski program: ... (UN, 1. stopnja)". ONE continuous
table sorted by year of study then by date, with NO captions: Zap. št. | Šifra (7 digits) | Predmet |
Letnik ("1.") | Datum | Ocena ("9 (prav dobro)", or "opravil/a" for practice and seminars) |
Polaganje (the attempt that passed) | KT | Izvajalec ("Novak M."). Failed attempts are not listed.
At the end: "Skupno število KT", "Povprečna ocena", "Povprečna ocena, utežena s KT", the purpose
line, "Referentka za študijske zadeve", a round stamp with the faculty's name (a picture) and the
place and date "Ljubljana, 12. 10. 2019".

Truth: credit_system "ects" (KT = kreditne točke = ECTS, 60 a year; 2 = 1 SH). term = the printed
Letnik ("1. letnik"), since no semester is printed; `date`, `attempt` and `examiner` as printed.
Averages over the numeric grades only (opravil/a left out), two decimals with a comma.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r17_ai_common import (FAMILY, add_department_phrases, comma, course_truth, dmy, k, keep_dob, natural,
                            parse_tagged, ring_stamp, sign_block)


def _codes(text, base):
    """Number the rows with 7-digit course codes (Šifra)."""
    out, n = [], 0
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("##") or not line:
            out.append(line)
            continue
        n += 1
        out.append(f"{base + n * 7:07d} | {line}")
    return "\n".join(out)


SI_LBM = _codes("""
## 1 S1
Anatomija s histologijo | 6 | B
Splošna in anorganska kemija | 7 | C
Biologija celice | 6 | B
Fizika | 5 | O
Matematika s statistiko | 6 | M
## 1 S2
Fiziologija | 6 | B
Organska kemija | 6 | C
Osnove laboratorijske biomedicine | 5 | ?P
Analizna kemija | 6 | C
Angleški jezik stroke | 3 | O
Strokovna praksa I | 4 | P | phlebotomy | S
## 2 S1
Biokemija | 7 | C
Splošna mikrobiologija | 6 | B
Patologija | 5 | ?O
Imunologija | 6 | ?B
Informatika v zdravstvu | 3 | O
Etika in komunikacija | 3 | O
## 2 S2
Klinična biokemija I | 7 | ?P
Medicinska mikrobiologija | 7 | ?P
Hematologija s transfuziologijo | 7 | P
Strokovna praksa II | 6 | P | chemistry,hematology | S
Seminar iz biomedicine | 3 | O | =S
## 3 S1
Klinična biokemija II | 6 | ?P
Molekularna diagnostika | 6 | ?P
Parazitologija in mikologija | 5 | P
Imunohematologija | 6 | P
Farmakologija in toksikologija | 5 | ?O
Biostatistika | 2 | M
## 3 S2
Laboratorijska hematologija | 6 | P
Citologija | 5 | P
Analiza urina in telesnih tekočin | 5 | P
Strokovna praksa III | 10 | P | microbiology,blood_bank | S
Kakovost v medicinskem laboratoriju | 4 | P
## 4 S1
Endokrinološka laboratorijska diagnostika | 5 | ?P
Avtomatizacija v laboratoriju | 5 | ?P
Virologija | 5 | ?B
Strokovna praksa IV | 10 | P | chemistry,hematology,microbiology | S
Raziskovalna metodologija | 5 | O
## 4 S2
Strokovna praksa V | 10 | P | chemistry,hematology,blood_bank | S
Sodna medicina | 5 | O
Menedžment v zdravstvu | 5 | O
Diplomsko delo | 10 | O
""", 14500)

SI_BIO = _codes("""
## 1 S1
Splošna biologija | 6 | B
Splošna kemija | 6 | C
Matematika | 6 | M
Botanika | 6 | B
Fizika | 6 | O
## 1 S2
Zoologija | 6 | B
Organska kemija | 6 | C
Biostatistika | 6 | M
Celična biologija | 6 | B
Angleški jezik | 6 | O
## 2 S1
Biokemija | 6 | C
Genetika | 6 | B
Mikrobiologija | 6 | B
Fiziologija rastlin | 6 | B
Ekologija | 6 | ?B
## 2 S2
Fiziologija živali | 6 | B
Analizna kemija | 6 | C
Imunologija | 6 | ?B
Terensko delo | 6 | O | =S
Evolucija | 6 | B
## 3 S1
Molekularna biologija | 6 | B
Virologija | 6 | ?B
Bioinformatika | 6 | O
Seminar iz biologije | 6 | O | =S
Parazitologija | 6 | ?B
## 3 S2
Diplomsko delo | 10 | O
Biotehnologija | 10 | ?B
Varstvo narave | 10 | ?B
""", 21300)

SI_ZN = _codes("""
## 1 S1
Anatomija, fiziologija in patologija | 8 | B
Teorija zdravstvene nege | 7 | O
Osnove zdravstvene nege | 8 | O
Klinično usposabljanje I | 7 | O | =S
## 1 S2
Mikrobiologija s parazitologijo | 5 | ?B
Farmakologija | 5 | O
Zdravstvena nega internističnega bolnika | 10 | O
Klinično usposabljanje II | 10 | O | =S
## 2 S1
Zdravstvena nega kirurškega bolnika | 10 | O
Psihologija | 5 | O
Klinično usposabljanje III | 15 | O | =S
## 2 S2
Zdravstvena nega otroka | 10 | O
Zdravstvena nega starostnika | 5 | O
Klinično usposabljanje IV | 15 | O | =S
## 3 S1
Zdravstvena nega v skupnosti | 10 | O
Raziskovanje v zdravstveni negi | 5 | O
Klinično usposabljanje V | 15 | O | =S
## 3 S2
Klinično usposabljanje VI | 20 | O | =S
Diplomsko delo | 10 | O
""", 33100)

_T1, G1 = parse_tagged(SI_LBM)
_T2, G2 = parse_tagged(SI_BIO)
_T3, G3 = parse_tagged(SI_ZN)
PASSFAIL = set(G1) | set(G2) | set(G3)
PROGRAM = {"si_lbm": "Laboratorijska biomedicina", "si_bio": "Biologija", "si_zn": "Zdravstvena nega"}

SI_INST = [
    Institution("Univerza Ljubljanskega barja", "Ljubljana", "Osrednjeslovenska", "SI", "Zaloška cesta 41",
                ("si_lbm", "si_bio", "si_zn"), "university",
                extra={"zf": "Fakulteta za zdravstvene vede", "nf": "Naravoslovna fakulteta",
                       "rector": "prof. dr. Janez Kovačič", "dean": "izr. prof. dr. Mojca Brecelj",
                       "dean_nf": "prof. dr. Andrej Mrak", "town": "Ljubljana", "loc": "Ljubljani",
                       "gen": "Ljubljanskega barja"}),
    Institution("Alpska univerza v Kranju", "Kranj", "Gorenjska", "SI", "Koroška cesta 14",
                ("si_lbm", "si_zn"), "university",
                extra={"zf": "Fakulteta za zdravstvene vede", "nf": "Fakulteta za naravoslovje",
                       "rector": "prof. dr. Tomaž Zupan", "dean": "doc. dr. Alenka Pirc",
                       "dean_nf": "prof. dr. Boris Kern", "town": "Kranj", "loc": "Kranju", "gen": "v Kranju"}),
]


def _cur(cid, title, field, terms, years, clin=False):
    return C.Curriculum(cid, "SI", title, "bachelor", years, field, "ects", terms, 10, 9, clinical_training=clin)


def _sn(rng, sy, inst):
    return f"3{rng.randint(1, 2)}{sy % 100:02d}{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="SI", name="Slovenia",
    given={"F": ["Nina", "Maja", "Eva", "Tjaša", "Urška", "Petra", "Katja", "Špela", "Anja", "Nika"],
           "M": ["Luka", "Matej", "Jan", "Gregor", "Žiga", "Rok", "Blaž", "Miha", "Tilen", "Aljaž"]},
    surnames=["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar",
              "Golob", "Turk", "Božič", "Kralj", "Zupan", "Bizjak"],
    middle={"F": [], "M": []},
    institutions=SI_INST,
    employers=[
        Employer("Splošna bolnišnica Savinja", "Celje", "Savinjska", "SI", "Oblakova ulica 5, 3000 Celje",
                 "+386 3 555 0100", "kadrovska@sb-savinja.example"),
        Employer("Univerzitetni klinični center Ljubljanskega barja", "Ljubljana", "Osrednjeslovenska", "SI",
                 "Zaloška cesta 7, 1000 Ljubljana", "+386 1 555 0200", "kadri@ukc-lb.example"),
        Employer("Splošna bolnišnica Gorenjska", "Jesenice", "Gorenjska", "SI", "Cesta maršala Tita 112, 4270 Jesenice",
                 "+386 4 555 0300", "kadrovska@sb-gorenjska.example"),
        Employer("Medilab Diagnostika d.o.o.", "Maribor", "Podravska", "SI", "Ptujska cesta 21, 2000 Maribor",
                 "+386 2 555 0400", "info@medilab-diag.example", "lab"),
    ],
    signers=["Mateja Kranjc", "Irena Golob", "Simon Žagar"],
    curricula=[_cur("si_lbm", "diplomirani inženir laboratorijske biomedicine (UN)", "medical_laboratory_science",
                    _T1, 4, True),
               _cur("si_bio", "diplomirani biolog (UN)", "biology", _T2, 3),
               _cur("si_zn", "diplomirani zdravstvenik (UN)", "nursing", _T3, 3)],
    mls_curriculum="si_lbm", science_curricula=["si_bio"], nonqualifying_curricula=["si_zn"],
    positions_mls=["inženir laboratorijske biomedicine"],
    positions_science=["laborant"],
    code_style="keep",
    student_no=_sn,
    honours=[],
)
K.register(PACK)
add_department_phrases("SI", {
    "blood_bank": ["Center za transfuzijsko medicino"], "chemistry": ["Laboratorij za klinično biokemijo"],
    "hematology": ["Hematološki laboratorij"], "microbiology": ["Oddelek za medicinsko mikrobiologijo"],
    "immunology": ["Laboratorij za imunologijo"], "urinalysis": ["Laboratorij za analizo urina"],
    "molecular": ["Laboratorij za molekularno diagnostiko"], "phlebotomy": ["Odvzemno mesto"],
    "other": ["Oddelek za laboratorijsko diagnostiko"]})

WORDS = {10: "odlično", 9: "prav dobro", 8: "prav dobro", 7: "dobro", 6: "zadostno"}
EXAMINERS = ["Novak M.", "Kovač J.", "Zupan A.", "Mlakar T.", "Kos B.", "Golob I.", "Turk S.", "Vidmar P.",
             "Bizjak N.", "Kralj D.", "Krajnc U.", "Božič R."]


def si_grade(s, salt, r):
    sc = r.score + k(s, salt) % 7 - 2
    return 10 if sc >= 82 else 9 if sc >= 75 else 8 if sc >= 68 else 7 if sc >= 60 else 6


def si_rows(s):
    """[(year, r, grade int or None, date, attempt, examiner)] sorted by year of study, then date."""
    rows = []
    for i, t in enumerate(s.terms):
        base = dt.date(t.start_year + 1, 1, 14) if t.key == "S1" else dt.date(t.start_year + 1, 6, 3)
        for j, r in enumerate(t.results):
            a = k(s, f"a{i}.{j}")
            pf = r.spec.code in PASSFAIL
            attempt = 1 if pf else (3 if a % 19 == 0 else 2 if a % 6 == 0 else 1)
            d = base + dt.timedelta(days=a % 21 + (attempt - 1) * 24)
            if r.spec.title == "Diplomsko delo":
                d = s.conferred - dt.timedelta(days=60 + k(s, "dd") % 40)
            g = None if pf else si_grade(s, f"g{i}.{j}", r)
            if attempt > 1 and g:
                g = min(g, 8)
            rows.append((t.year, r, g, d, attempt, EXAMINERS[k(s, "ex" + r.spec.code) % len(EXAMINERS)]))
    rows.sort(key=lambda x: (x[0], x[3]))
    return rows


def si_potrdilo(s, person, rng):
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 34, W - 34
    X = [L, L + 24, L + 66, L + 232, L + 260, L + 312, L + 384, L + 422, L + 446, R]
    fac = inst.extra["nf"] if cur.id == "si_bio" else inst.extra["zf"]
    nm = natural(person)
    fz = 6.9
    pages = []
    st = {"p": None, "y": 0}

    def header(p, y):
        p.hline(L, R, y - 9, 0.5)
        p.pieces(y, [(X[0] + 1, "Zap. št.", "left", SB, 5.8), (X[1] + 2, "Šifra", "left"), (X[2] + 2, "Predmet", "left"),
                     (X[3] + 2, "Letnik", "left"), (X[4] + 2, "Datum", "left"), (X[5] + 2, "Ocena", "left"),
                     (X[6] + 2, "Polaganje", "left", SB, 5.8), (X[7] + 2, "KT", "left"), (X[8] + 2, "Izvajalec", "left")],
                 SB, 6.6)
        p.hline(L, R, y + 4, 0.5)
        return y + 13

    def new_page(with_header=True):
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 40, inst.name, SB, 9.5)
        p.text(L, 52, fac, S, 8.5)
        p.text(L, 63, f"{inst.street}, {inst.extra['town']}", S, 7.5)
        if len(pages) == 1:
            p.text(W / 2, 100, "POTRDILO O OPRAVLJENIH IZPITIH", SB, 13, "center")
            y = 126
            for a in (f"Vpisna številka: {s.student_no}", f"Ime in priimek: {nm}",
                      f"Datum rojstva: {s.dob.day}. {s.dob.month}. {s.dob.year}",
                      f"Študijski program: {PROGRAM[cur.id]} (UN, 1. stopnja)"):
                p.text(L, y, a, S, 8.3)
                y += 11.5
            st["y"] = header(p, y + 16)
        else:
            st["y"] = header(p, 96) if with_header else 96

    new_page()
    out = []
    n = 0
    tot = 0
    grades = []
    wsum = wkt = 0
    for year, r, g, d, att, ex in si_rows(s):
        if st["y"] > H - 50:
            new_page()
        p, y = st["p"], st["y"]
        n += 1
        oc = "opravil/a" if g is None else f"{g} ({WORDS[g]})"
        title = r.spec.title
        p.pieces(y, [(X[1] - 4, f"{n}.", "right"), (X[1] + 2, r.spec.code, "left"),
                     (X[2] + 2, title, "left", S, fit_size(title, S, fz, X[3] - X[2] - 4, 5)),
                     (X[3] + 8, f"{year}.", "left"), (X[4] + 2, dmy(d), "left"), (X[5] + 2, oc, "left"),
                     (X[7] - 14, str(att), "right"), (X[8] - 6, str(int(r.spec.credits)), "right"),
                     (X[8] + 2, ex, "left")], S, fz)
        p.hline(L, R, y + 3.5, 0.2, 0.5)
        st["y"] = y + 11
        out.append(course_truth(r, f"{year}. letnik", r.spec.credits, oc, "ects", code=r.spec.code, row_no=n,
                                date=dmy(d), attempt=att, examiner=ex))
        tot += int(r.spec.credits)
        if g is not None:
            grades.append(g)
            wsum += g * r.spec.credits
            wkt += r.spec.credits
    avg = round(sum(grades) / len(grades) + 1e-9, 2)
    wavg = round(wsum / wkt + 1e-9, 2)
    if st["y"] + 170 > H - 30:
        new_page(False)
    p, y = st["p"], st["y"] + 12
    p.text(L, y, f"Skupno število KT: {tot}", SB, 8.3)
    p.text(L, y + 12, f"Povprečna ocena: {comma(avg)}", S, 8.3)
    p.text(L, y + 24, f"Povprečna ocena, utežena s KT: {comma(wavg)}", S, 8.3)
    p.text(L, y + 44, "Potrdilo se izdaja na prošnjo študenta za namen zaposlitve.", S, 8.3)
    issued = s.conferred + dt.timedelta(days=20 + k(s, "iss") % 300)
    p.text(L, y + 70, f"{inst.extra['town']}, {issued.day}. {issued.month}. {issued.year}", S, 8.3)
    ref = ["Barbara Oblak", "Mojca Štrukelj", "Tanja Rozman"][k(s, "ref") % 3]
    sign_block(p, rng, R - 100, y + 100, "Referentka za študijske zadeve", S, 8, 160, ref)
    ring_stamp(p, R - 230, y + 90, 32, f"{inst.name.upper()} * {fac.upper()} *")
    if len(pages) > 1:
        m = len(pages)
        for q, pg in enumerate(pages, 1):
            pg.text(R, H - 22, f"Stran {q} od {m}", S, 6.8, "right")
    return LayoutResult("transcript", "ai_si_potrdilo", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ai_si_potrdilo": (si_potrdilo, FAMILY, ("SI",))}
