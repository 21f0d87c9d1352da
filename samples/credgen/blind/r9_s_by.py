"""Writer S, round 9: Belarus (BY). Country pack (first-level higher education "Medical Diagnostics",
speciality 1-79 01 04, qualification "Medical Diagnostician", 4 years, 240 credit units, at an
invented state medical university; Biochemistry at a state university; Nursing) and the notarised
English TRANSLATION of the "SUPPLEMENT TO DIPLOMA": the holder's block (surname, name, patronymic;
date of birth; period of study; speciality; qualification), then a DENSE NUMBERED LIST IN TWO
COLUMNS per page (1-30 left, 31-60 right), each column with its own header `No. | Name of
discipline | Hours | Credit units | Mark`; NO terms, NO codes; marks on the 10-point scale written
"8 (eight)", "passed" for pass/fail subjects (which still have hours and credit units); sections
as spanning lines inside a column ("Course papers", "Practical training" with "Clinical laboratory
practice, 12 weeks" and its hours, "State examinations"); "Total: 8040 hours, 240 credit units"
(the sum of the printed rows); Rector / Dean / Secretary and "L.S."; the translator's statement
and a notary's certification paragraph with a register number and the notary's round seal.

Truth rows: the disciplines and the practical training (they carry hours and credit units), code
null, term null; course papers and state examinations print a mark only (no hours, no credit
units) and are not course rows. Credits: Belarusian credit units are ECTS-like (1 credit unit =
36-40 hours of student work, 60 a year): ECTS x 1/2 (criteria.md); the hours are kept in the truth
(`hours`) but are not the credit basis."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r3_f_common import parse as parse_local
from .r4_h_common import cyrillic_safe
from .r9_s_common import FAMILY, add_department_phrases, course_truth, k, round_stamp, sign_block

HOURS = {}   # code -> "hours" or "hours p" (pass/fail)

BY_MD = """
## 1 D
BY01 | 108 | History of Belarus in the context of world civilization | 3 | O
BY02 | 108 | Philosophy | 3 | O
BY03 | 72 | Economics | 2 | O
BY04 | 72 p | Political science | 2 | O
BY05 | 324 | Foreign language | 8 | O
BY06 | 72 p | Belarusian language (professional vocabulary) | 2 | O
BY07 | 400 p | Physical culture | 4 | O
BY08 | 108 p | Latin language and fundamentals of medical terminology | 3 | O
BY09 | 180 | Medical and biological physics | 5 | O
BY10 | 144 | General chemistry | 4 | C
BY11 | 144 | Bioorganic chemistry | 4 | C
BY12 | 252 | Biological chemistry | 7 | C
BY13 | 216 | Medical biology and general genetics | 6 | B
BY14 | 288 | Human anatomy | 8 | B
BY15 | 216 | Histology, cytology, embryology | 6 | B
BY16 | 252 | Normal physiology | 7 | B
BY17 | 288 | Microbiology, virology, immunology | 8 | B
BY18 | 180 | Pathological anatomy | 5 | ?P
BY19 | 180 | Pathological physiology | 5 | ?B
BY20 | 144 | Pharmacology | 4 | O
BY21 | 108 | Medical statistics and informatics | 3 | M
BY22 | 108 | General hygiene and ecology | 3 | O
BY23 | 72 p | Epidemiology | 2 | O
BY24 | 180 | Propaedeutics of internal diseases | 5 | O
BY25 | 216 | Internal diseases | 6 | O
BY26 | 108 | General surgery | 3 | O
BY27 | 108 | Infectious diseases | 3 | O
BY28 | 108 | Public health and health care | 3 | O
BY29 | 72 p | Safety of life activity | 2 | O
BY30 | 432 | Clinical laboratory diagnostics | 12 | P
BY31 | 324 | Clinical biochemistry | 9 | P
BY32 | 288 | Laboratory haematology | 8 | P
BY33 | 144 | Clinical immunology and allergology | 4 | ?B
BY34 | 288 | Medical microbiology and laboratory diagnosis of infections | 8 | P
BY35 | 108 | Medical parasitology | 3 | P
BY36 | 144 | Transfusiology and immunohaematology | 4 | P
BY37 | 144 | Molecular genetic diagnostics | 4 | ?P
BY38 | 144 | Cytological diagnostics | 4 | P
BY39 | 108 | Quality management in the clinical diagnostic laboratory | 3 | P
BY40 | 108 p | Laboratory equipment and automation of analyses | 3 | P
BY41 | 72 | Clinical pharmacology | 2 | O
BY42 | 144 | Radiation diagnostics and radiation therapy | 4 | O
BY43 | 108 | Toxicological chemistry | 3 | C
BY44 | 72 p | Medical ethics and deontology | 2 | O
BY45 | 72 p | Psychology and pedagogy | 2 | O
BY46 | 144 | Molecular biology | 4 | B
BY47 | 72 | Medical genetics | 2 | ?B
## 4 P
BY51 | 108 | Nursing practice, 2 weeks | 3 | O
BY52 | 216 | Laboratory practice in biochemistry, 4 weeks | 6 | P | chemistry
BY53 | 216 | Laboratory practice in microbiology, 4 weeks | 6 | P | microbiology
BY54 | 648 | Clinical laboratory practice, 12 weeks | 18 | P | hematology,urinalysis,blood_bank,chemistry
"""

BY_BCH = """
## 1 D
BB01 | 108 | History of Belarus in the context of world civilization | 3 | O
BB02 | 108 | Philosophy | 3 | O
BB03 | 324 | Foreign language | 8 | O
BB04 | 400 p | Physical culture | 4 | O
BB05 | 360 | Higher mathematics | 10 | M
BB06 | 216 | Physics | 6 | O
BB07 | 432 | General and inorganic chemistry | 12 | C
BB08 | 432 | Organic chemistry | 12 | C
BB09 | 216 | Analytical chemistry | 6 | C
BB10 | 216 | Physical and colloid chemistry | 6 | C
BB11 | 252 | Zoology | 7 | B
BB12 | 252 | Botany | 7 | B
BB13 | 432 | Biochemistry | 12 | C
BB14 | 252 | Cytology and histology | 7 | B
BB15 | 252 | Genetics | 7 | B
BB16 | 360 | Microbiology | 10 | B
BB17 | 216 | Human and animal physiology | 6 | B
BB18 | 324 | Molecular biology | 9 | B
BB19 | 216 | Enzymology | 6 | C
BB20 | 216 | Immunochemistry | 6 | ?B
BB21 | 180 | Biotechnology | 5 | B
BB22 | 144 p | Ecology | 4 | B
BB23 | 144 | Bioinformatics | 4 | ?M
BB24 | 108 | Plant physiology | 3 | B
BB25 | 216 | Cell biology | 6 | B
BB26 | 216 | Biophysics | 6 | O
BB27 | 216 | Chemistry of natural compounds | 6 | C
BB28 | 216 | Virology | 6 | B
BB29 | 288 | Methods of biochemical research | 8 | C
BB30 | 216 | Biochemistry of nutrition | 6 | C
BB31 | 216 | Radiobiology | 6 | B
## 4 P
BB51 | 324 | Field practice in zoology and botany, 6 weeks | 9 | B
BB52 | 864 | Research practice in biochemistry, 16 weeks | 24 | C
"""

BY_NUR = """
## 1 D
BN01 | 108 | Philosophy | 3 | O
BN02 | 324 | Foreign language | 8 | O
BN03 | 288 | Human anatomy | 8 | B
BN04 | 252 | Normal physiology | 7 | B
BN05 | 648 | Fundamentals of nursing | 18 | O
BN06 | 648 | Nursing in internal diseases | 18 | O
BN07 | 648 | Nursing in surgery | 18 | O
BN08 | 432 | Nursing management | 12 | O
BN09 | 432 | Nursing in paediatrics | 12 | O
BN10 | 324 | Nursing in obstetrics | 9 | O
BN11 | 288 | Public health | 8 | O
BN12 | 324 | Pharmacology | 9 | O
BN13 | 360 | Nursing in infectious diseases | 10 | O
BN14 | 180 | Psychology | 5 | O
BN15 | 288 | Hygiene and epidemiology | 8 | O
## 4 P
BN51 | 1296 | Nursing practice, 24 weeks | 36 | O
BN52 | 864 | Community nursing practice, 16 weeks | 24 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BY", title, "bachelor", 4, field, "ects", parse_local(table, HOURS), 9, 6,
                        clinical_training=clin)


BY_INST = [
    Institution("Polesie State Medical University", "Pinsk", "Brest Region", "BY", "31 Kirava St.",
                ("by_md", "by_nur"), extra={"ru": "Полесский государственный медицинский университет"}),
    Institution("Mahiliou State Medical University", "Mahiliou", "Mahiliou Region", "BY", "12 Pershamaiskaya St.",
                ("by_md", "by_nur"), extra={"ru": "Могилёвский государственный медицинский университет"}),
    Institution("Barysau State University", "Barysau", "Minsk Region", "BY", "7 Revalutsyi Ave.",
                ("by_bch",), extra={"ru": "Борисовский государственный университет"}),
]

PACK = K.CountryPack(
    code="BY", name="Belarus",
    given={"F": ["Volha", "Aliaksandra", "Hanna", "Katsiaryna", "Darya", "Yuliya", "Natallia", "Maryia", "Tatsiana",
                 "Iryna"],
           "M": ["Aliaksandr", "Dzmitry", "Siarhei", "Andrei", "Uladzimir", "Pavel", "Mikalai", "Yauhen", "Ihar",
                 "Maksim"]},
    surnames=["Kavalenka", "Novik", "Karpovich", "Savitski", "Shauchenka", "Zhuk", "Lukashevich", "Bandarenka",
              "Kuzmich", "Sidarenka", "Hurynovich", "Dubovik", "Yakubovich", "Tsikhanovich"],
    middle={"F": ["Aliaksandrauna", "Siarheeuna", "Uladzimirauna", "Mikalaeuna", "Ivanauna", "Viktarauna"],
            "M": ["Aliaksandravich", "Siarheevich", "Uladzimiravich", "Mikalaevich", "Ivanavich", "Viktaravich"]},
    institutions=BY_INST,
    employers=[
        Employer("Pinsk City Clinical Hospital No. 3", "Pinsk", "Brest Region", "BY", "44 Lenina St.",
                 "+375 165 00 01 43", "priemnaya@gkb3-pinsk.example"),
        Employer("Mahiliou Regional Clinical Hospital", "Mahiliou", "Mahiliou Region", "BY", "12 Bialynitskaha-Biruli St.",
                 "+375 222 00 01 77", "kadry@mokb.example"),
        Employer("Brest City Hospital No. 2", "Brest", "Brest Region", "BY", "7 Maskouskaya St.",
                 "+375 162 00 02 19", "ok@brest-gb2.example"),
        Employer("Medlab Polesie LLC", "Pinsk", "Brest Region", "BY", "3 Dnyaprouskaj Flatylii St.",
                 "+375 165 00 09 21", "info@medlab-polesie.example", "lab"),
    ],
    signers=["A. M. Karpovich", "N. I. Zhuk", "V. S. Lukashevich", "T. P. Novik"],
    curricula=[_cur("by_md", "Medical Diagnostics (first-level higher education)", "medical_laboratory_science", BY_MD,
                    True),
               _cur("by_bch", "Biochemistry (first-level higher education)", "biochemistry", BY_BCH),
               _cur("by_nur", "Nursing (first-level higher education)", "nursing", BY_NUR)],
    mls_curriculum="by_md", science_curricula=["by_bch"], nonqualifying_curricula=["by_nur"],
    positions_mls=["laboratory diagnostics doctor", "medical laboratory diagnostician"],
    positions_science=["laboratory assistant", "junior research fellow"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10 ** 6, 10 ** 7 - 1):07d}",
    honours=[],
)
K.register(PACK)
add_department_phrases("BY", {
    "blood_bank": ["blood transfusion department"], "chemistry": ["biochemistry section"],
    "hematology": ["haematology section"], "microbiology": ["bacteriological laboratory"],
    "immunology": ["immunology section"], "urinalysis": ["general clinical tests section"],
    "molecular": ["PCR laboratory"], "phlebotomy": ["treatment room"], "other": ["cytology section"]})

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
SPECIALITY = {"by_md": ("1-79 01 04 Medical Diagnostics", "Medical Diagnostician"),
              "by_bch": ("1-31 01 01-03 Biology (Biochemistry)", "Biologist. Biochemist. Teacher of Biology and Chemistry"),
              "by_nur": ("1-79 01 06 Nursing", "Nurse with higher education. Nursing Manager")}
EXTRAS = {"by_md": (["Biological chemistry", "Clinical laboratory diagnostics"],
                    ["Clinical laboratory diagnostics", "Internal diseases"]),
          "by_bch": (["Biochemistry"], ["Biochemistry", "Molecular biology"]),
          "by_nur": (["Fundamentals of nursing"], ["Nursing"])}


def series_no(s):
    return f"ДВ № {k(s, 'dv') % 9000000 + 1000000:07d}"


def mark(s, r, i):
    """10-point mark (4..10) or None for pass/fail."""
    if r is not None and HOURS[r.spec.code].endswith("p"):
        return None
    base = (r.score if r is not None else 70)
    return max(4, min(10, int(round(4 + (base - 45) * 6.5 / 47 + (k(s, f"m{i}") % 3 - 1)))))


def mark_s(m):
    return "passed" if m is None else f"{m} ({WORDS[m]})"


def by_items(s):
    """The printed list: ('sec', title) or ('row', r or None, title, hours or None, cu or None, mark)."""
    items = []
    disc = [r for t in s.terms if t.key == "D" for r in t.results]
    prac = [r for t in s.terms if t.key == "P" for r in t.results]
    papers, states = EXTRAS.get(s.curriculum.id, ([], []))
    for i, r in enumerate(disc):
        items.append(("row", r, r.spec.title, HOURS[r.spec.code].split()[0], int(r.spec.credits), mark_s(mark(s, r, i))))
    items.append(("sec", "Course papers"))
    for i, t in enumerate(papers):
        items.append(("row", None, f"{t} (course paper)", None, None, mark_s(mark(s, None, 100 + i))))
    items.append(("sec", "Practical training"))
    for i, r in enumerate(prac):
        items.append(("row", r, r.spec.title, HOURS[r.spec.code].split()[0], int(r.spec.credits), mark_s(mark(s, r, 200 + i))))
    items.append(("sec", "State examinations"))
    for i, t in enumerate(states):
        items.append(("row", None, t, None, None, mark_s(mark(s, None, 300 + i))))
    return items


def by_transcript(s, person, rng):
    with cyrillic_safe():
        return _by(s, person, rng)


def _by(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 28, W - 28
    nm = f"{person.surname.upper()} {person.given} {person.middle}".strip()
    spec, qual = SPECIALITY.get(cur.id, (cur.title, ""))
    items = by_items(s)
    CW, GAP = 265, R - L - 2 * 265
    cols = [0, 16, 166, 196, 228, CW]       # column offsets inside one list column
    fs = 6.8
    out, pages = [], []

    def new_page(n):
        p = Page(A4)
        pages.append(p)
        p.text(R, 30, "Translation from Russian into English", FI, 8, "right")
        if n == 1:
            round_stamp(p, W / 2, 52, 14, 0.3)
            p.text(W / 2, 80, "REPUBLIC OF BELARUS", FB, 10, "center")
            p.text(W / 2, 92, f"Educational institution \"{inst.name}\"", F, 9, "center")
            p.text(W / 2, 110, "SUPPLEMENT TO DIPLOMA", FB, 13, "center")
            p.text(W / 2, 123, f"{series_no(s)} (Series DV No. {series_no(s)[5:]})", F, 9, "center")
            p.text(W / 2, 134, "(not valid without the diploma)", FI, 8, "center")
            y = 150
            for a, b in (("Surname, name, patronymic", nm), ("Date of birth", s.dob.strftime("%d.%m.%Y")),
                         ("Previous education document", f"certificate of general secondary education, {s.admitted.year}"),
                         ("Period of study", f"{s.admitted.strftime('%d.%m.%Y')} – {s.conferred.strftime('%d.%m.%Y')}, "
                                             "full-time (day) form of study"),
                         ("Speciality", spec), ("Qualification", qual)):
                p.pieces(y, [(L, f"{a}:", "left", FB, 8), (L + 150, b, "left")], F, 8)
                y += 10.5
            p.text(L, y + 4, "During the period of study passed the following academic disciplines and obtained the "
                   "following marks:", F, 8)
            return p, y + 16
        return p, 46

    def head(p, x, y):
        p.rect(x, y, CW, 20, 0.6, 0, fill=0.9)
        p.pieces(y + 8, [(x + cols[0] + 8, "No.", "center"), (x + cols[1] + 3, "Name of discipline", "left"),
                         ((x + cols[2] + x + cols[3]) / 2, "Hours", "center"),
                         ((x + cols[3] + x + cols[4]) / 2, "Credit", "center"),
                         ((x + cols[4] + x + cols[5]) / 2, "Mark", "center")], FB, 6.8)
        p.text((x + cols[3] + x + cols[4]) / 2, y + 16.5, "units", FB, 6.8, "center")
        return y + 20

    p, y0 = new_page(1)
    n_no = 0
    i = 0
    ymax = y0
    while i < len(items):
        ymax = y0
        for ci in range(2):
            x = L + ci * (CW + GAP)
            y = head(p, x, y0)
            top = y
            count = 0
            while i < len(items) and count < 30:
                it = items[i]
                if it[0] == "sec":
                    p.rect(x, y, CW, 11, 0.4, 0, fill=0.95)
                    p.text(x + CW / 2, y + 8, it[1], FB, 7, "center")
                    y += 11
                    i += 1
                    continue
                _, r, title, hrs, cu, mk = it
                n_no += 1
                tl = wrap(title, F, fs, cols[2] - cols[1] - 5)
                p.pieces(y + 8, [(x + cols[0] + 8, f"{n_no}.", "center"), (x + cols[1] + 3, tl[0], "left"),
                                 ((x + cols[2] + x + cols[3]) / 2, hrs or "–", "center"),
                                 ((x + cols[3] + x + cols[4]) / 2, str(cu) if cu is not None else "–", "center"),
                                 ((x + cols[4] + x + cols[5]) / 2, mk, "center")], F, fs)
                for m, ln in enumerate(tl[1:], 1):
                    p.text(x + cols[1] + 3, y + 8 + 8 * m, ln, F, fs)
                y += 8 * len(tl) + 3.5
                p.hline(x, x + CW, y, 0.3)
                if r is not None:
                    out.append(course_truth(r, None, cu, mk, "ects", title=" ".join(tl), code=None, hours=int(hrs),
                                            number=n_no))
                count += 1
                i += 1
            for c in cols:
                p.vline(x + c, top, y, 0.4)
            ymax = max(ymax, y)
        if i < len(items):
            p, y0 = new_page(len(pages) + 1)
            y0 += 4
    yb = ymax
    hours = sum(int(it[3]) for it in items if it[0] == "row" and it[3])
    cus = sum(it[4] for it in items if it[0] == "row" and it[4])
    if yb > H - 330:
        p, yb = new_page(len(pages) + 1)
    yb += 16
    p.text(L, yb, f"Total: {hours} hours, {cus} credit units", FB, 9)
    yb += 12
    p.text(L, yb, "Marking scale: 10-point; marks 4 (four) to 10 (ten) are positive; \"passed\" = credit (zachot).", FI, 7.5)
    yb += 40
    for x, t in ((L + 80, "Rector"), (W / 2, "Dean"), (R - 80, "Secretary")):
        sign_block(p, rng, x, yb, t, F, 8, 120)
    p.text(W / 2 + 90, yb + 14, "L.S.", FB, 8)
    p.text(L, yb + 28, f"City of {inst.city}, {s.conferred.strftime('%d.%m.%Y')}     Registration No. "
           f"{k(s, 'reg') % 900 + 100}".replace("     ", " — "), F, 8)
    yb += 50
    tr = ["Volha Ihnatsenka", "Maryna Staravoitava", "Pavel Hrytsuk"][k(s, "tr") % 3]
    yb = p.paragraph(L, yb, f"I, {tr}, translator, hereby certify that this is a true and complete translation of the "
                     f"attached document from Russian into English.", FI, 8.5, R - L, 11)
    sign_block(p, rng, R - 90, yb + 24, f"Translator {tr}", F, 7.5, 140)
    yb += 56
    nd = s.conferred.replace(year=s.conferred.year + 2 + k(s, "ny") % 3)
    notary = ["Hanna Bialevich", "Aliaksei Yermak", "Iryna Sakalouskaya"][k(s, "nt") % 3]
    yb = p.paragraph(L, yb, f"Republic of Belarus, City of Minsk, {nd.strftime('%d.%m.%Y')}. I, {notary}, notary of the "
                     f"Minsk City Notarial Office No. {k(s, 'no') % 7 + 1}, certify the authenticity of the signature of "
                     f"translator {tr}, made in my presence. The identity of the translator has been established and "
                     f"the translator's competence verified. Registered in the register under No. "
                     f"{k(s, 'nr') % 9 + 1}-{k(s, 'nr2') % 9000 + 1000}. Notarial fee collected.", F, 8.5, R - L - 90, 11)
    sign_block(p, rng, L + 220, yb + 24, f"Notary {notary}", F, 7.5, 150)
    round_stamp(p, L + 360, yb + 12, 30, 0.4)
    for i2, pg in enumerate(pages, 1):
        pg.text(W / 2, H - 20, f"Page {i2} of {len(pages)}", F, 7.5, "center")
    return LayoutResult("transcript", "by_supplement_two_column", FAMILY, pages, [nm], out, "ects",
                        {"prints_totals": True, "total_hours": hours, "total_credit_units": cus})


TRANSCRIPT_LAYOUTS = {"by_supplement_two_column": (by_transcript, FAMILY, ("BY",))}
