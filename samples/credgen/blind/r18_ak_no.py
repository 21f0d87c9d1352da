"""Writer AK, round 18: Norway (NO). Country pack (invented university colleges; the "Bachelor i
bioingeniørfag", three years, 180 studiepoeng; a "Bachelor i biologi"; the nursing "Bachelor i
sykepleie") and the national student system's "KARAKTERUTSKRIFT / TRANSCRIPT OF RECORDS": A4
portrait, a clean sans-serif, no ruled lines, headings in Norwegian with the English in italics
after a slash ("Emnekode / Course code"). Header: the institution's name and address top left,
"Utskriftsdato: 26.06.2018", "Navn / Name", "Fødselsdato / Date of birth", "Studieprogram:
Bachelor i bioingeniørfag". ONE list sorted by semester: Semester ("2015 Høst", "2016 Vår": printed
on EVERY row) | Emnekode ("BIO1101", "BIOING2300") | Emnenavn / Course title (the Norwegian title,
and under it in italics the English one) | Karakter / Grade (A-F, or "Bestått" for pass/fail courses
and practice) | Studiepoeng / Credits ("10,0", "7,5", "20,0") | Merknad ("Fritak" for an exemption
that counts, "Ny vurdering" when a grade was improved; mostly empty). After the list "Sum
studiepoeng / Total credits: 180,0", the grade scale legend, "Grad / Degree: Bachelor i
bioingeniørfag, oppnådd 20.06.2018", "Dokumentet er elektronisk signert" and a document ID; "Side 1
av 2".

Truth: credit_system "ects" (studiepoeng are ECTS credits, x 1/2 per criteria.md). Each row is a
course: code as printed, title the Norwegian title (the English one beside as `title_en`), term
"2015 Høst", credits the studiepoeng, grade as printed ("B", "Bestått"), `remark` when printed.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size, width
from .r18_ak_common import FAMILY, add_department_phrases, course_truth, dmy, k, keep_dob, natural

# code | Norwegian title | studiepoeng | category [| areas]
NO_BIOING = """
## 1 S1
BIO1101 | Cellebiologi og genetikk | 10 | B
BIO1102 | Anatomi og fysiologi | 10 | B
BIO1103 | Generell kjemi | 10 | C
## 1 S2
BIO1104 | Organisk kjemi og biokjemi | 10 | C
BIO1105 | Laboratoriemetoder og instrumentering | 7.5 | ?P
BIO1106 | Statistikk og kvalitetssikring | 7.5 | ?M
BIO1107 | Etikk og kommunikasjon | 5 | O
## 2 S1
BIOING2100 | Klinisk biokjemi 1 | 15 | ?P
BIOING2200 | Hematologi | 10 | P
BIOING2210 | Immunologi | 5 | ?B
## 2 S2
BIOING2300 | Medisinsk mikrobiologi | 15 | P
BIOING2400 | Praksisstudier i medisinsk biokjemi | 7.5 | P | chemistry,hematology
BIOING2500 | Immunhematologi og transfusjonsmedisin | 7.5 | P
## 3 S1
BIOING3100 | Klinisk biokjemi 2 | 10 | ?P
BIOING3200 | Molekylærbiologiske metoder | 10 | ?B
BIOING3300 | Klinisk praksis i mikrobiologi | 10 | P | microbiology,blood_bank
## 3 S2
BIOING3400 | Forskningsmetode og vitenskapsteori | 10 | O
BIOING3900 | Bacheloroppgave | 20 | O
"""

NO_BIO = """
## 1 S1
BIO101 | Innføring i biologi | 10 | B
KJM101 | Generell kjemi | 10 | C
MAT101 | Matematikk for naturvitenskap | 10 | M
## 1 S2
BIO102 | Cellebiologi | 10 | B
BIO103 | Zoologi | 10 | B
KJM102 | Organisk kjemi | 10 | C
## 2 S1
BIO201 | Mikrobiologi | 10 | B
BIO202 | Genetikk | 10 | B
STA201 | Statistikk | 10 | M
## 2 S2
BIO203 | Botanikk | 10 | B
BIO204 | Økologi | 10 | ?B
KJM203 | Biokjemi | 10 | C
## 3 S1
BIO301 | Fysiologi | 10 | B
BIO302 | Molekylærbiologi | 10 | B
EXPHIL | Examen philosophicum | 10 | O
## 3 S2
BIO303 | Feltkurs i biologi | 10 | B
BIO390 | Bacheloroppgave | 20 | O
"""

NO_SPL = """
## 1 S1
SPL1100 | Grunnleggende sykepleie | 15 | O
SPL1110 | Anatomi, fysiologi og biokjemi | 15 | B
## 1 S2
SPL1200 | Mikrobiologi og infeksjonsforebygging | 7.5 | ?B
SPL1210 | Praksisstudier i sykehjem | 15 | O
SPL1220 | Etikk og kommunikasjon | 7.5 | O
## 2 S1
SPL2100 | Sykdomslære og farmakologi | 15 | O
SPL2110 | Praksisstudier i medisinsk avdeling | 15 | O
## 2 S2
SPL2200 | Psykisk helse | 15 | O
SPL2210 | Praksisstudier i kirurgisk avdeling | 15 | O
## 3 S1
SPL3100 | Praksisstudier i hjemmesykepleie | 15 | O
SPL3110 | Forskningsmetode | 15 | O
## 3 S2
SPL3200 | Ledelse og fagutvikling | 15 | O
SPL3900 | Bacheloroppgave | 15 | O
"""

EN = {"Cellebiologi og genetikk": "Cell Biology and Genetics", "Anatomi og fysiologi": "Anatomy and Physiology",
      "Generell kjemi": "General Chemistry", "Organisk kjemi og biokjemi": "Organic Chemistry and Biochemistry",
      "Laboratoriemetoder og instrumentering": "Laboratory Methods and Instrumentation",
      "Statistikk og kvalitetssikring": "Statistics and Quality Assurance",
      "Etikk og kommunikasjon": "Ethics and Communication", "Klinisk biokjemi 1": "Clinical Biochemistry 1",
      "Hematologi": "Haematology", "Immunologi": "Immunology", "Medisinsk mikrobiologi": "Medical Microbiology",
      "Praksisstudier i medisinsk biokjemi": "Clinical Placement in Medical Biochemistry",
      "Immunhematologi og transfusjonsmedisin": "Immunohaematology and Transfusion Medicine",
      "Klinisk biokjemi 2": "Clinical Biochemistry 2", "Molekylærbiologiske metoder": "Molecular Biology Methods",
      "Klinisk praksis i mikrobiologi": "Clinical Placement in Microbiology",
      "Forskningsmetode og vitenskapsteori": "Research Methods and Philosophy of Science",
      "Bacheloroppgave": "Bachelor's Thesis", "Innføring i biologi": "Introduction to Biology",
      "Matematikk for naturvitenskap": "Mathematics for Natural Sciences", "Cellebiologi": "Cell Biology",
      "Zoologi": "Zoology", "Organisk kjemi": "Organic Chemistry", "Mikrobiologi": "Microbiology",
      "Genetikk": "Genetics", "Statistikk": "Statistics", "Botanikk": "Botany", "Økologi": "Ecology",
      "Biokjemi": "Biochemistry", "Fysiologi": "Physiology", "Molekylærbiologi": "Molecular Biology",
      "Examen philosophicum": "Examen philosophicum", "Feltkurs i biologi": "Field Course in Biology",
      "Grunnleggende sykepleie": "Fundamental Nursing",
      "Anatomi, fysiologi og biokjemi": "Anatomy, Physiology and Biochemistry",
      "Mikrobiologi og infeksjonsforebygging": "Microbiology and Infection Control",
      "Praksisstudier i sykehjem": "Clinical Placement in a Nursing Home",
      "Sykdomslære og farmakologi": "Pathology and Pharmacology",
      "Praksisstudier i medisinsk avdeling": "Clinical Placement in a Medical Ward",
      "Psykisk helse": "Mental Health", "Praksisstudier i kirurgisk avdeling": "Clinical Placement in a Surgical Ward",
      "Praksisstudier i hjemmesykepleie": "Clinical Placement in Home Nursing",
      "Forskningsmetode": "Research Methods", "Ledelse og fagutvikling": "Leadership and Professional Development"}

NO_INST = [
    Institution("Høgskolen i Vestfjord", "Bodø", "Nordland", "NO", "Postboks 1490, 8049 Bodø",
                ("no_bioing", "no_spl"), "college",
                extra={"rector": "Kari Elisabeth Nordvik", "director": "Trond Aasheim",
                       "en": "Vestfjord University College", "code": "HVF"}),
    Institution("Høgskulen på Sognefjorden", "Førde", "Vestland", "NO", "Postboks 133, 6803 Førde",
                ("no_bioing", "no_bio", "no_spl"), "college",
                extra={"rector": "Ingrid Solheim Brekke", "director": "Arne Hjelmeland",
                       "en": "Sognefjord University College", "code": "HSF"}),
    Institution("Universitetet i Nordre Viken", "Oslo", "Oslo", "NO", "Postboks 4 St. Olavs plass, 0130 Oslo",
                ("no_bioing", "no_bio", "no_spl"), "university",
                extra={"rector": "Per Kristian Løvaas", "director": "Mette Haugland",
                       "en": "University of Northern Viken", "code": "UNV"}),
]


def _student_no(rng, start_year, inst):
    return f"{rng.randint(100000, 999999)}"


PACK = K.CountryPack(
    code="NO", name="Norway",
    given={"F": ["Ingrid", "Kari", "Silje", "Marte", "Ida", "Ragnhild", "Sunniva", "Maren", "Tuva", "Hanne"],
           "M": ["Lars", "Ole", "Magnus", "Eirik", "Sindre", "Håkon", "Jonas", "Anders", "Torbjørn", "Vegard"]},
    surnames=["Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Dahl", "Bakken", "Solberg", "Lie",
              "Strand", "Nilsen", "Eide", "Moen"],
    middle={"F": [], "M": []},
    institutions=NO_INST,
    employers=[
        Employer("Helse Nordland HF, Nordlandssykehuset", "Bodø", "Nordland", "NO",
                 "Parkveien 95, 8092 Bodø", "+47 755 00 100", "postmottak@nordlandssykehuset.example"),
        Employer("Sykehuset i Sogn og Fjordane", "Førde", "Vestland", "NO",
                 "Svanehaugvegen 2, 6812 Førde", "+47 577 00 200", "post@sykehusetsf.example"),
        Employer("Oslo Vest Laboratoriesenter AS", "Oslo", "Oslo", "NO",
                 "Drammensveien 88, 0271 Oslo", "+47 230 00 300", "post@ovls.example", "lab"),
    ],
    signers=["Solveig Mikkelsen", "Bjørn Andreassen", "Tone Kristiansen"],
    curricula=[C.Curriculum("no_bioing", "NO", "Bachelor i bioingeniørfag", "bachelor", 3,
                            "medical_laboratory_science", "ects", C._parse(NO_BIOING), 8, 6, clinical_training=True),
               C.Curriculum("no_bio", "NO", "Bachelor i biologi", "bachelor", 3, "biology", "ects",
                            C._parse(NO_BIO), 8, 6),
               C.Curriculum("no_spl", "NO", "Bachelor i sykepleie", "bachelor", 3, "nursing", "ects",
                            C._parse(NO_SPL), 8, 6)],
    mls_curriculum="no_bioing", science_curricula=["no_bio"], nonqualifying_curricula=["no_spl"],
    positions_mls=["bioingeniør"],
    positions_science=["laborant", "avdelingsingeniør"],
    code_style="keep",
    student_no=_student_no,
    honours=[],
)
K.register(PACK)
add_department_phrases("NO", {
    "blood_bank": ["Blodbanken"], "chemistry": ["Avdeling for medisinsk biokjemi"],
    "hematology": ["Hematologisk laboratorium"], "microbiology": ["Mikrobiologisk avdeling"],
    "immunology": ["Immunologisk laboratorium"], "urinalysis": ["Urinanalyse"],
    "molecular": ["Molekylærpatologi"], "phlebotomy": ["Prøvetakingsenheten"], "other": ["Patologisk avdeling"]})


def sp(x):
    return f"{x:.1f}".replace(".", ",")


def letter(score):
    return "A" if score >= 88 else "B" if score >= 77 else "C" if score >= 65 else "D" if score >= 55 else "E"


def passfail(r):
    t = r.spec.title
    return t.startswith("Praksis") or t.startswith("Klinisk praksis") or t.startswith("Feltkurs")


def term_label(t):
    return f"{t.start_year} Høst" if t.key == "S1" else f"{t.start_year + 1} Vår"


def no_rows(s):
    """[(term label, r, grade, remark)] in semester order, then code order."""
    out = []
    fritak = k(s, "fr") % 4 == 0
    ny = k(s, "ny") % 3 == 0
    for i, t in enumerate(s.terms):
        for j, r in sorted(enumerate(t.results), key=lambda x: x[1].spec.code):
            if passfail(r):
                g, rem = "Bestått", ""
            else:
                g, rem = letter(r.score + k(s, f"g{i}.{j}") % 11 - 4), ""
            if fritak and i == 0 and j == 2 and r.spec.category == "chemistry":
                g, rem = "Bestått", "Fritak"
            elif fritak and r.spec.title == "Examen philosophicum":
                g, rem = "Bestått", "Fritak"
            if ny and i == 2 + k(s, "nyi") % 2 and j == 0 and g not in ("A", "Bestått"):
                g, rem = "ABCDE"["ABCDE".index(g) - 1], "Ny vurdering"
            out.append((term_label(t), r, g, rem))
    return out


def no_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    keep_dob(person, s.dob)
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 46, W - 46
    X = [L, L + 62, L + 130, L + 340, L + 400, L + 456]
    nm = natural(person)
    rows = no_rows(s)
    printed = s.conferred + dt.timedelta(days=3 + k(s, "pr") % 10)
    docid = f"{inst.extra['code']}-{k(s, 'doc') % 10 ** 8:08d}-{printed.year}"
    pages = []
    out = []

    def bi(p, x, y, no, en, size=7.6):
        """'Norwegian / English' with the English in italics, one recorded piece per part."""
        a = f"{no} /"
        return [(x, a, "left", SB, size), (x + width(a, SB, size) + 2.5, en, "left", SI, size)]

    def colheads(p, y):
        items = [(X[0], "Semester", "left", SB, 7.6)]
        items += bi(p, X[1], y, "Emnekode", "Course code")[:1]
        items += [(X[1], "Emnekode /", "left", SB, 7.6)][:0]
        items = [(X[0], "Semester", "left", SB, 7.6), (X[1], "Emnekode", "left", SB, 7.6)]
        items += bi(p, X[2], y, "Emnenavn", "Course title")
        items += bi(p, X[3], y, "Karakter", "Grade")
        items += [(X[4], "Studiepoeng", "left", SB, 7.6), (X[5], "Merknad", "left", SB, 7.6)]
        p.pieces(y, items, SB, 7.6)
        p.pieces(y + 10, [(X[1], "Course code", "left", SI, 7.2), (X[4], "Credits", "left", SI, 7.2),
                          (X[5], "Remark", "left", SI, 7.2)], SI, 7.2)
        return y + 22

    def new_page(first, heads=True):
        p = Page(A4)
        pages.append(p)
        p.text(L, 50, inst.name, SB, 12.5)
        p.text(L, 63, inst.street, S, 8.5)
        p.text(R, 50, f"Utskriftsdato: {dmy(printed)}", S, 8.5, "right")
        if not first:
            p.text(L, 86, f"Navn / Name: {nm}", S, 8.5)
            return p, (colheads(p, 108) if heads else 112)
        p.pieces(104, [(L, "KARAKTERUTSKRIFT /", "left", SB, 14),
                       (L + width("KARAKTERUTSKRIFT /", SB, 14) + 4, "TRANSCRIPT OF RECORDS", "left", SI, 14)],
                 SB, 14)
        y = 130
        for a, b in (("Navn", "Name"), ("Fødselsdato", "Date of birth"), ("Studieprogram", "Study programme")):
            val = {"Navn": nm, "Fødselsdato": dmy(s.dob), "Studieprogram": cur.title}[a]
            lab = f"{a} / {b}:" if a != "Studieprogram" else "Studieprogram:"
            if a == "Studieprogram":
                p.pieces(y, [(L, lab, "left", SB, 9), (L + 130, val, "left", S, 9)], S, 9)
            else:
                p.pieces(y, [(L, f"{a} /", "left", SB, 9), (L + width(f"{a} /", SB, 9) + 3, f"{b}:", "left", SI, 9),
                             (L + 130, val, "left", S, 9)], S, 9)
            y += 13
        p.pieces(y, [(L, "Studentnummer:", "left", SB, 9), (L + 130, s.student_no, "left", S, 9)], S, 9)
        return p, colheads(p, y + 26)

    p, y = new_page(True)
    for term, r, g, rem in rows:
        if y + 24 > H - 60:
            p, y = new_page(False)
        title = r.spec.title
        en = EN.get(title, title)
        p.pieces(y, [(X[0], term, "left"), (X[1], r.spec.code, "left"),
                     (X[2], title, "left", S, fit_size(title, S, 8.4, X[3] - X[2] - 6)),
                     (X[3], g, "left"), (X[4] + 40, sp(r.spec.credits), "right"), (X[5], rem, "left")], S, 8.4)
        p.text(X[2], y + 10, en, SI, fit_size(en, SI, 7.6, X[3] - X[2] - 6))
        y += 24
        extra = {"title_en": en}
        if rem:
            extra["remark"] = rem
        out.append(course_truth(r, term, r.spec.credits, g, "ects", code=r.spec.code, **extra))
    tot = sum(r.spec.credits for _, r, _, _ in rows)
    if y + 150 > H - 50:
        p, y = new_page(False, heads=False)
    y += 8
    p.pieces(y, [(L, "Sum studiepoeng /", "left", SB, 9.5),
                 (L + width("Sum studiepoeng /", SB, 9.5) + 3, "Total credits:", "left", SI, 9.5),
                 (X[4] + 40, sp(tot), "right", SB, 9.5)], SB, 9.5)
    y += 24
    p.text(L, y, "Karakterskala / Grading scale:", SB, 8.5)
    for a, b in (("A Fremragende / Excellent", "B Meget god / Very good"), ("C God / Good", "D Nokså god / Satisfactory"),
                 ("E Tilstrekkelig / Sufficient", "F Ikke bestått / Fail")):
        y += 11
        p.pieces(y, [(L + 10, a, "left"), (L + 200, b, "left")], S, 8)
    y += 11
    p.text(L + 10, y, "Bestått / Pass – Ikke bestått / Fail (emner med vurdering bestått/ikke bestått)", S, 8)
    y += 22
    p.pieces(y, [(L, "Grad /", "left", SB, 9.5), (L + width("Grad /", SB, 9.5) + 3, "Degree:", "left", SI, 9.5),
                 (L + 80, f"{cur.title}, oppnådd {dmy(s.conferred)}", "left", S, 9.5)], S, 9.5)
    y += 26
    p.text(L, y, "Dokumentet er elektronisk signert / This document is electronically signed", S, 8)
    p.text(L, y + 11, f"Dokument-ID: {docid}", S, 8)
    for i, q in enumerate(pages):
        q.hline(L, R, H - 44, 0.3, 0.5)
        q.text(R, H - 32, f"Side {i + 1} av {len(pages)}", S, 8, "right")
        q.text(L, H - 32, f"{inst.name} – {inst.extra['en']}", S, 7.5, gray=0.35)
    return LayoutResult("transcript", "ak_no_karakterutskrift", FAMILY, pages, [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ak_no_karakterutskrift": (no_transcript, FAMILY, ("NO",))}
