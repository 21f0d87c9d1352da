#include "extractors/coursework/carried_totals.h"

#include <cmath>

#include "extractors/tables/cell_types.h"

namespace cc {
namespace {

bool near(double a, double b) { return std::fabs(a - b) < 1e-6; }

// True when `value` is `sum` less at most two of `parts` (the courses not counted).
bool sum_less_two(double value, double sum, const std::vector<double>& parts) {
  if (near(value, sum)) return true;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (near(value, sum - parts[i])) return true;
    for (size_t j = i + 1; j < parts.size(); ++j)
      if (near(value, sum - parts[i] - parts[j])) return true;
  }
  return false;
}

}  // namespace

void drop_carried_totals(std::vector<RawCourseRow>& rows) {
  size_t identified = 0;
  for (const auto& r : rows) identified += !r.code.empty() || !r.grade.empty();
  if (identified * 10 < rows.size() * 7) return;
  std::vector<RawCourseRow> kept;
  std::vector<double> parts;  // credits of the courses kept so far
  double sum = 0;
  for (auto& r : rows) {
    const auto credits = credit_value(r.credits);
    const bool bare = r.code.empty() && r.grade.empty();
    if (bare && credits && parts.size() >= 5 && *credits > 0 && sum_less_two(*credits, sum, parts)) continue;
    if (credits) {
      parts.push_back(*credits);
      sum += *credits;
    }
    kept.push_back(std::move(r));
  }
  rows = std::move(kept);
}

}  // namespace cc
