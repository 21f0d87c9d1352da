// Printed totals choose between readings of a table's number columns. When the roles came from
// content (no header any vocabulary knows), two columns of small whole numbers can both look like
// credits (`Sem. 1 2` beside `SCT 8 6 10`); a transcript checks itself: the credits are the column
// whose values add up to a number printed on the lines between or under the records (a term's
// total, the total earned: the rows since the last total, or every row above; one row may be left
// out, a failed course earns nothing). When the column read as the credits adds up to no printed
// number and exactly one other candidate does, that one is the credits. Candidates: columns whose
// role the content gave, numbers on eight filled cells in ten, whole or half values of 0.5 to 60.
#pragma once

#include <optional>
#include <vector>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_reader.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// `rows`: the block's rows from the first row under the header; `by_content[k]`: column k's role
// was told by its cells. Changes `layout`'s credits column when the printed totals say so.
void prefer_credits_that_add_up(ColumnLayout& layout, const std::vector<const TableRow*>& rows, const std::vector<bool>& by_content,
                                const TableReaderOptions& options);

// A table found from alignment with no column read as credits (values of many sizes: 3 to 27
// credits of an Italian or Spanish record take more values than credits usually do): of the
// `candidates` (columns of `cells`, top to bottom over the table's rows), the one whose numbers
// (whole or half, 0.5-60, on eight filled cells in ten, four at least) add up to a number of
// `printed` (the numbers of the lines outside the table's rows: `Totale CFU acquisiti: 180`),
// one value perhaps left out (a failed course earns nothing); nullopt unless exactly one does.
std::optional<size_t> column_adding_up_to(const std::vector<std::vector<std::string>>& cells, const std::vector<size_t>& candidates,
                                          const std::vector<double>& printed);

// The numbers a line prints ("300", "5,38", "18.0"), words that are numbers with a label glued
// to them left aside.
std::vector<double> numbers_on(const TableRow& row);

}  // namespace cc
