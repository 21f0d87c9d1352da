#include "pipeline/reader/lost_signs.h"

#include <algorithm>

namespace cc {
namespace {

// Shapes relative to the capital letter's ink height h (a hyphen in common text faces: 0.3-0.6 h
// long, 0.08-0.15 h thick, centred 0.55-0.65 h below the top of a capital; set 0.05-0.15 h after
// the letter, where a word space is 0.3 h or more).
constexpr double kMaxGap = 0.28;         // from the letter's right edge to the bar
constexpr double kMinLength = 0.2, kMaxLength = 0.95;
constexpr double kMaxThickness = 0.3;
constexpr double kMinAspect = 1.8;       // length / thickness
constexpr double kMinCentre = 0.3, kMaxCentre = 0.82;  // of the bar, down from the letter's top
constexpr double kMinFill = 0.6;         // ink / box: a bar is solid
constexpr int kMaxSpeckArea = 2;         // a component this small is scanner dust, not a mark

struct Part {
  int x, y, w, h, ink;
};

// The connected parts of `binary` inside [x0, x1) x [y0, y1), in coordinates of that window,
// with ink -1 for parts that run over its edges (they belong to something bigger).
std::vector<Part> parts_in(Pix* binary, int x0, int y0, int x1, int y1) {
  std::vector<Part> out;
  if (x1 <= x0 || y1 <= y0) return out;
  ::Box* window = boxCreate(x0, y0, x1 - x0, y1 - y0);
  PixPtr clip(window ? pixClipRectangle(binary, window, nullptr) : nullptr);
  boxDestroy(&window);
  if (!clip) return out;
  Pixa* pixa = nullptr;
  Boxa* boxes = pixConnComp(clip.get(), &pixa, 8);
  const int n = boxes ? boxaGetCount(boxes) : 0;
  const int cw = pixGetWidth(clip.get()), ch = pixGetHeight(clip.get());
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    // A part the window cuts through on the right, top or bottom belongs to something bigger (the
    // next word, a rule); on the left the window starts right after the letter.
    if (x + w >= cw || y == 0 || y + h >= ch) {
      out.push_back({x, y, w, h, -1});
      continue;
    }
    l_int32 ink = 0;
    PixPtr part(pixaGetPix(pixa, i, L_CLONE));
    if (part) pixCountPixels(part.get(), &ink, nullptr);
    out.push_back({x, y, w, h, ink});
  }
  boxaDestroy(&boxes);
  pixaDestroy(&pixa);
  return out;
}

bool is_minus_bar(const Part& p, int letter_top_in_window, double h) {
  if (p.ink < 0) return false;
  const double centre = p.y + p.h / 2.0 - letter_top_in_window;
  return p.x <= kMaxGap * h + 1 && p.w >= std::max(3.0, kMinLength * h) && p.w <= kMaxLength * h &&
         p.h <= std::max(2.0, kMaxThickness * h) && p.w >= kMinAspect * p.h && centre >= kMinCentre * h &&
         centre <= kMaxCentre * h && p.ink >= kMinFill * p.w * p.h;
}

}  // namespace

bool may_have_lost_minus(const std::string& text) { return text.size() == 1 && text[0] >= 'A' && text[0] <= 'F'; }

std::vector<std::string> restore_lost_minus(Pix* binary, const std::vector<SignCandidate>& words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const SignCandidate& w : words) {
    out.push_back(w.text);
    if (!binary || pixGetDepth(binary) != 1 || !may_have_lost_minus(w.text)) continue;
    const int h = w.bottom - w.top;
    if (h < 8) continue;  // too small to tell a bar from dust
    const int x0 = w.right + 1, x1 = std::min({w.next_left, w.right + 1 + h, pixGetWidth(binary)});
    const int margin = h / 3;
    const int y0 = std::max(0, w.top - margin), y1 = std::min(pixGetHeight(binary), w.bottom + margin);
    std::vector<Part> parts = parts_in(binary, x0, y0, x1, y1);
    std::erase_if(parts, [](const Part& p) { return p.ink >= 0 && p.ink <= kMaxSpeckArea; });
    if (parts.size() != 1 || !is_minus_bar(parts.front(), w.top - y0, h)) continue;
    out.back() += "-";
  }
  return out;
}

}  // namespace cc
