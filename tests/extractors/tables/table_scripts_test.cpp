// Tables printed in another script than Latin (issue 15, round 10): codes of Cyrillic capitals, a
// grade printed in figures and in words, the semester counted on every row. The header's words are
// made up (no vocabulary knows them), so every role comes from the values.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// No. | code | title | semester | credits | grade in figures and words | date, under made-up labels.
TableReading cyrillic_record(PageBuilder& b) {
  const char* titles[] = {"Жорвата", "Пелмида стрѕа", "Вусторка", "Ермилна дорва", "Кестрина",
                          "Дорвица", "Малтеро", "Стривена", "Олмарка"};
  const char* semesters[] = {"1", "1", "1", "2", "2", "2", "3", "3", "3"};
  const char* credits[] = {"7", "5", "7", "6", "4", "8", "5", "6", "3"};
  const char* grades[] = {"10 (десо)", "8 (мора)", "9 (дивро)", "8 (мора)", "7 (сетра)", "10 (десо)", "9 (дивро)", "8 (мора)", "6 (шерто)"};
  b.row(100, {{40, "Р.бр."}, {80, "Шифба"}, {170, "Надив мерта"}, {310, "Сем."}, {350, "ЖСПБ"}, {410, "Оквна"}, {490, "Дамут"}});
  double y = 116;
  for (int i = 0; i < 9; ++i) {
    b.row(y, {{42, std::to_string(i + 1) + "."}, {80, "ЖКЛ" + std::string(semesters[i]) + "О0" + std::to_string(i + 1)},
              {150, titles[i]}, {318, semesters[i]}, {363, credits[i]}, {410, grades[i]}, {490, "04.06.2013."}});
    y += 14;
  }
  return read_tables({&b.page()});
}

TEST(TableScripts, CodesOfCyrillicCapitalsAreCodes) {
  EXPECT_EQ(type_of_cell("МЛД1О01"), CellType::code);
  EXPECT_EQ(type_of_cell("ΙΕΚ10Α1"), CellType::code);
  EXPECT_NE(type_of_cell("Анатомија"), CellType::code);
}

TEST(TableScripts, AMarkWithItsNameInWords) {
  EXPECT_TRUE(is_mark_with_name("9 (девет)"));
  EXPECT_TRUE(is_mark_with_name("16 (dezasseis)"));
  EXPECT_FALSE(is_mark_with_name("4 (3+1)"));
  EXPECT_FALSE(is_mark_with_name("Physics (1)"));
}

// With no label known, the values tell every column: the code by its capitals and digits, the
// semester by counting up term by term, the credits beside it, the grade in figures and words.
TEST(TableScripts, ACyrillicRecordReadsFromItsValues) {
  PageBuilder b;
  const TableReading r = cyrillic_record(b);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 9u);
  const TableRecord& row = r.tables[0].rows[3];
  EXPECT_EQ(row.fields.code, "ЖКЛ2О04");
  EXPECT_EQ(row.fields.title, "Ермилна дорва");
  EXPECT_EQ(row.fields.credits, "6");
  EXPECT_EQ(row.fields.grade, "8 (мора)");
  EXPECT_EQ(row.term, "2");
}

// Each row printed in two languages, two lines a cell: the title and the grade in words in Cyrillic
// on the record's line, their English under them. The second line is the title's translation, not
// a line of its own: the English title is read.
TEST(TableScripts, ARowPrintedAgainInEnglishUnderItIsOneTitle) {
  PageBuilder b(7);
  const char* ru[] = {"Жорвата мелна", "Пелмида", "Вусторка дивна", "Ермилна"};
  const char* en[] = {"Zorvat Studies", "Pelmid Science", "Vustor Theory", "Ermil Practice"};
  b.row(100, {{40, "No."}, {70, "Subjects"}, {300, "Credits"}, {360, "Grade"}});
  double y = 116;
  for (int i = 0; i < 4; ++i) {
    b.row(y, {{42, std::to_string(i + 1)}, {70, ru[i]}, {305, std::to_string(4 + i % 2)}, {360, "C"}, {380, "удовл."}});
    b.row(y + 8, {{70, en[i]}, {380, "satisfactory"}});
    y += 20;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Pelmid Science");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "5");
  EXPECT_TRUE(r.skipped.empty());
}

// S197: the English line repeats a figure of the record in the same column, its unit translated
// (`2 нелва` over `2 weeks`): still the record's translation. A line whose figure is not the
// record's (a course of its own) is none.
TEST(TableScripts, ATranslationRepeatsTheRecordsFigures) {
  auto read = [](const std::string& english_hours) {
    PageBuilder b(7);
    const char* ru[] = {"Жорвата мелна", "Пелмида", "Вусторка дивна", "Ермилна"};
    const char* en[] = {"Zorvat Studies", "Pelmid Science", "Vustor Theory", "Ermil Practice"};
    b.row(100, {{40, "No."}, {70, "Subjects"}, {230, "Hours"}, {300, "Credits"}, {360, "Grade"}});
    double y = 116;
    for (int i = 0; i < 4; ++i) {
      b.row(y, {{42, std::to_string(i + 1)}, {70, ru[i]}, {232, i == 2 ? "2 нелва" : "120"}, {305, std::to_string(4 + i % 2)}, {360, "C"},
                {380, "удовл."}});
      if (i == 2) b.row(y + 8, {{70, en[i]}, {232, english_hours}, {380, "satisfactory"}});
      else b.row(y + 8, {{70, en[i]}, {380, "satisfactory"}});
      y += 20;
    }
    return read_tables({&b.page()});
  };
  const TableReading same = read("2 weeks");
  ASSERT_EQ(same.tables.size(), 1u);
  ASSERT_EQ(same.tables[0].rows.size(), 4u);
  EXPECT_EQ(same.tables[0].rows[2].fields.title, "Vustor Theory");
  const TableReading other = read("3 weeks");
  ASSERT_EQ(other.tables.size(), 1u);
  ASSERT_GE(other.tables[0].rows.size(), 3u);
  EXPECT_NE(other.tables[0].rows[2].fields.title, "Vustor Theory");
}

// A column of hours printed where the header's label was not read (its label in another script)
// stands a gutter apart from the titles and the credits, though a line of notes under the table
// runs across that gutter: one row in ten crossing it leaves it a gutter, and the hours stay apart
// from the credits.
TEST(TableScripts, AGutterALineCrossesIsStillAGutter) {
  PageBuilder b;
  const char* titles[] = {"Zorvat", "Pelmid", "Vustor", "Ermil", "Kestrin", "Dorvic", "Malter", "Striven", "Olmark", "Tesvin", "Quorra", "Brask"};
  b.row(100, {{40, "No."}, {70, "Subjects"}, {260, "Credits"}, {320, "Grade"}});
  double y = 116;
  for (int i = 0; i < 12; ++i) {
    b.row(y, {{42, std::to_string(i + 1)}, {70, titles[i]}, {200, i % 2 ? "120" : "180"}, {265, i % 2 ? "4" : "6"}, {322, "B"}});
    y += 14;
  }
  b.row(y + 6, {{42, "13"}, {70, "Zorvat field practice lasting weeks"}, {322, "C"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_GE(r.tables[0].rows.size(), 12u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "6");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4");
}

}  // namespace
}  // namespace cc
