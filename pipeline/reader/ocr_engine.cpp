#include "pipeline/reader/ocr_engine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <string_view>

#include "pipeline/reader/glyph_widths.h"
#include "pipeline/reader/step_times.h"

namespace cc {
namespace {

const char* datapath(const OcrOptions& o) { return o.tessdata_dir.empty() ? nullptr : o.tessdata_dir.c_str(); }

void quiet(tesseract::TessBaseAPI& api) {
  api.SetVariable("debug_file", "/dev/null");  // "Estimating resolution..." and friends
}

// The settings every recognising model gets.
void configure(tesseract::TessBaseAPI& api) {
  quiet(api);
  // Inverted-text retries cost time on every low-confidence line; transcripts print dark on light.
  api.SetVariable("tessedit_do_invert", "0");
  // Transcripts print Roman numerals and 1s, never a vertical bar: "Chemistry II", not "|I".
  api.SetVariable("tessedit_char_blacklist", "|");
  // Heavier noise-blob removal in layout analysis: CER 2.0% -> 1.9% on generated scans.
  api.SetVariable("textord_heavy_nr", "1");
  // The fixed-pitch test feeds the legacy engine's character chopper; the LSTM reads whole lines.
  // Off: the same text on bench/'s scans, 3% less CPU per page.
  api.SetVariable("textord_disable_pitch_test", "1");
}

bool has_o_and_figure(const std::string& text) {
  return text.find_first_of("Oo") != std::string::npos && text.find_first_of("0123456789") != std::string::npos;
}

// The word under the iterator with zeros read as O put back (glyph_widths.h).
std::string with_zeros(const tesseract::ResultIterator& word_start, std::string text) {
  if (!has_o_and_figure(text)) return text;
  tesseract::ResultIterator it(word_start);
  std::vector<Glyph> glyphs;
  do {
    std::unique_ptr<char[]> symbol(it.GetUTF8Text(tesseract::RIL_SYMBOL));
    int left = 0, top = 0, right = 0, bottom = 0;
    if (!symbol || !it.BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom)) return text;
    glyphs.push_back({symbol.get(), right - left, bottom - top});
    if (it.IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL)) break;
  } while (it.Next(tesseract::RIL_SYMBOL));
  std::string joined;
  for (const auto& g : glyphs) joined += g.text;
  if (joined != text) return text;  // symbols that do not spell the word: leave it as read
  return zeros_read_as_o(glyphs);
}

Expected<std::vector<OcrWord>> read_with(tesseract::TessBaseAPI& api, Pix* image, int dpi, OcrLayout layout) {
  api.SetPageSegMode(layout == OcrLayout::single_block ? tesseract::PSM_SINGLE_BLOCK : tesseract::PSM_AUTO);
  StepTimer timer(layout == OcrLayout::single_block ? "recognise: single block" : "recognise: automatic layout");
  api.SetImage(image);
  api.SetSourceResolution(dpi);
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return make_error(ErrorCode::ocr_failed, "Tesseract failed to recognise the page");
  }
  std::vector<OcrWord> words;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  int line = -1;
  if (it) {
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) ++line;
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text || std::string_view(text.get()).find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
      OcrWord w;
      w.text = with_zeros(*it, text.get());
      it->BoundingBox(tesseract::RIL_WORD, &w.left, &w.top, &w.right, &w.bottom);
      w.confidence = it->Confidence(tesseract::RIL_WORD) / 100.0f;
      w.line = std::max(line, 0);
      words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
  }
  api.Clear();
  return words;
}

constexpr float kMinOrientationConfidence = 1.5f;

}  // namespace

OcrEngine::~OcrEngine() = default;

Expected<std::unique_ptr<OcrEngine>> OcrEngine::create(const OcrOptions& options) {
  std::unique_ptr<OcrEngine> engine(new OcrEngine());
  engine->options_ = options;
  return engine;
}

Status OcrEngine::load() {
  if (api_) return ok_status();
  if (load_failed_) return make_error(ErrorCode::ocr_failed, *load_failed_);
  StepTimer timer("load the Tesseract models");
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(datapath(options_), options_.language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    load_failed_ = "cannot load the Tesseract model '" + options_.language + "' (is tesseract-ocr-" + options_.language +
                   " installed?)";
    return make_error(ErrorCode::ocr_failed, *load_failed_);
  }
  configure(*api);
  if (options_.detect_orientation) {
    osd_ = std::make_unique<tesseract::TessBaseAPI>();
    if (osd_->Init(datapath(options_), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      osd_.reset();  // no osd.traineddata: pages are read as they come
    } else {
      quiet(*osd_);
      osd_->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    }
  }
  api_ = std::move(api);
  return ok_status();
}

Expected<std::vector<OcrWord>> OcrEngine::recognize(Pix* image, int dpi, OcrLayout layout) {
  if (auto st = load(); !st) return st.error();
  return read_with(*api_, image, dpi, layout);
}

bool OcrEngine::has_language(const std::string& language) {
  auto found = other_languages_.find(language);
  if (found != other_languages_.end()) return found->second != nullptr;
  StepTimer timer("load a Tesseract language model");
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(datapath(options_), language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) api.reset();
  if (api) configure(*api);
  return (other_languages_[language] = std::move(api)) != nullptr;
}

Expected<std::vector<OcrWord>> OcrEngine::recognize_in(const std::string& language, Pix* image, int dpi, OcrLayout layout) {
  if (!has_language(language)) return make_error(ErrorCode::ocr_failed, "no Tesseract model '" + language + "'");
  return read_with(*other_languages_[language], image, dpi, layout);
}

std::optional<OrientationGuess> OcrEngine::detect_orientation(Pix* image, int dpi) {
  if (!load() || !osd_) return std::nullopt;
  StepTimer timer("orientation (OSD)");
  osd_->SetImage(image);
  osd_->SetSourceResolution(dpi);
  int orient_deg = 0;
  float orient_conf = 0, script_conf = 0;
  const char* script = nullptr;
  bool ok = osd_->DetectOrientationScript(&orient_deg, &orient_conf, &script, &script_conf);
  osd_->Clear();
  if (!ok || orient_conf < kMinOrientationConfidence) return std::nullopt;
  // orient_deg is how far the page's text is turned clockwise; turning it back takes the rest of
  // the full turn, clockwise (the tesseract CLI prints it as "Rotate:").
  return OrientationGuess{(4 - (orient_deg / 90) % 4) % 4, orient_conf};
}

}  // namespace cc
