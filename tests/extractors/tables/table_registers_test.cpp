// Registers and relevés (issue 15, round 15 as training data): a term printed as columns of its
// own (an academic year and the part of it in words), codes of a department and a course joined by
// a slash, results printed with the date they were given, a status letter beside them, labels of
// two sittings that are no caption, hours of class beside a weight of the marks, and the names of
// groups of courses printed under different courses. Pages are word boxes built in code with
// made-up titles and header words no vocabulary knows; each test fails with its rule taken out.
#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/number_roles.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

const char* kTitles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin", "Dostumal Frelimo",
                         "Quentor Valdis",    "Morvani Keltosa",   "Spennar Vorlik",  "Galdrin Omasty",  "Peltrum Vasko"};

const TableColumn* column_holding(const ReadTable& t, ColumnRole role) {
  for (const auto& c : t.columns)
    if (c.role == role) return &c;
  return nullptr;
}

// A registry's record of one table sorted by academic year, then by the part of the year, both
// printed as columns of every row (`2015/2016 | QW`), no caption line: the two are the row's term.
TEST(TableRegisters, AcademicYearAndItsPartInWordsAreTheTerm) {
  PageBuilder b;
  b.row(80, {{40, "Vrotl"}, {95, "Kemp"}, {130, "Skarn"}, {200, "Drovat"}, {400, "Plek"}, {440, "Sorn"}});
  const char* years[] = {"2015/2016", "2015/2016", "2015/2016", "2015/2016", "2015/2016",
                         "2016/2017", "2016/2017", "2016/2017", "2016/2017", "2016/2017"};
  const char* parts[] = {"QW", "QW", "QW", "RT", "RT", "QW", "QW", "QW", "RT", "RT"};
  const char* grades[] = {"A", "B+", "C", "A-", "B", "B-", "A", "C+", "D", "B"};
  double y = 96;
  for (int i = 0; i < 10; ++i, y += 12)
    b.row(y, {{40, years[i]}, {95, parts[i]}, {130, "QZX " + std::to_string(1101 + i)}, {200, kTitles[i]},
              {405, std::to_string(3 + i % 3)}, {445, grades[i]}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[0].term, "2015/2016 QW");
  EXPECT_EQ(r.tables[0].rows[4].term, "2015/2016 RT");
  EXPECT_EQ(r.tables[0].rows[7].term, "2016/2017 QW");
}

// A status beside the year repeats its letters in any order within a year: no part of the term.
TEST(TableRegisters, LettersInAnyOrderBesideTheYearAreNoTerm) {
  const std::vector<std::string> years = {"2015/2016", "2015/2016", "2015/2016", "2015/2016", "2015/2016",
                                          "2016/2017", "2016/2017", "2016/2017", "2016/2017", "2016/2017"};
  EXPECT_FALSE(is_part_of_year_in_words(years, {"A", "A", "B", "A", "B", "A", "A", "B", "A", "A"}));
  EXPECT_TRUE(is_part_of_year_in_words(years, {"QW", "QW", "QW", "RT", "RT", "QW", "QW", "QW", "RT", "RT"}));
  EXPECT_EQ(academic_year_of("2015/2016"), 2015);
  EXPECT_EQ(academic_year_of("2015-16"), 2015);
  EXPECT_FALSE(academic_year_of("2015/2019").has_value());  // no academic year: a mark of a maximum
}

// Rows of: code (a department, a slash, the course), title, status (A or B), credits, the credit
// test (date and `Z`), the examination (date and result; empty for a course closed by the test).
void register_rows(PageBuilder& b) {
  b.row(80, {{40, "Kobra"}, {110, "Vendel"}, {300, "Stu."}, {330, "Kre."}, {360, "Zapo"}, {440, "Zkou"}});
  const char* codes[] = {"KXV/BRAN1", "KXV/TOLM", "PRD/SEVA2", "PRD/OSKA", "UKL/MERV", "UKL/DANT3",
                         "KXV/PLOR", "PRD/GEMA1", "UKL/ZOST", "KXV/FRAM"};
  const char* exams[] = {"11.01.2016 velko (1)", "", "27.01.2016 dobro (3)", "14.01.2016 velko (1)", "",
                         "02.06.2016 melko (2)", "", "08.06.2016 dobro (3)", "12.06.2016 melko (2)", ""};
  double y = 96;
  for (int i = 0; i < 10; ++i, y += 12)
    b.row(y, {{40, codes[i]}, {110, kTitles[i]}, {302, i % 4 == 3 ? "B" : "A"}, {335, std::to_string(2 + i % 4)},
              {360, i % 3 == 1 ? "" : "20.12.2015 Z"}, {440, exams[i]}});
}

// Codes of a department and a course joined by a slash are codes, with or without a figure.
TEST(TableRegisters, DepartmentSlashCourseIsACode) {
  EXPECT_EQ(type_of_cell("KXV/TOLM"), CellType::code);
  EXPECT_EQ(type_of_cell("KXV/BRAN1"), CellType::code);
  EXPECT_NE(type_of_cell("N/A"), CellType::code);
  EXPECT_NE(type_of_cell("II/III"), CellType::code);
  PageBuilder b;
  register_rows(b);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[1].fields.code, "KXV/TOLM");
}

// Results printed with their dates are the grade, the last one given counts (the examination over
// the credit test), without its date; the status letters beside them are no grade.
TEST(TableRegisters, DatedResultsAreTheGradeAndTheLastCounts) {
  EXPECT_EQ(dated_result("11.01.2016 velko (1)"), std::optional<std::string>("velko (1)"));
  EXPECT_FALSE(dated_result("11.01.2016").has_value());
  PageBuilder b;
  register_rows(b);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "velko (1)");
  EXPECT_EQ(r.tables[0].rows[6].fields.grade, "Z");
  EXPECT_EQ(r.tables[0].rows[5].fields.grade, "melko (2)");
}

// A failed examination and its retake in one cell on two lines: the retake is the grade, and its
// line no record.
TEST(TableRegisters, TheRetakeOnTheLineBelowIsTheGrade) {
  PageBuilder b;
  b.row(80, {{40, "Kobra"}, {110, "Vendel"}, {300, "Stu."}, {330, "Kre."}, {360, "Zapo"}, {440, "Zkou"}});
  double y = 96;
  for (int i = 0; i < 8; ++i) {
    b.row(y, {{40, "KXV/BRAN" + std::to_string(i + 1)}, {110, kTitles[i]}, {302, i % 4 == 3 ? "B" : "A"},
              {335, std::to_string(2 + i % 4)}, {360, "20.12.2015 Z"}, {440, i == 2 ? "12.01.2016 pado (4)" : "14.01.2016 velko (1)"}});
    y += 10;
    if (i == 2) {
      b.row(y, {{440, "29.01.2016 dobro (3)"}});
      y += 10;
    }
    y += 2;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[2].fields.grade, "dobro (3)");
  EXPECT_EQ(r.tables[0].rows[3].fields.grade, "velko (1)");
}

// Two sittings named side by side (`1ère session ... 2e session`) label columns: no caption.
TEST(TableRegisters, TwoSittingsSideBySideAreNoCaption) {
  EXPECT_TRUE(is_section_line("2e session"));
  EXPECT_FALSE(is_section_line("Vrenn Kolt 1ère session 2e session Drel"));
  EXPECT_FALSE(is_section_line("Vrenn First Semester Second Semester"));
}

// A relevé under labels no vocabulary knows: title, hours of class (in fives, the rate to the
// weight not one), a weight of 1-4, the first sitting's mark, the kept mark, the kept mark times
// the weight. The hours are the course's measure, the weight a remark, the kept mark the grade.
TEST(TableRegisters, HoursBesideAWeightOfTheMarksAreTheMeasure) {
  PageBuilder b;
  b.row(80, {{40, "Vrenn"}, {250, "Kolt"}, {300, "Pxo."}, {350, "Drel"}, {410, "Skan"}, {470, "Plomt"}});
  const int hours[] = {60, 40, 60, 40, 40, 120, 40, 20, 240, 60};
  const int weights[] = {3, 2, 3, 2, 1, 3, 1, 1, 4, 3};
  const char* first[] = {"9,50", "10,50", "11,25", "12,00", "13,50", "8,75", "11,00", "14,25", "12,50", "10,00"};
  const char* kept[] = {"10,50", "10,50", "11,25", "12,00", "13,50", "10,00", "11,00", "14,25", "12,50", "10,00"};
  double y = 96;
  for (int i = 0; i < 10; ++i, y += 13) {
    const double mark = std::stod(std::string(kept[i]).replace(std::string(kept[i]).find(','), 1, "."));
    char points[16];
    std::snprintf(points, sizeof points, "%.2f", mark * weights[i]);
    std::string p = points;
    p.replace(p.find('.'), 1, ",");
    b.row(y, {{40, kTitles[i]}, {255, std::to_string(hours[i])}, {305, std::to_string(weights[i])}, {350, first[i]},
              {410, kept[i]}, {470, p}});
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 10u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "60");
  EXPECT_EQ(r.tables[0].rows[8].fields.credits, "240");
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "10,50");
  const TableColumn* credits = column_holding(r.tables[0], ColumnRole::credits);
  ASSERT_NE(credits, nullptr);
  EXPECT_TRUE(credits->hours_of_class);
}

// Names of groups of courses printed on lines of their own under different courses are no line of
// those courses' titles.
TEST(TableRegisters, GroupNamesUnderDifferentCoursesAreNoTitleLines) {
  PageBuilder b;
  b.row(80, {{40, "Code"}, {110, "Course Title"}, {330, "Credits"}, {400, "Grade"}});
  double y = 96;
  int n = 0;
  // Titles of many lengths, one long enough to show how wide the column is.
  auto course = [&](int i) {
    const std::string title = i == 8 ? "Galdrin Omasty Peltrum Vasko Orlent" : kTitles[i];
    b.row(y, {{40, "QZX " + std::to_string(1101 + i)}, {110, title}, {335, std::to_string(2 + i % 3)}, {405, "B"}});
    y += 14;
    ++n;
  };
  auto group = [&](const std::string& name) {
    b.row(y, {{110, name}});
    y += 14;
  };
  course(0), course(1), group("Grupa Morvet"), course(2), course(3), group("Grupa Seltan"), course(4);
  course(5), group("Grupa Morvet"), course(6), course(7), group("Grupa Seltan"), course(8);
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), static_cast<size_t>(n));
  EXPECT_EQ(r.tables[0].rows[1].fields.title, kTitles[1]);
  EXPECT_EQ(r.tables[0].rows[3].fields.title, kTitles[3]);
  EXPECT_EQ(r.tables[0].rows[5].fields.title, kTitles[5]);
  EXPECT_EQ(r.tables[0].rows[7].fields.title, kTitles[7]);
}

// A word wrapped under several long titles (`... in Medical` over `Technology`) is their titles'
// own: it would not have fitted on their lines.
TEST(TableRegisters, AWordWrappedUnderLongTitlesStaysTheirs) {
  PageBuilder b;
  b.row(80, {{40, "Code"}, {110, "Course Title"}, {330, "Credits"}, {400, "Grade"}});
  const char* longs[] = {"Brastin Kelvadori Ormuth Plendora", "Dostumal Frelimo Quentor Valdis", "Morvani Keltosa Spennar Vorliks"};
  double y = 96;
  for (int i = 0; i < 6; ++i) {
    const bool wraps = i % 2 == 1;
    b.row(y, {{40, "QZX " + std::to_string(1101 + i)}, {110, wraps ? longs[i / 2] : kTitles[i]}, {335, "3"}, {405, "B"}});
    y += 11;
    if (wraps) {
      b.row(y, {{110, "Technolovar"}});
      y += 11;
    }
    y += 3;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 6u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, std::string(longs[0]) + " Technolovar");
  EXPECT_EQ(r.tables[0].rows[5].fields.title, std::string(longs[2]) + " Technolovar");
}

}  // namespace
}  // namespace cc
