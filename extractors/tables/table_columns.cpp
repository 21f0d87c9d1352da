#include "extractors/tables/table_columns.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cc {

double least_ink_cut(const std::vector<const TableRow*>& rows, double lo, double hi) {
  if (hi <= lo) return (lo + hi) / 2;
  constexpr double kStep = 0.5;
  const size_t bins = static_cast<size_t>(std::ceil((hi - lo) / kStep)) + 1;
  std::vector<int> ink(bins, 0);
  for (const TableRow* row : rows) {
    for (const Word* w : row->words) {
      if (w->box.x1 <= lo || w->box.x0 >= hi) continue;
      const auto from = static_cast<size_t>(std::max(0.0, std::floor((w->box.x0 - lo) / kStep)));
      const auto to = std::min(bins - 1, static_cast<size_t>(std::ceil((w->box.x1 - lo) / kStep)));
      for (size_t b = from; b <= to; ++b) ++ink[b];
    }
  }
  const int least = *std::min_element(ink.begin(), ink.end());
  size_t best_start = 0, best_len = 0;
  for (size_t b = 0; b < bins;) {
    if (ink[b] != least) {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < bins && ink[e] == least) ++e;
    if (e - b > best_len) {
      best_start = b;
      best_len = e - b;
    }
    b = e;
  }
  return lo + (static_cast<double>(best_start) + static_cast<double>(best_len - 1) / 2) * kStep;
}

ColumnLayout layout_columns(const TableHeader& header, const std::vector<const TableRow*>& body) {
  ColumnLayout layout;
  layout.header = header;
  const auto& cells = header.cells;
  double left = -std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < cells.size(); ++i) {
    double right = std::numeric_limits<double>::infinity();
    if (i + 1 < cells.size()) {
      const Box& a = cells[i].box;
      const Box& b = cells[i + 1].box;
      right = body.empty() ? (a.x1 + b.x0) / 2 : least_ink_cut(body, a.center_x(), b.center_x());
    }
    layout.columns.push_back({cells[i].role, left, right});
    left = right;
  }
  return layout;
}

std::vector<std::vector<const Word*>> assign_columns(const TableRow& row, const ColumnLayout& layout) {
  std::vector<std::vector<const Word*>> out(layout.columns.size());
  if (layout.columns.empty()) return out;
  for (const Word* w : row.words) {
    const double c = w->box.center_x();
    size_t i = 0;
    while (i + 1 < layout.columns.size() && c >= layout.columns[i].x1) ++i;
    out[i].push_back(w);
  }
  return out;
}

}  // namespace cc
