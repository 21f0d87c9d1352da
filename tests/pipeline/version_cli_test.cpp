// `credcheck --version`: credcheck's version (CMake's project VERSION), the default ruleset's id
// read from its ruleset.yaml at run time ($CREDCHECK_RULES too), and the Tesseract, Leptonica and
// Poppler versions, one line each, exit 0.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "tests/support/test_support.h"

namespace cc {
namespace {

std::string line_starting(const std::string& text, const std::string& prefix) {
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = text.find('\n', at);
    const std::string line = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (line.rfind(prefix, 0) == 0) return line;
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return "";
}

TEST(VersionCli, PrintsCredcheckRulesetAndLibraryVersions) {
  auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " --version");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(line_starting(r.output, "credcheck "), std::string("credcheck ") + CREDCHECK_PROJECT_VERSION) << r.output;
  EXPECT_TRUE(std::regex_match(line_starting(r.output, "tesseract "), std::regex(R"(tesseract \d+\.\d+(\.\d+)?\S*)"))) << r.output;
  EXPECT_TRUE(std::regex_match(line_starting(r.output, "leptonica "), std::regex(R"(leptonica \d+\.\d+(\.\d+)?)"))) << r.output;
  EXPECT_TRUE(std::regex_match(line_starting(r.output, "poppler "), std::regex(R"(poppler \d+\.\d+(\.\d+)?)"))) << r.output;
  // The ruleset line names the folder it read: its ruleset.yaml has that id.
  std::smatch m;
  const std::string ruleset = line_starting(r.output, "ruleset ");
  ASSERT_TRUE(std::regex_match(ruleset, m, std::regex(R"(ruleset ([A-Za-z0-9._-]+) \((.+)\))"))) << r.output;
  const std::string yaml = test::read_file(m[2].str() + "/ruleset.yaml");
  EXPECT_TRUE(std::regex_search(yaml, std::regex("(^|\\n)id: *" + std::regex_replace(m[1].str(), std::regex(R"([.])"), "\\.") + " *(\\n|$)")))
      << ruleset;
  EXPECT_NE(m[2].str().find("/rules/"), std::string::npos) << ruleset;
}

TEST(VersionCli, ReadsTheRulesetIdAtRunTime) {
  test::TempDir dir;
  std::ofstream(dir / "ruleset.yaml") << "# a test ruleset\nid: test-rules-2031.07\ntitle: x\n";
  auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " --version", {"CREDCHECK_RULES=" + dir.path()});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(line_starting(r.output, "ruleset "), "ruleset test-rules-2031.07 (" + dir.path() + ")") << r.output;
  // A folder without a readable ruleset still answers, and says so.
  r = test::run_command(test::shell_quote(test::credcheck_exe()) + " --version", {"CREDCHECK_RULES=" + dir / "missing"});
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(line_starting(r.output, "ruleset ").rfind("ruleset unknown (", 0), 0u) << r.output;
  EXPECT_NE(line_starting(r.output, "poppler "), "") << r.output;
}

TEST(VersionCli, IsListedInTheHelp) {
  auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " --help");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("--version"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace cc
