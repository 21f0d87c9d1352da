"""Writer B, round 1: helpers shared by the EG, SA, VN, KR and JM designs.

Hijri dates (tabular Islamic calendar, close to Umm al-Qura within a day or two), a font
scheme that covers Vietnamese, grade scales of each country derived from the model's
0..100 score, and small drawing helpers. No layout is registered here.
"""

import datetime as dt
import math

from .. import fonts
from ..layouts_letter import DEPARTMENT_PHRASES

# --- Hijri -----------------------------------------------------------------------------------

_EPOCH = 1948439.5
HIJRI_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
                "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
                "Dhu al-Hijjah"]


def _isl_to_jd(y, m, d):
    return (d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30)
            + _EPOCH - 1)


def hijri(d):
    """Gregorian date -> (year, month, day) in the tabular Islamic calendar."""
    jd = d.toordinal() + 1721424.5
    y = math.floor((30 * (jd - _EPOCH) + 10646) / 10631)
    m = min(12, math.ceil((jd - (29 + _isl_to_jd(y, 1, 1))) / 29.5) + 1)
    day = int(jd - _isl_to_jd(y, m, 1) + 1)
    return int(y), int(m), day


def hijri_dmy(d):
    y, m, dd = hijri(d)
    return f"{dd:02d}/{m:02d}/{y}"


def hijri_year_pair(start_year):
    """Academic year starting in September of start_year as Hijri years: (1437, 1438)."""
    y1 = hijri(dt.date(start_year, 9, 1))[0]
    return y1, y1 + 1


# --- fonts -------------------------------------------------------------------------------------

VI_SANS = ["DejaVuSans", "DejaVuSansCondensed", "FreeSans", "Carlito"]
VI_SERIF = ["DejaVuSerif", "FreeSerif"]


def vi_scheme():
    """The current document scheme with every role on a family that has Vietnamese glyphs
    (Liberation, Caladea and DejaVu Sans Mono lack some). Deterministic, uses no RNG."""
    cur = dict(fonts._scheme)
    if cur["sans"] not in VI_SANS:
        cur["sans"] = VI_SANS[len(cur["sans"]) % len(VI_SANS)]
    if cur["serif"] not in VI_SERIF:
        cur["serif"] = VI_SERIF[len(cur["serif"]) % len(VI_SERIF)]
    cur["mono"] = "FreeMono"
    return cur


# --- grades ------------------------------------------------------------------------------------

def pct(r):
    """Course percentage (53..99) from the model's score."""
    return min(99, r.score + 8)


EG_BANDS = [(96, "A+", 4.0), (92, "A", 4.0), (88, "A-", 3.7), (84, "B+", 3.3), (80, "B", 3.0),
            (76, "B-", 2.7), (72, "C+", 2.3), (68, "C", 2.0), (64, "C-", 1.7), (60, "D+", 1.3),
            (50, "D", 1.0)]
SA_BANDS = [(95, "A+", 5.0), (90, "A", 4.75), (85, "B+", 4.5), (80, "B", 4.0), (75, "C+", 3.5),
            (70, "C", 3.0), (65, "D+", 2.5), (60, "D", 2.0)]
KR_BANDS = [(95, "A+", 4.5), (90, "A0", 4.0), (85, "B+", 3.5), (80, "B0", 3.0), (75, "C+", 2.5),
            (70, "C0", 2.0), (65, "D+", 1.5), (60, "D0", 1.0)]


def band(bands, p):
    for lo, letter, gp in bands:
        if p >= lo:
            return letter, gp
    return bands[-1][1], bands[-1][2]


def tenths(x):
    """Round half up to an integer number of tenths/hundredths (avoids float ties)."""
    return int(math.floor(x + 0.5 + 1e-9))


def gpa_str(points_x100, hours):
    """GPA to 2 decimals from points kept in hundredths."""
    if not hours:
        return "0.00"
    v = tenths(points_x100 / hours)          # hundredths of GPA
    return f"{v // 100}.{v % 100:02d}"


# --- department phrases for the new countries --------------------------------------------------

def add_department_phrases(code, table):
    for area, phrases in table.items():
        DEPARTMENT_PHRASES[area][code] = list(phrases)


ARABIC_LAB_PHRASES = {
    "blood_bank": ["Blood Bank", "Blood Bank and Transfusion Medicine"],
    "chemistry": ["Clinical Chemistry", "Clinical Biochemistry"],
    "hematology": ["Hematology", "Hematology and Coagulation"],
    "microbiology": ["Microbiology", "Bacteriology"],
    "immunology": ["Immunology and Serology", "Serology"],
    "urinalysis": ["Urinalysis", "Clinical Microscopy (Urine and Stool Analysis)"],
    "molecular": ["Molecular Biology (PCR)", "Molecular Diagnostics"],
    "phlebotomy": ["Specimen Collection", "Phlebotomy"],
    "other": ["Histopathology", "Cytology"],
}


def stamp(p, cx, cy, r, gray=0.45):
    """A round rubber stamp outline (no lettering)."""
    p.circle(cx, cy, r, 1.4, gray)
    p.circle(cx, cy, r - 5, 0.7, gray)
    p.circle(cx, cy, r * 0.35, 0.9, gray)
    for i in range(5):
        a = math.pi * (0.5 + 0.4 * i)
        p.ops.append(("line", cx + r * 0.45 * math.cos(a), cy + r * 0.45 * math.sin(a),
                      cx + r * 0.62 * math.cos(a), cy + r * 0.62 * math.sin(a), 0.9, gray))


def security_lines(p, gray=0.9, step=7):
    """Pale security background: thin diagonal lines over the whole page."""
    n = int((p.w + p.h) / step)
    for i in range(n):
        x0 = i * step - p.h
        sx = max(0.0, x0)
        ex = min(p.w, x0 + p.h)
        if ex > sx:
            p.ops.append(("line", sx, sx - x0, ex, ex - x0, 0.25, gray))
