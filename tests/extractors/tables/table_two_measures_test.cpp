// Rules S117-S121 (issue 15, round 16 as training data): a table found from alignment that starts
// with few rows at the foot of a page tells its roles with the next page's rows; credits counted in
// two measures in a constant ratio; points that are the courses' sizes beside letter grades; a
// year printed once over its rows, its part (`S1`) beside it. Pages are word boxes built in code
// (page_builder.h) with made-up titles, codes and header words; each test fails with its rule out.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "extractors/tables/line_kinds.h"
#include "extractors/tables/number_roles.h"
#include "extractors/tables/row_labels.h"
#include "extractors/tables/table_rows.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

const char* kTitles[] = {"Velkoran Ostrimat Dalvenu", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin Sol",
                         "Dostumal Frelimo",          "Quentor Valdis",    "Morvani Keltosa", "Spennar Vorlik",
                         "Gralith Omventa",           "Hestor Palumbri",   "Ivrane Toscadel", "Jorvik Almastra",
                         "Kestal Murovin",            "Lamber Trovesk",    "Nuvola Presterin", "Orvik Delamund"};
// A grade in words, the same words for the same figure, longer than most titles.
const char* kWords[] = {"", "", "", "", "pietiekami / satisfactory enough", "viduveji / rather satisfactory",
                        "gandriz labi / almost quite good", "labi / good in every way", "loti labi / very good indeed",
                        "teicami / excellent in all", "izcili / with high distinction"};

// S117: three rows at the foot of page 1 cannot show that the words column repeats (a grade in
// words) nor that it names the figures beside it; the next page's rows in the same columns can.
TEST(TableTwoMeasures, FewRowsAtAPageFootTellRolesWithTheNextPage) {
  PageBuilder first, second;
  const std::vector<int> kp = {4, 3, 2, 5, 4, 3, 2, 2, 3, 4, 5, 3, 2, 4, 3};
  const std::vector<int> grade = {8, 5, 6, 7, 8, 9, 10, 6, 7, 8, 5, 9, 7, 6, 8};
  auto put = [&](PageBuilder& b, double y, size_t i) {
    b.row(y, {{50, kTitles[i]}, {300, std::to_string(kp[i])}, {340, std::to_string(grade[i])}, {390, kWords[grade[i]]}});
  };
  for (size_t i = 0; i < 3; ++i) put(first, 700 + 22.0 * static_cast<double>(i), i);
  for (size_t i = 3; i < 15; ++i) put(second, 80 + 22.0 * static_cast<double>(i - 3), i);
  const TableReading r = read_tables({&first.page(), &second.page()});
  ASSERT_FALSE(r.tables.empty());
  ASSERT_GE(r.tables[0].rows.size(), 15u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, kTitles[0]);
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "8");
  EXPECT_EQ(r.tables[0].rows[14].fields.title, kTitles[14]);
}

// S118: credits printed twice, the second column 1.5 times the first on every row (a national
// credit point and the ECTS it is worth): the larger is the credits, the other kept as printed.
TEST(TableTwoMeasures, CreditsInAConstantRatioReadTheLarger) {
  PageBuilder b;
  const std::vector<int> kp = {4, 3, 2, 5, 4, 3, 2, 12, 3, 4};
  const std::vector<std::string> letters = {"B", "A", "C", "B+", "A-", "B", "C+", "A", "B-", "B"};
  for (size_t i = 0; i < kp.size(); ++i) {
    char ects[16];
    std::snprintf(ects, sizeof ects, "%g", 1.5 * kp[i]);
    b.row(100 + 14.0 * static_cast<double>(i), {{50, kTitles[i]}, {300, std::to_string(kp[i])}, {340, ects}, {390, letters[i]}});
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "6");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4.5");
  EXPECT_EQ(r.tables[0].rows[7].fields.credits, "18");
}

// S118 on a header: `Cr | ECTS`, ECTS twice the credits on every row: the column headed ECTS.
TEST(TableTwoMeasures, HeadedCreditsInAConstantRatioReadTheEcts) {
  PageBuilder b;
  b.row(80, {{50, "Course Title"}, {300, "Credits"}, {340, "ECTS"}, {390, "Grade"}});
  const std::vector<int> cr = {3, 2, 4, 3, 1, 2, 3, 4};
  const std::vector<std::string> letters = {"B", "A", "C", "B+", "A-", "B", "C+", "A"};
  for (size_t i = 0; i < cr.size(); ++i)
    b.row(100 + 14.0 * static_cast<double>(i),
          {{50, kTitles[i]}, {305, std::to_string(cr[i])}, {345, std::to_string(2 * cr[i])}, {395, letters[i]}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "6");
  EXPECT_EQ(r.tables[0].rows[4].fields.credits, "2");
}

// Credit points of a 120-point year beside letter grades, under a header naming them points:
// the same grade printed with 18 and 20 points, 18 printed with many grades. They are the courses'
// sizes, the credits (S119); the year printed once over its rows carries down to them, its part
// printed on every row beside it (S120).
TEST(TableTwoMeasures, PointsThatAreSizesAndAYearPrintedOnce) {
  PageBuilder b;
  b.row(80, {{50, "Year"}, {90, "Period"}, {134, "Paper"}, {196, "Title"}, {440, "Points"}, {488, "Grade"}});
  const std::vector<std::string> periods = {"S1", "S1", "S1", "S2", "S2", "S2", "S1", "S1", "S2", "S2", "FY"};
  const std::vector<int> points = {18, 18, 18, 18, 18, 15, 20, 20, 20, 20, 60};
  const std::vector<std::string> letters = {"A-", "B", "B-", "A-", "C+", "B", "A-", "B", "B", "A", "P"};
  double y = 100;
  for (size_t i = 0; i < periods.size(); ++i, y += 13) {
    const std::string year = i == 0 ? "2017" : i == 6 ? "2018" : "";
    b.row(y, {{50, year}, {96, periods[i]}, {134, "QRTX " + std::to_string(191 + i)}, {196, kTitles[i]},
              {462, std::to_string(points[i])}, {488, letters[i]}});
    if (i == 5) {
      b.row(y + 13, {{216, "Points passed 2017: 105"}});
      y += 20;
    }
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 11u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "18");
  EXPECT_EQ(r.tables[0].rows[10].fields.credits, "60");
  EXPECT_EQ(r.tables[0].rows[0].term, "2017 S1");
  EXPECT_EQ(r.tables[0].rows[4].term, "2017 S2");
  EXPECT_EQ(r.tables[0].rows[8].term, "2018 S2");
  EXPECT_EQ(r.tables[0].rows[10].term, "2018 FY");
}

// The same with header words nobody knows (the vocabulary ablated, or a language not listed): the
// years printed once are the term, `S1`/`S2` its part (S121), the points the credits (S119).
TEST(TableTwoMeasures, YearPrintedOnceAndSizesFromContentAlone) {
  PageBuilder b;
  b.row(80, {{50, "Kelv"}, {90, "Porim"}, {134, "Nastu"}, {196, "Tolvek"}, {440, "Brunn"}, {488, "Selv"}});
  const std::vector<std::string> periods = {"S1", "S1", "S1", "S2", "S2", "S2", "S1", "S1", "S2", "S2", "S2"};
  const std::vector<int> points = {18, 18, 18, 18, 18, 15, 20, 20, 20, 20, 60};
  const std::vector<std::string> letters = {"A-", "B", "B-", "A-", "C+", "B", "A-", "B", "B", "A", "C"};
  double y = 100;
  for (size_t i = 0; i < periods.size(); ++i, y += 13) {
    const std::string year = i == 0 ? "2017" : i == 6 ? "2018" : "";
    b.row(y, {{50, year}, {96, periods[i]}, {134, "QRTX " + std::to_string(191 + i)}, {196, kTitles[i]},
              {462, std::to_string(points[i])}, {488, letters[i]}});
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 11u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "18");
  EXPECT_EQ(r.tables[0].rows[10].fields.credits, "60");
  EXPECT_EQ(r.tables[0].rows[2].term, "2017 S1");
  EXPECT_EQ(r.tables[0].rows[9].term, "2018 S2");
}

TEST(TableTwoMeasures, NumberRules) {
  EXPECT_TRUE(is_year_printed_once({"2017", "", "", "", "2018", "", "", "", "2019", "", ""}));
  EXPECT_FALSE(is_year_printed_once({"", "2017", "", "", "2018", "", "", "", "2019", "", ""}));
  EXPECT_FALSE(is_year_printed_once({"2018", "", "", "", "2017", "", "", "", "2019", "", ""}));
  // Grade points follow the grade; sizes do not.
  const std::vector<std::string> grades = {"A", "B", "A", "C", "B", "A", "B", "C"};
  EXPECT_FALSE(sizes_not_following_grade({"4", "3", "4", "2", "3", "4", "3", "2"}, grades));
  EXPECT_TRUE(sizes_not_following_grade({"18", "18", "20", "18", "20", "15", "20", "20"}, grades));
  EXPECT_TRUE(sizes_not_following_grade({"18", "18", "18", "18", "18", "18", "18", "18"}, grades));
  EXPECT_FALSE(sizes_not_following_grade({"4", "3", "4", "2", "3", "4", "3", "2"}, {"A", "B", "A", "C", "B", "A+", "B", "C"}));
  EXPECT_TRUE(constant_ratio({"2", "3", "4", "2", "5"}, {"3", "4.5", "6", "3", "7.5"}).has_value());
  EXPECT_FALSE(constant_ratio({"2", "3", "4", "2", "5"}, {"3", "5", "6", "3", "7.5"}).has_value());
  EXPECT_FALSE(constant_ratio({"2", "3", "4", "2", "5"}, {"30", "45", "60", "30", "75"}).has_value());  // hours
}

// S122: a sentence running on across the columns is no record; a course stated in a sentence after
// its label, with its credits in their unit, is left to the record test.
TEST(TableTwoMeasures, ASentenceAcrossTheColumnsIsNoRecord) {
  ColumnLayout layout;
  layout.columns = {{ColumnRole::title, 0, 240}, {ColumnRole::credits, 240, 300}, {ColumnRole::grade, 300, 360}, {ColumnRole::remark, 360, 612}};
  PageBuilder sentence;
  sentence.row(100, {{50, "Further notes"}, {200, "The programme was accredited until 31 December 2025 by the board"}});
  const auto rows = cluster_rows(sentence.page().words);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_TRUE(runs_across_columns(rows.front(), layout));
  PageBuilder thesis;
  thesis.row(100, {{50, "Thesis: \"Velkoran Ostrimat Dalvenu\", grade 9 (nine), 8 ECTS, defended 27.07.2017."}});
  EXPECT_FALSE(runs_across_columns(cluster_rows(thesis.page().words).front(), layout));
  PageBuilder record;
  record.row(100, {{50, kTitles[0]}, {260, "4"}, {320, "B"}, {380, "passed"}});
  EXPECT_FALSE(runs_across_columns(cluster_rows(record.page().words).front(), layout));
}

// S123: a roman numeral glued to a term word is that word's letters (`kursi`: Latvian courses).
TEST(TableTwoMeasures, ARomanNumeralIsAWordOfItsOwn) {
  EXPECT_FALSE(is_section_line("A da\u013ca \u2013 oblig\u0101tie kursi / Part A \u2013 compulsory courses"));
  EXPECT_FALSE(is_section_line("Parti Levelv"));
  for (const char* term : {"Semester II", "Sem. I", "Semester - III", "Part IV", "Year 1", "Rok II", "2 kurs", "Anul I", "Semester2"})
    EXPECT_TRUE(is_section_line(term)) << term;
}

}  // namespace
}  // namespace cc
