"""Writer R, round 9: Angola. Country pack (Licenciatura em Análises Clínicas e Saúde Pública, 4
years; Licenciatura em Ciências Biológicas; Licenciatura em Enfermagem) and the higher institute's
"CERTIFICADO DE NOTAS": a prose paragraph on top ("Certifica-se, para os devidos efeitos, que NAME,
filho(a) de ... e de ..., natural de ..., portador(a) do B.I. n.º ..., concluiu o curso de ...,
tendo obtido as seguintes classificações:"), then ONE table without course codes and without
credits, `Disciplinas | Regime | Carga Horária | Classificação | Por extenso`, the subjects grouped
by year under a caption spanning the table "1.º ANO — ANO LECTIVO 2013" (Angola's academic year is
the calendar year); Regime "Anual", "1.º Sem.", "2.º Sem."; Carga Horária the subject's total
hours (60-240); Classificação 10-20 valores as integers with the number in words ("Catorze").
The column header is printed ONCE, on page 1; page 2 continues the table without it. The
"Estágio Curricular em Laboratório de Análises Clínicas" of 480 hours in the last year. Closing
"Média Final de Curso: 14 (catorze) valores" (the arithmetic mean of the subjects, rounded, as
Angolan secretariats compute it), "Luanda, aos 12 de Março de 2019", "O Chefe do Departamento dos
Assuntos Académicos", "Visto — O Director Geral", a round stamp, "Pág. 1/2".

Credits: none are printed, only contact hours, so criteria.md's contact-hour rate (the product's
"hours" system: 15 h = 1 SH, one class hour a week through a 15-week semester) applies: truth
credits = the printed hours, system "hours" (a 90-hour subject = 6 SH; the 480-hour estágio = 32
SH). Codes are not printed: truth code null."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import GIVEN, SURNAMES, Employer, Institution, name_form
from ..pagekit import A4, Flow, Page, wrap
from .r9_r_common import (FAMILY, PT_MONTHS, add_department_phrases, course_truth, k, parse, pt_num,
                          round_seal, stamp)

AO_AC = """
## 1 Y
AC101 | Anatomia e Fisiologia Humana | 180 | B
AC102 | Química Geral e Inorgânica | 150 | C
AC103 | Biologia Celular | 120 | B
## 1 S1
AC104 | Matemática | 75 | M
AC105 | Língua Portuguesa | 60 | O
AC106 | Introdução à Saúde Pública | 60 | O
## 1 S2
AC107 | Bioestatística | 75 | M
AC108 | Física Aplicada às Ciências da Saúde | 60 | O
AC109 | Inglês Técnico | 60 | O
## 2 Y
AC201 | Bioquímica Geral | 180 | C
AC202 | Microbiologia Geral | 150 | B
AC203 | Química Orgânica | 120 | C
## 2 S1
AC204 | Histologia | 90 | B
AC205 | Imunologia Geral | 90 | B
AC206 | Epidemiologia | 60 | O
## 2 S2
AC207 | Genética Humana | 90 | B
AC208 | Biossegurança Laboratorial | 60 | P
AC209 | Psicologia e Ética Profissional | 60 | O
## 3 Y
AC301 | Bioquímica Clínica | 210 | P
AC302 | Hematologia | 210 | P
AC303 | Bacteriologia Clínica | 180 | P
## 3 S1
AC304 | Parasitologia Clínica | 120 | P
AC305 | Micologia Médica | 75 | P
AC306 | Saúde Ambiental | 60 | O
## 3 S2
AC307 | Virologia | 90 | ?P
AC308 | Imunologia Clínica e Serologia | 105 | ?P
AC309 | Metodologia de Investigação Científica | 60 | O
## 4 Y
AC401 | Imunohematologia e Banco de Sangue | 150 | P
AC402 | Estágio Curricular em Laboratório de Análises Clínicas | 480 | P | chemistry,hematology,microbiology,blood_bank,urinalysis
## 4 S1
AC403 | Urianálise e Líquidos Biológicos | 90 | P
AC404 | Controlo de Qualidade e Gestão Laboratorial | 75 | P
AC405 | Programas de Saúde Pública (Malária, VIH, Tuberculose) | 90 | O
## 4 S2
AC406 | Biologia Molecular Aplicada | 90 | ?P
AC407 | Trabalho de Fim de Curso | 120 | O
"""

AO_BIO = """
## 1 Y
BI101 | Biologia Geral | 180 | B
BI102 | Química Geral | 180 | C
BI103 | Matemática | 150 | M
## 1 S1
BI104 | Física Geral | 90 | O
BI105 | Língua Portuguesa | 60 | O
## 1 S2
BI106 | Estatística | 90 | M
BI107 | Inglês | 60 | O
## 2 Y
BI201 | Zoologia | 180 | B
BI202 | Botânica | 180 | B
BI203 | Química Orgânica | 150 | C
## 2 S1
BI204 | Microbiologia | 120 | B
## 2 S2
BI205 | Genética | 120 | B
## 3 Y
BI301 | Bioquímica | 180 | C
BI302 | Fisiologia Animal | 150 | B
BI303 | Ecologia | 150 | O
## 3 S1
BI304 | Biologia Molecular | 120 | B
## 3 S2
BI305 | Imunologia | 90 | B
## 4 Y
BI401 | Biotecnologia | 150 | ?B
BI402 | Didáctica da Biologia | 120 | O
## 4 S1
BI403 | Metodologia de Investigação | 60 | O
## 4 S2
BI404 | Trabalho de Fim de Curso | 180 | O
"""

AO_ENF = """
## 1 Y
EN101 | Anatomia e Fisiologia | 180 | B
EN102 | Fundamentos de Enfermagem | 240 | O
## 1 S1
EN103 | Psicologia Geral | 60 | O
## 1 S2
EN104 | Microbiologia e Parasitologia | 90 | ?B
## 2 Y
EN201 | Enfermagem Médico-Cirúrgica | 240 | O
EN202 | Farmacologia | 120 | O
## 2 S1
EN203 | Nutrição e Dietética | 60 | O
## 2 S2
EN204 | Ensino Clínico I | 240 | O
## 3 Y
EN301 | Enfermagem Materno-Infantil | 240 | O
EN302 | Enfermagem Comunitária | 180 | O
## 3 S1
EN303 | Saúde Mental | 90 | O
## 3 S2
EN304 | Ensino Clínico II | 240 | O
## 4 Y
EN401 | Gestão em Enfermagem | 120 | O
EN402 | Estágio Integrado | 480 | O
## 4 S2
EN403 | Trabalho de Fim de Curso | 120 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "AO", title, "bachelor", 4, field, "hours", parse(table), 2, 3,
                        clinical_training=clin)


PACK = K.CountryPack(
    code="AO", name="Angola",
    given={"F": ["Albertina", "Conceição", "Domingas", "Esperança", "Helena", "Josefa", "Luzia", "Madalena",
                 "Teresa", "Wanda", "Yolanda", "Zulmira"],
           "M": ["Adão", "Agostinho", "Bento", "Domingos", "Eduardo", "Felisberto", "Gaspar", "Joaquim",
                 "Manuel", "Nelo", "Osvaldo", "Simão"]},
    surnames=["Kiala", "Cassoma", "Mbala", "Tchissola", "Quissanga", "Ngola", "Lutukuta", "Samakuva", "Muanza",
              "Katumbela", "Chivukuvuku", "Dombaxi", "Kalunga", "Nzinga"],
    middle={"F": ["Maria", "da Conceição", "Luísa"], "M": ["João", "Francisco", "António"]},
    institutions=[
        Institution("Instituto Superior de Tecnologias de Saúde do Kilamba", "Luanda", "Província de Luanda", "AO",
                    "Rua Comandante Gika, n.º 141, Maianga", ("ao_ac", "ao_enf"), kind="institute"),
        Institution("Instituto Superior Politécnico do Planalto Central", "Huambo", "Província do Huambo", "AO",
                    "Avenida da Independência, n.º 77", ("ao_ac", "ao_bio", "ao_enf"), kind="institute"),
        Institution("Universidade Pública do Cuanza-Sul", "Sumbe", "Província do Cuanza-Sul", "AO",
                    "Bairro Chingo, Rua Principal, s/n", ("ao_ac", "ao_bio")),
    ],
    employers=[
        Employer("Hospital Geral da Samba-Corimba", "Luanda", "Província de Luanda", "AO",
                 "Estrada da Corimba, Km 3", "+244 222 555 014", "rh@hg-sambacorimba.example"),
        Employer("Hospital Provincial do Huambo-Sede", "Huambo", "Província do Huambo", "AO",
                 "Rua Norton de Matos, n.º 20", "+244 241 555 027", "direccao@hph-sede.example"),
        Employer("Centro de Análises Clínicas Talatona-Bem Estar, Lda", "Luanda", "Província de Luanda", "AO",
                 "Via S8, Talatona, Edifício 4", "+244 923 555 133", "geral@cac-talatona.example", "lab"),
        Employer("Hospital Municipal de Cacuaco-Norte", "Cacuaco", "Província de Luanda", "AO",
                 "Rua do Mercado, s/n", "+244 222 555 068", "hmcn@saude-luanda.example"),
    ],
    signers=["Dra. Teresa Manuela Kiala", "Dr. Afonso Quissanga Mbala", "Lic. Rosa Tchissola Dombaxi",
             "Dr. Eduardo Ngola Cassoma"],
    curricula=[_cur("ao_ac", "Licenciatura em Análises Clínicas e Saúde Pública", "medical_laboratory_science",
                    AO_AC, True),
               _cur("ao_bio", "Licenciatura em Ciências Biológicas", "biology", AO_BIO),
               _cur("ao_enf", "Licenciatura em Enfermagem", "nursing", AO_ENF)],
    mls_curriculum="ao_ac", science_curricula=["ao_bio"], nonqualifying_curricula=["ao_enf"],
    positions_mls=["Técnico Superior de Análises Clínicas de 2.ª Classe", "Técnico de Análises Clínicas"],
    positions_science=["Técnico de Laboratório", "Assistente de Investigação"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(1000, 9999)}/{sy}",
)
K.register(PACK)
add_department_phrases("AO", {
    "blood_bank": ["Banco de Sangue", "Imunohemoterapia"], "chemistry": ["Bioquímica"],
    "hematology": ["Hematologia"], "microbiology": ["Microbiologia", "Bacteriologia"],
    "immunology": ["Serologia"], "urinalysis": ["Urianálise"], "molecular": ["Biologia Molecular"],
    "phlebotomy": ["Sala de Colheitas"], "other": ["Parasitologia", "Anatomia Patológica"]})

PROVINCES = ["Luanda", "Benguela", "Huambo", "Malanje", "Uíge", "Lubango", "Cabinda", "Sumbe", "Saurimo"]
REG = {"Y": "Anual", "S1": "1.º Sem.", "S2": "2.º Sem."}
ORD = {1: "1.º", 2: "2.º", 3: "3.º", 4: "4.º"}


def valor(r):
    return max(10, min(19, 10 + int((r.score - 45) * 9.5 / 47 + 0.5)))


def ao_media(s):
    vs = [valor(r) for t in s.terms for r in t.results]
    return int(sum(vs) / len(vs) + 0.5)


def bi_number(s):
    return f"00{k(s, 'ao-bi') % 10 ** 7:07d}LA0{k(s, 'ao-bi2') % 90 + 10}"


def ao_certificado(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    L, R = 56, A4[0] - 50
    name = name_form(person, "caps")
    fem = person.sex == "F"
    o = "a" if fem else "o"
    cx = [L, R - 244, R - 190, R - 130, R - 66, R]

    def new_page(n):
        p = Page(A4)
        if n == 1:
            p.seal(p.w / 2, 46, 18, 0.3)
            p.text(p.w / 2, 80, "REPÚBLICA DE ANGOLA", FB, 11, "center")
            p.text(p.w / 2, 92, "MINISTÉRIO DO ENSINO SUPERIOR, CIÊNCIA, TECNOLOGIA E INOVAÇÃO", F, 8.5, "center")
            p.text(p.w / 2, 108, inst.name.upper(), FB, 11, "center")
            p.text(p.w / 2, 120, "Departamento dos Assuntos Académicos", FI, 9.5, "center")
            p.text(p.w / 2, 148, "CERTIFICADO DE NOTAS", FB, 16, "center")
            p.hline(p.w / 2 - 90, p.w / 2 + 90, 152, 0.8)
            return p, 176
        return p, 56

    fl = Flow(new_page, 64)
    p, y = fl.page, fl.y
    fa = GIVEN["AO"]["M"][k(s, "pai") % 12] + " " + person.surname
    mo = GIVEN["AO"]["F"][k(s, "mae") % 12] + " " + SURNAMES["AO"][k(s, "maes") % len(SURNAMES["AO"])]
    nat = PROVINCES[k(s, "nat") % len(PROVINCES)]
    d = s.dob
    prose = (f"Certifica-se, para os devidos efeitos, que {name}, filh{o} de {fa} e de {mo}, natural de {nat}, "
             f"nascid{o} aos {d.day} de {PT_MONTHS[d.month - 1]} de {d.year}, portador{'a' if fem else ''} do "
             f"Bilhete de Identidade n.º {bi_number(s)}, estudante n.º {s.student_no}, concluiu o curso de "
             f"{cur.title.replace('Licenciatura em ', '')}, em regime de Licenciatura, no ano lectivo de "
             f"{s.terms[-1].start_year}, tendo obtido nas disciplinas do plano curricular as seguintes classificações:")
    y = p.paragraph(L, y, prose, F, 11, R - L, 16, "left") + 8
    # the header, once
    p.rect(L, y, R - L, 26, 0.8, 0, fill=0.88)
    p.pieces(y + 11, [((cx[2] + cx[3]) / 2, "Carga", "center")], FB, 9)
    p.pieces(y + 16, [((cx[0] + cx[1]) / 2, "Disciplinas", "center"), ((cx[1] + cx[2]) / 2, "Regime", "center"),
                      ((cx[3] + cx[4]) / 2, "Classificação", "center"), ((cx[4] + cx[5]) / 2, "Por extenso", "center")],
             FB, 9)
    p.pieces(y + 21, [((cx[2] + cx[3]) / 2, "Horária", "center")], FB, 9)
    for x in cx[1:-1]:
        p.vline(x, y, y + 26, 0.6)
    fl.y = y + 26
    out = []
    seg_top = [fl.y]

    def close_seg():
        pg = fl.page
        for x in (cx[0], cx[-1]):
            pg.vline(x, seg_top[0], fl.y, 0.6)
        pg.hline(L, R, fl.y, 0.8)

    years = sorted({t.year for t in s.terms})
    for yr in years:
        if fl.y + 36 > fl.page.h - fl.bottom_margin:
            close_seg()
            fl.break_page()
            seg_top[0] = fl.y
            fl.page.hline(L, R, fl.y, 0.8)
        pg = fl.page
        ano = s.terms[0].start_year + yr - 1
        cap = f"{ORD[yr]} ANO — ANO LECTIVO {ano}"
        pg.rect(L, fl.y, R - L, 15, 0.6, 0, fill=0.95)
        pg.text(p.w / 2, fl.y + 11, cap, FB, 9.5, "center")
        fl.y += 15
        for t in [t for t in s.terms if t.year == yr]:
            for r in t.results:
                lines = wrap(r.spec.title, F, 9.5, cx[1] - cx[0] - 8)
                h = 5 + 11 * len(lines)
                if fl.y + h > fl.page.h - fl.bottom_margin:
                    close_seg()
                    fl.break_page()
                    seg_top[0] = fl.y
                    fl.page.hline(L, R, fl.y, 0.8)
                pg = fl.page
                v = valor(r)
                hrs = int(r.spec.credits)
                yy = fl.y + 11
                pg.pieces(yy, [(cx[0] + 4, lines[0], "left"), ((cx[1] + cx[2]) / 2, REG[t.key], "center"),
                               ((cx[2] + cx[3]) / 2, str(hrs), "center"), ((cx[3] + cx[4]) / 2, str(v), "center"),
                               (cx[4] + 6, pt_num(v).capitalize(), "left")], F, 9.5)
                for ln in lines[1:]:
                    yy += 11
                    pg.text(cx[0] + 4, yy, ln, F, 9.5)
                for x in cx[1:-1]:
                    pg.vline(x, yy - 11 - 11 * (len(lines) - 1), yy + 4, 0.6)
                fl.y = yy + 4
                pg.hline(L, R, fl.y, 0.3, 0.3)
                out.append(course_truth(r, f"{ORD[yr]} Ano ({ano}) — {REG[t.key]}", hrs, str(v), "hours",
                                        title=" ".join(lines), code=None, regime=REG[t.key],
                                        grade_words=pt_num(v).capitalize()))
    close_seg()
    media = ao_media(s)
    total_h = sum(c["credits"] for c in out)
    fl.need(250)
    p, y = fl.page, fl.y + 22
    p.pieces(y, [(L, "Carga horária total do curso:", "left", FB, 10.5), (L + 180, f"{total_h} horas", "left")],
             F, 10.5)
    y += 16
    p.pieces(y, [(L, "Média Final de Curso:", "left", FB, 10.5),
                 (L + 180, f"{media} ({pt_num(media)}) valores", "left", FB, 10.5)], F, 10.5)
    y += 20
    y = p.paragraph(L, y, "Por ser verdade e me ter sido solicitado, mandou-se passar o presente certificado, que "
                    "vai assinado e autenticado com o selo branco em uso nesta instituição.", F, 11, R - L, 16) + 8
    c = s.conferred
    p.text(L, y, f"{inst.city}, aos {c.day} de {PT_MONTHS[c.month - 1]} de {c.year}", F, 11)
    y += 30
    p.text(L + 110, y, "Visto", FB, 10, "center")
    p.text(L + 110, y + 12, "O Director Geral", FB, 10, "center")
    p.text(R - 130, y, "O Chefe do Departamento dos", FB, 10, "center")
    p.text(R - 130, y + 12, "Assuntos Académicos", FB, 10, "center")
    p.signature(L + 60, y + 48, 100, rng)
    p.signature(R - 180, y + 48, 100, rng)
    p.hline(L + 30, L + 190, y + 52, 0.5)
    p.hline(R - 210, R - 50, y + 52, 0.5)
    sg = PACK.signers
    p.text(L + 110, y + 64, sg[k(s, "ao-dg") % 4], F, 9.5, "center")
    p.text(R - 130, y + 64, sg[(k(s, "ao-dg") + 1) % 4], F, 9.5, "center")
    round_seal(p, rng, p.w / 2, y + 40, 68, inst.name.upper()[:44], "ASSUNTOS ACADÉMICOS", ("ANGOLA",))
    stamp(p, L, y + 86, [f"Emolumentos pagos: Kz {1500 + 500 * (k(s, 'ao-em') % 4)},00",
                         f"Guia n.º {k(s, 'ao-guia') % 90000 + 10000}/{c.year}"], "Times-Roman", 7.5, 0.3)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(R, pg.h - 30, f"Pág. {i}/{n}", F, 8.5, "right")
    return LayoutResult("transcript", "ao_certificado_notas", FAMILY, fl.pages, [name], out, "hours",
                        {"prints_totals": True, "total_hours": total_h, "average": media})


TRANSCRIPT_LAYOUTS = {"ao_certificado_notas": (ao_certificado, FAMILY, ("AO",))}
