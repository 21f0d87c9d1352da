"""Writer E, round 3: Iran. Country pack (BSc Laboratory Sciences, 4 years / 8 semesters plus a
summer internship; BSc Microbiology; BSc Nursing; units = semester credits, split into theory and
practical units) and the university-of-medical-sciences "Transcript of Records - Official
Translation": `Row | Course Title | Course Code | Units (Theo. | Prac.) | Score (out of 20) |
Status` with two-line group headers on a full grid, "First Semester of Academic Year 1395-96
(2016-17)" captions, "Units taken / Units passed / Term average" under each term, the total
units and overall average out of 20, bracketed translator's notes ("[Seal of ...]") and the
official translator's stamp and number at the bottom."""

from .. import countries as K
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r3_e_common import (FAMILY, add_department_phrases, course_truth, curriculum, fmt2,
                          sh_with_greg, translator_stamp, tweak, wavg)

UNITS = {}      # code -> "theory/practical"

IR_LAB = """
## 1 S1
1110101 | Persian Literature | 3 | O || 3/0
1110102 | General English | 3 | O || 3/0
1110103 | Islamic Thought (1) | 2 | O || 2/0
1117001 | Cell Biology | 2 | B || 2/0
1117002 | General Chemistry | 3 | C || 2/1
1117003 | Medical Physics | 2 | O || 2/0
1117004 | Anatomy (1) | 3 | B || 2/1
1110104 | Physical Education (1) | 1 | O || 0/1
## 1 S2
1110105 | Islamic Thought (2) | 2 | O || 2/0
1117005 | Physiology (1) | 3 | B || 2/1
1117006 | Anatomy (2) | 2 | B || 1.5/0.5
1117007 | General Biochemistry | 4 | C || 3/1
1117008 | Biostatistics | 2 | M || 2/0
1117009 | General Genetics | 2 | B || 2/0
1117010 | Medical Terminology | 2 | O || 2/0
1110106 | Physical Education (2) | 1 | O || 0/1
## 2 S1
1117011 | Physiology (2) | 3 | B || 2/1
1117012 | Analytical Chemistry and Laboratory Instruments | 3 | C || 2/1
1117013 | General Microbiology | 3 | B || 2/1
1117014 | Histology | 2 | B || 1.5/0.5
1117015 | Medical Immunology | 3 | ?B || 2.5/0.5
1110107 | Family Knowledge and Population | 2 | O || 2/0
1117016 | Computer Skills | 1 | O || 0.5/0.5
## 2 S2
1117017 | Medical Bacteriology (1) | 3 | P || 2/1
1117018 | Helminthology | 3 | P || 2/1
1117019 | Hematology (1) | 3 | P || 2/1
1117020 | Clinical Biochemistry (1) | 3 | P || 2/1
1117021 | Principles of Laboratory Safety and Quality Control | 2 | P || 1.5/0.5
1110108 | History of Islamic Civilization | 2 | O || 2/0
1117022 | Specialized English | 2 | O || 2/0
## 3 S1
1117023 | Medical Bacteriology (2) | 3 | P || 2/1
1117024 | Protozoology | 3 | P || 2/1
1117025 | Hematology (2) | 3 | P || 2/1
1117026 | Clinical Biochemistry (2) | 3 | P || 2/1
1117027 | Serology and Immunological Techniques | 3 | ?P || 2/1
1110109 | Islamic Revolution of Iran | 2 | O || 2/0
## 3 S2
1117028 | Medical Mycology | 3 | P || 2/1
1117029 | Medical Virology | 2 | ?P || 1.5/0.5
1117030 | Immunohematology and Blood Bank | 3 | P || 2/1
1117031 | Hemostasis and Coagulation | 2 | P || 1.5/0.5
1117032 | Urinalysis and Body Fluids | 2 | P || 1/1
1117033 | Molecular Biology Techniques | 2 | ?B || 1.5/0.5
1110110 | Interpretation of the Holy Quran | 2 | O || 2/0
## 3 SU
1117034 | Summer Internship (Hospital Laboratory) | 2 | P | chemistry,hematology || 0/2
## 4 S1
1117035 | Clinical Biochemistry (3) and Hormones | 3 | P || 2/1
1117036 | Clinical Microbiology and Antibiotic Susceptibility | 3 | P || 2/1
1117037 | Pathology and Tissue Processing | 2 | ?P || 1/1
1117038 | Laboratory Management and Ethics | 1 | O || 1/0
1117039 | Epidemiology | 2 | ?M || 2/0
1117040 | Internship (1) - Hematology and Blood Bank | 4 | P | hematology,blood_bank || 0/4
## 4 S2
1117041 | Internship (2) - Clinical Biochemistry and Urinalysis | 4 | P | chemistry,urinalysis || 0/4
1117042 | Internship (3) - Microbiology and Parasitology | 4 | P | microbiology || 0/4
1117043 | Research Project | 2 | O || 0/2
"""

IR_MICRO = """
## 1 S1
1210101 | Persian Literature | 3 | O || 3/0
1210102 | General English | 3 | O || 3/0
1213001 | General Biology (1) | 3 | B || 2/1
1213002 | General Chemistry (1) | 3 | C || 2/1
1213003 | General Mathematics | 3 | M || 3/0
1210103 | Islamic Thought (1) | 2 | O || 2/0
## 1 S2
1213004 | General Biology (2) | 3 | B || 2/1
1213005 | General Chemistry (2) | 3 | C || 2/1
1213006 | Organic Chemistry | 3 | C || 2/1
1213007 | Physics for Biology | 3 | O || 3/0
1210104 | Islamic Thought (2) | 2 | O || 2/0
## 2 S1
1213008 | Cell and Molecular Biology | 3 | B || 3/0
1213009 | Biochemistry (1) | 3 | C || 2/1
1213010 | General Microbiology | 4 | B || 3/1
1213011 | Biostatistics | 3 | M || 3/0
## 2 S2
1213012 | Biochemistry (2) | 3 | C || 2/1
1213013 | Microbial Physiology | 3 | B || 2/1
1213014 | General Genetics | 3 | B || 3/0
1213015 | Mycology | 3 | B || 2/1
## 3 S1
1213016 | Bacteriology | 4 | B || 3/1
1213017 | Immunology | 3 | B || 2/1
1213018 | Virology | 3 | B || 2/1
1213019 | Microbial Genetics | 3 | B || 3/0
## 3 S2
1213020 | Industrial Microbiology | 3 | B || 2/1
1213021 | Food Microbiology | 3 | B || 2/1
1213022 | Molecular Biology Techniques | 2 | B || 1/1
1210105 | Islamic Revolution of Iran | 2 | O || 2/0
## 4 S1
1213023 | Environmental Microbiology | 3 | ?B || 2/1
1213024 | Microbial Biotechnology | 3 | B || 2/1
1213025 | Specialized English | 2 | O || 2/0
## 4 S2
1213026 | Research Project | 3 | O || 0/3
1213027 | Seminar | 1 | O || 1/0
"""

IR_NURS = """
## 1 S1
1310101 | Persian Literature | 3 | O || 3/0
1313001 | Anatomy | 3 | B || 2/1
1313002 | Physiology | 3 | B || 2/1
1313003 | Fundamentals of Nursing (1) | 3 | O || 2/1
## 1 S2
1313004 | Biochemistry | 2 | C || 1.5/0.5
1313005 | Fundamentals of Nursing (2) | 3 | O || 2/1
1313006 | Microbiology | 2 | B || 1.5/0.5
## 2 S1
1313007 | Adult Nursing (1) | 4 | O || 3/1
1313008 | Pharmacology | 3 | O || 3/0
## 2 S2
1313009 | Adult Nursing (2) | 4 | O || 3/1
1313010 | Mother and Newborn Health Nursing | 3 | O || 2/1
## 3 S1
1313011 | Child Health Nursing | 3 | O || 2/1
1313012 | Mental Health Nursing | 3 | O || 2/1
## 3 S2
1313013 | Community Health Nursing | 3 | O || 2/1
1313014 | Critical Care Nursing | 3 | O || 2/1
## 4 S1
1313015 | Clinical Internship (1) | 8 | O || 0/8
## 4 S2
1313016 | Clinical Internship (2) | 8 | O || 0/8
"""

MALE = ["Ali", "Reza", "Mohammad", "Hossein", "Amir", "Mehdi", "Hamed", "Saeed", "Javad", "Omid",
        "Behnam", "Arash", "Mahmoud", "Kamran"]


def father_of(person):
    return MALE[sum(map(ord, person.given + person.surname)) % len(MALE)]


def national_id(person, s):
    n = sum(ord(c) * (i + 7) for i, c in enumerate(person.given + person.surname)) * 7919 + s.dob.toordinal()
    v = f"{n % 10 ** 10:010d}"
    return f"{v[:3]}-{v[3:9]}-{v[9]}"


def _sn(rng, sy, inst):
    return f"{(sy - 621) % 100:02d}{rng.randint(1, 3)}{rng.randint(10 ** 6, 10 ** 7 - 1)}"


PACK = K.CountryPack(
    code="IR", name="Iran",
    given={"F": ["Maryam", "Zahra", "Fatemeh", "Narges", "Sara", "Leila", "Mahsa", "Parisa", "Elham",
                 "Shirin", "Niloufar", "Samira", "Atefeh", "Somayeh"],
           "M": MALE[:12]},
    surnames=["Hosseini", "Rezaei", "Mohammadi", "Karimi", "Ahmadi", "Jafari", "Ghasemi", "Rahimi",
              "Moradi", "Sadeghi", "Kazemi", "Nazari", "Tavakoli", "Shahbazi", "Rostami", "Mousavi Nejad"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Zagros Highlands University of Medical Sciences", "Khorramabad", "Lorestan", "IR",
                    "Golestan Boulevard, Kamalvand Campus", ("ir_bsc_lab", "ir_bsc_nurs")),
        Institution("Caspian Shore University of Medical Sciences", "Rasht", "Gilan", "IR",
                    "Saravan Road, Km 10", ("ir_bsc_lab", "ir_bsc_nurs")),
        Institution("Zayandeh Rud University", "Isfahan", "Isfahan", "IR",
                    "Hezar Jarib Street, Science Campus", ("ir_bsc_micro",)),
    ],
    employers=[
        Employer("Baharan Charity Hospital", "Tehran", "Tehran", "IR", "No. 41, Golnar Alley, Valiasr Street",
                 "+98 21 5550 1420", "hr@baharan-hospital.example"),
        Employer("Nour-e Zagros General Hospital", "Khorramabad", "Lorestan", "IR",
                 "Shariati Square, Imam Khomeini Street", "+98 66 5550 3318", "info@nourezagros.example"),
        Employer("Arya Pathobiology Laboratory", "Rasht", "Gilan", "IR", "No. 12, Lakani Street",
                 "+98 13 5550 7745", "lab@arya-patho.example", "lab"),
        Employer("Setareh Children's Hospital", "Isfahan", "Isfahan", "IR", "Chaharbagh-e Bala Avenue",
                 "+98 31 5550 2260", "personnel@setareh-ch.example"),
    ],
    signers=["Dr. Hamid Reza Soleimani", "Dr. Farzaneh Bagheri", "Mr. Ahmad Kiani", "Dr. Mojgan Zand",
             "Mr. Abbas Firouzi"],
    curricula=[
        curriculum("ir_bsc_lab", "IR", "Bachelor of Science in Laboratory Sciences", 4,
                   "medical_laboratory_science", "semester", IR_LAB, 9, 7, True, UNITS),
        curriculum("ir_bsc_micro", "IR", "Bachelor of Science in Microbiology", 4, "microbiology",
                   "semester", IR_MICRO, 9, 7, False, UNITS),
        curriculum("ir_bsc_nurs", "IR", "Bachelor of Science in Nursing", 4, "nursing", "semester",
                   IR_NURS, 9, 7, False, UNITS),
    ],
    mls_curriculum="ir_bsc_lab", science_curricula=["ir_bsc_micro"],
    nonqualifying_curricula=["ir_bsc_nurs"],
    positions_mls=["Laboratory Expert", "Laboratory Sciences Expert", "Senior Laboratory Expert"],
    positions_science=["Laboratory Technician", "Laboratory Assistant"],
    code_style="keep", student_no=_sn, honours=[],
)
K.register(PACK)
add_department_phrases("IR", {
    "blood_bank": ["Blood Bank"], "chemistry": ["Biochemistry", "Clinical Biochemistry"],
    "hematology": ["Hematology", "Hematology and Coagulation"], "microbiology": ["Microbiology"],
    "immunology": ["Serology", "Immunology and Serology"], "urinalysis": ["Urinalysis", "Parasitology"],
    "molecular": ["Molecular Diagnosis (PCR)"], "phlebotomy": ["Sampling"],
    "other": ["Pathology", "Hormones"]})


def units_of(spec):
    t, p = UNITS[spec.code].split("/")
    return float(t), float(p)


def score20(r):
    """The Iranian score out of 20 (quarter points), decided from the common 0-100 result."""
    raw = 12 + (r.score - 45) * 7.75 / 47
    return min(19.75, max(12.0, int(raw * 4) / 4 + 0.25 * tweak(r.code, 2)))


def overall_average(s):
    return wavg([(r.spec.credits, score20(r)) for t in s.terms for r in t.results])


def ir_term_label(t):
    sy = t.start_year - 621
    name = {"S1": "First Semester", "S2": "Second Semester", "SU": "Summer Semester"}[t.key]
    return f"{name} of Academic Year {sy}-{(sy + 1) % 100:02d} ({t.start_year}-{(t.start_year + 1) % 100:02d})"


def u(x):
    return f"{x:g}"


def ir_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 40, A4[0] - 40
    name = name_form(person, "given_surname")
    medsci = "Medical Sciences" in inst.name
    # Row | Course Title | Course Code | Theo. | Prac. | Score | Status
    xs = [L, L + 28, L + 246, L + 306, L + 346, L + 386, L + 448, R]
    cx = [(a + b) / 2 for a, b in zip(xs, xs[1:])]
    field = cur.title.replace("Bachelor of Science in ", "")
    tr_no = rng.randint(100, 1200)
    translator = rng.choice(["Ali Akbar Motamedi", "Shahla Nikpour", "Kourosh Jahanbani", "Roya Safaei"])

    def new_page(n):
        p = Page(A4)
        p.pieces(40, [(p.w / 2, "[In the Name of God]", "center", FI, 9),
                      (R, f"Translation No.: {tr_no}-{n}", "right", F, 8)], F, 9)
        p.text(p.w / 2, 56, "Islamic Republic of Iran", F, 10, "center")
        if medsci:
            p.text(p.w / 2, 69, "Ministry of Health and Medical Education", F, 10, "center")
        else:
            p.text(p.w / 2, 69, "Ministry of Science, Research and Technology", F, 10, "center")
        p.text(p.w / 2, 84, inst.name, FB, 12.5, "center")
        p.text(p.w / 2, 97, "Vice-Chancellery for Education - Office of Educational Affairs", F, 9, "center")
        p.hline(L, R, 104, 0.8)
        y = 120
        if n == 1:
            p.text(p.w / 2, y, "Transcript of Records - Official Translation", FB, 13, "center"); y += 18
            rows = [(f"Name: {person.given}", f"Surname: {person.surname}"),
                    (f"Father's Name: {father_of(person)}", f"Student No.: {s.student_no}"),
                    (f"Date of Birth: {sh_with_greg(s.dob)}", f"National ID No.: {national_id(person, s)}"),
                    (f"Field of Study: {field}", "Degree: Continuous Bachelor's (BSc)"),
                    (f"Date of Entry: {sh_with_greg(s.admitted)}", "Course: Daytime (Regular)")]
            for a, b in rows:
                p.pieces(y, [(L, a, "left"), (L + 290, b, "left")], F, 9.5); y += 12.5
            y += 4
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (L + 290, f"Student No.: {s.student_no}", "left")],
                     F, 9.5)
            y += 8
        return p, y

    def header(p, y):
        h = 26
        p.rect(L, y, R - L, h, 0.7, 0.0, fill=0.92)
        for x in xs[1:-1]:
            if x == xs[4]:
                p.vline(x, y + 13, y + h, 0.5)
            else:
                p.vline(x, y, y + h, 0.5)
        p.hline(xs[3], xs[5], y + 13, 0.5)
        p.pieces(y + 10, [((xs[3] + xs[5]) / 2, "Units", "center"), (cx[5], "Score", "center")], FB, 8.5)
        p.pieces(y + 21, [(cx[0], "Row", "center"), (xs[1] + 4, "Course Title", "left"),
                          (cx[2], "Course Code", "center"), (cx[3], "Theo.", "center"),
                          (cx[4], "Prac.", "center"), (cx[5], "(out of 20)", "center"),
                          (cx[6], "Status", "center")], FB, 8.5)
        return y + h

    fl = Flow(new_page, 150)
    out = []
    tot_units = 0.0
    allsc = []
    for t in s.terms:
        label = ir_term_label(t)
        fl.need(22 + 26 + 14 * 2 + 18)
        p = fl.page
        p.text(L, fl.y + 12, label, FB, 10)
        y = header(p, fl.y + 18)
        tu, sc = 0.0, []
        for i, r in enumerate(t.results, 1):
            lines = wrap(r.spec.title, F, 9, xs[2] - xs[1] - 8)
            h = 13 + 10 * (len(lines) - 1)
            if y + h > fl.page.h - 150:
                fl.break_page()
                y = header(fl.page, fl.y + 6)
            p = fl.page
            th, pr = units_of(r.spec)
            g = score20(r)
            p.pieces(y + 9.5, [(cx[0], str(i), "center"), (xs[1] + 4, lines[0], "left"),
                               (cx[2], r.code, "center"), (cx[3], u(th), "center"), (cx[4], u(pr), "center"),
                               (cx[5], fmt2(g), "center"), (cx[6], "Passed", "center")], F, 9)
            for k, extra in enumerate(lines[1:], 1):
                p.text(xs[1] + 4, y + 9.5 + 10 * k, extra, F, 9)
            p.rect(L, y, R - L, h, 0.5, 0.0)
            for x in xs[1:-1]:
                p.vline(x, y, y + h, 0.5)
            y += h
            tu += th + pr
            sc.append((th + pr, g))
            out.append(course_truth(r, label, th + pr, fmt2(g), "semester", title=" ".join(lines),
                                    units_theory=th, units_practical=pr, status="Passed"))
        fl.y = y
        tot_units += tu
        allsc += sc
        fl.need(16)
        fl.page.spaced(L + 4, fl.y + 12, [f"Units taken: {u(tu)}", f"Units passed: {u(tu)}",
                                           f"Term average: {fmt2(wavg(sc))}"], FB, 9, 28)
        fl.y += 22
    avg = wavg(allsc)
    fl.need(70)
    p = fl.page
    y = fl.y + 6
    p.hline(L, R, y - 8, 1.0)
    p.spaced(L, y + 6, [f"Total units passed: {u(tot_units)}", f"Overall average: {fmt2(avg)} out of 20"],
             FB, 10.5, 30); y += 22
    p.text(L, y, f"Date of Graduation: {sh_with_greg(s.conferred)}", FB, 9.5); y += 13
    p.text(L, y, "Grading scale: 0-20; minimum passing score 10 (12 for core and specialized courses "
           "and internships).", F, 8); y += 11
    p.spaced(L, y, ["[Signature of the Director of Educational Affairs]", "[Round seal of the University]"],
             FI, 8.5, 24)
    # translator's certification at the bottom of the last page
    yb = p.h - 118
    p.hline(L, R, yb - 12, 0.4)
    p.text(L, yb, "Translator's Certification", FB, 9); yb += 12
    for ln in wrap("I hereby certify that this is a true and complete translation of the original document "
                   "in Persian, which was presented to this office.", F, 8.5, 330):
        p.text(L, yb, ln, F, 8.5); yb += 11
    p.text(L, yb, f"{translator}, Official Translator to the Judiciary, License No. {rng.randint(300, 990)}",
           F, 8.5); yb += 11
    tdate = max(s.conferred, D.add_months(s.conferred, rng.randint(2, 30)))
    p.text(L, yb, f"Official Translation Office No. {rng.randint(100, 999)}, Tehran - Date: {sh_with_greg(tdate)}",
           F, 8.5)
    translator_stamp(p, R - 70, p.h - 88, 36)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 24, f"Page {i} of {n}", F, 8, "center")
    return LayoutResult("transcript", "ir_translated_transcript", FAMILY, fl.pages, [name], out, "semester",
                        {"conferred_printed": sh_with_greg(s.conferred),
                         "overall_average": fmt2(avg)})


TRANSCRIPT_LAYOUTS = {"ir_translated_transcript": (ir_transcript, FAMILY, ("IR",))}
