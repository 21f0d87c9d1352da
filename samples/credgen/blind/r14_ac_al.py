"""Writer AC, round 14: Albania (AL). Country pack (invented universities' Faculty of Technical Medical
Sciences "Bachelor në Laborant Mjekësor", three years, 180 ECTS; a faculty of natural sciences'
"Bachelor në Biologji"; a "Bachelor në Infermieri të Përgjithshme") and the "CERTIFIKATË NOTASH":
A4 portrait, the republic's eagle as a small picture at the top, "REPUBLIKA E SHQIPËRISË /
UNIVERSITETI I ..." centred; holder fields as label-value lines ("Emri: Arta Atësia: Gjergj
Mbiemri: Hoxha", "Datëlindja", "Nr. i matrikullit"); one ruled table per study year captioned "VITI
I PARË (2015-2016)", "VITI I DYTË", "VITI I TRETË": Nr. | Lënda | Orë gjithsej (total hours, 15 per
credit) | Kredite | Nota (4-10) | Nota me fjalë ("Tetë") | Data e provimit ("24.01.2016"); lab
practice rows carry hours and credits with "Kaluar" as grade. After the years: "Mesatarja e
përgjithshme: 8,36" (credit-weighted mean of the numeric grades), "Totali i krediteve: 180", and
the final exam "Provimi i formimit përfundimtar" as one line with its credits and grade. Signed by
the faculty secretary and the dean, a round ink stamp over the dean's signature.

Truth: credit_system "ects"; code null (no code printed; the row number kept as `row_no`); term =
the year caption ("VITI I PARË (2015-2016)"); grade = the printed figure ("8") or "Kaluar" (the
grade in words kept as `grade_words`, the hours as `hours`, the exam date as `exam_date`). The final
exam is a course row too (its credits are part of the 180), term "Provimi i formimit përfundimtar".
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page
from .r14_ac_common import (AL_WORDS, FAMILY, add_department_phrases, by_reading_order, comma, course_truth, k,
                            parse_tagged, r2, round_stamp, sign_block)

AL_LAB = """
## 1 S1
LM101 | Anatomi | 6 | B
LM102 | Kimi e përgjithshme | 6 | C
LM103 | Biologji qelizore | 6 | B
LM104 | Fizikë mjekësore | 4 | O
LM105 | Gjuhë e huaj (anglisht) I | 4 | O
LM106 | Hyrje në teknikat laboratorike | 4 | P
## 1 S2
LM111 | Fiziologji | 6 | B
LM112 | Biokimi | 6 | C
LM113 | Histologji | 5 | B
LM114 | Biostatistikë | 4 | M
LM115 | Gjuhë e huaj (anglisht) II | 4 | O
LM116 | Praktika mësimore në laborator I | 5 | P | chemistry,hematology
## 2 S1
LM201 | Mikrobiologji e përgjithshme | 6 | B
LM202 | Biokimi klinike I | 6 | ?P
LM203 | Hematologji I | 6 | P
LM204 | Imunologji | 5 | ?B
LM205 | Patologji e përgjithshme | 4 | O
LM206 | Etikë dhe legjislacion shëndetësor | 3 | O
## 2 S2
LM211 | Biokimi klinike II | 6 | ?P
LM212 | Hematologji II dhe koagulim | 6 | P
LM213 | Parazitologji mjekësore | 5 | P
LM214 | Bakteriologji klinike | 6 | P
LM215 | Praktika mësimore në laborator II | 7 | P | microbiology,urinalysis
## 3 S1
LM301 | Imunohematologji dhe transfuzion | 6 | P
LM302 | Virusologji | 4 | ?B
LM303 | Citologji dhe teknika histologjike | 5 | P
LM304 | Analiza e urinës dhe lëngjeve biologjike | 5 | P
LM305 | Menaxhimi i cilësisë në laborator | 4 | P
LM306 | Biologji molekulare në diagnostikë | 6 | P
## 3 S2
LM311 | Praktika mësimore në laborator III (spital) | 14 | P | chemistry,hematology,microbiology,blood_bank
LM312 | Epidemiologji | 6 | O
LM900 | Provimi i formimit përfundimtar | 10 | O
"""

AL_BIO = """
## 1 S1
BI101 | Biologji e përgjithshme | 8 | B
BI102 | Kimi inorganike | 8 | C
BI103 | Matematikë | 8 | M
BI104 | Fizikë | 6 | O
## 1 S2
BI111 | Kimi organike | 8 | C
BI112 | Zoologji | 8 | B
BI113 | Botanikë | 8 | B
BI114 | Gjuhë e huaj | 6 | O
## 2 S1
BI201 | Biokimi | 8 | C
BI202 | Gjenetikë | 8 | B
BI203 | Mikrobiologji | 8 | B
BI204 | Statistikë | 6 | M
## 2 S2
BI211 | Fiziologji e kafshëve | 8 | B
BI212 | Ekologji | 8 | ?B
BI213 | Biologji molekulare | 8 | B
BI214 | Praktika mësimore në laborator | 6 | O
## 3 S1
BI301 | Imunologji | 8 | ?B
BI302 | Fiziologji e bimëve | 8 | B
BI303 | Biologji zhvillimi | 8 | B
BI304 | Hidrobiologji | 6 | B
## 3 S2
BI311 | Evolucion | 8 | B
BI312 | Bioteknologji | 8 | B
BI313 | Metodologji kërkimore | 4 | O
BI900 | Provimi i formimit përfundimtar | 10 | O
"""

AL_INF = """
## 1 S1
IN101 | Anatomi dhe fiziologji | 8 | B
IN102 | Bazat e infermierisë | 8 | O
IN103 | Psikologji | 6 | O
IN104 | Gjuhë e huaj | 8 | O
## 1 S2
IN111 | Farmakologji | 8 | O
IN112 | Infermieri klinike I | 10 | O
IN113 | Praktika klinike I | 12 | O
## 2 S1
IN201 | Infermieri kirurgjikale | 10 | O
IN202 | Infermieri pediatrike | 10 | O
IN203 | Mikrobiologji | 10 | ?B
## 2 S2
IN211 | Infermieri në komunitet | 10 | O
IN212 | Praktika klinike II | 20 | O
## 3 S1
IN301 | Infermieri geriatrike | 10 | O
IN302 | Infermieri psikiatrike | 10 | O
IN303 | Menaxhim infermieror | 10 | O
## 3 S2
IN311 | Praktika klinike III | 20 | O
IN900 | Provimi i formimit përfundimtar | 10 | O
"""

_T1, _ = parse_tagged(AL_LAB)
_T2, _ = parse_tagged(AL_BIO)
_T3, _ = parse_tagged(AL_INF)


def _cur(cid, title, field, terms, clin=False):
    return C.Curriculum(cid, "AL", title, "bachelor", 3, field, "ects", terms, 10, 7, clinical_training=clin)


AL_INST = [
    Institution("Universiteti i Mjekësisë Skënderbeu", "Tiranë", "Qarku Tiranë", "AL", "Rruga e Dibrës 371",
                ("al_lab", "al_inf"), "university",
                extra={"fak": "Fakulteti i Shkencave Mjekësore Teknike", "gen": "Universitetit të Mjekësisë Skënderbeu"}),
    Institution("Universiteti Adriatik i Durrësit", "Durrës", "Qarku Durrës", "AL", "Lagja 1, Rruga e Currilave",
                ("al_lab", "al_bio", "al_inf"), "university",
                extra={"fak": "Fakulteti i Shkencave të Shëndetit", "gen": "Universitetit Adriatik të Durrësit",
                       "fak_bio": "Fakulteti i Shkencave të Natyrës"}),
]

PACK = K.CountryPack(
    code="AL", name="Albania",
    given={"F": ["Arta", "Elona", "Klea", "Ardita", "Erjona", "Blerina", "Anisa", "Megi", "Fjolla", "Denada"],
           "M": ["Arben", "Ergys", "Klajdi", "Erion", "Besnik", "Dritan", "Endrit", "Altin", "Gentian", "Ilir"]},
    surnames=["Hoxha", "Shehu", "Basha", "Leka", "Gjoka", "Krasniqi", "Dervishi", "Marku", "Kola", "Rama", "Cela",
              "Mema", "Duka"],
    middle={"F": [], "M": []},
    institutions=AL_INST,
    employers=[
        Employer("Spitali Rajonal Durrës", "Durrës", "Qarku Durrës", "AL", "Rruga Aleksandër Goga",
                 "+355 52 222 000", "info@spitali-durres.example"),
        Employer("Qendra Spitalore Universitare Nënë Geraldina", "Tiranë", "Qarku Tiranë", "AL",
                 "Rruga e Dibrës 372", "+355 4 236 2000", "burimet.njerezore@qsu-ng.example"),
        Employer("Spitali Rajonal Elbasan", "Elbasan", "Qarku Elbasan", "AL", "Rruga Rinia",
                 "+355 54 400 000", "drejtoria@spitali-elbasan.example"),
        Employer("Laboratori Biomedica Albania", "Tiranë", "Qarku Tiranë", "AL", "Bulevardi Zogu I 40",
                 "+355 4 222 3300", "info@biomedica-al.example", "lab"),
    ],
    signers=["Dr. Agron Myftiu", "Mirela Kapllani", "Prof. Dr. Luljeta Hysa"],
    curricula=[_cur("al_lab", "Bachelor në Laborant Mjekësor", "medical_technology", _T1, True),
               _cur("al_bio", "Bachelor në Biologji", "biology", _T2),
               _cur("al_inf", "Bachelor në Infermieri të Përgjithshme", "nursing", _T3)],
    mls_curriculum="al_lab", science_curricula=["al_bio"], nonqualifying_curricula=["al_inf"],
    positions_mls=["Laborant", "Laborant mjekësor"],
    positions_science=["Laborant", "Biolog në laborator"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10 ** 4, 10 ** 5 - 1)}/{sy}",
    honours=[],
)
K.register(PACK)
add_department_phrases("AL", {
    "blood_bank": ["Banka e Gjakut"], "chemistry": ["Biokimi"], "hematology": ["Hematologji"],
    "microbiology": ["Mikrobiologji"], "immunology": ["Imunologji"], "urinalysis": ["Analiza e urinës"],
    "molecular": ["Biologji molekulare"], "phlebotomy": ["Marrja e gjakut"], "other": ["Citologji"]})

ORD = {1: "PARË", 2: "DYTË", 3: "TRETË"}
FATHERS = ["Gjergj", "Petrit", "Agim", "Fatmir", "Ilir", "Sokol", "Bujar", "Luan", "Artan", "Shpëtim"]


def is_prak(r):
    return r.spec.title.startswith("Praktika")


def is_final(r):
    return r.spec.code.endswith("900")


def al_grade(s, salt, r):
    v = int(round(5 + (r.score - 45) / 47 * 5 + ((k(s, salt) % 5) - 2) * 0.5))
    return max(5, min(10, v))


def exam_date(s, salt, t):
    y = t.start_year + 1
    base = dt.date(y, 1, 18) if t.key == "S1" else dt.date(y, 6, 12)
    d = base + dt.timedelta(days=k(s, salt) % 24)
    while d.weekday() == 6:
        d += dt.timedelta(days=1)
    return d


def father(s):
    return FATHERS[k(s, "fa") % len(FATHERS)]


def eagle(p, cx, cy, sz):
    """The republic's double-headed eagle as a small black picture (a crude silhouette)."""
    from PIL import Image, ImageDraw
    kx = 6
    n = int(sz * kx)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = n / 2
    ink = (20, 20, 20, 255)
    d.ellipse((c - n * 0.12, n * 0.28, c + n * 0.12, n * 0.78), fill=ink)              # body
    for sgn in (-1, 1):
        d.polygon([(c, n * 0.35), (c + sgn * n * 0.48, n * 0.12), (c + sgn * n * 0.42, n * 0.30),
                   (c + sgn * n * 0.48, n * 0.34), (c + sgn * n * 0.38, n * 0.48), (c + sgn * n * 0.44, n * 0.52),
                   (c + sgn * n * 0.30, n * 0.62), (c, n * 0.55)], fill=ink)              # wings
        d.ellipse((c + sgn * n * 0.10 - n * 0.07, n * 0.12, c + sgn * n * 0.10 + n * 0.07, n * 0.26), fill=ink)
        d.polygon([(c + sgn * n * 0.16, n * 0.16), (c + sgn * n * 0.24, n * 0.19), (c + sgn * n * 0.16, n * 0.22)],
                  fill=ink)                                                                 # beaks
        d.line([(c + sgn * n * 0.04, n * 0.76), (c + sgn * n * 0.10, n * 0.92)], fill=ink, width=kx * 2)
    d.polygon([(c - n * 0.1, n * 0.76), (c + n * 0.1, n * 0.76), (c, n * 0.95)], fill=ink)  # tail
    p.ops.append(("image", cx - sz / 2, cy - sz / 2, sz, sz, im))


def al_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 46, W - 46
    fak = inst.extra.get("fak_bio", inst.extra["fak"]) if cur.id == "al_bio" else inst.extra["fak"]
    wd = [24, 196, 56, 44, 34, 64, R - L - 418]
    xs = [L]
    for w in wd:
        xs.append(xs[-1] + w)
    fz = 8.6
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        st["y"] = 60
        return p

    p = new_page()
    eagle(p, W / 2, 52, 40)
    p.text(W / 2, 88, "REPUBLIKA E SHQIPËRISË", SB, 11, "center")
    p.text(W / 2, 102, inst.name.upper(), SB, 11, "center")
    p.text(W / 2, 115, fak.upper(), SB, 9.5, "center")
    p.text(L, 136, f"Nr. {k(s, 'prot') % 900 + 100} Prot.", S, 9)
    p.text(R, 136, f"{inst.city}, më {(s.conferred + dt.timedelta(days=12)).strftime('%d.%m.%Y')}", S, 9, "right")
    p.text(W / 2, 162, "CERTIFIKATË NOTASH", SB, 15, "center")
    p.spaced(L, 188, [f"Emri: {person.given}", f"Atësia: {father(s)}", f"Mbiemri: {person.surname}"], S, 10, gap=34)
    p.spaced(L, 203, [f"Datëlindja: {s.dob.strftime('%d.%m.%Y')}", f"Nr. i matrikullit: {s.student_no}"], S, 10,
             gap=34)
    p.text(L, 218, f"Programi i studimit: {cur.title} (Cikli i parë, 180 ECTS, studime me kohë të plotë)", S, 10)
    st["y"] = 240
    out = []
    n = 0
    ws = wc = 0
    tot = 0
    final = None
    years = {}
    for i, t in enumerate(s.terms):
        years.setdefault(t.year, []).extend((i, j, t, r) for j, r in enumerate(t.results))
    heads = ["Nr.", "Lënda", "Orë gjithsej", "Kredite", "Nota", "Nota me fjalë", "Data e provimit"]
    for yr in sorted(years):
        rows = years[yr]
        y0 = rows[0][2].start_year
        cap = f"VITI I {ORD[yr]} ({y0}-{y0 + 1})"
        if st["y"] + 60 > H - 60:
            new_page()
        p = st["p"]
        p.text(L, st["y"], cap, SB, 10)
        y = st["y"] + 5
        p.rect(L, y, R - L, 14, 0.6, 0.0, fill=0.9)
        p.pieces(y + 10, [(xs[q] + 3, h, "left") for q, h in enumerate(heads)], SB, 8)
        y += 14
        n = 0
        for i, j, t, r in rows:
            if is_final(r):
                final = (i, j, t, r)
                continue
            if y + 13 > H - 60:
                p.rect(L, st["y"] + 5, R - L, y - st["y"] - 5, 0.6)
                p = new_page()
                st["y"] = p and 55
                y = 60
            n += 1
            cr = int(r.spec.credits)
            hrs = 15 * cr
            d = exam_date(s, f"d{i}.{j}", t).strftime("%d.%m.%Y")
            if is_prak(r):
                g, gw = "Kaluar", ""
            else:
                v = al_grade(s, f"g{i}.{j}", r)
                g, gw = str(v), AL_WORDS[v]
                ws += v * cr
                wc += cr
            tot += cr
            p.pieces(y + 10, [(xs[0] + 3, f"{n}.", "left"), (xs[1] + 3, r.spec.title, "left"),
                              (xs[3] - 8, str(hrs), "right"), (xs[4] - 10, str(cr), "right"),
                              (xs[4] + 12, g, "left") if g != "Kaluar" else (xs[4] + 3, g, "left"),
                              (xs[5] + 3, gw, "left"), (xs[6] + 3, d, "left")] if gw else
                     [(xs[0] + 3, f"{n}.", "left"), (xs[1] + 3, r.spec.title, "left"),
                      (xs[3] - 8, str(hrs), "right"), (xs[4] - 10, str(cr), "right"), (xs[4] + 3, g, "left"),
                      (xs[6] + 3, d, "left")], S, fz if len(r.spec.title) < 42 else 7.6)
            p.hline(L, R, y + 13, 0.3)
            y += 13
            out.append(course_truth(r, cap, cr, g, "ects", code=None, row_no=n, grade_words=gw or None, hours=hrs,
                                    exam_date=d))
        p.rect(L, st["y"] + 5, R - L, y - st["y"] - 5, 0.6)
        for x in xs[1:-1]:
            p.vline(x, st["y"] + 5, y, 0.4)
        st["y"] = y + 22
    if st["y"] + 190 > H - 40:
        new_page()
    p, y = st["p"], st["y"]
    if final:
        i, j, t, r = final
        v = al_grade(s, "final", r)
        cr = int(r.spec.credits)
        tot += cr
        ws += v * cr
        wc += cr
        d = (s.conferred - dt.timedelta(days=10 + k(s, "fd") % 8)).strftime("%d.%m.%Y")
        avg = r2(ws / wc)
        p.text(L, y, f"Provimi i formimit përfundimtar: {cr} kredite, nota {v} ({AL_WORDS[v]}), data {d}", SB, 10)
        out.append(course_truth(r, "Provimi i formimit përfundimtar", cr, str(v), "ects", code=None,
                                grade_words=AL_WORDS[v], exam_date=d))
        y += 16
    avg = r2(ws / wc)
    p.text(L, y, f"Mesatarja e përgjithshme: {comma(avg)}", SB, 10)
    p.text(L, y + 15, f"Totali i krediteve: {tot}", SB, 10)
    p.text(L, y + 30, "Shkalla e vlerësimit: 10 (shkëlqyeshëm) - 5 (mjaftueshëm); nota 4 = mbetës.", SI, 8.5)
    p.text(L, y + 43, f"Data e diplomimit: {s.conferred.strftime('%d.%m.%Y')}", S, 9.5)
    yb = y + 110
    sign_block(p, rng, L + 110, yb, "Sekretarja e Fakultetit", S, 9.5, 160,
               "Znj. Mimoza Bregu" if k(s, "sec") % 2 else "Znj. Valbona Tafa")
    sign_block(p, rng, R - 110, yb, "DEKANI", SB, 9.5, 160,
               "Prof. Asoc. Dr. Ledi Kurti" if k(s, "dek") % 2 else "Prof. Dr. Sokol Meta")
    round_stamp(p, R - 140, yb - 10, 34, 0.35)
    return LayoutResult("transcript", "ac_al_certifikate", FAMILY, by_reading_order(pages),
                        [f"{person.given} {person.surname}"], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ac_al_certifikate": (al_transcript, FAMILY, ("AL",))}
