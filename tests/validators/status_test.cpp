// The three statuses exactly as criteria.md defines them, and the rule above all: never a wrong
// `eligible` — a missing, unreadable or low-confidence decisive fact sends the credential to review.
#include <gtest/gtest.h>

#include <cmath>

#include "validator_fixtures.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run(const CandidateFacts& facts, const Ruleset& rules = default_rules()) {
  return evaluate(facts, rules, std::string(kAsOf));
}

Job recent_job(int days, std::optional<double> hours, double confidence = 0.95, const std::string& file = "letter.pdf") {
  return job(shifted(kAsOf, -(days - 1)), std::string(kAsOf), hours, core_areas(), confidence, file);
}

TEST(Status, EligibleWhenARouteIsMetOnGoodFacts) {
  auto r = run(candidate(bs_medtech("2023-06-01")));
  for (const auto& e : r.evaluations) {
    EXPECT_EQ(e.status, Eligibility::eligible) << e.board << " " << e.credential;
    EXPECT_TRUE(e.route.has_value());
    EXPECT_TRUE(e.review_reasons.empty());
  }
}

TEST(Status, NotEligibleWhenEveryRouteFailsOnGoodFacts) {
  auto r = run(candidate(degree("bachelor", "Bachelor of Science in Nursing", "2020-04-01"), {recent_job(900, 40)}));
  for (const auto& e : r.evaluations) {
    EXPECT_EQ(e.status, Eligibility::not_eligible) << e.board << " " << e.credential;
    EXPECT_FALSE(e.route.has_value());
  }
  EXPECT_TRUE(has_flag(r, "non_qualifying_degree"));
}

TEST(Status, LowConfidenceDegreeGoesToReviewNeverEligible) {
  auto r = run(candidate(bs_medtech("2023-06-01", 0.62)));
  for (const auto& e : r.evaluations) {
    EXPECT_EQ(e.status, Eligibility::needs_review) << e.board << " " << e.credential;
    EXPECT_FALSE(e.review_reasons.empty());
  }
  const CheckResult& field = check_of(route_of(r, "ASCPi", "MLS", "MLS-1"), "degree.field");
  EXPECT_EQ(field.outcome, Outcome::undecided);
  EXPECT_NE(field.detail.find("0.62"), std::string::npos) << field.detail;
  EXPECT_TRUE(has_flag(r, "low_confidence"));
}

TEST(Status, TheRulesetsThresholdOverridesTheDefault) {
  Ruleset lenient = default_rules();
  lenient.definitions.confidence_threshold = 0.6;
  auto r = run(candidate(bs_medtech("2023-06-01", 0.62)), lenient);
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLS").status, Eligibility::eligible);
  EXPECT_FALSE(has_flag(r, "low_confidence"));
}

TEST(Status, MissingDecisiveFactGoesToReview) {
  DegreeFacts unknown_length = bs_medtech("2023-06-01");
  unknown_length.years.reset();  // a bachelor's must be 4 years; nothing says how long this one was
  auto r = run(candidate(unknown_length));
  const Evaluation& mls = evaluation_of(r, "ASCPi", "MLS");
  EXPECT_EQ(mls.status, Eligibility::needs_review);
  const CheckResult& level = check_of(route_of(mls, "MLS-1"), "degree.level");
  EXPECT_EQ(level.outcome, Outcome::undecided);
  EXPECT_NE(level.detail.find("program length not stated"), std::string::npos);
  // No level minimum for an MLT route's bachelor's: the MLT credentials are still decided.
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLT").status, Eligibility::eligible);
}

TEST(Status, NoDegreeAtAllGoesToReview) {
  CandidateFacts f = candidate(std::nullopt);
  f.coursework.reset();
  f.documents.transcripts = 0;
  auto r = run(f);
  for (const auto& e : r.evaluations) EXPECT_EQ(e.status, Eligibility::needs_review) << e.board << " " << e.credential;
  EXPECT_TRUE(has_flag(r, "missing_diploma"));
  EXPECT_TRUE(has_flag(r, "missing_transcript"));
}

TEST(Status, LowConfidenceJobThatWouldTipTheBalanceGoesToReview) {
  const DegreeFacts old = bs_medtech("2012-04-01");
  // 30 certain months; a doubtful letter could add the missing 6.
  auto r = run(candidate(old, {recent_job(913, 35, 0.95, "a.pdf"), job("2016-12-01", "2018-12-31", 35.0, core_areas(), 0.55, "b.pdf")}));
  const Evaluation& mls = evaluation_of(r, "ASCPi", "MLS");
  EXPECT_EQ(route_of(mls, "MLS-2").outcome, Outcome::undecided);
  EXPECT_EQ(mls.status, Eligibility::needs_review);
  EXPECT_TRUE(has_flag(r, "low_confidence"));
  // Without it: not eligible.
  auto certain = run(candidate(old, {recent_job(913, 35, 0.95, "a.pdf")}));
  EXPECT_EQ(evaluation_of(certain, "ASCPi", "MLS").status, Eligibility::not_eligible);
}

TEST(Status, LowConfidenceFactThatDecidesNothingDoesNotBlock) {
  // Eligible by MLS-1 on the degree; a doubtful letter does not matter, and raises no flag.
  auto r = run(candidate(bs_medtech("2023-06-01"), {recent_job(200, 40, 0.4)}));
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLS").status, Eligibility::eligible);
  EXPECT_FALSE(has_flag(r, "low_confidence"));
  // A failing degree read with good confidence decides, whatever the doubtful letter says.
  auto nurse = run(candidate(degree("bachelor", "Bachelor of Science in Nursing", "2012-04-01"), {recent_job(3000, 40, 0.4)}));
  EXPECT_EQ(evaluation_of(nurse, "ASCPi", "MLS").status, Eligibility::not_eligible);
}

TEST(Status, UnknownHoursAreReadAtFullTimeForTheUpperBound) {
  const DegreeFacts old = bs_medtech("2012-04-01");
  // 20 months even at full time cannot make 36: decided.
  auto short_job = run(candidate(old, {recent_job(609, std::nullopt)}));
  EXPECT_EQ(route_of(short_job, "ASCPi", "MLS", "MLS-2").outcome, Outcome::not_met);
  // 40 months could, if the hours were full time: undecided.
  auto long_job = run(candidate(old, {recent_job(1218, std::nullopt)}));
  EXPECT_EQ(route_of(long_job, "ASCPi", "MLS", "MLS-2").outcome, Outcome::undecided);
  // "Full-time" without hours means the board's full time.
  CandidateFacts stated = candidate(old, {recent_job(1218, std::nullopt)});
  stated.experience[0].full_time_stated = true;
  EXPECT_EQ(route_of(run(stated), "ASCPi", "MLS", "MLS-2").outcome, Outcome::met);
}

TEST(Status, MarksWithoutCreditsLeaveCourseworkToReview) {
  const DegreeFacts bio = degree("bachelor", "Bachelor of Science in Biology", "2015-04-01");
  std::vector<Course> courses{course("General Biology", 20), course("General Chemistry", 10), course("Organic Chemistry", 4)};
  auto r = run(candidate(bio, {recent_job(400, 40)}, courses, "marks"));
  const RouteResult& exp = route_of(r, "AMT", "MLS", "MLS-EXP");
  EXPECT_EQ(check_of(exp, "education.2.coursework.chemistry").outcome, Outcome::undecided);
  EXPECT_EQ(evaluation_of(r, "AMT", "MLS").status, Eligibility::needs_review);
}

TEST(Status, ALetterFromWhichNoJobWasReadKeepsExperienceOpen) {
  // 30 certain months; a second letter was classified but yielded no job.
  CandidateFacts f = candidate(bs_medtech("2012-04-01"), {recent_job(913, 35, 0.95, "a.pdf")});
  f.documents.segments["a.pdf"] = {Segment{{1}, "employment_letter"}};
  auto settled = run(f);
  EXPECT_EQ(route_of(settled, "ASCPi", "MLS", "MLS-2").outcome, Outcome::not_met);
  f.documents.segments["b.pdf"] = {Segment{{1, 2}, "employment_letter"}};
  f.documents.employment_letters = 2;
  auto open = run(f);
  const RouteResult& r = route_of(open, "ASCPi", "MLS", "MLS-2");
  EXPECT_EQ(r.outcome, Outcome::undecided);
  EXPECT_NE(check_of(r, "experience.fte_months").detail.find("no job could be read"), std::string::npos);
  EXPECT_FALSE(has_flag(open, "missing_experience_letter"));  // a letter was sent
}

TEST(Status, AnUnreadableDocumentTurnsNotEligibleIntoReview) {
  CandidateFacts f = candidate(degree("bachelor", "Bachelor of Science in Nursing", "2020-04-01"), {recent_job(900, 40)});
  f.documents.unreadable = {"scan.jpg"};
  auto r = run(f);
  const Evaluation& mls = evaluation_of(r, "ASCPi", "MLS");
  EXPECT_EQ(mls.status, Eligibility::needs_review);
  ASSERT_FALSE(mls.review_reasons.empty());
  EXPECT_NE(mls.review_reasons[0].find("scan.jpg"), std::string::npos);
  EXPECT_TRUE(has_flag(r, "unreadable_document"));
}

TEST(Status, AnInvalidAsOfDateDecidesNothing) {
  auto r = evaluate(candidate(bs_medtech("2023-06-01")), default_rules(), std::string("2026-02-30"));
  ASSERT_EQ(r.evaluations.size(), 4u);
  for (const auto& e : r.evaluations) EXPECT_EQ(e.status, Eligibility::needs_review);
  EXPECT_EQ(r.as_of, "2026-02-30");
}

TEST(Status, EvaluationsComeInRulesetOrderWithTheRulesetId) {
  auto r = run(candidate(bs_medtech("2023-06-01")));
  EXPECT_EQ(r.ruleset, "boards-2026.12");
  EXPECT_EQ(r.as_of, kAsOf);
  ASSERT_EQ(r.evaluations.size(), 4u);
  EXPECT_EQ(r.evaluations[0].board + r.evaluations[0].credential, "ASCPiMLS");
  EXPECT_EQ(r.evaluations[1].board + r.evaluations[1].credential, "ASCPiMLT");
  EXPECT_EQ(r.evaluations[2].board + r.evaluations[2].credential, "AMTMLS");
  EXPECT_EQ(r.evaluations[3].board + r.evaluations[3].credential, "AMTMLT");
}

}  // namespace
}  // namespace cc
