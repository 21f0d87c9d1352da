"""Writer B, round 1: the Vietnamese / Korean diploma and the JM / KR / VN employment letter.

`two_panel_diploma` (VN, KR): landscape diploma in two panels, the left one in the local
language (Vietnamese with diacritics; Korean in Latin transliteration, as no Hangul font is
embedded), the right one in English: "THE RECTOR OF ... confers THE DEGREE OF BACHELOR upon
Ms. ..., Date of birth: 14/02/1998, Major: Medical Laboratory Technology, Ranking: Good, Mode of
study: Full-time, Ho Chi Minh City, 20 July 2020"; "Số hiệu / Serial No." and "Reg. No." at the
bottom.

`hr_verification_table_letter` (JM, KR, VN): an employment verification letter on letterhead
with a small table `Position | From | To | Status`: two rows when the employee was promoted at
the same employer (the truth keeps one job with the later title, from the first start), and
"Employment status: part-time, three 8-hour shifts per week" for part-timers; signed by the
HR manager.
"""

import datetime

from .. import dates as D
from .. import fonts
from ..layouts_transcript import LayoutResult
from ..names import SIGNERS, strip_accents
from ..pagekit import A4, LANDSCAPE_A4, LETTER, Page, wrap
from . import r1_b_common as B
from . import r1_b_kr as KR
from . import r1_b_vn as VN


def two_panel_diploma(s, person, rng):
    if s.institution.country == "VN":
        with fonts.use_scheme(B.vi_scheme()):
            return _two_panel(s, person, rng)
    return _two_panel(s, person, rng)


def _two_panel(s, person, rng):
    inst, cur = s.institution, s.curriculum
    vn = inst.country == "VN"
    p = Page(LANDSCAPE_A4)
    FR, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    mid = p.w / 2
    p.rect(20, 20, p.w - 40, p.h - 40, 2.0, 0.35)
    p.rect(26, 26, p.w - 52, p.h - 52, 0.5, 0.5)
    p.vline(mid, 40, p.h - 40, 0.8, 0.5)
    L, R = mid / 2, mid + mid / 2
    hon = "Ms." if person.sex == "F" else "Mr."
    cd = s.conferred
    serial = f"{rng.choice(['A', 'B', 'QA'])}{rng.randint(100000, 999999)}"
    reg = f"{cd.year}/{rng.randint(100, 9999):04d}"
    if vn:
        ex = inst.extra
        rank_vn, rank_en = VN.vn_rank(s)
        deg_vn, major_vn, major_en = VN.DEGREE_VN[cur.id]
        local_name = VN.vn_name(person, caps=False)
        en_name = strip_accents(local_name)
        left = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", FB, 10.5), ("Độc lập - Tự do - Hạnh phúc", FB, 10),
                ("", FR, 8), (f"HIỆU TRƯỞNG {ex['vn'].upper().replace('TRƯỜNG ', '', 1)}", FB, 10),
                ("cấp", FI, 11), ("BẰNG CỬ NHÂN", FB, 20), (f"Ngành: {major_vn}", FB, 12),
                (f"Cho: {'Bà' if person.sex == 'F' else 'Ông'} {local_name}", FB, 12),
                (f"Ngày sinh: {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}", FR, 11),
                (f"Xếp loại tốt nghiệp: {rank_vn}", FR, 11), ("Hình thức đào tạo: Chính quy", FR, 11),
                ("", FR, 8), (f"{ex['city_vn']}, ngày {cd.day} tháng {cd.month} năm {cd.year}", FI, 11),
                ("HIỆU TRƯỞNG", FB, 11)]
        city_en = {"Đà Nẵng": "Da Nang", "Cần Thơ": "Can Tho", "Hà Nội": "Ha Noi"}[ex["city_vn"]]
        right = [("SOCIALIST REPUBLIC OF VIETNAM", FB, 10.5), ("Independence - Freedom - Happiness", FB, 10),
                 ("", FR, 8), (f"THE RECTOR OF {inst.name.upper()}", FB, 10 if len(inst.name) < 40 else 9),
                 ("confers", FI, 11), ("THE DEGREE OF BACHELOR", FB, 18), (f"Major: {major_en}", FB, 12),
                 (f"upon: {hon} {en_name}", FB, 12),
                 (f"Date of birth: {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}", FR, 11),
                 (f"Ranking: {rank_en}", FR, 11), ("Mode of study: Full-time", FR, 11), ("", FR, 8),
                 (f"{city_en}, {D.long_dmy(cd)}", FI, 11), ("RECTOR", FB, 11)]
        names = [local_name, f"{hon} {en_name}"]       # "Bà"/"Ông" (Mrs./Mr.) left out of the record
        foot = [(f"Số hiệu / Serial No.: {serial}", f"Số vào sổ cấp bằng / Reg. No.: {reg}")]
        conf = D.long_dmy(cd)
    else:
        college, dept = KR.DEPT[cur.id]
        major = dept.replace("Department of ", "")
        kname = f"{person.surname} {person.given}"
        rom = {"kr_bs_bls": "Imsang Byeongri-hak", "kr_bs_life": "Saengmyeong Gwahak",
               "kr_bsn": "Ganho-hak"}[cur.id]
        field = {"kr_bs_bls": "Bogeon-hak Haksa", "kr_bs_life": "Ihak Haksa", "kr_bsn": "Ganho-hak Haksa"}[cur.id]
        left = [(f"Je {reg.replace('/', '-')} Ho", FR, 10), ("", FR, 8), ("HAKWI-JEUNG", FB, 20), ("", FR, 8),
                (f"Seongmyeong: {kname}", FB, 12),
                (f"Saengnyeonwol-il: {s.dob.year}nyeon {s.dob.month}wol {s.dob.day}il", FR, 11),
                (f"Jeongong: {rom}", FR, 11), ("", FR, 8),
                ("Wi saram-eun bon daehakgyo-eseo", FR, 11), ("haksa hagwi gwajeong-eul isuhayeotgie", FR, 11),
                (f"{field} hagwi-reul suyeohamnida.", FR, 11), ("", FR, 8),
                (f"{cd.year}nyeon {cd.month}wol {cd.day}il", FI, 11), ("Chongjang", FB, 11)]
        right = [(f"No. {reg.replace('/', '-')}", FR, 10), ("", FR, 8), ("DIPLOMA", FB, 20), ("", FR, 8),
                 (f"THE PRESIDENT OF {inst.name.upper()}", FB, 10), ("confers", FI, 11),
                 ("THE DEGREE OF BACHELOR OF SCIENCE", FB, 14), (f"Major: {major}", FB, 12),
                 (f"upon {hon} {person.given} {person.surname}", FB, 12),
                 (f"Date of birth: {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}", FR, 11),
                 ("Mode of study: Full-time", FR, 11), ("", FR, 8),
                 (f"{inst.city}, {D.long_dmy(cd)}", FI, 11), ("PRESIDENT", FB, 11)]
        names = [kname, f"{hon} {person.given} {person.surname}"]
        foot = [(f"Serial No.: {serial}", f"Reg. No.: {reg}")]
        conf = D.long_dmy(cd)
    y = 78
    lh = 25
    for (lt, lf, ls), (rt, rf, rs) in zip(left, right):
        items = []
        if lt:
            items.append((L, lt, "center", lf, ls))
        if rt:
            items.append((R, rt, "center", rf, rs))
        if items:
            p.pieces(y, items)
        y += lh if (lt or rt) else 10
    p.seal(L - 60, p.h - 104, 30, 0.5)
    p.seal(R - 60, p.h - 104, 30, 0.5)
    sg = rng.choice(SIGNERS[inst.country])
    p.signature(L + 10, p.h - 92, 90, rng)
    p.signature(R + 10, p.h - 92, 90, rng)
    p.pieces(p.h - 78, [(L + 50, sg, "center", FB, 11), (R + 50, strip_accents(sg) if vn else sg, "center", FB, 11)])
    for a, b in foot:
        p.pieces(p.h - 46, [(50, a, "left", FR, 9.5), (p.w - 50, b, "right", FR, 9.5)])
    return LayoutResult("diploma", "two_panel_diploma", "blind_r1", [p], names,
                        info={"conferred_printed": conf})


# --- letter ------------------------------------------------------------------------------------

def _printed_name(job, person):
    if job.name_override:
        return job.name_override
    if person.country == "VN":
        return VN.vn_name(person, caps=False)
    return " ".join(q for q in (person.given, person.middle, person.surname) if q)


def hr_verification_table_letter(job, person, rng, as_of):
    if job.employer.country == "VN":
        with fonts.use_scheme(B.vi_scheme()):
            return _hr_letter(job, person, rng, as_of)
    return _hr_letter(job, person, rng, as_of)


def _hr_letter(job, person, rng, as_of):
    emp = job.employer
    jm = emp.country == "JM"
    p = Page(LETTER if jm else A4)
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    x0, x1 = 60, p.w - 60
    y = 50
    p.logo(x0 + 18, 64, 18, rng.randrange(3))
    p.text(x0 + 46, y + 4, emp.name, FB, 15); y += 18
    country = {"JM": "Jamaica, W.I.", "KR": "Republic of Korea", "VN": "Vietnam"}[emp.country]
    p.text(x0 + 46, y, f"{emp.street}, {emp.city}, {country}", F, 8.5); y += 11
    p.text(x0 + 46, y, f"Human Resources Department - Tel. {emp.phone} - {emp.email}", F, 8.5); y += 8
    p.rect(x0, y, x1 - x0, 3, 0, 0.4, fill=0.4); y += 36
    dfmt = D.long_mdy if jm else D.long_dmy
    p.text(x1, y, dfmt(job.letter_date), F, 10.5, "right"); y += 28
    p.text(x0, y, "EMPLOYMENT VERIFICATION", FB, 12); y += 24
    p.text(x0, y, "To Whom It May Concern:", F, 10.5); y += 22
    hon = person.honorific("Ms.")
    nm = _printed_name(job, person)
    last = job.end or as_of
    months = (last.year - job.start.year) * 12 + last.month - job.start.month
    pos = job.position
    rows = []
    if months >= 18 and not pos.startswith("Senior") and rng.random() < 0.7:
        first = pos if pos.endswith(" I") else pos + " I"
        senior = "Senior " + pos.replace(" I", "") if pos.endswith(" I") else "Senior " + pos
        k = rng.randint(int(months * 0.35), int(months * 0.65))
        promo = D.add_months(job.start.replace(day=1), k)
        rows.append((first, job.start, promo - datetime.timedelta(days=1)))
        rows.append((senior, promo, job.end))
        job.position = senior               # the truth keeps the later title for the one job
    else:
        rows.append((pos, job.start, job.end))
    pt = job.hours_style == "parttime_hours"
    status = "Part-time" if pt else "Full-time"
    since = (f"has been employed with {emp.name} since {dfmt(job.start)}" if job.end is None else
             f"was employed with {emp.name} from {dfmt(job.start)} to {dfmt(job.end)}")
    lead = f"This letter confirms that {hon} {nm} {since}. The details of {person.pronoun('poss')} employment are:"
    for ln in wrap(lead, F, 10.5, x1 - x0):
        p.text(x0, y, ln, F, 10.5); y += 15
    y += 10
    cx = [x0 + 6, x0 + 236, x0 + 316, x0 + 396]
    top = y - 11
    p.rect(x0, top, x1 - x0, 16, 0, 0.85, fill=0.88)
    p.pieces(y, [(c, v, "left") for c, v in zip(cx, ["Position", "From", "To", "Status"])], FB, 10)
    y += 18
    for title, a, b in rows:
        to = "present" if b is None else f"{b.month:02d}/{b.year}"
        p.pieces(y, [(cx[0], title, "left"), (cx[1], f"{a.month:02d}/{a.year}", "left"),
                     (cx[2], to, "left"), (cx[3], status, "left")], F, 10)
        y += 16
    p.rect(x0, top, x1 - x0, y - top - 10, 0.6)
    for c in cx[1:]:
        p.vline(c - 6, top, y - 10, 0.4)
    y += 12
    if pt:
        n8 = job.hours // 8 if job.hours % 8 == 0 else 0
        words = {2: "two", 3: "three", 4: "four"}
        st = (f"Employment status: part-time, {words[n8]} 8-hour shifts per week." if n8 in words
              else f"Employment status: part-time, {job.hours} hours per week.")
        facts = (job.hours, False, True)
    elif job.hours_style == "fulltime_only":
        st, facts = "Employment status: full-time.", (None, True, False)
    else:
        st, facts = f"Employment status: full-time, {job.hours} hours per week.", (job.hours, True, False)
    p.text(x0, y, st, F, 10.5); y += 20
    if job.departments:
        d = "; ".join(job.departments)
        for ln in wrap(f"Laboratory sections worked: {d}.", F, 10.5, x1 - x0):
            p.text(x0, y, ln, F, 10.5); y += 15
        y += 5
    tail = ("This letter is issued at the request of the employee and without liability on the "
            "part of the employer. Please contact the Human Resources Department for any further "
            "verification.")
    for ln in wrap(tail, F, 10.5, x1 - x0):
        p.text(x0, y, ln, F, 10.5); y += 15
    y += 14
    p.text(x0, y, "Yours faithfully," if not jm else "Sincerely,", F, 10.5); y += 44
    p.signature(x0 + 4, y - 14, 100, rng)
    p.text(x0, y, job.signer, FB, 10.5); y += 13
    p.text(x0, y, "Human Resources Manager", F, 10.5)
    return LayoutResult("employment_letter", "hr_verification_table_letter", "blind_r1", [p],
                        [f"{hon} {nm}"], info={"date_style": dfmt.__name__, "hours_facts": facts})


DIPLOMA_LAYOUTS = {"two_panel_diploma": (two_panel_diploma, "blind_r1", ("VN", "KR"))}
LETTER_LAYOUTS = {"hr_verification_table_letter": (hr_verification_table_letter, "blind_r1", ("JM", "KR", "VN"))}
