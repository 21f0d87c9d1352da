// Decides whether a PDF page's own text layer can be used instead of OCR, and orders its words
// into lines. Pure functions of the words, so they are tested without any PDF.
//
// A text layer is not used when its characters map to no readable Unicode (fonts without a
// ToUnicode map give control characters, private-use or shifted CJK code points), or when it is
// so sparse that it may be only a header or footer stamped over a scanned image: then the page is
// rendered at low resolution and the ink outside the text boxes decides.
#pragma once

#include <string>
#include <vector>

#include "core/page_text.h"

namespace cc {

enum class TextLayerVerdict {
  usable,       // read the text layer, skip OCR
  garbled,      // text exists but does not map to readable Latin text: OCR
  sparse,       // little text: check for ink (a scan) outside the text boxes
  empty,        // no text at all: check for ink; blank pages need no OCR
};

struct TextLayerJudgement {
  TextLayerVerdict verdict = TextLayerVerdict::empty;
  std::string reason;
};

TextLayerJudgement judge_text_layer(const std::vector<Word>& words, double page_width, double page_height);

// Fraction (0..1) of a word's code points that are readable: Latin letters (with accents), digits,
// common punctuation and symbols. Control, private-use, replacement and other scripts count against.
double readable_fraction(const std::string& utf8);

// Assigns Word::line by grouping words that overlap across the reading direction, orders lines
// and the words within each line, and returns the words in reading order. `quarter_turns[i]` is
// word i's text direction in quarter turns clockwise (Poppler's text_box::rotation(); empty = all
// upright): a page of sideways text still comes out as lines.
std::vector<Word> order_into_lines(std::vector<Word> words, const std::vector<int>& quarter_turns = {});

// Fraction of dark pixels (0..1) of an 8-bit gray image that fall outside all `boxes`
// (expanded by `margin_px`). `scale` converts points to pixels.
struct GrayView {
  const unsigned char* data;
  int width, height, stride;
};
double ink_outside_boxes(const GrayView& image, const std::vector<Box>& boxes, double scale, int margin_px);

}  // namespace cc
