"""Writer Q, round 8: Greece (GR). Country pack (Πτυχίο Βιοϊατρικών Επιστημών, κατεύθυνση Ιατρικών
Εργαστηρίων — Degree in Biomedical Sciences / Medical Laboratories, 4 years, 240 ECTS, the
former-TEI department; Πτυχίο Βιολογίας; Πτυχίο Νοσηλευτικής) and the department's "ΑΝΑΛΥΤΙΚΗ
ΒΑΘΜΟΛΟΓΙΑ / TRANSCRIPT OF RECORDS", BILINGUAL throughout: every column title in Greek with the
English under it (two-line header), every course title in Greek with the English in italics under
it (two lines per row); semester captions "Α΄ Εξάμηνο / 1st Semester"; columns `Κωδ./Code |
Μάθημα/Course | Τ/Θ (Θ theory, Ε laboratory, Θ+Ε) | ECTS | Βαθμός/Grade | Εξεταστική/Exam period`;
grades 0-10 (pass 5) in steps of 0,5 with a decimal comma, at some universities with the grade in
words "7,5 (επτά και μισό)"; exam periods "Φεβρ. 2016" (winter), "Ιούν. 2016" (spring) or "Σεπτ. 2016"
(the September resit); the 8th semester "Πρακτική Άσκηση / Practical Training (6 months)" of 20
ECTS and "Πτυχιακή Εργασία / Thesis"; at the end "Βαθμός Πτυχίου / Degree Grade: 7,36 (Λίαν Καλώς /
Very Good)" (ECTS-weighted mean, two decimals) and "ECTS: 240"; the Secretary's signature and the
round seal. Names in Greek capitals and in Latin; the father's name (Πατρώνυμο) is printed.

Credits: ECTS, x 1/2 (criteria.md). Course titles: the truth keeps the English line (the Greek line
is in title_local)."""

import unicodedata

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r3_f_common import parse as parse_local
from .r8_q_common import FAMILY, add_department_phrases, course_truth, k, r2, script_safe, sign_block, star_seal

EL = {}
KIND = {}      # code -> Θ / Ε / Θ+Ε

GR_BMS = """
## 1 S1
ΙΕ1010 | Γενική Χημεία | General Chemistry | 5 | C
ΙΕ1020 | Ανατομία του Ανθρώπου | Human Anatomy | 5 | B
ΙΕ1030 | Βιολογία Κυττάρου | Cell Biology | 5 | B
ΙΕ1040 | Μαθηματικά και Βιοστατιστική | Mathematics and Biostatistics | 5 | M
ΙΕ1050 | Φυσική | Physics | 5 | O
ΙΕ1060 | Εισαγωγή στα Ιατρικά Εργαστήρια | Introduction to Medical Laboratories | 5 | ?O
## 1 S2
ΙΕ2010 | Οργανική Χημεία | Organic Chemistry | 5 | C
ΙΕ2020 | Φυσιολογία του Ανθρώπου | Human Physiology | 6 | B
ΙΕ2030 | Ιστολογία - Εμβρυολογία | Histology and Embryology | 5 | B
ΙΕ2040 | Γενική Μικροβιολογία | General Microbiology | 6 | B
ΙΕ2050 | Αγγλική Ορολογία | English Terminology | 3 | O
ΙΕ2060 | Πληροφορική | Computer Science | 5 | O
## 2 S1
ΙΕ3010 | Βιοχημεία Ι | Biochemistry I | 6 | C
ΙΕ3020 | Αναλυτική Χημεία | Analytical Chemistry | 5 | C
ΙΕ3030 | Γενετική | Genetics | 5 | B
ΙΕ3040 | Ανοσολογία | Immunology | 6 | B
ΙΕ3050 | Παθολογική Ανατομική | Pathological Anatomy | 5 | ?O
ΙΕ3060 | Υγιεινή και Ασφάλεια Εργαστηρίων | Laboratory Health and Safety | 3 | ?O
## 2 S2
ΙΕ4010 | Βιοχημεία ΙΙ | Biochemistry II | 6 | C
ΙΕ4020 | Αιματολογία Ι | Haematology I | 6 | P
ΙΕ4030 | Ιατρική Μικροβιολογία Ι | Medical Microbiology I | 6 | P
ΙΕ4040 | Παρασιτολογία | Parasitology | 5 | P
ΙΕ4050 | Φαρμακολογία | Pharmacology | 4 | O
ΙΕ4060 | Επιδημιολογία | Epidemiology | 3 | O
## 3 S1
ΙΕ5010 | Κλινική Χημεία Ι | Clinical Chemistry I | 7 | P
ΙΕ5020 | Αιματολογία ΙΙ | Haematology II | 6 | P
ΙΕ5030 | Ιατρική Μικροβιολογία ΙΙ | Medical Microbiology II | 6 | P
ΙΕ5040 | Κυτταρολογία | Cytology | 6 | P
ΙΕ5050 | Μοριακή Βιολογία | Molecular Biology | 5 | B
## 3 S2
ΙΕ6010 | Κλινική Χημεία ΙΙ | Clinical Chemistry II | 7 | P
ΙΕ6020 | Αιμοδοσία - Ανοσοαιματολογία | Blood Transfusion and Immunohaematology | 7 | P
ΙΕ6030 | Ιολογία - Μυκητολογία | Virology and Mycology | 5 | ?B
ΙΕ6040 | Ιστοπαθολογική Τεχνική | Histopathology Techniques | 6 | P
ΙΕ6050 | Ανάλυση Ούρων και Βιολογικών Υγρών | Urinalysis and Body Fluids | 5 | P
## 4 S1
ΙΕ7010 | Κλινική Ανοσολογία | Clinical Immunology | 6 | ?B
ΙΕ7020 | Μοριακή Διαγνωστική | Molecular Diagnostics | 6 | ?B
ΙΕ7030 | Ενδοκρινολογία - Ορμονολογία | Endocrinology and Hormone Assays | 6 | ?P
ΙΕ7040 | Διαχείριση Ποιότητας Εργαστηρίων | Laboratory Quality Management | 6 | P
ΙΕ7050 | Δεοντολογία | Professional Ethics | 6 | O
## 4 S2
ΙΕ8010 | Πρακτική Άσκηση | Practical Training (6 months) | 20 | P | chemistry,hematology,microbiology,blood_bank
ΙΕ8020 | Πτυχιακή Εργασία | Thesis | 10 | O
"""

GR_BIO = """
## 1 S1
ΒΙ101 | Γενική Χημεία | General Chemistry | 7 | C
ΒΙ102 | Βιολογία Κυττάρου | Cell Biology | 8 | B
ΒΙ103 | Μαθηματικά | Mathematics | 7 | M
ΒΙ104 | Φυσική | Physics | 8 | O
## 1 S2
ΒΙ201 | Οργανική Χημεία | Organic Chemistry | 8 | C
ΒΙ202 | Ζωολογία | Zoology | 8 | B
ΒΙ203 | Βοτανική | Botany | 7 | B
ΒΙ204 | Βιοστατιστική | Biostatistics | 7 | M
## 2 S1
ΒΙ301 | Βιοχημεία | Biochemistry | 8 | C
ΒΙ302 | Γενετική | Genetics | 8 | B
ΒΙ303 | Μικροβιολογία | Microbiology | 7 | B
ΒΙ304 | Οικολογία | Ecology | 7 | ?B
## 2 S2
ΒΙ401 | Φυσιολογία Ζώων | Animal Physiology | 8 | B
ΒΙ402 | Φυσιολογία Φυτών | Plant Physiology | 8 | B
ΒΙ403 | Μοριακή Βιολογία | Molecular Biology | 7 | B
ΒΙ404 | Εξέλιξη | Evolution | 7 | B
## 3 S1
ΒΙ501 | Ανοσολογία | Immunology | 10 | B
ΒΙ502 | Αναπτυξιακή Βιολογία | Developmental Biology | 10 | B
ΒΙ503 | Βιοτεχνολογία | Biotechnology | 10 | B
## 3 S2
ΒΙ601 | Θαλάσσια Βιολογία | Marine Biology | 10 | B
ΒΙ602 | Νευροβιολογία | Neurobiology | 10 | B
ΒΙ603 | Βιοπληροφορική | Bioinformatics | 10 | ?B
## 4 S1
ΒΙ701 | Γονιδιωματική | Genomics | 10 | B
ΒΙ702 | Περιβαλλοντική Βιολογία | Environmental Biology | 10 | ?B
ΒΙ703 | Σεμινάριο | Seminar | 10 | O
## 4 S2
ΒΙ801 | Διπλωματική Εργασία | Diploma Thesis | 30 | O
"""

GR_NOS = """
## 1 S1
ΝΟ101 | Ανατομία | Anatomy | 10 | B
ΝΟ102 | Βασικές Αρχές Νοσηλευτικής | Fundamentals of Nursing | 20 | O
## 1 S2
ΝΟ201 | Φυσιολογία | Physiology | 10 | B
ΝΟ202 | Κλινική Νοσηλευτική Ι | Clinical Nursing I | 20 | O
## 2 S1
ΝΟ301 | Παθολογική Νοσηλευτική | Medical Nursing | 30 | O
## 2 S2
ΝΟ401 | Χειρουργική Νοσηλευτική | Surgical Nursing | 30 | O
## 3 S1
ΝΟ501 | Παιδιατρική Νοσηλευτική | Paediatric Nursing | 30 | O
## 3 S2
ΝΟ601 | Κοινοτική Νοσηλευτική | Community Nursing | 30 | O
## 4 S1
ΝΟ701 | Ψυχιατρική Νοσηλευτική | Psychiatric Nursing | 30 | O
## 4 S2
ΝΟ801 | Πρακτική Άσκηση | Practical Training (6 months) | 30 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "GR", title, "bachelor", 4, field, "ects", parse_local(table, EL), 9, 7,
                        clinical_training=clin)


GR_INST = [
    Institution("University of the South Aegean", "Rhodes", "South Aegean", "GR", "Leoforos Dimokratias 88",
                ("gr_bms", "gr_bio", "gr_nos"),
                extra={"el": "ΠΑΝΕΠΙΣΤΗΜΙΟ ΝΟΤΙΟΥ ΑΙΓΑΙΟΥ", "words": True}),
    Institution("University of Central Macedonia", "Serres", "Central Macedonia", "GR", "Terma Magnisias",
                ("gr_bms", "gr_nos"), extra={"el": "ΠΑΝΕΠΙΣΤΗΜΙΟ ΚΕΝΤΡΙΚΗΣ ΜΑΚΕΔΟΝΙΑΣ", "words": False}),
    Institution("University of Western Peloponnese", "Patras", "Western Greece", "GR", "Odos Koukouli 22",
                ("gr_bms", "gr_bio"), extra={"el": "ΠΑΝΕΠΙΣΤΗΜΙΟ ΔΥΤΙΚΗΣ ΠΕΛΟΠΟΝΝΗΣΟΥ", "words": False}),
]
DEPT = {"gr_bms": ("ΤΜΗΜΑ ΒΙΟΪΑΤΡΙΚΩΝ ΕΠΙΣΤΗΜΩΝ — ΚΑΤΕΥΘΥΝΣΗ ΙΑΤΡΙΚΩΝ ΕΡΓΑΣΤΗΡΙΩΝ",
                   "Department of Biomedical Sciences — Medical Laboratories"),
        "gr_bio": ("ΤΜΗΜΑ ΒΙΟΛΟΓΙΑΣ", "Department of Biology"),
        "gr_nos": ("ΤΜΗΜΑ ΝΟΣΗΛΕΥΤΙΚΗΣ", "Department of Nursing")}

GIVEN_EL = {"Maria": "Μαρία", "Eleni": "Ελένη", "Aikaterini": "Αικατερίνη", "Georgia": "Γεωργία", "Dimitra": "Δήμητρα",
            "Sofia": "Σοφία", "Anastasia": "Αναστασία", "Vasiliki": "Βασιλική", "Christina": "Χριστίνα",
            "Panagiota": "Παναγιώτα", "Georgios": "Γεώργιος", "Ioannis": "Ιωάννης", "Konstantinos": "Κωνσταντίνος",
            "Dimitrios": "Δημήτριος", "Nikolaos": "Νικόλαος", "Panagiotis": "Παναγιώτης", "Christos": "Χρήστος",
            "Vasileios": "Βασίλειος", "Athanasios": "Αθανάσιος", "Evangelos": "Ευάγγελος"}
SUR_EL = {"Georgiou": "Γεωργίου", "Dimitriou": "Δημητρίου", "Christou": "Χρήστου", "Antoniou": "Αντωνίου",
          "Nikolaou": "Νικολάου", "Konstantinou": "Κωνσταντίνου", "Ioannou": "Ιωάννου", "Pavlou": "Παύλου",
          "Theodorou": "Θεοδώρου", "Petrou": "Πέτρου", "Athanasiou": "Αθανασίου", "Stavrou": "Σταύρου",
          "Oikonomou": "Οικονόμου", "Panagiotou": "Παναγιώτου", "Vasileiou": "Βασιλείου", "Michail": "Μιχαήλ"}
FATHERS = [("Georgios", "Γεώργιος"), ("Ioannis", "Ιωάννης"), ("Dimitrios", "Δημήτριος"), ("Nikolaos", "Νικόλαος"),
           ("Christos", "Χρήστος"), ("Spyridon", "Σπυρίδων"), ("Emmanouil", "Εμμανουήλ"), ("Michail", "Μιχαήλ")]

PACK = K.CountryPack(
    code="GR", name="Greece",
    given={"F": ["Maria", "Eleni", "Aikaterini", "Georgia", "Dimitra", "Sofia", "Anastasia", "Vasiliki", "Christina",
                 "Panagiota"],
           "M": ["Georgios", "Ioannis", "Konstantinos", "Dimitrios", "Nikolaos", "Panagiotis", "Christos", "Vasileios",
                 "Athanasios", "Evangelos"]},
    surnames=list(SUR_EL),
    middle={"F": [], "M": []},
    institutions=GR_INST,
    employers=[
        Employer("General Hospital of Karditsa \"Agios Charalambos\"", "Karditsa", "Thessaly", "GR",
                 "Tavropou 41", "+30 24410 00141", "grammateia@gnkarditsas.example"),
        Employer("University General Hospital of Ioannina Lakeside", "Ioannina", "Epirus", "GR", "Leoforos Stavrou Niarchou 7",
                 "+30 26510 00177", "prosopiko@pagni-lakeside.example"),
        Employer("Diagnostiki Kyklades Medical Laboratories S.A.", "Syros", "South Aegean", "GR", "Plateia Miaouli 9, Ermoupoli",
                 "+30 22810 00119", "info@diagnostiki-kyklades.example", "lab"),
        Employer("General Hospital of Chalkida \"Evripos\"", "Chalkida", "Central Greece", "GR", "Gazepi 2",
                 "+30 22210 00163", "dioikisi@gn-evripos.example"),
    ],
    signers=["Dr. Eleni Konstantinou", "Dr. Nikolaos Petrou", "Aikaterini Stavrou", "Dr. Georgios Theodorou"],
    curricula=[_cur("gr_bms", "Degree in Biomedical Sciences (Medical Laboratories)", "medical_laboratory_science",
                    GR_BMS, True),
               _cur("gr_bio", "Degree in Biology", "biology", GR_BIO),
               _cur("gr_nos", "Degree in Nursing", "nursing", GR_NOS)],
    mls_curriculum="gr_bms", science_curricula=["gr_bio"], nonqualifying_curricula=["gr_nos"],
    positions_mls=["Medical Laboratory Technologist", "Biomedical Scientist"],
    positions_science=["Laboratory Assistant", "Research Assistant"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1, 399):03d}",
    honours=[],
)
K.register(PACK)
add_department_phrases("GR", {
    "blood_bank": ["Blood Donation Unit"], "chemistry": ["Biochemistry Laboratory"],
    "hematology": ["Haematology Laboratory"], "microbiology": ["Microbiology Laboratory"],
    "immunology": ["Immunology Laboratory"], "urinalysis": ["Urinalysis"], "molecular": ["Molecular Biology Unit"],
    "phlebotomy": ["Blood Sampling"], "other": ["Cytology Laboratory"]})

ORD_EL = ["Α΄", "Β΄", "Γ΄", "Δ΄", "Ε΄", "ΣΤ΄", "Ζ΄", "Η΄"]
ORD_EN = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"]
NUM_EL = {5: "πέντε", 6: "έξι", 7: "επτά", 8: "οκτώ", 9: "εννέα", 10: "δέκα"}


def caps_el(s):
    """Greek capitals without the tonos, as Greek documents print names."""
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if unicodedata.category(c) != "Mn")


def greek_name(person):
    return f"{caps_el(SUR_EL.get(person.surname, person.surname))} {caps_el(GIVEN_EL.get(person.given, person.given))}"


def grade_words(g):
    w = NUM_EL[int(g)]
    return w + (" και μισό" if g % 1 else "")


def fmt_g(g):
    return f"{g:.1f}".replace(".", ",") if g % 1 else str(int(g))


def band(g):
    if g >= 8.5:
        return "Άριστα", "Excellent"
    if g >= 6.5:
        return "Λίαν Καλώς", "Very Good"
    return "Καλώς", "Good"


def gr_rows(s):
    """[(semester index, r, grade, exam period)] and the degree grade (ECTS-weighted, 2 decimals)."""
    rows = []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            g = min(10.0, max(5.0, round((5 + (r.score - 45) * 4.5 / 47) * 2) / 2 + (k(s, f"g{i}{j}") % 3 - 1) * 0.5))
            y = t.start_year + 1
            per = ("Φεβρ." if t.key == "S1" else "Ιούν.") + f" {y}"
            if g <= 6 and k(s, f"sep{i}{j}") % 3 == 0:
                per = f"Σεπτ. {y}"
            if t.key == "S1" and k(s, f"sep{i}{j}") % 7 == 1:
                per = f"Ιαν. {y}"
            rows.append((i, r, g, per))
    tot = sum(r.spec.credits for _, r, _, _ in rows)
    return rows, r2(sum(r.spec.credits * g for _, r, g, _ in rows) / tot), int(tot)


def gr_transcript(s, person, rng):
    with script_safe("greek"):
        return _gr(s, person, rng)


def _gr(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 40, W - 40
    nm = name_form(person, "surname_first_nocomma")
    nm_el = greek_name(person)
    fa = FATHERS[k(s, "fa") % len(FATHERS)]
    dep_el, dep_en = DEPT[cur.id]
    words = inst.extra.get("words")
    xs = {"code": L + 4, "title": L + 52, "kind": L + 300, "ects": L + 336, "gr": L + 366, "per": L + 452}
    rows, dg, tot = gr_rows(s)
    bel, ben = band(dg)

    def new_page(n):
        p = Page(A4)
        star_seal(p, W / 2, 38, 18, 0.3, points=12)
        p.text(W / 2, 70, "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ — HELLENIC REPUBLIC", FB, 8.5, "center")
        p.text(W / 2, 84, inst.extra["el"], FB, 12, "center")
        p.text(W / 2, 96, inst.name.upper(), F, 9.5, "center")
        p.text(W / 2, 108, "ΣΧΟΛΗ ΕΠΙΣΤΗΜΩΝ ΥΓΕΙΑΣ — SCHOOL OF HEALTH SCIENCES", F, 8, "center")
        p.text(W / 2, 119, dep_el, FB, 8, "center")
        p.text(W / 2, 129, dep_en, FI, 8, "center")
        p.hline(L, R, 136, 0.8)
        y = 154
        if n == 1:
            p.text(W / 2, y, "ΑΝΑΛΥΤΙΚΗ ΒΑΘΜΟΛΟΓΙΑ", FB, 13, "center"); y += 14
            p.text(W / 2, y, "TRANSCRIPT OF RECORDS", FB, 10, "center"); y += 20
            for a, b in ((("Επώνυμο Όνομα / Surname Name", f"{nm_el} / {nm}"), None),
                         (("Πατρώνυμο / Father's name", f"{caps_el(fa[1])} / {fa[0].upper()}"),
                          ("Αρ. Μητρώου / Reg. No.", s.student_no)),
                         (("Ημ. Εγγραφής / Enrolled", D.dmy_slash(s.admitted)),
                          ("Ημ. Αποφοίτησης / Graduated", D.dmy_slash(s.conferred)))):
                it = [(L, f"{a[0]}:", "left", FB, 8), (L + 136, a[1], "left", F, 8)]
                if b:
                    it += [(L + 300, f"{b[0]}:", "left", FB, 8), (L + 430, b[1], "left", F, 8)]
                p.pieces(y, it, F, 8)
                y += 11.5
            y += 6
        else:
            p.pieces(y, [(L, f"{nm_el} / {nm}", "left"), (R, f"Αρ. Μητρώου / Reg. No. {s.student_no}", "right")], F, 8)
            y += 14
        return p, y

    def head(fl):
        p, y = fl.page, fl.y
        p.rect(L, y, R - L, 24, 0.7, 0, fill=0.88)
        top = [(xs["code"], "Κωδ.", "left"), (xs["title"], "Μάθημα", "left"), (xs["kind"] + 10, "Τ/Θ", "center"),
               (xs["ects"] + 12, "ECTS", "center"), (xs["gr"], "Βαθμός", "left"), (xs["per"], "Εξεταστική", "left")]
        bot = [(xs["code"], "Code", "left"), (xs["title"], "Course", "left"), (xs["kind"] + 10, "Type", "center"),
               (xs["gr"], "Grade", "left"), (xs["per"], "Exam period", "left")]
        p.pieces(y + 10, top, FB, 8)
        p.pieces(y + 20, bot, FI, 7.5)
        fl.y = y + 34

    fl = Flow(new_page, 70)
    head(fl)
    out = []
    last = None
    for i, r, g, per in rows:
        if i != last:
            if fl.need(40):
                head(fl)
            fl.page.text(xs["title"], fl.y, f"{ORD_EL[i]} Εξάμηνο / {ORD_EN[i]} Semester", FB, 8.5)
            fl.page.hline(xs["title"], xs["title"] + 150, fl.y + 3, 0.4)
            fl.y += 14
            last = i
        el = EL[r.spec.code]
        en = wrap(r.spec.title, FI, 7.5, xs["kind"] - 8 - xs["title"])
        if fl.need(10 + 9 * len(en)):
            head(fl)
        gs = fmt_g(g) + (f" ({grade_words(g)})" if words else "")
        kind = "Ε" if "Πρακτική" in el else "Θ" if r.spec.category in ("other", "mathematics") else "Θ+Ε"
        fl.page.pieces(fl.y, [(xs["code"], r.code, "left"), (xs["title"], el, "left"), (xs["kind"] + 10, kind, "center"),
                              (xs["ects"] + 12, str(int(r.spec.credits)), "center"), (xs["gr"], gs, "left"),
                              (xs["per"], per, "left")], F, 8)
        for ln in en:
            fl.y += 9
            fl.page.text(xs["title"], fl.y, ln, FI, 7.5)
        fl.y += 11.5
        out.append(course_truth(r, f"{ORD_EL[i]} Εξάμηνο / {ORD_EN[i]} Semester", r.spec.credits, gs, "ects",
                                title=" ".join(en), title_local=el, exam_period=per, type=kind))
    fl.need(150)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 4, 0.8)
    y += 10
    p.text(L, y, f"Βαθμός Πτυχίου / Degree Grade: {fmt2(dg)} ({bel} / {ben})", FB, 10); y += 14
    p.text(L, y, f"ECTS: {tot}", FB, 10); y += 14
    p.text(L, y, "Κλίμακα βαθμολογίας 0-10, βάση επιτυχίας 5. Άριστα 8,50-10, Λίαν Καλώς 6,50-8,49, Καλώς 5,00-6,49.",
           F, 7.5); y += 9.5
    p.text(L, y, "Grading scale 0-10, pass mark 5. Excellent 8.50-10, Very Good 6.50-8.49, Good 5.00-6.49.", FI, 7.5)
    y += 56
    p.text(L, y - 30, f"{inst.city}, {D.dmy_slash(D.add_months(s.conferred, 1))}", F, 9)
    sign_block(p, rng, R - 110, y, "Ο/Η Γραμματέας του Τμήματος", FB, 8.5, 180, "The Department Secretary")
    star_seal(p, R - 230, y - 16, 30, 0.45, points=12)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(W / 2, H - 28, f"Σελίδα {i} από {n} / Page {i} of {n}", F, 7.5, "center")
    return LayoutResult("transcript", "gr_bilingual_analytiki", FAMILY, fl.pages, [nm], out, "ects",
                        {"prints_totals": True, "degree_grade": dg, "names_local": [nm_el],
                         "pass_mark": 5})


def fmt2(x):
    return f"{x:.2f}".replace(".", ",")


TRANSCRIPT_LAYOUTS = {"gr_bilingual_analytiki": (gr_transcript, FAMILY, ("GR",))}
