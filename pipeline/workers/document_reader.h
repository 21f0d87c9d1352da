// Where documents get read, seen from the orchestration: read requests in, one DocumentText per
// request out (as each completes), with progress. The real one is WorkerPoolReader, the worker
// pool of worker_pool.h; tests give `run` and `watch` a fake that returns canned pages in-process,
// so the batch and the daemon's scheduling are tested without spawning workers or running OCR.
#pragma once

#include <functional>
#include <vector>

#include "core/page_text.h"
#include "pipeline/workers/worker_pool.h"

namespace cc {

class DocumentReader {
 public:
  using OnDone = std::function<void(size_t request, DocumentText&&)>;
  using OnProgress = std::function<void(const ReadProgress&)>;
  virtual ~DocumentReader() = default;
  // Reads every request; `on_done` is called on the caller's thread as each document completes.
  // Never throws for bad input: every failure ends in DocumentText::error.
  virtual ReadStats read(const std::vector<ReadRequest>& requests, const OnDone& on_done, const OnProgress& on_progress) = 0;
};

// Reads through `options.jobs` worker processes (read_documents).
class WorkerPoolReader final : public DocumentReader {
 public:
  explicit WorkerPoolReader(ReaderOptions options) : options_(std::move(options)) {}
  ReadStats read(const std::vector<ReadRequest>& requests, const OnDone& on_done, const OnProgress& on_progress) override {
    return read_documents(requests, options_, on_done, on_progress);
  }

 private:
  ReaderOptions options_;
};

}  // namespace cc
