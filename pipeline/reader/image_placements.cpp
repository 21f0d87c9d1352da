#include "pipeline/reader/image_placements.h"

#include <algorithm>

#if CREDCHECK_POPPLER_CORE
#include <GfxState.h>
#include <goo/GooString.h>
#include <Object.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#endif

namespace cc {

#if CREDCHECK_POPPLER_CORE
namespace {

// Bounds a page with thousands of tiny images (a picture cut into tiles, a pattern) can hold.
constexpr size_t kMaxImagesPerPage = 2000;

// Records each image's unit square under the current transform; draws nothing. Inline images'
// data are consumed by the base class, as Poppler requires.
class ImageBoxes : public OutputDev {
 public:
  std::vector<PlacedImage> images;

  bool upsideDown() override { return true; }
  bool useDrawChar() override { return false; }
  bool interpretType3Chars() override { return false; }
  bool needCharCount() override { return false; }

  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert, bool interpolate,
                     bool inlineImg) override {
    record(state, width, height);
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colorMap,
                 bool interpolate, const int* maskColors, bool inlineImg) override {
    record(state, width, height);
    OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
  }
  void drawMaskedImage(GfxState* state, Object* /*ref*/, Stream* /*str*/, int width, int height,
                       GfxImageColorMap* /*colorMap*/, bool /*interpolate*/, Stream* /*maskStr*/, int /*maskWidth*/,
                       int /*maskHeight*/, bool /*maskInvert*/, bool /*maskInterpolate*/) override {
    record(state, width, height);
  }
  void drawSoftMaskedImage(GfxState* state, Object* /*ref*/, Stream* /*str*/, int width, int height,
                           GfxImageColorMap* /*colorMap*/, bool /*interpolate*/, Stream* /*maskStr*/, int /*maskWidth*/,
                           int /*maskHeight*/, GfxImageColorMap* /*maskColorMap*/, bool /*maskInterpolate*/) override {
    record(state, width, height);
  }

 private:
  void record(GfxState* state, int width, int height) {
    if (images.size() >= kMaxImagesPerPage) return;
    double xs[4], ys[4];
    state->transform(0, 0, &xs[0], &ys[0]);
    state->transform(1, 0, &xs[1], &ys[1]);
    state->transform(0, 1, &xs[2], &ys[2]);
    state->transform(1, 1, &xs[3], &ys[3]);
    PlacedImage p;
    p.box = {*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), *std::max_element(xs, xs + 4),
             *std::max_element(ys, ys + 4)};
    p.pixels_wide = width;
    p.pixels_high = height;
    images.push_back(p);
  }
};

// Whether the page's resources name an image XObject, or a form XObject (which may draw one).
// Inline images (BI ... EI inside the content stream) are not seen by this look-up: by the PDF
// specification's advice they are small (4 KB), too small to hold a table.
bool may_draw_images(Page* page) {
  Dict* resources = page->getResourceDict();
  if (!resources) return false;
  Object xobjects = resources->lookup("XObject");
  if (!xobjects.isDict()) return false;
  for (int i = 0; i < xobjects.dictGetLength(); ++i) {
    Object x = xobjects.dictGetVal(i);
    if (!x.isStream()) continue;
    Object subtype = x.streamGetDict()->lookup("Subtype");
    if (subtype.isName("Image") || subtype.isName("Form")) return true;
  }
  return false;
}

}  // namespace

struct ImagePlacements::Impl {
  std::unique_ptr<PDFDoc> doc;
};

bool ImagePlacements::available() { return true; }

std::unique_ptr<ImagePlacements> ImagePlacements::open(const std::string& path, const std::string& password) {
  std::optional<GooString> pw;
  if (!password.empty()) pw = GooString(password);
  auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), pw, pw);
  if (!doc->isOk()) return nullptr;
  std::unique_ptr<ImagePlacements> out(new ImagePlacements());
  out->impl_ = std::make_unique<Impl>();
  out->impl_->doc = std::move(doc);
  return out;
}

ImagePlacements::~ImagePlacements() = default;

std::vector<PlacedImage> ImagePlacements::on_page(int index) const {
  PDFDoc& doc = *impl_->doc;
  if (index < 0 || index >= doc.getNumPages()) return {};
  Page* page = doc.getPage(index + 1);
  if (!page || !may_draw_images(page)) return {};
  ImageBoxes boxes;
  // The same frame as poppler-cpp's text_list(): 72 dpi, crop box, no extra turn.
  doc.displayPageSlice(&boxes, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1);
  return std::move(boxes.images);
}

#else

struct ImagePlacements::Impl {};
bool ImagePlacements::available() { return false; }
std::unique_ptr<ImagePlacements> ImagePlacements::open(const std::string&, const std::string&) { return nullptr; }
ImagePlacements::~ImagePlacements() = default;
std::vector<PlacedImage> ImagePlacements::on_page(int) const { return {}; }

#endif

}  // namespace cc
