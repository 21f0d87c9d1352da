"""Writer V, round 10: the SO and HN pages of v_diploma_title (see r10_v_diplomas.py)."""

from .. import dates as D
from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, Page, center_wrapped
from .r10_v_common import FAMILY, by_reading_order, dry_seal, k, round_stamp, sign_block, star_seal


def so_degree(s, person, rng):
    inst, cur = s.institution, s.curriculum
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(18, 2.2, 0.25)
    p.rect(34, 34, W - 68, p.h - 68, 0.6, 0.4)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = person.full
    star_seal(p, W / 2, 78, 24, 0.35, points=5)
    p.text(W / 2, 128, inst.name.upper(), TB, 24, "center")
    p.text(W / 2, 146, f"{inst.city}, Somalia", TI, 11, "center")
    p.text(W / 2, 182, "This is to certify that", TI, 14, "center")
    p.text(W / 2, 218, nm, TB, 24, "center")
    p.hline(W / 2 - 200, W / 2 + 200, 224, 0.5, 0.4)
    txt = ("having completed the prescribed course of study and passed the examinations required by the Senate of the "
           "University, and having fulfilled all the requirements thereof, is hereby awarded the degree of")
    y = center_wrapped(p, 250, txt, TI, 13, W - 220, 18) + 12
    p.text(W / 2, y, cur.title.upper(), TB, 17, "center")
    y += 30
    d = s.conferred
    y = center_wrapped(p, y, f"with all the rights, honours and privileges pertaining thereto. Given at {inst.city} this "
                       f"{D.ordinal_suffix(d.day)} day of {D.MONTHS[d.month - 1]} {d.year}.", TI, 12.5, W - 220, 17)
    y = p.h - 86
    sign_block(p, rng, 170, y, "Chancellor", T, 11, 170)
    sign_block(p, rng, W / 2, y, "Dean of Faculty", T, 11, 170)
    sign_block(p, rng, W - 170, y, "Registrar", T, 11, 170)
    dry_seal(p, W / 2 - 150, y - 30, 30)
    p.text(60, p.h - 46, f"Cert. No. {inst.name.split()[0][:3].upper()}/{d.year}/{k(s, 'cno') % 9000 + 1000}", T, 9)
    return LayoutResult("diploma", "v_diploma_title", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "ordinal_day_of"})


NUM_ES = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
          "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
          "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve", "treinta",
          "treinta y uno"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
         "diciembre"]


def year_es(y):
    r = y - 2000
    return "dos mil" + ("" if r == 0 else " " + NUM_ES[r] if r < 32 else "")


def date_words_es(d):
    """'veintiocho de febrero de dos mil veinte'."""
    return f"{'primero' if d.day == 1 else NUM_ES[d.day]} de {MESES[d.month - 1]} de {year_es(d.year)}"


HN_TITLE = {"hn_mqc": ("Licenciado en Microbiología y Química Clínica", "Licenciada en Microbiología y Química Clínica"),
            "hn_bio": ("Licenciado en Biología", "Licenciada en Biología"),
            "hn_enf": ("Licenciado en Enfermería", "Licenciada en Enfermería")}


def hn_titulo(s, person, rng):
    inst, cur = s.institution, s.curriculum
    fem = person.sex == "F"
    p = Page(LANDSCAPE_A4)
    W = p.w
    p.border(20, 1.8, 0.3)
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    nm = person.full.upper()
    star_seal(p, W / 2, 58, 22, 0.35, points=5)
    p.text(W / 2, 98, "REPÚBLICA DE HONDURAS", TB, 12, "center")
    p.text(W / 2, 120, inst.name.upper(), TB, 18, "center")
    p.text(W / 2, 162, "TÍTULO", TB, 34, "center")
    txt = (f"El Consejo Universitario, en atención a que {nm}, con número de identidad {inst_id(s)}, ha cumplido "
           f"con todos los requisitos establecidos en el plan de estudios de la carrera de {cur.title.replace('Licenciatura en ', '')}, "
           f"le confiere el título de")
    y = center_wrapped(p, 194, txt, T, 13, W - 200, 18) + 14
    t = HN_TITLE.get(cur.id, HN_TITLE["hn_mqc"])[1 if fem else 0]
    p.text(W / 2, y, t.upper(), TB, 19, "center")
    y += 26
    y = center_wrapped(p, y, "en el grado académico de Licenciatura, con todos los derechos y prerrogativas que las "
                       "leyes de la República le conceden.", T, 13, W - 200, 18) + 10
    p.text(W / 2, y, f"{inst.extra['lugar']}, {date_words_es(s.conferred)}.", TI, 13, "center")
    y = p.h - 80
    sign_block(p, rng, 180, y, "Rector(a)", T, 11, 180)
    sign_block(p, rng, W - 180, y, "Secretario(a) General", T, 11, 180)
    dry_seal(p, W / 2, y - 24, 32)
    reg = k(s, "reg")
    p.text(W - 40, p.h - 36, f"Registro No. {reg % 90000 + 10000} — Folio {reg % 400 + 1} — Tomo {reg % 30 + 10}", TI, 8.5,
           "right")
    return LayoutResult("diploma", "v_diploma_title", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "words_es"})


def inst_id(s):
    n = k(s, "dni")
    return f"0801-{s.dob.year}-{n % 90000 + 10000:05d}"
