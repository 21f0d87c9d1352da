// FTE arithmetic of criteria.md, kept free of facts and rules so it can be checked by hand:
// days worked (end date inclusive) x FTE / month length, overlapping jobs adding up but never
// above 1.0 FTE on any day, and windows [as-of - N calendar years, as-of].
#pragma once

#include <vector>

#include "validators/civil_date.h"

namespace cc {

// Inclusive range of day numbers (see civil_date.h).
struct DayRange {
  int first = 0, last = -1;
  bool empty() const { return last < first; }
  int length() const { return empty() ? 0 : last - first + 1; }
};

// One stretch of work at a constant FTE, both ends inclusive.
struct WorkSpan {
  int first_day = 0, last_day = -1;
  double fte = 0;
};

// [as_of - years calendar years, as_of], both ends counted.
DayRange window_ending(CivilDate as_of, int years);

// Part-time proration: hours per week / the board's full-time hours.
double fte_of(double hours_per_week, double full_time_hours_per_week);

// FTE-weighted days inside `window`: on each day the FTEs of the spans covering it add up, capped
// at 1.0.
double capped_fte_days(const std::vector<WorkSpan>& spans, DayRange window);

// capped_fte_days / month_days.
double fte_months(const std::vector<WorkSpan>& spans, DayRange window, double month_days);

// Whether two spans share at least one day.
bool spans_overlap(const WorkSpan& a, const WorkSpan& b);

}  // namespace cc
