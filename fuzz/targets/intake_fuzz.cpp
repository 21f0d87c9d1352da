// Fuzz target: a whole file through intake and the worker's side of the boundary, in-process:
// sniffed from its bytes, opened and read page by page by the PageReader with tight limits (2
// pages, 0.05 megapixels, 72 dpi), and every page sent through the wire format as a worker would
// send it and decoded as the coordinator would. Poppler, Leptonica and Tesseract are Debian's
// uninstrumented builds: this finds our bugs around them (and their crashes), not theirs inside.
// The megapixel cap is far below a legible page on purpose: pages that need OCR end in
// page_too_large before Tesseract runs (a page's OCR takes seconds, which starved the fuzzer
// down to a few inputs a minute), so the time goes to sniffing, opening, text layers, the
// size checks and the wire format.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/page_text_json.h"
#include "pipeline/intake/sniff.h"
#include "pipeline/reader/page_reader.h"
#include "pipeline/workers/wire.h"

namespace {

cc::PageReader* reader() {
  static std::unique_ptr<cc::PageReader> r = [] {
    auto created = cc::PageReader::create(cc::OcrOptions{}, [](int) {});
    return created ? std::move(created).value() : nullptr;
  }();
  return r.get();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto kind = cc::sniff_bytes(bytes.substr(0, 1024), static_cast<long long>(size));
  if (!kind || !reader()) return 0;
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("credcheck-intake-fuzz-" + std::to_string(getpid()))).string();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  cc::DocumentTask task;
  task.path = path;
  task.kind = *kind;
  task.limits.max_pages = 2;
  task.limits.max_megapixels = 0.05;
  task.limits.ocr_dpi = 72;
  task.limits.max_parser_errors = 200;
  // Each input is a new document even when its bytes repeat: a fresh key forces a reopen.
  static unsigned long serial = 0;
  task.password = std::to_string(++serial);
  auto pages = reader()->open(task);
  if (pages) {
    for (int i = 0; i < *pages && i < task.limits.max_pages; ++i) {
      auto page = reader()->read(task, i);
      if (!page) continue;
      const std::string frame = cc::encode_frame({{"id", 1}, {"ok", true}, {"page", cc::page_text_to_json(*page)}});
      cc::FrameDecoder decoder;
      decoder.feed(frame.data(), frame.size());
      auto decoded = decoder.next();
      if (!decoded || !decoded->has_value()) __builtin_trap();
      if (!cc::page_text_from_json((**decoded)["page"], static_cast<size_t>(task.limits.max_words_per_page)))
        __builtin_trap();  // a page a worker sends must decode on the other side
    }
  }
  std::remove(path.c_str());
  return 0;
}
