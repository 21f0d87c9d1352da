#include "extractors/tables/credit_measures.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"
#include "extractors/tables/measure_columns.h"
#include "extractors/tables/cell_types.h"
#include "extractors/tables/number_roles.h"

namespace cc {
namespace {

std::vector<size_t> columns_of(const ColumnLayout& layout, ColumnRole role) {
  std::vector<size_t> out;
  for (size_t k = 0; k < layout.columns.size(); ++k)
    if (layout.columns[k].role == role) out.push_back(k);
  return out;
}

bool headed_ects(const ColumnLayout& layout, size_t k) {
  if (k >= layout.header.cells.size()) return false;
  const std::string label = lower_utf8(fold_latin(layout.header.cells[k].text));
  return label.find("ects") != std::string::npos;
}

// True when the grade column (if any) gives the rows one grade only: points a grade earns (credits
// times the grade's value) are then a constant multiple of the credits too.
bool one_grade_for_all(const ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  const auto grades = columns_of(layout, ColumnRole::grade);
  if (grades.empty()) return false;
  std::vector<std::string> distinct;
  for (const auto& g : cells_of(layout, body, grades.front()))
    if (!g.empty() && std::find(distinct.begin(), distinct.end(), g) == distinct.end()) distinct.push_back(g);
  return distinct.size() < 2;
}

}  // namespace

bool sizes_in_points_are_credits(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  const auto grades = columns_of(layout, ColumnRole::grade);
  if (!columns_of(layout, ColumnRole::credits).empty() || grades.empty() || body.size() < 6) return false;
  const auto grade_cells = cells_of(layout, body, grades.front());
  for (size_t k : columns_of(layout, ColumnRole::points)) {
    if (!sizes_not_following_grade(cells_of(layout, body, k), grade_cells)) continue;
    set_role(layout, k, ColumnRole::credits);
    return true;
  }
  return false;
}

bool credits_in_constant_ratio(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  const auto credits = columns_of(layout, ColumnRole::credits);
  if (credits.empty() || body.size() < 5 || one_grade_for_all(layout, body)) return false;
  // The credits beside another column of credits or points.
  std::vector<size_t> others = columns_of(layout, ColumnRole::points);
  others.insert(others.end(), credits.begin() + 1, credits.end());
  const size_t first = credits.front();
  const auto first_cells = cells_of(layout, body, first);
  for (size_t k : others) {
    const auto cells = cells_of(layout, body, k);
    const bool larger = constant_ratio(first_cells, cells).has_value();
    const bool smaller = !larger && constant_ratio(cells, first_cells).has_value();
    if (!larger && !smaller) continue;
    // The one headed ECTS is the credits; with neither or both so headed, the larger.
    bool other_is_credit = larger;
    if (headed_ects(layout, k) != headed_ects(layout, first)) other_is_credit = headed_ects(layout, k);
    set_role(layout, other_is_credit ? k : first, ColumnRole::credits);
    set_role(layout, other_is_credit ? first : k, ColumnRole::remark);
    return true;
  }
  return false;
}

namespace {

// True when column k's role was told by content, not by a word of its own header cell.
bool unlabelled(const ColumnLayout& layout, size_t k) {
  return k >= layout.header.cells.size() || layout.header.cells[k].text.empty() ||
         (k < layout.from_content.size() && layout.from_content[k]);
}

bool numeric_role(ColumnRole r) {
  return r == ColumnRole::credits || r == ColumnRole::points || r == ColumnRole::marks || r == ColumnRole::unknown ||
         r == ColumnRole::contact_hours;
}

}  // namespace

bool credits_summing_their_parts(ColumnLayout& layout, const std::vector<const TableRow*>& body) {
  if (body.size() < 3) return false;
  for (size_t k = 0; k + 2 < layout.columns.size(); ++k) {
    const size_t total = k + 2;
    bool credits_among = false, open = true;
    for (size_t j = k; j <= total; ++j) {
      open = open && numeric_role(layout.columns[j].role) && unlabelled(layout, j);
      credits_among = credits_among || layout.columns[j].role == ColumnRole::credits;
    }
    if (!open || !credits_among) continue;
    const auto a = cells_of(layout, body, k), b = cells_of(layout, body, k + 1), t = cells_of(layout, body, total);
    size_t rows = 0, both_parts = 0;
    bool adds_up = true;
    for (size_t r = 0; r < t.size() && adds_up; ++r) {
      const auto x = cell_number(a[r]), y = cell_number(b[r]), z = cell_number(t[r]);
      if (!x && !y && !z) continue;
      adds_up = x && y && z && *z <= 30 && std::abs(*x + *y - *z) < 0.01;
      if (!adds_up) break;
      ++rows;
      both_parts += *x > 0 && *y > 0;
    }
    if (!adds_up || rows < 3 || both_parts == 0) continue;
    set_role(layout, k, ColumnRole::contact_hours);
    set_role(layout, k + 1, ColumnRole::contact_hours);
    set_role(layout, total, ColumnRole::credits);
    return true;
  }
  return false;
}

}  // namespace cc
