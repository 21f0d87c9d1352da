// Unit tests of the table reader's structure rules on pages built in code from word boxes, one
// per rule, each on the smallest page that needs it: a header-less monospace record whose code is
// printed `FOUN 1001` (one space is no gutter), a column headed `Course` that holds words (no
// code column), a score read as the grade of a table with no grade column.
#include <gtest/gtest.h>

#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

std::vector<std::string> roles_of(const ReadTable& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) out.emplace_back(role_name(c.role));
  return out;
}

// A registrar record in a monospace font, no column headers: a term line, then
// "MEDT 1001  Introduction to Medical Laboratory Science   3  B+".
TEST(TableStructure, HeaderlessMonospaceCodeWithOneSpaceIsOneColumn) {
  PageBuilder b(9, true);
  b.row(80, {{40, "2013/2014 Semester I"}});
  b.row(100, {{40, "FOUN 1001"}, {120, "English for Academic Purposes"}, {420, "3"}, {450, "A+"}});
  b.row(112, {{40, "BIOC 1020"}, {120, "Cellular Biochemistry"}, {420, "3"}, {450, "B+"}});
  b.row(124, {{40, "CHEM 1066"}, {120, "Introductory Chemistry"}, {420, "4"}, {450, "A-"}});
  b.row(136, {{40, "MEDT 1001"}, {120, "Introduction to Medical Laboratory Science"}, {420, "3"}, {450, "B"}});
  b.row(148, {{120, "GPA 3.40    Credits 13"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_FALSE(r.tables[0].header_printed);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "FOUN 1001");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Introduction to Medical Laboratory Science");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "4");
  EXPECT_EQ(r.tables[0].rows[0].term, "2013/2014 Semester I");
}

// `Course Title | Course | Credits | Score` where `Course` is the first line of `Course Nature`
// (its second line not read): the column holds `Compulsory` / `Elective`, words, never a code.
PageBuilder course_nature_page() {
  PageBuilder b;
  b.row(100, {{40, "Course Title"}, {220, "Course"}, {290, "Credits"}, {340, "Score"}});
  b.row(116, {{40, "Advanced Mathematics"}, {220, "Compulsory"}, {300, "4"}, {345, "85"}});
  b.row(128, {{40, "Systematic Anatomy"}, {220, "Compulsory"}, {300, "4.5"}, {345, "Good"}});
  b.row(140, {{40, "Computer Fundamentals"}, {220, "Elective"}, {300, "2"}, {345, "Excellent"}});
  b.row(152, {{40, "Medical Physics"}, {220, "Compulsory"}, {300, "3"}, {345, "95"}});
  return b;
}

TEST(TableStructure, ACodeColumnOfWordsIsNoCodeColumn) {
  const auto b = course_nature_page();
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto roles = roles_of(r.tables[0]);
  EXPECT_EQ(roles[1], "remark");
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Advanced Mathematics");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4.5");
}

TEST(TableStructure, AScoreIsTheGradeOfATableWithoutGrades) {
  const auto b = course_nature_page();
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "85");
  EXPECT_EQ(r.tables[0].rows[2].fields.grade, "Excellent");
}

TEST(TableStructure, AScoreBesideAGradeStaysAScore) {
  PageBuilder b;
  b.row(100, {{40, "Code"}, {100, "Course Title"}, {290, "Credits"}, {340, "Score"}, {390, "Grade"}});
  b.row(116, {{40, "MLS 101"}, {100, "Advanced Mathematics"}, {300, "4"}, {345, "85"}, {395, "A"}});
  b.row(128, {{40, "MLS 102"}, {100, "Systematic Anatomy"}, {300, "3"}, {345, "72"}, {395, "B"}});
  b.row(140, {{40, "MLS 103"}, {100, "Medical Physics"}, {300, "2"}, {345, "66"}, {395, "C"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "B");
}

}  // namespace
}  // namespace cc
