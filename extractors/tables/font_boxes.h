// OCR word boxes given the height a text layer gives them. A text layer's word box spans its
// font's ascent to descent, the same on every word of a line; Tesseract's hugs the ink ("83" is a
// cap height tall, "período" an accent to a descender). The table reader measures spaces,
// gutters and line gaps in word heights, so on a scan the same table measured three quarters as
// tall and a summary line's word spaces passed for column gutters. Scan-only; see README.md,
// "Word heights on scans".
#pragma once

#include <vector>

#include "core/page_text.h"

namespace cc {

// Each OCR line's words (same `line`, boxes already upright) grown, never shrunk, to the line's
// font box: from 1.25 capital heights above its baseline (the median word's bottom) to 0.15 below
// (the capital height is the lowest word of two characters or more).
void grow_to_font_boxes(std::vector<Word>& words);

}  // namespace cc
