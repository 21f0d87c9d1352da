"""Writer J, round 5: Vietnam (variant; the round-1 VN pack, schools and Vietnamese titles). A university
"BẢNG ĐIỂM / ACADEMIC TRANSCRIPT", A4 portrait, ONE ruled table for the whole programme:
`STT | Mã HP | Tên học phần | Số TC | Điểm hệ 10 | Điểm chữ | Điểm hệ 4`, every header cell with its English
("No.", "Code", "Course", "Credits", "Score (10)", "Letter", "Score (4)") in smaller type on the line
below; term captions spanning the table, "Học kỳ 1 - Năm học 2015-2016" over "Semester 1 - 2015-2016";
the row number running on through the terms; course titles in Vietnamese only; scores with comma
decimals ("8,5", "3,5"); at the end "Tổng số tín chỉ tích lũy / Total accumulated credits: 130" and
"Điểm trung bình tích lũy / CGPA: 3,12/4 — Xếp loại / Classification: Khá / Good". One tín chỉ = 1 SH
(system `semester`). Truth title = the Vietnamese title printed (English kept as `title_en`), term =
the Vietnamese caption (English as `term_en`)."""

from .. import fonts
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, Page, fit_size
from . import r1_b_common as B
from .r1_b_vn import DEGREE_VN, VN_TITLES, vn_name, vn_scores
from .r5_j_common import FAMILY, course_truth

CLASSES = [(360, "Xuất sắc", "Excellent"), (320, "Giỏi", "Very Good"), (250, "Khá", "Good"),
           (200, "Trung bình", "Average"), (0, "Yếu", "Weak")]


def c1(x10):
    """tenths -> '8,5'."""
    return f"{x10 // 10},{x10 % 10}"


def vn_cgpa(s):
    """(credits, CGPA in hundredths, classification vn, en)."""
    h = p = 0
    for t in s.terms:
        for r in t.results:
            _, _, gp = vn_scores(r)
            h += int(r.spec.credits); p += int(r.spec.credits) * gp
    g = (p * 10 * 2 + h) // (2 * h)
    vn, en = next((a, b) for lo, a, b in CLASSES if g >= lo)
    return h, g, vn, en


def vn_transcript(s, person, rng):
    with fonts.use_scheme(B.vi_scheme()):
        return _vn(s, person, rng)


def _vn(s, person, rng):
    inst, cur = s.institution, s.curriculum
    ex = inst.extra
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    deg_vn, major_vn, major_en = DEGREE_VN[cur.id]
    L, R = 36, A4[0] - 36
    # (x, align, width) per column; vertical rules at RULES
    cols = [(L + 12, "center", 20), (L + 28, "left", 52), (L + 86, "left", 250), (L + 364, "center", 40),
            (L + 411, "center", 46), (L + 458, "center", 40), (L + 502, "center", 40)]
    rules = [L + 24, L + 82, L + 342, L + 386, L + 436, L + 480]
    vh = ["STT", "Mã HP", "Tên học phần", "Số TC", "Điểm hệ 10", "Điểm chữ", "Điểm hệ 4"]
    eh = ["No.", "Code", "Course", "Credits", "Score (10)", "Letter", "Score (4)"]
    name = vn_name(person)
    fs, lh = 8.2, 11.4
    pages, st = [], {}

    def seg_close(y_end):
        if y_end > st["seg"] + 1:
            for x in rules:
                st["page"].vline(x, st["seg"], y_end, 0.3)

    def close_table():
        p, top = st["page"], st["top"]
        p.rect(L, top, R - L, st["y"] - 8 - top, 0.6)
        seg_close(st["y"] - 8)

    def new_page(table=True):
        p = Page(A4)
        pages.append(p)
        y = 34
        mv, me = ex["ministry"]
        p.pieces(y, [(L + 120, mv, "center", F, 8.5), (R - 130, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center", FB, 8.5)])
        y += 11
        p.pieces(y, [(L + 120, ex["vn"].upper(), "center", FB, 8), (R - 130, "Độc lập - Tự do - Hạnh phúc", "center", FB, 8.5)])
        p.hline(R - 185, R - 75, y + 3, 0.6); y += 10
        p.text(L + 120, y, inst.name, FI, 7.5, "center"); y += 22
        p.text(p.w / 2, y, "BẢNG ĐIỂM / ACADEMIC TRANSCRIPT", FB, 14, "center"); y += 18
        if len(pages) == 1:
            d = s.dob
            for a, b in ((f"Họ và tên / Full name: {name}", f"Mã sinh viên / Student ID: {s.student_no}"),
                         (f"Ngày sinh / Date of birth: {d.day:02d}/{d.month:02d}/{d.year}",
                          f"Khóa học / Course: {s.admitted.year} - {s.conferred.year}"),
                         (f"Ngành / Major: {major_vn}", "Hình thức đào tạo / Mode: Chính quy / Full-time")):
                p.pieces(y, [(L, a, "left"), (L + 300, b, "left")], F, 8.6); y += 11.5
            p.text(L, y, f"Văn bằng / Degree: {deg_vn} / {cur.title}", F, 8.6); y += 16
        else:
            p.pieces(y, [(L, f"Họ và tên / Full name: {name}", "left"), (R, f"Mã sinh viên / Student ID: {s.student_no}",
                                                                        "right")], F, 8.6)
            y += 16
        if not table:
            st.update(page=p, y=y)
            return
        top = y - 9
        p.rect(L, top, R - L, 25, 0, 0.0, fill=0.9)
        p.pieces(y, [(c[0], v, c[1], FB, fit_size(v, FB, 8, c[2] + 4, 6)) for c, v in zip(cols, vh)], FB, 8)
        y += 10
        p.pieces(y, [(c[0], v, c[1], FI, fit_size(v, FI, 7, c[2] + 4, 5.5)) for c, v in zip(cols, eh)], FI, 7)
        p.hline(L, R, y + 6, 0.6)
        st.update(page=p, y=y + 18, top=top, seg=top)

    new_page()
    out = []
    n = 0
    for t in s.terms:
        k = {"S1": 1, "S2": 2, "SU": 3}[t.key]
        cap_vn = f"Học kỳ {k} - Năm học {t.start_year}-{t.start_year + 1}"
        cap_en = f"Semester {k} - {t.start_year}-{t.start_year + 1}"
        if st["y"] + 2 * lh + lh * min(3, len(t.results)) > A4[1] - 60:
            close_table(); new_page()
        p = st["page"]
        y = st["y"] + (4 if st["seg"] != st["top"] else 0)
        seg_close(y - 9)
        st["seg"] = y + 13
        p.hline(L, R, y - 9, 0.3)
        p.rect(L, y - 9, R - L, 22, 0, 0.0, fill=0.96)
        p.text(L + 28, y, cap_vn, FB, 8.4)
        p.text(L + 28, y + 9.5, cap_en, FI, 7)
        p.hline(L, R, y + 13, 0.3)
        st["y"] = y + 24
        for r in t.results:
            if st["y"] > A4[1] - 60:
                close_table(); new_page()
            p, y = st["page"], st["y"]
            n += 1
            s10, letter, gp = vn_scores(r)
            vt = VN_TITLES[(r.spec.code, r.spec.title)]
            vals = [str(n), r.code, vt, str(int(r.spec.credits)), c1(s10), letter, c1(gp)]
            p.pieces(y, [(c[0], v, c[1], F, fit_size(v, F, fs, c[2], 5.5)) for c, v in zip(cols, vals)], F, fs)
            p.hline(L, R, y + 3, 0.15, 0.6)
            out.append(course_truth(r, cap_vn, r.spec.credits, letter, "semester", title=vt, title_en=r.spec.title,
                                    term_en=cap_en, score_10=c1(s10), score_4=c1(gp)))
            st["y"] = y + lh
    close_table()
    h, g, cvn, cen = vn_cgpa(s)
    if st["y"] + 150 > A4[1] - 30:
        new_page(table=False)
    p, y = st["page"], st["y"] + 6
    p.text(L, y, f"Tổng số tín chỉ tích lũy / Total accumulated credits: {h}", FB, 9); y += 12
    p.text(L, y, f"Điểm trung bình tích lũy / CGPA: {g // 100},{g % 100:02d}/4 — Xếp loại / Classification: {cvn} / {cen}",
           FB, 9); y += 12
    p.text(L, y, "Thang điểm / Grading: A (8,5-10) = 4,0; B+ (8,0-8,4) = 3,5; B (7,0-7,9) = 3,0; C+ (6,5-6,9) = 2,5;",
           F, 7); y += 9
    p.text(L, y, "C (5,5-6,4) = 2,0; D+ (5,0-5,4) = 1,5; D (4,0-4,9) = 1,0; F (< 4,0) = 0", F, 7); y += 9
    p.text(L, y, "1 tín chỉ / credit = 15 tiết lý thuyết / 15 contact hours", FI, 7)
    cd = s.conferred
    yb = y + 26
    p.text(R - 110, yb, f"{ex['city_vn']}, ngày {cd.day} tháng {cd.month} năm {cd.year}", FI, 8.5, "center")
    p.text(R - 110, yb + 11, "TL. HIỆU TRƯỞNG / FOR THE RECTOR", FB, 8.5, "center")
    p.text(R - 110, yb + 21, "TRƯỞNG PHÒNG ĐÀO TẠO / HEAD OF ACADEMIC AFFAIRS", FB, 7, "center")
    p.seal(R - 190, yb + 44, 22, 0.5)
    p.signature(R - 150, yb + 56, 80, rng)
    p.text(R - 110, yb + 70, rng.choice(B_SIGNERS()), FB, 9, "center")
    for i, pg in enumerate(pages, 1):
        pg.text(pg.w / 2, pg.h - 20, f"Trang / Page {i}/{len(pages)}", F, 7, "center")
    return LayoutResult("transcript", "vn_single_table_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": f"{cd.day:02d}/{cd.month:02d}/{cd.year}", "prints_totals": True,
                         "cgpa": g / 100})


def B_SIGNERS():
    from ..names import SIGNERS
    return SIGNERS["VN"]


TRANSCRIPT_LAYOUTS = {"vn_single_table_transcript": (vn_transcript, FAMILY, ("VN",))}
