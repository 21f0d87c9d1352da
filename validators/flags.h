// The findings of criteria.md raised as flags, each with its severity (ruleset flag_severity),
// a detail and the evidence it was seen in. Some depend on the evaluations: low_confidence and
// missing_experience_letter are raised only when that fact is what keeps a credential in review.
#pragma once

#include <vector>

#include "core/facts.h"
#include "validators/civil_date.h"
#include "validators/ruleset.h"
#include "validators/validation_result.h"

namespace cc {

std::vector<Flag> collect_flags(const CandidateFacts& facts, const Ruleset& rules, CivilDate as_of,
                                const std::vector<Evaluation>& evaluations);

// The name_mismatch flag alone (nullopt when all names agree).
std::optional<Flag> name_mismatch_flag(const IdentityFacts& identity, const Ruleset& rules);

}  // namespace cc
