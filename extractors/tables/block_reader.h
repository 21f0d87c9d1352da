// One table block read row by row: a block is one side of a page of tables printed side by side,
// or the whole page. Headers start tables (columns from header_layout.h); other lines are records,
// wrapped title lines, lettered parts of a course, section lines (terms, nested under years),
// summary lines or skipped lines with why. `BlockState` is what a block carries from row to row
// and from page to page (the columns, the table being read, the term). Used by read_tables.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_reader.h"

namespace cc {

// What one table block (one side of a page of tables side by side, or the whole page) carries
// from row to row and from page to page.
struct BlockState {
  std::optional<ColumnLayout> layout;  // of the last header seen, kept for a page that continues the table
  int table = -1;                      // index in TableReading::tables of the table being read
  std::string term;
  std::string year_section;  // the last section line naming a year or more, for the parts printed under it
  int term_page = -1;
  double term_y = -1;
  int last_record = -1;  // index in the table's rows of the record just above, for wrapped titles
  double last_record_bottom = 0;
  int wrapped_lines = 0;  // title lines added to that record
  double last_line_centre = 0;  // centre of that record's last line (its own, or its title's last wrapped one)
  double title_pitch = 0;    // distance from the record's line to its first wrapped title line (0: none yet)
  // A section line the term words told was read: captions told by their shape alone are then off
  // (the document's captions speak a language the patterns know; caption_shapes.h).
  bool worded_sections = false;
  // The number a caption told by its shape opens with (`2.` of `2. INFORMACIJA APIE ...`), while it
  // is the term: a line numbered under it (`2.1 ...`) shows it heads a numbered section of a form.
  std::string caption_number;
  // The term a term column printed last, the first record it was given to and how many since.
  std::string column_term;
  int column_term_first = -1;
  int column_term_rows = 0;
  // Per column of the table, the last term cell printed in it (a year printed once over its rows).
  std::vector<std::string> term_cells;
  // The title-only line just read, for a record right under it with no title of its own (cells
  // centred on a title of two lines put the title's first line above the record's line).
  struct TitleLine {
    std::string text;
    std::vector<const Word*> words;  // the page's own words
    double bottom = 0;
    int appended_to = -1;            // the record it was taken to continue, if any...
    TableRecord before;              // ...and that record as it was before
    std::string grade;               // a course line's result (`3. Physics ... Distinction`), for its parts
  };
  std::optional<TitleLine> title_line;
  // A course line with no marks of its own (serial, name, result) just read, and the record made of
  // it once its first lettered part came (record_parts.h).
  std::optional<TitleLine> course_line;
  int course_of_parts = -1;
  // The title cell of the line just passed over as no record, for a record with no title whose
  // line reaches into it: a cell spanning two lines, centred between them.
  std::optional<TitleLine> spanning_title;
};

// Reads the rows of block `block` of page `page_index` (`upright`: the page's words turned
// upright, which `rows` point at) into `out`, carrying `state` on. `next_page`: the same block's
// rows on the next page (nullptr when none), evidence for the roles of a table found from
// alignment that starts with few rows at the foot of this page.
void read_block(TableReading& out, BlockState& state, const TableReaderOptions& options, const PageText& page,
                const std::vector<Word>& upright, size_t page_index, size_t block, const std::vector<TableRow>& rows,
                const std::vector<TableRow>* next_page = nullptr);

}  // namespace cc
