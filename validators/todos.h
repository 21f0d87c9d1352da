// The to-dos a dossier lists for the candidate (criteria.md, "What boards also want"): the texts
// and their conditions come from the ruleset's todos.yaml; this decides which apply.
#pragma once

#include <string>
#include <vector>

#include "core/facts.h"
#include "validators/ruleset.h"
#include "validators/validation_result.h"

namespace cc {

// Where no degree country is known, the education is taken as foreign (a foreign-trained
// candidate is what credcheck is for).
constexpr const char* kHomeCountry = "US";

std::vector<std::string> collect_todos(const CandidateFacts& facts, const Ruleset& rules, const std::vector<Flag>& flags);

}  // namespace cc
