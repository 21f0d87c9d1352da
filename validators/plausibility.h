// Facts that cannot be true are not facts (criteria.md, "Plausibility"; the ruleset's
// definitions.plausibility): semester hours over a course's, a term's or a program's possible load,
// credits outside the range of their credit system, a credits column that is really the row
// numbers or the grade column, rows that add up to a multiple of the total the transcript prints.
// Each finding is a reason in CourseworkReading::implausible: the coursework criteria are then
// undecided with it, never met. And a transcript whose rows do not add up to its own printed totals
// (extractors' reconciliation) makes its courses low confidence: decisions on them go to review.
#pragma once

#include "core/facts.h"
#include "validators/fact_readings.h"
#include "validators/ruleset.h"

namespace cc {

// Appends to `reading.implausible` every plausibility rule of `defs` that `coursework` breaks.
void check_plausibility(CourseworkReading& reading, const CourseworkFacts& coursework, const Definitions& defs);

// Courses of a transcript table whose printed totals disagree with its rows (`mismatch`) are read as
// low confidence; the reasons go to `reading.unreconciled`. Two exceptions, as no route rests on
// grades: a figure that the same printed line contradicts (the line also gives a total of the same
// measure the rows reconcile with, or prints the rows' credits exactly while the figure is too far
// from them to be their total) is set aside; and with every credit total reconciled, a grade
// total (GPA, grade points, marks) off leaves the semester hours confident.
void apply_reconciliation(CourseworkReading& reading, const CourseworkFacts& coursework, const Definitions& defs);

}  // namespace cc
