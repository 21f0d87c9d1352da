#include "extractors/tables/word_space_cuts.h"

namespace cc {
namespace {

// On how many rows of `body` words stand on both sides of `cut` (within the two columns), and on
// how many of those the nearest two are a word space apart.
std::pair<size_t, size_t> word_spaces_at(double lo, double cut, double hi, const std::vector<const TableRow*>& body) {
  size_t both = 0, spaced = 0;
  for (const TableRow* row : body) {
    const Word* left = nullptr;
    const Word* right = nullptr;
    for (const Word* w : row->words) {
      const double c = w->box.center_x();
      if (c >= lo && c < cut && (!left || w->box.x1 > left->box.x1)) left = w;
      if (c >= cut && c < hi && (!right || w->box.x0 < right->box.x0)) right = w;
    }
    if (!left || !right) continue;
    ++both;
    spaced += right->box.x0 - left->box.x1 < 0.6 * row->word_height;
  }
  return {both, spaced};
}

}  // namespace

void join_columns_cut_at_word_spaces(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  if (body.size() < 3 || layout.header.cells.size() != layout.columns.size()) return;
  for (size_t k = 0; k + 1 < layout.columns.size();) {
    Column& a = layout.columns[k];
    Column& b = layout.columns[k + 1];
    const bool one_unknown = (a.role == ColumnRole::unknown) != (b.role == ColumnRole::unknown);
    const auto [both, spaced] = word_spaces_at(a.x0, a.x1, b.x1, body);
    if (!one_unknown || both < 3 || spaced * 10 < both * 6) {
      ++k;
      continue;
    }
    HeaderCell& left = layout.header.cells[k];
    HeaderCell& right = layout.header.cells[k + 1];
    right.text = left.text.empty() ? right.text : right.text.empty() ? left.text : left.text + " " + right.text;
    right.box = bounding_box(left.box, right.box);
    if (right.role == ColumnRole::unknown) right.role = left.role;
    if (right.english_line < 0) right.english_line = left.english_line;
    b.role = right.role;
    b.x0 = a.x0;
    layout.header.cells.erase(layout.header.cells.begin() + static_cast<long>(k));
    layout.columns.erase(layout.columns.begin() + static_cast<long>(k));
    if (k < layout.from_content.size()) layout.from_content.erase(layout.from_content.begin() + static_cast<long>(k));
  }
}

}  // namespace cc
