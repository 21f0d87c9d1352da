// Check boxes on a page image: small squares of straight dark edges (four sides, found among the
// page's horizontal and vertical strokes so a mark that runs out of its box does not hide it), how
// much of their inside is inked once the border is left out, and whether a ring is drawn round them. OCR reads no text for a drawn box (and often
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
  bool circled = false;  // a ring drawn round the box
};

// Boxes with sides of 0.08-0.3 inch (a box glyph of 9 pt type and up) at `dpi`, at most kMaxBoxMarks (core/page_text_json.h); a
// square drawn inside another (a filled box) is left out.
std::vector<PixelBox> find_box_marks(Pix* image, int dpi);

// Whether a text-layer page may hold a form's check boxes drawn as graphics, which its text does
// not show: it asks for ticks ("check", "tick", "apply", "box"...) or prints a box or tick glyph.
// Only such pages are rendered for their boxes (kTextLayerBoxDpi): a text-layer page costs a few
// milliseconds, a rendering several times that.
bool may_hold_check_boxes(const std::vector<Word>& words);
constexpr int kTextLayerBoxDpi = 150;

// The page image OCR reads: a copy of `image` (1 or 8 bpp) with each circled box of `boxes` taken
// off — the box, the ink joined to it (up to a side above or below, half a side left or right)
// and all ink inside the ring (measured on the four sides of the box) — when the page also holds
// an empty box of its size (a form's list). OCR took a ring touching a label into the label's
// first letter ("(tistopathology") or dropped the line; the box's state comes from its pixels,
// measured before this. Ticked and empty boxes stay: their tokens ("[X]", "[ ]") still tell.
PixPtr without_check_boxes(Pix* image, const std::vector<PixelBox>& boxes);

// The boxes of a rendering at `dpi` as the page's BoxMarks (points).
std::vector<BoxMark> box_marks_in_points(Pix* image, int dpi);

}  // namespace cc
