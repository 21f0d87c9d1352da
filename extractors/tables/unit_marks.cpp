#include "extractors/tables/unit_marks.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

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

namespace {

// The number a mark cell holds: `14,25`, `16,38/20` (a mark of a maximum: the mark).
std::optional<double> mark_value(const std::string& text) {
  if (auto n = cell_number(text)) return n;
  const size_t slash = text.find('/');
  if (slash == std::string::npos || !cell_number(text.substr(slash + 1))) return std::nullopt;
  return cell_number(text.substr(0, slash));
}

// Every mark a cell holds: one, or a mark and its resit read into one cell when no label told
// their columns apart (`8,00 12,00`).
std::vector<double> marks_in(const std::string& text) {
  std::vector<double> out;
  if (const auto m = mark_value(text)) return {*m};
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    const auto m = mark_value(text.substr(start, end - start));
    if (!m && end > start) return {};  // a word among the numbers: no marks cell
    if (m) out.push_back(*m);
    start = end + 1;
  }
  return out;
}

bool carries_credits(const TableRecord& r, size_t credits) {
  return credits < r.cells.size() && credit_value(r.cells[credits].text).has_value();
}


}  // namespace

void fold_unit_parts(ReadTable& table) {
  size_t credits = table.columns.size();
  for (size_t k = 0; k < table.columns.size() && credits == table.columns.size(); ++k)
    if (table.columns[k].role == ColumnRole::credits) credits = k;
  if (credits == table.columns.size()) return;
  // Units and the rows under each up to the next unit.
  std::vector<size_t> units;
  std::vector<std::vector<size_t>> parts_of;
  for (size_t i = 0; i < table.rows.size(); ++i) {
    if (carries_credits(table.rows[i], credits)) {
      units.push_back(i);
      parts_of.emplace_back();
    } else if (!units.empty()) {
      parts_of.back().push_back(i);
    }
  }
  size_t with_parts = 0, parts = 0;
  for (const auto& p : parts_of) {
    with_parts += !p.empty();
    parts += p.size();
  }
  if (with_parts < 2 || with_parts * 2 < units.size()) return;
  auto marks_at = [&](size_t row, size_t k) {
    const TableRecord& r = table.rows[row];
    return k < r.cells.size() ? marks_in(r.cells[k].text) : std::vector<double>{};
  };
  auto mark_at = [&](size_t row, size_t k) {
    const auto m = marks_at(row, k);
    return m.empty() ? std::nullopt : std::optional<double>(m.front());
  };
  // The marks' column: a number on eight units with parts in ten and on eight parts in ten, in a
  // column that names or measures nothing else (the header's grade, or one no header named). A
  // weight printed with its word on the unit (`Coef. 6`) is no number there.
  const std::set<ColumnRole> names_or_measures = {ColumnRole::code,   ColumnRole::title,  ColumnRole::credits,
                                                  ColumnRole::term,   ColumnRole::dept,   ColumnRole::number,
                                                  ColumnRole::serial, ColumnRole::max_marks, ColumnRole::contact_hours};
  size_t marks = table.columns.size();
  for (size_t k = 0; k < table.columns.size() && marks == table.columns.size(); ++k) {
    if (names_or_measures.count(table.columns[k].role)) continue;
    size_t on_units = 0, on_parts = 0;
    for (size_t u = 0; u < units.size(); ++u) {
      if (parts_of[u].empty()) continue;
      on_units += mark_at(units[u], k).has_value();
      for (size_t p : parts_of[u]) on_parts += mark_at(p, k).has_value();
    }
    if (on_units * 10 >= with_parts * 8 && on_parts * 10 >= parts * 8) marks = k;
  }
  if (marks == table.columns.size()) return;
  // A resit's mark in the next column: printed on parts only.
  std::optional<size_t> resit;
  if (marks + 1 < table.columns.size() && !names_or_measures.count(table.columns[marks + 1].role) &&
      std::none_of(units.begin(), units.end(), [&](size_t u) { return mark_at(u, marks + 1).has_value(); }))
    resit = marks + 1;
  size_t checked = 0;
  for (size_t u = 0; u < units.size(); ++u) {
    std::vector<double> part_marks;
    for (size_t p : parts_of[u]) {
      auto m = marks_at(p, marks);
      if (resit)
        for (double again : marks_at(p, *resit)) m.push_back(again);
      if (m.empty()) return;  // a row under a unit with no mark: not this shape
      part_marks.insert(part_marks.end(), m.begin(), m.end());
    }
    const auto unit_mark = mark_at(units[u], marks);
    if (part_marks.empty() || !unit_mark.has_value()) continue;
    const double mark = unit_mark.value_or(0);
    const auto [low, high] = std::minmax_element(part_marks.begin(), part_marks.end());
    if (mark < *low - 0.01 || mark > *high + 0.01) return;  // no average of these marks
    ++checked;
  }
  if (checked < 2) return;
  std::vector<bool> is_part(table.rows.size(), false);
  for (const auto& p : parts_of)
    for (size_t i : p) is_part[i] = true;
  std::vector<TableRecord> kept;
  for (size_t i = 0; i < table.rows.size(); ++i)
    if (!is_part[i]) kept.push_back(std::move(table.rows[i]));
  table.rows = std::move(kept);
}

}  // namespace cc
