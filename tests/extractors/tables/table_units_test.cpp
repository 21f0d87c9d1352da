// Tests of the table reader on round 15's records made general (S113-S116): a semester column in
// roman numerals, a mark printed with its name beside a two-letter status, weekly hours printed as
// bare sums beside the credits, a section number padded with zeros on a fixed-pitch page, teaching
// units over the modules they average. Made-up titles and labels no vocabulary knows; word boxes
// built in code (page_builder.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

int column_of(const ReadTable& t, ColumnRole role) {
  for (size_t k = 0; k < t.columns.size(); ++k)
    if (t.columns[k].role == role) return static_cast<int>(k);
  return -1;
}

// One table of a whole study: serial, title, semester in roman numerals, status (two letters),
// hours a week as bare sums, credits, the mark with its name, an examiner. Labels unknown.
PageBuilder whole_study_table() {
  PageBuilder b(7);
  b.row(100, {{44, "Qx"}, {64, "Zorvat plinta"}, {250, "Wq."}, {276, "Trv"}, {302, "K+L"}, {330, "Jmq"}, {350, "Vrelo"}, {452, "Ispod"}});
  const char* titles[] = {"Anatomir osnova", "Kemija plavog", "Stanica i tkivo", "Fizika mjerenja", "Brojevi i skupovi",
                          "Jezik prvi",      "Uvod u rad",    "Funkcija tijela", "Organska tvar",   "Biokemija opca",
                          "Mikrobi opci",    "Analiza tvari", "Jezik drugi",     "Klinika prva",    "Krv i stanice"};
  const char* romans[] = {"I", "I", "I", "I", "I", "II", "II", "II", "II", "II", "III", "III", "III", "III", "III"};
  const char* status[] = {"O", "O", "O", "I", "O", "O", "I", "O", "O", "O", "O", "I", "O", "O", "O"};
  const char* hours[] = {"3+2", "3+2", "2+2", "2+1", "2+2", "2+0", "1+1", "3+2", "2+2", "3+2", "2+2", "2+2", "2+0", "0+6", "3+2"};
  const char* credits[] = {"6", "6", "5", "4", "4", "3", "2", "6", "5", "6", "5", "5", "3", "6", "6"};
  const char* marks[] = {"8 (okto)", "7 (sep)", "10 (dek)", "9 (nov)", "9 (nov)", "9 (nov)", "7 (sep)", "7 (sep)",
                         "9 (nov)",  "8 (okto)", "8 (okto)", "8 (okto)", "8 (okto)", "9 (nov)", "7 (sep)"};
  const char* examiners[] = {"Prof. dr. Ana Kos", "Doc. dr. Ivo Bel", "Prof. dr. Ana Kos", "Doc. dr. Eda Mur", "Prof. dr. Zan Pol"};
  for (int i = 0; i < 15; ++i)
    b.row(112 + 11.5 * i, {{48, std::to_string(i + 1) + "."}, {64, titles[i]}, {254, romans[i]}, {280, status[i]}, {304, hours[i]},
                           {333, credits[i]}, {350, marks[i]}, {452, examiners[i % 5]}});
  return b;
}

// S113: the semester counted in roman numerals down the table (I I I II II ...) is the row's term.
TEST(TableUnits, SemesterInRomanNumeralsIsTheTerm) {
  const PageBuilder b = whole_study_table();
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  const int term = column_of(t, ColumnRole::term);
  ASSERT_GE(term, 0);
  EXPECT_EQ(t.columns[static_cast<size_t>(term)].label, "Wq.");
}

// S113: a mark printed with its name (`8 (okto)`) is the grade, not the two letters beside it.
TEST(TableUnits, MarkWithItsNameIsTheGradeBesideATwoLetterStatus) {
  const PageBuilder b = whole_study_table();
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 15u);
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "8 (okto)");
  EXPECT_EQ(r.tables[0].rows[6].fields.grade, "7 (sep)");
}

// S114: hours a week as bare sums (`3+2`) are the load; the whole numbers beside are the credits.
TEST(TableUnits, BareSumsOfHoursBesideWholeCreditsAreTheLoad) {
  const PageBuilder b = whole_study_table();
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 15u);
  EXPECT_EQ(t.rows[0].fields.credits, "6");
  EXPECT_EQ(t.rows[13].fields.credits, "6");
  const int hours = column_of(t, ColumnRole::contact_hours);
  ASSERT_GE(hours, 0);
  EXPECT_EQ(t.columns[static_cast<size_t>(hours)].label, "K+L");
}

// Bare sums with no other column of whole numbers stay the credits in parts (`3+1`).
TEST(TableUnits, BareSumsAloneAreTheCredits) {
  PageBuilder b(7);
  b.row(100, {{44, "Qx"}, {100, "Zorvat"}, {300, "Krl"}, {340, "Vrl"}});
  const char* rows[][3] = {{"ZOO 101", "Animal forms", "3+1"}, {"BOT 102", "Plant forms", "2+1"},
                           {"CHM 103", "Matter and change", "3+1"}, {"PHY 104", "Forces", "2+0"}};
  for (int i = 0; i < 4; ++i) b.row(112 + 11.5 * i, {{44, rows[i][0]}, {100, rows[i][1]}, {302, rows[i][2]}, {342, "B+"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "3+1");
}

// S115: on a fixed-pitch registrar page, a section number padded with zeros (`002`) between the
// code and the title is no credits; the small numbers after the title are.
TEST(TableUnits, ZeroPaddedSectionNumberIsNoCredits) {
  PageBuilder b(8.4, true);
  const double ch = 0.6 * 8.4;
  const char* rows[][5] = {{"QXRT 4011", "002", "VARIA CLINICA I", "4", "B"},  {"QXRT 4021", "001", "SANGRE Y COAG", "4", "A"},
                           {"QXRT 4031", "003", "MICROS CLINICA I", "4", "A"}, {"QXRT 4041", "002", "DEFENSA Y SUERO", "3", "A"},
                           {"QXRT 4051", "002", "ORINA Y FLUIDOS", "2", "B"},  {"QXRT 4061", "001", "GESTION DE LAB", "1", "A"}};
  for (int i = 0; i < 6; ++i)
    b.row(120 + 11 * i, {{46, rows[i][0]}, {46 + 11 * ch, rows[i][1]}, {46 + 16 * ch, rows[i][2]}, {46 + 43 * ch, rows[i][3]},
                         {46 + 47 * ch, rows[i][4]}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 6u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "4");
  EXPECT_EQ(r.tables[0].rows[3].fields.credits, "3");
}

// S116: units carrying credits and their mark, each over modules carrying a weight and a mark but
// no credits (a resit's mark in a column of its own): the units are the records, the modules parts.
TEST(TableUnits, ModulesWithMarksUnderAUnitWithCreditsArePartsOfIt) {
  PageBuilder b(7);
  b.row(100, {{44, "Qx"}, {100, "Zorvat"}, {330, "Wgt"}, {380, "Krl"}, {410, "Vrl"}, {460, "Rpt"}, {500, "Res"}});
  struct Line {
    const char* code;
    const char* title;
    const char* weight;
    const char* credits;
    const char* mark;
    const char* resit;
  };
  const Line lines[] = {{"UA 11", "Forms of life", "Wt 6", "12", "16,38/20", ""}, {"K1B11", "Cells", "3", "", "14,75", ""},
                        {"K1B12", "Molecules", "3", "", "18,00", ""},            {"UA 12", "Matter", "Wt 3", "9", "12,00/20", ""},
                        {"K1C11", "Atoms and bonds", "2", "", "8,00", "12,00"}, {"K1C12", "Heat", "1", "", "12,00", ""},
                        {"UA 13", "Numbers", "Wt 2", "6", "19,00/20", ""},      {"K1M11", "Analysis", "2", "", "19,00", ""}};
  double y = 112;
  for (const Line& l : lines) {
    const bool unit = l.credits[0] != '\0';
    b.row(y, {{44, l.code}, {unit ? 100.0 : 108.0, l.title}, {340, l.weight}, {385, l.credits}, {414, l.mark}, {462, l.resit},
              {502, unit ? "ADM" : ""}});
    y += 12;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const ReadTable& t = r.tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].fields.code, "UA 11");
  EXPECT_EQ(t.rows[0].fields.credits, "12");
  EXPECT_EQ(t.rows[1].fields.code, "UA 12");
  EXPECT_EQ(t.rows[2].fields.credits, "6");
}

// A module's mark and its resit read into one cell (no label told their columns apart): both are
// the module's marks, and the unit over it averages them.
TEST(TableUnits, MarkAndResitInOneCellAreBothThePartsMarks) {
  PageBuilder b(7);
  b.row(100, {{44, "Qx"}, {100, "Zorvat"}, {330, "Wgt"}, {380, "Krl"}, {410, "Vrl"}, {500, "Res"}});
  const char* lines[][5] = {{"UA 21", "Living forms", "Wt 6", "12", "11,88/20"}, {"K2B21", "Animals", "3", "", "13,00"},
                            {"K2B22", "Plants", "3", "", "10,75"},              {"UA 22", "Forces", "Wt 2", "6", "12,00/20"},
                            {"K2P21", "Mechanics", "2", "", "8,00 12,00"},      {"UA 23", "Words", "Wt 1", "3", "15,75/20"},
                            {"K2A21", "Speaking", "1", "", "15,75"}};
  double y = 112;
  for (const auto& l : lines) {
    const bool unit = l[3][0] != '\0';
    b.row(y, {{44, l[0]}, {unit ? 100.0 : 108.0, l[1]}, {340, l[2]}, {385, l[3]}, {414, l[4]}, {502, unit ? "ADM" : ""}});
    y += 12;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.code, "UA 22");
}

// Rows with no credits whose marks the row above them does not average stay records of their own.
TEST(TableUnits, RowsWithoutCreditsThatNoUnitAveragesStayRecords) {
  PageBuilder b(7);
  b.row(100, {{44, "Qx"}, {100, "Zorvat"}, {380, "Krl"}, {410, "Vrl"}});
  const char* rows[][4] = {{"BIO 101", "Cells", "4", "15,00"},   {"BIO 102", "Tissues", "", "9,00"},
                           {"CHE 101", "Atoms", "3", "11,00"},   {"CHE 102", "Bonds", "", "16,00"},
                           {"MAT 101", "Numbers", "2", "12,00"}, {"MAT 102", "Shapes", "", "14,00"}};
  for (int i = 0; i < 6; ++i) b.row(112 + 12 * i, {{44, rows[i][0]}, {100, rows[i][1]}, {385, rows[i][2]}, {414, rows[i][3]}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 6u);
}

}  // namespace
}  // namespace cc
