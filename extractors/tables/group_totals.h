// Rows that total a group of courses are no courses. Module handbooks and European records print a
// tree: a module's row (its code, its name and the credits of the whole module, no grade, no date,
// nothing else), then the courses under it, each with its own credits and result; a module may
// hold modules in turn. Such a row reads like a course with credits. What tells it is arithmetic:
// the credits of the rows right under it that carry a result add up exactly to its own, over two
// rows or more; rows like it met on the way (the modules inside it) are passed over, not added.
// Those rows are taken out of their table and listed as skipped (S126).
#pragma once

#include "extractors/tables/table_reader.h"

namespace cc {

// Takes the group rows, as described above, out of `reading`'s tables.
void take_off_group_totals(TableReading& reading);

}  // namespace cc
