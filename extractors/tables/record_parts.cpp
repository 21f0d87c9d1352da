#include "extractors/tables/record_parts.h"

#include <cstdio>
#include <optional>

#include "core/regex.h"
#include "extractors/tables/cell_types.h"

namespace cc {
namespace {

std::optional<double> number_of(const std::string& text) {
  static const Regex number(R"(^\s*\d{1,4}(\.\d{1,2})?\s*$)");
  if (!std::regex_match(text, number)) return std::nullopt;
  return std::stod(text);
}

Box box_of(const std::vector<const Word*>& ws) {
  Box b = ws.empty() ? Box{} : ws.front()->box;
  for (const Word* w : ws) b = bounding_box(b, w->box);
  return b;
}

std::string as_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// Sums `part`'s number into `course`'s when both print one; the part's alone when the course
// prints none.
void sum_into(std::string& course, const std::string& part) {
  const auto p = number_of(part);
  if (!p) return;
  if (course.empty()) {
    course = part;
    return;
  }
  if (const auto c = number_of(course)) course = as_text(*c + *p);
}

}  // namespace

bool is_part_title(const std::string& title) {
  static const Regex part(R"(^\(?([a-h]|i{1,3}|iv|v|vi)\)\s+\S)");
  return std::regex_search(title, part);
}

void add_part(TableRecord& course, const TableRecord& part, const ColumnLayout& layout) {
  for (size_t k = 0; k < layout.columns.size() && k < course.cells.size() && k < part.cells.size(); ++k) {
    const ColumnRole role = layout.columns[k].role;
    if (role != ColumnRole::marks && role != ColumnRole::max_marks && role != ColumnRole::credits) continue;
    sum_into(course.cells[k].text, part.cells[k].text);
    course.cells[k].type = type_of_cell(course.cells[k].text);
    course.cells[k].words.insert(course.cells[k].words.end(), part.cells[k].words.begin(), part.cells[k].words.end());
    course.cells[k].box = box_of(course.cells[k].words);
  }
  sum_into(course.fields.marks, part.fields.marks);
  sum_into(course.fields.credits, part.fields.credits);
  course.words.insert(course.words.end(), part.words.begin(), part.words.end());
  course.box = box_of(course.words);
}

}  // namespace cc
