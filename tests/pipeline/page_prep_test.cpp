// Mapping OCR boxes from the prepared image back to the page, for every turn, a skew and cut margins.
#include <gtest/gtest.h>

#include <cmath>

#include "pipeline/reader/page_prep.h"

namespace cc {
namespace {

// Where a source pixel lands on the prepared image: the forward transform of prepare_page.
std::pair<double, double> forward(const PreparedPage& prep, double x, double y) {
  const double W = prep.scaled_width(), H = prep.scaled_height();
  x *= prep.scale;
  y *= prep.scale;
  double u = x, v = y;
  switch (prep.clockwise_quads) {
    case 1: u = H - y; v = x; break;
    case 2: u = W - x; v = H - y; break;
    case 3: u = y; v = W - x; break;
    default: break;
  }
  const bool swapped = prep.clockwise_quads % 2 == 1;
  const double cx = (swapped ? H : W) / 2, cy = (swapped ? W : H) / 2;
  const double a = prep.skew_degrees * M_PI / 180;
  const double dx = u - cx, dy = v - cy;
  return {cx + dx * std::cos(a) - dy * std::sin(a) - prep.crop_left + prep.border,
          cy + dx * std::sin(a) + dy * std::cos(a) - prep.crop_top + prep.border};
}

class ToSourcePixels : public ::testing::TestWithParam<std::tuple<int, double, double>> {};

TEST_P(ToSourcePixels, InvertsTurnsSkewMarginsAndBorder) {
  PreparedPage prep;
  prep.source_width = 2550;
  prep.source_height = 3300;
  prep.clockwise_quads = std::get<0>(GetParam());
  prep.skew_degrees = std::get<1>(GetParam());
  prep.scale = std::get<2>(GetParam());
  prep.border = 16;
  prep.crop_left = 37;
  prep.crop_top = 120;
  for (auto [x, y] : {std::pair{100.0, 200.0}, std::pair{2000.0, 3100.0}, std::pair{1275.0, 1650.0}}) {
    auto [u, v] = forward(prep, x, y);
    Box b = to_source_pixels(prep, u, v, u, v);
    EXPECT_NEAR(b.x0, x, 1e-3);
    EXPECT_NEAR(b.y0, y, 1e-3);
  }
}

INSTANTIATE_TEST_SUITE_P(AllTurns, ToSourcePixels,
                         ::testing::Combine(::testing::Values(0, 1, 2, 3), ::testing::Values(0.0, 2.5, -1.5),
                                            ::testing::Values(1.0, 1.25, 0.6)));

// Scores measured on a letter scanned sideways (round 14, Burundi): its middle half scored "up"
// 5-7 with "left" 12.6; an upright letter scores up 18.6, left -1.7.
TEST(ClearlyUpright, NeedsUpToBeatTheLandscapeScore) {
  EXPECT_TRUE(clearly_upright(18.6f, -1.7f));
  EXPECT_FALSE(clearly_upright(7.0f, 12.6f));   // turned a quarter: "up" high, "left" higher
  EXPECT_FALSE(clearly_upright(7.0f, -12.6f));
  EXPECT_FALSE(clearly_upright(4.0f, 0.5f));    // too little text to tell
}

TEST(ToGray8, ConvertsDepthsAndColormaps) {
  PixPtr rgb(pixCreate(20, 10, 32));
  pixSetAllArbitrary(rgb.get(), 0x80808000);
  PixPtr gray = to_gray8(rgb.get());
  ASSERT_TRUE(gray);
  EXPECT_EQ(pixGetDepth(gray.get()), 8);
  PixPtr mono(pixCreate(20, 10, 1));
  PixPtr gray_mono = to_gray8(mono.get());
  ASSERT_TRUE(gray_mono);
  l_uint32 v = 0;
  pixGetPixel(gray_mono.get(), 3, 3, &v);
  EXPECT_EQ(v, 255u);  // 1-bpp 0 is white
}

}  // namespace
}  // namespace cc
