// Number columns told apart by how their numbers relate (number_roles.h), on pages whose header
// words are invented and in no vocabulary, so that only structure can read them: a code in two
// columns, a column of calendar years, a repeated value that the marks beside it exceed, a numeric
// grade scale in quarter steps, and credits found by the points that are their multiple; and labels
// printed twice along a line as two tables side by side (table_blocks.cpp).
#include <gtest/gtest.h>

#include "extractors/tables/number_roles.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

using Cells = std::vector<std::pair<double, std::string>>;

PageBuilder page_of(const std::vector<Cells>& rows) {
  PageBuilder b;
  double y = 100;
  for (const auto& r : rows) {
    b.row(y, r);
    y += 14;
  }
  return b;
}

TEST(TableNumbers, CodeInTwoColumnsUnderUnknownWords) {
  const PageBuilder b = page_of({
      {{40, "Sorb"}, {80, "Nix"}, {120, "Plendar Quosh"}, {300, "Vek"}, {340, "Drol"}, {380, "Tump"}},
      {{40, "BIOL"}, {80, "1406"}, {120, "Biology for Majors I"}, {300, "4.0"}, {340, "B+"}, {380, "13.2"}},
      {{40, "CHEM"}, {80, "1411"}, {120, "General Chemistry I"}, {300, "4.0"}, {340, "A-"}, {380, "14.8"}},
      {{40, "MATH"}, {80, "1314"}, {120, "College Algebra"}, {300, "3.0"}, {340, "B"}, {380, "9.0"}},
      {{40, "ENGL"}, {80, "1301"}, {120, "Composition I"}, {300, "3.0"}, {340, "A"}, {380, "12.0"}},
      {{40, "BIOL"}, {80, "2401"}, {120, "Anatomy and Physiology I"}, {300, "4.0"}, {340, "B"}, {380, "12.0"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"dept", "number", "title", "credits", "grade", "points"}));
  ASSERT_GE(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0].fields.code, "BIOL 1406");
  EXPECT_EQ(t.rows[0].fields.credits, "4.0");
}

TEST(TableNumbers, CalendarYearsAreTheTermNotMarks) {
  const PageBuilder b = page_of({
      {{40, "Jor"}, {90, "Wemb"}, {160, "Frask Olimby"}, {340, "Pell"}, {380, "Zut"}, {420, "Krad"}},
      {{40, "2018"}, {90, "NUR1A01"}, {160, "Fundamentals of Nursing"}, {340, "12"}, {380, "70"}, {420, "PASS"}},
      {{40, "2018"}, {90, "ANA1A01"}, {160, "Anatomy and Physiology"}, {340, "24"}, {380, "75"}, {420, "PASS"}},
      {{40, "2018"}, {90, "CHE1A02"}, {160, "Chemistry for Health"}, {340, "12"}, {380, "58"}, {420, "PASS"}},
      {{40, "2019"}, {90, "MIC2A01"}, {160, "Microbiology"}, {340, "24"}, {380, "66"}, {420, "PASS"}},
      {{40, "2019"}, {90, "PHA2A01"}, {160, "Pharmacology"}, {340, "12"}, {380, "81"}, {420, "PASS"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(t.columns[0].role, ColumnRole::term);
  ASSERT_GE(t.rows.size(), 5u);
  EXPECT_EQ(t.rows.front().term, "2018");
  EXPECT_EQ(t.rows.back().term, "2019");
  EXPECT_EQ(t.rows.front().fields.marks, "70");
  // Years out of order, or a different year on every row, are something else (course numbers).
  EXPECT_FALSE(is_year_column({"2010", "2020", "2030", "2040"}));
  EXPECT_FALSE(is_year_column({"2019", "2018", "2019", "2018"}));
  EXPECT_TRUE(is_year_column({"2019", "2019", "", "2020", "2020"}));
}

TEST(TableNumbers, ARepeatedValueUnderTheMarksIsNoMaximum) {
  const PageBuilder b = page_of({
      {{40, "Blorp"}, {110, "Vantish Ekko"}, {330, "Mird"}, {380, "Quen"}, {430, "Yaff"}},
      {{40, "BIO4001"}, {110, "Cell Biology"}, {330, "20"}, {380, "81"}, {430, "Pass"}},
      {{40, "CHE4002"}, {110, "Foundations of Chemistry"}, {330, "20"}, {380, "67"}, {430, "Pass"}},
      {{40, "CHE4003"}, {110, "Organic Chemistry I"}, {330, "20"}, {380, "70"}, {430, "Pass"}},
      {{40, "BIO4004"}, {110, "Genetics"}, {330, "20"}, {380, "65"}, {430, "Pass"}},
      {{40, "MTH4005"}, {110, "Statistics for Biochemists"}, {330, "20"}, {380, "59"}, {430, "Pass"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"code", "title", "credits", "marks", "grade"}));
  ASSERT_GE(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0].fields.credits, "20");
  // The same repeated value over marks that stay under it is their maximum.
  EXPECT_FALSE(exceeded_on_its_rows({{"100", "100", "100", "100"}, {"81", "67", "70", "65"}}, 0, {1}));
  EXPECT_TRUE(exceeded_on_its_rows({{"20", "20", "20", "20"}, {"81", "67", "70", "65"}}, 0, {1}));
}

TEST(TableNumbers, QuarterStepDecimalsAreAGradeScale) {
  const PageBuilder b = page_of({
      {{40, "Gorb"}, {100, "Trillow Mave"}, {330, "Esk"}, {380, "Pannit"}},
      {{40, "GE-1"}, {100, "Understanding the Self"}, {330, "1.75"}, {380, "3"}},
      {{40, "GE-2"}, {100, "Readings in History"}, {330, "1.0"}, {380, "3"}},
      {{40, "MT-101"}, {100, "Clinical Chemistry"}, {330, "2.25"}, {380, "4"}},
      {{40, "MT-102"}, {100, "Hematology"}, {330, "1.5"}, {380, "4"}},
      {{40, "PE-1"}, {100, "Physical Education"}, {330, "1.25"}, {380, "2"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "grade", "credits"}));
  ASSERT_GE(r.tables[0].rows.size(), 5u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "3");
  // Whole numbers, or halves only, are no such scale.
  EXPECT_FALSE(is_decimal_grade_scale({"1.0", "1.5", "2.0", "2.5", "3.0"}));
  EXPECT_FALSE(is_decimal_grade_scale({"3", "2", "4", "1", "3"}));
}

TEST(TableNumbers, CreditsAreWhatThePointsAreAMultipleOf) {
  // Two columns of small numbers; the second is the credits: points = credits x the grade's value,
  // one value per letter. The first (hours a week, say) only looks like credits.
  const PageBuilder b = page_of({
      {{40, "Hub"}, {100, "Skellan Vorp"}, {300, "Ib"}, {340, "Ka"}, {380, "Oom"}, {420, "Fesh"}},
      {{40, "MLS 201"}, {100, "Hematology I"}, {300, "2"}, {340, "3"}, {380, "A"}, {420, "12.0"}},
      {{40, "MLS 202"}, {100, "Clinical Chemistry I"}, {300, "5"}, {340, "4"}, {380, "B"}, {420, "12.0"}},
      {{40, "MLS 203"}, {100, "Immunology"}, {300, "2"}, {340, "2"}, {380, "A"}, {420, "8.0"}},
      {{40, "MLS 204"}, {100, "Urinalysis"}, {300, "3"}, {340, "1"}, {380, "B"}, {420, "3.0"}},
      {{40, "MLS 205"}, {100, "Parasitology"}, {300, "4"}, {340, "3"}, {380, "B"}, {420, "9.0"}},
      {{40, "MLS 206"}, {100, "Blood Banking"}, {300, "2"}, {340, "4"}, {380, "A"}, {420, "16.0"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(t.columns[3].role, ColumnRole::credits);
  EXPECT_NE(t.columns[2].role, ColumnRole::credits);
  ASSERT_GE(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[1].fields.credits, "4");
}

// A level of study printed on each row rises down the table; the credits beside it go up and down.
TEST(TableNumbers, ALevelThatOnlyRisesIsNoCredits) {
  const PageBuilder b = page_of({
      {{40, "Quib"}, {110, "Zandor Melk"}, {330, "Ro"}, {370, "Vusk"}, {410, "Tam"}},
      {{40, "CHE1501"}, {110, "General Chemistry I"}, {332, "5"}, {372, "12"}, {410, "69"}},
      {{40, "BIO1501"}, {110, "Cell Biology"}, {332, "5"}, {372, "8"}, {410, "76"}},
      {{40, "MAT1510"}, {110, "Statistics"}, {332, "5"}, {372, "12"}, {410, "58"}},
      {{40, "BMS2601"}, {110, "Haematology"}, {332, "6"}, {372, "16"}, {410, "71"}},
      {{40, "BMS2602"}, {110, "Clinical Chemistry"}, {332, "6"}, {372, "12"}, {410, "64"}},
      {{40, "BMS3701"}, {110, "Immunology"}, {332, "7"}, {372, "8"}, {410, "80"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(t.columns[3].role, ColumnRole::credits);
  EXPECT_NE(t.columns[2].role, ColumnRole::credits);
  ASSERT_GE(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[3].fields.credits, "16");
  EXPECT_FALSE(is_rising_level({"3", "4", "3", "2", "3", "4"}));
  EXPECT_FALSE(is_rising_level({"3", "3", "3", "3", "3", "3"}));
  // S129: the attempt that passed (1 on most rows, at most 3) is a count, no course size.
  EXPECT_TRUE(is_attempt_count({"1", "1", "1", "2", "1", "1", "3", "1", "1", "1"}));
  EXPECT_FALSE(is_attempt_count({"1", "1", "1", "1", "1", "1", "1", "1", "1", "1"}));  // all one: credits of 1
  EXPECT_FALSE(is_attempt_count({"3", "2", "3", "1", "2", "3", "3", "2", "1", "3"}));  // credits of 1-3
  EXPECT_FALSE(is_attempt_count({"1", "1", "4", "1", "1", "1", "1", "1", "1", "1"}));  // a 4
  EXPECT_FALSE(is_attempt_count({"1", "2", "1", "1", "1"}));  // too few rows
}

// S129: a column counting the attempt at which each examination was passed (1 on most rows, 2 or 3
// on some) stands before the credits: the credits are the column beside it, whatever the header.
TEST(TableNumbers, AttemptsAreNoCredits) {
  const PageBuilder b = page_of({
      {{40, "Quib"}, {110, "Zandor Melk"}, {330, "Ro"}, {370, "Vusk"}, {410, "Tam"}},
      {{40, "CHE1501"}, {110, "General Chemistry I"}, {332, "B"}, {372, "1"}, {410, "6"}},
      {{40, "BIO1501"}, {110, "Cell Biology"}, {332, "A"}, {372, "1"}, {410, "5"}},
      {{40, "MAT1510"}, {110, "Statistics"}, {332, "C"}, {372, "2"}, {410, "7"}},
      {{40, "BMS2601"}, {110, "Haematology"}, {332, "B"}, {372, "1"}, {410, "6"}},
      {{40, "BMS2602"}, {110, "Clinical Chemistry"}, {332, "A"}, {372, "1"}, {410, "6"}},
      {{40, "BMS3701"}, {110, "Immunology"}, {332, "D"}, {372, "3"}, {410, "4"}},
      {{40, "BMS3702"}, {110, "Virology"}, {332, "B"}, {372, "1"}, {410, "5"}},
      {{40, "BMS3703"}, {110, "Cytology"}, {332, "C"}, {372, "1"}, {410, "3"}},
      {{40, "BMS3704"}, {110, "Parasitology"}, {332, "A"}, {372, "1"}, {410, "5"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(t.columns[4].role, ColumnRole::credits);
  EXPECT_NE(t.columns[3].role, ColumnRole::credits);
  ASSERT_GE(t.rows.size(), 9u);
  EXPECT_EQ(t.rows[2].fields.credits, "7");
}

// Columns of values set a little more than a word space apart, with no header: each row keeps the
// narrow white run between them clear, so they are two columns (credits and a score; a grade and
// its points), while the words of the titles keep no such run.
TEST(TableNumbers, ValuesSetCloserThanAGutterAreColumnsOfTheirOwn) {
  // Helvetica 9 pt in the builder: a word space is 2.5 pt, a gutter 4.5 pt; these columns are 4 pt apart.
  const PageBuilder b = page_of({
      {{40, "GST 101"}, {100, "Use of English I"}, {300, "2"}, {308.5, "74"}, {340, "A"}, {348.5, "5"}},
      {{40, "CHM 101"}, {100, "General Chemistry I"}, {300, "3"}, {308.5, "75"}, {340, "A"}, {348.5, "5"}},
      {{40, "BIO 101"}, {100, "General Biology I"}, {300, "3"}, {308.5, "62"}, {340, "B"}, {348.5, "4"}},
      {{40, "MTH 101"}, {100, "Elementary Mathematics I"}, {300, "3"}, {308.5, "55"}, {340, "C"}, {348.5, "3"}},
      {{40, "PHY 101"}, {100, "General Physics I"}, {300, "2"}, {308.5, "68"}, {340, "B"}, {348.5, "4"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"code", "title", "credits", "marks", "grade", "points"}));
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[1].fields.credits, "3");
  EXPECT_EQ(t.rows[1].fields.grade, "A");
  EXPECT_EQ(t.rows[3].fields.title, "Elementary Mathematics I");
}

// Form fields over a table with no header found run across its gutters; the gutters are read over
// the rows of the table's own shape (the number of cells most rows cut into), so the serial numbers
// stay apart from the codes.
TEST(TableNumbers, GuttersAreReadOverRowsOfTheTablesShape) {
  const PageBuilder b = page_of({
      {{46, "Registration Numbering"}, {160, ":"}, {180, "2014-PUMAS-3649"}},
      {{46, "Guardian Name Entered"}, {160, ":"}, {180, "Tariq Mehmood"}},
      {{46, "Programme Of Studies"}, {160, ":"}, {180, "Microbiology"}},
      {{46, "Session Dates Given"}, {160, ":"}, {180, "2014-2018"}},
      {{46, "1"}, {76, "ENG-101"}, {134, "Functional English"}, {330, "3"}, {370, "87"}, {410, "A"}},
      {{46, "2"}, {76, "ISL-101"}, {134, "Islamic Studies"}, {330, "2"}, {370, "84"}, {410, "A-"}},
      {{46, "3"}, {76, "MIC-101"}, {134, "Introductory Microbiology"}, {330, "4"}, {370, "71"}, {410, "B"}},
      {{46, "4"}, {76, "CHE-101"}, {134, "General Chemistry"}, {330, "3"}, {370, "66"}, {410, "C+"}},
      {{46, "5"}, {76, "BIO-101"}, {134, "Cell Biology"}, {330, "3"}, {370, "78"}, {410, "B+"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"serial", "code", "title", "credits", "marks", "grade"}));
  ASSERT_GE(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0].fields.code, "ENG-101");
  EXPECT_EQ(t.rows[2].fields.credits, "4");
}

// Four courses on each side of a header printed twice along its line (made-up codes and titles),
// and the reading expected of them: two tables of four rows, no row joining a course of the left
// table to one of the right.
TableReading read_courses_under(const Cells& header) {
  std::vector<Cells> rows = {header};
  for (const Cells& r : std::vector<Cells>{
           {{32, "0100101"}, {80, "Arabic Language Skills"}, {204, "3"}, {240, "84"}, {300, "0503321"}, {348, "Clinical Chemistry I"}, {472, "3"}, {508, "73"}},
           {{32, "0110101"}, {80, "English Language Skills"}, {204, "3"}, {240, "75"}, {300, "0503322"}, {348, "Clinical Chemistry Lab"}, {472, "1"}, {508, "80"}},
           {{32, "0303101"}, {80, "General Chemistry I"}, {204, "3"}, {240, "74"}, {300, "0503311"}, {348, "Medical Bacteriology"}, {472, "3"}, {508, "72"}},
           {{32, "0301131"}, {80, "Calculus I"}, {204, "3"}, {240, "78"}, {300, "0503361"}, {348, "Histotechniques"}, {472, "2"}, {508, "68"}}})
    rows.push_back(r);
  const PageBuilder b = page_of(rows);
  return read_tables({&b.page()});
}

void expect_two_tables_of_four(const TableReading& r) {
  ASSERT_EQ(r.tables.size(), 2u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  ASSERT_EQ(r.tables[1].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "0100101");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Arabic Language Skills");
  EXPECT_EQ(r.tables[1].rows[0].fields.code, "0503321");
  EXPECT_EQ(r.tables[1].rows[3].fields.title, "Histotechniques");
}

// A line that prints the same invented labels twice is two tables side by side: each side is read
// with its own columns, and no row joins a course of the left table to one of the right.
TEST(TableNumbers, LabelsPrintedTwiceAlongALineAreTwoTables) {
  const TableReading r = read_courses_under(
      {{32, "Wub Zo."}, {80, "Plinth Kav"}, {200, "Gr. Tu"}, {240, "Fim"}, {300, "Wub Zo."}, {348, "Plinth Kav"}, {468, "Gr. Tu"}, {508, "Fim"}});
  expect_two_tables_of_four(r);
  ASSERT_EQ(r.tables.size(), 2u);
  ASSERT_EQ(r.tables[1].rows.size(), 4u);
  EXPECT_EQ(r.tables[1].rows[1].fields.credits, "1");
}

// The same header printed twice and read by OCR differently on each copy (a letter taken for
// another, a dot lost, a label split into two words on one copy only) is still two tables side by
// side: no row joins the right table's code to the left table's title.
TEST(TableNumbers, LabelsPrintedTwiceReadDifferentlyByOcrAreTwoTables) {
  expect_two_tables_of_four(read_courses_under(
      {{32, "Wub Zoa."}, {80, "Plinth Kav"}, {200, "Gr. Tu"}, {240, "Fim"}, {300, "Wub Zo"}, {348, "Plinth Kav"}, {468, "Gr.Tu"}, {508, "Fim"}}));
}

// Roles repeat only from the second copy's title when OCR garbled the first copy's code label
// ("Course Noa."): the line's repeated labels still put the cut before the second copy's code, so
// the right table keeps its codes.
TEST(TableNumbers, RepeatedLabelsPlaceTheCutWhenAFirstLabelIsGarbled) {
  const PageBuilder b = page_of({
      {{32, "Course Noa."}, {90, "Course Title"}, {204, "Cr. Hr"}, {240, "Grade"}, {300, "Course No"}, {358, "Course Title"}, {472, "Cr.Hr"}, {508, "Grade"}},
      {{32, "BIOL 101"}, {90, "General Biology"}, {208, "4"}, {240, "C+"}, {300, "CLS 311"}, {358, "Clinical Chemistry"}, {476, "4"}, {508, "B"}},
      {{32, "CHEM 101"}, {90, "General Chemistry"}, {208, "4"}, {240, "B-"}, {300, "CLS 312"}, {358, "Hematology"}, {476, "4"}, {508, "A-"}},
      {{32, "MATH 101"}, {90, "Precalculus"}, {208, "3"}, {240, "B"}, {300, "CLS 313"}, {358, "Bacteriology"}, {476, "4"}, {508, "C+"}},
      {{32, "PHYS 101"}, {90, "General Physics"}, {208, "3"}, {240, "A"}, {300, "CLS 315"}, {358, "Parasitology"}, {476, "3"}, {508, "B+"}},
  });
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 2u);
  ASSERT_EQ(r.tables[1].rows.size(), 4u);
  EXPECT_EQ(r.tables[1].rows[0].fields.code, "CLS 311");
  EXPECT_EQ(r.tables[1].rows[0].fields.title, "Clinical Chemistry");
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "General Chemistry");
  EXPECT_NE(r.tables[0].rows[1].fields.code, "CLS 312");
}

}  // namespace
}  // namespace cc
