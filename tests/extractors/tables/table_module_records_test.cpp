// Tests of the table reader on round 14's records made general: a header printed in two languages
// on two lines, cell under cell, whose labels name different roles (German `LP`, Polish `Lp.`, over
// `Credits`); modules numbered within their group (`M 1.1`) in the numbers' column; examination
// parts under each module whose names hold their length (`Klausur 90 min`); a name the vocabulary
// reads wrongly before any value column (Spanish `Curso`, the year of study). Word boxes built in
// code (page_builder.h).
#include <gtest/gtest.h>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// The header's second line in smaller type, the same labels in English.
void english_line(PageBuilder& b, double y, const std::vector<std::pair<double, std::string>>& cells) {
  const double size = 5.7;
  for (const auto& [x0, text] : cells) {
    double x = x0;
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      const std::string w = text.substr(start, end - start);
      b.word(w, {x, y, x + 0.5 * size * static_cast<double>(w.size()), y + size});
      x += 0.5 * size * static_cast<double>(w.size()) + 0.28 * size;
      start = end + 1;
    }
  }
}

const TableColumn* column_labelled(const ReadTable& t, const std::string& start) {
  for (const auto& c : t.columns)
    if (c.label.rfind(start, 0) == 0) return &c;
  return nullptr;
}

// `Nr. | Modul / Prüfung | Semester | Versuch | LP | Note` over `No. | Module / Examination | Term |
// Attempt | Credits | Grade`: one header, its credits `LP Credits` (the English label names the
// role); the modules' numbers are their codes, each module a record with its credits.
TEST(TableModuleRecords, HeaderInTwoLanguagesOnTwoLinesIsOneHeader) {
  PageBuilder b(7);
  b.row(100, {{44, "Nr."}, {78, "Modul / Prüfung"}, {312, "Semester"}, {374, "Versuch"}, {430, "LP"}, {462, "Note"}, {514, "Status"}});
  english_line(b, 109.7, {{44, "No."}, {78, "Module / Examination"}, {312, "Term"}, {374, "Attempt"}, {430, "Credits"}, {462, "Grade"}, {514, "Status"}});
  const char* modules[][3] = {{"1.1", "Allgemeine und anorganische Chemie", "7,5"}, {"1.2", "Zellbiologie und Histologie", "5"},
                              {"1.3", "Mathematik und Statistik", "5"}, {"1.4", "Physik für Analytik", "10"}};
  double y = 124;
  for (const auto& m : modules) {
    b.row(y, {{44, std::string("M ") + m[0]}, {78, m[1]}, {312, "WiSe 2013/14"}, {440, m[2]}, {462, "2,0"}, {514, "BE"}});
    b.row(y + 11.5, {{90, "PL Klausur 90 min"}, {312, "WiSe 2013/14"}, {380, "1"}, {462, "2,0"}, {514, "BE"}});
    b.row(y + 21.5, {{90, "SL Laborpraktikum"}, {312, "WiSe 2013/14"}, {380, "1"}, {462, "bestanden"}, {514, "BE"}});
    y += 36;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const TableColumn* credits = column_labelled(r.tables[0], "LP");
  ASSERT_NE(credits, nullptr);
  EXPECT_EQ(credits->role, ColumnRole::credits);
  EXPECT_EQ(credits->label, "LP Credits");
  ASSERT_GE(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "M 1.1");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Allgemeine und anorganische Chemie");
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "7,5");
}

// A label stacked over its English translation whose roles differ (`LP` over `Credits`) names the
// English role, in a header whose every line the vocabulary knows.
TEST(TableModuleRecords, StackedTranslationNamesTheEnglishRole) {
  PageBuilder b(7);
  b.row(100, {{44, "Code"}, {100, "Title"}, {330, "LP"}, {380, "Grade"}});
  english_line(b, 109.7, {{330, "Credits"}});
  const char* rows[][3] = {{"BIO 101", "Cell Biology", "5"}, {"CHE 102", "General Chemistry", "7,5"}, {"MAT 103", "Statistics", "5"}};
  for (int i = 0; i < 3; ++i) b.row(124 + 11 * i, {{44, rows[i][0]}, {100, rows[i][1]}, {332, rows[i][2]}, {382, "1,7"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "7,5");
}

// `Código | Asignatura | Tipo | Curso | Créd. | Calificación`: `Curso` (a title's word in the
// Americas) before any value column is no table beside; one table, its credits and grades read.
TEST(TableModuleRecords, NameSeenAgainBeforeAnyValueIsNoTableBeside) {
  PageBuilder b(7);
  b.row(100, {{44, "Código"}, {84, "Asignatura"}, {280, "Tipo"}, {308, "Curso"}, {338, "Créd."}, {370, "Conv."}, {432, "Calificación"}});
  const char* rows[][4] = {{"803101", "Química general", "1", "9,0"}, {"803102", "Biología celular e histología", "1", "6,0"},
                           {"803201", "Bioquímica estructural", "2", "9,0"}, {"803202", "Química física", "2", "6,0"}};
  for (int i = 0; i < 4; ++i)
    b.row(112 + 12 * i, {{44, rows[i][0]}, {84, rows[i][1]}, {282, "FB"}, {318, rows[i][2]}, {351, rows[i][3]}, {370, "Ord. Jun 2015"},
                         {432, "NOTABLE 7,8"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Química general");
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "9,0");
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "NOTABLE 7,8");
}

}  // namespace
}  // namespace cc
