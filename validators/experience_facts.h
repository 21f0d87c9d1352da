// The candidate's jobs read under one board's full-time hours and one window: FTE months and lab
// areas counted for certain (jobs read in full with good confidence) and at most (every missing or
// doubtful job read in the candidate's favour: the whole window at full time, any area). A check is
// met on the first, fails on the second, and is undecided in between — so no missing or misread
// letter can make a wrong `eligible`, nor a wrong `not_eligible`.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/facts.h"
#include "validators/experience_math.h"
#include "validators/ruleset.h"
#include "validators/validation_result.h"

namespace cc {

struct JobReading {
  const Job* job = nullptr;
  std::optional<int> first_day, last_day;  // day numbers; "to present" ends on the as-of date
  std::optional<double> fte;               // hours / full-time; 1.0 for "full-time" without hours
  bool confident = false;
  bool future = false;                     // starts or ends after the as-of date: cannot be true
  bool complete() const { return first_day && last_day && fte && *last_day >= *first_day && !future; }
  std::string label() const;               // "St. Luke's Medical Center (letter.pdf)"
};

JobReading read_job(const Job& job, double full_time_hours, CivilDate as_of, double threshold);

// Days of jobs read in full (whatever their confidence), for flags and the summary.
std::vector<std::pair<const Job*, WorkSpan>> readable_spans(const CandidateFacts& facts, double full_time_hours,
                                                            CivilDate as_of);

// Whether the documents say anything about experience: a job read or an employment letter sent.
bool experience_documented(const CandidateFacts& facts);

struct ExperienceBounds {
  DayRange window;
  double certain_months = 0;
  double possible_months = 0;  // +infinity when nothing bounds it (no letter, unknown start, ...)
  std::set<std::string> certain_areas;
  std::set<std::string> possible_areas;
  bool any_area_possible = false;
  std::vector<Doubt> month_doubts, area_doubts;
  std::vector<Evidence> evidence;  // of the jobs counted for certain
};

constexpr const char* kExperienceLettersFact = "experience_letters";

ExperienceBounds experience_bounds(const CandidateFacts& facts, const Ruleset& rules, double full_time_hours,
                                   std::optional<int> within_years, CivilDate as_of);

// dossier.md's experience_summary: every job read in full, 40 h/week basis.
ExperienceSummary experience_summary(const CandidateFacts& facts, CivilDate as_of, double month_days);

}  // namespace cc
