"""Writer X, round 11: Tajikistan (TJ). Country pack (the specialist diploma "Ташхиси лабораторӣ /
Laboratory diagnostics" of an invented state medical university, 5 years, qualification "врач-лаборант";
Biology of an invented state university, 4 years; Nursing) and the DIPLOMA SUPPLEMENT in Tajik
("ЗАМИМА БА ДИПЛОМ", Cyrillic with ӣ ӯ ҳ ҷ қ ғ) FOLLOWED IN THE SAME PDF by its notarised English
translation. The original: the holder's data, then ONE numbered list of disciplines, no terms, no codes,
`№ | Номгӯи фанҳо | Ҳаҷми умумии соатҳо | Баҳо` with grades in words ("аъло" 5, "хуб" 4,
"қаноатбахш" 3, "гузашт" = pass without a mark); then short captioned sections: practices
("Амалияи истеҳсолӣ", length in weeks with the hours), course papers (title and grade) and the state
examinations (grade only). The translation repeats the list as `No. | Subject | Total hours | Grade`
("excellent (5)", "good (4)", "satisfactory (3)", "passed") and ends with "Translated by ...", the
notary's certification with a registry number and a notary stamp.

Credit basis: hours. The supplement prints hours per discipline; they are read as contact (classroom)
hours and converted at 15 h = 1 SH, the ruleset's contact-hour rate (system "hours", as the Cuban,
Bolivian and Paraguayan hour transcripts of earlier rounds). Practices print weeks and hours (36 h a
week); course papers and state examinations print no hours: truth rows with credits 0 and
credits_printed False. The truth counts each discipline once (English title as `title`, the Tajik as
`title_local`); grade = the Tajik word as printed in the original."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r11_x_common import (FAMILY, add_department_phrases, by_reading_order, course_truth, fake_result, k, parse,
                           round_stamp, tajik_safe)

TJ_MLS = """
## 1 S1
TJ01 | Забони тоҷикӣ // Tajik Language | 72 | O
RU01 | Забони русӣ // Russian Language | 72 | O
EN01 | Забони англисӣ // English Language | 108 | O
HI01 | Таърихи халқи тоҷик // History of the Tajik People | 72 | O
CH01 | Химияи умумӣ ва ғайриорганикӣ // General and Inorganic Chemistry | 108 | C
MA01 | Математикаи олӣ // Higher Mathematics | 72 | M
## 1 S2
AN01 | Анатомияи одам // Human Anatomy | 144 | B
LA01 | Забони лотинӣ // Latin Language | 72 | O
PH01 | Физикаи тиббӣ // Medical Physics | 72 | O
CH02 | Химияи биоорганикӣ // Bioorganic Chemistry | 108 | C
BI01 | Биологияи тиббӣ ва генетика // Medical Biology and Genetics | 108 | B
PE01 | Тарбияи ҷисмонӣ // Physical Education | 72 | O
## 2 S1
HS01 | Гистология, ситология ва эмбриология // Histology, Cytology and Embryology | 144 | B
NP01 | Физиологияи муқаррарӣ // Normal Physiology | 144 | B
BC01 | Биохимия // Biochemistry | 144 | C
PL01 | Фалсафа // Philosophy | 72 | O
## 2 S2
MI01 | Микробиология, вирусология ва иммунология // Microbiology, Virology and Immunology | 180 | B
AC01 | Химияи таҳлилӣ // Analytical Chemistry | 108 | C
HY01 | Гигиенаи умумӣ // General Hygiene | 72 | O
PR01 | Амалияи таълимӣ // Educational Practice | 72 | O
## 3 S1
PP01 | Физиологияи патологӣ // Pathological Physiology | 108 | B
PA01 | Анатомияи патологӣ // Pathological Anatomy | 108 | B
PC01 | Фармакология // Pharmacology | 108 | O
MS01 | Омори тиббӣ // Medical Statistics | 72 | M
## 3 S2
CL01 | Ташхиси лабораторию клиникӣ I // Clinical Laboratory Diagnostics I | 180 | P
HE01 | Гематология // Haematology | 144 | P
EP01 | Эпидемиология // Epidemiology | 72 | O
PR02 | Амалияи истеҳсолӣ (клиникӣ-лабораторӣ) // Industrial Practice (Clinical Laboratory) | 144 | P | chemistry,hematology,urinalysis
## 4 S1
CB01 | Биохимияи клиникӣ // Clinical Biochemistry | 180 | P
MP01 | Паразитологияи тиббӣ // Medical Parasitology | 108 | P
CI01 | Иммунологияи клиникӣ // Clinical Immunology | 108 | ?P
## 4 S2
CL02 | Ташхиси лабораторию клиникӣ II // Clinical Laboratory Diagnostics II | 144 | P
BA01 | Бактериологияи клиникӣ // Clinical Bacteriology | 144 | P
TR01 | Трансфузиология // Transfusiology | 72 | P
PR03 | Амалияи истеҳсолӣ (бактериологӣ) // Industrial Practice (Bacteriological) | 144 | P | microbiology
## 5 S1
CY01 | Ташхиси ситологӣ // Cytological Diagnostics | 108 | P
MD01 | Ташхиси молекулавӣ // Molecular Diagnostics | 108 | ?P
QM01 | Идоракунии сифат дар лаборатория // Laboratory Quality Management | 72 | P
## 5 S2
EL01 | Ташхиси лабораторӣ дар ҳолатҳои таъҷилӣ // Emergency Laboratory Diagnostics | 72 | P
PR04 | Амалияи пеш аз дипломӣ // Pre-diploma Practice | 216 | P | chemistry,hematology,microbiology,blood_bank
"""

TJ_BIO = """
## 1 S1
TJ01 | Забони тоҷикӣ // Tajik Language | 72 | O
EN01 | Забони англисӣ // English Language | 108 | O
MA01 | Математика // Mathematics | 108 | M
BO01 | Ботаника // Botany | 144 | B
CH01 | Химияи умумӣ // General Chemistry | 144 | C
## 1 S2
ZO01 | Зоологияи сутунмӯҳрадорон // Invertebrate Zoology | 144 | B
CH02 | Химияи органикӣ // Organic Chemistry | 144 | C
PH01 | Физика // Physics | 108 | O
HI01 | Таърихи халқи тоҷик // History of the Tajik People | 72 | O
## 2 S1
ZO02 | Зоологияи ҳайвоноти сутунмӯҳрадор // Vertebrate Zoology | 144 | B
CY01 | Ситология // Cytology | 108 | B
BC01 | Биохимия // Biochemistry | 144 | C
ST01 | Биометрия // Biometrics | 72 | M
## 2 S2
GE01 | Генетика // Genetics | 144 | B
MI01 | Микробиология // Microbiology | 144 | B
HP01 | Физиологияи одам ва ҳайвонот // Human and Animal Physiology | 144 | B
EC01 | Экология // Ecology | 108 | B
## 3 S1
MB01 | Биологияи молекулавӣ // Molecular Biology | 144 | B
VI01 | Вирусология // Virology | 108 | B
HS01 | Гистология // Histology | 108 | B
PL01 | Фалсафа // Philosophy | 72 | O
## 3 S2
IM01 | Иммунология // Immunology | 108 | ?B
PP01 | Физиологияи растаниҳо // Plant Physiology | 144 | B
PR01 | Амалияи саҳроӣ // Field Practice | 108 | B
## 4 S1
BT01 | Биотехнология // Biotechnology | 108 | B
EN02 | Энтомология // Entomology | 108 | B
HB01 | Гидробиология // Hydrobiology | 108 | B
## 4 S2
PR02 | Амалияи пеш аз дипломӣ // Pre-diploma Practice | 216 | B
"""

TJ_NUR = """
## 1 S1
TJ01 | Забони тоҷикӣ // Tajik Language | 72 | O
NU01 | Асосҳои корҳои ҳамширагӣ // Fundamentals of Nursing | 288 | O
AN01 | Анатомия ва физиология // Anatomy and Physiology | 216 | B
## 2 S1
NU02 | Корҳои ҳамширагӣ дар терапия // Nursing in Internal Medicine | 360 | O
## 3 S1
NU03 | Корҳои ҳамширагӣ дар ҷарроҳӣ // Nursing in Surgery | 360 | O
## 4 S1
NU04 | Корҳои ҳамширагӣ дар педиатрия // Nursing in Paediatrics | 360 | O
PR01 | Амалияи истеҳсолӣ // Industrial Practice | 216 | O
"""


def _cur(cid, title, field, table, years, clin=False):
    return C.Curriculum(cid, "TJ", title, "bachelor", years, field, "hours", parse(table), 9, 6,
                        clinical_training=clin)


TJ_INST = [
    Institution("Hisor State Medical University", "Dushanbe", "Dushanbe", "TJ", "58 Rudaki Avenue",
                ("tj_mls", "tj_nur"), "university",
                extra={"tj": "Донишгоҳи давлатии тиббии Ҳисор", "ru": "Гиссарский государственный медицинский университет",
                       "rector": "Ҷалолов Ф. Н.", "dean": "Раҳимова З. А.", "city_tj": "Душанбе"}),
    Institution("Khujand Regional Medical University", "Khujand", "Sughd", "TJ", "11 Lenin Street",
                ("tj_mls", "tj_nur"), "university",
                extra={"tj": "Донишгоҳи тиббии минтақавии Хуҷанд",
                       "ru": "Худжандский региональный медицинский университет",
                       "rector": "Исмоилов Б. Т.", "dean": "Назарова М. С.", "city_tj": "Хуҷанд"}),
    Institution("Vakhsh State University", "Bokhtar", "Khatlon", "TJ", "67 Aini Street", ("tj_bio",), "university",
                extra={"tj": "Донишгоҳи давлатии Вахш", "ru": "Вахшский государственный университет",
                       "rector": "Саидзода Д. Р.", "dean": "Қодиров У. Ш.", "city_tj": "Бохтар"}),
]

PACK = K.CountryPack(
    code="TJ", name="Tajikistan",
    given={"F": ["Dilnoza", "Manizha", "Nigina", "Farangis", "Zarina", "Madina", "Gulnora", "Shahnoza"],
           "M": ["Firdavs", "Bakhtiyor", "Sherzod", "Jamshed", "Rustam", "Umed", "Faridun", "Parviz"]},
    surnames=["Karimzoda", "Rahmonzoda", "Sharifzoda", "Nazarov", "Saidov", "Davlatov", "Mirzoev", "Qodirov",
              "Safarzoda", "Rajabov"],
    middle={"F": ["Abdulloevna", "Saidovna", "Karimovna", "Nematovna"],
            "M": ["Abdulloevich", "Saidovich", "Karimovich", "Nematovich"]},
    institutions=TJ_INST,
    employers=[
        Employer("Dushanbe City Medical Centre No. 2", "Dushanbe", "Dushanbe", "TJ", "14 Shotemur Street",
                 "+992 37 000 0417", "kadrho@mmsh2.example"),
        Employer("Sughd Regional Clinical Hospital", "Khujand", "Sughd", "TJ", "3 Syrdarya Embankment",
                 "+992 3422 0 0152", "kadr@bkv-sughd.example"),
        Employer("Khatlon Regional Diagnostic Centre", "Bokhtar", "Khatlon", "TJ", "21 Vahdat Street",
                 "+992 3222 0 0311", "info@tashkhis-khatlon.example"),
        Employer("Shifo-Lab Medical Laboratory LLC", "Dushanbe", "Dushanbe", "TJ", "90 Somoni Avenue",
                 "+992 37 000 0988", "hr@shifolab.example", "lab"),
    ],
    signers=["Каримова Н. С.", "Шарипов Д. Ф.", "Ҳасанова М. А.", "Раҷабов У. Қ."],
    curricula=[_cur("tj_mls", "Specialist Diploma in Laboratory Diagnostics", "medical_laboratory_science", TJ_MLS, 5,
                    True),
               _cur("tj_bio", "Bachelor of Biology", "biology", TJ_BIO, 4),
               _cur("tj_nur", "Bachelor of Nursing", "nursing", TJ_NUR, 4)],
    mls_curriculum="tj_mls", science_curricula=["tj_bio"], nonqualifying_curricula=["tj_nur"],
    positions_mls=["Laboratory Physician", "Clinical Laboratory Technologist"],
    positions_science=["Laboratory Assistant", "Biologist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("TJ", {
    "blood_bank": ["Blood Transfusion Department"], "chemistry": ["Biochemistry Laboratory"],
    "hematology": ["Haematology Laboratory"], "microbiology": ["Bacteriological Laboratory"],
    "immunology": ["Immunology Laboratory"], "urinalysis": ["General Clinical Laboratory"],
    "molecular": ["PCR Laboratory"], "phlebotomy": ["Treatment Room"], "other": ["Cytology Laboratory"]})

# --- Latin -> Tajik Cyrillic for the invented names --------------------------------------------

_DIG = [("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("gh", "ғ"), ("yo", "ё"), ("ya", "я"), ("yu", "ю")]
_ONE = {"a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ҷ", "k": "к", "l": "л",
        "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "y": "й",
        "z": "з"}
_FIX = {"Rahmonzoda": "Раҳмонзода", "Umed": "Умед", "Rustam": "Рустам", "Abdulloevna": "Абдуллоевна",
        "Abdulloevich": "Абдуллоевич", "Dilnoza": "Дилноза", "Mirzoev": "Мирзоев"}


def cyr(word):
    if word in _FIX:
        return _FIX[word]
    w, out, i = word.lower(), "", 0
    while i < len(w):
        for a, b in _DIG:
            if w.startswith(a, i):
                out += b
                i += 2
                break
        else:
            out += _ONE.get(w[i], w[i])
            i += 1
    return out[:1].upper() + out[1:]


def fem(person, sn):
    return sn + ("a" if person.sex == "F" and sn.endswith(("ov", "ev")) else "")


def tj_name(person):
    """'Каримзода Дилноза Абдуллоевна': surname, name, patronymic."""
    return " ".join(x for x in (cyr(fem(person, person.surname)), cyr(person.given), cyr(person.middle) if person.middle
                                else "") if x)


def en_name(person):
    return " ".join(x for x in (fem(person, person.surname), person.given, person.middle) if x)


def ru_name(person):
    """Russian spelling (no Tajik letters) for the diploma's Russian half."""
    s = tj_name(person)
    for a, b in (("ҳ", "х"), ("Ҳ", "Х"), ("ҷ", "дж"), ("Ҷ", "Дж"), ("қ", "к"), ("Қ", "К"), ("ғ", "г"), ("ӣ", "и"),
                 ("ӯ", "у")):
        s = s.replace(a, b)
    return s


GRADES = {5: ("аъло", "excellent (5)"), 4: ("хуб", "good (4)"), 3: ("қаноатбахш", "satisfactory (3)"),
          0: ("гузашт", "passed")}


def split(title):
    tj, en = title.split(" // ")
    return tj, en


def tj_mark(s, r, salt):
    v = r.score + (k(s, salt) % 11) - 5
    return 5 if v >= 76 else 4 if v >= 60 else 3


def tj_rows(s):
    subj, prac = [], []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            g = 0 if r.code.startswith("PE") else tj_mark(s, r, f"m{i}.{j}")
            (prac if r.code.startswith("PR") else subj).append((r, g))
    return subj, prac


PAPERS = [("Кори курсӣ аз биохимия", "Course paper in Biochemistry"),
          ("Кори курсӣ аз ташхиси лабораторию клиникӣ", "Course paper in Clinical Laboratory Diagnostics")]
STATE = [("Имтиҳони давлатии байнифаннӣ аз рӯи ихтисос", "Interdisciplinary state examination in the speciality"),
         ("Имтиҳони давлатӣ аз таърихи халқи тоҷик", "State examination in the History of the Tajik People")]
SPEC = {"tj_mls": ("Ташхиси лабораторӣ", "Laboratory diagnostics", "табиби лаборант", "laboratory physician"),
        "tj_bio": ("Биология", "Biology", "биолог, омӯзгори биология", "biologist, teacher of biology"),
        "tj_nur": ("Корҳои ҳамширагӣ", "Nursing", "ҳамшираи шафқат", "nurse")}


def tj_supplement(s, person, rng):
    with tajik_safe():
        return _tj(s, person, rng)


def _tj(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 44, W - 44
    subj, prac = tj_rows(s)
    tn, en = tj_name(person), en_name(person)
    series = f"АД № {k(s, 'ser') % 9000000 + 1000000}"
    sp = SPEC[cur.id]
    out = []
    papers = PAPERS if cur.id == "tj_mls" else PAPERS[:1]
    paper_g = [max(4, tj_mark(s, subj[0][0], f"pp{m}")) for m in range(len(papers))]
    state_g = [tj_mark(s, subj[-1][0], f"st{m}") for m in range(len(STATE))]
    xs = [L, L + 26, L + 330, L + 410, R]

    def doc(lang):
        tjl = lang == "tj"
        in_table = [True]

        def new_page(n):
            p = Page(A4)
            if n == 1:
                if tjl:
                    p.text(W / 2, 44, "ҶУМҲУРИИ ТОҶИКИСТОН", TB, 11, "center")
                    p.text(W / 2, 58, inst.extra["tj"], TB, 10.5, "center")
                    p.text(W / 2, 86, "ЗАМИМА БА ДИПЛОМ", TB, 14, "center")
                    p.text(W / 2, 100, f"{series} (бе диплом эътибор надорад)", T, 9, "center")
                    rows = [("Насаб, ном, номи падар:", tn), ("Санаи таваллуд:", s.dob.strftime("%d.%m.%Y")),
                            ("Давраи таҳсил:", f"{s.admitted.year}–{s.conferred.year}, шакли рӯзона"),
                            ("Ихтисос:", sp[0]), ("Тахассус:", sp[2])]
                else:
                    p.text(W / 2, 40, "Translation from Tajik", TI, 9, "center")
                    p.text(W / 2, 58, "REPUBLIC OF TAJIKISTAN", TB, 11, "center")
                    p.text(W / 2, 72, inst.name, TB, 10.5, "center")
                    p.text(W / 2, 96, "SUPPLEMENT TO THE DIPLOMA", TB, 13, "center")
                    p.text(W / 2, 110, f"{series.replace('АД', 'AD')} (not valid without the diploma)", T, 9, "center")
                    rows = [("Surname, name, patronymic:", en), ("Date of birth:", s.dob.strftime("%d.%m.%Y")),
                            ("Period of study:", f"{s.admitted.year}–{s.conferred.year}, full-time"),
                            ("Speciality:", sp[1]), ("Qualification:", sp[3])]
                y = 124
                for a, b in rows:
                    p.pieces(y, [(L, a, "left", TB, 9.5), (L + 150, b, "left")], T, 9.5)
                    y += 13
                y += 6
            else:
                p.text(L, 40, tn if tjl else en, T, 8)
                p.text(R, 40, series if tjl else series.replace("АД", "AD"), T, 8, "right")
                y = 56
            if not in_table[0]:
                return p, y + 10
            heads = ["№", "Номгӯи фанҳо", "Ҳаҷми умумии соатҳо", "Баҳо"] if tjl else \
                ["No.", "Subject", "Total hours", "Grade"]
            p.rect(L, y, R - L, 15, 0.6, 0, fill=0.9)
            p.pieces(y + 10.5, [((xs[0] + xs[1]) / 2, heads[0], "center"), (xs[1] + 4, heads[1], "left"),
                                ((xs[2] + xs[3]) / 2, heads[2], "center"), ((xs[3] + xs[4]) / 2, heads[3], "center")],
                     TB, 8)
            return p, y + 15

        fl = Flow(new_page, 60)
        for n, (r, g) in enumerate(subj, 1):
            tt, te = split(r.spec.title)
            title = tt if tjl else te
            tl = wrap(title, T, 8.8, xs[2] - xs[1] - 8)
            fl.need(11 * len(tl) + 2)
            p, y = fl.page, fl.y
            gw = GRADES[g][0 if tjl else 1]
            p.pieces(y + 9, [((xs[0] + xs[1]) / 2, str(n), "center"), (xs[1] + 4, tl[0], "left"),
                             ((xs[2] + xs[3]) / 2, str(int(r.spec.credits)), "center"),
                             ((xs[3] + xs[4]) / 2, gw, "center")], T, 8.8)
            for q, ln in enumerate(tl[1:], 1):
                p.text(xs[1] + 4, y + 9 + 11 * q, ln, T, 8.8)
            h = 11 * len(tl) + 2
            for x in xs:
                p.vline(x, y, y + h, 0.4)
            p.hline(L, R, y + h, 0.4)
            fl.y = y + h
            if tjl:
                out.append(course_truth(r, "", int(r.spec.credits), GRADES[g][0], "hours", title=te, code=None,
                                        title_local=tt, grade_en=GRADES[g][1]))
        in_table[0] = False
        tot = int(sum(r.spec.credits for r, _ in subj))
        fl.need(14)
        fl.page.text(xs[1] + 4, fl.y + 11, f"Ҳамагӣ: {tot} соат" if tjl else f"Total: {tot} hours", TB, 9)
        fl.y += 26

        def caption(t):
            fl.need(34)
            fl.page.text(L, fl.y, t, TB, 9.5)
            fl.y += 14

        caption("Амалияҳо:" if tjl else "Practical training:")
        for m, (r, g) in enumerate(prac, 1):
            tt, te = split(r.spec.title)
            hrs = int(r.spec.credits)
            wk = hrs // 36
            fl.need(13)
            p = fl.page
            p.pieces(fl.y, [(L + 10, f"{m}. {tt if tjl else te}", "left"),
                            (L + 330, f"{wk} ҳафта ({hrs} соат)" if tjl else f"{wk} weeks ({hrs} hours)", "left"),
                            (R, GRADES[g][0 if tjl else 1], "right")], T, 8.8)
            fl.y += 13
            if tjl:
                out.append(course_truth(r, "Practices", hrs, GRADES[g][0], "hours", title=te, code=None,
                                        title_local=tt, weeks=wk, grade_en=GRADES[g][1]))
        fl.y += 8
        caption("Корҳои курсӣ:" if tjl else "Course papers:")
        for m, ((tt, te), g) in enumerate(zip(papers, paper_g), 1):
            fl.need(13)
            fl.page.pieces(fl.y, [(L + 10, f"{m}. {tt if tjl else te}", "left"),
                                  (R, GRADES[g][0 if tjl else 1], "right")], T, 8.8)
            fl.y += 13
            if tjl:
                rr = fake_result(None, "", te, 0, "other")
                out.append(course_truth(rr, "Course papers", 0, GRADES[g][0], "hours", code=None, title_local=tt,
                                        credits_printed=False, grade_en=GRADES[g][1]))
        fl.y += 8
        caption("Имтиҳоноти давлатӣ:" if tjl else "State examinations:")
        for m, ((tt, te), g) in enumerate(zip(STATE, state_g), 1):
            fl.need(13)
            fl.page.pieces(fl.y, [(L + 10, f"{m}. {tt if tjl else te}", "left"),
                                  (R, GRADES[g][0 if tjl else 1], "right")], T, 8.8)
            fl.y += 13
            if tjl:
                rr = fake_result(None, "", te, 0, "other")
                out.append(course_truth(rr, "State examinations", 0, GRADES[g][0], "hours", code=None,
                                        title_local=tt, credits_printed=False, grade_en=GRADES[g][1]))
        reg = k(s, "reg") % 9000 + 1000
        fl.need(150 if tjl else 230)
        p, y = fl.page, fl.y + 14
        if tjl:
            p.text(L, y, f"Рақами бақайдгирӣ: {reg} Санаи додан: {s.conferred.strftime('%d.%m.%Y')}", T, 9)
            y += 40
            for m, (a, b) in enumerate((("Ректор", inst.extra["rector"]), ("Декан", inst.extra["dean"]),
                                        ("Котиб", "Ғафурова Н. Ҷ."))):
                yy = y + 24 * m
                p.text(L, yy, a, TB, 9.5)
                p.signature(L + 110, yy - 8, 80, rng)
                p.hline(L + 100, L + 210, yy + 2, 0.4)
                p.text(L + 220, yy, b, T, 9.5)
            p.text(R - 110, y + 52, "Ҷ.М.", TB, 10)
            round_stamp(p, R - 100, y + 26, 32, 0.45)
        else:
            p.text(L, y, f"Registration No.: {reg} Date of issue: {s.conferred.strftime('%d.%m.%Y')}", T, 9)
            y += 18
            for m, (a, b) in enumerate((("Rector", inst.extra["rector"]), ("Dean", inst.extra["dean"]),
                                        ("Secretary", "Ghafurova N. J."))):
                p.text(L, y + 13 * m, f"{a}: /signature/ {_lat(b)}", T, 9)
            p.text(L, y + 42, "Seal: /round seal of the university/", TI, 9)
            y += 66
            tr = ["Sadulloeva Mehrangez", "Nurov Dilshod", "Kholova Parvina"][k(s, "tr") % 3]
            y = p.paragraph(L, y, f"Translated by {tr}, translator. I, the translator, certify that this translation "
                            f"from Tajik into English is correct and complete.", TI, 9, R - L, 12) + 6
            nd = s.conferred.replace(year=min(s.conferred.year + 3, 2026))
            y = p.paragraph(L, y, f"{nd.strftime('%d.%m.%Y')}, {inst.city}. I, notary of the State Notary Office No. "
                            f"{k(s, 'no') % 4 + 1} of {inst.city}, certify the authenticity of the translator's "
                            f"signature. Registry No. {k(s, 'nr') % 9000 + 1000}. State fee collected.", TI, 9,
                            R - L - 120, 12)
            p.signature(L + 10, y + 16, 80, rng)
            p.text(L, y + 28, "Notary /signature/", T, 9)
            round_stamp(p, R - 70, y + 40, 36, 0.45)
        return fl.pages

    pages = doc("tj")
    pages_en = doc("en")
    for i, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 24, f"Саҳ. {i} аз {len(pages)}", T, 7.5, "center")
    for i, pg in enumerate(pages_en, 1):
        pg.text(W / 2, H - 24, f"Page {i} of {len(pages_en)} (translation)", T, 7.5, "center")
    return LayoutResult("transcript", "tj_supplement_translation", FAMILY, by_reading_order(pages + pages_en),
                        [tn, en], out, "hours", {"prints_totals": True})


_LAT = {"ҷ": "j", "Ҷ": "J", "ҳ": "h", "Ҳ": "H", "қ": "q", "Қ": "Q", "ғ": "gh", "Ғ": "Gh", "ӣ": "i", "ӯ": "u",
        "ш": "sh", "Ш": "Sh", "ч": "ch", "Ч": "Ch", "ж": "zh", "Ж": "Zh", "х": "kh", "Х": "Kh", "ё": "yo", "я": "ya",
        "ю": "yu", "й": "y", "ъ": "", "ь": "", "э": "e", "Э": "E", "ц": "ts", "щ": "shch", "ы": "y"}
_LAT1 = dict(zip("абвгдезиклмнопрстуфАБВГДЕЗИКЛМНОПРСТУФ", "abvgdeziklmnoprstufABVGDEZIKLMNOPRSTUF"))


def _lat(s):
    return "".join(_LAT.get(c, _LAT1.get(c, c)) for c in s)


TRANSCRIPT_LAYOUTS = {"tj_supplement_translation": (tj_supplement, FAMILY, ("TJ",))}
