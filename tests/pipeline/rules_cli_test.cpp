// `credcheck run --rules DIR` with a broken rules file: exit code 5, a message naming the file and
// the line, and nothing evaluated (no output folder, no dossier). Copies the shipped ruleset to a
// temporary folder and breaks one file at a time: a YAML syntax error, a negative threshold, an
// unknown key.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "tests/support/test_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

class BrokenRules : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(test::source_dir() + "/rules/boards-2026.12", rules_.path(), fs::copy_options::recursive);
    test::copy_file(test::fixtures_dir() + "/intake/text.pdf", input_ / "ph-0001/text.pdf");
  }

  // Replaces the first line of `file` that contains `find` with `replacement`; returns its number.
  int break_line(const std::string& file, const std::string& find, const std::string& replacement) {
    const std::string path = rules_ / file;
    std::string text = test::read_file(path);
    const size_t at = text.find(find);
    EXPECT_NE(at, std::string::npos) << find;
    const size_t start = text.rfind('\n', at) + 1, end = text.find('\n', at);
    text.replace(start, end - start, replacement);
    std::ofstream(path) << text;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(start), '\n'));
  }

  // Runs the batch and checks that it stopped before evaluating; returns the line the message names.
  int expect_refused(const std::string& file) {
    const std::string out = out_.path() + "/out";
    const auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " run " + test::shell_quote(input_.path()) +
                                     " --out " + test::shell_quote(out) + " --rules " + test::shell_quote(rules_.path()) +
                                     " --no-progress --as-of 2026-11-01");
    EXPECT_EQ(r.exit_code, 5) << r.output;
    EXPECT_FALSE(fs::exists(out + "/ph-0001/dossier.json")) << "a dossier was written";
    EXPECT_FALSE(fs::exists(out + "/summary.json")) << "the batch started";
    std::smatch m;
    const std::regex where(std::regex_replace(file, std::regex(R"([.])"), R"(\.)") + R"(:(\d+))");
    EXPECT_TRUE(std::regex_search(r.output, m, where)) << "the message does not name " << file << " and a line:\n" << r.output;
    return m.empty() ? 0 : std::stoi(m[1].str());
  }

  test::TempDir rules_, input_, out_;
};

TEST_F(BrokenRules, AYamlSyntaxErrorNamesTheFileAndLine) {
  const int line = break_line("ascpi.yaml", "kind: degree", "          - kind: [degree");
  const int named = expect_refused("ascpi.yaml");
  EXPECT_GE(named, line);
  EXPECT_LE(named, line + 1);  // a flow sequence left open is found on the next line
}

TEST_F(BrokenRules, ANegativeThresholdNamesTheFileAndLine) {
  const int line = break_line("ascpi.yaml", "min_fte_months: 36", "            min_fte_months: -36");
  EXPECT_EQ(expect_refused("ascpi.yaml"), line);
}

TEST_F(BrokenRules, AnUnknownKeyNamesTheFileAndLine) {
  const int line = break_line("amt.yaml", "min_fte_months: 12", "            min_fte_monthz: 12");
  const int named = expect_refused("amt.yaml");
  EXPECT_GE(named, line - 3);  // the criterion's first line or the key's own
  EXPECT_LE(named, line);
}

// The shipped default is boards-2026.12, whose unconfirmed ASCPi routes the listing marks; the
// previous ruleset still loads with --rules, and the dossiers of a run name the one they used.
TEST(ShippedRules, TheDefaultListsMls3AndMls5AsUnconfirmed) {
  const auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " rules", {"CREDCHECK_RULES="});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.rfind("Ruleset boards-2026.12:", 0), 0u) << r.output;
  EXPECT_NE(r.output.find("MLS-3  [unconfirmed]"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("MLS-5  [unconfirmed]"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("plausibility               course <= 15 SH, term <= 60 SH, total <= 300 SH"), std::string::npos);
}

// `credcheck rules --keys`: the catalogue of keys (validators/ruleset_keys.h), file by file, as
// text and JSON, without loading a ruleset.
TEST(ShippedRules, KeysListsEveryFileAndTheNewDefinitionKeys) {
  const auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " rules --keys", {"CREDCHECK_RULES=/nonexistent"});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  for (const char* needle : {"\nruleset.yaml\n", "\ncourse_categories.yaml\n", "\ntodos.yaml\n", "\nboard file\n",
                             "  definitions.numeric_marks[].fails_below\n", "  definitions.pass_mark_patterns\n",
                             "  definitions.semester_hours_per_credit.<credit system>\n", "  criteria[kind=experience].min_fte_months\n"})
    EXPECT_NE(r.output.find(needle), std::string::npos) << needle;
  const auto j = test::run_command(test::shell_quote(test::credcheck_exe()) + " rules --keys --json 2>/dev/null");
  ASSERT_EQ(j.exit_code, 0);
  const auto keys = nlohmann::json::parse(j.output);
  ASSERT_TRUE(keys.is_array());
  EXPECT_GE(keys.size(), 90u);
  EXPECT_EQ(keys[0]["file"], "ruleset.yaml");
  EXPECT_EQ(keys[0]["path"], "id");
}

TEST(ShippedRules, ADossierNamesTheRulesetItWasJudgedBy) {
  test::TempDir input, out;
  test::copy_file(test::fixtures_dir() + "/intake/text.pdf", input / "ph-0001/text.pdf");
  for (const char* id : {"boards-2026.11", "boards-2026.12"}) {
    const std::string dest = out.path() + "/" + id;
    const auto r = test::run_command(test::shell_quote(test::credcheck_exe()) + " run " + test::shell_quote(input.path()) +
                                     " --out " + test::shell_quote(dest) + " --rules " +
                                     test::shell_quote(test::source_dir() + "/rules/" + id) + " --no-progress --as-of 2026-11-01");
    ASSERT_NE(r.exit_code, 5) << r.output;
    EXPECT_EQ(test::read_json(dest + "/ph-0001/dossier.json")["ruleset"], id);
  }
  const auto listed = test::run_command(test::shell_quote(test::credcheck_exe()) + " rules --rules " +
                                        test::shell_quote(test::source_dir() + "/rules/boards-2026.11"));
  EXPECT_EQ(listed.output.find("MLS-3"), std::string::npos);
}

}  // namespace
}  // namespace cc
