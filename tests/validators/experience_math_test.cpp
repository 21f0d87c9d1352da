// The arithmetic of criteria.md: civil dates, windows (leap days), FTE proration, overlapping jobs
// capped at 1.0 FTE a day, "to present", and the experience summary on the 40 h/week basis.
#include <gtest/gtest.h>

#include <cmath>

#include "validator_fixtures.h"
#include "validators/civil_date.h"
#include "validators/experience_facts.h"
#include "validators/experience_math.h"

namespace cc {
namespace {

int day(const char* iso) { return day_number(*parse_iso_date(iso)); }

TEST(CivilDate, ParsesOnlyRealIsoDates) {
  EXPECT_EQ(parse_iso_date("2024-02-29"), (CivilDate{2024, 2, 29}));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("1900-02-29"));
  EXPECT_TRUE(parse_iso_date("2000-02-29"));
  EXPECT_FALSE(parse_iso_date("2024-13-01"));
  EXPECT_FALSE(parse_iso_date("2024-1-01"));
  EXPECT_FALSE(parse_iso_date("2024-01-01T00:00"));
  EXPECT_FALSE(parse_iso_date("2024-0a-01"));
  EXPECT_FALSE(parse_iso_date(""));
  EXPECT_EQ(to_iso({2026, 3, 7}), "2026-03-07");
}

TEST(CivilDate, DayNumbersAreConsecutiveAndRoundTrip) {
  EXPECT_EQ(day("1970-01-01"), 0);
  EXPECT_EQ(day("2000-03-01") - day("2000-02-28"), 2);  // 2000 is a leap year
  EXPECT_EQ(day("1900-03-01") - day("1900-02-28"), 1);  // 1900 is not
  EXPECT_EQ(day("2027-01-01") - day("2026-01-01"), 365);
  EXPECT_EQ(day("2025-01-01") - day("2024-01-01"), 366);
  for (int d = day("1899-12-25"); d < day("2101-01-07"); d += 17) EXPECT_EQ(day_number(date_from_day_number(d)), d);
  EXPECT_EQ(date_from_day_number(day("1969-12-31")), (CivilDate{1969, 12, 31}));
}

TEST(CivilDate, YearsBeforeTurnsFeb29IntoFeb28) {
  EXPECT_EQ(years_before({2026, 11, 1}, 5), (CivilDate{2021, 11, 1}));
  EXPECT_EQ(years_before({2024, 2, 29}, 1), (CivilDate{2023, 2, 28}));
  EXPECT_EQ(years_before({2024, 2, 29}, 4), (CivilDate{2020, 2, 29}));
  EXPECT_EQ(years_before({2028, 2, 29}, 10), (CivilDate{2018, 2, 28}));
}

TEST(Window, CountsBothEndsOfAsOfMinusNYears) {
  const DayRange w = window_ending({2026, 11, 1}, 5);
  EXPECT_EQ(w.first, day("2021-11-01"));
  EXPECT_EQ(w.last, day("2026-11-01"));
  // A leap-day as-of: the window starts on Feb 28 of the common year.
  const DayRange leap = window_ending({2024, 2, 29}, 5);
  EXPECT_EQ(leap.first, day("2019-02-28"));
  EXPECT_EQ(leap.length(), day("2024-02-29") - day("2019-02-28") + 1);
}

TEST(Fte, PartTimeIsProratedByTheBoardsFullTime) {
  EXPECT_DOUBLE_EQ(fte_of(20, 40), 0.5);
  EXPECT_DOUBLE_EQ(fte_of(35, 35), 1.0);
  EXPECT_NEAR(fte_of(20, 35), 0.5714, 1e-4);
  EXPECT_DOUBLE_EQ(fte_of(0, 40), 0);
  // ASCP's own example: 20 h/week for 52 weeks = 29.7 FTE weeks.
  const WorkSpan year{0, 52 * 7 - 1, fte_of(20, 35)};
  EXPECT_NEAR(capped_fte_days({year}, {0, 10000}) / 7, 29.7, 0.05);
}

TEST(Fte, MonthsAreDaysTimesFteOver30_4375) {
  const WorkSpan full{day("2020-01-01"), day("2020-12-31"), 1.0};  // 366 days
  EXPECT_NEAR(fte_months({full}, {day("2000-01-01"), day("2030-01-01")}, 30.4375), 366 / 30.4375, 1e-9);
  const WorkSpan half{day("2020-01-01"), day("2020-12-31"), 0.5};
  EXPECT_NEAR(fte_months({half}, {day("2000-01-01"), day("2030-01-01")}, 30.4375), 183 / 30.4375, 1e-9);
  // One day, end inclusive.
  EXPECT_DOUBLE_EQ(capped_fte_days({{day("2020-05-05"), day("2020-05-05"), 1.0}}, {0, 100000}), 1.0);
}

TEST(Fte, OverlappingJobsAddUpButNeverAboveOneFteADay) {
  const DayRange all{day("2000-01-01"), day("2030-01-01")};
  const WorkSpan a{day("2020-01-01"), day("2020-01-10"), 1.0};    // 10 days full time
  const WorkSpan b{day("2020-01-06"), day("2020-01-15"), 0.5};    // 10 days half time, 5 overlapping
  EXPECT_DOUBLE_EQ(capped_fte_days({a, b}, all), 10 + 5 * 0.5);
  const WorkSpan c{day("2020-01-01"), day("2020-01-10"), 0.5};
  const WorkSpan d{day("2020-01-01"), day("2020-01-10"), 0.25};
  EXPECT_DOUBLE_EQ(capped_fte_days({c, d}, all), 10 * 0.75);    // adds up below 1.0
  const WorkSpan e{day("2020-01-01"), day("2020-01-10"), 0.75};
  EXPECT_DOUBLE_EQ(capped_fte_days({c, e}, all), 10.0);          // 1.25 capped at 1.0
  const WorkSpan overtime{day("2020-01-01"), day("2020-01-10"), 48.0 / 40};
  EXPECT_DOUBLE_EQ(capped_fte_days({overtime}, all), 10.0);      // one job above full time too
  EXPECT_TRUE(spans_overlap(a, b));
  EXPECT_FALSE(spans_overlap(a, {day("2020-01-11"), day("2020-01-12"), 1}));
}

TEST(Fte, OnlyDaysInsideTheWindowCount) {
  const WorkSpan job{day("2020-01-01"), day("2020-12-31"), 1.0};
  EXPECT_DOUBLE_EQ(capped_fte_days({job}, {day("2020-12-31"), day("2021-06-01")}), 1.0);  // last day inside
  EXPECT_DOUBLE_EQ(capped_fte_days({job}, {day("2021-01-01"), day("2021-06-01")}), 0.0);  // one day after
  EXPECT_DOUBLE_EQ(capped_fte_days({job}, {day("2019-06-01"), day("2020-01-01")}), 1.0);  // first day inside
}

TEST(Jobs, ToPresentEndsOnTheAsOfDateAndFullTimeMeansTheBoards) {
  Job j = vtest::job("2026-10-01", std::nullopt, std::nullopt);
  j.full_time_stated = true;
  const JobReading r = read_job(j, 35, {2026, 11, 1}, 0.8);
  ASSERT_TRUE(r.complete());
  EXPECT_EQ(*r.last_day, day("2026-11-01"));
  EXPECT_DOUBLE_EQ(*r.fte, 1.0);
  const JobReading hours = read_job(vtest::job("2026-10-01", "2026-10-31", 20.0), 40, {2026, 11, 1}, 0.8);
  EXPECT_DOUBLE_EQ(*hours.fte, 0.5);
  const JobReading unknown = read_job(vtest::job("2026-10-01", "2026-10-31", std::nullopt), 40, {2026, 11, 1}, 0.8);
  EXPECT_FALSE(unknown.complete());
}

TEST(Jobs, BoundsAreCertainForGoodReadingsAndOpenForDoubtfulOnes) {
  const Ruleset& rules = vtest::default_rules();
  const CivilDate as_of{2026, 11, 1};
  CandidateFacts facts = vtest::candidate(std::nullopt, {vtest::job("2024-11-01", std::nullopt, 40.0),
                                                        vtest::job("2022-01-01", "2022-12-31", 40.0, {}, 0.5, "old.pdf")});
  const ExperienceBounds b = experience_bounds(facts, rules, 40, 5, as_of);
  EXPECT_NEAR(b.certain_months, (day("2026-11-01") - day("2024-11-01") + 1) / 30.4375, 1e-9);
  // The doubtful job may be anywhere in the window, at full time.
  EXPECT_NEAR(b.possible_months, window_ending(as_of, 5).length() / 30.4375, 1e-9);
  EXPECT_TRUE(b.any_area_possible);
  ASSERT_EQ(b.month_doubts.size(), 1u);
  EXPECT_EQ(b.month_doubts[0].kind, Doubt::Kind::low_confidence);

  CandidateFacts none = vtest::candidate(std::nullopt);
  const ExperienceBounds open = experience_bounds(none, rules, 40, 5, as_of);
  EXPECT_EQ(open.certain_months, 0);
  EXPECT_TRUE(std::isinf(open.possible_months));
  ASSERT_FALSE(open.month_doubts.empty());
  EXPECT_EQ(open.month_doubts[0].fact, kExperienceLettersFact);
}

TEST(ExperienceSummary, UsesFortyHoursAndTheFiveYearWindow) {
  CandidateFacts facts = vtest::candidate(std::nullopt, {vtest::job("2019-11-01", "2023-10-31", 20.0),
                                                        vtest::job("2023-11-01", std::nullopt, 40.0)});
  const ExperienceSummary s = experience_summary(facts, {2026, 11, 1}, 30.4375);
  const double before = (day("2023-10-31") - day("2019-11-01") + 1) * 0.5;
  const double after = day("2026-11-01") - day("2023-11-01") + 1;
  EXPECT_NEAR(s.fte_months_total, (before + after) / 30.4375, 1e-9);
  const double inside = (day("2023-10-31") - day("2021-11-01") + 1) * 0.5 + after;
  EXPECT_NEAR(s.fte_months_within_5y, inside / 30.4375, 1e-9);
}

}  // namespace
}  // namespace cc
