// The decimal point (or comma) of a number that Tesseract's noise removal dropped, read off the page
// again. `textord_heavy_nr` throws away small blobs before recognition (it is what keeps scanner
// specks from becoming punctuation); on a blurred low-resolution scan a printed point is such a
// blob, so "7.5" credits read "75" (round 6, Tanzanian transcript at 200 dpi: 2 of 33 rows, ten
// times their credits). The point is still on the prepared page. A word read as figures only is
// looked at again: when its ink is exactly one part per figure plus one small round mark between
// two figures, at the figures' baseline, the mark is put back where it stands: a point, or a comma
// when it hangs below the baseline. Anything else (a figure broken in two, two marks, a mark above
// the baseline or touching a figure) leaves the word as read.
#pragma once

#include <string>
#include <vector>

#include "pipeline/reader/ink_parts.h"
#include "pipeline/reader/ocr_engine.h"

namespace cc {

// The word's text with its lost point put back, or the text as read. `parts` are the prepared
// page's (the page `word`'s box is in).
std::string with_lost_point(const InkParts& parts, const OcrWord& word);

// Every word of a page through with_lost_point; returns how many changed.
int put_back_lost_points(const InkParts& parts, std::vector<OcrWord>& words);

}  // namespace cc
