#include "pipeline/reader/pdf_source.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "pipeline/intake/sniff.h"
#include "pipeline/reader/box_marks.h"
#include "pipeline/reader/image_placements.h"
#include "pipeline/reader/ocr_page.h"
#include "pipeline/reader/parser_diagnostics.h"
#include "pipeline/reader/pictured_text.h"
#include "pipeline/reader/step_times.h"
#include "pipeline/reader/pix.h"
#include "pipeline/reader/text_layer.h"

namespace cc {
namespace {

constexpr double kMinPageSidePt = 10;        // smaller than this is not a document page
constexpr int kInkCheckDpi = 50;             // cheap render used to look for a scan under sparse text
constexpr double kInkOutsideTextForOcr = 0.004;
constexpr double kInkForNonBlank = 0.0005;
constexpr int kMinOcrDpi = 70;               // below this text cannot be read: the page is too large

std::string first_parser_message() {
  const auto& msgs = ParserDiagnostics::instance().first_messages();
  return msgs.empty() ? std::string() : " (" + msgs.front() + ")";
}

std::string utf8(const poppler::ustring& s) {
  auto bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

PixPtr to_pix(const poppler::image& img) {
  if (!img.is_valid() || img.format() != poppler::image::format_gray8) return nullptr;
  PixPtr pix(pixCreate(img.width(), img.height(), 8));
  if (!pix) return nullptr;
  const int wpl = pixGetWpl(pix.get());
  l_uint32* dst = pixGetData(pix.get());
  for (int y = 0; y < img.height(); ++y)
    std::memcpy(dst + static_cast<size_t>(y) * static_cast<size_t>(wpl), img.const_data() + static_cast<size_t>(y) * static_cast<size_t>(img.bytes_per_row()), static_cast<size_t>(img.width()));
  pixEndianByteSwap(pix.get());  // Leptonica keeps bytes big-endian within 32-bit words
  return pix;
}

poppler::image render(poppler::page& page, double dpi, int x = -1, int y = -1, int w = -1, int h = -1) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_paper_color(0xffffffff);
  return renderer.render_page(&page, dpi, dpi, x, y, w, h);
}

// The text layer's words as Poppler gives them, with each word's direction (quarter turns), not
// yet ordered into lines: words read from the page's pictures may join them first.
struct TextLayerWords {
  std::vector<Word> words;
  std::vector<int> turns;
};

TextLayerWords text_layer_words(poppler::page& page) {
  std::vector<Word> words;
  std::vector<int> turns;
  for (auto& box : page.text_list()) {
    Word w;
    w.text = utf8(box.text());
    if (w.text.empty()) continue;
    auto r = box.bbox();
    w.box = {r.left(), r.top(), r.right(), r.bottom()};
    w.confidence = 1.0f;
    words.push_back(std::move(w));
    turns.push_back(box.rotation());
  }
  return {std::move(words), std::move(turns)};
}

// Pictures placed on a text-layer page that may hold text the layer lacks (pictured_text.h): each
// rendered at the OCR resolution and read; a reading that is text adds its words (boxes in page
// points) to `layer`. Returns the notes saying what was read and what was passed over.
std::vector<std::string> read_pictured_text(poppler::page& page, const std::vector<PlacedImage>& images,
                                            OcrEngine& engine, int dpi, double width_pt, double height_pt,
                                            TextLayerWords& layer) {
  std::vector<std::string> notes;
  const std::vector<Box> regions = pictures_to_read(images, layer.words, width_pt, height_pt);
  const double scale = dpi / 72.0;
  std::vector<Word> added;
  for (const Box& region : regions) {
    StepTimer timer("pictures on text-layer pages read");
    char where[96];
    snprintf(where, sizeof where, "picture at %.0f,%.0f-%.0f,%.0f pt", region.x0, region.y0, region.x1, region.y1);
    const int x = static_cast<int>(std::floor(region.x0 * scale)), y = static_cast<int>(std::floor(region.y0 * scale));
    const int w = static_cast<int>(std::ceil(region.x1 * scale)) - x, h = static_cast<int>(std::ceil(region.y1 * scale)) - y;
    PixPtr gray = render_gray(page, dpi, x, y, w, h);
    if (!gray) continue;
    PageText reading;
    if (auto status = ocr_page(gray.get(), dpi, engine, reading); !status) {
      notes.push_back(std::string(where) + " not read: " + status.error().message);
      continue;
    }
    const double dx = x / scale, dy = y / scale;
    for (Word& word : reading.words) word.box = {word.box.x0 + dx, word.box.y0 + dy, word.box.x1 + dx, word.box.y1 + dy};
    // The rendering holds the text layer's own words printed over the picture: only the words
    // it does not have are judged and added.
    std::vector<Word> words = picture_words_to_add(std::move(reading.words), layer.words);
    const PictureVerdict verdict = judge_picture_reading(words);
    if (!verdict.text) {
      notes.push_back(std::string(where) + " not taken as text: " + verdict.reason);
      continue;
    }
    double confidence = 0;
    for (const Word& word : words) confidence += word.confidence;
    char note[200];
    snprintf(note, sizeof note, "%s read by OCR at %d dpi: %zu word(s) added to the text layer's (mean confidence %.0f%%)",
             where, dpi, words.size(), 100 * confidence / static_cast<double>(words.size()));
    notes.push_back(note);
    for (Word& word : words) added.push_back(std::move(word));
  }
  for (Word& word : added) {
    layer.words.push_back(std::move(word));
    layer.turns.push_back(0);
  }
  return notes;
}

// A valid one-page PDF with a correct cross-reference table (no repair messages).
std::string blank_pdf() {
  const char* objects[] = {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                           "<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (int i = 0; i < 3; ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj" + objects[i] + "endobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  char entry[24];
  for (size_t off : offsets) {
    snprintf(entry, sizeof entry, "%010zu 00000 n \n", off);
    pdf += entry;
  }
  return pdf + "trailer<</Size 4/Root 1 0 R>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
}

}  // namespace

PixPtr render_gray(poppler::page& page, double dpi, int x, int y, int w, int h) {
  return to_pix(render(page, dpi, x, y, w, h));
}

void keep_poppler_globals() {
  static const std::string blank = blank_pdf();
  static const std::unique_ptr<poppler::document> keeper(
      poppler::document::load_from_raw_data(blank.data(), static_cast<int>(blank.size())));
}

PdfSource::~PdfSource() = default;

Expected<std::unique_ptr<PdfSource>> PdfSource::open(const std::string& path, const std::string& password,
                                                     const Limits& limits) {
  const PdfTraits traits = pdf_traits(path);
  keep_poppler_globals();
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path, password, password));
  if (!doc) {
    if (!traits.has_eof_marker)
      return make_error(ErrorCode::truncated, "the PDF ends early (no %%EOF marker) and cannot be repaired" + first_parser_message());
    return make_error(ErrorCode::corrupt, "the PDF cannot be parsed" + first_parser_message());
  }
  if (doc->is_locked())
    return make_error(ErrorCode::encrypted, password.empty()
                                                ? "the PDF is encrypted and needs a password to open"
                                                : "the PDF is encrypted and the password given does not open it");
  const int pages = doc->pages();
  if (pages <= 0) return make_error(ErrorCode::no_pages, "the PDF has no pages" + first_parser_message());
  if (pages > limits.max_pages)
    return make_error(ErrorCode::too_many_pages, "the PDF has " + std::to_string(pages) + " pages; the limit is " +
                                                     std::to_string(limits.max_pages) + " (--max-pages)");
  if (traits.needs_xfa_rendering)
    return make_error(ErrorCode::xfa_form, "the PDF is a dynamic XFA form whose content is not in its pages; "
                                           "print it to PDF from Adobe Reader and send that");
  std::unique_ptr<PdfSource> source(new PdfSource());
  source->doc_ = std::move(doc);
  source->page_count_ = pages;
  source->limits_ = limits;
  source->path_ = path;
  source->password_ = password;
  return source;
}

Expected<PageText> PdfSource::read_page(int index, OcrEngine& engine, bool force_ocr) const {
  std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) return make_error(ErrorCode::corrupt, "the page cannot be loaded" + first_parser_message());

  PageText out;
  out.number = index + 1;
  const auto rect = page->page_rect(poppler::crop_box);
  const auto orientation = page->orientation();
  const bool turned = orientation == poppler::page::landscape || orientation == poppler::page::seascape;
  out.width_pt = turned ? rect.height() : rect.width();
  out.height_pt = turned ? rect.width() : rect.height();
  if (!(out.width_pt >= kMinPageSidePt && out.height_pt >= kMinPageSidePt)) {
    char buf[160];
    snprintf(buf, sizeof buf, "the page measures %.0f x %.0f pt; it has no usable size", out.width_pt, out.height_pt);
    return make_error(ErrorCode::page_size_invalid, buf);
  }
  const double max_side_pt = limits_.max_page_inches * 72;
  if (out.width_pt > max_side_pt || out.height_pt > max_side_pt) {
    char buf[200];
    snprintf(buf, sizeof buf, "the page measures %.0f x %.0f inches; pages larger than %.0f inches are not read",
             out.width_pt / 72, out.height_pt / 72, limits_.max_page_inches);
    return make_error(ErrorCode::page_too_large, buf);
  }

  TextLayerWords layer = text_layer_words(*page);
  std::vector<Word>& words = layer.words;
  const TextLayerJudgement judgement = judge_text_layer(words, out.width_pt, out.height_pt);
  bool need_ocr = force_ocr || judgement.verdict == TextLayerVerdict::garbled;
  if (!need_ocr && judgement.verdict != TextLayerVerdict::usable) {
    const poppler::image thumb = render(*page, kInkCheckDpi);
    if (!thumb.is_valid()) return make_error(ErrorCode::corrupt, "the page cannot be rendered" + first_parser_message());
    std::vector<Box> boxes;
    for (const auto& w : words) boxes.push_back(w.box);
    const GrayView view{reinterpret_cast<const unsigned char*>(thumb.const_data()), thumb.width(), thumb.height(), thumb.bytes_per_row()};
    const double ink = ink_outside_boxes(view, boxes, kInkCheckDpi / 72.0, 2);
    need_ocr = words.empty() ? ink >= kInkForNonBlank : ink >= kInkOutsideTextForOcr;
    if (words.empty() && !need_ocr) {
      out.source = TextSource::none;
      out.notes.push_back("blank page");
      return out;
    }
  }
  if (!need_ocr) {
    out.source = TextSource::text_layer;
    if (!placements_tried_) {
      placements_tried_ = true;
      placements_ = ImagePlacements::open(path_, password_);
    }
    if (placements_)
      if (auto images = placements_->on_page(index); !images.empty()) {
        auto notes = read_pictured_text(*page, images, engine, limits_.ocr_dpi, out.width_pt, out.height_pt, layer);
        out.notes.insert(out.notes.end(), notes.begin(), notes.end());
      }
    out.words = order_into_lines(std::move(layer.words), layer.turns);
    // A form's boxes drawn as graphics (and the marks drawn in them) are no text: read them from
    // a rendering of the page, when its text asks for ticks.
    if (may_hold_check_boxes(out.words))
      if (PixPtr gray = render_gray(*page, kTextLayerBoxDpi)) out.box_marks = box_marks_in_points(gray.get(), kTextLayerBoxDpi);
    return out;
  }
  out.notes.push_back(force_ocr ? "OCR forced" : judgement.reason + ": OCR");

  // The OCR resolution, lowered when the page would exceed the megapixel limit.
  int dpi = limits_.ocr_dpi;
  const double square_inches = (out.width_pt / 72) * (out.height_pt / 72);
  if (square_inches * dpi * dpi > limits_.max_megapixels * 1e6) {
    dpi = static_cast<int>(std::floor(std::sqrt(limits_.max_megapixels * 1e6 / square_inches)));
    if (dpi < kMinOcrDpi) {
      char buf[200];
      snprintf(buf, sizeof buf, "the page (%.0f x %.0f in) cannot be rendered legibly within %.0f megapixels (--max-megapixels)",
               out.width_pt / 72, out.height_pt / 72, limits_.max_megapixels);
      return make_error(ErrorCode::page_too_large, buf);
    }
    out.notes.push_back("rendered at " + std::to_string(dpi) + " dpi to stay within the megapixel limit");
  }
  PixPtr gray = render_gray(*page, dpi);
  if (!gray) return make_error(ErrorCode::corrupt, "the page cannot be rendered" + first_parser_message());
  if (auto status = ocr_page(gray.get(), dpi, engine, out); !status) return status.error();
  return out;
}

}  // namespace cc
