#include "extractors/coursework/coursework_categories.h"

#include <algorithm>

#include "extractors/text_utils.h"
#include "core/regex.h"
#include "core/text.h"

namespace cc {

CourseCategorizer::CourseCategorizer(const std::vector<CoursePattern>& patterns) {
  for (const auto& p : patterns) {
    try {
      compiled_.push_back({&icase_regex(p.regex), LiteralGate(p.regex, true), p.category});  // compiled once per process
    } catch (const std::regex_error&) {
      rejected_.push_back(p.regex);
      continue;
    }
    if (std::find(categories_.begin(), categories_.end(), p.category) == categories_.end())
      categories_.push_back(p.category);
  }
  if (std::find(categories_.begin(), categories_.end(), "other") == categories_.end()) categories_.push_back("other");
}

std::string CourseCategorizer::category_of(const std::string& title) const {
  // Each pattern is tried on the title as printed and folded to plain ASCII ("QUÍMICA GENERAL" is
  // "quimica general"), so the ruleset's patterns need no accented letters, which ECMAScript's
  // case-insensitive matching of UTF-8 bytes would not fold.
  const std::string folded = fold_latin(title);
  for (const Compiled& c : compiled_)
    if ((c.gate.may_match(title) && std::regex_search(title, *c.regex)) || (c.gate.may_match(folded) && std::regex_search(folded, *c.regex)))
      return c.category;
  return "other";
}

}  // namespace cc
