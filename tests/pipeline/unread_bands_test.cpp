// Bands of ink the page's reading gave no words for, read again on their own
// (pipeline/reader/unread_bands.h): a title line without words is found and its sure reading joins
// the page as a line in its place; lines with words, flecks and unsure readings are left alone.
#include <gtest/gtest.h>

#include "pipeline/reader/unread_bands.h"

namespace cc {
namespace {

OcrWord word(const std::string& text, int left, int top, int right, int bottom, float confidence, int line) {
  return {text, left, top, right, bottom, confidence, line};
}

// Letter-like strokes (ink 1) in rows [top, bottom) from x0 to x1: a 6 px stroke every 12 px.
void strokes(Pix* page, int x0, int x1, int top, int bottom) {
  for (int x = x0; x < x1; x += 12) pixRasterop(page, x, top, 6, bottom - top, PIX_SET, nullptr, 0, 0);
}

// A page: a title 60 px tall with no words (rows 100-160), two text lines 30 px tall read as words
// (rows 200-230 and 260-290), a fleck line 8 px tall (rows 330-338).
struct Page {
  PixPtr pix{pixCreate(1000, 400, 1)};
  std::vector<OcrWord> words{word("Name:", 100, 200, 300, 230, 0.95f, 0), word("Ana", 320, 200, 600, 230, 0.95f, 0),
                             word("Course", 100, 260, 350, 290, 0.95f, 1), word("Credits", 380, 260, 600, 290, 0.95f, 1)};
  Page() {
    strokes(pix.get(), 200, 800, 100, 160);
    strokes(pix.get(), 100, 600, 200, 230);
    strokes(pix.get(), 100, 600, 260, 290);
    strokes(pix.get(), 100, 600, 330, 338);
  }
};

ReadPart answering(std::vector<OcrWord> answer, int* calls) {
  return [answer, calls](Pix*) -> Expected<std::vector<OcrWord>> {
    ++*calls;
    return answer;
  };
}

TEST(UnreadBands, OnlyTheTitleWithoutWordsIsABand) {
  Page page;
  const std::vector<InkBand> bands = unread_bands(page.pix.get(), page.words);
  ASSERT_EQ(bands.size(), 1u);
  EXPECT_EQ(bands[0].top, 100);
  EXPECT_EQ(bands[0].bottom, 160);
  EXPECT_EQ(bands[0].left, 200);
  EXPECT_EQ(bands[0].right, 794);
}

TEST(UnreadBands, ASureReadingJoinsAsTheFirstLine) {
  Page page;
  int calls = 0;
  const ReadPart read = answering({word("ACADEMIC", 10, 10, 300, 70, 0.92f, 0), word("TRANSCRIPT", 320, 10, 600, 70, 0.9f, 0)}, &calls);
  EXPECT_EQ(read_unread_bands(page.pix.get(), read, page.words), 1);
  EXPECT_EQ(calls, 1);
  ASSERT_EQ(page.words.size(), 6u);
  EXPECT_EQ(page.words[0].text, "ACADEMIC");
  EXPECT_EQ(page.words[0].line, 0);
  EXPECT_EQ(page.words[0].left, 10 + 200 - 9);  // the part's pixels back in the page's (margin 0.3 word heights)
  EXPECT_EQ(page.words[2].text, "Name:");
  EXPECT_EQ(page.words[2].line, 1);
  EXPECT_EQ(page.words[5].line, 2);
}

TEST(UnreadBands, AnUnsureReadingIsLeftOut) {
  Page page;
  int calls = 0;
  const ReadPart read = answering({word("~%ll", 10, 10, 300, 70, 0.6f, 0), word("Wm", 320, 10, 600, 70, 0.7f, 0)}, &calls);
  EXPECT_EQ(read_unread_bands(page.pix.get(), read, page.words), 0);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(page.words.size(), 4u);
  EXPECT_EQ(page.words[0].text, "Name:");
}

}  // namespace
}  // namespace cc
