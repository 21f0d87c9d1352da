"""Country packs: how a new education system joins the generator without touching its core.

The generator began with four countries whose data lives in module-level tables (names.py:
GIVEN, SURNAMES, MIDDLE, COUNTRY_NAMES, INSTITUTIONS, EMPLOYERS, SIGNERS; profiles.py:
MLS_CURRICULUM, SCIENCE_CURRICULA, POSITIONS; courses.py: CURRICULA). A `CountryPack` holds the
same facts for one more country, and `register(pack)` adds them to those tables, so profiles,
truth and layouts treat the new country exactly like the first four. Packs are registered by
the design modules under `blind/` when they are imported (`blind.load()`); the four original
countries keep their tables and their seeds give the same bytes as before.
"""

from dataclasses import dataclass, field

from . import courses as C
from . import names as N
from . import profiles as P

PACKS = {}


@dataclass
class CountryPack:
    code: str                          # two-letter code used in ids and truth (ISO 3166-1)
    name: str                          # "Pakistan"
    given: dict                        # {"F": [...], "M": [...]}
    surnames: list
    middle: dict                       # {"F": [...], "M": [...]}; may be empty lists (no middle names)
    institutions: list                 # [names.Institution]
    employers: list                    # [names.Employer]
    signers: list                      # letter signers' names
    curricula: list                    # [courses.Curriculum]; ids must be unique project-wide
    mls_curriculum: str                # id of the MLS-field bachelor (mls_recent, mls_experienced...)
    science_curricula: list            # ids of biology/chemistry bachelors (science_experienced)
    nonqualifying_curricula: list = field(default_factory=list)   # e.g. nursing, business
    positions_mls: list = field(default_factory=lambda: ["Medical Technologist"])
    positions_science: list = field(default_factory=lambda: ["Laboratory Technician"])
    code_style: str = "space"          # courses.style_code style: space / nospace / dash / keep
    student_no: object = None          # fn(rng, start_year, institution) -> str
    honours: list = field(default_factory=list)   # printed class of degree, if the system has one


def register(pack):
    """Add one country's facts to the generator's tables (idempotent per code)."""
    if pack.code in PACKS:
        return
    PACKS[pack.code] = pack
    N.COUNTRY_NAMES[pack.code] = pack.name
    N.GIVEN[pack.code] = pack.given
    N.SURNAMES[pack.code] = pack.surnames
    N.MIDDLE[pack.code] = pack.middle
    N.INSTITUTIONS.extend(pack.institutions)
    N.EMPLOYERS.extend(pack.employers)
    N.SIGNERS[pack.code] = pack.signers
    for cur in pack.curricula:
        assert cur.id not in C.CURRICULA, f"curriculum id {cur.id} registered twice"
        C.CURRICULA[cur.id] = cur
    P.MLS_CURRICULUM[pack.code] = pack.mls_curriculum
    P.SCIENCE_CURRICULA[pack.code] = list(pack.science_curricula)
    P.POSITIONS["mls"][pack.code] = list(pack.positions_mls)
    P.POSITIONS["science"][pack.code] = list(pack.positions_science)


def pack_of(country):
    return PACKS.get(country)


# Profiles a pack supports: every profile that needs only an MLS bachelor, a science bachelor
# and (non_qualifying) a degree outside the field.
PACK_PROFILES = ("mls_recent", "mls_experienced", "science_experienced", "non_qualifying",
                 "part_time", "overlapping_jobs", "name_variant", "missing_documents")
