"""Writer R, round 9: Armenia. Country pack (Bachelor of Medical Laboratory Diagnostics, 4 years / 8
semesters, 240 credits; Bachelor of Biology; Bachelor of Nursing) and the state medical
university's academic transcript: the ORIGINAL in Armenian ("ԱԿԱԴԵՄԻԱԿԱՆ ՏԵՂԵԿԱՆՔ", DejaVu Sans)
FOLLOWED in the same PDF by its notarised English TRANSLATION. Both use the columns `N | Subject |
Semester | Hours | Credits | Grade`: the semester (1-8) on every row, Hours the subject's total
hours, Credits ECTS-like at 1 credit = 30 hours (Hours / 30 = Credits, true on every row), the
grade on Armenia's 20-point scale (pass 8), with the letter beside it in the English version only
("17 (A-)"). "Course paper" rows carry a grade but no hours and no credits; "State attestation"
rows at the end carry grades and no credits. The English subject column is narrow, so titles wrap
over up to three lines. Totals "Total: 7200 hours, 240 credits", the translator's certificate ("I,
the undersigned translator ..., certify that this is a true and accurate translation of the
attached document from Armenian into English") and the notary's block close the translation.

Truth: the English rows only (what an evaluator reads); the Armenian pages print the same record
and are not counted twice. Course papers and state attestations have no credits and are not
course rows (they are listed in info). Credits: ECTS-like (30 hours a credit, 60 a year), so
criteria.md's ECTS rate: system "ects" (x 1/2; 240 credits = 120 SH). Codes are not printed."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r9_r_common import (FAMILY, add_department_phrases, course_truth, hy, hy_font, k, parse, round_seal)

HY = {}
AM_MLD = """
## 1 S1
MLD101 | Հայոց պատմություն | History of Armenia | 4 | O
MLD102 | Ընդհանուր և անօրգանական քիմիա | General and Inorganic Chemistry | 6 | C
MLD103 | Կենսաբանություն | Biology | 6 | B
MLD104 | Մարդու անատոմիա I | Human Anatomy I | 5 | B
MLD105 | Բարձրագույն մաթեմատիկա | Higher Mathematics | 4 | M
MLD106 | Լատիներեն լեզու և բժշկական տերմինաբանություն | Latin Language and Medical Terminology | 3 | O
MLD107 | Անգլերեն լեզու I | English Language I | 2 | O
## 1 S2
MLD108 | Օրգանական քիմիա | Organic Chemistry | 6 | C
MLD109 | Մարդու անատոմիա II | Human Anatomy II | 5 | B
MLD110 | Բջջաբանություն, հյուսվածաբանություն և սաղմնաբանություն | Cytology, Histology and Embryology | 6 | B
MLD111 | Բժշկական ֆիզիկա | Medical Physics | 4 | O
MLD112 | Ինֆորմատիկա | Informatics | 3 | O
MLD113 | Հայոց լեզու | Armenian Language | 3 | O
MLD114 | Անգլերեն լեզու II | English Language II | 3 | O
## 2 S1
MLD201 | Կենսաքիմիա I | Biochemistry I | 6 | C
MLD202 | Նորմալ ֆիզիոլոգիա | Normal Physiology | 6 | B
MLD203 | Բժշկական մանրէաբանություն I | Medical Microbiology I | 6 | B
MLD204 | Բժշկական գենետիկա | Medical Genetics | 4 | B
MLD205 | Կենսավիճակագրություն | Biostatistics | 4 | M
MLD206 | Փիլիսոփայություն | Philosophy | 4 | O
## 2 S2
MLD207 | Կենսաքիմիա II | Biochemistry II | 6 | C
MLD208 | Բժշկական մանրէաբանություն II | Medical Microbiology II | 6 | P
MLD209 | Իմունոլոգիա | Immunology | 5 | B
MLD210 | Պաթոլոգիական ֆիզիոլոգիա | Pathological Physiology | 5 | O
MLD211 | Անալիտիկ քիմիա | Analytical Chemistry | 5 | C
MLD212 | Բժշկական էթիկա և դեոնտոլոգիա | Medical Ethics and Deontology | 3 | O
## 3 S1
MLD301 | Կլինիկական կենսաքիմիա I | Clinical Biochemistry I | 6 | P
MLD302 | Հեմատոլոգիա և արյունաբանական հետազոտություններ | Haematology and Haematological Investigations | 6 | P
MLD303 | Բժշկական մակաբուծաբանություն | Medical Parasitology | 5 | P
MLD304 | Պաթոլոգիական անատոմիա | Pathological Anatomy | 5 | P
MLD305 | Դեղաբանություն | Pharmacology | 4 | O
MLD306 | Համաճարակաբանություն | Epidemiology | 4 | O
## 3 S2
MLD307 | Կլինիկական կենսաքիմիա II | Clinical Biochemistry II | 6 | P
MLD308 | Կլինիկական լաբորատոր ախտորոշում I | Clinical Laboratory Diagnostics I | 6 | P
MLD309 | Կլինիկական մանրէաբանություն | Clinical Microbiology | 6 | P
MLD310 | Վիրուսաբանություն | Virology | 4 | ?P
MLD311 | Ցիտոլոգիական ախտորոշում | Cytological Diagnostics | 4 | P
MLD312 | Հանրային առողջություն և առողջապահություն | Public Health and Health Care Organisation | 4 | O
## 4 S1
MLD401 | Կլինիկական լաբորատոր ախտորոշում II | Clinical Laboratory Diagnostics II | 6 | P
MLD402 | Իմունոհեմատոլոգիա և տրանսֆուզիոլոգիա | Immunohaematology and Transfusiology | 6 | P
MLD403 | Մոլեկուլային ախտորոշում | Molecular Diagnostics | 5 | ?P
MLD404 | Լաբորատոր որակի կառավարում | Laboratory Quality Management | 5 | P
MLD405 | Կլինիկական իմունոլոգիա և ալերգոլոգիա | Clinical Immunology and Allergology | 4 | ?P
MLD406 | Քաղաքացիական պաշտպանություն | Civil Defence | 4 | O
## 4 S2
MLD407 | Արտադրական պրակտիկա կլինիկական լաբորատորիայում | Professional Practice in the Clinical Laboratory | 18 | P | chemistry,hematology,microbiology,blood_bank,immunology
MLD408 | Ավարտական աշխատանք | Graduation Thesis | 12 | O
"""

AM_BIO = """
## 1 S1
BIO101 | Հայոց պատմություն | History of Armenia | 4 | O
BIO102 | Ընդհանուր քիմիա | General Chemistry | 8 | C
BIO103 | Բուսաբանություն | Botany | 8 | B
BIO104 | Մաթեմատիկա | Mathematics | 6 | M
BIO105 | Անգլերեն լեզու | English Language | 4 | O
## 1 S2
BIO106 | Կենդանաբանություն | Zoology | 8 | B
BIO107 | Օրգանական քիմիա | Organic Chemistry | 8 | C
BIO108 | Ֆիզիկա | Physics | 8 | O
BIO109 | Ինֆորմատիկա | Informatics | 6 | O
## 2 S1
BIO201 | Բջջաբանություն | Cytology | 10 | B
BIO202 | Կենսաքիմիա | Biochemistry | 10 | C
BIO203 | Մանրէաբանություն | Microbiology | 10 | B
## 2 S2
BIO204 | Գենետիկա | Genetics | 10 | B
BIO205 | Մարդու ֆիզիոլոգիա | Human Physiology | 10 | B
BIO206 | Էկոլոգիա | Ecology | 10 | O
## 3 S1
BIO301 | Մոլեկուլային կենսաբանություն | Molecular Biology | 10 | B
BIO302 | Իմունոլոգիա | Immunology | 10 | B
BIO303 | Վիրուսաբանություն | Virology | 10 | B
## 3 S2
BIO304 | Կենսատեխնոլոգիա | Biotechnology | 10 | ?B
BIO305 | Կենսավիճակագրություն | Biostatistics | 10 | M
BIO306 | Փիլիսոփայություն | Philosophy | 10 | O
## 4 S1
BIO401 | Էվոլյուցիոն կենսաբանություն | Evolutionary Biology | 15 | B
BIO402 | Գիտական հետազոտության մեթոդներ | Research Methods | 15 | O
## 4 S2
BIO403 | Ուսումնական պրակտիկա | Practical Training | 10 | O
BIO404 | Ավարտական աշխատանք | Graduation Thesis | 20 | O
"""

AM_NUR = """
## 1 S1
NUR101 | Մարդու անատոմիա | Human Anatomy | 10 | B
NUR102 | Բուժքույրական գործի հիմունքներ | Fundamentals of Nursing | 20 | O
## 1 S2
NUR103 | Ֆիզիոլոգիա | Physiology | 10 | B
NUR104 | Բուժքույրական պրակտիկա I | Nursing Practice I | 20 | O
## 2 S1
NUR201 | Դեղաբանություն | Pharmacology | 10 | O
NUR202 | Ներքին հիվանդություններ | Internal Diseases | 20 | O
## 2 S2
NUR203 | Վիրաբուժություն | Surgery | 15 | O
NUR204 | Մանկաբուժություն | Paediatrics | 15 | O
## 3 S1
NUR301 | Մանկաբարձություն | Obstetrics | 15 | O
NUR302 | Հանրային առողջություն | Public Health | 15 | O
## 3 S2
NUR303 | Բուժքույրական պրակտիկա II | Nursing Practice II | 30 | O
## 4 S1
NUR401 | Բուժքույրական գործի կառավարում | Nursing Management | 30 | O
## 4 S2
NUR402 | Արտադրական պրակտիկա | Professional Practice | 18 | O
NUR403 | Ավարտական աշխատանք | Graduation Thesis | 12 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "AM", title, "bachelor", 4, field, "ects", parse(table, HY), 9, 6,
                        clinical_training=clin)


NAMES_HY = {"Anahit": "Անահիտ", "Armine": "Արմինե", "Gayane": "Գայանե", "Lilit": "Լիլիթ", "Mariam": "Մարիամ",
            "Narine": "Նարինե", "Siranush": "Սիրանուշ", "Tatevik": "Տաթևիկ", "Hasmik": "Հասմիկ", "Ani": "Անի",
            "Aram": "Արամ", "Armen": "Արմեն", "Davit": "Դավիթ", "Gevorg": "Գևորգ", "Hayk": "Հայկ", "Karen": "Կարեն",
            "Levon": "Լևոն", "Tigran": "Տիգրան", "Vahe": "Վահե", "Narek": "Նարեկ", "Ashot": "Աշոտ", "Samvel": "Սամվել",
            "Hakobyan": "Հակոբյան", "Grigoryan": "Գրիգորյան", "Sargsyan": "Սարգսյան", "Petrosyan": "Պետրոսյան",
            "Harutyunyan": "Հարությունյան", "Karapetyan": "Կարապետյան", "Avetisyan": "Ավետիսյան",
            "Mkrtchyan": "Մկրտչյան", "Vardanyan": "Վարդանյան", "Ghazaryan": "Ղազարյան", "Manukyan": "Մանուկյան",
            "Khachatryan": "Խաչատրյան", "Poghosyan": "Պողոսյան", "Simonyan": "Սիմոնյան"}
_F = ["Anahit", "Armine", "Gayane", "Lilit", "Mariam", "Narine", "Siranush", "Tatevik", "Hasmik", "Ani"]
_M = ["Aram", "Armen", "Davit", "Gevorg", "Hayk", "Karen", "Levon", "Tigran", "Vahe", "Narek", "Ashot", "Samvel"]

PACK = K.CountryPack(
    code="AM", name="Armenia",
    given={"F": _F, "M": _M},
    surnames=[n for n in NAMES_HY if n.endswith("yan")],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Ararat Valley State Medical University", "Yerevan", "Yerevan", "AM",
                    "14 Koryun Lane, Yerevan 0025", ("am_mld", "am_bio", "am_nur")),
        Institution("Shirak Regional State Medical Institute", "Gyumri", "Shirak Province", "AM",
                    "9 Varpetats Street, Gyumri 3104", ("am_mld", "am_nur"), kind="institute"),
    ],
    employers=[
        Employer("Nork-Arabkir Republican Medical Centre CJSC", "Yerevan", "Yerevan", "AM",
                 "21 Nork Highway, Yerevan 0047", "+374 10 555 201", "hr@nork-arabkir.example"),
        Employer("Gyumri Central Regional Hospital CJSC", "Gyumri", "Shirak Province", "AM",
                 "3 Shahumyan Street, Gyumri 3101", "+374 312 555 02", "office@gyumri-crh.example"),
        Employer("Diagnostica-Yerevan Laboratory LLC", "Yerevan", "Yerevan", "AM",
                 "48 Mashtots Avenue, Yerevan 0009", "+374 60 555 303", "lab@diagnostica-yvn.example", "lab"),
        Employer("Vanadzor Medical Centre CJSC", "Vanadzor", "Lori Province", "AM",
                 "12 Tigran Mets Street, Vanadzor 2001", "+374 322 555 04", "info@vanadzor-mc.example"),
    ],
    signers=["Dr. Armen Levoni Petrosyan", "Anahit Sargsyan", "Prof. Karen Grigoryan", "Gayane Manukyan"],
    curricula=[_cur("am_mld", "Bachelor of Medical Laboratory Diagnostics", "medical_laboratory_science", AM_MLD,
                    True),
               _cur("am_bio", "Bachelor of Biology", "biology", AM_BIO),
               _cur("am_nur", "Bachelor of Nursing", "nursing", AM_NUR)],
    mls_curriculum="am_mld", science_curricula=["am_bio"], nonqualifying_curricula=["am_nur"],
    positions_mls=["Laboratory Doctor", "Medical Laboratory Specialist"],
    positions_science=["Laboratory Assistant", "Research Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(100, 999)}{rng.randint(10, 99)}",
)
K.register(PACK)
add_department_phrases("AM", {
    "blood_bank": ["Blood Bank", "Transfusiology"], "chemistry": ["Clinical Biochemistry"],
    "hematology": ["Haematology"], "microbiology": ["Bacteriology", "Microbiology"],
    "immunology": ["Immunology"], "urinalysis": ["General Clinical Investigations"], "molecular": ["PCR Laboratory"],
    "phlebotomy": ["Blood Collection Room"], "other": ["Cytology"]})

LETTER = {20: "A+", 19: "A", 18: "A", 17: "A-", 16: "B+", 15: "B", 14: "B-", 13: "C+", 12: "C", 11: "C-",
          10: "D+", 9: "D", 8: "D-"}
INST_HY = {"Ararat Valley State Medical University": "ԱՐԱՐԱՏՅԱՆ ՀՈՎՏԻ ՊԵՏԱԿԱՆ ԲԺՇԿԱԿԱՆ ՀԱՄԱԼՍԱՐԱՆ",
           "Shirak Regional State Medical Institute": "ՇԻՐԱԿԻ ՏԱՐԱԾԱՇՐՋԱՆԱՅԻՆ ՊԵՏԱԿԱՆ ԲԺՇԿԱԿԱՆ ԻՆՍՏԻՏՈՒՏ"}
CUR_HY = {"am_mld": "Բժշկական լաբորատոր ախտորոշում", "am_bio": "Կենսաբանություն", "am_nur": "Բուժքույրական գործ"}
PAPERS = {"am_mld": [(4, "Կուրսային աշխատանք (կենսաքիմիա)", "Course paper (Biochemistry)"),
                     (6, "Կուրսային աշխատանք (կլինիկական լաբորատոր ախտորոշում)",
                      "Course paper (Clinical Laboratory Diagnostics)")],
          "am_bio": [(4, "Կուրսային աշխատանք (գենետիկա)", "Course paper (Genetics)")], "am_nur": []}
STATE = [("Պետական ատեստավորում. մասնագիտական համալիր քննություն",
          "State attestation: comprehensive professional examination"),
         ("Պետական ատեստավորում. ավարտական աշխատանքի պաշտպանություն", "State attestation: defence of the graduation thesis")]


def grade20(r):
    return max(10, min(20, 9 + int((r.score - 45) * 11 / 47 + 0.5)))


def hy_name(person):
    return " ".join(NAMES_HY.get(x, x) for x in (person.given, person.surname))


def _rows(s):
    """[(sem, hy_title, en_title, hours or None, credits or None, grade, r or None)] in print order."""
    papers = {sem: (h, e) for sem, h, e in PAPERS.get(s.curriculum.id, [])}
    out = []
    for t in s.terms:
        sem = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
        for r in t.results:
            out.append((sem, HY[r.spec.code], r.spec.title, int(r.spec.credits) * 30, int(r.spec.credits),
                        grade20(r), r))
        if sem in papers:
            out.append((sem, papers[sem][0], papers[sem][1], None, None, 12 + k(s, f"cp{sem}") % 8, None))
    for i, (h, e) in enumerate(STATE):
        out.append((8, h, e, None, None, 12 + k(s, f"sa{i}") % 9, None))
    return out


def am_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    HF, HB = hy_font(), hy_font(True)
    L, R = 50, A4[0] - 50
    name_en = name_form(person, "given_surname").upper()
    rows = _rows(s)
    tot_h = sum(x[3] for x in rows if x[3])
    tot_c = sum(x[4] for x in rows if x[4])
    assert tot_h == tot_c * 30
    dn = f"{k(s, 'am-ref') % 9000 + 1000}"
    c = s.conferred
    pages = []

    def table(lang):
        cx = ([L, L + 24, L + 276, L + 330, L + 372, L + 418, R] if lang == "hy" else
              [L, L + 24, L + 136, L + 205, L + 272, L + 340, R])
        heads = (["N", "Առարկա", "Կիսամյակ", "Ժամ", "Կրեդիտ", "Գնահատական"] if lang == "hy" else
                 ["N", "Subject", "Semester", "Hours", "Credits", "Grade"])
        fnt, fb = (HF, HB) if lang == "hy" else (F, FB)

        def new_page(n):
            p = Page(A4)
            if n == 1:
                if lang == "hy":
                    p.circle(p.w / 2, 48, 16, 1.0, 0.3)
                    hy(p, p.w / 2, 82, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅԱՆ ԿՐԹՈՒԹՅԱՆ, ԳԻՏՈՒԹՅԱՆ, ՄՇԱԿՈՒՅԹԻ ԵՎ ՍՊՈՐՏԻ "
                                         "ՆԱԽԱՐԱՐՈՒԹՅՈՒՆ", 6.8, "center")
                    hy(p, p.w / 2, 96, INST_HY[inst.name], 9.5, "center", True)
                    hy(p, p.w / 2, 124, "ԱԿԱԴԵՄԻԱԿԱՆ ՏԵՂԵԿԱՆՔ", 14, "center", True)
                    hy(p, L, 146, f"Ուսանող՝ {hy_name(person)}", 9.5)
                    p.spaced(L, 159, [f"Մասնագիտություն՝ {CUR_HY[cur.id]}", "Որակավորում՝ բակալավր"], HF, 9.5, 24)
                    p.spaced(L, 172, [f"Ուսման ժամկետը՝ {s.admitted.year}–{c.year}", "Ուսման ձևը՝ առկա",
                                      f"Մատյանի համար՝ {s.student_no}"], HF, 9.5, 24)
                    return p, 186
                p.text(R, 36, "Translation from Armenian", FI, 9, "right")
                p.text(p.w / 2, 64, "Republic of Armenia", F, 10, "center")
                p.text(p.w / 2, 76, "Ministry of Education, Science, Culture and Sport", F, 9.5, "center")
                p.text(p.w / 2, 92, inst.name.upper(), FB, 11, "center")
                p.text(L, 106, "/Coat of arms of the Republic of Armenia/", FI, 8.5)
                p.text(p.w / 2, 128, "ACADEMIC TRANSCRIPT", FB, 14, "center")
                p.text(L, 148, f"Student: {name_en}", F, 10)
                p.spaced(L, 161, [f"Speciality: {cur.title.replace('Bachelor of ', '')}", "Qualification: Bachelor"], F, 10, 24)
                p.spaced(L, 174, [f"Period of study: {s.admitted.year}-{c.year}", "Mode of study: full-time",
                                 f"Record book No. {s.student_no}"], F, 10, 24)
                return p, 188
            return p, 50

        fl = Flow(new_page, 60)

        def head():
            pg, y = fl.page, fl.y
            pg.rect(L, y, R - L, 16, 0.7, 0, fill=0.9)
            pg.pieces(y + 11, [((cx[i] + cx[i + 1]) / 2, h, "center") for i, h in enumerate(heads)], fb, 8)
            for x in cx[1:-1]:
                pg.vline(x, y, y + 16, 0.5)
            fl.y = y + 16

        head()
        out = []
        fs = 8.2
        lh = 10
        for n, (sem, th, te, hrs, cr, g, r) in enumerate(rows, 1):
            title = th if lang == "hy" else te
            lines = wrap(title, fnt, fs, cx[2] - cx[1] - 6)
            if fl.need(lh * len(lines) + 4):
                head()
            pg, y = fl.page, fl.y
            gtxt = str(g) if lang == "hy" else f"{g} ({LETTER[g]})"
            yy = y + 9
            pg.pieces(yy, [((cx[0] + cx[1]) / 2, str(n), "center"), (cx[1] + 3, lines[0], "left"),
                           ((cx[2] + cx[3]) / 2, str(sem), "center"),
                           ((cx[3] + cx[4]) / 2, str(hrs) if hrs else "", "center"),
                           ((cx[4] + cx[5]) / 2, str(cr) if cr else "", "center"),
                           ((cx[5] + cx[6]) / 2, gtxt, "center")], fnt, fs)
            for ln in lines[1:]:
                yy += lh
                pg.text(cx[1] + 3, yy, ln, fnt, fs)
            fl.y = yy + 4
            for x in cx:
                pg.vline(x, y, fl.y, 0.5)
            pg.hline(L, R, fl.y, 0.4)
            if lang == "en" and r is not None:
                out.append(course_truth(r, f"Semester {sem}", cr, gtxt, "ects", title=" ".join(lines), code=None,
                                        hours=hrs))
        return fl, out

    # Armenian original
    fl, _ = table("hy")
    p, y = fl.page, fl.y + 16
    fl.need(120)
    p, y = fl.page, max(y, fl.y + 16)
    hy(p, L, y, f"Ընդամենը՝ {tot_h} ժամ, {tot_c} կրեդիտ", 9.5, bold=True)
    hy(p, L, y + 30, "Ռեկտոր", 9.5, bold=True)
    hy(p, L, y + 52, "Ուսումնական մասի պետ", 9.5, bold=True)
    p.signature(L + 130, y + 28, 90, rng)
    p.signature(L + 150, y + 50, 90, rng)
    round_seal(p, rng, R - 90, y + 40, 74, inst.name.upper()[:44], "REPUBLIC OF ARMENIA", ("★",))
    hy(p, L, y + 78, f"Տրված է {c.day:02d}.{c.month:02d}.{c.year} թ., գրանցման համար՝ {dn}", 8.5)
    pages.extend(fl.pages)
    # English translation
    fl, out = table("en")
    fl.need(300)
    p, y = fl.page, fl.y + 18
    p.text(L, y, f"Total: {tot_h} hours, {tot_c} credits", FB, 10)
    y += 14
    p.text(L, y, "Grading scale: 20-point system; pass mark 8. Letters: 20 A+, 18-19 A, 17 A-, 16 B+, 15 B, 14 B-, "
                 "13 C+, 12 C, 11 C-, 10 D+, 9 D, 8 D-.", F, 7.6)
    y += 22
    p.pieces(y, [(L, "Rector", "left", FB, 9.5), (L + 130, "/signature/", "left", FI, 9.5),
                 (R - 120, "/Seal of the University/", "left", FI, 9)], F, 9.5)
    y += 14
    p.pieces(y, [(L, "Head of Academic Affairs", "left", FB, 9.5), (L + 130, "/signature/", "left", FI, 9.5)], F, 9.5)
    y += 14
    p.text(L, y, f"Issued on {c.day:02d}.{c.month:02d}.{c.year}, registration No. {dn}", F, 9)
    y += 24
    tr = ["Lilit Avetisyan", "Hasmik Simonyan", "Davit Poghosyan"][k(s, "am-tr") % 3]
    y = p.paragraph(L, y, f"I, the undersigned translator {tr}, certify that this is a true and accurate translation "
                    "of the attached document from Armenian into English.", FI, 9.5, R - L, 12.5)
    p.pieces(y + 4, [(L, f"Translator: {tr}", "left"), (R - 150, "/signature/", "left", FI, 9.5)], F, 9.5)
    y += 28
    p.rect(L, y, R - L, 74, 0.7, 0.2)
    nt = ["Armine Ghazaryan", "Tigran Khachatryan"][k(s, "am-no") % 2]
    d2 = c.replace(day=min(28, c.day + 5)) if c.day < 28 else c
    y = p.paragraph(L + 8, y + 14, f"Republic of Armenia, City of Yerevan, {d2.day:02d}.{d2.month:02d}.{d2.year}. "
                    f"I, {nt}, notary of the Kentron notarial district of Yerevan, attest the authenticity of the "
                    f"signature of the translator {tr}, made in my presence. Registered in the register under No. "
                    f"{k(s, 'am-reg') % 9000 + 1000}. State duty paid.", F, 8.8, R - L - 16, 11.5)
    p.pieces(y + 2, [(L + 8, "Notary", "left", FB, 9), (L + 120, "/signature/ /seal/", "left", FI, 9)], F, 9)
    p.seal(R - 60, y - 10, 26, 0.4)
    pages.extend(fl.pages)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(pg.w / 2, pg.h - 22, f"{i}/{n}", F, 8, "center")
    extras = [{"title": x[2], "semester": x[0], "grade": f"{x[5]} ({LETTER[x[5]]})"} for x in rows if x[6] is None]
    return LayoutResult("transcript", "am_transcript_translation", FAMILY, pages, [name_en], out, "ects",
                        {"prints_totals": True, "total_credits": tot_c, "total_hours": tot_h,
                         "armenian_pages_not_counted": True, "no_credit_rows": extras})


TRANSCRIPT_LAYOUTS = {"am_transcript_translation": (am_transcript, FAMILY, ("AM",))}
