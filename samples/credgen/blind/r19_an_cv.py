"""Writer AN, round 19: Cabo Verde (CV). Country pack (an invented public university's Faculdade de
Ciências e Tecnologia: "Licenciatura em Ciências Biológicas, ramo de Análises Clínicas e Saúde Pública"
and the "ramo de Biologia Marinha", 4 years, 240 ECTS; its "Licenciatura em Enfermagem") and the
"CERTIFICADO DE HABILITAÇÕES / Registo Académico": A4 portrait, the university, the faculty and the
national arms small; an opening paragraph ("Certifica-se, para os devidos efeitos, que <Nome>, filho(a) de
<pai> e de <mãe>, natural de Praia, nascido(a) a 14 de março de 1996, portador(a) do B.I. n.º ...,
concluiu a Licenciatura em ... (4 anos, 240 ECTS), com a média final de 14 (catorze) valores, tendo
obtido as seguintes classificações nas unidades curriculares:"); a ruled table Ano | Sem. (1.º, 2.º,
Anual) | Unidade Curricular | ECTS | Classificação ("15 (quinze)", or "Equiv." for a unit credited by
equivalence) | Ano Lectivo ("2014/15"); no course codes. After it the ECTS total, the final average and
the closing sentence, "Praia, <date>.", "O Chefe dos Serviços Académicos"; "Pág. 1/2" and an initial
(rubrica) in the margin of every page.

Truth: every unit (code null: none printed, title as printed, ECTS, the classification as printed: "15 (quinze)" or
"Equiv.", term "2.º Ano - 1.º Sem. - 2015/16"). ECTS: credit_system "ects".
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, fit_size
from .r19_an_common import (FAMILY, PT_NUM, add_department_phrases, coat_of_arms, course_truth, grid, k, natural,
                            pt_date)

CV_ACSP = """
## 1 S1
CB11 | Biologia Celular | 6 | B
CB12 | Química Geral | 6 | C
CB13 | Matemática | 6 | M
CB14 | Física | 6 | O
CB15 | Língua Portuguesa e Comunicação | 6 | O
## 1 S2
CB16 | Bioquímica I | 6 | C
CB17 | Química Orgânica | 6 | C
CB18 | Biologia Animal | 6 | B
CB19 | Bioestatística | 6 | M
CB110 | Inglês Técnico | 6 | O
## 2 S1
CB21 | Bioquímica II | 6 | C
CB22 | Microbiologia Geral | 6 | B
CB23 | Genética | 6 | B
CB24 | Anatomia e Fisiologia Humana | 6 | B
CB25 | Química Analítica | 6 | C
## 2 S2
CB26 | Imunologia | 6 | B
CB27 | Biologia Molecular | 6 | B
CB28 | Parasitologia | 6 | ?B
CB29 | Epidemiologia | 6 | O
CB210 | Fisiologia Vegetal | 6 | B
## 3 S1
AC31 | Bioquímica Clínica | 6 | P
AC32 | Microbiologia Clínica | 6 | P
AC33 | Hematologia e Imuno-hemoterapia | 9 | P
AC34 | Parasitologia Clínica | 6 | P
AC35 | Saúde Pública | 3 | O
## 3 S2
AC36 | Virologia e Serologia | 6 | ?B
AC37 | Endocrinologia Laboratorial | 6 | P
AC38 | Citologia e Histopatologia | 6 | ?P
AC39 | Gestão e Qualidade Laboratorial | 6 | P
AC310 | Metodologia de Investigação | 6 | O
## 4 S1
AC41 | Toxicologia Clínica | 6 | ?C
AC42 | Ética e Deontologia Profissional | 3 | O
AC43 | Biologia Molecular Aplicada ao Diagnóstico | 6 | ?B
## 4 Y
AC44 | Estágio em Análises Clínicas | 30 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
## 4 S2
AC45 | Seminário de Monografia | 15 | O
"""

CV_BIO = (CV_ACSP.split("## 3 S1")[0] + """## 3 S1
BM31 | Ecologia Marinha | 6 | ?B
BM32 | Oceanografia | 6 | O
BM33 | Zoologia dos Invertebrados | 6 | B
BM34 | Ficologia | 6 | B
BM35 | Microbiologia Ambiental | 6 | B
## 3 S2
BM36 | Ictiologia | 6 | B
BM37 | Biologia Pesqueira | 6 | B
BM38 | Química Marinha | 6 | C
BM39 | Sistemas de Informação Geográfica | 6 | O
BM310 | Metodologia de Investigação | 6 | O
## 4 S1
BM41 | Conservação da Biodiversidade | 9 | B
BM42 | Aquacultura | 6 | B
## 4 Y
BM43 | Estágio Profissional | 30 | O
## 4 S2
BM44 | Seminário de Monografia | 15 | O
""")

CV_ENF = """
## 1 S1
EN11 | Anatomia e Fisiologia I | 6 | B
EN12 | Fundamentos de Enfermagem | 12 | O
EN13 | Bioquímica | 6 | C
EN14 | Psicologia da Saúde | 6 | O
## 1 S2
EN15 | Anatomia e Fisiologia II | 6 | B
EN16 | Microbiologia e Parasitologia | 6 | B
EN17 | Farmacologia | 6 | O
EN18 | Ensino Clínico I | 12 | O
## 2 S1
EN21 | Enfermagem Médica | 12 | O
EN22 | Enfermagem Cirúrgica | 12 | O
EN23 | Nutrição | 6 | O
## 2 S2
EN24 | Ensino Clínico II | 18 | O
EN25 | Epidemiologia | 6 | O
EN26 | Sociologia da Saúde | 6 | O
## 3 S1
EN31 | Enfermagem de Saúde Materna | 12 | O
EN32 | Enfermagem Pediátrica | 12 | O
EN33 | Ética e Deontologia | 6 | O
## 3 S2
EN34 | Ensino Clínico III | 18 | O
EN35 | Enfermagem de Saúde Mental | 12 | O
## 4 S1
EN41 | Enfermagem Comunitária | 12 | O
EN42 | Gestão em Enfermagem | 6 | O
## 4 Y
EN43 | Estágio de Integração à Vida Profissional | 30 | O
## 4 S2
EN44 | Monografia | 12 | O
"""

PROG = {"cv_acsp": "Licenciatura em Ciências Biológicas, ramo de Análises Clínicas e Saúde Pública",
        "cv_bio": "Licenciatura em Ciências Biológicas, ramo de Biologia Marinha",
        "cv_enf": "Licenciatura em Enfermagem"}
CV_INST = [Institution("Universidade Atlântica de Santiago", "Praia", "Santiago", "CV",
                       "Campus do Palmarejo Grande, C.P. 379-C, Praia", ("cv_acsp", "cv_bio", "cv_enf"), "university",
                       extra={"chefe": "Arlindo Semedo Tavares", "reitor": "Prof. Doutora Filomena Lopes Furtado"})]


def _sn(rng, start_year, inst):
    return f"{rng.randint(100000, 999999)}"    # the B.I. number the certificate prints


PACK = K.CountryPack(
    code="CV", name="Cabo Verde",
    given={"F": ["Ana Paula", "Maria de Fátima", "Edna", "Jandira", "Sónia", "Elisângela", "Ivone", "Carla",
                 "Nélida", "Djenifer"],
           "M": ["José Carlos", "Adilson", "Emanuel", "Hélder", "Nuno", "Edmilson", "Júlio César", "Kevin",
                 "Wilson", "Manuel António"]},
    surnames=["Semedo", "Tavares", "Furtado", "Monteiro", "Varela", "Lopes", "Moreira", "Fortes", "Borges",
              "Cabral", "Gomes", "Delgado"],
    middle={"F": ["Correia", "Pina", "Fernandes", ""], "M": ["Correia", "Pina", "Fernandes", ""]},
    institutions=CV_INST,
    employers=[
        Employer("Hospital Regional Santiago Norte", "Santa Catarina", "Santiago", "CV",
                 "Achada Falcão, Assomada, Santa Catarina", "+238 265 10 42", "geral@hrsn.example"),
        Employer("Hospital Regional João Baptista Lima", "Mindelo", "São Vicente", "CV",
                 "Rua de Lisboa, Mindelo", "+238 231 20 18", "direccao@hrjbl.example"),
        Employer("Laboratório de Análises Clínicas Boa Esperança", "Praia", "Santiago", "CV",
                 "Avenida Cidade de Lisboa, Plateau, Praia", "+238 261 44 07", "lab@boaesperanca.example", "lab"),
    ],
    signers=["Dr. Hélder Monteiro Varela", "Dra. Elisângela Fortes Borges", "Dr. Nuno Cabral Lopes"],
    curricula=[C.Curriculum("cv_acsp", "CV", PROG["cv_acsp"], "bachelor", 4, "medical_laboratory_science", "ects",
                            C._parse(CV_ACSP), 10, 7, clinical_training=True),
               C.Curriculum("cv_bio", "CV", PROG["cv_bio"], "bachelor", 4, "biology", "ects", C._parse(CV_BIO), 10, 7),
               C.Curriculum("cv_enf", "CV", PROG["cv_enf"], "bachelor", 4, "nursing", "ects", C._parse(CV_ENF), 10, 7)],
    mls_curriculum="cv_acsp", science_curricula=["cv_bio"], nonqualifying_curricula=["cv_enf"],
    positions_mls=["Técnico de Análises Clínicas", "Técnico Superior de Análises Clínicas"],
    positions_science=["Técnico de Laboratório", "Técnico de Análises Clínicas"],
    code_style="keep", student_no=_sn, honours=[])
K.register(PACK)
add_department_phrases("CV", {
    "blood_bank": ["Imuno-hemoterapia"], "chemistry": ["Bioquímica"], "hematology": ["Hematologia"],
    "microbiology": ["Microbiologia"], "immunology": ["Serologia"], "urinalysis": ["Urinálise"],
    "molecular": ["Biologia Molecular"], "phlebotomy": ["Colheitas"], "other": ["Anatomia Patológica"]})

FATHERS = ["Manuel", "João", "António", "Francisco", "Domingos", "Pedro", "Luís", "Jorge"]
MOTHERS = ["Maria", "Antónia", "Filomena", "Rosa", "Joana", "Madalena", "Teresa", "Lúcia"]
TOWNS = ["Praia", "Assomada", "Mindelo", "Tarrafal", "São Filipe", "Pedra Badejo", "Calheta de São Miguel"]


def marks(s):
    """[(t, [(r, mark-or-None)])]: one first-year unit credited by equivalence for one student in four."""
    eq = None
    if k(s, "eq") % 4 == 0:
        eq = (k(s, "eqt") % 2, k(s, "eqc") % 3)
    out = []
    for i, t in enumerate(s.terms):
        rows = []
        for j, r in enumerate(t.results):
            m = max(10, min(19, int(round(5 + r.score * 0.13 + (k(s, f"m{i}.{j}") % 5 - 2)))))
            rows.append((r, None if (i, j) == eq else m))
        out.append((t, rows))
    return out


def final_avg(rows):
    tot = sum(m * r.spec.credits for _, rs in rows for r, m in rs if m is not None)
    cr = sum(r.spec.credits for _, rs in rows for r, m in rs if m is not None)
    return int(round(tot / cr))


def sem_of(t):
    return {"S1": "1.º", "S2": "2.º", "Y": "Anual"}[t.key]


def cv_certificado(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 62, W - 52
    X = [L, L + 36, L + 80, L + 300, L + 340, L + 420, R]
    nm = natural(person)
    rows = marks(s)
    avg = final_avg(rows)
    fem = person.sex == "F"
    pai = f"{FATHERS[k(s, 'pai') % len(FATHERS)]} {person.surname}"
    mae = f"{MOTHERS[k(s, 'mae') % len(MOTHERS)]} {person.middle or 'Lopes'}"
    town = TOWNS[k(s, "town") % len(TOWNS)]
    iss = s.conferred.replace(month=12, day=1 + k(s, "iss") % 20)
    out = []

    def new_page(n):
        p = Page(A4)
        coat_of_arms(p, W / 2, 48, 14, 0.35)
        p.text(W / 2, 82, inst.name.upper(), TB, 12.5, "center")
        p.text(W / 2, 96, "Faculdade de Ciências e Tecnologia", T, 10.5, "center")
        p.text(W / 2, 108, "Serviços Académicos", TI, 9.5, "center")
        if n == 1:
            p.text(W / 2, 136, "CERTIFICADO DE HABILITAÇÕES", TB, 14, "center")
            p.text(W / 2, 151, "(Registo Académico)", T, 10, "center")
            body = (f"Certifica-se, para os devidos efeitos, que {nm}, {'filha' if fem else 'filho'} de {pai} e de "
                    f"{mae}, natural de {town}, {'nascida' if fem else 'nascido'} a {pt_date(s.dob)}, "
                    f"{'portadora' if fem else 'portador'} do B.I. n.º {s.student_no}, concluiu a {cur.title} "
                    f"({cur.years} anos, 240 ECTS), com a média final de {avg} ({PT_NUM[avg]}) valores, tendo obtido "
                    f"as seguintes classificações nas unidades curriculares:")
            y = p.paragraph(L, 178, body, T, 10.5, R - L, 15) + 4
        else:
            y = 128
        if not state["table"]:          # only the closing lines are left: no table head
            return p, y
        p.rect(L, y, R - L, 18, 0, 0, fill=0.88)
        p.pieces(y + 12, [((X[0] + X[1]) / 2, "Ano", "center"), ((X[1] + X[2]) / 2, "Sem.", "center"),
                          (X[2] + 4, "Unidade Curricular", "left"), ((X[3] + X[4]) / 2, "ECTS", "center"),
                          ((X[4] + X[5]) / 2, "Classificação", "center"), ((X[5] + X[6]) / 2, "Ano Lectivo", "center")],
                 TB, 9)
        return p, y + 18

    state = {"table": True}
    fl = Flow(new_page, 70)
    tops, bots = {}, {}
    for t, rs in rows:
        for r, m in rs:
            fl.need(15)
            p = fl.page
            tops.setdefault(id(p), (p, fl.y))
            al = f"{t.start_year}/{(t.start_year + 1) % 100:02d}"
            g = "Equiv." if m is None else f"{m} ({PT_NUM[m]})"
            ects = int(r.spec.credits)
            p.pieces(fl.y + 10.5, [((X[0] + X[1]) / 2, f"{t.year}.º", "center"), ((X[1] + X[2]) / 2, sem_of(t), "center"),
                                   (X[2] + 4, r.spec.title, "left", T, fit_size(r.spec.title, T, 9.5, X[3] - X[2] - 8)),
                                   ((X[3] + X[4]) / 2, str(ects), "center"), ((X[4] + X[5]) / 2, g, "center"),
                                   ((X[5] + X[6]) / 2, al, "center")], T, 9.5)
            fl.y += 15
            p.hline(L, R, fl.y, 0.3)
            bots[id(p)] = fl.y
            out.append(course_truth(r, f"{t.year}.º Ano - {sem_of(t)} Sem. - {al}", ects, g, "ects", code=""))
    for p, top in tops.values():
        grid(p, X, top - 18, bots[id(p)])
    state["table"] = False
    fl.need(190)
    p, y = fl.page, fl.y + 24
    tot = int(sum(r.spec.credits for _, rs in rows for r, _ in rs))
    p.text(L, y, f"Total de créditos: {tot} ECTS", TB, 10.5)
    p.text(L, y + 15, f"Média final: {avg} ({PT_NUM[avg]}) valores", TB, 10.5)
    close = ("Por ser verdade e me ter sido pedido, passa-se o presente certificado que vai por mim assinado e "
             "autenticado com o selo branco em uso nesta Universidade.")
    y = p.paragraph(L, y + 40, close, T, 10.5, R - L, 15)
    p.text(L, y + 6, f"{inst.city}, {pt_date(iss)}.", T, 10.5)
    p.text(W / 2 + 80, y + 36, "O Chefe dos Serviços Académicos", T, 10.5, "center")
    p.signature(W / 2 + 20, y + 72, 110, rng)
    p.hline(W / 2 + 10, W / 2 + 150, y + 74, 0.5)
    p.text(W / 2 + 80, y + 88, inst.extra["chefe"], T, 10, "center")
    from .r19_an_common import dry_seal
    dry_seal(p, W / 2 - 60, y + 70, 32)
    n = len(fl.pages)
    for i, q in enumerate(fl.pages, 1):
        q.text(R, H - 30, f"Pág. {i}/{n}", T, 9, "right")
        q.signature(W - 46, 330, 30, rng, 0.7)          # the rubrica in the right margin
    return LayoutResult("transcript", "an_cv_certificado", FAMILY, fl.pages, [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"an_cv_certificado": (cv_certificado, FAMILY, ("CV",))}
