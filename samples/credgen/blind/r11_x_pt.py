"""Writer X, round 11: Portugal (PT). Country pack (Licenciatura em Ciências Biomédicas Laboratoriais
of an invented Escola Superior de Tecnologia da Saúde, 4 years, 240 ECTS; Licenciatura em Biologia of
an invented university's science faculty, 3 years, 180 ECTS (Bologna first cycle); Licenciatura em
Enfermagem) and the "CERTIDÃO DE REGISTO ACADÉMICO": a boxed two-column header (Nome, N.º de
estudante, Documento de identificação | Curso, Grau: Licenciatura, Data de conclusão), then ONE
continuous table sorted by curricular year and semester, year and semester given as columns:
`Código` (7 digits) | `Unidade Curricular` | `Ano` (1.º-4.º) | `Sem.` (1.º S / 2.º S / Anual) |
`ECTS` (comma decimals 5,0 / 7,5) | `Classificação` ("14 (catorze) valores", 0-20, pass 10) | `Data`
(dd-mm-aaaa) | `Época` (Normal / Recurso / Especial). For one candidate in three a semester was
spent on Erasmus: its units are "Creditada (a)" with the footnote under the table. Year 4 holds
"Ensino Clínico em Análises Clínicas I/II" (22,5 ECTS each) and an annual project. At the end
"Total de créditos: 240 ECTS - Média final: 15 (quinze) valores" (ECTS-weighted mean of the graded
units, rounded), "O presente documento é autenticado por assinatura digital qualificada", a QR
code drawn at the bottom right, "Pág. 2/3".

Credit basis: ECTS (system "ects", 2 ECTS = 1 SH as criteria.md). Truth grade: the number ("14")
or "Creditada"."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, fit_size
from .r11_x_common import (FAMILY, PT_UNITS, add_department_phrases, by_reading_order, comma, course_truth, k, parse)

PT_MLS = """
## 1 S1
9501101 | Anatomia Humana | 6 | B
9501102 | Química Geral | 6 | C
9501103 | Biologia Celular | 5 | B
9501104 | Bioestatística | 4 | M
9501105 | Física Aplicada às Ciências da Saúde | 4 | O
9501106 | Introdução às Ciências Biomédicas Laboratoriais | 5 | ?P
## 1 S2
9501207 | Fisiologia Humana | 6 | B
9501208 | Química Orgânica | 5 | C
9501209 | Bioquímica I | 6 | C
9501210 | Histologia | 5 | B
9501211 | Microbiologia Geral | 5 | B
9501212 | Psicologia da Saúde | 3 | O
## 2 S1
9502113 | Bioquímica II | 5 | C
9502114 | Genética Humana | 5 | B
9502115 | Imunologia | 5 | ?P
9502116 | Bacteriologia | 7.5 | P
9502117 | Química Analítica | 4.5 | C
9502118 | Saúde Pública | 3 | O
## 2 S2
9502219 | Hematologia I | 7.5 | P
9502220 | Parasitologia | 5 | P
9502221 | Micologia e Virologia | 5 | P
9502222 | Fisiopatologia | 5 | B
9502223 | Bioquímica Clínica I | 7.5 | P
## 3 S1
9503124 | Hematologia II | 6 | P
9503125 | Bioquímica Clínica II | 6 | P
9503126 | Imuno-hemoterapia | 7.5 | P
9503127 | Microbiologia Clínica | 7 | P
9503128 | Ética e Deontologia Profissional | 3.5 | O
## 3 S2
9503229 | Biologia Molecular | 6 | ?P
9503230 | Citologia e Histopatologia | 6 | P
9503231 | Gestão e Qualidade em Laboratório | 4.5 | P
9503232 | Endocrinologia Laboratorial | 5 | P
9503233 | Metodologia de Investigação | 3.5 | O
9503234 | Toxicologia Clínica | 5 | P
## 4 S1
9504135 | Ensino Clínico em Análises Clínicas I | 22.5 | P | chemistry,hematology,urinalysis
## 4 S2
9504236 | Ensino Clínico em Análises Clínicas II | 22.5 | P | microbiology,blood_bank,immunology
9504037 | Projeto de Investigação | 15 | O
"""

PT_BIO = """
## 1 S1
1101101 | Biologia Celular | 6 | B
1101102 | Química Geral | 6 | C
1101103 | Matemática | 6 | M
1101104 | Biologia Animal | 6 | B
1101105 | Física | 6 | O
## 1 S2
1101206 | Biologia Vegetal | 6 | B
1101207 | Química Orgânica | 6 | C
1101208 | Estatística | 6 | M
1101209 | Genética | 6 | B
1101210 | Geologia | 6 | O
## 2 S1
1102111 | Bioquímica | 6 | C
1102112 | Microbiologia | 6 | B
1102113 | Zoologia | 6 | B
1102114 | Botânica | 6 | B
1102115 | Ecologia | 6 | B
## 2 S2
1102216 | Fisiologia Animal | 6 | B
1102217 | Fisiologia Vegetal | 6 | B
1102218 | Biologia Molecular | 6 | B
1102219 | Evolução | 6 | B
1102220 | Imunologia | 6 | ?B
## 3 S1
1103121 | Biologia do Desenvolvimento | 6 | B
1103122 | Ecologia de Populações | 6 | B
1103123 | Biotecnologia | 6 | B
1103124 | Bioinformática | 6 | O
1103125 | Opção Livre I | 6 | O
## 3 S2
1103226 | Biologia da Conservação | 6 | B
1103227 | Virologia | 6 | B
1103228 | Seminário em Biologia | 6 | O
1103229 | Projeto em Biologia | 12 | B
"""

PT_NUR = """
## 1 S1
5101101 | Anatomia e Fisiologia | 10 | B
5101102 | Fundamentos de Enfermagem | 20 | O
## 1 S2
5101203 | Enfermagem e Processos de Saúde | 30 | O
## 2 S1
5102104 | Enfermagem Médico-Cirúrgica I | 30 | O
## 2 S2
5102205 | Enfermagem Médico-Cirúrgica II | 30 | O
## 3 S1
5103106 | Enfermagem de Saúde Materna | 30 | O
## 3 S2
5103207 | Enfermagem de Saúde Infantil | 30 | O
## 4 S1
5104108 | Enfermagem Comunitária | 30 | O
## 4 S2
5104209 | Ensino Clínico de Integração à Vida Profissional | 30 | O
"""

ANNUAL = {"9504037"}


def _cur(cid, title, field, table, years, clin=False):
    return C.Curriculum(cid, "PT", title, "bachelor", years, field, "ects", parse(table), 9, 7,
                        clinical_training=clin)


PT_INST = [
    Institution("Escola Superior de Tecnologia da Saúde de Tágides", "Lisboa", "Lisboa", "PT",
                "Avenida D. João II, Lote 4.69.01", ("pt_mls", "pt_nur"), "college",
                extra={"parent": "Instituto Politécnico de Tágides", "erasmus": "Universidad del Duero, Espanha"}),
    Institution("Escola Superior de Saúde do Mondego", "Coimbra", "Coimbra", "PT", "Rua 5 de Outubro, S. Martinho do Bispo",
                ("pt_mls", "pt_nur"), "college",
                extra={"parent": "Instituto Politécnico do Mondego", "erasmus": "Uniwersytet Medyczny Wiślański, Polónia"}),
    Institution("Universidade do Alto Douro Litoral", "Porto", "Porto", "PT", "Rua do Campo Alegre, 1021",
                ("pt_bio",), "university",
                extra={"parent": "Faculdade de Ciências", "erasmus": "Université de la Garonne, França"}),
]

PACK = K.CountryPack(
    code="PT", name="Portugal",
    given={"F": ["Ana", "Beatriz", "Inês", "Mariana", "Catarina", "Joana", "Sofia", "Rita", "Marta", "Carolina"],
           "M": ["João", "Tiago", "Diogo", "Pedro", "Rui", "Miguel", "André", "Bruno", "Nuno", "Ricardo"]},
    surnames=["Silva Ferreira", "Santos Costa", "Oliveira Pereira", "Rodrigues Martins", "Sousa Carvalho",
              "Fernandes Gomes", "Lopes Marques", "Almeida Ribeiro", "Pinto Teixeira", "Correia Mendes",
              "Nunes Fonseca", "Moreira Cardoso"],
    middle={"F": ["Isabel", "Filipa", "Margarida", "Raquel", ""], "M": ["Manuel", "José", "Miguel", "António", ""]},
    institutions=PT_INST,
    employers=[
        Employer("Centro Hospitalar Universitário do Tejo Norte, E.P.E.", "Lisboa", "Lisboa", "PT",
                 "Alameda das Linhas de Torres, 117", "+351 217 000 412", "rh@chutn.example"),
        Employer("Hospital Distrital de Vale do Sorraia, E.P.E.", "Santarém", "Santarém", "PT", "Avenida Bernardo Santareno",
                 "+351 243 000 218", "recursos.humanos@hdvs.example"),
        Employer("Unidade Local de Saúde do Baixo Vouga, E.P.E.", "Aveiro", "Aveiro", "PT", "Avenida Artur Ravara",
                 "+351 234 000 377", "grh@ulsbv.example"),
        Employer("Laboratório de Análises Clínicas Atlântida, Lda.", "Porto", "Porto", "PT",
                 "Rua de Santa Catarina, 712", "+351 222 000 950", "rh@lab-atlantida.example", "lab"),
    ],
    signers=["Dra. Helena Maria Pacheco", "Dr. Luís Filipe Quintela", "Dra. Teresa Cristina Abreu",
             "Dr. Jorge Manuel Seabra"],
    curricula=[_cur("pt_mls", "Licenciatura em Ciências Biomédicas Laboratoriais", "medical_laboratory_science",
                    PT_MLS, 4, True),
               _cur("pt_bio", "Licenciatura em Biologia", "biology", PT_BIO, 3),
               _cur("pt_nur", "Licenciatura em Enfermagem", "nursing", PT_NUR, 4)],
    mls_curriculum="pt_mls", science_curricula=["pt_bio"], nonqualifying_curricula=["pt_nur"],
    positions_mls=["Técnico Superior de Diagnóstico e Terapêutica (Ciências Biomédicas Laboratoriais)"],
    positions_science=["Técnico Superior (Biologia)", "Técnico de Laboratório"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(100000, 999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("PT", {
    "blood_bank": ["Imuno-hemoterapia"], "chemistry": ["Bioquímica"], "hematology": ["Hematologia"],
    "microbiology": ["Microbiologia"], "immunology": ["Imunologia"], "urinalysis": ["Urologia e Líquidos Biológicos"],
    "molecular": ["Biologia Molecular"], "phlebotomy": ["Colheitas"], "other": ["Anatomia Patológica"]})


def pt_words(n):
    return PT_UNITS[n]


def valores(n):
    return f"{n} ({pt_words(n)}) valores"


def ects_s(x):
    return comma(float(x), 1)


def pt_rows(s):
    """[(r, year, sem label, grade or None, date, época)], sorted by year then 1.º S, 2.º S, Anual."""
    import datetime as dt
    n_terms = len(s.terms)
    eras = None
    if k(s, "eras") % 3 == 0 and s.curriculum.id != "pt_nur":
        eras = n_terms - 3 if s.curriculum.id == "pt_mls" else n_terms - 3
    rows = []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            annual = r.code in ANNUAL
            sem = "Anual" if annual else ("1.º S" if t.key == "S1" else "2.º S")
            q = k(s, f"e{i}.{j}") % 20
            epoca = "Normal" if q < 15 else "Recurso" if q < 19 else "Especial"
            if t.key == "S1" and not annual:
                base = dt.date(t.start_year + 1, 1, 20) if epoca == "Normal" else dt.date(t.start_year + 1, 2, 10)
            else:
                base = dt.date(t.start_year + 1, 6, 20) if epoca == "Normal" else dt.date(t.start_year + 1, 7, 10)
            if epoca == "Especial":
                base = dt.date(t.start_year + 1, 9, 5)
            d = base + dt.timedelta(days=k(s, f"d{i}.{j}") % 12)
            if d > s.conferred:
                d = s.conferred - dt.timedelta(days=k(s, f"c{i}.{j}") % 10)
            if i == eras:
                g = None
                epoca = "-"
                d = dt.date(t.start_year + 1, 7, 15)
            else:
                g = max(10, min(19, int(round(10 + (r.score - 45) / 47.0 * 8 + (k(s, f"g{i}.{j}") % 3 - 1)))))
            rows.append((r, t.year, sem, g, d, epoca, 2 if annual else (0 if t.key == "S1" else 1)))
    rows.sort(key=lambda x: (x[1], x[6]))
    return rows, eras


def qr_code(p, x, y, size, seed):
    """A QR code drawn as modules (three finder squares, random data modules)."""
    import random
    rs = random.Random(seed)
    n = 25
    m = size / n
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        p.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, 0, 0, fill=0)
        p.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, 0, 1, fill=1)
        p.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, 0, 0, fill=0)
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            if rs.random() < 0.48:
                p.rect(x + i * m, y + j * m, m, m, 0, 0, fill=0)


def pt_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    W, H = A4
    L, R = 34, W - 34
    nm = name_form(person, "natural")
    rows, eras = pt_rows(s)
    xs = [L, L + 46, L + 238, L + 262, L + 296, L + 326, L + 418, L + 470, R]
    heads = ["Código", "Unidade Curricular", "Ano", "Sem.", "ECTS", "Classificação", "Data", "Época"]
    out = []
    cc = f"{k(s, 'cc') % 90000000 + 10000000} {k(s, 'cd') % 10} Z{chr(65 + k(s, 'cl') % 26)}{k(s, 'cn') % 10}"

    def new_page(n):
        p = Page(A4)
        p.logo(L + 16, 46, 16, 2, 0.3)
        p.text(L + 40, 40, inst.extra["parent"].upper(), FB, 9)
        p.text(L + 40, 52, inst.name, F, 9)
        p.text(L + 40, 63, "Serviços Académicos", FI, 8)
        p.text(R, 40, f"Certidão n.º {k(s, 'cert') % 9000 + 1000}/{s.conferred.year}", F, 8, "right")
        y = 84
        if n == 1:
            p.text(W / 2, y + 10, "CERTIDÃO DE REGISTO ACADÉMICO", FB, 13, "center")
            y += 24
            p.rect(L, y, R - L, 58, 0.8, 0)
            p.vline(W / 2, y, y + 58, 0.5)
            left = [("Nome:", nm), ("N.º de estudante:", s.student_no), ("Documento de identificação:", f"CC {cc}")]
            right = [("Curso:", cur.title.replace("Licenciatura em ", "")), ("Grau:", "Licenciatura"),
                     ("Data de conclusão:", s.conferred.strftime("%d-%m-%Y"))]
            for m in range(3):
                a, b = left[m]
                c, d = right[m]
                yy = y + 15 + 17 * m
                wa = 122 if m == 2 else 80
                p.pieces(yy, [(L + 6, a, "left", FB, 8), (L + 6 + wa, b, "left",
                               F, fit_size(b, F, 8, W / 2 - L - wa - 10)),
                              (W / 2 + 6, c, "left", FB, 8),
                              (W / 2 + 92, d, "left", F, fit_size(d, F, 8, R - W / 2 - 98))], F, 8)
            y += 72
        else:
            p.text(L, y, f"{nm} — N.º {s.student_no}", F, 8)
            y += 12
        p.rect(L, y, R - L, 16, 0.6, 0, fill=0.88)
        p.pieces(y + 11, [(xs[0] + 3, heads[0], "left"), (xs[1] + 3, heads[1], "left")] +
                 [((xs[c] + xs[c + 1]) / 2, heads[c], "center") for c in range(2, 8)], FB, 7.5)
        return p, y + 16

    fl = Flow(new_page, 118)
    total, wsum, wn = 0.0, 0.0, 0.0
    for r, yr, sem, g, d, epoca, _ in rows:
        fl.need(12)
        p, y = fl.page, fl.y
        ects = r.spec.credits
        gs = valores(g) if g is not None else "Creditada (a)"
        ds = d.strftime("%d-%m-%Y")
        t_sz = fit_size(r.spec.title, F, 7.6, xs[2] - xs[1] - 5)
        p.pieces(y + 8.5, [(xs[0] + 3, r.code, "left"), (xs[1] + 3, r.spec.title, "left", F, t_sz),
                           ((xs[2] + xs[3]) / 2, f"{yr}.º", "center"), ((xs[3] + xs[4]) / 2, sem, "center"),
                           ((xs[4] + xs[5]) / 2, ects_s(ects), "center"), (xs[5] + 4, gs, "left"),
                           ((xs[6] + xs[7]) / 2, ds, "center"), ((xs[7] + xs[8]) / 2, epoca, "center")], F, 7.6)
        p.hline(L, R, y + 12, 0.25, 0.55)
        for x in (L, R):
            p.vline(x, y, y + 12, 0.5)
        fl.y = y + 12
        total += ects
        if g is not None:
            wsum += g * ects
            wn += ects
        out.append(course_truth(r, f"{yr}.º Ano — {sem}", ects, str(g) if g is not None else "Creditada",
                                "ects", epoca=epoca, date=ds, **({} if g is not None else {"credited": True})))
    fl.page.hline(L, R, fl.y, 0.8)
    media = int(wsum / wn + 0.5)
    tot = int(total) if float(total).is_integer() else total
    fl.need(150)
    p, y = fl.page, fl.y + 14
    if eras is not None:
        t = s.terms[eras]
        p.text(L, y, f"(a) Unidade curricular creditada ao abrigo do Programa Erasmus+ ({inst.extra['erasmus']}), "
               f"ano letivo {t.start_year}/{t.start_year + 1}.", FI, 7)
        y += 14
    p.text(L, y + 4, f"Total de créditos: {tot} ECTS - Média final: {valores(media)}", FB, 9.5)
    y += 20
    p.paragraph(L, y, f"Certifica-se, para os devidos efeitos, que {nm} concluiu o curso acima indicado, "
                f"conferente do grau de licenciado, com a classificação final de {valores(media)}, numa escala de 0 "
                f"a 20 valores.", F, 8.5, R - L - 110, 11.5)
    pages = fl.pages
    for i, pg in enumerate(pages, 1):
        pg.text(L, H - 46, "O presente documento é autenticado por assinatura digital qualificada", FI, 7.5)
        pg.text(L, H - 36, f"Código de validação: {k(s, 'val') % 10 ** 8:08d}-{k(s, 'v2') % 10 ** 4:04d} — "
                f"validar em servicos-academicos.example/certidoes", F, 6.8)
        pg.text(R - 70, H - 24, f"Pág. {i}/{len(pages)}", F, 7.5, "right")
        qr_code(pg, R - 58, H - 104, 58, k(s, f"qr{i}"))
    return LayoutResult("transcript", "pt_certidao_registo", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True, "media_final": media, "erasmus_semester": eras})


TRANSCRIPT_LAYOUTS = {"pt_certidao_registo": (pt_transcript, FAMILY, ("PT",))}
