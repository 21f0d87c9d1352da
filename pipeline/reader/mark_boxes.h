// The box of a word that ends in a colon, full stop, comma or semicolon, grown to that mark's ink.
// Tesseract's noise removal takes the dots of a mark for specks before it finds the word's blobs,
// so the LSTM still reads "ACADÉMICO:" but the box ends at the "O": the gap after the word comes
// out two word spaces wide where the page prints one (round 5's Cuban record: 10.8 pt after
// "ACADÉMICO:" and 11 pt after "SEMESTRE:", 5.1 pt in the same document's text layer). A term
// heading then cuts into cells like a table row, and its ink fills the gutters of the table under
// it. The dots are still on the prepared page: small marks right after the word, nearer to it than
// the next word, within a letter's height, are the mark the text already has, and the box takes
// them in. Nothing about any layout: a word's box holds its ink.
#pragma once

#include <vector>

#include "pipeline/reader/ink_parts.h"
#include "pipeline/reader/ocr_engine.h"

namespace cc {

// Grows the boxes of words ending in : . , ; to their mark's ink; returns how many grew.
int grow_boxes_to_marks(const InkParts& parts, std::vector<OcrWord>& words);

}  // namespace cc
