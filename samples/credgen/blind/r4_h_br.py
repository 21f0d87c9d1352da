"""Writer H, round 4: Brazil. Country pack (Bacharelado em Biomedicina, 4 years, 8 períodos, CH
in hours and 1 crédito = 15 h = credit system `semester` with credits = créditos; Ciências
Biológicas; Enfermagem) and the "HISTÓRICO ESCOLAR": boxed header (Aluno, Matrícula, CPF with
masked digits, Curso, Ingresso "2015/1 - Vestibular", Situação "Formado", Data de Colação de
Grau), table `Período | Código | Disciplina | CH | Créd. | Nota | Freq.(%) | Situação` with the
period written only on the first row of each period, comma decimals, AP / RF / AE, the 420 h
Estágio Supervisionado, "Carga Horária Integralizada: 3.420 h" and "Coeficiente de Rendimento".
Créd. is the credits obtained: 0 on a row failed for absence (RF)."""

from .. import countries as K
from .. import courses as C
from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..model import CourseResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r4_h_common import FAMILY, add_department_phrases, course_truth, grid, parse

# credits = CH / 15
BR_BIOMED = """
## 1 S1
BMD1101 | Anatomia Humana I | Human Anatomy I | 4 | B
BMD1102 | Biologia Celular e Molecular | Cell and Molecular Biology | 4 | B
BMD1103 | Química Geral e Inorgânica | General and Inorganic Chemistry | 4 | C
BMD1104 | Histologia e Embriologia | Histology and Embryology | 4 | ?B
BMD1105 | Física Aplicada às Ciências da Saúde | Applied Physics | 4 | O
BMD1106 | Introdução à Biomedicina | Introduction to Biomedicine | 2 | O
BMD1107 | Leitura e Produção de Textos | Reading and Writing | 2 | O
BMD1108 | Sociologia e Saúde | Sociology and Health | 2 | O
## 1 S2
BMD1201 | Anatomia Humana II | Human Anatomy II | 4 | B
BMD1202 | Bioquímica I | Biochemistry I | 4 | C
BMD1203 | Química Orgânica | Organic Chemistry | 4 | C
BMD1204 | Genética Humana | Human Genetics | 4 | B
BMD1205 | Fisiologia Humana I | Human Physiology I | 4 | B
BMD1206 | Bioestatística | Biostatistics | 3 | M
BMD1207 | Metodologia Científica | Scientific Methodology | 2 | O
BMD1208 | Psicologia Aplicada à Saúde | Health Psychology | 2 | O
## 2 S1
BMD2101 | Bioquímica II | Biochemistry II | 4 | C
BMD2102 | Fisiologia Humana II | Human Physiology II | 4 | B
BMD2103 | Microbiologia Geral | General Microbiology | 6 | B
BMD2104 | Imunologia Básica | Basic Immunology | 4 | B
BMD2105 | Química Analítica | Analytical Chemistry | 4 | C
BMD2106 | Biofísica | Biophysics | 3 | O
BMD2107 | Epidemiologia e Saúde Pública | Epidemiology and Public Health | 3 | O
BMD2108 | Saúde Coletiva e Políticas do SUS | Collective Health and Public Health Policy | 2 | O
## 2 S2
BMD2201 | Parasitologia Humana | Human Parasitology | 4 | ?B
BMD2202 | Patologia Geral | General Pathology | 4 | ?B
BMD2203 | Farmacologia | Pharmacology | 4 | O
BMD2204 | Bioquímica Clínica I | Clinical Biochemistry I | 4 | P
BMD2205 | Biologia Molecular | Molecular Biology | 4 | B
BMD2206 | Fisiopatologia | Pathophysiology | 3 | ?B
BMD2207 | Ética, Bioética e Legislação Biomédica | Ethics and Biomedical Legislation | 2 | O
BMD2208 | Inglês Instrumental | English for Specific Purposes | 2 | O
## 3 S1
BMD3101 | Bioquímica Clínica II | Clinical Biochemistry II | 6 | P
BMD3102 | Hematologia Clínica I | Clinical Hematology I | 6 | P
BMD3103 | Microbiologia Clínica | Clinical Microbiology | 6 | P
BMD3104 | Imunologia Clínica | Clinical Immunology | 4 | ?P
BMD3105 | Citologia Clínica | Clinical Cytology | 3 | ?P
BMD3106 | Endocrinologia Laboratorial | Laboratory Endocrinology | 3 | P
BMD3107 | Análises Bromatológicas | Food Analysis | 3 | ?C
## 3 S2
BMD3201 | Hematologia Clínica II | Clinical Hematology II | 4 | P
BMD3202 | Uroanálise e Fluidos Biológicos | Urinalysis and Body Fluids | 3 | P
BMD3203 | Micologia e Virologia Clínica | Clinical Mycology and Virology | 4 | ?P
BMD3204 | Parasitologia Clínica | Clinical Parasitology | 4 | P
BMD3205 | Imuno-hematologia e Banco de Sangue | Immunohematology and Blood Bank | 4 | P
BMD3206 | Toxicologia e Análises Toxicológicas | Toxicology | 3 | ?P
BMD3207 | Citogenética Humana | Human Cytogenetics | 3 | ?B
BMD3208 | Imagenologia | Medical Imaging | 3 | O
BMD3209 | Análises Hormonais e Marcadores Tumorais | Hormone and Tumour Marker Analysis | 4 | ?P
## 4 S1
BMD4101 | Controle de Qualidade e Gestão Laboratorial | Laboratory Quality Control and Management | 3 | P
BMD4102 | Diagnóstico Molecular | Molecular Diagnostics | 4 | ?P
BMD4103 | Citopatologia | Cytopathology | 4 | P
BMD4104 | Biossegurança | Biosafety | 2 | O
BMD4105 | Tópicos Avançados em Análises Clínicas | Advanced Topics in Clinical Analysis | 4 | P
BMD4106 | Biomedicina Estética | Aesthetic Biomedicine | 4 | O
BMD4107 | Trabalho de Conclusão de Curso I | Final Paper I | 2 | O
BMD4108 | Empreendedorismo e Gestão em Saúde | Entrepreneurship and Health Management | 2 | O
## 4 S2
BMD4201 | Estágio Supervisionado em Análises Clínicas | Supervised Internship in Clinical Analysis | 28 | P | chemistry,hematology,microbiology,immunology,urinalysis,blood_bank
BMD4202 | Trabalho de Conclusão de Curso II | Final Paper II | 2 | O
"""

BR_BIO = """
## 1 S1
CBI101 | Biologia Celular | Cell Biology | 4 | B
CBI102 | Química Geral | General Chemistry | 4 | C
CBI103 | Cálculo para Ciências Biológicas | Calculus | 4 | M
CBI104 | Zoologia dos Invertebrados I | Invertebrate Zoology I | 4 | B
## 1 S2
CBI105 | Química Orgânica | Organic Chemistry | 4 | C
CBI106 | Anatomia Vegetal | Plant Anatomy | 4 | B
CBI107 | Bioestatística | Biostatistics | 4 | M
## 2 S1
CBI201 | Bioquímica | Biochemistry | 6 | C
CBI202 | Genética | Genetics | 4 | B
CBI203 | Zoologia dos Vertebrados | Vertebrate Zoology | 4 | B
## 2 S2
CBI204 | Microbiologia | Microbiology | 4 | B
CBI205 | Fisiologia Vegetal | Plant Physiology | 4 | B
CBI206 | Imunologia | Immunology | 4 | B
## 3 S1
CBI301 | Ecologia de Populações | Population Ecology | 4 | ?B
CBI302 | Fisiologia Animal Comparada | Comparative Animal Physiology | 4 | B
CBI303 | Biologia Molecular | Molecular Biology | 4 | B
## 3 S2
CBI304 | Evolução | Evolution | 4 | ?B
CBI305 | Parasitologia | Parasitology | 4 | ?B
## 4 S1
CBI401 | Biotecnologia | Biotechnology | 4 | ?B
CBI402 | Estágio Supervisionado em Biologia | Supervised Internship in Biology | 12 | O
## 4 S2
CBI403 | Trabalho de Conclusão de Curso | Final Paper | 4 | O
"""

BR_ENF = """
## 1 S1
ENF101 | Anatomia Humana | Human Anatomy | 6 | B
ENF102 | Bioquímica | Biochemistry | 4 | C
## 1 S2
ENF103 | Fisiologia Humana | Human Physiology | 6 | B
ENF104 | Semiologia e Semiotécnica | Nursing Semiology | 6 | O
## 2 S1
ENF201 | Enfermagem em Saúde Coletiva | Community Health Nursing | 8 | O
## 2 S2
ENF202 | Enfermagem em Clínica Médica | Medical Nursing | 8 | O
## 3 S1
ENF301 | Enfermagem em Saúde da Mulher | Women's Health Nursing | 8 | O
## 3 S2
ENF302 | Enfermagem em Saúde da Criança | Child Health Nursing | 8 | O
## 4 S1
ENF401 | Estágio Curricular Supervisionado I | Supervised Nursing Internship I | 20 | O
## 4 S2
ENF402 | Estágio Curricular Supervisionado II | Supervised Nursing Internship II | 20 | O
"""

LOCAL = {}


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "BR", title, "bachelor", 4, field, "semester", parse(table, LOCAL), 2, 2,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="BR", name="Brazil",
    given={"F": ["Ana Carolina", "Juliana", "Fernanda", "Mariana", "Camila", "Larissa", "Beatriz",
                 "Gabriela", "Letícia", "Thaís"],
           "M": ["João Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Matheus", "Felipe", "Bruno",
                 "Vinícius", "Rodrigo"]},
    surnames=["Souza Lima", "da Silva Santos", "Oliveira Costa", "Pereira Rocha", "Ferreira Alves",
              "Rodrigues Nunes", "Almeida Barbosa", "Carvalho Teixeira", "Gomes de Araújo",
              "Ribeiro Mendes", "Martins Cardoso", "Nascimento Freitas"],
    middle={"F": [], "M": []},
    institutions=[
        Institution("Universidade Estadual Paulista do Vale do Tietê", "São Paulo", "SP", "BR",
                    "Rua Dr. Ovídio Pires de Campos, 471 - Cerqueira César", ("br_biomed", "br_bio", "br_enf"),
                    extra={"uf": "SP", "short": "UNEVAT"}),
        Institution("Universidade Federal do Agreste Mineiro", "Juiz de Fora", "MG", "BR",
                    "Av. Presidente Itamar Franco, 3600 - São Mateus", ("br_biomed", "br_bio"),
                    extra={"uf": "MG", "short": "UFAM-G"}),
        Institution("Centro Universitário Serra Gaúcha", "Caxias do Sul", "RS", "BR",
                    "Rua Os Dezoito do Forte, 2366 - Centro", ("br_biomed", "br_enf"),
                    extra={"uf": "RS", "short": "UNISG"}),
    ],
    employers=[
        Employer("Hospital Santa Marcelina do Ipiranga", "São Paulo", "SP", "BR",
                 "Rua Bom Pastor, 1520 - Ipiranga", "(11) 5555-0142", "rh@hsmipiranga.example"),
        Employer("Laboratório de Análises Clínicas Vitalab Ltda.", "Campinas", "SP", "BR",
                 "Av. Norte-Sul, 890 - Cambuí", "(19) 5555-0178", "pessoal@vitalab.example", "lab"),
        Employer("Santa Casa de Misericórdia de Juiz de Fora", "Juiz de Fora", "MG", "BR",
                 "Av. Barão do Rio Branco, 3353 - Passos", "(32) 5555-0193", "dp@santacasajf.example"),
        Employer("Hospital Regional Nossa Senhora de Caravaggio", "Caxias do Sul", "RS", "BR",
                 "Rua Sinimbu, 2120 - Centro", "(54) 5555-0121", "recursoshumanos@hrnsc.example"),
    ],
    signers=["Maria Aparecida Fontes", "Dr. Carlos Eduardo Menezes", "Regina Célia Prado", "Paulo Roberto Siqueira"],
    curricula=[_cur("br_biomed", "Bacharelado em Biomedicina", "medical_laboratory_science", BR_BIOMED, clin=True),
               _cur("br_bio", "Bacharelado em Ciências Biológicas", "biology", BR_BIO),
               _cur("br_enf", "Bacharelado em Enfermagem", "nursing", BR_ENF)],
    mls_curriculum="br_biomed", science_curricula=["br_bio"], nonqualifying_curricula=["br_enf"],
    positions_mls=["Biomédico", "Biomédico Analista Clínico"],
    positions_science=["Biólogo", "Técnico de Laboratório"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}1{rng.randint(10000, 99999)}",
)
K.register(PACK)
add_department_phrases("BR", {
    "blood_bank": ["Banco de Sangue", "Agência Transfusional"], "chemistry": ["Bioquímica"],
    "hematology": ["Hematologia"], "microbiology": ["Microbiologia"],
    "immunology": ["Imunologia", "Sorologia"], "urinalysis": ["Uroanálise"],
    "molecular": ["Biologia Molecular"], "phlebotomy": ["Coleta"], "other": ["Citologia", "Parasitologia"]})

COURSE = {"br_biomed": "BIOMEDICINA - BACHARELADO", "br_bio": "CIÊNCIAS BIOLÓGICAS - BACHARELADO",
          "br_enf": "ENFERMAGEM - BACHARELADO"}


def comma(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def thousands(n):
    return f"{n:,}".replace(",", ".")


def br_nota(r):
    return max(6.0, min(10.0, round(6.0 + (r.score - 45) * 4.3 / 47, 1)))


def br_rows(s, rng):
    """[(period label or None, CourseResult, CH, credits obtained, nota str, freq str, situação)]."""
    rows = []
    ae = set()
    if rng.random() < 0.4:          # transferred in: one or two first-period courses "aproveitadas"
        ae = {r.spec.code for r in rng.sample(s.terms[0].results, rng.randint(1, 2))}
    rf_term = rng.randrange(2, 6) if rng.random() < 0.5 else None
    for i, t in enumerate(s.terms):
        per = f"{t.start_year}/{1 if t.key == 'S1' else 2}"
        items = []
        for r in t.results:
            ch = int(r.spec.credits * 15)
            if r.spec.code in ae:
                items.append((r, ch, int(r.spec.credits), "-", "-", "AE"))
            else:
                items.append((r, ch, int(r.spec.credits), comma(br_nota(r)), str(rng.choice([80, 85, 88, 90, 92, 95, 97, 100])), "AP"))
        if i == rf_term:
            spec = C.CourseSpec("LET0032", "Optional: Brazilian Sign Language (LIBRAS)", 2, "other")
            LOCAL.setdefault("LET0032", "Optativa: Língua Brasileira de Sinais - LIBRAS")
            items.append((CourseResult(spec, "LET0032"), 30, 0, comma(rng.choice([2.0, 3.5, 4.0])),
                          str(rng.choice([50, 58, 62, 70])), "RF"))
        for k, it in enumerate(items):
            rows.append((per if k == 0 else None, per) + it)
    return rows


def br_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 34, A4[0] - 34
    name = f"{person.given} {person.surname}".upper()
    rows = br_rows(s, rng)
    xs = [L, L + 42, L + 92, L + 332, L + 360, L + 388, L + 420, L + 462, R]
    cpf = f"***.{rng.randint(100, 999)}.{rng.randint(100, 999)}-**"
    colacao = D.dmy_slash(s.conferred)

    def new_page(n):
        p = Page(A4)
        p.logo(L + 20, 50, 18, 2)
        p.text(p.w / 2, 40, inst.name.upper(), FB, 11.5, "center")
        p.text(p.w / 2, 52, "PRÓ-REITORIA DE GRADUAÇÃO - SECRETARIA GERAL DE CURSOS", F, 8, "center")
        p.text(p.w / 2, 62, f"{inst.street} - {inst.city}/{inst.extra['uf']}", F, 7.5, "center")
        p.text(p.w / 2, 82, "HISTÓRICO ESCOLAR", FB, 14, "center")
        y = 96
        if n == 1:
            p.rect(L, y, R - L, 66, 0.7)
            y += 11
            p.pieces(y, [(L + 5, f"Aluno: {name}", "left"), (L + 360, f"Matrícula: {s.student_no}", "left")], F, 8); y += 12
            p.pieces(y, [(L + 5, f"CPF: {cpf}", "left"),
                         (L + 180, f"Data de Nascimento: {D.dmy_slash(s.dob)}", "left"),
                         (L + 360, f"Naturalidade: {inst.city}/{inst.extra['uf']}", "left")], F, 8); y += 12
            p.pieces(y, [(L + 5, f"Curso: {COURSE.get(cur.id, cur.title.upper())}", "left"),
                         (L + 360, "Turno: Integral", "left")], F, 8); y += 12
            p.pieces(y, [(L + 5, f"Ingresso: {s.admitted.year}/1 - Vestibular", "left"),
                         (L + 180, "Situação: Formado", "left"),
                         (L + 360, f"Data de Colação de Grau: {colacao}", "left")], F, 8); y += 12
            p.pieces(y, [(L + 5, "Reconhecimento do curso: Portaria SERES/MEC nº 1.083, de 29/12/2015", "left")], F, 7); y += 14
        else:
            p.pieces(y, [(L, f"Aluno: {name}", "left"), (R, f"Matrícula: {s.student_no}", "right")], F, 8); y += 8
        top = y + 2
        p.rect(L, top, R - L, 14, 0.7, 0.0, fill=0.88)
        p.pieces(top + 10, [((xs[0] + xs[1]) / 2, "Período", "center"), (xs[1] + 4, "Código", "left"),
                            (xs[2] + 4, "Disciplina", "left"), ((xs[3] + xs[4]) / 2, "CH", "center"),
                            ((xs[4] + xs[5]) / 2, "Créd.", "center"), ((xs[5] + xs[6]) / 2, "Nota", "center"),
                            ((xs[6] + xs[7]) / 2, "Freq.(%)", "center"), ((xs[7] + xs[8]) / 2, "Situação", "center")],
                 FB, 7.5)
        p._br_top = top
        return p, top + 25

    def close(pg, ybot):
        grid(pg, xs, pg._br_top, ybot, 0.4)
        pg.hline(L, R, ybot, 0.7)

    fl = Flow(new_page, 130)
    out = []
    for first, per, r, ch, cr, nota, freq, sit in rows:
        title = LOCAL[r.spec.code]
        lines = wrap(title, F, 7.5, xs[3] - xs[2] - 6)
        h = 10 * len(lines) + 1
        if first and fl.y > fl.page._br_top + 30:
            fl.page.hline(L, R, fl.y - 8, 0.4, 0.3)
        pg0, y0 = fl.page, fl.y
        if fl.need(h):
            close(pg0, y0 - 7)
        fl.page.pieces(fl.y, [((xs[0] + xs[1]) / 2, first or "", "center"), (xs[1] + 4, r.code, "left"),
                              (xs[2] + 4, lines[0], "left"), ((xs[3] + xs[4]) / 2, str(ch), "center"),
                              ((xs[4] + xs[5]) / 2, str(cr), "center"), ((xs[5] + xs[6]) / 2, nota, "center"),
                              ((xs[6] + xs[7]) / 2, freq, "center"), ((xs[7] + xs[8]) / 2, sit, "center")], F, 7.5)
        for ln in lines[1:]:
            fl.y += 9.5
            fl.page.text(xs[2] + 4, fl.y, ln, F, 7.5)
        fl.y += 11
        out.append(course_truth(r, per, cr, nota if sit != "AE" else "AE", "semester", title=" ".join(lines),
                                hours=ch, status=sit, frequency=freq))
    close(fl.page, fl.y - 7)
    ch_int = sum(ch for _, _, _, ch, cr, *_ in rows if cr)
    cr_int = sum(cr for _, _, _, _, cr, *_ in rows)
    graded = [(ch, float(n.replace(",", "."))) for _, _, _, ch, _, n, _, sit in rows if sit in ("AP", "RF")]
    coef = sum(a * b for a, b in graded) / sum(a for a, _ in graded)
    fl.need(170)
    p, y = fl.page, fl.y + 6
    p.spaced(L, y, [f"Carga Horária Integralizada: {thousands(ch_int)} h", f"Créditos Integralizados: {cr_int}",
                    f"Coeficiente de Rendimento: {comma(coef, 2)}"], FB, 8.5, 28); y += 13
    p.text(L, y, f"Carga Horária Mínima do Curso: {thousands(ch_int)} h - Integralização: {s.admitted.year}/1 a "
           f"{s.terms[-1].start_year}/2", F, 7.5); y += 11
    p.text(L, y, f"ENADE: Estudante habilitado - participou do exame em {s.terms[-1].start_year}", F, 7.5); y += 13
    for ln in wrap("Legenda: AP - Aprovado; RN - Reprovado por Nota; RF - Reprovado por Falta; AE - Aproveitamento "
                   "de Estudos (disciplina cursada em outra IES); CH - Carga Horária em horas; Créd. - Créditos "
                   "obtidos (1 crédito = 15 horas). Nota mínima para aprovação: 6,0; frequência mínima: 75%.",
                   F, 7, R - L):
        p.text(L, y, ln, F, 7); y += 9
    y += 8
    issued = s.conferred + __import__("datetime").timedelta(days=rng.randint(20, 90))
    p.text(L, y, f"{inst.city}, {issued.day} de {['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'][issued.month - 1]} de {issued.year}.", F, 8.5)
    y += 46
    p.signature(L + 30, y - 12, 110, rng)
    p.hline(L, L + 200, y - 8, 0.5)
    p.text(L + 100, y, "Secretária Geral de Cursos", F, 7.5, "center")
    p.signature(R - 170, y - 12, 110, rng)
    p.hline(R - 200, R, y - 8, 0.5)
    p.text(R - 100, y, "Pró-Reitor(a) de Graduação", F, 7.5, "center")
    p.text(L, y + 22, f"Código de autenticação: {rng.randint(10 ** 7, 10 ** 8 - 1):X}-{rng.randint(1000, 9999)} - "
           f"verifique em https://autenticidade.{inst.extra['short'].lower().replace('-', '')}.example", F, 6.5)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(R, pg.h - 24, f"Página {i}/{len(fl.pages)}", F, 7, "right")
    return LayoutResult("transcript", "br_historico_escolar", FAMILY, fl.pages, [name], out, "semester",
                        {"prints_totals": True, "conferred_printed": colacao})


TRANSCRIPT_LAYOUTS = {"br_historico_escolar": (br_transcript, FAMILY, ("BR",))}
