// Which pictures on a text-layer page are read by OCR, whether a reading is text, and how its
// words join the text layer's (pipeline/reader/pictured_text.h), without any PDF.
#include <gtest/gtest.h>

#include "pipeline/reader/pictured_text.h"

namespace cc {
namespace {

Word word(const std::string& text, double x0, double y0, double x1, double y1, float confidence = 1.0f, int line = 0) {
  Word w;
  w.text = text;
  w.box = {x0, y0, x1, y1};
  w.confidence = confidence;
  w.line = line;
  return w;
}

// A page of body text 11 pt high, in the upper part of an A4 page.
std::vector<Word> body_text() {
  std::vector<Word> words;
  for (int l = 0; l < 10; ++l)
    for (int k = 0; k < 6; ++k) words.push_back(word("Relevé", 40 + k * 80, 60 + l * 16, 100 + k * 80, 71 + l * 16));
  return words;
}

PlacedImage image(double x0, double y0, double x1, double y1) { return {{x0, y0, x1, y1}, 1254, 261}; }

TEST(PicturesToRead, ATablePastedBelowTheTextIsRead) {
  const auto regions = pictures_to_read({image(40, 300, 560, 410)}, body_text(), 595, 842);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_DOUBLE_EQ(regions[0].y0, 300);
}

TEST(PicturesToRead, ASealACrestOrAFaceIsTooNarrowForALineOfText) {
  // 72 pt square: under ten line heights (110 pt) wide.
  EXPECT_TRUE(pictures_to_read({image(450, 700, 522, 772)}, body_text(), 595, 842).empty());
}

TEST(PicturesToRead, ALineOfAnotherScriptDrawnAsAPictureIsUnderTwoLinesTall) {
  // A row's Arabic or Lao title drawn as a picture beside the English one: one line of text high.
  EXPECT_TRUE(pictures_to_read({image(40, 300, 400, 316)}, body_text(), 595, 842).empty());
}

TEST(PicturesToRead, APictureTheTextLayerCoversIsNotRead) {
  // A background under the page's text, or a scan with its own OCR layer.
  EXPECT_TRUE(pictures_to_read({image(0, 0, 595, 842)}, body_text(), 595, 842).empty());
}

TEST(PicturesToRead, TilesOfOnePictureAreReadTogetherAndClippedToThePage) {
  const auto regions = pictures_to_read({image(40, 300, 560, 360), image(40, 355, 560, 420), image(-20, 500, 700, 600)},
                                        body_text(), 595, 842);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_DOUBLE_EQ(regions[0].y0, 300);  // the two tiles, the larger region
  EXPECT_DOUBLE_EQ(regions[0].y1, 420);
  EXPECT_DOUBLE_EQ(regions[1].x0, 0);  // clipped to the page
  EXPECT_DOUBLE_EQ(regions[1].x1, 595);
}

TEST(PicturesToRead, APageReadsAtMostAFewPictures) {
  std::vector<PlacedImage> many;
  for (int k = 0; k < 10; ++k) many.push_back(image(40, 300 + k * 50, 560, 340 + k * 50));
  EXPECT_EQ(pictures_to_read(many, body_text(), 595, 842).size(), kMaxPicturesPerPage);
}

std::vector<Word> reading(int lines, float confidence) {
  std::vector<Word> words;
  for (int l = 0; l < lines; ++l)
    for (int k = 0; k < 4; ++k)
      words.push_back(word("ABM", 50 + k * 40, 300 + l * 14, 80 + k * 40, 310 + l * 14, confidence, l));
  return words;
}

TEST(JudgePictureReading, LinesReadWithConfidenceAreText) { EXPECT_TRUE(judge_picture_reading(reading(3, 0.9f)).text); }

TEST(JudgePictureReading, ASignatureOrAStampGivesNoTextLines) {
  EXPECT_FALSE(judge_picture_reading(reading(1, 0.9f)).text);
  EXPECT_FALSE(judge_picture_reading({}).text);
}

TEST(JudgePictureReading, LettersGuessedInAScriptNoModelReadsAreNotText) {
  const PictureVerdict v = judge_picture_reading(reading(3, 0.6f));
  EXPECT_FALSE(v.text);
  EXPECT_NE(v.reason.find("confidence"), std::string::npos);
}

TEST(PictureWordsToAdd, WordsPrintedOverThePictureAreNotReadTwiceAndOcrWordsAreMarkedByConfidence) {
  const std::vector<Word> layer = {word("SEMESTRE", 40, 290, 100, 301)};
  const auto added = picture_words_to_add({word("SEMESTRE", 41, 291, 99, 300, 0.97f), word("Chimie", 60, 320, 100, 330, 1.0f)}, layer);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].text, "Chimie");
  EXPECT_LT(added[0].confidence, 1.0f);  // a text layer's words have exactly 1
}

}  // namespace
}  // namespace cc
