// Header rows of transcript tables ("Course Code | Descriptive Title | Final Grade | Units",
// "Paper Code | Paper Title | Max. Marks | Marks Obtained | Credits", "Code Title Grade Units" twice
// side by side...). The header words say what each column holds and where it is; a header whose
// roles repeat along the row is two (or more) tables printed side by side.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_rows.h"

namespace cc {

struct HeaderCell {
  ColumnRole role;
  Box box;           // union of the header words
  std::string text;  // as printed
  // A label printed in two languages one over the other: which of its lines is the English one
  // (0 upper, 1 lower; -1 one language). Rows under it may print their text the same way.
  int english_line = -1;
  // Sub-columns printed under one group label ("Units" over "Theo.  Prac."): the group's number,
  // the same for each of its sub-columns (-1: no group). table_groups.h.
  int group = -1;
  // The phrase that named the role is one of the English vocabulary (not `other_languages`).
  bool english = false;
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

// A header line right under another that reads on its own as the same header in another language
// (`No. | Module / Examination | Term | Attempt | Credits` under `Nr. | Modul / Prüfung | Semester |
// Versuch | LP`): as many tables and cells, each cell under the cell it translates. The pairs are
// one header: each cell the two labels, its role the one both name, the known one when one is
// unknown, the English one when they differ and the other is an abbreviation (S100). Empty when the
// lines do not pair so (S101, h1).
std::vector<TableHeader> paired_translation(const std::vector<TableHeader>& upper, const std::vector<TableHeader>& lower);

// The tables whose header is `row`, left to right (two for two tables side by side); empty when
// the row is not a header. Tolerates one OCR error per header word. Words the vocabulary does not
// know become cells of role `unknown` (their column's content decides), at most a third of them.
// With `course_may_be_title`, "Course" right after a code column in a header with no title column
// names the title ("Code | Course | CH | Mark"): for a header's first line only (a bilingual
// header's second line, "Code Course Credits" under "Kode Mata Kuliah SKS", stays its translation).
std::vector<TableHeader> parse_header_row(const TableRow& row, bool course_may_be_title = false, bool names_before_values = false);

// A header printed on two or three lines ("CREDIT" over "UNITS"): the words of `lines` (top to
// bottom) stacked where they overlap horizontally, each stack read top to bottom, the stacks left
// to right, then parsed as one header row. Empty unless every line below the first is made of
// vocabulary words only (so a title line above a header is not taken into it).
// With `vocabulary_only` false, lines below the first may hold unknown words (a group header's
// sub-columns, table_groups.h).
std::vector<TableHeader> parse_header_lines(const std::vector<const TableRow*>& lines, bool vocabulary_only = true);

// True when `key` (lower-case letters) is a word of some header phrase (one OCR error allowed).
bool is_vocabulary_word(const std::string& key);

}  // namespace cc
