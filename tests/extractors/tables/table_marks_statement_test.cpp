// Unit tests of a consolidated statement of marks (task k5, issue 15): a header's second line set
// at the body's leading (S131), the marks in figures and in words under one spanning label (S132).
#include <gtest/gtest.h>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// "Year | Part | Subject | Max. | Min. | Marks Secured | Month & Year | Result" over "Marks | Marks |
// In Figures | In Words | of Passing", the second line 13 pt under the first (white of more than a
// line), the year printed on the first row of its run only.
PageBuilder marks_statement() {
  PageBuilder b(7);
  b.row(100, {{38, "Year"}, {87, "Part"}, {205, "Subject"}, {312, "Max."}, {344, "Min."}, {406, "Marks Secured"},
              {492, "Month & Year"}, {540, "Result"}});
  b.row(113, {{310, "Marks"}, {342, "Marks"}, {371, "In Figures"}, {433, "In Words"}, {498, "of Passing"}});
  const char* rows[][8] = {{"I", "Part I Language", "MARATHI - I", "100", "40", "062", "SIX TWO", "APR 2019"},
                           {"", "Part II English", "GENERAL ENGLISH - I", "100", "40", "077", "SEVEN SEVEN", "APR 2019"},
                           {"", "Part III Main & Allied", "BASIC BIOCHEMISTRY", "100", "40", "073", "SEVEN THREE", "APR 2019"},
                           {"II", "Part I Language", "MARATHI - II", "100", "40", "056", "FIVE SIX", "APR 2020"},
                           {"", "Part II English", "GENERAL ENGLISH - II", "100", "40", "053", "FIVE THREE", "APR 2020"},
                           {"", "Part III Main & Allied", "CLINICAL BIOCHEMISTRY", "100", "40", "064", "SIX FOUR", "APR 2020"},
                           {"", "Part III Main & Allied", "HAEMATOLOGY AND BLOOD BANKING", "100", "40", "069", "SIX NINE", "APR 2020"},
                           {"III", "Part III Main & Allied", "MEDICAL MICROBIOLOGY", "100", "40", "072", "SEVEN TWO", "APR 2021"},
                           {"", "Part III Main & Allied", "HISTOPATHOLOGY AND CYTOLOGY", "100", "40", "073", "SEVEN THREE", "APR 2021"},
                           {"", "Part III Main & Allied", "CLINICAL PATHOLOGY", "100", "40", "066", "SIX SIX", "APR 2021"}};
  double y = 129;
  for (const auto& r : rows) {
    b.row(y, {{45, r[0]}, {60, r[1]}, {145, r[2]}, {315, r[3]}, {348, r[4]}, {381, r[5]}, {409, r[6]}, {499, r[7]},
              {547, "P"}});
    y += 11;
  }
  return b;
}

TEST(TableMarksStatement, AHeadersSecondLineAtBodyLeadingNamesTheFiguresAsTheMarks) {
  const PageBuilder b = marks_statement();
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 10u);
  EXPECT_EQ(t.rows[0].fields.title, "MARATHI - I");
  EXPECT_EQ(t.rows[0].fields.marks, "062");  // the figures, not "SIX TWO"
  EXPECT_EQ(t.rows[9].fields.marks, "066");
  // One column of marks: the figures; the words under the spanning label are a remark.
  size_t marks_columns = 0;
  for (const auto& c : t.columns) {
    marks_columns += c.role == ColumnRole::marks;
    if (c.label.find("Words") != std::string::npos) {
      EXPECT_EQ(c.role, ColumnRole::remark) << c.label;
    }
  }
  EXPECT_EQ(marks_columns, 1u);
}

}  // namespace
}  // namespace cc
