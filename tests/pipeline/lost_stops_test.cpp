// The full stops of abbreviations in capitals dropped with the specks (lost_stops.h), on drawn
// pages: a round mark on the baseline right after the last capital, or between two capitals, is put
// back; a mark anywhere else, a bar, a word not in capitals or a word that has its stop stays as read.
#include <gtest/gtest.h>

#include "pipeline/reader/lost_stops.h"

namespace cc {
namespace {

void fill(Pix* pix, int x, int y, int w, int h) { pixRasterop(pix, x, y, w, h, PIX_SET, nullptr, 0, 0); }

OcrWord word(const std::string& text, int left, int top, int right, int bottom) {
  return {text, left, top, right, bottom, 0.9f, 0};
}

// Four capitals 16 x 30 px (top 100, baseline 129) from x = 50, 4 px apart: "QUIM" at 50-125.
PixPtr four_capitals() {
  PixPtr page(pixCreate(400, 300, 1));
  for (int x = 50; x < 130; x += 20) fill(page.get(), x, 100, 16, 30);
  return page;
}

TEST(LostStops, RoundMarkOnTheBaselineAfterTheLastCapitalIsAFullStop) {
  PixPtr page = four_capitals();
  fill(page.get(), 129, 125, 5, 5);  // just after the last letter, on the baseline
  const InkParts ink(page.get(), 2);
  EXPECT_EQ(with_lost_stops(ink, word("QUIM", 50, 100, 125, 129), 180), "QUIM.");
  EXPECT_EQ(with_lost_stops(ink, word("QUIM.", 50, 100, 125, 129), 180), "QUIM.");  // already has it
}

TEST(LostStops, RoundMarkBetweenTwoCapitalsIsAnInnerStop) {
  PixPtr page(pixCreate(400, 300, 1));
  fill(page.get(), 50, 100, 16, 30);                                  // T
  fill(page.get(), 70, 125, 5, 5);                                    // its stop
  for (int x = 80; x < 140; x += 20) fill(page.get(), x, 100, 16, 30);  // MED
  fill(page.get(), 140, 125, 5, 5);                                   // the final stop
  const InkParts ink(page.get(), 2);
  EXPECT_EQ(with_lost_stops(ink, word("TMED", 50, 100, 135, 129), 200), "T.MED.");
  EXPECT_EQ(with_lost_stops(ink, word("T.MED", 50, 100, 135, 129), 200), "T.MED.");
}

TEST(LostStops, AnythingElseLeavesTheWordAsRead) {
  const OcrWord quim = word("QUIM", 50, 100, 125, 129);
  {
    PixPtr page = four_capitals();
    fill(page.get(), 129, 112, 5, 5);  // above the baseline: no stop
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, quim, 180), "QUIM");
  }
  {
    PixPtr page = four_capitals();
    fill(page.get(), 129, 126, 14, 3);  // a bar, not a round mark
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, quim, 180), "QUIM");
  }
  {
    PixPtr page = four_capitals();
    fill(page.get(), 129, 125, 5, 5);
    fill(page.get(), 136, 125, 5, 5);  // two marks: an ellipsis or dust, not one stop
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, quim, 180), "QUIM");
  }
  {
    PixPtr page = four_capitals();
    fill(page.get(), 140, 125, 5, 5);  // further than half a letter away
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, quim, 200), "QUIM");
  }
  {
    PixPtr page = four_capitals();
    fill(page.get(), 129, 125, 5, 5);
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, quim, 128), "QUIM");                                 // the next word starts before it
    EXPECT_EQ(with_lost_stops(ink, word("Quim", 50, 100, 125, 129), 180), "Quim.");     // a word in small letters too
    EXPECT_EQ(with_lost_stops(ink, word("QUIMICAS", 50, 100, 125, 129), 180), "QUIMICAS");  // longer than an abbreviation
  }
}

// "Mgmt" in small letters: M 30 px tall (top 100, baseline 129), g from the x-height (110) down
// to 139, m and t 20 and 26 px on the baseline; the stop after it is put back, a mark at the
// x-height or a comma reaching below the baseline is not.
TEST(LostStops, RoundMarkAfterAWordInSmallLettersIsItsFinalStop) {
  auto letters = [] {
    PixPtr page(pixCreate(400, 300, 1));
    fill(page.get(), 50, 100, 16, 30);  // M
    fill(page.get(), 70, 110, 14, 30);  // g, descending
    fill(page.get(), 88, 110, 16, 20);  // m
    fill(page.get(), 108, 104, 10, 26);  // t
    return page;
  };
  const OcrWord mgmt = word("Mgmt", 50, 100, 117, 139);
  {
    PixPtr page = letters();
    fill(page.get(), 121, 125, 5, 5);
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, mgmt, 200), "Mgmt.");
    EXPECT_EQ(with_lost_stops(ink, mgmt, -1), "Mgmt");  // the line's last word: left as read
    EXPECT_EQ(with_lost_stops(ink, word("Mgmt4", 50, 100, 117, 139), 200), "Mgmt4");  // a figure: no word of letters
  }
  {
    PixPtr page = letters();
    fill(page.get(), 121, 110, 5, 5);  // at the x-height
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, mgmt, 200), "Mgmt");
  }
  {
    PixPtr page = letters();
    fill(page.get(), 121, 127, 4, 10);  // a comma's tail below the baseline
    const InkParts ink(page.get(), 2);
    EXPECT_EQ(with_lost_stops(ink, mgmt, 200), "Mgmt");
  }
}

}  // namespace
}  // namespace cc
