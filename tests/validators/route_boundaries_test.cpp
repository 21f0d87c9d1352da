// Route boundaries that routes_test.cpp leaves out: a job "to present" ends on the as-of date,
// windows counted back from a leap day, the 10-year window one day either side for MLS-4, and
// MLT-ALT's 60 SH total at 59.5.
#include <gtest/gtest.h>

#include <cmath>

#include "validator_fixtures.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run_at(const CandidateFacts& facts, const std::string& as_of) { return evaluate(facts, default_rules(), as_of); }

TEST(ToPresent, AJobToPresentCountsUpToTheAsOfDate) {
  // No end date: the as-of date is its last day, so 36 FTE months need the same start as a
  // job ending on the as-of date.
  const DegreeFacts mt = bs_medtech("2012-04-01");
  const std::string start = shifted(kAsOf, -(days_for(36) - 1));
  auto met = run_at(candidate(mt, {job(start, std::nullopt, 35.0)}), kAsOf);
  EXPECT_EQ(route_of(met, "ASCPi", "MLS", "MLS-2").outcome, Outcome::met);
  auto short_by_a_day = run_at(candidate(mt, {job(shifted(start, 1), std::nullopt, 35.0)}), kAsOf);
  EXPECT_EQ(route_of(short_by_a_day, "ASCPi", "MLS", "MLS-2").outcome, Outcome::not_met);
  // The same letter judged a year later counts a year more.
  auto later = run_at(candidate(mt, {job(shifted(start, 1), std::nullopt, 35.0)}), "2027-11-01");
  EXPECT_EQ(route_of(later, "ASCPi", "MLS", "MLS-2").outcome, Outcome::met);
}

TEST(LeapYear, AFiveYearWindowFromFebruary29StartsOnFebruary28) {
  // As of 2028-02-29 the 5-year window is [2023-02-28, 2028-02-29].
  const std::string as_of = "2028-02-29";
  EXPECT_EQ(route_of(run_at(candidate(bs_medtech("2023-02-28")), as_of), "AMT", "MLS", "MLS-EDU").outcome, Outcome::met);
  EXPECT_EQ(route_of(run_at(candidate(bs_medtech("2023-02-27")), as_of), "AMT", "MLS", "MLS-EDU").outcome, Outcome::not_met);
}

TEST(LeapYear, FteMonthsCountTheLeapDay) {
  // 12 FTE months at 40 h ending on a leap day: 366 days (2027-03-01 .. 2028-02-29) is more than
  // 365.25 needed, 365 days is not.
  const DegreeFacts mt = bs_medtech("2012-04-01");
  const std::string as_of = "2028-02-29";
  auto met = run_at(candidate(mt, {job("2027-03-01", std::string("2028-02-29"), 40.0)}), as_of);
  EXPECT_EQ(route_of(met, "AMT", "MLS", "MLS-EXP").outcome, Outcome::met);
  auto short_by_a_day = run_at(candidate(mt, {job("2027-03-02", std::string("2028-02-29"), 40.0)}), as_of);
  EXPECT_EQ(route_of(short_by_a_day, "AMT", "MLS", "MLS-EXP").outcome, Outcome::not_met);
}

TEST(Mls4, OnlyDaysInsideTheTenYearWindowCount) {
  const DegreeFacts bio = degree("bachelor", "Bachelor of Science in Biology", "2010-04-01");
  const std::string first = "2016-11-01";  // window [2016-11-01, 2026-11-01]
  auto inside = run_at(candidate(bio, {job(first, shifted(first, days_for(60) - 1), 35.0)}), kAsOf);
  EXPECT_EQ(route_of(inside, "ASCPi", "MLS", "MLS-4").outcome, Outcome::met);
  auto earlier = run_at(candidate(bio, {job(shifted(first, -1), shifted(first, days_for(60) - 2), 35.0)}), kAsOf);
  EXPECT_EQ(route_of(earlier, "ASCPi", "MLS", "MLS-4").outcome, Outcome::not_met);
}

TEST(MltAlt, SixtySemesterHoursInAllAndNotFiftyNinePointFive) {
  const DegreeFacts unrelated = degree("associate", "Associate in Arts", "2024-06-01", 2);
  std::vector<Course> courses{course("General Biology", 10), course("General Chemistry", 10), course("Hematology", 5),
                              course("English Composition", 10), course("Philosophy", 10), course("World Civilizations", 15)};
  EXPECT_EQ(check_of(route_of(run_at(candidate(unrelated, {}, courses), kAsOf), "AMT", "MLT", "MLT-ALT"), "coursework.total").outcome,
            Outcome::met);
  courses[5] = course("World Civilizations", 14.5);
  const ValidationResult short_half = run_at(candidate(unrelated, {}, courses), kAsOf);
  EXPECT_EQ(check_of(route_of(short_half, "AMT", "MLT", "MLT-ALT"), "coursework.total").outcome, Outcome::not_met);
}

}  // namespace
}  // namespace cc
