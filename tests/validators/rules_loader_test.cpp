// The shipped default ruleset loads and carries every route of criteria.md; a malformed ruleset
// is refused with a message naming file and line; and an agency's edit changes a decision without
// recompiling.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "validator_fixtures.h"
#include "validators/rules_listing.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

TEST(DefaultRuleset, LoadsWithEveryRouteOfCriteriaMd) {
  auto loaded = load_ruleset(CREDCHECK_RULES_DIR);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  const Ruleset& rules = *loaded;
  EXPECT_EQ(rules.id, "boards-2026.12");
  const std::map<std::pair<std::string, std::string>, std::vector<std::string>> expected{
      {{"ASCPi", "MLS"}, {"MLS-1", "MLS-2", "MLS-4"}},
      {{"ASCPi", "MLT"}, {"MLT-1", "MLT-2"}},
      {{"AMT", "MLS"}, {"MLS-EDU", "MLS-EXP"}},
      {{"AMT", "MLT"}, {"MLT-EDU", "MLT-ALT", "MLT-RECENT"}},
  };
  for (const auto& [where, routes] : expected) {
    const Board* board = rules.board(where.first);
    ASSERT_NE(board, nullptr) << where.first;
    const Credential* credential = board->credential(where.second);
    ASSERT_NE(credential, nullptr) << where.first << " " << where.second;
    for (const auto& id : routes) {
      bool found = false;
      for (const auto& r : credential->routes) found = found || r.id == id;
      EXPECT_TRUE(found) << where.first << " " << where.second << " lacks " << id;
    }
  }
  EXPECT_EQ(rules.definitions.full_time_hours_per_week.at("ASCPi"), 35);
  EXPECT_EQ(rules.definitions.full_time_hours_per_week.at("AMT"), 40);
  EXPECT_DOUBLE_EQ(rules.definitions.fte_month_days, 30.4375);
  EXPECT_DOUBLE_EQ(rules.definitions.confidence_threshold, kLowConfidence);
  EXPECT_NEAR(*rules.definitions.semester_hours_per_credit.at("quarter"), 2.0 / 3, 1e-12);
  EXPECT_FALSE(rules.definitions.semester_hours_per_credit.at("marks").has_value());
  const auto& accepted = rules.board("ASCPi")->credential("MLS")->accepted_names;
  EXPECT_NE(std::find(accepted.begin(), accepted.end(), "CLM(ASCPi)"), accepted.end());
}

TEST(DefaultRuleset, SourcesAndConfidenceAreCriteriaMdsTables) {
  const Ruleset& rules = vtest::default_rules();
  const auto route = [&](const char* board, const char* id) { return rules.board(board)->route(id); };
  EXPECT_EQ(route("ASCPi", "MLS-1")->source, "secondary (window assumed)");
  EXPECT_EQ(route("ASCPi", "MLT-2")->source, "secondary (months and window assumed)");
  EXPECT_EQ(route("AMT", "MLS-EXP")->confidence, SourceConfidence::assumed);  // no AMT page read (boards-2026.12)
  EXPECT_EQ(route("AMT", "MLS-EDU")->source, "assumed (no AMT source read; window assumed)");
  EXPECT_EQ(route("ASCPi", "MLS-3")->source, "unconfirmed (one secondary source)");
  EXPECT_EQ(route("ASCPi", "MLS-3")->confidence, SourceConfidence::unconfirmed);
  EXPECT_EQ(route("ASCPi", "MLS-5")->confidence, SourceConfidence::unconfirmed);
  EXPECT_EQ(route("AMT", "MLT-EDU")->source, "official mirror");
  EXPECT_EQ(route("AMT", "MLT-EDU")->confidence, SourceConfidence::official);
  EXPECT_EQ(route("AMT", "MLT-ALT")->source,
            "60 SH and window: official mirror; the 25 SH subjects: secondary (\"chemistry, biology, mathematics, or computer science\")");
  EXPECT_EQ(route("AMT", "MLT-RECENT")->source, "secondary (applies to the education route only)");
  EXPECT_EQ(route("AMT", "MLT-RECENT")->confidence, SourceConfidence::secondary);
}

TEST(DefaultRuleset, ListingShowsEveryRouteWithParametersAndSources) {
  const Ruleset& rules = vtest::default_rules();
  const std::string text = rules_listing(rules);
  for (const char* id : {"MLS-1", "MLS-2", "MLS-3", "MLS-4", "MLS-5", "MLT-1", "MLT-2", "MLS-EDU", "MLS-EXP", "MLT-EDU", "MLT-ALT", "MLT-RECENT"})
    EXPECT_NE(text.find(std::string("    ") + id + "  ["), std::string::npos) << id;
  EXPECT_NE(text.find("min_fte_months 36"), std::string::npos);
  EXPECT_NE(text.find("within_years 10 [assumed]"), std::string::npos);
  EXPECT_NE(text.find("MLS-3  [unconfirmed]"), std::string::npos);
  EXPECT_NE(text.find("MLS-5  [unconfirmed]"), std::string::npos);
  EXPECT_NE(text.find("source: secondary (applies to the education route only)"), std::string::npos);
  EXPECT_NE(text.find("ASCPi 35"), std::string::npos);
  const auto json = rules_listing_json(rules);
  EXPECT_EQ(json["id"], "boards-2026.12");
  ASSERT_EQ(json["boards"].size(), 2u);
  EXPECT_EQ(json["boards"][0]["credentials"][0]["routes"][1]["criteria"][1]["params"]["min_fte_months"], "36");
  EXPECT_EQ(json["boards"][1]["credentials"][1]["routes"][2]["id"], "MLT-RECENT");
}

// A copy of the default ruleset in a temporary directory, to break on purpose.
class RulesCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::temp_directory_path() / ("credcheck-rules-" + std::to_string(getpid()) + "-" + name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& entry : fs::directory_iterator(CREDCHECK_RULES_DIR)) fs::copy(entry.path(), dir_ / entry.path().filename());
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string path(const std::string& file) const { return (dir_ / file).string(); }

  // Replaces the first `from` in `file` with `to`; returns the line (from 1) where `to` begins.
  int edit(const std::string& file, const std::string& from, const std::string& to) {
    std::ifstream in(path(file));
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at == std::string::npos) return 0;
    text.replace(at, from.size(), to);
    std::ofstream(path(file)) << text;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  }

  // The line (from 1) of the first `needle` in `file`.
  int line_of_text(const std::string& file, const std::string& needle) {
    std::ifstream in(path(file));
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
      if (line.find(needle) != std::string::npos) return n;
    return 0;
  }

  std::string load_error() {
    auto loaded = load_ruleset(dir_.string());
    EXPECT_FALSE(loaded.ok()) << "the broken ruleset loaded";
    return loaded ? "" : loaded.error().message;
  }

  std::string where(const std::string& file, int line) const { return path(file) + ":" + std::to_string(line) + ": "; }

  fs::path dir_;
};

TEST_F(RulesCopy, TheCopyLoadsUnchanged) {
  auto loaded = load_ruleset(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
}

TEST_F(RulesCopy, PlausibilityRulesOutOfRange) {
  edit("ruleset.yaml", "serial_credits_run: 5", "serial_credits_run: 1");
  EXPECT_NE(load_error().find("plausibility.serial_credits_run must be at least 2"), std::string::npos);
  edit("ruleset.yaml", "serial_credits_run: 1", "serial_credits_run: 5");
  edit("ruleset.yaml", "printed_total_ratio: 1.5", "printed_total_ratio: 1");
  EXPECT_NE(load_error().find("plausibility.printed_total_ratio must be above 1"), std::string::npos);
  edit("ruleset.yaml", "printed_total_ratio: 1", "printed_total_ratio: 1.5");
  edit("ruleset.yaml", "max_credits_per_course: {semester: 15,", "max_credits_per_course: {trimesters: 15,");
  EXPECT_NE(load_error().find("trimesters"), std::string::npos);
  edit("ruleset.yaml", "max_credits_per_course: {trimesters: 15,", "max_credits_per_course: {semester: 15,");
  edit("ruleset.yaml", "min_program_years: {bachelor: 2}", "min_program_years: {bachelor: 0}");
  EXPECT_NE(load_error().find("plausibility.min_program_years.bachelor must be at least 1"), std::string::npos);
  edit("ruleset.yaml", "min_program_years: {bachelor: 0}", "min_program_years: {licence: 2}");
  EXPECT_NE(load_error().find("licence"), std::string::npos);
}

TEST_F(RulesCopy, ANumberThatIsNotANumber) {
  const int line = edit("ascpi.yaml", "min_fte_months: 36", "min_fte_months: thirty");
  EXPECT_EQ(load_error(), where("ascpi.yaml", line) + "route MLS-2: min_fte_months must be a number, got \"thirty\"");
}

TEST_F(RulesCopy, AWholeNumberThatIsAList) {
  const int line = edit("amt.yaml", "years: 5", "years: [5]");
  EXPECT_EQ(load_error(), where("amt.yaml", line) + "route MLS-EDU: years must be a whole number, got a list");
}

TEST_F(RulesCopy, AnUnknownKey) {
  const int line = edit("ascpi.yaml", "min_fte_months: 36", "min_months: 36");
  const std::string message = load_error();
  EXPECT_EQ(message.rfind(where("ascpi.yaml", line) + "route MLS-2: unknown key min_months in experience criterion", 0), 0u)
      << message;
}

TEST_F(RulesCopy, AnUnknownKeyInTheRulesetFile) {
  const int line = edit("ruleset.yaml", "id: boards-2026.12", "id: boards-2026.12\ncolour: blue");
  EXPECT_EQ(load_error().rfind(where("ruleset.yaml", line + 1) + "unknown key colour", 0), 0u);
}

TEST_F(RulesCopy, AnUnknownCriterionKind) {
  const int line = edit("ascpi.yaml", "kind: experience", "kind: seniority");
  EXPECT_EQ(load_error().rfind(where("ascpi.yaml", line) + "route MLS-2: unknown criterion kind seniority (known: degree,", 0), 0u);
}

TEST_F(RulesCopy, AnUnknownField) {
  const int line = edit("ascpi.yaml", "fields: [mls]", "fields: [mls, dentistry]");
  EXPECT_EQ(load_error().rfind(where("ascpi.yaml", line) + "route MLS-2: unknown field dentistry in fields", 0), 0u);
}

TEST_F(RulesCopy, AnUnknownLabArea) {
  const int line = edit("ascpi.yaml", "areas: [core]", "areas: [core, virology]");
  EXPECT_EQ(load_error().rfind(where("ascpi.yaml", line) + "route MLS-1: unknown lab area virology in areas", 0), 0u);
}

TEST_F(RulesCopy, AnUnknownCourseCategory) {
  const int line = edit("amt.yaml", "{categories: [biology], min: 16}", "{categories: [botany], min: 16}");
  EXPECT_EQ(load_error().rfind(where("amt.yaml", line) + "route MLS-EXP: unknown category botany in categories", 0), 0u);
}

TEST_F(RulesCopy, ABadRegex) {
  const int line = edit("course_categories.yaml", "'math|algebra", "'math|(algebra");
  EXPECT_EQ(load_error().rfind(where("course_categories.yaml", line) + "bad regex '", 0), 0u);
}

TEST_F(RulesCopy, AMissingRequiredKey) {
  edit("ascpi.yaml", "        source: secondary (window assumed)\n", "");
  const int line = line_of_text("ascpi.yaml", "- id: MLS-1");
  EXPECT_EQ(load_error(), where("ascpi.yaml", line) + "route MLS-1: missing required key source");
}

TEST_F(RulesCopy, ADuplicateRouteId) {
  const int first = line_of_text("ascpi.yaml", "- id: MLS-2");
  const int line = edit("ascpi.yaml", "id: MLS-4", "id: MLS-2");
  EXPECT_EQ(load_error(), where("ascpi.yaml", line) + "credential MLS: duplicate route id MLS-2 (first defined at line " +
                              std::to_string(first) + ")");
}

TEST_F(RulesCopy, AnInvalidSourceConfidence) {
  const int line = edit("amt.yaml", "confidence: official", "confidence: certain");
  EXPECT_EQ(load_error(), where("amt.yaml", line) + "route MLT-EDU: confidence must be official, secondary, assumed or unconfirmed, got \"certain\"");
}

TEST_F(RulesCopy, NotYamlAtAll) {
  const int line = edit("amt.yaml", "board: AMT", "board: [AMT");
  const std::string message = load_error();
  EXPECT_EQ(message.rfind(path("amt.yaml") + ":", 0), 0u) << message;
  EXPECT_NE(message.find("not valid YAML"), std::string::npos) << message;
  EXPECT_GE(line, 1);
}

TEST_F(RulesCopy, AReferenceToAnUnknownRoute) {
  edit("amt.yaml", "routes: [MLT-EDU]", "routes: [MLT-EDU, MLT-ALTERNATE]");
  const int line = line_of_text("amt.yaml", "- kind: alternative_of");
  EXPECT_EQ(load_error(), where("amt.yaml", line) + "route MLT-RECENT: alternative_of names unknown route MLT-ALTERNATE");
}

TEST_F(RulesCopy, ACircularReference) {
  edit("amt.yaml", "            dates: [conferred]\n\n      - id: MLT-ALT",
       "            dates: [conferred]\n          - kind: alternative_of\n            routes: [MLT-RECENT]\n\n      - id: MLT-ALT");
  const std::string message = load_error();
  EXPECT_EQ(message.rfind(path("amt.yaml") + ":", 0), 0u) << message;
  EXPECT_NE(message.find("circular reference"), std::string::npos) << message;
}

TEST_F(RulesCopy, AnAssumptionThatIsNotAParameter) {
  const int line = edit("ascpi.yaml", "assumed: [within_years]", "assumed: [window]");
  EXPECT_EQ(load_error(), where("ascpi.yaml", line) + "route MLS-2: assumed names window, which is not a parameter of this experience criterion");
}

TEST_F(RulesCopy, AnUnknownFlagCodeAndToDoCondition) {
  const int line = edit("ruleset.yaml", "low_confidence: warning", "low_confidnce: warning");
  EXPECT_EQ(load_error().rfind(where("ruleset.yaml", line) + "unknown key low_confidnce in flag_severity", 0), 0u);
  edit("ruleset.yaml", "low_confidnce: warning", "low_confidence: warning");
  const int todo = edit("todos.yaml", "when: has_experience", "when: has_jobs");
  EXPECT_EQ(load_error().rfind(where("todos.yaml", todo) + "to-do experience_documentation: unknown condition has_jobs", 0), 0u);
}

TEST_F(RulesCopy, AThresholdOutOfRange) {
  const int line = edit("ruleset.yaml", "confidence_threshold: 0.80", "confidence_threshold: 80");
  EXPECT_EQ(load_error(), where("ruleset.yaml", line) + "confidence_threshold must be in (0, 1]");
}

TEST_F(RulesCopy, AMissingBoardFile) {
  fs::remove(path("amt.yaml"));
  EXPECT_EQ(load_error(), path("amt.yaml") + ": cannot be opened");
}

TEST_F(RulesCopy, ARouteMarkedAssumedSaysSoInEveryCheck) {
  using namespace cc::vtest;
  edit("amt.yaml", "source: official mirror\n        confidence: official", "source: our reading\n        confidence: assumed");
  auto edited = load_ruleset(dir_.string());
  ASSERT_TRUE(edited.ok()) << edited.error().message;
  const auto associate = degree("associate", "Associate of Applied Science in Medical Laboratory Technology", "2024-06-01", 2);
  const ValidationResult result = evaluate(candidate(associate), *edited, std::string(kAsOf));
  const RouteResult& r = route_of(result, "AMT", "MLT", "MLT-EDU");
  EXPECT_EQ(r.outcome, Outcome::met);
  EXPECT_TRUE(r.assumed);
  for (const auto& check : r.criteria) {
    EXPECT_TRUE(check.assumed) << check.id;
    EXPECT_NE(check.detail.find("[assumed route: our reading]"), std::string::npos) << check.detail;
  }
}

TEST_F(RulesCopy, AnAgencyChangesAThresholdWithoutRecompiling) {
  using namespace cc::vtest;
  // 33 FTE months of ASCPi full time, ending on the as-of date.
  const CandidateFacts facts = candidate(bs_medtech("2012-04-01"), {job(shifted(kAsOf, -1004), std::string(kAsOf), 35.0)});
  auto before = evaluate(facts, default_rules(), std::string(kAsOf));
  EXPECT_EQ(evaluation_of(before, "ASCPi", "MLS").status, Eligibility::not_eligible);
  edit("ascpi.yaml", "min_fte_months: 36", "min_fte_months: 30");
  auto edited = load_ruleset(dir_.string());
  ASSERT_TRUE(edited.ok()) << edited.error().message;
  auto after = evaluate(facts, *edited, std::string(kAsOf));
  EXPECT_EQ(evaluation_of(after, "ASCPi", "MLS").status, Eligibility::eligible);
  EXPECT_EQ(evaluation_of(after, "ASCPi", "MLS").route, "MLS-2");
}

}  // namespace
}  // namespace cc
