// The repairs that look at a word's ink again after Tesseract read it, on drawn pages: a decimal
// point or comma dropped with the specks is put back where it stands (lost_points.h), and nothing
// else is.
#include <gtest/gtest.h>

#include "pipeline/reader/lost_points.h"

namespace cc {
namespace {

void fill(Pix* pix, int x, int y, int w, int h) { pixRasterop(pix, x, y, w, h, PIX_SET, nullptr, 0, 0); }

OcrWord word(const std::string& text, int left, int top, int right, int bottom) {
  return {text, left, top, right, bottom, 0.9f, 0};
}

// Two figures 14 x 30 px (top 100, baseline 130) at x = 50 and x = 74: a gap of 10 px between them.
PixPtr two_figures() {
  PixPtr page(pixCreate(400, 300, 1));
  fill(page.get(), 50, 100, 14, 30);
  fill(page.get(), 74, 100, 14, 30);
  return page;
}

TEST(LostPoints, RoundMarkOnTheBaselineBetweenFiguresIsAPoint) {
  PixPtr page = two_figures();
  fill(page.get(), 67, 125, 4, 5);  // on the baseline, in the gap
  const InkParts ink(page.get(), 2);
  EXPECT_EQ(with_lost_point(ink, word("75", 50, 100, 87, 129)), "7.5");
}

TEST(LostPoints, MarkHangingBelowTheBaselineIsAComma) {
  PixPtr page = two_figures();
  fill(page.get(), 67, 126, 4, 8);  // 4 px below the baseline
  const InkParts ink(page.get(), 2);
  EXPECT_EQ(with_lost_point(ink, word("75", 50, 100, 87, 135)), "7,5");
}

TEST(LostPoints, AnythingElseLeavesTheNumberAsRead) {
  {
    PixPtr page = two_figures();  // no mark
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_point(ink, word("75", 50, 100, 87, 129)), "75");
  }
  {
    PixPtr page = two_figures();
    fill(page.get(), 67, 112, 4, 5);  // at mid height: no point
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_point(ink, word("75", 50, 100, 87, 129)), "75");
  }
  {
    PixPtr page = two_figures();
    fill(page.get(), 66, 125, 3, 5);  // two marks
    fill(page.get(), 70, 125, 3, 5);
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_point(ink, word("75", 50, 100, 87, 129)), "75");
  }
  {
    PixPtr page = two_figures();
    fill(page.get(), 62, 125, 4, 5);  // touching the first figure: part of it
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_point(ink, word("75", 50, 100, 87, 129)), "75");
  }
  {
    PixPtr page = two_figures();
    fill(page.get(), 91, 125, 4, 5);  // after the last figure: a full stop, not a decimal point
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_point(ink, word("75", 50, 100, 96, 129)), "75");
  }
  {
    PixPtr page = two_figures();
    fill(page.get(), 67, 125, 4, 5);
    const InkParts ink(page.get(), 2);
    // Read as three figures from two parts: which figure the point follows cannot be told.
    EXPECT_EQ(with_lost_point(ink, word("715", 50, 100, 87, 129)), "715");
    EXPECT_EQ(with_lost_point(ink, word("B5", 50, 100, 87, 129)), "B5");  // not figures only
  }
}

}  // namespace
}  // namespace cc
