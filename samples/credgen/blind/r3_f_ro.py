"""Writer F, round 3: Romania. Country pack (Licenţă in "Laborator clinic", 3 years, 180 ECTS;
Biologie; Asistenţă medicală generală; credit system ECTS) and the bilingual "FOAIA MATRICOLĂ /
TRANSCRIPT OF RECORDS": three-line header `Nr. crt. | Disciplina / Subject | Forma de evaluare
(E/C/V) | Nr. ore C S L P (four narrow sub-columns) | Nr. credite ECTS | Nota / Grade (1-10)`,
year captions "Anul I 2016-2017 / Year I" with "Sem. I" / "Sem. II" sub-captions, per-semester
credit sums, "Admis" for physical education, the licence exam and "Total credite: 180"."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r3_f_common import FAMILY, add_department_phrases, course_truth, parse

# printed field: "Romanian / English;evaluation;C-S-L-P hours"
RO_LAB = """
## 1 S1
LC101 | Anatomie / Anatomy;E;28-0-28-0 | Anatomy | 6 | B
LC102 | Biologie celulară şi moleculară / Cell and Molecular Biology;E;28-0-28-0 | Cell and Molecular Biology | 6 | B
LC103 | Chimie generală / General Chemistry;E;28-0-28-0 | General Chemistry | 6 | C
LC104 | Biofizică / Biophysics;C;14-0-14-0 | Biophysics | 4 | O
LC105 | Informatică medicală şi biostatistică / Medical Informatics and Biostatistics;C;14-0-28-0 | Medical Informatics and Biostatistics | 4 | M
LC106 | Limba engleză / English Language;C;0-28-0-0 | English Language | 2 | O
LC107 | Educaţie fizică / Physical Education;V;0-0-0-14 | Physical Education | 2 | O
## 1 S2
LC108 | Fiziologie / Physiology;E;28-0-28-0 | Physiology | 6 | B
LC109 | Biochimie / Biochemistry;E;28-0-28-0 | Biochemistry | 6 | C
LC110 | Histologie / Histology;E;28-0-28-0 | Histology | 5 | ?B
LC111 | Chimie analitică / Analytical Chemistry;E;28-0-28-0 | Analytical Chemistry | 5 | C
LC112 | Bioetică şi legislaţie sanitară / Bioethics and Health Legislation;C;14-14-0-0 | Bioethics and Health Legislation | 3 | O
LC113 | Limba engleză / English Language;C;0-28-0-0 | English Language | 2 | O
LC114 | Practică de specialitate / Specialty Practice;V;0-0-0-90 | Specialty Practice | 3 | ?P
## 2 S1
LC201 | Microbiologie generală / General Microbiology;E;28-0-42-0 | General Microbiology | 6 | B
LC202 | Genetică medicală / Medical Genetics;E;28-0-14-0 | Medical Genetics | 5 | B
LC203 | Imunologie / Immunology;E;28-0-28-0 | Immunology | 5 | B
LC204 | Fiziopatologie / Pathophysiology;E;28-0-28-0 | Pathophysiology | 5 | ?B
LC205 | Tehnici de laborator / Laboratory Techniques;C;14-0-42-0 | Laboratory Techniques | 5 | P
LC206 | Farmacologie / Pharmacology;C;28-0-14-0 | Pharmacology | 4 | O
## 2 S2
LC207 | Hematologie de laborator / Laboratory Haematology;E;28-0-42-0 | Laboratory Haematology | 6 | P
LC208 | Biochimie clinică / Clinical Biochemistry;E;28-0-42-0 | Clinical Biochemistry | 6 | P
LC209 | Bacteriologie / Bacteriology;E;28-0-42-0 | Bacteriology | 6 | ?P
LC210 | Parazitologie / Parasitology;E;14-0-28-0 | Parasitology | 4 | ?P
LC211 | Epidemiologie / Epidemiology;C;14-14-0-0 | Epidemiology | 3 | O
LC212 | Stagiu clinic de vară / Summer Clinical Placement;V;0-0-0-120 | Summer Clinical Placement (chemistry and haematology) | 5 | P | chemistry,hematology
## 3 S1
LC301 | Virusologie şi micologie / Virology and Mycology;E;28-0-28-0 | Virology and Mycology | 5 | ?P
LC302 | Imunohematologie şi transfuzii / Immunohaematology and Transfusion;E;28-0-42-0 | Immunohaematology and Transfusion | 6 | P
LC303 | Examenul urinei şi al lichidelor biologice / Urine and Body Fluid Analysis;E;14-0-28-0 | Urinalysis and Body Fluids | 5 | P
LC304 | Biologie moleculară în diagnostic / Molecular Diagnostics;E;28-0-28-0 | Molecular Diagnostics | 5 | ?P
LC305 | Toxicologie clinică / Clinical Toxicology;C;14-0-28-0 | Clinical Toxicology | 4 | ?P
LC306 | Stagiu clinic / Clinical Placement;V;0-0-0-84 | Clinical Placement (microbiology and blood bank) | 5 | P | microbiology,blood_bank,urinalysis
## 3 S2
LC307 | Managementul calităţii în laboratorul clinic / Quality Management in the Clinical Laboratory;E;28-0-14-0 | Laboratory Quality Management | 5 | P
LC308 | Imunologie clinică şi serologie / Clinical Immunology and Serology;E;28-0-28-0 | Clinical Immunology and Serology | 5 | ?P
LC309 | Stagiu clinic integrat / Integrated Clinical Placement;V;0-0-0-168 | Integrated Clinical Placement | 10 | P | chemistry,hematology,microbiology,immunology
LC310 | Elaborarea lucrării de licenţă / Bachelor Thesis Preparation;V;0-0-0-56 | Bachelor Thesis Preparation | 10 | O
"""

RO_BIO = """
## 1 S1
BI101 | Biologie celulară / Cell Biology;E;28-0-28-0 | Cell Biology | 10 | B
BI102 | Chimie generală / General Chemistry;E;28-0-28-0 | General Chemistry | 10 | C
BI103 | Matematică şi biostatistică / Mathematics and Biostatistics;E;28-28-0-0 | Mathematics and Biostatistics | 10 | M
## 1 S2
BI104 | Zoologia nevertebratelor / Invertebrate Zoology;E;28-0-28-0 | Invertebrate Zoology | 15 | B
BI105 | Chimie organică / Organic Chemistry;E;28-0-28-0 | Organic Chemistry | 15 | C
## 2 S1
BI201 | Biochimie / Biochemistry;E;28-0-28-0 | Biochemistry | 15 | C
BI202 | Botanică / Botany;E;28-0-28-0 | Botany | 15 | B
## 2 S2
BI203 | Microbiologie / Microbiology;E;28-0-28-0 | Microbiology | 15 | B
BI204 | Genetică / Genetics;E;28-0-28-0 | Genetics | 15 | B
## 3 S1
BI301 | Ecologie / Ecology;E;28-0-28-0 | Ecology | 15 | ?B
BI302 | Fiziologie animală / Animal Physiology;E;28-0-28-0 | Animal Physiology | 15 | B
## 3 S2
BI303 | Biologie moleculară / Molecular Biology;E;28-0-28-0 | Molecular Biology | 15 | B
BI304 | Elaborarea lucrării de licenţă / Bachelor Thesis Preparation;V;0-0-0-56 | Bachelor Thesis Preparation | 15 | O
"""

RO_AMG = """
## 1 S1
AM101 | Anatomie / Anatomy;E;28-0-28-0 | Anatomy | 15 | B
AM102 | Nursing general / General Nursing;E;28-0-56-0 | General Nursing | 15 | O
## 1 S2
AM103 | Fiziologie / Physiology;E;28-0-28-0 | Physiology | 15 | B
AM104 | Tehnici de nursing / Nursing Techniques;E;28-0-56-0 | Nursing Techniques | 15 | O
## 2 S1
AM201 | Medicină internă şi nursing specific / Internal Medicine and Nursing;E;28-0-56-0 | Internal Medicine Nursing | 30 | O
## 2 S2
AM202 | Chirurgie şi nursing specific / Surgery and Nursing;E;28-0-56-0 | Surgical Nursing | 30 | O
## 3 S1
AM301 | Pediatrie şi nursing specific / Paediatrics and Nursing;E;28-0-56-0 | Paediatric Nursing | 30 | O
## 3 S2
AM302 | Stagiu clinic / Clinical Placement;V;0-0-0-168 | Nursing Clinical Placement | 30 | O
"""

LOCAL = {}


def _cur(cid, title, field, table, years=3, clin=False):
    return C.Curriculum(cid, "RO", title, "bachelor", years, field, "ects", parse(table, LOCAL), 10, 10,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="RO", name="Romania",
    given={"F": ["Ana-Maria", "Ioana", "Andreea", "Elena", "Mihaela", "Alexandra", "Cristina", "Raluca",
                 "Bianca", "Georgiana"],
           "M": ["Andrei", "Alexandru", "Mihai", "Ionuţ", "Cătălin", "Bogdan", "Răzvan", "Vlad", "Florin", "Tudor"]},
    surnames=["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Munteanu", "Constantinescu", "Gheorghiu",
              "Moldovan", "Rusu", "Lungu", "Marinescu"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universitatea de Medicină şi Farmacie \"Ion Vlădescu\" din Craiova", "Craiova", "Dolj", "RO",
                    "Str. Petru Rareş nr. 4", ("ro_lab", "ro_bio", "ro_amg"),
                    extra={"fac": "Facultatea de Moaşe şi Asistenţă Medicală", "en": "Faculty of Midwifery and Nursing"}),
        Institution("Universitatea \"Vasile Mureşeanu\" din Oradea", "Oradea", "Bihor", "RO",
                    "Str. Universităţii nr. 1", ("ro_lab", "ro_amg"),
                    extra={"fac": "Facultatea de Medicină şi Farmacie", "en": "Faculty of Medicine and Pharmacy"}),
        Institution("Universitatea de Vest \"Dimitrie Bărbulescu\" din Arad", "Arad", "Arad", "RO",
                    "Bd. Revoluţiei nr. 94", ("ro_lab", "ro_bio"),
                    extra={"fac": "Facultatea de Ştiinţe ale Sănătăţii", "en": "Faculty of Health Sciences"}),
    ],
    employers=[
        Employer("Spitalul Clinic Judeţean de Urgenţă Sfântul Pantelimon", "Craiova", "Dolj", "RO",
                 "Str. Tabaci nr. 1", "+40 251 555 142", "resurseumane@scjupantelimon.example"),
        Employer("Laboratoarele Medicale Analitica Vest S.R.L.", "Timişoara", "Timiş", "RO",
                 "Calea Aradului nr. 56", "+40 256 555 178", "hr@analiticavest.example", "lab"),
        Employer("Spitalul Municipal Dr. Ilie Voicu", "Oradea", "Bihor", "RO",
                 "Str. Republicii nr. 37", "+40 259 555 193", "runos@spitalvoicu.example"),
        Employer("Centrul Medical Diagnostic Carpaţi", "Braşov", "Braşov", "RO",
                 "Str. Lungă nr. 120", "+40 268 555 121", "office@cmdcarpati.example", "lab"),
    ],
    signers=["Ec. Maria Dobre", "Dr. Radu Ciobanu", "Jr. Simona Pavel", "Ec. Dan Voicu"],
    curricula=[_cur("ro_lab", "Laborator clinic (Licenţă)", "medical_laboratory_science", RO_LAB, clin=True),
               _cur("ro_bio", "Biologie (Licenţă)", "biology", RO_BIO),
               _cur("ro_amg", "Asistenţă medicală generală (Licenţă)", "nursing", RO_AMG)],
    mls_curriculum="ro_lab", science_curricula=["ro_bio"], nonqualifying_curricula=["ro_amg"],
    positions_mls=["Asistent medical de laborator", "Biolog", "Asistent de laborator clinic"],
    positions_science=["Biolog", "Laborant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(100, 999)}/{sy}",
)
K.register(PACK)
add_department_phrases("RO", {
    "blood_bank": ["Imunohematologie şi Transfuzii", "Centrul de Transfuzie"], "chemistry": ["Biochimie"],
    "hematology": ["Hematologie"], "microbiology": ["Microbiologie", "Bacteriologie"],
    "immunology": ["Imunologie", "Serologie"], "urinalysis": ["Examenul urinei"], "molecular": ["Biologie moleculară"],
    "phlebotomy": ["Recoltare"], "other": ["Parazitologie"]})

ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def printed(code):
    title, ev, hours = LOCAL[code].split(";")
    return title, ev, hours.split("-")


def ro_grade(r):
    if printed(r.spec.code)[0].startswith("Educaţie fizică"):
        return "Admis"
    return str(max(5, min(10, round(5.5 + (r.score - 45) * 5.5 / 47))))


def ro_media(s):
    g = [(int(ro_grade(r)), r.spec.credits) for t in s.terms for r in t.results if ro_grade(r) != "Admis"]
    return sum(a * b for a, b in g) / sum(b for _, b in g)


def licence_grade(s):
    """Media examenului de licenţă (printed on the transcript and the diploma)."""
    return max(7.0, min(10.0, round(ro_media(s) + 0.6, 2)))


def term_label(t):
    return f"Anul {ROMAN[t.year - 1]} {t.start_year}-{t.start_year + 1}, Sem. {'I' if t.key == 'S1' else 'II'}"


def ro_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 34, A4[0] - 34
    name = f"{person.surname.upper()} {person.given}"
    x = {"nr": L + 10, "dis": L + 26, "ev": L + 318, "c": L + 350, "s": L + 372, "l": L + 394, "p": L + 416,
         "cr": L + 452, "nota": L + 500}
    vl = [L, L + 22, L + 300, L + 338, L + 361, L + 383, L + 405, L + 427, L + 476, R]

    def new_page(n):
        p = Page(A4)
        p.pieces(36, [(L, "ROMÂNIA", "left", FB, 9), (p.w / 2 + 30, inst.name.upper(), "center", FB, 10)])
        p.pieces(48, [(L, "MINISTERUL EDUCAŢIEI", "left", F, 8),
                      (p.w / 2 + 30, f"{inst.extra['fac']} / {inst.extra['en']}", "center", F, 8)])
        p.text(p.w / 2, 66, "FOAIA MATRICOLĂ / TRANSCRIPT OF RECORDS", FB, 12, "center")
        y = 84
        p.pieces(y, [(L, f"Numele şi prenumele / Name: {name}", "left"), (R, f"Nr. matricol / Student ID: {s.student_no}", "right")], F, 8.5); y += 11
        p.pieces(y, [(L, "Domeniul de licenţă / Field: Sănătate / Health", "left"),
                     (R, f"Data naşterii / Date of birth: {s.dob.strftime('%d.%m.%Y')}", "right")], F, 8.5); y += 11
        p.text(L, y, f"Programul de studii / Study programme: {cur.title.split(' (')[0]} / Clinical Laboratory - "
               f"{cur.years} ani / years, 180 ECTS, învăţământ cu frecvenţă / full-time" if cur.id == "ro_lab" else
               f"Programul de studii / Study programme: {cur.title.split(' (')[0]} - {cur.years} ani / years, 180 ECTS", F, 8.5)
        y += 10
        yh = y
        p.rect(L, yh, R - L, 34, 0.7, 0.0)
        for k, xv in enumerate(vl[1:-1], 1):
            p.vline(xv, yh + (12 if 4 <= k <= 6 else 0), yh + 34, 0.5)
        p.hline(vl[3], vl[7], yh + 12, 0.4)
        p.pieces(yh + 9, [(x["nr"], "Nr.", "center"), (x["dis"], "Disciplina", "left"), (x["ev"], "Forma de", "center"),
                          (vl[3] + 44, "Nr. ore", "center"), (x["cr"], "Nr. credite", "center"), (x["nota"], "Nota /", "center")], FB, 7)
        p.pieces(yh + 20, [(x["nr"], "crt.", "center"), (x["dis"], "Subject", "left"), (x["ev"], "evaluare", "center"),
                           (x["c"], "C", "center"), (x["s"], "S", "center"), (x["l"], "L", "center"), (x["p"], "P", "center"),
                           (x["cr"], "ECTS", "center"), (x["nota"], "Grade", "center")], FB, 7)
        p.pieces(yh + 30, [(x["ev"], "(E/C/V)", "center"), (x["nota"], "(1-10)", "center")], FB, 7)
        return p, yh + 46

    fl = Flow(new_page, 80)
    out, total = [], 0
    for t in s.terms:
        if t.key == "S1":
            fl.need(60)
            fl.page.text(x["dis"], fl.y, f"Anul {ROMAN[t.year - 1]} {t.start_year}-{t.start_year + 1} / Year {ROMAN[t.year - 1]}", FB, 8.5)
            fl.y += 12
        label = term_label(t)
        fl.page.text(x["dis"], fl.y, f"Sem. {'I' if t.key == 'S1' else 'II'}", FI, 8)
        fl.y += 11
        for i, r in enumerate(t.results, 1):
            title, ev, hrs = printed(r.spec.code)
            lines = wrap(title, F, 8, vl[2] - x["dis"] - 4)
            fl.need(10 * len(lines) + 2)
            g = ro_grade(r)
            fl.page.pieces(fl.y, [(x["nr"], str(i), "center"), (x["dis"], lines[0], "left"), (x["ev"], ev, "center"),
                                  (x["c"], hrs[0], "center"), (x["s"], hrs[1], "center"), (x["l"], hrs[2], "center"),
                                  (x["p"], hrs[3], "center"), (x["cr"], str(int(r.spec.credits)), "center"),
                                  (x["nota"], g, "center")], F, 8)
            for ln in lines[1:]:
                fl.y += 9.5
                fl.page.text(x["dis"] + 6, fl.y, ln, F, 8)
            fl.page.hline(L, R, fl.y + 3, 0.2, 0.5)
            fl.y += 11
            out.append(course_truth(r, label, r.spec.credits, g, "ects", title=" ".join(lines), evaluation=ev))
        sem = int(sum(r.spec.credits for r in t.results))
        total += sem
        fl.page.pieces(fl.y, [(x["dis"], f"Total semestru / Semester total: {sem} credite", "left")], FI, 8)
        fl.y += 14
        if t.key == "S2":
            yr = [r for tt in s.terms if tt.year == t.year for r in tt.results]
            g = [(int(ro_grade(r)), r.spec.credits) for r in yr if ro_grade(r) != "Admis"]
            avg = sum(a * b for a, b in g) / sum(b for _, b in g)
            fl.page.spaced(x["dis"], fl.y, [f"Total an / Year total: {int(sum(r.spec.credits for r in yr))} credite",
                                            f"Media anului / Year average: {avg:.2f}"], FB, 8, 30)
            fl.y += 16
    fl.need(190)
    p, y = fl.page, fl.y + 4
    p.hline(L, R, y - 10, 0.8)
    p.spaced(L, y, [f"Total credite: {total}", f"Media generală a anilor de studii / Overall average: {ro_media(s):.2f}"], FB, 9, 30)
    y += 13
    ses = f"iulie {s.conferred.year}"
    lic = licence_grade(s)
    p.text(L, y, f"Examenul de licenţă / Licence examination: sesiunea {ses} / July {s.conferred.year} session, "
           f"media / grade {lic:.2f}", F, 8.5); y += 12
    p.text(L, y, "Titlul obţinut / Title obtained: Licenţiat în Sănătate, specializarea Laborator clinic"
           if cur.id == "ro_lab" else f"Titlul obţinut / Title obtained: Licenţiat, {cur.title.split(' (')[0]}", F, 8.5); y += 14
    for ln in ["Sistemul de notare: note de la 1 la 10, nota minimă de promovare 5. E = examen, C = colocviu, V = verificare. "
               "C/S/L/P = ore de curs, seminar, laborator, practică.",
               "Grading: 1 to 10, minimum pass mark 5. E = examination, C = colloquium, V = assessment. "
               "C/S/L/P = hours of lectures, seminars, laboratory work, practice. 1 ECTS credit = 25-30 hours of work."]:
        for w in wrap(ln, FI, 7.5, R - L):
            p.text(L, y, w, FI, 7.5); y += 9
    yb = p.h - 86
    sig = ((L + 70, "RECTOR,", "Rector"), (p.w / 2, "DECAN,", "Dean"), (R - 80, "SECRETAR ŞEF,", "Chief Secretary"))
    p.pieces(yb, [(xx, t1, "center") for xx, t1, _ in sig], FB, 8.5)
    p.pieces(yb + 10, [(xx, t2, "center") for xx, _, t2 in sig], FI, 8)
    for xx, _, _ in sig:
        p.signature(xx - 40, yb + 34, 80, rng)
    p.seal(p.w / 2 - 70, yb + 28, 30, 0.5)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 24, f"Pagina {i} din {len(fl.pages)} / Page {i} of {len(fl.pages)}", F, 7, "center")
    return LayoutResult("transcript", "ro_foaia_matricola", FAMILY, fl.pages, [name], out, "ects",
                        {"conferred_printed": ses})


TRANSCRIPT_LAYOUTS = {"ro_foaia_matricola": (ro_transcript, FAMILY, ("RO",))}
