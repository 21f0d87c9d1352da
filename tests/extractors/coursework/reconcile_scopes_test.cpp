// Which rows a printed total covers, and what a printed figure can be an average of (issue 15,
// round 15 as training data): credits a GPA is computed over ("GPA Hrs"), an exemption beside
// graded rows, a weighted average that cannot be one of the rows' figures, the 7-point HD-D-C-P
// scale, Spanish term lines. Each rule against a dropped row still giving `mismatch`.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "tests/extractors/coursework/reconcile_rows.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

const std::vector<std::string> kFailing = test::shipped_failing_grades();

using test::line;
using test::row;
using test::words_of;

std::string status_of(const std::vector<RowFigures>& rows, const std::vector<TotalsLine>& lines) {
  return reconcile_table(rows, lines, kFailing).status;
}

// "GPA Hrs" counts the credits of rows graded on the points scale: a pass/fail internship is in the
// attempted and earned hours and out of the GPA hours (round 15 QA).
TEST(ReconcileScopes, GpaHoursLeaveOutRowsPassedWithoutGradePoints) {
  const auto statements = read_printed_totals(words_of("Term: Att Hrs 15.00 Earn Hrs 15.00 GPA Hrs 9.00 Pts 16.50 GPA 1.83"));
  ASSERT_EQ(statements.size(), 5u);
  EXPECT_FALSE(statements[0].graded_only);
  EXPECT_FALSE(statements[1].graded_only);
  EXPECT_TRUE(statements[2].graded_only);
  EXPECT_EQ(statements[2].measure, TotalMeasure::credits);
  EXPECT_TRUE(read_printed_totals(words_of("Quality Hours: 12"))[0].graded_only);
  std::vector<RowFigures> rows = {row("Fall", 1, 6, "P", 0.0), row("Fall", 2, 3, "D", 3.0),
                                  row("Fall", 3, 3, "C", 6.0), row("Fall", 4, 3, "C+", 7.5)};
  const std::vector<TotalsLine> lines = {line("Fall", 5, "Term: Att Hrs 15.00 Earn Hrs 15.00 GPA Hrs 9.00 Pts 16.50 GPA 1.83")};
  EXPECT_EQ(status_of(rows, lines), "reconciled");
  rows.erase(rows.begin() + 1);  // a graded row missed
  EXPECT_EQ(status_of(rows, lines), "mismatch");
}

// A weighted average lies between its lowest and highest part: "Stage Average: 58.1%" is no
// average of an attempt-number column read as points of 1 (round 15 IE). The credits still check.
TEST(ReconcileScopes, AnAverageOutsideTheRowsFiguresIsNotTheirs) {
  std::vector<RowFigures> rows = {row("Stage 1", 1, 5, "A", 1.0), row("Stage 1", 2, 5, "B", 1.0),
                                  row("Stage 1", 3, 10, "C", 1.0)};
  const std::vector<TotalsLine> lines = {line("Stage 1", 4, "Stage Result: Pass Stage Credits: 20 Stage Average: 58.1%")};
  const auto t = reconcile_table(rows, lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  for (const auto& c : t.checks) {
    if (c.measure == "gpa") {
      EXPECT_EQ(c.status, "unchecked");
    }
  }
  rows.pop_back();
  EXPECT_EQ(status_of(rows, lines), "mismatch");
}

// An exemption is credit without a grade of this school: in the total credits, out of the
// weighted average of the marks (round 15 IL "Total Credits: 85.5 / Weighted Average: 88.3").
TEST(ReconcileScopes, AnExemptionCountsInTheCreditsAndNotInTheAverage) {
  std::vector<RowFigures> rows = {row("2018/19", 1, 5, "75"), row("2018/19", 2, 2, "Exempt"),
                                  row("2018/19", 3, 4, "Pass"), row("2019/20", 11, 3, "99"),
                                  row("2019/20", 12, 4, "87")};
  // (75*5 + 99*3 + 87*4) / 12 = 85.0
  const std::vector<TotalsLine> lines = {line("2019/20", 20, "Total Credits: 18"),
                                         line("2019/20", 21, "Weighted Average: 85.0")};
  EXPECT_EQ(status_of(rows, lines), "reconciled");
  rows.erase(rows.begin() + 3);
  EXPECT_EQ(status_of(rows, lines), "mismatch");
}

// High Distinction 7, Distinction 6, Credit 5, Pass 4: the 7-point GPA (round 15 AU), confirmed by
// the table's own figures as every letter scale.
TEST(ReconcileScopes, TheSevenPointScaleOfHighDistinctions) {
  EXPECT_NEAR(*grade_point_on("7-point HD-D-C-P", "HD"), 7.0, 1e-9);
  EXPECT_NEAR(*grade_point_on("7-point HD-D-C-P", "P"), 4.0, 1e-9);
  std::vector<RowFigures> rows = {row("S1", 1, 10, "HD"), row("S1", 2, 10, "C"), row("S2", 11, 10, "D"),
                                  row("S2", 12, 10, "P")};
  const std::vector<TotalsLine> lines = {line("S1", 3, "Units attempted: 20 Units passed: 20 Semester GPA: 6.00"),
                                         line("S2", 13, "Units attempted: 20 Units passed: 20 Semester GPA: 5.00")};
  const auto t = reconcile_table(rows, lines, kFailing);
  EXPECT_EQ(t.status, "reconciled");
  for (const auto& c : t.checks) EXPECT_EQ(c.status, "reconciled") << c.evidence.text << " " << c.measure;
  rows[3].grade = "C";  // a grade misread: the second term's GPA breaks
  EXPECT_EQ(status_of(rows, lines), "mismatch");
}

// Spanish term lines: attempted ("Cred. Intent."), passed ("Aprob.", "superados"), grade points;
// credits transferred in ("Total créditos transferidos") are no total of the rows.
TEST(ReconcileScopes, SpanishTermLines) {
  const auto s = read_printed_totals(words_of("CRED. INTENT.: 18 APROB.: 18 PUNTOS: 61 PROMEDIO: 3.39"));
  ASSERT_EQ(s.size(), 3u);  // the promedio is left unread: often a plain mean of the marks
  EXPECT_EQ(s[0].measure, TotalMeasure::credits_attempted);
  EXPECT_EQ(s[1].measure, TotalMeasure::credits_earned);
  EXPECT_EQ(s[2].measure, TotalMeasure::grade_points);
  EXPECT_EQ(read_printed_totals(words_of("Créditos superados: 240"))[0].measure, TotalMeasure::credits_earned);
  EXPECT_TRUE(read_printed_totals(words_of("TOTAL CREDITOS TRANSFERIDOS: 37")).empty());
}

// A total labelled in two languages with a slash between them ("Iš viso / Total: 180") under
// the credits column is the credits' total: the words before the slash are the other language's
// name of the label (round 14 LT).
TEST(ReconcileScopes, ATotalLabelledInTwoLanguages) {
  const auto s = read_printed_totals(words_of("Iš viso / Total: 180"), {"", "", "", "", "credits"});
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].measure, TotalMeasure::credits);
  EXPECT_DOUBLE_EQ(s[0].value, 180);
  // Each figure with its unit in two languages: the hours beside the credits are set aside, the
  // credits stay (round 6 UZ).
  const auto uz = read_printed_totals(words_of("Jami / Total: 8640 soat / hours, 240 kredit / credits"));
  ASSERT_EQ(uz.size(), 1u);
  EXPECT_EQ(uz[0].measure, TotalMeasure::credits);
  EXPECT_DOUBLE_EQ(uz[0].value, 240);
}

// "Credit Points" are the credits of Australian and Pacific records, not grade points (round 11 PG
// "Total Credit Points 320").
TEST(ReconcileScopes, CreditPointsAreCredits) {
  const auto s = read_printed_totals(words_of("Total Credit Points 320"));
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].measure, TotalMeasure::credits);
  EXPECT_EQ(read_printed_totals(words_of("Quality Points 45.0"))[0].measure, TotalMeasure::grade_points);
}

}  // namespace
}  // namespace cc
