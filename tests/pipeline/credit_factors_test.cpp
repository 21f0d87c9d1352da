// The ruleset is the one source of the semester hours per credit (core/credit_factors.h): the
// pipeline hands `definitions.semester_hours_per_credit` to the coursework extractor, so a test
// ruleset that changes a factor changes each course's semester hours and the totals, with no
// factor of the extractor's own left to disagree.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "pipeline/run/evaluate_candidate.h"
#include "tests/support/test_support.h"
#include "validators/rules_loader.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

// One line of words at y, each cell at its x, spaced like Helvetica at 9 pt.
void add_row(PageText& page, double y, const std::vector<std::pair<double, std::string>>& cells) {
  static int line = 0;
  for (const auto& [x0, text] : cells) {
    double x = x0;
    std::string word;
    std::istringstream words(text);
    while (words >> word) {
      const double width = 4.5 * static_cast<double>(word.size());
      page.words.push_back({word, {x, y, x + width, y + 9}, 1.0f, line});
      x += width + 2.5;
    }
  }
  ++line;
}

// A Philippine transcript of four courses in units (3, 4, 5, 4) on a text layer.
DocumentText philippine_transcript() {
  PageText page;
  page.number = 1;
  page.width_pt = 612;
  page.height_pt = 792;
  page.source = TextSource::text_layer;
  add_row(page, 40, {{180, "OFFICIAL TRANSCRIPT OF RECORDS"}});
  add_row(page, 60, {{200, "Republic of the Philippines"}});
  add_row(page, 100, {{50, "Course Code"}, {128, "Descriptive Title"}, {445, "Final Grade"}, {530, "Units"}});
  add_row(page, 118, {{50, "First Semester 2015-2016"}});
  add_row(page, 132, {{50, "MATH 101"}, {128, "College Algebra"}, {460, "1.75"}, {540, "3"}});
  add_row(page, 145, {{50, "MT 301"}, {128, "Clinical Chemistry 1"}, {460, "2.00"}, {540, "4"}});
  add_row(page, 163, {{50, "Second Semester 2015-2016"}});
  add_row(page, 177, {{50, "CHEM 12"}, {128, "General Chemistry II"}, {460, "1.25"}, {540, "5"}});
  add_row(page, 190, {{50, "BIO 102"}, {128, "General Botany"}, {460, "1.50"}, {540, "4"}});
  add_row(page, 208, {{200, "xxx Nothing Follows xxx"}});
  DocumentText doc;
  doc.file = "tor.pdf";
  doc.pages.push_back(page);
  return doc;
}

// The shipped ruleset copied to `dir` with the Philippine unit worth `units` semester hours.
std::string ruleset_with_units_factor(const test::TempDir& tmp, const std::string& units) {
  const fs::path from = fs::path(CREDCHECK_SOURCE_DIR) / "rules" / "boards-2026.12";
  const fs::path to = fs::path(tmp.path()) / "rules";
  fs::create_directories(to);
  for (const auto& e : fs::directory_iterator(from)) fs::copy_file(e.path(), to / e.path().filename());
  const std::string yaml = test::read_file((to / "ruleset.yaml").string());
  const std::string changed = std::regex_replace(yaml, std::regex(R"(\n    units: 1 )"), "\n    units: " + units + " ");
  EXPECT_NE(changed, yaml) << "the shipped ruleset no longer has `units: 1`";
  std::ofstream((to / "ruleset.yaml").string(), std::ios::trunc) << changed;
  return to.string();
}

std::map<std::string, double> hours_by_title(const CandidateFacts& facts) {
  std::map<std::string, double> out;
  if (!facts.coursework) return out;
  for (const auto& c : facts.coursework->courses)
    if (c.semester_hours) out[c.title] = *c.semester_hours;
  return out;
}

TEST(CreditFactors, TheRulesetsFactorConvertsTheCourses) {
  test::TempDir tmp;
  auto shipped = load_ruleset(std::string(CREDCHECK_SOURCE_DIR) + "/rules/boards-2026.12");
  auto doubled = load_ruleset(ruleset_with_units_factor(tmp, "2"));
  ASSERT_TRUE(shipped) << shipped.error().message;
  ASSERT_TRUE(doubled) << doubled.error().message;
  const std::vector<DocumentText> docs = {philippine_transcript()};

  const CandidateFacts as_shipped = extract_facts("c1", docs, *shipped, "2026-11-01");
  const CandidateFacts as_doubled = extract_facts("c1", docs, *doubled, "2026-11-01");
  ASSERT_TRUE(as_shipped.coursework);
  ASSERT_TRUE(as_doubled.coursework);
  EXPECT_EQ(as_shipped.coursework->credit_system, "units");
  const auto one = hours_by_title(as_shipped), two = hours_by_title(as_doubled);
  ASSERT_EQ(one.size(), 4u);
  EXPECT_EQ(one.at("Clinical Chemistry 1"), 4.0);
  EXPECT_EQ(two.at("Clinical Chemistry 1"), 8.0);
  EXPECT_EQ(two.at("General Chemistry II"), 10.0);
  EXPECT_EQ(as_shipped.coursework->totals_semester_hours.at("chemistry"), 5.0);
  EXPECT_EQ(as_doubled.coursework->totals_semester_hours.at("chemistry"), 10.0);
}

TEST(CreditFactors, ASystemTheRulesetGivesNoHoursGetsNone) {
  test::TempDir tmp;
  auto none = load_ruleset(ruleset_with_units_factor(tmp, "null"));
  ASSERT_TRUE(none) << none.error().message;
  const CandidateFacts facts = extract_facts("c1", {philippine_transcript()}, *none, "2026-11-01");
  ASSERT_TRUE(facts.coursework);
  ASSERT_EQ(facts.coursework->courses.size(), 4u);
  for (const auto& c : facts.coursework->courses) EXPECT_FALSE(c.semester_hours) << c.title;
}

}  // namespace
}  // namespace cc
