// Internal to validators/: one function per criterion kind (criteria_eval.cpp dispatches), and the
// small builders they share.
#pragma once

#include <string>
#include <vector>

#include "validators/criteria_eval.h"

namespace cc {

CriterionResult degree_checks(const Criterion& c, const DegreeParams& p, const EvaluationContext& ctx);
CriterionResult clinical_training_checks(const Criterion& c, const ClinicalTrainingParams& p, const EvaluationContext& ctx);
CriterionResult graduated_within_checks(const Criterion& c, const GraduatedWithinParams& p, const EvaluationContext& ctx);
CriterionResult coursework_checks(const Criterion& c, const CourseworkParams& p, const EvaluationContext& ctx);
CriterionResult experience_checks(const Criterion& c, const ExperienceParams& p, const EvaluationContext& ctx);

CheckResult make_check(const std::string& id, Outcome outcome, const std::string& detail,
                       std::vector<Evidence> evidence = {}, std::vector<Doubt> doubts = {});
// " [assumed: <why>]" when the ruleset marks definition `key` as assumed, else "".
std::string assumption_note(const Definitions& defs, const std::string& key);
// "read with confidence 0.62 (below 0.8)"
std::string confidence_text(double confidence, double threshold);
// The outcome of all checks together, as the criterion's outcome.
CriterionResult from_checks(std::vector<CheckResult> checks);

}  // namespace cc
