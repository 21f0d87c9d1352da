"""credgen: synthetic credential documents for credcheck's tests.

Builds fictional candidates (names, schools, employers are all invented), lays out
their transcripts, diplomas and employment letters in several layouts, renders them as
text-layer PDFs, scanned PDFs or page images, and writes a ground-truth JSON per candidate
that mirrors the dossier contract (shared/spec/dossier.md) field by field.

Run it through samples/generate.py with Debian's /usr/bin/python3 (reportlab, PIL, numpy).
"""

GENERATOR_VERSION = "credgen/1"
DEFAULT_AS_OF = "2026-11-01"
