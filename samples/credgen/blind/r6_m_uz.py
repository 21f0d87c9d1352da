"""Writer M, round 6: Uzbekistan. Country pack (Bachelor "Tibbiy-biologik ish / Medical-biological
work", 4 years, 8 semesters of 30 credits = 240 (the credit-module system: 60 a year, ECTS-like,
so system `ects`, 1 credit = 36 academic hours as the transcript prints); Biologiya; Oliy
hamshiralik ishi (higher nursing); Uzbek women's surnames take -a: Karimov -> Karimova) and the
bilingual "AKADEMIK MA'LUMOTNOMA / ACADEMIC TRANSCRIPT" in Uzbek Latin script over English: per
semester a heading "3-semestr / Semester 3 (2017-2018)" and `№ | Fan nomi / Subject | Soat /
Hours | Kredit / Credits | Ball (100) | Baho / Grade`, subject titles Uzbek then English on the
line below, grades "5 (a'lo / excellent)", "4 (yaxshi / good)", "3 (qoniqarli / satisfactory)",
per semester "Jami / Total: 1080 soat / hours, 30 kredit / credits", at the end "Jami / Total:
8640 hours, 240 credits" and the mean score, the grading scale, "M.O'. / L.S." where the seal
goes. Subjects have no codes."""

from .. import countries as K
from .. import courses as C
from .. import profiles as P
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r6_m_common import FAMILY, add_department_phrases, course_truth, parse, stamp

HOURS_PER_CREDIT = 36

UZ_MBI = """
## 1 S1
UZ101 | O'zbekiston tarixi | History of Uzbekistan | 4 | O
UZ102 | Chet tili (ingliz tili) I | Foreign Language (English) I | 4 | O
UZ103 | Tibbiy biologiya va genetika | Medical Biology and Genetics | 6 | B
UZ104 | Umumiy kimyo | General Chemistry | 6 | C
UZ105 | Odam anatomiyasi | Human Anatomy | 6 | B
UZ106 | Oliy matematika | Higher Mathematics | 4 | M
## 1 S2
UZ107 | Falsafa | Philosophy | 4 | O
UZ108 | Chet tili (ingliz tili) II | Foreign Language (English) II | 4 | O
UZ109 | Bioorganik kimyo | Bioorganic Chemistry | 6 | C
UZ110 | Gistologiya, sitologiya va embriologiya | Histology, Cytology and Embryology | 6 | ?B
UZ111 | Tibbiy fizika | Medical Physics | 5 | O
UZ112 | Lotin tili va tibbiy terminologiya | Latin and Medical Terminology | 5 | O
## 2 S1
UZ201 | Biokimyo | Biochemistry | 6 | C
UZ202 | Normal fiziologiya | Normal Physiology | 6 | B
UZ203 | Mikrobiologiya, virusologiya va immunologiya | Microbiology, Virology and Immunology | 6 | B
UZ204 | Analitik kimyo | Analytical Chemistry | 5 | C
UZ205 | Biostatistika | Biostatistics | 4 | M
UZ206 | Jismoniy tarbiya | Physical Education | 3 | O
## 2 S2
UZ207 | Patologik fiziologiya | Pathophysiology | 6 | ?B
UZ208 | Patologik anatomiya | Pathological Anatomy | 5 | ?P
UZ209 | Klinik biokimyo I | Clinical Biochemistry I | 6 | ?P
UZ210 | Umumiy gematologiya | General Hematology | 6 | P
UZ211 | Farmakologiya | Pharmacology | 4 | O
UZ212 | Ma'naviyat asoslari | Foundations of Spirituality | 3 | O
## 3 S1
UZ301 | Klinik laborator diagnostika | Clinical Laboratory Diagnostics | 6 | P
UZ302 | Klinik biokimyo II | Clinical Biochemistry II | 6 | ?P
UZ303 | Klinik mikrobiologiya | Clinical Microbiology | 6 | ?P
UZ304 | Tibbiy parazitologiya | Medical Parasitology | 4 | P
UZ305 | Immunologiya va allergologiya | Immunology and Allergology | 4 | B
UZ306 | Epidemiologiya | Epidemiology | 4 | O
## 3 S2
UZ307 | Transfuziologiya va immunogematologiya | Transfusiology and Immunohematology | 6 | P
UZ308 | Gemostaz va koagulologiya | Hemostasis and Coagulology | 5 | ?P
UZ309 | Molekulyar-genetik diagnostika | Molecular Genetic Diagnostics | 5 | ?P
UZ310 | Sitologik diagnostika | Cytological Diagnostics | 5 | ?P
UZ311 | Laboratoriya sifat nazorati | Laboratory Quality Control | 4 | ?P
UZ312 | Jamoat salomatligi va sog'liqni saqlashni boshqarish | Public Health and Health Care Management | 5 | O
## 4 S1
UZ401 | Ishlab chiqarish amaliyoti: klinik biokimyo va gematologiya | Practical Training: Clinical Biochemistry and Hematology | 12 | P | chemistry,hematology
UZ402 | Toksikologik kimyo | Toxicological Chemistry | 6 | ?C
UZ403 | Siydik va biologik suyuqliklar tahlili | Urinalysis and Body Fluids | 5 | P
UZ404 | Tibbiy etika va deontologiya | Medical Ethics and Deontology | 3 | O
UZ405 | Laboratoriya axborot tizimlari | Laboratory Information Systems | 4 | O
## 4 S2
UZ406 | Ishlab chiqarish amaliyoti: mikrobiologiya va qon quyish xizmati | Practical Training: Microbiology and Blood Transfusion Service | 12 | P | microbiology,blood_bank
UZ407 | Bitiruv malakaviy ishi | Graduation Qualification Work | 12 | O
UZ408 | Yakuniy davlat attestatsiyasi | Final State Attestation | 6 | O
"""

UZ_BIO = """
## 1 S1
UB101 | O'zbekiston tarixi | History of Uzbekistan | 6 | O
UB102 | Umumiy biologiya | General Biology | 12 | B
UB103 | Umumiy kimyo | General Chemistry | 12 | C
## 1 S2
UB104 | Botanika | Botany | 12 | B
UB105 | Organik kimyo | Organic Chemistry | 12 | C
UB106 | Oliy matematika | Higher Mathematics | 6 | M
## 2 S1
UB201 | Zoologiya | Zoology | 12 | B
UB202 | Biokimyo | Biochemistry | 12 | C
UB203 | Chet tili | Foreign Language | 6 | O
## 2 S2
UB204 | Genetika | Genetics | 12 | B
UB205 | Mikrobiologiya | Microbiology | 12 | B
UB206 | Falsafa | Philosophy | 6 | O
## 3 S1
UB301 | Odam va hayvonlar fiziologiyasi | Human and Animal Physiology | 12 | B
UB302 | Hujayra biologiyasi | Cell Biology | 12 | B
UB303 | Biostatistika | Biostatistics | 6 | M
## 3 S2
UB304 | Molekulyar biologiya | Molecular Biology | 12 | B
UB305 | Ekologiya | Ecology | 12 | ?B
UB306 | Immunologiya | Immunology | 6 | B
## 4 S1
UB401 | Biotexnologiya | Biotechnology | 12 | ?B
UB402 | Malakaviy amaliyot | Professional Practice | 18 | O
## 4 S2
UB403 | Bitiruv malakaviy ishi | Graduation Qualification Work | 24 | O
UB404 | Yakuniy davlat attestatsiyasi | Final State Attestation | 6 | O
"""

UZ_NUR = """
## 1 S1
UH101 | Odam anatomiyasi va fiziologiyasi | Human Anatomy and Physiology | 12 | B
UH102 | Hamshiralik ishi asoslari | Fundamentals of Nursing | 18 | O
## 1 S2
UH103 | Farmakologiya | Pharmacology | 12 | O
UH104 | Ichki kasalliklarda hamshiralik ishi | Nursing in Internal Diseases | 18 | O
## 2 S1
UH201 | Jarrohlikda hamshiralik ishi | Surgical Nursing | 18 | O
UH202 | Chet tili | Foreign Language | 12 | O
## 2 S2
UH203 | Pediatriyada hamshiralik ishi | Pediatric Nursing | 30 | O
## 3 S1
UH301 | Akusherlik va ginekologiyada hamshiralik ishi | Obstetric and Gynecological Nursing | 30 | O
## 3 S2
UH302 | Jamoat salomatligi | Public Health | 30 | O
## 4 S1
UH401 | Malakaviy amaliyot | Professional Practice | 30 | O
## 4 S2
UH402 | Bitiruv malakaviy ishi | Graduation Qualification Work | 24 | O
UH403 | Yakuniy davlat attestatsiyasi | Final State Attestation | 6 | O
"""

UZ_TITLE = {}


def _cur(cid, title, field, table, clin=False):
    cur = C.Curriculum(cid, "UZ", title, "bachelor", 4, field, "ects", parse(table, UZ_TITLE), 9, 6,
                       clinical_training=clin)
    for t in cur.terms:
        assert sum(c.credits for c in t.courses) == 30, (cid, t.year, t.key)
    return cur


PACK = K.CountryPack(
    code="UZ", name="Uzbekistan",
    given={"F": ["Dilnoza", "Gulnora", "Malika", "Nilufar", "Shahnoza", "Madina", "Zarina", "Kamola", "Feruza",
                 "Sevara"],
           "M": ["Jasur", "Sardor", "Bekzod", "Otabek", "Aziz", "Rustam", "Sherzod", "Dilshod", "Jamshid",
                 "Ulug'bek"]},
    surnames=["Karimov", "Yusupov", "Rahimov", "Tursunov", "Abdullayev", "Ergashev", "Xolmatov", "Nazarov",
              "Mirzayev", "Qodirov", "Sodiqov", "Ismoilov", "Normatov", "Jo'rayev"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Zarafshan Medical Institute", "Navoiy", "Navoiy viloyati", "UZ",
                    "Navoiy shahri, Galaba shoh ko'chasi, 27-uy", ("uz_mbi", "uz_bio", "uz_nur"),
                    extra={"uz": "Zarafshon Tibbiyot Instituti"}),
        Institution("Fergana Valley Medical Institute", "Farg'ona", "Farg'ona viloyati", "UZ",
                    "Farg'ona shahri, Mustaqillik ko'chasi, 112-uy", ("uz_mbi", "uz_nur"),
                    extra={"uz": "Farg'ona Vodiysi Tibbiyot Instituti"}),
        Institution("Tashkent International Institute of Health", "Toshkent", "Toshkent shahri", "UZ",
                    "Yunusobod tumani, Bodomzor yo'li, 45-uy", ("uz_mbi", "uz_bio"),
                    extra={"uz": "Toshkent Xalqaro Sog'liqni Saqlash Instituti"}),
    ],
    employers=[
        Employer("Navoi Regional Multidisciplinary Medical Center", "Navoiy", "Navoiy viloyati", "UZ",
                 "Navoiy shahri, Xalqlar do'stligi ko'chasi, 8", "+998 79 555 01 42", "kadr@navoi-rmmc.example"),
        Employer("Fergana City Family Polyclinic No. 2", "Farg'ona", "Farg'ona viloyati", "UZ",
                 "Farg'ona shahri, Al-Farg'oniy ko'chasi, 33", "+998 73 555 01 78", "poliklinika2@fergana-med.example"),
        Employer("Diagnostika Plyus LLC Laboratory", "Toshkent", "Toshkent shahri", "UZ",
                 "Chilonzor tumani, Bunyodkor shoh ko'chasi, 14", "+998 71 555 01 93", "info@diagnostika-plyus.example",
                 "lab"),
        Employer("Tashkent City Clinical Hospital No. 7", "Toshkent", "Toshkent shahri", "UZ",
                 "Mirzo Ulug'bek tumani, Parkent ko'chasi, 51", "+998 71 555 01 21", "hr@tcch7.example"),
    ],
    signers=["Sh. A. Yo'ldoshev", "M. R. Tojiboyeva", "B. X. Ahmedov", "N. S. Qurbonova"],
    curricula=[_cur("uz_mbi", "Bachelor in Medical-biological work", "medical_laboratory_science", UZ_MBI, True),
               _cur("uz_bio", "Bachelor in Biology", "biology", UZ_BIO),
               _cur("uz_nur", "Bachelor in Higher Nursing", "nursing", UZ_NUR)],
    mls_curriculum="uz_mbi", science_curricula=["uz_bio"], nonqualifying_curricula=["uz_nur"],
    positions_mls=["Laboratory Assistant", "Laboratory Physician-Biologist"],
    positions_science=["Laboratory Assistant", "Biologist"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100}{rng.randint(1, 9)}{rng.randint(10000, 99999)}",
)
K.register(PACK)
add_department_phrases("UZ", {
    "blood_bank": ["Blood Transfusion Unit"], "chemistry": ["Biochemistry"],
    "hematology": ["Hematology"], "microbiology": ["Bacteriology"],
    "immunology": ["Immunology"], "urinalysis": ["Clinical Laboratory (urine analysis)"],
    "molecular": ["PCR Laboratory"], "phlebotomy": ["Blood Collection Room"],
    "other": ["Cytology"]})


def fem(surname):
    return surname + "a" if surname.endswith(("ov", "ev")) else surname


# Uzbek women's surnames end in -ova/-eva: applied to UZ persons after they are drawn (no RNG use,
# so every other country's seeds give the same people as before).
_make_person, _marry = P.make_person, P.marry


def _make_person_uz(rng, country, sex=None):
    p = _make_person(rng, country, sex)
    if country == "UZ" and p.sex == "F":
        p.surname = fem(p.surname)
    return p


def _marry_uz(rng, p):
    out = _marry(rng, p)
    if p.country == "UZ" and p.married_surname:
        p.married_surname = fem(p.married_surname)
    return out


P.make_person, P.marry = _make_person_uz, _marry_uz


def ball_of(r):
    return max(56, min(99, round(56 + (r.score - 45) * 43 / 47)))


def baho(b):
    return "5 (a'lo / excellent)" if b >= 86 else "4 (yaxshi / good)" if b >= 71 else "3 (qoniqarli / satisfactory)"


def uz_akademik_malumotnoma(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    L, R = 36, A4[0] - 36
    name = f"{person.surname.upper()} {person.given.upper()}"
    xs = [L, L + 20, L + 268, L + 306, L + 350, L + 394, R]
    yo = {"uz_mbi": "5510900 - Tibbiy-biologik ish / Medical-biological work",
          "uz_bio": "5140100 - Biologiya / Biology", "uz_nur": "5510700 - Oliy hamshiralik ishi / Higher nursing"}

    def new_page(n):
        p = Page(A4)
        y = 40
        p.text(p.w / 2, y, "O'ZBEKISTON RESPUBLIKASI SOG'LIQNI SAQLASH VAZIRLIGI", FB, 10, "center"); y += 11
        p.text(p.w / 2, y, "MINISTRY OF HEALTH OF THE REPUBLIC OF UZBEKISTAN", F, 8.5, "center"); y += 16
        p.text(p.w / 2, y, inst.extra["uz"].upper(), FB, 12.5, "center"); y += 12
        p.text(p.w / 2, y, inst.name.upper(), FB, 10, "center"); y += 8
        p.hline(L, R, y, 1.4); p.hline(L, R, y + 2.5, 0.5); y += 20
        if n == 1:
            p.text(p.w / 2, y, "AKADEMIK MA'LUMOTNOMA", FB, 14, "center"); y += 14
            p.text(p.w / 2, y, "ACADEMIC TRANSCRIPT", FB, 11, "center"); y += 10
            p.text(p.w / 2, y, f"№ {s.student_no}-{s.conferred.year % 100}", F, 9, "center"); y += 16
            rows = [f"Familiyasi, ismi / Surname, name: {name}",
                    f"Ta'lim yo'nalishi / Field of study: {yo.get(cur.id, cur.title)}",
                    "Ta'lim shakli / Form of study: kunduzgi / full-time"]
            for row in rows:
                p.text(L, y, row, F, 9); y += 12
            p.pieces(y, [(L, f"O'qishga kirgan yili / Year of entry: {s.admitted.year}", "left"),
                         (L + 260, f"Tamomlagan yili / Year of graduation: {s.conferred.year}", "left")], F, 9)
            y += 12
            y += 4
        else:
            p.text(L, y, f"Familiyasi, ismi / Surname, name: {name} (davomi / continued)", F, 9); y += 14
        return p, y

    fl = Flow(new_page, 70)
    out = []
    tot_h = tot_c = 0
    balls = []
    c = lambda i: (xs[i] + xs[i + 1]) / 2  # noqa: E731

    def header(p, y):
        p.hline(L, R, y - 9, 0.8)
        p.pieces(y, [(c(0), "№", "center"), (xs[1] + 4, "Fan nomi / Subject", "left"), (c(2), "Soat /", "center"),
                     (c(3), "Kredit /", "center"), (c(4), "Ball", "center"), (c(5), "Baho / Grade", "center")], FB, 7.8)
        p.pieces(y + 9, [(c(2), "Hours", "center"), (c(3), "Credits", "center"), (c(4), "(100)", "center")], FB, 7.8)
        p.hline(L, R, y + 13, 0.8)
        return y + 23

    for t in s.terms:
        sem = (t.year - 1) * 2 + (1 if t.key == "S1" else 2)
        label = f"{sem}-semestr / Semester {sem} ({t.start_year}-{t.start_year + 1})"
        fl.need(60 + 20 * len(t.results))
        p = fl.page
        p.text(L, fl.y + 4, label, FB, 9)
        top = fl.y + 4 + 5
        fl.y = header(p, fl.y + 18)
        sh = sc = 0
        for i, r in enumerate(t.results, 1):
            b = ball_of(r)
            hrs = int(r.spec.credits) * HOURS_PER_CREDIT
            uz = UZ_TITLE[r.spec.code]
            l1 = wrap(uz, F, 8.3, xs[2] - xs[1] - 8)
            l2 = wrap(r.spec.title, "Times-Italic", 7.8, xs[2] - xs[1] - 8)
            p.pieces(fl.y, [(c(0), str(i), "center"), (xs[1] + 4, l1[0], "left"), (c(2), str(hrs), "center"),
                            (c(3), str(int(r.spec.credits)), "center"), (c(4), str(b), "center"),
                            (c(5), baho(b), "center")], F, 8.3)
            for ln in l1[1:]:
                fl.y += 9.5
                p.text(xs[1] + 4, fl.y, ln, F, 8.3)
            for ln in l2:
                fl.y += 9.5
                p.text(xs[1] + 4, fl.y, ln, "Times-Italic", 7.8)
            fl.y += 12
            out.append(course_truth(r, label, r.spec.credits, baho(b), "ects",
                                    title=" ".join(l2), title_uz=" ".join(l1), code=None, hours=hrs, score=b))
            sh += hrs
            sc += int(r.spec.credits)
            balls.append((b, r.spec.credits))
        p.hline(L, R, fl.y - 8, 0.6)
        p.pieces(fl.y + 1, [(xs[1] + 4, "Jami / Total", "left"), (c(2), str(sh), "center"), (c(3), str(sc), "center")],
                 FB, 8.3)
        fl.y += 6
        p.hline(L, R, fl.y, 0.8)
        for x in xs:
            p.vline(x, top + 0, fl.y, 0.5)
        fl.y += 18
        tot_h += sh
        tot_c += sc
    fl.need(150)
    p, y = fl.page, fl.y
    mean = sum(b * w for b, w in balls) / sum(w for _, w in balls)
    p.text(L, y, f"Jami / Total: {tot_h} soat / hours, {tot_c} kredit / credits", FB, 10); y += 13
    p.text(L, y, f"O'rtacha ball / Average score: {mean:.1f}", FB, 9.5); y += 13
    p.text(L, y, "Baholash shkalasi / Grading scale: 86-100 - 5 (a'lo / excellent); 71-85 - 4 (yaxshi / good); "
           "55-70 - 3 (qoniqarli / satisfactory); 0-54 - 2 (qoniqarsiz / fail).", F, 7.5); y += 10
    p.text(L, y, f"1 kredit = {HOURS_PER_CREDIT} akademik soat / 1 credit = {HOURS_PER_CREDIT} academic hours.", F, 7.5)
    y += 30
    for row, (a, b) in enumerate((("Rektor / Rector", ""), ("Registrator ofisi boshlig'i / Head of Registrar Office", ""))):
        yy = y + row * 34
        p.signature(L + 270, yy - 10, 90, rng)
        p.text(L, yy, a, F, 9.5)
    stamp(p, L + 380, y + 44, ["M.O'.", "L.S."], size=8, gray=0.4)
    return LayoutResult("transcript", "uz_akademik_malumotnoma", FAMILY, fl.pages, [name], out, "ects",
                        {"prints_totals": True, "total_hours": tot_h})


TRANSCRIPT_LAYOUTS = {"uz_akademik_malumotnoma": (uz_akademik_malumotnoma, FAMILY, ("UZ",))}
