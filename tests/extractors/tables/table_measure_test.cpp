// Which column is a course's measure (measure_columns.h): hours printed with their unit over a
// number derived from them by one rate (a weight of the average, not a credit), and credit points
// that are the credits when no credits column stands beside them. Pages are word boxes built in
// code (page_builder.h) with made-up titles.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

const char* kTitles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin",
                         "Dostumal Frelimo",  "Quentor Valdis",    "Morvani Keltosa", "Spennar Vorlik"};

// Rows of: serial, title, hours, weight (hours / 15), a mark out of 20, the mark times the weight.
void weighted_rows(PageBuilder& b, bool hour_unit) {
  const int hours[] = {60, 45, 75, 30, 60, 45, 150, 30};
  const int marks[] = {14, 12, 13, 16, 11, 12, 15, 13};
  double y = 100;
  for (int i = 0; i < 8; ++i, y += 14) {
    const int weight = hours[i] / 15;
    b.row(y, {{40, std::to_string(i + 1)}, {60, kTitles[i]},
              {300, std::to_string(hours[i]) + (hour_unit ? "h" : "")}, {370, std::to_string(weight)},
              {420, std::to_string(marks[i])}, {470, std::to_string(marks[i] * weight)}});
  }
}

const TableColumn* column_holding(const ReadTable& t, ColumnRole role) {
  for (const auto& c : t.columns)
    if (c.role == role) return &c;
  return nullptr;
}

// Hours printed with their unit ("60h") beside a number that is those hours / 15: the hours are
// the course's measure (read as its credits), the derived number a weight of the average.
TEST(TableMeasure, HoursOverAWeightDerivedFromThem) {
  PageBuilder b;
  weighted_rows(b, true);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "60h");
  EXPECT_EQ(r.tables[0].rows[6].fields.credits, "150h");
}

// Without the unit (and with no label naming hours) nothing says which number counts hours: the
// credits stay the small numbers, as before.
TEST(TableMeasure, PlainNumbersKeepTheirCredits) {
  PageBuilder b;
  weighted_rows(b, false);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_FALSE(r.tables[0].rows.empty());
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "4");
}

// "Credit Points" with no credits column beside them are the credits; beside a credits column
// (an Indian mark sheet's credits x grade points) they stay points.
TEST(TableMeasure, CreditPointsWithoutCreditsAreTheCredits) {
  PageBuilder alone;
  alone.row(100, {{50, "Course Code"}, {130, "Course Title"}, {330, "Credit Points"}, {420, "Mark"}, {470, "Grade"}});
  const char* points[] = {"10", "10", "5", "10", "20", "5"};
  double y = 114;
  for (int i = 0; i < 6; ++i, y += 12)
    alone.row(y, {{50, "QZX " + std::to_string(1101 + i)}, {130, kTitles[i]}, {345, points[i]}, {425, std::to_string(60 + 3 * i)}, {475, "C"}});
  const TableReading a = read_tables({&alone.page()});
  ASSERT_EQ(a.tables.size(), 1u);
  ASSERT_EQ(a.tables[0].rows.size(), 6u);
  EXPECT_EQ(a.tables[0].rows[4].fields.credits, "20");
  ASSERT_NE(column_holding(a.tables[0], ColumnRole::credits), nullptr);

  PageBuilder beside;
  beside.row(100, {{50, "Course Code"}, {130, "Course Title"}, {300, "Credits"}, {360, "Grade Point"}, {430, "Credit Points"}});
  y = 114;
  for (int i = 0; i < 6; ++i, y += 12)
    beside.row(y, {{50, "QZX " + std::to_string(1101 + i)}, {130, kTitles[i]}, {305, "4"}, {365, std::to_string(6 + i % 3)},
                   {435, std::to_string(4 * (6 + i % 3))}});
  const TableReading s = read_tables({&beside.page()});
  ASSERT_EQ(s.tables.size(), 1u);
  ASSERT_EQ(s.tables[0].rows.size(), 6u);
  EXPECT_EQ(s.tables[0].rows[0].fields.credits, "4");
}

// A unit's cells centred across the two lines of its elements (a French-style relevé: the unit's
// title printed on the first element's line, its code, credits and result between the lines): the
// record with no title takes the title cell of the line its own line reaches into.
TEST(TableMeasure, TitleOfACellSpanningTwoLines) {
  PageBuilder b(8);
  b.row(100, {{50, "Code"}, {110, "Course Title"}, {250, "Element"}, {400, "Credits"}, {450, "Coef."}, {500, "Grade"}, {560, "Remark"}});
  double y = 116;
  for (int u = 0; u < 4; ++u, y += 22) {
    b.row(y, {{110, kTitles[2 * u]}, {250, "Pelorin mode"}, {455, "2"}, {500, "12.50"}});
    b.row(y + 5.5, {{50, "UE1" + std::to_string(u + 1)}, {405, "6"}, {560, "Passed"}});
    b.row(y + 11, {{110, "Avg : 13.00"}, {250, "Quistral mode"}, {455, "1"}, {500, "14.00"}});
  }
  // Records as a course table's consumer reads them: a code, or credits (an element's line with
  // its title and marks only is no record).
  TableReaderOptions o;
  o.is_record = [](const RowFields& f) { return !f.code.empty() || !f.credits.empty(); };
  const TableReading r = read_tables({&b.page()}, o);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "UE11");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, kTitles[0]);
  EXPECT_EQ(r.tables[0].rows[3].fields.title, kTitles[6]);
}

// Rows of a title, hours of class with no unit, a weight following them (hours / 15, rounded: 20
// hours weigh 1), a mark out of 20 and the mark times the weight, under a header whose labels over
// the hours is a word no vocabulary knows (`Vorhal`; the weight's `Coefficient` is a remark).
void hours_and_weight_rows(PageBuilder& b, bool hours_in_parts) {
  // With the hours in parts, a second column of hours (`Tusk`: two thirds of the first) stands
  // between the hours and the weight.
  const double shift = hours_in_parts ? 50 : 0;
  if (hours_in_parts)
    b.row(100, {{60, "Course Title"}, {300, "Vorhal"}, {350, "Tusk"}, {400, "Coefficient"}, {450, "Grade"}, {500, "Points"}});
  else
    b.row(100, {{60, "Course Title"}, {300, "Vorhal"}, {350, "Coefficient"}, {400, "Grade"}, {450, "Points"}});
  const int hours[] = {60, 45, 30, 20, 60, 45, 240, 30};
  const int weights[] = {4, 3, 2, 1, 4, 3, 4, 2};  // the last but one weighs less than its hours / 15
  const int marks[] = {14, 12, 13, 16, 11, 12, 15, 13};
  double y = 114;
  for (int i = 0; i < 8; ++i, y += 14) {
    std::vector<std::pair<double, std::string>> cells = {{60, kTitles[i]}, {305, std::to_string(hours[i])}, {355 + shift, std::to_string(weights[i])},
                                                          {405 + shift, std::to_string(marks[i])}, {455 + shift, std::to_string(marks[i] * weights[i])}};
    if (hours_in_parts) cells.push_back({355, std::to_string(hours[i] / 3 * 2)});
    b.row(y, cells);
  }
}

// S74: hours of class with no unit and a label no vocabulary knows, beside a small weight that
// follows them (hours / 15 rounded, on eight rows in ten): the hours are the course's measure, read
// as its credits and marked as hours of class for the coursework; the weight is a remark.
TEST(TableMeasure, HoursBesideTheirWeightAreTheMeasure) {
  PageBuilder b;
  hours_and_weight_rows(b, false);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "60");
  EXPECT_EQ(r.tables[0].rows[6].fields.credits, "240");
  const TableColumn* credits = column_holding(r.tables[0], ColumnRole::credits);
  ASSERT_NE(credits, nullptr);
  EXPECT_TRUE(credits->hours_of_class);
}

// Hours printed in parts (two columns of hours) beside the weight: no one column is the measure;
// S74 leaves the table as it was.
TEST(TableMeasure, HoursInPartsAreNoSingleMeasure) {
  PageBuilder b;
  hours_and_weight_rows(b, true);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  for (const auto& c : r.tables[0].columns) EXPECT_FALSE(c.hours_of_class);
  ASSERT_FALSE(r.tables[0].rows.empty());
  EXPECT_NE(r.tables[0].rows[0].fields.credits, "60");
}

}  // namespace

// Hours printed in two sub-columns (theory | practice) beside a weight made from their sum (45 + 15
// = 60 = 4 x 15), a mark out of 20 and the mark times the weight (S93, h2): the course's measure is
// the sum, in hours of class; the weight is a remark; the mark the weight multiplies is the grade.
TEST(TableMeasure, HoursInPartsSumOverTheirWeight) {
  PageBuilder b;
  const int theory[] = {45, 45, 30, 60, 45, 30, 45, 0};
  const int practice[] = {15, 0, 15, 0, 30, 15, 15, 300};
  const char* marks[] = {"14", "12,5", "13", "9*", "11", "16", "15,5", "13"};
  const double values[] = {14, 12.5, 13, 9, 11, 16, 15.5, 13};
  double y = 100;
  for (int i = 0; i < 8; ++i, y += 14) {
    const int weight = (theory[i] + practice[i]) / 15;
    char product[16];
    std::snprintf(product, sizeof product, "%g", values[i] * weight);
    std::string p = product;
    for (char& c : p)
      if (c == '.') c = ',';
    b.row(y, {{40, std::to_string(i + 1)}, {60, kTitles[i]}, {300, std::to_string(theory[i])}, {340, std::to_string(practice[i])},
              {390, std::to_string(weight)}, {440, marks[i]}, {500, p}});
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "60");
  EXPECT_EQ(r.tables[0].rows[7].fields.credits, "300");
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "12,5");
  const TableColumn* credits = column_holding(r.tables[0], ColumnRole::credits);
  ASSERT_NE(credits, nullptr);
  EXPECT_TRUE(credits->hours_of_class);
}

// Hours printed before the credits they make (`90 | 6`: 15 hours a credit) and a mark on a 10-point
// scale spelled out in the next column (`9 | Nine-word`): the credits are the small numbers, the
// hours contact hours, and the mark whose words follow it the grade (S93, h2).
TEST(TableMeasure, HoursBeforeTheirCreditsAndAMarkSpelledOut) {
  PageBuilder b;
  const int hours[] = {90, 90, 60, 75, 60, 90, 45, 105};
  const int marks[] = {9, 8, 6, 7, 9, 5, 8, 7};
  const char* names[] = {"", "", "", "", "Frelna", "Vosku", "Tramo", "Dessel", "Kinnar", "Nolvy", "Dexol"};
  double y = 100;
  for (int i = 0; i < 8; ++i, y += 14)
    b.row(y, {{40, std::to_string(i + 1) + "."}, {60, kTitles[i]}, {300, std::to_string(hours[i])},
              {350, std::to_string(hours[i] / 15)}, {390, std::to_string(marks[i])}, {420, names[marks[i]]}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "6");
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "9");
  EXPECT_EQ(r.tables[0].rows[7].fields.grade, "7");
}

}  // namespace cc
