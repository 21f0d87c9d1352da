"""Writer G, round 4: diplomas and employment letters for ZW, SD, ID, MM and PH.

senate_degree_certificate (ZW, SD): ZW Commonwealth scroll "The Senate of the University ...
    hereby certifies that ... having completed the approved programme of study and passed the
    prescribed examinations was admitted to the degree of BACHELOR OF SCIENCE HONOURS IN MEDICAL
    LABORATORY SCIENCES ... Upper Second Class Division ... Given under the Seal of the University
    on the 7th day of October 2019"; SD "DEGREE CERTIFICATE", the Arabic text (Bismillah, university,
    certificate title, senate sentence, degree; drawn as pictures) above the English, serial number,
    division, and the Gregorian date only "conferred on 14 March 2021".
ijazah_convocation (ID, MM): ID "IJAZAH" bilingual, Indonesian then English in italics, national
    diploma number, photo box, "... dan kepadanya diberikan gelar SARJANA TERAPAN KESEHATAN
    (S.Tr.Kes.) ... Diberikan di Surabaya pada tanggal 28 Agustus 2020 / Given in Surabaya on 28
    August 2020"; MM landscape "This is to certify that ... has been conferred the Degree of
    Bachelor of Medical Technology (B.Med.Tech) by the University ... at the Convocation held on
    18th February 2018".
coe_two_signers (ZW, SD, PH): "CERTIFICATE OF EMPLOYMENT" "This is to certify that Ms. ... has
    been employed as ... at the Department of Pathology and Laboratory Medicine of ... from June 1,
    2019 up to present", the sections either as a list with months ("Hematology - 8 months; ...")
    or a sentence, "This certification is issued upon the request of ... for whatever legal
    purpose it may serve.", "Chief Medical Technologist" and "Pathologist" signing side by side.
service_form (ID, MM): ID "SURAT KETERANGAN KERJA / Certificate of Employment" and MM
    "Recommendation and Service Certificate": a label : value block (Name, NIP / Staff No.,
    Position, Unit "Instalasi Laboratorium Klinik (Hematologi, Kimia Klinik)", Start of Service
    "01-03-2019", End of Service "-" or a date, Working hours "40 jam/minggu (40 hours/week)") and
    a closing paragraph.
"""

import zlib

from .. import dates as D
from ..layouts_letter import hours_sentence
from ..layouts_transcript import LayoutResult
from ..names import name_form
from ..pagekit import A4, LANDSCAPE_A4, LETTER, Page, wrap
from .r4_g_arabic import arabic_line
from .r4_g_common import FAMILY, photo_box, rubber_stamp
from .r4_g_id import BULAN, id_birthplace, id_pin, tgl
from .r4_g_mm import mm_father
from .r4_g_sd import sd_division
from .r4_g_zw import zw_class


def _c(p, y, s, font, size, max_w, leading=None):
    for ln in wrap(s, font, size, max_w):
        p.text(p.w / 2, y, ln, font, size, "center")
        y += leading or size * 1.4
    return y


def _k(*parts):
    return zlib.crc32(":".join(str(x) for x in parts).encode())


# --- diploma a: ZW / SD ---------------------------------------------------------------------------

def senate_degree_certificate(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    p = Page(A4)
    name = name_form(person, "natural")
    p.border(26, 1.6, 0.35)
    if inst.country == "ZW":
        p.logo(p.w / 2, 92, 26, 1, 0.3)
        y = 160
        p.text(p.w / 2, y, inst.name.upper(), FB, 17 if len(inst.name) < 36 else 13.5, "center"); y += 48
        y = _c(p, y, "The Senate of the University hereby certifies that", FI, 14, 420)
        y += 18
        p.text(p.w / 2, y, name, FBI, 22, "center"); y += 40
        y = _c(p, y, "having completed the approved programme of study and passed the prescribed examinations "
               "was admitted to the degree of", FI, 14, 420, 20)
        y += 22
        y = _c(p, y, cur.title.upper(), FB, 15, 470, 20)
        y += 14
        cls = zw_class(s).split(" (")[0]
        cls = cls if cls == "Pass" else f"{cls} Division"
        p.text(p.w / 2, y, cls, FBI, 15, "center"); y += 44
        d = s.conferred
        printed = f"{D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]} {d.year}"
        y = _c(p, y, f"Given under the Seal of the University on the {printed}", FI, 13.5, 440)
        p.seal(p.w / 2, p.h - 150, 40)
        for x, who in ((150, "Vice-Chancellor"), (p.w - 150, "Registrar")):
            p.signature(x - 55, p.h - 112, 110, rng)
            p.hline(x - 70, x + 70, p.h - 108, 0.5)
            p.text(x, p.h - 96, who, FI, 11.5, "center")
        p.text(p.w - 60, p.h - 48, f"No. {s.student_no}", F, 8.5, "right")
        return LayoutResult("diploma", "senate_degree_certificate", FAMILY, [p], [name],
                            info={"conferred_printed": printed})
    # Sudan: the Arabic text (a picture, r4_g_arabic) above the English
    serial = f"{s.conferred.year}/{_k(s.student_no, 'sd') % 90000 + 10000}"
    p.pieces(62, [(60, f"Serial No.: {serial}", "left"), (p.w - 60, f"Index No.: {s.student_no}", "right")], F, 9.5)
    arabic_line(p, p.w / 2, 84, "بسم الله الرحمن الرحيم", 11)
    p.seal(p.w / 2, 122, 24, 0.35)
    y = 168
    arabic_line(p, p.w / 2, y, inst.extra["ar"], 16, bold=True); y += 24
    p.text(p.w / 2, y, inst.name.upper(), FB, 15 if len(inst.name) < 34 else 12.5, "center"); y += 30
    arabic_line(p, p.w / 2, y, "شهادة الدرجة الجامعية", 15, bold=True); y += 26
    p.text(p.w / 2, y, "DEGREE CERTIFICATE", FB, 17, "center"); y += 30
    fem = person.sex == "F"
    for ln in (("يشهد مجلس الأساتذة بأن " + ("الطالبة المذكورة أدناه قد استوفت" if fem else
                                               "الطالب المذكور أدناه قد استوفى")),
               "جميع متطلبات الدرجة وفق لوائح الجامعة ومنحت له درجة".replace("له", "لها" if fem else "له"),
               AR_DEG[cur.id]):
        arabic_line(p, p.w / 2, y, ln, 12.5, bold=ln == AR_DEG[cur.id]); y += 20
    p.hline(p.w / 2 - 120, p.w / 2 + 120, y - 6, 0.5, 0.4)
    y += 22
    y = _c(p, y, "The Senate of the University, on the recommendation of the Faculty Board of "
           f"{inst.extra['faculty'].replace('Faculty of ', '')}, certifies that", FI, 13.5, 430, 19)
    y += 16
    p.text(p.w / 2, y, name, FB, 20, "center"); y += 38
    y = _c(p, y, "having fulfilled all the requirements prescribed by the regulations of the University, has been "
           "awarded the degree of", FI, 13.5, 430, 19)
    y += 18
    y = _c(p, y, cur.title.upper(), FB, 14.5, 470, 20)
    y += 10
    p.text(p.w / 2, y, f"Division: {sd_division(s)}", FBI, 14, "center"); y += 40
    printed = D.long_dmy(s.conferred)
    p.text(p.w / 2, y, f"conferred on {printed}", FI, 14, "center")
    for x, who in ((150, "Vice-Chancellor"), (p.w - 150, "Secretary of Academic Affairs")):
        p.signature(x - 55, p.h - 120, 110, rng)
        p.hline(x - 80, x + 80, p.h - 116, 0.5)
        p.text(x, p.h - 104, who, FI, 11.5, "center")
    rubber_stamp(p, p.w / 2, p.h - 124, 44, 30)
    return LayoutResult("diploma", "senate_degree_certificate", FAMILY, [p], [name],
                        info={"conferred_printed": printed})


AR_DEG = {"sd_bsc_mls": "بكالوريوس العلوم مرتبة الشرف في علوم المختبرات الطبية",
          "sd_bsc_mic": "بكالوريوس العلوم مرتبة الشرف في الأحياء الدقيقة",
          "sd_bsc_nur": "بكالوريوس العلوم مرتبة الشرف في علوم التمريض"}


# --- diploma b: ID / MM ---------------------------------------------------------------------------

ID_GELAR = {"id_tlm": "SARJANA TERAPAN KESEHATAN (S.Tr.Kes.)", "id_bio": "SARJANA SAINS (S.Si.)",
            "id_ners": "SARJANA KEPERAWATAN (S.Kep.)"}


def ijazah_convocation(s, person, rng):
    inst, cur = s.institution, s.curriculum
    if inst.country == "MM":
        return _mm_degree(s, person, rng)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    name = name_form(person, "caps")
    W = p.w
    p.border(22, 1.4, 0.4)
    p.pieces(54, [(50, f"Nomor Ijazah Nasional: {id_pin(s)}", "left"), (W - 50, f"NIM: {s.student_no}", "right")], F, 9)
    p.logo(W / 2, 70, 22, 0, 0.3)
    y = 116
    p.text(W / 2, y, inst.name.upper(), FB, 16, "center"); y += 26
    p.text(W / 2, y, "IJAZAH", FB, 24, "center"); y += 24
    p.text(W / 2, y, "dengan ini menyatakan bahwa / hereby certifies that", FI, 11.5, "center"); y += 28
    p.text(W / 2, y, name, FB, 18, "center"); y += 24
    dob_id, dob_en = tgl(s.dob), tgl(s.dob, en=True)
    pob = id_birthplace(s)
    p.text(W / 2, y, f"lahir di {pob}, tanggal {dob_id} / born in {pob}, on {dob_en}", F, 11, "center"); y += 22
    prodi = cur.title.replace("Sarjana Terapan ", "").split(" (")[0]
    y = _c(p, y, f"telah menyelesaikan dan memenuhi segala syarat pendidikan pada Program Studi {prodi} "
           f"dan kepadanya diberikan gelar", F, 11.5, 600, 15)
    en = {"id_tlm": "Medical Laboratory Technology (Applied Bachelor)", "id_bio": "Biology", "id_ners": "Nursing"}[cur.id]
    y = _c(p, y, f"has completed and fulfilled all the academic requirements of the {en} study programme and is "
           f"awarded the degree", FI, 11, 600, 15)
    y += 8
    p.text(W / 2, y, ID_GELAR[cur.id], FB, 16, "center"); y += 22
    y = _c(p, y, "beserta segala hak dan kewajiban yang melekat pada gelar tersebut / with all the rights and "
           "obligations attached to the degree", FI, 10.5, 620, 14)
    y += 10
    d = s.conferred
    printed = f"{d.day} {BULAN[d.month - 1]} {d.year}"
    p.text(W / 2, y, f"Diberikan di {inst.city} pada tanggal {printed} / Given in {inst.city} on "
           f"{tgl(d, en=True)}", F, 11, "center")
    photo_box(p, W / 2 - 30, p.h - 150, 60, 80)
    sx = W - 190
    p.text(sx, p.h - 132, "Direktur / Director" if "Politeknik" in inst.name else "Rektor / Rector", F, 10.5, "center")
    p.signature(sx - 55, p.h - 86, 110, rng)
    p.circle(sx - 60, p.h - 100, 26, 0.9, 0.5)
    p.text(sx, p.h - 72, rng.choice(["dr. Agus Triwibowo, M.Kes.", "Prof. Dr. Hasanuddin Lantara"]), FB, 10.5, "center")
    p.text(sx, p.h - 60, f"NIP {19640000 + _k(inst.name) % 9999} 199103 1 00{_k(inst.name) % 9}", F, 9, "center")
    return LayoutResult("diploma", "ijazah_convocation", FAMILY, [p], [name],
                        info={"conferred_printed": printed})


def _mm_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    p = Page(LANDSCAPE_A4)
    W = p.w
    name = name_form(person, "natural")
    p.border(24, 1.8, 0.3)
    p.text(60, 62, f"Roll No. {s.student_no}", F, 9.5)
    p.seal(W / 2, 86, 30, 0.35)
    y = 150
    p.text(W / 2, y, inst.name.upper(), FB, 18, "center"); y += 40
    p.text(W / 2, y, "This is to certify that", FI, 15, "center"); y += 36
    p.text(W / 2, y, name, FBI, 22, "center"); y += 22
    p.text(W / 2, y, f"(son of {mm_father(person)})" if person.sex == "M" else f"(daughter of {mm_father(person)})",
           FI, 11, "center"); y += 32
    p.text(W / 2, y, "has been conferred the Degree of", FI, 15, "center"); y += 32
    p.text(W / 2, y, cur.title, FB, 18, "center"); y += 32
    d = s.conferred
    printed = f"{D.ordinal_suffix(d.day)} {D.MONTHS[d.month - 1]} {d.year}"
    the = "the " if inst.name.startswith("University") else ""
    y = _c(p, y, f"by {the}{inst.name} at the Convocation held on {printed}.", FI, 14, 640, 19)
    for x, who in ((190, "Rector"), (W - 190, "Chairman, Board of Examiners")):
        p.signature(x - 55, p.h - 80, 110, rng)
        p.hline(x - 85, x + 85, p.h - 76, 0.5)
        p.text(x, p.h - 62, who, FI, 11.5, "center")
    return LayoutResult("diploma", "ijazah_convocation", FAMILY, [p], [name], info={"conferred_printed": printed})


# --- letter c: certificate of employment, two signers -------------------------------------------

def _months(job, as_of):
    end = job.end or job.letter_date
    return max(1, (end.year - job.start.year) * 12 + end.month - job.start.month + (1 if end.day >= job.start.day else 0))


def coe_two_signers(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(LETTER if c == "PH" else A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 64, p.w - 64
    dfmt = D.long_mdy if c == "PH" else D.long_dmy
    hon = person.honorific("Ms.")
    nm = job.name_override or name_form(person, "natural_initial" if c == "PH" else "natural")
    p.logo(L + 10, 56, 20, _k(emp.name) % 3)
    p.text(p.w / 2 + 16, 48, emp.name.upper(), FB, 14 if len(emp.name) < 36 else 11.5, "center")
    p.text(p.w / 2 + 16, 62, f"{emp.street}, {emp.city}", F, 9, "center")
    p.text(p.w / 2 + 16, 74, f"Tel. {emp.phone} | {emp.email}", F, 9, "center")
    p.text(p.w / 2 + 16, 90, "DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE", FB, 9.5, "center")
    p.hline(L - 14, R + 14, 97, 1.0)
    y = 140
    p.text(p.w / 2, y, "CERTIFICATE OF EMPLOYMENT", FB, 16, "center"); y += 44
    p.text(L, y, "TO WHOM IT MAY CONCERN:", FB, 11); y += 28
    since = dfmt(job.start)
    period = f"from {since} up to present" if job.end is None else f"from {since} to {dfmt(job.end)}"
    verb = "has been employed" if job.end is None else "was employed"
    emp_of = emp.name if emp.kind != "lab" else f"the {emp.name}"
    y = p.paragraph(L, y, f"This is to certify that {hon} {nm} {verb} as {job.position} at the Department of "
                    f"Pathology and Laboratory Medicine of {emp_of} {period}. "
                    f"{hours_sentence(job, person, 'present' if job.end is None else 'past')}",
                    F, 11, R - L, 16) + 10
    listed = bool(job.departments) and _k(emp.name, person.given, job.start) % 2 == 0
    if listed:
        y = p.paragraph(L, y, f"During {person.pronoun('poss')} employment, {person.pronoun('subj')} was rotated in "
                        "the following sections:", F, 11, R - L, 16) + 4
        total, n = _months(job, as_of), len(job.departments)
        share = [total // n + (1 if i < total % n else 0) for i in range(n)]
        for dep, m in zip(job.departments, share):
            p.text(L + 30, y, f"{dep} \u2013 {m} month{'s' if m != 1 else ''};", F, 11)
            y += 15
        y += 8
    elif job.departments:
        y = p.paragraph(L, y, f"{person.pronoun('subj').capitalize()} performed routine and special laboratory "
                        f"examinations in {', '.join(job.departments[:-1]) + ' and ' if len(job.departments) > 1 else ''}"
                        f"{job.departments[-1]}.", F, 11, R - L, 16) + 10
    tail = f"{hon} {person.surname if not job.surname_override else job.surname_override}"
    y = p.paragraph(L, y, f"This certification is issued upon the request of {tail} for whatever legal purpose it "
                    "may serve.", F, 11, R - L, 16) + 10
    ld = job.letter_date
    where = f"{emp.city}, Philippines" if c == "PH" else emp.city
    y = p.paragraph(L, y, f"Issued this {D.ordinal_suffix(ld.day)} day of {D.MONTHS[ld.month - 1]} {ld.year} at "
                    f"{where}.", F, 11, R - L, 16) + 60
    other = ["Dr. Corazon V. Lapitan, MD, FPSP", "Dr. Ramon G. Ilagan, MD, FPSP"] if c == "PH" else \
        ["Dr. Farai Musonza, MBChB, MMed (Path)", "Dr. Samia Elsir, MBBS, MD (Path)"]
    path = other[_k(emp.name) % 2] if c != "SD" else "Dr. Samia Elsir, MBBS, MD (Path)"
    if c == "ZW":
        path = "Dr. Farai Musonza, MBChB, MMed (Path)"
    cx = [L + 100, R - 100]
    for x in cx:
        p.signature(x - 55, y - 14, 110, rng)
    p.pieces(y, [(cx[0], job.signer, "center"), (cx[1], path, "center")], FB, 10)
    p.pieces(y + 13, [(cx[0], "Chief Medical Technologist", "center"), (cx[1], "Pathologist", "center")], F, 10)
    rubber_stamp(p, p.w / 2, y - 8, 40, 26)
    p.text(L, p.h - 40, "Not valid without the dry seal of the hospital.", FI, 7.5)
    return LayoutResult("employment_letter", "coe_two_signers", FAMILY, [p], [f"{hon} {nm}"],
                        info={"date_style": "long_mdy" if c == "PH" else "long_dmy", "rotation_months": listed})


# --- letter d: service form (ID / MM) -------------------------------------------------------------

def _hours_value(job, lang):
    h, st = job.hours, job.hours_style
    if lang == "id":
        return {"hours": f"{h} jam/minggu ({h} hours/week)", "fulltime_only": "Penuh waktu (Full-time)",
                "fulltime_hours": f"Penuh waktu, {h} jam/minggu (full-time, {h} hours/week)",
                "parttime_hours": f"Paruh waktu, {h} jam/minggu (part-time, {h} hours/week)",
                "daily": f"Penuh waktu, 8 jam/hari, {h // 8} hari/minggu (full-time, 8 hours/day, {h // 8} days/week)"}[st]
    return {"hours": f"{h} hours per week", "fulltime_only": "Full-time",
            "fulltime_hours": f"Full-time ({h} hours per week)", "parttime_hours": f"Part-time ({h} hours per week)",
            "daily": f"Full-time, 8 hours a day, {h // 8} days a week"}[st]


def service_form(job, person, rng, as_of):
    emp = job.employer
    c = emp.country
    p = Page(A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R = 60, A4[0] - 60
    nm = job.name_override or name_form(person, "caps" if c == "ID" else "natural")
    p.logo(L + 16, 58, 22, _k(emp.name) % 3)
    top = "PEMERINTAH PROVINSI" if c == "ID" and emp.name.startswith("RSUD") else None
    y = 42
    if top:
        p.text(p.w / 2 + 20, y, f"{top} {emp.region.upper()}", F, 9.5, "center"); y += 13
    p.text(p.w / 2 + 20, y, emp.name.upper(), FB, 14 if len(emp.name) < 36 else 11.5, "center"); y += 13
    p.text(p.w / 2 + 20, y, f"{emp.street}, {emp.city}", F, 9, "center"); y += 11
    p.text(p.w / 2 + 20, y, f"Telp. {emp.phone} - Email: {emp.email}" if c == "ID" else
           f"Phone {emp.phone} - Email: {emp.email}", F, 9, "center"); y += 8
    p.hline(L - 10, R + 10, y, 1.6); p.hline(L - 10, R + 10, y + 2.5, 0.4)
    y += 34
    ds = D.dmy_dash
    deps = ", ".join(job.departments)
    if c == "ID":
        p.text(p.w / 2, y, "SURAT KETERANGAN KERJA", FB, 14, "center"); y += 14
        p.text(p.w / 2, y, "Certificate of Employment", FI, 11, "center"); y += 14
        p.text(p.w / 2, y, f"Nomor: 445/{_k(nm) % 900 + 100}/{emp.name.split()[0].upper()}/{job.letter_date.year}",
               F, 10, "center"); y += 30
        y = p.paragraph(L, y, "Yang bertanda tangan di bawah ini menerangkan bahwa / The undersigned hereby certifies "
                        "that:", F, 10.5, R - L, 15) + 6
        unit = "Instalasi Laboratorium Klinik" if emp.kind != "lab" else "Laboratorium Klinik"
        rows = [("Nama / Name", nm), ("NIP / Staff No.", f"{job.start.year}{_k(nm, 'nip') % 10 ** 8:08d}"),
                ("Jabatan / Position", job.position),
                ("Unit Kerja / Unit", f"{unit} ({deps})" if deps else unit),
                ("Mulai Bekerja / Start of Service", ds(job.start)),
                ("Akhir Bekerja / End of Service", "-" if job.end is None else ds(job.end)),
                ("Jam Kerja / Working Hours", _hours_value(job, "id"))]
        close = ("Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana "
                 "mestinya. / This certificate is issued truthfully, to be used as appropriate.")
        place = f"{emp.city}, {tgl(job.letter_date)}"
        role = "Direktur / Director" if emp.kind != "lab" else "Penanggung Jawab Laboratorium / Laboratory Director"
    else:
        p.text(p.w / 2, y, "RECOMMENDATION AND SERVICE CERTIFICATE", FB, 14, "center"); y += 16
        p.text(p.w / 2, y, f"Letter No. {_k(nm) % 900 + 100}/Admin/{job.letter_date.year}", F, 10, "center"); y += 30
        y = p.paragraph(L, y, "This is to certify that the following staff member "
                        f"{'is serving' if job.end is None else 'served'} at this institution:", F, 10.5, R - L, 15) + 6
        unit = "Laboratory Department"
        rows = [("Name", nm), ("Father's Name", mm_father(person)), ("Staff No.", f"MOHS/{_k(nm, 's') % 90000 + 10000}"),
                ("Position", job.position), ("Unit", f"{unit} ({deps})" if deps else unit),
                ("Start of Service", ds(job.start)), ("End of Service", "-" if job.end is None else ds(job.end)),
                ("Working Hours", _hours_value(job, "en"))]
        he = person.pronoun("subj")
        close = (f"During {person.pronoun('poss')} service {he} has shown good character and conduct and is diligent in "
                 f"{person.pronoun('poss')} duties. {he.capitalize()} is recommended for further studies and employment.")
        place = f"{emp.city}, {D.ordinal_suffix(job.letter_date.day)} {D.MONTHS[job.letter_date.month - 1]} {job.letter_date.year}"
        role = "Medical Superintendent" if emp.kind != "lab" else "Laboratory Director"
    for a, b in rows:
        lines = wrap(b, FB, 10.5, R - L - 196)
        p.pieces(y, [(L + 12, a, "left", F, 10.5), (L + 184, ":", "left", F, 10.5), (L + 196, lines[0], "left")], FB, 10.5)
        for ln in lines[1:]:
            y += 14
            p.text(L + 196, y, ln, FB, 10.5)
        y += 18
    y += 6
    y = p.paragraph(L, y, close, F, 10.5, R - L, 15) + 28
    sx = R - 100
    p.text(sx, y, place, F, 10.5, "center"); y += 14
    p.text(sx, y, role, F, 10.5, "center"); y += 56
    p.signature(sx - 55, y - 14, 110, rng)
    rubber_stamp(p, sx - 70, y - 24, 38, 26)
    p.text(sx, y, job.signer, FB, 10.5, "center")
    if c == "ID":
        p.text(sx, y + 13, f"NIP {19700000 + _k(job.signer) % 9999} 199803 2 00{_k(job.signer) % 9}", F, 9.5, "center")
    return LayoutResult("employment_letter", "service_form", FAMILY, [p], [nm],
                        info={"date_style": "dmy_dash"})


DIPLOMA_LAYOUTS = {"senate_degree_certificate": (senate_degree_certificate, FAMILY, ("ZW", "SD")),
                   "ijazah_convocation": (ijazah_convocation, FAMILY, ("ID", "MM"))}
LETTER_LAYOUTS = {"coe_two_signers": (coe_two_signers, FAMILY, ("ZW", "SD", "PH")),
                  "service_form": (service_form, FAMILY, ("ID", "MM"))}
