// Check boxes on a page image: small squares of dark edges (four straight sides), and how much of
// their inside is inked once the border is left out. OCR reads no text for a drawn box (and often
// drops a box with an X in it altogether), so the extractors measure a form's ticks from these
// (extractors/experience_checkboxes.h). Coordinates are the image's pixels.
#pragma once

#include <vector>

#include "core/page_text.h"
#include "pipeline/reader/pix.h"

namespace cc {

struct PixelBox {
  int x = 0, y = 0, w = 0, h = 0;
  double ink = 0;  // inked share of the inside (border excluded), 0..1
};

// Boxes with sides of 0.06-0.3 inch at `dpi`, at most kMaxBoxMarks (core/page_text_json.h).
std::vector<PixelBox> find_box_marks(Pix* image, int dpi);

}  // namespace cc
