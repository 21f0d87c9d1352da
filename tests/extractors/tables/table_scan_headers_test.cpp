// Headers on scans (S153, S154): what OCR makes of a tight two-line header that a text layer
// reads word by word. Built from the boxes OCR gave a Norwegian record's scan (round 18).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/tables/table_reader.h"
#include "tests/extractors/tables/page_builder.h"

namespace cc {
namespace {

// A word as Tesseract boxes it, around its ink (the reader grows it to its line's font box).
Word ocr(const std::string& text, double x0, double y0, double x1, double y1, int line) {
  return {text, {x0, y0, x1, y1}, 0.9f, line};
}

// `Karakter / Grade` and `Studiepoeng` stand so close on the page that OCR read `GradeStudiepoeng`,
// one word over two columns; the header's lower line (`Course code ... Credits  Remark`), its box
// grown to its font, touches the upper one. Read so, the lower line made a header of its own and no row was a record.
PageText norwegian_scan(bool glued) {
  PageText page;
  page.number = 1;
  page.width_pt = 595;
  page.height_pt = 842;
  page.source = TextSource::ocr;
  int line = 0;
  auto& w = page.words;
  w.push_back(ocr("Semester", 46, 190, 81, 197, line));
  w.push_back(ocr("Emnekode", 108, 190, 146, 197, line));
  w.push_back(ocr("Emnenavn", 176, 190, 213, 197, line));
  w.push_back(ocr("/", 216, 190, 218, 197, line));
  w.push_back(ocr("Course", 221, 190, 244, 197, line));
  w.push_back(ocr("title", 247, 190, 260, 197, line));
  w.push_back(ocr("Karakter", 386, 190, 422, 197, line));
  w.push_back(ocr("/", 421, 190, 425, 197, line));
  if (glued) {
    w.push_back(ocr("GradeStudiepoeng", 425, 190, 492, 197, line));
  } else {
    w.push_back(ocr("Grade", 425, 190, 444, 197, line));
    w.push_back(ocr("Studiepoeng", 448, 190, 492, 197, line));
  }
  w.push_back(ocr("Merknad", 502, 190, 534, 197, line));
  ++line;
  w.push_back(ocr("Course", 108, 196.5, 130, 206, line));
  w.push_back(ocr("code", 133, 196.5, 148, 206, line));
  w.push_back(ocr("Credits", 446, 196.5, 469, 206, line));
  w.push_back(ocr("Remark", 502, 196.5, 528, 206, line));
  const std::vector<std::vector<std::string>> rows = {
      {"2014", "Høst", "BIO1101", "Cellebiologi", "D", "10,0"}, {"2014", "Høst", "BIO1102", "Anatomi", "D", "10,0"},
      {"2015", "Vår", "BIO1104", "Biokjemi", "C", "7,5"},        {"2015", "Vår", "BIO1106", "Statistikk", "E", "5,0"},
      {"2015", "Høst", "BIO2100", "Hematologi", "B", "15,0"}};
  double y = 210;
  for (const auto& r : rows) {
    ++line;
    w.push_back(ocr(r[0], 46, y, 65, y + 7, line));
    w.push_back(ocr(r[1], 68, y, 85, y + 7, line));
    w.push_back(ocr(r[2], 108, y, 140, y + 7, line));
    w.push_back(ocr(r[3], 176, y, 176 + 4.5 * static_cast<double>(r[3].size()), y + 7, line));
    w.push_back(ocr(r[4], 387, y, 392, y + 7, line));
    w.push_back(ocr(r[5], 470, y, 486, y + 7, line));
    y += 24;
  }
  return page;
}

TEST(TableScanHeaders, LabelsGluedByOcrAreCutAtTheCapital) {
  for (bool glued : {false, true}) {
    const PageText page = norwegian_scan(glued);
    const TableReading r = read_tables({&page});
    ASSERT_EQ(r.tables.size(), 1u) << glued;
    const auto roles = roles_of(r.tables[0]);
    EXPECT_EQ(roles, (std::vector<std::string>{"term", "code", "title", "grade", "credits", "remark"})) << glued;
    ASSERT_EQ(r.tables[0].rows.size(), 5u) << glued;
    EXPECT_EQ(r.tables[0].rows[0].fields.code, "BIO1101") << glued;
    EXPECT_EQ(r.tables[0].rows[0].fields.grade, "D") << glued;
    EXPECT_EQ(r.tables[0].rows[4].fields.credits, "15,0") << glued;
  }
}

// A text layer's words are the producer's own: a word with a capital inside it is not cut there.
TEST(TableScanHeaders, TextLayerWordsAreNotCut) {
  PageText page = norwegian_scan(true);
  page.source = TextSource::text_layer;
  for (auto& w : page.words) w.confidence = 1.0f;
  const TableReading r = read_tables({&page});
  for (const auto& t : r.tables)
    for (const auto& c : t.columns) EXPECT_EQ(c.label.find("Studiepoeng Credits"), std::string::npos) << c.label;
}

}  // namespace
}  // namespace cc
