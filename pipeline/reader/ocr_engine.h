// One Tesseract LSTM engine (and its orientation detector), created once per worker process and
// reused for every page: loading the model costs far more than reading a page. The models are
// loaded at the first page that needs OCR, so a batch of text-layer PDFs never loads them.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/expected.h"
#include "core/page_text.h"
#include "pipeline/reader/pix.h"

namespace tesseract {
class TessBaseAPI;
}

namespace cc {

struct OcrOptions {
  std::string language = "eng";
  std::string tessdata_dir;  // empty: Tesseract's built-in default (Debian: /usr/share/tesseract-ocr/5/tessdata)
  bool detect_orientation = true;
};

// Word boxes in the pixel coordinates of the image passed in.
struct OcrWord {
  std::string text;
  int left, top, right, bottom;
  float confidence;  // 0..1
  int line;
};

// How Tesseract finds the lines of a page. Single block reads each line across the whole page:
// table rows stay whole and single-character columns (credits, grades) are read; automatic
// layout finds columns and blocks, which suits display pages (diplomas: mixed sizes, centred),
// but turns a column of single digits into "vertical text" and loses it.
enum class OcrLayout { single_block, automatic };

struct OrientationGuess {
  int clockwise_quads = 0;  // turn the image this many quarter turns clockwise to make it upright
  float confidence = 0;
};

class OcrEngine {
 public:
  // Loads nothing yet; a model that cannot be loaded fails the first recognize() (ocr_failed).
  static Expected<std::unique_ptr<OcrEngine>> create(const OcrOptions& options);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  Expected<std::vector<OcrWord>> recognize(Pix* image, int dpi, OcrLayout layout = OcrLayout::single_block);
  // The same with another language's model ("spa"), loaded at its first use. False when that
  // model is not installed (remembered): the caller keeps the main model's reading.
  bool has_language(const std::string& language);
  Expected<std::vector<OcrWord>> recognize_in(const std::string& language, Pix* image, int dpi, OcrLayout layout);
  // Nullopt when no orientation model is installed or the page has too little text to tell.
  std::optional<OrientationGuess> detect_orientation(Pix* image, int dpi);

 private:
  OcrEngine() = default;
  Status load();  // the models, once; a failure is remembered
  OcrOptions options_;
  std::optional<std::string> load_failed_;
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  std::unique_ptr<tesseract::TessBaseAPI> osd_;
  std::map<std::string, std::unique_ptr<tesseract::TessBaseAPI>> other_languages_;  // null: not installed
};

}  // namespace cc
