// Carried totals are no courses. A transcript that runs over several pages often ends each page
// with the credits counted so far and opens the next with them again ("carried forward" /
// "brought forward", "Pasan" / "Vienen", "Übertrag", "A reporter" / "Report"): a line set in the
// table's columns, a word or two in the title's place and the running sums under the credits (and
// the points). Read as a record it is a course of 93 credits. Whatever its words, its numbers say
// what it is: a row with no code and no grade whose credits are the sum of the credits of the rows
// above it (up to two rows left out of the count: a failed or repeated course earns nothing) is a
// running total, not a course (issue 15, round 13: a Panamanian record's page-foot totals).
#pragma once

#include <vector>

#include "extractors/coursework/coursework_rows.h"

namespace cc {

// Removes from `rows` (in reading order) the carried totals described above. Five rows at least
// must stand above a carried total, and seven rows in ten of the transcript have a code or a grade.
void drop_carried_totals(std::vector<RawCourseRow>& rows);

}  // namespace cc
