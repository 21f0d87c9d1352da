// A picture of letters Tesseract's model cannot read (a word in another script printed beside its
// English translation, a seal's rim, a signature touching a label) comes out as a short run of
// invented Latin letters at low confidence ("Arnon General Biology" for a Lao word and
// "General Biology"): the line keeps its mean confidence, so the garbage stays glued to the text
// beside it and becomes part of a title. Words a gap wider than a word space apart are separate
// phrases; a phrase read below the confidence that marks a line as noise, without a figure in it,
// standing right beside a phrase read well on the same line, is that garbage. Figures are kept:
// codes and marks are data even when read badly; so are a single letter and a Roman numeral (the
// end of "Chemistry II", a grade).
#pragma once

#include <vector>

#include "pipeline/reader/ocr_engine.h"

namespace cc {

// Takes the garbled phrases off `words` (grouped by their line number, any order) and returns
// how many words went. `keep[i]` true keeps words[i] whatever it reads (a check box's word);
// empty: none kept that way.
int drop_garbled_phrases(std::vector<OcrWord>& words, const std::vector<bool>& keep, double min_confidence);

}  // namespace cc
