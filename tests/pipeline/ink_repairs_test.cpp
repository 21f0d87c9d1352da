// The repairs that look at a word's ink again after Tesseract read it, on drawn pages: a decimal
// point or comma dropped with the specks is put back where it stands (lost_points.h), so is a dash
// between two words (lost_dashes.h), a word's box takes in the dots of its final colon or point
// (mark_boxes.h), and nothing else is.
#include <gtest/gtest.h>

#include "pipeline/reader/lost_dashes.h"
#include "pipeline/reader/lost_points.h"
#include "pipeline/reader/mark_boxes.h"

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
// Two words of one line, letters 30 px high (top 100, baseline 130): "2013" at x 20-99 and
// "SEMESTRE" at x 160-299, 60 px apart (two word spaces and a dash).
PixPtr two_words() {
  PixPtr page(pixCreate(400, 300, 1));
  for (int x = 20; x < 100; x += 20) fill(page.get(), x, 100, 14, 30);
  for (int x = 160; x < 300; x += 20) fill(page.get(), x, 100, 14, 30);
  return page;
}

TEST(LostDashes, BarBetweenTwoWordsAtHyphenHeightIsADash) {
  PixPtr page = two_words();
  fill(page.get(), 112, 114, 34, 3);  // 34 px long, 3 thick, its middle 14.5 px above the baseline
  const InkParts ink(page.get(), 2);
  std::vector<OcrWord> words{word("2013", 20, 100, 93, 129), word("SEMESTRE", 160, 100, 293, 129)};
  EXPECT_EQ(put_back_lost_dashes(ink, words), 1);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1].text, "\u2014");
  EXPECT_EQ(words[1].left, 112);
  EXPECT_EQ(words[1].right, 145);
  EXPECT_EQ(words[2].text, "SEMESTRE");
}

TEST(LostDashes, ShortBarIsAHyphen) {
  PixPtr page = two_words();
  fill(page.get(), 120, 114, 14, 3);
  const InkParts ink(page.get(), 2);
  const auto dash = lost_dash_between(ink, word("2013", 20, 100, 93, 129), word("SEMESTRE", 160, 100, 293, 129));
  ASSERT_TRUE(dash.has_value());
  EXPECT_EQ(dash->text, "-");
}

TEST(LostDashes, AnythingElseLeavesTheWordsAsRead) {
  const OcrWord left = word("2013", 20, 100, 93, 129), right = word("SEMESTRE", 160, 100, 293, 129);
  {
    PixPtr page = two_words();  // no mark: a plain wide gap (a column gutter)
    const InkParts ink(page.get(), 2);
    EXPECT_FALSE(lost_dash_between(ink, left, right).has_value());
  }
  {
    PixPtr page = two_words();
    fill(page.get(), 112, 127, 34, 3);  // at the baseline: an underscore
    const InkParts ink(page.get(), 2);
    EXPECT_FALSE(lost_dash_between(ink, left, right).has_value());
  }
  {
    PixPtr page = two_words();
    fill(page.get(), 120, 112, 6, 6);  // a round mark: no bar
    const InkParts ink(page.get(), 2);
    EXPECT_FALSE(lost_dash_between(ink, left, right).has_value());
  }
  {
    PixPtr page = two_words();
    fill(page.get(), 106, 114, 14, 3);  // two bars
    fill(page.get(), 130, 114, 14, 3);
    const InkParts ink(page.get(), 2);
    EXPECT_FALSE(lost_dash_between(ink, left, right).has_value());
  }
  {
    PixPtr page = two_words();
    fill(page.get(), 95, 114, 30, 3);  // touching the word before: part of it
    const InkParts ink(page.get(), 2);
    EXPECT_FALSE(lost_dash_between(ink, left, right).has_value());
  }
  {
    PixPtr page = two_words();
    fill(page.get(), 112, 114, 34, 3);
    const InkParts ink(page.get(), 2);
    OcrWord other_line = right;
    other_line.line = 1;  // words of two lines have no gap between them
    EXPECT_FALSE(lost_dash_between(ink, left, other_line).has_value());
    EXPECT_FALSE(lost_dash_between(ink, word("2013-", 20, 100, 93, 129), right).has_value());  // a dash read already
  }
}

TEST(MarkBoxes, AWordEndingInAColonTakesInItsDots) {
  PixPtr page = two_words();
  fill(page.get(), 100, 108, 4, 4);  // the colon's dots, 7 px right of the box Tesseract gave
  fill(page.get(), 100, 124, 4, 4);
  const InkParts ink(page.get(), 2);
  std::vector<OcrWord> words{word("2013:", 20, 100, 93, 129), word("SEMESTRE", 160, 100, 293, 129)};
  EXPECT_EQ(grow_boxes_to_marks(ink, words), 1);
  EXPECT_EQ(words[0].right, 103);
  EXPECT_EQ(words[1].left, 160);  // the next word is left as it is

  std::vector<OcrWord> no_mark{word("2013", 20, 100, 93, 129), word("SEMESTRE", 160, 100, 293, 129)};
  EXPECT_EQ(grow_boxes_to_marks(ink, no_mark), 0);  // its text ends in no mark: the dots are not its
}

TEST(MarkBoxes, ABoxThatHoldsItsMarkOrInkThatIsNoMarkStaysAsRead) {
  PixPtr page = two_words();
  const InkParts ink(page.get(), 2);
  std::vector<OcrWord> words{word("2013:", 20, 100, 93, 129), word("SEMESTRE", 160, 100, 293, 129)};
  EXPECT_EQ(grow_boxes_to_marks(ink, words), 0);  // nothing right of it
  EXPECT_EQ(words[0].right, 93);

  PixPtr bar = two_words();
  fill(bar.get(), 100, 114, 30, 3);  // a dash, not a dot: longer than a mark
  const InkParts bar_ink(bar.get(), 2);
  EXPECT_EQ(grow_boxes_to_marks(bar_ink, words), 0);
}

}  // namespace cc
