// The per-page work of the reading stage, as a function of a small context: a DocumentTask says
// which file and how to read it, a page index says which page; the result is a PageText or an
// Error. A PageReader holds what is worth keeping between calls in one worker process: the
// Tesseract engine (created once) and the last document opened (reused while its pages come in).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/expected.h"
#include "core/limits.h"
#include "core/page_text.h"
#include "pipeline/reader/image_source.h"
#include "pipeline/reader/ocr_engine.h"
#include "pipeline/reader/pdf_source.h"

namespace cc {

struct DocumentTask {
  std::string path;
  FileKind kind = FileKind::unknown;
  std::string password;  // never logged nor written out
  bool force_ocr = false;
  Limits limits;
};

class PageReader {
 public:
  // `on_parser_flood` is called when Poppler reports more than limits.max_parser_errors messages
  // for one document (a worker reports the error and exits: Poppler cannot be interrupted).
  static Expected<std::unique_ptr<PageReader>> create(const OcrOptions& ocr, std::function<void(int)> on_parser_flood);

  // Opens (or reuses) the document and returns its page count.
  Expected<int> open(const DocumentTask& task);
  // Reads page `index` (from 0) of the document.
  Expected<PageText> read(const DocumentTask& task, int index);

 private:
  PageReader() = default;
  Status ensure_open(const DocumentTask& task);

  std::unique_ptr<OcrEngine> engine_;
  std::function<void(int)> on_parser_flood_;
  std::string open_key_;
  std::unique_ptr<PdfSource> pdf_;
  std::unique_ptr<ImageSource> image_;
  int page_count_ = 0;
};

}  // namespace cc
