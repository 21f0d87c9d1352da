// The extract stage of the candidate flow (candidate_flow.h): the facts of one candidate
// (classification, identity, degree, and coursework read with the ruleset's course categories,
// experience). A pure function of the documents, the ruleset and the as-of date.
#pragma once

#include <string>
#include <vector>

#include "core/facts.h"
#include "core/page_text.h"
#include "validators/ruleset.h"

namespace cc {

CandidateFacts extract_facts(const std::string& candidate_id, const std::vector<DocumentText>& documents,
                             const Ruleset& rules, const std::string& as_of);

}  // namespace cc
