// A course table printed twice: a transcript and its translation in one PDF (each half the same
// courses, titles in two languages), or the same transcript sent twice (an original and a
// certified copy). Counted twice, every course would give its semester hours twice. The general
// sign: the same run of courses, credits and grades in the same order (and codes, where both
// print them). The copy whose titles are in English (ASCII) is kept; the other is dropped.
#pragma once

#include <cstddef>
#include <vector>

#include "core/facts.h"

namespace cc {

// True when `a` and `b` list the same courses in the same order: as many (five at least), each
// pair with the same credits and the same grade (case and spacing aside), the same code when both
// print one, and some credits or grades to compare on most of them.
bool same_course_run(const std::vector<const Course*>& a, const std::vector<const Course*>& b);

// Within one segment: when its courses are one run printed twice in a row (the second half
// repeating the first, starting on a later page), the indices of the half to drop; else empty.
std::vector<size_t> repeated_half(const std::vector<Course>& courses);

// True when `candidate` is better kept than `kept` (more of its titles in ASCII: the English copy).
bool prefer_copy(const std::vector<const Course*>& candidate, const std::vector<const Course*>& kept);

}  // namespace cc
