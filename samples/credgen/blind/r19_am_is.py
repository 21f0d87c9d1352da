"""Writer AM, round 19: Iceland (IS). Country pack (two invented universities in Reykjavík giving the
"BS í lífeindafræði" (biomedical science, 180 ECTS, 3 years), a "BS í líffræði" and a "BS í
hjúkrunarfræði" (nursing, 240 ECTS)) and the university's "NÁMSFERILSYFIRLIT" (record of study),
Icelandic with English labels below or after a slash, A4 portrait, printed from the student system.

Top left the university and "Nemendaskrá / Student Registry", top right "Reykjavík, 12. júní 2018";
the title and "Transcript of Records" in italics; labels in two columns (Nafn / Name, Kennitala / ID
number printed 6-4 with the birth date DDMMYY first, Námsleið / Programme, Deild / Faculty). Courses
by semester: a bold line "Haust 2015" / "Vor 2016" / "Sumar 2016" across the width, then rows without
vertical rules (a thin line under the column header only): Námskeið (LÍF201G: three capitals, three
digits, a level letter), Heiti námskeiðs (the Icelandic title; some with the English title in small
italics on a second line), Ein. (ECTS, "7,5" with a comma), Einkunn ("7,5"; "Staðið" for practicums,
"Metið" for a transferred course, "Fall" or a number below 5 for a failure, the course then repeated
in the same season of the next year). After each semester "Einingar á misseri: 30 / Meðaleinkunn:
7,42" right-aligned; at the end Samtals einingar, Vegin meðaleinkunn, Brautskráning, the signature of
the Deildarstjóri Nemendaskrár and an embossed seal. Some graduates of the biomedical science BS also
carry the 60-ECTS "Diplómanám í lífeindafræði" (the licence year) as a second block after the first
one, with its own totals. Footer on every page "Bls. 1 af 2" with the name and kennitala.

Truth: credit_system "ects". Each row a course: code as printed, title the Icelandic title as
printed (`title_en` beside when printed), credits the Ein., grade as printed, term "Haust 2015"; a
failed row (Fall or below 5) carries `passed: false`. Diploma-year rows carry `programme` "Diplómanám
í lífeindafræði". The printed total of the BS block is the sum of its passed rows.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r6_l_common import fake_result
from .r19_am_common import (FAMILY, add_department_phrases, course_truth, dry_seal, is_date, k, keep, natural,
                            num_c, sign_block, comma)

IS_LIF = """
## 1 S1
LÍF101G | Frumulíffræði | 6 | B
EFN107G | Almenn efnafræði | 8 | C
LEF101G | Inngangur að lífeindafræði | 6 | P
STÆ103G | Stærðfræði og tölfræði fyrir heilbrigðisvísindi | 6 | M
LÍF113G | Líffærafræði og lífeðlisfræði I | 4 | B
## 1 S2
EFN208G | Lífræn efnafræði | 7.5 | C
LÍF215G | Líffærafræði og lífeðlisfræði II | 7.5 | B
LEF205G | Rannsóknastofutækni og öryggi | 7.5 | P
LÍF210G | Erfðafræði | 7.5 | B
## 2 S1
LÍF301G | Lífefnafræði | 8 | C
LEF304G | Klínísk lífefnafræði I | 8 | P
LEF306G | Blóðmeinafræði I | 8 | P
ÖRV301G | Almenn örverufræði | 6 | B
## 2 S2
LEF404G | Klínísk lífefnafræði II | 6 | P
LEF406G | Blóðmeinafræði II | 6 | P
ÖRV402G | Sýklafræði | 6 | P
LEF410G | Ónæmisfræði | 6 | ?P
## 2 SU
LEF420G | Starfsþjálfun á rannsóknarstofu | 6 | P | chemistry
## 3 S1
LEF501G | Blóðbankafræði | 6 | P
LEF503G | Sameindalíffræði og erfðagreiningar | 6 | ?B
LEF505G | Klínísk þjálfun í blóðmeinafræði | 8 | P | hematology
LEF507G | Klínísk þjálfun í klínískri lífefnafræði | 10 | P | chemistry
## 3 S2
LEF602G | Klínísk þjálfun í örverufræði og blóðbankafræði | 8 | P | microbiology,blood_bank
LEF604G | Vefjameinafræði og frumurannsóknir | 4 | P
SIÐ601G | Siðfræði og samskipti í heilbrigðisþjónustu | 6 | O
LEF610G | Lokaverkefni | 12 | O
"""

IS_BIO = """
## 1 S1
LÍF102G | Almenn líffræði | 8 | B
EFN107G | Almenn efnafræði | 8 | C
STÆ104G | Stærðfræðigreining I | 8 | M
LÍF114G | Vistfræði | 6 | B
## 1 S2
LÍF203G | Frumulíffræði | 8 | B
EFN208G | Lífræn efnafræði | 7.5 | C
TÖL203G | Tölfræði | 6.5 | M
LÍF216G | Grasafræði | 8 | B
## 2 S1
LÍF301G | Lífefnafræði | 8 | C
LÍF305G | Erfðafræði | 8 | B
LÍF311G | Dýrafræði hryggleysingja | 8 | B
EÐL101G | Eðlisfræði fyrir lífvísindi | 6 | O
## 2 S2
ÖRV402G | Örverufræði | 8 | B
LÍF412G | Sameindalíffræði | 8 | B
LÍF415G | Lífeðlisfræði dýra | 8 | B
LÍF418G | Þróunarfræði | 6 | B
## 3 S1
LÍF502G | Ónæmisfræði | 6 | ?B
LÍF506G | Plöntulífeðlisfræði | 8 | B
LÍF508G | Stofnerfðafræði | 8 | B
LÍF510G | Vistfræði sjávar | 8 | B
## 3 S2
LÍF612G | Líftækni | 6 | ?B
LÍF614G | Vísindaleg vinnubrögð | 6 | O
LÍF620G | Lokaverkefni | 18 | O
"""

IS_HJU = """
## 1 S1
HJÚ101G | Inngangur að hjúkrunarfræði | 8 | O
LÍF113G | Líffærafræði og lífeðlisfræði I | 8 | B
SÁL101G | Þroskasálfræði | 6 | O
EFN109G | Efnafræði fyrir hjúkrunarfræðinema | 8 | C
## 1 S2
HJÚ201G | Heilbrigði og hjúkrun | 8 | O
LÍF215G | Líffærafræði og lífeðlisfræði II | 8 | B
ÖRV202G | Örverufræði fyrir hjúkrunarfræðinema | 6 | B
FÉL201G | Félagsfræði heilbrigðis | 8 | O
## 2 S1
HJÚ301G | Hjúkrun fullorðinna I | 10 | O
LYF301G | Lyfjafræði | 8 | O
HJÚ305G | Klínískt nám á lyflækningadeild | 12 | O
## 2 S2
HJÚ401G | Hjúkrun fullorðinna II | 10 | O
HJÚ405G | Klínískt nám á skurðdeild | 12 | O
TÖL401G | Aðferðafræði og tölfræði | 8 | M
## 3 S1
HJÚ501G | Geðhjúkrun | 10 | O
HJÚ505G | Barnahjúkrun | 10 | O
HJÚ507G | Klínískt nám á geðdeild | 10 | O
## 3 S2
HJÚ601G | Hjúkrun aldraðra | 10 | O
HJÚ605G | Ljósmóður- og kvenheilsufræði | 10 | O
HJÚ607G | Klínískt nám í heilsugæslu | 10 | O
## 4 S1
HJÚ701F | Bráðahjúkrun | 10 | O
HJÚ705F | Stjórnun og forysta í hjúkrun | 8 | O
HJÚ707F | Klínískt nám á bráðadeild | 12 | O
## 4 S2
HJÚ801F | Fræðileg skrif og gagnreyndir starfshættir | 12 | O
HJÚ810F | Lokaverkefni | 18 | O
"""

EN = {"Frumulíffræði": "Cell Biology", "Almenn efnafræði": "General Chemistry",
      "Klínísk lífefnafræði I": "Clinical Biochemistry I", "Blóðmeinafræði I": "Haematology I",
      "Sýklafræði": "Medical Bacteriology", "Ónæmisfræði": "Immunology", "Blóðbankafræði": "Blood Banking",
      "Klínísk þjálfun í blóðmeinafræði": "Clinical Training in Haematology",
      "Starfsþjálfun á rannsóknarstofu": "Laboratory Placement", "Erfðafræði": "Genetics",
      "Lokaverkefni": "Final Project", "Lífefnafræði": "Biochemistry", "Örverufræði": "Microbiology"}

IS_INST = [
    Institution("Háskóli Faxaflóa", "Reykjavík", "Höfuðborgarsvæðið", "IS", "Sæmundargata 14, 102 Reykjavík",
                ("is_lif", "is_bio", "is_hju"), "university",
                extra={"en": "University of Faxaflói", "rector": "Ragnheiður Þ. Ásgeirsdóttir",
                       "dean": "Hallgrímur Bergmann", "registrar": "Sólveig Hafstein"}),
    Institution("Heilbrigðisvísindaháskólinn í Reykjavík", "Reykjavík", "Höfuðborgarsvæðið", "IS",
                "Eirbergi, Skógarhlíð 6, 105 Reykjavík", ("is_lif", "is_hju"), "university",
                extra={"en": "Reykjavík University of Health Sciences", "rector": "Einar Kvaran",
                       "dean": "Þórunn Blöndal", "registrar": "Katrín Ósk Thors"}),
]


def _student_no(rng, start_year, inst):
    return f"{start_year % 100:02d}{rng.randint(10000, 99999)}"


PACK = K.CountryPack(
    code="IS", name="Iceland",
    given={"F": ["Guðrún", "Sigríður", "Kristín", "Helga", "Margrét", "Hildur", "Katrín", "Sóley", "Eva", "Ragnhildur"],
           "M": ["Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán", "Arnar",
                 "Hjörtur"]},
    surnames=["Thorarensen", "Blöndal", "Hafstein", "Briem", "Kvaran", "Thoroddsen", "Fjeldsted", "Snæland",
              "Bergmann", "Möller", "Zoëga", "Thors", "Vídalín", "Hjaltested"],
    middle={"F": ["Björk", "Ósk", "Rún", "Lind", "", "", ""], "M": ["Þór", "Már", "Freyr", "Örn", "", "", ""]},
    institutions=IS_INST,
    employers=[
        Employer("Landshlutasjúkrahús Norðurlands", "Akureyri", "Norðurland eystra", "IS",
                 "Eyrarlandsvegi 44, 600 Akureyri", "+354 463 0100", "mannaudur@lsnl.example"),
        Employer("Landshlutasjúkrahús Suðurnesja", "Reykjanesbær", "Suðurnes", "IS",
                 "Skólavegi 9, 230 Reykjanesbær", "+354 422 0500", "starf@lssn.example"),
        Employer("Rannsóknastofan Kjarni ehf.", "Reykjavík", "Höfuðborgarsvæðið", "IS",
                 "Álfheimum 74, 104 Reykjavík", "+354 520 1900", "kjarni@kjarni-lab.example", "lab"),
    ],
    signers=["Ásdís Blöndal", "Halldór Briem", "Jórunn Kvaran"],
    curricula=[C.Curriculum("is_lif", "IS", "BS í lífeindafræði", "bachelor", 3, "medical_laboratory_science", "ects",
                            C._parse(IS_LIF), 8, 6, clinical_training=True),
               C.Curriculum("is_bio", "IS", "BS í líffræði", "bachelor", 3, "biology", "ects", C._parse(IS_BIO), 8, 6),
               C.Curriculum("is_hju", "IS", "BS í hjúkrunarfræði", "bachelor", 4, "nursing", "ects",
                            C._parse(IS_HJU), 8, 6)],
    mls_curriculum="is_lif", science_curricula=["is_bio"], nonqualifying_curricula=["is_hju"],
    positions_mls=["lífeindafræðingur"], positions_science=["náttúrufræðingur á rannsóknarstofu"],
    code_style="keep", student_no=_student_no, honours=[])
K.register(PACK)
add_department_phrases("IS", {
    "blood_bank": ["blóðbanka"], "chemistry": ["klínískri lífefnafræði"], "hematology": ["blóðmeinafræði"],
    "microbiology": ["örverufræði"], "immunology": ["ónæmisfræði"], "urinalysis": ["þvagrannsóknum"],
    "molecular": ["sameindaerfðafræði"], "phlebotomy": ["blóðtöku"], "other": ["vefjameinafræði"]})

DIPL = [("1", "S1", "LEF701M", "Klínísk lífeindafræði, framhaldsnámskeið", 10, "mls_professional", ()),
        ("1", "S1", "LEF703M", "Starfsþjálfun á rannsóknarstofu II", 20, "mls_professional",
         ("hematology", "chemistry", "microbiology", "blood_bank")),
        ("1", "S2", "LEF705M", "Aðferðafræði rannsókna og gæðastjórnun", 10, "other", ()),
        ("1", "S2", "LEF710M", "Lokaverkefni í diplómanámi", 20, "other", ())]


def kennitala(s):
    d = s.dob
    base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
    rr = 20 + k(s, "kt") % 70
    while True:
        digits = [int(c) for c in base + f"{rr:02d}"]
        t = sum(w * x for w, x in zip((3, 2, 7, 6, 5, 4, 3, 2), digits)) % 11
        c = 0 if t == 0 else 11 - t
        if c != 10:
            break
        rr += 1
    cent = 9 if d.year < 2000 else 0
    return f"{base}-{rr:02d}{c}{cent}"


def season(t):
    return {"S1": f"Haust {t.start_year}", "S2": f"Vor {t.start_year + 1}",
            "SU": f"Sumar {t.start_year + 1}"}[t.key]


def grade_of(s, r, salt):
    g = 5.0 + (r.score - 45) * 4.6 / 47 + (k(s, salt) % 11 - 5) / 5.0
    g = max(5.0, min(10.0, g))
    return round(g * 2) / 2 if k(s, salt + "h") % 10 < 7 else round(g, 1)


def has_diploma_year(s):
    return s.curriculum.id == "is_lif" and s.conferred.year <= 2019 and k(s, "dip") % 3 == 0


def is_rows(s):
    """[(caption, [(r, grade_str, grade_num or None, passed, title_en)])], the diploma block separately."""
    fail = None
    if k(s, "fail") % 3 == 0:
        cands = [(i, j) for i, t in enumerate(s.terms) if t.year < 3 and t.key != "SU"
                 for j, r in enumerate(t.results) if not r.spec.areas]
        fail = cands[k(s, "fw") % len(cands)] if cands else None
    metid = (0, k(s, "met") % len(s.terms[0].results)) if k(s, "metid") % 5 == 0 else None
    out, pending = [], []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            en = EN.get(r.spec.title) if k(s, f"en{r.spec.code}") % 3 == 0 else None
            if r.spec.areas:
                rows.append((r, "Staðið", None, True, en))
            elif metid == (i, j):
                rows.append((r, "Metið", None, True, en))
            elif fail == (i, j):
                g = [3.5, 4.0, 4.5, 2.5][k(s, "fg") % 4]
                rows.append((r, "Fall" if k(s, "fall") % 2 else comma(g), None, False, en))
                pending.append((t.year + 1, t.key, r, en))
            else:
                g = grade_of(s, r, f"g{i}.{j}")
                rows.append((r, comma(g), g, True, en))
        for yy, kk, r, en in [p for p in pending if p[0] == t.year and p[1] == t.key]:
            g = max(5.0, grade_of(s, r, "rep") - 1.0)
            rows.append((r, comma(g), g, True, en))
        out.append((season(t), rows))
    return out


def wavg(rows):
    num = sum(g * r.spec.credits for r, _, g, ok, _ in rows if g is not None and ok)
    den = sum(r.spec.credits for r, _, g, ok, _ in rows if g is not None and ok)
    return num / den if den else 0.0


def dipl_rows(s):
    y0 = s.conferred.year
    out = []
    for _, key, code, title, cr, cat, areas in DIPL:
        r = fake_result(s.terms[-1].results[0], code, title, cr, cat, areas)
        cap = f"Haust {y0}" if key == "S1" else f"Vor {y0 + 1}"
        if areas:
            out.append((cap, (r, "Staðið", None, True, None)))
        else:
            g = grade_of(s, r, f"d{code}")
            out.append((cap, (r, comma(g), g, True, None)))
    blocks = []
    for cap, row in out:
        if not blocks or blocks[-1][0] != cap:
            blocks.append((cap, []))
        blocks[-1][1].append(row)
    return blocks


def overall(s):
    return round(wavg([x for _, rows in is_rows(s) for x in rows]) + 1e-9, 2)


def is_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep(person, "dob", s.dob)
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 50, W - 50
    XC, XT, XE, XG = L, L + 62, R - 70, R - 4
    nm = natural(person)
    kt = kennitala(s)
    keep(person, "kt", kt)
    dip = has_diploma_year(s)
    grad2 = dt.date(s.conferred.year + 1, 6, 14 + k(s, "g2") % 12) if dip else None
    issued = (grad2 or s.conferred) - dt.timedelta(days=3 + k(s, "iss") % 12)
    pages = []

    def header(p, y):
        p.pieces(y, [(XC, "Námskeið", "left"), (XT, "Heiti námskeiðs", "left"), (XE, "Ein.", "right"),
                     (XG, "Einkunn", "right")], SB, 8.5)
        p.hline(L, R, y + 4, 0.4)
        return y + 16

    def new_page():
        p = Page(A4)
        pages.append(p)
        if len(pages) == 1:
            p.text(L, 50, inst.name, SB, 12)
            p.text(L, 62, "Nemendaskrá / Student Registry", S, 7.5)
            p.text(R, 50, f"Reykjavík, {is_date(issued)}", S, 9.5, "right")
            p.text(W / 2, 104, "NÁMSFERILSYFIRLIT", SB, 16, "center")
            p.text(W / 2, 118, "Transcript of Records", SI, 9.5, "center")
            y = 146
            prog = f"{cur.title} (180 ECTS)" if cur.years == 3 else f"{cur.title} (240 ECTS)"
            fac = "Læknadeild" if cur.id != "is_hju" else "Hjúkrunarfræðideild"
            for a, b, c, d in (("Nafn / Name:", nm, "Kennitala / ID number:", kt),
                               ("Námsleið / Programme:", prog, "Deild / Faculty:", fac),
                               ("Nemandanúmer / Student no.:", s.student_no, "Innritun / Admitted:",
                                is_date(s.admitted))):
                p.pieces(y, [(L, a, "left", S, 8.5), (L + 118, b, "left", SB, fit_size(b, SB, 9, 165)),
                             (L + 292, c, "left", S, 8.5), (L + 392, d, "left", SB, 9)], S, 9)
                y += 14
            if dip:
                p.pieces(y, [(L, "Námsleið / Programme:", "left", S, 8.5),
                             (L + 118, "Diplómanám í lífeindafræði (60 ECTS)", "left", SB, 9)], S, 9)
                y += 14
            return p, header(p, y + 14)
        p.text(L, 46, f"{inst.name} · Námsferilsyfirlit", S, 8)
        return p, header(p, 70)

    p, y = new_page()
    out = []

    def block(cap, rows, prog=None):
        nonlocal p, y
        need = 22 + sum(22 if en else 13 for *_, en in rows) + 20
        if y + need > H - 70:
            p, y = new_page()
        p.text(L, y + 4, cap, SB, 9.5)
        p.hline(L, R, y + 8, 0.3, 0.5)
        y += 20
        for r, gs, g, ok, en in rows:
            t = r.spec.title
            p.pieces(y, [(XC, r.code, "left"), (XT, t, "left", S, fit_size(t, S, 8.8, XE - XT - 30)),
                         (XE, num_c(r.spec.credits), "right"), (XG, gs, "right")], S, 8.8)
            extra = {}
            if en:
                p.text(XT, y + 9, en, SI, 7)
                extra["title_en"] = en
                y += 9
            if not ok:
                extra["passed"] = False
            if prog:
                extra["programme"] = prog
            y += 13
            out.append(course_truth(r, cap, r.spec.credits, gs, "ects", code=r.code, **extra))
        ern = sum(r.spec.credits for r, _, _, ok, _ in rows if ok)
        avg = f" / Meðaleinkunn: {comma(wavg(rows), 2)}" if any(g is not None for _, _, g, _, _ in rows) else ""
        p.text(R, y + 2, f"Einingar á misseri: {num_c(ern)}{avg}", S, 8.5, "right")
        y += 18

    blocks = is_rows(s)
    for cap, rows in blocks:
        block(cap, rows)
    allrows = [x for _, rows in blocks for x in rows]
    tot = sum(r.spec.credits for r, _, _, ok, _ in allrows if ok)

    def totals(tot, avg, grad):
        nonlocal p, y
        if y + 50 > H - 70:
            p, y = new_page()
        p.hline(L, R, y - 4, 0.6)
        p.text(L, y + 10, f"Samtals einingar / Total ECTS: {num_c(tot)}", SB, 9.5)
        p.text(L, y + 24, f"Vegin meðaleinkunn / Weighted average: {comma(avg, 2)}", SB, 9.5)
        p.text(L, y + 38, f"Brautskráning / Graduation: {is_date(grad)}", SB, 9.5)
        y += 58

    totals(tot, wavg(allrows), s.conferred)
    if dip:
        if y + 60 > H - 70:
            p, y = new_page()
        p.text(L, y + 6, "Diplómanám í lífeindafræði", SB, 10.5)
        y += 22
        drows = dipl_rows(s)
        for cap, rows in drows:
            block(cap, rows, "Diplómanám í lífeindafræði")
        dr = [x for _, rows in drows for x in rows]
        totals(sum(r.spec.credits for r, *_ in dr), wavg(dr), grad2)
    if y + 110 > H - 70:
        p, y = new_page()
    p.text(L, y + 8, "Einkunnir eru gefnar á kvarðanum 0-10; lágmarkseinkunn er 5,0.", SI, 7.5)
    sign_block(p, rng, L + 110, y + 72, "Deildarstjóri Nemendaskrár", S, 8.5, 180, inst.extra["registrar"])
    dry_seal(p, L + 290, y + 58, 34, 0.7)
    n = len(pages)
    for i, q in enumerate(pages, 1):
        q.hline(L, R, H - 44, 0.3)
        q.pieces(H - 32, [(L, f"{nm} · kt. {kt}", "left"), (R, f"Bls. {i} af {n}", "right")], S, 7.5)
    return LayoutResult("transcript", "am_is_namsferill", FAMILY, pages, [nm], out, "ects",
                        {"prints_totals": True, "pass_mark": 5.0})


TRANSCRIPT_LAYOUTS = {"am_is_namsferill": (is_transcript, FAMILY, ("IS",))}
