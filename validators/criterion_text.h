// Criteria in words, for check details ("assumed by the ruleset: within_years = 10") and the
// `credcheck rules` listing: each parameter of a criterion as written in the ruleset.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "validators/criteria.h"

namespace cc {

// (name, value) of every parameter the criterion has, in the order of criterion_param_names.
std::vector<std::pair<std::string, std::string>> criterion_params_text(const Criterion& criterion);

// The value of one parameter, "" when the criterion does not have it.
std::string param_value_text(const Criterion& criterion, const std::string& name);

}  // namespace cc
