"""Writer G, round 4: Zimbabwe. Country pack (BSc Honours in Medical Laboratory Sciences, 4 years,
"Part I" .. "Part IV"; BSc Honours in Biochemistry; BSc Honours in Nursing Science) and a state
university "ACADEMIC TRANSCRIPT": per Part a block headed "PART I 2015/2016" with
`Module Code | Module Description | Credits | Mark % | Grade` (grade classes 1, 2.1, 2.2, 3, P, F
by mark bands 75/65/60/50/40), "Decision: PROCEED" under each Part ("PROCEED WITH CARRY" when a
module was failed: it comes back in the next Part, so it is printed twice, the failed attempt with
0 credits earned), the Part IV research project worth double credits, "Degree Classification:
Upper Second Class (2.1)" at the end. Serif type, thin rules under the header only.

Credits: the local scale (4 per semester module, 8 per full-year module, about 40 a year) is taken
as 1 local credit = 1 semester hour (system `semester`), as agreed for this round."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r4_g_common import FAMILY, add_department_phrases, course_truth, parse

ROMAN = ["I", "II", "III", "IV", "V"]

ZW_MLS = """
## 1 Y
HMLS101 | Human Anatomy | 4 | B
HMLS102 | Human Physiology | 4 | B
HMLS103 | General and Physical Chemistry | 4 | C
HMLS104 | Organic Chemistry | 4 | C
HMLS105 | Cell Biology and Genetics | 4 | B
HMLS106 | Introduction to Medical Laboratory Sciences | 4 | ?O
HMLS107 | Biostatistics and Computing | 4 | M
HMLS108 | Physics for Laboratory Sciences | 4 | O
HCS101 | Communication Skills | 4 | O
HMLS109 | Laboratory Safety and Specimen Handling | 4 | ?P
## 2 Y
HMLS201 | Biochemistry I: Biomolecules and Metabolism | 4 | C
HMLS202 | Biochemistry II: Enzymology and Nutrition | 4 | C
HMLS203 | General Microbiology | 4 | B
HMLS204 | Basic Immunology | 4 | B
HMLS205 | Basic Haematology | 4 | P
HMLS206 | Histology and Histotechniques | 4 | ?P
HMLS207 | Medical Parasitology and Entomology | 4 | P
HMLS208 | Analytical Chemistry and Instrumentation | 4 | C
HMLS209 | Pathophysiology | 4 | B
HMLS210 | Research Methods and Epidemiology | 4 | O
## 3 Y
HMLS301 | Clinical Chemistry I | 4 | P
HMLS302 | Clinical Chemistry II | 4 | P
HMLS303 | Haematology and Haemostasis | 4 | P
HMLS304 | Blood Transfusion Science | 4 | P
HMLS305 | Medical Bacteriology | 4 | ?P
HMLS306 | Medical Virology and Mycology | 4 | ?B
HMLS307 | Cytopathology and Histopathology | 4 | P
HMLS308 | Molecular Biology and Diagnostics | 4 | ?B
HMLS309 | Laboratory Management and Quality Assurance | 4 | P
HMLS310 | Clinical Laboratory Attachment | 4 | P | chemistry,hematology,microbiology,blood_bank
## 4 Y
HMLS401 | Advanced Clinical Chemistry | 4 | P
HMLS402 | Advanced Haematology and Immunohaematology | 4 | P
HMLS403 | Diagnostic Microbiology and Antimicrobial Testing | 4 | ?P
HMLS404 | Clinical Immunology and Serology | 4 | ?P
HMLS405 | Toxicology and Therapeutic Drug Monitoring | 4 | ?P
HMLS406 | Public Health Laboratory Practice | 4 | ?P
HMLS407 | Professional Ethics and Laboratory Law | 4 | ?O
HMLS408 | Seminar in Medical Laboratory Sciences | 4 | O
HMLS490 | Research Project | 8 | O
"""

ZW_BIOCHEM = """
## 1 Y
HBC101 | General Chemistry | 4 | C
HBC102 | Organic Chemistry I | 4 | C
HBC103 | Cell Biology | 4 | B
HBC104 | Mathematics for Biosciences | 4 | M
HCS101 | Communication Skills | 4 | O
## 2 Y
HBC201 | Structure and Function of Biomolecules | 8 | C
HBC202 | Enzymology | 4 | C
HBC203 | Microbiology for Biochemists | 4 | B
HBC204 | Biostatistics | 4 | M
## 3 Y
HBC301 | Metabolism and its Regulation | 8 | C
HBC302 | Molecular Biology | 4 | B
HBC303 | Industrial Attachment | 8 | O
## 4 Y
HBC401 | Clinical Biochemistry | 4 | C
HBC402 | Plant Biochemistry | 4 | C
HBC403 | Immunochemistry | 4 | ?B
HBC490 | Research Project | 8 | O
"""

ZW_NURS = """
## 1 Y
HNS101 | Anatomy and Physiology | 8 | B
HNS102 | Fundamentals of Nursing | 8 | O
HNS103 | Psychology for Nurses | 4 | O
## 2 Y
HNS201 | Medical-Surgical Nursing I | 8 | O
HNS202 | Pharmacology | 4 | O
HNS203 | Microbiology for Nurses | 4 | B
## 3 Y
HNS301 | Midwifery | 8 | O
HNS302 | Community Health Nursing | 8 | O
## 4 Y
HNS401 | Nursing Management | 4 | O
HNS402 | Mental Health Nursing | 4 | O
HNS490 | Research Project | 8 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "ZW", title, "bachelor", 4, field, "semester", parse(table), 8, 10,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="ZW", name="Zimbabwe",
    given={"F": ["Tendai", "Rutendo", "Chiedza", "Nyasha", "Tatenda", "Vimbai", "Rumbidzai", "Fadzai",
                 "Tsitsi", "Nokuthula", "Sibongile", "Memory"],
           "M": ["Tinashe", "Farai", "Tapiwa", "Kudakwashe", "Takudzwa", "Blessing", "Simbarashe",
                 "Tafadzwa", "Munyaradzi", "Themba", "Nkosana", "Brighton"]},
    surnames=["Moyo", "Ncube", "Sibanda", "Chikwanha", "Mutasa", "Dube", "Mhlanga", "Chinyoka",
              "Gumbo", "Marufu", "Mapfumo", "Nyathi", "Zvobgo", "Makoni"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Mazowe Valley State University", "Bindura", "Mashonaland Central", "ZW",
                    "P. Bag 1020, Chimurenga Road", ("zw_bsc_mls", "zw_bsc_biochem", "zw_bsc_nurs"),
                    extra={"faculty": "Faculty of Medicine and Health Sciences", "prefix": "M"}),
        Institution("Matopo Hills University of Science and Technology", "Bulawayo", "Bulawayo", "ZW",
                    "P.O. Box AC 939, Gwanda Road, Ascot", ("zw_bsc_mls", "zw_bsc_biochem"),
                    extra={"faculty": "Faculty of Applied Sciences", "prefix": "N"}),
        Institution("Great Zambezi State University", "Masvingo", "Masvingo", "ZW",
                    "P.O. Box 1235, Mucheke Road", ("zw_bsc_mls", "zw_bsc_nurs"),
                    extra={"faculty": "School of Health Sciences", "prefix": "G"}),
    ],
    employers=[
        Employer("Harare Central Provincial Hospital", "Harare", "Harare", "ZW",
                 "Lobengula Road, Southerton", "+263 24 2000 142", "hr@hcph-zw.example"),
        Employer("Bulawayo Mpilo District Hospital", "Bulawayo", "Bulawayo", "ZW",
                 "Vera Road, Mzilikazi", "+263 29 2000 178", "admin@bmdh-zw.example"),
        Employer("Lancet Highveld Laboratories (Pvt) Ltd", "Harare", "Harare", "ZW",
                 "14 Baines Avenue, Avondale", "+263 24 2000 193", "hr@lancet-highveld.example", "lab"),
        Employer("Mutare Eastern Hills Hospital", "Mutare", "Manicaland", "ZW",
                 "Herbert Chitepo Street", "+263 20 2000 121", "personnel@mehh-zw.example"),
    ],
    signers=["Mrs. Rudo Chimbwanda", "Mr. Tawanda Mukonoweshuro", "Dr. Sithembile Khumalo",
             "Mr. Edmore Chigumba"],
    curricula=[_cur("zw_bsc_mls", "Bachelor of Science Honours in Medical Laboratory Sciences",
                    "medical_laboratory_science", ZW_MLS, True),
               _cur("zw_bsc_biochem", "Bachelor of Science Honours in Biochemistry", "chemistry", ZW_BIOCHEM),
               _cur("zw_bsc_nurs", "Bachelor of Science Honours in Nursing Science", "nursing", ZW_NURS)],
    mls_curriculum="zw_bsc_mls", science_curricula=["zw_bsc_biochem"], nonqualifying_curricula=["zw_bsc_nurs"],
    positions_mls=["Medical Laboratory Scientist", "Medical Laboratory Scientist Grade II",
                   "Medical Technologist"],
    positions_science=["Laboratory Technician", "Scientific Officer"],
    code_style="keep",
    student_no=lambda rng, sy, inst: (f"{inst.extra['prefix']}{sy % 100:02d}{rng.randint(1000, 9999)}"
                                      f"{rng.choice('ABCHJKLMNPRTW')}"),
)
K.register(PACK)
add_department_phrases("ZW", {
    "blood_bank": ["Blood Transfusion Laboratory", "Blood Bank"], "chemistry": ["Clinical Chemistry",
                                                                              "Chemical Pathology"],
    "hematology": ["Haematology"], "microbiology": ["Microbiology", "Bacteriology"],
    "immunology": ["Immunology", "Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology (PCR)"], "phlebotomy": ["Specimen Reception"],
    "other": ["Histopathology", "Cytology"]})

BANDS = [(75, "1"), (65, "2.1"), (60, "2.2"), (50, "3"), (40, "P")]
CLASSES = {"1": "First Class (1)", "2.1": "Upper Second Class (2.1)", "2.2": "Lower Second Class (2.2)",
           "3": "Third Class (3)", "P": "Pass"}


def zw_grade(mark):
    for lo, g in BANDS:
        if mark >= lo:
            return g
    return "F"


def zw_carry(s):
    """(part index, course index) of a module failed and repeated the next Part, or None.
    Decided from the results, so transcript and diploma agree."""
    k = (s.student_no and sum(map(ord, s.student_no))) or 0
    if k % 5 >= 2:
        return None
    part = k % 3           # Part I..III
    rs = s.terms[part].results
    cands = [i for i, r in enumerate(rs) if not r.spec.areas]
    return part, cands[k % len(cands)]


def zw_average(s):
    marks = [(r.score, r.spec.credits) for t in s.terms for r in t.results]
    return sum(m * c for m, c in marks) / sum(c for _, c in marks)


def zw_class(s):
    """Classification on the credit-weighted mean of the final marks of all Parts."""
    return CLASSES[zw_grade(zw_average(s))]


def zw_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 48, A4[0] - 48
    fs = 9
    name = name_form(person, "caps")
    carry = zw_carry(s)
    xs = {"code": L, "desc": L + 68, "cred": R - 118, "mark": R - 62, "grade": R - 14}
    pages = []
    st = {}

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.logo(p.w / 2, 46, 18, 1, 0.3)
        y = 84
        p.text(p.w / 2, y, inst.name.upper(), FB, 14 if len(inst.name) < 40 else 12, "center"); y += 14
        p.text(p.w / 2, y, f"{inst.street}, {inst.city}, Zimbabwe", F, 9, "center"); y += 20
        p.text(p.w / 2, y, "ACADEMIC TRANSCRIPT", FB, 12.5, "center"); y += 6
        p.hline(L, R, y, 0.4); y += 16
        if len(pages) == 1:
            rows = [("Name", name, "Registration Number", s.student_no),
                    ("Date of Birth", D.long_dmy(s.dob), "Date of Entry", D.long_dmy(s.admitted)),
                    ("Programme", cur.title, None, None),
                    ("Faculty", inst.extra["faculty"], None, None)]
            for a, b, c, d in rows:
                items = [(L, f"{a}:", "left", FB, fs), (L + 92, b, "left")]
                if c:
                    items += [(L + 300, f"{c}:", "left", FB, fs), (L + 400, d, "left")]
                p.pieces(y, items, F, fs)
                y += 12
        else:
            p.pieces(y, [(L, "Name:", "left", FB, fs), (L + 40, name, "left"),
                         (R, f"Reg. No. {s.student_no}", "right")], F, fs); y += 12
        p.hline(L, R, y - 4, 0.4)
        st.update(page=p, y=y + 14)

    def need(h):
        if st["y"] + h > A4[1] - 96:
            new_page()

    def head():
        p, y = st["page"], st["y"]
        p.pieces(y, [(xs["code"], "Module Code", "left"), (xs["desc"], "Module Description", "left"),
                     (xs["cred"], "Credits", "right"), (xs["mark"], "Mark %", "right"),
                     (xs["grade"], "Grade", "center")], FI, fs)
        st["y"] += 14

    def row(code, title, cred, mark, grade):
        lines = wrap(title, F, fs, xs["cred"] - 40 - xs["desc"])
        need(12 * len(lines))
        p, y = st["page"], st["y"]
        p.pieces(y, [(xs["code"], code, "left"), (xs["desc"], lines[0], "left"), (xs["cred"], cred, "right"),
                     (xs["mark"], mark, "right"), (xs["grade"], grade, "center")], F, fs)
        for ln in lines[1:]:
            st["y"] += 11
            p.text(xs["desc"], st["y"], ln, F, fs)
        st["y"] += 12.5
        return " ".join(lines)

    new_page()
    out = []
    carried = None
    for i, t in enumerate(s.terms):
        label = f"PART {ROMAN[i]} {t.start_year}/{t.start_year + 1}"
        need(60)
        st["page"].pieces(st["y"], [(L, f"PART {ROMAN[i]}", "left"), (L + 60, f"{t.start_year}/{t.start_year + 1}",
                                                                         "left")], FB, 10)
        st["y"] += 15
        head()
        earned, failed, wsum = 0, False, 0
        rows = list(enumerate(t.results))
        if carried is not None:
            rows = [(-1, carried)] + rows
        for j, r in rows:
            if carry and (i, j) == carry:
                mark = 30 + r.score % 9
                title = row(r.code, r.spec.title, "0", str(mark), "F")
                out.append(course_truth(r, label, 0, "F", "semester", title=title, marks=mark))
                failed, nxt = True, r
                continue
            title = row(r.code, r.spec.title, str(int(r.spec.credits)), str(r.score), zw_grade(r.score))
            out.append(course_truth(r, label, r.spec.credits, zw_grade(r.score), "semester", title=title,
                                    marks=r.score))
            earned += int(r.spec.credits)
            wsum += r.score * r.spec.credits
        carried = nxt if failed else None
        need(30)
        p = st["page"]
        st["y"] += 2
        p.spaced(xs["desc"], st["y"], [f"Credits Earned: {earned}", f"Part Average: {wsum / earned:.1f}%"],
                 F, fs, 30)
        st["y"] += 13
        last = i == len(s.terms) - 1
        dec = "PROCEED WITH CARRY" if failed else ("PASS - DEGREE AWARDED" if last else "PROCEED")
        p.pieces(st["y"], [(xs["desc"], "Decision:", "left", FB, fs), (xs["desc"] + 52, dec, "left", FB, fs)], FB, fs)
        st["y"] += 24
    need(120)
    p = st["page"]
    total = sum(c["credits"] for c in out)
    p.text(L, st["y"], f"Total Credits Earned: {total}", FB, 10); st["y"] += 14
    cls = zw_class(s)
    p.text(L, st["y"], f"Degree Classification: {cls}", FB, 10); st["y"] += 14
    conf = D.long_dmy(s.conferred)
    p.text(L, st["y"], f"Date of Award: {conf}", F, 10); st["y"] += 22
    p.text(L, st["y"], "KEY TO GRADES: 1 = 75-100% (First Class); 2.1 = 65-74% (Upper Second Class); "
           "2.2 = 60-64% (Lower Second Class);", F, 7.5); st["y"] += 10
    p.text(L, st["y"], "3 = 50-59% (Third Class); P = 40-49% (Pass); F = 0-39% (Fail). One credit = ten notional "
           "hours of learning.", F, 7.5)
    for n, pg in enumerate(pages, 1):
        y = pg.h - 60
        pg.signature(R - 170, y - 10, 110, rng)
        pg.seal(L + 60, y - 12, 28)
        pg.text(R - 115, y + 2, "DEPUTY REGISTRAR (ACADEMIC AFFAIRS)", F, 8, "center")
        pg.pieces(pg.h - 34, [(L, "This transcript is not valid unless it bears the University seal.", "left", FI, 7.5),
                              (R, f"Page {n} of {len(pages)}", "right")], F, 7.5)
    return LayoutResult("transcript", "zw_part_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": conf, "prints_totals": True, "classification": cls})


TRANSCRIPT_LAYOUTS = {"zw_part_transcript": (zw_transcript, FAMILY, ("ZW",))}
