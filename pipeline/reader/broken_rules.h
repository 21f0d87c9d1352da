// Table rules printed light (a grey hairline between the rows of a transcript) come out of the
// binarisation as rows of short dashes with gaps between them: no piece is long enough to be taken
// for a rule (ruling_lines.h), and Tesseract reads the pieces as dashes glued to the words beside
// them ("—LENG101", "4 — BIOL102") or as a line of noise. What gives them away is that they line
// up: many flat pieces, each a few pixels thick, on one straight line much longer than any word,
// with gaps no wider than a few letters. A dash in running text stands alone or in twos.
// An upright piece must also stand clear of the ink beside it: the stem of an I or l inside a word
// is as thin, and codes sharing a prefix down a column ("PF-BIO/VBIO/16", "PF-BIO/MAT1/16", ...)
// put one I under the other, row after row, on one straight line like a broken rule's pieces.
#pragma once

#include "pipeline/reader/pix.h"

namespace cc {

// The ink of the pieces of broken rules of `binary` (1 bpp, deskewed), horizontal and vertical;
// null when there is none. `text_height_px` the page's median character height in pixels (> 0).
PixPtr broken_rules(Pix* binary, double text_height_px);

// True when the strips either side of the upright bar at (x, y, w, h) of `binary` hold nearly no
// ink along its middle (its ends may touch the rules it joins): a rule keeps clear of a cell's
// text, a letter's stem has the word's other letters right beside it.
bool bar_stands_clear(Pix* binary, int x, int y, int w, int h, double text_height_px);

}  // namespace cc
