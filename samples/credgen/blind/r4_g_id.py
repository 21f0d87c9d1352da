"""Writer G, round 4: Indonesia. Country pack (Sarjana Terapan / D-IV Teknologi Laboratorium Medis,
4 years, 146 SKS; S1 Biologi; S1 Keperawatan) and the "TRANSKRIP AKADEMIK / ACADEMIC TRANSCRIPT":
bilingual (Indonesian over English in every header cell), ONE numbered list of all courses with
no term captions, printed in TWO columns side by side on each page (the left column continues in
the right one), `No | Kode | Mata Kuliah / Course | SKS | Nilai / Grade | Bobot | Mutu` (Mutu =
SKS x Bobot; A 4, AB 3.5, B 3, BC 2.5, C 2), each course in Indonesian with the English in italics
below it, then "Jumlah SKS / Total Credits: 146 Jumlah Mutu: 505 IPK / GPA: 3.46 Predikat: Sangat
Memuaskan (Very Satisfactory)" and the final project title wrapped over two lines.
SKS = semester credit units, 1 SKS = 1 SH (system `semester`); no terms are printed (term None)."""

import zlib

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Page, wrap
from .r4_g_common import FAMILY, add_department_phrases, course_truth, fmt_num, parse, photo_box

LOCAL = {}

ID_TLM = """
## 1 S1
MKU1101 | Pendidikan Agama | Religious Education | 2 | O
MKU1102 | Pendidikan Pancasila | Pancasila Education | 2 | O
MKU1103 | Bahasa Indonesia | Indonesian Language | 2 | O
MKU1104 | Bahasa Inggris I | English I | 2 | O
TLM1101 | Anatomi dan Fisiologi Manusia | Human Anatomy and Physiology | 3 | B
TLM1102 | Kimia Dasar | Basic Chemistry | 3 | C
TLM1103 | Biologi Sel dan Molekuler | Cell and Molecular Biology | 2 | B
TLM1104 | Matematika Dasar | Basic Mathematics | 2 | M
TLM1105 | Konsep Dasar Teknologi Laboratorium Medis | Basic Concepts of Medical Laboratory Technology | 2 | ?O
## 1 S2
MKU1205 | Pendidikan Kewarganegaraan | Civic Education | 2 | O
MKU1206 | Bahasa Inggris II | English II | 2 | O
TLM1206 | Kimia Organik | Organic Chemistry | 3 | C
TLM1207 | Kimia Analitik | Analytical Chemistry | 3 | C
TLM1208 | Mikrobiologi Dasar | Basic Microbiology | 3 | B
TLM1209 | Biostatistika | Biostatistics | 2 | M
TLM1210 | Fisika Kesehatan | Health Physics | 2 | O
TLM1211 | Patologi Umum | General Pathology | 2 | ?B
TLM1212 | Keselamatan dan Kesehatan Kerja Laboratorium | Laboratory Occupational Health and Safety | 1 | ?P
## 2 S1
TLM2101 | Biokimia | Biochemistry | 3 | C
TLM2102 | Hematologi I | Hematology I | 3 | P
TLM2103 | Bakteriologi I | Bacteriology I | 3 | ?P
TLM2104 | Parasitologi I | Parasitology I | 3 | P
TLM2105 | Imunologi Dasar | Basic Immunology | 2 | B
TLM2106 | Instrumentasi Laboratorium | Laboratory Instrumentation | 2 | ?P
TLM2107 | Sitohistoteknologi I | Cytohistotechnology I | 3 | ?P
## 2 S2
TLM2208 | Kimia Klinik I | Clinical Chemistry I | 3 | P
TLM2209 | Hematologi II | Hematology II | 3 | P
TLM2210 | Bakteriologi II | Bacteriology II | 3 | ?P
TLM2211 | Parasitologi II | Parasitology II | 2 | P
TLM2212 | Imunoserologi I | Immunoserology I | 3 | ?P
TLM2213 | Urinalisis dan Cairan Tubuh | Urinalysis and Body Fluids | 3 | P
TLM2214 | Epidemiologi | Epidemiology | 2 | O
## 3 S1
TLM3101 | Kimia Klinik II | Clinical Chemistry II | 3 | P
TLM3102 | Hematologi III | Hematology III | 3 | P
TLM3103 | Imunohematologi dan Bank Darah | Immunohematology and Blood Banking | 3 | P
TLM3104 | Mikologi | Mycology | 2 | ?B
TLM3105 | Virologi | Virology | 2 | ?B
TLM3106 | Toksikologi Klinik | Clinical Toxicology | 2 | ?P
TLM3107 | Sitohistoteknologi II | Cytohistotechnology II | 2 | ?P
TLM3108 | Metodologi Penelitian | Research Methodology | 2 | O
## 3 S2
TLM3209 | Kimia Klinik III | Clinical Chemistry III | 3 | P
TLM3210 | Imunoserologi II | Immunoserology II | 2 | ?P
TLM3211 | Biologi Molekuler Klinik | Clinical Molecular Biology | 3 | ?B
TLM3212 | Kendali Mutu Laboratorium | Laboratory Quality Control | 2 | P
TLM3213 | Manajemen Laboratorium | Laboratory Management | 2 | P
TLM3214 | Kewirausahaan | Entrepreneurship | 2 | O
TLM3215 | Praktik Kerja Lapangan I (Puskesmas) | Field Work Practice I (Community Health Centre) | 4 | P | chemistry,hematology
## 4 S1
TLM4101 | Praktik Kerja Lapangan II (Rumah Sakit) | Field Work Practice II (Hospital Laboratory) | 6 | P | microbiology,blood_bank,immunology
TLM4102 | Etika Profesi dan Hukum Kesehatan | Professional Ethics and Health Law | 2 | ?O
TLM4103 | Sitogenetika | Cytogenetics | 2 | ?B
TLM4104 | Hematologi Lanjut | Advanced Hematology | 2 | P
TLM4105 | Kimia Klinik Lanjut | Advanced Clinical Chemistry | 2 | P
TLM4106 | Teknologi Bank Darah Lanjut | Advanced Blood Bank Technology | 2 | P
TLM4107 | Seminar Teknologi Laboratorium Medis | Seminar in Medical Laboratory Technology | 2 | O
## 4 S2
TLM4208 | Praktik Kerja Lapangan III (Labkesda) | Field Work Practice III (Regional Health Laboratory) | 4 | P | urinalysis,chemistry
TLM4209 | Tugas Akhir | Final Project (Thesis) | 6 | O
TLM4210 | Kuliah Kerja Nyata | Community Service Program | 3 | O
"""

ID_BIO = """
## 1 S1
MKU1101 | Pendidikan Agama | Religious Education | 2 | O
BIO1101 | Biologi Umum | General Biology | 4 | B
KIM1101 | Kimia Dasar I | Basic Chemistry I | 3 | C
MAT1101 | Kalkulus | Calculus | 3 | M
## 1 S2
BIO1202 | Zoologi | Zoology | 3 | B
BIO1203 | Botani | Botany | 3 | B
KIM1202 | Kimia Organik | Organic Chemistry | 3 | C
## 2 S1
BIO2101 | Genetika | Genetics | 3 | B
BIO2102 | Mikrobiologi | Microbiology | 3 | B
BIO2103 | Biokimia | Biochemistry | 3 | C
## 2 S2
BIO2204 | Fisiologi Hewan | Animal Physiology | 3 | B
BIO2205 | Biostatistika | Biostatistics | 2 | M
## 3 S1
BIO3101 | Ekologi | Ecology | 3 | ?B
BIO3102 | Biologi Molekuler | Molecular Biology | 3 | B
## 3 S2
BIO3203 | Imunologi | Immunology | 3 | B
BIO3204 | Metodologi Penelitian | Research Methodology | 2 | O
## 4 S1
BIO4101 | Kuliah Kerja Nyata | Community Service Program | 3 | O
## 4 S2
BIO4202 | Skripsi | Undergraduate Thesis | 6 | O
"""

ID_NERS = """
## 1 S1
MKU1101 | Pendidikan Agama | Religious Education | 2 | O
KEP1101 | Anatomi Fisiologi | Anatomy and Physiology | 3 | B
KEP1102 | Konsep Dasar Keperawatan | Basic Concepts of Nursing | 3 | O
## 1 S2
KEP1203 | Farmakologi | Pharmacology | 3 | O
KEP1204 | Keperawatan Dasar | Fundamentals of Nursing | 4 | O
## 2 S1
KEP2101 | Keperawatan Medikal Bedah I | Medical-Surgical Nursing I | 4 | O
## 2 S2
KEP2202 | Keperawatan Anak | Pediatric Nursing | 3 | O
## 3 S1
KEP3101 | Keperawatan Maternitas | Maternity Nursing | 3 | O
## 3 S2
KEP3202 | Keperawatan Jiwa | Mental Health Nursing | 3 | O
## 4 S1
KEP4101 | Keperawatan Komunitas | Community Health Nursing | 4 | O
## 4 S2
KEP4202 | Skripsi | Undergraduate Thesis | 4 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "ID", title, "bachelor", 4, field, "semester", parse(table, LOCAL), 9, 8,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="ID", name="Indonesia",
    given={"F": ["Dewi", "Sri", "Ayu", "Fitri", "Nur", "Rina", "Indah", "Putri", "Siti", "Wahyuni",
                 "Novita", "Retno"],
           "M": ["Agus", "Budi", "Dimas", "Eko", "Fajar", "Hendra", "Rizky", "Yusuf", "Bayu", "Arif",
                 "Teguh", "Wahyu"]},
    surnames=["Rahayu", "Wulandari", "Pratama", "Setiawan", "Susanti", "Hidayat", "Kurniawan", "Lestari",
              "Saputra", "Handayani", "Nugroho", "Permatasari", "Santoso", "Anggraini"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Politeknik Kesehatan Tirta Mandala Surabaya", "Surabaya", "Jawa Timur", "ID",
                    "Jl. Pucang Jajar Tengah No. 56", ("id_tlm",),
                    extra={"dept": "Jurusan Teknologi Laboratorium Medis", "kode": "3578"}),
        Institution("Universitas Sagara Timur", "Makassar", "Sulawesi Selatan", "ID",
                    "Jl. Perintis Kemerdekaan Km. 12", ("id_tlm", "id_bio", "id_ners"),
                    extra={"dept": "Program Studi Sarjana Terapan Teknologi Laboratorium Medis", "kode": "7371"}),
        Institution("Institut Ilmu Kesehatan Cendana Raya", "Semarang", "Jawa Tengah", "ID",
                    "Jl. Tirto Agung No. 18, Banyumanik", ("id_tlm", "id_ners"),
                    extra={"dept": "Fakultas Ilmu Kesehatan", "kode": "3374"}),
    ],
    employers=[
        Employer("RSUD Dr. Soebandi Wetan", "Surabaya", "Jawa Timur", "ID",
                 "Jl. Ahmad Yani No. 114", "(031) 555-0142", "kepegawaian@rsud-wetan.example"),
        Employer("Rumah Sakit Islam Nurul Hikmah", "Semarang", "Jawa Tengah", "ID",
                 "Jl. Kaligawe Raya Km. 4", "(024) 555-0178", "sdm@rsi-nurulhikmah.example"),
        Employer("Laboratorium Klinik Prima Husada", "Makassar", "Sulawesi Selatan", "ID",
                 "Jl. Sam Ratulangi No. 77", "(0411) 555-0193", "hrd@primahusada-lab.example", "lab"),
        Employer("RS Bhakti Mulia Sejahtera", "Malang", "Jawa Timur", "ID",
                 "Jl. Kawi No. 23", "(0341) 555-0121", "personalia@rsbms.example"),
    ],
    signers=["dr. Hartono Wibisono, Sp.PK", "Ir. Siti Maryam, M.Kes.", "Drs. Bambang Sulistyo, M.M.",
             "dr. Ratna Kusumawardani, M.Kes."],
    curricula=[_cur("id_tlm", "Sarjana Terapan Teknologi Laboratorium Medis", "medical_technology", ID_TLM, True),
               _cur("id_bio", "Sarjana Sains (S.Si.) Biologi", "biology", ID_BIO),
               _cur("id_ners", "Sarjana Keperawatan (S.Kep.)", "nursing", ID_NERS)],
    mls_curriculum="id_tlm", science_curricula=["id_bio"], nonqualifying_curricula=["id_ners"],
    positions_mls=["Pranata Laboratorium Kesehatan (Medical Laboratory Technologist)", "Ahli Teknologi Laboratorium Medik",
                   "Medical Laboratory Technologist"],
    positions_science=["Analis Laboratorium", "Laboratory Analyst"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"P2783{rng.randint(1, 9)}1{sy % 100:02d}{rng.randint(1, 99):03d}",
)
K.register(PACK)
add_department_phrases("ID", {
    "blood_bank": ["Bank Darah (Blood Bank)", "Unit Transfusi Darah"], "chemistry": ["Kimia Klinik"],
    "hematology": ["Hematologi"], "microbiology": ["Mikrobiologi"], "immunology": ["Imunoserologi"],
    "urinalysis": ["Urinalisis"], "molecular": ["Biologi Molekuler"], "phlebotomy": ["Sampling"],
    "other": ["Patologi Anatomi", "Parasitologi"]})

BOBOT = {"A": 4.0, "AB": 3.5, "B": 3.0, "BC": 2.5, "C": 2.0}
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
PROJECTS = [("Gambaran Kadar Hemoglobin pada Ibu Hamil Trimester III di Wilayah Kerja Puskesmas Kenari Kota {c}",),
            ("Perbandingan Hasil Pemeriksaan Glukosa Darah Metode POCT dan Metode Enzimatik GOD-PAP pada Pasien "
             "Diabetes Melitus",),
            ("Identifikasi Telur Soil Transmitted Helminths pada Kuku Anak Sekolah Dasar di Kecamatan Tanjung {c}",),
            ("Pengaruh Lama Penyimpanan Serum pada Suhu 2-8 Derajat Celsius terhadap Kadar SGOT dan SGPT",),
            ("Pola Kepekaan Bakteri Penyebab Infeksi Saluran Kemih terhadap Antibiotik di Rumah Sakit Umum "
             "Daerah {c}",)]


def id_grade(r):
    for lo, g in ((80, "A"), (74, "AB"), (68, "B"), (62, "BC")):
        if r.score >= lo:
            return g
    return "C"


def tgl(d, en=False):
    return f"{d.day} {(D_EN if en else BULAN)[d.month - 1]} {d.year}"


D_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def id_totals(s):
    sks = sum(r.spec.credits for t in s.terms for r in t.results)
    mutu = sum(r.spec.credits * BOBOT[id_grade(r)] for t in s.terms for r in t.results)
    ipk = int(mutu / sks * 100 + 0.5) / 100
    pred = ("Dengan Pujian (With Honours)" if ipk > 3.5 else "Sangat Memuaskan (Very Satisfactory)"
            if ipk > 3.0 else "Memuaskan (Satisfactory)")
    return sks, mutu, ipk, pred


def id_pin(s):
    """Nomor Ijazah Nasional: regency code, year, 7 digits (stable per student)."""
    k = zlib.crc32(s.student_no.encode()) % 10 ** 7
    return f"{s.institution.extra['kode']}1{s.conferred.year}{k:07d}"


def id_birthplace(s):
    opts = {"Surabaya": ["Surabaya", "Sidoarjo", "Gresik", "Kediri", "Jombang"],
            "Makassar": ["Makassar", "Gowa", "Maros", "Parepare", "Bone"],
            "Semarang": ["Semarang", "Kendal", "Demak", "Salatiga", "Klaten"]}[s.institution.city]
    return opts[zlib.crc32(("pob" + s.student_no).encode()) % len(opts)]


def id_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    L, R, gap = 26, A4[0] - 26, 10
    cw = (R - L - gap) / 2
    fs = 6.6
    name = name_form(person, "caps")
    # column offsets inside one running column
    ox = {"no": 11, "kode": 15, "mk": 52, "sks": cw - 80, "nilai": cw - 58, "bobot": cw - 36, "mutu": cw - 3}
    title_w = ox["sks"] - 13 - ox["mk"]
    pages, st = [], {}
    top_first, top_next, bottom = 182, 138, A4[1] - 140

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.logo(L + 24, 48, 20, 0, 0.3)
        y = 36
        p.text(p.w / 2 + 16, y, "KEMENTERIAN KESEHATAN REPUBLIK INDONESIA" if "Politeknik" in inst.name else
               "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", F, 8.5, "center"); y += 13
        p.text(p.w / 2 + 16, y, inst.name.upper(), FB, 12, "center"); y += 12
        p.text(p.w / 2 + 16, y, f"{inst.street}, {inst.city}, {inst.region}", F, 7.5, "center"); y += 6
        p.hline(L, R, y, 1.4); p.hline(L, R, y + 2.5, 0.4); y += 20
        p.text(p.w / 2, y, "TRANSKRIP AKADEMIK", FB, 12, "center"); y += 12
        p.text(p.w / 2, y, "ACADEMIC TRANSCRIPT", FI, 9.5, "center"); y += 16
        if len(pages) == 1:
            dobp = id_birthplace(s)
            rows = [("Nama / Name", name, "NIM / Student Number", s.student_no),
                    ("Tempat, Tgl. Lahir / Place, Date of Birth", f"{dobp}, {tgl(s.dob)}", "Jenjang / Level",
                     "Sarjana Terapan (D-IV)" if cur.id == "id_tlm" else "Sarjana (S1)"),
                    ("Program Studi / Study Program", cur.title.replace("Sarjana Terapan ", ""),
                     "Tanggal Lulus / Date of Graduation", tgl(s.conferred)),
                    ("Nomor Ijazah Nasional / National Certificate No.", id_pin(s), None, None)]
            for a, b, c, d in rows:
                items = [(L, a, "left", F, 7), (L + 154, f": {b}", "left", FB, 7.5)]
                if c:
                    items += [(L + 350, c, "left", F, 7), (L + 466, f": {d}", "left", FB, 7.5)]
                p.pieces(y, items, F, 7.5)
                y += 11
            st["top"] = top_first
        else:
            p.pieces(y, [(L, "Nama / Name", "left", F, 7), (L + 60, f": {name}", "left", FB, 7.5),
                         (L + 350, "NIM / Student Number", "left", F, 7), (L + 440, f": {s.student_no}", "left", FB, 7.5)],
                     F, 7.5)
            st["top"] = top_next
        st.update(page=p, col=0)
        col_head()

    def col_head():
        p, x, top = st["page"], L + st["col"] * (cw + gap), st["top"]
        p.rect(x, top - 22, cw, bottom - top + 26, 0.6, 0.0)
        p.pieces(top - 12, [(x + ox["no"], "No", "right"), (x + ox["kode"], "Kode", "left"),
                            (x + ox["mk"], "Mata Kuliah", "left"), (x + ox["sks"], "SKS", "center"),
                            (x + ox["nilai"], "Nilai", "center"), (x + ox["bobot"], "Bobot", "center"),
                            (x + ox["mutu"], "Mutu", "right")], FB, 6.8)
        p.pieces(top - 4, [(x + ox["kode"], "Code", "left"), (x + ox["mk"], "Course", "left"),
                           (x + ox["sks"], "Credits", "center"), (x + ox["nilai"], "Grade", "center"),
                           (x + ox["bobot"], "Weight", "center"), (x + ox["mutu"], "Points", "right")], FI, 6)
        p.hline(x, x + cw, top, 0.6)
        for k in ("kode", "mk"):
            p.vline(x + ox[k] - 3, top - 22, bottom + 4, 0.3)
        for k in ("sks", "nilai", "bobot"):
            p.vline(x + ox[k] - 11, top - 22, bottom + 4, 0.3)
        p.vline(x + ox["bobot"] + 11, top - 22, bottom + 4, 0.3)
        st["y"] = top + 9

    def need(h):
        if st["y"] + h > bottom:
            if st["col"] == 0:
                st["col"] = 1
                col_head()
            else:
                new_page()

    new_page()
    out, n = [], 0
    for t in s.terms:
        for r in t.results:
            loc = wrap(LOCAL[r.spec.code], F, fs, title_w)
            en = wrap(r.spec.title, FI, fs - 0.4, title_w)
            need(7.2 * (len(loc) + len(en)) + 2)
            n += 1
            g = id_grade(r)
            b = BOBOT[g]
            x, p = L + st["col"] * (cw + gap), st["page"]
            p.pieces(st["y"], [(x + ox["no"], str(n), "right"), (x + ox["kode"], r.code, "left"),
                               (x + ox["mk"], loc[0], "left"), (x + ox["sks"], fmt_num(r.spec.credits), "center"),
                               (x + ox["nilai"], g, "center"), (x + ox["bobot"], fmt_num(b), "center"),
                               (x + ox["mutu"], fmt_num(b * r.spec.credits), "right")], F, fs)
            for ln in loc[1:]:
                st["y"] += 7.2
                p.text(x + ox["mk"], st["y"], ln, F, fs)
            for ln in en:
                st["y"] += 7.2
                p.text(x + ox["mk"], st["y"], ln, FI, fs - 0.4)
            st["y"] += 9.0
            out.append(course_truth(r, None, r.spec.credits, g, "semester", title=" ".join(en),
                                    title_local=" ".join(loc)))
    sks, mutu, ipk, pred = id_totals(s)
    # totals, final project, photo and signatures in the strip under the columns of the last page
    for i, pg in enumerate(pages, 1):
        if i < len(pages):
            pg.text(pg.w / 2, bottom + 18, "Bersambung ke halaman berikutnya / continued on the next page", FI, 7,
                    "center")
        pg.text(pg.w - 26, pg.h - 16, f"Halaman {i} dari {len(pages)}", F, 6.5, "right")
    p = pages[-1]
    y = bottom + 16
    p.spaced(L, y, [f"Jumlah SKS / Total Credits: {fmt_num(sks)}", f"Jumlah Mutu: {fmt_num(mutu)}",
                    f"IPK / GPA: {ipk:.2f}", f"Predikat: {pred}"], FB, 7.5, 14)
    y += 12
    proj = PROJECTS[zlib.crc32(s.student_no.encode()) % len(PROJECTS)][0].format(c=inst.city)
    lines = wrap(proj, F, 7.5, (R - L) * 0.52)
    p.pieces(y, [(L, "Judul Tugas Akhir / Final Project Title:", "left", FB, 7.5), (L + 150, lines[0], "left")], F, 7.5)
    for ln in lines[1:]:
        y += 9.5
        p.text(L + 150, y, ln, F, 7.5)
    y += 16
    photo_box(p, L + 110, y, 34, 46)
    sx = R - 110
    p.text(sx, y, f"{inst.city}, {tgl(s.conferred)}", F, 7.5, "center")
    p.text(sx, y + 9, "Direktur / Director" if "Politeknik" in inst.name else "Dekan / Dean", F, 7.5, "center")
    p.signature(sx - 50, y + 40, 100, rng)
    signer = ["dr. Agus Triwibowo, M.Kes.", "Dr. Endang Sulistyowati, S.Si., M.Kes.", "Prof. Dr. Hasanuddin Lantara"]
    nm = signer[zlib.crc32(inst.name.encode()) % 3]
    p.text(sx, y + 52, nm, FB, 7.5, "center")
    p.text(sx, y + 61, f"NIP {19650000 + zlib.crc32(nm.encode()) % 9999} 199003 {1 + len(nm) % 2} 00{len(nm) % 9}", F, 7,
           "center")
    p.circle(sx - 40, y + 34, 20, 0.8, 0.5)
    p.circle(sx - 40, y + 34, 16, 0.4, 0.5)
    return LayoutResult("transcript", "id_two_column_transcript", FAMILY, pages, [name], out, "semester",
                        {"conferred_printed": tgl(s.conferred), "prints_totals": True,
                         "project": " ".join(lines), "gpa": ipk})


TRANSCRIPT_LAYOUTS = {"id_two_column_transcript": (id_transcript, FAMILY, ("ID",))}
