#include "pipeline/reader/page_prep.h"

#include <algorithm>
#include <cmath>

namespace cc {
namespace {

constexpr int kBorder = 16;
constexpr int kBinaryThreshold = 160;      // on the background-normalised image (background -> 200+)
constexpr double kMinSkewConfidence = 2.5; // pixFindSkew's confidence below which we keep the page
constexpr double kMinSkewDegrees = 0.1;
constexpr double kMaxSkewDegrees = 10;
constexpr int kMedianMinDpi = 250;

PixPtr normalise_background(Pix* gray) {
  // Flattens uneven lighting and light printed patterns to an even background; on pages with too
  // little foreground to model the background Leptonica returns null and the gray image is kept.
  Pix* norm = pixBackgroundNormSimple(gray, nullptr, nullptr);
  return PixPtr(norm ? norm : pixClone(gray));
}

PixPtr binarise(Pix* normalised) { return PixPtr(pixThresholdToBinary(normalised, kBinaryThreshold)); }

double find_skew(Pix* binary) {
  l_float32 angle = 0, conf = 0;
  if (pixFindSkew(binary, &angle, &conf) != 0) return 0;
  if (conf < kMinSkewConfidence || std::fabs(angle) < kMinSkewDegrees || std::fabs(angle) > kMaxSkewDegrees) return 0;
  return angle;
}

}  // namespace

PixPtr to_gray8(Pix* pix) {
  PixPtr src(pixClone(pix));
  if (pixGetSpp(src.get()) == 4) src.reset(pixAlphaBlendUniform(src.get(), 0xffffff00));
  if (!src) return nullptr;
  if (pixGetColormap(src.get())) src.reset(pixRemoveColormap(src.get(), REMOVE_CMAP_TO_GRAYSCALE));
  if (!src) return nullptr;
  if (pixGetDepth(src.get()) == 8) return src;
  if (pixGetDepth(src.get()) == 16) return PixPtr(pixConvert16To8(src.get(), L_MS_BYTE));
  return PixPtr(pixConvertTo8(src.get(), 0));
}

Expected<PreparedPage> prepare_page(Pix* gray, int dpi, OcrEngine* engine) {
  if (!gray || pixGetDepth(gray) != 8) return make_error(ErrorCode::internal, "prepare_page needs an 8-bit image");
  PreparedPage prep;
  prep.source_width = pixGetWidth(gray);
  prep.source_height = pixGetHeight(gray);

  // At 300 dpi a 3x3 median removes scanner speckle and JPEG noise (which binarise into specks
  // Tesseract reads as punctuation) and keeps strokes; at lower resolutions it eats thin strokes.
  PixPtr smoothed(dpi >= kMedianMinDpi ? pixMedianFilter(gray, 3, 3) : pixClone(gray));
  if (!smoothed) return make_error(ErrorCode::ocr_failed, "smoothing failed");
  PixPtr binary = binarise(normalise_background(smoothed.get()).get());
  if (!binary) return make_error(ErrorCode::ocr_failed, "binarisation failed");

  if (engine) {
    if (auto guess = engine->detect_orientation(binary.get(), dpi); guess && guess->clockwise_quads != 0) {
      prep.clockwise_quads = guess->clockwise_quads;
      prep.orientation_confidence = guess->confidence;
      binary.reset(pixRotateOrth(binary.get(), prep.clockwise_quads));
      if (!binary) return make_error(ErrorCode::ocr_failed, "rotation failed");
    }
  }
  prep.skew_degrees = find_skew(binary.get());
  if (prep.skew_degrees != 0) {
    const float radians = static_cast<float>(prep.skew_degrees * M_PI / 180.0);
    binary.reset(pixRotate(binary.get(), radians, L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));
    if (!binary) return make_error(ErrorCode::ocr_failed, "deskew failed");
  }
  prep.border = kBorder;
  prep.image.reset(pixAddBorder(binary.get(), kBorder, 0));  // 0 is white in a 1-bpp image
  if (!prep.image) return make_error(ErrorCode::ocr_failed, "adding the border failed");
  pixSetResolution(prep.image.get(), dpi, dpi);
  return prep;
}

Box to_source_pixels(const PreparedPage& prep, double left, double top, double right, double bottom) {
  // Size of the image after the quarter turns (deskew keeps the size).
  const bool swapped = prep.clockwise_quads % 2 == 1;
  const double w = swapped ? prep.source_height : prep.source_width;
  const double h = swapped ? prep.source_width : prep.source_height;
  const double cx = w / 2, cy = h / 2;
  const double a = -prep.skew_degrees * M_PI / 180.0;
  const double cos_a = std::cos(a), sin_a = std::sin(a);
  const double W = prep.source_width, H = prep.source_height;

  double xs[4] = {left, right, right, left}, ys[4] = {top, top, bottom, bottom};
  Box out{1e18, 1e18, -1e18, -1e18};
  for (int k = 0; k < 4; ++k) {
    double x = xs[k] - prep.border, y = ys[k] - prep.border;
    // Undo the deskew: rotate back about the centre.
    double dx = x - cx, dy = y - cy;
    double ux = cx + dx * cos_a - dy * sin_a, uy = cy + dx * sin_a + dy * cos_a;
    // Undo the quarter turns.
    double sx = ux, sy = uy;
    switch (prep.clockwise_quads) {
      case 1: sx = uy; sy = H - ux; break;
      case 2: sx = W - ux; sy = H - uy; break;
      case 3: sx = W - uy; sy = ux; break;
      default: break;
    }
    out.x0 = std::min(out.x0, sx);
    out.y0 = std::min(out.y0, sy);
    out.x1 = std::max(out.x1, sx);
    out.y1 = std::max(out.y1, sy);
  }
  out.x0 = std::clamp(out.x0, 0.0, W);
  out.x1 = std::clamp(out.x1, 0.0, W);
  out.y0 = std::clamp(out.y0, 0.0, H);
  out.y1 = std::clamp(out.y1, 0.0, H);
  return out;
}

}  // namespace cc
