"""Writer AH, round 16: Timor-Leste (TL). Country pack (invented universities: a Faculty of Medicine
and Health Sciences' "Licenciatura em Análises Clínicas", four years, 240 ECTS; a "Licenciatura em
Biologia"; a "Licenciatura em Enfermagem") and the "CERTIFICADO DE HABILITAÇÕES / LISTA DE NOTAS":
Portuguese, A4 portrait, the national emblem as a shape, "República Democrática de Timor-Leste", the
university, one Tetum line under the Portuguese heading ("Sertifikadu Valor", Latin script, text);
a prose paragraph ("Certifica-se, para os devidos efeitos, que ..., filho/a de ... e de ..., natural
de ..., portador/a do Bilhete de Identidade n.º ..., concluiu nesta Universidade a Licenciatura em
..., no ano letivo de 2017/2018, com a classificação final de 14 (catorze) valores, tendo obtido
nas unidades curriculares as seguintes classificações:"), then ONE table: Ano (1.º-4.º) | Sem.
(1.º / 2.º) | Unidade Curricular | ECTS (decimal comma "4,5") | Classificação ("15 (quinze)", 0-20,
10 the pass) | Ano letivo ("2014/2015"); the rows are grouped by year with NO caption rows, the year
and semester printed on every row. At the foot: "Total de créditos ECTS: 240", "Média final: 14
(catorze) valores", "Secretaria Académica, em Díli, aos 20 de setembro de 2018", the Head of the
Academic Registry and the Rector, and a dry embossed seal (a pale circle).

Truth: credit_system "ects" (2 ECTS = 1 SH; the half credits stay, 4,5 ECTS = 2.25 SH). Every row is
a course row, code null (no code column), term "1.º ano, 1.º semestre, 2014/2015", grade
"15 (quinze)". The final classification is the ECTS-weighted mean of the rows, rounded to units.
"""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Page, fit_size
from .r16_ah_common import (FAMILY, PT_MONTHS, PT_WORDS, add_department_phrases, by_reading_order, comma,
                            course_truth, dry_seal, k, sign_block)

TL_LAC = """
## 1 S1
LAC101 | Química Geral | 7.5 | C
LAC102 | Biologia Celular | 6 | B
LAC103 | Matemática | 4.5 | M
LAC104 | Anatomia Humana | 6 | B
LAC105 | Língua Portuguesa I | 3 | O
LAC106 | Tétum Técnico-Científico | 3 | O
## 1 S2
LAC107 | Química Orgânica | 6 | C
LAC108 | Fisiologia Humana | 7.5 | B
LAC109 | Bioestatística | 4.5 | M
LAC110 | Física Aplicada às Ciências da Saúde | 4.5 | O
LAC111 | Língua Inglesa | 3 | O
LAC112 | Introdução às Análises Clínicas | 4.5 | ?P
## 2 S1
LAC201 | Bioquímica Geral | 7.5 | C
LAC202 | Microbiologia Geral | 6 | B
LAC203 | Imunologia | 6 | ?B
LAC204 | Química Analítica | 6 | C
LAC205 | Histologia | 4.5 | ?B
## 2 S2
LAC206 | Bioquímica Clínica I | 7.5 | ?P
LAC207 | Hematologia e Imunohematologia | 7.5 | P
LAC208 | Parasitologia Médica | 6 | P
LAC209 | Genética Humana | 4.5 | B
LAC210 | Saúde Pública e Epidemiologia | 4.5 | O
## 3 S1
LAC301 | Bioquímica Clínica II | 7.5 | ?P
LAC302 | Microbiologia Clínica | 7.5 | ?P
LAC303 | Hemostase e Coagulação | 4.5 | P
LAC304 | Urianálise e Líquidos Biológicos | 6 | P
LAC305 | Citologia e Histopatologia | 4.5 | P
## 3 S2
LAC306 | Imunohemoterapia e Banco de Sangue | 6 | P
LAC307 | Virologia e Micologia | 6 | ?B
LAC308 | Biologia Molecular Aplicada | 6 | ?B
LAC309 | Gestão e Qualidade Laboratorial | 4.5 | ?P
LAC310 | Toxicologia Clínica | 4.5 | ?P
LAC311 | Ética e Legislação em Saúde | 3 | O
## 4 S1
LAC401 | Estágio em Laboratório de Análises Clínicas I | 15 | P | chemistry,hematology,urinalysis
LAC402 | Diagnóstico Molecular | 7.5 | ?P
LAC403 | Metodologia de Investigação | 4.5 | O
LAC404 | Seminário | 3 | O
## 4 S2
LAC405 | Estágio em Laboratório de Análises Clínicas II | 15 | P | microbiology,blood_bank
LAC406 | Monografia | 15 | O
"""

TL_BIO = """
## 1 S1
BIO101 | Biologia Geral | 7.5 | B
BIO102 | Química Geral | 7.5 | C
BIO103 | Matemática | 6 | M
BIO104 | Língua Portuguesa I | 4.5 | O
BIO105 | Tétum Técnico-Científico | 4.5 | O
## 1 S2
BIO106 | Botânica | 7.5 | B
BIO107 | Zoologia | 7.5 | B
BIO108 | Química Orgânica | 6 | C
BIO109 | Bioestatística | 4.5 | M
BIO110 | Língua Inglesa | 4.5 | O
## 2 S1
BIO201 | Bioquímica | 7.5 | C
BIO202 | Genética | 7.5 | B
BIO203 | Microbiologia | 7.5 | B
BIO204 | Ecologia | 7.5 | ?B
## 2 S2
BIO205 | Fisiologia Animal | 7.5 | B
BIO206 | Fisiologia Vegetal | 7.5 | B
BIO207 | Biologia Marinha | 7.5 | B
BIO208 | Geologia | 7.5 | O
## 3 S1
BIO301 | Biologia Molecular | 7.5 | B
BIO302 | Imunologia | 7.5 | ?B
BIO303 | Evolução | 7.5 | B
BIO304 | Conservação da Biodiversidade | 7.5 | ?B
## 3 S2
BIO305 | Parasitologia | 7.5 | ?B
BIO306 | Biotecnologia | 7.5 | ?B
BIO307 | Didática da Biologia | 7.5 | O
BIO308 | Trabalho de Campo | 7.5 | O
## 4 S1
BIO401 | Biologia Celular Avançada | 7.5 | B
BIO402 | Metodologia de Investigação | 7.5 | O
BIO403 | Estágio Profissional | 15 | O
## 4 S2
BIO404 | Monografia | 15 | O
BIO405 | Seminário de Biologia | 15 | O
"""

TL_ENF = """
## 1 S1
ENF101 | Anatomia Humana | 7.5 | B
ENF102 | Fundamentos de Enfermagem I | 15 | O
ENF103 | Língua Portuguesa I | 7.5 | O
## 1 S2
ENF104 | Fisiologia Humana | 7.5 | B
ENF105 | Fundamentos de Enfermagem II | 15 | O
ENF106 | Microbiologia e Parasitologia | 7.5 | ?B
## 2 S1
ENF201 | Enfermagem Médico-Cirúrgica I | 15 | O
ENF202 | Farmacologia | 7.5 | O
ENF203 | Ensino Clínico I | 7.5 | O
## 2 S2
ENF204 | Enfermagem Médico-Cirúrgica II | 15 | O
ENF205 | Ensino Clínico II | 15 | O
## 3 S1
ENF301 | Enfermagem de Saúde Materna | 15 | O
ENF302 | Ensino Clínico III | 15 | O
## 3 S2
ENF303 | Enfermagem Pediátrica | 15 | O
ENF304 | Ensino Clínico IV | 15 | O
## 4 S1
ENF401 | Enfermagem Comunitária | 15 | O
ENF402 | Ensino Clínico V | 15 | O
## 4 S2
ENF403 | Monografia | 15 | O
ENF404 | Estágio Integrado | 15 | O
"""

PROGRAM = {"tl_lac": "Licenciatura em Análises Clínicas", "tl_bio": "Licenciatura em Biologia",
           "tl_enf": "Licenciatura em Enfermagem"}
FACULTY = {"tl_lac": "Faculdade de Medicina e Ciências da Saúde", "tl_bio": "Faculdade de Ciências Exatas",
           "tl_enf": "Faculdade de Medicina e Ciências da Saúde"}
TOWNS = ["Baucau", "Viqueque", "Lospalos", "Maliana", "Same", "Suai", "Ermera", "Aileu", "Manatuto", "Liquiçá"]
FATHERS = ["Domingos da Costa", "Agostinho Soares", "Mateus Pereira", "Zeferino Guterres", "Paulino Ximenes",
           "Marcelino Amaral", "Alexandre Freitas", "Tomás Sarmento"]
MOTHERS = ["Rosalina da Silva", "Filomena Martins", "Lucília Pinto", "Madalena Belo", "Teresa dos Santos",
           "Natércia Lopes", "Albertina Noronha", "Ermelinda Araújo"]

TL_INST = [
    Institution("Universidade Nacional Ramelau", "Díli", "Município de Díli", "TL", "Avenida Cidade de Lisboa",
                ("tl_lac", "tl_bio", "tl_enf"), "university",
                extra={"rector": "Prof. Doutor Aurélio Guterres da Cruz", "registrar": "Lic. Jacinta Soares Belo"}),
    Institution("Universidade Matebian de Baucau", "Baucau", "Município de Baucau", "TL", "Rua de Vila Antiga",
                ("tl_lac", "tl_bio", "tl_enf"), "university",
                extra={"rector": "Prof. Doutor Mariano Ximenes", "registrar": "Lic. Olinda Amaral"}),
]


def _cur(cid, title, field, text, clin=False):
    return C.Curriculum(cid, "TL", title, "bachelor", 4, field, "ects", C._parse(text), 9, 9,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="TL", name="Timor-Leste",
    given={"F": ["Maria", "Ana", "Joana", "Filomena", "Rosa", "Lucília", "Natércia", "Agustina", "Elda", "Juvita"],
           "M": ["João", "José", "Francisco", "Domingos", "Mário", "Agostinho", "Zeferino", "Nelson", "Celestino",
                 "Jacinto"]},
    surnames=["da Costa", "Soares", "Pereira", "Guterres", "Ximenes", "Belo", "dos Santos", "Amaral", "Freitas",
              "Sarmento", "da Silva", "Martins", "Pinto", "Araújo"],
    middle={"F": ["Fátima", "Madalena", "Imaculada", "Auxiliadora"], "M": ["Manuel", "Paulo", "Lourenço"]},
    institutions=TL_INST,
    employers=[
        Employer("Hospital Nacional Dom Martinho", "Díli", "Município de Díli", "TL", "Rua de Bidau, Díli",
                 "+670 331 0000", "rh@hndm.example"),
        Employer("Hospital Regional Eduardo Saldanha", "Baucau", "Município de Baucau", "TL", "Rua de Tirilolo",
                 "+670 413 0000", "secretaria@hr-baucau.example"),
        Employer("Laboratório Nacional de Saúde Lafaek", "Díli", "Município de Díli", "TL", "Rua de Caicoli",
                 "+670 332 0000", "geral@lns-lafaek.example", "lab"),
    ],
    signers=["Dr. Amândio da Costa Belo", "Lic. Rosa Guterres Pinto", "Dra. Celestina Ximenes"],
    curricula=[_cur("tl_lac", "Licenciatura em Análises Clínicas", "medical_laboratory_science", TL_LAC, True),
               _cur("tl_bio", "Licenciatura em Biologia", "biology", TL_BIO),
               _cur("tl_enf", "Licenciatura em Enfermagem", "nursing", TL_ENF)],
    mls_curriculum="tl_lac", science_curricula=["tl_bio"], nonqualifying_curricula=["tl_enf"],
    positions_mls=["Técnico de Análises Clínicas"],
    positions_science=["Técnico de Laboratório", "Assistente de Laboratório"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{sy}{rng.randint(1000, 9999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("TL", {
    "blood_bank": ["Banco de Sangue"], "chemistry": ["Bioquímica"], "hematology": ["Hematologia"],
    "microbiology": ["Microbiologia"], "immunology": ["Imunologia"], "urinalysis": ["Urianálise"],
    "molecular": ["Biologia Molecular"], "phlebotomy": ["Colheitas"], "other": ["Parasitologia"]})


def nota(s, salt, r):
    return max(10, min(19, round(10 + (r.score - 45) / 5 + (k(s, salt) % 3) - 1)))


def notas(s):
    out = []
    for i, t in enumerate(s.terms):
        for j, r in enumerate(t.results):
            out.append((t, r, nota(s, f"n{i}.{j}", r)))
    return out


def media(s):
    rows = notas(s)
    m = sum(g * r.spec.credits for _, r, g in rows) / sum(r.spec.credits for _, r, g in rows)
    return int(m + 0.5)


def ects(x):
    return comma(x, 1) if x % 1 else str(int(x))


def pt_date_words(d):
    return f"aos {d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


def bi_no(s):
    return f"{k(s, 'bi') % 9000000 + 1000000}"


def emblem(p, cx, cy, r, gray=0.3):
    """The national emblem as a shape: a shield in a ring of rays, a star on top (no lettering)."""
    p.circle(cx, cy, r, 1.0, gray)
    p.polyline([(cx - r * 0.5, cy - r * 0.5), (cx + r * 0.5, cy - r * 0.5), (cx + r * 0.5, cy + r * 0.1),
                (cx, cy + r * 0.6), (cx - r * 0.5, cy + r * 0.1), (cx - r * 0.5, cy - r * 0.5)], 1.0, gray)
    p.polyline([(cx - r * 0.3, cy + r * 0.15), (cx, cy - r * 0.35), (cx + r * 0.3, cy + r * 0.15)], 0.9, gray)
    import math
    pts = []
    for i in range(11):
        a = -math.pi / 2 + i * 2 * math.pi / 10
        rr = r * (0.2 if i % 2 == 0 else 0.08)
        pts.append((cx + rr * math.cos(a), cy - r * 0.95 + rr * math.sin(a)))
    p.polyline(pts, 0.8, gray)


def tl_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 52, W - 52
    X = [L, L + 34, L + 68, L + 318, L + 358, L + 438, R]
    fem = person.sex == "F"
    nm = " ".join(x for x in (person.given, person.middle, person.surname) if x)
    rows = notas(s)
    fin = media(s)
    last = s.terms[-1].start_year
    pages = []
    fz = 9

    def head(p, y):
        p.rect(L, y, R - L, 26, 0.8, 0.0, fill=0.9)
        for x in X[1:-1]:
            p.vline(x, y, y + 26, 0.5)
        p.pieces(y + 16, [((X[0] + X[1]) / 2, "Ano", "center"), ((X[1] + X[2]) / 2, "Sem.", "center"),
                          (X[2] + 5, "Unidade Curricular", "left"), ((X[3] + X[4]) / 2, "ECTS", "center"),
                          ((X[4] + X[5]) / 2, "Classificação", "center"), ((X[5] + X[6]) / 2, "Ano letivo", "center")],
                 TB, fz)
        return y + 26

    p = Page(A4)
    pages.append(p)
    emblem(p, W / 2, 60, 24)
    y = 104
    p.text(W / 2, y, "República Democrática de Timor-Leste", TB, 11, "center")
    p.text(W / 2, y + 16, inst.name.upper(), TB, 13, "center")
    p.text(W / 2, y + 30, FACULTY[cur.id], T, 10.5, "center")
    p.text(W / 2, y + 58, "CERTIFICADO DE HABILITAÇÕES / LISTA DE NOTAS", TB, 13, "center")
    p.text(W / 2, y + 72, "Sertifikadu Valor", TI, 10, "center")
    txt = (f"Certifica-se, para os devidos efeitos, que {nm}, {'filha' if fem else 'filho'} de "
           f"{FATHERS[k(s, 'pai') % len(FATHERS)]} e de {MOTHERS[k(s, 'mae') % len(MOTHERS)]}, "
           f"natural de {TOWNS[k(s, 'nat') % len(TOWNS)]}, {'portadora' if fem else 'portador'} "
           f"do Bilhete de Identidade n.º {bi_no(s)}, concluiu nesta Universidade a {PROGRAM[cur.id]}, no ano letivo "
           f"de {last}/{last + 1}, com a classificação final de {fin} ({PT_WORDS[fin]}) valores, tendo obtido nas "
           f"unidades curriculares as seguintes classificações:")
    y = p.paragraph(L, y + 100, txt, T, 10.5, R - L, 15, "left") + 6
    y = head(p, y)
    out = []
    prev_year = None
    for t, r, g in rows:
        rh = 14.5
        if y + rh > H - 50:
            p = Page(A4)
            pages.append(p)
            p.text(L, 40, f"{inst.name} - Certificado de Habilitações de {nm} (continuação)", TI, 8.5)
            y = head(p, 52)
            prev_year = None
        if prev_year is not None and t.year != prev_year:
            p.hline(L, R, y, 1.3)
        prev_year = t.year
        ano = f"{t.year}.º"
        sem = "1.º" if t.key == "S1" else "2.º"
        al = f"{t.start_year}/{t.start_year + 1}"
        gs = f"{g} ({PT_WORDS[g]})"
        title = r.spec.title
        p.pieces(y + 10.5, [((X[0] + X[1]) / 2, ano, "center"), ((X[1] + X[2]) / 2, sem, "center"),
                            (X[2] + 5, title, "left", T, fit_size(title, T, fz, X[3] - X[2] - 8)),
                            ((X[3] + X[4]) / 2, ects(r.spec.credits), "center"), (X[4] + 8, gs, "left"),
                            ((X[5] + X[6]) / 2, al, "center")], T, fz)
        for x in X:
            p.vline(x, y, y + rh, 0.4)
        y += rh
        p.hline(L, R, y, 0.4)
        out.append(course_truth(r, f"{ano} ano, {sem} semestre, {al}", r.spec.credits, gs, "ects", code=None))
    if y + 200 > H - 30:
        p = Page(A4)
        pages.append(p)
        y = 60
    tot = sum(c["credits"] for c in out)
    y += 22
    p.text(L, y, f"Total de créditos ECTS: {ects(tot)}", TB, 10.5)
    p.text(L, y + 15, f"Média final: {fin} ({PT_WORDS[fin]}) valores", TB, 10.5)
    p.text(L, y + 30, "Escala de classificação: 0 a 20 valores; classificação mínima de aprovação: 10 valores.", T,
           9)
    issue = s.conferred
    p.text(L, y + 56, f"Secretaria Académica, em {inst.city}, {pt_date_words(issue)}", T, 10.5)
    y += 120
    sign_block(p, rng, L + 100, y, "O Chefe do Departamento de Registo Académico", T, 8.5, 190,
               inst.extra["registrar"])
    sign_block(p, rng, R - 100, y, "O Reitor", T, 9, 170, inst.extra["rector"])
    p.circle(W / 2, y - 10, 34, 2.0, 0.85)
    p.circle(W / 2, y - 10, 27, 1.0, 0.85)
    dry_seal(p, W / 2, y - 10, 24, 0.86)
    return LayoutResult("transcript", "ah_tl_certificado", FAMILY, by_reading_order(pages), [nm], out, "ects",
                        {"prints_totals": True})


TRANSCRIPT_LAYOUTS = {"ah_tl_certificado": (tl_transcript, FAMILY, ("TL",))}
