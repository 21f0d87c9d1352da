// Plausibility rules on credits as printed (ruleset definitions.plausibility) and the transcript's own
// printed totals: each rule at its boundary, on a candidate whose coursework meets AMT MLT-ALT
// (60 SH) until the rule finds the facts cannot be true; then the route is undecided with the
// reason and the credential never eligible.
#include <gtest/gtest.h>

#include "validator_fixtures.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run(const CandidateFacts& facts) { return evaluate(facts, default_rules(), kAsOf); }

// 60 SH that meet MLT-ALT, in courses small enough for every other rule.
std::vector<Course> sixty_sh() {
  return {course("General Biology", 15), course("General Chemistry", 10), course("English", 15), course("History", 10),
          course("Philosophy", 10)};
}

CandidateFacts associate_with(const std::vector<Course>& courses, const std::string& system = "semester") {
  return candidate(degree("associate", "Associate in Arts", "2024-06-01", 2), {}, courses, system);
}

const RouteResult& mlt_alt(const ValidationResult& r) { return route_of(r, "AMT", "MLT", "MLT-ALT"); }

bool detail_has(const ValidationResult& r, const std::string& text) {
  return check_of(mlt_alt(r), "coursework.total").detail.find(text) != std::string::npos;
}

TEST(PlausibilityRules, TheShippedRulesetLoadsThem) {
  const Definitions& d = default_rules().definitions;
  EXPECT_EQ(d.max_credits_per_course.at("quarter"), 20);
  EXPECT_EQ(d.serial_credits_run, 5);
  EXPECT_EQ(d.grades_as_credits_rows, 5);
  EXPECT_EQ(d.printed_total_ratio, 1.5);
}

TEST(PlausibilityRules, CreditsAboveTheirSystemsRangeForOneCourse) {
  // 100 quarter credits (66.7 SH) in courses of 20: plausible. One of 21 quarter credits is 14 SH,
  // within the 15 SH a course, but no quarter course carries 21 quarter hours.
  std::vector<Course> courses{course("General Biology", 20), course("General Chemistry", 20), course("English", 20),
                              course("History", 20), course("Philosophy", 20)};
  EXPECT_EQ(mlt_alt(run(associate_with(courses, "quarter"))).outcome, Outcome::met);
  courses[2] = course("English", 21);
  const ValidationResult r = run(associate_with(courses, "quarter"));
  EXPECT_EQ(mlt_alt(r).outcome, Outcome::undecided);
  EXPECT_TRUE(detail_has(r, "21 quarter credits")) << check_of(mlt_alt(r), "coursework.total").detail;
  EXPECT_EQ(evaluation_of(r, "AMT", "MLT").status, Eligibility::needs_review);
}

// Credits whose scale the extractor could not tell (a 10-hour credit named in words over courses
// of semester-hour size): no system, no semester hours; the coursework goes to review, never counted
// as none (which would read not eligible) nor as semester hours.
TEST(PlausibilityRules, CreditsOnAnUnknownScaleGoToReview) {
  CandidateFacts facts = associate_with(sixty_sh());
  EXPECT_EQ(mlt_alt(run(facts)).outcome, Outcome::met);
  facts.coursework->credit_system.reset();
  facts.coursework->credit_system_evidence = "words name a 10-hour credit but a typical course carries 3 credits";
  for (auto& c : facts.coursework->courses) c.semester_hours.reset();
  const ValidationResult r = run(facts);
  EXPECT_EQ(mlt_alt(r).outcome, Outcome::undecided);
  EXPECT_TRUE(detail_has(r, "scale is not known (words name a 10-hour credit"))
      << check_of(mlt_alt(r), "coursework.total").detail;
  EXPECT_EQ(evaluation_of(r, "AMT", "MLT").status, Eligibility::needs_review);
}

TEST(PlausibilityRules, CreditsThatCountTheRowsAreSerialNumbers) {
  std::vector<Course> courses = sixty_sh();
  for (double credits : {1, 2, 3, 4, 4}) courses.push_back(course("Elective " + std::to_string(courses.size()), credits));
  EXPECT_EQ(mlt_alt(run(associate_with(courses))).outcome, Outcome::met);
  courses.back().credits = 5;  // 1, 2, 3, 4, 5
  const ValidationResult r = run(associate_with(courses));
  EXPECT_EQ(mlt_alt(r).outcome, Outcome::undecided);
  EXPECT_TRUE(detail_has(r, "counts the rows")) << check_of(mlt_alt(r), "coursework.total").detail;
  EXPECT_NE(evaluation_of(r, "AMT", "MLT").status, Eligibility::eligible);
}

TEST(PlausibilityRules, CreditsEqualToEveryGradeAreTheGradeColumn) {
  std::vector<Course> courses = sixty_sh();
  const std::vector<std::pair<double, std::string>> graded{{3, "3"}, {2, "2"}, {3, "3"}, {1, "1"}, {2, "2"}};
  for (const auto& [credits, grade] : graded) {
    courses.push_back(course("Elective " + std::to_string(courses.size()), credits));
    courses.back().grade = grade;
  }
  courses.back().grade = "1.75";  // one course whose credits differ from its grade: a real table
  EXPECT_EQ(mlt_alt(run(associate_with(courses))).outcome, Outcome::met);
  courses.back().grade = "2";
  const ValidationResult r = run(associate_with(courses));
  EXPECT_EQ(mlt_alt(r).outcome, Outcome::undecided);
  EXPECT_TRUE(detail_has(r, "grade column")) << check_of(mlt_alt(r), "coursework.total").detail;
}

TableReconciliation printed_total(double printed, double rows_give, const std::string& status) {
  TableReconciliation t;
  t.file = "tor.pdf";
  t.pages = {1};
  t.courses = 5;
  t.status = status;
  TotalCheck c;
  c.scope = "cumulative";
  c.measure = "credits_earned";
  c.printed = printed;
  c.expected = rows_give;
  c.status = status;
  c.evidence = evidence("tor.pdf", "Total Credits Earned: " + std::to_string(static_cast<int>(printed)));
  t.checks.push_back(c);
  return t;
}

TEST(PlausibilityRules, RowsFarFromThePrintedTotalAreNotAFact) {
  CandidateFacts f = associate_with(sixty_sh());
  f.coursework->reconciliation = {printed_total(60, 60, "reconciled")};
  EXPECT_EQ(mlt_alt(run(f)).outcome, Outcome::met);
  // Rows 1.5 times the printed total: a mismatch (low confidence), not yet implausible.
  f.coursework->reconciliation = {printed_total(40, 60, "mismatch")};
  const ValidationResult near = run(f);
  EXPECT_EQ(mlt_alt(near).outcome, Outcome::undecided);
  EXPECT_FALSE(detail_has(near, "times apart"));
  // More than 1.5 times: the rows are not what they seem.
  f.coursework->reconciliation = {printed_total(39, 60, "mismatch")};
  const ValidationResult far = run(f);
  EXPECT_EQ(mlt_alt(far).outcome, Outcome::undecided);
  EXPECT_TRUE(detail_has(far, "times apart")) << check_of(mlt_alt(far), "coursework.total").detail;
}

TEST(Reconciliation, AMismatchMakesTheTablesCoursesLowConfidence) {
  CandidateFacts f = associate_with(sixty_sh());
  f.coursework->reconciliation = {printed_total(60, 60, "reconciled")};
  const ValidationResult fine = run(f);
  EXPECT_EQ(mlt_alt(fine).outcome, Outcome::met);
  EXPECT_EQ(evaluation_of(fine, "AMT", "MLT").status, Eligibility::eligible);
  f.coursework->reconciliation = {printed_total(63, 60, "mismatch")};
  const ValidationResult r = run(f);
  EXPECT_EQ(mlt_alt(r).outcome, Outcome::undecided);
  EXPECT_EQ(evaluation_of(r, "AMT", "MLT").status, Eligibility::needs_review);
  const CheckResult& total = check_of(mlt_alt(r), "coursework.total");
  ASSERT_FALSE(total.doubts.empty());
  EXPECT_NE(total.doubts.front().detail.find("do not add up to the totals it prints"), std::string::npos)
      << total.doubts.front().detail;
  EXPECT_NE(total.doubts.front().detail.find("the rows give 60"), std::string::npos);
  ASSERT_EQ(total.doubts.front().evidence.size(), 1u);  // the printed line, for the evaluator to see
  EXPECT_EQ(total.doubts.front().evidence.front().text, "Total Credits Earned: 63");
  EXPECT_TRUE(has_flag(r, "low_confidence")) << flag_codes_of(r);
  // A mismatch in another document's table leaves these courses alone.
  f.coursework->reconciliation.front().file = "other.pdf";
  EXPECT_EQ(mlt_alt(run(f)).outcome, Outcome::met);
}

TEST(Reconciliation, TheIssuesNursingTranscriptIsNeverEligible) {
  // A nursing transcript read as 1,600 semester hours, 74 of them biology (issue 15).
  std::vector<Course> courses;
  for (int i = 0; i < 5; ++i) courses.push_back(course("Biology " + std::to_string(i), 14.8));
  for (int i = 0; i < 110; ++i) courses.push_back(course("Nursing Care " + std::to_string(i), 13.87));
  CandidateFacts f = candidate(degree("bachelor", "Bachelor of Science in Nursing", "2020-04-01"), {}, courses);
  const ValidationResult r = run(f);
  EXPECT_NE(evaluation_of(r, "AMT", "MLT").status, Eligibility::eligible);
  EXPECT_NE(evaluation_of(r, "AMT", "MLS").status, Eligibility::eligible);
}

}  // namespace
}  // namespace cc
