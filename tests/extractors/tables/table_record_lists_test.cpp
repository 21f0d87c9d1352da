// Courses printed as records, not as a table (record_lists.h): a head line with code and title,
// then a line of `label: value` pairs repeated on every course. The labels are made up (in no
// vocabulary), so the columns' roles can only come from the values; each test fails with the
// record-list reading taken out (the table pass reads no course from such pages).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/record_lists.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

const char* kTitles[] = {"Velkoran Ostrimat", "Brastin Kelvadori", "Ormuth Plendora", "Tusmari Akrevin",
                         "Dostumal Frelimo",  "Quentor Valdis",    "Morvani Keltosa", "Spennar Vorlik"};
const char* kCredits[] = {"6", "6", "4.5", "3", "6", "4.5", "3", "6"};
const char* kGrades[] = {"B-", "A", "A-", "B+", "C", "A", "B", "A-"};
const char* kPoints[] = {"2.7", "4.0", "3.7", "3.3", "2.0", "4.0", "3.0", "3.7"};

// Head line `QZX 1101   Title`, then `Kolva: 6   Markon: B-   Markon Pint: 2.7   Sesk: Dec 2015`
// set in under it; a term caption between; a total at the margin that is no field of the last record.
PageBuilder record_page() {
  PageBuilder b;
  double y = 80;
  b.row(y, {{50, "Nimbo: Pellar Quist"}, {350, "Ident: 1515582"}});
  y += 30;
  for (int term = 1; term <= 2; ++term) {
    b.row(y, {{50, "Semester " + std::to_string(term)}});
    y += 16;
    for (int i = 0; i < 4; ++i) {
      const int k = 4 * (term - 1) + i;
      b.row(y, {{50, "QZX " + std::to_string(1100 + k)}, {130, kTitles[k]}});
      y += 11;
      b.row(y, {{70, std::string("Kolva: ") + kCredits[k]},
                {170, std::string("Markon: ") + kGrades[k]},
                {270, std::string("Markon Pint: ") + kPoints[k]},
                {400, "Sesk: Dec 2015"}});
      y += 13;
    }
    if (term == 1) {
      b.row(y, {{70, "Frenda: resit passed"}});
      y += 13;
    }
  }
  return b;
}

TEST(TableRecordLists, RecordsOfLabelledValuesAreCourses) {
  const PageBuilder b = record_page();
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 8u);
  EXPECT_EQ(t.rows[0].fields.code, "QZX 1100");
  EXPECT_EQ(t.rows[0].fields.title, "Velkoran Ostrimat");
  EXPECT_EQ(t.rows[0].fields.credits, "6");
  EXPECT_EQ(t.rows[0].fields.grade, "B-");
  EXPECT_EQ(t.rows[2].fields.credits, "4.5");
  EXPECT_EQ(t.rows[7].fields.grade, "A-");
  EXPECT_EQ(t.rows[7].fields.title, "Spennar Vorlik");
  EXPECT_EQ(t.rows[0].term, "Semester 1");
  EXPECT_EQ(t.rows[4].term, "Semester 2");
  // The credits column keeps its printed label.
  bool labelled = false;
  for (const auto& c : t.columns) labelled = labelled || (c.role == ColumnRole::credits && c.label == "Kolva");
  EXPECT_TRUE(labelled);
}

// Pairs cut at gaps wider than a word space; pairs set at word spacing take one word of value each.
TEST(TableRecordLists, LabelledValuesOfALine) {
  PageBuilder b;
  b.row(100, {{50, "Kolva: 6 Markon: B- Markon Pint: 2.7"}, {300, "Sesk: Dec 2015"}});
  b.row(120, {{50, "QZX 1101"}, {130, "Velkoran Ostrimat"}});
  const auto rows = cluster_rows(b.page().words);
  ASSERT_EQ(rows.size(), 2u);
  const auto pairs = labelled_values(rows[0], typical_word_space(rows));
  ASSERT_EQ(pairs.size(), 4u);
  EXPECT_EQ(pairs[2].label, "Markon Pint");
  EXPECT_EQ(join_words(pairs[2].value), "2.7");
  EXPECT_EQ(join_words(pairs[3].value), "Dec 2015");
  EXPECT_TRUE(labelled_values(rows[1], typical_word_space(rows)).empty());
}

// A line of one pair at the margin after every term (`Kredo earned: 15`) recurs as often as a
// record's pairs but is set out from them: no field of the record above, no column.
TEST(TableRecordLists, ATotalAfterEveryTermIsNoField) {
  PageBuilder b;
  double y = 100;
  for (int term = 0; term < 3; ++term) {
    for (int i = 0; i < 3; ++i) {
      const int k = 3 * term + i;
      b.row(y, {{50, "QZX " + std::to_string(1100 + k)}, {130, kTitles[k % 8]}});
      y += 11;
      b.row(y, {{70, std::string("Kolva: ") + kCredits[k % 8]}, {170, std::string("Markon: ") + kGrades[k % 8]}});
      y += 13;
    }
    b.row(y, {{50, "Kredo earned: 15"}});
    y += 20;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 9u);
  for (const auto& c : r.tables[0].columns) EXPECT_NE(c.label, "Kredo earned");
}

// Fields printed once (a form's `Nimbo: ...`, `Ident: ...`) are no record list.
TEST(TableRecordLists, FieldsPrintedOnceAreNoRecords) {
  PageBuilder b;
  b.row(100, {{50, "Nimbo: Pellar Quist"}, {350, "Ident: 1515582"}});
  b.row(114, {{50, "Kolva: 6"}, {350, "Markon: B"}});
  b.row(128, {{50, "QZX 1101 Velkoran Ostrimat"}});
  const TableReading r = read_tables({&b.page()});
  size_t rows = 0;
  for (const auto& t : r.tables) rows += t.rows.size();
  EXPECT_EQ(rows, 0u);
}

}  // namespace
}  // namespace cc
