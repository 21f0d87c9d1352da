// Course categories from the ruleset's title patterns (course_categories.yaml): each pattern an
// ECMAScript regex searched case-insensitively in the title, the first match wins, so specific
// patterns ("Clinical Chemistry" -> mls_professional) must come before general ones ("Chemistry"
// -> chemistry). A title no pattern matches is `other`. Patterns are compiled once per process.
// A pattern matches the title as printed or folded to plain ASCII (fold_latin: "Química" is "quimica").
#pragma once

#include <string>
#include <vector>

#include "extractors/coursework/coursework.h"
#include "core/regex.h"
#include "core/regex_literals.h"

namespace cc {

class CourseCategorizer {
 public:
  // A pattern that does not compile is skipped (listed in `rejected()`), never thrown.
  explicit CourseCategorizer(const std::vector<CoursePattern>& patterns);

  std::string category_of(const std::string& title) const;
  // Every category the patterns name, plus "other".
  const std::vector<std::string>& categories() const { return categories_; }
  const std::vector<std::string>& rejected() const { return rejected_; }

 private:
  struct Compiled {
    const Regex* regex;  // icase_regex's, kept for the process
    LiteralGate gate;    // a title holding none of its literals is not searched (speed only)
    std::string category;
  };
  std::vector<Compiled> compiled_;
  std::vector<std::string> categories_;
  std::vector<std::string> rejected_;
};

}  // namespace cc
