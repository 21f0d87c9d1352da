// Every key a ruleset may hold, in which file, and what it means: the catalogue `credcheck rules
// --keys` prints. The loader (rules_loader.cpp and the loaders it calls) decides what is accepted;
// this is its description for people, and tests/validators/ruleset_keys_test.cpp checks the two
// against each other (every key the loader accepts in a shipped ruleset is here, nothing here is a
// key it refuses), so a key added to the loader without a line here fails the suite.
//
// Paths: `definitions.plausibility.max_credits_per_course` is a key inside maps; `[]` is an item of
// a list (`definitions.numeric_marks[].top`); `<...>` stands for keys that are names from a
// vocabulary (`semester_hours_per_credit.<credit system>`); `criteria[kind=degree].levels` is a
// parameter of one criterion kind and `criteria[].note` a key of every criterion.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cc {

struct RulesetKey {
  std::string file;     // "ruleset.yaml", "course_categories.yaml", "todos.yaml" or "board file"
  std::string path;     // as above
  std::string meaning;  // one or two sentences
};

const std::vector<RulesetKey>& ruleset_keys();

// The catalogue as text (file by file, one key a line with its meaning) and as JSON.
std::string ruleset_keys_listing();
nlohmann::ordered_json ruleset_keys_json();

}  // namespace cc
