// Ruling lines taken off a binarised page before OCR (pipeline/reader/ruling_lines.h): the rules of
// a ruled table go, straight or in the steps a sheared deskew leaves, and every glyph-sized mark
// stays, also the wide ones, dashes and marks touching a rule.
#include <gtest/gtest.h>

#include "pipeline/reader/ruling_lines.h"

namespace cc {
namespace {

constexpr double kTextHeight = 24;  // what page preparation scales text to

PixPtr blank_page(int w = 1400, int h = 900) { return PixPtr(pixCreate(w, h, 1)); }

void fill(Pix* pix, int x, int y, int w, int h) { pixRasterop(pix, x, y, w, h, PIX_SET, nullptr, 0, 0); }

int ink(Pix* pix, int x, int y, int w, int h) {
  ::Box* box = boxCreate(x, y, w, h);
  PixPtr part(pixClipRectangle(pix, box, nullptr));
  boxDestroy(&box);
  l_int32 n = 0;
  if (part) pixCountPixels(part.get(), &n, nullptr);
  return n;
}

int ink(Pix* pix) { return ink(pix, 0, 0, pixGetWidth(pix), pixGetHeight(pix)); }

// Glyph-like marks: a letter (18 x 24), a wide letter (30 x 24, a bold W), a long dash (60 x 3),
// a tall bracket (4 x 34), in each cell of the grid.
void draw_glyphs(Pix* page, int x, int y) {
  fill(page, x, y, 18, 24);
  fill(page, x + 30, y, 30, 24);
  fill(page, x + 70, y + 10, 60, 3);
  fill(page, x + 140, y - 5, 4, 34);
}

TEST(RulingLines, TakesOffTheRulesOfAGridAndKeepsEveryGlyph) {
  PixPtr page = blank_page();
  for (int y : {100, 200, 300, 400}) fill(page.get(), 50, y, 1300, 3);   // horizontal rules, 3 px
  for (int x : {50, 400, 800, 1347}) fill(page.get(), x, 100, 2, 303);   // vertical rules, 2 px
  PixPtr glyphs_only = blank_page();
  for (int y : {140, 240, 340})
    for (int x : {100, 450, 850}) {
      draw_glyphs(page.get(), x, y);
      draw_glyphs(glyphs_only.get(), x, y);
    }
  const int glyph_ink = ink(glyphs_only.get());

  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_GT(out.removed_pixels, 4 * 1300 * 3);
  EXPECT_EQ(ink(out.page.get(), 0, 95, 1400, 10), 0) << "the top rule is gone";
  EXPECT_EQ(ink(out.page.get(), 395, 100, 10, 303), 0) << "a vertical rule is gone";
  EXPECT_EQ(ink(out.page.get()), glyph_ink) << "every glyph pixel stays, nothing of the rules";
}

TEST(RulingLines, TakesOffAThinRuleThatJittersByARowAndKeepsTheLetterAboveIt) {
  PixPtr page = blank_page();
  // A 1 px rule as a scan and a shear deskew leave it: pieces of 35 px a row up or down from the
  // next, drifting a row every 600 px (a skew of 0.1 degree left over). No single row holds it.
  for (int x = 0; x < 1200; x += 35) fill(page.get(), 100 + x, 300 + (x / 35) % 2 + x / 600, 35, 1);
  const int rule_ink = ink(page.get());
  fill(page.get(), 400, 274, 20, 24);  // a letter two rows above the rule (a boxed header cell)
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_EQ(out.removed_pixels, rule_ink);
  EXPECT_EQ(ink(out.page.get()), 20 * 24) << "the letter stays whole";
}

TEST(RulingLines, LeavesAPageWithoutRulesAsItIs) {
  PixPtr page = blank_page();
  for (int line = 0; line < 10; ++line)
    for (int x = 60; x < 1300; x += 22) fill(page.get(), x, 60 + line * 60, 16, 24);  // lines of letters
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_EQ(out.removed_pixels, 0);
  l_int32 same = 0;
  pixEqual(out.page.get(), page.get(), &same);
  EXPECT_TRUE(same);
}

TEST(RulingLines, AShortRuleUnderAWordIsNoTableRule) {
  PixPtr page = blank_page();
  fill(page.get(), 100, 100, 150, 2);  // underlines a word of 6 letters: shorter than 8 text heights
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  EXPECT_EQ(out.removed_pixels, 0);
}

// The sides of a boxed header cell: bars a few character heights tall, which Tesseract read as
// "4" or "1" inside the header line. Thin for their length, they go; a tall letter of a large title
// (as tall, but a third of a character height thick) and a bracket of body text stay.
TEST(RulingLines, TakesOffTheShortSidesOfHeaderCellsAndKeepsTallLetters) {
  PixPtr page = blank_page();
  for (int x : {300, 600, 900}) fill(page.get(), x, 100, 5, 120);  // 5 text heights tall, 5 px thick
  fill(page.get(), 1000, 100, 10, 80);                            // a letter stem of a 24 pt title
  fill(page.get(), 1100, 100, 4, 34);                             // a bracket of body text
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_EQ(out.removed_pixels, 3 * 5 * 120);
  EXPECT_EQ(ink(out.page.get(), 1000, 100, 10, 80), 10 * 80) << "the title's letter stays";
  EXPECT_EQ(ink(out.page.get(), 1100, 100, 4, 34), 4 * 34) << "the bracket stays";
}

// The thin upright strokes of an emblem have ink right beside them: they stay.
TEST(RulingLines, KeepsTheThinStrokesOfAnEmblem) {
  PixPtr page = blank_page();
  for (int x = 300; x < 360; x += 8) fill(page.get(), x, 100, 3, 120);  // strokes 5 px apart
  const int emblem = ink(page.get());
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_EQ(ink(out.page.get()), emblem);
}

// A grey rule binarised into dashes: pieces of 10-40 px with gaps of up to 60 px, one line across a
// row of words. The pieces go, also one far along the same line; dashes of running text (two on
// one line, or a dash between words) stay.
TEST(RulingLines, TakesOffARuleBrokenIntoDashesAndKeepsTheDashesOfText) {
  PixPtr page = blank_page();
  int x = 100;
  for (int k = 0; x < 900; ++k) {
    const int piece = 10 + (k * 7) % 31;
    fill(page.get(), x, 300 + (k % 2), piece, 2);
    x += piece + 15 + (k * 13) % 46;
  }
  fill(page.get(), 1250, 300, 20, 2);  // a piece far along the same line, past the words
  const int rule_ink = ink(page.get());
  fill(page.get(), 100, 500, 30, 3);   // "a — b — c": dashes of running text, 3 text heights apart
  fill(page.get(), 200, 500, 30, 3);
  fill(page.get(), 400, 700, 12, 3);   // a hyphen
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_EQ(out.removed_pixels, rule_ink);
  EXPECT_EQ(ink(out.page.get(), 0, 280, 1400, 40), 0) << "nothing of the rule is left";
  EXPECT_EQ(ink(out.page.get()), 2 * 30 * 3 + 12 * 3) << "the dashes of text stay";
}

// Codes sharing a prefix down a column ("PF-BIO/VBIO/16" over "PF-BIO/MAT1/16" ...): the stem of
// each I, 3 px wide and a letter tall, stands under the one above at the row pitch, on one line
// like the pieces of a broken upright rule, but with the word's other letters right beside it.
// The I's stay; a broken upright rule in a gutter beside the same rows goes.
TEST(RulingLines, KeepsTheStemsOfLettersLinedUpDownAColumnOfCodes) {
  PixPtr page = blank_page();
  for (int row = 0; row < 10; ++row) {
    const int y = 100 + row * 36;
    fill(page.get(), 200, y, 18, 24);  // B
    fill(page.get(), 222, y, 3, 24);   // I, 4 px from each neighbour
    fill(page.get(), 229, y, 18, 24);  // O
    fill(page.get(), 600, y - 4, 2, 20);  // a piece of a grey upright rule, clear of any text
  }
  const int rule_ink = 10 * 2 * 20;
  const int letters = ink(page.get()) - rule_ink;
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_EQ(ink(out.page.get(), 0, 0, 400, 900), letters) << "every letter stays whole";
  EXPECT_EQ(ink(out.page.get(), 500, 0, 200, 900), 0) << "the broken rule goes";
}

// A header's rule printed thicker than the scan keeps it whole: the run taken off is the rule's
// middle, and its fringe comes out as 1 px flecks two rows above it, one every 80 px (what a rule
// under a shaded header cell left on a round 10 scan). The flecks go with the rule; a letter
// standing a row above the rule (inside the fringe's reach) keeps every pixel.
TEST(RulingLines, TakesOffTheFringeOfARuleAndKeepsALetterStandingOnIt) {
  PixPtr page = blank_page();
  fill(page.get(), 50, 400, 1300, 3);                                   // the rule, rows 400-402
  for (int x = 80; x < 1300; x += 80) fill(page.get(), x, 398, 6, 1);  // its fringe, row 398
  fill(page.get(), 600, 372, 18, 27);                                   // a letter down to row 398
  const int letter_outside_rule = 18 * 27;
  RulingLines out = remove_ruling_lines(page.get(), kTextHeight);
  ASSERT_TRUE(out.page);
  EXPECT_EQ(ink(out.page.get(), 0, 395, 590, 10), 0) << "no fleck left left of the letter";
  EXPECT_EQ(ink(out.page.get(), 630, 395, 770, 10), 0) << "no fleck left right of the letter";
  EXPECT_EQ(ink(out.page.get()), letter_outside_rule) << "the letter keeps its pixels";
}

}  // namespace
}  // namespace cc
