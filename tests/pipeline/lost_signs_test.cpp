// Minus signs of letter grades read off the page again (pipeline/reader/lost_signs.h), on drawn
// pages: a bar right after a capital at its middle height is a minus; a bar a word space away, an
// underscore at the baseline, a bar beside a longer word, or two marks are not.
#include <gtest/gtest.h>

#include "pipeline/reader/lost_signs.h"

namespace cc {
namespace {

void fill(Pix* pix, int x, int y, int w, int h) { pixRasterop(pix, x, y, w, h, PIX_SET, nullptr, 0, 0); }

// A capital 30 px tall at (x, 100) drawn as a block; returns its candidate.
SignCandidate letter_at(Pix* page, int x, const std::string& text = "B") {
  fill(page, x, 100, 20, 30);
  return {text, x, 100, x + 19, 129, pixGetWidth(page)};
}

TEST(LostSigns, BarRightAfterTheLetterAtItsMiddleIsAMinus) {
  PixPtr page(pixCreate(600, 300, 1));
  const SignCandidate b = letter_at(page.get(), 50);
  fill(page.get(), 72, 114, 12, 3);  // 2 px after the letter, 12 x 3, centred 15.5 px down
  EXPECT_EQ(restore_lost_minus(page.get(), {b}), std::vector<std::string>{"B-"});
}

TEST(LostSigns, NothingBesideTheLetterKeepsIt) {
  PixPtr page(pixCreate(600, 300, 1));
  const SignCandidate a = letter_at(page.get(), 50, "A");
  fill(page.get(), 52, 140, 1, 1);  // dust below
  EXPECT_EQ(restore_lost_minus(page.get(), {a}), std::vector<std::string>{"A"});
}

TEST(LostSigns, BarsThatAreNoMinusKeepTheLetter) {
  PixPtr page(pixCreate(900, 300, 1));
  std::vector<SignCandidate> words;
  words.push_back(letter_at(page.get(), 50));
  fill(page.get(), 81, 114, 12, 3);  // a word space (11 px, 0.37 of the letter) away: "A - Theory"
  words.push_back(letter_at(page.get(), 200));
  fill(page.get(), 222, 127, 12, 3);  // at the baseline: an underscore
  words.push_back(letter_at(page.get(), 350));
  fill(page.get(), 372, 114, 12, 3);  // a bar and a second mark
  fill(page.get(), 380, 104, 3, 3);
  words.push_back(letter_at(page.get(), 500, "BIO"));
  fill(page.get(), 522, 114, 12, 3);  // a longer word: not a grade
  words.push_back(letter_at(page.get(), 650, "G"));
  fill(page.get(), 672, 114, 12, 3);  // no letter grade
  EXPECT_EQ(restore_lost_minus(page.get(), words), (std::vector<std::string>{"B", "B", "B", "BIO", "G"}));
}

TEST(LostSigns, TheNextWordBoundsTheSearch) {
  PixPtr page(pixCreate(600, 300, 1));
  SignCandidate c = letter_at(page.get(), 50, "C");
  fill(page.get(), 72, 114, 12, 3);
  c.next_left = 71;  // the bar is the next word's (Tesseract read it there): not this one's to take
  EXPECT_EQ(restore_lost_minus(page.get(), {c}), std::vector<std::string>{"C"});
}

}  // namespace
}  // namespace cc
