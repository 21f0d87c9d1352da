// required_literals (core/regex_literals.h): the literals read from a pattern, and the promise the
// gate makes: a text the regex matches always passes the gate.
#include "core/regex_literals.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace cc {
namespace {

std::vector<std::string> literals(const std::string& pattern) {
  const auto l = required_literals(pattern);
  return l ? *l : std::vector<std::string>{"<none>"};
}

using V = std::vector<std::string>;

TEST(RequiredLiterals, ReadsTheFixedTextEveryMatchHolds) {
  EXPECT_EQ(literals("transcript"), V{"transcript"});
  EXPECT_EQ(literals("statement of (marks|grades)"), (V{"statement of grades", "statement of marks"}));
  EXPECT_EQ(literals("marks? sheet|marksheet"), (V{"mark sheet", "marks sheet", "marksheet"}));
  EXPECT_EQ(literals(R"((?:^|[^a-z0-9_])term(?![a-z0-9_]))"), V{"term"});
  EXPECT_EQ(literals(R"(\b(c?gpa|gwa)\b)"), (V{"cgpa", "gpa", "gwa"}));
  // The longest piece of a sequence is required, not every piece.
  EXPECT_EQ(literals(R"(r.{1,2}cord de notas)"), V{"cord de notas"});
  EXPECT_EQ(literals(R"(\bcr\.|\bqtr\b)"), (V{"cr.", "qtr"}));
  EXPECT_EQ(literals(R"(\n\s*vu (le|la))"), (V{"vu la", "vu le"}));
  EXPECT_EQ(literals(R"((ab)+c)"), V{"ab"});
  EXPECT_EQ(literals("caf\xc3\xa9"), V{"caf\xc3\xa9"});
}

TEST(RequiredLiterals, GivesNoneWhereAMatchNeedsNoFixedText) {
  for (const char* p : {R"(\d+)", "a?", "a*b?", "(a|\\d)", "[abc]x?", "(x|)", ".", "", R"(\1a)", "(?<=a)b", "a{0,3}"})
    EXPECT_FALSE(required_literals(p).has_value()) << p;
}

TEST(RequiredLiterals, EveryTextTheRegexMatchesPassesTheGate) {
  const std::vector<std::string> patterns = {
      "statement of (marks|grades)|marks? (memorandum|sheet)", R"((?:^|[^a-z])term(?![a-z]))",
      R"(\bfrom\s+[^\n]{3,25}?\s+(to|until)\s+(date|present|[^\n]{0,20}?(19|20)\d\d))",
      R"(in the year (of our lord )?(one|two) thousand)", R"((placed|passed) in (the )?(first|second) (class|division))",
      R"(t.{1,2}tulo profesional|(confiere|otorga)[^\n]{0,30}t.{1,2}tulo)", R"(a+b{2,}c?)", R"(x(y|z)*w)"};
  const std::vector<std::string> texts = {
      "statement of marks", "mark memorandum", "marks sheet", "the term", "terms", "term", "from 1 may 2019 to present",
      "from march 2018 until 2020", "in the year two thousand", "in the year of our lord one thousand",
      "passed in first division", "placed in the second class", "título profesional", "otorga el título",
      "aabb", "abbbc", "xw", "xyzyw", "nothing here", ""};
  int matches = 0;
  for (const std::string& p : patterns) {
    const std::regex re(p);
    const LiteralGate gate(p);
    ASSERT_TRUE(gate.literals().has_value()) << p;
    for (const std::string& t : texts) {
      if (!std::regex_search(t, re)) continue;
      ++matches;
      EXPECT_TRUE(gate.may_match(t)) << p << " on " << t;
    }
    EXPECT_FALSE(gate.may_match("nothing here")) << p;
  }
  EXPECT_GE(matches, 15);
}

TEST(LiteralGate, AnIcasePatternsLiteralsMatchInEitherCase) {
  const LiteralGate gate(R"(\bclinical\s+(chemistry|Biochemistry)\b)", true);
  ASSERT_TRUE(gate.literals().has_value());
  EXPECT_TRUE(gate.may_match("CLINICAL CHEMISTRY II"));
  EXPECT_TRUE(gate.may_match("Clinical Biochemistry"));
  EXPECT_FALSE(gate.may_match("Clinical Microbiology"));
  // Bytes beyond ASCII are folded by the locale, not here: no gate.
  EXPECT_FALSE(LiteralGate("qu\xc3\xadmica", true).literals().has_value());
  EXPECT_TRUE(LiteralGate("qu\xc3\xadmica", true).may_match("anything"));
  // The same pattern without icase compares bytes exactly.
  EXPECT_FALSE(LiteralGate("chemistry").may_match("CHEMISTRY"));
}

}  // namespace
}  // namespace cc
