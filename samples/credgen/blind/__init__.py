"""Designs written blind, round by round (issue 15's protocol).

Each module here, named `r<round>_<writer>.py`, was written by a writer who worked only from a
written description of a real-world document design and never read the extractors. A module
registers the country packs it needs (`countries.register`) and defines any of
`TRANSCRIPT_LAYOUTS`, `DIPLOMA_LAYOUTS`, `LETTER_LAYOUTS`, in the same form as the core
registries (name -> (function, family, countries)), with family `blind_r<round>`.
`load()` imports them all once and adds their layouts to the core registries, so
`generate.py packets --family blind_r1 --countries PK,BD` draws them like any other family.
After a round's first-sight measurement (samples/README.md) its designs are training data.
"""

import importlib
import pkgutil

_loaded = False


def load():
    global _loaded
    if _loaded:
        return
    _loaded = True
    from ..layouts_diploma import DIPLOMA_LAYOUTS
    from ..layouts_letter import LETTER_LAYOUTS
    from ..layouts_transcript import TRANSCRIPT_LAYOUTS
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("r"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        for attr, registry in (("TRANSCRIPT_LAYOUTS", TRANSCRIPT_LAYOUTS),
                               ("DIPLOMA_LAYOUTS", DIPLOMA_LAYOUTS),
                               ("LETTER_LAYOUTS", LETTER_LAYOUTS)):
            for name, entry in getattr(mod, attr, {}).items():
                assert name not in registry, f"layout {name} registered twice"
                registry[name] = entry
