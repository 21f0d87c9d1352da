#include "pipeline/reader/image_source.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "pipeline/reader/ocr_page.h"
#include "pipeline/reader/page_prep.h"
#include "pipeline/reader/pix.h"

namespace cc {
namespace {

constexpr int kMaxReadDpi = 400;  // sharper scans are scaled down to the OCR resolution first

Status check_dimensions(int w, int h, const Limits& limits, const std::string& what) {
  if (w <= 0 || h <= 0) return make_error(ErrorCode::page_size_invalid, what + " has no pixels");
  const double mp = static_cast<double>(w) * static_cast<double>(h) / 1e6;
  if (mp > limits.max_megapixels) {
    char buf[200];
    snprintf(buf, sizeof buf, "%s is %d x %d pixels (%.0f megapixels); the limit is %.0f (--max-megapixels)",
             what.c_str(), w, h, mp, limits.max_megapixels);
    return make_error(ErrorCode::page_too_large, buf);
  }
  return ok_status();
}

Error decode_error(FileKind kind) {
  return make_error(ErrorCode::corrupt, std::string("the ") + std::string(file_kind_name(kind)) +
                                            " image cannot be decoded (damaged or truncated)");
}

}  // namespace

int ImageSource::assumed_dpi(int width_px, int stated_dpi) {
  if (stated_dpi >= 100 && stated_dpi <= 1200) return stated_dpi;
  return std::clamp(static_cast<int>(std::lround(width_px / 8.5)), 70, 600);
}

Expected<std::unique_ptr<ImageSource>> ImageSource::open(const std::string& path, FileKind kind, const Limits& limits) {
  std::unique_ptr<ImageSource> src(new ImageSource());
  src->path_ = path;
  src->kind_ = kind;
  src->limits_ = limits;
  if (kind == FileKind::tiff) {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) return make_error(ErrorCode::unreadable, "cannot open the file for reading");
    l_int32 n = 0;
    const bool bad = tiffGetCount(f, &n) != 0;
    fclose(f);
    if (bad) return decode_error(kind);
    if (n <= 0) return make_error(ErrorCode::no_pages, "the TIFF holds no images");
    if (n > limits.max_pages)
      return make_error(ErrorCode::too_many_pages, "the TIFF has " + std::to_string(n) + " pages; the limit is " +
                                                       std::to_string(limits.max_pages) + " (--max-pages)");
    src->page_count_ = n;
    return src;
  }
  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  if (pixReadHeader(path.c_str(), &format, &w, &h, &bps, &spp, &cmap) != 0) return decode_error(kind);
  if (auto st = check_dimensions(w, h, limits, "the image"); !st) return st.error();
  src->page_count_ = 1;
  return src;
}

Expected<PageText> ImageSource::read_page(int index, OcrEngine& engine) const {
  if (kind_ == FileKind::tiff) {
    // Check the page's size before decoding it.
    l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
    const bool bad = readHeaderTiff(path_.c_str(), index, &w, &h, &bps, &spp, &res, &cmap, &format) != 0;
    if (bad) return decode_error(kind_);
    if (auto st = check_dimensions(w, h, limits_, "this TIFF page"); !st) return st.error();
  }
  PixPtr pix(kind_ == FileKind::tiff ? pixReadTiff(path_.c_str(), index) : pixRead(path_.c_str()));
  if (!pix) return decode_error(kind_);
  if (auto st = check_dimensions(pixGetWidth(pix.get()), pixGetHeight(pix.get()), limits_, "the image"); !st)
    return st.error();

  const int stated = pixGetXRes(pix.get());
  const int dpi = assumed_dpi(pixGetWidth(pix.get()), stated);
  PageText out;
  out.number = index + 1;
  out.width_pt = pixGetWidth(pix.get()) * 72.0 / dpi;
  out.height_pt = pixGetHeight(pix.get()) * 72.0 / dpi;
  if (dpi != stated) out.notes.push_back("image resolution assumed " + std::to_string(dpi) + " dpi");

  PixPtr gray = to_gray8(pix.get());
  pix.reset();
  if (!gray) return decode_error(kind_);
  int read_dpi = dpi;
  if (dpi > kMaxReadDpi) {
    const float scale = static_cast<float>(limits_.ocr_dpi) / static_cast<float>(dpi);
    gray.reset(pixScaleGrayLI(gray.get(), scale, scale));
    if (!gray) return decode_error(kind_);
    read_dpi = limits_.ocr_dpi;
  }
  // OCR maps boxes with read_dpi; the page size stays that of the original image.
  if (auto st = ocr_page(gray.get(), read_dpi, engine, out); !st) return st.error();
  return out;
}

}  // namespace cc
