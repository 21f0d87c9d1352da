"""Writer AC, round 14: helpers shared by the ES, DE, LT, AL and CA designs (stable per-candidate
numbers, comma decimals, Spanish / German / Lithuanian / Albanian / French months, Albanian grade
words, a curriculum parser that carries a per-row tag, the Quebec college-unit credit basis).
Course truth, seals, stamps, signature blocks and the reading-order helper are earlier rounds'
helpers, reused unchanged. No layouts here.

Credit basis "qc_units" (Quebec college units, r14_ac_ca): one unit is 45 hours of student work,
class, laboratory and personal work together (the weighting "3-3-3" of a 15-week course is 9 hours
a week x 15 = 135 hours = 3 units). The US semester credit hour is likewise 45 hours of student work
(one class hour plus two hours of outside work a week through a 15-week semester), and a full-time
Quebec college year (about 30 units) matches a full-time US year (30 SH), so 1 unit = 1 SH. The
factor is added to courses.SH_FACTOR as 1.0 so the truth's semester hours equal the printed units.
"""

import zlib

from .. import courses as _C
from .r6_l_common import add_department_phrases, dry_seal, rubber_stamp  # noqa: F401
from .r7_n_common import star_seal  # noqa: F401
from .r8_q_common import course_truth, sign_block, watermark_crest  # noqa: F401
from .r9_s_common import by_reading_order, round_stamp  # noqa: F401
from .r12_z_common import r1, r2, comma  # noqa: F401  (shared number formatting)
from .r13_aa_common import purple_stamp  # noqa: F401

FAMILY = "blind_r14"
_C.SH_FACTOR.setdefault("qc_units", 1.0)

ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
ES_MON3 = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
LT_MONTHS_GEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
                 "spalio", "lapkričio", "gruodžio"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
AL_MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
             "dhjetor"]
AL_WORDS = {10: "Dhjetë", 9: "Nëntë", 8: "Tetë", 7: "Shtatë", 6: "Gjashtë", 5: "Pesë", 4: "Katër"}


def k(s, salt):
    """A stable number per candidate and purpose (does not consume the shared RNG)."""
    return zlib.crc32(f"r14ac:{salt}:{s.student_no}:{s.conferred}".encode())


def kj(job, salt):
    return zlib.crc32(f"r14ac:{salt}:{job.employer.name}:{job.start}".encode())


def es_date(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def de_date(d):
    return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def parse_tagged(text):
    """'code | title | credits | cat [| areas] [| tag]' grouped by '## year key'; returns
    (parse() text without the tags, {code: tag})."""
    lines, tags = [], {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("##"):
            lines.append(line)
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 6:
            tags[parts[0]] = parts[5]
            parts = parts[:5]
        elif len(parts) == 5 and parts[4].startswith("="):
            tags[parts[0]] = parts[4][1:]
            parts = parts[:4]
        lines.append(" | ".join(parts))
    return _C._parse("\n".join(lines)), tags


def lt_maiden(sn):
    """Lithuanian unmarried woman's family name: Kazlauskas -> Kazlauskaitė, Stankevičius ->
    Stankevičiūtė, Butkus -> Butkutė."""
    if sn.endswith("ius"):
        return sn[:-3] + "iūtė"
    if sn.endswith("as"):
        return sn[:-2] + "aitė"
    if sn.endswith("us"):
        return sn[:-2] + "utė"
    if sn.endswith("is"):
        return sn[:-2] + "ytė"
    return sn


def lt_wife(sn):
    """Lithuanian married woman's family name: Kazlauskas -> Kazlauskienė, Butkus -> Butkuvienė."""
    if sn.endswith("ius"):
        return sn[:-3] + "ienė"
    if sn.endswith("as") or sn.endswith("is"):
        return sn[:-2] + "ienė"
    if sn.endswith("us"):
        return sn[:-2] + "uvienė"
    return sn


def lt_fix(person, job=None):
    """Lithuanian family names take the woman's form (the pack lists the man's). Every LT layout calls
    this first, so the person (and the truth built after the documents) carries the printed form:
    the birth surname in the unmarried form, a married surname in the married form."""
    if person.country != "LT" or person.sex != "F":
        return
    person.surname = lt_maiden(person.surname)
    if person.married_surname:
        person.married_surname = lt_wife(person.married_surname)
    if getattr(person, "maiden", None):
        person.maiden = lt_maiden(person.maiden)
    if job is not None and job.surname_override:
        job.surname_override = lt_wife(job.surname_override)
