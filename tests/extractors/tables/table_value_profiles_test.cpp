// Roles of number columns told by their values' profile when no header word is known (issue 15,
// round 9 preparation): module credits move in steps of five; and a column band between two
// labels is set a gutter apart, never a word space.
// Pages are word boxes built in code (page_builder.h) with made-up header words, codes and titles.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// Rows of code | title | a number column | another number column | letter grade, under a line of
// made-up labels no vocabulary knows.
TableReading numbers_table(PageBuilder& b, const std::vector<std::string>& first, const std::vector<std::string>& second) {
  const char* titles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin",
                          "Dostumal Frelimo", "Quentor Valdis", "Morvani Keltosa", "Spennar Vorlik"};
  const char* grades[] = {"B", "A", "C", "B", "A", "B", "C", "A"};
  b.row(100, {{50, "Zorv"}, {110, "Ombrast"}, {300, "Kelm"}, {350, "Tov"}, {400, "Drasp"}});
  double y = 116;
  for (size_t i = 0; i < first.size(); ++i) {
    b.row(y, {{50, "QZX " + std::to_string(101 + i)}, {110, titles[i]}, {303, first[i]}, {352, second[i]}, {402, grades[i]}});
    y += 14;
  }
  return read_tables({&b.page()});
}

// Credits under ten beside marks that vary: the credits are the column of few small values.
TEST(TableValueProfiles, SmallCreditsBesideMarks) {
  PageBuilder b;
  const TableReading r = numbers_table(b, {"3", "4", "2", "3", "4", "3", "2", "3"}, {"80", "63", "90", "71", "60", "67", "52", "77"});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4");
  EXPECT_EQ(r.tables[0].rows[1].fields.marks, "63");
}

// Module credits counted in tens of notional hours (10, 15, 20) move in steps of five: the
// credits, though their median is above ten; the marks beside them stay marks.
TEST(TableValueProfiles, ModuleCreditsInStepsOfFiveAreCredits) {
  PageBuilder b;
  const TableReading r = numbers_table(b, {"15", "15", "10", "20", "15", "10", "20", "15"},
                                       {"55", "52", "68", "71", "49", "63", "58", "74"});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "15");
  EXPECT_EQ(r.tables[0].rows[3].fields.credits, "20");
  EXPECT_EQ(r.tables[0].rows[0].fields.marks, "55");
}

// Credits in half steps (1.5 2 2.5 3 3.5 4 4.5 5 5.5: nine distinct values, more than whole
// credits take) beside marks out of 100: the credits, not grade points.
TEST(TableValueProfiles, CreditsInHalfStepsAreCredits) {
  PageBuilder b;
  const char* titles[] = {"Velkoran", "Brastin", "Ormuth", "Tusmari", "Dostumal", "Quentor", "Morvani", "Spennar", "Akrevin", "Plendor"};
  const char* credits[] = {"1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5", "5.5", "3"};
  const char* marks[] = {"85", "90", "82", "89", "87", "76", "93", "68", "81", "74"};
  double y = 100;
  for (int i = 0; i < 10; ++i) {
    b.row(y, {{50, titles[i]}, {150, "Ostrimat"}, {230, credits[i]}, {280, marks[i]}});
    y += 14;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "1.5");
  EXPECT_EQ(r.tables[0].rows[8].fields.credits, "5.5");
  EXPECT_EQ(r.tables[0].rows[8].fields.marks, "81");
}

// A monospace title that wraps its cell at the same word on every row (`CLINICAL PRACTICUM:
// ...`) leaves one character of white inside the title: a word space, no gutter, so no column of
// its own between the title's label and the next one (S48 made the second half a remark).
TEST(TableValueProfiles, AWordSpaceInsideTitlesIsNoUnlabelledColumn) {
  PageBuilder b(7, true);
  b.row(100, {{40, "SUBJ"}, {80, "NO."}, {118, "COURSE TITLE"}, {345, "CRED"}, {390, "GRD"}, {440, "PTS"}});
  const char* rest[] = {"PRACTICUM: CHEMISTRY", "PRACTICUM: HEMATOLOGY", "PRACTICUM: MICROBIOLOGY", "PRACTICUM: BLOOD BANK"};
  double y = 116;
  for (int i = 0; i < 4; ++i) {
    b.row(y, {{40, "MLS"}, {80, std::to_string(4410 + 10 * i)}, {118, std::string("CLINICAL ") + rest[i]}, {345, "4.000"},
              {390, "B+"}, {440, "13.200"}});
    y += 11;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "CLINICAL PRACTICUM: CHEMISTRY");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "CLINICAL PRACTICUM: BLOOD BANK");
  EXPECT_EQ(r.tables[0].columns.size(), 6u);
}

// Codes whose letters are in another alphabet (Greek `ΙΕ1010`, Cyrillic `БХ 201`) are codes: a
// column of them is the code column when no header word says so.
TEST(TableValueProfiles, CodesInOtherAlphabetsAreCodes) {
  EXPECT_EQ(type_of_cell("ΙΕ1010"), CellType::code);
  EXPECT_EQ(type_of_cell("БХ 201"), CellType::code);
  EXPECT_EQ(type_of_cell("Γενική Χημεία"), CellType::text);
  EXPECT_EQ(type_of_cell("ΙΕ10"), CellType::code);
  EXPECT_NE(type_of_cell("ΙΕ1"), CellType::code);
  PageBuilder b;
  const char* codes[] = {"ΙΕ1010", "ΙΕ1020", "ΙΕ1030", "ΙΕ1040", "ΙΕ1050"};
  const char* titles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin", "Dostumal Frelimo"};
  b.row(100, {{50, "Zorv"}, {110, "Ombrast"}, {300, "Kelm"}, {350, "Tov"}});
  double y = 116;
  for (int i = 0; i < 5; ++i) {
    b.row(y, {{50, codes[i]}, {110, titles[i]}, {303, std::to_string(3 + i % 2)}, {352, "B"}});
    y += 14;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 5u);
  EXPECT_EQ(r.tables[0].rows[2].fields.code, "ΙΕ1030");
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Ormuth Plendora");
}

}  // namespace
}  // namespace cc
