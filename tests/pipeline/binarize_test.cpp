// The one-pass binarisation against Leptonica's two passes it replaces: bit for bit the same on
// generated scans (gray, JPEG, TIFF), on a page lit unevenly, and on a blank page (no map).
#include <gtest/gtest.h>

#include <string>

#include "pipeline/reader/binarize.h"
#include "pipeline/reader/page_prep.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

PixPtr two_pass(Pix* gray, int threshold) {
  PixPtr norm(pixBackgroundNormSimple(gray, nullptr, nullptr));
  return PixPtr(pixThresholdToBinary(norm ? norm.get() : gray, threshold));
}

void expect_same(Pix* gray, const std::string& what) {
  for (int threshold : {100, 160, 200}) {
    PixPtr want = two_pass(gray, threshold), got = binarise_on_normalised_background(gray, threshold);
    ASSERT_TRUE(want && got) << what;
    l_int32 same = 0;
    pixEqual(want.get(), got.get(), &same);
    l_int32 ink = 0;
    pixCountPixels(got.get(), &ink, nullptr);
    EXPECT_TRUE(same) << what << " at threshold " << threshold;
    if (threshold == 160) {
      EXPECT_GT(ink, 0) << what;
    }
  }
}

TEST(Binarise, MatchesLeptonicasNormaliseThenThresholdOnGeneratedScans) {
  for (const char* name : {"scan.png", "scan.jpg"}) {
    PixPtr pix(pixRead((test::fixtures_dir() + "/intake/" + name).c_str()));
    ASSERT_TRUE(pix) << name;
    PixPtr gray = to_gray8(pix.get());
    expect_same(gray.get(), name);
  }
  PixPtr tiff(pixReadTiff((test::fixtures_dir() + "/intake/two-pages.tif").c_str(), 1));
  ASSERT_TRUE(tiff);
  expect_same(to_gray8(tiff.get()).get(), "two-pages.tif page 2");
}

TEST(Binarise, MatchesOnUnevenLightingAndOddSizesAndABlankPage) {
  // Dark strokes on a background falling from 250 to 120 across the page: a single threshold would
  // turn the dim side to ink; the normalised one keeps only the strokes. 1237 x 1009: sizes that
  // are not whole tiles.
  PixPtr page(pixCreate(1237, 1009, 8));
  for (int y = 0; y < 1009; ++y)
    for (int x = 0; x < 1237; ++x) {
      const int background = 250 - 130 * x / 1237;
      const bool stroke = (y / 12) % 4 == 1 && (x / 7) % 3 != 0;
      pixSetPixel(page.get(), x, y, static_cast<l_uint32>(stroke ? background / 4 : background));
    }
  expect_same(page.get(), "uneven lighting");
  PixPtr blank(pixCreate(300, 200, 8));
  pixSetAllArbitrary(blank.get(), 255);
  PixPtr want = two_pass(blank.get(), 160), got = binarise_on_normalised_background(blank.get(), 160);
  l_int32 same = 0;
  pixEqual(want.get(), got.get(), &same);
  EXPECT_TRUE(same);
}

}  // namespace
}  // namespace cc
