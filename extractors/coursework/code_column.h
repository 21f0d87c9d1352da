// Whether a course row's code cell holds what its table's code column holds, for the row's
// confidence. A row with no valid course code is doubted (x0.7, coursework_courses.h) because a
// code that reads as none may be a misread one, or the row no course. That doubt is about a cell,
// and says nothing when the table itself prints no code: many schools number nothing, or number
// their courses with figures alone ("0100101", "410101") or a shape of their own ("047CHIGL1").
// So, per table of at least three rows:
//  * no row has anything in its code cell: the table prints no codes, and no row's code is missing;
//  * the code cells are single tokens of letters and figures (at least four characters, a figure
//    among them; a serial number 1, 2, 3 is no code) and most of them (four in five) share one
//    shape, the sequence of figure/letter runs: those sharing it are codes as printed.
// Anything else (a table where some rows print codes and one does not, a cell of another shape)
// keeps the doubt: a date or a signature line read as a row stands out by its cell.
#pragma once

#include <vector>

#include "extractors/coursework/coursework_rows.h"

namespace cc {

// Per row of `rows`, true when its code cell is what its table prints (none, or the usual shape).
std::vector<bool> code_cells_as_the_table_prints(const std::vector<RawCourseRow>& rows);

}  // namespace cc
