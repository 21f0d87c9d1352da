// Where a PDF page draws its pictures: the box of every image it places (XObject images, stencil
// masks, images with soft masks, inline images), in points on the page as displayed (top-left
// origin, the same frame as the text layer's words), with the image's own size in pixels.
//
// Why: a born-digital page may carry part of its text as a picture (a table scanned and pasted
// into a word-processor page, a photographed grade sheet inside a typed cover). The text layer
// says nothing of it; knowing where the pictures lie lets the reader OCR those regions only
// (pictured_text.h) and nothing on pages without pictures.
//
// Poppler's C++ API does not expose image placements, so this walks the page's content stream
// with Poppler's core (an OutputDev that records images and draws nothing). The core headers come
// from Debian's libpoppler-private-dev; built without them, `available()` is false and no page has
// pictures (the reader then behaves as before).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/page_text.h"

namespace cc {

struct PlacedImage {
  Box box;                 // points, page as displayed, top-left origin
  int pixels_wide = 0, pixels_high = 0;
};

class ImagePlacements {
 public:
  // Opens the document a second time with Poppler's core (the C++ API keeps its own). Null when
  // the core is not built in or the file does not open (the caller then reads no pictures).
  static std::unique_ptr<ImagePlacements> open(const std::string& path, const std::string& password);
  static bool available();
  ~ImagePlacements();

  // Images drawn on page `index` (from 0). A page whose resources name no image (nor a form that
  // could hold one) is not walked at all: that check costs a dictionary look-up.
  std::vector<PlacedImage> on_page(int index) const;

 private:
  ImagePlacements() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cc
