// The parent's side of evidence crops: sends crop tasks to a worker process of its own (started on
// first use, with the same address-space limit as the readers) and collects PNGs. The parent never
// opens a candidate's file; it only checks what comes back (crop_image_from_json). A worker that
// hangs, crashes or answers garbage is killed and the crop becomes an error; the next crop starts
// a fresh worker. Every crop has a deadline and a batch of crops a time budget, so a dossier's
// crops cost bounded time whatever the files do. The orchestration sees it as a CropSource.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/expected.h"
#include "core/limits.h"
#include "pipeline/workers/crop_job.h"
#include "pipeline/workers/crop_source.h"
#include "pipeline/workers/wire.h"
#include "pipeline/workers/worker_process.h"

namespace cc {

class CropClient final : public CropSource {
 public:
  CropClient(std::string worker_executable, Limits limits);
  ~CropClient();
  CropClient(const CropClient&) = delete;
  CropClient& operator=(const CropClient&) = delete;

  // One result per request, in order. Requests left when `budget_seconds` is spent fail with
  // document_timeout without being sent. An encrypted PDF is tried with each of its passwords
  // until one opens it; the one that did is tried first for the file's next crops.
  std::vector<Expected<CropImage>> render(const std::vector<CropRequest>& requests, double budget_seconds) override;

  int workers_started() const { return workers_started_; }

 private:
  bool start();
  void stop();
  Expected<CropImage> exchange(const CropRequest& request, const std::string& password, double timeout_seconds);

  std::string executable_;
  Limits limits_;
  WorkerProcess worker_;
  FrameDecoder decoder_;
  long long next_id_ = 1;
  int workers_started_ = 0;
};

}  // namespace cc
