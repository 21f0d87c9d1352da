// The page image OCR reads, with the check boxes found on it cleared (box_marks.h,
// without_check_boxes): the box, its mark, a stroke of the mark run out of it and the ring round a
// circled box, and the rings drawn round labels of the list, so Tesseract reads the labels beside
// the boxes whole.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "pipeline/reader/box_marks.h"

namespace cc {

namespace {

constexpr double kEmptyInk = 0.04;  // experience_checkbox_pixels.cpp's empty bar

bool ink_at(Pix* bin, int x, int y) {
  l_uint32 v = 0;
  if (x < 0 || y < 0 || x >= static_cast<int>(pixGetWidth(bin)) || y >= static_cast<int>(pixGetHeight(bin))) return false;
  pixGetPixel(bin, x, y, &v);
  return v != 0;
}

// Where the ring's stroke lies walking away from the box's edge from (x, y) by (dx, dy): past the
// ink that touches the edge (the border), past the gap, the first run of ink (its start and end,
// from the edge). Empty (0, 0) when no ink lies within a side.
std::pair<int, int> ring_run(Pix* bin, int x, int y, int dx, int dy, int side) {
  int d = 0;
  while (d < side / 4 && ink_at(bin, x + d * dx, y + d * dy)) ++d;  // the border's blur
  while (d < side && !ink_at(bin, x + d * dx, y + d * dy)) ++d;
  if (d >= side) return {0, 0};
  const int start = d;
  while (d < 2 * side && ink_at(bin, x + d * dx, y + d * dy)) ++d;
  return {start, d};
}

// All ink inside the ring round box `b`: the ring's reach measured on the four sides of the box
// through its middle, as an ellipse with a radius per quarter (a hand's ring is seldom centred).
// A run much thicker than the ring's thinnest is the ring run into a letter beside it: the ring
// ends a stroke's width after the run starts.
void mark_ring(Pix* bin, Pix* mask, const PixelBox& b) {
  const int cx = b.x + b.w / 2, cy = b.y + b.h / 2;
  std::pair<int, int> runs[4] = {ring_run(bin, b.x - 1, cy, -1, 0, b.w), ring_run(bin, b.x + b.w, cy, 1, 0, b.w),
                                 ring_run(bin, cx, b.y - 1, 0, -1, b.h), ring_run(bin, cx, b.y + b.h, 0, 1, b.h)};
  int stroke = b.w;
  for (const auto& [from, to] : runs)
    if (to > from) stroke = std::min(stroke, to - from);
  int reach[4];
  for (int k = 0; k < 4; ++k) {
    const auto [from, to] = runs[k];
    reach[k] = to <= from ? 0 : to - from > 2 * stroke + 2 ? from + stroke : to;
  }
  // (A side where no stroke was found takes the opposite side's reach.)
  auto radius = [](int own, int other, int half) { return (own > 0 ? own : other) + half; };
  const double rl = radius(reach[0], reach[1], b.w / 2) * 1.08 + 2, rr = radius(reach[1], reach[0], b.w / 2) * 1.08 + 2;
  const double rt = radius(reach[2], reach[3], b.h / 2) * 1.08 + 2, rb = radius(reach[3], reach[2], b.h / 2) * 1.08 + 2;
  const int W = static_cast<int>(pixGetWidth(mask)), H = static_cast<int>(pixGetHeight(mask));
  for (int y = std::max(0, static_cast<int>(cy - rt)); y <= std::min(H - 1, static_cast<int>(cy + rb)); ++y) {
    for (int x = std::max(0, static_cast<int>(cx - rl)); x <= std::min(W - 1, static_cast<int>(cx + rr)); ++x) {
      const double ex = (x - cx) / (x < cx ? rl : rr), ey = (y - cy) / (y < cy ? rt : rb);
      if (ex * ex + ey * ey <= 1.0 && ink_at(bin, x, y)) pixSetPixel(mask, x, y, 1);
    }
  }
}

// The box and the ink joined to it (its mark, a stroke run out of it), up to a side above and
// below it and half a side left and right (where a label begins).
void mark_box_and_mark(Pix* bin, Pix* mask, const PixelBox& b) {
  const int W = static_cast<int>(pixGetWidth(bin)), H = static_cast<int>(pixGetHeight(bin));
  const int x0 = std::max(0, b.x - b.w / 2), x1 = std::min(W, b.x + b.w + b.w / 2);
  const int y0 = std::max(0, b.y - b.h), y1 = std::min(H, b.y + 2 * b.h);
  if (x1 <= x0 || y1 <= y0) return;
  BOX* area = boxCreate(x0, y0, x1 - x0, y1 - y0);
  PixPtr crop(pixClipRectangle(bin, area, nullptr));
  boxDestroy(&area);
  if (!crop) return;
  PixPtr seed(pixCreate(x1 - x0, y1 - y0, 1));
  if (!seed) return;
  pixSetAllArbitrary(seed.get(), 0);
  pixRasterop(seed.get(), b.x - x0, b.y - y0, b.w, b.h, PIX_SET, nullptr, 0, 0);
  pixAnd(seed.get(), seed.get(), crop.get());
  PixPtr joined(pixSeedfillBinary(nullptr, seed.get(), crop.get(), 8));
  if (!joined) return;
  pixRasterop(mask, x0, y0, x1 - x0, y1 - y0, PIX_SRC | PIX_DST, joined.get(), 0, 0);
}

// The shape of `bin` whose bounds are exactly (x, y, w, h), alone: the other ink in its bounds (the
// letters inside a ring) left out.
PixPtr shape_at(Pix* bin, int x, int y, int w, int h) {
  BOX* area = boxCreate(x, y, w, h);
  PixPtr clip(pixClipRectangle(bin, area, nullptr));
  boxDestroy(&area);
  if (!clip) return nullptr;
  Pixa* parts = nullptr;
  Boxa* bounds = pixConnComp(clip.get(), &parts, 8);
  PixPtr out;
  for (int i = 0; bounds && parts && i < boxaGetCount(bounds) && !out; ++i) {
    l_int32 bx = 0, by = 0, bw = 0, bh = 0;
    boxaGetBoxGeometry(bounds, i, &bx, &by, &bw, &bh);
    if (bx == 0 && by == 0 && bw == w && bh == h) out = PixPtr(pixaGetPix(parts, i, L_COPY));
  }
  boxaDestroy(&bounds);
  pixaDestroy(&parts);
  return out;
}

// Whether `shape` (w x h, one shape's ink alone) is a ring: three quarters of its pixels lie along
// the ellipse its bounds inscribe (a letter touching it adds some), all round (seven of eight
// sectors).
bool is_ring(Pix* shape, int w, int h) {
  const double a = w / 2.0, b = h / 2.0;
  int on_ring = 0, total = 0;
  bool sector[8] = {};
  for (int yy = 0; yy < h; ++yy) {
    for (int xx = 0; xx < w; ++xx) {
      l_uint32 v = 0;
      pixGetPixel(shape, xx, yy, &v);
      if (!v) continue;
      ++total;
      const double ex = (xx + 0.5 - a) / a, ey = (yy + 0.5 - b) / b, r = ex * ex + ey * ey;
      if (r < 0.6 || r > 1.1) continue;
      ++on_ring;
      sector[static_cast<int>((std::atan2(ey, ex) + M_PI) / (2 * M_PI) * 8) % 8] = true;
    }
  }
  return total > 0 && on_ring * 4 >= total * 3 && std::count(sector, sector + 8, true) >= 7;
}

// The ring `shape` at (x, y) marked in `mask`: its ink within a stroke and a pixel or two inside
// the ellipse its bounds inscribe (measured across it, to first order), and all its ink outside;
// a letter it touches keeps what lies further inside.
void mark_ring_stroke(Pix* shape, Pix* mask, int x, int y, int w, int h) {
  const double a = w / 2.0, b = h / 2.0;
  int stroke = 0;  // how deep the ink runs down from the ring's top through its middle
  for (l_uint32 v = 1; stroke < h / 2 && v; ++stroke) pixGetPixel(shape, w / 2, stroke, &v);
  for (int yy = 0; yy < h; ++yy) {
    for (int xx = 0; xx < w; ++xx) {
      l_uint32 v = 0;
      pixGetPixel(shape, xx, yy, &v);
      const double dx = xx + 0.5 - a, dy = yy + 0.5 - b, f = (dx * dx) / (a * a) + (dy * dy) / (b * b);
      const double slope = 2 * std::hypot(dx / (a * a), dy / (b * b));
      const double inside = slope > 0 ? (1 - f) / slope : a;
      if (v && inside <= stroke + 2) pixSetPixel(mask, x + xx, y + yy, 1);
    }
  }
}

// Rings drawn round a label of a form's list (someone circled a name instead of, or beside,
// ticking its box): Tesseract reads the ringed words badly or drops their whole line, which then
// loses the names beside them too. A ring is a shape of its own ink, a flat ellipse (one and a
// fifth to three and a half box sides high, two and a half times as wide and more, at most forty
// sides) once the list's boxes are left out: its stroke is cleared (a round ring, a seal or a
// stamp, is no label's and stays).
void mark_label_rings(Pix* page, Pix* mask, const std::vector<PixelBox>& boxes, int side) {
  // (Without the boxes: a ring drawn close round a label touches the box before or after it.)
  PixPtr copy(pixCopy(nullptr, page));
  if (!copy) return;
  Pix* bin = copy.get();
  for (const PixelBox& b : boxes) pixRasterop(bin, b.x - 1, b.y - 1, b.w + 2, b.h + 2, PIX_CLR, nullptr, 0, 0);
  Boxa* bounds = pixConnCompBB(bin, 8);
  if (!bounds) return;
  const int n = boxaGetCount(bounds);
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(bounds, i, &x, &y, &w, &h);
    if (h * 5 < side * 6 || h * 2 > side * 7 || w * 2 < h * 5 || w > 40 * side) continue;
    PixPtr shape = shape_at(bin, x, y, w, h);
    if (shape && is_ring(shape.get(), w, h)) mark_ring_stroke(shape.get(), mask, x, y, w, h);
  }
  boxaDestroy(&bounds);
}

}  // namespace

PixPtr without_check_boxes(Pix* image, const std::vector<PixelBox>& boxes) {
  if (!image) return nullptr;
  PixPtr copy(pixCopy(nullptr, image));
  if (boxes.empty() || !copy) return copy;
  const int depth = pixGetDepth(image);
  if (depth != 1 && depth != 8) return copy;
  PixPtr bin(depth == 1 ? pixClone(image) : pixConvertTo1(image, 128));
  PixPtr mask(pixCreate(pixGetWidth(image), pixGetHeight(image), 1));
  if (!bin || !mask) return copy;
  bool form_list = false;
  for (const PixelBox& b : boxes) {
    // A form's boxes come in lists of boxes of one size, some of them left empty: squares of
    // strokes in a word (a bold serif "h", twice in "Anthony Thompson") are all inked alike and
    // are left to OCR, and so is a lone square.
    const bool empty_twin = std::any_of(boxes.begin(), boxes.end(), [&](const PixelBox& o) {
      return &o != &b && o.ink <= kEmptyInk && !o.circled && std::abs(o.w - b.w) * 5 <= b.w && std::abs(o.h - b.h) * 5 <= b.h;
    });
    // Only a circled box: OCR reads an empty one as "[ ]" or "L]", harmlessly, and a ticked one's
    // token ("[X]") still tells its state where the pixels cannot be matched to a label (taking
    // ticked boxes off too lost two ticked areas on an r1 scan turned upside down, gh-0001).
    form_list = form_list || (empty_twin && !b.circled);
    if (!empty_twin || !b.circled) continue;
    mark_box_and_mark(bin.get(), mask.get(), b);
    if (b.circled) mark_ring(bin.get(), mask.get(), b);
  }
  if (form_list) {
    std::vector<int> sides;
    for (const PixelBox& b : boxes) sides.push_back(b.w);
    std::nth_element(sides.begin(), sides.begin() + sides.size() / 2, sides.end());
    mark_label_rings(bin.get(), mask.get(), boxes, sides[sides.size() / 2]);
  }
  if (depth == 1) return PixPtr(pixSubtract(nullptr, copy.get(), mask.get()));
  pixPaintThroughMask(copy.get(), mask.get(), 0, 0, 255);
  return copy;
}

}  // namespace cc
