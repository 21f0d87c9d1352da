// Garbage read from pictures of letters beside well-read text (pipeline/reader/garbled_phrases.h):
// a Lao word Tesseract's English model turned into "Arnon" before "General Biology" goes; figures,
// a grade alone in its column, a badly read line of its own and a check box's word stay.
#include <gtest/gtest.h>

#include "pipeline/reader/garbled_phrases.h"

namespace cc {
namespace {

// A word on line `line`, 24 px tall, from x to x + w.
OcrWord word(const char* text, int x, int w, float confidence, int line = 1) {
  return OcrWord{text, x, 100, x + w, 124, confidence, line};
}

std::string texts(const std::vector<OcrWord>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

TEST(GarbledPhrases, DropsGarbageGluedBeforeATitleAndKeepsTheRowsData) {
  // serial | Lao picture read as "Arnon", a word space and a half of gap | title | credits | grade
  std::vector<OcrWord> words = {word("4", 40, 10, 0.97f),         word("Arnon", 90, 60, 0.25f),
                                word("General", 170, 70, 0.93f),  word("Biology", 246, 70, 0.71f),
                                word("4", 900, 10, 0.97f),        word("B", 1000, 14, 0.92f)};
  EXPECT_EQ(drop_garbled_phrases(words, {}, 0.5), 1);
  EXPECT_EQ(texts(words), "4 General Biology 4 B");
}

TEST(GarbledPhrases, KeepsFiguresAGradeInItsColumnALineOfItsOwnAndCheckBoxWords) {
  std::vector<OcrWord> words = {
      word("S44", 90, 50, 0.20f),  word("Physics", 160, 70, 0.95f),   // a figure: kept
      word("C+", 600, 20, 0.30f, 2), word("Chemistry", 160, 90, 0.95f, 2),  // a column away: kept
      word("xqz", 90, 40, 0.10f, 3), word("vvn", 150, 40, 0.20f, 3),   // nothing read well beside it
      word("[V7]", 90, 40, 0.10f, 4), word("Histology", 150, 90, 0.95f, 4),   // on a check box
      word("Bioquímica", 90, 110, 0.93f, 5), word("I", 215, 5, 0.30f, 5),   // a numeral ending a title
      word("Chemistry", 90, 100, 0.93f, 6), word("II", 205, 10, 0.30f, 6)};
  const std::vector<bool> keep = {false, false, false, false, false, false, true, false, false, false, false, false};
  EXPECT_EQ(drop_garbled_phrases(words, keep, 0.5), 0);
  EXPECT_EQ(words.size(), 12u);
}

}  // namespace
}  // namespace cc
