// What `credcheck rules` shows: the loaded ruleset's definitions, and per board and credential
// every route with its criteria, parameters, source and confidence — as text for people and as
// JSON for scripts. Both are renderings of the Ruleset; nothing is read from the files again.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "validators/ruleset.h"

namespace cc {

std::string rules_listing(const Ruleset& rules);
nlohmann::ordered_json rules_listing_json(const Ruleset& rules);

}  // namespace cc
