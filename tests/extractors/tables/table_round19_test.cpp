// Unit tests of the rules round 19's first sight taught (task q1): a code may hold any capital of
// the Latin script (S171); a few titles printed over their English translation keep the English
// line, though most titles print none (S173). Made-up codes and titles.
#include <gtest/gtest.h>

#include <iterator>
#include <set>

#include "extractors/tables/cell_types.h"
#include "extractors/tables/table_reader.h"
#include "extractors/tables/table_rows.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

TEST(TableRound19, CodesHoldAnyCapitalOfTheLatinScript) {
  for (const char* code : {"LÍF102G", "STÆ104G", "EÐL101G", "ÖRV402G", "ÞRÓ210M", "ČEŠ201", "ŁAB3A01"})
    EXPECT_TRUE(is_capitals_and_digits_code(code)) << code;
  EXPECT_EQ(type_of_cell("TÖL203G"), CellType::code);
  // Small letters with diacritics, or the multiplication sign, are no capitals.
  EXPECT_FALSE(is_capitals_and_digits_code("líf102g"));
  EXPECT_FALSE(is_capitals_and_digits_code("AB×12"));
  EXPECT_NE(type_of_cell("Tölfræði"), CellType::code);
}

// Twenty-odd titles on one line, a few with their English under them: each such second line would
// have fitted on its first, is plain ASCII under letters outside it, and reads as English.
TEST(TableRound19, AFewTitlesOverTheirTranslationKeepTheEnglishLine) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {120, "Course Title"}, {420, "Credits"}, {470, "Grade"}});
  const std::vector<std::pair<std::string, std::string>> titles = {
      {"Álmur grænn", ""}, {"Þétt efnarýni", "General Chemistry"}, {"Stærð ólík hæð", ""},
      {"Fræði lífs og jarðar í hafinu", ""}, {"Sýklafræði", "Microbiology"}, {"Rúmfræði", ""}, {"Ætt og kyn", ""}};
  double y = 116;
  int n = 0;
  for (const auto& [title, english] : titles) {
    b.row(y, {{50, "ÁBC" + std::to_string(101 + n++) + "G"}, {120, title}, {425, "8"}, {475, "7,5"}});
    if (!english.empty()) b.row(y + 9, {{120, english}});
    y += english.empty() ? 13 : 22;
  }
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  std::vector<std::string> got;
  for (const auto& row : r.tables[0].rows) got.push_back(row.fields.title);
  EXPECT_EQ(got, (std::vector<std::string>{"Álmur grænn", "General Chemistry", "Stærð ólík hæð", "Fræði lífs og jarðar í hafinu",
                                           "Microbiology", "Rúmfræði", "Ætt og kyn"}));
}

// A title that wrapped (its next word would not have fitted within the widest title line) keeps
// both lines, whatever their letters.
TEST(TableRound19, AWrappedTitleIsNoTranslation) {
  PageBuilder b;
  b.row(100, {{50, "Code"}, {120, "Course Title"}, {420, "Credits"}, {470, "Grade"}});
  b.row(116, {{50, "ÁBC101G"}, {120, "Fræði lífs og jarðar í hafinu"}, {425, "8"}, {475, "7,5"}});
  b.row(129, {{50, "ÁBC102G"}, {120, "Fræði lífs og jarðar í hafinu"}, {425, "8"}, {475, "7,5"}});
  b.row(138, {{120, "Microbiology"}});
  b.row(151, {{50, "ÁBC103G"}, {120, "Rúmfræði"}, {425, "6"}, {475, "6,0"}});
  b.row(164, {{50, "ÁBC104G"}, {120, "Ætt og kyn"}, {425, "6"}, {475, "6,0"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_GE(r.tables[0].rows.size(), 2u);
  EXPECT_EQ(r.tables[0].rows[1].fields.title, "Fræði lífs og jarðar í hafinu Microbiology");
}

// Two labels of one role joined by a slash (`Cours / Module`: `Cours` read as `course` within a
// letter, `Module` a code's label too) name one column (S175): the titles under them stay whole,
// not cut at their first word space into a remark and a title.
TEST(TableRound19, TwoLabelsOfOneRoleJoinedBySlashAreOneColumn) {
  for (const char* first : {"Cours", "Course"}) {
    PageBuilder b;
    b.row(100, {{50, "Code"}, {120, std::string(first) + " / Module"}, {395, "ECTS"}, {440, "Note"}});
    b.row(114, {{50, "XQRT-1-1"}, {120, "Biochimie générale"}, {405, "5"}, {440, "16,0"}});
    b.row(127, {{50, "XQRT-1-2"}, {120, "Anatomie et physiologie humaines"}, {405, "5"}, {440, "11,5"}});
    b.row(140, {{50, "XQRT-1-3"}, {120, "Chemie für medizinische Analysen"}, {405, "4"}, {440, "12,5"}});
    b.row(153, {{50, "XQRT-1-4"}, {120, "Hématologie I"}, {405, "5"}, {440, "13,5"}});
    b.row(166, {{50, "XQRT-1-5"}, {120, "Mikrobiologie I"}, {405, "5"}, {440, "10,0"}});
    const auto r = read_tables({&b.page()});
    ASSERT_EQ(r.tables.size(), 1u) << first;
    std::vector<std::string> got;
    for (const auto& row : r.tables[0].rows) got.push_back(row.fields.title);
    EXPECT_EQ(got, (std::vector<std::string>{"Biochimie générale", "Anatomie et physiologie humaines", "Chemie für medizinische Analysen",
                                             "Hématologie I", "Mikrobiologie I"}))
        << first;
  }
}

// A code's word ending a longer label is its complement (S185): `Élément de module`, `Unité du
// cours` name one column of titles, not a remark column and a code column cutting every title at
// its first word space. Also in two tables printed side by side on one page.
TEST(TableRound19, ACodeWordEndingALongerLabelIsOneColumn) {
  for (const char* label : {"Élément de module", "Unité du cours"}) {
    for (bool beside : {false, true}) {
      PageBuilder b;
      auto header = [&](double x) {
        return std::vector<std::pair<double, std::string>>{{x, "Code"}, {x + 50, label}, {x + 220, "Crédits"}, {x + 265, "Note"}};
      };
      auto line = header(30);
      if (beside)
        for (auto& c : header(430)) line.push_back(c);
      b.row(100, line);
      const char* titles[] = {"Zoologie appliquée", "Chimie des solutions", "Outils statistiques", "Géologie marine"};
      for (int k = 0; k < 4; ++k) {
        std::vector<std::pair<double, std::string>> row = {{30, "XQB" + std::to_string(111 + k)}, {80, titles[k]}, {255, "6"}, {295, "13.50"}};
        if (beside)
          for (auto c : std::vector<std::pair<double, std::string>>{{430, "XQC" + std::to_string(121 + k)}, {480, titles[3 - k]}, {655, "4"}, {695, "12.75"}})
            row.push_back(c);
        b.row(114 + 14 * k, row);
      }
      const auto r = read_tables({&b.page()});
      ASSERT_EQ(r.tables.size(), beside ? 2u : 1u) << label << beside;
      for (const auto& t : r.tables) {
        ASSERT_EQ(t.rows.size(), 4u) << label << beside;
        std::set<std::string> got;
        for (const auto& row : t.rows) got.insert(row.fields.title);
        EXPECT_EQ(got, (std::set<std::string>(std::begin(titles), std::end(titles)))) << label << beside;
      }
    }
  }
}

// ... but a capital begins a label of its own: `Classification  Course No.  Course Title` at word
// spacing are three columns, the classification, the code and the title.
TEST(TableRound19, ACapitalBeginsALabelOfItsOwn) {
  PageBuilder b;
  b.row(100, {{30, "Classification Course No. Course Title"}, {330, "Credit"}, {360, "Grade"}});
  const char* rows[][3] = {{"Gen. Req.", "QEN1001", "Written Expression I"}, {"Gen. Req.", "QHE1001", "Chemistry of Solids"},
                           {"Major Req.", "QLS1001", "Laboratory Methods I"}, {"Gen. Elec.", "QEN1031", "Field Service"}};
  for (int k = 0; k < 4; ++k) b.row(114 + 12 * k, {{30, rows[k][0]}, {88, rows[k][1]}, {130, rows[k][2]}, {335, "3"}, {362, "B+"}});
  const auto r = read_tables({&b.page()});
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[0].fields.code, "QEN1001");
  EXPECT_EQ(r.tables[0].rows[2].fields.title, "Laboratory Methods I");
}

// A banner printed across the page over the rows (S186): `QXV INSTITUTE OF LABWORK OFFICIAL COPY
// ·` said again and again on one line of a larger size, reaching into the rows above and below
// it. Its words are set aside before rows are built; the rows' words, and a header said twice over
// two tables side by side (clear of the lines around it), stay.
TEST(TableRound19, ABannerRepeatedOverTheRowsIsNoRowsWords) {
  PageBuilder b(6.4);
  const std::vector<std::pair<double, std::string>> header = {{30, "Subj"}, {60, "No."}, {90, "Course Title"}, {220, "Grade"}, {250, "Cr Hrs"},
                                                              {310, "Subj"}, {340, "No."}, {370, "Course Title"}, {500, "Grade"}, {530, "Cr Hrs"}};
  b.row(100, header);
  const char* rows[][4] = {{"ZOOL", "121", "GEN ZOOLOGY I", "4.00"}, {"CHEM", "131", "GEN CHEMISTRY I", "4.00"},
                           {"MATH", "140", "FINITE ALGEBRA", "3.00"}, {"ENGL", "119", "WRITING I", "3.00"},
                           {"LABS", "101", "INTRO TO LAB WORK", "2.00"}};
  for (int k = 0; k < 5; ++k)
    b.row(112 + 9.5 * k, {{30, rows[k][0]}, {60, rows[k][1]}, {90, rows[k][2]}, {222, "B"}, {254, rows[k][3]}});
  const size_t table_words = b.page().words.size();
  // Over the rows of MATH and ENGL (140.5 and 150): 8.45 high, from 145.45 to 153.9, in words set
  // at 4.9 points a letter from the left margin past the table's right edge.
  double x = 20;
  const char* phrase[] = {"QXV", "INSTITUTE", "OF", "LABWORK", "OFFICIAL", "COPY", "·"};
  for (int k = 0; k < 14; ++k) {
    const std::string w = phrase[k % 7];
    const double width = 4.9 * static_cast<double>(w == "·" ? 1 : w.size());
    b.word(w, {x, 145.45, x + width, 153.9});
    x += width + 2;
  }
  std::vector<const Word*> words;
  for (const Word& w : b.page().words) words.push_back(&w);
  const auto strays = set_aside_strays(words, true);
  EXPECT_EQ(strays.size(), 14u);
  for (const Word* w : strays) EXPECT_GE(w - b.page().words.data(), static_cast<long>(table_words)) << w->text;
  EXPECT_EQ(words.size(), table_words);
}

// Round 20 PH (after seeing it): a header said twice over two panels side by side, its `FINAL` /
// `GRADE` label stacked over and under the line between two of its labels, reaches into the lines
// above and below it too; but nothing is printed under its words, so it is no banner (S186 as
// narrowed) and stays the tables' header. Fails with the overprint check taken out.
TEST(TableRound19, AHeaderSaidTwiceWithStackedLabelsIsNoBanner) {
  PageBuilder b(6.4);
  std::vector<std::pair<double, std::string>> header;
  for (double panel : {0.0, 280.0})
    for (const auto& [x, label] : std::vector<std::pair<double, std::string>>{
             {30, "COURSE NO."}, {80, "DESCRIPTIVE TITLE"}, {180, "RE-EX"}, {215, "CREDIT"}})
      header.emplace_back(panel + x, label);
  b.row(100, header);
  for (double panel : {0.0, 280.0}) {
    b.word("FINAL", {panel + 150, 96.6, panel + 166.5, 101.2});  // into the header line from above
    b.word("GRADE", {panel + 149, 105.0, panel + 167.5, 109.6});  // and from below
  }
  const size_t header_words = 12;
  std::vector<const Word*> words;
  for (const Word& w : b.page().words) words.push_back(&w);
  const auto strays = set_aside_strays(words, true);
  for (const Word* w : strays) EXPECT_GE(w - b.page().words.data(), static_cast<long>(header_words)) << w->text;
  EXPECT_EQ(words.size(), b.page().words.size() - strays.size());
  EXPECT_GE(words.size(), header_words);
}

}  // namespace
}  // namespace cc
