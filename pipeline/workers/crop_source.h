// Where dossier.html's evidence crops come from, seen from the orchestration: a list of crop
// requests in, one PNG or error per request out. The real one is CropClient (crop_client.h: a crop
// worker process of its own); tests give the candidate flow a fake that answers in-process, so the
// flow is tested without spawning anything.
#pragma once

#include <string>
#include <vector>

#include "core/expected.h"
#include "core/page_text.h"
#include "pipeline/workers/crop_job.h"
#include "pipeline/workers/wire.h"

namespace cc {

struct CropRequest {
  std::string path;  // the file as read (never opened here)
  FileKind kind = FileKind::unknown;
  std::vector<std::string> passwords;  // to try in order on an encrypted PDF (secrets: never logged)
  int page = 1;      // from 1
  CropSpec spec;
};

class CropSource {
 public:
  virtual ~CropSource() = default;
  // One result per request, in order. Requests left when `budget_seconds` is spent fail with
  // document_timeout.
  virtual std::vector<Expected<CropImage>> render(const std::vector<CropRequest>& requests, double budget_seconds) = 0;
};

}  // namespace cc
