// Two dates of one award on a diploma (the jury's deliberation and the date of issue): a window
// (graduated within N years) starting between them is for a reviewer; one both dates meet, or both
// miss, is decided as if the diploma gave one date.
#include <gtest/gtest.h>

#include "validator_fixtures.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run(const CandidateFacts& facts) { return evaluate(facts, default_rules(), kAsOf); }

DegreeFacts dated_twice(const std::string& conferred, const std::string& other) {
  DegreeFacts d = bs_medtech(conferred);
  d.conferred_other = other;
  return d;
}

// The as-of date is 2026-11-01: ASCPi MLS-1's 5-year window starts on 2021-11-01.
TEST(ConferralDates, AWindowStartingBetweenTheTwoDatesIsForAReviewer) {
  const ValidationResult r = run(candidate(dated_twice("2021-07-18", "2021-11-16")));
  const CheckResult& completed = check_of(route_of(r, "ASCPi", "MLS", "MLS-1"), "clinical_training.completed");
  EXPECT_EQ(completed.outcome, Outcome::undecided);
  EXPECT_NE(completed.detail.find("2021-11-16"), std::string::npos) << completed.detail;
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLS").status, Eligibility::needs_review);
}

TEST(ConferralDates, DatesOnTheSameSideOfTheWindowDecide) {
  const ValidationResult inside = run(candidate(dated_twice("2022-07-18", "2022-11-16")));
  EXPECT_EQ(check_of(route_of(inside, "ASCPi", "MLS", "MLS-1"), "clinical_training.completed").outcome, Outcome::met);
  const ValidationResult before = run(candidate(dated_twice("2020-07-18", "2020-11-16")));
  EXPECT_EQ(check_of(route_of(before, "ASCPi", "MLS", "MLS-1"), "clinical_training.completed").outcome, Outcome::not_met);
}

}  // namespace
}  // namespace cc
