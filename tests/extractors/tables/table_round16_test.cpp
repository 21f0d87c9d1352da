// Unit tests of the rules round 16 taught (task j2): a module's row whose credits the rows under
// it add up to is a group, not a course (S126); two numbers joined by a slash that are no mark of a
// maximum are one load in parts (S124); a line printing labels twice, indented in its tables, does
// not move the cut between two columns of tables into the right one (S125).
#include <gtest/gtest.h>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

std::vector<std::string> codes_of(const ReadTable& t) {
  std::vector<std::string> out;
  for (const auto& r : t.rows) out.push_back(r.fields.code);
  return out;
}

// A tree of modules: a module of 9 credits holding a module of 5 (3 + 2) and a course of 4; the
// module rows print no grade and no date. Only the courses are records.
TEST(TableRound16, ModuleRowsWhoseCreditsTheRowsUnderThemAddUpToAreGroups) {
  PageBuilder b;
  b.row(100, {{40, "Code"}, {120, "Name"}, {360, "Credits"}, {410, "Grade"}, {460, "Date"}});
  b.row(114, {{40, "MOD10"}, {120, "Basic Studies"}, {365, "9"}});
  b.row(126, {{40, "MOD11"}, {120, "Chemistry"}, {365, "5"}});
  b.row(138, {{40, "MOD11-301"}, {120, "General Chemistry"}, {365, "3"}, {415, "4"}, {460, "19.10.2020"}});
  b.row(150, {{40, "MOD11-302"}, {120, "Organic Chemistry"}, {365, "2"}, {415, "H"}, {460, "24.10.2020"}});
  b.row(162, {{40, "MOD10-310"}, {120, "Cell Biology"}, {365, "4"}, {415, "3"}, {460, "1.11.2020"}});
  b.row(174, {{40, "MOD12-320"}, {120, "Statistics"}, {365, "3"}, {415, "5"}, {460, "9.5.2021"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(codes_of(r.tables[0]), (std::vector<std::string>{"MOD11-301", "MOD11-302", "MOD10-310", "MOD12-320"}));
  size_t groups = 0;
  for (const auto& s : r.skipped) groups += s.reason.find("a group of courses") == 0;
  EXPECT_EQ(groups, 2u);
}

// A row with credits and nothing else whose followers do not add up to it stays a course (a course
// still in progress, no grade yet).
TEST(TableRound16, ARowWithoutGradeWhoseFollowersDoNotAddUpStaysACourse) {
  PageBuilder b;
  b.row(100, {{40, "Code"}, {120, "Name"}, {360, "Credits"}, {410, "Grade"}});
  b.row(114, {{40, "BIO 101"}, {120, "General Biology"}, {365, "4"}});
  b.row(126, {{40, "CHE 101"}, {120, "General Chemistry"}, {365, "3"}, {415, "A"}});
  b.row(138, {{40, "MAT 101"}, {120, "Algebra"}, {365, "3"}, {415, "B"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 3u);
}

// `45/30` (theory/practical hours) is no mark out of 30: a first number above the second, second
// numbers that vary. A column of marks of one maximum is marks.
TEST(TableRound16, PairsThatAreNoMarksOfAMaximumAreOneLoad) {
  EXPECT_TRUE(loads_in_parts({"45/30", "45/30", "30/15", "30/0", "15/30", "0/480"}));
  EXPECT_EQ(sum_of_parts("45/30"), 75.0);
  EXPECT_EQ(sum_of_parts("0/480"), 480.0);
  EXPECT_FALSE(loads_in_parts({"14/20", "13/20", "8/20", "17/20"}));   // marks of a maximum
  EXPECT_FALSE(loads_in_parts({"3/3", "3/4", "2/3", "4/4"}));          // earned of attempted
  EXPECT_FALSE(sum_of_parts("3(2-1)").has_value());
  // With no header at all, such a column is the credits by its content.
  PageBuilder b;
  const char* rows[][4] = {{"DMLS 111", "Human Anatomy and Physiology I", "45/30", "Credit"},
                           {"DMLS 112", "General Chemistry", "45/30", "Pass"},
                           {"DMLS 113", "Introduction to Laboratory Sciences", "30/15", "Distinction"},
                           {"DMLS 114", "Laboratory Mathematics", "30/0", "Credit"},
                           {"DMLS 116", "Computer Applications", "15/30", "Pass"}};
  double y = 100;
  for (const auto& row : rows) {
    b.row(y, {{40, row[0]}, {110, row[1]}, {330, row[2]}, {420, row[3]}});
    y += 13;
  }
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 5u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "45/30");
}

// Two columns of term tables, each header printed on one line with its copy, and a grid of totals'
// labels indented in each table, its copy on one line too: the white between the header's copies is
// the narrower, and the cut lies where both whites overlap, before the right column's codes.
TEST(TableRound16, AnIndentedRepeatedLineDoesNotCutIntoTheRightColumn) {
  PageBuilder b;
  b.row(100, {{24, "Code"}, {80, "Title"}, {200, "Grade"}, {235, "Credits"}, {270, "Points"},
              {305, "Code"}, {361, "Title"}, {481, "Grade"}, {516, "Credits"}, {551, "Points"}});
  const char* left[][5] = {{"BIOL 111", "General Biology", "B", "3.00", "9.00"}, {"CHEM 101", "General Chemistry", "A", "3.00", "12.00"},
                           {"ENGL 102", "English Composition", "B", "3.00", "9.00"}};
  const char* right[][5] = {{"MLS 310", "Clinical Chemistry", "B", "4.00", "12.00"}, {"MLS 320", "Hematology", "A", "4.00", "16.00"},
                            {"MLS 330", "Immunology", "A", "3.00", "12.00"}};
  double y = 114;
  for (size_t i = 0; i < 3; ++i) {
    b.row(y, {{24, left[i][0]}, {80, left[i][1]}, {202, left[i][2]}, {240, left[i][3]}, {272, left[i][4]},
              {305, right[i][0]}, {361, right[i][1]}, {483, right[i][2]}, {521, right[i][3]}, {553, right[i][4]}});
    y += 13;
  }
  b.row(y + 4, {{180, "Attempt Earned GPA Points"}, {461, "Attempt Earned GPA Points"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_EQ(codes_of(r.tables[0]), (std::vector<std::string>{"BIOL 111", "CHEM 101", "ENGL 102"}));
  EXPECT_EQ(codes_of(r.tables[1]), (std::vector<std::string>{"MLS 310", "MLS 320", "MLS 330"}));
}

}  // namespace
}  // namespace cc
