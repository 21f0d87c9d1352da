// The full stops of an abbreviation printed in capitals ("QUIM. 100", "T.MED. 455", "BIOL."),
// dropped with the specks. Tesseract's noise removal (`textord_heavy_nr`, the reason scanner dust
// does not become punctuation) throws away a printed full stop on a small-type scan as it throws
// away a decimal point (lost_points.h): the word reads "QUIM" or "TMED", so a code that the text
// layer of the same page gives as "QUIM. 100" is read as another code. The stop is still on the
// prepared page. A word of two to six capitals is looked at again: one small round mark standing on
// its baseline just after its last letter (touching it not, nearer than the next word), or between
// two of its letters when its ink is one part per letter, is a full stop put back where it stands.
// Capitals only: an abbreviation in capitals keeps its stops, and a capital has no descender, so
// the word's box bottom is its baseline. Anything else (two marks, a mark above the baseline, a
// bar, a word already ending in a stop) leaves the word as read. Nothing about any layout.
// A word of two to ten letters, some small, gets back its final stop the same way ("Gen. Chem" ->
// "Gen. Chem.", a title shortened before a column gap; only a word with another after it on its
// line), its baseline the median bottom of its
// letters and its height their tallest standing on it (small letters differ in height).
#pragma once

#include <string>
#include <vector>

#include "pipeline/reader/ink_parts.h"
#include "pipeline/reader/ocr_engine.h"

namespace cc {

// The word's text with its lost stops put back, or the text as read. `next_left` is the left edge
// of the next word on the same line (or -1): the final stop must stand before it.
std::string with_lost_stops(const InkParts& parts, const OcrWord& word, int next_left);

// Every word of a page through with_lost_stops; returns how many changed.
int put_back_lost_stops(const InkParts& parts, std::vector<OcrWord>& words);

}  // namespace cc
