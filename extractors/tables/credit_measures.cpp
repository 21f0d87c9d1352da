#include "extractors/tables/credit_measures.h"

#include <algorithm>

#include "core/text.h"
#include "extractors/tables/measure_columns.h"
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

}  // namespace cc
