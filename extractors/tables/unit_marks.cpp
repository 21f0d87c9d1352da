#include "extractors/tables/unit_marks.h"

#include <set>

namespace cc {

void grade_from_unit_marks(ReadTable& table) {
  size_t grade = table.columns.size();
  for (size_t k = 0; k < table.columns.size(); ++k)
    if (table.columns[k].role == ColumnRole::grade) grade = k;
  if (grade == table.columns.size()) return;
  std::vector<TableRecord*> ungraded;
  for (auto& r : table.rows)
    if (r.fields.grade.empty() && (grade >= r.cells.size() || r.cells[grade].text.empty())) ungraded.push_back(&r);
  if (ungraded.size() < 3 || ungraded.size() * 10 < table.rows.size() * 8) return;
  const std::set<ColumnRole> names_or_measures = {ColumnRole::code,    ColumnRole::title,  ColumnRole::credits, ColumnRole::term,
                                                  ColumnRole::grade,   ColumnRole::dept,   ColumnRole::number,  ColumnRole::serial,
                                                  ColumnRole::max_marks};
  for (size_t k = 0; k < table.columns.size(); ++k) {
    if (names_or_measures.count(table.columns[k].role)) continue;
    size_t marks = 0;
    std::set<std::string> values;
    for (const TableRecord* r : ungraded) {
      if (k >= r->cells.size() || r->cells[k].type != CellType::decimal) continue;
      const auto v = cell_number(r->cells[k].text);
      if (!v || *v < 0 || *v > 20) continue;
      ++marks;
      values.insert(r->cells[k].text);
    }
    if (marks * 10 < ungraded.size() * 8 || values.size() < 2) continue;
    for (TableRecord* r : ungraded)
      if (k < r->cells.size() && r->cells[k].type == CellType::decimal) r->fields.grade = r->cells[k].text;
    return;
  }
}

}  // namespace cc
