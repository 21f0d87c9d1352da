// Prepares a rendered or scanned page for Tesseract with Leptonica, and remembers how, so word
// boxes found on the prepared image map back to the page: orientation (quarter turns from the OSD),
// despeckling when the scan is noisy, scaling to the text size Tesseract reads best, deskew,
// background normalisation and a binarisation that keeps dark text on coloured or
// patterned security paper, the margins cut off, and a white border.
#pragma once

#include <cmath>

#include "core/expected.h"
#include "core/page_text.h"
#include "pipeline/reader/ocr_engine.h"
#include "pipeline/reader/pix.h"

namespace cc {

struct PreparedPage {
  PixPtr image;            // what Tesseract reads
  int clockwise_quads = 0; // quarter turns applied to the source image
  double skew_degrees = 0; // rotation applied after that (clockwise positive)
  int border = 0;          // white pixels added on every side
  int crop_left = 0, crop_top = 0;  // the margins cut off (left, top), after the turns and deskew
  int source_width = 0, source_height = 0;  // the source image's size in pixels
  float orientation_confidence = 0;         // the confidence of the turn (0: none detected)
  const char* orientation_by = "";          // what decided it: "ascender test" or "OSD"
  int specks = 0;                           // tiny components found on a rough binarisation
  bool despeckled = false;                  // a median filter was applied because of them
  int ruling_pixels = 0;                    // ink of table and form rules taken off before reading
  double scale = 1.0;                       // the page was scaled by this to reach the text height
  int dpi = 0;                              // resolution of `image` (source dpi x scale)
  // The source image's size once scaled (the frame the turns and skew apply in).
  double scaled_width() const { return std::round(source_width * scale); }
  double scaled_height() const { return std::round(source_height * scale); }
};

// `gray` must be 8 bpp. With `engine`, the quarter turns are decided by a cheap ascender count
// when it is clearly upright or clearly turned a quarter, otherwise by Tesseract's OSD; without,
// the page is taken as upright.
Expected<PreparedPage> prepare_page(Pix* gray, int dpi, OcrEngine* engine);

// Leptonica's ascender scores say the text stands upright: "up" is high and beats the landscape
// score ("left") by a clear factor. A high "up" alone is not enough: a page turned a quarter can
// score it on a few short lines.
bool clearly_upright(float up, float left);

// The median height in pixels of character-sized connected components on the page (between
// x-height and capital height), or 0 when the page has too few to tell. Measured on a 2x
// reduction, so it is cheap.
double estimate_text_height(Pix* gray);

// Maps a box on the prepared image back to the source image's pixel coordinates.
Box to_source_pixels(const PreparedPage& prep, double left, double top, double right, double bottom);

// Any Leptonica image (1, 2, 4, 8, 16, 32 bpp, colormapped, with alpha) as 8-bit gray on white.
PixPtr to_gray8(Pix* pix);

}  // namespace cc
