// A PNG, JPEG or TIFF (multi-page too) read with Leptonica. Dimensions are checked from the
// header before any pixel is decoded, so a decompression bomb is refused without being expanded.
#pragma once

#include <memory>
#include <string>

#include "core/expected.h"
#include "core/limits.h"
#include "core/page_text.h"
#include "pipeline/reader/ocr_engine.h"

namespace cc {

class ImageSource {
 public:
  static Expected<std::unique_ptr<ImageSource>> open(const std::string& path, FileKind kind, const Limits& limits);

  int page_count() const { return page_count_; }
  Expected<PageText> read_page(int index, OcrEngine& engine) const;

  // The resolution to read an image at when its own is missing or implausible (phone photos say
  // 72 dpi): assumes the page is about as wide as US Letter.
  static int assumed_dpi(int width_px, int stated_dpi);

 private:
  ImageSource() = default;
  std::string path_;
  FileKind kind_ = FileKind::unknown;
  int page_count_ = 0;
  Limits limits_;
};

}  // namespace cc
