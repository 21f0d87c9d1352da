"""Writer S, round 9: Italy (IT). Country pack (Laurea in Tecniche di Laboratorio Biomedico, classe
L/SNT3, 3 years, 180 CFU; Laurea in Scienze Biologiche, L-13; Laurea in Infermieristica, L/SNT1) and
the Segreteria Studenti's "CERTIFICATO DI LAUREA CON ESAMI": a running paragraph (name, birth,
matricola, corso di laurea, classe, ordinamento), then the exams grouped under "Anno di corso: 1"
lines with NO semester; columns `Attività didattica | SSD | CFU | Voto | Data`; the SSD is a
scientific sector ("BIO/10", "MED/46"), not a course code, and several rows share one; integrated
courses ("Corso integrato di Patologia clinica") carry the CFU, the mark and the date, their modules
are listed under them, indented, with their SSD only; "Tirocinio professionalizzante (I anno)" 20
CFU a year and the English test are "IDONEO"; "Attività a scelta dello studente" 6 CFU; "Prova
finale" 7 CFU "SUPERATA"; marks "28/30", "30 e lode"; long titles wrap. At the end "Totale CFU: 180",
"Media ponderata: 27,35/30" (CFU-weighted over the marked exams, 30 e lode = 30), "Voto di laurea:
110/110 e lode", "conseguita il 21/11/2019"; the footer "Il presente certificato non può essere
prodotto agli organi della pubblica amministrazione o ai privati gestori di pubblici servizi" and a
"documento firmato digitalmente" box; "Pag. 1 di 2".

Truth rows: the integrated courses and the single activities (those carry CFU), without a code
(code null; the SSD is kept apart as `ssd`), term "Anno di corso: N". The module rows are not
courses. Credits: 1 CFU = 25 hours = 1 ECTS credit, so ECTS x 1/2 (criteria.md)."""

from .. import countries as K
from .. import courses as C
from ..layouts_transcript import LayoutResult
from ..names import Employer, Institution
from ..pagekit import A4, Flow, Page, wrap
from .r3_f_common import parse as parse_local
from .r9_s_common import FAMILY, by_reading_order, add_department_phrases, comma, course_truth, k, r2, star_seal

RAW = {}    # code -> "MED/46" or "Module:SSD;Module:SSD"

IT_TLB = """
## 1 Y
TLB01 | Fisica applicata:FIS/07;Statistica medica:MED/01;Sistemi di elaborazione delle informazioni:ING-INF/05 | Corso integrato di Fisica, statistica e informatica | 8 | ?M
TLB02 | Chimica generale e inorganica:BIO/10;Chimica organica:BIO/10;Biochimica:BIO/10 | Corso integrato di Chimica e biochimica | 8 | C
TLB03 | Biologia applicata:BIO/13;Genetica medica:MED/03 | Corso integrato di Biologia e genetica | 6 | B
TLB04 | Anatomia umana:BIO/16;Istologia:BIO/17 | Corso integrato di Anatomia e istologia | 6 | B
TLB05 | BIO/09 | Fisiologia umana | 5 | B
TLB06 | MED/46 | Scienze tecniche di medicina di laboratorio I | 4 | P
TLB07 | L-LIN/12 | Lingua inglese (prova di idoneità) | 3 | O
TLB08 | MED/46 | Tirocinio professionalizzante (I anno) | 20 | P | chemistry,hematology
## 2 Y
TLB11 | Patologia generale:MED/04;Immunologia:MED/04 | Corso integrato di Patologia generale e immunologia | 6 | ?B
TLB12 | Microbiologia:MED/07;Microbiologia clinica:MED/07;Tecniche di microbiologia:MED/46 | Corso integrato di Microbiologia e microbiologia clinica | 8 | P
TLB13 | Biochimica clinica:BIO/12;Biologia molecolare clinica:BIO/12;Tecniche di biochimica clinica:MED/46 | Corso integrato di Biochimica clinica e biologia molecolare clinica | 8 | P
TLB14 | Patologia clinica:MED/05;Tecniche di patologia clinica:MED/46 | Corso integrato di Patologia clinica | 7 | P
TLB15 | Anatomia patologica:MED/08;Citopatologia e tecniche istologiche:MED/46 | Corso integrato di Anatomia patologica e citologia | 6 | P
TLB16 | Igiene generale e applicata:MED/42;Medicina del lavoro:MED/44 | Corso integrato di Igiene, sicurezza e radioprotezione nei luoghi di lavoro | 5 | O
TLB17 | MED/46 | Tirocinio professionalizzante (II anno) | 20 | P | microbiology,urinalysis
## 3 Y
TLB21 | Ematologia:MED/15;Immunoematologia e medicina trasfusionale:MED/05;Tecniche di ematologia:MED/46 | Corso integrato di Ematologia e immunoematologia | 7 | P
TLB22 | Farmacologia:BIO/14;Tossicologia:BIO/14 | Corso integrato di Farmacologia e tossicologia | 5 | O
TLB23 | Genetica medica:MED/03;Diagnostica molecolare:MED/46 | Corso integrato di Genetica medica e diagnostica molecolare | 6 | ?B
TLB24 | Organizzazione aziendale:SECS-P/10;Deontologia e legislazione sanitaria:MED/43;Management del laboratorio:MED/46 | Corso integrato di Management sanitario, deontologia e qualità in medicina di laboratorio | 6 | O
TLB25 | MED/46 | Laboratori professionali dello specifico SSD | 3 | P
TLB26 | — | Attività a scelta dello studente | 6 | O
TLB27 | MED/46 | Tirocinio professionalizzante (III anno) | 20 | P | blood_bank,molecular,other
TLB28 | PROFIN_S | Prova finale | 7 | O
"""

IT_BIO = """
## 1 Y
BIO01 | MAT/05 | Istituzioni di matematiche | 8 | M
BIO02 | CHIM/03 | Chimica generale ed inorganica | 9 | C
BIO03 | FIS/07 | Fisica | 7 | O
BIO04 | Citologia:BIO/06;Istologia:BIO/06 | Corso integrato di Citologia e istologia | 9 | B
BIO05 | BIO/05 | Zoologia | 9 | B
BIO06 | BIO/01 | Botanica | 9 | B
BIO07 | L-LIN/12 | Lingua inglese (prova di idoneità) | 3 | O
BIO08 | INF/01 | Abilità informatiche | 6 | O
## 2 Y
BIO11 | CHIM/06 | Chimica organica | 9 | C
BIO12 | BIO/10 | Biochimica | 12 | C
BIO13 | BIO/18 | Genetica | 9 | B
BIO14 | BIO/19 | Microbiologia generale | 9 | B
BIO15 | BIO/09 | Fisiologia generale | 12 | B
BIO16 | BIO/07 | Ecologia | 9 | B
## 3 Y
BIO21 | BIO/11 | Biologia molecolare | 9 | B
BIO22 | Anatomia comparata:BIO/06;Biologia dello sviluppo:BIO/06 | Corso integrato di Anatomia comparata e biologia dello sviluppo | 12 | B
BIO23 | BIO/15 | Biologia farmaceutica | 6 | ?B
BIO24 | — | Attività a scelta dello studente | 12 | O
BIO25 | — | Tirocinio formativo | 9 | O
BIO26 | PROFIN_S | Prova finale | 6 | O
"""

IT_INF = """
## 1 Y
INF01 | Anatomia umana:BIO/16;Fisiologia:BIO/09 | Corso integrato di Scienze biomediche di base | 10 | B
INF02 | MED/45 | Infermieristica generale | 10 | O
INF03 | MED/45 | Tirocinio professionalizzante (I anno) | 20 | O
INF04 | L-LIN/12 | Lingua inglese (prova di idoneità) | 3 | O
INF05 | MED/42 | Igiene e sanità pubblica | 17 | O
## 2 Y
INF11 | MED/45 | Infermieristica clinica medica e chirurgica | 20 | O
INF12 | MED/45 | Tirocinio professionalizzante (II anno) | 25 | O
INF13 | BIO/14 | Farmacologia | 15 | O
## 3 Y
INF21 | MED/45 | Infermieristica in area critica | 20 | O
INF22 | MED/45 | Tirocinio professionalizzante (III anno) | 27 | O
INF23 | — | Attività a scelta dello studente | 6 | O
INF24 | PROFIN_S | Prova finale | 7 | O
"""


def _cur(cid, title, field, table, clin=False):
    return C.Curriculum(cid, "IT", title, "bachelor", 3, field, "ects", parse_local(table, RAW), 10, 11,
                        clinical_training=clin)


IT_INST = [
    Institution("Università degli Studi della Lunigiana", "Massa", "Toscana", "IT", "Via Aurelia Nord 118",
                ("it_tlb", "it_bio", "it_inf"), extra={"sede": "Massa"}),
    Institution("Università degli Studi del Sannio Irpino", "Avellino", "Campania", "IT", "Piazza Libertà 21",
                ("it_tlb", "it_inf"), extra={"sede": "Avellino"}),
    Institution("Università degli Studi di Valle Brembana", "Bergamo", "Lombardia", "IT", "Via dei Mille 9",
                ("it_tlb", "it_bio"), extra={"sede": "Bergamo"}),
]

PACK = K.CountryPack(
    code="IT", name="Italy",
    given={"F": ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Federica", "Alessia", "Elisa", "Ilaria"],
           "M": ["Marco", "Luca", "Andrea", "Matteo", "Davide", "Simone", "Federico", "Lorenzo", "Stefano", "Gabriele"]},
    surnames=["Rossi", "Bianchi", "Esposito", "Ferrari", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
              "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "Moretti"],
    middle={"F": [], "M": []},
    institutions=IT_INST,
    employers=[
        Employer("Azienda Sanitaria Locale Apuana Costa", "Carrara", "Toscana", "IT", "Viale XX Settembre 44",
                 "+39 0585 000141", "personale@asl-apuanacosta.example"),
        Employer("Azienda Ospedaliera San Gerardo dei Colli", "Avellino", "Campania", "IT", "Contrada Amoretta 3",
                 "+39 0825 000177", "risorseumane@ao-sangerardocolli.example"),
        Employer("ASST Valli Orobiche", "Bergamo", "Lombardia", "IT", "Piazza OMS 2",
                 "+39 035 000 1123", "ufficio.personale@asst-valliorobiche.example"),
        Employer("Centro Diagnostico Lab Adriatico S.r.l.", "Pescara", "Abruzzo", "IT", "Via Tiburtina 87",
                 "+39 085 000 4419", "amministrazione@labadriatico.example", "lab"),
    ],
    signers=["Dott.ssa Paola Ricci", "Dott. Gianni Lombardi", "Dott.ssa Marina Conti", "Dott. Sergio Moretti"],
    curricula=[_cur("it_tlb", "Laurea in Tecniche di Laboratorio Biomedico", "medical_laboratory_science", IT_TLB, True),
               _cur("it_bio", "Laurea in Scienze Biologiche", "biology", IT_BIO),
               _cur("it_inf", "Laurea in Infermieristica", "nursing", IT_INF)],
    mls_curriculum="it_tlb", science_curricula=["it_bio"], nonqualifying_curricula=["it_inf"],
    positions_mls=["Tecnico sanitario di laboratorio biomedico"],
    positions_science=["Biologo collaboratore", "Tecnico di laboratorio"],
    code_style="keep",
    student_no=lambda rng, sy, inst: f"{rng.randint(100000, 999999)}",
    honours=[],
)
K.register(PACK)
add_department_phrases("IT", {
    "blood_bank": ["SIMT - Medicina Trasfusionale"], "chemistry": ["Laboratorio Analisi Chimico-Cliniche"],
    "hematology": ["Ematologia di laboratorio"], "microbiology": ["Microbiologia e Virologia"],
    "immunology": ["Immunologia e Allergologia"], "urinalysis": ["Laboratorio Analisi - settore urine"],
    "molecular": ["Diagnostica Molecolare"], "phlebotomy": ["Centro Prelievi"], "other": ["Anatomia Patologica"]})

CLASSE = {"it_tlb": "L/SNT3 - Professioni sanitarie tecniche", "it_bio": "L-13 - Scienze biologiche",
          "it_inf": "L/SNT1 - Professioni sanitarie infermieristiche e professione sanitaria ostetrica"}
ABIL = {"it_tlb": " (abilitante alla professione sanitaria di Tecnico di laboratorio biomedico)",
        "it_inf": " (abilitante alla professione sanitaria di Infermiere)", "it_bio": ""}
BIRTH = [("Massa", "MS"), ("Carrara", "MS"), ("Avellino", "AV"), ("Benevento", "BN"), ("Bergamo", "BG"),
         ("Lucca", "LU"), ("Salerno", "SA"), ("Brescia", "BS"), ("La Spezia", "SP"), ("Napoli", "NA")]


def idoneo(r):
    t = r.spec.title
    return t.startswith(("Tirocinio", "Lingua", "Laboratori professionali"))


def it_rows(s):
    """[(year, r, voto string, voto number or None, date)], media ponderata, voto di laurea string."""
    import datetime as dt
    rows = []
    for i, t in enumerate(s.terms):
        y = t.start_year + 1
        for j, r in enumerate(t.results):
            kk = k(s, f"v{i}.{j}")
            if RAW[r.spec.code] == "PROFIN_S":
                rows.append((t.year, r, "SUPERATA", None, s.conferred))
                continue
            m = [1, 2, 6, 7, 9][kk % 5]
            if idoneo(r):
                m = 9 if r.spec.title.startswith("Tirocinio") else m
            d = dt.date(y, m, (8 if m == 1 else 1) + (kk >> 4) % 20)
            if d >= s.conferred:
                d = dt.date(y, 7, 1 + (kk >> 4) % 27)
            while d.weekday() >= 5:           # exam sessions sit on weekdays
                d += dt.timedelta(days=1)
            if idoneo(r):
                rows.append((t.year, r, "IDONEO", None, d))
                continue
            v = int(round(18 + (r.score - 45) * 12 / 47 + ((kk >> 8) % 3 - 1)))
            v = max(18, min(30, v))
            vs = "30 e lode" if v == 30 and (kk >> 12) % 2 else f"{v}/30"
            rows.append((t.year, r, vs, v, d))
    marked = [(r.spec.credits, v) for _, r, _, v, _ in rows if v is not None]
    media = r2(sum(c * v for c, v in marked) / sum(c for c, _ in marked))
    base = media * 110 / 30 + k(s, "pf") % 7
    vl = f"{min(110, int(round(base)))}/110" + (" e lode" if base >= 112.5 else "")
    return rows, media, vl


def it_date(d):
    return d.strftime("%d/%m/%Y")


def it_transcript(s, person, rng):
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    W, H = A4
    L, R = 48, W - 48
    nm = f"{person.surname.upper()} {person.given.upper()}"
    fem = person.sex == "F"
    bp, prov = BIRTH[k(s, "bp") % len(BIRTH)]
    rows, media, vl = it_rows(s)
    xs = [L, 318, 392, 428, 486, R]
    out = []

    def new_page(n):
        p = Page(A4)
        star_seal(p, W / 2, 44, 16, 0.35, points=5)
        p.text(W / 2, 76, inst.name.upper(), FB, 12.5, "center")
        p.text(W / 2, 89, "Area Servizi agli Studenti — Segreteria Studenti di Medicina e Chirurgia", F, 9, "center")
        p.hline(L, R, 96, 0.6)
        y = 114
        if n == 1:
            p.text(W / 2, y, "CERTIFICATO DI LAUREA CON ESAMI", FB, 13, "center")
            y += 22
            st, nat, isc = ("la studentessa", "nata", "iscritta") if fem else ("lo studente", "nato", "iscritto")
            txt = (f"Si certifica che {st} {nm}, {nat} a {bp} ({prov}) il {it_date(s.dob)}, matricola n. {s.student_no}, "
                   f"{isc} nell'anno accademico {s.admitted.year}/{s.admitted.year + 1} al Corso di {cur.title}"
                   f"{ABIL.get(cur.id, '')}, Classe {CLASSE.get(cur.id, '')}, ordinamento D.M. 270/2004, durata "
                   f"normale 3 anni, ha conseguito il titolo in data {it_date(s.conferred)} con la votazione di {vl}, "
                   f"avendo superato i seguenti esami e attività formative:")
            y = p.paragraph(L, y, txt, F, 10, R - L, 13.5) + 6
        else:
            p.pieces(y, [(L, f"{nm} — matricola n. {s.student_no}", "left"), (R, "segue", "right", FI, 9)], F, 9)
            y += 12
        p.rect(L, y, R - L, 16, 0.6, 0, fill=0.88)
        p.pieces(y + 11, [(L + 4, "Attività didattica", "left"), ((xs[1] + xs[2]) / 2, "SSD", "center"),
                          ((xs[2] + xs[3]) / 2, "CFU", "center"), ((xs[3] + xs[4]) / 2, "Voto", "center"),
                          ((xs[4] + xs[5]) / 2, "Data", "center")], FB, 9)
        return p, y + 28

    fl = Flow(new_page, 110)
    last = None
    for yr, r, vs, v, d in rows:
        if yr != last:
            fl.need(40)
            fl.page.text(L + 4, fl.y, f"Anno di corso: {yr}", FB, 9.5)
            fl.y += 14
            last = yr
        raw = RAW[r.spec.code]
        mods = [m.split(":") for m in raw.split(";")] if ":" in raw else []
        ssd = "" if mods or raw in ("—", "PROFIN_S") else raw
        tl = wrap(r.spec.title, FB if mods else F, 9, xs[1] - xs[0] - 10)
        fl.need(12 * len(tl) + 11 * len(mods) + 6)
        p = fl.page
        p.pieces(fl.y, [(L + 4, tl[0], "left", FB if mods else F, 9), ((xs[1] + xs[2]) / 2, ssd, "center"),
                        ((xs[2] + xs[3]) / 2, str(int(r.spec.credits)), "center"), ((xs[3] + xs[4]) / 2, vs, "center"),
                        ((xs[4] + xs[5]) / 2, it_date(d), "center")], F, 9)
        for ln in tl[1:]:
            fl.y += 11
            p.text(L + 4, fl.y, ln, FB if mods else F, 9)
        for mt, ms in mods:
            fl.y += 11
            p.pieces(fl.y, [(L + 16, f"– {mt}", "left", FI, 8.5), ((xs[1] + xs[2]) / 2, ms, "center", FI, 8.5)], F, 8.5)
        fl.y += 5
        p.hline(L, R, fl.y, 0.25, 0.5)
        fl.y += 11
        out.append(course_truth(r, f"Anno di corso: {yr}", r.spec.credits, vs, "ects", title=" ".join(tl), code=None,
                                ssd=ssd or None, modules=[m[0] for m in mods], date=it_date(d)))
    fl.need(230)
    p, y = fl.page, fl.y + 6
    tot = int(sum(r.spec.credits for _, r, _, _, _ in rows))
    p.hline(L, R, y - 8, 0.8)
    p.text(L + 4, y + 4, f"Totale CFU acquisiti: {tot}", FB, 10)
    p.text(L + 4, y + 18, f"Media ponderata: {comma(media)}/30", FB, 10)
    p.text(L + 4, y + 32, f"Voto di laurea: {vl}", FB, 10)
    p.text(L + 4, y + 46, f"conseguita il {it_date(s.conferred)}", F, 10)
    y += 66
    p.text(L, y, f"{inst.city}, {it_date(s.conferred.replace(day=28) if s.conferred.day < 28 else s.conferred)}", F, 9.5)
    y += 14
    y = p.paragraph(L, y, "Il presente certificato non può essere prodotto agli organi della pubblica amministrazione o ai "
                    "privati gestori di pubblici servizi (art. 40 D.P.R. 445/2000).", FI, 8.5, R - L, 11) + 6
    p.rect(R - 250, y, 250, 52, 0.7, 0.2)
    p.text(R - 242, y + 13, "Documento firmato digitalmente", FB, 8.5)
    p.text(R - 242, y + 25, "ai sensi del D.Lgs. 82/2005 e s.m.i. (CAD)", F, 8)
    p.text(R - 242, y + 37, "Il Dirigente dell'Area Servizi agli Studenti", F, 8)
    p.text(R - 242, y + 48, f"Dott. {['Mario Gentile', 'Anna Ferri', 'Paolo Sarti'][k(s, 'dir') % 3]}", F, 8)
    p.text(L, y + 20, f"Bollo assolto in modo virtuale — Aut. n. {k(s, 'bollo') % 90000 + 10000}/{s.conferred.year}", F, 7.5)
    n = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        pg.text(R, H - 26, f"Pag. {i} di {n}", F, 8, "right")
        pg.text(L, H - 26, f"Cod. verifica {k(s, 'cv') % 0xFFFFFF:06X}-{i}", F, 7)
    return LayoutResult("transcript", "it_certificato_esami", FAMILY, by_reading_order(fl.pages), [nm], out, "ects",
                        {"prints_totals": True, "media_ponderata": media, "voto_laurea": vl})


TRANSCRIPT_LAYOUTS = {"it_certificato_esami": (it_transcript, FAMILY, ("IT",))}
