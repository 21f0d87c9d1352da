"""Embedded TrueType fonts for every generated document, chosen per document.

Why: a PDF that names a standard font (Helvetica, Times, Courier) without embedding it is drawn
with whatever font the rasterising machine substitutes: DejaVu Sans on a bare Debian, Nimbus Sans
where Ghostscript's fonts are installed. Scanned fixtures made from such PDFs differed from
machine to machine, and so did the accuracy figures measured on them. Every font used here is a
TrueType file from a Debian package that `scripts/setup.sh` installs by name, and reportlab
embeds (a subset of) it, so a fixture is the same picture everywhere.

Layouts keep naming the three standard roles as before ("Helvetica-Bold", "Times-Italic",
"Courier"...). While a document is laid out, `use_scheme(scheme)` maps each role to one real
family: sans to DejaVu Sans, Liberation Sans, FreeSans, Carlito, or a condensed face; serif to
Liberation Serif, DejaVu Serif, FreeSerif, Caladea; mono to Liberation Mono, DejaVu Sans Mono,
FreeMono. The scheme is drawn from a seeded RNG, so the accuracy suites read many fonts, the same
ones on every run. A family wider than the standard font it stands for is set at a smaller size
(width matched on a sample of text, never enlarged), so that the layouts, which were measured in
the standard fonts, still fit.

A font file that is missing is an error naming the file and its Debian package (`check()`,
`missing()`): the generator never silently substitutes.
"""

import contextlib
import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype"

# family -> (Debian package, {style: file}); styles: "", "Bold", "Italic", "BoldItalic"
FAMILIES = {
    "DejaVuSans": ("fonts-dejavu-core", {
        "": "dejavu/DejaVuSans.ttf", "Bold": "dejavu/DejaVuSans-Bold.ttf",
        "Italic": "dejavu/DejaVuSans-Oblique.ttf", "BoldItalic": "dejavu/DejaVuSans-BoldOblique.ttf"}),
    "DejaVuSansCondensed": ("fonts-dejavu-extra", {
        "": "dejavu/DejaVuSansCondensed.ttf", "Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
        "Italic": "dejavu/DejaVuSansCondensed-Oblique.ttf",
        "BoldItalic": "dejavu/DejaVuSansCondensed-BoldOblique.ttf"}),
    "LiberationSans": ("fonts-liberation", {
        "": "liberation/LiberationSans-Regular.ttf", "Bold": "liberation/LiberationSans-Bold.ttf",
        "Italic": "liberation/LiberationSans-Italic.ttf",
        "BoldItalic": "liberation/LiberationSans-BoldItalic.ttf"}),
    "LiberationSansNarrow": ("fonts-liberation", {
        "": "liberation/LiberationSansNarrow-Regular.ttf",
        "Bold": "liberation/LiberationSansNarrow-Bold.ttf",
        "Italic": "liberation/LiberationSansNarrow-Italic.ttf",
        "BoldItalic": "liberation/LiberationSansNarrow-BoldItalic.ttf"}),
    "FreeSans": ("fonts-freefont-ttf", {
        "": "freefont/FreeSans.ttf", "Bold": "freefont/FreeSansBold.ttf",
        "Italic": "freefont/FreeSansOblique.ttf", "BoldItalic": "freefont/FreeSansBoldOblique.ttf"}),
    "Carlito": ("fonts-crosextra-carlito", {
        "": "crosextra/Carlito-Regular.ttf", "Bold": "crosextra/Carlito-Bold.ttf",
        "Italic": "crosextra/Carlito-Italic.ttf", "BoldItalic": "crosextra/Carlito-BoldItalic.ttf"}),
    "LiberationSerif": ("fonts-liberation", {
        "": "liberation/LiberationSerif-Regular.ttf", "Bold": "liberation/LiberationSerif-Bold.ttf",
        "Italic": "liberation/LiberationSerif-Italic.ttf",
        "BoldItalic": "liberation/LiberationSerif-BoldItalic.ttf"}),
    "DejaVuSerif": ("fonts-dejavu-core", {
        "": "dejavu/DejaVuSerif.ttf", "Bold": "dejavu/DejaVuSerif-Bold.ttf",
        "Italic": "dejavu/DejaVuSerif-Italic.ttf", "BoldItalic": "dejavu/DejaVuSerif-BoldItalic.ttf"}),
    "FreeSerif": ("fonts-freefont-ttf", {
        "": "freefont/FreeSerif.ttf", "Bold": "freefont/FreeSerifBold.ttf",
        "Italic": "freefont/FreeSerifItalic.ttf", "BoldItalic": "freefont/FreeSerifBoldItalic.ttf"}),
    "Caladea": ("fonts-crosextra-caladea", {
        "": "crosextra/Caladea-Regular.ttf", "Bold": "crosextra/Caladea-Bold.ttf",
        "Italic": "crosextra/Caladea-Italic.ttf", "BoldItalic": "crosextra/Caladea-BoldItalic.ttf"}),
    "LiberationMono": ("fonts-liberation", {
        "": "liberation/LiberationMono-Regular.ttf", "Bold": "liberation/LiberationMono-Bold.ttf",
        "Italic": "liberation/LiberationMono-Italic.ttf",
        "BoldItalic": "liberation/LiberationMono-BoldItalic.ttf"}),
    "DejaVuSansMono": ("fonts-dejavu-core", {
        "": "dejavu/DejaVuSansMono.ttf", "Bold": "dejavu/DejaVuSansMono-Bold.ttf",
        "Italic": "dejavu/DejaVuSansMono-Oblique.ttf",
        "BoldItalic": "dejavu/DejaVuSansMono-BoldOblique.ttf"}),
    "FreeMono": ("fonts-freefont-ttf", {
        "": "freefont/FreeMono.ttf", "Bold": "freefont/FreeMonoBold.ttf",
        "Italic": "freefont/FreeMonoOblique.ttf", "BoldItalic": "freefont/FreeMonoBoldOblique.ttf"}),
}

# role -> the families that may stand for it
ROLES = {
    "sans": ["DejaVuSans", "LiberationSans", "FreeSans", "Carlito", "DejaVuSansCondensed",
             "LiberationSansNarrow"],
    "serif": ["LiberationSerif", "DejaVuSerif", "FreeSerif", "Caladea"],
    "mono": ["LiberationMono", "DejaVuSansMono", "FreeMono"],
}

# standard font name -> (role, style)
STANDARD = {
    "Helvetica": ("sans", ""), "Helvetica-Bold": ("sans", "Bold"),
    "Helvetica-Oblique": ("sans", "Italic"), "Helvetica-BoldOblique": ("sans", "BoldItalic"),
    "Times-Roman": ("serif", ""), "Times-Bold": ("serif", "Bold"),
    "Times-Italic": ("serif", "Italic"), "Times-BoldItalic": ("serif", "BoldItalic"),
    "Courier": ("mono", ""), "Courier-Bold": ("mono", "Bold"),
    "Courier-Oblique": ("mono", "Italic"), "Courier-BoldOblique": ("mono", "BoldItalic"),
}

# Outside a document's own scheme (the page fixtures of pages.py): DejaVu, the faces a bare
# Debian drew for the standard fonts before they were embedded, so those fixtures look as before.
DEFAULT_SCHEME = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "mono": "DejaVuSansMono"}
_SAMPLE = "Medical Laboratory Science 2019 BIOCHEM 301 Clinical Chemistry A+ 3.0 Hematology"

_scheme = dict(DEFAULT_SCHEME)
_registered = set()
_factor_cache = {}


def missing():
    """[(file, package)] of every font file the generator may use that is not on this machine."""
    out = []
    for fam, (pkg, files) in FAMILIES.items():
        for rel in files.values():
            path = os.path.join(TT, rel)
            if not os.path.isfile(path):
                out.append((path, pkg))
    return out


def check():
    """Raise with a clear message when any font file is missing (never substitute)."""
    gone = missing()
    if gone:
        pkgs = sorted({p for _, p in gone})
        lines = "\n".join(f"  {f} (Debian package {p})" for f, p in gone)
        raise SystemExit("credgen: fonts the generator embeds are missing:\n" + lines +
                         "\ninstall them with: apt-get install " + " ".join(pkgs) +
                         "  (scripts/setup.sh does)")


def choose_scheme(rng):
    """One family per role, drawn from rng."""
    return {role: rng.choice(fams) for role, fams in ROLES.items()}


@contextlib.contextmanager
def use_scheme(scheme):
    """Lay out a document with `scheme` mapping the standard roles to real families."""
    global _scheme
    saved, _scheme = _scheme, dict(scheme)
    try:
        yield
    finally:
        _scheme = saved


def _register(name, rel):
    if name in _registered:
        return
    path = os.path.join(TT, rel)
    if not os.path.isfile(path):
        check()
    pdfmetrics.registerFont(TTFont(name, path))
    _registered.add(name)


def _real(font):
    """(embedded font name, size factor) for a standard or already-resolved font name."""
    if font not in STANDARD:
        return font, 1.0
    role, style = STANDARD[font]
    fam = _scheme[role]
    rel = FAMILIES[fam][1][style]
    name = fam + ("-" + style if style else "")
    _register(name, rel)
    key = (font, name)
    if key not in _factor_cache:
        ratio = stringWidth(_SAMPLE, font, 10) / stringWidth(_SAMPLE, name, 10)
        _factor_cache[key] = min(1.0, ratio)
    return name, _factor_cache[key]


def resolve(font, size):
    """(embedded font name, size) to draw `font` at `size` under the current scheme."""
    name, k = _real(font)
    return name, round(size * k, 2)


def family_of(font):
    """The family part of an embedded font name (for the truth and the README)."""
    return font.split("-")[0]
