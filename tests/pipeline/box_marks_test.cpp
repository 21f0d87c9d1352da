// Check boxes on a page image (pipeline/reader/box_marks.h): a box is found by its four sides when
// a ring drawn round it touches the label or a tick runs out of it, and the image OCR reads loses
// a circled box and its ring but keeps the label beside them. Pages drawn here at 300 dpi.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "pipeline/reader/box_marks.h"

namespace cc {
namespace {

constexpr int kDpi = 300, kSide = 46, kBorder = 4;

PixPtr blank_page() {
  PixPtr page(pixCreate(900, 700, 1));
  pixSetResolution(page.get(), kDpi, kDpi);
  return page;
}

void ink_rect(Pix* page, int x, int y, int w, int h) { pixRasterop(page, x, y, w, h, PIX_SET, nullptr, 0, 0); }

void draw_box(Pix* page, int x, int y) {
  ink_rect(page, x, y, kSide, kBorder);
  ink_rect(page, x, y + kSide - kBorder, kSide, kBorder);
  ink_rect(page, x, y, kBorder, kSide);
  ink_rect(page, x + kSide - kBorder, y, kBorder, kSide);
}

// A pen's stroke `width` wide from (x0, y0) to (x1, y1).
void draw_stroke(Pix* page, double x0, double y0, double x1, double y1, double width) {
  const int steps = std::max(1, static_cast<int>(std::hypot(x1 - x0, y1 - y0)) * 2);
  for (int i = 0; i <= steps; ++i) {
    const double t = static_cast<double>(i) / steps;
    const int cx = static_cast<int>(x0 + t * (x1 - x0)), cy = static_cast<int>(y0 + t * (y1 - y0));
    ink_rect(page, cx - static_cast<int>(width / 2), cy - static_cast<int>(width / 2), static_cast<int>(width), static_cast<int>(width));
  }
}

// A ring round the box at (x, y) whose radius reaches `reach` past its sides.
void draw_ring(Pix* page, int x, int y, double reach) {
  const double cx = x + kSide / 2.0, cy = y + kSide / 2.0, r = kSide / 2.0 + reach;
  for (int a = 0; a < 720; ++a) {
    const double t0 = a * M_PI / 360, t1 = (a + 1) * M_PI / 360;
    draw_stroke(page, cx + r * std::cos(t0), cy + 0.9 * r * std::sin(t0), cx + r * std::cos(t1), cy + 0.9 * r * std::sin(t1), 5);
  }
}

int ink_in(Pix* page, int x, int y, int w, int h) {
  BOX* b = boxCreate(x, y, w, h);
  l_int32 count = 0;
  pixCountPixelsInRect(page, b, &count, nullptr);
  boxDestroy(&b);
  return count;
}

TEST(BoxMarks, ARingThatTouchesTheLabelIsTakenOffWithItsBoxAndTheLabelKept) {
  PixPtr page = blank_page();
  draw_box(page.get(), 100, 100);
  draw_box(page.get(), 100, 300);
  draw_ring(page.get(), 100, 300, 20);  // reaching 20 px (5 pt... 0.45 side) past the box's sides
  const int label_x = 100 + kSide + 22;
  ink_rect(page.get(), label_x, 300, 10, kSide);  // a label's first stem, which the ring touches
  const auto boxes = find_box_marks(page.get(), kDpi);
  ASSERT_EQ(boxes.size(), 2u);
  const PixelBox& ringed = boxes[0].y > boxes[1].y ? boxes[0] : boxes[1];
  EXPECT_TRUE(ringed.circled);
  EXPECT_LT(ringed.ink, 0.04);
  PixPtr cleared = without_check_boxes(page.get(), boxes);
  EXPECT_EQ(ink_in(cleared.get(), 60, 260, label_x - 60, 130), 0);  // box and ring gone
  EXPECT_EQ(ink_in(cleared.get(), label_x + 6, 300, 4, kSide), 4 * kSide);  // the label's stem kept
}

TEST(BoxMarks, ATickRunOutOfItsBoxStillTicksIt) {
  PixPtr page = blank_page();
  draw_box(page.get(), 100, 100);
  draw_box(page.get(), 100, 300);
  // A check mark from the box's left to its bottom, then up far above its top right corner.
  draw_stroke(page.get(), 108, 325, 120, 340, 9);
  draw_stroke(page.get(), 120, 340, 160, 272, 9);
  const auto boxes = find_box_marks(page.get(), kDpi);
  ASSERT_EQ(boxes.size(), 2u);
  const PixelBox& ticked = boxes[0].y > boxes[1].y ? boxes[0] : boxes[1];
  EXPECT_NEAR(ticked.y, 300, 2);
  EXPECT_NEAR(ticked.h, kSide, 3);
  EXPECT_GT(ticked.ink, 0.08);
  // Only circled boxes are taken off the OCR image: a ticked one keeps its token ("[X]").
  PixPtr cleared = without_check_boxes(page.get(), boxes);
  EXPECT_EQ(ink_in(cleared.get(), 90, 260, 90, 100), ink_in(page.get(), 90, 260, 90, 100));
}

TEST(BoxMarks, ALoneSquareIsLeftToOcr) {
  PixPtr page = blank_page();
  draw_box(page.get(), 100, 100);
  const auto boxes = find_box_marks(page.get(), kDpi);
  ASSERT_EQ(boxes.size(), 1u);
  PixPtr cleared = without_check_boxes(page.get(), boxes);
  EXPECT_EQ(ink_in(cleared.get(), 100, 100, kSide, kSide), ink_in(page.get(), 100, 100, kSide, kSide));
}

// A ring drawn round `w` x `h` pixels centred on (cx, cy), its stroke 5 px wide.
void draw_ellipse(Pix* page, double cx, double cy, double w, double h) {
  for (int a = 0; a < 720; ++a) {
    const double t0 = a * M_PI / 360, t1 = (a + 1) * M_PI / 360;
    draw_stroke(page, cx + w / 2 * std::cos(t0), cy + h / 2 * std::sin(t0), cx + w / 2 * std::cos(t1), cy + h / 2 * std::sin(t1), 5);
  }
}

// Someone circled a label of the list instead of ticking its box: Tesseract lost the ringed name
// and often its whole line. The ring is taken off the image OCR reads, the letters inside kept; a
// round ring (a seal, a stamp) is no label's and stays.
TEST(BoxMarks, ARingRoundALabelOfTheListIsTakenOffItsLettersKept) {
  PixPtr page = blank_page();
  draw_box(page.get(), 100, 100);
  draw_box(page.get(), 100, 300);
  draw_ellipse(page.get(), 450, 323, 420, 90);  // round a label beside the second box
  for (int x = 280; x <= 600; x += 40) ink_rect(page.get(), x, 303, 8, 40);  // the label's letters
  draw_ellipse(page.get(), 700, 560, 160, 150);  // a round stamp
  const auto boxes = find_box_marks(page.get(), kDpi);
  ASSERT_EQ(boxes.size(), 2u);
  PixPtr cleared = without_check_boxes(page.get(), boxes);
  EXPECT_EQ(ink_in(cleared.get(), 236, 270, 430, 106), 9 * 8 * 40);  // only the letters are left
  EXPECT_EQ(ink_in(cleared.get(), 610, 475, 180, 170), ink_in(page.get(), 610, 475, 180, 170));  // the stamp kept
}

}  // namespace
}  // namespace cc
