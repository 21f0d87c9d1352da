// Unit tests of the rules round 20's first sight taught (task p20a): a headerless monospace record
// whose flush-left grade column stands one space from the longest title (S225). Made-up codes and
// titles.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// A registrar's monospace page with no header row: code, title cut at 28 characters, grade set
// flush left one space after the widest title, credits, quality points. The grade is its own
// column, not the title's last word, and the credits are read as credits.
TEST(TableRound20, FlushLeftColumnOneSpaceAfterRaggedTitlesIsAColumn) {
  PageBuilder b(9, true);
  const double em = 0.6 * 9;
  const double grade_x = 110 + 29 * em;  // 28 characters of title and one space
  const std::vector<std::vector<std::string>> rows = {
      {"QXZ 1014", "Cellular Studies w/Lab", "B", "4.00", "12.00"},
      {"QXZ 1024", "Lattice Theory", "A-", "3.00", "11.10"},
      {"QXZ 2014", "Advanced Cellular Studies an", "F E", "4.00", "0.00"},
      {"QXZ 2024", "Reagents", "C+", "4.00", "9.20"},
      {"QXZ 2034", "Instrument Practice in the L", "B", "3.00", "9.00"},
      {"QXZ 2044", "Field Survey", "A", "3.00", "12.00"},
  };
  double y = 100;
  for (const auto& r : rows) {
    b.row(y, {{50, r[0]}, {110, r[1]}, {grade_x, r[2]}, {grade_x + 30, r[3]}, {grade_x + 66, r[4]}});
    y += 11;
  }
  const auto t = read_tables({&b.page()});
  ASSERT_EQ(t.tables.size(), 1u);
  ASSERT_EQ(t.tables[0].rows.size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(t.tables[0].rows[i].fields.title, rows[i][1]) << i;
    EXPECT_EQ(t.tables[0].rows[i].fields.grade, rows[i][2]) << i;
    EXPECT_EQ(t.tables[0].rows[i].fields.credits, rows[i][3]) << i;
  }
}

// Codes of letters and figures one space apart (`QXZ 1014`) begin and end at one x each: no column
// edge between their parts.
TEST(TableRound20, CodePartsAtOneXAreNoColumns) {
  PageBuilder b(9, true);
  const std::vector<std::vector<std::string>> rows = {
      {"QXZ 1014", "Cellular Studies", "B", "4.00"}, {"QXZ 1024", "Lattice Theory", "A-", "3.00"},
      {"QXZ 2014", "Reagents and Buffers", "C", "4.00"}, {"QXZ 2024", "Field Survey", "A", "3.00"}};
  double y = 100;
  for (const auto& r : rows) {
    b.row(y, {{50, r[0]}, {130, r[1]}, {300, r[2]}, {340, r[3]}});
    y += 11;
  }
  const auto t = read_tables({&b.page()});
  ASSERT_EQ(t.tables.size(), 1u);
  ASSERT_EQ(t.tables[0].rows.size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(t.tables[0].rows[i].fields.code, rows[i][0]) << i;
}

// A column of small numbers that follows the mark row by row (a class of the mark: 1, 2.1, 2.2, 3,
// F) is the grade, not credits; a record that prints no credits has none (S226).
TEST(TableRound20, AColumnFollowingTheMarksIsAGradeNotCredits) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {120, "Module"}, {380, "Mark %"}, {440, "Zorb"}});
  const std::vector<std::vector<std::string>> rows = {
      {"QX101", "Cellular Studies", "75", "1"}, {"QX102", "Lattice Theory", "59", "3"},
      {"QX103", "Reagents and Buffers", "62", "2.2"}, {"QX104", "Field Survey", "66", "2.1"},
      {"QX105", "Instrument Practice", "41", "F"}, {"QX106", "Advanced Cellular Studies", "71", "2.1"},
      {"QX107", "Survey Methods", "55", "3"}, {"QX108", "Quality of Practice", "78", "1"}};
  double y = 116;
  for (const auto& r : rows) {
    b.row(y, {{50, r[0]}, {120, r[1]}, {385, r[2]}, {445, r[3]}});
    y += 13;
  }
  const auto t = read_tables({&b.page()});
  ASSERT_EQ(t.tables.size(), 1u);
  ASSERT_EQ(t.tables[0].rows.size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(t.tables[0].rows[i].fields.grade, rows[i][3]) << i;
    EXPECT_EQ(t.tables[0].rows[i].fields.credits, "") << i;
  }
}

}  // namespace
}  // namespace cc
