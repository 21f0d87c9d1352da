// Numeric failing marks (validators/README.md, "Failing marks"): a mark below the pass mark of its
// scale earns no semester hours, the scale told by the transcript's own marks and the bounds by the
// ruleset's `numeric_marks`; a pass mark the transcript's legend prints decides alone; a mark where
// pass marks differ between schools, with no printed pass mark, keeps the route in review. Each at
// its boundary, on AMT MLT-ALT (60 SH in all): 14 courses of 4 SH passed and a fifteenth decides.
#include <gtest/gtest.h>

#include "core/grades.h"
#include "validator_fixtures.h"
#include "validators/fact_readings.h"

namespace cc {
namespace {

using namespace cc::vtest;

// 14 courses of 4 SH with the given passing marks, then "Clinical Chemistry" (4 SH) marked `last`.
CandidateFacts with_marks(const std::vector<std::string>& passing, const std::string& last) {
  std::vector<Course> courses;
  for (int i = 0; i < 14; ++i) {
    courses.push_back(course("General Biology " + std::to_string(i), 4));
    courses.back().grade = passing[static_cast<size_t>(i) % passing.size()];
  }
  courses.push_back(course("Clinical Chemistry", 4));
  courses.back().grade = last;
  return candidate(degree("associate", "Associate in Arts", "2024-06-01", 2), {}, courses);
}

Outcome alt(const CandidateFacts& f) {
  return route_of(evaluate(f, default_rules(), kAsOf), "AMT", "MLT", "MLT-ALT").outcome;
}

std::string total_detail(const CandidateFacts& f) {
  return check_of(route_of(evaluate(f, default_rules(), kAsOf), "AMT", "MLT", "MLT-ALT"), "coursework.total").detail;
}

TEST(FailingMarks, OnATwentyPointScaleBelowFiveFailsAndBelowTenIsDoubtful) {
  const std::vector<std::string> french{"12,50", "14,00", "16,25", "11,75"};
  EXPECT_EQ(alt(with_marks(french, "4,75")), Outcome::not_met) << total_detail(with_marks(french, "4,75"));
  EXPECT_NE(total_detail(with_marks(french, "4,75")).find("total: 56.0 SH"), std::string::npos);
  EXPECT_EQ(alt(with_marks(french, "11,00")), Outcome::met);
  // 9,75 fails in Haiti, is validated by compensation in an LMD unit averaging 10: doubtful.
  EXPECT_EQ(alt(with_marks(french, "9,75")), Outcome::undecided);
  // A legend's pass mark of 10 settles it.
  CandidateFacts legend = with_marks(french, "9,75");
  legend.coursework->pass_marks.push_back({10, evidence("tor.pdf", "Note de validation : 10/20")});
  EXPECT_EQ(alt(legend), Outcome::not_met);
  // 10 passes in France, fails in Peru (11): doubtful, the route stays open.
  EXPECT_EQ(alt(with_marks(french, "10,00")), Outcome::undecided);
  const CandidateFacts ten = with_marks(french, "10,00");
  const ValidationResult result = evaluate(ten, default_rules(), kAsOf);
  const Evaluation& mlt = evaluation_of(result, "AMT", "MLT");
  EXPECT_EQ(mlt.status, Eligibility::needs_review);
  bool named = false;
  for (const auto& reason : mlt.review_reasons) named = named || reason.find("may be a failing one") != std::string::npos;
  EXPECT_TRUE(named) << ::testing::PrintToString(mlt.review_reasons);
}

// Passing marks printed with their name in words show the scale as plain ones do: a failed 4.3
// read as its figures, among passes printed `7.2 (SIETE PUNTO DOS)`, fails under the printed pass
// mark of 6.0 (without them the transcript's highest numeric mark is 4.3 and nothing is judged).
TEST(FailingMarks, MarksWithTheirNamesShowTheScale) {
  const std::vector<std::string> named{"7.2 (SIETE PUNTO DOS)", "8.1 (OCHO PUNTO UNO)", "6.5 (SEIS PUNTO CINCO)"};
  CandidateFacts f = with_marks(named, "4.3");
  f.coursework->pass_marks.push_back({6, evidence("tor.pdf", "nota mínima de aprobación: 6.0")});
  EXPECT_EQ(alt(f), Outcome::not_met) << total_detail(f);
  EXPECT_EQ(mark_figures("6 (έξι)"), 6.0);
  EXPECT_EQ(mark_figures("4 (3+1)"), std::nullopt);
}

TEST(FailingMarks, BelowFourOnChilesOneToSevenScaleFails) {
  const std::vector<std::string> chilean{"5,5", "6,2", "4,8", "5,0"};
  EXPECT_EQ(alt(with_marks(chilean, "3,7")), Outcome::not_met);
  EXPECT_EQ(alt(with_marks(chilean, "4,0")), Outcome::met);
}

TEST(FailingMarks, APassMarkThePrintedLegendGivesDecidesAlone) {
  const std::vector<std::string> percent{"72", "85", "64", "90"};
  CandidateFacts f = with_marks(percent, "55");
  EXPECT_EQ(alt(f), Outcome::undecided);  // 0-100: 55 passes at 40 or 50, fails at 60 or 75
  f.coursework->pass_marks.push_back({51, evidence("tor.pdf", "Minimum passing grade: 51")});
  EXPECT_EQ(alt(f), Outcome::met);
  f.coursework->courses.back().grade = "50";
  EXPECT_EQ(alt(f), Outcome::not_met);
  // Another transcript's legend says nothing of this one.
  f.coursework->pass_marks.front().evidence.file = "other.pdf";
  EXPECT_EQ(alt(f), Outcome::undecided);
}

TEST(FailingMarks, ScalesUpToFiveAreLeftToTheirOwnRule) {
  // Philippine marks (1.0 best, 3.0 the lowest pass): 3.0 passes, nothing below 4 "fails" here.
  const std::vector<std::string> philippine{"1.25", "1.75", "2.00", "1.50"};
  EXPECT_EQ(alt(with_marks(philippine, "3.00")), Outcome::met);
  const std::vector<std::string> polish{"4,0", "3,5", "5,0", "4,5"};
  EXPECT_EQ(alt(with_marks(polish, "3,0")), Outcome::met);
}

TEST(FailingMarks, TheDossierTotalsLeaveAFailedMarkOut) {
  const CandidateFacts f = with_marks({"12", "15"}, "4");
  const auto totals = coursework_totals(*f.coursework, default_rules());
  EXPECT_DOUBLE_EQ(totals.at("other") + totals.at("mls_professional") + totals.at("biology"), 56.0);
}

}  // namespace
}  // namespace cc
