"""Writer AC, round 14: Germany (DE). Country pack (invented universities of applied sciences'
"Bachelor of Science Biomedizinische Analytik", seven semesters, 210 ECTS; a university's "Bachelor
of Science Biologie", six semesters, 180 ECTS; a "Bachelor of Science Pflege") and the
"Transcript of Records / Leistungsübersicht" printed by the examination office: bilingual headings
(German, the English in smaller italic beneath), module titles in German only, ONE table by MODULE:
a bold module row "M 2.3 Klinische Chemie I" with its LP (Leistungspunkte = ECTS) and module grade,
and 1-3 indented examination-part rows beneath without LP ("PL Klausur 90 min" with its own grade,
"SL Laborpraktikum" with "bestanden"); columns Nr. | Modul / Prüfung | Semester ("WiSe 2015/16",
"SoSe 2016") | Versuch | LP | Note | Status (BE / NB). A failed first attempt of an exam part is
printed with NB and then the second attempt. German grades 1,0 (best) to 4,0 (pass), 5,0 fail.
The practical semester "Praxissemester (20 Wochen)" has LP and BE without a grade; the Bachelorarbeit
and its Kolloquium are modules of their own. Footer: "Summe LP: 210 Gesamtnote: 1,9 (gut)", the ECTS
grade, "Stand: 28.09.2018", "Dieser Ausdruck ist ohne Unterschrift gültig".

The BMA programme is seven semesters (3.5 years: the practical semester is the fifth, the seventh, a
winter semester, holds the thesis and its colloquium); the truth's `degree.years` is an integer and
says 4 (the study starts in October and ends in the spring of the fourth calendar year, conferred in
March), the Biologie and Pflege programmes six semesters (3).

Truth: credit_system "ects"; a course row is a MODULE: code "M 2.3", title without the number, the
semester of its last examination part, credits = LP, grade = the module's Note ("1,7"; "BE" for
the ungraded practical semester); its parts are kept as `parts` [{title, semester, attempt, grade,
status}]. Part rows carry no LP and are not course rows. The Gesamtnote is the LP-weighted mean of
the graded modules, truncated to one decimal (German examination regulations cut, not round).
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page
from .r14_ac_common import FAMILY, add_department_phrases, by_reading_order, comma, course_truth, k, parse_tagged

# tag: the exam parts, "PL:Klausur 90 min;SL:Laborpraktikum" (default: one written exam)
DE_BMA = """
## 1 S1
M 1.1 | Allgemeine und anorganische Chemie | 7.5 | C | =PL:Klausur 120 min;SL:Laborpraktikum
M 1.2 | Zellbiologie und Histologie | 5 | B
M 1.3 | Mathematik und Statistik | 5 | M
M 1.4 | Physik für Biomedizinische Analytik | 5 | O | =PL:Klausur 90 min;SL:Laborpraktikum
M 1.5 | Anatomie und Physiologie | 7.5 | B
## 1 S2
M 2.1 | Organische Chemie | 5 | C | =PL:Klausur 90 min;SL:Laborpraktikum
M 2.2 | Biochemie | 7.5 | C
M 2.3 | Klinische Chemie I | 5 | ?P | =PL:Klausur 90 min;SL:Laborpraktikum
M 2.4 | Allgemeine Mikrobiologie | 5 | B | =PL:Klausur 60 min;SL:Laborpraktikum
M 2.5 | Qualitätsmanagement und Laborrecht | 7.5 | P | =PL:Hausarbeit
## 2 S1
M 3.1 | Hämatologie I | 7.5 | P | =PL:Klausur 90 min;SL:Laborpraktikum
M 3.2 | Klinische Chemie II | 7.5 | ?P | =PL:Klausur 90 min;SL:Laborpraktikum
M 3.3 | Immunologie | 5 | ?B | =PL:Klausur 60 min
M 3.4 | Instrumentelle Analytik | 10 | C | =PL:Klausur 120 min;SL:Laborpraktikum;SL:Protokolle
## 2 S2
M 4.1 | Medizinische Mikrobiologie | 10 | P | =PL:Klausur 120 min;SL:Laborpraktikum
M 4.2 | Hämatologie II und Hämostaseologie | 7.5 | P | =PL:Mündliche Prüfung 20 min;SL:Laborpraktikum
M 4.3 | Transfusionsmedizin und Immunhämatologie | 7.5 | P | =PL:Klausur 90 min;SL:Laborpraktikum
M 4.4 | Englisch für Naturwissenschaften | 5 | O | =PL:Präsentation
## 3 S1
M 5.1 | Praxissemester (20 Wochen) | 30 | P | chemistry,hematology,microbiology,blood_bank,urinalysis | SL:Praxisbericht;SL:Kolloquium Praxisphase
## 3 S2
M 6.1 | Molekularbiologische Diagnostik | 10 | P | =PL:Klausur 90 min;SL:Laborpraktikum
M 6.2 | Histologie und Zytologie | 7.5 | P | =PL:Klausur 90 min;SL:Laborpraktikum
M 6.3 | Parasitologie und Mykologie | 5 | P | =PL:Klausur 60 min;SL:Laborpraktikum
M 6.4 | Pathophysiologie und Klinische Diagnostik | 7.5 | ?P
## 4 S1
M 7.1 | Laborinformatik und Biostatistik | 5 | M | =PL:Klausur 60 min
M 7.2 | Wahlpflichtmodul Infektionsserologie | 5 | ?P | =PL:Referat
M 7.3 | Wissenschaftliches Arbeiten | 5 | O | =PL:Hausarbeit
M 7.4 | Bachelorarbeit | 12 | O | =PL:Bachelorarbeit
M 7.5 | Kolloquium | 3 | O | =PL:Mündliche Prüfung 45 min
"""

DE_BIO = """
## 1 S1
B-01 | Allgemeine Chemie | 10 | C | =PL:Klausur 120 min;SL:Praktikum
B-02 | Zellbiologie | 10 | B
B-03 | Mathematik für Biologen | 10 | M
## 1 S2
B-04 | Organische Chemie | 10 | C | =PL:Klausur 120 min;SL:Praktikum
B-05 | Botanik | 10 | B
B-06 | Zoologie | 10 | B
## 2 S1
B-07 | Biochemie | 10 | C
B-08 | Genetik | 10 | B
B-09 | Physik | 10 | O
## 2 S2
B-10 | Mikrobiologie | 10 | B | =PL:Klausur 90 min;SL:Praktikum
B-11 | Tierphysiologie | 10 | B
B-12 | Ökologie | 10 | ?B
## 3 S1
B-13 | Molekularbiologie | 10 | B
B-14 | Immunbiologie | 10 | ?B
B-15 | Biostatistik | 10 | M
## 3 S2
B-16 | Wahlpflichtmodul Neurobiologie | 10 | B
B-17 | Bachelorarbeit | 12 | O | =PL:Bachelorarbeit
B-18 | Kolloquium | 8 | O | =PL:Mündliche Prüfung 30 min
"""

DE_PFL = """
## 1 S1
P 1 | Grundlagen der Pflegewissenschaft | 10 | O
P 2 | Anatomie und Physiologie | 10 | B
P 3 | Praxismodul I | 10 | O | =SL:Praxisbericht
## 1 S2
P 4 | Pflegeprozess | 10 | O
P 5 | Pharmakologie | 10 | O
P 6 | Praxismodul II | 10 | O | =SL:Praxisbericht
## 2 S1
P 7 | Akutpflege | 15 | O
P 8 | Praxismodul III | 15 | O | =SL:Praxisbericht
## 2 S2
P 9 | Gerontologische Pflege | 15 | O
P 10 | Praxismodul IV | 15 | O | =SL:Praxisbericht
## 3 S1
P 11 | Pflegemanagement | 15 | O
P 12 | Pflegeethik | 15 | O
## 3 S2
P 13 | Bachelorarbeit | 12 | O | =PL:Bachelorarbeit
P 14 | Kolloquium | 3 | O | =PL:Mündliche Prüfung 30 min
P 15 | Praxismodul V | 15 | O | =SL:Praxisbericht
"""

_T1, PARTS1 = parse_tagged(DE_BMA)
_T2, PARTS2 = parse_tagged(DE_BIO)
_T3, PARTS3 = parse_tagged(DE_PFL)
PARTS = {**PARTS1, **PARTS2, **PARTS3}


def _cur(cid, title, field, years, terms, clin=False, grad_month=9):
    return C.Curriculum(cid, "DE", title, "bachelor", years, field, "ects", terms, 10, grad_month, clinical_training=clin)


DE_INST = [
    Institution("Hochschule Lahn-Taunus", "Gießen", "Hessen", "DE", "Wiesenstraße 14",
                ("de_bma", "de_bio", "de_pfl"), "university",
                extra={"fb": "Fachbereich Life Science Technologies", "kind": "Hochschule für angewandte Wissenschaften",
                       "pres": "Prof. Dr. Matthias Brenner", "dean": "Prof. Dr. Sabine Kettler"}),
    Institution("Hochschule Weserbergland", "Bremerhaven", "Bremen", "DE", "An der Karlstadt 8",
                ("de_bma", "de_bio", "de_pfl"), "university",
                extra={"fb": "Fakultät Gesundheit und Naturwissenschaften", "kind": "University of Applied Sciences",
                       "pres": "Prof. Dr. Henrike Voss", "dean": "Prof. Dr. Jan-Erik Lüders"}),
]

PACK = K.CountryPack(
    code="DE", name="Germany",
    given={"F": ["Laura", "Julia", "Anna", "Lena", "Katharina", "Sarah", "Johanna", "Miriam", "Franziska", "Jana"],
           "M": ["Lukas", "Jonas", "Felix", "Tobias", "Maximilian", "Jan", "Florian", "Niklas", "Simon", "Philipp"]},
    surnames=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch",
              "Richter", "Wolf", "Krüger", "Neumann", "Zimmermann"],
    middle={"F": [], "M": []},
    institutions=DE_INST,
    employers=[
        Employer("Klinikum Mittelhessen Wetzlar", "Wetzlar", "Hessen", "DE", "Forsthausstraße 1-3",
                 "+49 6441 790-0", "personal@klinikum-mittelhessen.example"),
        Employer("Universitätsklinikum Weser-Elbe", "Bremen", "Bremen", "DE", "Sankt-Jürgen-Straße 120",
                 "+49 421 497-0", "personalabteilung@ukwe.example"),
        Employer("Kreiskrankenhaus Vogelsberg", "Alsfeld", "Hessen", "DE", "Schwabenröder Straße 81",
                 "+49 6631 980-0", "verwaltung@kkh-vogelsberg.example"),
        Employer("MVZ Labor Dr. Kessler & Kollegen", "Frankfurt am Main", "Hessen", "DE", "Hanauer Landstraße 190",
                 "+49 69 40 80 0", "bewerbung@labor-kessler.example", "lab"),
    ],
    signers=["Dr. med. Thomas Reinhardt", "Martina Kühn", "Prof. Dr. med. Ulrike Hartmann"],
    curricula=[_cur("de_bma", "Bachelor of Science Biomedizinische Analytik", "medical_laboratory_science", 4, _T1, True, 3),
               _cur("de_bio", "Bachelor of Science Biologie", "biology", 3, _T2),
               _cur("de_pfl", "Bachelor of Science Pflege", "nursing", 3, _T3)],
    mls_curriculum="de_bma", science_curricula=["de_bio"], nonqualifying_curricula=["de_pfl"],
    positions_mls=["Medizinisch-technische Laboratoriumsassistentin (MTLA)", "Biomedizinische Analytikerin"],
    positions_science=["Biologielaborantin", "Technische Assistentin im Labor"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(10 ** 5, 10 ** 6 - 1)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("DE", {
    "blood_bank": ["Blutdepot und Immunhämatologie"], "chemistry": ["Klinische Chemie"], "hematology": ["Hämatologie"],
    "microbiology": ["Mikrobiologie"], "immunology": ["Immunologie"], "urinalysis": ["Urindiagnostik"],
    "molecular": ["Molekulardiagnostik"], "phlebotomy": ["Blutentnahme"], "other": ["Gerinnung"]})

GRADES = [1.0, 1.3, 1.7, 2.0, 2.3, 2.7, 3.0, 3.3, 3.7, 4.0]
WORD = [(1.5, "sehr gut"), (2.5, "gut"), (3.5, "befriedigend"), (4.0, "ausreichend")]


def semname(t):
    """S1 = winter semester of the academic year, S2 = summer semester."""
    if t.key == "S1":
        return f"WiSe {t.start_year}/{(t.start_year + 1) % 100:02d}"
    return f"SoSe {t.start_year + 1}"


def note(s, salt, r):
    i = int(round((92 - r.score) / 47 * 7 + ((k(s, salt) % 5) - 2) * 0.6))
    return GRADES[max(0, min(9, i))]


def ects_grade(g):
    return "A" if g <= 1.5 else "B" if g <= 2.0 else "C" if g <= 2.5 else "D" if g <= 3.0 else "E"


def word(g):
    for lim, w in WORD:
        if g <= lim:
            return w
    return "ausreichend"


def de_name(person):
    return " ".join(x for x in (person.given, person.middle, person.surname) if x)


def module_rows(s):
    """[(t, r, module grade or None, [(title, sem, attempt, grade, status)])]"""
    out = []
    terms = s.terms
    nf = 0
    for i, t in enumerate(terms):
        for j, r in enumerate(t.results):
            tag = PARTS.get(r.spec.code, "PL:Klausur 90 min")
            g = note(s, f"m{i}.{j}", r)
            parts = []
            graded = False
            for q, pt in enumerate(tag.split(";")):
                kind, title = pt.split(":")
                sem = semname(t)
                if kind == "PL":
                    graded = True
                    if nf < 2 and k(s, f"nb{i}.{j}.{q}") % 14 == 0 and "Bachelorarbeit" not in title:
                        nf += 1
                        parts.append((f"PL {title}", sem, 1, "5,0", "NB"))
                        nxt = terms[i + 1] if i + 1 < len(terms) else t
                        sem = semname(nxt) if nxt is not t else sem
                        parts.append((f"PL {title}", sem, 2, comma(g, 1), "BE"))
                        continue
                    parts.append((f"PL {title}", sem, 1, comma(g, 1), "BE"))
                else:
                    parts.append((f"SL {title}", sem, 1, "bestanden", "BE"))
            out.append((t, r, g if graded else None, parts))
    return out


def de_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    S, SB, SI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 44, W - 44
    X = {"nr": L, "mod": L + 34, "sem": L + 268, "ver": L + 330, "lp": L + 386, "note": L + 418, "st": L + 470}
    fz = 7.8
    pages = []
    st = {"p": None, "y": 0}

    def bi(p, x, y, de, en, size=8, align="left"):
        p.text(x, y, de, SB, size, align)
        p.text(x, y + size + 1, en, SI, size - 1.5, align)

    def header(p, y):
        p.hline(L, R, y - 2, 0.8)
        for key, de, en, al in (("nr", "Nr.", "No.", "left"), ("mod", "Modul / Prüfung", "Module / Examination", "left"),
                                ("sem", "Semester", "Term", "left"), ("ver", "Versuch", "Attempt", "left"),
                                ("lp", "LP", "Credits", "left"), ("note", "Note", "Grade", "left"),
                                ("st", "Status", "Status", "left")):
            bi(p, X[key], y + 8, de, en, 7.6, al)
        p.hline(L, R, y + 21, 0.5)
        return y + 32

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        p.text(L, 42, inst.name, SB, 12)
        p.text(L, 54, inst.extra["kind"], S, 8)
        p.text(R, 42, inst.extra["fb"], S, 8, "right")
        p.text(R, 52, "Prüfungsamt / Examination Office", S, 7.5, "right")
        if len(pages) == 1:
            bi(p, W / 2, 86, "Leistungsübersicht", "Transcript of Records", 15, "center")
            rows = [("Name, Vorname", "Name, first name", f"{person.surname}, {' '.join(x for x in (person.given, person.middle) if x)}"),
                    ("Geburtsdatum", "Date of birth", s.dob.strftime("%d.%m.%Y")),
                    ("Matrikelnummer", "Student ID", s.student_no),
                    ("Studiengang", "Degree programme", cur.title),
                    ("Prüfungsordnung", "Examination regulations", f"PO {s.terms[0].start_year - 2}")]
            y = 124
            for de, en, v in rows:
                p.text(L, y, de, SB, 8.2)
                p.text(L, y + 8.5, en, SI, 6.8)
                p.text(L + 130, y, v, S, 8.8)
                y += 21
            st["y"] = header(p, y + 4)
        else:
            p.text(L, 72, f"{person.surname}, {person.given} - Matrikelnummer {s.student_no} - Fortsetzung / continued",
                   S, 7.5)
            st["y"] = header(p, 86)

    new_page()
    out = []
    tot = 0.0
    ws = wc = 0.0
    for t, r, g, parts in module_rows(s):
        need = 12 * (1 + len(parts)) + 6
        if st["y"] + need > H - 70:
            new_page()
        p, y = st["p"], st["y"]
        code = r.spec.code
        title = r.spec.title
        lp = r.spec.credits
        gs = comma(g, 1) if g is not None else ""
        last_sem = parts[-1][1]
        p.pieces(y, [(X["nr"], code, "left"), (X["mod"], title, "left"), (X["sem"], last_sem, "left"),
                     (X["lp"] + 20, comma(lp, 1) if lp % 1 else str(int(lp)), "right"),
                     (X["note"], gs, "left"), (X["st"], "BE", "left")] if gs else
                 [(X["nr"], code, "left"), (X["mod"], title, "left"), (X["sem"], last_sem, "left"),
                  (X["lp"] + 20, comma(lp, 1) if lp % 1 else str(int(lp)), "right"), (X["st"], "BE", "left")], SB, fz)
        y += 11
        for pt, sem, att, pg, status in parts:
            p.pieces(y, [(X["mod"] + 12, pt, "left"), (X["sem"], sem, "left"), (X["ver"] + 10, str(att), "left"),
                         (X["note"], pg, "left"), (X["st"], status, "left")], S, fz - 0.6)
            y += 10
        p.hline(L, R, y - 5, 0.2, 0.7)
        st["y"] = y + 5
        tot += lp
        if g is not None:
            ws += g * lp
            wc += lp
        grade = gs if gs else "BE"
        term = last_sem
        out.append(course_truth(r, term, lp, grade, "ects", code=code,
                                parts=[{"title": a, "semester": b, "attempt": c, "grade": d, "status": e}
                                       for a, b, c, d, e in parts]))
    gn = int(ws / wc * 10 + 1e-9) / 10
    if st["y"] + 120 > H - 50:
        new_page()
    p, y = st["p"], st["y"] + 10
    p.hline(L, R, y - 8, 0.8)
    p.spaced(L, y + 4, [f"Summe LP: {int(tot) if tot % 1 == 0 else comma(tot, 1)}",
                        f"Gesamtnote: {comma(gn, 1)} ({word(gn)})", f"ECTS-Grade: {ects_grade(gn)}"], SB, 9.5, gap=36)
    p.text(L, y + 14, "Total credits / Overall grade / ECTS grade", SI, 7)
    p.text(L, y + 32, "Notenskala / Grading scale: 1,0-1,5 sehr gut; 1,6-2,5 gut; 2,6-3,5 befriedigend; "
                      "3,6-4,0 ausreichend; 5,0 nicht ausreichend.", S, 7.2)
    p.text(L, y + 43, "PL = Prüfungsleistung (graded examination); SL = Studienleistung (coursework); "
                      "BE = bestanden (passed); NB = nicht bestanden (failed); LP = Leistungspunkte (ECTS credits)",
           S, 7.2)
    issue = s.conferred
    p.text(L, y + 62, f"Stand: {issue.strftime('%d.%m.%Y')}", S, 8.5)
    p.text(L, y + 76, "Dieser Ausdruck ist ohne Unterschrift gültig.", S, 8.5)
    p.text(L, y + 86, "This printout is valid without signature.", SI, 7.5)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 28, f"Seite {q} von {n}", S, 7.5, "right")
        pg.text(L, H - 28, f"Erstellt am {issue.strftime('%d.%m.%Y')} - HISinOne", S, 6.5)
    return LayoutResult("transcript", "ac_de_leistungsuebersicht", FAMILY, by_reading_order(pages), [
        f"{person.surname}, {' '.join(x for x in (person.given, person.middle) if x)}"], out, "ects",
        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ac_de_leistungsuebersicht": (de_transcript, FAMILY, ("DE",))}
