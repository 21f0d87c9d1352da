// Terms told by printed totals (term_groups.h): rows with no term read, each run of them closed by
// a line printing its sum, are grouped by those lines; lines that do not add up group nothing.
#include <gtest/gtest.h>

#include "extractors/coursework/coursework_system.h"
#include "extractors/coursework/term_groups.h"

namespace cc {
namespace {

TranscriptRows modules(const std::string& total_text, int terms = 4) {
  TranscriptRows t;
  double y = 0;
  for (int term = 0; term < terms; ++term) {
    for (const char* credits : {"12", "12", "24", "12"}) {
      RawCourseRow r;
      r.credits = credits;
      r.order = {static_cast<double>(term), -1, 0, y += 10};
      t.rows.push_back(r);
    }
    SummaryLine s;
    s.kind = "total";
    s.text = total_text;
    s.order = {static_cast<double>(term), -1, 0, y += 10};
    t.summaries.push_back(s);
  }
  return t;
}

TEST(TermGroups, RunsClosedByTheirPrintedSumAreTerms) {
  const auto groups = term_groups_by_totals(modules("Quorn pellat: PASS   Kredo: 60"));
  ASSERT_EQ(groups.size(), 16u);
  EXPECT_EQ(groups[0], "#0");
  EXPECT_EQ(groups[3], "#0");
  EXPECT_EQ(groups[4], "#1");
  EXPECT_EQ(groups[15], "#3");
}

// Eight semesters of modules adding up to 60 (480 in all) are UK credits once the semesters are
// told by their totals; read as one term of 480 they are not.
TEST(TermGroups, SemestersByTotalsTellUkCredits) {
  const TranscriptRows t = modules("Kredo: 60", 8);
  const auto groups = term_groups_by_totals(t);
  CreditSystemClues grouped, whole;
  for (size_t i = 0; i < groups.size(); ++i) {
    const double credits = i % 4 == 2 ? 24.0 : 12.0;
    grouped.course_credits.push_back({groups[i], credits});
    whole.course_credits.push_back({"", credits});
  }
  EXPECT_EQ(detect_credit_system(grouped), "uk");
  EXPECT_NE(detect_credit_system(whole), "uk");
}

TEST(TermGroups, TotalsThatDoNotAddUpGroupNothing) {
  const auto groups = term_groups_by_totals(modules("Quorn pellat: PASS   Kredo: 55"));
  for (const auto& g : groups) EXPECT_EQ(g, "");
}

TEST(TermGroups, RowsWithTermsKeepThem) {
  TranscriptRows t = modules("Kredo: 60");
  t.rows[0].term = "Semester 1";
  for (const auto& g : term_groups_by_totals(t)) EXPECT_EQ(g, "");
}

}  // namespace
}  // namespace cc
