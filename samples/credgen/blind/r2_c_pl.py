"""Writer C, round 2: Poland. Country pack (3-year licencjat in medical laboratory science
"analityka medyczna" style, licencjat in biology, licencjat in nursing; ECTS, 30 a semester)
and the Polish "Suplement do dyplomu / Diploma Supplement" section 4.3 table: Lp. | Polish
title over English title | ECTS | hours | grade in words and number, per winter/summer
semester, semester and programme ECTS totals, the 4.4 grading scale and 4.5 final result."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r2_c_common import FAMILY, add_department_phrases, course_truth, parse_table

LOCAL, HOURS = {}, {}

PL_AM = """
## 1 S1
AM1-01 | Anatomia | Anatomy | 5 | B | 60
AM1-02 | Chemia ogólna i nieorganiczna | General and inorganic chemistry | 7 | C | 75
AM1-03 | Biologia z genetyką | Biology and genetics | 6 | B | 60
AM1-04 | Biofizyka | Biophysics | 4 | O | 45
AM1-05 | Matematyka | Mathematics | 4 | M | 45
AM1-06 | Język angielski | English language | 2 | O | 30
AM1-07 | Technologie informacyjne | Information technology | 2 | O | 30
AM1-08 | Wychowanie fizyczne | Physical education | 0 | O | 30
AM1-09 | Szkolenie BHP | Occupational health and safety training | 0 | O | 4
## 1 S2
AM2-01 | Fizjologia | Physiology | 5 | B | 60
AM2-02 | Chemia organiczna | Organic chemistry | 7 | C | 75
AM2-03 | Chemia analityczna | Analytical chemistry | 6 | C | 75
AM2-04 | Statystyka | Statistics | 3 | M | 30
AM2-05 | Histologia z cytologią | Histology and cytology | 4 | B | 45
AM2-06 | Język angielski | English language | 2 | O | 30
AM2-07 | Psychologia | Psychology | 2 | O | 30
AM2-08 | Ochrona własności intelektualnej | Intellectual property protection | 1 | O | 15
AM2-09 | Wychowanie fizyczne | Physical education | 0 | O | 30
## 2 S1
AM3-01 | Biochemia | Biochemistry | 7 | C | 75
AM3-02 | Mikrobiologia | Microbiology | 6 | B | 60
AM3-03 | Patofizjologia | Pathophysiology | 4 | B | 45
AM3-04 | Immunologia | Immunology | 4 | B | 45
AM3-05 | Podstawy analityki medycznej | Fundamentals of laboratory medicine | 5 | ?P | 60
AM3-06 | Język angielski | English language | 2 | O | 30
AM3-07 | Zdrowie publiczne | Public health | 2 | O | 30
## 2 S2
AM4-01 | Chemia kliniczna | Clinical chemistry | 7 | P | 90
AM4-02 | Hematologia laboratoryjna | Laboratory haematology | 6 | P | 75
AM4-03 | Mikrobiologia kliniczna | Clinical microbiology | 6 | P | 75
AM4-04 | Parazytologia | Parasitology | 3 | P | 30
AM4-05 | Analityka ogólna i badanie płynów ustrojowych | Urinalysis and body fluids analysis | 4 | P | 45
AM4-06 | Język angielski | English language | 2 | O | 30
AM4-07 | Etyka zawodowa | Professional ethics | 2 | O | 30
## 3 S1
AM5-01 | Serologia grup krwi i transfuzjologia | Blood group serology and transfusion medicine | 6 | P | 75
AM5-02 | Diagnostyka molekularna | Molecular diagnostics | 4 | ?P | 45
AM5-03 | Toksykologia | Toxicology | 4 | ?C | 45
AM5-04 | Cytologia kliniczna | Clinical cytology | 3 | ?P | 30
AM5-05 | Organizacja i zarządzanie laboratorium | Laboratory organisation and management | 3 | P | 30
AM5-06 | Praktyka zawodowa – chemia kliniczna i hematologia | Professional placement – clinical chemistry and haematology | 6 | P | 160 | chemistry,hematology
AM5-07 | Seminarium dyplomowe | Diploma seminar | 4 | O | 30
## 3 S2
AM6-01 | Praktyka zawodowa – mikrobiologia i serologia transfuzjologiczna | Professional placement – microbiology and transfusion serology | 8 | P | 200 | microbiology,blood_bank
AM6-02 | Diagnostyka laboratoryjna | Laboratory diagnostics | 5 | P | 60
AM6-03 | Kontrola jakości w laboratorium medycznym | Quality control in the medical laboratory | 3 | P | 30
AM6-04 | Seminarium dyplomowe | Diploma seminar | 4 | O | 30
AM6-05 | Praca dyplomowa i przygotowanie do egzaminu dyplomowego | Bachelor thesis and preparation for the diploma examination | 10 | O | 30
"""

PL_BIO = """
## 1 S1
BI1-01 | Zoologia bezkręgowców | Invertebrate zoology | 6 | B | 60
BI1-02 | Chemia ogólna | General chemistry | 7 | C | 75
BI1-03 | Matematyka z elementami statystyki | Mathematics with elements of statistics | 5 | M | 60
BI1-04 | Botanika | Botany | 6 | B | 60
BI1-05 | Fizyka | Physics | 4 | O | 45
BI1-06 | Język angielski | English language | 2 | O | 30
BI1-07 | Wychowanie fizyczne | Physical education | 0 | O | 30
## 1 S2
BI2-01 | Zoologia kręgowców | Vertebrate zoology | 6 | B | 60
BI2-02 | Chemia organiczna | Organic chemistry | 7 | C | 75
BI2-03 | Biologia komórki | Cell biology | 6 | B | 60
BI2-04 | Ekologia | Ecology | 5 | ?B | 45
BI2-05 | Biostatystyka | Biostatistics | 4 | M | 45
BI2-06 | Język angielski | English language | 2 | O | 30
## 2 S1
BI3-01 | Biochemia | Biochemistry | 7 | C | 75
BI3-02 | Mikrobiologia | Microbiology | 6 | B | 60
BI3-03 | Genetyka | Genetics | 6 | B | 60
BI3-04 | Fizjologia roślin | Plant physiology | 5 | B | 45
BI3-05 | Histologia | Histology | 4 | B | 45
BI3-06 | Język angielski | English language | 2 | O | 30
## 2 S2
BI4-01 | Fizjologia zwierząt | Animal physiology | 6 | B | 60
BI4-02 | Biologia molekularna | Molecular biology | 6 | B | 60
BI4-03 | Immunologia | Immunology | 4 | B | 30
BI4-04 | Chemia analityczna | Analytical chemistry | 6 | C | 60
BI4-05 | Ewolucjonizm | Evolutionary biology | 4 | ?B | 30
BI4-06 | Filozofia przyrody | Philosophy of nature | 2 | O | 30
BI4-07 | Język angielski | English language | 2 | O | 30
## 3 S1
BI5-01 | Parazytologia | Parasitology | 5 | ?B | 45
BI5-02 | Antropologia | Anthropology | 4 | ?B | 30
BI5-03 | Ochrona przyrody | Nature conservation | 4 | O | 30
BI5-04 | Pracownia specjalizacyjna | Specialisation laboratory | 7 | ?B | 90
BI5-05 | Seminarium licencjackie | Bachelor seminar | 4 | O | 30
BI5-06 | Praktyka zawodowa | Professional placement | 6 | O | 160
## 3 S2
BI6-01 | Biotechnologia | Biotechnology | 5 | B | 45
BI6-02 | Bioinformatyka | Bioinformatics | 4 | ?B | 30
BI6-03 | Hydrobiologia | Hydrobiology | 5 | ?B | 45
BI6-04 | Seminarium licencjackie | Bachelor seminar | 4 | O | 30
BI6-05 | Praca dyplomowa i przygotowanie do egzaminu dyplomowego | Bachelor thesis and preparation for the diploma examination | 12 | O | 30
"""

PL_NURS = """
## 1 S1
PI1-01 | Anatomia | Anatomy | 4 | B | 60
PI1-02 | Fizjologia | Physiology | 3 | B | 45
PI1-03 | Biochemia i biofizyka | Biochemistry and biophysics | 3 | C | 45
PI1-04 | Podstawy pielęgniarstwa | Fundamentals of nursing | 10 | O | 150
PI1-05 | Psychologia | Psychology | 3 | O | 45
PI1-06 | Socjologia | Sociology | 2 | O | 30
PI1-07 | Zajęcia praktyczne | Clinical practice | 5 | ?O | 120
## 1 S2
PI2-01 | Mikrobiologia i parazytologia | Microbiology and parasitology | 3 | ?B | 45
PI2-02 | Farmakologia | Pharmacology | 3 | O | 45
PI2-03 | Promocja zdrowia | Health promotion | 3 | O | 45
PI2-04 | Podstawowa opieka zdrowotna | Primary health care | 6 | O | 90
PI2-05 | Praktyka zawodowa | Professional placement | 13 | ?O | 320
PI2-06 | Język angielski | English language | 2 | O | 30
## 2 S1
PI3-01 | Choroby wewnętrzne i pielęgniarstwo internistyczne | Internal medicine and medical nursing | 8 | O | 120
PI3-02 | Pediatria i pielęgniarstwo pediatryczne | Paediatrics and paediatric nursing | 8 | O | 120
PI3-03 | Praktyka zawodowa | Professional placement | 14 | ?O | 320
## 2 S2
PI4-01 | Chirurgia i pielęgniarstwo chirurgiczne | Surgery and surgical nursing | 8 | O | 120
PI4-02 | Położnictwo, ginekologia i pielęgniarstwo położniczo-ginekologiczne | Obstetrics, gynaecology and obstetric nursing | 8 | O | 120
PI4-03 | Praktyka zawodowa | Professional placement | 14 | ?O | 320
## 3 S1
PI5-01 | Psychiatria i pielęgniarstwo psychiatryczne | Psychiatry and psychiatric nursing | 7 | O | 105
PI5-02 | Anestezjologia i pielęgniarstwo w zagrożeniu życia | Anaesthesiology and critical care nursing | 7 | O | 105
PI5-03 | Praktyka zawodowa | Professional placement | 12 | ?O | 280
PI5-04 | Seminarium dyplomowe | Diploma seminar | 4 | O | 30
## 3 S2
PI6-01 | Geriatria i pielęgniarstwo geriatryczne | Geriatrics and geriatric nursing | 6 | O | 90
PI6-02 | Opieka paliatywna | Palliative care | 5 | O | 75
PI6-03 | Praktyka zawodowa | Professional placement | 9 | ?O | 200
PI6-04 | Praca dyplomowa i egzamin dyplomowy | Bachelor thesis and diploma examination | 10 | O | 30
"""

PL_FIELD = {"pl_lic_am": ("analityka medyczna", "Medical Laboratory Science (analityka medyczna)"),
            "pl_lic_bio": ("biologia", "Biology (biologia)"),
            "pl_lic_nurs": ("pielęgniarstwo", "Nursing (pielęgniarstwo)")}


def _cur(cid, title, field, table, clinical=False):
    return C.Curriculum(cid, "PL", title, "bachelor", 3, field, "ects",
                        parse_table(table, LOCAL, HOURS), 10, 6, clinical_training=clinical)


PACK = K.CountryPack(
    code="PL", name="Poland",
    given={"F": ["Zofia", "Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Weronika",
                 "Paulina", "Justyna"],
           "M": ["Łukasz", "Paweł", "Michał", "Krzysztof", "Tomasz", "Jakub", "Wojciech",
                 "Bartłomiej", "Grzegorz"]},
    surnames=["Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając",
              "Król", "Wieczorek", "Wróbel", "Dudek", "Pawlak", "Sikora", "Stępień", "Gołąb",
              "Kołodziej", "Żak", "Ślusarczyk", "Kozieł"],
    middle={"F": ["Anna", "Maria", "Ewa", "Barbara", "Teresa", "", ""],
            "M": ["Jan", "Piotr", "Andrzej", "Józef", "Stanisław", "", ""]},
    institutions=[
        Institution("Uniwersytet Medyczny Pomorza Środkowego", "Koszalin", "zachodniopomorskie", "PL",
                    "ul. Lniana 14, 75-900 Koszalin", ("pl_lic_am", "pl_lic_nurs"),
                    extra={"en": "Central Pomeranian Medical University"}),
        Institution("Akademia Nauk o Zdrowiu Doliny Sanu", "Sanok", "podkarpackie", "PL",
                    "ul. Zielona Dolina 3, 38-500 Sanok", ("pl_lic_am", "pl_lic_bio", "pl_lic_nurs"),
                    extra={"en": "San Valley Academy of Health Sciences"}),
        Institution("Uniwersytet Nadodrzański", "Opole", "opolskie", "PL",
                    "pl. Kopernika 9, 45-900 Opole", ("pl_lic_am", "pl_lic_bio"),
                    extra={"en": "Upper Oder University"}),
    ],
    employers=[
        Employer("Szpital Specjalistyczny Nadodrze Sp. z o.o.", "Wrocław", "dolnośląskie", "PL",
                 "ul. Rybacka 41, 53-900 Wrocław", "+48 71 000 01 42", "kadry@nadodrze-szpital.example"),
        Employer("Wojewódzki Szpital Zespolony Pogórze", "Rzeszów", "podkarpackie", "PL",
                 "ul. Lwowska 160, 35-900 Rzeszów", "+48 17 000 01 78", "sekretariat@wsz-pogorze.example"),
        Employer("Centrum Medyczne Wisłoka", "Jasło", "podkarpackie", "PL",
                 "ul. Szpitalna 7, 38-200 Jasło", "+48 13 000 01 93", "hr@cm-wisloka.example"),
        Employer("Laboratorium Diagnostyczne Bursztyn Sp. z o.o.", "Gdańsk", "pomorskie", "PL",
                 "ul. Grunwaldzka 402, 80-900 Gdańsk", "+48 58 000 01 21", "biuro@lab-bursztyn.example", "lab"),
    ],
    signers=["dr hab. Ewa Stachowiak", "mgr Anna Kubiak", "dr n. med. Piotr Górecki",
             "mgr Marek Sowa", "dr Halina Leśniak"],
    curricula=[
        _cur("pl_lic_am", "Licencjat in Medical Laboratory Science", "medical_laboratory_science",
             PL_AM, clinical=True),
        _cur("pl_lic_bio", "Licencjat in Biology", "biology", PL_BIO),
        _cur("pl_lic_nurs", "Licencjat in Nursing", "nursing", PL_NURS),
    ],
    mls_curriculum="pl_lic_am", science_curricula=["pl_lic_bio"],
    nonqualifying_curricula=["pl_lic_nurs"],
    positions_mls=["Medical Laboratory Technician", "Laboratory Diagnostician"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10000, 99999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("PL", {
    "blood_bank": ["Transfusion Serology", "Blood Bank"], "chemistry": ["Clinical Chemistry"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology"], "immunology": ["Immunology"],
    "urinalysis": ["General Laboratory Analysis (urinalysis)"], "molecular": ["Molecular Diagnostics"],
    "phlebotomy": ["Specimen Collection"], "other": ["Cytology"]})

TOWNS = ["Krosno", "Przemyśl", "Słupsk", "Nysa", "Brzeg", "Lesko", "Kołobrzeg", "Ustrzyki Dolne",
         "Kędzierzyn-Koźle", "Bytów"]
SCALE = [(85, "5.0", "bardzo dobry", "very good"), (78, "4.5", "dobry plus", "good plus"),
         (70, "4.0", "dobry", "good"), (62, "3.5", "dostateczny plus", "satisfactory plus"),
         (0, "3.0", "dostateczny", "satisfactory")]


def birthplace(s):
    return TOWNS[int(s.student_no) % len(TOWNS)]


def pl_grade(r):
    """(number or None, Polish printed grade)."""
    if r.spec.credits == 0:
        return None, "zal."
    for lo, n, pl, _ in SCALE:
        if r.score >= lo:
            return n, f"{pl} ({n})"


def final_result(avg):
    for lo, word in ((4.51, "bardzo dobry"), (4.21, "dobry plus"), (3.71, "dobry"),
                     (3.21, "dostateczny plus"), (0, "dostateczny")):
        if avg >= lo:
            return word


def pl_supplement(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 46, A4[0] - 46
    dipl_no = f"{int(s.student_no) % 900 + 100}/{s.conferred.year}"
    cols = [(L + 4, "left", 20), (L + 28, "left", 300), (L + 352, "center", 30),
            (L + 398, "center", 40), (R - 4, "right", 104)]
    given = " ".join(x for x in (person.given, person.middle) if x)
    printed = f"{person.surname.upper()}, {given}"

    def new_page(n):
        p = Page(A4)
        p.text(p.w / 2, 40, "SUPLEMENT DO DYPLOMU / DIPLOMA SUPPLEMENT", FB, 11.5, "center")
        p.pieces(54, [(L, inst.name, "left"), (R, f"Nr dyplomu / Diploma No.: {dipl_no}", "right")], F, 8.5)
        p.hline(L, R, 60, 0.6)
        y = 78
        if n == 1:
            sec = [("1. INFORMACJE O POSIADACZU DYPLOMU / INFORMATION IDENTIFYING THE HOLDER OF THE QUALIFICATION", None),
                   ("1.1 Nazwisko / Family name(s):", person.surname.upper()),
                   ("1.2 Imię (imiona) / Given name(s):", given),
                   ("1.3 Data urodzenia / Date of birth (dd.mm.rrrr):", D.dmy_dot(s.dob)),
                   ("1.4 Numer albumu / Student identification number:", s.student_no),
                   ("2. INFORMACJE O KWALIFIKACJI / INFORMATION IDENTIFYING THE QUALIFICATION", None),
                   ("2.1 Tytuł zawodowy / Name of qualification:", "licencjat (Bachelor)"),
                   ("2.2 Kierunek studiów / Main field of study:", PL_FIELD[cur.id][1]),
                   ("3.1 Poziom kwalifikacji / Level of qualification:", "studia pierwszego stopnia / first-cycle studies (EQF 6)"),
                   ("3.2 Czas trwania / Official length of programme:", "3 lata (6 semestrów) / 3 years (6 semesters), 180 ECTS"),
                   ("4. INFORMACJE O PROGRAMIE STUDIÓW I UZYSKANYCH WYNIKACH / INFORMATION ON THE CONTENTS AND RESULTS GAINED", None)]
            for lab, val in sec:
                if val is None:
                    y += 4
                    p.text(L, y, lab, FB, 7.8 if len(lab) > 90 else 8.5); y += 13
                else:
                    p.pieces(y, [(L + 8, lab, "left", F, 8.5), (L + 250, val, "left", FB, 8.5)]); y += 12
            y += 4
            p.text(L, y, "4.3 Szczegóły programu studiów oraz uzyskane oceny i punkty ECTS /", FB, 9); y += 11
            p.text(L, y, "Programme details and the individual grades/marks/credits obtained", FI, 9); y += 8
        p.hline(L, R, y + 2, 0.8)
        if state["done"]:
            return p, y + 18
        y += 13
        p.pieces(y, [(cols[0][0], "Lp.", "left"), (cols[1][0], "Nazwa przedmiotu", "left"),
                     (cols[2][0], "ECTS", "center"), (cols[3][0], "Liczba godzin", "center"),
                     (cols[4][0], "Ocena", "right")], FB, 8)
        y += 10
        p.pieces(y, [(cols[1][0], "Course unit title", "left"), (cols[3][0], "Hours", "center"),
                     (cols[4][0], "Grade", "right")], FI, 8)
        p.hline(L, R, y + 4, 0.6)
        return p, y + 16

    state = {"done": False}
    fl = Flow(new_page, 80)
    out = []
    lp = 0
    total = 0
    gsum = gcred = 0.0
    for t in s.terms:
        n_sem = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
        ay = f"{t.start_year}/{t.start_year + 1}"
        pl_lbl = f"Semestr {n_sem} ({'zimowy' if t.key == 'S1' else 'letni'} {ay})"
        label = f"Semester {n_sem} ({'winter' if t.key == 'S1' else 'summer'} {ay})"
        fl.need(14 + 22 * 2)
        fl.page.text(L + 2, fl.y, f"{pl_lbl} / {label}", FB, 8.8)
        fl.y += 13
        sem = 0
        for r in t.results:
            loc = wrap(LOCAL[r.spec.code], F, 8.5, cols[1][2])
            eng = wrap(r.spec.title, FI, 8.2, cols[1][2])
            fl.need(10.5 * (len(loc) + len(eng)) + 3)
            lp += 1
            n, g = pl_grade(r)
            cr = int(r.spec.credits)
            p = fl.page
            p.pieces(fl.y, [(cols[0][0], f"{lp}.", "left"), (cols[1][0], loc[0], "left"),
                            (cols[2][0], str(cr), "center"), (cols[3][0], str(HOURS[r.spec.code]), "center"),
                            (cols[4][0], g, "right")], F, 8.5)
            for ln in loc[1:]:
                fl.y += 10.5
                p.text(cols[1][0], fl.y, ln, F, 8.5)
            for ln in eng:
                fl.y += 10.5
                p.text(cols[1][0], fl.y, ln, FI, 8.2, gray=0.2)
            out.append(course_truth(r, label, cr, n or g, "ects", code=None, title=r.spec.title,
                                    title_local=LOCAL[r.spec.code], grade_printed=g,
                                    hours=HOURS[r.spec.code]))
            sem += cr
            if n:
                gsum += float(n) * cr
                gcred += cr
            fl.y += 13.5
        total += sem
        fl.page.hline(cols[2][0] - 20, cols[2][0] + 20, fl.y - 10, 0.4)
        fl.page.pieces(fl.y, [(cols[1][0] + 150, "Razem w semestrze / Semester total:", "left"),
                              (cols[2][0], str(sem), "center")], FI, 8.2)
        fl.y += 17
    avg = gsum / gcred
    fl.need(40)
    p = fl.page
    p.hline(L, R, fl.y - 8, 0.8)
    p.pieces(fl.y + 2, [(L + 28, "Łącznie / Total ECTS:", "left", FB, 9.5), (cols[2][0], str(total), "center", FB, 9.5)])
    fl.y += 16
    p.text(L + 28, fl.y, f"Średnia ocen ze studiów / Grade point average: {avg:.2f}", F, 9); fl.y += 20
    state["done"] = True
    fl.need(150)
    p = fl.page
    p.text(L, fl.y, "4.4 System ocen / Grading scheme:", FB, 9); fl.y += 12
    for ln in ("5.0 bardzo dobry (very good); 4.5 dobry plus (good plus); 4.0 dobry (good);",
               "3.5 dostateczny plus (satisfactory plus); 3.0 dostateczny (satisfactory); 2.0 niedostateczny (fail);",
               "zal. - zaliczenie, przedmiot bez oceny (pass, course unit not graded). 1 punkt ECTS = 25-30 godzin pracy studenta."):
        p.text(L + 8, fl.y, ln, F, 8.5); fl.y += 11
    fl.y += 6
    p.text(L, fl.y, f"4.5 Ostateczny wynik studiów / Overall classification: {final_result(avg)}", FB, 9)
    fl.y += 12
    p.text(L + 8, fl.y, f"Data ukończenia studiów / Date of completion: {D.dmy_dot(s.conferred)}", F, 8.5)
    yb = p.h - 70
    p.seal(130, yb - 20, 28)
    dean = rng.choice(PACK.signers)
    p.signature(R - 170, yb - 14, 110, rng)
    p.text(R - 110, yb, dean, F, 9, "center")
    p.text(R - 110, yb + 11, "Dziekan / Dean", FI, 9, "center")
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 30, f"Strona {i} z {n} / Page {i} of {n}", F, 8, "center")
    return LayoutResult("transcript", "pl_diploma_supplement", FAMILY, fl.pages, [printed], out, "ects",
                        {"conferred_printed": D.dmy_dot(s.conferred)})


TRANSCRIPT_LAYOUTS = {"pl_diploma_supplement": (pl_supplement, FAMILY, ("PL",))}
