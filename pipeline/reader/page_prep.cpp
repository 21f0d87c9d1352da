#include "pipeline/reader/page_prep.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "pipeline/reader/binarize.h"
#include "pipeline/reader/ruling_lines.h"
#include "pipeline/reader/step_times.h"

namespace cc {
namespace {

constexpr int kBorder = 16;
constexpr int kBinaryThreshold = 160;      // on the background-normalised image (background -> 200+)
constexpr double kMinSkewConfidence = 2.5; // pixFindSkew's confidence below which we keep the page
constexpr double kMinSkewDegrees = 0.1;
constexpr double kMaxSkewDegrees = 10;
constexpr int kMaxSpecks = 1500;       // specks (components of at most 2x2 px) before the page is despeckled
constexpr int kSpeckThreshold = 140;   // gray level for the rough binarisation that counts them
// Median height of character components Tesseract reads best at. Measured on generated 300 dpi
// scans (flexible CER over 8 pages): no scaling 3.6%, target 24 px 1.9%, 28 px 2.1%, 32 px 2.2%.
// Smaller is cheaper but worse (bench/, 21 pages: 20 px -6% CPU, CER 0.99% -> 1.11%; 17 px -8%, 1.21%).
constexpr double kTargetTextHeightPx = 24;
// A page whose text is only a little taller than the target is read as scanned: shrinking a
// transcript in 10-11 pt by x0.85 lost decimal points and minus signs ("1.0" -> "10", "A-" -> "A").
// Pages of large type (letterheads, diplomas: x0.5-0.75) are shrunk, which reads them better and
// costs less. Scanned packets, fields right (held-out / train) and OCR CPU of the held-out run:
//   shrink any page down to x0.5      0.950 / 0.973  30 s
//   never shrink                      0.950 / 0.974  33 s
//   shrink only below x0.8 (this)     0.977 / 0.995  31 s
constexpr double kMinScale = 0.5, kMaxScale = 2.0;
constexpr double kShrinkBelow = 0.8;

constexpr double kMaxScaledMegapixels = 24;  // OCR time grows with pixels: never enlarge beyond this

double text_scale(double text_height_px, int width, int height) {
  if (text_height_px <= 0) return 1.0;
  double f = std::clamp(kTargetTextHeightPx / text_height_px, kMinScale, kMaxScale);
  if (f < 1.0 && f >= kShrinkBelow) f = 1.0;  // a little large: kept as scanned
  const double megapixels = static_cast<double>(width) * height / 1e6;
  if (f > 1.0 && megapixels * f * f > kMaxScaledMegapixels) f = std::max(1.0, std::sqrt(kMaxScaledMegapixels / megapixels));
  return std::fabs(f - 1.0) < 0.1 ? 1.0 : f;
}

int count_specks(Pix* binary) {
  Boxa* boxes = pixConnCompBB(binary, 8);
  if (!boxes) return 0;
  int specks = 0;
  const int n = boxaGetCount(boxes);
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    specks += w <= 2 && h <= 2;
  }
  boxaDestroy(&boxes);
  return specks;
}

// Leptonica's orientation test counts ascenders against descenders on the binarised page (tens of
// milliseconds, against about half a second for Tesseract's OSD at 300 dpi). On generated scans
// (bench/'s 59 pages and the test fixtures, 72 pages) upright pages score "up" 7.7-34 with |left|
// at most 8.2; pages turned 90/270 score |up| at most 3.0 with |left| 14.4-24.3, the sign of
// "left" telling which way. A page is taken as upright, or as turned a quarter, only when the test
// is clearly sure; anything else (upside down, too little text to count) goes to the OSD.
constexpr float kMinUprightConfidence = 6.0f;
constexpr float kMinUprightRatio = 2.0f;  // up must beat the landscape score by this factor
constexpr float kMinTurnedConfidence = 12.0f;
constexpr float kMinTurnedRatio = 4.0f;   // the landscape score must beat |up| by this factor

struct AscenderVerdict {
  enum Kind { upright, turned, unsure } kind = unsure;
  int clockwise_quads = 0;  // for `turned`: the quarter turns that set the text upright
  float confidence = 0;     // Leptonica's score behind the verdict
};

AscenderVerdict ascender_verdict(Pix* binary) {
  l_float32 up = 0, left = 0;
  if (pixOrientDetect(binary, &up, &left, 0, 0) != 0) return {};
  if (clearly_upright(up, left)) return {AscenderVerdict::upright, 0, up};
  // left > 0: the text is turned 90 degrees counter-clockwise, so one clockwise quarter sets it up.
  if (std::fabs(left) >= kMinTurnedConfidence && std::fabs(left) >= kMinTurnedRatio * std::fabs(up))
    return {AscenderVerdict::turned, left > 0 ? 1 : 3, std::fabs(left)};
  return {};
}

// The middle half of the page first, counted both ways (half the whole test's work; on bench/'s 58
// scans it settles 52 as upright), then the whole page. On the middle half of 103 generated scans,
// upright pages score "up" 8.0 and more; pages turned a quarter -6.5 to 0.5 and upside-down ones
// -26 to -23. But a page turned a quarter whose middle holds a few short lines can score "up" 6 or
// more there (a Burundian letter scanned sideways, round 14: up 5-7, left 12.6; the whole page up
// 2.6, left 19.3): "up" counts only when it also beats the landscape score, as on the whole page.
AscenderVerdict orientation_by_ascenders(Pix* binary) {
  StepTimer t("orientation (ascenders)");
  const int w = pixGetWidth(binary), h = pixGetHeight(binary);
  ::Box* band = boxCreate(0, h / 4, w, h / 2);
  PixPtr middle(band ? pixClipRectangle(binary, band, nullptr) : nullptr);
  boxDestroy(&band);
  l_float32 up = 0, left = 0;
  if (middle && pixOrientDetect(middle.get(), &up, &left, 0, 0) == 0 && clearly_upright(up, left))
    return {AscenderVerdict::upright, 0, up};
  return ascender_verdict(binary);
}

// Cuts the binary page down to its content's box and notes where the cut starts. Tesseract's layout
// analysis and line images cost by the pixel, margins included (bench/'s 59 pages: recognition
// 2.3% less CPU, 724 -> 728 character errors). A page without ink is left as it is.
void cut_margins(PixPtr& page, PreparedPage& prep) {
  StepTimer t("prep: cut margins");
  Pix* clipped_raw = nullptr;
  ::Box* content = nullptr;
  const bool found = pixClipToForeground(page.get(), &clipped_raw, &content) == 0;
  PixPtr clipped(clipped_raw);
  l_int32 w = 0, h = 0;
  if (found && clipped && content && boxGetGeometry(content, &prep.crop_left, &prep.crop_top, &w, &h) == 0)
    page = std::move(clipped);
  boxDestroy(&content);
}

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

  // Scanner speckle and JPEG noise binarise into specks that Tesseract reads as punctuation
  // (a 200 dpi scan upsampled to 300 dpi: word confidence 0.50 instead of 0.94). When the page
  // has many specks at its own resolution, a 3x3 median removes them; on clean pages it would
  // only thin the strokes, so it is not applied there.
  PixPtr source(pixClone(gray));
  {
    StepTimer t("prep: count specks");
    PixPtr rough(pixThresholdToBinary(gray, kSpeckThreshold));
    prep.specks = rough ? count_specks(rough.get()) : 0;
  }
  if (prep.specks > kMaxSpecks) {
    StepTimer t("prep: median filter");
    source.reset(pixMedianFilter(gray, 3, 3));
    if (!source) return make_error(ErrorCode::ocr_failed, "smoothing failed");
    prep.despeckled = true;
  }
  // Tesseract reads best at a certain text size: scale the page so its characters have it.
  double text_height = 0;
  {
    StepTimer t("prep: text height");
    text_height = estimate_text_height(source.get());
    prep.scale = text_scale(text_height, prep.source_width, prep.source_height);
  }
  if (prep.scale != 1.0) {
    StepTimer t("prep: scale");
    const auto f = static_cast<float>(prep.scale);
    source.reset(pixScaleGrayLI(source.get(), f, f));
    if (!source) return make_error(ErrorCode::ocr_failed, "scaling failed");
    dpi = static_cast<int>(std::lround(dpi * prep.scale));
  }
  prep.dpi = dpi;
  PixPtr binary;
  {
    StepTimer t("prep: background + threshold");
    binary = binarise_on_normalised_background(source.get(), kBinaryThreshold);
  }
  if (!binary) return make_error(ErrorCode::ocr_failed, "binarisation failed");
  source.reset();
  PixPtr out(pixClone(binary.get()));

  if (engine) {
    std::optional<OrientationGuess> guess;
    const AscenderVerdict ascenders = orientation_by_ascenders(binary.get());
    if (ascenders.kind == AscenderVerdict::turned) {
      guess = OrientationGuess{ascenders.clockwise_quads, ascenders.confidence};
      prep.orientation_by = "ascender test";
    } else if (ascenders.kind == AscenderVerdict::unsure) {
      guess = engine->detect_orientation(binary.get(), dpi);
      prep.orientation_by = "OSD";
    }
    if (guess && guess->clockwise_quads != 0) {
      prep.clockwise_quads = guess->clockwise_quads;
      prep.orientation_confidence = guess->confidence;
      binary.reset(pixRotateOrth(binary.get(), prep.clockwise_quads));
      out.reset(pixRotateOrth(out.get(), prep.clockwise_quads));
      if (!binary || !out) return make_error(ErrorCode::ocr_failed, "rotation failed");
    }
  }
  {
    StepTimer t("prep: find skew");
    prep.skew_degrees = find_skew(binary.get());
  }
  if (prep.skew_degrees != 0) {
    StepTimer t("prep: deskew");
    const float radians = static_cast<float>(prep.skew_degrees * M_PI / 180.0);
    const bool is_gray = pixGetDepth(out.get()) == 8;
    out.reset(pixRotate(out.get(), radians, is_gray ? L_ROTATE_AREA_MAP : L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));
    if (!out) return make_error(ErrorCode::ocr_failed, "deskew failed");
  }
  {
    // (A page whose text height cannot be measured — a faint scan, its ink lighter than the
    // measuring threshold — is taken to have 10 pt type, 1/12.5 inch: ruling_lines' fixed
    // fallback of 60 px took a check box's side lengthened by a tick run out of it for a rule.)
    const double rule_text_height = text_height > 0 ? text_height * prep.scale : dpi / 12.5;
    RulingLines cleaned = remove_ruling_lines(out.get(), rule_text_height);
    if (cleaned.page) out = std::move(cleaned.page);
    prep.ruling_pixels = cleaned.removed_pixels;
  }
  cut_margins(out, prep);
  prep.border = kBorder;
  prep.image.reset(pixAddBorderGeneral(out.get(), kBorder, kBorder, kBorder, kBorder,
                                       pixGetDepth(out.get()) == 1 ? 0 : 255));
  if (!prep.image) return make_error(ErrorCode::ocr_failed, "adding the border failed");
  pixSetResolution(prep.image.get(), dpi, dpi);
  return prep;
}

double estimate_text_height(Pix* gray) {
  PixPtr half(pixScaleAreaMap2(gray));
  if (!half) return 0;
  PixPtr binary(pixThresholdToBinary(half.get(), 140));
  if (!binary) return 0;
  Boxa* boxes = pixConnCompBB(binary.get(), 8);
  if (!boxes) return 0;
  std::vector<int> heights;
  const int n = boxaGetCount(boxes);
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    // Character-like: not specks, not rules or pictures. The longer side, so that a page whose
    // text runs sideways (turned later by the OSD) measures the same as when upright.
    const int longer = std::max(w, h), shorter = std::min(w, h);
    if (longer >= 4 && longer <= 60 && shorter >= 1 && longer <= 3 * shorter) heights.push_back(longer);
  }
  boxaDestroy(&boxes);
  if (heights.size() < 30) return 0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  return 2.0 * heights[heights.size() / 2];
}

Box to_source_pixels(const PreparedPage& prep, double left, double top, double right, double bottom) {
  // Size of the scaled image after the quarter turns (deskew keeps the size).
  const double W = prep.scaled_width(), H = prep.scaled_height();
  const bool swapped = prep.clockwise_quads % 2 == 1;
  const double w = swapped ? H : W;
  const double h = swapped ? W : H;
  const double cx = w / 2, cy = h / 2;
  const double a = -prep.skew_degrees * M_PI / 180.0;
  const double cos_a = std::cos(a), sin_a = std::sin(a);

  double xs[4] = {left, right, right, left}, ys[4] = {top, top, bottom, bottom};
  Box out{1e18, 1e18, -1e18, -1e18};
  for (int k = 0; k < 4; ++k) {
    double x = xs[k] - prep.border + prep.crop_left, y = ys[k] - prep.border + prep.crop_top;
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
  out = {out.x0 / prep.scale, out.y0 / prep.scale, out.x1 / prep.scale, out.y1 / prep.scale};
  const double sw = prep.source_width, sh = prep.source_height;
  out.x0 = std::clamp(out.x0, 0.0, sw);
  out.x1 = std::clamp(out.x1, 0.0, sw);
  out.y0 = std::clamp(out.y0, 0.0, sh);
  out.y1 = std::clamp(out.y1, 0.0, sh);
  return out;
}

bool clearly_upright(float up, float left) {
  return up >= kMinUprightConfidence && up >= kMinUprightRatio * std::fabs(left);
}

}  // namespace cc
