// A course table printed twice (a transcript and its translation, or the same transcript sent
// twice) is counted once: repeated_tables.h on courses built in code, and whole transcripts built
// from word boxes through extract_coursework.
#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <optional>

#include "extractors/coursework/coursework.h"
#include "extractors/coursework/repeated_tables.h"
#include "tests/extractors/tables/page_builder.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

Course course(const std::string& code, const std::string& title, double credits, const std::string& grade, int page) {
  Course c;
  c.code = code;
  c.title = title;
  c.credits = credits;
  c.grade = grade;
  c.evidence.push_back({});
  c.evidence.back().page = page;
  return c;
}

const std::vector<std::pair<double, std::string>> kRun = {{4, "16"}, {4, "15"}, {3, "19"}, {3, "17"}, {2, "16"}, {5, "14"}};

TEST(RepeatedTables, SecondHalfRepeatingTheFirstIsDropped) {
  std::vector<Course> courses;
  for (size_t i = 0; i < kRun.size(); ++i) courses.push_back(course("", "Química " + std::to_string(i), kRun[i].first, kRun[i].second, 1));
  for (size_t i = 0; i < kRun.size(); ++i) courses.push_back(course("", "Chemistry " + std::to_string(i), kRun[i].first, kRun[i].second, 2));
  // The English half (ASCII titles) is kept: the Spanish half goes.
  const auto drop = repeated_half(courses).drop;
  ASSERT_EQ(drop.size(), kRun.size());
  EXPECT_EQ(drop.front(), 0u);
  // One grade differs: two tables, both kept.
  courses.back().grade = "11";
  EXPECT_TRUE(repeated_half(courses).drop.empty());
}

// S196: one copy's reading adds rows after the shared run, under sections of their own (items
// listed under the table, read in the translation only): still the same list, and the other copy
// goes. Extra rows under a section the paired rows share are a disagreement, as before.
TEST(RepeatedTables, SectionsReadInOneCopyOnlyDoNotBreakTheMatch) {
  auto build = [](const std::string& extra_term) {
    std::vector<Course> courses;
    for (size_t i = 0; i < kRun.size(); ++i) courses.push_back(course("", "Química " + std::to_string(i), kRun[i].first, kRun[i].second, 1));
    for (size_t i = 0; i < kRun.size(); ++i) courses.push_back(course("", "Chemistry " + std::to_string(i), kRun[i].first, kRun[i].second, 2));
    for (int k = 0; k < 3; ++k) {
      courses.push_back(course("", "Practice " + std::to_string(k), 0, "good", 2));
      courses.back().term = extra_term;
    }
    return courses;
  };
  const auto drop = repeated_half(build("Practical training")).drop;
  ASSERT_EQ(drop.size(), kRun.size());
  EXPECT_EQ(drop.front(), 0u);
  EXPECT_TRUE(repeated_half(build("")).drop.empty());
}

TEST(RepeatedTables, TwoTermsAlikeOnOnePageAreNoCopy) {
  std::vector<Course> courses;
  for (int half = 0; half < 2; ++half)
    for (size_t i = 0; i < kRun.size(); ++i)
      courses.push_back(course("", "Course " + std::to_string(half) + std::to_string(i), kRun[i].first, kRun[i].second, 1));
  EXPECT_TRUE(repeated_half(courses).drop.empty());  // the second run does not start a page of its own
  // Different codes in the same order: other courses, however alike their credits and grades.
  std::vector<Course> coded;
  for (int half = 0; half < 2; ++half)
    for (size_t i = 0; i < kRun.size(); ++i)
      coded.push_back(course("BIO " + std::to_string(half) + std::to_string(i), "Course", kRun[i].first, kRun[i].second, half + 1));
  EXPECT_TRUE(repeated_half(coded).drop.empty());
}

Course printed_row(const std::string& title, std::optional<double> credits, const std::string& grade, int page,
                   const std::string& text, const std::string& category = "other") {
  Course c;
  c.title = title;
  c.credits = credits;
  c.grade = grade;
  c.category = category;
  c.evidence.push_back({});
  c.evidence.back().page = page;
  c.evidence.back().text = text;
  return c;
}

// A translation: grade words translated one to one, a page number taken for a row in the original
// copy, and the original's hours column not read as credits (its figures still printed): still
// one list, the English copy (titles matched to categories) is kept, and each kept course carries
// its twin's evidence saying why the twin was not counted.
TEST(RepeatedTables, TranslationWithGradeWordsAndAStrayRowCountsOnce) {
  const std::vector<std::pair<int, std::string>> hours_grade = {{72, "хуб"}, {108, "аъло"}, {144, "хуб"}, {108, "хуб"}, {72, "аъло"}, {144, "хуб"}};
  const std::map<std::string, std::string> english = {{"хуб", "good (4)"}, {"аъло", "excellent (5)"}};
  std::vector<Course> courses;
  for (size_t i = 0; i < hours_grade.size(); ++i) {
    const auto& [h, g] = hours_grade[i];
    courses.push_back(printed_row("Фан " + std::to_string(i), std::nullopt, g, 1,
                                  std::to_string(i + 1) + " Фан " + std::to_string(h) + " " + g));
  }
  courses.push_back(printed_row("Саҳ. 1 аз", std::nullopt, "2", 1, "Саҳ. 1 аз 2"));
  for (size_t i = 0; i < hours_grade.size(); ++i) {
    const auto& [h, g] = hours_grade[i];
    courses.push_back(printed_row("Biology " + std::to_string(i), h, english.at(g), 2,
                                  std::to_string(i + 1) + " Biology " + std::to_string(h) + " " + english.at(g), "biology"));
  }
  // The same copies with the grade words mapped two ways ("хуб" both "good" and "excellent"): no
  // translation of six rows (too short to be told by its credits alone).
  auto crossed = courses;
  crossed[hours_grade.size() + 2].grade = "good (4)";  // the second course, "аъло" in the original
  EXPECT_TRUE(repeated_half(crossed).drop.empty());
  const auto repeated = repeated_half(courses);
  ASSERT_EQ(repeated.drop.size(), hours_grade.size() + 1);  // the original copy, its stray row too
  EXPECT_EQ(repeated.drop.front(), 0u);
  ASSERT_EQ(repeated.kept_for_dropped.size(), hours_grade.size());
  EXPECT_EQ(repeated.kept_for_dropped.front(), (std::pair<size_t, size_t>{hours_grade.size() + 1, 0}));
  Course kept = courses[hours_grade.size() + 1];
  note_dropped_twin(kept, courses[0]);
  ASSERT_EQ(kept.evidence.size(), 2u);
  EXPECT_NE(kept.evidence.back().text.find("not counted"), std::string::npos);
  EXPECT_NE(kept.evidence.back().text.find("1 Фан 72 хуб"), std::string::npos);
}

// Without the grade words' one-to-one map, a short run (six rows) whose credits agree but whose
// grades do not is two lists; a long run of varied credits in order is one list on its own.
TEST(RepeatedTables, GradesThatDisagreeNeedALongVariedRun) {
  const std::vector<double> credits = {4, 6, 6, 5, 4, 3, 2, 6, 5};
  auto build = [&](size_t n) {
    std::vector<Course> courses;
    for (size_t i = 0; i < n; ++i) courses.push_back(printed_row("Garbled " + std::to_string(i), credits[i], std::to_string(30 * credits[i]), 1, ""));
    for (size_t i = 0; i < n; ++i)
      courses.push_back(printed_row("Subject " + std::to_string(i), credits[i], std::to_string(10 + i % 4) + " (B)", 2, "", "biology"));
    return courses;
  };
  EXPECT_TRUE(repeated_half(build(6)).drop.empty());
  EXPECT_EQ(repeated_half(build(9)).drop.size(), 9u);
  // A third of the rows with other credits: other courses.
  auto other = build(9);
  for (size_t i = 9; i < 12; ++i) other[i].credits = 1;
  EXPECT_TRUE(repeated_half(other).drop.empty());
}

// One copy's credits column read as its grades (no credits, the grade the other copy's credits):
// that grade is no grade to compare, so six rows anchored by their figures are one list.
TEST(RepeatedTables, CreditsReadAsGradesInOneCopyAreNoGrades) {
  const std::vector<double> hours = {72, 288, 216, 360, 360, 360};
  std::vector<Course> courses;
  for (size_t i = 0; i < hours.size(); ++i) {
    const std::string h = std::to_string(static_cast<int>(hours[i]));
    courses.push_back(printed_row("Фан " + std::to_string(i), std::nullopt, h, 1, std::to_string(i + 1) + " Фан " + h + " аъло"));
  }
  for (size_t i = 0; i < hours.size(); ++i)
    courses.push_back(printed_row("Nursing " + std::to_string(i), hours[i], i % 2 ? "4" : "5", 2, ""));
  EXPECT_EQ(repeated_half(courses).drop.size(), hours.size());
  // Grades that are figures other than the credits still have to agree.
  courses[0].grade = "3";
  courses[1].grade = "3";
  EXPECT_TRUE(repeated_half(courses).drop.empty());
}

// Same credits and grades but the terms change at other rows: two lists (different years).
TEST(RepeatedTables, OtherTermStructureIsNoCopy) {
  std::vector<Course> courses;
  for (int half = 0; half < 2; ++half)
    for (size_t i = 0; i < kRun.size(); ++i) {
      courses.push_back(course("", "Course", kRun[i].first, kRun[i].second, half + 1));
      courses.back().term = half == 0 ? (i < 3 ? "Year 1" : "Year 2") : (i < 2 ? "Year 3" : "Year 4");
    }
  EXPECT_TRUE(repeated_half(courses).drop.empty());
}

// Pages stay put while segments point into them.
struct Packet {
  std::deque<PageText> pages;
  std::deque<DocumentText> docs;
  std::vector<SegmentView> segments;
  void add(const std::string& file, const PageText& page) {
    docs.emplace_back();
    docs.back().file = file;
    pages.push_back(page);
    SegmentView s{file, "transcript", {}, 1.0};
    s.pages.push_back({&docs.back(), &pages.back()});
    segments.push_back(s);
  }
};

PageText table(const std::vector<std::string>& titles) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {128, "Course Title"}, {445, "Grade"}, {530, "Credits"}});
  for (size_t i = 0; i < titles.size(); ++i)
    b.row(114 + 13 * static_cast<double>(i),
          {{50, "MLS " + std::to_string(101 + i)}, {128, titles[i]}, {450, kRun[i].second}, {540, std::to_string(static_cast<int>(kRun[i].first))}});
  return b.page();
}

TEST(RepeatedTables, TranscriptSentTwiceCountsOnce) {
  const std::vector<std::string> english = {"Clinical Chemistry", "Hematology", "General Chemistry", "Algebra", "Zoology", "Botany"};
  const std::vector<std::string> spanish = {"Química Clínica", "Hematología", "Química General", "Álgebra", "Zoología", "Botánica"};
  Packet p;
  p.add("original.pdf", table(spanish));
  p.add("translation.pdf", table(english));
  CourseworkOptions o;
  o.patterns = {{"chemistry", "chemistry|quimica"}, {"biology", "zoology|botany|zoologia|botanica"}};
  o.failing_grades = test::shipped_failing_grades();
  o.semester_hours_per_credit = test::shipped_credit_factors();
  const auto facts = extract_coursework(p.segments, o);
  ASSERT_TRUE(facts);
  ASSERT_EQ(facts->courses.size(), english.size());
  EXPECT_EQ(facts->courses.front().title, "Clinical Chemistry");  // the English copy
  double total = 0;
  for (const auto& [category, hours] : facts->totals_semester_hours) total += hours;
  EXPECT_DOUBLE_EQ(total, 21);  // 4 + 4 + 3 + 3 + 2 + 5, once
}

}  // namespace
}  // namespace cc
