// Rules from round 13's designs (issue 15): text set on a slant across the page (security paper)
// is no row's; a column of sessions beside a column of years is the term's other part; a subject
// abbreviated with points and its number, in two columns, are the code. Pages are word boxes built
// in code (page_builder.h), titles and codes made up, no header the vocabulary knows.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

const char* kTitles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin",
                         "Dostumal Frelimo",  "Quentor Valdis",    "Morvani Keltosa", "Spennar Vorlik",
                         "Gralith Omventa",   "Hestor Palumbri",   "Ivrane Toscadel", "Jorvik Almastra"};

// A name repeated on a slant across the page: the text layer gives it as pieces of three letters,
// each box the body's height, each starting where the last ends and standing higher.
void slanted_copy(PageBuilder& b, double x, double y) {
  const char* pieces[] = {"LRP", "UNI", "VER", "SIT", "YLR", "PUN"};
  for (int i = 0; i < 6; ++i) b.word(pieces[i], {x + 9 * i, y - 4 * i, x + 9 * (i + 1), y - 4 * i + 9});
}

TEST(TablePaperTerms, TextOnASlantIsNoRow) {
  PageBuilder b;
  double y = 100;
  for (int i = 0; i < 8; ++i, y += 14)
    b.row(y, {{50, "QZX " + std::to_string(101 + i)}, {110, kTitles[i]}, {300, std::to_string(2 + i % 3)}, {350, i % 2 ? "A" : "C"}});
  slanted_copy(b, 190, 160);
  slanted_copy(b, 190, 202);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  for (size_t i = 0; i < 8; ++i) EXPECT_EQ(r.tables[0].rows[i].fields.title, kTitles[i]);
  EXPECT_EQ(r.set_aside.size(), 12u);
}

// Words of a line set one beside the other at one height are never a slant, however close.
TEST(TablePaperTerms, WordsOfALineAreNoSlant) {
  PageBuilder b;
  double y = 100;
  for (int i = 0; i < 8; ++i, y += 14)
    b.row(y, {{50, "QZX " + std::to_string(101 + i)}, {110, kTitles[i]}, {300, std::to_string(2 + i % 3)}, {350, i % 2 ? "A" : "C"}});
  const TableReading r = read_tables({&b.page()});
  EXPECT_TRUE(r.set_aside.empty());
}

// The registry's record of every course in one table, its term given by a column of years and,
// beside it, a column of sessions (I, II, V for a summer session); a subject abbreviated with points
// (`BRAS.`, `T.KRV.`) and its number in two columns.
PageBuilder year_and_session_page() {
  PageBuilder b;
  const char* years[] = {"2014", "2014", "2014", "2014", "2014", "2014", "2015", "2015", "2015", "2015"};
  const char* sessions[] = {"I", "I", "I", "II", "II", "II", "V", "I", "I", "II"};
  const char* depts[] = {"BRAS.", "T.KRV.", "BRAS.", "OSTR.", "T.KRV.", "BRAS.", "OSTR.", "BRAS.", "T.KRV.", "OSTR."};
  const char* credits[] = {"3", "4", "3", "5", "2", "3", "4", "3", "2", "4"};
  double y = 100;
  for (int i = 0; i < 10; ++i, y += 12)
    b.row(y, {{40, years[i]}, {80, sessions[i]}, {100, depts[i]}, {140, std::to_string(101 + 11 * i) + (i == 4 ? "a" : "")},
              {180, kTitles[i]}, {400, credits[i]}, {440, i % 3 ? "B" : "A"}});
  return b;
}

TEST(TablePaperTerms, SessionsBesideYearsAreTheTerm) {
  const PageBuilder b = year_and_session_page();
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[0].term, "2014 I");
  EXPECT_EQ(r.tables[0].rows[3].term, "2014 II");
  EXPECT_EQ(r.tables[0].rows[6].term, "2015 V");
  EXPECT_EQ(r.tables[0].rows[9].term, "2015 II");
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "A");
}

TEST(TablePaperTerms, SubjectsAbbreviatedWithPointsMakeCodes) {
  const PageBuilder b = year_and_session_page();
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "BRAS. 101");
  EXPECT_EQ(r.tables[0].rows[1].fields.code, "T.KRV. 112");
  EXPECT_EQ(r.tables[0].rows[4].fields.code, "T.KRV. 145a");
}

}  // namespace
}  // namespace cc
