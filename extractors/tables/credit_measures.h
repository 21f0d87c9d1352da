// Which column holds a course's credits when a header names its columns but not that: the header
// path's counterpart of the content rules of number_roles.h (S118, S119).
// - A column headed as points (`Points`) beside a grade column, in a table with no credits column,
//   whose whole numbers take a few values that do not follow the grade (`18 | 20 | 15 | 60`: the
//   same grade printed with 18 and 20, 18 printed with every grade) is the courses' size, the
//   credits: points a grade earns follow the grade.
// - Two columns of credits, one a constant multiple of the other on every row (`KP 4 | ECTS 6`, `Cr 3
//   | ECTS 6`: the same credit counted in two measures): the one headed ECTS, else the larger, is
//   the credits; the other is kept as printed (a remark). ECTS beside credits that it is no fixed
//   multiple of (`K | AKTS`, each course's ECTS weighed on its own) stays the second measure (S12).
// - Three neighbouring number columns no header word names (sub-columns under one spanning label,
//   `Credit Hours` over `Th | Pr | Total`), one of them taken as the credits, the last the sum of
//   the other two on every row (both parts above 0 on one row at least, the sum 30 or less): the
//   sum is the course's credits, the parts its hours of theory and practice (S127, k2).
#pragma once

#include <vector>

#include "extractors/tables/table_columns.h"
#include "extractors/tables/table_rows.h"

namespace cc {

// The rules above over the rows `body` under the header. True when `layout` changed.
bool sizes_in_points_are_credits(ColumnLayout& layout, const std::vector<const TableRow*>& body);
bool credits_in_constant_ratio(ColumnLayout& layout, const std::vector<const TableRow*>& body);
bool credits_summing_their_parts(ColumnLayout& layout, const std::vector<const TableRow*>& body);

}  // namespace cc
