// A course table printed twice (a transcript and its translation, or the same transcript sent
// twice) is counted once: repeated_tables.h on courses built in code, and whole transcripts built
// from word boxes through extract_coursework.
#include <gtest/gtest.h>

#include <deque>

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
  const auto drop = repeated_half(courses);
  ASSERT_EQ(drop.size(), kRun.size());
  EXPECT_EQ(drop.front(), 0u);
  // One grade differs: two tables, both kept.
  courses.back().grade = "11";
  EXPECT_TRUE(repeated_half(courses).empty());
}

TEST(RepeatedTables, TwoTermsAlikeOnOnePageAreNoCopy) {
  std::vector<Course> courses;
  for (int half = 0; half < 2; ++half)
    for (size_t i = 0; i < kRun.size(); ++i)
      courses.push_back(course("", "Course " + std::to_string(half) + std::to_string(i), kRun[i].first, kRun[i].second, 1));
  EXPECT_TRUE(repeated_half(courses).empty());  // the second run does not start a page of its own
  // Different codes in the same order: other courses, however alike their credits and grades.
  std::vector<Course> coded;
  for (int half = 0; half < 2; ++half)
    for (size_t i = 0; i < kRun.size(); ++i)
      coded.push_back(course("BIO " + std::to_string(half) + std::to_string(i), "Course", kRun[i].first, kRun[i].second, half + 1));
  EXPECT_TRUE(repeated_half(coded).empty());
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
