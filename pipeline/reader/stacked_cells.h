// A cell printed on two lines inside a row printed on one ("Carga / Horária", "Credit / Hours" in a
// header beside "Subject" and "Grade"): Tesseract's single-block reading follows the row's one
// baseline and reads the two stacked lines as one garbled word as tall as both ("Ho ada" at 0.4
// confidence), so the header loses a label and, with it, its place as a header. Such a word is
// the only thing taller than its line: the box of a run of them is read again on its own as a
// block, where the stacked lines are lines, and kept when that reading is clearly surer. The words
// are numbered as a text layer numbers them: a PDF writes a row's cells in order, each cell's
// first line with the row, and the cell's next line after it ("Disciplinas Regime Carga
// Classificação" then "Horária"); the table reader stacks the lines of a header as it does there.
#pragma once

#include <functional>
#include <vector>

#include "core/expected.h"
#include "pipeline/reader/ocr_engine.h"
#include "pipeline/reader/pix.h"

namespace cc {

// Reads a clipped part of the page (word boxes in the part's own pixels).
using ReadPart = std::function<Expected<std::vector<OcrWord>>(Pix* part)>;

// Replaces each tall, unsure run of words of `words` (boxes in `page`'s pixels, Tesseract's line
// numbers) by the words of its box read again with `read`, when that reading holds at least two
// stacked lines and is surer. The top line's words take the row's line, the lower lines lines of
// their own right after it (lines renumbered). Returns how many runs were replaced.
int reread_stacked_cells(Pix* page, const ReadPart& read, std::vector<OcrWord>& words);

}  // namespace cc
