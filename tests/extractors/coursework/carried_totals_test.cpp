// Carried totals (carried_totals.h): a line with no code and no grade whose credits are the sum of
// the rows above it (a page's "carried forward" / "brought forward") is no course, whatever its
// words; a course without a code keeps its place.
#include <gtest/gtest.h>

#include "extractors/coursework/carried_totals.h"

namespace cc {
namespace {

RawCourseRow row(const std::string& code, const std::string& title, const std::string& credits, const std::string& grade) {
  RawCourseRow r;
  r.code = code;
  r.title = title;
  r.credits = credits;
  r.grade = grade;
  return r;
}

TEST(CarriedTotals, RunningSumsAreNoCourses) {
  std::vector<RawCourseRow> rows;
  const char* credits[] = {"5", "4", "3", "3", "3", "4"};
  for (int i = 0; i < 6; ++i) rows.push_back(row("QZX " + std::to_string(100 + i), "Velkoran " + std::to_string(i), credits[i], "B"));
  rows.push_back(row("", "Quorlat...", "22", ""));   // the page's foot: 22 carried
  rows.push_back(row("", "Brevant...", "22", ""));   // the next page's head: 22 brought
  rows.push_back(row("QZX 200", "Ostrimat", "5", "R"));  // repeated: not counted in the sums
  rows.push_back(row("QZX 201", "Plendora", "4", "A"));
  rows.push_back(row("", "Quorlat...", "26", ""));   // 22 + 4, the repeated course left out
  drop_carried_totals(rows);
  ASSERT_EQ(rows.size(), 8u);
  for (const auto& r : rows) EXPECT_FALSE(r.code.empty());
}

TEST(CarriedTotals, ACourseWithoutACodeStays) {
  std::vector<RawCourseRow> rows;
  for (int i = 0; i < 6; ++i) rows.push_back(row("QZX " + std::to_string(100 + i), "Velkoran", "3", "B"));
  rows.push_back(row("", "Tusmari Akrevin", "4", ""));  // no sum of the rows above
  drop_carried_totals(rows);
  EXPECT_EQ(rows.size(), 7u);
}

}  // namespace
}  // namespace cc
