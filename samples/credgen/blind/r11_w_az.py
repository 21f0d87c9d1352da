"""Writer W, round 11: Azerbaijan (AZ). Country pack (an invented medical university's bachelor
programme "Tibbi laboratoriya işi / Medical laboratory science", four years, eight semesters of 30
ECTS; a state university's Biologiya; a Bacıçılıq işi (nursing) bachelor) and the bachelor diploma
supplement "DİPLOMA ƏLAVƏSİ / DIPLOMA SUPPLEMENT": Azerbaijani (Latin letters with ə ş ğ ı ç ö ü İ) in
every heading and cell with the English translation on a second line of the same cell in italic;
sections numbered as in the European supplement (1 holder, 2 qualification, 3 level, 4 contents and
results, 5 function, 6 additional information, 7 certification, 8 national system); the course table
under "4.3": `№ | Fənnin adı / Course title | Semestr / Semester | Saat / Hours | Kredit / Credits |
Bal / Points | Qiymət / Grade`, the semester (1-8) a column, not a heading; points 0-100, grades A-F
with the word ("əla / excellent", "çox yaxşı / very good", "yaxşı / good", "kafi / satisfactory",
"qənaətbəxş / sufficient"); rows without credits: "Kurs işi / Term paper" (hours and credits "—") and
"İstehsalat təcrübəsi / Industrial practice" (weeks in the hours column, e.g. "4 həftə / 4 weeks"). At
the end "Cəmi / Total: 240 kredit, 7200 saat" and "Orta bal / Average points: 82" (credit-weighted
mean of the credit-bearing rows' points, rounded).

Truth: every printed row with code null, title = the English line, `title_az` the Azerbaijani one,
term "Semestr 3", grade = the letter, `points` beside; the rows printed without credits have credits
0 and `credits_printed` False. Credits: ECTS (1 credit = 30 hours): x 1/2 (criteria.md)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r11_w_common import (FAMILY, add_department_phrases, az_safe, by_reading_order, course_truth, k, round_stamp,
                           sign_block, star_seal, table)

# code | Azerbaijani // English | credits | cat [| areas]; code KI = term paper, code IT<n> = practice of n weeks
AZ_MLS = """
## 1 S1
A101 | Azərbaycan dili və nitq mədəniyyəti // Azerbaijani language and speech culture | 5 | O
A102 | Xarici dil I // Foreign language I | 5 | O
A103 | Ümumi kimya // General chemistry | 6 | C
A104 | Tibbi biologiya və genetika // Medical biology and genetics | 6 | B
A105 | Tibbi fizika // Medical physics | 4 | O
A106 | Ali riyaziyyat // Higher mathematics | 4 | M
## 1 S2
A107 | Azərbaycan tarixi // History of Azerbaijan | 5 | O
A108 | Xarici dil II // Foreign language II | 5 | O
A109 | Bioüzvi kimya // Bioorganic chemistry | 6 | C
A110 | İnsan anatomiyası // Human anatomy | 6 | B
A111 | Histologiya, sitologiya və embriologiya // Histology, cytology and embryology | 5 | B
A112 | İnformatika // Informatics | 3 | O
## 2 S1
A201 | Biokimya I // Biochemistry I | 6 | C
A202 | Normal fiziologiya // Normal physiology | 6 | B
A203 | Ümumi mikrobiologiya // General microbiology | 6 | B
A204 | Analitik kimya // Analytical chemistry | 6 | C
A205 | Fəlsəfə // Philosophy | 3 | O
A206 | Biostatistika // Biostatistics | 3 | M
KI | Kurs işi: Biokimya // Term paper: Biochemistry | 0 | O
## 2 S2
A207 | Biokimya II // Biochemistry II | 6 | C
A208 | İmmunologiya // Immunology | 5 | ?B
A209 | Patoloji fiziologiya // Pathophysiology | 5 | O
A210 | Tibbi parazitologiya // Medical parasitology | 6 | P
A211 | Laboratoriya avadanlıqları // Laboratory equipment | 4 | P
A212 | Mülki müdafiə // Civil defence | 4 | O
IT2 | İstehsalat təcrübəsi: laborant köməkçisi // Industrial practice: laboratory assistant | 0 | P
## 3 S1
A301 | Klinik biokimya I // Clinical biochemistry I | 7 | P
A302 | Hematologiya I // Haematology I | 7 | P
A303 | Tibbi bakteriologiya // Medical bacteriology | 7 | P
A304 | Sitoloji diaqnostika // Cytological diagnostics | 5 | P
A305 | Epidemiologiya // Epidemiology | 4 | O
KI | Kurs işi: Hematologiya // Term paper: Haematology | 0 | O
## 3 S2
A306 | Klinik biokimya II // Clinical biochemistry II | 7 | P
A307 | Hematologiya II // Haematology II | 7 | P
A308 | Virusologiya və mikologiya // Virology and mycology | 6 | P
A309 | Sidik və bioloji mayelərin analizi // Urine and body fluid analysis | 5 | P
A310 | Tibbi etika və deontologiya // Medical ethics and deontology | 5 | P
IT4 | İstehsalat təcrübəsi: klinik laboratoriya // Industrial practice: clinical laboratory | 0 | P | chemistry,hematology
## 4 S1
A401 | İmmunohematologiya və qan transfuziyası // Immunohaematology and blood transfusion | 7 | P
A402 | Molekulyar diaqnostika // Molecular diagnostics | 6 | ?P
A403 | Klinik mikrobiologiya // Clinical microbiology | 7 | P
A404 | Laboratoriyanın idarə edilməsi // Laboratory management | 5 | P
A405 | Keyfiyyətə nəzarət // Quality control | 5 | P
## 4 S2
A406 | Klinik laboratoriya diaqnostikası // Clinical laboratory diagnostics | 10 | P
A407 | Toksikologiya // Toxicology | 5 | ?C
IT8 | İstehsalat təcrübəsi: xəstəxana laboratoriyası // Industrial practice: hospital laboratory | 0 | P | microbiology,blood_bank,hematology
A408 | Buraxılış işi // Graduation thesis | 15 | O
"""

AZ_BIO = """
## 1 S1
B101 | Azərbaycan dili // Azerbaijani language | 5 | O
B102 | Xarici dil I // Foreign language I | 5 | O
B103 | Ümumi kimya // General chemistry | 7 | C
B104 | Botanika // Botany | 7 | B
B105 | Riyaziyyat // Mathematics | 6 | M
## 1 S2
B106 | Azərbaycan tarixi // History of Azerbaijan | 5 | O
B107 | Zoologiya // Zoology | 7 | B
B108 | Üzvi kimya // Organic chemistry | 7 | C
B109 | Fizika // Physics | 6 | O
B110 | Xarici dil II // Foreign language II | 5 | O
## 2 S1
B201 | Sitologiya // Cytology | 8 | B
B202 | Mikrobiologiya // Microbiology | 8 | B
B203 | Biokimya // Biochemistry | 8 | C
B204 | Fəlsəfə // Philosophy | 6 | O
## 2 S2
B205 | Genetika // Genetics | 8 | B
B206 | İnsan və heyvan fiziologiyası // Human and animal physiology | 8 | B
B207 | Bitki fiziologiyası // Plant physiology | 8 | B
B208 | Biostatistika // Biostatistics | 6 | M
KI | Kurs işi: Genetika // Term paper: Genetics | 0 | O
## 3 S1
B301 | Ekologiya // Ecology | 10 | B
B302 | Molekulyar biologiya // Molecular biology | 10 | B
B303 | Histologiya // Histology | 10 | B
## 3 S2
B304 | İmmunologiya // Immunology | 10 | ?B
B305 | Virusologiya // Virology | 10 | ?B
B306 | Parazitologiya // Parasitology | 10 | B
IT4 | İstehsalat təcrübəsi: sahə // Industrial practice: field | 0 | O
## 4 S1
B401 | Biotexnologiya // Biotechnology | 10 | B
B402 | Embriologiya // Embryology | 10 | B
B403 | Hidrobiologiya // Hydrobiology | 10 | B
## 4 S2
B404 | Təkamül təlimi // Evolutionary theory | 15 | B
B405 | Buraxılış işi // Graduation thesis | 15 | O
"""

AZ_NUR = """
## 1 S1
N101 | Bacıçılığın əsasları // Fundamentals of nursing | 18 | O
N102 | Anatomiya // Anatomy | 12 | B
## 1 S2
N103 | Xəstəyə qulluq // Patient care | 30 | O
## 2 S1
N201 | Terapiyada bacı işi // Nursing in internal medicine | 30 | O
## 2 S2
N202 | Cərrahiyyədə bacı işi // Nursing in surgery | 30 | O
## 3 S1
N301 | Mamalıqda bacı işi // Nursing in obstetrics | 30 | O
## 3 S2
N302 | Pediatriyada bacı işi // Nursing in paediatrics | 30 | O
## 4 S1
N401 | İctimai səhiyyə // Public health | 30 | O
## 4 S2
N402 | Bacı işinin idarə edilməsi // Nursing management | 30 | O
"""


def _cur(cid, title, field, text, clin=False):
    terms, _ = table(text, 1)
    return C.Curriculum(cid, "AZ", title, "bachelor", 4, field, "ects", terms, 9, 7, clinical_training=clin)


AZ_INST = [
    Institution("Xəzər Sahili Tibb Universiteti", "Bakı", "Bakı", "AZ", "Səməd Vurğun küçəsi 41", ("az_mls", "az_nur"),
                "university", extra={"en": "Caspian Coast Medical University", "fac": "İctimai səhiyyə fakültəsi",
                                     "fac_en": "Faculty of Public Health"}),
    Institution("Şirvan Tibb Universiteti", "Şamaxı", "Şamaxı rayonu", "AZ", "Nizami küçəsi 12", ("az_mls", "az_nur"),
                "university", extra={"en": "Shirvan Medical University", "fac": "Tibb-profilaktika fakültəsi",
                                     "fac_en": "Faculty of Preventive Medicine"}),
    Institution("Kür Dövlət Universiteti", "Mingəçevir", "Mingəçevir", "AZ", "Dövlət küçəsi 7", ("az_bio",),
                "university", extra={"en": "Kur State University", "fac": "Biologiya fakültəsi",
                                     "fac_en": "Faculty of Biology"}),
]

PACK = K.CountryPack(
    code="AZ", name="Azerbaijan",
    given={"F": ["Aysel", "Günel", "Leyla", "Nigar", "Səbinə", "Türkan", "Könül", "Aynur", "Nərmin", "Şəbnəm"],
           "M": ["Elvin", "Rəşad", "Orxan", "Tural", "Kamran", "Vüsal", "Fərid", "Elnur", "Ülvi", "Cavid"]},
    surnames=["Hüseynli", "Məmmədli", "Abbaszadə", "Rzazadə", "Qasımlı", "Nəsirli", "Cəfərli", "Hacızadə", "Kərimli",
              "Bağırlı", "Sultanlı", "Əsgərzadə"],
    middle={"F": [""], "M": [""]},
    institutions=AZ_INST,
    employers=[
        Employer("Bakı Şəhər 4 saylı Klinik Xəstəxanası", "Bakı", "Bakı", "AZ", "Ə. Əliyev küçəsi 18", "+994 12 000 41 17",
                 "kadr@xestexana4.example"),
        Employer("Gəncə Regional Diaqnostika Mərkəzi", "Gəncə", "Gəncə", "AZ", "Atatürk prospekti 90",
                 "+994 22 000 55 30", "info@ganja-diag.example"),
        Employer("Şamaxı Rayon Mərkəzi Xəstəxanası", "Şamaxı", "Şamaxı rayonu", "AZ", "Heydər Əliyev prospekti 3",
                 "+994 20 000 51 12", "samaxi.mrx@saglik.example"),
        Employer("Mərkəzi Tibbi Laboratoriya MMC", "Bakı", "Bakı", "AZ", "Nərimanov rayonu, Təbriz küçəsi 22",
                 "+994 12 000 98 80", "hr@merkezi-lab.example", "lab"),
    ],
    signers=["Həsənov Rauf", "Əliyeva Sevinc", "Quliyev Zaur", "Məmmədova Gülnarə"],
    curricula=[_cur("az_mls", "Bachelor of Medical Laboratory Science", "medical_laboratory_science", AZ_MLS, True),
               _cur("az_bio", "Bachelor of Biology", "biology", AZ_BIO),
               _cur("az_nur", "Bachelor of Nursing", "nursing", AZ_NUR)],
    mls_curriculum="az_mls", science_curricula=["az_bio"], nonqualifying_curricula=["az_nur"],
    positions_mls=["Laborant", "Tibbi laborant"],
    positions_science=["Laborant", "Biolog"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(1000000, 9999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("AZ", {
    "blood_bank": ["qan bankı / blood bank"], "chemistry": ["biokimya / biochemistry"],
    "hematology": ["hematologiya / haematology"], "microbiology": ["bakteriologiya / bacteriology"],
    "immunology": ["immunologiya / immunology"], "urinalysis": ["ümumi klinik analizlər / urinalysis"],
    "molecular": ["PZR laboratoriyası / PCR laboratory"], "phlebotomy": ["qanalma otağı / blood collection room"],
    "other": ["sitologiya / cytology"]})

EMP_EN = {"Bakı Şəhər 4 saylı Klinik Xəstəxanası": "Baku City Clinical Hospital No. 4",
          "Gəncə Regional Diaqnostika Mərkəzi": "Ganja Regional Diagnostic Centre",
          "Şamaxı Rayon Mərkəzi Xəstəxanası": "Shamakhi District Central Hospital",
          "Mərkəzi Tibbi Laboratoriya MMC": "Central Medical Laboratory LLC"}
AZ_TITLE = {"az_mls": ("Tibbi laboratoriya işi", "Medical laboratory science"),
            "az_bio": ("Biologiya", "Biology"), "az_nur": ("Bacıçılıq işi", "Nursing")}
GRADES = [(91, "A", "əla", "excellent"), (81, "B", "çox yaxşı", "very good"), (71, "C", "yaxşı", "good"),
          (61, "D", "kafi", "satisfactory"), (51, "E", "qənaətbəxş", "sufficient"), (0, "F", "qeyri-kafi", "fail")]


def az_grade(p):
    for lo, l, az, en in GRADES:
        if p >= lo:
            return l, az, en


def az_rows(s):
    out = []
    for i, t in enumerate(s.terms):
        sem = 2 * (t.year - 1) + (1 if t.key == "S1" else 2)
        for j, r in enumerate(t.results):
            pts = max(61, min(99, r.score + 8 + k(s, f"p{i}.{j}") % 11 - 5))
            az, en = [x.strip() for x in r.spec.title.split("//")]
            out.append((sem, r, az, en, pts))
    return out


def az_transcript(s, person, rng):
    with az_safe():
        return _az(s, person, rng)


def _az(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI, FBI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"
    W, H = A4
    L, R = 40, W - 40
    ta, te = AZ_TITLE[cur.id]
    rows = az_rows(s)
    out = []
    father = ["Elçin", "Rauf", "Vaqif", "Namiq", "Tofiq", "Ilham"][k(s, "fa") % 6]

    def new_page(n):
        p = Page(A4)
        p.text(R, 30, f"{inst.name} / {inst.extra['en']}", FI, 7, "right")
        p.text(L, 30, f"Səh. {n} / Page {n}", FI, 7)
        p.hline(L, R, 35, 0.4)
        return p, 52

    fl = Flow(new_page, 50)
    p = fl.page
    star_seal(p, W / 2, 74, 22, 0.35, points=8)
    p.text(W / 2, 112, "AZƏRBAYCAN RESPUBLİKASI", FB, 10, "center")
    p.text(W / 2, 124, "Republic of Azerbaijan", FI, 8.5, "center")
    p.text(W / 2, 142, "DİPLOMA ƏLAVƏSİ", FB, 15, "center")
    p.text(W / 2, 157, "DIPLOMA SUPPLEMENT", FBI, 11, "center")
    p.text(W / 2, 172, f"Diplom № BD {k(s, 'dno') % 900000 + 100000}", F, 8.5, "center")
    y = 194

    def sec(y, num, az, en):
        p = fl.page
        p.rect(L, y - 10, R - L, 25, 0.4, 0, fill=0.92)
        p.text(L + 4, y, f"{num}. {az}", FB, 9)
        p.text(L + 4, y + 11, en, FBI, 8)
        return y + 26

    def item(y, num, az, en, val, val_en=None):
        p = fl.page
        p.pieces(y, [(L + 4, f"{num} {az}", "left", F, 8), (L + 250, val, "left", FB, 8.5)], F, 8)
        p.pieces(y + 10, [(L + 4 + 4 * len(num) + 6, en, "left", FI, 7.5)] +
                 ([(L + 250, val_en, "left", FI, 8)] if val_en else []), F, 7.5)
        return y + 24

    y = sec(y, "1", "İxtisas dərəcəsi sahibi haqqında məlumat", "Information identifying the holder of the qualification")
    y = item(y, "1.1", "Soyadı", "Family name", person.surname)
    y = item(y, "1.2", "Adı", "Given name", person.given)
    y = item(y, "1.3", "Atasının adı", "Father's name", father)
    y = item(y, "1.4", "Doğum tarixi", "Date of birth", s.dob.strftime("%d.%m.%Y"))
    y = item(y, "1.5", "Tələbə bileti №", "Student identification number", s.student_no)
    y = sec(y + 2, "2", "İxtisas dərəcəsi haqqında məlumat", "Information identifying the qualification")
    y = item(y, "2.1", "İxtisas dərəcəsi", "Name of qualification", "Bakalavr", "Bachelor")
    y = item(y, "2.2", "İxtisas", "Specialty", ta, te)
    y = item(y, "2.3", "Təhsil müəssisəsi", "Name of awarding institution", inst.name, inst.extra["en"])
    y = item(y, "2.4", "Tədris dili", "Language of instruction", "Azərbaycan dili", "Azerbaijani")
    y = sec(y + 2, "3", "İxtisas dərəcəsinin səviyyəsi haqqında məlumat", "Information on the level of the qualification")
    y = item(y, "3.1", "Səviyyə", "Level", "Ali təhsilin bakalavriat səviyyəsi", "First cycle (bachelor's level)")
    y = item(y, "3.2", "Proqramın rəsmi müddəti", "Official length of programme", "4 il, 240 kredit",
             "4 years, 240 ECTS credits")
    y = item(y, "3.3", "Qəbul tələbləri", "Access requirements", "Tam orta təhsil, qəbul imtahanı",
             "Complete secondary education, entrance examination")
    y = sec(y + 2, "4", "Məzmun və nəticələr haqqında məlumat", "Information on the contents and results gained")
    y = item(y, "4.1", "Təhsil forması", "Mode of study", "Əyani", "Full-time")
    y = item(y, "4.2", "Proqramın tələbləri", "Programme requirements", "240 kredit, dövlət attestasiyası",
             "240 credits, state attestation")
    fl.y = y
    xs = [L, L + 22, L + 250, L + 296, L + 350, L + 396, L + 436, R]
    heads = [("№", ""), ("Fənnin adı", "Course title"), ("Semestr", "Semester"), ("Saat", "Hours"),
             ("Kredit", "Credits"), ("Bal", "Points"), ("Qiymət", "Grade")]

    def header():
        fl.need(60)
        p, y = fl.page, fl.y
        p.rect(L, y, R - L, 24, 0.5, 0, fill=0.9)
        p.pieces(y + 10, [((xs[c] + xs[c + 1]) / 2, a, "center") for c, (a, _) in enumerate(heads)], FB, 7.5)
        p.pieces(y + 20, [((xs[c] + xs[c + 1]) / 2, b, "center") for c, (_, b) in enumerate(heads) if b], FBI, 7)
        fl.y = y + 24
        return y

    fl.need(80)
    fl.page.text(L + 4, fl.y + 4, "4.3 Proqramın təfərrüatları, alınmış qiymətlər və kreditlər", F, 8)
    fl.page.text(L + 22, fl.y + 14, "Programme details and the individual grades / marks / credits obtained", FI, 7.5)
    fl.y += 22
    top = header()
    tc = th = 0
    wsum = wn = 0
    for n, (sem, r, az, en, pts) in enumerate(rows, 1):
        la = wrap(az, F, 7.8, xs[2] - xs[1] - 6)
        le = wrap(en, FI, 7.3, xs[2] - xs[1] - 6)
        hgt = 9 * (len(la) + len(le)) + 4
        if fl.y + hgt > H - 50:
            for x in xs:
                fl.page.vline(x, top, fl.y, 0.4)
            fl.break_page()
            top = header()
        p, y = fl.page, fl.y
        code = r.spec.code
        cr = int(r.spec.credits)
        l, gaz, gen = az_grade(pts)
        if code.startswith("IT"):
            wk = int(code[2:])
            hrs_az, hrs_en, cr_s = f"{wk} həftə", f"{wk} weeks", "—"
        elif code == "KI":
            hrs_az, hrs_en, cr_s = "—", "", "—"
        else:
            hrs_az, hrs_en, cr_s = str(cr * 30), "", str(cr)
            tc += cr
            th += cr * 30
            wsum += pts * cr
            wn += cr
        b = y + 9
        p.pieces(b, [((xs[0] + xs[1]) / 2, str(n), "center"), (xs[1] + 3, la[0], "left"),
                     ((xs[2] + xs[3]) / 2, str(sem), "center"), ((xs[3] + xs[4]) / 2, hrs_az, "center"),
                     ((xs[4] + xs[5]) / 2, cr_s, "center"), ((xs[5] + xs[6]) / 2, str(pts), "center"),
                     ((xs[6] + xs[7]) / 2, f"{l} ({gaz})", "center")], F, 7.8)
        yy = b
        for ln in la[1:]:
            yy += 9
            p.text(xs[1] + 3, yy, ln, F, 7.8)
        for q, ln in enumerate(le):
            yy += 9
            if q == 0:
                p.pieces(yy, [(xs[1] + 3, ln, "left"), ((xs[3] + xs[4]) / 2, hrs_en, "center"),
                              ((xs[6] + xs[7]) / 2, f"({gen})", "center")], FI, 7.3)
            else:
                p.text(xs[1] + 3, yy, ln, FI, 7.3)
        fl.y = y + hgt
        p.hline(L, R, fl.y, 0.25, 0.45)
        nocr = code == "KI" or code.startswith("IT")
        out.append(course_truth(r, f"Semestr {sem}", 0 if nocr else cr, l, "ects", title=" ".join(le), code=None,
                                title_az=" ".join(la), points=pts, credits_printed=not nocr,
                                **({"weeks": int(code[2:])} if code.startswith("IT") else {})))
    for x in xs:
        fl.page.vline(x, top, fl.y, 0.4)
    avg = round(wsum / wn)
    fl.need(40)
    p, y = fl.page, fl.y + 14
    p.text(L + 4, y, f"Cəmi / Total: {tc} kredit, {th} saat", FB, 9)
    p.text(L + 4, y + 13, f"Orta bal / Average points: {avg}", FB, 9)
    fl.y = y + 26
    fl.need(200)
    y = fl.y + 8
    p = fl.page
    p.text(L + 4, y, "4.4 Qiymətləndirmə sistemi / Grading scheme:", F, 8)
    p.text(L + 4, y + 11, "91-100 A (əla), 81-90 B (çox yaxşı), 71-80 C (yaxşı), 61-70 D (kafi), 51-60 E (qənaətbəxş), "
           "0-50 F", F, 7.5)
    p.text(L + 4, y + 21, "91-100 A (excellent), 81-90 B (very good), 71-80 C (good), 61-70 D (satisfactory), "
           "51-60 E (sufficient), 0-50 F (fail)", FI, 7.5)
    fl.y = y + 34
    fl.page = p
    y = sec(fl.y + 8, "5", "İxtisas dərəcəsinin funksiyası haqqında məlumat", "Information on the function of the qualification")
    y = item(y, "5.1", "Sonrakı təhsilə çıxış", "Access to further study", "Magistratura səviyyəsi",
             "Access to master's level")
    y = sec(y + 2, "7", "Əlavənin təsdiqi", "Certification of the supplement")
    y = item(y, "7.1", "Tarix", "Date", s.conferred.strftime("%d.%m.%Y"))
    sign_block(p, rng, L + 110, y + 36, "Rektor / Rector", FB, 8.5, 150)
    sign_block(p, rng, R - 110, y + 36, "Dekan / Dean", FB, 8.5, 150)
    round_stamp(p, L + 170, y + 24, 28, 0.42)
    fl.y = y + 70
    fl.need(60)
    p = fl.page
    y = sec(fl.y, "8", "Milli ali təhsil sistemi haqqında məlumat", "Information on the national higher education system")
    p.paragraph(L + 4, y, "Ali təhsil üç səviyyədən ibarətdir: bakalavriat (240 kredit), magistratura, doktorantura. "
                "/ Higher education has three cycles: bachelor (240 ECTS), master, doctorate.", F, 7.5, R - L - 8, 10)
    return LayoutResult("transcript", "w_az_supplement", FAMILY, by_reading_order(fl.pages), [f"{person.surname}, {person.given}"], out,
                        "ects", {"prints_totals": True, "average_points": avg})


TRANSCRIPT_LAYOUTS = {"w_az_supplement": (az_transcript, FAMILY, ("AZ",))}
