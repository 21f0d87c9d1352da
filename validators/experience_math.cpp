#include "validators/experience_math.h"

#include <algorithm>
#include <utility>

namespace cc {

DayRange window_ending(CivilDate as_of, int years) {
  return {day_number(years_before(as_of, years)), day_number(as_of)};
}

double fte_of(double hours_per_week, double full_time_hours_per_week) {
  if (full_time_hours_per_week <= 0 || hours_per_week <= 0) return 0;
  return hours_per_week / full_time_hours_per_week;
}

double capped_fte_days(const std::vector<WorkSpan>& spans, DayRange window) {
  if (window.empty()) return 0;
  // Sweep over the days where the total FTE changes: +fte on the first day, -fte after the last.
  std::vector<std::pair<int, double>> changes;
  for (const auto& span : spans) {
    const int first = std::max(span.first_day, window.first);
    const int last = std::min(span.last_day, window.last);
    if (last < first || span.fte <= 0) continue;
    changes.emplace_back(first, span.fte);
    changes.emplace_back(last + 1, -span.fte);
  }
  std::sort(changes.begin(), changes.end());
  double total = 0, current = 0;
  for (size_t i = 0; i < changes.size(); ++i) {
    current += changes[i].second;
    if (i + 1 == changes.size()) break;
    const int days = changes[i + 1].first - changes[i].first;
    if (days > 0 && current > 1e-12) total += std::min(1.0, current) * days;
  }
  return total;
}

double fte_months(const std::vector<WorkSpan>& spans, DayRange window, double month_days) {
  if (month_days <= 0) return 0;
  return capped_fte_days(spans, window) / month_days;
}

bool spans_overlap(const WorkSpan& a, const WorkSpan& b) {
  return a.first_day <= b.last_day && b.first_day <= a.last_day;
}

}  // namespace cc
