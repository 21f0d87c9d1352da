// Word heights on scans: OCR boxes hug the ink, a text layer's span the font. The table reader
// measures spaces in word heights, so OCR lines are given their font's height first (font_boxes.h).
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "extractors/tables/font_boxes.h"
#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// A word as Tesseract boxes it: from its ink's top to its ink's bottom. `cap` is the height of a
// capital or a figure; `descends`/`accent` add what a p or an Í adds.
Word ink(const std::string& text, double x, double width, double baseline, int line, double cap = 6.0,
         bool descends = false, bool accent = false) {
  const double top = baseline - cap - (accent ? 1.6 : 0), bottom = baseline + (descends ? 1.8 : 0);
  return {text, {x, top, x + width, bottom}, 0.95f, line};
}

TEST(ScanWordHeights, AnOcrLineTakesItsFontsHeight) {
  std::vector<Word> words = {ink("83", 503, 8, 100, 0), ink("período:", 343, 26, 100, 0, 6.0, true, true),
                             ink("B", 543, 4, 100, 0)};
  grow_to_font_boxes(words);
  // From 1.25 capitals above the baseline to 0.15 below; a word reaching further keeps its ink.
  EXPECT_NEAR(words[0].box.y0, 100 - 7.5, 1e-9);
  EXPECT_NEAR(words[1].box.y0, 100 - 7.6, 1e-9);
  EXPECT_NEAR(words[2].box.y0, 100 - 7.5, 1e-9);
  EXPECT_NEAR(words[0].box.y1, 100.9, 1e-9);
  EXPECT_NEAR(words[1].box.y1, 101.8, 1e-9);
  // Boxes Tesseract already gave the whole line's height are left as they are.
  std::vector<Word> tall = {{"Clave", {49, 90, 68, 103}, 0.9f, 1}, {"Lit", {540, 90, 548, 103}, 0.9f, 1}};
  grow_to_font_boxes(tall);
  EXPECT_DOUBLE_EQ(tall[1].box.y0, 90);
  EXPECT_DOUBLE_EQ(tall[1].box.y1, 103);
}

// Rows of code, title, credits, marks and letter grade, printed without a header, with a line of
// the term's credits and indices under every term ("Créditos del período: 17   Índice ..."). On the
// scan its word spaces measured more than 0.6 of the ink height of its line, so it cut into six
// cells, counted among the table's rows and closed the gutters between marks and grades.
TEST(ScanWordHeights, ATermsSummaryLineDoesNotInkTheGutters) {
  PageText page;
  page.number = 1;
  page.width_pt = 612;
  page.height_pt = 792;
  page.source = TextSource::ocr;
  int line = 0;
  double y = 100;
  const std::vector<std::vector<std::string>> courses = {
      {"BQM-301", "Bioquímica", "General", "4", "83", "B"}, {"BIO-251", "Microbiología", "General", "4", "82", "B"},
      {"BIO-261", "Genética", "Humana", "3", "79", "C"},    {"BIO-271", "Embriología", "Básica", "2", "86", "B"},
      {"INF-101", "Informática", "Básica", "2", "84", "B"}};
  for (int term = 0; term < 3; ++term) {
    for (const auto& c : courses) {
      page.words.push_back(ink(c[0], 50, 26, y, line));
      page.words.push_back(ink(c[1], 112, 40, y, line, 6.0, false, true));
      page.words.push_back(ink(c[2], 154, 26, y, line));
      page.words.push_back(ink(c[3], 469, 4, y, line));
      page.words.push_back(ink(c[4], 503, 8, y, line));
      page.words.push_back(ink(c[5], 543, 4, y, line));
      ++line;
      y += 10;
    }
    // Word spaces of 1.8 pt; 4.4 pt around the figures (a colon and a space in the font).
    double x = 303;
    for (const auto& [w, width, gap] : std::vector<std::tuple<std::string, double, double>>{
             {"Créditos", 26, 1.8}, {"del", 10, 1.8}, {"período:", 26, 4.4}, {"17", 8, 4.4}, {"Índice", 19, 1.8},
             {"del", 10, 1.8}, {"período:", 26, 4.4}, {"2.71", 13, 4.4}, {"Índice", 19, 1.8}, {"acumulado:", 34, 4.4},
             {"2.72", 13, 0}}) {
      page.words.push_back(ink(w, x, width, y, line, 6.0, w == "período:", w == "Índice"));
      x += width + gap;
    }
    ++line;
    y += 16;
  }
  const TableReading r = read_tables({&page});
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"code", "title", "credits", "marks", "grade"}));
  EXPECT_EQ(r.tables[0].rows.size(), 15u);
}

}  // namespace
}  // namespace cc
