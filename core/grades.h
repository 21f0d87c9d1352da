// Is a grade one of a list of grades (the ruleset's `definitions.failing_grades`)? The list is
// data, read once by the pipeline from the ruleset and handed to both sides: the extractors (a
// transcript's printed totals leave failed courses out, extractors/coursework/reconcile.cpp) and
// the validators (a failed course earns no semester hours, validators/fact_readings.cpp). Both
// compare with this one function, so "Ajourné", "AJOURNE" and " F " mean the same to both.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cc {

// True when `grade`, with case and Latin accents folded and spaces trimmed, equals an entry of
// `list` folded the same way. An entry in another script (no Latin letters: "незадовільно") is
// compared as written.
bool grade_in_list(const std::string& grade, const std::vector<std::string>& list);

// A mark printed as a number ("1.75", "72", "5,0"); empty for letters, words and anything else.
std::optional<double> numeric_mark(const std::string& grade);

// Numeric failing marks are told by the document's own marks, never by a country's rule: a
// transcript whose numeric marks all lie between 1.0 and 3.0, with at least one below 2.0, except
// a few 5.0s (at most a quarter of them), is on a 1.0-5.0 scale where lower is better and 5.0
// fails (nothing passes between 3.0 and 5.0: the gap is the failure). A 2-5 scale where 5 is
// best ("5", "4", "3") has no mark below 2 and is not taken for one. `grades`: the marks of one
// transcript (words and letters are skipped).
bool five_fails_on_these_marks(const std::vector<std::string>& grades);

}  // namespace cc
