// A PDF opened with Poppler's C++ API: opening with every failure classified (encrypted, corrupt,
// truncated, XFA shell, no pages, too many), and reading one page: its text layer when usable,
// otherwise a render at the OCR resolution (capped by the megapixel limit) read by Tesseract. On a
// text-layer page, pictures that may hold text the layer lacks are read too (pictured_text.h).
#pragma once

#include <memory>
#include <string>

#include "core/expected.h"
#include "core/limits.h"
#include "core/page_text.h"
#include "pipeline/reader/image_placements.h"
#include "pipeline/reader/ocr_engine.h"
#include "pipeline/reader/pix.h"

namespace poppler {
class document;
class page;
}  // namespace poppler

namespace cc {

// The page, or its region of w x h pixels from (x, y) at `dpi`, rendered in 8-bit gray on white
// paper with antialiasing: what the reader OCRs and what the crop worker cuts evidence from.
// Null when Poppler cannot render it.
PixPtr render_gray(poppler::page& page, double dpi, int x = -1, int y = -1, int w = -1, int h = -1);

// poppler-cpp builds its global state (font tables, encodings) when the first document of a
// process opens and frees it when the last one closes. A worker opens one file after another, so
// it rebuilt that state for every file: about 5% of a text-layer batch's CPU. Called before a
// document is opened, this keeps one blank in-memory document open for the life of the process.
void keep_poppler_globals();

class PdfSource {
 public:
  static Expected<std::unique_ptr<PdfSource>> open(const std::string& path, const std::string& password,
                                                   const Limits& limits);
  ~PdfSource();

  int page_count() const { return page_count_; }
  // `index` from 0. `force_ocr` ignores any text layer.
  Expected<PageText> read_page(int index, OcrEngine& engine, bool force_ocr) const;

 private:
  PdfSource() = default;
  std::unique_ptr<poppler::document> doc_;
  int page_count_ = 0;
  Limits limits_;
  std::string path_, password_;  // the password is never logged nor written out
  // Where pages place their pictures (image_placements.h), opened at the first text-layer page.
  mutable std::unique_ptr<ImagePlacements> placements_;
  mutable bool placements_tried_ = false;
};

}  // namespace cc
