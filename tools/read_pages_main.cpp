// read-pages FILE...: reads every page of the files in this one process with the PageReader (the
// same code a worker runs, one Tesseract engine, no worker processes, no pipes), and prints
// "pages seconds" on stdout. bench/worker_overhead.sh compares it with `credcheck run --jobs 1`
// over the same files to measure what reading through worker processes costs.
#include <chrono>
#include <cstdio>
#include <string>

#include "pipeline/intake/sniff.h"
#include "pipeline/reader/page_reader.h"

int main(int argc, char** argv) {
  const auto start = std::chrono::steady_clock::now();
  auto reader = cc::PageReader::create(cc::OcrOptions{}, nullptr);
  if (!reader) {
    std::fprintf(stderr, "read-pages: %s\n", reader.error().message.c_str());
    return 1;
  }
  int pages = 0, failed = 0;
  for (int i = 1; i < argc; ++i) {
    cc::DocumentTask task;
    task.path = argv[i];
    auto kind = cc::sniff_file(task.path);
    if (!kind) {
      ++failed;
      continue;
    }
    task.kind = *kind;
    auto count = (*reader)->open(task);
    if (!count) {
      ++failed;
      continue;
    }
    for (int p = 0; p < *count; ++p) {
      auto page = (*reader)->read(task, p);
      if (page) ++pages;
      else ++failed;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%d %.3f\n", pages, seconds);
  if (failed) std::fprintf(stderr, "read-pages: %d files or pages failed\n", failed);
  return failed ? 1 : 0;
}
