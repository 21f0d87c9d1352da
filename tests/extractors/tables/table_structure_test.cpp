// Unit tests of the table reader's structure rules on pages built in code from word boxes, one
// per rule, each on the smallest page that needs it: a header-less monospace record whose code is
// printed `FOUN 1001` (one space is no gutter), a column headed `Course` that holds words (no
// code column), a score read as the grade of a table with no grade column; group headers
// ("Units" over "Theo.  Prac.": credits are the sum; "Contact Hours" over "C S L P": hours, not
// credits); a label with its value ("Semester total: 30") and a grading key ("A = 70-100, B = ...")
// are no records.
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/table_groups.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// A registrar record in a monospace font, no column headers: a term line, then
// "MEDT 1001  Introduction to Medical Laboratory Science   3  B+".
TEST(TableStructure, HeaderlessMonospaceCodeWithOneSpaceIsOneColumn) {
  PageBuilder b(9, true);
  b.row(80, {{40, "2013/2014 Semester I"}});
  b.row(100, {{40, "FOUN 1001"}, {120, "English for Academic Purposes"}, {420, "3"}, {450, "A+"}});
  b.row(112, {{40, "BIOC 1020"}, {120, "Cellular Biochemistry"}, {420, "3"}, {450, "B+"}});
  b.row(124, {{40, "CHEM 1066"}, {120, "Introductory Chemistry"}, {420, "4"}, {450, "A-"}});
  b.row(136, {{40, "MEDT 1001"}, {120, "Introduction to Medical Laboratory Science"}, {420, "3"}, {450, "B"}});
  b.row(148, {{120, "GPA 3.40    Credits 13"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_FALSE(r.tables[0].header_printed);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "FOUN 1001");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Introduction to Medical Laboratory Science");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "4");
  EXPECT_EQ(r.tables[0].rows[0].term, "2013/2014 Semester I");
}

// `Course Title | Course | Credits | Score` where `Course` is the first line of `Course Nature`
// (its second line not read): the column holds `Compulsory` / `Elective`, words, never a code.
PageBuilder course_nature_page() {
  PageBuilder b;
  b.row(100, {{40, "Course Title"}, {220, "Course"}, {290, "Credits"}, {340, "Score"}});
  b.row(116, {{40, "Advanced Mathematics"}, {220, "Compulsory"}, {300, "4"}, {345, "85"}});
  b.row(128, {{40, "Systematic Anatomy"}, {220, "Compulsory"}, {300, "4.5"}, {345, "Good"}});
  b.row(140, {{40, "Computer Fundamentals"}, {220, "Elective"}, {300, "2"}, {345, "Excellent"}});
  b.row(152, {{40, "Medical Physics"}, {220, "Compulsory"}, {300, "3"}, {345, "95"}});
  return b;
}

TEST(TableStructure, ACodeColumnOfWordsIsNoCodeColumn) {
  const auto b = course_nature_page();
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto roles = roles_of(r.tables[0]);
  EXPECT_EQ(roles[1], "remark");
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Advanced Mathematics");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4.5");
}

// `Course | R/E | Cr. | Score` over course names, many of them numbered in brackets (`General
// Biology (1)`, a course over two terms): a part number is no code's number, the column is titles.
TEST(TableStructure, ACodeColumnOfNumberedTitlesIsNoCodeColumn) {
  PageBuilder b;
  b.row(100, {{40, "Course"}, {230, "R/E"}, {260, "Cr."}, {290, "Score"}});
  b.row(116, {{40, "Chinese Literature and Writing (1)"}, {232, "R"}, {262, "2"}, {292, "98"}});
  b.row(128, {{40, "English (1)"}, {232, "R"}, {262, "2"}, {292, "72"}});
  b.row(140, {{40, "General Biology (1)"}, {232, "R"}, {262, "3"}, {292, "82"}});
  b.row(152, {{40, "Calculus"}, {232, "R"}, {262, "2"}, {292, "90"}});
  b.row(164, {{40, "Life Science and Ethics"}, {232, "E"}, {262, "2"}, {292, "82"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0])[0], "title");
  ASSERT_EQ(r.tables[0].rows.size(), 5u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Chinese Literature and Writing (1)");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "3");
}

// A term's totals printed across the table ("Credits 17  Average 87.12  Conduct 86", "Academic Year
// 107: Credits earned 37  Average 87.22"): a title cell that states a count of credits is no course.
TEST(TableStructure, ATitleStatingCreditsIsNoCourse) {
  PageBuilder b;
  b.row(100, {{40, "Title"}, {230, "R/E"}, {260, "Cr."}, {290, "Score"}});
  b.row(116, {{40, "Human Anatomy"}, {232, "R"}, {262, "3"}, {292, "95"}});
  b.row(128, {{40, "Physiology"}, {232, "R"}, {262, "3"}, {292, "86"}});
  b.row(140, {{40, "Histology"}, {232, "R"}, {262, "2"}, {292, "81"}});
  b.row(158, {{40, "Credits 17"}, {110, "Average 87.12"}, {180, "Conduct 86"}});
  b.row(172, {{40, "Academic Year 107: Credits earned 37"}, {230, "Average"}, {262, "87.22"}, {292, "Rank 1/59"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Histology");
}

// A long title running on past its column at word spacing keeps its words; a title ending in a
// number ("Average : 13,50") runs on into nothing; a line of prose across the table is no record.
TEST(TableStructure, ALongTitleRunsOnPastItsColumn) {
  PageBuilder b(7);
  b.row(100, {{90, "Title"}, {250, "Credits"}, {300, "Grade"}});
  b.row(114, {{90, "Hematology"}, {256, "3"}, {302, "A"}});
  b.row(124, {{90, "Clinical Chemistry"}, {256, "4"}, {302, "B"}});
  b.row(134, {{90, "Hospital practice : biochemistry and"}, {256, "10"}, {302, "A"}});
  b.row(144, {{90, "Immunology"}, {256, "2"}, {302, "B"}});
  b.row(154, {{90, "Note: one credit is worth fifteen hours of class and thirty of study at home"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Hospital practice : biochemistry and");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "10");
}

TEST(TableStructure, AScoreIsTheGradeOfATableWithoutGrades) {
  const auto b = course_nature_page();
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "85");
  EXPECT_EQ(r.tables[0].rows[2].fields.grade, "Excellent");
}

TEST(TableStructure, AScoreBesideAGradeStaysAScore) {
  PageBuilder b;
  b.row(100, {{40, "Code"}, {100, "Course Title"}, {290, "Credits"}, {340, "Score"}, {390, "Grade"}});
  b.row(116, {{40, "MLS 101"}, {100, "Advanced Mathematics"}, {300, "4"}, {345, "85"}, {395, "A"}});
  b.row(128, {{40, "MLS 102"}, {100, "Systematic Anatomy"}, {300, "3"}, {345, "72"}, {395, "B"}});
  b.row(140, {{40, "MLS 103"}, {100, "Medical Physics"}, {300, "2"}, {345, "66"}, {395, "C"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "B");
}

// `Units` centred over `Theo.` and `Prac.`, `Score` over `(out of 20)`, a `Row` column: the
// header reads on two lines although `Row`, `Theo.` and `Prac.` are not header words, and the
// course's credits are theory plus practical.
TEST(TableStructure, CreditsInSubColumnsUnderAGroupLabelAddUp) {
  PageBuilder b;
  b.row(88, {{376, "Units"}, {446, "Score"}});
  b.row(99, {{46, "Row"}, {72, "Course Title"}, {292, "Course Code"}, {356, "Theo."}, {396, "Prac."}, {437, "(out of 20)"}, {510, "Status"}});
  b.row(116, {{50, "1"}, {72, "Persian Literature"}, {300, "1210101"}, {364, "3"}, {404, "0"}, {447, "17.75"}, {510, "Passed"}});
  b.row(128, {{50, "2"}, {72, "General Biology (1)"}, {300, "1213001"}, {364, "2"}, {404, "1"}, {447, "16.25"}, {510, "Passed"}});
  b.row(140, {{50, "3"}, {72, "General Chemistry (1)"}, {300, "1213002"}, {364, "2"}, {404, "1"}, {447, "15.25"}, {510, "Passed"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& t = r.tables[0];
  EXPECT_TRUE(t.header_printed);
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"serial", "title", "code", "credits", "credits", "score", "remark"}));
  EXPECT_EQ(t.columns[3].label, "Units (Theo.)");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].fields.credits, "3");
  EXPECT_EQ(t.rows[1].fields.credits, "3");  // 2 + 1
  EXPECT_EQ(t.rows[1].fields.title, "General Biology (1)");
  EXPECT_EQ(t.rows[2].fields.code, "1213002");
}

// `Contact Hours` centred over `C  S  L  P` (lecture, seminar, lab, practice hours) beside a
// `Credits` column: the sub-columns are hours, and the credits are read from `Credits` alone.
TEST(TableStructure, HoursInSubColumnsUnderAGroupLabelStayHours) {
  PageBuilder b;
  b.row(88, {{40, "No."}, {60, "Subject"}, {392, "Contact Hours"}, {470, "Credits"}, {520, "Grade"}});
  b.row(99, {{383, "C"}, {405, "S"}, {427, "L"}, {449, "P"}});
  b.row(116, {{42, "1"}, {60, "Anatomy"}, {382, "28"}, {404, "0"}, {426, "28"}, {448, "0"}, {480, "6"}, {530, "7"}});
  b.row(128, {{42, "2"}, {60, "Cell and Molecular Biology"}, {382, "28"}, {404, "0"}, {426, "28"}, {448, "0"}, {480, "5"}, {530, "8"}});
  b.row(140, {{42, "3"}, {60, "Biophysics"}, {382, "14"}, {404, "0"}, {426, "14"}, {448, "0"}, {480, "4"}, {530, "9"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& t = r.tables[0];
  const auto roles = roles_of(t);
  EXPECT_EQ(std::count(roles.begin(), roles.end(), "contact_hours"), 4);
  EXPECT_EQ(std::count(roles.begin(), roles.end(), "credits"), 1);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].fields.credits, "5");
  EXPECT_EQ(t.rows[1].fields.title, "Cell and Molecular Biology");
}

// A word over the line below that is not centred over a run of its labels, or names no column,
// groups nothing.
TEST(TableStructure, AnOffCentreOrUnknownWordIsNoGroupLabel) {
  PageBuilder b;
  b.row(88, {{340, "Units"}, {446, "Remarkable"}});
  b.row(99, {{46, "Row"}, {72, "Course Title"}, {292, "Course Code"}, {356, "Theo."}, {396, "Prac."}, {437, "Left"}, {470, "Right"}});
  const TableRow upper = make_row({&b.page().words[0], &b.page().words[1]});
  std::vector<const Word*> lower_words;
  for (size_t i = 2; i < b.page().words.size(); ++i) lower_words.push_back(&b.page().words[i]);
  const TableRow lower = make_row(lower_words);
  EXPECT_TRUE(parse_grouped_header({&upper, &lower}).empty());
}

// A line whose text in the title column ends in a colon, or a colon and a number, labels a value:
// "Razem w semestrze / Semester total:" over the credits column is no course, whatever language.
TEST(TableStructure, ALabelWithItsValueIsNoRecord) {
  PageBuilder b;
  b.row(100, {{40, "Lp."}, {70, "Course unit title"}, {330, "ECTS"}, {420, "Grade"}});
  b.row(116, {{42, "1"}, {70, "Medical Microbiology"}, {335, "6"}, {425, "4.5"}});
  b.row(128, {{42, "2"}, {70, "Clinical Chemistry"}, {335, "5"}, {425, "4.0"}});
  b.row(140, {{42, "3"}, {70, "Microbiology V: Industrial Microbiology"}, {335, "3"}, {425, "5.0"}});
  b.row(156, {{150, "Razem w semestrze / Semester total:"}, {335, "14"}});
  b.row(170, {{70, "Grade point average: 4.50"}, {335, "14"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Microbiology V: Industrial Microbiology");
  size_t labels = 0;
  for (const auto& s : r.skipped) labels += s.reason == "a label or legend, not a record";
  EXPECT_EQ(labels, 1u);
  // "Razem" (Polish for "total") opens a summary line: kept for the reconciliation.
  ASSERT_FALSE(r.tables[0].summaries.empty());
  EXPECT_EQ(r.tables[0].summaries.front().text.rfind("Razem", 0), 0u);
}

// A grading key under the table ("KEY: A = 70-100 (5 points), B = 60-69 (4), ...") cut into the
// table's columns still reads as no record: two definitions or more make a legend; so do ranges
// of percentages (a grading scale printed as a table).
TEST(TableStructure, AGradingKeyIsNoRecord) {
  PageBuilder b;
  b.row(100, {{40, "CODE"}, {110, "COURSE TITLE"}, {350, "UNITS"}, {420, "GRADE"}});
  b.row(116, {{40, "MLS 201"}, {110, "Human Anatomy"}, {360, "3"}, {425, "A"}});
  b.row(128, {{40, "MLS 203"}, {110, "Medical Biochemistry"}, {360, "4"}, {425, "B"}});
  b.row(140, {{40, "GST 201"}, {110, "Use of English"}, {360, "2"}, {425, "C"}});
  b.row(160, {{40, "A = 70-100"}, {110, "B = 60-69 (4), C = 50-59 (3)"}, {360, "5"}, {425, "F"}});
  b.row(172, {{40, "A 40"}, {110, "96% and above C+ 2.3 72% - less than 76%"}, {360, "4"}, {425, "A"}});
  // A consumer as tolerant as an OCR reader of codes must be: any code with a title is a record.
  TableReaderOptions tolerant;
  tolerant.is_record = [](const RowFields& f) { return !f.code.empty() && !f.title.empty(); };
  const auto r = read_tables({&b.page()}, tolerant);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 3u);
}

// A grading key of bands of marks ("C 50-59 (2.0)  D 45-49 Supplementary (1.0)  F 0-44 Fail") and
// the weighting of the final mark ("Final = 40% continuous assessment (CA) + 60% examination") are
// no records, though the first cuts into a code and a title (task j2: round 16's Eswatini key read
// as courses `C5059` and `FINAI40`).
TEST(TableStructure, BandsOfMarksAndAWeightingAreNoRecords) {
  PageBuilder b;
  b.row(100, {{40, "CODE"}, {110, "COURSE TITLE"}, {350, "UNITS"}, {420, "GRADE"}});
  b.row(116, {{40, "MLS 201"}, {110, "Human Anatomy"}, {360, "3"}, {425, "A"}});
  b.row(128, {{40, "MLS 203"}, {110, "Medical Biochemistry"}, {360, "4"}, {425, "B"}});
  b.row(140, {{40, "GST 201"}, {110, "Use of English"}, {360, "2"}, {425, "C"}});
  b.row(160, {{40, "C 50-59"}, {110, "(2.0) D 45-49 Supplementary (1.0) F 0-44 Fail"}, {425, "(0.0)"}});
  b.row(172, {{40, "Final = 40%"}, {110, "continuous assessment (CA) + 60% examination"}, {425, "A"}});
  TableReaderOptions tolerant;
  tolerant.is_record = [](const RowFields& f) { return !f.code.empty() && !f.title.empty(); };
  const auto r = read_tables({&b.page()}, tolerant);
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 3u);
}

// A course marked as outside the GPA ("(NGPA)", a summary word) is still a course: it has a code,
// a title, credits and a grade. A GPA line under it has no code and stays a summary.
TEST(TableStructure, ASummaryWordInACourseRowLeavesItACourse) {
  PageBuilder b;
  b.row(100, {{40, "Code"}, {110, "Course Unit Title"}, {350, "Credits"}, {420, "Grade"}, {470, "Point"}});
  b.row(116, {{40, "MLS 1143"}, {110, "General Chemistry"}, {360, "3"}, {425, "A"}, {475, "4.00"}});
  b.row(128, {{40, "MLS 1152"}, {110, "Introduction to Medical Laboratory Sciences"}, {360, "2"}, {425, "A"}, {475, "4.00"}});
  b.row(140, {{40, "ENG 1112"}, {110, "English Language I (NGPA)"}, {360, "2"}, {425, "A"}, {480, "-"}});
  b.row(156, {{110, "Semester GPA 4.00"}, {360, "5"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[2].fields.code, "ENG 1112");
  ASSERT_EQ(r.tables[0].summaries.size(), 1u);
  EXPECT_EQ(r.tables[0].summaries[0].kind, "gpa");
}

// A line of fields under the last course ("Mean Grade: A   RECOMMENDATION: PASS"), or of averages
// OCR ran together ("Sem.G.P.A.250 Cum.GP.A.2.50") does not wrap onto its title, and a label with a date ("DATE OF COMPLETION: 23/12/2020") is no course.
TEST(TableStructure, FieldsUnderTheLastCourseAreNoPartOfIt) {
  PageBuilder b;
  b.row(100, {{40, "CODE"}, {110, "COURSE TITLE"}, {350, "UNITS"}, {420, "GRADE"}});
  b.row(116, {{40, "BML 220"}, {110, "Epidemiology"}, {360, "3"}, {425, "A"}});
  b.row(128, {{40, "BML 320"}, {110, "Research Methods"}, {360, "3"}, {425, "B"}});
  b.row(140, {{40, "BML 418"}, {110, "Public Health Laboratory Practice"}, {360, "4"}, {425, "B"}});
  b.row(151, {{110, "Mean Grade: A RECOMMENDATION: PASS"}});
  b.row(163, {{40, "BML 419"}, {110, "Clinical Practicum"}, {360, "4"}, {425, "A"}});
  b.row(174, {{110, "Sem.G.P.A.250 Cum.GP.A.2.50"}});
  b.row(194, {{40, "DATE OF"}, {110, "COMPLETION: 23/12/2020"}});
  TableReaderOptions tolerant;
  tolerant.is_record = [](const RowFields& f) { return !f.code.empty() && !f.title.empty(); };
  const auto r = read_tables({&b.page()}, tolerant);
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Public Health Laboratory Practice");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Clinical Practicum");
}

// A header word OCR ran together (`COURSENO.`) is unknown; the column's cells, numbers of five to
// ten digits that differ from row to row, are course codes.
TEST(TableStructure, AColumnOfLongDistinctNumbersIsTheCode) {
  PageBuilder b;
  b.row(100, {{28, "COURSENO."}, {76, "COURSE TITLE"}, {245, "CREDIT"}, {275, "GRADE"}});
  b.row(116, {{28, "1002101"}, {76, "FOUNDATION ENGLISH I"}, {250, "3"}, {278, "C+"}});
  b.row(128, {{28, "5001201"}, {76, "HUMAN ANATOMY"}, {250, "3"}, {278, "B"}});
  b.row(140, {{28, "5001202"}, {76, "HUMAN PHYSIOLOGY"}, {250, "3"}, {278, "A"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0])[0], "code");
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.code, "5001201");
}

// On an OCR'd page the vertical rules between cells come out as bars and brackets: set aside.
// A bar right after a word at word spacing is a letter (the numeral I) and stays.
TEST(TableStructure, RulesReadAsBracketsAreSetAsideOnScans) {
  PageBuilder b;
  b.row(100, {{40, "Code"}, {100, "Course Title"}, {300, "Credits"}, {360, "Grade"}});
  b.row(116, {{40, "MLS 101"}, {90, "|"}, {100, "Biochemistry |"}, {290, "{"}, {305, "3"}, {350, "["}, {365, "A"}});
  b.row(128, {{40, "MLS 102"}, {90, "["}, {100, "Anatomy"}, {290, "}"}, {305, "4"}, {350, "]"}, {365, "B"}});
  b.row(140, {{40, "MLS 103"}, {90, "|"}, {100, "Physiology"}, {290, "{"}, {305, "2"}, {350, "|"}, {365, "C"}});
  PageText scan = b.page();
  scan.source = TextSource::ocr;
  const auto r = read_tables({&scan});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Biochemistry |");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4");
  EXPECT_EQ(r.tables[0].rows[2].fields.grade, "C");
  EXPECT_EQ(r.set_aside.size(), 9u);
}

// Typed course lines with no column header: `CODE  Title ........  4 U.V. .....  7.2 (SEVEN
// POINT TWO)`. The dot leaders fill the gutters; set aside, the gutters show and the lines read
// as a table, the credits by their unit.
TEST(TableStructure, DotLeadersAreSetAsideAndTheLinesReadAsATable) {
  PageBuilder b(9, true);
  b.row(80, {{40, "CICLO I - 2012"}});
  const std::vector<std::vector<std::string>> lines = {{"BIO114", "Biologia General .............", "4 U.V. .....", "7.2 (SIETE PUNTO DOS)"},
                                                       {"QUI115", "Quimica General I ............", "4 U.V. .....", "6.5 (SEIS PUNTO CINCO)"},
                                                       {"MAT115", "Matematica I .................", "3 U.V. .....", "7.1 (SIETE PUNTO UNO)"},
                                                       {"PSI114", "Psicologia ...................", "3 U.V. .....", "7.3 (SIETE PUNTO TRES)"}};
  double y = 96;
  for (const auto& l : lines) {
    b.row(y, {{40, l[0]}, {100, l[1]}, {290, l[2]}, {360, l[3]}});
    y += 12;
  }
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Biologia General");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "3 U.V.");
  EXPECT_EQ(r.set_aside.size(), 8u);
  EXPECT_EQ(r.tables[0].rows[0].term, "CICLO I - 2012");
}

// Values set flush left under labels centred over them (`12 (doze) valores` starting left of the
// halfway point between `ECTS` and `Classificação`): no row reads as a record with the columns
// cut halfway, so the gaps of all the rows of cells place the cuts.
TEST(TableStructure, CellsStartingLeftOfTheHalfwayCutStillPlaceTheColumns) {
  PageBuilder b;
  b.row(100, {{37, "Codigo"}, {83, "Unidade Curricular"}, {335, "ECTS"}, {382, "Classificacao"}, {470, "Data"}});
  b.row(114, {{37, "9501101"}, {83, "Anatomia Humana"}, {340, "6,0"}, {364, "12 (doze) valores"}, {458, "16-02-2015"}});
  b.row(126, {{37, "9501102"}, {83, "Quimica Geral"}, {340, "6,0"}, {364, "12 (doze) valores"}, {458, "20-02-2015"}});
  b.row(138, {{37, "9501103"}, {83, "Biologia Celular"}, {340, "5,0"}, {364, "13 (treze) valores"}, {458, "23-01-2015"}});
  b.row(150, {{37, "9501104"}, {83, "Bioestatistica"}, {340, "4,0"}, {364, "13 (treze) valores"}, {458, "23-01-2015"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "6,0");
  EXPECT_EQ(r.tables[0].rows[3].fields.grade, "13 (treze) valores");
}

}  // namespace
}  // namespace cc
