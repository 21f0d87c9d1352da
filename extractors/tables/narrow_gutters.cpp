#include "extractors/tables/narrow_gutters.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "extractors/tables/cell_types.h"

namespace cc {
namespace {

bool is_value(const std::vector<const Word*>& words) {
  if (words.empty()) return false;
  const CellType t = type_of_cell(join_words(words));
  return t != CellType::text && t != CellType::other && t != CellType::empty;
}

// The cut of one span: the middle of its widest interior white run that no row inks, at least
// `min_width` wide, with values on both sides on eight rows in ten of those printing in the span;
// nullopt when none.
std::optional<double> narrow_cut(std::pair<double, double> span, const std::vector<const TableRow*>& rows, double min_width) {
  constexpr double kStep = 0.25;
  const auto bins = static_cast<size_t>(std::ceil((span.second - span.first) / kStep)) + 1;
  std::vector<int> ink(bins, 0);
  std::vector<const Word*> words;
  for (const TableRow* r : rows)
    for (const Word* w : r->words)
      if (w->box.center_x() >= span.first && w->box.center_x() <= span.second) {
        words.push_back(w);
        const auto from = static_cast<size_t>(std::max(0.0, (w->box.x0 - span.first) / kStep));
        const auto to = std::min(bins, static_cast<size_t>(std::max(0.0, (w->box.x1 - span.first) / kStep)) + 1);
        for (size_t b = from; b < to; ++b) ++ink[b];
      }
  size_t first = 0, last = bins;
  while (first < bins && ink[first] == 0) ++first;
  while (last > first && ink[last - 1] == 0) --last;
  double best_mid = 0, best_width = 0;
  for (size_t b = first; b < last;) {
    if (ink[b] > 0) {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < last && ink[e] == 0) ++e;
    const double width = static_cast<double>(e - b) * kStep;
    if (width >= min_width && width > best_width) {
      best_width = width;
      best_mid = span.first + (static_cast<double>(b + e) / 2) * kStep;
    }
    b = e;
  }
  if (best_width == 0) return std::nullopt;
  int printing = 0, both_values = 0;
  for (const TableRow* r : rows) {
    std::vector<const Word*> left, right;
    for (const Word* w : r->words) {
      if (w->box.center_x() < span.first || w->box.center_x() > span.second) continue;
      (w->box.center_x() < best_mid ? left : right).push_back(w);
    }
    if (left.empty() && right.empty()) continue;
    ++printing;
    both_values += is_value(left) && is_value(right);
  }
  if (printing < 3 || both_values * 10 < printing * 8) return std::nullopt;
  return best_mid;
}

}  // namespace

std::vector<std::pair<double, double>> split_at_narrow_gutters(const std::vector<std::pair<double, double>>& spans,
                                                               const std::vector<const TableRow*>& rows, double word_space) {
  // Wider than a word space and a fifth (a code's own space, `BMLT 101`, is one word space).
  const double min_width = 1.2 * word_space;
  std::vector<std::pair<double, double>> out;
  for (const auto& span : spans) {
    std::vector<std::pair<double, double>> pieces{span};
    // A span may hold three columns: cut again while a piece has a narrow gutter.
    for (size_t k = 0; k < pieces.size() && pieces.size() < 6;) {
      const auto cut = narrow_cut(pieces[k], rows, min_width);
      if (!cut) {
        ++k;
        continue;
      }
      const auto piece = pieces[k];
      pieces[k] = {piece.first, *cut};
      pieces.insert(pieces.begin() + static_cast<long>(k) + 1, {*cut, piece.second});
    }
    out.insert(out.end(), pieces.begin(), pieces.end());
  }
  return out;
}

}  // namespace cc
