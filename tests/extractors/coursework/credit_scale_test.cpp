// Tests of credit scales a transcript does not name: credits of 10 notional hours (Tanzanian,
// South African) told by the words that state the size of a credit or the qualification framework,
// confirmed by course magnitudes; mixed evidence leaves the system unknown.
#include <gtest/gtest.h>

#include "extractors/coursework/coursework_system.h"
#include "extractors/coursework/credit_scale.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

CreditSystemClues terms_of(const std::vector<std::vector<double>>& terms, const std::string& text) {
  CreditSystemClues clues;
  clues.has_credits = true;
  clues.credit_headers = {"Credits"};
  clues.text = text;
  for (size_t t = 0; t < terms.size(); ++t)
    for (double c : terms[t]) clues.course_credits.push_back({"Semester " + std::to_string(t + 1), c});
  return clues;
}

// Semesters of about 60 credits in courses of 7.5 to 15: a Tanzanian transcript.
const std::vector<std::vector<double>> kTenHourSemesters = {
    {10, 10, 12, 10, 7.5, 7.5}, {10, 12, 12, 10, 7.5, 7.5}, {12, 12, 12, 10, 10}, {10, 10, 10, 10, 15}};
// US semesters of 15-17 hours.
const std::vector<std::vector<double>> kUsSemesters = {{3, 3, 4, 3, 3}, {3, 3, 3, 4, 4}, {4, 4, 3, 3}, {3, 3, 3, 3, 3}};

TEST(CreditScale, StatedLearningHoursPerCredit) {
  auto h = stated_learning_hours("Points = Credits x Grade Point. One credit = 10 notional hours of learning.");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->hours, 10);
  h = stated_learning_hours("One credit hour is equivalent to 40 notional student learning hours. GPA: ...");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->hours, 40);
  h = stated_learning_hours("1 UK credit = 10 notional hours of learning;");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->hours, 10);
  h = stated_learning_hours("10 credits = 100 notional hours");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->hours, 10);
  // Contact or academic hours of a course, a year of credits: not hours of learning per credit.
  EXPECT_FALSE(stated_learning_hours("1 credit = 36 academic hours. Soat / Hours 144"));
  EXPECT_FALSE(stated_learning_hours("120 credits = one academic year of full-time study."));
  EXPECT_FALSE(stated_learning_hours("Clinical hours: 1200. Credits 3"));
}

TEST(CreditScale, HoursOfAStudentsWork) {
  auto h = stated_learning_hours("Créditos aprobados: 360. 1 crédito = 15 horas de trabajo del estudiante. Escala");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->hours, 15);
  h = stated_learning_hours("Un crédito equivale a 30 horas de trabajo");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->hours, 30);
  // Hours of class or contact hours are no hours of work.
  EXPECT_FALSE(stated_learning_hours("Un crédito equivale a 15 horas de clase"));
  EXPECT_FALSE(stated_learning_hours("1 credit = 15 contact hours"));
}

// Credits of 15 hours of a student's work (90 a full-time year: Uruguay's university credit) are a
// third of a semester hour; over courses of semester-hour size, or a US degree's total, unknown.
TEST(CreditScale, FifteenHourCreditsOfWorkAreCreditsNinety) {
  const std::vector<std::vector<double>> activities = {{8, 6, 10, 10}, {12, 11, 9, 12}, {10, 13, 6, 12}, {14, 9, 25, 20}};
  const std::string note = "1 crédito = 15 horas de trabajo del estudiante. Escala de notas: 0 a 12";
  EXPECT_EQ(detect_credit_system(terms_of(activities, note)), "credits90");
  EXPECT_NEAR(*to_semester_hours(12.0, "credits90", test::shipped_credit_factors()), 4, 1e-9);
  EXPECT_EQ(detect_credit_system(terms_of(kUsSemesters, note)), "");
  EXPECT_EQ(detect_credit_system(terms_of(activities, note + ". Total credits: 128")), "");
  // Class hours say nothing of the scale.
  EXPECT_EQ(detect_credit_system(terms_of(activities, "1 crédito = 15 horas de clase")), "semester");
}

TEST(CreditScale, TenHourCreditsStatedAndOfThatSizeAreUk) {
  const auto clues = terms_of(kTenHourSemesters, "Semester Credits 57 ... One credit = 10 notional hours of learning.");
  const auto choice = choose_credit_system(clues);
  EXPECT_EQ(choice.system, "uk");
  EXPECT_NE(choice.evidence.find("10 notional hours"), std::string::npos) << choice.evidence;
  EXPECT_NE(choice.evidence.find("typical course carries 10 credits"), std::string::npos) << choice.evidence;
  EXPECT_EQ(to_semester_hours(10.0, choice.system, test::shipped_credit_factors()), 2.5);
  // Without the sentence: nothing names the scale (the validators' median rule sends it to review).
  EXPECT_EQ(detect_credit_system(terms_of(kTenHourSemesters, "Semester Credits 57")), "semester");
}

TEST(CreditScale, FrameworkWordsNameTenHourCredits) {
  // South African modules of 12 and 24 credits, a year of 120 minus an exempted module.
  const std::vector<std::vector<double>> years = {{12, 12, 12, 12, 12, 12, 12, 12, 12}, {12, 24, 24, 12, 12, 12}};
  EXPECT_EQ(detect_credit_system(terms_of(years, "Year Module Description NQF Level Credits Result")), "uk");
  EXPECT_EQ(detect_credit_system(terms_of(years, "Registered with SAQA")), "uk");
  // The letters in a word, or in small letters, name nothing.
  EXPECT_EQ(detect_credit_system(terms_of(years, "nqf inqfo")), "semester");
}

TEST(CreditScale, WordsAndMagnitudesThatDisagreeLeaveTheSystemUnknown) {
  // Ten-hour words over courses of 3-4 credits.
  auto choice = choose_credit_system(terms_of(kUsSemesters, "1 credit = 10 notional hours"));
  EXPECT_EQ(choice.system, "");
  EXPECT_NE(choice.evidence.find("scale unknown"), std::string::npos) << choice.evidence;
  EXPECT_FALSE(to_semester_hours(3.0, choice.system, test::shipped_credit_factors()));
  // Ten-hour words and courses, but a printed total of a US degree.
  EXPECT_EQ(detect_credit_system(terms_of(kTenHourSemesters, "NQF. Total credits: 128")), "");
  // An hour scale stated (40 hours a credit) over courses of 10-15 credits.
  EXPECT_EQ(detect_credit_system(terms_of(kTenHourSemesters, "One credit hour is equivalent to 40 notional hours")), "");
  // An hour scale stated over courses of hour size: no verdict here, the other rules decide.
  EXPECT_EQ(detect_credit_system(terms_of(kUsSemesters, "One credit hour is equivalent to 40 notional hours")),
            "semester");
}

TEST(CreditScale, TenCreditCoursesAndADegreeTotalOfThreeHundredOrMore) {
  const std::vector<std::vector<double>> modules = {{12, 12, 15, 10}, {12, 15, 15, 12}};
  EXPECT_EQ(detect_credit_system(terms_of(modules, "Total Credits Earned: 360")), "uk");
  EXPECT_EQ(detect_credit_system(terms_of(modules, "Total Credits Earned: 240")), "semester");
  // Courses of hour size with a large total: no verdict (a marks or hours column read as a total).
  EXPECT_EQ(detect_credit_system(terms_of(kUsSemesters, "Total Credits Earned: 360")), "semester");
}

}  // namespace
}  // namespace cc
