// Semester hours per printed credit of each credit system ("semester" 1, "quarter" 2/3, "ects"
// 1/2, "marks" none): the ruleset's `definitions.semester_hours_per_credit`. Read once by the
// pipeline from the ruleset and handed to both sides, as the failing grades are (grades.h): the
// coursework extractor converts each course's credits with it (the dossier's per-course semester
// hours), the validators judge with it. One source of truth: the extractors hold no factor of
// their own, so editing the YAML changes both.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace cc {

// Credit system -> semester hours per credit; nullopt: the system earns no semester hours (marks).
// A system missing from the map has no known conversion either.
using CreditFactors = std::map<std::string, std::optional<double>>;

// The factor of `system`, if the map has one.
inline std::optional<double> credit_factor(const CreditFactors& factors, const std::string& system) {
  const auto it = factors.find(system);
  if (it == factors.end()) return std::nullopt;
  return it->second;
}

}  // namespace cc
