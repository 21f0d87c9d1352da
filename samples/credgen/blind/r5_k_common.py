"""Writer K, round 5: helpers shared by the RU, KZ, MA, GH and BD designs (family name, course
truth with failed attempts and local titles, a curriculum parser with local titles, a font guard
for Cyrillic and Kazakh letters, a rubber stamp drawn as boxed text, a round seal picture, a
deterministic key per student). No layouts here.

Failed attempts follow writer I's convention (r5_i_common): the row is in the truth with its
credits as printed, `passed: false` and `semester_hours: 0` (courses.totals skips it)."""

import contextlib
import zlib

from .. import courses as C
from .. import fonts
from ..layouts_transcript import num
from ..pagekit import width
from .r4_g_common import add_department_phrases, parse  # noqa: F401 (round 4's, re-exported)

FAMILY = "blind_r5"

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def key(s, salt):
    """A number fixed by the student (so transcript and diploma agree on resits, CGPA...)."""
    return zlib.crc32(f"{salt}:{s.student_no}:{s.conferred.isoformat()}".encode())


def course_truth(r, term, credits, grade, system, title=None, code="", passed=True, **extra):
    d = {"code": r.code if code == "" else code, "title": title or r.spec.title, "term": term,
         "credits": num(credits), "semester_hours": C.semester_hours(credits, system),
         "grade": grade, "category": r.spec.category, "category_ambiguous": C.is_ambiguous(r.spec)}
    if d["semester_hours"] is not None:
        d["semester_hours"] = num(d["semester_hours"])
    if not passed:
        d["passed"] = False
        d["semester_hours"] = 0
    d.update(extra)
    return d


# Families without Cyrillic (Caladea) or without the Kazakh letters (Liberation *): stand-ins.
_RU_SWAP = {"Caladea": "LiberationSerif"}
_KZ_SWAP = {"Caladea": "DejaVuSerif", "LiberationSerif": "FreeSerif", "LiberationSans": "FreeSans",
            "LiberationSansNarrow": "DejaVuSansCondensed", "LiberationMono": "FreeMono"}


@contextlib.contextmanager
def script_safe(kind):
    """While a Russian ("ru") or Kazakh ("kz") page is laid out, swap families that lack its letters."""
    swap = _KZ_SWAP if kind == "kz" else _RU_SWAP
    sch = {r: swap.get(f, f) for r, f in fonts._scheme.items()}
    with fonts.use_scheme(sch):
        yield


def stamp(p, x, y, lines, font="Helvetica-Bold", size=7.5, gray=0.35, pad=5):
    """A rectangular rubber stamp (double frame) with its words printed (recorded) inside."""
    w = max(width(s, font, size) for s in lines) + 2 * pad
    h = len(lines) * (size + 2.5) + 2 * pad - 2
    p.rect(x, y, w, h, 1.1, gray)
    p.rect(x + 2, y + 2, w - 4, h - 4, 0.5, gray)
    yy = y + pad + size - 1
    for s in lines:
        p.text(x + w / 2, yy, s, font, size, "center", gray)
        yy += size + 2.5
    return w, h


def round_seal(p, rng, cx, cy, d, top, bottom="", centre=(), ink=(40, 50, 130)):
    """A round ink seal as a picture (not in the text layer), lettering on the rim."""
    from .r1_a_kit import place_seal, seal_image
    place_seal(p, cx, cy, d, seal_image(top, bottom, list(centre), d, rng, ink=ink, font="Helvetica-Bold"))


def fmt_dec(x, nd=2, comma=False):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if comma else s
