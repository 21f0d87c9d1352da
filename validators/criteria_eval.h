// Judging routes: each criterion kind (criteria.h) becomes one or more checks, each met, not met
// or undecided with a detail and the evidence it rests on; a route is met when all its criteria
// are. Checks are decided only on facts read with good confidence (see experience_facts.h for the
// certain / possible bounds); anything else leaves them undecided with the doubts that explain why.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/facts.h"
#include "validators/civil_date.h"
#include "validators/fact_readings.h"
#include "validators/ruleset.h"
#include "validators/validation_result.h"

namespace cc {

struct EvaluationContext {
  const CandidateFacts& facts;
  const Ruleset& rules;
  const Board& board;
  CivilDate as_of;
  const DegreeReading& degree;
  const CourseworkReading& coursework;
  // The evaluation of another credential of the same board (for meets_credential).
  std::function<const Evaluation&(const std::string& credential)> credential;
};

struct CriterionResult {
  Outcome outcome = Outcome::undecided;
  std::vector<CheckResult> checks;
  bool assumed = false;  // the outcome rests on a parameter marked assumed
};

CriterionResult evaluate_criterion(const Criterion& criterion, const EvaluationContext& ctx);

// All criteria of `route` except those of `except_kinds` (alternative_of leaves windows out).
RouteResult evaluate_route(const Route& route, const EvaluationContext& ctx,
                           const std::vector<CriterionKind>& except_kinds = {});

}  // namespace cc
