// Headers on scans (S153, S154): what OCR makes of a tight two-line header that a text layer
// reads word by word. Built from the boxes OCR gave a Norwegian record's scan (round 18).
#include <gtest/gtest.h>

#include <string>
#include <tuple>
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

// Two semesters side by side under one line of labels printed twice; OCR read a rule's remnant
// between two labels as `—_` on the left copy and `—` on the right one, so the copies' words
// differ though their letters do not (S155). Passed over, the cut came from the terms' totals
// lines printed under each table (`Total Credit Hours: 15 SGPA: 3.27` ... `3.25`), the middle of
// the white after the left one's short line: inside the left table, between `Cr.` and `Hrs.`
// (round 18's Nepali scan), and the left table lost its grades to the right one.
TEST(TableScanHeaders, LabelsRepeatedAlongALineWithDifferentMarks) {
  // The header line as OCR boxed it on the scan.
  const std::vector<std::tuple<std::string, double, double>> header = {
      {"S.N.", 35.3, 48.3},    {"Course", 60.0, 83.1},   {"Code", 85.2, 102.0},   {"Course", 111.1, 134.2}, {"Title", 136.1, 151.2},
      {"Cr.", 295.7, 305.8},   {"Hrs.", 308.1, 321.9},   {"Grade", 338.6, 359.3}, {"—_", 364.0, 369.9},     {"Grade", 371.0, 389.5},
      {"Point", 391.2, 407.1}, {"S.N.", 438.2, 451.2},   {"Course", 462.9, 486.0}, {"Code", 488.1, 505.0},  {"Course", 514.1, 537.1},
      {"Title", 539.0, 554.2}, {"Cr.", 698.6, 708.7},   {"Hrs.", 711.1, 724.8},   {"Grade", 741.6, 762.3}, {"—", 766.0, 771.2},
      {"Grade", 774.0, 792.5}, {"Point", 794.1, 810.0}};
  PageBuilder b(7);
  const char* left[][4] = {{"MIC 111", "Introductory Microbiology", "3", "B+"}, {"CHE 112", "General Chemistry", "3", "B"},
                           {"ZOO 113", "Zoology", "3", "B+"}, {"ENG 101", "Communicative English", "3", "A-"}};
  const char* right[][4] = {{"MIC 121", "Microbial Diversity", "3", "A-"}, {"CHE 122", "Organic Chemistry", "3", "B+"},
                            {"BOT 123", "Botany", "3", "B"}, {"MTH 124", "Mathematics", "3", "B-"}};
  for (int i = 0; i < 4; ++i)
    b.row(210 + 12 * i, {{40, std::to_string(i + 1)}, {60, left[i][0]}, {111, left[i][1]}, {310, left[i][2]}, {345, left[i][3]},
                         {385, "3.3"}, {444, std::to_string(i + 1)}, {463, right[i][0]}, {514, right[i][1]}, {711, right[i][2]},
                         {748, right[i][3]}, {788, "3.7"}});
  b.row(262, {{60, "Total Credit Hours: 15 SGPA: 3.27"}, {463, "Total Credit Hours: 15 SGPA: 3.25"}});
  b.row(180, {{40, "First Semester (Year of Exam: 2072 B.S. / 2016 A.D.)"}, {444, "Second Semester (Year of Exam: 2073 B.S. / 2016 A.D.)"}});
  PageText page = b.page();
  page.width_pt = 842;
  page.height_pt = 595;
  page.source = TextSource::ocr;
  for (auto& w : page.words) {
    w.confidence = 0.9f;
    w.line += 1;
  }
  for (const auto& [text, x0, x1] : header) page.words.push_back(ocr(text, x0, 195.7, x1, 203.2, 0));
  const TableReading r = read_tables({&page});
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_EQ(roles_of(r.tables[0]), (std::vector<std::string>{"serial", "code", "title", "credits", "grade", "points"}));
  ASSERT_EQ(r.tables[0].rows.size(), 4u);
  ASSERT_EQ(r.tables[1].rows.size(), 4u);
  EXPECT_EQ(r.tables[0].rows[1].fields.code, "CHE 112");
  EXPECT_EQ(r.tables[0].rows[1].fields.credits, "3");
  EXPECT_EQ(r.tables[0].rows[1].fields.grade, "B");
  EXPECT_EQ(r.tables[1].rows[3].fields.code, "MTH 124");
  EXPECT_EQ(r.tables[1].rows[3].fields.credits, "3");
}

}  // namespace
}  // namespace cc
