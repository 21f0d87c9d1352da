#include "validators/todos.h"

#include "validators/experience_facts.h"
#include "validators/text_util.h"

namespace cc {
namespace {

bool applies(const TodoRule& todo, const CandidateFacts& facts, const std::vector<Flag>& flags) {
  if (todo.when == "always") return true;
  if (todo.when == "foreign_education") return !facts.degree || facts.degree->country.value_or("") != kHomeCountry;
  if (todo.when == "has_experience") return experience_documented(facts);
  for (const auto& f : flags)
    if (f.code == todo.when) return true;
  return false;
}

std::string filled_in(std::string text, const CandidateFacts& facts) {
  const std::string placeholder = "{files}";
  const auto at = text.find(placeholder);
  if (at != std::string::npos) text.replace(at, placeholder.size(), join(facts.documents.unreadable));
  return text;
}

}  // namespace

std::vector<std::string> collect_todos(const CandidateFacts& facts, const Ruleset& rules, const std::vector<Flag>& flags) {
  std::vector<std::string> out;
  for (const auto& todo : rules.todos)
    if (applies(todo, facts, flags)) out.push_back(filled_in(todo.text, facts));
  return out;
}

}  // namespace cc
