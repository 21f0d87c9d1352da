"""Writer Z, round 12: diplomas for BF, CR, MV, GM and LY (four designs).

z_bf_attestation: BF "ATTESTATION DE RÉUSSITE" (the school's attestation issued while the state
    diploma is pending): "Le Directeur Général de l'École ... atteste que ... né(e) le ... à ..., a subi
    avec succès les épreuves de l'examen de fin de formation ... session de juin 2016 ... et a obtenu le
    Diplôme d'État de Technicien Supérieur en Biologie Médicale", "Mention : Assez Bien", "En foi de quoi
    ...", "Fait à Ouagadougou, le 15 juillet 2016" (the university's Licence the same way, "Attestation
    de réussite au diplôme de Licence").
z_cr_titulo: CR "TÍTULO": "La Universidad ... confiere a ... el grado de LICENCIATURA en
    Microbiología y Química Clínica ... con todos los derechos ...", "San José, 22 de julio de 2019",
    the rector's and dean's signatures; the back (page 2) carries the registry's inscription and the
    professional college's incorporation stamp with a registration number.
z_parchment: MV "... conferred the degree of Bachelor of Medical Laboratory Science with Second Class
    Upper ... on this 18th day of September 2018" (Thaana line as a picture); GM "... has been awarded
    the Higher National Diploma in Medical Laboratory Sciences ... awarded on 30th November 2019".
z_ly_graduation: LY bilingual (Arabic lines as pictures at the right) "Graduation Certificate": "...
    has been awarded the Bachelor degree in Medical Technology - Medical Laboratories with the general
    grade Good (74.8 %) in the Spring semester 2016", the certificate's own date of issue apart.
"""

import datetime as dt

from ..layouts_transcript import LayoutResult
from ..pagekit import A4, LANDSCAPE_A4, LETTER, Page, center_wrapped
from .r12_z_common import (EN_MONTHS, ES_MONTHS, FAMILY, FR_MONTHS, arabic, by_reading_order, dry_seal,
                           embossed_seal, fr_date, k, ordinal_en, round_stamp, sign_block, star_seal, thaana_line)


# --- BF ---------------------------------------------------------------------------------------------

def _bf_mention(s):
    from .r12_z_bf import year_figures
    _, _, _, avg = year_figures(s, len(s.terms) - 1)
    return ("Très Bien" if avg >= 16 else "Bien" if avg >= 14 else "Assez Bien" if avg >= 12 else "Passable")


def z_bf_attestation(s, person, rng):
    from .r12_z_bf import bf_name, birth
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 60, W - 60
    uni = inst.kind == "university"
    y = 50
    for ln in (["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", "SECRÉTARIAT GÉNÉRAL", inst.name.upper()] if uni else
               ["MINISTÈRE DE LA SANTÉ", "SECRÉTARIAT GÉNÉRAL", inst.name.upper()]):
        p.text(L + 110, y, ln, TB, 9.5, "center")
        p.text(L + 110, y + 8, "--------", T, 7, "center")
        y += 20
    p.text(R - 80, 50, "BURKINA FASO", TB, 11, "center")
    p.text(R - 80, 64, "Unité - Progrès - Justice", TI, 9, "center")
    p.text(L, y + 10, f"N° {k(s, 'att') % 900 + 100}/{s.conferred.year}/{'UNK/DAOI' if uni else 'DG/DE'}", T, 10)
    p.text(W / 2, 180, "ATTESTATION DE RÉUSSITE", TB, 20, "center")
    fem = person.sex == "F"
    nm = bf_name(person)
    exam = FR_MONTHS[max(0, s.conferred.month - 2)]
    dipl = cur.title if not uni else "Licence en Sciences Biologiques"
    txt = (f"Le Directeur Général de {'l’' if not uni else 'la '}{inst.name if not uni else 'Présidence de ' + inst.name}"
           f" soussigné, atteste que {'Madame' if fem else 'Monsieur'} {nm}, {'née' if fem else 'né'} le "
           f"{s.dob.strftime('%d/%m/%Y')} à {birth(s)}, a subi avec succès les épreuves de l'examen de fin de formation"
           f" de la session {'d’' if exam[0] in 'aeiou' else 'de '}{exam} {s.conferred.year} et a obtenu le "
           f"{dipl}.") if not uni else (
           f"Le Président de l'{inst.name} soussigné, atteste que {'Madame' if fem else 'Monsieur'} {nm}, "
           f"{'née' if fem else 'né'} le {s.dob.strftime('%d/%m/%Y')} à {birth(s)}, a satisfait aux épreuves de la "
           f"session {'d’' if exam[0] in 'aeiou' else 'de '}{exam} {s.conferred.year} et a obtenu le diplôme de "
           f"{dipl}, domaine Sciences et Technologies.")
    y = p.paragraph(L, 230, txt, T, 13, R - L, 22)
    p.text(W / 2, y + 12, f"Mention : {_bf_mention(s)}", TB, 13, "center")
    y = p.paragraph(L, y + 44, "En foi de quoi, la présente attestation lui est délivrée pour servir et valoir ce que "
                    "de droit, en attendant la délivrance du diplôme définitif.", T, 12, R - L, 19)
    p.text(R, y + 24, f"Fait à {inst.city}, le {fr_date(s.conferred)}", T, 12, "right")
    sign_block(p, rng, R - 110, y + 110, "Le Directeur Général" if not uni else "Le Président", TB, 11, 190)
    p.text(R - 110, y + 138, ["Dr Hamidou Sanou", "Pr Rasmata Compaoré", "Dr Souleymane Bationo"][k(s, "dg") % 3],
           T, 11, "center")
    round_stamp(p, R - 190, y + 90, 34, 0.42)
    p.text(L, H - 50, "NB : Cette attestation n'est délivrée qu'une seule fois.", TI, 9)
    return LayoutResult("diploma", "z_bf_attestation", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "fr_long"})


# --- CR ---------------------------------------------------------------------------------------------

GRADO = {"cr_lic": ("LICENCIATURA", "Microbiología y Química Clínica", "Colegio de Microbiólogos y Químicos Clínicos"),
         "cr_bio": ("BACHILLERATO", "Biología", "Colegio de Biólogos"),
         "cr_enf": ("LICENCIATURA", "Enfermería", "Colegio de Enfermeras y Enfermeros")}


def z_cr_titulo(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    p = Page(LANDSCAPE_A4)
    W, H = p.w, p.h
    p.border(24, 2.2, 0.3)
    star_seal(p, W / 2, 74, 28, 0.4, points=8)
    p.text(W / 2, 130, inst.name.upper(), TB, 22, "center")
    p.text(W / 2, 150, "REPÚBLICA DE COSTA RICA", T, 11, "center")
    nm = person.full.upper()
    grado, area, colegio = GRADO[cur.id]
    y = center_wrapped(p, 190, "La Universidad, por cuanto", TI, 14, W - 180, 20)
    p.text(W / 2, y + 18, nm, TB, 24, "center")
    txt = (f"ha cumplido con todos los requisitos exigidos por el plan de estudios correspondiente, le confiere el grado "
           f"de {grado} en {area}, con todos los derechos y privilegios que por ley le corresponden.")
    y = center_wrapped(p, y + 54, txt, T, 14, W - 200, 20)
    d = s.conferred
    p.text(W / 2, y + 16, f"{inst.city}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year}", TI, 13, "center")
    sign_block(p, rng, W / 2 - 180, H - 80, "Rector", TB, 11, 190)
    sign_block(p, rng, W / 2 + 180, H - 80, "Decano(a) de la Facultad", TB, 11, 190)
    dry_seal(p, W / 2, H - 96, 30)
    # the back: registry inscription and the professional college's incorporation
    b = Page(LANDSCAPE_A4)
    b.text(70, 80, "OFICINA DE REGISTRO E INFORMACIÓN", TB, 11)
    b.text(70, 98, f"Inscrito en el Tomo {k(s, 'tomo') % 40 + 10}, Folio {k(s, 'fol') % 300 + 1}, "
           f"Asiento {k(s, 'as') % 9000 + 1000}.", T, 11)
    b.text(70, 114, f"Fecha de inscripción: {d.strftime('%d/%m/%Y')}", T, 11)
    sign_block(b, rng, 190, 170, "Jefe de Registro", TB, 10, 180)
    inc = d + dt.timedelta(days=40 + k(s, "inc") % 80)
    b.rect(W - 380, 60, 310, 130, 1.0, 0.35)
    b.text(W - 225, 84, colegio.upper(), TB, 9.5, "center")
    b.text(W - 225, 100, "DE COSTA RICA", TB, 9.5, "center")
    b.text(W - 225, 122, f"Incorporado(a) con el número de registro {k(s, 'col') % 3000 + 1200}", T, 10, "center")
    b.text(W - 225, 138, f"Fecha: {inc.strftime('%d/%m/%Y')}", T, 10, "center")
    sign_block(b, rng, W - 225, 176, "Fiscal", T, 9, 140)
    return LayoutResult("diploma", "z_cr_titulo", FAMILY, by_reading_order([p, b]), [nm],
                        info={"date_style": "es_long"})


# --- MV, GM -----------------------------------------------------------------------------------------

def z_parchment(s, person, rng):
    inst, cur = s.institution, s.curriculum
    T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
    mv = inst.country == "MV"
    p = Page(LANDSCAPE_A4 if mv else LETTER)
    W, H = p.w, p.h
    p.border(26, 2.6, 0.25)
    d = s.conferred
    if mv:
        from .r12_z_mv import classification, mv_figures
        _, _, cg = mv_figures(s)
        star_seal(p, W / 2, 76, 26, 0.4, points=12)
        p.text(W / 2, 132, inst.name, TB, 26, "center")
        thaana_line(p, W / 2, 156, inst.extra["dv"], 14)
        y = center_wrapped(p, 200, "This is to certify that", TI, 15, W - 200, 22)
        nm = person.full
        p.text(W / 2, y + 20, nm, TB, 26, "center")
        deg = cur.title
        hon = "" if cur.id == "mv_bn" and k(s, "cl") % 2 else f" with {classification(cg)}"
        txt = (f"having fulfilled the requirements prescribed by the University, was conferred the degree of {deg}"
               f"{hon} by the Council of the University on this {ordinal_en(d.day)} day of "
               f"{EN_MONTHS[d.month - 1]} {d.year}.")
        center_wrapped(p, y + 60, txt, T, 15, W - 220, 22)
        sign_block(p, rng, 200, H - 80, "Chancellor", TB, 11, 180)
        sign_block(p, rng, W - 200, H - 80, "Registrar", TB, 11, 180)
        embossed_seal(p, W / 2, H - 96, 40, k(s, "pseal"))
        p.text(70, H - 44, f"Certificate No. DNU/{d.year}/{k(s, 'cno') % 9000 + 1000}", T, 9)
        info = {"date_style": "ordinal_day_of"}
    else:
        from .r12_z_gm import gm_name
        star_seal(p, W / 2, 82, 28, 0.4, points=7)
        p.text(W / 2, 140, inst.name.upper(), TB, 18, "center")
        p.text(W / 2, 160, "THE GAMBIA", T, 11, "center")
        y = center_wrapped(p, 210, "This is to certify that", TI, 14, W - 140, 20)
        nm = gm_name(person).title()
        p.text(W / 2, y + 20, nm, TB, 22, "center")
        txt = (f"having satisfactorily completed the approved programme of study and passed the prescribed examinations "
               f"of the {inst.extra['school'].title().replace(' And ', ' and ')}, has been awarded the")
        y = center_wrapped(p, y + 56, txt, T, 13, W - 150, 19)
        y = center_wrapped(p, y + 14, cur.title, TB, 17, W - 130, 22)
        p.text(W / 2, y + 16, f"awarded on {ordinal_en(d.day)} {EN_MONTHS[d.month - 1]} {d.year}", TI, 13, "center")
        sign_block(p, rng, 170, H - 100, "Principal", TB, 11, 160)
        sign_block(p, rng, W - 170, H - 100, "Registrar", TB, 11, 160)
        round_stamp(p, W / 2, H - 110, 32, 0.42)
        info = {"date_style": "ordinal_dmy"}
    return LayoutResult("diploma", "z_parchment", FAMILY, by_reading_order([p]), [nm], info=info)


# --- LY ---------------------------------------------------------------------------------------------

def z_ly_graduation(s, person, rng):
    from .r12_z_ly import ly_figures, word
    inst, cur = s.institution, s.curriculum
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    p = Page(A4)
    W, H = p.w, p.h
    L, R = 56, W - 56
    p.border(22, 1.6, 0.3)
    p.text(L, 60, "State of Libya", FB, 11)
    arabic(p, R, 60, "دولة ليبيا", 11, bold=True, align="right")
    p.text(L, 76, "Ministry of Higher Education", F, 10)
    arabic(p, R, 76, "وزارة التعليم العالي", 10, align="right")
    p.text(L, 92, inst.name, FB, 11)
    arabic(p, R, 92, inst.extra["ar"], 11, bold=True, align="right")
    star_seal(p, W / 2, 86, 22, 0.35)
    p.hline(L, R, 106, 0.8)
    p.text(L, 150, "Graduation Certificate", FB, 20)
    arabic(p, R, 150, "شهادة تخرج", 19, bold=True, align="right")
    _, gavg, _ = ly_figures(s)
    nm = person.full
    fem = person.sex == "F"
    last = s.terms[-1]
    sem = f"Spring semester {last.start_year + 1}" if last.key == "S2" else f"Fall semester {last.start_year}"
    deg = {"ly_bmt": "the Bachelor degree in Medical Technology - Medical Laboratories",
           "ly_zoo": "the Bachelor of Science degree in Zoology", "ly_nur": "the Bachelor degree in Nursing"}[cur.id]
    txt = (f"The Registrar of {inst.name} certifies that {'Ms.' if fem else 'Mr.'} {nm}, "
           f"Libyan, born on {s.dob.strftime('%d/%m/%Y')}, has been awarded {deg} with the general "
           f"grade {word(gavg)} ({gavg:.1f} %) in the {sem}.")
    y = p.paragraph(L, 200, txt, F, 12, R - L, 19)
    y = p.paragraph(L, y + 12, "This certificate has been issued upon the graduate's request, pending the issue of the "
                    "original degree.", FI, 11, R - L, 17)
    arabic(p, R, y + 24, "تشهد الجامعة بأن الطالب المذكور قد تحصل على درجة البكالوريوس", 11, align="right")
    issue = s.conferred + dt.timedelta(days=20 + k(s, "iss") % 120)
    p.text(L, y + 70, f"Date of graduation (council decision): {s.conferred.strftime('%d/%m/%Y')}", F, 10)
    p.text(L, y + 86, f"Date of issue: {issue.strftime('%d/%m/%Y')}", F, 10)
    sign_block(p, rng, L + 100, y + 160, "Registrar", FB, 10, 150)
    sign_block(p, rng, R - 100, y + 160, "Dean of the Faculty", FB, 10, 150)
    round_stamp(p, W / 2, y + 140, 32, 0.42)
    return LayoutResult("diploma", "z_ly_graduation", FAMILY, by_reading_order([p]), [nm],
                        info={"date_style": "dmy_slash"})


DIPLOMA_LAYOUTS = {
    "z_bf_attestation": (z_bf_attestation, FAMILY, ("BF",)),
    "z_cr_titulo": (z_cr_titulo, FAMILY, ("CR",)),
    "z_parchment": (z_parchment, FAMILY, ("MV", "GM")),
    "z_ly_graduation": (z_ly_graduation, FAMILY, ("LY",)),
}
