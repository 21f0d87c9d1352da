// Unit tests of S193 (listed_items.h): courses listed as numbered items under a caption after the
// course table (practice, term papers, final examinations), each with its title, an amount whose
// unit the table's credits column names, and a grade at the end of the line. Made-up titles; each
// test fails with read_listed_items taken out of read_tables (the items are then no records).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

const char* kTitles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin",
                         "Dostumal Frelimo", "Quentor Valdis"};

// `No. | Subject | <measure> | Grade` with six courses, then the listed sections under it.
PageBuilder course_table(const std::string& measure, double& y) {
  PageBuilder b;
  b.row(80, {{50, "No."}, {80, "Subject"}, {380, measure}, {470, "Grade"}});
  y = 96;
  for (int i = 0; i < 6; ++i) {
    b.row(y, {{52, std::to_string(i + 1)}, {80, kTitles[i]}, {390, i % 2 ? "144" : "72"}, {470, "good (4)"}});
    y += 13;
  }
  return b;
}

const TableRecord* find_title(const ReadTable& t, const std::string& title) {
  for (const auto& r : t.rows)
    if (r.fields.title == title) return &r;
  return nullptr;
}

TEST(TableListedItems, NumberedItemsUnderACaptionAreCourses) {
  double y = 0;
  PageBuilder b = course_table("Hours", y);
  y += 10;
  b.row(y, {{40, "Practica morvenda:"}});
  b.row(y += 12, {{52, "1."}, {64, "Spellar Quist Practice"}, {300, "6 weeks (216 hours)"}, {470, "good (4)"}});
  b.row(y += 18, {{40, "Lavori di corso:"}});
  b.row(y += 12, {{52, "1."}, {64, "Course paper in Ostrimat"}, {470, "excellent (5)"}});
  b.row(y += 12, {{52, "2."}, {64, "Course paper in Plendora"}, {470, "good (4)"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(t.rows.size(), 9u);
  const TableRecord* practice = find_title(t, "Spellar Quist Practice");
  ASSERT_NE(practice, nullptr);
  EXPECT_EQ(practice->fields.credits, "216");  // the hours the column names, not the weeks
  EXPECT_EQ(practice->fields.grade, "good (4)");
  EXPECT_EQ(practice->term, "Practica morvenda");
  const TableRecord* paper = find_title(t, "Course paper in Plendora");
  ASSERT_NE(paper, nullptr);
  EXPECT_EQ(paper->fields.credits, "0");  // no load printed
  EXPECT_EQ(paper->term, "Lavori di corso");
}

// The title over its translation (letters outside ASCII over plain ones) keeps the translation;
// the amount is the one whose unit the credits column names (`credits` under `Credits`).
TEST(TableListedItems, TheTranslationUnderAnItemIsItsTitle) {
  double y = 0;
  PageBuilder b = course_table("Credits", y);
  y += 10;
  b.row(y, {{40, "Praktikë"}});
  b.row(y += 12, {{52, "1."}, {64, "Praktikë fushore"}, {240, "4 javë / 4 weeks"}, {340, "6 kredite / credits"}, {470, "mirë (C)"}});
  b.row(y += 9, {{64, "Field Quist"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const TableRecord* item = find_title(r.tables[0], "Field Quist");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->fields.credits, "6");
}

// A load the credits column does not name (hours under a credits column) cannot be placed: the
// item is left out rather than read with a wrong measure. Numbered notes with no caption, or
// printed as prose with no gutter and grade, are no items.
TEST(TableListedItems, ItemsOfAnotherMeasureAndNotesAreNoCourses) {
  double y = 0;
  PageBuilder b = course_table("Credits", y);
  y += 10;
  b.row(y, {{40, "Practica"}});
  b.row(y += 12, {{52, "1."}, {64, "Spellar Quist"}, {300, "(216 hours)"}, {470, "good (4)"}});
  b.row(y += 18, {{40, "Notes"}});
  b.row(y += 12, {{52, "1."}, {64, "Grades of the old scale are shown in brackets after the new ones"}});
  b.row(y += 12, {{52, "2."}, {64, "Credits are counted as one for thirty hours of study"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 6u);
}

}  // namespace
}  // namespace cc
