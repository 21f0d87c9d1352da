// The reading stage's coordinator: reads many documents through `jobs` worker processes.
//
// Each document is checked in this process first with nothing that parses it (size, type
// sniffing, SHA-256); then a worker opens it (page count) and its pages are scheduled one at a time
// across all workers in document order, so no worker idles at a document boundary and documents
// finish roughly in the order given. Each worker renders, reads and releases one page at a time.
// A worker that crashes, hangs (page or document timeout), exceeds its memory or CPU limit, or
// writes garbage is killed and replaced; that document gets the error with its cause, and every
// other document goes on.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/limits.h"
#include "core/page_text.h"

namespace cc {

struct ReadRequest {
  std::string path;
  std::string file;      // name shown in messages and the dossier
  std::string password;  // optional
  // More passwords to try, in order, when `password` does not open it (the passwords file). Each
  // is tried as given and in its SASLprep and Latin-1 forms (pipeline/intake/passwords.h).
  std::vector<std::string> passwords;
};

struct ReaderOptions {
  int jobs = 1;
  Limits limits;
  bool force_ocr = false;
  std::string worker_executable;  // a binary that runs cc::worker_main() when given "__worker"
};

struct ReadProgress {
  size_t documents_done = 0, documents_total = 0;
  size_t pages_done = 0, pages_known = 0;
};

struct ReadStats {
  size_t workers_started = 0;
  size_t workers_lost = 0;  // crashed, killed or exited unexpectedly
};

// Reads every request. `on_done(index, text)` is called on this thread as each document completes;
// `on_progress` after every page. Never throws for bad input: every failure ends in
// DocumentText::error.
ReadStats read_documents(const std::vector<ReadRequest>& requests, const ReaderOptions& options,
                         const std::function<void(size_t, DocumentText&&)>& on_done,
                         const std::function<void(const ReadProgress&)>& on_progress);

// The path of the running executable (for spawning workers of the same build).
std::string current_executable();

}  // namespace cc
