// Every route of the default ruleset at its boundary: 35.9 vs 36 FTE months, 15.5 vs 16 SH, one
// day inside vs outside a window, the 5-year recency, and the MLT routes that lean on others.
#include <gtest/gtest.h>

#include <cmath>

#include "validator_fixtures.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run(const CandidateFacts& facts) { return evaluate(facts, default_rules(), std::string(kAsOf)); }

TEST(Mls1, ClinicalTrainingCompletedOnTheWindowsFirstDayCountsOneDayEarlierDoesNot) {
  // Window: [2021-11-01, 2026-11-01].
  auto inside = run(candidate(bs_medtech("2021-11-01")));
  EXPECT_EQ(route_of(inside, "ASCPi", "MLS", "MLS-1").outcome, Outcome::met);
  EXPECT_EQ(evaluation_of(inside, "ASCPi", "MLS").status, Eligibility::eligible);
  EXPECT_EQ(evaluation_of(inside, "ASCPi", "MLS").route, "MLS-1");
  const CheckResult& window = check_of(route_of(inside, "ASCPi", "MLS", "MLS-1"), "clinical_training.completed");
  EXPECT_TRUE(window.assumed);
  EXPECT_NE(window.detail.find("assumed"), std::string::npos) << window.detail;
  EXPECT_TRUE(route_of(inside, "ASCPi", "MLS", "MLS-1").assumed);

  auto outside = run(candidate(bs_medtech("2021-10-31")));
  EXPECT_EQ(route_of(outside, "ASCPi", "MLS", "MLS-1").outcome, Outcome::not_met);
}

TEST(Mls1, AFailureRestsOnTheAssumedWindowOnlyWhenNothingElseFails) {
  // Fails on the (assumed) window alone: the decision rests on the assumption.
  const ValidationResult old = run(candidate(bs_medtech("2015-06-01")));
  const RouteResult& window_only = route_of(old, "ASCPi", "MLS", "MLS-1");
  EXPECT_EQ(window_only.outcome, Outcome::not_met);
  EXPECT_TRUE(window_only.assumed);
  // Also fails on clinical training (not assumed): it would fail whatever the window. (A science
  // degree: on an MLS-field degree, training not recognised is undecided, not absent.)
  DegreeFacts untrained = degree("bachelor", "Bachelor of Science in Biology", "2015-06-01");
  untrained.clinical_training = false;
  auto r = run(candidate(untrained));
  EXPECT_EQ(route_of(r, "ASCPi", "MLS", "MLS-1").outcome, Outcome::not_met);
  EXPECT_FALSE(route_of(r, "ASCPi", "MLS", "MLS-1").assumed);
}

TEST(Mls1, ScienceDegreeNeedsClinicalTrainingInTheFourCoreAreas) {
  DegreeFacts bio = degree("bachelor", "Bachelor of Science in Biology", "2024-04-01");
  bio.clinical_training = true;
  bio.clinical_training_areas = {"chemistry", "hematology", "microbiology"};
  auto missing_area = run(candidate(bio));
  const RouteResult& r = route_of(missing_area, "ASCPi", "MLS", "MLS-1");
  EXPECT_EQ(r.outcome, Outcome::not_met);
  EXPECT_EQ(check_of(r, "degree.field").outcome, Outcome::met);
  EXPECT_EQ(check_of(r, "clinical_training.areas").outcome, Outcome::not_met);
  EXPECT_NE(check_of(r, "clinical_training.areas").detail.find("blood_bank"), std::string::npos);

  bio.clinical_training_areas.push_back("blood_bank");
  EXPECT_EQ(route_of(run(candidate(bio)), "ASCPi", "MLS", "MLS-1").outcome, Outcome::met);
}

TEST(Mls1, ThreeYearBachelorIsNotBachelorLevel) {
  DegreeFacts three = bs_medtech("2024-04-01");
  three.years = 3;
  auto r = run(candidate(three));
  EXPECT_EQ(check_of(route_of(r, "ASCPi", "MLS", "MLS-1"), "degree.level").outcome, Outcome::not_met);
  EXPECT_EQ(evaluation_of(r, "ASCPi", "MLS").status, Eligibility::not_eligible);
}

TEST(Mls2, ThirtySixFteMonthsWithinTenYearsAtThirtyFiveHours) {
  DegreeFacts old = bs_medtech("2012-04-01");
  auto met = run(candidate(old, {job_of_days(days_for(36), 35)}));
  const RouteResult& r = route_of(met, "ASCPi", "MLS", "MLS-2");
  EXPECT_EQ(r.outcome, Outcome::met);
  EXPECT_EQ(evaluation_of(met, "ASCPi", "MLS").route, "MLS-2");
  EXPECT_NE(check_of(r, "experience.fte_months").detail.find("36.0"), std::string::npos) << check_of(r, "experience.fte_months").detail;

  // One day short: 35.97 FTE months.
  auto short_by_a_day = run(candidate(old, {job_of_days(days_for(36) - 1, 35)}));
  const RouteResult& s = route_of(short_by_a_day, "ASCPi", "MLS", "MLS-2");
  EXPECT_EQ(s.outcome, Outcome::not_met);
  EXPECT_NE(check_of(s, "experience.fte_months").detail.find("35.9"), std::string::npos) << check_of(s, "experience.fte_months").detail;
  EXPECT_EQ(evaluation_of(short_by_a_day, "ASCPi", "MLS").status, Eligibility::not_eligible);
}

TEST(Mls2, ExactlyThirtySixMonthsOfPartTimeDoesNotCountAsFullTime) {
  // 36 calendar months at 20 of 35 hours is about 20.6 FTE months.
  auto r = run(candidate(bs_medtech("2012-04-01"), {job_of_days(days_for(36), 20)}));
  EXPECT_EQ(route_of(r, "ASCPi", "MLS", "MLS-2").outcome, Outcome::not_met);
  // At AMT's 40 h/week, 35 hours is 0.875 FTE.
}

TEST(Mls2, OnlyDaysInsideTheTenYearWindowCount) {
  // Window [2016-11-01, 2026-11-01]; 36 months exactly from the window's first day, and one day earlier.
  const std::string first = "2016-11-01";
  auto inside = run(candidate(bs_medtech("2012-04-01"), {job(first, shifted(first, days_for(36) - 1), 35.0)}));
  EXPECT_EQ(route_of(inside, "ASCPi", "MLS", "MLS-2").outcome, Outcome::met);
  auto earlier = run(candidate(bs_medtech("2012-04-01"), {job(shifted(first, -1), shifted(first, days_for(36) - 2), 35.0)}));
  EXPECT_EQ(route_of(earlier, "ASCPi", "MLS", "MLS-2").outcome, Outcome::not_met);
  EXPECT_TRUE(has_flag(earlier, "experience_outside_window"));
}

TEST(Mls2, TheFourCoreAreasMayBeSpreadOverJobs) {
  const std::string mid = shifted(kAsOf, -600);
  auto r = run(candidate(bs_medtech("2012-04-01"),
                         {job(shifted(kAsOf, -1200), mid, 35.0, {"chemistry", "hematology"}, 0.95, "a.pdf"),
                          job(shifted(mid, 1), std::string(kAsOf), 35.0, {"blood_bank", "microbiology"}, 0.95, "b.pdf")}));
  EXPECT_EQ(check_of(route_of(r, "ASCPi", "MLS", "MLS-2"), "experience.areas").outcome, Outcome::met);
  auto three = run(candidate(bs_medtech("2012-04-01"), {job_of_days(1200, 35, {"chemistry", "hematology", "microbiology"})}));
  EXPECT_EQ(check_of(route_of(three, "ASCPi", "MLS", "MLS-2"), "experience.areas").outcome, Outcome::not_met);
}

TEST(Mls4, ScienceBachelorNeedsSixtyFteMonths) {
  const DegreeFacts bio = degree("bachelor", "Bachelor of Science in Biology", "2010-04-01");
  auto met = run(candidate(bio, {job_of_days(days_for(60), 35)}));
  EXPECT_EQ(route_of(met, "ASCPi", "MLS", "MLS-4").outcome, Outcome::met);
  EXPECT_EQ(route_of(met, "ASCPi", "MLS", "MLS-2").outcome, Outcome::not_met);  // not an MLS field
  auto short_by_a_day = run(candidate(bio, {job_of_days(days_for(60) - 1, 35)}));
  EXPECT_EQ(route_of(short_by_a_day, "ASCPi", "MLS", "MLS-4").outcome, Outcome::not_met);
}

TEST(Mlt1, TwoYearMlsDiplomaWithCoreTrainingAndNoWindow) {
  DegreeFacts dmlt = degree("diploma", "Diploma in Medical Laboratory Technology", "2012-06-01", 2);
  dmlt.clinical_training = true;
  dmlt.clinical_training_areas = core_areas();
  auto met = run(candidate(dmlt));
  EXPECT_EQ(route_of(met, "ASCPi", "MLT", "MLT-1").outcome, Outcome::met);
  EXPECT_EQ(evaluation_of(met, "ASCPi", "MLS").status, Eligibility::not_eligible);
  EXPECT_TRUE(has_flag(met, "not_bachelor_level"));
  dmlt.years = 1;
  auto one_year = run(candidate(dmlt));
  EXPECT_EQ(check_of(route_of(one_year, "ASCPi", "MLT", "MLT-1"), "degree.level").outcome, Outcome::not_met);
}

TEST(Mlt2, ScienceDiplomaAndTwelveMonthsWithinFiveYears) {
  const DegreeFacts diploma = degree("diploma", "Diploma in Microbiology", "2015-06-01", 2);
  auto met = run(candidate(diploma, {job_of_days(days_for(12), 35)}));
  const RouteResult& r = route_of(met, "ASCPi", "MLT", "MLT-2");
  EXPECT_EQ(r.outcome, Outcome::met);
  EXPECT_TRUE(r.assumed);  // months and window assumed
  EXPECT_NE(check_of(r, "experience.fte_months").detail.find("min_fte_months = 12"), std::string::npos);
  auto short_by_a_day = run(candidate(diploma, {job_of_days(days_for(12) - 1, 35)}));
  EXPECT_EQ(route_of(short_by_a_day, "ASCPi", "MLT", "MLT-2").outcome, Outcome::not_met);
}

TEST(ViaMls, BachelorMeetingAnMlsRouteMeetsTheMltCredential) {
  DegreeFacts old = bs_medtech("2012-04-01");
  old.clinical_training_areas = {"chemistry"};  // so MLT-1 fails: only the MLS credential carries MLT
  auto r = run(candidate(old, {job_of_days(days_for(40), 35)}));
  const Evaluation& mlt = evaluation_of(r, "ASCPi", "MLT");
  EXPECT_EQ(route_of(mlt, "MLT-1").outcome, Outcome::not_met);
  EXPECT_EQ(route_of(mlt, "MLT-2").outcome, Outcome::not_met);
  EXPECT_EQ(mlt.status, Eligibility::eligible);
  EXPECT_EQ(mlt.route, "VIA-MLS");
}

TEST(MlsEdu, MlsBachelorWithClinicalTrainingGraduatedWithinFiveYears) {
  auto inside = run(candidate(bs_medtech("2021-11-01")));
  EXPECT_EQ(route_of(inside, "AMT", "MLS", "MLS-EDU").outcome, Outcome::met);
  auto outside = run(candidate(bs_medtech("2021-10-31")));
  EXPECT_EQ(route_of(outside, "AMT", "MLS", "MLS-EDU").outcome, Outcome::not_met);
  // No internship recognised on an MLS program's transcript: not shown, so not decided either way
  // (ClinicalTraining.NotRecognisedOnAnMlsProgramIsNotShownAbsent).
  DegreeFacts no_training = bs_medtech("2024-04-01");
  no_training.clinical_training = false;
  EXPECT_EQ(route_of(run(candidate(no_training)), "AMT", "MLS", "MLS-EDU").outcome, Outcome::undecided);
}

// Each subject in two courses of half the hours: one course over 15 SH cannot be true (plausibility).
std::vector<Course> science_courses(double biology_sh, double chemistry_sh) {
  return {course("General Biology I", biology_sh / 2),     course("General Biology II", biology_sh / 2),
          course("General Chemistry I", chemistry_sh / 2), course("General Chemistry II", chemistry_sh / 2),
          course("English Composition", 3)};
}

TEST(MlsExp, ScienceBachelorNeedsSixteenShBiologyAndChemistry) {
  const DegreeFacts bio = degree("bachelor", "Bachelor of Science in Biology", "2015-04-01");
  const Job year = job_of_days(days_for(12), 40);
  auto met = run(candidate(bio, {year}, science_courses(16, 16)));
  const RouteResult& r = route_of(met, "AMT", "MLS", "MLS-EXP");
  EXPECT_EQ(r.outcome, Outcome::met);
  EXPECT_EQ(check_of(r, "education").outcome, Outcome::met);
  EXPECT_EQ(check_of(r, "education.2.coursework.biology").outcome, Outcome::met);
  EXPECT_EQ(evaluation_of(met, "AMT", "MLS").route, "MLS-EXP");

  auto half_short = run(candidate(bio, {year}, science_courses(15.5, 16)));
  const RouteResult& s = route_of(half_short, "AMT", "MLS", "MLS-EXP");
  EXPECT_EQ(s.outcome, Outcome::not_met);
  EXPECT_EQ(check_of(s, "education.2.coursework.biology").outcome, Outcome::not_met);
  EXPECT_NE(check_of(s, "education.2.coursework.biology").detail.find("15.5 SH"), std::string::npos);

  // Quarter credits are 2/3 SH: 24 quarter credits = 16 SH exactly.
  auto quarters = run(candidate(bio, {year}, science_courses(24, 24), "quarter"));
  EXPECT_EQ(route_of(quarters, "AMT", "MLS", "MLS-EXP").outcome, Outcome::met);
}

TEST(MlsExp, TwelveMonthsAtFortyHoursWithinFiveYears) {
  const DegreeFacts mt = bs_medtech("2012-04-01");
  auto met = run(candidate(mt, {job_of_days(days_for(12), 40)}));
  EXPECT_EQ(route_of(met, "AMT", "MLS", "MLS-EXP").outcome, Outcome::met);
  // 35 h/week is full time for ASCPi but 0.875 FTE for AMT.
  auto ascpi_full_time = run(candidate(mt, {job_of_days(days_for(12), 35)}));
  EXPECT_EQ(route_of(ascpi_full_time, "AMT", "MLS", "MLS-EXP").outcome, Outcome::not_met);
  // Experience that ended one day before the window counts nothing.
  auto before = run(candidate(mt, {job("2019-01-01", "2021-10-31", 40.0)}));
  EXPECT_EQ(route_of(before, "AMT", "MLS", "MLS-EXP").outcome, Outcome::not_met);
}

TEST(MltEdu, AssociateInAnMlsFieldGraduatedWithinFiveYears) {
  const auto associate = [](const std::string& conferred) {
    return degree("associate", "Associate of Applied Science in Medical Laboratory Technology", conferred, std::nullopt);
  };
  auto inside = run(candidate(associate("2021-11-01")));
  const RouteResult& r = route_of(inside, "AMT", "MLT", "MLT-EDU");
  EXPECT_EQ(r.outcome, Outcome::met);
  EXPECT_FALSE(r.assumed);  // official
  auto outside = run(candidate(associate("2021-10-31")));
  EXPECT_EQ(route_of(outside, "AMT", "MLT", "MLT-EDU").outcome, Outcome::not_met);
  // No employment letter: MLT-RECENT could still be met by recent experience.
  EXPECT_EQ(evaluation_of(outside, "AMT", "MLT").status, Eligibility::needs_review);
  EXPECT_TRUE(has_flag(outside, "missing_experience_letter"));
  // A letter whose job ended before the window settles it.
  auto old_job = run(candidate(associate("2021-10-31"), {job("2019-01-01", "2020-12-31", 40.0)}));
  EXPECT_EQ(evaluation_of(old_job, "AMT", "MLT").status, Eligibility::not_eligible);
  EXPECT_FALSE(has_flag(old_job, "missing_experience_letter"));
}

// boards-2026.12: the 25 SH count biology, chemistry, mathematics and MLS professional courses.
constexpr const char* kMltAltSubjects = "coursework.biology+chemistry+mathematics+mls_professional";

TEST(MltAlt, SixtyShWithTwentyFiveInScienceAndMlsCompletedWithinFiveYears) {
  const DegreeFacts unrelated = degree("associate", "Associate in Arts", "2024-06-01", 2);
  std::vector<Course> courses{course("General Biology", 10), course("General Chemistry", 10), course("Hematology", 5),
                              course("English Composition", 10), course("Philosophy", 10), course("World Civilizations", 15)};
  auto met = run(candidate(unrelated, {}, courses));
  const RouteResult& r = route_of(met, "AMT", "MLT", "MLT-ALT");
  EXPECT_EQ(check_of(r, "coursework.total").outcome, Outcome::met);
  EXPECT_EQ(check_of(r, kMltAltSubjects).outcome, Outcome::met);
  EXPECT_EQ(r.outcome, Outcome::met);

  courses[2] = course("Hematology", 4.5);  // 24.5 of 25
  courses[3] = course("English Composition", 10.5);
  auto short_half = run(candidate(unrelated, {}, courses));
  const RouteResult& s = route_of(short_half, "AMT", "MLT", "MLT-ALT");
  EXPECT_EQ(check_of(s, "coursework.total").outcome, Outcome::met);
  EXPECT_EQ(check_of(s, kMltAltSubjects).outcome, Outcome::not_met);

  CandidateFacts completed = candidate(degree("associate", "Associate in Arts", "2024-06-01", 2), {}, courses);
  completed.coursework->courses[2] = course("Hematology", 5);
  completed.coursework->completed = "2021-10-31";  // the courses' own date wins over the conferral
  EXPECT_EQ(check_of(route_of(run(completed), "AMT", "MLT", "MLT-ALT"), "coursework.completed").outcome, Outcome::not_met);
  completed.coursework->completed = "2021-11-01";
  EXPECT_EQ(route_of(run(completed), "AMT", "MLT", "MLT-ALT").outcome, Outcome::met);
}

TEST(MltRecent, AnOlderMlsAssociateWithSixMonthsRecentExperience) {
  const DegreeFacts old = degree("associate", "Associate of Applied Science in Medical Laboratory Technology", "2015-06-01", 2);
  auto met = run(candidate(old, {job_of_days(days_for(6), 40)}));
  const Evaluation& mlt = evaluation_of(met, "AMT", "MLT");
  EXPECT_EQ(route_of(mlt, "MLT-EDU").outcome, Outcome::not_met);  // window
  const RouteResult& recent = route_of(mlt, "MLT-RECENT");
  EXPECT_EQ(recent.outcome, Outcome::met);
  EXPECT_EQ(check_of(recent, "alternative_of").outcome, Outcome::met);
  EXPECT_EQ(check_of(recent, "alternative_of.MLT-EDU.degree.field").outcome, Outcome::met);
  EXPECT_EQ(mlt.status, Eligibility::eligible);
  EXPECT_EQ(mlt.route, "MLT-RECENT");

  auto short_by_a_day = run(candidate(old, {job_of_days(days_for(6) - 1, 40)}));
  EXPECT_EQ(route_of(short_by_a_day, "AMT", "MLT", "MLT-RECENT").outcome, Outcome::not_met);
  // A nursing associate meets neither route above, whatever the experience.
  auto nursing = run(candidate(degree("associate", "Associate in Nursing", "2015-06-01", 2), {job_of_days(400, 40)}));
  EXPECT_EQ(route_of(nursing, "AMT", "MLT", "MLT-RECENT").outcome, Outcome::not_met);
}

TEST(ViaMls, AmtMltFollowsAnEligibleAmtMls) {
  auto r = run(candidate(bs_medtech("2012-04-01"), {job_of_days(days_for(12), 40)}));
  EXPECT_EQ(evaluation_of(r, "AMT", "MLS").status, Eligibility::eligible);
  const Evaluation& mlt = evaluation_of(r, "AMT", "MLT");
  EXPECT_EQ(mlt.status, Eligibility::eligible);
  // MLT-RECENT is met too (the MLS bachelor's counts as an MLS-field degree); it comes first.
  EXPECT_EQ(mlt.route, "MLT-RECENT");
  EXPECT_EQ(route_of(mlt, "VIA-MLS").outcome, Outcome::met);
}

}  // namespace
}  // namespace cc
