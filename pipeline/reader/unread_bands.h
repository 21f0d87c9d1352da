// Bands of ink the whole-page reading gave no word for, read again on their own. Tesseract's
// reading of a whole page drops a line printed much larger and bolder than the text around it (a
// transcript's title, "ACADEMIC TRANSCRIPT", "VÝPIS VÝSLEDKOV ŠTÚDIA", the university's name over
// it): no word comes back for that ink at all, so the page loses what made it a transcript. A crop
// of the line alone reads it. After the page is read, each horizontal band of ink (rows with ink
// between blank rows) at least a text line tall and at most a few, whose ink lies almost wholly
// outside the words read, is clipped and read on its own; its words are kept when they are letters
// read surely (a seal, a signature or an ornament reads as unsure garbage and is left out). The
// words join the page as a line of their own in reading order.
#pragma once

#include <vector>

#include "pipeline/reader/ocr_engine.h"
#include "pipeline/reader/pix.h"
#include "pipeline/reader/stacked_cells.h"

namespace cc {

// A horizontal band of the page's pixels, rows [top, bottom), ink from left to right (exclusive).
struct InkBand {
  int left = 0, top = 0, right = 0, bottom = 0;
};

// The bands of `page` (1 bpp, ink 1) that hold ink but almost none inside `words`' boxes, as tall
// as a line of the page's text or up to a few times that, wide enough for a word; top to bottom.
std::vector<InkBand> unread_bands(Pix* page, const std::vector<OcrWord>& words);

// Reads each unread band with `read` and adds the words of the sure readings to `words` (page
// pixels), each band a line of its own placed by height among the others (lines renumbered).
// Returns how many bands gave words.
int read_unread_bands(Pix* page, const ReadPart& read, std::vector<OcrWord>& words);

}  // namespace cc
