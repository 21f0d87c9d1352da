#include "pipeline/reader/box_marks.h"

#include <algorithm>

#include "core/page_text_json.h"

namespace cc {

namespace {

bool dark(Pix* bin, int x, int y) {
  l_uint32 v = 0;
  pixGetPixel(bin, x, y, &v);
  return v != 0;
}

// Share of positions along one side with ink in a band `t` deep from the edge inward.
double side_cover(Pix* bin, int x, int y, int w, int h, int t, bool horizontal, bool far_side) {
  const int length = horizontal ? w : h;
  int covered = 0;
  for (int i = 0; i < length; ++i) {
    bool hit = false;
    for (int d = 0; d < t && !hit; ++d) {
      const int px = horizontal ? x + i : (far_side ? x + w - 1 - d : x + d);
      const int py = horizontal ? (far_side ? y + h - 1 - d : y + d) : y + i;
      hit = dark(bin, px, py);
    }
    covered += hit;
  }
  return length > 0 ? static_cast<double>(covered) / length : 0;
}

// The border's depth on one side: rows (or columns) from the edge that are mostly ink.
int border_depth(Pix* bin, int x, int y, int w, int h) {
  int depth = 0;
  for (int d = 0; d < std::max(1, std::min(w, h) / 8); ++d) {
    int ink = 0;
    for (int i = 0; i < w; ++i) ink += dark(bin, x + i, y + d);
    if (ink * 2 < w) break;
    depth = d + 1;
  }
  return std::max(depth, 1);
}

}  // namespace

std::vector<PixelBox> find_box_marks(Pix* image, int dpi) {
  std::vector<PixelBox> out;
  if (!image || dpi <= 0) return out;
  PixPtr bin(pixGetDepth(image) == 1 ? pixClone(image) : pixConvertTo1(image, 128));
  if (!bin) return out;
  Boxa* boxes = pixConnCompBB(bin.get(), 8);
  if (!boxes) return out;
  const int min_side = static_cast<int>(dpi * 0.06), max_side = static_cast<int>(dpi * 0.3);
  const int n = boxaGetCount(boxes);
  for (int i = 0; i < n && out.size() < kMaxBoxMarks; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (w < min_side || h < min_side || w > max_side || h > max_side) continue;
    if (w * 4 < h * 3 || h * 4 < w * 3) continue;  // square within a quarter
    // Four straight sides: every side inked along nearly all its length, near the edge.
    const int band = std::max(2, std::min(w, h) / 10);
    if (side_cover(bin.get(), x, y, w, h, band, true, false) < 0.9 || side_cover(bin.get(), x, y, w, h, band, true, true) < 0.9 ||
        side_cover(bin.get(), x, y, w, h, band, false, false) < 0.9 || side_cover(bin.get(), x, y, w, h, band, false, true) < 0.9)
      continue;
    // Inside the border, with a margin of the border's depth again (the scan blurs the edge).
    const int depth = border_depth(bin.get(), x, y, w, h);
    // (A 1 pt border scanned at 300 dpi blurs over 4-6 pixels: at least a sixth of the side.)
    const int inset = std::max(2 * depth + 1, std::min(w, h) / 6);
    const int ix = x + inset, iy = y + inset, iw = w - 2 * inset, ih = h - 2 * inset;
    if (iw < 3 || ih < 3) continue;
    int ink = 0;
    for (int yy = iy; yy < iy + ih; ++yy)
      for (int xx = ix; xx < ix + iw; ++xx) ink += dark(bin.get(), xx, yy);
    out.push_back({x, y, w, h, static_cast<double>(ink) / (iw * ih)});
  }
  boxaDestroy(&boxes);
  return out;
}

}  // namespace cc
