// Loading a ruleset directory (rules/<id>/ruleset.yaml and the files it names) into a Ruleset.
// Everything is checked on load — unknown keys, wrong types, unknown criterion kinds, fields,
// areas, levels, categories and flag codes, bad regexes, missing required keys, duplicate ids,
// references to routes or credentials that do not exist and circular references — and the first
// problem is returned as an Error naming file and line ("<dir>/ascpi.yaml:42: route MLS-2: ...").
// yaml-cpp and std::regex exceptions stop here: past this point a Ruleset is always valid.
#pragma once

#include <string>

#include "core/expected.h"
#include "validators/ruleset.h"

namespace cc {

constexpr const char* kRulesetFile = "ruleset.yaml";

// `dir` as given is used in messages ("rules/boards-2026.12/ascpi.yaml:42: ...").
Expected<Ruleset> load_ruleset(const std::string& dir);

}  // namespace cc
