// Classes of transcript features the blind rounds showed the reader at first sight (issue 15,
// round 5 preparation), each as a general property on word boxes built in code
// (page_builder.h): labels of neighbouring columns that are no phrase, terms written year first or
// in other calendars, stages named by their examination, a result in words as the grade of a marks
// table, a Total column over marks in parts, a Spanish grade printed in numbers and in words, and
// a term column beside section lines.
#include <gtest/gtest.h>

#include <tuple>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// `Grade` over letters and `Points` over numbers, printed a little more than a word apart: two
// labels, not the phrase `Grade Points` (which took both columns and lost the grade).
TEST(TableUnseen, NeighbouringLabelsAreNoPhrase) {
  PageBuilder b;
  b.row(100, {{33, "Course"}, {80, "Course Title"}, {220, "Cr."}, {241, "Grade"}, {273, "Points"}});
  b.row(114, {{33, "ARB 1101"}, {80, "Arabic Language I"}, {222, "2"}, {245, "B+"}, {275, "7.00"}});
  b.row(128, {{33, "CHM 1101"}, {80, "General Chemistry"}, {222, "3"}, {245, "B"}, {275, "9.00"}});
  b.row(142, {{33, "BIO 1101"}, {80, "General Biology"}, {222, "3"}, {245, "A"}, {275, "11.25"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"code", "title", "credits", "grade", "points"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].fields.grade, "B+");
  EXPECT_EQ(t.rows[0].fields.points, "7.00");
  EXPECT_EQ(t.rows[2].fields.grade, "A");
}

TEST(TableUnseen, TermsWrittenYearFirstOrInOtherCalendars) {
  for (const char* s : {"2021-2022 Güz / Fall", "2019 Fall", "2016/17 Spring Semester", "Summer, SY 2020-2021",
                        "Internship Year 1443/1444 H (2021/2022)", "Second Semester 1442/1443 H (2020/2021)",
                        "First B.Med.Tech Examination held in September 2013", "Final Professional Examination",
                        "Second B.Sc. (Zoology) Examination"})
    EXPECT_TRUE(is_section_line(s)) << s;
  // A course named after an examination, a date and a field are no sections.
  for (const char* s : {"Final Examination", "Fall Prevention in the Elderly", "2019-12-01", "Year of Admission: 2013-2014"})
    EXPECT_FALSE(is_section_line(s)) << s;
  EXPECT_EQ(section_scope("First B.Med.Tech Examination held in September 2013"), SectionScope::year);
}

TEST(TableUnseen, ClassificationWords) {
  for (const char* s : {"Distinction", "PASS", "First Class", "Very Good", "Sobresaliente", "Très bien", "dobry",
                        "добре / good", "відмінно / excellent"})
    EXPECT_TRUE(is_classification_grade(s)) << s;
  for (const char* s : {"Compulsory", "ORD", "DIECISÉIS", "Elective / Optional", "AP", ""})
    EXPECT_FALSE(is_classification_grade(s)) << s;
}

// A marks statement whose Result column gives each subject a class in words: that is its grade,
// also for a subject whose marks are printed in lettered parts under it.
TEST(TableUnseen, ResultInWordsIsTheGradeOfAMarksTable) {
  PageBuilder b;
  b.row(100, {{30, "Sr."}, {60, "Subject"}, {300, "Maximum Marks"}, {380, "Marks Obtained"}, {470, "Result"}});
  b.row(114, {{30, "1."}, {60, "Myanmar"}, {310, "100"}, {390, "80"}, {470, "Distinction"}});
  b.row(128, {{30, "2."}, {60, "Physics"}, {470, "Pass"}});
  b.row(140, {{60, "(a) Written"}, {310, "100"}, {390, "61"}});
  b.row(152, {{60, "(b) Practical/Oral"}, {310, "50"}, {390, "38"}});
  b.row(166, {{30, "3."}, {60, "English"}, {310, "100"}, {390, "72"}, {470, "Distinction"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].fields.grade, "Distinction");
  EXPECT_EQ(t.rows[0].fields.marks, "80");
  EXPECT_EQ(t.rows[1].fields.title, "Physics");
  EXPECT_EQ(t.rows[1].fields.grade, "Pass");
  EXPECT_EQ(t.rows[1].fields.marks, "99");
  EXPECT_EQ(t.rows[2].fields.grade, "Distinction");
}

// Marks obtained in parts (theory, practical) with a Total column: the total is the mark.
TEST(TableUnseen, TotalOfMarksInParts) {
  PageBuilder b;
  b.row(100, {{30, "Code"}, {90, "Subjects"}, {290, "Marks Obtained"}, {420, "Total"}});
  b.row(112, {{280, "Theory"}, {340, "Practical"}});
  b.row(126, {{30, "BMLT 101"}, {90, "Human Anatomy and Physiology"}, {285, "41"}, {350, "20"}, {425, "61"}});
  b.row(140, {{30, "BMLT 102"}, {90, "Basic Biochemistry"}, {285, "69"}, {350, "38"}, {422, "107"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].fields.marks, "61");
  EXPECT_EQ(t.rows[1].fields.marks, "107");
}

// A Spanish certificate: `NOTA` over `En números | En letras`, beside the row's `CICLO` (its
// semester); the grade is the number, the cycle the term.
TEST(TableUnseen, GradeInNumbersAndWordsAndACycleColumn) {
  PageBuilder b(7);
  b.row(197, {{389, "NOTA"}});
  b.row(203.4, {{49, "CÓDIGO"}, {164, "ASIGNATURA"}, {285, "CICLO"}, {312, "CRÉDITOS"}, {484, "ACTA / FECHA"}});
  b.row(209.8, {{350, "En números"}, {406, "En letras"}});
  b.row(225, {{40, "TL0101"}, {89, "BIOLOGÍA CELULAR Y MOLECULAR"}, {293, "I"}, {325, "4"}, {362, "16"}, {390, "DIECISÉIS"},
              {454, "0397-2010-I 13/07/2010"}});
  b.row(236, {{40, "TL0201"}, {89, "QUÍMICA ORGÁNICA"}, {291, "II"}, {325, "4"}, {362, "17"}, {390, "DIECISIETE"},
              {454, "0430-2010-II 18/12/2010"}});
  b.row(247, {{40, "TL0301"}, {89, "BIOQUÍMICA"}, {290, "III"}, {325, "5"}, {362, "15"}, {390, "QUINCE"},
              {454, "0477-2011-I 15/07/2011"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].fields.grade, "16");
  EXPECT_EQ(t.rows[0].fields.credits, "4");
  EXPECT_EQ(t.rows[0].term, "I");
  EXPECT_EQ(t.rows[2].term, "III");
  EXPECT_EQ(t.rows[2].fields.grade, "15");
}

// A `Período` column: the term of a table with no section lines (`2014/1`, printed on the term's
// first row), but a column of dates under a section line leaves the section the term.
TEST(TableUnseen, PeriodColumnBesideSectionLines) {
  PageBuilder b;
  b.row(100, {{30, "Período"}, {80, "Código"}, {140, "Disciplina"}, {330, "Créd."}, {380, "Nota"}});
  b.row(114, {{30, "2014/1"}, {80, "BMD1101"}, {140, "Anatomia Humana I"}, {335, "4"}, {382, "8,5"}});
  b.row(128, {{80, "BMD1102"}, {140, "Biologia Celular"}, {335, "4"}, {382, "6,8"}});
  b.row(142, {{30, "2014/2"}, {80, "BMD1201"}, {140, "Anatomia Humana II"}, {335, "4"}, {382, "8,9"}});
  TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].term, "2014/1");
  EXPECT_EQ(r.tables[0].rows[1].term, "2014/1");
  EXPECT_EQ(r.tables[0].rows[2].term, "2014/2");

  PageBuilder m;
  m.row(86, {{30, "PRIMER SEMESTRE"}});
  m.row(100, {{30, "Clave"}, {80, "Asignatura"}, {300, "Créditos"}, {360, "Calificación"}, {440, "Período"}});
  m.row(114, {{30, "QB101"}, {80, "QUÍMICA GENERAL"}, {305, "10"}, {365, "7"}, {440, "AGO-DIC 2020"}});
  m.row(128, {{30, "QB102"}, {80, "BIOLOGÍA CELULAR"}, {305, "10"}, {365, "8"}, {440, "AGO-DIC 2020"}});
  r = read_tables({&m.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[0].term, "PRIMER SEMESTRE");
  EXPECT_EQ(r.tables[0].rows[1].term, "PRIMER SEMESTRE");
}

// `GRADES` over `Final | Re-Exam`: an incomplete grade completed at the re-examination has the
// completed grade; a final grade stays.
TEST(TableUnseen, IncompleteGradeCompletedLater) {
  PageBuilder b;
  b.row(100, {{100, "SUBJECT CODE"}, {180, "DESCRIPTIVE TITLE"}, {458, "GRADES"}, {530, "CREDITS"}});
  b.row(112, {{438, "Final"}, {477, "Re-Exam"}});
  b.row(126, {{100, "BIO 101"}, {180, "General Zoology"}, {440, "1.75"}, {540, "5"}});
  b.row(140, {{100, "PE 1"}, {180, "Physical Fitness and Wellness"}, {440, "INC"}, {485, "1.25"}, {540, "2"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "1.75");
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "1.25");
}

// Term captions of languages and traditions no round has printed yet.
TEST(TableUnseen, TermCaptionsInMoreLanguages) {
  for (const char* s : {"Học kỳ 2", "HỌC KỲ I NĂM HỌC 2018-2019", "Năm học 2018-2019", "1 семестр", "Семестр 3", "2 курс",
                        "Осенний семестр 2019/2020", "First Stage", "Second Stage 2016-2017", "Sem I", "I Semester",
                        "Michaelmas Term 2019", "Hilary Term", "1. Semester", "Sommersemester 2020", "WS 2019/20",
                        "Primo anno", "Secondo semestre", "Anno accademico 2019/2020", "Semester Ganjil 2019/2020",
                        "Semester Genap", "100 Level", "Part II"})
    EXPECT_TRUE(is_section_line(s)) << s;
  for (const char* s : {"Seminar in Haematology", "Semiotics", "Stage Management", "Trinity College Dublin"})
    EXPECT_FALSE(is_section_line(s)) << s;
  EXPECT_EQ(section_scope("2 курс"), SectionScope::year);
  EXPECT_EQ(section_scope("Семестр 3"), SectionScope::part_of_year);
}

// Credits written with their parts added (`3+1`) or with their unit (`4 ECTS`, `4 з.е.`, `3 SH`).
TEST(TableUnseen, CreditsInMoreNotations) {
  EXPECT_EQ(credit_value("3+1"), 4.0);
  EXPECT_EQ(credit_value("2 + 1"), 3.0);
  EXPECT_EQ(credit_value("4 ECTS"), 4.0);
  EXPECT_EQ(credit_value("4 з.е."), 4.0);
  EXPECT_EQ(credit_value("3 SH"), 3.0);
  EXPECT_EQ(credit_value("2,5 cr"), 2.5);
  EXPECT_EQ(type_of_cell("3+1"), CellType::credit_notation);
  EXPECT_FALSE(credit_value("60h"));  // contact hours are no credits
  EXPECT_FALSE(credit_value("BIO 101"));
}

// A table read from content whose credits stand beside their hours (ECTS: 30 hours a credit):
// the first column is the credits though its modules carry 15 or 20, the second the hours.
TEST(TableUnseen, CreditsBesideTheirHours) {
  PageBuilder b;
  const std::vector<std::tuple<std::string, std::string, std::string, std::string>> rows = {
      {"Botany", "15", "450", "B"}, {"Zoology", "15", "450", "C"}, {"General Chemistry", "15", "450", "C"},
      {"Biochemistry", "20", "600", "A"}, {"Microbiology", "20", "600", "B"}, {"Genetics", "20", "600", "A"}};
  double y = 100;
  int n = 1;
  for (const auto& [title, credits, hours, grade] : rows) {
    b.row(y, {{40, std::to_string(n++)}, {60, title}, {300, credits}, {340, hours}, {480, grade}});
    y += 14;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  EXPECT_EQ(roles_of(t), (std::vector<std::string>{"serial", "title", "credits", "contact_hours", "grade"}));
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[3].fields.credits, "20");
}

}  // namespace
}  // namespace cc
