#include "extractors/tables/row_fields.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "extractors/tables/line_kinds.h"

namespace cc {
namespace {

// A credits column headed ECTS (AKTS in Turkish) or CATS is a second measure when the table also
// prints credit hours, units or national credits: "Cr.Hr | ECTS" gives the hours, "K | AKTS" the
// national credits (a European credit is not a semester hour).
bool second_measure_label(const ColumnLayout& layout, size_t i) {
  if (i >= layout.header.cells.size()) return false;
  const std::string key = letters_lower(layout.header.cells[i].text);
  for (const char* european : {"ects", "akts", "cats"})
    if (key.find(european) != std::string::npos) return true;
  return false;
}

// Credits printed in sub-columns under one group label ("Units" over "Theo.  Prac."): the
// course's credits are their sum. Nullopt when the credits are not grouped or a part is not a number.
std::optional<std::string> grouped_credits(const std::vector<std::vector<const Word*>>& words, const ColumnLayout& layout) {
  const size_t first = first_of_role(layout, ColumnRole::credits);
  if (first >= layout.header.cells.size() || layout.header.cells[first].group < 0) return std::nullopt;
  const int group = layout.header.cells[first].group;
  double sum = 0;
  int parts = 0;
  for (size_t i = 0; i < layout.columns.size() && i < layout.header.cells.size(); ++i) {
    if (layout.columns[i].role != ColumnRole::credits || layout.header.cells[i].group != group) continue;
    const std::string text = join_words(words[i]);
    const auto v = credit_value(text);
    if (!v) return std::nullopt;
    sum += *v;
    ++parts;
  }
  if (parts < 2) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", sum);
  return std::string(buf);
}

// A grade that is not final: incomplete, deferred, no grade yet.
bool is_pending_grade(const std::string& grade) {
  const std::string g = letters_lower(grade);
  for (const char* p : {"inc", "incomplete", "ic", "def", "deferred", "ng", "nfe", "ip"})
    if (g == p) return true;
  return false;
}

// The marks column headed `Total` (`Total Marks`, `Grand Total`) of a table that prints marks in
// several columns; the number of columns when there is none.
size_t total_marks_column(const ColumnLayout& layout) {
  const size_t n = layout.columns.size();
  if (layout.header.cells.size() != n) return n;
  size_t marks = 0, total = n;
  for (size_t i = 0; i < n; ++i) {
    if (layout.columns[i].role != ColumnRole::marks) continue;
    ++marks;
    const std::string label = letters_lower(layout.header.cells[i].text);
    if (label.find("total") != std::string::npos) total = i;
  }
  return marks >= 2 ? total : n;
}

}  // namespace

// Which line of a two-language title header is English (-1: one language).
int english_title_line(const ColumnLayout& layout) {
  for (const auto& c : layout.header.cells)
    if (c.role == ColumnRole::title) return c.english_line;
  return -1;
}

size_t first_of_role(const ColumnLayout& layout, ColumnRole role) {
  size_t first = layout.columns.size();
  for (size_t i = 0; i < layout.columns.size(); ++i) {
    if (layout.columns[i].role != role) continue;
    if (role != ColumnRole::credits || !second_measure_label(layout, i)) return i;
    if (first == layout.columns.size()) first = i;
  }
  return first;
}

RowFields fields_from(const std::vector<std::vector<const Word*>>& words, const ColumnLayout& layout) {
  RowFields f;
  std::string dept, number;
  for (size_t i = 0; i < layout.columns.size(); ++i) {
    const std::string text = join_words(words[i]);
    if (text.empty()) continue;
    f.outside_title = f.outside_title || layout.columns[i].role != ColumnRole::title;
    auto append = [&](std::string& to) { to = to.empty() ? text : to + " " + text; };
    // A value printed in two columns of one role (marks on two scales) is read from the first.
    auto first = [&](std::string& to, ColumnRole role) {
      if (first_of_role(layout, role) == i) to = text;
    };
    switch (layout.columns[i].role) {
      case ColumnRole::code: append(f.code); break;
      case ColumnRole::title: append(f.title); break;
      case ColumnRole::grade: first(f.grade, ColumnRole::grade); break;
      case ColumnRole::credits: first(f.credits, ColumnRole::credits); break;
      case ColumnRole::marks: first(f.marks, ColumnRole::marks); break;
      case ColumnRole::points: first(f.points, ColumnRole::points); break;
      case ColumnRole::dept: append(dept); break;
      case ColumnRole::number: append(number); break;
      default: break;
    }
  }
  if (f.code.empty() && !dept.empty()) f.code = number.empty() ? dept : dept + " " + number;
  if (auto parts = grouped_credits(words, layout)) f.credits = *parts;
  // A table that prints a score (a percentage, `Good`) and no grade column gives each course its
  // score as its grade: it is the result the course was given.
  const size_t score = first_of_role(layout, ColumnRole::score);
  const bool grade_column = first_of_role(layout, ColumnRole::grade) < layout.columns.size();
  // A grade left incomplete or deferred (`INC`, `DEF`, `NG`) and completed later in a column of its
  // own (`Grades: Final | Re-Exam`, `Completion`, `Removal`): the completed grade is in force.
  if (is_pending_grade(f.grade))
    for (size_t i = first_of_role(layout, ColumnRole::grade) + 1; i < layout.columns.size(); ++i)
      if (layout.columns[i].role == ColumnRole::grade && !words[i].empty()) f.grade = join_words(words[i]);
  // Results printed with their dates (`23.12.2015 Z` | `11.01.2016 výborně (1)`: a credit test, then
  // the examination): the last one given counts, the result without its date.
  if (grade_column && (f.grade.empty() || dated_result(f.grade))) {
    for (size_t i = first_of_role(layout, ColumnRole::grade); i < layout.columns.size(); ++i)
      if (layout.columns[i].role == ColumnRole::grade && dated_result(join_words(words[i]))) f.grade = join_words(words[i]);
    if (const auto result = dated_result(f.grade)) f.grade = *result;
  }
  if (f.grade.empty() && score < layout.columns.size() && !grade_column) f.grade = join_words(words[score]);
  // Likewise a result column that gives the course a class in words (`Distinction`, `Pass`, `Very
  // Good`, `dobry`), where the marks are no grade themselves: marks out of maxima that differ from
  // course to course (a `Maximum Marks` column: 80 of 100 and 139 of 150 do not compare), or no
  // mark printed (`-`, a module credited). A mark on one scale (`Mark %`) stays the grade.
  const bool marks_of_maxima = first_of_role(layout, ColumnRole::max_marks) < layout.columns.size();
  const bool no_mark = std::none_of(f.marks.begin(), f.marks.end(), [](char c) { return c >= '0' && c <= '9'; });
  for (size_t i = 0; i < layout.columns.size() && f.grade.empty() && !grade_column && (marks_of_maxima || no_mark); ++i)
    if (layout.columns[i].role == ColumnRole::remark && is_classification_grade(join_words(words[i])))
      f.grade = join_words(words[i]);
  // Marks printed in parts (theory, practical; written, oral) with a `Total` column: the total is
  // the course's mark.
  if (const auto total = total_marks_column(layout); total < layout.columns.size() && !words[total].empty())
    f.marks = join_words(words[total]);
  return f;
}

RowFields fields_of(const TableRow& row, const ColumnLayout& layout) { return fields_from(assign_columns(row, layout), layout); }

bool has_number(const RowFields& f) { return credit_value(f.credits) || cell_number(f.marks); }

bool default_is_record(const RowFields& f) {
  const CellType code = type_of_cell(f.code);
  const bool title = type_of_cell(f.title) == CellType::text;
  const bool value = has_number(f) || (!f.grade.empty() && f.grade.size() <= 8);
  return (code == CellType::code && (title || value)) || (title && has_number(f));
}

bool default_is_certain(const RowFields& f) {
  return type_of_cell(f.code) == CellType::code && (has_number(f) || (!f.grade.empty() && f.grade.size() <= 8));
}

bool option_is_section(const TableReaderOptions& options, const std::string& text) {
  const std::string t = options.normalise_section ? options.normalise_section(text) : text;
  return options.is_section ? options.is_section(t) : is_section_line(t);
}

bool option_is_record(const TableReaderOptions& options, const RowFields& f) {
  return options.is_record ? options.is_record(f) : default_is_record(f);
}

bool option_is_certain(const TableReaderOptions& options, const RowFields& f) {
  return options.is_certain_record ? options.is_certain_record(f) : default_is_certain(f);
}

}  // namespace cc
