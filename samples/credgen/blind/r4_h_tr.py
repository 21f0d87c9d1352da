"""Writer H, round 4: Turkey. Country pack (Moleküler Biyoloji ve Genetik lisans, a science degree;
Tıbbi Laboratuvar Bilimleri lisans; Hemşirelik; credit system `semester` on the national credit
K, not AKTS) and the "NOT DÖKÜM BELGESİ / TRANSCRIPT": bilingual header block, the two semesters
of a year SIDE BY SIDE ("2016-2017 Güz / Fall" left, "2016-2017 Bahar / Spring" right), each
`Ders Kodu | Ders Adı | K | AKTS | Not` with Turkish titles only (wrapped), letter grades AA..FF,
a 0-credit "Staj" graded "G"; under each block "Dönem / Term: Kredi 22 AKTS 30 ANO 3.12" and
"Genel / Cumulative: Kredi 44 AKTS 60 GNO 3.05"."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, wrap
from .r4_h_common import FAMILY, add_department_phrases, course_truth, parse

# printed field "Turkish title;AKTS"; credits = K (national credit)
TR_MBG = """
## 1 S1
MBG101 | Genel Biyoloji I;6 | General Biology I | 4 | B
KIM101 | Genel Kimya I;6 | General Chemistry I | 4 | C
MAT101 | Matematik I;6 | Mathematics I | 4 | M
FIZ101 | Fizik I;5 | Physics I | 3 | O
TDL101 | Türk Dili I;2 | Turkish Language I | 2 | O
AIT101 | Atatürk İlkeleri ve İnkılap Tarihi I;2 | Principles of Ataturk I | 2 | O
ING101 | İngilizce I;3 | English I | 3 | O
## 1 S2
MBG102 | Genel Biyoloji II;6 | General Biology II | 4 | B
KIM102 | Genel Kimya II;6 | General Chemistry II | 4 | C
MAT102 | Matematik II;6 | Mathematics II | 4 | M
FIZ102 | Fizik II;5 | Physics II | 3 | O
TDL102 | Türk Dili II;2 | Turkish Language II | 2 | O
AIT102 | Atatürk İlkeleri ve İnkılap Tarihi II;2 | Principles of Ataturk II | 2 | O
ING102 | İngilizce II;3 | English II | 3 | O
## 2 S1
MBG201 | Hücre Biyolojisi;6 | Cell Biology | 3 | B
MBG203 | Organik Kimya;6 | Organic Chemistry | 4 | C
MBG205 | Mikrobiyoloji;6 | Microbiology | 4 | B
MBG207 | Biyoistatistik;5 | Biostatistics | 3 | M
MBG209 | Analitik Kimya;5 | Analytical Chemistry | 3 | C
ING201 | Mesleki İngilizce I;2 | Professional English I | 2 | O
## 2 S2
MBG202 | Genetik;6 | Genetics | 4 | B
MBG204 | Biyokimya I;6 | Biochemistry I | 4 | C
MBG206 | Moleküler Biyoloji I;6 | Molecular Biology I | 3 | B
MBG208 | İnsan ve Hayvan Fizyolojisi;5 | Human and Animal Physiology | 3 | B
MBG210 | Fizikokimya;5 | Physical Chemistry | 3 | C
ING202 | Mesleki İngilizce II;2 | Professional English II | 2 | O
## 3 S1
MBG301 | Biyokimya II;6 | Biochemistry II | 4 | C
MBG303 | Moleküler Biyoloji II;6 | Molecular Biology II | 3 | B
MBG305 | İmmünoloji;6 | Immunology | 3 | B
MBG307 | Gen Mühendisliği ve Biyoteknoloji;6 | Genetic Engineering and Biotechnology | 3 | ?B
MBG309 | Seçmeli: Virolojiye Giriş;6 | Elective: Introduction to Virology | 3 | ?B
## 3 S2
MBG302 | İnsan Genetiği;6 | Human Genetics | 3 | B
MBG304 | Moleküler Genetik Laboratuvarı;6 | Molecular Genetics Laboratory | 2 | B
MBG306 | Biyoinformatik;6 | Bioinformatics | 3 | ?B
MBG308 | Evrimsel Biyoloji;6 | Evolutionary Biology | 3 | ?B
MBG310 | Seçmeli: Kanser Biyolojisi;6 | Elective: Cancer Biology | 3 | ?B
## 4 S1
MBG401 | Tıbbi Genetik ve Sitogenetik;6 | Medical Genetics and Cytogenetics | 3 | B
MBG403 | Gelişim Biyolojisi;6 | Developmental Biology | 3 | B
MBG405 | Bitirme Projesi I;8 | Graduation Project I | 3 | O
MBG407 | Seçmeli: Nörobiyoloji;5 | Elective: Neurobiology | 3 | B
MBG409 | Seçmeli: Moleküler Tanı Yöntemleri;5 | Elective: Molecular Diagnostic Methods | 3 | ?P
## 4 S2
MBG402 | Genom Biyolojisi;6 | Genome Biology | 3 | B
MBG404 | Bitirme Projesi II;10 | Graduation Project II | 4 | O
MBG406 | Biyoetik;4 | Bioethics | 2 | O
MBG408 | Seçmeli: Kök Hücre Biyolojisi;5 | Elective: Stem Cell Biology | 3 | B
MBG410 | Staj;5 | Internship | 0 | O
"""

TR_TLB = """
## 1 S1
TLB101 | Anatomi;6 | Anatomy | 4 | B
TLB103 | Genel Kimya;6 | General Chemistry | 4 | C
TLB105 | Genel Biyoloji;6 | General Biology | 4 | B
TLB107 | Matematik;5 | Mathematics | 3 | M
TLB109 | Türk Dili I;2 | Turkish Language I | 2 | O
AIT101 | Atatürk İlkeleri ve İnkılap Tarihi I;2 | Principles of Ataturk I | 2 | O
ING101 | İngilizce I;3 | English I | 3 | O
## 1 S2
TLB102 | Fizyoloji;6 | Physiology | 4 | B
TLB104 | Organik Kimya;6 | Organic Chemistry | 4 | C
TLB106 | Histoloji ve Embriyoloji;6 | Histology and Embryology | 3 | ?B
TLB108 | Biyoistatistik;5 | Biostatistics | 3 | M
TLB110 | Türk Dili II;2 | Turkish Language II | 2 | O
AIT102 | Atatürk İlkeleri ve İnkılap Tarihi II;2 | Principles of Ataturk II | 2 | O
ING102 | İngilizce II;3 | English II | 3 | O
## 2 S1
TLB201 | Biyokimya I;7 | Biochemistry I | 4 | C
TLB203 | Temel Mikrobiyoloji;7 | Basic Microbiology | 4 | B
TLB205 | Laboratuvar Güvenliği ve Temel Teknikler;6 | Laboratory Safety and Basic Techniques | 3 | P
TLB207 | Genetik;6 | Genetics | 3 | B
TLB209 | Tıbbi Terminoloji;4 | Medical Terminology | 2 | O
## 2 S2
TLB202 | Biyokimya II;7 | Biochemistry II | 4 | C
TLB204 | Tıbbi Mikrobiyoloji;7 | Medical Microbiology | 4 | P
TLB206 | İmmünoloji;6 | Immunology | 3 | B
TLB208 | Fizyopatoloji;6 | Pathophysiology | 3 | ?B
TLB210 | Farmakoloji;4 | Pharmacology | 2 | O
## 3 S1
TLB301 | Klinik Biyokimya I;8 | Clinical Biochemistry I | 4 | P
TLB303 | Hematoloji I;8 | Hematology I | 4 | P
TLB305 | Tıbbi Parazitoloji;7 | Medical Parasitology | 3 | P
TLB307 | Patoloji Laboratuvar Teknikleri;7 | Pathology Laboratory Techniques | 3 | P
## 3 S2
TLB302 | Klinik Biyokimya II;8 | Clinical Biochemistry II | 4 | P
TLB304 | Hematoloji II ve Hemostaz;8 | Hematology II and Hemostasis | 4 | P
TLB306 | Kan Bankacılığı ve Transfüzyon;7 | Blood Banking and Transfusion | 3 | P
TLB308 | Moleküler Tanı Yöntemleri;7 | Molecular Diagnostic Methods | 3 | ?P
## 4 S1
TLB401 | Klinik Mikrobiyoloji Uygulamaları;10 | Clinical Microbiology Practice | 4 | P
TLB403 | İdrar ve Vücut Sıvıları Analizi;8 | Urine and Body Fluid Analysis | 3 | P
TLB405 | Laboratuvar Kalite Yönetimi;6 | Laboratory Quality Management | 3 | P
TLB407 | Bitirme Projesi;6 | Graduation Project | 2 | O
## 4 S2
TLB402 | Klinik Uygulama (Hastane Laboratuvarı);30 | Clinical Practice (Hospital Laboratory) | 12 | P | chemistry,hematology,microbiology,blood_bank
"""

TR_HEM = """
## 1 S1
HEM101 | Anatomi;8 | Anatomy | 4 | B
HEM103 | Hemşirelik Esasları I;22 | Fundamentals of Nursing I | 10 | O
## 1 S2
HEM102 | Fizyoloji;8 | Physiology | 4 | B
HEM104 | Hemşirelik Esasları II;22 | Fundamentals of Nursing II | 10 | O
## 2 S1
HEM201 | İç Hastalıkları Hemşireliği;30 | Internal Medicine Nursing | 14 | O
## 2 S2
HEM202 | Cerrahi Hastalıkları Hemşireliği;30 | Surgical Nursing | 14 | O
## 3 S1
HEM301 | Kadın Sağlığı ve Hastalıkları Hemşireliği;30 | Women's Health Nursing | 14 | O
## 3 S2
HEM302 | Çocuk Sağlığı ve Hastalıkları Hemşireliği;30 | Child Health Nursing | 14 | O
## 4 S1
HEM401 | Ruh Sağlığı ve Psikiyatri Hemşireliği;30 | Psychiatric Nursing | 14 | O
## 4 S2
HEM402 | Halk Sağlığı Hemşireliği ve İntörnlük;30 | Public Health Nursing and Internship | 14 | O
"""

LOCAL = {}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "TR", title, "bachelor", 4, field, "semester", parse(table, LOCAL), 9, 6,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="TR", name="Turkey",
    given={"F": ["Zeynep", "Elif", "Merve", "Büşra", "Ayşe", "Esra", "Gizem", "Şeyma", "İrem", "Özge"],
           "M": ["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Furkan", "Çağlar", "Serkan", "İbrahim", "Yusuf"]},
    surnames=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
              "Kılıç", "Çetin", "Koç", "Güneş"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Kuzey Ege Üniversitesi", "Balıkesir", "Balıkesir", "TR", "Çağış Yerleşkesi, Altıeylül",
                    ("tr_mbg", "tr_tlb", "tr_hem"),
                    extra={"fac": "Fen Fakültesi / Faculty of Science",
                           "hfac": "Sağlık Bilimleri Fakültesi / Faculty of Health Sciences"}),
        Institution("Toroslar Teknik Üniversitesi", "Mersin", "Mersin", "TR", "Çiftlikköy Kampüsü, Yenişehir",
                    ("tr_mbg", "tr_hem"),
                    extra={"fac": "Fen Fakültesi / Faculty of Science",
                           "hfac": "Sağlık Bilimleri Fakültesi / Faculty of Health Sciences"}),
        Institution("Yeşilırmak Üniversitesi", "Tokat", "Tokat", "TR", "Taşlıçiftlik Yerleşkesi",
                    ("tr_mbg", "tr_tlb"),
                    extra={"fac": "Mühendislik ve Doğa Bilimleri Fakültesi / Faculty of Engineering and Natural Sciences",
                           "hfac": "Sağlık Bilimleri Fakültesi / Faculty of Health Sciences"}),
    ],
    employers=[
        Employer("Balıkesir Atatürk Şehir Hastanesi", "Balıkesir", "Balıkesir", "TR",
                 "Gaziosmanpaşa Mah., Soma Cad. No: 12", "+90 266 555 01 42", "ik@basehastanesi.example"),
        Employer("Özel Akdeniz Tıp Merkezi A.Ş.", "Mersin", "Mersin", "TR",
                 "Kuvayi Milliye Cad. No: 94, Akdeniz", "+90 324 555 01 78", "insankaynaklari@akdeniztip.example"),
        Employer("Medilab Tanı Laboratuvarları Ltd. Şti.", "İzmir", "İzmir", "TR",
                 "Şehit Fethi Bey Cad. No: 55, Konak", "+90 232 555 01 93", "ik@medilabtani.example", "lab"),
        Employer("Tokat Gaziosmanpaşa Devlet Hastanesi", "Tokat", "Tokat", "TR",
                 "Behzat Cad. No: 3", "+90 356 555 01 21", "personel@tokatdh.example"),
    ],
    signers=["Dr. Hakan Özdemir", "Nurcan Aksoy", "Uzm. Dr. Selim Karaca", "Filiz Erdoğan"],
    curricula=[_cur("tr_tlb", "Tıbbi Laboratuvar Bilimleri Lisans Programı", "medical_laboratory_science", TR_TLB, clin=True),
               _cur("tr_mbg", "Moleküler Biyoloji ve Genetik Lisans Programı", "biology", TR_MBG),
               _cur("tr_hem", "Hemşirelik Lisans Programı", "nursing", TR_HEM)],
    mls_curriculum="tr_tlb", science_curricula=["tr_mbg"], nonqualifying_curricula=["tr_hem"],
    positions_mls=["Laboratory Technician (Medical Laboratory)", "Tıbbi Laboratuvar Teknisyeni"],
    positions_science=["Laboratory Technician (Medical Laboratory)", "Biyolog"],
    code_style="space",
    student_no=lambda rng, sy, inst: f"{sy % 100:02d}{rng.randint(1000000, 9999999)}",
)
K.register(PACK)
add_department_phrases("TR", {
    "blood_bank": ["Kan Merkezi", "Transfüzyon Merkezi"], "chemistry": ["Biyokimya"],
    "hematology": ["Hematoloji"], "microbiology": ["Mikrobiyoloji"], "immunology": ["İmmünoloji", "Seroloji"],
    "urinalysis": ["İdrar Analizi"], "molecular": ["Moleküler Tanı"], "phlebotomy": ["Kan Alma Birimi"],
    "other": ["Patoloji"]})

DEPT = {"tr_mbg": "Moleküler Biyoloji ve Genetik / Molecular Biology and Genetics",
        "tr_tlb": "Tıbbi Laboratuvar Bilimleri / Medical Laboratory Sciences", "tr_hem": "Hemşirelik / Nursing"}
SCALE = [(84, "AA", 4.0), (77, "BA", 3.5), (70, "BB", 3.0), (64, "CB", 2.5), (58, "CC", 2.0), (52, "DC", 1.5),
         (0, "DD", 1.0)]


def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


def tr_grade(r):
    if r.spec.credits == 0:
        return "G", None
    for lo, g, p in SCALE:
        if r.score >= lo:
            return g, p


def printed(r):
    t, akts = LOCAL[r.spec.code].split(";")
    return t, int(akts)


def tr_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 28, A4[0] - 28
    gap = 8
    bw = (R - L - gap) / 2
    name = f"{person.given} {tr_upper(person.surname)}"
    fac = inst.extra["fac"] if cur.id == "tr_mbg" else inst.extra["hfac"]
    tc = f"{rng.randint(10, 99)}*******{rng.randint(10, 99)}"

    def cols(x0):
        return [x0, x0 + 42, x0 + bw - 62, x0 + bw - 44, x0 + bw - 22, x0 + bw]

    pages = []

    def new_page():
        p = Page(A4)
        pages.append(p)
        p.text(p.w / 2, 32, "T.C.", FB, 9, "center")
        p.text(p.w / 2, 44, tr_upper(inst.name), FB, 12, "center")
        p.text(p.w / 2, 55, "Öğrenci İşleri Daire Başkanlığı / Registrar's Office", F, 8, "center")
        p.text(p.w / 2, 72, "NOT DÖKÜM BELGESİ / TRANSCRIPT", FB, 13, "center")
        y = 88
        p.rect(L, y - 9, R - L, 60 if len(pages) == 1 else 14, 0.6)
        p.pieces(y, [(L + 4, f"Adı Soyadı / Name Surname: {name}", "left"),
                     (L + 300, f"Öğrenci No / Student No: {s.student_no}", "left")], F, 7.5)
        if len(pages) == 1:
            y += 11
            p.pieces(y, [(L + 4, f"T.C. Kimlik No / ID No: {tc}", "left"),
                         (L + 300, f"Doğum Tarihi / Date of Birth: {s.dob.strftime('%d.%m.%Y')}", "left")], F, 7.5); y += 11
            p.pieces(y, [(L + 4, f"Fakülte / Faculty: {fac}", "left")], F, 7.5); y += 11
            p.pieces(y, [(L + 4, f"Bölüm / Department: {DEPT.get(cur.id, cur.title)}", "left"),
                         (L + 300, "Program: Lisans / Undergraduate", "left")], F, 7.5); y += 11
            p.pieces(y, [(L + 4, f"Kayıt Tarihi / Registration Date: {s.admitted.strftime('%d.%m.%Y')}", "left"),
                         (L + 300, f"Mezuniyet Tarihi / Graduation Date: {s.conferred.strftime('%d.%m.%Y')}", "left")], F, 7.5)
        return p, y + 22

    p, y = new_page()
    out = []
    cum_k = cum_a = 0
    cum_pts = 0.0
    cum_kg = 0
    years = {}
    for t in s.terms:
        years.setdefault(t.year, {})[t.key] = t
    for yr in sorted(years):
        blocks = [years[yr].get("S1"), years[yr].get("S2")]
        prepared = []
        for t in blocks:
            if t is None:
                prepared.append(None)
                continue
            rows = []
            for r in t.results:
                title, akts = printed(r)
                lines = wrap(title, F, 7, cols(0)[2] - cols(0)[1] - 4)
                rows.append((r, lines, akts) + tr_grade(r))
            prepared.append((t, rows))
        need = 40 + max(sum(9 * len(x[1]) + 2 for x in b[1]) for b in prepared if b) + 30
        if y + need > p.h - 70:
            p, y = new_page()
        # block captions and column heads
        caps, heads = [], []
        for i, b in enumerate(prepared):
            if not b:
                continue
            t = b[0]
            c = cols(L + i * (bw + gap))
            sem = "Güz / Fall" if t.key == "S1" else "Bahar / Spring"
            caps.append((c[0] + bw / 2, f"{t.start_year}-{t.start_year + 1} {sem}", "center"))
            heads += [(c[0] + 2, "Ders Kodu", "left"), (c[1] + 2, "Ders Adı", "left"), ((c[2] + c[3]) / 2, "K", "center"),
                      ((c[3] + c[4]) / 2, "AKTS", "center"), ((c[4] + c[5]) / 2, "Not", "center")]
            p.rect(c[0], y - 9, bw, 12, 0.5, 0.0, fill=0.9)
            p.hline(c[0], c[5], y + 13, 0.5)
        p.pieces(y, caps, FB, 8)
        y += 11
        p.pieces(y, heads, FB, 7)
        y += 12
        ys = [y, y]
        body_top = y - 23
        # rows side by side: the i-th course of each block on the same baseline
        n = max(len(b[1]) for b in prepared if b)
        for k in range(n):
            items, extra = [], []
            base = max(ys)
            h = 0
            for i, b in enumerate(prepared):
                if not b or k >= len(b[1]):
                    continue
                r, lines, akts, g, _ = b[1][k]
                c = cols(L + i * (bw + gap))
                items += [(c[0] + 2, r.code, "left"), (c[1] + 2, lines[0], "left"),
                          ((c[2] + c[3]) / 2, str(int(r.spec.credits)), "center"),
                          ((c[3] + c[4]) / 2, str(akts), "center"), ((c[4] + c[5]) / 2, g, "center")]
                for j, ln in enumerate(lines[1:], 1):
                    extra.append((j, c[1] + 6, ln))
                h = max(h, len(lines))
            p.pieces(base, items, F, 7)
            for j in range(1, h):
                p.pieces(base + 8.5 * j, [(x, s_, "left") for jj, x, s_ in extra if jj == j], F, 7)
            ys = [base + 8.5 * h + 2.5] * 2
        y = max(ys) + 2
        for i, b in enumerate(prepared):
            if b:
                c = cols(L + i * (bw + gap))
                p.rect(c[0], body_top, bw, y - body_top, 0.5)
        # term and cumulative lines
        terms_line, cum_line = [], []
        for i, b in enumerate(prepared):
            if not b:
                continue
            t, rows = b
            c = cols(L + i * (bw + gap))
            k = sum(int(r.spec.credits) for r, *_ in rows)
            a = sum(akts for _, _, akts, _, _ in rows)
            pts = sum(r.spec.credits * gp for r, _, _, _, gp in rows if gp is not None)
            kg = sum(r.spec.credits for r, _, _, _, gp in rows if gp is not None)
            cum_k += k
            cum_a += a
            cum_pts += pts
            cum_kg += kg
            terms_line += [(c[0] + 2, "Dönem / Term:", "left"), (c[0] + 92, f"Kredi {k}", "left"),
                           (c[0] + 142, f"AKTS {a}", "left"), (c[0] + 192, f"ANO {pts / kg:.2f}", "left")]
            cum_line += [(c[0] + 2, "Genel / Cumulative:", "left"), (c[0] + 92, f"Kredi {cum_k}", "left"),
                         (c[0] + 142, f"AKTS {cum_a}", "left"), (c[0] + 192, f"GNO {cum_pts / cum_kg:.2f}", "left")]
            label = f"{t.start_year}-{t.start_year + 1} {'Güz / Fall' if t.key == 'S1' else 'Bahar / Spring'}"
            for r, lines, akts, g, gp in rows:
                out.append(course_truth(r, label, r.spec.credits, g, "semester", title=" ".join(lines), ects=akts,
                                        grade_point=gp))
        y += 10
        p.pieces(y, terms_line, FB, 7)
        y += 9
        p.pieces(y, cum_line, FB, 7)
        y += 18
    if y + 120 > p.h - 40:
        p, y = new_page()
    p.hline(L, R, y - 6, 0.8)
    p.spaced(L, y + 4, [f"Toplam Kredi / Total Credits: {cum_k}", f"Toplam AKTS / Total ECTS: {cum_a}",
                        f"GNO / CGPA: {cum_pts / cum_kg:.2f}"], FB, 8.5, 30)
    y += 18
    for ln in wrap("Not Sistemi / Grading System: AA 4.00, BA 3.50, BB 3.00, CB 2.50, CC 2.00, DC 1.50, DD 1.00, FF 0.00; "
                   "G: Geçer / Pass (kredisiz / non-credit), K: Kalır / Fail. K: Ulusal Kredi / National Credit, AKTS: Avrupa "
                   "Kredi Transfer Sistemi / ECTS, ANO: Dönem Ağırlıklı Not Ortalaması / Term GPA, GNO: Genel Ağırlıklı Not "
                   "Ortalaması / Cumulative GPA.", F, 6.8, R - L):
        p.text(L, y, ln, F, 6.8); y += 8.5
    y += 34
    p.signature(R - 150, y - 12, 100, rng)
    p.text(R - 100, y, "Öğrenci İşleri Daire Başkanı", F, 7.5, "center")
    p.text(R - 100, y + 9, "Head of Student Affairs", F, 7.5, "center")
    p.seal(R - 230, y - 10, 26, 0.5)
    p.text(L, y, f"Belge Tarihi / Date of Issue: {s.conferred.strftime('%d.%m.%Y')}", F, 7.5)
    for i, pg in enumerate(pages, 1):
        pg.text(pg.w / 2, pg.h - 22, f"Sayfa / Page {i}/{len(pages)}", F, 7, "center")
    return LayoutResult("transcript", "tr_not_dokum_belgesi", FAMILY, pages, [name], out, "semester",
                        {"prints_totals": True, "conferred_printed": s.conferred.strftime("%d.%m.%Y")})


TRANSCRIPT_LAYOUTS = {"tr_not_dokum_belgesi": (tr_transcript, FAMILY, ("TR",))}
