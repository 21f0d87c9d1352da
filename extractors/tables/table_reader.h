// The general table reader: pages of word boxes in, tables out, knowing no layout. Per page:
// words turned upright, words off any line set aside (seals, stamps, text on its side), lines
// from box geometry (never the text layer's order), tables printed side by side cut apart at their
// gutter, header rows of one to three lines read with the header vocabulary (data), columns cut
// where the rows under the header leave white space, roles of unknown columns from content, and
// for a table with no header found at all, columns from alignment and roles from content. Section
// lines give the rows under them their term; summary lines (GPA, totals) are kept as typed rows.
// A table runs on over a page break (a page without its own header keeps the last columns).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/page_text.h"
#include "extractors/tables/cell_types.h"
#include "extractors/tables/header_vocabulary.h"

namespace cc {

struct TableCell {
  std::string text;                // words joined by spaces ("" when the row has nothing there)
  std::vector<const Word*> words;  // the page's own words (PageText::words)
  Box box;                         // union of the word boxes, page as displayed
  CellType type = CellType::empty;
};

struct TableColumn {
  ColumnRole role = ColumnRole::unknown;
  std::string label;         // header text as printed ("" when no header was found)
  bool role_from_header = false;
  double x0 = 0, x1 = 0;     // the column's range on the upright page (words go by their centre)
  bool hours_of_class = false;  // credits whose values the reader knows to be hours of class (measure_columns.h)
};

// The cells of a row by role, as a course table names them (dept + number make a code).
struct RowFields {
  std::string code, title, grade, credits, marks, points;
  bool outside_title = false;  // some word fell in a column other than the title's
};

struct TableRecord {
  std::vector<TableCell> cells;    // one per column of its table
  std::vector<const Word*> words;  // the row's words left to right, then any wrapped title lines
  Box box;
  size_t page = 0;                 // index into the pages given
  std::string term;                // the last section line above it in its block ("" when none)
  std::vector<double> order;       // reading order: page, section line position, block, row position
  RowFields fields;
  std::vector<std::string> title_lines;  // the title line by line as printed (wrapped lines too)
};

struct TableSummaryLine {
  std::string kind;                // line_kinds.h: gpa, total, cumulative, carried, page, end, note
  std::string text;
  std::vector<const Word*> words;
  Box box;
  size_t page = 0;
  std::string term;
  std::vector<std::string> roles;  // per word, the role of the column it stands under ("" none)
  std::vector<double> order;       // the same reading-order key as TableRecord::order
};

struct ReadTable {
  size_t block = 0;                // 0 for the left (or only) table of a page, 1 for the next...
  size_t first_page = 0, last_page = 0;
  bool header_printed = true;      // false: columns found from alignment and content alone
  std::string header_text;
  std::vector<TableColumn> columns;
  std::vector<TableRecord> rows;
  std::vector<TableSummaryLine> summaries;
};

struct SetAsideWord {
  const Word* word;
  size_t page;
};

// A line the reader did not take as a record, a section or a summary, with why: so a user can see
// why a row was missed.
struct SkippedLine {
  std::string text;
  std::vector<const Word*> words;
  Box box;
  size_t page = 0, block = 0;
  std::string reason;  // "no table above it" | "not a record of its table" | "summary line outside any table" |
                       // "a label or legend, not a record" | "an item listed under a course, not a record"
};

struct TableReading {
  std::vector<ReadTable> tables;
  std::vector<SkippedLine> skipped;
  std::vector<std::string> sections;   // section lines in reading order (as normalised)
  std::vector<SetAsideWord> set_aside; // words on no line (seal letters, text on its side)
  std::string text;                    // every line of every block, one per line
};

struct TableReaderOptions {
  // Repairs a line before it is tested as a section line and kept as a term (OCR damage).
  std::function<std::string(const std::string&)> normalise_section;
  // True for section lines (default: is_section_line of line_kinds.h).
  std::function<bool(const std::string&)> is_section;
  // True for rows that are records of the table (default: a code or title cell and a value cell,
  // by cell type). A row that is both a record with a code and a value and a section line is a record.
  std::function<bool(const RowFields&)> is_record;
  // True for records that cannot be section lines (default: a code cell and a number).
  std::function<bool(const RowFields&)> is_certain_record;
  // True for lines that state totals although the summary vocabulary does not know them
  // ("Semester Credit Hours: 17"); tested on lines that are not records.
  std::function<bool(const std::vector<std::string>& words)> states_totals;
};

// Reads the tables of consecutive pages of one document (a transcript, say).
TableReading read_tables(const std::vector<const PageText*>& pages, const TableReaderOptions& options = {});

}  // namespace cc
