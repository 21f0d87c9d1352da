// Unit tests of the general table reader on pages built in code from word boxes: each rule of
// extractors/tables/README.md on the smallest page that needs it (two-line headers, header-less
// tables, tables side by side, wrapped titles, section lines, seal letters on an arc, unknown
// header words, tables over a page break, monospace pages). The vocabulary, cell types, roles
// from content and line kinds: table_parts_test.cpp.
#include <gtest/gtest.h>

#include <cmath>
#include <deque>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/table_reader.h"
#include "extractors/tables/table_roles.h"
#include "extractors/tables/table_rows.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

TableReading read(const std::vector<const PageText*>& pages) { return read_tables(pages); }
TableReading read(const PageBuilder& b) { return read_tables({&b.page()}); }

std::vector<std::string> titles_of(const ReadTable& t) {
  std::vector<std::string> out;
  for (const auto& r : t.rows) out.push_back(r.fields.title);
  return out;
}

// S/N | COURSE CODE | COURSE TITLE | CREDIT UNITS | GRADE | GRADE POINTS, "UNITS" and "POINTS"
// on a second header line; a TCU/TGP/GPA line under the term.
PageBuilder two_line_header_page() {
  PageBuilder b;
  b.row(100, {{40, "S/N"}, {70, "COURSE CODE"}, {150, "COURSE TITLE"}, {360, "CREDIT"}, {420, "GRADE"}, {470, "GRADE"}});
  b.row(110, {{360, "UNITS"}, {470, "POINTS"}});
  b.row(126, {{44, "1"}, {70, "MLS 201"}, {150, "Human Anatomy"}, {370, "3"}, {425, "A"}, {480, "15"}});
  b.row(139, {{44, "2"}, {70, "MLS 203"}, {150, "Medical Biochemistry"}, {370, "4"}, {425, "B"}, {480, "16"}});
  b.row(152, {{44, "3"}, {70, "GST 201"}, {150, "Use of English"}, {370, "2"}, {425, "C"}, {480, "6"}});
  b.row(170, {{70, "TCU: 9 TGP: 37 GPA: 4.11"}});
  return b;
}

TEST(TableReader, HeaderOnTwoLinesIsOneHeader) {
  const auto b = two_line_header_page();
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& t = r.tables[0];
  EXPECT_TRUE(t.header_printed);
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"serial", "code", "title", "credits", "grade", "points"}));
  EXPECT_EQ(t.columns[3].label, "CREDIT UNITS");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].fields.code, "MLS 203");
  EXPECT_EQ(t.rows[1].fields.credits, "4");
  EXPECT_EQ(t.rows[1].fields.grade, "B");
  EXPECT_EQ(t.rows[1].fields.points, "16");
}

TEST(TableReader, SummaryLinesAreKeptWithTheirWordsAndBoxes) {
  const auto b = two_line_header_page();
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].summaries.size(), 1u);
  const auto& s = r.tables[0].summaries[0];
  EXPECT_EQ(s.kind, "gpa");
  EXPECT_EQ(s.text, "TCU: 9 TGP: 37 GPA: 4.11");
  EXPECT_EQ(s.words.size(), 6u);
  EXPECT_NEAR(s.box.y0, 170, 0.01);
  EXPECT_EQ(s.words.front(), &b.page().words[b.page().words.size() - 6]);  // the page's own word
}

TEST(TableReader, ASectionLineSetTightUnderAHeaderIsNoPartOfIt) {
  // "Fall Quarter 2017" is made of words close to header words ("full", "quarter hours") and sits
  // right under the header; the header reads on its own.
  PageBuilder b;
  b.row(100, {{48, "Course"}, {114, "Title"}, {418, "Grade"}, {461, "Credits"}, {535, "Points"}});
  b.row(110, {{48, "Fall Quarter 2017"}});
  b.row(124, {{48, "CHEM 110"}, {116, "Introduction to Chemistry"}, {426, "A"}, {478, "5.0"}, {543, "18.5"}});
  b.row(137, {{48, "BIOL 160"}, {116, "General Biology"}, {426, "B"}, {478, "5.0"}, {543, "15.0"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].header_text, "Course | Title | Grade | Credits | Points");
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "CHEM 110");
  EXPECT_EQ(r.tables[0].rows[0].term, "Fall Quarter 2017");
}

TEST(TableReader, TableWithoutHeaderReadsFromAlignmentAndContent) {
  PageBuilder b;
  b.row(60, {{40, "UNIVERSITY OF SOMEWHERE - STATEMENT OF RESULTS"}});
  const char* rows[][4] = {{"BIO 101", "General Biology", "3", "A"},    {"CHEM 102", "Organic Chemistry", "4", "B+"},
                           {"MATH 110", "College Algebra", "3", "A-"}, {"PHY 120", "Physics for Life Sciences", "4", "C"},
                           {"ENG 101", "Academic Writing", "2", "B"}};
  double y = 100;
  for (const auto& c : rows) {
    b.row(y, {{40, c[0]}, {110, c[1]}, {330, c[2]}, {380, c[3]}});
    y += 13;
  }
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& t = r.tables[0];
  EXPECT_FALSE(t.header_printed);
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[3].fields.title, "Physics for Life Sciences");
  EXPECT_EQ(t.rows[1].fields.grade, "B+");
}

TEST(TableReader, TablesSideBySideAreTwoTables) {
  PageBuilder b;
  b.row(100, {{30, "Code"}, {80, "Title"}, {230, "Units"}, {265, "Grade"}, {320, "Code"}, {370, "Title"}, {520, "Units"}, {555, "Grade"}});
  b.row(114, {{30, "BIO 1"}, {80, "Zoology"}, {235, "3"}, {268, "1.75"}, {320, "CHEM 2"}, {370, "Biochemistry"}, {525, "4"}, {558, "2.00"}});
  b.row(127, {{30, "MATH 1"}, {80, "Algebra"}, {235, "3"}, {268, "1.50"}, {320, "PHYS 2"}, {370, "Physics"}, {525, "4"}, {558, "2.25"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_EQ(r.tables[0].block, 0u);
  EXPECT_EQ(r.tables[1].block, 1u);
  EXPECT_EQ(titles_of(r.tables[0]), (std::vector<std::string>{"Zoology", "Algebra"}));
  EXPECT_EQ(titles_of(r.tables[1]), (std::vector<std::string>{"Biochemistry", "Physics"}));
  EXPECT_EQ(r.tables[1].rows[1].fields.grade, "2.25");
}

TEST(TableReader, TablesSideBySideWithoutHeaderSplitWhereTheRolesStartOver) {
  PageBuilder b;
  const char* left[][4] = {{"BIO 101", "General Biology", "3", "A"}, {"CHM 102", "Organic Chemistry", "4", "B+"},
                           {"MTH 110", "College Algebra", "3", "A-"}, {"PHY 120", "Physics for Health", "4", "C"}};
  const char* right[][4] = {{"BIO 201", "Human Anatomy", "3", "B"}, {"CHM 202", "Biochemistry", "4", "A"},
                            {"MLS 210", "Hematology", "3", "B-"}, {"MLS 220", "Blood Banking", "2", "A"}};
  double y = 100;
  for (size_t i = 0; i < 4; ++i) {
    b.row(y, {{30, left[i][0]}, {80, left[i][1]}, {220, left[i][2]}, {250, left[i][3]},
              {310, right[i][0]}, {360, right[i][1]}, {500, right[i][2]}, {530, right[i][3]}});
    y += 13;
  }
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_FALSE(r.tables[0].header_printed);
  EXPECT_EQ(roles_of(r.tables[1]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  EXPECT_EQ(titles_of(r.tables[0]), (std::vector<std::string>{"General Biology", "Organic Chemistry", "College Algebra", "Physics for Health"}));
  EXPECT_EQ(r.tables[1].rows[2].fields.code, "MLS 210");
}

TEST(TableReader, WrappedTitleJoinsItsRow) {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "MLS 310"}, {130, "Clinical Chemistry and"}, {410, "4"}, {465, "A"}});
  b.row(124, {{130, "Laboratory Instrumentation"}});
  b.row(138, {{50, "MLS 320"}, {130, "Hematology"}, {410, "3"}, {465, "B"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(titles_of(r.tables[0]), (std::vector<std::string>{"Clinical Chemistry and Laboratory Instrumentation", "Hematology"}));
  EXPECT_EQ(r.tables[0].rows[0].words.size(), 9u);  // the row's 7 words and the 2 of its second line
}

TEST(TableReader, TitleOfTwoLinesWithCellsCentredOnIt) {
  // The other cells sit between the two lines of the title: its first line comes above the
  // record's line (and must not go to the record before), its second line under it.
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "MLS 300"}, {130, "Hematology"}, {410, "3"}, {465, "B"}});
  b.row(124, {{130, "Clinical Chemistry and"}});
  b.row(130, {{50, "MLS 310"}, {410, "4"}, {465, "A"}});
  b.row(136, {{130, "Laboratory Instrumentation"}});
  b.row(150, {{50, "MLS 320"}, {130, "Parasitology"}, {410, "2"}, {465, "C"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(titles_of(r.tables[0]), (std::vector<std::string>{"Hematology", "Clinical Chemistry and Laboratory Instrumentation", "Parasitology"}));
  EXPECT_EQ(r.tables[0].rows[1].cells[1].text, "Clinical Chemistry and Laboratory Instrumentation");
  EXPECT_EQ(r.tables[0].rows[0].words.size(), 5u);  // the record above keeps only its own words
}

TEST(TableReader, SectionLinesGiveTheRowsTheirTerm) {
  PageBuilder b;
  b.row(80, {{50, "FIRST YEAR - ACADEMIC YEAR 2017/2018"}});
  b.row(100, {{50, "UNIT CODE"}, {130, "UNIT TITLE"}, {400, "CREDIT HRS"}, {470, "GRADE"}});
  b.row(114, {{50, "Semester I"}});
  b.row(128, {{50, "BMS 111"}, {130, "Cell Biology"}, {410, "3"}, {475, "A"}});
  b.row(142, {{50, "Semester II"}});
  b.row(156, {{50, "BMS 121"}, {130, "Human Physiology"}, {410, "4"}, {475, "B"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& t = r.tables[0];
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].term, "FIRST YEAR - ACADEMIC YEAR 2017/2018, Semester I");  // sections nest
  EXPECT_EQ(t.rows[1].term, "FIRST YEAR - ACADEMIC YEAR 2017/2018, Semester II");
  EXPECT_EQ(r.sections.front(), "FIRST YEAR - ACADEMIC YEAR 2017/2018");
}

TEST(TableReader, SealLettersOnAnArcAreSetAside) {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "BIO 101"}, {130, "General Biology"}, {410, "3"}, {465, "A"}});
  b.row(127, {{50, "CHM 102"}, {130, "General Chemistry"}, {410, "4"}, {465, "B"}});
  b.row(140, {{50, "MTH 103"}, {130, "Statistics"}, {410, "3"}, {465, "C"}});
  // A round seal over the right of the table: letters around a circle of radius 40 at (330, 125).
  const std::string text = "REGISTRAR*SEAL*UNIVERSITY";
  for (size_t i = 0; i < text.size(); ++i) {
    const double a = 2 * 3.14159265 * static_cast<double>(i) / static_cast<double>(text.size());
    b.letter(330 + 40 * std::cos(a), 125 + 40 * std::sin(a), text.substr(i, 1), 7);
  }
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(titles_of(t), (std::vector<std::string>{"General Biology", "General Chemistry", "Statistics"}));
  EXPECT_EQ(t.rows[0].fields.grade, "A");
  EXPECT_GE(r.set_aside.size(), 10u);
}

TEST(TableReader, AShortCellInAnotherFontCentredInItsRowIsKept) {
  // "Goa" in a font whose boxes are lower than the numbers' beside it, centred on the same line.
  PageText page;
  page.number = 1;
  page.width_pt = 612;
  page.height_pt = 792;
  page.source = TextSource::text_layer;
  page.words = {{"Goa", {41.4, 257.1, 60.9, 266.3}, 1.0f, 0}, {"4,055,567", {168.5, 254.8, 213.1, 268.8}, 1.0f, 0},
                {"110,000", {234.2, 254.8, 270.6, 268.8}, 1.0f, 0}};
  std::vector<const Word*> words;
  for (const Word& w : page.words) words.push_back(&w);
  EXPECT_TRUE(set_aside_strays(words, true).empty());
}

TEST(TableReader, LettersFacingEachOtherAcrossASealAreNotLineMates) {
  // On the left and right of a round seal the letters are turned a quarter: their text-layer boxes
  // are flat and low, at the same height on both sides, and they fall into a row of the table.
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "BIO 101"}, {130, "General Biology"}, {410, "3"}, {465, "A"}});
  PageText page = b.page();
  page.words.push_back({"F", {381.6, 119.7, 388.1, 122.7}, 1.0f, 0});
  page.words.push_back({"V", {448.7, 119.7, 455.2, 122.7}, 1.0f, 0});
  const auto r = read_tables({&page});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 1u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "3");
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "A");
  EXPECT_EQ(r.set_aside.size(), 2u);
}

// A total's figure far right of its label on a line set in a larger font than the page's: the
// text layer gives the label and the figure the very same top and bottom, so the figure is on the
// label's line, not a stray letter of a seal (S112, round 14 LT "Iš viso / Total:  180").
TEST(TableReader, AFigureFarAlongItsLabelsLineIsNoStray) {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "BIO 101"}, {130, "General Biology"}, {410, "3"}, {465, "A"}});
  b.row(128, {{50, "CHM 101"}, {130, "General Chemistry"}, {410, "4"}, {465, "B"}});
  b.row(142, {{50, "MTH 103"}, {130, "Statistics"}, {410, "3"}, {465, "C"}});
  b.word("Total:", {50, 160, 80, 171});
  b.word("10", {408, 160, 418, 171});  // 328 pt along: more than 25 of its heights
  const auto r = read_tables({&b.page()});
  EXPECT_TRUE(r.set_aside.empty());
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].summaries.size(), 1u);
  EXPECT_EQ(r.tables[0].summaries[0].text, "Total: 10");
}

TEST(TableReader, NarrowUprightWordsStay) {
  // "II:" is taller than wide but no taller than its line: not a word on its side.
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "BMB-102"}, {130, "Microbiology"}, {410, "4"}, {465, "A"}});
  PageText page = b.page();
  page.source = TextSource::ocr;
  page.words.push_back({"II:", {185, 114, 189, 123}, 0.9f, 1});
  page.words.push_back({"Physiology", {192, 114, 237, 123}, 0.9f, 1});
  const auto r = read_tables({&page});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_TRUE(r.set_aside.empty());
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Microbiology II: Physiology");
}

TEST(TableReader, ALoneShortWordWrappedInTheBodySizeStays) {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "MLS 310"}, {130, "Clinical Chemistry Laboratory Methods"}, {410, "4"}, {465, "A"}});
  b.row(124, {{130, "II"}});
  b.row(138, {{50, "MLS 320"}, {130, "Hematology"}, {410, "3"}, {465, "B"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_TRUE(r.set_aside.empty());
  EXPECT_EQ(titles_of(r.tables[0]), (std::vector<std::string>{"Clinical Chemistry Laboratory Methods II", "Hematology"}));
}

TEST(TableReader, WordsTurnedOnTheirSideAreSetAside) {
  PageBuilder b;
  b.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  b.row(114, {{50, "BIO 101"}, {130, "General Biology"}, {410, "3"}, {465, "A"}});
  b.row(127, {{50, "CHM 102"}, {130, "General Chemistry"}, {410, "4"}, {465, "B"}});
  PageText page = b.page();
  page.words.push_back({"COPY", {380, 90, 390, 140}, 1.0f, 0});  // a watermark running up the page
  const auto r = read_tables({&page});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.set_aside.size(), 1u);
  EXPECT_EQ(r.set_aside[0].word->text, "COPY");
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "3");
}

TEST(TableReader, WordsOfALineBesideOnOtherBaselinesAreKept) {
  // A two-line header cell ("Father's" over "Name") beside a one-line one ("Age") centred between
  // them: one row by centres, but none of its words is a stray.
  PageBuilder b;
  b.row(100, {{50, "Father's"}});
  b.row(107, {{50, "Name"}});
  b.row(103.5, {{150, "Age"}, {200, "Sex"}, {260, "House Number"}});
  auto page = b.page();
  std::vector<const Word*> words;
  for (const Word& w : page.words) words.push_back(&w);
  EXPECT_TRUE(set_aside_strays(words, true).empty());
  EXPECT_EQ(words.size(), page.words.size());
}

TEST(TableReader, UnknownHeaderWordsTakeTheirRoleFromContent) {
  PageBuilder b;
  b.row(100, {{30, "Paper Code"}, {90, "Title of the Paper"}, {260, "Credits"}, {310, "Max. Marks"}, {370, "Sessional"},
              {420, "Written (70)"}, {480, "Total"}, {520, "Result"}});
  b.row(114, {{30, "BMLT-101"}, {90, "Human Anatomy"}, {270, "4"}, {320, "100"}, {380, "24"}, {430, "51"}, {485, "75"}, {525, "Pass"}});
  b.row(127, {{30, "BMLT-102"}, {90, "Biochemistry I"}, {270, "4"}, {320, "100"}, {380, "22"}, {430, "48"}, {485, "70"}, {525, "Pass"}});
  b.row(140, {{30, "BMLT-103"}, {90, "Microbiology I"}, {270, "3"}, {320, "100"}, {380, "26"}, {430, "55"}, {485, "81"}, {525, "Pass"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  const auto roles = roles_of(r.tables[0]);
  // "Written (70)" is no vocabulary word: its column of marks, beside a known total, is a part.
  EXPECT_EQ(roles, (std::vector<std::string>{"code", "title", "credits", "max_marks", "marks_part", "marks_part", "marks", "remark"}));
  EXPECT_FALSE(r.tables[0].columns[5].role_from_header);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[2].fields.marks, "81");
}

TEST(TableReader, MarksInPartsAreOneTableNotTwo) {
  // "Internal (30)" and "External (70)" are both parts of the marks: a role that may repeat.
  PageBuilder b;
  b.row(100, {{30, "Paper Code"}, {90, "Title of the Paper"}, {260, "Credits"}, {310, "Max. Marks"}, {370, "Internal (30)"},
              {430, "External (70)"}, {490, "Total"}, {525, "Result"}});
  b.row(114, {{30, "BMLT-101"}, {90, "Human Anatomy"}, {270, "4"}, {320, "100"}, {380, "24"}, {440, "51"}, {495, "75"}, {525, "Pass"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_TRUE(r.tables[0].header_printed);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "max_marks", "marks_part", "marks_part", "marks", "remark"}));
}

TEST(TableReader, LTPCHeaderGivesCreditsFromC) {
  PageBuilder b;
  b.row(100, {{30, "Course Code"}, {100, "Course Title"}, {300, "L"}, {325, "T"}, {350, "P"}, {375, "C"}, {410, "Grade"}});
  b.row(114, {{30, "MLT101"}, {100, "Human Anatomy"}, {300, "3"}, {325, "1"}, {350, "2"}, {375, "5"}, {415, "A"}});
  b.row(127, {{30, "MLT102"}, {100, "Biochemistry"}, {300, "3"}, {325, "0"}, {350, "2"}, {375, "4"}, {415, "B+"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "contact_hours", "contact_hours", "contact_hours", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "5");
}

TEST(TableReader, AValueOnTwoScalesIsOneTableReadFromTheFirst) {
  // Marks on a 10-point and on a 4-point scale: a repeated value role is no second table.
  PageBuilder b;
  b.row(100, {{30, "No."}, {60, "Course code"}, {130, "Course title"}, {300, "Credits"}, {340, "Mark (10-point scale)"},
              {440, "Mark (4-point)"}, {510, "Letter grade"}});
  b.row(114, {{32, "1"}, {60, "BIO101"}, {130, "General Biology"}, {310, "3"}, {380, "8.5"}, {460, "3.7"}, {520, "A"}});
  b.row(127, {{32, "2"}, {60, "CHE102"}, {130, "General Chemistry"}, {310, "4"}, {380, "7.0"}, {460, "3.0"}, {520, "B"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"serial", "code", "title", "credits", "marks", "marks", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].columns[4].label, "Mark (10-point scale)");  // the bracket qualifies, says nothing
  EXPECT_EQ(r.tables[0].rows[0].fields.marks, "8.5");
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "A");
}

TEST(TableReader, ALabelNamesWhatItsLastWordNames) {
  // "Course Type" is no second course code column: its last word is unknown, so is the label.
  PageBuilder b;
  b.row(100, {{30, "Course Code"}, {100, "Course Title"}, {280, "Course Type"}, {350, "Credits"}, {400, "Grade"}});
  b.row(114, {{30, "MLT 101"}, {100, "Human Anatomy"}, {285, "Core"}, {360, "4"}, {405, "A"}});
  b.row(127, {{30, "MLT 102"}, {100, "Biochemistry"}, {285, "Elective"}, {360, "3"}, {405, "B"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_TRUE(r.tables[0].header_printed);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "remark", "credits", "grade"}));
  EXPECT_EQ(r.tables[0].columns[2].label, "Course Type");
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Biochemistry");
}

TEST(TableReader, TermPrintedInColumnsOfItsOwn) {
  PageBuilder b;
  b.row(100, {{30, "Year"}, {70, "Semester"}, {120, "Course No."}, {190, "Course Title"}, {400, "Credits"}, {450, "Grade"}});
  b.row(114, {{30, "2019"}, {80, "1"}, {120, "BIO101"}, {190, "General Biology"}, {410, "3"}, {455, "A"}});
  b.row(127, {{30, "2019"}, {80, "2"}, {120, "CHE102"}, {190, "General Chemistry"}, {410, "3"}, {455, "B+"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"term", "term", "code", "title", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[1].term, "2019 2");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "3");
}

TEST(TableReader, TableRunsOnOverAPageBreak) {
  PageBuilder one, two;
  one.row(100, {{50, "Course Code"}, {130, "Course Title"}, {400, "Credits"}, {460, "Grade"}});
  one.row(114, {{50, "BIO 101"}, {130, "General Biology"}, {410, "3"}, {465, "A"}});
  two.row(60, {{50, "MTH 103"}, {130, "Statistics"}, {410, "3"}, {465, "C"}});
  two.row(73, {{50, "PHY 104"}, {130, "Physics"}, {410, "4"}, {465, "B"}});
  const auto r = read({&one.page(), &two.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].last_page, 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[2].page, 1u);
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "4");
}

TEST(TableReader, MonospaceRegistrarPage) {
  PageBuilder b(9, true);
  b.row(100, {{40, "COURSE"}, {100, "TITLE"}, {300, "GRD"}, {340, "CRS"}, {380, "PTS"}});
  b.row(112, {{40, "BIOL 201"}, {100, "MICROBIOLOGY"}, {300, "A-"}, {340, "4.0"}, {380, "14.8"}});
  b.row(124, {{40, "CHEM 231"}, {100, "ORGANIC CHEMISTRY I"}, {300, "B+"}, {340, "3.0"}, {380, "9.9"}});
  b.row(136, {{40, "MATH 151"}, {100, "CALCULUS I"}, {300, "A"}, {340, "3.0"}, {380, "12.0"}});
  const auto r = read(b);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "grade", "credits", "points"}));
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "ORGANIC CHEMISTRY I");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "3.0");
}

}  // namespace
}  // namespace cc
