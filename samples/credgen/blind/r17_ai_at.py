"""Writer AI, round 17: Austria (AT). Country pack (invented schools: a Fachhochschule's bachelor
"Biomedizinische Analytik", 6 semesters, 180 ECTS, and "Gesundheits- und Krankenpflege"; a
university's "Bachelorstudium Biologie") and the FH's "STUDIENERFOLGSNACHWEIS / Sammelzeugnis":
A4 portrait, a modern sans-serif, the FH's logo as a coloured shape top right (a picture),
"Personenkennzeichen", "Studiengang: ... (Studiengangskennzahl 0279)", "Organisationsform:
Vollzeit". One block per semester captioned in bold ("1. Semester – Wintersemester 2014/15"),
columns Lehrveranstaltung | Typ (VO, UE, ILV, SE, PR, BPR) | SWS (comma decimals) | ECTS (comma
decimals) | Beurteilung (the word) | Note (1-4 or "mEt") | Datum. A subject taught as VO and UE in
one semester is two rows with the same title. Each block ends with "Summe: 22,5 SWS / 30,0 ECTS".
Berufspraktika have ECTS and no SWS. The last block is followed by the Bachelorprüfung line (not a
course), "Gesamt: 180,0 ECTS", the scale and "Dieser Nachweis wurde elektronisch erstellt und ist
ohne Unterschrift gültig."

Truth: credit_system "ects" (60 a year; 2 = 1 SH). SWS (Semesterwochenstunden) are contact hours a
week through the semester, NOT credits: they are recorded as `sws` beside the row and never enter
semester_hours. code = null (no code printed); term = the block's caption; grade = the printed
Note ("2", "mEt"), with `beurteilung`, `typ`, `sws` and `date` as printed.
"""

import datetime as dt

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r17_ai_common import (FAMILY, add_department_phrases, colour_logo, comma, course_truth, dmy, k,
                            keep_dob, natural, parse_tagged)

AT_BMA = """
## 1 S1
A111 | Anatomie und Histologie | 3 | B | =VO:2
A112 | Physiologie | 3 | B | =VO:2
A113 | Allgemeine und anorganische Chemie | 3 | C | =VO:2
A114 | Allgemeine und anorganische Chemie | 1.5 | C | =UE:1.5
A115 | Klinische Chemie 1 – Grundlagen | 3 | P | =VO:2
A116 | Klinische Chemie 1 – Grundlagen | 4.5 | P | =UE:3
A117 | Zellbiologie und Genetik | 3 | B | =VO:2
A118 | Mathematik und Statistik | 3 | M | =ILV:2
A119 | Physik für die Laboratoriumsmedizin | 1.5 | O | =VO:1
A11A | Wissenschaftliches Arbeiten | 1.5 | O | =SE:1
A11B | Englisch 1 | 1.5 | O | =ILV:1.5
A11C | Qualitätsmanagement und Laborsicherheit | 1.5 | P | =ILV:1
## 1 S2
A121 | Biochemie | 3 | C | =VO:2
A122 | Organische Chemie | 3 | C | =VO:2
A123 | Hämatologie und Hämostaseologie | 3 | P | =VO:2
A124 | Hämatologie und Hämostaseologie | 4.5 | P | =UE:3
A125 | Medizinische Mikrobiologie 1 | 3 | ?P | =VO:2
A126 | Medizinische Mikrobiologie 1 | 3 | ?P | =UE:2
A127 | Pathologie | 3 | ?O | =VO:2
A128 | Instrumentelle Analytik | 3 | C | =ILV:2
A129 | Englisch 2 | 1.5 | O | =ILV:1.5
A12A | Kommunikation und Gesprächsführung | 1.5 | O | =SE:1
A12B | Hygiene | 1.5 | ?O | =VO:1
## 2 S1
A211 | Klinische Chemie 2 | 3 | P | =VO:2
A212 | Klinische Chemie 2 | 4.5 | P | =UE:3
A213 | Medizinische Mikrobiologie 2 | 3 | ?P | =VO:2
A214 | Medizinische Mikrobiologie 2 | 4.5 | ?P | =UE:3
A215 | Immunologie | 3 | ?B | =VO:2
A216 | Immunhämatologie und Transfusionsmedizin | 3 | P | =ILV:2
A217 | Histologische Technik | 4.5 | P | =PR:3
A218 | Pharmakologie und Toxikologie | 1.5 | ?O | =VO:1
A219 | Gesundheitswesen und Recht | 3 | O | =ILV:2
## 2 S2
A221 | Hämatologie 2 | 3 | P | =VO:2
A222 | Hämatologie 2 | 3 | P | =UE:2
A223 | Zytologie | 3 | P | =ILV:2
A224 | Molekularbiologische Diagnostik | 3 | ?P | =VO:2
A225 | Molekularbiologische Diagnostik | 3 | ?P | =UE:2
A226 | Harn- und Stuhldiagnostik | 3 | P | =ILV:2
A227 | Parasitologie und Mykologie | 3 | P | =ILV:2
A228 | Berufspraktikum Hämatologie (6 Wochen) | 7.5 | P | hematology | BPR:0
A229 | Statistik und Forschungsmethoden | 1.5 | M | =SE:1
## 3 S1
A311 | Berufspraktikum Klinische Chemie (6 Wochen) | 7.5 | P | chemistry,urinalysis | BPR:0
A312 | Berufspraktikum Mikrobiologie (6 Wochen) | 7.5 | P | microbiology | BPR:0
A313 | Laborautomation und Point-of-Care-Testing | 3 | P | =ILV:2
A314 | Klinische Chemie 3 – Spezielle Diagnostik | 3 | P | =ILV:2
A315 | Bachelorarbeit 1 | 6 | O | =SE:1
A316 | Gesundheitsökonomie | 3 | O | =VO:2
## 3 S2
A321 | Berufspraktikum Immunhämatologie (6 Wochen) | 7.5 | P | blood_bank | BPR:0
A322 | Berufspraktikum Wahlbereich (6 Wochen) | 7.5 | P | hematology,chemistry | BPR:0
A323 | Bachelorarbeit 2 | 9 | O | =SE:1
A324 | Ethik im Gesundheitswesen | 1.5 | O | =SE:1
A325 | Fachliche Vertiefung Biomedizinische Analytik | 4.5 | P | =SE:2
"""

AT_BIO = """
## 1 S1
B111 | Allgemeine Biologie | 6 | B | =VO:4
B112 | Allgemeine Chemie | 6 | C | =VO:4
B113 | Allgemeine Chemie | 3 | C | =UE:3
B114 | Mathematik für Biologinnen und Biologen | 6 | M | =VO:3
B115 | Botanik | 6 | B | =VO:3
B116 | Einführung in das wissenschaftliche Arbeiten | 3 | O | =SE:2
## 1 S2
B121 | Zoologie | 6 | B | =VO:4
B122 | Zoologie | 3 | B | =UE:2
B123 | Organische Chemie | 6 | C | =VO:4
B124 | Statistik | 6 | M | =ILV:3
B125 | Physik | 6 | O | =VO:4
B126 | Englisch | 3 | O | =ILV:2
## 2 S1
B211 | Biochemie | 6 | C | =VO:4
B212 | Biochemie | 3 | C | =UE:3
B213 | Genetik | 6 | B | =VO:4
B214 | Mikrobiologie | 6 | B | =VO:3
B215 | Mikrobiologie | 3 | B | =UE:3
B216 | Ökologie | 6 | ?B | =VO:4
## 2 S2
B221 | Zellbiologie | 6 | B | =VO:4
B222 | Tierphysiologie | 6 | B | =VO:4
B223 | Pflanzenphysiologie | 6 | B | =VO:4
B224 | Immunologie | 6 | ?B | =VO:3
B225 | Freie Wahlfächer 1 | 6 | O | =VO:4
## 3 S1
B311 | Molekularbiologie | 6 | B | =VO:4
B312 | Molekularbiologie | 6 | B | =UE:4
B313 | Evolutionsbiologie | 6 | B | =VO:3
B314 | Bioinformatik | 6 | O | =ILV:3
B315 | Seminar Biologie | 6 | O | =SE:2
## 3 S2
B321 | Bachelorarbeit | 12 | O | =SE:2
B322 | Virologie | 6 | ?B | =VO:3
B323 | Parasitologie | 6 | ?B | =VO:3
B324 | Freie Wahlfächer 2 | 6 | O | =VO:4
"""

AT_GuK = """
## 1 S1
N111 | Grundlagen der Gesundheits- und Krankenpflege | 6 | O | =VO:4
N112 | Anatomie und Physiologie | 6 | B | =VO:4
N113 | Pflegeprozess und Pflegediagnostik | 4.5 | O | =ILV:3
N114 | Kommunikation | 3 | O | =SE:2
N115 | Berufspraktikum Pflege 1 (4 Wochen) | 10.5 | O | =BPR:0
## 1 S2
N121 | Pflege bei internistischen Erkrankungen | 6 | O | =VO:4
N122 | Pharmakologie | 4.5 | O | =VO:3
N123 | Hygiene und Mikrobiologie | 4.5 | ?B | =VO:3
N124 | Berufspraktikum Pflege 2 (6 Wochen) | 15 | O | =BPR:0
## 2 S1
N211 | Pflege bei chirurgischen Erkrankungen | 6 | O | =VO:4
N212 | Pflege von Kindern und Jugendlichen | 6 | O | =ILV:4
N213 | Berufspraktikum Pflege 3 (8 Wochen) | 18 | O | =BPR:0
## 2 S2
N221 | Psychiatrische Pflege | 6 | O | =ILV:4
N222 | Geriatrische Pflege | 6 | O | =ILV:4
N223 | Berufspraktikum Pflege 4 (8 Wochen) | 18 | O | =BPR:0
## 3 S1
N311 | Pflegewissenschaft und Forschung | 6 | O | =SE:3
N312 | Bachelorarbeit 1 | 6 | O | =SE:1
N313 | Berufspraktikum Pflege 5 (8 Wochen) | 18 | O | =BPR:0
## 3 S2
N321 | Bachelorarbeit 2 | 9 | O | =SE:1
N322 | Management im Gesundheitswesen | 3 | O | =VO:2
N323 | Berufspraktikum Pflege 6 (8 Wochen) | 18 | O | =BPR:0
"""

_T1, G1 = parse_tagged(AT_BMA)
_T2, G2 = parse_tagged(AT_BIO)
_T3, G3 = parse_tagged(AT_GuK)
TAGS = {**G1, **G2, **G3}
PROGRAM = {"at_bma": ("Biomedizinische Analytik", "0279", "Bachelorstudiengang"),
           "at_bio": ("Biologie", "033 630", "Bachelorstudium"),
           "at_guk": ("Gesundheits- und Krankenpflege", "0742", "Bachelorstudiengang")}

AT_INST = [
    Institution("FH Donaupark Wien", "Wien", "Wien", "AT", "Donaupark-Allee 3, 1220 Wien", ("at_bma", "at_guk"),
                "college", extra={"town": "Wien", "rgb": (0, 122, 160), "head": "FH-Prof. Dr. Sabine Leitgeb",
                                  "rector": "Prof. (FH) Dr. Martin Hollerer"}),
    Institution("Fachhochschule Steirisches Hügelland", "Graz", "Steiermark", "AT", "Eggenberger Gürtel 40, 8020 Graz",
                ("at_bma", "at_guk"), "college",
                extra={"town": "Graz", "rgb": (196, 30, 58), "head": "FH-Prof. Mag. Dr. Eva Pichler",
                       "rector": "Prof. (FH) DI Dr. Gerhard Wiesinger"}),
    Institution("Universität Salzachtal", "Salzburg", "Salzburg", "AT", "Hellbrunner Straße 51, 5020 Salzburg",
                ("at_bio",), "university",
                extra={"town": "Salzburg", "rgb": (40, 90, 40), "head": "Univ.-Prof. Dr. Klaus Brandstätter",
                       "rector": "Univ.-Prof. Dr. Andrea Huemer"}),
]


def _cur(cid, title, field, terms, clin=False):
    return C.Curriculum(cid, "AT", title, "bachelor", 3, field, "ects", terms, 9, 6, clinical_training=clin)


def _sn(rng, sy, inst):
    return f"{sy % 100:02d}10{rng.randint(260000, 269999)}"


PACK = K.CountryPack(
    code="AT", name="Austria",
    given={"F": ["Katharina", "Lisa", "Julia", "Sarah", "Anna", "Theresa", "Magdalena", "Sophie", "Verena", "Carina"],
           "M": ["Lukas", "Florian", "Stefan", "Tobias", "Maximilian", "Dominik", "Philipp", "Matthias", "Jakob",
                 "Thomas"]},
    surnames=["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner",
              "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler"],
    middle={"F": [], "M": []},
    institutions=AT_INST,
    employers=[
        Employer("Klinikum Donaustadt Nord", "Wien", "Wien", "AT", "Langobardenstraße 122, 1220 Wien",
                 "+43 1 555 0100", "personal@klinikum-dsn.example"),
        Employer("Landeskrankenhaus Weststeiermark", "Voitsberg", "Steiermark", "AT", "Conrad-von-Hötzendorf-Str. 31, 8570 "
                 "Voitsberg", "+43 3142 555 0", "personal@lkh-weststmk.example"),
        Employer("Ordensklinikum Traunviertel", "Wels", "Oberösterreich", "AT", "Grieskirchner Straße 42, 4600 Wels",
                 "+43 7242 555 0", "hr@ok-traunviertel.example"),
        Employer("Labor Dr. Aigner & Partner OG", "Linz", "Oberösterreich", "AT", "Landstraße 88, 4020 Linz",
                 "+43 732 555 0", "office@labor-aigner.example", "lab"),
    ],
    signers=["Mag. Birgit Haslinger", "Mag. (FH) Christoph Wallner", "Dr. Renate Koller"],
    curricula=[_cur("at_bma", "Bachelor of Science in Health Studies (BSc), Biomedizinische Analytik",
                    "medical_laboratory_science", _T1, True),
               _cur("at_bio", "Bachelor of Science (BSc), Biologie", "biology", _T2),
               _cur("at_guk", "Bachelor of Science in Health Studies (BSc), Gesundheits- und Krankenpflege",
                    "nursing", _T3)],
    mls_curriculum="at_bma", science_curricula=["at_bio"], nonqualifying_curricula=["at_guk"],
    positions_mls=["Biomedizinischer Analytiker"],
    positions_science=["Laborassistent"],
    code_style="keep",
    student_no=_sn,
    honours=[],
)
K.register(PACK)
add_department_phrases("AT", {
    "blood_bank": ["Blutdepot und Transfusionsmedizin"], "chemistry": ["Klinische Chemie"],
    "hematology": ["Hämatologie und Gerinnung"], "microbiology": ["Mikrobiologie und Hygiene"],
    "immunology": ["Immunologie und Serologie"], "urinalysis": ["Harndiagnostik"],
    "molecular": ["Molekularbiologie"], "phlebotomy": ["Blutabnahme"], "other": ["Pathologie und Zytologie"]})

WORDS = {1: "Sehr gut", 2: "Gut", 3: "Befriedigend", 4: "Genügend"}


def typ_sws(code):
    t, h = TAGS[code].split(":")
    return t, float(h)


def at_rows(s, i, t):
    """[(r, typ, sws, note, date)] of a semester as printed."""
    base = dt.date(t.start_year + 1, 1, 20) if t.key == "S1" else dt.date(t.start_year + 1, 6, 10)
    out = []
    for j, r in enumerate(t.results):
        typ, sws = typ_sws(r.spec.code)
        d = base + dt.timedelta(days=k(s, f"d{i}.{j}") % 24)
        if typ == "BPR":
            d = base + dt.timedelta(days=(40 if t.key == "S1" else -30) + k(s, f"d{i}.{j}") % 20)
        d = min(d, s.conferred - dt.timedelta(days=3))
        met = typ == "BPR" or (typ == "SE" and "Bachelorarbeit" not in r.spec.title and k(s, f"m{i}.{j}") % 2 == 0)
        if met:
            out.append((r, typ, sws, "mEt", d))
            continue
        sc = r.score + k(s, f"g{i}.{j}") % 7 - 2
        n = 1 if sc >= 78 else 2 if sc >= 68 else 3 if sc >= 58 else 4
        out.append((r, typ, sws, str(n), d))
    return out


def caption(i, t):
    if t.key == "S1":
        return f"{i + 1}. Semester – Wintersemester {t.start_year}/{(t.start_year + 1) % 100:02d}"
    return f"{i + 1}. Semester – Sommersemester {t.start_year + 1}"


def at_final(rows):
    notes = [int(n) for _, _, _, n, _ in rows if n != "mEt"]
    avg = sum(notes) / len(notes) if notes else 3
    if avg <= 1.5 and max(notes) <= 3:
        return "mit ausgezeichnetem Erfolg bestanden"
    if avg <= 2.0:
        return "mit gutem Erfolg bestanden"
    return "bestanden"


def at_transcript(s, person, rng):
    keep_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    S, SB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    L, R = 48, W - 48
    X = [L, L + 200, L + 232, L + 258, L + 300, L + 404, L + 440, R]
    prog, kz, kind = PROGRAM[cur.id]
    nm = natural(person)
    fz = 7.4
    pages = []
    st = {"p": None, "y": 0}

    def new_page():
        p = Page(A4)
        pages.append(p)
        st["p"] = p
        colour_logo(p, R - 62, 30, 62, 40, inst.extra["rgb"], 0 if inst.kind == "college" else 1)
        p.text(L, 46, inst.name, SB, 11)
        p.text(L, 58, inst.street, S, 7.5)
        if len(pages) == 1:
            p.text(L, 104, "STUDIENERFOLGSNACHWEIS", SB, 14)
            p.text(L, 118, "Sammelzeugnis", S, 10)
            y = 142
            for a in (f"Name: {nm}", f"Geburtsdatum: {dmy(s.dob)}", f"Personenkennzeichen: {s.student_no}",
                      f"Studiengang: {prog} (Studiengangskennzahl {kz})" if kind == "Bachelorstudiengang"
                      else f"Studium: {kind} {prog} (Studienkennzahl {kz})",
                      "Organisationsform: Vollzeit"):
                p.text(L, y, a, S, 8.5)
                y += 12
            st["y"] = y + 14
        else:
            p.text(L, 84, f"{nm} – Personenkennzeichen {s.student_no}", S, 7.5)
            st["y"] = 108

    def header(p, y):
        p.pieces(y, [(X[0], "Lehrveranstaltung", "left"), (X[1], "Typ", "left"), (X[3] - 2, "SWS", "right"),
                     (X[4] - 10, "ECTS", "right"), (X[4], "Beurteilung", "left"), (X[5], "Note", "left"),
                     (X[6], "Datum", "left")], SB, 7)
        p.hline(L, R, y + 3, 0.5, 0.3)
        return y + 12

    new_page()
    out = []
    every = []
    total = 0.0
    last = len(s.terms) - 1
    for i, t in enumerate(s.terms):
        rows = at_rows(s, i, t)
        need = 46 + 10.5 * len(rows) + (16 if i == last else 0)
        if st["y"] + need > H - 50:
            new_page()
        p, y = st["p"], st["y"]
        cap = caption(i, t)
        p.text(L, y, cap, SB, 9)
        y = header(p, y + 14)
        sws_sum = ects_sum = 0.0
        for r, typ, sws, note, d in rows:
            title = r.spec.title
            word = "mit Erfolg teilgenommen" if note == "mEt" else WORDS[int(note)]
            p.pieces(y, [(X[0], title, "left", S, fit_size(title, S, fz, X[1] - X[0] - 4, 5)), (X[1], typ, "left"),
                         (X[3] - 2, comma(sws, 1) if sws else "", "right"), (X[4] - 10, comma(r.spec.credits, 1), "right"),
                         (X[4], word, "left", S, fit_size(word, S, fz, X[5] - X[4] - 3, 5)),
                         (X[5] + 10, note, "center"), (X[6], dmy(d), "left")], S, fz)
            y += 10.5
            extra = {"typ": typ, "sws": (None if not sws else (int(sws) if sws.is_integer() else sws)),
                     "beurteilung": word, "date": dmy(d)}
            out.append(course_truth(r, cap, r.spec.credits, note, "ects", code=None, **extra))
            sws_sum += sws
            ects_sum += r.spec.credits
        every += rows
        total += ects_sum
        p.hline(L, R, y - 6, 0.4, 0.3)
        p.text(R, y + 4, f"Summe: {comma(sws_sum, 1)} SWS / {comma(ects_sum, 1)} ECTS", SB, 7.6, "right")
        y += 18
        if i == last:
            p.text(L, y + 2, f"Bachelorprüfung: {at_final(every)}", SB, 8.2)
            y += 16
        st["y"] = y + 10
    if st["y"] + 110 > H - 40:
        new_page()
    p, y = st["p"], st["y"] + 6
    p.hline(L, R, y - 10, 0.8, 0.3)
    p.text(L, y + 2, f"Gesamt: {comma(total, 1)} ECTS", SB, 9)
    p.text(L, y + 22, "Notenskala: 1 Sehr gut, 2 Gut, 3 Befriedigend, 4 Genügend, 5 Nicht genügend; "
                      "mEt = mit Erfolg teilgenommen", S, 7.2)
    p.text(L, y + 33, "Typ: VO Vorlesung, UE Übung, ILV integrierte Lehrveranstaltung, SE Seminar, PR Praktikum, "
                      "BPR Berufspraktikum; SWS = Semesterwochenstunden", S, 7.2)
    issued = s.conferred + dt.timedelta(days=2 + k(s, "iss") % 12)
    p.text(L, y + 56, f"{inst.extra['town']}, {dmy(issued)}", S, 8)
    p.text(L, y + 70, "Dieser Nachweis wurde elektronisch erstellt und ist ohne Unterschrift gültig.", S, 8)
    n = len(pages)
    for q, pg in enumerate(pages, 1):
        pg.text(R, H - 24, f"Seite {q} von {n}", S, 7, "right")
    return LayoutResult("transcript", "ai_at_sammelzeugnis", FAMILY, pages, [nm], out, "ects", {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ai_at_sammelzeugnis": (at_transcript, FAMILY, ("AT",))}
