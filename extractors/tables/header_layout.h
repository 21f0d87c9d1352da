// Where the columns of a header lie and what they hold, told by the rows printed under it: the
// rows that read as records place the gutters; a code column holding words is no code column; a
// serial column of codes is the code; a lone hours column of credit-sized values is the credits;
// roles the header left unknown come from content. Also whether a header found on a later page
// has every column of the table running on. Used by the block reader.
#pragma once

#include <vector>

#include "extractors/tables/table_blocks.h"
#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_reader.h"

namespace cc {

// Columns for `printed` from the rows under it (rows `from` up to the next header).
ColumnLayout layout_under(const TableHeader& printed, const std::vector<TableRow>& rows, const Headers& headers, size_t from,
                          const TableReaderOptions& options);

// True when `header` has every column of `carried` that a record is read from.
bool covers_columns(const TableHeader& header, const TableHeader& carried);

}  // namespace cc
