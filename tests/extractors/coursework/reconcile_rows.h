// Course rows and printed total lines built in code, for the reconciliation's unit tests
// (reconcile_test.cpp, reconcile_scopes_test.cpp): a row's term, reading order, credits, grade
// and printed points; a line's words read as printed_totals.h reads a summary line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/coursework/printed_totals.h"
#include "extractors/coursework/reconcile.h"

namespace cc::test {

// The words of `line`, split at spaces.
inline std::vector<std::string> words_of(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    if (end > start) out.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

inline RowFigures row(const std::string& term, double order, double credits, const std::string& grade,
                      std::optional<double> points = std::nullopt) {
  RowFigures r;
  r.term = term;
  r.order = {0, 0, 0, order};
  r.y = order;
  r.credits = credits;
  r.grade = grade;
  r.points = points;
  return r;
}

inline TotalsLine line(const std::string& term, double order, const std::string& text) {
  TotalsLine l;
  l.term = term;
  l.order = {0, 0, 0, order};
  l.y = order;
  l.statements = read_printed_totals(words_of(text));
  l.evidence.text = text;
  return l;
}

}  // namespace cc::test
