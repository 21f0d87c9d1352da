"""Writer V, round 10: diplomas. v_diploma_title serves RS, SO, HN; v_parchment serves MU, BT.

v_diploma_title:
  RS "ДИПЛОМА о стеченом високом образовању на основним академским студијама" in Cyrillic only: the
     name, "рођена ... године у ...", the programme and its 240 ЕСПБ, the average from the transcript,
     "стекла стручни назив: дипломирани медицински лабораторијски дијагностичар", the number, "Ваљево,
     12. јул 2019." (nominative month), the rector's and dean's signatures and a round seal; page 2 is
     its English translation ("TRANSLATION FROM SERBIAN ... obtained the professional title of ...").
  SO "This is to certify that ... having completed the prescribed course of study and passed the
     examinations ... is hereby awarded the degree of BACHELOR OF SCIENCE IN MEDICAL LABORATORY SCIENCE
     ... Given at Mogadishu this 20th day of August 2019", double border, Chancellor / Dean / Registrar.
  HN "TÍTULO ... la Universidad ... le confiere el título de Licenciada en Microbiología y Química
     Clínica, en el grado académico de Licenciatura ... Tegucigalpa, M.D.C., veintiocho de febrero de
     dos mil veinte", landscape, registry notes (Registro No., Folio, Tomo) on the back edge.
v_parchment (MU, BT): see r10_v_parchment.py."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r10_v_common import FAMILY, by_reading_order, comma, cyrillic_safe, dry_seal, k, round_stamp, sign_block, sr_cyr, star_seal
from .r10_v_rs import rs_rows

MES_NOM = ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар",
           "децембар"]
MES_GEN = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
           "новембра", "децембра"]
RS_TITLE = {"rs_mld": ("дипломирани медицински лабораторијски дијагностичар", "дипломирана медицинска лабораторијска дијагностичарка",
                       "Graduate Medical Laboratory Diagnostician"),
            "rs_bio": ("дипломирани биолог", "дипломирана биолошкиња", "Graduate Biologist"),
            "rs_nega": ("дипломирани медицински техничар", "дипломирана медицинска сестра", "Graduate Nurse")}
RS_EN_PROG = {"rs_mld": "Medical Laboratory Diagnostics", "rs_bio": "Biology", "rs_nega": "Nursing"}
RS_PLACES = ["Ваљеву", "Шапцу", "Лозници", "Чачку", "Крагујевцу", "Зајечару", "Смедереву", "Пожаревцу"]
RS_PLACES_EN = ["Valjevo", "Šabac", "Loznica", "Čačak", "Kragujevac", "Zaječar", "Smederevo", "Požarevac"]


def v_diploma_title(s, person, rng):
    c = s.institution.country
    if c == "RS":
        with cyrillic_safe():
            return _rs(s, person, rng)
    from .r10_v_diplomas2 import hn_titulo, so_degree
    return {"SO": so_degree, "HN": hn_titulo}[c](s, person, rng)


def _rs(s, person, rng):
    inst, cur = s.institution, s.curriculum
    fem = person.sex == "F"
    nm = f"{sr_cyr(person.given)} {sr_cyr(person.surname)}"
    nm_en = f"{person.given} {person.surname}"
    rows = rs_rows(s)
    avg = sum(g for _, _, g, _, _ in rows) / len(rows)
    avg = int(avg * 100 + 0.5 + 1e-9) / 100
    bp = k(s, "bp") % len(RS_PLACES)
    t_m, t_f, t_en = RS_TITLE.get(cur.id, RS_TITLE["rs_mld"])
    title = t_f if fem else t_m
    no = f"{k(s, 'dno') % 900 + 100}/{s.conferred.year}"
    d = s.conferred
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W = p.w
    p.border(22, 1.6, 0.35)
    star_seal(p, W / 2, 80, 24, 0.4, points=8)
    p.text(W / 2, 126, "РЕПУБЛИКА СРБИЈА", TB, 12, "center")
    p.text(W / 2, 144, inst.name.upper(), TB, 13, "center")
    p.text(W / 2, 160, inst.extra["fakultet"], T, 12, "center")
    p.text(W / 2, 214, "ДИПЛОМА", TB, 30, "center")
    p.text(W / 2, 236, "о стеченом високом образовању на основним академским студијама", TI, 11.5, "center")
    p.text(W / 2, 282, nm, TB, 20, "center")
    y = 312
    txt = (f"{'рођена' if fem else 'рођен'} {s.dob.day}. {MES_GEN[s.dob.month - 1]} {s.dob.year}. године у "
           f"{RS_PLACES[bp]}, Република Србија, {'уписана' if fem else 'уписан'} школске {s.admitted.year}/"
           f"{s.admitted.year + 1}. године на основне академске студије {cur.title}, обима {cur.years * 60} ЕСПБ "
           f"бодова, а дана {d.day}. {MES_GEN[d.month - 1]} {d.year}. године {'завршила' if fem else 'завршио'} је "
           f"студије са општим успехом {comma(avg)} (просечна оцена) и {'стекла' if fem else 'стекао'} стручни назив")
    y = center_wrapped(p, y, txt, T, 12, W - 130, 17) + 14
    p.text(W / 2, y, title.upper(), TB, 13, "center")
    y += 50
    p.text(80, y, f"Број: {no}", T, 11)
    p.text(80, y + 16, f"{inst.city}, {d.day}. {MES_NOM[d.month - 1]} {d.year}.", T, 11)
    y += 90
    sign_block(p, rng, 150, y, "Декан", T, 10.5, 160)
    round_stamp(p, W / 2, y - 14, 36, 0.42)
    sign_block(p, rng, W - 150, y, "Ректор", T, 10.5, 160)
    p1 = by_reading_order([p])[0]
    # page 2: the translation
    q = Page(A4)
    L, R = 60, W - 60
    q.text(L, 60, "TRANSLATION FROM SERBIAN", TB, 11)
    q.text(L, 75, "(the original is in Serbian Cyrillic)", TI, 9.5)
    y = 110
    q.text(W / 2, y, "REPUBLIC OF SERBIA", TB, 11, "center")
    q.text(W / 2, y + 15, inst.extra["en"].upper(), TB, 11, "center")
    q.text(W / 2, y + 48, "DIPLOMA", TB, 18, "center")
    q.text(W / 2, y + 64, "of higher education obtained at undergraduate academic studies", TI, 10.5, "center")
    q.text(W / 2, y + 98, nm_en, TB, 14, "center")
    y += 124
    txt = (f"born on {d_en(s.dob)} in {RS_PLACES_EN[bp]}, Republic of Serbia, enrolled in the academic year "
           f"{s.admitted.year}/{s.admitted.year + 1} in the undergraduate academic studies of {RS_EN_PROG.get(cur.id, cur.title)} "
           f"({cur.years * 60} ECTS credits), completed the studies on {d_en(d)} with the overall average grade of "
           f"{avg:.2f} and obtained the professional title of")
    y = q.paragraph(L, y, txt, T, 11, R - L, 15) + 10
    q.text(W / 2, y, t_en.upper(), TB, 12, "center")
    y += 34
    q.text(L, y, f"No.: {no}", T, 10.5)
    q.text(L, y + 15, f"{inst.extra['city_en']}, {d_en(d)}", T, 10.5)
    y += 50
    q.pieces(y, [(L, "Dean (signature illegible)", "left"), (W / 2, "Seal", "center"),
                 (R, "Rector (signature illegible)", "right")], TI, 10)
    y += 50
    y = q.paragraph(L, y, "I, the undersigned court interpreter for the English language, appointed by the Ministry of "
                    "Justice of the Republic of Serbia, hereby certify that this translation fully corresponds to the "
                    "original document written in the Serbian language.", T, 9.5, R - L, 12.5) + 34
    sign_block(q, rng, R - 100, y, "Court interpreter", T, 9.5, 150)
    round_stamp(q, R - 230, y - 12, 26, 0.45)
    return LayoutResult("diploma", "v_diploma_title", FAMILY, [p1, by_reading_order([q])[0]], [nm, nm_en],
                        info={"date_style": "dmy_dot_words", "average": avg})


def d_en(d):
    return f"{d.day} {D.MONTHS[d.month - 1]} {d.year}"


DIPLOMA_LAYOUTS = {"v_diploma_title": (v_diploma_title, FAMILY, ("RS", "SO", "HN"))}
