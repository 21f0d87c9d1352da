// Word boxes fitted to their ink, top and bottom. Tesseract's LSTM engine reports some word boxes
// a line taller than the word's ink: in a two-line header cell ("Kredit /" over "Credits", "Ball"
// over "(100)") the upper word's box reaches down into the lower line (38 px high for 24 px of
// ink at 300 dpi; the same page through the tesseract command shows it too). The table reader
// takes such a word for one of the line below, and the header splits into two columns (round 6,
// Uzbek transcript: 12 of 44 credits lost) or a title's words are reordered. The ink is still on
// the prepared page: the connected parts whose centre lies in the box and which do not run far
// out of it are the word's; when they fill clearly less of the box's height than the box, the box
// is cut to them. Nothing else changes (text, confidence, line, left and right edges).
#pragma once

#include <vector>

#include "pipeline/reader/ink_parts.h"
#include "pipeline/reader/ocr_engine.h"

namespace cc {

// `parts`: the ink of the 1 bpp page Tesseract read; word boxes in its pixels. Returns how many
// boxes were cut.
int fit_word_boxes_to_ink(const InkParts& parts, std::vector<OcrWord>& words);

}  // namespace cc
