#include "extractors/tables/slanted_text.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace cc {
namespace {

// Up to five characters (UTF-8 code points): a line on a slant comes as pieces of a few letters; a
// word of a horizontal line that a piece happens to touch (a code, a title's word) is often longer.
bool is_short_piece(const Word* w) {
  size_t n = 0;
  for (unsigned char c : w->text) n += (c & 0xc0) != 0x80;
  return n >= 1 && n <= 5;
}

// True when a word of the same height stands beside `w` at word spacing (0.6 of its height at
// most) on the same middle line: `w` is a word of a horizontal line (`and` in `Histopathology and
// Cytology`), whatever pieces touch it. `by_x0` is sorted by left edge.
bool has_neighbour_on_its_line(const Word* w, const std::vector<const Word*>& by_x0) {
  const double h = w->box.height();
  auto beside = [&](const Word* o) {
    return o != w && std::fabs(o->box.center_y() - w->box.center_y()) <= 0.08 * h &&
           std::fabs(o->box.height() - h) <= 0.1 * h;
  };
  auto it = std::lower_bound(by_x0.begin(), by_x0.end(), w->box.x0 - 40 * h, [](const Word* a, double x) { return a->box.x0 < x; });
  for (; it != by_x0.end() && (*it)->box.x0 <= w->box.x1 + 0.6 * h; ++it) {
    const Word* o = *it;
    if (!beside(o)) continue;
    const bool right = o->box.x0 >= w->box.x1 - 0.1 && o->box.x0 - w->box.x1 <= 0.6 * h;
    const bool left = o->box.x1 <= w->box.x0 + 0.1 && w->box.x0 - o->box.x1 <= 0.6 * h;
    if (right || left) return true;
  }
  return false;
}

// The piece that continues `w` along a slanted line: it starts where `w` ends (overlapping it a
// little, or a word space after it: at most 0.35 of the smaller height) and its middle stands a
// step up or down (0.15 to 1.0 of the larger height; the next line of a table stands a whole line
// lower). `by_x0` is sorted by left edge. The nearest such piece, or null.
const Word* next_piece(const Word* w, const std::vector<const Word*>& by_x0, const std::unordered_set<const Word*>& pieces) {
  const double h = w->box.height();
  const double lo = w->box.x1 - 0.35 * h, hi = w->box.x1 + 0.35 * h;
  auto it = std::lower_bound(by_x0.begin(), by_x0.end(), lo, [](const Word* a, double x) { return a->box.x0 < x; });
  const Word* best = nullptr;
  double best_gap = 1e18;
  for (; it != by_x0.end() && (*it)->box.x0 <= hi; ++it) {
    const Word* o = *it;
    if (o == w || !pieces.count(o)) continue;
    const double small = std::min(h, o->box.height()), large = std::max(h, o->box.height());
    if (std::fabs(o->box.x0 - w->box.x1) > 0.35 * small) continue;
    const double step = std::fabs(o->box.center_y() - w->box.center_y());
    if (step < 0.15 * large || step > 1.0 * large) continue;
    const double gap = std::fabs(o->box.x0 - w->box.x1) + step;
    if (gap < best_gap) {
      best_gap = gap;
      best = o;
    }
  }
  return best;
}

int direction(const Word* a, const Word* b) { return b->box.center_y() < a->box.center_y() ? -1 : 1; }

}  // namespace

std::vector<const Word*> slanted_text(const std::vector<const Word*>& words) {
  std::vector<const Word*> by_x0 = words;
  std::sort(by_x0.begin(), by_x0.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  // Pieces: short words with no word of their own line beside them.
  std::unordered_set<const Word*> pieces;
  for (const Word* w : by_x0)
    if (is_short_piece(w) && !has_neighbour_on_its_line(w, by_x0)) pieces.insert(w);
  std::vector<const Word*> out;
  std::unordered_set<const Word*> taken;
  for (const Word* start : by_x0) {
    if (taken.count(start) || !pieces.count(start)) continue;
    // Follow the pieces on from `start` while they keep stepping the same way.
    std::vector<const Word*> chain{start};
    int dir = 0;
    for (const Word* w = start;;) {
      const Word* n = next_piece(w, by_x0, pieces);
      if (n == nullptr || taken.count(n) || std::find(chain.begin(), chain.end(), n) != chain.end()) break;
      const int d = direction(w, n);
      if (dir != 0 && d != dir) break;
      dir = d;
      chain.push_back(n);
      w = n;
    }
    if (chain.size() < 3) continue;
    for (const Word* w : chain) {
      taken.insert(w);
      out.push_back(w);
    }
  }
  return out;
}

}  // namespace cc
