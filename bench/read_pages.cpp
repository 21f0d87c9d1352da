// bench-read FILE...: reads every page of the given documents in this one process with the
// reader the workers use (one Tesseract engine for all), and prints each file's time and, at the
// end, the time spent in each step of reading (pipeline/reader/step_times.h). For profiling the
// reader without the worker pool; text goes to DIR/<file stem>.txt with --text DIR, for scoring.
// Like the workers, it runs Tesseract with OMP_THREAD_LIMIT=1: it sets it and starts again when the
// variable is unset (libgomp reads it when loaded; with Tesseract's OpenMP threads one page took
// 7.1 s instead of 0.75 s on this 2-core machine).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "pipeline/intake/sniff.h"
#include "pipeline/reader/page_reader.h"
#include "pipeline/reader/step_times.h"

int main(int argc, char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") == nullptr) {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);
    std::perror("bench-read: cannot restart itself with OMP_THREAD_LIMIT=1");
    return 1;
  }
  std::string text_dir;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--text") == 0 && i + 1 < argc) text_dir = argv[++i];
    else files.emplace_back(argv[i]);
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: bench-read [--text DIR] FILE...\n");
    return 2;
  }
  auto reader = cc::PageReader::create(cc::OcrOptions{}, nullptr);
  if (!reader) {
    std::fprintf(stderr, "%s\n", reader.error().message.c_str());
    return 1;
  }
  const auto all_start = std::chrono::steady_clock::now();
  int total_pages = 0;
  for (const auto& file : files) {
    cc::DocumentTask task;
    task.path = file;
    auto kind = cc::sniff_file(file);
    if (!kind) {
      std::fprintf(stderr, "%s: %s\n", file.c_str(), kind.error().message.c_str());
      return 1;
    }
    task.kind = *kind;
    const auto start = std::chrono::steady_clock::now();
    auto count = (*reader)->open(task);
    if (!count) {
      std::fprintf(stderr, "%s: %s\n", file.c_str(), count.error().message.c_str());
      return 1;
    }
    std::string text;
    for (int i = 0; i < *count; ++i) {
      auto page = (*reader)->read(task, i);
      if (!page) {
        std::fprintf(stderr, "%s: %s\n", file.c_str(), page.error().message.c_str());
        return 1;
      }
      for (const auto& line : cc::page_lines(*page)) text += line + "\n";
      std::string notes;
      for (const auto& n : page->notes) notes += " [" + n + "]";
      std::printf("%s p%d: %.2f s, %zu words, %d dpi, turned %d%s\n", file.c_str(), i + 1, page->seconds,
                  page->words.size(), page->ocr_dpi, page->rotation_applied, notes.c_str());
    }
    total_pages += *count;
    if (!text_dir.empty()) {
      std::string stem = file.substr(file.find_last_of('/') + 1);
      stem = stem.substr(0, stem.find_last_of('.'));
      std::ofstream(text_dir + "/" + stem + ".txt") << text;
    }
    (void)start;
  }
  const double all = std::chrono::duration<double>(std::chrono::steady_clock::now() - all_start).count();
  std::printf("\n%d pages in %.2f s (%.2f s/page)\n", total_pages, all, all / total_pages);
  for (const auto& [step, v] : cc::step_times())
    std::printf("  %-32s %7.2f s %5d calls %6.3f s/page\n", step.c_str(), v.first, v.second, v.first / total_pages);
  return 0;
}
