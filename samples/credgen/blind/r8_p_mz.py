"""Writer P, round 8: Mozambique. Country pack (Licenciatura em Análises Clínicas, 4 years / 8
semesters; Licenciatura em Biologia; Licenciatura em Enfermagem) and the higher institute's
"CERTIFICADO DE HABILITAÇÕES" (or "DECLARAÇÃO DE NOTAS"): a running prose header "Certifica-se
que ..., filho(a) de ... e de ..., natural de ..., nascido(a) aos 12 de Maio de 1994, portador(a)
do B.I. n.º ...", then ONE continuous numbered table across the four years with columns
`Nº | Disciplina | Ano | Semestre | Créditos (SNATCA) | Classificação (0-20 valores) |
Observações` (year and semester as columns on every row, "1.º"/"2.º"; no course codes printed;
classification as an integer with the number in words "14 (catorze)"; Observações "Dispensado"
(exempt from the exam on the frequency mark, 14 or more), "Aprovado em exame", "Aprovado"); the
"Estágio Profissional em Laboratório Clínico" as a row of 20 credits; closing block "Total de
créditos: 240", "Média final: 14 (catorze) valores" (credit-weighted mean, rounded), "Maputo, aos
15 de Março de 2020", "O Director Pedagógico", a round stamp (picture) and a revenue stamp box
"Selo".

Credits: SNATCA (Sistema Nacional de Acumulação e Transferência de Créditos Académicos): 1 credit =
25-30 hours of student work, 60 a year, designed on the ECTS model, so criteria.md's ECTS rate
applies: system "ects" (x 1/2; 240 credits = 120 SH). Codes are not printed: truth code null."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import GIVEN, SURNAMES, Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r8_p_common import (FAMILY, add_department_phrases, course_truth, k, parse, pt_num,
                          round_seal, PT_MONTHS)

MZ_AC = """
## 1 S1
ACL101 | Biologia Celular e Molecular | 6 | B
ACL102 | Química Geral | 6 | C
ACL103 | Anatomia Humana | 6 | B
ACL104 | Matemática e Bioestatística | 5 | M
ACL105 | Língua Portuguesa e Técnicas de Comunicação | 4 | O
ACL106 | Introdução às Ciências de Saúde | 3 | O
## 1 S2
ACL107 | Química Orgânica | 6 | C
ACL108 | Fisiologia Humana | 6 | B
ACL109 | Histologia e Embriologia | 5 | B
ACL110 | Física Médica | 4 | O
ACL111 | Inglês Técnico | 4 | O
ACL112 | Informática Aplicada à Saúde | 5 | O
## 2 S1
ACL201 | Bioquímica Geral | 6 | C
ACL202 | Microbiologia Geral | 6 | B
ACL203 | Imunologia Geral | 6 | B
ACL204 | Genética Humana | 5 | B
ACL205 | Biossegurança e Gestão de Laboratório | 4 | P
ACL206 | Epidemiologia | 3 | O
## 2 S2
ACL207 | Bioquímica Clínica I | 6 | P
ACL208 | Hematologia I | 6 | P
ACL209 | Parasitologia Clínica I | 6 | P
ACL210 | Bacteriologia Clínica I | 6 | P
ACL211 | Ética e Deontologia Profissional | 3 | O
ACL212 | Saúde Pública | 3 | O
## 3 S1
ACL301 | Bioquímica Clínica II | 6 | P
ACL302 | Hematologia II e Hemostase | 6 | P
ACL303 | Bacteriologia Clínica II | 6 | P
ACL304 | Virologia Clínica | 5 | ?P
ACL305 | Micologia Médica | 4 | P
ACL306 | Metodologia de Investigação Científica | 3 | O
## 3 S2
ACL307 | Imunohematologia e Medicina Transfusional | 6 | P
ACL308 | Parasitologia Clínica II | 5 | P
ACL309 | Urianálise e Líquidos Biológicos | 5 | P
ACL310 | Imunologia Clínica e Serologia | 5 | ?P
ACL311 | Citologia e Histopatologia | 5 | P
ACL312 | Controlo de Qualidade Laboratorial | 4 | P
## 4 S1
ACL401 | Biologia Molecular Aplicada ao Diagnóstico | 6 | ?P
ACL402 | Diagnóstico Laboratorial do HIV, Tuberculose e Malária | 6 | P
ACL403 | Endocrinologia e Toxicologia Clínica | 6 | P
ACL404 | Gestão e Administração em Saúde | 4 | O
ACL405 | Empreendedorismo | 3 | O
ACL406 | Seminário de Investigação | 5 | O
## 4 S2
ACL407 | Estágio Profissional em Laboratório Clínico | 20 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
ACL408 | Trabalho de Culminação de Curso | 10 | O
"""

MZ_BIO = """
## 1 S1
BIO101 | Biologia Celular | 6 | B
BIO102 | Química Geral | 6 | C
BIO103 | Matemática | 6 | M
BIO104 | Física Geral | 6 | O
BIO105 | Língua Portuguesa | 6 | O
## 1 S2
BIO106 | Química Orgânica | 6 | C
BIO107 | Zoologia dos Invertebrados | 6 | B
BIO108 | Botânica Geral | 6 | B
BIO109 | Estatística | 6 | M
BIO110 | Inglês | 6 | O
## 2 S1
BIO201 | Bioquímica | 6 | C
BIO202 | Microbiologia Geral | 6 | B
BIO203 | Zoologia dos Vertebrados | 6 | B
BIO204 | Genética | 6 | B
BIO205 | Ecologia Geral | 6 | O
## 2 S2
BIO206 | Fisiologia Animal | 6 | B
BIO207 | Fisiologia Vegetal | 6 | B
BIO208 | Biologia Molecular | 6 | B
BIO209 | Química Analítica | 6 | C
BIO210 | Evolução | 6 | B
## 3 S1
BIO301 | Imunologia | 6 | B
BIO302 | Parasitologia | 6 | B
BIO303 | Biologia Marinha | 6 | B
BIO304 | Biotecnologia | 6 | ?B
BIO305 | Metodologia de Investigação | 6 | O
## 3 S2
BIO306 | Entomologia | 6 | B
BIO307 | Micologia | 6 | B
BIO308 | Ecologia de Populações | 6 | O
BIO309 | Bioestatística | 6 | M
BIO310 | Didáctica da Biologia | 6 | O
## 4 S1
BIO401 | Biologia da Conservação | 10 | O
BIO402 | Seminário | 10 | O
BIO403 | Gestão Ambiental | 10 | O
## 4 S2
BIO404 | Estágio | 10 | O
BIO405 | Trabalho de Culminação de Curso | 20 | O
"""

MZ_ENF = """
## 1 S1
ENF101 | Anatomia e Fisiologia I | 8 | B
ENF102 | Fundamentos de Enfermagem | 10 | O
ENF103 | Psicologia | 6 | O
ENF104 | Bioquímica | 6 | C
## 1 S2
ENF105 | Anatomia e Fisiologia II | 8 | B
ENF106 | Microbiologia e Parasitologia | 6 | ?B
ENF107 | Farmacologia | 6 | O
ENF108 | Estágio de Enfermagem Básica | 10 | O
## 2 S1
ENF201 | Enfermagem Médica | 10 | O
ENF202 | Nutrição | 6 | O
ENF203 | Estágio Clínico I | 14 | O
## 2 S2
ENF204 | Enfermagem Cirúrgica | 10 | O
ENF205 | Saúde Materno-Infantil | 10 | O
ENF206 | Estágio Clínico II | 10 | O
## 3 S1
ENF301 | Enfermagem Pediátrica | 10 | O
ENF302 | Saúde Comunitária | 10 | O
ENF303 | Estágio Clínico III | 10 | O
## 3 S2
ENF304 | Saúde Mental | 10 | O
ENF305 | Enfermagem Obstétrica | 10 | O
ENF306 | Estágio Clínico IV | 10 | O
## 4 S1
ENF401 | Gestão em Enfermagem | 10 | O
ENF402 | Investigação em Enfermagem | 10 | O
ENF403 | Estágio de Integração | 10 | O
## 4 S2
ENF404 | Estágio Profissional | 20 | O
ENF405 | Trabalho de Culminação de Curso | 10 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "MZ", title, "bachelor", 4, field, "ects", parse(table), 2, 3,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="MZ", name="Mozambique",
    given={"F": ["Albertina", "Celeste", "Felismina", "Graça", "Isabel", "Lúcia", "Marta", "Rosália", "Sónia",
                 "Telma", "Yolanda"],
           "M": ["Amade", "Armando", "Celso", "Edson", "Fernando", "Hélder", "Jaime", "Lourenço", "Nelson",
                 "Sérgio", "Zacarias"]},
    surnames=["Macuácua", "Cossa", "Sitoe", "Mondlane", "Nhantumbo", "Chissano", "Bila", "Tembe", "Matsinhe",
              "Muianga", "Langa", "Chilaule", "Mabunda", "Zandamela"],
    middle={"F": ["Maria", "Ana", "Fátima"], "M": ["José", "António", "Manuel"]},
    institutions=[
        Institution("Instituto Superior de Ciências de Saúde do Índico", "Maputo", "Cidade de Maputo", "MZ",
                    "Avenida Eduardo Mondlane, n.º 1008", ("mz_ac", "mz_enf"), kind="institute"),
        Institution("Universidade Técnica da Zambézia", "Quelimane", "Província da Zambézia", "MZ",
                    "Avenida 1.º de Julho, n.º 210", ("mz_ac", "mz_bio", "mz_enf")),
        Institution("Instituto Superior Politécnico do Limpopo Sul", "Xai-Xai", "Província de Gaza", "MZ",
                    "Bairro 4, Rua da Praia, n.º 55", ("mz_ac", "mz_bio"), kind="institute"),
    ],
    employers=[
        Employer("Hospital Geral de Mavalane-Sul", "Maputo", "Cidade de Maputo", "MZ",
                 "Avenida das FPLM, n.º 1720", "+258 21 555 014", "rh@hgmavalanesul.example"),
        Employer("Hospital Provincial de Quelimane-Sede", "Quelimane", "Província da Zambézia", "MZ",
                 "Avenida Samora Machel, n.º 311", "+258 24 555 027", "direccao@hpqsede.example"),
        Employer("Laboratório Clínico Mafalala Diagnósticos, Lda", "Maputo", "Cidade de Maputo", "MZ",
                 "Rua Fernão Veloso, n.º 64", "+258 84 555 0133", "geral@mafaladiag.example", "lab"),
        Employer("Centro de Saúde da Machava-Bedene", "Matola", "Província de Maputo", "MZ",
                 "Estrada Nacional n.º 4, Km 12", "+258 21 555 068", "cs.machava@saude.example", "clinic"),
    ],
    signers=["Dra. Rosa Filomena Cumbe", "Dr. Abílio Jossefa Nhaca", "Eng.ª Helena Massingue",
             "Dr. Carlos Alberto Tivane"],
    curricula=[_cur("mz_ac", "Licenciatura em Análises Clínicas", "medical_laboratory_science", MZ_AC, True),
               _cur("mz_bio", "Licenciatura em Biologia", "biology", MZ_BIO),
               _cur("mz_enf", "Licenciatura em Enfermagem", "nursing", MZ_ENF)],
    mls_curriculum="mz_ac", science_curricula=["mz_bio"], nonqualifying_curricula=["mz_enf"],
    positions_mls=["Técnico Superior de Laboratório", "Técnico de Laboratório"],
    positions_science=["Técnico de Laboratório", "Assistente de Investigação"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
)
K.register(PACK)
add_department_phrases("MZ", {
    "blood_bank": ["Banco de Sangue", "Imunohematologia"], "chemistry": ["Bioquímica"],
    "hematology": ["Hematologia"], "microbiology": ["Microbiologia", "Bacteriologia"],
    "immunology": ["Imunologia", "Serologia"], "urinalysis": ["Urianálise"], "molecular": ["Biologia Molecular"],
    "phlebotomy": ["Colheita de Amostras"], "other": ["Parasitologia", "Anatomia Patológica"]})

PROVINCES = {"Maputo": "Cidade de Maputo", "Quelimane": "Zambézia", "Xai-Xai": "Gaza", "Beira": "Sofala",
             "Nampula": "Nampula", "Inhambane": "Inhambane", "Chimoio": "Manica"}
ORD = {1: "1.º", 2: "2.º", 3: "3.º", 4: "4.º"}


def valor(r):
    return max(10, min(19, 10 + int((r.score - 45) * 8.5 / 47 + 0.5)))


def obs(s, r, v):
    if v >= 14:
        return "Dispensado"
    return "Aprovado em exame" if k(s, f"mz-ex{r.code}") % 3 else "Aprovado"


def bi_number(s):
    return f"1101{k(s, 'bi') % 10 ** 8:08d}{'ABCDFGIJMNPQ'[k(s, 'bil') % 12]}"


def parents(s, person):
    sn = SURNAMES["MZ"]
    fa = GIVEN["MZ"]["M"][k(s, "pai") % len(GIVEN["MZ"]["M"])] + " " + person.surname
    mo = (GIVEN["MZ"]["F"][k(s, "mae") % len(GIVEN["MZ"]["F"])] + " " + sn[k(s, "maes") % len(sn)])
    return fa, mo


def birth_place(s):
    c = list(PROVINCES)[k(s, "nat") % len(PROVINCES)]
    return c, PROVINCES[c]


def mz_media(s):
    tot = sum(int(r.spec.credits) for t in s.terms for r in t.results)
    pts = sum(int(r.spec.credits) * valor(r) for t in s.terms for r in t.results)
    return int(pts / tot + 0.5)


def mz_certificado(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 48, A4[0] - 48
    name = name_form(person, "caps")
    fem = person.sex == "F"
    o = "a" if fem else "o"
    title = "CERTIFICADO DE HABILITAÇÕES" if k(s, "mz-t") % 3 else "DECLARAÇÃO DE NOTAS"
    cx = [L, L + 24, R - 250, R - 220, R - 176, R - 128, R - 70, R]
    heads = [("Nº", ""), ("Disciplina", ""), ("Ano", ""), ("Semestre", ""), ("Créditos", "(SNATCA)"),
             ("Classificação", "(0-20 valores)"), ("Observações", "")]

    def head_row(p, y):
        p.rect(L, y, R - L, 24, 0.7, 0, fill=0.9)
        p.pieces(y + 10, [((cx[i] + cx[i + 1]) / 2 if i != 1 else cx[1] + 4, h[0], "center" if i != 1 else "left")
                          for i, h in enumerate(heads)], FB, 7.8)
        p.pieces(y + 19, [((cx[i] + cx[i + 1]) / 2, h[1], "center") for i, h in enumerate(heads) if h[1]], F, 6.8)
        return y + 24

    def new_page(n):
        p = Page(A4)
        if n == 1:
            p.circle(p.w / 2, 50, 16, 1.0, 0.3)
            p.circle(p.w / 2, 50, 6, 0.8, 0.3, fill=0.3)
            p.text(p.w / 2, 80, "REPÚBLICA DE MOÇAMBIQUE", FB, 10, "center")
            p.text(p.w / 2, 92, "MINISTÉRIO DA CIÊNCIA, TECNOLOGIA E ENSINO SUPERIOR", F, 8.5, "center")
            p.text(p.w / 2, 108, inst.name.upper(), FB, 11, "center")
            p.text(p.w / 2, 120, "Direcção Pedagógica — Registo Académico", FI, 9, "center")
            p.text(p.w / 2, 146, title, FB, 15, "center")
            return p, 170
        p.text(L, 40, f"{inst.name} — {title} (continuação)", FI, 8)
        p.text(R, 40, f"Estudante: {name}", F, 8, "right")
        return p, 62

    fl = Flow(new_page, 70)
    p, y = fl.page, fl.y
    fa, mo = parents(s, person)
    city, prov = birth_place(s)
    d = s.dob
    last_year = s.terms[-1].start_year
    prose = (f"Certifica-se, para os devidos efeitos, que {name}, filh{o} de {fa} e de {mo}, natural de {city}, "
             f"Província de {prov}, nascid{o} aos {d.day} de {PT_MONTHS[d.month - 1]} de {d.year}, portador{'a' if fem else ''} "
             f"do B.I. n.º {bi_number(s)}, emitido pela Direcção de Identificação Civil de {city}, estudante n.º "
             f"{s.student_no}, concluiu o curso de {cur.title}, no ano lectivo de {last_year}, tendo obtido nas "
             f"disciplinas do respectivo plano de estudos as classificações seguintes:")
    y = p.paragraph(L, y, prose, F, 10.5, R - L, 15) + 6
    fl.y = head_row(p, y) + 11
    out, tot, pts, n = [], 0, 0, 0
    for t in s.terms:
        sem = "1.º" if t.key == "S1" else "2.º"
        for r in t.results:
            n += 1
            v = valor(r)
            lines = wrap(r.spec.title, F, 8.6, cx[2] - cx[1] - 8)
            if fl.need(11 * len(lines) + 2):
                fl.y = head_row(fl.page, fl.y) + 11
            p, y = fl.page, fl.y
            c = int(r.spec.credits)
            ob = obs(s, r, v)
            p.pieces(y, [(cx[1] - 4, str(n), "right"), (cx[1] + 4, lines[0], "left"),
                         ((cx[2] + cx[3]) / 2, ORD[t.year], "center"), ((cx[3] + cx[4]) / 2, sem, "center"),
                         ((cx[4] + cx[5]) / 2, str(c), "center"),
                         ((cx[5] + cx[6]) / 2, f"{v} ({pt_num(v)})", "center"),
                         (cx[6] + 4, ob, "left", F, 7.6 if len(ob) > 12 else 8.6)], F, 8.6)
            for ln in lines[1:]:
                y += 10
                p.text(cx[1] + 4, y, ln, F, 8.6)
            p.hline(L, R, y + 3.5, 0.25, 0.55)
            fl.y = y + 11
            out.append(course_truth(r, f"{t.year}.º Ano, {sem} Semestre", c, f"{v} ({pt_num(v)})", "ects",
                                    title=" ".join(lines), code=None, observacao=ob))
            tot += c
            pts += c * v
    media = int(pts / tot + 0.5)
    assert media == mz_media(s)
    fl.need(200)
    p, y = fl.page, fl.y
    p.hline(L, R, y - 7, 1.0)
    y += 8
    p.pieces(y, [(L, "Total de créditos obtidos:", "left", FB, 10), (L + 160, str(tot), "left")], F, 10)
    y += 14
    p.pieces(y, [(L, "Média final:", "left", FB, 10), (L + 160, f"{media} ({pt_num(media)}) valores", "left")],
             F, 10)
    y += 18
    y = p.paragraph(L, y, "Por ser verdade e me ter sido solicitado, mandei passar " +
                    ("o presente certificado" if title.startswith("CERT") else "a presente declaração") + ", que vai por mim assinado e autenticado com o selo branco em uso nesta instituição.", F, 10, R - L, 14)
    y += 8
    p.text(L, y, f"{inst.city}, aos {s.conferred.day} de {PT_MONTHS[s.conferred.month - 1]} de {s.conferred.year}",
           F, 10)
    yb = min(p.h - 90, y + 90)
    p.text(R - 110, yb - 44, "O Director Pedagógico", FB, 10, "center")
    p.rect(L, yb - 50, 62, 62, 0.7, 0.2)
    p.text(L + 31, yb - 38, "Selo", FI, 8, "center")
    p.signature(R - 160, yb - 8, 100, rng)
    p.hline(R - 190, R - 30, yb - 4, 0.5)
    p.pieces(yb + 4, [(L + 31, f"{50 + k(s, 'selo') % 4 * 25},00 MT", "center"),
                      (L + 80, f"Livro {k(s, 'liv') % 20 + 1}, folha {k(s, 'fol') % 200 + 1}, registo n.º "
                               f"{k(s, 'reg') % 9000 + 1000}/{s.conferred.year}", "left")], F, 7)
    p.text(R - 110, yb + 8, rng.choice(PACK.signers), F, 9.5, "center")
    round_seal(p, rng, R - 210, yb - 20, 70, inst.name.upper()[:44], "DIRECÇÃO PEDAGÓGICA", (inst.city.upper(),))
    np_ = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(pg.w / 2, pg.h - 28, f"Pág. {i}/{np_}", F, 7.5, "center")
    return LayoutResult("transcript", "mz_certificado_habilitacoes", FAMILY, fl.pages, [name], out, "ects",
                        {"prints_totals": True, "total_credits": tot, "average": media})


TRANSCRIPT_LAYOUTS = {"mz_certificado_habilitacoes": (mz_certificado, FAMILY, ("MZ",))}
