"""Writer B, round 1: Vietnam (VN). Country pack, bilingual curricula and the transcript
design `vn_bilingual_transcript`: "BẢNG ĐIỂM / ACADEMIC TRANSCRIPT", landscape A4, two
semesters side by side, course titles on two lines (Vietnamese, then English in italics),
two-line bilingual column headers (STT/No., Mã HP/Code, Tên học phần/Course title, Số TC/
Credits, Điểm hệ 10/Score (10), Điểm hệ 4/Score (4), Điểm chữ/Letter), per-term credit and
GPA lines and the national motto header. The truth title is the English line; the Vietnamese
line is kept as `title_local`.
"""

from .. import countries as K
from .. import courses as C
from .. import fonts
from ..layouts_transcript import LayoutResult, course_truth
from ..names import SIGNERS, Employer, Institution
from ..pagekit import LANDSCAPE_A4, Flow, Page, fit_size
from . import r1_b_common as B

VN_TITLES = {}


def _parse_vn(text):
    """'code | English | Vietnamese | credits | cat [| areas]' -> courses._parse text."""
    out = []
    for raw in text.strip().splitlines():
        ln = raw.strip()
        if ln.startswith("##") or not ln:
            out.append(ln)
            continue
        parts = [q.strip() for q in ln.split("|")]
        VN_TITLES[(parts[0], parts[1])] = parts[2]
        out.append(" | ".join([parts[0], parts[1]] + parts[3:]))
    return C._parse("\n".join(out))


VN_MLT = """
## 1 S1
TRI1011 | Philosophy of Marxism-Leninism | Triết học Mác - Lênin | 3 | O
NNA1012 | English 1 | Tiếng Anh 1 | 3 | O
HOA1021 | General Chemistry | Hóa học đại cương | 3 | C
SIN1031 | Cell Biology and Genetics | Sinh học tế bào và di truyền | 3 | B
TOA1041 | Advanced Mathematics | Toán cao cấp | 2 | M
VLY1061 | Biophysics | Lý sinh | 2 | O
GDT1051 | Physical Education 1 | Giáo dục thể chất 1 | 1 | O
## 1 S2
KTC1012 | Marxist-Leninist Political Economy | Kinh tế chính trị Mác - Lênin | 2 | O
NNA1022 | English 2 | Tiếng Anh 2 | 3 | O
HOA1032 | Organic Chemistry | Hóa hữu cơ | 3 | C
GPH1042 | Human Anatomy | Giải phẫu học | 3 | B
SLY1052 | Human Physiology | Sinh lý học | 3 | B
XST1062 | Probability and Statistics | Xác suất thống kê | 2 | M
GDT1072 | Physical Education 2 | Giáo dục thể chất 2 | 1 | O
## 2 S1
CNX2011 | Scientific Socialism | Chủ nghĩa xã hội khoa học | 2 | O
HSI2021 | Biochemistry | Hóa sinh | 3 | C
VSV2031 | Microbiology | Vi sinh vật học | 3 | B
MDH2041 | Immunology | Miễn dịch học | 2 | ?B
MPH2051 | Histology and Embryology | Mô phôi | 2 | B
SLB2061 | Pathophysiology | Sinh lý bệnh | 2 | O
HOA2071 | Analytical Chemistry | Hóa phân tích | 3 | C
## 2 S2
TTH2012 | Ho Chi Minh Ideology | Tư tưởng Hồ Chí Minh | 2 | O
XN2022 | Introduction to Medical Laboratory Technology | Nhập môn xét nghiệm y học | 2 | O
KST2032 | Medical Parasitology | Ký sinh trùng y học | 3 | P
HH2042 | Basic Hematology | Huyết học cơ sở | 3 | P
HSL2052 | Clinical Biochemistry 1 | Hóa sinh lâm sàng 1 | 3 | ?P
DTH2062 | Epidemiology | Dịch tễ học | 2 | O
NNA2072 | English for Medical Laboratory Science | Tiếng Anh chuyên ngành xét nghiệm | 2 | O
## 3 S1
LSD3011 | History of the Communist Party of Vietnam | Lịch sử Đảng Cộng sản Việt Nam | 2 | O
XN3012 | Clinical Biochemistry 2 | Hóa sinh lâm sàng 2 | 3 | ?P
XN3021 | Hematology and Coagulation | Huyết học - Đông máu | 3 | P
XN3031 | Medical Bacteriology | Vi khuẩn y học | 3 | P
XN3041 | Immunohematology and Blood Transfusion | Huyết học truyền máu | 3 | P
XN3051 | Laboratory Quality Management | Quản lý chất lượng xét nghiệm | 2 | ?P
## 3 S2
XN3062 | Medical Virology | Vi rút y học | 2 | ?P
XN3072 | Medical Mycology | Vi nấm y học | 2 | ?P
XN3082 | Clinical Immunology | Miễn dịch lâm sàng | 3 | ?B
XN3092 | Histopathology and Cytology Techniques | Kỹ thuật mô bệnh học và tế bào học | 3 | P
XN3102 | Urinalysis and Body Fluids | Xét nghiệm nước tiểu và dịch sinh học | 2 | P
XN3112 | Molecular Biology Techniques | Kỹ thuật sinh học phân tử | 3 | B
## 4 S1
XN4011 | Clinical Practice in Biochemistry | Thực tập lâm sàng Hóa sinh | 4 | P | chemistry
XN4021 | Clinical Practice in Hematology and Blood Transfusion | Thực tập lâm sàng Huyết học - Truyền máu | 4 | P | hematology,blood_bank
XN4031 | Laboratory Biosafety | An toàn sinh học phòng xét nghiệm | 2 | O
XN4041 | Research Methodology in Health Sciences | Phương pháp nghiên cứu khoa học sức khỏe | 2 | O
## 4 S2
XN4052 | Clinical Practice in Microbiology and Parasitology | Thực tập lâm sàng Vi sinh - Ký sinh trùng | 4 | P | microbiology
XN4062 | Community Health Laboratory Practice | Thực tập xét nghiệm cộng đồng | 3 | ?O | immunology
XN4072 | Graduation Thesis | Khóa luận tốt nghiệp | 6 | O
"""

VN_BIO = """
## 1 S1
TRI1011 | Philosophy of Marxism-Leninism | Triết học Mác - Lênin | 3 | O
NNA1012 | English 1 | Tiếng Anh 1 | 3 | O
HOA1021 | General Chemistry | Hóa học đại cương | 3 | C
SIN1011 | General Biology | Sinh học đại cương | 3 | B
TOA1041 | Advanced Mathematics | Toán cao cấp | 3 | M
## 1 S2
KTC1012 | Marxist-Leninist Political Economy | Kinh tế chính trị Mác - Lênin | 2 | O
NNA1022 | English 2 | Tiếng Anh 2 | 3 | O
HOA1032 | Organic Chemistry | Hóa hữu cơ | 3 | C
SIN1022 | Botany | Thực vật học | 3 | B
SIN1032 | Zoology | Động vật học | 3 | B
## 2 S1
CNX2011 | Scientific Socialism | Chủ nghĩa xã hội khoa học | 2 | O
SIN2011 | Cell Biology | Tế bào học | 3 | B
SIN2021 | Biochemistry | Hóa sinh học | 3 | C
SIN2031 | Microbiology | Vi sinh vật học | 3 | B
XST2041 | Biostatistics | Thống kê sinh học | 2 | M
## 2 S2
TTH2012 | Ho Chi Minh Ideology | Tư tưởng Hồ Chí Minh | 2 | O
SIN2052 | Genetics | Di truyền học | 3 | B
SIN2062 | Plant Physiology | Sinh lý thực vật | 3 | B
SIN2072 | Animal Physiology | Sinh lý động vật | 3 | B
HOA2082 | Analytical Chemistry | Hóa phân tích | 3 | C
## 3 S1
LSD3011 | History of the Communist Party of Vietnam | Lịch sử Đảng Cộng sản Việt Nam | 2 | O
SIN3011 | Molecular Biology | Sinh học phân tử | 3 | B
SIN3021 | Immunology | Miễn dịch học | 3 | ?B
SIN3031 | Ecology | Sinh thái học | 3 | ?B
## 3 S2
SIN3042 | Applied Microbiology | Vi sinh vật học ứng dụng | 3 | B
SIN3052 | Biotechnology | Công nghệ sinh học | 3 | ?B
SIN3062 | Evolution | Tiến hóa | 2 | ?B
## 4 S1
SIN4011 | Bioinformatics | Tin sinh học | 3 | ?B
SIN4021 | Field Practice in Biology | Thực tập thực tế sinh học | 3 | O
## 4 S2
SIN4032 | Graduation Thesis | Khóa luận tốt nghiệp | 7 | O
"""

VN_NURS = """
## 1 S1
TRI1011 | Philosophy of Marxism-Leninism | Triết học Mác - Lênin | 3 | O
NNA1012 | English 1 | Tiếng Anh 1 | 3 | O
GPH1021 | Human Anatomy | Giải phẫu học | 3 | B
SLY1031 | Human Physiology | Sinh lý học | 3 | B
## 1 S2
HSI1042 | Biochemistry | Hóa sinh | 2 | C
VSV1052 | Microbiology and Parasitology | Vi sinh - Ký sinh trùng | 3 | ?B
DD1062 | Fundamentals of Nursing 1 | Điều dưỡng cơ sở 1 | 3 | O
## 2 S1
DD2011 | Fundamentals of Nursing 2 | Điều dưỡng cơ sở 2 | 3 | O
DUL2021 | Pharmacology | Dược lý học | 2 | O
DD2031 | Adult Nursing 1 | Chăm sóc sức khỏe người lớn 1 | 4 | O
## 2 S2
DD2042 | Adult Nursing 2 | Chăm sóc sức khỏe người lớn 2 | 4 | O
DD2052 | Nursing Ethics | Đạo đức điều dưỡng | 2 | O
## 3 S1
DD3011 | Maternal and Newborn Nursing | Chăm sóc sức khỏe phụ nữ và trẻ sơ sinh | 4 | O
DD3021 | Pediatric Nursing | Chăm sóc sức khỏe trẻ em | 4 | O
## 3 S2
DD3032 | Emergency and Critical Care Nursing | Điều dưỡng cấp cứu và hồi sức | 4 | O
DD3042 | Community Health Nursing | Điều dưỡng cộng đồng | 3 | O
## 4 S1
DD4011 | Nursing Management | Quản lý điều dưỡng | 2 | O
DD4021 | Clinical Nursing Practice | Thực tập lâm sàng điều dưỡng | 6 | O
## 4 S2
DD4032 | Graduation Thesis | Khóa luận tốt nghiệp | 6 | O
"""

CURRICULA = [
    C.Curriculum("vn_bmlt", "VN", "Bachelor of Medical Laboratory Technology", "bachelor", 4,
                 "medical_technology", "semester", _parse_vn(VN_MLT), 9, 7, clinical_training=True),
    C.Curriculum("vn_bsc_bio", "VN", "Bachelor of Science in Biology", "bachelor", 4, "biology",
                 "semester", _parse_vn(VN_BIO), 9, 7),
    C.Curriculum("vn_bnurs", "VN", "Bachelor of Nursing", "bachelor", 4, "nursing", "semester",
                 _parse_vn(VN_NURS), 9, 7),
]
DEGREE_VN = {"vn_bmlt": ("Cử nhân Kỹ thuật Xét nghiệm Y học", "Kỹ thuật Xét nghiệm Y học",
                         "Medical Laboratory Technology"),
             "vn_bsc_bio": ("Cử nhân Sinh học", "Sinh học", "Biology"),
             "vn_bnurs": ("Cử nhân Điều dưỡng", "Điều dưỡng", "Nursing")}

INSTITUTIONS = [
    Institution("Hai Van University of Medical Technology", "Da Nang", "Da Nang City", "VN",
                "99 Nguyen Luong Bang Street, Lien Chieu District", ("vn_bmlt", "vn_bnurs"),
                extra={"vn": "Trường Đại học Kỹ thuật Y tế Hải Vân", "city_vn": "Đà Nẵng",
                       "ministry": ("BỘ Y TẾ", "MINISTRY OF HEALTH"), "abbr": "ĐHKTYTHV"}),
    Institution("Phu Sa University of Health Sciences", "Can Tho", "Can Tho City", "VN",
                "27 Tran Hung Dao Street, Ninh Kieu District", ("vn_bmlt", "vn_bnurs"),
                extra={"vn": "Trường Đại học Khoa học Sức khỏe Phù Sa", "city_vn": "Cần Thơ",
                       "ministry": ("BỘ Y TẾ", "MINISTRY OF HEALTH"), "abbr": "ĐHKHSKPS"}),
    Institution("Song Hong University of Science", "Ha Noi", "Ha Noi", "VN",
                "144 Xuan Thuy Street, Cau Giay District", ("vn_bsc_bio",),
                extra={"vn": "Trường Đại học Khoa học Sông Hồng", "city_vn": "Hà Nội",
                       "ministry": ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "MINISTRY OF EDUCATION AND TRAINING"),
                       "abbr": "ĐHKHSH"}),
]

EMPLOYERS = [
    Employer("Hoa Sen International Hospital", "Ho Chi Minh City", "Ho Chi Minh City", "VN",
             "215 Dien Bien Phu Street, Binh Thanh District", "+84 28 7000 0142",
             "hr@hoasen-hospital.example"),
    Employer("Truong Son Medical Diagnostic Center", "Da Nang", "Da Nang City", "VN",
             "48 Le Duan Street, Hai Chau District", "+84 236 700 0187", "info@truongson-diag.example",
             "lab"),
    Employer("Mekong Delta General Hospital", "Can Tho", "Can Tho City", "VN",
             "315 Nguyen Van Cu Street, Ninh Kieu District", "+84 292 700 0133",
             "tochuc@mekongdelta-gh.example"),
]

VN_PHRASES = {
    "blood_bank": ["Blood Transfusion", "Blood Bank"], "chemistry": ["Biochemistry", "Clinical Biochemistry"],
    "hematology": ["Hematology", "Hematology and Blood Transfusion"],
    "microbiology": ["Microbiology", "Microbiology and Parasitology"],
    "immunology": ["Immunology", "Serology"], "urinalysis": ["Urinalysis"],
    "molecular": ["Molecular Biology", "PCR Laboratory"], "phlebotomy": ["Specimen Collection"],
    "other": ["Pathology (Histopathology)", "Cytology"]}


def _student_no(rng, start_year, inst):
    return f"{start_year % 100:02d}{rng.choice(['1', '2'])}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


PACK = K.CountryPack(
    code="VN", name="Vietnam",
    given={"F": ["Hà", "Lan", "Trang", "Linh", "Ngọc", "Hương", "Thảo", "Mai", "Vy"],
           "M": ["Minh", "Tuấn", "Hùng", "Nam", "Khoa", "Phúc", "Long", "Quang"]},
    surnames=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Phan", "Bùi", "Ngô", "Dương"],
    middle={"F": ["Thị Thu", "Thị", "Thị Kim", "Thị Thanh", "Thị Mỹ", "Phương"],
            "M": ["Văn", "Hữu", "Hoàng", "Quốc", "Thành", "Gia"]},
    institutions=INSTITUTIONS, employers=EMPLOYERS,
    signers=["Nguyễn Văn Thắng", "Trần Thị Hồng Nhung", "Lê Quang Vinh", "Phạm Thị Kim Oanh"],
    curricula=CURRICULA, mls_curriculum="vn_bmlt", science_curricula=["vn_bsc_bio"],
    nonqualifying_curricula=["vn_bnurs"],
    positions_mls=["Medical Laboratory Technologist", "Laboratory Technician"],
    positions_science=["Laboratory Technician", "Research Assistant"],
    code_style="nospace", student_no=_student_no, honours=[])
K.register(PACK)
B.add_department_phrases("VN", VN_PHRASES)

VN_BANDS = [(85, "A", 4.0), (80, "B+", 3.5), (70, "B", 3.0), (65, "C+", 2.5), (55, "C", 2.0),
            (50, "D+", 1.5), (40, "D", 1.0)]
RANKS = [(360, "Xuất sắc", "Excellent"), (320, "Giỏi", "Very good"), (250, "Khá", "Good"),
         (0, "Trung bình", "Average")]


def vn_name(person, caps=True):
    s = " ".join(q for q in (person.surname, person.middle, person.given) if q)
    return s.upper() if caps else s


def vn_scores(r):
    """(score out of 10 in tenths, letter, grade point x10)."""
    s10 = min(100, 55 + B.tenths((r.score - 45) * 42 / 47))
    letter, gp = B.band(VN_BANDS, s10)
    return s10, letter, int(round(gp * 10))


def vn_totals(s):
    h = p = 0
    for t in s.terms:
        for r in t.results:
            _, _, gp = vn_scores(r)
            h += int(r.spec.credits); p += int(r.spec.credits) * gp
    return h, p


def vn_rank(s):
    h, p = vn_totals(s)
    g = B.tenths(p * 10 / h)
    return next((vn, en) for lo, vn, en in RANKS if g >= lo)


def t10(x):
    return f"{x // 10}.{x % 10}"


def vn_term_label(t):
    n = {"S1": 1, "S2": 2}[t.key]
    return f"Học kỳ {n} / Semester {n}, {t.start_year}-{t.start_year + 1}"


def vn_bilingual_transcript(s, person, rng):
    with fonts.use_scheme(B.vi_scheme()):
        return _vn_transcript(s, person, rng)


def _vn_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    ex = inst.extra
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    name = vn_name(person)
    deg_vn, major_vn, major_en = DEGREE_VN[cur.id]
    M = 28
    gap = 14
    bw = (LANDSCAPE_A4[0] - 2 * M - gap) / 2
    fs = rng.choice([7, 7.5])
    lh = fs * 1.28

    def cols(x):
        return [(x + 3, "left", 14), (x + 18, "left", 44), (x + 64, "left", bw - 64 - 128),
                (x + bw - 112, "center", 22), (x + bw - 80, "center", 30),
                (x + bw - 46, "center", 28), (x + bw - 14, "center", 22)]

    def new_page(n):
        p = Page(LANDSCAPE_A4)
        y = 30
        mv, me = ex["ministry"]
        p.pieces(y, [(M + 110, mv + " / " + me, "center", F, 8),
                     (p.w - M - 150, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center", FB, 8.5)]); y += 10
        p.pieces(y, [(M + 110, ex["vn"].upper(), "center", FB, 8),
                     (p.w - M - 150, "Độc lập - Tự do - Hạnh phúc", "center", FB, 8.5)]); y += 10
        p.pieces(y, [(M + 110, inst.name.upper(), "center", FB, 7.5),
                     (p.w - M - 150, "SOCIALIST REPUBLIC OF VIETNAM", "center", F, 7.5)]); y += 9
        p.text(p.w - M - 150, y, "Independence - Freedom - Happiness", FI, 7.5, "center"); y += 16
        p.text(p.w / 2, y, "BẢNG ĐIỂM / ACADEMIC TRANSCRIPT", FB, 13, "center"); y += 14
        if n == 1:
            L, R = M + 10, p.w / 2 + 40
            rows = [(f"Họ và tên / Full name: {name}", f"Mã sinh viên / Student ID: {s.student_no}"),
                    (f"Ngày sinh / Date of birth: {s.dob.day:02d}/{s.dob.month:02d}/{s.dob.year}",
                     f"Khóa học / Academic years: {s.admitted.year} - {s.conferred.year}"),
                    (f"Ngành / Major: {major_vn} / {major_en}", "Hệ đào tạo / Mode of study: Chính quy / Full-time"),
                    (f"Bậc đào tạo / Degree: {deg_vn} / {cur.title}", "")]
            for a, b_ in rows:
                p.pieces(y, [(L, a, "left")] + ([(R, b_, "left")] if b_ else []), F, 8); y += 10.5
        else:
            p.spaced(M + 10, y, [f"Họ và tên / Full name: {name}", f"Mã sinh viên / Student ID: {s.student_no}"], F, 8, 30)
            y += 10.5
        return p, y + 8

    fl = Flow(new_page, 34)
    out = []
    terms = list(s.terms)
    pairs = [terms[i:i + 2] for i in range(0, len(terms), 2)]
    cum_h = cum_p = 0
    for pair in pairs:
        rows = max(len(t.results) for t in pair)
        h = 12 + 2 * lh + 4 + rows * 2 * lh + 38
        fl.need(h)
        y0 = fl.y
        p = fl.page
        for ci, t in enumerate(pair):
            x = M + ci * (bw + gap)
            label = vn_term_label(t)
            p.text(x + 2, y0, label, FB, 8)
            y = y0 + 4
            top = y
            p.rect(x, top, bw, 2 * lh + 4, 0, 0.85, fill=0.9)
            y += lh
            c = cols(x)
            for hdr in (["STT", "Mã HP", "Tên học phần", "Số TC", "Điểm hệ 10", "Điểm hệ 4", "Điểm chữ"],
                        ["No.", "Code", "Course title", "Credits", "Score (10)", "Score (4)", "Letter"]):
                items = [(cx, v, al, FB if hdr[0] == "STT" else FI, fit_size(v, FB, fs - 0.5, w, 4.5))
                         for (cx, al, w), v in zip(c, hdr)]
                p.pieces(y, items, F, fs)
                y += lh
            y += 2
            th = tp = 0
            for i, r in enumerate(t.results, 1):
                s10, letter, gp = vn_scores(r)
                cr = int(r.spec.credits)
                vt = VN_TITLES[(r.spec.code, r.spec.title)]
                vals = [str(i), r.code, vt, str(cr), t10(s10), t10(gp), letter]
                p.pieces(y, [(cx, v, al, F, fit_size(v, F, fs, w, 5)) for (cx, al, w), v in zip(c, vals)], F, fs)
                y += lh
                p.text(c[2][0], y, r.spec.title, FI, fit_size(r.spec.title, FI, fs, c[2][2], 5))
                y += lh
                p.hline(x, x + bw, y - lh + 2.5, 0.2, 0.5)
                out.append(course_truth(r, label, cr, letter, "semester", title_local=vt,
                                        score_10=s10 / 10, grade_point=gp / 10))
                th += cr; tp += cr * gp
            cum_h += th; cum_p += tp
            p.rect(x, top, bw, y - top, 0.6)
            y += 8
            p.spaced(x + 3, y, [f"Số TC / Credits: {th}", f"ĐTB / GPA (4): {B.gpa_str(tp * 10, th)}"], FB, 7.5, 24)
            y += 10
            p.spaced(x + 3, y, [f"Số TC tích lũy / Cumulative credits: {cum_h}",
                                f"ĐTB tích lũy / CGPA (4): {B.gpa_str(cum_p * 10, cum_h)}"], F, 7.5, 24)
        fl.y = y0 + h
    rank_vn, rank_en = vn_rank(s)
    fl.need(130)
    p = fl.page
    y = fl.y
    L = M + 10
    p.text(L, y, f"Tổng số tín chỉ tích lũy / Total credits earned: {cum_h}", FB, 8.5); y += 11
    p.text(L, y, f"Điểm trung bình chung tích lũy / Cumulative GPA: {B.gpa_str(cum_p * 10, cum_h)}/4", FB, 8.5); y += 11
    p.text(L, y, f"Xếp loại tốt nghiệp / Degree classification: {rank_vn} / {rank_en}", FB, 8.5); y += 11
    dec = f"{rng.randint(100, 2999)}/QĐ-{ex['abbr']}"
    cd = s.conferred
    p.text(L, y, f"Quyết định công nhận tốt nghiệp số / Graduation decision No. {dec}, "
           f"ngày / dated {cd.day:02d}/{cd.month:02d}/{cd.year}", F, 8); y += 11
    p.text(L, y, "Thang điểm / Grading: A (8.5-10) = 4.0; B+ (8.0-8.4) = 3.5; B (7.0-7.9) = 3.0; "
           "C+ (6.5-6.9) = 2.5; C (5.5-6.4) = 2.0; D+ (5.0-5.4) = 1.5; D (4.0-4.9) = 1.0; F (<4.0) = 0", F, 7)
    yb = p.h - 50
    sg = rng.choice(SIGNERS["VN"])
    p.text(p.w - 190, yb - 44, f"{ex['city_vn']}, ngày {cd.day} tháng {cd.month} năm {cd.year}", FI, 8.5, "center")
    p.text(p.w - 190, yb - 33, "KT. HIỆU TRƯỞNG / FOR THE RECTOR", FB, 8.5, "center")
    p.text(p.w - 190, yb - 23, "PHÓ HIỆU TRƯỞNG / VICE-RECTOR", FB, 8, "center")
    p.seal(p.w - 230, yb - 4, 22, 0.5)
    p.signature(p.w - 170, yb + 8, 80, rng)
    p.pieces(yb + 20, [(L, "Người lập bảng / Prepared by", "left", F, 8), (p.w - 190, sg, "center", FB, 9)])
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 18, f"Trang / Page {i}/{len(fl.pages)}", F, 7, "center")
    dates = f"{cd.day:02d}/{cd.month:02d}/{cd.year}"
    return LayoutResult("transcript", "vn_bilingual_transcript", "blind_r1", fl.pages, [name], out,
                        "semester", {"conferred_printed": dates})


TRANSCRIPT_LAYOUTS = {"vn_bilingual_transcript": (vn_bilingual_transcript, "blind_r1", ("VN",))}
