#include "pipeline/reader/ink_parts.h"

#include <algorithm>

namespace cc {
namespace {

// Grid cell of the index, in pixels (about a word's height at 300 dpi).
constexpr int kCell = 64;

}  // namespace

long long InkParts::key(int cx, int cy) { return (static_cast<long long>(cx) << 32) ^ static_cast<unsigned>(cy); }

InkParts::InkParts(Pix* binary, int dust) {
  if (!binary || pixGetDepth(binary) != 1) return;
  Boxa* boxes = pixConnCompBB(binary, 8);
  const int n = boxes ? boxaGetCount(boxes) : 0;
  parts_.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h) != 0) continue;
    if (w <= dust && h <= dust) continue;
    const InkPart p{x, y, x + w, y + h};
    cells_[key((p.x0 + p.x1) / 2 / kCell, (p.y0 + p.y1) / 2 / kCell)].push_back(parts_.size());
    parts_.push_back(p);
  }
  boxaDestroy(&boxes);
}

std::vector<InkPart> InkParts::centred_in(int x0, int y0, int x1, int y1) const {
  std::vector<InkPart> out;
  if (x1 <= x0 || y1 <= y0) return out;
  for (int cy = y0 / kCell; cy <= (y1 - 1) / kCell; ++cy)
    for (int cx = x0 / kCell; cx <= (x1 - 1) / kCell; ++cx) {
      const auto found = cells_.find(key(cx, cy));
      if (found == cells_.end()) continue;
      for (size_t i : found->second) {
        const InkPart& p = parts_[i];
        const int mx = (p.x0 + p.x1) / 2, my = (p.y0 + p.y1) / 2;
        if (mx >= x0 && mx < x1 && my >= y0 && my < y1) out.push_back(p);
      }
    }
  std::sort(out.begin(), out.end(), [](const InkPart& a, const InkPart& b) { return a.x0 < b.x0; });
  return out;
}

}  // namespace cc
