// Stages 3 and 4 for one candidate, on the coordinating thread once its documents are read:
// extract the facts (classification, identity, degree, coursework, experience) and judge them
// against the ruleset. A pure function of the documents, the ruleset and the as-of date.
#pragma once

#include <string>
#include <vector>

#include "core/facts.h"
#include "core/page_text.h"
#include "validators/ruleset.h"
#include "validators/validation_result.h"

namespace cc {

struct CandidateEvaluation {
  CandidateFacts facts;
  ValidationResult validation;
};

CandidateFacts extract_facts(const std::string& candidate_id, const std::vector<DocumentText>& documents,
                             const Ruleset& rules, const std::string& as_of);

CandidateEvaluation evaluate_candidate(const std::string& candidate_id, const std::vector<DocumentText>& documents,
                                       const Ruleset& rules, const std::string& as_of);

}  // namespace cc
