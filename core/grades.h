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

// The figures of a mark printed with its name in words in brackets ("6 (έξι)", "7.2 (SIETE PUNTO
// DOS)", no digit in the brackets), or of a plain numeric mark; nullopt otherwise. Such marks show
// the scale a transcript marks on as plain ones do.
std::optional<double> mark_figures(const std::string& grade);

// Numeric failing marks are told by the document's own marks, never by a country's rule: a
// transcript whose numeric marks all lie between 1.0 and 3.0, with at least one below 2.0, except
// a few 5.0s (at most a quarter of them), is on a 1.0-5.0 scale where lower is better and 5.0
// fails (nothing passes between 3.0 and 5.0: the gap is the failure). A 2-5 scale where 5 is
// best ("5", "4", "3") has no mark below 2 and is not taken for one. `grades`: the marks of one
// transcript (words and letters are skipped).
bool five_fails_on_these_marks(const std::vector<std::string>& grades);

// A scale of numeric marks (the ruleset's `definitions.numeric_marks`): a transcript whose highest
// numeric mark lies above the next smaller scale's top and at most `top` is on this scale. Below
// `fails_below` a mark fails wherever the scale is used; from `passes_from` it passes wherever it
// is used; in between the pass mark differs from one country or school to another (a 0-100 scale
// passes at 40 in one, 75 in another), so the mark is doubtful unless the transcript prints its own.
struct MarkScale {
  double top = 0, fails_below = 0, passes_from = 0;
};

enum class MarkStatus { passed, failed, doubtful };

// Whether the numeric mark `mark` passes on its transcript, whose numeric marks are `marks`.
// Marks are judged only when the transcript's highest mark is above 5: scales up to 5 run either
// way (1.0 best and 5.0 failing, or 5 best), five_fails_on_these_marks tells those. Then a pass
// mark the transcript's own legend prints (`printed_pass_mark`: "pass mark 50", "minimum passing
// grade 60"; used when it lies between 0 and the highest mark) decides; else the scale the marks
// show among `scales` (ordered by top) with its bounds; no scale told (marks above the largest
// top): passed, since nothing says otherwise.
MarkStatus numeric_mark_status(double mark, const std::vector<double>& marks, const std::vector<MarkScale>& scales,
                               std::optional<double> printed_pass_mark);

// The scale `marks` show among `scales` (ordered by top): the first whose top is at or above the
// highest mark, when that mark is above 5.
std::optional<MarkScale> scale_of_marks(const std::vector<double>& marks, const std::vector<MarkScale>& scales);

}  // namespace cc
