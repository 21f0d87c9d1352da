// Column ranges of one table: the header says which columns there are and roughly where; the rows
// under it say where exactly, by the white gap they all leave between two columns (a long title
// runs far right of its header, a centred grade sits under the middle of its header). Words are
// then given to columns by their centre.
#pragma once

#include <vector>

#include "extractors/tables/table_header.h"
#include "extractors/tables/table_rows.h"

namespace cc {

struct Column {
  ColumnRole role;
  double x0, x1;  // a word whose centre lies in [x0, x1) belongs to this column
};

struct ColumnLayout {
  std::vector<Column> columns;  // left to right, adjacent, covering the whole line
  TableHeader header;
  std::vector<bool> from_content;  // per column: its role was told by its cells, not its header (empty: none)
  int hours_measure = -1;  // the credits column when its values are hours of class (measure_columns.h), or -1
};

// Column ranges for `header` given the rows printed under it (`body`, may be empty).
ColumnLayout layout_columns(const TableHeader& header, const std::vector<const TableRow*>& body);

// `layout` (cut half-way between the header's labels) with each cut moved to just before a left
// edge that half the `rows` with words between the two labels share, three rows at least, when one
// lies there: a column of text set flush left starts there, under a label centred over it.
ColumnLayout with_flush_left_cuts(ColumnLayout layout, const std::vector<const TableRow*>& rows);

// `header` with a cell of no text and role unknown for each column of values printed where the
// header has no label: between two labels, a band of ink that a third of `rows` share, touching
// neither label and standing half a word's height of white (and more than a word space) from the ink on
// either side.
TableHeader with_unlabelled_columns(const TableHeader& header, const std::vector<const TableRow*>& rows);

// The words of `row` in each column of `layout` (same order as layout.columns).
std::vector<std::vector<const Word*>> assign_columns(const TableRow& row, const ColumnLayout& layout);

// Coverage profile helper, exposed for tests: the x in [lo, hi] inside the widest run of least
// ink over `rows` (resolution 0.5 pt); lo..hi midpoint when hi <= lo.
double least_ink_cut(const std::vector<const TableRow*>& rows, double lo, double hi);

}  // namespace cc
