// A transcript checks itself: the totals it prints (printed_totals.h) against the course rows read
// from it. A term's printed credits must be the sum of that term's rows, a cumulative figure the
// sum of every row above it, grade points and a GPA what the rows' grades give on a known grade
// scale (within the printed rounding). One misread or missed row shows as a `mismatch`, which the
// validators treat as low confidence. Knows nothing of table geometry: any table reader that can
// say where its rows and its summary lines are in reading order can feed it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/facts.h"
#include "extractors/coursework/printed_totals.h"

namespace cc {

// A course row as the reconciliation sees it.
struct RowFigures {
  std::optional<double> credits;
  std::string grade;                // as read ("A-", "1.75", "72", "W")
  std::optional<double> points;     // grade points printed on the row, if a column holds them
  std::string term;
  std::vector<double> order;        // reading order (same key as the summary lines')
  int page_index = 0;               // page within the segment, and the row's top on it:
  double y = 0;                     // "above" for a total printed across tables side by side
};

// A summary line with the statements read from it.
struct TotalsLine {
  std::vector<PrintedStatement> statements;
  std::string term;                 // the term the table was in when the line was printed
  std::vector<double> order;
  int page_index = 0;
  double y = 0;
  Evidence evidence;
};

// Reconciles one transcript table. `rows` and `lines` in any order (sorted here). `failing_grades`:
// the ruleset's `definitions.failing_grades` (grades attempted without credit), the one list the
// validators count semester hours by too.
TableReconciliation reconcile_table(std::vector<RowFigures> rows, std::vector<TotalsLine> lines,
                                    const std::vector<std::string>& failing_grades);

// The grade point of `grade` on a common letter scale (exposed for tests): "US 4-point" (+/-),
// "4-point with half steps" (B+ 3.5), "4.3-point" (A+ 4.3), "Korean 4.5-point", "Nigerian 5-point"
// (A-F with E), "Saudi 5-point" (A 4.75, F 1), "Indian 10-point" (O, A+ ... P, F).
std::optional<double> grade_point_on(const std::string& scale, const std::string& grade);

}  // namespace cc
