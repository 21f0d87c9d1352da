#include "pipeline/reader/ink_boxes.h"

#include <algorithm>

#include "pipeline/reader/ink_parts.h"

namespace cc {
namespace {

// A box is cut only when its ink fills less than this share of its height: the usual box is the
// ink's own (from the tallest letter's top to the lowest descender), and is left alone.
constexpr double kMaxInkShare = 0.8;
// A part may run out of the box by this share of the box's height and still be the word's (a
// descender or an accent Tesseract's box clipped); a part running further belongs to something
// bigger (a rule left on the page, a stamp).
constexpr double kOverhang = 0.25;

}  // namespace

int fit_word_boxes_to_ink(const InkParts& parts, std::vector<OcrWord>& words) {
  int cut = 0;
  for (OcrWord& w : words) {
    const int height = w.bottom - w.top;
    if (height <= 0 || w.right <= w.left) continue;
    const int slack = static_cast<int>(kOverhang * height);
    int top = w.bottom, bottom = w.top;
    for (const InkPart& p : parts.centred_in(w.left, w.top, w.right + 1, w.bottom + 1)) {
      if (p.y0 < w.top - slack || p.y1 > w.bottom + 1 + slack) continue;
      if (p.x0 < w.left - slack || p.x1 > w.right + 1 + slack) continue;
      top = std::min(top, p.y0);
      bottom = std::max(bottom, p.y1 - 1);
    }
    if (bottom < top) continue;  // no ink of its own found: leave the box as read
    top = std::max(top, w.top);
    bottom = std::min(bottom, w.bottom);
    if (bottom - top >= kMaxInkShare * height) continue;
    w.top = top;
    w.bottom = bottom;
    ++cut;
  }
  return cut;
}

}  // namespace cc
