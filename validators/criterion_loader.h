// Part of the rules loader (rules_loader.h): reading the criteria of a route in the fixed
// vocabulary of criteria.h — each kind's parameters checked for type and range, fields, areas,
// levels and categories resolved against the ruleset's definitions ("core", "mls" expanded).
// Internal to validators/.
#pragma once

#include <yaml-cpp/yaml.h>

#include <vector>

#include "core/expected.h"
#include "validators/ruleset.h"
#include "validators/yaml_reader.h"

namespace cc {

// A non-empty list of criteria; `at` names the route for messages. Needs rules.definitions and
// rules.course_categories loaded.
Expected<std::vector<Criterion>> load_criteria(const YAML::Node& list, const YamlContext& at, const Ruleset& rules);

}  // namespace cc
