"""Writer AE, round 15: Bosnia and Herzegovina (BA). Country pack (invented universities: a Faculty of
Health Studies' first-cycle programme "Laboratorijske tehnologije", three years, 180 ECTS; a Faculty
of Science's "Biologija"; the nursing programme "Zdravstvena njega") and the "UVJERENJE O POLOŽENIM
ISPITIMA": the head in Latin script and, on the line below each, in Cyrillic (text: the embedded
fonts cover Cyrillic), "Broj: 03-1234/19", "Datum: 12.03.2019", the sentence "Na osnovu službene
evidencije izdaje se UVJERENJE da je [name], kći [father], rođena [date] u [town], studentica
studijskog programa ..., položila sljedeće ispite:", ONE table for the whole study: R. br. | Naziv
predmeta | Sem. (I-VI) | Status (O / I) | P+V ("3+2") | ECTS | Ocjena ("8 (osam)") | Datum ispita
("25.01.2016.") | Ispitivač ("Prof. dr. ..."); clinical practice "Stručna praksa I/II/III" rows in
semesters IV-VI with ECTS and a mark. Below: "Završni rad" with its title and mark, "Prosječna
ocjena: 8,45", "Ukupno ostvarenih ECTS bodova: 180", the purpose clause, "Taksa u iznosu od 5 KM
plaćena", the dean's signature and a round stamp whose ring lettering (Latin / Cyrillic) is a
picture.

Truth: credit_system "ects" (2 ECTS = 1 SH). Every table row is a course row (grade "8 (osam)",
term "II semestar"); the Završni rad, printed under the table with its ECTS and mark, is a row too
(title "Završni rad: <title>"), so the rows add up to the printed 180. "Prosječna ocjena" is the
arithmetic mean of the table's grades (the Završni rad left out), two decimals, comma.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r15_ae_common import BA_WORDS, FAMILY, add_department_phrases, comma, course_truth, dmy, k, ring_stamp, sign_block

# "code | title | ECTS | cat [| areas] | status;P+V"
BA_LT = """
## 1 S1
LT101 | Anatomija i histologija | 6 | B | O;3+2
LT102 | Opća i neorganska hemija | 6 | C | O;3+2
LT103 | Biologija ćelije | 5 | B | O;2+2
LT104 | Medicinska fizika i biofizika | 4 | O | O;2+1
LT105 | Matematika sa statistikom | 4 | M | O;2+2
LT106 | Engleski jezik I | 3 | O | O;2+0
LT107 | Uvod u laboratorijske tehnologije | 2 | ?P | I;1+1
## 1 S2
LT201 | Fiziologija | 6 | B | O;3+2
LT202 | Organska hemija | 5 | C | O;2+2
LT203 | Biohemija | 6 | C | O;3+2
LT204 | Opća mikrobiologija | 5 | B | O;2+2
LT205 | Analitička hemija | 5 | C | O;2+2
LT206 | Engleski jezik II | 3 | O | O;2+0
## 2 S1
LT301 | Klinička biohemija I | 6 | ?P | O;3+2
LT302 | Hematologija I | 6 | P | O;3+2
LT303 | Medicinska mikrobiologija I | 6 | P | O;2+3
LT304 | Imunologija | 5 | ?B | O;2+2
LT305 | Patologija | 4 | P | O;2+1
LT306 | Informatika u zdravstvu | 3 | O | I;1+2
## 2 S2
LT401 | Klinička biohemija II | 6 | ?P | O;3+2
LT402 | Hematologija II i hemostaza | 6 | P | O;3+2
LT403 | Medicinska mikrobiologija II | 5 | P | O;2+3
LT404 | Parazitologija i mikologija | 4 | P | O;2+2
LT405 | Stručna praksa I | 6 | P | chemistry,hematology | O;0+6
LT406 | Javno zdravstvo | 3 | O | I;2+0
## 3 S1
LT501 | Transfuziologija i imunohematologija | 6 | P | O;3+2
LT502 | Citologija i histološke tehnike | 5 | P | O;2+3
LT503 | Molekularna dijagnostika | 5 | P | O;2+2
LT504 | Toksikologija | 4 | ?P | I;2+1
LT505 | Stručna praksa II | 7 | P | microbiology,blood_bank | O;0+7
LT506 | Zdravstvena legislativa i etika | 3 | O | O;2+0
## 3 S2
LT601 | Upravljanje kvalitetom u laboratoriji | 5 | P | O;2+2
LT602 | Urinarna i analiza tjelesnih tečnosti | 4 | P | O;2+2
LT603 | Stručna praksa III | 10 | P | chemistry,hematology,microbiology,urinalysis | O;0+10
LT604 | Metodologija naučnoistraživačkog rada | 3 | O | O;2+1
LT699 | Završni rad | 8 | O | O;0+0
"""

BA_BIO = """
## 1 S1
BI101 | Opća biologija | 7 | B | O;3+3
BI102 | Opća hemija | 7 | C | O;3+3
BI103 | Matematika | 6 | M | O;3+2
BI104 | Fizika | 6 | O | O;3+2
BI105 | Engleski jezik I | 4 | O | O;2+1
## 1 S2
BI201 | Botanika | 7 | B | O;3+3
BI202 | Zoologija beskičmenjaka | 7 | B | O;3+3
BI203 | Organska hemija | 6 | C | O;3+2
BI204 | Biostatistika | 6 | M | O;2+2
BI205 | Engleski jezik II | 4 | O | O;2+1
## 2 S1
BI301 | Biohemija | 8 | C | O;3+3
BI302 | Genetika | 8 | B | O;3+3
BI303 | Mikrobiologija | 8 | B | O;3+3
BI304 | Ekologija | 6 | ?B | I;2+2
## 2 S2
BI401 | Zoologija kičmenjaka | 8 | B | O;3+3
BI402 | Fiziologija biljaka | 8 | B | O;3+3
BI403 | Fiziologija životinja | 8 | B | O;3+3
BI404 | Terenska nastava | 6 | O | O;0+4
## 3 S1
BI501 | Molekularna biologija | 8 | B | O;3+3
BI502 | Imunologija | 7 | ?B | O;3+2
BI503 | Evolucija | 7 | B | O;3+2
BI504 | Metodika nastave biologije | 8 | O | I;2+3
## 3 S2
BI601 | Humana genetika | 8 | B | O;3+2
BI602 | Biologija ćelije | 8 | B | O;3+2
BI603 | Bioinformatika | 6 | O | I;2+2
BI699 | Završni rad | 8 | O | O;0+0
"""

BA_ZNJ = """
## 1 S1
ZN101 | Anatomija | 6 | B | O;3+2
ZN102 | Osnovi zdravstvene njege | 8 | O | O;3+4
ZN103 | Psihologija | 4 | O | O;2+1
ZN104 | Klinička praksa I | 12 | O | O;0+12
## 1 S2
ZN201 | Fiziologija | 6 | B | O;3+2
ZN202 | Mikrobiologija sa parazitologijom | 5 | ?B | O;2+2
ZN203 | Farmakologija | 5 | O | O;2+2
ZN204 | Klinička praksa II | 14 | O | O;0+14
## 2 S1
ZN301 | Interna medicina sa njegom | 10 | O | O;3+4
ZN302 | Hirurgija sa njegom | 10 | O | O;3+4
ZN303 | Klinička praksa III | 10 | O | O;0+10
## 2 S2
ZN401 | Pedijatrija sa njegom | 10 | O | O;3+4
ZN402 | Ginekologija i akušerstvo sa njegom | 10 | O | O;3+4
ZN403 | Klinička praksa IV | 10 | O | O;0+10
## 3 S1
ZN501 | Zdravstvena njega u zajednici | 10 | O | O;3+4
ZN502 | Psihijatrija sa njegom | 8 | O | O;3+3
ZN503 | Klinička praksa V | 12 | O | O;0+12
## 3 S2
ZN601 | Menadžment u zdravstvenoj njezi | 8 | O | O;3+2
ZN602 | Klinička praksa VI | 14 | O | O;0+14
ZN699 | Završni rad | 8 | O | O;0+0
"""


def parse_ba(text):
    lines, tags = [], {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("##"):
            lines.append(line)
            continue
        parts = [p.strip() for p in line.split("|")]
        tags[parts[0]] = parts[-1]
        lines.append(" | ".join(parts[:-1]))
    return C._parse("\n".join(lines)), tags


_T1, G1 = parse_ba(BA_LT)
_T2, G2 = parse_ba(BA_BIO)
_T3, G3 = parse_ba(BA_ZNJ)
TAGS = {**G1, **G2, **G3}
PROGRAM = {"ba_lt": ("Laboratorijske tehnologije", "fzs"), "ba_bio": ("Biologija", "pmf"),
           "ba_znj": ("Zdravstvena njega", "fzs")}
THESIS = {"ba_lt": ["Određivanje glikoziliranog hemoglobina HbA1c kod pacijenata sa dijabetesom tip 2",
                    "Učestalost izolata MRSA u brisevima rana",
                    "Referentne vrijednosti kompletne krvne slike kod školske djece"],
          "ba_bio": ["Diverzitet vodenih makrobeskičmenjaka rijeke Vrbas", "Genetički polimorfizam ABO sistema"],
          "ba_znj": ["Uloga medicinske sestre u prevenciji dekubitusa", "Edukacija pacijenata sa hipertenzijom"]}
EXAMINERS = ["Prof. dr. Amra Hodžić", "Doc. dr. Emir Begović", "Prof. dr. Senada Kurtović", "Doc. dr. Jasmin Mulić",
             "Prof. dr. Nermin Delić", "Doc. dr. Lejla Hadžiomerović", "Prof. dr. Dragan Marković",
             "Doc. dr. Sanela Bešlija", "Prof. dr. Zlatan Softić"]
# (nominative, locative) and fathers' names in the genitive ("kći Mehmeda", "rođena ... u Konjicu")
TOWNS = [("Jajce", "Jajcu"), ("Travnik", "Travniku"), ("Bugojno", "Bugojnu"), ("Zenica", "Zenici"),
         ("Donji Vakuf", "Donjem Vakufu"), ("Konjic", "Konjicu"), ("Mostar", "Mostaru"), ("Tuzla", "Tuzli"),
         ("Sarajevo", "Sarajevu"), ("Kakanj", "Kaknju")]
FATHERS = ["Mehmeda", "Senada", "Edina", "Zlatka", "Nedima", "Huseina", "Mirsada", "Dragana", "Ivice", "Adnana"]

LAT2CYR = [("Dž", "Џ"), ("DŽ", "Џ"), ("dž", "џ"), ("Lj", "Љ"), ("LJ", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("NJ", "Њ"),
           ("nj", "њ")]
SINGLE = dict(zip("abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ",
                  "абцчћдђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ"))


def cyr(s):
    for a, b in LAT2CYR:
        s = s.replace(a, b)
    return "".join(SINGLE.get(c, c) for c in s)


ROMAN = ["I", "II", "III", "IV", "V", "VI"]

BA_INST = [
    Institution("Univerzitet Vrbas u Jajcu", "Jajce", "Srednjobosanski kanton", "BA", "Hmeljine bb",
                ("ba_lt", "ba_bio", "ba_znj"), "university",
                extra={"fzs": "Fakultet zdravstvenih studija", "pmf": "Prirodno-matematički fakultet",
                       "dean": "Prof. dr. Amela Šehić", "rector": "Prof. dr. Kemal Ibrišević"}),
    Institution("Univerzitet Neretva u Konjicu", "Konjic", "Hercegovačko-neretvanski kanton", "BA",
                "Trg državnosti 2", ("ba_lt", "ba_bio", "ba_znj"), "university",
                extra={"fzs": "Fakultet zdravstvenih studija", "pmf": "Prirodno-matematički fakultet",
                       "dean": "Prof. dr. Haris Ćatović", "rector": "Prof. dr. Vesna Lovrić"}),
]


def _cur(cid, title, field, terms, clin=False):
    return C.Curriculum(cid, "BA", title, "bachelor", 3, field, "ects", terms, 10, 7, clinical_training=clin)


PACK = K.CountryPack(
    code="BA", name="Bosnia and Herzegovina",
    given={"F": ["Amila", "Lejla", "Ajla", "Merima", "Emina", "Selma", "Dženana", "Ivana", "Jelena", "Nejra"],
           "M": ["Amar", "Haris", "Emir", "Tarik", "Kenan", "Adnan", "Mirza", "Damir", "Nikola", "Eldin"]},
    surnames=["Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Mujić", "Omerović", "Ćosić", "Salihović",
              "Husić", "Softić", "Marić", "Jurić", "Babić"],
    middle={"F": [], "M": []},
    institutions=BA_INST,
    employers=[
        Employer("JZU Kantonalna bolnica Travnik", "Travnik", "Srednjobosanski kanton", "BA", "Kalibunar bb",
                 "+387 30 518 300", "kadrovska@kb-travnik.example"),
        Employer("JZU Dom zdravlja Jajce", "Jajce", "Srednjobosanski kanton", "BA", "Titova 21",
                 "+387 30 654 120", "dz.jajce@zdravlje-sbk.example"),
        Employer("JZU Regionalni medicinski centar Neretva", "Mostar", "Hercegovačko-neretvanski kanton", "BA",
                 "Maršala Tita 294", "+387 36 503 100", "pravna@rmc-neretva.example"),
        Employer("Poliklinika Medilab Bosna d.o.o.", "Zenica", "Zeničko-dobojski kanton", "BA", "Masarykova 40",
                 "+387 32 444 505", "posao@medilab-bosna.example", "lab"),
    ],
    signers=["Mirsada Kadrić, dipl. iur.", "Enes Hasanović, dipl. ecc.", "Dr. med. Alma Zulfić"],
    curricula=[_cur("ba_lt", "Bakalaureat/Bachelor laboratorijskih tehnologija", "medical_laboratory_science", _T1,
                    True),
               _cur("ba_bio", "Bakalaureat/Bachelor biologije", "biology", _T2),
               _cur("ba_znj", "Bakalaureat/Bachelor zdravstvene njege", "nursing", _T3)],
    mls_curriculum="ba_lt", science_curricula=["ba_bio"], nonqualifying_curricula=["ba_znj"],
    positions_mls=["Bachelor laboratorijskih tehnologija", "Laboratorijski tehnolog"],
    positions_science=["Laborant", "Stručni saradnik u laboratoriji"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(100, 999)}/{sy % 100:02d}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BA", {
    "blood_bank": ["transfuzija"], "chemistry": ["biohemija"], "hematology": ["hematologija"],
    "microbiology": ["mikrobiologija"], "immunology": ["imunologija"], "urinalysis": ["analiza urina"],
    "molecular": ["molekularna dijagnostika"], "phlebotomy": ["uzimanje uzoraka"], "other": ["citologija"]})


def ocjena(s, salt, r):
    sc = r.score + (k(s, salt) % 7) - 3
    return 10 if sc >= 85 else 9 if sc >= 77 else 8 if sc >= 68 else 7 if sc >= 58 else 6


def father(s):
    return FATHERS[k(s, "father") % len(FATHERS)]


def town(s):
    return TOWNS[k(s, "town") % len(TOWNS)][1]


def issue_no(s):
    return f"03-{1000 + k(s, 'broj') % 8000}/{(s.conferred.year + 0) % 100:02d}"


def issue_date(s):
    return s.conferred + dt.timedelta(days=20 + k(s, "idate") % 40)


def ba_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, T, TB = "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"
    W, H = A4
    L, R = 40, W - 40
    X = [L, L + 22, L + 206, L + 230, L + 256, L + 282, L + 306, L + 360, L + 408, R]
    prog, fk = PROGRAM[cur.id]
    fem = person.sex == "F"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    pages = []
    st = {"p": None, "y": 0}
    fz = 6.9

    def colhead(p, y):
        p.rect(L, y - 9, R - L, 22, 0.5, 0.0, fill=0.9)
        p.pieces(y, [(X[0] + 2, "R.", "left"), (X[1] + 2, "Naziv predmeta", "left"), (X[2] + 2, "Sem.", "left"),
                     (X[3] + 2, "Status", "left"), (X[4] + 4, "P+V", "left"), (X[5] + 3, "ECTS", "left"),
                     (X[6] + 3, "Ocjena", "left"), (X[7] + 3, "Datum", "left"), (X[8] + 3, "Ispitivač", "left")],
                 SB, fz)
        p.pieces(y + 9, [(X[0] + 2, "br.", "left"), (X[7] + 3, "ispita", "left")], SB, fz)
        return y + 19

    def new_page(head=True):
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        if len(pages) > 1:
            p.text(L, 40, f"{nm} - Uvjerenje o položenim ispitima, broj {issue_no(s)} (nastavak)", T, 8)
            st["y"] = colhead(p, 60) if head else 60

    new_page()
    p = st["p"]
    y = 46
    for lat, size in (("Bosna i Hercegovina", 10), (inst.name, 12), (inst.extra[fk], 11)):
        p.text(W / 2, y, lat, TB, size, "center")
        p.text(W / 2, y + size + 1, cyr(lat), T, size - 1.5, "center")
        y += 2 * size + 6
    p.logo(L + 24, 62, 20, 0, 0.35)
    y += 6
    p.text(L, y, f"Broj: {issue_no(s)}", T, 10)
    p.text(L, y + 14, f"Datum: {dmy(issue_date(s))}", T, 10)
    p.text(W / 2, y + 48, "UVJERENJE O POLOŽENIM ISPITIMA", TB, 14, "center")
    txt = (f"Na osnovu službene evidencije izdaje se UVJERENJE da je {nm}, {'kći' if fem else 'sin'} {father(s)}, "
           f"{'rođena' if fem else 'rođen'} {dmy(s.dob)}. godine u {town(s)}, {'studentica' if fem else 'student'} "
           f"studijskog programa {prog}, broj indeksa {s.student_no}, {'položila' if fem else 'položio'} "
           f"sljedeće ispite:")
    y = p.paragraph(L, y + 72, txt, T, 10, R - L, 13.5) + 12
    st["y"] = colhead(p, y)
    out = []
    grades = []
    thesis = None
    n = 0
    for i, t in enumerate(s.terms):
        sem = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
        base = dt.date(t.start_year + 1, 1, 20) if t.key == "S1" else dt.date(t.start_year + 1, 6, 10)
        for j, r in enumerate(t.results):
            status, pv = TAGS[r.spec.code].split(";")
            g = ocjena(s, f"o{i}.{j}", r)
            gs = f"{g} ({BA_WORDS[g]})"
            if r.spec.title == "Završni rad":
                thesis = (r, g, gs, sem)
                continue
            d = base + dt.timedelta(days=k(s, f"d{i}.{j}") % 30)
            ex = EXAMINERS[k(s, f"ex{r.spec.code}") % len(EXAMINERS)] if "praksa" not in r.spec.title.lower() else \
                "Mr. sc. Adisa Karahmet, v. asistent"
            if st["y"] + 12 > H - 50:
                new_page()
            p, y = st["p"], st["y"]
            n += 1
            title = r.spec.title
            p.pieces(y, [(X[1] - 3, f"{n}.", "right"), (X[1] + 2, title, "left", S, fit_size(title, S, fz, X[2] - X[1] - 4, 5)),
                         (X[2] + 11, ROMAN[sem - 1], "center"), (X[3] + 13, status, "center"),
                         (X[4] + 13, pv, "center"), (X[5] + 12, str(int(r.spec.credits)), "center"),
                         (X[6] + 3, gs, "left"), (X[7] + 3, f"{dmy(d)}.", "left"),
                         (X[8] + 3, ex, "left", S, fit_size(ex, S, fz, R - X[8] - 4, 5))], S, fz)
            p.hline(L, R, y + 3.5, 0.2, 0.4)
            st["y"] = y + 11.5
            grades.append(g)
            out.append(course_truth(r, f"{ROMAN[sem - 1]} semestar", r.spec.credits, gs, "ects", code=None,
                                    status=status, hours=pv, exam_date=f"{dmy(d)}.", examiner=ex))
    if st["y"] + 200 > H - 30:
        new_page(False)
    p, y = st["p"], st["y"] + 14
    r, g, gs, sem = thesis
    tt = THESIS[cur.id][k(s, "tema") % len(THESIS[cur.id])]
    y = p.paragraph(L, y, f"Završni rad: \"{tt}\", ocjena {gs}, {int(r.spec.credits)} ECTS, odbranjen "
                          f"{dmy(s.conferred)}. godine.", T, 9.5, R - L, 13)
    out.append(course_truth(r, f"{ROMAN[sem - 1]} semestar", r.spec.credits, gs, "ects", code=None,
                            title=f"Završni rad: {tt}"))
    avg = round(sum(grades) / len(grades) + 1e-9, 2)
    tot = sum(c["credits"] for c in out)
    p.text(L, y + 6, f"Prosječna ocjena: {comma(avg)}", TB, 10)
    p.text(L, y + 20, f"Ukupno ostvarenih ECTS bodova: {int(tot)}", TB, 10)
    y = p.paragraph(L, y + 40, "Uvjerenje se izdaje na lični zahtjev radi regulisanja radnog odnosa i u druge svrhe "
                               "se ne može koristiti.", T, 9.5, R - L, 13)
    p.text(L, y + 4, "Taksa u iznosu od 5 KM plaćena.", T, 9.5)
    sign_block(p, rng, R - 110, y + 60, "DEKAN", T, 9, 160, inst.extra["dean"])
    ring_stamp(p, R - 250, y + 46, 32, f"{inst.name.upper()} * {cyr(inst.name).upper()} *", "Jajce" if "Jajcu" in
               inst.name else "Konjic")
    return LayoutResult("transcript", "ae_ba_uvjerenje", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ae_ba_uvjerenje": (ba_transcript, FAMILY, ("BA",))}
