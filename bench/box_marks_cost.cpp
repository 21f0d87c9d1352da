// bench-box-marks DPI IMAGE...: the cost of finding check boxes (pipeline/reader/box_marks.h) on
// OCR pages. Each image (a page rendered or scanned at DPI) is prepared as the reader prepares it
// for Tesseract (prepare_page, upright), then find_box_marks runs on it 7 times; the file's time
// is the median. Prints one line per file (ms, boxes found) and the median over the files with
// boxes and over those without. bench/box_marks.sh renders PDFs and runs it; docs/performance.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/reader/box_marks.h"
#include "pipeline/reader/page_prep.h"

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench-box-marks DPI IMAGE...\n");
    return 2;
  }
  const int dpi = std::atoi(argv[1]);
  std::vector<double> with_boxes, without;
  for (int i = 2; i < argc; ++i) {
    cc::PixPtr raw(pixRead(argv[i]));
    if (!raw) {
      std::fprintf(stderr, "%s: cannot read\n", argv[i]);
      continue;
    }
    cc::PixPtr gray = cc::to_gray8(raw.get());
    auto prep = cc::prepare_page(gray.get(), dpi, nullptr);
    if (!prep) {
      std::fprintf(stderr, "%s: %s\n", argv[i], prep.error().message.c_str());
      continue;
    }
    if (const char* dump = std::getenv("BENCH_DUMP")) pixWrite(dump, prep->image.get(), IFF_PNG);
    if (std::getenv("BENCH_BOXES"))  // each box found: where, ink, ring
      for (const auto& b : cc::find_box_marks(prep->image.get(), prep->dpi))
        std::printf("  box %d,%d %dx%d ink %.3f%s\n", b.x, b.y, b.w, b.h, b.ink, b.circled ? " circled" : "");
    std::vector<double> ms;
    std::size_t boxes = 0;
    for (int rep = 0; rep < 7; ++rep) {
      const auto start = std::chrono::steady_clock::now();
      boxes = cc::find_box_marks(prep->image.get(), prep->dpi).size();
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const double m = median(ms);
    (boxes > 0 ? with_boxes : without).push_back(m);
    std::printf("%8.1f ms  %3zu boxes  %s\n", m, boxes, argv[i]);
  }
  std::printf("median: %.1f ms per page with boxes (%zu pages), %.1f ms without (%zu pages)\n", median(with_boxes),
              with_boxes.size(), median(without), without.size());
  return 0;
}
