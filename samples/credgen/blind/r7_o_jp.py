"""Writer O, round 7: Japan. Country pack (Faculty of Health Sciences, Department of Medical
Technology, Bachelor of Health Science, 4 years with 12 credits of hospital Clinical Practice in
year 4; Faculty of Science, Department of Biological Sciences; Department of Nursing) and the
university's ENGLISH translation "ACADEMIC TRANSCRIPT": no course codes; courses grouped by
CATEGORY (General Education Subjects / Specialized Basic Subjects / Specialized Subjects / Clinical
Practice) instead of by term, `Course Title | Year | Credits | Grade` (Year = the academic year the
course was taken; credits 1 or 2, Clinical Practice 12; grades S 90-100, A 80-89, B 70-79, C 60-69,
D fail), "Credits earned in this category: 27" after each group and "Total credits: 128" at the
end; two category columns side by side on a landscape page (a group that does not fit continues
in the next column under "(continued)"); dates in the Japanese era beside the Western year
("Reiwa 2 (2020) March 20"); the Dean's square red hanko stamp over his printed name.

Credit system: a Japanese university credit (単位) is 45 hours of study including preparation
(Standards for the Establishment of Universities, art. 21): 15 hours of lecture + 30 of self-study,
the same definition as a US semester credit hour, so criteria.md's "semester credits = 1 SH"
applies: system "semester"."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import LANDSCAPE_A4, Page, wrap
from .r7_o_common import (EN_MONTHS, FAMILY, add_department_phrases, course_truth, era, parse, place_image,
                          red_seal, remember_dob)
from .r7_o_jp_curricula import JP_BIO, JP_MT, JP_NUR

HEAD = {"GE": "General Education Subjects", "SB": "Specialized Basic Subjects", "SP": "Specialized Subjects",
        "GR": "Graduation Research", "CP": "Clinical Practice"}
ORDER = ["GE", "SB", "SP", "GR", "CP"]
DEPT = {"jp_mt": ("Faculty of Health Sciences", "Department of Medical Technology", "Bachelor of Health Science"),
        "jp_bio": ("Faculty of Science", "Department of Biological Sciences", "Bachelor of Science"),
        "jp_nur": ("Faculty of Health Sciences", "Department of Nursing", "Bachelor of Nursing")}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "JP", title, "bachelor", 4, field, "semester", parse("## 1 S1\n" + table.strip()
                        .removeprefix("## 1 S1").strip()), 4, 3, clinical_training=clin)


PACK = K.CountryPack(
    code="JP", name="Japan",
    given={"F": ["Yuki", "Haruka", "Misaki", "Ayaka", "Nanami", "Saki", "Mai", "Yui", "Natsumi", "Kana", "Mizuki"],
           "M": ["Takumi", "Shota", "Yuta", "Daiki", "Kenta", "Ryota", "Kazuki", "Naoki", "Hiroki", "Shun"]},
    surnames=["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
              "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Kitakanto University of Health Sciences", "Maebashi", "Gunma", "JP",
                    "3-12-1 Showa-machi", ("jp_mt", "jp_nur"), extra={"dean": "Hideo Arakawa"}),
        Institution("Setouchi Medical University", "Okayama", "Okayama", "JP", "2-5-1 Shikata-cho, Kita-ku",
                    ("jp_mt", "jp_bio", "jp_nur"), extra={"dean": "Masako Fujii"}),
        Institution("Hokuriku Seiryo University", "Kanazawa", "Ishikawa", "JP", "1-1 Kakuma-machi",
                    ("jp_mt", "jp_bio"), extra={"dean": "Toshiyuki Oda"}),
    ],
    employers=[
        Employer("Akagi Central Hospital", "Maebashi", "Gunma", "JP", "1-7-2 Asahi-cho", "+81-27-555-0142",
                 "jinji@akagi-ch.example"),
        Employer("Okayama Asahigawa General Hospital", "Okayama", "Okayama", "JP", "4-1-8 Naka-ku Kadota",
                 "+81-86-555-0177", "hr@asahigawa-gh.example"),
        Employer("Kanazawa Minami Medical Center", "Kanazawa", "Ishikawa", "JP", "8-3 Izumino-machi",
                 "+81-76-555-0130", "soumu@kanazawa-minami.example"),
        Employer("Sakura Clinical Laboratory Services Co., Ltd.", "Tokyo", "Tokyo", "JP",
                 "2-14-6 Higashi-Nihonbashi, Chuo-ku", "+81-3-5555-0188", "recruit@sakura-cls.example", "lab"),
    ],
    signers=["Kenji Morita", "Yoko Hashimoto", "Tadashi Ueno", "Emiko Shimizu"],
    curricula=[_cur("jp_mt", "Bachelor of Health Science", "medical_technology", JP_MT, True),
               _cur("jp_bio", "Bachelor of Science", "biology", JP_BIO),
               _cur("jp_nur", "Bachelor of Nursing", "nursing", JP_NUR)],
    mls_curriculum="jp_mt", science_curricula=["jp_bio"], nonqualifying_curricula=["jp_nur"],
    positions_mls=["Clinical Laboratory Technologist", "Medical Technologist"],
    positions_science=["Research Assistant", "Laboratory Technician"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.choice('MHSL')}{rng.randint(1000, 9999)}",
)
K.register(PACK)
add_department_phrases("JP", {
    "blood_bank": ["Transfusion Medicine"], "chemistry": ["Biochemistry"], "hematology": ["Hematology"],
    "microbiology": ["Microbiology"], "immunology": ["Immunoserology"], "urinalysis": ["General Laboratory (Urinalysis)"],
    "molecular": ["Genetic Testing"], "phlebotomy": ["Outpatient Blood Collection"], "other": ["Physiological Testing"]})


def jp_ymd(d):
    e, n = era(d)
    return f"{e} {n} ({d.year}) {EN_MONTHS[d.month - 1]} {d.day}"


def score(r):
    return max(60, min(99, r.score + 12))


def letter(sc):
    return "S" if sc >= 90 else "A" if sc >= 80 else "B" if sc >= 70 else "C"


def jp_name(person):
    return f"{person.surname.upper()} {person.given}"


def jp_two_column_categories(s, person, rng):
    remember_dob(person, s.dob)
    inst, cur = s.institution, s.curriculum
    F, FB = "Times-Roman", "Times-Bold"
    fac, dept, deg = DEPT.get(cur.id, ("", "", cur.title))
    name = jp_name(person)
    L, R = 34, LANDSCAPE_A4[0] - 34
    gap = 22
    colw = (R - L - gap) / 2
    pages = []

    def header(p, first):
        p.text(L, 28, "(Translation)", "Times-Italic", 8.5)
        p.text(p.w / 2, 40, inst.name.upper(), FB, 13, "center")
        p.text(p.w / 2, 57, "ACADEMIC TRANSCRIPT", FB, 12, "center")
        y = 76
        if first:
            p.pieces(y, [(L, f"Name: {name}", "left"), (L + 260, f"Student ID No.: {s.student_no}", "left"),
                         (L + 480, f"Date of Birth: {jp_ymd(s.dob)}", "left")], F, 8.5); y += 11
            p.pieces(y, [(L, f"Faculty: {fac}", "left"), (L + 260, f"{dept}", "left"),
                         (L + 480, f"Degree: {deg}", "left")], F, 8.5); y += 11
            p.pieces(y, [(L, f"Date of Admission: {jp_ymd(s.admitted)}", "left"),
                         (L + 480, f"Date of Graduation: {jp_ymd(s.conferred)}", "left")], F, 8.5); y += 10
            p.text(L, y, "Grading: S (90-100), A (80-89), B (70-79), C (60-69) = Pass; D (0-59) = Fail. One credit = "
                   "45 hours of study including preparation and review.", "Times-Italic", 7.3); y += 4
        else:
            p.pieces(y, [(L, f"Name: {name}", "left"), (L + 260, f"Student ID No.: {s.student_no}", "left")], F, 8.5)
            y += 6
        p.hline(L, R, y, 0.9)
        return y + 14

    slots = []

    def next_slot():
        if not slots or slots[-1][1] > L:
            p = Page(LANDSCAPE_A4)
            pages.append(p)
            top = header(p, len(pages) == 1)
            slots.append((p, L, top))
        else:
            p, _, top = slots[-1]
            slots.append((p, L + colw + gap, top))
        p, x, top = slots[-1]
        return p, x, top

    bottom = LANDSCAPE_A4[1] - 60
    groups = {}
    for t in s.terms:
        for r in t.results:
            groups.setdefault(r.code[:2], []).append((t, r))
    out = []
    total = 0
    p, x, y = next_slot()

    def colhead(p, x, y, title):
        p.rect(x, y - 9, colw, 12, 0.5, 0, fill=0.9)
        p.text(x + 4, y, title, FB, 8.5)
        y += 12
        p.pieces(y, [(x + 4, "Course Title", "left"), (x + colw - 96, "Year", "center"),
                     (x + colw - 54, "Credits", "center"), (x + colw - 16, "Grade", "center")], FB, 7.8)
        p.hline(x, x + colw, y + 3, 0.4)
        return y + 12

    for g in ORDER:
        rows = sorted(groups.get(g, []), key=lambda tr: (tr[0].year, tr[0].key))
        if not rows:
            continue
        if y + 40 > bottom:
            p, x, y = next_slot()
        y = colhead(p, x, y, HEAD[g])
        cr = 0
        for t, r in rows:
            lines = wrap(r.spec.title, F, 7.6, colw - 130)
            if y + 8.7 * len(lines) > bottom:
                p, x, y = next_slot()
                y = colhead(p, x, y, HEAD[g] + " (continued)")
            sc = score(r)
            c = int(r.spec.credits)
            yr = str(t.start_year)
            p.pieces(y, [(x + 4, lines[0], "left"), (x + colw - 96, yr, "center"), (x + colw - 54, str(c), "center"),
                         (x + colw - 16, letter(sc), "center")], F, 7.6)
            for ln in lines[1:]:
                y += 8.5
                p.text(x + 12, y, ln, F, 7.6)
            y += 8.7
            cr += c
            out.append(course_truth(r, yr, c, letter(sc), "semester", title=" ".join(lines), code=None))
        p.hline(x, x + colw, y - 6, 0.4)
        p.text(x + colw - 4, y + 2, f"Credits earned in this category: {cr}", FB, 8, "right")
        y += 17
        total += cr
    if y + 16 > bottom:
        p, x, y = next_slot()
    p.text(x + colw - 4, y + 2, f"Total credits: {total}", FB, 9.5, "right")
    last = pages[-1]
    yb = last.h - 34
    last.text(L, yb, f"Date of Issue: {jp_ymd(s.conferred)}", F, 8.5)
    last.text(R - 70, yb, f"{inst.extra['dean']}, Dean, {fac}", FB, 9, "right")
    place_image(last, R - 34, yb - 8, 50, 50, red_seal(rng, 50, square=True, star=False))
    for i, pg in enumerate(pages, 1):
        if len(pages) > 1:
            pg.text(pg.w / 2, pg.h - 20, f"{i} / {len(pages)}", F, 8, "center")
    return LayoutResult("transcript", "jp_two_column_categories", FAMILY, pages, [name], out, "semester",
                        {"prints_totals": True, "total_credits": total})


TRANSCRIPT_LAYOUTS = {"jp_two_column_categories": (jp_two_column_categories, FAMILY, ("JP",))}
