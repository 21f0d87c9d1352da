// Text-layer judgement and line ordering, without any PDF.
#include <gtest/gtest.h>

#include <cmath>

#include "pipeline/reader/text_layer.h"

namespace cc {
namespace {

Word word(const std::string& text, double x0, double y0, double x1, double y1) {
  Word w;
  w.text = text;
  w.box = {x0, y0, x1, y1};
  return w;
}

std::vector<Word> page_of_words(int lines, int per_line, double top, double step) {
  std::vector<Word> words;
  for (int l = 0; l < lines; ++l)
    for (int k = 0; k < per_line; ++k)
      words.push_back(word("Chemistry", 50 + k * 60, top + l * step, 100 + k * 60, top + l * step + 10));
  return words;
}

TEST(ReadableFraction, CountsLatinTextAsReadable) {
  EXPECT_DOUBLE_EQ(readable_fraction("Clinical Chemistry 1.75"), 1.0);
  EXPECT_DOUBLE_EQ(readable_fraction("Universidad de Peñafrancia – Año"), 1.0);
  EXPECT_LT(readable_fraction("\x19\x12\x01\x02"), 0.1);                   // control codes (Type 3 without ToUnicode)
  EXPECT_LT(readable_fraction("\xe4\xb4\x80\xe7\x94\x80\xe6\xb0\x80"), 0.1);  // shifted code points in CJK
  EXPECT_LT(readable_fraction("\xee\x80\x81\xee\x80\x82"), 0.1);            // private use area
  EXPECT_LT(readable_fraction("\xff\xfe"), 0.1);                            // invalid UTF-8
}

TEST(ReadableFraction, OtherAlphabetsAreReadableText) {
  // A Ukrainian diploma supplement's text layer was judged garbled (54% readable) and read by the
  // English OCR model into "Ojiekcahp" for "Олександр".
  EXPECT_DOUBLE_EQ(readable_fraction("ДОДАТОК ДО ДИПЛОМА / DIPLOMA SUPPLEMENT Олександр"), 1.0);
  EXPECT_DOUBLE_EQ(readable_fraction("Trường Đại học Y Dược — Cử nhân Kỹ thuật Xét nghiệm"), 1.0);
  EXPECT_DOUBLE_EQ(readable_fraction("جامعة الخرطوم Πανεπιστήμιο"), 1.0);
}

TEST(JudgeTextLayer, DenseLatinTextIsUsable) {
  auto j = judge_text_layer(page_of_words(10, 4, 72, 60), 612, 792);
  EXPECT_EQ(j.verdict, TextLayerVerdict::usable);
}

TEST(JudgeTextLayer, HeaderLineOnlyIsSparse) {
  auto j = judge_text_layer(page_of_words(1, 6, 20, 10), 612, 792);
  EXPECT_EQ(j.verdict, TextLayerVerdict::sparse);
}

TEST(JudgeTextLayer, ManyWordsInOneBandAreStillSparse) {
  // 40 words, but all in the top tenth of the page: a stamped header block over a scan.
  auto j = judge_text_layer(page_of_words(4, 10, 20, 12), 612, 792);
  EXPECT_EQ(j.verdict, TextLayerVerdict::sparse);
}

TEST(JudgeTextLayer, UnmappedGlyphsAreGarbled) {
  auto words = page_of_words(10, 4, 72, 60);
  for (auto& w : words) w.text = "\xe4\xb4\x80\xe7\x94\x80";
  auto j = judge_text_layer(words, 612, 792);
  EXPECT_EQ(j.verdict, TextLayerVerdict::garbled);
  EXPECT_NE(j.reason.find("readable"), std::string::npos);
}

TEST(JudgeTextLayer, NoWordsIsEmpty) { EXPECT_EQ(judge_text_layer({}, 612, 792).verdict, TextLayerVerdict::empty); }

TEST(OrderIntoLines, GroupsByVerticalOverlapAndSortsLeftToRight) {
  std::vector<Word> words = {word("Units", 400, 100, 430, 110), word("Course", 50, 101, 90, 111),
                             word("4", 400, 130, 405, 140), word("CHEM", 50, 129, 80, 139),
                             word("Title", 150, 100.5, 180, 110.5), word("11", 85, 130, 95, 140)};
  auto ordered = order_into_lines(words);
  ASSERT_EQ(ordered.size(), 6u);
  std::vector<std::string> texts;
  for (const auto& w : ordered) texts.push_back(w.text + "@" + std::to_string(w.line));
  EXPECT_EQ(texts, (std::vector<std::string>{"Course@0", "Title@0", "Units@0", "CHEM@1", "11@1", "4@1"}));
}

TEST(OrderIntoLines, SealLettersDoNotChainTheLinesTogether) {
  // Twelve lines of text 12 pt apart, and the letters of a round seal (radius 60) across them:
  // every letter overlaps some line, and a line band grown by each would swallow the next line.
  std::vector<Word> words;
  for (int l = 0; l < 12; ++l) {
    const double y = 100 + 12 * l;
    words.push_back(word("Course" + std::to_string(l), 50, y, 100, y + 10));
    words.push_back(word("Grade" + std::to_string(l), 400, y, 440, y + 10));
  }
  for (int k = 0; k < 72; ++k) {
    const double a = 2 * 3.14159265 * k / 72, x = 250 + 60 * std::cos(a), y = 166 + 60 * std::sin(a);
    words.push_back(word(std::string(1, static_cast<char>('A' + k % 26)), x, y - 5, x + 6, y + 5));
  }
  const auto ordered = order_into_lines(words);
  for (int l = 0; l < 12; ++l) {
    int course = -1, grade = -1;
    for (const auto& w : ordered) {
      if (w.text == "Course" + std::to_string(l)) course = w.line;
      if (w.text == "Grade" + std::to_string(l)) grade = w.line;
      if (w.text == "Course" + std::to_string(l + 1)) {
        EXPECT_NE(w.line, course) << l;  // lines stay apart
      }
    }
    EXPECT_EQ(course, grade) << l;
  }
}

TEST(OrderIntoLines, SidewaysTextReadsInItsOwnFrame) {
  // Text turned 90 degrees clockwise: it reads top to bottom, lines stack right to left.
  std::vector<Word> words = {word("Chemistry", 500, 160, 512, 220), word("General", 500, 100, 512, 150),
                             word("Zoology", 480, 100, 492, 150)};
  auto ordered = order_into_lines(words, {1, 1, 1});
  ASSERT_EQ(ordered.size(), 3u);
  EXPECT_EQ(ordered[0].text, "General");
  EXPECT_EQ(ordered[1].text, "Chemistry");
  EXPECT_EQ(ordered[0].line, 0);
  EXPECT_EQ(ordered[2].text, "Zoology");
  EXPECT_EQ(ordered[2].line, 1);
}

TEST(InkOutsideBoxes, IgnoresInkUnderTextBoxes) {
  std::vector<unsigned char> img(100 * 100, 255);
  for (int y = 10; y < 20; ++y)
    for (int x = 10; x < 50; ++x) img[static_cast<size_t>(y * 100 + x)] = 0;  // 400 dark pixels
  GrayView view{img.data(), 100, 100, 100};
  EXPECT_NEAR(ink_outside_boxes(view, {}, 1.0, 0), 0.04, 1e-9);
  EXPECT_NEAR(ink_outside_boxes(view, {Box{10, 10, 50, 20}}, 1.0, 0), 0.0, 1e-9);
  EXPECT_NEAR(ink_outside_boxes(view, {Box{5, 5, 25, 10}}, 2.0, 0), 0.0, 1e-9);  // points -> pixels
}

}  // namespace
}  // namespace cc
