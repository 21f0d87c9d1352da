// The labels of a table whose header no vocabulary knows (a language nobody here has read, or the
// vocabulary ablated): columns were found from alignment and roles from content, but the line
// printed above the first record, aligned with the columns, is the header all the same (captions
// between them, words over one column, are passed over: a term, a group of courses). Its words
// (with a second line set tight over or under it, stacked top to bottom) are given to the columns they stand over, as
// labels: the consumer reads what they say (a credits column headed in hours, ECTS printed beside
// the credits), the roles stay what the content said. A line is such a header when it is set tight
// above the records (less than two lines apart), holds words over two columns or more (and half
// the columns at least), no number of three digits or more and no `Label:` colon (a field of the
// page's heading), words of two columns a gutter apart (wider than a word space: a heading running
// across the columns is no header), and is no section or summary line.
#pragma once

#include <vector>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_reader.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// Gives the header cells of `layout` the text printed above its first record in `rows` (rows
// before `first_record`); leaves them as they are when no line there reads as a header.
void label_from_line_above(ColumnLayout& layout, const std::vector<TableRow>& rows, size_t first_record,
                           const TableReaderOptions& options);

}  // namespace cc
