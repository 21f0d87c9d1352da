#include "pipeline/reader/page_reader.h"

#include <chrono>

#include "pipeline/reader/parser_diagnostics.h"

namespace cc {

Expected<std::unique_ptr<PageReader>> PageReader::create(const OcrOptions& ocr, std::function<void(int)> on_parser_flood) {
  auto engine = OcrEngine::create(ocr);
  if (!engine) return engine.error();
  std::unique_ptr<PageReader> reader(new PageReader());
  reader->engine_ = std::move(engine).value();
  reader->on_parser_flood_ = std::move(on_parser_flood);
  return reader;
}

Status PageReader::ensure_open(const DocumentTask& task) {
  const std::string key = task.path + '\n' + task.password;
  if (key == open_key_ && (pdf_ || image_)) return ok_status();
  open_key_.clear();
  pdf_.reset();
  image_.reset();
  ParserDiagnostics::instance().reset(task.limits.max_parser_errors, on_parser_flood_);
  if (task.kind == FileKind::pdf) {
    auto pdf = PdfSource::open(task.path, task.password, task.limits);
    if (!pdf) return pdf.error();
    pdf_ = std::move(pdf).value();
    page_count_ = pdf_->page_count();
  } else {
    auto image = ImageSource::open(task.path, task.kind, task.limits);
    if (!image) return image.error();
    image_ = std::move(image).value();
    page_count_ = image_->page_count();
  }
  open_key_ = key;
  return ok_status();
}

Expected<int> PageReader::open(const DocumentTask& task) {
  if (auto st = ensure_open(task); !st) return st.error();
  return page_count_;
}

Expected<PageText> PageReader::read(const DocumentTask& task, int index) {
  if (auto st = ensure_open(task); !st) return st.error();
  if (index < 0 || index >= page_count_)
    return make_error(ErrorCode::internal, "page index " + std::to_string(index) + " out of range");
  const auto start = std::chrono::steady_clock::now();
  auto page = pdf_ ? pdf_->read_page(index, *engine_, task.force_ocr) : image_->read_page(index, *engine_);
  if (!page) return page.error().within("page " + std::to_string(index + 1));
  if (page->words.size() > static_cast<size_t>(task.limits.max_words_per_page)) {
    page->words.resize(static_cast<size_t>(task.limits.max_words_per_page));
    page->notes.push_back("word list cut at the per-page limit");
  }
  page->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return page;
}

}  // namespace cc
