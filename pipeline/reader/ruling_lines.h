// Takes the ruling lines of tables and forms (long thin horizontal and vertical strokes) off a
// binarised, deskewed page before Tesseract reads it. Tesseract reads a rule that touches a word
// as part of it ("|Theory", "]BMLT", "Practical|") or reads a boxed header cell as one low-
// confidence blob that is then dropped as noise, so the column headers of ruled tables were lost
// on scans while the same table's text layer read them. Letters are never that long and thin, so
// opening the page with a long line element finds only rules (and underlines), which are
// subtracted; the words themselves stay where they were, so boxes map back unchanged.
#pragma once

#include "pipeline/reader/pix.h"

namespace cc {

struct RulingLines {
  PixPtr page;          // the page without its rules (or the page itself when none were found)
  int removed_pixels = 0;  // ink pixels taken off
};

// `binary` 1 bpp, deskewed. `text_height_px` the page's median character height in pixels (0 when
// unknown): a rule must be longer than many characters are tall.
RulingLines remove_ruling_lines(Pix* binary, double text_height_px);

}  // namespace cc
