// What changed from boards-2026.11 to boards-2026.12 (criteria.md, "Changes from boards-2026.11"),
// each at its boundary: the unconfirmed ASCPi routes MLS-3 and MLS-5 (met: needs_review with the
// route named, never eligible), MLT-ALT counting mathematics, MLT-RECENT for the education route
// only, the plausibility limits, ECTS and UK credits, and boards-2026.11 still loading as it was.
#include <gtest/gtest.h>

#include <cmath>

#include "validator_fixtures.h"

namespace cc {
namespace {

using namespace cc::vtest;

ValidationResult run(const CandidateFacts& facts) { return evaluate(facts, default_rules(), kAsOf); }

const Ruleset& previous_rules() {
  static const Ruleset rules = load_rules_or_fail(CREDCHECK_PREVIOUS_RULES_DIR);
  return rules;
}

// A credential outside every field the ruleset names, as the extractor reports it ("other").
DegreeFacts other_field(DegreeFacts d) {
  d.field = "other";
  return d;
}

bool mentions(const Evaluation& e, const std::string& text) {
  for (const auto& reason : e.review_reasons)
    if (reason.find(text) != std::string::npos) return true;
  return false;
}

// A bachelor's outside any MLS or science field, and a 2-year Diploma in Medical Laboratory
// Technology: the candidate MLS-3 is for. `degree` is the highest, `degrees` holds both.
CandidateFacts business_graduate_with_mlt_diploma(int diploma_years, int bachelor_years = 4) {
  const DegreeFacts bachelor =
      other_field(degree("bachelor", "Bachelor of Science in Business Administration", "2016-04-01", bachelor_years));
  DegreeFacts diploma = degree("diploma", "Diploma in Medical Laboratory Technology", "2019-04-01", diploma_years);
  diploma.evidence = {evidence("mlt-diploma.pdf", "Diploma in Medical Laboratory Technology")};
  CandidateFacts f = candidate(bachelor);
  f.degrees = {bachelor, diploma};
  f.documents.diplomas = 2;
  return f;
}

TEST(Mls3, ABachelorInAnyFieldAndATwoYearMlsDiplomaGoesToReviewNamingTheRoute) {
  const ValidationResult r = run(business_graduate_with_mlt_diploma(2));
  const Evaluation& mls = evaluation_of(r, "ASCPi", "MLS");
  EXPECT_EQ(route_of(mls, "MLS-3").outcome, Outcome::met);
  EXPECT_EQ(mls.status, Eligibility::needs_review);  // unconfirmed: never eligible on its own
  EXPECT_FALSE(mls.route.has_value());
  EXPECT_TRUE(mentions(mls, "MLS-3")) << ::testing::PrintToString(mls.review_reasons);
  EXPECT_TRUE(mentions(mls, "unconfirmed"));
  // The highest credential alone (the business bachelor's) meets no confirmed route.
  EXPECT_EQ(route_of(mls, "MLS-1").outcome, Outcome::not_met);
}

TEST(Mls3, AOneYearDiplomaOrAThreeYearBachelorDoesNotMeetIt) {
  const ValidationResult short_diploma_result = run(business_graduate_with_mlt_diploma(1));
  const Evaluation& short_diploma = evaluation_of(short_diploma_result, "ASCPi", "MLS");
  EXPECT_EQ(route_of(short_diploma, "MLS-3").outcome, Outcome::not_met);
  EXPECT_FALSE(mentions(short_diploma, "MLS-3"));
  const ValidationResult three_years_result = run(business_graduate_with_mlt_diploma(2, 3));
  const Evaluation& three_years = evaluation_of(three_years_result, "ASCPi", "MLS");
  EXPECT_EQ(route_of(three_years, "MLS-3").outcome, Outcome::not_met);
}

TEST(Mls3, OnlyTheHighestCredentialKnownMeansTheDiplomaIsNotThere) {
  CandidateFacts f = business_graduate_with_mlt_diploma(2);
  f.degrees.clear();  // an extractor that reports only `degree`
  EXPECT_EQ(route_of(run(f), "ASCPi", "MLS", "MLS-3").outcome, Outcome::not_met);
}

TEST(Mls3, AMetConfirmedRouteStillMakesTheCredentialEligible) {
  // A BS Medical Technology with its internship meets MLS-1; an extra MLT diploma meets MLS-3 too.
  CandidateFacts f = business_graduate_with_mlt_diploma(2);
  const DegreeFacts medtech = bs_medtech("2023-04-01");
  f.degree = medtech;
  f.degrees.front() = medtech;
  const ValidationResult mls_result = run(f);
  const Evaluation& mls = evaluation_of(mls_result, "ASCPi", "MLS");
  EXPECT_EQ(mls.status, Eligibility::eligible);
  EXPECT_EQ(mls.route, "MLS-1");
}

// A business bachelor's, a 2-year Diploma in Biology, and `months` FTE months ending on the as-of date.
CandidateFacts mls5_candidate(double months) {
  const DegreeFacts bachelor = other_field(degree("bachelor", "Bachelor of Arts in Economics", "2012-04-01"));
  const DegreeFacts diploma = degree("diploma", "Diploma in Biology", "2009-04-01", 2);
  CandidateFacts f = candidate(bachelor, {job_of_days(days_for(months), 35.0)});
  f.degrees = {bachelor, diploma};
  return f;
}

TEST(Mls5, SixtyMonthsWithABachelorAndAScienceDiplomaGoesToReview) {
  const ValidationResult met_result = run(mls5_candidate(60));
  const Evaluation& met = evaluation_of(met_result, "ASCPi", "MLS");
  EXPECT_EQ(route_of(met, "MLS-5").outcome, Outcome::met);
  EXPECT_EQ(met.status, Eligibility::needs_review);
  EXPECT_TRUE(mentions(met, "MLS-5"));
  // One day short of 60 FTE months: the route fails, and nothing else is pending.
  CandidateFacts short_by_a_day = mls5_candidate(60);
  short_by_a_day.experience.front().start = shifted(*short_by_a_day.experience.front().start, 1);
  const ValidationResult s_result = run(short_by_a_day);
  const Evaluation& s = evaluation_of(s_result, "ASCPi", "MLS");
  EXPECT_EQ(route_of(s, "MLS-5").outcome, Outcome::not_met);
  EXPECT_EQ(s.status, Eligibility::not_eligible) << ::testing::PrintToString(s.review_reasons);
}

TEST(Mls5, TheDiplomaMustBeInAScienceField) {
  CandidateFacts f = mls5_candidate(60);
  f.degrees.back() = other_field(degree("diploma", "Diploma in Accounting", "2009-04-01", 2));
  const ValidationResult r = run(f);
  EXPECT_EQ(route_of(r, "ASCPi", "MLS", "MLS-5").outcome, Outcome::not_met)
      << ::testing::PrintToString(evaluation_of(r, "ASCPi", "MLS").review_reasons);
}

TEST(MltAlt, MathematicsCountsAmongTheTwentyFiveSemesterHours) {
  const DegreeFacts unrelated = degree("associate", "Associate in Arts", "2024-06-01", 2);
  std::vector<Course> courses{course("General Biology", 10), course("General Chemistry", 10), course("College Algebra", 5),
                              course("English Composition", 10), course("Philosophy", 10), course("World Civilizations", 15)};
  const RouteResult met = route_of(run(candidate(unrelated, {}, courses)), "AMT", "MLT", "MLT-ALT");
  EXPECT_EQ(met.outcome, Outcome::met);
  // Under boards-2026.11 the same courses fall 5 SH short of the 25.
  const auto old = evaluate(candidate(unrelated, {}, courses), previous_rules(), kAsOf);
  EXPECT_EQ(route_of(old, "AMT", "MLT", "MLT-ALT").outcome, Outcome::not_met);
  courses[2] = course("College Algebra", 4.5);
  courses[3] = course("English Composition", 10.5);
  EXPECT_EQ(route_of(run(candidate(unrelated, {}, courses)), "AMT", "MLT", "MLT-ALT").outcome, Outcome::not_met);
}

TEST(MltRecent, AppliesToTheEducationRouteOnly) {
  // 60 SH completed six years ago and 6 FTE months of recent work: MLT-ALT fails on its window.
  const DegreeFacts unrelated = other_field(degree("associate", "Associate in Arts", "2020-06-01", 2));
  std::vector<Course> courses{course("General Biology", 10), course("General Chemistry", 10), course("Hematology", 5),
                              course("English Composition", 10), course("Philosophy", 10), course("World Civilizations", 15)};
  CandidateFacts f = candidate(unrelated, {job_of_days(days_for(6), 40.0)}, courses);
  f.coursework->completed = "2020-06-01";
  const ValidationResult now_result = run(f);
  const Evaluation& now = evaluation_of(now_result, "AMT", "MLT");
  EXPECT_EQ(route_of(now, "MLT-ALT").outcome, Outcome::not_met);
  EXPECT_EQ(route_of(now, "MLT-RECENT").outcome, Outcome::not_met);
  EXPECT_EQ(now.status, Eligibility::not_eligible) << ::testing::PrintToString(now.review_reasons);
  // boards-2026.11 let it through MLT-RECENT.
  const ValidationResult before_result = evaluate(f, previous_rules(), kAsOf);
  const Evaluation& before = evaluation_of(before_result, "AMT", "MLT");
  EXPECT_EQ(before.status, Eligibility::eligible);
  EXPECT_EQ(before.route, "MLT-RECENT");
}

CandidateFacts sixty_sh_in(const std::vector<Course>& courses) {
  return candidate(degree("associate", "Associate in Arts", "2024-06-01", 2), {}, courses);
}

TEST(Plausibility, OneCourseOfFifteenSemesterHoursCountsAndFifteenAndAHalfCannotBeTrue) {
  std::vector<Course> courses{course("General Biology", 15), course("General Chemistry", 10), course("English", 15),
                              course("History", 10), course("Philosophy", 10)};
  EXPECT_EQ(route_of(run(sixty_sh_in(courses)), "AMT", "MLT", "MLT-ALT").outcome, Outcome::met);
  courses[0] = course("General Biology", 15.5);
  const ValidationResult r = run(sixty_sh_in(courses));
  const RouteResult& alt = route_of(r, "AMT", "MLT", "MLT-ALT");
  EXPECT_EQ(alt.outcome, Outcome::undecided);
  EXPECT_NE(check_of(alt, "coursework.total").detail.find("General Biology"), std::string::npos);
  EXPECT_EQ(evaluation_of(r, "AMT", "MLT").status, Eligibility::needs_review);
}

std::vector<Course> in_one_term(std::vector<Course> courses, const std::string& term) {
  for (auto& c : courses) c.term = term;
  return courses;
}

TEST(Plausibility, SixtySemesterHoursInOneTermAndNotSixtyAndAHalf) {
  std::vector<Course> courses{course("General Biology", 15), course("General Chemistry", 15), course("English", 15),
                              course("History", 15)};
  courses = in_one_term(courses, "First Semester 2022-2023");
  EXPECT_EQ(route_of(run(sixty_sh_in(courses)), "AMT", "MLT", "MLT-ALT").outcome, Outcome::met);
  courses.push_back(course("Physical Education", 0.5));
  courses.back().term = "First Semester 2022-2023";
  const ValidationResult alt_result = run(sixty_sh_in(courses));
  const RouteResult& alt = route_of(alt_result, "AMT", "MLT", "MLT-ALT");
  EXPECT_EQ(alt.outcome, Outcome::undecided);
  EXPECT_NE(check_of(alt, "coursework.total").detail.find("First Semester 2022-2023"), std::string::npos);
}

TEST(Plausibility, ThreeHundredSemesterHoursInAllAndNotThreeHundredAndAHalf) {
  // 100 courses of 3 SH, ten a term: typical courses (a median of 15 SH would be another scale).
  std::vector<Course> courses;
  for (int i = 0; i < 100; ++i) {
    courses.push_back(course("General Biology " + std::to_string(i), 3));
    courses.back().term = "Term " + std::to_string(i / 10);
  }
  EXPECT_EQ(route_of(run(sixty_sh_in(courses)), "AMT", "MLT", "MLT-ALT").outcome, Outcome::met);
  courses.push_back(course("Seminar", 0.5));
  courses.back().term = "Term 10";
  const ValidationResult alt_result = run(sixty_sh_in(courses));
  const RouteResult& alt = route_of(alt_result, "AMT", "MLT", "MLT-ALT");
  EXPECT_EQ(alt.outcome, Outcome::undecided);
  EXPECT_NE(check_of(alt, "coursework.total").detail.find("300.5 SH"), std::string::npos);
}

// n courses of `sh` semester hours each, titled "<stem> 0", "<stem> 1"...
std::vector<Course> courses_of(int n, double sh, const std::string& stem) {
  std::vector<Course> out;
  for (int i = 0; i < n; ++i) out.push_back(course(stem + " " + std::to_string(i), sh));
  return out;
}

TEST(Plausibility, ATypicalCourseOfMoreThanSixSemesterHoursIsAnotherScale) {
  // Tanzanian credits of 10 notional hours (7.5-15 a course, 60 a semester) read as semester
  // credits: 12 courses of 10 "SH" break no per-course or per-term limit but are 4 times too many.
  std::vector<Course> courses = in_one_term(courses_of(6, 10, "General Biology"), "Year One Semester I");
  const std::vector<Course> second = in_one_term(courses_of(6, 10, "General Chemistry"), "Year One Semester II");
  courses.insert(courses.end(), second.begin(), second.end());
  const ValidationResult r = run(sixty_sh_in(courses));
  const RouteResult& alt = route_of(r, "AMT", "MLT", "MLT-ALT");
  EXPECT_EQ(alt.outcome, Outcome::undecided);
  EXPECT_NE(check_of(alt, "coursework.total").detail.find("typical course converts to 10 SH"), std::string::npos)
      << check_of(alt, "coursework.total").detail;
  EXPECT_EQ(evaluation_of(r, "AMT", "MLT").status, Eligibility::needs_review);
  // Six SH a typical course is still a course (a 6-SH lab block), and so are five 12-SH
  // internships among short courses: the median, not the largest, decides.
  EXPECT_EQ(route_of(run(sixty_sh_in(courses_of(12, 6, "General Biology"))), "AMT", "MLT", "MLT-ALT").outcome,
            Outcome::met);
  std::vector<Course> mixed = courses_of(5, 12, "Clinical Chemistry Internship");
  const std::vector<Course> short_ones = courses_of(8, 3, "General Chemistry");
  mixed.insert(mixed.end(), short_ones.begin(), short_ones.end());
  EXPECT_EQ(route_of(run(sixty_sh_in(mixed)), "AMT", "MLT", "MLT-ALT").outcome, Outcome::met);
}

// A course failed and taken again prints two rows; only the pass earns its hours.
TEST(FailingGrades, AFailedCourseEarnsNoSemesterHours) {
  std::vector<Course> courses = courses_of(14, 4, "General Biology");  // 56 SH passed
  courses.push_back(course("Clinical Chemistry", 4));
  courses.back().grade = "F";
  const ValidationResult r = run(sixty_sh_in(courses));
  const RouteResult& alt = route_of(r, "AMT", "MLT", "MLT-ALT");
  EXPECT_NE(alt.outcome, Outcome::met);
  EXPECT_NE(check_of(alt, "coursework.total").detail.find("total: 56.0 SH"), std::string::npos)
      << check_of(alt, "coursework.total").detail;
  for (const char* failing : {"Reprobada", "AJOURNÉ", "ajourne", "Fail"}) {
    courses.back().grade = failing;
    EXPECT_NE(route_of(run(sixty_sh_in(courses)), "AMT", "MLT", "MLT-ALT").outcome, Outcome::met) << failing;
  }
  // A pass, and Nigeria's E (40-44, a pass on the 5-point scale), earn theirs.
  for (const char* passing : {"C", "E", "P", "Aprobada"}) {
    courses.back().grade = passing;
    EXPECT_EQ(route_of(run(sixty_sh_in(courses)), "AMT", "MLT", "MLT-ALT").outcome, Outcome::met) << passing;
  }
}

TEST(Plausibility, AConferralBeforeTheFirstTermIsNotAFact) {
  // An MLS associate conferred in 2022 graduates within 5 years, unless its courses began in 2023.
  DegreeFacts associate = degree("associate", "Associate of Applied Science in Medical Laboratory Technology", "2022-06-01", 2);
  CandidateFacts f = candidate(associate, {}, in_one_term({course("Hematology", 4)}, "First Semester 2021-2022"));
  EXPECT_EQ(route_of(run(f), "AMT", "MLT", "MLT-EDU").outcome, Outcome::met);
  f.coursework->courses = in_one_term({course("Hematology", 4)}, "First Semester 2023-2024");
  const ValidationResult r = run(f);
  const RouteResult& edu = route_of(r, "AMT", "MLT", "MLT-EDU");
  EXPECT_EQ(edu.outcome, Outcome::undecided);
  EXPECT_NE(check_of(edu, "degree.conferred").detail.find("before the first term"), std::string::npos);
  EXPECT_NE(evaluation_of(r, "AMT", "MLT").status, Eligibility::eligible);
}

TEST(Plausibility, Boards2026_11DoesNotCheckIt) {
  std::vector<Course> courses{course("General Biology", 20), course("General Chemistry", 10), course("English", 15),
                              course("History", 15)};
  EXPECT_EQ(route_of(evaluate(sixty_sh_in(courses), previous_rules(), kAsOf), "AMT", "MLT", "MLT-ALT").outcome,
            Outcome::met);
  EXPECT_FALSE(previous_rules().definitions.max_semester_hours_per_course.has_value());
}

TEST(CreditSystems, EctsAreHalfAndUkCreditsAQuarterOfASemesterHour) {
  const DegreeFacts bio = degree("bachelor", "Bachelor of Science in Biology", "2015-04-01");
  const Job year = job_of_days(days_for(12), 40.0);
  const auto exp_route = [&](double per_subject, const std::string& system) {
    // Each subject in courses small enough to be plausible in any system.
    std::vector<Course> courses;
    for (const char* title : {"General Biology", "General Chemistry"})
      for (int i = 0; i < 4; ++i) courses.push_back(course(std::string(title) + " " + std::to_string(i), per_subject / 4));
    return route_of(run(candidate(bio, {year}, courses, system)), "AMT", "MLS", "MLS-EXP").outcome;
  };
  EXPECT_EQ(exp_route(32, "ects"), Outcome::met);       // 16 SH
  EXPECT_EQ(exp_route(31, "ects"), Outcome::not_met);   // 15.5 SH
  EXPECT_EQ(exp_route(64, "uk"), Outcome::met);         // 16 SH
  EXPECT_EQ(exp_route(62, "uk"), Outcome::not_met);     // 15.5 SH
  EXPECT_EQ(exp_route(16, "semester"), Outcome::met);
  // Contact hours per course (criteria.md names no rate; the ruleset's assumed one: 15 hours = 1 SH).
  EXPECT_EQ(exp_route(240, "hours"), Outcome::met);      // 16 SH
  EXPECT_EQ(exp_route(232.5, "hours"), Outcome::not_met);  // 15.5 SH
}

TEST(CreditSystems, ContactHoursConvertByTheRulesetsStatedRateAndTheDecisionSaysSo) {
  const DegreeFacts bio = degree("bachelor", "Bachelor of Science in Biology", "2015-04-01");
  std::vector<Course> courses;
  for (const char* title : {"General Biology", "General Chemistry"})
    for (int i = 0; i < 4; ++i) courses.push_back(course(std::string(title) + " " + std::to_string(i), 60));
  const ValidationResult r = run(candidate(bio, {job_of_days(days_for(12), 40.0)}, courses, "hours"));
  const RouteResult& exp = route_of(r, "AMT", "MLS", "MLS-EXP");
  EXPECT_EQ(exp.outcome, Outcome::met);
  const CheckResult& biology = check_of(exp, "education.2.coursework.biology");
  EXPECT_NE(biology.detail.find("biology: 16.0 SH"), std::string::npos) << biology.detail;
  EXPECT_NE(biology.detail.find("15 contact hours = 1 semester hour"), std::string::npos) << biology.detail;
  // One course of 300 contact hours (20 SH) cannot be true: it decides nothing.
  courses.front().credits = 300;
  EXPECT_EQ(route_of(run(candidate(bio, {job_of_days(days_for(12), 40.0)}, courses, "hours")), "AMT", "MLS", "MLS-EXP").outcome,
            Outcome::undecided);
}

TEST(PreviousRuleset, Boards2026_11StillLoadsWithoutTheNewRoutes) {
  const Ruleset& old = previous_rules();
  EXPECT_EQ(old.id, "boards-2026.11");
  EXPECT_EQ(old.board("ASCPi")->route("MLS-3"), nullptr);
  EXPECT_EQ(default_rules().id, "boards-2026.12");
  EXPECT_NE(default_rules().board("ASCPi")->route("MLS-3"), nullptr);
  const CandidateFacts f = business_graduate_with_mlt_diploma(2);
  EXPECT_EQ(evaluate(f, old, kAsOf).ruleset, "boards-2026.11");
  EXPECT_EQ(run(f).ruleset, "boards-2026.12");
}

}  // namespace
}  // namespace cc
