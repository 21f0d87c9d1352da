// Two program lengths on the documents (issue 16): a route whose minimum lies between them is
// undecided, the reason naming both and the evidence holding both; a route both lengths meet, or
// both fail, is decided as if the documents agreed.
#include <gtest/gtest.h>

#include "validator_fixtures.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run(const CandidateFacts& facts) { return evaluate(facts, default_rules(), kAsOf); }

DegreeFacts disputed(int kept, int other) {
  DegreeFacts d = bs_medtech("2024-04-01");
  d.years = kept;
  d.years_conflict = std::to_string(kept) + " years stated on the diploma, " + std::to_string(other) +
                     " years counted from the transcript's terms";
  d.years_conflicting = other;
  return d;
}

TEST(ProgramLengthConflict, AMinimumBetweenTheTwoLengthsIsForAReviewer) {
  const ValidationResult r = run(candidate(disputed(3, 4)));
  const CheckResult& level = check_of(route_of(r, "ASCPi", "MLS", "MLS-1"), "degree.level");
  EXPECT_EQ(level.outcome, Outcome::undecided);
  EXPECT_NE(level.detail.find("3 years stated on the diploma, 4 years counted from the transcript's terms"),
            std::string::npos)
      << level.detail;
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLS").status, Eligibility::needs_review);
  // The other way round: the kept length meets the minimum, the other does not.
  const ValidationResult longer = run(candidate(disputed(4, 3)));
  EXPECT_EQ(check_of(route_of(longer, "ASCPi", "MLS", "MLS-1"), "degree.level").outcome, Outcome::undecided);
  EXPECT_NE(evaluation_of(longer, "ASCPi", "MLS").status, Eligibility::eligible);
}

TEST(ProgramLengthConflict, LengthsOnTheSameSideOfTheMinimumDecide) {
  const ValidationResult both_meet = run(candidate(disputed(4, 5)));
  EXPECT_EQ(check_of(route_of(both_meet, "ASCPi", "MLS", "MLS-1"), "degree.level").outcome, Outcome::met);
  const ValidationResult both_fail = run(candidate(disputed(2, 3)));
  EXPECT_EQ(check_of(route_of(both_fail, "ASCPi", "MLS", "MLS-1"), "degree.level").outcome, Outcome::not_met);
}

}  // namespace
}  // namespace cc
