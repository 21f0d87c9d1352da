// A course table printed twice: a transcript and its translation in one PDF or in two (each copy
// the same courses, titles in two languages), or the same transcript sent twice (an original and a
// certified copy). Counted twice, every course would give its semester hours twice.
//
// The general sign is what survives translation: the same run of courses in the same order, each
// pair with the same credits (a figure one copy reads as its credits printed on the other copy's
// row, when the two copies' columns were read differently), the same code where both print one,
// the same term structure, and grades that are equal (a copy), or whose words map one to one (a
// translation: every "хуб" is a "good"); a long run of varied credits in order is enough on its own
// (one copy's grades misread). A few rows read in one copy only (a page number taken for a row, a
// wrapped title) do not break the match: the copies are aligned in order, one row to one row.
// The copy kept is the one that reads best: more titles that match the ruleset's course
// categories, then more titles in the reader's Latin script; the other copy's rows are dropped, and
// each kept course carries its twin's evidence with why it was dropped.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "core/facts.h"

namespace cc {

// Two copies of one list aligned row to row: `pairs` holds (index in a, index in b), ascending.
struct CopyAlignment {
  std::vector<std::pair<size_t, size_t>> pairs;
};

// The one-to-one alignment of `a` and `b` when they are one list printed twice (five rows matched
// at least, and at least 80% of each copy's rows matched); nullopt otherwise.
std::optional<CopyAlignment> align_copies(const std::vector<const Course*>& a, const std::vector<const Course*>& b);

// True when `a` and `b` list the same courses in the same order (align_copies finds them one list).
bool same_course_run(const std::vector<const Course*>& a, const std::vector<const Course*>& b);

// Within one segment: when its courses are one list printed twice in a row (the second copy
// starting on a page of its own), which rows to drop and which kept row each dropped row repeats.
struct RepeatedRows {
  std::vector<size_t> drop;                              // ascending
  std::vector<std::pair<size_t, size_t>> kept_for_dropped;  // (kept index, dropped index)
};
RepeatedRows repeated_half(const std::vector<Course>& courses);

// True when `candidate` is better kept than `kept`: more titles matched to a course category, then
// more titles in ASCII (the English copy).
bool prefer_copy(const std::vector<const Course*>& candidate, const std::vector<const Course*>& kept);

// Adds to `kept` the evidence of its `dropped` twin, its text saying why the row was not counted.
void note_dropped_twin(Course& kept, const Course& dropped);

}  // namespace cc
