// Tests of the table reader on headers in other languages and bilingual headers, and of a table
// printing two credit measures: word boxes built in code (page_builder.h).
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/header_vocabulary.h"
#include "extractors/tables/line_kinds.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// A Spanish header with no English word: Código | Asignatura | Créditos | Nota | Nota en letras.
TEST(TableLanguages, SpanishHeaderIsATable) {
  PageBuilder b;
  b.row(100, {{50, "Código"}, {110, "Asignatura"}, {330, "Créditos"}, {390, "Nota"}, {430, "Nota en letras"}});
  b.row(114, {{50, "410101"}, {110, "Química General"}, {345, "4"}, {392, "4.1"}, {430, "Cuatro punto uno"}});
  b.row(128, {{50, "410102"}, {110, "Biología General"}, {345, "3"}, {392, "3.7"}, {430, "Tres punto siete"}});
  b.row(142, {{50, "410103"}, {110, "Bioestadística"}, {345, "3"}, {392, "4.4"}, {430, "Cuatro punto cuatro"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "grade", "remark"}));
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "3");
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "3.7");
}

// A bilingual header: the Polish line over its English translation is one header; each stacked
// cell keeps the role of its first phrase ("Liczba godzin" over "Hours" is contact hours, not
// credits), and the English line starts no table of its own.
TEST(TableLanguages, TranslatedHeaderLineJoinsTheHeaderAbove) {
  PageBuilder b(7);
  b.row(100, {{50, "Lp."}, {74, "Nazwa przedmiotu"}, {388, "ECTS"}, {420, "Liczba godzin"}, {523, "Ocena"}});
  b.row(109.5, {{74, "Course unit title"}, {434, "Hours"}, {525, "Grade"}});
  b.row(130, {{50, "1."}, {74, "Anatomia"}, {395, "4"}, {440, "60"}, {523, "dobry (4.0)"}});
  b.row(152, {{50, "2."}, {74, "Fizjologia"}, {395, "3"}, {440, "45"}, {523, "dobry (4.0)"}});
  b.row(174, {{50, "3."}, {74, "Socjologia"}, {395, "2"}, {440, "30"}, {523, "dostateczny (3.0)"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"serial", "title", "credits", "contact_hours", "grade"}));
  EXPECT_EQ(r.tables[0].columns[3].label, "Liczba godzin Hours");
}

// Sub-columns under a grouped label stay cells of their own: "Marks" over "Theory  Practical".
TEST(TableLanguages, SeveralLabelsUnderOneAreNoTranslation) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {110, "Title"}, {300, "Credits"}, {380, "Marks"}});
  b.row(110, {{350, "Theory"}, {420, "Practical"}});
  b.row(126, {{50, "BIO 101"}, {110, "Human Anatomy"}, {305, "3"}, {355, "45"}, {425, "30"}});
  b.row(140, {{50, "BIO 102"}, {110, "Physiology"}, {305, "3"}, {355, "50"}, {425, "28"}});
  b.row(154, {{50, "CHM 101"}, {110, "Chemistry"}, {305, "4"}, {355, "41"}, {425, "33"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_GE(r.tables[0].columns.size(), 5u);
}

// Cr.Hr and ECTS printed side by side: the credits are the credit hours, whichever comes first.
TEST(TableLanguages, CreditHoursWinOverEcts) {
  for (bool ects_first : {false, true}) {
    PageBuilder b;
    const double hx = ects_first ? 340 : 300, ex = ects_first ? 300 : 340;
    b.row(100, {{50, "Course Title"}, {220, "Course No."}, {hx, "Cr.Hr"}, {ex, "ECTS"}, {380, "Grade"}});
    b.row(114, {{50, "General Chemistry"}, {220, "Chem 1011"}, {hx + 5, "3"}, {ex + 5, "5"}, {382, "A"}});
    b.row(128, {{50, "Human Anatomy"}, {220, "Anat 1022"}, {hx + 5, "4"}, {ex + 5, "7"}, {382, "B+"}});
    b.row(142, {{50, "Civic Education"}, {220, "CvEt 1012"}, {hx + 5, "2"}, {ex + 5, "3"}, {382, "A-"}});
    const TableReading r = read_tables({&b.page()});
    ASSERT_EQ(r.tables.size(), 1u) << ects_first;
    ASSERT_EQ(r.tables[0].rows.size(), 3u) << ects_first;
    EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4") << ects_first;
  }
}

// National credits beside ECTS: a Turkish "K | AKTS" header (Kredi, and the ECTS in Turkish) gives
// the national credits, as "Cr.Hr | ECTS" gives the hours; "Not" is the grade.
TEST(TableLanguages, NationalCreditsWinOverAkts) {
  PageBuilder b;
  b.row(100, {{30, "Ders Kodu"}, {90, "Ders Adı"}, {300, "K"}, {330, "AKTS"}, {370, "Not"}});
  b.row(114, {{30, "TLB 101"}, {90, "Anatomi"}, {301, "4"}, {335, "6"}, {372, "DC"}});
  b.row(128, {{30, "TLB 103"}, {90, "Genel Kimya"}, {301, "3"}, {335, "5"}, {372, "CB"}});
  b.row(142, {{30, "TLB 105"}, {90, "Genel Biyoloji"}, {301, "2"}, {335, "2"}, {372, "BB"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "credits", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "3");
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "CB");
}

// A column headed "No." (its "Course" on the line above not read with it) holding course codes is
// the code column of a table that has none.
TEST(TableLanguages, SerialColumnOfCodesIsTheCode) {
  PageBuilder b;
  b.row(100, {{50, "Course Title"}, {220, "No."}, {300, "Cr.Hr"}, {380, "Grade"}});
  b.row(114, {{50, "General Chemistry"}, {220, "Chem 1011"}, {305, "3"}, {382, "A"}});
  b.row(128, {{50, "Human Anatomy"}, {220, "Anat 1022"}, {305, "4"}, {382, "B+"}});
  b.row(142, {{50, "Civic Education"}, {220, "CvEt 1012"}, {305, "2"}, {382, "A-"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0])[1], "code");
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "Chem 1011");
}

// Titles printed in two languages under a two-language header: the English line is the title,
// whichever of the two lines it is.
TEST(TableLanguages, TwoLanguageTitleGivesTheEnglishLine) {
  for (bool english_below : {true, false}) {
    PageBuilder b(7);
    const std::string upper = english_below ? "Nazwa przedmiotu" : "Course unit title";
    const std::string lower = english_below ? "Course unit title" : "Nazwa przedmiotu";
    b.row(100, {{50, "Lp."}, {74, upper}, {388, "ECTS"}, {523, english_below ? "Ocena" : "Grade"}});
    b.row(109.5, {{74, lower}, {525, english_below ? "Grade" : "Ocena"}});
    const std::pair<std::string, std::string> titles[] = {{"Anatomia", "Anatomy"}, {"Fizjologia", "Physiology"}, {"Socjologia", "Sociology"}};
    double y = 130;
    int n = 1;
    for (const auto& [polish, english] : titles) {
      b.row(y, {{50, std::to_string(n++) + "."}, {74, english_below ? polish : english}, {395, "4"}, {523, "4.0"}});
      b.row(y + 8.5, {{74, english_below ? english : polish}});
      y += 22;
    }
    const TableReading r = read_tables({&b.page()});
    ASSERT_EQ(r.tables.size(), 1u) << english_below;
    ASSERT_EQ(r.tables[0].rows.size(), 3u) << english_below;
    EXPECT_EQ(r.tables[0].rows[0].fields.title, "Anatomy") << english_below;
    EXPECT_EQ(r.tables[0].rows[2].fields.title, "Sociology") << english_below;
  }
}

// Labels printed in two languages with a slash between them, on one line (`Fan nomi / Subject`) or
// over two (`Soat /` over `Hours`): the unknown language translates the known phrase, not an
// unknown column. `№` heads the serial numbers; hours beside credits are contact hours; the
// English line of each title is the title; `Jami / Total` is the table's total, no course.
TEST(TableLanguages, SlashLabelsInTwoLanguages) {
  PageBuilder b(7);
  b.row(100, {{40, "\u2116"}, {60, "Fan nomi / Subject"}, {300, "Soat /"}, {350, "Kredit /"}, {400, "Ball"}, {450, "Baho / Grade"}});
  b.row(109.5, {{300, "Hours"}, {350, "Credits"}, {400, "(100)"}});
  const std::pair<std::string, std::string> titles[] = {{"Umumiy kimyo", "General Chemistry"}, {"Odam anatomiyasi", "Human Anatomy"}, {"Falsafa", "Philosophy"}};
  double y = 130;
  int n = 1;
  for (const auto& [uzbek, english] : titles) {
    b.row(y, {{42, std::to_string(n)}, {60, uzbek}, {302, "144"}, {355, "4"}, {402, std::to_string(60 + 7 * n)}, {452, "4 (yaxshi / good)"}});
    ++n;
    b.row(y + 8.5, {{60, english}});
    y += 22;
  }
  b.row(y, {{60, "Jami / Total"}, {302, "432"}, {355, "12"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"serial", "title", "contact_hours", "credits", "marks", "grade"}));
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "General Chemistry");
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Philosophy");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4");
  ASSERT_EQ(r.tables[0].summaries.size(), 1u);
  EXPECT_EQ(r.tables[0].summaries[0].kind, "total");
}

// Labels in two languages on one line where both are known phrases (`Emnenavn / Course title`,
// `Karakter / Grade`, Norwegian and Dutch words in the vocabulary): each pair names one column, not
// two columns over one column of values; the English phrase's role stands.
TEST(TableLanguages, SlashLabelsBothKnownNameOneColumn) {
  PageBuilder b(7);
  b.row(100, {{40, "Semester"}, {100, "Emnekode"}, {170, "Emnenavn / Course title"}, {360, "Karakter / Grade"}, {460, "Studiepoeng"}});
  const char* titles[] = {"Cellebiologi og genetikk", "Generell kjemi", "Hematologi"};
  double y = 120;
  int n = 1;
  for (const char* title : titles) {
    b.row(y, {{40, "2015 Høst"}, {100, "BIO110" + std::to_string(n++)}, {170, title}, {380, "B"}, {470, "10,0"}});
    y += 14;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"term", "code", "title", "grade", "credits"}));
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Hematologi");
  EXPECT_EQ(r.tables[0].rows[2].fields.grade, "B");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "10,0");
}

// A French relevé: `Unité d'enseignement | Matière` (teaching units made of subjects: the first title
// column groups the rows of the second, a remark, not a table beside), `Coefficient` (a mark's
// weight in the average, no credits), `Crédits acquis` (credits earned) over two lines.
TEST(TableLanguages, TeachingUnitsOverSubjectsAndACoefficient) {
  PageBuilder b(7);
  b.row(100, {{40, "Unité"}, {110, "Matière"}, {330, "Crédits"}, {370, "Coefficient"}, {420, "Note /20"}, {470, "Crédits"}, {510, "Session"}});
  b.row(109.5, {{30, "d'enseignement"}, {474, "acquis"}});
  b.row(130, {{36, "UEF 1.1 (Fondamentale)"}});
  b.row(140, {{116, "Chimie générale"}, {334, "6"}, {385, "3"}, {424, "15,75"}, {476, "6"}, {512, "Normale"}});
  b.row(150, {{116, "Biologie cellulaire"}, {334, "8"}, {385, "4"}, {424, "12,50"}, {476, "8"}, {512, "Normale"}});
  b.row(162, {{36, "UEM 1.1 (Méthodologique)"}});
  b.row(172, {{116, "Informatique"}, {334, "4"}, {385, "2"}, {424, "17,00"}, {476, "4"}, {512, "Normale"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto roles = roles_of(r.tables[0]);
  ASSERT_EQ(roles.size(), 7u);
  EXPECT_EQ(roles[0], "remark");
  EXPECT_EQ(roles[1], "title");
  EXPECT_EQ(roles[3], "remark");
  EXPECT_EQ(roles[5], "credits");
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Chimie générale");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "8");
  EXPECT_EQ(r.tables[0].rows[2].fields.grade, "17,00");
}

// One language: a title wrapped onto a second line is still one title.
TEST(TableLanguages, OneLanguageTitleStillWraps) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {110, "Course Title"}, {330, "Credits"}, {390, "Grade"}});
  b.row(114, {{50, "BIO 101"}, {110, "Introduction to Human"}, {335, "3"}, {392, "A"}});
  b.row(123.5, {{110, "Anatomy and Physiology"}});
  b.row(140, {{50, "BIO 102"}, {110, "Microbiology"}, {335, "3"}, {392, "B"}});
  b.row(154, {{50, "CHM 101"}, {110, "Chemistry"}, {335, "4"}, {392, "A"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Introduction to Human Anatomy and Physiology");
}

// A header word the vocabulary holds exactly wins over a near one read as an OCR error: "Subjects"
// is the title, not the code's "Subject" with one letter more (which would repeat the code column
// and cut the header into two tables, neither valid).
TEST(TableLanguages, ExactHeaderWordBeatsANearOne) {
  PageBuilder b;
  b.row(100, {{36, "S.N."}, {60, "Subject"}, {119, "Subjects"}, {320, "Full Marks"}, {400, "Marks Obtained"}});
  b.row(110, {{60, "Code"}});
  b.row(126, {{38, "1"}, {60, "BMLT 101"}, {119, "Human Anatomy and Physiology"}, {325, "100"}, {410, "61"}});
  b.row(140, {{38, "2"}, {60, "BMLT 102"}, {119, "Basic Biochemistry"}, {325, "100"}, {410, "72"}});
  b.row(154, {{38, "3"}, {60, "BMLT 103"}, {119, "Basic Microbiology"}, {325, "100"}, {410, "58"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"serial", "code", "title", "max_marks", "marks"}));
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "BMLT 101");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Human Anatomy and Physiology");
}

// A registrar page in a monospace font: "SUBJ NO." is a code in two columns, "CRED" the credits,
// values with three decimals ("4.000") are numbers.
TEST(TableLanguages, RegistrarPageWithThreeDecimals) {
  PageBuilder b(8, true);
  b.row(100, {{40, "SUBJ"}, {80, "NO."}, {118, "COURSE TITLE"}, {345, "CRED"}, {390, "GRD"}, {450, "PTS"}, {480, "R"}});
  b.row(111, {{40, "BIOL"}, {80, "1406"}, {118, "BIOLOGY FOR SCIENCE MAJORS I"}, {345, "4.000"}, {390, "B+"}, {440, "13.200"}});
  b.row(122, {{40, "CHEM"}, {80, "1411"}, {118, "GENERAL CHEMISTRY I"}, {345, "4.000"}, {390, "A-"}, {440, "14.800"}});
  b.row(133, {{40, "MATH"}, {80, "1314"}, {118, "COLLEGE ALGEBRA"}, {345, "3.000"}, {390, "A"}, {440, "12.000"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "BIOL 1406");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "BIOLOGY FOR SCIENCE MAJORS I");
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "4.000");
  EXPECT_EQ(credit_value("4.000"), 4.0);
  EXPECT_EQ(type_of_cell("13.200"), CellType::decimal);
  EXPECT_EQ(type_of_cell("1,000"), CellType::other);  // thousands, not a decimal
}

// A term printed after a label naming it ("Term: Fall 2021") is a section, not a note; a field
// printed after a term on its line is no part of the term.
TEST(TableLanguages, TermLabelsAndFieldsAfterTheTerm) {
  EXPECT_TRUE(is_section_line("Term: Fall 2021"));
  EXPECT_FALSE(summary_kind("Term: Fall 2021").has_value());
  EXPECT_EQ(summary_kind("Term: grades are final"), std::optional<std::string>("note"));
  EXPECT_EQ(section_text("Term: Fall 2021"), "Fall 2021");
  EXPECT_EQ(section_text("First Year   Symbol No.: 6277015 Examination held in 2072 B.S. (2015 A.D.)"), "First Year");
  EXPECT_EQ(section_text("Semester III (Examination: May 2018)"), "Semester III (Examination: May 2018)");
  EXPECT_EQ(section_text("FIRST YEAR - ACADEMIC YEAR 2017/2018"), "FIRST YEAR - ACADEMIC YEAR 2017/2018");
}

// Tables side by side whose headers begin with a serial number: the second "No." belongs to the
// second table, so the gutter falls before it.
TEST(TableLanguages, SideBySideHeadersStartingWithASerial) {
  PageBuilder b;
  b.row(100, {{30, "No."}, {50, "Code"}, {100, "Course title"}, {240, "Credits"}, {280, "Grade"},
              {330, "No."}, {350, "Code"}, {400, "Course title"}, {540, "Credits"}, {580, "Grade"}});
  const char* left[][3] = {{"TRI1011", "Philosophy", "3"}, {"NNA1012", "English 1", "3"}, {"HOA1021", "Chemistry", "3"}};
  const char* right[][3] = {{"KTC1012", "Economy", "2"}, {"NNA1022", "English 2", "3"}, {"HOA1032", "Organic Chemistry", "4"}};
  for (int i = 0; i < 3; ++i)
    b.row(114 + 14 * i, {{31, std::to_string(i + 1)}, {50, left[i][0]}, {100, left[i][1]}, {245, left[i][2]}, {282, "B"},
                         {331, std::to_string(i + 1)}, {350, right[i][0]}, {400, right[i][1]}, {545, right[i][2]}, {582, "A"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_EQ(roles_of(r.tables[1]).front(), "serial");
  EXPECT_EQ(roles_of(r.tables[0]).back(), "grade");
  ASSERT_EQ(r.tables[1].rows.size(), 3u);
  EXPECT_EQ(r.tables[1].rows[2].fields.code, "HOA1032");
  EXPECT_EQ(r.tables[1].rows[2].fields.credits, "4");
}

// Titles in two scripts with no two-language header: when most titles are two lines, the first
// with letters outside ASCII and the second without, the second is the title. Titles that only
// sometimes wrap are left whole.
TEST(TableLanguages, TitlesInTwoScriptsGiveTheAsciiLine) {
  PageBuilder b;
  b.row(100, {{30, "No."}, {50, "Code"}, {100, "Course title"}, {300, "Credits"}, {350, "Grade"}});
  const std::pair<std::string, std::string> titles[] = {
      {"Triết học", "Philosophy"}, {"Hóa học đại cương", "General Chemistry"}, {"Sinh lý học", "Human Physiology"}};
  double y = 114;
  int n = 0;
  for (const auto& [national, english] : titles) {
    b.row(y, {{31, std::to_string(++n)}, {50, "HOA10" + std::to_string(n) + "1"}, {100, national}, {305, "3"}, {352, "B"}});
    b.row(y + 9.5, {{100, english}});
    y += 24;
  }
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "General Chemistry");

  PageBuilder one;
  one.row(100, {{50, "Code"}, {100, "Asignatura"}, {300, "Créditos"}, {350, "Nota"}});
  one.row(114, {{50, "410101"}, {100, "Lectura y Escritura Académica"}, {305, "3"}, {352, "4.1"}});
  one.row(123.5, {{100, "Avanzada"}});
  one.row(140, {{50, "410102"}, {100, "Química General"}, {305, "4"}, {352, "3.7"}});
  one.row(154, {{50, "410103"}, {100, "Biología"}, {305, "4"}, {352, "3.9"}});
  const TableReading w = read_tables({&one.page()});
  ASSERT_EQ(w.tables.size(), 1u);
  ASSERT_EQ(w.tables[0].rows.size(), 3u);
  EXPECT_EQ(w.tables[0].rows[0].fields.title, "Lectura y Escritura Académica Avanzada");
}

// A header's English line that the vocabulary mostly knows ("Weight" is no header word) still joins
// the national line above it, whether that line reads as a header on its own or not (its "Nilai"
// and "Bobot" set at word spacing read as one unknown label); the titles, national over English
// in the same letters, then give the English line.
TEST(TableLanguages, MostlyKnownEnglishHeaderLineJoinsTheLineAbove) {
  for (double weight_x : {420.0, 398.0}) {
    PageBuilder b(7);
    b.row(100, {{40, "No"}, {56, "Kode"}, {110, "Mata Kuliah"}, {330, "SKS"}, {370, "Nilai"}, {weight_x, "Bobot"}});
    b.row(109.5, {{56, "Code"}, {110, "Course"}, {330, "Credits"}, {370, "Grade"}, {weight_x, "Weight"}});
    const std::pair<std::string, std::string> titles[] = {
        {"Kimia Dasar", "Basic Chemistry"}, {"Hematologi I", "Hematology I"}, {"Mikrobiologi Dasar", "Basic Microbiology"}};
    double y = 130;
    int n = 1;
    for (const auto& [national, english] : titles) {
      b.row(y, {{40, std::to_string(n)}, {56, "TLM110" + std::to_string(n)}, {110, national}, {333, "3"}, {372, "AB"}, {weight_x + 2, "3.5"}});
      b.row(y + 8.5, {{110, english}});
      y += 22;
      ++n;
    }
    const TableReading r = read_tables({&b.page()});
    ASSERT_EQ(r.tables.size(), 1u) << weight_x;
    ASSERT_EQ(r.tables[0].rows.size(), 3u) << weight_x;
    EXPECT_EQ(r.tables[0].columns[2].label, "Mata Kuliah Course") << weight_x;
    EXPECT_EQ(r.tables[0].rows[0].fields.title, "Basic Chemistry") << weight_x;
    EXPECT_EQ(r.tables[0].rows[2].fields.title, "Basic Microbiology") << weight_x;
    EXPECT_EQ(r.tables[0].rows[1].fields.credits, "3") << weight_x;
  }
}

// A marks statement printing a subject on a line of its own (serial, name, result) and its marks
// on lettered sub-rows under it: one course per subject, its marks the sums of its parts; a
// subject with marks on its own line stays as it is.
TEST(TableLanguages, LetteredSubRowsArePartsOfTheSubjectAbove) {
  PageBuilder b;
  b.row(100, {{40, "Sr."}, {80, "Subject"}, {300, "Maximum Marks"}, {380, "Marks Obtained"}, {470, "Result"}});
  b.row(114, {{40, "1."}, {80, "English"}, {310, "100"}, {390, "78"}, {470, "Distinction"}});
  b.row(128, {{40, "2."}, {80, "Physics"}, {470, "Distinction"}});
  b.row(142, {{95, "(a) Written"}, {310, "100"}, {390, "91"}});
  b.row(156, {{95, "(b) Practical/Oral"}, {313, "50"}, {390, "48"}});
  b.row(170, {{40, "3."}, {80, "Mathematics"}, {310, "100"}, {390, "86"}, {470, "Distinction"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  const TableRecord& physics = r.tables[0].rows[1];
  EXPECT_EQ(physics.fields.title, "Physics");
  EXPECT_EQ(physics.fields.marks, "139");
  for (size_t k = 0; k < r.tables[0].columns.size(); ++k) {
    if (r.tables[0].columns[k].role == ColumnRole::max_marks) {
      EXPECT_EQ(physics.cells[k].text, "150");
    }
  }
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Mathematics");
  EXPECT_EQ(r.tables[0].rows[2].fields.marks, "86");
}

// A Portuguese header: "CH" (carga horária) is the hours, "Créd." the credits; with them known
// the header reads, "Período" left to its content (a Mexican "Período" holds dates, no term).
TEST(TableLanguages, PortugueseHoursAndCreditsColumns) {
  PageBuilder b;
  b.row(100, {{40, "Período"}, {85, "Código"}, {130, "Disciplina"}, {330, "CH"}, {360, "Créd."}, {400, "Nota"}, {440, "Situação"}});
  b.row(114, {{40, "2016/1"}, {85, "ENF101"}, {130, "Anatomia Humana"}, {331, "90"}, {365, "6"}, {402, "7,6"}, {440, "AP"}});
  b.row(128, {{85, "ENF102"}, {130, "Bioquímica"}, {331, "60"}, {365, "4"}, {402, "7,7"}, {440, "AP"}});
  b.row(142, {{40, "2016/2"}, {85, "ENF103"}, {130, "Fisiologia Humana"}, {331, "90"}, {365, "6"}, {402, "6,9"}, {440, "AP"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto roles = roles_of(r.tables[0]);
  ASSERT_EQ(roles.size(), 7u);
  EXPECT_EQ(std::vector<std::string>(roles.begin() + 1, roles.end()),
            (std::vector<std::string>{"code", "title", "contact_hours", "credits", "grade", "remark"}));
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "4");
  EXPECT_EQ(r.tables[0].rows[1].fields.code, "ENF102");
}

// A label of two lines centred in height on a header of one line ("Carga" above and "Horária"
// below the line of the other labels: a table cell centred vertically) is that column's label.
TEST(TableLanguages, LabelCentredOnAOneLineHeader) {
  PageBuilder b;
  b.row(100, {{378, "Carga"}});
  b.row(105, {{60, "Disciplinas"}, {310, "Regime"}, {440, "Classificação"}, {520, "Por extenso"}});
  b.row(110, {{372, "Horária"}});
  b.row(130, {{60, "Anatomia Humana"}, {315, "Anual"}, {380, "180"}, {445, "14"}, {520, "Catorze"}});
  b.row(145, {{60, "Química Geral"}, {315, "Anual"}, {380, "150"}, {445, "15"}, {520, "Quinze"}});
  b.row(160, {{60, "Biologia Celular"}, {315, "Anual"}, {380, "120"}, {445, "16"}, {520, "Dezasseis"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  const auto& columns = r.tables[0].columns;
  const auto hours = std::find_if(columns.begin(), columns.end(), [](const TableColumn& c) { return c.label == "Carga Horária"; });
  ASSERT_NE(hours, columns.end());
  EXPECT_EQ(hours->role, ColumnRole::credits);  // a lone hours column is the table's credits
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "180");
  EXPECT_EQ(r.tables[0].rows[0].fields.grade, "14");
}

// S140: `CA` (continuous assessment) names a part of the marks: a header whose measures straddle
// its one line (`Credit`/`Value`, `CA`/`/30`, `Exam`/`/70`, `Total`/`/100` over and under `Course
// Code  Course Title  Grade  GP`) names its credits column, so a term of 12-credit courses does not
// read its credits as points.
TEST(TableLanguages, ContinuousAssessmentLabelsAPartOfTheMarks) {
  PageBuilder b(7);
  b.row(204.75, {{302, "Credit"}, {344, "CA"}, {374, "Exam"}, {411.5, "Total"}});
  b.row(209.75, {{43.8, "Course Code"}, {93, "Course Title / Intitulé"}, {445, "Grade"}, {481, "GP"}, {519, "Remark"}});
  b.row(213.75, {{302.7, "Value"}, {343, "/30"}, {377, "/70"}, {412, "/100"}});
  b.row(228.9, {{37, "SIN221"}, {93, "Medical-Surgical Nursing II"}, {307, "12"}, {344, "18"}, {378, "39"}, {415, "57"}, {450, "C+"}, {480, "2.5"}, {526, "CV"}});
  b.row(240.9, {{37, "SIN222"}, {93, "Community Health Nursing"}, {309, "6"}, {344, "20"}, {378, "47"}, {415, "67"}, {452, "B"}, {480, "3.0"}, {526, "CV"}});
  b.row(252.9, {{37, "SIN223"}, {93, "Clinical Practice II"}, {307, "12"}, {344, "18"}, {378, "41"}, {415, "59"}, {450, "C+"}, {480, "2.5"}, {526, "CV"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.credits, "12");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "6");
  const auto& columns = r.tables[0].columns;
  const auto credits = std::find_if(columns.begin(), columns.end(), [](const TableColumn& c) { return c.label == "Credit Value"; });
  ASSERT_NE(credits, columns.end());
  EXPECT_EQ(credits->role, ColumnRole::credits);
}

// A header line whose labels are single words with no gap at word spacing between any two of
// them: two labels over neighbouring columns ("Código" over codes, "Asignatura" over titles) stand
// within the 1.5 line heights a phrase allows (OCR boxes hug the ink) but are no phrase ("código
// asignatura" is one in the vocabulary): the codes keep their column and the titles theirs.
TEST(TableLanguages, OneWordLabelsAColumnApartAreNoPhrase) {
  PageBuilder b;
  b.row(100, {{40, "No"}, {60, "Código"}, {104, "Asignatura"}, {300, "Créditos"}, {350, "Nota"}});
  b.row(114, {{40, "1"}, {60, "BIOL101"}, {104, "Biología General"}, {310, "5"}, {352, "86"}});
  b.row(128, {{40, "2"}, {60, "QUIM101"}, {104, "Química General I"}, {310, "5"}, {352, "79"}});
  b.row(142, {{40, "3"}, {60, "MATE101"}, {104, "Matemática General"}, {310, "4"}, {352, "77"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "BIOL101");
  EXPECT_EQ(r.tables[0].rows[0].fields.title, "Biología General");
  EXPECT_EQ(r.tables[0].rows[2].fields.credits, "4");
}

}  // namespace

// A numbered caption (`2. Vorda Informa Kelta`) whose lines under it are numbered under its number
// (`2.1 ...`, `2.2 ...`) heads a section of a form, not a term: the courses of the table further
// down have no term from it (S93, h2).
TEST(TableLanguages, NumberedFormSectionIsNoTerm) {
  PageBuilder b;
  b.row(100, {{50, "2. Vorda Informa Kelta"}});
  b.row(114, {{60, "2.1 Vardas"}, {300, "KOTRYNA"}});
  b.row(128, {{60, "2.2 Pavarde"}, {300, "NAVICKAITE"}});
  b.row(150, {{50, "No."}, {90, "Course Title"}, {340, "Credits"}, {400, "Grade"}});
  const char* english[] = {"General Chemistry", "Philosophy", "Biochemistry", "Haematology"};
  double y = 164;
  for (int i = 0; i < 4; ++i, y += 14)
    b.row(y, {{50, std::to_string(i + 1) + "."}, {90, english[i]}, {350, "6"}, {400, "9"}});
  const TableReading r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].term, "");
  EXPECT_EQ(r.tables[0].rows[3].term, "");
}

}  // namespace cc
