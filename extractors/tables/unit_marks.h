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

// Rows that carry a mark but no credits, printed under a row that carries the credits, are parts of
// it (S116): a teaching unit (credits, its mark) over the modules it is made of (a weight and a mark
// each, no credits), whatever the labels say. The unit is the course; its parts are no records
// (their words stay in the reading's text). Told by arithmetic, not by words: the unit's mark, an average of its
// parts' marks, lies between the lowest and the highest mark printed on its parts' rows (a resit's
// mark included), on every unit whose marks are numbers (two at least), and half the units or more
// have parts (two at least). Credits given to a few rows only (a course with none earned) never
// stand over marks they average.
void fold_unit_parts(ReadTable& table);

}  // namespace cc
