#include "pipeline/reader/mark_boxes.h"

#include <algorithm>
#include <cstring>

namespace cc {
namespace {

// Relative to the word's box height h: a colon's dots or a point are 0.1-0.25 h across and stand
// 0.05-0.3 h after the last letter; a comma hangs up to 0.35 h below the baseline.
constexpr double kMaxMarkSide = 0.35;
constexpr double kMaxReach = 0.5;   // how far right of the box the mark may stand
constexpr double kBelow = 0.35;     // how far below the box a comma's tail may reach
constexpr int kMinHeight = 8;       // pixels: smaller is too small to tell a mark from dust

bool ends_in_mark(const std::string& text) { return !text.empty() && std::strchr(":.,;", text.back()) != nullptr; }

}  // namespace

int grow_boxes_to_marks(const InkParts& parts, std::vector<OcrWord>& words) {
  int grown = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    OcrWord& w = words[i];
    if (!ends_in_mark(w.text)) continue;
    const int h = w.bottom - w.top;
    if (h < kMinHeight) continue;
    int limit = w.right + 1 + static_cast<int>(kMaxReach * h);
    if (i + 1 < words.size() && words[i + 1].line == w.line && words[i + 1].left > w.right)
      limit = std::min(limit, words[i + 1].left);
    const int bottom = w.bottom + 1 + static_cast<int>(kBelow * h);
    const std::vector<InkPart> marks = parts.centred_in(w.right + 1, w.top, limit, bottom);
    if (marks.empty() || marks.size() > 2) continue;
    int right = w.right;
    bool all_small = true;
    for (const InkPart& m : marks) {
      all_small = all_small && m.width() <= kMaxMarkSide * h && m.height() <= kMaxMarkSide * h && m.x0 > w.right;
      right = std::max(right, m.x1 - 1);
    }
    if (!all_small || right == w.right) continue;
    w.right = right;
    ++grown;
  }
  return grown;
}

}  // namespace cc
