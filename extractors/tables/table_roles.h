// Column roles told by content, for columns whose header is missing or says nothing known, and
// the columns of a table printed without any header row found from alignment alone. Each rule
// is a property of tables of courses in general, not of one layout: a column mostly of course
// codes is the code; the textual column with the longest cells is the title (of those whose
// cells differ from row to row: words that repeat are a result, not course names); letters with +/-
// or P/F/INC/W are grades; consecutive integers from the left are serial numbers; a column of one
// value is the maximum marks; integers up to 100 or more that vary are marks; two-decimal values
// between 1 and 5 are a grade scale when no letter grades are printed; of the columns of small
// numbers (30 at most), the leftmost one with few distinct values is credits and the others
// points.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/tables/table_header.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// Roles for the columns whose `roles[i]` is unknown, from `cells[i]` (the column's cell texts, top
// to bottom, "" where the row has nothing in that column). Known roles are kept and not given twice
// (title, credits, grade, code).
// With `unique` false every column gets the role its content says, repeats allowed (to see tables
// printed side by side).
std::vector<ColumnRole> roles_from_content(const std::vector<std::vector<std::string>>& cells, std::vector<ColumnRole> roles,
                                           bool unique = true);

// True when a column of codes is shared by courses of different titles: over five coded rows or
// more, three in ten stand beside a title that another row of the same code does not have. A
// course's code names that course alone (taken again, it comes back with its title); a code beside
// many titles names something else: a subject sector (Italian SSD `MED/45`), a department.
bool repeats_codes(const std::vector<std::string>& codes, const std::vector<std::string>& titles);

// A row's words cut into cells at gaps wider than a word space: the page's most common gap between
// words (`word_space`) decides (monospace pages leave one character between words, two or more
// between cells).
std::vector<std::vector<const Word*>> chunks_of(const TableRow& row, double word_space);

// A header made from the rows alone, when none is printed or none is recognised: columns where the
// rows cut into three cells or more leave a white gutter (ink in at most a tenth of them), roles
// from content; nullopt unless it reads as a table of courses (a code or title column and a
// credits, grade or marks column) over three rows or more. When the page holds fewer than eight
// rows of the table's shape, the rows of `next_page` (the same block of the next page, where the
// table runs on) that fall in the same columns are read with them for the roles (S117).
std::optional<TableHeader> infer_header(const std::vector<TableRow>& rows, const std::vector<TableRow>* next_page = nullptr);

// Gutters between tables printed side by side with no header: where the columns' content roles
// (repeats allowed), from the first names column (code or title), repeat as the same run of
// three roles or more with a value (credits, grade, marks) among them.
std::vector<double> repeated_table_cuts(const std::vector<TableRow>& rows);

}  // namespace cc
