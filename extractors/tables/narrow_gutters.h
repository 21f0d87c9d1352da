// Columns set closer than a gutter: in a table with no header found, two columns of values printed
// a little more than a word space apart (`2  74`: credits and a score; `A  5`: a grade and its
// points; `1  BMLT 101`: a serial number and a code) leave a narrow white run that every row
// keeps clear. Such a run is a column boundary when the words on both sides of it are values
// (numbers, grades, codes) on eight rows in ten: words of a title never keep one clear on every row.
#pragma once

#include <utility>
#include <vector>

#include "extractors/tables/table_rows.h"

namespace cc {

// `spans` (x ranges of columns, left to right) with each span cut at its narrow gutters, as read
// over `rows` (the rows that cut into cells); `word_space` is the page's usual gap between words.
std::vector<std::pair<double, double>> split_at_narrow_gutters(const std::vector<std::pair<double, double>>& spans,
                                                               const std::vector<const TableRow*>& rows, double word_space);

}  // namespace cc
