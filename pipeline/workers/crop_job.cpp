#include "pipeline/workers/crop_job.h"

#include <leptonica/allheaders.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

#include "core/base64.h"

#include "pipeline/reader/image_source.h"
#include "pipeline/reader/page_prep.h"
#include "pipeline/reader/pdf_source.h"
#include "pipeline/reader/pix.h"

namespace cc {
namespace {

constexpr double kMaxPageRasterPixels = 8e6;  // a whole page kept for its crops: 8 MB in gray

// The region clamped to a page of `w` x `h` points; nullopt when nothing of it lies on the page.
std::optional<Box> clamp_to_page(const Box& b, double w, double h) {
  Box c{std::max(0.0, b.x0), std::max(0.0, b.y0), std::min(w, b.x1), std::min(h, b.y1)};
  if (c.width() < 1 || c.height() < 1) return std::nullopt;
  return c;
}

// What to rasterise for a crop of `box` on a page of `w` x `h` points: the region asked for, grown
// to hold the crop should the region not (a caller's mistake costs time, never a wrong crop), or
// the whole page.
Box raster_area(const std::optional<Box>& region, const Box& box, double w, double h) {
  return region ? bounding_box(*region, box) : Box{0, 0, w, h};
}

// The resolution to render `box` at: the one asked for, lowered until it fits kMaxCropPixels.
double fitting_dpi(const Box& box, int dpi) {
  const double square_inches = box.width() / 72 * box.height() / 72;
  const double most = std::sqrt(kMaxCropPixels / std::max(square_inches, 1e-6));
  return std::min(static_cast<double>(dpi), std::floor(most));
}

Expected<CropImage> encode_png(Pix* unturned, const Box& box, int turn) {
  PixPtr turned(turn ? pixRotateOrth(unturned, turn / 90) : nullptr);
  if (turn && !turned) return make_error(ErrorCode::corrupt, "the crop cannot be turned");
  Pix* pix = turn ? turned.get() : unturned;
  l_uint8* data = nullptr;
  size_t size = 0;
  // zlib's fastest level: on the 588-page text-layer set, 10% less CPU for the whole run
  // against the default level 6, for PNGs 4% larger.
  pixSetZlibCompression(pix, 1);
  if (pixWriteMem(&data, &size, pix, IFF_PNG) != 0 || !data) return make_error(ErrorCode::corrupt, "the crop cannot be encoded");
  CropImage out;
  out.png.assign(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  if (out.png.size() > kMaxCropPngBytes) return make_error(ErrorCode::page_too_large, "the crop is too large to embed");
  out.box = box;
  out.width = pixGetWidth(pix);
  out.height = pixGetHeight(pix);
  return out;
}

// The part of `pix` in the rectangle, clamped to it; null when nothing of it is inside.
PixPtr clip(Pix* pix, int x, int y, int w, int h) {
  const int x1 = std::min(pixGetWidth(pix), x + w), y1 = std::min(pixGetHeight(pix), y + h);
  x = std::max(0, x);
  y = std::max(0, y);
  if (x1 - x < 1 || y1 - y < 1) return nullptr;
  BOX* region = boxCreate(x, y, x1 - x, y1 - y);
  PixPtr out(region ? pixClipRectangle(pix, region, nullptr) : nullptr);
  boxDestroy(&region);
  return out;
}

uint32_t big_endian(const std::string& s, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(s[at + i]);
  return v;
}

}  // namespace

nlohmann::json crop_image_to_json(const CropImage& crop) {
  return {{"png", base64_encode(crop.png)},
          {"box", box_to_json(crop.box)},
          {"width", crop.width},
          {"height", crop.height}};
}

Expected<CropImage> crop_image_from_json(const nlohmann::json& j) {
  auto bad = [](const char* why) { return make_error(ErrorCode::worker_protocol, std::string("bad crop: ") + why); };
  if (!j.is_object() || !j.contains("png") || !j["png"].is_string() || !j.contains("box") || !j["box"].is_array() ||
      j["box"].size() != 4 || !j.contains("width") || !j["width"].is_number_integer() || !j.contains("height") ||
      !j["height"].is_number_integer())
    return bad("missing members");
  const auto& text = j["png"].get_ref<const std::string&>();
  if (text.size() > (kMaxCropPngBytes + 2) / 3 * 4) return bad("too large");
  auto png = base64_decode(text);
  if (!png) return bad("not base64");
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (png->size() < 33 || png->compare(0, 8, kSignature, 8) != 0 || png->compare(12, 4, "IHDR") != 0) return bad("not a PNG");
  CropImage out;
  out.width = j["width"].get<int>();
  out.height = j["height"].get<int>();
  if (out.width <= 0 || out.height <= 0 || static_cast<double>(out.width) * out.height > kMaxCropPixels ||
      big_endian(*png, 16) != static_cast<uint32_t>(out.width) || big_endian(*png, 20) != static_cast<uint32_t>(out.height))
    return bad("size does not match the PNG");
  const auto box = box_from_json(j["box"]);
  if (!box) return bad("box");
  out.box = *box;
  out.png = std::move(*png);
  return out;
}

CropRenderer::CropRenderer() = default;
CropRenderer::~CropRenderer() = default;

Expected<CropImage> CropRenderer::render(const DocumentTask& doc, int page, const CropSpec& spec) {
  if (page < 0 || page >= doc.limits.max_pages) return make_error(ErrorCode::worker_protocol, "no such page");
  if (doc.kind == FileKind::pdf) return render_pdf(doc, page, spec);
  return render_image(doc, page, spec);
}

Expected<CropImage> CropRenderer::render_pdf(const DocumentTask& doc, int index, const CropSpec& spec) {
  const std::string key = doc.path + '\0' + doc.password;
  if (!pdf_ || key != open_key_) {
    keep_poppler_globals();
    pdf_.reset(poppler::document::load_from_file(doc.path, doc.password, doc.password));
    open_key_ = key;
    if (!pdf_) return make_error(ErrorCode::corrupt, "the PDF cannot be opened again for the crop");
  }
  if (pdf_->is_locked()) return make_error(ErrorCode::encrypted, "the PDF is encrypted");
  if (index >= pdf_->pages()) return make_error(ErrorCode::corrupt, "the page is not in the PDF");
  std::unique_ptr<poppler::page> page(pdf_->create_page(index));
  if (!page) return make_error(ErrorCode::corrupt, "the page cannot be loaded");
  // Evidence boxes are on the page as displayed (after /Rotate), as Poppler renders it.
  const auto rect = page->page_rect(poppler::crop_box);
  const auto orientation = page->orientation();
  const bool turned = orientation == poppler::page::landscape || orientation == poppler::page::seascape;
  const double w = turned ? rect.height() : rect.width(), h = turned ? rect.width() : rect.height();
  if (!(w > 0 && h > 0) || w > doc.limits.max_page_inches * 72 || h > doc.limits.max_page_inches * 72)
    return make_error(ErrorCode::page_size_invalid, "the page has no usable size");
  const auto box = clamp_to_page(spec.box, w, h);
  if (!box) return make_error(ErrorCode::page_size_invalid, "the evidence box lies outside the page");
  const double dpi = fitting_dpi(*box, spec.dpi);
  const double s = dpi / 72;
  const int x = static_cast<int>(std::floor(box->x0 * s)), y = static_cast<int>(std::floor(box->y0 * s));
  const int pw = std::max(1, static_cast<int>(std::ceil(box->x1 * s)) - x);
  const int ph = std::max(1, static_cast<int>(std::ceil(box->y1 * s)) - y);
  // The region asked for (grown to hold this crop), else the whole page, is rasterised once and its
  // crops cut from it; a region too large to keep is skipped and the crop rendered alone.
  const Box area = raster_area(spec.region ? clamp_to_page(*spec.region, w, h) : std::nullopt, *box, w, h);
  const int page_px_w = static_cast<int>(w * s + 0.5), page_px_h = static_cast<int>(h * s + 0.5);
  const int rx = static_cast<int>(std::floor(area.x0 * s)), ry = static_cast<int>(std::floor(area.y0 * s));
  const int rw = std::min(page_px_w, static_cast<int>(std::ceil(area.x1 * s))) - rx;
  const int rh = std::min(page_px_h, static_cast<int>(std::ceil(area.y1 * s))) - ry;
  if (rw > 0 && rh > 0 && static_cast<double>(rw) * rh <= kMaxPageRasterPixels) {
    const std::string raster_key = doc.path + '\0' + doc.password + '\0' + std::to_string(index) + '\0' + std::to_string(dpi) +
                                   '\0' + std::to_string(rx) + ',' + std::to_string(ry) + ',' + std::to_string(rw) + ',' + std::to_string(rh);
    Pix* raster = page_raster(raster_key);
    if (!raster) {
      const bool whole_page = rx == 0 && ry == 0 && rw == page_px_w && rh == page_px_h;
      PixPtr pix = whole_page ? render_gray(*page, dpi) : render_gray(*page, dpi, rx, ry, rw, rh);
      if (!pix) return make_error(ErrorCode::corrupt, "the page cannot be rendered");
      keep_page_raster(raster_key, std::move(pix));
      raster = raster_.get();
    }
    PixPtr clipped = clip(raster, x - rx, y - ry, pw, ph);
    if (!clipped) return make_error(ErrorCode::page_size_invalid, "the evidence box lies outside the page");
    const int cw = pixGetWidth(clipped.get()), ch = pixGetHeight(clipped.get());
    return encode_png(clipped.get(), Box{x / s, y / s, (x + cw) / s, (y + ch) / s}, spec.turn);
  }
  PixPtr pix = render_gray(*page, dpi, x, y, pw, ph);
  if (!pix) return make_error(ErrorCode::corrupt, "the page cannot be rendered");
  return encode_png(pix.get(), Box{x / s, y / s, (x + pw) / s, (y + ph) / s}, spec.turn);
}

void CropRenderer::keep_page_raster(std::string key, PixPtr pix) {
  raster_key_ = std::move(key);
  raster_ = std::move(pix);
}

Expected<CropImage> CropRenderer::render_image(const DocumentTask& doc, int index, const CropSpec& spec) {
  // Dimensions from the header first: a decompression bomb is refused without being expanded.
  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  if (pixReadHeader(doc.path.c_str(), &format, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 || h <= 0)
    return make_error(ErrorCode::corrupt, "the image cannot be decoded");
  if (static_cast<double>(w) * h / 1e6 > doc.limits.max_megapixels)
    return make_error(ErrorCode::page_too_large, "the image exceeds the megapixel limit");
  if (doc.kind != FileKind::tiff && index != 0) return make_error(ErrorCode::corrupt, "the image has one page");
  // The page decoded once, in gray, for all its crops.
  const std::string key = doc.path + '\0' + std::to_string(index);
  Pix* whole = page_raster(key);
  if (!whole) {
    PixPtr pix(doc.kind == FileKind::tiff ? pixReadTiff(doc.path.c_str(), index) : pixRead(doc.path.c_str()));
    if (!pix) return make_error(ErrorCode::corrupt, "the image cannot be decoded");
    if (static_cast<double>(pixGetWidth(pix.get())) * pixGetHeight(pix.get()) / 1e6 > doc.limits.max_megapixels)
      return make_error(ErrorCode::page_too_large, "the image exceeds the megapixel limit");
    const double xres = pixGetXRes(pix.get());
    PixPtr gray = to_gray8(pix.get());
    pix.reset();
    if (!gray) return make_error(ErrorCode::corrupt, "the image cannot be converted to gray");
    pixSetXRes(gray.get(), static_cast<l_int32>(xres));
    keep_page_raster(key, std::move(gray));
    whole = raster_.get();
  }
  const int width = pixGetWidth(whole), height = pixGetHeight(whole);
  // Points on an image page are pixels at the resolution the reader assumed (image_source.h).
  const double image_dpi = ImageSource::assumed_dpi(width, pixGetXRes(whole));
  const double p2px = image_dpi / 72;
  const auto box = clamp_to_page(spec.box, width / p2px, height / p2px);
  if (!box) return make_error(ErrorCode::page_size_invalid, "the evidence box lies outside the page");
  const int x = static_cast<int>(std::floor(box->x0 * p2px)), y = static_cast<int>(std::floor(box->y0 * p2px));
  const int cw = std::min(width - x, static_cast<int>(std::ceil(box->x1 * p2px)) - x);
  const int ch = std::min(height - y, static_cast<int>(std::ceil(box->y1 * p2px)) - y);
  if (cw < 1 || ch < 1) return make_error(ErrorCode::page_size_invalid, "the evidence box lies outside the page");
  PixPtr gray = clip(whole, x, y, cw, ch);
  if (!gray) return make_error(ErrorCode::corrupt, "the image cannot be cropped");
  const Box rendered{x / p2px, y / p2px, (x + cw) / p2px, (y + ch) / p2px};
  const double scale = fitting_dpi(rendered, spec.dpi) / image_dpi;
  if (scale < 1) {
    const auto f = static_cast<l_float32>(scale);
    gray.reset(pixScaleGrayLI(gray.get(), f, f));
    if (!gray) return make_error(ErrorCode::corrupt, "the crop cannot be scaled");
  }
  return encode_png(gray.get(), rendered, spec.turn);
}

}  // namespace cc
