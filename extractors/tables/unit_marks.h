// The mark of a course made of marked parts. A table of teaching units and the elements they are
// made of prints each element's mark in the column its header names the grade (`Note/20`) and the
// unit's own mark, the weighted average of its elements', in a column of its own (`Moyenne UE`);
// the unit is the course (it carries the credits) and its elements, with no credits, are no records.
// So the records' grade column is empty. Whatever the labels say: when the grade column is empty on
// eight records in ten (three at least) and one other column that is no code, title, credits or term
// holds a number with decimals (a mark of 0 to 20, an average) on eight of those rows in ten, that
// number is the record's grade (issue 15, round 13: a Malian relevé's units over their elements).
#pragma once

#include "extractors/tables/table_reader.h"

namespace cc {

// Gives the records of `table` with no grade the unit's mark described above, when the table is so.
void grade_from_unit_marks(ReadTable& table);

}  // namespace cc
