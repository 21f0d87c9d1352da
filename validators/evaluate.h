// The validator stage: a candidate's facts judged against a ruleset as of a date. For every board
// and credential: eligible when a route is met on facts read with good confidence, not_eligible
// when every route fails on such facts, needs_review otherwise (a decisive fact missing, unreadable
// or below the confidence threshold; or a document that could not be read at all). Never a wrong
// `eligible`: a check is met only on facts read in full with good confidence. Also the flags, the
// to-dos and the experience summary. See validators/README.md for the walk-through.
#pragma once

#include <string>

#include "core/facts.h"
#include "validators/civil_date.h"
#include "validators/ruleset.h"
#include "validators/validation_result.h"

namespace cc {

ValidationResult evaluate(const CandidateFacts& facts, const Ruleset& rules, CivilDate as_of);

// `as_of` is "YYYY-MM-DD" (the CLI checks it). An invalid date decides nothing: every evaluation
// is needs_review, saying why.
ValidationResult evaluate(const CandidateFacts& facts, const Ruleset& rules, const std::string& as_of);

}  // namespace cc
