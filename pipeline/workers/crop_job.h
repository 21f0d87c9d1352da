// The worker side of an evidence crop: renders one region of one page (a PDF page through Poppler,
// an image through Leptonica) as 8-bit gray at the requested resolution and encodes it as PNG.
// It runs only inside a worker process, under the same limits as reading, because it opens the
// hostile file again. The rendered region is clamped to the page and capped in pixels, so a crop
// is always small whatever the request says.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/expected.h"
#include "pipeline/reader/page_reader.h"
#include "pipeline/reader/pix.h"
#include "pipeline/workers/wire.h"

namespace poppler {
class document;
}

namespace cc {

constexpr int kMaxCropPixels = 1'600'000;   // per crop, after clamping to the page
constexpr size_t kMaxCropPngBytes = 768u << 10;  // a larger PNG is refused rather than sent

struct CropImage {
  std::string png;  // PNG bytes
  Box box;          // the region actually rendered, in points (clamped to the page), before turning
  int width = 0, height = 0;  // of the PNG, after turning
};

// The result frame's "crop" member: {"png": base64, "box": [x0, y0, x1, y1], "width", "height"}.
nlohmann::json crop_image_to_json(const CropImage& crop);
// Strict: base64 that decodes to a PNG whose header says width x height within kMaxCropPixels,
// at most kMaxCropPngBytes, and a finite box. Anything else is a worker_protocol error.
Expected<CropImage> crop_image_from_json(const nlohmann::json& j);

class CropRenderer {
 public:
  CropRenderer();
  ~CropRenderer();
  // `page` from 0.
  Expected<CropImage> render(const DocumentTask& doc, int page, const CropSpec& spec);

 private:
  Expected<CropImage> render_pdf(const DocumentTask& doc, int page, const CropSpec& spec);
  Expected<CropImage> render_image(const DocumentTask& doc, int page, const CropSpec& spec);

  // The last page raster, in 8-bit gray: an image page decoded whole, or the part of a PDF page
  // its crops lie in (CropSpec.region) rendered once. The crops of one page come one after another
  // (dossier_crops.cpp sorts them), so a page is decoded or rendered once, not once per crop.
  Pix* page_raster(const std::string& key) const { return raster_key_ == key ? raster_.get() : nullptr; }
  void keep_page_raster(std::string key, PixPtr pix);

  std::string open_key_;  // path + password of the PDF kept open between crops of one document
  std::unique_ptr<poppler::document> pdf_;
  std::string raster_key_;
  PixPtr raster_;
};

}  // namespace cc
