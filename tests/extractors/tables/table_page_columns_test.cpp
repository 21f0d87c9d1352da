// Tests of the table reader on pages from round 13 made general: a page printed in two columns of
// blocks whose rows interleave on the page's lines, a code printed in two columns under
// `Subject | Course`, titles in two languages neither of which is English, and the Spanish `Curso`
// over the course's name. Word boxes built in code (page_builder.h).
#include <gtest/gtest.h>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// `Subject | Course | Title`: the subject's letters and the course's number are one code, not two
// tables side by side (a table of a code alone would have no values).
TEST(TablePageColumns, SubjectAndCourseNumberAreOneCode) {
  PageBuilder b(7);
  b.row(100, {{30, "Subject"}, {70, "Course"}, {110, "Title"}, {260, "Grade"}, {310, "Credit Hours"}});
  const char* rows[][4] = {{"BIOL", "111", "GENERAL BIOLOGY I", "B+"}, {"CHEM", "101L", "GEN CHEMISTRY I LAB", "A"},
                           {"MLS", "210", "LAB OPERATIONS & SAFETY", "A-"}};
  for (int i = 0; i < 3; ++i)
    b.row(112 + 10 * i, {{30, rows[i][0]}, {70, rows[i][1]}, {110, rows[i][2]}, {262, rows[i][3]}, {320, "3.000"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "BIOL 111");
  EXPECT_EQ(r.tables[0].rows[2].fields.code, "MLS 210");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "3.000");
}

// A page in two columns of blocks: each term's block (caption, header, rows) in the left column,
// the next ones in the right column, placed independently, so the rows of the two columns share
// the page's lines but never a header line. The page is cut at the gutter between the two
// columns' headers and each column read on its own.
TEST(TablePageColumns, TwoColumnsOfBlocksAreReadApart) {
  PageBuilder b(6);
  const double right = 310;
  auto header = [&b](double x, double y) {
    b.row(y, {{x, "Subject"}, {x + 26, "Course"}, {x + 52, "Title"}, {x + 168, "Grade"}, {x + 200, "Credit Hours"}});
  };
  b.row(100, {{20, "Fall 2015"}});
  header(20, 112);
  b.row(131, {{right, "Spring 2017"}});
  header(right, 143);
  const char* left_rows[][3] = {{"BIOL", "111", "GENERAL BIOLOGY I"}, {"CHEM", "101", "GENERAL CHEMISTRY I"},
                                {"ENGL", "102", "ENGLISH COMPOSITION II"}, {"MATH", "110", "COLLEGE ALGEBRA"},
                                {"STAT", "210", "BIOSTATISTICS"}};
  const char* right_rows[][3] = {{"MLS", "310", "CLINICAL CHEMISTRY I"}, {"MLS", "320", "HEMATOLOGY I"},
                                 {"MLS", "330", "CLINICAL IMMUNOLOGY"}};
  for (int i = 0; i < 5; ++i) {
    const double y = 122 + 8.5 * i;
    b.row(y, {{20, left_rows[i][0]}, {46, left_rows[i][1]}, {72, left_rows[i][2]}, {190, "B"}, {232, "3.000"}});
  }
  for (int i = 0; i < 3; ++i) {
    const double y = 153 + 8.5 * i;  // on lines of the left column's rows and below them
    b.row(y, {{right, right_rows[i][0]}, {right + 26, right_rows[i][1]}, {right + 52, right_rows[i][2]},
              {right + 170, "A"}, {right + 212, "4.000"}});
  }
  const TableReading r = read_tables({&b.page()});
  size_t rows = 0;
  std::vector<std::string> codes;
  for (const auto& t : r.tables)
    for (const auto& row : t.rows) {
      ++rows;
      codes.push_back(row.fields.code);
    }
  ASSERT_EQ(rows, 8u);
  EXPECT_EQ(codes[0], "BIOL 111");
  EXPECT_EQ(codes[4], "STAT 210");
  EXPECT_EQ(codes[5], "MLS 310");
  EXPECT_EQ(codes[7], "MLS 330");
  EXPECT_EQ(r.tables.back().rows.back().fields.credits, "4.000");
  EXPECT_EQ(r.tables.back().rows.back().term, "Spring 2017");
  EXPECT_EQ(r.tables.front().rows.front().term, "Fall 2015");
}

// Titles printed in two languages on two lines of one cell, neither of them English (Romanian over
// Russian): no line is the one to keep, so the title is both.
TEST(TablePageColumns, TitleInTwoLanguagesNeitherEnglishStaysWhole) {
  PageBuilder b(7);
  b.row(100, {{40, "Nr."}, {64, "Denumirea disciplinei"}, {330, "Credite ECTS"}, {400, "Nota"}});
  const std::pair<std::string, std::string> titles[] = {{"Chimie generală", "Общая химия"},
                                                        {"Biologie celulară", "Клеточная биология"},
                                                        {"Matematică", "Математика"},
                                                        {"Limba engleză I", "Английский язык I"}};
  double y = 120;
  int n = 1;
  for (const auto& [ro, ru] : titles) {
    b.row(y, {{42, std::to_string(n++)}, {64, ro}, {345, "8"}, {402, "9"}});
    b.row(y + 8, {{64, ru}});
    y += 19;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Chimie generală Общая химия");
  EXPECT_EQ(r.tables[0].rows[3].fields.title, "Limba engleză I Английский язык I");
}

// The lines of one cell share their leading: a caption set in a band of its own under a title of
// two lines (further below than the title's lines stand apart) is no third line of that title.
TEST(TablePageColumns, CaptionBelowATwoLineTitleIsNoLineOfIt) {
  PageBuilder b(7);
  b.row(100, {{40, "Nr."}, {64, "Denumirea disciplinei"}, {330, "Credite ECTS"}, {400, "Nota"}});
  b.row(120, {{42, "1"}, {64, "Protecția mediului"}, {345, "7"}, {402, "7"}});
  b.row(128, {{64, "Охрана окружающей среды"}});
  b.row(140.5, {{64, "Practica clinică / Клиническая практика"}});
  b.row(153, {{42, "2"}, {64, "Practica de specialitate"}, {345, "6"}, {402, "8"}});
  b.row(161, {{64, "Производственная практика"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Protecția mediului Охрана окружающей среды");
}

// The Spanish `Curso` names the course (Central and South America): `CÓDIGO | CURSO | NOTA` is a
// header, the code column its codes; also when the text layer glued the two labels set tight
// against each other into one word (`CÓDIGOCURSO`).
TEST(TablePageColumns, SpanishCursoNamesTheCourse) {
  for (bool glued : {false, true}) {
  PageBuilder b(7);
  if (glued)
    b.row(100, {{48, "CÓDIGOCURSO"}, {258, "NOTA"}, {292, "EN LETRAS"}, {390, "CRÉD."}, {414, "FECHA"}, {462, "CICLO"}});
  else
    b.row(100, {{48, "CÓDIGO"}, {78, "CURSO"}, {258, "NOTA"}, {292, "EN LETRAS"}, {390, "CRÉD."}, {414, "FECHA"}, {462, "CICLO"}});
  const char* rows[][4] = {{"001", "Matemática I", "72", "SETENTA Y DOS"}, {"002", "Química General I", "69", "SESENTA Y NUEVE"},
                           {"011", "Matemática II", "76", "SETENTA Y SEIS"}};
  for (int i = 0; i < 3; ++i)
    b.row(112 + 10 * i, {{48, rows[i][0]}, {78, rows[i][1]}, {276, rows[i][2]}, {292, rows[i][3]}, {402, "5"},
                         {414, "03/06/2016"}, {462, "1er. Sem. 2016"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u) << glued;
  ASSERT_EQ(r.tables[0].rows.size(), 3u) << glued;
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "001") << glued;
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Matemática II");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "5");
  }
}

// A label with nothing printed under it owns the figures set right of it, past its end: right-
// aligned credits overhanging "Credits" are its column, not a column of their own (S110, round 14
// LT: four rows on a page made such a band, and the page's rows were no records).
TEST(TablePageColumns, FiguresPastTheirLabelsEndAreItsColumn) {
  PageBuilder b;
  b.row(100, {{30, "No."}, {60, "Title"}, {330, "Credits"}, {400, "Grade"}});
  b.row(114, {{30, "1."}, {60, "General Chemistry"}, {367, "6"}, {400, "10"}});
  b.row(128, {{30, "2."}, {60, "Foreign Language"}, {367, "6"}, {400, "9"}});
  b.row(142, {{30, "3."}, {60, "Professional Ethics"}, {367, "6"}, {400, "7"}});
  b.row(156, {{30, "4."}, {60, "Biostatistics"}, {367, "3"}, {400, "8"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& rows = r.tables[0].rows;
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].fields.credits, "6");
  EXPECT_EQ(rows[3].fields.credits, "3");
  EXPECT_EQ(rows[3].fields.grade, "8");
}

}  // namespace
}  // namespace cc
