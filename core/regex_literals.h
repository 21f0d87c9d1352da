// required_literals: the literal strings one of which every match of a regex must contain, read
// from the pattern itself, so that a search can be skipped on a text holding none of them.
//
// Why: std::regex tries its whole automaton at every position of the subject, even for a pattern
// that can only match where a fixed word occurs ("statement of (marks|grades)" needs
// "statement of marks" or "statement of grades"). Looking those words up with string::find first
// costs a fraction of a search, and most patterns are absent from most pages. The answer is
// derived from the pattern (no list to keep beside it), and it is conservative: a pattern the
// reader does not fully understand, or one that can match without any fixed text (`\d+`, `a?`),
// gets no literals, and then every text may match. So `may_match` false means the regex cannot
// match; true means "search it". The literals are compared byte for byte (or, for an icase
// pattern, ASCII letters in either case).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

// The literals one of which every match of `pattern` (ECMAScript syntax) contains; nullopt when
// the pattern gives no such set (or uses syntax the reader does not know).
std::optional<std::vector<std::string>> required_literals(std::string_view pattern);

// A pattern's required literals, looked up in a text before the regex is searched. With
// `ignore_case` (a pattern compiled with icase) the literals are compared with ASCII letters in
// either case; a literal holding a byte beyond ASCII then gives no gate (the regex's case folding
// of such bytes is the locale's).
class LiteralGate {
 public:
  explicit LiteralGate(std::string_view pattern, bool ignore_case = false);
  // False only when no required literal occurs in `text` (so the pattern cannot match it).
  bool may_match(std::string_view text) const;
  const std::optional<std::vector<std::string>>& literals() const { return literals_; }

 private:
  std::optional<std::vector<std::string>> literals_;
  bool ignore_case_ = false;
};

}  // namespace cc
