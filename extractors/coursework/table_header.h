// Header rows of transcript tables ("Course Code | Descriptive Title | Final Grade | Units",
// "Paper Code | Paper Title | Max. Marks | Marks Obtained | Credits", "Code Title Grade Units" twice
// side by side...). The header words say what each column holds and where it is; a header whose
// roles repeat along the row is two (or more) tables printed side by side.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/coursework/table_rows.h"

namespace cc {

enum class ColumnRole {
  code,       // course code ("Course Code", "Subject", "Paper Code", "Course")
  title,      // "Descriptive Title", "Course Title", "Paper Title", "Course Description"
  grade,      // "Final Grade", "Grade", "Gr."
  credits,    // "Units", "Credits", "Cr.", "Credit Units", "Qtr Hrs"
  max_marks,  // "Max. Marks", "Max."
  min_marks,  // "Min."
  marks,      // "Marks Obtained", "Obtained"
  points,     // "Grade Point", "Points", "Grade Pts" (not kept)
  score,      // "Score" (not kept)
  serial,     // "S/N", "S.No." (not kept)
  remark,     // "Re-Exam", "Remarks" (not kept)
  dept,       // "Dept": the first half of a split course code
  number,     // "No." after "Dept": the second half
};
std::string_view role_name(ColumnRole role);

struct HeaderCell {
  ColumnRole role;
  Box box;           // union of the header words
  std::string text;  // as printed
};

struct TableHeader {
  std::vector<HeaderCell> cells;  // left to right
  double x0 = 0, x1 = 0;          // extent of the cells
  const HeaderCell* find(ColumnRole role) const;
  bool has(ColumnRole role) const { return find(role) != nullptr; }
};

// True when `word` (lower-case letters) is `wanted`, or one OCR error from it when both have at
// least four letters ("unlts" for "units", "tota" for "total").
bool fuzzy_word_match(const std::string& word, const std::string& wanted);

// The tables whose header is `row`, left to right (two for two tables side by side); empty when
// the row is not a header. Tolerates one OCR error per header word.
std::vector<TableHeader> parse_header_row(const TableRow& row);

}  // namespace cc
