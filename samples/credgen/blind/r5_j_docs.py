"""Writer J, round 5: the two diplomas.

`r5j_eg_iq_certificate` (EG, IQ). EG: portrait A4, the university's name in Arabic (a picture) over
"Arab Republic of Egypt" and the English name, "The President of ... certifies that <NAME>, Egyptian,
... has been granted the degree of <title> with General Grade 'Very Good' in the May 2019 session.",
"Date of University Council approval: 15/07/2019" (the same general grade as the statement of
grades). IQ: "Republic of Iraq - Ministry of Higher Education and Scientific Research" in English and
Arabic, "GRADUATION CERTIFICATE", a photograph, "To whom it may concern: ... graduated from the
Department of Medical Laboratory Techniques in the academic year 2018-2019, first round, with an
average of (73.12%) and an estimate of (Good) ... University Order No. .. dated 21/7/2019 ... Issued on
12/9/2019" (dates without zero padding; the order date is the conferral).

`r5j_vn_ec_pk_degree` (VN, EC, PK). VN: landscape, the bilingual title "BẰNG CỬ NHÂN / THE DEGREE OF
BACHELOR" across the top, then two columns, English left and Vietnamese right, "Degree classification:
Credit" / "Xếp loại tốt nghiệp: Khá", "Hanoi, 15 July 2020" / "Hà Nội, ngày 15 tháng 7 năm 2020", serial
and register numbers. EC: "REPÚBLICA DEL ECUADOR", "... confiere el título de LICENCIADA EN LABORATORIO
CLÍNICO a ...", "Registro SENESCYT 1005-2019-2087654", "Quito, 23 de septiembre de 2019". PK: "... the
degree of Bachelor of Science (Hons) in Medical Laboratory Technology ... having passed the examination
held in 2019 and placed in the First Division ... Dated: 14-02-2020"."""

import datetime

from .. import dates as D
from .. import fonts
from ..layouts_transcript import LayoutResult
from ..names import SIGNERS, name_form
from ..pagekit import A4, LANDSCAPE_A4, Page, wrap
from . import r1_a_kit as KIT
from . import r1_b_common as B
from .r1_b_vn import DEGREE_VN, vn_name
from .r4_g_arabic import arabic_line
from .r5_j_common import FAMILY, dmy, key
from .r5_j_ec import CARRERA
from .r5_j_eg import AR_NAMES, FACULTY, eg_cumulative
from .r5_j_iq import COLLEGE, estimate, iq_graduation, pc
from .r5_j_pk import pk_cgpa
from .r5_j_vn import vn_cgpa

ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
VN_CLASS_EN = {"Xuất sắc": "High Distinction", "Giỏi": "Distinction", "Khá": "Credit", "Trung bình": "Pass",
               "Yếu": "Pass"}


def _par(p, y, s, font, size, w, lead, x=None):
    for ln in wrap(s, font, size, w):
        p.text(p.w / 2 if x is None else x, y, ln, font, size, "center" if x is None else "left")
        y += lead
    return y


def eg_iq_certificate(s, person, rng):
    return (_iq if s.institution.country == "IQ" else _eg)(s, person, rng)


def _eg(s, person, rng):
    inst, cur = s.institution, s.curriculum
    faculty = FACULTY[cur.id][0]
    p = Page(A4)
    p.border(24, 1.6, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    arabic_line(p, p.w / 2, 78, AR_NAMES.get(inst.name, "جامعة"), 17, bold=True)
    y = 112
    p.text(p.w / 2, y, "Arab Republic of Egypt", FI, 11, "center"); y += 17
    p.text(p.w / 2, y, inst.name, FB, 19, "center"); y += 17
    p.text(p.w / 2, y, faculty, F, 12, "center"); y += 40
    p.seal(p.w / 2, y + 4, 26, 0.6); y += 56
    p.text(p.w / 2, y, "The President of the University certifies that", FI, 13, "center"); y += 30
    name = name_form(person, "caps")
    p.text(p.w / 2, y, name, FB, 17, "center"); y += 22
    p.text(p.w / 2, y, f"Nationality: Egyptian — Date of Birth: {D.dmy_slash(s.dob)}", F, 11, "center"); y += 28
    _, pcn, word = eg_cumulative(s)
    sess = f"{'May' if s.conferred.month >= 5 else 'January'} {s.conferred.year}"
    y = _par(p, y, f"having completed the requirements of the programme of study at the {faculty}, "
             f"has been granted the degree of {cur.title} with General Grade '{word}' in the {sess} session.",
             F, 13, 420, 19)
    y += 18
    conf = D.dmy_slash(s.conferred)
    p.text(p.w / 2, y, f"Date of University Council approval: {conf}", FB, 12, "center"); y += 18
    p.text(p.w / 2, y, f"Certificate No. {key(s, 'cert') % 90000 + 10000} / {s.conferred.year}", F, 10, "center")
    s1, s2 = rng.sample(SIGNERS["EG"], 2)
    yb = p.h - 96
    p.signature(80, yb - 14, 100, rng)
    p.signature(p.w - 190, yb - 14, 100, rng)
    p.pieces(yb, [(130, s1, "center"), (p.w - 135, s2, "center")], F, 10)
    p.pieces(yb + 12, [(130, "Dean of the Faculty", "center"), (p.w - 135, "President of the University", "center")], FI, 10)
    return LayoutResult("diploma", "r5j_eg_iq_certificate", FAMILY, [p], [name],
                        info={"conferred_printed": conf, "general_grade": word})


def _iq(s, person, rng):
    inst, cur = s.institution, s.curriculum
    college, dept = COLLEGE[cur.id]
    p = Page(A4)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 56, p.w - 56
    y = 50
    for ln, f in (("Republic of Iraq", FB), ("Ministry of Higher Education and Scientific Research", F),
                  (inst.name, FB), (college, F)):
        p.text(L, y, ln, f, 10); y += 12.5
    ya = 52
    for ln in ("جمهورية العراق", "وزارة التعليم العالي والبحث العلمي", inst.extra["ar"]):
        arabic_line(p, R - 80, ya, ln, 10.5, bold=True); ya += 16
    y += 8
    p.pieces(y, [(L, f"No.: {key(s, 'no') % 9000 + 1000}", "left"), (R, f"Date: {dmy(s.conferred)}", "right")], F, 10)
    p.hline(L, R, y + 8, 0.8)
    y += 44
    p.text(p.w / 2, y, "GRADUATION CERTIFICATE", FB, 17, "center"); y += 6
    p.hline(p.w / 2 - 100, p.w / 2 + 100, y, 0.8)
    from .r4_g_common import photo_box
    photo_box(p, R - 74, y + 14, 70, 88)
    y += 40
    p.text(L, y, "To whom it may concern:", FB, 12); y += 26
    name = name_form(person, "natural")
    g, rnd, _, _ = iq_graduation(s)
    conf = dmy(s.conferred)
    order = f"{key(s, 'ord') % 9 + 1}/{key(s, 'ord2') % 9000 + 1000}"
    field = dept.replace("Department of ", "")
    he = "his" if person.sex == "M" else "her"
    body = [f"The {college} certifies that the student ({name}) graduated from the {dept} in the academic "
            f"year {s.conferred.year - 1}-{s.conferred.year}, {rnd} round, with an average of ({pc(g)}) and an "
            f"estimate of ({estimate(g)}), and was awarded the degree of Bachelor of Science in {field} by "
            f"University Order No. {order} dated {conf}.",
            "The duration of study is four academic years and the language of instruction is English.",
            f"This certificate was issued upon {he} request."]
    for par in body:
        for ln in wrap(par, F, 12, R - L - (84 if y < 330 else 0)):
            p.text(L, y, ln, F, 12); y += 18
        y += 8
    issued = s.conferred + datetime.timedelta(days=30 + key(s, "iss") % 40)
    y += 10
    p.text(L, y, f"Issued on {dmy(issued)}", FB, 11.5)
    yb = p.h - 110
    s1 = rng.choice(SIGNERS["IQ"])
    p.seal(L + 70, yb - 20, 30, 0.5)
    p.signature(R - 160, yb - 14, 110, rng)
    p.text(R - 105, yb, s1, FB, 11, "center")
    p.text(R - 105, yb + 13, "Dean of the College", FI, 11, "center")
    return LayoutResult("diploma", "r5j_eg_iq_certificate", FAMILY, [p], [name],
                        info={"conferred_printed": conf, "issued_printed": dmy(issued)})


def vn_ec_pk_degree(s, person, rng):
    c = s.institution.country
    if c == "VN":
        with fonts.use_scheme(B.vi_scheme()):
            return _vn(s, person, rng)
    return (_ec if c == "EC" else _pk)(s, person, rng)


def _vn(s, person, rng):
    inst, cur = s.institution, s.curriculum
    ex = inst.extra
    deg_vn, major_vn, major_en = DEGREE_VN[cur.id]
    p = Page(LANDSCAPE_A4)
    p.border(20, 2.0, 0.35)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W = p.w
    y = 64
    p.text(W / 2, y, "BẰNG CỬ NHÂN / THE DEGREE OF BACHELOR", FB, 18, "center"); y += 30
    _, _, cvn, _ = vn_cgpa(s)
    cen = VN_CLASS_EN[cvn]
    d = s.conferred
    name = vn_name(person, caps=False)
    hon_en = "Mr." if person.sex == "M" else "Ms."
    hon_vn = "Ông" if person.sex == "M" else "Bà"
    dob = f"{s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}"
    left = [("SOCIALIST REPUBLIC OF VIETNAM", FB, 11), ("Independence - Freedom - Happiness", FI, 10.5), ("", F, 6),
            (f"THE RECTOR OF {inst.name.upper()}", FB, 10.5), ("confers", FI, 11),
            ("THE DEGREE OF BACHELOR", FB, 14), (f"in {major_en}", FB, 12), ("upon", FI, 11),
            (f"{hon_en} {name}", FB, 14), (f"Date of birth: {dob}", F, 11),
            (f"Degree classification: {cen}", F, 11), ("Mode of study: Full-time", F, 11), ("", F, 6),
            (f"{inst.city}, {d.day} {D.MONTHS[d.month - 1]} {d.year}", FI, 11)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", FB, 11), ("Độc lập - Tự do - Hạnh phúc", FB, 10.5), ("", F, 6),
             (f"HIỆU TRƯỞNG {ex['vn'].upper()}", FB, 9.5), ("cấp", FI, 11),
             ("BẰNG CỬ NHÂN", FB, 14), (f"Ngành: {major_vn}", FB, 12), ("Cho", FI, 11),
             (f"{hon_vn} {name}", FB, 14), (f"Ngày sinh: {dob}", F, 11),
             (f"Xếp loại tốt nghiệp: {cvn}", F, 11), ("Hình thức đào tạo: Chính quy", F, 11), ("", F, 6),
             (f"{ex['city_vn']}, ngày {d.day} tháng {d.month} năm {d.year}", FI, 11)]
    for cx, col in ((W * 0.27, left), (W * 0.73, right)):
        yy = y
        for s_, f, sz in col:
            if s_:
                p.text(cx, yy, s_, f, sz, "center")
            yy += sz + 8
    p.vline(W / 2, y - 12, y + 300, 0.4, 0.5)
    yb = p.h - 70
    serial = f"{key(s, 'ser') % 900000 + 100000:06d}"
    reg = f"{key(s, 'reg') % 9000 + 1000}/{ex['abbr']}"
    p.pieces(yb, [(60, f"Số hiệu / Serial No.: {serial}", "left"), (60 + 230, f"Số vào sổ cấp bằng / Reg. No.: {reg}",
                                                                      "left")], F, 9)
    p.seal(W - 230, yb - 40, 28, 0.5)
    p.signature(W - 200, yb - 14, 100, rng)
    p.text(W - 150, yb, rng.choice(SIGNERS["VN"]), FB, 10, "center")
    return LayoutResult("diploma", "r5j_vn_ec_pk_degree", FAMILY, [p], [f"{hon_en} {name}"],
                        info={"conferred_printed": f"{d.day} {D.MONTHS[d.month - 1]} {d.year}", "classification": cvn})


def _ec(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(26, 1.8, 0.3)
    for i in range(5):
        p.wave_band(40, p.w - 40, 60 + i * 4, 3, 8, 0.3, 0.75, phase=i)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    y = 110
    p.text(p.w / 2, y, "REPÚBLICA DEL ECUADOR", FB, 13, "center"); y += 26
    p.text(p.w / 2, y, inst.name.upper(), FB, 18, "center"); y += 16
    p.text(p.w / 2, y, f"{inst.city} - Ecuador", FI, 11, "center"); y += 40
    y = _par(p, y, "En nombre de la República y por autoridad de la Ley, y en atención a que ha cumplido con todos "
             "los requisitos académicos y legales establecidos,", FI, 12.5, 420, 17)
    y += 14
    p.text(p.w / 2, y, "confiere el título de", FI, 13, "center"); y += 30
    t = f"{'LICENCIADA' if person.sex == 'F' else 'LICENCIADO'} EN {CARRERA[cur.id]}"
    p.text(p.w / 2, y, t, FB, 17, "center"); y += 30
    p.text(p.w / 2, y, "a", FI, 13, "center"); y += 28
    name = name_form(person, "caps")
    p.text(p.w / 2, y, name, FB, 18, "center"); y += 22
    p.text(p.w / 2, y, f"Cédula de ciudadanía N.° {s.student_no}", F, 11, "center"); y += 36
    y = _par(p, y, "con todos los derechos y prerrogativas que las leyes y reglamentos le conceden.", FI, 12.5, 420, 17)
    y += 16
    d = s.conferred
    reg = f"Registro SENESCYT {1000 + key(s, 'sen') % 60}-{d.year}-{2000000 + key(s, 'sen2') % 900000}"
    p.text(p.w / 2, y, reg, F, 11, "center"); y += 22
    date = f"{inst.city}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    p.text(p.w / 2, y, date, FI, 12, "center")
    s1, s2 = rng.sample(SIGNERS["EC"], 2)
    yb = p.h - 100
    p.seal(p.w / 2, yb - 16, 28, 0.55)
    p.signature(70, yb - 14, 100, rng)
    p.signature(p.w - 190, yb - 14, 100, rng)
    p.pieces(yb, [(130, s1, "center"), (p.w - 135, s2, "center")], F, 9)
    p.pieces(yb + 12, [(130, "RECTOR", "center"), (p.w - 135, "SECRETARIO GENERAL", "center")], FB, 9)
    return LayoutResult("diploma", "r5j_vn_ec_pk_degree", FAMILY, [p], [name],
                        info={"conferred_printed": date, "senescyt": reg})


def _pk(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(A4)
    p.border(24, 2.0, 0.3)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    y = 66
    p.pieces(y, [(56, f"Serial No. {key(s, 'ser') % 900000 + 100000}", "left"),
                 (p.w - 56, f"Registration No. {s.student_no}", "right")], F, 9.5)
    p.logo(p.w / 2, 110, 24, 1)
    y = 166
    p.text(p.w / 2, y, inst.name, FB, 19 if len(inst.name) < 42 else 16, "center"); y += 18
    p.text(p.w / 2, y, f"{inst.city}, Pakistan", FI, 11, "center"); y += 44
    name = name_form(person, "caps")
    father = KIT.father_name(person)
    so = KIT.so_do(person)
    _, cg = pk_cgpa(s)
    div = "First Division" if cg >= "3.00" else "Second Division" if cg >= "2.50" else "Third Division"
    deg = "Medical Laboratory Technology" if cur.id == "pk_bs_mlt" else cur.title.split(" in ")[-1]
    p.text(p.w / 2, y, "It is hereby certified that", FI, 13, "center"); y += 30
    p.text(p.w / 2, y, name, FB, 17, "center"); y += 20
    p.text(p.w / 2, y, f"{so} {father}", FI, 12, "center"); y += 30
    y = _par(p, y, f"having passed the examination held in {s.conferred.year} and placed in the {div} has been "
             f"admitted to the degree of", FI, 13, 420, 18)
    y += 12
    p.text(p.w / 2, y, f"Bachelor of Science (Hons) in {deg}", FB, 15, "center"); y += 26
    y = _par(p, y, f"with CGPA {cg} out of 4.00, under the semester system of the Higher Education Commission.",
             FI, 12, 420, 17)
    y += 20
    conf = D.dmy_dash(s.conferred)
    p.text(56, y, f"Dated: {conf}", FB, 12)
    yb = p.h - 96
    p.seal(p.w / 2, yb - 20, 30, 0.55)
    p.signature(70, yb - 14, 100, rng)
    p.signature(p.w - 190, yb - 14, 100, rng)
    p.pieces(yb, [(125, "Controller of Examinations", "center"), (p.w - 125, "Vice-Chancellor", "center")], F, 10)
    return LayoutResult("diploma", "r5j_vn_ec_pk_degree", FAMILY, [p], [name],
                        info={"conferred_printed": conf, "division": div})


DIPLOMA_LAYOUTS = {"r5j_eg_iq_certificate": (eg_iq_certificate, FAMILY, ("EG", "IQ")),
                   "r5j_vn_ec_pk_degree": (vn_ec_pk_degree, FAMILY, ("VN", "EC", "PK"))}
