// A capital O and a zero are the same oval to Tesseract; in a course code printed in capitals it
// reads "TLO101" for "TL0101" in most rows of a page (round 4, Peru: 27 of 36 codes). Their
// widths tell them apart in any proportional typeface: figures are set to one width and a zero's
// ink is as wide as its neighbours' ('0' 13 px beside '2' 12 px), while a capital O is far wider
// (19-20 px in the same line). So an O inside a word of figures, no wider than those figures, is a
// zero. A lower-case o as tall as the figures is the same zero (the Spanish model reads "BLo101").
// Only that direction is decided: a wide 0 stays a 0.
#pragma once

#include <string>
#include <vector>

namespace cc {

struct Glyph {
  std::string text;  // one symbol as OCR read it (UTF-8)
  int width = 0;     // its ink width in pixels
  int height = 0;    // its ink height in pixels (0: unknown)
};

// The word's text with every O that is as narrow as the word's other figures read as 0;
// the word as read when it has no figure besides 1 (a '1' is narrower than the
// other figures) or no such O.
std::string zeros_read_as_o(const std::vector<Glyph>& glyphs);

}  // namespace cc
