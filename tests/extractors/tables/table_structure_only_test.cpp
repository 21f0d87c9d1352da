// Rules of the table reader that decide from structure alone (issue 15, round 8 preparation), each
// on word boxes built in code (page_builder.h) with words that appear in no vocabulary: made-up
// headers, codes and titles, so only geometry, repetition and arithmetic can tell.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

using Titles = std::vector<std::pair<std::string, std::string>>;

// A table with no header any vocabulary knows, each title printed on two lines.
TableReading two_line_titles(const Titles& titles) {
  static PageBuilder b;  // the reading points at the page's words: keep the page alive
  b = PageBuilder();
  b.row(100, {{50, "Vlak"}, {110, "Ombrast"}, {300, "Kelm"}, {350, "Tov"}});
  double y = 116;
  int n = 0;
  for (const auto& [first, second] : titles) {
    b.row(y, {{50, "QZX " + std::to_string(101 + n++)}, {110, first}, {303, std::to_string(2 + n % 3)}, {352, "B"}});
    b.row(y + 9.5, {{110, second}});
    y += 24;
  }
  return read_tables({&b.page()});
}

// Two lines where the second's first word would have fitted on the first: no wrap, the same title
// in two languages; the English line is the title, whichever of the two lines it is.
TEST(TableStructureOnly, TitleLinesThatAreNoWrapAreTwoLanguages) {
  const Titles national_first = {{"Vorn Keltari", "Cell Biology"}, {"Duvasmo Pel", "Clinical Chemistry"},
                                 {"Ostrami", "Medical Microbiology"}, {"Lindor Vesk", "Immunology and Serology"}};
  TableReading r = two_line_titles(national_first);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Cell Biology");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Immunology and Serology");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4");

  const Titles english_first = {{"Cell Biology", "Vorn Kel"}, {"Hematology", "Duvas"}, {"Virology", "Ostrami"},
                                {"Immunology and Serology", "Lindor Vesk"}};
  r = two_line_titles(english_first);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Hematology");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Immunology and Serology");
}

// Titles that all wrap at the column's edge (the next word could not fit) are one title each.
TEST(TableStructureOnly, TitlesWrappedAtTheEdgeStayWhole) {
  const Titles wrapped = {{"Quorvant Tellisar Mabrenko", "Daltoriumsk"}, {"Pelvanik Ostrumer Kaldiva", "Vintereskova"},
                          {"Marvolin Detrasik Ulmanov", "Brastovinka"}};
  const TableReading r = two_line_titles(wrapped);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Quorvant Tellisar Mabrenko Daltoriumsk");
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Marvolin Detrasik Ulmanov Brastovinka");
}

// A column of words that repeat (a result in words, longer than the course names) is no title:
// course names differ from row to row.
TEST(TableStructureOnly, RepeatedWordsAreNoTitle) {
  PageBuilder b;
  const char* names[] = {"Velko", "Brastin", "Ormuth", "Kelvadi", "Tusmar", "Plendor", "Akrevi", "Dostum", "Frelim"};
  const char* results[] = {"Quenta valdoria spenn", "Morvani kelto spenn"};
  const char* credits[] = {"3", "2", "4", "3", "3", "2", "4", "2", "3"};
  double y = 100;
  for (int i = 0; i < 9; ++i) {
    b.row(y, {{50, "QZX " + std::to_string(201 + i)}, {110, names[i]}, {220, credits[i]}, {260, results[i % 2]}});
    y += 14;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 9u);
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Kelvadi");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "4");
}

// A header no vocabulary knows still labels its columns: the line set tight above the first record,
// its words over the columns, gives each column its label (the roles stay the content's). A line
// of fields (`Label: value`) or a heading running across the columns at word spacing right above
// the records is no header.
TEST(TableStructureOnly, LineAboveTheRecordsLabelsTheColumns) {
  for (int kind : {0, 1, 2}) {
    const bool fields = kind != 0;
    PageBuilder b;
    if (kind == 1) b.row(100, {{50, "Vlak: Ombrast"}, {220, "Kelm: Tov"}});
    if (kind == 2) b.row(100, {{50, "Vlakoria Ombrastenik Kelmurion Tovaskar Ulmendor Brastovika Zelmarut"}});
    if (kind == 0) b.row(100, {{50, "Vlak"}, {110, "Ombrast"}, {220, "Kelm Hr"}, {260, "Tov"}});
    const char* credits[] = {"3", "2", "4", "3"};
    const char* grades[] = {"B+", "A", "C", "B"};
    for (int i = 0; i < 4; ++i)
      b.row(114 + 14 * i, {{50, "QZX " + std::to_string(301 + i)}, {110, std::string("Dravosk ") + "Ixmel"[i]}, {222, credits[i]}, {262, grades[i]}});
    const TableReading r = read_tables({&b.page()});
    ASSERT_EQ(r.tables.size(), 1u) << fields;
    ASSERT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"})) << fields;
    EXPECT_EQ(r.tables[0].columns[2].label, fields ? "" : "Kelm Hr");
    EXPECT_EQ(r.tables[0].columns[1].label, fields ? "" : "Ombrast");
    EXPECT_FALSE(r.tables[0].header_printed);
  }
}

// Two columns of small whole numbers could both be the credits (a part-of-year column 1 1 2 2 1 1
// before the credits 4 3 5 3): the printed total under the records (18 = 4+3+5+3+3, one failed
// course of 2 left out of 20) tells which one adds up, whatever the words around it say.
TEST(TableStructureOnly, PrintedTotalChoosesTheCreditsColumn) {
  PageBuilder b;
  b.row(100, {{50, "Vlak"}, {110, "Ombrast"}, {250, "Pru"}, {290, "Tov"}, {330, "Kelm"}});
  const char* names[] = {"Dravosk", "Ixmelun", "Oprastel", "Quendrik", "Ulvaren", "Brastovo"};
  const char* parts[] = {"1", "1", "2", "2", "1", "1"};
  const char* credits[] = {"4", "3", "5", "3", "2", "3"};
  const char* grades[] = {"B+", "A", "C", "B", "F", "B"};
  double y = 114;
  for (int i = 0; i < 6; ++i, y += 14)
    b.row(y, {{50, "QZX " + std::to_string(401 + i)}, {110, names[i]}, {252, parts[i]}, {292, grades[i]}, {332, credits[i]}});
  b.row(y + 4, {{110, "Zelmarut vosk 18"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 6u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "4");
  EXPECT_EQ(r.tables[0].rows[3].fields.credits, "3");
  EXPECT_EQ(r.tables[0].columns[4].role, ColumnRole::credits);
}

// A label the vocabulary knows only in part (`Zelt` unknown, then `Course Title`) is read as two
// header cells; the records' words on both sides of the cut stand a word space apart on every row
// (`Vorn | Keltari`), so the cut runs through one cell: the two columns are one title column.
TEST(TableStructureOnly, CutThroughWordSpacesJoinsTheColumns) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {110, "Zelt Course Title"}, {300, "Credits"}, {350, "Grade"}});
  const char* titles[] = {"Vorn Keltari", "Duvasmo Pelterin", "Ostrami Velkund", "Lindor Vesk"};
  for (int i = 0; i < 4; ++i)
    b.row(114 + 14 * i, {{50, "QZX " + std::to_string(501 + i)}, {110, titles[i]}, {305, std::to_string(2 + i % 2)}, {352, "B"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Duvasmo Pelterin");
  EXPECT_EQ(r.tables[0].columns[1].label, "Zelt Course Title");
}

// A caption between the header and the records (a term or a group of courses, words over one
// column) is passed over: the header above it still labels the columns, with its second line.
TEST(TableStructureOnly, CaptionUnderTheHeaderIsPassedOver) {
  PageBuilder b;
  b.row(100, {{50, "Vlak"}, {110, "Ombrast"}, {220, "Kelm"}, {260, "Tov"}});
  b.row(109, {{220, "Hrud"}});
  b.row(124, {{50, "Brunda Selk"}});
  const char* credits[] = {"3", "2", "4", "3"};
  const char* grades[] = {"B+", "A", "C", "B"};
  for (int i = 0; i < 4; ++i)
    b.row(138 + 14 * i, {{50, "QZX " + std::to_string(601 + i)}, {110, std::string("Dravosk ") + "Ixmel"[i]}, {222, credits[i]}, {262, grades[i]}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  EXPECT_EQ(r.tables[0].columns[2].label, "Kelm Hrud");
  EXPECT_EQ(r.tables[0].columns[3].label, "Tov");
}

// A table found from alignment starts at its first row of the table's shape: a form field above it
// that reads like a record (a label and a year) neither places the columns (its words would ink
// the gutter between code and title, and the code be cut between its letters and its number)
// nor becomes a record.
TEST(TableStructureOnly, FieldAboveAnInferredTableIsNoRecord) {
  PageBuilder b;
  b.row(80, {{48, "DRAVO OF KELMUT: Ostrami"}, {302, "2018"}});
  const char* titles[] = {"Vorn Keltari", "Duvasmo Pel", "Ostrami", "Lindor Vesk", "Brastovo Kel"};
  const char* credits[] = {"3", "2", "4", "3", "3"};
  const char* grades[] = {"B+", "A", "C", "B", "A"};
  for (int i = 0; i < 5; ++i)
    b.row(110 + 14 * i, {{52, "QZX " + std::to_string(701 + i)}, {112, titles[i]}, {302, credits[i]}, {352, grades[i]}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 5u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "QZX 701");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Lindor Vesk");
}

// A column of values printed where the header has no label (its label on a line in another
// language not read): between two labels, a band of ink the rows share, a gutter of white on
// either side, touching neither label. It is a column of its own, its role told by its content.
TEST(TableStructureOnly, ValuesUnderNoLabelAreAColumnOfTheirOwn) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {110, "Course"}, {300, "Grade"}});
  const char* titles[] = {"Vorn Keltari", "Duvasmo Pelterin", "Ostrami Velkund", "Lindor Vesk"};
  const char* credits[] = {"4", "3", "5", "2"};
  for (int i = 0; i < 4; ++i)
    b.row(114 + 14 * i, {{50, "QZX " + std::to_string(701 + i)}, {110, titles[i]}, {250, credits[i]}, {302, "B"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "3");
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "B");
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Duvasmo Pelterin");
}

// A serial number set a word space from its title (`21. Vorn Keltari`) stands beside a cell of
// another type: numbers on one side of the cut and words on the other are two columns, however
// close, and the title keeps no number.
TEST(TableStructureOnly, NumbersBesideWordsAtWordSpaceStayTwoColumns) {
  PageBuilder b;
  b.row(100, {{50, "No."}, {70, "Course"}, {200, "Credit"}, {240, "Grade"}});
  const char* titles[] = {"Vorn Keltari", "Duvasmo Pelterin", "Ostrami Velkund", "Lindor Vesk"};
  for (int i = 0; i < 4; ++i)
    b.row(114 + 14 * i, {{50, std::to_string(21 + i) + ". " + titles[i]}, {205, std::to_string(2 + i % 2)}, {242, "B"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"serial", "title", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Ostrami Velkund");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "2");
}

}  // namespace
}  // namespace cc
