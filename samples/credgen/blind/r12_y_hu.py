"""Writer Y, round 12: Hungary (HU). Country pack (a university's Faculty of Health Sciences:
"Orvosi laboratóriumi és képalkotó diagnosztikai analitikus BSc", seven semesters, 210 credits;
Biológia BSc; Ápolás és betegellátás BSc) and the student records system's index extract
("Leckekönyv-kivonat"): Hungarian only, a small sans-serif face, no ruling except a thin rule under
the column labels; one block per semester headed "2016/17/1" (academic year / semester, 1 = autumn)
with "Félév sorszáma: 3." at the right; columns Tárgykód | Tárgynév | Követelmény (Vizsga, Gyakorlati
jegy, Aláírás) | Kr. | Jegy ("jeles (5)" ... "elégtelen (1)", "aláírva") | Dátum ("2017.01.12.").
Criterion subjects (Testnevelés, Munkavédelem) carry 0 credits and "aláírva". A failed exam is its own
row ("elégtelen (1)") followed by the retake with a later date; now and then a subject failed outright
is taken again two semesters later. Under each semester "Felvett kredit / Teljesített kredit /
Súlyozott tanulmányi átlag / Kreditindex" (weighted average = sum(credit x grade) / completed graded
credits; credit index = sum(credit x grade) / 30), and at the end "Összes teljesített kredit: 210".

Credit basis: ECTS (Hungarian credits are ECTS credits, 30 a semester), system "ects" (x 1/2 SH).
A failed attempt is a truth row with passed False and semester_hours 0; criterion subjects are rows
with 0 credits. The programme lasts seven semesters: the curriculum's length is 3.5 years
(r12_y_common.HalfYears)."""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page
from .r12_y_common import (FAMILY, HU_GRADES, HalfYears, add_department_phrases, by_reading_order, comma,
                           course_truth, hu_date, hu_date_c, hu_name, k, parse, r2, round_stamp, sign_block)

HU_MLS = """
## 1 S1
ETK-OLA-101 | Általános kémia | 5 | C
ETK-OLA-102 | Biológia és sejtbiológia | 5 | B
ETK-OLA-103 | Anatómia I. | 4 | B
ETK-OLA-104 | Biofizika | 4 | O
ETK-OLA-105 | Matematika és biostatisztika | 4 | M
ETK-OLA-106 | Laboratóriumi alapismeretek gyakorlat | 4 | ?P
ETK-OLA-107 | Egészségügyi informatika | 4 | O
ETK-TSI-101 | Testnevelés I. | 0 | O
ETK-MVD-100 | Munkavédelem | 0 | O
## 1 S2
ETK-OLA-111 | Szerves kémia | 5 | C
ETK-OLA-112 | Anatómia II. | 4 | B
ETK-OLA-113 | Élettan I. | 5 | B
ETK-OLA-114 | Analitikai kémia | 5 | C
ETK-OLA-115 | Szövettan | 4 | B
ETK-OLA-116 | Orvosi latin nyelv | 3 | O
ETK-OLA-117 | Népegészségtan | 4 | O
ETK-TSI-102 | Testnevelés II. | 0 | O
## 2 S1
ETK-OLA-201 | Biokémia I. | 5 | C
ETK-OLA-202 | Élettan II. | 4 | B
ETK-OLA-203 | Általános mikrobiológia | 5 | B
ETK-OLA-204 | Kórélettan | 4 | ?B
ETK-OLA-205 | Genetika | 4 | B
ETK-OLA-206 | Laboratóriumi műszertan | 4 | ?P
ETK-OLA-207 | Egészségpszichológia | 4 | O
## 2 S2
ETK-OLA-211 | Biokémia II. | 4 | C
ETK-OLA-212 | Klinikai kémia I. | 5 | P
ETK-OLA-213 | Hematológia I. | 5 | P
ETK-OLA-214 | Orvosi mikrobiológia I. | 5 | P
ETK-OLA-215 | Immunológia | 4 | ?B
ETK-OLA-216 | Képalkotó diagnosztika alapjai | 4 | O
ETK-OLA-217 | Egészségügyi jog és etika | 3 | O
## 3 S1
ETK-OLA-301 | Klinikai kémia II. | 5 | P
ETK-OLA-302 | Hematológia II. és hemosztázis | 5 | P
ETK-OLA-303 | Orvosi mikrobiológia II. | 5 | P
ETK-OLA-304 | Parazitológia | 3 | P
ETK-OLA-305 | Patológia és citológia | 4 | ?P
ETK-OLA-306 | Molekuláris biológiai diagnosztika | 4 | ?P
ETK-OLA-307 | Kutatásmódszertan | 4 | O
## 3 S2
ETK-OLA-311 | Transzfúziológia és immunhematológia | 5 | P
ETK-OLA-312 | Klinikai kémia III. (vizelet- és testnedv-vizsgálat) | 4 | P
ETK-OLA-313 | Klinikai immunológia | 4 | ?P
ETK-OLA-314 | Izotópdiagnosztika | 4 | O
ETK-OLA-315 | Laboratóriumi minőségügy és menedzsment | 4 | P
ETK-OLA-316 | Sugárvédelem | 3 | O
ETK-OLA-317 | Toxikológia | 3 | ?P
ETK-KOM-310 | Egészségügyi kommunikáció | 3 | O
## 4 S1
ETK-OLA-401 | Szakmai gyakorlat (klinikai laboratórium) | 20 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
ETK-OLA-402 | Szakdolgozat | 10 | O
"""

HU_BIO = """
## 1 S1
TTK-BIO-101 | Általános kémia | 6 | C
TTK-BIO-102 | Sejtbiológia | 6 | B
TTK-BIO-103 | Matematika | 6 | M
TTK-BIO-104 | Növénytan I. | 6 | B
TTK-BIO-105 | Állattan I. | 6 | B
TTK-TSI-101 | Testnevelés I. | 0 | O
## 1 S2
TTK-BIO-111 | Szerves kémia | 6 | C
TTK-BIO-112 | Növénytan II. | 6 | B
TTK-BIO-113 | Állattan II. | 6 | B
TTK-BIO-114 | Biostatisztika | 6 | M
TTK-BIO-115 | Fizika biológusoknak | 6 | O
## 2 S1
TTK-BIO-201 | Biokémia I. | 6 | C
TTK-BIO-202 | Genetika | 6 | B
TTK-BIO-203 | Mikrobiológia | 6 | B
TTK-BIO-204 | Ökológia | 6 | B
TTK-BIO-205 | Növényélettan | 6 | B
## 2 S2
TTK-BIO-211 | Biokémia II. | 6 | C
TTK-BIO-212 | Állatélettan | 6 | B
TTK-BIO-213 | Molekuláris biológia | 6 | B
TTK-BIO-214 | Evolúcióbiológia | 6 | B
TTK-BIO-215 | Immunológia | 6 | B
## 3 S1
TTK-BIO-301 | Fejlődésbiológia | 6 | B
TTK-BIO-302 | Etológia | 6 | B
TTK-BIO-303 | Hidrobiológia | 6 | B
TTK-BIO-304 | Biotechnológia | 6 | B
TTK-BIO-305 | Tudományos kommunikáció | 6 | O
## 3 S2
TTK-BIO-311 | Terepgyakorlat | 6 | B
TTK-BIO-312 | Természetvédelmi biológia | 6 | B
TTK-BIO-313 | Szabadon választható tárgyak | 8 | O
TTK-BIO-314 | Szakdolgozat | 10 | O
"""

HU_NUR = """
## 1 S1
ETK-APO-101 | Az ápolás elmélete | 8 | O
ETK-APO-102 | Anatómia | 8 | B
ETK-APO-103 | Ápolástani gyakorlat I. | 14 | O
ETK-TSI-101 | Testnevelés I. | 0 | O
## 1 S2
ETK-APO-111 | Élettan | 8 | B
ETK-APO-112 | Ápolástani gyakorlat II. | 22 | O
## 2 S1
ETK-APO-201 | Belgyógyászat és ápolástana | 15 | O
ETK-APO-202 | Gyógyszertan | 15 | O
## 2 S2
ETK-APO-211 | Sebészet és ápolástana | 15 | O
ETK-APO-212 | Klinikai gyakorlat I. | 15 | O
## 3 S1
ETK-APO-301 | Gyermekápolás | 15 | O
ETK-APO-302 | Szülészet-nőgyógyászat és ápolástana | 15 | O
## 3 S2
ETK-APO-311 | Pszichiátriai ápolás | 15 | O
ETK-APO-312 | Klinikai gyakorlat II. | 15 | O
## 4 S1
ETK-APO-401 | Intenzív ápolás | 15 | O
ETK-APO-402 | Közösségi ápolás | 15 | O
## 4 S2
ETK-APO-411 | Összefüggő szakmai gyakorlat | 20 | O
ETK-APO-412 | Szakdolgozat | 10 | O
"""


def _cur(cid, title, field, table, years, clin=False, grad=6):
    return C.Curriculum(cid, "HU", title, "bachelor", years, field, "ects", parse(table), 9, grad,
                        clinical_training=clin)


HU_INST = [
    Institution("Tiszaparti Tudományegyetem", "Szeged", "Csongrád-Csanád", "HU", "Dugonics utca 41.",
                ("hu_mls", "hu_bio", "hu_nur"), "university",
                extra={"etk": "Egészségtudományi és Szociális Képzési Kar", "ttk": "Természettudományi Kar",
                       "city": "Szeged", "city_in": "Szegeden", "rector": "Dr. Halmai Gábor", "dean": "Dr. Kertész Ilona"}),
    Institution("Alföldi Orvos- és Egészségtudományi Egyetem", "Debrecen", "Hajdú-Bihar", "HU", "Nagyerdei körút 7.",
                ("hu_mls", "hu_bio", "hu_nur"), "university",
                extra={"etk": "Egészségügyi Kar", "ttk": "Természettudományi és Technológiai Kar",
                       "city": "Debrecen", "city_in": "Debrecenben", "rector": "Prof. Dr. Szilágyi Lőrinc",
                       "dean": "Dr. Bakos Erzsébet"}),
]

PACK = K.CountryPack(
    code="HU", name="Hungary",
    given={"F": ["Anna", "Eszter", "Katalin", "Réka", "Dóra", "Zsófia", "Petra", "Nóra", "Krisztina", "Boglárka"],
           "M": ["Bence", "Dávid", "Gergely", "Márton", "Ádám", "Tamás", "Balázs", "Zoltán", "Péter", "Levente"]},
    surnames=["Kovács", "Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
              "Balogh", "Papp", "Lakatos", "Takács"],
    middle={"F": ["Mária", "Judit", "Ágnes", "", "", ""], "M": ["István", "László", "József", "", "", ""]},
    institutions=HU_INST,
    employers=[
        Employer("Dél-alföldi Egyetemi Klinikai Központ", "Szeged", "Csongrád-Csanád", "HU", "Semmelweis utca 6.",
                 "+36 62 000 145", "hr@delalfoldi-klinika.example"),
        Employer("Kiskunsági Megyei Oktatókórház", "Kecskemét", "Bács-Kiskun", "HU", "Nyíri út 38.",
                 "+36 76 000 512", "munkaugy@kiskunsagi-korhaz.example"),
        Employer("Nyírségi Városi Kórház és Rendelőintézet", "Nyíregyháza", "Szabolcs-Szatmár-Bereg", "HU",
                 "Szent István utca 68.", "+36 42 000 377", "hr@nyirsegi-korhaz.example"),
        Employer("LabOrigo Diagnosztikai Kft.", "Budapest", "Budapest", "HU", "Váci út 117.", "+36 1 000 2290",
                 "allas@laborigo.example", "lab"),
    ],
    signers=["Dr. Fehér Krisztina", "Varga Tiborné", "Dr. Szűcs András", "Pintér Edit"],
    curricula=[_cur("hu_mls", "Orvosi laboratóriumi és képalkotó diagnosztikai analitikus BSc",
                    "medical_laboratory_science", HU_MLS, HalfYears(3.5), True, grad=1),
               _cur("hu_bio", "Biológia BSc", "biology", HU_BIO, 3),
               _cur("hu_nur", "Ápolás és betegellátás BSc (ápoló szakirány)", "nursing", HU_NUR, 4)],
    mls_curriculum="hu_mls", science_curricula=["hu_bio"], nonqualifying_curricula=["hu_nur"],
    positions_mls=["orvosi laboratóriumi analitikus", "laboratóriumi analitikus"],
    positions_science=["laboratóriumi asszisztens", "biológus"],
    code_style="keep",
    student_no=lambda rng, sy, inst: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(6)),
    honours=[],
)
K.register(PACK)
add_department_phrases("HU", {
    "blood_bank": ["Transzfúziológia", "Vérellátó"], "chemistry": ["Klinikai kémia", "Rutin laboratórium"],
    "hematology": ["Hematológia", "Hematológia és hemosztázis"], "microbiology": ["Mikrobiológia", "Bakteriológia"],
    "immunology": ["Immunológia", "Szerológia"], "urinalysis": ["Vizeletvizsgálat"],
    "molecular": ["Molekuláris diagnosztika"], "phlebotomy": ["Vérvétel"], "other": ["Citológia"]})


HU_LOC = {"Szeged": "Szegeden", "Debrecen": "Debrecenben", "Szolnok": "Szolnokon", "Kecskemét": "Kecskeméten"}


def birth_city(s):
    """(nominative, locative) of the candidate's place of birth."""
    c = s.institution.city if k(s, "born") % 3 else ("Szolnok" if k(s, "born2") % 2 else "Kecskemét")
    return c, HU_LOC[c]


def requirement(r):
    t = r.spec.title
    if r.spec.credits == 0:
        return "Aláírás"
    if "gyakorlat" in t.lower() or "Szakdolgozat" in t or "Terepgyakorlat" in t:
        return "Gyakorlati jegy"
    return "Vizsga"


def hu_grade(s, r, salt):
    g = 2 + (r.score - 45) / 47.0 * 3.2 + ((k(s, salt) % 5) - 2) * 0.45
    return max(2, min(5, int(round(g))))


def sem_label(t):
    y = t.start_year
    return f"{y}/{(y + 1) % 100:02d}/{1 if t.key == 'S1' else 2}"


def hu_rows(s):
    """[(term, [(r, grade or None (signature), date, failed)])] in print order."""
    out = [[t, []] for t in s.terms]
    n = len(s.terms)
    for i, t in enumerate(s.terms):
        autumn = t.key == "S1"
        y = t.start_year + (0 if autumn else 1)
        for j, r in enumerate(t.results):
            req = requirement(r)
            h = k(s, f"d{i}.{j}")
            if req == "Vizsga":
                d = dt.date(y + 1, 1, 3) + dt.timedelta(days=h % 26) if autumn else \
                    dt.date(y, 5, 26) + dt.timedelta(days=h % 30)
            elif req == "Gyakorlati jegy":
                d = dt.date(y, 12, 2) + dt.timedelta(days=h % 14) if autumn else \
                    dt.date(y, 5, 4) + dt.timedelta(days=h % 14)
            else:
                d = dt.date(y, 12, 10) + dt.timedelta(days=h % 8) if autumn else \
                    dt.date(y, 5, 12) + dt.timedelta(days=h % 8)
            if r.spec.credits == 0:
                out[i][1].append((r, None, d, False))
                continue
            g = hu_grade(s, r, f"g{i}.{j}")
            f = k(s, f"f{i}.{j}")
            if req == "Vizsga" and not r.spec.areas and f % 23 == 0:
                # failed in the first exam sitting, passed at the retake of the same exam period
                out[i][1].append((r, 1, d, True))
                out[i][1].append((r, max(2, g - 1), d + dt.timedelta(days=8 + f % 9), False))
            elif req == "Vizsga" and not r.spec.areas and f % 37 == 1 and i + 2 < n:
                # failed outright; taken again in the same semester of the next year
                out[i][1].append((r, 1, d, True))
                t2 = s.terms[i + 2]
                y2 = t2.start_year + (0 if t2.key == "S1" else 1)
                d2 = dt.date(y2 + 1, 1, 3) + dt.timedelta(days=f % 26) if t2.key == "S1" else \
                    dt.date(y2, 5, 26) + dt.timedelta(days=f % 30)
                out[i + 2][1].insert(0, (r, max(2, g - 1), d2, False))
            else:
                out[i][1].append((r, g, d, False))
    return out


def hu_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 40, W - 40
    fac = inst.extra["ttk"] if cur.id == "hu_bio" else inst.extra["etk"]
    nm = hu_name(person)
    rows = hu_rows(s)
    printed = s.conferred + dt.timedelta(days=20 + k(s, "prt") % 60)
    sz = 7.4
    X = {"code": L, "title": L + 70, "req": L + 318, "kr": L + 398, "jegy": L + 408, "date": R}
    courses = []

    def new_page(n):
        p = Page(A4)
        p.text(L, 34, inst.name, FB, 9)
        p.text(L, 45, fac, F, 8)
        p.text(R, 34, "Leckekönyv-kivonat", FB, 9, "right")
        p.text(R, 45, "Tanulmányi rendszer – hiteles kivonat", F, 7, "right")
        y = 66
        if n == 1:
            info = [("Hallgató neve:", nm), ("Neptun-kód:", s.student_no),
                    ("Születési hely, idő:", f"{birth_city(s)[0]}, {hu_date(s.dob)}"),
                    ("Szak:", cur.title), ("Képzési szint:", "alapképzés (BSc)"), ("Tagozat:", "nappali"),
                    ("Képzés kezdete:", hu_date(s.admitted))]
            for a, b in info:
                p.pieces(y, [(L, a, "left", FB, 7.8), (L + 92, b, "left", F, 7.8)])
                y += 10.5
            y += 8
        return p, y

    fl = Flow(new_page, 60)
    total = 0
    for i, (t, rs) in enumerate(rows):
        fl.need(60)
        p = fl.page
        lab = sem_label(t)
        p.pieces(fl.y, [(L, lab, "left", FB, 8.4), (R, f"Félév sorszáma: {i + 1}.", "right", F, 8)])
        fl.y += 12
        p.pieces(fl.y, [(X["code"], "Tárgykód", "left"), (X["title"], "Tárgynév", "left"),
                        (X["req"], "Követelmény", "left"), (X["kr"], "Kr.", "right"), (X["jegy"], "Jegy", "left"),
                        (X["date"], "Dátum", "right")], FB, sz)
        p.hline(L, R, fl.y + 2.5, 0.35)
        fl.y += 10.5
        felvett, telj, ws, wc = 0, 0, 0.0, 0
        seen = set()
        for r, g, d, failed in rs:
            if fl.need(10):
                pass
            cr = int(r.spec.credits)
            if r.code not in seen:
                felvett += cr
                seen.add(r.code)
            jegy = "aláírva" if g is None else f"{HU_GRADES[g]} ({g})"
            fl.page.pieces(fl.y, [(X["code"], r.code, "left"), (X["title"], r.spec.title, "left"),
                                  (X["req"], requirement(r), "left"), (X["kr"], str(cr), "right"),
                                  (X["jegy"], jegy, "left"), (X["date"], hu_date_c(d), "right")], F, sz)
            fl.y += 9.6
            if failed:
                courses.append(course_truth(r, lab, cr, jegy, "ects", passed=False, semester_hours=0))
            else:
                courses.append(course_truth(r, lab, cr, jegy, "ects"))
                telj += cr
                if g is not None:
                    ws += cr * g
                    wc += cr
        total += telj
        avg = r2(ws / wc) if wc else 0.0
        ki = r2(ws / 30.0)
        fl.y += 2
        fl.page.spaced(L, fl.y, [f"Felvett kredit: {felvett}", f"Teljesített kredit: {telj}",
                                 f"Súlyozott tanulmányi átlag: {comma(avg)}", f"Kreditindex: {comma(ki)}"], F, 7.4, 14)
        fl.y += 17
    fl.need(120)
    p, y = fl.page, fl.y + 4
    p.text(L, y, f"Összes teljesített kredit: {total}", FB, 8.6)
    y += 13
    p.text(L, y, f"A kivonat a tanulmányi rendszer {hu_date(printed)} napi adatai alapján készült.", F, 7.4)
    y += 40
    p.text(L, y, f"{inst.extra['city']}, {hu_date(printed)}", F, 8)
    sign_block(p, rng, R - 100, y + 10, "Tanulmányi Osztály", F, 7.6, 150, "oktatási ügyintéző")
    round_stamp(p, R - 200, y + 2, 26, 0.45)
    pages = fl.pages
    for n, pg in enumerate(pages, 1):
        pg.pieces(H - 24, [(L, f"Nyomtatva: {hu_date_c(printed)}", "left"), (R, f"{n}/{len(pages)}. oldal", "right")],
                  F, 6.8)
    return LayoutResult("transcript", "hu_leckekonyv_kivonat", FAMILY, by_reading_order(pages), [nm], courses, "ects",
                        {"prints_totals": True, "total_credits": total})


TRANSCRIPT_LAYOUTS = {"hu_leckekonyv_kivonat": (hu_transcript, FAMILY, ("HU",))}
