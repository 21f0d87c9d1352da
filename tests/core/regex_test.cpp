// cc::Regex (core/regex.h) must match exactly as std::regex does: same tables for every
// byte, same matches for the kinds of pattern the extractors use (case-insensitive, word
// boundaries, classes, UTF-8).
#include "core/regex.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cc {
namespace {

TEST(FastRegexTraits, TablesAgreeWithTheStandardTraitsForEveryByte) {
  const std::regex_traits<char> standard;
  const FastRegexTraits fast;
  for (const char* name : {"w", "d", "s", "alpha", "upper", "alnum", "punct"}) {
    const std::string n = name;
    const auto std_class = standard.lookup_classname(n.begin(), n.end());
    const auto fast_class = fast.lookup_classname(n.begin(), n.end());
    EXPECT_TRUE(std_class == fast_class) << name;
    for (int i = 0; i < 256; ++i) {
      const char c = static_cast<char>(i);
      EXPECT_EQ(standard.isctype(c, std_class), fast.isctype(c, fast_class)) << name << " byte " << i;
    }
  }
  for (int i = 0; i < 256; ++i) {
    const char c = static_cast<char>(i);
    EXPECT_EQ(standard.translate_nocase(c), fast.translate_nocase(c)) << "byte " << i;
  }
}

std::vector<std::string> all_matches(const std::string& subject, const std::regex& re) {
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(subject.begin(), subject.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(std::to_string(it->position(0)) + ":" + it->str(0));
  return out;
}

std::vector<std::string> all_matches(const std::string& subject, const Regex& re) {
  std::vector<std::string> out;
  for (auto it = SRegexIterator(subject.begin(), subject.end(), re); it != SRegexIterator(); ++it)
    out.push_back(std::to_string(it->position(0)) + ":" + it->str(0));
  return out;
}

TEST(FastRegex, FindsWhatStdRegexFinds) {
  const std::vector<std::string> patterns = {
      R"(\bsemester\s+([ivx]+|\d{1,2})\b)",
      R"(\b(19|20)(\d{2})\s*[-/]\s*((19|20)?(\d{2}))\b)",
      R"(bachelor\s+of\s+science\s+in\s+([a-z ]+))",
      R"(\bmed\b|\bmt\b|_x_|\w+ón\b)",
      R"([[:upper:]][[:alpha:]]+\s\d+\.\d)",
      R"(^\s*(the\s+)?(degree\s+of\s+)?$)",
  };
  const std::vector<std::string> subjects = {
      "FIRST SEMESTER 2019-2020  Semester II  semester 12 SEMESTERS 3",
      "Bachelor of Science in Medical Technology, BACHELOR OF SCIENCE IN MLS",
      "Universidad Autónoma ón med MED Med_x_ mt. MT-1 __x__ _X_",
      "Chemistry 3.0  HEMATOLOGY 4.5 Ñandú 1.0",
      "  The Degree of  ",
      "",
  };
  for (const auto& p : patterns) {
    for (const auto flags : {std::regex::ECMAScript, std::regex::ECMAScript | std::regex::icase}) {
      const std::regex standard(p, flags);
      const Regex fast(p, flags);
      for (const auto& s : subjects) EXPECT_EQ(all_matches(s, standard), all_matches(s, fast)) << p << " on " << s;
    }
  }
}

TEST(FastRegex, ReplaceAndSearchWorkWithTheFastTraits) {
  const Regex joined(R"(([a-z])-(in|of|and)\b)", Regex::icase);
  EXPECT_EQ(std::regex_replace(std::string("Science-In Medical-of"), joined, "$1 $2"), "Science In Medical of");
  std::smatch m;
  const std::string s = "Term II, A.Y. 2018-2019";
  ASSERT_TRUE(std::regex_search(s, m, Regex(R"(\bterm\s+([ivx]+)\b)", Regex::icase)));
  EXPECT_EQ(m[1].str(), "II");
}

}  // namespace
}  // namespace cc
