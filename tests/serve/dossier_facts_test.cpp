// The facts read back from a dossier.json give the machine's own decisions when judged again by
// the same validators: the review server recomputes with no second implementation. Then what a
// reviewer's word does to the facts.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/serve/dossier_facts.h"
#include "pipeline/serve/fact_review.h"
#include "tests/support/test_support.h"
#include "validators/evaluate.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

TEST(ServeFacts, ReadBackFactsGiveTheMachinesDecisions) {
  const auto rules = load_ruleset(CREDCHECK_RULES_DIR).value();
  int dossiers = 0;
  for (const auto& entry : std::filesystem::directory_iterator(CREDCHECK_DEMO_OUT_DIR)) {
    const std::string path = entry.path().string() + "/dossier.json";
    if (!std::filesystem::exists(path)) continue;
    ++dossiers;
    const auto dossier = test::read_json(path);
    const auto result = evaluate(facts_from_dossier(dossier), rules, dossier["as_of"].get<std::string>());
    ASSERT_EQ(result.evaluations.size(), dossier["evaluations"].size()) << path;
    for (size_t i = 0; i < result.evaluations.size(); ++i) {
      EXPECT_EQ(eligibility_name(result.evaluations[i].status), dossier["evaluations"][i]["status"].get<std::string>()) << path << " " << i;
      EXPECT_EQ(result.evaluations[i].route.value_or(""), dossier["evaluations"][i]["route"].is_string()
                                                              ? dossier["evaluations"][i]["route"].get<std::string>() : "") << path;
    }
  }
  EXPECT_GE(dossiers, 8);
}

TEST(ServeFacts, AWordOnAFactChangesOnlyThatFact) {
  CandidateFacts f;
  f.coursework = CourseworkFacts{};
  f.coursework->credit_system = "semester";
  for (int i = 0; i < 3; ++i) {
    Course c;
    c.title = "Course " + std::to_string(i);
    c.credits = 3;
    c.semester_hours = 3;
    c.confidence = 0.5;
    f.coursework->courses.push_back(c);
  }
  DegreeFacts d;
  d.level = "bachelor";
  d.field = "biology";
  d.confidence = 0.6;
  f.degree = d;
  f.degrees = {d};
  const auto facts = review_facts(f);
  ASSERT_EQ(facts.size(), 1u + 7u + 3u);
  std::vector<FactOverride> words = {
      {"x", "v", "course.1.credits", "correct", "4", "3", "r", 1, 1},
      {"x", "v", "course.0.credits", "confirm", "", "3", "", 1, 2},
      {"x", "v", "course.2.credits", "absent", "", "3", "r", 1, 3},
      {"x", "v", "degree.field", "correct", "medical_technology", "biology", "r", 1, 4},
      {"x", "v", "course.1.credits", "correct", "5", "3", "r", 1, 5},  // the latest word wins
      {"x", "v", "course.9.credits", "correct", "5", "3", "r", 1, 6},  // no such course: skipped
  };
  const auto g = apply_overrides(f, words);
  ASSERT_EQ(g.coursework->courses.size(), 2u);
  EXPECT_EQ(g.coursework->courses[0].confidence, 1.0);
  EXPECT_EQ(g.coursework->courses[0].credits, 3);
  EXPECT_EQ(g.coursework->courses[1].credits, 5);
  EXPECT_FALSE(g.coursework->courses[1].semester_hours);
  EXPECT_EQ(g.degree->field, "medical_technology");
  EXPECT_EQ(g.degrees[0].field, "medical_technology");
  EXPECT_EQ(g.degree->confidence, 1.0);
  EXPECT_EQ(check_fact_value("course.1.credits", "abc"), "a number from 0 to 1000");
  EXPECT_EQ(check_fact_value("job.0.start", "2020-13-01"), "a date as YYYY-MM-DD");
  EXPECT_EQ(check_fact_value("job.0.start", "2020-12-01"), "");
  EXPECT_NE(check_fact_value("../../etc", "1"), "");
}

}  // namespace
}  // namespace cc
